/**
 * What the knowledge base says of a drug that fits this case: an indication written for some
 * calcinosis types only (a bisphosphonate's response in connective tissue disease), and a
 * caution or a regimen the source gives for an age group only (ceftriaxone's adult maximum,
 * prednisolone's 1-2 mg/kg in children).
 */
import { Thresholds, type CalcinosisType, type Drug, type AgedCaution, type Regimen } from '../knowledge/index.js';

/** Whether the drug's indication speaks of this plan's type (any, where it names none or the plan has no type). */
export function indicationFits(drug: Drug, type: CalcinosisType | null): boolean {
    return !drug.indicationFor || type === null || drug.indicationFor.includes(type);
}

/** The drug's cautions for a patient of this age: one for adults or for children only where the age is in that group (all where it is unknown). */
export function cautionsForAge(drug: Drug, ageYears: number | undefined): AgedCaution[] {
    return (drug.cautions ?? []).filter(caution => fitsAgeBand(caution, ageYears));
}

/** The age group of a patient, where the age is known. */
function ageGroup(ageYears: number | undefined): 'adults' | 'children' | undefined {
    return ageYears === undefined ? undefined : ageYears < Thresholds.adultFromYears.value ? 'children' : 'adults';
}

/**
 * Whether a regimen, a ceiling or a caution is given for a patient of this age (any, where the age
 * is unknown or it names no age group), within the ages its source bands it by (a neonate of 12
 * days is held to the calcium gluconate label's neonatal doses, not to those for children older
 * than 1 month; an adolescent's aluminium binder is not a younger child's).
 */
export function fitsAgeBand(regimen: Pick<Regimen, 'ages' | 'fromYears' | 'afterYears' | 'toYears'>, ageYears: number | undefined): boolean {
    const group = ageGroup(ageYears);
    if (ageYears !== undefined) {
        if (regimen.fromYears && ageYears < regimen.fromYears.value) return false;
        if (regimen.afterYears && ageYears <= regimen.afterYears.value) return false;
        if (regimen.toYears && ageYears > regimen.toYears.value) return false;
    }
    return !regimen.ages || !group || regimen.ages === group;
}
