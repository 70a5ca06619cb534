/**
 * Issue 6, "done when": every diagnostic of the inconsistent example with an obvious repair goes with
 * a quick fix in VS Code. On an untitled copy (the example on disk stays as it is), one after the
 * other: the code actions for the diagnostic's range (VS Code puts the diagnostics there in their
 * context), the preferred quick fix applied with `workspace.applyEdit`; the diagnostic is gone, no
 * error is new, and the text changed only within the diagnostic's range. The diagnostics without an
 * obvious repair stay.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { describe, it } from 'mocha';
import * as vscode from 'vscode';
import { closeWithoutSaving, editorDiagnostics, exampleUri, openUntitled, poll, writeRecord, type DiagnosticRow } from './helpers.js';

const EXAMPLE = '04-inconsistent.calc';

/** The diagnostics with a repair, in the order they are fixed, and what the text reads after each fix. */
const REPAIRS: Array<{ code: string; title: RegExp; after: string; notPreferred?: true }> = [
    { code: 'unit-suspect', title: /^Change the unit to mmol\/L/, after: 'calcium 2.4 mmol/L' },
    { code: 'lab-implausible', title: /^Change to 4\.5$/, after: 'phosphate 4.5 mg/dL' },
    { code: 'dose-unit-suspect', title: /^Change the unit to g\/day/, after: 'drug ceftriaxone 2 g/day' },
    { code: 'unresolved-reference', title: /^Refer to lesion E1$/, after: 'excision of E1' },
    { code: 'classification-conflict', title: /^Declare dystrophic/, after: 'type dystrophic' },
    // Information since review 2: the declared extent stands, so its fix is offered but not preferred.
    { code: 'classification-conflict', title: /^Declare circumscripta instead/, after: 'extent circumscripta', notPreferred: true }
];
/** No obvious repair, so no quick fix: the clinician decides. */
const UNREPAIRED = ['dose-out-of-range', 'lab-inconsistent'];

const codeOf = (d: vscode.Diagnostic): string => String(typeof d.code === 'object' ? d.code.value : d.code ?? 'syntax');
const errorsOf = (rows: DiagnosticRow[]): string[] => rows.filter(r => r.severity === 'error').map(r => `${r.code}: ${r.message}`);

describe('Quick fixes in VS Code', function () {
    this.timeout(120_000);

    it(`${EXAMPLE}: each diagnostic with an obvious repair is fixed by its preferred quick fix`, async () => {
        const original = fs.readFileSync(exampleUri(EXAMPLE).fsPath, 'utf8');
        const { document } = await openUntitled(original);
        const applied: string[] = [];
        try {
            // Diagnostics arrive once the server has validated the copy.
            let rows = await poll(() => editorDiagnostics(document.uri), found => REPAIRS.every(r => found.some(d => d.code === r.code)));
            for (const code of [...REPAIRS.map(r => r.code), ...UNREPAIRED]) {
                assert.ok(rows.some(r => r.code === code), `the copy has no ${code}: ${JSON.stringify(rows)}`);
            }
            for (const code of UNREPAIRED) {
                const diagnostic = vscode.languages.getDiagnostics(document.uri).find(d => codeOf(d) === code)!;
                const actions = await vscode.commands.executeCommand<Array<vscode.CodeAction | vscode.Command>>(
                    'vscode.executeCodeActionProvider', document.uri, diagnostic.range);
                assert.deepEqual((actions ?? []).filter(isQuickFix).map(a => a.title), [], `${code} has a quick fix`);
            }
            for (const repair of REPAIRS) {
                const diagnostic = vscode.languages.getDiagnostics(document.uri).find(d => codeOf(d) === repair.code);
                assert.ok(diagnostic, `no ${repair.code} left to fix`);
                const sameCode = rows.filter(r => r.code === repair.code).length;
                const errorsBefore = errorsOf(rows);
                const before = document.getText();

                const actions = await poll(() => vscode.commands.executeCommand<Array<vscode.CodeAction | vscode.Command>>(
                    'vscode.executeCodeActionProvider', document.uri, diagnostic.range),
                found => (found ?? []).some(isQuickFix), 10_000);
                const fixes = (actions ?? []).filter(isQuickFix);
                const fix = fixes.find(a => a.isPreferred) ?? fixes[0];
                assert.ok(fix?.edit, `no quick fix for ${repair.code}: ${JSON.stringify((actions ?? []).map(a => a.title))}`);
                assert.match(fix.title, repair.title);
                assert.equal(fix.isPreferred ?? false, !repair.notPreferred, `${fix.title} is ${repair.notPreferred ? '' : 'not '}marked preferred`);

                // Each edit lies within the diagnostic's range (or right at it).
                const edits = fix.edit.entries().flatMap(([uri, list]) => list.map(e => ({ uri, e })));
                assert.ok(edits.length > 0);
                for (const { uri, e } of edits) {
                    assert.equal(uri.toString(), document.uri.toString(), 'the fix edits another file');
                    assert.ok(diagnostic.range.contains(e.range), `${fix.title} edits ${JSON.stringify(e.range)} outside ${JSON.stringify(diagnostic.range)}`);
                }
                assert.ok(await vscode.workspace.applyEdit(fix.edit), `${fix.title} could not be applied`);
                applied.push(`${repair.code} → ${fix.title}`);

                // Only the range's text changed.
                const after = document.getText();
                const [start, end] = [document.offsetAt(diagnostic.range.start), before.length - document.offsetAt(diagnostic.range.end)];
                assert.equal(after.slice(0, start), before.slice(0, start), 'text before the range changed');
                assert.equal(after.slice(after.length - end), before.slice(before.length - end), 'text after the range changed');
                assert.ok(after.includes(repair.after), `after ${fix.title} the text lacks "${repair.after}"`);

                // The diagnostic is gone (one fewer of its code), and no error is new.
                rows = await poll(() => editorDiagnostics(document.uri), found => found.filter(r => r.code === repair.code).length < sameCode);
                assert.equal(rows.filter(r => r.code === repair.code).length, sameCode - 1, `${repair.code} is still there after ${fix.title}`);
                const newErrors = errorsOf(rows).filter(e => !errorsBefore.includes(e));
                assert.deepEqual(newErrors, [], `${fix.title} brought new errors`);
            }

            // The dose stays as the clinician wrote it. The ionized calcium no longer exceeds the total
            // once the total is read in mmol/L: its inconsistency went with the unit's fix, and what
            // is left of it is a high value.
            const left = rows.map(r => r.code);
            assert.ok(left.includes('dose-out-of-range'), 'dose-out-of-range went away, though nothing repaired it');
            assert.ok(!left.includes('lab-inconsistent'), 'lab-inconsistent is left though the total calcium is now 2.4 mmol/L');
            assert.ok(rows.some(r => r.code === 'lab-out-of-range' && r.line === 23), `no lab-out-of-range for the ionized calcium: ${JSON.stringify(rows)}`);
            for (const code of new Set(REPAIRS.map(r => r.code))) assert.ok(!left.includes(code), `${code} is left`);
            assert.deepEqual(errorsOf(rows), []);
            writeRecord('quick-fix-walk', { example: EXAMPLE, applied, left: rows.map(r => `${r.line}:${r.column} ${r.severity} ${r.code}`) });
        } finally {
            await closeWithoutSaving(document);
        }
    });
});

function isQuickFix(action: vscode.CodeAction | vscode.Command): action is vscode.CodeAction {
    return 'kind' in action && action.kind !== undefined && vscode.CodeActionKind.QuickFix.contains(action.kind);
}
