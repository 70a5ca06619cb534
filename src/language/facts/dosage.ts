/**
 * A written schedule (`3 times a week`, `daily for 3 days every 3 months`, `every 4 weeks`,
 * `once`) read into FHIR R4 Timing.repeat terms: count, frequency per period and
 * periodUnit, boundsDuration, and the cycle a course repeats on.
 */
import type { PeriodUnit, SourceId } from '../knowledge/index.js';
import type * as ast from '../generated/ast.js';
import type { QuantityFact, Span, TimingFact, UnreadScheduleFact } from './case-facts.js';
import { readUnit } from './units.js';

/** The period words of `N times a week` and `every week`, and what the adverbs mean. */
const PERIOD_WORDS: Record<string, PeriodUnit> = {
    hour: 'h', day: 'd', week: 'wk', month: 'mo', year: 'a',
    hours: 'h', days: 'd', weeks: 'wk', months: 'mo', years: 'a'
};
const ADVERBS: Record<'daily' | 'weekly' | 'monthly', PeriodUnit> = { daily: 'd', weekly: 'wk', monthly: 'mo' };
const PERIOD_UNITS: readonly string[] = ['h', 'd', 'wk', 'mo', 'a'];
const SPELLED: Record<'two' | 'three' | 'four' | 'five' | 'six', number> = { two: 2, three: 3, four: 4, five: 5, six: 6 };

/**
 * The shorthand a prescription may carry where its schedule goes (`bd`, `tds`, `q8h`), what it
 * is read as, and the words that write it out. Those on ISMP's list of error-prone
 * abbreviations carry how they are misread (the list's words), for a warning; the others
 * are read with a hint to write them out.
 */
export interface ScheduleAbbreviation {
    /** The schedule in the language's words (`twice daily`), which a quick fix writes. */
    words: string;
    timing: { frequency: number; period: number; periodUnit: PeriodUnit };
    /** A time of day the words cannot carry (`nocte`: at night), written as the prescription's note. */
    when?: string;
    /** A time of day the words carry (`qhs`: `at bedtime`, FHIR EventTiming HS), read into the prescription's `when`. */
    event?: { code: 'HS'; words: string };
    /** ISMP's List of Error-Prone Abbreviations: what it is mistaken as. */
    ismp?: { mistakenAs: string; source: SourceId };
}

const per = (frequency: number, periodUnit: PeriodUnit, period = 1) => ({ frequency, period, periodUnit });
const ISMP = (mistakenAs: string) => ({ mistakenAs, source: 'ismpAbbreviations' as const });

const ABBREVIATIONS: Record<string, ScheduleAbbreviation> = {
    od: { words: 'daily', timing: per(1, 'd'), ismp: ISMP('"right eye" (OD, oculus dexter)') },
    qd: { words: 'daily', timing: per(1, 'd'), ismp: ISMP('q.i.d. (four times daily)') },
    qhs: { words: 'daily at bedtime', timing: per(1, 'd'), event: { code: 'HS', words: 'at bedtime' }, ismp: ISMP('"qhr" (every hour)') },
    qod: { words: 'every 2 days', timing: per(1, 'd', 2), ismp: ISMP('q.d. (daily) or q.i.d. (four times daily)') },
    tiw: { words: '3 times a week', timing: per(3, 'wk'), ismp: ISMP('"3 times a day" or "twice in a week"') },
    nocte: { words: 'daily', timing: per(1, 'd'), when: 'at night' },
    mane: { words: 'daily', timing: per(1, 'd'), when: 'in the morning' },
    bd: { words: 'twice daily', timing: per(2, 'd') },
    bid: { words: 'twice daily', timing: per(2, 'd') },
    tds: { words: '3 times a day', timing: per(3, 'd') },
    tid: { words: '3 times a day', timing: per(3, 'd') },
    qds: { words: '4 times a day', timing: per(4, 'd') },
    qid: { words: '4 times a day', timing: per(4, 'd') },
    qw: { words: 'weekly', timing: per(1, 'wk') },
    biw: { words: 'twice weekly', timing: per(2, 'wk') }
};

/** A count written `x 2` after a schedule: ISMP lists `x3d` (for three days) as mistaken for three doses. */
export const COUNT_BY_X = { written: '`x3d`', ...ISMP('3 doses') };

/** `q8h`, `q24h`: every so many hours. */
const EVERY_HOURS = /^q(\d{1,2})h$/;

/** The shorthand `word` is, read: a Latin abbreviation (any case) or `q<N>h`; undefined for another word. */
export function scheduleAbbreviation(word: string): ScheduleAbbreviation | undefined {
    const lower = word.toLowerCase();
    const known = ABBREVIATIONS[lower];
    if (known) return known;
    const hours = EVERY_HOURS.exec(lower);
    const n = hours ? Number(hours[1]) : 0;
    if (n <= 0) return undefined;
    return n === 24 ? { words: 'daily', timing: per(1, 'd') } : { words: `every ${n} hours`, timing: per(1, 'h', n) };
}

const SINGULAR: Record<PeriodUnit, string> = { h: 'hour', d: 'day', wk: 'week', mo: 'month', a: 'year' };

/**
 * `3x/week`, `2x daily`: shorthand for `3 times a week`, read by readTiming like the words;
 * what it is written out as. Undefined for a schedule written in words.
 */
export function multiplierShorthand(timing: ast.Timing | undefined, read: TimingFact): ScheduleAbbreviation | undefined {
    if (!timing?.x || read.frequency === undefined || !read.periodUnit) return undefined;
    const { frequency, periodUnit } = read;
    const adverb = (Object.keys(ADVERBS) as Array<keyof typeof ADVERBS>).find(word => ADVERBS[word] === periodUnit);
    const words = frequency === 1 ? adverb ?? `every ${SINGULAR[periodUnit]}`
        : frequency === 2 && periodUnit === 'd' ? 'twice daily' : `${frequency} times a ${SINGULAR[periodUnit]}`;
    return { words, timing: { frequency, period: 1, periodUnit } };
}

/** A word written where the schedule goes that the language does not read (a shorthand is read: scheduleAbbreviation). */
export function unreadSchedule(word: string, at: Span, inRoute: boolean): UnreadScheduleFact | undefined {
    const meaning = scheduleAbbreviation(word)?.words;
    // In the route's place, only a schedule's shorthand is one; another word is an unknown route.
    if (inRoute && !meaning) return undefined;
    return { word, at, inRoute, ...(meaning ? { meaning } : {}) };
}

/**
 * The schedule a shorthand gives (`bd`: twice daily), joined to a course or cycle written
 * after it (`bd for 5 days`); undefined where the words after it give their own timing.
 */
export function abbreviatedTiming(abbreviation: ScheduleAbbreviation, written: TimingFact | undefined, at: Span): TimingFact | undefined {
    if (written && (written.frequency !== undefined || written.count !== undefined || written.problem)) return undefined;
    const { incomplete: _, ...rest } = written ?? { at };
    return { ...rest, ...abbreviation.timing, at: written ? { ...at, end: written.at.end } : at };
}

/** What can be written, for messages (language.md, "Prescriptions"). */
export const SCHEDULE_EXAMPLES = '`3 times a week`, `twice daily`, `once daily`, `weekly`, `every 4 weeks`, `once`, `daily for 3 days every 3 months`';

/** The words a number of administrations is written in: `for 6 doses` (FHIR count). */
const DOSE_WORDS: readonly string[] = ['dose', 'doses', 'infusion', 'infusions', 'injection', 'injections'];

/** `for 6 doses`: a number of administrations, not a duration. */
function isDoseCount(quantity: ast.Quantity | undefined): quantity is ast.Quantity {
    return quantity !== undefined && DOSE_WORDS.includes((quantity.unit ?? '').toLowerCase());
}

export function readTiming(
    schedule: ast.Schedule,
    at: Span,
    quantity: (node: ast.Quantity) => QuantityFact | undefined
): TimingFact {
    const fact: TimingFact = { at };
    const timing = schedule.timing;
    if (!timing && !schedule.course) fact.incomplete = true;
    if (timing) {
        if (timing.once && !timing.word && timing.per === undefined) fact.count = 1;
        else if (timing.every) {
            // A unit the parser left out (`every 3` typed so far): the parser says so.
            if (timing.every.value === undefined || timing.every.unit === undefined) fact.incomplete = true;
            else readInterval(fact, timing.low, timing.every, quantity(timing.every));
        } else if (timing.alternate !== undefined || timing.onAlternate) {
            const periodUnit = PERIOD_WORDS[(timing.per ?? '').toLowerCase()];
            // `alternate days` (British usage) is `every other day`.
            if ((timing.onAlternate || timing.alternate!.toLowerCase() === 'other') && periodUnit) Object.assign(fact, { frequency: 1, period: 2, periodUnit });
            else if (timing.onAlternate) fact.problem = `\`alternate ${timing.per ?? ''}\` is not a schedule: write \`alternate days\`, \`every other day\` or ${SCHEDULE_EXAMPLES}`;
            else fact.problem = `\`every ${timing.alternate} ${timing.per ?? ''}\` is not a schedule: write \`every other day\`, \`every 2 days\` or ${SCHEDULE_EXAMPLES}`;
        } else {
            const frequency = timing.twice ? 2 : timing.thrice ? 3 : timing.spelled ? SPELLED[timing.spelled] : timing.times ?? 1;
            const periodUnit = timing.word ? ADVERBS[timing.word] : PERIOD_WORDS[(timing.per ?? '').toLowerCase()];
            if (periodUnit) Object.assign(fact, { frequency, period: 1, periodUnit });
            else if (!timing.per) fact.incomplete = true;
            else fact.problem = `\`${timing.per ?? ''}\` is not a period: write day, week or month, as in ${SCHEDULE_EXAMPLES}`;
        }
    }
    // `once every 4 weeks` is one dose every 4 weeks (a frequency), not a single dose on a cycle.
    const onceEvery = fact.count === 1 && !schedule.course && schedule.cycle !== undefined;
    if (onceEvery) {
        delete fact.count;
        if (schedule.cycle!.unit !== undefined) readInterval(fact, schedule.cycleLow, schedule.cycle!, quantity(schedule.cycle!));
    } else if (schedule.cycle) {
        fact.cycle = timeQuantity(quantity(schedule.cycle), fact, 'every');
        // FHIR's Timing has no element for a cycle, let alone a range of them.
        if (schedule.cycleLow !== undefined) fact.problem ??= `\`every ${intervalWords(schedule.cycleLow, schedule.cycle)}\` after a course cannot be read: write one interval for the cycle, as in \`daily for 3 days every 3 months\``;
    }
    if (schedule.course) readCourse(schedule.course, fact, quantity);
    if (schedule.repeats) {
        if (onceEvery) readCourse(schedule.repeats, fact, quantity);
        else fact.problem ??= `\`for ${schedule.repeats.value} ${schedule.repeats.unit ?? ''}\` after a repeated course cannot be read: write the doses or the duration before the cycle (\`daily for 3 days every 3 months\`), or \`every 4 weeks for 6 doses\``;
    }
    return fact;
}

/** `3-4 weeks`, `4 weeks`: as written, for messages. */
function intervalWords(low: number | undefined, every: ast.Quantity): string {
    return `${low !== undefined ? `${low}-` : ''}${every.value} ${every.unit ?? ''}`.trim();
}

/**
 * `every 4 weeks` (frequency 1, period 4) or a range of intervals, `every 3-4 weeks` (period 3,
 * periodMax 4: FHIR Timing.repeat), whose shorter interval comes first.
 */
function readInterval(fact: TimingFact, low: number | undefined, every: ast.Quantity, read: QuantityFact | undefined): void {
    const unit = read?.ucum;
    const written = `\`every ${intervalWords(low, every)}\``;
    if (!read || !unit || !PERIOD_UNITS.includes(unit)) fact.problem ??= `${written} is not a period of time: write ${SCHEDULE_EXAMPLES}`;
    else if (low !== undefined && (low <= 0 || low >= read.value)) fact.problem ??= `${written} is not a range of intervals: write the shorter first, as in \`every 3-4 weeks\``;
    else Object.assign(fact, { frequency: 1, period: low ?? read.value, ...(low !== undefined ? { periodMax: read.value } : {}), periodUnit: unit as PeriodUnit });
}

/** `for 3 days` (FHIR boundsDuration) or `for 6 doses` (FHIR count, which needs a frequency to count). */
function readCourse(course: ast.Quantity, fact: TimingFact, quantity: (node: ast.Quantity) => QuantityFact | undefined): void {
    if (!isDoseCount(course)) {
        fact.boundsDuration = timeQuantity(quantity(course), fact, 'for');
        return;
    }
    const written = `\`for ${course.value} ${course.unit}\``;
    if (course.value === undefined) fact.incomplete = true;
    else if (!Number.isInteger(course.value) || course.value < 1) fact.problem ??= `${written} is not a number of doses: write a whole number, as in \`every 4 weeks for 6 doses\``;
    else if (fact.count === 1) fact.problem ??= `${written} after \`once\`, a single dose: write how often the doses are given, as in \`every 4 weeks for 6 doses\``;
    else fact.doses = course.value;
}

/**
 * A number of doses counts administrations at a frequency: with none (`1 mg/kg/day for 3 doses`) it
 * cannot be read. Asked once the schedule is complete, as a shorthand (`bd for 5 doses`) gives the frequency.
 */
export function withDoseCountChecked(timing: TimingFact | undefined): TimingFact | undefined {
    if (timing?.doses === undefined || timing.frequency !== undefined || timing.problem) return timing;
    const { doses, ...rest } = timing;
    return { ...rest, problem: `\`for ${doses} doses\` needs how often the doses are given: write it after a frequency, as in \`every 4 weeks for 6 doses\`` };
}

/** The time a number of doses takes at the schedule's frequency (6 doses every 6 months: 36 months), in its period unit. */
export function courseOfDoses(timing: TimingFact): { value: number; unit: PeriodUnit } | undefined {
    if (timing.doses === undefined || timing.frequency === undefined || !timing.periodUnit) return undefined;
    return { value: timing.doses * (timing.period ?? 1) / timing.frequency, unit: timing.periodUnit };
}

/**
 * A range of intervals (`every 3-4 weeks`): the dose checks and the exposure read it at its shortest
 * interval (`period`, the most often it allows), so that the exposure shown is the most it gives.
 */
export function givenAtShortestInterval(timing: TimingFact | undefined): boolean {
    return timing?.periodMax !== undefined;
}

/** A course or a cycle must be a time; otherwise the schedule says why it cannot be read. */
function timeQuantity(value: QuantityFact | undefined, fact: TimingFact, word: string): QuantityFact | undefined {
    if (!value) return undefined;
    const reading = readUnit(value.unit);
    if (reading.ok && PERIOD_UNITS.includes(reading.ucum)) return value;
    fact.problem ??= `\`${word} ${value.value} ${value.unit}\` is not a duration: write days, weeks or months, or a number of doses (\`for 6 doses\`), as in ${SCHEDULE_EXAMPLES}`;
    return undefined;
}
