/**
 * CaseAnalysis + CaseSummary → CaseReport: the manuscript of one case, its sections in the
 * order of the CARE checklist (knowledge/care.ts), its figures and its references numbered
 * in the order the manuscript first cites them (Vancouver).
 */
import { CareItems } from '../knowledge/index.js';
import type { CaseAnalysis } from '../clinical/analyze.js';
import { candidateWords } from '../clinical/candidate-words.js';
import type { CaseSummary } from '../summary/summary-types.js';
import { CITATION_GROUP } from '../facts/report-facts.js';
import type { CaseReport, ReportReference, ReportSection, ReportTable } from './report-types.js';
import { clinicalFindings, investigations, labTable, patientInformation, sentence, timeline } from './report-prose.js';
import { vancouverEntries } from './vancouver.js';

/** The checklist items the header carries rather than a section. */
const HEADER_ITEMS = ['title', 'keywords'];

export async function buildReport(analysis: CaseAnalysis, summary: CaseSummary): Promise<CaseReport> {
    const { facts } = analysis;
    const numbers = new CitationNumbers(new Set(facts.references.map(r => r.name)));
    const narrative = (text: string | undefined) => text === undefined ? [] : [numbers.resolve(text)];
    const content: Record<string, { paragraphs: string[]; tables?: Array<ReportTable | undefined> }> = {
        abstract: { paragraphs: narrative(facts.narratives.abstract) },
        introduction: { paragraphs: narrative(facts.narratives.introduction) },
        patientInformation: { paragraphs: facts.complaint !== undefined || facts.patient.ageYears !== undefined ? patientInformation(facts, summary) : [] },
        clinicalFindings: { paragraphs: clinicalFindings(summary, facts) },
        timeline: { paragraphs: [], tables: [timeline(summary, facts)] },
        diagnosticAssessment: { paragraphs: diagnosticAssessment(summary, facts), tables: [labTable(summary)] },
        therapeuticIntervention: { paragraphs: summary.management.done.map(d => sentence(d.text)) },
        followUpAndOutcomes: { paragraphs: summary.followup ? [sentence(`${summary.followup.outcome} at ${summary.followup.after} of follow-up${summary.followup.note ? `: ${summary.followup.note}` : ''}`)] : [] },
        discussion: { paragraphs: narrative(facts.narratives.discussion) },
        patientPerspective: { paragraphs: narrative(facts.narratives.perspective) },
        informedConsent: { paragraphs: facts.consent ? [sentence(`Informed consent: ${facts.consent.status}${facts.consent.note ? ` (${facts.consent.note})` : ''}`)] : [] }
    };
    const sections: ReportSection[] = CareItems.filter(item => !HEADER_ITEMS.includes(item.id)).map(item => {
        const { paragraphs, tables = [] } = content[item.id] ?? { paragraphs: [] };
        const present = tables.filter((t): t is ReportTable => t !== undefined && t.rows.length > 0);
        const covered = analysis.care.covered.includes(item);
        return {
            id: item.id, heading: item.label, paragraphs, tables: present,
            ...(!covered || paragraphs.length + present.length === 0 ? { missing: `Not written yet: ${item.write}` } : {})
        };
    });
    // Journals number tables as they number figures: in the order they appear.
    sections.flatMap(s => s.tables).forEach((table, i) => { table.title = `Table ${i + 1}. ${table.title}`; });
    const figures = facts.figures.map(f => ({ number: f.number, name: f.name, image: f.image, legend: `Figure ${f.number}. ${numbers.resolve(f.caption)}` }));
    if (facts.source) numbers.resolve(facts.source);
    return {
        name: facts.name,
        ...(facts.title !== undefined ? { title: facts.title } : {}),
        keywords: facts.keywords,
        warnings: summary.findings.filter(f => f.severity === 'error' || f.severity === 'warning'),
        sections,
        figures,
        references: await referenceList(analysis, numbers)
    };
}

function diagnosticAssessment(summary: CaseSummary, facts: CaseAnalysis['facts']): string[] {
    const c = summary.classification;
    const paragraphs = investigations(summary, facts);
    paragraphs.push(sentence(`The case was classified as ${lowerHeadline(c.headline)}${c.confidence === 'undetermined' ? '' : ` (${c.confidence})`}${c.reasons.length ? `: ${c.reasons.join('; ')}` : ''}`));
    if (c.candidates.length) paragraphs.push(sentence(`${c.candidates.length === 1 ? `The type could not be determined (${candidateWords(c)})` : `The type could not be told ${candidateWords(c)}`}${c.missing.length ? `; ${c.missing.join(' and ')} were not recorded` : ''}`));
    return paragraphs;
}

/** Mid-sentence: every headline opens with a diagnosis, a common noun (clinical/classify.ts diagnosisName). */
function lowerHeadline(headline: string): string {
    return headline.charAt(0).toLowerCase() + headline.slice(1);
}

/** Cited references in the order first cited; the uncited after them, in the file's order, so none is lost. */
async function referenceList(analysis: CaseAnalysis, numbers: CitationNumbers): Promise<ReportReference[]> {
    const references = analysis.facts.references;
    const cited = numbers.order.map(id => references.find(r => r.name === id)!);
    const uncited = references.filter(r => !numbers.order.includes(r.name) && references.find(x => x.name === r.name) === r);
    const ordered = [...cited, ...uncited];
    const texts = await vancouverEntries(ordered);
    return ordered.map((reference, i) => ({ number: i + 1, id: reference.name, text: texts[i], ...(i >= cited.length ? { uncited: true } : {}) }));
}

/** Numbers each reference when the manuscript first cites it; `[@a; @b]` becomes `[1,2]`. */
class CitationNumbers {
    readonly order: string[] = [];

    constructor(private readonly defined: Set<string>) {}

    resolve(text: string): string {
        return text.replace(CITATION_GROUP, group => {
            const ids = [...group.matchAll(/@([\w-]+)/g)].map(m => m[1]);
            return `[${ids.map(id => this.number(id) ?? `${id}?`).join(',')}]`;
        });
    }

    private number(id: string): number | undefined {
        if (!this.defined.has(id)) return undefined;
        if (!this.order.includes(id)) this.order.push(id);
        return this.order.indexOf(id) + 1;
    }
}

