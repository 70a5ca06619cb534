/** The VS Code client: starts the Calc language server for .calc files. */
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { registerPreview } from './preview/register-preview.js';
import { registerNewCase } from './new-case.js';
import { registerFhirExport } from './fhir-export.js';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
    registerNewCase(context);
    client = startLanguageClient(context);
    registerPreview(context, client);
    registerFhirExport(context, client);
    await client.start();
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
    const clientOptions: LanguageClientOptions = {
        documentSelector: [{ language: 'calc' }],
        synchronize: {
            // Settings changes reach the server, which applies them without a reload.
            configurationSection: 'calc',
            fileEvents: vscode.workspace.createFileSystemWatcher('**/*.calc')
        }
    };
    return new LanguageClient('calc', 'Calc Case', serverOptions, clientOptions);
}
