/**
 * Management by type, in the order a clinician acts (design/management.md §1): the words
 * and evidence of each step, and the drugs, procedures and exposures it names by term.
 * clinical/management.ts decides which steps apply to a case and why; the summary and
 * the hover present them. A step names drugs and procedures by their knowledge-base
 * term; a term not (yet) in the catalogue is shown without its regimen.
 */
import type { SourceId } from './sources.js';
import type { CalcinosisType, Sourced } from './types.js';
import { AcuteKidneyInjuryCalciphylaxis, OssificationDifferential, TransplantCalciphylaxis } from './classification.js';
import { Conditions } from './conditions.js';

export type StepKey =
    | 'calciphylaxisWoundsPain' | 'calciphylaxisTriggers' | 'calciphylaxisMineral' | 'calciphylaxisThiosulfate'
    | 'calciphylaxisCause' | 'calciphylaxisAdjuncts' | 'calciphylaxisSurgery'
    | 'metastaticCause' | 'metastaticLevels' | 'metastaticSurgery'
    | 'iatrogenicSource' | 'iatrogenicExpectant' | 'heelStickExpectant' | 'iatrogenicNecrosis'
    | 'dystrophicUnderlying' | 'dystrophicExcision' | 'dystrophicMedical' | 'dystrophicPhysical'
    | 'idiopathicExcision' | 'tumoralPhosphate' | 'idiopathicExpectant'
    | 'hypercalcaemicCrisis'
    | 'ossificationDifferential'
    | 'auricularCauses'
    | 'classifyFirst';

export interface ManagementStep {
    key: StepKey;
    title: string;
    /** What to do, each with its source. */
    advice: Sourced<string>[];
    /** Advice that applies only when a term is recorded: a condition, an exposure or the declared subtype. */
    adviceWith?: Record<string, Sourced<string>[]>;
    /** What not to do, each with its source. */
    against?: Sourced<string>[];
    /** Drugs the step uses, by term (knowledge/drugs.ts). */
    drugs?: readonly string[];
    /** Drugs the step adds when a term (condition, exposure, subtype) is recorded. */
    drugsWith?: Record<string, readonly string[]>;
    /** Drugs the step no longer fits when a term is recorded (apixaban with a mechanical heart valve). */
    drugsNotWith?: Record<string, readonly string[]>;
    /** What the step adds in a state of the case (kidney failure, the dialysis modality, the age…): each applies when all its `when` hold. */
    variants?: readonly SituationalVariant[];
    /** Procedures the step uses, by term (knowledge/vocabulary.ts Procedures). */
    procedures?: readonly string[];
    /** Exposures and drugs the step stops, by term. */
    stops?: readonly string[];
    /** Advice that depends on the measured PTH (against the KDIGO target on dialysis, else the reference). */
    byPth?: Record<PthState, StepVariant>;
    /** The same without kidney failure, where the dialysis targets and calcimimetic indication do not apply; a state absent here falls back to `byPth`. */
    byPthWithoutKidneyFailure?: Partial<Record<PthState, StepVariant>>;
    /** The same after a kidney transplant (without kidney failure), which the sources do not count as non-uraemic; a state absent here falls back to `byPthWithoutKidneyFailure`. */
    byPthAfterTransplant?: Partial<Record<PthState, StepVariant>>;
    /** PTH raised after a kidney transplant with a raised calcium or a recorded tertiary hyperparathyroidism: cinacalcet's off-dialysis limitation is of secondary HPT, not said here. */
    byPthAfterTransplantHypercalcaemic?: StepVariant;
    /** PTH raised in kidney failure with the calcium low: what replaces `byPth.above`, as a calcimimetic is not started then. */
    byPthAboveCalciumLow?: StepVariant;
    /** The same in chronic kidney disease short of kidney failure, with neither primary hyperparathyroidism recorded nor a raised calcium: the PTH of CKD; a state absent here falls back to `byPthWithoutKidneyFailure`. */
    byPthInKidneyDisease?: Partial<Record<PthState, StepVariant>>;
}

/**
 * The states of a case a step's wording depends on; clinical/management.ts decides each
 * from the facts (kidney failure: dialysis or GFR category G5; the modality as written;
 * a raised phosphate; the age against Thresholds.infantUpToYears; a calcium infusion given;
 * the judged calcium high or low and the measured phosphate high; dialysis recorded).
 */
export type PlanSituation =
    | 'kidneyFailure' | 'phosphateRaised'
    | 'haemodialysis' | 'peritonealDialysis' | 'dialysisModalityUnknown'
    | 'notPastInfancy' | 'pastInfancy'
    /** Under 18 years (Thresholds.adultFromYears), or not: an unknown age is not taken for a child's. */
    | 'child' | 'notChild'
    /** A child older than Thresholds.aluminiumBinderAdolescentAboveYears (KDOQI paediatric 6.7's adolescent), or one at most that old. */
    | 'adolescent' | 'youngChild'
    /** Hypervitaminosis D recorded, or vitamin D given with a raised calcium or 25-hydroxyvitamin D (knowledge VitaminDExcess). */
    | 'vitaminDExcess'
    | 'calciumInfusion'
    | 'calciumRaised' | 'calciumLow' | 'phosphateHigh' | 'onDialysis' | 'notOnDialysis'
    /** The measured phosphate above KDOQI's limit for a short course of aluminium binder (Thresholds.aluminiumBinderPhosphateAbove). */
    | 'phosphateAboveAluminiumLimit'
    /** CKD G4-G5 by the eGFR, or CKD recorded with no eGFR to stage it (it may be). */
    | 'ckdG4G5OrUnstaged'
    /** Chronic kidney disease of stage 3 to 5 (kidney.ts kidneyDisease), or not known to be there. */
    | 'kidneyDisease' | 'noKidneyDisease'
    /** GFR category G4 or G5, or on dialysis: the labels' severe-hypocalcaemia band for denosumab. */
    | 'gfrBelow30'
    /** A necrotic or ulcerated lesion at a site of PenileCalciphylaxis.sites (penile gangrene). */
    | 'penileNecrosis'
    /** No usable 1,25-dihydroxyvitamin D (calcitriol) recorded. */
    | 'calcitriolUnmeasured';

export interface SituationalVariant extends StepVariant {
    when: readonly PlanSituation[];
    /** Where given, the variant applies only if one of these terms (condition, exposure, subtype) is recorded too. */
    recorded?: readonly string[];
    /** Where given, the variant does not apply if one of these terms is recorded (apixaban's series with a mechanical valve). */
    notRecorded?: readonly string[];
}

/** The measured PTH as the plan reads it. */
export type PthState = 'above' | 'within' | 'below' | 'normal' | 'unmeasured';

/** What a step adds for one state of the case: its own title, advice, drugs and procedures. */
export interface StepVariant {
    title?: string;
    advice: Sourced<string>[];
    against?: Sourced<string>[];
    drugs?: readonly string[];
    procedures?: readonly string[];
}

/** A raised calcium on haemodialysis (or dialysis of no modality recorded): KDOQI's low dialysate calcium for a few weeks. */
const LOW_DIALYSATE_HAEMODIALYSIS: Sourced<string> = { value: 'With the calcium still raised once calcium-based binders and active vitamin D are stopped, dialyse against a low-calcium dialysate (1.5 to 2.0 mEq/L) for 3 to 4 weeks.', source: 'kdoqiGuide6', note: 'KDOQI 2003 guideline 6.3 (a corrected calcium above 10.2 mg/dL): reduce or switch calcium-based binders, reduce or stop active vitamin D, then a low dialysate calcium for 3-4 weeks if it persists.' };
/**
 * On peritoneal dialysis (clinical review 18: the 1.5-2.0 mEq/L bath was advised for a PD patient): the sources
 * differ. KDOQI 2003 gives 2.5 mEq/L for both modalities and a lower one to remove calcium; a CAPD review
 * advises against solutions below 1.25 mmol/L. Both are said.
 */
const LOW_DIALYSATE_PERITONEAL: Sourced<string>[] = [
    { value: 'On peritoneal dialysis, KDOQI gives 2.5 mEq/L (1.25 mmol/L) as the dialysate calcium of both modalities, and a lower one where calcium is to be removed.', source: 'kdoqiGuide9', note: 'Guideline 9.1 (opinion) and its background: "When there is a need to remove calcium from the patient, a lower dialysate level will be appropriate."' },
    { value: 'A review of CAPD advises against peritoneal dialysis solutions below 1.25 mmol/L (2.5 mEq/L): with the PTH raised they risked worsening hyperparathyroidism; with the calcium raised and the PTH suppressed, 1.25 or 1.35 mmol/L with vitamin D stopped and less calcium carbonate.', source: 'bro1997', note: 'Abstract read. The 1.5-2.0 mEq/L of KDOQI 6.3 is below this review\'s floor, so it is not carried over to peritoneal dialysis (our choice).' },
];
/** Vitamin D excess on haemodialysis or dialysis of no modality recorded (clinical review 14): not fluid, no bisphosphonate. */
const VITAMIN_D_EXCESS_ON_HAEMODIALYSIS: Sourced<string> = { value: 'On dialysis, fluid is not given to lower the calcium: a low dialysate calcium (1.5-2.0 mEq/L) for 3-4 weeks is the guideline\'s measure, and bisphosphonates are not recommended in severe renal impairment.', source: 'kdoqiGuide6', note: 'KDOQI 2003 6.3c; the bisphosphonate labels\' renal caution (drug cautions).' };
/** The haemodialysis regimen of sodium thiosulfate, said where the modality is haemodialysis or not recorded. */
const THIOSULFATE_HAEMODIALYSIS: Sourced<string> = { value: 'On haemodialysis: 25 g intravenously in the last 30 to 60 minutes of each session.', source: 'nigwekar2018' };
/** The phosphate of kidney disease (KDOQI), with CKD recorded or kidney failure by the eGFR; dialysis adds its own. */
const CKD_PHOSPHATE: Sourced<string> = { value: 'In chronic kidney disease with a raised phosphate: restrict dietary phosphate and use a calcium-free binder.', source: 'kdoqi2003' };
/** Said only with the phosphate above KDOQI's limit for it (Thresholds.aluminiumBinderPhosphateAbove). */
const ALUMINIUM_BINDER: Sourced<string> = { value: 'Aluminium binders for at most 4 weeks, once, and only while phosphate is above 7.0 mg/dL.', source: 'kdoqi2003' };
/** The same for an adolescent (KDOQI paediatric 6.7); a younger child is given none. */
const ALUMINIUM_BINDER_ADOLESCENT: Sourced<string> = { value: 'In an adolescent, aluminium binders for one short course of up to 4-6 weeks, and only while phosphate is above 7.0 mg/dL.', source: 'kdoqiPaediatricGuide6' };
const NO_ALUMINIUM_YOUNG_CHILD: Sourced<string> = { value: 'No aluminium binders at this age: the paediatric guideline allows them only in adolescents (over 12 years, as it counts them).', source: 'kdoqiPaediatricGuide6' };
const DIALYSIS_PHOSPHATE: Sourced<string> = { value: 'On dialysis, adequate dialysis also removes phosphate.', source: 'kdoqi2003' };
const CKD_BINDERS = ['sevelamer', 'lanthanum'] as const;
/** The PTH resistance of pseudohypoparathyroidism, treated whatever the lesion is made of (calcium salt or bone). */
const PSEUDOHYPOPARATHYROIDISM_TREATMENT: Sourced<string> = { value: 'Pseudohypoparathyroidism: the raised PTH is resistance to it, not an overactive gland: treat with active vitamin D (calcitriol) and calcium, monitoring calcium, phosphate, PTH and urinary calcium; parathyroidectomy has no place.', source: 'mantovani2018', evidence: 'weak', note: 'The consensus abstract read; its treatment recommendations (active vitamin D and calcium for PTH resistance) as recalled.' };
const CINACALCET_PRIMARY: Sourced<string> = { value: 'Cinacalcet lowers calcium in primary hyperparathyroidism only where parathyroidectomy is indicated but cannot be done.', source: 'labelCinacalcet' };
/** Said where chronic kidney disease is the setting, not in non-uraemic calciphylaxis with normal kidneys (clinical review 14). */
const CINACALCET_OFF_DIALYSIS: Sourced<string> = { value: 'Cinacalcet lowers calcium in primary hyperparathyroidism only where parathyroidectomy is indicated but cannot be done; it is not indicated in chronic kidney disease not on dialysis.', source: 'labelCinacalcet' };
const STOP_INFUSION: Sourced<string> = { value: 'Stop or re-site the calcium infusion.', source: 'rumancik2020', evidence: 'weak', note: 'design/management.md §1.3 [M].' };

/**
 * Penile calciphylaxis (clinical review 11): the reports of amputation for its gangrene, said at the
 * penis only; the general advice against excision in calciphylaxis stands elsewhere.
 */
export const PenileCalciphylaxis = {
    /** Sites (vocabulary terms) of penile calciphylaxis. */
    sites: { value: ['penis'], source: 'yang2018Penile' },
    surgery: [
        { value: 'Penile calciphylaxis is a rare cause of penile gangrene, mostly in end-stage kidney disease, with a high mortality (64%, at a mean of 2.5 months); partial or total penectomy is reported for it, but unlike Fournier\'s gangrene the benefit of such surgery is controversial.', source: 'yang2018Penile' },
        { value: 'Surgery has given a mean survival similar to conservative management; partial penectomy is reported where the necrosis is too severe for conservative care, to halt its progression and for the quality of life.', source: 'adler2020Penile' },
    ],
} satisfies { sites: Sourced<readonly string[]>; surgery: Sourced<string>[] };

/**
 * Excision in irradiated skin (clinical review 11): radiotherapy recorded at the site (the injuries,
 * by term) and an excision, where wound healing is often compromised.
 */
export const IrradiatedExcision = {
    injuries: { value: ['radiotherapy'], source: 'dormand2005' },
    healing: { value: 'wound healing is often compromised in irradiated tissue (atrophy, fibrosis): poor healing can lead to chronic ulceration, pain and infection, and compromises the outcome of surgery and reconstruction; weigh the excision, plan the closure for irradiated skin and follow the wound closely', source: 'dormand2005' },
    /** Haubner 2012 says the same of surgery after radiotherapy of the head and neck. */
    alsoSources: ['haubner2012'],
} satisfies { injuries: Sourced<readonly string[]>; healing: Sourced<string>; alsoSources: readonly SourceId[] };

/**
 * Excision in an inherited disorder of the skin that heals poorly (caution review 6): with the
 * condition recorded (by term), the excision step says it, and a recorded excision is a
 * procedure-caution warning. The closing advice beside each source's finding is our wording, as
 * for irradiated skin.
 */
export const PoorHealingExcision: Record<string, Sourced<string>> = {
    werner: {
        value: 'In Werner syndrome wounds heal poorly: its skin ulcers are harder to treat than wounds in healthy skin (thin, sclerotic skin, loss of fat, poor blood flow, calcification); weigh the excision, plan the closure and follow the wound closely.',
        source: 'motegi2021Werner', note: 'The guideline\'s abstract read; "weigh the excision, plan the closure, follow the wound" is our wording.',
    },
    ehlersDanlos: {
        value: 'In Ehlers-Danlos syndrome the skin is fragile and wound healing is impaired in every type, to a variable degree: close without tension, protect the surrounding tissue, use low-adherence dressings and follow the wound closely.',
        source: 'angwin2024Eds', note: 'The consortium report\'s abstract read.',
    },
};

/**
 * A calcified (or ossified) auricular cartilage, the "petrified ear" (clinical review 12): at these
 * sites (vocabulary terms) the plan first asks for the systemic causes, whatever the type.
 */
export const AuricularCalcification = {
    sites: { value: ['ear'], source: 'gogate2012' },
    /** A declared subtype that is a dermal nodule, not the auricular cartilage calcified (clinical review 14: Winer's nodule of a child's ear). */
    notSubtypes: { value: ['subepidermalNodule'], source: 'dermnetScn', note: 'A subepidermal calcified nodule is a papule of the dermis; the petrified ear is calcified (or ossified) auricular cartilage.' },
} satisfies { sites: Sourced<readonly string[]>; notSubtypes: Sourced<readonly string[]> };

/** The conditions of Balin 2012's series (autoimmune connective tissue disease), by term: the catalogue's category. */
const CONNECTIVE_TISSUE_DISEASES = Conditions.filter(c => c.category === 'connectiveTissueDisease').map(c => c.term);
const BALIN_EXCISION: Sourced<string> = { value: 'Of 28 patients with connective tissue disease who had excisions, 22 had a complete response.', source: 'balin2012' };

/**
 * Injuries that are over once they are recorded (an operation, a burn, frostbite, radiotherapy): no
 * disease is left to treat, so the underlying-disease step is not given for them alone. An infection
 * is treated: not listed.
 */
export const PastInjuries: Sourced<readonly string[]> = {
    value: ['trauma', 'burn', 'surgery', 'injection', 'radiotherapy', 'frostbite'], source: 'engineering',
    note: 'Our reading: the seed\'s "treat the underlying disease" concerns the diseases that keep damaging tissue (connective tissue disease); a past injury is protected from further trauma (the lifestyle measure), not treated.',
};

/** The exposures given by infusion, whose extravasation the expectant series describe. */
export const CalciumInfusions: Sourced<readonly string[]> = {
    value: ['calciumGluconate', 'calciumChloride'], source: 'song2019',
    note: 'The neonatal series and the adult report concern extravasated calcium gluconate or chloride; injections, pastes and dressings are not infusions.',
};

export const ManagementSteps: Record<StepKey, ManagementStep> = {
    // ── Calciphylaxis (Nigwekar 2018; design/management.md §1.1) ───────────────────────
    calciphylaxisWoundsPain: {
        key: 'calciphylaxisWoundsPain',
        title: 'Wound care and pain',
        advice: [
            { value: 'Treat on the typical picture and start at once: multidisciplinary wound care to prevent infection (sepsis is the main cause of death), and multimodal analgesia with palliative care involved early.', source: 'nigwekar2018' },
        ],
        adviceWith: Object.fromEntries(['dialysis', 'chronicKidneyDisease'].map(term => [term, [
            { value: 'In kidney failure choose fentanyl, methadone or low-dose gabapentin; avoid morphine, codeine, tramadol and oxycodone.', source: 'nigwekar2018', evidence: 'weak', note: 'design/management.md §1.1 step 2 (strand2022); the NEJM review advises multimodal analgesia.' },
        ]])),
        against: [{ value: 'Do not wait for a biopsy in early, unulcerated disease: a biopsy can start necrosis.', source: 'latus2011' }],
        procedures: ['woundCare'],
    },
    calciphylaxisTriggers: {
        key: 'calciphylaxisTriggers',
        title: 'Stop what drives it',
        advice: [
            { value: 'Stop warfarin (another anticoagulant if one is needed), calcium salts and calcium-based binders, and active vitamin D; limit intravenous iron and taper corticosteroids.', source: 'nigwekar2018' },
            { value: 'A heparin (unfractionated or low-molecular-weight) was the commonest replacement for warfarin in warfarin-associated calciphylaxis.', source: 'yu2017' },
            { value: 'Warfarin, calcium-phosphate binders, active vitamin D above 0.5 µg/day and long-term corticosteroids are graded risk factors.', source: 'cnConsensus' },
            { value: 'Give no subcutaneous injections (insulin, heparin) into affected fat: inject away from the lesions.', source: 'cnConsensus', evidence: 'weak', note: 'design/management.md §1.1 step 4 ([S], with sprague2014 and nigwekar2008): subcutaneous injections among the local triggers; the consensus table was not reread for this sentence.' },
        ],
        // Clinical review 13: the apixaban series is of dialysis patients: said on dialysis only.
        // Clinical review 14: not with a valve or a pregnancy recorded, where apixaban is not the replacement (adviceWith says so).
        variants: [{ when: ['onDialysis'], notRecorded: ['mechanicalHeartValve', 'pregnancy'], advice: [{ value: 'Apixaban has been used in dialysis patients with calciphylaxis who need anticoagulation.', source: 'garzaMayers2018' }] }],
        // Said only where the valve or the pregnancy is recorded: there apixaban is not the replacement.
        adviceWith: {
            mechanicalHeartValve: [
                { value: 'Apixaban is not recommended with a mechanical heart valve: there warfarin cannot simply be replaced, and the decision is made with cardiology.', source: 'labelApixaban' },
                { value: 'With a mechanical valve the anticoagulants other than a vitamin K antagonist are unfractionated heparin and low-molecular-weight heparin.', source: 'berry2018', note: 'A case report; its background states the options.' },
            ],
            pregnancy: [
                { value: 'In pregnancy choose a heparin (unfractionated or low-molecular-weight) rather than apixaban if anticoagulation is needed, with obstetrics; heparins were the commonest replacement for warfarin in warfarin-associated calciphylaxis.', source: 'yu2017', evidence: 'weak', note: 'Yu 2017 reports the heparin substitution, not pregnancy; heparin as the anticoagulant of pregnancy is recalled, not read here.' },
            ],
        },
        drugs: ['apixaban'],
        drugsWith: { mechanicalHeartValve: ['heparin', 'enoxaparin'], pregnancy: ['heparin', 'enoxaparin'] },
        drugsNotWith: { mechanicalHeartValve: ['apixaban'], pregnancy: ['apixaban'] },
        stops: ['warfarin', 'calciumSalts', 'calciumAcetate', 'vitaminDAnalogues', 'calcitriol', 'iron', 'corticosteroids', 'prednisone', 'prednisolone'],
    },
    calciphylaxisMineral: {
        key: 'calciphylaxisMineral',
        title: 'Control calcium, phosphate and PTH',
        advice: [],
        // Binders lower a raised phosphate (or the phosphate of kidney failure); the Ca × P targets are those of CKD, read in kidney failure.
        variants: [
            { when: ['phosphateRaised'], advice: [{ value: 'Lower phosphate with a calcium-free binder (sevelamer, lanthanum).', source: 'nigwekar2018' }], drugs: ['sevelamer', 'lanthanum'] },
            // Clinical review 13: the dialysis prescription is part of lowering a raised calcium; review 18: by modality.
            { when: ['calciumRaised', 'haemodialysis'], advice: [LOW_DIALYSATE_HAEMODIALYSIS] },
            { when: ['calciumRaised', 'dialysisModalityUnknown'], advice: [LOW_DIALYSATE_HAEMODIALYSIS] },
            { when: ['calciumRaised', 'peritonealDialysis'], advice: LOW_DIALYSATE_PERITONEAL },
            {
                when: ['kidneyFailure'],
                advice: [
                    { value: 'KDIGO (2009, kept in 2017) advises judging calcium and phosphate each on its own, not by their Ca × P product.', source: 'kdigo2009', evidence: 'weak', note: 'KDIGO 2009 chapter 4.1; the 2017 update bases treatment on serial calcium, phosphate and PTH considered together. Read in secondary accounts, not the guideline text.' },
                    { value: 'KDOQI 2003, by contrast, kept Ca × P below 55 mg²/dL² in CKD stages 3 to 5 (guideline 6.5).', source: 'kdoqi2003' },
                ],
            },
        ],
        byPth: {
            above: {
                advice: [
                    { value: 'PTH is above the target: treat hyperparathyroidism with cinacalcet, and consider parathyroidectomy for severe or refractory hyperparathyroidism.', source: 'nigwekar2018' },
                    { value: 'On dialysis keep intact PTH at about 2 to 9 times the upper limit of normal of the assay.', source: 'pth2009Table', note: 'Retained by KDIGO 2017.' },
                ],
                drugs: ['cinacalcet'],
                procedures: ['parathyroidectomy'],
            },
            within: {
                title: 'Control calcium and phosphate; PTH within target',
                advice: [{ value: 'PTH within the KDIGO 2017 target range (about 2 to 9 times the upper limit of normal of the assay on dialysis): keep monitoring it; it does not call for cinacalcet or parathyroidectomy.', source: 'pth2009Table', note: 'KDIGO 2009 recommendation 4.2.1, retained by KDIGO 2017.' }],
            },
            below: {
                title: 'Control calcium and phosphate; PTH below target',
                advice: [{ value: 'PTH below the KDIGO target (under about 2 times the upper limit of normal on dialysis): do not lower it further; review calcimimetics and active vitamin D.', source: 'pth2009Table', note: 'KDIGO 2009 4.2.1: marked changes in either direction prompt a change of therapy.' }],
            },
            normal: {
                title: 'Control calcium and phosphate; PTH normal',
                advice: [{ value: 'PTH within the reference interval: keep monitoring it.', source: 'nigwekar2018', evidence: 'engineering', note: 'Our wording: no hyperparathyroidism to treat.' }],
            },
            unmeasured: {
                title: 'Control calcium and phosphate; measure PTH',
                advice: [{ value: 'Measure intact PTH: on dialysis the target is about 2 to 9 times the upper limit of normal of the assay, and hyperparathyroidism is treated with cinacalcet or parathyroidectomy.', source: 'pth2009Table', note: 'Retained by KDIGO 2017.' }],
            },
        },
        // The cinacalcet label: not started with a calcium below the lower limit of normal (checkCautions says it at the drug).
        byPthAboveCalciumLow: {
            title: 'Control calcium, phosphate and PTH; calcium low',
            advice: [
                { value: 'PTH is above the target, but the calcium is low: correct the calcium first, as cinacalcet is not started with a calcium below the lower limit of normal (8.4 mg/dL); consider parathyroidectomy for severe or refractory hyperparathyroidism.', source: 'labelCinacalcet' },
                { value: 'On dialysis keep intact PTH at about 2 to 9 times the upper limit of normal of the assay.', source: 'pth2009Table', note: 'Retained by KDIGO 2017.' },
            ],
            procedures: ['parathyroidectomy'],
        },
        // Without kidney failure the dialysis target does not apply, and cinacalcet is not indicated in CKD not on dialysis (label).
        byPthWithoutKidneyFailure: {
            above: {
                title: 'Control calcium and PTH; PTH raised',
                advice: [
                    { value: 'PTH is above the reference interval: parathyroidectomy treats primary hyperparathyroidism, the commonest cause of non-uraemic calciphylaxis (see the non-uraemic cause).', source: 'nigwekar2008' },
                    CINACALCET_PRIMARY,
                ],
            },
            unmeasured: {
                title: 'Control calcium and phosphate; measure PTH',
                advice: [{ value: 'Measure intact PTH: primary hyperparathyroidism is the commonest cause of non-uraemic calciphylaxis, and parathyroidectomy treats it.', source: 'nigwekar2008' }],
            },
        },
        // In CKD G3-G4 a raised PTH with a calcium that is not raised is read as the kidney disease's, not primary hyperparathyroidism for surgery.
        byPthInKidneyDisease: {
            above: {
                title: 'Control calcium, phosphate and PTH; PTH raised in chronic kidney disease',
                advice: [
                    { value: 'PTH is above the reference interval in chronic kidney disease without a raised calcium: secondary hyperparathyroidism of the kidney disease is the likely reading, not the primary hyperparathyroidism that parathyroidectomy treats in non-uraemic calciphylaxis (that needs a raised calcium or a recorded primary hyperparathyroidism).', source: 'kdigo2017', evidence: 'weak', note: 'KDIGO 2017 4.2.1 (CKD G3a-G5 not on dialysis: a raised PTH prompts a search for hyperphosphataemia, hypocalcaemia, high phosphate intake and vitamin D deficiency) as recalled; primary hyperparathyroidism as the commonest non-uraemic cause: nigwekar2008.' },
                    CINACALCET_OFF_DIALYSIS,
                ],
            },
        },
        byPthAfterTransplant: {
            above: {
                title: 'Control calcium and PTH; PTH raised',
                advice: [
                    { value: 'PTH is above the reference interval: in calciphylaxis after kidney transplantation PTH was above 500 pg/mL in half of the recipients; parathyroidectomy was the usual treatment before 2000, sodium thiosulfate, bisphosphonates and calcimimetics since.', source: 'guillen2022', evidence: 'weak' },
                    CINACALCET_OFF_DIALYSIS,
                ],
            },
            unmeasured: {
                title: 'Control calcium and phosphate; measure PTH',
                advice: [{ value: 'Measure intact PTH: in calciphylaxis after kidney transplantation it was above 500 pg/mL in half of the recipients.', source: 'guillen2022', evidence: 'weak' }],
            },
        },
        // Clinical review 13: hypercalcaemic (tertiary) hyperparathyroidism after a transplant is parathyroidectomy's, and cinacalcet there is the off-label use a trial studied.
        byPthAfterTransplantHypercalcaemic: {
            title: 'Control calcium and PTH; PTH raised with a raised calcium after transplantation',
            advice: [
                { value: 'PTH is above the reference interval: in calciphylaxis after kidney transplantation PTH was above 500 pg/mL in half of the recipients; parathyroidectomy was the usual treatment before 2000, sodium thiosulfate, bisphosphonates and calcimimetics since.', source: 'guillen2022', evidence: 'weak' },
                { value: 'With a raised calcium after a kidney transplant, cinacalcet is off-label; in a randomised trial subtotal parathyroidectomy corrected the calcium more often than cinacalcet.', source: 'cruzado2016', evidence: 'weak', note: 'The title read; the result as recalled.' },
            ],
        },
        against: [{ value: 'Avoid calcium-based binders and active vitamin D.', source: 'kdoqi2003' }],
    },
    calciphylaxisThiosulfate: {
        key: 'calciphylaxisThiosulfate',
        title: 'Sodium thiosulfate',
        advice: [
            { value: 'Intravenous sodium thiosulfate, off-label; the evidence is observational.', source: 'nigwekar2018' },
        ],
        // The regimen is keyed on the modality: the haemodialysis protocol does not carry over to peritoneal dialysis.
        variants: [
            { when: ['haemodialysis'], advice: [THIOSULFATE_HAEMODIALYSIS] },
            { when: ['dialysisModalityUnknown'], advice: [THIOSULFATE_HAEMODIALYSIS, { value: 'The dialysis modality is not recorded: the regimen above is that of haemodialysis (record haemodialysis or peritonealDialysis).', source: 'engineering', note: 'Our wording: the modality decides the regimen.' }] },
            {
                when: ['peritonealDialysis'],
                advice: [{ value: 'On peritoneal dialysis there is no standard regimen: in 30 reported patients intravenous doses ranged from 3.2 g twice daily to 25 g three times a week; intraperitoneal sodium thiosulfate was stopped for adverse effects in 4 of 5 and caused chemical peritonitis.', source: 'gossett2023' }],
            },
        ],
        drugs: ['sodiumThiosulfate'],
    },
    calciphylaxisCause: {
        key: 'calciphylaxisCause',
        title: 'Treat the non-uraemic cause',
        advice: [
            { value: 'Treat the cause: parathyroidectomy for primary hyperparathyroidism, stop warfarin where its indication allows (not with a mechanical heart valve), taper corticosteroids, treat liver disease or malignancy; sodium thiosulfate has also been used.', source: 'nigwekar2008' },
        ],
        // After a kidney transplant: not non-uraemic (the sources differ on what it is), and the immunosuppression is the graft's.
        // Caution review 6: nor with acute kidney injury; listed first, so that after a transplant the transplant's title stands.
        variants: [{
            when: [], recorded: AcuteKidneyInjuryCalciphylaxis.conditions.value,
            title: 'Treat the causes: calciphylaxis with acute kidney injury',
            advice: [AcuteKidneyInjuryCalciphylaxis.setting],
        }, {
            when: [], recorded: TransplantCalciphylaxis.conditions.value,
            title: 'Treat the causes: calciphylaxis after kidney transplantation',
            advice: [
                TransplantCalciphylaxis.notNonUraemic,
                TransplantCalciphylaxis.withKidneyDisease,
                TransplantCalciphylaxis.series,
                { value: 'The corticosteroids and other immunosuppressants of a transplant are changed only with the transplant team: the graft depends on them.', source: 'engineering', note: 'Our wording: the non-uraemic review\'s advice to taper corticosteroids does not weigh a graft.' },
            ],
        }],
        procedures: ['parathyroidectomy'],
    },
    calciphylaxisAdjuncts: {
        key: 'calciphylaxisAdjuncts',
        title: 'Adjuncts',
        advice: [{ value: 'Hyperbaric oxygen has been reported to help wound healing in case series.', source: 'nigwekar2018', evidence: 'weak' }],
        procedures: ['hyperbaricOxygen'],
    },
    calciphylaxisSurgery: {
        key: 'calciphylaxisSurgery',
        title: 'Surgery only as debridement',
        advice: [{ value: 'Debride necrotic, draining or infected tissue; leave dry, uninfected eschar alone.', source: 'martin2004' }],
        against: [{ value: 'Do not excise by extent: surgery in calciphylaxis is debridement of necrotic or infected tissue only, and needless trauma can start new necrosis.', source: 'nigwekar2018', evidence: 'weak', note: 'design/management.md §1.1 step 3 (routine excision [M]).' }],
        // Clinical review 11: the penis is the one site where the literature reports amputation for gangrene.
        variants: [{ when: ['penileNecrosis'], title: 'Surgery as debridement; at the penis, amputation is reported for gangrene', advice: PenileCalciphylaxis.surgery }],
        procedures: ['debridement'],
    },

    // ── Metastatic (the seed; design/management.md §1.2) ───────────────────────────────
    metastaticCause: {
        key: 'metastaticCause',
        title: 'Correct the underlying disorder',
        // The seed names the causes (chronic renal failure, hypervitaminosis D, hyperparathyroidism, sarcoidosis, milk-alkali, malignancy), not parathyroidectomy: that is listed only where it fits (ParathyroidectomyFit).
        advice: [{ value: 'Treat the cause of the raised calcium or phosphate first: kidney failure, hyperparathyroidism, excess vitamin D, calcium or alkali (milk-alkali syndrome), sarcoidosis or malignancy. Deposits regress as the levels normalise.', source: 'seed' }],
        // What each recorded cause calls for.
        adviceWith: {
            phosphateEnema: [
                { value: 'Stop the phosphate enemas and any oral sodium phosphate; correct dehydration; the phosphate load and the acute kidney injury it causes are treated with the kidney team (dialysis where they are severe).', source: 'fdaSodiumPhosphate2014' },
            ],
            milkAlkaliSyndrome: [
                { value: 'Stop the calcium carbonate and absorbable alkali (if calcium is needed, another salt and no more than 1.2 to 1.5 g of elemental calcium a day); severe hypercalcaemia is treated with intravenous isotonic saline.', source: 'medscapeMilkAlkali' },
                { value: 'Calcium can fall below normal during treatment, more often after a bisphosphonate (6 of 11 patients in one series, 5 of them given one): monitor it closely.', source: 'medscapeMilkAlkali' },
            ],
            hypervitaminosisD: [
                // Clinical review 14: said apart, so that a dialysis patient on calcitriol is not told to rehydrate, nor given the fat store's weeks.
                { value: 'Stop all vitamin D and calcium supplements; off dialysis rehydrate; after cholecalciferol the calcium can stay high for weeks to months (it is stored in fat); glucocorticoids, and calcitonin or a bisphosphonate, are used for severe or protracted hypercalcaemia.', source: 'marcinowska2018', evidence: 'weak', note: 'Abstract read; the treatment section as summarised in secondary accounts.' },
                { value: 'After calcitriol, whose action is short, the hypercalcaemia usually resolves in 2 to 7 days once it is stopped.', source: 'labelCalcijex' },
            ],
            sarcoidosis: [
                { value: 'The hypercalcaemia of sarcoidosis is calcitriol-mediated (the granulomas make it): glucocorticoids are its first treatment.', source: 'msdHypercalcemia', evidence: 'weak', note: 'The MSD Manual treatment section as recalled; the Endocrine Society 2022 likewise treats calcitriol-mediated hypercalcaemia of malignancy with glucocorticoids first (recommendation 5).' },
            ],
            pseudohypoparathyroidism: [
                PSEUDOHYPOPARATHYROIDISM_TREATMENT,
            ],
            subcutaneousFatNecrosis: [
                { value: 'The hypercalcaemia of subcutaneous fat necrosis of the newborn is driven by 1,25-dihydroxyvitamin D made in the necrotic fat: hyperhydration, a low-calcium formula without vitamin D and no vitamin D supplements; furosemide once hydrated and a glucocorticoid; an intravenous bisphosphonate (pamidronate; etidronate has been used) for severe or refractory hypercalcaemia.', source: 'rodd2021', evidence: 'weak', note: 'The abstract names the low-calcium, vitamin D-free formula and intravenous bisphosphonates; hyperhydration, furosemide, glucocorticoids and etidronate as recalled from the systematic review of Stefanko & Drolet (Pediatr Dermatol 2019), not read here.' },
                { value: 'Screen the kidneys by ultrasound for nephrocalcinosis, and keep measuring the calcium for months, with the endocrinology or nephrology team where it is marked, symptomatic or persistent.', source: 'siegel2022' },
                { value: 'The skin lesions resolve on their own, usually within weeks to months.', source: 'rodd2021' },
            ],
        },
        // Hypercalcaemia of malignancy only with a raised calcium: a malignancy with a low calcium (tumour lysis) must not be advised to lower it.
        variants: [{
            // On dialysis (clinical review 14): not fluid, and no bisphosphonate.
            when: ['vitaminDExcess', 'haemodialysis'],
            advice: [VITAMIN_D_EXCESS_ON_HAEMODIALYSIS],
        }, {
            when: ['vitaminDExcess', 'dialysisModalityUnknown'],
            advice: [VITAMIN_D_EXCESS_ON_HAEMODIALYSIS],
        }, {
            when: ['vitaminDExcess', 'peritonealDialysis'],
            advice: [{ value: 'On dialysis, fluid is not given to lower the calcium, and bisphosphonates are not recommended in severe renal impairment.', source: 'kdoqiGuide6', note: 'The bisphosphonate labels\' renal caution (drug cautions).' }, ...LOW_DIALYSATE_PERITONEAL],
        }, {
            when: ['vitaminDExcess', 'notOnDialysis', 'ckdG4G5OrUnstaged'],
            advice: [{ value: 'In CKD G4–G5 not on dialysis KDIGO suggests that calcitriol and vitamin D analogues are not used routinely, reserving them for severe and progressive hyperparathyroidism (recommendation 4.2.2).', source: 'kdigo2017', evidence: 'weak', note: 'Recalled, not re-read here; the recommendation concerns adults.' }],
        }, {
            // Sarcoidosis with a raised calcium (clinical review 12): what lowers the calcitriol-driven calcium, and the debate on vitamin D.
            when: ['calciumRaised'], recorded: ['sarcoidosis'],
            advice: [
                { value: 'With the calcium raised in sarcoidosis, reduce calcium and vitamin D from the diet and supplements, and avoid excessive sun exposure (the skin makes the vitamin D the granulomas activate).', source: 'nationalJewishSarcoidosis' },
                { value: 'Corticosteroids reverse the hypercalcaemia promptly; where it does not respond to them, or their side effects are dangerous, chloroquine, hydroxychloroquine or ketoconazole.', source: 'sharma1996' },
                { value: 'In a series of 86 treated patients the hypercalcaemia improved in over 90% with treatment of the sarcoidosis and withdrawal of vitamin D supplements (in 8 by the withdrawal alone); the renal insufficiency that accompanied it in 42% improved with it.', source: 'baughman2013' },
                { value: 'Once the calcium is normal, avoiding vitamin D is debated: in a trial of 27 normocalcaemic patients with a low 25-hydroxyvitamin D, a year of cholecalciferol did not raise the calcium or the urinary calcium.', source: 'bolland2013' },
            ],
        }, {
            when: ['calciumRaised', 'calcitriolUnmeasured'], recorded: ['sarcoidosis'],
            advice: [{ value: 'Measure 1,25-dihydroxyvitamin D (calcitriol) as well as 25-hydroxyvitamin D: in sarcoidosis calcitriol best evaluates vitamin D status, as 25-hydroxyvitamin D is often low while calcitriol is not.', source: 'baughman2013' }],
        }, {
            when: ['calciumRaised'], recorded: ['malignancy'],
            advice: [{ value: 'Hypercalcaemia of malignancy: an intravenous bisphosphonate or denosumab (denosumab suggested over a bisphosphonate); glucocorticoids first where it is calcitriol-mediated (some lymphomas).', source: 'endocrineHcm2022' }],
            drugs: ['zoledronicAcid', 'pamidronate', 'denosumab'],
        }],
        procedures: ['parathyroidectomy'],
    },
    metastaticLevels: {
        key: 'metastaticLevels',
        title: 'Correct calcium and phosphate',
        advice: [
            { value: 'Abnormal serum calcium or phosphorus precipitates calcium salts in normal tissue; deposits resolve when the levels are corrected.', source: 'seed' },
        ],
        // The management of kidney disease only with kidney disease (recorded, or kidney failure by the eGFR), and binders only for a
        // raised phosphate: a calcium raised by sarcoidosis or vitamin D in CKD with a normal phosphate calls for none.
        adviceWith: { dialysis: [CKD_PHOSPHATE, DIALYSIS_PHOSPHATE] },
        drugsWith: { dialysis: [...CKD_BINDERS, 'cinacalcet'] },
        variants: [
            { when: ['kidneyFailure'], advice: [CKD_PHOSPHATE], drugs: CKD_BINDERS },
            { when: ['phosphateHigh'], recorded: ['chronicKidneyDisease'], advice: [CKD_PHOSPHATE], drugs: CKD_BINDERS },
            // Caution review 6: the adults' course is not a child's: an adolescent's is KDOQI paediatric 6.7's, a younger child gets none.
            { when: ['phosphateAboveAluminiumLimit', 'kidneyFailure', 'notChild'], advice: [ALUMINIUM_BINDER], drugs: ['aluminiumHydroxide'] },
            { when: ['phosphateAboveAluminiumLimit', 'notChild'], recorded: ['chronicKidneyDisease', 'dialysis'], advice: [ALUMINIUM_BINDER], drugs: ['aluminiumHydroxide'] },
            { when: ['phosphateAboveAluminiumLimit', 'kidneyFailure', 'adolescent'], advice: [ALUMINIUM_BINDER_ADOLESCENT], drugs: ['aluminiumHydroxide'] },
            { when: ['phosphateAboveAluminiumLimit', 'adolescent'], recorded: ['chronicKidneyDisease', 'dialysis'], advice: [ALUMINIUM_BINDER_ADOLESCENT], drugs: ['aluminiumHydroxide'] },
            { when: ['phosphateAboveAluminiumLimit', 'kidneyFailure', 'youngChild'], advice: [], against: [NO_ALUMINIUM_YOUNG_CHILD] },
            { when: ['phosphateAboveAluminiumLimit', 'youngChild'], recorded: ['chronicKidneyDisease', 'dialysis'], advice: [], against: [NO_ALUMINIUM_YOUNG_CHILD] },
            // Uraemic (tumoral) deposits on dialysis: the dialysis itself is part of the treatment.
            {
                when: ['onDialysis'],
                advice: [
                    { value: 'On dialysis, soft-tissue (uraemic tumoral) deposits regressed with a low-calcium dialysate and a calcium-free binder; most do not respond to medical treatment alone.', source: 'krcp2014' },
                    { value: 'Lower the calcium-phosphate product: reduce or stop vitamin D analogues and intensify haemodialysis (daily sessions were reported); dissolving deposits can raise the calcium.', source: 'kamar2016' },
                    { value: 'Where severe hyperparathyroidism drives it, parathyroidectomy with a low-calcium dialysate and calcium-free binders resolved the soft-tissue calcification in a reported case.', source: 'yeh2009' },
                ],
            },
            // Tumour lysis: a high phosphate with a low calcium; calcium given to an asymptomatic patient adds to the precipitation.
            {
                when: ['phosphateHigh', 'calciumLow'], recorded: ['malignancy', 'tumourLysisSyndrome'],
                advice: [
                    { value: 'Tumour lysis: lower the phosphate (no intravenous phosphate, a phosphate binder, kidney replacement therapy if severe); treat a low calcium only if it causes symptoms, with the least calcium that relieves them, as calcium given with a high phosphate precipitates.', source: 'howard2011', evidence: 'weak', note: 'The review read in part; its management table (asymptomatic hypocalcaemia: no therapy; symptomatic: calcium gluconate 50-100 mg/kg slowly with ECG monitoring; moderate hyperphosphataemia: no IV phosphate, binders; severe: dialysis) as recalled, and matched by a reproduction of the same table (medicalalgorithms.com), not the NEJM page itself.' },
                ],
            },
        ],
        against: [{ value: 'No calcium-based binders or active vitamin D while calcium or Ca × P is high.', source: 'kdoqi2003' }],
    },
    metastaticSurgery: {
        key: 'metastaticSurgery',
        title: 'Excision only once the levels are corrected',
        advice: [{ value: 'Excise a deposit that stays symptomatic after the levels are corrected.', source: 'reiter2011b', evidence: 'weak' }],
        against: [{ value: 'Not before the cause is corrected: deposits regress with the levels and recur while they stay high.', source: 'seed', evidence: 'weak', note: 'design/management.md §1.2 (excision before correction [M]); the seed says deposits resolve when the levels are corrected, not that excision fails before.' }],
        procedures: ['excision'],
    },
    hypercalcaemicCrisis: {
        key: 'hypercalcaemicCrisis',
        title: 'Treat the hypercalcaemic crisis first',
        advice: [
            { value: 'A calcium of 14 mg/dL (3.5 mmol/L) or more is a hypercalcaemic crisis, to treat before the calcinosis.', source: 'statpearlsHypercalcemia', note: 'Mild 10.5-11.9, moderate 12-13.9, crisis above 14 mg/dL (Thresholds.hypercalcaemia).' },
            { value: 'Treat it in hospital: intravenous isotonic saline to restore the volume, a loop diuretic only once it is replaced, and monitor calcium closely.', source: 'medscapeMilkAlkali', note: 'Written for the severe hypercalcaemia of milk-alkali syndrome; the cause-specific treatment follows in the next step.' },
        ],
        // The Endocrine Society's guideline is for adults; in children denosumab's rebound is the danger.
        variants: [
            { when: ['notChild'], advice: [{ value: 'Above 14 mg/dL the Endocrine Society suggests calcitonin, for 48 to 72 hours only, with an intravenous bisphosphonate or denosumab (in hypercalcaemia of malignancy).', source: 'endocrineHcm2022', evidence: 'weak', note: 'Recommendation 3, for hypercalcaemia of malignancy in adults; other causes are not covered by the guideline.' }] },
            {
                // Clinical review 13: milk-alkali syndrome at a creatinine clearance of 16 mL/min was offered denosumab with no word of it.
                when: ['notChild', 'gfrBelow30'],
                advice: [{ value: 'With a GFR (or creatinine clearance) below 30 mL/min or on dialysis, denosumab carries a boxed warning of severe, sometimes fatal hypocalcaemia: if it is given, monitor the calcium closely.', source: 'labelProlia', note: 'Prolia boxed warning (2024), eGFR below 30 mL/min/1.73 m²; the Xgeva label (labelXgeva, as recalled) gives the same greater risk below a creatinine clearance of 30 mL/min.' }],
            },
            { when: ['child'], advice: [{ value: 'In a child, not denosumab: its effect on bone turnover reverses quickly once it is stopped, and the rebound has caused severe hypercalcaemia in children (the Endocrine Society\'s suggestion of calcitonin with a bisphosphonate or denosumab is for adults with hypercalcaemia of malignancy).', source: 'boyce2017' }] },
        ],
    },

    // ── Iatrogenic (design/management.md §1.3) ─────────────────────────────────────────
    iatrogenicSource: {
        key: 'iatrogenicSource',
        title: 'Remove the source',
        advice: [],
        // What removing the source means depends on what was given.
        adviceWith: {
            calciumGluconate: [STOP_INFUSION], calciumChloride: [STOP_INFUSION],
            electrodePaste: [{ value: 'Remove the calcium chloride electrode paste and do not reapply it to the affected skin.', source: 'medscapeCalcinosisCutis', evidence: 'weak' }],
            calciumAlginate: [{ value: 'Remove calcium alginate dressings from the wound.', source: 'medscapeCalcinosisCutis', evidence: 'weak' }],
            phosphateEnema: [{ value: 'Stop the phosphate enema or infusion.', source: 'medscapeCalcinosisCutis', evidence: 'weak' }],
            heparinCalcium: [{ value: 'Stop the calcium-containing heparin injections (nadroparin calcium, calcium heparin); if anticoagulation is still needed, choose one without calcium, dosed for the kidney function.', source: 'benFatma2014', note: 'The case report stopped calcium nadroparin; the choice of replacement is the treating team\'s.' }],
        },
    },
    iatrogenicExpectant: {
        key: 'iatrogenicExpectant',
        title: 'Watch and wait',
        advice: [],
        adviceWith: {
            heparinCalcium: [{ value: 'Calcinosis at calcium-heparin injection sites usually resolves without treatment once the injections stop; skin necrosis needing surgery is reported.', source: 'benFatma2014' }],
        },
        // The expectant course of extravasation is reported in neonates; in adults only as single cases.
        variants: [
            // Electrode-paste calcinosis: the course recalled is that of children.
            {
                when: ['child'], recorded: ['electrodePaste'],
                advice: [{ value: 'Calcinosis from calcium chloride electrode paste in children usually resolves on its own within months once the paste is removed: excision (under general anaesthesia in a child) is rarely needed.', source: 'puig1998', evidence: 'weak', note: 'Puig 1998 as recalled, not read here; Medscape (medscapeCalcinosisCutis) names the paste as a cause.' }],
            },
            {
                when: ['calciumInfusion', 'notPastInfancy'],
                advice: [
                    { value: 'Extravasation calcinosis in neonates resolves on its own, in 3 weeks to 6 months; surgery is not needed for uncomplicated lesions.', source: 'song2019' },
                    { value: 'In 16 neonates without necrosis the deposits cleared in 1 to 3 months (mean 1.6).', source: 'neonate16' },
                ],
                against: [{ value: 'No surgery for uncomplicated neonatal lesions.', source: 'song2019' }],
            },
            {
                when: ['calciumInfusion', 'pastInfancy'],
                advice: [{ value: 'After infancy the expectant course is reported only in single cases: calcinosis after a calcium chloride infusion in an adult improved without specific treatment; the neonatal series do not apply.', source: 'adultExtravasation2011' }],
            },
        ],
    },
    heelStickExpectant: {
        key: 'heelStickExpectant',
        title: 'Watch and wait',
        advice: [{ value: 'Heel-stick nodules appear at 4 to 12 months and usually clear by 18 to 30 months without treatment.', source: 'visualdxHeel' }],
    },
    iatrogenicNecrosis: {
        key: 'iatrogenicNecrosis',
        title: 'Wound care for necrosis',
        advice: [{ value: 'Necrosis or ulceration changes the plan: wound care, and surgery only for a complicated lesion; severe cases are reported.', source: 'rumancik2020', evidence: 'weak' }],
        procedures: ['woundCare'],
    },

    // ── Dystrophic (the seed; Traineau 2020; design/management.md §1.4) ────────────────
    dystrophicUnderlying: {
        key: 'dystrophicUnderlying',
        title: 'Treat the underlying disease',
        advice: [{ value: 'Treat the disease that damaged the tissue: calcium deposits in tissue the disease keeps damaging.', source: 'seed' }],
        adviceWith: {
            juvenileDermatomyositis: [
                { value: 'Early, adequate immunosuppression may prevent calcinosis in juvenile dermatomyositis.', source: 'dmReview2023' },
                { value: 'In juvenile dermatomyositis with calcinosis, intensify immunosuppression; IVIG and mycophenolate are used for skin disease and calcinosis.', source: 'share2017' },
            ],
            dermatomyositis: [{ value: 'Early, adequate immunosuppression may prevent calcinosis in dermatomyositis.', source: 'dmReview2023' }],
            // Pancreatic panniculitis is treated as the pancreatic disease.
            pancreatitis: [{ value: 'Pancreatic panniculitis follows the pancreatic disease (pancreatitis, or a pancreatic carcinoma): treat that disease.', source: 'dermnetPancreaticPanniculitis' }],
        },
        // Cancer screening is for adult-onset myositis; the guideline does not call for it routinely in juvenile-onset disease.
        variants: [{
            when: ['notChild'], recorded: ['dermatomyositis'],
            advice: [{ value: 'Adult-onset dermatomyositis carries a raised risk of cancer in the 3 years before and after its onset: screen for cancer at diagnosis, with a basic or an enhanced panel by the risk the guideline stratifies (standard, moderate or high, by subtype, autoantibody and clinical features; anti-TIF1γ dermatomyositis among the highest).', source: 'imacs2023', note: 'The abstract and figure legend read. Anti-NXP2 as a higher-risk antibody is recalled, not read here; Loh 2024 (Medicine Today) likewise advises age- and sex-appropriate screening in every new adult diagnosis.' }],
        }],
    },
    dystrophicExcision: {
        key: 'dystrophicExcision',
        title: 'Surgical excision',
        advice: [
            { value: 'Small, localised, symptomatic lesions are good candidates for surgery, while generalised disease requires medical management.', source: 'seed' },
        ],
        against: [{ value: 'Not for widespread disease.', source: 'seed' }],
        // A cause with evidence of its own says it instead of the sentences of connective tissue disease.
        adviceWith: {
            // The Mayo Clinic series is of calcinosis in connective tissue disease: cited only where one is recorded.
            ...Object.fromEntries(CONNECTIVE_TISSUE_DISEASES.map(term => [term, [BALIN_EXCISION]])),
            pilomatrixoma: [{ value: 'A calcified pilomatrixoma is treated by complete surgical excision: it does not regress and no medical treatment has succeeded; it recurs mostly after incomplete resection.', source: 'medscapePilomatrixoma' }],
            pancreatitis: [{ value: 'The ulcerating, draining nodules of pancreatic panniculitis are often mistaken for infection, and needless surgical debridement is reported.', source: 'visualdxPancreaticPanniculitis' }],
            // Caution review 6: skin that heals poorly.
            ...Object.fromEntries(Object.entries(PoorHealingExcision).map(([term, caution]) => [term, [caution]])),
        },
        procedures: ['excision'],
    },
    dystrophicMedical: {
        key: 'dystrophicMedical',
        title: 'Medical management, by level of evidence',
        advice: [
            { value: 'No drug has been proven in a controlled trial. Reported with level IV evidence: diltiazem, bisphosphonates, rituximab, intralesional or topical sodium thiosulfate, minocycline, colchicine; in juvenile dermatomyositis IVIG and intensified immunosuppression.', source: 'traineau2020' },
            { value: 'Generalised disease requires medical management; smaller lesions have also been reported to respond to drugs.', source: 'seed' },
            { value: 'Reported only in single cases or small series, and not listed here: etidronate, risedronate, intralesional triamcinolone, ceftriaxone, probenecid and aluminium hydroxide (hydroxychloroquine treats the underlying disease, not the deposits).', source: 'seed', note: 'The seed and Traineau 2020 list them with case-level evidence; each keeps its regimen in the drug catalogue (hover, completion).' },
        ],
        against: [{ value: 'Low-dose warfarin showed no benefit (evidence IB): not advised.', source: 'traineau2020' }],
        // The level IV options of Traineau 2020; the rest are reported (advice above) and stay in the catalogue.
        drugs: ['diltiazem', 'alendronate', 'pamidronate', 'sodiumThiosulfate', 'minocycline', 'colchicine', 'rituximab'],
        adviceWith: {
            dermatomyositis: [{ value: 'In adult dermatomyositis, IVIG has also been reported to improve calcinosis.', source: 'cafardi2015' }],
        },
        drugsWith: {
            juvenileDermatomyositis: ['ivig', 'methotrexate', 'mycophenolate'],
            dermatomyositis: ['ivig'],
        },
    },
    dystrophicPhysical: {
        key: 'dystrophicPhysical',
        title: 'Physical treatments',
        advice: [{ value: 'CO2 laser and extracorporeal shock-wave lithotripsy are reported for superficial or painful deposits; curettage for superficial ones.', source: 'traineau2020', evidence: 'weak' }],
        procedures: ['laser', 'lithotripsy', 'curettage'],
    },

    // ── Idiopathic (design/management.md §1.5) ─────────────────────────────────────────
    idiopathicExcision: {
        key: 'idiopathicExcision',
        title: 'Surgical excision',
        // Shown where the declared subtype has no evidence of its own (adviceWith).
        advice: [{ value: 'Excise symptomatic lesions: small, localised lesions are good candidates for surgery.', source: 'seed' }],
        adviceWith: {
            scrotal: [{ value: 'Scrotal calcinosis is excised; after excision no recurrence was seen at 12 months.', source: 'scrotal2020' }],
            subepidermalNodule: [{ value: 'A subepidermal calcified nodule can be left alone if asymptomatic, or excised, which also gives the diagnosis.', source: 'dermnetScn' }],
            miliaLike: [{ value: 'Milia-like papules can regress on their own: excise or curette only a papule that is symptomatic or in diagnostic doubt.', source: 'solak2016' }],
        },
        procedures: ['excision'],
    },
    idiopathicExpectant: {
        key: 'idiopathicExpectant',
        title: 'Watch and wait',
        advice: [
            { value: 'Milia-like idiopathic calcinosis cutis, mostly in children with Down syndrome, can disappear spontaneously by adulthood; recognising it early avoids unnecessary interventions.', source: 'solak2016' },
            { value: 'In a toddler the papules had almost disappeared without treatment after 21 months of follow-up.', source: 'jang2011' },
        ],
    },
    tumoralPhosphate: {
        key: 'tumoralPhosphate',
        title: 'Lower phosphate',
        advice: [
            { value: 'Hyperphosphataemic tumoral calcinosis: lower phosphate with diet and binders, and acetazolamide for phosphaturia.', source: 'yamaguchi1995' },
            { value: 'The sources read here give no acetazolamide dose for tumoral calcinosis: the dose is the treating team\'s.', source: 'engineering', note: 'Yamaguchi 1995 (case report) and Boyce 2020 (review) as recorded here give no regimen we could check a dose against.' },
            { value: 'There are no randomised trials and no clearly effective therapy; excise masses that limit function.', source: 'boyce2020' },
        ],
        drugs: ['sevelamer', 'acetazolamide', 'aluminiumHydroxide', 'probenecid'],
        // Clinical review 14: "the kidneys are normal" only where no kidney disease is recorded or measured.
        variants: [{
            when: ['noKidneyDisease'],
            advice: [],
            against: [{ value: 'Not the management of kidney disease: the kidneys are normal and the phosphate is retained by the kidney (FGF23 pathway).', source: 'boyce2020' }],
        }, {
            when: ['kidneyDisease'],
            advice: [
                { value: 'With chronic kidney disease the raised phosphate is also the kidney disease\'s (CKD-MBD): lower it as KDIGO advises, with the kidney team.', source: 'kdigo2017' },
                { value: 'Acetazolamide is contraindicated in marked kidney disease and in hyperchloraemic acidosis.', source: 'labelAcetazolamide' },
            ],
        }],
    },

    // ── A differential: bone in the skin (knowledge/classification.ts OssificationDifferential) ──
    ossificationDifferential: {
        key: 'ossificationDifferential',
        title: 'Bone in the skin: not calcinosis cutis',
        advice: [OssificationDifferential.distinct, OssificationDifferential.gnas, OssificationDifferential.notCalcinosisPlan],
        // The metabolic disorder is treated whatever the lesion is made of.
        adviceWith: { pseudohypoparathyroidism: [PSEUDOHYPOPARATHYROIDISM_TREATMENT] },
    },

    // ── A calcified ear, whatever the type (AuricularCalcification) ─────────────────────
    auricularCauses: {
        key: 'auricularCauses',
        title: 'A calcified ear: exclude adrenal insufficiency and hypopituitarism',
        advice: [
            { value: 'A calcified auricular cartilage ("petrified ear") can be the clue to a life-threatening cortisol deficiency: exclude adrenal insufficiency (Addison disease) and hypopituitarism.', source: 'gogate2012' },
            { value: 'Of 50 reported patients with a petrified ear and an endocrine disease, adrenal insufficiency was the commonest (36%), then hypopituitarism (22%) and hypothyroidism (18%); there is no standard protocol of assessment.', source: 'valea2024' },
            { value: 'Its commonest causes are local: trauma, frostbite and inflammation.', source: 'gogate2012' },
            { value: 'Hypercalcaemia from a metabolic or endocrine disorder is also reported to cause it.', source: 'buikema2012' },
            { value: 'Diabetes mellitus is reported as a predisposing factor, with Addison disease.', source: 'mastronikolis2009' },
            { value: 'Ochronosis (alkaptonuria) has been found behind petrified ears.', source: 'petrifiedEarsAlkaptonuria2018' },
        ],
    },

    classifyFirst: {
        key: 'classifyFirst',
        title: 'Classify first',
        advice: [{ value: 'Management depends on the type: record what the classification lacks before choosing a treatment.', source: 'reiter2011b', evidence: 'weak' }],
    },
};

/**
 * The medical words of a step's why (clinical/management.ts), each with its source: the rule
 * code fills in the case's own facts (a tumour's name, a subtype's label) around them.
 */
export const PlanReasons = {
    /** Subcutaneous fat necrosis of the newborn: its lesions are not excised (metastaticSurgery, dystrophicExcision). */
    fatNecrosisResolves: {
        value: 'subcutaneous fat necrosis of the newborn resolves on its own, usually within weeks to months: its lesions are not excised',
        source: 'rodd2021',
    },
    /** A calcified tumour's own treatment (dystrophicExcision). */
    tumourExcised: {
        value: 'excising the tumour removes its calcification',
        source: 'medscapePilomatrixoma', evidence: 'weak',
        note: 'Said of pilomatrixoma (complete excision is its treatment); read alike for the other calcified tumours of the vocabulary (trichilemmal cyst, trichoepithelioma, basal cell carcinoma), which are excised for themselves.',
    },
    /** Pancreatic panniculitis, not for excision (dystrophicExcision). */
    pancreaticPanniculitis: {
        value: 'pancreatic panniculitis: the nodules follow the pancreatic disease',
        source: 'dermnetPancreaticPanniculitis',
    },
    /** Idiopathic lesions are excised where symptomatic (idiopathicExcision): said of the lesions the case records as painful, ulcerated or discharging. */
    excisionSymptomatic: { value: 'symptomatic idiopathic lesions', source: 'seed' },
    /** The same where every lesion is recorded without pain, ulceration or discharge. */
    excisionNoneSymptomatic: { value: 'for a symptomatic lesion; none is recorded as painful or ulcerated', source: 'seed' },
    /** The same where no lesion records pain, ulceration or discharge. */
    excisionSymptomsUnrecorded: { value: 'for a symptomatic lesion: record pain, ulceration or discharge', source: 'seed' },
    /** Localised disease with many lesions (dystrophicExcision, above ExcisionLesions.manyAbove): not "suits". */
    excisionManyLesions: { value: 'excision suits small, localised, symptomatic lesions: with this many, excise only those that are symptomatic, alongside medical treatment', source: 'seed', note: 'The seed: small, localised, symptomatic lesions are good candidates for surgery; it gives no count.' },
    /** Milia-like calcinosis, after the subtype's label (idiopathicExcision). */
    miliaLikeRegresses: { value: 'can regress on its own', source: 'solak2016' },
    /** Milia-like calcinosis, watched (idiopathicExpectant). */
    miliaLikePapulesRegress: { value: 'the papules can regress on their own', source: 'solak2016' },
    /** Extravasation after infancy (iatrogenicExpectant). */
    expectantAfterInfancy: { value: 'after infancy the expectant course rests on single cases', source: 'adultExtravasation2011' },
    /** Extravasation at an unknown age (iatrogenicExpectant). */
    expectantInNeonates: { value: 'the expectant course is reported in neonates: record the age', source: 'song2019' },
} satisfies Record<string, Sourced<string>>;

/**
 * Clinical review 13: excision "suits" a few lesions, not many; and it waits while a dermatomyositis
 * is active (a raised CK). clinical/management.ts counts the lesions (each lesion's `count`, else 1).
 */
export const ExcisionLesions = {
    manyAbove: { value: 5, source: 'engineering', note: 'Our choice: the seed and Balin 2012 speak of small, localised lesions without a count; with more than 5 lesions the plan calls excision an option, not suited.' },
    activeMyositisConditions: { value: ['dermatomyositis', 'juvenileDermatomyositis'], source: 'engineering', note: 'The dermatomyositis whose activity a raised CK shows.' },
    activeMyositis: {
        value: 'The dermatomyositis is active (raised CK): defer elective excision until the disease is controlled, and treat the disease first.',
        source: 'share2017', evidence: 'weak',
        note: 'Recalled, not read: SHARE 2017 was not read for the timing of surgery (the clinician reviewer recalled it); that disease activity is assessed regularly and active disease treated is in its published summary.',
    },
} satisfies { manyAbove: Sourced<number>; activeMyositisConditions: Sourced<readonly string[]>; activeMyositis: Sourced<string> };

/** Drugs whose use in this case is itself a calciphylaxis risk (by drug term): design/management.md §3. */
/**
 * Why excision goes against calcinosis universalis, whatever the type but iatrogenic (the
 * management-mismatch warning): the seed's rule by extent, as it cites it.
 */
export const UniversalisExcision: Sourced<string> = {
    value: 'small and localised lesions are good candidates for surgery, while generalised disease calls for medical management',
    source: 'seed', note: 'the seed, after Llamas-Velasco 2010 and Both 2017',
};

const CORTICOSTEROID_RISK: Sourced<string> = { value: 'Long-term corticosteroids are a risk factor for calciphylaxis (61% of non-uraemic cases).', source: 'nigwekar2008' };

export const CalciphylaxisRiskDrugs: Record<string, Sourced<string>> = {
    warfarin: { value: 'Warfarin is a risk factor for calciphylaxis; stop it where possible.', source: 'nigwekar2018' },
    calcitriol: { value: 'Active vitamin D above 0.5 µg/day is a major risk factor for calciphylaxis.', source: 'cnConsensus' },
    calciumAcetate: { value: 'Calcium-phosphate binders for more than 6 months are a major risk factor for calciphylaxis.', source: 'cnConsensus' },
    prednisone: CORTICOSTEROID_RISK,
    prednisolone: CORTICOSTEROID_RISK,
    methylprednisolone: CORTICOSTEROID_RISK,
    dexamethasone: CORTICOSTEROID_RISK,
};

/** The order in which a clinician acts, by type. */
/**
 * When a cause step lists parathyroidectomy: it treats hyperparathyroidism, so only with a raised
 * PTH or a recorded primary hyperparathyroidism; in CKD the secondary hyperparathyroidism is
 * treated medically first and surgery is kept for severe disease that fails that treatment.
 */
export const ParathyroidectomyFit = {
    /** Conditions (by term) that call for it whatever the measured PTH. */
    conditions: { value: ['primaryHyperparathyroidism'], source: 'nigwekar2008', note: 'Primary hyperparathyroidism is the commonest cause of non-uraemic calciphylaxis; parathyroidectomy treats it. Otherwise a PTH above the reference interval (the target on dialysis).' },
    ckdMedicalFirst: {
        value: 'In chronic kidney disease with a raised PTH, correct phosphate, calcium and vitamin D first (look for hyperphosphataemia, hypocalcaemia, a high phosphate intake and vitamin D deficiency); parathyroidectomy is for severe hyperparathyroidism that fails medical or pharmacological therapy.',
        source: 'kdigo2017', evidence: 'weak',
        note: 'KDIGO 2017 recommendations 4.2.1 (CKD G3a-G5 not on dialysis: evaluate modifiable factors) and 4.2.5 (G3a-G5D: parathyroidectomy for severe hyperparathyroidism failing medical or pharmacological therapy, 2B); the guideline text as recalled, its summary read.',
    },
    /**
     * Clinical review 13: a recorded tertiary hyperparathyroidism is autonomous, not the secondary
     * hyperparathyroidism KDIGO treats medically first: parathyroidectomy is named for it.
     */
    tertiary: { value: ['tertiaryHyperparathyroidism'], source: 'pmc4688142Tertiary' },
    tertiaryAdvice: [
        { value: 'Tertiary hyperparathyroidism (recorded): parathyroidectomy is its only curative treatment, and severe hypercalcaemia is among its indications; after a kidney transplant it was not associated with rejection or worse graft function.', source: 'pmc4688142Tertiary' },
        { value: 'For hypercalcaemic hyperparathyroidism after a kidney transplant, a randomised trial compared subtotal parathyroidectomy with cinacalcet (off-label there); parathyroidectomy corrected the calcium more often.', source: 'cruzado2016', evidence: 'weak', note: 'The title read; the result as recalled.' },
    ],
    /** A raised PTH with a low calcium outside kidney disease is secondary (PTH resistance, vitamin D deficiency): not for surgery. */
    lowCalciumSecondary: {
        value: 'A raised PTH with a low calcium is the parathyroid answering the low calcium (PTH resistance, as in pseudohypoparathyroidism, or vitamin D deficiency), not hyperparathyroidism to remove: it is treated with calcium and active vitamin D, not parathyroidectomy.',
        source: 'mantovani2018', evidence: 'weak',
        note: 'The consensus treats PTH resistance with active vitamin D and calcium (as recalled); parathyroidectomy treats autonomous (primary) hyperparathyroidism (nigwekar2008).',
    },
} satisfies { conditions: Sourced<readonly string[]>; ckdMedicalFirst: Sourced<string>; tertiary: Sourced<readonly string[]>; tertiaryAdvice: readonly Sourced<string>[]; lowCalciumSecondary: Sourced<string> };

export const StepOrder: Record<CalcinosisType, readonly StepKey[]> = {
    calciphylaxis: ['hypercalcaemicCrisis', 'calciphylaxisWoundsPain', 'calciphylaxisTriggers', 'calciphylaxisCause', 'calciphylaxisMineral', 'calciphylaxisThiosulfate', 'calciphylaxisAdjuncts', 'calciphylaxisSurgery'],
    metastatic: ['hypercalcaemicCrisis', 'metastaticCause', 'metastaticLevels', 'metastaticSurgery'],
    iatrogenic: ['hypercalcaemicCrisis', 'iatrogenicSource', 'iatrogenicNecrosis', 'iatrogenicExpectant', 'heelStickExpectant'],
    dystrophic: ['hypercalcaemicCrisis', 'dystrophicUnderlying', 'dystrophicExcision', 'dystrophicMedical', 'dystrophicPhysical'],
    idiopathic: ['hypercalcaemicCrisis', 'tumoralPhosphate', 'idiopathicExpectant', 'idiopathicExcision'],
};

/**
 * Lifestyle measures (knowledge/vocabulary.ts AdviceTerms) that fit each type. The seed gives
 * smoking, cold and stress for blood flow to the extremities (dystrophic disease of the hands);
 * a low-phosphate diet fits a raised phosphate. Our choice of which fit where: engineering.
 */
export const LifestyleByType: Sourced<Record<CalcinosisType, readonly string[]>> = {
    value: {
        dystrophic: ['smokingCessation', 'avoidTrauma', 'avoidCold', 'reduceStress'],
        metastatic: ['lowPhosphateDiet', 'avoidTrauma'],
        calciphylaxis: ['lowPhosphateDiet', 'avoidTrauma'],
        iatrogenic: ['avoidTrauma'],
        idiopathic: ['avoidTrauma'],
    },
    source: 'engineering',
    note: 'Smoking cessation is offered only where the case records smoking; the low-phosphate diet only with a raised phosphate or kidney failure; avoiding cold and stress only with systemic sclerosis or Raynaud phenomenon.',
};
