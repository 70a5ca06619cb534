/**
 * Document offsets → 1-based line and column, counted as an editor and the CLI count
 * them (UTF-16 code units; \r\n, \r and \n each end a line).
 */
import type { TextPosition } from './summary-types.js';

export class LineIndex {
    private readonly lineStarts: number[] = [0];

    constructor(text: string) {
        for (let i = 0; i < text.length; i++) {
            const char = text.charCodeAt(i);
            if (char === 13 /* \r */ && text.charCodeAt(i + 1) === 10 /* \n */) i++;
            if (char === 13 || char === 10) this.lineStarts.push(i + 1);
        }
    }

    positionAt(offset: number): TextPosition {
        let low = 0;
        let high = this.lineStarts.length - 1;
        while (low < high) {
            const middle = Math.ceil((low + high) / 2);
            if (this.lineStarts[middle] <= offset) low = middle;
            else high = middle - 1;
        }
        return { line: low + 1, column: offset - this.lineStarts[low] + 1 };
    }
}
