/**
 * Completion from the knowledge base, by position: the terms a position accepts
 * (analytes in labs, conditions in history, drugs in treatment…), the usual units
 * after a number, a drug's reported regimen as a snippet, and a whole case or labs panel as a
 * snippet where one may start (calc-snippets.ts). Keywords and lesion
 * names after `of` come from Langium's own completion.
 */
import { AstUtils, CstUtils, GrammarAST, type LangiumDocument, type LangiumDocumentFactory, type MaybePromise, type ScopeComputation } from 'langium';
import { DefaultCompletionProvider, type CompletionAcceptor, type CompletionContext, type NextFeature } from 'langium/lsp';
import type { CancellationToken, CompletionList, CompletionParams } from 'vscode-languageserver';
import { CompletionItemKind, InsertTextFormat, InsertTextMode } from './vscode-languageserver-values.js';
import { citationCompletion } from './citation-completion.js';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import * as ast from '../generated/ast.js';
import type { Drug, Regimen } from '../knowledge/index.js';
import { Analytes, Drugs } from '../knowledge/index.js';
import { entries } from '../facts/catalogue.js';
import { termCategoryOf } from '../facts/term-categories.js';
import type { TermCategory } from '../facts/case-facts.js';
import { convert, readUnit, showUnit } from '../facts/units.js';
import { formatNumber } from '../clinical/format.js';
import { perKgApplied, regimenForWeight, regimensForCase, scheduleOf } from '../clinical/doses.js';
import type { CalcinosisType } from '../knowledge/index.js';
import type { CalcServices } from '../calc-module.js';
import type { CalcAnalysis } from '../analysis/calc-analysis.js';
import { termMarkdown } from './term-markdown.js';
import { BLOCK_SNIPPETS } from './calc-snippets.js';

/**
 * Keywords read but not offered: `prn` is written `as needed` (unknown-terms.ts says so); the
 * INR's keywords are offered as the analyte term `inr`, with its documentation.
 */
const READ_NOT_OFFERED: ReadonlySet<string> = new Set(['prn', 'PRN', 'INR', 'inr']);

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
    private readonly analysis: CalcAnalysis;
    private readonly documentFactory: LangiumDocumentFactory;
    private readonly scopeComputation: ScopeComputation;

    constructor(services: CalcServices) {
        super(services);
        this.analysis = services.clinical.Analysis;
        this.documentFactory = services.shared.workspace.LangiumDocumentFactory;
        this.scopeComputation = services.references.ScopeComputation;
    }

    /** Inside a quoted text, after `[@`: the case's references (Langium completes no text inside a string). */
    override async getCompletion(built: LangiumDocument, params: CompletionParams, cancelToken?: CancellationToken): Promise<CompletionList | undefined> {
        const document = await this.ofCurrentText(built, cancelToken);
        const root = document.parseResult.value;
        const offset = document.textDocument.offsetAt(params.position);
        const leaf = root.$cstNode && CstUtils.findLeafNodeAtOffset(root.$cstNode, Math.max(0, offset - 1));
        if (leaf?.tokenType.name === 'STRING' && offset > leaf.offset && offset < leaf.end) {
            return citationCompletion(document, leaf, offset);
        }
        return super.getCompletion(document, params, cancelToken);
    }

    /**
     * The document parsed from the text as it is now. Langium answers as soon as the document
     * is linked, and an edit's build starts only after the build in progress (validating the
     * text before it) is cancelled: meanwhile the AST is of older text, and right after
     * `calcium 10.2 ` the line was not in it (no lab result, so no units: "No suggestions").
     * Then the current text is parsed for this completion only, its local names collected
     * (the lesions after `of`); the workspace's document is left to its build.
     */
    private async ofCurrentText(document: LangiumDocument, cancelToken?: CancellationToken): Promise<LangiumDocument> {
        const text = document.textDocument.getText();
        if (document.parseResult.value.$cstNode?.root.fullText === text) return document;
        const current = this.documentFactory.fromTextDocument(document.textDocument, document.uri);
        current.localSymbols = await this.scopeComputation.collectLocalSymbols(current, cancelToken);
        return current;
    }

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
        // The route of a prescription is a plain name (not a Term: see calc.langium).
        if (next.property === 'route' && GrammarAST.isRuleCall(next.feature)) {
            this.completeTerm(context, 'route', acceptor);
            return;
        }
        if (rule === 'UnitHead') {
            if (GrammarAST.isRuleCall(next.feature)) this.completeUnit(context, (next as EnclosedFeature).enclosing ?? [], acceptor);
            return;
        }
        return super.completionFor(context, next, acceptor);
    }

    /** Shorthand the grammar reads so that it can say to write the words (`prn`: `as needed`) is not offered. */
    protected override filterKeyword(context: CompletionContext, keyword: GrammarAST.Keyword): boolean {
        return !READ_NOT_OFFERED.has(keyword.value) && super.filterKeyword(context, keyword);
    }

    /** A keyword that starts a block (`case`, `labs`) brings the block laid out as a snippet: offered only where the block may start. */
    protected override async completionForKeyword(context: CompletionContext, keyword: GrammarAST.Keyword, acceptor: CompletionAcceptor): Promise<void> {
        await super.completionForKeyword(context, keyword, acceptor);
        if (!this.filterKeyword(context, keyword)) return;
        for (const snippet of BLOCK_SNIPPETS.filter(s => s.keyword === keyword.value)) {
            acceptor(context, {
                label: snippet.keyword,
                labelDetails: { description: snippet.name },
                kind: CompletionItemKind.Snippet,
                detail: snippet.name,
                documentation: snippet.description,
                insertText: snippet.body,
                insertTextFormat: InsertTextFormat.Snippet,
                insertTextMode: InsertTextMode.adjustIndentation
            });
        }
    }

    private completeTerm(context: CompletionContext, category: TermCategory, acceptor: CompletionAcceptor): void {
        for (const entry of entries(category)) {
            const drug = category === 'drug' ? entry as Drug : undefined;
            const snippets = drug ? this.regimenSnippets(drug, context) : [];
            const documentation = { kind: 'markdown' as const, value: termMarkdown(category, entry.term) ?? entry.label };
            if (snippets.length === 0) {
                acceptor(context, { label: entry.term, kind: CompletionItemKind.Value, detail: entry.label, documentation });
                continue;
            }
            // The regimen that suits the case is the drug's own item; the others follow it.
            snippets.forEach((snippet, index) => acceptor(context, {
                label: index === 0 ? entry.term : `${entry.term} ${snippet.shown}`,
                filterText: entry.term,
                sortText: `${entry.term}\u0000${index}`,
                kind: index === 0 ? CompletionItemKind.Value : CompletionItemKind.Snippet,
                detail: `${entry.label} · ${snippet.shown}${snippet.who ? ` (${snippet.who})` : ''}`,
                documentation,
                insertText: snippet.text,
                insertTextFormat: InsertTextFormat.Snippet
            }));
        }
    }

    /**
     * The reported regimens as snippets, the one that suits the case first (clinical/doses.ts):
     * `sodiumThiosulfate ${1:25} g iv ${2:3 times a week}`; a rate per kg times the weight when known.
     */
    private regimenSnippets(drug: Drug, context: CompletionContext): Array<{ text: string; shown: string; who?: string }> {
        const weight = weightOf(context);
        const snippets = regimensForCase(drug, this.situationOf(context)).map(regimen => regimenSnippet(drug, regimen, weight));
        return snippets.filter((s, i) => snippets.findIndex(o => o.text === s.text) === i);
    }

    /** The case's type (as analysed, else as declared) and whether the patient is on dialysis. */
    private situationOf(context: CompletionContext): { type?: CalcinosisType; onDialysis: boolean } {
        const kase = context.node && AstUtils.getContainerOfType(context.node, ast.isCase);
        if (!kase) return { onDialysis: false };
        const { classification, facts, labs } = this.analysis.analysisOf(kase);
        const type = classification.type ?? (facts.declared.type?.term as CalcinosisType | undefined);
        return { type, onDialysis: labs.kidney.dialysis !== undefined };
    }

    private completeUnit(context: CompletionContext, enclosing: string[], acceptor: CompletionAcceptor): void {
        const node = context.node;
        const result = node && AstUtils.getContainerOfType(node, ast.isLabResult);
        const drug = node && AstUtils.getContainerOfType(node, ast.isDrugTherapy);
        let units: string[];
        if (result) {
            const analyte = Analytes.find(a => a.term === result.analyte);
            units = analyte ? [analyte.conventionalUnit, analyte.siUnit, ...(analyte.otherUnits ?? [])] : Analytes.flatMap(a => [a.conventionalUnit, a.siUnit]);
        } else if (drug) {
            const known = Drugs.find(d => d.term === drug.drug);
            units = known ? known.regimens.flatMap(r => r.perKg && weightOf(context) === undefined ? [r.unit] : [perKgApplied(r.unit), r.unit]) : ['mg/day', 'g/day'];
        } else {
            const rule = enclosing.findLast(name => UNITS_BY_CONTAINER[name]);
            units = rule ? UNITS_BY_CONTAINER[rule] : [];
        }
        [...new Set(units.map(writtenUnit))].forEach((unit, index) => acceptor(context, {
            label: unit, kind: CompletionItemKind.Unit, sortText: String(index).padStart(3, '0'),
            // Found by typing `u` too (`umol/L`, as language.md writes it, which any keyboard types).
            ...(unit.includes('µ') ? { filterText: unit.replaceAll('µ', 'u') } : {}),
            detail: result ? 'unit' : undefined
        }));
    }
}

/** One regimen as a snippet: an amount, route and schedule; or a rate, per kg times the weight when known. */
function regimenSnippet(drug: Drug, regimen: Regimen, weight: number | undefined): { text: string; shown: string; who?: string } {
    const who = regimen.otherIndication ?? regimen.population;
    if (regimen.timing) {
        const amount = formatNumber(regimen.usual ?? regimen.low);
        const unit = showUnit(regimen.unit);
        const schedule = scheduleOf(regimen);
        const route = regimen.route ? ` ${regimen.route}` : '';
        return { text: `${drug.term} \${1:${amount}} ${unit}${route} \${2:${schedule}}`, shown: `${amount} ${unit}${route} ${schedule}`, who };
    }
    const weighed = regimenForWeight(regimen, weight);
    const unit = showUnit(weighed?.unit ?? regimen.unit);
    const dose = formatNumber(weighed?.low ?? regimen.low);
    return { text: `${drug.term} \${1:${dose}} ${unit}`, shown: `${dose} ${unit}`, who };
}

/**
 * A unit as it can be typed in a file: with µ, once (the list showed µmol/L and umol/L);
 * the eGFR's `1.73 m²` written `1.73m2`, which the grammar parses.
 */
function writtenUnit(code: string): string {
    // \u00B2 (²) escaped: esbuild writes a regular expression as it is, and an ASCII bundle reads faster (launcher.ts).
    return showUnit(code).replace(/(\d) m\u00B2/g, '$1m2');
}

function weightOf(context: CompletionContext): number | undefined {
    const kase = context.node && AstUtils.getContainerOfType(context.node, ast.isCase);
    const weight = kase?.members.filter(ast.isPatient).flatMap(p => p.items).find(ast.isWeight)?.value;
    const reading = weight?.unit ? readUnit(weight.unit) : undefined;
    return weight && reading?.ok ? convert(weight.value, reading.ucum, 'kg') : undefined;
}
