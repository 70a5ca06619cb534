/**
 * The fifth clinician review's labs: a unit mis-written between panels (PTH 95 pg/mL, then
 * 96 pmol/L), said where the numbers match the factor between the units closely.
 */
import { describe, expect, it } from 'vitest';
import { diagnose } from './helpers.js';

function panels(first: string, later: string): string {
    return `case P {\n    patient { age 60 years sex female weight 70 kg }\n    labs "at presentation" {\n        ${first}\n    }\n    labs "six weeks later" {\n        ${later}\n    }\n}\n`;
}

describe('3. the same number in the other unit in the next panel', () => {
    it('PTH 95 pg/mL, then 96 pmol/L: a warning at the later value, naming the earlier, and no "high" resting on it', async () => {
        const rows = await diagnose(panels('pth 95 pg/mL', 'pth 96 pmol/L'));
        const suspect = rows.filter(r => r.code === 'unit-suspect');
        expect(suspect.map(r => [r.severity, r.line, r.text])).toEqual([['warning', 7, '96']]);
        expect(suspect[0].message).toBe('Parathyroid hormone (intact) 96 pmol/L is 905 pg/mL, 9.52 times the 95 pg/mL of the panel before, about the factor between the two units (1 pmol/L = 9.43 pg/mL), while the numbers as written are nearly the same. Is one of the units mis-written? This value is not judged until its unit is checked.');
        expect(rows.filter(r => r.code === 'lab-out-of-range' && r.line === 7)).toEqual([]);
    });

    it('a suppressed PTH (18 pg/mL, then 19 pmol/L, clinician read 10): not read as a rise to 179 pg/mL', async () => {
        const rows = await diagnose(panels('pth 18 pg/mL', 'pth 19 pmol/L'));
        expect(rows.filter(r => r.code === 'unit-suspect').map(r => [r.line, r.text])).toEqual([[7, '19']]);
        expect(rows.filter(r => r.code === 'lab-out-of-range' && r.line === 7)).toEqual([]);
    });

    it('the other way round (10 pmol/L, then 10.2 pg/mL) too', async () => {
        const rows = await diagnose(panels('pth 10 pmol/L', 'pth 10.2 pg/mL'));
        expect(rows.filter(r => r.code === 'unit-suspect').map(r => r.line)).toEqual([7]);
    });

    it('a consistent conversion (95 pg/mL, then 10.1 pmol/L), a true change (95 pg/mL, then 30 pmol/L), or one unit in both: nothing', async () => {
        for (const [first, later] of [['pth 95 pg/mL', 'pth 10.1 pmol/L'], ['pth 95 pg/mL', 'pth 30 pmol/L'], ['pth 95 pg/mL', 'pth 96 pg/mL']]) {
            expect((await diagnose(panels(first, later))).filter(r => r.code === 'unit-suspect')).toEqual([]);
        }
    });
});
