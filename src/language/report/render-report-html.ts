/**
 * CaseReport[] → HTML: the standalone page (CLI, export: inline CSS pinned by its hash, images
 * as data: URIs, no script) and the report preview's webview page (the summary's stylesheet and
 * script, images only through `asWebviewUri`). Every warning of the file comes first.
 */
import { html, type Html } from '../html/html-template.js';
import { pinnedStylePage, webviewPage } from '../html/html-page.js';
import { where } from '../summary/render-html.js';
import { standaloneStylesheet } from '../summary/summary-style.js';
import { problemCount, SEVERITY_LABELS } from '../summary/summary-words.js';
import type { Banner } from '../summary/summary-types.js';
import { REPORT_CSS } from './report-style.js';
import type { CaseReport, ReportFigure, ReportSection, ReportTable } from './report-types.js';

/** Where a figure's image is shown from: a webview URI or a data: URI, or undefined when it may not or cannot be shown. */
export type ImageSource = (figure: ReportFigure, report: CaseReport) => string | undefined;

export interface ReportHtmlOptions {
    mode: 'webview' | 'standalone';
    images: ImageSource;
    banner?: Banner;
    nonce?: string;
    cspSource?: string;
    styleUri?: string;
    scriptUri?: string;
    state?: unknown;
}

export function renderReportHtml(reports: CaseReport[], options: ReportHtmlOptions): string {
    const title = reports.length === 1 ? reports[0].title ?? reports[0].name : 'Case report';
    const content = renderReportContent(reports, options);
    if (options.mode === 'standalone') {
        return pinnedStylePage({ title, css: `${standaloneStylesheet()}${REPORT_CSS}`, rootClass: 'calc-summary calc-report', rootId: 'calc-summary-root', content });
    }
    const { nonce = '', cspSource = '', styleUri = '', scriptUri = '', state } = options;
    return webviewPage({ title, rootClass: 'calc-summary calc-report', content, nonce, cspSource, styleUri, scriptUri, state, css: REPORT_CSS });
}

export function renderReportContent(reports: CaseReport[], options: Pick<ReportHtmlOptions, 'mode' | 'images' | 'banner'>): string {
    const reveal = options.mode === 'webview';
    const banner = options.banner;
    return html`${banner && html`<div class="banner" role="status">${banner.text}${reveal && banner.at && html` ${where(banner.at, reveal, 'Go to')}`}</div>`}${
        reports.length === 0
            ? html`<p class="empty">${banner ? '' : 'No case in this file yet.'}</p>`
            : reports.map(report => article(report, options.images, reveal))
    }`.value;
}

function article(report: CaseReport, images: ImageSource, reveal: boolean): Html {
    return html`<article class="case" id="report-${report.name.replace(/[^A-Za-z0-9_-]/g, '_')}">
${warnings(report, reveal)}
<div class="manuscript">
<h1>${report.title ?? report.name}</h1>
${report.keywords.length > 0 && html`<p class="keywords"><strong>Keywords:</strong> ${report.keywords.join('; ')}</p>`}
${report.sections.map(section)}
${report.figures.length > 0 && html`<section><h2>Figures</h2>${report.figures.map(f => figure(f, images(f, report)))}</section>`}
${report.references.length > 0 && html`<section><h2>References</h2><ol class="references">${report.references.map(r => html`<li value="${r.number}">${r.text}</li>`)}</ol></section>`}
</div>
</article>`;
}

/** Above the manuscript, so that no slip goes to a journal unseen. */
function warnings(report: CaseReport, reveal: boolean): Html {
    if (report.warnings.length === 0) return html``;
    return html`<section class="report-warnings"><h2>Before you submit: ${problemCount(report.warnings).toLowerCase()} in the file</h2>
<ul class="findings">${report.warnings.map(f => html`<li><span class="severity severity-${f.severity}">${SEVERITY_LABELS[f.severity]}</span><span>${f.message} <code class="muted">${f.code}</code></span>${where(f, reveal)}</li>`)}</ul></section>`;
}

function section(s: ReportSection): Html {
    return html`<section id="care-${s.id}"><h2>${s.heading}</h2>
${s.paragraphs.map(p => html`<p>${p}</p>`)}
${s.tables.map(table)}
${s.missing && html`<p class="missing">${s.missing}</p>`}
</section>`;
}

function table(t: ReportTable): Html {
    return html`<table><caption>${t.title}</caption><thead><tr>${t.header.map(h => html`<th scope="col">${h}</th>`)}</tr></thead>
<tbody>${t.rows.map(row => html`<tr>${row.map(cell => html`<td>${cell}</td>`)}</tr>`)}</tbody></table>`;
}

function figure(f: ReportFigure, src: string | undefined): Html {
    return html`<figure id="figure-${f.number}">${src
        ? html`<img src="${src}" alt="${f.legend}">`
        : html`<div class="no-image">The image ${f.image} is not shown: it is missing, or not a file of the workspace.</div>`}
<figcaption>${f.legend}</figcaption></figure>`;
}
