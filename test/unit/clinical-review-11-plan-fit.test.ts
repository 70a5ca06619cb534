/**
 * Clinician read 11, the plan and the classification: the frostbitten ("petrified") ear, an
 * unknown history term under an idiopathic verdict, the words and sources of each plan step
 * fitted to the case's cause, phosphate binders only for a raised phosphate, the PTH of CKD
 * not pointed to primary-hyperparathyroidism surgery, and children (a severe low calcium, the
 * adult-only ceftriaxone ceiling, electrode-paste calcinosis that resolves on its own).
 */
import { describe, expect, it } from 'vitest';
import { summarizeDocument } from '../../src/language/summary/summary-document.js';
import { renderMarkdown } from '../../src/language/summary/render-markdown.js';
import { diagnose, services, validate } from './helpers.js';

async function markdownOf(text: string): Promise<string> {
    const document = await validate(text);
    return renderMarkdown(summarizeDocument(document, services.Calc.clinical.Analysis).summaries);
}

/** The numbered plan step whose title starts so, as one line of the Markdown summary. */
function step(markdown: string, title: string): string | undefined {
    return markdown.split('\n').find(line => /^\d+\. \*\*/.test(line) && line.includes(`**${title}`));
}

const ear = (injury: string, pain = 'pain none') => `case PetrifiedEar {
    patient { age 52 years sex male weight 74 kg }
    history {
${injury}
    }
    lesion E1 { site bilateral ear size 6 x 3 cm morphology hard ${pain} }
    labs { calcium 9.2 mg/dL phosphate 3.4 mg/dL albumin 4.3 g/dL creatinine 1.0 mg/dL }
    imaging { xray of E1 "Dense calcification of the auricular cartilage bilaterally" }
}
`;

describe('the frostbitten ear', () => {
    it('frostbite (and cold injury) is a known tissue injury: dystrophic, not idiopathic', async () => {
        for (const injury of ['frostbite', 'coldInjury']) {
            const rows = await diagnose(ear(`        injury ${injury} "both ears, 20 years ago"`));
            expect(rows.filter(r => r.code === 'unknown-term')).toEqual([]);
            expect(rows.find(r => r.code === 'classification')!.message).toMatch(/^Dystrophic calcinosis cutis, circumscripta \(definite\): Frostbite \(tissue injury\);/);
        }
    });

    it('an unknown history term keeps an idiopathic verdict at probable, and asks for a known term', async () => {
        const rows = await diagnose(ear('        injury chilblains "both ears"'));
        expect(rows.find(r => r.code === 'classification')!.message).toMatch(/^Idiopathic calcinosis cutis, circumscripta \(probable\): no tissue damage, exposure or metabolic cause recorded;/);
        expect(rows.find(r => r.code === 'classification-incomplete')!.message)
            .toBe('To confirm idiopathic, record a known term in place of `chilblains` (a history term not understood may be the cause).');
        // Without the unknown term the same case is definite.
        const plain = await diagnose(ear(''));
        expect(plain.find(r => r.code === 'classification')!.message).toMatch(/^Idiopathic calcinosis cutis, circumscripta \(definite\)/);
    });

    it('adrenal insufficiency, hypopituitarism and epilepsy are known conditions, creatine kinase a known analyte', async () => {
        const rows = await diagnose(`case Terms {
    patient { age 52 years sex male }
    history { condition addisonDisease condition adrenalInsufficiency condition hypopituitarism condition epilepsy }
    labs { ck 900 U/L }
}
`);
        expect(rows.filter(r => r.code === 'unknown-term')).toEqual([]);
        expect(rows.find(r => r.code === 'lab-out-of-range')!.message).toMatch(/^Creatine kinase 900 U\/L is high: above the adult \(50 years and over\), male reference ≤ 280 U\/L by 620 U\/L\. Source: Lilleng 2011/);
    });

    it('captopril and pentoxifylline are known drugs, with their class and the label\'s renal limit', async () => {
        const text = `case Drugs {
    patient { age 70 years sex male weight 70 kg }
    labs { creatinine 3.0 mg/dL }
    treatment { drug captopril 12.5 mg oral twice daily drug pentoxifylline 400 mg oral 3 times a day }
}
`;
        const rows = await diagnose(text);
        expect(rows.filter(r => r.code === 'unknown-term')).toEqual([]);
        const markdown = await markdownOf(text);
        expect(markdown).toContain('**Captopril** (given)<br>ACE inhibitor');
        expect(markdown).toContain('**Pentoxifylline** (given)<br>methylxanthine (haemorheologic agent)');
        expect(markdown).toMatch(/Pentoxifylline:\*\* For this patient: .*1200 mg\/day.*400 mg\/day/);
    });
});

describe('each plan step fits the case', () => {
    it('excision of an idiopathic lesion recorded painless is not said to suit it as symptomatic', async () => {
        const markdown = await markdownOf(ear(''));
        const excision = step(markdown, 'Surgical excision')!;
        expect(excision).not.toContain('symptomatic idiopathic lesions');
        expect(excision).toContain('Also an option. Why: for a symptomatic lesion; none is recorded as painful or ulcerated (E1 painless)');
        const painful = step(await markdownOf(ear('', 'pain moderate')), 'Surgical excision')!;
        expect(painful).toContain('Suits this case. Why: symptomatic idiopathic lesions (E1 painful)');
    });
});

const postSurgical = (conditions = '') => `case PostLiposuction {
    patient { age 38 years sex female weight 64 kg }
    history {
        injury surgery "liposuction 2 years ago"
${conditions}
    }
    lesion A1 { site abdomen size 2 x 1 cm morphology nodular pain mild }
    labs { calcium 9.4 mg/dL phosphate 3.4 mg/dL albumin 4.2 g/dL }
    imaging { ultrasound of A1 "Hyperechoic calcified foci" }
}
`;

describe('the words and sources of each step fit the cause', () => {
    it('a past injury alone has no underlying disease to treat, and the excision step does not cite the connective-tissue-disease series', async () => {
        const markdown = await markdownOf(postSurgical());
        expect(markdown).toContain('### Plan for this case: dystrophic calcinosis cutis');
        expect(step(markdown, 'Treat the underlying disease')).toBeUndefined();
        expect(markdown).not.toContain('Why: Surgery (tissue injury). Treat the disease that damaged the tissue');
        expect(step(markdown, 'Surgical excision')).not.toContain('Of 28 patients with connective tissue disease');
    });

    it('with a connective tissue disease the series is cited, and the disease is treated', async () => {
        const markdown = await markdownOf(postSurgical('        condition systemicSclerosis'));
        expect(step(markdown, 'Treat the underlying disease')).toContain('Why: Systemic sclerosis (connective tissue disease). Treat the disease');
        expect(step(markdown, 'Surgical excision')).toContain('Of 28 patients with connective tissue disease who had excisions, 22 had a complete response.');
    });

    it('a bisphosphonate given for the hypercalcaemia of myeloma is not said to respond in dermatomyositis and systemic sclerosis', async () => {
        const markdown = await markdownOf(`case Myeloma {
    patient { age 68 years sex male weight 70 kg }
    history { condition malignancy "multiple myeloma" }
    lesion L1 { site thigh size 2 x 2 cm morphology nodular }
    labs { calcium 14.2 mg/dL phosphate 5.6 mg/dL albumin 4.0 g/dL }
    imaging { xray of L1 "Soft-tissue calcification" }
    treatment { drug zoledronicAcid 4 mg iv once }
}
`);
        expect(markdown).toContain('### Plan for this case: metastatic calcinosis cutis');
        expect(markdown).toContain('**Zoledronic acid** (given)');
        expect(markdown).not.toContain('Good response mainly in dermatomyositis and systemic sclerosis');
    });
});

const metastaticCkd = (phosphate: string, condition: string) => `case Hypercalcaemic {
    patient { age 52 years sex female weight 60 kg }
    history {
        condition ${condition}
        condition chronicKidneyDisease
    }
    lesion L1 { site forearm size 1 x 1 cm morphology nodular }
    labs { calcium 11.5 mg/dL phosphate ${phosphate} mg/dL albumin 4.0 g/dL egfr 40 mL/min/1.73m2 }
    imaging { xray of L1 "Soft-tissue calcification" }
}
`;

describe('phosphate binders only for a raised phosphate', () => {
    it('sarcoidosis with CKD and a normal phosphate: no binder or aluminium advice', async () => {
        const markdown = await markdownOf(metastaticCkd('4.1', 'sarcoidosis'));
        const levels = step(markdown, 'Correct calcium and phosphate')!;
        expect(levels).not.toContain('binder');
        expect(markdown).not.toContain('**Aluminium hydroxide**');
        expect(markdown).not.toContain('**Sevelamer**');
    });

    it('CKD with a raised phosphate: the calcium-free binder, and aluminium only above 7.0 mg/dL', async () => {
        const raised = step(await markdownOf(metastaticCkd('5.2', 'sarcoidosis')), 'Correct calcium and phosphate')!;
        expect(raised).toContain('In chronic kidney disease with a raised phosphate: restrict dietary phosphate and use a calcium-free binder.');
        expect(raised).not.toContain('Aluminium binders');
        const high = step(await markdownOf(metastaticCkd('7.6', 'sarcoidosis')), 'Correct calcium and phosphate')!;
        expect(high).toContain('Aluminium binders for at most 4 weeks, once, and only while phosphate is above 7.0 mg/dL.');
    });
});

const calciphylaxisCkd4 = (extra = '', calcium = '9.4') => `case CalciphylaxisG4 {
    patient { age 68 years sex female weight 98 kg }
    history {
        condition chronicKidneyDisease
        condition diabetes
${extra}
    }
    lesion A1 { site thigh size 6 x 4 cm morphology retiformPurpura necrosis pain severe ulcerated yes }
    labs { calcium ${calcium} mg/dL phosphate 5.4 mg/dL albumin 4.0 g/dL pth 240 pg/mL egfr 22 mL/min/1.73m2 }
}
`;

describe('the PTH of CKD G4 is not pointed to primary-hyperparathyroidism surgery', () => {
    it('reads the raised PTH as the kidney disease\'s', async () => {
        const markdown = await markdownOf(calciphylaxisCkd4());
        expect(markdown).toContain('### Plan for this case: calciphylaxis');
        expect(markdown).not.toContain('parathyroidectomy treats primary hyperparathyroidism, the commonest cause of non-uraemic calciphylaxis');
        const mineral = step(markdown, 'Control calcium, phosphate and PTH; PTH raised in chronic kidney disease')!;
        expect(mineral).toContain('secondary hyperparathyroidism of the kidney disease is the likely reading');
    });

    it('with primary hyperparathyroidism recorded, or a raised calcium, parathyroidectomy is pointed to', async () => {
        for (const markdown of [await markdownOf(calciphylaxisCkd4('        condition primaryHyperparathyroidism')), await markdownOf(calciphylaxisCkd4('', '11.2'))]) {
            expect(markdown).toContain('parathyroidectomy treats primary hyperparathyroidism, the commonest cause of non-uraemic calciphylaxis');
        }
    });
});

describe('children', () => {
    const infant = `case InfantIvCalcium {
    patient { age 3 months sex male weight 5.2 kg }
    history { exposure calciumGluconate "10% IV for a hypocalcaemic seizure, extravasated" }
    lesion H1 { site right hand size 2 x 1.5 cm morphology plaque hard ulcerated no }
    labs { calcium 6.1 mg/dL phosphate 4.0 mg/dL albumin 3.6 g/dL }
    treatment { drug ceftriaxone 50 mg/kg iv daily "for presumed sepsis" }
}
`;

    it('a corrected calcium of 6.4 mg/dL in an infant is severely low by a paediatric guideline', async () => {
        const calcium = (await diagnose(infant)).find(r => r.code === 'lab-out-of-range' && r.message.startsWith('Albumin-corrected calcium'))!;
        expect(calcium.message).toContain('is low, severely for a child (below 7.2 mg/dL, 1.8 mmol/L: discuss with and admit under paediatric endocrinology; intravenous calcium first where severely symptomatic, as with seizures)');
        expect(calcium.message).toContain('Band: Starship, hypocalcaemia in children.');
    });

    it('the adult ceftriaxone ceiling is not listed for an infant, and is for an adult', async () => {
        expect(await markdownOf(infant)).not.toContain('Do not exceed 4 g/day in adults.');
        const adult = infant.replace('age 3 months', 'age 40 years').replace('weight 5.2 kg', 'weight 70 kg').replace('50 mg/kg iv daily', '2 g iv daily');
        expect(await markdownOf(adult)).toContain('- **Ceftriaxone:** Do not exceed 4 g/day in adults.');
    });

    it('electrode-paste calcinosis in a child: watch and wait once the paste is removed', async () => {
        const markdown = await markdownOf(`case EegPaste {
    patient { age 4 years sex male weight 16 kg }
    history { condition epilepsy exposure electrodePaste "5-day video-EEG" }
    lesion S1 { site scalp count 12 size 4 mm morphology papular chalky pain mild ulcerated no }
    labs { calcium 9.8 mg/dL phosphate 5.0 mg/dL albumin 4.2 g/dL }
}
`);
        expect(step(markdown, 'Watch and wait')).toContain('Suits this case. Why: electrode-paste calcinosis, once the paste is removed. Calcinosis from calcium chloride electrode paste in children usually resolves on its own within months once the paste is removed: excision (under general anaesthesia in a child) is rarely needed.');
    });

    it('adult dermatomyositis: cancer screening (IMACS 2023); not in juvenile dermatomyositis', async () => {
        const dm = (age: string, condition: string) => `case Dm {
    patient { age ${age} years sex female weight 58 kg }
    history { condition ${condition} }
    lesion E1 { site elbow size 1 x 1 cm morphology nodular }
    labs { calcium 9.4 mg/dL phosphate 3.6 mg/dL albumin 4.0 g/dL }
}
`;
        const screening = 'Adult-onset dermatomyositis carries a raised risk of cancer in the 3 years before and after its onset: screen for cancer at diagnosis';
        expect(step(await markdownOf(dm('66', 'dermatomyositis')), 'Treat the underlying disease')).toContain(screening);
        expect(await markdownOf(dm('9', 'juvenileDermatomyositis'))).not.toContain(screening);
    });
});
