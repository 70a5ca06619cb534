/**
 * Inlay hints: a lab value in the other usual unit (or the one the settings prefer),
 * the albumin-corrected calcium and Ca × P beside their labs, and a dose per kg where
 * the weight is known, and a weight not written in kg in kg. All read from the case analysis.
 */
import type { LangiumDocument, MaybePromise } from 'langium';
import type { InlayHintProvider } from 'langium/lsp';
import type { InlayHint, InlayHintParams } from 'vscode-languageserver';
import { InlayHintKind } from './vscode-languageserver-values.js';
import type { CaseFile } from '../generated/ast.js';
import type { CalcServices } from '../calc-module.js';
import type { CaseAnalysis } from '../clinical/analyze.js';
import type { LabAssessment } from '../clinical/labs.js';
import { formatNumber, formatQuantity } from '../clinical/format.js';
import { convert } from '../facts/units.js';
import type { CalcAnalysis } from '../analysis/calc-analysis.js';
import type { CalcSettings, HintUnit } from './calc-settings.js';

export class CalcInlayHintProvider implements InlayHintProvider {
    private readonly analysis: CalcAnalysis;
    private readonly settings: CalcSettings;

    constructor(services: CalcServices) {
        this.analysis = services.clinical.Analysis;
        this.settings = services.clinical.Settings;
    }

    getInlayHints(document: LangiumDocument, params: InlayHintParams): MaybePromise<InlayHint[] | undefined> {
        if (!this.settings.values.inlayHints) return [];
        const text = document.textDocument;
        const [from, to] = [text.offsetAt(params.range.start), text.offsetAt(params.range.end)];
        const hints: Array<{ offset: number; label: string }> = [];
        for (const kase of (document.parseResult.value as CaseFile).cases) {
            if (!kase.$cstNode || kase.$cstNode.end < from || kase.$cstNode.offset > to) continue;
            hints.push(...caseHints(this.analysis.analysisOf(kase), this.settings.values.hintUnit));
        }
        return hints
            .filter(h => h.offset >= from && h.offset <= to)
            .map(h => ({ position: text.positionAt(h.offset), label: h.label, kind: InlayHintKind.Type, paddingLeft: true }));
    }
}

function caseHints(analysis: CaseAnalysis, unit: HintUnit): Array<{ offset: number; label: string }> {
    const hints: Array<{ offset: number; label: string }> = [];
    const { labs, facts } = analysis;
    for (const lab of labs.labs) {
        const shown = hintValue(lab, unit);
        const end = lab.fact.quantity.unitAt.end;
        if (shown) hints.push({ offset: end, label: `= ${shown}` });
        if (lab === labs.byAnalyte.calcium && labs.correctedCalcium) {
            hints.push({ offset: end, label: `corrected ${formatQuantity(labs.correctedCalcium.value, labs.correctedCalcium.unit)}` });
        }
        if (lab === labs.byAnalyte.phosphate && labs.product) {
            hints.push({ offset: end, label: `Ca × P ${formatNumber(labs.product.value)}${labs.product.above ? ` > ${labs.product.threshold}` : ''}` });
        }
    }
    // A weight written in another unit (`180 lb`, `70000 g`) in the kg every dose per kg is reckoned in.
    const weight = facts.patient.weightKg;
    for (const quantity of facts.quantities) {
        if (quantity.kind === 'mass' && quantity.ucum && quantity.ucum !== 'kg' && weight !== undefined) {
            hints.push({ offset: quantity.unitAt.end, label: `= ${formatNumber(weight)} kg` });
        }
    }
    // A prescription's exposure per week (a repeating schedule) and per kg (the weight known).
    facts.drugs.forEach((drug, index) => {
        const verdict = analysis.doses[index];
        // After the last thing written: a modifier may stand before the schedule (`prn every 6 hours`, `over 2 hours once`).
        const end = Math.max(drug.modifiersAt?.end ?? 0, drug.timing?.at.end ?? 0, drug.route?.at.end ?? 0, drug.dose.unitAt.end);
        const labels = [
            verdict?.perWeek && drug.timing ? `${verdict.atMost ? '≤ ' : ''}${formatQuantity(verdict.perWeek.value, verdict.perWeek.unit)}` : '',
            verdict?.perKg ? `${formatQuantity(verdict.perKg.value, verdict.perKg.unit)}` : ''
        ].filter(Boolean);
        if (labels.length) hints.push({ offset: end, label: `= ${labels.join(' · ')}` });
    });
    return hints;
}

/** The value in the unit the hint shows: the other usual one, or the preferred system's. */
function hintValue(lab: LabAssessment, unit: HintUnit): string | undefined {
    const analyte = lab.analyte;
    const ucum = lab.fact.quantity.ucum;
    if (!analyte || !ucum || lab.canonical === undefined || lab.status === 'implausible') return undefined;
    const target = unit === 'si' ? analyte.siUnit : unit === 'conventional' ? analyte.conventionalUnit : lab.other?.unit;
    if (!target || target === ucum) return undefined;
    const value = convert(lab.fact.quantity.value, ucum, target, analyte.molarMass?.value);
    return value === undefined ? undefined : formatQuantity(value, target);
}
