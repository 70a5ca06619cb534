/**
 * `Calc: Export Case Report…`: the manuscript as DOCX, a standalone HTML page or Markdown, to a
 * file the user picks (the save dialog asks before replacing one). A file with errors is exported
 * only once the user confirms, having been told how many and the first.
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { renderReportHtml } from '../../language/report/render-report-html.js';
import { renderReportMarkdown } from '../../language/report/render-report-markdown.js';
import { dataUri } from '../../language/report/report-images.js';
import type { ReportResult } from '../../language/report/report-protocol.js';
import { incompleteBanner } from '../../language/summary/summary-banners.js';
import { basename, defaultTarget } from './export-summary.js';
import { figureUri, requestReport } from './report-client.js';

export async function exportReport(client: BaseLanguageClient, resource: vscode.Uri): Promise<vscode.Uri | undefined> {
    const file = basename(resource);
    const { result } = await requestReport(client, resource);
    if (result.errors > 0 && !await confirmErrors(file, result)) return undefined;
    const target = await vscode.window.showSaveDialog({
        title: `Export Case Report of ${file}`,
        defaultUri: defaultTarget(resource, `${file.replace(/\.calc$/i, '')}.report.docx`),
        filters: { 'Word document': ['docx'], 'HTML page': ['html', 'htm'], Markdown: ['md', 'markdown'] },
        saveLabel: 'Export'
    });
    if (!target) return undefined;
    const images = await figureBytes(resource, result);
    const banner = incompleteBanner(result);
    // The DOCX writer and its library (two thirds of the bundle) load with the first DOCX export, not at activation.
    const bytes = /\.docx$/i.test(target.path)
        ? await (await import('../../language/report/render-report-docx.js')).renderReportDocx(result.reports, figure => images.get(figure.image), banner)
        : new TextEncoder().encode(/\.(md|markdown)$/i.test(target.path)
            ? renderReportMarkdown(result.reports, banner)
            : renderReportHtml(result.reports, { mode: 'standalone', banner, images: figure => { const b = images.get(figure.image); return b && dataUri(b); } }));
    await vscode.workspace.fs.writeFile(target, bytes);
    void vscode.window.showInformationMessage(`Exported the case report to ${basename(target)}.`, 'Open').then(choice => {
        if (choice) void vscode.env.openExternal(target);
    });
    return target;
}

async function confirmErrors(file: string, result: ReportResult): Promise<boolean> {
    const first = result.reports.flatMap(r => r.warnings).find(w => w.severity === 'error') ?? result.firstSyntaxError;
    const where = first ? ` The first, on line ${first.line}: ${first.message}` : '';
    const choice = await vscode.window.showWarningMessage(
        `${file} has ${result.errors} error${result.errors === 1 ? '' : 's'}: the report may say something the file does not mean.${where}`,
        { modal: true, detail: 'Fix the errors first, or export anyway: the warnings are listed above the manuscript.' },
        'Export Anyway'
    );
    return choice === 'Export Anyway';
}

/** Each figure's bytes, read through the editor's file system from inside the workspace only. */
async function figureBytes(resource: vscode.Uri, result: ReportResult): Promise<Map<string, Uint8Array>> {
    const bytes = new Map<string, Uint8Array>();
    for (const figure of result.reports.flatMap(r => r.figures)) {
        const uri = figureUri(resource, figure);
        if (!uri) continue;
        try {
            bytes.set(figure.image, await vscode.workspace.fs.readFile(uri));
        } catch {
            // Missing: the export says so where the figure would be.
        }
    }
    return bytes;
}
