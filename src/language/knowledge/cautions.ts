/**
 * Cautions for this patient (management.md §3): a drug held against the case's facts,
 * renal function first. Each names the drugs it applies to (by term, by the exposure the
 * drug is, or by binder type), the fact it rests on, and what a clinician should do,
 * with its source. clinical/cautions.ts holds the rule; every number is here.
 */
import type { SourceId } from './sources.js';
import { CalciumInfusions } from './management.js';
import { AcuteKidneyInjuryCalciphylaxis, TransplantCalciphylaxis } from './classification.js';
import { Drugs } from './drugs.js';
import { Thresholds } from './thresholds.js';
import type { DialysisModality, Evidence, RenalDoseLimit, Sourced } from './types.js';

export type CautionWhen =
    /**
     * Creatinine clearance below the value (mL/min); eGFR or dialysis stand in where CrCl cannot be computed.
     * With `from`, only at or above that value, and not on dialysis: a band above another caution's (one caution per drug, the most severe band).
     */
    | { creatinineClearanceBelow: Sourced<number>; from?: Sourced<number>; withCondition?: string[] }
    /** Chronic kidney disease of any stage, dialysis, or an eGFR below the value. */
    | { chronicKidneyDisease: Sourced<number> }
    /**
     * CKD recorded without dialysis, unless one of these conditions is recorded (another labelled indication),
     * or one of `unlessHypercalcaemicWith` is with a (corrected) calcium above its reference interval (an off-label use reported there).
     */
    | { ckdNotOnDialysis: true; unlessCondition?: string[]; unlessHypercalcaemicWith?: Sourced<string[]> }
    /** On dialysis (recorded as a condition). */
    | { dialysis: true }
    /** The calcium × phosphate product above the metastatic threshold, off dialysis and CKD (there KDOQI's binder cautions speak). */
    | { productAbove: true }
    /**
     * Calciphylaxis (classified or declared); with `orKidneyFailure`, also its main risk, dialysis or GFR category G5.
     * `kidneyFailing`: only in kidney failure or CKD of no recorded stage (true), or only with the kidneys known not to have failed (false);
     * `withCondition`/`unlessCondition`: only with, or not with, one of these conditions (a kidney transplant, whose setting the sources do not call non-uraemic).
     */
    | { calciphylaxis: true; orKidneyFailure?: boolean; kidneyFailing?: boolean; withCondition?: string[]; unlessCondition?: string[] }
    /** A patient younger than the value, in years; with `intravenousCalcium`, only when intravenous calcium is (true) or is not (false) recorded. */
    | { youngerThan: Sourced<number>; intravenousCalcium?: boolean }
    /** A condition (by term, or any of several) recorded in the history, unless another one is. */
    | { condition: string | string[]; unlessCondition?: string; withCondition?: string }
    /** On dialysis or in GFR category G5, with a (corrected) calcium above the value in mg/dL (and not above the reference interval, which `hypercalcaemia` covers). */
    | { kidneyFailureCalciumAbove: Sourced<number> }
    /** A (corrected) calcium above its reference interval, at any stage of kidney function (the lab's judgement). */
    | { hypercalcaemia: true }
    /**
     * A phosphate above its reference interval for the patient's age (the lab's judgement) in chronic kidney disease not
     * on dialysis, the guidelines' setting (KDOQI 2003 guideline 7: stages 3-4; paediatric 9A: stages 2-4), not hypoparathyroidism's.
     */
    | { hyperphosphataemiaInCkd: true }
    /** A GFR below the value (eGFR, else the creatinine clearance), or on dialysis; with `from`, only at or above that value. */
    | { gfrBelow: Sourced<number>; from?: Sourced<number> }
    /** Another of these drugs (by term) is given too. */
    | { alsoGiven: string[] }
    /** One of these drugs is recorded as stopped (a switch) while an INR at or above the value is recorded. */
    | { switchedFrom: string[]; inrFrom: Sourced<number> }
    /** Given by this route. */
    | { route: string }
    /** Given more often than once a week; with `daily`, only daily or more often (true) or only less often than daily (false). */
    | { moreOftenThanWeekly: true; daily?: boolean }
    /** A patient of the value's age (years) or older. */
    | { ageFrom: Sourced<number> }
    /** A patient older than the value (years): a label's "over 65". */
    | { ageAbove: Sourced<number> }
    /** A measured total calcium below its reference interval whose albumin-corrected value is not, and no low ionised calcium recorded. */
    | { lowOnlyBeforeCorrection: true }
    /** A (corrected) calcium below the value, in mg/dL (a label's threshold, not the lab's interval). */
    | { calciumBelow: Sourced<number> }
    /** A (corrected) calcium above its reference interval with none of these conditions recorded (a label's limitation to hypercalcaemia of malignancy). */
    | { hypercalcaemiaWithoutCondition: string[] }
    /** Any of these holds: one caution for one concern with several reasons (IVIG's boxed warning: age and the kidneys), each reason that holds said. */
    | { anyOf: CautionWhen[] }
    /** Every one of these holds (colchicine with a P-gp inhibitor and impaired kidneys or liver): said together. */
    | { allOf: CautionWhen[] }
    /** This does not hold: only as a member of allOf (colchicine with ciclosporin and the kidneys and liver not known to be impaired), as it says nothing itself. */
    | { not: CautionWhen }
    /** Given (not stopped) with none of these drugs recorded: a companion the sources give with it (folic acid with methotrexate). */
    | { withoutAlso: string[] }
    /** Every patient given the drug: a boxed warning whose screening concerns them all (rituximab's hepatitis B reactivation). */
    | { everyPatient: true };

/** A label's reduced dose per administration (mg) for a band of creatinine clearance, at or above `from` and below `below` (mL/min), as the label prints the band. */
export interface BandDose { from: number; below: number; printed: string; mg: number }

/** A label's table of reduced doses, whose dose it is in a sentence, and what is still advised at the band's dose. */
export interface BandDoses { bands: BandDose[]; basis: string; fits: string; source: SourceId }

export interface DrugCaution {
    /** Drug terms, or drugs that are this exposure (corticosteroids…), or binders of this kind. */
    drugs?: string[];
    exposure?: string;
    binder?: 'calcium-based' | 'calcium-free';
    /** Only when given by one of these routes (or no route is written): a sodium load is intravenous. */
    routes?: string[];
    when: CautionWhen;
    advice: string;
    source: SourceId;
    /** Further sources where part of the advice rests on another (a label beside a review). */
    alsoSources?: SourceId[];
    evidence?: Evidence;
    /**
     * The advice is to stop or avoid the drug for this patient: the caution leads, and no
     * dose verdict says the dose is "within" a regimen (a reassurance the caution contradicts).
     */
    stop?: true;
    /**
     * The advice changes the dose or the use for this patient (start lower, reduce, avoid
     * unless…): the caution leads, and the dose verdict says it applies rather than "within".
     */
    adjusts?: true;
    /**
     * The advice is the drug's renalLimits (drugs.ts) in words: where the dose is above the patient's band,
     * the dose warning (clinical/renal-limits.ts) says that band and this caution is not said beside it.
     */
    renalLimitsInWords?: true;
    /** Only in this dialysis modality, where the file names one: the anion gap was studied in haemodialysis. */
    modality?: DialysisModality;
    /** Only for a dose per administration from this amount (mg), or below it: the 5 mg and 4 mg zoledronic acid labels differ. */
    amountFrom?: Sourced<number>;
    amountBelow?: Sourced<number>;
    /**
     * A label's reduced dose by band of creatinine clearance (clinical/band-doses.ts): a dose at or below the
     * patient's band's fits (information, and the verdict says so); above it, the caution names the band's dose.
     */
    bandDoses?: BandDoses;
    /** Only for a schedule that repeats, not a single administration: the 4 mg zoledronic acid label adjusts its repeated oncology dose, not the single one for hypercalcaemia. */
    repeated?: true;
    /** Only for a single administration: the 4 mg zoledronic acid dose for hypercalcaemia, whose repeated schedule has its own caution. */
    single?: true;
    /** Not said of a patient on dialysis (a label that doses dialysis apart). */
    offDialysis?: true;
    /** A recorded condition (by term) under which the drug stays: the caution is said, but does not lead the dose verdict. */
    stopUnless?: string;
    /** What a drug recorded as stopped despite `stopUnless` needs said instead of "as advised" (a valve left without anticoagulation). */
    stoppedDespite?: string;
    /**
     * Only for this age group (knowledge/thresholds.ts adultFromYears): `children` only with an age recorded
     * below it; `adults` also where no age is recorded. A child's caution that replaces the adults' (active vitamin D).
     */
    ages?: 'adults' | 'children';
    /** Within the age group, a band as a regimen's (types.ts Regimen): only after this age, or up to it (years): an adolescent's aluminium binder, a younger child's. */
    afterYears?: Sourced<number>;
    toYears?: Sourced<number>;
    /** Not said where the dose is above the drug's ceiling, whose warning at the dose names the same risk (hydroxychloroquine above 5 mg/kg/day: its note says kidney disease raises it further): one message for one concern. */
    saidByCeiling?: true;
    /** `error` only where a label says contraindicated for this very situation, its boxed warning names this very error (daily methotrexate), or guidelines grade it harmful (a DOAC with a mechanical valve); else a warning. */
    severity?: 'error' | 'warning';
    /**
     * A reminder of a companion the sources give with the drug (folic acid with methotrexate), or of the
     * label's condition for this use (cinacalcet in primary hyperparathyroidism: surgery not possible):
     * information, and not said where another caution of the drug holds (one to stop or adjust it says more).
     */
    reminder?: true;
}

/** Conditions that record a kidney transplant (knowledge/classification.ts TransplantCalciphylaxis). */
const TRANSPLANT = [...TransplantCalciphylaxis.conditions.value];
/** Conditions that record acute kidney injury (knowledge/classification.ts AcuteKidneyInjuryCalciphylaxis). */
const ACUTE_KIDNEY_INJURY = [...AcuteKidneyInjuryCalciphylaxis.conditions.value];

/** The 5 mg dose of zoledronic acid (Reclast, Aclasta) whose label contraindicates it below a creatinine clearance of 35 mL/min. */
const ZOLEDRONIC_RECLAST_MG: Sourced<number> = { value: 5, source: 'labelReclast', note: 'Reclast 5 mg; the 4 mg oncology dose (Zometa) is adjusted instead.' };
/** KDIGO 2012 section 4.4: avoid NSAIDs with a GFR below 30 mL/min/1.73 m². */
const NSAID_AVOID_GFR: Sourced<number> = { value: 30, source: 'kdigo2012', note: 'KDIGO 2012, section 4.4, cautions for prescribing in CKD: NSAIDs, avoid in people with GFR < 30 mL/min/1.73 m².' };

/**
 * The Zometa label's reduced repeated doses (2.2, myeloma and bone metastases) by baseline creatinine clearance;
 * the bands keep the caution's edge at 60 (the label's ">60 mL/min: 4 mg" puts exactly 60 in the 50-60 band).
 */
const ZOMETA_RENAL_DOSES: BandDoses = {
    bands: [
        { from: 50, below: 60, printed: '50-60', mg: 3.5 },
        { from: 40, below: 50, printed: '40-49', mg: 3.3 },
        { from: 30, below: 40, printed: '30-39', mg: 3.0 },
    ],
    basis: "the Zometa label's reduced dose", fits: 'hydrate first and measure the creatinine before each dose', source: 'labelZometa'
};

/** Intravenous calcium, as an exposure or a drug that is one (ceftriaxone in neonates: the label): the infusions of management.ts. */
export const INTRAVENOUS_CALCIUM = CalciumInfusions.value;
/** Ceftriaxone's label: neonates of 28 days and younger (ages are in years). */
const CEFTRIAXONE_NEONATE: Sourced<number> = { value: 29 / 365, source: 'labelCeftriaxone', note: '28 days and younger: below 29 days.' };

/** Below this creatinine clearance methotrexate is avoided (the labels, as recalled); the band above is reduced. */
const METHOTREXATE_AVOID_CRCL: Sourced<number> = { value: 30, source: 'dailymedLabels', evidence: 'weak' };

/** The bisphosphonates the knowledge base has (drugs.ts). */
const BISPHOSPHONATES = ['pamidronate', 'etidronate', 'alendronate', 'risedronate', 'zoledronicAcid'];
/** The active vitamin D sterols and the calcium-based binders the catalogue has, read from it (drugs.ts): duplicated therapy. */
const ACTIVE_VITAMIN_D = Drugs.filter(d => d.exposure === 'vitaminDAnalogues').map(d => d.term);
const CALCIUM_BINDERS = Drugs.filter(d => d.binder === 'calcium-based').map(d => d.term);

/** Hydroxychloroquine's most per day for the retina (AAO 2016), as drugs.ts holds it. */
const HYDROXYCHLOROQUINE_MAX = Drugs.find(d => d.term === 'hydroxychloroquine')!.ceilings![0];


/** Renal bands in words, highest clearance first: `below 60 mL/min: 400-1400 mg; below 30: 200-700 mg`. */
function renalLimitWords(limits: readonly RenalDoseLimit[]): string {
    return [...limits].reverse().map((l, i) => `${l.dialysisOnly ? 'on dialysis' : `below ${l.creatinineClearanceBelow.value}${i === 0 ? ' mL/min' : ''}`}: ${l.minPerDay ? `${l.minPerDay.value}-` : 'at most '}${l.maxPerDay.value} ${l.unit.split('/')[0]}`).join('; ');
}

/** A drug's renal bands as drugs.ts holds them (lowest first): a caution says the figures the dose check holds. */
function renalLimitsOf(term: string): readonly RenalDoseLimit[] {
    return Drugs.find(d => d.term === term)!.renalLimits!;
}

/** The label's supplemental dose after each haemodialysis session, as drugs.ts holds it: `125-350 mg`, `0.75 g`. */
function afterHaemodialysisWords(term: string): string {
    const limit = renalLimitsOf(term).find(l => l.afterHaemodialysis)!;
    const { low, high } = limit.afterHaemodialysis!.value;
    return `${low === high ? low : `${low}-${high}`} ${limit.unit.split('/')[0]}`;
}

/** ESMO 2018: below this GFR (CKD stages 4-5) morphine is avoided; the band above is used with caution. */
const MORPHINE_AVOID_GFR: Sourced<number> = { value: 30, source: 'esmo2018Pain', note: 'CKD stages 4-5.' };

/** The NSAIDs the knowledge base has (drugs.ts). */
const NSAIDS = ['ibuprofen', 'naproxen', 'diclofenac'];

/** KDOQI paediatric 2005, guideline 7.3.b (CKD stage 5): active vitamin D sterols are discontinued above this corrected calcium (mg/dL). */
const KDOQI_CHILD_VITAMIN_D_STOP: Sourced<number> = { value: 10.2, source: 'kdoqiPaediatric2005', note: 'Guideline 7.3: corrected total calcium above 10.2 mg/dL (2.54 mmol/L); 7.3.b: discontinue active vitamin D sterols until it returns to the target range (OPINION).' };
/** KDOQI paediatric 2005, guideline 7.2: the corrected calcium target in kidney failure (mg/dL), to which 7.3.b waits. */
const CHILD_KIDNEY_FAILURE_CALCIUM: Sourced<{ low: number; high: number }> = { value: { low: 8.8, high: 9.5 }, source: 'kdoqiPaediatric2005', note: 'Guideline 7.2: 8.8-9.5 mg/dL (2.20-2.37 mmol/L), preferably toward the lower end (OPINION).' };

/** KDOQI paediatric 2005, 6.7: aluminium binders only in adolescents (over 12 years), for one course of up to 4-6 weeks. */
const ALUMINIUM_ADOLESCENT_ABOVE = Thresholds.aluminiumBinderAdolescentAboveYears;
const ALUMINIUM_ADOLESCENT_PHOSPHATE: Sourced<number> = { value: 7.0, source: 'kdoqiPaediatricGuide6', note: 'Guideline 6.7: a serum phosphorus above 7.0 mg/dL (2.26 mmol/L), as in the adults\' 5.8.' };
const ALUMINIUM_ADOLESCENT_WEEKS: Sourced<{ low: number; high: number }> = { value: { low: 4, high: 6 }, source: 'kdoqiPaediatricGuide6', note: 'Guideline 6.7: a short-term therapy (up to 4-6 weeks), and for one course.' };

/** A raised (corrected) calcium or a vitamin D excess recorded: no calcium or vitamin D supplement then. */
const CALCIUM_OR_VITAMIN_D_IN_EXCESS: CautionWhen = { anyOf: [{ hypercalcaemia: true }, { condition: ['hypervitaminosisD', 'milkAlkaliSyndrome'] }] };
const DIALYSIS_OR_CKD_EGFR: Sourced<number> = { value: 60, source: 'kdigo2012', note: 'eGFR below 60 mL/min/1.73 m² for 3 months defines CKD (G3a-G5).' };

export const DrugCautions: DrugCaution[] = [
    // ── Renal function ─────────────────────────────────────────────────────────────────
    {
        drugs: ['alendronate'], when: { creatinineClearanceBelow: { value: 35, source: 'labelAlendronate', evidence: 'weak' } },
        advice: 'alendronate is not recommended with a creatinine clearance below 35 mL/min', source: 'labelAlendronate', evidence: 'weak', stop: true
    },
    {
        drugs: ['risedronate'], when: { creatinineClearanceBelow: { value: 30, source: 'medscapeRisedronate' } },
        advice: 'risedronate is not recommended with a creatinine clearance below 30 mL/min', source: 'medscapeRisedronate', stop: true
    },
    {
        drugs: ['zoledronicAcid'], when: { creatinineClearanceBelow: { value: 35, source: 'labelReclast' } }, amountFrom: ZOLEDRONIC_RECLAST_MG,
        advice: 'zoledronic acid 5 mg (Reclast, Aclasta) is contraindicated with a creatinine clearance below 35 mL/min: do not give it', source: 'labelReclast', alsoSources: ['mhraZoledronate'], stop: true, severity: 'error'
    },
    {
        // Caution review 6: the label's reduced dose for the patient's band fits; a dose above it is warned with the band's dose said.
        drugs: ['zoledronicAcid'], when: { creatinineClearanceBelow: { value: 60, source: 'mhraZoledronate' } }, amountBelow: ZOLEDRONIC_RECLAST_MG, repeated: true, bandDoses: ZOMETA_RENAL_DOSES,
        advice: 'the repeated 4 mg oncology dose of zoledronic acid (myeloma, bone metastases) is reduced from a creatinine clearance of 60 mL/min (the Zometa label: 3.5 mg at 50-60 mL/min, 3.3 mg at 40-49, 3.0 mg at 30-39) and is not recommended in severe renal impairment (below 30 mL/min); the single dose for hypercalcaemia of malignancy is not reduced, but in severe renal impairment it too is given only if the benefit outweighs the risk; hydrate first and measure the creatinine before each dose', source: 'mhraZoledronate', alsoSources: ['mhraZoledronicRenal2010', 'labelZometa'], adjusts: true
    },
    {
        // Clinical review 11: the single 4 mg dose escaped the caution above (repeated schedules only) at a creatinine clearance of 19.
        drugs: ['zoledronicAcid'], when: { creatinineClearanceBelow: { value: 30, source: 'mhraZoledronicRenal2010', note: 'Severe renal impairment: the Zometa label and SmPC define it as a creatinine clearance below 30 mL/min.' } }, amountBelow: ZOLEDRONIC_RECLAST_MG, single: true,
        advice: 'intravenous zoledronic acid in severe renal impairment is generally not recommended; it may be considered for hypercalcaemia of malignancy if the benefit outweighs the risk (MHRA; the Zometa label: only after weighing the risks and benefits): hydrate first and measure the creatinine before each dose', source: 'mhraZoledronicRenal2010', alsoSources: ['labelZometa'], adjusts: true
    },
    {
        // Clinical review 11: the 4 mg label's limitation concerns hypercalcaemia (a normal calcium in calcinosis is not its subject); 5 mg (Reclast) has its own cautions.
        drugs: ['zoledronicAcid'], when: { hypercalcaemiaWithoutCondition: ['malignancy'] }, amountBelow: ZOLEDRONIC_RECLAST_MG,
        advice: 'zoledronic acid 4 mg (Zometa) is labelled for hypercalcaemia of malignancy, myeloma and bone metastases: its safety and efficacy are not established in hyperparathyroidism or hypercalcaemia not related to a tumour (the label\'s limitation of use): record the malignancy if there is one, else weigh the use as off-label', source: 'labelZometa', adjusts: true
    },
    {
        drugs: ['pamidronate'], when: { creatinineClearanceBelow: { value: 30, source: 'labelPamidronate', evidence: 'weak' } },
        advice: 'pamidronate is not recommended in severe renal impairment (creatinine clearance below 30 mL/min, or creatinine above 3.0 mg/dL) unless the benefit outweighs the risk; infuse slowly and monitor creatinine', source: 'labelPamidronate', evidence: 'weak', adjusts: true
    },
    {
        drugs: ['etidronate'], when: { creatinineClearanceBelow: { value: 30, source: 'labelEtidronate', evidence: 'weak' } },
        advice: 'etidronate needs a lower dose in renal impairment and is best avoided when it is severe', source: 'labelEtidronate', adjusts: true
    },
    {
        drugs: ['aluminiumHydroxide'], ages: 'adults', when: { chronicKidneyDisease: DIALYSIS_OR_CKD_EGFR },
        advice: 'aluminium accumulates in kidney disease (bone disease, encephalopathy): aluminium binders only for a single short course of up to 4 weeks, if phosphate is above 7.0 mg/dL, then a calcium-free binder', source: 'kdoqiGuide5'
    },
    {
        // Caution review 6: the adults' sentence was said to an 11-year-old; the paediatric guideline allows aluminium binders in adolescents only.
        drugs: ['aluminiumHydroxide'], ages: 'children', afterYears: ALUMINIUM_ADOLESCENT_ABOVE, when: { chronicKidneyDisease: DIALYSIS_OR_CKD_EGFR },
        advice: `aluminium accumulates in kidney disease (bone disease, encephalopathy): in an adolescent KDOQI's paediatric guideline (6.7) allows aluminium binders only as one short course of up to ${ALUMINIUM_ADOLESCENT_WEEKS.value.low}-${ALUMINIUM_ADOLESCENT_WEEKS.value.high} weeks, with a phosphate above ${ALUMINIUM_ADOLESCENT_PHOSPHATE.value.toFixed(1)} mg/dL, then another binder`, source: 'kdoqiPaediatricGuide6', alsoSources: ['kdoqiGuide5']
    },
    {
        drugs: ['aluminiumHydroxide'], ages: 'children', toYears: ALUMINIUM_ADOLESCENT_ABOVE, when: { chronicKidneyDisease: DIALYSIS_OR_CKD_EGFR },
        advice: `aluminium accumulates in kidney disease (bone disease, encephalopathy), and KDOQI's paediatric guideline (6.7) allows aluminium binders only in adolescents (over ${ALUMINIUM_ADOLESCENT_ABOVE.value} years, as the guideline counts them), so not at this age: use another binder (the guideline: calcium-based binders first in CKD stages 2-4 and in infants and young children on dialysis)`, source: 'kdoqiPaediatricGuide6', alsoSources: ['kdoqiGuide5'], stop: true
    },
    {
        // Clinical review 13: hydroxychloroquine on haemodialysis drew no renal note. Above the ceiling its warning says the kidneys' part (clinical review 11: one message).
        drugs: ['hydroxychloroquine'], when: { chronicKidneyDisease: DIALYSIS_OR_CKD_EGFR },
        advice: `kidney disease (a reduced GFR, dialysis included) is a major risk factor for hydroxychloroquine retinopathy: keep the dose within ${HYDROXYCHLOROQUINE_MAX.value} mg/kg/day of actual body weight and have the retina screened`, source: 'aao2016', alsoSources: ['marmor2017HcqAlert'], saidByCeiling: true
    },
    {
        drugs: ['methotrexate'], when: { creatinineClearanceBelow: METHOTREXATE_AVOID_CRCL },
        advice: 'methotrexate is cleared by the kidney: avoid it with a creatinine clearance below 30 mL/min', source: 'dailymedLabels', evidence: 'weak', stop: true
    },
    {
        // Clinical review 11: the band above the one to avoid; on dialysis and below 30 the caution above speaks instead.
        drugs: ['methotrexate'], when: { creatinineClearanceBelow: { value: 60, source: 'kintzelDorr1995', evidence: 'weak', note: 'Kintzel & Dorr reduce the dose below a creatinine clearance of 60 mL/min; the British Society for Rheumatology below an eGFR of 60 mL/min/1.73 m².' }, from: METHOTREXATE_AVOID_CRCL },
        advice: 'methotrexate accumulates as the kidney function falls: reduce the dose, and the sources differ on by how much (Kintzel & Dorr, for its renal clearance: about 65% of the dose at a creatinine clearance of 46-60 mL/min and 50% at 31-45; the British Society for Rheumatology: at most 12.5 mg a week with an eGFR below 60 mL/min/1.73 m²); check the blood count, the liver and the creatinine more often', source: 'kintzelDorr1995', alsoSources: ['spsMethotrexateRenal'], evidence: 'weak', adjusts: true
    },
    {
        drugs: ['colchicine'], when: { creatinineClearanceBelow: { value: 30, source: 'labelColchicine' } },
        advice: 'with a creatinine clearance below 30 mL/min colchicine starts at 0.3 mg/day; on dialysis 0.3 mg twice a week', source: 'labelColchicine', adjusts: true
    },
    {
        drugs: ['probenecid'], when: { creatinineClearanceBelow: { value: 30, source: 'labelProbenecid' } },
        advice: 'probenecid is likely to be ineffective with a glomerular filtration rate of 30 mL/min or less', source: 'labelProbenecid', adjusts: true
    },
    {
        drugs: NSAIDS, when: { gfrBelow: NSAID_AVOID_GFR },
        advice: 'avoid NSAIDs with a GFR below 30 mL/min/1.73 m² and on dialysis (KDIGO 2012: they lower the GFR further, and the residual renal function on dialysis)', source: 'kdigo2012', stop: true
    },
    {
        drugs: NSAIDS, when: { gfrBelow: { value: 60, source: 'kdigo2012', note: 'KDIGO 2012, section 4.4: prolonged NSAID therapy is not recommended in people with GFR < 60 mL/min/1.73 m².' }, from: NSAID_AVOID_GFR },
        advice: 'prolonged NSAID therapy is not recommended with a GFR below 60 mL/min/1.73 m² (KDIGO 2012): keep the course short, and stop them with an acute illness', source: 'kdigo2012', adjusts: true
    },
    {
        drugs: ['morphine'], when: { gfrBelow: MORPHINE_AVOID_GFR },
        advice: 'avoid morphine with a GFR below 30 mL/min and on dialysis: its glucuronides accumulate (sedation, respiratory depression, myoclonus); fentanyl or buprenorphine, at low doses, are safer', source: 'esmo2018Pain', alsoSources: ['dean2004'], stop: true
    },
    {
        // Caution review 6: morphine every 4 hours at an eGFR of 39 was silent; the band above the one to avoid.
        drugs: ['morphine'], when: { gfrBelow: { value: 60, source: 'kdigo2012', note: 'Renal impairment, which the SPS advice does not band: below 60 mL/min/1.73 m² is CKD G3a-G5 (KDIGO 2012).' }, from: MORPHINE_AVOID_GFR },
        advice: 'morphine\'s glucuronides (morphine-6-glucuronide, active, and morphine-3-glucuronide) are cleared by the kidney and accumulate as its function falls (sedation, respiratory depression, myoclonus): use it with caution, start low and/or extend the dosing interval, and titrate slowly by response and side effects; fentanyl, alfentanil or buprenorphine have the safest profile', source: 'spsOpioidsRenal', alsoSources: ['dean2004'], adjusts: true
    },
    {
        drugs: ['gabapentin'], when: { creatinineClearanceBelow: renalLimitsOf('gabapentin').at(-1)!.creatinineClearanceBelow },
        advice: `gabapentin is cleared by the kidney: the label lowers the total daily dose with the creatinine clearance (${renalLimitWords(renalLimitsOf('gabapentin'))}) and adds ${afterHaemodialysisWords('gabapentin')} after each haemodialysis session`, source: 'labelGabapentin', adjusts: true,
        // Clinical review 13: above its band, the dose warning said the same (one concern, one message).
        renalLimitsInWords: true
    },
    {
        // Clinical review 15: a dose within the band it belongs to is said to fit it, not "below" the usual regimen (pregabalin 25 mg a day on haemodialysis).
        drugs: ['pregabalin'], when: { creatinineClearanceBelow: renalLimitsOf('pregabalin').at(-1)!.creatinineClearanceBelow },
        advice: `pregabalin is cleared by the kidney: the label lowers the total daily dose with the creatinine clearance (${renalLimitWords(renalLimitsOf('pregabalin'))}) and adds a supplementary dose after each haemodialysis session`, source: 'labelPregabalin', adjusts: true,
        renalLimitsInWords: true
    },
    {
        drugs: ['piperacillinTazobactam'], when: { creatinineClearanceBelow: renalLimitsOf('piperacillinTazobactam').at(-1)!.creatinineClearanceBelow },
        advice: `piperacillin-tazobactam is cleared by the kidney: the label lowers the day's dose at a creatinine clearance of ${renalLimitsOf('piperacillinTazobactam').at(-1)!.creatinineClearanceBelow.value} mL/min or less (${renalLimitWords(renalLimitsOf('piperacillinTazobactam'))}, from the usual dose to nosocomial pneumonia's) and adds ${afterHaemodialysisWords('piperacillinTazobactam')} after each haemodialysis session`, source: 'labelZosyn', adjusts: true,
        renalLimitsInWords: true
    },
    {
        drugs: ['cefazolin'], when: { creatinineClearanceBelow: renalLimitsOf('cefazolin').at(-1)!.creatinineClearanceBelow },
        advice: `cefazolin is cleared by the kidney and accumulates (neurotoxicity): after a loading dose the label spaces full doses, then gives half the usual dose less often, as the creatinine clearance falls (${renalLimitWords(renalLimitsOf('cefazolin'))}); it gives no dose on dialysis, where it is dosed after each session with the pharmacy`, source: 'labelCefazolin', adjusts: true,
        renalLimitsInWords: true
    },
    {
        drugs: ['denosumab'], when: { allOf: [{ gfrBelow: { value: 30, source: 'labelProlia' } }, { not: CALCIUM_OR_VITAMIN_D_IN_EXCESS }] },
        advice: 'denosumab carries a boxed warning of severe, sometimes fatal, hypocalcaemia with an eGFR below 30 mL/min/1.73 m² and on dialysis: evaluate for CKD-MBD before it, give calcium and vitamin D, and check the calcium often, under a clinician experienced in CKD-MBD', source: 'labelProlia', adjusts: true
    },
    {
        // Clinical review 18: vitamin D intoxication was told to "give calcium and vitamin D" with denosumab.
        drugs: ['denosumab'], when: { allOf: [{ gfrBelow: { value: 30, source: 'labelProlia' } }, CALCIUM_OR_VITAMIN_D_IN_EXCESS] },
        advice: 'denosumab carries a boxed warning of severe, sometimes fatal, hypocalcaemia with an eGFR below 30 mL/min/1.73 m² and on dialysis: check the calcium often as it falls, under a clinician experienced in CKD-MBD; the calcium and vitamin D the label gives with it wait while the calcium is raised or vitamin D is in excess (stop them in hypercalcaemia)', source: 'labelProlia', alsoSources: ['statpearlsHypercalcemia'], adjusts: true
    },
    {
        // Clinical review 18: intravenous calcium for a total calcium that was low only for the albumin drew no word.
        drugs: ['calciumGluconate', 'calciumChloride'], routes: ['iv'], when: { lowOnlyBeforeCorrection: true },
        advice: 'the low total calcium may be the low albumin\'s: confirm hypocalcaemia with an ionised calcium before giving intravenous calcium, which the label gives for acute symptomatic hypocalcaemia', source: 'statpearlsHypocalcemia', alsoSources: ['labelCalciumGluconate'], evidence: 'weak'
    },
    {
        drugs: ['metformin'], when: { gfrBelow: { value: 30, source: 'labelMetformin' } },
        advice: 'metformin is contraindicated with an eGFR below 30 mL/min/1.73 m² (lactic acidosis): stop it', source: 'labelMetformin', stop: true, severity: 'error'
    },
    {
        drugs: ['metformin'], when: { gfrBelow: { value: 45, source: 'labelMetformin' }, from: { value: 30, source: 'labelMetformin' } },
        advice: 'with an eGFR of 30-45 mL/min/1.73 m² metformin is not to be started, and continuing it is weighed against the risk; stop it at or before iodinated contrast', source: 'labelMetformin', adjusts: true
    },
    {
        drugs: ['enoxaparin'], when: { creatinineClearanceBelow: { value: 30, source: 'labelEnoxaparin' } },
        advice: 'enoxaparin accumulates with a creatinine clearance below 30 mL/min: the label gives 30 mg once daily for prophylaxis and 1 mg/kg once daily for treatment (not studied on dialysis; unfractionated heparin is not renally cleared)', source: 'labelEnoxaparin', adjusts: true
    },
    {
        drugs: ['tramadol'], when: { creatinineClearanceBelow: { value: 30, source: 'labelTramadol' } },
        advice: 'the sources differ: below a creatinine clearance of 30 mL/min the label gives tramadol every 12 hours, to at most 200 mg a day (not as extended-release tablets), while the calciphylaxis review advises avoiding it in kidney failure', source: 'labelTramadol', alsoSources: ['nigwekar2018'], adjusts: true
    },
    {
        drugs: ['oxycodone'], when: { gfrBelow: { value: 30, source: 'esmo2018Pain' } },
        advice: 'oxycodone\'s metabolites accumulate with a GFR below 30 mL/min and on dialysis: use it with caution, at a low dose, titrated slowly; fentanyl or buprenorphine are safer', source: 'esmo2018Pain', alsoSources: ['dean2004'], evidence: 'weak', adjusts: true
    },
    {
        drugs: ['etelcalcetide'], when: { ckdNotOnDialysis: true },
        advice: 'etelcalcetide is indicated only on haemodialysis, given at the end of each session (hypocalcaemia; not studied in kidney disease off dialysis)', source: 'labelEtelcalcetide'
    },
    {
        // The label's limitation is of its secondary hyperparathyroidism indication: parathyroid carcinoma and primary HPT are labelled whatever the kidneys (clinical review 9).
        // Clinical review 10: after kidney transplantation, hypercalcaemic (tertiary) hyperparathyroidism is the off-label use a randomised trial studied (Cruzado 2016): the label's limitation is not said there.
        drugs: ['cinacalcet'], when: { ckdNotOnDialysis: true, unlessCondition: ['primaryHyperparathyroidism'], unlessHypercalcaemicWith: { value: ['kidneyTransplant'], source: 'cruzado2016', evidence: 'weak', note: 'Off-label: a randomised trial of cinacalcet against subtotal parathyroidectomy for hypercalcaemic hyperparathyroidism in kidney allograft recipients.' } },
        advice: 'cinacalcet is not indicated for secondary hyperparathyroidism in chronic kidney disease not on dialysis (hypocalcaemia); parathyroid carcinoma and primary hyperparathyroidism are labelled indications whatever the kidney function', source: 'labelCinacalcet', alsoSources: ['labelSensipar']
    },
    // ── Calciphylaxis and its risk ─────────────────────────────────────────────────────
    {
        exposure: 'warfarin', when: { calciphylaxis: true, orKidneyFailure: true },
        advice: 'warfarin is a calciphylaxis risk factor, uraemic and non-uraemic: stop it where the indication allows; a heparin (unfractionated, or low-molecular-weight dosed for the kidneys) is the commonest replacement, and apixaban has been used in dialysis patients, but not with a mechanical heart valve, where apixaban is not recommended: there a heparin, or warfarin kept, is decided with cardiology', source: 'garzaMayers2018', alsoSources: ['yu2017', 'labelApixaban'], stop: true, stopUnless: 'mechanicalHeartValve',
        // Clinical review 10: a mechanical valve is not left without anticoagulation when warfarin stops.
        stoppedDespite: 'the mechanical heart valve still needs anticoagulation: a heparin bridge, or warfarin kept, decided with cardiology'
    },
    {
        binder: 'calcium-based', when: { calciphylaxis: true },
        advice: 'in calciphylaxis stop calcium-based binders and calcium supplements: use a calcium-free binder (sevelamer, lanthanum)', source: 'kdoqiGuide5', stop: true
    },
    {
        exposure: 'vitaminDAnalogues', when: { calciphylaxis: true },
        advice: 'active vitamin D is a calciphylaxis risk factor: stop it in calciphylaxis', source: 'cnConsensus', stop: true
    },
    {
        // Clinical review 11: each setting in its own words; "non-uraemic" only where the kidneys are known not to have failed and no transplant is recorded.
        exposure: 'corticosteroids', when: { calciphylaxis: true, kidneyFailing: false, unlessCondition: [...TRANSPLANT, ...ACUTE_KIDNEY_INJURY] },
        advice: 'corticosteroids preceded most cases of non-uraemic calciphylaxis: taper them where the underlying disease allows', source: 'nigwekar2008'
    },
    {
        // Caution review 6: with acute kidney injury the calciphylaxis is not non-uraemic (knowledge AcuteKidneyInjuryCalciphylaxis); kidney failure has its own caution below.
        exposure: 'corticosteroids', when: { calciphylaxis: true, kidneyFailing: false, withCondition: ACUTE_KIDNEY_INJURY, unlessCondition: TRANSPLANT },
        advice: 'long-term corticosteroids are a graded calciphylaxis risk factor: taper them where the underlying disease allows', source: 'cnConsensus'
    },
    {
        exposure: 'corticosteroids', when: { calciphylaxis: true, kidneyFailing: true, unlessCondition: TRANSPLANT },
        advice: 'long-term corticosteroids are a graded calciphylaxis risk factor: taper them where the underlying disease allows', source: 'cnConsensus'
    },
    {
        exposure: 'corticosteroids', when: { calciphylaxis: true, withCondition: TRANSPLANT },
        advice: 'long-term corticosteroids are a graded calciphylaxis risk factor, and after a kidney transplant they are part of the graft\'s immunosuppression: change them only with the transplant team', source: 'cnConsensus', alsoSources: ['engineering']
    },
    // ── Hypercalcaemia, at any stage of kidney function ────────────────────────────────
    {
        drugs: ['calciumAcetate'], when: { hypercalcaemia: true },
        advice: 'calcium acetate is contraindicated in hypercalcaemia: stop it and bind phosphate with a calcium-free binder', source: 'dailymedCaAcetate', alsoSources: ['kdoqiGuide6'], stop: true, severity: 'error'
    },
    {
        // Caution review 6: in a child the labels' contraindication is an error, and the paediatric guideline stops (does not reduce) it; it leads the cautions.
        exposure: 'vitaminDAnalogues', ages: 'children', when: { hypercalcaemia: true },
        advice: `calcitriol and alfacalcidol are contraindicated in hypercalcaemia: stop active vitamin D until the calcium is normal (in a child with kidney failure KDOQI's paediatric guideline 7.3.b discontinues it while the corrected calcium is above ${KDOQI_CHILD_VITAMIN_D_STOP.value} mg/dL, until it is back in ${CHILD_KIDNEY_FAILURE_CALCIUM.value.low}-${CHILD_KIDNEY_FAILURE_CALCIUM.value.high} mg/dL)`, source: 'labelRocaltrol', alsoSources: ['smpcAlfacalcidol', 'kdoqiPaediatric2005'], stop: true, severity: 'error'
    },
    {
        // Clinical review 13: the labels' contraindication is an error at any age, as calcium acetate's is.
        exposure: 'vitaminDAnalogues', ages: 'adults', when: { hypercalcaemia: true },
        advice: 'calcitriol and alfacalcidol are contraindicated in hypercalcaemia: stop active vitamin D until the calcium is normal', source: 'labelRocaltrol', alsoSources: ['smpcAlfacalcidol', 'kdigo2017'], stop: true, severity: 'error'
    },
    // ── Hyperphosphataemia in CKD: active vitamin D raises the phosphate absorbed (clinical review 14) ──
    {
        exposure: 'vitaminDAnalogues', ages: 'children', when: { hyperphosphataemiaInCkd: true },
        advice: 'active vitamin D is to be given only with the phosphate below the upper limit for age (KDOQI paediatric 9A.1.a): withhold it and lower the phosphate first', source: 'kdoqiPaediatricGuide9', stop: true
    },
    {
        exposure: 'vitaminDAnalogues', ages: 'adults', when: { hyperphosphataemiaInCkd: true },
        advice: 'vitamin D raises the phosphate absorbed: add or increase a phosphate binder, and stop vitamin D therapy if the phosphate stays high (KDOQI 2003 7.3d)', source: 'kdoqiGuide7', adjusts: true
    },
    {
        exposure: 'nativeVitaminD', when: { hypercalcaemia: true },
        advice: 'in hypercalcaemia stop vitamin D and calcium supplements until the calcium is normal', source: 'statpearlsHypercalcemia', stop: true
    },
    {
        exposure: 'vitaminDAnalogues', when: { ckdNotOnDialysis: true },
        advice: 'in CKD G3a-G5 not on dialysis calcitriol and vitamin D analogues are not to be used routinely (KDIGO 2017 4.2.2): keep them for severe and progressive hyperparathyroidism in G4-G5', source: 'kdigo2017', adjusts: true
    },
    {
        binder: 'calcium-based', when: { productAbove: true },
        advice: 'with a high Ca × P, calcium given adds to the calcium phosphate that deposits: avoid calcium salts (in tumour lysis, calcium only for symptomatic hypocalcaemia) and lower the phosphate', source: 'howard2011'
    },
    {
        binder: 'calcium-based', when: { kidneyFailureCalciumAbove: { value: 10.2, source: 'kdoqiGuide6' } },
        advice: 'with a corrected calcium above 10.2 mg/dL in CKD 5 reduce or stop calcium-based binders', source: 'kdoqiGuide6'
    },
    {
        exposure: 'vitaminDAnalogues', ages: 'adults', when: { kidneyFailureCalciumAbove: { value: 10.2, source: 'kdoqiGuide6' } },
        advice: 'with a corrected calcium above 10.2 mg/dL in CKD 5 reduce or stop active vitamin D', source: 'kdoqiGuide6'
    },
    {
        // Caution review 6: the paediatric guideline discontinues, where the adults' reduces or stops; an opinion, not a label's contraindication: a warning.
        exposure: 'vitaminDAnalogues', ages: 'children', when: { kidneyFailureCalciumAbove: KDOQI_CHILD_VITAMIN_D_STOP },
        advice: `in a child with kidney failure KDOQI's paediatric guideline (7.3.b, opinion) discontinues active vitamin D while the corrected calcium is above ${KDOQI_CHILD_VITAMIN_D_STOP.value} mg/dL, until it is back in the target range of ${CHILD_KIDNEY_FAILURE_CALCIUM.value.low}-${CHILD_KIDNEY_FAILURE_CALCIUM.value.high} mg/dL: stop it, do not only reduce it`, source: 'kdoqiPaediatric2005', stop: true
    },
    {
        // Clinical review 14: in kidney disease a fixed dose accumulates; the consensus doses by levels.
        drugs: ['vancomycin'], when: { chronicKidneyDisease: { value: 60, source: 'kdigo2012' } },
        advice: 'vancomycin is cleared by the kidney and is nephrotoxic: a loading dose by weight, then doses guided by its levels (a 24-hour AUC/MIC of 400-600; on haemodialysis a pre-dialysis level of 15-20 mg/L), with the pharmacy, not a fixed dose', source: 'rybak2020Vancomycin', adjusts: true
    },
    {
        // Clinical review 14: the sources differ on the opioid-naive patient; both are said.
        drugs: ['fentanyl'], when: { route: 'transdermal' },
        advice: 'a fentanyl patch is for opioid-tolerant patients only (for a week or more at least 60 mg of oral morphine a day, or its equivalent), not for acute or post-operative pain: the US label contraindicates it in opioid-non-tolerant patients (boxed warning); the EU SmPC allows only the lowest patch, 12 micrograms an hour, where an oral opioid cannot be titrated first', source: 'labelDuragesic', alsoSources: ['smpcDurogesic']
    },
    {
        drugs: ['sodiumThiosulfate'], when: { route: 'intraperitoneal' },
        advice: 'intraperitoneal sodium thiosulfate caused chemical peritonitis in peritoneal dialysis: give it intravenously', source: 'gossett2023'
    },
    {
        drugs: ['sodiumThiosulfate'], routes: ['iv'], when: { condition: ['heartFailure', 'cirrhosis'] },
        advice: 'intravenous sodium thiosulfate is a large sodium load (12.7 mEq of sodium per gram: about 320 mmol in a 25 g dose, about 160 mmol in 12.5 g): watch fluid balance and serum sodium, and weigh the dose against a sodium restriction', source: 'hundemer2016', alsoSources: ['labelPedmark']
    },
    {
        // Studied on haemodialysis: not said of kidney disease off dialysis, which the study did not include.
        drugs: ['sodiumThiosulfate'], routes: ['iv'], when: { dialysis: true },
        advice: 'sodium thiosulfate raises the anion gap in haemodialysis patients, variably, sometimes severely and more with higher doses: check bicarbonate and the anion gap during the course', source: 'hundemer2016', modality: 'haemodialysis'
    },
    {
        // Clinical review 17: in hypercalcaemia with no dehydration recorded (the error above), furosemide is still not the treatment.
        drugs: ['furosemide'], when: { allOf: [{ hypercalcaemia: true }, { not: { condition: 'dehydration' } }] },
        advice: 'in hypercalcaemia a loop diuretic is for fluid overload once the patient is rehydrated with intravenous isotonic saline, not a primary treatment, as it depletes the volume further: give the saline first', source: 'etgHypercalcaemia', alsoSources: ['walsh2016Hypercalcaemia'], evidence: 'weak'
    },
    {
        // Clinical review 11: a loop diuretic deepens the volume depletion of a phosphate load or a hypercalcaemia not yet rehydrated.
        drugs: ['furosemide'], when: { condition: 'dehydration' },
        advice: 'furosemide is contraindicated in hypovolaemia and dehydration (UK SmPC: correct them before it is started): restore the volume first, with intravenous isotonic saline; in hypercalcaemia a loop diuretic is only for fluid overload once the patient is rehydrated, not a primary treatment, as it depletes the volume further', source: 'smpcFurosemide', alsoSources: ['etgHypercalcaemia', 'walsh2016Hypercalcaemia'], stop: true, severity: 'error'
    },
    // ── Pregnancy (the labels) ─────────────────────────────────────────────────────────
    {
        // Clinical review 14: a colleague's caution at any steroid in systemic sclerosis.
        exposure: 'corticosteroids', when: { condition: 'systemicSclerosis' },
        advice: 'glucocorticoids are associated with scleroderma renal crisis (the risk highest in early diffuse disease and at higher doses, about 15 mg of prednisone a day or more): keep the dose low and monitor blood pressure and renal function (EULAR 2017)', source: 'eular2017Ssc', alsoSources: ['steen1998']
    },
    {
        exposure: 'warfarin', when: { condition: 'pregnancy', unlessCondition: 'mechanicalHeartValve' },
        advice: 'warfarin is contraindicated in pregnancy (embryopathy, fetal bleeding), except with a mechanical heart valve at high risk of thromboembolism: use a heparin instead', source: 'labelWarfarin', stop: true, severity: 'error'
    },
    {
        exposure: 'warfarin', when: { condition: 'pregnancy', withCondition: 'mechanicalHeartValve' },
        advice: 'with a mechanical heart valve the label allows warfarin in pregnancy only where the thrombotic risk outweighs the fetal harm: decide with cardiology and obstetrics', source: 'labelWarfarin'
    },
    {
        drugs: ['methotrexate'], when: { condition: 'pregnancy' },
        advice: 'methotrexate is contraindicated in pregnancy for non-neoplastic disease (embryo-fetal toxicity, including fetal death)', source: 'labelMethotrexate', stop: true, severity: 'error'
    },
    {
        drugs: ['mycophenolate'], when: { condition: 'pregnancy' },
        advice: 'mycophenolate causes first-trimester pregnancy loss and congenital malformations (boxed warning, REMS): avoid it in pregnancy where a safer option exists (the EU label contraindicates it unless there is no suitable alternative)', source: 'labelCellcept', stop: true
    },
    {
        drugs: BISPHOSPHONATES, when: { condition: 'pregnancy' },
        advice: 'bisphosphonates are not recommended in pregnancy: human data are too few to judge the risk, animal studies show fetal harm, and the drug stays in bone for years', source: 'uktisBisphosphonates', stop: true
    },
    {
        drugs: ['minocycline'], when: { condition: 'pregnancy' },
        advice: 'tetracyclines in the second half of pregnancy stain the child\'s teeth permanently and may harm fetal bone: avoid minocycline unless nothing else will do', source: 'labelTetracyclines', evidence: 'weak', stop: true
    },
    {
        // Clinical review 14: the pregnancy cautions of drugs beside calcinosis.
        drugs: ['captopril'], when: { condition: 'pregnancy' },
        advice: 'drugs acting on the renin-angiotensin system cause fetal injury and death (boxed warning, fetal toxicity): stop captopril as soon as pregnancy is detected', source: 'labelCaptopril', stop: true, severity: 'error'
    },
    {
        drugs: NSAIDS, when: { condition: 'pregnancy' },
        advice: 'NSAIDs are avoided from 20 weeks of pregnancy (fetal kidney dysfunction, oligohydramnios) and from 30 weeks above all (premature closure of the ductus arteriosus): use paracetamol where it will do', source: 'fdaNsaidPregnancy2020'
    },
    {
        drugs: ['rituximab'], when: { condition: 'pregnancy' },
        advice: 'rituximab crosses the placenta and can deplete the newborn\'s B cells: it is avoided in pregnancy unless the benefit justifies it, and contraception is advised during treatment and for 12 months after the last dose', source: 'labelRituxanPregnancy'
    },
    {
        drugs: ['diltiazem'], when: { condition: 'pregnancy' },
        advice: 'the labels disagree: several European product information texts contraindicate diltiazem in pregnancy (animal embryo-fetal toxicity), while the US label allows it only if the benefit justifies the risk to the fetus; use it in pregnancy only after weighing this, with obstetrics', source: 'smpcDiltiazem', alsoSources: ['labelDiltiazem'], stop: true
    },
    {
        // Clinical review 17: the label's indication in primary HPT is the patient who cannot have the operation.
        drugs: ['cinacalcet'], when: { condition: 'primaryHyperparathyroidism' },
        advice: 'the label indicates it here for severe hypercalcaemia in an adult unable to undergo parathyroidectomy (and for the hypercalcaemia of parathyroid carcinoma), surgery being the treatment that removes the cause: record why it is not done', source: 'labelSensipar', reminder: true
    },
    {
        // Clinical review 15: methotrexate with no folate recorded (a pharmacist's first question).
        drugs: ['methotrexate'], when: { withoutAlso: ['folicAcid'] },
        advice: 'supplementation (at least 5 mg a week) is recommended for everyone taking it, to reduce its gastrointestinal, hepatic and marrow toxicity; record it if it is given', source: 'acr2021Ra', evidence: 'weak', reminder: true
    },
    {
        // Clinical review 15: the immunosuppressants and vascular drugs of connective tissue disease.
        drugs: ['bosentan'], when: { condition: 'pregnancy' },
        advice: 'bosentan is likely to cause major birth defects (contraindicated in pregnancy in the labels up to their November 2025 revision, which says it may cause fetal harm): exclude pregnancy before and during treatment, and stop it as soon as pregnancy is detected', source: 'labelTracleer', stop: true, severity: 'error'
    },
    {
        drugs: ['cyclophosphamide'], when: { condition: 'pregnancy' },
        advice: 'cyclophosphamide can cause fetal harm: it is avoided in pregnancy, the first trimester above all, and contraception is advised during treatment and for up to a year after it', source: 'labelCyclophosphamide', stop: true
    },
    {
        // The label's contraindication is for rheumatoid arthritis; in lupus or myositis EULAR's compatibility is the practice (clinical review 15b): no warning there.
        drugs: ['azathioprine'], when: { condition: 'pregnancy', withCondition: 'rheumatoidArthritis' },
        advice: 'the sources disagree: the US label contraindicates azathioprine for rheumatoid arthritis in pregnancy (fetal harm), while EULAR counts it among the drugs compatible with pregnancy (up to 2 mg/kg a day); weigh it with obstetrics', source: 'labelAzathioprine', alsoSources: ['eular2016Pregnancy']
    },
    {
        drugs: ['ciclosporin'], when: { chronicKidneyDisease: DIALYSIS_OR_CKD_EGFR },
        advice: 'ciclosporin is nephrotoxic: the label says patients with rheumatoid arthritis or psoriasis and abnormal renal function should not receive it; after a transplant, dose it by levels and watch the creatinine (reduce by 25-50% for a rise of 25-30% over baseline)', source: 'labelGengraf', adjusts: true
    },
    {
        drugs: ['bosentan'], when: { alsoGiven: ['ciclosporin'] },
        advice: 'bosentan is contraindicated with ciclosporin, which raises its levels many times over (both labels)', source: 'labelTracleer', alsoSources: ['smpcNeoral'], stop: true, severity: 'error'
    },
    {
        drugs: ['tofacitinib'], when: { alsoGiven: ['azathioprine', 'ciclosporin', 'tacrolimus', 'infliximab', 'rituximab'] },
        advice: 'tofacitinib is not recommended with biologic DMARDs or with potent immunosuppressants such as azathioprine and ciclosporin (label): serious infections', source: 'labelXeljanz'
    },
    {
        // Clinical review 18: diltiazem and an NSAID in heart failure drew no word. The case records no ejection fraction.
        drugs: ['diltiazem'], when: { condition: 'heartFailure' },
        advice: 'in heart failure with a reduced ejection fraction non-dihydropyridine calcium channel blockers are not recommended (AHA/ACC/HFSA 2022, class 3: harm): record the ejection fraction, and with it reduced stop diltiazem', source: 'aha2022HeartFailure'
    },
    {
        drugs: NSAIDS, when: { condition: 'heartFailure' },
        advice: 'in heart failure with a reduced ejection fraction NSAIDs worsen heart failure and should be avoided or withdrawn whenever possible (AHA/ACC/HFSA 2022, class 3: harm)', source: 'aha2022HeartFailure'
    },
    {
        drugs: ['infliximab'], when: { condition: 'heartFailure' },
        advice: 'in moderate or severe heart failure infliximab is contraindicated above 5 mg/kg (label): give no more, and watch for worsening failure', source: 'labelRemicade', adjusts: true
    },
    {
        drugs: ['aspirin'], when: { youngerThan: { value: 16, source: 'mhraAspirinChildren' } },
        advice: 'aspirin is not given to children and teenagers (Reye syndrome; the US label warns those recovering from chickenpox or flu-like symptoms; in the UK not under 16 years) except on a specialist\'s advice, as in Kawasaki disease', source: 'mhraAspirinChildren', alsoSources: ['labelAspirinOtc'], evidence: 'weak'
    },
    {
        drugs: NSAIDS, when: { condition: 'cirrhosis' },
        advice: 'NSAIDs should not be used in cirrhosis with ascites (sodium retention, hyponatraemia, acute kidney injury): avoid them in decompensated cirrhosis', source: 'easl2018Cirrhosis', stop: true
    },
    {
        drugs: ['methotrexate'], when: { condition: ['cirrhosis', 'liverDisease'] },
        advice: 'the labels differ: older US methotrexate labels contraindicate it in rheumatoid arthritis and psoriasis with alcoholism, alcoholic or other chronic liver disease, and the UK manufacturers with significantly impaired liver function, while the current US label (2020) warns of hepatotoxicity (fibrosis, cirrhosis) without listing liver disease as a contraindication; avoid it in cirrhosis unless a hepatologist and rheumatologist agree', source: 'labelMethotrexateOlder', alsoSources: ['labelMethotrexate', 'spsMethotrexateAlcohol'], stop: true
    },
    {
        drugs: ['colchicine'], when: { condition: ['cirrhosis', 'liverDisease'] },
        advice: 'colchicine is cleared by the liver: monitor closely in hepatic impairment, consider a lower dose when it is severe, and do not combine it with P-gp or strong CYP3A4 inhibitors', source: 'labelColchicine', evidence: 'weak', adjusts: true
    },
    {
        drugs: ['minocycline'], when: { condition: ['lupus', 'mixedConnectiveTissueDisease', 'rheumatoidArthritis'] },
        advice: 'minocycline can itself cause drug-induced lupus, autoimmune hepatitis and vasculitis: weigh it in autoimmune connective tissue disease, and stop it if new autoimmune features appear', source: 'elkayam1999', evidence: 'weak'
    },
    {
        drugs: ['minocycline'], when: { condition: ['cirrhosis', 'liverDisease'] },
        advice: 'minocycline can cause hepatotoxicity (including autoimmune hepatitis): use it with caution in liver disease and check liver tests', source: 'dailymedLabels', evidence: 'weak'
    },
    {
        drugs: ['apixaban'], when: { alsoGiven: ['warfarin'] },
        advice: 'apixaban with another anticoagulant raises the risk of serious bleeding (label: concomitant drugs affecting haemostasis): give one, and when switching from warfarin stop warfarin and start apixaban once the INR is below 2.0', source: 'labelApixaban'
    },
    {
        // Clinical review 14: the switch the label describes, warfarin stopped, still waits for the INR.
        drugs: ['apixaban'], when: { switchedFrom: ['warfarin'], inrFrom: { value: 2, source: 'labelApixaban' } },
        advice: 'when switching from warfarin the label starts apixaban only once the INR is below 2.0: check the INR before the first dose', source: 'labelApixaban'
    },
    {
        drugs: ['apixaban'], when: { alsoGiven: ['enoxaparin', 'heparin'] },
        advice: 'apixaban with a heparin raises the risk of serious bleeding (label: concomitant anticoagulants): give one, except in a planned switch', source: 'labelApixaban'
    },
    {
        // Clinical review 14: tumoral calcinosis' phosphaturic drug in kidney disease (G4-G5, the label's "marked" kidney disease).
        drugs: ['acetazolamide'], when: { gfrBelow: { value: 30, source: 'kdigo2012' } },
        advice: 'acetazolamide is contraindicated in marked kidney disease and in hyperchloraemic acidosis: lower the phosphate with diet and binders instead, with the kidney team', source: 'labelAcetazolamide', stop: true
    },
    {
        // Clinical review 14: interactions a pharmacist flags (tumoral calcinosis' probenecid; a transplant's tacrolimus with diltiazem).
        drugs: ['methotrexate'], when: { alsoGiven: ['probenecid'] },
        advice: 'probenecid reduces the renal tubular secretion of methotrexate, raising its levels and its toxicity: avoid the pair, or lower the methotrexate and monitor blood counts and renal function', source: 'labelMethotrexateInteractions'
    },
    {
        drugs: ['tacrolimus'], when: { alsoGiven: ['diltiazem'] },
        advice: 'diltiazem inhibits CYP3A4 and raises tacrolimus levels (nephrotoxicity, neurotoxicity): monitor the tacrolimus trough and adjust its dose when diltiazem is started, changed or stopped', source: 'smpcTacrolimusCyp3a4'
    },
    {
        // Clinical review 14: duplicated calcium and vitamin D therapy, as the bisphosphonates' below.
        drugs: ACTIVE_VITAMIN_D, when: { alsoGiven: ACTIVE_VITAMIN_D },
        advice: 'two active vitamin D sterols together are a duplicated therapy, their hypercalcaemia and hyperphosphataemia adding up: give one (the calcitriol injection\'s label: avoid concurrent vitamin D therapy)', source: 'labelCalcijex'
    },
    {
        drugs: CALCIUM_BINDERS, when: { alsoGiven: CALCIUM_BINDERS },
        advice: 'two calcium-based binders add their elemental calcium: KDOQI keeps the calcium from binders at most 1,500 mg a day, 2,000 mg with the diet, and prefers a calcium-free binder with soft-tissue calcification', source: 'kdoqiGuide5', alsoSources: ['kdoqiGuide6']
    },
    {
        drugs: BISPHOSPHONATES, when: { alsoGiven: BISPHOSPHONATES },
        advice: 'two bisphosphonates together are a duplicated therapy, their hypocalcaemia and renal toxicity adding up: give one (the zoledronic acid label: a patient treated with it is not to be treated with another bisphosphonate)', source: 'labelZometa', alsoSources: ['labelReclast'], evidence: 'weak'
    },
    {
        // Clinical review 15: ciclosporin, a P-gp inhibitor, with colchicine in impaired kidneys or liver is the label's contraindication.
        drugs: ['colchicine'], when: { allOf: [{ alsoGiven: ['ciclosporin'] }, { anyOf: [{ chronicKidneyDisease: DIALYSIS_OR_CKD_EGFR }, { condition: ['cirrhosis', 'liverDisease'] }] }] },
        advice: 'colchicine is contraindicated with P-gp or strong CYP3A4 inhibitors, ciclosporin among them, in renal or hepatic impairment: life-threatening and fatal colchicine toxicity has followed therapeutic doses; do not give the two together', source: 'labelColcrys', stop: true, severity: 'error'
    },
    {
        drugs: ['colchicine'], when: { allOf: [{ alsoGiven: ['ciclosporin'] }, { not: { anyOf: [{ chronicKidneyDisease: DIALYSIS_OR_CKD_EGFR }, { condition: ['cirrhosis', 'liverDisease'] }] } }] },
        advice: 'ciclosporin inhibits P-glycoprotein and raises colchicine levels: with normal kidney and liver function the label reduces or interrupts the colchicine dose; watch for toxicity (diarrhoea, myopathy, cytopenias)', source: 'labelColcrys', adjusts: true
    },
    {
        // Clinical review 11: diltiazem is the only CYP3A4 or P-gp inhibitor the knowledge base has; the label's table was read only as reproduced.
        drugs: ['colchicine'], when: { alsoGiven: ['diltiazem'] },
        advice: 'diltiazem inhibits CYP3A4 and P-glycoprotein and raises colchicine levels: the sources differ on how much that matters: the colchicine label counts it a moderate CYP3A4 inhibitor and lowers the colchicine dose with it (Terkeltaub 2011: 50-75% lower for prophylaxis with diltiazem), while a cardiology review counts it a mild one needing no adjustment with normal kidney and liver function; with impaired kidney or liver function lower the colchicine dose, and watch for diarrhoea, muscle weakness and neuropathy', source: 'labelColchicine', alsoSources: ['terkeltaub2011', 'ehj2021ColchicineTable'], evidence: 'weak', adjusts: true
    },
    {
        // Clinical review 11: two antiresorptives; the bisphosphonate duplicate above covers bisphosphonate with bisphosphonate only.
        drugs: ['denosumab'], when: { alsoGiven: BISPHOSPHONATES },
        advice: 'denosumab with a bisphosphonate gives two antiresorptives together, their hypocalcaemia adding up (worst with a creatinine clearance below 30 mL/min or on dialysis): give one unless a specialist decides otherwise (Xgeva is labelled for hypercalcaemia of malignancy refractory to a bisphosphonate, that is after one), and check the calcium often', source: 'labelXgeva', alsoSources: ['labelProlia'], evidence: 'weak', adjusts: true
    },
    {
        // Clinical review 13: two calcimimetics; the label's switch from cinacalcet leaves at least 7 days between them.
        drugs: ['etelcalcetide'], when: { alsoGiven: ['cinacalcet'] },
        advice: 'two calcimimetics together can cause severe, life-threatening hypocalcaemia: give one; to switch, stop cinacalcet at least 7 days before the first etelcalcetide dose, and start etelcalcetide only with a corrected calcium at or above the lower limit of normal', source: 'labelEtelcalcetideCinacalcet'
    },
    {
        drugs: ['enoxaparin'], when: { alsoGiven: ['heparin'] },
        advice: 'two heparins together raise the risk of serious bleeding: give one', source: 'labelEnoxaparin'
    },
    {
        drugs: ['methotrexate'], when: { condition: 'breastfeeding' },
        advice: 'the sources disagree: the label advises against breastfeeding on methotrexate, while the lactation database finds low weekly doses of low risk, with breastfeeding withheld for 24 hours after each dose', source: 'lactmedMethotrexate', alsoSources: ['labelMethotrexate']
    },
    // ── Every patient (boxed warnings) ─────────────────────────────────────────────────
    {
        // Caution review 6: rituximab given, with no word of its boxed warning.
        drugs: ['rituximab'], when: { everyPatient: true },
        advice: 'rituximab carries a boxed warning of hepatitis B virus reactivation (fulminant hepatitis, hepatic failure, death): screen every patient before the first dose (the label: HBsAg and anti-HBc), monitor during and after treatment, and stop it with a reactivation; with a positive screen decide monitoring or antiviral prophylaxis with a hepatitis B specialist', source: 'labelRituxan', alsoSources: ['labelRituxanHbvScreening']
    },
    // ── Age, frequency, weight ─────────────────────────────────────────────────────────
    {
        drugs: BISPHOSPHONATES, when: { youngerThan: { value: 18, source: 'labelPamidronate' } },
        advice: 'the safety and effectiveness of bisphosphonates in children are not established by their labels (cyclic pamidronate is reported in juvenile dermatomyositis): monitor calcium, phosphate and bone', source: 'labelPamidronate'
    },
    {
        drugs: ['cinacalcet'], when: { youngerThan: { value: 18, source: 'labelCinacalcet' } },
        advice: 'cinacalcet is not established in children by the US label, and a child died with severe hypocalcaemia in a paediatric trial; the EU label allows it from 3 years on dialysis at a lower start, at most 0.20 mg/kg once daily by dry weight, with close calcium monitoring: the adults\' 30 mg start is not a child\'s dose', source: 'labelCinacalcet', alsoSources: ['cinacalcetPaediatric']
    },
    {
        // Clinical review 11: management.md §3 lists this rule; the corrected calcium is the one judged where there is one.
        drugs: ['cinacalcet'], when: { calciumBelow: { value: 8.4, source: 'labelCinacalcet', note: 'Do not initiate below the lower limit of normal, 8.4 mg/dL; withhold below 7.5 mg/dL.' } },
        advice: 'the label: do not start cinacalcet with a serum calcium below the lower limit of normal (8.4 mg/dL), and withhold it if the calcium falls below 7.5 mg/dL: correct the calcium first, and check it often once cinacalcet is given', source: 'labelCinacalcet', adjusts: true
    },
    {
        drugs: ['sevelamer', 'lanthanum', 'calciumAcetate'], when: { youngerThan: { value: 18, source: 'drugsSevelamer' } },
        advice: 'phosphate binders are licensed for children only in part (lanthanum: not recommended below 18 years; sevelamer labels differ by country and age) and their use outside kidney disease is off-label: check the local label', source: 'drugsSevelamer'
    },
    {
        drugs: ['ceftriaxone'], when: { youngerThan: CEFTRIAXONE_NEONATE, intravenousCalcium: true },
        advice: 'ceftriaxone is contraindicated in neonates of 28 days and younger who receive or need intravenous calcium (fatal ceftriaxone-calcium precipitates in lungs and kidneys): do not give it; choose another antibiotic', source: 'labelCeftriaxone', stop: true, severity: 'error'
    },
    {
        drugs: ['ceftriaxone'], when: { youngerThan: CEFTRIAXONE_NEONATE, intravenousCalcium: false },
        advice: 'ceftriaxone is contraindicated in neonates of 28 days and younger who need intravenous calcium (fatal ceftriaxone-calcium precipitates in lungs and kidneys), and in hyperbilirubinaemic neonates', source: 'labelCeftriaxone'
    },
    {
        drugs: ['apixaban'], when: { creatinineClearanceBelow: { value: 15, source: 'smpcApixaban' } }, offDialysis: true,
        advice: 'the labels differ below a creatinine clearance of 15 mL/min off dialysis: the US label has no data there, the EU label does not recommend apixaban (and does not recommend it on dialysis, where the US label doses it)', source: 'smpcApixaban', alsoSources: ['labelApixaban']
    },
    {
        // Clinical review 11: the band above; the EU lower dose is for atrial fibrillation (DVT and PE: "use with caution").
        drugs: ['apixaban'], when: { creatinineClearanceBelow: { value: 30, source: 'smpcApixabanRenal' }, from: { value: 15, source: 'smpcApixabanRenal' }, withCondition: ['atrialFibrillation'] }, amountFrom: { value: 5, source: 'smpcApixabanRenal', note: 'The 5 mg dose; 2.5 mg is the lower dose both labels give.' },
        advice: 'the labels differ at a creatinine clearance of 15-29 mL/min in atrial fibrillation: the EU/UK SmPC gives the lower dose, 2.5 mg twice daily; the US label gives 2.5 mg twice daily only with two of age 80 years or more, weight 60 kg or less and serum creatinine 1.5 mg/dL or more, and otherwise 5 mg twice daily', source: 'smpcApixabanRenal', alsoSources: ['labelApixaban'], adjusts: true
    },
    {
        // Clinical review 10: with a mechanical valve a DOAC is harmful (the guidelines' class III, PROACT Xa), not merely unstudied; apixaban is the only DOAC the knowledge base has.
        drugs: ['apixaban'], when: { condition: 'mechanicalHeartValve' },
        advice: 'apixaban is not to be used with a mechanical heart valve: the label does not recommend it with a prosthetic valve, the valve guidelines grade direct oral anticoagulants there as harmful (ACC/AHA 2020 class 3: harm; ESC/EACTS 2021 class III), and PROACT Xa (On-X aortic valve) was stopped early for more valve thrombosis and thromboembolism on apixaban than on warfarin: do not give it; bridge with a heparin, and decide warfarin with cardiology', source: 'labelApixaban', alsoSources: ['otto2020Valve', 'vahanian2021Valve', 'wang2023ProactXa'], stop: true, severity: 'error'
    },
    {
        drugs: ['probenecid'], when: { youngerThan: { value: 2, source: 'labelProbenecid' } },
        advice: 'probenecid is contraindicated below 2 years of age', source: 'labelProbenecid'
    },
    {
        drugs: ['minocycline'], when: { youngerThan: { value: 8, source: 'dailymedLabels', evidence: 'weak' } },
        advice: 'tetracyclines below 8 years of age can stain the permanent teeth', source: 'dailymedLabels', evidence: 'weak'
    },
    {
        drugs: ['methotrexate'], when: { moreOftenThanWeekly: true, daily: false },
        advice: 'methotrexate for rheumatic disease is given once weekly: a daily schedule is a known, sometimes fatal, prescribing error', source: 'share2017'
    },
    {
        // Clinical review 9: daily methotrexate is the error the label's boxed warning and ISMP name.
        drugs: ['methotrexate'], when: { moreOftenThanWeekly: true, daily: true },
        advice: 'methotrexate for rheumatic disease, dermatomyositis and psoriasis is given once weekly: a daily schedule is a known, sometimes fatal, prescribing error (the label\'s boxed warning of medication errors; an ISMP high-alert medication)', source: 'labelMethotrexateErrors', alsoSources: ['ismpMethotrexate2018', 'share2017'], severity: 'error'
    },
    // Hydroxychloroquine above 5 mg/kg/day: its ceiling in drugs.ts says it at the dose, with the kidneys' part (one message for one concern, clinical review 11).
    // ── Clinical review 9 ──────────────────────────────────────────────────────────────
    {
        // Calcium acetate has its own label's contraindication above; carbonate is the supplement and the other calcium binder.
        drugs: ['calciumCarbonate'], when: { hypercalcaemia: true },
        advice: 'calcium carbonate is contraindicated in hypercalcaemia (its SmPCs): stop calcium supplements and calcium-based binders until the calcium is normal, and bind phosphate with a calcium-free binder where one is needed', source: 'smpcCalciumCarbonate', alsoSources: ['statpearlsHypercalcemia'], stop: true, severity: 'error'
    },
    {
        // Clinical review 11: the boxed warning's reasons (age, the kidneys) are one caution, each reason that holds said.
        drugs: ['ivig'], when: { anyOf: [
            { ageAbove: { value: 65, source: 'labelIvig', evidence: 'weak', note: 'Age over 65 among the predisposed to renal failure, as recalled; advanced age among the thrombosis risk factors, as read.' } },
            { gfrBelow: { value: 60, source: 'kdigo2012', note: 'Renal insufficiency of any degree: a GFR below 60 mL/min/1.73 m² (CKD G3a-G5), the creatinine clearance where no eGFR is recorded.' } },
        ] },
        advice: 'intravenous immunoglobulin carries a boxed warning of thrombosis (advanced age a risk factor) and of renal dysfunction, acute renal failure and osmotic nephrosis in predisposed patients (age over 65 and any pre-existing renal insufficiency among them): hydrate before it, give it at the lowest dose and infusion rate practicable, prefer a sucrose-free product, and check renal function', source: 'labelIvig', evidence: 'weak'
    },
    {
        // No Child-Pugh grade is recorded: the caution names both labels' grades. Chronic liver disease is hepatic
        // impairment of some grade too (clinical review 18: alcoholic liver disease drew no caution).
        drugs: ['apixaban'], when: { condition: ['cirrhosis', 'liverDisease'] },
        advice: 'the labels differ: the EU label contraindicates apixaban in hepatic disease with coagulopathy and a clinically relevant bleeding risk; the EU label also advises caution, with no dose adjustment, in mild or moderate impairment (Child-Pugh A or B) and does not recommend it in severe; the US label needs no adjustment in mild impairment (Child-Pugh A), gives no dosing recommendation in moderate (Child-Pugh B) and does not recommend it in severe (Child-Pugh C): grade the liver disease (Child-Pugh) and check the coagulation before giving it', source: 'smpcApixabanHepatic', alsoSources: ['smpcApixabanRenal', 'labelApixaban'], adjusts: true
    },
    {
        drugs: NSAIDS, when: { alsoGiven: ['tacrolimus'] },
        advice: 'an NSAID with a calcineurin inhibitor adds to its nephrotoxicity: avoid the combination where another analgesic will do, or keep it short and check renal function and the tacrolimus level', source: 'labelTacrolimusNephrotoxicity', evidence: 'weak'
    },
];
