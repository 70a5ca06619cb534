/**
 * `calc-case export` (the bundle npm run build makes) and the language server's
 * `calc/fhir` request: exit codes, never replacing a file without --force, and the
 * same bytes from the command line and from the editor's server.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import type { FhirResult } from '../../src/language/fhir/fhir-protocol.js';
import { exportJson } from '../../src/language/fhir/fhir-json.js';

const CLI = path.resolve('out/cli/main.cjs');
const SERVER = path.resolve('out/language/main.cjs');

function run(...args: string[]) {
    const result = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });
    return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function tempDir(): string {
    return fs.mkdtempSync(path.join(os.tmpdir(), 'calc-fhir-'));
}

beforeAll(() => {
    if (!fs.existsSync(CLI)) throw new Error(`${CLI} is missing: run \`npm run build\` first (npm test does).`);
});

describe('calc-case export', () => {
    it('prints the Bundle of one case, exit 0, the same bytes every run', () => {
        const first = run('export', '--format', 'fhir', 'examples/03-renal.calc');
        expect(first.code).toBe(0);
        expect(first.stderr).toBe('');
        expect(JSON.parse(first.stdout)).toMatchObject({ resourceType: 'Bundle', type: 'collection' });
        expect(run('export', 'examples/03-renal.calc').stdout).toBe(first.stdout); // fhir is the default format
    });

    it('prints a JSON array for several cases', () => {
        const { code, stdout } = run('export', 'examples/01-thigh.calc', 'examples/02-sclerosis.calc');
        expect(code).toBe(0);
        expect(JSON.parse(stdout).map((b: { resourceType: string }) => b.resourceType)).toEqual(['Bundle', 'Bundle']);
    });

    it('exit 2 for an unreadable file or a directory; the other files are still exported', () => {
        const dir = tempDir();
        const { code, stdout, stderr } = run('export', path.join(dir, 'nope.calc'), dir, 'examples/01-thigh.calc');
        expect(code).toBe(2);
        expect(stderr).toContain('no such file');
        expect(stderr).toContain('it is a directory');
        expect(JSON.parse(stdout).resourceType).toBe('Bundle');
    });

    it('exit 1 for a file with syntax errors, said on stderr', () => {
        const dir = tempDir();
        const file = path.join(dir, 'broken.calc');
        fs.writeFileSync(file, 'case Broken { labs { calcium 9.4 } }');
        const { code, stderr, stdout } = run('export', file);
        expect(code).toBe(1);
        expect(stderr).toContain('syntax error');
        expect(JSON.parse(stdout).resourceType).toBe('Bundle');
    });

    it('exit 2 and the usage for a wrong format, option or no file', () => {
        expect(run('export', '--format', 'hl7v2', 'examples/01-thigh.calc')).toMatchObject({ code: 2, stderr: expect.stringContaining('--format must be fhir') });
        expect(run('export', '--frobnicate', 'examples/01-thigh.calc')).toMatchObject({ code: 2, stderr: expect.stringContaining('unknown option --frobnicate') });
        expect(run('export')).toMatchObject({ code: 2, stderr: expect.stringContaining('name at least one .calc file') });
        expect(run('export', '--force', 'examples/01-thigh.calc')).toMatchObject({ code: 2, stderr: expect.stringContaining('--force only goes with --out') });
        expect(run('--help').stdout).toContain('calc-case export');
    });

    it('--out DIR writes <case>.fhir.json, never replaces a file without --force, and replaces it with', () => {
        const dir = path.join(tempDir(), 'new', 'folder');
        const files = ['examples/01-thigh.calc', 'examples/03-renal.calc'];
        const first = run('export', '--out', dir, ...files);
        expect(first.code).toBe(0);
        expect(fs.readdirSync(dir).sort()).toEqual(['RenalPeriarticular.fhir.json', 'ThighCalcinosis.fhir.json']);
        const renal = path.join(dir, 'RenalPeriarticular.fhir.json');
        const thigh = path.join(dir, 'ThighCalcinosis.fhir.json');
        expect(fs.readFileSync(renal, 'utf8')).toBe(run('export', 'examples/03-renal.calc').stdout);

        // One target exists: refused, and nothing written (not even the other case).
        fs.writeFileSync(renal, 'mine');
        fs.rmSync(thigh);
        const refused = run('export', '--out', dir, ...files);
        expect(refused.code).toBe(2);
        expect(refused.stderr).toContain(`${renal} already exists: nothing written (use --force to replace)`);
        expect(fs.readFileSync(renal, 'utf8')).toBe('mine');
        expect(fs.existsSync(thigh)).toBe(false);

        const forced = run('export', '--out', dir, '--force', ...files);
        expect(forced.code).toBe(0);
        expect(JSON.parse(fs.readFileSync(renal, 'utf8')).resourceType).toBe('Bundle');
        expect(fs.existsSync(thigh)).toBe(true);
    });

    it('--out refuses two cases of the same name, writing nothing', () => {
        const dir = tempDir();
        const [a, b] = ['a.calc', 'b.calc'].map(name => path.join(dir, name));
        fs.writeFileSync(a, 'case Same { patient { sex male } }');
        fs.writeFileSync(b, 'case Same { patient { sex female } }');
        const out = path.join(dir, 'out');
        const { code, stderr } = run('export', '--out', out, a, b);
        expect(code).toBe(2);
        expect(stderr).toContain('two cases named Same');
        expect(fs.existsSync(out)).toBe(false);
    });
});

describe('calc/fhir on the language server', () => {
    let server: ChildProcess;
    let connection: MessageConnection;
    let stderr = '';

    beforeAll(async () => {
        if (!fs.existsSync(SERVER)) throw new Error(`${SERVER} is missing: run \`npm run build\` first (npm test does).`);
        server = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
        server.stderr!.on('data', chunk => { stderr += chunk; });
        connection = createMessageConnection(new StreamMessageReader(server.stdout!), new StreamMessageWriter(server.stdin!));
        connection.onNotification(() => { /* diagnostics, logs: not asserted */ });
        connection.onRequest((method, params) => method === 'workspace/configuration' ? ((params as { items?: unknown[] }).items ?? []).map(() => null) : null);
        connection.listen();
        await connection.sendRequest('initialize', { processId: process.pid, rootUri: null, workspaceFolders: null, capabilities: {} });
        void connection.sendNotification('initialized', {});
    }, 30_000);

    afterAll(async () => {
        if (!connection) return;
        await connection.sendRequest('shutdown').catch(() => undefined);
        // The server may be gone before the write: a failed write is no test's failure (an unhandled rejection was).
        await connection.sendNotification('exit').catch(() => undefined);
        connection.dispose();
        server.kill();
    });

    it('answers what calc-case export prints, byte for byte, for every example', async () => {
        for (const file of fs.readdirSync('examples').filter(f => f.endsWith('.calc')).sort()) {
            // Another folder than the CLI's: the ids hash the file's name, not its path.
            const uri = `file:///somewhere/else/${file}`;
            const text = fs.readFileSync(path.join('examples', file), 'utf8');
            void connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'calc', version: 1, text } });
            const result = await connection.sendRequest<FhirResult>('calc/fhir', { textDocument: { uri } }).catch((error: Error) => {
                throw new Error(`calc/fhir failed (${error.message}): is registerFhirRequest wired in src/language/main.ts? stderr:\n${stderr.slice(-1000)}`);
            });
            expect(result.version).toBe(1);
            expect(result.syntaxErrors).toBe(0);
            expect(exportJson(result.bundles), file).toBe(run('export', path.join('examples', file)).stdout);
        }
    }, 60_000);

    it('answers an error for a document it does not know', async () => {
        await expect(connection.sendRequest('calc/fhir', { textDocument: { uri: 'file:///never/opened.calc' } })).rejects.toThrow(/open it first/);
    });
});
