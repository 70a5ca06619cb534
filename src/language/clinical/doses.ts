/**
 * Doses against the regimens the seed and the literature report: per kg where the
 * regimen is and the weight is known, and a slip of mass unit (mg for g) when the
 * dose read in a neighbouring unit would fall in a regimen.
 */
import { Sources, type Drug, type Regimen } from '../knowledge/index.js';
import type { DrugFact } from '../facts/case-facts.js';
import { convert, showUnit } from '../facts/units.js';
import { Codes } from '../diagnostic-codes.js';
import type { Finding } from './finding.js';
import { formatInterval, formatNumber, formatQuantity } from './format.js';

/** Mass units a dose is mistyped between (UCUM gives the factor between them). */
const MASS_UNITS = ['ug', 'mg', 'g'];

export interface DoseReading {
    regimen: Regimen;
    /** The written dose in the regimen's unit. */
    value: number;
    inRange: boolean;
}

export function checkDose(fact: DrugFact, weightKg: number | undefined): Finding[] {
    const drug = fact.drug;
    const dose = fact.dose;
    if (!drug || !dose.ucum || drug.regimens.length === 0) return [];
    const readings = readDose(drug, dose.value, dose.ucum, weightKg);
    if (readings.length === 0) {
        if (drug.regimens.every(r => r.perKg) && weightKg === undefined && commensurableWithAny(drug, dose.ucum)) return [];
        return [{
            code: Codes.unitInvalid, severity: 'error', at: dose.unitAt,
            message: `\`${dose.unit}\` is not a dose rate like the reported ${showUnit(drug.regimens[0].unit)} of ${drug.label.toLowerCase()}${weightKg === undefined && /kg/.test(dose.unit) ? ' (or record the weight to read a per-kg dose)' : ''}.`
        }];
    }
    if (readings.some(r => r.inRange)) return [];

    const slip = unitSlip(drug, dose.value, dose.ucum, weightKg);
    const written = formatQuantity(dose.value, dose.ucum);
    const discrepancy = drug.discrepancies?.map(d => ` ${Sources[d.source].short} prints "${d.printed}": ${d.explanation}`).join('') ?? '';
    if (slip) {
        return [{
            code: Codes.doseUnitSuspect, severity: 'warning', at: dose.unitAt,
            message: `${drug.label} ${written} is ${(inRegimenUnit(dose.value, dose.ucum, slip.reading.regimen, weightKg) ?? 0) < slip.reading.regimen.low ? 'far below' : 'far above'} any reported regimen, while ${formatQuantity(dose.value, slip.unit)} fits ${describeRegimen(slip.reading.regimen)}: is the unit ${showUnit(slip.unit)}?${discrepancy}`,
            sources: [slip.reading.regimen.source, ...(drug.discrepancies?.map(d => d.source) ?? [])],
            data: { unit: showUnit(slip.unit) }
        }];
    }
    const closest = readings.find(r => r.regimen.perKg) ?? readings[0];
    const regimen = closest.regimen;
    const above = closest.value > regimen.high;
    const perKgNote = regimen.perKg && !/kg/.test(dose.ucum) && weightKg !== undefined
        ? ` is ${formatQuantity(closest.value, regimen.unit)} at ${formatNumber(weightKg)} kg:` : ':';
    const forWeight = regimen.perKg && weightKg !== undefined
        ? ` At ${formatNumber(weightKg)} kg that is ${formatInterval(regimen.low * weightKg, regimen.high * weightKg, regimen.unit.replace('/kg', ''))}.` : '';
    return [{
        code: Codes.doseOutOfRange, severity: 'warning', at: dose.at,
        message: `${drug.label} ${written}${perKgNote} ${above ? 'above' : 'below'} ${describeRegimen(regimen)}.${forWeight}${discrepancy}`,
        sources: [regimen.source],
        data: { low: regimen.low, high: regimen.high, unit: regimen.unit }
    }];
}

/**
 * The written dose in each regimen's unit, where it can be read so. With the weight
 * known, a per-kg regimen decides alone: an adult's mg/day must not pass a child's dose.
 */
export function readDose(drug: Drug, value: number, ucum: string, weightKg: number | undefined): DoseReading[] {
    const perKg = drug.regimens.filter(r => r.perKg);
    const regimens = weightKg !== undefined && perKg.length > 0 ? perKg : drug.regimens;
    const readings: DoseReading[] = [];
    for (const regimen of regimens) {
        const inUnit = inRegimenUnit(value, ucum, regimen, weightKg);
        if (inUnit !== undefined) readings.push({ regimen, value: inUnit, inRange: inUnit >= regimen.low && inUnit <= regimen.high });
    }
    return readings;
}

/** Per kg and absolute doses meet through the weight. */
function inRegimenUnit(value: number, ucum: string, regimen: Regimen, weightKg: number | undefined): number | undefined {
    const writtenPerKg = ucum.includes('/kg');
    if (writtenPerKg === regimen.perKg) return convert(value, ucum, regimen.unit);
    if (weightKg === undefined) return undefined;
    return regimen.perKg
        ? convert(value / weightKg, ucum, regimen.unit.replace('/kg', ''))
        : convert(value * weightKg, ucum.replace('/kg', ''), regimen.unit);
}

function commensurableWithAny(drug: Drug, ucum: string): boolean {
    return drug.regimens.some(r => convert(1, ucum.replace('/kg', ''), r.unit.replace('/kg', '')) !== undefined);
}

function unitSlip(drug: Drug, value: number, ucum: string, weightKg: number | undefined): { unit: string; reading: DoseReading } | undefined {
    const [mass, ...rest] = ucum.split('/');
    if (!MASS_UNITS.includes(mass)) return undefined;
    for (const other of MASS_UNITS.filter(u => u !== mass)) {
        const unit = [other, ...rest].join('/');
        const reading = readDose(drug, value, unit, weightKg).find(r => r.inRange);
        if (reading) return { unit, reading };
    }
    return undefined;
}

export function describeRegimen(regimen: Regimen): string {
    const range = regimen.low === regimen.high ? formatQuantity(regimen.low, regimen.unit) : formatInterval(regimen.low, regimen.high, regimen.unit);
    return `the reported ${range}${regimen.population ? ` (${regimen.population})` : ''} (${Sources[regimen.source].short})`;
}
