/** Words both cohort renderers use, so the HTML and the Markdown say the same thing. */
import { candidateWords } from '../clinical/candidate-words.js';
import type { CohortCase, CohortModel, LabDistribution, PointFlag } from './cohort-types.js';

export function plural(count: number, word: string, words = `${word}s`): string {
    return `${count} ${count === 1 ? word : words}`;
}

/** "4 cases in 4 files". */
export function cohortHeadline(model: CohortModel): string {
    return `${plural(model.cases.length, 'case')} in ${plural(model.files, 'file')}`;
}

/** "2 definite, 1 probable, 1 undetermined · 3 errors, 6 warnings". */
export function cohortSubline(model: CohortModel): string {
    const confidence = model.byConfidence.filter(c => c.count > 0).map(c => `${c.count} ${c.label.toLowerCase()}`).join(', ');
    return [confidence, problemTotals(model.cases)].filter(Boolean).join(' · ');
}

export function problemTotals(cases: CohortCase[]): string {
    const errors = cases.reduce((n, c) => n + c.errors, 0);
    const warnings = cases.reduce((n, c) => n + c.warnings, 0);
    return errors + warnings === 0 ? 'no errors or warnings' : `${plural(errors, 'error')}, ${plural(warnings, 'warning')}`;
}

/** The syntax errors that may hide cases, said once above the cohort. */
export function incompleteText(model: CohortModel): string | undefined {
    const files = model.incomplete;
    if (files.length === 0) return undefined;
    const named = files.slice(0, 3).map(f => f.file).join(', ');
    const more = files.length > 3 ? ` and ${plural(files.length - 3, 'other')}` : '';
    return `${plural(files.length, 'file has', 'files have')} syntax errors (${named}${more}): what they hide is missing from this cohort.`;
}

export const POINT_FLAG_LABELS: Record<PointFlag, string> = { low: 'low', normal: 'normal', high: 'high' };

/** "1 high, 2 normal" for the interval (or, for Ca × P, "1 above the threshold, 2 below"). */
export function flagCounts(distribution: LabDistribution): string {
    const count = (flag: PointFlag) => distribution.points.filter(p => p.flag === flag).length;
    if (distribution.threshold) return `${count('high')} above the threshold, ${count('normal')} not above`;
    return (['high', 'normal', 'low'] as const).filter(f => count(f) > 0).map(f => `${count(f)} ${POINT_FLAG_LABELS[f]}`).join(', ');
}

/** The cases a distribution leaves out, and why. */
export function leftOut(distribution: LabDistribution): string | undefined {
    const parts = [
        distribution.notUsable > 0 ? `${plural(distribution.notUsable, 'case')} with a value that is not usable (implausible, unit in doubt or contradicted)` : '',
        distribution.notRecorded > 0 ? `${plural(distribution.notRecorded, 'case')} with none recorded` : ''
    ].filter(Boolean);
    return parts.length ? `Not plotted: ${parts.join('; ')}.` : undefined;
}

/** "Dystrophic", or "Undetermined (between dystrophic and metastatic)", "Undetermined (metastatic not excluded)": the candidates as the diagnostic and the summary say them. */
export function typeText(c: CohortCase): string {
    return c.candidates.length > 0 ? `${c.type} (${candidateWords(c)})` : c.type;
}
