/**
 * A label's reduced dose for the band of creatinine clearance the patient is in (Zometa: 3.3 mg
 * at 40-49 mL/min): a prescription at or below it fits the label, one above it is over by the
 * label's own table. The caution that holds says which; knowledge/cautions.ts holds the bands.
 */
import type { BandDoses, DrugCaution } from '../knowledge/index.js';
import type { DrugFact } from '../facts/case-facts.js';
import { convert } from '../facts/units.js';
import { formatNumber, formatQuantity } from './format.js';
import type { KidneyFunction } from './kidney.js';

export interface BandFit {
    /** At or below the band's dose. */
    fits: boolean;
    /** The dose against the band, in words: `3.3 mg fits: it is the Zometa label's reduced dose at 40-49 mL/min`. */
    words: string;
    bands: BandDoses;
}

/** The prescription against its band's dose, where the caution has bands, the dose is read in mg and the clearance falls in one (not on dialysis). */
export function bandFit(caution: DrugCaution, fact: DrugFact, kidney: KidneyFunction): BandFit | undefined {
    const bands = caution.bandDoses;
    if (!bands || kidney.dialysis) return undefined;
    // The label's bands are Cockcroft-Gault; where it cannot be computed the eGFR stands in, as for the caution itself.
    const clearance = kidney.creatinineClearance?.value ?? kidney.egfr?.value;
    const band = clearance === undefined ? undefined : bands.bands.find(b => clearance >= b.from && clearance < b.below);
    const mg = fact.dose.ucum ? convert(fact.dose.value, fact.dose.ucum, 'mg') : undefined;
    if (!band || mg === undefined) return undefined;
    const dose = `${bands.basis} at ${band.printed} mL/min`;
    const exact = Math.abs(mg - band.mg) <= band.mg * 1e-9;
    if (mg <= band.mg * (1 + 1e-9)) {
        return { fits: true, bands, words: `${formatQuantity(mg, 'mg')} fits: it ${exact ? `is ${dose}` : `does not exceed ${dose}, ${formatNumber(band.mg)} mg`}; ${bands.fits}` };
    }
    return { fits: false, bands, words: `${formatQuantity(mg, 'mg')} is above ${dose}, ${formatNumber(band.mg)} mg` };
}
