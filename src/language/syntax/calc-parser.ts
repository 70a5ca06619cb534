/**
 * Langium's parsers (the document parser and the completion parser) with a bound on
 * Chevrotain's error recovery inside repetitions.
 *
 * Why: to recover from an error inside `items+=Item*`, Chevrotain skips tokens and calls
 * the repetition again *from inside itself*, so each error in one block nests the stack
 * one level deeper. A block with some thousand errors (5,000 lines of `calcium 9.4`
 * without a unit, a pasted log) threw a RangeError out of the parser: no diagnostics,
 * and the document parser, left half-way, garbled the next document it read. Past
 * MAX_NESTED_RECOVERIES nested recoveries the repetition now simply ends; the block's
 * rule then re-synchronises on what may follow it (its `}`), and the rest of the block
 * is reported as one error instead of one per line.
 */
import { createParser, LangiumCompletionParser, LangiumParser, type AstNode, type LangiumCoreServices, type ParseResult, type ParserOptions } from 'langium';

/** Far below the ~1,200 nested recoveries that overflowed Node's default stack. */
export const MAX_NESTED_RECOVERIES = 100;

export function createCalcParser(services: LangiumCoreServices): LangiumParser {
    const parser = createParser(services.Grammar, new CalcParser(services), services.parser.Lexer.definition);
    parser.finalize();
    return parser;
}

export function createCalcCompletionParser(services: LangiumCoreServices): LangiumCompletionParser {
    const parser = createParser(services.Grammar, new CalcCompletionParser(services), services.parser.Lexer.definition);
    parser.finalize();
    return parser;
}

class CalcParser extends LangiumParser {
    constructor(services: LangiumCoreServices) {
        super(services);
        boundRepetitionRecovery(this.wrapper);
    }

    /**
     * A parse that throws must not leave its AST stack to the next document (Langium
     * checks that stack only at the end of a parse and never clears it).
     */
    override parse<T extends AstNode = AstNode>(input: string, options?: ParserOptions): ParseResult<T> {
        try {
            return super.parse<T>(input, options);
        } catch (error) {
            (this as unknown as { stack: unknown[] }).stack = [];
            this.unorderedGroups.clear();
            throw error;
        }
    }
}

class CalcCompletionParser extends LangiumCompletionParser {
    constructor(services: LangiumCoreServices) {
        super(services);
        boundRepetitionRecovery(this.wrapper);
    }
}

/** Chevrotain's in-repetition recovery, which it installs per parser when recovery is on. */
interface RecoveringParser {
    attemptInRepetitionRecovery: (...args: unknown[]) => void;
}

function boundRepetitionRecovery(wrapper: object): void {
    const recovering = wrapper as RecoveringParser;
    const attempt = recovering.attemptInRepetitionRecovery;
    let depth = 0;
    recovering.attemptInRepetitionRecovery = function (this: unknown, ...args: unknown[]) {
        if (depth >= MAX_NESTED_RECOVERIES) return;
        depth++;
        try {
            attempt.apply(this, args);
        } finally {
            depth--;
        }
    };
}
