/**
 * Gives lexing, parsing and linking errors the stable codes of language.md
 * (`syntax`, `unresolved-reference`) and a message that names what exists.
 */
import { AstUtils, Cancellation, DefaultDocumentValidator, interruptAndCheck, type AstNode, type Grammar, type LangiumCoreServices, type LangiumDocument, type ParseResult, type ValidationAcceptor, type ValidationOptions } from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import { isCase, isLesion, type Case } from '../generated/ast.js';
import { Codes } from '../diagnostic-codes.js';
import { MAX_SYNTAX_ERRORS } from '../syntax/calc-parser.js';
import { pathsTo, walkPaths, type NestingPaths } from '../references/ast-nesting.js';
import type { CalcValidationRegistry } from './calc-validation-registry.js';

/**
 * Langium adds the checks' diagnostics with `push(...all)`, one call argument each: 200,000
 * duplicate lab lines overflowed the stack, and the file showed no diagnostic at all.
 */
export const MAX_CHECK_DIAGNOSTICS = 10_000;

export class CalcDocumentValidator extends DefaultDocumentValidator {
    private readonly grammar: () => Grammar;
    /** The walk to the checked types, for the checks registered when it was computed (on first use). */
    private checked?: { types: ReadonlySet<string>; paths: NestingPaths | undefined };

    constructor(services: LangiumCoreServices) {
        super(services);
        this.grammar = () => services.Grammar;
    }

    /**
     * Langium's, visiting only the nodes with checks and those that lead to them (which
     * Langium's walk reached through every node, with an `await` per node).
     */
    protected override async validateAstNodes(rootNode: AstNode, options: ValidationOptions, acceptor: ValidationAcceptor, cancelToken = Cancellation.CancellationToken.None): Promise<void> {
        const registry = this.validationRegistry as CalcValidationRegistry;
        const types = registry.checkedTypes();
        if (types.has('AstNode') || this.profiler?.isActive('validating')) return super.validateAstNodes(rootNode, options, acceptor, cancelToken);
        // The registry keeps its set until a check is registered: a new set, new paths.
        if (this.checked?.types !== types) this.checked = { types, paths: pathsTo(this.grammar(), types) };
        const nodes: AstNode[] = [];
        walkPaths(rootNode, this.checked.paths, node => { if (types.has(node.$type)) nodes.push(node); });
        for (const node of nodes) {
            await interruptAndCheck(cancelToken);
            for (const check of registry.checksFor(node.$type, options.categories)) {
                // Awaited only if it is pending: the registry's checks return nothing when they are done.
                const pending = check(node, acceptor, cancelToken);
                if (pending) await pending;
            }
        }
    }

    protected override async validateAst(rootNode: AstNode, options: ValidationOptions, cancelToken?: Cancellation.CancellationToken): Promise<Diagnostic[]> {
        const all = await super.validateAst(rootNode, options, cancelToken);
        if (all.length <= MAX_CHECK_DIAGNOSTICS) return all;
        const shown = all.slice(0, MAX_CHECK_DIAGNOSTICS);
        const last = shown[MAX_CHECK_DIAGNOSTICS - 1];
        shown[MAX_CHECK_DIAGNOSTICS - 1] = { ...last, message: `${typeof last.message === 'string' ? last.message : last.message.value} This is the ${MAX_CHECK_DIAGNOSTICS}th: the ${all.length - MAX_CHECK_DIAGNOSTICS} that follow are not reported.` };
        return shown;
    }

    protected override processLexingErrors(parseResult: ParseResult, diagnostics: Diagnostic[], options: ValidationOptions): void {
        withCode(diagnostics, Codes.syntax, () => super.processLexingErrors(capLexerErrors(parseResult), diagnostics, options));
    }

    protected override processParsingErrors(parseResult: ParseResult, diagnostics: Diagnostic[], options: ValidationOptions): void {
        withCode(diagnostics, Codes.syntax, () => super.processParsingErrors(parseResult, diagnostics, options));
    }

    protected override processLinkingErrors(document: LangiumDocument, diagnostics: Diagnostic[], _options: ValidationOptions): void {
        // The lesions of each case, listed once: per reference, 5,000 references to a
        // missing lesion took seconds.
        const lesionsOf = new Map<Case | undefined, string[]>();
        for (const reference of document.references) {
            const error = reference.error;
            if (!error) continue;
            const container = error.info.container;
            const name = error.info.reference.$refText;
            const kase = AstUtils.getContainerOfType(container, isCase);
            let known = lesionsOf.get(kase);
            if (!known) lesionsOf.set(kase, known = kase ? [...new Set(kase.members.filter(isLesion).map(l => l.name))] : []);
            const message = known.length > 0
                ? `No lesion named ${name} in this case. Its lesions are ${known.join(', ')}.`
                : `No lesion named ${name} in this case: declare it with \`lesion ${name} { … }\`.`;
            diagnostics.push(this.toDiagnostic('error', message, {
                node: container,
                range: reference.$refNode?.range,
                property: error.info.property,
                code: Codes.unresolvedReference,
                data: { code: Codes.unresolvedReference, refText: name, known }
            }));
        }
    }
}

/**
 * The parser stops at MAX_SYNTAX_ERRORS (syntax/calc-parser.ts); the lexer does not, and
 * a file of 100,000 stray characters made 100,000 diagnostics. Report as many as the parser.
 */
function capLexerErrors(parseResult: ParseResult): ParseResult {
    const errors = parseResult.lexerErrors;
    if (errors.length <= MAX_SYNTAX_ERRORS) return parseResult;
    const last = errors[MAX_SYNTAX_ERRORS - 1];
    const shown = [...errors.slice(0, MAX_SYNTAX_ERRORS - 1), { ...last, message: `${last.message} This is the ${MAX_SYNTAX_ERRORS}th: the ${errors.length - MAX_SYNTAX_ERRORS} that follow are not reported.` }];
    return { ...parseResult, lexerErrors: shown };
}

/**
 * Runs Langium's own conversion, then stamps our code on what it added (Langium's
 * `data.code` stays, its options such as stopAfterParsingErrors read it).
 */
function withCode(diagnostics: Diagnostic[], code: string, run: () => void): void {
    const before = diagnostics.length;
    run();
    for (const diagnostic of diagnostics.slice(before)) diagnostic.code = code;
}
