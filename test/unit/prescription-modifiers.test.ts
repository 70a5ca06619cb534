/**
 * A number of doses (`for 6 doses`, FHIR count), `as needed`, a time by meals or sleep
 * (`with meals`, FHIR EventTiming) and a written maximum (`up to 4 g/day`, maxDosePerPeriod):
 * parsed, judged, and shown alike by the diagnostics, hover, summary, inlay hints and FHIR.
 */
import { TextDocument } from 'vscode-languageserver-textdocument';
import { describe, expect, it } from 'vitest';
import type { Dosage, MedicationStatement } from '../../src/language/fhir/fhir-types.js';
import { documentBundles } from '../../src/language/fhir/fhir-document.js';
import { formatSummary } from '../../src/cli/summary.js';
import { summarizeDocument } from '../../src/language/summary/summary-document.js';
import { complete, diagnose, doseVerdicts, services, validate } from './helpers.js';

/** One prescription for a patient of normal renal function, so that only the dose checks speak; line 6 is the drug. */
function withDrug(line: string, patient = 'age 58 years sex female weight 70 kg height 165 cm'): string {
    return `case P {\n    patient { ${patient} }\n    labs { creatinine 0.8 mg/dL }\n    history { complaint "nodules" }\n    treatment {\n        ${line}\n    }\n}`;
}
const LIGHT = 'age 58 years sex female weight 38 kg height 150 cm';

const drugRows = async (text: string) => (await diagnose(text)).filter(r => /^(dose|drug|syntax|unit|schedule)/.test(r.code));

async function dosages(text: string): Promise<Dosage[]> {
    const [bundle] = documentBundles(await validate(text), services.Calc.clinical.Analysis).bundles;
    return bundle.entry.map(e => e.resource).filter((r): r is MedicationStatement => r.resourceType === 'MedicationStatement').map(s => s.dosage![0]);
}

async function summaryMarkdown(text: string): Promise<string> {
    return formatSummary(summarizeDocument(await validate(text), services.Calc.clinical.Analysis), 'markdown');
}

async function hoverAt(text: string, at: string): Promise<string> {
    const document = await validate(text);
    const hover = await services.Calc.lsp.HoverProvider!.getHoverContent(document, {
        textDocument: { uri: document.textDocument.uri }, position: document.textDocument.positionAt(text.indexOf(at))
    });
    return (hover?.contents as { value: string }).value;
}

async function hints(text: string): Promise<string[]> {
    const document = await validate(text);
    const result = await services.Calc.lsp.InlayHintProvider!.getInlayHints(document, {
        textDocument: { uri: document.uri.toString() },
        range: { start: { line: 0, character: 0 }, end: document.textDocument.positionAt(text.length) }
    });
    return (result ?? []).map(h => typeof h.label === 'string' ? h.label : h.label.map(part => part.value).join(''));
}

describe('a number of doses: FHIR count, and the course it makes', () => {
    it('`once every 4 weeks for 2 doses` is every 4 weeks, 2 doses (8 weeks), within the oncology regimen', async () => {
        const text = withDrug('drug zoledronicAcid 4 mg iv once every 4 weeks for 2 doses');
        expect(await drugRows(text)).toEqual([]);
        const [verdict] = await doseVerdicts(text);
        expect(verdict.status).toBe('other-indication');
        expect(verdict.text).toBe('a dose for multiple myeloma and bone metastases, not a regimen for calcinosis: within the reported 4 mg iv every 3–4 weeks');
        expect(await summaryMarkdown(text)).toContain('- Zoledronic acid 4 mg iv every 4 weeks for 2 doses (8 weeks) (line 6): a dose for multiple myeloma and bone metastases');
        const [dosage] = await dosages(text);
        expect(dosage.text).toBe('4 mg iv every 4 weeks for 2 doses (8 weeks)');
        expect(dosage.timing).toEqual({ repeat: { count: 2, frequency: 1, period: 4, periodUnit: 'wk' } });
    });

    it('`every 4 weeks for 6 doses` was a syntax error and `doses` not a unit; now count 6 over 24 weeks, within the label', async () => {
        const text = withDrug('drug pamidronate 90 mg iv every 4 weeks for 6 doses');
        expect(await drugRows(text)).toEqual([]);
        expect(await hoverAt(text, '90 mg')).toContain('**Pamidronate** 90 mg iv every 4 weeks for 6 doses (24 weeks)');
        expect((await dosages(text))[0].timing).toEqual({ repeat: { count: 6, frequency: 1, period: 4, periodUnit: 'wk' } });
    });

    it('a course is held against a regimen only where the knowledge states one: the Paget course of 3 days', async () => {
        expect(await drugRows(withDrug('drug pamidronate 30 mg iv daily for 3 doses'))).toEqual([]);
        const [row] = await drugRows(withDrug('drug pamidronate 30 mg iv daily for 5 doses'));
        expect(row).toMatchObject({ code: 'dose-out-of-range', severity: 'warning', line: 6, text: '30' });
        expect(row.message).toMatch(/^Pamidronate 30 mg iv daily for 5 doses \(5 days\): a longer course than the reported 30 mg iv daily for 3 days \(adults\) \(pamidronate label\)\./);
        // The label's 3-4-weekly regimen states no course: 60 doses are not said to exceed it.
        expect(await drugRows(withDrug('drug pamidronate 90 mg iv every 4 weeks for 60 doses'))).toEqual([]);
    });

    it('a number of doses that cannot be counted is one syntax error at the schedule', async () => {
        for (const [line, message] of [
            ['drug pamidronate 30 mg iv once for 5 doses', '`for 5 doses` after `once`, a single dose: write how often the doses are given, as in `every 4 weeks for 6 doses`.'],
            ['drug pamidronate 30 mg iv daily for 2.5 doses', '`for 2.5 doses` is not a number of doses: write a whole number, as in `every 4 weeks for 6 doses`.'],
            ['drug pamidronate 1 mg/kg/day iv for 3 doses', '`for 3 doses` needs how often the doses are given: write it after a frequency, as in `every 4 weeks for 6 doses`.']
        ]) {
            const rows = await drugRows(withDrug(line));
            expect(rows, line).toEqual([expect.objectContaining({ code: 'syntax', severity: 'error', line: 6, message })]);
        }
    });
});

describe('adjuvant zoledronic acid in early breast cancer', () => {
    it('4 mg iv every 6 months is its own regimen (ASCO-CCO 2017), no longer "less often than" the oncology one', async () => {
        const text = withDrug('drug zoledronicAcid 4 mg iv every 6 months for 6 doses');
        expect(await drugRows(text)).toEqual([]);
        const [verdict] = await doseVerdicts(text);
        expect(verdict.text).toBe('a dose for adjuvant therapy of early breast cancer after menopause, not a regimen for calcinosis: within the reported 4 mg iv every 6 months');
        expect(await summaryMarkdown(text)).toContain('Zoledronic acid 4 mg iv every 6 months for 6 doses (3 years) (line 6): a dose for adjuvant therapy of early breast cancer after menopause');
        expect(await hoverAt(text, 'zoledronicAcid')).toContain('4 mg iv every 6 months (adjuvant therapy of early breast cancer after menopause) (ASCO–CCO 2017)');
    });
});

describe('as needed, and a written maximum: the day is held at its worst case', () => {
    it('as needed with `up to 4 g/day`: the written maximum, said as such, over the paracetamol limit at 38 kg', async () => {
        const text = withDrug('drug paracetamol 1 g oral every 6 hours as needed up to 4 g/day', LIGHT);
        const rows = await drugRows(text);
        expect(rows).toHaveLength(1);
        expect(rows[0]).toMatchObject({ code: 'dose-out-of-range', severity: 'warning', line: 6, text: '1' });
        expect(rows[0].message).toMatch(/^Paracetamol 1 g oral every 6 hours as needed up to 4 g\/day gives at most 4000 mg\/day \(105 mg\/kg\/day at 38 kg\), its written maximum: above the most a day for this patient by each source, 75 mg\/kg\/day \(2850 mg\/day\) by the US intravenous label;/);
        expect(await summaryMarkdown(text)).toContain('- Paracetamol 1 g oral every 6 hours as needed up to 4 g/day (line 6): ⚠ at most 4000 mg/day (105 mg/kg/day at 38 kg), its written maximum: above the most a day for this patient');
        expect(await hoverAt(text, '1 g')).toContain('Exposure: at most 28 g/week · 0.0263 g/kg');
        expect(await hints(text)).toContain('= ≤ 28 g/week · 0.0263 g/kg');
        const [dosage] = await dosages(text);
        expect(dosage).toMatchObject({
            asNeededBoolean: true,
            timing: { repeat: { frequency: 1, period: 6, periodUnit: 'h' } },
            maxDosePerPeriod: { numerator: { value: 4, code: 'g', system: 'http://unitsofmeasure.org' }, denominator: { value: 1, code: 'd' } }
        });
    });

    it('as needed with no maximum: the frequency gives the worst case, and the message says so', async () => {
        const [row] = await drugRows(withDrug('drug paracetamol 1 g oral every 6 hours as needed', LIGHT));
        expect(row.message).toMatch(/^Paracetamol 1 g oral every 6 hours as needed gives at most 4000 mg\/day \(105 mg\/kg\/day at 38 kg\), as needed taken as often as written \(no maximum is written\): above/);
    });

    it('a written maximum below the limit holds the day, whatever the frequency; with no frequency it alone does', async () => {
        expect(await drugRows(withDrug('drug paracetamol 1 g oral every 6 hours as needed up to 2 g/day', LIGHT))).toEqual([]);
        const [row] = await drugRows(withDrug('drug paracetamol 1 g oral as needed up to 4 g/day', LIGHT));
        expect(row.message).toMatch(/^Paracetamol 1 g oral as needed up to 4 g\/day gives at most 4000 mg\/day \(105 mg\/kg\/day at 38 kg\), its written maximum: above/);
    });

    it('`up to 3 g` with no period is an error at its unit', async () => {
        expect(await drugRows(withDrug('drug paracetamol 1 g oral every 6 hours up to 3 g'))).toEqual([expect.objectContaining({
            code: 'unit-invalid', severity: 'error', line: 6, text: 'g',
            message: '`up to 3 g` is not a most per period of the dose: write the most in a day in the dose\'s unit, as in `up to 3 g/day`.'
        })]);
    });

    it('as needed with neither a frequency nor a maximum asks for one', async () => {
        const [row] = await drugRows(withDrug('drug pamidronate 30 mg iv as needed'));
        expect(row).toMatchObject({ code: 'dose-schedule-missing', severity: 'warning', line: 6, text: 'mg' });
        expect(row.message).toMatch(/^Pamidronate 30 mg as needed has neither a frequency nor a maximum, so the most it gives in a day cannot be checked: say how often at most, e\.g\. `every 3–4 weeks`, or the most in a day, as `up to` an amount per day \(`up to … mg\/day`\)\.$/);
    });
});

describe('with meals, before meals, after meals, at bedtime: FHIR EventTiming', () => {
    it('sevelamer 800 mg three times daily with meals is within its regimen, with when C', async () => {
        const text = withDrug('drug sevelamer 800 mg oral three times daily with meals');
        expect((await doseVerdicts(text))[0].text).toMatch(/^within the reported 800–1600 mg oral 3 times a day/);
        const [dosage] = await dosages(text);
        expect(dosage.text).toBe('800 mg oral 3 times a day with meals');
        expect(dosage.timing).toEqual({ repeat: { frequency: 3, period: 1, periodUnit: 'd', when: ['C'] } });
    });

    it('before meals AC, after meals PC, at bedtime HS; a second time is an error at it', async () => {
        const lines = ['before meals', 'after meals', 'at bedtime'].map(w => `drug sevelamer 800 mg oral three times daily ${w}`);
        const whens = (await dosages(withDrug(lines.join('\n        ')))).map(d => d.timing?.repeat?.when);
        expect(whens).toEqual([['AC'], ['PC'], ['HS']]);
        expect(await drugRows(withDrug('drug sevelamer 800 mg oral three times daily with meals before meals'))).toEqual([
            expect.objectContaining({ code: 'syntax', severity: 'error', line: 6, text: 'before meals', message: '`before meals` after `with meals`: write it once.' })
        ]);
    });

    it('`qhs` is read as `daily at bedtime`, which its quick fix writes, with when HS', async () => {
        const text = withDrug('drug cinacalcet 30 mg oral qhs');
        const [row] = (await diagnose(text)).filter(r => r.code === 'schedule-shorthand');
        expect(row.message).toMatch(/^`qhs` is read as `daily at bedtime`, but it is on ISMP's list of error-prone abbreviations \(mistaken as "qhr" \(every hour\)\): write `daily at bedtime`\./);
        expect((await dosages(text))[0].timing).toEqual({ repeat: { frequency: 1, period: 1, periodUnit: 'd', when: ['HS'] } });
        expect(await drugRows(withDrug('drug cinacalcet 30 mg oral daily at bedtime'))).toEqual([]);
    });
});

describe('in the editor', () => {
    it('completion offers the modifiers after a schedule, and the formatter keeps them', async () => {
        const labels = (await complete('case A { treatment { drug paracetamol 1 g oral every 6 hours | } }')).map(i => i.label);
        expect(labels).toEqual(expect.arrayContaining(['as', 'with', 'before', 'after', 'at', 'up', 'stopped']));
        const messy = 'case A {\n    treatment {\n        drug paracetamol 1 g oral  every 6 hours   as needed up  to 4 g / day\n    }\n}\n';
        const document = await validate(messy);
        const edits = await services.Calc.lsp.Formatter!.formatDocument(document, { textDocument: { uri: document.uri.toString() }, options: { tabSize: 4, insertSpaces: true } });
        expect(TextDocument.applyEdits(TextDocument.create('file:///f.calc', 'calc', 1, messy), edits))
            .toBe('case A {\n    treatment {\n        drug paracetamol 1 g oral every 6 hours as needed up to 4 g/day\n    }\n}\n');
    });
});

describe('an infusion time: FHIR Timing.repeat.duration, held against the label\'s shortest', () => {
    it('`over 5 minutes` for zoledronic acid was a syntax error; now a warning at it, under the label\'s 15 minutes', async () => {
        const text = withDrug('drug zoledronicAcid 4 mg iv over 5 minutes once');
        const rows = await drugRows(text);
        expect(rows).toEqual([{
            code: 'dose-out-of-range', severity: 'warning', line: 6, text: 'over 5 minutes',
            message: "Zoledronic acid over 5 minutes: faster than the label's shortest infusion, 15 min; a faster infusion raises the risk of kidney harm. Source: zoledronic acid labels, infusion time."
        }]);
        expect(await drugRows(withDrug('drug zoledronicAcid 4 mg iv over 15 minutes once'))).toEqual([]);
        const [dosage] = await dosages(text);
        expect(dosage.text).toBe('4 mg iv over 5 minutes once');
        expect(dosage.timing).toEqual({ repeat: { count: 1, duration: 5, durationUnit: 'min' } });
    });

    it('after the schedule too, in hours: pamidronate over 1 hour is under the 2 hours its references give', async () => {
        const text = withDrug('drug pamidronate 90 mg iv every 4 weeks over 1 hours');
        expect((await drugRows(text)).map(r => [r.code, r.text])).toEqual([['dose-out-of-range', 'over 1 hours']]);
        expect((await dosages(text))[0].timing).toEqual({ repeat: { frequency: 1, period: 4, periodUnit: 'wk', duration: 1, durationUnit: 'h' } });
        expect(await summaryMarkdown(text)).toContain('Pamidronate 90 mg iv over 1 hours every 4 weeks (line 6)');
    });

    it('`over 5 days` is one clear error (a course, written as each day\'s dose), not four', async () => {
        const rows = await drugRows(withDrug('drug ivig 2 g/kg iv over 5 days every 4 weeks'));
        expect(rows).toEqual([expect.objectContaining({
            code: 'syntax', severity: 'error', text: 'over 5 days',
            message: '`over 5 days` is not the time of one infusion: a dose given over several days is written as each day\'s dose, as in `0.4 g/kg iv daily for 5 days every 4 weeks`.'
        })]);
    });
});
