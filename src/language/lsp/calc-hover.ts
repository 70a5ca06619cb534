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
import { readDose, describeRegimen } from '../clinical/doses.js';
import { formatInterval, formatNumber, formatQuantity } from '../clinical/format.js';
import { showUnit } from '../facts/units.js';
import { ProductUnits } from '../knowledge/index.js';
import { cite, termMarkdown } from './term-docs.js';
import type { CalcAnalysis } from './calc-analysis.js';

export class CalcHoverProvider implements HoverProvider {
    private readonly analysis: CalcAnalysis;

    constructor(services: CalcServices) {
        this.analysis = services.clinical.Analysis;
    }

    getHoverContent(document: LangiumDocument, params: HoverParams): MaybePromise<Hover | undefined> {
        const root = document.parseResult.value as CaseFile;
        const offset = document.textDocument.offsetAt(params.position);
        const leaf = root.$cstNode && CstUtils.findLeafNodeAtOffset(root.$cstNode, offset);
        const kase = leaf && AstUtils.getContainerOfType(leaf.astNode, isCase);
        if (!kase) return undefined;
        const markdown = this.markdownAt(kase, offset);
        return markdown ? { contents: { kind: 'markdown', value: markdown } } : undefined;
    }

    private markdownAt(kase: Case, offset: number): string | undefined {
        const analysis = this.analysis.analysisOf(kase);
        const { facts } = analysis;
        const inside = (span: Span) => offset >= span.offset && offset < span.end;
        if (inside(facts.nameAt)) return classificationMarkdown(analysis);
        const lab = analysis.labs.labs.find(l => inside(l.fact.quantity.at) || inside(l.fact.quantity.unitAt));
        if (lab) return labMarkdown(lab, analysis);
        const drug = facts.drugs.find(d => inside(d.dose.at) || inside(d.dose.unitAt));
        if (drug) return doseMarkdown(analysis, facts.drugs.indexOf(drug));
        const term = facts.terms.find(t => inside(t.at));
        return term ? termMarkdown(term.category, term.term) : undefined;
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
    lines.push(`Status: ${STATUS_WORDS[lab.status]}`);
    if (lab.interval) {
        const i = lab.interval;
        lines.push('', `Reference for ${i.label}${i.ageNote ? ` (${i.ageNote})` : ''}: ${formatInterval(i.low, i.high, i.unit)}${i.source ? ` — ${cite(i.source)}` : ''}`);
    }
    const corrected = analysis.labs.correctedCalcium;
    if (corrected && analysis.labs.byAnalyte.calcium === lab) {
        lines.push('', `Albumin-corrected calcium: **${formatQuantity(corrected.value, corrected.unit)}** = ${corrected.formula} — ${[...new Set(corrected.sources)].map(cite).join(', ')}`);
    }
    const product = analysis.labs.product;
    if (product && (analysis.labs.byAnalyte.phosphate === lab || analysis.labs.byAnalyte.calcium === lab)) {
        lines.push('', `Ca × P: ${formatNumber(product.value)} ${ProductUnits.productText} (${product.above ? 'above' : 'below'} ${product.threshold})`);
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
    const weight = analysis.facts.patient.weightKg;
    const lines = [`**${drug.label}** ${formatQuantity(fact.dose.value, fact.dose.ucum)}${weight !== undefined ? ` · weight ${formatNumber(weight)} kg` : ''}`, ''];
    for (const reading of readDose(drug, fact.dose.value, fact.dose.ucum, weight)) {
        lines.push(`- ${reading.inRange ? '✔' : '⚠'} ${formatQuantity(reading.value, reading.regimen.unit)} against ${describeRegimen(reading.regimen)}`);
    }
    lines.push('');
    for (const regimen of drug.regimens.filter(r => r.perKg)) {
        if (weight !== undefined) lines.push(`- for ${formatNumber(weight)} kg: ${formatInterval(regimen.low * weight, regimen.high * weight, regimen.unit.replace('/kg', ''))}`);
        else lines.push(`- ${showUnit(regimen.unit)}: record the weight to check the dose per kg`);
    }
    for (const d of drug.discrepancies ?? []) lines.push('', `⚠ ${cite(d.source)} prints "${d.printed}": ${d.explanation}`);
    const findings = findingsAt(analysis, [fact.dose.at, fact.dose.unitAt]);
    if (findings.length) lines.push('', '---', '', ...findings);
    return lines.join('\n');
}

function classificationMarkdown(analysis: CaseAnalysis): string {
    const c = analysis.classification;
    const title = c.type ? `${c.type} calcinosis cutis` : 'Calcinosis cutis, type undetermined';
    const lines = [`**${title}**${c.extent ? ` · ${c.extent}` : ''} · *${c.confidence}*`, ''];
    if (c.reasons.length) lines.push('Because:', ...c.reasons.map(r => `- ${r.text}`), '');
    if (!c.type && c.candidates.length) lines.push(`Candidates: ${c.candidates.join(', ')}`, '');
    if (c.missing.length) lines.push(`Missing: ${c.missing.join(', ')}`, '');
    lines.push('| Type | Support | What it lacks |', '|---|---|---|');
    for (const [type, support] of Object.entries(c.support)) {
        lines.push(`| ${type} | ${['excluded', 'not excluded', 'probable', 'definite'][support.level]} | ${support.against.join('; ') || '—'} |`);
    }
    lines.push('', `Types and extents as the seed report defines them — ${cite('seed')}.`);
    return lines.join('\n');
}
