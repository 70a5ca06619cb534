/**
 * Issue 19: a soak of the real server (the bundle, over stdio), opt-in because it is slow
 * (about 36 ms an edit, so some 25 minutes for the 40,000 on an idle machine; fewer with
 * CALC_SOAK_EDITS=10000): `CALC_SOAK=1 npx vitest run test/unit/robustness-soak.test.ts`. 40,000 edits
 * (typing, deleting, pasting the examples, a bare CR here and there), a hover or a
 * completion every 100 edits and a summary every 1,000; then the server must still answer
 * on the last text. It prints the figures for the note: edits, requests, error responses,
 * and the server's peak resident memory (VmHWM, from /proc).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import { EXAMPLES } from './fuzz/pathological.js';

const SERVER = path.resolve('out/language/main.cjs');
const EDITS = Number(process.env.CALC_SOAK_EDITS ?? 40_000);

describe.runIf(process.env.CALC_SOAK === '1')('a 40,000-edit soak of the language server', () => {
    let server: ChildProcess;
    let connection: MessageConnection;
    let stderr = '';

    beforeAll(async () => {
        server = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
        server.stderr!.on('data', chunk => { stderr += chunk; });
        connection = createMessageConnection(new StreamMessageReader(server.stdout!), new StreamMessageWriter(server.stdin!));
        connection.onNotification(() => undefined);
        connection.onRequest(() => null);
        connection.listen();
        await connection.sendRequest('initialize', { processId: process.pid, rootUri: null, workspaceFolders: null, capabilities: {} });
        await connection.sendNotification('initialized', {});
    });

    afterAll(() => {
        connection?.dispose();
        server?.kill();
    });

    const peakKb = () => Number(/VmHWM:\s+(\d+)/.exec(fs.readFileSync(`/proc/${server.pid}/status`, 'utf8'))?.[1] ?? NaN);

    it('takes the edits, answers throughout, and answers on the last text', async () => {
        const uri = 'file:///soak.calc';
        const examples = Object.values(EXAMPLES);
        let text = examples[0];
        await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'calc', version: 0, text } });
        let seed = 19;
        const random = (n: number) => { seed = (seed * 1103515245 + 12345) % 2 ** 31; return seed % n; };
        const counts = { requests: 0, errors: 0 };
        const pending: Array<Promise<unknown>> = [];
        for (let version = 1; version <= EDITS; version++) {
            const at = random(text.length + 1);
            const kind = random(100);
            const [from, to, insert] = kind < 60 ? [at, at, 'calcium 9.4 mg/dL\n \r"x{}'[random(27)] ?? ' ']
                : kind < 90 ? [at, Math.min(text.length, at + random(4)), '']
                : kind < 99 ? [at, at, examples[random(examples.length)].slice(0, 400)]
                : [0, text.length, examples[random(examples.length)]];
            text = text.slice(0, from) + insert + text.slice(to);
            // Whole-text changes: the soak tests the server, not our offset arithmetic.
            void connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
            if (version % 100 === 0) {
                const method = version % 200 === 0 ? 'textDocument/hover' : 'textDocument/completion';
                counts.requests++;
                pending.push(connection.sendRequest(method, { textDocument: { uri }, position: { line: random(40), character: random(30) } }).catch(() => { counts.errors++; }));
            }
            if (version % 1000 === 0) {
                counts.requests++;
                pending.push(connection.sendRequest('calc/summary', { textDocument: { uri } }).catch(() => { counts.errors++; }));
                await Promise.all(pending.splice(0)); // keep the client in step with the server
                expect(server.exitCode, stderr.slice(-2000)).toBeNull();
            }
        }
        await Promise.all(pending);
        const final = examples[1];
        await connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: EDITS + 1 }, contentChanges: [{ text: final }] });
        const summary = await connection.sendRequest<{ version: number; summaries: unknown[] }>('calc/summary', { textDocument: { uri } });
        expect(summary.version).toBe(EDITS + 1);
        expect(summary.summaries.length).toBeGreaterThan(0);
        console.log(`robustness-soak: ${EDITS} edits, ${counts.requests + 1} requests (${counts.errors} error responses: cancelled or content modified), 0 crashes, peak RSS ${Math.round(peakKb() / 1024)} MB`);
    }, 1_800_000);
});
