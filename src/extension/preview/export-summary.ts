/**
 * `Calc: Export Management Summary…`: the standalone HTML page (the same as
 * `calc-case summary`) or Markdown, to a file the user picks. The save dialog asks
 * before replacing a file; nothing is written without that choice.
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { renderHtml } from '../../language/summary/render-html.js';
import { renderMarkdown } from '../../language/summary/render-markdown.js';
import { incompleteBanner } from '../../language/summary/summary-banners.js';
import { requestSummary } from './summary-client.js';

export async function exportSummary(client: BaseLanguageClient, resource: vscode.Uri): Promise<vscode.Uri | undefined> {
    const file = basename(resource);
    const target = await vscode.window.showSaveDialog({
        title: `Export Management Summary of ${file}`,
        defaultUri: defaultTarget(resource, `${file.replace(/\.calc$/i, '')}.summary.html`),
        filters: { 'HTML page': ['html', 'htm'], Markdown: ['md', 'markdown'] },
        saveLabel: 'Export'
    });
    if (!target) return undefined;
    const { result } = await requestSummary(client, resource);
    const banner = incompleteBanner(result);
    const markdown = /\.(md|markdown)$/i.test(target.path);
    const text = markdown ? renderMarkdown(result.summaries, banner) : renderHtml(result.summaries, { mode: 'standalone', banner });
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(text));
    const note = banner ? ' The file has syntax errors: the summary may be incomplete.' : '';
    void vscode.window.showInformationMessage(`Exported the management summary to ${basename(target)}.${note}`, 'Open').then(choice => {
        if (choice) void (markdown ? vscode.window.showTextDocument(target) : vscode.env.openExternal(target));
    });
    return target;
}

/** Beside the case file; an untitled file's summary goes to the first workspace folder. */
export function defaultTarget(resource: vscode.Uri, file: string): vscode.Uri | undefined {
    if (resource.scheme !== 'untitled') return vscode.Uri.joinPath(resource, '..', file);
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    return folder ? vscode.Uri.joinPath(folder, file) : undefined;
}

export function basename(uri: vscode.Uri): string {
    return uri.path.split('/').pop() ?? uri.path;
}
