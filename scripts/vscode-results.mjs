// The results file that test/vscode/index.ts writes, and how the harnesses print it.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { projectRoot } from './code-server.mjs';

export const resultsFile = path.join(projectRoot, 'test-results', 'vscode', 'results.json');

export function readResults() {
    return JSON.parse(fs.readFileSync(resultsFile, 'utf8'));
}

/** Each test with its mark, then each failure with its error. */
export function printResults(results) {
    for (const test of results.tests) {
        console.log(`  ${{ passed: '✓', failed: '✗', pending: '-' }[test.state]} ${test.title}${test.durationMs ? ` (${test.durationMs} ms)` : ''}`);
    }
    const failed = results.tests.filter(test => test.state === 'failed');
    if (failed.length > 0) console.log('\nFailing tests:');
    failed.forEach((test, i) => console.log(`\n${i + 1}) ${test.title}\n${indent(test.error)}`));
    if (results.pending > 0) console.log(`\n${results.pending} pending`);
}

const indent = text => String(text).split('\n').slice(0, 30).map(line => `     ${line}`).join('\n');

/** Exits once stdout is flushed, so the last line (`N passed, N failed`) reaches a pipe whole. */
export function exitAfterFlush(code) {
    process.stdout.write('', () => process.exit(code));
}
