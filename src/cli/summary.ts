/**
 * `calc-case summary [--format html|markdown] FILE`: the management summary the preview
 * shows, as a standalone HTML page (inline CSS, no script) or as Markdown.
 */
import * as path from 'node:path';
import { URI, type LangiumDocument } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import type { CalcServices } from '../language/calc-module.js';
import type { CaseFile } from '../language/generated/ast.js';
import { summarizeDocument } from '../language/summary/summary-document.js';
import type { DocumentSummary } from '../language/summary/summary-protocol.js';
import { renderHtml } from '../language/summary/render-html.js';
import { renderMarkdown } from '../language/summary/render-markdown.js';
import { incompleteBanner } from '../language/summary/summary-banners.js';
import { checkFiles } from './check.js';

export type SummaryFormat = 'html' | 'markdown';

export const SUMMARY_FORMATS: SummaryFormat[] = ['html', 'markdown'];

/** The file is read and validated as `check` does; `error` is set when it cannot be read. */
export async function summarizeFile(file: string, services: { shared: LangiumSharedServices, Calc: CalcServices }): Promise<DocumentSummary | { error: string }> {
    const [report] = await checkFiles([file], services);
    if (report.error) return { error: report.error };
    const document = services.shared.workspace.LangiumDocuments.getDocument(URI.file(path.resolve(file))) as LangiumDocument<CaseFile>;
    return summarizeDocument(document, services.Calc.clinical.Analysis);
}

export function formatSummary(result: DocumentSummary, format: SummaryFormat): string {
    const banner = incompleteBanner(result);
    return format === 'markdown'
        ? renderMarkdown(result.summaries, banner)
        : renderHtml(result.summaries, { mode: 'standalone', banner });
}
