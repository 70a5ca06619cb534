/** The knowledge base indexed by term, one catalogue per kind of term a position expects. */
import {
    AdviceTerms, Analytes, Anaesthesia, CalcinosisExtents, CalcinosisTypes, Conditions, Drugs,
    Exposures, Injuries, Modalities, Morphologies, Outcomes, PainGrades, Procedures, Routes, Sexes, Sites,
    Specialties, Subtypes, Tissues
} from '../knowledge/index.js';
import type { Span, TermCategory, TermFact } from './case-facts.js';

/** A catalogue entry; `aliases` are other spellings a clinician types (`haemodialysis` for `dialysis`). */
interface Entry { term: string; label: string; aliases?: readonly string[] }

const byCategory: Record<TermCategory, readonly Entry[]> = {
    analyte: Analytes, condition: Conditions, injury: Injuries, exposure: Exposures, drug: Drugs,
    site: Sites, modality: Modalities, specialty: Specialties, outcome: Outcomes, advice: AdviceTerms,
    sex: Sexes, pain: PainGrades, morphology: Morphologies, tissue: Tissues, anaesthesia: Anaesthesia,
    subtype: Subtypes, procedure: Procedures, type: CalcinosisTypes, extent: CalcinosisExtents, route: Routes
};

/**
 * The label written as one camel-case word, the way a clinician types a term it does not know
 * (`Systemic lupus erythematosus`: `systemicLupusErythematosus`), without what is in brackets.
 */
function labelAsTerm(label: string): string {
    const words = label.replace(/\([^)]*\)/g, ' ').split(/[^A-Za-z0-9]+/).filter(Boolean);
    return words.map((w, i) => i === 0 ? w.charAt(0).toLowerCase() + w.slice(1) : w.charAt(0).toUpperCase() + w.slice(1)).join('');
}

// Each entry by its term and aliases; by its label's camel case only where no entry is named so.
const indexes = new Map<TermCategory, Map<string, Entry>>(
    (Object.keys(byCategory) as TermCategory[]).map(category =>
        [category, new Map([
            ...byCategory[category].map(entry => [labelAsTerm(entry.label), entry] as const),
            ...byCategory[category].flatMap(entry => [entry.term, ...(entry.aliases ?? [])].map(name => [name, entry] as const))
        ])])
);

/** What a position of that category calls its terms, for messages. */
export const CategoryNames: Record<TermCategory, string> = {
    analyte: 'analyte', condition: 'condition', injury: 'injury', exposure: 'exposure', drug: 'drug',
    site: 'site', modality: 'imaging modality', specialty: 'specialty', outcome: 'outcome',
    advice: 'advice', sex: 'sex', pain: 'pain grade', morphology: 'morphology', tissue: 'tissue',
    anaesthesia: 'anaesthesia', subtype: 'subtype', procedure: 'procedure', type: 'type of calcinosis',
    extent: 'extent', route: 'route'
};

/** The entry a term names, by its own name or an alias. */
export function lookup<T extends Entry = Entry>(category: TermCategory, term: string): T | undefined {
    return indexes.get(category)?.get(term) as T | undefined;
}

/** A term's label where only its name is at hand (a sex, a route), else the name as written. */
export function labelOf(category: TermCategory, term: string): string {
    return lookup(category, term)?.label ?? term;
}

export function entries(category: TermCategory): readonly Entry[] {
    return byCategory[category];
}

/** A term as written, read against its catalogue once: whether it is known, its entry and its label. */
export function termFact(term: string, category: TermCategory, at: Span): TermFact {
    const entry = lookup(category, term);
    return { term, category, known: entry !== undefined, canonical: entry?.term ?? term, label: entry?.label ?? term, at };
}

/**
 * The entry a name written in several words stands for: its label in any case
 * (`sodium thiosulfate`), or its term or an alias run together (`sodium Thiosulfate`).
 */
export function lookupWords<T extends Entry = Entry>(category: TermCategory, words: readonly string[]): T | undefined {
    const spaced = words.join(' ').toLowerCase();
    const joined = words.join('').toLowerCase();
    return byCategory[category].find(entry => entry.label.toLowerCase() === spaced
        || [entry.term, ...(entry.aliases ?? [])].some(name => name.toLowerCase() === joined)) as T | undefined;
}
