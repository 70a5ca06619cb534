/**
 * The formatter: canonical indentation (one level per open brace) and spacing (one
 * space between tokens on a line, none before a comma or around the `/` of a unit,
 * at most one blank line), each line end kept as the file has it (CRLF, LF or a bare CR).
 * It edits only the white space between the lexer's tokens,
 * so no comment or character of content can be lost, it works on half-typed text,
 * and formatting twice changes nothing.
 */
import type { LangiumDocument, MaybePromise } from 'langium';
import type { Formatter, LangiumServices } from 'langium/lsp';
import type { DocumentFormattingParams, DocumentOnTypeFormattingOptions, DocumentOnTypeFormattingParams, DocumentRangeFormattingParams, FormattingOptions, TextEdit } from 'vscode-languageserver';
import type { IToken } from 'chevrotain';
import type { Lexer } from 'langium';
import { lineBreakAt, lineBreaks } from './line-ends.js';
import { UNCLOSED_COMMENT } from '../syntax/calc-token-builder.js';

export class CalcFormatter implements Formatter {
    private readonly lexer: Lexer;

    constructor(services: LangiumServices) {
        this.lexer = services.parser.Lexer;
    }

    formatDocument(document: LangiumDocument, params: DocumentFormattingParams): MaybePromise<TextEdit[]> {
        return this.edits(document, params.options);
    }

    formatDocumentRange(document: LangiumDocument, params: DocumentRangeFormattingParams): MaybePromise<TextEdit[]> {
        const [from, to] = [document.textDocument.offsetAt(params.range.start), document.textDocument.offsetAt(params.range.end)];
        return this.edits(document, params.options, edit => {
            const start = document.textDocument.offsetAt(edit.range.start);
            return start >= from && start <= to;
        });
    }

    /** Typing `}` puts it at its block's indentation. */
    formatDocumentOnType(document: LangiumDocument, params: DocumentOnTypeFormattingParams): MaybePromise<TextEdit[]> {
        return this.edits(document, params.options, edit => edit.range.start.line === params.position.line);
    }

    get formatOnTypeOptions(): DocumentOnTypeFormattingOptions {
        return { firstTriggerCharacter: '}' };
    }

    private edits(document: LangiumDocument, options: FormattingOptions, keep: (edit: TextEdit) => boolean = () => true): TextEdit[] {
        const text = document.textDocument.getText();
        return formatGaps(text, this.lexer, options)
            .filter(gap => text.slice(gap.start, gap.end) !== gap.text)
            .map(gap => ({ range: { start: document.textDocument.positionAt(gap.start), end: document.textDocument.positionAt(gap.end) }, newText: gap.text }))
            .filter(keep);
    }
}

interface Gap { start: number; end: number; text: string }

/** The white space each gap between tokens should be; gaps holding anything else are left alone. */
export function formatGaps(text: string, lexer: Lexer, options: FormattingOptions): Gap[] {
    const result = lexer.tokenize(text);
    const tokens: IToken[] = [...result.tokens, ...result.hidden].sort((a, b) => a.startOffset - b.startOffset);
    const unit = options.insertSpaces === false ? '\t' : ' '.repeat(options.tabSize || 4);
    const gaps: Gap[] = [];
    let depth = 0;
    let previous: IToken | undefined;
    for (const token of tokens) {
        const start = previous ? previous.endOffset! + 1 : 0;
        const gap = text.slice(start, token.startOffset);
        if (token.image === '}') depth = Math.max(0, depth - 1);
        if (/^\s*$/.test(gap)) {
            // The gap's own line breaks (CRLF, LF or CR, as the file has them), at most two.
            const breaks = lineBreaks(gap).slice(0, 2);
            // A CR then an LF, once the spaces between go, would read as one CRLF: keep two CRs.
            if (breaks[0] === '\r' && breaks[1]?.startsWith('\n')) breaks[1] = '\r';
            const desired = !previous ? ''
                : breaks.length > 0 ? breaks.join('') + unit.repeat(depth)
                : sameLineGap(previous, token, gap);
            gaps.push({ start, end: token.startOffset, text: desired });
        }
        if (token.image === '{') depth++;
        previous = token;
    }
    const tail = previous ? previous.endOffset! + 1 : 0;
    // An unclosed block comment runs to the end of the file: a line end added after it would be inside it.
    if (/^\s*$/.test(text.slice(tail)) && previous?.tokenType.name !== UNCLOSED_COMMENT) gaps.push({ start: tail, end: text.length, text: previous ? lineBreakAt(text, tail) : '' });
    return gaps;
}

function sameLineGap(previous: IToken, token: IToken, gap: string): string {
    if (isComment(token)) return gap || ' '; // aligned trailing comments stay aligned
    // Two stray slashes (or a slash and a star) joined would start a comment: a space stays between them.
    if (previous.image.endsWith('/') && /^[/*]/.test(token.image)) return ' ';
    if (token.image === ',' || token.image === '/' || previous.image === '/') return '';
    if (previous.image === ',' || [previous.image, token.image].some(image => image === '{' || image === '}')) return ' ';
    return gap === '' ? '' : ' '; // `1.73m2` in a unit stays one word
}

function isComment(token: IToken): boolean {
    return token.tokenType.name.endsWith('COMMENT');
}
