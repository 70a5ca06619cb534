/**
 * The management summary of one case as plain, JSON-serialisable data: what the
 * language server sends to the preview (`calc/summary`) and what the HTML and
 * Markdown renderers read. Every number is already formatted here, so the
 * renderers decide layout only, never medicine.
 */

import type { ApproachFit } from '../clinical/management.js';
import type { Citation, SourceEntry, SourcedText, SummaryFinding, TextPosition } from '../analysis/presentation-types.js';

export type { Citation, FindingSeverity, SourceEntry, SourcedText, SummaryFinding, TextPosition } from '../analysis/presentation-types.js';

/** A calm line above a summary: syntax errors, a summary kept from an earlier version. */
export interface Banner {
    text: string;
    /** Where to look (the first syntax error): a link in the preview. */
    at?: TextPosition;
}

export interface PatientSummary {
    age?: string;
    sex?: string;
    weight?: string;
    height?: string;
}

export interface HistoryEntry {
    kind: 'condition' | 'injury' | 'exposure';
    /** The knowledge base's label, or the term as written when it is unknown. */
    label: string;
    note?: string;
}

export interface PresentationSummary {
    complaint?: string;
    onset?: string;
    course?: string;
    family?: string;
    smoking?: string;
    history: HistoryEntry[];
    opinions: Array<{ specialty: string; text: string }>;
}

export interface StudySummary {
    modality: string;
    finding: string;
}

export interface LesionSummary {
    name: string;
    /** "right thigh, upper outer aspect". */
    site?: string;
    count?: number;
    size?: string;
    morphology: string[];
    fixedTo?: string;
    pain?: string;
    ulcerated?: boolean;
    discharge?: string;
    imaging: StudySummary[];
    biopsies: string[];
}

/**
 * How a value stands: against its interval, or why it was not judged
 * (`not-used`: contradicted by another value; `unread`: unknown analyte or unit; `not-judged`: no interval
 * for the patient, as for an INR off warfarin).
 */
export type LabFlag = 'normal' | 'low' | 'high' | 'implausible' | 'unit-suspect' | 'not-used' | 'unread' | 'judged-corrected' | 'not-judged';

export interface LabRow extends TextPosition {
    analyte: string;
    panel?: string;
    /** The value as written, with its unit. */
    written: string;
    /** The same value in the other usual unit. */
    other?: string;
    /** The interval used, in the analyte's canonical unit and, where it differs, in the written one. */
    interval?: string;
    intervalInWrittenUnit?: string;
    /** Why this interval: "adult (18 years and over)", "institution setting". */
    intervalLabel?: string;
    intervalSource?: Citation;
    flag: LabFlag;
    /** One line on a flag that needs it (the unit the value is likely in, why it is not used). */
    note?: string;
}

/** A value computed from the labs: the albumin-corrected calcium, the Ca × P product. */
export interface DerivedLabRow {
    name: string;
    value: string;
    other?: string;
    /** What it is held against: "8.8–10.4 mg/dL", "above 70 mg²/dL²". */
    reference: string;
    /** Whose interval, or what the threshold means: "adult (18 years and over)", "metastatic calcification". */
    referenceNote?: string;
    flag: LabFlag;
    /** The formula with this case's numbers. */
    formula: string;
    sources: Citation[];
}

export interface LabsSummary {
    rows: LabRow[];
    derived: DerivedLabRow[];
    /** Said once when the age is unknown and adult intervals were used. */
    ageNote?: string;
}

export interface ClassificationSummary {
    /** One line: "Dystrophic calcinosis cutis, circumscripta". */
    headline: string;
    type?: string;
    extent?: string;
    confidence: 'definite' | 'probable' | 'undetermined';
    /** The types still in question when the type is undetermined. */
    candidates: string[];
    reasons: string[];
    missing: string[];
    /** What would change the verdict. */
    wouldChange: string[];
    /** The rules the level rests on, with their sources. */
    rules: SourcedText[];
    declared: { type?: string; extent?: string; subtype?: string };
    typeDefinition?: SourcedText;
    extentDefinition?: SourcedText;
}

/** Something done for the patient, as recorded in the file. */
export interface DoneItem extends TextPosition {
    kind: 'excision' | 'procedure' | 'drug' | 'advice';
    text: string;
    /** For a drug: the dose as written, without the drug's name. */
    dose?: string;
    /** For a drug: the dose read against the reported regimen (per kg where the weight is known), and its source. */
    detail?: string;
    detailSource?: Citation;
    /** For a drug: whether the dose falls in a reported regimen (undefined when it cannot be read). */
    withinRegimen?: boolean;
    /** For an excision: a warning (management mismatch, procedure caution) was found on it; its message is the detail. */
    warned?: boolean;
}

/**
 * One step of the management plan for this case's type, in the order a clinician acts
 * (clinical/management.ts decides which apply and why).
 */
export interface ApproachOption {
    /** The step's key in knowledge/management.ts. */
    kind: string;
    title: string;
    text: SourcedText[];
    /** What the step advises against. */
    against: SourcedText[];
    /** Whether this case points to it, and what it rests on (the type, the kidneys, the extent). */
    fit: ApproachFit;
    because: string;
    /** The drugs, procedures and exposures the step names, by label (a term the knowledge base lacks by its name). */
    uses: string[];
    stops: string[];
}

export interface RegimenOption {
    /** "2–4 mg/kg/day, oral". */
    text: string;
    population?: string;
    /** "2–4 mg/kg/day × 62 kg = 124–248 mg/day": the patient's own range, where the regimen is per kg and the weight known. */
    forPatient?: string;
    source: Citation;
}

export interface DrugOption {
    term: string;
    label: string;
    drugClass: string;
    /** Given in this case (the dose as written and how it reads against the regimens). */
    given?: DoneItem[];
    regimens: RegimenOption[];
    indication?: SourcedText;
    /** Doses the seed prints that the literature contradicts. */
    discrepancies: SourcedText[];
    adverseEffects: SourcedText[];
    cautions: SourcedText[];
}

export interface LifestyleOption {
    term: string;
    label: string;
    text: SourcedText;
    advised: boolean;
}

export interface ManagementSummary {
    done: DoneItem[];
    /** What the choice of approach rests on: the extent and the lesions' regions; absent where the plan is not made by extent. */
    extentReason?: string;
    /** The diagnosis the plan is for, as a sentence names it ("dystrophic calcinosis cutis", "calciphylaxis"), or undefined until the case is classified. */
    planFor?: string;
    approaches: ApproachOption[];
    drugs: DrugOption[];
    lifestyle: LifestyleOption[];
    /** Cautions and adverse effects of the drugs given in this case. */
    cautions: Array<SourcedText & { drug: string }>;
}

/** The CARE case-report checklist: what the file covers, and how to write what it lacks. */
export interface CareSummary {
    covered: number;
    total: number;
    /** `text`: what the file writes for an item of its own (keywords, the narratives, consent). */
    items: Array<{ label: string; covered: boolean; write: string; text?: string }>;
    source: Citation;
}

export interface FollowupSummary {
    after: string;
    outcome: string;
    note?: string;
}

export interface CaseSummary {
    name: string;
    title?: string;
    /** The `source` line of the file: the report this case comes from. */
    reportSource?: string;
    patient: PatientSummary;
    presentation: PresentationSummary;
    lesions: LesionSummary[];
    /** Imaging and biopsies not tied to a lesion. */
    otherImaging: StudySummary[];
    otherBiopsies: string[];
    labs: LabsSummary;
    classification: ClassificationSummary;
    management: ManagementSummary;
    followup?: FollowupSummary;
    care: CareSummary;
    findings: SummaryFinding[];
    /** Every source cited above, in the order first cited. */
    sources: SourceEntry[];
}
