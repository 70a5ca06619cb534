import * as fs from 'node:fs';
import { SemanticTokensDecoder } from 'langium/lsp';
import { describe, expect, it } from 'vitest';
import { services, validate } from './helpers.js';

const THIGH = fs.readFileSync('examples/01-thigh.calc', 'utf8');
const SCLEROSIS = fs.readFileSync('examples/02-sclerosis.calc', 'utf8');

describe('outline', () => {
    it('cases, sections, lesions, lab results and drugs', async () => {
        const document = await validate(SCLEROSIS);
        const symbols = await services.Calc.lsp.DocumentSymbolProvider!.getSymbols(document, { textDocument: { uri: document.uri.toString() } });
        expect(symbols.map(s => s.name)).toEqual(['SclerodermaFingers']);
        const children = symbols[0].children!;
        expect(children.map(c => c.name)).toEqual(['title', 'patient', 'history', 'lesion F2', 'labs "at presentation"', 'imaging', 'diagnosis', 'treatment', 'followup']);
        expect(children.find(c => c.name.startsWith('labs'))!.children!.map(c => c.name)).toEqual(['calcium 2.36 mmol/L', 'phosphate 1.12 mmol/L', 'albumin 41 g/L', 'creatinine 68 µmol/L']);
        expect(children.find(c => c.name === 'treatment')!.children!.map(c => c.name)).toEqual(['diltiazem 180 mg/day']);
    });
});

describe('semantic tokens', () => {
    it('terms by category, units, numbers, lesion names and references', async () => {
        const document = await validate(THIGH);
        const tokens = await services.Calc.lsp.SemanticTokenProvider!.semanticHighlight(document, { textDocument: { uri: document.uri.toString() } });
        const decoded = SemanticTokensDecoder.decode(tokens, services.Calc.lsp.SemanticTokenProvider!.tokenTypes, document);
        const seen = decoded.map(t => `${document.textDocument.getText({ start: document.textDocument.positionAt(t.offset), end: document.textDocument.positionAt(t.offset + t.text.length) })}:${t.tokenType}`);
        expect(seen).toEqual(expect.arrayContaining([
            'ThighCalcinosis:class', 'L1:variable', 'thigh:enumMember', '72:number', 'years:macro', 'cm:macro', 'ultrasound:enum', 'noRecurrence:enum'
        ]));
        expect(seen.filter(s => s === 'L1:variable').length).toBeGreaterThanOrEqual(4); // the name and its references
    });
});
