/** The stable diagnostic codes of design/language.md, shared by every feature. */
export const Codes = {
    syntax: 'syntax',
    unresolvedReference: 'unresolved-reference',
    duplicate: 'duplicate',
    unknownTerm: 'unknown-term',
    unitInvalid: 'unit-invalid',
    unitSuspect: 'unit-suspect',
    labImplausible: 'lab-implausible',
    labOutOfRange: 'lab-out-of-range',
    calciumPhosphateProduct: 'calcium-phosphate-product',
    labInconsistent: 'lab-inconsistent',
    classification: 'classification',
    classificationConflict: 'classification-conflict',
    classificationIncomplete: 'classification-incomplete',
    doseOutOfRange: 'dose-out-of-range',
    doseUnitSuspect: 'dose-unit-suspect',
    doseScheduleMissing: 'dose-schedule-missing',
    scheduleShorthand: 'schedule-shorthand',
    drugCaution: 'drug-caution',
    managementMismatch: 'management-mismatch',
    procedureCaution: 'procedure-caution',
    noteNotRecorded: 'note-not-recorded',
    phiIdentifier: 'phi-identifier',
    careMissing: 'care-missing',
    figureImageMissing: 'figure-image-missing',
    figureImageUnusable: 'figure-image-unusable',
    figureStudyMissing: 'figure-study-missing',
    referenceUndefined: 'reference-undefined',
    referenceUncited: 'reference-uncited',
    referenceIdentifierMalformed: 'reference-identifier-malformed'
} as const;

export type Code = typeof Codes[keyof typeof Codes];
