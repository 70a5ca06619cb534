/**
 * The shape of the knowledge base. Medicine lives in the data files beside this one,
 * every number with the source it came from; src/language/clinical holds the logic
 * and no numbers. Units are UCUM codes as @lhncbc/ucum-lhc accepts them (`mg/dL`,
 * `mmol/L`, `mg/d`, `mg/kg/d`, `mg/wk`, `g/L`, `U/L`, `mL/min/{1.73_m2}`).
 */
import type { SourceId } from './sources.js';

/** How well a fact was sourced (design/clinical-facts.md): read, weakly agreed, or our own arithmetic/choice. */
export type Evidence = 'source' | 'weak' | 'engineering';

/** A value with the source it came from. */
export interface Sourced<T> {
    value: T;
    source: SourceId;
    evidence?: Evidence;
    note?: string;
}

/** A closed interval in a unit; an open end is left out. */
export interface Interval {
    low?: number;
    high?: number;
    unit: string;
}

/** Age from (inclusive) to (exclusive), in years; a neonate is 0 to 10/365. */
export interface AgeRange {
    fromYears: number;
    toYears: number;
    label: string;
}

export interface ReferenceInterval extends Interval {
    ages: AgeRange;
    /** A sex-specific band; bands of both sexes for the same ages follow each other. */
    sex?: 'female' | 'male';
    /** The same interval as the source quotes it in the other usual unit: a value written in that unit is held against these ends. */
    quoted?: Interval;
    source: SourceId;
    evidence?: Evidence;
    note?: string;
}

export interface LoincCode {
    code: string;
    /** What the code measures, e.g. "Calcium [Mass/volume] in Serum or Plasma". */
    display: string;
    /** The kind of unit the code goes with: mass or substance (moles) per volume, or other. */
    property: 'mass' | 'substance' | 'other';
    source: SourceId;
}

export type AnalyteTerm =
    | 'calcium' | 'ionizedCalcium' | 'phosphate' | 'albumin' | 'pth' | 'vitaminD25'
    | 'calcitriol' | 'creatinine' | 'egfr' | 'alkalinePhosphatase' | 'magnesium' | 'ck' | 'inr' | 'bicarbonate'
    | 'ldh' | 'aldolase' | 'alt' | 'ast' | 'crp' | 'haemoglobin' | 'bun' | 'uricAcid';

export interface Analyte {
    /** Other spellings a clinician types (`ionisedCalcium`). */
    aliases?: readonly string[];
    term: AnalyteTerm;
    label: string;
    definition: Sourced<string>;
    /** The unit every fact is normalised to and every number below is written in. */
    canonicalUnit: string;
    /** The two usual units, conventional (US) and SI, for hovers and "the other unit". */
    conventionalUnit: string;
    siUnit: string;
    /** Units a clinician may write that are of the right kind, besides the two above. */
    otherUnits?: string[];
    /**
     * UCUM codes read as the canonical unit, the same number: a singly charged ion's mEq/L is its
     * mmol/L, a conversion UCUM makes only given the charge (derive-facts.ts reads them so).
     */
    sameNumberUnits?: Sourced<string[]>;
    /** g/mol, where mass and molar units both occur. */
    molarMass?: Sourced<number>;
    loinc: LoincCode[];
    /** Reference intervals by age band, in canonicalUnit; the first whose ages contain the patient's age applies. */
    reference: ReferenceInterval[];
    /** Outside this a value is not a living patient's: a typing slip (canonicalUnit). */
    plausible: Sourced<{ low: number; high: number }>;
    /** Critical (panic) values in published lab lists, for hovers (canonicalUnit). */
    critical?: Sourced<{ low?: number; high?: number }>;
    /** A ratio written without a unit (INR): its value is read in canonicalUnit. */
    unitless?: boolean;
    /** Why a value is not held against the reference interval on dialysis (eGFR, creatinine). */
    notJudgedOnDialysis?: Sourced<string>;
    /** The interval that replaces the reference in pregnancy (haemoglobin: WHO's anaemia cut-off), in canonicalUnit. */
    inPregnancy?: Sourced<Interval>;
}

/** What a condition contributes to the classification. */
export type ConditionCategory =
    | 'connectiveTissueDisease' // systemic sclerosis, dermatomyositis, lupus…
    | 'inheritedTissueDisorder' // pseudoxanthoma elasticum, Ehlers-Danlos, Werner
    | 'tissueInjury'            // panniculitis, varicose veins, trauma, burns
    | 'tumour'                  // pilomatrixoma, trichilemmal cyst, basal cell carcinoma
    | 'infection'               // onchocerciasis, cysticercosis, histoplasmosis…
    | 'renalFailure'            // chronic kidney disease, dialysis
    | 'metabolic'               // hyperparathyroidism, hypervitaminosis D, sarcoidosis, milk-alkali…
    | 'idiopathicSubtype'       // familial tumoral calcinosis
    | 'vascular'                // Raynaud: associated, not itself tissue damage
    | 'general';                // pregnancy, heart failure: bear on the drugs, not on the type

/** A frequency the literature or the seed reports, kept even where they disagree. */
export interface Frequency {
    text: string;
    lowPercent?: number;
    highPercent?: number;
    population: string;
    source: SourceId;
    evidence?: Evidence;
    /** Set where another source disagrees or the claim was not found. */
    caveat?: string;
}

export interface Condition {
    term: string;
    label: string;
    /** Other spellings a clinician types, resolved to this entry (`haemodialysis` → `dialysis`). */
    aliases?: readonly string[];
    category: ConditionCategory;
    definition: Sourced<string>;
    frequencies?: Frequency[];
    /** Why the condition is a risk factor for calciphylaxis (uraemic or not), where it is one. */
    calciphylaxisRisk?: Sourced<string>;
}

export interface Injury {
    term: string;
    label: string;
    /** Other spellings a clinician types, resolved to this entry (`haemodialysis` → `dialysis`). */
    aliases?: readonly string[];
    definition: Sourced<string>;
    /** An injury the reviews class as a type other than dystrophic (heel stick: iatrogenic), with the other view. */
    classedAs?: Sourced<CalcinosisType> & { otherView: Sourced<string> };
}

/** Something the patient was given: calcium or phosphate at a site (iatrogenic), or a risk factor for calciphylaxis. */
export interface Exposure {
    term: string;
    label: string;
    /** Other spellings a clinician types, resolved to this entry (`haemodialysis` → `dialysis`). */
    aliases?: readonly string[];
    /** Calcium or phosphate given at the site: the mark of iatrogenic calcinosis. Absent for a risk factor. */
    gives?: 'calcium' | 'phosphate';
    /**
     * What is given is absorbed into the blood (an enema's phosphate), not left at a site:
     * where it has raised the level, it is the metabolic cause of metastatic calcinosis.
     */
    systemic?: Sourced<string>;
    /** Why the exposure is a risk factor for calciphylaxis (warfarin, calcium salts, vitamin D, iron, corticosteroids). */
    calciphylaxisRisk?: Sourced<string>;
    definition: Sourced<string>;
}

/** FHIR R4 Timing.repeat periodUnit, as UCUM time codes. */
export type PeriodUnit = 'h' | 'd' | 'wk' | 'mo' | 'a';

/** How often a regimen is given, in FHIR R4 Timing.repeat terms (ranges where reports vary). */
export interface RegimenTiming {
    /** A single administration (FHIR count 1). */
    count?: number;
    frequency?: number;
    frequencyMax?: number;
    period?: number;
    periodMax?: number;
    periodUnit?: PeriodUnit;
}

/** A range of durations in a UCUM time unit (a course of 3 days; a cycle of 3-4 weeks). */
export interface DurationRange {
    low: number;
    high: number;
    unit: string;
}

/**
 * A regimen the literature or a label reports, in FHIR R4 Dosage terms. With `timing`
 * the amount is per administration (mg, g, mg/kg, mg/m2, or a concentration, % or
 * mg/mL); without it the amount is a rate (mg/d, mg/kg/d, g/wk), as most reports give it.
 */
export interface Regimen {
    low: number;
    high: number;
    /** UCUM: `mg`, `g`, `mg/kg`, `mg/m2`, `%`, `mg/mL`; or a rate `mg/d`, `mg/kg/d`, `g/wk`. */
    unit: string;
    perKg: boolean;
    /** The amount a completion snippet proposes, where not `low` (25 g of 12.5-25 g). */
    usual?: number;
    timing?: RegimenTiming;
    /** How long a course lasts (FHIR boundsDuration). */
    course?: DurationRange;
    /** How often the course is repeated. */
    cycle?: DurationRange;
    /** A single dose the label lets repeat, no sooner than this after it (zoledronic acid in hypercalcaemia of malignancy: 7 days): said with the regimen, not checked. */
    repeatAfter?: DurationRange;
    population?: string;
    /** The age group the regimen is reported for (adults from Thresholds.adultFromYears); absent: any age. */
    ages?: 'adults' | 'children';
    /** The youngest age the source gives the regimen for (the over-the-counter ibuprofen label: 12 years and over); absent: no lower bound. */
    fromYears?: Sourced<number>;
    /** The age the source's band starts after, that age excluded (the calcium gluconate label's paediatric patients older than 1 month). */
    afterYears?: Sourced<number>;
    /** The oldest age the source gives the regimen for, that age included (the calcium gluconate label's neonates, 1 month and younger); absent: no upper bound but `ages`. */
    toYears?: Sourced<number>;
    /** A term of the route catalogue (`oral`, `iv`, `topical`, `intralesional`…). */
    route?: string;
    /** The calcinosis types it is reported for; absent: any. */
    reportedFor?: CalcinosisType[];
    /** The calcinosis types the regimen is never one for (low-dose warfarin in calciphylaxis, which warfarin promotes): not listed in their drug tables. */
    neverFor?: CalcinosisType[];
    /** Reported for patients on dialysis. */
    onDialysis?: boolean;
    /** On dialysis, the modality it is reported in: a haemodialysis regimen does not judge peritoneal dialysis. */
    modality?: DialysisModality;
    /** Set where the regimen is for another indication (anticoagulation…): no calcinosis dose check rests on it. */
    otherIndication?: string;
    /** A regimen reported, but advised against by a later source (low-dose warfarin: no benefit): a dose that matches it is not "within". */
    advisedAgainst?: Sourced<string>;
    source: SourceId;
    evidence?: Evidence;
    note?: string;
}

/** A label's ceiling on one administration or on a day's total. */
export interface DoseCeiling {
    value: number;
    /** UCUM mass (`mg`) per administration, or per day (`mg/d`); per kg of actual body weight (`mg/kg/d`) where the weight is known. */
    unit: string;
    per: 'administration' | 'day';
    /** The age group the ceiling is the source's for (prednisolone's 60 mg/day: juvenile dermatomyositis); absent: any age. */
    ages?: 'adults' | 'children';
    /** The oldest age the ceiling is the source's for, that age included (ceftriaxone's 50 mg/kg/day: neonates of 14 days and younger). */
    toYears?: Sourced<number>;
    source: SourceId;
    evidence?: Evidence;
    note?: string;
}

/** A dose as the seed report prints it, where it disagrees with the literature. */
export interface Discrepancy {
    printed: string;
    source: SourceId;
    /** What the literature says instead, with its source in `regimens`. */
    explanation: string;
}

/**
 * A label's reduced dose that applies only with criteria (apixaban 2.5 mg twice daily: on
 * dialysis with age ≥ 80 years or weight ≤ 60 kg; otherwise with two of those and a
 * creatinine ≥ 1.5 mg/dL). A prescription of that dose in that situation is held against
 * the criteria the case records.
 */
export interface ReducedDose {
    /** The reduced amount per administration (UCUM) and how often. */
    amount: number;
    unit: string;
    timing: RegimenTiming;
    /** The situation the criteria are for: on dialysis or not. */
    onDialysis: boolean;
    /** How many of the criteria must hold. */
    needed: number;
    ageFromYears: Sourced<number>;
    weightUpToKg: Sourced<number>;
    /** A serum creatinine from which it counts, in mg/dL, where it is a criterion. */
    creatinineFromMgDl?: Sourced<number>;
    /** The label's full amount per administration (in `unit`, as often), given when the criteria do not hold. */
    fullAmount: number;
    /** The label's dose when the criteria do not hold, in words. */
    fullDose: string;
    /** What the criteria are the label's for (atrial fibrillation). */
    indication: string;
    /** The history condition that records that indication (`atrialFibrillation`). */
    indicationTerm?: string;
    /** Other indications the same dose is labelled for, whatever the criteria. */
    alsoFor?: string;
    source: SourceId;
}

/** A drug's caution; one the source gives for an age group only (an adult maximum) carries it. */
export type AgedCaution = Sourced<string> & { ages?: 'adults' | 'children' };

export interface Drug {
    term: string;
    label: string;
    /** Other spellings a clinician types, resolved to this entry (`haemodialysis` → `dialysis`). */
    aliases?: readonly string[];
    drugClass: string;
    mechanism: Sourced<string>;
    /** The regimens a written dose is checked against: in range if any one contains it. */
    regimens: Regimen[];
    /** Routes the label gives besides its regimens' (ceftriaxone intramuscularly): a dose by one is not checked, but is not "not reported" either. */
    labelRoutes?: Sourced<string[]>;
    ceilings?: DoseCeiling[];
    /** A term of the exposure catalogue: giving this drug is that risk factor (warfarin, calcium salts…). */
    exposure?: string;
    /** Calcium-based or calcium-free, for phosphate binders. */
    binder?: 'calcium-based' | 'calcium-free';
    discrepancies?: Discrepancy[];
    adverseEffects?: Sourced<string>[];
    /** Advice against, or evidence of no benefit, with its source. */
    cautions?: AgedCaution[];
    /** What the drug is used for in calcinosis (small lesions, dermatomyositis…). */
    indication?: Sourced<string>;
    /** The calcinosis types the indication speaks of (a bisphosphonate's response in connective tissue disease); absent: any. */
    indicationFor?: CalcinosisType[];
    /** A label's reduced doses that apply only with criteria, by situation. */
    reducedDoses?: ReducedDose[];
    /** A label's most per day by creatinine clearance (Cockcroft-Gault), lowest band first. */
    renalLimits?: RenalDoseLimit[];
    /** The most per day for a band of patients (by weight or age), each source's figure its own limit. */
    dailyLimits?: PatientDailyLimit[];
    /** What a message over a daily limit adds: where the sources' figures stop (route, use). */
    dailyLimitsNote?: Sourced<string>;
    /** The label's shortest time for one infusion, and why a shorter one harms. */
    shortestInfusion?: ShortestInfusion;
}

/** A label's shortest infusion (zoledronic acid: no less than 15 minutes), in a UCUM time unit. */
export interface ShortestInfusion {
    value: number;
    unit: 'min' | 'h';
    /** Whose shortest time it is, in a sentence ("the label's shortest infusion"); the label's when absent. */
    basis?: string;
    /** What a faster infusion risks, as the source says it. */
    risk: string;
    source: SourceId;
    /** Further sources the risk sentence names. */
    alsoSources?: SourceId[];
    evidence?: Evidence;
}

/**
 * A source's most per day for a band of patients: below a body weight (paracetamol under 50 kg,
 * per kg) or in an age band (vitamin D). Where sources differ each figure is a limit of its own:
 * a warning rests on the highest that applies, so it holds by every source, and names them all.
 */
export interface PatientDailyLimit {
    maxPerDay: Sourced<number>;
    /** UCUM amount per day (`mg/d`, `[iU]/d`), per kg of body weight where `perKg`. */
    unit: string;
    perKg?: boolean;
    /** Only patients below this weight (kg); the weight must be recorded. */
    weightBelowKg?: Sourced<number>;
    /** Only patients of this weight (kg) or more; with no weight recorded, adults and patients of no recorded age. */
    weightFromKg?: Sourced<number>;
    /** Only patients of these ages, as the limit's source bands them; without a recorded age, the band that includes adults. */
    ages?: AgeRange;
    /** Whose figure, in a few words: `the US intravenous label`. */
    who: string;
    /**
     * Only a schedule given every day or more often, or a rate per day: the figure is a daily
     * intake, while an intermittent course (50,000 IU weekly) is a regimen of its own.
     */
    dailySchedulesOnly?: true;
}

/** The most a label gives per day below a creatinine clearance (mL/min); `onDialysis`: also on dialysis. */
export interface RenalDoseLimit {
    creatinineClearanceBelow: Sourced<number>;
    /** UCUM mass per day (`mg/d`), per kg of body weight where `perKg`. */
    maxPerDay: Sourced<number>;
    /** The low end of the label's daily range in the band, where it gives one (said by the caution, not checked). */
    minPerDay?: Sourced<number>;
    unit: string;
    perKg?: boolean;
    onDialysis?: boolean;
    /**
     * The label's dose on dialysis itself, below its lowest band (piperacillin-tazobactam's haemodialysis and CAPD row):
     * held on dialysis only, never by a creatinine clearance; `creatinineClearanceBelow` is the band it lies under.
     */
    dialysisOnly?: true;
    /** The label's shortest interval between doses in the band, in hours (tramadol: every 12 hours below 30 mL/min). */
    everyHours?: Sourced<number>;
    /** On haemodialysis, the label's supplemental dose after each session, beside the day's most (gabapentin: 125-350 mg), in `unit` without the day. */
    afterHaemodialysis?: Sourced<{ low: number; high: number }>;
}

export type BodyRegion = 'head and neck' | 'trunk' | 'upper limb' | 'lower limb' | 'genital';

export interface Site {
    term: string;
    label: string;
    /** Other spellings a clinician types, resolved to this entry (`haemodialysis` → `dialysis`). */
    aliases?: readonly string[];
    region: BodyRegion;
    /** A joint (periarticular deposits), as opposed to a segment of a limb or the trunk. */
    joint: boolean;
}

export type CalcinosisType = 'dystrophic' | 'metastatic' | 'idiopathic' | 'iatrogenic' | 'calciphylaxis';
export type CalcinosisExtent = 'circumscripta' | 'universalis';

/** A plain catalogue entry: modalities, specialties, outcomes, advice and the like. */
export interface Term {
    term: string;
    label: string;
    /** Other spellings a clinician types, resolved to this entry (`haemodialysis` → `dialysis`). */
    aliases?: readonly string[];
    definition: Sourced<string>;
}

/** A route of administration, with its SNOMED CT code (FHIR R4 value set route-codes). */
export interface Route extends Term {
    snomed: { code: string; display: string; source: SourceId };
}

/** How a patient is dialysed, where the file says (conditions.ts, DialysisModalityByTerm). */
export type DialysisModality = 'haemodialysis' | 'peritoneal';
