/**
 * The lifecycle both kinds of webview panel share (the previews, the cohort view): the page,
 * its content, its messages, its visibility and its disposal.
 *
 * A webview without `retainContextWhenHidden` is torn down when hidden and reloads
 * `webview.html` when shown again — and not only after the extension was told it was hidden:
 * maximising the Problems panel and restoring it reloaded the preview's page unannounced, and the
 * page then showed what `webview.html` held ("Preparing the management summary…") until the next
 * edit (test/vscode/extension.test.ts). So every `ready` from a page is taken for a fresh load of `webview.html`, and is sent
 * the latest content unless that page already holds it; and, as VS Code's Markdown preview
 * does, a panel shown again is sent the latest at once.
 */
import * as vscode from 'vscode';
import { nonce } from './webview-page.js';

/** What every page's script sends first. */
export type ReadyMessage = { type: 'ready' };

export abstract class WebviewPanelView<FromPage extends ReadyMessage | { type: string }, ToPage> implements vscode.Disposable {
    protected readonly disposables: vscode.Disposable[] = [];
    private readonly disposed = new vscode.EventEmitter<void>();
    readonly onDidDispose = this.disposed.event;
    protected isDisposed = false;

    /** Counts the content displayed, and which of it `webview.html` holds. */
    private contentVersion = 0;
    private htmlVersion = -1;
    /** A page's script said it is ready since `webview.html` was last written (a reload VS Code does not announce may follow). */
    private scriptReady = false;

    protected constructor(protected readonly panel: vscode.WebviewPanel, read: (message: unknown) => FromPage | undefined) {
        this.disposables.push(
            panel.onDidDispose(() => this.dispose()),
            panel.onDidChangeViewState(({ webviewPanel }) => {
                if (!webviewPanel.visible) return;
                if (this.scriptReady) this.post();
                this.onDidShow();
            }),
            panel.webview.onDidReceiveMessage(message => {
                const m = read(message);
                if (m?.type === 'ready') {
                    this.scriptReady = true;
                    if (this.htmlVersion !== this.contentVersion) this.post();
                } else if (m) {
                    this.onMessage(m);
                }
            })
        );
    }

    /** The whole page, with this nonce on its one script. */
    protected abstract page(nonce: string): string;
    /** The message that swaps the content in place. */
    protected abstract update(): ToPage;
    /** A message of the page's (other than `ready`, which is answered here). */
    protected abstract onMessage(message: FromPage): void;
    /** Shown again (its content is already on its way). */
    protected onDidShow(): void {}

    /** The content changed: a hidden panel's page is rewritten, a live one updated in place. */
    protected contentChanged(): void {
        this.contentVersion++;
        if (!this.panel.visible) this.writePage();
        else if (this.scriptReady) this.post();
        // Otherwise the page is loading: its 'ready' asks for the latest.
    }

    /** A whole page (first show, a hidden panel, other webview options); its script restores the scroll position. */
    protected writePage(): void {
        this.panel.webview.html = this.page(nonce());
        this.htmlVersion = this.contentVersion;
        this.scriptReady = false;
    }

    /** Swaps the content in place: the page, and so its scroll position, stays. */
    private post(): void {
        void this.panel.webview.postMessage(this.update());
    }

    dispose(): void {
        if (this.isDisposed) return;
        this.isDisposed = true;
        this.disposed.fire();
        this.disposed.dispose();
        this.disposables.forEach(d => { d.dispose(); });
        this.panel.dispose();
    }
}
