/**
 * Where a finding or diagnostic is, as an editor and the CLI show it: 1-based line and
 * column (UTF-16 code units; \r\n, \r and \n each end a line, as the LSP's TextDocument
 * counts them: syntax/line-starts.ts, tested against it).
 */
import type { Diagnostic } from 'vscode-languageserver-types';
import { Codes } from '../diagnostic-codes.js';
import { lineStarts, positionFrom } from '../syntax/line-starts.js';
import type { FindingSeverity, SummaryFinding, TextPosition } from './presentation-types.js';

/** Offsets of a document's text → 1-based positions. */
export class LinePositions {
    private readonly starts: Uint32Array;

    constructor(private readonly text: string) {
        this.starts = lineStarts(text);
    }

    positionAt(offset: number): TextPosition {
        const { line, character } = positionFrom(this.text, this.starts, Math.max(0, Math.min(offset, this.text.length)));
        return { line: line + 1, column: character + 1 };
    }
}

const SEVERITIES: FindingSeverity[] = ['error', 'warning', 'information', 'hint'];

/** A diagnostic as the CLI's JSON and the summary list it: its code (syntax when it has none), severity, message and 1-based range. */
export function diagnosticRow(diagnostic: Diagnostic): SummaryFinding {
    return {
        code: String(diagnostic.code ?? Codes.syntax),
        severity: SEVERITIES[(diagnostic.severity ?? 1) - 1],
        line: diagnostic.range.start.line + 1,
        column: diagnostic.range.start.character + 1,
        endLine: diagnostic.range.end.line + 1,
        endColumn: diagnostic.range.end.character + 1,
        message: typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value
    };
}
