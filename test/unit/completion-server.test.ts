/**
 * Completion through the real server (the bundle the extension starts, over stdio), asked
 * while the build of the edit before is still validating (issue 19, item 8: right after
 * `calcium 10.2 ` the answer was "No suggestions" until the build caught up). A completion
 * answers once its document is linked, so the first one marks the moment the validation of
 * that edit runs; the next edit and its completion are sent then, at once. Whether the
 * completion lands before the cancelled validation gives way is the server's race: without
 * the fix this failed in most runs, not all; completion.test.ts reproduces it deterministically.
 */
import type { ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { MessageConnection } from 'vscode-jsonrpc/node';
import type { CompletionList } from 'vscode-languageserver-types';
import { startServer } from './server-process.js';

/** Enough cases that validating the file takes far longer than a message's round trip. */
const CASES = 200;

let server: ChildProcess;
let connection: MessageConnection;
let folder: string;
const published = new Set<string>();

beforeAll(async () => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'calc-completion-'));
    ({ server, connection } = await startServer(folder, params => { published.add(params.uri); }));
});

afterAll(() => {
    connection?.dispose();
    server?.kill();
});

it('offers the units right after `calcium 10.2 ` typed while the edit before is being validated', async () => {
    const example = fs.readFileSync('examples/01-thigh.calc', 'utf8');
    const cases = Array.from({ length: CASES }, (_, i) => example.replace('case ThighCalcinosis', `case Thigh${i}`)).join('\n');
    const text = `case A {\n    labs {\n        \n    }\n}\n${cases}`;
    const uri = pathToFileURL(path.join(folder, 'many.calc')).href;
    await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'calc', version: 1, text } });
    while (!published.has(uri)) await new Promise(resolve => setTimeout(resolve, 50));
    const edit = (version: number, character: number, typed: string) => connection.sendNotification('textDocument/didChange', {
        textDocument: { uri, version }, contentChanges: [{ range: { start: { line: 2, character }, end: { line: 2, character } }, text: typed }]
    });
    const complete = (character: number) => connection.sendRequest<CompletionList | null>('textDocument/completion', { textDocument: { uri }, position: { line: 2, character } });

    await edit(2, 0, '    '); // an edit elsewhere: its AST has no lab result on the line
    await complete(12); // answered once that edit is linked: its validation has begun
    await edit(3, 12, 'calcium 10.2 ');
    const units = (await complete(25))?.items.map(item => item.label) ?? [];
    expect(units.slice(0, 2)).toEqual(['mg/dL', 'mmol/L']);
}, 60_000);
