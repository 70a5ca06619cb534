/**
 * `Calc: Export as FHIR Bundle` (`calc.exportFhir`): the Bundles the language server
 * builds for a .calc file (`calc/fhir`, the same function as `calc-case export`),
 * written to a file the user picks. The save dialog asks before replacing a file.
 * The extension holds no medicine: it only asks and writes. No Node module is used, so
 * the web extension may register it too.
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { FhirRequest } from '../language/fhir/fhir-protocol.js';
import { documentParams } from '../language/lsp/document-protocol.js';
import { exportJson } from '../language/fhir/fhir-json.js';

export const EXPORT_FHIR_COMMAND = 'calc.exportFhir';

export function registerFhirExport(context: vscode.ExtensionContext, client: BaseLanguageClient): void {
    context.subscriptions.push(vscode.commands.registerCommand(EXPORT_FHIR_COMMAND, async (uri?: unknown) => {
        const resource = uri instanceof vscode.Uri ? uri : calcEditorResource();
        if (!resource) {
            void vscode.window.showInformationMessage('Open a .calc file to export it as a FHIR Bundle.');
            return undefined;
        }
        try {
            return await exportFhir(client, resource);
        } catch (error) {
            void vscode.window.showErrorMessage(`The FHIR export failed: ${(error as Error).message}`);
            return undefined;
        }
    }));
}

/** Writes the export of `resource` where the user chooses; the chosen file, or undefined when cancelled. */
export async function exportFhir(client: BaseLanguageClient, resource: vscode.Uri): Promise<vscode.Uri | undefined> {
    // Opening the document makes the client send it to the server (didOpen), so a closed file is known there too.
    await vscode.workspace.openTextDocument(resource);
    const result = await client.sendRequest(FhirRequest, documentParams(client.code2ProtocolConverter.asUri(resource)));
    const fileName = baseName(resource);
    if (result.bundles.length === 0) {
        void vscode.window.showInformationMessage(`${fileName} holds no case to export.`);
        return undefined;
    }
    const name = fileName.replace(/\.calc$/i, '');
    const target = await vscode.window.showSaveDialog({
        title: `Export ${fileName} as a FHIR Bundle`,
        defaultUri: defaultTarget(resource, `${name}.fhir.json`),
        filters: { 'FHIR JSON': ['json'] },
        saveLabel: 'Export'
    });
    if (!target) return undefined;
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(exportJson(result.bundles)));
    const count = result.bundles.length === 1 ? 'a FHIR Bundle' : `${result.bundles.length} FHIR Bundles`;
    const note = result.syntaxErrors > 0 ? ' The file has syntax errors: the export may be incomplete.' : '';
    void vscode.window.showInformationMessage(`Exported ${count} to ${baseName(target)}.${note}`, 'Open').then(choice => {
        if (choice) void vscode.window.showTextDocument(target);
    });
    return target;
}

function baseName(uri: vscode.Uri): string {
    return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}

function calcEditorResource(): vscode.Uri | undefined {
    const editor = vscode.window.activeTextEditor;
    return editor?.document.languageId === 'calc' ? editor.document.uri : undefined;
}

/** Beside the case file; an untitled file's export goes to the first workspace folder. */
function defaultTarget(resource: vscode.Uri, file: string): vscode.Uri | undefined {
    if (resource.scheme !== 'untitled') return vscode.Uri.joinPath(resource, '..', file);
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    return folder ? vscode.Uri.joinPath(folder, file) : undefined;
}
