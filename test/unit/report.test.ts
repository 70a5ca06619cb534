/**
 * The case report: figures and references in the language (diagnostics, hover, completion,
 * outline), the manuscript in CARE order, and what a user reads back from the exported DOCX.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import JSZip from 'jszip';
import { URI } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CompletionItem, TextEdit } from 'vscode-languageserver';
import { createCalcServices } from '../../src/language/calc-module.js';
import type { CaseFile } from '../../src/language/generated/ast.js';
import { reportDocument } from '../../src/language/report/report-document.js';
import { renderReportDocx } from '../../src/language/report/render-report-docx.js';
import { renderReportHtml } from '../../src/language/report/render-report-html.js';
import type { DocumentReport } from '../../src/language/report/report-types.js';
import { diagnose, services, validate } from './helpers.js';

const CLI = path.resolve('out/cli/main.cjs');
const THIGH = fs.readFileSync('examples/01-thigh.calc', 'utf8');

function run(...args: string[]) {
    const result = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });
    return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const inCase = (...lines: string[]) => `case A {\n    lesion L1 { site right thigh }\n    imaging { ultrasound of L1 "hyperechoic" }\n${lines.map(l => `    ${l}`).join('\n')}\n}\n`;

async function rows(text: string) {
    return (await diagnose(text)).filter(r => !['care-missing', 'classification', 'classification-incomplete'].includes(r.code))
        .map(r => `${r.line} ${r.severity} ${r.code} ${r.text}`).sort();
}

async function thighReport(): Promise<DocumentReport> {
    return reportDocument(await validate(THIGH), services.Calc.clinical.Analysis);
}

/** The paragraphs of word/document.xml as a word processor shows them, and its tables' rows. */
async function docxText(bytes: Uint8Array): Promise<{ paragraphs: string[]; headings: string[]; tables: string[][][]; images: number }> {
    const zip = await JSZip.loadAsync(bytes);
    const xml = await zip.file('word/document.xml')!.async('string');
    const text = (fragment: string) => [...fragment.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:tab\/>/g)].map(m => m[1] ?? '\t').join('')
        .replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'");
    const body = xml.replace(/<w:tbl>[\s\S]*?<\/w:tbl>/g, '');
    const paragraphs = [...body.matchAll(/<w:p>[\s\S]*?<\/w:p>|<w:p [\s\S]*?<\/w:p>/g)].map(m => text(m[0]));
    const headings = [...body.matchAll(/<w:p>(?:(?!<\/w:p>)[\s\S])*?<w:pStyle w:val="(Heading1|Title)"\/>[\s\S]*?<\/w:p>/g)].map(m => text(m[0]));
    const tables = [...xml.matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>/g)].map(t => [...t[1].matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map(r => [...r[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map(c => text(c[0]))));
    return { paragraphs, headings, tables, images: Object.keys(zip.files).filter(f => /^word\/media\/.+/.test(f)).length };
}

describe('figures and references: diagnostics at their place', () => {
    it('an undefined citation is an error on its id; an uncited reference a warning on its name', async () => {
        expect(await rows(inCase('introduction "Rare [@known; @nowhere]."', 'reference known { title "A" }', 'reference spare { title "B" }'))).toEqual([
            '4 error reference-undefined nowhere',
            '6 warning reference-uncited spare'
        ]);
        const [undefinedRow] = (await diagnose(inCase('discussion "See [@nowhere]."'))).filter(r => r.code === 'reference-undefined');
        expect(undefinedRow.message).toBe('No reference named nowhere in this case: add it with `reference nowhere { authors "…" title "…" … }`.');
    });

    it('a malformed DOI or PMID is a warning on its value, and a DOI with its resolver says how to write it', async () => {
        const text = inCase('introduction "[@r1] [@r2]"', 'reference r1 { doi "doi.org/10.1001/x" pmid "PMID 123" }', 'reference r2 { doi "10.1016/j.jaad.2010.08.038" pmid "21679810" }');
        const found = (await diagnose(text)).filter(r => r.code === 'reference-identifier-malformed');
        expect(found.map(r => `${r.line} ${r.severity} ${r.text}`)).toEqual(['5 warning doi.org/10.1001/x', '5 warning PMID 123']);
        expect(found[0].message).toBe('Write the DOI without its resolver: "10.1001/x".');
    });

    it('an image from elsewhere, above the case folder or not a bitmap is an error on its path', async () => {
        const found = await rows(inCase(
            'figure F1 "https://example.org/x.png" "Remote"',
            'figure F2 "../other/x.png" "Above"',
            'figure F3 "figures/x.svg" "Vector"'
        ));
        expect(found.filter(r => r.includes('figure-image'))).toEqual([
            '4 error figure-image-unusable "https://example.org/x.png"',
            '5 error figure-image-unusable "../other/x.png"',
            '6 error figure-image-unusable "figures/x.svg"'
        ]);
    });

    it('a figure of a study the lesion does not have, and a second reference of one name', async () => {
        expect(await rows(inCase('figure F1 "f.png" of L1 study mri "MRI"', 'reference r { title "A" }', 'reference r { title "B" }', 'discussion "[@r]"'))).toEqual([
            '4 warning figure-study-missing mri',
            '6 error duplicate r'
        ]);
    });

    it('a missing image file is an error on its path, with the file system the editor has', async () => {
        const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'calc-report-'));
        fs.mkdirSync(path.join(folder, 'figures'));
        fs.copyFileSync('examples/figures/figure-1-thigh.png', path.join(folder, 'figures', 'here.png'));
        const file = path.join(folder, 'case.calc');
        fs.writeFileSync(file, inCase('figure F1 "figures/here.png" "Present"', 'figure F2 "figures/gone.png" "Absent"'));
        const node = createCalcServices(NodeFileSystem);
        const document = await node.shared.workspace.LangiumDocumentFactory.fromUri<CaseFile>(URI.file(file));
        await node.shared.workspace.DocumentBuilder.build([document], { validation: true });
        const missing = document.diagnostics!.filter(d => d.code === 'figure-image-missing');
        expect(missing.map(d => [d.range.start.line + 1, d.severity, document.textDocument.getText(d.range)])).toEqual([[5, 1, '"figures/gone.png"']]);
        expect(missing[0].message).toMatch(/^No image at figures\/gone\.png \(looked for gone\.png in .*figures\): the path is relative to the case file\.$/);
    });

    it('the thigh example: its figures and references raise nothing', async () => {
        expect((await rows(THIGH))).toEqual([]);
    });
});

describe('hover, completion and outline of the manuscript', () => {
    it('a citation hovers with the reference in Vancouver style', async () => {
        const document = await validate(THIGH);
        const offset = THIGH.indexOf('@reiter2011') + 2;
        const hover = await services.Calc.lsp.HoverProvider!.getHoverContent(document, { textDocument: { uri: document.uri.toString() }, position: document.textDocument.positionAt(offset) });
        const value = (hover!.contents as { value: string }).value;
        expect(value).toContain('**Reference `reiter2011`** · cited 1 time');
        expect(value).toContain('Reiter N, El-Shabrawi L, Leinweber B, Berghold A, Aberer E. Calcinosis cutis: part I. Diagnostic pathway. J Am Acad Dermatol. 2011;65(1):1–12.');
        expect(value).toContain('[PubMed 21679810](https://pubmed.ncbi.nlm.nih.gov/21679810/)');
    });

    it('a figure name hovers with its number and caption', async () => {
        const document = await validate(THIGH);
        const offset = THIGH.indexOf('figure Fig2') + 8;
        const hover = await services.Calc.lsp.HoverProvider!.getHoverContent(document, { textDocument: { uri: document.uri.toString() }, position: document.textDocument.positionAt(offset) });
        expect((hover!.contents as { value: string }).value).toMatch(/^\*\*Figure 2\*\* `Fig2` · of L1, mri\n\nImage: `figures\/figure-2-section.png`/);
    });

    it('after [@ in a narrative, the case\'s references complete', async () => {
        const text = inCase('reference balin2012 { title "Calcinosis cutis and ACTD" }', 'reference le2022 { title "Calcinosis cutis" }', 'discussion "As shown [@le2022; @ba|"');
        const offset = text.indexOf('|');
        const document = await validate(text.replace('|', ''));
        const list = await services.Calc.lsp.CompletionProvider!.getCompletion(document, { textDocument: { uri: document.uri.toString() }, position: document.textDocument.positionAt(offset) });
        const items: CompletionItem[] = list?.items ?? [];
        expect(items.map(i => i.label)).toEqual(['balin2012', 'le2022']);
        expect(items[0].textEdit).toMatchObject({ newText: 'balin2012' });
        expect(document.textDocument.getText((items[0].textEdit as TextEdit).range)).toBe('ba');
    });

    it('a figure completes its lesion after `of` and the study\'s modality after `study`', async () => {
        const complete = async (textWithCursor: string) => {
            const document = await validate(textWithCursor.replace('|', ''));
            const list = await services.Calc.lsp.CompletionProvider!.getCompletion(document, { textDocument: { uri: document.uri.toString() }, position: document.textDocument.positionAt(textWithCursor.indexOf('|')) });
            return (list?.items ?? []).map(i => i.label);
        };
        expect(await complete(inCase('figure F1 "f.png" of |'))).toContain('L1');
        expect(await complete(inCase('figure F1 "f.png" of L1 study |'))).toEqual(expect.arrayContaining(['ultrasound', 'mri', 'xray']));
        expect(await complete(inCase('reference r { | }'))).toEqual(expect.arrayContaining(['authors', 'title', 'journal', 'year', 'doi', 'pmid']));
    });

    it('the outline lists the figures and the references', async () => {
        const document = await validate(THIGH);
        const [kase] = await services.Calc.lsp.DocumentSymbolProvider!.getSymbols(document, { textDocument: { uri: document.uri.toString() } });
        const names = kase.children!.map(s => s.name);
        expect(names).toEqual(expect.arrayContaining(['figure Fig1', 'figure Fig2', 'figure Fig3', 'references']));
        expect(kase.children!.find(s => s.name === 'references')!.children!.map(s => s.name)).toEqual([
            'reference le2022', 'reference jimenezgallo2015', 'reference balin2012', 'reference tsuchida2016',
            'reference fueki2011', 'reference llamasvelasco2010', 'reference both2017', 'reference reiter2011'
        ]);
    });
});

describe('the manuscript of the thigh', () => {
    it('follows the CARE checklist, with prose written from the facts', async () => {
        const { reports: [report] } = await thighReport();
        expect(report.sections.map(s => s.heading)).toEqual([
            'Abstract', 'Introduction', 'Patient information', 'Clinical findings', 'Timeline', 'Diagnostic assessment',
            'Therapeutic intervention', 'Follow-up and outcomes', 'Discussion', 'Patient perspective', 'Informed consent'
        ]);
        const section = (id: string) => report.sections.find(s => s.id === id)!;
        expect(section('patientInformation').paragraphs[0]).toBe('A 72-year-old woman presented with a painless swelling over the right thigh of 2 years, which had increased in size over the last 6 months.');
        expect(section('clinicalFindings').paragraphs[0]).toBe('On examination there was a single irregular, lobulated lesion over the right thigh, upper outer aspect, measuring 8 × 5 cm, fixed to the skin, painless (Figure 1, 3).');
        expect(section('therapeuticIntervention').paragraphs).toEqual(['Excision of L1 under local anaesthesia.']);
        expect(section('patientPerspective')).toMatchObject({ paragraphs: [], missing: 'Not written yet: perspective "…"' });
        // Vancouver numbers in the order first cited: the abstract cites le2022 first.
        expect(section('introduction').paragraphs[0]).toMatch(/^Calcinosis cutis is the accumulation .* tissue \[1\]\. It is divided .* calciphylaxis \[2,3\]\./);
        expect(report.references.map(r => r.id)).toEqual(['le2022', 'jimenezgallo2015', 'reiter2011', 'balin2012', 'tsuchida2016', 'fueki2011', 'llamasvelasco2010', 'both2017']);
        expect(report.warnings).toEqual([]);
    });

    it('lists every warning and error of the file above the manuscript', async () => {
        const document = await validate(inCase('introduction "[@gone]"', 'labs { calcium 45 mg/dL }'));
        const { reports: [report] } = await reportDocument(document, services.Calc.clinical.Analysis);
        expect(report.warnings.map(w => `${w.severity} ${w.code}`)).toEqual(['error reference-undefined', 'error lab-implausible']);
        const page = renderReportHtml([report], { mode: 'standalone', images: () => undefined });
        expect(page.indexOf('Before you submit: 2 errors in the file')).toBeLessThan(page.indexOf('<div class="manuscript">'));
    });
});

describe('the DOCX, read back', () => {
    it('has the headings in CARE order, the timeline as a table, the figures and their legends, and reference 1 in Vancouver style', async () => {
        const result = await thighReport();
        const images = new Map(result.reports[0].figures.map(f => [f.image, new Uint8Array(fs.readFileSync(path.join('examples', f.image)))]));
        const docx = await docxText(await renderReportDocx(result.reports, figure => images.get(figure.image)));
        expect(docx.headings).toEqual([
            'Calcinosis cutis of the thigh', 'Abstract', 'Introduction', 'Patient information', 'Clinical findings', 'Timeline',
            'Diagnostic assessment', 'Therapeutic intervention', 'Follow-up and outcomes', 'Discussion', 'Patient perspective',
            'Informed consent', 'Figures', 'References'
        ]);
        const [timeline] = docx.tables;
        expect(timeline[0]).toEqual(['When', 'Event']);
        expect(timeline[1]).toEqual(['2 years before presentation', 'Onset: painless swelling over the right thigh.']);
        expect(timeline).toContainEqual(['Treatment', 'Excision of L1 under local anaesthesia.']);
        expect(timeline.at(-1)).toEqual(['1 year after treatment', 'Follow-up: no recurrence.']);
        expect(docx.paragraphs).toContain('1.\tLe C, Bedocs P. Calcinosis cutis. In: StatPearls [Internet]. Treasure Island (FL): StatPearls Publishing; 2022.');
        expect(docx.paragraphs.filter(p => p.startsWith('Figure '))).toEqual([
            'Figure 1. Calcinosis cutis of the right thigh: a single lobulated swelling on the upper outer aspect. An illustration drawn for this example, not a photograph of the patient.',
            'Figure 2. The lesion confined to the skin and subcutaneous tissue with dense calcification, as the MRI showed. An illustration of the skin layers drawn for this example, not the MRI.',
            'Figure 3. After the excision under local anaesthesia. An illustration drawn for this example, not a photograph of the patient.'
        ]);
        expect(docx.images).toBe(3);
    });
});

describe('calc-case report', () => {
    beforeAll(() => {
        if (!fs.existsSync(CLI)) throw new Error(`${CLI} is missing: run \`npm run build\` first (npm test does).`);
    });

    it('prints Markdown and HTML with the figures inlined as data: URIs, and writes a DOCX with --out', async () => {
        const markdown = run('report', '--format', 'markdown', 'examples/01-thigh.calc');
        expect(markdown.code).toBe(0);
        expect(markdown.stdout).toMatch(/^# Calcinosis cutis of the thigh\n/);
        const html = run('report', 'examples/01-thigh.calc');
        expect(html.stdout.match(/<img src="data:image\/png;base64,/g)).toHaveLength(3);
        expect(html.stdout).toMatch(/img-src data:;/);
        const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'calc-report-')), 'thigh.docx');
        expect(run('report', '--format', 'docx', '--out', out, 'examples/01-thigh.calc')).toMatchObject({ code: 0, stdout: `wrote ${out} (examples/01-thigh.calc)\n` });
        expect((await docxText(fs.readFileSync(out))).images).toBe(3);
        expect(run('report', '--format', 'docx', '--out', out, 'examples/01-thigh.calc')).toMatchObject({ code: 2, stderr: expect.stringContaining('already exists: nothing written (use --force to replace)') });
    });

    it('refuses a file with errors and says which, unless --allow-errors', () => {
        const result = run('report', '--format', 'markdown', 'examples/04-inconsistent.calc');
        expect(result.code).toBe(1);
        expect(result.stdout).toBe('');
        expect(result.stderr).toMatch(/^calc-case: examples\/04-inconsistent\.calc has 2 errors: a report with errors is not exported \(fix them, or confirm with --allow-errors\)\.\n {2}examples\/04-inconsistent\.calc:22:\d+ \[lab-implausible\]/);
        const allowed = run('report', '--format', 'markdown', '--allow-errors', 'examples/04-inconsistent.calc');
        expect(allowed.code).toBe(1);
        expect(allowed.stdout).toMatch(/^> \*\*Before you submit: 2 errors, \d+ warnings in the file\*\*/);
    });

    it('exits 2 on a wrong format or use', () => {
        expect(run('report', '--format', 'pdf', 'examples/01-thigh.calc')).toMatchObject({ code: 2, stderr: expect.stringContaining('--format must be html, markdown or docx, not pdf') });
        expect(run('report', 'examples/01-thigh.calc', 'examples/02-sclerosis.calc')).toMatchObject({ code: 2, stderr: expect.stringContaining('name one .calc file') });
    });
});
