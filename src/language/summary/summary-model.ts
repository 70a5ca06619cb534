/**
 * CaseAnalysis → CaseSummary: the management summary of one case as plain data, for
 * the preview, the export and `calc-case summary`. It presents what the analysis
 * concluded and what the knowledge base says; it decides nothing medical itself.
 */
import { CalcinosisExtents, CalcinosisTypes, CareItems, type CareEvidence } from '../knowledge/index.js';
import type { CaseAnalysis } from '../clinical/analyze.js';
import type { Finding } from '../clinical/finding.js';
import { gradedByExtent } from '../clinical/classify.js';
import type { CaseFacts, LesionFact, QuantityFact, StudyFact } from '../facts/case-facts.js';
import { labelOf } from '../facts/catalogue.js';
import { formatNumber } from '../clinical/format.js';
import { convert } from '../facts/units.js';
import { CitationBook } from '../analysis/citation-book.js';
import { labsSummary } from './summary-labs.js';
import { managementSummary } from './summary-management.js';
import type {
    CareSummary, CaseSummary, ClassificationSummary, FollowupSummary, LesionSummary, PatientSummary, PresentationSummary,
    StudySummary, SummaryFinding
} from './summary-types.js';
import { LinePositions } from '../analysis/text-positions.js';
import { capitalise } from './summary-words.js';

/** `text` is the document's text: the findings are given 1-based lines and columns from it. */
export function buildSummary(analysis: CaseAnalysis, text: string): CaseSummary {
    const { facts } = analysis;
    const lines = new LinePositions(text);
    const book = new CitationBook();
    const summary: CaseSummary = {
        name: facts.name,
        ...(facts.title !== undefined ? { title: facts.title } : {}),
        ...(facts.source !== undefined ? { reportSource: facts.source } : {}),
        patient: patientSummary(facts),
        presentation: presentationSummary(facts),
        lesions: facts.lesions.map(lesionSummary),
        otherImaging: facts.imaging.map(studySummary),
        otherBiopsies: facts.biopsies.filter(b => b.lesion === undefined || !facts.lesions.some(l => l.name === b.lesion)).map(b => b.finding),
        labs: labsSummary(analysis.labs, analysis.findings, lines, book),
        classification: classificationSummary(analysis, book),
        management: managementSummary(analysis, lines, book),
        care: careSummary(analysis, book),
        findings: analysis.findings.map(finding => summaryFinding(finding, lines)),
        sources: []
    };
    const followup = followupSummary(facts);
    if (followup) summary.followup = followup;
    summary.sources = book.entries();
    return summary;
}

/** A quantity as written: "2 years", "6 months". */
function asWritten(quantity: QuantityFact): string {
    return `${quantity.value} ${quantity.unit}`;
}

function patientSummary(facts: CaseFacts): PatientSummary {
    const { ageYears, sex, weightKg, heightCm } = facts.patient;
    const patient: PatientSummary = {};
    if (ageYears !== undefined) patient.age = formatAge(ageYears);
    if (sex !== undefined) patient.sex = labelOf('sex', sex);
    if (weightKg !== undefined) patient.weight = `${formatNumber(weightKg)} kg`;
    if (heightCm !== undefined) patient.height = `${formatNumber(heightCm)} cm`;
    return patient;
}

/** Years from two on, months below, days in the first month (UCUM converts). */
function formatAge(years: number): string {
    const plural = (value: string, unit: string) => `${value} ${unit}${value === '1' ? '' : 's'}`;
    if (years >= 2) return plural(formatNumber(Math.floor(years * 10) / 10), 'year');
    const months = convert(years, 'a', 'mo') ?? 0;
    if (months >= 1) return plural(formatNumber(Math.floor(months)), 'month');
    return plural(formatNumber(Math.round(convert(years, 'a', 'd') ?? 0)), 'day');
}

const SMOKING: Record<NonNullable<CaseFacts['smoking']>, string> = { yes: 'Smoker', no: 'Non-smoker', former: 'Former smoker' };

function presentationSummary(facts: CaseFacts): PresentationSummary {
    const presentation: PresentationSummary = {
        history: [
            ...facts.conditions.map(c => ({ kind: 'condition' as const, label: c.term.label, ...(c.note ? { note: c.note } : {}) })),
            ...facts.injuries.map(i => ({ kind: 'injury' as const, label: i.term.label, ...(i.note ? { note: i.note } : {}) })),
            ...facts.exposures.map(e => ({ kind: 'exposure' as const, label: e.term.label, ...(e.note ? { note: e.note } : {}) }))
        ],
        opinions: facts.opinions.map(o => ({ specialty: o.specialty.label, text: o.text }))
    };
    if (facts.complaint !== undefined) presentation.complaint = facts.complaint;
    if (facts.onset) presentation.onset = `${asWritten(facts.onset)} ago`;
    if (facts.course !== undefined) presentation.course = facts.course;
    if (facts.family !== undefined) presentation.family = facts.family === 'none' ? 'None' : facts.family;
    if (facts.smoking) presentation.smoking = SMOKING[facts.smoking];
    return presentation;
}

function studySummary(study: StudyFact): StudySummary {
    return { modality: study.modality.label, finding: study.finding };
}

/** The report's own parts, for the checklist items that are nothing else. */
const WRITTEN: Partial<Record<CareEvidence, (facts: CaseFacts) => string | undefined>> = {
    keywords: facts => facts.keywords.length ? facts.keywords.join(', ') : undefined,
    abstract: facts => facts.narratives.abstract,
    introduction: facts => facts.narratives.introduction,
    discussion: facts => facts.narratives.discussion,
    perspective: facts => facts.narratives.perspective,
    consent: ({ consent }) => consent && `${capitalise(consent.status)}${consent.note ? `: ${consent.note}` : ''}`
};

/** The checklist in its own order, each item covered (with what the file writes for it) or with how to write it. */
function careSummary({ facts, care }: CaseAnalysis, book: CitationBook): CareSummary {
    const items = CareItems.map(item => {
        const text = item.needs.length === 1 ? WRITTEN[item.needs[0]]?.(facts) : undefined;
        return { label: item.label, covered: care.covered.includes(item), write: item.write, ...(text !== undefined ? { text } : {}) };
    });
    // One checklist, one source: every item is Gagnier 2013's.
    return { covered: care.covered.length, total: CareItems.length, items, source: book.cite(CareItems[0].source) };
}

function lesionSummary(lesion: LesionFact): LesionSummary {
    const summary: LesionSummary = {
        name: lesion.name,
        morphology: lesion.morphology.map(m => m.label),
        imaging: lesion.imaging.map(studySummary),
        biopsies: lesion.biopsies
    };
    const site = [lesion.side, lesion.site?.label].filter(Boolean).join(' ');
    if (site || lesion.siteNote) summary.site = [site, lesion.siteNote].filter(Boolean).join(', ');
    if (lesion.count !== undefined) summary.count = lesion.count;
    if (lesion.sizeText !== undefined) summary.size = lesion.sizeText;
    if (lesion.fixedTo) summary.fixedTo = lesion.fixedTo.label;
    if (lesion.pain) summary.pain = lesion.pain.label;
    if (lesion.ulcerated !== undefined) summary.ulcerated = lesion.ulcerated;
    if (lesion.discharge !== undefined) summary.discharge = lesion.discharge;
    return summary;
}

function classificationSummary(analysis: CaseAnalysis, book: CitationBook): ClassificationSummary {
    const c = analysis.classification;
    const declared = analysis.facts.declared;
    const type = c.type ? CalcinosisTypes.find(t => t.term === c.type) : undefined;
    // Calciphylaxis is not graded by extent: no circumscripta or universalis definition beside it.
    const extent = c.extent && gradedByExtent(c.type) ? CalcinosisExtents.find(e => e.term === c.extent) : undefined;
    const summary: ClassificationSummary = {
        headline: c.headline,
        confidence: c.confidence,
        candidates: c.type ? [] : c.candidates.map(t => labelOf('type', t)),
        reasons: c.reasons.map(r => r.text),
        missing: c.missing,
        wouldChange: c.wouldChange,
        rules: c.rules.map(rule => book.sourced(rule)),
        declared: {
            ...(declared.type ? { type: declared.type.label } : {}),
            ...(declared.extent ? { extent: declared.extent.term } : {}),
            ...(declared.subtype ? { subtype: declared.subtype.label } : {})
        }
    };
    if (type) {
        summary.type = type.label;
        summary.typeDefinition = book.sourced(c.typeDefinition ?? type.definition);
    }
    if (extent) {
        summary.extent = extent.label;
        summary.extentDefinition = book.sourced(extent.definition);
    }
    return summary;
}

function followupSummary(facts: CaseFacts): FollowupSummary | undefined {
    const followup = facts.followup;
    if (!followup) return undefined;
    return { after: asWritten(followup.after), outcome: followup.outcome.label, ...(followup.note ? { note: followup.note } : {}) };
}

export function summaryFinding(finding: Finding, lines: LinePositions): SummaryFinding {
    const start = lines.positionAt(finding.at.offset);
    const end = lines.positionAt(finding.at.end);
    return { code: finding.code, severity: finding.severity, message: finding.message, ...start, endLine: end.line, endColumn: end.column };
}
