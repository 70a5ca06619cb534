/**
 * Runs a text through every feature the language server offers on it (parse, link,
 * validation with facts and rules, hover, completion) and checks what must hold for
 * any input: nothing throws, each call returns within BOUND_MS, every diagnostic has a
 * code of diagnostic-codes.ts and a range inside the document, and no message shows
 * a JavaScript value by accident (undefined, NaN, [object Object]).
 *
 * Figures (inputs, calls, the slowest call) are gathered for the closing note.
 */
import type { LangiumDocument } from 'langium';
import type { CodeAction, Range } from 'vscode-languageserver-types';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Codes } from '../../../src/language/diagnostic-codes.js';
import type { CaseFile } from '../../../src/language/generated/ast.js';
import { services, validate } from '../helpers.js';

/** A hang detector, not a performance test: generous for one call on any input. */
export const BOUND_MS = 5000;

export const stats = { inputs: 0, calls: 0, failed: 0, slowest: { ms: 0, call: '' }, slowestInput: { ms: 0, input: '' } };

const CODES = new Set<string>(Object.values(Codes));
const LEAKS = ['undefined', 'NaN', '[object Object]'];

async function timed<T>(call: string, run: () => T | PromiseLike<T>): Promise<T> {
    const start = performance.now();
    const result = await run();
    const ms = performance.now() - start;
    stats.calls++;
    if (ms > stats.slowest.ms) stats.slowest = { ms, call };
    if (ms > BOUND_MS) throw new Error(`${call} took ${Math.round(ms)} ms (bound ${BOUND_MS} ms)`);
    return result;
}

export interface Budget {
    /** Hover at every offset of a text up to this length; beyond, at this many offsets spread over it. */
    hovers?: number;
    /** Completion at this many offsets spread over the text (the start and the end included). */
    completions?: number;
}

/** Parses, validates, hovers and completes `text`; throws on the first broken promise. */
export async function exercise(text: string, label = describe(text), budget: Budget = {}): Promise<LangiumDocument<CaseFile>> {
    stats.inputs++;
    const start = performance.now();
    try {
        return await exerciseAll(text, label, budget);
    } catch (error) {
        stats.failed++;
        throw error;
    } finally {
        const ms = performance.now() - start;
        if (ms > stats.slowestInput.ms) stats.slowestInput = { ms, input: label };
    }
}

async function exerciseAll(text: string, label: string, budget: Budget): Promise<LangiumDocument<CaseFile>> {
    const document = await timed(`validate ${label}`, () => validate(text));
    try {
        checkDiagnostics(document, text);
        const hover = services.Calc.lsp.HoverProvider!;
        const uri = { uri: document.uri.toString() };
        for (const offset of spread(text.length, budget.hovers ?? 5000)) {
            const position = document.textDocument.positionAt(offset);
            const result = await timed(`hover at ${offset} of ${label}`, () => hover.getHoverContent(document, { textDocument: uri, position }));
            if (result) {
                const value = (result.contents as { value: string }).value;
                if (typeof value !== 'string' || value === '') throw new Error(`empty hover at ${offset} of ${label}`);
                checkNoLeak(value, text, `hover at ${offset}`);
            }
        }
        const completion = services.Calc.lsp.CompletionProvider!;
        for (const offset of spread(text.length, budget.completions ?? 6)) {
            const position = document.textDocument.positionAt(offset);
            const list = await timed(`completion at ${offset} of ${label}`, () => completion.getCompletion(document, { textDocument: uri, position }));
            for (const item of list?.items ?? []) {
                if (typeof item.label !== 'string') throw new Error(`completion item without a label at ${offset}`);
                const edit = item.textEdit;
                if (edit && 'range' in edit) checkRange(document, edit.range, `completion edit at ${offset}`);
            }
        }
        await checkFormatting(document, label);
        await checkCodeActions(document, label);
        // Issue 8 item 3 (the preview in Chromium) renders the summary of these texts.
        return document;
    } finally {
        services.shared.workspace.LangiumDocuments.deleteDocument(document.uri);
    }
}

/** The lexer's tokens, comments included, as images: what formatting must keep, in order. */
function tokenImages(text: string): string[] {
    const result = services.Calc.parser.Lexer.tokenize(text);
    return [...result.tokens, ...result.hidden].sort((a, b) => a.startOffset - b.startOffset).map(t => t.image);
}

/** Formatting keeps every token (so every line end inside comments and strings) and, applied twice, changes nothing more. */
async function checkFormatting(document: LangiumDocument, label: string): Promise<void> {
    const format = async (text: string): Promise<string> => {
        const doc = TextDocument.create('file:///format.calc', 'calc', 1, text);
        const langium = { ...document, textDocument: doc } as LangiumDocument;
        const edits = await services.Calc.lsp.Formatter!.formatDocument(langium, { textDocument: { uri: doc.uri }, options: { tabSize: 4, insertSpaces: true } });
        return TextDocument.applyEdits(doc, edits);
    };
    const text = document.textDocument.getText();
    const once = await timed(`format ${label}`, () => format(text));
    if (tokenImages(once).join('\u0000') !== tokenImages(text).join('\u0000')) throw new Error(`formatting ${label} changed its tokens`);
    if (await format(once) !== once) throw new Error(`formatting ${label} twice changes it again`);
}

/** Every quick fix of every diagnostic: edits inside the document, and applying one keeps the file a file. */
async function checkCodeActions(document: LangiumDocument, label: string): Promise<void> {
    const diagnostics = (document.diagnostics ?? []).slice(0, 200);
    if (diagnostics.length === 0) return;
    const actions = await timed(`code actions of ${label}`, () => services.Calc.lsp.CodeActionProvider!.getCodeActions(document, {
        textDocument: { uri: document.uri.toString() }, range: { start: { line: 0, character: 0 }, end: document.textDocument.positionAt(document.textDocument.getText().length) }, context: { diagnostics }
    }));
    for (const action of (actions ?? []) as CodeAction[]) {
        for (const edit of Object.values(action.edit?.changes ?? {}).flat()) checkRange(document, edit.range, `quick fix "${action.title}"`);
    }
}

function checkDiagnostics(document: LangiumDocument, text: string): void {
    for (const diagnostic of document.diagnostics ?? []) {
        const what = `diagnostic ${JSON.stringify(diagnostic.message).slice(0, 200)}`;
        if (!CODES.has(String(diagnostic.code))) throw new Error(`${what} has the code ${diagnostic.code}, not one of diagnostic-codes.ts`);
        if (typeof diagnostic.message !== 'string' || diagnostic.message === '') throw new Error(`${what} has no message`);
        checkRange(document, diagnostic.range, what);
        checkNoLeak(diagnostic.message, text, what);
    }
}

/** Lines as the LSP counts them: \r\n, \r and \n end a line. */
function lineLengths(text: string): number[] {
    return text.split(/\r\n|\r|\n/).map(line => line.length);
}

const lengthsCache = new WeakMap<LangiumDocument, number[]>();

function checkRange(document: LangiumDocument, range: Range, what: string): void {
    let lengths = lengthsCache.get(document);
    if (!lengths) lengthsCache.set(document, lengths = lineLengths(document.textDocument.getText()));
    const inside = (p: Range['start']) => Number.isInteger(p.line) && Number.isInteger(p.character)
        && p.line >= 0 && p.line < lengths.length && p.character >= 0 && p.character <= lengths[p.line];
    const ordered = range.start.line < range.end.line || (range.start.line === range.end.line && range.start.character <= range.end.character);
    if (!inside(range.start) || !inside(range.end) || !ordered) throw new Error(`${what}: range ${JSON.stringify(range)} is outside the document`);
}

/** Control characters, bidi overrides and lone surrogates: invisible, or they reorder what follows. */
const UNSHOWABLE = /[\p{Cc}\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]|\p{Cs}/u;

/**
 * A word such as `undefined` in a message is a bug unless the user wrote it; a
 * control or bidi character quoted from the text must be shown, not sent raw.
 */
function checkNoLeak(message: string, text: string, what: string): void {
    const leak = LEAKS.find(word => message.includes(word) && !text.includes(word));
    if (leak) throw new Error(`${what} shows \`${leak}\`: ${message.slice(0, 300)}`);
    const raw = UNSHOWABLE.exec(message.replace(/[\n\t]/g, ' '));
    if (raw) throw new Error(`${what} has the raw character U+${raw[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}: ${JSON.stringify(message.slice(0, 300))}`);
}

/** Offsets 0…length: every one for a short text, else `count` spread evenly. */
function spread(length: number, count: number): number[] {
    if (length + 1 <= count) return Array.from({ length: length + 1 }, (_, i) => i);
    return [...new Set(Array.from({ length: count }, (_, i) => Math.round(i * length / Math.max(1, count - 1))))];
}

function describe(text: string): string {
    return `${JSON.stringify(text.slice(0, 40))}${text.length > 40 ? `… (${text.length} chars)` : ''}`;
}
