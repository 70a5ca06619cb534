/**
 * A cohort: every case of a workspace (or a folder) counted and plotted, as plain
 * JSON-serialisable data. The language server sends it to the cohort view
 * (`calc/cohort`), the CLI prints it; the renderers read it and decide layout only.
 */
import type { Citation, SourceEntry } from '../summary/summary-types.js';

/** One bar: how many cases fall under a label. */
export interface CountRow {
    /** Stable: a knowledge-base term, or `undetermined` / `none` for the rest. */
    key: string;
    label: string;
    count: number;
}

/** A history entry counted over the cases that record it (a case counts once). */
export interface ConditionCount extends CountRow {
    kind: 'condition' | 'injury' | 'exposure';
    /** False for a term the knowledge base does not know: its label is the term as written. */
    known: boolean;
}

/** How a value stood in its own case: the analysis's judgement against that case's interval or threshold. */
export type PointFlag = 'low' | 'normal' | 'high';

export interface LabPoint {
    value: number;
    /** Index of the case in `CohortModel.cases`. */
    caseIndex: number;
    flag: PointFlag;
    /** Calcium: the albumin-corrected value (the one the analysis judged). */
    corrected?: boolean;
}

/** The shaded band: the one interval every plotted value was held against. */
export interface ReferenceBand {
    low?: number;
    high?: number;
    /** "8.8–10.4 mg/dL, adult (18 years and over)". */
    text: string;
    source?: Citation;
}

export interface ThresholdLine {
    value: number;
    /** "above 70 mg²/dL²: metastatic calcification". */
    text: string;
    source: Citation;
}

export interface LabDistribution {
    key: 'calcium' | 'phosphate' | 'product';
    label: string;
    /** The display unit of every value, band and threshold of this distribution. */
    unit: string;
    points: LabPoint[];
    /** Cases that record the value, but not a usable one (implausible, unit in doubt, contradicted). */
    notUsable: number;
    /** Cases with no value at all. */
    notRecorded: number;
    band?: ReferenceBand;
    /** Why there is no band although values were plotted (intervals differ with age…). */
    bandNote?: string;
    threshold?: ThresholdLine;
    /** Formatted: "n 2, median 9.2, range 8.9–9.5 mg/dL". */
    summary?: string;
}

export interface CohortLabs {
    calcium: LabDistribution;
    phosphate: LabDistribution;
    product: LabDistribution;
}

export interface CohortTreatments {
    /** Cases given each drug. */
    drugs: CountRow[];
    /** Cases with at least one excision (labelled as the knowledge base names it). */
    excisions: CountRow;
    /** Cases with each procedure. */
    procedures: CountRow[];
    /** Cases with no drug, excision or procedure recorded. */
    untreated: number;
}

/** One row of the table of cases. */
export interface CohortCase {
    /** The file as the reader knows it: relative to the folder or the workspace. */
    file: string;
    /** Where the editor opens it (the cohort view links each row). */
    uri?: string;
    /** 1-based line of the case's name. */
    line?: number;
    name: string;
    title?: string;
    /** "Dystrophic", or "Undetermined". */
    type: string;
    /** The types still in question when the type is undetermined. */
    candidates: string[];
    /** "Calcinosis circumscripta", or "Undetermined". */
    extent: string;
    confidence: 'definite' | 'probable' | 'undetermined';
    errors: number;
    warnings: number;
}

/** A file whose syntax errors may hide cases or parts of them. */
export interface FileNote {
    file: string;
    uri?: string;
    syntaxErrors: number;
}

export interface CohortModel {
    /** Files read, with or without a case. */
    files: number;
    cases: CohortCase[];
    byType: CountRow[];
    byExtent: CountRow[];
    byConfidence: CountRow[];
    conditions: ConditionCount[];
    labs: CohortLabs;
    treatments: CohortTreatments;
    /** Each outcome at follow-up, then the cases with none recorded. */
    outcomes: CountRow[];
    incomplete: FileNote[];
    /** The sources of the bands and the threshold, numbered in the order first cited. */
    sources: SourceEntry[];
}
