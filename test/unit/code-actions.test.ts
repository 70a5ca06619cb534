/**
 * Quick fixes: each applied to the text as VS Code would, then the file validated
 * again: the warning is gone and nothing outside the fix's range changed.
 */
import * as fs from 'node:fs';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, Diagnostic } from 'vscode-languageserver';
import { describe, expect, it } from 'vitest';
import { diagnose, services, validate } from './helpers.js';

async function fixesFor(text: string, code: string): Promise<{ diagnostic: Diagnostic; actions: CodeAction[] }> {
    const document = await validate(text);
    const diagnostic = document.diagnostics!.find(d => d.code === code);
    if (!diagnostic) throw new Error(`no ${code} in the text`);
    const actions = await services.Calc.lsp.CodeActionProvider!.getCodeActions(document, {
        textDocument: { uri: document.uri.toString() }, range: diagnostic.range, context: { diagnostics: [diagnostic] }
    }) as CodeAction[];
    return { diagnostic, actions };
}

function apply(text: string, action: CodeAction): string {
    const edits = Object.values(action.edit!.changes!)[0];
    return TextDocument.applyEdits(TextDocument.create('file:///x.calc', 'calc', 1, text), edits);
}

const INCONSISTENT = fs.readFileSync('examples/04-inconsistent.calc', 'utf8');

describe('every warning of inconsistent.calc with an obvious repair goes with its quick fix', () => {
    it.each([
        ['unit-suspect', 'Change the unit to mmol/L (then 9.62 mg/dL)', 'calcium 2.4 mmol/L'],
        ['lab-implausible', 'Change to 4.5', 'phosphate 4.5 mg/dL'],
        ['dose-unit-suspect', 'Change the unit to g/day, as reported', 'drug ceftriaxone 2 g/day'],
        ['unresolved-reference', 'Refer to lesion E1', 'excision of E1'],
        ['classification-conflict', 'Declare dystrophic, as the facts say', 'type dystrophic']
    ])('%s → %s', async (code, title, expected) => {
        const { diagnostic, actions } = await fixesFor(INCONSISTENT, code);
        const action = actions.find(a => a.title === title)!;
        expect(action, actions.map(a => a.title).join(' | ')).toBeDefined();
        expect(action.isPreferred).toBe(true);
        const fixed = apply(INCONSISTENT, action);
        expect(fixed).toContain(expected);
        // Only the diagnostic's range changed.
        const doc = TextDocument.create('file:///x.calc', 'calc', 1, INCONSISTENT);
        const [start, end] = [doc.offsetAt(diagnostic.range.start), doc.offsetAt(diagnostic.range.end)];
        expect(fixed.slice(0, start)).toBe(INCONSISTENT.slice(0, start));
        expect(fixed.slice(fixed.length - (INCONSISTENT.length - end))).toBe(INCONSISTENT.slice(end));
        const after = (await validate(fixed)).diagnostics!;
        expect(after.filter(d => d.code === code && d.range.start.line === diagnostic.range.start.line)).toEqual([]);
    });

    it('the extent conflict too', async () => {
        const text = INCONSISTENT.replace('type calciphylaxis', 'type dystrophic');
        const { actions } = await fixesFor(text, 'classification-conflict');
        const fixed = apply(text, actions[0]);
        expect(fixed).toContain('extent circumscripta');
        expect((await validate(fixed)).diagnostics!.map(d => d.code)).not.toContain('classification-conflict');
        // One lesion is circumscripta by definition (a warning): the fix is preferred. Where only our count differs it is information and not preferred.
        expect(actions.map(a => [a.title, a.isPreferred])).toEqual([['Declare circumscripta, as the facts say', true]]);
    });
});

describe('other quick fixes', () => {
    it('unknown-term offers the nearest terms', async () => {
        const text = 'case A { lesion L1 { site left elbw } }';
        const { actions } = await fixesFor(text, 'unknown-term');
        expect(actions[0].title).toBe('Change to elbow');
        expect(apply(text, actions[0])).toBe('case A { lesion L1 { site left elbow } }');
    });

    it('unknown-term offers no term that replaces a whole word or most of a short one', async () => {
        // A quick fix to kidneyTransplant or liverTransplant would record the wrong organ; ckd is not a slip of dkm.
        const rows = await diagnose('case A {\n    history {\n        condition heartTransplant\n        condition dkm\n        condition kidneyTransplnt\n    }\n}\n');
        expect(rows.filter(r => r.code === 'unknown-term').map(r => [r.text, r.message])).toEqual([
            ['heartTransplant', '`heartTransplant` is not a known condition.'],
            ['dkm', '`dkm` is not a known condition.'],
            ['kidneyTransplnt', '`kidneyTransplnt` is not a known condition. Did you mean kidneyTransplant?']
        ]);
    });

    it('classification-incomplete inserts the missing lab lines without inventing values', async () => {
        const text = fs.readFileSync('examples/01-thigh.calc', 'utf8');
        const { actions } = await fixesFor(text, 'classification-incomplete');
        const fixed = apply(text, actions[0]);
        expect(fixed).toMatch(/\n {4}labs \{\n {8}calcium {2}mg\/dL\n {8}phosphate {2}mg\/dL\n {4}\}\n\}\n$/);
        expect(fixed.startsWith(text.slice(0, text.lastIndexOf('}')))).toBe(true);
    });

    it('into an existing labs block, above its brace', async () => {
        const text = 'case A {\n    labs {\n        albumin 4 g/dL\n    }\n}\n';
        const { actions } = await fixesFor(text, 'classification-incomplete');
        expect(apply(text, actions[0])).toBe('case A {\n    labs {\n        albumin 4 g/dL\n        calcium  mg/dL\n        phosphate  mg/dL\n    }\n}\n');
    });
});

describe('an ambiguous phosphate (issue 15)', () => {
    it('phosphate 1.2 mg/dL offers mmol/L, and the fixed value is normal', async () => {
        const text = 'case Slip {\n    labs {\n        phosphate 1.2 mg/dL\n    }\n}\n';
        const { actions } = await fixesFor(text, 'unit-suspect');
        const action = actions.find(a => a.title === 'Change the unit to mmol/L (then 3.72 mg/dL)');
        expect(action, actions.map(a => a.title).join(' | ')).toBeDefined();
        const fixed = apply(text, action!);
        expect(fixed).toContain('phosphate 1.2 mmol/L');
        expect((await validate(fixed)).diagnostics!.map(d => d.code)).not.toContain('unit-suspect');
    });
});

describe('"Add lab lines" never splits a token and keeps the line ends (issue 19)', () => {
    it('an unclosed labs block: the lines go after its last token, not inside `g/L`', async () => {
        const text = 'case A {\n    labs {\n        albumin 40 g/L';
        const { actions } = await fixesFor(text, 'classification-incomplete');
        expect(apply(text, actions[0])).toBe('case A {\n    labs {\n        albumin 40 g/L\n        calcium  mg/dL\n        phosphate  mg/dL');
    });

    it('an unclosed case: the labs block goes after `treatment`, not inside it', async () => {
        const text = 'case A {\n    treatment { advice avoidCold }';
        const { actions } = await fixesFor(text, 'classification-incomplete');
        const fixed = apply(text, actions[0]);
        expect(fixed).toBe('case A {\n    treatment { advice avoidCold }\n    labs {\n        calcium  mg/dL\n        phosphate  mg/dL\n    }');
        const labs = (await validate(`${fixed}\n}`)).parseResult.value.cases[0].members.map(m => m.$type);
        expect(labs).toEqual(['Treatment', 'Labs']);
    });

    it.each([['CRLF', '\r\n'], ['CR', '\r']])('a %s file gets its own line ends', async (_, eol) => {
        const text = ['case A {', '    labs {', '        albumin 4 g/dL', '    }', '}', ''].join(eol);
        const { actions } = await fixesFor(text, 'classification-incomplete');
        expect(apply(text, actions[0])).toBe(['case A {', '    labs {', '        albumin 4 g/dL', '        calcium  mg/dL', '        phosphate  mg/dL', '    }', '}', ''].join(eol));
    });
});
