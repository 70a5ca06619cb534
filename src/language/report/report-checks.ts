/**
 * The manuscript's checks over CaseFacts: citations that name no reference, references no
 * text cites, identifiers that cannot be looked up, figure paths that cannot be embedded.
 * Whether an image exists needs the file system: calc-validator.ts asks it.
 */
import type { CaseFacts, FigureFact, ReferenceFact } from '../facts/case-facts.js';
import { Codes } from '../diagnostic-codes.js';
import type { Finding } from '../clinical/finding.js';

/**
 * The DOI syntax Crossref recommends matching ("10." + a 4–9 digit registrant + "/" + suffix), and a PMID:
 * a positive integer of at most 8 digits (NLM). Not a medical rule: an identifier's shape.
 */
const DOI = /^10\.\d{4,9}\/[-._;()/:a-z0-9<>[\]]+$/i;
const PMID = /^[1-9]\d{0,7}$/;

/** What a journal's production takes and the DOCX embeds (SVG needs a bitmap fallback in Word). */
export const IMAGE_TYPES = ['png', 'jpg', 'jpeg', 'gif'] as const;

export function checkReport(facts: CaseFacts): Finding[] {
    const defined = new Set(facts.references.map(r => r.name));
    const cited = new Set(facts.citations.map(c => c.id));
    const findings: Finding[] = [];
    for (const citation of facts.citations) {
        if (defined.has(citation.id)) continue;
        const known = [...defined];
        findings.push({
            code: Codes.referenceUndefined, severity: 'error', at: citation.at,
            message: known.length > 0
                ? `No reference named ${citation.id} in this case. Its references are ${known.join(', ')}.`
                : `No reference named ${citation.id} in this case: add it with \`reference ${citation.id} { authors "…" title "…" … }\`.`,
            data: { refText: citation.id, known }
        });
    }
    for (const reference of facts.references) {
        if (!cited.has(reference.name)) {
            findings.push({
                code: Codes.referenceUncited, severity: 'warning', at: reference.at,
                message: `${reference.name} is in the reference list but no text cites it: cite it as [@${reference.name}] in a narrative, a caption or the source, or remove it (Vancouver numbers references in the order they are cited).`
            });
        }
        findings.push(...identifierFindings(reference));
    }
    for (const figure of facts.figures) findings.push(...figureFindings(figure, facts));
    return findings;
}

function identifierFindings(reference: ReferenceFact): Finding[] {
    const findings: Finding[] = [];
    const { doi, pmid } = reference.fields;
    if (doi !== undefined && !DOI.test(doi)) {
        findings.push({
            code: Codes.referenceIdentifierMalformed, severity: 'warning', at: reference.fieldAt.doi!,
            message: /^(https?:\/\/)?(dx\.)?doi\.org\//i.test(doi)
                ? `Write the DOI without its resolver: "${doi.replace(/^(https?:\/\/)?(dx\.)?doi\.org\//i, '')}".`
                : `"${doi}" is not a DOI: a DOI reads 10.NNNN/suffix, e.g. "10.1016/j.ad.2015.09.001".`
        });
    }
    if (pmid !== undefined && !PMID.test(pmid)) {
        findings.push({
            code: Codes.referenceIdentifierMalformed, severity: 'warning', at: reference.fieldAt.pmid!,
            message: `"${pmid}" is not a PubMed identifier: a PMID is a number of up to 8 digits, e.g. "22508812".`
        });
    }
    return findings;
}

/** Why an image path cannot be embedded, or undefined when it can (relative, inside the case's folder, a bitmap). */
export function unusableImage(path: string): string | undefined {
    if (path.trim() === '') return 'The figure needs an image: a path relative to the case file, e.g. "figures/figure-1.png".';
    if (/^[a-z][a-z0-9+.-]*:/i.test(path) || path.startsWith('/') || path.startsWith('\\')) {
        return `"${path}" is not a path relative to the case file: images come from the case's own folder, never from elsewhere or the web.`;
    }
    // `%2e%2e` too: a browser reads it as `..` in a URL.
    if (path.split(/[\\/]/).some(part => /^(\.|%2e){2}$/i.test(part))) return `"${path}" leaves the case file's folder: keep the figures in it or below it.`;
    const extension = path.split('.').pop()?.toLowerCase() ?? '';
    if (!(IMAGE_TYPES as readonly string[]).includes(extension)) return `"${path}" is not a PNG, JPEG or GIF image: export the figure as one (a DOCX embeds only bitmaps).`;
    return undefined;
}

function figureFindings(figure: FigureFact, facts: CaseFacts): Finding[] {
    const findings: Finding[] = [];
    const unusable = unusableImage(figure.image);
    if (unusable) findings.push({ code: Codes.figureImageUnusable, severity: 'error', at: figure.image ? figure.imageAt : figure.at, message: unusable });
    const lesion = facts.lesions.find(l => l.name === figure.lesion);
    if (figure.study && lesion && !lesion.imaging.some(s => s.modality.term === figure.study!.term)) {
        findings.push({
            code: Codes.figureStudyMissing, severity: 'warning', at: figure.study.at,
            message: `${lesion.name} has no ${figure.study.term} study: record it under \`imaging { ${figure.study.term} of ${lesion.name} "…" }\`, or name a study it has (${lesion.imaging.map(s => s.modality.term).join(', ') || 'none yet'}).`
        });
    }
    return findings;
}
