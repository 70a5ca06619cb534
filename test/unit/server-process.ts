/** Shared by the tests that drive the real server bundle over stdio with a workspace folder. */
import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import type { Diagnostic } from 'vscode-languageserver-types';

export const SERVER = path.resolve('out/language/main.cjs');

/** Spawns the server, initialized with `folder` as its workspace; `onPublish` sees every publishDiagnostics. */
export async function startServer(folder: string, onPublish: (params: { uri: string; diagnostics: Diagnostic[] }) => void): Promise<{ server: ChildProcess; connection: MessageConnection }> {
    if (!fs.existsSync(SERVER)) throw new Error(`${SERVER} is missing: run \`npm run build\` first (npm test does).`);
    const server = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
    const connection = createMessageConnection(new StreamMessageReader(server.stdout), new StreamMessageWriter(server.stdin));
    connection.onNotification('textDocument/publishDiagnostics', onPublish);
    connection.onRequest(() => null);
    connection.listen();
    const uri = pathToFileURL(folder).href;
    await connection.sendRequest('initialize', { processId: process.pid, rootUri: uri, workspaceFolders: [{ uri, name: 'cases' }], capabilities: {} });
    await connection.sendNotification('initialized', {});
    return { server, connection };
}
