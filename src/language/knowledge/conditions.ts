/**
 * What a patient's history may record: conditions, injuries and exposures, and which
 * calcinosis type each kind of condition points to. Frequencies keep the seed's figures
 * and the literature's side by side where they disagree.
 */
import type { CalcinosisType, Condition, ConditionCategory, DialysisModality, Exposure, Injury, Sourced } from './types.js';

/**
 * A comorbidity a case records (clinical review 15: `condition hypertension` was "not a known
 * condition"): no calcinosis type rests on it and no rule reads it.
 */
function comorbidity(term: string, label: string, aliases: string[] = []): Condition {
    return {
        term, label, aliases, category: 'general',
        definition: {
            value: `${label}: recorded with the history; not among the causes of calcinosis cutis, and no type is read from it.`,
            source: 'leBedocs2022', evidence: 'engineering',
            note: 'Not among the causes StatPearls lists (dystrophic, metastatic, idiopathic, iatrogenic, calciphylaxis); that it bears on nothing here is our reading.',
        },
    };
}

/** Liver disease and cirrhosis share the review's finding. */
const LIVER_CALCIPHYLAXIS_RISK: Sourced<string> = { value: 'Alcoholic liver disease is among the causes of non-uraemic calciphylaxis.', source: 'nigwekar2008' };

/**
 * The dialysis entry's aliases that name its modality: regimens and cautions reported in
 * haemodialysis (the sodium thiosulfate protocol, its anion gap) do not carry over to
 * peritoneal dialysis. `dialysis` alone names none.
 */
export const DialysisModalityByTerm: Record<string, DialysisModality> = {
    haemodialysis: 'haemodialysis', hemodialysis: 'haemodialysis', hd: 'haemodialysis',
    peritonealdialysis: 'peritoneal', pd: 'peritoneal',
};

export const Conditions: Condition[] = [
    // ── Connective tissue disease: tissue damage, so dystrophic ─────────────────────────
    {
        term: 'systemicSclerosis',
        label: 'Systemic sclerosis',
        // "Scleroderma" alone means systemic sclerosis as clinicians use it; the localised form is morphea.
        // Its limited (CREST: calcinosis, Raynaud, oesophageal dysmotility, sclerodactyly, telangiectasia) and diffuse forms are written as the disease.
        aliases: [
            'scleroderma', 'ssc', 'SSc', 'limitedSystemicSclerosis', 'limitedCutaneousSystemicSclerosis', 'lcSSc', 'diffuseSystemicSclerosis',
            'diffuseCutaneousSystemicSclerosis', 'dcSSc', 'crest', 'CREST', 'crestSyndrome',
        ],
        category: 'connectiveTissueDisease',
        definition: {
            value: 'Autoimmune connective tissue disease with skin fibrosis and vasculopathy. Calcinosis, mostly of the hands and fingers, is commonest in the limited cutaneous form (CREST) and with long disease duration, digital ulcers and anticentromere antibodies.',
            source: 'valenzuela2018',
        },
        frequencies: [
            { text: '25% to 40% of patients with limited systemic sclerosis', lowPercent: 25, highPercent: 40, population: 'limited cutaneous systemic sclerosis', source: 'seed' },
            { text: 'At least one quarter of patients with systemic sclerosis', lowPercent: 25, population: 'systemic sclerosis', source: 'valenzuela2018' },
        ],
    },
    {
        // Clinical review 12: morphea was an unknown term, and its calcinosis was typed idiopathic.
        term: 'morphea',
        label: 'Morphea (localised scleroderma)',
        aliases: ['localizedScleroderma', 'localisedScleroderma', 'linearScleroderma', 'morphoea'],
        category: 'connectiveTissueDisease',
        definition: {
            value: 'Localised scleroderma: sclerotic plaques confined to the skin and the tissue beneath, without the vasculopathy and organ involvement of systemic sclerosis. Calcinosis is common in systemic sclerosis but rare in morphea, where it is dystrophic, within the plaque.',
            source: 'deza2016',
        },
    },
    {
        term: 'dermatomyositis',
        label: 'Dermatomyositis',
        category: 'connectiveTissueDisease',
        definition: {
            value: 'Inflammatory myopathy with characteristic skin signs (Gottron papules, heliotrope rash). Calcinosis is dystrophic and far commoner in the juvenile form; in adults it occurs later and mostly on the extremities.',
            source: 'hoeltzel2014',
        },
        frequencies: [
            {
                text: '30% of adults with dermatomyositis', highPercent: 30, population: 'adults with dermatomyositis', source: 'seed',
                caveat: 'The literature reports about 20% in adult-onset dermatomyositis (Hoeltzel 2014): the seed\'s 30% is an upper bound.',
            },
            {
                text: '70% of children with dermatomyositis', highPercent: 70, population: 'children with dermatomyositis', source: 'seed',
                caveat: 'The literature reports up to 40% in juvenile dermatomyositis, with a range of 10% to 70% across cohorts (Hoeltzel 2014): the seed\'s 70% is the top of that range.',
            },
            { text: 'About 20% of adult-onset dermatomyositis', lowPercent: 20, highPercent: 20, population: 'adults with dermatomyositis', source: 'hoeltzel2014' },
            { text: 'Up to 40% of juvenile dermatomyositis (reported range 10% to 70%)', highPercent: 40, population: 'children with dermatomyositis', source: 'hoeltzel2014' },
        ],
    },
    {
        term: 'juvenileDermatomyositis',
        label: 'Juvenile dermatomyositis',
        category: 'connectiveTissueDisease',
        definition: {
            value: 'Dermatomyositis starting in childhood. Calcinosis is its hallmark sequel, usually 1 to 3 years after onset, at elbows, knees, trunk, hands, feet and buttocks; delayed or insufficient treatment raises the risk.',
            source: 'hoeltzel2014',
        },
        frequencies: [
            { text: 'Up to 40% of juvenile dermatomyositis (reported range 10% to 70%)', highPercent: 40, population: 'children with dermatomyositis', source: 'hoeltzel2014' },
            {
                text: '70% of children with dermatomyositis', highPercent: 70, population: 'children with dermatomyositis', source: 'seed',
                caveat: 'The top of the literature\'s 10% to 70% range; most cohorts report up to 40% (Hoeltzel 2014).',
            },
        ],
    },
    {
        term: 'lupus',
        label: 'Systemic lupus erythematosus',
        aliases: ['SLE', 'sle', 'lupusErythematosus'],
        category: 'connectiveTissueDisease',
        definition: {
            value: 'Autoimmune connective tissue disease; calcinosis cutis is dystrophic and occurs in lupus and lupus panniculitis.',
            source: 'seed',
            note: 'The seed links dystrophic calcification with lupus (its reference 3, Balin 2012: 2 patients with SLE and 4 with lupus panniculitis among 78).',
        },
        frequencies: [
            {
                text: 'Periarticular calcification in 33% of patients with SLE', lowPercent: 33, highPercent: 33, population: 'systemic lupus erythematosus', source: 'seed',
                caveat: 'Not found in a source: the seed gives no reference for this figure and none was found in the literature read.',
            },
        ],
    },
    {
        term: 'mixedConnectiveTissueDisease',
        label: 'Mixed connective tissue disease',
        category: 'connectiveTissueDisease',
        definition: {
            value: 'Overlap of lupus, systemic sclerosis and myositis features with anti-U1-RNP antibodies; one of the connective tissue diseases that create a nidus for dystrophic calcification.',
            source: 'seed',
        },
    },
    {
        term: 'rheumatoidArthritis',
        label: 'Rheumatoid arthritis',
        category: 'connectiveTissueDisease',
        definition: { value: 'Chronic inflammatory polyarthritis; dystrophic calcinosis cutis has been observed in it.', source: 'seed' },
    },
    {
        term: 'sjogren',
        label: "Sjögren's syndrome",
        aliases: ['sjogrenSyndrome', 'sjogrensSyndrome', 'primarySjogren', 'sjoegren'],
        category: 'connectiveTissueDisease',
        definition: {
            value: "Autoimmune exocrinopathy with dry eyes and mouth; calcinosis cutis, sometimes massive, has been reported with primary Sjögren's syndrome.",
            source: 'seed',
            note: "The seed's references 4 to 7 (Tsuchida 2016, Fueki 2011, Llamas-Velasco 2010, Both 2017) are all on Sjögren's syndrome.",
        },
    },

    // ── Vascular: an association, not tissue damage by itself ──────────────────────────
    {
        term: 'raynaud',
        label: 'Raynaud phenomenon',
        category: 'vascular',
        definition: {
            value: 'Episodic cold- or stress-induced digital vasospasm. It accompanies calcinosis in systemic sclerosis (the R of CREST) and should be treated as part of calcinosis care; it does not by itself classify the calcinosis.',
            source: 'valenzuelaChung2016',
        },
    },
    {
        term: 'diabetes',
        label: 'Diabetes mellitus',
        aliases: ['diabetesMellitus', 'type1Diabetes', 'type2Diabetes', 't1dm', 't2dm', 'T1DM', 'T2DM'],
        category: 'vascular',
        definition: {
            value: 'A risk factor for calciphylaxis, including non-uraemic calciphylaxis; not a cause of calcinosis cutis by itself.',
            source: 'nigwekar2018',
        },
        calciphylaxisRisk: { value: 'Diabetes is a risk factor for calciphylaxis, uraemic and non-uraemic (a minor factor in the consensus grading).', source: 'cnConsensus' },
    },
    {
        term: 'mechanicalHeartValve',
        label: 'Mechanical heart valve',
        aliases: ['prostheticHeartValve', 'mechanicalValve'],
        category: 'vascular',
        definition: {
            value: 'A mechanical prosthetic heart valve needs lifelong warfarin; apixaban and the other direct oral anticoagulants are not recommended with it, so warfarin cannot simply be replaced when calciphylaxis appears.',
            source: 'labelApixaban',
        },
    },
    {
        term: 'atrialFibrillation',
        label: 'Atrial fibrillation',
        aliases: ['af', 'AF', 'nonvalvularAtrialFibrillation', 'afib'],
        category: 'general',
        definition: {
            value: 'Nonvalvular atrial fibrillation: the indication for which the apixaban label reduces 5 mg twice daily to 2.5 mg twice daily with two of age ≥ 80 years, weight ≤ 60 kg and creatinine ≥ 1.5 mg/dL (on dialysis, with age ≥ 80 years or weight ≤ 60 kg).',
            source: 'labelApixaban',
        },
    },
    {
        term: 'liverDisease',
        label: 'Liver disease',
        aliases: ['alcoholicLiverDisease', 'chronicLiverDisease'],
        category: 'vascular',
        definition: {
            value: 'A risk factor for non-uraemic calciphylaxis (with warfarin, corticosteroids and diabetes); not a cause of calcinosis cutis by itself.',
            source: 'nigwekar2018',
        },
        calciphylaxisRisk: LIVER_CALCIPHYLAXIS_RISK,
    },
    {
        term: 'cirrhosis',
        label: 'Cirrhosis',
        aliases: ['liverCirrhosis'],
        category: 'vascular',
        definition: { value: 'Chronic liver disease with fibrosis; a risk factor for non-uraemic calciphylaxis, and a reason to limit sodium (ascites).', source: 'nigwekar2008' },
        calciphylaxisRisk: LIVER_CALCIPHYLAXIS_RISK,
    },
    {
        term: 'heartFailure',
        label: 'Heart failure',
        aliases: ['congestiveHeartFailure', 'cardiacFailure'],
        category: 'general',
        definition: { value: 'Heart failure: a large intravenous sodium load (sodium thiosulfate) can worsen fluid overload.', source: 'hundemer2016', evidence: 'weak', note: 'The sodium content is Hundemer 2016\'s; the bearing on heart failure is our reading.' },
    },
    {
        term: 'pregnancy',
        label: 'Pregnancy',
        aliases: ['pregnant'],
        category: 'general',
        definition: { value: 'Pregnancy: several drugs used around calcinosis are contraindicated (warfarin, methotrexate) or to be avoided (mycophenolate, bisphosphonates) by their labels.', source: 'labelMethotrexate' },
    },
    {
        term: 'breastfeeding',
        label: 'Breastfeeding',
        aliases: ['lactation', 'breastFeeding'],
        category: 'general',
        definition: { value: 'Breastfeeding: some drugs pass into milk; for methotrexate the label and the lactation database disagree on low weekly doses.', source: 'lactmedMethotrexate' },
    },
    {
        term: 'obesity',
        label: 'Obesity',
        category: 'vascular',
        definition: { value: 'A risk factor for calciphylaxis (a minor factor in the consensus grading); not a cause of calcinosis cutis by itself.', source: 'cnConsensus' },
        calciphylaxisRisk: { value: 'Obesity is a risk factor for uraemic calciphylaxis.', source: 'sprague2014' },
    },
    {
        term: 'proteinCDeficiency',
        label: 'Protein C deficiency',
        category: 'vascular',
        definition: { value: 'A hypercoagulable state; a major risk factor for calciphylaxis in the consensus grading, found in 11% of non-uraemic cases.', source: 'nigwekar2008' },
        calciphylaxisRisk: { value: 'Protein C or S deficiency is a major risk factor for calciphylaxis.', source: 'cnConsensus' },
    },
    {
        term: 'proteinSDeficiency',
        label: 'Protein S deficiency',
        category: 'vascular',
        definition: { value: 'A hypercoagulable state; a major risk factor for calciphylaxis in the consensus grading.', source: 'cnConsensus' },
        calciphylaxisRisk: { value: 'Protein C or S deficiency is a major risk factor for calciphylaxis.', source: 'cnConsensus' },
    },

    // ── Inherited tissue disorders: dystrophic ─────────────────────────────────────────
    {
        term: 'pseudoxanthomaElasticum',
        label: 'Pseudoxanthoma elasticum',
        category: 'inheritedTissueDisorder',
        definition: { value: 'Inherited disorder of elastic fibres, which calcify in skin, eye and arteries; a cause of dystrophic calcification.', source: 'seed' },
    },
    {
        term: 'ehlersDanlos',
        label: 'Ehlers-Danlos syndrome',
        category: 'inheritedTissueDisorder',
        definition: { value: 'Inherited connective tissue disorders with fragile, hyperextensible skin; a cause of dystrophic calcification.', source: 'seed' },
    },
    {
        term: 'werner',
        label: 'Werner syndrome',
        category: 'inheritedTissueDisorder',
        definition: { value: 'Inherited premature-ageing syndrome with sclerodermatous skin; a cause of dystrophic calcification.', source: 'seed' },
    },

    // ── Tissue injury: dystrophic ──────────────────────────────────────────────────────
    {
        term: 'panniculitis',
        label: 'Panniculitis',
        aliases: ['lupusPanniculitis', 'lupusProfundus', 'pancreaticPanniculitis'],
        category: 'tissueInjury',
        definition: { value: 'Inflammation of subcutaneous fat; pancreatic and lupus panniculitis leave dystrophic calcification.', source: 'seed' },
    },
    {
        term: 'subcutaneousFatNecrosis',
        label: 'Subcutaneous fat necrosis of the newborn',
        aliases: ['subcutaneousFatNecrosisOfTheNewborn', 'scfn', 'fatNecrosisOfTheNewborn'],
        category: 'tissueInjury',
        definition: {
            value: 'A self-resolving panniculitis of the first weeks of life, often after perinatal stress or therapeutic hypothermia; the necrotic fat calcifies, and in about half the infants 1,25-dihydroxyvitamin D made in it raises the calcium (knowledge/classification.ts TissueDiseaseRaisingCalcium).',
            source: 'rodd2021',
        },
    },
    {
        term: 'pancreatitis',
        label: 'Pancreatic disease',
        aliases: ['pancreaticDisease'],
        category: 'tissueInjury',
        definition: {
            value: 'Pancreatitis or a pancreatic (acinar cell) carcinoma: lipolytic enzymes released into the blood necrose subcutaneous fat (pancreatic panniculitis), which calcifies as calcium soaps.',
            source: 'visualdxPancreaticPanniculitis',
        },
    },
    {
        term: 'varicoseVeins',
        label: 'Varicose veins',
        aliases: ['venousInsufficiency', 'chronicVenousInsufficiency', 'venousStasis'],
        category: 'tissueInjury',
        definition: { value: 'Chronic venous insufficiency of the legs; among the causes of calcinosis cutis the seed lists.', source: 'seed' },
    },

    // ── Comorbidities: recorded, bearing on neither the type nor the drugs ─────────────
    comorbidity('hypertension', 'Hypertension', ['highBloodPressure']),
    comorbidity('coronaryArteryDisease', 'Coronary artery disease', ['ischaemicHeartDisease', 'ischemicHeartDisease', 'cad', 'ihd']),
    comorbidity('stroke', 'Stroke', ['cerebrovascularAccident', 'cva']),
    comorbidity('peripheralArterialDisease', 'Peripheral arterial disease', ['peripheralVascularDisease']),
    comorbidity('dyslipidaemia', 'Dyslipidaemia', ['dyslipidemia', 'hyperlipidaemia', 'hyperlipidemia', 'hypercholesterolaemia', 'hypercholesterolemia']),
    comorbidity('hypothyroidism', 'Hypothyroidism'),
    {
        // Clinical review 15: unknown, it was offered as hyperparathyroidism, which reads the case as metastatic.
        term: 'hypoparathyroidism',
        label: 'Hypoparathyroidism',
        category: 'general',
        definition: {
            value: 'Low or inappropriately low parathyroid hormone, with low calcium and high phosphate; its standard treatment is calcium with active vitamin D, whose excess raises the calcium and the calcium-phosphate product. Not itself read as a calcinosis type.',
            source: 'bollerslev2015',
            note: 'The ESE guideline\'s abstract: low calcium and inappropriately low PTH; standard treatment is activated vitamin D analogues and calcium supplementation.',
        },
    },
    comorbidity('osteoporosis', 'Osteoporosis'),
    comorbidity('asthma', 'Asthma'),
    comorbidity('copd', 'Chronic obstructive pulmonary disease', ['COPD', 'chronicObstructivePulmonaryDisease']),
    comorbidity('anaemia', 'Anaemia', ['anemia']),
    comorbidity('gout', 'Gout'),
    comorbidity('hiv', 'HIV infection', ['HIV']),
    comorbidity('hepatitisC', 'Hepatitis C', ['hcv', 'HCV']),

    // ── Tumours: dystrophic ─────────────────────────────────────────────────────────────
    {
        term: 'pilomatrixoma',
        label: 'Pilomatrixoma',
        aliases: ['pilomatricoma'],
        category: 'tumour',
        definition: { value: 'Benign tumour of hair-matrix cells, often calcified; a cause of dystrophic calcification.', source: 'seed' },
    },
    {
        term: 'trichilemmalCyst',
        label: 'Trichilemmal cyst',
        category: 'tumour',
        definition: { value: 'Keratin cyst of the outer root sheath, mostly on the scalp; its wall or content may calcify.', source: 'seed' },
    },
    {
        term: 'trichoepithelioma',
        label: 'Trichoepithelioma',
        category: 'tumour',
        definition: { value: 'Benign follicular tumour of the face; a cause of dystrophic calcification.', source: 'seed' },
    },
    {
        term: 'basalCellCarcinoma',
        label: 'Basal cell carcinoma',
        category: 'tumour',
        definition: { value: 'The commonest skin cancer; calcification can form within it (dystrophic).', source: 'seed' },
    },

    // ── Infections: dystrophic ─────────────────────────────────────────────────────────
    {
        term: 'onchocerciasis',
        label: 'Onchocerciasis',
        category: 'infection',
        definition: { value: 'Filarial infection (Onchocerca volvulus) with subcutaneous nodules that may calcify.', source: 'seed' },
    },
    {
        term: 'cysticercosis',
        label: 'Cysticercosis',
        category: 'infection',
        definition: { value: 'Infection with larval Taenia solium; dead cysts in subcutis and muscle calcify.', source: 'seed' },
    },
    {
        term: 'histoplasmosis',
        label: 'Histoplasmosis',
        category: 'infection',
        definition: { value: 'Fungal infection (Histoplasma capsulatum); healed granulomas may calcify.', source: 'seed' },
    },
    {
        term: 'cryptococcosis',
        label: 'Cryptococcosis',
        category: 'infection',
        definition: { value: 'Fungal infection (Cryptococcus); skin lesions may calcify.', source: 'seed' },
    },

    // ── Renal failure: metastatic, or calciphylaxis ────────────────────────────────────
    {
        term: 'chronicKidneyDisease',
        label: 'Chronic kidney disease',
        // End-stage kidney disease is its G5 (kidney failure): without an eGFR the stage is not read from the name.
        aliases: ['ckd', 'CKD', 'chronicRenalFailure', 'endStageRenalDisease', 'esrd', 'ESRD', 'endStageKidneyDisease', 'eskd', 'ESKD'],
        category: 'renalFailure',
        definition: {
            value: 'Abnormal kidney structure or function present for more than 3 months; GFR category G5 (< 15 mL/min/1.73 m²) is kidney failure. Chronic renal failure is the commonest cause of metastatic calcification.',
            source: 'kdigo2012',
            note: 'The seed: "The most common cause of metastatic calcification is chronic renal failure."',
        },
        calciphylaxisRisk: { value: 'Kidney failure is the setting of uraemic calciphylaxis.', source: 'nigwekar2018' },
    },
    {
        term: 'dialysis',
        label: 'Dialysis',
        aliases: ['haemodialysis', 'hemodialysis', 'hd', 'peritonealDialysis', 'pd'],
        category: 'renalFailure',
        definition: {
            value: 'Kidney replacement therapy for kidney failure. Most calciphylaxis occurs in patients on dialysis, often with normal or even low calcium and phosphate.',
            source: 'nigwekar2018',
        },
        calciphylaxisRisk: { value: 'Most calciphylaxis occurs on dialysis (uraemic calciphylaxis); a dialysis vintage over 5 years is a major risk factor.', source: 'cnConsensus' },
    },

    // ── Metabolic: metastatic ──────────────────────────────────────────────────────────
    {
        term: 'hyperparathyroidism',
        label: 'Hyperparathyroidism',
        category: 'metabolic',
        definition: { value: 'Excess parathyroid hormone raising calcium (primary: a parathyroid adenoma or hyperplasia); a cause of metastatic calcification.', source: 'seed' },
        calciphylaxisRisk: { value: 'Hyperparathyroidism is a risk factor for calciphylaxis; primary hyperparathyroidism is the commonest cause of non-uraemic calciphylaxis.', source: 'nigwekar2008' },
    },
    {
        term: 'primaryHyperparathyroidism',
        label: 'Primary hyperparathyroidism',
        category: 'metabolic',
        definition: { value: 'Autonomous parathyroid hormone excess (adenoma, hyperplasia, carcinoma) raising calcium; a cause of metastatic calcification and of non-uraemic calciphylaxis.', source: 'nigwekar2008' },
        calciphylaxisRisk: { value: 'Primary hyperparathyroidism is the commonest cause of non-uraemic calciphylaxis; parathyroidectomy treats it.', source: 'nigwekar2008' },
    },
    {
        term: 'tertiaryHyperparathyroidism',
        label: 'Tertiary hyperparathyroidism',
        category: 'metabolic',
        definition: {
            value: 'Parathyroid hormone secreted autonomously, with a raised calcium, after long-standing secondary hyperparathyroidism: in kidney failure or persisting after a kidney transplant; treated by parathyroidectomy, or cinacalcet off-label after a transplant.',
            source: 'cruzado2016', evidence: 'weak',
            note: 'Cruzado 2016 randomised hypercalcaemic hyperparathyroidism after kidney transplantation to cinacalcet or subtotal parathyroidectomy; the definition is the usual one, not quoted from a guideline.',
        },
        // Clinical review 13: a recorded tertiary hyperparathyroidism is a reason for calciphylaxis, as hyperparathyroidism is.
        calciphylaxisRisk: { value: 'Hyperparathyroidism is a risk factor for calciphylaxis; after a kidney transplant PTH was above 500 pg/mL in half of the recipients with calciphylaxis.', source: 'guillen2022', evidence: 'weak', note: 'Hyperparathyroidism as a risk factor: nigwekar2008; the transplant series: guillen2022 (abstract read).' },
    },
    {
        term: 'secondaryHyperparathyroidism',
        label: 'Secondary hyperparathyroidism',
        category: 'metabolic',
        definition: {
            value: 'Raised parathyroid hormone in response to low calcium, low vitamin D or high phosphate, typically in chronic kidney disease; contributes to metastatic calcification and calciphylaxis.',
            source: 'seed',
            evidence: 'weak',
            note: 'The seed lists hyperparathyroidism among causes of metastatic calcification without naming the secondary form.',
        },
    },
    {
        term: 'hypervitaminosisD',
        label: 'Hypervitaminosis D',
        category: 'metabolic',
        definition: { value: 'Vitamin D excess raising calcium and phosphate; a cause of metastatic calcification.', source: 'seed' },
    },
    {
        term: 'sarcoidosis',
        label: 'Sarcoidosis',
        category: 'metabolic',
        definition: { value: 'Granulomatous disease whose granulomas make calcitriol and raise calcium; a cause of metastatic calcification.', source: 'seed' },
    },
    {
        term: 'milkAlkaliSyndrome',
        label: 'Milk-alkali syndrome',
        category: 'metabolic',
        definition: { value: 'Hypercalcaemia, alkalosis and renal impairment from excessive intake of calcium-containing food or antacids; a cause of metastatic calcification.', source: 'seed' },
    },
    {
        term: 'malignancy',
        label: 'Malignancy',
        // Clinical review 12: myeloma and POEMS were unknown, so zoledronic acid read "no malignancy recorded".
        aliases: ['multipleMyeloma', 'myeloma', 'poemsSyndrome', 'poems', 'cancer', 'leukaemia', 'leukemia', 'lymphoma'],
        category: 'metabolic',
        definition: { value: 'Malignant neoplasms raise calcium (bone metastases, PTH-related peptide); a cause of metastatic calcification.', source: 'seed' },
        calciphylaxisRisk: { value: 'Malignancy is among the causes of non-uraemic calciphylaxis.', source: 'nigwekar2008' },
    },

    {
        term: 'pseudohypoparathyroidism',
        label: 'Pseudohypoparathyroidism',
        aliases: ['albrightHereditaryOsteodystrophy'],
        category: 'metabolic',
        definition: {
            value: 'Resistance to PTH (GNAS): a low calcium and a high phosphate with a raised PTH, which is secondary, not autonomous; ectopic ossifications (osteoma cutis in Albright hereditary osteodystrophy) are among its major criteria. A cause of metastatic calcification.',
            source: 'mantovani2018',
            note: 'Osteoma cutis is bone, not calcium salt: a differential of calcinosis cutis that the biopsy tells apart.',
        },
    },
    {
        term: 'tumourLysisSyndrome',
        label: 'Tumour lysis syndrome',
        aliases: ['tumorLysisSyndrome', 'tls'],
        category: 'metabolic',
        definition: {
            value: 'The release of tumour-cell contents, mostly after chemotherapy of haematological cancers: hyperuricaemia, hyperkalaemia, hyperphosphataemia and a low calcium, with acute kidney injury; calcium phosphate precipitates in tissues.',
            source: 'howard2011',
        },
    },
    // ── Idiopathic subtypes ─────────────────────────────────────────────────────────────
    {
        term: 'familialTumoralCalcinosis',
        label: 'Familial tumoral calcinosis',
        aliases: ['hyperphosphatemicFamilialTumoralCalcinosis', 'hyperphosphataemicFamilialTumoralCalcinosis', 'hftc', 'HFTC'],
        category: 'idiopathicSubtype',
        definition: {
            value: 'Large periarticular calcified masses, familial, without tissue injury or deranged calcium: the first of the seed\'s three idiopathic forms.',
            source: 'seed',
            note: 'Its hyperphosphataemic form (GALNT3, FGF23 or KL variants) has a high phosphate with normal calcium and kidneys; do not route it to metastatic on the phosphate alone. Gathered as sourced in design/clinical-facts.md without the source named: to verify.',
        },
    },
    // ── General: no type of its own ────────────────────────────────────────────────────
    {
        term: 'downSyndrome',
        label: 'Down syndrome',
        aliases: ['trisomy21'],
        category: 'general',
        definition: { value: 'Trisomy 21. Milia-like idiopathic calcinosis cutis occurs mostly in children with Down syndrome, and can disappear spontaneously by adulthood.', source: 'solak2016' },
    },
    {
        term: 'addisonDisease',
        label: 'Adrenal insufficiency (Addison disease)',
        aliases: ['addison', 'addisons', 'addisonsDisease', 'adrenalInsufficiency', 'hypoadrenalism'],
        category: 'general',
        definition: {
            value: 'Adrenal insufficiency (primary: Addison disease): the systemic disease most often associated with auricular calcification ("petrified ear"), with hypopituitarism; the calcified ears can be the clue to a life-threatening cortisol deficiency.',
            source: 'gogate2012',
            note: 'An association of unclear mechanism, not a type of calcinosis cutis: the category points to none. A case report and review (Dermatopathology 2021, PMID 33800755, abstract read) says the same.',
        },
    },
    {
        term: 'hypopituitarism',
        label: 'Hypopituitarism',
        aliases: ['pituitaryInsufficiency'],
        category: 'general',
        definition: {
            value: 'Pituitary insufficiency; with secondary adrenal insufficiency it is reported with auricular calcification ("petrified ears").',
            source: 'gogate2012',
        },
    },
    {
        term: 'epilepsy',
        label: 'Epilepsy',
        aliases: ['seizureDisorder'],
        category: 'general',
        definition: {
            value: 'Recurrent unprovoked seizures. EEG monitoring with calcium chloride electrode paste is the setting of electrode-paste calcinosis (record the paste as an exposure); epilepsy itself does not type the calcinosis.',
            source: 'medscapeCalcinosisCutis', evidence: 'weak',
        },
    },
    {
        // A working graft is not kidney failure: dialysis or the eGFR say how the kidneys are.
        term: 'acuteKidneyInjury',
        label: 'Acute kidney injury',
        aliases: ['aki', 'acuteRenalFailure', 'acuteKidneyFailure'],
        category: 'general',
        definition: {
            value: 'A sudden loss of kidney function. The checks read the kidneys from the creatinine, eGFR and dialysis recorded, not from this word; Nigwekar 2018 lists acute kidney injury among the settings in which calciphylaxis is reported.',
            source: 'nigwekar2018',
        },
    },
    {
        // Clinical review 11: furosemide given before the volume is restored (a phosphate load, a hypercalcaemia) is cautioned against it.
        term: 'dehydration',
        label: 'Dehydration (volume depletion)',
        aliases: ['volumeDepletion', 'hypovolaemia', 'hypovolemia', 'dehydrated'],
        category: 'general',
        definition: {
            value: 'Loss of body water and sodium, reducing the circulating volume; it accompanies severe hypercalcaemia and the acute kidney injury of a phosphate load, and is corrected before a loop diuretic is given.',
            source: 'smpcFurosemide',
            note: 'The furosemide SmPC contraindicates hypovolaemia and dehydration; the FDA names dehydration among the risks of sodium phosphate (fdaSodiumPhosphate2014).',
        },
    },
    {
        term: 'kidneyTransplant',
        label: 'Kidney transplant recipient',
        aliases: ['renalTransplant', 'kidneyTransplantation', 'renalTransplantation'],
        category: 'general',
        definition: { value: 'A kidney transplant recipient; calciphylaxis is reported after transplantation (a risk factor of its own here), and Yu 2017 does not count those patients as non-uraemic calciphylaxis (knowledge/classification.ts TransplantCalciphylaxis).', source: 'yu2017' },
    },
    {
        term: 'liverTransplant',
        label: 'Liver transplant recipient',
        aliases: ['liverTransplantation', 'orthotopicLiverTransplant', 'hepaticTransplant'],
        category: 'general',
        definition: {
            value: 'A liver transplant recipient. Calcinosis cutis after liver transplantation has been read as dystrophic or metastatic: the large intravenous calcium that corrects the hypocalcaemia of transfusion is thought central, with short-lived rises of the calcium-phosphate product. The type goes by the recorded facts (the calcium given, the levels, the kidneys).',
            source: 'ehsani2006', note: 'One case report and its review of the earlier reports.',
        },
    },
];

export const Injuries: Injury[] = [
    {
        term: 'trauma',
        label: 'Trauma',
        definition: { value: 'Mechanical injury of the skin or subcutis at the lesion\'s site; damaged tissue is a nidus for dystrophic calcification.', source: 'seed' },
    },
    {
        term: 'burn',
        label: 'Burn',
        definition: { value: 'Thermal or chemical burn; burn scars can calcify (dystrophic).', source: 'seed' },
    },
    {
        term: 'frostbite',
        label: 'Frostbite',
        aliases: ['coldInjury', 'frostBite'],
        definition: {
            value: 'Cold injury of the skin and cartilage at the lesion\'s site; with local trauma and inflammation, the commonest cause of auricular calcification ("petrified ear"), a dystrophic calcification.',
            source: 'gogate2012',
        },
    },
    {
        term: 'surgery',
        label: 'Surgery',
        definition: {
            value: 'An operation wound or scar at the lesion\'s site, counted as tissue trauma.',
            source: 'engineering',
            note: 'Our reading: the seed names trauma, not surgery.',
        },
    },
    {
        term: 'injection',
        label: 'Injection',
        definition: {
            value: 'An injection at the lesion\'s site of something containing neither calcium nor phosphate, counted as tissue trauma. If the injected product contains calcium or phosphate, record an exposure instead (iatrogenic).',
            source: 'engineering',
            note: 'Our choice, to keep iatrogenic calcinosis for calcium or phosphate given at the site.',
        },
    },
    {
        term: 'infection',
        label: 'Infection',
        definition: { value: 'Local infection at the lesion\'s site; infections are among the causes of dystrophic calcification the seed lists.', source: 'seed' },
    },
    {
        term: 'radiotherapy',
        label: 'Radiotherapy',
        aliases: ['radiationTherapy', 'irradiation', 'radiation', 'radiotherapyField'],
        definition: {
            value: 'Radiotherapy to the lesion\'s site: irradiated skin and subcutis (fibrosis, atrophy) can calcify years later, a dystrophic calcification in the radiation field with normal calcium and phosphate.',
            source: 'bjr2002Irradiation', evidence: 'weak',
            note: 'Case reports (six patients after chest wall and breast irradiation); Reiter 2011 part I is said to list radiation among the dystrophic causes, not re-read here.',
        },
    },
    {
        term: 'heelStick',
        label: 'Neonatal heel stick',
        definition: {
            value: 'Heel-prick blood sampling in a neonate; calcified heel nodules may follow.',
            source: 'medscapeCalcinosisCutis',
            evidence: 'weak',
            note: 'Usually classed as iatrogenic calcinosis in the literature although no calcium is given; recorded as an injury and classed as iatrogenic (classedAs).',
        },
        classedAs: {
            value: 'iatrogenic', source: 'medscapeCalcinosisCutis', evidence: 'weak',
            note: 'The reviews list heel-stick nodules with iatrogenic calcinosis cutis.',
            otherView: { value: 'VisualDx describes heel-stick nodules as dystrophic calcification after needle trauma', source: 'visualdxHeel' },
        },
    },
];

export const Exposures: Exposure[] = [
    // ── Risk factors for calciphylaxis: given to the patient, not at the site ───────────
    {
        term: 'warfarin',
        label: 'Warfarin',
        aliases: ['vitaminKAntagonist'],
        definition: { value: 'Vitamin K antagonist anticoagulant; it inhibits the vitamin K-dependent activation of matrix Gla protein, an inhibitor of vascular calcification.', source: 'nigwekar2018' },
        calciphylaxisRisk: { value: 'Warfarin is a risk factor for calciphylaxis, uraemic and non-uraemic; stop it where possible and choose another anticoagulant.', source: 'nigwekar2018' },
    },
    {
        term: 'calciumSalts',
        label: 'Calcium salts (supplements, calcium-based binders)',
        aliases: ['calciumSupplements', 'calciumCarbonate', 'calciumBasedBinder'],
        definition: { value: 'Oral calcium: supplements and calcium-based phosphate binders (calcium carbonate, calcium acetate).', source: 'kdoqiGuide5' },
        calciphylaxisRisk: { value: 'Calcium salts and calcium-based binders are calciphylaxis risk factors: stop them and use a calcium-free binder.', source: 'cnConsensus' },
    },
    {
        term: 'vitaminDAnalogues',
        label: 'Active vitamin D (calcitriol, alfacalcidol, paricalcitol)',
        aliases: ['activeVitaminD', 'calcitriol', 'alfacalcidol', 'paricalcitol'],
        definition: { value: 'Active vitamin D and its analogues, given for secondary hyperparathyroidism.', source: 'kdoqiGuide6' },
        calciphylaxisRisk: { value: 'Active vitamin D is a calciphylaxis risk factor: stop it in calciphylaxis (doses above 0.5 µg/day are a major risk factor).', source: 'cnConsensus' },
    },
    {
        // "Vitamin D" as clinicians write it is the nutritional one; KDIGO keeps it apart from calcitriol and its analogues.
        term: 'nativeVitaminD',
        label: 'Vitamin D (cholecalciferol, ergocalciferol)',
        aliases: ['vitaminD', 'cholecalciferol', 'colecalciferol', 'ergocalciferol', 'nutritionalVitaminD'],
        definition: { value: 'Nutritional (native) vitamin D, not the active vitamin D of kidney disease; in excess it raises calcium and phosphate (hypervitaminosis D), a cause of metastatic calcification.', source: 'kdigo2017' },
    },
    {
        term: 'iron',
        label: 'Iron (intravenous iron, iron overload)',
        aliases: ['ironSucrose', 'ironDextran', 'intravenousIron'],
        definition: { value: 'Iron given intravenously or by mouth, usually for the anaemia of kidney disease.', source: 'cnConsensus' },
        calciphylaxisRisk: { value: 'Intravenous iron and iron overload are calciphylaxis risk factors: limit intravenous iron.', source: 'cnConsensus' },
    },
    {
        term: 'corticosteroids',
        label: 'Systemic corticosteroids',
        aliases: ['steroids', 'glucocorticoids'],
        definition: { value: 'Systemic glucocorticoids (prednisone, prednisolone, methylprednisolone).', source: 'nigwekar2008' },
        calciphylaxisRisk: { value: 'Corticosteroids preceded 61% of non-uraemic calciphylaxis: taper them where possible.', source: 'nigwekar2008' },
    },
    {
        // Clinical review 11: the newborn's cooling, recorded where subcutaneous fat necrosis is in question (knowledge/classification.ts FatNecrosisRisk).
        term: 'therapeuticHypothermia',
        label: 'Therapeutic hypothermia (neonatal cooling)',
        aliases: ['wholeBodyCooling', 'therapeuticCooling', 'coolingTherapy', 'neonatalCooling'],
        definition: {
            value: 'Whole-body cooling of a newborn with hypoxic-ischaemic encephalopathy: a risk factor for subcutaneous fat necrosis of the newborn, whose lesions appear after the cooling, and with it for the hypercalcaemia that can follow.',
            source: 'strohm2011', evidence: 'weak',
            note: 'Strohm 2011 (registry abstract read); Stefanko & Drolet 2019, a systematic review, is cited for it as the main risk factor, not read here.',
        },
    },
    // ── Calcium or phosphate given at the site: iatrogenic ─────────────────────────────
    {
        term: 'calciumGluconate',
        label: 'Calcium gluconate (intravenous)',
        gives: 'calcium',
        definition: { value: 'Extravasated intravenous calcium gluconate, the commonest cause of iatrogenic calcinosis cutis (often in neonates treated for hypocalcaemia).', source: 'rumancik2020' },
    },
    {
        term: 'calciumChloride',
        label: 'Calcium chloride (intravenous)',
        gives: 'calcium',
        definition: { value: 'Intravenous calcium chloride given for hypocalcaemia; extravasation causes iatrogenic calcinosis cutis.', source: 'song2019' },
    },
    {
        term: 'electrodePaste',
        label: 'Calcium chloride electrode paste',
        gives: 'calcium',
        definition: {
            value: 'Calcium chloride paste under EEG or EMG electrodes, absorbed through the skin; causes iatrogenic calcinosis at the electrode sites.',
            source: 'medscapeCalcinosisCutis',
            evidence: 'weak',
        },
    },
    {
        term: 'phosphateEnema',
        label: 'Phosphate enema',
        gives: 'phosphate',
        definition: {
            value: 'Phosphate-containing enema or infusion; the phosphate load can precipitate calcium in tissue.',
            source: 'medscapeCalcinosisCutis',
            evidence: 'weak',
        },
        systemic: {
            value: 'Sodium phosphate given rectally (or by mouth) is absorbed: too much, or in kidney disease, dehydration or old age, raises the blood phosphate and lowers the calcium (hyperphosphataemia, hypocalcaemia, acute kidney injury).',
            source: 'fdaSodiumPhosphate2014',
            note: 'Medscape classes calcinosis after phosphate enemas as iatrogenic; a raised phosphate makes it the metastatic mechanism. Both are said: iatrogenic when the phosphate is not shown raised, metastatic (the enema the cause) when it is.',
        },
    },
    {
        term: 'heparinCalcium',
        label: 'Calcium heparin (subcutaneous)',
        gives: 'calcium',
        definition: {
            value: 'Subcutaneous injections of the calcium salt of heparin (nadroparin calcium, calcium heparin); calcified nodules at the injection sites, mostly in advanced kidney failure, that usually resolve once the injections stop.',
            source: 'benFatma2014',
        },
    },
    {
        term: 'calciumAlginate',
        label: 'Calcium alginate dressing',
        gives: 'calcium',
        definition: {
            value: 'Calcium alginate wound dressing applied to the site; calcium is released into the wound.',
            source: 'medscapeCalcinosisCutis',
            evidence: 'weak',
        },
    },
];

/** Which calcinosis type each category of condition points to, per the seed and its sources. */
export const CategorySupport: Record<ConditionCategory, Sourced<CalcinosisType | undefined>> = {
    connectiveTissueDisease: {
        value: 'dystrophic', source: 'seed',
        note: 'Systemic sclerosis, dermatomyositis, mixed connective tissue disease or lupus damage tissue and create a nidus for calcification; calcium and phosphate are normal (seed, references 2 and 3).',
    },
    inheritedTissueDisorder: {
        value: 'dystrophic', source: 'seed',
        note: 'Pseudoxanthoma elasticum, Werner and Ehlers-Danlos syndromes (seed, reference 6).',
    },
    tissueInjury: {
        value: 'dystrophic', source: 'seed',
        note: 'Trauma, burns, panniculitis and varicose veins (seed, reference 6).',
    },
    tumour: {
        value: 'dystrophic', source: 'seed',
        note: 'Pilomatrixoma, trichilemmal cyst, basal cell carcinoma, trichoepithelioma (seed, reference 6).',
    },
    infection: {
        value: 'dystrophic', source: 'seed',
        note: 'Onchocerciasis, cysticercosis, histoplasmosis, cryptococcosis (seed, reference 6).',
    },
    renalFailure: {
        value: 'metastatic', source: 'seed',
        note: 'Chronic renal failure is the commonest cause of metastatic calcification. With painful, ulcerating or necrotic lesions (vessel calcification) it points to calciphylaxis instead, even when calcium and phosphate are normal (Nigwekar 2018).',
    },
    metabolic: {
        value: 'metastatic', source: 'seed',
        note: 'Hyperparathyroidism, hypervitaminosis D, sarcoidosis, milk-alkali syndrome and malignancy raise calcium or phosphate (seed, references 2 and 8).',
    },
    idiopathicSubtype: {
        value: 'idiopathic', source: 'seed',
        note: 'Familial tumoral calcinosis, subepidermal calcified nodules and scrotal calcinosis (seed, reference 6).',
    },
    general: {
        value: undefined, source: 'engineering',
        note: 'Our choice: pregnancy and heart failure bear on which drugs are safe, not on the type of calcinosis.',
    },
    vascular: {
        value: undefined, source: 'engineering',
        note: 'Our choice: Raynaud phenomenon is associated with calcinosis in systemic sclerosis, and diabetes or liver disease with calciphylaxis, but none damages tissue by itself, so the category points to no type.',
    },
};
