/** `calc/report`: the manuscripts of a document, for the report preview and its export. Names and shapes only. */
import { RequestType } from 'vscode-languageserver-protocol';
import type { DocumentParams } from '../lsp/document-protocol.js';
import type { DocumentReport } from './report-types.js';

export interface ReportResult extends DocumentReport {
    /** The version of the text the report was built from. */
    version: number;
}

export const ReportRequest = new RequestType<DocumentParams, ReportResult, void>('calc/report');
