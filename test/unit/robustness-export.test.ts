/**
 * Issue 19, item 3 (and the small ones of item 8 about `export`): `calc-case export --out`
 * never loses data. A write that fails (a file-size limit, as a full disk would) leaves the
 * bundle that was there; every target is checked before the first byte is written; no
 * bundle is written through a symbolic link; each refusal says why.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const CLI = path.resolve('out/cli/main.cjs');
const THIGH = 'examples/01-thigh.calc';
const RENAL = 'examples/03-renal.calc';

function run(args: string[], shellPrefix = '') {
    const result = shellPrefix
        ? spawnSync('sh', ['-c', `${shellPrefix} exec "$0" "$@"`, process.execPath, CLI, ...args], { encoding: 'utf8', timeout: 30_000 })
        : spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', timeout: 30_000 });
    return { code: result.status, stdout: result.stdout, stderr: result.stderr, signal: result.signal };
}

const tempDir = () => fs.mkdtempSync(path.join(os.tmpdir(), 'calc-export-'));
/** A folder's files and their bytes: what a refusal must leave as it was. */
const contents = (dir: string) => Object.fromEntries(fs.readdirSync(dir).sort().map(name => {
    const file = path.join(dir, name);
    const stat = fs.lstatSync(file);
    return [name, stat.isSymbolicLink() ? `-> ${fs.readlinkSync(file)}` : stat.isDirectory() ? 'folder' : fs.readFileSync(file, 'utf8')];
}));

beforeAll(() => {
    if (!fs.existsSync(CLI)) throw new Error(`${CLI} is missing: run \`npm run build\` first.`);
});

describe('calc-case export --out never loses data', () => {
    it('a write past the file-size limit leaves the good bundle, and no temporary file', () => {
        const dir = tempDir();
        expect(run(['export', '--out', dir, THIGH]).code).toBe(0);
        const before = contents(dir);
        // 4 blocks of 512 bytes in dash (1 kB in bash): far less than a bundle.
        const failed = run(['export', '--out', dir, '--force', THIGH], 'ulimit -f 4;');
        expect(failed.signal).toBeNull();
        expect(failed.code).toBe(2);
        expect(failed.stderr).toMatch(/calc-case: cannot write to .*: EFBIG: file too large.*: nothing written/);
        expect(contents(dir)).toEqual(before);
        // And the re-run is not blocked by a truncated file.
        expect(run(['export', '--out', dir, '--force', THIGH]).code).toBe(0);
    });

    it.each([
        ['a dangling symbolic link', (target: string) => fs.symlinkSync(path.join(os.tmpdir(), 'nowhere-calc-export'), target), 'is a symbolic link, and a bundle is never written through one: nothing written'],
        ['a folder', (target: string) => fs.mkdirSync(target), 'is a folder: nothing written']
    ])('a target that is %s: refused before the first byte, with or without --force', (_, make, message) => {
        const dir = tempDir();
        make(path.join(dir, 'ThighCalcinosis.fhir.json'));
        const before = contents(dir);
        for (const force of [[], ['--force']]) {
            const result = run(['export', '--out', dir, ...force, RENAL, THIGH]);
            expect(result.code).toBe(2);
            expect(result.stderr).toContain(`${path.join(dir, 'ThighCalcinosis.fhir.json')} ${message}`);
            expect(contents(dir)).toEqual(before); // not even RenalPeriarticular, written first before
        }
    });

    it('--force never writes through a symbolic link to a file outside the folder', () => {
        const dir = tempDir();
        const outside = path.join(tempDir(), 'precious.txt');
        fs.writeFileSync(outside, 'precious');
        fs.symlinkSync(outside, path.join(dir, 'ThighCalcinosis.fhir.json'));
        const result = run(['export', '--out', dir, '--force', THIGH]);
        expect(result.code).toBe(2);
        expect(fs.readFileSync(outside, 'utf8')).toBe('precious');
    });

    it('a case name too long for a file name: refused before the first byte', () => {
        const dir = tempDir();
        const file = path.join(dir, 'long.calc');
        fs.writeFileSync(file, `case A { }\ncase ${'L'.repeat(300)} { }\n`);
        const out = path.join(dir, 'out');
        const result = run(['export', '--out', out, file]);
        expect(result.code).toBe(2);
        expect(result.stderr).toContain(`${'L'.repeat(40)}… (310 bytes): too long for a file name (at most 200 bytes): nothing written (shorten the case name)`);
        expect(fs.existsSync(out)).toBe(false);
    });

    it('--out naming a file says so', () => {
        const dir = tempDir();
        const file = path.join(dir, 'bundle.json');
        fs.writeFileSync(file, 'mine');
        const result = run(['export', '--out', file, THIGH]);
        expect(result.code).toBe(2);
        expect(result.stderr).toContain(`calc-case: ${file} is a file, not a folder (--out names the folder the bundles go to): nothing written`);
        expect(fs.readFileSync(file, 'utf8')).toBe('mine');
    });

    it('a case without a name is refused, not written as undefined.fhir.json', () => {
        const dir = tempDir();
        const file = path.join(dir, 'nameless.calc');
        fs.writeFileSync(file, 'case { patient { sex female } }\n');
        const out = path.join(dir, 'out');
        const result = run(['export', '--out', out, file]);
        expect(result.code).toBe(2);
        expect(result.stderr).toContain(`a case without a name in ${file} has no file name`);
        expect(fs.existsSync(path.join(out, 'undefined.fhir.json'))).toBe(false);
    });
});

describe('calc-case export and check: what a new user trips on', () => {
    it('a file with errors exits 1 and says so (it exported silently with 0)', () => {
        const result = run(['export', 'examples/04-inconsistent.calc']);
        expect(result.code).toBe(1);
        expect(result.stderr).toMatch(/examples\/04-inconsistent\.calc has \d+ errors \(examples\/04-inconsistent\.calc:\d+:\d+: .*\): its export may be wrong; `calc-case check examples\/04-inconsistent\.calc` lists them/);
        expect(JSON.parse(result.stdout).resourceType).toBe('Bundle');
    });

    it('says how many identifiers the de-identified export replaced', () => {
        const dir = tempDir();
        const file = path.join(dir, 'named.calc');
        fs.writeFileSync(file, 'case A { history { complaint "Mrs. Jane Doe, MRN 4455667" } }\n');
        const result = run(['export', file]);
        expect(result.stderr).toContain(`calc-case: ${file}: 2 identifiers (phi-identifier) replaced by placeholders in the export`);
        expect(result.stdout).not.toMatch(/Jane|4455667/);
    });

    it('--format=json=x is refused', () => {
        const result = run(['check', '--format=json=x', THIGH]);
        expect(result.code).toBe(2);
        expect(result.stderr).toContain('--format must be text or json, not json=x');
    });

    it('one hint is "1 hint"', () => {
        const dir = tempDir();
        const file = path.join(dir, 'one.calc');
        fs.writeFileSync(file, 'case A { labs { calcium 12.5 mg/dL } }\n');
        expect(run(['check', file]).stdout.trim().split('\n').at(-1)).toMatch(/checked: 0 errors, 1 warning, \d+ information, 1 hint\.$/);
    });
});
