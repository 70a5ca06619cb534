/** The patient-identifier guard: direct identifiers in a case's free text (not its citation). */
import { IdentifierPatterns, type IdentifierPattern } from '../knowledge/index.js';
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
    return facts.texts.flatMap(text => identifiersIn(text.raw).map(({ start, end, identifier }) => ({
        code: Codes.phiIdentifier, severity: 'warning' as const,
        at: { offset: text.at.offset + start, end: text.at.offset + end },
        message: `This looks like a ${identifier.kind}, a direct patient identifier: a de-identified case report leaves it out.${sourceSentence(identifier.source)}`,
        sources: [identifier.source],
        data: { placeholder: identifier.placeholder, kind: identifier.kind }
    })));
}

export interface IdentifierSpan {
    start: number;
    end: number;
    identifier: IdentifierPattern;
}

/** The identifiers in a text, one per span (the first pattern that takes it), in pattern order. */
export function identifiersIn(text: string): IdentifierSpan[] {
    const spans: IdentifierSpan[] = [];
    if (!MAY_IDENTIFY.test(text)) return spans;
    const digits = digitCount(text);
    for (const identifier of IdentifierPatterns) {
        if (digits < identifier.minDigits) continue;
        for (const match of text.matchAll(identifier.pattern)) {
            const start = match.index;
            const end = start + match[0].length;
            if (spans.some(s => start < s.end && end > s.start)) continue;
            spans.push({ start, end, identifier });
        }
    }
    return spans;
}

function digitCount(text: string): number {
    let count = 0;
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c >= 48 && c <= 57) count++;
    }
    return count;
}

/**
 * The text with each identifier the guard above warns about replaced by its placeholder:
 * what a de-identified export carries (the same patterns, so no identifier the editor
 * flags leaves in a bundle).
 */
export function withoutIdentifiers(text: string): string {
    const spans = identifiersIn(text).sort((a, b) => a.start - b.start);
    let result = '';
    let from = 0;
    for (const span of spans) {
        result += text.slice(from, span.start) + span.identifier.placeholder;
        from = span.end;
    }
    return result + text.slice(from);
}
