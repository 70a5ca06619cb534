/**
 * Langium's two parsers (documents, and completion's parse up to the cursor) with
 * Chevrotain's error recovery bounded, so that any text parses in bounded stack and time:
 *
 * - Nesting. To recover inside `items+=Item*`, Chevrotain skips tokens and calls the
 *   repetition again *from inside itself*: one stack level per error in one block.
 *   5,000 lines of `calcium 9.4` without a unit threw a RangeError out of the parser (no
 *   diagnostics, and the parser, left half-way, garbled the next document it read).
 *   Past MAX_NESTED_RECOVERIES nested recoveries, recovery skips to the token that
 *   closes the repetition (the block's `}`) without re-entering it: the rest of the
 *   block is one error.
 * - Count. Past MAX_SYNTAX_ERRORS the parser reads the rest as the end of the file.
 * - Repeated work. What each error recomputes is remembered: the tokens that may follow
 *   a point of the grammar, and (within a parse) how far ahead recovery re-synchronises.
 *
 * These reach into Chevrotain's recovery (RecoveringParser below, not in its typings);
 * test/unit/robustness.test.ts fails if an upgrade changes what they rely on.
 */
import { tokenMatcher, type ILexingError, type IRecognitionException, type IToken, type TokenType } from 'chevrotain';
import { DatatypeSymbol, isAstNode, LangiumCompletionParser, LangiumParser, type AstNode, type AstReflection, type CstNode, type LexerResult, type LangiumCoreServices, type ParseResult, type ParserOptions, type ValueConverter } from 'langium';
import { buildCalcParser } from './calc-parser-builder.js';
import { LinearCstNodeBuilder } from './linear-cst-builder.js';

/** Far below the ~1,200 nested recoveries that overflowed Node's default stack. */
export const MAX_NESTED_RECOVERIES = 100;

/**
 * Past this many syntax errors a file is not a case being written but something else
 * (a log, a binary): the parser stops there. Each error costs a recovery and an
 * exception (~0.1 ms), completion parses the text up to the cursor several times per
 * request, and 10,000 errors made one completion take 5–7 s.
 */
export const MAX_SYNTAX_ERRORS = 500;

export function createCalcParser(services: LangiumCoreServices): LangiumParser {
    const parser = buildCalcParser(services.Grammar, new CalcParser(services), services.parser.Lexer.definition);
    parser.finalize();
    return parser;
}

export function createCalcCompletionParser(services: LangiumCoreServices): LangiumCompletionParser {
    const parser = buildCalcParser(services.Grammar, new CalcCompletionParser(services), services.parser.Lexer.definition);
    parser.finalize();
    return parser;
}

/** Whether a parser is one of these (calc-module.ts must register both). */
export function isBoundedParser(parser: object): boolean {
    return parser instanceof CalcParser || parser instanceof CalcCompletionParser;
}

export class CalcParser extends LangiumParser {
    constructor(services: LangiumCoreServices) {
        super(services);
        boundRecovery(this.wrapper);
        withoutRuleArguments(this.wrapper);
        (this as unknown as { nodeBuilder: LinearCstNodeBuilder }).nodeBuilder = new LinearCstNodeBuilder();
        withoutEmptyHiddenLists(this);
        withDefaultsPerType(this);
    }

    /**
     * A parse that throws must not leave its AST stack to the next document (Langium
     * checks that stack only at the end of a parse and never clears it). What threw (a
     * stack overflow the bounds above did not foresee) becomes one error on the file, read
     * as empty: the rest of a CLI run, and the server, go on.
     */
    override parse<T extends AstNode = AstNode>(input: string, options?: ParserOptions): ParseResult<T> {
        try {
            return this.parseLinked<T>(input, options);
        } catch (error) {
            (this as unknown as { stack: unknown[] }).stack = [];
            this.unorderedGroups.clear();
            if (!(error instanceof RangeError) || input === '') throw error;
            const empty = this.parseLinked<T>('', options);
            empty.lexerErrors.push({
                message: `${UNPARSABLE_MESSAGE} (${error.message}).`,
                offset: 0, length: firstLineLength(input), line: 1, column: 1
            });
            return empty;
        }
    }

    /**
     * Langium's `parse`, step for step, but for the last: Langium links each node to its
     * container with `Object.entries` and a closure per array, about a third of what
     * parsing allocates; `linkContainers` walks the same properties without allocating.
     */
    private parseLinked<T extends AstNode>(input: string, options: ParserOptions = {}): ParseResult<T> {
        const self = this as unknown as LangiumParserInternals;
        self.nodeBuilder.buildRootNode(input);
        const lexerResult = self.lexerResult = this.lexer.tokenize(input);
        this.wrapper.input = lexerResult.tokens;
        const ruleMethod = options.rule ? this.allRules.get(options.rule) : this.mainRule;
        if (!ruleMethod) throw new Error(options.rule ? `No rule found with name '${options.rule}'` : 'No main rule available.');
        const result = self.doParse(ruleMethod) as T;
        self.nodeBuilder.addHiddenNodes(lexerResult.hidden);
        this.unorderedGroups.clear();
        self.lexerResult = undefined;
        linkContainers(result);
        const parserErrors = lexerResult.errors.length > 0 ? withoutFollowOns(this.wrapper.errors, lexerResult.errors, input) : this.wrapper.errors;
        return { value: result, lexerErrors: lexerResult.errors, lexerReport: lexerResult.report, parserErrors };
    }
}

/**
 * A stray character is one slip and one error: the parser's errors at the token right after it
 * follow from the character dropped (`1-2 mg/kg` was told of the dash, then twice that `2` is no
 * unit and no schedule), and go once it is fixed, or show then if they were not its.
 */
function withoutFollowOns(parserErrors: IRecognitionException[], lexerErrors: ILexingError[], input: string): IRecognitionException[] {
    const next = new Set(lexerErrors.map(error => {
        let at = error.offset + error.length;
        while (input[at] === ' ' || input[at] === '\t') at++;
        return at;
    }));
    return parserErrors.filter(error => !next.has(error.token.startOffset));
}

/**
 * Langium asks, at every token, for the comments before it, and gets a new empty list when
 * there are none (nearly always): one shared, frozen empty list instead. The hidden tokens
 * are taken from the front as they are passed, so the first one says whether any precede.
 */
function withoutEmptyHiddenLists(parser: CalcParser): void {
    const self = parser as unknown as LangiumParserInternals & { extractHiddenTokens: (token: IToken) => IToken[] };
    const extract = self.extractHiddenTokens;
    self.extractHiddenTokens = function (this: LangiumParserInternals, token: IToken) {
        const hidden = this.lexerResult!.hidden;
        if (hidden.length === 0 || hidden[0].startOffset > token.startOffset) return NO_TOKENS;
        return extract.call(this, token);
    };
}

const NO_TOKENS: IToken[] = Object.freeze([]) as unknown as IToken[];

/**
 * Langium's `construct`, with the properties that have a default value (an empty list,
 * `false`) listed once per type: Langium listed every property of the node's type with
 * `Object.values` for each node it built (~16 ms and an array per node in a 1,000-file
 * check, issue 17). The grammar has no infix rule (calc-parser-builder.ts refuses one).
 */
function withDefaultsPerType(parser: CalcParser): void {
    const self = parser as unknown as ConstructInternals;
    const defaults = new Map<string, ReadonlyArray<readonly [string, unknown]>>();
    const defaultsOf = (type: string) => {
        let found = defaults.get(type);
        if (!found) {
            const properties = Object.values(self.astReflection.getTypeMetaData(type).properties);
            defaults.set(type, found = properties.filter(p => p.defaultValue !== undefined).map(p => [p.name, p.defaultValue] as const));
        }
        return found;
    };
    self.construct = function (this: ConstructInternals) {
        if (this.isRecording()) return undefined;
        const node = this.stack.pop()!;
        this.nodeBuilder.construct(node);
        if (node.$type === DatatypeSymbol) return this.converter.convert(node.value as string, node.$cstNode);
        const record = node as Record<string, unknown>;
        for (const [name, value] of defaultsOf(node.$type as string)) {
            if (record[name] === undefined) record[name] = Array.isArray(value) ? copyDefault(value) : value;
        }
        return node;
    };
}

/** As Langium copies a default list, nested lists too. */
function copyDefault(value: unknown[]): unknown[] {
    return value.map(item => Array.isArray(item) ? copyDefault(item) : item);
}

/** What `withDefaultsPerType` uses of LangiumParser's private members. */
interface ConstructInternals {
    astReflection: AstReflection;
    converter: ValueConverter;
    nodeBuilder: LinearCstNodeBuilder;
    /** The nodes being built: a data type rule's has Langium's symbol for a type, and its text as `value`. */
    stack: Array<{ $type: string | symbol; $cstNode: CstNode; value?: unknown }>;
    isRecording(): boolean;
    construct(): unknown;
}

/** What `parseLinked` uses of LangiumParser's private members (robustness.test.ts parses through it). */
interface LangiumParserInternals {
    nodeBuilder: LinearCstNodeBuilder;
    lexerResult: LexerResult | undefined;
    doParse(rule: unknown): AstNode;
}

/** Sets `$container`, `$containerProperty` and `$containerIndex` on every node below `node`, as Langium's deep `linkContentToContainer` does. */
function linkContainers(node: AstNode): void {
    const record = node as unknown as Record<string, unknown>;
    for (const name in record) {
        if (name.charCodeAt(0) === 0x24 /* $ */) continue;
        const value = record[name];
        if (Array.isArray(value)) {
            for (let index = 0; index < value.length; index++) {
                const item: unknown = value[index];
                if (!isAstNode(item)) continue;
                link(item, node, name, index);
                linkContainers(item);
            }
        } else if (isAstNode(value)) {
            link(value, node, name, undefined);
            linkContainers(value);
        }
    }
}

function link(child: AstNode, container: AstNode, property: string, index: number | undefined): void {
    const writable = child as { $container?: AstNode; $containerProperty?: string; $containerIndex?: number };
    writable.$container = container;
    writable.$containerProperty = property;
    if (index !== undefined) writable.$containerIndex = index;
}

/** Without a regular expression: near the stack's end, compiling one throws a SyntaxError ("Maximum call stack size exceeded"). */
function firstLineLength(text: string): number {
    let end = 0;
    while (end < text.length && text.charCodeAt(end) !== 0x0a && text.charCodeAt(end) !== 0x0d) end++;
    return end;
}

export const UNPARSABLE_MESSAGE = 'This file could not be read as a case: none of it is checked';

export class CalcCompletionParser extends LangiumCompletionParser {
    constructor(services: LangiumCoreServices) {
        super(services);
        boundRecovery(this.wrapper);
        withoutRuleArguments(this.wrapper);
    }
}

/**
 * Langium wraps each rule call's arguments in a new options object for Chevrotain; the
 * case grammar's rules take none (calc-parser-builder.ts refuses them), so none is made.
 */
function withoutRuleArguments(wrapper: object): void {
    (wrapper as { wrapSubrule: unknown }).wrapSubrule = function (this: { subrule: (idx: number, rule: unknown, options: undefined) => unknown }, idx: number, rule: unknown) {
        return this.subrule(idx, rule, undefined);
    };
}

/** What Chevrotain's parser has for its error recovery (not in its typings). */
interface RecoveringParser {
    attemptInRepetitionRecovery: (repetition: unknown, args: unknown, lookahead: () => boolean, ...rest: unknown[]) => void;
    getNextPossibleTokenTypes: (path: GrammarPath) => TokenType[];
    SAVE_ERROR: (error: Error) => Error;
    moveToTerminatedState: () => void;
    _errors: Error[];
    findReSyncTokenType: () => TokenType;
    flattenFollowSet: () => TokenType[];
    LA: (howMuch: number) => IToken;
    RULE_STACK: number[];
    RULE_OCCURRENCE_STACK: number[];
    RULE_STACK_IDX: number;
    currIdx: number;
    tokVector: IToken[];
}

interface GrammarPath {
    ruleStack: string[];
    occurrenceStack: number[];
    lastTok: TokenType;
    lastTokOccurrence: number;
}

function boundRecovery(wrapper: object): void {
    const recovering = wrapper as RecoveringParser;
    const save = recovering.SAVE_ERROR;
    recovering.SAVE_ERROR = function (this: RecoveringParser, error: Error) {
        if (this._errors.length >= MAX_SYNTAX_ERRORS) return error;
        save.call(this, error);
        if (this._errors.length === MAX_SYNTAX_ERRORS) {
            error.message += ` This is the ${MAX_SYNTAX_ERRORS}th syntax error: the rest of the file is not read.`;
            this.moveToTerminatedState(); // what follows reads as the end of the file
        }
        return error;
    };
    const attempt = recovering.attemptInRepetitionRecovery;
    let depth = 0;
    recovering.attemptInRepetitionRecovery = function (this: unknown, repetition: unknown, args: unknown, lookahead: () => boolean, ...rest: unknown[]) {
        // Past the bound, recover without re-entering the repetition: skip to what closes it.
        const deep = depth >= MAX_NESTED_RECOVERIES;
        depth++;
        try {
            attempt.call(this, repetition, args, deep ? () => false : lookahead, ...rest);
        } finally {
            depth--;
        }
    };
    // The tokens that may follow a point of the grammar depend on that point only, but
    // Chevrotain walks the grammar again at each error: remembered, a parse with hundreds
    // of errors takes half the time.
    const next = recovering.getNextPossibleTokenTypes;
    const follows = new Map<string, TokenType[]>();
    recovering.getNextPossibleTokenTypes = function (this: unknown, path: GrammarPath) {
        const key = `${path.ruleStack.join()}|${path.occurrenceStack.join()}|${path.lastTok.name}|${path.lastTokOccurrence}`;
        let result = follows.get(key);
        if (!result) follows.set(key, result = next.call(this, path));
        return result;
    };
    // Re-synchronising scans ahead for the first token that may follow the rules being
    // parsed. With errors line after line, each scan ran to the same far `}` again:
    // quadratic (5,000 lines of `9.4 mg/dL` in labs took 1 s to parse, 7 s to complete).
    // From any token before the one a scan found, under the same rules, it finds that one.
    let scanned: IToken[] | undefined;
    const scans = new Map<string, { from: number; found: number; type: TokenType }>();
    recovering.findReSyncTokenType = function (this: RecoveringParser) {
        if (scanned !== this.tokVector) {
            scanned = this.tokVector;
            scans.clear();
        }
        const depth = this.RULE_STACK_IDX + 1;
        const rules = `${this.RULE_STACK.slice(0, depth).join()}|${this.RULE_OCCURRENCE_STACK.slice(0, depth).join()}`;
        const from = this.currIdx + 1;
        const scan = scans.get(rules);
        if (scan && from >= scan.from && from <= scan.found) return scan.type;
        const resync = this.flattenFollowSet();
        for (let k = 1; ; k++) { // ends: EOF is always among the follows, and always (virtually) in the input
            const token = this.LA(k);
            const type = resync.find(t => tokenMatcher(token, t));
            if (type) {
                scans.set(rules, { from, found: this.currIdx + k, type });
                return type;
            }
        }
    };
}
