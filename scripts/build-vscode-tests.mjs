// Bundles test/vscode/ to CommonJS in out/test/vscode/ for VS Code's extension host
// (index.cjs plus one .test.cjs per suite; `vscode` comes from the host, `mocha` from node_modules).
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as esbuild from 'esbuild';
import { projectRoot } from './code-server.mjs';

export const testsOut = path.join(projectRoot, 'out', 'test', 'vscode');

export async function buildVscodeTests() {
    const source = path.join(projectRoot, 'test', 'vscode');
    const entryPoints = fs.readdirSync(source)
        .filter(name => name === 'index.ts' || name.endsWith('.test.ts'))
        .map(name => path.join(source, name));
    fs.rmSync(testsOut, { recursive: true, force: true });
    await esbuild.build({
        entryPoints,
        outdir: testsOut,
        outExtension: { '.js': '.cjs' },
        bundle: true,
        format: 'cjs',
        platform: 'node',
        target: 'node22',
        external: ['vscode', 'mocha'],
        sourcemap: 'inline',
        logLevel: 'warning'
    });
    return testsOut;
}

if (process.argv[1] === import.meta.filename) {
    await buildVscodeTests();
    console.log(`VS Code tests built into ${path.relative(projectRoot, testsOut)}`);
}
