/**
 * How a custom request waits for the documents it answers about: on Langium's workspace
 * lock, as the editor's own requests do. An edit's build is a write; a read runs once every
 * write queued before it is done (each edit cancels the build of the one before, so only the
 * last text is built), and no build starts while it runs. So an answer is never older than
 * the edit sent before the request, and says which version of the text it is of.
 */
import { DocumentState, URI, type LangiumDocument } from 'langium';
import type { CancellationToken } from 'vscode-languageserver';
import { LSPErrorCodes, ResponseError } from './vscode-languageserver-values.js';
import type { CalcServices } from '../calc-module.js';
import type { CaseFile } from '../generated/ast.js';
import type { DocumentParams } from './document-protocol.js';

/**
 * `answer` of the document once the edits sent before are built and it is validated; with
 * the version of the text it is of.
 */
export function documentAnswer<R extends object>(
    services: CalcServices, { textDocument }: DocumentParams, token: CancellationToken, request: string,
    answer: (document: LangiumDocument<CaseFile>) => R | Promise<R>
): Promise<R & { version: number }> {
    const { LangiumDocuments } = services.shared.workspace;
    const documentOf = (): LangiumDocument<CaseFile> => {
        const document = LangiumDocuments.getDocument(URI.parse(textDocument.uri));
        // A document the server does not have is not waited for: a request cannot create one.
        if (!document) throw new ResponseError(LSPErrorCodes.ContentModified, `No document for ${textDocument.uri}: open it first.`);
        return document as LangiumDocument<CaseFile>;
    };
    return afterBuild(services, token, request, () => [documentOf()], async ([document]) => {
        if (document.state < DocumentState.Linked) throw new ResponseError(LSPErrorCodes.RequestFailed, `${textDocument.uri} could not be built.`);
        const { version } = document.textDocument;
        return { version, ...await answer(document) };
    });
}

/** `answer` of every document the server has, once the edits sent before are built and they are validated. */
export function workspaceAnswer<R>(services: CalcServices, token: CancellationToken, request: string, answer: (documents: Array<LangiumDocument<CaseFile>>) => R): Promise<R> {
    const documents = services.shared.workspace.LangiumDocuments;
    return afterBuild(services, token, request, () => documents.all.toArray() as Array<LangiumDocument<CaseFile>>, answer);
}

/**
 * Runs `answer` in a read of the workspace lock. A document that is still not validated
 * then (one loaded with the workspace and never opened, or a build that failed) is given the
 * build an edit would ask for — through the lock, as an edit does — and read again: the
 * analysis needs only the linked AST, but the problems counted must be the editor's.
 */
async function afterBuild<R>(
    services: CalcServices, token: CancellationToken, request: string,
    documents: () => Array<LangiumDocument<CaseFile>>, answer: (documents: Array<LangiumDocument<CaseFile>>) => R | Promise<R>
): Promise<R> {
    const { WorkspaceManager, WorkspaceLock, DocumentBuilder } = services.shared.workspace;
    await WorkspaceManager.ready;
    const read = <T>(action: (documents: Array<LangiumDocument<CaseFile>>) => T | Promise<T>) => WorkspaceLock.read(() => {
        if (token.isCancellationRequested) throw new ResponseError(LSPErrorCodes.RequestCancelled, `The ${request} request was cancelled.`);
        return action(documents());
    });
    if (await read(found => found.some(document => document.state < DocumentState.Validated))) {
        await WorkspaceLock.write(cancel => DocumentBuilder.update([], [], cancel)).catch(() => undefined); // read as it is, below
    }
    return read(answer);
}
