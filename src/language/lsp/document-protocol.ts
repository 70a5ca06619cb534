/**
 * The params of every custom request about one document, shaped as LSP's own requests are
 * (`{ textDocument: { uri } }`), so a client sends them as it sends a hover's. Shared by the
 * server and the client: names and shapes only.
 */
import type { TextDocumentIdentifier } from 'vscode-languageserver-protocol';

export interface DocumentParams {
    /** The document, by its URI as the client knows it. */
    textDocument: TextDocumentIdentifier;
}

export function documentParams(uri: string): DocumentParams {
    return { textDocument: { uri } };
}
