/** `Calc: Open Cohort Summary`, its export, and the serializer that brings the cohort view back after a reload. */
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { COHORT_VIEW_TYPE, CohortView } from './cohort-view.js';
import { exportCohort } from './export-cohort.js';

export const CohortCommands = { show: 'calc.showCohort', export: 'calc.exportCohort' } as const;

export function registerCohort(context: vscode.ExtensionContext, client: BaseLanguageClient): void {
    let view: CohortView | undefined;
    const track = (opened: CohortView) => {
        view = opened;
        opened.onDidDispose(() => { if (view === opened) view = undefined; });
        return opened;
    };
    context.subscriptions.push(
        { dispose: () => view?.dispose() },
        vscode.window.registerWebviewPanelSerializer(COHORT_VIEW_TYPE, {
            deserializeWebviewPanel: async panel => { track(CohortView.revive(context, client, panel)); }
        }),
        vscode.commands.registerCommand(CohortCommands.show, () => view ? view.reveal() : track(CohortView.create(context, client))),
        vscode.commands.registerCommand(CohortCommands.export, (target?: unknown) => exportCohort(client, target instanceof vscode.Uri ? target : undefined))
    );
}
