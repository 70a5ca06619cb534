/**
 * Clinical review 19: "IVIG 2 g/kg iv monthly" was "given less often than the reported 2 g/kg iv
 * every 4 weeks". A month in a schedule is any month, 28 to 31 days: monthly is as often as every
 * 4 weeks, written or reported; a schedule outside both still is not.
 */
import { describe, expect, it } from 'vitest';
import { doseVerdicts, doseWarnings, drugCase } from './helpers.js';

const CHILD = 'age 10 years sex female weight 30 kg';
const HISTORY = 'condition juvenileDermatomyositis';

describe('a month read as any month', () => {
    it('IVIG 2 g/kg monthly is within the reported 2 g/kg every 4 weeks, with no warning', async () => {
        const text = drugCase(CHILD, 'drug ivig 2 g/kg iv monthly', HISTORY);
        expect(await doseWarnings(text)).toEqual([]);
        const [verdict] = await doseVerdicts(text);
        expect([verdict.status, verdict.text]).toEqual(['within', 'within the reported 2 g/kg iv every 4 weeks (dermatomyositis)']);
    });

    it('every 2 months is still less often, and every 2 weeks more often', async () => {
        const rare = await doseWarnings(drugCase(CHILD, 'drug ivig 2 g/kg iv every 2 months', HISTORY));
        expect(rare).toEqual([['warning', 5, 'Intravenous immunoglobulin 2 g/kg iv every 2 months: given less often than the reported 2 g/kg iv every 4 weeks (dermatomyositis) (Cafardi 2015).']]);
        const often = await doseWarnings(drugCase(CHILD, 'drug ivig 2 g/kg iv every 2 weeks', HISTORY));
        expect(often.map(([, , message]) => message)).toEqual([expect.stringMatching(/^Intravenous immunoglobulin 2 g\/kg iv every 2 weeks: given more often than the reported 2 g\/kg iv every 4 weeks/)]);
    });
});
