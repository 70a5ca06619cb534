/**
 * The cohort view: one panel over every case the language server knows (the workspace's
 * .calc files and any open one), refreshed when a case file is edited, created, changed
 * on disk or deleted — while the panel is hidden it only notes that it is stale.
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { CohortRequest, type CohortResult } from '../../language/cohort/cohort-protocol.js';
import { renderCohortContent, renderCohortHtml } from '../../language/cohort/render-cohort-html.js';
import type { CohortModel } from '../../language/cohort/cohort-types.js';
import { Debouncer, nonce, previewIcon, webviewOptions } from '../webview-page.js';

export const COHORT_VIEW_TYPE = 'calc.cohort';

/** A cohort is heavier than one summary: wait for a longer pause, but never more than two seconds. */
const DEBOUNCE = 500;
const MAX_WAIT = 2000;

export class CohortView implements vscode.Disposable {
    private readonly disposables: vscode.Disposable[] = [];
    private readonly disposed = new vscode.EventEmitter<void>();
    readonly onDidDispose = this.disposed.event;

    private model?: CohortModel;
    private banner?: string = 'Reading the cases of the workspace…';
    private scriptReady = false;
    /** The live page shows an older cohort than `model` (it is still loading). */
    private pageStale = false;
    /** `webview.html` (what a hidden webview reloads when shown) holds the latest cohort. */
    private htmlCurrent = false;
    /** A case file changed while the panel was hidden: refresh once it is shown. */
    private cohortStale = false;
    private sequence = 0;
    private readonly debouncer = new Debouncer(DEBOUNCE, MAX_WAIT, () => void this.refresh());
    private isDisposed = false;

    private constructor(
        private readonly panel: vscode.WebviewPanel,
        private readonly context: vscode.ExtensionContext,
        private readonly client: BaseLanguageClient
    ) {
        panel.webview.options = webviewOptions(context);
        panel.title = 'Cohort Summary';
        panel.iconPath = previewIcon(context);
        const watcher = vscode.workspace.createFileSystemWatcher('**/*.calc');
        this.disposables.push(
            watcher,
            watcher.onDidCreate(() => this.scheduleRefresh()),
            watcher.onDidChange(() => this.scheduleRefresh()),
            watcher.onDidDelete(() => this.scheduleRefresh()),
            vscode.workspace.onDidChangeTextDocument(event => {
                if (event.document.languageId === 'calc' && event.contentChanges.length > 0) this.scheduleRefresh();
            }),
            // An open file is in the cohort even outside the workspace (an untitled case): opening and closing one counts.
            vscode.workspace.onDidOpenTextDocument(document => {
                if (document.languageId === 'calc') this.scheduleRefresh();
            }),
            vscode.workspace.onDidCloseTextDocument(document => {
                if (document.languageId === 'calc') this.scheduleRefresh();
            }),
            panel.onDidDispose(() => this.dispose()),
            panel.onDidChangeViewState(({ webviewPanel }) => {
                // Hidden, the webview is torn down; shown again, it reloads the last page written.
                if (!webviewPanel.visible) {
                    this.scriptReady = false;
                    if (!this.htmlCurrent) this.writePage();
                    return;
                }
                if (this.cohortStale) this.scheduleRefresh();
            }),
            panel.webview.onDidReceiveMessage(message => this.onMessage(message))
        );
        this.writePage();
        void this.refresh();
    }

    static create(context: vscode.ExtensionContext, client: BaseLanguageClient): CohortView {
        const panel = vscode.window.createWebviewPanel(COHORT_VIEW_TYPE, 'Cohort Summary', vscode.ViewColumn.Active, webviewOptions(context));
        return new CohortView(panel, context, client);
    }

    static revive(context: vscode.ExtensionContext, client: BaseLanguageClient, panel: vscode.WebviewPanel): CohortView {
        return new CohortView(panel, context, client);
    }

    reveal(): void {
        this.panel.reveal();
    }

    private scheduleRefresh(): void {
        if (!this.panel.visible) {
            this.cohortStale = true;
            return;
        }
        this.debouncer.schedule();
    }

    async refresh(): Promise<void> {
        const sequence = ++this.sequence;
        this.cohortStale = false;
        let model: CohortResult;
        try {
            model = await this.client.sendRequest(CohortRequest);
        } catch (error) {
            if (sequence === this.sequence && !this.isDisposed) this.display(this.model, `The cohort could not be built: ${(error as Error).message}`);
            return;
        }
        // A newer request is on its way: this answer is already old.
        if (sequence === this.sequence && !this.isDisposed) this.display(model);
    }

    private display(model: CohortModel | undefined, banner?: string): void {
        this.model = model;
        this.banner = banner;
        if (!this.panel.visible) this.writePage();
        else if (this.scriptReady) this.post();
        else this.pageStale = true; // the page is loading: its 'ready' message asks for the latest
    }

    /** Swaps the content in place: the page, and so its scroll position, stays. */
    private post(): void {
        this.pageStale = false;
        this.htmlCurrent = false;
        const content = renderCohortContent(this.model, { mode: 'webview', banner: this.banner });
        void this.panel.webview.postMessage({ type: 'update', content });
    }

    private writePage(): void {
        const webview = this.panel.webview;
        webview.html = renderCohortHtml(this.model, {
            mode: 'webview',
            nonce: nonce(),
            scriptUri: webview.asWebviewUri(vscode.Uri.joinPath(this.context.extensionUri, 'media', 'cohort.js')).toString(),
            banner: this.banner
        });
        this.pageStale = false;
        this.htmlCurrent = true;
        this.scriptReady = false;
    }

    private onMessage(message: unknown): void {
        const m = message as { type?: unknown; uri?: unknown; line?: unknown };
        if (m?.type === 'ready') {
            this.scriptReady = true;
            if (this.pageStale) this.post();
        } else if (m?.type === 'open' && typeof m.uri === 'string' && Number.isInteger(m.line)) {
            void this.openCase(m.uri, m.line as number);
        }
    }

    /** Opens a case of the cohort at its line; the page can name no other file. */
    private async openCase(uri: string, line: number): Promise<void> {
        if (!this.model?.cases.some(c => c.uri === uri)) return;
        const position = new vscode.Position(Math.max(0, line - 1), 0);
        await vscode.window.showTextDocument(vscode.Uri.parse(uri), {
            viewColumn: vscode.ViewColumn.Beside,
            selection: new vscode.Range(position, position)
        });
    }

    dispose(): void {
        if (this.isDisposed) return;
        this.isDisposed = true;
        this.debouncer.dispose();
        this.disposed.fire();
        this.disposed.dispose();
        this.disposables.forEach(d => d.dispose());
        this.panel.dispose();
    }
}
