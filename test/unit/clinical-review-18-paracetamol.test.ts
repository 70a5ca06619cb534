/**
 * The eighteenth clinical review: paracetamol 2 g every 6 hours (8 g a day) in an adult passed
 * with "no regimen is reported to check this dose against": the labels' day's most was held only
 * by weight under 50 kg. From 50 kg, or in an adult whose weight is not recorded, it is 4 g a day.
 */
import { describe, expect, it } from 'vitest';
import { doseWarnings, drugCase } from './helpers.js';

const warnings = async (patient: string, drug: string) => (await doseWarnings(drugCase(patient, drug, 'condition panniculitis'))).map(r => r[2]);

describe('paracetamol\'s 4 g a day from 50 kg', () => {
    it('8 g a day at 70 kg: above 4 g a day, the label named', async () => {
        expect(await warnings('age 52 years sex male weight 70 kg', 'drug paracetamol 2 g oral every 6 hours')).toEqual([expect.stringMatching(
            /^Paracetamol 2 g oral every 6 hours gives 8000 mg\/day: above the most a day for this patient by each source, 4000 mg\/day by the US intravenous label, from 50 kg\./)]);
    });

    it('an adult with no weight recorded is held to it too; 1 g every 6 hours is not above', async () => {
        expect(await warnings('age 52 years sex male', 'drug paracetamol 2 g oral every 6 hours')).toHaveLength(1);
        expect(await warnings('age 52 years sex male weight 70 kg', 'drug paracetamol 1 g oral every 6 hours')).toEqual([]);
    });

    it('under 50 kg the per-kg limits hold, not 4 g (3 g a day at 30 kg is above 75 mg/kg a day)', async () => {
        const [row] = await warnings('age 9 years sex female weight 30 kg', 'drug paracetamol 750 mg oral every 6 hours');
        expect(row).toContain('75 mg/kg/day (2250 mg/day) by the US intravenous label');
        expect(row).not.toContain('4000 mg/day');
    });
});
