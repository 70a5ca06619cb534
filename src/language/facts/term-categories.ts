/**
 * Which catalogue each term property of the grammar draws from: read by the facts (to
 * resolve terms) and by completion (to offer them).
 */
import type { TermCategory } from './case-facts.js';

const POSITIONS: Record<string, TermCategory> = {
    analyte: 'analyte', sex: 'sex', condition: 'condition', injury: 'injury', exposure: 'exposure',
    site: 'site', morphology: 'morphology', tissue: 'tissue', pain: 'pain', modality: 'modality',
    specialty: 'specialty', calcinosisType: 'type', extent: 'extent', subtype: 'subtype', drug: 'drug',
    anaesthesia: 'anaesthesia', procedure: 'procedure', advice: 'advice', outcome: 'outcome', route: 'route'
};

/** The catalogue of a term property; the grammar names each after its catalogue. */
export function termCategoryOf(property: string): TermCategory | undefined {
    return POSITIONS[property];
}
