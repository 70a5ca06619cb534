/**
 * What happens to a document the editor closes. Langium keeps it as it was last edited: an
 * untitled case would linger in the workspace (counted in the cohort, its lesions still
 * resolvable), and a file closed without saving would keep diagnostics of text that no
 * longer exists. So a document the server cannot read from disk is dropped (its diagnostics
 * cleared), and a file is read again from disk.
 */
import { URI, type FileSystemProvider } from 'langium';
import { DefaultDocumentUpdateHandler, type LangiumSharedServices } from 'langium/lsp';
import type { TextDocumentChangeEvent } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';

export class CalcDocumentUpdateHandler extends DefaultDocumentUpdateHandler {
    private readonly fileSystem: FileSystemProvider;
    private readonly openDocuments: LangiumSharedServices['workspace']['TextDocuments'];

    constructor(services: LangiumSharedServices) {
        super(services);
        this.fileSystem = services.workspace.FileSystemProvider;
        this.openDocuments = services.workspace.TextDocuments;
    }

    didCloseDocument(event: TextDocumentChangeEvent<TextDocument>): void {
        const uri = URI.parse(event.document.uri);
        // Asynchronously: in a web worker the file system is the editor's, asked over the connection.
        void this.fileSystem.exists(uri).catch(() => false).then(onDisk => {
            // Opened again meanwhile (the editor reuses an untitled name): that document stays.
            if (this.openDocuments.get(uri.toString())) return;
            if (onDisk) this.fireDocumentUpdate([uri], []);
            else this.fireDocumentUpdate([], [uri]);
        });
    }
}
