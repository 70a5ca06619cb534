/**
 * The cohort's charts as inline SVG, built with the escaping template: every label is a
 * case file's or the knowledge base's text. Colours come from CSS classes (the theme's in
 * the webview, fixed ones standalone), so the SVG carries no style attribute for the CSP
 * to refuse; shapes as well as colours tell high from low, for print and colour-blindness.
 */
import { formatNumber } from '../clinical/format-number.js';
import { html, type Html } from '../html/html-template.js';
import type { CountRow, LabDistribution, LabPoint } from './cohort-types.js';

const WIDTH = 560;
const ROW = 22;
const BAR = 14;
/** About the width of a character of the chart's 12px text: labels are measured by their length. */
const CHAR = 6.6;
const LABEL_MAX = 220;

/** Horizontal bars, one per row, the count at the end; rows of zero stay listed, so a missing type shows. */
export function barChart(rows: CountRow[], title: string): Html {
    const labelWidth = Math.min(LABEL_MAX, Math.max(...rows.map(r => r.label.length), 4) * CHAR + 10);
    const room = WIDTH - labelWidth - 40;
    const max = Math.max(1, ...rows.map(r => r.count));
    const height = rows.length * ROW + 4;
    const maxChars = Math.floor((LABEL_MAX - 10) / CHAR);
    return html`<svg class="chart bars" viewBox="0 0 ${WIDTH} ${height}" role="img" aria-label="${title}"><title>${title}</title>${rows.map((r, i) => {
        const y = i * ROW + 2;
        const width = r.count === 0 ? 0 : Math.max(2, (r.count / max) * room);
        const label = r.label.length > maxChars ? `${r.label.slice(0, maxChars - 1)}…` : r.label;
        const muted = r.key === 'undetermined' || r.key === 'none';
        return html`<g><title>${r.label}: ${r.count}</title><text class="label" x="${labelWidth - 8}" y="${y + BAR - 2}" text-anchor="end">${label}</text><rect class="bar${muted ? ' muted' : ''}" x="${labelWidth}" y="${y}" width="${round(width)}" height="${BAR}" rx="2"></rect><text class="count${r.count === 0 ? ' zero' : ''}" x="${round(labelWidth + width + 6)}" y="${y + BAR - 2}">${r.count}</text></g>`;
    })}</svg>`;
}

const STRIP = { width: 640, left: 14, right: 14, top: 22, plot: 64, axis: 26 };

/**
 * A strip plot: one mark per case along the value axis, spread vertically so that equal
 * values stay visible; the shared reference band shaded, the threshold drawn as a line.
 */
export function stripPlot(d: LabDistribution, caseName: (point: LabPoint) => string): Html {
    const values = d.points.map(p => p.value);
    const anchors = [d.band?.low, d.band?.high, d.threshold?.value].filter((v): v is number => v !== undefined);
    const scale = linearScale([...values, ...anchors], STRIP.left, STRIP.width - STRIP.right);
    const bottom = STRIP.top + STRIP.plot;
    const height = bottom + STRIP.axis;
    const band = d.band && (d.band.low !== undefined || d.band.high !== undefined)
        ? { from: d.band.low !== undefined ? scale.x(d.band.low) : STRIP.left, to: d.band.high !== undefined ? scale.x(d.band.high) : STRIP.width - STRIP.right }
        : undefined;
    const threshold = d.threshold && scale.x(d.threshold.value);
    return html`<svg class="chart strip" viewBox="0 0 ${STRIP.width} ${height}" role="img" aria-label="${d.label} of ${d.points.length} cases, ${d.unit}"><title>${d.label} (${d.unit})</title>
${band && html`<rect class="band" x="${round(band.from)}" y="${STRIP.top}" width="${round(Math.max(1, band.to - band.from))}" height="${STRIP.plot}"><title>Reference interval: ${d.band!.text}</title></rect>`}
<line class="axis" x1="${STRIP.left}" x2="${STRIP.width - STRIP.right}" y1="${bottom}" y2="${bottom}"></line>
${scale.ticks.map(t => html`<line class="tick" x1="${round(scale.x(t))}" x2="${round(scale.x(t))}" y1="${bottom}" y2="${bottom + 4}"></line><text class="tick-label" x="${round(scale.x(t))}" y="${bottom + 16}" text-anchor="middle">${formatNumber(t)}</text>`)}
${threshold !== undefined && html`<line class="threshold" x1="${round(threshold)}" x2="${round(threshold)}" y1="${STRIP.top - 6}" y2="${bottom}"><title>${d.threshold!.text}</title></line><text class="threshold-label" x="${round(threshold + 4)}" y="${STRIP.top - 8}">${formatNumber(d.threshold!.value)}</text>`}
${d.points.map((p, i) => mark(p, scale.x(p.value), STRIP.top + 8 + spread(i) * (STRIP.plot - 16), `${caseName(p)}: ${formatNumber(p.value)} ${d.unit}${p.corrected ? ' (albumin-corrected)' : ''}, ${p.flag}`))}
</svg>`;
}

/** ▲ high, ▼ low, ● otherwise (as the summary's flags); a corrected calcium is drawn hollow. */
function mark(point: LabPoint, x: number, y: number, title: string): Html {
    const cls = `mark mark-${point.flag}${point.corrected ? ' corrected' : ''}`;
    const r = 4.5;
    if (point.flag === 'normal') return html`<circle class="${cls}" cx="${round(x)}" cy="${round(y)}" r="${r}"><title>${title}</title></circle>`;
    const tip = point.flag === 'high' ? -r * 1.2 : r * 1.2;
    const base = point.flag === 'high' ? r * 0.9 : -r * 0.9;
    const points = `${round(x)},${round(y + tip)} ${round(x - r)},${round(y + base)} ${round(x + r)},${round(y + base)}`;
    return html`<polygon class="${cls}" points="${points}"><title>${title}</title></polygon>`;
}

/** A low-discrepancy sequence in [0, 1): deterministic, and no two neighbours at the same height. */
function spread(index: number): number {
    return (index * 0.6180339887) % 1;
}

interface Scale {
    x: (value: number) => number;
    ticks: number[];
}

/** A linear scale over the values with round ticks (1, 2 or 5 × a power of ten) and a margin either side. */
function linearScale(values: number[], from: number, to: number): Scale {
    let low = Math.min(...values);
    let high = Math.max(...values);
    if (!Number.isFinite(low)) [low, high] = [0, 1];
    if (low === high) [low, high] = [low - Math.abs(low || 1) * 0.1, high + Math.abs(high || 1) * 0.1];
    const margin = (high - low) * 0.06;
    low -= margin;
    high += margin;
    const step = roundStep((high - low) / 6);
    const ticks: number[] = [];
    for (let t = Math.ceil(low / step) * step; t <= high; t += step) ticks.push(Number(t.toPrecision(12)));
    return { x: value => from + ((value - low) / (high - low)) * (to - from), ticks };
}

function roundStep(rough: number): number {
    const power = 10 ** Math.floor(Math.log10(rough));
    const fraction = rough / power;
    return (fraction < 1.5 ? 1 : fraction < 3.5 ? 2 : fraction < 7.5 ? 5 : 10) * power;
}

function round(value: number): number {
    return Math.round(value * 10) / 10;
}
