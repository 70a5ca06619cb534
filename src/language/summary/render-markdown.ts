/**
 * CaseSummary[] → GitHub-flavoured Markdown, the same content as the HTML page: for
 * pasting into notes, a pull request or a wiki. Every piece of text is escaped.
 */
import { inSentence } from '../clinical/in-sentence.js';
import { escapeMarkdown as md } from '../html/escape.js';
import {
    approachAtAGlance, capitalise, careText, caseHeading, caseNameShown, confidenceText, FIT_LABELS, FLAG_LABELS, outcomeText, patientLine, problemCount, SEVERITY_LABELS
} from './summary-words.js';
import type { Banner, CaseSummary, Citation, DrugOption, LabFlag, SourcedText } from './summary-types.js';

export function renderMarkdown(summaries: CaseSummary[], banner?: string | Banner): string {
    const bannerText = typeof banner === 'string' ? banner : banner?.text;
    const blocks = [
        ...(bannerText ? [`> ${md(bannerText)}`] : []),
        ...(summaries.length === 0 ? ['*No case in this file yet.*'] : summaries.map(caseMarkdown))
    ];
    return `${blocks.join('\n\n---\n\n')}\n`;
}

/** Numbered as in the list of sources at the end (the number is ours, never the file's). */
const cite = (...sources: Citation[]) => `<sup>${sources.map(source => Number(source.number)).join(', ')}</sup>`;
const sourced = (value: SourcedText) => `${md(value.text)}${cite(value.source, ...(value.alsoSources ?? []))}`;
const flag = (value: LabFlag) => value === 'normal' ? FLAG_LABELS.normal : `**${FLAG_LABELS[value]}**`;

function table(head: string[], rows: string[][]): string[] {
    return [`| ${head.join(' | ')} |`, `|${head.map(() => ' --- ').join('|')}|`, ...rows.map(cells => `| ${cells.map(c => c || '—').join(' | ')} |`)];
}

function nameShown(s: CaseSummary): string {
    const shown = caseNameShown(s);
    return shown.code ? `\`${shown.code.replace(/`/g, '')}\`` : md(shown.text!);
}

function caseMarkdown(s: CaseSummary): string {
    const c = s.classification;
    const m = s.management;
    const lines: string[] = [
        `# ${md(caseHeading(s))}`,
        '',
        `Management summary of ${nameShown(s)}${patientLine(s.patient) ? ` · ${md(patientLine(s.patient))}` : ''}`,
        ...(s.reportSource ? ['', `Report: ${md(s.reportSource)}`] : []),
        '',
        `- **Classification:** ${md(c.headline)} (${md(confidenceText(s))})`,
        `- **Approach:** ${md(approachAtAGlance(s))}`,
        `- **Done:** ${m.done.length ? m.done.map(d => md(d.text)).join('; ') : 'No treatment recorded'}`,
        ...(s.followup ? [`- **Outcome:** ${md(outcomeText(s.followup))}`] : []),
        `- **In the file:** ${problemCount(s.findings)}`,
        ...presentation(s),
        ...lesions(s),
        ...labs(s),
        '', '## Classification', '',
        `**${md(c.headline)}** (${md(confidenceText(s))})`,
        ...(c.reasons.length ? ['', 'Because:', '', ...c.reasons.map(r => `- ${md(r)}`)] : []),
        ...(c.missing.length ? ['', `**To settle it, record:** ${c.missing.map(md).join(', ')}.`] : []),
        ...(c.rules.length ? ['', c.rules.map(sourced).join(' ')] : []),
        ...(c.wouldChange.length ? ['', '**What would change it:**', '', ...c.wouldChange.map(w => `- ${md(w)}`)] : []),
        ...(c.typeDefinition ? ['', `${md(c.type ?? '')}: ${sourced(c.typeDefinition)}`] : []),
        ...(c.extentDefinition ? ['', `${md(c.extent ?? '')}: ${sourced(c.extentDefinition)}`] : []),
        ...management(s),
        ...(s.followup ? ['', '## Follow-up and outcome', '', md(outcomeText(s.followup))] : []),
        '', '## Case report (CARE)', '',
        ...s.care.items.filter(i => i.text !== undefined).flatMap(i => [`**${md(i.label)}:** ${md(i.text!)}`, '']),
        `${md(careText(s.care))}${cite(s.care.source)}${s.care.covered < s.care.total ? ' To add:' : ''}`,
        ...(s.care.covered < s.care.total ? ['', ...s.care.items.filter(i => !i.covered).map(i => `- ${md(i.label)}: \`${i.write.replace(/`/g, '')}\``)] : []),
        '', `## In the file: ${problemCount(s.findings).toLowerCase()}`, '',
        ...(s.findings.length
            ? s.findings.map(f => `- **${SEVERITY_LABELS[f.severity]}** (line ${f.line}, column ${f.column}): ${md(f.message)} \`${f.code}\``)
            : ['Nothing to report.']),
        ...(s.sources.length ? ['', '## Sources', '', ...s.sources.map((source, i) => `${i + 1}. **${md(source.short)}.** ${md(source.citation)}${source.url && /^https?:\/\//.test(source.url) ? ` <${source.url.replace(/[<>\s]/g, encodeURIComponent)}>` : ''}`)] : [])
    ];
    return lines.join('\n');
}

function presentation(s: CaseSummary): string[] {
    const p = s.presentation;
    const rows: Array<[string, string | undefined]> = [
        ['Complaint', p.complaint && md(p.complaint)],
        ['Onset', p.onset && md(p.onset)],
        ['Course', p.course && md(p.course)],
        ['History', p.history.length ? p.history.map(h => `${md(h.label)}${h.kind !== 'condition' ? ` (${h.kind})` : ''}${h.note ? ` — ${md(h.note)}` : ''}`).join('; ') : undefined],
        ['Family history', p.family && md(p.family)],
        ['Smoking', p.smoking && md(p.smoking)],
        ['Opinions', p.opinions.length ? p.opinions.map(o => `${md(o.specialty)}: ${md(o.text)}`).join('; ') : undefined]
    ];
    const shown = rows.filter(([, value]) => value);
    return shown.length ? ['', '## Presentation', '', ...shown.map(([name, value]) => `- **${name}:** ${value}`)] : [];
}

function lesions(s: CaseSummary): string[] {
    if (s.lesions.length === 0 && s.otherImaging.length === 0 && s.otherBiopsies.length === 0) return [];
    const rows = s.lesions.map(l => [
        `**${md(l.name)}**`,
        md(l.site ?? ''),
        md(l.size ?? ''),
        [l.count !== undefined ? `${l.count} ${l.count === 1 ? 'lesion' : 'lesions'}` : '', l.morphology.map(md).join(', '),
            l.fixedTo ? `fixed to ${md(l.fixedTo)}` : '', l.pain ? (l.pain === 'none' ? 'painless' : `pain ${md(l.pain)}`) : '',
            l.ulcerated === undefined ? '' : l.ulcerated ? 'ulcerated' : 'not ulcerated', l.discharge ? `discharge: ${md(l.discharge)}` : ''
        ].filter(Boolean).join('; '),
        [...l.imaging.map(i => `${md(i.modality)}: ${md(i.finding)}`), ...l.biopsies.map(b => `Biopsy: ${md(b)}`)].join('<br>')
    ]);
    const others = [...s.otherImaging.map(i => `- ${md(i.modality)}: ${md(i.finding)}`), ...s.otherBiopsies.map(b => `- Biopsy: ${md(b)}`)];
    return [
        '', '## Lesions', '',
        ...(rows.length ? table(['Lesion', 'Site', 'Size', 'Description', 'Imaging and biopsy'], rows) : []),
        ...(others.length ? ['', 'Imaging and biopsy not tied to a lesion:', '', ...others] : [])
    ];
}

function labs(s: CaseSummary): string[] {
    const { rows, derived, ageNote } = s.labs;
    if (rows.length === 0) return ['', '## Laboratory', '', '*No labs recorded.*'];
    const result = (written: string, other?: string) => `**${md(written)}**${other ? ` (${md(other)})` : ''}`;
    const labRows = rows.map(r => [
        `${md(r.analyte)}${r.panel ? `, ${md(r.panel)}` : ''}`,
        result(r.written, r.other),
        r.interval ? `${md(r.interval)}${r.intervalInWrittenUnit ? ` (${md(r.intervalInWrittenUnit)})` : ''}, ${md(r.intervalLabel ?? '')}${r.intervalSource ? cite(r.intervalSource) : ''}` : '',
        `${flag(r.flag)}${r.note ? ` ${md(r.note)}` : ''}`
    ]);
    const derivedRows = derived.map(d => [
        `${md(d.name)}: ${md(d.formula)}`, result(d.value, d.other), `${md(d.reference)}${d.referenceNote ? `, ${md(d.referenceNote)}` : ''}${d.sources.map(c => cite(c)).join('')}`, flag(d.flag)
    ]);
    return [
        '', '## Laboratory', '',
        ...table(['Test', 'Result (other unit)', 'Reference interval used', 'Flag'], [...labRows, ...derivedRows]),
        ...(ageNote ? ['', `*${md(ageNote)}.*`] : [])
    ];
}

function drugRow(drug: DrugOption): string[] {
    const notes = [
        ...(drug.indication ? [sourced(drug.indication)] : []),
        ...drug.discrepancies.map(d => `⚠ ${sourced(d)}`),
        ...drug.cautions.map(c => `⚠ ${sourced(c)}`),
        ...(drug.adverseEffects.length ? [`Adverse effects: ${drug.adverseEffects.map(a => md(inSentence(a.text))).join(', ')}${cite(drug.adverseEffects[0].source)}`] : [])
    ];
    const forPatient = [
        ...(drug.given ?? []).map(g => `**Given:** ${md(g.dose ?? g.text)}${g.detail ? ` — ${md(g.detail)}${g.detailSource ? cite(g.detailSource) : ''}` : ''}`),
        ...drug.regimens.filter(r => r.forPatient).map(r => md(r.forPatient!))
    ];
    return [
        `**${md(drug.label)}**${drug.given ? ' (given)' : ''}<br>${md(drug.drugClass)}`,
        drug.regimens.map(r => `${md(r.text)}${r.population ? ` (${md(r.population)})` : ''}${cite(r.source)}`).join('<br>'),
        forPatient.join('<br>'),
        notes.join('<br>')
    ];
}

function management(s: CaseSummary): string[] {
    const m = s.management;
    return [
        '', '## Management', '', '### Done', '',
        ...(m.done.length
            ? m.done.map(d => `- ${md(d.text)} (line ${d.line})${d.detail ? `: ${d.withinRegimen === false || d.warned ? '⚠ ' : ''}${md(d.detail)}${d.detailSource ? cite(d.detailSource) : ''}` : ''}`)
            : ['*No treatment recorded.*']),
        '', `### ${m.planFor ? `Plan for this case: ${md(m.planFor)}` : 'Plan for this case'}`, '',
        ...(m.extentReason !== undefined ? [`${md(capitalise(m.extentReason))}${s.classification.extent ? ` (${md(s.classification.extent.toLowerCase())})` : ''}.`, ''] : []),
        ...m.approaches.map((a, i) => [
            `${i + 1}. **${md(a.title)}** — ${FIT_LABELS[a.fit]}. Why: ${md(a.because)}. ${a.text.map(sourced).join(' ')}`,
            ...a.against.map(t => `   Not: ${sourced(t)}`),
            ...(a.uses.length ? [`   Uses: ${md(a.uses.join(', '))}.`] : [])
        ].join('\n')),
        ...(m.cautions.length ? ['', '### Cautions for the drugs given', '', ...m.cautions.map(c => `- **${md(c.drug)}:** ${sourced(c)}`)] : []),
        '', `### ${m.planFor ? `Drugs reported for ${md(m.planFor)}` : 'Drugs given'}`, '',
        ...(m.drugs.length === 0 ? ['*No drug is part of this plan.*']
            : table(['Drug', 'Reported regimen', s.patient.weight ? `For this patient (${md(s.patient.weight)})` : 'For this patient', 'Notes and cautions'], m.drugs.map(drugRow))),
        '', '### Lifestyle measures', '',
        ...m.lifestyle.map(l => `- ${l.advised ? '✓' : '○'} **${md(l.label)}**${l.advised ? ' (advised)' : ''} — ${sourced(l.text)}`)
    ];
}
