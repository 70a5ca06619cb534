/**
 * A fast-check arbitrary that writes valid-ish `.calc` files from the grammar
 * (src/language/calc.langium) and the knowledge base's terms: mostly known terms and
 * usual units, now and then an unknown word, an odd number or a wrong unit, so that
 * every rule (labs, doses, classification, references) gets exercised.
 */
import fc from 'fast-check';
import { entries } from '../../../src/language/facts/catalogue.js';
import type { TermCategory } from '../../../src/language/facts/case-facts.js';

type Part = string | fc.Arbitrary<string>;

/** Parts joined by a space; a string is a constant. */
function seq(...parts: Part[]): fc.Arbitrary<string> {
    return fc.tuple(...parts.map(p => typeof p === 'string' ? fc.constant(p) : p)).map(words => words.filter(Boolean).join(' '));
}

function optional(part: Part): fc.Arbitrary<string> {
    return fc.option(typeof part === 'string' ? fc.constant(part) : part, { nil: '' });
}

function lines(item: fc.Arbitrary<string>, maxLength: number): fc.Arbitrary<string> {
    return fc.array(item, { maxLength }).map(items => items.map(i => `    ${i}`).join('\n'));
}

function block(keyword: Part, item: fc.Arbitrary<string>, maxLength = 4): fc.Arbitrary<string> {
    return seq(keyword, '{\n', lines(item, maxLength), '\n}');
}

const word = fc.stringMatching(/^[a-zA-Z][a-zA-Z0-9]{0,8}$/);

/** A term of the position's catalogue, sometimes a word it does not know. */
function term(category: TermCategory): fc.Arbitrary<string> {
    return fc.oneof(
        { weight: 6, arbitrary: fc.constantFrom(...entries(category).map(e => e.term)) },
        { weight: 1, arbitrary: word });
}

const lesionName = fc.constantFrom('L1', 'L2', 'E1', 'elbowNodule', 'L9');

/** Ordinary numbers, and now and then one the lexer or the rules must survive. */
const number = fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom('0', '1', '2', '9.4', '2.36', '4.1', '72', '240', '1.5', '0.8', '35', '160', '64') },
    { weight: 2, arbitrary: fc.integer({ min: 0, max: 99999 }).map(String) },
    { weight: 2, arbitrary: fc.tuple(fc.integer({ min: 0, max: 999 }), fc.integer({ min: 0, max: 999 })).map(([a, b]) => `${a}.${b}`) },
    { weight: 1, arbitrary: fc.constantFrom('1e309', '-0', '00000001', '5.', '.5', '9'.repeat(400), '0.000000001') });

const unit = fc.constantFrom(
    'mg/dL', 'mmol/L', 'umol/L', 'µmol/L', 'pg/mL', 'ng/mL', 'g/dL', 'g/L', 'U/L', 'mL/min/1.73m2',
    'mg/day', 'mg/kg/day', 'mg/week', 'g/day', 'mg', 'cm', 'mm', 'kg', 'g', 'years', 'year', 'months',
    'weeks', 'days', '%', 'mg/dl', 'xyz', 'cm/kg', 'mmol');

const quantity = seq(number, unit);

const text = fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom('"Calcinosis cutis"', '""', '"left elbow, since 2015"', '"\\"quoted\\""') },
    { weight: 1, arbitrary: fc.string({ maxLength: 20 }).map(s => `"${s.replace(/["\\\r\n]/g, '')}"`) });

const patient = block('patient', fc.oneof(
    seq('age', quantity), seq('sex', term('sex')), seq('weight', quantity), seq('height', quantity)));

const history = block('history', fc.oneof(
    seq('complaint', text), seq('onset', quantity, 'ago'), seq('course', text),
    seq('family', fc.oneof(fc.constant('none'), text)),
    seq('condition', term('condition'), optional(text)), seq('injury', term('injury'), optional(text)),
    seq('exposure', term('exposure'), optional(text)), seq('smoking', fc.constantFrom('yes', 'no', 'former'))));

const lesion = block(seq('lesion', lesionName), fc.oneof(
    seq('site', optional(fc.constantFrom('left', 'right', 'bilateral')), term('site'), optional(text)),
    seq('count', fc.integer({ min: 0, max: 50 }).map(String)),
    seq('size', number, optional(seq('x', number)), unit),
    seq('morphology', fc.array(term('morphology'), { minLength: 1, maxLength: 3 }).map(t => t.join(' '))),
    seq('fixed', 'to', term('tissue')), seq('pain', term('pain')),
    seq('ulcerated', fc.constantFrom('yes', 'no')), seq('discharge', text)), 6);

const labs = block(seq('labs', optional(text)), seq(term('analyte'), number, unit), 8);

const imaging = block('imaging', seq(term('modality'), optional(seq('of', lesionName)), text));

const diagnosis = block('diagnosis', fc.oneof(
    seq('type', term('type')), seq('extent', term('extent')), seq('subtype', term('subtype'))), 3);

const treatment = block('treatment', fc.oneof(
    seq('drug', term('drug'), quantity, optional(text)),
    seq('excision', optional(seq('of', lesionName)), optional(seq('under', term('anaesthesia'), fc.constantFrom('anaesthesia', 'anesthesia')))),
    seq('procedure', term('procedure'), optional(seq('of', lesionName)), optional(text)),
    seq('advice', fc.array(term('advice'), { minLength: 1, maxLength: 4 }).map(t => t.join(', ')))));

const member = fc.oneof(
    seq('title', text), seq('source', text), patient, history, lesion, labs, imaging,
    seq('biopsy', optional(seq('of', lesionName)), text), seq('opinion', term('specialty'), text),
    diagnosis, treatment, seq('followup', quantity, term('outcome'), optional(text)));

const kase = seq('case', fc.oneof(fc.constantFrom('A', 'ThighCalcinosis'), word), '{\n', lines(member, 10), '\n}');

/** One to three cases, with a comment now and then. */
export const calcFile: fc.Arbitrary<string> = fc.tuple(
    optional(fc.constantFrom('// a case\n', '/* draft */\n')),
    fc.array(kase, { minLength: 1, maxLength: 3 })
).map(([comment, cases]) => comment + cases.join('\n\n') + '\n');
