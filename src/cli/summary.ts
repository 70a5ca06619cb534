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
import { parseCommand, printUsage, UsageError, type CommandSpec } from './arguments.js';

type Services = { shared: LangiumSharedServices, Calc: CalcServices };

export type SummaryFormat = 'html' | 'markdown';

export const SUMMARY_FORMATS: SummaryFormat[] = ['html', 'markdown'];

export const SUMMARY_SPEC = {
    usage: `  calc-case summary [--format html|markdown] FILE
                                              print the management summary of a .calc
                                              file: a standalone HTML page (the default)
                                              or Markdown`,
    options: { format: { type: 'string', choices: SUMMARY_FORMATS, default: 'html' } }
} as const satisfies CommandSpec;

/** Runs `summary`; the exit code: 2 unreadable file, 1 syntax errors (the summary may be incomplete), else 0. */
export async function runSummary(args: string[], services: Services): Promise<number> {
    const { values, files, help } = parseCommand(args, SUMMARY_SPEC);
    if (help) return printUsage(SUMMARY_SPEC);
    if (files.length !== 1) throw new UsageError('name one .calc file', SUMMARY_SPEC.usage);
    const result = await summarizeFile(files[0], services);
    if ('error' in result) {
        console.error(`calc-case: ${result.error}`);
        return 2;
    }
    process.stdout.write(formatSummary(result, values.format as SummaryFormat));
    return result.syntaxErrors > 0 ? 1 : 0;
}

/** The file is read and validated as `check` does; `error` is set when it cannot be read. */
export async function summarizeFile(file: string, services: Services): Promise<DocumentSummary | { error: string }> {
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
