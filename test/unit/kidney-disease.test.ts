/**
 * One definition of chronic kidney disease (clinical/kidney.ts kidneyDisease) for the Ca × P
 * target, the Ca × P caution and the plan: CKD recorded or shown by the eGFR (G3a to G5) is read
 * alike, and CKD recorded with an eGFR of 60 or more (G1-G2) is outside the stage 3 to 5 advice.
 */
import { describe, expect, it } from 'vitest';
import { diagnose, summaryMarkdownCited } from './helpers.js';

function caseWith(history: string, labs: string, treatment = ''): string {
    return [
        'case Kidneys {',
        '    patient {', '        age 60 years', '        sex male', '        weight 70 kg', '    }',
        '    history {', `        ${history || 'condition hypertension'}`, '    }',
        '    lesion S1 {', '        site left shoulder', '        morphology nodule', '        pain none', '    }',
        '    labs {', ...labs.split('\n').map(l => `        ${l}`), '        albumin 4.0 g/dL', '    }',
        '    imaging { xray of S1 "calcified nodule" }',
        treatment ? `    treatment {\n        ${treatment}\n    }` : '',
        '}'
    ].join('\n');
}

describe('chronic kidney disease, decided once', () => {
    it('CKD recorded with no eGFR: the Ca × P is held against the CKD target, as with an eGFR in G3', async () => {
        const labs = 'calcium 10.0 mg/dL\nphosphate 6.2 mg/dL';
        const recorded = (await diagnose(caseWith('condition chronicKidneyDisease', labs))).filter(r => r.code === 'calcium-phosphate-product');
        const byEgfr = (await diagnose(caseWith('', `${labs}\negfr 45 mL/min/1.73m2`))).filter(r => r.code === 'calcium-phosphate-product');
        expect(byEgfr).toHaveLength(1);
        expect(recorded).toHaveLength(1);
        expect(recorded[0].message).toContain('55');
    });

    it('the Ca × P caution on a calcium salt is the same whether CKD is recorded or shown by the eGFR', async () => {
        const labs = 'calcium 10.5 mg/dL\nphosphate 7.0 mg/dL';
        const drug = 'drug calciumCarbonate 500 mg oral twice daily';
        const cautions = async (text: string) => (await diagnose(text)).filter(r => r.code === 'drug-caution').map(r => r.message);
        const recorded = await cautions(caseWith('condition chronicKidneyDisease', labs, drug));
        const byEgfr = await cautions(caseWith('', `${labs}\negfr 45 mL/min/1.73m2`, drug));
        expect(byEgfr).toEqual(recorded);
        expect(byEgfr.join(' ')).not.toContain('calcium given adds to the calcium phosphate that deposits');
    });

    it('CKD recorded with an eGFR of 75 (G2): a raised PTH is not given the CKD G3a-G5 advice to treat medically first', async () => {
        const labs = 'calcium 9.5 mg/dL\nphosphate 5.0 mg/dL\npth 150 pg/mL';
        const medicalFirst = 'In chronic kidney disease with a raised PTH, correct phosphate, calcium and vitamin D first';
        expect(await summaryMarkdownCited(caseWith('condition chronicKidneyDisease\n        condition sarcoidosis', `${labs}\negfr 45 mL/min/1.73m2`))).toContain(medicalFirst);
        expect(await summaryMarkdownCited(caseWith('condition chronicKidneyDisease\n        condition sarcoidosis', `${labs}\negfr 75 mL/min/1.73m2`))).not.toContain(medicalFirst);
    });
});
