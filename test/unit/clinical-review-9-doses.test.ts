/**
 * The ninth clinician review (clinical review 9's files, copied to test/unit/cases/review9):
 * dose verdicts and cautions as the user sees them (diagnostic code, severity, line, message;
 * the verdict's words in the summary).
 */
import * as fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diagnose, doseVerdicts, type Row, summaryMarkdownUncited } from './helpers.js';

const reviewCase = (name: string): string => fs.readFileSync(`test/unit/cases/review9/${name}.calc`, 'utf8');

const shown = (rows: Row[]) => rows.map(r => [r.code, r.severity, r.line, r.message]);
const onLine = async (text: string, line: number, code?: string) => (await diagnose(text)).filter(r => r.line === line && (!code || r.code === code));

/** An adult with a normal creatinine unless told, and a history and labs as given. */
function adult(drug: string, { patient = 'age 50 years sex female weight 70 kg', history = 'condition systemicSclerosis', labs = 'creatinine 0.8 mg/dL' } = {}): string {
    return `case R {\n    patient { ${patient} }\n    history { ${history} }\n    labs { ${labs} }\n    treatment {\n        ${drug}\n    }\n}`;
}

describe('1. a unit slip is named whatever the indication of the regimens (calcitriol in mg)', () => {
    it('calcitriol 0.5 mg twice daily: a dose-unit-suspect warning, 1000 times the label\'s hypoparathyroidism dose', async () => {
        const rows = await onLine(reviewCase('15-hypopara-overreplaced'), 26, 'dose-unit-suspect');
        expect(shown(rows)).toEqual([['dose-unit-suspect', 'warning', 26,
            'Calcitriol (active vitamin D) 0.5 mg oral twice daily is far above any reported regimen, while 0.5 µg (1 µg/day) fits the reported 0.5–2 µg/day (hypoparathyroidism) (calcitriol (Rocaltrol) label, dosage): is the unit µg?']]);
        expect(rows[0].text).toBe('mg');
    });

    it('the verdict keeps the slip though the hypercalcaemia caution leads', async () => {
        const calcitriol = (await doseVerdicts(reviewCase('15-hypopara-overreplaced')))[0];
        expect([calcitriol.status, calcitriol.text]).toEqual(['unit-suspect', 'is the unit µg? 0.5 µg (1 µg/day) fits the reported 0.5–2 µg/day (hypoparathyroidism)']);
    });

    it('the same for a drug whose only regimens are for another indication, once daily (calcitriol 0.5 mg daily)', async () => {
        const rows = await onLine(adult('drug calcitriol 0.5 mg oral daily'), 6, 'dose-unit-suspect');
        expect(rows.map(r => r.message)).toEqual([expect.stringContaining('while 0.5 µg fits the reported 0.25–1 µg oral daily (secondary hyperparathyroidism or hypocalcaemia)')]);
    });
});

describe('9. divided doses of calcitriol are judged by the day\'s total (label; ESE 2015)', () => {
    it('0.25 µg twice daily in hypoparathyroidism: within the label\'s 0.5–2 µg/day, no frequency question', async () => {
        const text = reviewCase('13-adult-gluconate-extravasation');
        const [calcitriol] = await doseVerdicts(text);
        expect([calcitriol.status, calcitriol.text]).toEqual(['other-indication', 'a dose for hypoparathyroidism, not a regimen for calcinosis: 0.5 µg/day: within the reported 0.5–2 µg/day']);
        expect(await onLine(text, 26, 'dose-out-of-range')).toEqual([]);
    });
});

describe('10. alfacalcidol is its own drug, not calcitriol', () => {
    it('the summary names alfacalcidol, and its cautions say its name', async () => {
        const page = await summaryMarkdownUncited(reviewCase('08-hd-calciphylaxis-slips'));
        expect(page).toContain('Alfacalcidol (active vitamin D) 0.5 µg oral daily');
        expect(page).not.toContain('Calcitriol (active vitamin D) 0.5 µg');
        // Clinical review 13: with the high calcium, the two cautions to stop it are one.
        expect(page).toContain('- **Alfacalcidol (active vitamin D):** For this patient: Alfacalcidol (active vitamin D) in calciphylaxis and with a high albumin-corrected calcium (11 mg/dL; the measured total is within its interval, and in kidney disease KDIGO 2017 does not correct calcium for albumin (KDOQI 2003 did): confirm with an ionised calcium): active vitamin D is a calciphylaxis risk factor: stop it in calciphylaxis; calcitriol and alfacalcidol are contraindicated in hypercalcaemia: stop active vitamin D until the calcium is normal.');
    });

    it('its SmPC doses: 2 µg daily is within 0.25–3 µg/day, where calcitriol\'s label would stop at 2 µg', async () => {
        const [verdict] = await doseVerdicts(adult('drug alfacalcidol 2 mcg oral daily'));
        expect([verdict.status, verdict.text]).toEqual(['other-indication', 'a dose for renal osteodystrophy, hyperparathyroidism or hypoparathyroidism, not a regimen for calcinosis: 2 µg/day: within the reported 0.25–3 µg/day']);
    });

    it('the sources differ on the dose most respond to (UK 1–3, Irish 0.5–6 µg/day): 4 µg daily is within the Irish SmPC\'s', async () => {
        const [verdict] = await doseVerdicts(adult('drug alfacalcidol 4 mcg oral daily'));
        expect([verdict.status, verdict.text]).toEqual(['other-indication', 'a dose for renal osteodystrophy, hyperparathyroidism or hypoparathyroidism, not a regimen for calcinosis: 4 µg/day: within the reported 0.5–6 µg/day']);
        const hypercalcaemia = await onLine(reviewCase('08-hd-calciphylaxis-slips'), 33, 'drug-caution');
        expect(hypercalcaemia.map(r => [r.severity, r.message])).toEqual([['error', 'Alfacalcidol (active vitamin D) in calciphylaxis and with a high albumin-corrected calcium (11 mg/dL; the measured total is within its interval, and in kidney disease KDIGO 2017 does not correct calcium for albumin (KDOQI 2003 did): confirm with an ionised calcium): active vitamin D is a calciphylaxis risk factor: stop it in calciphylaxis; calcitriol and alfacalcidol are contraindicated in hypercalcaemia: stop active vitamin D until the calcium is normal.']]);
    });

    it('paricalcitol is named, not read as calcitriol: its dose is not checked', async () => {
        const [verdict] = await doseVerdicts(adult('drug paricalcitol 2 mcg oral daily'));
        expect(verdict.text).toBe('no regimen is reported to check this dose against');
    });
});

describe('2. daily methotrexate is an error that says the week\'s total; an adult is held to the adults\' regimen', () => {
    it('15 mg oral daily at 70 years: an error with 105 mg a week, and a warning against the adults\' 7.5–25 mg weekly, not the children\'s mg/m²', async () => {
        const rows = await onLine(reviewCase('06-adult-dm-mtx-daily'), 23);
        expect(shown(rows)).toEqual([
            // Clinical review 11: at 31.8 mL/min the band to reduce the dose (30-60) is said too.
            ['drug-caution', 'warning', 23, expect.stringMatching(/^Methotrexate with a creatinine clearance of 31.8 mL\/min \(Cockcroft-Gault\): methotrexate accumulates as the kidney function falls: reduce the dose/)],
            ['drug-caution', 'error', 23, "Methotrexate 15 mg oral daily is 105 mg a week, more often than once a week: methotrexate for rheumatic disease, dermatomyositis and psoriasis is given once weekly: a daily schedule is a known, sometimes fatal, prescribing error (the label's boxed warning of medication errors; an ISMP high-alert medication)."],
            ['dose-out-of-range', 'warning', 23, 'Methotrexate 15 mg oral daily: given more often than the reported 7.5–25 mg weekly (the underlying rheumatic disease) (prescribing information (as recalled)) (weak evidence: the regimen is not confirmed in its source).']
        ]);
    });

    it('a daily rate is the same error; twice weekly (a split weekly dose) stays a warning', async () => {
        const daily = await onLine(adult('drug methotrexate 10 mg/day'), 6, 'drug-caution');
        expect(daily.map(r => [r.severity, r.message.split(':')[0]])).toEqual([['error', 'Methotrexate 10 mg/day is 70 mg a week, more often than once a week']]);
        const split = await onLine(adult('drug methotrexate 7.5 mg sc twice weekly'), 6, 'drug-caution');
        expect(split.map(r => r.severity)).toEqual(['warning']);
        // A child is still held to the children's regimen.
        const child = await onLine(adult('drug methotrexate 15 mg oral daily', { patient: 'age 9 years sex female weight 30 kg height 135 cm', history: 'condition juvenileDermatomyositis' }), 6, 'dose-out-of-range');
        expect(child.map(r => r.message)).toEqual([expect.stringContaining('the reported 15–20 mg/m2 weekly (children with juvenile dermatomyositis)')]);
    });
});

describe('3. gabapentin on haemodialysis is held to the label\'s dose below 15 mL/min, with its supplemental dose', () => {
    it('300 mg three times a day on haemodialysis: 900 mg/day, above 300 mg/day, with 125–350 mg after each session', async () => {
        const rows = await onLine(reviewCase('08-hd-calciphylaxis-slips'), 35, 'dose-out-of-range');
        expect(shown(rows)).toEqual([['dose-out-of-range', 'warning', 35,
            "Gabapentin as written gives 900 mg/day: above the label's most, 300 mg/day, on dialysis (the label's dose below a creatinine clearance of 15 mL/min), with a supplemental 125–350 mg after each haemodialysis session. Source: gabapentin label."]]);
        expect(rows[0].text).toBe('300');
    });

    it('on peritoneal dialysis the haemodialysis supplement is not said; 300 mg once daily is within', async () => {
        const pd = await onLine(adult('drug gabapentin 300 mg oral twice daily', { history: 'condition peritonealDialysis', labs: 'creatinine 7 mg/dL' }), 6, 'dose-out-of-range');
        expect(pd.map(r => r.message)).toEqual(["Gabapentin as written gives 600 mg/day: above the label's most, 300 mg/day, on dialysis (the label's dose below a creatinine clearance of 15 mL/min). Source: gabapentin label."]);
        expect(await onLine(adult('drug gabapentin 300 mg oral daily', { history: 'condition haemodialysis', labs: 'creatinine 7 mg/dL' }), 6, 'dose-out-of-range')).toEqual([]);
    });
});

describe('4. calcium carbonate in hypercalcaemia is contraindicated (the SmPCs), as calcium acetate is', () => {
    it('sarcoidosis with a corrected calcium of 12.7 mg/dL: an error at calcium carbonate, said in the summary\'s cautions too', async () => {
        const text = reviewCase('01-sarcoid-hypercalcaemia');
        const rows = await onLine(text, 40, 'drug-caution');
        expect(shown(rows)).toEqual([['drug-caution', 'error', 40,
            'Calcium carbonate with a high calcium (12.7 mg/dL): calcium carbonate is contraindicated in hypercalcaemia (its SmPCs): stop calcium supplements and calcium-based binders until the calcium is normal, and bind phosphate with a calcium-free binder where one is needed.']]);
        const page = await summaryMarkdownUncited(reviewCase('12-parathyroid-carcinoma'));
        expect(page).toContain('- **Calcium carbonate:** For this patient: Calcium carbonate with a high calcium (15.2 mg/dL): calcium carbonate is contraindicated in hypercalcaemia (its SmPCs)');
    });

    it('a normal calcium draws none (calcium carbonate after extravasation, calcium 2.21 mmol/L)', async () => {
        expect(await onLine(reviewCase('13-adult-gluconate-extravasation'), 27, 'drug-caution')).toEqual([]);
        expect((await onLine(adult('drug calciumCarbonate 1 g oral twice daily', { labs: 'calcium 11.5 mg/dL albumin 4 g/dL' }), 6, 'drug-caution')).map(r => r.severity)).toEqual(['error']);
    });
});

describe('5. cinacalcet off dialysis is cautioned only for secondary hyperparathyroidism (Sensipar label)', () => {
    it('parathyroid carcinoma recorded as primary hyperparathyroidism, in CKD G3b: no caution for kidney disease at cinacalcet, only the reminder that surgery comes first (review 17)', async () => {
        const text = reviewCase('12-parathyroid-carcinoma');
        expect((await onLine(text, 28, 'drug-caution')).map(r => [r.severity, r.message])).toEqual([['information',
            'Cinacalcet with primary hyperparathyroidism: the label indicates it here for severe hypercalcaemia in an adult unable to undergo parathyroidectomy (and for the hypercalcaemia of parathyroid carcinoma), surgery being the treatment that removes the cause: record why it is not done.']]);
        expect(await summaryMarkdownUncited(text)).not.toContain('not indicated for secondary hyperparathyroidism');
    });

    it('secondary hyperparathyroidism in CKD off dialysis keeps it, and says which indication the limit is of', async () => {
        const rows = await onLine(adult('drug cinacalcet 30 mg oral daily', { history: 'condition chronicKidneyDisease condition secondaryHyperparathyroidism' }), 6, 'drug-caution');
        expect(shown(rows)).toEqual([['drug-caution', 'warning', 6,
            'Cinacalcet in chronic kidney disease not on dialysis: cinacalcet is not indicated for secondary hyperparathyroidism in chronic kidney disease not on dialysis (hypocalcaemia); parathyroid carcinoma and primary hyperparathyroidism are labelled indications whatever the kidney function.']]);
    });
});

describe('6. a regimen advised against does not reassure (low-dose warfarin for calcinosis, Traineau 2020)', () => {
    it('warfarin 1 mg daily in CREST: a warning that it matches a regimen not advised, and the summary marks it', async () => {
        const text = reviewCase('03-crest-diltiazem');
        const rows = await onLine(text, 37, 'drug-caution');
        expect(shown(rows)).toEqual([['drug-caution', 'warning', 37,
            'Warfarin 1 mg oral daily matches the reported 1 mg/day (Amonkar 2022, the seed report), a regimen not advised: low-dose warfarin showed no benefit for calcinosis cutis in a small randomised trial and four retrospective studies (level IB) and should not be used for it. Source: Traineau 2020.']]);
        const warfarin = (await doseVerdicts(text))[1];
        expect(warfarin.status).toBe('not-advised');
        expect(await summaryMarkdownUncited(text)).toContain('- Warfarin 1 mg oral daily (low-dose, for calcinosis) (line 37): ⚠ matches the reported 1 mg/day, a regimen not advised: low-dose warfarin showed no benefit');
    });
});

describe('7. hydroxychloroquine above 5 mg/kg/day of actual body weight is not "within" (AAO 2016)', () => {
    it('200 mg twice daily at 45 kg: the patient\'s maximum, 225 mg/day, in the verdict and a warning at the dose', async () => {
        const text = reviewCase('10-lupus-panniculitis');
        const rows = await onLine(text, 19, 'dose-out-of-range');
        expect(shown(rows)).toEqual([['dose-out-of-range', 'warning', 19,
            'Hydroxychloroquine 200 mg oral twice daily is 400 mg/day, above the maximum of 225 mg/day (5 mg/kg/day at 45 kg) (AAO 2016 (hydroxychloroquine)). Of actual body weight: above it the risk of retinopathy rises (kidney disease raises it further).']]);
        const [verdict] = await doseVerdicts(text);
        expect([verdict.status, verdict.text]).toEqual(['outside', '400 mg/day: above the maximum of 225 mg/day (5 mg/kg/day at 45 kg) (AAO 2016 (hydroxychloroquine))']);
        expect(await summaryMarkdownUncited(text)).not.toMatch(/Hydroxychloroquine 200 mg oral twice daily \(line 19\): .*within/);
        // At 5 mg/kg/day or below, within as before (200 mg daily at 45 kg); without a weight, no per-kg maximum.
        const [atWeight] = await doseVerdicts(adult('drug hydroxychloroquine 200 mg oral daily', { patient: 'age 34 years sex female weight 45 kg' }));
        expect(atWeight.status).toBe('other-indication');
        const [noWeight] = await doseVerdicts(adult('drug hydroxychloroquine 400 mg oral daily', { patient: 'age 34 years sex female' }));
        expect(noWeight.status).toBe('other-indication');
    });
});

describe('8. a percent solution is read as weight in volume against a regimen in mg/mL (25% is 250 mg/mL)', () => {
    it('intralesional sodium thiosulfate 25 %: within 150–250 mg/mL, as the same written in mg/mL', async () => {
        const text = reviewCase('05-intralesional-sts');
        expect(await onLine(text, 18)).toEqual([]);
        const [percent, perMl] = await doseVerdicts(text);
        expect([percent.status, percent.text]).toEqual(['within', '250 mg/mL: within the reported 150–250 mg/mL intralesional every 1–4 weeks']);
        expect(perMl.status).toBe('within');
        const strong = await onLine(adult('drug sodiumThiosulfate 40 % intralesional every 2 weeks'), 6, 'dose-out-of-range');
        expect(strong.map(r => r.message)).toEqual([expect.stringMatching(/^Sodium thiosulfate 40 % intralesional every 2 weeks is 400 mg\/mL: above the reported 150–250 mg\/mL/)]);
    });
});

describe('11. missing cautions: IVIG at 65 or with a low clearance, apixaban in cirrhosis, an NSAID with tacrolimus', () => {
    it('IVIG at 70 years with a clearance of 31.8 mL/min: the boxed warning\'s two reasons, each said, in one caution (clinical review 11)', async () => {
        const rows = await onLine(reviewCase('06-adult-dm-mtx-daily'), 22, 'drug-caution');
        expect(rows.map(r => [r.severity, r.message.split(':')[0]])).toEqual([
            ['warning', 'Intravenous immunoglobulin at 70 years and with a creatinine clearance of 31.8 mL/min (Cockcroft-Gault; no eGFR recorded)']
        ]);
        expect(rows[0].message).toContain('a boxed warning of thrombosis (advanced age a risk factor) and of renal dysfunction, acute renal failure and osmotic nephrosis in predisposed patients (age over 65 and any pre-existing renal insufficiency among them)');
        expect(await onLine(adult('drug ivig 2 g/kg iv every 4 weeks'), 6, 'drug-caution')).toEqual([]);
    });

    it('apixaban in cirrhosis names both labels; an NSAID given with tacrolimus adds to its nephrotoxicity', async () => {
        const text = adult('drug apixaban 5 mg oral twice daily\n        drug tacrolimus 2 mg oral twice daily\n        drug ibuprofen 400 mg oral three times daily', { history: 'condition cirrhosis' });
        const rows = (await diagnose(text)).filter(r => r.code === 'drug-caution');
        expect(rows.map(r => [r.line, r.message.split(':')[0]])).toEqual([
            [6, 'Apixaban with cirrhosis'], [8, 'Ibuprofen with cirrhosis'], [8, 'Ibuprofen given with tacrolimus']
        ]);
        expect(rows[0].message).toContain('the EU label contraindicates apixaban in hepatic disease with coagulopathy and a clinically relevant bleeding risk; the EU label also advises caution, with no dose adjustment, in mild or moderate impairment (Child-Pugh A or B) and does not recommend it in severe; the US label needs no adjustment in mild impairment (Child-Pugh A), gives no dosing recommendation in moderate (Child-Pugh B) and does not recommend it in severe (Child-Pugh C)');
    });
});
