/**
 * Codes an export writes: the code systems by their HL7 FHIR canonical URIs, the
 * ICD-10 codes of calcinosis cutis and calciphylaxis, the HL7 codes for a lab's
 * interpretation, and the Safe Harbor age ceiling. LOINC codes stay with their
 * analytes (analytes.ts). No SNOMED CT code is shipped: none could be verified
 * (design/clinical-facts.md), so a condition without an ICD-10 code goes as text.
 *
 * The citations are here, not in sources.ts, because nothing but an export cites them.
 */
import type { CalcinosisType } from './types.js';

export interface CodeCitation {
    citation: string;
    url?: string;
}

export interface SystemCode {
    system: string;
    code: string;
    display: string;
    citation: CodeCitation;
}

const HL7_TERMINOLOGY: CodeCitation = {
    citation: 'HL7 FHIR R4 (4.0.1), Terminologies: Using Codes in Resources, and the code systems of terminology.hl7.org.',
    url: 'https://hl7.org/fhir/R4/terminologies-systems.html'
};

/** Canonical URIs of the code systems (HL7 FHIR R4, "Using Codes in Resources"). */
export const CodeSystems = {
    loinc: 'http://loinc.org',
    ucum: 'http://unitsofmeasure.org',
    icd10: 'http://hl7.org/fhir/sid/icd-10',
    icd10cm: 'http://hl7.org/fhir/sid/icd-10-cm',
    snomed: 'http://snomed.info/sct',
    observationCategory: 'http://terminology.hl7.org/CodeSystem/observation-category',
    observationInterpretation: 'http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation'
} as const;

export const CodeSystemsCitation = HL7_TERMINOLOGY;

/** Calcinosis cutis in ICD-10 (WHO), chapter XII, L94 "Other localized connective tissue disorders". */
export const CalcinosisCutisCode: SystemCode = {
    system: CodeSystems.icd10,
    code: 'L94.2',
    display: 'Calcinosis cutis',
    citation: {
        citation: 'World Health Organization. ICD-10, International Statistical Classification of Diseases and Related Health Problems, 10th revision: L94.2 Calcinosis cutis.',
        url: 'https://icd.who.int/browse10/2019/en#/L94.2'
    }
};

/** Calciphylaxis: ICD-10-CM only (WHO ICD-10 has no code finer than E83.5). */
export const CalciphylaxisCode: SystemCode = {
    system: CodeSystems.icd10cm,
    code: 'E83.59',
    display: 'Other disorders of calcium metabolism',
    citation: {
        citation: 'Centers for Medicare & Medicaid Services / NCHS. ICD-10-CM: E83.59 Other disorders of calcium metabolism, inclusion term calciphylaxis.',
        url: 'https://www.cms.gov/medicare/coding-billing/icd-10-codes'
    }
};

/** The code of the calcinosis condition, by type: calciphylaxis has its own. */
export function calcinosisCode(type: CalcinosisType | null): SystemCode {
    return type === 'calciphylaxis' ? CalciphylaxisCode : CalcinosisCutisCode;
}

/** A lab's status against its reference interval, in HL7 v3 ObservationInterpretation. */
export const InterpretationCodes: Record<'low' | 'normal' | 'high', { code: string; display: string }> = {
    low: { code: 'L', display: 'Low' },
    normal: { code: 'N', display: 'Normal' },
    high: { code: 'H', display: 'High' }
};

/** HL7 observation-category codes used by the export. */
export const ObservationCategories = {
    laboratory: { code: 'laboratory', display: 'Laboratory' },
    imaging: { code: 'imaging', display: 'Imaging' }
} as const;

/**
 * Safe Harbor: ages over 89 are aggregated into one category, "90 or older"
 * (45 CFR 164.514(b)(2)(i)(C)). An exported age at or above this is written as "≥ 90".
 */
export const SafeHarborAgeCeiling = {
    years: 90,
    citation: {
        citation: 'U.S. Department of Health and Human Services. 45 CFR 164.514(b)(2)(i)(C): all ages over 89 aggregated into a single category of age 90 or older.',
        url: 'https://www.hhs.gov/hipaa/for-professionals/privacy/special-topics/de-identification/index.html'
    } satisfies CodeCitation
};
