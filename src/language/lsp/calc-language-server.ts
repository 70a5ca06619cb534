/**
 * Langium's language server, answering `initialize` before the language's core services,
 * the parsers and the lexer are built (they are lazy, lazy-service.ts), and building them,
 * with UCUM's tables, when the editor has the answer (`initialized`, sent at once), before
 * the workspace is read.
 */
import { eagerLoad } from 'langium';
import { DefaultLanguageServer, type LangiumServices } from 'langium/lsp';
import type { InitializedParams } from 'vscode-languageserver';
import { readUnit } from '../facts/units.js';

export class CalcLanguageServer extends DefaultLanguageServer {
    /**
     * At `initialize`: the shared services and each language's editor services (`lsp`), which
     * the answer names and which listen for `onInitialize` (completion, semantic tokens, the
     * document update handler). Langium built every service here.
     */
    protected override eagerLoadServices(): void {
        eagerLoad(this.services);
        for (const language of this.services.ServiceRegistry.all) eagerLoad((language as LangiumServices).lsp);
    }

    override initialized(params: InitializedParams): void {
        this.buildDeferred();
        super.initialized(params);
    }

    private buildDeferred(): void {
        for (const language of this.services.ServiceRegistry.all) {
            eagerLoad(language);
            const { Lexer, LangiumParser, CompletionParser } = language.parser;
            void Lexer.definition;
            void LangiumParser.parse;
            void (CompletionParser as { parse?: unknown } | undefined)?.parse;
        }
        readUnit('mg/dL');
    }
}
