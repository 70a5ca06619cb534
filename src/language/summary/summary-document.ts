/**
 * A validated document → the summaries of its cases, with the document's structural
 * diagnostics (syntax, unresolved references, duplicates: the ones the analysis does not
 * produce) added to the case they fall in. Shared by the language server and the CLI.
 */
import type { LangiumDocument, RootCstNode } from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { CaseFile } from '../generated/ast.js';
import type { CalcAnalysis } from '../analysis/calc-analysis.js';
import { Codes } from '../diagnostic-codes.js';
import { buildSummary } from './summary-model.js';
import type { DocumentSummary } from './summary-protocol.js';
import type { SummaryFinding } from './summary-types.js';
import { diagnosticRow } from '../analysis/text-positions.js';

const STRUCTURAL_CODES: string[] = [Codes.syntax, Codes.unresolvedReference, Codes.duplicate, Codes.figureImageMissing];

export function summarizeDocument(document: LangiumDocument<CaseFile>, analysis: CalcAnalysis): DocumentSummary {
    const root = document.parseResult.value;
    const text = (root.$cstNode as RootCstNode | undefined)?.fullText ?? document.textDocument.getText();
    const structural = (document.diagnostics ?? []).filter(d => STRUCTURAL_CODES.includes(String(d.code ?? Codes.syntax)));
    const summaries = root.cases.map(kase => {
        const summary = buildSummary(analysis.analysisOf(kase), text);
        const range = kase.$cstNode?.range;
        const inCase = range ? structural.filter(d => within(d, range.start.line, range.end.line)) : [];
        if (inCase.length > 0) summary.findings = [...summary.findings, ...inCase.map(diagnosticRow)].sort(byPosition);
        return summary;
    });
    const { lexerErrors, parserErrors } = document.parseResult;
    const syntax = structural.filter(d => String(d.code ?? Codes.syntax) === Codes.syntax).map(diagnosticRow).sort(byPosition);
    const result: DocumentSummary = { summaries, syntaxErrors: Math.max(lexerErrors.length + parserErrors.length, syntax.length) };
    if (syntax[0]) result.firstSyntaxError = { line: syntax[0].line, column: syntax[0].column, message: syntax[0].message };
    return result;
}

function within(diagnostic: Diagnostic, firstLine: number, lastLine: number): boolean {
    return diagnostic.range.start.line >= firstLine && diagnostic.range.start.line <= lastLine;
}

function byPosition(a: SummaryFinding, b: SummaryFinding): number {
    return a.line - b.line || a.column - b.column;
}
