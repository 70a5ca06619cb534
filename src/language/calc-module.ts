/** Dependency injection: the Calc language's services on top of Langium's defaults. */
import { inject, type LangiumCoreServices, type LangiumSharedCoreServices, type Module, type PartialLangiumCoreServices } from 'langium';
import { createDefaultModule, createDefaultSharedModule, type DefaultSharedModuleContext, type LangiumServices, type LangiumSharedServices, type PartialLangiumServices } from 'langium/lsp';
import { CalcGeneratedModule, CalcGeneratedSharedModule } from './generated/module.js';
import { CalcValidator, registerValidationChecks } from './calc-validator.js';
import { CalcDocumentValidator } from './calc-document-validator.js';
import { CalcAnalysis } from './lsp/calc-analysis.js';
import { CalcHoverProvider } from './lsp/calc-hover.js';
import { CalcCompletionProvider } from './lsp/calc-completion.js';
import { CalcCodeActionProvider } from './lsp/calc-code-actions.js';
import { CalcInlayHintProvider } from './lsp/calc-inlay-hints.js';
import { CalcFormatter } from './lsp/calc-formatter.js';
import { CalcSemanticTokenProvider } from './lsp/calc-semantic-tokens.js';
import { CalcDocumentSymbolProvider } from './lsp/calc-document-symbols.js';
import { CalcSettings } from './lsp/calc-settings.js';
import { CalcTokenBuilder } from './syntax/calc-token-builder.js';
import { CalcDocumentUpdateHandler } from './lsp/calc-document-update-handler.js';
import { createCalcCompletionParser, createCalcParser } from './syntax/calc-parser.js';
import { CalcLexerErrorMessageProvider, CalcParserErrorMessageProvider } from './syntax/syntax-messages.js';
import { ReadableDocumentFactory, TransientOnDemandDocuments } from './workspace-fs/readable-documents.js';

export type CalcAddedServices = {
    validation: {
        CalcValidator: CalcValidator
    },
    clinical: {
        Analysis: CalcAnalysis,
        Settings: CalcSettings
    }
};

export type CalcServices = LangiumServices & CalcAddedServices;

export const CalcModule: Module<CalcServices, PartialLangiumServices & CalcAddedServices> = {
    parser: {
        LangiumParser: (services) => createCalcParser(services),
        CompletionParser: (services) => createCalcCompletionParser(services),
        ParserErrorMessageProvider: (services) => new CalcParserErrorMessageProvider(services.Grammar),
        LexerErrorMessageProvider: () => new CalcLexerErrorMessageProvider(),
        TokenBuilder: () => new CalcTokenBuilder()
    },
    lsp: {
        HoverProvider: (services) => new CalcHoverProvider(services),
        CompletionProvider: (services) => new CalcCompletionProvider(services),
        CodeActionProvider: () => new CalcCodeActionProvider(),
        InlayHintProvider: (services) => new CalcInlayHintProvider(services),
        Formatter: (services) => new CalcFormatter(services),
        SemanticTokenProvider: (services) => new CalcSemanticTokenProvider(services),
        DocumentSymbolProvider: () => new CalcDocumentSymbolProvider()
    },
    validation: {
        CalcValidator: (services) => new CalcValidator(services),
        DocumentValidator: (services) => new CalcDocumentValidator(services)
    },
    clinical: {
        Analysis: () => new CalcAnalysis(),
        Settings: (services) => new CalcSettings(services.shared, services.clinical.Analysis)
    }
};

/** Shared services that differ from Langium's. */
export const CalcSharedModule: Module<LangiumSharedServices, {
    lsp: { DocumentUpdateHandler: CalcDocumentUpdateHandler },
    workspace: { LangiumDocumentFactory: ReadableDocumentFactory, LangiumDocuments: TransientOnDemandDocuments }
}> = {
    lsp: {
        DocumentUpdateHandler: (services) => new CalcDocumentUpdateHandler(services)
    },
    workspace: {
        // An unreadable file is an error on that file, not a failed start-up or build.
        LangiumDocumentFactory: (services) => new ReadableDocumentFactory(services),
        // A request about an unknown file reads it without keeping a document no build validates.
        LangiumDocuments: (services) => new TransientOnDemandDocuments(services)
    }
};

export function createCalcServices(context: DefaultSharedModuleContext): {
    shared: LangiumSharedServices,
    Calc: CalcServices
} {
    const shared = inject(
        createDefaultSharedModule(context),
        CalcGeneratedSharedModule,
        CalcSharedModule
    );
    const Calc = inject(
        createDefaultModule({ shared }),
        CalcGeneratedModule,
        CalcModule
    );
    shared.ServiceRegistry.register(Calc);
    registerValidationChecks(Calc);
    void Calc.clinical.Settings; // created eagerly: it listens for configuration changes
    if (!context.connection) {
        // Outside a language server (CLI, tests) the configuration is never sent.
        shared.workspace.ConfigurationProvider.initialized({});
    }
    return { shared, Calc };
}

export type { LangiumCoreServices, LangiumSharedCoreServices, PartialLangiumCoreServices };
