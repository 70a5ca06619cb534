/**
 * What the editor shows and does beside diagnostics, through the real `vscode` API: formatting,
 * inlay hints and the outline.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { describe, it } from 'mocha';
import * as vscode from 'vscode';
import { closeWithoutSaving, exampleUri, openUntitled, poll } from './helpers.js';

const SCLEROSIS = '02-sclerosis.calc';

describe('Editing in VS Code', function () {
    this.timeout(60_000);

    it('Format Document gives a mis-indented, mis-spaced copy back as the example', async () => {
        const example = fs.readFileSync(exampleUri(SCLEROSIS).fsPath, 'utf8');
        // Indentation gone or doubled line by line, extra spaces between tokens, a unit spread out.
        const messy = example.split('\n').map((line, i) => (i % 2 ? '        ' : '') + line.trimStart()).join('\n')
            .replace('age 58 years', 'age   58  years')
            .replace('calcium 2.36 mmol/L', 'calcium\t2.36 mmol / L')
            .replace('advice avoidCold, avoidTrauma', 'advice avoidCold ,avoidTrauma');
        assert.notEqual(messy, example);
        const { document } = await openUntitled(messy);
        try {
            const edits = await poll(() => vscode.commands.executeCommand<vscode.TextEdit[]>('vscode.executeFormatDocumentProvider',
                document.uri, { tabSize: 4, insertSpaces: true }), found => (found?.length ?? 0) > 0, 10_000);
            assert.ok(edits?.length, 'no formatting edits for a mis-indented copy');
            const edit = new vscode.WorkspaceEdit();
            edit.set(document.uri, edits);
            assert.ok(await vscode.workspace.applyEdit(edit));
            assert.equal(document.getText(), example);
            // The example is canonical: formatting it again changes nothing.
            const again = await vscode.commands.executeCommand<vscode.TextEdit[]>('vscode.executeFormatDocumentProvider',
                document.uri, { tabSize: 4, insertSpaces: true });
            assert.deepEqual(again ?? [], []);
        } finally {
            await closeWithoutSaving(document);
        }
    });

    it('inlay hints: the other unit after `calcium 2.36 mmol/L`, the corrected calcium, the dose per kg', async () => {
        const document = await vscode.workspace.openTextDocument(exampleUri(SCLEROSIS));
        const whole = new vscode.Range(0, 0, document.lineCount, 0);
        const hints = await poll(() => vscode.commands.executeCommand<vscode.InlayHint[]>('vscode.executeInlayHintProvider', document.uri, whole),
            found => (found?.length ?? 0) >= 7, 20_000);
        const shown = (hints ?? []).map(hint => {
            const label = typeof hint.label === 'string' ? hint.label : hint.label.map(part => part.value).join('');
            return `${document.lineAt(hint.position.line).text.slice(0, hint.position.character).trim()} ▸ ${label}`;
        });
        for (const expected of [
            'calcium 2.36 mmol/L ▸ = 9.46 mg/dL',
            'calcium 2.36 mmol/L ▸ corrected 9.38 mg/dL',
            'phosphate 1.12 mmol/L ▸ = 3.47 mg/dL',
            'phosphate 1.12 mmol/L ▸ Ca × P 32.5',
            'albumin 41 g/L ▸ = 4.1 g/dL',
            'creatinine 68 µmol/L ▸ = 0.769 mg/dL',
            'drug diltiazem 180 mg/day ▸ = 2.9 mg/kg/day'
        ]) {
            assert.ok(shown.includes(expected), `no inlay hint "${expected}" in:\n${shown.join('\n')}`);
        }
        assert.equal(shown.length, 7, shown.join('\n'));
    });

    it('the outline: the case, its sections and lesions, lab results and drugs', async () => {
        const document = await vscode.workspace.openTextDocument(exampleUri(SCLEROSIS));
        const symbols = await poll(() => vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', document.uri),
            found => (found?.length ?? 0) > 0, 20_000);
        assert.deepEqual(symbols?.map(s => s.name), ['SclerodermaFingers']);
        const [kase] = symbols;
        assert.equal(kase.kind, vscode.SymbolKind.Class);
        assert.deepEqual(kase.children.map(c => c.name),
            ['title', 'patient', 'history', 'lesion F2', 'labs "at presentation"', 'imaging', 'diagnosis', 'treatment', 'followup']);
        const lesion = kase.children.find(c => c.name === 'lesion F2')!;
        assert.match(document.getText(lesion.range), /^lesion F2 \{[\s\S]*pain moderate\s*\}$/);
        const labs = kase.children.find(c => c.name.startsWith('labs'))!;
        assert.deepEqual(labs.children.map(c => c.name), ['calcium 2.36 mmol/L', 'phosphate 1.12 mmol/L', 'albumin 41 g/L', 'creatinine 68 µmol/L']);
        assert.deepEqual(kase.children.find(c => c.name === 'treatment')!.children.map(c => c.name), ['diltiazem 180 mg/day']);
    });
});
