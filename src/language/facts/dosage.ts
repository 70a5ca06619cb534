/**
 * A written schedule (`3 times a week`, `daily for 3 days every 3 months`, `every 4 weeks`,
 * `once`) read into FHIR R4 Timing.repeat terms: count, frequency per period and
 * periodUnit, boundsDuration, and the cycle a course repeats on.
 */
import type { PeriodUnit } from '../knowledge/index.js';
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

/** Latin abbreviations a prescription may carry where its schedule goes, and what to write instead. */
export const LATIN_SCHEDULES: Record<string, string> = {
    od: 'daily', qd: 'daily', bd: 'twice daily', bid: 'twice daily', tds: '3 times a day', tid: '3 times a day',
    qds: '4 times a day', qid: '4 times a day', qw: 'weekly', nocte: 'daily', mane: 'daily',
    biw: 'twice weekly', tiw: '3 times a week', qod: 'every 2 days'
};

/** A word written where the schedule goes that the language does not read, with its meaning if it is Latin. */
export function unreadSchedule(word: string, at: Span, inRoute: boolean): UnreadScheduleFact | undefined {
    const meaning = LATIN_SCHEDULES[word.toLowerCase()];
    // In the route's place, only a Latin schedule is one; another word is an unknown route.
    if (inRoute && !meaning) return undefined;
    return { word, at, inRoute, ...(meaning ? { meaning } : {}) };
}

/** What can be written, for messages (language.md, "Prescriptions"). */
export const SCHEDULE_EXAMPLES = '`3 times a week`, `twice daily`, `once daily`, `weekly`, `every 4 weeks`, `once`, `daily for 3 days every 3 months`';

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
            const every = quantity(timing.every);
            const unit = every?.ucum;
            if (timing.every.value === undefined) fact.incomplete = true;
            else if (every && unit && PERIOD_UNITS.includes(unit)) Object.assign(fact, { frequency: 1, period: every.value, periodUnit: unit as PeriodUnit });
            else fact.problem = `\`every ${timing.every.value} ${timing.every.unit ?? ''}\` is not a period of time: write ${SCHEDULE_EXAMPLES}`;
        } else {
            const frequency = timing.twice ? 2 : timing.thrice ? 3 : timing.spelled ? SPELLED[timing.spelled] : timing.times ?? 1;
            const periodUnit = timing.word ? ADVERBS[timing.word] : PERIOD_WORDS[(timing.per ?? '').toLowerCase()];
            if (periodUnit) Object.assign(fact, { frequency, period: 1, periodUnit });
            else if (!timing.per) fact.incomplete = true;
            else fact.problem = `\`${timing.per ?? ''}\` is not a period: write day, week or month, as in ${SCHEDULE_EXAMPLES}`;
        }
    }
    if (schedule.course) fact.boundsDuration = timeQuantity(quantity(schedule.course), fact, 'for');
    if (schedule.cycle) fact.cycle = timeQuantity(quantity(schedule.cycle), fact, 'every');
    return fact;
}

/** A course or a cycle must be a time; otherwise the schedule says why it cannot be read. */
function timeQuantity(value: QuantityFact | undefined, fact: TimingFact, word: string): QuantityFact | undefined {
    if (!value) return undefined;
    const reading = readUnit(value.unit);
    if (reading.ok && PERIOD_UNITS.includes(reading.ucum)) return value;
    fact.problem ??= `\`${word} ${value.value} ${value.unit}\` is not a duration: write days, weeks or months, as in ${SCHEDULE_EXAMPLES}`;
    return undefined;
}
