/**
 * `Calc: Open Cohort Summary` in a real VS Code: one webview over every case of the
 * workspace, which follows a case file opened and edited.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, describe, it } from 'mocha';
import * as vscode from 'vscode';
import { closeWithoutSaving, exampleUri, poll, webviewTexts } from './helpers.js';

/** The cohort view's webview type (src/extension/cohort/cohort-view.ts). */
const COHORT_VIEW_TYPE = 'calc.cohort';

describe('the cohort view', function () {
    this.timeout(60_000);
    const isCohort = (tab: vscode.Tab) => tab.input instanceof vscode.TabInputWebview && tab.input.viewType.endsWith(COHORT_VIEW_TYPE);
    const cohortTabs = () => vscode.window.tabGroups.all.flatMap(group => group.tabs.filter(isCohort));
    const cohorts = () => webviewTexts('#calc-cohort-root');

    after(async () => {
        for (const tab of cohortTabs()) await vscode.window.tabGroups.close(tab);
    });

    it('`calc.showCohort` opens one panel, and a second call reveals it', async () => {
        await vscode.commands.executeCommand('calc.showCohort');
        const tabs = await poll(cohortTabs, found => found.length > 0, 10_000);
        assert.deepEqual(tabs.map(tab => tab.label), ['Cohort Summary']);
        await vscode.commands.executeCommand('calc.showCohort');
        assert.equal(cohortTabs().length, 1, 'a second panel opened');
    });

    it('counts every example of the workspace, and a case opened and edited (read from the page)', async function () {
        if (await cohorts() === undefined) this.skip();
        const shown = await poll(cohorts, texts => texts!.some(t => t.includes('5 cases in 5 files')), 30_000);
        const page = shown!.find(t => t.includes('5 cases in 5 files'));
        assert.ok(page, `the page does not count the 5 examples: ${JSON.stringify(shown)}`);
        assert.match(page, /3 definite, 1 probable, 1 undetermined · 2 errors, 17 warnings/);
        assert.match(page, /Calcium × phosphate\s+mg²\/dL² · n 3, median 70\.9, range 32\.5–89\.5 mg²\/dL² · 2 above the threshold, 1 not above/);

        // An untitled case joins the cohort while it is open; its edit moves the counts. Beside the
        // cohort, which stays visible (a hidden webview has no page to read).
        const example = (await vscode.workspace.openTextDocument(exampleUri('03-renal.calc'))).getText();
        const document = await vscode.workspace.openTextDocument({ language: 'calc', content: example.replace('RenalPeriarticular', 'RenalCopy') });
        await vscode.window.showTextDocument(document, vscode.ViewColumn.Beside);
        try {
            const six = await poll(cohorts, texts => texts!.some(t => t.includes('6 cases in 6 files')), 20_000);
            assert.ok(six!.some(t => t.includes('RenalCopy')), `the opened case is not in the cohort: ${JSON.stringify(six)}`);
            assert.ok(six!.some(t => /Metastatic\s*2/.test(t)), 'the copy is not counted as metastatic');

            // Declaring a type the labs contradict: one more warning (classification-conflict) in the totals.
            const end = document.positionAt(document.getText().lastIndexOf('}'));
            const edit = new vscode.WorkspaceEdit();
            edit.insert(document.uri, end, '    diagnosis {\n        type dystrophic\n    }\n');
            assert.ok(await vscode.workspace.applyEdit(edit));
            const edited = await poll(cohorts, texts => texts!.some(t => t.includes('2 errors, 23 warnings')), 20_000);
            assert.ok(edited!.some(t => t.includes('2 errors, 23 warnings')), `the cohort did not follow the edit: ${JSON.stringify(edited)}`);
        } finally {
            await closeWithoutSaving(document);
        }
        const closed = await poll(cohorts, texts => texts!.some(t => t.includes('5 cases in 5 files')), 20_000);
        assert.ok(closed!.some(t => t.includes('5 cases in 5 files')), `the closed case stayed in the cohort: ${JSON.stringify(closed)}`);
    });

    it('`calc.exportCohort` writes the cohort as Markdown, JSON or the page, by the file\'s name', async () => {
        const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'calc-cohort-export-'));
        const write = async (name: string) => {
            const target = vscode.Uri.file(path.join(folder, name));
            const written = await vscode.commands.executeCommand<vscode.Uri | undefined>('calc.exportCohort', target);
            assert.equal(written?.toString(), target.toString());
            return fs.readFileSync(target.fsPath, 'utf8');
        };
        assert.match(await write('cohort.md'), /^# Cohort: 5 cases in 5 files\n/);
        const model = JSON.parse(await write('cohort.json')) as { cases: Array<{ name: string }> };
        assert.deepEqual(model.cases.map(c => c.name), ['ThighCalcinosis', 'SclerodermaFingers', 'RenalPeriarticular', 'DraftWithSlips', 'CalciphylaxisOnDialysis']);
        const page = await write('cohort.html');
        assert.match(page, /^<!DOCTYPE html>/);
        assert.ok(!page.includes('<script'), 'the exported page has a script');
    });
});
