/**
 * Issue 8: the command line under any input. Random and damaged case files and the
 * inputs built to hurt are checked in two processes (one per batch, so that a few
 * hundred files cost seconds): the output is always valid JSON with one report per
 * file, the exit code is 0 or 1 (never 2 for a readable file) and says whether an
 * error was found, and no input file is written to.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { Codes } from '../../src/language/diagnostic-codes.js';
import { calcFile } from './fuzz/cases.js';
import { mutated } from './fuzz/mutations.js';
import { EXAMPLES, LONG_INPUTS, numberCase, ODD_NUMBERS, REPEATED_ERRORS } from './fuzz/pathological.js';

const CLI = path.resolve('out/cli/main.cjs');
const CODES = new Set<string>(Object.values(Codes));
/** For one process checking a whole batch: a hang detector. */
const BATCH_BOUND_MS = 60_000;

beforeAll(() => {
    if (!fs.existsSync(CLI)) throw new Error(`${CLI} is missing: run \`npm run build\` first (npm test does).`);
});

interface Row { code: string; severity: string; line: number; column: number; endLine: number; endColumn: number; message: string }
interface Report { file: string; diagnostics: Row[]; cases: unknown[]; error?: string }

/** Writes the texts to files, checks them in one process, and checks what must hold. */
function checkBatch(texts: Array<string | Buffer>): { files: number; ms: number } {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'calc-fuzz-'));
    const files = texts.map((text, i) => {
        const file = path.join(dir, `${i}.calc`);
        fs.writeFileSync(file, text);
        return file;
    });
    const before = files.map(file => ({ bytes: fs.readFileSync(file), mtime: fs.statSync(file).mtimeMs }));
    const start = performance.now();
    const result = spawnSync(process.execPath, [CLI, 'check', '--format', 'json', ...files], { encoding: 'utf8', maxBuffer: 1 << 30, timeout: BATCH_BOUND_MS });
    const ms = performance.now() - start;
    try {
        expect(result.error, `the CLI did not finish in ${BATCH_BOUND_MS} ms`).toBeUndefined();
        expect([0, 1], result.stderr).toContain(result.status);
        const reports = (JSON.parse(result.stdout) as { files: Report[] }).files;
        expect(reports.map(r => r.file)).toEqual(files);
        for (const report of reports) {
            expect(report.error).toBeUndefined();
            for (const d of report.diagnostics) {
                expect(CODES.has(d.code), `${d.code}: ${d.message}`).toBe(true);
                expect(d.line >= 1 && d.column >= 1 && (d.endLine > d.line || (d.endLine === d.line && d.endColumn >= d.column)), JSON.stringify(d)).toBe(true);
            }
        }
        const anyError = reports.some(r => r.diagnostics.some(d => d.severity === 'error'));
        expect(result.status).toBe(anyError ? 1 : 0);
        files.forEach((file, i) => {
            expect(fs.readFileSync(file).equals(before[i].bytes), `${file} was rewritten`).toBe(true);
            expect(fs.statSync(file).mtimeMs).toBe(before[i].mtime);
        });
        return { files: files.length, ms };
    } finally {
        fs.rmSync(dir, { recursive: true, force: true });
    }
}

describe('calc-case check under any input', () => {
    it('random and damaged case files: valid JSON, exit 0 or 1 as the errors say, inputs untouched', () => {
        const random = fc.sample(calcFile, { numRuns: 80, seed: 8 });
        const damaged = fc.sample(fc.constantFrom(...Object.values(EXAMPLES)).chain(mutated), { numRuns: 120, seed: 8 });
        const { files, ms } = checkBatch([...random, ...damaged, '', '\uFEFF', '\r\n\r\n']);
        console.log(`robustness-cli: ${files} random and damaged files in ${Math.round(ms)} ms`);
    }, BATCH_BOUND_MS + 10_000);

    it('inputs built to hurt, and bytes that are not UTF-8', () => {
        const binary = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256));
        const texts = [
            ...Object.values(REPEATED_ERRORS), ...Object.values(LONG_INPUTS), ...ODD_NUMBERS.map(numberCase),
            binary, Buffer.from([0xff, 0xfe, 0x00, 0xc3, 0x28, 0xa0, 0xa1]), Buffer.concat([Buffer.from(EXAMPLES['01-thigh.calc']), Buffer.from([0xc0, 0x80, 0xed, 0xa0, 0x80])])
        ];
        const { files, ms } = checkBatch(texts);
        console.log(`robustness-cli: ${files} pathological files in ${Math.round(ms)} ms`);
    }, BATCH_BOUND_MS + 10_000);
});
