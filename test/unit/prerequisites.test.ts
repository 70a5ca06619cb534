/**
 * The prerequisites step (scripts/prerequisites.mjs): what it reads from dpkg, and what it then
 * does — nothing, apt-get as root on Debian, or stop with the command to run — with dpkg-query
 * and apt-get replaced, so the machine's packages are neither needed nor touched.
 */
import { describe, expect, it } from 'vitest';
import { decide, ensurePrerequisites, isDebianLike, missingPackages, NEEDS, packagesOf } from '../../scripts/prerequisites.mjs';

const everything = packagesOf(NEEDS.test);

/** Runs `action` with console.log caught; returns what it printed. */
function printed(action: () => void): string[] {
    const lines: string[] = [];
    const log = console.log;
    console.log = (line: string) => lines.push(line);
    try {
        action();
    } finally {
        console.log = log;
    }
    return lines;
}

/** dpkg-query's stdout for a machine with `installed` (and `deinstalled`: removed, config files kept). */
function dpkg(installed: string[], deinstalled: string[] = []) {
    return (packages: string[]) => packages
        .filter(p => installed.includes(p) || deinstalled.includes(p))
        .map(p => `${p} ${installed.includes(p) ? 'install ok installed' : 'deinstall ok config-files'}\n`).join('');
}

const rootDebian = { root: true, debian: true, dpkg: true };

describe('which packages are missing', () => {
    it('reads dpkg-query: unknown and removed packages are missing, multi-arch names count as installed', () => {
        const query = () => 'libx11-dev:amd64 install ok installed\nmake install ok installed\nchromium deinstall ok config-files\n';
        expect(missingPackages(['chromium', 'libx11-dev', 'make', 'ripgrep'], query)).toEqual(['chromium', 'ripgrep']);
    });

    it('knows nothing where there is no dpkg', () => {
        expect(missingPackages(['chromium'], () => null)).toBeNull();
    });
});

describe('what to do about them', () => {
    it('nothing when all are installed', () => {
        expect(decide([], rootDebian)).toEqual({ action: 'none' });
    });

    it('apt-get update, then install, as root on Debian or Ubuntu', () => {
        expect(decide(['chromium', 'ripgrep'], rootDebian)).toEqual({
            action: 'install', commands: [['apt-get', 'update'], ['apt-get', 'install', '-y', 'chromium', 'ripgrep']]
        });
    });

    it('stops with the command to run when not root', () => {
        expect(decide(['chromium'], { root: false, debian: true, dpkg: true }))
            .toEqual({ action: 'stop', command: 'sudo apt-get update && sudo apt-get install -y chromium' });
    });

    it('cannot check without dpkg (not Debian)', () => {
        expect(decide(null, { root: true, debian: false, dpkg: false })).toEqual({ action: 'unknown' });
    });

    it('tells Debian and Ubuntu (and their derivatives) from the rest by /etc/os-release', () => {
        expect(isDebianLike('PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"\nID=debian\n')).toBe(true);
        expect(isDebianLike('ID=ubuntu\nID_LIKE=debian\n')).toBe(true);
        expect(isDebianLike('ID=linuxmint\nID_LIKE="ubuntu debian"\n')).toBe(true);
        expect(isDebianLike('ID="fedora"\n')).toBe(false);
        expect(isDebianLike('')).toBe(false);
    });
});

describe('ensurePrerequisites', () => {
    it('says once what it installs and why, runs apt-get, and checks again', () => {
        const installed = everything.filter(p => !['chromium', 'libkrb5-dev', 'procps'].includes(p));
        const ran: string[][] = [];
        const logged = printed(() => ensurePrerequisites(NEEDS.test, {
            system: rootDebian,
            query: (packages: string[]) => dpkg(ran.length === 2 ? everything : installed)(packages),
            run: (command: string[]) => ran.push(command)
        }));
        expect(ran).toEqual([['apt-get', 'update'], ['apt-get', 'install', '-y', 'chromium', 'libkrb5-dev', 'procps']]);
        expect(logged[0]).toMatch(/^calc-case needs 3 Debian packages that are not installed:\n {2}chromium: Chromium, the browser that shows VS Code/);
        expect(logged[0]).toContain('\n  libkrb5-dev: headers and compilers that code-server');
        expect(logged[0]).toContain('\n  procps: `ps`');
        expect(logged[0]).toContain('Installing them with apt-get');
        expect(logged[1]).toMatch(/^Installed in \d+ s\.$/);
    });

    it('fails when apt-get did not install them', () => {
        printed(() => expect(() => ensurePrerequisites(['processes'], { system: rootDebian, query: dpkg([]), run: () => undefined }))
            .toThrow('apt-get did not install: procps'));
    });

    it('stops before anything is installed, with the command, when it cannot install', () => {
        const ran: string[][] = [];
        expect(() => ensurePrerequisites(['browser'], { system: { root: false, debian: true, dpkg: true }, query: dpkg([], ['chromium']), run: (c: string[]) => ran.push(c) }))
            .toThrow(/needs 1 Debian package that is not installed:\n {2}chromium: .*\nInstall them with:\n {2}sudo apt-get update && sudo apt-get install -y chromium$/);
        expect(ran).toEqual([]);
    });

    it('does nothing and prints nothing when all are there', () => {
        const ran: string[][] = [];
        expect(ensurePrerequisites(NEEDS.test, { system: rootDebian, query: dpkg(everything), run: (c: string[]) => ran.push(c) })).toEqual({ action: 'none' });
        expect(ran).toEqual([]);
    });

    it('npm start asks for what code-server needs, not for the browser the tests use', () => {
        const start = packagesOf(NEEDS.start);
        expect(start).toContain('libkrb5-dev');
        expect(start).toContain('ripgrep');
        expect(start).not.toContain('chromium');
    });
});
