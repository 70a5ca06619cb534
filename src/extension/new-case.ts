/** `Calc: New Case`: an untitled .calc editor with a whole case laid out as a snippet. */
import * as vscode from 'vscode';
import { blockSnippet } from '../language/lsp/calc-snippets.js';

export function registerNewCase(context: vscode.ExtensionContext): void {
    context.subscriptions.push(vscode.commands.registerCommand('calc.newCase', async () => {
        const document = await vscode.workspace.openTextDocument({ language: 'calc', content: '' });
        const editor = await vscode.window.showTextDocument(document);
        // The snippet is the server's completion (not contributed to VS Code, which offered it after any word).
        await editor.insertSnippet(new vscode.SnippetString(blockSnippet('New case').body));
    }));
}
