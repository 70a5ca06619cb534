/**
 * The thirteenth clinician review, drugs (cases in /tmp/clin13, reduced here to what each finding
 * rests on): a neonate held to the calcium gluconate label's neonatal doses, and the cautions and
 * regimens the review found missing.
 */
import { describe, expect, it } from 'vitest';
import { diagnose, doseVerdicts, doseWarnings, drugCase } from './helpers.js';

const kase = (patient: string, drug: string, history = 'exposure calciumGluconate "infiltrated"') => drugCase(patient, drug, history);

describe('calcium gluconate by the label\'s age bands: neonates (1 month and younger), children older than 1 month (calcium gluconate label)', () => {
    const neonate = 'age 12 days sex female weight 3.1 kg';
    const infant = 'age 2 months sex female weight 5 kg';

    it('100 mg/kg iv every 6 hours at 12 days: within the neonatal 100–200 mg/kg, no warning', async () => {
        const text = kase(neonate, 'drug calciumGluconate 100 mg/kg iv every 6 hours');
        expect(await doseWarnings(text)).toEqual([]);
        const [verdict] = await doseVerdicts(text);
        expect([verdict.status, verdict.text]).toEqual(['other-indication', 'a dose for acute symptomatic hypocalcaemia, repeated as needed, not a regimen for calcinosis: within the reported 100–200 mg/kg iv every 6 hours']);
    });

    it('20 mg/kg/h iv at 12 days: within the neonatal infusion of 17–33 mg/kg/h', async () => {
        const text = kase(neonate, 'drug calciumGluconate 20 mg/kg/h iv');
        expect(await doseWarnings(text)).toEqual([]);
        const [verdict] = await doseVerdicts(text);
        expect(verdict.text).toBe('a dose for acute symptomatic hypocalcaemia, a continuous infusion, not a regimen for calcinosis: within the reported 17–33 mg/kg/h');
    });

    it('40 mg/kg/h iv at 12 days: above the neonatal infusion, which is named the closest', async () => {
        expect(await doseWarnings(kase(neonate, 'drug calciumGluconate 40 mg/kg/h iv'))).toEqual([['warning', 5,
            'Calcium gluconate 40 mg/kg/h iv: above every regimen reported: the closest, the reported 17–33 mg/kg/h (acute symptomatic hypocalcaemia, a continuous infusion) (calcium gluconate label). At 3.1 kg that is 52.7–102 mg/h. Other reported regimens: 100–200 mg/kg iv once (acute symptomatic hypocalcaemia, the initial bolus) (calcium gluconate label); 100–200 mg/kg iv every 6 hours (acute symptomatic hypocalcaemia, repeated as needed) (calcium gluconate label). None is a regimen for calcinosis.']]);
    });

    it('at exactly 1 month the neonatal doses still hold (the label: 1 month and younger)', async () => {
        const text = kase('age 1 months sex female weight 4 kg', 'drug calciumGluconate 100 mg/kg iv every 6 hours');
        expect(await doseWarnings(text)).toEqual([]);
    });

    it('100 mg/kg iv every 6 hours at 2 months: above the 29–60 mg/kg for children older than 1 month, against the 6-hourly dose', async () => {
        expect(await doseWarnings(kase(infant, 'drug calciumGluconate 100 mg/kg iv every 6 hours'))).toEqual([['warning', 5,
            'Calcium gluconate 100 mg/kg iv every 6 hours: above every regimen reported: the closest, the reported 29–60 mg/kg iv every 6 hours (acute symptomatic hypocalcaemia, repeated as needed) (calcium gluconate label). Other reported regimens: 29–60 mg/kg iv once (acute symptomatic hypocalcaemia, the initial bolus) (calcium gluconate label); 8–13 mg/kg/h (acute symptomatic hypocalcaemia, a continuous infusion) (calcium gluconate label). None is a regimen for calcinosis.']]);
    });

    it('10 mg/kg/h iv at 2 months: within the children\'s infusion of 8–13 mg/kg/h; 20 mg/kg/h above it', async () => {
        const [verdict] = await doseVerdicts(kase(infant, 'drug calciumGluconate 10 mg/kg/h iv'));
        expect(verdict.text).toBe('a dose for acute symptomatic hypocalcaemia, a continuous infusion, not a regimen for calcinosis: within the reported 8–13 mg/kg/h');
        const rows = await doseWarnings(kase(infant, 'drug calciumGluconate 20 mg/kg/h iv'));
        expect(rows.map(r => r[2])).toEqual([expect.stringMatching(/^Calcium gluconate 20 mg\/kg\/h iv: above every regimen reported: the closest, the reported 8–13 mg\/kg\/h /)]);
    });
});

describe('two calcimimetics together (Parsabiv label: stop cinacalcet at least 7 days before etelcalcetide)', () => {
    const onDialysis = (drugs: string) => `case R {
    patient { age 70 years sex female weight 60 kg }
    history { condition haemodialysis }
    treatment {
        ${drugs}
    }
}`;
    const cautions = async (text: string) => (await diagnose(text)).filter(r => r.code === 'drug-caution').map(r => [r.severity, r.line, r.message]);

    it('etelcalcetide with cinacalcet: one warning, on the etelcalcetide line', async () => {
        expect(await cautions(onDialysis('drug etelcalcetide 5 mg iv 3 times a week\n        drug cinacalcet 60 mg oral daily'))).toEqual([['warning', 5,
            'Etelcalcetide given with cinacalcet: two calcimimetics together can cause severe, life-threatening hypocalcaemia: give one; to switch, stop cinacalcet at least 7 days before the first etelcalcetide dose, and start etelcalcetide only with a corrected calcium at or above the lower limit of normal.']]);
    });

    it('either alone: no such caution', async () => {
        expect(await cautions(onDialysis('drug etelcalcetide 5 mg iv 3 times a week'))).toEqual([]);
        expect(await cautions(onDialysis('drug cinacalcet 60 mg oral daily'))).toEqual([]);
    });
});

describe('minocycline by age: Robertson 2003 in adults, the label\'s 2 mg/kg every 12 hours over 8 years (minocycline label)', () => {
    const child = (patient: string, drug: string) => kase(patient, drug, 'condition juvenileDermatomyositis');

    it('50 mg twice daily at 7 years: not "within" the adults\' 50–100 mg/day; the tooth caution stands', async () => {
        const text = child('age 7 years sex female weight 22 kg', 'drug minocycline 50 mg oral twice daily');
        const [verdict] = await doseVerdicts(text);
        expect([verdict.status, verdict.text]).toEqual(['not-checked', 'the knowledge base has no regimen for children (this patient is 7 years; its regimens are for adults and children over 8 years): the dose is not checked']);
        const rows = (await diagnose(text)).filter(r => r.line === 5).map(r => [r.code, r.severity, r.message]);
        expect(rows).toEqual([['drug-caution', 'warning', 'Minocycline at 7 years: tetracyclines below 8 years of age can stain the permanent teeth.']]);
    });

    it('at 8 years the label\'s children\'s dose does not yet hold (over 8 years)', async () => {
        const [verdict] = await doseVerdicts(child('age 8 years sex female weight 25 kg', 'drug minocycline 50 mg oral twice daily'));
        expect(verdict.status).toBe('not-checked');
    });

    it('at 10 years and 25 kg, 50 mg twice daily is the label\'s 2 mg/kg every 12 hours', async () => {
        const [verdict] = await doseVerdicts(child('age 10 years sex female weight 25 kg', 'drug minocycline 50 mg oral twice daily'));
        expect([verdict.status, verdict.text]).toEqual(['other-indication', expect.stringMatching(/^a dose for infections, not a regimen for calcinosis: .*within the reported 2 mg\/kg oral twice daily/)]);
    });

    it('an adult on 50 mg twice daily is still within Robertson\'s 50–100 mg/day', async () => {
        const [verdict] = await doseVerdicts(kase('age 50 years sex female weight 60 kg', 'drug minocycline 50 mg oral twice daily', 'condition systemicSclerosis'));
        expect(verdict.text).toMatch(/within the reported 50–100 mg\/day/);
    });
});

describe('calcitonin by the injection label\'s hypercalcaemia doses (calcitonin salmon injection label)', () => {
    const adult = 'age 74 years sex female weight 58 kg';
    const crisis = (patient: string, drug: string) => kase(patient, drug, 'condition hypercalcaemia');

    it('4 units/kg sc every 12 hours (or written [iU]/kg) is the label\'s starting dose, not "no regimen"', async () => {
        for (const unit of ['units/kg', '[iU]/kg']) {
            const text = crisis(adult, `drug calcitonin 4 ${unit} sc every 12 hours`);
            expect(await doseWarnings(text)).toEqual([]);
            const [verdict] = await doseVerdicts(text);
            expect([verdict.status, verdict.text]).toEqual(['other-indication', 'a dose for hypercalcaemia, the starting dose and its first increase, not a regimen for calcinosis: within the reported 4–8 units/kg sc every 12 hours']);
        }
    });

    it('8 units/kg im every 6 hours is the label\'s maximum; every 4 hours is more often than every regimen', async () => {
        const [max] = await doseVerdicts(crisis(adult, 'drug calcitonin 8 units/kg im every 6 hours'));
        expect(max.text).toBe('a dose for hypercalcaemia, the label\'s maximum, not a regimen for calcinosis: within the reported 8 units/kg im every 6 hours');
        const rows = await doseWarnings(crisis(adult, 'drug calcitonin 8 units/kg sc every 4 hours'));
        expect(rows.map(r => r[2])).toEqual([expect.stringMatching(/^Calcitonin 8 units\/kg sc every 4 hours: given more often than every regimen reported: the closest, the reported 4–8 units\/kg sc every 12 hours /)]);
    });

    it('10 units/kg sc every 12 hours: above every regimen', async () => {
        const rows = await doseWarnings(crisis(adult, 'drug calcitonin 10 units/kg sc every 12 hours'));
        expect(rows.map(r => [r[0], r[1]])).toEqual([['warning', 5]]);
        expect(rows[0][2]).toMatch(/^Calcitonin 10 units\/kg sc every 12 hours: above every regimen reported: the closest, the reported 4–8 units\/kg sc every 12 hours .*\(calcitonin salmon injection label\)/);
    });

    it('a child\'s dose is not passed by the adults\' label doses', async () => {
        const [verdict] = await doseVerdicts(crisis('age 10 years sex female weight 30 kg', 'drug calcitonin 4 units/kg sc every 12 hours'));
        expect(verdict.status).toBe('not-checked');
        expect(verdict.text).toMatch(/^the knowledge base has no regimen for children/);
    });
});

describe('hydroxychloroquine in kidney disease: a major risk factor for retinopathy (AAO 2016; Marmor 2017)', () => {
    const hcq = (history: string, labs = '') => `case R {
    patient { age 60 years sex female weight 60 kg }
    history { ${history} }${labs}
    treatment {
        drug hydroxychloroquine 200 mg oral daily
    }
}`;
    const cautions = async (text: string) => (await diagnose(text)).filter(r => r.code === 'drug-caution').map(r => [r.severity, r.line, r.message]);
    const advice = 'kidney disease (a reduced GFR, dialysis included) is a major risk factor for hydroxychloroquine retinopathy: keep the dose within 5 mg/kg/day of actual body weight and have the retina screened.';

    it('on haemodialysis: a warning at the drug', async () => {
        expect(await cautions(hcq('condition lupus condition haemodialysis'))).toEqual([['warning', 5, `Hydroxychloroquine on dialysis: ${advice}`]]);
    });

    it('with chronic kidney disease recorded: the same warning', async () => {
        const rows = await cautions(hcq('condition lupus condition chronicKidneyDisease'));
        expect(rows.map(r => [r[0], r[1]])).toEqual([['warning', 5]]);
        expect(rows[0][2]).toMatch(/^Hydroxychloroquine .*: kidney disease \(a reduced GFR, dialysis included\) is a major risk factor for hydroxychloroquine retinopathy/);
    });

    it('at an eGFR of 40 within 5 mg/kg/day the caution is said; above it the dose warning alone says the kidneys\' part (one message)', async () => {
        const labs = '\n    labs { creatinine 1.3 mg/dL egfr 40 mL/min/1.73m2 }';
        const within = await diagnose(hcq('condition lupus', labs));
        expect(within.filter(r => r.code === 'drug-caution' || r.code === 'dose-out-of-range').map(r => [r.code, r.line])).toEqual([['drug-caution', 6]]);
        const above = await diagnose(hcq('condition lupus', labs).replace('200 mg oral daily', '400 mg oral daily'));
        expect(above.filter(r => r.code === 'drug-caution' || r.code === 'dose-out-of-range').map(r => [r.code, r.line])).toEqual([['dose-out-of-range', 6]]);
    });

    it('with normal kidneys: no renal caution', async () => {
        expect(await cautions(hcq('condition lupus', '\n    labs { creatinine 0.7 mg/dL }'))).toEqual([]);
    });
});

describe('prednisolone\'s label dose is said to be for its labelled indications, true of any patient (prednisolone label)', () => {
    it('40 mg daily in sarcoidosis: no connective tissue disease is named', async () => {
        const [verdict] = await doseVerdicts(kase('age 55 years sex female weight 70 kg', 'drug prednisolone 40 mg oral daily', 'condition sarcoidosis'));
        expect([verdict.status, verdict.text]).toEqual(['other-indication', 'a dose for its labelled indications, not a regimen for calcinosis: within the reported 5–60 mg oral daily']);
    });
});
