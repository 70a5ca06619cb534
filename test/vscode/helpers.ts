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

/** An untitled `calc` document with that text, shown in an editor: the examples on disk stay as they are. */
export async function openUntitled(content: string): Promise<{ document: vscode.TextDocument; editor: vscode.TextEditor }> {
    const document = await vscode.workspace.openTextDocument({ language: 'calc', content });
    const editor = await vscode.window.showTextDocument(document);
    return { document, editor };
}

/** Closes an untitled document without saving it (no dialog). */
export async function closeWithoutSaving(document: vscode.TextDocument): Promise<void> {
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
}

/** Inserts text at the end of a document, as typing it would (no auto-closing of brackets). */
export async function append(document: vscode.TextDocument, text: string): Promise<void> {
    const end = document.positionAt(document.getText().length);
    const edit = new vscode.WorkspaceEdit();
    edit.insert(document.uri, end, text);
    if (!await vscode.workspace.applyEdit(edit)) throw new Error(`could not insert ${JSON.stringify(text)}`);
}

/** What completion offers at a position: each item's label and, where it differs, its insert text. */
export async function completionsAt(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.CompletionItem[]> {
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, position);
    return list?.items ?? [];
}

export const labelOf = (item: vscode.CompletionItem): string => typeof item.label === 'string' ? item.label : item.label.label;

export function insertTextOf(item: vscode.CompletionItem): string {
    const text = item.insertText ?? item.textEdit?.newText ?? labelOf(item);
    return typeof text === 'string' ? text : text.value;
}

/**
 * The items the language server offers: without VS Code's own word-based suggestions (kind Text, the
 * words of open documents) and the contributed snippets (kind Snippet), which would offer any word
 * that an open example contains.
 */
export const serverItems = (items: vscode.CompletionItem[]): vscode.CompletionItem[] =>
    items.filter(item => item.kind !== vscode.CompletionItemKind.Text && item.kind !== vscode.CompletionItemKind.Snippet);

/** True when the server offers `token`: as an item's label, or as the text it inserts (a snippet's first word). */
export const offers = (items: vscode.CompletionItem[], token: string): boolean =>
    serverItems(items).some(item => labelOf(item) === token || insertTextOf(item).split(/\s/)[0] === token);

/** The Markdown of the hovers at a position, joined. */
export async function hoverText(uri: vscode.Uri, position: vscode.Position): Promise<string> {
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position);
    return (hovers ?? []).flatMap(hover => hover.contents.map(c => typeof c === 'string' ? c : c.value)).join('\n\n');
}

/**
 * What the page shows inside every webview whose DOM has `selector` (its text, as the user reads it).
 * The extension host cannot see a webview's DOM; the code-server harness (scripts/test-vscode.mjs) can,
 * through Playwright: this asks it through files in $CALC_VSCODE_PROBE and waits for the answer.
 * Undefined where no harness answers (desktop VS Code under scripts/test-electron.mjs).
 */
export async function webviewTexts(selector: string, timeoutMs = 10_000): Promise<string[] | undefined> {
    const dir = process.env.CALC_VSCODE_PROBE;
    if (!dir) return undefined;
    const id = `${Date.now()}-${Math.random().toString(36).slice(2)}`;
    const request = path.join(dir, `request-${id}.json`);
    const response = path.join(dir, `response-${id}.json`);
    fs.writeFileSync(`${request}.tmp`, JSON.stringify({ selector }));
    fs.renameSync(`${request}.tmp`, request);
    const answered = await poll(() => fs.existsSync(response), Boolean, timeoutMs);
    if (!answered) throw new Error(`the harness did not answer ${path.basename(request)} within ${timeoutMs} ms`);
    const { texts } = JSON.parse(fs.readFileSync(response, 'utf8')) as { texts: string[] };
    fs.rmSync(response, { force: true });
    return texts;
}

/**
 * Keeps what a walk saw (tokens offered, fixes applied) in a JSON file beside the results
 * (test-results/vscode/NAME.json): the extension host's console is not the harness's.
 */
export function writeRecord(name: string, value: unknown): void {
    const results = process.env.CALC_VSCODE_RESULTS ?? path.join(projectRoot(), 'test-results', 'vscode', 'results.json');
    fs.mkdirSync(path.dirname(results), { recursive: true });
    fs.writeFileSync(path.join(path.dirname(results), `${name}.json`), `${JSON.stringify(value, null, 2)}\n`);
}
