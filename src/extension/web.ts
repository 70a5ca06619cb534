/** The client in VS Code for the Web: the language server runs in a web worker and reads the workspace through the editor. */
import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/browser';
import { clientOptions } from './client-options.js';
import { registerFeatures } from './features.js';
import { serveWorkspaceFileSystem } from './workspace-fs.js';

let client: LanguageClient | undefined;

// The project's TypeScript lib has no DOM; a web extension host has these.
const web = globalThis as unknown as {
    Worker: new (url: string) => never;
    Blob: new (parts: Uint8Array[], options: { type: string }) => unknown;
    URL: { createObjectURL(blob: unknown): string };
};

export async function activate(context: vscode.ExtensionContext): Promise<void> {
    const worker = new web.Worker(await workerUrl(vscode.Uri.joinPath(context.extensionUri, 'out/web/server.js')));
    client = new LanguageClient('calc', 'Calc Case', worker, clientOptions());
    // The worker has no file system: it reads the workspace through the editor's.
    serveWorkspaceFileSystem(client);
    registerFeatures(context, client);
    // Activation does not wait for the server: requests wait for it themselves.
    client.start().catch(error => void vscode.window.showErrorMessage(`Calc: the language server did not start: ${error}`));
}

/**
 * Where the worker can load the server from. VS Code for the Web serves extensions over
 * http(s); a remote one (code-server, Codespaces: `vscode-remote:`) cannot start a worker
 * from its own URI, so the script is read through the workspace file system and handed over as a blob.
 */
async function workerUrl(script: vscode.Uri): Promise<string> {
    if (['http', 'https', 'file'].includes(script.scheme)) return script.toString(true);
    const source = await vscode.workspace.fs.readFile(script);
    return web.URL.createObjectURL(new web.Blob([source], { type: 'text/javascript' }));
}

export async function deactivate(): Promise<void> {
    await client?.stop();
    client = undefined;
}
