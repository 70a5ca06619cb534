/**
 * A number as a clinician reads it, in a module of its own that depends on nothing, so
 * that the extension's client (the cohort view's charts) can use it without bundling the
 * units library and the knowledge base.
 */

/** Three significant digits, no trailing zeros, no exponent: 2.35, 9.4, 139, 0.0012. */
export function formatNumber(value: number): string {
    if (!Number.isFinite(value)) return String(value);
    if (Math.abs(value) >= 100) return String(Math.round(value));
    return String(Number(value.toPrecision(3)));
}
