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
import { WebviewPanelView } from '../webview-panel.js';
import { Debouncer, previewIcon, webviewOptions, webviewScript } from '../webview-page.js';
import { readFromCohort, type FromCohort, type ToCohort } from './cohort-messages.js';
import { COHORT_VIEW_TYPE } from './register-cohort.js';

/** A cohort is heavier than one summary: wait for a longer pause, but never more than two seconds. */
const DEBOUNCE = 500;
const MAX_WAIT = 2000;

export class CohortView extends WebviewPanelView<FromCohort, ToCohort> {
    private model?: CohortModel;
    private banner?: string = 'Reading the cases of the workspace…';
    /** A case file changed while the panel was hidden: refresh once it is shown. */
    private cohortStale = false;
    private sequence = 0;
    private readonly debouncer = new Debouncer(DEBOUNCE, MAX_WAIT, () => void this.refresh());

    private constructor(panel: vscode.WebviewPanel, private readonly context: vscode.ExtensionContext, private readonly client: BaseLanguageClient) {
        super(panel, readFromCohort);
        panel.webview.options = webviewOptions(context);
        panel.title = 'Cohort Summary';
        panel.iconPath = previewIcon(context);
        const watcher = vscode.workspace.createFileSystemWatcher('**/*.calc');
        this.disposables.push(
            this.debouncer,
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
            })
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

    protected override onDidShow(): void {
        if (this.cohortStale) this.scheduleRefresh();
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
        this.contentChanged();
    }

    protected update(): ToCohort {
        return { type: 'update', content: renderCohortContent(this.model, { mode: 'webview', banner: this.banner }) };
    }

    protected page(nonce: string): string {
        return renderCohortHtml(this.model, { mode: 'webview', nonce, scriptUri: webviewScript(this.context, this.panel.webview, 'cohort'), banner: this.banner });
    }

    protected onMessage(message: FromCohort): void {
        if (message.type === 'open') void this.openCase(message.uri, message.line);
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
}
