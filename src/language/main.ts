/** The Node language server: started by the extension over IPC (or --stdio). */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startCalcServer } from './calc-server.js';
import { CheckedNodeFileSystem } from './workspace-fs/checked-node-file-system.js';

startCalcServer(createConnection(ProposedFeatures.all), CheckedNodeFileSystem.fileSystemProvider);
