/**
 * The grammar's rules, given to Langium's parser as Langium's own builder gives them
 * (`createParser`), but built once. Langium's builder supports rule parameters and guards,
 * so each call of an alternative builds its choices again, each rule call an argument
 * object, each repetition its callbacks: about a quarter of what parsing allocates. The
 * case grammar has none of those features, so every choice and callback here is made once,
 * when the parser is built. A grammar that takes up one of them is refused at start-up
 * (every test builds the parser), rather than parsed wrongly.
 *
 * The occurrence indices are counted as Langium counts them, so Chevrotain's lookahead,
 * recovery and messages are the same: test/unit/parser-builder.test.ts compares the two.
 */
import { EOF, type IOrAlt, type TokenType, type TokenVocabulary } from 'chevrotain';
import { AstUtils, GrammarAST, GrammarUtils, type BaseParser, type Grammar } from 'langium';

type Method = () => void;
/** What every rule call passes: no rule takes parameters. */
const NO_ARGUMENTS = Object.freeze({});
type RuleResult = NonNullable<ReturnType<BaseParser['getRule']>>;

/** A rule's next occurrence index of each kind of grammar element (Chevrotain wants them unique within a rule). */
interface Occurrences { consume: number; optional: number; subrule: number; many: number; or: number }

interface Context {
    parser: BaseParser;
    tokens: Record<string, TokenType>;
    at: Occurrences;
}

export function buildCalcParser<P extends BaseParser>(grammar: Grammar, parser: P, vocabulary: TokenVocabulary): P {
    const tokens = vocabulary as Record<string, TokenType>;
    const reachable = GrammarUtils.getAllReachableRules(grammar, false);
    for (const rule of grammar.rules) {
        if (!reachable.has(rule)) continue;
        if (!GrammarAST.isParserRule(rule)) {
            if (GrammarAST.isInfixRule(rule)) refuse(rule, 'an infix rule');
            continue;
        }
        if (rule.parameters.length > 0) refuse(rule, 'rule parameters');
        const at: Occurrences = { consume: 1, optional: 1, subrule: 1, many: 1, or: 1 };
        parser.rule(rule, buildElement({ parser, tokens, at }, rule.definition));
    }
    return parser;
}

function refuse(element: GrammarAST.AbstractElement | GrammarAST.AbstractRule, feature: string): never {
    throw new Error(`calc-parser-builder.ts builds grammars without ${feature}, which ${describe(element)} uses: build this grammar with Langium's createParser instead.`);
}

function describe(element: GrammarAST.AbstractElement | GrammarAST.AbstractRule): string {
    const rule = GrammarAST.isAbstractRule(element) ? element : AstUtils.getContainerOfType(element, GrammarAST.isAbstractRule);
    return `rule ${rule?.name ?? '(unnamed)'}`;
}

function buildElement(ctx: Context, element: GrammarAST.AbstractElement): Method {
    if (GrammarAST.isGroup(element) && element.guardCondition) refuse(element, 'guard conditions');
    return repeat(ctx, buildBare(ctx, element), element.cardinality);
}

/** The element once, whatever its cardinality. */
function buildBare(ctx: Context, element: GrammarAST.AbstractElement): Method {
    const { parser } = ctx;
    if (GrammarAST.isKeyword(element)) {
        const token = ctx.tokens[element.value];
        if (!token) throw new Error(`Could not find a token for the keyword '${element.value}'.`);
        const idx = ctx.at.consume++;
        return () => parser.consume(idx, token, element);
    }
    if (GrammarAST.isAction(element)) {
        const type = GrammarUtils.getTypeName(element);
        return () => parser.action(type, element);
    }
    if (GrammarAST.isAssignment(element)) return buildElement(ctx, element.terminal);
    if (GrammarAST.isCrossReference(element)) return buildCrossReference(ctx, element);
    if (GrammarAST.isRuleCall(element)) return buildRuleCall(ctx, element);
    if (GrammarAST.isAlternatives(element)) return buildAlternatives(ctx, element);
    if (GrammarAST.isUnorderedGroup(element)) refuse(element, 'unordered groups');
    if (GrammarAST.isGroup(element)) {
        const methods = element.elements.map(e => buildElement(ctx, e));
        return () => { for (const method of methods) method(); };
    }
    if (GrammarAST.isEndOfFile(element)) {
        const idx = ctx.at.consume++;
        return () => parser.consume(idx, EOF, element);
    }
    return refuse(element, `a ${element.$type} element`);
}

function buildRuleCall(ctx: Context, call: GrammarAST.RuleCall): Method {
    const rule = call.rule.ref;
    if (GrammarAST.isParserRule(rule)) {
        if (call.arguments.length > 0) refuse(call, 'rule arguments');
        return callRule(ctx, rule, rule.fragment, call);
    }
    if (GrammarAST.isTerminalRule(rule)) return consumeTerminal(ctx, rule, call);
    if (rule) refuse(call, `calls of ${rule.$type}`);
    throw new Error(`Undefined rule: ${call.rule.$refText}`);
}

function buildCrossReference(ctx: Context, reference: GrammarAST.CrossReference): Method {
    const terminal = reference.terminal ?? (reference.type.ref && GrammarUtils.findNameAssignment(reference.type.ref)?.terminal);
    if (!terminal) throw new Error(`Could not find how to read a reference to ${reference.type.$refText}.`);
    if (GrammarAST.isRuleCall(terminal)) {
        const rule = terminal.rule.ref;
        if (GrammarAST.isParserRule(rule)) return callRule(ctx, rule, false, reference); // a data type rule
        if (GrammarAST.isTerminalRule(rule)) return consumeTerminal(ctx, rule, reference);
    }
    if (GrammarAST.isKeyword(terminal)) {
        const token = ctx.tokens[terminal.value];
        const idx = ctx.at.consume++;
        return () => ctx.parser.consume(idx, token, reference);
    }
    throw new Error(`Could not build a parser for a reference to ${reference.type.$refText}.`);
}

function callRule(ctx: Context, rule: GrammarAST.ParserRule, fragment: boolean, feature: GrammarAST.AbstractElement): Method {
    const { parser } = ctx;
    const idx = ctx.at.subrule++;
    let subrule: RuleResult | undefined; // rules are defined one after another: found on first use
    return () => {
        subrule ??= findRule(parser, rule.name);
        parser.subrule(idx, subrule, fragment, feature, NO_ARGUMENTS);
    };
}

function findRule(parser: BaseParser, name: string): RuleResult {
    const rule = parser.getRule(name);
    if (!rule) throw new Error(`Rule "${name}" not found.`);
    return rule;
}

function consumeTerminal(ctx: Context, rule: GrammarAST.TerminalRule, feature: GrammarAST.AbstractElement): Method {
    const token = ctx.tokens[rule.name];
    if (!token) throw new Error(`Token "${rule.name}" not found.`);
    const idx = ctx.at.consume++;
    return () => ctx.parser.consume(idx, token, feature);
}

function buildAlternatives(ctx: Context, alternatives: GrammarAST.Alternatives): Method {
    if (alternatives.elements.length === 1) return buildElement(ctx, alternatives.elements[0]);
    const choices: Array<IOrAlt<unknown>> = alternatives.elements.map(element => ({ ALT: buildElement(ctx, element) }));
    const idx = ctx.at.or++;
    return () => ctx.parser.alternatives(idx, choices);
}

function repeat(ctx: Context, method: Method, cardinality: GrammarAST.AbstractElement['cardinality']): Method {
    const { parser } = ctx;
    const callback = { DEF: method };
    switch (cardinality) {
        case undefined: return method;
        case '*': { const idx = ctx.at.many++; return () => parser.many(idx, callback); }
        case '+': { const idx = ctx.at.many++; return () => parser.atLeastOne(idx, callback); }
        case '?': { const idx = ctx.at.optional++; return () => parser.optional(idx, callback); }
    }
}
