/**
 * What the knowledge base knows of a term, as Markdown with its sources: for hovers
 * and for completion items' documentation.
 */
import { CategorySupport, ExtentRule, Sources, type Analyte, type Condition, type Drug, type Exposure, type Site, type SourceId, type Sourced } from '../knowledge/index.js';
import type { TermCategory } from '../facts/case-facts.js';
import { CategoryNames, lookup } from '../facts/catalogue.js';
import { showUnit } from '../facts/units.js';
import { formatInterval } from '../clinical/format.js';
import { regimenWords } from '../clinical/doses.js';

export function cite(source: SourceId): string {
    const { short, url } = Sources[source] as { short: string; url?: string };
    return url ? `[${short}](${url})` : `*${short}*`;
}

function sourced(value: Sourced<string>): string {
    return `${value.value} — ${cite(value.source)}${value.note ? ` (${value.note})` : ''}`;
}

/** A one-line summary, for completion lists. */
export function termSummary(category: TermCategory, term: string): string | undefined {
    return lookup(category, term)?.label;
}

export function termMarkdown(category: TermCategory, term: string): string | undefined {
    const entry = lookup(category, term);
    if (!entry) return undefined;
    const lines = [`**${entry.label}** · ${CategoryNames[category]} \`${term}\``, ''];
    switch (category) {
        case 'analyte': lines.push(...analyteLines(entry as Analyte)); break;
        case 'condition': lines.push(...conditionLines(entry as Condition)); break;
        case 'drug': lines.push(...drugLines(entry as Drug)); break;
        case 'exposure': {
            const exposure = entry as Exposure;
            lines.push(sourced(exposure.definition));
            if (exposure.gives) lines.push('', `Gives ${exposure.gives} at the site: points to **iatrogenic** calcinosis.`);
            if (exposure.calciphylaxisRisk) lines.push('', `A risk factor for **calciphylaxis**: ${sourced(exposure.calciphylaxisRisk)}`);
            break;
        }
        case 'site': {
            const site = entry as Site;
            lines.push(`Region: ${site.region}${site.joint ? ' (a joint: periarticular deposits)' : ''}. ${sourced(ExtentRule.definition)}`);
            break;
        }
        default: {
            const definition = (entry as { definition?: Sourced<string> }).definition;
            if (definition) lines.push(sourced(definition));
        }
    }
    return lines.join('\n');
}

function analyteLines(analyte: Analyte): string[] {
    const unit = analyte.canonicalUnit;
    const units = analyte.unitless ? 'none, written as a bare number' : [analyte.conventionalUnit, analyte.siUnit, ...(analyte.sameNumberUnits?.value ?? [])].filter((u, i, all) => all.indexOf(u) === i).map(showUnit).join(' · ');
    const lines = [sourced(analyte.definition), '', `Units: ${units}${analyte.molarMass ? ` (molar mass ${analyte.molarMass.value} g/mol — ${cite(analyte.molarMass.source)})` : ''}`, '', '| Ages | Reference | Source |', '|---|---|---|'];
    for (const band of analyte.reference) lines.push(`| ${band.ages.label} | ${formatInterval(band.low, band.high, unit)} | ${cite(band.source)} |`);
    const plausible = analyte.plausible.value;
    lines.push('', `Plausible: ${formatInterval(plausible.low, plausible.high, unit)} — ${cite(analyte.plausible.source)}`);
    if (analyte.critical) lines.push('', `Critical: ${formatInterval(analyte.critical.value.low, analyte.critical.value.high, unit)} — ${cite(analyte.critical.source)}`);
    if (analyte.loinc.length) lines.push('', `LOINC: ${analyte.loinc.map(l => `${l.code} ${l.display}`).join(' · ')}`);
    return lines;
}

function conditionLines(condition: Condition): string[] {
    const support = CategorySupport[condition.category];
    const lines = [sourced(condition.definition), '', `Category: ${condition.category.replace(/([A-Z])/g, ' $1').toLowerCase()}${support.value ? ` → points to **${support.value}** calcinosis` : ''} — ${cite(support.source)}`];
    for (const f of condition.frequencies ?? []) {
        lines.push(`- ${f.text} (${f.population}) — ${cite(f.source)}${f.caveat ? `. ⚠ ${f.caveat}` : ''}`);
    }
    return lines;
}

function drugLines(drug: Drug): string[] {
    const lines = [`${drug.drugClass}. ${sourced(drug.mechanism)}`];
    if (drug.indication) lines.push('', `Used for: ${sourced(drug.indication)}`);
    if (drug.regimens.length) {
        lines.push('', 'Regimens:');
        for (const regimen of drug.regimens) lines.push(`- ${regimenWords(regimen)}${regimen.route && !regimen.timing ? `, ${regimen.route}` : ''}${regimen.note ? ` — ${regimen.note}` : ''}`);
    }
    for (const d of drug.discrepancies ?? []) lines.push('', `⚠ ${cite(d.source)} prints "${d.printed}": ${d.explanation}`);
    if (drug.adverseEffects?.length) lines.push('', `Adverse effects: ${drug.adverseEffects.map(sourced).join('; ')}`);
    for (const caution of drug.cautions ?? []) lines.push('', `⚠ ${sourced(caution)}`);
    return lines;
}
