#!/usr/bin/env node
/** The `calc-case` command line: check case files, print their summary or a cohort's, export them as FHIR. */
import './node20-compat.js';
import { CheckedNodeFileSystem } from '../language/workspace-fs/checked-node-file-system.js';
import { createCalcServices } from '../language/calc-module.js';
import { checkFiles, exitCode, formatJson, formatText } from './check.js';
import { formatSummary, SUMMARY_FORMATS, summarizeFile, type SummaryFormat } from './summary.js';
import { EXPORT_USAGE, runExport } from './export.js';
import { COHORT_USAGE, cohortOfFolder } from './cohort.js';
import { REPORT_USAGE, runReport } from './report.js';
import { COHORT_FORMATS, formatCohort, type CohortFormat } from '../language/cohort/format-cohort.js';
import { cohortCsvDictionary } from '../language/cohort/cohort-csv.js';

const USAGE = `Usage:
  calc-case check [--format text|json] FILE…   report the diagnostics of .calc files
  calc-case summary [--format html|markdown] FILE
                                              print the management summary of a .calc
                                              file: a standalone HTML page (the default)
                                              or Markdown
${REPORT_USAGE}
${EXPORT_USAGE}
${COHORT_USAGE}
  calc-case --help | --version

Exit codes: 0 no error, 1 an error was found (summary, cohort: a file has syntax
errors, so what is printed may be incomplete; export: likewise), 2 a file or folder
could not be read, an export would replace a file without --force, or the command was used wrongly.`;

class UsageError extends Error {}

const FORMAT_CHOICES: Record<string, string> = { summary: 'html or markdown', cohort: 'html, markdown, json, csv or csv-dictionary' };

/** The cohort's CSV and its data dictionary (for R, REDCap), beside the formats of the cohort model. */
const CSV_FORMATS = ['csv', 'csv-dictionary'];

interface Options { command: string; format?: string; files: string[] }

function parseArguments(args: string[]): Options {
    const [command, ...rest] = args;
    const options: Options = { command, files: [] };
    for (let i = 0; i < rest.length; i++) {
        const arg = rest[i];
        if (arg === '--format' || arg.startsWith('--format=')) {
            const value = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : rest[++i];
            if (!value) throw new UsageError(`--format needs a value: ${FORMAT_CHOICES[command] ?? 'text or json'}`);
            options.format = value;
        } else if (arg.startsWith('--')) {
            throw new UsageError(`unknown option ${arg}`);
        } else {
            options.files.push(arg);
        }
    }
    return options;
}

async function main(args: string[]): Promise<number> {
    if (args.length === 0 || args[0] === '--help' || args[0] === '-h') {
        console.log(USAGE);
        return args.length === 0 ? 2 : 0;
    }
    if (args[0] === '--version') {
        console.log(process.env.CALC_CASE_VERSION ?? '0.1.0');
        return 0;
    }
    if (args[0] === 'export') return runExport(args.slice(1), createCalcServices(CheckedNodeFileSystem));
    if (args[0] === 'report') return runReport(args.slice(1), createCalcServices(CheckedNodeFileSystem));
    const options = parseArguments(args);
    if (options.command === 'summary') return summary(options);
    if (options.command === 'cohort') return cohort(options);
    if (options.command !== 'check') throw new UsageError(`unknown command ${options.command}`);
    options.format ??= 'text';
    if (!['text', 'json'].includes(options.format)) throw new UsageError(`--format must be text or json, not ${options.format}`);
    if (options.files.length === 0) throw new UsageError('name at least one .calc file');
    const reports = await checkFiles(options.files, createCalcServices(CheckedNodeFileSystem));
    for (const report of reports) if (report.error) console.error(`calc-case: ${report.error}`);
    console.log(options.format === 'json' ? formatJson(reports) : formatText(reports));
    return exitCode(reports);
}

async function summary(options: Options): Promise<number> {
    const format = (options.format ?? 'html') as SummaryFormat;
    if (!SUMMARY_FORMATS.includes(format)) throw new UsageError(`--format must be html or markdown, not ${options.format}`);
    if (options.files.length !== 1) throw new UsageError('name one .calc file');
    const result = await summarizeFile(options.files[0], createCalcServices(CheckedNodeFileSystem));
    if ('error' in result) {
        console.error(`calc-case: ${result.error}`);
        return 2;
    }
    process.stdout.write(formatSummary(result, format));
    return result.syntaxErrors > 0 ? 1 : 0;
}

async function cohort(options: Options): Promise<number> {
    const format = (options.format ?? 'html') as CohortFormat;
    if (format as string === 'csv-dictionary') {
        process.stdout.write(cohortCsvDictionary());
        return 0;
    }
    if (!COHORT_FORMATS.includes(format) && !CSV_FORMATS.includes(format)) throw new UsageError(`--format must be ${FORMAT_CHOICES.cohort}, not ${options.format}`);
    if (options.files.length !== 1) throw new UsageError('name one folder of .calc files');
    let run;
    try {
        run = await cohortOfFolder(options.files[0], createCalcServices(CheckedNodeFileSystem));
    } catch (error) {
        console.error(`calc-case: ${(error as Error).message}`);
        return 2;
    }
    for (const problem of run.unreadable) console.error(`calc-case: ${problem}`);
    process.stdout.write(format as string === 'csv' ? run.csv() : formatCohort(run.model, format));
    return run.unreadable.length > 0 ? 2 : run.model.incomplete.length > 0 ? 1 : 0;
}

main(process.argv.slice(2)).then(
    code => { process.exitCode = code; },
    error => {
        console.error(`calc-case: ${error instanceof UsageError ? error.message : (error as Error).stack}`);
        if (error instanceof UsageError) console.error(USAGE);
        process.exitCode = 2;
    }
);
