/**
 * A label's most per day by creatinine clearance (gabapentin, tramadol, enoxaparin): the day's total a
 * prescription gives, held to the band the patient's Cockcroft-Gault clearance falls in.
 * The cautions say the bands; this says whether the dose written is over its band, or given
 * more often than the band's interval (tramadol every 12 hours).
 */
import type { DrugFact } from '../facts/case-facts.js';
import { convert } from '../facts/units.js';
import { Codes } from '../diagnostic-codes.js';
import { Sources, type RenalDoseLimit, type SourceId } from '../knowledge/index.js';
import { dayAmountWords, describeDosage, writtenPerDay, type DoseVerdict, type PatientLimit } from './doses.js';
import { writtenTimingWords } from './schedule-words.js';
import type { Finding } from './finding.js';
import { formatAgainst, formatNumber, formatQuantity, formatQuantityAgainst, formatRange } from './format.js';
import type { KidneyFunction } from './kidney.js';

/** The label's most a day at this renal function that the prescription is above, if any: the warning, and the verdict's words. */
export function renalLimit(fact: DrugFact, verdict: DoseVerdict, kidney: KidneyFunction, weightKg: number | undefined): PatientLimit | undefined {
    const band = bandOf(fact, verdict, kidney, weightKg);
    if (!band) return undefined;
    const { limit, perDay, most, where, related } = band;
    const often = tooOften(fact, limit);
    if (perDay === undefined || perDay <= most * (1 + 1e-9)) {
        if (!often) return undefined;
        // Within the day's most, but more often than the label's interval (tramadol every 6 hours below 30 mL/min).
        const label = `more often than the label's every ${formatNumber(limit.everyHours!.value)} hours ${where}, to at most ${formatQuantity(most, limit.unit)}`;
        const words = `given ${often}, ${label}`;
        const finding: Finding = {
            code: Codes.doseOutOfRange, severity: 'warning', at: fact.timing!.at,
            message: `${fact.drug!.label} ${describeDosage(fact)}: ${label}. Source: ${Sources[limit.everyHours!.source].short}.`,
            related, sources: [limit.everyHours!.source]
        };
        return { finding, verdict: words };
    }
    const interval = often ? `; and given ${often}, more often than its every ${formatNumber(limit.everyHours!.value)} hours` : '';
    const above = `${dayAmountWords(fact, formatQuantityAgainst(perDay, most, limit.unit))}: above the label's most, ${formatQuantity(most, limit.unit)}${limit.perKg ? ` (${formatNumber(limit.maxPerDay.value)} mg/kg/day at ${formatNumber(weightKg!)} kg)` : ''}, ${where}${interval}`;
    const finding: Finding = {
        code: Codes.doseOutOfRange, severity: 'warning', at: fact.dose.at,
        message: `${fact.drug!.label} as written gives ${above}. Source: ${Sources[limit.maxPerDay.source].short}.`,
        related, sources: [limit.maxPerDay.source]
    };
    return { finding, verdict: above };
}

/**
 * A dose within its band where the label gives one (gabapentin below 30 mL/min: 200-700 mg a day), and not
 * more often than the band's interval: the words that say so, and their source. A most alone (enoxaparin's
 * 1 mg/kg a day) is not a band: its prophylactic dose is lower, so "within" would reassure wrongly.
 */
export function renalFit(fact: DrugFact, verdict: DoseVerdict, kidney: KidneyFunction, weightKg: number | undefined): { words: string; source: SourceId } | undefined {
    const band = bandOf(fact, verdict, kidney, weightKg);
    const min = band?.limit.minPerDay;
    if (!band || !min || band.limit.perKg || band.perDay === undefined || tooOften(fact, band.limit)) return undefined;
    const { limit, perDay, most } = band;
    if (perDay < min.value * (1 - 1e-9) || perDay > most * (1 + 1e-9)) return undefined;
    // The clearance itself is said by the caution these words go in.
    const where = kidney.dialysis ? onDialysisWords(limit, kidney) : `below a creatinine clearance of ${formatNumber(limit.creatinineClearanceBelow.value)} mL/min`;
    return { words: `${dayAmountWords(fact, formatQuantity(perDay, limit.unit))}: within the label's ${formatRange(min.value, most, limit.unit)} ${where}`, source: limit.maxPerDay.source };
}

/** The label's band for this patient's renal function, and the day's total the prescription gives in its unit. */
function bandOf(fact: DrugFact, verdict: DoseVerdict, kidney: KidneyFunction, weightKg: number | undefined) {
    const limits = fact.drug?.renalLimits;
    if (!limits || fact.stopped || !verdict.perWeek) return undefined;
    // The labels dose by Cockcroft-Gault; where it cannot be computed the eGFR stands in, as for the cautions.
    const crcl = kidney.creatinineClearance ?? (kidney.egfr ? { value: kidney.egfr.value, at: [kidney.egfr.at] } : undefined);
    const measure = kidney.creatinineClearance ? 'Cockcroft-Gault' : 'the eGFR; the creatinine clearance is not computable';
    const limit = kidney.dialysis
        ? limits.find(l => l.onDialysis)
        : crcl ? limits.find(l => !l.dialysisOnly && crcl.value < l.creatinineClearanceBelow.value) : undefined;
    if (!limit || (limit.perKg && !weightKg)) return undefined;
    return {
        limit,
        perDay: convert(verdict.perWeek.value, verdict.perWeek.unit, limit.unit),
        most: limit.maxPerDay.value * (limit.perKg ? weightKg! : 1),
        where: kidney.dialysis ? onDialysisWords(limit, kidney) : `at a creatinine clearance below ${formatNumber(limit.creatinineClearanceBelow.value)} mL/min (here ${formatAgainst(crcl!.value, limit.creatinineClearanceBelow.value)} mL/min, ${measure})`,
        related: kidney.dialysis ? [kidney.dialysis] : crcl!.at
    };
}

/** The written schedule in words where it is more often than the band's interval (`every 6 hours`), else undefined. */
function tooOften(fact: DrugFact, limit: RenalDoseLimit): string | undefined {
    const perDay = limit.everyHours && fact.timing ? writtenPerDay(fact.timing) : undefined;
    if (perDay === undefined || perDay <= 24 / limit.everyHours!.value * (1 + 1e-9)) return undefined;
    return writtenTimingWords(fact.timing!);
}

/**
 * On dialysis: the band the limit is (a creatinine clearance below 15 mL/min), and on haemodialysis
 * (or a modality not written) the supplemental dose the label adds after each session.
 */
function onDialysisWords(limit: RenalDoseLimit, kidney: KidneyFunction): string {
    const band = limit.dialysisOnly ? 'on dialysis' : `on dialysis (the label's dose below a creatinine clearance of ${formatNumber(limit.creatinineClearanceBelow.value)} mL/min)`;
    const extra = limit.afterHaemodialysis;
    if (!extra || kidney.dialysisModality === 'peritoneal') return band;
    const unit = limit.unit.replace(/\/d$/, '');
    return `${band}, with a supplemental ${formatRange(extra.value.low, extra.value.high, unit)} after each haemodialysis session`;
}
