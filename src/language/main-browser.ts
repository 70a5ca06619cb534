/** The language server in a browser web worker (VS Code for the Web): no file system, the editor sends the text. */
import { EmptyFileSystem } from 'langium';
import { BrowserMessageReader, BrowserMessageWriter, createConnection } from 'vscode-languageserver/browser';
import { startCalcServer } from './calc-server.js';

declare const self: unknown;

startCalcServer(createConnection(new BrowserMessageReader(self as never), new BrowserMessageWriter(self as never)), EmptyFileSystem.fileSystemProvider);
