/**
 * Entry of the VS Code tests (`extensionTestsPath`): VS Code calls `run()` in the extension host,
 * code-server (scripts/test-vscode.mjs) and desktop VS Code (scripts/test-electron.mjs) alike.
 * Mocha runs the compiled `*.test.cjs` beside this file; the results go to a JSON file that the
 * code-server harness reads, because there the extension host's output is not the harness's.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';

export interface TestResult {
    title: string;
    state: 'passed' | 'failed' | 'pending';
    durationMs?: number;
    error?: string;
}

export interface Results {
    passed: number;
    failed: number;
    pending: number;
    vscodeVersion: string;
    tests: TestResult[];
}

/** Where the results go: $CALC_VSCODE_RESULTS, or test-results/vscode/results.json in the project. */
export function resultsFile(): string {
    return process.env.CALC_VSCODE_RESULTS ?? path.resolve(__dirname, '..', '..', '..', 'test-results', 'vscode', 'results.json');
}

export async function run(): Promise<void> {
    const mocha = new Mocha({ ui: 'bdd', timeout: 60_000, color: false, reporter: 'spec' });
    // extension.test first: its first test is that opening a .calc file activates the extension.
    const first = (name: string) => name === 'extension.test.cjs' ? 0 : 1;
    for (const file of fs.readdirSync(__dirname).filter(name => name.endsWith('.test.cjs')).sort((a, b) => first(a) - first(b) || a.localeCompare(b))) {
        mocha.addFile(path.join(__dirname, file));
    }
    const tests: TestResult[] = [];
    const failures = await new Promise<number>((resolve, reject) => {
        try {
            const runner = mocha.run(resolve);
            runner.on('pass', test => tests.push({ title: test.fullTitle(), state: 'passed', durationMs: test.duration }));
            runner.on('pending', test => tests.push({ title: test.fullTitle(), state: 'pending' }));
            // A failing hook also lands here, with the hook's title.
            runner.on('fail', (test, error: Error) => tests.push({
                title: test.fullTitle(), state: 'failed', durationMs: test.duration, error: error.stack ?? String(error)
            }));
        } catch (error) {
            reject(error);
        }
    });
    const { version } = await import('vscode');
    const results: Results = {
        passed: tests.filter(t => t.state === 'passed').length,
        failed: tests.filter(t => t.state === 'failed').length,
        pending: tests.filter(t => t.state === 'pending').length,
        vscodeVersion: version,
        tests
    };
    // Written whole, then renamed: the harness never reads half a file.
    const file = resultsFile();
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(`${file}.tmp`, JSON.stringify(results, null, 2));
    fs.renameSync(`${file}.tmp`, file);
    if (failures > 0 || results.failed > 0) throw new Error(`${results.failed} VS Code test(s) failed`);
}
