/** The management-summary commands, the preview panels and their serializer. */
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { exportSummary } from './export-summary.js';
import { PreviewManager } from './preview-manager.js';
import { SUMMARY_VIEW_TYPE } from './summary-preview.js';

export const SummaryCommands = {
    show: 'calc.showSummary',
    showToSide: 'calc.showSummaryToSide',
    toggleLock: 'calc.toggleSummaryLock',
    export: 'calc.exportSummary'
} as const;

export function registerPreview(context: vscode.ExtensionContext, client: BaseLanguageClient): void {
    const previews = new PreviewManager(context, client);

    /** The file a command is about: the one clicked (explorer, editor title), else the active editor's, else the active preview's. */
    const resourceFor = (uri: unknown): vscode.Uri | undefined => {
        if (uri instanceof vscode.Uri) return uri;
        const editor = vscode.window.activeTextEditor;
        if (editor?.document.languageId === 'calc') return editor.document.uri;
        return previews.activePreview()?.resource;
    };
    const withResource = (action: (resource: vscode.Uri) => unknown) => (uri: unknown) => {
        const resource = resourceFor(uri);
        if (resource) return action(resource);
        void vscode.window.showInformationMessage('Open a .calc file to see its management summary.');
        return undefined;
    };

    context.subscriptions.push(
        previews,
        vscode.window.registerWebviewPanelSerializer(SUMMARY_VIEW_TYPE, previews),
        vscode.commands.registerCommand(SummaryCommands.show, withResource(resource => previews.open(resource, vscode.ViewColumn.Active, false))),
        vscode.commands.registerCommand(SummaryCommands.showToSide, withResource(resource => previews.open(resource, vscode.ViewColumn.Beside, true))),
        vscode.commands.registerCommand(SummaryCommands.toggleLock, () => previews.toggleLock()),
        vscode.commands.registerCommand(SummaryCommands.export, withResource(resource => exportSummary(client, resource)))
    );
}
