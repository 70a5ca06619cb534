/**
 * The seventeenth review: a radiologist's or a pathologist's own word for the deposit. "Calcinosis"
 * on a radiograph, or "calcinosis cutis" on a biopsy, shows the calcium deposit; the classification
 * used to ask for the very study the case had recorded.
 */
import { describe, expect, it } from 'vitest';
import { diagnose } from './helpers.js';

const dermatomyositis = (study: string) => `case R {
    patient { age 40 years sex female }
    history { condition dermatomyositis }
    lesion L1 { site thigh size 2 cm }
    ${study}
    labs { calcium 2.3 mmol/L phosphate 1.1 mmol/L }
}`;

const classification = async (text: string) => {
    const rows = await diagnose(text);
    return { verdict: rows.find(r => r.code === 'classification')?.message, asks: rows.filter(r => r.code === 'classification-incomplete').map(r => r.message) };
};

describe('a study that names calcinosis shows the deposit', () => {
    it('a radiograph reading "calcinosis in the subcutaneous tissue": dystrophic, definite, nothing asked', async () => {
        const { verdict, asks } = await classification(dermatomyositis('imaging { xray of L1 "calcinosis in the subcutaneous tissue" }'));
        expect(verdict).toMatch(/^Dystrophic calcinosis cutis, circumscripta \(definite\): .*plain radiograph: calcified deposits on imaging/);
        expect(asks).toEqual([]);
    });

    it('a biopsy reading "calcinosis cutis": calcium deposits on histology', async () => {
        const { verdict, asks } = await classification(dermatomyositis('biopsy of L1 "calcinosis cutis"'));
        expect(verdict).toMatch(/^Dystrophic calcinosis cutis, circumscripta \(definite\): .*biopsy: calcium deposits on histology/);
        expect(asks).toEqual([]);
    });

    it('"no calcinosis" shows nothing: the type stays probable and the study is asked for', async () => {
        const { verdict, asks } = await classification(dermatomyositis('imaging { xray of L1 "no calcinosis seen" }'));
        expect(verdict).toMatch(/^Dystrophic calcinosis cutis, circumscripta \(probable\)/);
        expect(asks).toEqual(['To confirm dystrophic, record imaging or a biopsy showing the calcium deposits.']);
    });
});

describe('KDOQI\'s calcium target in kidney failure, reached only once corrected, says where the guidelines part', () => {
    const onDialysis = (labs: string) => `case R {
    patient { age 60 years sex female weight 70 kg }
    history { condition haemodialysis }
    labs { ${labs} phosphate 5 mg/dL }
    treatment {
        drug calciumCarbonate 500 mg oral three times daily with meals
    }
}`;
    const caution = async (labs: string) => (await diagnose(onDialysis(labs))).filter(r => r.code === 'drug-caution').map(r => [r.severity, r.message]);

    it('calcium 9.5 mg/dL with albumin 3.0 g/dL (corrected 10.3): the warning names the measured total and KDIGO 2017', async () => {
        expect(await caution('calcium 9.5 mg/dL albumin 3.0 g/dL')).toEqual([['warning',
            'Calcium carbonate with an albumin-corrected calcium of 10.3 mg/dL in kidney failure (the measured total is 9.5 mg/dL, and in kidney disease KDIGO 2017 does not correct calcium for albumin (KDOQI 2003 did): confirm with an ionised calcium): with a corrected calcium above 10.2 mg/dL in CKD 5 reduce or stop calcium-based binders.']]);
    });

    it('a measured calcium above the target needs no such note', async () => {
        expect(await caution('calcium 10.4 mg/dL albumin 4.0 g/dL')).toEqual([['warning',
            'Calcium carbonate with a calcium of 10.4 mg/dL in kidney failure: with a corrected calcium above 10.2 mg/dL in CKD 5 reduce or stop calcium-based binders.']]);
    });
});
