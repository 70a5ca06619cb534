/**
 * The eighteenth clinical review: an eGFR read during acute kidney injury is the function of the
 * moment, not a stage of chronic kidney disease (KDIGO 2012 defines CKD by what lasts more than
 * 3 months). A phosphate-enema case with acute kidney injury and an eGFR of 14 was held to the
 * KDOQI Ca × P target "in CKD stages 3 to 5" and called "G5" at its NSAID caution.
 */
import { describe, expect, it } from 'vitest';
import { diagnose, summaryMarkdownUncited } from './helpers.js';

const enemaCase = (history: string) => `case AkiEnema {
    patient { age 68 years sex female weight 60 kg }
    history {
        ${history}
        exposure phosphateEnema
    }
    labs {
        calcium 9.0 mg/dL
        phosphate 7.8 mg/dL
        creatinine 3.2 mg/dL
        egfr 14 mL/min/1.73m2
    }
    treatment {
        drug ibuprofen 400 mg oral 3 times a day
    }
}`;

const AKI = enemaCase('condition acuteKidneyInjury');
const message = async (text: string, code: string, written: string) =>
    (await diagnose(text)).filter(r => r.code === code && r.text.startsWith(written)).map(r => r.message);

describe('acute kidney injury alone: the eGFR does not stage CKD', () => {
    it('the Ca × P is held to the threshold of metastatic calcification, not the KDOQI target in CKD 3 to 5', async () => {
        expect(await message(AKI, 'calcium-phosphate-product', '7.8')).toEqual([
            'Calcium × phosphate 70.2 mg²/dL² (calcium 9 × phosphate 7.8 mg/dL) is above 70 mg²/dL², the threshold for metastatic calcification. Source: Medscape, Calcinosis Cutis.'
        ]);
    });

    it('the low eGFR\'s warning says it is not a CKD stage, citing the definition and the estimate\'s study', async () => {
        const [warning] = await message(AKI, 'lab-out-of-range', '14');
        expect(warning).toMatch(/^Estimated glomerular filtration rate 14 mL\/min\/1\.73 m² is low: /);
        expect(warning).toContain('In acute kidney injury it is not a stage of chronic kidney disease, which needs a reduced GFR or kidney damage for more than 3 months, and the CKD targets (Ca × P, PTH) are not applied; estimates from the creatinine assume a stable creatinine, and agreed poorly with the measured GFR in early acute kidney injury. Sources: KDIGO 2012; Bragadottir 2013.');
    });

    it('the NSAID caution still reads the low GFR, without calling it G5', async () => {
        const [caution] = await message(AKI, 'drug-caution', 'ibuprofen');
        expect(caution).toMatch(/^Ibuprofen with an eGFR of 14 mL\/min\/1\.73 m² \(in acute kidney injury\): avoid NSAIDs with a GFR below 30/);
    });

    it('the plan gives no CKD-MBD advice (binders of chronic kidney disease, aluminium)', async () => {
        const page = await summaryMarkdownUncited(AKI);
        expect(page).not.toContain('In chronic kidney disease with a raised phosphate');
        expect(page).not.toContain('KDOQI 2003 target in CKD stages 3 to 5');
        expect(page).not.toContain('(G5)');
    });
});

describe('acute kidney injury with no eGFR recorded', () => {
    it('an adult\'s high creatinine, behind the Cockcroft-Gault clearance, carries the note', async () => {
        const [warning] = await message(AKI.replace('        egfr 14 mL/min/1.73m2\n', ''), 'lab-out-of-range', '3.2');
        expect(warning).toContain('In acute kidney injury it is not a stage of chronic kidney disease');
    });

    it('a child\'s (no clearance is computed): no note', async () => {
        const child = AKI.replace('        egfr 14 mL/min/1.73m2\n', '').replace('age 68 years', 'age 9 years');
        const [warning] = await message(child, 'lab-out-of-range', '3.2');
        expect(warning).toMatch(/^Creatinine 3\.2 mg\/dL/);
        expect(warning).not.toContain('In acute kidney injury');
    });
});

describe('acute kidney injury with CKD or dialysis recorded: staged as before', () => {
    it('with chronic kidney disease recorded, the Ca × P is held to the KDOQI target and the NSAID caution says G5', async () => {
        const text = enemaCase('condition acuteKidneyInjury\n        condition chronicKidneyDisease');
        expect((await message(text, 'calcium-phosphate-product', '7.8'))[0]).toContain('is above 55 mg²/dL², the KDOQI 2003 target in CKD stages 3 to 5');
        expect((await message(text, 'drug-caution', 'ibuprofen'))[0]).toContain('(G5)');
        expect((await message(text, 'lab-out-of-range', '14'))[0]).not.toContain('In acute kidney injury');
    });

    it('on haemodialysis: kidney failure, the dialysis target', async () => {
        const text = enemaCase('condition acuteKidneyInjury\n        condition haemodialysis');
        expect((await message(text, 'calcium-phosphate-product', '7.8'))[0]).toContain('the KDOQI 2003 target in CKD stages 3 to 5');
    });
});
