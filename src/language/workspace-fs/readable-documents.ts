/**
 * A case file that cannot be read (permissions, a FIFO, a device, too large: see
 * case-file-read.ts, or the editor's file system on the web) is one error on that file,
 * never an exception out of the workspace's start-up or a build: Langium's workspace
 * manager rejected its whole start-up on one unreadable file (no diagnostics, no hover,
 * no summary, ever after). And a request about a file the server does not know (not in
 * the workspace, not open) reads it for that answer without keeping it: kept, it was a
 * document no build ever validated, on which the summary waited until its time-out.
 */
import { DefaultLangiumDocumentFactory, DefaultLangiumDocuments, type AstNode, type LangiumDocument, type ParseResult, type URI } from 'langium';
import type { CancellationToken } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';

export class ReadableDocumentFactory extends DefaultLangiumDocumentFactory {
    /** Why each document last failed to be read, by URI, until it is read again. */
    private readonly unreadable = new Map<string, string>();

    override async fromUri<T extends AstNode = AstNode>(uri: URI, cancellationToken?: CancellationToken): Promise<LangiumDocument<T>> {
        const document = await super.fromUri<T>(uri, cancellationToken);
        this.markUnreadable(document);
        return document;
    }

    override async update<T extends AstNode = AstNode>(document: LangiumDocument<T>, cancellationToken: CancellationToken): Promise<LangiumDocument<T>> {
        await super.update(document, cancellationToken);
        this.markUnreadable(document);
        return document;
    }

    protected override async getInitialText(uri: URI, cancellationToken: CancellationToken): Promise<string> {
        return this.read(uri, () => super.getInitialText(uri, cancellationToken));
    }

    protected override async getUpdatedText(document: LangiumDocument, textDocument: TextDocument | undefined, cancellationToken: CancellationToken): Promise<string> {
        return this.read(document.uri, () => super.getUpdatedText(document, textDocument, cancellationToken));
    }

    private async read(uri: URI, read: () => Promise<string>): Promise<string> {
        this.unreadable.delete(uri.toString());
        try {
            return await read();
        } catch (error) {
            const message = (error as Error).message || String(error);
            this.unreadable.set(uri.toString(), message);
            console.warn(`calc-case: ${message}; the file is left out until it can be read.`);
            return '';
        }
    }

    /** The document of an unreadable file: empty, with one error that says why. */
    private markUnreadable(document: LangiumDocument): void {
        const reason = this.unreadable.get(document.uri.toString());
        if (reason === undefined) return;
        const errors = (document.parseResult as ParseResult).lexerErrors;
        errors.length = 0;
        errors.push({ message: `This file is not read: ${reason}.`, offset: 0, length: 0, line: 1, column: 1 });
    }
}

export class TransientOnDemandDocuments extends DefaultLangiumDocuments {
    override async getOrCreateDocument(uri: URI, cancellationToken?: CancellationToken): Promise<LangiumDocument> {
        return this.getDocument(uri) ?? this.langiumDocumentFactory.fromUri(uri, cancellationToken);
    }
}
