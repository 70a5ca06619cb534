/**
 * Where a finding or diagnostic is, as an editor and the CLI show it: 1-based line and
 * column (UTF-16 code units; \r\n, \r and \n each end a line). Offsets are read by the
 * LSP's own TextDocument (re-exported by Langium), so they agree with the editor's.
 */
import { TextDocument } from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import { Codes } from '../diagnostic-codes.js';
import type { FindingSeverity, SummaryFinding, TextPosition } from './presentation-types.js';

/** Offsets of a document's text → 1-based positions. */
export class LinePositions {
    private readonly document: TextDocument;

    constructor(text: string) {
        this.document = TextDocument.create('calc:positions', 'calc', 0, text);
    }

    positionAt(offset: number): TextPosition {
        const { line, character } = this.document.positionAt(offset);
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
