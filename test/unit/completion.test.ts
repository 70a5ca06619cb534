import { describe, expect, it } from 'vitest';
import * as fs from 'node:fs';
import { CompletionItemKind, InsertTextFormat, type CompletionItem } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { complete, services, validate } from './helpers.js';

const labels = (items: CompletionItem[]) => items.map(i => i.label);

describe('completion by position', () => {
    it('section keywords in a case', async () => {
        expect(labels(await complete('case A {\n |\n}'))).toEqual(expect.arrayContaining(['patient', 'history', 'lesion', 'labs', 'treatment', 'followup']));
    });

    it('analytes in labs, with documentation and source', async () => {
        const items = await complete('case A { labs { | } }');
        expect(labels(items)).toEqual(expect.arrayContaining(['calcium', 'phosphate', 'albumin', 'pth']));
        const calcium = items.find(i => i.label === 'calcium')!;
        expect(calcium.detail).toBe('Calcium (total)');
        expect((calcium.documentation as { value: string }).value).toMatch(/8\.8–10\.4 mg\/dL/);
    });

    it('the usual units after a lab value, conventional first', async () => {
        expect(labels(await complete('case A { labs { calcium 9.4 | } }')).slice(0, 2)).toEqual(['mg/dL', 'mmol/L']);
        expect(labels(await complete('case A { labs { creatinine 68 | } }'))).toEqual(expect.arrayContaining(['mg/dL', 'µmol/L']));
    });

    it('conditions, injuries and exposures in history', async () => {
        expect(labels(await complete('case A { history { condition | } }'))).toEqual(expect.arrayContaining(['systemicSclerosis', 'dermatomyositis', 'raynaud']));
        expect(labels(await complete('case A { history { injury | } }'))).toEqual(expect.arrayContaining(['trauma', 'burn']));
        expect(labels(await complete('case A { history { exposure | } }'))).toEqual(expect.arrayContaining(['calciumGluconate']));
    });

    it('a drug inserts its reported regimen as a snippet, per kg times the weight', async () => {
        const items = await complete('case A { patient { weight 62 kg } treatment { drug | } }');
        const diltiazem = items.find(i => i.label === 'diltiazem')!;
        expect(diltiazem.textEdit?.newText ?? diltiazem.insertText).toBe('diltiazem ${1:124} mg/day');
        expect(diltiazem.insertTextFormat).toBe(2);
    });

    it('sites, sides, modalities, outcomes, advice and lesion names', async () => {
        expect(labels(await complete('case A { lesion L1 { site left | } }'))).toEqual(expect.arrayContaining(['elbow', 'finger', 'thigh']));
        expect(labels(await complete('case A { lesion L1 { site | } }'))).toEqual(expect.arrayContaining(['left', 'right', 'bilateral', 'elbow']));
        expect(labels(await complete('case A { imaging { | } }'))).toEqual(expect.arrayContaining(['xray', 'ct', 'mri', 'ultrasound']));
        expect(labels(await complete('case A { followup 1 year | }'))).toEqual(expect.arrayContaining(['noRecurrence', 'improved']));
        expect(labels(await complete('case A { treatment { advice | } }'))).toEqual(expect.arrayContaining(['smokingCessation', 'avoidCold']));
        expect(labels(await complete('case A { lesion L1 { site left elbow } lesion L2 {} biopsy of | }'))).toEqual(expect.arrayContaining(['L1', 'L2']));
    });

    it('the units of a dose and of a patient\'s age', async () => {
        expect(labels(await complete('case A { treatment { drug diltiazem 180 | } }'))).toEqual(expect.arrayContaining(['mg/day']));
        expect(labels(await complete('case A { patient { age 72 | } }'))).toEqual(expect.arrayContaining(['years', 'months']));
    });

    it('offers µmol/L once, found by typing u (issue 19: the list showed µmol/L and umol/L)', async () => {
        const units = (await complete('case A { labs { creatinine 68 | } }')).filter(i => i.label.includes('mol/L'));
        expect(units.map(i => i.label)).toEqual(['µmol/L']);
        expect(units[0].filterText).toBe('umol/L');
    });
});

/**
 * Completion asked after an edit the builder has not reached (it was still validating the
 * text before): the document's text is the new one, its AST the old one. Issue 19, item 8:
 * right after `calcium 10.2 ` the answer was "No suggestions" until the build caught up.
 */
async function completeAfterUnbuiltEdit(built: string, typed: string): Promise<string[]> {
    const document = await validate(built.replace('|', ''));
    const at = document.textDocument.positionAt(built.indexOf('|'));
    TextDocument.update(document.textDocument, [{ range: { start: at, end: at }, text: typed }], document.textDocument.version + 1);
    const position = { line: at.line, character: at.character + typed.length };
    const list = await services.Calc.lsp.CompletionProvider!.getCompletion(document, { textDocument: { uri: document.uri.toString() }, position });
    return labels(list?.items ?? []);
}

describe('completion on the text as typed, before its build', () => {
    it('the units after `calcium 10.2 ` typed on an empty line', async () => {
        expect((await completeAfterUnbuiltEdit('case A {\n    labs {\n        |\n    }\n}\n', 'calcium 10.2 ')).slice(0, 2)).toEqual(['mg/dL', 'mmol/L']);
    });

    it('the morphologies after `morphology `, the lesions after `biopsy of `', async () => {
        expect(await completeAfterUnbuiltEdit('case A {\n    lesion L1 {\n        |\n    }\n}\n', 'morphology ')).toEqual(expect.arrayContaining(['irregular', 'lobulated']));
        expect(await completeAfterUnbuiltEdit('case A {\n    lesion L1 { count 1 }\n    |\n}\n', 'biopsy of ')).toEqual(['L1']);
    });
});

describe('the case and labs snippets, offered only where the block may start (issue 19: they followed `sex `, `pain `, `type `)', () => {
    const snippets = (items: CompletionItem[]) => items.filter(i => i.kind === CompletionItemKind.Snippet && i.insertTextFormat === InsertTextFormat.Snippet);

    it('a whole case at the top level: in an empty file and after a case', async () => {
        for (const text of ['|', 'case A {\n}\n|']) {
            const [newCase, ...others] = snippets(await complete(text));
            expect(others, text).toEqual([]);
            expect(newCase).toMatchObject({ label: 'case', detail: 'New case' });
            expect(newCase.textEdit?.newText ?? newCase.insertText).toMatch(/^case \$\{1:CaseName\} \{\n {4}title "\$\{2:Title\}"\n[^]*\n {4}labs \{\n {8}calcium \$\{14\} mg\/dL\n[^]*\n\}\n\$0$/);
        }
    });

    it('a labs panel in a case, where a member may start', async () => {
        const [labs, ...others] = snippets(await complete('case A {\n    patient { age 72 years }\n    |\n}'));
        expect(others).toEqual([]);
        expect(labs).toMatchObject({ label: 'labs', detail: 'Labs panel' });
        expect(labs.textEdit?.newText ?? labs.insertText).toMatch(/^labs "\$\{1:at presentation\}" \{\n {4}calcium \$\{2\} mg\/dL\n[^]*\n\}$/);
    });

    it('neither after `sex `, `pain `, `type `, nor inside a block', async () => {
        for (const text of ['case A { patient { sex | } }', 'case A { lesion L1 { pain | } }', 'case A { diagnosis { type | } }', 'case A { labs { | } }', 'case A { patient { | } }']) {
            expect(snippets(await complete(text)).map(i => i.label), text).toEqual([]);
        }
    });

    it('are no longer contributed to VS Code, which offered them after any word', () => {
        const manifest = JSON.parse(fs.readFileSync('package.json', 'utf8')) as { contributes: Record<string, unknown> };
        expect(manifest.contributes.snippets).toBeUndefined();
    });
});
