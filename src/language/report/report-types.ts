/**
 * The case report (the manuscript) of one case as plain, JSON-serialisable data: what the
 * language server sends to the report preview (`calc/report`) and what the HTML, Markdown
 * and DOCX renderers read. Sections come in the order of the CARE checklist (Gagnier 2013).
 */
import type { SummaryFinding, TextPosition } from '../summary/summary-types.js';

export interface ReportTable {
    /** The caption above the table ("Timeline", "Laboratory results"). */
    title: string;
    header: string[];
    rows: string[][];
}

export interface ReportSection {
    /** The CARE item (knowledge/care.ts) the section answers. */
    id: string;
    heading: string;
    /** Prose, citations already numbered ("[1,2]"). */
    paragraphs: string[];
    tables: ReportTable[];
    /** Set when the file writes nothing for the item: how to write it. */
    missing?: string;
}

export interface ReportFigure {
    number: number;
    name: string;
    /** As written: relative to the case file. */
    image: string;
    /** "Figure 1. …", citations numbered. */
    legend: string;
}

export interface ReportReference {
    number: number;
    id: string;
    /** The entry in Vancouver style, without its number. */
    text: string;
    /** Not cited by any text: listed last, in the file's order. */
    uncited?: boolean;
}

export interface CaseReport {
    name: string;
    title?: string;
    keywords: string[];
    /** Every error and warning of the case, shown above the manuscript. */
    warnings: SummaryFinding[];
    sections: ReportSection[];
    figures: ReportFigure[];
    references: ReportReference[];
}

export interface DocumentReport {
    reports: CaseReport[];
    syntaxErrors: number;
    firstSyntaxError?: TextPosition & { message: string };
    /** Errors of the file (syntax and any case's): an export refuses them unless confirmed. */
    errors: number;
}
