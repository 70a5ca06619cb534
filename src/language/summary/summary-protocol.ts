/**
 * The custom request by which the preview and the export ask the language server for
 * a document's summary. Shared by the server and the client: names and shapes only.
 */
import type { CaseSummary, TextPosition } from './summary-types.js';

export const SummaryRequestMethod = 'calc/summary';

export interface SummaryParams {
    /** The document's URI as the client knows it. */
    uri: string;
}

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
