/**
 * The patient's kidney function, read once per case from the facts: dialysis, the eGFR
 * and its KDIGO category, and the creatinine clearance by Cockcroft-Gault (what drug
 * labels dose by). Targets for kidney failure and drug cautions read this, never the labs.
 */
import { AcuteKidneyInjuryCalciphylaxis, DialysisModalityByTerm, Thresholds, type DialysisModality } from '../knowledge/index.js';
import type { CaseFacts, Span } from '../facts/case-facts.js';
import type { LabEvidence } from './labs.js';

export type GfrCategory = 'G1' | 'G2' | 'G3a' | 'G3b' | 'G4' | 'G5';

export interface KidneyFunction {
    /** Where dialysis is recorded (a condition that is, or is an alias of, `dialysis`). */
    dialysis?: Span;
    /** The modality, where the term written names one (`haemodialysis`, `peritonealDialysis`). */
    dialysisModality?: DialysisModality;
    /** Where chronic kidney disease is recorded as a condition. */
    ckd?: Span;
    /**
     * Where acute kidney injury is recorded, with neither chronic kidney disease nor dialysis: the
     * eGFR is the function of the moment, not a CKD stage (knowledge AcuteKidneyStaging), so it
     * makes neither kidney failure nor the CKD 3-5 targets' population. The drug cautions still
     * read its value: a low GFR is low, acute or not.
     */
    acuteOnly?: Span;
    /** eGFR in mL/min/1.73 m², from a usable lab. */
    egfr?: { value: number; at: Span };
    category?: GfrCategory;
    /** Cockcroft-Gault creatinine clearance in mL/min (adults with age, weight, sex and creatinine). */
    creatinineClearance?: { value: number; at: Span[] };
    /** On dialysis or in GFR category G5: the population of the CKD 5 / 5D targets. */
    kidneyFailure: boolean;
    /** Chronic kidney disease recorded with neither dialysis nor an eGFR: whether the kidneys have failed is not known. */
    stageUnknown: boolean;
}

export function kidneyFunction(facts: CaseFacts, labs: Pick<LabEvidence, 'byAnalyte'>): KidneyFunction {
    const kidney: KidneyFunction = { kidneyFailure: false, stageUnknown: false };
    for (const { term, condition } of facts.conditions) {
        if (condition?.term === 'dialysis') {
            kidney.dialysis ??= term.at;
            kidney.dialysisModality ??= DialysisModalityByTerm[term.term.toLowerCase()];
        }
        if (condition?.term === 'chronicKidneyDisease') kidney.ckd ??= term.at;
        if (condition && AcuteKidneyInjuryCalciphylaxis.conditions.value.includes(condition.term)) kidney.acuteOnly ??= term.at;
    }
    if (kidney.ckd || kidney.dialysis) kidney.acuteOnly = undefined;
    const egfr = labs.byAnalyte.egfr;
    if (egfr?.usable && egfr.canonical !== undefined) {
        kidney.egfr = { value: egfr.canonical, at: egfr.fact.quantity.at };
        kidney.category = gfrCategory(egfr.canonical);
    }
    kidney.creatinineClearance = cockcroftGault(facts, labs);
    kidney.kidneyFailure = kidney.dialysis !== undefined || (kidney.category === 'G5' && !kidney.acuteOnly);
    kidney.stageUnknown = kidney.ckd !== undefined && !kidney.kidneyFailure && kidney.category === undefined;
    return kidney;
}

/**
 * Chronic kidney disease as the plan, the Ca × P target and the cautions read it, decided here
 * once: kidney failure (dialysis or G5), an eGFR in G3a to G4, or CKD recorded with no eGFR to
 * stage it; not an eGFR read in acute kidney injury alone (acuteOnly). KDOQI 2003 (guideline 6) and KDIGO 2017 (chapter 4) address stages 3 to 5: CKD
 * recorded with an eGFR of 60 or more (G1-G2) is outside them.
 */
export function kidneyDisease(kidney: KidneyFunction): boolean {
    if (kidney.kidneyFailure) return true;
    if (kidney.acuteOnly) return false;
    // Stages 3 to 5, the mineral targets' population, start below Thresholds.productTargets.fromEgfrBelow.
    if (kidney.egfr) return kidney.egfr.value < Thresholds.productTargets.fromEgfrBelow.value;
    return kidney.ckd !== undefined;
}

/** The eGFR's category as the cautions show it beside the value, or that it is not one (acute kidney injury). */
export function categoryShown(kidney: KidneyFunction): string | undefined {
    return kidney.acuteOnly ? 'in acute kidney injury' : kidney.category;
}

export function gfrCategory(egfr: number): GfrCategory {
    const c = Thresholds.gfrCategories;
    if (egfr >= c.g1From.value) return 'G1';
    if (egfr >= c.g2From.value) return 'G2';
    if (egfr >= c.g3aFrom.value) return 'G3a';
    if (egfr >= c.g3bFrom.value) return 'G3b';
    if (egfr >= c.g4From.value) return 'G4';
    return 'G5';
}

/** CrCl = (140 − age) × weight / (72 × creatinine), × 0.85 for women; adults only. */
function cockcroftGault(facts: CaseFacts, labs: Pick<LabEvidence, 'byAnalyte'>): KidneyFunction['creatinineClearance'] {
    const cg = Thresholds.cockcroftGault;
    const { ageYears, weightKg, sex } = facts.patient;
    const creatinine = labs.byAnalyte.creatinine;
    if (!creatinine?.usable || creatinine.canonical === undefined || creatinine.canonical <= 0) return undefined;
    if (ageYears === undefined || ageYears < Thresholds.adultFromYears.value || weightKg === undefined) return undefined;
    if (sex !== 'female' && sex !== 'male') return undefined;
    const clearance = (cg.ageFrom.value - ageYears) * weightKg / (cg.divisor.value * creatinine.canonical)
        * (sex === 'female' ? cg.femaleFactor.value : 1);
    return { value: Math.max(0, clearance), at: [creatinine.fact.quantity.at] };
}
