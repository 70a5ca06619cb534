/**
 * The eighteenth clinical review: apixaban given with alcoholic liver disease drew no caution, as
 * only `cirrhosis` reached the labels' hepatic-impairment warnings. Chronic liver disease is
 * hepatic impairment of some grade: the caution asks for the Child-Pugh grade and the coagulation.
 * NSAIDs keep EASL's caution for cirrhosis only (ascites, decompensation), which the source speaks of.
 */
import { describe, expect, it } from 'vitest';
import { diagnose, drugCase } from './helpers.js';

const PATIENT = 'age 61 years sex male weight 72 kg';
const cautions = async (history: string, drug: string) =>
    (await diagnose(drugCase(PATIENT, drug, history))).filter(r => r.code === 'drug-caution').map(r => [r.severity, r.message]);

describe('apixaban in liver disease (EU SmPC, US label)', () => {
    it.each(['liverDisease', 'alcoholicLiverDisease', 'cirrhosis'])('condition %s: a warning to grade it and check the coagulation', async condition => {
        const rows = await cautions(`condition ${condition}`, 'drug apixaban 5 mg oral twice daily');
        expect(rows).toContainEqual(['warning', expect.stringContaining('grade the liver disease (Child-Pugh) and check the coagulation before giving it')]);
    });

    it('no liver disease recorded: no hepatic caution', async () => {
        const rows = await cautions('condition hypertension', 'drug apixaban 5 mg oral twice daily');
        expect(rows.filter(([, m]) => m.includes('Child-Pugh'))).toEqual([]);
    });
});

describe('NSAIDs: EASL\'s caution speaks of cirrhosis', () => {
    it('said with cirrhosis, not with liver disease of no stage', async () => {
        const nsaid = 'drug ibuprofen 400 mg oral three times daily';
        expect((await cautions('condition cirrhosis', nsaid)).some(([, m]) => m.includes('NSAIDs should not be used in cirrhosis with ascites'))).toBe(true);
        expect((await cautions('condition liverDisease', nsaid)).some(([, m]) => m.includes('cirrhosis with ascites'))).toBe(false);
    });
});
