/**
 * `calc/summary` on the language server's connection: the summary of a document once the
 * edits sent before are built — so the preview is never handed a summary older than the
 * edit that asked for it.
 */
import { CancellationToken } from '../lsp/vscode-languageserver-values.js';
import type { CalcServices } from '../calc-module.js';
import { documentAnswer } from '../lsp/current-document.js';
import { documentParams, onCustomRequest } from '../lsp/custom-requests.js';
import type { DocumentParams } from '../lsp/document-protocol.js';
import { summarizeDocument } from './summary-document.js';
import { SummaryRequest, type SummaryResult } from './summary-protocol.js';

export function registerSummaryRequest(services: CalcServices): void {
    onCustomRequest(services, SummaryRequest, documentParams, (params, token) => summaryResponse(services, params, token));
}

/** The request's answer; exported for the tests, which have no connection. */
export function summaryResponse(services: CalcServices, params: DocumentParams, token: CancellationToken = CancellationToken.None): Promise<SummaryResult> {
    return documentAnswer(services, params, token, 'summary', document => summarizeDocument(document, services.clinical.Analysis));
}
