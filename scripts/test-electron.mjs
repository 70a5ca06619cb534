// `npm run test:electron`: the same suite (test/vscode/) in desktop VS Code, downloaded and
// cached in .vscode-test/ by @vscode/test-electron. It needs the internet (update.code.visualstudio.com)
// and, on Linux without a display, xvfb-run; where neither is there use `npm run test:vscode`.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { runTests } from '@vscode/test-electron';
import { buildVscodeTests, testsOut } from './build-vscode-tests.mjs';
import { projectRoot } from './code-server.mjs';
import { exitAfterFlush, printResults, readResults, resultsFile } from './vscode-results.mjs';

let exitCode = 1;
try {
    await buildVscodeTests();
    fs.rmSync(resultsFile, { force: true });
    await runTests({
        version: process.env.VSCODE_VERSION ?? '1.103.2', // code-server 4.103.2's VS Code: both runs test one editor
        extensionDevelopmentPath: projectRoot,
        extensionTestsPath: path.join(testsOut, 'index.cjs'),
        extensionTestsEnv: { CALC_VSCODE_RESULTS: resultsFile },
        launchArgs: [path.join(projectRoot, 'examples'), '--disable-extensions', '--disable-workspace-trust', '--skip-welcome']
    }).catch(error => {
        // run() rejects on failing tests, after writing results; anything else is the harness's failure.
        if (!fs.existsSync(resultsFile)) throw error;
    });
    const results = readResults();
    printResults(results);
    console.log(`${results.passed} passed, ${results.failed} failed`);
    exitCode = results.failed > 0 || results.passed === 0 ? 1 : 0;
} catch (error) {
    console.error(`\nFAILED: ${error.message ?? error}`);
    console.error('@vscode/test-electron could not download or run desktop VS Code: it needs the internet');
    console.error('(update.code.visualstudio.com) and a display (xvfb-run on Linux). Without them, run');
    console.error('`npm run test:vscode`, which runs the same suite in code-server.');
    console.log('0 passed, 1 failed');
}
exitAfterFlush(exitCode);
