/**
 * Parsed documents → the cohort of their cases, with each case's errors and warnings as
 * the editor shows them and the files whose syntax errors may hide cases. Shared by the
 * language server (`calc/cohort`) and the CLI (`calc-case cohort`).
 */
import type { LangiumDocument, URI } from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { Case, CaseFile } from '../generated/ast.js';
import type { CalcAnalysis } from '../analysis/calc-analysis.js';
import { buildCohort, type CohortEntry } from './cohort-model.js';
import type { CohortModel, FileNote } from './cohort-types.js';

/** How a file is named in the cohort; by default its path below the folder all the files share. */
export type FileLabel = (uri: URI) => string;

export function cohortOfDocuments(documents: Array<LangiumDocument<CaseFile>>, analysis: CalcAnalysis, label: FileLabel = sharedFolderLabels(documents.map(d => d.uri))): CohortModel {
    const files = documents.map(document => ({ document, file: label(document.uri) }))
        .sort((a, b) => a.file.localeCompare(b.file));
    const entries: CohortEntry[] = [];
    const incomplete: FileNote[] = [];
    for (const { document, file } of files) {
        const uri = document.uri.toString();
        for (const kase of document.parseResult.value.cases) entries.push(caseEntry(document, kase, file, uri, analysis));
        const { lexerErrors, parserErrors } = document.parseResult;
        if (lexerErrors.length + parserErrors.length > 0) incomplete.push({ file, uri, syntaxErrors: lexerErrors.length + parserErrors.length });
    }
    return buildCohort(entries, { incomplete, files: files.length });
}

function caseEntry(document: LangiumDocument, kase: Case, file: string, uri: string, analysis: CalcAnalysis): CohortEntry {
    const range = kase.$cstNode?.range;
    const entry: CohortEntry = { file, uri, analysis: analysis.analysisOf(kase) };
    if (range) entry.line = range.start.line + 1;
    // Validated documents have diagnostics; one only linked (loaded, never opened) has its findings counted instead.
    if (document.diagnostics && range) entry.problems = countProblems(document.diagnostics.filter(d => d.range.start.line >= range.start.line && d.range.start.line <= range.end.line));
    return entry;
}

function countProblems(diagnostics: Diagnostic[]): { errors: number; warnings: number } {
    const count = (severity: number) => diagnostics.filter(d => (d.severity ?? 1) === severity).length;
    return { errors: count(1), warnings: count(2) };
}

/**
 * Paths below the deepest folder that holds every file of the usual origin (the workspace's
 * scheme): `a/x.calc`, `b/y.calc`. A file of another origin (an untitled editor beside
 * the workspace's files) is named by the last part of its path.
 */
export function sharedFolderLabels(uris: URI[]): FileLabel {
    const origin = (uri: URI) => `${uri.scheme}://${uri.authority}`;
    const counts = new Map<string, number>();
    for (const uri of uris) counts.set(origin(uri), (counts.get(origin(uri)) ?? 0) + 1);
    const main = [...counts.keys()].sort((a, b) => counts.get(b)! - counts.get(a)!)[0] ?? '';
    const folders = uris.filter(uri => origin(uri) === main).map(uri => uri.path.split('/').slice(0, -1));
    const shortest = folders.length > 0 ? Math.min(...folders.map(f => f.length)) : 0;
    let depth = 0;
    while (depth < shortest && folders.every(f => f[depth] === folders[0][depth])) depth++;
    return uri => (origin(uri) === main ? uri.path.split('/').slice(depth).join('/') : uri.path.split('/').pop()) || uri.toString();
}
