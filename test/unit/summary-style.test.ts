/**
 * media/preview.css is generated from src/language/summary/summary-style.ts, the one
 * stylesheet of the preview and the standalone page: a golden (see golden.ts).
 */
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { standaloneStylesheet, webviewStylesheet } from '../../src/language/summary/summary-style.js';
import { expectGolden } from './golden.js';

const PREVIEW_CSS = path.resolve('media/preview.css');

describe('the summary stylesheet', () => {
    it('media/preview.css is the generated webview stylesheet', async () => {
        await expectGolden(webviewStylesheet(), PREVIEW_CSS);
    });

    it('takes the preview’s colours from the VS Code theme and the standalone page’s from its own palette', () => {
        const webview = webviewStylesheet();
        for (const variable of ['--vscode-editor-foreground', '--vscode-editor-background', '--vscode-textLink-foreground', '--vscode-editorWarning-foreground', '--vscode-editorError-foreground', '--vscode-contrastBorder']) {
            expect(webview).toContain(`var(${variable}`);
        }
        expect(webview).toContain('body.vscode-high-contrast');
        const standalone = standaloneStylesheet();
        expect(standalone).not.toContain('--vscode-');
        expect(standalone).toContain('@media print');
    });

    it('loads nothing from elsewhere (the CSP would block it anyway)', () => {
        for (const css of [webviewStylesheet(), standaloneStylesheet()]) expect(css).not.toMatch(/url\(|@import/);
    });
});
