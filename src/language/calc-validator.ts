/**
 * Structural checks of a case file, registered per AST type as in Langium's examples.
 * Clinical checks present findings of src/language/clinical (registered there).
 */
import type { ValidationAcceptor, ValidationChecks } from 'langium';
import type { CalcAstType, Case, CaseFile, Labs } from './generated/ast.js';
import { isLesion } from './generated/ast.js';
import type { CalcServices } from './calc-module.js';
import { Codes } from './diagnostic-codes.js';
import { documentOf, spanToRange, type CalcAnalysis } from './lsp/calc-analysis.js';

export function registerValidationChecks(services: CalcServices): void {
    const registry = services.validation.ValidationRegistry;
    const validator = services.validation.CalcValidator;
    const checks: ValidationChecks<CalcAstType> = {
        CaseFile: validator.checkUniqueCaseNames,
        Case: [validator.checkUniqueLesionNames, validator.presentFindings],
        Labs: validator.checkUniqueAnalytes
    };
    registry.register(checks, validator);
}

export class CalcValidator {
    private readonly analysis: CalcAnalysis;

    constructor(services: CalcServices) {
        this.analysis = services.clinical.Analysis;
    }

    /** The clinical findings of a case, each at the facts it rests on. */
    presentFindings(kase: Case, accept: ValidationAcceptor): void {
        const document = documentOf(kase);
        for (const finding of this.analysis.analysisOf(kase).findings) {
            accept(finding.severity === 'information' ? 'info' : finding.severity, finding.message, {
                node: kase,
                range: spanToRange(document, finding.at),
                code: finding.code,
                data: { code: finding.code, ...finding.data },
                relatedInformation: finding.related?.map(span => ({
                    location: { uri: document.uri.toString(), range: spanToRange(document, span) },
                    message: 'rests on this value'
                }))
            });
        }
    }

    checkUniqueCaseNames(file: CaseFile, accept: ValidationAcceptor): void {
        reportRepeats(file.cases, c => c.name, (kase, first) => accept('error',
            `A second case named ${kase.name} in this file (the first is on line ${line(first)}): give each case its own name.`,
            { node: kase, property: 'name', code: Codes.duplicate }));
    }

    checkUniqueLesionNames(kase: Case, accept: ValidationAcceptor): void {
        reportRepeats(kase.members.filter(isLesion), l => l.name, (lesion, first) => accept('error',
            `A second lesion named ${lesion.name} in ${kase.name} (the first is on line ${line(first)}): references such as \`of ${lesion.name}\` would be ambiguous.`,
            { node: lesion, property: 'name', code: Codes.duplicate }));
    }

    checkUniqueAnalytes(labs: Labs, accept: ValidationAcceptor): void {
        reportRepeats(labs.results, r => r.analyte, (result, first) => accept('error',
            `${result.analyte} appears twice in this panel (first on line ${line(first)}): record a repeat measurement in a labs block of its own, with a label such as "day 3".`,
            { node: result, property: 'analyte', code: Codes.duplicate }));
    }
}

function reportRepeats<T>(items: T[], key: (item: T) => string | undefined, report: (item: T, first: T) => void): void {
    const seen = new Map<string, T>();
    for (const item of items) {
        const k = key(item);
        if (!k) continue;
        const first = seen.get(k);
        if (first) report(item, first);
        else seen.set(k, item);
    }
}

function line(node: unknown): number {
    return ((node as { $cstNode?: { range: { start: { line: number } } } }).$cstNode?.range.start.line ?? 0) + 1;
}
