/**
 * The cohort (model, HTML, Markdown) as `calc-case cohort` and the `calc/cohort` request
 * build it: what a clinician reads about the examples, a folder with a broken file,
 * hostile text, and the request over the documents the language server holds.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { DocumentState, EmptyFileSystem, URI } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { CancellationToken, LSPErrorCodes } from 'vscode-languageserver';
import { beforeAll, describe, expect, it } from 'vitest';
import { cohortOfFolder } from '../../src/cli/cohort.js';
import { formatCohort } from '../../src/language/cohort/format-cohort.js';
import { createCalcServices } from '../../src/language/calc-module.js';
import { sharedFolderLabels } from '../../src/language/cohort/cohort-documents.js';
import { cohortResponse } from '../../src/language/cohort/cohort-request.js';
import type { CohortModel } from '../../src/language/cohort/cohort-types.js';
import { renderCohortHtml } from '../../src/language/cohort/render-cohort-html.js';
import { renderCohortMarkdown } from '../../src/language/cohort/render-cohort-markdown.js';
import { typeText } from '../../src/language/cohort/cohort-words.js';

const counts = (rows: Array<{ key: string, count: number }>) => Object.fromEntries(rows.filter(r => r.count > 0).map(r => [r.key, r.count]));

function folderWith(files: Record<string, string>): string {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'calc-cohort-'));
    for (const [name, text] of Object.entries(files)) {
        fs.mkdirSync(path.dirname(path.join(folder, name)), { recursive: true });
        fs.writeFileSync(path.join(folder, name), text);
    }
    return folder;
}

describe('the cohort of examples/', () => {
    let model: CohortModel;
    beforeAll(async () => {
        model = (await cohortOfFolder('examples', createCalcServices(NodeFileSystem))).model;
    });

    it('counts the cases by the type, extent and confidence their analyses concluded', () => {
        expect(model.files).toBe(5);
        expect(model.cases.map(c => [c.file, c.name, c.type, c.confidence])).toEqual([
            ['01-thigh.calc', 'ThighCalcinosis', 'Undetermined', 'undetermined'],
            ['02-sclerosis.calc', 'SclerodermaFingers', 'Dystrophic', 'definite'],
            ['03-renal.calc', 'RenalPeriarticular', 'Metastatic', 'definite'],
            ['04-inconsistent.calc', 'DraftWithSlips', 'Dystrophic', 'probable'],
            ['05-calciphylaxis-dialysis.calc', 'CalciphylaxisOnDialysis', 'Calciphylaxis', 'definite']
        ]);
        expect(model.cases[0].candidates).toEqual(['Idiopathic', 'Metastatic']);
        expect(counts(model.byType)).toEqual({ dystrophic: 2, metastatic: 1, calciphylaxis: 1, undetermined: 1 });
        // Every type stays listed, so a type with no case shows as zero.
        expect(model.byType.map(r => r.key)).toEqual(['dystrophic', 'metastatic', 'idiopathic', 'iatrogenic', 'calciphylaxis', 'undetermined']);
        // 04 declares universalis: the declared extent stands (review 2), our count of its one elbow lesion is information.
        expect(counts(model.byExtent)).toEqual({ circumscripta: 4, universalis: 1 });
        expect(counts(model.byConfidence)).toEqual({ definite: 3, probable: 1, undetermined: 1 });
    });

    it('gives each case the errors and warnings the editor shows, and its line', () => {
        expect(model.cases.map(c => [c.errors, c.warnings, c.line])).toEqual([[0, 0, 3], [0, 1, 2], [0, 5, 4], [2, 7, 2], [0, 4, 5]]);
        expect(model.cases[1].uri).toBe(URI.file(path.resolve('examples/02-sclerosis.calc')).toString());
    });

    it('plots only usable values, the corrected calcium where there is one, and says what it left out', () => {
        const { calcium, phosphate, product } = model.labs;
        expect(calcium.points.map(p => [model.cases[p.caseIndex].name, p.value.toFixed(2), p.flag, p.corrected])).toEqual([
            ['SclerodermaFingers', '9.38', 'normal', true],
            ['RenalPeriarticular', '10.92', 'high', true],
            ['CalciphylaxisOnDialysis', '10.28', 'normal', true]
        ]);
        // 04's calcium (2.4 mg/dL, unit in doubt) and phosphate (45, implausible) are not evidence.
        expect([calcium.notUsable, calcium.notRecorded, phosphate.notUsable, phosphate.notRecorded]).toEqual([1, 1, 1, 1]);
        expect(phosphate.points.map(p => [p.value.toFixed(2), p.flag])).toEqual([['3.47', 'normal'], ['8.20', 'high'], ['6.90', 'high']]);
        expect(calcium.band).toMatchObject({ low: 8.8, high: 10.4, text: '8.8–10.4 mg/dL, adult (18 years and over)' });
        expect(product.points.map(p => [p.value.toFixed(1), p.flag])).toEqual([['32.5', 'normal'], ['89.5', 'high'], ['70.9', 'high']]);
        expect(product.threshold).toMatchObject({ value: 70, text: 'above 70 mg²/dL²: metastatic calcification' });
        expect(model.sources[product.threshold!.source.number - 1].short).toBe('Medscape, Calcinosis Cutis');
    });

    it('counts conditions, treatments and outcomes once per case', () => {
        expect(counts(model.conditions)).toEqual({
            'condition:chronicKidneyDisease': 1, 'condition:dermatomyositis': 1, 'condition:dialysis': 2, 'condition:raynaud': 1,
            'condition:secondaryHyperparathyroidism': 2, 'condition:systemicSclerosis': 1, 'exposure:warfarin': 1
        });
        expect(counts(model.treatments.drugs)).toEqual({
            diltiazem: 2, aluminiumHydroxide: 1, apixaban: 1, ceftriaxone: 1, cinacalcet: 1, sevelamer: 1, sodiumThiosulfate: 1, warfarin: 1
        });
        expect(model.treatments.excisions).toMatchObject({ label: 'Surgical excision', count: 2 });
        expect(model.outcomes.map(r => [r.label, r.count])).toEqual([['Improved', 2], ['No recurrence', 1], ['Stable', 1], ['No follow-up recorded', 1]]);
    });

    it('draws the page: bars by type, strip plots with the band and the 70 line, a table of cases', () => {
        const page = formatCohort(model, 'html');
        expect(page).toContain('<h1>5 cases in 5 files</h1>');
        expect(page).toContain('3 definite, 1 probable, 1 undetermined · 2 errors, 17 warnings');
        expect(page).toMatch(/<svg class="chart bars"[^>]*aria-label="Cases by type"/);
        const product = page.slice(page.indexOf('<h3>Calcium × phosphate'));
        expect(product).toMatch(/<line class="threshold"[^>]*><title>above 70 mg²\/dL²: metastatic calcification<\/title>/);
        expect(product).toContain('<title>RenalPeriarticular (03-renal.calc): 89.5 mg²/dL², high</title>');
        expect(page).toMatch(/<rect class="band"[^>]*><title>Reference interval: 8.8–10.4 mg\/dL, adult/);
        expect(page).toContain('Not plotted: 1 case with a value that is not usable (implausible, unit in doubt or contradicted); 1 case with none recorded.');
        expect(page).toContain('<td>Undetermined (between idiopathic and metastatic)</td>');
        // One candidate only not excluded, as the diagnostic and the summary say it.
        expect(typeText({ ...model.cases[0], candidates: ['Metastatic'] })).toBe('Undetermined (metastatic not excluded)');
        // Standalone: no script, the one stylesheet pinned by its hash.
        expect(page).not.toMatch(/<script/);
        expect(page.replaceAll('&#39;', "'")).toMatch(/content="default-src 'none'; style-src 'sha256-[A-Za-z0-9+/=]+'; img-src data:/);
    });

    it('writes the same content as Markdown', () => {
        const markdown = renderCohortMarkdown(model);
        expect(markdown).toMatch(/^# Cohort: 5 cases in 5 files\n/);
        expect(markdown).toContain('| Dystrophic | 2 |\n| Metastatic | 1 |');
        expect(markdown).toContain('- n 3, median 70.9, range 32.5–89.5 mg²/dL²; 2 above the threshold, 1 not above');
        expect(markdown).toContain('- Threshold: above 70 mg²/dL²: metastatic calcification<sup>3</sup>');
        expect(markdown).toContain('| 04-inconsistent.calc | `DraftWithSlips` Draft: juvenile dermatomyositis with calcinosis | Dystrophic | Calcinosis universalis | probable | 2 | 7 |');
    });
});

describe('the cohort of other folders', () => {
    it('reads subfolders, skips hidden ones and node_modules, and names files from the folder', async () => {
        const thigh = fs.readFileSync('examples/01-thigh.calc', 'utf8');
        const folder = folderWith({ 'a/thigh.calc': thigh, '.hidden/x.calc': thigh, 'node_modules/y.calc': thigh, 'notes.txt': 'no' });
        const { model } = await cohortOfFolder(folder, createCalcServices(NodeFileSystem));
        expect(model.files).toBe(1);
        expect(model.cases.map(c => c.file)).toEqual(['a/thigh.calc']);
    });

    it('says which files have syntax errors, and still counts what they hold', async () => {
        const folder = folderWith({ 'broken.calc': 'case Broken {\n  lesion L1 { count one }\n}\n', 'empty.calc': '' });
        const { model } = await cohortOfFolder(folder, createCalcServices(NodeFileSystem));
        expect(model.files).toBe(2);
        expect(model.cases.map(c => c.name)).toEqual(['Broken']);
        expect(model.incomplete).toMatchObject([{ file: 'broken.calc' }]);
        expect(formatCohort(model, 'html')).toContain('1 file has syntax errors (broken.calc): what they hide is missing from this cohort.');
    });

    it('says so when there is no case', async () => {
        const { model } = await cohortOfFolder(folderWith({ 'readme.txt': '' }), createCalcServices(NodeFileSystem));
        expect(formatCohort(model, 'html')).toContain('<p class="empty">No case yet: no .calc file was found.</p>');
        expect(renderCohortMarkdown(model)).toContain('# Cohort: 0 cases in 0 files');
    });

    it('escapes what the files say: titles, unknown terms, file names', async () => {
        const hostile = 'case X {\n  title "</title><script>alert(1)</script><img src=x onerror=alert(2)>"\n  history { condition notAKnownTerm }\n}\n';
        const { model } = await cohortOfFolder(folderWith({ '<b>odd</b>.calc': hostile }), createCalcServices(NodeFileSystem));
        const page = formatCohort(model, 'html');
        expect(page).not.toMatch(/<script|<img|<b>odd/);
        expect(page).toContain('&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt;');
        expect(page).toContain('notAKnownTerm');
        const markdown = renderCohortMarkdown(model);
        expect(markdown).not.toMatch(/<script|<img|<b>/);
    });

    it('fails with a message a user can act on for a missing folder or a file', async () => {
        const services = createCalcServices(NodeFileSystem);
        await expect(cohortOfFolder('examples/none', services)).rejects.toThrow('cannot read examples/none: no such folder');
        await expect(cohortOfFolder('examples/01-thigh.calc', services)).rejects.toThrow('it is a file, not a folder');
    });
});

describe('the calc/cohort request', () => {
    it('covers the workspace\'s files, validated first so the problems are the editor\'s', async () => {
        const folder = folderWith({
            'a/thigh.calc': fs.readFileSync('examples/01-thigh.calc', 'utf8'),
            'b/inconsistent.calc': fs.readFileSync('examples/04-inconsistent.calc', 'utf8')
        });
        fs.cpSync('examples/figures', path.join(folder, 'a/figures'), { recursive: true }); // the thigh's figures
        const services = createCalcServices(NodeFileSystem);
        // As the language server starts: the workspace manager loads the folder's files and validates them (issue 17).
        await services.shared.workspace.WorkspaceManager.initializeWorkspace([{ name: 'cases', uri: URI.file(folder).toString() }]);
        const documents = services.shared.workspace.LangiumDocuments.all.toArray();
        expect(documents.map(d => d.state)).toEqual([DocumentState.Validated, DocumentState.Validated]);

        const model = await cohortResponse(services.Calc);
        expect(model.cases.map(c => [c.file, c.errors, c.warnings])).toEqual([['a/thigh.calc', 0, 0], ['b/inconsistent.calc', 2, 7]]);
        expect(documents.every(d => d.state === DocumentState.Validated)).toBe(true);
    });

    it('answers a cancelled request with RequestCancelled', async () => {
        const services = createCalcServices(EmptyFileSystem);
        await services.shared.workspace.WorkspaceManager.initializeWorkspace([]);
        await expect(cohortResponse(services.Calc, CancellationToken.Cancelled)).rejects.toMatchObject({ code: LSPErrorCodes.RequestCancelled });
    });
});

describe('file labels', () => {
    it('are paths below the shared folder; a file of another origin keeps its name', () => {
        const label = sharedFolderLabels([URI.file('/ws/a/x.calc'), URI.file('/ws/b/y.calc'), URI.parse('untitled:Untitled-1')]);
        expect(label(URI.file('/ws/a/x.calc'))).toBe('a/x.calc');
        expect(label(URI.parse('untitled:Untitled-1'))).toBe('Untitled-1');
    });
});

describe('the webview page', () => {
    it('runs only the nonce\'d media/cohort.js, and opens a case from its row', async () => {
        const { model } = await cohortOfFolder('examples', createCalcServices(NodeFileSystem));
        const page = renderCohortHtml(model, { mode: 'webview', nonce: 'abc123', scriptUri: 'https://webview/media/cohort.js' });
        expect(page.replaceAll('&#39;', "'")).toMatch(/script-src 'nonce-abc123'/);
        expect(page.match(/<script/g)).toHaveLength(1);
        expect(page).toContain('<script nonce="abc123" src="https://webview/media/cohort.js"></script>');
        expect(page).toMatch(/<button type="button" class="reveal file" data-uri="file:\/\/\/[^"]*\/examples\/03-renal.calc" data-line="4"/);
    });
});

describe('calc-case cohort (the built CLI)', () => {
    const CLI = path.resolve('out/cli/main.cjs');
    const run = (...args: string[]) => {
        const result = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });
        return { code: result.status, stdout: result.stdout, stderr: result.stderr };
    };
    beforeAll(() => {
        if (!fs.existsSync(CLI)) throw new Error(`${CLI} is missing: run \`npm run build\` first (npm test does).`);
    });

    it('prints the page by default, Markdown or JSON on request, and exits 0', () => {
        const html = run('cohort', 'examples');
        expect(html.code).toBe(0);
        expect(html.stdout).toMatch(/^<!DOCTYPE html>/);
        expect(html.stdout).toContain('<h1>5 cases in 5 files</h1>');
        const markdown = run('cohort', '--format', 'markdown', 'examples');
        expect(markdown.stdout).toMatch(/^# Cohort: 5 cases in 5 files\n/);
        const json = run('cohort', '--format=json', 'examples');
        expect(json.code).toBe(0);
        const model = JSON.parse(json.stdout) as CohortModel;
        expect(model.cases.map(c => c.file)).toEqual(['01-thigh.calc', '02-sclerosis.calc', '03-renal.calc', '04-inconsistent.calc', '05-calciphylaxis-dialysis.calc']);
    });

    it('exits 1 when a file has syntax errors, and 2 for a folder it cannot read or a wrong use', () => {
        const broken = folderWith({ 'broken.calc': 'case Broken {\n  lesion L1 { count one }\n}\n' });
        expect(run('cohort', broken).code).toBe(1);
        const missing = run('cohort', 'examples/none');
        expect(missing.code).toBe(2);
        expect(missing.stderr).toContain('calc-case: cannot read examples/none: no such folder');
        expect(run('cohort', 'examples/01-thigh.calc').code).toBe(2);
        const format = run('cohort', '--format', 'pdf', 'examples');
        expect(format.code).toBe(2);
        expect(format.stderr).toContain('--format must be html, markdown, json, csv or csv-dictionary, not pdf');
        expect(run('cohort').stderr).toContain('name one folder of .calc files');
        expect(run('--help').stdout).toContain('calc-case cohort [--format html|markdown|json|csv|csv-dictionary] DIR');
    });
});
