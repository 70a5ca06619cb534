/** `calc-case summary` (the built CLI) and the `calc/summary` request's answer. */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { CancellationToken, LSPErrorCodes } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { beforeAll, describe, expect, it } from 'vitest';
import { summaryResponse } from '../../src/language/summary/summary-request.js';
import { services, validate } from './helpers.js';

const CLI = path.resolve('out/cli/main.cjs');

function run(...args: string[]) {
    const result = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });
    return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('calc-case summary', () => {
    beforeAll(() => {
        if (!fs.existsSync(CLI)) throw new Error(`${CLI} is missing: run \`npm run build\` first (npm test does).`);
    });

    it('prints the standalone page of the golden file by default, and Markdown on request', () => {
        const html = run('summary', 'examples/02-sclerosis.calc');
        expect(html.code).toBe(0);
        expect(html.stdout).toBe(fs.readFileSync('test/unit/golden/02-sclerosis.summary.html', 'utf8'));
        const markdown = run('summary', '--format', 'markdown', 'examples/02-sclerosis.calc');
        expect(markdown.code).toBe(0);
        expect(markdown.stdout).toBe(fs.readFileSync('test/unit/golden/02-sclerosis.summary.md', 'utf8'));
    });

    it('prints what it can of a file with syntax errors, says so, and exits 1', () => {
        const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'calc-summary-')), 'broken.calc');
        fs.writeFileSync(file, 'case Broken {\n  title "Broken"\n  lesion L1 { count one }\n}\n');
        const { code, stdout } = run('summary', '--format=markdown', file);
        expect(code).toBe(1);
        expect(stdout).toMatch(/^> This file has \d+ syntax errors? \(the first on line 3\)/);
    });

    it('exits 2 on a wrong format, a missing file or more than one file', () => {
        const wrong = run('summary', '--format', 'pdf', 'examples/01-thigh.calc');
        expect(wrong.code).toBe(2);
        expect(wrong.stderr).toContain('--format must be html or markdown, not pdf');
        const missing = run('summary', 'examples/nothing.calc');
        expect(missing.code).toBe(2);
        expect(missing.stderr).toContain('no such file');
        expect(run('summary', 'examples/01-thigh.calc', 'examples/02-sclerosis.calc').code).toBe(2);
    });

    it('is in the usage text', () => {
        expect(run('--help').stdout).toContain('calc-case summary [--format html|markdown] FILE');
    });
});

describe('the calc/summary request', () => {
    // A language server's workspace is ready once the client has initialized it; here, with no folders.
    beforeAll(() => services.shared.workspace.WorkspaceManager.initializeWorkspace([]));

    it('answers with the version it summarised, the summaries and the syntax error count', async () => {
        const document = await validate(fs.readFileSync('examples/01-thigh.calc', 'utf8'));
        const response = await summaryResponse(services.Calc, { textDocument: { uri: document.uri.toString() } }, CancellationToken.None);
        expect(response.version).toBe(document.textDocument.version);
        expect(response.syntaxErrors).toBe(0);
        expect(response.summaries.map(s => s.name)).toEqual(['ThighCalcinosis']);
        expect(JSON.parse(JSON.stringify(response))).toEqual(response); // plain data, as it travels over the connection
    });

    it('answers for the text of the edit sent before it, not the build before (the edit\'s build is waited for on the workspace lock)', async () => {
        const text = fs.readFileSync('examples/01-thigh.calc', 'utf8');
        const document = await validate(text);
        const uri = document.uri.toString();
        const { TextDocuments, WorkspaceLock, DocumentBuilder } = services.shared.workspace;
        // As an edit arrives: the text is the client's at once, its build queued on the lock.
        TextDocuments.set(TextDocument.create(uri, 'calc', 7, text.replace('ThighCalcinosis', 'EditedCase')));
        void WorkspaceLock.write(token => DocumentBuilder.update([document.uri], [], token));
        const response = await summaryResponse(services.Calc, { textDocument: { uri } });
        expect(response.version).toBe(7);
        expect(response.summaries.map(s => s.name)).toEqual(['EditedCase']);
    });

    it('answers a cancelled request with RequestCancelled', async () => {
        const document = await validate(fs.readFileSync('examples/01-thigh.calc', 'utf8'));
        await expect(summaryResponse(services.Calc, { textDocument: { uri: document.uri.toString() } }, CancellationToken.Cancelled))
            .rejects.toMatchObject({ code: LSPErrorCodes.RequestCancelled });
    });

    it('refuses a document the server does not have', async () => {
        await expect(summaryResponse(services.Calc, { textDocument: { uri: 'file:///nowhere/missing.calc' } }, CancellationToken.None)).rejects.toThrow(/No document/);
    });
});
