/**
 * Single numbers the rules compare facts against, each with its source. Every leaf is a
 * Sourced<number> (the `satisfies` below checks it), so a rule can always cite what it used.
 */
import type { Sourced } from './types.js';

/** A tree whose every leaf is a sourced number. */
export interface ThresholdTree {
    [key: string]: Sourced<number> | ThresholdTree;
}

export const Thresholds = {
    /** Ca × P above which calcium phosphate precipitates without tissue damage (metastatic). */
    calciumPhosphateProduct: {
        value: 70, source: 'medscapeCalcinosisCutis',
        note: 'mg²/dL² (calcium and phosphate both in mg/dL). The seed writes "exceeds 70 mg/dl": the unit should be mg²/dL². Le & Bedocs (StatPearls) give 70 with no unit.',
    },
    /** The same threshold with both values in mmol/L. */
    calciumPhosphateProductSi: {
        value: 5.64, source: 'engineering',
        note: 'Our arithmetic: 70 × 0.2495 × 0.3229 = 5.64 mmol²/L².',
    },
    /** KDOQI targets for Ca × P in chronic kidney disease (mg²/dL²), CKD stages 3 to 5, on dialysis or not. */
    productTargets: {
        adult: { value: 55, source: 'kdoqi2003', note: 'Guideline 6.5 (EVIDENCE): keep Ca × P below 55 mg²/dL² in CKD stages 3 to 5 (adults).' },
        fromEgfrBelow: { value: 60, source: 'kdoqi2003', note: 'CKD stage 3 starts below a GFR of 60 mL/min/1.73 m² (KDOQI 2003 guideline 6 applies 6.5 to stages 3 to 5; KDIGO 2012 G3a-G5); paediatric guideline 7.5 likewise to stages 3 to 5.' },
        adolescent: { value: 55, source: 'kdoqiPaediatric2005', note: 'Guideline 7.5: below 55 mg²/dL² in adolescents over 12 years.' },
        youngChild: { value: 65, source: 'kdoqiPaediatric2005', note: 'Guideline 7.5: below 65 mg²/dL² in children of 12 years and under.' },
        adolescentFromYears: { value: 12, source: 'kdoqiPaediatric2005', note: 'Age in years from which the adolescent target applies.' },
    },
    /** KDIGO's intact PTH target in CKD G5D, as multiples of the assay's upper limit of normal. */
    pthTargetKidneyFailure: {
        lowTimesUpperLimit: { value: 2, source: 'pth2009Table', note: 'KDIGO 2009 recommendation 4.2.1 (retained in 2017): about 2 to 9 times the upper limit in CKD G5D; applied here to CKD G5 as well.' },
        highTimesUpperLimit: { value: 9, source: 'pth2009Table' },
    },
    /** The warfarin label's INR range for most indications; some mechanical heart valves are held to 2.5-3.5. */
    inrTargetOnWarfarin: {
        low: { value: 2.0, source: 'labelWarfarinInr', evidence: 'weak', note: 'Venous thromboembolism, atrial fibrillation, bioprosthetic and aortic bileaflet valves: 2.0-3.0 (target 2.5).' },
        high: { value: 3.0, source: 'labelWarfarinInr', evidence: 'weak' },
    },
    /** With a mechanical heart valve recorded (its position not structured): the label's range for a mitral one (clinical review 14). */
    inrTargetMechanicalValve: {
        low: { value: 2.5, source: 'labelWarfarinInr', evidence: 'weak', note: 'Tilting disk and bileaflet valves in the mitral position, caged ball and caged disk valves: 2.5-3.5 (target 3.0); a bileaflet aortic valve is 2.0-3.0.' },
        high: { value: 3.5, source: 'labelWarfarinInr', evidence: 'weak' },
    },
    /** Albumin-corrected calcium = Ca + coefficient × (referenceAlbumin − albumin). */
    albuminCorrection: {
        coefficient: { value: 0.8, source: 'statpearlsHypocalcemia', note: 'mg/dL of calcium per g/dL of albumin; also the K/DOQI 2003 formula.' },
        referenceAlbumin: { value: 4.0, source: 'statpearlsHypocalcemia', note: 'g/dL.' },
        coefficientSi: { value: 0.02, source: 'statpearlsHypocalcemia', note: 'mmol/L of calcium per g/L of albumin.' },
        referenceAlbuminSi: { value: 40, source: 'statpearlsHypocalcemia', note: 'g/L.' },
    },
    /** Severity of hypercalcaemia, lower bounds in mg/dL (albumin-corrected). */
    hypercalcaemia: {
        mildFrom: { value: 10.5, source: 'statpearlsHypercalcemia', note: 'Mild 10.5-11.9 mg/dL.' },
        moderateFrom: { value: 12.0, source: 'statpearlsHypercalcemia', note: 'Moderate 12.0-13.9 mg/dL.' },
        crisisFrom: { value: 14.0, source: 'statpearlsHypercalcemia', note: 'Crisis above 14 mg/dL.' },
    },
    /** A low (corrected) calcium the Society for Endocrinology calls severe: intravenous calcium, an emergency where symptomatic. */
    hypocalcaemia: {
        severeBelow: { value: 7.6, source: 'turner2016Hypocalcaemia', note: 'Adjusted calcium below 1.9 mmol/L (7.6 mg/dL), or symptoms (tetany, seizures, arrhythmia) at any level: intravenous calcium gluconate.' },
        /** In a child past the neonatal band (the Society for Endocrinology's band is for adults). */
        childSevereBelow: { value: 7.2, source: 'starshipHypocalcaemia', note: 'Total calcium below 1.8 mmol/L (7.2 mg/dL): moderate to severe in a child; below 1.6 mmol/L with seizures, severely symptomatic (intravenous calcium first). Neonates are not covered here.' },
    },
    /** KDOQI 2003: aluminium binders only above this phosphate (mg/dL), for at most 4 weeks, once. */
    aluminiumBinderPhosphateAbove: { value: 7.0, source: 'kdoqi2003', note: 'mg/dL; a short course of an aluminium-based binder, then another binder.' },
    /** KDOQI paediatric 2005, 6.7: aluminium binders only in adolescents, older than this (years); a younger child gets none. */
    aluminiumBinderAdolescentAboveYears: { value: 12, source: 'kdoqiPaediatricGuide6', note: 'Guideline 6.7 allows a short course in adolescent patients and defines no age; the same guideline counts adolescents as over 12 years (7.5: Ca × P below 55 mg²/dL² in adolescents over 12 years, below 65 in younger children).' },
    /** KDIGO GFR categories: lower bound of each, mL/min/1.73 m². */
    gfrCategories: {
        g1From: { value: 90, source: 'kdigo2012' },
        g2From: { value: 60, source: 'kdigo2012' },
        g3aFrom: { value: 45, source: 'kdigo2012' },
        g3bFrom: { value: 30, source: 'kdigo2012' },
        g4From: { value: 15, source: 'kdigo2012', note: 'Below 15 is G5, kidney failure.' },
    },
    /** Cockcroft-Gault creatinine clearance (mL/min) from age (years), weight (kg) and creatinine (mg/dL). */
    cockcroftGault: {
        ageFrom: { value: 140, source: 'cockcroftGault1976', note: 'CrCl = (140 − age) × weight / (72 × serum creatinine).' },
        divisor: { value: 72, source: 'cockcroftGault1976', note: 'With creatinine in mg/dL.' },
        femaleFactor: { value: 0.85, source: 'cockcroftGault1976', note: 'Women: 15% lower.' },
    },
    /** CKD means abnormal kidney structure or function for more than this many months. */
    ckdMinimumMonths: { value: 3, source: 'kdigo2012' },
    /** Age bands (years). */
    neonateUpToYears: { value: 10 / 365, source: 'medpageCalcium', note: 'The neonate calcium band is 0 to 10 days.' },
    infantUpToYears: { value: 1, source: 'engineering', note: 'Our choice: the expectant course of extravasation calcinosis is reported in neonates and young infants (Song 2019; PMID 37545297); older patients are not covered by those series.' },
    adultFromYears: { value: 18, source: 'medpageCalcium', note: 'The last paediatric calcium band ends at 18 years.' },
    /** Unit slips: ranges that point to the other usual unit (design/clinical-facts.md). */
    unitSlip: {
        calciumMgDlLooksMmolLow: { value: 1.5, source: 'engineering', note: 'Our choice: a calcium of 1.5-3.5 written in mg/dL is almost surely mmol/L.' },
        calciumMgDlLooksMmolHigh: { value: 3.5, source: 'engineering', note: 'Our choice: upper end of that range.' },
        phosphateAmbiguousLow: { value: 0.8, source: 'engineering', note: 'Our choice: a phosphate of 0.8-1.5 is normal in mmol/L and critically low in mg/dL; say so rather than guess.' },
        phosphateAmbiguousHigh: { value: 1.5, source: 'engineering', note: 'Our choice: upper end of that range.' },
        acrossPanelsSameNumberWithin: { value: 0.1, source: 'engineering', note: 'Our choice: the same analyte in two panels, written in its two usual units, with numbers within 10% of each other (PTH 95 pg/mL, then 96 pmol/L; 18 pg/mL, then 19 pmol/L) reads as a jump by the factor between the units: a unit mis-written, more likely than a true change of that very size. 5% missed the small numbers of a suppressed PTH, where one unit is 5.6%.' },
        acrossPanelsFactorAtLeast: { value: 2, source: 'engineering', note: 'Our choice: only units at least twice apart (PTH 9.4, calcium 4, phosphate 3.1, creatinine 88): nearer units make a near-equal number in both a plausible change.' },
    },
    /** A solution's percent strength, weight in volume (g per 100 mL), in mg/mL: 25% sodium thiosulfate is 250 mg/mL. */
    percentWeightInVolumeMgPerMl: { value: 10, source: 'percentWeightInVolume', note: '1% w/v is 1 g per 100 mL, 10 mg/mL; a written % is read so only against a regimen in mass per volume.' },
    /** A decimal-point slip (125 g for 12.5 g): the factor a dose outside every regimen is read again by (doses.ts). */
    decimalSlipFactor: { value: 10, source: 'engineering', note: 'Our arithmetic: a misplaced decimal point multiplies or divides the dose by ten; suggested only where the dose so read fits a reported regimen, and the dose as written is more than the square root of the factor (about 3 times) beyond that regimen, nearer on a log scale to the slip than to the regimen.' },
    /** Outcome of surgery in connective tissue disease (counts, for hovers). */
    excisionOutcome: {
        patients: { value: 28, source: 'balin2012', note: 'Patients with excision of one or more lesions.' },
        completeResponse: { value: 22, source: 'balin2012', note: '5 partial responses, 1 no response.' },
    },
} satisfies ThresholdTree;

/**
 * The units `Thresholds.calciumPhosphateProduct` is stated in: calcium and phosphate both in
 * mg/dL (UCUM, to convert the factors), the product in mg²/dL² (as written for readers).
 */
export const ProductUnits = { factorUcum: 'mg/dL', productText: 'mg²/dL²' } as const;

/**
 * The metastatic threshold is an adult's: a child's phosphate interval runs higher (an infant's
 * up to the top of the analyte's reference above), so two values normal for age can multiply past it.
 */
export const ProductForAge: Sourced<string> = {
    value: 'the metastatic threshold is not applied to a child whose calcium and phosphate are both within the intervals for age: a child\'s phosphate runs higher than an adult\'s',
    source: 'engineering', evidence: 'weak',
    note: 'Our reading (clinical review 18): Medscape and StatPearls state the threshold with no age; the intervals used here (calcium to 11.0 mg/dL, MedPage; phosphate to 9.3 mg/dL in infancy) multiply to 102 mg²/dL².',
};

/**
 * Where the sources disagree on the Ca × P product in kidney failure: KDOQI 2003 set a target
 * (Thresholds.productTargets); KDIGO 2009, kept in 2017, advises against the product and judges
 * calcium and phosphate each on its own. Both are said where the product is reported.
 */
export const ProductDisagreement: Sourced<string> = {
    value: 'KDIGO 2009 and 2017 advise against using the Ca × P product: judge calcium and phosphate each on its own',
    source: 'kdigo2009', evidence: 'weak',
    note: 'KDIGO 2009 chapter 4.1 (the product adds nothing to its two factors); the 2017 update bases treatment on serial calcium, phosphate and PTH considered together. Read in secondary accounts.',
};

/**
 * Where a calcium is high only once corrected for albumin, in kidney disease: KDIGO 2017 does not
 * correct it (the formulas misclassify in CKD), so a cause to stop a drug rests on an uncertain
 * figure; KDOQI 2003 corrected it. Said beside the caution, which stays as the labels give it.
 */
export const CorrectionInCkd: Sourced<string> = {
    value: 'in kidney disease KDIGO 2017 does not correct calcium for albumin (KDOQI 2003 did): confirm with an ionised calcium',
    source: 'kdigo2017', evidence: 'weak',
    note: 'KDIGO 2017 chapter 3.1 rationale as recalled: albumin-corrected calcium gives no better, and may give worse, estimates of ionised calcium than total calcium in CKD.',
};

/** What a lab message advises beside its figures. */
export const LabAdvice = {
    /** A critical value is acted on: confirmed, not set aside (labs.ts, the summary's flag). */
    criticalConfirm: { value: 'confirm it with the laboratory', source: 'criticalValueLists' },
    /** Below Thresholds.hypocalcaemia.severeBelow in an adult. */
    severeHypocalcaemia: { value: 'intravenous calcium, an emergency where symptomatic', source: 'turner2016Hypocalcaemia' },
    /** Below Thresholds.hypocalcaemia.childSevereBelow in a child. */
    severeHypocalcaemiaChild: { value: 'discuss with and admit under paediatric endocrinology; intravenous calcium first where severely symptomatic, as with seizures', source: 'starshipHypocalcaemia' },
    /** What the INR of a patient on warfarin is held to (Thresholds.inrTargetOnWarfarin): the target's name in messages. */
    inrTargetOnWarfarin: { value: 'warfarin target for most indications', source: 'labelWarfarinInr', evidence: 'weak' },
    /** Said with it: where the label's target is higher. */
    inrTargetHigherWith: { value: 'the label gives 2.5–3.5 with mechanical heart valves in the mitral position and caged ball or caged disk valves', source: 'labelWarfarinInr', evidence: 'weak' },
    /** With a mechanical valve recorded: the target's name, and where the label's target is lower. */
    inrTargetMechanicalValve: { value: 'warfarin target with a mechanical heart valve (mitral position; caged ball or caged disk)', source: 'labelWarfarinInr', evidence: 'weak' },
    inrTargetLowerWith: { value: 'the label holds a bileaflet mechanical valve in the aortic position to 2.0–3.0 (the valve\'s position is not read from its note)', source: 'labelWarfarinInr', evidence: 'weak' },
} as const satisfies Record<string, Sourced<string>>;

/** The drugs whose patients' INR is held to Thresholds.inrTargetOnWarfarin (labs.ts). */
export const InrTargetDrugs: readonly string[] = ['warfarin'];
/** The conditions whose patients' INR is held to Thresholds.inrTargetMechanicalValve instead (labs.ts). */
export const InrHigherTargetConditions: readonly string[] = ['mechanicalHeartValve'];
