/**
 * `Calc: Export Cohort Summary…`: the cohort of the workspace as the standalone page (the
 * same as `calc-case cohort`), Markdown or JSON, to a file the user picks in the save
 * dialog, which asks before replacing one. Called with a file (a test, another
 * extension), it writes there without asking.
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { cohortFormatOf, formatCohort } from '../../language/cohort/format-cohort.js';
import { CohortRequest } from '../../language/cohort/cohort-protocol.js';

export async function exportCohort(client: BaseLanguageClient, target?: vscode.Uri): Promise<vscode.Uri | undefined> {
    const chosen = target ?? await vscode.window.showSaveDialog({
        title: 'Export Cohort Summary',
        defaultUri: vscode.workspace.workspaceFolders?.[0] && vscode.Uri.joinPath(vscode.workspace.workspaceFolders[0].uri, 'cohort.html'),
        filters: { 'HTML page': ['html', 'htm'], Markdown: ['md', 'markdown'], JSON: ['json'] },
        saveLabel: 'Export'
    });
    if (!chosen) return undefined;
    const model = await client.sendRequest(CohortRequest);
    const format = cohortFormatOf(chosen.path);
    await vscode.workspace.fs.writeFile(chosen, new TextEncoder().encode(formatCohort(model, format)));
    if (!target) {
        const note = model.incomplete.length > 0 ? ' Some files have syntax errors: the cohort may be incomplete.' : '';
        void vscode.window.showInformationMessage(`Exported the cohort of ${model.cases.length} cases to ${chosen.path.split('/').pop()}.${note}`, 'Open').then(choice => {
            if (choice) void (format === 'html' ? vscode.env.openExternal(chosen) : vscode.window.showTextDocument(chosen));
        });
    }
    return chosen;
}
