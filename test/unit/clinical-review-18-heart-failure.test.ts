/**
 * The eighteenth clinical review: diltiazem and an NSAID given in heart failure drew no word. The
 * 2022 AHA/ACC/HFSA guideline (7.3.7) recommends against non-dihydropyridine calcium channel
 * blockers in HFrEF and has NSAIDs avoided or withdrawn there (both class 3: harm). A case records
 * no ejection fraction, so the caution asks for it.
 */
import { describe, expect, it } from 'vitest';
import { diagnose, drugCase } from './helpers.js';

const PATIENT = 'age 70 years sex male weight 80 kg';
const cautions = async (history: string, drug: string) =>
    (await diagnose(drugCase(PATIENT, drug, history))).filter(r => r.code === 'drug-caution').map(r => [r.severity, r.message]);

describe('heart failure (AHA/ACC/HFSA 2022, 7.3.7)', () => {
    it('diltiazem: a warning to record the ejection fraction and stop it if reduced', async () => {
        expect(await cautions('condition heartFailure', 'drug diltiazem 60 mg oral three times daily')).toEqual([[
            'warning', 'Diltiazem with heart failure: in heart failure with a reduced ejection fraction non-dihydropyridine calcium channel blockers are not recommended (AHA/ACC/HFSA 2022, class 3: harm): record the ejection fraction, and with it reduced stop diltiazem.'
        ]]);
    });

    it.each(['ibuprofen 400 mg oral three times daily', 'naproxen 500 mg oral twice daily'])('an NSAID (%s): avoided or withdrawn whenever possible', async drug => {
        expect(await cautions('condition congestiveHeartFailure', `drug ${drug}`)).toContainEqual(['warning', expect.stringContaining('NSAIDs worsen heart failure and should be avoided or withdrawn whenever possible (AHA/ACC/HFSA 2022, class 3: harm)')]);
    });

    it('no heart failure recorded: neither is said', async () => {
        expect(await cautions('condition hypertension', 'drug diltiazem 60 mg oral three times daily')).toEqual([]);
        expect((await cautions('condition hypertension', 'drug ibuprofen 400 mg oral three times daily')).filter(([, m]) => m.includes('heart failure'))).toEqual([]);
    });
});
