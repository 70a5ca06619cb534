// `npm run bench [-- --quick]`: bundles bench/main.ts with esbuild (as esbuild.mjs bundles
// the server, so src/ is measured as it ships) and runs it with --expose-gc, which the
// memory figure needs. Exits non-zero only if the benchmark crashes.
// BENCH_NODE_ARGS="--flag …" adds V8/Node flags; BENCH_KEEP=1 keeps the bundle (in the OS
// temporary directory), whose lines bench/full-check.cpuprofile refers to.
import * as esbuild from 'esbuild';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const outfile = path.join(os.tmpdir(), `calc-bench-${process.pid}.cjs`);
await esbuild.build({
    entryPoints: ['bench/main.ts'],
    outfile,
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node22',
    // vscode-json-languageservice's UMD build requires its modules dynamically: take the ESM one.
    mainFields: ['module', 'main'],
    define: { 'import.meta.url': 'importMetaUrl' },
    banner: { js: "const importMetaUrl = require('url').pathToFileURL(__filename).href;" },
    logLevel: 'warning'
});
const extra = process.env.BENCH_NODE_ARGS ? process.env.BENCH_NODE_ARGS.split(' ') : [];
const run = spawnSync(process.execPath, ['--expose-gc', ...extra, outfile, ...process.argv.slice(2)], { stdio: 'inherit' });
if (!process.env.BENCH_KEEP) fs.rmSync(outfile, { force: true });
process.exit(run.status ?? 1);
