/**
 * `calc/fhir` on the language server's connection: the Bundles of a document once it is
 * validated and its parse matches the text the client last sent, built by the same
 * function as `calc-case export`, so the editor and the command line never disagree.
 */
import { DocumentState, URI, type LangiumDocument, type RootCstNode } from 'langium';
import { LSPErrorCodes, ResponseError, type CancellationToken, type Connection } from 'vscode-languageserver';
import type { CalcServices } from '../calc-module.js';
import type { CaseFile } from '../generated/ast.js';
import { documentBundles } from './fhir-document.js';
import { FhirRequestMethod, type FhirParams, type FhirResult } from './fhir-protocol.js';

/** How long to wait for a rebuild after an edit before exporting what was built (ms). */
const REBUILD_TIMEOUT = 10_000;

export function registerFhirRequest(connection: Connection | undefined, services: CalcServices): void {
    (connection ?? services.shared.lsp.Connection)?.onRequest(FhirRequestMethod, (params: FhirParams, token: CancellationToken) => bundlesOf(services, params, token));
}

async function bundlesOf(services: CalcServices, params: FhirParams, token: CancellationToken): Promise<FhirResult> {
    const document = await currentDocument(services, URI.parse(params.uri), token);
    return { version: document.textDocument.version, ...documentBundles(document, services.clinical.Analysis) };
}

async function currentDocument(services: CalcServices, uri: URI, token: CancellationToken): Promise<LangiumDocument<CaseFile>> {
    const { WorkspaceManager, DocumentBuilder, LangiumDocuments } = services.shared.workspace;
    await WorkspaceManager.ready;
    const deadline = Date.now() + REBUILD_TIMEOUT;
    for (;;) {
        if (token.isCancellationRequested) throw new ResponseError(LSPErrorCodes.RequestCancelled, 'The FHIR export was cancelled.');
        if (!LangiumDocuments.hasDocument(uri)) throw new ResponseError(LSPErrorCodes.ContentModified, `No document for ${uri.toString()}: open it first.`);
        await DocumentBuilder.waitUntil(DocumentState.Validated, uri, token);
        const document = LangiumDocuments.getDocument(uri) as LangiumDocument<CaseFile>;
        if (isCurrent(document) || Date.now() > deadline) return document;
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
