/**
 * CohortModel → GitHub-flavoured Markdown, the same content as the HTML page with the
 * charts as tables and each lab distribution as its figures. Every piece of text is escaped.
 */
import { formatNumber } from '../clinical/format-number.js';
import { escapeMarkdown as md } from '../html/escape.js';
import type { Citation } from '../summary/summary-types.js';
import type { CohortModel, CountRow, LabDistribution } from './cohort-types.js';
import { cohortHeadline, cohortSubline, flagCounts, incompleteText, leftOut, plural, typeText } from './cohort-words.js';

/** Up to this many values are listed one by one; a larger cohort has its figures only. */
const LISTED_VALUES = 50;

const cite = (source: Citation) => `<sup>${Number(source.number)}</sup>`;

function table(head: string[], rows: string[][]): string[] {
    return [`| ${head.join(' | ')} |`, `|${head.map(() => ' --- ').join('|')}|`, ...rows.map(cells => `| ${cells.map(c => c || '—').join(' | ')} |`)];
}

function counts(rows: CountRow[], what: string): string[] {
    return rows.length ? table([what, 'Cases'], rows.map(r => [md(r.label), String(r.count)])) : [`*No ${what.toLowerCase()} recorded.*`];
}

export function renderCohortMarkdown(model: CohortModel): string {
    const incomplete = incompleteText(model);
    const t = model.treatments;
    const lines = [
        `# Cohort: ${md(cohortHeadline(model))}`,
        '',
        md(cohortSubline(model)),
        ...(incomplete ? ['', `> ${md(incomplete)}`] : []),
        '', '## Type', '', ...counts(model.byType, 'Type'),
        '', '## Extent', '', ...counts(model.byExtent, 'Extent'),
        '', '## Associated conditions', '', ...counts(model.conditions, 'Condition'),
        '', '## Laboratory', '',
        'Only usable values; each judged in its own case against its own interval.',
        ...[model.labs.calcium, model.labs.phosphate, model.labs.product].flatMap(labLines),
        '', '## Treatments', '',
        ...counts(t.drugs, 'Drug'),
        '', ...counts([t.excisions, ...t.procedures].filter(r => r.count > 0), 'Procedure'),
        '', t.untreated === 0 ? 'Every case records a treatment.' : `${plural(t.untreated, 'case records', 'cases record')} no drug, excision or procedure.`,
        '', '## Outcomes', '', ...counts(model.outcomes, 'Outcome'),
        '', '## Cases', '',
        ...table(['File', 'Case', 'Type', 'Extent', 'Confidence', 'Errors', 'Warnings'], model.cases.map(c => [
            md(c.file), `\`${c.name.replace(/`/g, '')}\`${c.title ? ` ${md(c.title)}` : ''}`, md(typeText(c)), md(c.extent), c.confidence, String(c.errors), String(c.warnings)
        ])),
        ...(model.sources.length ? ['', '## Sources', '', ...model.sources.map(s => `${s.number}. **${md(s.short)}.** ${md(s.citation)}${s.url && /^https?:\/\//.test(s.url) ? ` <${s.url.replace(/[<>\s]/g, encodeURIComponent)}>` : ''}`)] : [])
    ];
    return `${lines.join('\n')}\n`;
}

function labLines(d: LabDistribution): string[] {
    const figures = d.points.length ? `${md(d.summary ?? '')}; ${md(flagCounts(d))}` : 'no case has a usable value';
    const left = leftOut(d);
    return [
        '', `### ${md(d.label)} (${md(d.unit)})`, '',
        `- ${figures}`,
        ...(d.band ? [`- Reference interval of every case plotted: ${md(d.band.text)}${d.band.source ? cite(d.band.source) : ''}`] : []),
        ...(d.bandNote ? [`- ${md(d.bandNote)}`] : []),
        ...(d.threshold ? [`- Threshold: ${md(d.threshold.text)}${cite(d.threshold.source)}`] : []),
        ...(d.points.length > 0 && d.points.length <= LISTED_VALUES
            ? [`- Values: ${[...d.points].sort((a, b) => a.value - b.value).map(p => `${formatNumber(p.value)}${p.flag === 'normal' ? '' : ` (${p.flag})`}`).join(', ')}`]
            : []),
        ...(left ? [`- ${md(left)}`] : [])
    ];
}
