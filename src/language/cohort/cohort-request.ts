/**
 * `calc/cohort` on the language server's connection: the cohort of every document the
 * server knows — the `.calc` files of the workspace folders, which Langium's workspace
 * manager loads at start-up (on the web through the editor's file system), and any other
 * file open in the editor.
 */
import { DocumentState, type LangiumDocument } from 'langium';
import { CancellationToken, LSPErrorCodes, ResponseError } from 'vscode-languageserver';
import type { CalcServices } from '../calc-module.js';
import type { CaseFile } from '../generated/ast.js';
import { cohortOfDocuments } from './cohort-documents.js';
import { noParams, onCustomRequest } from '../lsp/custom-requests.js';
import { CohortRequestMethod, type CohortResult } from './cohort-protocol.js';

export function registerCohortRequest(services: CalcServices): void {
    const connection = services.shared.lsp.Connection;
    if (!connection) return;
    onCustomRequest(connection, CohortRequestMethod, noParams(CohortRequestMethod), (_, token) => cohortResponse(services, token));
}

/** The request's answer; exported for the tests, which have no connection. */
export async function cohortResponse(services: CalcServices, token: CancellationToken = CancellationToken.None): Promise<CohortResult> {
    const { WorkspaceManager, WorkspaceLock, DocumentBuilder, LangiumDocuments } = services.shared.workspace;
    await WorkspaceManager.ready;
    // The workspace is loaded linked but not validated; the first edit validates it all. Before one, ask for
    // that same build (through the lock, as an edit does), so every count of problems is the editor's.
    if (LangiumDocuments.all.some(document => document.state < DocumentState.Validated)) {
        void WorkspaceLock.write(cancel => DocumentBuilder.update([], [], cancel));
    }
    // A read waits for every queued build (edits included) to finish, and no build starts while it runs.
    return WorkspaceLock.read(() => {
        if (token.isCancellationRequested) throw new ResponseError(LSPErrorCodes.RequestCancelled, 'The cohort request was cancelled.');
        return cohortOfDocuments(LangiumDocuments.all.toArray() as Array<LangiumDocument<CaseFile>>, services.clinical.Analysis);
    });
}
