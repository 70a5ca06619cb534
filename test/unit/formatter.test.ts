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

    it('never joins two stray slashes into a comment (a zero-width no-break space between them, found by the fuzzer)', async () => {
        const text = '/\uFEFF/\uFEFF// A draft\ncase X {\n    title "t"\n}\n';
        const formatted = await format(text);
        expect(formatted.startsWith('/ /')).toBe(true);
        expect(formatted).toContain('// A draft');
        expect(await format(formatted)).toBe(formatted);
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

describe('formatter: each line end as the file has it (issue 19)', () => {
    /** The lexer's tokens (comments included) as the user sees them: formatting must keep them all, in order. */
    const tokens = (text: string) => {
        const result = services.Calc.parser.Lexer.tokenize(text);
        return [...result.tokens, ...result.hidden].sort((a, b) => a.startOffset - b.startOffset).map(t => `${t.tokenType.name}:${t.image}`);
    };

    it('a bare CR ends a comment: the case after it stays a case', async () => {
        const text = '// note\rcase A {\r  labs { calcium 12.5 mg/dL }\r}\r';
        // The lexer ends comments and strings at CR as at LF (calc.langium, syntax/calc-token-builder.ts).
        expect(tokens('// note\rcase "a\rb"').slice(0, 3)).toEqual(['SL_COMMENT:// note', 'case:case', 'UNCLOSED_STRING:"a']);
        const formatted = await format(text);
        expect(formatted).toBe('// note\rcase A {\r    labs { calcium 12.5 mg/dL }\r}\r');
        expect((await validate(formatted)).parseResult.value.cases.map(c => c.name)).toEqual(['A']);
    });

    it('mixed line ends: each kept where it is', async () => {
        const text = 'case A {\r\n  title "t"\r  labs { calcium 9.4 mg/dL }\n\r\n\r\n}';
        expect(await format(text)).toBe('case A {\r\n    title "t"\r    labs { calcium 9.4 mg/dL }\n\r\n}\r\n');
    });

    it('a CR and an LF with spaces between stay two line breaks (found by the property below)', async () => {
        expect(await format('case\r  \ncase')).toBe('case\r\rcase\n');
    });

    it('on random inputs with CR, LF and CRLF: idempotent, every token kept, no line end changed in kind', async () => {
        const pieces = ['case', 'A', '{', '}', 'labs', 'calcium', '9.4', 'mg/dL', '"a  b"', '// c', '/* d\re */', ',', ' ', '  ', '\n', '\r', '\r\n', '\r\r\r', '\t', '§', '"open'];
        await fc.assert(fc.asyncProperty(fc.array(fc.constantFrom(...pieces), { maxLength: 60 }), async parts => {
            const text = parts.join('');
            const once = await format(text);
            expect(tokens(once)).toEqual(tokens(text));
            const kinds = (t: string) => new Set(t.match(/\r\n|\r|\n/g) ?? []);
            for (const kind of kinds(once)) expect(kinds(text).has(kind) || (kind === '\n' && kinds(text).size === 0)).toBe(true);
            expect(await format(once)).toBe(once);
        }), { numRuns: 300 });
    });
});

describe('numbers with thousands commas', () => {
    it('keeps `5,000` whole (one number, no space put after its comma)', async () => {
        const text = 'case R {\n    treatment {\n        drug heparin 5,000 units sc twice daily\n    }\n}\n';
        expect(await format(text)).toBe(text);
    });
});
