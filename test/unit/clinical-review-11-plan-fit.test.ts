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
