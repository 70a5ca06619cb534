/**
 * Hovers on values and terms (Langium's default answers only on names and
 * references): a lab value with both units, the interval used and why, and its
 * status; a term with what the knowledge base knows; a dose against its regimens;
 * the case name with its classification.
 */
import { AstUtils, CstUtils, type LangiumDocument, type MaybePromise } from 'langium';
import type { HoverProvider } from 'langium/lsp';
import type { Hover, HoverParams } from 'vscode-languageserver';
import { isCase, type Case, type CaseFile } from '../generated/ast.js';
import type { CalcServices } from '../calc-module.js';
import type { Span } from '../facts/case-facts.js';
import type { CaseAnalysis } from '../clinical/analyze.js';
import type { LabAssessment } from '../clinical/labs.js';
import { diagnosisName } from '../clinical/classify.js';
import { describeDosage, regimenForWeight, regimenJudges, regimenWords } from '../clinical/doses.js';
import { formatInterval, formatNumber, formatQuantity, formatRange } from '../clinical/format.js';
import { showUnit } from '../facts/units.js';
import { ProductUnits, Sources } from '../knowledge/index.js';
import { cite, termMarkdown } from './term-markdown.js';
import { figureMarkdown, referenceMarkdown, undefinedCitationMarkdown } from '../report/report-hover.js';
import type { CalcAnalysis } from '../analysis/calc-analysis.js';

export class CalcHoverProvider implements HoverProvider {
    private readonly analysis: CalcAnalysis;

    constructor(services: CalcServices) {
        this.analysis = services.clinical.Analysis;
    }

    async getHoverContent(document: LangiumDocument, params: HoverParams): Promise<Hover | undefined> {
        const root = document.parseResult.value as CaseFile;
        const offset = document.textDocument.offsetAt(params.position);
        const leaf = root.$cstNode && CstUtils.findLeafNodeAtOffset(root.$cstNode, offset);
        const kase = leaf && AstUtils.getContainerOfType(leaf.astNode, isCase);
        if (!kase) return undefined;
        const markdown = await this.markdownAt(kase, offset);
        return markdown ? { contents: { kind: 'markdown', value: markdown } } : undefined;
    }

    private markdownAt(kase: Case, offset: number): MaybePromise<string | undefined> {
        const analysis = this.analysis.analysisOf(kase);
        const { facts } = analysis;
        const inside = (span: Span) => offset >= span.offset && offset < span.end;
        if (inside(facts.nameAt)) return classificationMarkdown(analysis);
        const lab = analysis.labs.labs.find(l => inside(l.fact.quantity.at) || inside(l.fact.quantity.unitAt));
        if (lab) return labMarkdown(lab, analysis);
        // The drug's name shows what the knowledge base knows; the rest of its line, the prescription read.
        const drug = facts.drugs.find(d => inside(d.at) && !inside(d.term.at));
        if (drug) return doseMarkdown(analysis, facts.drugs.indexOf(drug));
        const term = facts.terms.find(t => inside(t.at));
        if (term) return termMarkdown(term.category, term.term);
        return this.manuscriptMarkdownAt(analysis, inside);
    }

    /** A citation or a reference's name: the entry as the report lists it; a figure's name or image: its legend. */
    private manuscriptMarkdownAt({ facts }: CaseAnalysis, inside: (span: Span) => boolean): MaybePromise<string | undefined> {
        const citation = facts.citations.find(c => inside(c.at));
        const reference = citation ? facts.references.find(r => r.name === citation.id) : facts.references.find(r => inside(r.at));
        if (reference) return referenceMarkdown(reference, facts);
        if (citation) return undefinedCitationMarkdown(citation.id, facts);
        const figure = facts.figures.find(f => inside(f.at) || inside(f.imageAt));
        return figure ? figureMarkdown(figure) : undefined;
    }
}

function findingsAt(analysis: CaseAnalysis, spans: Span[]): string[] {
    return analysis.findings
        .filter(f => spans.some(s => f.at.offset === s.offset))
        .map(f => `**${f.severity}** \`${f.code}\`: ${f.message}`);
}

/** Glyphs Debian's fonts (DejaVu) have: the emoji 🔺 🔻 ⛔ showed as empty boxes in its Chromium. */
const STATUS_WORDS: Record<LabAssessment['status'], string> = {
    low: '▼ low', normal: '✔ within the reference interval', high: '▲ high',
    implausible: '✖ implausible: not a living patient\'s value', 'unit-suspect': '⚠ the unit is doubtful',
    unusable: 'not assessed'
};

function labMarkdown(lab: LabAssessment, analysis: CaseAnalysis): string {
    const { quantity } = lab.fact;
    const analyte = lab.analyte;
    if (!analyte || !quantity.ucum) return `**${lab.fact.term.term}** ${quantity.value} ${quantity.unit}\n\n${findingsAt(analysis, [quantity.at, quantity.unitAt, lab.fact.term.at]).join('\n\n')}`;
    const lines = [`**${analyte.label}** ${formatQuantity(quantity.value, quantity.ucum)}${lab.other ? ` = ${formatQuantity(lab.other.value, lab.other.unit)}` : ''}`, ''];
    lines.push(`Status: ${lab.status === 'normal' && lab.interval?.target ? '✔ within the target' : STATUS_WORDS[lab.status]}`);
    if (lab.interval) {
        const i = lab.interval;
        const asWritten = lab.intervalAsWritten && lab.intervalAsWritten.unit !== i.unit ? ` (${formatInterval(lab.intervalAsWritten.low, lab.intervalAsWritten.high, lab.intervalAsWritten.unit)})` : '';
        lines.push('', `${i.target ? capitalise(i.label) : `Reference for ${i.label}`}${i.ageNote ? ` (${i.ageNote})` : ''}: ${formatInterval(i.low, i.high, i.unit)}${asWritten}${i.caveat ? `; ${i.caveat}` : ''}${i.source ? ` — ${cite(i.source)}` : ''}`);
    }
    const corrected = analysis.labs.correctedCalcium;
    if (corrected && analysis.labs.byAnalyte.calcium === lab) {
        lines.push('', `Albumin-corrected calcium: **${formatQuantity(corrected.value, corrected.unit)}** = ${corrected.formula} — ${[...new Set(corrected.sources)].map(cite).join(', ')}`);
    }
    const product = analysis.labs.product;
    if (product && (analysis.labs.byAnalyte.phosphate === lab || analysis.labs.byAnalyte.calcium === lab)) {
        lines.push('', `Ca × P: ${formatNumber(product.value)} ${ProductUnits.productText} (${product.normalForAge ? product.standard : `${product.above ? 'above' : 'below'} ${product.threshold}, ${product.standard}`}) — ${cite(product.source)}`);
    }
    lines.push('', `Plausible: ${formatInterval(analyte.plausible.value.low, analyte.plausible.value.high, analyte.canonicalUnit)}`);
    const property = /mol/.test(quantity.ucum) ? 'substance' : 'mass';
    const loinc = analyte.loinc.find(l => l.property === property) ?? analyte.loinc[0];
    if (loinc) lines.push('', `LOINC ${loinc.code} ${loinc.display}`);
    const findings = findingsAt(analysis, [quantity.at, quantity.unitAt]);
    if (findings.length) lines.push('', '---', '', ...findings);
    return lines.join('\n');
}

function doseMarkdown(analysis: CaseAnalysis, index: number): string | undefined {
    const fact = analysis.facts.drugs[index];
    const drug = fact.drug;
    if (!drug || !fact.dose.ucum) return drug ? termMarkdown('drug', drug.term) : undefined;
    const verdict = analysis.doses[index];
    const weight = analysis.facts.patient.weightKg;
    const lines = [`**${drug.label}** ${describeDosage(fact)}${weight !== undefined ? ` · weight ${formatNumber(weight)} kg` : ''}`, ''];
    if (fact.routeEntry) lines.push(`Route: ${fact.routeEntry.label} (SNOMED CT ${fact.routeEntry.snomed.code} ${fact.routeEntry.snomed.display})`, '');
    const exposure = [
        verdict.perWeek ? `${verdict.atMost ? 'at most ' : ''}${formatQuantity(verdict.perWeek.value, verdict.perWeek.unit)}` : '',
        verdict.perKg ? `${formatQuantity(verdict.perKg.value, verdict.perKg.unit)}` : '',
        verdict.bsa ? `BSA ${formatNumber(verdict.bsa.value)} m² (${verdict.bsa.formula})` : ''
    ].filter(Boolean);
    if (exposure.length) lines.push(`Exposure: ${exposure.join(' · ')}`, '');
    if (verdict.text) lines.push(`${STATUS_MARKS[verdict.status]} ${verdict.text}${verdict.regimen ? ` (${Sources[verdict.regimen.source].short})` : ''}`, '');
    lines.push('Reported regimens:');
    for (const regimen of drug.regimens) lines.push(`- ${regimenWords(regimen)}`);
    // The patient's own per-kg range only for a regimen that judges this patient (an adult's is the adults' regimen).
    for (const regimen of drug.regimens.filter(r => r.perKg && !r.timing && regimenJudges(drug, r, analysis.facts.patient))) {
        const weighed = regimenForWeight(regimen, weight);
        if (weighed) lines.push(`- for ${formatNumber(weight!)} kg: ${formatRange(weighed.low, weighed.high, weighed.unit)}`);
        else lines.push(`- ${showUnit(regimen.unit)}: record the weight to check the dose per kg`);
    }
    for (const d of drug.discrepancies ?? []) lines.push('', `⚠ ${cite(d.source)} prints "${d.printed}": ${d.explanation}`);
    const findings = findingsAt(analysis, [fact.dose.at, fact.dose.unitAt, fact.term.at, ...(fact.route ? [fact.route.at] : []), ...(fact.timing ? [fact.timing.at] : [])]);
    if (findings.length) lines.push('', '---', '', ...findings);
    return lines.join('\n');
}

const FIT_WORDS: Record<CaseAnalysis['management']['steps'][number]['fit'], string> = {
    suited: 'advised', alternative: 'also an option', 'not-suited': 'not for this case', 'extent-unknown': 'extent unknown'
};

const STATUS_MARKS: Record<CaseAnalysis['doses'][number]['status'], string> = {
    within: '✔', outside: '⚠', 'unit-suspect': '⚠', 'other-indication': 'ℹ', 'not-advised': '⚠', 'not-checked': '·'
};

function classificationMarkdown(analysis: CaseAnalysis): string {
    const c = analysis.classification;
    const lines = [`**${c.headline}**${c.type ? ` · *${c.confidence}*` : ''}`, ''];
    if (c.reasons.length) lines.push('Because:', ...c.reasons.map(r => `- ${r.text}`), '');
    if (!c.type && c.candidates.length) lines.push(`Candidates: ${c.candidates.join(', ')}`, '');
    if (c.missing.length) lines.push(`Missing: ${c.missing.join(', ')}`, '');
    if (c.wouldChange.length) lines.push('What would change it:', ...c.wouldChange.map(w => `- ${w}`), '');
    lines.push('| Type | Support | What it lacks |', '|---|---|---|');
    for (const [type, support] of Object.entries(c.support)) {
        lines.push(`| ${type} | ${['excluded', 'not excluded', 'probable', 'definite'][support.level]} | ${support.against.join('; ') || '—'} |`);
    }
    lines.push('', `Types and extents as the seed report defines them — ${cite('seed')}.`);
    lines.push('', ...planMarkdown(analysis));
    return lines.join('\n');
}

/** The management plan for the case's type, in order, each step with why and its sources. */
function planMarkdown(analysis: CaseAnalysis): string[] {
    const plan = analysis.management;
    const lines = [`**Plan${plan.type ? ` for ${diagnosisName(plan.type)}` : ''}**`, ''];
    plan.steps.forEach(({ step, advice, fit, why }, i) => {
        const sources = [...new Set([...advice, ...(step.against ?? [])].map(a => a.source))].map(cite).join(', ');
        lines.push(`${i + 1}. ${step.title}${fit === 'suited' ? '' : ` (${FIT_WORDS[fit]})`}: ${why} — ${sources}`);
    });
    return lines;
}

function capitalise(text: string): string {
    return text.charAt(0).toUpperCase() + text.slice(1);
}
