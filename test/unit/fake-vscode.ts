/**
 * The few parts of the `vscode` API the webview panels use, for unit tests of their
 * lifecycle (vitest.config.ts aliases `vscode` to this file): a webview panel whose page
 * the test loads, hides and shows, as VS Code would, and which records what it shows.
 */
import { URI, UriUtils } from 'langium';

type Listener<T> = (value: T) => void;

export class EventEmitter<T = void> {
    private listeners = new Set<Listener<T>>();
    readonly event = (listener: Listener<T>) => {
        this.listeners.add(listener);
        return { dispose: () => this.listeners.delete(listener) };
    };
    fire(value: T): void {
        for (const listener of [...this.listeners]) listener(value);
    }
    dispose(): void {
        this.listeners.clear();
    }
}

export const Uri = {
    parse: (value: string) => URI.parse(value),
    file: (path: string) => URI.file(path),
    joinPath: (base: URI, ...parts: string[]) => UriUtils.joinPath(base, ...parts)
};

export enum ViewColumn { Active = -1, Beside = -2, One = 1 }
export enum TextEditorRevealType { InCenterIfOutsideViewport = 2 }
export class Position { constructor(readonly line: number, readonly character: number) {} }
export class Range { constructor(readonly start: Position, readonly end: Position) {} }

/** A webview as the page in it behaves: a load shows `html` and sends 'ready'; an update swaps the content. */
export class FakeWebview {
    html = '';
    options: object = {};
    readonly cspSource = 'https://webview.test';
    /** What the page shows: the HTML it loaded, or the content of the last update since. */
    shown = '';
    private loaded = false;
    private readonly received = new EventEmitter<unknown>();
    readonly onDidReceiveMessage = this.received.event;

    asWebviewUri(uri: URI): URI { return uri; }

    postMessage(message: { type: string; content?: string }): Promise<boolean> {
        // A page being torn down or loading takes no message.
        if (this.loaded && message.type === 'update' && message.content !== undefined) this.shown = message.content;
        return Promise.resolve(this.loaded);
    }

    /** The page loads `html` (first show, or shown again after being torn down) and its script says so. */
    load(): void {
        this.shown = this.html;
        this.loaded = true;
        this.received.fire({ type: 'ready' });
    }

    tearDown(): void {
        this.loaded = false;
    }
}

export class FakeWebviewPanel {
    readonly webview = new FakeWebview();
    title = '';
    iconPath: unknown;
    visible = true;
    active = true;
    private readonly viewState = new EventEmitter<{ webviewPanel: FakeWebviewPanel }>();
    private readonly disposed = new EventEmitter<void>();
    readonly onDidChangeViewState = this.viewState.event;
    readonly onDidDispose = this.disposed.event;

    /** Hidden (another tab in front): the webview is torn down, and the extension told. */
    hide(): void {
        this.visible = false;
        this.webview.tearDown();
        this.viewState.fire({ webviewPanel: this });
    }

    /** Shown again: told, and the page reloads what `html` holds. */
    show(): void {
        this.visible = true;
        this.viewState.fire({ webviewPanel: this });
        this.webview.load();
    }

    reveal(): void {}
    dispose(): void { this.disposed.fire(); }
}

export const window = {
    panels: [] as FakeWebviewPanel[],
    visibleTextEditors: [],
    createWebviewPanel(): FakeWebviewPanel {
        const panel = new FakeWebviewPanel();
        window.panels.push(panel);
        return panel;
    },
    onDidChangeActiveTextEditor: none
};

/** The documents `openTextDocument` answers with, by URI (a version the server's answer is compared to). */
export const documents = new Map<string, { uri: URI; version: number }>();

export const workspace = {
    workspaceFolders: undefined,
    openTextDocument: async (uri: URI) => documents.get(uri.toString()) ?? { uri, version: 0 },
    createFileSystemWatcher: () => ({ onDidCreate: none, onDidChange: none, onDidDelete: none, dispose() {} }),
    onDidChangeTextDocument: none,
    onDidOpenTextDocument: none,
    onDidCloseTextDocument: none
};

function none(): { dispose(): void } {
    return { dispose() {} };
}
