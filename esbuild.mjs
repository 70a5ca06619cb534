// Bundles the extension client, the language server and the CLI (CommonJS, Node).
// `--production` minifies for release; otherwise source maps help debugging.
import * as esbuild from 'esbuild';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

const options = {
    entryPoints: {
        'extension/main': 'src/extension/main.ts',
        'language/main': 'src/language/main.ts',
        'cli/main': 'src/cli/main.ts'
    },
    outdir: 'out',
    outExtension: { '.js': '.cjs' },
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    external: ['vscode'],
    // Langium is ESM; in a CommonJS bundle import.meta.url must come from __filename.
    define: { 'import.meta.url': 'importMetaUrl' },
    banner: { js: "const importMetaUrl = require('url').pathToFileURL(__filename).href;" },
    loader: { '.ts': 'ts' },
    sourcemap: !production,
    minify: production,
    metafile: true,
    logLevel: 'warning'
};

if (watch) {
    const ctx = await esbuild.context(options);
    await ctx.watch();
    console.log('esbuild: watching src/ for changes');
} else {
    const result = await esbuild.build(options);
    const sizes = Object.entries(result.metafile.outputs)
        .filter(([file]) => file.endsWith('.cjs'))
        .map(([file, out]) => `${file} ${(out.bytes / 1024).toFixed(0)} KiB`);
    console.log(`esbuild: ${production ? 'production' : 'development'} bundles: ${sizes.join(', ')}`);
}
