/**
 * The pages' shells. A whole page with its stylesheet inline, pinned in the CSP by its hash (no 'unsafe-inline'),
 * and at most one script, pinned by its nonce: the standalone summary and the cohort pages.
 */
import { html, trusted } from './html-template.js';
import { sha256Base64 } from './sha256.js';

export interface PinnedPage {
    title: string;
    css: string;
    /** The class and id of the `<main>` that holds the content. */
    rootClass: string;
    rootId: string;
    /** Trusted: the renderers' escaped HTML. */
    content: string;
    script?: { nonce: string; src: string };
}

/** The start of every page: its policy first, before anything it governs. */
function pageHead(csp: string) {
    return html`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">`;
}

export function pinnedStylePage(page: PinnedPage): string {
    const script = page.script ? `script-src 'nonce-${page.script.nonce}'; ` : '';
    const csp = `default-src 'none'; style-src 'sha256-${sha256Base64(page.css)}'; ${script}img-src data:; base-uri 'none'; form-action 'none'`;
    return html`${pageHead(csp)}
<meta name="generator" content="calc-case">
<title>${page.title}</title>
<style>${trusted(page.css)}</style>
</head>
<body>
<main class="${page.rootClass}" id="${page.rootId}">${trusted(page.content)}</main>
${page.script && html`<script nonce="${page.script.nonce}" src="${page.script.src}"></script>
`}</body>
</html>
`.value;
}

export interface WebviewPage {
    title: string;
    /** The class of the `<main>` (its id is the preview script's `calc-summary-root`). */
    rootClass: string;
    /** Trusted: the renderers' escaped HTML. */
    content: string;
    nonce: string;
    /** `webview.cspSource`: the origin of the stylesheet, the script and the images. */
    cspSource: string;
    styleUri: string;
    scriptUri: string;
    /** What the preview script keeps to restore itself after a reload. */
    state: unknown;
    /** Sources of images beyond cspSource (the summary's `data:`), and a stylesheet of the page's own, pinned by its hash. */
    imgSrc?: string;
    css?: string;
}

/** The preview's page: the extension's stylesheet and one nonce'd script (out/webview/preview.js, from preview-webview.ts), a strict CSP. */
export function webviewPage(page: WebviewPage): string {
    const style = page.css ? ` 'sha256-${sha256Base64(page.css)}'` : '';
    const csp = `default-src 'none'; style-src ${page.cspSource}${style}; script-src 'nonce-${page.nonce}'; img-src ${page.cspSource}${page.imgSrc ? ` ${page.imgSrc}` : ''};`;
    return html`${pageHead(csp)}
<meta id="calc-summary-state" data-state="${JSON.stringify(page.state ?? {})}">
<title>${page.title}</title>
<link rel="stylesheet" href="${page.styleUri}">
${page.css && html`<style>${trusted(page.css)}</style>
`}</head>
<body>
<main class="${page.rootClass}" id="calc-summary-root">${trusted(page.content)}</main>
<script nonce="${page.nonce}" src="${page.scriptUri}"></script>
</body>
</html>
`.value;
}
