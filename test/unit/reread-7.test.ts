/** The seventh session's reread: what a reviewer found in the change, each as the user sees it. */
import { describe, expect, it } from 'vitest';
import { summarizeDocument } from '../../src/language/summary/summary-document.js';
import { diagnose, services, validate } from './helpers.js';

const summary = async (text: string) => summarizeDocument(await validate(text), services.Calc.clinical.Analysis).summaries[0];

describe('the reread of the seventh session', () => {
    it('a number typed with more than 100 decimals is judged, not a crash', async () => {
        const rows = await diagnose(`case L {\n    labs {\n        calcium 3.${'0'.repeat(110)}1 mmol/L\n    }\n}\n`);
        expect(rows.some(r => /error occurred/i.test(r.message))).toBe(false);
        expect(rows.find(r => r.code === 'lab-out-of-range')?.message).toMatch(/^Calcium \(total\) 3\.0+1 mmol\/L .* is high/);
    });

    it('a unit slip keeps its question in the summary when the dose is also above a daily limit', async () => {
        const s = await summary('case E {\n    patient { age 70 years sex female weight 60 kg }\n    labs { egfr 20 mL/min/1.73m2 }\n    treatment {\n        drug enoxaparin 40 g sc daily\n    }\n}\n');
        const given = s.management.drugs.find(d => d.term === 'enoxaparin')!.given![0];
        expect(given.detail).toMatch(/is the unit mg\?/);
    });

    it('a drug with a caution and no schedule still says to write how often', async () => {
        const s = await summary('case W {\n    patient { age 70 years sex female weight 60 kg }\n    history { condition haemodialysis }\n    treatment {\n        drug warfarin 1 mg oral\n    }\n}\n');
        const given = s.management.drugs.find(d => d.term === 'warfarin')!.given![0];
        expect(given.detail).not.toMatch(/the caution (leads|applies)/);
    });

    it('a size whose unit is still being typed shows its numbers, not "undefined"', async () => {
        const s = await summary('case S {\n    lesion L1 { site thigh size 2 x 3 }\n}\n');
        expect(s.lesions[0].size ?? '').not.toContain('undefined');
    });
});
