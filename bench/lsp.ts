/**
 * Drives the real language server (a bundle such as out/language/main.cjs) over stdio
 * as an editor would: initialize, open a document, send one-character edits and time
 * each until its `textDocument/publishDiagnostics` arrives.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import { pathToFileURL } from 'node:url';
import {
    createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection,
    type PublishDiagnosticsParams, type Range
} from 'vscode-languageserver/node';

export class Server {
    private waiting = new Map<string, (params: PublishDiagnosticsParams) => void>();
    private versions = new Map<string, number>();
    /** Every `publishDiagnostics` received, in order (its URI), and a listener for each. */
    readonly published: string[] = [];
    onPublish?: (uri: string) => void;

    private constructor(private readonly child: ChildProcess, private readonly connection: MessageConnection) {
        connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
            this.published.push(params.uri);
            this.onPublish?.(params.uri);
            const resolve = this.waiting.get(params.uri);
            this.waiting.delete(params.uri);
            resolve?.(params);
        });
        // Registrations, progress tokens, configuration: an editor answers, so do we.
        connection.onRequest(() => null);
        connection.onNotification(() => undefined);
        connection.listen();
    }

    /**
     * CPU time of the server's main thread so far, in ms (Linux: /proc/<pid>/schedstat, in ns).
     * Unlike the wall clock it does not count the time other processes held the CPU.
     */
    cpuMs(): number | undefined {
        try {
            return Number(fs.readFileSync(`/proc/${this.child.pid}/schedstat`, 'utf8').split(' ')[0]) / 1e6;
        } catch {
            return undefined;
        }
    }

    /**
     * Spawns the server and initializes it, with a workspace folder if given (the server then
     * loads its .calc files); `initializeMs` runs from the spawn to the response.
     */
    static async start(serverPath: string, nodeArgs: string[] = [], workspaceFolder?: string, started = performance.now()): Promise<{ server: Server; initializeMs: number; initializeCpuMs?: number }> {
        const child = spawn(process.execPath, [...nodeArgs, serverPath, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
        const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
        const server = new Server(child, connection);
        const folderUri = workspaceFolder && pathToFileURL(workspaceFolder).href;
        await connection.sendRequest('initialize', {
            processId: process.pid, rootUri: folderUri ?? null,
            workspaceFolders: folderUri ? [{ uri: folderUri, name: 'bench' }] : null,
            capabilities: { textDocument: { synchronization: { didSave: true }, publishDiagnostics: {} } }
        });
        const initializeMs = performance.now() - started;
        const initializeCpuMs = server.cpuMs();
        await connection.sendNotification('initialized', {});
        return { server, initializeMs, initializeCpuMs };
    }

    /** Opens a document; resolves with the time to its first diagnostics. */
    async open(uri: string, text: string): Promise<number> {
        this.versions.set(uri, 1);
        return this.timeDiagnostics(uri, () => this.connection.sendNotification('textDocument/didOpen', {
            textDocument: { uri, languageId: 'calc', version: 1, text }
        }));
    }

    /** An incremental change, as VS Code sends a keystroke; resolves with ms to the diagnostics. */
    async edit(uri: string, range: Range, text: string): Promise<number> {
        const version = (this.versions.get(uri) ?? 1) + 1;
        this.versions.set(uri, version);
        return this.timeDiagnostics(uri, () => this.connection.sendNotification('textDocument/didChange', {
            textDocument: { uri, version }, contentChanges: [{ range, text }]
        }));
    }

    /** A request and its round trip in ms. */
    async request(method: string, params?: unknown): Promise<number> {
        return (await this.call(method, params)).ms;
    }

    /** A request, its answer and its round trip in ms. */
    async call<T>(method: string, params?: unknown): Promise<{ ms: number; result: T }> {
        const start = performance.now();
        const result = params === undefined ? await this.connection.sendRequest<T>(method) : await this.connection.sendRequest<T>(method, params);
        return { ms: performance.now() - start, result };
    }

    private timeDiagnostics(uri: string, send: () => Promise<void>): Promise<number> {
        const start = performance.now();
        const published = new Promise<number>((resolve, reject) => {
            const timer = setTimeout(() => reject(new Error(`no diagnostics for ${uri} within 60 s`)), 60_000);
            this.waiting.set(uri, () => { clearTimeout(timer); resolve(performance.now() - start); });
        });
        void send();
        return published;
    }

    async stop(): Promise<void> {
        const exited = new Promise<void>(resolve => this.child.once('exit', () => resolve()));
        try {
            await this.connection.sendRequest('shutdown');
            await this.connection.sendNotification('exit');
        } catch { /* already gone */ }
        const timer = setTimeout(() => this.child.kill(), 5000);
        await exited;
        clearTimeout(timer);
        this.connection.dispose();
    }
}
