/**
 * Random damage to a text, as an editor sees it half-typed or a file arrives from
 * elsewhere: deleted spans, truncation, repeated junk, unterminated strings and
 * comments, NUL and bidi controls, emoji, lone surrogates, odd numbers, CRLF and a BOM.
 */
import fc from 'fast-check';

/** Snippets that have broken parsers before. */
export const JUNK = [
    '{', '}', '"', '"unclosed', '/*', '*/', '//', '\\', ',', '/', '%', 'x', 'of', 'of L9', 'case', 'case A {',
    'labs {', 'calcium', 'calcium 9.4', 'lesion', 'drug diltiazem', '\u0000', '\u202E', '\u2066', '\u200B',
    '\uFEFF', '\uD800', '\uDFFF', '😀', '👩🏽‍⚕️', '\r', '\r\n', '\t', '\u00A0', '\u2028', '1e309', '-0', '00000001',
    '5.', '.5', '9'.repeat(400), 'NaN', 'Infinity', 'µ', 'μmol/L', '$', '@'
];

const junk = fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...JUNK) },
    { weight: 1, arbitrary: fc.string({ maxLength: 8, unit: 'binary' }) },
    { weight: 1, arbitrary: fc.string({ maxLength: 8, unit: 'grapheme' }) });

type Mutation = (text: string) => string;

/** A position in any text, drawn once: a fraction of its length. */
const position = fc.double({ min: 0, max: 1, noNaN: true });
const at = (text: string, fraction: number) => Math.min(text.length, Math.floor(fraction * text.length));

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
    // delete a span
    fc.tuple(position, fc.integer({ min: 1, max: 200 })).map(([p, n]): Mutation => t => t.slice(0, at(t, p)) + t.slice(at(t, p) + n)),
    // cut the file where the user stopped typing
    position.map((p): Mutation => t => t.slice(0, at(t, p))),
    // insert junk, once or many times
    fc.tuple(position, junk, fc.oneof(fc.constant(1), fc.integer({ min: 2, max: 300 }))).map(([p, j, n]): Mutation => t => t.slice(0, at(t, p)) + j.repeat(n) + t.slice(at(t, p))),
    // copy a span elsewhere
    fc.tuple(position, fc.integer({ min: 1, max: 300 }), position).map(([p, n, q]): Mutation => t => {
        const span = t.slice(at(t, p), at(t, p) + n);
        return t.slice(0, at(t, q)) + span + t.slice(at(t, q));
    }),
    fc.constant<Mutation>(t => t.replace(/\n/g, '\r\n')),
    fc.constant<Mutation>(t => '\uFEFF' + t));

/** The text with one to four mutations applied. */
export function mutated(text: string): fc.Arbitrary<string> {
    return fc.array(mutation, { minLength: 1, maxLength: 4 }).map(ms => ms.reduce((t, m) => m(t), text));
}
