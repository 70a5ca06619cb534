/** The commands of the management summary and of the case report, their preview panels and serializers. */
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { exportSummary } from './export-summary.js';
import { exportReport } from './export-report.js';
import { PreviewManager } from './preview-manager.js';
import { ReportKind, SummaryKind, type PreviewKind } from './preview-kinds.js';

export const SummaryCommands = {
    show: 'calc.showSummary',
    showToSide: 'calc.showSummaryToSide',
    toggleLock: 'calc.toggleSummaryLock',
    export: 'calc.exportSummary'
} as const;

export const ReportCommands = {
    show: 'calc.showReport',
    showToSide: 'calc.showReportToSide',
    toggleLock: 'calc.toggleReportLock',
    export: 'calc.exportReport'
} as const;

type Commands = { show: string; showToSide: string; toggleLock: string; export: string };
type Exporter = (client: BaseLanguageClient, resource: vscode.Uri) => Promise<unknown>;

export function registerPreview(context: vscode.ExtensionContext, client: BaseLanguageClient): void {
    registerKind(context, client, SummaryKind, SummaryCommands, exportSummary);
    registerKind(context, client, ReportKind, ReportCommands, exportReport);
}

function registerKind<Item>(context: vscode.ExtensionContext, client: BaseLanguageClient, kind: PreviewKind<Item>, commands: Commands, exporter: Exporter): void {
    const previews = new PreviewManager(kind, context, client);

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
        void vscode.window.showInformationMessage(`Open a .calc file to see its ${kind.noun}.`);
        return undefined;
    };

    context.subscriptions.push(
        previews,
        vscode.window.registerWebviewPanelSerializer(kind.viewType, previews),
        vscode.commands.registerCommand(commands.show, withResource(resource => previews.open(resource, vscode.ViewColumn.Active, false))),
        vscode.commands.registerCommand(commands.showToSide, withResource(resource => previews.open(resource, vscode.ViewColumn.Beside, true))),
        vscode.commands.registerCommand(commands.toggleLock, () => previews.toggleLock()),
        vscode.commands.registerCommand(commands.export, withResource(resource => exporter(client, resource)))
    );
}
