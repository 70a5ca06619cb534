/**
 * Issue 8: the language server survives its clients. The real server (the bundle the
 * extension starts) runs over stdio; a JSON-RPC client sends it requests for documents
 * it never saw, positions past the end, a cancelled request, a flood of edits and the
 * inputs built to hurt. Every request must get an answer (a result or an error
 * response) within REQUEST_BOUND_MS, the process must stay alive, and a valid request
 * afterwards must still work.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CancellationTokenSource, createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import { EXAMPLES, LONG_INPUTS, REPEATED_ERRORS } from './fuzz/pathological.js';

const SERVER = path.resolve('out/language/main.cjs');
/** A hang detector: one request on any input. */
const REQUEST_BOUND_MS = 10_000;

/** Requests that take a document (and a position or a range where they need one). */
const DOCUMENT_REQUESTS = [
    'textDocument/hover', 'textDocument/completion', 'textDocument/definition', 'textDocument/references',
    'textDocument/documentHighlight', 'textDocument/documentSymbol', 'textDocument/foldingRange',
    'textDocument/codeAction', 'textDocument/formatting', 'textDocument/inlayHint',
    'textDocument/semanticTokens/full', 'calc/summary'
];

let server: ChildProcess;
let connection: MessageConnection;
let stderr = '';
interface Published { code?: string | number }
const diagnostics = new Map<string, Published[]>();
const answered = { requests: 0, errors: new Map<string, number>(), slowest: { ms: 0, request: '' } };

function paramsFor(method: string, uri: string, position = { line: 0, character: 0 }): object {
    const textDocument = { uri };
    const range = { start: position, end: position };
    switch (method) {
                case 'textDocument/references': return { textDocument, position, context: { includeDeclaration: true } };
        case 'textDocument/codeAction': return { textDocument, range, context: { diagnostics: [] } };
        case 'textDocument/formatting': return { textDocument, options: { tabSize: 4, insertSpaces: true } };
        case 'textDocument/inlayHint': return { textDocument, range: { start: { line: 0, character: 0 }, end: { line: 100000, character: 0 } } };
        case 'textDocument/documentSymbol': case 'textDocument/foldingRange': case 'textDocument/semanticTokens/full': case 'calc/summary': return { textDocument };
        default: return { textDocument, position };
    }
}

/** Sends a request; resolves with its result or its error response, fails if neither comes. */
async function answer(method: string, params: object, token?: CancellationTokenSource): Promise<{ result?: unknown; error?: { code: number; message: string } }> {
    const start = performance.now();
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer to ${method} in ${REQUEST_BOUND_MS} ms; server stderr:\n${stderr.slice(-2000)}`)), REQUEST_BOUND_MS);
    });
    try {
        const result = await Promise.race([
            (token ? connection.sendRequest(method, params, token.token) : connection.sendRequest(method, params))
                .then(result => ({ result, error: undefined }), (error: { code: number; message: string }) => ({ result: undefined, error })),
            timeout
        ]);
        const ms = performance.now() - start;
        answered.requests++;
        if (result.error) answered.errors.set(`${method} ${result.error.code}`, (answered.errors.get(`${method} ${result.error.code}`) ?? 0) + 1);
        if (ms > answered.slowest.ms) answered.slowest = { ms, request: method };
        return result;
    } finally {
        clearTimeout(timer);
    }
}

function open(uri: string, text: string, version = 1): void {
    void connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'calc', version, text } });
}

/** Resolves when the server has published diagnostics for `uri` (that `accept`, if given). */
async function published(uri: string, accept: (diagnostics: Published[]) => boolean = () => true): Promise<Published[]> {
    const deadline = Date.now() + REQUEST_BOUND_MS * 3;
    while (Date.now() < deadline) {
        const last = diagnostics.get(uri);
        if (last && accept(last)) return last;
        await new Promise(resolve => setTimeout(resolve, 20));
    }
    throw new Error(`no such diagnostics for ${uri} (last: ${JSON.stringify(diagnostics.get(uri))?.slice(0, 500)}); server stderr:\n${stderr.slice(-2000)}`);
}

function alive(): void {
    expect(server.exitCode, `the server exited; stderr:\n${stderr.slice(-2000)}`).toBeNull();
    expect(server.signalCode).toBeNull();
}

/** Hover on `needle` in the example just opened: the proof that the server still works. */
async function stillWorks(uri: string, text: string): Promise<void> {
    const offset = text.indexOf('2.36') + 1;
    const before = text.slice(0, offset).split('\n');
    const { result } = await answer('textDocument/hover', paramsFor('textDocument/hover', uri, { line: before.length - 1, character: before.at(-1)!.length }));
    expect(JSON.stringify(result)).toContain('Calcium (total)');
}

beforeAll(async () => {
    if (!fs.existsSync(SERVER)) throw new Error(`${SERVER} is missing: run \`npm run build\` first (npm test does). These tests run the real server.`);
    server = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    server.stderr!.on('data', chunk => { stderr += chunk; });
    connection = createMessageConnection(new StreamMessageReader(server.stdout!), new StreamMessageWriter(server.stdin!));
    connection.onNotification('textDocument/publishDiagnostics', (params: { uri: string; diagnostics: Published[] }) => {
        diagnostics.set(params.uri, params.diagnostics);
    });
    connection.onNotification(() => { /* log messages, progress: not asserted */ });
    // The server may ask for configuration or register capabilities: answer, as a client does.
    connection.onRequest((method, params) => method === 'workspace/configuration' ? ((params as { items?: unknown[] }).items ?? []).map(() => null) : null);
    connection.listen();
    await answer('initialize', { processId: process.pid, rootUri: null, workspaceFolders: null, capabilities: {} });
    void connection.sendNotification('initialized', {});
}, 30_000);

afterAll(async () => {
    console.log(`robustness-server: ${answered.requests} requests answered (error responses: ${JSON.stringify(Object.fromEntries(answered.errors))}), slowest ${Math.round(answered.slowest.ms)} ms (${answered.slowest.request})`);
    if (!connection) return;
    await answer('shutdown', {}).catch(() => undefined);
    // The server may be gone before the write: a failed write is no test's failure (an unhandled rejection was).
    await connection.sendNotification('exit').catch(() => undefined);
    connection.dispose();
    server.kill();
});

describe('the language server survives its clients', () => {
    const example = EXAMPLES['02-sclerosis.calc'];

    it('answers every request about a document it never saw', async () => {
        for (const method of DOCUMENT_REQUESTS) await answer(method, paramsFor(method, 'file:///never/opened.calc'));
        alive();
    });

    it('answers positions past the end, and before the start', async () => {
        const uri = 'file:///past-the-end.calc';
        open(uri, example);
        await published(uri);
        for (const position of [{ line: 100000, character: 0 }, { line: 0, character: 100000 }, { line: 5, character: 100000 }, { line: -1, character: -1 }]) {
            for (const method of DOCUMENT_REQUESTS) await answer(method, paramsFor(method, uri, position));
        }
        alive();
        await stillWorks(uri, example);
    });

    it('answers a cancelled request with its result or a cancellation', async () => {
        const uri = 'file:///cancelled.calc';
        open(uri, example);
        const source = new CancellationTokenSource();
        const pending = answer('textDocument/completion', paramsFor('textDocument/completion', uri, { line: 20, character: 8 }), source);
        source.cancel();
        const { error } = await pending;
        if (error) expect(error.code).toBe(-32800); // RequestCancelled
        alive();
        await stillWorks(uri, example);
    });

    it('takes a flood of 500 edits, then reports on the last text', async () => {
        const uri = 'file:///flood.calc';
        open(uri, '', 0);
        // Type the example one character at a time, as incremental changes.
        const typed = example.slice(0, 500);
        let line = 0;
        let character = 0;
        for (let version = 1; version <= typed.length; version++) {
            const char = typed[version - 1];
            const at = { line, character };
            void connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range: { start: at, end: at }, text: char }] });
            if (char === '\n') { line++; character = 0; } else character++;
        }
        // Then replace it whole with the example.
        void connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: typed.length + 1 }, contentChanges: [{ text: example }] });
        // The diagnostics of the whole example: no syntax error, its classification.
        await published(uri, all => !all.some(d => d.code === 'syntax') && all.some(d => d.code === 'classification'));
        alive();
        await stillWorks(uri, example);
        const symbols = await answer('textDocument/documentSymbol', paramsFor('textDocument/documentSymbol', uri));
        expect(symbols.error).toBeUndefined();
    }, 60_000);

    it('survives the inputs built to hurt, and every feature answers on them', async () => {
        for (const [name, text] of Object.entries(REPEATED_ERRORS)) {
            const uri = `file:///hurt/${encodeURIComponent(name)}.calc`;
            open(uri, text);
            const end = text.split('\n');
            for (const method of DOCUMENT_REQUESTS) await answer(method, paramsFor(method, uri, { line: end.length - 1, character: end.at(-1)!.length }));
            expect((await published(uri)).length).toBeGreaterThan(0);
            void connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
        }
        alive();
        const uri = 'file:///after-the-hurt.calc';
        open(uri, example);
        await stillWorks(uri, example);
    }, 120_000);

    it('survives 5M-character tokens and bare-CR line ends, and every feature answers on them (issue 19)', async () => {
        const inputs = {
            ...Object.fromEntries(Object.entries(LONG_INPUTS).filter(([name]) => /5M|2\.5M/.test(name))),
            'the example with bare CR line ends': example.replace(/\n/g, '\r'),
            'the example with mixed line ends': example.split('\n').map((line, i) => line + ['\n', '\r', '\r\n'][i % 3]).join('')
        };
        for (const [name, text] of Object.entries(inputs)) {
            const uri = `file:///long/${encodeURIComponent(name)}.calc`;
            open(uri, text);
            const lines = text.split(/\r\n|\r|\n/);
            for (const method of DOCUMENT_REQUESTS) {
                const { error } = await answer(method, paramsFor(method, uri, { line: lines.length - 1, character: lines.at(-1)!.length }));
                if (method === 'textDocument/formatting' || method === 'calc/summary') expect(error, `${method} on ${name}`).toBeUndefined();
            }
            void connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
        }
        alive();
        const uri = 'file:///after-the-long.calc';
        open(uri, example);
        await stillWorks(uri, example);
    }, 120_000);

    it('completion right after typing answers on the text typed (issue 19: "No suggestions" until one waited)', async () => {
        for (const [typed, expected] of [['\n        calcium 10.2 ', 'mg/dL'], ['\n    lesion L9 {\n        morphology ', 'nodular']] as const) {
            const uri = `file:///typed-${expected.replace('/', '-')}.calc`;
            let text = example;
            open(uri, text);
            await published(uri);
            const anchor = expected === 'mg/dL' ? 'labs "at presentation" {' : '    lesion ';
            let offset = text.indexOf(anchor) + (expected === 'mg/dL' ? anchor.length : 0);
            const position = (o: number) => { const before = text.slice(0, o).split('\n'); return { line: before.length - 1, character: before.at(-1)!.length }; };
            let version = 1;
            for (const char of typed) {
                const at = position(offset);
                text = text.slice(0, offset) + char + text.slice(offset);
                offset++;
                void connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: ++version }, contentChanges: [{ range: { start: at, end: at }, text: char }] });
            }
            const { result } = await answer('textDocument/completion', paramsFor('textDocument/completion', uri, position(offset)));
            expect((result as { items: Array<{ label: string }> }).items.map(i => i.label)).toContain(expected);
        }
    });

    it('an error is sent as an error, not as a result (one vscode-jsonrpc in the server: issue 19)', async () => {
        // Langium answers a file of another language with a ResponseError; with two copies of
        // vscode-jsonrpc it failed `instanceof` and went out as the result {"code":…,"message":…}.
        const { result, error } = await answer('textDocument/inlayHint', paramsFor('textDocument/inlayHint', 'file:///not-a-case.txt'));
        expect(result).toBeUndefined();
        expect(error).toMatchObject({ code: expect.any(Number), message: expect.stringContaining('not-a-case.txt') });
        const lock = JSON.parse(fs.readFileSync('package-lock.json', 'utf8')) as { packages: Record<string, { version: string }> };
        const copies = Object.entries(lock.packages).filter(([key]) => /(^|\/)node_modules\/vscode-jsonrpc$/.test(key)).map(([key, p]) => `${key}@${p.version}`);
        expect(copies).toHaveLength(1);
    });

    it.each([
        ['calc/cohort', { isCancellationRequested: true }], ['calc/cohort', [1]], ['calc/cohort', 'x'],
        ['calc/summary', {}], ['calc/summary', null], ['calc/summary', { uri: 42 }], ['calc/summary', { uri: 'undefined' }], ['calc/summary', ['file:///a.calc']], ['calc/summary', { uri: 'file:///a.calc' }], ['calc/summary', { textDocument: { uri: 'a.calc' } }],
        ['calc/fhir', {}], ['calc/fhir', null], ['calc/fhir', { textDocument: {} }], ['calc/fhir', { uri: '' }],
        ['calc/report', {}], ['calc/report', { uri: 'file:///a.calc' }], ['calc/report', { textDocument: { uri: 7 } }]
    ])('%s with params %j: a clear InvalidParams error', async (method, params) => {
        const { error } = await answer(method, params as object);
        expect(error).toMatchObject({ code: -32602, message: expect.stringMatching(new RegExp(`^${method} takes `)) });
        alive();
    });

    it('calc/cohort with no params, null or {} answers the cohort', async () => {
        for (const params of [undefined, null, {}]) {
            const { result, error } = await (params === undefined ? answer('calc/cohort', undefined as unknown as object) : answer('calc/cohort', params as object));
            expect(error).toBeUndefined();
            expect(result).toMatchObject({ cases: expect.any(Array) });
        }
    });
});
