/** Terms the knowledge base does not know (with the nearest ones) and units that are not units. */
import type { CaseFacts, TermFact } from '../facts/case-facts.js';
import { CategoryNames, entries } from '../facts/catalogue.js';
import { Codes } from '../diagnostic-codes.js';
import { LATIN_SCHEDULES } from '../facts/dosage.js';
import type { Finding } from './finding.js';

/** How many suggestions a message offers. */
const SUGGESTIONS = 3;

export function checkTermsAndUnits(facts: CaseFacts): Finding[] {
    const findings: Finding[] = [];
    for (const term of facts.terms) {
        // A Latin schedule where the route goes (`bd`) has its own message (doses.ts).
        if (term.known || term.term === '' || (term.category === 'route' && LATIN_SCHEDULES[term.term.toLowerCase()])) continue;
        const suggestions = nearestTerms(term);
        findings.push({
            code: Codes.unknownTerm, severity: 'warning', at: term.at,
            message: `\`${term.term}\` is not a known ${CategoryNames[term.category]}.${suggestions.length ? ` Did you mean ${suggestions.join(', ')}?` : ''}`,
            data: { suggestions, category: term.category }
        });
    }
    for (const quantity of facts.quantities) {
        if (!quantity.unitProblem) continue;
        findings.push({ code: Codes.unitInvalid, severity: 'error', at: quantity.unitAt, message: `${quantity.unitProblem}.` });
    }
    return findings;
}

/** The catalogue's terms closest to what was written (case-insensitive edit distance). */
export function nearestTerms(term: TermFact): string[] {
    const written = term.term.toLowerCase();
    const budget = Math.max(2, Math.floor(written.length / 3));
    return entries(term.category)
        // The distance is at least the difference in length: a word far longer than the
        // entry is not measured (a 100,000-letter word took seconds per entry).
        .filter(entry => Math.abs(entry.term.length - written.length) <= budget || (entry.term.length >= written.length && written.length >= 3))
        .map(entry => ({ term: entry.term, distance: editDistance(written, entry.term.toLowerCase()), prefix: entry.term.toLowerCase().startsWith(written) }))
        .filter(c => c.distance <= budget || (c.prefix && written.length >= 3))
        .sort((a, b) => a.distance - b.distance || a.term.localeCompare(b.term))
        .slice(0, SUGGESTIONS)
        .map(c => c.term);
}

/** Optimal string alignment distance: a swap of two letters counts once. */
function editDistance(a: string, b: string): number {
    const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
    for (let j = 1; j <= b.length; j++) d[0][j] = j;
    for (let i = 1; i <= a.length; i++) {
        for (let j = 1; j <= b.length; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
    }
    return d[a.length][b.length];
}
