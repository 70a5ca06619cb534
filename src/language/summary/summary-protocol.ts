/**
 * The custom request by which the preview and the export ask the language server for
 * a document's summary. Shared by the server and the client: names and shapes only.
 */
import { RequestType } from 'vscode-languageserver-protocol';
import type { DocumentParams } from '../lsp/document-protocol.js';
import type { CaseSummary, TextPosition } from './summary-types.js';

export interface DocumentSummary {
    summaries: CaseSummary[];
    /** Lexer and parser errors: with any, the summary may be missing what they hide. */
    syntaxErrors: number;
    firstSyntaxError?: TextPosition & { message: string };
}

export interface SummaryResult extends DocumentSummary {
    /** The version of the text the summary was built from. */
    version: number;
}

/** `calc/summary`: the summaries of the document's cases. */
export const SummaryRequest = new RequestType<DocumentParams, SummaryResult, void>('calc/summary');
