/**
 * The eighteenth clinical review: intravenous calcium with the levels raised. Calcinosis after a
 * liver transplant (calcium gluconate during massive transfusion, acute kidney injury, calcium
 * and phosphate raised, lesions on the trunk and limbs) was called iatrogenic and definite, its
 * plan "re-site the infusion", and metastatic calcinosis was not named at all: iatrogenic won a
 * tie of two definite readings by precedence. Ehsani 2006 reports such lesions at sites where no
 * calcium was given, read as dystrophic or metastatic.
 */
import { describe, expect, it } from 'vitest';
import { diagnose, summaryMarkdownUncited } from './helpers.js';

const infused = (labs: string, lesions: string[], exposure = 'calciumGluconate "repeated infusions during massive transfusion"') => `case Infused {
    patient { age 41 years sex male weight 70 kg }
    history {
        exposure ${exposure}
    }
    labs { ${labs} }
${lesions.map((site, i) => `    lesion L${i + 1} { site ${site} morphology papule }`).join('\n')}
    biopsy of L1 "dermal calcium deposits, von Kossa positive"
}`;

const RAISED = 'calcium 11.2 mg/dL phosphate 6.9 mg/dL';
const NORMAL = 'calcium 9.4 mg/dL phosphate 3.5 mg/dL';
const classification = async (text: string) => (await diagnose(text)).filter(r => r.code.startsWith('classification')).map(r => [r.code, r.message]);

describe('intravenous calcium, the levels raised, lesions in more than one region: neither reading is preferred', () => {
    const text = infused(RAISED, ['trunk', 'left thigh', 'right arm']);

    it('undetermined between iatrogenic and metastatic, asking where the lesions lie against the infusion sites', async () => {
        const rows = await classification(text);
        expect(rows[0][1]).toMatch(/^Calcinosis cutis, universalis: type undetermined between iatrogenic and metastatic: /);
        expect(rows).toContainEqual(['classification-incomplete', 'To tell iatrogenic from metastatic, record where the lesions lie against the infusion sites: at them (extravasation, iatrogenic) or away from them (the raised levels, metastatic).']);
    });

    it('the summary says why, citing the liver-transplant report and the infant\'s generalised deposits; no "re-site the infusion" plan', async () => {
        const page = await summaryMarkdownUncited(text);
        expect(page).toContain('neither iatrogenic nor metastatic calcinosis is preferred: calcinosis cutis after liver transplantation has appeared at sites where no calcium was given');
        expect(page).toContain('Generalised deposits (trunk, limbs, face) have also followed prolonged intravenous calcium gluconate in an infant.');
        expect(page).toContain('**Ehsani 2006.**');
        expect(page).toContain('**Puvabanditsin 2005.**');
        expect(page).not.toContain('re-site the calcium infusion');
    });
});

describe('what stays as it was', () => {
    it('one region (an extravasation at the forearm), the levels raised: iatrogenic, with metastatic named as not excluded', async () => {
        const page = await summaryMarkdownUncited(infused(RAISED, ['left forearm']));
        expect(page).toContain('**Iatrogenic calcinosis cutis, circumscripta** (definite)');
        expect(page).toContain('- metastatic: not excluded — intravenous calcium was given: a deposit at the infusion site is its extravasation (iatrogenic)');
    });

    it('the levels not raised, lesions in three regions: iatrogenic (the infusion is the only cause)', async () => {
        const rows = await classification(infused(NORMAL, ['trunk', 'left thigh', 'right arm']));
        expect(rows[0][1]).toMatch(/^Iatrogenic calcinosis cutis, universalis \(definite\)/);
    });

    it('calcium heparin injections (not an infusion) at several sites with the levels raised: iatrogenic, and the tied metastatic reading is said with its reasons', async () => {
        const text = infused(RAISED, ['abdomen', 'left thigh', 'right arm'], 'heparinCalcium');
        expect((await classification(text))[0][1]).toMatch(/^Iatrogenic calcinosis cutis, universalis \(definite\)/);
        expect(await summaryMarkdownUncited(text)).toContain('- metastatic: as well supported by the recorded facts, but on a tie the more specific cause is preferred: an exposure at the site, then calciphylaxis; its reasons: calcium (total) 11.2 mg/dL (2.79 mmol/L) high; phosphate (inorganic phosphorus) 6.9 mg/dL (2.23 mmol/L) high; Ca × P 77.3 mg²/dL² above 70');
    });
});

describe('intravenous calcium with a metabolic cause of the raised levels recorded: metastatic', () => {
    const text = `case TumourLysis {
    patient { age 6 years sex male weight 20 kg }
    history {
        condition tumourLysisSyndrome "day 2 of induction"
        exposure calciumGluconate "boluses for tetany via the left forearm"
    }
    labs { calcium 6.4 mg/dL phosphate 11.8 mg/dL }
    lesion T1 { site left thigh morphology plaque }
    biopsy of T1 "dermal calcium deposits, von Kossa positive"
}`;

    it('tumour lysis with calcium gluconate given, the lesion away from the infusion: metastatic, iatrogenic not excluded', async () => {
        const rows = await classification(text);
        expect(rows[0][1]).toMatch(/^Metastatic calcinosis cutis, circumscripta \(definite\)/);
        const page = await summaryMarkdownUncited(text);
        expect(page).toContain('With a metabolic cause of the raised levels recorded (tumour lysis, kidney failure, hyperparathyroidism), metastatic calcinosis is the reading');
        expect(page).toMatch(/- iatrogenic: not excluded/);
    });
});
