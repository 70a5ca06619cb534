/**
 * Units as written in a case file, read through UCUM (@lhncbc/ucum-lhc). Clinicians
 * write `mg/day`, `years`, `µmol/L`, `mL/min/1.73m2`; UCUM spells `mg/d`, `a`,
 * `umol/L`, `mL/min/{1.73_m2}`. Only that spelling is mapped here: validity and every
 * conversion come from the library, memoised because the same few units recur.
 */
import ucum from '@lhncbc/ucum-lhc';

/**
 * UCUM's tables, loaded on first use (~30 ms): not while the server answers `initialize`,
 * nor for a command that reads no unit.
 */
let instance: ReturnType<typeof ucum.UcumLhcUtils.getInstance> | undefined;

function utils(): ReturnType<typeof ucum.UcumLhcUtils.getInstance> {
    return instance ??= ucum.UcumLhcUtils.getInstance();
}

/** Words a clinician writes for a UCUM atom (language.md: day/week are aliases). */
const WRITTEN_ATOMS: Record<string, string> = {
    day: 'd', days: 'd', week: 'wk', weeks: 'wk', month: 'mo', months: 'mo',
    year: 'a', years: 'a', yr: 'a', yrs: 'a', hour: 'h', hours: 'h', minute: 'min', minutes: 'min',
    // ISMP's list of error-prone abbreviations advises `mcg` over `µg`, which is misread as mg.
    mcg: 'ug', microgram: 'ug', micrograms: 'ug', milligram: 'mg', milligrams: 'mg',
    // Heparin, insulin and vitamin D are dosed in (international) units: UCUM's [iU]. ISMP advises
    // writing `units` (a `U` is misread as 0 or 4, and UCUM's U is the enzyme unit, another quantity).
    units: '[iU]', unit: '[iU]', iu: '[iU]',
    // A weight in pounds (clinical review 13): UCUM's avoirdupois pound, converted to kg like grams are.
    // mEq/L, as clinicians write it: UCUM spells the milliequivalent `meq`.
    meq: 'meq',
    lb: '[lb_av]', lbs: '[lb_av]', pound: '[lb_av]', pounds: '[lb_av]'
};

/** The inverse, for showing a UCUM code the way a clinician writes it. */
const SHOWN_ATOMS: Record<string, string> = {
    d: 'day', wk: 'week', mo: 'months', a: 'years', h: 'h', '{1.73_m2}': '1.73 m²', '[iU]': 'units', '[lb_av]': 'lb', meq: 'mEq',
    // The INR is a ratio: shown without a unit, as it is written.
    '{INR}': ''
};

export type UnitReading =
    | { ok: true; ucum: string }
    | { ok: false; message: string };

const readings = new Map<string, UnitReading>();

/** The UCUM code of a unit as written, or why it is not a unit. */
export function readUnit(written: string): UnitReading {
    let reading = readings.get(written);
    if (!reading) {
        reading = computeReading(written);
        readings.set(written, reading);
    }
    return reading;
}

/**
 * Far longer than any unit of a case file (`mL/min/1.73m2` is 13 characters). UCUM's
 * parser slows down badly on long codes (20,000 atoms took 23 s per call), so a longer
 * one is not a unit without asking it.
 */
const MAX_UNIT_LENGTH = 40;

function computeReading(written: string): UnitReading {
    if (written.length > MAX_UNIT_LENGTH) return { ok: false, message: `\`${written.slice(0, 20)}…\` is not a unit` };
    const code = written.split('/').map(toUcumAtom).join('/');
    const result = utils().validateUnitString(code, true);
    if (result.status === 'valid' && result.ucumCode) return { ok: true, ucum: code };
    // UCUM suggests by name too (`doses` → Gy, the absorbed dose): only a spelling near the written one is offered.
    const suggested = result.suggestions?.[0]?.units?.[0]?.[0];
    const hint = suggested && sameFirstLetter(suggested, written) ? suggested : undefined;
    return { ok: false, message: `\`${written}\` is not a unit${hint ? ` (did you mean ${showUnit(hint)}?)` : ''}` };
}

function sameFirstLetter(a: string, b: string): boolean {
    const first = (text: string) => text.charAt(0).toLowerCase().replace(/[µμ]/, 'u');
    return first(a) === first(b);
}

function toUcumAtom(atom: string): string {
    const word = WRITTEN_ATOMS[atom.toLowerCase()];
    if (word) return word;
    const bsa = /^(\d+(?:\.\d+)?)m2$/.exec(atom); // body surface area: 1.73m2
    if (bsa) return `{${bsa[1]}_m2}`;
    return atom.replace(/^[\u00B5\u03BC]/, 'u');
}

/** A number followed by its unit as shown, or alone where the unit shows as nothing (the INR). */
export function withUnit(number: string, code: string): string {
    const shown = showUnit(code);
    return shown ? `${number} ${shown}` : number;
}

/** Each code shown once: a dozen codes recur in every message of every case (15 calls a case). */
const shownUnits = new Map<string, string>();

/** A UCUM code as a clinician reads it: µmol/L, mg/day, mL/min/1.73 m². */
export function showUnit(code: string): string {
    let shown = shownUnits.get(code);
    if (shown === undefined) {
        shown = code.split('/').map(atom => SHOWN_ATOMS[atom] ?? atom.replace(/^u(?=[a-zA-Z])/, 'µ')).join('/');
        // Bounded like the memo of numbers: a code is what a user wrote, so any string.
        if (shownUnits.size >= MEMO_LIMIT) shownUnits.clear();
        shownUnits.set(code, shown);
    }
    return shown;
}

const MEMO_LIMIT = 10_000;

/**
 * The factor of each conversion, by `from`, then `to`, then molar mass (0 for none):
 * looked up without building a key string, as a case converts some 50 times.
 */
const factors = new Map<string, Map<string, Map<number, number | undefined>>>();

/**
 * `value` in `from` expressed in `to` (both UCUM), through a molar mass (g/mol) where
 * mass and substance units meet; undefined when the units are not commensurable.
 */
export function convert(value: number, from: string, to: string, molarMass?: number): number | undefined {
    if (from === to) return value;
    let byTo = factors.get(from);
    if (!byTo) factors.set(from, byTo = new Map<string, Map<number, number | undefined>>());
    let byMass = byTo.get(to);
    if (!byMass) byTo.set(to, byMass = new Map<number, number | undefined>());
    const mass = molarMass ?? 0;
    let factor = byMass.get(mass);
    if (factor === undefined && !byMass.has(mass)) byMass.set(mass, factor = conversionFactor(from, to, molarMass));
    return factor === undefined ? undefined : value * factor;
}

/** Every unit of a case file is linear (no temperatures), so one factor serves. */
function conversionFactor(from: string, to: string, molarMass: number | undefined): number | undefined {
    const result = utils().convertUnitTo(from, 1, to, molarMass ? { molecularWeight: molarMass } : undefined);
    if (result.status === 'succeeded' && result.toVal !== null && Number.isFinite(result.toVal)) return result.toVal;
    // UCUM converts no arbitrary unit, not even to itself over another time ([iU]/d to [iU]/wk):
    // the same leading arbitrary atom cancels, and the rest (/d to /wk) is converted.
    const arbitrary = /^(\[[^\]]+\])(\/.*)$/;
    const a = arbitrary.exec(from), b = arbitrary.exec(to);
    return a && b && a[1] === b[1] ? conversionFactor(a[2], b[2], undefined) : undefined;
}

export function commensurable(from: string, to: string, molarMass?: number): boolean {
    return convert(1, from, to, molarMass) !== undefined;
}
