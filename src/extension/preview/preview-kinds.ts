/**
 * What makes a preview the management summary or the case report: its view type, its words,
 * the request that fetches its content, its renderer and what its webview may load.
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { renderContent, renderHtml } from '../../language/summary/render-html.js';
import type { DocumentSummary } from '../../language/summary/summary-protocol.js';
import type { Banner, CaseSummary } from '../../language/summary/summary-types.js';
import { renderReportContent, renderReportHtml } from '../../language/report/render-report-html.js';
import type { CaseReport } from '../../language/report/report-types.js';
import { webviewOptions } from '../webview-page.js';
import { requestSummary } from './summary-client.js';
import { requestReport, reportImageUri, workspaceRoots } from './report-client.js';

export interface ContentContext {
    webview: vscode.Webview;
    resource: vscode.Uri;
}

export interface PageContext extends ContentContext {
    nonce: string;
    cspSource: string;
    styleUri: string;
    scriptUri: string;
    banner?: Banner;
    state: unknown;
}

export interface PreviewKind<Item> {
    viewType: string;
    /** In the panel's title: "Summary 01-thigh.calc". */
    titleWord: string;
    /** In messages: "Preparing the management summary…". */
    noun: string;
    /** In the banners of a file that does not parse: "This is the summary from before". */
    bannerNoun: string;
    request(client: BaseLanguageClient, resource: vscode.Uri): Promise<{
        result: Pick<DocumentSummary, 'syntaxErrors' | 'firstSyntaxError'> & { version: number };
        document: vscode.TextDocument;
        items: Item[];
    }>;
    page(items: Item[], context: PageContext): string;
    content(items: Item[], banner: Banner | undefined, context: ContentContext): string;
    webviewOptions(context: vscode.ExtensionContext, resource: vscode.Uri): vscode.WebviewPanelOptions & vscode.WebviewOptions;
}

export const SUMMARY_VIEW_TYPE = 'calc.summary';
export const REPORT_VIEW_TYPE = 'calc.report';

export const SummaryKind: PreviewKind<CaseSummary> = {
    viewType: SUMMARY_VIEW_TYPE,
    titleWord: 'Summary',
    noun: 'management summary',
    bannerNoun: 'summary',
    async request(client, resource) {
        const { result, document } = await requestSummary(client, resource);
        return { result, document, items: result.summaries };
    },
    page: (items, context) => renderHtml(items, { mode: 'webview', ...context }),
    content: (items, banner) => renderContent(items, { mode: 'webview', banner }),
    webviewOptions: context => webviewOptions(context)
};

export const ReportKind: PreviewKind<CaseReport> = {
    viewType: REPORT_VIEW_TYPE,
    titleWord: 'Report',
    noun: 'case report',
    bannerNoun: 'case report',
    async request(client, resource) {
        const { result, document } = await requestReport(client, resource);
        return { result, document, items: result.reports };
    },
    page: (items, context) => renderReportHtml(items, { mode: 'webview', ...context, images: figure => reportImageUri(context.webview, context.resource, figure) }),
    content: (items, banner, context) => renderReportContent(items, { mode: 'webview', banner, images: figure => reportImageUri(context.webview, context.resource, figure) }),
    // Its figures come from the workspace (the case file's folder when there is none), and from nowhere else.
    webviewOptions: (context, resource) => {
        const options = webviewOptions(context);
        return { ...options, localResourceRoots: [...(options.localResourceRoots ?? []), ...workspaceRoots(resource)] };
    }
};
