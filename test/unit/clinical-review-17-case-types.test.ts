/**
 * The seventeenth clinician review: published case types read through the check and the
 * summary (a child's pamidronate, cinacalcet in primary hyperparathyroidism).
 */
import { describe, expect, it } from 'vitest';
import { diagnose, drugCase, summaryMarkdownUncited } from './helpers.js';

describe('the seed\'s misprint is said only where the case repeats it', () => {
    it('a child\'s pamidronate 1 mg/kg: no note of the seed\'s "90 mg/week"', async () => {
        const page = await summaryMarkdownUncited(drugCase('age 10 years sex female weight 30 kg', 'drug pamidronate 1 mg/kg iv daily for 3 days every 3 months', 'condition juvenileDermatomyositis'));
        expect(page).toContain('Pamidronate');
        expect(page).not.toContain('Printed as “90 mg/week”');
    });

    it('pamidronate 90 mg iv weekly: the note is there', async () => {
        const page = await summaryMarkdownUncited(drugCase('age 72 years sex female weight 60 kg', 'drug pamidronate 90 mg iv weekly', 'condition dermatomyositis'));
        expect(page).toContain('Printed as “90 mg/week”: The label gives 60-90 mg as single infusions');
    });
});

describe('cinacalcet in primary hyperparathyroidism is the label\'s treatment for those who cannot have the operation', () => {
    it('an information caution at the drug, citing the label\'s indication', async () => {
        const rows = (await diagnose(drugCase('age 58 years sex female weight 70 kg', 'drug cinacalcet 30 mg oral twice daily', 'condition primaryHyperparathyroidism'))).filter(r => r.code === 'drug-caution');
        expect(rows.map(r => [r.severity, r.message])).toEqual([['information',
            'Cinacalcet with primary hyperparathyroidism: the label indicates it here for severe hypercalcaemia in an adult unable to undergo parathyroidectomy (and for the hypercalcaemia of parathyroid carcinoma), surgery being the treatment that removes the cause: record why it is not done.']]);
    });
});

describe('a regimen reported in one adult is not a child\'s', () => {
    it('IV sodium thiosulfate 12.5 g three times a week at 10 years: not "within" the adult case report of Badawi 2020', async () => {
        const page = await summaryMarkdownUncited(drugCase('age 10 years sex female weight 30 kg', 'drug sodiumThiosulfate 12.5 g iv 3 times a week', 'condition juvenileDermatomyositis'));
        expect(page).toContain('Sodium thiosulfate 12.5 g iv 3 times a week (line 5): the regimens reported for this patient\'s age are for patients on peritoneal dialysis (');
        expect(page).toContain('and this patient is not recorded on dialysis: the dose is not checked');
        // Neither within the adult's regimen, nor "below" the dialysis regimen's 25 g.
        expect(page).not.toMatch(/Sodium thiosulfate 12\.5 g iv 3 times a week \(line 5\): (within|⚠ below)/);
    });
});

describe('an exposure the knowledge base does not know is asked for, even where idiopathic is only probable', () => {
    it('`exposure calciumElectrodePaste` in an infant, no study: the ask names the term beside the study', async () => {
        const text = `case R {
    patient { age 8 months sex male }
    history { exposure calciumElectrodePaste "prolonged EEG monitoring" }
    lesion S1 { site scalp size 0.5 cm }
    labs { calcium 9.8 mg/dL phosphate 5.6 mg/dL }
}`;
        const rows = await diagnose(text);
        expect(rows.find(r => r.code === 'classification')?.message).toMatch(/^Idiopathic calcinosis cutis, circumscripta \(probable\)/);
        expect(rows.filter(r => r.code === 'classification-incomplete').map(r => r.message)).toEqual([
            'To confirm idiopathic, record imaging or a biopsy showing the calcium deposits and a known term in place of `calciumElectrodePaste` (a history term not understood may be the cause).'
        ]);
    });
});

describe('debridement in calciphylaxis is for necrotic, draining or infected tissue, not dry eschar (Martin 2004)', () => {
    const calciphylaxis = (lesion: string) => `case R {
    patient { age 55 years sex female weight 118 kg }
    history { condition obesity exposure warfarin }
    lesion T1 { site thigh size 12 cm morphology retiformPurpura ${lesion} pain severe }
    biopsy of T1 "calcification of arterioles with thrombi"
    labs { calcium 9.4 mg/dL phosphate 3.6 mg/dL }
}`;
    it('eschar alone: the step is an alternative, the eschar left alone while dry and uninfected', async () => {
        expect(await summaryMarkdownUncited(calciphylaxis('eschar'))).toContain('**Surgery only as debridement** — Also an option. Why: the eschar of T1 is left alone while it is dry and uninfected; debride once tissue is necrotic, draining or infected.');
    });

    it('necrosis: the step suits the case', async () => {
        expect(await summaryMarkdownUncited(calciphylaxis('necrosis'))).toContain('**Surgery only as debridement** — Suits this case. Why: necrotic or infected tissue of T1.');
    });
});

describe('furosemide in hypercalcaemia is for fluid overload once rehydrated (eTG; Society for Endocrinology 2016)', () => {
    it('calcium 15.1 mg/dL, no dehydration recorded: a warning at the drug', async () => {
        const text = `case R {
    patient { age 45 years sex male weight 80 kg }
    history { condition hypervitaminosisD }
    labs { calcium 15.1 mg/dL phosphate 4.0 mg/dL }
    treatment {
        drug furosemide 40 mg iv twice daily
    }
}`;
        const rows = (await diagnose(text)).filter(r => r.code === 'drug-caution');
        expect(rows.map(r => [r.severity, r.line, r.message])).toEqual([['warning', 6,
            'Furosemide with a high calcium (15.1 mg/dL): in hypercalcaemia a loop diuretic is for fluid overload once the patient is rehydrated with intravenous isotonic saline, not a primary treatment, as it depletes the volume further: give the saline first.']]);
    });
});
