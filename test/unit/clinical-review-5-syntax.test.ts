/**
 * The fifth clinician review's syntax: UCUM's own spelling of the international unit, and a
 * keyword written among the morphology words. The messages say what to write.
 */
import { describe, expect, it } from 'vitest';
import { diagnose, doseVerdicts } from './helpers.js';

const text = (treatment: string, lesion = 'site thigh') =>
    `case P {\n    patient { age 2 years sex male weight 12 kg }\n    treatment {\n        ${treatment}\n    }\n    lesion L1 {\n        ${lesion}\n    }\n}\n`;

describe('4. `[IU]`, UCUM\'s spelling of the international unit', () => {
    it('50000 [IU]: each bracket says to write `units`; the dose still reads as 50000 units', async () => {
        const source = text('drug cholecalciferol 50000 [IU] oral daily');
        const syntax = (await diagnose(source)).filter(r => r.code === 'syntax');
        const message = "`[IU]` is UCUM's spelling of the international unit: write `units` instead (`50000 units`).";
        expect(syntax.map(r => [r.severity, r.line, r.text, r.message])).toEqual([['error', 4, '[', message], ['error', 4, ']', message]]);
        const [verdict] = await doseVerdicts(source);
        expect(verdict.text).toMatch(/^a dose for vitamin D deficiency|^not a calcinosis regimen; above|^50000 units\/day: above the most a day for this patient/);
    });

    it('[iU] is said alike; another bracket keeps the general message', async () => {
        const lower = (await diagnose(text('drug cholecalciferol 50000 [iU] oral daily'))).filter(r => r.code === 'syntax');
        expect(lower.map(r => r.message)).toEqual([expect.stringMatching(/^`\[iU\]` is UCUM's spelling/), expect.stringMatching(/^`\[iU\]` is UCUM's spelling/)]);
        const other = (await diagnose(text('drug cholecalciferol 50000 [x] oral daily'))).filter(r => r.code === 'syntax');
        expect(other[0].message).toBe('`[` is not part of the language here: a stray character?');
    });
});

describe('7. `morphology necrotic ulcerated`', () => {
    it('the message says to write `ulcerated yes` on its own line, at what follows the keyword', async () => {
        const syntax = (await diagnose(text('drug diltiazem 60 mg oral 3 times a day', 'morphology necrotic ulcerated'))).filter(r => r.code === 'syntax');
        expect(syntax.map(r => [r.severity, r.line, r.text, r.message])).toEqual([
            ['error', 8, '}', '`ulcerated` takes `yes` or `no` (found `}` after it): write `ulcerated yes` or `ulcerated no` on its own line; it is not one of the morphology words.']
        ]);
    });
});
