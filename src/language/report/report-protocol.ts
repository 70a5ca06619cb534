/** `calc/report`: the manuscripts of a document, for the report preview and its export. Names and shapes only. */
import type { DocumentReport } from './report-types.js';

export const ReportRequestMethod = 'calc/report';

export interface ReportParams {
    uri: string;
}

export interface ReportResult extends DocumentReport {
    /** The version of the text the report was built from. */
    version: number;
}
