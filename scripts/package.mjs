// `npm run package`: a production build, calc-case-VERSION.vsix by vsce, then a check that the
// .vsix installs into code-server (--install-extension) and shows an example's diagnostics there:
// the Problems counts of the workbench must equal the CLI's. `--no-check` skips the check;
// `--no-build` skips `npm run build` (type check and grammar) before the production bundle.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import {
    installCodeServer, installExtension, launchChromium, onShutdown, openWorkbench, projectRoot, sleep, startCodeServer
} from './code-server.mjs';
import { screenshotsDir, showExampleWithSquiggles } from './screenshots.mjs';

const { name, version } = JSON.parse(fs.readFileSync(path.join(projectRoot, 'package.json'), 'utf8'));
const vsix = path.join(projectRoot, `${name}-${version}.vsix`);
const examples = path.join(projectRoot, 'examples');
const EXAMPLE = '04-inconsistent.calc';

function run(command, args) {
    const result = spawnSync(command, args, { cwd: projectRoot, stdio: 'inherit' });
    if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (exit ${result.status})`);
}

/** Errors, warnings and information in all examples, as `calc-case check --format json` counts them. */
function cliCounts() {
    const files = fs.readdirSync(examples).filter(f => f.endsWith('.calc')).map(f => path.join(examples, f));
    const result = spawnSync(process.execPath, [path.join(projectRoot, 'out', 'cli', 'main.cjs'), 'check', '--format', 'json', ...files], { encoding: 'utf8' });
    const rows = JSON.parse(result.stdout).files.flatMap(f => f.diagnostics);
    const count = severity => rows.filter(r => r.severity === severity).length;
    return { errors: count('error'), warnings: count('warning'), infos: count('information') };
}

/** The Problems counts in the status bar, e.g. "Errors: 2, Warnings: 11, Infos: 6". */
async function workbenchCounts(page) {
    const label = await page.locator('[id="status.problems"] a, [id="status.problems"]').first().getAttribute('aria-label') ?? '';
    const count = word => Number(new RegExp(`${word}s?:\\s*(\\d+)`, 'i').exec(label)?.[1] ?? 0);
    return { errors: count('Error'), warnings: count('Warning'), infos: count('Info'), label };
}

async function checkVsix() {
    installCodeServer();
    const extensionsDir = fs.mkdtempSync(path.join(os.tmpdir(), 'calc-vsix-extensions-'));
    let server;
    let browser;
    const cleanup = onShutdown(async () => {
        await browser?.close().catch(() => {});
        await server?.stop();
        fs.rmSync(extensionsDir, { recursive: true, force: true });
    });
    try {
        console.log(installExtension(vsix, extensionsDir));
        server = await startCodeServer({ folder: examples, extensionsDir, output: path.join(screenshotsDir, 'vsix-code-server.log') });
        browser = await launchChromium();
        const { page } = await openWorkbench(browser, server.workbenchUrl(examples, { openFile: path.join(examples, EXAMPLE) }));
        await showExampleWithSquiggles(page);
        const want = cliCounts();
        let got = await workbenchCounts(page);
        for (let i = 0; i < 100 && JSON.stringify({ ...got, label: '' }) !== JSON.stringify({ ...want, label: '' }); i++) {
            await sleep(200);
            got = await workbenchCounts(page);
        }
        fs.mkdirSync(screenshotsDir, { recursive: true });
        await page.screenshot({ path: path.join(screenshotsDir, 'vsix-installed.png') });
        const summary = `${got.errors} errors, ${got.warnings} warnings, ${got.infos} infos`;
        if (got.errors !== want.errors || got.warnings !== want.warnings || got.infos !== want.infos) {
            throw new Error(`the installed .vsix shows ${summary} ("${got.label}"); the CLI finds ${want.errors}, ${want.warnings}, ${want.infos}`);
        }
        console.log(`check: ${path.basename(vsix)} installed into code-server shows ${summary} in examples/, as the CLI (test-results/screenshots/vsix-installed.png)`);
    } finally {
        await cleanup();
    }
}

try {
    if (!process.argv.includes('--no-build')) run('npm', ['run', 'build']);
    run(process.execPath, ['esbuild.mjs', '--production']);
    run(path.join(projectRoot, 'node_modules', '.bin', 'vsce'),
        ['package', '--no-dependencies', '--skip-license', '--allow-missing-repository', '--no-rewrite-relative-links', '--out', vsix]);
    run(process.execPath, ['esbuild.mjs']); // back to the development bundles (source maps) in out/
    if (!process.argv.includes('--no-check')) await checkVsix();
} catch (error) {
    console.error(`npm run package: ${error.message}`);
    process.exitCode = 1;
}
