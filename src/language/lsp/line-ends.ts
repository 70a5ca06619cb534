/**
 * Line ends as the file has them: a file may use CRLF, LF or a bare CR (old Mac files,
 * some pasted text), even a mix, and an edit keeps the one of the line it touches.
 * Counting only `\n` made the formatter join `// note` and the line after a bare CR
 * into one comment, and the quick fixes write LF into CRLF files.
 */

/** Every line break in a text, in order (`\r\n` is one). */
export function lineBreaks(text: string): string[] {
    return text.match(/\r\n|\r|\n/g) ?? [];
}

/** The line break that ends the line holding `offset`, else the one before it, else LF. */
export function lineBreakAt(text: string, offset: number): string {
    const after = /\r\n|\r|\n/g;
    after.lastIndex = offset;
    const next = after.exec(text);
    if (next) return next[0];
    const before = lineBreaks(text.slice(0, offset));
    return before.at(-1) ?? '\n';
}

/** The offset where the line holding `offset` starts. */
export function lineStart(text: string, offset: number): number {
    return Math.max(text.lastIndexOf('\n', offset - 1), text.lastIndexOf('\r', offset - 1)) + 1;
}
