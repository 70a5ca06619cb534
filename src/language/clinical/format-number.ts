/**
 * A number as a clinician reads it, in a module of its own that depends on nothing, so
 * that the extension's client (the cohort view's charts) can use it without bundling the
 * units library and the knowledge base.
 */

// No grouping: a value is copied back into a .calc file, where `1,234` is not a number. `negative`: no "-0".
// Made on first use: building them is ~17 ms of ICU at the server's start (issue 17).
let significant: Intl.NumberFormat | undefined, whole: Intl.NumberFormat | undefined;

/**
 * Three significant digits, no trailing zeros, no exponent: 2.35, 9.4, 139, 0.0012, 0.0000001;
 * from 100 on, the whole number (1235). Rounded half away from zero as the number is written:
 * 1.005 is 1.01 (its shortest decimal is formatted, not the binary 1.00499…).
 */
export function formatNumber(value: number): string {
    let shown = formatted.get(value);
    if (shown === undefined) {
        // A bounded memo, so a server that runs for days keeps no more than this.
        if (formatted.size >= MEMO_LIMIT) formatted.clear();
        formatted.set(value, shown = format(value));
    }
    return shown;
}

/** An age as a clinician says it: days under a month, months under 2 years, else years (not "0.0767 years"). */
export function formatAge(years: number): string {
    if (years < 1 / 12) return `${formatNumber(Math.round(years * 365))} days`;
    if (years < 2) return `${formatNumber(Math.round(years * 12))} months`;
    return `${formatNumber(years)} years`;
}

/**
 * The same few numbers are formatted again and again (a lab's interval in every message
 * and reason that cites it; 13 per case of the bench's cohort, 1,558 distinct in 1,000
 * cases), and Intl's formatting is the costly part: remembered, formatNumber took 31 → 10 ms
 * per 1,000 cases (profiled).
 */
const formatted = new Map<number, string>();
const MEMO_LIMIT = 10_000;

function format(value: number): string {
    if (!Number.isFinite(value)) return String(value);
    const decimal = String(value);
    // Most values are already as short as the contract wants (9.4, 139): Intl would give them back unchanged.
    if (alreadyShort(decimal, value)) return decimal === '-0' ? '0' : decimal;
    const intl = Math.abs(value) >= 100
        ? whole ??= new Intl.NumberFormat('en-US', { maximumFractionDigits: 0, useGrouping: false, signDisplay: 'negative' })
        : significant ??= new Intl.NumberFormat('en-US', { maximumSignificantDigits: 3, useGrouping: false, signDisplay: 'negative' });
    return intl.format(decimal as Intl.StringNumericLiteral);
}

/** A plain decimal (no exponent) that is whole from 100 on, or of at most 3 significant digits below. */
function alreadyShort(decimal: string, value: number): boolean {
    if (decimal.includes('e')) return false;
    if (Math.abs(value) >= 100) return Number.isInteger(value);
    return decimal.replace(/^-?[0.]*/, '').replace('.', '').length <= 3;
}

/**
 * A value held against a threshold, shown so that the comparison reads true: a creatinine
 * clearance of 34.98 against "below 35" is 34.98, not 35, which would read as not below it.
 * The value is shown as formatNumber shows it where that already falls on its side of the
 * threshold; else with one or two decimals more; else "just below 35" or "just above 35".
 * Equal values show as equal.
 */
export function formatAgainst(value: number, threshold: number): string {
    return formatAgainstEach(value, [threshold]);
}

/**
 * The same against every limit a message holds one value to (an interval's ends and a band's
 * edges, or two Ca × P limits): the first of formatNumber, one and two decimals that falls on
 * the value's side of each; else "just below" or "just above" the nearest limit.
 */
export function formatAgainstEach(value: number, thresholds: readonly (number | undefined)[]): string {
    const limits = thresholds.filter((t): t is number => t !== undefined && Number.isFinite(t));
    const shown = formatNumber(value);
    if (!Number.isFinite(value) || limits.length === 0) return shown;
    const onItsSide = (candidate: number) => limits.every(t => Math.sign(candidate - t) === Math.sign(value - t));
    if (onItsSide(Number(shown))) return shown;
    for (const decimals of [1, 2]) {
        const finer = Number(value.toFixed(decimals));
        if (onItsSide(finer)) return String(finer);
    }
    const nearest = limits.reduce((a, b) => (Math.abs(value - b) < Math.abs(value - a) ? b : a));
    return `just ${value < nearest ? 'below' : 'above'} ${formatNumber(nearest)}`;
}
