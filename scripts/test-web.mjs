// `npm run test:web`: the extension as a web extension, for real. code-server loads it with
// `remote.extensionKind` set to "web", so VS Code runs its `browser` entry in the page's web
// worker extension host and the language server in a web worker (out/web/server.js), as in
// VS Code for the Web. Checks what a person sees: the diagnostics of an example in the Problems
// panel (the same messages as the CLI's), a hover, the management summary, the cohort view; and
// that no Node language server was started. Prints `N passed, N failed` last. `--no-build` skips the build.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
    installCodeServer, launchChromium, onShutdown, openWorkbench, projectRoot, requireChromium,
    requireNode22, runCommand, sleep, startCodeServer, webviewFrame
} from './code-server.mjs';
import { ensurePrerequisites } from './prerequisites.mjs';
import { hoverOver } from './screenshots.mjs';

const EXAMPLE = '04-inconsistent.calc';
const examples = path.join(projectRoot, 'examples');
const outDir = path.join(projectRoot, 'test-results', 'web');
const serverLog = path.join(outDir, 'code-server.log');
const NODE_SERVER = path.join('out', 'language', 'main.cjs');
const WEB_SERVER = 'out/web/server.js';

let server;
let browser;
const cleanup = onShutdown(async () => {
    await browser?.close().catch(() => {});
    await server?.stop();
});

const results = [];
async function check(name, run) {
    const started = Date.now();
    try {
        await run();
        results.push({ name, ok: true });
        console.log(`  ✓ ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
    } catch (error) {
        results.push({ name, ok: false });
        console.log(`  ✗ ${name}\n      ${String(error.message).split('\n').join('\n      ')}`);
    }
}

let exitCode = 1;
try {
    requireNode22();
    requireChromium();
    ensurePrerequisites(['processes']); // ps
    if (!process.argv.includes('--no-build')) run('npm', ['run', 'build']);
    for (const bundle of ['out/web/extension.cjs', WEB_SERVER]) {
        if (!fs.existsSync(path.join(projectRoot, bundle))) throw new Error(`${bundle} is missing: run npm run build`);
    }
    installCodeServer();
    fs.mkdirSync(outDir, { recursive: true });
    const expected = cliDiagnostics(path.join(examples, EXAMPLE));

    server = await startCodeServer({
        folder: examples, output: serverLog, linkExtension: projectRoot,
        settings: { 'remote.extensionKind': { 'calc-case.calc-case': ['web'] } }
    });
    browser = await launchChromium();
    const { page, seconds } = await openWorkbench(browser, server.workbenchUrl(examples, { openFile: path.join(examples, EXAMPLE) }));
    console.log(`workbench ready in ${seconds.toFixed(1)} s (code-server ${server.url})`);
    const shot = name => page.screenshot({ path: path.join(outDir, name) });

    await check(`${EXAMPLE}: every diagnostic of the CLI is in the Problems panel`, async () => {
        // The Problems panel lists no hints (VS Code shows them as dots in the editor only).
        const listed = expected.filter(d => d.severity !== 'hint');
        await page.waitForSelector(`.tab.active[aria-label*="${EXAMPLE}"]`, { timeout: 30_000 });
        await page.waitForSelector('.monaco-editor .squiggly-error', { timeout: 90_000 });
        await page.keyboard.press('Control+Shift+M');
        await page.waitForSelector('.markers-panel .monaco-list-row', { timeout: 15_000 });
        await runCommand(page, 'View: Toggle Maximized Panel'); // every row drawn: the list draws only what fits
        let rows = [];
        const deadline = Date.now() + 30_000;
        do {
            await sleep(500);
            rows = await page.locator('.markers-panel .monaco-list-row').evaluateAll(list => list.map(row => row.getAttribute('aria-label') ?? row.textContent));
        } while (listed.some(d => !rows.some(row => row.includes(d.message))) && Date.now() < deadline);
        await shot('web-problems.png');
        const missing = listed.filter(d => !rows.some(row => row.includes(d.message)));
        if (missing.length > 0) throw new Error(`not in the Problems panel: ${missing.map(d => `${d.line}:${d.column} [${d.code}] ${d.message}`).join('; ')}\nrows: ${rows.join(' | ')}`);
        const header = rows.find(row => /^\d+ problems? in file/.test(row)) ?? '';
        if (!header.startsWith(`${listed.length} problems in file ${EXAMPLE}`)) throw new Error(`the panel says "${header}", the CLI has ${listed.length} problems besides hints`);
        await runCommand(page, 'View: Toggle Maximized Panel');
        await page.keyboard.press('Control+Shift+M');
    });

    await check('the language server runs in a web worker, not in Node', async () => {
        // Only this code-server's processes: it runs in its own session.
        const processes = spawnSync('ps', ['-s', String(server.pid), '-o', 'args='], { encoding: 'utf8' }).stdout.split('\n');
        if (!processes.some(args => args.includes('code-server'))) throw new Error(`cannot see code-server's processes: ${processes.join(' | ')}`);
        const node = processes.filter(args => args.includes(NODE_SERVER));
        if (node.length > 0) throw new Error(`a Node language server is running: ${node.join(' | ')}`);
        const log = fs.readdirSync(server.userDataDir, { recursive: true }).filter(f => /exthost\d*[\\/]exthost\.log$/.test(String(f)));
        const nodeHostLoaded = log.some(f => fs.readFileSync(path.join(server.userDataDir, String(f)), 'utf8').includes('calc-case.calc-case'));
        if (nodeHostLoaded) throw new Error('the Node extension host activated calc-case');
        const hostFrame = page.frames().find(frame => frame.url().includes('webWorkerExtensionHostIframe'));
        if (!hostFrame) throw new Error('no web worker extension host in the page');
    });

    await check('a hover over a lab value shows it in the other unit', async () => {
        if (!await hoverOver(page, '2.4')) throw new Error('no hover appeared over 2.4');
        const text = await page.locator('.monaco-hover:not(.hidden) .hover-contents').first().innerText();
        if (!/2\.4 mg\/dL/.test(text) || !/mmol\/L/.test(text)) throw new Error(`hover text: ${text}`);
        await shot('web-hover.png');
        await page.keyboard.press('Escape');
    });

    await check('Calc: Open Management Summary to the Side shows the case', async () => {
        await runCommand(page, 'Calc: Open Management Summary to the Side');
        const frame = await webviewFrame(page, '#calc-summary-root');
        // The page first says it is preparing the summary; the server's answer replaces that.
        const content = await textUntil(frame.locator('#calc-summary-root'), text => text.includes('Management summary · DraftWithSlips'));
        // Example 04 declares universalis for its one elbow lesion: the declaration stands (a warning says the one lesion is circumscripta).
        if (!/Classification\s+Dystrophic calcinosis cutis, universalis \(probable\)/.test(content)) throw new Error(`summary text: ${content.slice(0, 300)}`);
        await sleep(1_000);
        await shot('web-summary.png');
    });

    await check('Calc: Open Cohort Summary counts every case of the workspace, read through the editor\'s file system', async () => {
        await runCommand(page, 'Calc: Open Cohort Summary');
        const frame = await webviewFrame(page, '#calc-cohort-root h1');
        // One case in each example file.
        const files = fs.readdirSync(examples).filter(name => name.endsWith('.calc')).length;
        const wanted = `${files} cases in ${files} files`;
        const headline = await textUntil(frame.locator('#calc-cohort-root h1'), text => text === wanted);
        if (headline !== wanted) throw new Error(`cohort headline: ${headline}, not ${wanted}`);
        if (!await frame.locator('svg.chart.bars').count()) throw new Error('no chart in the cohort view');
    });

    await page.context().close();
    const passed = results.filter(r => r.ok).length;
    const failed = results.length - passed;
    console.log(`${passed} passed, ${failed} failed`);
    exitCode = failed > 0 ? 1 : 0;
} catch (error) {
    console.error(`\nFAILED: ${error.message}`);
    if (server && fs.existsSync(serverLog)) console.error(fs.readFileSync(serverLog, 'utf8').split('\n').slice(-25).join('\n'));
    console.log(`${results.filter(r => r.ok).length} passed, ${results.filter(r => !r.ok).length + 1} failed`);
} finally {
    await cleanup();
}
process.exit(exitCode);

/** The element's text once `done` holds, or after 30 s, whichever comes first. */
async function textUntil(locator, done) {
    const deadline = Date.now() + 30_000;
    let text = await locator.innerText({ timeout: 30_000 });
    while (!done(text) && Date.now() < deadline) {
        await sleep(250);
        text = await locator.innerText();
    }
    return text;
}

function run(command, args) {
    const result = spawnSync(command, args, { cwd: projectRoot, stdio: 'inherit' });
    if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (exit ${result.status})`);
}

/** The CLI's diagnostics of one file: what the editor must show. */
function cliDiagnostics(file) {
    const result = spawnSync(process.execPath, [path.join(projectRoot, 'out', 'cli', 'main.cjs'), 'check', '--format', 'json', file], { encoding: 'utf8' });
    if (result.status !== 0 && result.status !== 1) throw new Error(`calc-case check failed: ${result.stderr}`);
    return JSON.parse(result.stdout).files[0].diagnostics;
}
