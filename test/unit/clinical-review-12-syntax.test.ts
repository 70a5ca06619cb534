/**
 * Clinical review 12: prescription syntax clinicians write that was rejected. A range of
 * intervals (`every 3-4 weeks`, FHIR period 3 and periodMax 4) and `prn` (or `as needed`)
 * before or after the schedule: parsed, judged, and shown alike by the diagnostics, hover,
 * inlay hints, summary and FHIR export; bad input is one message at its place.
 */
import { describe, expect, it } from 'vitest';
import type { CodeAction } from 'vscode-languageserver';
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

/** The inlay hints with where each stands: the text before it on its line. */
async function hints(text: string): Promise<Array<{ label: string; after: string }>> {
    const document = await validate(text);
    const result = await services.Calc.lsp.InlayHintProvider!.getInlayHints(document, {
        textDocument: { uri: document.uri.toString() },
        range: { start: { line: 0, character: 0 }, end: document.textDocument.positionAt(text.length) }
    });
    const lines = text.split('\n');
    return (result ?? []).map(h => ({
        label: typeof h.label === 'string' ? h.label : h.label.map(part => part.value).join(''),
        after: lines[h.position.line].slice(0, h.position.character).trim()
    }));
}

async function quickFixes(text: string, code: string): Promise<CodeAction[]> {
    const document = await validate(text);
    const diagnostics = (document.diagnostics ?? []).filter(d => (d.data as { code?: string } | undefined)?.code === code);
    const actions = await services.Calc.lsp.CodeActionProvider!.getCodeActions(document, {
        textDocument: { uri: document.textDocument.uri }, range: diagnostics[0].range, context: { diagnostics }
    });
    return (actions ?? []) as CodeAction[];
}

describe('a range of intervals: `every 3-4 weeks` is FHIR period 3, periodMax 4', () => {
    it('was four errors ("`` is not a unit" among them); now it reads, within the label\'s 3-4-weekly regimen', async () => {
        for (const written of ['every 3-4 weeks', 'every 3 to 4 weeks', 'every 3 - 4 weeks', 'every 3–4 weeks']) {
            const text = withDrug(`drug pamidronate 90 mg iv ${written}`);
            expect(await drugRows(text), written).toEqual([]);
            const [verdict] = await doseVerdicts(text);
            expect(verdict.text, written).toMatch(/^within the reported 60–90 mg iv every 3–4 weeks/);
            expect((await dosages(text))[0].timing, written).toEqual({ repeat: { frequency: 1, period: 3, periodMax: 4, periodUnit: 'wk' } });
        }
    });

    it('the hover, the summary and the FHIR text say "every 3–4 weeks"; the exposure is the most it gives (at 3 weeks)', async () => {
        const text = withDrug('drug pamidronate 90 mg iv every 3-4 weeks');
        const hover = await hoverAt(text, '90 mg');
        expect(hover).toContain('**Pamidronate** 90 mg iv every 3–4 weeks');
        expect(hover).toContain('Exposure: at most 30 mg/week');
        expect(await hints(text)).toContainEqual({ label: '= ≤ 30 mg/week · 1.29 mg/kg', after: 'drug pamidronate 90 mg iv every 3-4 weeks' });
        expect(await summaryMarkdown(text)).toContain('- Pamidronate 90 mg iv every 3–4 weeks (line 6): within the reported 60–90 mg iv every 3–4 weeks');
        expect((await dosages(text))[0].text).toBe('90 mg iv every 3–4 weeks');
    });

    it('`every 2-3 days` is period 2, periodMax 3 in days', async () => {
        const text = withDrug('drug pamidronate 30 mg iv every 2-3 days');
        expect((await drugRows(text)).filter(r => r.code === 'syntax' || r.code === 'unit-invalid')).toEqual([]);
        expect((await dosages(text))[0].timing).toEqual({ repeat: { frequency: 1, period: 2, periodMax: 3, periodUnit: 'd' } });
    });

    it('a range is held at its shortest interval: every 3-4 weeks is more often than a regimen of every 4 weeks', async () => {
        const [row] = await drugRows(withDrug('drug ivig 2 g/kg iv every 3-4 weeks'));
        expect(row).toMatchObject({ code: 'dose-out-of-range', severity: 'warning', line: 6 });
        expect(row.message).toMatch(/^Intravenous immunoglobulin 2 g\/kg iv every 3–4 weeks: given more often than the reported 2 g\/kg iv every 4 weeks/);
    });

    it('`once every 3-4 weeks` is every 3-4 weeks', async () => {
        const text = withDrug('drug zoledronicAcid 4 mg iv once every 3-4 weeks for 2 doses');
        expect(await drugRows(text)).toEqual([]);
        expect((await dosages(text))[0].timing).toEqual({ repeat: { count: 2, frequency: 1, period: 3, periodMax: 4, periodUnit: 'wk' } });
    });

    it('a range that cannot be read is one error at its place, never "`` is not a unit"', async () => {
        for (const [line, text, message] of [
            ['drug pamidronate 90 mg iv every 4-3 weeks', 'every 4-3 weeks', '`every 4-3 weeks` is not a range of intervals: write the shorter first, as in `every 3-4 weeks`.'],
            ['drug pamidronate 1 mg/kg iv daily for 3 days every 3-4 months', 'daily for 3 days every 3-4 months', '`every 3-4 months` after a course cannot be read: write one interval for the cycle, as in `daily for 3 days every 3 months`.'],
            ['drug pamidronate 90 mg iv every 3', '}', 'Expected a unit after `3` (for example mg/dL, mmol/L, kg, years), found `}`.']
        ]) {
            const rows = await drugRows(withDrug(line));
            expect(rows, line).toEqual([expect.objectContaining({ code: 'syntax', severity: 'error', text, message })]);
        }
    });

    it('a dash elsewhere keeps its own message: a sign, or a range where the language reads none', async () => {
        const [sign] = await drugRows(withDrug('drug pamidronate -90 mg iv every 4 weeks'));
        expect(sign).toMatchObject({ code: 'syntax', text: '-', message: '`-` is not expected here: values are written without a sign.' });
        const [range] = await drugRows(withDrug('drug pamidronate 60-90 mg iv every 4 weeks'));
        expect(range).toMatchObject({ code: 'syntax', text: '-', message: '`-` between two numbers is read only in how often a drug is given (`every 3-4 weeks`) or how long an infusion takes (`over 30-60 minutes`): write one value here.' });
    });

    it('a dose range is one error, at its dash: not also "no unit" and "no schedule" at the number after it (clinical review 19)', async () => {
        const rows = (await diagnose(withDrug('drug prednisolone 1-2 mg/kg oral daily'))).filter(r => r.code === 'syntax');
        expect(rows.map(r => [r.text, r.message])).toEqual([['-', '`-` between two numbers is read only in how often a drug is given (`every 3-4 weeks`) or how long an infusion takes (`over 30-60 minutes`): write one value here.']]);
    });
});

describe('`prn` and `as needed`, after the schedule or before it', () => {
    it('`every 6 hours prn` was "`prn` is not expected in treatment"; now as needed, with a hint and a quick fix to write the words', async () => {
        const text = withDrug('drug paracetamol 1 g oral every 6 hours prn', LIGHT);
        const rows = await drugRows(text);
        expect(rows.find(r => r.code === 'schedule-shorthand')).toEqual(expect.objectContaining({
            severity: 'information', text: 'prn',
            message: '`prn` is read as `as needed`: write `as needed`, which reads the same to every reader.'
        }));
        expect(rows.filter(r => r.code === 'syntax')).toEqual([]);
        // Judged as `as needed`: at most as often as written.
        expect(rows.find(r => r.code === 'dose-out-of-range')?.message).toMatch(/^Paracetamol 1 g oral every 6 hours as needed gives at most 4000 mg\/day .*as needed taken as often as written/);
        expect((await dosages(text))[0]).toMatchObject({ asNeededBoolean: true, timing: { repeat: { frequency: 1, period: 6, periodUnit: 'h' } } });
        const [fix] = await quickFixes(text, 'schedule-shorthand');
        expect(fix.title).toBe('Change to as needed');
        expect(Object.values(fix.edit!.changes!)[0]).toEqual([expect.objectContaining({ newText: 'as needed' })]);
    });

    it('`prn every 6 hours` and `as needed every 6 hours` (before the schedule) read the same; `PRN` too', async () => {
        for (const line of ['drug paracetamol 1 g oral prn every 6 hours', 'drug paracetamol 1 g oral as needed every 6 hours', 'drug paracetamol 1 g oral PRN every 6 hours', 'drug paracetamol 1 g prn every 6 hours']) {
            const text = withDrug(line);
            expect((await drugRows(text)).filter(r => r.code !== 'schedule-shorthand'), line).toEqual([]);
            expect((await dosages(text))[0], line).toMatchObject({ asNeededBoolean: true, timing: { repeat: { frequency: 1, period: 6, periodUnit: 'h' } } });
            expect(await hoverAt(text, '1 g'), line).toContain('every 6 hours as needed');
        }
    });

    it('the line\'s hint stands after the schedule, not after a `prn` before it', async () => {
        const text = withDrug('drug paracetamol 1 g oral prn every 6 hours');
        expect((await hints(text)).find(h => h.label.startsWith('= ≤'))?.after).toBe('drug paracetamol 1 g oral prn every 6 hours');
    });

    it('`as needed` and `prn` on one line is one error at the second', async () => {
        expect(await drugRows(withDrug('drug paracetamol 1 g oral as needed every 6 hours prn'))).toEqual([
            expect.objectContaining({ code: 'syntax', severity: 'error', text: 'prn', message: '`prn` after `as needed`: write it once.' })
        ]);
    });
});

describe('in the editor', () => {
    it('completion after a schedule offers `as` (needed), not the shorthand `prn`', async () => {
        const labels = (await complete('case A { treatment { drug paracetamol 1 g oral every 6 hours | } }')).map(i => i.label);
        expect(labels).toContain('as');
        expect(labels).not.toContain('prn');
        expect(labels).not.toContain('PRN');
    });
});
