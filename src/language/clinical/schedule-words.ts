/** Schedules in the words of the language (`3 times a week`, `every 3-4 weeks`, `once`), for messages and presenters. */
import type { DurationRange, PeriodUnit, RegimenTiming } from '../knowledge/index.js';
import type { TimingFact } from '../facts/case-facts.js';
import { courseOfDoses } from '../facts/dosage.js';
import { formatNumber } from './format-number.js';

const SINGULAR: Record<PeriodUnit, string> = { h: 'hour', d: 'day', wk: 'week', mo: 'month', a: 'year' };
const ADVERB: Partial<Record<PeriodUnit, string>> = { d: 'daily', wk: 'weekly', mo: 'monthly', a: 'yearly' };

function range(low: number, high: number | undefined): string {
    return high !== undefined && high !== low ? `${formatNumber(low)}–${formatNumber(high)}` : formatNumber(low);
}

function unitWord(unit: string, plural: boolean): string {
    const word = SINGULAR[unit as PeriodUnit] ?? unit;
    return plural ? `${word}s` : word;
}

export function timingWords(timing: RegimenTiming): string {
    if (timing.count === 1) return 'once';
    const { frequency = 1, frequencyMax, period = 1, periodMax, periodUnit = 'd' } = timing;
    const single = period === 1 && (periodMax === undefined || periodMax === 1);
    if (single && frequency === 1 && frequencyMax === undefined) return ADVERB[periodUnit] ?? `every ${SINGULAR[periodUnit]}`;
    if (single && frequency === 2 && frequencyMax === undefined && periodUnit === 'd') return 'twice daily';
    if (single) return `${range(frequency, frequencyMax)} times a ${SINGULAR[periodUnit]}`;
    const every = `every ${range(period, periodMax)} ${unitWord(periodUnit, true)}`;
    return frequency === 1 && frequencyMax === undefined ? every : `${range(frequency, frequencyMax)} times ${every}`;
}

export function durationWords(duration: DurationRange): string {
    return `${range(duration.low, duration.high)} ${unitWord(duration.unit, duration.high !== 1)}`;
}

/** A written schedule, with its course and cycle: `daily for 3 days every 3 months`. */
export function writtenTimingWords(timing: TimingFact): string {
    const words = timing.count !== undefined || timing.frequency !== undefined
        ? [timingWords({ count: timing.count, frequency: timing.frequency, period: timing.period, periodMax: timing.periodMax, periodUnit: timing.periodUnit })] : [];
    if (timing.doses !== undefined) words.push(`for ${formatNumber(timing.doses)} ${timing.doses === 1 ? 'dose' : 'doses'}${courseWords(timing)}`);
    if (timing.boundsDuration) words.push(`for ${timing.boundsDuration.value} ${timing.boundsDuration.unit}`);
    if (timing.cycle) words.push(`every ${timing.cycle.value} ${timing.cycle.unit}`);
    return words.join(' ');
}

/** The time a number of doses takes, in words after it: ` (8 weeks)`, ` (3 years)`; empty for a single dose. */
function courseWords(timing: TimingFact): string {
    const course = courseOfDoses(timing);
    if (!course || timing.doses === 1) return '';
    // In the larger unit where it is whole: 36 months are 3 years, 14 days 2 weeks.
    const [value, unit] = course.unit === 'mo' && course.value % 12 === 0 ? [course.value / 12, 'a']
        : course.unit === 'd' && course.value % 7 === 0 ? [course.value / 7, 'wk'] : [course.value, course.unit];
    return ` (${formatNumber(value)} ${unitWord(unit, value !== 1)})`;
}
