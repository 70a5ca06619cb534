/**
 * Where lines start, as the tree's leaves, a build's diagnostics, the summary and the CLI
 * read them (syntax/line-starts.ts), is where the LSP's TextDocument (the editor's) says they start,
 * with LF, CRLF and CR line ends mixed, at every offset.
 */
import { CstUtils, EmptyFileSystem, TextDocument, isCompositeCstNode } from 'langium';
import * as fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validate } from './helpers.js';
import { createCalcServices } from '../../src/language/calc-module.js';
import { positionIn } from '../../src/language/syntax/line-starts.js';
import { LinePositions } from '../../src/language/analysis/text-positions.js';
import { cohortText, generateCohort } from '../../bench/generate.js';

const parser = createCalcServices(EmptyFileSystem).Calc.parser.LangiumParser;

/** The cohort's text with its line ends replaced, in turn, by LF, CRLF, CR; and some blank lines of each. */
function mixedLineEnds(seed: number): string {
    const ends = ['\n', '\r\n', '\r'];
    let k = seed;
    return cohortText(generateCohort({ seed, cases: 3 })).split('\n').map(line => line + ends[k++ % 3] + (k % 7 === 0 ? ends[(k + 1) % 3] : '')).join('');
}

it.each([1, 2, 3])('agrees with the TextDocument at every offset and for every token (seed %i)', seed => {
    const text = mixedLineEnds(seed);
    const document = TextDocument.create('file:///t.calc', 'calc', 0, text);
    const root = parser.parse(text).value.$cstNode!.root;
    const lines = new LinePositions(text);
    for (let offset = 0; offset <= text.length; offset++) {
        const { line, character } = document.positionAt(offset);
        expect(positionIn(root, offset), `offset ${offset}`).toEqual({ line, character });
        expect(lines.positionAt(offset), `offset ${offset}`).toEqual({ line: line + 1, column: character + 1 });
    }
    for (const leaf of CstUtils.streamCst(root).filter(node => !isCompositeCstNode(node))) {
        expect(leaf.range).toEqual({ start: document.positionAt(leaf.offset), end: document.positionAt(leaf.end) });
    }
});

describe('a token over CR CR LF line ends (a CR line end before a CRLF one)', () => {
    it('an unclosed comment\'s error ends at the end of the text, as the TextDocument counts it (the fuzz found it past the end)', async () => {
        const text = '/*' + fs.readFileSync('examples/03-renal.calc', 'utf8').replace(/\n/g, '\r\r\n');
        const document = await validate(text);
        const [comment] = document.diagnostics!.filter(d => typeof d.message === 'string' && /comment is not closed/.test(d.message));
        expect(comment.range).toEqual({ start: { line: 0, character: 0 }, end: TextDocument.create('file:///x.calc', 'calc', 1, text).positionAt(text.length) });
    });
});
