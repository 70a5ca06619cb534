// A real VS Code for this machine: code-server (VS Code's own workbench and extension host,
// installed from the npm registry) shown in Debian's Chromium. Shared by start, test and
// screenshot scripts. docs/architecture.md ("A real VS Code for the tests") says why each step is needed.
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CODE_SERVER as CODE_SERVER_PACKAGES, ensurePrerequisites, PrerequisiteError } from './prerequisites.mjs';

export const CODE_SERVER_VERSION = '4.103.2'; // VS Code 1.103.2; later versions fetch from GitHub at install
export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const cacheDir = path.join(projectRoot, '.vscode-test', `code-server-${CODE_SERVER_VERSION}`);
const entry = path.join(cacheDir, 'node_modules', 'code-server', 'out', 'node', 'entry.js');

export const CHROMIUM = '/usr/bin/chromium';
// Chromium as root, on a machine without internet: no sandbox, no calls home.
export const CHROMIUM_FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'];

const log = message => console.log(`[code-server] ${message}`);

/** Node 22 runs code-server and its extension host; `npm run` puts the project's Node 22 first. */
export function requireNode22() {
    const major = Number(process.versions.node.split('.')[0]);
    if (major < 22) throw new PrerequisiteError(`Node ${process.versions.node} runs this script; code-server ${CODE_SERVER_VERSION} needs Node 22. Run it through npm (npm run …), which puts node_modules/.bin/node (Node 22) first on PATH.`);
}

/** Chromium for the tests (installed by scripts/prerequisites.mjs where it can). */
export function requireChromium() {
    ensurePrerequisites(['browser']);
    if (!fs.existsSync(CHROMIUM)) throw new PrerequisiteError(`${CHROMIUM} is missing although the package chromium is installed`);
}

export function isInstalled() {
    return fs.existsSync(entry);
}

/**
 * Installs code-server once into .vscode-test/, like @vscode/test-electron caches VS Code.
 * Returns the seconds spent (0 when it was cached).
 */
export function installCodeServer() {
    requireNode22();
    if (isInstalled()) return 0;
    ensurePrerequisites(CODE_SERVER_PACKAGES);
    const started = Date.now();
    // Install into a staging folder and rename at the end, so a failed install leaves no half cache.
    const staging = `${cacheDir}.partial`;
    fs.rmSync(staging, { recursive: true, force: true });
    const tmp = path.join(staging, '.tmp');
    fs.mkdirSync(tmp, { recursive: true });
    fs.writeFileSync(path.join(staging, 'package.json'), JSON.stringify({ private: true }, null, 2));
    writeRipgrepArchive(tmp);
    log(`installing code-server@${CODE_SERVER_VERSION} into ${path.relative(projectRoot, cacheDir)} (about 2 minutes, once)`);
    const nodeBin = path.dirname(process.execPath);
    // Under `npm run`, the outer npm's npm_* variables (its user agent names Node 20, its prefix is
    // the project) would steer this npm: code-server's postinstall reads the Node version there.
    const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('npm_')));
    // --loglevel=error: npm's warnings here (unsafe-perm is an "unknown" config, install scripts not
    // in an allowScripts list) are about code-server's packaging, nothing a user can act on.
    const result = spawnSync('npm', ['install', '--no-audit', '--no-fund', '--no-save', '--loglevel=error', `code-server@${CODE_SERVER_VERSION}`], {
        cwd: staging,
        stdio: 'inherit',
        env: {
            ...env,
            PATH: `${nodeBin}${path.delimiter}${process.env.PATH}`, // npm and its scripts run on this Node 22
            TMPDIR: tmp,                                          // where @vscode/ripgrep looks for its archive
            npm_config_yes: 'true',                               // a nested `npx node-gyp` would ask
            npm_config_unsafe_perm: 'true'                        // code-server's postinstall insists on it as root
        }
    });
    if (result.status !== 0 || !fs.existsSync(path.join(staging, 'node_modules', 'code-server', 'out', 'node', 'entry.js'))) {
        throw new Error(`npm install code-server@${CODE_SERVER_VERSION} failed (exit ${result.status}); see the output above. The staging folder ${staging} is kept for a look.`);
    }
    fs.rmSync(tmp, { recursive: true, force: true });
    fs.rmSync(cacheDir, { recursive: true, force: true });
    fs.renameSync(staging, cacheDir);
    const seconds = (Date.now() - started) / 1000;
    log(`installed in ${seconds.toFixed(0)} s`);
    return seconds;
}

/**
 * @vscode/ripgrep downloads rg from GitHub at install, which fails offline, unless its cache
 * already holds the archive: so pack Debian's `rg` under the name it looks for.
 */
function writeRipgrepArchive(tmpDir) {
    const dir = path.join(tmpDir, 'vscode-ripgrep-cache-1.15.14');
    const archive = path.join(dir, 'ripgrep-v13.0.0-13-x86_64-unknown-linux-musl.tar.gz');
    if (fs.existsSync(archive)) return;
    const rg = spawnSync('sh', ['-c', 'command -v rg'], { encoding: 'utf8' }).stdout.trim();
    const work = fs.mkdtempSync(path.join(tmpDir, 'rg-'));
    fs.mkdirSync(dir, { recursive: true });
    fs.copyFileSync(fs.realpathSync(rg), path.join(work, 'rg'));
    fs.chmodSync(path.join(work, 'rg'), 0o755);
    const tar = spawnSync('tar', ['-czf', archive, '-C', work, 'rg'], { stdio: 'inherit' });
    if (tar.status !== 0) throw new Error(`could not write ${archive}`);
    fs.rmSync(work, { recursive: true, force: true });
}

/** `code-server --install-extension FILE.vsix` into an extensions dir, as a user installs a .vsix. */
export function installExtension(vsix, extensionsDir) {
    requireNode22();
    const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'calc-code-server-install-'));
    try {
        const result = spawnSync(process.execPath, [entry, '--user-data-dir', userDataDir, '--extensions-dir', extensionsDir,
            '--install-extension', vsix], { encoding: 'utf8' });
        const output = `${result.stdout}${result.stderr}`.trim();
        if (result.status !== 0) throw new Error(`code-server --install-extension ${vsix} failed (exit ${result.status}):\n${output}`);
        return output;
    } finally {
        fs.rmSync(userDataDir, { recursive: true, force: true });
    }
}

export async function freePort() {
    return new Promise((resolve, reject) => {
        const server = net.createServer();
        server.once('error', reject);
        server.listen(0, '127.0.0.1', () => {
            const { port } = server.address();
            server.close(() => resolve(port));
        });
    });
}

/** Settings of a throw-away profile: no trust dialog, no welcome page, nothing that pops up over the editor. */
export function userSettings(overrides = {}) {
    return {
        'security.workspace.trust.enabled': false,
        'workbench.startupEditor': 'none',
        'workbench.tips.enabled': false,
        'workbench.enableExperiments': false,
        'extensions.ignoreRecommendations': true,
        'extensions.autoCheckUpdates': false,
        'extensions.autoUpdate': false,
        'telemetry.telemetryLevel': 'off',
        'update.mode': 'none',
        'git.enabled': false,
        'git.openRepositoryInParentFolders': 'never',
        'chat.disableAIFeatures': true,
        'chat.commandCenter.enabled': false,
        'workbench.colorTheme': 'Default Light Modern',
        'window.commandCenter': false,
        ...overrides
    };
}

/**
 * Starts code-server on 127.0.0.1 (a free port) in its own process group, with a throw-away
 * user-data-dir. `stop()` kills the whole group: code-server leaves a file watcher behind otherwise.
 * options: folder (opened by default), settings (overrides), env (for the extension host),
 * output ('inherit' or a log file path), extensionsDir, keepLogs (a folder that receives VS Code's
 * logs, the extension host's among them, at stop), linkExtension (see below), port (else a free one).
 */
export async function startCodeServer({ folder, settings = {}, env = {}, output, extensionsDir, keepLogs, linkExtension, port: wanted } = {}) {
    requireNode22();
    if (!isInstalled()) throw new PrerequisiteError(`code-server is not installed in ${cacheDir}; call installCodeServer() first`);
    const port = wanted ?? await freePort();
    const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'calc-code-server-'));
    fs.mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
    const settingsFile = path.join(userDataDir, 'User', 'settings.json');
    fs.writeFileSync(settingsFile, JSON.stringify(userSettings(settings), null, 2));
    const extensions = extensionsDir ?? path.join(userDataDir, 'extensions');
    fs.mkdirSync(extensions, { recursive: true });
    if (linkExtension) linkIntoExtensions(linkExtension, extensions);
    const args = [entry, '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`, '--disable-telemetry',
        '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override',
        '--user-data-dir', userDataDir, '--extensions-dir', extensions];
    if (folder) args.push(folder);
    let stdio = 'inherit';
    let logFd;
    if (output && output !== 'inherit') {
        fs.mkdirSync(path.dirname(output), { recursive: true });
        logFd = fs.openSync(output, 'w');
        stdio = ['ignore', logFd, logFd];
    }
    const child = spawn(process.execPath, args, {
        detached: true, // setsid: its own process group, killed as one
        stdio,
        env: { ...process.env, PATH: `${path.dirname(process.execPath)}${path.delimiter}${process.env.PATH}`, ...env }
    });
    if (logFd !== undefined) fs.closeSync(logFd);
    let exited = null;
    child.on('exit', code => { exited = code ?? 'signal'; });

    const server = {
        port,
        url: `http://127.0.0.1:${port}/`,
        pid: child.pid,
        userDataDir,
        extensionsDir: extensions,
        log: output,
        /** The workbench URL for a folder; with `payload` entries such as extensionDevelopmentPath. */
        workbenchUrl(openFolder = folder, payload = {}) {
            const url = new URL(server.url);
            if (openFolder) url.searchParams.set('folder', openFolder);
            const entries = Object.entries(payload).map(([key, value]) => [key, `vscode-remote://127.0.0.1:${port}${value}`]);
            if (entries.length > 0) url.searchParams.set('payload', JSON.stringify(entries));
            return url.toString();
        },
        /** Changes user settings (e.g. the colour theme); a page loaded afterwards uses them. */
        updateSettings(overrides) {
            const current = JSON.parse(fs.readFileSync(settingsFile, 'utf8'));
            fs.writeFileSync(settingsFile, JSON.stringify({ ...current, ...overrides }, null, 2));
        },
        async stop() {
            killGroup(child.pid, 'SIGTERM');
            for (let i = 0; i < 50 && groupAlive(child.pid); i++) await sleep(100);
            if (groupAlive(child.pid)) killGroup(child.pid, 'SIGKILL');
            if (keepLogs && fs.existsSync(path.join(userDataDir, 'logs'))) {
                fs.rmSync(keepLogs, { recursive: true, force: true });
                fs.cpSync(path.join(userDataDir, 'logs'), keepLogs, { recursive: true });
            }
            fs.rmSync(userDataDir, { recursive: true, force: true });
        }
    };

    // Ready when its health check answers.
    const deadline = Date.now() + 60_000;
    while (true) {
        if (exited !== null) throw new Error(`code-server exited (${exited}) before it was ready${output ? `; see ${output}` : ''}`);
        try {
            const response = await fetch(`${server.url}healthz`);
            if (response.ok) break;
        } catch { /* not listening yet */ }
        if (Date.now() > deadline) {
            await server.stop();
            throw new Error(`code-server did not answer on port ${port} within 60 s${output ? `; see ${output}` : ''}`);
        }
        await sleep(250);
    }
    return server;
}

/**
 * Loads an extension from source as if installed: a symlink named publisher.name-version in the
 * extensions dir. Unlike extensionDevelopmentPath in the payload (needed for tests), the window
 * then keeps the user settings (a development window ignores e.g. the colour theme).
 */
function linkIntoExtensions(extensionPath, extensionsDir) {
    const { publisher, name, version } = JSON.parse(fs.readFileSync(path.join(extensionPath, 'package.json'), 'utf8'));
    fs.symlinkSync(path.resolve(extensionPath), path.join(extensionsDir, `${publisher}.${name}-${version}`), 'dir');
}

function killGroup(pid, signal) {
    try { process.kill(-pid, signal); } catch { /* already gone */ }
}

function groupAlive(pid) {
    try { process.kill(-pid, 0); return true; } catch { return false; }
}

export const sleep = ms => new Promise(resolve => setTimeout(resolve, ms));

/** Debian's Chromium, driven by playwright-core (its own browser download fails offline). */
export async function launchChromium() {
    requireChromium();
    const { chromium } = await import('playwright-core');
    return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_FLAGS });
}

/** Opens the workbench in a new page and waits until it is drawn; returns the page and seconds taken. */
export async function openWorkbench(browser, url, { colorScheme = 'light', timeout = 90_000 } = {}) {
    const started = Date.now();
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, colorScheme });
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForSelector('.monaco-workbench', { timeout });
    return { page, seconds: (Date.now() - started) / 1000 };
}

/** Runs a command by its title through the Command Palette, as a person does. */
export async function runCommand(page, title) {
    await page.keyboard.press('Control+Shift+P');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor({ timeout: 10_000 });
    await input.fill(`>${title}`);
    await page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first().waitFor({ timeout: 10_000 });
    await page.keyboard.press('Enter');
}

/** The frame inside a webview that holds `selector` (webviews nest an iframe in an iframe). */
export async function webviewFrame(page, selector) {
    const deadline = Date.now() + 30_000;
    while (Date.now() < deadline) {
        for (const frame of page.frames()) {
            if (await frame.locator(selector).count().catch(() => 0)) return frame;
        }
        await sleep(250);
    }
    throw new Error(`no webview shows ${selector}`);
}

/** Runs cleanup once on exit, Ctrl-C or SIGTERM, so nothing started is left running. */
export function onShutdown(cleanup) {
    let done;
    const run = () => (done ??= Promise.resolve().then(cleanup).catch(error => console.error(error)));
    for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
        process.once(signal, () => run().then(() => process.exit(130)));
    }
    return run;
}
