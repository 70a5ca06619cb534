/**
 * The open previews of one kind (summary, report): unlocked ones follow the active .calc
 * editor, every one refreshes when its file is edited, and the serializer brings them
 * back after a window reload.
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { CasePreview } from './case-preview.js';
import type { PreviewState } from './preview-messages.js';
import type { PreviewKind } from './preview-kinds.js';

export class PreviewManager<Item> implements vscode.Disposable, vscode.WebviewPanelSerializer<PreviewState> {
    private readonly previews = new Set<CasePreview<Item>>();
    private readonly disposables: vscode.Disposable[] = [];

    constructor(readonly kind: PreviewKind<Item>, private readonly context: vscode.ExtensionContext, private readonly client: BaseLanguageClient) {
        this.disposables.push(
            vscode.window.onDidChangeActiveTextEditor(editor => {
                if (editor?.document.languageId !== 'calc') return;
                for (const preview of this.previews) if (!preview.isLocked) preview.show(editor.document.uri);
            }),
            vscode.workspace.onDidChangeTextDocument(event => {
                if (event.contentChanges.length === 0) return;
                for (const preview of this.previews) if (preview.matches(event.document.uri)) preview.scheduleRefresh();
            })
        );
    }

    /** Reveals the preview of that file if there is one, else reuses the unlocked one, else opens one. */
    open(resource: vscode.Uri, column: vscode.ViewColumn, preserveFocus: boolean): void {
        const existing = [...this.previews].find(p => p.matches(resource)) ?? [...this.previews].find(p => !p.isLocked);
        if (existing) {
            existing.show(resource);
            existing.reveal(column, preserveFocus);
            return;
        }
        this.track(CasePreview.create(this.kind, this.context, this.client, resource, column, preserveFocus));
    }

    activePreview(): CasePreview<Item> | undefined {
        return [...this.previews].find(p => p.isActive);
    }

    toggleLock(): void {
        this.activePreview()?.toggleLock();
    }

    async deserializeWebviewPanel(panel: vscode.WebviewPanel, state: PreviewState | undefined): Promise<void> {
        const uri = state?.uri ?? (vscode.window.activeTextEditor?.document.languageId === 'calc' ? vscode.window.activeTextEditor.document.uri.toString() : undefined);
        if (!uri) {
            panel.dispose();
            return;
        }
        this.track(CasePreview.revive(this.kind, this.context, this.client, panel, { uri, locked: state?.locked ?? false }));
    }

    private track(preview: CasePreview<Item>): void {
        this.previews.add(preview);
        preview.onDidDispose(() => this.previews.delete(preview));
    }

    dispose(): void {
        for (const preview of this.previews) preview.dispose();
        this.disposables.forEach(d => { d.dispose(); });
    }
}
