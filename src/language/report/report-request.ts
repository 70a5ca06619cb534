/** `calc/report` on the language server's connection, answered as `calc/summary` is: for the text the client last sent. */
import { CancellationToken } from '../lsp/vscode-languageserver-values.js';
import type { CalcServices } from '../calc-module.js';
import { documentAnswer } from '../lsp/current-document.js';
import { documentParams, onCustomRequest } from '../lsp/custom-requests.js';
import type { DocumentParams } from '../lsp/document-protocol.js';
import { reportDocument } from './report-document.js';
import { ReportRequest, type ReportResult } from './report-protocol.js';

export function registerReportRequest(services: CalcServices): void {
    onCustomRequest(services, ReportRequest, documentParams, (params, token) => reportResponse(services, params, token));
}

/** The request's answer; exported for the tests, which have no connection. */
export function reportResponse(services: CalcServices, params: DocumentParams, token: CancellationToken = CancellationToken.None): Promise<ReportResult> {
    return documentAnswer(services, params, token, 'report', document => reportDocument(document, services.clinical.Analysis));
}
