/**
 * The document a custom request (summary, FHIR export) answers for: validated, and
 * parsed from the text the client last sent, so no answer is older than the edit that
 * asked for it.
 */
import { DocumentState, type LangiumDocument, type RootCstNode, type URI } from 'langium';
import { LSPErrorCodes, ResponseError, type CancellationToken } from 'vscode-languageserver';
import type { CalcServices } from '../calc-module.js';
import type { CaseFile } from '../generated/ast.js';

/** How long to wait for an edit to be built, and for a document built without validation to be validated (ms). */
const REBUILD_TIMEOUT = 10_000;
const VALIDATION_TIMEOUT = 2_000;

/**
 * The validated document whose parse is of the current text (an edit may not be built
 * yet). A document loaded with the workspace is linked but validated only once opened:
 * after a short wait it is summarised as it is (the analysis needs only the linked AST).
 */
export async function currentDocument(services: CalcServices, uri: URI, token: CancellationToken, request: string): Promise<LangiumDocument<CaseFile>> {
    const { WorkspaceManager, DocumentBuilder, LangiumDocuments } = services.shared.workspace;
    await WorkspaceManager.ready;
    const started = Date.now();
    for (;;) {
        if (token.isCancellationRequested) throw new ResponseError(LSPErrorCodes.RequestCancelled, `The ${request} request was cancelled.`);
        if (!LangiumDocuments.hasDocument(uri)) throw new ResponseError(LSPErrorCodes.ContentModified, `No document for ${uri.toString()}: open it first.`);
        const validated = await Promise.race([
            DocumentBuilder.waitUntil(DocumentState.Validated, uri, token).then(() => true, error => {
                if (token.isCancellationRequested) throw error;
                return false; // built without validation, the builder idle: Langium rejects rather than waits
            }),
            // A build for other documents may never validate this one.
            new Promise<boolean>(resolve => setTimeout(() => resolve(false), VALIDATION_TIMEOUT))
        ]);
        const document = LangiumDocuments.getDocument(uri) as LangiumDocument<CaseFile>;
        const waited = Date.now() - started;
        if (validated && isCurrent(document)) return document;
        if (document.state >= DocumentState.Linked && (waited > REBUILD_TIMEOUT || (!validated && isCurrent(document) && waited > VALIDATION_TIMEOUT))) return document;
        if (waited > REBUILD_TIMEOUT) throw new ResponseError(LSPErrorCodes.ContentModified, `${uri.toString()} was not built in time.`);
        await nextValidation(services, uri);
    }
}

function isCurrent(document: LangiumDocument): boolean {
    const parsed = (document.parseResult.value.$cstNode as RootCstNode | undefined)?.fullText;
    return parsed === undefined || parsed === document.textDocument.getText();
}

/** Resolves when the document is next validated, or after a short while (a build may be cancelled by the next edit). */
function nextValidation(services: CalcServices, uri: URI): Promise<void> {
    return new Promise(resolve => {
        const done = () => { clearTimeout(timer); listener.dispose(); resolve(); };
        const timer = setTimeout(done, 200);
        const listener = services.shared.workspace.DocumentBuilder.onDocumentPhase(DocumentState.Validated, document => {
            if (document.uri.toString() === uri.toString()) done();
        });
    });
}
