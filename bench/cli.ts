/**
 * `calc-case check` on a folder of case files as a whole process (start-up, reading,
 * checking, printing), beside an ajv-based JSON command line (json-cli.mjs) on the same
 * cases written as JSON (issue 17). Both timed by the bench, interleaved: the wall clock,
 * and the CPU time of the child read from this process's /proc/self/stat (the CPU of
 * waited-for children), which does not count the time other processes held the CPU.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { cohortJson, type GeneratedCase } from './generate.js';
import { quantile, spread, type Timing } from './stats.js';

export interface CliPlan { reps: number; warmup: number }

export function cliFigure(cliPath: string, cases: GeneratedCase[], plan: CliPlan) {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'calc-bench-cli-'));
    try {
        const calcFiles: string[] = [], jsonFiles: string[] = [];
        cases.forEach((c, i) => {
            const name = `case-${String(i + 1).padStart(4, '0')}`;
            fs.writeFileSync(path.join(folder, `${name}.calc`), c.calc);
            fs.writeFileSync(path.join(folder, `${name}.json`), cohortJson([c]));
            calcFiles.push(`${name}.calc`);
            jsonFiles.push(`${name}.json`);
        });
        const jsonCli = path.join(process.cwd(), 'bench', 'json-cli.mjs');
        const runs = [
            () => run(folder, [cliPath, 'check', '--format', 'json', ...calcFiles]),
            () => run(folder, [jsonCli, ...jsonFiles])
        ];
        const series: Array<Array<Timing & { output: string }>> = [[], []];
        for (let rep = 0; rep < plan.warmup + plan.reps; rep++) {
            for (let k = 0; k < runs.length; k++) {
                const which = (rep + k) % runs.length;
                const result = runs[which]();
                if (rep >= plan.warmup) series[which].push(result);
            }
        }
        const [calc, json] = series;
        const calcReport = JSON.parse(calc[0].output) as { files: Array<{ diagnostics: unknown[] }> };
        const jsonReport = JSON.parse(json[0].output) as { files: Array<{ errors: unknown[] }> };
        const wallRatio = calc.map((t, i) => t.wall / json[i].wall);
        const cpuRatio = calc.map((t, i) => t.cpu / json[i].cpu);
        return {
            files: cases.length,
            wallMs: spread(calc.map(t => t.wall)), cpuMs: spread(calc.map(t => t.cpu)),
            jsonCli: { wallMs: spread(json.map(t => t.wall)), cpuMs: spread(json.map(t => t.cpu)) },
            vsJsonCliRatio: round(quantile(wallRatio, 0.5)), vsJsonCliCpuRatio: round(quantile(cpuRatio, 0.5)),
            calcDiagnostics: calcReport.files.reduce((n, f) => n + f.diagnostics.length, 0),
            jsonErrors: jsonReport.files.reduce((n, f) => n + f.errors.length, 0)
        };
    } finally {
        fs.rmSync(folder, { recursive: true, force: true });
    }
}

function run(cwd: string, args: string[]): Timing & { output: string } {
    const cpuBefore = childrenCpuMs();
    const start = performance.now();
    const child = spawnSync(process.execPath, args, { cwd, encoding: 'utf8', maxBuffer: 256 * 2 ** 20 });
    const wall = performance.now() - start;
    if (child.status !== 0 && child.status !== 1) throw new Error(`${args[0]} exited with ${child.status}: ${child.stderr}`);
    return { wall, cpu: childrenCpuMs() - cpuBefore, output: child.stdout };
}

/** User + system CPU of this process's waited-for children so far, in ms (Linux; 10 ms ticks). */
function childrenCpuMs(): number {
    const fields = fs.readFileSync('/proc/self/stat', 'utf8').replace(/^.*\) /, '').split(' ');
    // After the command and state: cutime and cstime are fields 16 and 17 of stat(5), here 13 and 14.
    return (Number(fields[13]) + Number(fields[14])) * 10;
}

function round(x: number): number {
    return Number(x.toFixed(2));
}
