/** What the client asks of the server, the same on the desktop and on the web. */
import * as vscode from 'vscode';
import type { LanguageClientOptions } from 'vscode-languageclient';

export function clientOptions(): LanguageClientOptions {
    return {
        documentSelector: [{ language: 'calc' }],
        synchronize: {
            // Settings changes reach the server, which applies them without a reload.
            configurationSection: 'calc',
            fileEvents: vscode.workspace.createFileSystemWatcher('**/*.calc')
        }
    };
}
