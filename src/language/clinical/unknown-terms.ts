/** Terms the knowledge base does not know (with the nearest ones) and units that are not units. */
import type { CaseFacts, DrugFact, TermCategory, TermFact } from '../facts/case-facts.js';
import { CategoryNames, entries, lookup, lookupWords } from '../facts/catalogue.js';
import { Codes } from '../diagnostic-codes.js';
import { SCHEDULE_EXAMPLES, scheduleAbbreviation } from '../facts/dosage.js';
import { Sources } from '../knowledge/index.js';
import type { Finding } from './finding.js';
import { inSentence } from './in-sentence.js';

/** How many suggestions a message offers. */
const SUGGESTIONS = 3;

export function checkTermsAndUnits(facts: CaseFacts): Finding[] {
    const findings: Finding[] = [];
    const joined = wordsOfOneTerm(facts.terms);
    // Built once, not per term: most cases have no pair, and each term asked a copy of the map's values.
    const seconds = new Set([...joined.values()].map(p => p.second));
    for (let index = 0; index < facts.terms.length; index++) {
        const term = facts.terms[index];
        const pair = joined.get(index);
        if (pair) {
            findings.push({
                code: Codes.unknownTerm, severity: 'warning', at: { offset: term.at.offset, end: pair.second.at.end },
                message: `\`${term.term} ${pair.second.term}\` is one ${CategoryNames[term.category]}: write \`${pair.entry}\`.`,
                data: { suggestions: [pair.entry], category: term.category }
            });
            continue;
        }
        if (seconds.has(term)) continue;
        // A schedule's shorthand where the route goes (`bd`) has its own message (drugWordFindings).
        if (term.known || term.term === '' || (term.category === 'route' && scheduleAbbreviation(term.term))) continue;
        const suggestions = nearestTerms(term);
        const elsewhere = recordedElsewhere(term);
        findings.push({
            code: Codes.unknownTerm, severity: 'warning', at: term.at,
            message: `\`${term.term}\` is not a known ${CategoryNames[term.category]}${elsewhere ? `: ${elsewhere}` : ''}.${suggestions.length ? ` Did you mean ${suggestions.join(', ')}?` : ''}`,
            data: { suggestions, category: term.category }
        });
    }
    for (const drug of facts.drugs) findings.push(...drugWordFindings(drug));
    for (const quantity of facts.quantities) {
        if (!quantity.unitProblem) continue;
        findings.push({ code: Codes.unitInvalid, severity: 'error', at: quantity.unitAt, message: `${quantity.unitProblem}.` });
    }
    return findings;
}

/**
 * Two unknown words of one category side by side that name one term (`morphology retiform
 * purpura` for retiformPurpura): said once over both, with the term to write, by the index of the first.
 */
function wordsOfOneTerm(terms: TermFact[]): Map<number, { second: TermFact; entry: string }> {
    const pairs = new Map<number, { second: TermFact; entry: string }>();
    for (let i = 0; i + 1 < terms.length; i++) {
        const first = terms[i], second = terms[i + 1];
        if (first.known || second.known || first.category !== second.category || pairs.has(i - 1)) continue;
        const entry = lookupWords(first.category, [first.term, second.term]);
        if (entry) pairs.set(i, { second, entry: entry.term });
    }
    return pairs;
}

/**
 * What a prescription holds that the language does not read, said once at its place (the
 * grammar takes these words so that the parser does not report what follows them): a
 * name of several words, and a word where the schedule goes, Latin (`od`, `tds`) or not.
 * `data.replacement` is the quick fix's text.
 */
function drugWordFindings(drug: DrugFact): Finding[] {
    const findings: Finding[] = [];
    const words = drug.nameWords;
    if (words?.term && words.at) {
        findings.push({ code: Codes.syntax, severity: 'error', at: words.at, message: `Drug names are one word: write \`${words.term}\`.`, data: { replacement: words.term } });
    }
    if (words?.rest) {
        findings.push({ code: Codes.syntax, severity: 'error', at: words.rest.at, message: `\`${words.rest.written}\` is not read: a drug's name is one word, and the dose follows it, as in \`drug sevelamer 800 mg oral 3 times a day\`.` });
    }
    const shorthand = drug.scheduleShorthand;
    if (shorthand) findings.push(shorthandFinding(shorthand, drug.note !== undefined));
    const prn = drug.asNeededShorthand;
    if (prn) findings.push(writeOutFinding(prn.at, `\`${prn.word}\` is read as \`as needed\``, 'as needed'));
    const unread = drug.unreadSchedule;
    if (unread?.meaning) {
        findings.push(unread.inRoute
            ? { code: Codes.syntax, severity: 'error', at: unread.at, message: `\`${unread.word}\` is not read: write the route, then the schedule in words, e.g. \`oral ${unread.meaning}\`.`, data: { schedule: unread.meaning } }
            : { code: Codes.syntax, severity: 'error', at: unread.at, message: `\`${unread.word}\` is not read: write the schedule in words, as in \`${drug.route?.term ?? ''} ${unread.meaning}\`.`, data: { schedule: unread.meaning, ...(drug.timing ? {} : { replacement: unread.meaning }) } });
    } else if (unread) {
        findings.push({ code: Codes.syntax, severity: 'error', at: unread.at, message: `\`${unread.word}\` is not read: if it belongs to the drug's schedule, write one such as ${SCHEDULE_EXAMPLES}.` });
    }
    return findings;
}

/**
 * A schedule written as shorthand is read (`bd`: twice daily) and the dose checked; one on
 * ISMP's list of error-prone abbreviations is a warning, another a hint to write it out.
 * `data.replacement` is the quick fix's text: the words, and a time of day as the note where
 * the line has none (`nocte`: `daily "at night"`).
 */
function shorthandFinding(shorthand: NonNullable<DrugFact['scheduleShorthand']>, hasNote: boolean): Finding {
    const { word, at, abbreviation: { words, when, ismp } } = shorthand;
    const replacement = when && !hasNote ? `${words} "${when}"` : words;
    const read = `\`${word}\` is read as \`${words}\`${when ? ` (${when})` : ''}`;
    return ismp
        ? { code: Codes.scheduleShorthand, severity: 'warning', at, message: `${read}, but it is on ISMP's list of error-prone abbreviations (mistaken as ${ismp.mistakenAs}): write \`${replacement}\`. Source: ${Sources[ismp.source].short}.`, sources: [ismp.source], data: { replacement } }
        : writeOutFinding(at, read, replacement);
}

/** Shorthand off ISMP's list, read: information with a quick fix that writes the words. */
function writeOutFinding(at: Finding['at'], read: string, replacement: string): Finding {
    return { code: Codes.scheduleShorthand, severity: 'information', at, message: `${read}: write \`${replacement}\`, which reads the same to every reader.`, data: { replacement } };
}

/** Where a term of another catalogue is written, for a term put in the wrong place. */
const WRITTEN_AS: Partial<Record<TermCategory, (term: string) => string>> = {
    analyte: term => `\`labs { ${term} … }\``,
    drug: term => `\`treatment { drug ${term} … }\``,
    condition: term => `\`history { condition ${term} }\``,
    exposure: term => `\`history { exposure ${term} }\``,
    injury: term => `\`history { injury ${term} }\``,
    site: term => `\`site ${term}\` in a lesion`,
    morphology: term => `\`morphology ${term}\` in a lesion`,
    procedure: term => `\`procedure ${term}\` in treatment`
};

/** A lab state written as a word: hyper-/hypo- and an analyte's stem, -aemia or -emia. */
const LAB_STATE = /^(hyper|hypo)([a-z]{4,}?)a?emia$/;

/**
 * Where an unknown term is recorded instead, when it names something another position
 * takes: a lab state (`hyperphosphataemia`: a phosphate result) or another catalogue's term
 * (`condition warfarin`: an exposure or a drug).
 */
function recordedElsewhere(term: TermFact): string | undefined {
    const state = LAB_STATE.exec(britishToAmerican(term.term.toLowerCase()));
    const analyte = state && entries('analyte').find(a => a.term.toLowerCase().startsWith(state[2]) || a.label.toLowerCase().startsWith(state[2]));
    if (state && analyte) return `a ${state[1] === 'hyper' ? 'high' : 'low'} ${inSentence(analyte.label)} is recorded as a result, ${WRITTEN_AS.analyte!(analyte.term)}`;
    const places = (Object.keys(WRITTEN_AS) as TermCategory[])
        .filter(category => category !== term.category && lookup(category, term.term))
        .map(category => `${WRITTEN_AS[category]!(lookup(category, term.term)!.term)}`);
    return places.length ? `it is recorded as ${places.join(' or ')}` : undefined;
}

/** British and American spellings compared alike: haem/hem, -aemia/-emia, oedema/edema. */
function britishToAmerican(word: string): string {
    return word.replace(/ae/g, 'e').replace(/oe/g, 'e');
}

/**
 * The catalogue's terms closest to what was written (case-insensitive edit distance, British
 * and American spellings alike), each entry by the nearest of its term and aliases.
 */
export function nearestTerms(term: TermFact): string[] {
    const written = britishToAmerican(term.term.toLowerCase());
    const budget = typoBudget(written);
    const words = camelWords(term.term);
    return spelledNames(term.category)
        .map(names => names
            // The distance is at least the difference in length: a word far longer than the
            // entry is not measured (a 100,000-letter word took seconds per entry).
            .filter(({ name }) => Math.abs(name.length - written.length) <= budget || (name.length >= written.length && written.length >= 3))
            .map(({ name, spelled }) => ({ term: name, distance: editDistance(written, spelled), prefix: spelled.startsWith(written) }))
            .filter(c => (c.distance <= budget && sameWords(words, camelWords(c.term))) || (c.prefix && written.length >= 3))
            .sort((a, b) => a.distance - b.distance)[0])
        .filter(c => c !== undefined)
        .sort((a, b) => a.distance - b.distance || a.term.localeCompare(b.term))
        .slice(0, SUGGESTIONS)
        .map(c => c.term);
}

/**
 * How many edits a slip of the pen may make: a third of the word. Two edits in a word of
 * three letters make another word (`aki` is neither `af` nor `ckd`).
 */
function typoBudget(word: string): number {
    return Math.max(1, Math.floor(word.length / 3));
}

/** The words of a camelCase term: `liverTransplant` is liver, transplant. */
function camelWords(term: string): string[] {
    return term.split(/(?=[A-Z])/).map(word => britishToAmerican(word.toLowerCase()));
}

/**
 * Whether two terms of as many words differ by slips within each word: a whole word
 * replaced is another thing (`liverTransplant` is not a misspelt `kidneyTransplant`, and a
 * quick fix would record the wrong organ).
 */
function sameWords(written: string[], candidate: string[]): boolean {
    if (written.length !== candidate.length) return true; // run together or split: the whole-term distance decides
    return written.every((word, i) => editDistance(word, candidate[i]) <= typoBudget(word));
}

/** Each catalogue entry's term and aliases, as nearestTerms compares them: spelled once per catalogue, not per unknown term. */
const spellings = new Map<TermCategory, Array<Array<{ name: string; spelled: string }>>>();

function spelledNames(category: TermCategory): Array<Array<{ name: string; spelled: string }>> {
    let names = spellings.get(category);
    if (!names) {
        names = entries(category).map(entry => [entry.term, ...(entry.aliases ?? [])].map(name => ({ name, spelled: britishToAmerican(name.toLowerCase()) })));
        spellings.set(category, names);
    }
    return names;
}

/**
 * Optimal string alignment distance: a swap of two letters counts once. Three rows of the
 * table are kept, in buffers reused across calls: it runs for every entry of a catalogue at
 * each unknown term.
 */
function editDistance(a: string, b: string): number {
    const width = b.length + 1;
    if (rows.length < 3 * width) rows = new Int32Array(6 * width);
    let before = rows.subarray(0, width), previous = rows.subarray(width, 2 * width), current = rows.subarray(2 * width, 3 * width);
    for (let j = 0; j < width; j++) previous[j] = j;
    for (let i = 1; i <= a.length; i++) {
        current[0] = i;
        for (let j = 1; j < width; j++) {
            const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
            let d = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
            if (i > 1 && j > 1 && a.charCodeAt(i - 1) === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1)) d = Math.min(d, before[j - 2] + 1);
            current[j] = d;
        }
        [before, previous, current] = [previous, current, before];
    }
    return previous[b.length];
}
let rows = new Int32Array(96);
