/**
 * `calc-case report [--format html|markdown|docx] [--out PATH [--force]] [--allow-errors] FILE`:
 * the case report (the manuscript) the report preview shows. To standard output as `summary`
 * does, or to PATH; a file with errors is refused unless --allow-errors, and the errors are named.
 */
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { URI, type LangiumDocument } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import type { CalcServices } from '../language/calc-module.js';
import type { CaseFile } from '../language/generated/ast.js';
import { reportDocument } from '../language/report/report-document.js';
import type { DocumentReport, ReportFigure } from '../language/report/report-types.js';
import { renderReportHtml } from '../language/report/render-report-html.js';
import { renderReportMarkdown } from '../language/report/render-report-markdown.js';
import { dataUri } from '../language/report/report-images.js';
import { unusableImage } from '../language/report/report-checks.js';
import { incompleteBanner } from '../language/summary/summary-banners.js';
import { checkFiles } from './check.js';
import { parseCommand, printUsage, UsageError, type CommandSpec } from './arguments.js';

export const REPORT_FORMATS = ['html', 'markdown', 'docx'] as const;
export type ReportFormat = typeof REPORT_FORMATS[number];

export const REPORT_SPEC = {
    usage: `  calc-case report [--format html|markdown|docx] [--out PATH [--force]] [--allow-errors] FILE
                                              print the case report (the manuscript, in
                                              CARE order) of a .calc file, or write it to
                                              PATH (docx needs --out unless piped); a file
                                              with errors only with --allow-errors`,
    options: {
        format: { type: 'string', choices: REPORT_FORMATS, default: 'html' },
        out: { type: 'string' },
        force: { type: 'boolean' },
        'allow-errors': { type: 'boolean' }
    }
} as const satisfies CommandSpec;

type Services = { shared: LangiumSharedServices, Calc: CalcServices };

interface ReportOptions { format: ReportFormat; out?: string; force: boolean; allowErrors: boolean; file: string; help: boolean }

function parseReportArguments(args: string[]): ReportOptions {
    const { values, files, help } = parseCommand(args, REPORT_SPEC);
    const options = { format: values.format as ReportFormat, out: values.out, force: values.force, allowErrors: values['allow-errors'], file: files[0], help };
    if (help) return options;
    if (files.length !== 1) throw new UsageError('name one .calc file', REPORT_SPEC.usage);
    if (options.force && !options.out) throw new UsageError('--force only goes with --out PATH', REPORT_SPEC.usage);
    return options;
}

/** The file read and validated as `check` does; `error` when it cannot be read. */
export async function reportFile(file: string, services: Services): Promise<DocumentReport | { error: string }> {
    const [checked] = await checkFiles([file], services);
    if (checked.error) return { error: checked.error };
    const document = services.shared.workspace.LangiumDocuments.getDocument(URI.file(path.resolve(file))) as LangiumDocument<CaseFile>;
    return reportDocument(document, services.Calc.clinical.Analysis);
}

/** A figure's bytes, read only from the case file's folder or below it (the rule report-checks.ts states). */
async function figureBytes(caseFile: string, figures: ReportFigure[]): Promise<Map<string, Uint8Array>> {
    const bytes = new Map<string, Uint8Array>();
    const folder = path.dirname(path.resolve(caseFile));
    for (const figure of figures) {
        if (unusableImage(figure.image)) continue;
        const target = path.resolve(folder, figure.image);
        if (!target.startsWith(folder + path.sep)) continue;
        try {
            bytes.set(figure.image, new Uint8Array(await fs.readFile(target)));
        } catch {
            // Missing: the report says so where the figure would be (and figure-image-missing in the warnings).
        }
    }
    return bytes;
}

export async function formatReport(result: DocumentReport, format: ReportFormat, caseFile: string): Promise<string | Uint8Array> {
    const banner = incompleteBanner(result);
    const images = await figureBytes(caseFile, result.reports.flatMap(r => r.figures));
    if (format === 'markdown') return renderReportMarkdown(result.reports, banner);
    // The DOCX library loads only for a DOCX: every other command starts without it.
    if (format === 'docx') return (await import('../language/report/render-report-docx.js')).renderReportDocx(result.reports, figure => images.get(figure.image), banner);
    return renderReportHtml(result.reports, { mode: 'standalone', banner, images: figure => { const b = images.get(figure.image); return b && dataUri(b); } });
}

/** The refusal's words: how many errors and the first few, each at its line. */
export function errorsRefusal(file: string, result: DocumentReport): string {
    const errors = result.reports.flatMap(r => r.warnings.filter(w => w.severity === 'error'));
    const listed = errors.slice(0, 5).map(e => `\n  ${file}:${e.line}:${e.column} [${e.code}] ${e.message}`).join('');
    return `${file} has ${result.errors} error${result.errors === 1 ? '' : 's'}: a report with errors is not exported (fix them, or confirm with --allow-errors).${listed}`;
}

/** Runs `report`; the exit code: 2 unreadable file or refused overwrite (wrong use throws UsageError), 1 errors in the file (refused, or allowed), else 0. */
export async function runReport(args: string[], services: Services): Promise<number> {
    const options = parseReportArguments(args);
    if (options.help) return printUsage(REPORT_SPEC);
    const file = options.file;
    if (options.format === 'docx' && !options.out && process.stdout.isTTY) {
        console.error('calc-case: a DOCX is binary: write it with --out PATH, or pipe it to a file');
        return 2;
    }
    const result = await reportFile(file, services);
    if ('error' in result) {
        console.error(`calc-case: ${result.error}`);
        return 2;
    }
    if (result.errors > 0 && !options.allowErrors) {
        console.error(`calc-case: ${errorsRefusal(file, result)}`);
        return 1;
    }
    const output = await formatReport(result, options.format, file);
    if (!options.out) {
        process.stdout.write(output);
    } else {
        try {
            await fs.writeFile(options.out, output, { flag: options.force ? 'w' : 'wx' });
        } catch (error) {
            const e = error as NodeJS.ErrnoException;
            console.error(`calc-case: ${e.code === 'EEXIST' ? `${options.out} already exists: nothing written (use --force to replace)` : `cannot write ${options.out}: ${e.message}`}`);
            return 2;
        }
        console.log(`wrote ${options.out} (${file})`);
    }
    return result.errors > 0 ? 1 : 0;
}
