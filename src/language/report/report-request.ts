/** `calc/report` on the language server's connection, answered as `calc/summary` is: for the text the client last sent. */
import { URI } from 'langium';
import { CancellationToken, ErrorCodes, ResponseError } from 'vscode-languageserver';
import type { CalcServices } from '../calc-module.js';
import { currentDocument } from '../lsp/current-document.js';
import { reportDocument } from './report-document.js';
import { ReportRequestMethod, type ReportParams, type ReportResult } from './report-protocol.js';

export function registerReportRequest(services: CalcServices): void {
    const connection = services.shared.lsp.Connection;
    if (!connection) return;
    connection.onRequest(ReportRequestMethod, (params: ReportParams, token: CancellationToken) => reportResponse(services, params, token));
}

export async function reportResponse(services: CalcServices, params: ReportParams, token: CancellationToken = CancellationToken.None): Promise<ReportResult> {
    if (typeof params?.uri !== 'string') throw new ResponseError(ErrorCodes.InvalidParams, 'calc/report needs { uri: string }.');
    const document = await currentDocument(services, URI.parse(params.uri), token, 'report');
    return { version: document.textDocument.version, ...reportDocument(document, services.clinical.Analysis) };
}
