/**
 * The eighteenth clinical review: a kidney ultrasound reporting nephrocalcinosis was read as the
 * skin's calcified deposit ("calcinosis" inside "nephrocalcinosis"), and the metastatic reading
 * called definite on it. Nephrocalcinosis is the kidney's calcification and says nothing of the
 * lesions in the skin.
 */
import { describe, expect, it } from 'vitest';
import { diagnose } from './helpers.js';

const infant = (finding: string) => `case Renal {
    patient { age 9 months sex female weight 8 kg }
    labs { calcium 12.8 mg/dL phosphate 5.0 mg/dL }
    lesion L1 { site back morphology nodule }
    imaging {
        ultrasound "${finding}"
    }
}`;

const classification = async (text: string) => (await diagnose(text)).filter(r => r.code.startsWith('classification')).map(r => r.message);

describe('nephrocalcinosis on imaging is not a skin deposit', () => {
    it('a kidney ultrasound alone leaves the metastatic reading probable, asking for the deposits to be shown', async () => {
        const rows = await classification(infant('medullary nephrocalcinosis of both kidneys'));
        expect(rows[0]).toMatch(/^Metastatic calcinosis cutis, circumscripta \(probable\): /);
        expect(rows[0]).not.toContain('calcified deposits on imaging');
        expect(rows).toContain('To confirm metastatic, record imaging or a biopsy showing the calcium deposits.');
    });

    it('the same study naming a calcified skin nodule in another clause still shows the deposit', async () => {
        const rows = await classification(infant('medullary nephrocalcinosis; calcified subcutaneous nodule of the back'));
        expect(rows[0]).toMatch(/^Metastatic calcinosis cutis, circumscripta \(definite\): .*ultrasound: calcified deposits on imaging/);
    });
});
