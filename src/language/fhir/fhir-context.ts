/** What every resource builder of one case shares: the analysis, the ids and the subject. */
import type { CaseAnalysis } from '../clinical/analyze.js';
import type { LesionFact, TermFact } from '../facts/case-facts.js';
import { lookup } from '../facts/catalogue.js';
import type { Annotation, CodeableConcept, Reference } from './fhir-types.js';
import { CaseIds, referenceTo } from './fhir-ids.js';

export interface CaseContext {
    analysis: CaseAnalysis;
    ids: CaseIds;
    /** The de-identified Patient every other resource is about. */
    subject: Reference;
}

export function caseContext(analysis: CaseAnalysis, fileName: string): CaseContext {
    const ids = new CaseIds(fileName, analysis.facts.name);
    return { analysis, ids, subject: referenceTo(ids.id('patient')) };
}

/** A term by its knowledge-base label, or as written when the knowledge base lacks it. */
export function termLabel(term: TermFact): string {
    return lookup(term.category, term.term)?.label ?? term.term;
}

export function textConcept(text: string): CodeableConcept {
    return { text };
}

/** Annotations from the texts given, the empty ones left out (FHIR forbids empty strings). */
export function notes(...texts: Array<string | undefined>): Annotation[] | undefined {
    const kept = texts.filter((text): text is string => text !== undefined && text.trim() !== '');
    return kept.length > 0 ? kept.map(text => ({ text })) : undefined;
}

/** A lesion's site as written: "right thigh, upper outer aspect". */
export function siteText(lesion: LesionFact | undefined): string | undefined {
    if (!lesion) return undefined;
    const site = [lesion.side, lesion.site ? termLabel(lesion.site) : undefined].filter(Boolean).join(' ');
    const text = [site, lesion.siteNote].filter(Boolean).join(', ');
    return text === '' ? undefined : text;
}

export function lesionNamed(context: CaseContext, name: string | undefined): LesionFact | undefined {
    return name === undefined ? undefined : context.analysis.facts.lesions.find(lesion => lesion.name === name);
}

/** The body site of a resource about a lesion, as text. */
export function bodySiteOf(context: CaseContext, lesionName: string | undefined): CodeableConcept | undefined {
    const text = siteText(lesionNamed(context, lesionName));
    return text ? textConcept(text) : undefined;
}

/** The object without its undefined members, so that the JSON holds only what was written. */
export function defined<T extends object>(value: T): T {
    return Object.fromEntries(Object.entries(value).filter(([, member]) => member !== undefined)) as T;
}
