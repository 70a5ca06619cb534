/**
 * CaseSummary[] → HTML. Two pages from one body: the standalone page (CLI, export;
 * inline CSS, no script, printable) and the webview page of the preview (theme
 * colours, a strict CSP, one script with a nonce; warnings reveal their line).
 */
import { inSentence } from '../clinical/in-sentence.js';
import { html, type Html } from '../html/html-template.js';
import { pinnedStylePage, webviewPage as sharedWebviewPage } from '../html/html-page.js';
import { standaloneStylesheet } from './summary-style.js';
import {
    approachAtAGlance, capitalise, careText, caseHeading, caseNameShown, confidenceText, FIT_LABELS, FLAG_LABELS, outcomeText, patientLine, problemCount, SEVERITY_LABELS
} from './summary-words.js';
import type {
    Banner, CaseSummary, Citation, DerivedLabRow, DoneItem, DrugOption, LabFlag, LabRow, SourcedText, TextPosition
} from './summary-types.js';

export interface HtmlOptions {
    mode: 'webview' | 'standalone';
    /** Webview: the nonce of the one script allowed to run. */
    nonce?: string;
    /** Webview: `webview.cspSource`, the origin of the stylesheet and script. */
    cspSource?: string;
    styleUri?: string;
    scriptUri?: string;
    /** A calm line above the summary (syntax errors, a summary not yet updated). */
    banner?: string | Banner;
    /** Webview: what the preview script keeps to restore itself after a reload. */
    state?: unknown;
}

export function renderHtml(summaries: CaseSummary[], options: HtmlOptions): string {
    const title = summaries.length === 1 ? `Summary: ${caseHeading(summaries[0])}` : 'Management summary';
    const content = renderContent(summaries, options);
    return options.mode === 'webview' ? webviewPage(title, content, options) : standalonePage(title, content);
}

/** The page's body alone, for the preview to swap in place (its scroll position stays). */
export function renderContent(summaries: CaseSummary[], options: Pick<HtmlOptions, 'mode' | 'banner'>): string {
    const reveal = options.mode === 'webview';
    const banner = typeof options.banner === 'string' ? { text: options.banner } : options.banner;
    return html`${banner && html`<div class="banner" role="status">${banner.text}${reveal && banner.at && html` ${where(banner.at, reveal, 'Go to')}`}</div>`}${
        summaries.length === 0
            ? html`<p class="empty">${banner ? '' : 'No case in this file yet: a case starts with '}${!banner && html`<code>case Name { … }</code>.`}</p>`
            : summaries.map(summary => caseArticle(summary, reveal))
    }`.value;
}

function standalonePage(title: string, content: string): string {
    // No script at all, and a style hash rather than 'unsafe-inline': nothing in the page can add either.
    return pinnedStylePage({ title, css: standaloneStylesheet(), rootClass: 'calc-summary', rootId: 'calc-summary-root', content });
}

function webviewPage(title: string, content: string, options: HtmlOptions): string {
    const { nonce = '', cspSource = '', styleUri = '', scriptUri = '', state } = options;
    return sharedWebviewPage({ title, rootClass: 'calc-summary', content, nonce, cspSource, styleUri, scriptUri, state, imgSrc: 'data:' });
}

function anchor(summary: CaseSummary, part: string): string {
    return `${part}-${summary.name.replace(/[^A-Za-z0-9_-]/g, '_')}`;
}


/** A position: a control that reveals it in the preview, plain text on paper. */
export function where(at: TextPosition, reveal: boolean, verb = 'Line'): Html {
    const text = `${verb === 'Line' ? 'line' : `${verb} line`} ${at.line}`;
    return reveal
        ? html`<button type="button" class="reveal" data-line="${at.line}" data-column="${at.column}" title="Show line ${at.line}, column ${at.column} in the editor">${text}</button>`
        : html`<span class="where">${text}</span>`;
}

/** Citations of one case: numbered, Vancouver style, linking to the case's list of sources. */
interface References {
    cite(source: Citation): Html;
    sourced(value: SourcedText): Html;
}

function references(s: CaseSummary): References {
    const cite = (source: Citation) =>
        html`<sup class="cite"><a href="#${anchor(s, `source-${source.number}`)}" title="${source.short}">${source.number}</a></sup>`;
    return { cite, sourced: value => html`${value.text}${[value.source, ...(value.alsoSources ?? [])].map(cite)}` };
}

function caseArticle(s: CaseSummary, reveal: boolean): Html {
    const refs = references(s);
    return html`
<article class="case" id="${anchor(s, 'case')}">
${header(s)}
${glance(s)}
${presentation(s)}
${lesions(s)}
${labs(s, refs)}
${classification(s, refs)}
${management(s, refs, reveal)}
${s.followup && html`<section><h2>Follow-up and outcome</h2><p>${outcomeText(s.followup)}</p></section>`}
${care(s, refs)}
${findings(s, reveal)}
${sources(s)}
</article>`;
}

function nameShown(s: CaseSummary): Html | string {
    const shown = caseNameShown(s);
    return shown.code ? html`<code>${shown.code}</code>` : shown.text!;
}

function header(s: CaseSummary): Html {
    const patient = patientLine(s.patient);
    return html`<header>
<p class="eyebrow">Management summary · ${nameShown(s)}</p>
<h1>${caseHeading(s)}</h1>
${patient && html`<p class="patient">${patient}</p>`}
${s.reportSource && html`<p class="report-source">Report: ${s.reportSource}</p>`}
</header>`;
}

function glance(s: CaseSummary): Html {
    const c = s.classification;
    const done = s.management.done;
    return html`<dl class="glance">
<dt>Classification</dt><dd><span class="headline">${c.headline}</span> <span class="muted">(${confidenceText(s)})</span></dd>
<dt>Approach</dt><dd>${approachAtAGlance(s)}</dd>
<dt>Done</dt><dd>${done.length ? done.map(d => d.text).join('; ') : 'No treatment recorded'}</dd>
${s.followup && html`<dt>Outcome</dt><dd>${outcomeText(s.followup)}</dd>`}
<dt>In the file</dt><dd><a class="${worstProblem(s)}" href="#${anchor(s, 'findings')}">${problemCount(s.findings)}</a></dd>
</dl>`;
}

/** Colours the count of problems in the at-a-glance box like the worst of them. */
function worstProblem(s: CaseSummary): string {
    const worst = (['error', 'warning'] as const).find(severity => s.findings.some(f => f.severity === severity));
    return worst ? `severity-${worst}` : '';
}

function presentation(s: CaseSummary): Html {
    const p = s.presentation;
    const rows: Array<[string, Html | string | undefined]> = [
        ['Complaint', p.complaint],
        ['Onset', p.onset],
        ['Course', p.course],
        ['History', p.history.length ? html`${p.history.map((h, i) => html`${i > 0 && '; '}${h.label}${h.kind !== 'condition' && html` <span class="muted">(${h.kind})</span>`}${h.note && html` <span class="muted">— ${h.note}</span>`}`)}` : undefined],
        ['Family history', p.family],
        ['Smoking', p.smoking],
        ['Opinions', p.opinions.length ? html`${p.opinions.map((o, i) => html`${i > 0 && '; '}${o.specialty}: ${o.text}`)}` : undefined]
    ];
    const shown = rows.filter(([, value]) => value !== undefined);
    if (shown.length === 0) return html``;
    return html`<section><h2>Presentation</h2><dl class="facts">${shown.map(([name, value]) => html`<dt>${name}</dt><dd>${value}</dd>`)}</dl></section>`;
}

function lesions(s: CaseSummary): Html {
    if (s.lesions.length === 0 && s.otherImaging.length === 0 && s.otherBiopsies.length === 0) return html``;
    const rows = s.lesions.map(l => {
        const described = [
            l.count !== undefined ? `${l.count} ${l.count === 1 ? 'lesion' : 'lesions'}` : undefined,
            l.morphology.length ? l.morphology.join(', ') : undefined,
            l.fixedTo ? `fixed to ${l.fixedTo}` : undefined,
            l.pain ? (l.pain === 'none' ? 'painless' : `pain ${l.pain}`) : undefined,
            l.ulcerated === undefined ? undefined : l.ulcerated ? 'ulcerated' : 'not ulcerated',
            l.discharge ? `discharge: ${l.discharge}` : undefined
        ].filter(Boolean).join('; ');
        const studies = [...l.imaging.map(i => html`<li><strong>${i.modality}:</strong> ${i.finding}</li>`), ...l.biopsies.map(b => html`<li><strong>Biopsy:</strong> ${b}</li>`)];
        return html`<tr><td><strong>${l.name}</strong></td><td>${l.site ?? '—'}</td><td class="num">${l.size ?? '—'}</td><td>${described || '—'}</td><td>${studies.length ? html`<ul>${studies}</ul>` : html`<span class="muted">none recorded</span>`}</td></tr>`;
    });
    const others = [...s.otherImaging.map(i => html`<li><strong>${i.modality}:</strong> ${i.finding}</li>`), ...s.otherBiopsies.map(b => html`<li><strong>Biopsy:</strong> ${b}</li>`)];
    return html`<section><h2>Lesions</h2>
${rows.length > 0 && html`<table><thead><tr><th>Lesion</th><th>Site</th><th>Size</th><th>Description</th><th>Imaging and biopsy</th></tr></thead><tbody>${rows}</tbody></table>`}
${others.length > 0 && html`<h3>Imaging and biopsy not tied to a lesion</h3><ul>${others}</ul>`}
</section>`;
}

function flag(value: LabFlag, note?: string): Html {
    return html`<span class="flag flag-${value}">${FLAG_LABELS[value]}</span>${note && html`<span class="sub">${note}</span>`}`;
}

function result(written: string, other: string | undefined): Html {
    return html`<td class="num"><strong>${written}</strong>${other && html`<span class="sub">${other}</span>`}</td>`;
}

function labRow(row: LabRow, { cite }: References): Html {
    const reference = row.interval
        ? html`${row.interval}${row.intervalInWrittenUnit && html` <span class="muted">(${row.intervalInWrittenUnit})</span>`}<span class="sub">${row.intervalLabel}${row.intervalSource && cite(row.intervalSource)}</span>`
        : html`<span class="muted">—</span>`;
    return html`<tr><td>${row.analyte}${row.panel && html`<span class="sub">${row.panel}</span>`}</td>${result(row.written, row.other)}<td>${reference}</td><td>${flag(row.flag, row.note)}</td></tr>`;
}

function derivedRow(row: DerivedLabRow, { cite }: References): Html {
    return html`<tr><td>${row.name}<span class="sub formula">${row.formula}</span></td>${result(row.value, row.other)}<td>${row.reference}<span class="sub">${row.referenceNote}${row.sources.map(cite)}</span></td><td>${flag(row.flag)}</td></tr>`;
}

function labs(s: CaseSummary, refs: References): Html {
    const { rows, derived, ageNote } = s.labs;
    if (rows.length === 0) return html`<section><h2>Laboratory</h2><p class="muted">No labs recorded.</p></section>`;
    return html`<section><h2>Laboratory</h2>
<table class="labs"><thead><tr><th>Test</th><th>Result <span class="muted">(other unit)</span></th><th>Reference interval used</th><th>Flag</th></tr></thead>
<tbody>${rows.map(row => labRow(row, refs))}${derived.length > 0 && html`<tr class="group"><th colspan="4">Derived</th></tr>${derived.map(row => derivedRow(row, refs))}`}</tbody></table>
${ageNote && html`<p class="muted">${ageNote}.</p>`}
</section>`;
}

function classification(s: CaseSummary, { sourced }: References): Html {
    const c = s.classification;
    const declared = [c.declared.type && `type ${c.declared.type.toLowerCase()}`, c.declared.extent && `extent ${c.declared.extent}`, c.declared.subtype && `subtype ${c.declared.subtype}`].filter(Boolean).join(', ');
    return html`<section><h2>Classification</h2>
<p><span class="headline">${c.headline}</span> <span class="muted">(${confidenceText(s)})</span></p>
${c.reasons.length > 0 && html`<h3>Because</h3><ul>${c.reasons.map(r => html`<li>${r}</li>`)}</ul>`}
${c.missing.length > 0 && html`<p><strong>To settle it, record:</strong> ${c.missing.join(', ')}.</p>`}
${c.rules.length > 0 && html`<ul class="muted">${c.rules.map(r => html`<li>${sourced(r)}</li>`)}</ul>`}
${c.wouldChange.length > 0 && html`<h3>What would change it</h3><ul>${c.wouldChange.map(w => html`<li>${w}</li>`)}</ul>`}
${declared && html`<p class="muted">Declared in the file: ${declared}.</p>`}
${c.typeDefinition && html`<p class="muted">${c.type}: ${sourced(c.typeDefinition)}</p>`}
${c.extentDefinition && html`<p class="muted">${c.extent}: ${sourced(c.extentDefinition)}</p>`}
</section>`;
}

function doneItem(item: DoneItem, reveal: boolean, { cite }: References): Html {
    const off = item.withinRegimen === false || item.warned === true;
    const mark = off ? '⚠ ' : item.withinRegimen ? '✓ ' : '';
    return html`<li>${item.text} <span class="muted">·</span> ${where(item, reveal)}${item.detail && html`<span class="sub${off ? ' off' : ''}">${mark}${item.detail}${item.detailSource && cite(item.detailSource)}</span>`}</li>`;
}

function drugRow(drug: DrugOption, { cite, sourced }: References): Html {
    const notes = [
        ...(drug.indication ? [html`${sourced(drug.indication)}`] : []),
        ...drug.discrepancies.map(d => html`⚠ ${sourced(d)}`),
        ...drug.cautions.map(c => html`⚠ ${sourced(c)}`),
        ...(drug.adverseEffects.length ? [html`Adverse effects: ${drug.adverseEffects.map((a, i) => html`${i > 0 && ', '}${inSentence(a.text)}`)}${cite(drug.adverseEffects[0].source)}`] : [])
    ];
    const forPatient = [
        ...(drug.given ?? []).map(g => html`<li><strong>Given:</strong> ${g.dose ?? g.text}${g.detail && html` — ${g.detail}${g.detailSource && cite(g.detailSource)}`}</li>`),
        ...drug.regimens.filter(r => r.forPatient).map(r => html`<li>${r.forPatient}</li>`)
    ];
    return html`<tr class="${drug.given ? 'given' : ''}"><td><strong>${drug.label}</strong><span class="sub">${drug.drugClass}</span></td><td>${drug.regimens.length ? html`<ul class="plain">${drug.regimens.map(r => html`<li>${r.text}${r.population && html` <span class="muted">(${r.population})</span>`}${cite(r.source)}</li>`)}</ul>` : html`<span class="muted">no dose per time reported</span>`}</td><td>${forPatient.length ? html`<ul class="plain">${forPatient}</ul>` : html`<span class="muted">—</span>`}</td><td>${notes.length ? html`<ul class="plain">${notes.map(n => html`<li>${n}</li>`)}</ul>` : ''}</td></tr>`;
}

function management(s: CaseSummary, refs: References, reveal: boolean): Html {
    const { sourced } = refs;
    const m = s.management;
    const weight = s.patient.weight;
    return html`<section><h2>Management</h2>
<h3>Done</h3>
${m.done.length ? html`<ul class="done">${m.done.map(item => doneItem(item, reveal, refs))}</ul>` : html`<p class="muted">No treatment recorded.</p>`}
<h3>${m.planFor ? `Plan for this case: ${m.planFor}` : 'Plan for this case'}</h3>
${m.extentReason !== undefined && html`<p>${capitalise(m.extentReason)}${s.classification.extent && html` <span class="muted">(${s.classification.extent.toLowerCase()})</span>`}.</p>`}
<ol class="options">${m.approaches.map(a => html`<li class="option ${a.fit}"><h3>${a.title} <span class="fit">${FIT_LABELS[a.fit]}</span></h3><p class="why">Why: ${a.because}.</p>${a.text.map(t => html`<p>${sourced(t)}</p>`)}${a.against.map(t => html`<p class="against">Not: ${sourced(t)}</p>`)}${a.uses.length > 0 && html`<p class="muted">Uses: ${a.uses.join(', ')}.</p>`}</li>`)}</ol>
${m.cautions.length > 0 && html`<h3>Cautions for the drugs given</h3><ul>${m.cautions.map(c => html`<li><strong>${c.drug}:</strong> ${sourced(c)}</li>`)}</ul>`}
<h3>${m.planFor ? `Drugs reported for ${m.planFor}` : 'Drugs given'}</h3>
${m.drugs.length === 0 ? html`<p class="muted">No drug is part of this plan.</p>` : html`<table class="drugs"><thead><tr><th>Drug</th><th>Reported regimen</th><th>${weight ? `For this patient (${weight})` : 'For this patient'}</th><th>Notes and cautions</th></tr></thead>
<tbody>${m.drugs.map(drug => drugRow(drug, refs))}</tbody></table>`}
${!weight && html`<p class="muted">Record the weight to see per-kg doses for this patient.</p>`}
<h3>Lifestyle measures</h3>
<ul class="checks">${m.lifestyle.map(l => html`<li class="${l.advised ? 'advised' : ''}"><span class="mark">${l.advised ? '✓' : '○'}</span><strong>${l.label}</strong>${l.advised ? ' (advised)' : ''} <span class="muted">— ${sourced(l.text)}</span></li>`)}</ul>
</section>`;
}

function findings(s: CaseSummary, reveal: boolean): Html {
    return html`<section id="${anchor(s, 'findings')}"><h2>In the file: ${problemCount(s.findings).toLowerCase()}</h2>
${s.findings.length === 0 ? html`<p class="muted">Nothing to report.</p>` : html`<ul class="findings">${s.findings.map(f => html`<li><span class="severity severity-${f.severity}">${SEVERITY_LABELS[f.severity]}</span><span>${f.message} <code class="muted">${f.code}</code></span>${where(f, reveal)}</li>`)}</ul>`}
</section>`;
}

/** The CARE checklist: the items covered in a line, each one missing with what to write. */
function care(s: CaseSummary, refs: References): Html {
    const { covered, total, items } = s.care;
    const done = items.filter(i => i.covered);
    const missing = items.filter(i => !i.covered);
    const written = items.filter(i => i.text !== undefined);
    return html`<section class="care"><h2>Case report (CARE)</h2>${written.length > 0 && html`
<dl class="facts">${written.map(i => html`<dt>${i.label}</dt><dd>${i.text}</dd>`)}</dl>`}
<p>${careText(s.care)}${refs.cite(s.care.source)}${covered < total && ' To add:'}</p>
${missing.length > 0 && html`<ul class="care-missing">${missing.map(i => html`<li>${i.label}: <code>${i.write}</code></li>`)}</ul>`}
${done.length > 0 && html`<p class="muted">Covered: ${done.map(i => i.label).join(', ')}.</p>`}
</section>`;
}

function sources(s: CaseSummary): Html {
    if (s.sources.length === 0) return html``;
    return html`<footer><h2>Sources</h2><ol class="sources">${s.sources.map(source => html`<li id="${anchor(s, `source-${source.number}`)}" value="${source.number}"><strong>${source.short}.</strong> ${source.citation}${source.url && /^https?:\/\//.test(source.url) && html` <a href="${source.url}">${source.url}</a>`}</li>`)}</ol></footer>`;
}
