/**
 * Quick fixes for every diagnostic with an obvious repair, switching on the
 * diagnostic's `data.code` as Langium's examples do. A fix replaces only the range
 * of its diagnostic (or inserts lines), never text beyond it.
 */
import { AstUtils, CstUtils, GrammarUtils, type LangiumDocument, type MaybePromise } from 'langium';
import type { CodeActionProvider } from 'langium/lsp';
import type { CodeAction, CodeActionParams, Command, Diagnostic, TextEdit } from 'vscode-languageserver';
import { CodeActionKind, DiagnosticSeverity } from './vscode-languageserver-values.js';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { isCase, isLabs, type Case, type CaseFile } from '../generated/ast.js';
import { Analytes } from '../knowledge/index.js';
import { Codes } from '../diagnostic-codes.js';
import { lineBreakAt, lineStart } from './line-ends.js';

type Data = Record<string, unknown> & { code?: string };

export class CalcCodeActionProvider implements CodeActionProvider {

    getCodeActions(document: LangiumDocument, params: CodeActionParams): MaybePromise<Array<Command | CodeAction> | undefined> {
        return params.context.diagnostics.flatMap(diagnostic => this.fixes(document, diagnostic));
    }

    private fixes(document: LangiumDocument, diagnostic: Diagnostic): CodeAction[] {
        const data = (diagnostic.data ?? {}) as Data;
        switch (data.code) {
            case Codes.unknownTerm:
                return strings(data.suggestions).map((term, i) => replace(document, diagnostic, term, `Change to ${term}`, i === 0));
            case Codes.syntax:
            case Codes.scheduleShorthand:
                return typeof data.replacement === 'string' ? [replace(document, diagnostic, data.replacement, `Change to ${data.replacement}`, true)] : [];
            case Codes.unresolvedReference:
                return strings(data.known).map((name, i) => replace(document, diagnostic, name, `Refer to lesion ${name}`, i === 0));
            case Codes.unitSuspect:
                return typeof data.unit === 'string'
                    ? [replace(document, diagnostic, data.unit, `Change the unit to ${data.unit}${typeof data.means === 'string' ? ` (then ${data.means})` : ''}`, true)] : [];
            case Codes.unitInvalid:
                return strings(data.units).map((unit, i) => replace(document, diagnostic, unit, `Change the unit to ${unit}`, i === 0));
            case Codes.doseUnitSuspect:
                return typeof data.unit === 'string' ? [replace(document, diagnostic, data.unit, `Change the unit to ${data.unit}, as reported`, true)] : [];
            case Codes.doseOutOfRange:
                // A decimal-point slip is a question: offered, not preferred.
                return typeof data.decimal === 'string' ? [replace(document, diagnostic, data.decimal, `Change to ${data.decimal} (a decimal-point slip?)`, false)] : [];
            case Codes.doseScheduleMissing:
                return typeof data.insert === 'string' && typeof data.insertAt === 'number'
                    ? [insertAt(document, diagnostic, data.insertAt, ` ${data.insert}`, `Add the usual schedule: ${data.insert}`)] : [];
            case Codes.labImplausible:
                return typeof data.value === 'string' ? [replace(document, diagnostic, data.value, `Change to ${data.value}`, true)] : [];
            case Codes.classificationConflict:
                if (typeof data.inferred !== 'string') return [];
                // As information the declaration stands (our count differs, or the sources class it both ways): offered, not preferred.
                return [diagnostic.severity === DiagnosticSeverity.Information
                    ? replace(document, diagnostic, data.inferred, `Declare ${data.inferred} instead`, false)
                    : replace(document, diagnostic, data.inferred, `Declare ${data.inferred}, as the facts say`, true)];
            case Codes.phiIdentifier:
                return typeof data.placeholder === 'string' && typeof data.kind === 'string'
                    ? [replace(document, diagnostic, data.placeholder, `Replace the ${data.kind} with ${data.placeholder}`, true)] : [];
            case Codes.classificationIncomplete:
                return this.insertMissingLabs(document, diagnostic, strings(data.missing));
            case Codes.noteNotRecorded:
                return data.inHistory === true
                    ? strings(data.record).map((term, i) => insertLineAfter(document, diagnostic, `condition ${term}`, `Record condition ${term}`, i === 0)) : [];
            default:
                return [];
        }
    }

    /**
     * Adds a line per missing analyte, with its unit and no number: the clinician types
     * the value (a syntax error reminds them until then); nothing is invented.
     */
    private insertMissingLabs(document: LangiumDocument, diagnostic: Diagnostic, missing: string[]): CodeAction[] {
        const analytes = missing.map(term => Analytes.find(a => a.term === term)).filter(a => a !== undefined);
        const kase = caseAt(document, diagnostic);
        if (analytes.length === 0 || !kase?.$cstNode) return [];
        const labs = kase.members.find(isLabs);
        const lines = analytes.map(a => `${a.term}  ${a.conventionalUnit}`);
        // Into the first labs block, else a new block at the end of the case.
        const block = labs?.$cstNode ?? kase.$cstNode;
        const content = labs ? lines : ['labs {', ...lines.map(l => `    ${l}`), '}'];
        // An unclosed block (still being typed) ends with its last token: the lines go after it.
        const close = GrammarUtils.findNodeForKeyword(block, '}');
        const edit = insertInBlock(document.textDocument, block.offset, close?.offset ?? block.end, close !== undefined, content);
        return [{
            title: `Add lab lines for ${missing.join(' and ')} (type the values)`,
            kind: CodeActionKind.QuickFix, diagnostics: [diagnostic],
            edit: { changes: { [document.textDocument.uri]: [edit] } }
        }];
    }
}

function replace(document: LangiumDocument, diagnostic: Diagnostic, newText: string, title: string, isPreferred: boolean): CodeAction {
    return {
        title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], isPreferred,
        edit: { changes: { [document.textDocument.uri]: [{ range: diagnostic.range, newText }] } }
    };
}

/** Text inserted at an offset the diagnostic names (after a dose's unit), nothing replaced. */
function insertAt(document: LangiumDocument, diagnostic: Diagnostic, offset: number, newText: string, title: string): CodeAction {
    const at = document.textDocument.positionAt(offset);
    return {
        title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], isPreferred: true,
        edit: { changes: { [document.textDocument.uri]: [{ range: { start: at, end: at }, newText }] } }
    };
}

/** A line after the diagnostic's, indented as it is, ending as it does (CRLF, LF or CR). */
function insertLineAfter(document: LangiumDocument, diagnostic: Diagnostic, line: string, title: string, isPreferred: boolean): CodeAction {
    const text = document.textDocument.getText();
    const start = document.textDocument.offsetAt(diagnostic.range.start);
    const eol = lineBreakAt(text, start);
    const breakAt = text.indexOf(eol, start);
    const at = breakAt < 0 ? text.length : breakAt + eol.length;
    const newText = `${breakAt < 0 ? eol : ''}${indentOf(text, start)}${line}${eol}`;
    const position = document.textDocument.positionAt(at);
    return {
        title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], isPreferred,
        edit: { changes: { [document.textDocument.uri]: [{ range: { start: position, end: position }, newText }] } }
    };
}

function strings(value: unknown): string[] {
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

function caseAt(document: LangiumDocument, diagnostic: Diagnostic): Case | undefined {
    const root = (document.parseResult.value as CaseFile).$cstNode;
    const leaf = root && CstUtils.findLeafNodeAtOffset(root, document.textDocument.offsetAt(diagnostic.range.start));
    return leaf ? AstUtils.getContainerOfType(leaf.astNode, isCase) : undefined;
}

/**
 * Lines inserted at the end of a block, one indent deeper than the block: before its `}`
 * (above it when the `}` starts its line, else before it on its line), or, when the block
 * is not closed, after its last token on a line of their own, never inside a token. Each
 * line ends as the line it goes in does (CRLF, LF or CR).
 */
function insertInBlock(document: TextDocument, blockStart: number, at: number, closed: boolean, lines: string[]): TextEdit {
    const text = document.getText();
    const eol = lineBreakAt(text, at);
    const outer = indentOf(text, blockStart);
    const indent = `${outer}    `;
    const body = lines.map(l => `${indent}${l}${eol}`).join('');
    const start = lineStart(text, at);
    const braceStartsLine = closed && /^[ \t]*$/.test(text.slice(start, at));
    const offset = braceStartsLine ? start : at;
    const newText = braceStartsLine ? body : closed ? `${eol}${body}${outer}` : `${eol}${body.slice(0, -eol.length)}`;
    return { range: { start: document.positionAt(offset), end: document.positionAt(offset) }, newText };
}

/** The white space before the line that holds `offset`. */
function indentOf(text: string, offset: number): string {
    return /^[ \t]*/.exec(text.slice(lineStart(text, offset)))![0];
}
