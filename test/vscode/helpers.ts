/** Shared helpers of the VS Code tests: paths, polling, and diagnostics in the CLI's JSON shape. */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'calc-case.calc-case';

export function calcExtension(): vscode.Extension<unknown> {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    if (!extension) throw new Error(`extension ${EXTENSION_ID} is not loaded in this VS Code`);
    return extension;
}

/** The project is the extension under development. */
export const projectRoot = (): string => calcExtension().extensionPath;
export const examplesFolder = (): string => path.join(projectRoot(), 'examples');
export const exampleFiles = (): string[] =>
    fs.readdirSync(examplesFolder()).filter(name => name.endsWith('.calc')).sort();
export const exampleUri = (name: string): vscode.Uri => vscode.Uri.file(path.join(examplesFolder(), name));

export const sleep = (ms: number) => new Promise<void>(resolve => setTimeout(resolve, ms));

/**
 * Polls `probe` until `done` holds or `timeoutMs` passes, and returns the last value either
 * way, so the caller's assertion shows what was there at the end.
 */
export async function poll<T>(probe: () => T | Thenable<T>, done: (value: T) => boolean, timeoutMs = 20_000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    let value = await probe();
    while (!done(value) && Date.now() < deadline) {
        await sleep(100);
        value = await probe();
    }
    return value;
}

/** One diagnostic as `calc-case check --format json` writes it: 1-based lines and columns. */
export interface DiagnosticRow {
    code: string;
    severity: 'error' | 'warning' | 'information' | 'hint';
    line: number;
    column: number;
    endLine: number;
    endColumn: number;
    message: string;
}

const SEVERITIES: Record<vscode.DiagnosticSeverity, DiagnosticRow['severity']> = {
    [vscode.DiagnosticSeverity.Error]: 'error',
    [vscode.DiagnosticSeverity.Warning]: 'warning',
    [vscode.DiagnosticSeverity.Information]: 'information',
    [vscode.DiagnosticSeverity.Hint]: 'hint'
};

export function byPosition(a: DiagnosticRow, b: DiagnosticRow): number {
    return a.line - b.line || a.column - b.column || a.endLine - b.endLine || a.endColumn - b.endColumn
        || a.code.localeCompare(b.code) || a.message.localeCompare(b.message);
}

/** The editor's diagnostics of a document, as the CLI would print them (a missing code reads `syntax`, as in the CLI). */
export function editorDiagnostics(uri: vscode.Uri): DiagnosticRow[] {
    return vscode.languages.getDiagnostics(uri).map(d => ({
        code: String((typeof d.code === 'object' ? d.code.value : d.code) ?? 'syntax'),
        severity: SEVERITIES[d.severity],
        line: d.range.start.line + 1,
        column: d.range.start.character + 1,
        endLine: d.range.end.line + 1,
        endColumn: d.range.end.character + 1,
        message: d.message
    })).sort(byPosition);
}

/**
 * Runs `node out/cli/main.cjs check --format json` on files, all at once as the editor's workspace
 * holds them, and returns each file's rows by its base name. The extension host's own Node runs it
 * (Electron's, in desktop VS Code, acts as Node with ELECTRON_RUN_AS_NODE).
 */
export function cliDiagnostics(files: string[]): Map<string, DiagnosticRow[]> {
    const cli = path.join(projectRoot(), 'out', 'cli', 'main.cjs');
    const result = spawnSync(process.execPath, [cli, 'check', '--format', 'json', ...files], {
        cwd: projectRoot(), encoding: 'utf8', env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' }
    });
    if (result.status !== 0 && result.status !== 1) {
        throw new Error(`calc-case check exited ${result.status}: ${result.stderr || result.error}`);
    }
    const report = JSON.parse(result.stdout) as { files: Array<{ file: string, diagnostics: DiagnosticRow[] }> };
    return new Map(report.files.map(f => [path.basename(f.file), [...f.diagnostics].sort(byPosition)]));
}

export const sameRows = (a: DiagnosticRow[], b: DiagnosticRow[]): boolean => JSON.stringify(a) === JSON.stringify(b);

/** The position of the first match of `pattern` in a document, plus `offsetInMatch` (throws if missing). */
export function positionOf(document: vscode.TextDocument, pattern: RegExp, offsetInMatch = 0): vscode.Position {
    const match = pattern.exec(document.getText());
    if (!match) throw new Error(`${pattern} not found in ${document.uri.fsPath}`);
    return document.positionAt(match.index + offsetInMatch);
}
