/**
 * The workspace through the real server (the bundle the extension starts, over stdio):
 * the files of the folder get their diagnostics at start-up, none open and nothing edited;
 * an edit republishes the edited file only, also beside a file with a dangling lesion
 * reference (Langium relinked and republished every file with a linking error).
 */
import type { ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { MessageConnection } from 'vscode-jsonrpc/node';
import type { Diagnostic } from 'vscode-languageserver-types';
import { startServer } from './server-process.js';

const EXAMPLES = ['01-thigh.calc', '02-sclerosis.calc', '04-inconsistent.calc'];

let server: ChildProcess;
let connection: MessageConnection;
let folder: string;
/** Every publishDiagnostics, in order. */
const published: Array<{ uri: string; diagnostics: Diagnostic[] }> = [];
const uriOf = (name: string) => pathToFileURL(path.join(folder, name)).href;

beforeAll(async () => {
    folder = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'calc-workspace-')));
    for (const name of EXAMPLES) fs.copyFileSync(path.join('examples', name), path.join(folder, name));
    ({ server, connection } = await startServer(folder, params => { published.push(params); }));
});

afterAll(() => {
    connection?.dispose();
    server?.kill();
    if (folder) fs.rmSync(folder, { recursive: true, force: true });
});

/** Waits until `done`, or 20 s. */
async function until(done: () => boolean): Promise<void> {
    const deadline = Date.now() + 20_000;
    while (!done() && Date.now() < deadline) await new Promise(resolve => setTimeout(resolve, 50));
}

/** Waits until no diagnostics have come for half a second. */
async function quiet(): Promise<void> {
    for (let seen = -1; seen !== published.length;) {
        seen = published.length;
        await new Promise(resolve => setTimeout(resolve, 500));
    }
}

it('publishes the diagnostics of every file of the folder at start-up, none open', async () => {
    await until(() => EXAMPLES.every(name => published.some(p => p.uri === uriOf(name))));
    expect(new Set(published.map(p => p.uri))).toEqual(new Set(EXAMPLES.map(uriOf)));
    const inconsistent = published.find(p => p.uri === uriOf('04-inconsistent.calc'))!;
    // As calc-case check reports it (cli.test.ts): line 34, columns 21–23, 1-based.
    expect(inconsistent.diagnostics).toContainEqual(expect.objectContaining({
        code: 'unresolved-reference', severity: 1,
        range: { start: { line: 33, character: 20 }, end: { line: 33, character: 22 } },
        message: 'No lesion named E2 in this case. Its lesions are E1.'
    }));
});

it('republishes only the edited file, beside a file with a dangling lesion reference', async () => {
    await quiet();
    const uri = uriOf('02-sclerosis.calc');
    const text = fs.readFileSync(path.join(folder, '02-sclerosis.calc'), 'utf8');
    await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'calc', version: 1, text } });
    await quiet();
    for (const [version, change] of [[2, '\n'], [3, '\n']] as const) {
        const before = published.length;
        const end = text.split('\n').length - 1;
        await connection.sendNotification('textDocument/didChange', {
            textDocument: { uri, version }, contentChanges: [{ range: { start: { line: end, character: 0 }, end: { line: end, character: 0 } }, text: change }]
        });
        await until(() => published.length > before);
        await quiet();
        expect(published.slice(before).map(p => p.uri)).toEqual([uri]);
    }
});
