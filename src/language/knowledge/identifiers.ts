/**
 * Direct identifiers that must not stand in a de-identified case report (HIPAA Safe
 * Harbor, 45 CFR 164.514(b)(2)), as patterns over free text, with the placeholder a
 * quick fix writes instead. Only those a pattern can find with few false alarms are
 * here; a year alone is allowed (Safe Harbor removes the elements of dates finer than it).
 */
import type { SourceId } from './sources.js';

export interface IdentifierPattern {
    kind: string;
    /** Global, so every occurrence in a text is found. */
    pattern: RegExp;
    /** The fewest digits a match has: a text with fewer is not searched (most notes have one or two numbers). */
    minDigits: number;
    placeholder: string;
    source: SourceId;
}

const MONTH = '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';

export const IdentifierPatterns: IdentifierPattern[] = [
    // The lookbehind starts a match only at the start of an address: linear on long text.
    { kind: 'e-mail address', minDigits: 0, pattern: /(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g, placeholder: '[e-mail]', source: 'hipaaSafeHarbor' },
    { kind: 'web address', minDigits: 0, pattern: /\b(?:https?:\/\/|www\.)[^\s"]+/gi, placeholder: '[URL]', source: 'hipaaSafeHarbor' },
    { kind: 'IP address', minDigits: 4, pattern: /\b(?:\d{1,3}\.){3}\d{1,3}\b/g, placeholder: '[IP address]', source: 'hipaaSafeHarbor' },
    { kind: 'social security number', minDigits: 9, pattern: /\b\d{3}-\d{2}-\d{4}\b/g, placeholder: '[SSN]', source: 'hipaaSafeHarbor' },
    // 9 to 15 digits in groups (+91 97669 55304, (555) 123-4567): dates and doses have fewer.
    { kind: 'telephone number', minDigits: 9, pattern: /(?<![\w.])\+?(?=(?:[ ().-]{0,2}\d){9,15}(?!\d))[\d ().-]{8,22}\d(?![\w.])/g, placeholder: '[phone]', source: 'hipaaSafeHarbor' },
    { kind: 'full date', minDigits: 4, pattern: new RegExp(`\\b(?:\\d{4}-\\d{2}-\\d{2}|\\d{1,2}[/.]\\d{1,2}[/.]\\d{2,4}|\\d{1,2}(?:st|nd|rd|th)? ${MONTH},? \\d{4}|${MONTH} \\d{1,2}(?:st|nd|rd|th)?,? \\d{4})\\b`, 'gi'), placeholder: '[date]', source: 'hipaaSafeHarbor' },
    { kind: 'medical record number', minDigits: 1, pattern: /\b(?:MRN|medical record(?: number| no\.?)?|record (?:number|no\.?)|patient ID|hospital (?:number|no\.?))[\s:#]*[A-Z0-9-]*\d[A-Z0-9-]*/gi, placeholder: '[record number]', source: 'hipaaSafeHarbor' },
    { kind: 'street address', minDigits: 1, pattern: /\b\d{1,5}\s+(?:[A-Z][a-z]+\s+){1,3}(?:Street|St\.|Road|Rd\.|Avenue|Ave\.|Lane|Boulevard|Blvd\.|Drive|Way|Court|Place)\b/g, placeholder: '[address]', source: 'hipaaSafeHarbor' },
    { kind: 'person name', minDigits: 0, pattern: /\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\.?\s+[A-Z][a-z'-]+(?:\s+[A-Z][a-z'-]+)?/g, placeholder: '[name]', source: 'hipaaSafeHarbor' }
];
