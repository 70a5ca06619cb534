/**
 * Structural checks of a case file, registered per AST type as in Langium's examples.
 * Clinical checks present findings of src/language/clinical (registered there).
 */
import type { ValidationAcceptor, ValidationChecks } from 'langium';
import type { CalcAstType, Case, CaseFile, Labs } from './generated/ast.js';
import { isLesion } from './generated/ast.js';
import type { CalcServices } from './calc-module.js';
import { Codes } from './diagnostic-codes.js';

export function registerValidationChecks(services: CalcServices): void {
    const registry = services.validation.ValidationRegistry;
    const validator = services.validation.CalcValidator;
    const checks: ValidationChecks<CalcAstType> = {
        CaseFile: validator.checkUniqueCaseNames,
        Case: validator.checkUniqueLesionNames,
        Labs: validator.checkUniqueAnalytes
    };
    registry.register(checks, validator);
}

export class CalcValidator {

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
