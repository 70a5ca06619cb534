// `npm start` (after `npm run build`): opens examples/ in VS Code with this extension loaded.
// Desktop VS Code when `code` is on PATH (as an Extension Development Host); otherwise
// code-server on 127.0.0.1 with the extension linked from source, until Ctrl-C.
// `--code-server` uses code-server even where `code` exists; PORT=NNNN picks its port.
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { installCodeServer, onShutdown, projectRoot, startCodeServer } from './code-server.mjs';

const examples = path.join(projectRoot, 'examples');
const hasCode = spawnSync('sh', ['-c', 'command -v code'], { stdio: 'ignore' }).status === 0;

if (hasCode && !process.argv.includes('--code-server')) {
    const result = spawnSync('code', [`--extensionDevelopmentPath=${projectRoot}`, examples], { stdio: 'inherit' });
    process.exit(result.status ?? 1);
}

try {
    installCodeServer();
    const log = path.join(projectRoot, '.vscode-test', 'start-code-server.log');
    const server = await startCodeServer({
        folder: examples,
        linkExtension: projectRoot,
        output: log,
        port: process.env.PORT ? Number(process.env.PORT) : undefined
    });
    onShutdown(() => server.stop());
    console.log(`\nVS Code (code-server) with the Calc Case extension is running. Open:\n\n  ${server.workbenchUrl(examples)}\n`);
    console.log(`After a rebuild (npm run build or npm run watch), run "Developer: Reload Window" to load it.`);
    console.log(`Log: ${path.relative(projectRoot, log)}. Ctrl-C stops it.`);
    // The code-server child keeps this process alive; Ctrl-C stops the whole group.
} catch (error) {
    console.error(`npm start: ${error.message}`);
    process.exit(1);
}
