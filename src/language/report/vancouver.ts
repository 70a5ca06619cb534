/**
 * The reference list in Vancouver style, formatted by citation-js with its CSL plugin's
 * Vancouver template (the ICMJE/NLM style), from the references as the file writes them.
 */
import type { ReferenceFact } from '../facts/case-facts.js';


interface CslName { family: string; given?: string }

/** "Jiménez-Gallo D" → family "Jiménez-Gallo", initials "D": Vancouver writes authors so already. */
function cslName(author: string): CslName {
    const match = /^(.*\S)\s+([A-Z][A-Za-z]{0,3})$/.exec(author.trim());
    // Spaced, so that the template keeps every initial ("SJ" is read as one given name, "S").
    return match ? { family: match[1], given: /^[A-Z]+$/.test(match[2]) ? match[2].split('').join(' ') : match[2] } : { family: author.trim() };
}

function cslItem(reference: ReferenceFact): Record<string, unknown> {
    const f = reference.fields;
    const item: Record<string, unknown> = {
        id: reference.name,
        type: f.book ? 'chapter' : f.journal ? 'article-journal' : 'book',
        author: reference.authors.map(cslName),
        title: f.title,
        'container-title': f.journal ?? f.book,
        publisher: f.publisher,
        'publisher-place': f.place,
        volume: f.volume,
        issue: f.issue,
        page: f.pages,
        URL: f.url
    };
    if (reference.year !== undefined) item.issued = { 'date-parts': [[reference.year]] };
    return Object.fromEntries(Object.entries(item).filter(([, v]) => v !== undefined));
}

/**
 * Each reference's entry, in the order given (the order of first citation). The template leaves
 * out identifiers; NLM's Citing Medicine adds the DOI and PMID at the end, so they are appended.
 */
export async function vancouverEntries(references: ReferenceFact[]): Promise<string[]> {
    if (references.length === 0) return [];
    // Loaded on first use: evaluating citation-js (and the fetch it brings) was a third of the
    // server's start-up, and only a reference's hover, its completion and the report need it.
    const { Cite } = await import('./citation-js.js');
    const entries = new Cite(references.map(cslItem)).format('bibliography', {
        format: 'text', template: 'vancouver', lang: 'en-US', asEntryArray: true
    }) as unknown as Array<[string, string]>;
    const byId = new Map(entries.map(([id, text]) => [id, text.replace(/^\s*\d+\.\s*/, '').trim()]));
    return references.map(reference => {
        const text = byId.get(reference.name) ?? reference.name;
        const { doi, pmid } = reference.fields;
        return [text, doi && `doi:${doi}.`, pmid && `PMID: ${pmid}.`].filter(Boolean).join(' ');
    });
}
