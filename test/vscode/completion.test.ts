/**
 * Issue 6, "done when": a case written from an empty editor with completion. Every term (keyword,
 * condition, site, drug, advice, outcome… and lesion references) and every unit of the sclerosis
 * example (examples/02-sclerosis.calc, the design's examples/sclerosis.calc) is offered by
 * `vscode.executeCompletionItemProvider` where it goes, before it is inserted; free text (strings,
 * numbers, the names being declared, comments, whitespace and punctuation) is typed as it is. At the
 * end the text is the example's and so are the diagnostics.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { describe, it } from 'mocha';
import * as vscode from 'vscode';
import {
    append, cliDiagnostics, closeWithoutSaving, completionsAt, editorDiagnostics, exampleUri, labelOf,
    offers, openUntitled, poll, sameRows, serverItems, writeRecord
} from './helpers.js';

const EXAMPLE = '02-sclerosis.calc';

/** A piece of the example: a term or unit that completion must offer, or text typed as it is. */
interface Piece { text: string; offered: boolean }

/**
 * The example cut into pieces the way a person writes it: words and units (`mmol/L`, `mg/day`)
 * come from completion, except the names a `case` or `lesion` declares; the rest is typed.
 */
function pieces(text: string): Piece[] {
    const lexer = /(\s+)|(\/\/[^\n]*|\/\*[\s\S]*?\*\/)|("(?:\\.|[^"\\\n])*")|([0-9]+(?:\.[0-9]+)?)|([A-Za-z_\u00B5\u03BC][\w\u00B5\u03BC]*(?:\/(?:[A-Za-z_\u00B5\u03BC][\w\u00B5\u03BC]*|[0-9]+(?:\.[0-9]+)?[A-Za-z0-9]*))*)|(.)/gy;
    const result: Piece[] = [];
    let previousWord = '';
    for (let match = lexer.exec(text); match; match = lexer.exec(text)) {
        const [token, , , , , word] = match;
        const declared = word !== undefined && (previousWord === 'case' || previousWord === 'lesion');
        result.push({ text: token, offered: word !== undefined && !declared });
        if (match[1] === undefined && match[2] === undefined) previousWord = word ?? '';
    }
    assert.equal(result.map(p => p.text).join(''), text, 'the pieces do not add up to the example');
    // Consecutive typed pieces go in one edit.
    return result.reduce<Piece[]>((merged, piece) => {
        const last = merged.at(-1);
        if (last && !last.offered && !piece.offered) last.text += piece.text;
        else merged.push({ ...piece });
        return merged;
    }, []);
}

describe('Completion in VS Code', function () {
    this.timeout(180_000);

    it(`writes ${EXAMPLE} from an empty editor, every term and unit from completion`, async () => {
        const target = fs.readFileSync(exampleUri(EXAMPLE).fsPath, 'utf8');
        const expected = cliDiagnostics([exampleUri(EXAMPLE).fsPath]).get(EXAMPLE)!;
        const { document } = await openUntitled('');
        const offered: string[] = [];
        const missing: string[] = [];
        try {
            for (const piece of pieces(target)) {
                if (piece.offered) {
                    const end = document.positionAt(document.getText().length);
                    // Polled: a request that lands while the server rebuilds can come back empty.
                    const items = await poll(() => completionsAt(document, end), found => offers(found, piece.text), 5_000);
                    if (offers(items, piece.text)) offered.push(piece.text);
                    else missing.push(`${piece.text} at ${end.line + 1}:${end.character + 1} (offered: ${serverItems(items).map(labelOf).slice(0, 12).join(', ')})`);
                }
                await append(document, piece.text);
            }
            writeRecord('completion-walk', { example: EXAMPLE, offered, missing });
            assert.deepEqual(missing, [], `not offered where they go:\n${missing.join('\n')}`);
            assert.ok(offered.length >= 60, `only ${offered.length} pieces came from completion`);
            for (const token of ['case', 'systemicSclerosis', 'right', 'finger', 'x', 'mmol/L', 'µmol/L', 'F2', 'diltiazem', 'mg/day', 'avoidCold', 'months', 'improved']) {
                assert.ok(offered.includes(token), `${token} did not come from completion`);
            }
            assert.equal(document.getText(), target);
            const got = await poll(() => editorDiagnostics(document.uri), rows => sameRows(rows, expected));
            assert.deepEqual(got, expected);
        } finally {
            await closeWithoutSaving(document);
        }
    });

    it('offers lesion names after `of`, and only them', async () => {
        const text = 'case A {\n    lesion L1 { site left elbow }\n    lesion Knee2 { site right knee }\n    imaging { xray of ';
        const { document } = await openUntitled(text);
        try {
            const end = document.positionAt(text.length);
            const items = await poll(() => completionsAt(document, end), found => offers(found, 'L1') && offers(found, 'Knee2'), 10_000);
            const shown = items.map(item => `${labelOf(item)}:${vscode.CompletionItemKind[item.kind!]}`);
            assert.deepEqual(serverItems(items).map(labelOf).sort(), ['Knee2', 'L1'], shown.join(', '));
            for (const item of serverItems(items)) assert.equal(item.kind, vscode.CompletionItemKind.Reference, shown.join(', '));
        } finally {
            await closeWithoutSaving(document);
        }
    });

    it('offers only units that parse: each lab unit, inserted after its analyte, is read as a unit', async () => {
        for (const analyte of ['calcium', 'creatinine', 'egfr', 'vitaminD25', 'alkalinePhosphatase', 'pth']) {
            const prefix = `case A {\n    labs {\n        ${analyte} 1 `;
            const { document } = await openUntitled(prefix);
            let units: string[];
            try {
                const items = await poll(() => completionsAt(document, document.positionAt(prefix.length)),
                    found => found.some(i => i.kind === vscode.CompletionItemKind.Unit), 10_000);
                units = items.filter(i => i.kind === vscode.CompletionItemKind.Unit).map(labelOf);
                assert.ok(units.length > 0, `no unit offered after ${analyte} 1`);
            } finally {
                await closeWithoutSaving(document);
            }
            for (const unit of units) {
                // A fresh document each: its first diagnostics are those of this text.
                const { document: written } = await openUntitled(`${prefix}${unit}\n    }\n}\n`);
                try {
                    const rows = await poll(() => editorDiagnostics(written.uri), found => found.length > 0);
                    assert.ok(rows.length > 0, `no diagnostics for ${analyte} 1 ${unit}`);
                    const unread = rows.filter(r => r.code === 'syntax' || r.code === 'unit-invalid');
                    assert.deepEqual(unread, [], `${analyte} 1 ${unit}, as completion offers it`);
                } finally {
                    await closeWithoutSaving(written);
                }
            }
        }
    });
});
