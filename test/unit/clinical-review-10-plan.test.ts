/**
 * Clinician read 10, the plan and the classification: calcinosis after radiotherapy (not
 * calciphylaxis on a history of malignancy), subcutaneous fat necrosis of the newborn, and
 * vitamin D excess in chronic kidney disease.
 */
import { describe, expect, it } from 'vitest';
import { summarizeDocument } from '../../src/language/summary/summary-document.js';
import { renderMarkdown } from '../../src/language/summary/render-markdown.js';
import { diagnose, services, validate } from './helpers.js';

async function markdownOf(text: string): Promise<string> {
    const document = await validate(text);
    return renderMarkdown(summarizeDocument(document, services.Calc.clinical.Analysis).summaries);
}

const irradiated = (injury: string, biopsy: string) => `case PostRadiation {
    patient { age 59 years sex female }
    history {
        condition malignancy "left breast carcinoma 2014, 50 Gy/25 fractions"
${injury}
    }
    lesion R2 { site left breast size 1.5 x 1 cm morphology nodular ulcerated yes pain moderate }
    labs { calcium 2.36 mmol/L albumin 42 g/L phosphate 1.05 mmol/L egfr 78 mL/min/1.73m2 }
${biopsy}
}
`;

describe('calcinosis after radiotherapy', () => {
    const text = irradiated('        injury radiotherapy "left breast, 2014"', '    biopsy of R2 "Dermal calcium deposits with radiation fibrosis; no carcinoma"');

    it('radiotherapy (and irradiation) is a known injury', async () => {
        const rows = await diagnose(irradiated('        injury radiotherapy\n        injury irradiation', ''));
        expect(rows.filter(r => r.code === 'unknown-term')).toEqual([]);
    });

    it('is dystrophic, not calciphylaxis on malignancy and a painful ulcer', async () => {
        const classification = (await diagnose(text)).find(r => r.code === 'classification')!;
        expect(classification.message).toMatch(/^Dystrophic calcinosis cutis, circumscripta \(definite\): Radiotherapy \(tissue injury\);/);
        const markdown = await markdownOf(text);
        expect(markdown).toContain('### Plan for this case: dystrophic calcinosis cutis');
        expect(markdown).not.toContain('Plan for this case: calciphylaxis');
        expect(markdown).toContain('calciphylaxis: not excluded — a recorded tissue injury with normal calcium and phosphate explains dystrophic calcinosis');
        expect(markdown).toContain('the biopsy describes calcium deposits without calcification of small vessels');
    });

    it('a tissue injury with normal levels keeps one non-uraemic risk factor from making calciphylaxis probable, without a biopsy too', async () => {
        const rows = await diagnose(irradiated('        injury surgery "wide local excision"', ''));
        const classification = rows.find(r => r.code === 'classification')!;
        expect(classification.message).toMatch(/^Dystrophic calcinosis cutis, circumscripta \(probable\)/);
    });

    it('a biopsy showing small-vessel calcification still makes it calciphylaxis', async () => {
        const rows = await diagnose(irradiated('        injury radiotherapy', '    biopsy of R2 "Calcification of dermal arterioles with thrombi"'));
        expect(rows.find(r => r.code === 'classification')!.message).toMatch(/^Calciphylaxis \(definite\)/);
    });
});

const fatNecrosis = (age: string, calcium: string) => `case FatNecrosis {
    patient { age ${age} sex male weight 3.8 kg }
    history { condition subcutaneousFatNecrosis "after whole-body cooling" }
    lesion P1 { site back size 5 x 4 cm morphology plaque firm violaceous pain mild }
    labs { calcium ${calcium} albumin 34 g/L phosphate 1.3 mmol/L }
    biopsy of P1 "Lobular panniculitis with needle-shaped clefts and calcium deposits"
    treatment { drug cholecalciferol 400 units oral daily "routine supplement" }
}
`;

describe('subcutaneous fat necrosis of the newborn', () => {
    const crisis = fatNecrosis('4 weeks', '3.45 mmol/L');

    it('is a known condition (and SCFN)', async () => {
        const rows = await diagnose(crisis.replace('condition subcutaneousFatNecrosis', 'condition subcutaneousFatNecrosis\n        condition scfn'));
        expect(rows.filter(r => r.code === 'unknown-term')).toEqual([]);
    });

    it('with hypercalcaemia: its own cause advice, no excision, and no denosumab in the crisis step', async () => {
        const markdown = await markdownOf(crisis);
        expect(markdown).toMatch(/2\. \*\*Correct the underlying disorder\*\* — Suits this case\. Why: Subcutaneous fat necrosis of the newborn \(raises calcium\)\./);
        expect(markdown).toContain('hyperhydration, a low-calcium formula without vitamin D and no vitamin D supplements; furosemide once hydrated and a glucocorticoid; an intravenous bisphosphonate (pamidronate; etidronate has been used)');
        expect(markdown).toContain('Screen the kidneys by ultrasound for nephrocalcinosis');
        expect(markdown).toMatch(/\*\*Excision only once the levels are corrected\*\* — Not for this case\. Why: subcutaneous fat necrosis of the newborn resolves on its own, usually within weeks to months: its lesions are not excised\. ?\n/);
        expect(markdown).not.toContain('Excise a deposit that stays symptomatic');
        expect(markdown).toContain('In a child, not denosumab: its effect on bone turnover reverses quickly once it is stopped');
        expect(markdown).not.toContain('with an intravenous bisphosphonate or denosumab (in hypercalcaemia of malignancy)');
        // A routine supplement is not named vitamin D excess where fat necrosis explains the calcium.
        expect(markdown).not.toContain('vitamin D excess (');
    });

    it('an adult\'s crisis keeps the Endocrine Society\'s calcitonin with a bisphosphonate or denosumab', async () => {
        const markdown = await markdownOf(`case Crisis {\n    patient { age 60 years }\n    history { condition primaryHyperparathyroidism }\n    lesion L1 { site thigh }\n    labs { calcium 3.7 mmol/L albumin 40 g/L phosphate 0.9 mmol/L }\n}\n`);
        expect(markdown).toContain('Above 14 mg/dL the Endocrine Society suggests calcitonin, for 48 to 72 hours only, with an intravenous bisphosphonate or denosumab');
        expect(markdown).not.toContain('In a child, not denosumab');
    });

    it('with normal calcium: dystrophic, and no excision', async () => {
        const markdown = await markdownOf(fatNecrosis('3 weeks', '2.5 mmol/L'));
        expect(markdown).toContain('### Plan for this case: dystrophic calcinosis cutis');
        expect(markdown).toMatch(/\*\*Surgical excision\*\* — Not for this case\. Why: subcutaneous fat necrosis of the newborn resolves on its own/);
    });
});

describe('vitamin D excess in chronic kidney disease', () => {
    const text = `case CkdVitaminD {
    patient { age 71 years sex male }
    history {
        condition chronicKidneyDisease "G4"
        exposure nativeVitaminD "50,000 units weekly"
    }
    lesion F1 { site bilateral finger morphology papular hard }
    labs { calcium 2.92 mmol/L albumin 38 g/L phosphate 1.9 mmol/L vitaminD25 310 nmol/L egfr 18 mL/min/1.73m2 }
    treatment {
        drug calcitriol 0.5 micrograms oral every other day
        drug cholecalciferol 50000 units oral weekly
    }
}
`;

    it('the cause step names vitamin D excess beside the kidney disease, with its advice and KDIGO\'s', async () => {
        const markdown = await markdownOf(text);
        expect(markdown).toMatch(/\*\*Correct the underlying disorder\*\* — Suits this case\. Why: Chronic kidney disease \(renal failure\), vitamin D excess \(vitamin D, calcitriol, cholecalciferol given; 25-hydroxyvitamin D 310 nmol\/L \(124 ng\/mL\) high\)\./);
        expect(markdown).toContain('Stop all vitamin D and calcium supplements; off dialysis rehydrate');
        expect(markdown).toContain('In CKD G4–G5 not on dialysis KDIGO suggests that calcitriol and vitamin D analogues are not used routinely');
    });

    it('KDIGO\'s G4–G5 sentence follows the eGFR, not the word: not at G3a, and at G4 without CKD recorded', async () => {
        const g3a = await markdownOf(text.replace('egfr 18 mL/min/1.73m2', 'egfr 50 mL/min/1.73m2'));
        expect(g3a).not.toContain('In CKD G4–G5 not on dialysis KDIGO suggests');
        const unrecorded = await markdownOf(text.replace('        condition chronicKidneyDisease "G4"\n', ''));
        expect(unrecorded).toContain('In CKD G4–G5 not on dialysis KDIGO suggests');
    });

    it('with the calcium raised and no 25-hydroxyvitamin D, vitamin D given is still named', async () => {
        const classification = (await diagnose(text.replace(' vitaminD25 310 nmol/L', ''))).find(r => r.code === 'classification')!;
        expect(classification.message).toContain('vitamin D excess (vitamin D, calcitriol, cholecalciferol given; with the calcium raised)');
    });
});
