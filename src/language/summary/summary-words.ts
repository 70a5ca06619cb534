/** Words both renderers use, so the HTML and the Markdown say the same thing. */
import type { ApproachOption, CareSummary, CaseSummary, FindingSeverity, FollowupSummary, LabFlag, PatientSummary, SummaryFinding } from './summary-types.js';
import { candidateWords } from '../clinical/candidate-words.js';

export const FLAG_LABELS: Record<LabFlag, string> = {
    normal: 'Normal',
    low: '▼ Low',
    high: '▲ High',
    implausible: '✕ Implausible',
    'unit-suspect': '? Unit',
    'not-used': '✕ Not used',
    unread: 'Not read',
    'judged-corrected': 'See corrected',
    'not-judged': 'Not judged'
};

export const SEVERITY_LABELS: Record<FindingSeverity, string> = {
    error: 'Error',
    warning: 'Warning',
    information: 'Note',
    hint: 'Hint'
};

export const FIT_LABELS: Record<ApproachOption['fit'], string> = {
    suited: 'Suits this case',
    alternative: 'Also an option',
    'not-suited': 'Not for this case',
    'extent-unknown': 'Extent unknown'
};

export function patientLine(patient: PatientSummary): string {
    return [patient.age, patient.sex, patient.weight, patient.height].filter(Boolean).join(' · ');
}

export function outcomeText(followup: FollowupSummary): string {
    return `${followup.outcome} after ${followup.after}${followup.note ? `: ${followup.note}` : ''}`;
}

/** "7 of 13 items of the CARE case-report checklist are covered." */
export function careText(care: CareSummary): string {
    return `${care.covered === care.total ? 'All' : `${care.covered} of`} ${care.total} items of the CARE case-report checklist are covered.`;
}

/** "1 error, 2 warnings" — the notes (information) are listed but not counted as problems. */
export function problemCount(findings: SummaryFinding[]): string {
    const count = (severity: FindingSeverity) => findings.filter(f => f.severity === severity).length;
    const parts = [[count('error'), 'error'], [count('warning'), 'warning']] as const;
    const text = parts.filter(([n]) => n > 0).map(([n, word]) => `${n} ${word}${n === 1 ? '' : 's'}`).join(', ');
    return text || 'No errors or warnings';
}

/** The approaches this case points to, for the at-a-glance box. */
export function approachAtAGlance(summary: CaseSummary): string {
    const suited = summary.management.approaches.filter(a => a.fit === 'suited');
    return suited.length
        ? suited.map(a => a.title).join('; ')
        : capitalise(summary.management.extentReason ?? 'no approach is suited yet');
}

export function confidenceText(summary: CaseSummary): string {
    const c = summary.classification;
    return c.candidates.length > 0 ? candidateWords(c) : c.confidence;
}

export function caseHeading(summary: CaseSummary): string {
    return summary.title ?? (summary.name || UNNAMED);
}

/** The case's name as the summary's eyebrow shows it, in code, or that it has none. */
export function caseNameShown(summary: CaseSummary): { code?: string; text?: string } {
    return summary.name ? { code: summary.name } : { text: UNNAMED.toLowerCase() };
}

const UNNAMED = 'A case with no name';

export function capitalise(text: string): string {
    return text.charAt(0).toUpperCase() + text.slice(1);
}
