/** The language server in a browser web worker (VS Code for the Web): no file system, the editor sends the text. */
import { EmptyFileSystem } from 'langium';
import { startLanguageServer } from 'langium/lsp';
import { BrowserMessageReader, BrowserMessageWriter, createConnection } from 'vscode-languageserver/browser';
import { createCalcServices } from './calc-module.js';
import { registerSummaryRequest } from './summary/summary-request.js';

declare const self: unknown;

const connection = createConnection(new BrowserMessageReader(self as never), new BrowserMessageWriter(self as never));
const { shared, Calc } = createCalcServices({ connection, ...EmptyFileSystem });
registerSummaryRequest(Calc);
startLanguageServer(shared);
