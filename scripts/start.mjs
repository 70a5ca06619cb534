// `npm start`: builds, then opens examples/ in VS Code with this extension loaded.
// Desktop VS Code when `code` is on PATH (as an Extension Development Host); otherwise
// code-server on 127.0.0.1 with the extension linked from source, until Ctrl-C. On first use it
// installs what code-server needs (scripts/prerequisites.mjs) and code-server itself.
// `--code-server` uses code-server even where `code` exists; PORT=NNNN picks its port.
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { installCodeServer, onShutdown, projectRoot, startCodeServer } from './code-server.mjs';
import { ensurePrerequisites, NEEDS } from './prerequisites.mjs';

const examples = path.join(projectRoot, 'examples');
const hasCode = spawnSync('sh', ['-c', 'command -v code'], { stdio: 'ignore' }).status === 0;
const desktop = hasCode && !process.argv.includes('--code-server');

try {
    if (!desktop) ensurePrerequisites(NEEDS.start); // before the build: a missing package stops at once
    build();
    if (desktop) {
        const result = spawnSync('code', [`--extensionDevelopmentPath=${projectRoot}`, examples], { stdio: 'inherit' });
        process.exit(result.status ?? 1);
    }
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

function build() {
    const result = spawnSync('npm', ['run', 'build'], { cwd: projectRoot, stdio: 'inherit' });
    if (result.status !== 0) throw new Error(`npm run build failed (exit ${result.status})`);
}
