/** What every resource builder of one case shares: the analysis, the ids and the subject. */
import type { CaseAnalysis } from '../clinical/analyze.js';
import type { LesionFact, Span } from '../facts/case-facts.js';
import { showUnit } from '../facts/units.js';
import { CodeSystems } from '../knowledge/terminology.js';
import type { Annotation, CodeableConcept, Quantity, Reference } from './fhir-types.js';
import { CaseIds, referenceTo } from './fhir-ids.js';
import { withoutIdentifiers } from '../clinical/identifiers.js';

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

export function textConcept(text: string): CodeableConcept {
    return { text };
}

/** Annotations from the texts given, the empty ones left out. */
export function notes(...texts: Array<string | undefined>): Annotation[] | undefined {
    const kept = texts.map(freeText).filter((text): text is string => text !== undefined);
    return kept.length > 0 ? kept.map(text => ({ text })) : undefined;
}

/** A lesion's site as written: "right thigh, upper outer aspect". */
export function siteText(lesion: LesionFact | undefined): string | undefined {
    if (!lesion) return undefined;
    const site = [lesion.side, lesion.site?.label].filter(Boolean).join(' ');
    return freeText([site, freeText(lesion.siteNote)].filter(Boolean).join(', '));
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

/**
 * A value in UCUM when its unit is one, else with the unit as written only; none for a
 * number past what a double holds (a 400-digit value reads as Infinity, which JSON cannot hold).
 */
export function ucumQuantity(value: number, ucum: string | undefined, written: string): Quantity | undefined {
    if (!Number.isFinite(value)) return undefined;
    // A ratio's unit shows as nothing (the INR): FHIR forbids the empty string, so only its code is given.
    const shown = ucum ? showUnit(ucum) : '';
    return ucum ? { value, ...(shown ? { unit: shown } : {}), system: CodeSystems.ucum, code: ucum } : { value, unit: written };
}

/**
 * A text written in the case as a FHIR string: de-identified (each identifier the
 * phi-identifier warning flags replaced by its placeholder: every free text of a bundle
 * passes here), no control character but tab, CR and LF (FHIR R4 "string"), and none at
 * all when nothing is left, as FHIR forbids empty strings.
 */
export function freeText(text: string | undefined): string | undefined {
    const cleaned = text === undefined ? undefined : withoutIdentifiers(text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, ''));
    return cleaned === undefined || cleaned.trim() === '' ? undefined : cleaned;
}

/** The messages of the findings at any of the spans and, with `related`, of those resting on one of them too. */
export function findingMessages(context: CaseContext, spans: Span[], related = false): string[] {
    const inside = (span: Span) => spans.some(s => span.offset >= s.offset && span.end <= s.end);
    return context.analysis.findings.filter(f => inside(f.at) || (related && (f.related ?? []).some(inside))).map(f => f.message);
}
