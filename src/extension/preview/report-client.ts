/** The case report from the language server (`calc/report`), and where its figures may be read from. */
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { documentParams } from '../../language/lsp/document-protocol.js';
import { ReportRequest, type ReportResult } from '../../language/report/report-protocol.js';
import type { ReportFigure } from '../../language/report/report-types.js';
import { figurePath } from '../../language/report/report-images.js';

export async function requestReport(client: BaseLanguageClient, resource: vscode.Uri): Promise<{ result: ReportResult; document: vscode.TextDocument }> {
    const document = await vscode.workspace.openTextDocument(resource);
    return { result: await client.sendRequest(ReportRequest, documentParams(client.code2ProtocolConverter.asUri(resource))), document };
}

/** The workspace folders; with none, the case file's own folder (an untitled file has none). */
export function workspaceRoots(resource: vscode.Uri): vscode.Uri[] {
    const folders = vscode.workspace.workspaceFolders?.map(f => f.uri) ?? [];
    if (folders.length > 0) return folders;
    return resource.scheme === 'untitled' ? [] : [vscode.Uri.joinPath(resource, '..')];
}

/**
 * A figure's image file: relative to the case file, never above it (report-checks.ts), and inside
 * the workspace; undefined otherwise, so that nothing outside it is ever read or shown.
 */
export function figureUri(resource: vscode.Uri, figure: ReportFigure): vscode.Uri | undefined {
    const folder = vscode.Uri.joinPath(resource, '..');
    const path = resource.scheme === 'untitled' ? undefined : figurePath(folder.path, figure.image);
    if (!path) return undefined;
    const uri = folder.with({ path });
    const roots = workspaceRoots(resource);
    return roots.some(root => uri.scheme === root.scheme && uri.authority === root.authority && uri.path.startsWith(root.path.replace(/\/?$/, '/'))) ? uri : undefined;
}

export function reportImageUri(webview: vscode.Webview, resource: vscode.Uri, figure: ReportFigure): string | undefined {
    const uri = figureUri(resource, figure);
    return uri && webview.asWebviewUri(uri).toString();
}
