// `npm run test:vscode`: runs test/vscode/ in a real VS Code (code-server 4.103.2 shown in Debian's
// Chromium) with the extension loaded from source, and prints `N passed, N failed` last.
// `--no-build` skips `npm run build` (the extension in out/ is used as it is).
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { buildVscodeTests, testsOut } from './build-vscode-tests.mjs';
import {
    installCodeServer, launchChromium, onShutdown, openWorkbench, projectRoot, requireChromium,
    requireNode22, sleep, startCodeServer
} from './code-server.mjs';
import { captureScreenshots } from './screenshots.mjs';
import { exitAfterFlush, printResults, readResults, resultsFile } from './vscode-results.mjs';

const SUITE_TIMEOUT_MS = 10 * 60_000;
const outDir = path.join(projectRoot, 'test-results', 'vscode');
const serverLog = path.join(outDir, 'code-server.log');
// The suite asks what a webview shows through files here (test/vscode/helpers.ts, webviewTexts).
const probeDir = path.join(outDir, 'probe');
const examples = path.join(projectRoot, 'examples');
const started = Date.now();
const since = from => `${((Date.now() - from) / 1000).toFixed(1)} s`;

let server;
let browser;
const cleanup = onShutdown(async () => {
    await browser?.close().catch(() => {});
    await server?.stop();
});

let exitCode = 1;
try {
    // Missing prerequisites fail before anything is built or started.
    requireNode22();
    requireChromium();
    if (!process.argv.includes('--no-build')) run('npm', ['run', 'build']);
    await buildVscodeTests();

    const installSeconds = installCodeServer();
    console.log(`code-server: ${installSeconds > 0 ? `installed in ${installSeconds.toFixed(0)} s` : 'cached in .vscode-test/'}`);

    fs.mkdirSync(outDir, { recursive: true });
    fs.rmSync(resultsFile, { force: true });
    fs.rmSync(probeDir, { recursive: true, force: true });
    fs.mkdirSync(probeDir, { recursive: true });
    server = await startCodeServer({
        folder: examples, output: serverLog, keepLogs: path.join(outDir, 'logs'),
        env: { CALC_VSCODE_RESULTS: resultsFile, CALC_VSCODE_PROBE: probeDir }
    });
    browser = await launchChromium();
    const url = server.workbenchUrl(examples, { extensionDevelopmentPath: projectRoot, extensionTestsPath: path.join(testsOut, 'index.cjs') });
    const suiteStarted = Date.now();
    const { page, seconds } = await openWorkbench(browser, url);
    console.log(`workbench ready in ${seconds.toFixed(1)} s (code-server ${server.url}, log ${path.relative(projectRoot, serverLog)})`);
    const pageErrors = [];
    page.on('pageerror', error => pageErrors.push(String(error)));

    const results = await waitForResults(page);
    console.log(`suite ran in ${since(suiteStarted)} (VS Code ${results.vscodeVersion})`);
    await page.screenshot({ path: path.join(outDir, 'workbench-after-tests.png') });
    await page.context().close();

    await server.stop();
    server = undefined;

    printResults(results);
    if (pageErrors.length > 0) console.log(`(the workbench page logged ${pageErrors.length} error(s); first: ${pageErrors[0]})`);

    // Pictures of what a person sees; a failure to take them counts as a failed test.
    if (!process.argv.includes('--no-screenshots')) {
        try {
            const shots = await captureScreenshots({ browser });
            console.log(`screenshots: ${shots.map(file => path.relative(projectRoot, file)).join(', ')}`);
        } catch (error) {
            results.failed += 1;
            console.log(`\n✗ screenshots: ${error.message}`);
        }
    }
    console.log(`whole run: ${since(started)}`);
    console.log(`${results.passed} passed, ${results.failed} failed`);
    exitCode = results.failed > 0 || results.passed === 0 ? 1 : 0;
} catch (error) {
    // A harness failure (prerequisite, build, time-out) counts as one failed test: never a silent pass.
    console.error(`\nFAILED: ${error.message}`);
    if (server && fs.existsSync(serverLog)) {
        console.error(`--- last lines of ${path.relative(projectRoot, serverLog)} ---\n${tail(serverLog, 25)}`);
    }
    console.log(`0 passed, 1 failed`);
} finally {
    await cleanup();
}
exitAfterFlush(exitCode);

function run(command, args) {
    const result = spawnSync(command, args, { cwd: projectRoot, stdio: 'inherit' });
    if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (exit ${result.status})`);
}

/**
 * The suite writes its results when `run()` settles; the extension host then exits. If it exits
 * without results (the suite could not load), say so at once instead of waiting for the time-out.
 */
async function waitForResults(page) {
    const deadline = Date.now() + SUITE_TIMEOUT_MS;
    let exitedAt;
    while (!fs.existsSync(resultsFile)) {
        if (Date.now() > deadline) throw new Error(`no results in ${SUITE_TIMEOUT_MS / 60_000} min (${path.relative(projectRoot, resultsFile)})`);
        const exit = /Extension Host Process exited with code: (\S+)/.exec(fs.readFileSync(serverLog, 'utf8'));
        if (exit) {
            exitedAt ??= Date.now();
            if (Date.now() - exitedAt > 5_000) throw new Error(`the extension host exited (code ${exit[1]}) without writing results: the suite did not load or crashed`);
        }
        await answerProbes(page);
        await sleep(100);
    }
    return readResults();
}

/**
 * Answers the suite's questions about webviews: the extension host cannot see their DOM, this page
 * can. Each request names a selector; the answer is the text of that element in every frame that has
 * it (a webview is an iframe whose inner frame, #active-frame, holds the extension's page).
 */
async function answerProbes(page) {
    for (const name of fs.readdirSync(probeDir).filter(file => /^request-.*\.json$/.test(file))) {
        const request = path.join(probeDir, name);
        const { selector } = JSON.parse(fs.readFileSync(request, 'utf8'));
        const texts = [];
        for (const frame of page.frames()) {
            const text = await frame.evaluate(s => document.querySelector(s)?.innerText, selector).catch(() => undefined);
            if (typeof text === 'string') texts.push(text);
        }
        const response = path.join(probeDir, name.replace(/^request-/, 'response-'));
        fs.writeFileSync(`${response}.tmp`, JSON.stringify({ texts }));
        fs.renameSync(`${response}.tmp`, response);
        fs.rmSync(request, { force: true });
    }
}

function tail(file, lines) {
    return fs.readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
}
