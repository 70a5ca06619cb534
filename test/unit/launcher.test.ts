/**
 * The launcher (src/launcher.ts, out/cli/main.cjs): the command answers the same whether its
 * code cache is missing, present or damaged, and a damaged one is replaced.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { beforeAll, expect, it } from 'vitest';

const CLI = path.resolve('out/cli/main.cjs');

beforeAll(() => {
    if (!fs.existsSync(CLI)) throw new Error(`${CLI} is missing: run \`npm run build\` first (npm test does).`);
});

it('answers the same with no cache, with its cache, and with a damaged one, which it replaces', () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'calc-launcher-'));
    // The cache lives under the temporary folder: a fresh one per test (os.tmpdir() reads TMPDIR).
    const check = () => spawnSync(process.execPath, [CLI, 'check', '--format', 'json', 'examples/04-inconsistent.calc'], { encoding: 'utf8', env: { ...process.env, TMPDIR: tmp } });
    const cacheFiles = () => fs.readdirSync(tmp).flatMap(dir => fs.readdirSync(path.join(tmp, dir)).map(file => path.join(tmp, dir, file)));
    try {
        const first = check();
        expect(first.status).toBe(1); // the example's errors
        expect(JSON.parse(first.stdout).files[0].diagnostics.length).toBeGreaterThan(0);
        const [cache] = cacheFiles();
        expect(cache).toBeDefined();
        const made = fs.readFileSync(cache);

        expect(check()).toMatchObject({ status: first.status, stdout: first.stdout, stderr: first.stderr });

        // The bundle's hash kept (the first 20 bytes), the code after it garbage: V8 is handed it and refuses it.
        const damaged = Buffer.concat([made.subarray(0, 20), Buffer.alloc(4096, 0x5a)]);
        fs.writeFileSync(cache, damaged);
        expect(check()).toMatchObject({ status: first.status, stdout: first.stdout, stderr: first.stderr });
        expect(fs.readFileSync(cache).length).toBeGreaterThan(damaged.length * 10); // made anew (V8's output varies a little)
    } finally {
        fs.rmSync(tmp, { recursive: true, force: true });
    }
}, 60_000);

it('the client launcher (package.json main) gives VS Code the bundle\'s activate and deactivate, with and without its cache', () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'calc-launcher-'));
    // Only VS Code has the `vscode` module: a stub stands in, as the bench's activation figure does.
    const script = `
        const Module = require('module');
        const stub = new Proxy(function () {}, { get: (_, key) => key === 'prototype' ? {} : stub, apply: () => stub, construct: () => stub });
        const load = Module._load;
        Module._load = function (request, ...rest) { return request === 'vscode' ? stub : load.call(this, request, ...rest); };
        const client = require(${JSON.stringify(path.resolve('out/extension/main.cjs'))});
        process.stdout.write(JSON.stringify(Object.entries(client).map(([name, value]) => [name, typeof value])));`;
    const load = () => spawnSync(process.execPath, ['-e', script], { encoding: 'utf8', env: { ...process.env, TMPDIR: tmp } });
    try {
        for (const run of [load(), load()]) expect([run.status, JSON.parse(run.stdout), run.stderr]).toEqual([0, [['activate', 'function'], ['deactivate', 'function']], '']);
        expect(fs.readdirSync(tmp).flatMap(dir => fs.readdirSync(path.join(tmp, dir)))).toEqual([expect.stringMatching(/^client\.cjs-[0-9a-f]{16}\.bin$/)]);
    } finally {
        fs.rmSync(tmp, { recursive: true, force: true });
    }
}, 60_000);
