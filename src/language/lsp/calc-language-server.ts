/**
 * Langium's language server, answering `initialize` before the parsers and the lexer are
 * built (they are lazy, lazy-service.ts), and building them, with UCUM's tables, when the
 * editor has the answer (`initialized`, sent at once), before the workspace is read.
 */
import { DefaultLanguageServer } from 'langium/lsp';
import type { InitializedParams } from 'vscode-languageserver';
import { readUnit } from '../facts/units.js';

export class CalcLanguageServer extends DefaultLanguageServer {
    override initialized(params: InitializedParams): void {
        this.buildDeferred();
        super.initialized(params);
    }

    private buildDeferred(): void {
        for (const language of this.services.ServiceRegistry.all) {
            const { Lexer, LangiumParser, CompletionParser } = language.parser;
            void Lexer.definition;
            void LangiumParser.parse;
            void (CompletionParser as { parse?: unknown } | undefined)?.parse;
        }
        readUnit('mg/dL');
    }
}
