#!/usr/bin/env node
/** The `calc-case` command line: check case files, print their summary, report or a cohort's, export them as FHIR. */
import './node20-compat.js';
import { CheckedNodeFileSystem } from '../language/workspace-fs/checked-node-file-system.js';
import { createCalcServices } from '../language/calc-module.js';
import { CHECK_SPEC, runCheck } from './check.js';
import { runSummary, SUMMARY_SPEC } from './summary.js';
import { EXPORT_SPEC, runExport } from './export.js';
import { COHORT_SPEC, runCohort } from './cohort.js';
import { REPORT_SPEC, runReport } from './report.js';
import { UsageError } from './arguments.js';
// Bundled by esbuild: the version is the package's wherever the CLI is run from.
import packageJson from '../../package.json' with { type: 'json' };

type Run = (args: string[], services: ReturnType<typeof createCalcServices>) => Promise<number>;

const COMMANDS: Record<string, Run> = { check: runCheck, summary: runSummary, report: runReport, export: runExport, cohort: runCohort };

const USAGE = `Usage:
${[CHECK_SPEC, SUMMARY_SPEC, REPORT_SPEC, EXPORT_SPEC, COHORT_SPEC].map(spec => spec.usage).join('\n')}
  calc-case --help | --version
  calc-case COMMAND --help                     the usage of one command

Exit codes: 0 no error, 1 an error was found (summary, cohort: a file has syntax
errors, so what is printed may be incomplete; export: likewise), 2 a file or folder
could not be read, an export would replace a file without --force, or the command was used wrongly.`;

async function main(args: string[]): Promise<number> {
    const [command, ...rest] = args;
    if (command === undefined || command === '--help' || command === '-h') {
        console.log(USAGE);
        return command === undefined ? 2 : 0;
    }
    if (command === '--version') {
        console.log(packageJson.version);
        return 0;
    }
    if (!Object.hasOwn(COMMANDS, command)) throw new UsageError(command.startsWith('-') ? `unknown option ${command}` : `unknown command ${command}`);
    return COMMANDS[command](rest, createCalcServices(CheckedNodeFileSystem));
}

main(process.argv.slice(2)).then(
    code => { process.exitCode = code; },
    error => {
        if (error instanceof UsageError) console.error(`calc-case: ${error.message}\n${error.usage === undefined ? USAGE : `Usage:\n${error.usage}`}`);
        else console.error(`calc-case: ${(error as Error).stack}`);
        process.exitCode = 2;
    }
);
