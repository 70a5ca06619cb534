/**
 * The twelfth clinician review (test/unit/cases/review12): dose verdicts as the user sees them
 * (diagnostic code, severity, line, message; the verdict's words in the summary and hover).
 */
import * as fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diagnose, doseVerdicts, type Row, summaryMarkdownUncited } from './helpers.js';

const reviewCase = (name: string): string => fs.readFileSync(`test/unit/cases/review12/${name}.calc`, 'utf8');
/** The case with one entry written otherwise, not in its comments (the line keeps its place). */
const rewritten = (name: string, from: string, to: string): string => {
    const lines = reviewCase(name).split('\n');
    const at = lines.findIndex(line => !line.trimStart().startsWith('//') && line.includes(from));
    expect(at, from).toBeGreaterThan(-1);
    lines[at] = lines[at].replace(from, to);
    return lines.join('\n');
};

const shown = (rows: Row[]) => rows.map(r => [r.code, r.severity, r.line, r.message]);
const doseRows = async (text: string, line: number) => (await diagnose(text)).filter(r => r.line === line && r.code === 'dose-out-of-range');

const ZOLEDRONIC_OTHERS = 'Other reported regimens: 4 mg iv once, repeated no sooner than 7 days after (hypercalcaemia of malignancy) (zoledronic acid labels (Zometa, Reclast)); 5 mg iv yearly (osteoporosis) (zoledronic acid labels (Zometa, Reclast)); 4 mg iv every 6 months (adjuvant therapy of early breast cancer after menopause) (ASCO–CCO 2017); 5 mg iv once (Paget\'s disease) (zoledronic acid labels (Zometa, Reclast)). None is a regimen for calcinosis.';

describe('1. an overdose of a drug whose regimens are all for other indications is a warning that names the closest', () => {
    it('zoledronic acid 4 mg iv daily: more often than every regimen, the closest the label\'s 4 mg every 3–4 weeks', async () => {
        const rows = await doseRows(reviewCase('01-myeloma-bone-agents'), 23);
        expect(shown(rows)).toEqual([['dose-out-of-range', 'warning', 23,
            `Zoledronic acid 4 mg iv daily: given more often than every regimen reported: the closest, the reported 4 mg iv every 3–4 weeks (multiple myeloma and bone metastases) (zoledronic acid labels (Zometa, Reclast)). ${ZOLEDRONIC_OTHERS}`]]);
        expect(rows[0].text).toBe('4');
        const [zoledronic] = await doseVerdicts(reviewCase('01-myeloma-bone-agents'));
        expect([zoledronic.status, zoledronic.text]).toEqual(['outside', 'given more often than every regimen reported (none is for calcinosis): the closest, the reported 4 mg iv every 3–4 weeks (multiple myeloma and bone metastases)']);
    });

    it('zoledronic acid 40 mg iv once: above every single dose reported', async () => {
        const rows = await doseRows(rewritten('01-myeloma-bone-agents', 'zoledronicAcid 4 mg iv daily', 'zoledronicAcid 40 mg iv once'), 23);
        expect(shown(rows)).toEqual([['dose-out-of-range', 'warning', 23, expect.stringMatching(/^Zoledronic acid 40 mg iv once: above every regimen reported: the closest, the reported 5 mg iv once \(Paget's disease\) \(zoledronic acid labels \(Zometa, Reclast\)\)\. Other reported regimens: 4 mg iv every 3–4 weeks/)]]);
    });

    it('denosumab 120 mg sc weekly: more often than Xgeva\'s every 4 weeks, whose extra first-month doses are said', async () => {
        const rows = await doseRows(reviewCase('01-myeloma-bone-agents'), 24);
        expect(shown(rows)).toEqual([['dose-out-of-range', 'warning', 24,
            'Denosumab 120 mg sc weekly: given more often than every regimen reported: the closest, the reported 120 mg sc every 4 weeks (bone metastases, myeloma, giant cell tumour of bone or hypercalcaemia of malignancy, as Xgeva, with 120 mg more on days 8 and 15 of the first month in the last two) (denosumab labels (Prolia, Xgeva), dosage). Other reported regimens: 60 mg sc every 6 months (osteoporosis and bone loss, as Prolia) (denosumab labels (Prolia, Xgeva), dosage). None is a regimen for calcinosis.']]);
    });

    it('naproxen 5000 mg twice daily: above the label\'s 250–500 mg, its one regimen', async () => {
        const rows = await doseRows(reviewCase('02-ssc-pain-anticoagulation'), 21);
        expect(shown(rows)).toEqual([['dose-out-of-range', 'warning', 21,
            'Naproxen 5000 mg oral twice daily: above every regimen reported: the reported 250–500 mg oral twice daily (arthritis or pain) (naproxen (Naprosyn) label). At 10000 mg/day, it is also above the maximum of 1500 mg/day (naproxen (Naprosyn) label). 1500 mg a day only for limited periods. None is a regimen for calcinosis. Did you mean 500 mg (a decimal-point slip)? A tenth of the dose fits the reported 250–500 mg oral twice daily (naproxen (Naprosyn) label).']]);
    });

    it('apixaban 5 mg four times daily: more often than the label\'s twice daily', async () => {
        const rows = await doseRows(reviewCase('02-ssc-pain-anticoagulation'), 22);
        expect(shown(rows)).toEqual([['dose-out-of-range', 'warning', 22,
            'Apixaban 5 mg oral 4 times a day: given more often than every regimen reported: the closest, the reported 2.5–5 mg oral twice daily (anticoagulation (replacing warfarin)) (Eliquis (apixaban) label). Other reported regimens: 10 mg oral twice daily for 7 days (the first 7 days of DVT or PE treatment) (Eliquis (apixaban) label). None is a regimen for calcinosis.']]);
    });

    it('prednisolone 600 mg daily in an adult: above the label\'s adult doses, 5–60 mg a day and 200 mg a day in multiple sclerosis', async () => {
        const rows = await doseRows(reviewCase('02-ssc-pain-anticoagulation'), 23);
        expect(shown(rows)).toEqual([['dose-out-of-range', 'warning', 23,
            'Prednisolone 600 mg oral daily: above every regimen reported: the closest, with no course written, unlike the reported 200 mg oral daily for 1 week (acute exacerbations of multiple sclerosis) (prednisolone label). Other reported regimens: 5–60 mg oral daily (its labelled indications) (prednisolone label); 0.5–1 mg/kg oral daily (the underlying myositis (dermatomyositis, polymyositis)) (BSR 2022 (myositis)). None is a regimen for calcinosis. Did you mean 60 mg (a decimal-point slip)? A tenth of the dose fits the reported 5–60 mg oral daily (its labelled indications) (prednisolone label).']]);
    });

    it('calcium gluconate 1000 mg/kg iv once: 64 g at 64 kg, above the label\'s adult bolus of 1000–2000 mg', async () => {
        const rows = await doseRows(reviewCase('03-hypocalcaemia-gluconate'), 16);
        expect(shown(rows)).toEqual([['dose-out-of-range', 'warning', 16,
            'Calcium gluconate 1000 mg/kg iv once is 64000 mg at 64 kg: above every regimen reported: the reported 1000–2000 mg iv once (acute symptomatic hypocalcaemia, the initial bolus) (calcium gluconate label). Other reported regimens: 1000–2000 mg iv every 6 hours (acute symptomatic hypocalcaemia, repeated as needed) (calcium gluconate label); 5.4–21.5 mg/kg/h (acute symptomatic hypocalcaemia, a continuous infusion) (calcium gluconate label). None is a regimen for calcinosis.']]);
    });

    it('the summary says the verdict beside the prescription', async () => {
        const page = await summaryMarkdownUncited(reviewCase('02-ssc-pain-anticoagulation'));
        expect(page).toContain('above every regimen reported (none is for calcinosis): the reported 250–500 mg oral twice daily (arthritis or pain)');
    });

    it('a dose within one of those regimens stays as it was: no warning, "a dose for …"', async () => {
        const cases: Array<[string, number]> = [
            [rewritten('01-myeloma-bone-agents', 'zoledronicAcid 4 mg iv daily', 'zoledronicAcid 4 mg iv every 4 weeks'), 23],
            [rewritten('01-myeloma-bone-agents', 'denosumab 120 mg sc weekly', 'denosumab 120 mg sc every 4 weeks'), 24],
            [rewritten('02-ssc-pain-anticoagulation', 'naproxen 5000 mg', 'naproxen 500 mg'), 21],
            [rewritten('02-ssc-pain-anticoagulation', 'apixaban 5 mg oral four times daily', 'apixaban 5 mg oral twice daily'), 22],
            [rewritten('02-ssc-pain-anticoagulation', 'prednisolone 600 mg', 'prednisolone 40 mg'), 23],
            [rewritten('03-hypocalcaemia-gluconate', '1000 mg/kg iv once', '1000 mg iv once'), 16]
        ];
        for (const [text, line] of cases) expect((await doseRows(text, line)).map(r => r.message)).toEqual([]);
        const [naproxen] = await doseVerdicts(cases[2][0]);
        expect([naproxen.status, naproxen.text]).toEqual(['other-indication', 'a dose for arthritis or pain, not a regimen for calcinosis: within the reported 250–500 mg oral twice daily']);
        // The label's bolus, which the knowledge base now holds.
        const [gluconate] = await doseVerdicts(cases[5][0]);
        expect([gluconate.status, gluconate.text]).toEqual(['other-indication', 'a dose for acute symptomatic hypocalcaemia, the initial bolus, not a regimen for calcinosis: within the reported 1000–2000 mg iv once']);
    });

    it('a dose below a regimen of another indication is said in the verdict only, as before; above it, a warning', async () => {
        expect(await doseRows(reviewCase('02-ssc-pain-anticoagulation'), 21)).toHaveLength(1);
        const text = rewritten('02-ssc-pain-anticoagulation', 'naproxen 5000 mg', 'naproxen 100 mg');
        expect(await doseRows(text, 21)).toEqual([]);
        const [naproxen] = await doseVerdicts(text);
        expect([naproxen.status, naproxen.text]).toEqual(['not-checked', 'not a calcinosis regimen; below the reported 250–500 mg oral twice daily (arthritis or pain)']);
    });
});

describe('2. IVIG: a per-day rate over a course is the same prescription as a daily dose; a course is added up', () => {
    it('0.4 g/kg/day for 5 days every 4 weeks and 0.4 g/kg iv daily for 5 days every 4 weeks: both 2 g/kg a course, within', async () => {
        const rate = reviewCase('04-adult-dm-ivig');
        const daily = rewritten('04-adult-dm-ivig', 'ivig 0.4 g/kg/day for 5 days', 'ivig 0.4 g/kg iv daily for 5 days');
        for (const text of [rate, daily]) {
            expect(await doseRows(text, 16)).toEqual([]);
            const [ivig] = await doseVerdicts(text);
            expect([ivig.status, ivig.text]).toEqual(['within', '2 g/kg a course (5 doses of 0.4 g/kg): within the reported 2 g/kg iv every 4 weeks (dermatomyositis)']);
        }
    });

    it('2 g/kg daily for 5 days: a course of 10 g/kg, five times the regimen\'s 2 g/kg, warned', async () => {
        const rows = await doseRows(rewritten('04-adult-dm-ivig', 'ivig 0.4 g/kg/day for 5 days every 4 weeks', 'ivig 2 g/kg daily for 5 days'), 16);
        expect(shown(rows)).toEqual([['dose-out-of-range', 'warning', 16,
            'Intravenous immunoglobulin 2 g/kg daily for 5 days is 10 g/kg a course (5 doses of 2 g/kg, 5 times the regimen\'s 2 g/kg course): above the reported 2 g/kg iv every 4 weeks (dermatomyositis) (Cafardi 2015).']]);
    });
});

describe('3. an adult on a drug whose regimens are all children\'s is not told the patient is a child', () => {
    it('methylprednisolone 1 g iv daily for 3 days at 45 years: the knowledge base has no regimen for adults', async () => {
        const [, methylprednisolone] = await doseVerdicts(reviewCase('04-adult-dm-ivig'));
        expect([methylprednisolone.status, methylprednisolone.text]).toEqual(['not-checked',
            'the knowledge base has no regimen for adults (this patient is 45 years; its regimens are for children with juvenile dermatomyositis): the dose is not checked']);
    });

    it('prednisolone in an adult is held to the adults\' label range, not the children\'s', async () => {
        const [, , prednisolone] = await doseVerdicts(rewritten('02-ssc-pain-anticoagulation', 'prednisolone 600 mg', 'prednisolone 40 mg'));
        expect([prednisolone.status, prednisolone.text]).toEqual(['other-indication', 'a dose for its labelled indications, not a regimen for calcinosis: within the reported 5–60 mg oral daily']);
    });

    it('the children\'s maximum of 60 mg a day (SHARE, JDM) does not hold an adult: 200 mg a day for a week is the label\'s in multiple sclerosis', async () => {
        const text = rewritten('02-ssc-pain-anticoagulation', 'prednisolone 600 mg oral daily', 'prednisolone 200 mg oral daily for 1 week');
        expect(await doseRows(text, 23)).toEqual([]);
        const [, , prednisolone] = await doseVerdicts(text);
        expect(prednisolone.status).toBe('other-indication');
    });
});

describe('4. minocycline at the label\'s usual adult dose is information, not an overdose', () => {
    it('100 mg twice daily: within the label\'s 100 mg every 12 hours, above Robertson\'s 50–100 mg/day for calcinosis', async () => {
        const rows = await doseRows(reviewCase('02-ssc-pain-anticoagulation'), 24);
        expect(shown(rows)).toEqual([['dose-out-of-range', 'information', 24,
            'Minocycline 100 mg oral twice daily: within the reported 100 mg oral twice daily (minocycline label), a dose for infections; for calcinosis it is 200 mg/day: above the reported 50–100 mg/day (adults) (Robertson 2003).']]);
    });

    it('200 mg/day says the same; 100 mg/day is within the calcinosis regimen, with nothing to say', async () => {
        const rate = await doseRows(rewritten('02-ssc-pain-anticoagulation', 'minocycline 100 mg oral twice daily', 'minocycline 200 mg/day oral'), 24);
        expect(rate.map(r => [r.severity, r.message])).toEqual([['information', 'Minocycline 200 mg/day oral: within the reported 100 mg oral twice daily (minocycline label), a dose for infections; for calcinosis it is above the reported 50–100 mg/day (adults) (Robertson 2003).']]);
        expect(await doseRows(rewritten('02-ssc-pain-anticoagulation', 'minocycline 100 mg oral twice daily', 'minocycline 100 mg oral daily'), 24)).toEqual([]);
    });
});

describe('5. weekly zoledronic acid names the label\'s intervals', () => {
    it('4 mg iv weekly: more often than every 3–4 weeks, and the hypercalcaemia dose is repeated no sooner than 7 days after', async () => {
        const rows = await doseRows(rewritten('01-myeloma-bone-agents', 'zoledronicAcid 4 mg iv daily', 'zoledronicAcid 4 mg iv weekly'), 23);
        expect(shown(rows)).toEqual([['dose-out-of-range', 'warning', 23,
            `Zoledronic acid 4 mg iv weekly: given more often than every regimen reported: the closest, the reported 4 mg iv every 3–4 weeks (multiple myeloma and bone metastases) (zoledronic acid labels (Zometa, Reclast)). ${ZOLEDRONIC_OTHERS}`]]);
    });

    it('4 mg iv once: the hypercalcaemia dose, with its retreatment interval', async () => {
        const [zoledronic] = await doseVerdicts(rewritten('01-myeloma-bone-agents', 'zoledronicAcid 4 mg iv daily', 'zoledronicAcid 4 mg iv once'));
        expect([zoledronic.status, zoledronic.text]).toEqual(['other-indication', 'a dose for hypercalcaemia of malignancy, not a regimen for calcinosis: within the reported 4 mg iv once, repeated no sooner than 7 days after']);
    });
});

describe('6. tramadol below a creatinine clearance of 30 mL/min: every 12 hours (Ultram label)', () => {
    it('50 mg every 6 hours at 21.6 mL/min: within 200 mg a day, but more often than every 12 hours, at the schedule', async () => {
        const rows = await doseRows(reviewCase('05-ckd-calciphylaxis-tramadol'), 16);
        expect(shown(rows)).toEqual([['dose-out-of-range', 'warning', 16,
            "Tramadol 50 mg oral every 6 hours: more often than the label's every 12 hours at a creatinine clearance below 30 mL/min (here 21.6 mL/min, Cockcroft-Gault), to at most 200 mg/day. Source: tramadol label."]]);
        expect(rows[0].text).toBe('every 6 hours');
        // Every 12 hours there, or every 6 hours with a normal clearance: no dose warning.
        expect(await doseRows(rewritten('05-ckd-calciphylaxis-tramadol', 'every 6 hours', 'every 12 hours'), 16)).toEqual([]);
        expect(await doseRows(rewritten('05-ckd-calciphylaxis-tramadol', 'creatinine 2.6 mg/dL', 'creatinine 0.7 mg/dL'), 16)).toEqual([]);
    });
});
