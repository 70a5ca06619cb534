/**
 * The eleventh clinician review (the plan and the cautions), each item as the user sees it:
 * methotrexate's band of 30-60 mL/min, furosemide before rehydration, penile calciphylaxis, the
 * corticosteroid caution after a kidney transplant, a value shown on its side of a threshold,
 * therapeutic hypothermia, excision in irradiated skin, one message per concern (hydroxychloroquine,
 * IVIG) and the ionized calcium band's label.
 */
import { describe, expect, it } from 'vitest';
import { formatAgainst } from '../../src/language/clinical/format-number.js';
import { diagnose, summaryMarkdownUncited } from './helpers.js';

function caseWith({ patient = 'age 70 years sex female weight 60 kg', history = '', lesions = 'lesion L1 { site finger morphology nodule }', labs = 'creatinine 1.0 mg/dL', extra = '', treatment }: { patient?: string; history?: string; lesions?: string; labs?: string; extra?: string; treatment: string[] }): string {
    return `case R {\n    patient { ${patient} }\n    history {\n        ${history}\n    }\n    ${lesions}\n    labs { ${labs} }\n${extra}    treatment {\n${treatment.map(t => `        ${t}\n`).join('')}    }\n}`;
}

const onLine = async (text: string, line: number, code?: string) => (await diagnose(text)).filter(r => r.line === line && (!code || r.code === code));
/** The 1-based line a text is on. */
const lineOf = (text: string, written: string) => text.slice(0, text.indexOf(written)).split('\n').length;
/** The diagnostics on the line of `written` (a prescription, an excision). */
const at = async (text: string, written: string, code?: string) => onLine(text, lineOf(text, written), code);

describe('1. methotrexate at a creatinine clearance of 30-60 mL/min: reduce the dose, the sources\' figures both said', () => {
    // 70 years, 60 kg, female, creatinine 1.0 mg/dL: Cockcroft-Gault 49.6 mL/min.
    const weekly = 'drug methotrexate 15 mg oral weekly';

    it('at 49.6 mL/min: one warning that leads the verdict, with Kintzel & Dorr\'s and the BSR\'s figures', async () => {
        const rows = await at(caseWith({ treatment: [weekly] }), weekly, 'drug-caution');
        expect(rows.map(r => [r.severity, r.message])).toEqual([['warning',
            'Methotrexate with a creatinine clearance of 49.6 mL/min (Cockcroft-Gault): methotrexate accumulates as the kidney function falls: reduce the dose, and the sources differ on by how much (Kintzel & Dorr, for its renal clearance: about 65% of the dose at a creatinine clearance of 46-60 mL/min and 50% at 31-45; the British Society for Rheumatology: at most 12.5 mg a week with an eGFR below 60 mL/min/1.73 m²); check the blood count, the liver and the creatinine more often.']]);
        expect(await summaryMarkdownUncited(caseWith({ treatment: [weekly] }))).toContain('- Methotrexate 15 mg oral weekly (line 9): not judged against the usual regimen: the caution applies, with a creatinine clearance of 49.6 mL/min (Cockcroft-Gault): methotrexate accumulates as the kidney function falls: reduce the dose');
    });

    it('below 30 mL/min and on dialysis: only the caution to avoid it, not the band above', async () => {
        const low = await at(caseWith({ labs: 'creatinine 2.0 mg/dL', treatment: [weekly] }), weekly, 'drug-caution');
        expect(low.map(r => r.message)).toEqual(['Methotrexate with a creatinine clearance of 24.8 mL/min (Cockcroft-Gault): methotrexate is cleared by the kidney: avoid it with a creatinine clearance below 30 mL/min.']);
        const dialysis = await at(caseWith({ history: 'condition haemodialysis', treatment: [weekly] }), weekly, 'drug-caution');
        expect(dialysis.map(r => r.message.split(':')[0])).toEqual(['Methotrexate on dialysis']);
    });

    it('at 60 mL/min and above: no renal caution (only the folic acid reminder, information)', async () => {
        const rows = await at(caseWith({ labs: 'creatinine 0.8 mg/dL', treatment: [weekly] }), weekly, 'drug-caution');
        expect(rows.map(r => [r.severity, r.message.split(':')[0]])).toEqual([['information', 'Methotrexate with no folic acid recorded']]);
    });
});

describe('2. furosemide with dehydration recorded: an error, the volume restored first (UK SmPC; eTG)', () => {
    const phosphateLoad = caseWith({
        patient: 'age 68 years sex female weight 60 kg',
        history: 'condition dehydration "after phosphate enemas"\n        condition acuteKidneyInjury\n        exposure phosphateEnema',
        labs: 'phosphate 9.8 mg/dL calcium 7.9 mg/dL creatinine 2.4 mg/dL',
        treatment: ['drug furosemide 40 mg iv daily']
    });

    it('an error at furosemide that says to rehydrate first, and the summary\'s verdict is the caution', async () => {
        const rows = await at(phosphateLoad, 'drug furosemide', 'drug-caution');
        expect(rows.map(r => [r.severity, r.text, r.message])).toEqual([['error', 'furosemide',
            'Furosemide with dehydration (volume depletion): furosemide is contraindicated in hypovolaemia and dehydration (UK SmPC: correct them before it is started): restore the volume first, with intravenous isotonic saline; in hypercalcaemia a loop diuretic is only for fluid overload once the patient is rehydrated, not a primary treatment, as it depletes the volume further.']]);
        expect(await summaryMarkdownUncited(phosphateLoad)).toContain(`- Furosemide 40 mg iv daily (line ${lineOf(phosphateLoad, 'drug furosemide')}): the caution leads, with dehydration (volume depletion): furosemide is contraindicated`);
    });

    it('`hypovolaemia` is the same condition; without it, furosemide draws no caution', async () => {
        const alias = await at(phosphateLoad.replace('condition dehydration', 'condition hypovolaemia'), 'drug furosemide', 'drug-caution');
        expect(alias.map(r => r.severity)).toEqual(['error']);
        expect(await at(phosphateLoad.replace('condition dehydration "after phosphate enemas"', ''), 'drug furosemide', 'drug-caution')).toEqual([]);
    });
});

describe('3. penile calciphylaxis: what the reports say of penectomy at the penis, debridement only elsewhere', () => {
    const penile = caseWith({
        patient: 'age 58 years sex male weight 80 kg',
        history: 'condition haemodialysis\n        condition diabetes',
        lesions: 'lesion L1 { site penis morphology necrotic eschar pain severe ulcerated yes }\n    lesion L2 { site thigh morphology necrotic pain severe ulcerated yes }',
        labs: 'calcium 9.5 mg/dL phosphate 6.1 mg/dL',
        extra: '    diagnosis { type calciphylaxis }\n',
        treatment: ['excision of L1', 'excision of L2']
    });

    it('excision of the necrotic penile lesion is information that cites the reports; of the thigh, the warning stands', async () => {
        const rows = (await diagnose(penile)).filter(r => r.code === 'management-mismatch');
        expect(rows.map(r => [r.line, r.severity, r.message])).toEqual([
            [lineOf(penile, 'excision of L1'), 'information', 'Excision of L1, necrotic at the penis, in calciphylaxis: Penile calciphylaxis is a rare cause of penile gangrene, mostly in end-stage kidney disease, with a high mortality (64%, at a mean of 2.5 months); partial or total penectomy is reported for it, but unlike Fournier\'s gangrene the benefit of such surgery is controversial. Surgery has given a mean survival similar to conservative management; partial penectomy is reported where the necrosis is too severe for conservative care, to halt its progression and for the quality of life (Yang 2018, penile calciphylaxis; Adler 2020, penile calciphylaxis; weak evidence). Elsewhere surgery in calciphylaxis is debridement only.'],
            [lineOf(penile, 'excision of L2'), 'warning', expect.stringMatching(/^Excision in calciphylaxis\. Do not excise by extent: surgery in calciphylaxis is debridement/)]
        ]);
    });

    it('the plan\'s surgery step says it at the penis; without a penile lesion, the step is as before', async () => {
        const page = await summaryMarkdownUncited(penile);
        expect(page).toContain('**Surgery as debridement; at the penis, amputation is reported for gangrene** — Suits this case. Why: necrotic or infected tissue of L1, L2. Debride necrotic, draining or infected tissue; leave dry, uninfected eschar alone. Penile calciphylaxis is a rare cause of penile gangrene');
        const thigh = await summaryMarkdownUncited(penile.replace('site penis', 'site abdomen'));
        expect(thigh).toContain('**Surgery only as debridement** — Suits this case.');
        expect(thigh).not.toContain('penectomy');
    });
});

describe('4. the corticosteroid caution in calciphylaxis fits the patient: "non-uraemic" only where it is', () => {
    const steroid = (history: string, labs: string) => caseWith({
        patient: 'age 52 years sex male weight 70 kg', history, labs,
        lesions: 'lesion L1 { site thigh morphology necrotic eschar pain severe ulcerated yes }',
        extra: '    diagnosis { type calciphylaxis }\n', treatment: ['drug prednisolone 5 mg oral daily']
    });

    it('after a kidney transplant: the graft\'s immunosuppression, changed with the transplant team, and no "non-uraemic"', async () => {
        const rows = await at(steroid('condition kidneyTransplant\n        condition chronicKidneyDisease "graft"', 'creatinine 1.9 mg/dL egfr 38 mL/min/1.73m2'), 'drug prednisolone', 'drug-caution');
        expect(rows.map(r => r.message)).toEqual(['Prednisolone in calciphylaxis (kidney transplant recipient): long-term corticosteroids are a graded calciphylaxis risk factor, and after a kidney transplant they are part of the graft\'s immunosuppression: change them only with the transplant team.']);
    });

    it('on dialysis: a graded risk factor, not "non-uraemic"; with the kidneys known not to have failed: the non-uraemic review', async () => {
        const dialysis = await at(steroid('condition haemodialysis', 'calcium 9.5 mg/dL'), 'drug prednisolone', 'drug-caution');
        expect(dialysis.map(r => r.message)).toEqual(['Prednisolone in calciphylaxis: long-term corticosteroids are a graded calciphylaxis risk factor: taper them where the underlying disease allows.']);
        const nonUraemic = await at(steroid('condition liverDisease', 'creatinine 0.8 mg/dL egfr 92 mL/min/1.73m2'), 'drug prednisolone', 'drug-caution');
        expect(nonUraemic.map(r => r.message)).toEqual(['Prednisolone in calciphylaxis: corticosteroids preceded most cases of non-uraemic calciphylaxis: taper them where the underlying disease allows.']);
    });
});

describe('5. a value held against a threshold is shown on its side of it', () => {
    it('a creatinine clearance of 34.98 mL/min is "34.98", not "35", below 35', async () => {
        // 70 years, 60 kg, male, creatinine 1.6676 mg/dL: Cockcroft-Gault 34.98 mL/min.
        const text = caseWith({ patient: 'age 70 years sex male weight 60 kg', labs: 'creatinine 1.6676 mg/dL', treatment: ['drug alendronate 70 mg oral weekly'] });
        const rows = await at(text, 'drug alendronate', 'drug-caution');
        expect(rows.map(r => r.message)).toEqual(['Alendronate with a creatinine clearance of 34.98 mL/min (Cockcroft-Gault): alendronate is not recommended with a creatinine clearance below 35 mL/min.']);
    });

    it('the rule, in one place: finer where rounding would cross the threshold, "just below" where two decimals still do', () => {
        expect([formatAgainst(34.98, 35), formatAgainst(34.6, 35), formatAgainst(29.96, 30), formatAgainst(34.999, 35), formatAgainst(60.004, 60), formatAgainst(35, 35), formatAgainst(70.04, 70)])
            .toEqual(['34.98', '34.6', '29.96', 'just below 35', 'just above 60', '35', '70.04']);
    });
});

describe('6. therapeutic hypothermia is known, and named beside fat necrosis of the newborn as its risk factor', () => {
    const newborn = (exposure: string) => caseWith({
        patient: 'age 12 days sex male weight 3.6 kg', history: `condition subcutaneousFatNecrosis\n        ${exposure}`,
        lesions: 'lesion L1 { site back morphology nodule }', labs: 'calcium 12.9 mg/dL phosphate 5.5 mg/dL', treatment: []
    });

    it('no unknown term, and the classification names it (Strohm 2011)', async () => {
        const rows = await diagnose(newborn('exposure therapeuticHypothermia "72 hours for HIE"'));
        expect(rows.filter(r => r.code === 'unknown-term')).toEqual([]);
        expect(rows.find(r => r.code === 'classification')?.message).toContain('Subcutaneous fat necrosis of the newborn (raises calcium; after therapeutic hypothermia, its recognised risk factor)');
    });

    it('written as a condition, the message says where it is recorded', async () => {
        const rows = (await diagnose(newborn('condition therapeuticHypothermia'))).filter(r => r.code === 'unknown-term');
        expect(rows.map(r => r.message)).toEqual([expect.stringContaining('exposure therapeuticHypothermia')]);
    });
});

describe('7. excision in irradiated skin: a caution that it heals poorly (Dormand 2005; Haubner 2012)', () => {
    const irradiated = caseWith({
        patient: 'age 61 years sex female weight 70 kg', history: 'injury radiotherapy "left breast 2015"\n        condition malignancy',
        lesions: 'lesion L1 { site breast morphology nodule }', labs: 'calcium 9.4 mg/dL phosphate 3.5 mg/dL',
        extra: '    imaging { xray of L1 "calcified nodule" }\n', treatment: ['excision of L1']
    });

    it('a warning at the excision', async () => {
        const rows = (await diagnose(irradiated)).filter(r => r.code === 'procedure-caution');
        expect(rows.map(r => [r.line, r.severity, r.message])).toEqual([[lineOf(irradiated, 'excision of L1'), 'warning',
            'Excision in irradiated skin (radiotherapy recorded at the site): wound healing is often compromised in irradiated tissue (atrophy, fibrosis): poor healing can lead to chronic ulceration, pain and infection, and compromises the outcome of surgery and reconstruction; weigh the excision, plan the closure for irradiated skin and follow the wound closely (Dormand 2005; Haubner 2012; weak evidence).']]);
    });

    it('without radiotherapy, or without an excision, none', async () => {
        expect((await diagnose(irradiated.replace('injury radiotherapy "left breast 2015"', 'injury trauma'))).filter(r => r.code === 'procedure-caution')).toEqual([]);
        expect((await diagnose(irradiated.replace('excision of L1', 'procedure laser of L1'))).filter(r => r.code === 'procedure-caution')).toEqual([]);
    });
});

describe('8. one message per concern: IVIG\'s boxed warning, hydroxychloroquine above 5 mg/kg/day', () => {
    const older = caseWith({ labs: 'creatinine 1.3 mg/dL egfr 40 mL/min/1.73m2', treatment: ['drug ivig 2 g/kg iv every 4 weeks', 'drug hydroxychloroquine 400 mg oral daily'], patient: 'age 70 years sex female weight 50 kg' });

    it('IVIG at 70 years with an eGFR of 40: one caution naming both reasons and every fact of the warning', async () => {
        const rows = await at(older, 'drug ivig', 'drug-caution');
        expect(rows.map(r => r.message)).toEqual(['Intravenous immunoglobulin at 70 years and with an eGFR of 40 mL/min/1.73 m² (G3b): intravenous immunoglobulin carries a boxed warning of thrombosis (advanced age a risk factor) and of renal dysfunction, acute renal failure and osmotic nephrosis in predisposed patients (age over 65 and any pre-existing renal insufficiency among them): hydrate before it, give it at the lowest dose and infusion rate practicable, prefer a sucrose-free product, and check renal function.']);
        const younger = await at(older.replace('age 70 years', 'age 50 years'), 'drug ivig', 'drug-caution');
        expect(younger.map(r => r.message.split(':')[0])).toEqual(['Intravenous immunoglobulin with an eGFR of 40 mL/min/1.73 m² (G3b)']);
    });

    it('hydroxychloroquine 400 mg daily at 50 kg: the dose warning alone, with the kidneys\' part of the retinal risk', async () => {
        const rows = (await at(older, 'drug hydroxychloroquine')).filter(r => r.code === 'drug-caution' || r.code === 'dose-out-of-range');
        expect(rows.map(r => [r.code, r.message])).toEqual([['dose-out-of-range', 'Hydroxychloroquine 400 mg oral daily is 400 mg/day, above the maximum of 250 mg/day (5 mg/kg/day at 50 kg) (AAO 2016 (hydroxychloroquine)). Of actual body weight: above it the risk of retinopathy rises (kidney disease raises it further).']]);
    });
});

describe('9. the ionized calcium band is named as its own (the adult interval, used from 10 days)', () => {
    it('in the message and in the summary\'s table', async () => {
        const text = caseWith({ patient: 'age 40 years sex female weight 60 kg', labs: 'ionizedCalcium 1.4 mmol/L', treatment: [] });
        const rows = (await diagnose(text)).filter(r => r.code === 'lab-out-of-range');
        expect(rows.map(r => r.message)).toEqual(['Ionized calcium 1.4 mmol/L (5.61 mg/dL) is high: above the 10 days and over (the adult interval) reference 1.1–1.3 mmol/L by 0.1 mmol/L. Source: PMC7276095, normal adult values.']);
        expect(await summaryMarkdownUncited(text)).toContain('| Ionized calcium | **1.4 mmol/L** (5.61 mg/dL) | 1.1–1.3 mmol/L, 10 days and over (the adult interval) |');
    });
});

describe('calciphylaxis on dialysis with PTH raised and the calcium low (clinician read 11, case 09)', () => {
    const text = caseWith({
        history: 'condition haemodialysis', lesions: 'lesion P1 { site penis morphology necrosis pain severe ulcerated yes }',
        labs: 'calcium 7.6 mg/dL phosphate 7.8 mg/dL albumin 3.2 g/dL pth 1150 pg/mL', treatment: ['drug cinacalcet 30 mg oral daily']
    });

    it('the mineral step says to correct the calcium before cinacalcet, not to treat with cinacalcet', async () => {
        const summary = await summaryMarkdownUncited(text);
        expect(summary).toContain('**Control calcium, phosphate and PTH; calcium low** — Suits this case. Why: kidney failure;');
        expect(summary).toContain('albumin-corrected calcium 8.24 mg/dL low.');
        expect(summary).toContain('PTH is above the target, but the calcium is low: correct the calcium first, as cinacalcet is not started with a calcium below the lower limit of normal (8.4 mg/dL); consider parathyroidectomy for severe or refractory hyperparathyroidism.');
        expect(summary).not.toContain('treat hyperparathyroidism with cinacalcet');
    });

    it('with the calcium normal the step still treats hyperparathyroidism with cinacalcet', async () => {
        const summary = await summaryMarkdownUncited(text.replace('calcium 7.6 mg/dL', 'calcium 9.2 mg/dL'));
        expect(summary).toContain('PTH is above the target: treat hyperparathyroidism with cinacalcet');
    });
});
