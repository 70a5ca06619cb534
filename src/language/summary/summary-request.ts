/**
 * `calc/summary` on the language server's connection: the summary of a document once
 * it is validated and its parse matches the text the client last sent — so the
 * preview is never handed a summary older than the edit that asked for it.
 */
import { URI } from 'langium';
import { CancellationToken, ErrorCodes, ResponseError } from 'vscode-languageserver';
import { documentParams, onCustomRequest } from '../lsp/custom-requests.js';
import type { CalcServices } from '../calc-module.js';
import { currentDocument } from '../lsp/current-document.js';
import { summarizeDocument } from './summary-document.js';
import { SummaryRequestMethod, type SummaryParams, type SummaryResult } from './summary-protocol.js';

export function registerSummaryRequest(services: CalcServices): void {
    const connection = services.shared.lsp.Connection;
    if (!connection) return;
    onCustomRequest(connection, SummaryRequestMethod, documentParams(SummaryRequestMethod), ({ uri }, token) => summaryResponse(services, { uri: uri.toString() }, token));
}

/** The request's answer; exported for the tests, which have no connection. */
export async function summaryResponse(services: CalcServices, params: SummaryParams, token: CancellationToken = CancellationToken.None): Promise<SummaryResult> {
    if (typeof params?.uri !== 'string') throw new ResponseError(ErrorCodes.InvalidParams, 'calc/summary needs { uri: string }.');
    const uri = URI.parse(params.uri);
    const document = await currentDocument(services, uri, token, 'summary');
    return { version: document.textDocument.version, ...summarizeDocument(document, services.clinical.Analysis) };
}
