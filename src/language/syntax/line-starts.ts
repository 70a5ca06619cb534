/**
 * Positions in a text, from where its lines start (found once per text): for the tree's
 * leaves, which keep no line and column, for the diagnostics of a build, so that a file
 * read from disk holds one table of its lines, not also its TextDocument's (~700 bytes a
 * file), and for the lines and columns the summary and the CLI show (text-positions.ts).
 * A line ends at LF, CRLF or CR, as Chevrotain and the LSP's TextDocument count them
 * (test/unit/text-positions.test.ts holds them to it).
 */
import type { RootCstNode } from 'langium';
import type { Position } from 'vscode-languageserver-types';

const lineStartsOf = new WeakMap<RootCstNode, Uint32Array>();

/** The 0-based line and character of an offset of the tree's text. */
export function positionIn(root: RootCstNode, offset: number): Position {
    let starts = lineStartsOf.get(root);
    if (!starts) lineStartsOf.set(root, starts = lineStarts(root.fullText));
    return positionFrom(root.fullText, starts, offset);
}

/** The 0-based line and character of an offset, given the text's line starts. */
export function positionFrom(text: string, starts: Uint32Array, offset: number): Position {
    let low = 0, high = starts.length - 1; // the last line starting at or before the offset
    while (low < high) {
        const middle = (low + high + 1) >> 1;
        if (starts[middle] <= offset) low = middle;
        else high = middle - 1;
    }
    // Between the CR and the LF of a CRLF is the end of the line, as the TextDocument says.
    if (offset > starts[low] && text.charCodeAt(offset) === 0x0a && text.charCodeAt(offset - 1) === 0x0d) offset--;
    return { line: low, character: offset - starts[low] };
}

/** Where each line of a text starts. */
export function lineStarts(text: string): Uint32Array {
    const found = [0];
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 0x0d && text.charCodeAt(i + 1) === 0x0a) i++;
        if (c === 0x0a || c === 0x0d) found.push(i + 1);
    }
    return Uint32Array.from(found);
}
