/** What the extension's webview panels (the summary preview, the cohort view) share. */
import * as vscode from 'vscode';

/** A fresh nonce for each webview page: Web Crypto, in the Node and the browser extension hosts alike. */
export function nonce(): string {
    const bytes = crypto.getRandomValues(new Uint8Array(16));
    return Array.from(bytes, b => b.toString(16).padStart(2, '0')).join('');
}

/** Where esbuild.mjs writes the pages' scripts (the bundles of preview-webview.ts and cohort-webview.ts). */
const SCRIPTS = 'out/webview';

/** Scripts for the nonce'd files of media/ and the pages' bundled scripts, nothing else of the disk, no command links. */
export function webviewOptions(context: vscode.ExtensionContext): vscode.WebviewPanelOptions & vscode.WebviewOptions {
    return {
        enableScripts: true,
        enableCommandUris: false,
        enableFindWidget: true,
        localResourceRoots: [vscode.Uri.joinPath(context.extensionUri, 'media'), vscode.Uri.joinPath(context.extensionUri, SCRIPTS)]
    };
}

/** The webview URI of a page's script: `preview` (the summary and the report) or `cohort`. */
export function webviewScript(context: vscode.ExtensionContext, webview: vscode.Webview, name: 'preview' | 'cohort'): string {
    return webview.asWebviewUri(vscode.Uri.joinPath(context.extensionUri, SCRIPTS, `${name}.js`)).toString();
}

export function previewIcon(context: vscode.ExtensionContext): { light: vscode.Uri; dark: vscode.Uri } {
    return {
        light: vscode.Uri.joinPath(context.extensionUri, 'media', 'preview-light.svg'),
        dark: vscode.Uri.joinPath(context.extensionUri, 'media', 'preview-dark.svg')
    };
}

/**
 * Runs an action once changes pause for `quietMs`, and at the latest `maxWaitMs` after the
 * first change not yet acted on: quiet while typing, never far behind.
 */
export class Debouncer implements vscode.Disposable {
    private timer?: ReturnType<typeof setTimeout>;
    private pendingSince?: number;

    constructor(private readonly quietMs: number, private readonly maxWaitMs: number, private readonly action: () => void) {}

    get pending(): boolean {
        return this.timer !== undefined;
    }

    schedule(): void {
        const now = Date.now();
        this.pendingSince ??= now;
        clearTimeout(this.timer);
        this.timer = setTimeout(() => {
            this.timer = undefined;
            this.pendingSince = undefined;
            this.action();
        }, Math.max(0, Math.min(this.quietMs, this.pendingSince + this.maxWaitMs - now)));
    }

    dispose(): void {
        clearTimeout(this.timer);
        this.timer = undefined;
    }
}
