/**
 * A clinician's declared type the facts do not exclude stands, and the plan goes by it: on
 * dialysis with a raised phosphate and no lesion described, the labs alone point to metastatic
 * calcinosis (probable), whose plan offers excision; declared calciphylaxis must not get it.
 */
import { describe, expect, it } from 'vitest';
import { diagnose, summaryMarkdownUncited } from './helpers.js';

const onDialysis = (diagnosis: string) => `case D {
    patient { age 58 years sex female weight 90 kg }
    history { condition dialysis }
    labs { calcium 9.6 mg/dL phosphate 6.8 mg/dL albumin 3.5 g/dL }
${diagnosis}}`;

describe('declared calciphylaxis on dialysis with no lesion described', () => {
    const declared = onDialysis('    diagnosis { type calciphylaxis }\n');

    it('is the classification, its declaration the first reason, with no conflict', async () => {
        const rows = await diagnose(declared);
        expect(rows.find(r => r.code === 'classification')?.message).toBe('Calciphylaxis (probable): declared calciphylaxis in the file; Dialysis (renal failure).');
        expect(rows.map(r => r.code)).not.toContain('classification-conflict');
    });

    it('is planned as calciphylaxis: surgery only as debridement, no excision; the facts alone are named', async () => {
        const page = await summaryMarkdownUncited(declared);
        expect(page).toContain('- **Classification:** Calciphylaxis (probable)');
        expect(page).toContain('### Plan for this case: calciphylaxis');
        expect(page).toContain('**Surgery only as debridement**');
        expect(page).not.toContain('Excision only once the levels are corrected');
        expect(page).toContain('- without the declaration, the recorded facts point to metastatic (probable): phosphate (inorganic phosphorus) 6.8 mg/dL (2.2 mmol/L) high; Dialysis (renal failure)');
    });

    it('undeclared, the same facts are metastatic (probable), as before', async () => {
        const page = await summaryMarkdownUncited(onDialysis(''));
        expect(page).toContain('- **Classification:** Metastatic calcinosis cutis (probable)');
        expect(page).not.toContain('without the declaration');
    });

    it('a declared type the facts exclude still does not stand', async () => {
        const rows = await diagnose(`case E {
    patient { age 40 years sex female }
    history { condition dermatomyositis }
    lesion L1 { site left elbow }
    diagnosis { type calciphylaxis }
}`);
        expect(rows.find(r => r.code === 'classification-conflict')?.message).toMatch(/^Declared calciphylaxis, but no renal failure, dialysis or other calciphylaxis risk factor is recorded\./);
        expect(rows.find(r => r.code === 'classification')?.message).toMatch(/^Dystrophic calcinosis cutis/);
    });
});
