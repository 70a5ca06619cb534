/** Asks the language server for a document's summary (`calc/summary`): the extension holds no medicine. */
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { SummaryRequestMethod, type SummaryParams, type SummaryResult } from '../../language/summary/summary-protocol.js';

/**
 * Opening the document first makes the client send it to the server (didOpen), so a
 * file outside the workspace, or one restored after a reload, is known there too.
 */
export async function requestSummary(client: BaseLanguageClient, resource: vscode.Uri, token?: vscode.CancellationToken): Promise<{ result: SummaryResult; document: vscode.TextDocument }> {
    const document = await vscode.workspace.openTextDocument(resource);
    const params: SummaryParams = { uri: client.code2ProtocolConverter.asUri(resource) };
    // An undefined token would travel as a second, positional parameter.
    const result = token
        ? await client.sendRequest<SummaryResult>(SummaryRequestMethod, params, token)
        : await client.sendRequest<SummaryResult>(SummaryRequestMethod, params);
    return { result, document };
}
