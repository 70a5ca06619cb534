/**
 * What the classification reads in a case beyond its terms: the words of a biopsy or an
 * imaging finding that carry evidence, the lesion morphologies of calciphylaxis, and the
 * rule behind each level of support, with its source. clinical/classify.ts matches the
 * listed words (lower case, not negated in their clause) and never reads its own messages.
 */
import type { CalcinosisType, Sourced } from './types.js';

export interface EvidenceWords {
    /** Lower-case fragments; a finding carries the evidence if a clause contains one, not negated. */
    words: readonly string[];
    /** Where given, the clause must also contain one of these (calcification, and of a vessel). */
    with?: readonly string[];
    /** Words that contain a listed one but name something else (nephrocalcinosis is the kidney's, not the skin's). */
    except?: readonly string[];
    /** What the evidence is, for the reason a classification gives. */
    meaning: string;
    source: Sourced<string>['source'];
}

export const FindingWords = {
    /** Histology of calciphylaxis: calcification of dermal and subcutaneous arterioles. */
    vesselCalcification: {
        words: ['calcif'],
        with: ['arteriol', 'vessel', 'vascular', 'tunica media', ' media ', 'medial calcif', 'capillar', 'arterial', 'artery', 'arteries'],
        meaning: 'calcification of small vessels',
        source: 'nigwekar2018',
    },
    thrombosis: {
        words: ['thrombosis', 'thrombi', 'thrombus', 'thrombosed', 'microthromb'],
        meaning: 'thrombosis of small vessels',
        source: 'nigwekar2018',
    },
    /** Histology showing the deposit is calcium; a pathologist's "calcinosis cutis" names the deposit itself. */
    calciumOnHistology: {
        words: ['calcium', 'calcif', 'calcinosis', 'von kossa', 'alizarin'],
        except: ['nephrocalcinosis'],
        meaning: 'calcium deposits on histology',
        source: 'medscapeCalcinosisCutis',
    },
    /** Imaging showing the deposit is calcified; a report of "calcinosis" names the calcified deposit. */
    calciumOnImaging: {
        words: ['calcif', 'calcinosis', 'radiopaque', 'radio-opaque', 'radiodense', 'hyperechoic', 'calcium'],
        except: ['nephrocalcinosis'],
        meaning: 'calcified deposits on imaging',
        source: 'medscapeCalcinosisCutis',
    },
    /**
     * Histology or imaging describing bone, not calcium salt: osteoma cutis (cutaneous ossification).
     * No bare "bone": "bone marrow" or "bone scan" say nothing of the lesion.
     */
    ossification: {
        words: ['ossif', 'osteoma cutis', 'lamellar bone', 'trabecular bone', 'woven bone', 'mature bone', 'compact bone', 'osteocyt', 'haversian', 'bone formation', 'heterotopic bone', 'osseous heteroplasia'],
        meaning: 'bone (ossification)',
        source: 'medscapeOsteomaCutis',
    },
} as const satisfies Record<string, EvidenceWords>;

/**
 * Bone in the skin is not calcinosis cutis (Medscape, DermNet): where a biopsy or imaging
 * describes bone, the calcinosis types and their management are not given with confidence.
 * Bone alone: no calcinosis type (the headline says ossification); bone with calcium deposits
 * described too (secondary ossification is common): the type stands at most probable.
 */
export const OssificationDifferential = {
    headline: {
        value: 'Cutaneous ossification (osteoma cutis), not calcinosis cutis',
        source: 'medscapeOsteomaCutis',
    },
    distinct: {
        value: 'Osteoma cutis (cutaneous ossification) is bone formed in the dermis or subcutis, an entity distinct from calcinosis cutis, whose deposits are calcium salts without bone: the histology tells them apart.',
        source: 'medscapeOsteomaCutis', evidence: 'weak',
        note: 'Medscape and DermNet (dermnetOsteomaCutis) say the same; both are reviews.',
    },
    gnas: {
        value: 'Primary osteoma cutis occurs in Albright hereditary osteodystrophy (GNAS), with pseudohypoparathyroidism (PTH resistance: a low calcium, a high phosphate, a raised PTH) or without hormone resistance (pseudopseudohypoparathyroidism); progressive osseous heteroplasia, also GNAS-related, starts as dermal ossification in infancy and extends into deep connective tissue.',
        source: 'medscapeOsteomaCutis', evidence: 'weak',
    },
    secondary: {
        value: 'Most osteoma cutis is secondary, in scars, inflammation or tumours: with calcium deposits described as well, calcinosis with secondary ossification is possible.',
        source: 'dermnetOsteomaCutis', evidence: 'weak',
    },
    notCalcinosisPlan: {
        value: 'The calcinosis types and their management (correcting calcium and phosphate so that deposits regress, the drugs reported for calcinosis cutis) concern calcium salt deposits, not bone: they are not given here.',
        source: 'engineering',
        note: 'Our choice: the sources read give no management of osteoma cutis we could check a plan against, and a confident calcinosis plan for bone would be wrong.',
    },
    /** Bone and calcium both described: the type at most probable. */
    withCalcium: {
        value: 'the biopsy or imaging also describes bone: calcinosis with secondary ossification, or osteoma cutis',
        source: 'dermnetOsteomaCutis', evidence: 'weak',
    },
} satisfies Record<string, Sourced<string>>;

/** A negation before a word in its clause cancels it: "no vascular calcification". */
export const NegationWords: readonly string[] = ['no ', 'not ', 'without', 'absent', 'negative for', 'free of'];

/** Lesion morphologies (terms) of calciphylaxis, read by term name. */
export const CalciphylaxisMorphology = {
    /** Before ulceration: fixed livedo, violaceous plaques, retiform purpura (with pain). */
    early: { value: ['violaceous', 'livedo', 'retiformPurpura'], source: 'cnConsensus' },
    /** Later: necrosis and black eschar, ulceration. */
    late: { value: ['necrotic', 'necrosis', 'eschar', 'ulcerated'], source: 'cnConsensus' },
    /** Of the late picture, what is left alone rather than debrided unless it is necrotic, draining or infected too: dry eschar. */
    leftAlone: { value: ['eschar'], source: 'martin2004', note: 'Martin 2004: debride necrotic, draining or infected tissue; leave dry, uninfected eschar alone.' },
} satisfies Record<string, Sourced<readonly string[]>>;

/** Pain grades (terms) that count as the pain of calciphylaxis: out of proportion, severe. */
export const CalciphylaxisPain: Sourced<readonly string[]> = {
    value: ['moderate', 'severe'], source: 'nigwekar2018',
    note: 'Calciphylaxis is intensely painful; mild or no pain does not fit the typical picture.',
};

/**
 * Calciphylaxis in a kidney transplant recipient is neither filed as non-uraemic nor assumed
 * uraemic: Yu 2017 counts transplant recipients out of non-uraemic calciphylaxis; Nigwekar 2018
 * lists a prior kidney transplant with earlier CKD and acute kidney injury, apart from normal
 * kidney function; Guillén 2022 reads it as one syndrome whatever the cause of the vascular
 * calcification. A transplant is a risk factor of its own; the kidneys' state (dialysis, the
 * eGFR) still decides the plan of kidney failure.
 */
export const TransplantCalciphylaxis = {
    /** Conditions (by term) that record a kidney transplant. */
    conditions: { value: ['kidneyTransplant'], source: 'nigwekar2018' },
    /** The risk factor, in words, for the reasons and the cause step. */
    riskFactor: { value: 'kidney transplant', source: 'nigwekar2018' },
    notNonUraemic: {
        value: 'Calciphylaxis after kidney transplantation is not non-uraemic calciphylaxis as Yu 2017 defines it: transplant recipients are excluded, with severe kidney disease.',
        source: 'yu2017',
        note: 'Yu 2017 methods (abstract): nonuremic = none of a creatinine above 3 mg/dL, a GFR below 15, acute kidney injury needing dialysis, renal transplantation.',
    },
    withKidneyDisease: {
        value: 'Nigwekar 2018 lists a prior kidney transplant among the settings of calciphylaxis with earlier chronic kidney disease and acute kidney injury, apart from normal kidney function.',
        source: 'nigwekar2018', note: 'The review\'s introduction.',
    },
    series: {
        value: 'In the largest series (45 recipients) calciphylaxis arose within the first year in 43%, mostly with graft dysfunction (median creatinine 2.4 mg/dL), on vitamin K antagonists in 39% and with a PTH above 500 pg/mL in half; its authors read calciphylaxis as one syndrome whatever the cause of the vascular calcification, not as uraemic or non-uraemic.',
        source: 'guillen2022', evidence: 'weak',
        note: 'The abstract and a news summary read, not the full paper.',
    },
    /** Why the cause step applies, after a transplant. */
    why: { value: 'calciphylaxis after kidney transplantation, which the sources do not count as non-uraemic', source: 'yu2017' },
    /** Why sodium thiosulfate is offered, after a transplant. */
    thiosulfateWhy: {
        value: 'used after kidney transplantation too (in 43% of the recent cases of the largest series, with bisphosphonates and calcimimetics; off-label)',
        source: 'guillen2022', evidence: 'weak',
    },
} satisfies Record<string, Sourced<string> | Sourced<readonly string[]>>;

/**
 * Calciphylaxis with acute kidney injury: Nigwekar 2018 names it among the settings of
 * calciphylaxis (with earlier CKD and a prior kidney transplant), apart from normal kidney
 * function; Yu 2017 counts acute kidney injury needing dialysis out of non-uraemic
 * calciphylaxis. A risk of its own, then, not non-uraemic; the kidneys' state (dialysis, the
 * eGFR) still decides the plan of kidney failure.
 */
export const AcuteKidneyInjuryCalciphylaxis = {
    /** Conditions (by term) that record acute kidney injury. */
    conditions: { value: ['acuteKidneyInjury'], source: 'nigwekar2018' },
    /** The risk factor, in words, for the reasons and the cause step. */
    riskFactor: { value: 'acute kidney injury', source: 'nigwekar2018', note: 'The review\'s introduction: calciphylaxis also occurs in patients with earlier stages of CKD, acute kidney injury, or a prior kidney transplant, and rarely with normal kidney function.' },
    setting: {
        value: 'Nigwekar 2018 names acute kidney injury among the settings of calciphylaxis, with earlier chronic kidney disease and a prior kidney transplant, apart from normal kidney function; Yu 2017 counts acute kidney injury needing dialysis out of non-uraemic calciphylaxis.',
        source: 'nigwekar2018', note: 'Yu 2017 methods (abstract), as TransplantCalciphylaxis.notNonUraemic reads them.',
    },
    /** Why the cause step applies, with acute kidney injury. */
    why: { value: 'calciphylaxis with acute kidney injury, which the sources do not count as non-uraemic', source: 'nigwekar2018' },
    /** Why sodium thiosulfate is offered, with acute kidney injury short of kidney failure. */
    thiosulfateWhy: { value: 'used in calciphylaxis in kidney failure and also without it (off-label)', source: 'nigwekar2018' },
} satisfies Record<string, Sourced<string> | Sourced<readonly string[]>>;

/**
 * An eGFR (or a Cockcroft-Gault clearance) read during acute kidney injury: the function of the
 * moment, not a stage of chronic kidney disease, which KDIGO defines by what lasts more than 3
 * months. With acute kidney injury recorded and neither chronic kidney disease nor dialysis, the
 * eGFR does not make the patient one of the CKD 3-5 targets' population (kidney.ts acuteOnly).
 */
export const AcuteKidneyStaging = {
    /** Said where the estimate is judged: the definition, then the estimate itself. */
    notStaged: {
        value: 'in acute kidney injury it is not a stage of chronic kidney disease, which needs a reduced GFR or kidney damage for more than 3 months, and the CKD targets (Ca × P, PTH) are not applied',
        source: 'kdigo2012', note: 'KDIGO 2012 definition of CKD: abnormalities of kidney structure or function present for more than 3 months, with implications for health (read as the National Kidney Foundation restates it, kidney.org).',
    },
    unsteady: {
        value: 'estimates from the creatinine assume a stable creatinine, and agreed poorly with the measured GFR in early acute kidney injury',
        source: 'bragadottir2013',
        note: 'The abstract: Cockcroft-Gault, MDRD and CKD-EPI against 51Cr-EDTA clearance in 30 patients with early AKI after cardiac surgery. The KDIGO 2012 AKI guideline says the same of the steady state (as recalled, not read here).',
    },
} satisfies Record<string, Sourced<string>>;

/**
 * Intravenous calcium (knowledge CalciumInfusions) with the calcium or phosphate raised: the
 * infusion explains a deposit at its site (extravasation), the raised levels deposits anywhere.
 * Where the lesions lie in more than one region neither reading is preferred over the other
 * (classify.ts): the case is asked where the lesions lie against the infusion sites.
 */
export const InfusionWithRaisedLevels = {
    /** What the iatrogenic reading does not exclude. */
    iatrogenicAgainst: {
        value: 'calcium or phosphate is raised: deposits away from the infusion site point to the raised levels (metastatic), as after large calcium infusions',
        source: 'ehsani2006',
    },
    /** What the metastatic reading does not exclude. */
    metastaticAgainst: { value: 'intravenous calcium was given: a deposit at the infusion site is its extravasation (iatrogenic)', source: 'ehsani2006' },
    /** What settles it. */
    settles: { value: 'where the lesions lie against the infusion sites: at them (extravasation, iatrogenic) or away from them (the raised levels, metastatic)', source: 'ehsani2006' },
    /** Why neither is preferred with lesions in more than one region. */
    undecided: {
        value: 'After intravenous calcium, with the calcium or phosphate raised and lesions in more than one region, neither iatrogenic nor metastatic calcinosis is preferred: calcinosis cutis after liver transplantation has appeared at sites where no calcium was given, read as dystrophic or metastatic (the large infusions that correct the hypocalcaemia of transfusion, short-lived rises of the calcium-phosphate product).',
        source: 'ehsani2006',
    },
    generalised: {
        value: 'Generalised deposits (trunk, limbs, face) have also followed prolonged intravenous calcium gluconate in an infant.',
        source: 'puvabanditsin2005',
    },
    /** With a metabolic cause recorded that raises the levels, that cause is the reading. */
    metabolicCause: {
        value: 'With a metabolic cause of the raised levels recorded (tumour lysis, kidney failure, hyperparathyroidism), metastatic calcinosis is the reading: the calcium given is then one more load on a raised calcium-phosphate product, and only a deposit at the infusion site is its extravasation.',
        source: 'engineering', note: 'Our reading, after Howard 2011 (tumour lysis: calcium phosphate precipitates in tissues, and calcium given for the low calcium adds to it) and Ehsani 2006 (extravasation explains the infusion site only).',
    },
} satisfies Record<string, Sourced<string>>;

/**
 * A tissue disease that also raises the calcium: with the calcium raised it is metastatic
 * calcinosis's cause as well (subcutaneous fat necrosis of the newborn: calcitriol made in the
 * necrotic fat); with normal levels its deposits are dystrophic.
 */
export const TissueDiseaseRaisingCalcium: Sourced<readonly string[]> = {
    value: ['subcutaneousFatNecrosis'], source: 'rodd2021',
};

/**
 * What is recorded as a risk of subcutaneous fat necrosis of the newborn (exposures, by term), named
 * beside it where it is classified: therapeutic hypothermia for hypoxic-ischaemic encephalopathy.
 */
export const FatNecrosisRisk = {
    condition: { value: 'subcutaneousFatNecrosis', source: 'rodd2021' },
    exposures: {
        value: ['therapeuticHypothermia'], source: 'strohm2011', evidence: 'weak',
        note: 'A national registry: 12 of 1,239 cooled newborns, the lesions appearing after the cooling (abstract read); Stefanko & Drolet 2019 (systematic review) cited for it as the main risk factor, not read here.',
    },
    words: { value: 'after therapeutic hypothermia, its recognised risk factor', source: 'strohm2011', evidence: 'weak' },
} satisfies Record<string, Sourced<string> | Sourced<readonly string[]>>;

/**
 * Vitamin D given (exposures and drugs, by term) with a raised calcium or 25-hydroxyvitamin D:
 * vitamin D excess, which the seed lists among the causes of metastatic calcification. The
 * reason stands for the condition `hypervitaminosisD`, so that the plan gives its advice.
 */
export const VitaminDExcess = {
    terms: {
        value: ['vitaminDAnalogues', 'nativeVitaminD', 'calcitriol', 'alfacalcidol', 'paricalcitol', 'cholecalciferol', 'ergocalciferol', 'calcifediol'],
        source: 'seed',
    },
    condition: { value: 'hypervitaminosisD', source: 'seed' },
    words: { value: 'vitamin D excess', source: 'seed' },
} satisfies Record<string, Sourced<string> | Sourced<readonly string[]>>;

/** The rule behind each level of support, cited where the level is given. */
export const LevelRules = {
    /** A type as well supported as the chosen one, which won the tie by precedence (classify.ts TIE_PRECEDENCE): said, not hidden. */
    tiePreference: {
        value: 'as well supported by the recorded facts, but on a tie the more specific cause is preferred: an exposure at the site, then calciphylaxis',
        source: 'engineering', note: 'Our choice: no source ranks the types; the reader sees the other reading and its reasons.',
    },
    /** Why a systemic load (knowledge Exposure.systemic) that has raised the levels is not iatrogenic calcinosis. */
    systemicLoadRaised: {
        value: 'the phosphate or calcium given is raised in the blood: a metabolic cause',
        source: 'fdaSodiumPhosphate2014', evidence: 'weak',
        note: 'Our reading of the mechanism (the FDA names the hyperphosphataemia; Medscape classes the enema iatrogenic): conditions.ts phosphateEnema.systemic says both.',
    },
    deposit: {
        value: 'Definite needs the deposit shown to be calcium, on imaging (radiopaque on X-ray or CT) or on histology (von Kossa, Alizarin red); without it the type is at most probable.',
        source: 'medscapeCalcinosisCutis',
    },
    calciphylaxisConfirmed: {
        value: 'Confirmed (definite) calciphylaxis: typical lesions with a biopsy showing calcification or thrombosis of small vessels, mimics excluded.',
        source: 'cnConsensus',
    },
    calciphylaxisClinical: {
        value: 'Clinical (probable) calciphylaxis: at least one risk factor with typical lesions (painful livedo, violaceous plaques or retiform purpura, or necrotic ulcers), mimics excluded; the typical picture is treated without waiting for a biopsy.',
        source: 'cnConsensus',
    },
    calciphylaxisSuspected: {
        value: 'Suspected calciphylaxis (not excluded): risk factors with the lesions not yet described.',
        source: 'cnConsensus',
    },
    nonUraemic: {
        value: 'Calciphylaxis occurs without kidney failure, with warfarin, primary hyperparathyroidism, malignancy, liver disease, corticosteroids and protein C or S deficiency; normal renal and parathyroid function do not exclude it.',
        source: 'nigwekar2008',
    },
    labsDoNotDecide: {
        value: 'In calciphylaxis calcium and phosphate are often normal, and a high Ca × P does not make it metastatic calcinosis: the vascular picture decides.',
        source: 'nigwekar2018',
    },
    /** What keeps metastatic calcinosis open with normal levels in kidney failure, as the reason against it says (uraemicDeposits). */
    uraemicDepositsAgainst: {
        value: 'calcium and phosphate are not raised now, but in kidney failure deposits can outlast the corrected levels',
        source: 'krcp2014', evidence: 'weak',
        note: 'Our reading of the case report, as uraemicDeposits says.',
    },
    uraemicDeposits: {
        value: 'In kidney failure soft-tissue deposits can outlast the corrected levels: most uraemic tumoral calcinosis does not respond to medical treatment, so normal levels now keep metastatic calcinosis open (not excluded).',
        source: 'krcp2014', evidence: 'weak',
        note: 'Our reading of the case report\'s review of the literature: it keeps metastatic calcinosis open (not excluded), never decides it.',
    },
    /** A tissue injury with normal levels outweighs a single non-uraemic risk factor (classify.ts). */
    dystrophicExplains: {
        value: 'a recorded tissue injury with normal calcium and phosphate explains dystrophic calcinosis, and one risk factor other than kidney failure with a painful ulcer does not make calciphylaxis probable over it',
        source: 'medscapeCalcinosisCutis', evidence: 'engineering',
        note: 'Medscape defines dystrophic calcinosis (damaged tissue, normal levels); weighing it against a single non-uraemic risk factor is our choice, so as not to give the calciphylaxis plan to post-radiation calcinosis on a history of malignancy.',
    },
    /** What the reason against calciphylaxis says where a biopsy shows calcium but no vessel calcification. */
    noVesselCalcification: {
        value: 'the biopsy describes calcium deposits without calcification of small vessels, the histology of calciphylaxis',
        source: 'nigwekar2018',
    },
    /** Idiopathic rests on no cause being recorded: a history term not understood may be one (classify.ts). */
    unknownHistoryTerm: {
        value: 'Idiopathic means no tissue damage, exposure or metabolic cause: a history term that is not a known term may be one of these, so the type is at most probable until it is written as a known term.',
        source: 'seed', evidence: 'engineering',
        note: 'The seed defines idiopathic by the absence of a cause; capping it at probable while a history term is unknown is our rule (an unknown `injury frostbite` once made a frostbitten ear idiopathic and definite).',
    },
    lowAlbumin: {
        value: 'A low albumin is a minor risk factor for calciphylaxis.',
        source: 'cnConsensus',
    },
} satisfies Record<string, Sourced<string>>;

/**
 * The extent from the lesions' sites. The seed defines circumscripta as limited to an
 * extremity or joint and universalis as diffuse involvement of the subcutis, muscles and
 * tendons; Radiopaedia describes circumscripta as localised deposits around joints and
 * the extremities (hands, feet) and universalis as sheets of calcification along fascial
 * planes. No source counts regions: the counts below are ours, so that periarticular and
 * acral deposits at a few sites (elbow, knee, buttock) stay circumscripta and only
 * deposits spread over the body are universalis.
 */
export const ExtentRule = {
    /** Body regions (head and neck, trunk, upper limb, lower limb, genital) holding lesions away from a joint. */
    universalisFromRegions: {
        value: 3, source: 'seed', evidence: 'engineering',
        note: 'Our count: lesions away from joints in at least 3 of the 5 body regions are diffuse (trunk and both limbs in juvenile dermatomyositis).',
    },
    /** Body regions holding any lesion, periarticular ones included. */
    universalisFromRegionsWithJoints: {
        value: 4, source: 'seed', evidence: 'engineering',
        note: 'Our count: periarticular deposits count towards spread only when they reach 4 of the 5 body regions.',
    },
    /** Body regions holding any lesion from which, below the two counts above, our count does not decide. */
    undeterminedFromRegions: {
        value: 3, source: 'seed', evidence: 'engineering',
        note: 'Our count: lesions in 3 or more regions that reach neither universalis count lie between localised and diffuse (juvenile dermatomyositis at elbows, knees, buttock and trunk); the writer records the extent.',
    },
    /** Why a declared extent stands against the count: the count is ours, not a source's. */
    countIsOurs: {
        value: 'no source counts body regions, so this count of ours does not override the extent a clinician declares',
        source: 'engineering',
    },
    definition: {
        value: 'Circumscripta is limited to an extremity or joint (periarticular and acral deposits); universalis is diffuse, over the trunk and limbs and into muscles and tendons.',
        source: 'seed',
        note: 'Radiopaedia (calcinosis circumscripta; calcinosis universalis) agrees.',
    },
} satisfies Record<string, Sourced<number> | Sourced<string>>;

/**
 * Hyperphosphataemic familial tumoral calcinosis is classed both ways: the seed lists familial
 * tumoral calcinosis as idiopathic; Boyce 2020 describes a disorder of phosphate regulation whose
 * raised phosphate drives the deposits, the mechanism of metastatic calcinosis. Where it is
 * declared either way, the disagreement is said as information, and the idiopathic definition is
 * given with the raised phosphate, not as if it fitted.
 */
export const TumoralClassification = {
    idiopathic: {
        value: 'Familial tumoral calcinosis is listed among the idiopathic types (neither tissue damage nor abnormal calcium or phosphorus), although in its hyperphosphataemic form the phosphate is raised.',
        source: 'seed',
    },
    metastatic: {
        value: 'Hyperphosphataemic familial tumoral calcinosis is a disorder of phosphate regulation (FGF23 deficiency or resistance) in which the raised phosphate drives the deposits, as in metastatic calcinosis.',
        source: 'boyce2020', evidence: 'weak',
        note: 'Reading it as metastatic is ours, from the mechanism the review describes; the review does not use the five types.',
    },
} satisfies Record<string, Sourced<string>>;

/**
 * Types whose naming and management do not go by the circumscripta/universalis extent:
 * calciphylaxis is managed by its cause and its wounds (Nigwekar 2018), and its spread is
 * described as central or peripheral, not by the extent of calcinosis cutis.
 */
export const NotGradedByExtent: Sourced<CalcinosisType[]> = {
    value: ['calciphylaxis'], source: 'nigwekar2018',
};
