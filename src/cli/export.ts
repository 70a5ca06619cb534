/**
 * `calc-case export [--format fhir] [--out DIR [--force]] FILE…`: one FHIR R4 Bundle
 * per case, built by the function the language server's `calc/fhir` uses. To standard
 * output: the Bundle, or a JSON array when there are several cases. With `--out`:
 * `DIR/<case>.fhir.json` per case, and no file replaced without `--force` (then nothing
 * is written at all).
 */
import * as path from 'node:path';
import { URI, type LangiumDocument } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import type { CalcServices } from '../language/calc-module.js';
import type { CaseFile } from '../language/generated/ast.js';
import { documentBundles } from '../language/fhir/fhir-document.js';
import { exportJson } from '../language/fhir/fhir-json.js';
import type { Bundle } from '../language/fhir/fhir-types.js';
import { checkFiles, type DiagnosticRow } from './check.js';
import { Codes } from '../language/diagnostic-codes.js';
import { writeFilesInFolder } from './write-files.js';
import { parseCommand, printUsage, UsageError, type CommandSpec } from './arguments.js';

export const EXPORT_SPEC = {
    usage: `  calc-case export [--format fhir] [--out DIR [--force]] FILE…
                                              print one FHIR R4 Bundle per case (a JSON
                                              array if several), or write DIR/<case>.fhir.json
                                              (an existing file only with --force)`,
    options: {
        format: { type: 'string', choices: ['fhir'], default: 'fhir' },
        out: { type: 'string' },
        force: { type: 'boolean' }
    }
} as const satisfies CommandSpec;

export interface ExportOptions {
    format: string;
    out?: string;
    force: boolean;
    files: string[];
}

export interface CaseExport {
    file: string;
    caseName: string;
    bundle: Bundle;
}

export interface FileExport {
    file: string;
    cases: CaseExport[];
    syntaxErrors: number;
    /** The other diagnostics of severity error (a value out of range, a lesion not declared). */
    errors: DiagnosticRow[];
    /** Identifiers the phi-identifier warning flags: each replaced by its placeholder in the bundles. */
    identifiers: number;
    /** Set when the file could not be read. */
    error?: string;
}

type Services = { shared: LangiumSharedServices, Calc: CalcServices };

/** The options of `export`, refused (UsageError) when wrongly used. */
export function parseExportArguments(args: string[]): ExportOptions & { help: boolean } {
    const { values, files, help } = parseCommand(args, EXPORT_SPEC);
    const options = { ...values, files, help };
    if (help) return options;
    if (options.force && !options.out) throw new UsageError('--force only goes with --out DIR', EXPORT_SPEC.usage);
    if (files.length === 0) throw new UsageError('name at least one .calc file', EXPORT_SPEC.usage);
    return options;
}

/** Each file read and validated as `check` does, then its cases exported. */
export async function exportFiles(files: string[], services: Services): Promise<FileExport[]> {
    const reports = await checkFiles(files, services);
    return reports.map(report => {
        if (report.error) return { file: report.file, cases: [], syntaxErrors: 0, errors: [], identifiers: 0, error: report.error };
        const document = services.shared.workspace.LangiumDocuments.getDocument(URI.file(path.resolve(report.file))) as LangiumDocument<CaseFile>;
        const { bundles, syntaxErrors } = documentBundles(document, services.Calc.clinical.Analysis);
        const names = document.parseResult.value.cases.map(kase => kase.name);
        const errors = report.diagnostics.filter(d => d.severity === 'error' && d.code !== 'syntax');
        const identifiers = report.diagnostics.filter(d => d.code === Codes.phiIdentifier).length;
        return { file: report.file, syntaxErrors, errors, identifiers, cases: bundles.map((bundle, i) => ({ file: report.file, caseName: names[i], bundle })) };
    });
}

/** Runs `export`; returns the exit code: 2 unreadable file or refused write (wrong use throws UsageError), 1 a file with errors, else 0. */
export async function runExport(args: string[], services: Services): Promise<number> {
    const options = parseExportArguments(args);
    if (options.help) return printUsage(EXPORT_SPEC);
    const exports = await exportFiles(options.files, services);
    for (const file of exports) {
        if (file.error) console.error(`calc-case: ${file.error}`);
        else if (file.syntaxErrors > 0) console.error(`calc-case: ${file.file} has ${file.syntaxErrors} syntax error${file.syntaxErrors === 1 ? '' : 's'}: its export may be incomplete`);
        else if (file.errors.length > 0) {
            const [first] = file.errors;
            console.error(`calc-case: ${file.file} has ${file.errors.length} error${file.errors.length === 1 ? '' : 's'} (${file.file}:${first.line}:${first.column}: ${first.message}): its export may be wrong; \`calc-case check ${file.file}\` lists them`);
        }
    }
    for (const file of exports.filter(f => f.identifiers > 0)) {
        console.error(`calc-case: ${file.file}: ${file.identifiers} identifier${file.identifiers === 1 ? '' : 's'} (phi-identifier) replaced by placeholders in the export`);
    }
    const cases = exports.flatMap(file => file.cases);
    const written = options.out ? await writeCases(cases, options.out, options.force) : printCases(cases);
    if (!written || exports.some(file => file.error)) return 2;
    return exports.some(file => file.syntaxErrors > 0 || file.errors.length > 0) ? 1 : 0;
}

function printCases(cases: CaseExport[]): boolean {
    process.stdout.write(exportJson(cases.map(c => c.bundle)));
    return true;
}

/** Every target checked before any is written (write-files.ts): a refusal writes nothing. */
async function writeCases(cases: CaseExport[], dir: string, force: boolean): Promise<boolean> {
    const nameless = cases.filter(c => !c.caseName);
    if (nameless.length > 0) {
        console.error(`calc-case: a case without a name in ${[...new Set(nameless.map(c => c.file))].join(', ')} has no file name: name it (\`case Name { … }\`): nothing written`);
        return false;
    }
    const targets = cases.map(c => ({ ...c, name: `${c.caseName}.fhir.json` }));
    const clashes = targets.filter((t, i) => targets.findIndex(other => other.name === t.name) !== i);
    if (clashes.length > 0) {
        console.error(`calc-case: two cases named ${[...new Set(clashes.map(c => c.caseName))].join(', ')} would write the same file: export them to different directories`);
        return false;
    }
    const result = await writeFilesInFolder(dir, targets.map(t => ({ name: t.name, text: exportJson([t.bundle]) })), force);
    if ('refused' in result) {
        console.error(`calc-case: ${result.refused}`);
        return false;
    }
    result.written.forEach((target, i) => console.log(`wrote ${target} (${targets[i].file}, case ${targets[i].caseName})`));
    return true;
}
