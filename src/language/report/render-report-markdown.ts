/** CaseReport[] → Markdown: the manuscript for a journal's submission system or a repository; images by their relative path. */
import { escapeMarkdown } from '../html/escape.js';
import { problemCount, SEVERITY_LABELS } from '../summary/summary-words.js';
import type { Banner } from '../summary/summary-types.js';
import type { CaseReport, ReportTable } from './report-types.js';

export function renderReportMarkdown(reports: CaseReport[], banner?: Banner): string {
    const out: string[] = [];
    if (banner) out.push(`> ${escapeMarkdown(banner.text)}`, '');
    for (const report of reports) {
        if (report.warnings.length > 0) {
            out.push(`> **Before you submit: ${problemCount(report.warnings).toLowerCase()} in the file**`, '>');
            for (const f of report.warnings) out.push(`> - ${SEVERITY_LABELS[f.severity]} (line ${f.line}, \`${f.code}\`): ${escapeMarkdown(f.message)}`);
            out.push('');
        }
        out.push(`# ${escapeMarkdown(report.title ?? report.name)}`, '');
        if (report.keywords.length) out.push(`**Keywords:** ${escapeMarkdown(report.keywords.join('; '))}`, '');
        for (const section of report.sections) {
            out.push(`## ${section.heading}`, '');
            for (const p of section.paragraphs) out.push(escapeMarkdown(p), '');
            for (const t of section.tables) out.push(...table(t), '');
            if (section.missing) out.push(`*${escapeMarkdown(section.missing)}*`, '');
        }
        if (report.figures.length) {
            out.push('## Figures', '');
            for (const f of report.figures) out.push(`![Figure ${f.number}](<${f.image.replace(/[<>]/g, '')}>)`, '', escapeMarkdown(f.legend), '');
        }
        if (report.references.length) {
            out.push('## References', '');
            for (const r of report.references) out.push(`${r.number}. ${escapeMarkdown(r.text)}`);
            out.push('');
        }
    }
    return `${out.join('\n').trimEnd()}\n`;
}

function table(t: ReportTable): string[] {
    const row = (cells: string[]) => `| ${cells.map(c => escapeMarkdown(c).replace(/\|/g, '\\|')).join(' | ')} |`;
    return [`**${escapeMarkdown(t.title)}**`, '', row(t.header), `|${t.header.map(() => '---').join('|')}|`, ...t.rows.map(row)];
}
