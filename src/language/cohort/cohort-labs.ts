/**
 * The lab distributions of a cohort: calcium (albumin-corrected where the analysis
 * corrected it), phosphate and their product, one value per case, only the values the
 * analysis judged usable, each flagged as the analysis judged it in its own case.
 */
import { ProductUnits, Thresholds, type Analyte } from '../knowledge/index.js';
import type { CaseAnalysis } from '../clinical/analyze.js';
import { intervalIn, type AppliedInterval, type LabAssessment } from '../clinical/labs.js';
import { formatInterval, formatNumber } from '../clinical/format.js';
import { convert, showUnit } from '../facts/units.js';
import type { CitationBook } from '../analysis/citation-book.js';
import type { CohortLabs, LabDistribution, LabPoint, PointFlag, ReferenceBand } from './cohort-types.js';

/** The units of the Ca × P threshold, so of all three plots: its factors' and its own. */
const { factorUcum: FACTOR_UNIT, productText: PRODUCT_UNIT } = ProductUnits;

interface Reading {
    point: LabPoint;
    interval?: AppliedInterval;
}

type Outcome = Reading | 'not recorded' | 'not usable';

export function cohortLabs(analyses: CaseAnalysis[], book: CitationBook): CohortLabs {
    return {
        calcium: distribution('calcium', 'Calcium (total)', FACTOR_UNIT, analyses.map(calciumOf), book),
        phosphate: distribution('phosphate', 'Phosphate', FACTOR_UNIT, analyses.map(phosphateOf), book),
        product: withThreshold(distribution('product', 'Calcium × phosphate', PRODUCT_UNIT, analyses.map(productOf), book), book)
    };
}

function calciumOf(analysis: CaseAnalysis, caseIndex: number): Outcome {
    const lab = analysis.labs.byAnalyte.calcium;
    const corrected = analysis.labs.correctedCalcium;
    return reading(lab, caseIndex, corrected && { value: corrected.value, unit: corrected.unit });
}

function phosphateOf(analysis: CaseAnalysis, caseIndex: number): Outcome {
    return reading(analysis.labs.byAnalyte.phosphate, caseIndex);
}

function productOf(analysis: CaseAnalysis, caseIndex: number): Outcome {
    const { byAnalyte, product } = analysis.labs;
    if (product) return { point: { value: product.value, caseIndex, flag: product.above ? 'high' : 'normal' } };
    return byAnalyte.calcium && byAnalyte.phosphate ? 'not usable' : 'not recorded';
}

/** The value the analysis judged (the corrected calcium where it has one), in the plots' unit. */
function reading(lab: LabAssessment | undefined, caseIndex: number, corrected?: { value: number; unit: string }): Outcome {
    if (!lab) return 'not recorded';
    if (!lab.usable || lab.canonical === undefined || !lab.analyte) return 'not usable';
    const molarMass = lab.analyte.molarMass?.value;
    const value = corrected
        ? convert(corrected.value, corrected.unit, FACTOR_UNIT, molarMass)
        : convert(lab.canonical, lab.analyte.canonicalUnit, FACTOR_UNIT, molarMass);
    if (value === undefined) return 'not usable';
    const interval = lab.interval && inPlotUnit(lab.interval, lab.analyte);
    return {
        point: { value, caseIndex, flag: flagOf(lab.status), ...(corrected ? { corrected: true } : {}) },
        ...(interval ? { interval } : {})
    };
}

function flagOf(status: LabAssessment['status']): PointFlag {
    return status === 'low' || status === 'high' ? status : 'normal';
}

/** The interval in the plots' unit, its label and source kept. */
function inPlotUnit(interval: AppliedInterval, analyte: Analyte): AppliedInterval | undefined {
    const ends = intervalIn(interval, analyte, FACTOR_UNIT);
    return ends && { ...interval, ...ends };
}

function distribution(key: LabDistribution['key'], label: string, unit: string, outcomes: Outcome[], book: CitationBook): LabDistribution {
    const readings = outcomes.filter((o): o is Reading => typeof o === 'object');
    const points = readings.map(r => r.point);
    const result: LabDistribution = {
        key, label, unit: showUnit(unit), points,
        notUsable: outcomes.filter(o => o === 'not usable').length,
        notRecorded: outcomes.filter(o => o === 'not recorded').length
    };
    if (points.length > 0) result.summary = describe(points.map(p => p.value), result.unit);
    if (key === 'product' || readings.length === 0) return result;
    const band = sharedBand(readings, unit, book);
    if (band) result.band = band;
    else result.bandNote = 'The reference intervals differ between these cases (by age or laboratory): each value is marked against its own.';
    return result;
}

/** The band is shaded only when every plotted value was held against the same interval: otherwise it would mislead. */
function sharedBand(readings: Reading[], unit: string, book: CitationBook): ReferenceBand | undefined {
    const first = readings[0].interval;
    if (!first) return undefined;
    const same = (i: AppliedInterval | undefined) => i !== undefined && i.low === first.low && i.high === first.high && i.label === first.label;
    if (!readings.every(r => same(r.interval))) return undefined;
    return {
        ...(first.low !== undefined ? { low: first.low } : {}),
        ...(first.high !== undefined ? { high: first.high } : {}),
        text: `${formatInterval(first.low, first.high, unit)}, ${first.label}`,
        ...(first.source ? { source: book.cite(first.source) } : {})
    };
}

function withThreshold(product: LabDistribution, book: CitationBook): LabDistribution {
    const threshold = Thresholds.calciumPhosphateProduct;
    product.threshold = {
        value: threshold.value,
        text: `above ${formatNumber(threshold.value)} ${PRODUCT_UNIT}: metastatic calcification`,
        source: book.cite(threshold.source)
    };
    return product;
}

function describe(values: number[], unit: string): string {
    const sorted = [...values].sort((a, b) => a - b);
    const middle = sorted.length / 2;
    const median = sorted.length % 2 ? sorted[Math.floor(middle)] : (sorted[middle - 1] + sorted[middle]) / 2;
    const range = sorted.length > 1 ? `, range ${formatNumber(sorted[0])}–${formatNumber(sorted.at(-1)!)}` : '';
    return `n ${sorted.length}, median ${formatNumber(median)}${range} ${unit}`;
}
