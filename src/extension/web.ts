/** The client in VS Code for the Web: the language server runs in a web worker. */
import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/browser';
import { clientOptions } from './client-options.js';
import { registerFeatures } from './features.js';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
    // The project's TypeScript lib has no DOM; a web extension host has Worker.
    const { Worker } = globalThis as unknown as { Worker: new (url: string) => never };
    const worker = new Worker(vscode.Uri.joinPath(context.extensionUri, 'out/web/server.js').toString(true));
    client = new LanguageClient('calc', 'Calc Case', clientOptions(), worker);
    registerFeatures(context, client);
    // Activation does not wait for the server: requests wait for it themselves.
    client.start().catch(error => void vscode.window.showErrorMessage(`Calc: the language server did not start: ${error}`));
}

export async function deactivate(): Promise<void> {
    await client?.stop();
    client = undefined;
}
