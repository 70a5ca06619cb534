/**
 * The thirteenth clinician review (cases in /tmp/clin13, reduced here to what each finding
 * rests on): a maximum for every age held where no regimen is for the patient's age or none
 * compares, and a regimen that is a course not passing a prescription with no end.
 */
import { describe, expect, it } from 'vitest';
import { diagnose, doseVerdicts, doseWarnings, drugCase } from './helpers.js';

const kase = (patient: string, drug: string, history = 'condition juvenileDermatomyositis') => drugCase(patient, drug, history);

describe('a maximum for every age holds where no regimen is for the patient\'s age (AAO 2016; pamidronate label)', () => {
    it('hydroxychloroquine 200 mg twice daily at 7 years and 22 kg: above 5 mg/kg/day of actual weight', async () => {
        const text = kase('age 7 years sex female weight 22 kg', 'drug hydroxychloroquine 200 mg oral twice daily');
        expect(await doseWarnings(text)).toEqual([['warning', 5,
            'Hydroxychloroquine 200 mg oral twice daily is 400 mg/day, above the maximum of 110 mg/day (5 mg/kg/day at 22 kg) (AAO 2016 (hydroxychloroquine)). Of actual body weight: above it the risk of retinopathy rises (kidney disease raises it further).']]);
        const [verdict] = await doseVerdicts(text);
        expect([verdict.status, verdict.text]).toEqual(['outside', '400 mg/day: above the maximum of 110 mg/day (5 mg/kg/day at 22 kg) (AAO 2016 (hydroxychloroquine)); the knowledge base has no regimen for children']);
    });

    it('within the maximum, a child\'s dose is still said to be unchecked', async () => {
        const [verdict] = await doseVerdicts(kase('age 7 years sex female weight 22 kg', 'drug hydroxychloroquine 100 mg oral daily'));
        expect(verdict.status).toBe('not-checked');
        expect(verdict.text).toMatch(/^the knowledge base has no regimen for children/);
    });

    it('pamidronate 120 mg iv once at 15 years: above the label\'s 90 mg single dose', async () => {
        const rows = await doseWarnings(kase('age 15 years sex male weight 50 kg height 165 cm', 'drug pamidronate 120 mg iv once'));
        expect(rows).toEqual([['warning', 5, 'Pamidronate 120 mg iv once is 120 mg per dose, above the maximum of 90 mg (pamidronate label). Single doses should not exceed 90 mg.']]);
    });

    it('methylprednisolone 30 mg/kg at 50 kg: 1.5 g a pulse, above the 1 g maximum', async () => {
        const rows = await doseWarnings(kase('age 15 years sex male weight 50 kg', 'drug methylprednisolone 30 mg/kg iv daily for 3 days'));
        expect(rows).toEqual([['warning', 5, 'Methylprednisolone (intravenous pulse) 30 mg/kg iv daily for 3 days is 1.5 g per dose, above the maximum of 1 g (SHARE 2017 (JDM)).']]);
    });
});

describe('a regimen that is a course does not pass a prescription with no end (Eliquis label)', () => {
    const adult = 'age 52 years sex female weight 80 kg';

    it('apixaban 10 mg twice daily with no course: a warning naming the 7-day regimen', async () => {
        const rows = await doseWarnings(kase(adult, 'drug apixaban 10 mg oral twice daily', 'condition deepVeinThrombosis'));
        expect(rows).toEqual([['warning', 5,
            'Apixaban 10 mg oral twice daily: outside every regimen reported: the closest, with no course written, unlike the reported 10 mg oral twice daily for 7 days (the first 7 days of DVT or PE treatment) (Eliquis (apixaban) label). Other reported regimens: 2.5–5 mg oral twice daily (anticoagulation (replacing warfarin)) (Eliquis (apixaban) label). None is a regimen for calcinosis.']]);
    });

    it('written for 7 days it is within, as before', async () => {
        const text = kase(adult, 'drug apixaban 10 mg oral twice daily for 7 days', 'condition deepVeinThrombosis');
        expect(await doseWarnings(text)).toEqual([]);
        const [verdict] = await doseVerdicts(text);
        expect(verdict.text).toMatch(/within the reported 10 mg oral twice daily for 7 days/);
    });
});

describe('an overdose is said even where a caution to stop the drug leads (alendronate label)', () => {
    const frail = (drug: string) => `case R {
    patient { age 70 years sex female weight 50 kg }
    labs { creatinine 1.3 mg/dL }
    treatment {
        ${drug}
    }
}`;

    it('alendronate 70 mg daily at a clearance below 35 mL/min: the renal caution and the overdose, each', async () => {
        const rows = (await diagnose(frail('drug alendronate 70 mg oral daily'))).filter(r => r.line === 5).map(r => [r.code, r.severity, r.message]);
        expect(rows).toEqual([
            ['drug-caution', 'warning', 'Alendronate with a creatinine clearance of 31.8 mL/min (Cockcroft-Gault): alendronate is not recommended with a creatinine clearance below 35 mL/min.'],
            ['dose-out-of-range', 'warning', 'Alendronate 70 mg oral daily: above the reported 5–10 mg oral daily (adults) (alendronate label). Other reported regimens: 70 mg oral weekly (adults) (Amonkar 2022, the seed report); 35–70 mg oral weekly (adults) (alendronate label).']
        ]);
    });

    it('the usual weekly dose there draws the caution alone, with no reassuring "within"', async () => {
        const text = frail('drug alendronate 70 mg oral weekly');
        expect((await diagnose(text)).filter(r => r.line === 5).map(r => r.code)).toEqual(['drug-caution']);
        const [verdict] = await doseVerdicts(text);
        expect(verdict.text).toMatch(/^not judged against a regimen: the caution leads/);
    });
});
