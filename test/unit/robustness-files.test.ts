/**
 * Issue 19, item 2: hostile files in a workspace. An unreadable `.calc`, a FIFO, a link to
 * `/dev/zero` and a file past the size limit are each one clear message; the CLI never
 * waits, the real server (over stdio, on a workspace folder holding them) starts, answers
 * everything, and keeps no document for a request about a file it does not know.
 * The hang detectors are the child processes' time-outs and the requests' bound.
 */
import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { URI, type FileSystemNode, type FileSystemProvider } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import { createCalcServices } from '../../src/language/calc-module.js';
import { CaseFileReadError, MAX_CASE_FILE_BYTES, readCaseFile, readCaseFileSync } from '../../src/language/workspace-fs/case-file-read.js';
import type { CohortModel } from '../../src/language/cohort/cohort-types.js';

const CLI = path.resolve('out/cli/main.cjs');
const SERVER = path.resolve('out/language/main.cjs');
const GOOD = 'case Good { labs { calcium 12.5 mg/dL } }\n';
/** Root reads any file whatever its mode: the unreadable file is then read by a child process running as nobody. */
const AS_ROOT = process.getuid?.() === 0;
const NOBODY = { uid: 65534, gid: 65534 };

/** A folder of hostile `.calc` files and one good one, readable by nobody (but for `unreadable.calc`). */
function hostileFolder(): string {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'calc-hostile-'));
    fs.chmodSync(folder, 0o755);
    fs.writeFileSync(path.join(folder, 'good.calc'), GOOD);
    // Only in the folder, never opened: its lexer overflow was "Error in WorkspaceManager initialization".
    fs.writeFileSync(path.join(folder, 'long.calc'), `case Long { title "${'x'.repeat(5_000_000)}\n}\n`);
    fs.writeFileSync(path.join(folder, 'unreadable.calc'), GOOD.replace('Good', 'Secret'), { mode: 0o000 });
    fs.chmodSync(path.join(folder, 'unreadable.calc'), 0o000);
    execFileSync('mkfifo', [path.join(folder, 'fifo.calc')]);
    fs.symlinkSync('/dev/zero', path.join(folder, 'zero.calc'));
    const big = fs.openSync(path.join(folder, 'big.calc'), 'w', 0o644);
    fs.ftruncateSync(big, MAX_CASE_FILE_BYTES + 1); // sparse: no 16 MB written
    fs.closeSync(big);
    return folder;
}

let folder: string;
beforeAll(() => { folder = hostileFolder(); });
afterAll(() => { fs.rmSync(folder, { recursive: true, force: true }); });

const childOptions = { encoding: 'utf8' as const, timeout: 30_000, ...(AS_ROOT ? NOBODY : {}) };

describe('reading a case file: a regular file under the size limit, never a wait', () => {
    it.each([
        ['fifo.calc', 'it is a named pipe (FIFO), not a regular file'],
        ['zero.calc', 'it is a character device, not a regular file'],
        ['big.calc', 'it has 16.0 MB, more than the 16 MB a case file may have'],
        ['missing.calc', 'no such file'],
        ['.', 'it is a folder']
    ])('%s: %s', async (name, reason) => {
        const file = path.join(folder, name);
        await expect(readCaseFile(file)).rejects.toEqual(new CaseFileReadError(file, reason));
        expect(() => readCaseFileSync(file)).toThrow(`cannot read ${file}: ${reason}`);
    });

    it('a regular file is read whole', async () => {
        expect(await readCaseFile(path.join(folder, 'good.calc'))).toBe(GOOD);
    });
});

describe('the CLI reports every file and never waits', () => {
    it('check: each hostile file one message, the good one checked, exit 2', () => {
        const files = ['good.calc', 'unreadable.calc', 'fifo.calc', 'zero.calc', 'big.calc'].map(name => path.join(folder, name));
        const result = spawnSync(process.execPath, [CLI, 'check', '--format', 'json', ...files], childOptions);
        expect(result.error).toBeUndefined();
        expect(result.status).toBe(2);
        const reports = (JSON.parse(result.stdout) as { files: Array<{ file: string; error?: string; cases: Array<{ name: string }> }> }).files;
        expect(reports.map(r => [path.basename(r.file), r.error?.replace(`${folder}${path.sep}`, '')])).toEqual([
            ['good.calc', undefined],
            ['unreadable.calc', 'cannot read unreadable.calc: permission denied'],
            ['fifo.calc', 'cannot read fifo.calc: it is a named pipe (FIFO), not a regular file'],
            ['zero.calc', 'cannot read zero.calc: it is a character device, not a regular file'],
            ['big.calc', 'cannot read big.calc: it has 16.0 MB, more than the 16 MB a case file may have']
        ]);
        expect(reports[0].cases.map(c => c.name)).toEqual(['Good']);
    });

    it('cohort: the good case counted, each hostile file named on standard error', () => {
        const result = spawnSync(process.execPath, [CLI, 'cohort', '--format', 'json', folder], childOptions);
        expect(result.error).toBeUndefined();
        expect(result.status).toBe(2);
        expect((JSON.parse(result.stdout) as CohortModel).cases.map(c => c.name)).toEqual(['Good', 'Long']);
        for (const name of ['unreadable.calc: permission denied', 'fifo.calc: it is a named pipe', 'zero.calc: it is a character device', 'big.calc: it has 16.0 MB']) {
            expect(result.stderr).toContain(name);
        }
    });
});

describe('the workspace\'s start-up survives a file that cannot be read', () => {
    it('the unreadable file is one error on it; the others are loaded and built', async () => {
        const root = URI.file('/cases');
        const files: Record<string, string | Error> = {
            '/cases/good.calc': GOOD,
            '/cases/locked.calc': Object.assign(new Error('EACCES: permission denied, open \'/cases/locked.calc\''), { code: 'EACCES' })
        };
        const entry = (fsPath: string): FileSystemNode => ({ uri: URI.file(fsPath), isFile: true, isDirectory: false });
        const provider = {
            ...NodeFileSystem.fileSystemProvider(),
            readDirectory: async () => Object.keys(files).map(entry),
            readFile: async (uri: URI) => {
                const content = files[uri.path];
                if (content instanceof Error) throw content;
                return content;
            }
        } as unknown as FileSystemProvider;
        const services = createCalcServices({ fileSystemProvider: () => provider });
        await services.shared.workspace.WorkspaceManager.initializeWorkspace([{ uri: root.toString(), name: 'cases' }]);
        await services.shared.workspace.DocumentBuilder.build(services.shared.workspace.LangiumDocuments.all.toArray(), { validation: true });
        const documents = services.shared.workspace.LangiumDocuments;
        expect(documents.all.map(d => d.uri.path).toArray().sort()).toEqual(['/cases/good.calc', '/cases/locked.calc']);
        const locked = documents.getDocument(URI.file('/cases/locked.calc'))!;
        expect(locked.diagnostics?.map(d => [d.severity, d.message])).toEqual([[1, 'This file is not read: EACCES: permission denied, open \'/cases/locked.calc\'.']]);
        expect(documents.getDocument(URI.file('/cases/good.calc'))!.diagnostics!.some(d => d.code === 'lab-out-of-range')).toBe(true);
    });
});

describe('the real server on a workspace folder of hostile files', () => {
    let server: ChildProcess;
    let connection: MessageConnection;
    let stderr = '';
    const logged: string[] = [];
    const BOUND_MS = 10_000;

    /** A request's result, or its error response as `{ error }`; fails if neither comes in the bound. */
    async function answer<T>(method: string, params?: object): Promise<T | { error: { code: number; message: string } }> {
        let timer: NodeJS.Timeout | undefined;
        const timeout = new Promise<never>((_, reject) => { timer = setTimeout(() => reject(new Error(`no answer to ${method} in ${BOUND_MS} ms; stderr: ${stderr.slice(-2000)}`)), BOUND_MS); });
        try {
            return await Promise.race([connection.sendRequest<T>(method, params).catch((error: { code: number; message: string }) => ({ error })), timeout]);
        } finally {
            clearTimeout(timer);
        }
    }

    beforeAll(async () => {
        if (!fs.existsSync(SERVER)) throw new Error(`${SERVER} is missing: run \`npm run build\` first.`);
        server = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'], ...(AS_ROOT ? NOBODY : {}) });
        server.stderr!.on('data', chunk => { stderr += chunk; });
        connection = createMessageConnection(new StreamMessageReader(server.stdout!), new StreamMessageWriter(server.stdin!));
        connection.onNotification('window/logMessage', (params: { message: string }) => { logged.push(params.message); });
        connection.onNotification(() => undefined);
        connection.onRequest(() => null);
        connection.listen();
        const uri = pathToFileURL(folder).href;
        await connection.sendRequest('initialize', { processId: process.pid, rootUri: uri, workspaceFolders: [{ uri, name: 'cases' }], capabilities: {} });
        await connection.sendNotification('initialized', {});
    }, 30_000);

    afterAll(() => {
        connection?.dispose();
        server?.kill();
    });

    it('starts, says which file it could not read, and counts the others', async () => {
        const cohort = await answer<CohortModel>('calc/cohort', {});
        expect('cases' in cohort && cohort.cases.map(c => c.name).sort()).toEqual(['Good', 'Long']);
        expect(logged.join('\n')).toContain('unreadable.calc: permission denied; the file is left out until it can be read.');
        expect(server.exitCode).toBeNull();
    });

    it('a request about a FIFO or /dev/zero answers, and leaves no document behind', async () => {
        for (const name of ['fifo.calc', 'zero.calc']) {
            const uri = pathToFileURL(path.join(folder, name)).href;
            const references = await answer('textDocument/references', { textDocument: { uri }, position: { line: 0, character: 0 }, context: { includeDeclaration: true } });
            expect(references).toEqual([]);
            // A ghost document would be waited for until the summary's time-out.
            const summary = await answer('calc/summary', { textDocument: { uri } });
            expect(summary).toMatchObject({ error: { message: `No document for ${uri}: open it first.` } });
        }
        const good = pathToFileURL(path.join(folder, 'good.calc')).href;
        await connection.sendNotification('textDocument/didOpen', { textDocument: { uri: good, languageId: 'calc', version: 1, text: GOOD } });
        const hover = await answer<{ contents: { value: string } }>('textDocument/hover', { textDocument: { uri: good }, position: { line: 0, character: 20 } });
        expect(JSON.stringify(hover)).toContain('Calcium (total)');
        expect(server.exitCode).toBeNull();
    }, 60_000);
});
