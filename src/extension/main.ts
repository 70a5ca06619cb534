/** The VS Code client: starts the Calc language server for .calc files. */
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type ServerOptions } from 'vscode-languageclient/node';
import { clientOptions } from './client-options.js';
import { registerFeatures } from './features.js';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
    client = startLanguageClient(context);
    registerFeatures(context, client);
    // Activation does not wait for the server: requests wait for it themselves.
    client.start().catch(error => void vscode.window.showErrorMessage(`Calc: the language server did not start: ${error}`));
}

export async function deactivate(): Promise<void> {
    await client?.stop();
    client = undefined;
}

function startLanguageClient(context: vscode.ExtensionContext): LanguageClient {
    const serverModule = context.asAbsolutePath('out/language/main.cjs');
    const serverOptions: ServerOptions = {
        run: { module: serverModule, transport: TransportKind.ipc },
        debug: {
            module: serverModule,
            transport: TransportKind.ipc,
            options: { execArgv: ['--nolazy', `--inspect=${process.env.DEBUG_SOCKET ?? '6009'}`] }
        }
    };
    return new LanguageClient('calc', 'Calc Case', serverOptions, clientOptions());
}
