/**
 * The values the server's modules take from vscode-languageserver, imported in this one place:
 * the package is CommonJS, and esbuild copies its ~300 exports onto a new object for every
 * module that imports a value from it, at start-up (types are imported from it directly).
 */
export {
    CancellationToken, CodeActionKind, CompletionItemKind, DiagnosticSeverity, ErrorCodes, InlayHintKind, InsertTextFormat, InsertTextMode,
    LSPErrorCodes, ResponseError, SemanticTokenModifiers, SemanticTokenTypes, SymbolKind
} from 'vscode-languageserver';
