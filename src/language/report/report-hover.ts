/** Hovers on the manuscript's parts: a reference (by its name or a citation of it) and a figure. Markdown only; no medicine. */
import type { CaseFacts, FigureFact, ReferenceFact } from '../facts/case-facts.js';
import { vancouverEntries } from './vancouver.js';

export async function referenceMarkdown(reference: ReferenceFact, facts: CaseFacts): Promise<string> {
    const cited = facts.citations.filter(c => c.id === reference.name).length;
    const [entry] = await vancouverEntries([reference]);
    const links = [
        reference.fields.doi && `[doi:${reference.fields.doi}](https://doi.org/${encodeURI(reference.fields.doi)})`,
        reference.fields.pmid && /^\d+$/.test(reference.fields.pmid) && `[PubMed ${reference.fields.pmid}](https://pubmed.ncbi.nlm.nih.gov/${reference.fields.pmid}/)`
    ].filter(Boolean);
    return [
        `**Reference \`${reference.name}\`** · ${cited === 0 ? 'not cited yet' : `cited ${cited} time${cited === 1 ? '' : 's'}`}`,
        '',
        entry,
        ...(links.length ? ['', links.join(' · ')] : []),
        '',
        '*Vancouver style, as the case report lists it; cite it as* `[@' + reference.name + ']`.'
    ].join('\n');
}

export function figureMarkdown(figure: FigureFact): string {
    return [
        `**Figure ${figure.number}** \`${figure.name}\`${figure.lesion ? ` · of ${figure.lesion}${figure.study ? `, ${figure.study.term}` : ''}` : ''}`,
        '',
        `Image: \`${figure.image}\` (relative to the case file)`,
        '',
        figure.caption
    ].join('\n');
}

export function undefinedCitationMarkdown(id: string, facts: CaseFacts): string {
    const known = facts.references.map(r => `\`${r.name}\``);
    return `**No reference \`${id}\`** in this case${known.length ? `: its references are ${known.join(', ')}` : ''}.`;
}
