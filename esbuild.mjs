// Bundles the extension client, the language server and the CLI for Node (CommonJS),
// and the client and server again for VS Code for the Web (a browser web worker).
// `--production` minifies for release; otherwise source maps help debugging.
import * as esbuild from 'esbuild';
import * as fs from 'node:fs';
import * as path from 'node:path';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

const common = {
    outdir: 'out',
    bundle: true,
    external: ['vscode'],
    loader: { '.ts': 'ts' },
    sourcemap: !production,
    minify: production,
    metafile: true,
    logLevel: 'warning'
};

/**
 * Modules the Node bundles load only on first use (a dynamic import): each is a file of its own in
 * out/lazy/, so that a start reads and compiles less (citation-js is a third of the server's bundle,
 * docx two thirds of the extension's). The web bundles are single files: there they stay inside.
 */
const LAZY = { 'lazy/citation-js': 'src/language/report/citation-js.ts', 'lazy/report-docx': 'src/language/report/render-report-docx.ts' };
const lazyFiles = {
    name: 'lazy-files',
    setup(build) {
        // By real path without the extension: the bench builds through a symlink to src/, the imports name .js.
        const key = file => path.join(fs.realpathSync(path.dirname(path.resolve(file))), path.basename(file).replace(/\.[jt]s$/, ''));
        const lazy = new Map(Object.entries(LAZY).map(([out, src]) => [key(src), `../${out}.cjs`]));
        build.onResolve({ filter: /\.js$/ }, args => {
            const target = args.kind === 'dynamic-import' && lazy.get(key(path.join(args.resolveDir, args.path)));
            return target ? { path: target, external: true } : undefined;
        });
    }
};

const node = {
    ...common,
    entryPoints: {
        'extension/client': 'src/extension/main.ts',
        'language/server': 'src/language/main.ts',
        'cli/calc-case': 'src/cli/main.ts',
        ...LAZY
    },
    plugins: [lazyFiles],
    // import() as a lazy require(): the lazy files are CommonJS, loaded as Node (and VS Code's extension host) loads the bundle.
    supported: { 'dynamic-import': false },
    outExtension: { '.js': '.cjs' },
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    // Langium is ESM; in a CommonJS bundle import.meta.url must come from __filename.
    define: { 'import.meta.url': 'importMetaUrl' },
    // citation-js's fetch, never called (references are read from the file): Node's own (src/web-stubs/node-fetch.ts).
    alias: { 'node-fetch': './src/web-stubs/node-fetch.ts' },
    banner: { js: "const importMetaUrl = require('url').pathToFileURL(__filename).href;" }
};

const webCommon = {
    ...common,
    platform: 'browser',
    target: 'es2022',
    mainFields: ['browser', 'module', 'main'],
    // The UCUM library carries an XML importer we never call; it needs no file system here.
    alias: { fs: './src/web-stubs/empty.ts' },
    define: { 'import.meta.url': '"file:///"', 'process.env.NODE_ENV': production ? '"production"' : '"development"' }
};

// The web extension is CommonJS, named .cjs: in a `"type": "module"` package VS Code's web worker
// extension host would take a .js entry for an ES module, which it refuses. The server is a classic worker script.
const web = [
    { ...webCommon, entryPoints: { 'web/extension': 'src/extension/web.ts' }, format: 'cjs', outExtension: { '.js': '.cjs' } },
    { ...webCommon, entryPoints: { 'web/server': 'src/language/main-browser.ts' }, format: 'iife' }
];

// The pages' scripts (TypeScript, with the message unions they share with the extension): one classic script each,
// loaded with the page's nonce from out/webview/, which webview-page.ts lets the webviews read.
const webviews = {
    ...common,
    entryPoints: { 'webview/preview': 'src/extension/preview/preview-webview.ts', 'webview/cohort': 'src/extension/cohort/cohort-webview.ts' },
    format: 'iife',
    platform: 'browser',
    target: 'es2022'
};

// out/language/main.cjs, out/cli/main.cjs and out/extension/main.cjs (the client, package.json's main) start
// the bundles beside them through a V8 code cache (src/launcher.ts): the modules' functions are compiled once,
// not at every start. The client runs in VS Code's extension host, shared with other extensions: it does
// not turn on Node's compile cache, which is the whole process's.
const launcher = (outfile, bundle, { banner = {}, compileCache = true } = {}) => ({
    ...common, sourcemap: false, entryPoints: ['src/launcher.ts'], outfile, outdir: undefined, format: 'cjs', platform: 'node', target: 'node20',
    define: { LAUNCHED_BUNDLE: JSON.stringify(bundle), LAUNCHER_COMPILE_CACHE: JSON.stringify(compileCache) }, banner
});
const launchers = [
    launcher('out/language/main.cjs', 'server.cjs'),
    launcher('out/cli/main.cjs', 'calc-case.cjs', { banner: { js: '#!/usr/bin/env node' } }),
    launcher('out/extension/main.cjs', 'client.cjs', { compileCache: false })
];

/**
 * Packages a bundle must hold once: with two copies of vscode-jsonrpc (10.0.0 for Langium,
 * 9.0.1 for vscode-languageserver) Langium's ResponseError failed `instanceof` and went out
 * as a *result*. package.json's `overrides` align them; this fails the build if they drift.
 */
const SINGLE = ['vscode-jsonrpc', 'vscode-languageserver-protocol', 'vscode-languageserver-types', 'langium', 'chevrotain'];

function copiesOf(metafile) {
    const copies = new Map();
    for (const input of Object.keys(metafile.inputs)) {
        const match = /^(.*node_modules\/((?:@[^/]+\/)?[^/]+))\//.exec(input);
        if (match && SINGLE.includes(match[2])) copies.set(match[2], (copies.get(match[2]) ?? new Set()).add(match[1]));
    }
    return [...copies].filter(([, dirs]) => dirs.size > 1).map(([name, dirs]) => `${name} (${[...dirs].join(', ')})`);
}

function checkSingleCopies(results) {
    const duplicated = [...new Set(results.flatMap(result => copiesOf(result.metafile)))];
    if (duplicated.length > 0) throw new Error(`esbuild: a bundle holds two copies of ${duplicated.join('; ')}: align them in package.json "overrides"`);
}

/**
 * What the extension's clients must not hold: the client is required at every activation, and one
 * import of the classifier for a sentence once brought in the knowledge base and the units library
 * (client.cjs 1004 KiB instead of 513, its require 28 ms of CPU instead of 21). The server has them.
 */
const CLIENT_NEVER = [/node_modules\/@lhncbc\/ucum-lhc\//, /src\/language\/(clinical\/classify|knowledge\/index)\.ts$/];
const CLIENTS = ['out/extension/client.cjs', 'out/web/extension.cjs'];

function checkLeanClients(results) {
    const held = results.flatMap(result => Object.entries(result.metafile.outputs))
        .filter(([file]) => CLIENTS.includes(file))
        .flatMap(([file, out]) => Object.keys(out.inputs).filter(input => CLIENT_NEVER.some(never => never.test(input))).map(input => `${file} holds ${input}`));
    if (held.length > 0) throw new Error(`esbuild: a client bundle holds what only the server needs: ${held.slice(0, 3).join('; ')}`);
}

if (watch) {
    for (const options of [node, ...web, webviews, ...launchers]) await (await esbuild.context(options)).watch();
    console.log('esbuild: watching src/ for changes');
} else {
    const results = await Promise.all([node, ...web, webviews, ...launchers].map(options => esbuild.build(options)));
    fs.chmodSync('out/cli/main.cjs', 0o755);
    checkSingleCopies(results);
    checkLeanClients(results);
    const sizes = results.flatMap(result => Object.entries(result.metafile.outputs))
        .filter(([file]) => /\.c?js$/.test(file))
        .map(([file, out]) => `${file} ${(out.bytes / 1024).toFixed(0)} KiB`);
    console.log(`esbuild: ${production ? 'production' : 'development'} bundles: ${sizes.join(', ')}`);
}
