/**
 * Issue 19: a soak of the real server (the bundle, over stdio), opt-in because it is slow
 * (a few minutes for the 40,000; fewer with CALC_SOAK_EDITS=10000): `CALC_SOAK=1 npx vitest run test/unit/robustness-soak.test.ts`. 40,000 edits
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
import { Random } from '../../bench/generate.js';

const SERVER = path.resolve('out/language/main.cjs');
const EDITS = Number(process.env.CALC_SOAK_EDITS ?? 40_000);

type Edit = { from: number; to: number; insert: string; kind: 'type' | 'delete' | 'paste' | 'replace' };

/**
 * The soak's edits, seeded: typing (60 %), deleting (30 %), pasting the start of an
 * example (9 %), replacing the whole text by an example (1 %). The seed was once a
 * float LCG, `(seed * 1103515245 + 12345) % 2 ** 31`: its product passes 2^53, the low
 * bits were lost, `% 100` gave multiples of 4 and never 99, so the text was never
 * replaced and grew by ~34 characters an edit (1.3 MB at 40,000 edits, each sent whole):
 * the soak's 1.1 GB and its half hour were its own document, not the server.
 */
function* soakEdits(examples: string[], count: number, seed = 19): Generator<Edit & { text: string }> {
    const random = new Random(seed);
    const below = (n: number) => Math.floor(random.next() * n);
    let text = examples[0];
    for (let i = 0; i < count; i++) {
        const at = below(text.length + 1);
        const kind = below(100);
        const edit: Edit = kind < 60 ? { from: at, to: at, insert: 'calcium 9.4 mg/dL\n \r"x{}'[below(27)] ?? ' ', kind: 'type' }
            : kind < 90 ? { from: at, to: Math.min(text.length, at + below(4)), insert: '', kind: 'delete' }
            : kind < 99 ? { from: at, to: at, insert: examples[below(examples.length)].slice(0, 400), kind: 'paste' }
            : { from: 0, to: text.length, insert: examples[below(examples.length)], kind: 'replace' };
        text = text.slice(0, edit.from) + edit.insert + text.slice(edit.to);
        yield { ...edit, text };
    }
}

describe("the soak's edits", () => {
    it('take every kind in its share and keep the document the size of a case file', () => {
        const examples = Object.values(EXAMPLES);
        const kinds = { type: 0, delete: 0, paste: 0, replace: 0 };
        let longest = 0;
        for (const edit of soakEdits(examples, 40_000)) {
            kinds[edit.kind]++;
            longest = Math.max(longest, edit.text.length);
        }
        expect(kinds.replace).toBeGreaterThan(300); // 1 % of 40,000 is 400
        expect(kinds.paste).toBeGreaterThan(3_000);
        const example = Math.max(...examples.map(text => text.length));
        expect(longest).toBeLessThan(20 * example);
    });
});

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
        await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'calc', version: 0, text: examples[0] } });
        const random = new Random(17);
        const below = (n: number) => Math.floor(random.next() * n);
        const counts = { requests: 0, errors: 0 };
        const pending: Array<Promise<unknown>> = [];
        const started = Date.now();
        let version = 0;
        for (const { text } of soakEdits(examples, EDITS)) {
            version++;
            // Whole-text changes: the soak tests the server, not our offset arithmetic.
            void connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
            if (version % 100 === 0) {
                const method = version % 200 === 0 ? 'textDocument/hover' : 'textDocument/completion';
                counts.requests++;
                pending.push(connection.sendRequest(method, { textDocument: { uri }, position: { line: below(40), character: below(30) } }).catch(() => { counts.errors++; }));
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
        console.log(`robustness-soak: ${EDITS} edits, ${counts.requests + 1} requests (${counts.errors} error responses: cancelled or content modified), 0 crashes, peak RSS ${Math.round(peakKb() / 1024)} MB, ${Math.round((Date.now() - started) / 1000)} s`);
    }, 1_800_000);
});
