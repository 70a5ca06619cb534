/**
 * The lexer's tokens, with two changes to what the grammar's terminals give:
 *
 * - Strings are scanned by a loop, not by the grammar's regular expression: V8 matches
 *   `"(\\[^\r\n]|[^"\\\r\n])*"` with one stack frame per character, and a string of 4.5 M
 *   characters overflowed the stack out of the lexer (no diagnostics, the CLI's whole run
 *   and the server lost). The loop accepts exactly what the grammar's terminal says.
 * - Two tokens no grammar rule uses: an unclosed string or block comment becomes one
 *   clear syntax error instead of a cascade of errors on the words inside it.
 * - The range dash of `every 3-4 weeks` and `over 30-60 minutes` (or an en dash, `3–4`) is a token
 *   only there, after `every` or `over` and a number and before a number: elsewhere (`-5`, a dose `90-100 mg`) it stays a
 *   character the lexer reports with its own message, rather than a token that derails the parser.
 */
import type { CustomPatternMatcherFunc, TokenType } from 'chevrotain';
import { DefaultTokenBuilder, type GrammarAST, type Stream } from 'langium';

export const UNCLOSED_STRING = 'UNCLOSED_STRING';
export const UNCLOSED_COMMENT = 'UNCLOSED_COMMENT';

const QUOTE = 0x22, BACKSLASH = 0x5c, CR = 0x0d, LF = 0x0a;

/**
 * Where the string starting at `offset` ends: after its closing quote, or (unclosed) before
 * the line break, the end of the text or a backslash that escapes nothing; undefined if
 * there is no string there, or (closed) it does not close on its line.
 */
export function stringEnd(text: string, offset: number, closed: boolean): number | undefined {
    if (text.charCodeAt(offset) !== QUOTE) return undefined;
    let i = offset + 1;
    while (i < text.length) {
        const c = text.charCodeAt(i);
        if (c === QUOTE) return closed ? i + 1 : i;
        if (c === CR || c === LF) break;
        if (c === BACKSLASH) {
            const next = text.charCodeAt(i + 1);
            if (i + 1 >= text.length || next === CR || next === LF) break;
            i += 2;
        } else {
            i++;
        }
    }
    return closed ? undefined : i;
}

function stringMatcher(closed: boolean): CustomPatternMatcherFunc {
    return (text, offset) => {
        const end = stringEnd(text, offset, closed);
        if (end === undefined) return null;
        const match = [text.slice(offset, end)] as unknown as RegExpExecArray;
        match.index = offset;
        return match;
    };
}

/** A custom pattern: Chevrotain needs its first characters to keep its optimisations, and to know it holds no line break. */
function scanned(name: string, closed: boolean): TokenType {
    return { name, PATTERN: { exec: stringMatcher(closed) }, START_CHARS_HINT: ['"'], LINE_BREAKS: false };
}

const unclosedTokens: TokenType[] = [
    scanned(UNCLOSED_STRING, false),
    { name: UNCLOSED_COMMENT, PATTERN: /\/\*[\s\S]*/, LINE_BREAKS: true }
];

const DASHES = new Set(['-', '\u2013']);
/** `every 3` or `over 30` (or `every 1.5`) ending where a dash starts, and a number after the dash. */
const EVERY_NUMBER = /(?:^|[^\w\u00B5\u03BC])(?:every|over)[ \t]+[0-9]+(?:\.[0-9]+)?[ \t]*$/;
const NUMBER_AFTER = /^[ \t]*[0-9]/;
/** How far back `every 3` is looked for: the words, a number and a few blanks. */
const LOOK_BACK = 40;

const rangeDash: CustomPatternMatcherFunc = (text, offset) => {
    if (!DASHES.has(text.charAt(offset))) return null;
    if (!EVERY_NUMBER.test(text.slice(Math.max(0, offset - LOOK_BACK), offset)) || !NUMBER_AFTER.test(text.slice(offset + 1, offset + 1 + LOOK_BACK))) return null;
    const match = [text.charAt(offset)] as unknown as RegExpExecArray;
    match.index = offset;
    return match;
};

export class CalcTokenBuilder extends DefaultTokenBuilder {
    /**
     * Appended to the terminals: a closed string or comment still matches its own
     * terminal first, and the `/` keyword learns that `/*` may be a longer token.
     */
    protected override buildTerminalTokens(rules: Stream<GrammarAST.AbstractRule>): TokenType[] {
        return [...super.buildTerminalTokens(rules), ...unclosedTokens];
    }

    protected override buildKeywordToken(keyword: GrammarAST.Keyword, terminalTokens: TokenType[], caseInsensitive: boolean): TokenType {
        const token = super.buildKeywordToken(keyword, terminalTokens, caseInsensitive);
        return keyword.value === '-' ? { ...token, PATTERN: { exec: rangeDash }, START_CHARS_HINT: [...DASHES], LINE_BREAKS: false } : token;
    }

    protected override buildTerminalToken(terminal: GrammarAST.TerminalRule): TokenType {
        const token = super.buildTerminalToken(terminal);
        return terminal.name === 'STRING' ? { ...token, ...scanned('STRING', true) } : token;
    }
}
