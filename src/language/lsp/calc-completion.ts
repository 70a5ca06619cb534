/**
 * Completion from the knowledge base, by position: the terms a position accepts
 * (analytes in labs, conditions in history, drugs in treatment…), the usual units
 * after a number, and a drug's reported regimen as a snippet. Keywords and lesion
 * names after `of` come from Langium's own completion.
 */
import { AstUtils, GrammarAST, type MaybePromise } from 'langium';
import { DefaultCompletionProvider, type CompletionAcceptor, type CompletionContext, type NextFeature } from 'langium/lsp';
import { CompletionItemKind, InsertTextFormat } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import * as ast from '../generated/ast.js';
import type { Drug, Regimen } from '../knowledge/index.js';
import { Analytes, Drugs } from '../knowledge/index.js';
import { entries } from '../facts/catalogue.js';
import { termCategoryOf } from '../facts/term-positions.js';
import type { TermCategory } from '../facts/case-facts.js';
import { convert, readUnit, showUnit } from '../facts/units.js';
import { formatNumber } from '../clinical/format.js';
import { termMarkdown } from './term-docs.js';

/** Units offered after a number, by what the number measures. */
const UNITS_BY_CONTAINER: Record<string, string[]> = {
    Age: ['years', 'months', 'weeks', 'days'],
    Onset: ['years', 'months', 'weeks', 'days'],
    Followup: ['years', 'months', 'weeks'],
    Weight: ['kg', 'g'],
    Height: ['cm', 'm'],
    Size: ['cm', 'mm']
};

/** A next feature that knows the rules the cursor is inside (innermost last). */
type EnclosedFeature = NextFeature & { enclosing?: string[] };

export class CalcCompletionProvider extends DefaultCompletionProvider {

    /** Records the rules around the cursor: a unit's meaning depends on them (age, dose…). */
    protected override findFeaturesAt(document: TextDocument, offset: number): NextFeature[] {
        const text = document.getText({ start: { line: 0, character: 0 }, end: document.positionAt(offset) });
        const enclosing = this.completionParser.parse(text).elementStack
            .map(element => AstUtils.getContainerOfType(element, GrammarAST.isParserRule)?.name ?? '');
        return super.findFeaturesAt(document, offset).map(feature => ({ ...feature, enclosing }));
    }

    protected override completionFor(context: CompletionContext, next: NextFeature, acceptor: CompletionAcceptor): MaybePromise<void> {
        const rule = AstUtils.getContainerOfType(next.feature, GrammarAST.isParserRule)?.name;
        // Langium descends into the Term rule (ID and the keywords usable as terms);
        // `next.property` still names the assignment, and so the catalogue.
        if (rule === 'Term') {
            const category = next.property ? termCategoryOf(next.property) : undefined;
            if (category && GrammarAST.isRuleCall(next.feature)) this.completeTerm(context, category, acceptor);
            return;
        }
        if (rule === 'UnitHead') {
            if (GrammarAST.isRuleCall(next.feature)) this.completeUnit(context, (next as EnclosedFeature).enclosing ?? [], acceptor);
            return;
        }
        return super.completionFor(context, next, acceptor);
    }

    private completeTerm(context: CompletionContext, category: TermCategory, acceptor: CompletionAcceptor): void {
        for (const entry of entries(category)) {
            const drug = category === 'drug' ? entry as Drug : undefined;
            const snippet = drug && this.regimenSnippet(drug, context);
            acceptor(context, {
                label: entry.term,
                kind: CompletionItemKind.Value,
                detail: snippet ? `${entry.label} · ${snippet.shown}` : entry.label,
                documentation: { kind: 'markdown', value: termMarkdown(category, entry.term) ?? entry.label },
                ...(snippet ? { insertText: snippet.text, insertTextFormat: InsertTextFormat.Snippet } : {})
            });
        }
    }

    /** `diltiazem ${1:180} mg/day`: the reported regimen, per kg times the weight when known. */
    private regimenSnippet(drug: Drug, context: CompletionContext): { text: string; shown: string } | undefined {
        const weight = weightOf(context);
        const regimen: Regimen | undefined = drug.regimens.find(r => r.perKg && weight !== undefined) ?? drug.regimens.find(r => !r.perKg) ?? drug.regimens[0];
        if (!regimen) return undefined;
        const perKg = regimen.perKg && weight !== undefined;
        const unit = showUnit(perKg ? regimen.unit.replace('/kg', '') : regimen.unit);
        const dose = formatNumber(perKg ? regimen.low * weight! : regimen.low);
        return { text: `${drug.term} \${1:${dose}} ${unit}`, shown: `${dose} ${unit}` };
    }

    private completeUnit(context: CompletionContext, enclosing: string[], acceptor: CompletionAcceptor): void {
        const node = context.node;
        const result = node && AstUtils.getContainerOfType(node, ast.isLabResult);
        const drug = node && AstUtils.getContainerOfType(node, ast.isDrugTherapy);
        let units: string[] = [];
        if (result) {
            const analyte = Analytes.find(a => a.term === result.analyte);
            units = analyte ? [analyte.conventionalUnit, analyte.siUnit, ...(analyte.otherUnits ?? [])] : Analytes.flatMap(a => [a.conventionalUnit, a.siUnit]);
        } else if (drug) {
            const known = Drugs.find(d => d.term === drug.drug);
            units = known ? known.regimens.flatMap(r => r.perKg && weightOf(context) === undefined ? [r.unit] : [r.unit.replace('/kg', ''), r.unit]) : ['mg/day', 'g/day'];
        } else {
            const rule = enclosing.findLast(name => UNITS_BY_CONTAINER[name]);
            units = rule ? UNITS_BY_CONTAINER[rule] : [];
        }
        [...new Set(units.map(writtenUnit))].forEach((unit, index) => acceptor(context, {
            label: unit, kind: CompletionItemKind.Unit, sortText: String(index).padStart(3, '0'),
            // Found by typing `u` too (`umol/L`, as language.md writes it, which any keyboard types).
            ...(unit.includes('µ') ? { filterText: unit.replace(/µ/g, 'u') } : {}),
            detail: result ? 'unit' : undefined
        }));
    }
}

/**
 * A unit as it can be typed in a file: with µ, once (the list showed µmol/L and umol/L);
 * the eGFR's `1.73 m²` written `1.73m2`, which the grammar parses.
 */
function writtenUnit(code: string): string {
    return showUnit(code).replace(/(\d) m²/g, '$1m2');
}

function weightOf(context: CompletionContext): number | undefined {
    const kase = context.node && AstUtils.getContainerOfType(context.node, ast.isCase);
    const weight = kase?.members.filter(ast.isPatient).flatMap(p => p.items).find(ast.isWeight)?.value;
    const reading = weight?.unit ? readUnit(weight.unit) : undefined;
    return weight && reading?.ok ? convert(weight.value, reading.ucum, 'kg') : undefined;
}
