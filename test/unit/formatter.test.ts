import * as fs from 'node:fs';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { describe, expect, it } from 'vitest';
import { services, validate } from './helpers.js';

async function format(text: string): Promise<string> {
    const document = await validate(text);
    const edits = await services.Calc.lsp.Formatter!.formatDocument(document, {
        textDocument: { uri: document.uri.toString() }, options: { tabSize: 4, insertSpaces: true }
    });
    return TextDocument.applyEdits(TextDocument.create('file:///f.calc', 'calc', 1, text), edits);
}

const nonBlank = (text: string) => text.replace(/\s+/g, '');

describe('formatter', () => {
    it.each(fs.readdirSync('examples').filter(f => f.endsWith('.calc')).map(f => `examples/${f}`))('leaves %s as it is (it is canonical)', async file => {
        const text = fs.readFileSync(file, 'utf8');
        expect(await format(text)).toBe(text);
    });

    it('indents by braces, one space between tokens, none in units or before commas', async () => {
        const messy = 'case   A{\n  labs  {   calcium 9.4   mg / dL\n\n\n\n phosphate 3 mg/dL }\ntreatment{advice avoidCold ,avoidTrauma}\n        }   ';
        expect(await format(messy)).toBe('case A {\n    labs { calcium 9.4 mg/dL\n\n        phosphate 3 mg/dL }\n    treatment { advice avoidCold, avoidTrauma }\n}\n');
    });

    it('keeps comments, strings and half-typed text, with CRLF line ends', async () => {
        const text = 'case A {\r\n  // a comment\r\n     title "two   spaces"   /* block\r\n   comment */\r\n  labs { calcium 9.4 § }\r\n';
        const formatted = await format(text);
        expect(formatted).toBe('case A {\r\n    // a comment\r\n    title "two   spaces"   /* block\r\n   comment */\r\n    labs { calcium 9.4 § }\r\n');
        expect(await format(formatted)).toBe(formatted);
    });

    it('on random inputs: idempotent and never loses a character of content', async () => {
        const pieces = ['case', 'A', '{', '}', 'labs', 'calcium', '9.4', 'mg/dL', '"a  b"', '// c', '/* d */', ',', ' ', '  ', '\n', '\n\n\n', '\t', '§', '"open'];
        await fc.assert(fc.asyncProperty(fc.array(fc.constantFrom(...pieces), { maxLength: 60 }), async parts => {
            const text = parts.join('');
            const once = await format(text);
            expect(nonBlank(once)).toBe(nonBlank(text));
            expect(await format(once)).toBe(once);
        }), { numRuns: 150 });
    });
});
