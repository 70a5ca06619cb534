/**
 * Closing a document in the editor, through the real server (the bundle the extension
 * starts, over stdio): an untitled case leaves the workspace and its diagnostics are
 * cleared; a file closed without saving is read again from disk.
 */
import type { ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { MessageConnection } from 'vscode-jsonrpc/node';
import type { CohortModel } from '../../src/language/cohort/cohort-types.js';
import { startServer } from './server-process.js';

const THIGH = fs.readFileSync('examples/01-thigh.calc', 'utf8');

let server: ChildProcess;
let connection: MessageConnection;
const published = new Map<string, unknown[]>();
let folder: string;

beforeAll(async () => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'calc-close-'));
    fs.writeFileSync(path.join(folder, 'thigh.calc'), THIGH);
    ({ server, connection } = await startServer(folder, params => { published.set(params.uri, params.diagnostics); }));
});

afterAll(() => {
    connection?.dispose();
    server?.kill();
});

const cohort = () => connection.sendRequest<CohortModel>('calc/cohort');
const names = (model: CohortModel) => model.cases.map(c => c.name).sort();
const open = (uri: string, text: string) => connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'calc', version: 1, text } });
const close = (uri: string) => connection.sendNotification('textDocument/didClose', { textDocument: { uri } });

async function until<T>(probe: () => Promise<T> | T, done: (value: T) => boolean): Promise<T> {
    const deadline = Date.now() + 10_000;
    let value = await probe();
    while (!done(value) && Date.now() < deadline) {
        await new Promise(resolve => setTimeout(resolve, 100));
        value = await probe();
    }
    return value;
}

it('drops a closed untitled case and clears its diagnostics', async () => {
    expect(names(await cohort())).toEqual(['ThighCalcinosis']);
    const untitled = 'untitled:Untitled-1';
    await open(untitled, 'case Draft {\n  lesion L1 { count one }\n}\n');
    expect(names(await until(cohort, m => m.cases.length === 2))).toEqual(['Draft', 'ThighCalcinosis']);
    expect(await until(() => published.get(untitled)?.length ?? 0, n => n > 0)).toBeGreaterThan(0);

    await close(untitled);
    expect(names(await until(cohort, m => m.cases.length === 1))).toEqual(['ThighCalcinosis']);
    expect(await until(() => published.get(untitled)?.length, n => n === 0)).toBe(0);
});

it('reads a file closed without saving again from disk', async () => {
    const file = pathToFileURL(path.join(folder, 'thigh.calc')).href;
    await open(file, THIGH.replace('ThighCalcinosis', 'EditedNotSaved'));
    expect(names(await until(cohort, m => names(m).includes('EditedNotSaved')))).toEqual(['EditedNotSaved']);
    await close(file);
    expect(names(await until(cohort, m => names(m).includes('ThighCalcinosis')))).toEqual(['ThighCalcinosis']);
});

it('an untitled name reused at once (close, then open again) keeps the new document', async () => {
    const untitled = 'untitled:Untitled-2';
    await open(untitled, 'case First {\n  lesion L1 { count one }\n}\n');
    expect(names(await until(cohort, m => names(m).includes('First')))).toContain('First');
    published.delete(untitled);
    await close(untitled);
    await open(untitled, 'case Second {\n  lesion L1 { count one }\n}\n');
    // Give the close's own (asynchronous) file-system check time to come back.
    await new Promise(resolve => setTimeout(resolve, 1_000));
    expect(names(await until(cohort, m => names(m).includes('Second')))).toEqual(['Second', 'ThighCalcinosis']);
    expect(published.get(untitled)?.length ?? 0).toBeGreaterThan(0);
});
