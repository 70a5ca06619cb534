/**
 * The summary model (buildSummary via summarizeDocument, as the language server and
 * the CLI build it): what a clinician reads, computed from the analysis and the
 * knowledge base.
 */
import * as fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkFiles } from '../../src/cli/check.js';
import { summarizeDocument } from '../../src/language/summary/summary-document.js';
import { renderHtml } from '../../src/language/summary/render-html.js';
import { renderMarkdown } from '../../src/language/summary/render-markdown.js';
import { completeCareReport, services, validate } from './helpers.js';

async function summarizeExample(name: string) {
    const document = await validate(fs.readFileSync(`examples/${name}`, 'utf8'));
    return summarizeDocument(document, services.Calc.clinical.Analysis);
}

describe('summary of examples/02-sclerosis.calc', () => {
    it('holds the adult to the adults\' diltiazem regimen: no per-kg range worked out for her, 180 mg/day below 240–480 mg/day', async () => {
        const [summary] = (await summarizeExample('02-sclerosis.calc')).summaries;
        const diltiazem = summary.management.drugs.find(d => d.term === 'diltiazem')!;
        expect(diltiazem.regimens.map(r => r.forPatient).filter(Boolean)).toEqual([]);
        expect(diltiazem.given?.[0]).toMatchObject({ dose: '180 mg/day', withinRegimen: false, detail: 'below the reported 240–480 mg/day (adults); at 62 kg 2.9 mg/kg/day, within the other reported regimen, 2–4 mg/kg/day: the sources differ' });
        expect(summary.management.drugs[0].term).toBe('diltiazem'); // given drugs come first
    });

    it('shows the labs as written, in the other unit, with the interval used and the derived rows', async () => {
        const [summary] = (await summarizeExample('02-sclerosis.calc')).summaries;
        const calcium = summary.labs.rows.find(r => r.analyte.startsWith('Calcium'))!;
        expect(calcium).toMatchObject({ written: '2.36 mmol/L', other: '9.46 mg/dL', interval: '8.8–10.4 mg/dL', flag: 'judged-corrected', panel: 'at presentation' });
        expect(summary.labs.derived.map(d => [d.name, d.value, d.flag])).toEqual([
            ['Albumin-corrected calcium', '9.38 mg/dL', 'normal'],
            ['Calcium × phosphate', '32.5 mg²/dL²', 'normal']
        ]);
        expect(summary.labs.derived[0].formula).toBe('9.46 + 0.8 × (4 − 4.1) mg/dL = 9.38 mg/dL');
    });

    it('marks the lifestyle measures advised in the file', async () => {
        const [summary] = (await summarizeExample('02-sclerosis.calc')).summaries;
        const advised = summary.management.lifestyle.filter(l => l.advised).map(l => l.term);
        expect(advised.sort()).toEqual(['avoidCold', 'avoidTrauma', 'smokingCessation']);
    });
});

describe('summary of examples/03-renal.calc', () => {
    it('flags the product over the dialysis target and puts correcting the cause and the levels first for metastatic calcinosis', async () => {
        const [summary] = (await summarizeExample('03-renal.calc')).summaries;
        expect(summary.classification.headline).toBe('Metastatic calcinosis cutis, circumscripta');
        expect(summary.labs.derived.find(d => d.name === 'Calcium × phosphate')).toMatchObject({ value: '89.5 mg²/dL²', flag: 'high', reference: expect.stringMatching(/^below 55 mg²\/dL²/) });
        expect(summary.management.approaches.map(a => [a.kind, a.fit])).toEqual([['metastaticCause', 'suited'], ['metastaticLevels', 'suited'], ['metastaticSurgery', 'alternative']]);
        expect(summary.management.drugs.map(d => d.term)).toEqual(expect.arrayContaining(['aluminiumHydroxide']));
        expect(summary.management.drugs.map(d => d.term)).not.toContain('diltiazem');
        expect(summary.management.cautions.map(c => c.drug)).toEqual(['Aluminium hydroxide', 'Aluminium hydroxide']);
        expect(summary.management.cautions[0].text).toMatch(/^For this patient: Aluminium hydroxide on dialysis: /);
    });
});

describe('summary of examples/04-inconsistent.calc', () => {
    it('lists every diagnostic of the file, with the 1-based line and column the CLI prints', async () => {
        const [summary] = (await summarizeExample('04-inconsistent.calc')).summaries;
        const [report] = await checkFiles(['examples/04-inconsistent.calc'], services);
        const key = (f: { line: number; column: number; code: string }) => `${f.line}:${f.column} ${f.code}`;
        expect(summary.findings.map(({ code, severity, line, column, endLine, endColumn, message }) => ({ code, severity, line, column, endLine, endColumn, message })).sort((a, b) => key(a).localeCompare(key(b))))
            .toEqual([...report.diagnostics].sort((a, b) => key(a).localeCompare(key(b))));
        expect(summary.findings.map(key)).toContain('34:21 unresolved-reference');
        const positions = summary.findings.map(f => f.line * 1000 + f.column);
        expect(positions).toEqual([...positions].sort((a, b) => a - b));
    });

    it('flags the labs the analysis could not use, and why', async () => {
        const [summary] = (await summarizeExample('04-inconsistent.calc')).summaries;
        expect(summary.labs.rows.map(r => [r.written, r.flag, r.note])).toEqual([
            ['2.4 mg/dL', 'unit-suspect', 'the unit is likely mmol/L'],
            ['45 mg/dL', 'implausible', 'not a living patient’s value: a typing slip?'],
            ['1.9 mmol/L', 'not-used', 'contradicted by another value: not used']
        ]);
    });

    it('reads a dose outside the per-kg regimen at the patient’s weight', async () => {
        const [summary] = (await summarizeExample('04-inconsistent.calc')).summaries;
        const diltiazem = summary.management.done.find(d => d.kind === 'drug' && d.text.startsWith('Diltiazem'))!;
        expect(diltiazem).toMatchObject({ withinRegimen: false, detail: '10.7 mg/kg/day at 28 kg: above the reported 2–4 mg/kg/day', line: 32 });
    });
});

describe('summary of a file with syntax errors', () => {
    it('counts them and says where the first is', async () => {
        const result = summarizeDocument(await validate('case Broken {\n  patient { age 72 years }\n  lesion L1 { count one }\n}\n'), services.Calc.clinical.Analysis);
        expect(result.syntaxErrors).toBeGreaterThan(0);
        expect(result.firstSyntaxError?.line).toBe(3);
    });
});

describe('sources', () => {
    it('numbers each source once, in the order first cited, and cites nothing it does not list', async () => {
        const [summary] = (await summarizeExample('02-sclerosis.calc')).summaries;
        expect(summary.sources.map(s => s.number)).toEqual(summary.sources.map((_, i) => i + 1));
        const listed = new Set(summary.sources.map(s => s.id));
        const cited = JSON.stringify(summary.management).match(/"id":"[^"]+"/g)!.map(m => m.slice(6, -1));
        for (const id of cited) expect(listed.has(id), id).toBe(true);
    });
});

describe('the CARE checklist in the summary', () => {
    it('counts the items covered and says how to write each one missing, in the checklist\'s order', async () => {
        const [summary] = (await summarizeExample('01-thigh.calc')).summaries;
        // The seed's keywords, abstract, introduction and discussion are in the file; the perspective and consent are not.
        expect([summary.care.covered, summary.care.total]).toEqual([11, 13]);
        expect(summary.care.items.filter(i => !i.covered).map(i => [i.label, i.write])).toEqual([
            ['Patient perspective', 'perspective "…"'],
            ['Informed consent', 'consent obtained']
        ]);
        expect(summary.sources[summary.care.source.number - 1].short).toBe('CARE, Gagnier 2013');
    });

    it('says all are covered, and lists none to add, for a complete report', async () => {
        const text = completeCareReport();
        const { summaries: [summary] } = summarizeDocument(await validate(text), services.Calc.clinical.Analysis);
        expect(summary.care.covered).toBe(13);
        const page = renderHtml([summary], { mode: 'standalone' });
        expect(page).toMatch(/<\/dl>\n<p>All 13 items of the CARE case-report checklist are covered\.<sup class="cite">/);
        expect(page).not.toContain('care-missing');
        // What the report writes for the items of its own, in the checklist's order.
        expect(summary.care.items.filter(i => i.text).map(i => [i.label, i.text])).toEqual([
            ['Keywords', 'calcinosis cutis, thigh'],
            ['Abstract', 'A 72-year-old woman with calcinosis cutis of the thigh.'],
            ['Introduction', 'Calcinosis cutis of the thigh is rare.'],
            ['Discussion', 'Surgery suits a single localised lesion.'],
            ['Patient perspective', 'Relieved by the excision.'],
            ['Informed consent', 'Obtained: written, for publication']
        ]);
        expect(page).toContain('<dt>Abstract</dt><dd>A 72-year-old woman with calcinosis cutis of the thigh.</dd>');
        expect(renderMarkdown([summary])).toContain('**Informed consent:** Obtained: written, for publication\n\nAll 13 items of the CARE case-report checklist are covered.<sup>');
    });
});

describe('the management plan', () => {
    it('rests on the declared extent when the lesions do not tell it, in the summary as in the warning', async () => {
        const document = await validate('case Declared {\n    lesion L1 { count 1 }\n    diagnosis { extent universalis }\n    treatment { excision of L1 }\n}\n');
        const analysis = services.Calc.clinical.Analysis.analysisOf(document.parseResult.value.cases[0]);
        expect(analysis.classification.inferredExtent).toBeNull();
        expect(analysis.management).toMatchObject({ type: null, extent: 'universalis' });
        const { summaries: [summary] } = summarizeDocument(document, services.Calc.clinical.Analysis);
        expect(summary.management.approaches.map(a => [a.kind, a.fit, a.because])).toEqual([
            ['classifyFirst', 'suited', 'record calcium, phosphate, lesion site'],
            ['dystrophicExcision', 'not-suited', 'generalised disease (universalis)'],
            ['dystrophicMedical', 'suited', 'generalised disease (universalis)']
        ]);
        expect(summary.findings.map(f => f.code)).toContain('management-mismatch');
    });
});

describe('a lesion measured in three dimensions', () => {
    it('shows all three, and its size is the largest', async () => {
        const document = await validate('case S {\n    lesion L1 { site thigh size 2 x 3 x 1 cm }\n}\n');
        expect((document.diagnostics ?? []).filter(d => d.code === 'syntax')).toEqual([]);
        const [summary] = summarizeDocument(document, services.Calc.clinical.Analysis).summaries;
        expect(summary.lesions[0].size).toBe('2 × 3 × 1 cm');
        const analysis = services.Calc.clinical.Analysis.analysisOf(document.parseResult.value.cases[0]);
        expect(analysis.facts.lesions[0].largestCm).toBe(3);
    });
});
