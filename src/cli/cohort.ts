/**
 * `calc-case cohort [--format html|markdown|json] DIR`: every case of the .calc files
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
import { cohortCsv } from '../language/cohort/cohort-csv.js';
import type { CohortModel } from '../language/cohort/cohort-types.js';
import { checkFiles } from './check.js';

export const COHORT_USAGE = `  calc-case cohort [--format html|markdown|json|csv|csv-dictionary] DIR
                                              count and plot every case of the .calc files
                                              under DIR: a standalone HTML page (the default),
                                              Markdown, the cohort's data as JSON, one CSV row
                                              per case, or the CSV's data dictionary`;

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
export async function cohortOfFolder(folder: string, services: { shared: LangiumSharedServices, Calc: CalcServices }): Promise<CohortRun> {
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
