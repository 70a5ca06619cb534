/**
 * What every presenter shows of the analysis in the same shape: a cited source, a finding
 * at its line and column. The summary, the report, the cohort and the CLI read these.
 */

/** A source as the summary cites it; its full reference is in `CaseSummary.sources`. */
export interface Citation {
    id: string;
    short: string;
    /** Its number in `CaseSummary.sources`, in the order first cited (Vancouver style). */
    number: number;
}

/** A statement of the knowledge base with the source it came from. */
export interface SourcedText {
    text: string;
    source: Citation;
    /** Further sources the text rests on (a caution that names several reasons, each with its own source). */
    alsoSources?: Citation[];
}

/** Where in the file: 1-based, as the CLI prints it and an editor shows it. */
export interface TextPosition {
    line: number;
    column: number;
}

export type FindingSeverity = 'error' | 'warning' | 'information' | 'hint';

export interface SummaryFinding extends TextPosition {
    code: string;
    severity: FindingSeverity;
    message: string;
    endLine: number;
    endColumn: number;
}

export interface SourceEntry extends Citation {
    citation: string;
    url?: string;
}
