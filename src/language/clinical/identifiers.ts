/** The patient-identifier guard: direct identifiers in a case's free text (not its citation). */
import { IdentifierPatterns } from '../knowledge/index.js';
import type { CaseFacts } from '../facts/case-facts.js';
import { Codes } from '../diagnostic-codes.js';
import type { Finding } from './finding.js';
import { sourceSentence } from './format.js';

/**
 * What every pattern of IdentifierPatterns needs (knowledge/identifiers.ts): a digit, an
 * `@`, a web prefix or a title. Most free texts have none of these and skip the nine
 * patterns (the telephone one looks ahead at every character). Keep it in step with them.
 */
const MAY_IDENTIFY = /[\d@]|www\.|https?:|\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)/i;

export function checkIdentifiers(facts: CaseFacts): Finding[] {
    const findings: Finding[] = [];
    for (const text of facts.texts) {
        if (!MAY_IDENTIFY.test(text.raw)) continue;
        const taken: Array<[number, number]> = [];
        for (const identifier of IdentifierPatterns) {
            for (const match of text.raw.matchAll(identifier.pattern)) {
                const start = match.index;
                const end = start + match[0].length;
                if (taken.some(([s, e]) => start < e && end > s)) continue; // one finding per span
                taken.push([start, end]);
                findings.push({
                    code: Codes.phiIdentifier, severity: 'warning',
                    at: { offset: text.at.offset + start, end: text.at.offset + end },
                    message: `This looks like a ${identifier.kind}, a direct patient identifier: a de-identified case report leaves it out.${sourceSentence(identifier.source)}`,
                    sources: [identifier.source],
                    data: { placeholder: identifier.placeholder, kind: identifier.kind }
                });
            }
        }
    }
    return findings;
}
