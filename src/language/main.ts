/** The Node language server: started by the extension over IPC (or --stdio). */
import { NodeFileSystem } from 'langium/node';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startCalcServer } from './calc-server.js';

startCalcServer(createConnection(ProposedFeatures.all), NodeFileSystem.fileSystemProvider);
