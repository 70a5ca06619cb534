/**
 * Langium's lexer, with the end of every token that spans a CR (a comment or string over
 * lines) taken from the text's line table (line-starts.ts), as the diagnostics and the
 * editor count lines. Chevrotain counted CR CR LF (a CR line end before a CRLF one) as one
 * line end short at the end of a token: an unclosed comment's error ended past the text.
 */
import { DefaultLexer, type LexerResult } from 'langium';
import type { IToken } from 'chevrotain';
import { lineStarts, positionFrom } from './line-starts.js';

export class CalcLexer extends DefaultLexer {
    override tokenize(text: string, options?: Parameters<DefaultLexer['tokenize']>[1]): LexerResult {
        const result = super.tokenize(text, options);
        let starts: Uint32Array | undefined;
        const fix = (token: IToken) => {
            if (!token.image.includes('\r')) return;
            starts ??= lineStarts(text);
            // tokenToRange reads the end as (endLine - 1, endColumn): the position after the token's last character.
            const end = positionFrom(text, starts, token.startOffset + token.image.length);
            token.endLine = end.line + 1;
            token.endColumn = end.character;
        };
        result.tokens.forEach(fix);
        result.hidden.forEach(fix);
        return result;
    }
}
