/** The Node language server: started by the extension over IPC. */
import { startLanguageServer } from 'langium/lsp';
import { NodeFileSystem } from 'langium/node';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { createCalcServices } from './calc-module.js';
import { registerSummaryRequest } from './summary/summary-request.js';

const connection = createConnection(ProposedFeatures.all);
const { shared, Calc } = createCalcServices({ connection, ...NodeFileSystem });
registerSummaryRequest(Calc);
startLanguageServer(shared);
