/**
 * The webview panels' lifecycle (webview-panel.ts) against a fake webview (fake-vscode.ts):
 * whatever VS Code does to a page — tears it down and reloads it with or without telling
 * the extension — the page shows the latest content once it has loaded (issue 19, item 8:
 * the summary stayed on "Preparing the management summary…" after the Problems panel was
 * maximised and restored, until the next edit).
 */
import * as fs from 'node:fs';
import type { LangiumDocument } from 'langium';
import { beforeAll, describe, expect, it } from 'vitest';
import type * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { CohortView } from '../../src/extension/cohort/cohort-view.js';
import { CasePreview } from '../../src/extension/preview/case-preview.js';
import { SummaryKind } from '../../src/extension/preview/preview-kinds.js';
import { cohortResponse } from '../../src/language/cohort/cohort-request.js';
import { summaryResponse } from '../../src/language/summary/summary-request.js';
import { Uri, window as fakeWindow, type FakeWebviewPanel } from './fake-vscode.js';
import { services, validate } from './helpers.js';

const context = { extensionUri: Uri.file('/extension') } as unknown as vscode.ExtensionContext;
/** The client: the requests answered by the server's own functions. */
const client = {
    code2ProtocolConverter: { asUri: (uri: vscode.Uri) => uri.toString() },
    sendRequest: (type: { method: string }, params: never) =>
        type.method === 'calc/cohort' ? cohortResponse(services.Calc) : summaryResponse(services.Calc, params)
} as unknown as BaseLanguageClient;

let document: LangiumDocument;
beforeAll(async () => {
    await services.shared.workspace.WorkspaceManager.initializeWorkspace([]);
    document = await validate(fs.readFileSync('examples/01-thigh.calc', 'utf8'));
});

const newPanel = () => fakeWindow.panels.at(-1) as FakeWebviewPanel;

async function openPreview(): Promise<{ preview: CasePreview<unknown>; panel: FakeWebviewPanel }> {
    const preview = CasePreview.create(SummaryKind, context, client, document.uri, -1, false) as CasePreview<unknown>;
    const panel = newPanel();
    panel.webview.load();
    await preview.refresh();
    expect(panel.webview.shown).toContain('ThighCalcinosis');
    return { preview, panel };
}

describe('the summary preview', () => {
    it('shows the summary at once when its page is reloaded without a word to the extension (the Problems panel maximised and restored)', async () => {
        const { preview, panel } = await openPreview();
        panel.webview.tearDown();
        panel.webview.load();
        expect(panel.webview.shown).toContain('ThighCalcinosis');
        expect(panel.webview.shown).not.toContain('Preparing the management summary');
        preview.dispose();
    });

    it('shows the summary at once when hidden and shown again', async () => {
        const { preview, panel } = await openPreview();
        panel.hide();
        panel.show();
        expect(panel.webview.shown).toContain('ThighCalcinosis');
        expect(panel.webview.shown).not.toContain('Preparing the management summary');
        preview.dispose();
    });

    it('shows a summary that arrived while it was hidden as soon as it is shown', async () => {
        const preview = CasePreview.create(SummaryKind, context, client, document.uri, -1, false) as CasePreview<unknown>;
        const panel = newPanel();
        panel.webview.load();
        panel.hide();
        await preview.refresh();
        panel.show();
        expect(panel.webview.shown).toContain('ThighCalcinosis');
        preview.dispose();
    });
});

describe('the cohort view', () => {
    it('shows the cohort at once when its page is reloaded without a word to the extension', async () => {
        const view = CohortView.create(context, client);
        const panel = newPanel();
        panel.webview.load();
        await view.refresh();
        expect(panel.webview.shown).toContain('ThighCalcinosis');
        panel.webview.tearDown();
        panel.webview.load();
        expect(panel.webview.shown).toContain('ThighCalcinosis');
        expect(panel.webview.shown).not.toContain('Reading the cases of the workspace');
        view.dispose();
    });
});
