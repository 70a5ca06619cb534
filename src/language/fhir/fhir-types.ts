/**
 * The part of HL7 FHIR R4 (4.0.1) that the export writes: only the elements it fills.
 * Names and cardinalities follow the specification; the tests validate the output
 * against FHIR R4 itself.
 */

export interface Coding {
    system?: string;
    code?: string;
    display?: string;
}

export interface CodeableConcept {
    coding?: Coding[];
    text?: string;
}

export interface Quantity {
    value?: number;
    comparator?: '<' | '<=' | '>=' | '>';
    unit?: string;
    system?: string;
    code?: string;
}

export interface Reference {
    reference: string;
}

export interface Annotation {
    text: string;
}

export interface Extension {
    url: string;
    valueAge?: Quantity;
}

export interface ResourceBase {
    id: string;
}

export interface Patient extends ResourceBase {
    resourceType: 'Patient';
    extension?: Extension[];
    gender?: 'male' | 'female' | 'other' | 'unknown';
}

export interface Condition extends ResourceBase {
    resourceType: 'Condition';
    code: CodeableConcept;
    bodySite?: CodeableConcept[];
    subject: Reference;
    onsetString?: string;
    note?: Annotation[];
}

export interface ObservationReferenceRange {
    low?: Quantity;
    high?: Quantity;
    text?: string;
}

export interface Observation extends ResourceBase {
    resourceType: 'Observation';
    status: 'final';
    category?: CodeableConcept[];
    code: CodeableConcept;
    subject: Reference;
    valueQuantity?: Quantity;
    valueString?: string;
    interpretation?: CodeableConcept[];
    note?: Annotation[];
    bodySite?: CodeableConcept;
    referenceRange?: ObservationReferenceRange[];
}

export interface Procedure extends ResourceBase {
    resourceType: 'Procedure';
    status: 'completed';
    code: CodeableConcept;
    subject: Reference;
    bodySite?: CodeableConcept[];
    note?: Annotation[];
}

export interface DoseAndRate {
    doseQuantity?: Quantity;
    rateQuantity?: Quantity;
}

export interface TimingRepeat {
    boundsDuration?: Quantity;
    count?: number;
    /** How long one administration takes (an infusion over 15 minutes): duration 15, durationUnit min. */
    duration?: number;
    /** The longest time where it is a range (`over 30-60 minutes`: duration 30, durationMax 60). */
    durationMax?: number;
    durationUnit?: 'min' | 'h';
    frequency?: number;
    period?: number;
    /** The longest interval of a range (`every 3-4 weeks`: period 3, periodMax 4). */
    periodMax?: number;
    periodUnit?: 's' | 'min' | 'h' | 'd' | 'wk' | 'mo' | 'a';
    /** EventTiming codes: C (meal), AC (before a meal), PC (after a meal), HS (before sleep). */
    when?: Array<'C' | 'AC' | 'PC' | 'HS'>;
}

export interface Ratio {
    numerator?: Quantity;
    denominator?: Quantity;
}

export interface Timing {
    repeat?: TimingRepeat;
}

export interface Dosage {
    text?: string;
    timing?: Timing;
    asNeededBoolean?: boolean;
    route?: CodeableConcept;
    doseAndRate?: DoseAndRate[];
    maxDosePerPeriod?: Ratio;
}

export interface MedicationStatement extends ResourceBase {
    resourceType: 'MedicationStatement';
    status: 'unknown' | 'stopped';
    medicationCodeableConcept: CodeableConcept;
    subject: Reference;
    dosage?: Dosage[];
    note?: Annotation[];
}

export type Resource = Patient | Condition | Observation | Procedure | MedicationStatement;

export interface BundleEntry {
    fullUrl: string;
    resource: Resource;
}

export interface Bundle {
    resourceType: 'Bundle';
    id: string;
    type: 'collection';
    entry: BundleEntry[];
}
