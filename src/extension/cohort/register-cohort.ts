/** `Calc: Open Cohort Summary`, its export, and the serializer that brings the cohort view back after a reload. */
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import type { CohortView } from './cohort-view.js';

export const CohortCommands = { show: 'calc.showCohort', export: 'calc.exportCohort' } as const;
export const COHORT_VIEW_TYPE = 'calc.cohort';

/** The view and the export load when first used: activation needs neither (nor their renderers, charts and number formats). */
const cohortView = () => import('./cohort-view.js');
const cohortExport = () => import('./export-cohort.js');

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
            deserializeWebviewPanel: async panel => { track((await cohortView()).CohortView.revive(context, client, panel)); }
        }),
        vscode.commands.registerCommand(CohortCommands.show, async () => {
            const { CohortView } = await cohortView();
            return view ? view.reveal() : track(CohortView.create(context, client));
        }),
        vscode.commands.registerCommand(CohortCommands.export, async (target?: unknown) => (await cohortExport()).exportCohort(client, target instanceof vscode.Uri ? target : undefined))
    );
}
