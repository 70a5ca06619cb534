/**
 * The web extension's language server, run for real in a browser web worker
 * (Debian's Chromium through playwright-core): it answers `initialize` and publishes
 * the diagnostics of an opened case, as in VS Code for the Web.
 */
import * as fs from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserWithSite, type BrowserSite } from './chromium.js';

const SERVER = 'out/web/server.js';
/** The little of a DOM Worker the page uses (the project's TypeScript lib has no DOM). */
interface PageWorker {
    postMessage(message: unknown): void;
    onerror: ((event: { message: string }) => void) | null;
    onmessage: ((event: { data: RpcMessage }) => void) | null;
}
interface RpcMessage { id?: number; method?: string; params: { diagnostics: Array<{ code: string }>; items: unknown[] } }

let site: BrowserSite;
let browser: Browser;
let origin: string;

beforeAll(async () => {
    if (!fs.existsSync(SERVER)) throw new Error(`${SERVER} is missing: run \`npm run build\` first (npm test does).`);
    site = await browserWithSite(url => url === '/server.js'
        ? { type: 'text/javascript', body: fs.readFileSync(SERVER) }
        : { type: 'text/html', body: '<!doctype html><title>worker</title>' });
    ({ browser, origin } = site);
}, 60_000);

afterAll(() => site?.close());

describe('the language server in a web worker', () => {
    it('publishes the diagnostics of 04-inconsistent.calc', async () => {
        const page = await browser.newPage();
        await page.goto(origin);
        const text = fs.readFileSync('examples/04-inconsistent.calc', 'utf8');
        const codes = await page.evaluate(async (source: string) => {
            const { Worker } = globalThis as unknown as { Worker: new (url: string) => PageWorker };
            const worker = new Worker('/server.js');
            const send = (message: object) => worker.postMessage({ jsonrpc: '2.0', ...message });
            return new Promise<string[]>((resolve, reject) => {
                const timer = setTimeout(() => reject(new Error('no diagnostics within 30 s')), 30_000);
                worker.onerror = event => reject(new Error(`worker error: ${event.message}`));
                worker.onmessage = ({ data }) => {
                    if (data.id === 1) {
                        send({ method: 'initialized', params: {} });
                        send({ method: 'textDocument/didOpen', params: { textDocument: { uri: 'file:///case.calc', languageId: 'calc', version: 1, text: source } } });
                    } else if (data.method === 'textDocument/publishDiagnostics' && data.params.diagnostics.length > 0) {
                        clearTimeout(timer);
                        resolve(data.params.diagnostics.map(d => d.code));
                    } else if (data.method === 'workspace/configuration') {
                        worker.postMessage({ jsonrpc: '2.0', id: data.id, result: data.params.items.map(() => null) });
                    } else if (data.id !== undefined && data.method) {
                        worker.postMessage({ jsonrpc: '2.0', id: data.id, result: null });
                    }
                };
                send({ id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } });
            });
        }, text);
        expect(codes).toEqual(expect.arrayContaining(['unit-suspect', 'lab-implausible', 'classification-conflict', 'dose-unit-suspect', 'unresolved-reference']));
    }, 60_000);
});
