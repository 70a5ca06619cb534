/**
 * CaseFacts: one case as plain data, derived once from the AST and read by every
 * feature. Terms are resolved against the knowledge base, quantities read through
 * UCUM; nothing here judges a value (that is src/language/clinical's work).
 */
import type { ScheduleAbbreviation } from './dosage.js';
import type { Analyte, Condition, Drug, Exposure, Injury, PeriodUnit, Route, Site } from '../knowledge/index.js';

/** Where a fact was written: document offsets, so that clinical/ needs no editor types. */
export interface Span {
    offset: number;
    end: number;
}

/** What kind of term a position expects: each has its own catalogue. */
export type TermCategory =
    | 'analyte' | 'condition' | 'injury' | 'exposure' | 'drug' | 'site' | 'modality' | 'specialty'
    | 'outcome' | 'advice' | 'sex' | 'pain' | 'morphology' | 'tissue' | 'anaesthesia' | 'subtype'
    | 'procedure' | 'type' | 'extent' | 'route';

/** A term as written, and whether the knowledge base knows it. */
export interface TermFact {
    term: string;
    category: TermCategory;
    known: boolean;
    /** The catalogue entry's own term (an alias read as its entry: `necrotic` is `necrosis`), else the term as written. */
    canonical: string;
    /** The knowledge base's label, else the term as written: what every presenter shows. */
    label: string;
    at: Span;
}

/** What a unit should measure, for `unit-invalid` on a unit of the wrong kind. */
export type QuantityKind = 'time' | 'mass' | 'length' | 'lab' | 'dose';

/** A number with its unit as written and as UCUM (absent when the unit is not one). */
export interface QuantityFact {
    value: number;
    /** The number as typed ("2.60"), where the parser kept it. */
    text?: string;
    unit: string;
    ucum?: string;
    /** The UCUM code as written where it is read in its usual spelling (`mmol/l` read as mmol/L). */
    spelled?: string;
    unitProblem?: string;
    kind: QuantityKind;
    at: Span;
    unitAt: Span;
}

export interface PatientFacts {
    ageYears?: number;
    weightKg?: number;
    heightCm?: number;
    sex?: string;
}

export interface LabFact {
    term: TermFact;
    analyte?: Analyte;
    quantity: QuantityFact;
    panel?: string;
    /** Which `labs` block of the case it is in, from 0: a panel's calcium is corrected by its own albumin. */
    panelIndex: number;
}

export interface StudyFact {
    modality: TermFact;
    lesion?: string;
    finding: string;
}

export interface LesionFact {
    name: string;
    at: Span;
    side?: 'left' | 'right' | 'bilateral';
    site?: TermFact;
    siteEntry?: Site;
    siteNote?: string;
    count?: number;
    /** Largest dimension in cm, when the size unit is a length. */
    largestCm?: number;
    sizeText?: string;
    morphology: TermFact[];
    fixedTo?: TermFact;
    pain?: TermFact;
    ulcerated?: boolean;
    discharge?: string;
    imaging: StudyFact[];
    biopsies: string[];
}

/**
 * A schedule in FHIR R4 Timing.repeat terms (count, frequency per period, boundsDuration),
 * plus the cycle a course repeats on, which FHIR's Timing has no element for.
 */
export interface TimingFact {
    /** `once`: FHIR `count` 1. */
    count?: number;
    frequency?: number;
    /** The interval, the shortest of a range: `every 3-4 weeks` is period 3, periodMax 4 (FHIR Timing.repeat). */
    period?: number;
    /** The longest interval of a range (`every 3-4 weeks`); absent for one interval. */
    periodMax?: number;
    periodUnit?: PeriodUnit;
    /** `for 6 doses` after a frequency (`every 4 weeks for 6 doses`): FHIR `count`, the number of administrations. */
    doses?: number;
    /** `for 3 days`: FHIR `boundsDuration`. */
    boundsDuration?: QuantityFact;
    /** A trailing `every 3 months`: the course is repeated. */
    cycle?: QuantityFact;
    /** Why the schedule cannot be read (a period word that is not day, week or month). */
    problem?: string;
    /** The parser left the schedule unfinished (`3 times`): it reports that; no check is made. */
    incomplete?: boolean;
    at: Span;
}

/** A prescription: the dose (per administration, a concentration, or a rate), route and schedule. */
export interface DrugFact {
    term: TermFact;
    drug?: Drug;
    /** The amount per administration (25 g, 1 mg/kg, 375 mg/m2), a concentration (25 %, 10 mg/mL) or a rate (180 mg/day). */
    dose: QuantityFact;
    route?: TermFact;
    routeEntry?: Route;
    timing?: TimingFact;
    /** A word where the schedule goes that is not one (`od` in `po od`, or in the route's place in `800 mg tds`). */
    unreadSchedule?: UnreadScheduleFact;
    /** A schedule written as shorthand (`bd`, `q8h`), read into `timing`; the word and where, and whether it stood in the route's place. */
    scheduleShorthand?: { word: string; at: Span; abbreviation: ScheduleAbbreviation; inRoute: boolean };
    /**
     * A name of several words: the one-word term the first of them name (`sodium thiosulfate`:
     * sodiumThiosulfate) and where, and the words after those, which are not read.
     */
    nameWords?: { term?: string; at?: Span; rest?: { written: string; at: Span } };
    /** `as needed`: FHIR Dosage.asNeededBoolean; the day's worst case is the written maximum, else the frequency. */
    asNeeded?: boolean;
    /** `as needed` written `prn` (pro re nata): read the same, with a hint to write the words. */
    asNeededShorthand?: { word: string; at: Span };
    /** `with meals`, `before meals`, `after meals`, `at bedtime`: FHIR Timing.repeat.when (EventTiming). */
    when?: MealTimingFact;
    /** `up to 4 g/day`: FHIR Dosage.maxDosePerPeriod, the most given in a period. */
    maximum?: QuantityFact;
    /** `over 15 minutes`: how long one infusion takes (FHIR Timing.repeat.duration). */
    infusion?: InfusionFact;
    /** Where the modifiers are written, from the first to the last: the line's hints go after them. */
    modifiersAt?: Span;
    /** A modifier written twice (`with meals … before meals`), or `up to` without a period: said at its place. */
    modifierProblem?: { message: string; at: Span };
    /** Written `stopped`: no longer given. */
    stopped?: boolean;
    note?: string;
    /** The whole line, for quick fixes that add to it. */
    at: Span;
}

/** How long one infusion takes: `over 15 minutes`, in a UCUM time unit up to a day. */
export interface InfusionFact {
    /** The longest time, or the only one (FHIR duration, or durationMax with `shortest`). */
    duration: QuantityFact;
    /** `over 30-60 minutes`: the shortest time, in the duration's unit (FHIR duration). */
    shortest?: number;
    /** As written: `over 15 minutes`. */
    words: string;
    at: Span;
}

/** A time of administration relative to meals or sleep: FHIR R4 EventTiming (`C` meal, `AC` before, `PC` after, `HS` before sleep). */
export interface MealTimingFact {
    code: 'C' | 'AC' | 'PC' | 'HS';
    /** As written in the language: `with meals`. */
    words: string;
    at: Span;
}

export interface UnreadScheduleFact {
    word: string;
    at: Span;
    /** What a Latin abbreviation means, in the words the language reads (`bd`: `twice daily`). */
    meaning?: string;
    /** Written where the route goes, with no route before it. */
    inRoute: boolean;
}

export interface ExcisionFact {
    lesion?: string;
    anaesthesia?: TermFact;
    at: Span;
}

export interface ProcedureFact {
    procedure: TermFact;
    lesion?: string;
    note?: string;
}

/** A piece of free text as written between its quotes (escapes kept, so offsets map). */
export interface TextFact {
    raw: string;
    /** Where the raw text starts and ends (inside the quotes). */
    at: Span;
}

/** A figure of the manuscript: its image as written (relative to the case file) and its legend. */
export interface FigureFact {
    name: string;
    at: Span;
    /** In the order the file declares them: Figure 1, 2… */
    number: number;
    image: string;
    imageAt: Span;
    lesion?: string;
    /** The study of that lesion the figure shows (`study mri`). */
    study?: TermFact;
    caption: string;
}

export type ReferenceTextField = 'title' | 'journal' | 'book' | 'publisher' | 'place' | 'volume' | 'issue' | 'pages' | 'doi' | 'pmid' | 'url';

/** An entry of the reference list, its fields as written. */
export interface ReferenceFact {
    name: string;
    at: Span;
    authors: string[];
    year?: number;
    fields: Partial<Record<ReferenceTextField, string>>;
    /** Where each text field's value is written (inside its quotes), for diagnostics on a DOI or PMID. */
    fieldAt: Partial<Record<ReferenceTextField, Span>>;
}

/** One `[@id]` in a narrative, a caption or `source`. */
export interface CitationFact {
    id: string;
    at: Span;
}

export type NarrativeKind = 'abstract' | 'introduction' | 'discussion' | 'perspective';

export interface CaseFacts {
    name: string;
    nameAt: Span;
    title?: string;
    source?: string;
    keywords: string[];
    narratives: Partial<Record<NarrativeKind, string>>;
    consent?: { status: 'obtained' | 'waived' | 'declined'; note?: string };
    patient: PatientFacts;
    complaint?: string;
    onset?: QuantityFact;
    course?: string;
    family?: string;
    smoking?: 'yes' | 'no' | 'former';
    conditions: Array<{ term: TermFact; condition?: Condition; note?: string }>;
    injuries: Array<{ term: TermFact; injury?: Injury; note?: string }>;
    exposures: Array<{ term: TermFact; exposure?: Exposure; note?: string }>;
    lesions: LesionFact[];
    labs: LabFact[];
    /** Studies not tied to a lesion (those tied to one are also in its `imaging`). */
    imaging: StudyFact[];
    biopsies: Array<{ lesion?: string; finding: string }>;
    opinions: Array<{ specialty: TermFact; text: string }>;
    declared: { type?: TermFact; extent?: TermFact; subtype?: TermFact };
    drugs: DrugFact[];
    excisions: ExcisionFact[];
    procedures: ProcedureFact[];
    advice: TermFact[];
    followup?: { after: QuantityFact; outcome: TermFact; note?: string };
    /** Every quantity of the case, for unit checks (labs and doses included). */
    quantities: QuantityFact[];
    /** Every term of the case, for unknown-term (labs and drugs included). */
    terms: TermFact[];
    figures: FigureFact[];
    references: ReferenceFact[];
    /** Every `[@id]` of the case, in the order written. */
    citations: CitationFact[];
    /** Every free text of the case but its citation (`source`), for the identifier guard. */
    texts: TextFact[];
}
