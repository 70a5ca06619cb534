/**
 * The cohort page's stylesheet: the summary's palettes and layout (summary-style.ts),
 * plus the charts and the grid. Charts read the same `--calc-*` properties, so they
 * take the theme's colours in the webview and the calm fixed ones standalone.
 */
import { standaloneStylesheet, webviewStylesheet } from '../summary/summary-style.js';

const COHORT = `
.calc-cohort { max-width: 72rem; }
.calc-cohort h1 { margin-top: 0.2em; }
.panels { display: grid; grid-template-columns: repeat(auto-fit, minmax(22rem, 1fr)); gap: 0.5rem 2rem; }
.panels > section h2 { margin-top: 1.6em; }
figure.plot { margin: 0 0 1.4em; }
figure.plot h3 { margin: 0.8em 0 0.2em; display: flex; gap: 0.8em; align-items: baseline; flex-wrap: wrap; }
figure.plot h3 .muted { font-weight: 400; font-size: 0.9em; }
figure.plot figcaption { font-size: 0.88em; color: var(--calc-muted); }
figure.plot figcaption p { margin: 0.15em 0; }
.chart { display: block; width: 100%; height: auto; overflow: visible; }
.chart.bars { max-width: 560px; }
.chart.strip { max-width: 640px; }
.chart text { font-family: var(--calc-font); font-size: 12px; fill: var(--calc-fg); }
.chart text.count, .chart text.tick-label { fill: var(--calc-muted); font-variant-numeric: tabular-nums; }
.chart text.zero { fill: var(--calc-muted); opacity: 0.7; }
.chart rect.bar { fill: var(--calc-info); }
.chart rect.bar.muted { fill: var(--calc-muted); opacity: 0.55; }
.chart rect.band { fill: var(--calc-ok); opacity: 0.14; }
.chart line.axis, .chart line.tick { stroke: var(--calc-muted); stroke-width: 1; }
.chart line.threshold { stroke: var(--calc-error); stroke-width: 1.5; stroke-dasharray: 5 3; }
.chart text.threshold-label { fill: var(--calc-error); font-weight: 600; }
.chart .mark { stroke: var(--calc-bg); stroke-width: 1; }
.chart .mark-normal { fill: var(--calc-info); }
.chart .mark-high, .chart .mark-low { fill: var(--calc-warning); }
.chart .mark.corrected { fill: var(--calc-bg); stroke-width: 1.8; }
.chart .mark-normal.corrected { stroke: var(--calc-info); }
.chart .mark-high.corrected, .chart .mark-low.corrected { stroke: var(--calc-warning); }
.key { white-space: nowrap; }
.key-normal { color: var(--calc-info); }
.key-flagged { color: var(--calc-warning); }
.key-band { color: var(--calc-ok); }
.key-threshold { color: var(--calc-error); }
.table-scroll { overflow-x: auto; }
table.cases td.num, table.cases th.num { text-align: right; padding-right: 0.6em; }
table.cases .errors { color: var(--calc-error); font-weight: 600; }
table.cases .warnings { color: var(--calc-warning); font-weight: 600; }
table.cases .file { font-family: var(--calc-mono); font-size: 0.88em; overflow-wrap: break-word; }
@media print { figure.plot, .panels > section { break-inside: avoid; } }
`;

export function cohortStylesheet(mode: 'webview' | 'standalone'): string {
    return `${mode === 'webview' ? webviewStylesheet() : standaloneStylesheet()}${COHORT.trim()}\n`;
}
