/**
 * A day's most for a band of patients (knowledge: Drug.dailyLimits): paracetamol per kg under
 * 50 kg, vitamin D by age. Each source's figure is a limit of its own; a warning rests on the
 * highest that applies to the patient, so it holds by every source, and names each figure.
 * The regimens (doses.ts) may be for another indication and raise nothing: this still does.
 * The day's amount is held, whatever the course: a daily maximum is per day given.
 */
import type { DrugFact, PatientFacts } from '../facts/case-facts.js';
import { convert } from '../facts/units.js';
import { Codes } from '../diagnostic-codes.js';
import { Sources, type PatientDailyLimit } from '../knowledge/index.js';
import { amountPerDay, dailyLimitApplies, dayAmountWords, describeDosage, type PatientLimit } from './doses.js';
import type { Finding } from './finding.js';
import { formatNumber, formatQuantity } from './format.js';

/** The day's most for this patient the prescription is above, if any: the warning, and the verdict's words (the highest limit). */
export function dailyLimit(fact: DrugFact, patient: PatientFacts): PatientLimit | undefined {
    const drug = fact.drug;
    if (!drug?.dailyLimits || fact.stopped) return undefined;
    const applying = drug.dailyLimits.filter(limit => dailyLimitApplies(limit, fact, patient));
    if (applying.length === 0) return undefined;
    const most = (limit: PatientDailyLimit) => limit.maxPerDay.value * (limit.perKg ? patient.weightKg! : 1);
    const highest = applying.reduce((a, b) => most(b) > most(a) ? b : a);
    const day = amountPerDay(fact, patient);
    const given = day && convert(day.value, day.unit, highest.unit);
    if (given === undefined || given <= most(highest) * (1 + 1e-9)) return undefined;
    const byLimit = [...applying].sort((a, b) => most(b) - most(a));
    const perKg = byLimit.some(l => l.perKg) ? ` (${formatNumber(given / patient.weightKg!)} ${perKgWords(highest.unit)} at ${formatNumber(patient.weightKg!)} kg)` : '';
    const figures = byLimit.map(l => `${limitWords(l, patient)} by ${l.who}`).join('; ');
    const sources = [...new Set(byLimit.map(l => l.maxPerDay.source))];
    const age = byLimit.some(l => l.ages) && patient.ageYears === undefined ? ' The age is not recorded: the limits for adults are used.' : '';
    const note = drug.dailyLimitsNote ? ` ${drug.dailyLimitsNote.value}` : '';
    const finding: Finding = {
        code: Codes.doseOutOfRange, severity: 'warning', at: fact.dose.at,
        message: `${drug.label} ${describeDosage(fact)} gives ${dayAmountWords(fact, `${formatQuantity(given, highest.unit)}${perKg}`)}: above the most a day for this patient by each source, ${figures}.${age}${note} Sources: ${sources.map(s => Sources[s].short).join('; ')}.`,
        sources
    };
    return { finding, verdict: `${dayAmountWords(fact, `${formatQuantity(given, highest.unit)}${perKg}`)}: above the most a day for this patient, ${limitWords(highest, patient)} by ${highest.who}` };
}

/** `75 mg/kg/day (3075 mg/day)`, `4000 units/day (1–18 years)`. */
function limitWords(limit: PatientDailyLimit, patient: PatientFacts): string {
    const value = limit.maxPerDay.value;
    if (limit.perKg) return `${formatNumber(value)} ${perKgWords(limit.unit)} (${formatQuantity(value * patient.weightKg!, limit.unit)})`;
    return `${formatQuantity(value, limit.unit)}${limit.ages ? ` at ${limit.ages.label}` : ''}`;
}

/** `mg/d` per kg, as a clinician writes it: `mg/kg/day`. */
function perKgWords(unit: string): string {
    const [amount, ...rest] = unit.split('/');
    return formatQuantity(1, [amount, 'kg', ...rest].join('/')).replace(/^1 /, '');
}
