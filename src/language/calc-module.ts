/** Dependency injection: the Calc language's services on top of Langium's defaults. */
import { DefaultReferences, inject, type LangiumCoreServices, type LangiumSharedCoreServices, type Module, type PartialLangiumCoreServices } from 'langium';
import { createDefaultModule, createDefaultSharedModule, type DefaultSharedModuleContext, type LangiumServices, type LangiumSharedServices, type PartialLangiumServices } from 'langium/lsp';
import { CalcGeneratedModule, CalcGeneratedSharedModule } from './generated/module.js';
import { CalcValidator, registerValidationChecks } from './lsp/calc-validator.js';
import { CalcDocumentValidator } from './lsp/calc-document-validator.js';
import { CalcAnalysis } from './analysis/calc-analysis.js';
import { CalcHoverProvider } from './lsp/calc-hover.js';
import { CalcCompletionProvider } from './lsp/calc-completion.js';
import { CalcCodeActionProvider } from './lsp/calc-code-actions.js';
import { CalcInlayHintProvider } from './lsp/calc-inlay-hints.js';
import { CalcFormatter } from './lsp/calc-formatter.js';
import { CalcSemanticTokenProvider } from './lsp/calc-semantic-tokens.js';
import { CalcDocumentSymbolProvider } from './lsp/calc-document-symbols.js';
import { CalcSettings } from './lsp/calc-settings.js';
import { CalcTokenBuilder } from './syntax/calc-token-builder.js';
import { CalcValueConverter } from './syntax/calc-value-converter.js';
import { CalcDocumentUpdateHandler } from './lsp/calc-document-update-handler.js';
import { CalcCompletionParser, CalcParser, createCalcCompletionParser, createCalcParser } from './syntax/calc-parser.js';
import { CalcLexer } from './syntax/calc-lexer.js';
import { CalcValidationRegistry } from './lsp/calc-validation-registry.js';
import { ReferenceSites } from './references/reference-sites.js';
import { CalcLinker } from './references/calc-linker.js';
import { CalcScopeComputation } from './references/calc-scope-computation.js';
import { CalcScopeProvider } from './references/calc-scope-provider.js';
import { CalcReferenceDescriptionProvider } from './references/calc-reference-descriptions.js';
import { CalcAstNodeDescriptionProvider } from './references/calc-node-descriptions.js';
import { CalcDocumentBuilder } from './workspace/calc-document-builder.js';
import { CalcWorkspaceManager } from './workspace/calc-workspace-manager.js';
import { CalcServiceRegistry } from './workspace/calc-service-registry.js';
import { CalcLanguageServer } from './lsp/calc-language-server.js';
import { lazily } from './lazy-service.js';
import { CalcLexerErrorMessageProvider, CalcParserErrorMessageProvider } from './syntax/syntax-messages.js';
import { ReadableDocumentFactory, TransientOnDemandDocuments } from './workspace-fs/readable-documents.js';

export type CalcAddedServices = {
    validation: {
        CalcValidator: CalcValidator
    },
    references: {
        ReferenceSites: ReferenceSites
    },
    clinical: {
        Analysis: CalcAnalysis,
        Settings: CalcSettings
    }
};

export type CalcServices = LangiumServices & CalcAddedServices;

export const CalcModule: Module<CalcServices, PartialLangiumServices & CalcAddedServices> = {
    parser: {
        // Built on first use, so that the server answers `initialize` first (lsp/calc-language-server.ts).
        LangiumParser: (services) => lazily(() => createCalcParser(services), CalcParser.prototype),
        CompletionParser: (services) => lazily(() => createCalcCompletionParser(services), CalcCompletionParser.prototype),
        Lexer: (services) => lazily(() => new CalcLexer(services), CalcLexer.prototype),
        ParserErrorMessageProvider: (services) => new CalcParserErrorMessageProvider(services.Grammar),
        LexerErrorMessageProvider: () => new CalcLexerErrorMessageProvider(),
        TokenBuilder: () => new CalcTokenBuilder(),
        ValueConverter: () => new CalcValueConverter()
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
        DocumentValidator: (services) => new CalcDocumentValidator(services),
        ValidationRegistry: (services) => new CalcValidationRegistry(services)
    },
    references: {
        // Built on first use: it walks the whole grammar, and the editor services kept it at `initialize`.
        References: (services) => lazily(() => new DefaultReferences(services), DefaultReferences.prototype),
        ReferenceSites: (services) => new ReferenceSites(services),
        Linker: (services) => new CalcLinker(services),
        ScopeComputation: (services) => new CalcScopeComputation(services),
        ScopeProvider: (services) => new CalcScopeProvider(services)
    },
    workspace: {
        ReferenceDescriptionProvider: (services) => new CalcReferenceDescriptionProvider(services),
        AstNodeDescriptionProvider: (services) => new CalcAstNodeDescriptionProvider(services)
    },
    clinical: {
        Analysis: () => new CalcAnalysis(),
        Settings: (services) => new CalcSettings(services.shared, services.clinical.Analysis)
    }
};

/** Shared services that differ from Langium's. */
export const CalcSharedModule: Module<LangiumSharedServices, {
    ServiceRegistry: CalcServiceRegistry,
    lsp: { DocumentUpdateHandler: CalcDocumentUpdateHandler, LanguageServer: CalcLanguageServer },
    workspace: {
        DocumentBuilder: CalcDocumentBuilder, WorkspaceManager: CalcWorkspaceManager,
        LangiumDocumentFactory: ReadableDocumentFactory, LangiumDocuments: TransientOnDemandDocuments
    }
}> = {
    ServiceRegistry: (services) => new CalcServiceRegistry(services),
    lsp: {
        DocumentUpdateHandler: (services) => new CalcDocumentUpdateHandler(services),
        LanguageServer: (services) => new CalcLanguageServer(services)
    },
    workspace: {
        DocumentBuilder: (services) => new CalcDocumentBuilder(services),
        WorkspaceManager: (services) => new CalcWorkspaceManager(services),
        // An unreadable file is an error on that file, not a failed start-up or build.
        LangiumDocumentFactory: (services) => new ReadableDocumentFactory(services),
        // A request about an unknown file reads it without keeping a document no build validates.
        LangiumDocuments: (services) => new TransientOnDemandDocuments(services)
    }
};

/** `overrides`, a module over Calc's: the tests compare our services with Langium's defaults. */
export function createCalcServices(context: DefaultSharedModuleContext, overrides: Module<CalcServices, PartialLangiumServices> = {}): {
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
        CalcModule,
        overrides
    );
    shared.ServiceRegistry.register(Calc);
    registerValidationChecks(Calc);
    void Calc.clinical.Settings; // created eagerly: it listens for configuration changes
    if (!context.connection) {
        // Outside a language server (CLI, tests) the configuration is never sent.
        void shared.workspace.ConfigurationProvider.initialized({});
    }
    return { shared, Calc };
}

export type { LangiumCoreServices, LangiumSharedCoreServices, PartialLangiumCoreServices };
