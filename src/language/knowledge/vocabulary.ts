/**
 * The plain catalogues a case file names terms from: body sites, imaging, specialties,
 * outcomes, advice and the descriptive vocabulary of a lesion, and the seed's types and
 * extents of calcinosis. A term with no clinical content of its own (a pain grade, an
 * outcome word) is sourced to `engineering`: it is our vocabulary.
 */
import type { CalcinosisExtent, CalcinosisType, Site, Term } from './types.js';

export const Sites: Site[] = [
    // Lower limb. The buttock (gluteal region) is counted with the trunk and pelvic girdle, not the limb: see below.
    { term: 'thigh', label: 'thigh', region: 'lower limb', joint: false },
    { term: 'leg', label: 'leg', region: 'lower limb', joint: false },
    { term: 'shin', label: 'shin', region: 'lower limb', joint: false },
    { term: 'calf', label: 'calf', region: 'lower limb', joint: false },
    { term: 'knee', label: 'knee', region: 'lower limb', joint: true },
    { term: 'hip', label: 'hip', region: 'lower limb', joint: true },
    { term: 'ankle', label: 'ankle', region: 'lower limb', joint: true },
    { term: 'foot', label: 'foot', region: 'lower limb', joint: false },
    { term: 'heel', label: 'heel', region: 'lower limb', joint: false },
    { term: 'sole', label: 'sole of the foot', region: 'lower limb', joint: false },
    { term: 'toe', label: 'toe', region: 'lower limb', joint: false },
    // Upper limb (the axilla belongs to the upper limb anatomically).
    { term: 'shoulder', label: 'shoulder', region: 'upper limb', joint: true },
    { term: 'axilla', label: 'axilla', region: 'upper limb', joint: false },
    { term: 'arm', label: 'arm (upper arm)', region: 'upper limb', joint: false },
    { term: 'elbow', label: 'elbow', region: 'upper limb', joint: true },
    { term: 'forearm', label: 'forearm', region: 'upper limb', joint: false },
    { term: 'wrist', label: 'wrist', region: 'upper limb', joint: true },
    { term: 'hand', label: 'hand', region: 'upper limb', joint: false },
    { term: 'palm', label: 'palm', region: 'upper limb', joint: false },
    { term: 'finger', label: 'finger', region: 'upper limb', joint: false },
    { term: 'fingertip', label: 'fingertip (pulp)', region: 'upper limb', joint: false },
    { term: 'thumb', label: 'thumb', region: 'upper limb', joint: false },
    // Trunk.
    { term: 'trunk', label: 'trunk', region: 'trunk', joint: false },
    { term: 'chest', label: 'chest', region: 'trunk', joint: false },
    { term: 'breast', label: 'breast', region: 'trunk', joint: false },
    { term: 'abdomen', label: 'abdomen', region: 'trunk', joint: false },
    { term: 'flank', label: 'flank', region: 'trunk', joint: false },
    { term: 'back', label: 'back', region: 'trunk', joint: false },
    { term: 'sacrum', label: 'sacral region', region: 'trunk', joint: false },
    { term: 'groin', label: 'groin', region: 'trunk', joint: false },
    // The gluteal region is of the pelvic girdle: three nodules at elbow, knee and buttock are not three limbs.
    { term: 'buttock', label: 'buttock', aliases: ['gluteal', 'gluteus'], region: 'trunk', joint: false },
    // Head and neck.
    { term: 'scalp', label: 'scalp', region: 'head and neck', joint: false },
    { term: 'face', label: 'face', region: 'head and neck', joint: false },
    { term: 'forehead', label: 'forehead', region: 'head and neck', joint: false },
    { term: 'eyelid', label: 'eyelid', region: 'head and neck', joint: false },
    // The auricle (its cartilage): the earlobe has none and is written as its own words.
    { term: 'ear', label: 'ear', aliases: ['pinna', 'auricle'], region: 'head and neck', joint: false },
    { term: 'nose', label: 'nose', region: 'head and neck', joint: false },
    { term: 'cheek', label: 'cheek', region: 'head and neck', joint: false },
    { term: 'lip', label: 'lip', region: 'head and neck', joint: false },
    { term: 'chin', label: 'chin', region: 'head and neck', joint: false },
    { term: 'neck', label: 'neck', region: 'head and neck', joint: false },
    // Genital.
    { term: 'scrotum', label: 'scrotum', region: 'genital', joint: false },
    { term: 'penis', label: 'penis', region: 'genital', joint: false },
    { term: 'vulva', label: 'vulva', region: 'genital', joint: false },
    { term: 'perineum', label: 'perineum', region: 'genital', joint: false },
];

export const Modalities: Term[] = [
    {
        term: 'xray',
        label: 'Plain radiograph',
        aliases: ['radiograph', 'radiography', 'plainFilm', 'xRay', 'Xray'],
        definition: { value: 'The first imaging test: shows radiopaque calcium deposits with high sensitivity and specificity.', source: 'mar2021' },
    },
    {
        term: 'ct',
        label: 'Computed tomography',
        definition: { value: 'Shows the extent and depth of deposits and their relation to surrounding structures when more anatomical detail is needed.', source: 'mar2021' },
    },
    {
        term: 'mri',
        label: 'Magnetic resonance imaging',
        definition: {
            value: 'Shows soft tissue and surrounding structures well but is less sensitive and specific for calcium than radiographs or CT.',
            source: 'mar2021',
            note: 'In the seed case MRI showed subcutaneous calcification consistent with calcinosis cutis.',
        },
    },
    {
        term: 'ultrasound',
        label: 'Ultrasound',
        definition: {
            value: 'Shows deposits as hyperechoic foci with acoustic shadowing and their relation to surrounding structures; suited to superficial lesions.',
            source: 'mar2021',
            note: 'In the seed case ultrasound showed a hyperechoic lesion confined to the skin.',
        },
    },
    {
        term: 'boneScan',
        label: 'Bone scintigraphy',
        definition: { value: 'Shows the total extent of soft-tissue calcification throughout the body.', source: 'medscapeCalcinosisCutis', evidence: 'weak' },
    },
];

export const Specialties: Term[] = [
    { term: 'dermatology', label: 'Dermatology', definition: { value: 'Skin disease; in the seed case the dermatological opinion confirmed calcinosis cutis.', source: 'seed' } },
    { term: 'rheumatology', label: 'Rheumatology', definition: { value: 'Connective tissue disease, the setting of most dystrophic calcinosis.', source: 'engineering' } },
    { term: 'nephrology', label: 'Nephrology', definition: { value: 'Kidney disease and dialysis, the setting of metastatic calcinosis and calciphylaxis.', source: 'engineering' } },
    { term: 'surgery', label: 'Surgery', definition: { value: 'Excision of lesions; in the seed case a general surgeon excised the lesion under local anaesthesia.', source: 'seed' } },
    { term: 'plasticSurgery', label: 'Plastic surgery', definition: { value: 'Excision and reconstruction, notably of the hand and face.', source: 'engineering' } },
    { term: 'pathology', label: 'Pathology', definition: { value: 'Histology of the biopsy or excised lesion.', source: 'seed' } },
    { term: 'radiology', label: 'Radiology', definition: { value: 'Imaging of the deposits and of their extent.', source: 'seed' } },
    { term: 'endocrinology', label: 'Endocrinology', definition: { value: 'Disorders of calcium, phosphate, parathyroid hormone and vitamin D.', source: 'engineering' } },
    { term: 'paediatrics', label: 'Paediatrics', definition: { value: 'Children, including juvenile dermatomyositis and neonatal iatrogenic calcinosis.', source: 'engineering' } },
];

export const Outcomes: Term[] = [
    { term: 'noRecurrence', label: 'No recurrence', definition: { value: 'No new lesion at the treated site by the end of follow-up (the seed case, at one year).', source: 'seed' } },
    { term: 'recurrence', label: 'Recurrence', definition: { value: 'The lesion came back after treatment.', source: 'engineering' } },
    { term: 'improved', label: 'Improved', definition: { value: 'Fewer, smaller or less symptomatic lesions than before treatment.', source: 'engineering' } },
    { term: 'stable', label: 'Stable', definition: { value: 'Unchanged since the last assessment.', source: 'engineering' } },
    { term: 'progressed', label: 'Progressed', definition: { value: 'More or larger lesions than at the last assessment.', source: 'engineering' } },
    { term: 'resolved', label: 'Resolved', definition: { value: 'No lesion left, clinically or on imaging.', source: 'engineering' } },
    { term: 'died', label: 'Died', definition: { value: 'The patient died during follow-up.', source: 'engineering' } },
    { term: 'lostToFollowUp', label: 'Lost to follow-up', definition: { value: 'The patient stopped attending before the outcome was known.', source: 'engineering' } },
];

export const AdviceTerms: Term[] = [
    {
        term: 'smokingCessation',
        label: 'Stop smoking',
        definition: { value: 'Stopping smoking, to improve blood flow to the extremities.', source: 'seed', note: 'The seed cites its reference 6; also recommended for every patient by Valenzuela & Chung 2016.' },
    },
    {
        term: 'avoidTrauma',
        label: 'Avoid trauma',
        definition: { value: 'Avoiding trauma to affected areas.', source: 'seed', note: 'The seed cites its reference 6.' },
    },
    {
        term: 'avoidCold',
        label: 'Avoid cold',
        definition: { value: 'Avoiding exposure to cold, to improve blood flow to the extremities.', source: 'seed', note: 'The seed cites its reference 6.' },
    },
    {
        term: 'reduceStress',
        label: 'Reduce stress',
        definition: { value: 'Decreasing stress, to improve blood flow to the extremities.', source: 'seed', note: 'The seed cites its reference 6.' },
    },
    {
        term: 'lowPhosphateDiet',
        label: 'Low-phosphate diet',
        definition: {
            value: 'Restricting dietary phosphorus when serum phosphate is high in chronic kidney disease.',
            source: 'kdoqi2003',
            evidence: 'weak',
        },
    },
];

export const Sexes: Term[] = [
    { term: 'female', label: 'female', definition: { value: 'Female.', source: 'engineering', note: 'The four codes of HL7 FHIR administrative gender.' } },
    { term: 'male', label: 'male', definition: { value: 'Male.', source: 'engineering' } },
    { term: 'other', label: 'other', definition: { value: 'Neither female nor male.', source: 'engineering' } },
    { term: 'unknown', label: 'unknown', definition: { value: 'Not recorded.', source: 'engineering' } },
];

export const PainGrades: Term[] = [
    { term: 'none', label: 'none', definition: { value: 'Painless (as the seed case).', source: 'engineering' } },
    { term: 'mild', label: 'mild', definition: { value: 'Pain that does not limit activity.', source: 'engineering' } },
    { term: 'moderate', label: 'moderate', definition: { value: 'Pain that limits some activity.', source: 'engineering' } },
    { term: 'severe', label: 'severe', definition: { value: 'Pain that limits most activity or needs strong analgesia; severe pain with necrosis suggests calciphylaxis.', source: 'engineering' } },
];

export const Morphologies: Term[] = [
    { term: 'irregular', label: 'irregular', definition: { value: 'Irregular outline (the seed case).', source: 'seed' } },
    { term: 'lobulated', label: 'lobulated', definition: { value: 'Made of lobules (the seed case: "a single irregular swelling with lobulations").', source: 'seed' } },
    { term: 'multilobulated', label: 'multilobulated', definition: { value: 'Made of many lobules, as periarticular tumoral deposits often are.', source: 'engineering' } },
    { term: 'swelling', label: 'swelling', definition: { value: 'A swelling not further described (the seed case: "a painless swelling").', source: 'seed' } },
    { term: 'nodular', label: 'nodular', definition: { value: 'Dermal or subcutaneous nodules.', source: 'dermatologyAdvisor' } },
    { term: 'papular', label: 'papular', definition: { value: 'Small dermal papules.', source: 'dermatologyAdvisor' } },
    { term: 'plaque', label: 'plaque', aliases: ['plaques'], definition: { value: 'Flat, raised plaques.', source: 'dermatologyAdvisor' } },
    { term: 'firm', label: 'firm', definition: { value: 'Firm to palpation.', source: 'dermatologyAdvisor' } },
    { term: 'hard', label: 'hard', definition: { value: 'Stony hard to palpation.', source: 'engineering' } },
    { term: 'chalky', label: 'chalky', definition: { value: 'White or yellow, with chalky material extruding.', source: 'dermatologyAdvisor' } },
    { term: 'cystic', label: 'cystic', definition: { value: 'Cyst-like, fluctuant or with fluid-calcium levels on imaging.', source: 'engineering' } },
    { term: 'linear', label: 'linear', definition: { value: 'Deposits in lines or sheets along fascial planes.', source: 'engineering' } },
    { term: 'ulcerated', label: 'ulcerated', definition: { value: 'Breaking through the skin, with or without discharge.', source: 'engineering' } },
    { term: 'violaceous', label: 'violaceous', definition: { value: 'Violet-red discoloration, as in the retiform purpura of early calciphylaxis.', source: 'cnConsensus' } },
    { term: 'livedo', label: 'livedo', definition: { value: 'A net-like (livedoid) violaceous pattern; fixed livedo is an early sign of calciphylaxis.', source: 'cnConsensus' } },
    { term: 'retiformPurpura', label: 'retiform purpura', definition: { value: 'Branching, net-shaped purpura from occluded small vessels; typical of calciphylaxis.', source: 'cnConsensus' } },
    { term: 'necrosis', label: 'necrosis', aliases: ['necrotic'], definition: { value: 'Dead tissue; in calciphylaxis painful plaques progress to necrosis and ulcers.', source: 'cnConsensus' } },
    { term: 'eschar', label: 'eschar', definition: { value: 'A black, dry crust of necrotic tissue, the late picture of calciphylaxis.', source: 'cnConsensus' } },
    { term: 'nodule', label: 'nodule', aliases: ['nodules'], definition: { value: 'A palpable dermal or subcutaneous nodule.', source: 'dermatologyAdvisor' } },
    { term: 'papule', label: 'papule', aliases: ['papules'], definition: { value: 'A small raised papule.', source: 'dermatologyAdvisor' } },
];

export const Tissues: Term[] = [
    { term: 'skin', label: 'skin', definition: { value: 'The dermis (the seed case: fixed to skin).', source: 'seed' } },
    { term: 'subcutis', label: 'subcutaneous tissue', definition: { value: 'The subcutaneous fat, the other layer of calcinosis cutis.', source: 'seed' } },
    { term: 'fascia', label: 'fascia', definition: { value: 'Deep fascia.', source: 'engineering' } },
    { term: 'muscle', label: 'muscle', definition: { value: 'Fibrous structures of muscle, involved in calcinosis universalis.', source: 'seed' } },
    { term: 'tendon', label: 'tendon', definition: { value: 'Tendons, involved in calcinosis universalis.', source: 'seed' } },
    { term: 'bone', label: 'bone', definition: { value: 'Underlying bone.', source: 'engineering' } },
];

export const Anaesthesia: Term[] = [
    { term: 'local', label: 'local', definition: { value: 'Local infiltration anaesthesia (the seed case).', source: 'seed' } },
    { term: 'regional', label: 'regional', definition: { value: 'Regional nerve block.', source: 'engineering' } },
    { term: 'spinal', label: 'spinal', definition: { value: 'Spinal anaesthesia.', source: 'engineering' } },
    { term: 'general', label: 'general', definition: { value: 'General anaesthesia.', source: 'engineering' } },
];

export const Subtypes: Term[] = [
    { term: 'tumoralFamilial', label: 'familial tumoral calcinosis', definition: { value: 'Idiopathic: familial periarticular calcified masses.', source: 'seed', note: 'The seed cites its reference 6.' } },
    { term: 'subepidermalNodule', label: 'subepidermal calcified nodule', definition: { value: 'Idiopathic: a solitary calcified nodule, usually in children.', source: 'seed', note: 'The seed cites its reference 6.' } },
    { term: 'scrotal', label: 'scrotal calcinosis', definition: { value: 'Idiopathic: multiple calcified nodules of the scrotal skin.', source: 'seed', note: 'The seed cites its reference 6.' } },
    { term: 'miliaLike', label: 'milia-like idiopathic calcinosis', definition: { value: 'Idiopathic: milia-like white papules, notably in Down syndrome.', source: 'medscapeCalcinosisCutis', evidence: 'weak' } },
];

export const Procedures: Term[] = [
    {
        term: 'excision',
        label: 'Surgical excision',
        definition: {
            value: 'Removal of a lesion: the treatment for small, localised lesions. Of 28 patients with connective tissue disease who had excisions, 22 had a complete response.',
            source: 'balin2012',
            note: 'The seed: small and localised lesions suit surgery, generalised disease needs medical management (its references 6 and 7).',
        },
    },
    { term: 'biopsy', label: 'Biopsy', definition: { value: 'Tissue for histology; von Kossa or Alizarin red stains confirm calcium.', source: 'seed', note: 'The stains: Medscape (weak).' } },
    { term: 'curettage', label: 'Curettage', definition: { value: 'Scraping out of superficial deposits (reported in dystrophic calcinosis; from memory).', source: 'engineering', evidence: 'weak' } },
    { term: 'debridement', label: 'Debridement', aliases: ['surgicalDebridement', 'sharpDebridement'], definition: { value: 'Removal of necrotic, draining or infected tissue, as in calciphylaxis, where sepsis is the main cause of death; dry, uninfected eschar may be left alone.', source: 'martin2004' } },
    { term: 'laser', label: 'CO2 laser', aliases: ['co2Laser', 'CO2laser'], definition: { value: 'Carbon dioxide laser vaporisation of superficial deposits; one of the physical treatments reported.', source: 'daoussis2012' } },
    { term: 'lithotripsy', label: 'Extracorporeal shock-wave lithotripsy', aliases: ['eswl', 'ESWL', 'shockWaveLithotripsy'], definition: { value: 'Shock waves to fragment deposits; one of the physical treatments reported.', source: 'daoussis2012' } },
    { term: 'parathyroidectomy', label: 'Parathyroidectomy', aliases: ['ptx', 'PTX'], definition: { value: 'For severe or refractory hyperparathyroidism in calciphylaxis: median survival 36 against 3 months in one series.', source: 'girotto2001' } },
    { term: 'hyperbaricOxygen', label: 'Hyperbaric oxygen', aliases: ['hbo', 'HBO', 'hbot', 'HBOT'], definition: { value: 'An adjunct for calciphylaxis wounds: 58% of 34 patients healed in one series.', source: 'hbo2015' } },
    { term: 'woundCare', label: 'Wound care', aliases: ['dressings'], definition: { value: 'Preventing infection of calciphylaxis wounds (sepsis is the main cause of death), with debridement of necrotic or infected tissue.', source: 'martin2004' } },
];

export const CalcinosisTypes: Array<Term & { term: CalcinosisType }> = [
    {
        term: 'dystrophic',
        label: 'Dystrophic',
        definition: {
            value: 'The commonest type: calcium salts deposit in damaged tissue (connective tissue disease, trauma, tumour, infection) while serum calcium and phosphorus are normal.',
            source: 'seed',
            note: 'The seed cites its references 2, 3 and 6.',
        },
    },
    {
        term: 'metastatic',
        label: 'Metastatic',
        definition: {
            value: 'Abnormal serum calcium or phosphorus precipitates calcium salts in normal tissue, mainly once the calcium-phosphate product exceeds 70 mg²/dL²; chronic renal failure is the commonest cause. Deposits resolve when the levels are corrected.',
            source: 'seed',
            note: 'The seed cites its references 2, 3 and 8.',
        },
    },
    {
        term: 'idiopathic',
        label: 'Idiopathic',
        definition: {
            value: 'Deposition with neither tissue damage nor abnormal calcium or phosphorus: familial tumoral calcinosis, subepidermal calcified nodules and scrotal calcinosis.',
            source: 'seed',
            note: 'The seed cites its reference 6.',
        },
    },
    {
        term: 'iatrogenic',
        label: 'Iatrogenic',
        definition: {
            value: 'Produced by giving a compound containing calcium or phosphorus, which precipitates calcium salts at the site.',
            source: 'seed',
            note: 'The seed cites its references 2 and 3.',
        },
    },
    {
        term: 'calciphylaxis',
        label: 'Calciphylaxis',
        definition: {
            value: 'Calcification of small and medium-sized vessels related to chronic renal failure and dialysis, with painful livedo, retiform purpura and necrosis.',
            source: 'seed',
            note: 'Calcium and phosphate are often normal or low, so normal labs do not exclude it; non-uraemic forms occur with warfarin, liver disease and diabetes (Nigwekar 2018).',
        },
    },
];

export const CalcinosisExtents: Array<Term & { term: CalcinosisExtent }> = [
    {
        term: 'circumscripta',
        label: 'Calcinosis circumscripta',
        // Clinical review 16: said of a scrotal or a facial nodule, "an extremity or joint" contradicted the site.
        definition: { value: 'Localised: limited to one region, classically an extremity or a joint.', source: 'seed', note: 'The seed: limited to an extremity or joint (its references 4 and 5); that any one region counts is how the checker reads it.' },
    },
    {
        term: 'universalis',
        label: 'Calcinosis universalis',
        definition: {
            value: 'Diffuse involvement of subcutaneous tissue and of the fibrous structures of muscles and tendons.',
            source: 'seed',
            note: 'The seed cites its reference 6.',
        },
    },
];
