import * as fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diagnose, validate } from './helpers.js';

const examples = fs.readdirSync('examples').filter(f => f.endsWith('.calc')).map(f => `examples/${f}`);

describe('every example parses', () => {
    it.each(examples)('%s has no syntax error', async file => {
        const document = await validate(fs.readFileSync(file, 'utf8'));
        expect(document.parseResult.lexerErrors).toEqual([]);
        expect(document.parseResult.parserErrors).toEqual([]);
    });
});

/** A one-lesion case with a line to break: the slip is always on line 4. */
function caseWith(line: string): string {
    return `case Slip {\n    lesion L1 { site left elbow }\n    labs {\n        ${line}\n    }\n}\n`;
}

describe('a syntax slip gives one clear `syntax` error on its line', () => {
    it.each([
        ['a unit missing', 'calcium 9.4', 5, /Expected a unit after `9\.4`/],
        ['an unknown keyword', '} bogus {', 4, /`bogus` is not expected in the case/],
        ['an unterminated string', '} title "Draft', 4, /This text is not closed/],
        ['a stray character', 'calcium 9.4 mg/dL §', 4, /`§` is not part of the language/],
        ['a number written .5', 'calcium .5 mg/dL', 4, /digit on each side of the point/]
    ])('%s', async (_, line, expectedLine, message) => {
        const rows = (await diagnose(caseWith(line))).filter(r => r.code === 'syntax');
        expect(rows.length).toBeGreaterThan(0);
        expect(rows[0]).toMatchObject({ severity: 'error', line: expectedLine });
        expect(rows[0].message).toMatch(message);
    });

    it('a missing closing brace says which block is open', async () => {
        // Reported where the text ends: after the last token.
        const rows = (await diagnose('case Open {\n    title "x"\n')).filter(r => r.code === 'syntax');
        expect(rows).toEqual([expect.objectContaining({ line: 2, message: expect.stringMatching(/The case is not closed/) })]);
    });

    it('an unclosed comment is one error, not one per word', async () => {
        const rows = (await diagnose('case A { title "x" }\n/* a comment that never ends\ncase B {}')).filter(r => r.code === 'syntax');
        expect(rows).toEqual([expect.objectContaining({ line: 2, message: expect.stringMatching(/comment is not closed/) })]);
    });

    it('a block lists what it accepts', async () => {
        const [row] = await diagnose('case A { patient { agee 72 years } }');
        expect(row.message).toBe("`agee` is not expected in patient: write `age`, `sex`, `weight` or `height`, or close the block with `}`.");
        expect(row.text).toBe('agee');
    });

    it('text outside a case', async () => {
        const [row] = await diagnose('hello');
        expect(row).toMatchObject({ code: 'syntax', line: 1, text: 'hello' });
    });
});

describe('keywords usable as terms', () => {
    it('accepts pain none, family none, fixed to skin and procedure biopsy', async () => {
        const document = await validate('case K {\n history { family none }\n lesion L1 { pain none fixed to skin }\n treatment { procedure biopsy of L1 }\n}');
        expect(document.parseResult.parserErrors).toEqual([]);
    });
});

describe('references and duplicates', () => {
    it('an unknown lesion is an unresolved-reference naming the lesions that exist', async () => {
        const rows = await diagnose('case A {\n lesion L1 { site left elbow }\n biopsy of L2 "x"\n}');
        expect(rows.filter(r => r.code === 'unresolved-reference')).toEqual([expect.objectContaining({
            severity: 'error', line: 3, text: 'L2', message: 'No lesion named L2 in this case. Its lesions are L1.'
        })]);
    });

    it('a lesion of another case does not resolve', async () => {
        const rows = await diagnose('case A { lesion L1 { site left elbow } }\ncase B { biopsy of L1 "x" }');
        expect(rows.filter(r => r.code === 'unresolved-reference')).toEqual([expect.objectContaining({ line: 2, text: 'L1' })]);
    });

    it('two lesions with one name, one analyte twice in a panel, two cases with one name', async () => {
        const rows = await diagnose('case A {\n lesion L1 { site left elbow }\n lesion L1 { site right elbow }\n labs { calcium 9 mg/dL\n calcium 9.1 mg/dL }\n}\ncase A {}');
        expect(rows.filter(r => r.code === 'duplicate').map(r => [r.line, r.text, r.severity]).sort()).toEqual([
            [3, 'L1', 'error'], [5, 'calcium', 'error'], [7, 'A', 'error']
        ]);
    });
});
