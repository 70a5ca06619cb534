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
