/**
 * `calc/cohort` on the language server's connection: the cohort of every document the
 * server knows — the `.calc` files of the workspace folders, which Langium's workspace
 * manager loads at start-up (on the web through the editor's file system), and any other
 * file open in the editor — once the edits sent before are built and every one is validated,
 * so each count of problems is the editor's.
 */
import { CancellationToken } from '../lsp/vscode-languageserver-values.js';
import type { CalcServices } from '../calc-module.js';
import { workspaceAnswer } from '../lsp/current-document.js';
import { noParams, onCustomRequest } from '../lsp/custom-requests.js';
import { cohortOfDocuments } from './cohort-documents.js';
import { CohortRequest, type CohortResult } from './cohort-protocol.js';

export function registerCohortRequest(services: CalcServices): void {
    onCustomRequest(services, CohortRequest, noParams, (_, token) => cohortResponse(services, token));
}

/** The request's answer; exported for the tests, which have no connection. */
export function cohortResponse(services: CalcServices, token: CancellationToken = CancellationToken.None): Promise<CohortResult> {
    return workspaceAnswer(services, token, 'cohort', documents => cohortOfDocuments(documents, services.clinical.Analysis));
}
