/**
 * A prescription against the regimens the seed, labels and the literature report,
 * decided once here as a DoseVerdict that the diagnostics, hover, summary and FHIR
 * present. Like is compared with like (docs/prescriptions.md): the amount per
 * administration (per kg with the weight, per m² with the body surface area), the
 * frequency, the course and cycle, and the exposure per day or week where one side is a
 * rate; a concentration only with regimens of its route. Only calcinosis regimens can
 * make a dose error (an adult whose drug has them only in children is held to the adults'
 * regimen): a dose that fits a regimen for another indication (warfarin for a valve) says
 * so instead. A mass-unit slip (mg for g) is named when the dose read in the
 * neighbouring unit would fit a regimen, for calcinosis or another indication.
 */
import { BodySurfaceArea, Sources, Thresholds, type PatientDailyLimit, type CalcinosisType, type Evidence, type DialysisModality, type Discrepancy, type DoseCeiling, type Drug, type DurationRange, type ReducedDose, type Regimen, type RegimenTiming, type Sourced, type SourceId } from '../knowledge/index.js';
import type { DrugFact, PatientFacts, TimingFact } from '../facts/case-facts.js';
import { convert, showUnit } from '../facts/units.js';
import { Codes } from '../diagnostic-codes.js';
import type { Finding } from './finding.js';
import { formatAge, formatNumber, formatQuantity, formatRange, sourceSentence } from './format.js';
import { durationWords, timingWords, writtenTimingWords } from './schedule-words.js';
import { typeWords } from './classify.js';
import { courseOfDoses, givenAtShortestInterval, SCHEDULE_EXAMPLES } from '../facts/dosage.js';
import { inSentence } from './in-sentence.js';
import { fitsAgeBand } from './drug-fit.js';

/** Mass units a dose is mistyped between (UCUM gives the factor between them). */
const MASS_UNITS = ['ug', 'mg', 'g'];
/** Rounding of the arithmetic (1 mg/kg × 28 kg / 28 kg) must not put a dose outside. */
const EPSILON = 1e-9;

export type DoseStatus = 'within' | 'outside' | 'unit-suspect' | 'other-indication' | 'not-advised' | 'not-checked';

export interface DoseVerdict {
    status: DoseStatus;
    /** The regimen the dose fits, or the closest one it was held against. */
    regimen?: Regimen;
    /** One sentence: how the dose reads against the regimen, with what is outside; uncited (a presenter cites `regimen`'s source). */
    text: string;
    findings: Finding[];
    /** The exposure per week (absolute, weight and BSA applied), where the schedule repeats. */
    perWeek?: { value: number; unit: string };
    /** The exposure is the most the prescription allows, not what it gives: its written maximum, or as needed at its frequency. */
    atMost?: true;
    /** The amount per kg of body weight per administration (or per day for a rate). */
    perKg?: { value: number; unit: string };
    /** The body surface area used, by the named formula. */
    bsa?: { value: number; formula: string };
    /** A most a day for this patient the dose is above (daily-limits.ts, renal-limits.ts): its finding, cited by the verdict. */
    aboveLimit?: Finding;
    /** The drug has no regimen at all to hold the dose to (the verdict has nothing else to say). */
    noRegimen?: boolean;
    /** The drug has regimens, none for this patient's age group: a caution to stop the drug says more. */
    noRegimenForAge?: boolean;
    /** The dose fits but its infusion is faster than the drug's shortest time (infusion.ts): that finding. */
    tooFast?: Finding;
    /** Outside by giving more (above, more often, longer): an overdose a caution to stop does not silence. */
    exceeds?: true;
    /** Above one of the drug's ceilings (knowledge: drugs.ts `ceilings`): its warning is said at the dose. */
    aboveCeiling?: true;
}

/** A most a day for this patient that a prescription exceeds: the finding, and its verdict in a few words. */
export interface PatientLimit { finding: Finding; verdict: string }

interface Patient { weightKg?: number; bsa?: number; ageYears?: number }

/** Whether the verdict holds the dose to fit a reported regimen (for calcinosis or another indication), not to, or neither (not checked). */
export function fitsRegimen(verdict: DoseVerdict): boolean | undefined {
    if (verdict.status === 'within' || verdict.status === 'other-indication') return true;
    if (verdict.status === 'outside' || verdict.status === 'unit-suspect' || verdict.status === 'not-advised') return false;
    return undefined;
}

/** What of the case beyond the patient a dose depends on: dialysis and the creatinine (apixaban's reduced dose), the indication and the type. */
export interface DoseSituation {
    onDialysis: boolean;
    creatinineMgDl?: number;
    dialysisModality?: DialysisModality;
    /** The history's condition terms (an indication a label's dose depends on: atrial fibrillation). */
    conditions?: readonly string[];
    /** The case's calcinosis type, where classified: a regimen reported for another type does not reassure. */
    type?: CalcinosisType;
}

/** Body surface area in m² by Mosteller, where height and weight are known. */
export function bodySurfaceArea(patient: PatientFacts): number | undefined {
    const { heightCm, weightKg } = patient;
    return heightCm !== undefined && weightKg !== undefined ? Math.sqrt(heightCm * weightKg / BodySurfaceArea.divisor.value) : undefined;
}

/** The unit of a per-kg amount once the weight is applied: `mg/kg/d` → `mg/d`. */
export function perKgApplied(ucum: string): string {
    return ucum.replace('/kg', '');
}

/** The unit once the weight and the body surface area are applied: `mg/m2` → `mg`. */
function bodySizeApplied(ucum: string): string {
    return perKgApplied(ucum).replace('/m2', '');
}

/** A per-kg regimen for this weight, in the unit without the kg (1–2 mg/kg/day at 28 kg: 28–56 mg/day); undefined otherwise. */
export function regimenForWeight(regimen: Regimen, weightKg: number | undefined): { low: number; high: number; unit: string } | undefined {
    if (!regimen.perKg || weightKg === undefined) return undefined;
    return { low: regimen.low * weightKg, high: regimen.high * weightKg, unit: perKgApplied(regimen.unit) };
}

type Kind = 'amount' | 'concentration' | 'rate';

/** Each unit's kind, read once: a dose's and each regimen's unit is asked for every regimen compared. */
const kinds = new Map<string, Kind | undefined>();

function kindOf(ucum: string): Kind | undefined {
    if (!kinds.has(ucum)) kinds.set(ucum, readKind(ucum));
    return kinds.get(ucum);
}

function readKind(ucum: string): Kind | undefined {
    const bare = bodySizeApplied(ucum);
    if (bare === '%' || convert(1, bare, 'g/mL') !== undefined) return 'concentration';
    // Vitamin D, heparin and insulin are dosed in international units: an amount as a mass is.
    if (convert(1, bare, 'g') !== undefined || convert(1, bare, '[iU]') !== undefined) return 'amount';
    if (convert(1, bare, 'g/d') !== undefined || convert(1, bare, '[iU]/d') !== undefined) return 'rate';
    return undefined;
}

/**
 * A written percent against a regimen in mass per volume, read as weight in volume (25% is 250
 * mg/mL, as injectable solutions are labelled); otherwise as written.
 */
function percentInVolume(value: number, ucum: string, regimenUnit: string): [number, string] {
    if (ucum !== '%' || convert(1, regimenUnit, 'g/mL') === undefined) return [value, ucum];
    return [value * Thresholds.percentWeightInVolumeMgPerMl.value, 'mg/mL'];
}

/** `value` in `from` expressed in `to`, per kg and per m² meeting through the weight and the BSA. */
export function amountIn(value: number, from: string, to: string, patient: Patient): number | undefined {
    let v = value;
    for (const [segment, size] of [['/kg', patient.weightKg], ['/m2', patient.bsa]] as const) {
        const written = from.includes(segment), wanted = to.includes(segment);
        if (written === wanted) {
            from = from.replace(segment, ''); to = to.replace(segment, '');
        } else if (size === undefined) return undefined;
        else if (written) { v *= size; from = from.replace(segment, ''); }
        else { v /= size; to = to.replace(segment, ''); }
    }
    return convert(v, from, to);
}

function days(value: number, unit: string): number | undefined {
    return convert(value, unit, 'd');
}

/** Administrations per day: low and high. */
function perDayRange(timing: RegimenTiming): [number, number] | undefined {
    if (timing.count !== undefined || !timing.periodUnit) return undefined;
    const low = days(timing.periodMax ?? timing.period ?? 1, timing.periodUnit);
    const high = days(timing.period ?? 1, timing.periodUnit);
    if (!low || !high) return undefined;
    return [(timing.frequency ?? 1) / low, (timing.frequencyMax ?? timing.frequency ?? 1) / high];
}

/**
 * A month in a schedule is any month, 28 to 31 days: `monthly` is as often as `every 4 weeks`
 * (IVIG's regimen, which a clinician writes either way) and as `every 30 days`, written or reported.
 */
const MONTH_DAYS: [number, number] = [28, 31];

/** Administrations per day of a schedule, low and high, a month read as any month. */
function perDaySpan(frequency: number, frequencyMax: number, period: number, periodMax: number, periodUnit: string): [number, number] | undefined {
    if (periodUnit === 'mo') return [frequency / (periodMax * MONTH_DAYS[1]), frequencyMax / (period * MONTH_DAYS[0])];
    const low = days(periodMax, periodUnit), high = days(period, periodUnit);
    return low && high ? [frequency / low, frequencyMax / high] : undefined;
}

/** Whether a written schedule is given more or less often than the regimen's (neither where the two overlap). */
function howOften(timing: TimingFact, regimen: RegimenTiming): 'more often' | 'less often' | undefined {
    if (timing.count !== undefined || timing.frequency === undefined || !timing.periodUnit) return undefined;
    if (regimen.count !== undefined || !regimen.periodUnit) return undefined;
    const span = perDaySpan(timing.frequency, timing.frequency, timing.period ?? 1, timing.period ?? 1, timing.periodUnit);
    const frequency = regimen.frequency ?? 1, period = regimen.period ?? 1;
    const range = perDaySpan(frequency, regimen.frequencyMax ?? frequency, period, regimen.periodMax ?? period, regimen.periodUnit);
    if (!span || !range) return undefined;
    if (span[1] < range[0] * (1 - EPSILON)) return 'less often';
    if (span[0] > range[1] * (1 + EPSILON)) return 'more often';
    return undefined;
}

/** Administrations per day of a written schedule (UCUM's day, week, month), undefined for `once` or none. */
export function writtenPerDay(timing: TimingFact): number | undefined {
    if (timing.count !== undefined || timing.frequency === undefined || !timing.periodUnit) return undefined;
    const period = days(timing.period ?? 1, timing.periodUnit);
    return period ? timing.frequency / period : undefined;
}

function durationDays(duration: DurationRange): [number, number] | undefined {
    const low = days(duration.low, duration.unit), high = days(duration.high, duration.unit);
    return low !== undefined && high !== undefined ? [low, high] : undefined;
}

function writtenDays(quantity: TimingFact['cycle']): number | undefined {
    return quantity?.ucum ? days(quantity.value, quantity.ucum) : undefined;
}

/** How long the written course lasts in days: `for 3 days`, or the time its doses take (`every 4 weeks for 6 doses`: 168 days). */
function writtenCourseDays(timing: TimingFact | undefined): number | undefined {
    if (!timing) return undefined;
    const ofDoses = courseOfDoses(timing);
    return writtenDays(timing.boundsDuration) ?? (ofDoses ? days(ofDoses.value, ofDoses.unit) : undefined);
}

const within = (value: number, [low, high]: [number, number]) => value >= low * (1 - EPSILON) && value <= high * (1 + EPSILON);

/** One regimen held against the prescription: whether it applies, and what lies outside. */
interface Comparison {
    regimen: Regimen;
    /** The written amount (or exposure) in the regimen's unit, where compared. */
    value?: number;
    unit?: string;
    /** The regimen's range in that unit. */
    range?: [number, number];
    outside: string[];
    /** The administrations of a split course `value` adds up (IVIG 0.4 g/kg daily for 5 days: 5). */
    split?: number;
    /** The split course was read as one course, no cycle written: a reading, farther than a regimen whose schedule the dose matches. */
    oneCourse?: boolean;
}

/**
 * A dose split over a short course repeated on the regimen's own interval (IVIG 2 g/kg every
 * 4 weeks given as 1 g/kg daily for 2 days every 4 weeks): the number of administrations per
 * course, by which the per-administration amount is multiplied, when the cycle is the
 * regimen's period (or no cycle is written: one course) and the regimen gives one dose per
 * period with no course of its own.
 */
function splitCourse(timing: TimingFact, perDay: number, regimen: Regimen): number | undefined {
    const course = writtenCourseDays(timing), cycle = writtenDays(timing.cycle);
    const t = regimen.timing!;
    if (course === undefined || regimen.course || (t.frequency ?? 1) !== 1 || t.frequencyMax !== undefined || !t.periodUnit) return undefined;
    const low = days(t.period ?? 1, t.periodUnit), high = days(t.periodMax ?? t.period ?? 1, t.periodUnit);
    // With no cycle written, one course (`2 g/kg daily for 5 days` is a course of 10 g/kg); with one, it must be the regimen's period.
    if (low === undefined || high === undefined || (cycle !== undefined && !within(cycle, [low, high])) || course >= low) return undefined;
    return perDay * course;
}

/** The amount a regimen gives per day (or per week over its cycle), for rate comparisons: [low, high] in `unit`. */
function regimenRate(regimen: Regimen): { range: [number, number]; unit: string } | undefined {
    if (!regimen.timing) return { range: [regimen.low, regimen.high], unit: regimen.unit };
    const perDay = perDayRange(regimen.timing);
    if (!perDay || kindOf(regimen.unit) !== 'amount') return undefined;
    let [low, high] = [regimen.low * perDay[0], regimen.high * perDay[1]];
    if (regimen.course) {
        // A course is a rate only averaged over its cycle (the Paget course of 90 mg in 3 days is not 90 mg a week).
        const course = durationDays(regimen.course), cycle = regimen.cycle && durationDays(regimen.cycle);
        if (!course || !cycle) return undefined;
        [low, high] = [low * course[0] / cycle[1], high * course[1] / cycle[0]];
    }
    return { range: [low, high], unit: `${regimen.unit}/d` };
}

function compare(fact: DrugFact, regimen: Regimen, patient: Patient): Comparison | undefined {
    const dose = fact.dose;
    const ucum = dose.ucum!;
    const written = kindOf(ucum);
    const route = fact.routeEntry?.term;
    if (route && regimen.route && route !== regimen.route) return undefined;
    const timing = fact.timing;
    const regimenKind = regimen.timing ? kindOf(regimen.unit) : 'rate';
    const result: Comparison = { regimen, outside: [] };
    const amount = (value: number, from: string): boolean => {
        const inUnit = amountIn(value, from, regimen.unit, patient);
        if (inUnit === undefined) return false;
        result.value = inUnit; result.unit = regimen.unit; result.range = [regimen.low, regimen.high];
        if (!within(inUnit, [regimen.low, regimen.high])) result.outside.push(inUnit > regimen.high ? 'above' : 'below');
        return true;
    };
    const courseAndCycle = () => {
        // A course is held against the regimen's only where the knowledge states one (a number of doses gives its length).
        const course = regimen.course && durationDays(regimen.course), written = writtenCourseDays(timing);
        if (course && written !== undefined && !within(written, course)) result.outside.push(written > course[1] ? 'a longer course' : 'a shorter course');
        // A regimen that is a course (apixaban 10 mg twice daily for the first 7 days) does not pass a prescription with no end.
        if (course && written === undefined) result.outside.push('no course');
        const cycle = regimen.cycle && durationDays(regimen.cycle), writtenCycle = writtenDays(timing?.cycle);
        if (cycle && writtenCycle !== undefined && !within(writtenCycle, cycle)) result.outside.push(writtenCycle < cycle[0] ? 'a shorter cycle' : 'a longer cycle');
    };

    if (written === 'concentration' || regimenKind === 'concentration') {
        const [value, unit] = percentInVolume(dose.value, ucum, regimen.unit);
        if (written !== regimenKind || !amount(value, unit)) return undefined;
        const often = timing && regimen.timing && howOften(timing, regimen.timing);
        if (often) result.outside.push(often);
        return result;
    }
    if (written === 'amount') {
        if (!timing || timing.problem) return undefined;
        if (timing.count !== undefined) return regimen.timing?.count !== undefined && amount(dose.value, ucum) ? result : undefined;
        const perDay = writtenPerDay(timing);
        if (perDay === undefined) return undefined;
        if (regimen.timing) {
            const range = perDayRange(regimen.timing);
            if (!range) return undefined;
            const split = splitCourse(timing, perDay, regimen);
            if (split !== undefined) {
                result.split = split;
                result.oneCourse = timing.cycle === undefined;
                return amount(dose.value * split, ucum) ? result : undefined;
            }
            if (!amount(dose.value, ucum)) return undefined;
            const often = howOften(timing, regimen.timing);
            if (often) result.outside.push(often);
            courseAndCycle();
            return result;
        }
        // Against a rate: the exposure per day, averaged over the cycle where the course repeats.
        const course = writtenCourseDays(timing), cycle = writtenDays(timing.cycle);
        const average = course !== undefined && cycle ? course / cycle : 1;
        return amount(dose.value * perDay * average, `${ucum}/d`) ? result : undefined;
    }
    if (written === 'rate' && timing && timing.frequency === undefined && /\/d$/.test(ucum) && writtenCourseDays(timing) !== undefined && regimen.timing && regimenKind === 'amount') {
        // `0.4 g/kg/day for 5 days every 4 weeks` is `0.4 g/kg daily for 5 days every 4 weeks`: judged alike, its course added up.
        return compare({ ...fact, dose: { ...dose, ucum: ucum.slice(0, -2) }, timing: { ...timing, frequency: 1, period: 1, periodUnit: 'd' } }, regimen, patient);
    }
    if (written === 'rate') {
        if (timing && timing.frequency !== undefined) return undefined; // a rate with a frequency: reported as such below
        const daily = regimen.timing && perDayRange(regimen.timing);
        if (daily && daily[0] === 1 && daily[1] === 1 && /\/d$/.test(ucum)) {
            // `1 mg/kg/day for 3 days` reads as `1 mg/kg daily for 3 days`.
            if (!amount(dose.value, ucum.slice(0, -2))) return undefined;
            courseAndCycle();
            return result;
        }
        const rate = regimenRate(regimen);
        if (!rate) return undefined;
        // Read in the written time unit (a rate per week against a regimen's weekly exposure).
        const tail = /\/(h|d|wk|mo|a)$/.exec(ucum)?.[1];
        const unit = tail && rate.unit.endsWith('/d') && regimen.timing ? `${rate.unit.slice(0, -2)}/${tail}` : rate.unit;
        const factor = convert(1, rate.unit, unit) ?? 1;
        const range: [number, number] = [rate.range[0] * factor, rate.range[1] * factor];
        const inUnit = amountIn(dose.value, ucum, unit, patient);
        if (inUnit === undefined) return undefined;
        result.value = inUnit; result.unit = unit; result.range = range;
        if (!within(inUnit, range)) result.outside.push(inUnit > range[1] ? 'above' : 'below');
        return result;
    }
    return undefined;
}

/**
 * The regimens a dose is held against: with the weight known, a per-kg rate decides alone
 * unless the patient is known to be an adult (an adult's mg/day must not pass a child's dose;
 * an adult's dose within the adult range is not wrong for being above the per-kg one). An
 * adult is held to the calcinosis regimens reported in adults where the route has one: a
 * per-kg range reported for no age group (diltiazem's 2–4 mg/kg/day, which scales to a
 * child's weight) does not make an adult's 180 mg/day "within" below the adults' 240–480 mg/day.
 */
function candidates(drug: Drug, patient: Patient): Regimen[] {
    const regimens = forAge(drug, patient);
    const adult = patient.ageYears !== undefined && patient.ageYears >= Thresholds.adultFromYears.value;
    if (adult) {
        const adultRoutes = new Set(regimens.filter(r => r.ages === 'adults' && !r.otherIndication).map(r => r.route));
        return regimens.filter(r => !(r.perKg && !r.ages && !r.otherIndication && adultRoutes.has(r.route)));
    }
    // A children's per-kg dose does not decide alone for a patient not known to be a child.
    const perKgRates = regimens.filter(r => r.perKg && !r.timing && r.ages !== 'children');
    if (patient.weightKg === undefined || perKgRates.length === 0) return regimens;
    return regimens.filter(r => r.timing || r.perKg);
}

/** Whether a regimen can judge this patient's dose (presenters work out a per-kg range only for one that does). */
export function regimenJudges(drug: Drug, regimen: Regimen, patient: { weightKg?: number; ageYears?: number }): boolean {
    return candidates(drug, patient).includes(regimen);
}

/**
 * The regimens that can judge this patient's dose: an adult's regimen neither passes nor fails
 * a child's dose. A calcinosis regimen reported in children still judges an adult's (cyclic
 * pamidronate is given to adults too); a children's regimen for another indication
 * (prednisolone 1-2 mg/kg in juvenile dermatomyositis) does not.
 */
function forAge(drug: Drug, patient: Patient): Regimen[] {
    const adult = patient.ageYears !== undefined && patient.ageYears >= Thresholds.adultFromYears.value;
    return drug.regimens.filter(r => fitsAgeBand(r, patient.ageYears) || (adult && !r.otherIndication));
}

function comparisons(fact: DrugFact, drug: Drug, patient: Patient): Comparison[] {
    return candidates(drug, patient).map(r => compare(fact, r, patient)).filter(c => c !== undefined);
}

export function judgeDose(fact: DrugFact, patientFacts: PatientFacts, situation: DoseSituation = { onDialysis: false }): DoseVerdict {
    const drug = fact.drug;
    const dose = fact.dose;
    const bsa = bodySurfaceArea(patientFacts);
    const patient: Patient = { weightKg: patientFacts.weightKg, bsa, ageYears: patientFacts.ageYears };
    const verdict: DoseVerdict = { status: 'not-checked', text: '', findings: [], ...exposure(fact, patient), ...(bsa !== undefined && /\/m2/.test(dose.ucum ?? '') ? { bsa: { value: bsa, formula: BodySurfaceArea.formula } } : {}) };
    if (fact.stopped) return { ...verdict, text: 'stopped: the dose is not checked' };
    if (fact.unreadSchedule) return verdict; // clinical/unknown-terms.ts says what to write
    if (fact.timing?.incomplete) return verdict; // the parser says what is missing
    if (fact.timing?.problem) {
        verdict.findings.push({ code: Codes.syntax, severity: 'error', at: fact.timing.at, message: `${fact.timing.problem}.` });
        return verdict;
    }
    if (fact.modifierProblem) verdict.findings.push({ code: Codes.syntax, severity: 'error', at: fact.modifierProblem.at, message: `${fact.modifierProblem.message}.` });
    const maximumProblem = dose.ucum ? unreadMaximum(fact) : undefined;
    if (maximumProblem) verdict.findings.push(maximumProblem);
    if (!drug || !dose.ucum) return verdict;
    if (drug.regimens.length === 0) {
        verdict.noRegimen = true;
        // A label's most still holds without a regimen (lidocaine's 500 mg an infiltration).
        if (!aboveCeiling(fact, drug, patient, verdict)) verdict.text = 'no regimen is reported to check this dose against';
        return verdict;
    }
    if (forAge(drug, patient).length === 0) {
        const child = patient.ageYears! < Thresholds.adultFromYears.value;
        const whom = [...new Set(drug.regimens.map(r => r.population ?? (child ? 'adults' : 'children')))];
        verdict.text = `the knowledge base has no regimen for ${child ? 'children' : 'adults'} (this patient is ${formatAge(patient.ageYears!)}; its regimens are for ${joinWords(whom, 'and')}): the dose is not checked`;
        verdict.noRegimenForAge = true;
        // A maximum for every age still holds (hydroxychloroquine 5 mg/kg/day, AAO 2016, in a child).
        if (aboveCeiling(fact, drug, patient, verdict)) verdict.text += `; the knowledge base has no regimen for ${child ? 'children' : 'adults'}`;
        return verdict;
    }
    const written = kindOf(dose.ucum);
    if (written === 'rate' && fact.timing?.frequency !== undefined) {
        verdict.findings.push({
            code: Codes.unitInvalid, severity: 'warning', at: dose.unitAt,
            message: `\`${dose.unit}\` is already an amount per time and the schedule says how often again: write the amount per administration (${formatNumber(dose.value)} ${showUnit(dose.ucum.split('/')[0])}) with the schedule, or the rate alone.`
        });
        return verdict;
    }
    // As needed with a day's maximum is a whole order: the maximum bounds the day.
    const boundedAsNeeded = fact.asNeeded && dayBasis(fact) === 'maximum';
    if (written === 'amount' && fact.timing?.count === undefined && fact.timing?.frequency === undefined && !boundedAsNeeded) {
        const usual = usualRegimen(drug, fact);
        const example = usual ? `\`${scheduleOf(usual)}\`` : SCHEDULE_EXAMPLES;
        verdict.text = 'no schedule: write how often it is given to check it';
        verdict.findings.push({
            code: Codes.doseScheduleMissing, severity: 'warning', at: dose.unitAt,
            message: fact.asNeeded
                ? `${drug.label} ${formatQuantity(dose.value, dose.ucum)} as needed has neither a frequency nor a maximum, so the most it gives in a day cannot be checked: say how often at most, e.g. ${example}, or the most in a day, as \`up to\` an amount per day (\`up to … ${showUnit(dose.ucum.split('/')[0])}/day\`).`
                : `${drug.label} ${formatQuantity(dose.value, dose.ucum)} has no schedule, so it cannot be checked: say how often, e.g. ${example}.`,
            ...(usual ? { sources: [usual.source], data: { insert: [fact.route || !usual.route ? '' : usual.route, scheduleOf(usual)].filter(Boolean).join(' '), insertAt: fact.route?.at.end ?? dose.unitAt.end } } : {})
        });
        return verdict;
    }
    const compared = comparisons(fact, drug, patient);
    // A regimen reported on dialysis does not judge a patient not on it, nor the reverse, nor one
    // reported in haemodialysis a patient on peritoneal dialysis (IV sodium thiosulfate).
    const dialysisFits = (r: Regimen) => (r.onDialysis === undefined || r.onDialysis === situation.onDialysis)
        && (!r.modality || !situation.dialysisModality || r.modality === situation.dialysisModality);
    // Nor, where the case's type is known, one reported for another type (Badawi's dystrophic regimen in calciphylaxis).
    const typeFits = (r: Regimen) => !situation.type || !r.reportedFor || r.reportedFor.includes(situation.type);
    const populationFits = (c: Comparison) => dialysisFits(c.regimen) && typeFits(c.regimen);
    const fitting = compared.filter(populationFits);
    const elsewhere = compared.find(c => !populationFits(c) && c.outside.length === 0 && !c.regimen.otherIndication);
    // A regimen of this population that the dose fits, for another indication too (ceftriaxone's dose for infection in calciphylaxis), is said instead.
    if (elsewhere && !fitting.some(c => c.outside.length === 0)) {
        const r = elsewhere.regimen;
        verdict.regimen = r;
        verdict.text = typeFits(r)
            ? `the dose of ${describeRegimen(r, true, false)}, reported for patients ${dialysisWords(r.onDialysis === true, r.modality)}: not judged against it, as this patient is ${situation.onDialysis ? dialysisWords(true, situation.dialysisModality) : 'not recorded on dialysis'}`
            : `the dose of ${describeRegimen(r, true, false)}, a regimen reported for ${joinWords(r.reportedFor!.map(typeWords), 'and')}: not judged against it, as this case is ${typeWords(situation.type!)}`;
        return verdict;
    }
    // Else the case's type may differ (said by the regimen's words), but a regimen reported only on dialysis, or only off it, does not judge this patient.
    const all = fitting.length ? fitting : compared.filter(c => dialysisFits(c.regimen));
    if (all.length === 0 && compared.length > 0 && !aboveCeiling(fact, drug, patient, verdict)) {
        const whom = [...new Set(compared.map(c => dialysisWords(c.regimen.onDialysis === true, c.regimen.modality)))];
        verdict.text = `the regimens reported for this patient's age are for patients ${joinWords(whom, 'or')} (${compared.map(c => regimenWords(c.regimen)).join('; ')}), and this patient is ${situation.onDialysis ? dialysisWords(true, situation.dialysisModality) : 'not recorded on dialysis'}: the dose is not checked`;
        return verdict;
    }
    if (all.length === 0) return aboveCeiling(fact, drug, patient, verdict) ? verdict : noComparison(fact, drug, patient, verdict);
    // Of the regimens a dose fits, one in its form is said (20 mg/kg/h within the label's infusion, not within its 6-hourly doses as a day's total).
    const fits = all.filter(c => c.outside.length === 0).sort((a, b) => formOff(fact, a) - formOff(fact, b));
    const fit = fits.find(c => !c.regimen.otherIndication && !unsourced(c.regimen)) ?? fits.find(c => !c.regimen.otherIndication) ?? fits[0];
    if (fit) {
        verdict.regimen = fit.regimen;
        verdict.status = fit.regimen.otherIndication ? 'other-indication' : 'within';
        verdict.text = (fit.regimen.otherIndication
            ? `a dose for ${fit.regimen.otherIndication}, not a regimen for calcinosis: ${asRead(fit, fact, patient)}within ${describeRegimen(fit.regimen, false, false)}`
            : `${asRead(fit, fact, patient)}within ${describeRegimen(fit.regimen, true, false)}`) + evidenceMark(fit.regimen);
        // Above a label's or a guideline's maximum, the dose is not "within" (hydroxychloroquine above 5 mg/kg/day).
        if (aboveCeiling(fact, drug, patient, verdict)) return verdict;
        if (fit.regimen.advisedAgainst) return notAdvised(fact, drug, fit.regimen, fit.regimen.advisedAgainst, verdict);
        if (fit.regimen.otherIndication) beyondCalcinosis(fact, drug, fit, all, patient, verdict);
        const labelDoses = drug.reducedDoses?.filter(r => r.onDialysis === situation.onDialysis) ?? [];
        const reduced = labelDoses.find(r => isLabelDose(fact, r, r.amount));
        if (reduced) reducedDoseCheck(fact, drug, reduced, patient, situation, verdict);
        const full = labelDoses.find(r => isLabelDose(fact, r, r.fullAmount));
        if (full) fullDoseCheck(fact, drug, full, patient, situation, verdict);
        return verdict;
    }
    // A dose a thousand times a regimen's, whatever its indication, is a typing slip worth saying (calcitriol in mg).
    const slip = unitSlip(fact, drug, patient);
    const printed = drug.discrepancies?.filter(d => writesPrinted(fact, d)) ?? [];
    const discrepancy = printed.map(d => ` ${Sources[d.source].short} prints "${d.printed}": ${d.explanation}`).join('');
    const written0 = `${drug.label} ${describeDosage(fact)}`;
    if (slip) {
        verdict.status = 'unit-suspect';
        verdict.regimen = slip.regimen;
        const swapped = `${formatQuantity(dose.value, slip.unit)}${slip.reading ? ` (${slip.reading})` : ''}`;
        verdict.text = `is the unit ${showUnit(slip.unit)}? ${swapped} fits ${describeRegimen(slip.regimen, true, false)}`;
        verdict.findings.push({
            code: Codes.doseUnitSuspect, severity: 'warning', at: dose.unitAt,
            message: `${written0} is far ${slip.below ? 'below' : 'above'} any reported regimen, while ${swapped} fits ${describeRegimen(slip.regimen)}: is the unit ${showUnit(slip.unit)}?${discrepancy}`,
            sources: [slip.regimen.source, ...printed.map(d => d.source)],
            data: { unit: showUnit(slip.unit) }
        });
        return verdict;
    }
    // A regimen per m² (or per kg) that the missing height (or weight) kept from the comparison may be the one the dose follows.
    const unread = unmeasured(fact, drug, patient, patientFacts, dialysisFits, typeFits);
    // Above a fixed maximum the dose is too much whatever its size would make it (mycophenolate 4 g/day, no height written).
    if (unread) return aboveCeiling(fact, drug, patient, verdict) ? verdict : unmeasuredVerdict(fact, drug, unread, verdict);
    // A warning never rests on a number of our own choosing: such a regimen only says the dose is not checked.
    const calcinosis = all.filter(c => !c.regimen.otherIndication && !unsourced(c.regimen));
    const ours = all.find(c => !c.regimen.otherIndication && unsourced(c.regimen));
    if (calcinosis.length === 0 && ours) {
        verdict.regimen = ours.regimen;
        verdict.text = `not checked: ${describeRegimen(ours.regimen, true, false)} rests on no clinical source`;
        return verdict;
    }
    if (calcinosis.length === 0) return beyondOtherIndications(fact, drug, all, patient, verdict, discrepancy);
    const closest = [...forThisAge(calcinosis, all, patient)].sort((a, b) => distance(a) - distance(b))[0];
    const regimen = closest.regimen;
    verdict.status = 'outside';
    verdict.regimen = regimen;
    if (closest.outside.some(o => EXCEEDS.has(o))) verdict.exceeds = true;
    const reading = asRead(closest, fact, patient);
    verdict.text = `${reading}${outsideWords(closest.outside)} ${describeRegimen(regimen, true, false)}${evidenceMark(regimen)}`;
    const weighed = regimen.timing ? undefined : regimenForWeight(regimen, patient.weightKg);
    const forWeight = weighed ? ` At ${formatNumber(patient.weightKg!)} kg that is ${formatRange(weighed.low, weighed.high, weighed.unit)}.` : '';
    const others = calcinosis.length > 1 ? ` Other reported regimens: ${calcinosis.filter(c => c !== closest).map(c => regimenWords(c.regimen)).join('; ')}.` : '';
    const also = alsoOutside(fact, drug, closest, all, patient);
    const differ = perKgDiffers(fact, drug, patient, closest);
    verdict.text += also.verdict + (differ?.verdict ?? '');
    verdict.findings.push({
        code: Codes.doseOutOfRange, severity: 'warning', at: dose.at,
        message: `${written0}${reading ? ` is ${reading.replace(/: $/, '')}:` : ':'} ${outsideWords(closest.outside)} ${describeRegimen(regimen)}${evidenceMark(regimen)}.${also.ceiling}${forWeight}${others}${differ?.message ?? ''}${also.decimal}${discrepancy}`,
        sources: [...new Set([regimen.source, ...also.sources, ...(differ ? [differ.source] : [])])],
        data: { low: regimen.low, high: regimen.high, unit: regimen.unit, ...also.data }
    });
    return verdict;
}

/**
 * An adult's dose outside the adult regimen that an unbanded per-kg regimen of the same route contains
 * (diltiazem 180 mg/day at 65 kg: below Palmieri's 240-480 mg/day, within the seed's 2-4 mg/kg/day):
 * the adult regimen judges (candidates), and the warning says where the other source puts the dose.
 */
function perKgDiffers(fact: DrugFact, drug: Drug, patient: Patient, closest: Comparison): { verdict: string; message: string; source: SourceId } | undefined {
    if (closest.regimen.ages !== 'adults' || patient.weightKg === undefined) return undefined;
    const set = new Set(candidates(drug, patient));
    const other = forAge(drug, patient).filter(r => !set.has(r) && r.perKg && !r.otherIndication && r.route === closest.regimen.route)
        .map(r => compare(fact, r, patient)).find(c => c !== undefined && c.outside.length === 0 && c.value !== undefined);
    if (!other) return undefined;
    const perKg = formatQuantity(other.value!, other.unit!);
    return {
        // The verdict's presenters cite the judging regimen after it: the other is named in the warning, with its source.
        verdict: `; at ${formatNumber(patient.weightKg)} kg ${perKg}, within the other reported regimen, ${formatRange(other.regimen.low, other.regimen.high, other.regimen.unit)}: the sources differ`,
        message: ` At ${formatNumber(patient.weightKg)} kg it is ${perKg}, within ${describeRegimen(other.regimen)}: the sources differ.`,
        source: other.regimen.source
    };
}

/**
 * What a warning outside the regimens says beside the closest: a label's maximum also exceeded
 * and a decimal-point slip asked, in the verdict's words and the message's, with their sources.
 */
function alsoOutside(fact: DrugFact, drug: Drug, closest: Comparison, all: Comparison[], patient: Patient): { verdict: string; ceiling: string; decimal: string; sources: SourceId[]; data: { decimal?: string } } {
    const decimal = decimalSlip(fact, closest, all.map(c => c.regimen), patient);
    const ceiling = beyondCeiling(fact, drug, patient);
    const slip = decimal && decimalWords(decimal, closest.regimen);
    return {
        verdict: (ceiling?.verdict ?? '') + (slip?.verdict ?? ''),
        ceiling: ceiling?.message ?? '',
        decimal: slip?.message ?? '',
        sources: [...(ceiling ? [ceiling.source] : []), ...(decimal ? [decimal.regimen.source] : [])],
        data: decimal ? { decimal: formatNumber(decimal.value) } : {}
    };
}

interface DecimalSlip { value: number; unit: string; regimen: Regimen; tenth: boolean }

/**
 * A decimal-point slip (sodium thiosulfate 125 g for 12.5 g): a dose above the closest regimen
 * read as its tenth, or one below as ten times itself, that then fits a sourced regimen for this
 * patient's age wholly (amount, frequency, course). Only a question: the dose stays outside.
 */
function decimalSlip(fact: DrugFact, closest: Comparison, regimens: Regimen[], patient: Patient): DecimalSlip | undefined {
    const above = closest.outside.includes('above'), below = closest.outside.includes('below');
    if (above === below) return undefined;
    // The amount as written is some regimen's, given on another schedule (alendronate 70 mg daily,
    // the weekly dose): the schedule is the likelier slip, and "did you mean 7 mg?" would mislead.
    const amountFits = regimens.some(r => {
        const c = compare(fact, r, patient);
        return c !== undefined && !c.outside.includes('above') && !c.outside.includes('below');
    });
    if (amountFits) return undefined;
    const factor = Thresholds.decimalSlipFactor.value;
    const value = above ? fact.dose.value / factor : fact.dose.value * factor;
    const read: DrugFact = { ...fact, dose: { ...fact.dose, value } };
    const fits = regimens.filter(r => !unsourced(r) && fitsAgeBand(r, patient.ageYears))
        .map(r => compare(read, r, patient)).filter((c): c is Comparison => c !== undefined && c.outside.length === 0);
    const fit = fits.find(c => !c.regimen.otherIndication) ?? fits[0];
    return fit && farFrom(fact, fit.regimen, patient, above) ? { value, unit: fact.dose.ucum!, regimen: fit.regimen, tenth: above } : undefined;
}

/**
 * The dose as written is nearer, on a log scale, to ten times the regimen its slip fits (or to its tenth)
 * than to the regimen itself: a dose just past it (prednisolone 80 mg in a child whose most is 50 mg) is
 * likelier meant than mistyped, and "did you mean 8 mg?" would mislead.
 */
function farFrom(fact: DrugFact, regimen: Regimen, patient: Patient, above: boolean): boolean {
    const written = compare(fact, regimen, patient);
    if (written?.value === undefined) return false;
    const [low, high] = written.range ?? [regimen.low, regimen.high];
    return (above ? written.value / high : low / written.value) >= Math.sqrt(Thresholds.decimalSlipFactor.value);
}

/** The slip in the verdict's words and the warning's: the regimen named (and cited) only where it is not the one already said. */
function decimalWords(slip: DecimalSlip, said: Regimen): { verdict: string; message: string } {
    const amount = formatQuantity(slip.value, slip.unit);
    const part = slip.tenth ? 'A tenth of the dose' : 'Ten times the dose';
    const same = slip.regimen === said;
    return {
        verdict: `; did you mean ${amount} (${part.toLowerCase()} fits ${same ? 'it' : describeRegimen(slip.regimen, true, false)})?`,
        message: ` Did you mean ${amount} (a decimal-point slip)? ${part} fits ${describeRegimen(slip.regimen, !same)}.`
    };
}

/**
 * A dose within a label's regimen for another indication that every calcinosis regimen for this
 * age would warn about (minocycline 100 mg every 12 hours, the label's usual adult dose, above
 * Robertson's 50-100 mg/day): information that says both, not a warning of an overdose.
 */
function beyondCalcinosis(fact: DrugFact, drug: Drug, fit: Comparison, all: Comparison[], patient: Patient, verdict: DoseVerdict): void {
    const calcinosis = all.filter(c => !c.regimen.otherIndication && !c.regimen.advisedAgainst && !unsourced(c.regimen) && fitsAgeBand(c.regimen, patient.ageYears));
    if (calcinosis.length === 0 || !calcinosis.every(c => c.outside.some(o => EXCEEDS.has(o)))) return;
    const closest = [...calcinosis].sort((a, b) => distance(a) - distance(b))[0];
    const reading = asRead(fit, fact, patient);
    verdict.text += `; ${outsideWords(closest.outside)} ${describeRegimen(closest.regimen, true, false)} for calcinosis`;
    verdict.findings.push({
        code: Codes.doseOutOfRange, severity: 'information', at: fact.dose.at,
        message: `${drug.label} ${describeDosage(fact)}${reading ? ` is ${reading.replace(/: $/, '')}:` : ':'} within ${describeRegimen(fit.regimen, false)}, a dose for ${fit.regimen.otherIndication}; for calcinosis it is ${asRead(closest, fact, patient)}${outsideWords(closest.outside)} ${describeRegimen(closest.regimen)}${evidenceMark(closest.regimen)}.`,
        sources: [fit.regimen.source, closest.regimen.source]
    });
}

/** What lies outside a regimen that gives more than it: a larger amount, more often, longer, or repeated sooner. */
const EXCEEDS = new Set(['above', 'more often', 'a longer course', 'no course', 'a shorter cycle']);

/**
 * The dose is the amount a report printed by mistake (the seed's ceftriaxone "2 mg/day", pamidronate
 * "90 mg/week"): only then is the report's slip said beside the warning, not at every dose outside.
 */
export function writesPrinted(fact: DrugFact, discrepancy: Discrepancy): boolean {
    const [amount, unit = ''] = discrepancy.printed.split(' ');
    const massOf = (u: string) => u.split('/')[0].toLowerCase();
    return fact.dose.value === Number(amount) && massOf(fact.dose.unit) === massOf(unit);
}

/**
 * A dose outside every regimen the knowledge has for this patient, all of them for other
 * indications (zoledronic acid 4 mg daily, naproxen 5000 mg twice daily). Not a calcinosis
 * dose to judge, but one above or more often than every regimen reported is a warning that
 * names the closest and its source, humble about indications the knowledge does not hold; a
 * dose below or less often than some regimen, or one a day's most for this patient holds
 * (daily-limits.ts), is said in the verdict only.
 */
function beyondOtherIndications(fact: DrugFact, drug: Drug, all: Comparison[], patient: Patient, verdict: DoseVerdict, discrepancy: string): DoseVerdict {
    // A label's doses in several forms (a bolus every 6 hours, an infusion per hour): the closest is one in the dose's form, where there is one.
    const closest = [...all].sort((a, b) => formOff(fact, a) - formOff(fact, b) || distance(a) - distance(b))[0];
    const regimen = closest.regimen;
    verdict.regimen = regimen;
    const reading = asRead(closest, fact, patient);
    // A day's most for this patient (vitamin D by age) holds the day's amount instead, as daily-limits.ts says.
    const heldByDay = drug.dailyLimits?.some(limit => dailyLimitApplies(limit, fact, patient));
    if (heldByDay || !all.every(c => c.outside.some(o => EXCEEDS.has(o)))) {
        verdict.text = `not a calcinosis regimen; ${reading}${outsideWords(closest.outside)} ${describeRegimen(regimen, true, false)}`;
        return verdict;
    }
    // What every regimen shares: above all of them, given more often than all of them, or both.
    const shared = ['above', 'more often'].filter(o => all.every(c => c.outside.includes(o)));
    const every = `${shared.length ? outsideWords(shared) : 'outside'} every regimen reported`;
    const extra = closest.outside.filter(o => !shared.includes(o));
    const against = (cited: boolean) => `${all.length > 1 ? 'the closest, ' : ''}${extra.length ? `${outsideWords(extra)} ` : ''}${describeRegimen(regimen, true, cited)}${evidenceMark(regimen)}`;
    verdict.status = 'outside';
    verdict.exceeds = true;
    verdict.text = `${reading}${every} (none is for calcinosis): ${against(false)}`;
    const weighed = regimen.timing ? undefined : regimenForWeight(regimen, patient.weightKg);
    const forWeight = weighed ? ` At ${formatNumber(patient.weightKg!)} kg that is ${formatRange(weighed.low, weighed.high, weighed.unit)}.` : '';
    // Every regimen for this age, the single doses a schedule is not compared with among them (zoledronic acid once, repeated no sooner than 7 days after).
    const others = forAge(drug, patient).filter(r => r !== regimen);
    const also = alsoOutside(fact, drug, closest, all, patient);
    verdict.text += also.verdict;
    verdict.findings.push({
        code: Codes.doseOutOfRange, severity: 'warning', at: fact.dose.at,
        message: `${drug.label} ${describeDosage(fact)}${reading ? ` is ${reading.replace(/: $/, '')}:` : ':'} ${every}: ${against(true)}.${also.ceiling}${forWeight}${others.length ? ` Other reported regimens: ${others.map(r => regimenWords(r)).join('; ')}.` : ''} None is a regimen for calcinosis.${also.decimal}${discrepancy}`,
        sources: [...new Set([regimen.source, ...also.sources, ...others.map(r => r.source)])],
        data: { low: regimen.low, high: regimen.high, unit: regimen.unit, ...also.data }
    });
    return verdict;
}

/**
 * How well a regimen is sourced, decided here once for the verdict's mark and for which
 * regimen may judge: our own choice where its source is ([E]), as no regimen is better sourced
 * than its source; else its own evidence (a regimen recalled from its label is weak); else read.
 * A source's `weak` (a label not re-read as a whole) does not mark each of its regimens: the
 * regimen says for itself.
 */
export function regimenEvidence(regimen: Regimen): Evidence {
    if (Sources[regimen.source].evidence === 'engineering') return 'engineering';
    return regimen.evidence ?? 'source';
}

/**
 * A dose that matches a regimen a later source advises against (low-dose warfarin for calcinosis,
 * Traineau 2020): not "within", but a warning that says whose regimen it is and why not.
 */
function notAdvised(fact: DrugFact, drug: Drug, regimen: Regimen, against: Sourced<string>, verdict: DoseVerdict): DoseVerdict {
    verdict.status = 'not-advised';
    verdict.text = `matches ${describeRegimen(regimen, true, false)}, a regimen not advised: ${against.value} (${Sources[against.source].short})`;
    verdict.findings.push({
        code: Codes.drugCaution, severity: 'warning', at: fact.dose.at,
        message: `${drug.label} ${describeDosage(fact)} matches ${describeRegimen(regimen)}, a regimen not advised: ${against.value}.${sourceSentence(against.source)}`,
        sources: [against.source, regimen.source]
    });
    return verdict;
}

/**
 * The regimens a dose outside them all is held against: for an adult, the calcinosis regimens
 * reported in adults where there are some (diltiazem's 240–480 mg/day, not the seed's per-kg
 * range, clinical review 10); for an adult whose drug has calcinosis regimens only in children
 * (methotrexate's mg/m² in juvenile dermatomyositis), the adults' regimens the knowledge has,
 * for another indication too (methotrexate weekly), not a child's.
 */
function forThisAge(calcinosis: Comparison[], all: Comparison[], patient: Patient): Comparison[] {
    const age = patient.ageYears;
    if (age === undefined || age < Thresholds.adultFromYears.value) return calcinosis;
    const inAdults = calcinosis.filter(c => c.regimen.ages === 'adults');
    if (inAdults.length) return inAdults;
    if (calcinosis.some(c => c.regimen.ages !== 'children')) return calcinosis;
    const adults = all.filter(c => c.regimen.ages === 'adults' && !unsourced(c.regimen));
    return adults.length ? adults : calcinosis;
}

/** A regimen resting on our own choice, with no clinical source ([E]). */
function unsourced(regimen: Regimen): boolean {
    return regimenEvidence(regimen) === 'engineering';
}

/** What a verdict adds after a regimen of weak evidence ([W], [M]: not confirmed in its source). */
function evidenceMark(regimen: Regimen): string {
    const evidence = regimenEvidence(regimen);
    if (evidence === 'engineering') return ' (a regimen with no clinical source)';
    return evidence === 'weak' ? ' (weak evidence: the regimen is not confirmed in its source)' : '';
}

function dialysisWords(onDialysis: boolean, modality: DialysisModality | undefined): string {
    if (!onDialysis) return 'not on dialysis';
    return modality === 'peritoneal' ? 'on peritoneal dialysis' : modality === 'haemodialysis' ? 'on haemodialysis' : 'on dialysis';
}

/** The prescription is `amount` (in the reduced dose's unit) as often as the reduced dose: the reduced dose itself, or the full one. */
function isLabelDose(fact: DrugFact, reduced: ReducedDose, amount: number): boolean {
    const perDay = fact.timing ? writtenPerDay(fact.timing) : undefined;
    const range = perDayRange(reduced.timing);
    const written = fact.dose.ucum ? convert(fact.dose.value, fact.dose.ucum, reduced.unit) : undefined;
    return written !== undefined && range !== undefined && perDay !== undefined && within(written, [amount, amount]) && within(perDay, range);
}

interface Criterion { words: string; value?: number; met: boolean; missing: string; shown: string }

/** A reduced dose's criteria against the case, decided in one place for the reduced and the full dose. */
function reducedCriteria(reduced: ReducedDose, patient: Patient, situation: DoseSituation): { criteria: Criterion[]; met: Criterion[]; missing: Criterion[]; rule: string; where: string } {
    const criterion = (words: string, value: number | undefined, met: (v: number) => boolean, missing: string, shown: (v: number) => string): Criterion =>
        ({ words, value, met: value !== undefined && met(value), missing, shown: value !== undefined ? shown(value) : '' });
    const age = reduced.ageFromYears.value, weight = reduced.weightUpToKg.value, creatinine = reduced.creatinineFromMgDl?.value;
    const criteria = [
        criterion(`age ≥ ${formatNumber(age)} years`, patient.ageYears, v => v >= age, 'the age', v => `age ${formatNumber(v)} years`),
        criterion(`weight ≤ ${formatNumber(weight)} kg`, patient.weightKg, v => v <= weight, 'the weight', v => `weight ${formatNumber(v)} kg`),
        ...(creatinine !== undefined ? [criterion(`creatinine ≥ ${formatNumber(creatinine)} mg/dL`, situation.creatinineMgDl, v => v >= creatinine, 'the creatinine', v => `creatinine ${formatNumber(v)} mg/dL`)] : [])
    ];
    const list = joinWords(criteria.map(c => c.words), 'or');
    return {
        criteria, met: criteria.filter(c => c.met), missing: criteria.filter(c => c.value === undefined),
        rule: reduced.needed === 1 ? list : `at least ${reduced.needed} of ${list}`,
        where: reduced.onDialysis ? ' on dialysis' : ''
    };
}

/**
 * A reduced dose applies only with its criteria (on dialysis any one, otherwise two): met,
 * say which; not met with all recorded, warn that the label's dose is the full one; otherwise
 * say what to record.
 */
function reducedDoseCheck(fact: DrugFact, drug: Drug, reduced: ReducedDose, patient: Patient, situation: DoseSituation, verdict: DoseVerdict): void {
    const { criteria, met, missing, rule, where } = reducedCriteria(reduced, patient, situation);
    const what = `${drug.label} ${describeDosage(fact)}${where} is the label's reduced dose for ${reduced.indication}, for ${rule}`;
    const also = reduced.alsoFor ? ` (the same dose is labelled for ${reduced.alsoFor})` : '';
    if (met.length >= reduced.needed) {
        verdict.text += `;${where} the label's reduced dose, which applies here (${met.map(c => c.shown).join(', ')})`;
        return;
    }
    if (met.length + missing.length < reduced.needed) {
        verdict.text += `;${where} the reduced dose, but the case does not meet ${rule}: the label's dose is ${reduced.fullDose}`;
        verdict.findings.push({
            code: Codes.doseOutOfRange, severity: 'warning', at: fact.dose.at,
            message: `${what}; with ${joinWords(criteria.filter(c => c.value !== undefined).map(c => c.shown), 'and')} ${reduced.needed === 1 ? 'neither holds' : `${met.length === 0 ? 'none' : 'only one'} holds`}, so for ${reduced.indication} the label's dose${where} is ${reduced.fullDose}${also}.${sourceSentence(reduced.source)}`,
            sources: [reduced.source]
        });
        return;
    }
    const record = joinWords(missing.map(c => c.missing), 'and');
    verdict.text += `;${where} the reduced dose only for ${rule}: record ${record}`;
    verdict.findings.push({
        code: Codes.doseOutOfRange, severity: 'information', at: fact.dose.at,
        message: `${what}: record ${record} to check it; otherwise the label's dose is ${reduced.fullDose}${also}.${sourceSentence(reduced.source)}`,
        sources: [reduced.source]
    });
}

/**
 * The full dose where the case meets the reduced dose's criteria (apixaban 5 mg twice daily
 * at 84 years and 52 kg): a warning naming the criteria met. The criteria are the label's
 * for one indication (atrial fibrillation); where the history does not record it, the
 * message says whose reduction it is rather than assume it.
 */
function fullDoseCheck(fact: DrugFact, drug: Drug, reduced: ReducedDose, patient: Patient, situation: DoseSituation, verdict: DoseVerdict): void {
    const { met, rule, where } = reducedCriteria(reduced, patient, situation);
    if (met.length < reduced.needed) return;
    const reducedWords = `${formatQuantity(reduced.amount, reduced.unit)} ${timingWords(reduced.timing)}`;
    const recorded = !reduced.indicationTerm || (situation.conditions ?? []).includes(reduced.indicationTerm);
    const shown = joinWords(met.map(c => c.shown), 'and');
    verdict.status = 'outside';
    verdict.text += `; but the case meets ${rule} (${shown}), for which the label's dose${where} for ${reduced.indication} is ${reducedWords}`;
    verdict.findings.push({
        code: Codes.doseOutOfRange, severity: 'warning', at: fact.dose.at,
        message: `${drug.label} ${describeDosage(fact)}${where} is the label's full dose, while with ${shown} the case meets ${rule}, for which the label's dose${where} for ${reduced.indication} is ${reducedWords}.`
            + (recorded ? '' : ` ${reduced.indication.charAt(0).toUpperCase()}${reduced.indication.slice(1)} is not recorded: the reduction is the label's for it (record \`condition ${reduced.indicationTerm}\` if it is the indication).`)
            + sourceSentence(reduced.source),
        sources: [reduced.source]
    });
}

function joinWords(items: string[], word: string): string {
    return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} ${word} ${items.at(-1)}`;
}

/** 1 where the dose and the regimen differ in form (one given on a schedule, the other a rate), else 0. */
function formOff(fact: DrugFact, c: Comparison): number {
    if ((c.regimen.timing === undefined) !== (fact.timing === undefined)) return 1;
    // `monthly` fits `every 4 weeks` as a reading (MONTH_DAYS): a regimen written monthly says it as written.
    return c.regimen.timing?.periodUnit && fact.timing?.periodUnit && c.regimen.timing.periodUnit !== fact.timing.periodUnit ? 0.5 : 0;
}

/** How far a comparison lies from its regimen: the ratio to the nearer bound, in orders of magnitude, plus one per other mismatch. */
function distance(c: Comparison): number {
    const amountOff = c.outside.some(o => o === 'above' || o === 'below');
    const value = c.value;
    const [low, high] = c.range ?? [c.regimen.low, c.regimen.high];
    const ratio = value === undefined || !amountOff || value <= 0 || low <= 0 ? 0 : Math.abs(Math.log10(value > high ? value / high : low / value));
    // An open end ('no course') says nothing of how far the dose is: the regimen it matches stays the closest.
    return ratio + c.outside.filter(o => o !== 'above' && o !== 'below' && o !== 'no course').length + (c.oneCourse ? 1 : 0);
}

function outsideWords(outside: string[]): string {
    return outside.map(o => o === 'more often' ? 'given more often than' : o === 'less often' ? 'given less often than' : o === 'no course' ? 'with no course written, unlike' : o === 'above' || o === 'below' ? o : `${o} than`).join(' and ');
}

/** No regimen could be compared: a route the drug is not reported by, the weight or height missing, or an unread unit. */
function noComparison(fact: DrugFact, drug: Drug, patient: Patient, verdict: DoseVerdict): DoseVerdict {
    const dose = fact.dose;
    const routes = [...new Set([...drug.regimens.map(r => r.route).filter(r => r !== undefined), ...(drug.labelRoutes?.value ?? [])])];
    const route = fact.routeEntry?.term;
    if (route && routes.length > 0 && !routes.includes(route)) {
        verdict.text = `${fact.routeEntry!.label} is not a reported route`;
        verdict.findings.push({
            code: Codes.doseOutOfRange, severity: 'warning', at: fact.route!.at,
            message: `${drug.label} is not reported ${fact.routeEntry!.label}: its regimens are ${drug.regimens.map(r => regimenWords(r)).join('; ')}.`,
            sources: drug.regimens.map(r => r.source)
        });
        return verdict;
    }
    if (kindOf(dose.ucum!) === 'concentration') {
        const byConcentration = drug.regimens.filter(r => r.timing && kindOf(r.unit) === 'concentration').map(r => r.route);
        verdict.text = 'a concentration, not a dose by this route';
        verdict.findings.push({
            code: Codes.doseOutOfRange, severity: 'warning', at: fact.route?.at ?? dose.unitAt,
            message: `${formatQuantity(dose.value, dose.ucum!)} is a concentration, reported for ${inSentence(drug.label)} ${byConcentration.length ? `only ${[...new Set(byConcentration)].join(' or ')}` : 'by no route'}: ${route ? `${fact.routeEntry!.label} regimens are ${byConcentration.includes(route) ? 'in another unit' : 'amounts'} (${drug.regimens.filter(r => r.route === route).map(r => regimenWords(r)).join('; ')})` : 'name the route'}.`,
            sources: drug.regimens.map(r => r.source)
        });
        return verdict;
    }
    const needsWeight = /\/kg/.test(dose.ucum!) || drug.regimens.some(r => r.perKg);
    const needsBsa = /\/m2/.test(dose.ucum!) || drug.regimens.some(r => /\/m2/.test(r.unit));
    if ((needsWeight && patient.weightKg === undefined) || (needsBsa && patient.bsa === undefined)) {
        verdict.text = needsBsa && patient.bsa === undefined
            ? 'record the height and weight to read this dose per m² (Mosteller)'
            : 'record the weight to read this dose against the per-kg regimen';
        return verdict;
    }
    if (kindOf(dose.ucum!) === undefined) {
        verdict.findings.push({
            code: Codes.unitInvalid, severity: 'error', at: dose.unitAt,
            message: `\`${dose.unit}\` is not a dose: write an amount (${drug.regimens.map(r => showUnit(r.unit)).filter((u, i, all) => all.indexOf(u) === i).join(', ')}) with a schedule, or a rate such as mg/day.`
        });
        return verdict;
    }
    verdict.text = `cannot be held against the reported regimens (${drug.regimens.map(r => regimenWords(r)).join('; ')})`;
    return verdict;
}

/**
 * The sourced calcinosis regimens for this patient that the dose could not be held against for
 * want of a body size (rituximab's 375 mg/m² with no height: the body surface area is unknown),
 * by the dose's route, and what to record. Only asked where the dose fits no regimen: an absolute
 * dose outside the others may be this one's, so it is not checked rather than called outside.
 */
function unmeasured(fact: DrugFact, drug: Drug, patient: Patient, facts: PatientFacts, ...fits: Array<(r: Regimen) => boolean>): { regimens: Regimen[]; record: string } | undefined {
    const route = fact.routeEntry?.term;
    const kind = kindOf(fact.dose.ucum!);
    if (kind !== 'amount' && kind !== 'rate') return undefined;
    const perM2 = (r: Regimen) => /\/m2/.test(r.unit) && patient.bsa === undefined;
    const perKg = (r: Regimen) => r.perKg && patient.weightKg === undefined;
    // Only a regimen of this patient's age: a children's regimen per m² does not hold an adult's dose back from the adults' (methotrexate 50 mg weekly).
    const regimens = candidates(drug, patient).filter(r => (perM2(r) || perKg(r)) && !r.otherIndication && !unsourced(r) && fitsAgeBand(r, patient.ageYears)
        && (!route || !r.route || r.route === route) && fits.every(f => f(r)) && kindOf(r.unit) !== 'concentration');
    if (regimens.length === 0) return undefined;
    const missing = [regimens.some(perM2) && facts.heightCm === undefined ? 'the height' : '', facts.weightKg === undefined ? 'the weight' : ''].filter(Boolean);
    return { regimens, record: joinWords(missing, 'and') };
}

/** The verdict and the information finding where a regimen could not be read for want of the height or weight. */
function unmeasuredVerdict(fact: DrugFact, drug: Drug, { regimens, record }: { regimens: Regimen[]; record: string }, verdict: DoseVerdict): DoseVerdict {
    const size = regimens.some(r => /\/m2/.test(r.unit)) ? 'the body surface area' : 'the weight';
    const per = regimens.map(r => describeRegimen(r, true, false)).join(' and ');
    verdict.status = 'not-checked';
    verdict.regimen = regimens[0];
    verdict.text = `cannot be checked: ${size} is not known, so ${per} cannot be read in ${showUnit(bodySizeApplied(regimens[0].unit))}; record ${record}`;
    verdict.findings.push({
        code: Codes.doseOutOfRange, severity: 'information', at: fact.dose.at,
        message: `${drug.label} ${describeDosage(fact)} cannot be checked: ${regimens.map(r => describeRegimen(r)).join(' and ')} ${regimens.length > 1 ? 'are' : 'is'} per ${size === 'the weight' ? 'kg' : 'm²'}, and ${size} is not known. Record ${record} to hold the dose against ${regimens.length > 1 ? 'them' : 'it'}${size === 'the weight' ? '' : ' (the body surface area by Mosteller)'}.`,
        sources: regimens.map(r => r.source)
    });
    return verdict;
}

/** How the written dose reads in the regimen's unit, where it differs from what was written. */
function asRead(c: Comparison, fact: DrugFact, patient: Patient): string {
    if (c.value === undefined || !c.unit || (c.unit === fact.dose.ucum && !c.split)) return '';
    const at = [/\/kg/.test(c.unit) !== /\/kg/.test(fact.dose.ucum!) && patient.weightKg !== undefined ? `${formatNumber(patient.weightKg)} kg` : '',
        /\/m2/.test(c.unit) !== /\/m2/.test(fact.dose.ucum!) && patient.bsa !== undefined ? `${formatNumber(patient.bsa)} m² (Mosteller)` : ''].filter(Boolean).join(', ');
    return `${formatQuantity(c.value, c.unit)}${c.split ? ` a course${splitWords(c, fact)}` : ''}${at ? ` at ${at}` : ''}: `;
}

/** A split course's parts, and above the regimen how many of its courses it is: `(5 doses of 2 g/kg, 5 times the regimen's 2 g/kg course)`. */
function splitWords(c: Comparison, fact: DrugFact): string {
    const high = c.range![1];
    const times = c.outside.includes('above') ? `, ${formatNumber(c.value! / high)} times the regimen's ${formatQuantity(high, c.unit!)} course` : '';
    return ` (${formatNumber(c.split!)} doses of ${formatQuantity(fact.dose.value, perDayDropped(fact.dose.ucum!))}${times})`;
}

/** A rate per day read as a daily amount (`0.4 g/kg/d` given daily: 0.4 g/kg each day). */
function perDayDropped(ucum: string): string {
    return ucum.replace(/\/d$/, '');
}

function unitSlip(fact: DrugFact, drug: Drug, patient: Patient): { unit: string; regimen: Regimen; below: boolean; reading: string } | undefined {
    const [mass, ...rest] = fact.dose.ucum!.split('/');
    if (!MASS_UNITS.includes(mass)) return undefined;
    for (const other of MASS_UNITS.filter(u => u !== mass)) {
        const unit = [other, ...rest].join('/');
        const swapped: DrugFact = { ...fact, dose: { ...fact.dose, ucum: unit } };
        // Any sourced regimen, for calcinosis or another indication: a slip is a slip whatever the drug is for.
        const fits = comparisons(swapped, drug, patient).filter(c => c.outside.length === 0 && !unsourced(c.regimen));
        const fit = fits.find(c => !c.regimen.otherIndication) ?? fits[0];
        if (fit) return { unit, regimen: fit.regimen, below: (convert(1, mass, other) ?? 1) < 1, reading: asRead(fit, swapped, patient).replace(/: $/, '') };
    }
    return undefined;
}

/** A label's ceilings exceeded: one administration, or a day's total; a per-kg ceiling for this weight; one for an age group only in it. */
function ceilingsExceeded(fact: DrugFact, drug: Drug, patient: Patient): Array<{ ceiling: DoseCeiling; value: number; most: number; unit: string }> {
    const exceeded = [];
    const { perAdministration, perDay } = absolute(fact, patient);
    for (const ceiling of (drug.ceilings ?? []).filter(c => fitsAgeBand(c, patient.ageYears))) {
        const perKg = ceiling.unit.includes('/kg');
        if (perKg && patient.weightKg === undefined) continue;
        const unit = perKgApplied(ceiling.unit), most = ceiling.value * (perKg ? patient.weightKg! : 1);
        const value = ceiling.per === 'administration' ? perAdministration : perDay;
        const inUnit = value && convert(value.value, value.unit, unit);
        if (inUnit === undefined || inUnit <= most * (1 + EPSILON)) continue;
        exceeded.push({ ceiling, value: inUnit, most, unit });
    }
    // The most exceeded first (value ÷ most, as their units differ): the ceiling that binds this patient (per kg at their weight, or the fixed one).
    return exceeded.sort((a, b) => b.value / b.most - a.value / a.most);
}

/**
 * A dose outside the regimens that is also above a label's maximum (diltiazem 720 mg/day): the
 * maximum said in the same warning, since it is what holds whatever the indication.
 */
function beyondCeiling(fact: DrugFact, drug: Drug, patient: Patient): { verdict: string; message: string; source: SourceId } | undefined {
    const [first] = ceilingsExceeded(fact, drug, patient);
    if (!first) return undefined;
    const { ceiling, value, most, unit } = first;
    const amount = exceededAmount(ceiling, value, unit);
    const maximum = maximumWords(ceiling, most, unit, patient);
    return {
        verdict: `; above ${maximum}`,
        message: ` ${amount === formatQuantity(fact.dose.value, fact.dose.ucum!) ? 'It' : `At ${dayAmountWords(fact, amount)}, it`} is also above ${maximum}.${ceiling.note ? ` ${ceiling.note}` : ''}`,
        source: ceiling.source
    };
}

/** The amount a ceiling holds, in words: `120 mg per dose`, `800 mg/day`, `800 mg a day`. */
function exceededAmount(ceiling: DoseCeiling, value: number, unit: string): string {
    return `${formatQuantity(value, unit)}${ceiling.per === 'administration' ? ' per dose' : /\/d$/.test(unit) ? '' : ' a day'}`;
}

/** The maximum for this patient in words, cited: `the maximum of 225 mg/day (5 mg/kg/day at 45 kg) (AAO 2016)`. */
function maximumWords(ceiling: DoseCeiling, most: number, unit: string, patient: Patient): string {
    const perKg = ceiling.unit.includes('/kg') ? ` (${formatQuantity(ceiling.value, ceiling.unit)} at ${formatNumber(patient.weightKg!)} kg)` : '';
    return `the maximum of ${formatQuantity(most, unit)}${perKg} (${Sources[ceiling.source].short})`;
}

/** A maximum exceeded, for this weight and age: a warning each, and the verdict says the first. */
function aboveCeiling(fact: DrugFact, drug: Drug, patient: Patient, verdict: DoseVerdict): boolean {
    const exceeded = ceilingsExceeded(fact, drug, patient);
    if (exceeded.length === 0) return false;
    // One warning per kind of ceiling, the one that binds (lidocaine's 7 mg/kg before its 500 mg): one concern, one message.
    verdict.findings.push(...exceeded.filter((e, i) => exceeded.findIndex(o => o.ceiling.per === e.ceiling.per) === i).map(e => ceilingFinding(fact, drug, patient, e)));
    const { ceiling, value, most, unit } = exceeded[0];
    verdict.status = 'outside';
    verdict.exceeds = true;
    verdict.aboveCeiling = true;
    verdict.regimen = undefined;
    verdict.text = `${formatQuantity(value, unit)}${ceiling.per === 'administration' ? ' per dose' : ''}: above ${maximumWords(ceiling, most, unit, patient)}`;
    return true;
}

function ceilingFinding(fact: DrugFact, drug: Drug, patient: Patient, { ceiling, value, most, unit }: ReturnType<typeof ceilingsExceeded>[number]): Finding {
    return {
        code: Codes.doseOutOfRange, severity: 'warning', at: fact.dose.at,
        message: `${drug.label} ${describeDosage(fact)} is ${ceiling.per === 'administration' ? exceededAmount(ceiling, value, unit) : dayAmountWords(fact, exceededAmount(ceiling, value, unit))}, above ${maximumWords(ceiling, most, unit, patient)}.${ceiling.note ? ` ${ceiling.note}` : ''}`,
        sources: [ceiling.source]
    };
}

/** The amount given on a day of the schedule, in absolute units (weight and BSA applied): a day's maximum holds it, whatever the course. */
export function amountPerDay(fact: DrugFact, patientFacts: PatientFacts): { value: number; unit: string } | undefined {
    if (!fact.dose.ucum) return undefined;
    return absolute(fact, { weightKg: patientFacts.weightKg, bsa: bodySurfaceArea(patientFacts), ageYears: patientFacts.ageYears }).perDay;
}

/** The amount per administration and per day in absolute units (weight and BSA applied). */
function absolute(fact: DrugFact, patient: Patient): { perAdministration?: { value: number; unit: string }; perDay?: { value: number; unit: string } } {
    const ucum = fact.dose.ucum!;
    const bare = bodySizeApplied(ucum);
    const value = amountIn(fact.dose.value, ucum, bare, patient);
    if (value === undefined) return {};
    const kind = kindOf(ucum);
    if (kind !== 'rate' && kind !== 'amount') return {};
    // The day's most is the written maximum where there is one (`up to 4 g/day`), whatever the frequency.
    const dayUnit = kind === 'rate' ? bare : `${bare}/d`;
    const maximum = fact.maximum?.ucum && kindOf(fact.maximum.ucum) === 'rate' ? amountIn(fact.maximum.value, fact.maximum.ucum, dayUnit, patient) : undefined;
    if (kind === 'rate') return { perDay: { value: maximum ?? value, unit: bare } };
    const timesADay = fact.timing ? writtenPerDay(fact.timing) : undefined;
    const perDay = maximum ?? (timesADay !== undefined ? value * timesADay : undefined);
    return { perAdministration: { value, unit: bare }, ...(perDay !== undefined ? { perDay: { value: perDay, unit: dayUnit } } : {}) };
}

/**
 * Whether a day's amount is the most the prescription allows rather than what it gives, and why:
 * its written maximum (`up to 4 g/day`), or, as needed, taken as often as written. Messages over a
 * daily limit say which: `at most 4000 mg/day, its written maximum`.
 */
export function dayBasis(fact: DrugFact): 'maximum' | 'frequency' | undefined {
    if (fact.maximum?.ucum && kindOf(fact.maximum.ucum) === 'rate') return 'maximum';
    return fact.asNeeded ? 'frequency' : undefined;
}

/** A day's amount in words, with the basis where it is a worst case: `at most 4000 mg/day, its written maximum`. */
export function dayAmountWords(fact: DrugFact, amount: string): string {
    const basis = dayBasis(fact);
    if (basis === 'maximum') return `at most ${amount}, its written maximum`;
    if (basis === 'frequency') return `at most ${amount}, as needed taken as often as written (no maximum is written)`;
    return amount;
}

/** A day's most for a band of patients (daily-limits.ts) applies: the patient is in its band, and the schedule is the kind it is for. */
export function dailyLimitApplies(limit: PatientDailyLimit, fact: DrugFact, patient: { weightKg?: number; ageYears?: number }): boolean {
    if (limit.weightBelowKg && (patient.weightKg === undefined || patient.weightKg >= limit.weightBelowKg.value)) return false;
    // From a weight: an adult (or a patient of no recorded age) with no weight recorded is held to it too.
    if (limit.weightFromKg && (patient.weightKg === undefined
        ? patient.ageYears !== undefined && patient.ageYears < Thresholds.adultFromYears.value
        : patient.weightKg < limit.weightFromKg.value)) return false;
    if (limit.perKg && patient.weightKg === undefined) return false;
    if (limit.ages) {
        const age = patient.ageYears;
        if (age === undefined ? limit.ages.toYears !== Infinity : age < limit.ages.fromYears || age >= limit.ages.toYears) return false;
    }
    if (limit.dailySchedulesOnly) {
        // A written maximum per day (`up to 4 g/day`) is a daily intake too.
        const rate = fact.dose.ucum !== undefined && /\/d$/.test(fact.dose.ucum);
        const perDay = fact.timing ? writtenPerDay(fact.timing) : undefined;
        if (!rate && dayBasis(fact) !== 'maximum' && (perDay === undefined || perDay < 1 - 1e-9)) return false;
    }
    return true;
}

/** `up to 4 g` with no period, or in a unit the dose is not in: what to write instead, at the maximum's unit. */
function unreadMaximum(fact: DrugFact): Finding | undefined {
    const maximum = fact.maximum;
    if (!maximum?.ucum) return undefined;
    const doseDay = kindOf(fact.dose.ucum!) === 'rate' ? bodySizeApplied(fact.dose.ucum!) : `${bodySizeApplied(fact.dose.ucum!)}/d`;
    const fits = kindOf(maximum.ucum) === 'rate' && convert(1, bodySizeApplied(maximum.ucum), doseDay) !== undefined;
    if (fits) return undefined;
    const amount = showUnit(bodySizeApplied(fact.dose.ucum!).split('/')[0]);
    return {
        code: Codes.unitInvalid, severity: 'error', at: maximum.unitAt,
        message: `\`up to ${formatNumber(maximum.value)} ${maximum.unit}\` is not a most per period of the dose: write the most in a day in the dose's unit, as in \`up to ${formatNumber(maximum.value)} ${amount}/day\`.`
    };
}

/** The exposure per week (averaged over a cycle) and per kg, for hints and hovers. */
function exposure(fact: DrugFact, patient: Patient): Pick<DoseVerdict, 'perWeek' | 'perKg' | 'atMost'> {
    const ucum = fact.dose.ucum;
    if (!ucum || kindOf(ucum) === 'concentration' || kindOf(ucum) === undefined) return {};
    const result: Pick<DoseVerdict, 'perWeek' | 'perKg' | 'atMost'> = {};
    const { perAdministration, perDay } = absolute(fact, patient);
    let daily = perDay;
    const course = writtenCourseDays(fact.timing), cycle = writtenDays(fact.timing?.cycle);
    if (daily && course !== undefined && cycle) daily = { value: daily.value * course / cycle, unit: daily.unit };
    // A course without a cycle is not a weekly rate.
    if (daily && (course === undefined || cycle)) {
        // A rate per hour (heparin units/h) is a week's exposure too: the amount's atom, per week.
        const unit = `${daily.unit.split('/')[0]}/wk`;
        const value = convert(daily.value, daily.unit, unit);
        if (value !== undefined) result.perWeek = { value, unit };
        if (value !== undefined && (dayBasis(fact) || givenAtShortestInterval(fact.timing))) result.atMost = true;
    }
    const base = perAdministration ?? perDay;
    if (base && patient.weightKg !== undefined && !ucum.includes('/kg')) {
        const [mass, ...rest] = base.unit.split('/');
        result.perKg = { value: base.value / patient.weightKg, unit: [mass, 'kg', ...rest].join('/') };
    }
    return result;
}

/** The regimen a snippet or quick fix proposes for this drug: the first calcinosis regimen by its route. */
function usualRegimen(drug: Drug, fact: DrugFact): Regimen | undefined {
    const route = fact.routeEntry?.term;
    return drug.regimens.find(r => r.timing && !r.otherIndication && (!route || r.route === route)) ?? drug.regimens.find(r => r.timing && (!route || r.route === route));
}

/** The schedule of a regimen as it is written in a file: `3 times a week`, `daily for 3 days every 3 months`. */
export function scheduleOf(regimen: Regimen): string {
    const words = regimen.timing ? [timingWords(regimen.timing)] : [];
    if (regimen.course) words.push(`for ${formatNumber(regimen.course.low)} ${durationUnit(regimen.course)}`);
    if (regimen.cycle) words.push(`every ${formatNumber(regimen.cycle.low)} ${durationUnit(regimen.cycle)}`);
    return words.join(' ');
}

function durationUnit(duration: DurationRange): string {
    return durationWords({ ...duration, high: duration.low }).replace(/^\S+ /, '');
}

/** A regimen's schedule in words: `3 times a week`, `daily for 3 days every 3 months` (ranges kept, as the sources give them). */
export function regimenSchedule(regimen: Regimen): string {
    const words = [regimen.timing ? timingWords(regimen.timing) : '', regimen.course ? `for ${durationWords(regimen.course)}` : '', regimen.cycle ? `every ${durationWords(regimen.cycle)}` : ''].filter(Boolean).join(' ');
    return regimen.repeatAfter ? `${words}, repeated no sooner than ${durationWords(regimen.repeatAfter)} after` : words;
}

/** A regimen in words: `12.5–25 g iv 3 times a week (adults with calciphylaxis on haemodialysis) (Edinburgh Renal Unit handbook)`; uncited for a verdict, whose presenter cites the regimen's source. */
export function regimenWords(regimen: Regimen, withWho = true, cited = true): string {
    let variants = wordsOfRegimen.get(regimen);
    if (!variants) wordsOfRegimen.set(regimen, variants = []);
    return variants[(withWho ? 2 : 0) + (cited ? 1 : 0)] ??= writeRegimenWords(regimen, withWho, cited);
}

/** Each regimen's words in each of its four forms, written once: every case that prescribes a drug describes the same regimens. */
const wordsOfRegimen = new WeakMap<Regimen, string[]>();

function writeRegimenWords(regimen: Regimen, withWho: boolean, cited: boolean): string {
    const schedule = regimenSchedule(regimen);
    const what = [formatRange(regimen.low, regimen.high, regimen.unit), regimen.timing ? regimen.route : '', schedule].filter(Boolean).join(' ');
    const who = withWho ? regimen.otherIndication ?? regimen.population : undefined;
    return `${what}${who ? ` (${who})` : ''}${cited ? ` (${Sources[regimen.source].short})` : ''}`;
}

/** `the reported …`: a regimen a sentence holds a dose against. */
export function describeRegimen(regimen: Regimen, withWho = true, cited = true): string {
    return `the reported ${regimenWords(regimen, withWho, cited)}`;
}

/** The prescription as written, in the language's words: `25 g iv 3 times a week`. */
export function describeDosage(fact: DrugFact): string {
    const dose = fact.dose;
    const maximum = fact.maximum && `up to ${fact.maximum.ucum ? formatQuantity(fact.maximum.value, fact.maximum.ucum) : `${fact.maximum.value} ${fact.maximum.unit}`}`;
    return [dose.ucum ? formatQuantity(dose.value, dose.ucum) : `${dose.value} ${dose.unit}`, fact.route?.term, fact.infusion?.words, fact.timing ? writtenTimingWords(fact.timing) : '',
        fact.asNeeded ? 'as needed' : '', fact.when?.words, maximum, fact.stopped ? 'stopped' : ''].filter(Boolean).join(' ');
}

/**
 * A verdict as a caution that leads it leaves it: a dose "within" a regimen is not said of a
 * drug this patient should stop (warfarin or calcium binders in calciphylaxis) or take
 * otherwise (colchicine below a creatinine clearance of 30), since the reassurance
 * contradicts the caution; nor, for a drug to stop, is a dose "below" a regimen, which would
 * push it up. A suspected unit slip keeps its verdict: the typing error is worth saying.
 */
function ledByCaution(verdict: DoseVerdict, caution: { because: string; stop: boolean; fits?: true } | undefined): DoseVerdict {
    // The label's reduced dose for the patient's renal band: the dose fits it, whatever the usual regimen says (Zometa 3.3 mg at 40-49 mL/min).
    if (caution?.fits) return { ...verdict, status: 'other-indication', regimen: undefined, text: caution.because, findings: verdict.findings.filter(f => f.code !== Codes.doseOutOfRange) };
    const reassures = verdict.status === 'within' || verdict.status === 'other-indication';
    // A dose matching a regimen of another population (not judged against it) says less than the caution.
    const elsewhere = verdict.status === 'not-checked' && verdict.regimen !== undefined;
    // A dose with no regimen to hold it to says nothing: the caution is what there is to say (metformin contraindicated).
    // Nor does one with no regimen for the patient's age, where the caution is to stop the drug (active vitamin D in a hypercalcaemic child).
    if (caution && (verdict.noRegimen || (caution.stop && verdict.noRegimenForAge))) {
        return { ...verdict, text: caution.stop ? `the caution leads, ${caution.because}` : `the caution applies, ${caution.because}` };
    }
    // Outside a regimen, a caution to adjust the dose agrees with the verdict; only one to stop the drug silences it,
    // and not an overdose: alendronate 70 mg daily, the weekly dose given daily, is worth saying whatever the kidneys.
    const silenced = caution?.stop && ((verdict.status === 'outside' && !verdict.exceeds) || verdict.status === 'not-advised');
    if (!caution || !(reassures || elsewhere || silenced)) return verdict;
    const text = caution.stop ? `not judged against a regimen: the caution leads, ${caution.because}` : `not judged against the usual regimen: the caution applies, ${caution.because}`;
    // The caution's own finding says more than the verdict's: a regimen advised against (its drug-caution) goes with the dose's.
    const said = (f: Finding) => f.code === Codes.doseOutOfRange || (verdict.status === 'not-advised' && f.code === Codes.drugCaution);
    return { ...verdict, status: 'not-checked', regimen: undefined, text, findings: verdict.findings.filter(f => !said(f)) };
}

/**
 * The one place a prescription's verdict takes in what the checks beyond the regimens found:
 * a caution to stop the drug leads; else a most a day for this patient that the dose is above
 * (paracetamol per kg, gabapentin by clearance) is the verdict, whether or not a regimen is reported;
 * else a caution to adjust leads as ledByCaution says.
 */
export function checkedVerdict(verdict: DoseVerdict, caution: { because: string; stop: boolean; fits?: true } | undefined, limit: PatientLimit | undefined, tooFast?: Finding): DoseVerdict {
    // A suspected unit slip keeps its verdict: "is the unit mg?" is the fix the writer needs.
    if (limit && !caution?.stop && verdict.status !== 'unit-suspect') {
        return { ...verdict, status: 'outside', regimen: undefined, text: limit.verdict, aboveLimit: limit.finding };
    }
    const led = ledByCaution(verdict, caution);
    // The dose fits, the rate does not (infusion.ts): the prescription as written is not "within".
    if (tooFast && (led.status === 'within' || led.status === 'other-indication')) {
        return { ...led, status: 'outside', text: `${led.text}, but infused faster than its shortest time`, tooFast };
    }
    return led;
}

/** Every prescription's verdict, in the order of the facts. */
export function judgeDoses(drugs: DrugFact[], patient: PatientFacts, situation: DoseSituation = { onDialysis: false }): DoseVerdict[] {
    return drugs.map(fact => judgeDose(fact, patient, situation));
}

/**
 * A drug's regimens in the order they suit a case: calcinosis regimens reported for its
 * type (and on dialysis when the patient is) first, then those for any type, then those
 * for other types, and regimens for other indications last.
 */
export function regimensForCase(drug: Drug, situation: { type?: CalcinosisType; onDialysis: boolean }): Regimen[] {
    const rank = (r: Regimen): number => {
        if (r.otherIndication) return 4;
        const typed = r.reportedFor && situation.type ? r.reportedFor.includes(situation.type) : undefined;
        const dialysis = r.onDialysis === undefined || r.onDialysis === situation.onDialysis;
        if (typed && dialysis) return 0;
        if (typed) return 1;
        if (!r.reportedFor) return 2;
        return 3;
    };
    return drug.regimens.map((r, i) => ({ r, i })).sort((a, b) => rank(a.r) - rank(b.r) || a.i - b.i).map(({ r }) => r);
}
