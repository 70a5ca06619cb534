// The Debian packages that `npm start`, `npm test` and CI need, in one list, and the one step that
// checks them (with dpkg-query) and installs what is missing. As root on Debian or Ubuntu it runs
// apt-get itself, as Playwright's `install --with-deps` does; elsewhere it stops at once with the
// command to run. `node scripts/prerequisites.mjs [start|test]` (default: test, i.e. everything);
// scripts/code-server.mjs calls `ensurePrerequisites` before it needs a group.
// Plain Node (no dependencies, any Node ≥ 18): CI runs it before `npm ci`.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Each group: the packages, and why a user is asked for them (printed when they are missing). */
export const GROUPS = {
    browser: {
        packages: ['chromium'],
        why: 'Chromium, the browser that shows VS Code (code-server) in the tests'
    },
    build: {
        packages: ['libkrb5-dev', 'libxkbfile-dev', 'libsecret-1-dev', 'libx11-dev', 'make', 'g++', 'python3', 'pkg-config'],
        why: 'headers and compilers that code-server\'s native modules are built with, at its first install'
    },
    ripgrep: {
        packages: ['ripgrep'],
        why: '`rg` for VS Code\'s search, which code-server would otherwise download from GitHub'
    },
    processes: {
        packages: ['procps'],
        why: '`ps`, with which the web test lists code-server\'s processes'
    }
};

/** What installing code-server needs. */
export const CODE_SERVER = ['build', 'ripgrep'];

/** What each command needs: `npm start` shows the editor in your own browser; the tests drive Chromium. */
export const NEEDS = {
    start: CODE_SERVER,
    test: ['browser', ...CODE_SERVER, 'processes']
};

/** The packages of some groups, each once. */
export function packagesOf(groups) {
    return [...new Set(groups.flatMap(name => GROUPS[name].packages))];
}

/**
 * The packages among `packages` that dpkg does not list as installed. `query` runs
 * `dpkg-query -W -f '${Package} ${Status}\n' PACKAGE…` and returns its stdout (null when there is no dpkg).
 */
export function missingPackages(packages, query = dpkgQuery) {
    const out = query(packages);
    if (out === null) return null;
    const installed = new Set(out.split('\n')
        .map(line => line.trim().split(/\s+/))
        .filter(([, ...status]) => status.join(' ') === 'install ok installed')
        .map(([name]) => name.replace(/:.*$/, ''))); // libx11-dev:amd64 on a multi-arch system
    return packages.filter(name => !installed.has(name));
}

function dpkgQuery(packages) {
    // Exit 1 names the unknown packages on stderr; stdout still lists the known ones.
    const result = spawnSync('dpkg-query', ['-W', '-f=${Package} ${Status}\n', ...packages], { encoding: 'utf8' });
    return result.error ? null : result.stdout;
}

/**
 * What to do about the missing packages: nothing, install them (root on Debian or Ubuntu), or stop
 * with the command to run. `system`: { root, debian (Debian-like /etc/os-release), dpkg (found) }.
 */
export function decide(missing, system) {
    if (missing === null || !system.dpkg) return { action: 'unknown' };
    if (missing.length === 0) return { action: 'none' };
    const list = missing.join(' ');
    if (system.root && system.debian) {
        return { action: 'install', commands: [['apt-get', 'update'], ['apt-get', 'install', '-y', ...missing]] };
    }
    const sudo = system.root ? '' : 'sudo ';
    return { action: 'stop', command: `${sudo}apt-get update && ${sudo}apt-get install -y ${list}` };
}

export function isDebianLike(osRelease) {
    const field = name => (new RegExp(`^${name}=["']?([^"'\\n]*)`, 'm').exec(osRelease)?.[1] ?? '').split(/\s+/);
    return [...field('ID'), ...field('ID_LIKE')].some(id => id === 'debian' || id === 'ubuntu');
}

function thisSystem() {
    let osRelease = '';
    try { osRelease = fs.readFileSync('/etc/os-release', 'utf8'); } catch { /* not Linux */ }
    return {
        root: process.getuid?.() === 0,
        debian: isDebianLike(osRelease),
        dpkg: spawnSync('dpkg-query', ['--version'], { stdio: 'ignore' }).status === 0
    };
}

export class PrerequisiteError extends Error {}

/** The message a user reads before anything is installed: which packages, and what for. */
export function explain(missing, groups) {
    const lines = groups
        .map(name => [GROUPS[name], GROUPS[name].packages.filter(p => missing.includes(p))])
        .filter(([, packages]) => packages.length > 0)
        .map(([group, packages]) => `  ${packages.join(' ')}: ${group.why}`);
    return `calc-case needs ${missing.length} Debian package${missing.length === 1 ? '' : 's'} that ${missing.length === 1 ? 'is' : 'are'} not installed:\n${lines.join('\n')}`;
}

/**
 * Makes sure the packages of `groups` are installed; throws PrerequisiteError (with the command to
 * run) when it cannot install them itself. Prints nothing when all are there.
 */
export function ensurePrerequisites(groups, { system = thisSystem(), query = dpkgQuery, run = runQuietly } = {}) {
    const packages = packagesOf(groups);
    const missing = missingPackages(packages, query);
    const decision = decide(missing, system);
    if (decision.action === 'none' || decision.action === 'unknown') return decision;
    if (decision.action === 'stop') {
        throw new PrerequisiteError(`${explain(missing, groups)}\nInstall them with:\n  ${decision.command}`);
    }
    console.log(`${explain(missing, groups)}\nInstalling them with apt-get (as root; a minute or two, once)…`);
    const started = Date.now();
    for (const command of decision.commands) run(command);
    const still = missingPackages(packages, query);
    if (still.length > 0) throw new PrerequisiteError(`apt-get did not install: ${still.join(' ')}`);
    console.log(`Installed in ${((Date.now() - started) / 1000).toFixed(0)} s.`);
    return decision;
}

/** apt-get without its wall of progress lines; its output is shown only when it fails. */
function runQuietly([command, ...args]) {
    const result = spawnSync(command, ['-q', '-o', 'DPkg::Lock::Timeout=600', ...args], {
        encoding: 'utf8',
        maxBuffer: 64 << 20, // past the default 1 MB spawnSync would kill apt-get midway
        stdio: ['ignore', 'pipe', 'pipe'],
        env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
    });
    if (result.status !== 0) {
        const output = `${result.stdout ?? ''}${result.stderr ?? ''}`.trimEnd().split('\n').slice(-30).join('\n');
        throw new PrerequisiteError(`${command} ${args.join(' ')} failed (exit ${result.status ?? result.error?.message}):\n${output}`);
    }
}

if (process.argv[1] && fs.realpathSync(process.argv[1]) === fileURLToPath(import.meta.url)) {
    const need = process.argv[2] ?? 'test';
    if (!NEEDS[need]) {
        console.error(`usage: node scripts/prerequisites.mjs [${Object.keys(NEEDS).join('|')}]`);
        process.exit(2);
    }
    try {
        const { action } = ensurePrerequisites(NEEDS[need]);
        if (action === 'unknown') {
            console.log('prerequisites: no dpkg here, so the Debian packages cannot be checked: ' +
                `${packagesOf(NEEDS[need]).join(' ')} (or their equivalents) are needed.`);
        }
    } catch (error) {
        console.error(error instanceof PrerequisiteError ? error.message : error);
        process.exit(1);
    }
}
