/**
 * Adds two tokens no grammar rule uses: an unclosed string or block comment becomes
 * one clear syntax error instead of a cascade of errors on the words inside it.
 */
import type { TokenType } from 'chevrotain';
import { DefaultTokenBuilder, type GrammarAST, type Stream } from 'langium';

export const UNCLOSED_STRING = 'UNCLOSED_STRING';
export const UNCLOSED_COMMENT = 'UNCLOSED_COMMENT';

const unclosedTokens: TokenType[] = [
    { name: UNCLOSED_STRING, PATTERN: /"(\\[^\r\n]|[^"\\\r\n])*/ },
    { name: UNCLOSED_COMMENT, PATTERN: /\/\*[\s\S]*/, LINE_BREAKS: true }
];

export class CalcTokenBuilder extends DefaultTokenBuilder {
    /**
     * Appended to the terminals: a closed string or comment still matches its own
     * terminal first, and the `/` keyword learns that `/*` may be a longer token.
     */
    protected override buildTerminalTokens(rules: Stream<GrammarAST.AbstractRule>): TokenType[] {
        return [...super.buildTerminalTokens(rules), ...unclosedTokens];
    }
}
