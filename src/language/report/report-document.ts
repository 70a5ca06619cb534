/**
 * A validated document → the manuscripts of its cases, from the same summaries the management
 * summary shows (so both say the same), with the file's error count for the export's refusal.
 * Shared by the language server and the CLI.
 */
import type { LangiumDocument } from 'langium';
import type { CaseFile } from '../generated/ast.js';
import type { CalcAnalysis } from '../analysis/calc-analysis.js';
import { summarizeDocument } from '../summary/summary-document.js';
import { buildReport } from './report-model.js';
import type { DocumentReport } from './report-types.js';

export async function reportDocument(document: LangiumDocument<CaseFile>, analysis: CalcAnalysis): Promise<DocumentReport> {
    const { summaries, syntaxErrors, firstSyntaxError } = summarizeDocument(document, analysis);
    const cases = document.parseResult.value.cases;
    const reports = await Promise.all(summaries.map((summary, i) => buildReport(analysis.analysisOf(cases[i]), summary)));
    const errors = (document.diagnostics ?? []).filter(d => (d.severity ?? 1) === 1).length;
    return { reports, syntaxErrors, ...(firstSyntaxError ? { firstSyntaxError } : {}), errors: Math.max(errors, syntaxErrors) };
}
