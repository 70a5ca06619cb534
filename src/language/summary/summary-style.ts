/**
 * The summary's stylesheet, in one place. The layout reads only `--calc-*` custom
 * properties; a palette sets them: the VS Code theme's colours in the preview
 * (media/preview.css is generated from this file and checked by the tests), a calm
 * light palette in the standalone page, which is also the one printed.
 */

const LAYOUT = `
*, *::before, *::after { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body {
    margin: 0;
    color: var(--calc-fg);
    background: var(--calc-bg);
    font-family: var(--calc-font);
    font-size: var(--calc-size);
    line-height: 1.5;
}
.calc-summary { max-width: 62rem; margin: 0 auto; padding: 1.5rem 2rem 3rem; }
.case + .case { margin-top: 3rem; padding-top: 2rem; border-top: 2px solid var(--calc-border); }
h1, h2, h3 { line-height: 1.25; font-weight: 600; margin: 0; }
h1 { font-size: 1.6em; letter-spacing: -0.01em; }
h2 {
    font-size: 0.8em; text-transform: uppercase; letter-spacing: 0.08em; color: var(--calc-muted);
    margin: 2em 0 0.6em; padding-bottom: 0.3em; border-bottom: 1px solid var(--calc-border);
}
h3 { font-size: 1em; margin: 1.3em 0 0.4em; }
p { margin: 0.3em 0; }
ul { margin: 0.3em 0; padding-left: 1.2em; }
li { margin: 0.15em 0; }
code { font-family: var(--calc-mono); font-size: 0.92em; }
.muted { color: var(--calc-muted); }
.sub { display: block; font-size: 0.88em; color: var(--calc-muted); }
.sub.off { color: var(--calc-warning); }
sup.cite { font-size: 0.72em; line-height: 0; margin-left: 0.1em; }
sup.cite a { text-decoration: none; color: var(--calc-muted); }
sup.cite a:hover { color: var(--calc-link); text-decoration: underline; }
.eyebrow { font-size: 0.82em; color: var(--calc-muted); letter-spacing: 0.02em; margin-bottom: 0.2em; }
.patient { font-size: 1.1em; margin-top: 0.35em; }
.report-source { font-size: 0.9em; color: var(--calc-muted); }

.banner {
    margin: 0 0 1.5rem; padding: 0.7em 1em; border-radius: 4px;
    border: 1px solid var(--calc-border); border-left: 4px solid var(--calc-info);
    background: var(--calc-panel);
}
.empty { margin: 3rem auto; max-width: 32rem; text-align: center; color: var(--calc-muted); }

.glance {
    margin: 1.2rem 0 0; padding: 0.8em 1.1em; border-radius: 4px;
    background: var(--calc-panel); border: 1px solid var(--calc-border);
    display: grid; grid-template-columns: max-content 1fr; gap: 0.35em 1.4em;
}
.glance dt { color: var(--calc-muted); font-size: 0.9em; padding-top: 0.1em; }
.glance dd { margin: 0; }
.headline { font-weight: 600; }

dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 0.25em 1.4em; margin: 0; }
dl.facts dt { color: var(--calc-muted); }
dl.facts dd { margin: 0; }

table { width: 100%; border-collapse: collapse; margin: 0.4em 0 0.6em; font-size: 0.95em; }
th, td { text-align: left; vertical-align: top; padding: 0.4em 0.7em 0.4em 0; border-bottom: 1px solid var(--calc-border); }
th { font-weight: 600; font-size: 0.82em; color: var(--calc-muted); text-transform: uppercase; letter-spacing: 0.05em; }
td.num { font-variant-numeric: tabular-nums; white-space: nowrap; }
tr.group th { padding-top: 1em; text-transform: none; letter-spacing: 0; font-size: 0.9em; color: var(--calc-fg); }
tr.given td { background: var(--calc-highlight); }
td:first-child, th:first-child { padding-left: 0.3em; }
table.labs th:nth-child(1) { width: 30%; }
table.labs th:nth-child(2) { width: 18%; }
table.labs th:nth-child(3) { width: 30%; }
table.drugs { font-size: 0.9em; }
table.drugs td:first-child { width: 11em; }
table.drugs td:nth-child(2) { width: 14em; }
table.drugs td:nth-child(3) { width: 14em; }
ul.plain { list-style: none; padding: 0; margin: 0; }
ul.plain li + li { margin-top: 0.3em; }
.formula { font-family: var(--calc-mono); font-size: 0.88em; color: var(--calc-muted); }

.flag {
    display: inline-block; padding: 0 0.45em; border-radius: 3px; white-space: nowrap;
    font-size: 0.78em; font-weight: 700; letter-spacing: 0.04em; text-transform: uppercase;
    border: 1px solid currentColor;
}
.flag-high, .flag-low, .flag-unit-suspect { color: var(--calc-warning); }
.flag-implausible, .flag-not-used { color: var(--calc-error); }
.flag-normal { color: var(--calc-muted); border: 0; padding: 0; font-size: 0.88em; font-weight: 400; text-transform: none; letter-spacing: 0; }
.flag-unread, .flag-judged-corrected, .flag-not-judged { color: var(--calc-muted); border-style: dashed; }

.options { display: grid; grid-template-columns: 1fr; gap: 0.6em; margin: 0.5em 0; padding-left: 0; list-style-position: inside; }
.option .why { margin: 0 0 0.3em; font-style: italic; }
.option .against { color: var(--calc-warning); }
.option { border: 1px solid var(--calc-border); border-radius: 4px; padding: 0.7em 0.9em; }
.option h3 { margin: 0 0 0.3em; display: flex; gap: 0.6em; align-items: baseline; flex-wrap: wrap; }
.option.suited { border-color: var(--calc-ok); box-shadow: inset 3px 0 0 var(--calc-ok); }
.fit { font-size: 0.78em; font-weight: 600; color: var(--calc-muted); }
.option.suited .fit { color: var(--calc-ok); }
.option.not-suited .fit { color: var(--calc-warning); }

ul.checks { list-style: none; padding: 0; }
ul.checks li { padding-left: 1.5em; text-indent: -1.5em; }
.mark { display: inline-block; width: 1.5em; text-indent: 0; color: var(--calc-muted); }
li.advised .mark { color: var(--calc-ok); font-weight: 700; }

ul.findings { list-style: none; padding: 0; }
ul.findings li { display: grid; grid-template-columns: 6.5em 1fr auto; gap: 0.2em 0.8em; padding: 0.4em 0; border-bottom: 1px solid var(--calc-border); }
.severity { font-size: 0.78em; font-weight: 700; text-transform: uppercase; letter-spacing: 0.04em; padding-top: 0.15em; }
.severity-error { color: var(--calc-error); }
.severity-warning { color: var(--calc-warning); }
.severity-information, .severity-hint { color: var(--calc-info); }
.glance a.severity-error, .glance a.severity-warning { font-weight: 600; }
.where { white-space: nowrap; color: var(--calc-muted); font-size: 0.9em; }
button.reveal {
    font: inherit; color: var(--calc-link); background: none; border: 0; padding: 0; cursor: pointer;
    text-decoration: underline; text-underline-offset: 2px;
}
button.reveal:focus-visible { outline: 1px solid var(--calc-focus); outline-offset: 2px; }
a { color: var(--calc-link); }
ol.sources { padding-left: 1.5em; font-size: 0.88em; color: var(--calc-muted); }
ol.sources li { margin: 0.25em 0; }

@media (max-width: 40rem) {
    .calc-summary { padding: 1rem; }
    .options { grid-template-columns: 1fr; }
    ul.findings li { grid-template-columns: 1fr; }
}
`;

/** The preview: the theme's colours, so light, dark and high-contrast themes all read well. */
const WEBVIEW_PALETTE = `
:root {
    --calc-fg: var(--vscode-editor-foreground);
    --calc-bg: var(--vscode-editor-background);
    --calc-muted: var(--vscode-descriptionForeground);
    --calc-border: var(--vscode-editorWidget-border, var(--vscode-panel-border));
    --calc-panel: var(--vscode-textBlockQuote-background);
    --calc-highlight: var(--vscode-editor-inactiveSelectionBackground);
    --calc-link: var(--vscode-textLink-foreground);
    --calc-focus: var(--vscode-focusBorder);
    --calc-error: var(--vscode-editorError-foreground);
    --calc-warning: var(--vscode-editorWarning-foreground);
    --calc-info: var(--vscode-editorInfo-foreground);
    --calc-ok: var(--vscode-testing-iconPassed, var(--vscode-charts-green));
    --calc-font: var(--vscode-font-family);
    --calc-mono: var(--vscode-editor-font-family);
    --calc-size: var(--vscode-font-size, 13px);
}
body { padding: 0; }
body.vscode-high-contrast, body.vscode-high-contrast-light { --calc-border: var(--vscode-contrastBorder); }
body.vscode-high-contrast .flag, body.vscode-high-contrast-light .flag { border-width: 2px; }
`;

/** The standalone page and its print: quiet greys, one accent, colours that survive black-and-white. */
const STANDALONE_PALETTE = `
:root {
    --calc-fg: #1f2328;
    --calc-bg: #ffffff;
    --calc-muted: #59636e;
    --calc-border: #d8dee4;
    --calc-panel: #f6f8fa;
    --calc-highlight: #fff8e1;
    --calc-link: #0b5cad;
    --calc-focus: #0b5cad;
    --calc-error: #b42318;
    --calc-warning: #9a5b00;
    --calc-info: #0b5cad;
    --calc-ok: #1a7f37;
    --calc-font: -apple-system, BlinkMacSystemFont, "Segoe UI", "Helvetica Neue", Arial, sans-serif;
    --calc-mono: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    --calc-size: 15px;
}
@page { size: A4; margin: 16mm 14mm; }
@media print {
    :root { --calc-size: 10pt; }
    .calc-summary { max-width: none; padding: 0; }
    .case + .case { break-before: page; border-top: 0; margin-top: 0; }
    h2 { break-after: avoid; }
    tr, .option, ul.findings li { break-inside: avoid; }
    a { color: inherit; text-decoration: none; }
    * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`;

export function standaloneStylesheet(): string {
    return `${STANDALONE_PALETTE.trim()}\n${LAYOUT.trim()}\n`;
}

/** The content of media/preview.css. */
export function webviewStylesheet(): string {
    return `/* Generated from src/language/summary/summary-style.ts: edit it there (UPDATE_GOLDEN=1 npx vitest run test/unit/summary-style.test.ts rewrites this file). */\n${WEBVIEW_PALETTE.trim()}\n${LAYOUT.trim()}\n`;
}
