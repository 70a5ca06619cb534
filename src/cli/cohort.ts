/**
 * `calc-case cohort [--format html|markdown|json|csv|csv-dictionary] DIR`: every case of the .calc files
 * under DIR, counted and plotted as the cohort view shows them — built by the function
 * the language server's `calc/cohort` uses.
 */
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { URI, type LangiumDocument } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import type { CalcServices } from '../language/calc-module.js';
import type { CaseFile } from '../language/generated/ast.js';
import { cohortOfDocuments } from '../language/cohort/cohort-documents.js';
import { cohortCsv, cohortCsvDictionary } from '../language/cohort/cohort-csv.js';
import { COHORT_FORMATS, formatCohort, type CohortFormat } from '../language/cohort/format-cohort.js';
import type { CohortModel } from '../language/cohort/cohort-types.js';
import { checkFiles } from './check.js';
import { parseCommand, printUsage, UsageError, type CommandSpec } from './arguments.js';

/** The cohort model's formats, then its CSV and the CSV's data dictionary (for R, REDCap). */
const FORMATS = [...COHORT_FORMATS, 'csv', 'csv-dictionary'] as const;

export const COHORT_SPEC = {
    usage: `  calc-case cohort [--format html|markdown|json|csv|csv-dictionary] DIR
                                              count and plot every case of the .calc files
                                              under DIR: a standalone HTML page (the default),
                                              Markdown, the cohort's data as JSON, one CSV row
                                              per case, or the CSV's data dictionary`,
    options: { format: { type: 'string', choices: FORMATS, default: 'html' } }
} as const satisfies CommandSpec;

type Services = { shared: LangiumSharedServices, Calc: CalcServices };

/** Runs `cohort`; the exit code: 2 a folder or file unreadable, 1 a file with syntax errors (its cases may be incomplete), else 0. */
export async function runCohort(args: string[], services: Services): Promise<number> {
    const { values: { format }, files, help } = parseCommand(args, COHORT_SPEC);
    if (help) return printUsage(COHORT_SPEC);
    if (format === 'csv-dictionary') {
        process.stdout.write(cohortCsvDictionary());
        return 0;
    }
    if (files.length !== 1) throw new UsageError('name one folder of .calc files', COHORT_SPEC.usage);
    let run;
    try {
        run = await cohortOfFolder(files[0], services);
    } catch (error) {
        console.error(`calc-case: ${(error as Error).message}`);
        return 2;
    }
    for (const problem of run.unreadable) console.error(`calc-case: ${problem}`);
    process.stdout.write(format === 'csv' ? run.csv() : formatCohort(run.model, format as CohortFormat));
    return run.unreadable.length > 0 ? 2 : run.model.incomplete.length > 0 ? 1 : 0;
}

/** Folders no one keeps cases in, and that can be huge. */
const SKIPPED_FOLDERS = new Set(['node_modules', '.git']);

export interface CohortRun {
    model: CohortModel;
    /** Files found but not read (permissions, a vanished file): said on standard error. */
    unreadable: string[];
    /** One CSV row per case, the files labelled as in the model. */
    csv(): string;
}

/** The cohort of DIR; throws (with a message for the user) when DIR cannot be read as a folder. */
export async function cohortOfFolder(folder: string, services: Services): Promise<CohortRun> {
    const root = path.resolve(folder);
    const { files, unreadable } = await caseFilesUnder(root, folder);
    const reports = await checkFiles(files, services);
    const documents = reports.filter(r => !r.error).map(r =>
        services.shared.workspace.LangiumDocuments.getDocument(URI.file(path.resolve(r.file))) as LangiumDocument<CaseFile>);
    const label = (uri: URI) => path.relative(root, uri.fsPath).split(path.sep).join('/');
    return {
        model: cohortOfDocuments(documents, services.Calc.clinical.Analysis, label),
        csv: () => cohortCsv(documents, services.Calc.clinical.Analysis, label),
        unreadable: [...unreadable, ...reports.filter(r => r.error).map(r => r.error!)]
    };
}

/** Every .calc file below the folder, sorted; hidden folders and node_modules are skipped, unreadable ones said. */
async function caseFilesUnder(root: string, asWritten: string): Promise<{ files: string[], unreadable: string[] }> {
    const stat = await fs.stat(root).catch((error: NodeJS.ErrnoException) => {
        throw new Error(`cannot read ${asWritten}: ${error.code === 'ENOENT' ? 'no such folder' : error.message}`);
    });
    if (!stat.isDirectory()) throw new Error(`cannot read ${asWritten}: it is a file, not a folder (for one case, use \`calc-case summary ${asWritten}\`)`);
    const files: string[] = [];
    const unreadable: string[] = [];
    const walk = async (folder: string): Promise<void> => {
        const entries = await fs.readdir(folder, { withFileTypes: true }).catch((error: Error) => {
            if (folder === root) throw new Error(`cannot read ${asWritten}: ${error.message}`);
            unreadable.push(`cannot read ${path.relative(root, folder)}: ${error.message}`);
            return [];
        });
        for (const entry of entries) {
            const file = path.join(folder, entry.name);
            if (entry.isDirectory()) {
                if (!entry.name.startsWith('.') && !SKIPPED_FOLDERS.has(entry.name)) await walk(file);
            } else if (entry.name.endsWith('.calc')) {
                files.push(file);
            }
        }
    };
    await walk(root);
    return { files: files.sort(), unreadable };
}
