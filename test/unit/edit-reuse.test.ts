/**
 * An edit in an open file analyses again only what it changed (analysis/calc-analysis.ts,
 * issue 17): a case with the text and the place it had keeps its analysis; the edited case,
 * and the cases an edit moved, are analysed again; the diagnostics are those of a fresh
 * check of the same text.
 */
import { EmptyFileSystem, URI, type LangiumDocument } from 'langium';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { expect, it } from 'vitest';
import { createCalcServices } from '../../src/language/calc-module.js';
import type { CaseFile } from '../../src/language/generated/ast.js';
import { cohortText, generateCohort } from '../../bench/generate.js';

const uri = URI.parse('file:///edited/cohort.calc');
const original = cohortText(generateCohort({ seed: 5, cases: 6 }));

async function open(services: ReturnType<typeof createCalcServices>, version: number, text: string): Promise<LangiumDocument<CaseFile>> {
    const { LangiumDocuments, LangiumDocumentFactory, DocumentBuilder } = services.shared.workspace;
    if (LangiumDocuments.hasDocument(uri)) LangiumDocuments.deleteDocument(uri);
    const document = LangiumDocumentFactory.fromTextDocument<CaseFile>(TextDocument.create(uri.toString(), 'calc', version, text));
    LangiumDocuments.addDocument(document);
    await DocumentBuilder.build([document], { validation: true });
    return document;
}

const analyses = (services: ReturnType<typeof createCalcServices>, document: LangiumDocument<CaseFile>) =>
    document.parseResult.value.cases.map(kase => services.Calc.clinical.Analysis.analysisOf(kase));

/** The diagnostics of the same text checked alone, in fresh services, as a file read from disk. */
async function fresh(text: string) {
    return (await open(createCalcServices(EmptyFileSystem), 0, text)).diagnostics;
}

/** The text with the n-th case's first lab value's last digit changed (the same length), or a line added before the case. */
function edit(text: string, n: number, how: 'digit' | 'line'): string {
    const start = [...text.matchAll(/^case /gm)][n].index;
    if (how === 'line') return `${text.slice(0, start)}// a note\n${text.slice(start)}`;
    const lab = /(labs[^{]*\{\s*\w+ \d*)(\d)/.exec(text.slice(start))!;
    const at = start + lab.index + lab[1].length;
    return text.slice(0, at) + String((Number(text[at]) + 1) % 10) + text.slice(at + 1);
}

it('keeps the analysis of each case an edit did not change or move, and reports what a fresh check reports', async () => {
    const services = createCalcServices(EmptyFileSystem);
    const first = analyses(services, await open(services, 1, original));

    const digit = edit(original, 3, 'digit');
    const second = await open(services, 2, digit);
    const afterDigit = analyses(services, second);
    expect(afterDigit.map((a, i) => a === first[i])).toEqual([true, true, true, false, true, true]);
    expect(second.diagnostics).toEqual(await fresh(digit));

    const line = edit(digit, 4, 'line');
    const third = await open(services, 3, line);
    const afterLine = analyses(services, third);
    expect(afterLine.map((a, i) => a === afterDigit[i])).toEqual([true, true, true, true, false, false]);
    expect(third.diagnostics).toEqual(await fresh(line));
});

it('analyses again after the settings change, and keeps nothing of a file read from disk', async () => {
    const services = createCalcServices(EmptyFileSystem);
    const first = analyses(services, await open(services, 1, original));
    services.Calc.clinical.Analysis.setOptions({});
    const second = analyses(services, await open(services, 2, original));
    expect(second.some((a, i) => a === first[i])).toBe(false);

    const onDisk = analyses(services, await open(services, 0, original));
    const again = analyses(services, await open(services, 0, original));
    expect(again.some((a, i) => a === onDisk[i])).toBe(false);
});
