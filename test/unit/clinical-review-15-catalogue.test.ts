/**
 * The fifteenth clinician review: what a case of connective tissue disease, calciphylaxis or
 * metastatic calcinosis records beside the calcium was "not a known …" — the immunosuppressants,
 * the vascular drugs of systemic sclerosis, the antibiotics and analgesics of an ulcer, common
 * comorbidities and the routine labs. Each is now known, read against its label, and cautioned
 * where the label or guideline says so.
 */
import { describe, expect, it } from 'vitest';
import { diagnose, doseWarnings, drugCase } from './helpers.js';

const unknown = async (text: string) => (await diagnose(text)).filter(r => r.code === 'unknown-term').map(r => r.message);
const cautions = async (text: string) => (await diagnose(text)).filter(r => r.code === 'drug-caution').map(r => [r.severity, r.line, r.message]);
const ADULT = 'age 50 years sex female weight 70 kg';

describe('the drugs of connective tissue disease, calciphylaxis and an infected ulcer are known', () => {
    const lines = [
        'drug azathioprine 100 mg oral daily', 'drug cyclophosphamide 500 mg iv every 2 weeks', 'drug ciclosporin 100 mg oral twice daily',
        'drug tofacitinib 5 mg oral twice daily', 'drug infliximab 5 mg/kg iv every 8 weeks', 'drug nifedipine 20 mg oral three times daily',
        'drug amlodipine 5 mg oral daily', 'drug sildenafil 20 mg oral three times daily', 'drug bosentan 62.5 mg oral twice daily',
        'drug aspirin 75 mg oral daily', 'drug omeprazole 20 mg oral daily', 'drug pregabalin 75 mg oral twice daily',
        'drug phytonadione 10 mg oral once', 'drug cefazolin 1 g iv every 8 hours', 'drug piperacillinTazobactam 4.5 g iv every 6 hours',
    ];
    for (const line of lines) {
        it(`${line}: no unknown term, no dose warning`, async () => {
            const text = drugCase(ADULT, line, 'condition dermatomyositis');
            expect(await unknown(text)).toEqual([]);
            expect(await doseWarnings(text)).toEqual([]);
        });
    }

    it('brand names and British spellings resolve: Imuran, Neoral, lignocaine, phytomenadione, Tazocin', async () => {
        const text = drugCase(ADULT, 'drug imuran 100 mg oral daily\n        drug neoral 100 mg oral twice daily\n        drug lignocaine 100 mg sc once\n        drug phytomenadione 10 mg oral once\n        drug tazocin 4.5 g iv every 6 hours', 'condition lupus');
        expect(await unknown(text)).toEqual([]);
    });
});

describe('their labels\' limits hold', () => {
    it('lidocaine above 500 mg an infiltration: a warning naming both of the label\'s maxima (no regimen, a ceiling still)', async () => {
        const [[severity, line, message]] = await doseWarnings(drugCase(ADULT, 'drug lidocaine 600 mg sc once', 'condition dermatomyositis'));
        expect([severity, line]).toEqual(['warning', 5]);
        expect(message).toMatch(/^Lidocaine \(local infiltration\) 600 mg sc once is 600 mg per dose, above the maximum of 490 mg \(7 mg\/kg at 70 kg\) \(Xylocaine \(lidocaine\) label\)\. The most with epinephrine, 7 mg\/kg.*without epinephrine at most 4\.5 mg\/kg \(in general no more than 300 mg\)/);
    });

    it('lidocaine by weight: 200 mg in a child of 25 kg is 8 mg/kg, above 7 mg/kg (one warning, the ceiling that binds)', async () => {
        const rows = await doseWarnings(drugCase('age 8 years sex male weight 25 kg', 'drug lidocaine 200 mg sc once', 'injury trauma'));
        expect(rows).toEqual([['warning', 5, expect.stringMatching(/^Lidocaine \(local infiltration\) 200 mg sc once is 200 mg per dose, above the maximum of 175 mg \(7 mg\/kg at 25 kg\)/)]]);
    });

    it("lidocaine without a weight: the adult's 500 mg still holds", async () => {
        const rows = await doseWarnings(drugCase('age 50 years sex female', 'drug lidocaine 600 mg sc once', 'injury trauma'));
        expect(rows).toEqual([['warning', 5, expect.stringMatching(/above the maximum of 500 mg \(Xylocaine/)]]);
    });

    it('pregabalin 300 mg a day on haemodialysis: above the label\'s 75 mg a day below 15 mL/min, with the supplement after each session', async () => {
        const [[, , message]] = await doseWarnings(drugCase('age 60 years sex male weight 70 kg', 'drug pregabalin 150 mg oral twice daily', 'condition haemodialysis'));
        expect(message).toMatch(/^Pregabalin as written gives 300 mg\/day: above the label's most, 75 mg\/day, on dialysis .*25–150 mg after each haemodialysis session/);
    });

    it('piperacillin-tazobactam 4.5 g every 6 hours on dialysis: above the label\'s band below 20 mL/min', async () => {
        const [[, , message]] = await doseWarnings(drugCase('age 60 years sex male weight 70 kg', 'drug piperacillinTazobactam 4.5 g iv every 6 hours', 'condition haemodialysis'));
        expect(message).toMatch(/^Piperacillin-tazobactam as written gives 18 g\/day: above the label's most, 6\.75 g\/day, on dialysis, with a supplemental 0\.75 g after each haemodialysis session/);
    });

    it('the label\'s renal doses are said to fit, not "below" the usual regimen: pregabalin 25 mg a day and piperacillin-tazobactam 2.25 g every 12 hours on haemodialysis', async () => {
        const text = drugCase('age 60 years sex male weight 70 kg', 'drug pregabalin 25 mg oral daily\n        drug piperacillinTazobactam 2.25 g iv every 12 hours', 'condition haemodialysis');
        expect(await doseWarnings(text)).toEqual([]);
        expect(await cautions(text)).toEqual([
            ['information', 5, expect.stringMatching(/^Pregabalin on dialysis: 25 mg\/day: within the label's 25–75 mg\/day on dialysis/)],
            ['information', 6, expect.stringMatching(/^Piperacillin-tazobactam on dialysis: 4\.5 g\/day: within the label's 4\.5–6\.75 g\/day on dialysis, with a supplemental 0\.75 g/)],
        ]);
    });

    it('cefazolin on dialysis: the label gives no dose there, and the caution says how it is dosed', async () => {
        const [[severity, , message]] = await cautions(drugCase('age 60 years sex male weight 70 kg', 'drug cefazolin 1 g iv every 8 hours', 'condition haemodialysis'));
        expect(severity).toBe('warning');
        expect(message).toMatch(/^Cefazolin on dialysis: cefazolin is cleared by the kidney and accumulates .*it gives no dose on dialysis, where it is dosed after each session with the pharmacy\.$/);
    });

    it('tofacitinib 5 mg twice daily at a creatinine clearance below 50: above the label\'s 5 mg once daily', async () => {
        const text = `case R {\n    patient { age 70 years sex female weight 55 kg }\n    history { condition dermatomyositis }\n    labs { creatinine 1.6 mg/dL }\n    treatment {\n        drug tofacitinib 5 mg oral twice daily\n    }\n}`;
        const [[, line, message]] = await doseWarnings(text);
        expect(line).toBe(6);
        expect(message).toMatch(/^Tofacitinib as written gives 10 mg\/day: above the label's most, 5 mg\/day, at a creatinine clearance below 50 mL\/min/);
    });

    it('amlodipine 20 mg daily: above the label\'s 10 mg', async () => {
        const [[severity]] = await doseWarnings(drugCase(ADULT, 'drug amlodipine 20 mg oral daily', 'condition systemicSclerosis'));
        expect(severity).toBe('warning');
    });
});

describe('the cautions their labels and guidelines give', () => {
    it('bosentan in pregnancy: an error, stop it', async () => {
        expect(await cautions(drugCase(ADULT, 'drug bosentan 62.5 mg oral twice daily', 'condition systemicSclerosis condition pregnancy'))).toEqual([
            ['error', 5, expect.stringMatching(/^Bosentan with pregnancy: bosentan is likely to cause major birth defects .*stop it as soon as pregnancy is detected\.$/)],
        ]);
    });

    it('bosentan with ciclosporin: an error at bosentan (both labels contraindicate the pair)', async () => {
        const rows = await cautions(drugCase(ADULT, 'drug bosentan 62.5 mg oral twice daily\n        drug ciclosporin 100 mg oral twice daily', 'condition systemicSclerosis'));
        expect(rows).toContainEqual(['error', 5, 'Bosentan given with ciclosporin: bosentan is contraindicated with ciclosporin, which raises its levels many times over (both labels).']);
    });

    it('azathioprine in pregnancy with lupus: compatible (EULAR), no caution', async () => {
        expect(await cautions(drugCase(ADULT, 'drug azathioprine 100 mg oral daily', 'condition lupus condition pregnancy'))).toEqual([]);
    });

    it('azathioprine in pregnancy with rheumatoid arthritis: the US label and EULAR disagree, and both are said', async () => {
        const [[severity, , message]] = await cautions(drugCase(ADULT, 'drug azathioprine 100 mg oral daily', 'condition rheumatoidArthritis condition pregnancy'));
        expect(severity).toBe('warning');
        expect(message).toMatch(/the sources disagree: the US label contraindicates azathioprine for rheumatoid arthritis in pregnancy .* while EULAR counts it among the drugs compatible with pregnancy/);
    });

    it('ciclosporin in chronic kidney disease: the label\'s "should not receive" for arthritis and psoriasis', async () => {
        const [[severity, , message]] = await cautions(drugCase(ADULT, 'drug ciclosporin 100 mg oral twice daily', 'condition dermatomyositis condition chronicKidneyDisease'));
        expect(severity).toBe('warning');
        expect(message).toMatch(/^Ciclosporin in chronic kidney disease: ciclosporin is nephrotoxic: the label says patients with rheumatoid arthritis or psoriasis and abnormal renal function should not receive it/);
    });

    it('ciclosporin with normal kidneys: no caution', async () => {
        expect(await cautions(drugCase(ADULT, 'drug ciclosporin 100 mg oral twice daily', 'condition dermatomyositis'))).toEqual([]);
    });

    it('tofacitinib with azathioprine: not recommended (label)', async () => {
        const rows = await cautions(drugCase(ADULT, 'drug tofacitinib 5 mg oral twice daily\n        drug azathioprine 100 mg oral daily', 'condition dermatomyositis'));
        expect(rows).toContainEqual(['warning', 5, 'Tofacitinib given with azathioprine: tofacitinib is not recommended with biologic DMARDs or with potent immunosuppressants such as azathioprine and ciclosporin (label): serious infections.']);
    });

    it('tofacitinib with infliximab: not recommended with a biologic (label)', async () => {
        const rows = await cautions(drugCase(ADULT, 'drug tofacitinib 5 mg oral twice daily\n        drug infliximab 5 mg/kg iv every 8 weeks', 'condition dermatomyositis'));
        expect(rows).toContainEqual(['warning', 5, expect.stringMatching(/^Tofacitinib given with infliximab: tofacitinib is not recommended with biologic DMARDs/)]);
    });

    it('colchicine with ciclosporin: an error in chronic kidney disease (the label contraindicates it), a warning to reduce it otherwise', async () => {
        const pair = 'drug colchicine 0.6 mg oral daily\n        drug ciclosporin 100 mg oral twice daily';
        expect(await cautions(drugCase(ADULT, pair, 'condition dermatomyositis condition chronicKidneyDisease'))).toContainEqual(['error', 5, expect.stringMatching(/^Colchicine given with ciclosporin and in chronic kidney disease: colchicine is contraindicated with P-gp or strong CYP3A4 inhibitors/)]);
        const normal = await cautions(drugCase(ADULT, pair, 'condition dermatomyositis'));
        expect(normal).toEqual([['warning', 5, expect.stringMatching(/^Colchicine given with ciclosporin: ciclosporin inhibits P-glycoprotein .*reduces or interrupts the colchicine dose/)]]);
    });

    it('aspirin in a child: Reye syndrome', async () => {
        const [[severity, , message]] = await cautions(drugCase('age 8 years sex male weight 25 kg', 'drug aspirin 75 mg oral daily', 'condition dermatomyositis'));
        expect(severity).toBe('warning');
        expect(message).toMatch(/Reye syndrome/);
    });

    it('low-dose aspirin in pregnancy draws no NSAID caution (the FDA warning exempts it)', async () => {
        expect(await cautions(drugCase(ADULT, 'drug aspirin 75 mg oral daily', 'condition lupus condition pregnancy'))).toEqual([]);
    });
});

describe('common comorbidities and spellings of known conditions', () => {
    it('hypertension, coronary artery disease, COPD, type 2 diabetes, ESRD, CREST, Sjögren syndrome: all known', async () => {
        const text = 'case R {\n    history { condition hypertension condition coronaryArteryDisease condition copd condition type2Diabetes condition esrd condition crest condition sjogrenSyndrome condition venousInsufficiency }\n}';
        expect(await unknown(text)).toEqual([]);
    });

    it('CREST is systemic sclerosis: dystrophic, as the disease', async () => {
        const rows = await diagnose('case R {\n    history { condition crest }\n}');
        expect(rows.find(r => r.code === 'classification')?.message).toMatch(/^Dystrophic calcinosis cutis \(probable\): Systemic sclerosis \(connective tissue disease\)/);
    });

    it('hypertension alone reads no type: the case stays undetermined', async () => {
        const rows = await diagnose('case R {\n    history { condition hypertension }\n}');
        expect(rows.find(r => r.code === 'classification')?.message).toMatch(/type undetermined/);
    });

    it('hypoparathyroidism is its own condition, not offered as hyperparathyroidism, and reads no metastatic type', async () => {
        const rows = await diagnose('case R {\n    history { condition hypoparathyroidism }\n}');
        expect(rows.filter(r => r.code === 'unknown-term')).toEqual([]);
        expect(rows.find(r => r.code === 'classification')?.message).not.toMatch(/^Metastatic/);
    });
});

describe('the routine labs beside the calcium are analytes', () => {
    const labs = (body: string, history = '') => `case R {\n    patient { age 45 years sex female }\n    history { ${history} }\n    labs { ${body} }\n}`;
    const out = async (text: string) => (await diagnose(text)).filter(r => r.code === 'lab-out-of-range').map(r => r.message);

    it('LDH, aldolase, ALT, AST, CRP, haemoglobin, BUN, uric acid, alp and calcidiol are read without an unknown term', async () => {
        expect(await unknown(labs('ldh 200 U/L aldolase 5 U/L alt 20 U/L ast 20 IU/L crp 3 mg/L haemoglobin 13 g/dL bun 12 mg/dL uricAcid 5 mg/dL alp 100 U/L calcidiol 30 ng/mL'))).toEqual([]);
    });

    it('a raised aldolase in an adult: above the encyclopedia\'s 1.0-7.5 U/L', async () => {
        expect(await out(labs('aldolase 12 U/L', 'condition dermatomyositis'))).toEqual(['Aldolase 12 U/L is high: above the adult (18 years and over) reference 1–7.5 U/L by 4.5 U/L. Source: MedlinePlus (A.D.A.M.) lab tests.']);
    });

    it('a low haemoglobin in a woman: below 12.1 g/dL, in both units', async () => {
        expect(await out(labs('haemoglobin 10.2 g/dL'))).toEqual(['Haemoglobin 10.2 g/dL (102 g/L) is low: below the adult (18 years and over), female reference 12.1–15.1 g/dL by 1.9 g/dL. Source: MedlinePlus (A.D.A.M.) lab tests.']);
    });

    it('a BUN of 60 mg/dL on haemodialysis is shown, not flagged', async () => {
        expect(await out(labs('bun 60 mg/dL', 'condition haemodialysis'))).toEqual([]);
    });

    it('a child\'s LDH: no interval shipped, so not flagged', async () => {
        const text = 'case R {\n    patient { age 8 years sex female }\n    labs { ldh 400 U/L }\n}';
        expect(await out(text)).toEqual([]);
    });
});

describe('thousands written with commas (ISMP: commas for doses of 1,000 and more)', () => {
    it('heparin 5,000 units twice daily: read as 5000 units, no syntax error, no dose warning', async () => {
        const rows = await diagnose(drugCase('age 60 years sex male weight 80 kg', 'drug heparin 5,000 units sc twice daily', 'condition haemodialysis'));
        expect(rows.filter(r => r.code === 'syntax' || r.code === 'dose-out-of-range')).toEqual([]);
    });

    it('a decimal comma (9,5) is not a thousands group: the comma is still an error at its place', async () => {
        const rows = await diagnose('case R {\n    labs { calcium 9,5 mg/dL }\n}');
        expect(rows.filter(r => r.code === 'syntax').map(r => [r.line, r.text])).toContainEqual([2, ',']);
    });
});

describe('pregnancy and the routine labs', () => {
    it('haemoglobin 11.5 g/dL in pregnancy is not low (WHO: anaemia below 11.0)', async () => {
        const text = 'case R {\n    patient { age 30 years sex female }\n    history { condition pregnancy }\n    labs { haemoglobin 11.5 g/dL }\n}';
        expect((await diagnose(text)).filter(r => r.code === 'lab-out-of-range')).toEqual([]);
    });

    it('haemoglobin 10.5 g/dL in pregnancy is low, against the pregnancy cut-off', async () => {
        const text = 'case R {\n    patient { age 30 years sex female }\n    history { condition pregnancy }\n    labs { haemoglobin 10.5 g/dL }\n}';
        expect((await diagnose(text)).filter(r => r.code === 'lab-out-of-range').map(r => r.message)).toEqual([expect.stringMatching(/^Haemoglobin 10\.5 g\/dL \(105 g\/L\) is low: below the pregnancy reference ≥ 11 g\/dL by 0\.5 g\/dL\. Source: WHO 2011/)]);
    });
});

describe('diltiazem in an adult: the adults\' regimen judges, and the seed\'s per-kg range is said beside it', () => {
    it('60 mg three times a day at 65 kg: below Palmieri\'s 240-480 mg/day, within the seed\'s 2-4 mg/kg/day: the sources differ', async () => {
        expect(await doseWarnings(drugCase('age 50 years sex female weight 65 kg', 'drug diltiazem 60 mg oral three times daily', 'condition dermatomyositis'))).toEqual([
            ['warning', 5, 'Diltiazem 60 mg oral 3 times a day is 180 mg/day: below the reported 240–480 mg/day (adults) (Palmieri 1995). At 65 kg it is 2.77 mg/kg/day, within the reported 2–4 mg/kg/day (Amonkar 2022, the seed report): the sources differ.'],
        ]);
    });
});

describe('folic acid with methotrexate (ACR 2021)', () => {
    const mtx = (more: string) => drugCase('age 40 years sex female weight 60 kg', `drug methotrexate 15 mg oral weekly${more}`, 'condition dermatomyositis');

    it('methotrexate alone: information that names the missing folic acid', async () => {
        expect(await cautions(mtx(''))).toEqual([['information', 5, 'Methotrexate with no folic acid recorded: supplementation (at least 5 mg a week) is recommended for everyone taking it, to reduce its gastrointestinal, hepatic and marrow toxicity; record it if it is given.']]);
    });

    it('with folic acid 5 mg weekly: no caution, and the folate line is known and fits', async () => {
        const text = mtx('\n        drug folicAcid 5 mg oral weekly');
        expect(await cautions(text)).toEqual([]);
        expect(await unknown(text)).toEqual([]);
        expect(await doseWarnings(text)).toEqual([]);
    });

    it('methotrexate in pregnancy: the contraindication alone, no folate reminder beside it', async () => {
        const rows = await cautions(drugCase('age 30 years sex female weight 60 kg', 'drug methotrexate 15 mg oral weekly', 'condition dermatomyositis condition pregnancy'));
        expect(rows.map(r => r[0])).toEqual(['error']);
    });

    it('methotrexate recorded as stopped: no folate caution', async () => {
        expect(await cautions(mtx(' stopped'))).toEqual([]);
    });
});
