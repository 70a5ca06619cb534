/**
 * The eighteenth clinical review: denosumab on dialysis with the calcium raised by vitamin D.
 * Vitamin D intoxication with an eGFR below 30 was told to "give calcium and vitamin D" with
 * denosumab, the Prolia label's words for a calcium that is not raised. The boxed warning still
 * stands (the calcium can fall hard once the excess clears); the supplements wait.
 */
import { describe, expect, it } from 'vitest';
import { diagnose } from './helpers.js';

const onDialysis = (history: string, labs: string) => `case R {
    patient { age 58 years sex male weight 70 kg }
    history {
        condition endStageRenalDisease
        ${history}
    }
    labs { ${labs} }
    treatment {
        drug denosumab 60 mg sc once
    }
}`;

async function denosumabCautions(text: string): Promise<Array<[string, string]>> {
    return (await diagnose(text)).filter(r => r.code === 'drug-caution' && /denosumab carries a boxed warning/.test(r.message)).map(r => [r.severity, r.message]);
}

describe('denosumab below an eGFR of 30 (Prolia boxed warning)', () => {
    it('with vitamin D in excess: the warning stands, calcium and vitamin D wait', async () => {
        const rows = await denosumabCautions(onDialysis('condition hypervitaminosisD', 'calcium 12.4 mg/dL albumin 4.0 g/dL egfr 8 mL/min/1.73m2'));
        expect(rows).toHaveLength(1);
        expect(rows[0][0]).toBe('warning');
        expect(rows[0][1]).toContain('the calcium and vitamin D the label gives with it wait while the calcium is raised or vitamin D is in excess (stop them in hypercalcaemia)');
        expect(rows[0][1]).not.toContain('give calcium and vitamin D');
    });

    it('with the corrected calcium raised and no condition recorded: the same', async () => {
        const rows = await denosumabCautions(onDialysis('', 'calcium 11.6 mg/dL albumin 4.0 g/dL egfr 8 mL/min/1.73m2'));
        expect(rows.map(([, m]) => m)).toEqual([expect.stringContaining('wait while the calcium is raised')]);
    });

    it('with a normal calcium: the label\'s "give calcium and vitamin D"', async () => {
        const rows = await denosumabCautions(onDialysis('', 'calcium 9.2 mg/dL albumin 4.0 g/dL egfr 8 mL/min/1.73m2'));
        expect(rows.map(([, m]) => m)).toEqual([expect.stringContaining('give calcium and vitamin D, and check the calcium often')]);
    });
});
