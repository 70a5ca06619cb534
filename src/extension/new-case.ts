/** `Calc: New Case`: an untitled .calc editor with a whole case laid out as a snippet. */
import * as vscode from 'vscode';

export function registerNewCase(context: vscode.ExtensionContext): void {
    context.subscriptions.push(vscode.commands.registerCommand('calc.newCase', async () => {
        const document = await vscode.workspace.openTextDocument({ language: 'calc', content: '' });
        await vscode.window.showTextDocument(document);
        await vscode.commands.executeCommand('editor.action.insertSnippet', { langId: 'calc', name: 'New case' });
    }));
}
