/** Numbers and intervals as a clinician reads them. */
import { showUnit } from '../facts/units.js';
import { Sources, type SourceId } from '../knowledge/index.js';

/** A source as a message ends with it: " Source: Palmieri 1995." */
export function sourceSentence(source: SourceId): string {
    return ` Source: ${Sources[source].short}.`;
}

/** Three significant digits, no trailing zeros, no exponent: 2.35, 9.4, 139, 0.0012. */
export function formatNumber(value: number): string {
    if (!Number.isFinite(value)) return String(value);
    if (Math.abs(value) >= 100) return String(Math.round(value));
    return String(Number(value.toPrecision(3)));
}

export function formatQuantity(value: number, ucum: string): string {
    return `${formatNumber(value)} ${showUnit(ucum)}`;
}

export function formatInterval(low: number | undefined, high: number | undefined, ucum: string): string {
    const unit = showUnit(ucum);
    if (low !== undefined && high !== undefined) return `${formatNumber(low)}–${formatNumber(high)} ${unit}`;
    if (low !== undefined) return `≥ ${formatNumber(low)} ${unit}`;
    if (high !== undefined) return `≤ ${formatNumber(high)} ${unit}`;
    return 'no interval';
}
