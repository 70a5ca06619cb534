import { Server } from './lsp.js';
async function main() {
  for (let i = 0; i < 3; i++) {
    const { server, initializeMs } = await Server.start('/tmp/prodbuild/out/language/main.cjs', process.argv.includes('--prof') ? ['--cpu-prof', '--cpu-prof-dir=/tmp/srvprof'] : []);
    console.log('init', initializeMs.toFixed(1));
    await server.stop();
  }
  const { execFileSync } = await import('node:child_process');
  for (let i = 0; i < 3; i++) { const t = performance.now(); execFileSync(process.execPath, ['-e', '0']); console.log('bare node', (performance.now() - t).toFixed(1)); }
}
main();
