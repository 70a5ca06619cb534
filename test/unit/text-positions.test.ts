/**
 * Where lines start, as the tree's leaves, a build's diagnostics, the summary and the CLI
 * read them (syntax/line-starts.ts), is where the LSP's TextDocument (the editor's) says they start,
 * with LF, CRLF and CR line ends mixed, at every offset.
 */
import { CstUtils, EmptyFileSystem, TextDocument, isCompositeCstNode } from 'langium';
import { expect, it } from 'vitest';
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
