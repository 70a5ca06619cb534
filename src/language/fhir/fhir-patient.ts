/**
 * The de-identified Patient: sex and age only. No identifier, no name, no birth date;
 * the age is an extension (FHIR R4 has no age element on Patient), and an age of 90
 * or more is written as "≥ 90", the Safe Harbor category.
 */
import type { PatientFacts } from '../facts/case-facts.js';
import { convert } from '../facts/units.js';
import { CodeSystems, SafeHarborAgeCeiling } from '../knowledge/terminology.js';
import type { Extension, Patient } from './fhir-types.js';
import { defined } from './fhir-context.js';

/** Our extension: the patient's age when the case was reported (the only time a case file records). */
export const AGE_EXTENSION_URL = 'urn:calc-case:fhir:StructureDefinition:age-at-report';

const GENDERS = ['male', 'female', 'other', 'unknown'] as const;

export function patientResource(patient: PatientFacts, id: string): Patient {
    const gender = GENDERS.find(g => g === patient.sex);
    const age = patient.ageYears === undefined ? undefined : ageExtension(patient.ageYears);
    return defined<Patient>({ resourceType: 'Patient', id, extension: age ? [age] : undefined, gender });
}

function ageExtension(years: number): Extension {
    const ceiling = SafeHarborAgeCeiling.years;
    if (years >= ceiling) {
        return { url: AGE_EXTENSION_URL, valueAge: { value: ceiling, comparator: '>=', unit: 'years', system: CodeSystems.ucum, code: 'a' } };
    }
    // Under 2 years a case writes months or days: keep the unit a clinician reads.
    const months = convert(years, 'a', 'mo')!;
    if (months < 1) return { url: AGE_EXTENSION_URL, valueAge: { value: Math.round(convert(years, 'a', 'd')!), unit: 'days', system: CodeSystems.ucum, code: 'd' } };
    if (years < 2) return { url: AGE_EXTENSION_URL, valueAge: { value: round(months), unit: 'months', system: CodeSystems.ucum, code: 'mo' } };
    return { url: AGE_EXTENSION_URL, valueAge: { value: Math.floor(years), unit: 'years', system: CodeSystems.ucum, code: 'a' } };
}

function round(value: number): number {
    return Math.round(value * 10) / 10;
}
