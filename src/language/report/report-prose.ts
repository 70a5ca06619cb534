/**
 * The manuscript's generated prose, from the facts and the summary's labels: the patient
 * information, the clinical findings, the diagnostic assessment and the timeline (CARE items
 * 5–8). It restates what the file records; it adds no medical judgement of its own.
 */
import type { CaseFacts, FigureFact } from '../facts/case-facts.js';
import type { CaseSummary, LesionSummary, StudySummary } from '../summary/summary-types.js';
import type { ReportTable } from './report-types.js';

const PERSON: Record<string, [adult: string, child: string]> = { female: ['woman', 'girl'], male: ['man', 'boy'] };
/** The age from which the prose says woman or man rather than girl or boy (years) [E]. */
const ADULT_YEARS = 18;

export function lowerFirst(text: string): string {
    return /^[A-Z][a-z]/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

export function sentence(text: string): string {
    const trimmed = text.trim();
    return trimmed === '' ? '' : `${trimmed.charAt(0).toUpperCase()}${trimmed.slice(1)}${/[.!?]$/.test(trimmed) ? '' : '.'}`;
}

/** "(Figure 1, 2)" for the figures of a lesion (and of one of its studies when `modality` is given). */
export function figureMention(figures: FigureFact[], lesion: string | undefined, modality?: string): string {
    const shown = figures.filter(f => f.lesion !== undefined && f.lesion === lesion && (modality === undefined ? f.study === undefined : f.study?.term === modality));
    return shown.length ? ` (Figure ${shown.map(f => f.number).join(', ')})` : '';
}

/** "A 72-year-old woman" / "The patient". */
function patientPhrase(facts: CaseFacts): string {
    const age = facts.patient.ageYears;
    const person = facts.patient.sex && PERSON[facts.patient.sex]
        ? PERSON[facts.patient.sex][age !== undefined && age < ADULT_YEARS ? 1 : 0]
        : facts.patient.sex ? `${facts.patient.sex} patient` : 'patient';
    if (age === undefined) return `A ${person}`;
    const years = Math.floor(age);
    const ageText = age >= 2 ? `${years}-year-old` : `${Math.floor(age * 12)}-month-old`;
    return `${/^[aeiou]|^8|^11-|^18-/.test(ageText) ? 'An' : 'A'} ${ageText} ${person}`;
}

export function patientInformation(facts: CaseFacts, summary: CaseSummary): string[] {
    const complaint = facts.complaint ? lowerFirst(facts.complaint) : 'calcinosis cutis';
    const onset = facts.onset ? ` of ${facts.onset.value} ${facts.onset.unit}` : '';
    const paragraphs = [`${patientPhrase(facts)} presented with ${/^(a|an|the)\s/i.test(complaint) ? '' : /^[aeiou]/i.test(complaint) ? 'an ' : 'a '}${complaint}${onset}${facts.course ? courseClause(facts.course) : ''}.`];
    const history: string[] = summary.presentation.history.map(h => `${h.label}${h.note ? ` (${h.note})` : ''}`);
    if (history.length) paragraphs.push(`The history recorded ${history.join(', ')}.`);
    if (facts.family === 'none') paragraphs.push('There was no family history of similar lesions.');
    else if (facts.family) paragraphs.push(sentence(`Family history: ${facts.family}`));
    if (summary.presentation.smoking) paragraphs.push(sentence(summary.presentation.smoking));
    return paragraphs;
}

/** "Increased in size…" reads on as ", which had increased in size…"; anything else is quoted as the course. */
function courseClause(course: string): string {
    return /^\w+ed\b/i.test(course) ? `, which had ${lowerFirst(course)}` : `; course: ${lowerFirst(course)}`;
}

function lesionSentence(lesion: LesionSummary, figures: FigureFact[], several: boolean): string {
    const count = lesion.count === undefined ? 'a' : lesion.count === 1 ? 'a single' : `${lesion.count}`;
    const kind = lesion.count !== undefined && lesion.count > 1 ? 'lesions' : 'lesion';
    const morphology = lesion.morphology.length ? `${lesion.morphology.join(', ')} ` : '';
    const parts = [`${count} ${morphology}${kind}${several ? ` (${lesion.name})` : ''}${lesion.site ? ` over the ${lesion.site}` : ''}`];
    if (lesion.size) parts.push(`measuring ${lesion.size}`);
    if (lesion.fixedTo) parts.push(`fixed to the ${lesion.fixedTo}`);
    if (lesion.pain) parts.push(lesion.pain === 'none' ? 'painless' : `with ${lesion.pain} pain`);
    if (lesion.ulcerated !== undefined) parts.push(lesion.ulcerated ? 'ulcerated' : 'not ulcerated');
    if (lesion.discharge) parts.push(`discharging ${lowerFirst(lesion.discharge)}`);
    return `On examination there was ${parts.join(', ')}${figureMention(figures, lesion.name)}.`;
}

export function clinicalFindings(summary: CaseSummary, facts: CaseFacts): string[] {
    return summary.lesions.map(lesion => lesionSentence(lesion, facts.figures, summary.lesions.length > 1));
}

function studySentence(study: StudySummary, lesion: string | undefined, facts: CaseFacts, term: string): string {
    return `${study.modality}${lesion && facts.lesions.length > 1 ? ` of ${lesion}` : ''}: ${lowerFirst(study.finding).replace(/\.$/, '')}${figureMention(facts.figures, lesion, term)}.`;
}

/** What was done to reach the diagnosis, in the file's order: imaging, biopsy, opinions. */
export function investigations(summary: CaseSummary, facts: CaseFacts): string[] {
    const lines: string[] = [];
    for (const lesion of facts.lesions) {
        lesion.imaging.forEach((study, i) => lines.push(studySentence(summary.lesions[facts.lesions.indexOf(lesion)].imaging[i], lesion.name, facts, study.modality.term)));
    }
    facts.imaging.forEach((study, i) => lines.push(studySentence(summary.otherImaging[i], undefined, facts, study.modality.term)));
    for (const biopsy of facts.biopsies) lines.push(sentence(`Biopsy${biopsy.lesion && facts.lesions.length > 1 ? ` of ${biopsy.lesion}` : ''}: ${lowerFirst(biopsy.finding)}`));
    for (const opinion of summary.presentation.opinions) lines.push(sentence(`${opinion.specialty} opinion: ${lowerFirst(opinion.text)}`));
    return lines;
}

/** CARE item 5: onset, presentation, investigations, treatment and follow-up as a table. */
export function timeline(summary: CaseSummary, facts: CaseFacts): ReportTable {
    const rows: string[][] = [];
    if (facts.onset) rows.push([`${facts.onset.value} ${facts.onset.unit} before presentation`, sentence(`Onset: ${lowerFirst(facts.complaint ?? 'first symptoms')}`)]);
    if (facts.course) rows.push(['Before presentation', sentence(facts.course)]);
    const examination = summary.lesions.map(l => [l.site, l.size].filter(Boolean).join(', ')).filter(Boolean).join('; ');
    rows.push(['Presentation', sentence(`Examination${examination ? `: ${examination}` : ''}`)]);
    for (const line of investigations(summary, facts)) rows.push(['Investigations', line]);
    rows.push(['Diagnosis', sentence(summary.classification.headline)]);
    for (const done of summary.management.done) rows.push(['Treatment', sentence(done.text)]);
    if (summary.followup) rows.push([`${summary.followup.after} after treatment`, sentence(`Follow-up: ${lowerFirst(summary.followup.outcome)}${summary.followup.note ? `; ${summary.followup.note}` : ''}`)]);
    return { title: 'Timeline of the case', header: ['When', 'Event'], rows };
}

export function labTable(summary: CaseSummary): ReportTable | undefined {
    if (summary.labs.rows.length === 0) return undefined;
    return {
        title: 'Laboratory results',
        header: ['Analyte', 'Result', 'Reference interval'],
        rows: [
            ...summary.labs.rows.map(r => [`${r.analyte}${r.panel ? ` (${r.panel})` : ''}`, `${r.written}${r.other ? ` (${r.other})` : ''}`, r.intervalInWrittenUnit ?? r.interval ?? '—']),
            ...summary.labs.derived.map(d => [d.name, `${d.value}${d.other ? ` (${d.other})` : ''}`, d.reference])
        ]
    };
}
