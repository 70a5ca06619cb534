/**
 * One preview panel of a .calc file (the management summary, the case report), modelled on
 * VS Code's Markdown preview: it shows one file (following the active editor unless locked),
 * refreshes while the file is edited, swaps the content in place so the scroll position stays,
 * and keeps the last content of a version that parsed while the file has syntax errors.
 * What differs between the previews is a PreviewKind (preview-kinds.ts).
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { keptBanner, waitingBanner } from '../../language/summary/summary-banners.js';
import type { Banner } from '../../language/summary/summary-types.js';
import { WebviewPanelView } from '../webview-panel.js';
import { Debouncer, previewIcon, webviewScript } from '../webview-page.js';
import type { PreviewKind } from './preview-kinds.js';
import { readFromPreview, type FromPreview, type PreviewState, type ToPreview } from './preview-messages.js';

/** Quiet while typing, but never more than a second behind (ms). */
const DEBOUNCE = 300;
const MAX_WAIT = 1000;

export class CasePreview<Item> extends WebviewPanelView<FromPreview, ToPreview> {
    private lastGood?: Item[];
    private shown: { items: Item[]; banner?: Banner };
    private sequence = 0;
    private readonly debouncer = new Debouncer(DEBOUNCE, MAX_WAIT, () => void this.refresh());

    private constructor(
        private readonly kind: PreviewKind<Item>,
        panel: vscode.WebviewPanel,
        private resourceUri: vscode.Uri,
        private locked: boolean,
        private readonly context: vscode.ExtensionContext,
        private readonly client: BaseLanguageClient
    ) {
        super(panel, readFromPreview);
        this.shown = { items: [], banner: { text: `Preparing the ${kind.noun}…` } };
        panel.webview.options = kind.webviewOptions(context, resourceUri);
        this.disposables.push(this.debouncer);
        this.updateTitle();
        this.writePage();
        void this.refresh();
    }

    static create<Item>(kind: PreviewKind<Item>, context: vscode.ExtensionContext, client: BaseLanguageClient, resource: vscode.Uri, column: vscode.ViewColumn, preserveFocus: boolean, locked = false): CasePreview<Item> {
        const panel = vscode.window.createWebviewPanel(kind.viewType, '', { viewColumn: column, preserveFocus }, kind.webviewOptions(context, resource));
        return new CasePreview(kind, panel, resource, locked, context, client);
    }

    static revive<Item>(kind: PreviewKind<Item>, context: vscode.ExtensionContext, client: BaseLanguageClient, panel: vscode.WebviewPanel, state: PreviewState): CasePreview<Item> {
        return new CasePreview(kind, panel, vscode.Uri.parse(state.uri), state.locked, context, client);
    }

    get resource(): vscode.Uri {
        return this.resourceUri;
    }

    get isLocked(): boolean {
        return this.locked;
    }

    get isActive(): boolean {
        return this.panel.active;
    }

    matches(resource: vscode.Uri): boolean {
        return this.resourceUri.toString() === resource.toString();
    }

    reveal(column?: vscode.ViewColumn, preserveFocus = false): void {
        this.panel.reveal(column, preserveFocus);
    }

    /** Shows another file (the active editor changed, or a command named one). */
    show(resource: vscode.Uri): void {
        if (this.matches(resource)) return;
        this.resourceUri = resource;
        this.lastGood = undefined;
        this.updateTitle();
        // Another file may read images from another folder: the webview may load from its roots only.
        const options = this.kind.webviewOptions(this.context, resource);
        if (JSON.stringify(options.localResourceRoots) !== JSON.stringify(this.panel.webview.options.localResourceRoots)) {
            this.panel.webview.options = options;
            this.writePage();
        }
        void this.refresh();
    }

    toggleLock(): void {
        this.locked = !this.locked;
        this.updateTitle();
        this.display(this.shown.items, this.shown.banner);
    }

    /** An edit of the file: refresh once typing pauses, at least once a second, and always after the last change. */
    scheduleRefresh(): void {
        this.debouncer.schedule();
    }

    async refresh(): Promise<void> {
        const sequence = ++this.sequence;
        let response;
        try {
            response = await this.kind.request(this.client, this.resourceUri);
        } catch (error) {
            if (sequence === this.sequence && !this.isDisposed) {
                this.display(this.lastGood ?? [], { text: `The ${this.kind.noun} could not be built: ${(error as Error).message}` });
            }
            return;
        }
        // A newer request is on its way: this answer is already old.
        if (sequence !== this.sequence || this.isDisposed) return;
        const { result, document, items } = response;
        if (result.syntaxErrors === 0) {
            this.lastGood = items;
            this.display(items);
        } else {
            this.display(this.lastGood ?? [], this.lastGood ? keptBanner(result, this.kind.bannerNoun) : waitingBanner(result, this.kind.bannerNoun));
        }
        // The server answers for the text it has; an edit since then gets its own refresh.
        if (result.version < document.version && !this.debouncer.pending) this.scheduleRefresh();
    }

    private display(items: Item[], banner?: Banner): void {
        this.shown = { items, banner };
        this.contentChanged();
    }

    private state(): PreviewState {
        return { uri: this.resourceUri.toString(), locked: this.locked };
    }

    protected update(): ToPreview {
        const content = this.kind.content(this.shown.items, this.shown.banner, { webview: this.panel.webview, resource: this.resourceUri });
        return { type: 'update', content, state: this.state() };
    }

    protected page(nonce: string): string {
        const webview = this.panel.webview;
        const media = (file: string) => webview.asWebviewUri(vscode.Uri.joinPath(this.context.extensionUri, 'media', file)).toString();
        return this.kind.page(this.shown.items, {
            webview,
            resource: this.resourceUri,
            nonce,
            cspSource: webview.cspSource,
            styleUri: media('preview.css'),
            scriptUri: webviewScript(this.context, webview, 'preview'),
            banner: this.shown.banner,
            state: this.state()
        });
    }

    private updateTitle(): void {
        const name = this.resourceUri.path.split('/').pop();
        this.panel.title = `${this.locked ? '[Locked] ' : ''}${this.kind.titleWord} ${name}`;
        this.panel.iconPath = previewIcon(this.context);
    }

    protected onMessage(message: FromPreview): void {
        if (message.type === 'reveal') void this.revealLine(message.line, message.column);
    }

    /** Shows the line in the editor that has the file, or opens it beside the preview. */
    private async revealLine(line: number, column: number): Promise<void> {
        const position = new vscode.Position(Math.max(0, line - 1), Math.max(0, column - 1));
        const open = vscode.window.visibleTextEditors.find(editor => editor.document.uri.toString() === this.resourceUri.toString());
        const document = open?.document ?? await vscode.workspace.openTextDocument(this.resourceUri);
        const editor = await vscode.window.showTextDocument(document, {
            viewColumn: open?.viewColumn ?? vscode.ViewColumn.Beside,
            selection: new vscode.Range(position, position),
            preserveFocus: false
        });
        editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    }
}
