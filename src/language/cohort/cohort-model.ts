/**
 * CaseAnalysis[] → CohortModel: what the analyses concluded, counted. Pure, and it
 * decides nothing medical: types, extents, flags and thresholds are the analysis's
 * and the knowledge base's; labels come from the knowledge base.
 */
import { CalcinosisExtents, CalcinosisTypes } from '../knowledge/index.js';
import type { CaseAnalysis } from '../clinical/analyze.js';
import type { TermFact } from '../facts/case-facts.js';
import { labelOf } from '../facts/catalogue.js';
import { CitationBook } from '../analysis/citation-book.js';
import { capitalise } from '../summary/summary-words.js';
import { cohortLabs } from './cohort-labs.js';
import type { CohortCase, CohortModel, CohortTreatments, ConditionCount, CountRow, FileNote } from './cohort-types.js';

export interface CohortEntry {
    /** The file as the reader knows it (relative to the folder or workspace). */
    file: string;
    uri?: string;
    /** 1-based line of the case's name. */
    line?: number;
    analysis: CaseAnalysis;
    /**
     * Errors and warnings as the editor shows them (the document's diagnostics within the
     * case, syntax and references included); without it, the analysis's findings are counted.
     */
    problems?: { errors: number; warnings: number };
}

export interface CohortContext {
    /** Files with syntax errors: what they hide is missing from the cohort. */
    incomplete?: FileNote[];
    /** Files read, counting those without a case; by default the files of the entries and notes. */
    files?: number;
}

const UNDETERMINED = 'Undetermined';
/** An `excision` statement is the knowledge base's procedure of that term. */
const EXCISION = 'excision';
const CONFIDENCES = ['definite', 'probable', 'undetermined'] as const;

export function buildCohort(entries: CohortEntry[], context: CohortContext = {}): CohortModel {
    const analyses = entries.map(e => e.analysis);
    const incomplete = context.incomplete ?? [];
    const book = new CitationBook();
    const labs = cohortLabs(analyses, book);
    return {
        files: context.files ?? new Set([...entries.map(e => e.file), ...incomplete.map(n => n.file)]).size,
        cases: entries.map(caseRow),
        byType: [
            ...CalcinosisTypes.map(t => row(t.term, t.label, analyses.filter(a => a.classification.type === t.term).length)),
            row('undetermined', UNDETERMINED, analyses.filter(a => a.classification.type === null).length)
        ],
        byExtent: [
            ...CalcinosisExtents.map(e => row(e.term, e.label, analyses.filter(a => a.classification.extent === e.term).length)),
            row('undetermined', UNDETERMINED, analyses.filter(a => a.classification.extent === null).length)
        ],
        byConfidence: CONFIDENCES.map(c => row(c, capitalise(c), analyses.filter(a => a.classification.confidence === c).length)),
        conditions: conditions(analyses),
        labs,
        treatments: treatments(analyses),
        outcomes: outcomes(analyses),
        incomplete,
        sources: book.entries()
    };
}

function row(key: string, label: string, count: number): CountRow {
    return { key, label, count };
}

function caseRow(entry: CohortEntry): CohortCase {
    const { facts, classification: c, findings } = entry.analysis;
    const count = (severity: 'error' | 'warning') => findings.filter(f => f.severity === severity).length;
    const problems = entry.problems ?? { errors: count('error'), warnings: count('warning') };
    return {
        file: entry.file,
        ...(entry.uri !== undefined ? { uri: entry.uri } : {}),
        ...(entry.line !== undefined ? { line: entry.line } : {}),
        name: facts.name,
        ...(facts.title !== undefined ? { title: facts.title } : {}),
        type: c.type ? labelOf('type', c.type) : UNDETERMINED,
        candidates: c.type ? [] : c.candidates.map(t => labelOf('type', t)),
        extent: c.extent ? labelOf('extent', c.extent) : UNDETERMINED,
        confidence: c.confidence,
        ...problems
    };
}

/** Conditions, injuries and exposures, each counted once per case that records it. */
function conditions(analyses: CaseAnalysis[]): ConditionCount[] {
    // Keyed by the catalogue entry, so that `haemodialysis` and `dialysis` are one row.
    const entry = (kind: ConditionCount['kind'], term: TermFact) => ({ key: `${kind}:${term.canonical}`, kind, label: term.label, known: term.known });
    return tally(analyses.map(({ facts }) => [
        ...facts.conditions.map(c => entry('condition', c.term)),
        ...facts.injuries.map(i => entry('injury', i.term)),
        ...facts.exposures.map(e => entry('exposure', e.term))
    ]));
}

function treatments(analyses: CaseAnalysis[]): CohortTreatments {
    return {
        drugs: tally(analyses.map(({ facts }) => facts.drugs.map(d => ({ key: d.term.term, label: d.term.label })))),
        excisions: row(EXCISION, labelOf('procedure', EXCISION), analyses.filter(({ facts }) => facts.excisions.length > 0).length),
        procedures: tally(analyses.map(({ facts }) => facts.procedures.map(p => termRow(p.procedure)))),
        untreated: analyses.filter(({ facts }) => facts.drugs.length + facts.excisions.length + facts.procedures.length === 0).length
    };
}

function outcomes(analyses: CaseAnalysis[]): CountRow[] {
    const recorded = tally(analyses.map(({ facts }) => facts.followup ? [termRow(facts.followup.outcome)] : []));
    const none = analyses.filter(({ facts }) => !facts.followup).length;
    return none > 0 ? [...recorded, row('none', 'No follow-up recorded', none)] : recorded;
}

/** A term counted as its catalogue entry: `haemodialysis` and `dialysis` are one row. */
function termRow(term: TermFact): { key: string; label: string } {
    return { key: term.canonical, label: term.label };
}

/** Cases per key: a case counts once for each distinct key in its list. */
function tally<T extends { key: string; label: string }>(perCase: T[][]): Array<T & CountRow> {
    const counts = new Map<string, T & CountRow>();
    for (const items of perCase) {
        for (const item of new Map(items.map(i => [i.key, i])).values()) {
            const entry = counts.get(item.key) ?? { ...item, count: 0 };
            entry.count++;
            counts.set(item.key, entry);
        }
    }
    return byCount([...counts.values()]);
}

function byCount<T extends CountRow>(rows: T[]): T[] {
    return rows.sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
}
