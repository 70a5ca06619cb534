import * as fs from 'node:fs';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction } from 'vscode-languageserver';
import { describe, expect, it } from 'vitest';
import { completeCareReport, diagnose, services, validate } from './helpers.js';

const inCase = (line: string) => `case A {\n    ${line}\n}\n`;

describe('patient-identifier guard', () => {
    it.each([
        ['a name after a title', 'complaint "Seen by Dr. Rodrigues for a lump"', 'Dr. Rodrigues'],
        ['a telephone number', 'course "call +91 97669 55304 for results"', '+91 97669 55304'],
        ['an e-mail address', 'course "reports to amonkaramol@gmail.com"', 'amonkaramol@gmail.com'],
        ['a full date', 'course "excised on 13 November 2022"', '13 November 2022'],
        ['an ISO date', 'course "excised 2022-11-13"', '2022-11-13'],
        ['a record number', 'complaint "MRN 4471923, nodules"', 'MRN 4471923'],
        ['a street address', 'course "lives at 12 Baker Street"', '12 Baker Street'],
        ['an IP address', 'course "images on 10.0.0.12"', '10.0.0.12'],
        ['a web address', 'course "photos at https://example.org/p/1"', 'https://example.org/p/1'],
        // At the fewest digits each kind's guard lets through (knowledge/identifiers.ts minDigits).
        ['a social security number', 'course "SSN 123-45-6789"', '123-45-6789'],
        ['a short date', 'course "seen 1/2/23"', '1/2/23'],
        ['a one-digit record number', 'complaint "patient ID 7"', 'patient ID 7'],
        ['a one-digit street number', 'course "lives at 9 Mill Road"', '9 Mill Road'],
        ['a telephone number of nine digits', 'course "call 123 456 789"', '123 456 789']
    ])('%s is a phi-identifier warning on exactly the identifier', async (_, line, identifier) => {
        const rows = (await diagnose(`case A {\n    history {\n        ${line}\n    }\n}\n`)).filter(r => r.code === 'phi-identifier');
        expect(rows).toEqual([expect.objectContaining({ severity: 'warning', line: 3, text: identifier })]);
    });

    it('a year alone, a citation in source, and the examples are clean', async () => {
        expect((await diagnose(inCase('title "Calcinosis since 2015, 2 x 3 cm"'))).map(r => r.code)).not.toContain('phi-identifier');
        expect((await diagnose(inCase('source "Amonkar A, et al. ICARE. 2022;1(3):1012. https://ijcasereports.com/ amonkaramol@gmail.com"'))).map(r => r.code)).not.toContain('phi-identifier');
        for (const file of fs.readdirSync('examples').filter(f => f.endsWith('.calc'))) {
            expect((await diagnose(fs.readFileSync(`examples/${file}`, 'utf8'))).map(r => r.code)).not.toContain('phi-identifier');
        }
    });

    it('the quick fix replaces just the identifier with a placeholder', async () => {
        const text = inCase('title "Mrs Smith, calcinosis of the thigh"');
        const document = await validate(text);
        const diagnostic = document.diagnostics!.find(d => d.code === 'phi-identifier')!;
        const [action] = await services.Calc.lsp.CodeActionProvider!.getCodeActions(document, {
            textDocument: { uri: document.uri.toString() }, range: diagnostic.range, context: { diagnostics: [diagnostic] }
        }) as CodeAction[];
        expect(action.title).toBe('Replace the person name with [name]');
        const fixed = TextDocument.applyEdits(TextDocument.create('file:///a.calc', 'calc', 1, text), Object.values(action.edit!.changes!)[0]);
        expect(fixed).toBe(inCase('title "[name], calcinosis of the thigh"'));
    });
});

describe('CARE completeness', () => {
    it('a hint on the case name lists what the case lacks', async () => {
        const [hint] = (await diagnose(fs.readFileSync('examples/01-thigh.calc', 'utf8'))).filter(r => r.code === 'care-missing');
        expect(hint).toMatchObject({ severity: 'hint', line: 3, text: 'ThighCalcinosis' });
        expect(hint.message).toMatch(/^CARE checklist: 11 of 13 items covered; missing patient perspective .*, informed consent \(consent obtained\)\.$/);
    });

    it('no hint once every item is there', async () => {
        const text = completeCareReport();
        const rows = await diagnose(text);
        expect(rows.filter(r => r.code === 'syntax')).toEqual([]);
        expect(rows.map(r => r.code)).not.toContain('care-missing');
    });
});
