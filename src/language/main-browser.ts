/** The language server in a browser web worker (VS Code for the Web): it reads the workspace through the editor. */
import { BrowserMessageReader, BrowserMessageWriter, createConnection } from 'vscode-languageserver/browser';
import { startCalcServer } from './calc-server.js';
import { ClientFileSystemProvider } from './workspace-fs/client-file-system.js';

declare const self: unknown;

const connection = createConnection(new BrowserMessageReader(self as never), new BrowserMessageWriter(self as never));
startCalcServer(connection, () => new ClientFileSystemProvider(connection));
