/** Numbers and intervals as a clinician reads them. */
import { withUnit } from '../facts/units.js';
import { Sources, type SourceId } from '../knowledge/index.js';
import { formatAge, formatAgainst, formatNumber } from './format-number.js';

// Kept here too for the many callers that format quantities as well; the module itself has no dependencies.
export { formatAge, formatAgainst, formatNumber };

/** A source as a message ends with it: " Source: Palmieri 1995." */
export function sourceSentence(source: SourceId): string {
    return ` Source: ${Sources[source].short}.`;
}

/** " Source: X." for one source, " Sources: X; Y." for more. */
export function sourcesSentence(sources: readonly SourceId[]): string {
    return sources.length === 1 ? sourceSentence(sources[0]) : ` Sources: ${sources.map(s => Sources[s].short).join('; ')}.`;
}

export function formatQuantity(value: number, ucum: string): string {
    return withUnit(formatNumber(value), ucum);
}

/** A quantity held against a threshold in the same unit, shown on its side of it (formatAgainst): `34.98 mL/min` against 35. */
export function formatQuantityAgainst(value: number, threshold: number, ucum: string): string {
    return withUnit(formatAgainst(value, threshold), ucum);
}

/** A reported range: one number when its ends are the same (`1 mg/kg`), else `1–2 mg/kg`. */
export function formatRange(low: number, high: number, ucum: string): string {
    return low === high ? formatQuantity(low, ucum) : formatInterval(low, high, ucum);
}

export function formatInterval(low: number | undefined, high: number | undefined, ucum: string): string {
    if (low !== undefined && high !== undefined) return withUnit(`${formatNumber(low)}–${formatNumber(high)}`, ucum);
    if (low !== undefined) return withUnit(`≥ ${formatNumber(low)}`, ucum);
    if (high !== undefined) return withUnit(`≤ ${formatNumber(high)}`, ucum);
    return 'no interval';
}
