import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const CLI = path.resolve('out/cli/main.cjs');

function run(...args: string[]) {
    const result = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });
    return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(() => {
    if (!fs.existsSync(CLI)) throw new Error(`${CLI} is missing: run \`npm run build\` first (npm test does).`);
});

describe('calc-case check', () => {
    it('prints the JSON of language.md with 1-based positions', () => {
        const { code, stdout } = run('check', '--format', 'json', 'examples/04-inconsistent.calc');
        const json = JSON.parse(stdout);
        expect(code).toBe(1);
        expect(json.files).toHaveLength(1);
        const file = json.files[0];
        expect(file.file).toBe('examples/04-inconsistent.calc');
        expect(file.diagnostics).toContainEqual({
            code: 'unresolved-reference', severity: 'error', line: 34, column: 21, endLine: 34, endColumn: 23,
            message: 'No lesion named E2 in this case. Its lesions are E1.'
        });
        expect(file.cases).toEqual([expect.objectContaining({ name: 'DraftWithSlips', classification: expect.objectContaining({ confidence: expect.any(String) }) })]);
    });

    it('checks many files in one process, exit 0 when none has an error', () => {
        const { code, stdout } = run('check', '--format', 'json', 'examples/01-thigh.calc', 'examples/02-sclerosis.calc');
        expect(code).toBe(0);
        expect(JSON.parse(stdout).files.map((f: { file: string }) => f.file)).toEqual(['examples/01-thigh.calc', 'examples/02-sclerosis.calc']);
    });

    it('reports no syntax error in the examples and one unresolved reference', () => {
        const files = fs.readdirSync('examples').filter(f => f.endsWith('.calc')).map(f => path.join('examples', f));
        const json = JSON.parse(run('check', '--format', 'json', ...files).stdout);
        const all = json.files.flatMap((f: { diagnostics: Array<{ code: string }> }) => f.diagnostics);
        expect(all.filter((d: { code: string }) => d.code === 'syntax')).toEqual([]);
        expect(all.filter((d: { code: string }) => d.code === 'unresolved-reference')).toHaveLength(1);
    });

    it('text format: file:line:column, then a count', () => {
        const { stdout } = run('check', 'examples/04-inconsistent.calc');
        expect(stdout).toContain('examples/04-inconsistent.calc:34:21: error [unresolved-reference] No lesion named E2');
        expect(stdout.trim().split('\n').at(-1)).toMatch(/^1 file checked: \d+ errors?, \d+ warnings?/);
    });

    it('exit 2 and a clear message for a directory or a missing file; other files still checked', () => {
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'calc-'));
        const { code, stdout, stderr } = run('check', '--format', 'json', dir, path.join(dir, 'nope.calc'), 'examples/01-thigh.calc');
        expect(code).toBe(2);
        expect(stderr).toContain(`cannot read ${dir}: it is a directory`);
        expect(stderr).toContain('no such file');
        expect(JSON.parse(stdout).files[2].file).toBe('examples/01-thigh.calc');
    });

    it('exit 1 on a file with a syntax error, and never writes to its inputs', () => {
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'calc-'));
        const file = path.join(dir, 'broken.calc');
        const text = 'case Broken { labs { calcium 9.4 } }';
        fs.writeFileSync(file, text);
        const { code, stdout } = run('check', file);
        expect(code).toBe(1);
        expect(stdout).toContain('error [syntax] Expected a unit after `9.4`');
        expect(fs.readFileSync(file, 'utf8')).toBe(text);
    });

    it('exit 2 on a wrong option or command, with the usage', () => {
        expect(run('check', '--format', 'xml', 'examples/01-thigh.calc')).toMatchObject({ code: 2, stderr: expect.stringContaining('--format must be text or json') });
        expect(run('frobnicate')).toMatchObject({ code: 2, stderr: expect.stringContaining('Usage:') });
    });
});

describe('calc-case arguments (one parser, node:util parseArgs)', () => {
    it('--version prints package.json\'s version, from any working directory', () => {
        const { version } = JSON.parse(fs.readFileSync('package.json', 'utf8')) as { version: string };
        const result = spawnSync(process.execPath, [CLI, '--version'], { encoding: 'utf8', cwd: os.tmpdir() });
        expect(result).toMatchObject({ status: 0, stdout: `${version}\n` });
    });

    it('COMMAND --help prints that command\'s usage and exits 0', () => {
        for (const [command, usage] of [['check', 'calc-case check [--format text|json] FILE…'], ['summary', 'calc-case summary [--format html|markdown] FILE'],
            ['report', 'calc-case report [--format html|markdown|docx]'], ['export', 'calc-case export [--format fhir]'], ['cohort', 'calc-case cohort [--format']]) {
            const { code, stdout } = run(command, '--help');
            expect(code, command).toBe(0);
            expect(stdout, command).toContain(usage);
            expect(stdout, command).not.toContain('Exit codes');
        }
        expect(run('summary', '-h').stdout).toContain('calc-case summary [--format html|markdown] FILE');
    });

    it('an unknown option is refused with the command\'s usage, in every command', () => {
        for (const command of ['check', 'summary', 'report', 'export', 'cohort']) {
            const { code, stderr } = run(command, '--frobnicate', 'examples/01-thigh.calc');
            expect(code, command).toBe(2);
            expect(stderr, command).toContain('calc-case: unknown option --frobnicate\nUsage:\n  calc-case ' + command);
            expect(stderr, command).not.toContain('Exit codes');
        }
    });

    it('a missing value, a value on a switch and a value outside the choices are each said', () => {
        expect(run('check', '--format')).toMatchObject({ code: 2, stderr: expect.stringContaining('--format needs a value: text or json') });
        expect(run('check', '--format=', 'examples/01-thigh.calc')).toMatchObject({ code: 2, stderr: expect.stringContaining('--format needs a value: text or json') });
        expect(run('export', '--out', 'x', '--force=yes', 'examples/01-thigh.calc')).toMatchObject({ code: 2, stderr: expect.stringContaining('--force takes no value, not yes') });
        expect(run('summary', '--format=markdown=x', 'examples/01-thigh.calc')).toMatchObject({ code: 2, stderr: expect.stringContaining('--format must be html or markdown, not markdown=x') });
    });

    it('after --, a name starting with a dash is a file', () => {
        const { code, stderr } = run('check', '--', '--not-an-option.calc');
        expect(code).toBe(2);
        expect(stderr).toContain('cannot read --not-an-option.calc');
    });
});
