/** Asks the language server for a document's summary (`calc/summary`): the extension holds no medicine. */
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { documentParams } from '../../language/lsp/document-protocol.js';
import { SummaryRequest, type SummaryResult } from '../../language/summary/summary-protocol.js';

/**
 * Opening the document first makes the client send it to the server (didOpen), so a
 * file outside the workspace, or one restored after a reload, is known there too.
 */
export async function requestSummary(client: BaseLanguageClient, resource: vscode.Uri, token?: vscode.CancellationToken): Promise<{ result: SummaryResult; document: vscode.TextDocument }> {
    const document = await vscode.workspace.openTextDocument(resource);
    const result = await client.sendRequest(SummaryRequest, documentParams(client.code2ProtocolConverter.asUri(resource)), token);
    return { result, document };
}
