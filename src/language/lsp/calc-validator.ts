/**
 * Structural checks of a case file, registered per AST type as in Langium's examples.
 * Clinical checks present findings of src/language/clinical (registered there).
 */
import { EmptyFileSystemProvider, UriUtils, type FileSystemProvider, type ValidationAcceptor, type ValidationChecks } from 'langium';
import type { CalcAstType, Case, CaseFile, Figure, Labs, Reference } from '../generated/ast.js';
import { isFigure, isLesion, isReference, isReferences } from '../generated/ast.js';
import { unusableImage } from '../report/report-checks.js';
import type { CalcServices } from '../calc-module.js';
import { Codes } from '../diagnostic-codes.js';
import { documentOf, spanToRange, type CalcAnalysis } from '../analysis/calc-analysis.js';

export function registerValidationChecks(services: CalcServices): void {
    const registry = services.validation.ValidationRegistry;
    const validator = services.validation.CalcValidator;
    const checks: ValidationChecks<CalcAstType> = {
        CaseFile: validator.checkUniqueCaseNames,
        Case: [validator.checkUniqueLesionNames, validator.checkUniqueReportNames, validator.presentFindings],
        Labs: validator.checkUniqueAnalytes,
        Figure: validator.checkFigureImage
    };
    registry.register(checks, validator);
}

export class CalcValidator {
    private readonly analysis: CalcAnalysis;
    private readonly fileSystem: FileSystemProvider;

    constructor(services: CalcServices) {
        this.analysis = services.clinical.Analysis;
        this.fileSystem = services.shared.workspace.FileSystemProvider;
    }

    /**
     * The image of a figure exists beside the case file. Without a file system (an in-memory
     * document, the tests' EmptyFileSystem) there is nothing to look in, so nothing is said.
     */
    async checkFigureImage(figure: Figure, accept: ValidationAcceptor): Promise<void> {
        if (!figure.image || unusableImage(figure.image) || this.fileSystem instanceof EmptyFileSystemProvider) return;
        const document = documentOf(figure.$container);
        if (document.uri.scheme === 'untitled') return;
        const image = UriUtils.resolvePath(UriUtils.dirname(document.uri), figure.image);
        let exists: boolean;
        try {
            exists = await this.fileSystem.exists(image);
        } catch {
            exists = false;
        }
        if (!exists) {
            accept('error', `No image at ${figure.image} (looked for ${UriUtils.basename(image)} in ${UriUtils.dirname(image).path}): the path is relative to the case file.`,
                { node: figure, property: 'image', code: Codes.figureImageMissing });
        }
    }

    checkUniqueReportNames(kase: Case, accept: ValidationAcceptor): void {
        const references: Reference[] = kase.members.flatMap(m => isReference(m) ? [m] : isReferences(m) ? m.references : []);
        reportRepeats(references, r => r.name, (reference, first) => accept('error',
            `A second reference named ${reference.name} in ${kase.name} (the first is on line ${line(first)}): a citation [@${reference.name}] would be ambiguous.`,
            { node: reference, property: 'name', code: Codes.duplicate }));
        reportRepeats(kase.members.filter(isFigure), f => f.name, (figure, first) => accept('error',
            `A second figure named ${figure.name} in ${kase.name} (the first is on line ${line(first)}): give each figure its own name.`,
            { node: figure, property: 'name', code: Codes.duplicate }));
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
