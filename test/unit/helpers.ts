/** Shared by the unit tests: parse and validate text as the language server would. */
import * as fs from 'node:fs';
import { EmptyFileSystem, type LangiumDocument } from 'langium';
import { parseHelper } from 'langium/test';
import type { CompletionItem, Diagnostic } from 'vscode-languageserver-types';
import { createCalcServices } from '../../src/language/calc-module.js';
import type { CaseFile } from '../../src/language/generated/ast.js';
import { renderContent } from '../../src/language/summary/render-html.js';
import { renderMarkdown } from '../../src/language/summary/render-markdown.js';
import { summarizeDocument } from '../../src/language/summary/summary-document.js';

export const services = createCalcServices(EmptyFileSystem);
const parse = parseHelper<CaseFile>(services.Calc);

export async function validate(text: string): Promise<LangiumDocument<CaseFile>> {
    return parse(text, { validation: true });
}

export interface Row {
    code: string;
    severity: 'error' | 'warning' | 'information' | 'hint';
    line: number;
    text: string;
    message: string;
}

const SEVERITY = ['error', 'warning', 'information', 'hint'] as const;

/** Diagnostics as a user sees them: code, severity, 1-based line and the text they cover. */
export async function diagnose(text: string): Promise<Row[]> {
    const document = await validate(text);
    return (document.diagnostics ?? []).map((d: Diagnostic) => ({
        code: String(d.code),
        severity: SEVERITY[(d.severity ?? 1) - 1],
        line: d.range.start.line + 1,
        text: document.textDocument.getText(d.range),
        message: typeof d.message === 'string' ? d.message : d.message.value
    }));
}

export function codes(rows: Row[]): string[] {
    return rows.map(r => r.code);
}

/** examples/01-thigh.calc without the manuscript's members it adds to the shared example (its narratives, figures, references). */
export function withoutManuscript(text: string): string {
    return text.replace(/\n {4}\/\/ The manuscript \(issue 20\)[\s\S]*(?=\}\n$)/, '');
}

/** examples/01-thigh.calc, as the shared example writes it, with every item of the CARE checklist it lacks. */
export function completeCareReport(): string {
    return withoutManuscript(fs.readFileSync('examples/01-thigh.calc', 'utf8')).replace('    patient {', [
        '    keywords "calcinosis cutis", "thigh"',
        '    abstract "A 72-year-old woman with calcinosis cutis of the thigh."',
        '    introduction "Calcinosis cutis of the thigh is rare."',
        '    discussion "Surgery suits a single localised lesion."',
        '    perspective "Relieved by the excision."',
        '    consent obtained "written, for publication"',
        '    patient {'
    ].join('\n'));
}

/** Completion items at the `|` in text. */
export async function complete(textWithCursor: string): Promise<CompletionItem[]> {
    const offset = textWithCursor.indexOf('|');
    const document = await validate(textWithCursor.replace('|', ''));
    const list = await services.Calc.lsp.CompletionProvider!.getCompletion(document, {
        textDocument: { uri: document.uri.toString() }, position: document.textDocument.positionAt(offset)
    });
    return list?.items ?? [];
}

/** A case of one patient, one history line and one prescription (line 5). */
export function drugCase(patient: string, drug: string, history: string): string {
    return `case R {\n    patient { ${patient} }\n    history { ${history} }\n    treatment {\n        ${drug}\n    }\n}`;
}

/** The dose-out-of-range diagnostics of a text, as [severity, line, message]. */
export async function doseWarnings(text: string): Promise<Array<[Row['severity'], number, string]>> {
    return (await diagnose(text)).filter(r => r.code === 'dose-out-of-range').map(r => [r.severity, r.line, r.message]);
}

/** The summary of a document as Markdown, its citation marks (`<sup>3</sup>`) kept. */
export async function summaryMarkdownCited(text: string): Promise<string> {
    return renderMarkdown(summarizeDocument(await validate(text), services.Calc.clinical.Analysis).summaries);
}

/** The same without the citation marks, for a test about the words rather than their sources. */
export async function summaryMarkdownUncited(text: string): Promise<string> {
    return (await summaryMarkdownCited(text)).replace(/<sup>\d+<\/sup>/g, '');
}

/** The summary's HTML content of a document, as the preview shows it. */
export async function summaryHtml(text: string): Promise<string> {
    const document = await validate(text);
    const { summaries } = summarizeDocument(document, services.Calc.clinical.Analysis);
    return renderContent(summaries, { mode: 'standalone' });
}

/** The dose verdicts of a document's first case, in the order of its prescriptions. */
export async function doseVerdicts(text: string) {
    const document = await validate(text);
    return services.Calc.clinical.Analysis.analysisOf(document.parseResult.value.cases[0]).doses;
}
