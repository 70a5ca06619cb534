/**
 * What the knowledge base says of a drug that fits this case: an indication written for some
 * calcinosis types only (a bisphosphonate's response in connective tissue disease), and a
 * caution the source gives for an age group only (ceftriaxone's adult maximum).
 */
import { Thresholds, type CalcinosisType, type Drug, type AgedCaution } from '../knowledge/index.js';

/** Whether the drug's indication speaks of this plan's type (any, where it names none or the plan has no type). */
export function indicationFits(drug: Drug, type: CalcinosisType | null): boolean {
    return !drug.indicationFor || type === null || drug.indicationFor.includes(type);
}

/** The drug's cautions for a patient of this age: one for adults or for children only where the age is in that group (all where it is unknown). */
export function cautionsForAge(drug: Drug, ageYears: number | undefined): AgedCaution[] {
    const group = ageYears === undefined ? undefined : ageYears < Thresholds.adultFromYears.value ? 'children' : 'adults';
    return (drug.cautions ?? []).filter(caution => !caution.ages || !group || caution.ages === group);
}
