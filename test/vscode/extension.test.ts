/**
 * The extension in a real VS Code: activation, diagnostics (the same as the CLI's), live syntax
 * errors, go to definition, rename, hovers and the management-summary preview. Runs in the
 * extension host (code-server or desktop).
 */
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { after, before, describe, it } from 'mocha';
import * as vscode from 'vscode';
import {
    calcExtension, cliDiagnostics, closeWithoutSaving, editorDiagnostics, exampleFiles, exampleUri, examplesFolder,
    hoverText, openUntitled, poll, positionOf, sameRows, sleep, webviewTexts, type DiagnosticRow
} from './helpers.js';

/** The preview's webview type (src/extension/preview/preview-kinds.ts). */
const SUMMARY_VIEW_TYPE = 'calc.summary';

describe('Calc Case in VS Code', function () {
    this.timeout(60_000);

    it('activates when a .calc file is opened', async () => {
        const document = await vscode.workspace.openTextDocument(exampleUri('01-thigh.calc'));
        await vscode.window.showTextDocument(document);
        assert.equal(document.languageId, 'calc');
        const active = await poll(() => calcExtension().isActive, Boolean, 30_000);
        assert.ok(active, 'the extension did not activate within 30 s of opening a .calc file');
    });

    describe('diagnostics of every example equal `calc-case check --format json`', () => {
        const files = exampleFiles();
        let expected: Map<string, DiagnosticRow[]>;

        before(async function () {
            this.timeout(90_000);
            expected = cliDiagnostics(files.map(name => path.join(examplesFolder(), name)));
            assert.deepEqual([...expected.keys()].sort(), files, 'the CLI reported other files than asked');
            for (const name of files) await vscode.workspace.openTextDocument(exampleUri(name));
            // The server validates the whole workspace at start; once the example with known
            // errors has them, the first build is over and every file's diagnostics are published.
            const first = await poll(() => editorDiagnostics(exampleUri('04-inconsistent.calc')), rows => rows.length > 0, 60_000);
            assert.ok(first.length > 0, 'no diagnostics reached the editor within 60 s');
        });

        for (const name of files) {
            it(`${name}: code, range, severity and message`, async () => {
                const want = expected.get(name)!;
                const got = await poll(() => editorDiagnostics(exampleUri(name)), rows => sameRows(rows, want));
                assert.deepEqual(got, want);
            });
        }

        it('04-inconsistent.calc: the unresolved `E2` at line 34, columns 21-23', () => {
            const rows = editorDiagnostics(exampleUri('04-inconsistent.calc'))
                .filter(row => row.code === 'unresolved-reference');
            assert.deepEqual(rows.map(({ message: _, ...where }) => where), [
                { code: 'unresolved-reference', severity: 'error', line: 34, column: 21, endLine: 34, endColumn: 23 }
            ]);
            assert.match(rows[0].message, /E2/);
        });
    });

    it('shows a syntax error as you type and takes it away on undo', async () => {
        const original = (await vscode.workspace.openTextDocument(exampleUri('01-thigh.calc'))).getText();
        const baseline = cliDiagnostics([exampleUri('01-thigh.calc').fsPath]).get('01-thigh.calc')!;
        // An untitled copy: the example on disk stays as it is.
        const document = await vscode.workspace.openTextDocument({ language: 'calc', content: original });
        const editor = await vscode.window.showTextDocument(document);
        try {
            assert.deepEqual(await poll(() => editorDiagnostics(document.uri), rows => sameRows(rows, baseline)), baseline);

            const at = positionOf(document, /count 1/, 'count '.length);
            const edit = new vscode.WorkspaceEdit();
            edit.replace(document.uri, new vscode.Range(at, at.translate(0, 1)), 'one');
            assert.ok(await vscode.workspace.applyEdit(edit));
            const broken = await poll(() => editorDiagnostics(document.uri), rows => rows.some(r => r.code === 'syntax'));
            const syntax = broken.filter(r => r.code === 'syntax');
            assert.ok(syntax.length > 0, `no syntax error after typing "count one": ${JSON.stringify(broken)}`);
            assert.equal(syntax[0].severity, 'error');
            assert.equal(syntax[0].line, at.line + 1, 'the syntax error is not on the edited line');

            await vscode.window.showTextDocument(document, { viewColumn: editor.viewColumn });
            await vscode.commands.executeCommand('undo');
            assert.equal(document.getText(), original, 'undo did not restore the text');
            assert.deepEqual(await poll(() => editorDiagnostics(document.uri), rows => sameRows(rows, baseline)), baseline);
        } finally {
            await vscode.window.showTextDocument(document);
            await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
        }
    });

    it('goes to the definition of `L1` in `of L1`: the lesion\'s name', async () => {
        const document = await vscode.workspace.openTextDocument(exampleUri('01-thigh.calc'));
        const reference = positionOf(document, /ultrasound of L1/, 'ultrasound of '.length + 1);
        // Polled: a request that lands while the server rebuilds the workspace can come back empty.
        const targets = await poll(() => vscode.commands.executeCommand<Array<vscode.Location | vscode.LocationLink>>(
            'vscode.executeDefinitionProvider', document.uri, reference), found => found?.length > 0, 10_000);
        assert.equal(targets?.length, 1, `expected one definition, got ${JSON.stringify(targets)}`);
        const target = targets[0];
        const uri = 'targetUri' in target ? target.targetUri : target.uri;
        const range = 'targetUri' in target ? target.targetSelectionRange ?? target.targetRange : target.range;
        assert.equal(uri.toString(), document.uri.toString());
        assert.equal(document.getText(range), 'L1');
        assert.match(document.lineAt(range.start.line).text, /^\s*lesion L1\b/);
    });

    it('renames a lesion and every reference to it', async () => {
        const document = await vscode.workspace.openTextDocument(exampleUri('01-thigh.calc'));
        const declaration = positionOf(document, /lesion L1/, 'lesion '.length);
        const edit = await poll(() => vscode.commands.executeCommand<vscode.WorkspaceEdit | undefined>(
            'vscode.executeDocumentRenameProvider', document.uri, declaration, 'ThighLesion'),
        found => (found?.get(document.uri).length ?? 0) > 0, 10_000);
        assert.ok(edit, 'no rename edit');
        // Every `L1` outside comments: the declaration and each `of L1`.
        const occurrences: string[] = [];
        for (let line = 0; line < document.lineCount; line++) {
            const code = document.lineAt(line).text.replace(/\/\/.*$/, '');
            for (const match of code.matchAll(/\bL1\b/g)) occurrences.push(`${line + 1}:${match.index + 1}`);
        }
        assert.ok(occurrences.length >= 5);
        const edits = edit.get(document.uri);
        assert.deepEqual(edits.map(e => `${e.range.start.line + 1}:${e.range.start.character + 1}`).sort(), occurrences.sort());
        for (const e of edits) {
            assert.equal(document.getText(e.range), 'L1');
            assert.equal(e.newText, 'ThighLesion');
        }
        assert.deepEqual(edit.entries().map(([uri]) => uri.toString()), [document.uri.toString()], 'rename touched other files');
    });

    describe('hovers', () => {
        it('on the lab value `2.36` of 02-sclerosis.calc: both units, the reference interval and its source, the status', async () => {
            const document = await vscode.workspace.openTextDocument(exampleUri('02-sclerosis.calc'));
            const at = positionOf(document, /calcium 2\.36 mmol\/L/, 'calcium 2'.length);
            const hover = await poll(() => hoverText(document.uri, at), text => text.length > 0, 10_000);
            assert.ok(hover.startsWith('**Calcium (total)** 2.36 mmol/L = 9.46 mg/dL'), hover);
            assert.match(hover, /Status: ✔ within the reference interval/);
            assert.match(hover, /Reference for adult \(18 years and over\): 8\.8–10\.4 mg\/dL \(2\.2–2\.6 mmol\/L\) — \[MSD Manual, Hypercalcemia\]\(https:\/\/www\.msdmanuals\.com\//);
            assert.match(hover, /Albumin-corrected calcium: \*\*9\.38 mg\/dL\*\* = 9\.46 \+ 0\.8 × \(4 − 4\.1\) mg\/dL/);
            assert.match(hover, /LOINC 2000-8 /);
        });

        it('on the suspect `2.4 mg/dL` of 04-inconsistent.calc: the child\'s interval and the unit-suspect finding', async () => {
            const document = await vscode.workspace.openTextDocument(exampleUri('04-inconsistent.calc'));
            const at = positionOf(document, /calcium 2\.4 mg\/dL/, 'calcium 2.4 m'.length); // on the unit
            const hover = await poll(() => hoverText(document.uri, at), text => text.length > 0, 10_000);
            assert.ok(hover.startsWith('**Calcium (total)** 2.4 mg/dL = 0.599 mmol/L'), hover);
            assert.match(hover, /Status: ⚠ the unit is doubtful/);
            assert.match(hover, /Reference for child \(2 to 12 years\): 8\.8–10\.8 mg\/dL/);
            assert.match(hover, /\*\*warning\*\* `unit-suspect`: .*the unit is likely mmol\/L\./);
        });

        it('on the term `diltiazem`: its class, mechanism and regimens, with their sources', async () => {
            const document = await vscode.workspace.openTextDocument(exampleUri('02-sclerosis.calc'));
            const at = positionOf(document, /drug diltiazem/, 'drug dil'.length);
            const hover = await poll(() => hoverText(document.uri, at), text => text.length > 0, 10_000);
            assert.ok(hover.startsWith('**Diltiazem** · drug `diltiazem`'), hover);
            assert.match(hover, /calcium channel blocker\. Decreases the amount of calcium .* — \[Amonkar 2022, the seed report\]\(https:\/\/ijcasereports\.com\/\)/);
            assert.match(hover, /- 2–4 mg\/kg\/day \(Amonkar 2022, the seed report\), oral/);
            assert.match(hover, /- 240–480 mg\/day \(adults\) \(Palmieri 1995\), oral/);
        });

        it('on the term `systemicSclerosis`: its definition, category and source', async () => {
            const document = await vscode.workspace.openTextDocument(exampleUri('02-sclerosis.calc'));
            const at = positionOf(document, /condition systemicSclerosis/, 'condition sys'.length);
            const hover = await poll(() => hoverText(document.uri, at), text => text.length > 0, 10_000);
            assert.ok(hover.startsWith('**Systemic sclerosis** · condition `systemicSclerosis`'), hover);
            assert.match(hover, /Autoimmune connective tissue disease .* — \[Valenzuela 2018\]\(https:\/\/doi\.org\//);
            assert.match(hover, /Category: connective tissue disease → points to \*\*dystrophic\*\* calcinosis/);
        });
    });

    describe('the management-summary preview', () => {
        const isSummary = (tab: vscode.Tab) => tab.input instanceof vscode.TabInputWebview && tab.input.viewType.endsWith(SUMMARY_VIEW_TYPE);
        const summaryTabs = () => vscode.window.tabGroups.all.flatMap(group => group.tabs.filter(isSummary).map(tab => ({ tab, group })));
        const summaries = () => webviewTexts('#calc-summary-root');

        after(async () => {
            for (const { tab } of summaryTabs()) await vscode.window.tabGroups.close(tab);
        });

        it('`calc.showSummaryToSide` on an example opens a webview panel beside its editor', async () => {
            const document = await vscode.workspace.openTextDocument(exampleUri('02-sclerosis.calc'));
            const editor = await vscode.window.showTextDocument(document, vscode.ViewColumn.One);
            assert.deepEqual(summaryTabs(), [], 'a summary is open before the command');
            await vscode.commands.executeCommand('calc.showSummaryToSide', document.uri);
            const tabs = await poll(summaryTabs, found => found.length > 0, 10_000);
            assert.equal(tabs.length, 1, `summary tabs: ${tabs.map(t => t.tab.label).join(', ')}`);
            const [{ tab, group }] = tabs;
            assert.equal(tab.label, 'Summary 02-sclerosis.calc');
            assert.notEqual(group.viewColumn, editor.viewColumn, 'the summary is not beside the editor');
            assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), document.uri.toString(), 'the editor lost the focus');
        });

        it('shows the case\'s summary, and follows an edit of the document (read from the page)', async function () {
            // The webview's DOM is the page's, not the extension host's: the code-server harness reads it.
            if (await summaries() === undefined) this.skip();
            const shown = await poll(summaries, texts => texts!.some(t => t.includes('Management summary · SclerodermaFingers')), 20_000);
            const summary = shown!.find(t => t.includes('SclerodermaFingers'));
            assert.ok(summary, `the page shows no summary of SclerodermaFingers: ${JSON.stringify(shown)}`);
            assert.match(summary, /Classification\s+Dystrophic calcinosis cutis, circumscripta \(definite\)/);
            assert.match(summary, /Diltiazem 180 mg\/day/);
            assert.doesNotMatch(summary, /900 mg\/day/);

            // An untitled copy, so the example on disk stays as it is; the unlocked preview follows it.
            const example = (await vscode.workspace.openTextDocument(exampleUri('02-sclerosis.calc'))).getText();
            const { document } = await openUntitled(example.replace('SclerodermaFingers', 'CopyOfFingers'));
            try {
                const following = await poll(summaryTabs, tabs => tabs.some(t => t.tab.label === `Summary ${path.posix.basename(document.uri.path)}`), 10_000);
                assert.equal(following.length, 1, 'the preview did not follow the active editor, or another opened');
                const copy = await poll(summaries, texts => texts!.some(t => t.includes('Management summary · CopyOfFingers')), 20_000);
                assert.ok(copy!.some(t => /Diltiazem 180 mg\/day/.test(t) && t.includes('CopyOfFingers')), JSON.stringify(copy));

                const at = positionOf(document, /diltiazem 180/, 'diltiazem '.length);
                const edit = new vscode.WorkspaceEdit();
                edit.replace(document.uri, new vscode.Range(at, at.translate(0, 3)), '900');
                assert.ok(await vscode.workspace.applyEdit(edit));
                const updated = await poll(summaries, texts => texts!.some(t => t.includes('Diltiazem 900 mg/day')), 20_000);
                const text = updated!.find(t => t.includes('CopyOfFingers')) ?? '';
                assert.ok(text.includes('Diltiazem 900 mg/day'), `the preview did not follow the edit: ${JSON.stringify(updated)}`);
                assert.match(text, /Diltiazem 900 mg\/day[^\n]*above the reported 240–480 mg\/day \(adults\)/);
                assert.doesNotMatch(text, /Diltiazem 180 mg\/day/);
            } finally {
                await closeWithoutSaving(document);
            }
        });
    });

    describe('the management-summary preview, hidden and shown again', () => {
        const isSummary = (tab: vscode.Tab) => tab.input instanceof vscode.TabInputWebview && tab.input.viewType.endsWith(SUMMARY_VIEW_TYPE);
        const summaries = () => webviewTexts('#calc-summary-root');

        after(async () => {
            for (const tab of vscode.window.tabGroups.all.flatMap(group => group.tabs.filter(isSummary))) await vscode.window.tabGroups.close(tab);
            await vscode.commands.executeCommand('workbench.action.closePanel');
        });

        it('shows the summary at once after the Problems panel is maximised and restored (issue 19: it stayed on "Preparing…")', async function () {
            if (await summaries() === undefined) this.skip();
            const document = await vscode.workspace.openTextDocument(exampleUri('01-thigh.calc'));
            await vscode.window.showTextDocument(document, vscode.ViewColumn.One);
            await vscode.commands.executeCommand('calc.showSummaryToSide', document.uri);
            const shown = await poll(summaries, texts => texts!.some(t => t.includes('Management summary · ThighCalcinosis')), 20_000);
            assert.ok(shown!.some(t => t.includes('ThighCalcinosis')), JSON.stringify(shown));
            await vscode.commands.executeCommand('workbench.actions.view.problems');
            await vscode.commands.executeCommand('workbench.action.toggleMaximizedPanel');
            await sleep(500); // the layout settles; the editors, the preview among them, are hidden
            await vscode.commands.executeCommand('workbench.action.toggleMaximizedPanel');
            // No edit follows: the page must show the summary by itself.
            const again = await poll(summaries, texts => texts!.some(t => t.includes('Management summary · ThighCalcinosis')), 10_000);
            assert.ok(again!.some(t => t.includes('ThighCalcinosis')), `after the panel was restored the page shows: ${JSON.stringify(again)}`);
        });
    });

    describe('the case-report preview', () => {
        const isReport = (tab: vscode.Tab) => tab.input instanceof vscode.TabInputWebview && tab.input.viewType.endsWith('calc.report');
        const reportTabs = () => vscode.window.tabGroups.all.flatMap(group => group.tabs.filter(isReport));

        after(async () => {
            for (const tab of reportTabs()) await vscode.window.tabGroups.close(tab);
        });

        it('`calc.showReportToSide` opens the manuscript of 01-thigh.calc beside it, in the order of CARE, with its references', async function () {
            const document = await vscode.workspace.openTextDocument(exampleUri('01-thigh.calc'));
            await vscode.window.showTextDocument(document, vscode.ViewColumn.One);
            await vscode.commands.executeCommand('calc.showReportToSide', document.uri);
            const tabs = await poll(reportTabs, found => found.length > 0, 10_000);
            assert.deepEqual(tabs.map(t => t.label), ['Report 01-thigh.calc']);
            if (await webviewTexts('#calc-summary-root') === undefined) this.skip();
            const shown = await poll(() => webviewTexts('#calc-summary-root'), texts => texts!.some(t => t.includes('Informed consent') && t.includes('References')), 20_000);
            const report = shown!.find(t => t.includes('References')) ?? '';
            const headings = ['Abstract', 'Introduction', 'Patient information', 'Timeline', 'Diagnostic assessment', 'Therapeutic intervention', 'Follow-up and outcomes', 'Discussion', 'Informed consent', 'References'];
            const at = headings.map(h => report.indexOf(h));
            assert.ok(at.every(i => i >= 0), `headings missing from the page: ${headings.filter((_, i) => at[i] < 0).join(', ')}`);
            assert.deepEqual([...at].sort((a, b) => a - b), at, 'the headings are not in CARE order');
            assert.match(report, /Le C, Bedocs P\. Calcinosis cutis/);
            assert.match(report, /An illustration drawn for this example, not a photograph/);
        });
    });
});
