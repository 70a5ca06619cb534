/** A cohort as a file: the standalone page, Markdown or its data as JSON (the CLI and the editor's export). */
import type { CohortModel } from './cohort-types.js';
import { renderCohortHtml } from './render-cohort-html.js';
import { renderCohortMarkdown } from './render-cohort-markdown.js';

export type CohortFormat = 'html' | 'markdown' | 'json';

export const COHORT_FORMATS: CohortFormat[] = ['html', 'markdown', 'json'];

export function formatCohort(model: CohortModel, format: CohortFormat): string {
    if (format === 'json') return `${JSON.stringify(model, null, 2)}\n`;
    return format === 'markdown' ? renderCohortMarkdown(model) : renderCohortHtml(model, { mode: 'standalone' });
}

/** The format a file name asks for: .md and .markdown, .json, else the page. */
export function cohortFormatOf(fileName: string): CohortFormat {
    return /\.(md|markdown)$/i.test(fileName) ? 'markdown' : /\.json$/i.test(fileName) ? 'json' : 'html';
}
