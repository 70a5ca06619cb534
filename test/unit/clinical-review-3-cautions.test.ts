/**
 * The third clinical review's caution items (cases written from published types): each as the
 * user sees it, in a diagnostic (code, severity, text) or a dose verdict.
 */
import { describe, expect, it } from 'vitest';
import { diagnose, doseVerdicts as verdicts, validate } from './helpers.js';

/** A patient with these patient, history, labs and treatment lines. */
function kase({ patient = 'age 60 years sex female weight 70 kg height 165 cm', history = '', labs = 'calcium 9.4 mg/dL', drugs }: { patient?: string; history?: string; labs?: string; drugs: string }): string {
    return `case C {
    patient { ${patient} }
    history {
        ${history}
    }
    lesion L1 { site right hand size 2 x 2 cm morphology plaque }
    labs {
        ${labs}
    }
    treatment {
        ${drugs}
    }
}`;
}

const cautions = async (text: string) => (await diagnose(text)).filter(r => r.code === 'drug-caution');
const neonate = 'age 12 days sex male weight 1.9 kg';

describe('ceftriaxone in a neonate: contraindicated with intravenous calcium (the label)', () => {
    it('with calcium gluconate recorded: an error that says not to give it, and no "within" verdict', async () => {
        const text = kase({ patient: neonate, history: 'exposure calciumGluconate "extravasation at the wrist"', drugs: 'drug ceftriaxone 50 mg/kg iv daily' });
        const rows = await cautions(text);
        expect(rows.map(r => [r.severity, r.text])).toEqual([['error', 'ceftriaxone']]);
        expect(rows[0].message).toBe('Ceftriaxone at 12 days, with calcium gluconate (intravenous): ceftriaxone is contraindicated in neonates of 28 days and younger who receive or need intravenous calcium (fatal ceftriaxone-calcium precipitates in lungs and kidneys): do not give it; choose another antibiotic.');
        const [verdict] = await verdicts(text);
        expect(verdict.status).toBe('not-checked');
        expect(verdict.text).toMatch(/the caution leads/);
    });

    it('with calcium gluconate prescribed: the same error, naming the prescription', async () => {
        const rows = await cautions(kase({ patient: neonate, drugs: 'drug ceftriaxone 50 mg/kg iv daily\n        drug calciumGluconate 200 mg/kg iv every 6 hours' }));
        expect(rows.map(r => r.severity)).toEqual(['error']);
        expect(rows[0].message).toMatch(/^Ceftriaxone at 12 days, with calcium gluconate given: /);
    });

    it('without intravenous calcium: a warning that names the contraindication, at 28 days too', async () => {
        const rows = await cautions(kase({ patient: 'age 28 days sex male weight 3.9 kg', drugs: 'drug ceftriaxone 50 mg/kg iv daily' }));
        expect(rows.map(r => r.severity)).toEqual(['warning']);
        expect(rows[0].message).toMatch(/^Ceftriaxone at 28 days: ceftriaxone is contraindicated in neonates of 28 days and younger who need intravenous calcium/);
    });

    it('past the neonatal period: no caution', async () => {
        expect(await cautions(kase({ patient: 'age 45 days sex male weight 4.5 kg', history: 'exposure calciumGluconate', drugs: 'drug ceftriaxone 50 mg/kg iv daily' }))).toEqual([]);
    });
});

describe('hydroxychloroquine above 5 mg/kg/day, however the dose is written (AAO 2016)', () => {
    // Clinical review 11: one message for the one concern, the dose's maximum at the dose, with the kidneys' part; no caution beside it.
    const retina = 'above the maximum of 250 mg/day (5 mg/kg/day at 50 kg) (AAO 2016 (hydroxychloroquine)). Of actual body weight: above it the risk of retinopathy rises (kidney disease raises it further).';
    for (const written of ['400 mg oral daily', '200 mg oral twice daily', '400 mg/day']) {
        it(`${written} at 50 kg is above 5 mg/kg/day: one warning, at the dose`, async () => {
            const rows = (await diagnose(kase({ patient: 'age 49 years sex female weight 50 kg', drugs: `drug hydroxychloroquine ${written}` }))).filter(r => r.code === 'drug-caution' || r.code === 'dose-out-of-range');
            expect(rows.map(r => [r.code, r.severity, r.message])).toEqual([['dose-out-of-range', 'warning', expect.stringContaining(retina)]]);
        });
    }

    it('400 mg daily at 90 kg (4.4 mg/kg/day) draws none', async () => {
        expect(await cautions(kase({ patient: 'age 49 years sex female weight 90 kg', drugs: 'drug hydroxychloroquine 400 mg oral daily' }))).toEqual([]);
    });
});

describe('analgesics in kidney failure', () => {
    const dialysis = 'condition peritonealDialysis';

    it('morphine on dialysis: avoid it (ESMO 2018), a warning on the drug', async () => {
        const rows = await cautions(kase({ history: dialysis, drugs: 'drug morphine 10 mg oral every 4 hours' }));
        expect(rows.map(r => [r.severity, r.text, r.message])).toEqual([['warning', 'morphine', 'Morphine on dialysis: avoid morphine with a GFR below 30 mL/min and on dialysis: its glucuronides accumulate (sedation, respiratory depression, myoclonus); fentanyl or buprenorphine, at low doses, are safer.']]);
    });

    it('morphine with an eGFR of 45: only the caution of the band above 30 (caution review 6); fentanyl by patch is known and draws no kidney caution, only the patch\'s own (clinical review 14)', async () => {
        const rows = await diagnose(kase({ labs: 'egfr 45 mL/min/1.73m2', drugs: 'drug morphine 10 mg oral every 4 hours\n        drug fentanyl 12 ug/h transdermal' }));
        expect(rows.filter(r => r.code === 'drug-caution' || r.code === 'unknown-term' || r.severity === 'error').map(r => [r.severity, r.text, r.message.slice(0, 60)])).toEqual([
            ['warning', 'morphine', 'Morphine with an eGFR of 45 mL/min/1.73 m² (G3a): morphine\'s'],
            ['warning', 'fentanyl', 'Fentanyl given transdermal: a fentanyl patch is for opioid-t']
        ]);
    });

    it('gabapentin with a creatinine clearance below 60: the label\'s renal doses', async () => {
        // 600 mg/day, within the band below 30 (200-700 mg); above it the dose warning says the band instead (clinical review 13).
        const rows = await cautions(kase({ patient: 'age 78 years sex female weight 58 kg', labs: 'creatinine 1.6 mg/dL', drugs: 'drug gabapentin 200 mg oral 3 times a day' }));
        expect(rows.map(r => r.message)).toEqual(['Gabapentin with a creatinine clearance of 26.5 mL/min (Cockcroft-Gault): 600 mg/day: within the label\'s 200–700 mg/day below a creatinine clearance of 30 mL/min; gabapentin is cleared by the kidney: the label lowers the total daily dose with the creatinine clearance (below 60 mL/min: 400-1400 mg; below 30: 200-700 mg; below 15: 100-300 mg) and adds 125-350 mg after each haemodialysis session.']);
    });
});

describe('NSAIDs in cirrhosis (EASL 2018)', () => {
    it('ibuprofen with cirrhosis: a warning to avoid it, and no "within" verdict', async () => {
        const text = kase({ history: 'condition cirrhosis "Child-Pugh C, ascites"', drugs: 'drug ibuprofen 400 mg oral 3 times a day' });
        const rows = await cautions(text);
        expect(rows.map(r => r.message)).toEqual(['Ibuprofen with cirrhosis: NSAIDs should not be used in cirrhosis with ascites (sodium retention, hyponatraemia, acute kidney injury): avoid them in decompensated cirrhosis.']);
        const [verdict] = await verdicts(text);
        expect(verdict.text).toMatch(/the caution leads/);
    });
});

describe('zoledronic acid 4 mg: the renal reduction is for the repeated oncology dose (Zometa label)', () => {
    const renal = { patient: 'age 45 years sex male weight 85 kg', labs: 'creatinine 2.0 mg/dL' };

    it('a single 4 mg infusion at a creatinine clearance of 56: no caution', async () => {
        expect(await cautions(kase({ ...renal, drugs: 'drug zoledronicAcid 4 mg iv once' }))).toEqual([]);
    });

    it('4 mg every 4 weeks at the same clearance: the reduction', async () => {
        const rows = await cautions(kase({ ...renal, drugs: 'drug zoledronicAcid 4 mg iv every 4 weeks' }));
        expect(rows.map(r => r.message)).toEqual([expect.stringMatching(/^Zoledronic acid with a creatinine clearance of 56\.1 mL\/min \(Cockcroft-Gault\): 4 mg is above the Zometa label's reduced dose at 50-60 mL\/min, 3\.5 mg: the repeated 4 mg oncology dose of zoledronic acid \(myeloma, bone metastases\) is reduced from a creatinine clearance of 60 mL\/min/)]);
    });
});

describe('calcium and vitamin D as clinicians write them', () => {
    it('calcium carbonate is a drug: a calcium-based binder, stopped in calciphylaxis', async () => {
        const text = kase({ history: 'condition haemodialysis', drugs: 'drug calciumCarbonate 1 g oral 3 times a day' }).replace('diagnosis', 'x').replace('treatment {', 'diagnosis { type calciphylaxis }\n    treatment {');
        const rows = await diagnose(text);
        expect(rows.filter(r => r.code === 'unknown-term')).toEqual([]);
        expect(rows.filter(r => r.code === 'drug-caution').map(r => r.message)).toEqual(['Calcium carbonate in calciphylaxis: in calciphylaxis stop calcium-based binders and calcium supplements: use a calcium-free binder (sevelamer, lanthanum).']);
    });

    it('`exposure vitaminD` is nutritional vitamin D, not calcitriol', async () => {
        const document = await validate(kase({ history: 'exposure vitaminD "cholecalciferol 50,000 IU daily"', drugs: '' }));
        const { diagnostics = [] } = document;
        expect(diagnostics.filter(d => d.code === 'unknown-term')).toEqual([]);
        const { services } = await import('./helpers.js');
        const facts = services.Calc.clinical.Analysis.analysisOf(document.parseResult.value.cases[0]).facts;
        expect(facts.exposures.map(e => e.exposure?.label)).toEqual(['Vitamin D (cholecalciferol, ergocalciferol)']);
    });
});

describe('sodium thiosulfate\'s anion gap: studied on haemodialysis (Hundemer 2016)', () => {
    it('in CKD G4 not on dialysis it is not said', async () => {
        const rows = await cautions(kase({ history: 'condition chronicKidneyDisease', labs: 'egfr 22 mL/min/1.73m2', drugs: 'drug sodiumThiosulfate 25 g iv 3 times a week' }));
        expect(rows.filter(r => /anion gap/.test(r.message))).toEqual([]);
    });

    it('on haemodialysis it is', async () => {
        const rows = await cautions(kase({ history: 'condition haemodialysis', drugs: 'drug sodiumThiosulfate 25 g iv 3 times a week' }));
        expect(rows.map(r => r.message)).toEqual([expect.stringMatching(/^Sodium thiosulfate on dialysis: sodium thiosulfate raises the anion gap in haemodialysis patients/)]);
    });
});

describe('common drugs of kidney disease, known and held to their labels', () => {
    const g4 = { history: 'condition chronicKidneyDisease', labs: 'egfr 25 mL/min/1.73m2\n        creatinine 2.8 mg/dL', patient: 'age 60 years sex male weight 70 kg' };

    it('metformin below an eGFR of 30: an error, the label\'s contraindication; at 30-45 a warning not to start it', async () => {
        const rows = await cautions(kase({ ...g4, drugs: 'drug metformin 500 mg oral twice daily' }));
        expect(rows.map(r => [r.severity, r.message])).toEqual([['error', 'Metformin with an eGFR of 25 mL/min/1.73 m² (G4): metformin is contraindicated with an eGFR below 30 mL/min/1.73 m² (lactic acidosis): stop it.']]);
        const g3b = await cautions(kase({ ...g4, labs: 'egfr 38 mL/min/1.73m2', drugs: 'drug metformin 500 mg oral twice daily' }));
        expect(g3b.map(r => [r.severity, r.message])).toEqual([['warning', expect.stringMatching(/^Metformin with an eGFR of 38 mL\/min\/1\.73 m² \(G3b\): with an eGFR of 30-45 mL\/min\/1\.73 m² metformin is not to be started/)]]);
    });

    it('enoxaparin and tramadol below a creatinine clearance of 30: the labels\' doses; heparin in units draws none', async () => {
        const rows = await cautions(kase({ ...g4, drugs: 'drug enoxaparin 40 mg sc daily\n        drug tramadol 50 mg oral every 6 hours\n        drug heparin 5000 units sc twice daily' }));
        expect(rows.map(r => r.text)).toEqual(['enoxaparin', 'enoxaparin', 'tramadol']);
        expect(rows[1].message).toBe('Enoxaparin given with heparin (unfractionated): two heparins together raise the risk of serious bleeding: give one.');
        expect(rows[0].message).toMatch(/the label gives 30 mg once daily for prophylaxis and 1 mg\/kg once daily for treatment/);
        expect((await diagnose(kase({ ...g4, drugs: 'drug heparin 5000 units sc twice daily' }))).filter(r => r.severity === 'error' || r.code === 'unknown-term')).toEqual([]);
    });

    it('cholecalciferol in IU is read; with a high calcium, stop it', async () => {
        const rows = await diagnose(kase({ labs: 'calcium 11.9 mg/dL', drugs: 'drug cholecalciferol 50000 IU oral weekly' }));
        expect(rows.filter(r => r.severity === 'error' || r.code === 'unknown-term')).toEqual([]);
        expect(rows.filter(r => r.code === 'drug-caution').map(r => r.message)).toEqual(['Cholecalciferol (vitamin D3) with a high calcium (11.9 mg/dL): in hypercalcaemia stop vitamin D and calcium supplements until the calcium is normal.']);
    });

    it('etelcalcetide off dialysis: only on haemodialysis (the label)', async () => {
        const rows = await cautions(kase({ ...g4, drugs: 'drug etelcalcetide 5 mg iv 3 times a week' }));
        expect(rows.map(r => r.message)).toEqual([expect.stringMatching(/^Etelcalcetide in chronic kidney disease not on dialysis: etelcalcetide is indicated only on haemodialysis/)]);
        expect(await cautions(kase({ ...g4, history: 'condition haemodialysis', drugs: 'drug etelcalcetide 5 mg iv 3 times a week' }))).toEqual([]);
    });
});

describe('denosumab in advanced kidney disease (the boxed warning)', () => {
    it('on dialysis: a warning of severe hypocalcaemia', async () => {
        const rows = await cautions(kase({ history: 'condition haemodialysis', drugs: 'drug denosumab 60 mg sc every 6 months' }));
        expect(rows.map(r => r.message)).toEqual([expect.stringMatching(/^Denosumab on dialysis: denosumab carries a boxed warning of severe, sometimes fatal, hypocalcaemia/)]);
    });

    it('with an eGFR of 50: none', async () => {
        expect(await cautions(kase({ labs: 'egfr 50 mL/min/1.73m2', drugs: 'drug denosumab 120 mg sc every 4 weeks' }))).toEqual([]);
    });
});

describe('the fourth clinical read: lupus, tumour lysis, a valve', () => {
    it('minocycline with lupus: drug-induced lupus (Elkayam 1999), a warning', async () => {
        const rows = await cautions(kase({ history: 'condition lupus', drugs: 'drug minocycline 100 mg oral twice daily' }));
        expect(rows.map(r => r.message)).toEqual([expect.stringMatching(/^Minocycline with systemic lupus erythematosus: minocycline can itself cause drug-induced lupus/)]);
    });

    it('calcium carbonate with a Ca × P above 70 off dialysis: avoid calcium salts', async () => {
        const rows = await cautions(kase({ patient: 'age 16 years sex male weight 60 kg', history: 'condition malignancy "tumour lysis"', labs: 'calcium 7.0 mg/dL\n        phosphate 13.8 mg/dL', drugs: 'drug calciumCarbonate 500 mg oral 3 times a day' }));
        expect(rows.map(r => r.message)).toEqual([expect.stringMatching(/^Calcium carbonate with a Ca × P of 96\.6 mg²\/dL² \(above 70\): with a high Ca × P, calcium given adds to the calcium phosphate that deposits/)]);
    });

    it('with a mechanical valve, warfarin\'s caution names a heparin as the alternative', async () => {
        const rows = await cautions(kase({ history: 'condition haemodialysis\n        condition mechanicalHeartValve', drugs: 'drug warfarin 5 mg oral daily' }).replace('treatment {', 'diagnosis { type calciphylaxis }\n    treatment {'));
        expect(rows.map(r => r.message)).toEqual([expect.stringMatching(/a heparin \(unfractionated, or low-molecular-weight dosed for the kidneys\) is the commonest replacement.*there a heparin, or warfarin kept, is decided with cardiology\.$/)]);
    });

    it('a transplant recipient "after 8 years of haemodialysis" is not told to record dialysis; kidneyTransplant is known', async () => {
        const rows = await diagnose(kase({ history: 'condition kidneyTransplant "after 8 years of haemodialysis"', drugs: 'drug tacrolimus 2 mg oral twice daily' }));
        expect(rows.filter(r => r.code === 'note-not-recorded' || r.code === 'unknown-term')).toEqual([]);
    });

    it('25-hydroxyvitamin D of 480 ng/mL in intoxication is high, not a typing slip', async () => {
        const rows = await diagnose(kase({ history: 'condition hypervitaminosisD', labs: 'vitaminD25 480 ng/mL', drugs: '' }));
        expect(rows.filter(r => r.code === 'lab-implausible' || r.code === 'unit-suspect')).toEqual([]);
    });
});

describe('cholecalciferol in international units, held to the Endocrine Society doses (not a calcinosis regimen)', () => {
    it('50,000 IU daily in a 20-month-old is above the most a day for the age (4000 units); 50,000 IU weekly for 6 weeks is within its course, with no end it is not', async () => {
        const toddler = 'age 20 months sex male weight 11 kg';
        const [daily] = await verdicts(kase({ patient: toddler, drugs: 'drug cholecalciferol 50000 IU oral daily' }));
        // Above the most a day for this patient's age, the verdict says that limit (clinical review 10), not the deficiency regimen.
        expect(daily.text).toBe('50000 units/day: above the most a day for this patient, 4000 units/day at 1-18 years by the Endocrine Society\'s upper limit for treating deficiency');
        const [weekly] = await verdicts(kase({ patient: toddler, drugs: 'drug cholecalciferol 50000 IU oral weekly for 6 weeks' }));
        expect(weekly.text).toMatch(/^a dose for vitamin D deficiency, not a regimen for calcinosis: within the reported 50000 units oral weekly for 6 weeks/);
        // With no end written, the 6-week course does not pass it (clinical review 13).
        const [open] = await verdicts(kase({ patient: toddler, drugs: 'drug cholecalciferol 50000 IU oral weekly' }));
        expect(open.text).toMatch(/^outside every regimen reported \(none is for calcinosis\): the closest, with no course written, unlike the reported 50000 units oral weekly for 6 weeks/);
    });
});

describe('a label\'s most per day by creatinine clearance', () => {
    const frail = { patient: 'age 94 years sex female weight 41 kg', labs: 'creatinine 1.9 mg/dL' };

    it('gabapentin 300 mg three times a day at a clearance of 11.7 mL/min: 900 mg/day, above the label\'s 300', async () => {
        const rows = (await diagnose(kase({ ...frail, drugs: 'drug gabapentin 300 mg oral 3 times a day' }))).filter(r => r.code === 'dose-out-of-range');
        expect(rows.map(r => [r.severity, r.text, r.message])).toEqual([['warning', '300', "Gabapentin as written gives 900 mg/day: above the label's most, 300 mg/day, at a creatinine clearance below 15 mL/min (here 11.7 mL/min, Cockcroft-Gault). Source: gabapentin label."]]);
    });

    it('within its band, none: gabapentin 100 mg three times a day there, tramadol 50 mg twice daily', async () => {
        const rows = await diagnose(kase({ ...frail, drugs: 'drug gabapentin 100 mg oral 3 times a day\n        drug tramadol 50 mg oral twice daily' }));
        expect(rows.filter(r => r.code === 'dose-out-of-range')).toEqual([]);
    });

    it('tramadol 100 mg every 6 hours on dialysis: 400 mg/day, above 200, and more often than every 12 hours (clinical review 12)', async () => {
        const rows = (await diagnose(kase({ history: 'condition haemodialysis', drugs: 'drug tramadol 100 mg oral every 6 hours' }))).filter(r => r.code === 'dose-out-of-range');
        expect(rows.map(r => r.message)).toEqual(["Tramadol as written gives 400 mg/day: above the label's most, 200 mg/day, on dialysis (the label's dose below a creatinine clearance of 30 mL/min); and given every 6 hours, more often than its every 12 hours. Source: tramadol label."]);
    });
});

describe('what the user wrote is never reversed', () => {
    it('`morphology necrotic ulcerated` (a syntax error) leaves the lesion\'s ulceration unknown, not "not ulcerated"', async () => {
        const { services } = await import('./helpers.js');
        const document = await validate('case M {\n    lesion L1 {\n        site leg\n        morphology necrotic ulcerated\n        pain severe\n    }\n}\n');
        const lesion = services.Calc.clinical.Analysis.analysisOf(document.parseResult.value.cases[0]).facts.lesions[0];
        expect(lesion.ulcerated).toBeUndefined();
    });
});

describe('anticoagulants: the renal treatment dose and two given together', () => {
    const frail = { patient: 'age 94 years sex female weight 41 kg', labs: 'creatinine 1.7 mg/dL' };

    it('enoxaparin 1 mg/kg twice daily below 30 mL/min: above the label\'s 1 mg/kg once daily; with apixaban, a bleeding caution', async () => {
        const rows = await diagnose(kase({ ...frail, drugs: 'drug apixaban 2.5 mg oral twice daily\n        drug enoxaparin 1 mg/kg sc twice daily' }));
        expect(rows.filter(r => r.code === 'dose-out-of-range').map(r => r.message)).toEqual([expect.stringMatching(/^Enoxaparin as written gives 82 mg\/day: above the label's most, 41 mg\/day \(1 mg\/kg\/day at 41 kg\), at a creatinine clearance below 30 mL\/min/)]);
        expect(rows.filter(r => r.code === 'drug-caution' && r.text === 'apixaban').map(r => r.message)).toEqual([
            'Apixaban given with enoxaparin: apixaban with a heparin raises the risk of serious bleeding (label: concomitant anticoagulants): give one, except in a planned switch.',
            expect.stringMatching(/^Apixaban with a creatinine clearance of 13\.1 mL\/min \(Cockcroft-Gault\): the labels differ/)
        ]);
    });
});

describe('apixaban below a creatinine clearance of 15 off dialysis: the labels differ', () => {
    it('says both, and nothing of it on dialysis', async () => {
        const frail = { patient: 'age 94 years sex female weight 41 kg', labs: 'creatinine 1.7 mg/dL' };
        const rows = await cautions(kase({ ...frail, drugs: 'drug apixaban 2.5 mg oral twice daily' }));
        expect(rows.map(r => r.message)).toEqual([expect.stringMatching(/^Apixaban with a creatinine clearance of 13\.1 mL\/min \(Cockcroft-Gault\): the labels differ below a creatinine clearance of 15 mL\/min off dialysis/)]);
        expect(await cautions(kase({ history: 'condition haemodialysis', drugs: 'drug apixaban 5 mg oral twice daily' }))).toEqual([]);
    });
});

describe('the reread\'s finds', () => {
    it('hydroxychloroquine 400 mg daily for 6 months at 50 kg is still above 5 mg/kg/day', async () => {
        const rows = (await diagnose(kase({ patient: 'age 49 years sex female weight 50 kg', drugs: 'drug hydroxychloroquine 400 mg oral daily for 6 months' }))).filter(r => r.code === 'drug-caution' || r.code === 'dose-out-of-range');
        expect(rows.map(r => [r.code, r.message])).toEqual([['dose-out-of-range', expect.stringContaining('above the maximum of 250 mg/day (5 mg/kg/day at 50 kg)')]]);
    });

    it('"was started on haemodialysis" is on dialysis; "declined CAPD" is not', async () => {
        const noted = async (note: string) => (await diagnose(kase({ history: `condition chronicKidneyDisease "${note}"`, drugs: '' }))).filter(r => r.code === 'note-not-recorded');
        expect(await noted('was started on haemodialysis in 2019')).toHaveLength(1);
        expect(await noted('declined CAPD')).toEqual([]);
    });

    it('gabapentin\'s limit with only an eGFR recorded: the eGFR stands in, and says so', async () => {
        const rows = (await diagnose(kase({ patient: 'age 70 years sex male', labs: 'egfr 12 mL/min/1.73m2', drugs: 'drug gabapentin 300 mg oral 3 times a day' }))).filter(r => r.code === 'dose-out-of-range');
        expect(rows.map(r => r.message)).toEqual([expect.stringMatching(/\(here 12 mL\/min, the eGFR; the creatinine clearance is not computable\)/)]);
    });
});
