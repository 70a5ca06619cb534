/**
 * CohortModel → HTML. Two pages from one body, as the summary's: the standalone page
 * (CLI; inline CSS pinned by its hash, no script, printable) and the cohort view's
 * webview page (theme colours, the same pinned CSS, out/webview/cohort.js allowed by its
 * nonce; each row opens its case).
 */
import { html, type Html } from '../html/html-template.js';
import { pinnedStylePage } from '../html/html-page.js';
import type { Citation } from '../summary/summary-types.js';
import { barChart, stripPlot } from './cohort-charts.js';
import { cohortStylesheet } from './cohort-style.js';
import type { CohortCase, CohortModel, CountRow, LabDistribution } from './cohort-types.js';
import { cohortHeadline, cohortSubline, flagCounts, incompleteText, leftOut, plural, typeText } from './cohort-words.js';

export interface CohortHtmlOptions {
    mode: 'webview' | 'standalone';
    /** Webview: the nonce of the one script allowed to run, and where it is (`webview.asWebviewUri`). */
    nonce?: string;
    scriptUri?: string;
    /** A calm line above the cohort (still loading, a failed request). */
    banner?: string;
}

export const COHORT_ROOT_ID = 'calc-cohort-root';

export function renderCohortHtml(model: CohortModel | undefined, options: CohortHtmlOptions): string {
    const webview = options.mode === 'webview';
    return pinnedStylePage({
        title: model ? `Cohort: ${cohortHeadline(model)}` : 'Cohort summary',
        css: cohortStylesheet(options.mode),
        rootClass: 'calc-summary calc-cohort',
        rootId: COHORT_ROOT_ID,
        content: renderCohortContent(model, options),
        ...(webview && options.scriptUri ? { script: { nonce: options.nonce ?? '', src: options.scriptUri } } : {})
    });
}

/** The page's body alone, for the cohort view to swap in place (its scroll position stays). */
export function renderCohortContent(model: CohortModel | undefined, options: Pick<CohortHtmlOptions, 'mode' | 'banner'>): string {
    const open = options.mode === 'webview';
    const banner = options.banner ?? (model && incompleteText(model));
    return html`${banner && html`<div class="banner" role="status">${banner}</div>`}${model && (model.cases.length === 0
        ? html`<p class="empty">No case yet: ${model.files === 0 ? 'no .calc file was found.' : 'the files hold no case.'}</p>`
        : cohortBody(model, open))}`.value;
}

function cohortBody(model: CohortModel, open: boolean): Html {
    const cite = (source: Citation) => html`<sup class="cite"><a href="#cohort-source-${source.number}" title="${source.short}">${source.number}</a></sup>`;
    const t = model.treatments;
    const procedures: CountRow[] = [t.excisions, ...t.procedures].filter(r => r.count > 0);
    return html`<header>
<p class="eyebrow">Cohort summary</p>
<h1>${cohortHeadline(model)}</h1>
<p class="patient">${cohortSubline(model)}</p>
</header>
<div class="panels">
<section><h2>Type</h2>${barChart(model.byType, 'Cases by type')}</section>
<section><h2>Extent</h2>${barChart(model.byExtent, 'Cases by extent')}</section>
</div>
<section><h2>Associated conditions</h2>${model.conditions.length ? barChart(model.conditions, 'Cases by associated condition, injury or exposure') : html`<p class="muted">No condition, injury or exposure recorded.</p>`}</section>
<section><h2>Laboratory</h2>
<p class="muted">One mark per case: ● within the reference interval, ▲ high, ▼ low, as judged in each case against its own interval${model.labs.calcium.points.some(p => p.corrected) ? '; ○ albumin-corrected calcium' : ''}. Only usable values are plotted.</p>
${[model.labs.calcium, model.labs.phosphate, model.labs.product].map(d => labPlot(d, model.cases, cite))}
</section>
<div class="panels">
<section><h2>Treatments</h2>
${t.drugs.length ? html`<h3>Drugs given</h3>${barChart(t.drugs, 'Cases by drug given')}` : html`<p class="muted">No drug recorded.</p>`}
${procedures.length > 0 && html`<h3>Excisions and procedures</h3>${barChart(procedures, 'Cases by excision or procedure')}`}
<p class="muted">${t.untreated === 0 ? 'Every case records a treatment.' : `${plural(t.untreated, 'case records', 'cases record')} no drug, excision or procedure.`}</p>
</section>
<section><h2>Outcomes</h2>${model.outcomes.length ? barChart(model.outcomes, 'Cases by outcome at follow-up') : html`<p class="muted">No outcome recorded.</p>`}</section>
</div>
<section><h2>Cases</h2><div class="table-scroll">${caseTable(model.cases, open)}</div></section>
${model.sources.length > 0 && html`<footer><h2>Sources</h2><ol class="sources">${model.sources.map(s => html`<li id="cohort-source-${s.number}" value="${s.number}"><strong>${s.short}.</strong> ${s.citation}${s.url && /^https?:\/\//.test(s.url) && html` <a href="${s.url}">${s.url}</a>`}</li>`)}</ol></footer>`}`;
}

function labPlot(d: LabDistribution, cases: CohortCase[], cite: (source: Citation) => Html): Html {
    const name = (index: number) => cases[index] ? `${cases[index].name} (${cases[index].file})` : '';
    const notes = [
        d.band && html`<span class="key key-band">▮</span> Shaded: the reference interval of every case plotted, ${d.band.text}${d.band.source && cite(d.band.source)}.`,
        d.bandNote,
        d.threshold && html`<span class="key key-threshold">┆</span> Dashed line: ${d.threshold.text}${cite(d.threshold.source)}.`,
        leftOut(d)
    ].filter(Boolean);
    return html`<figure class="plot">
<h3>${d.label} <span class="muted">${d.unit}${d.summary && ` · ${d.summary}`}${d.points.length > 0 && ` · ${flagCounts(d)}`}</span></h3>
${d.points.length > 0 ? stripPlot(d, p => name(p.caseIndex)) : html`<p class="muted">No case has a usable value.</p>`}
${notes.length > 0 && html`<figcaption>${notes.map(n => html`<p>${n}</p>`)}</figcaption>`}
</figure>`;
}

function caseTable(cases: CohortCase[], open: boolean): Html {
    const file = (c: CohortCase) => open && c.uri
        ? html`<button type="button" class="reveal file" data-uri="${c.uri}" data-line="${c.line ?? 1}" title="Open ${c.file}${c.line ? ` at line ${c.line}` : ''}">${c.file}</button>`
        : html`<span class="file">${c.file}</span>`;
    const problems = (c: CohortCase) => c.errors + c.warnings === 0
        ? html`<span class="muted">—</span>`
        : html`${c.errors > 0 && html`<span class="errors">${plural(c.errors, 'error')}</span>`}${c.errors > 0 && c.warnings > 0 && ', '}${c.warnings > 0 && html`<span class="warnings">${plural(c.warnings, 'warning')}</span>`}`;
    return html`<table class="cases"><thead><tr><th>File</th><th>Case</th><th>Type</th><th>Extent</th><th>Confidence</th><th>Problems</th></tr></thead>
<tbody>${cases.map(c => html`<tr><td>${file(c)}</td><td><code>${c.name}</code>${c.title && html`<span class="sub">${c.title}</span>`}</td><td>${typeText(c)}</td><td>${c.extent}</td><td>${c.confidence}</td><td>${problems(c)}</td></tr>`)}</tbody></table>`;
}
