/**
 * The labs of a case as table rows: the value as written, the other usual unit, the
 * interval the analysis held it against and the flag it gave; then the values derived
 * from them (albumin-corrected calcium, Ca × P). Nothing is judged here: flags are
 * the analysis's statuses.
 */
import { LabAdvice, ProductUnits } from '../knowledge/index.js';
import { judgedQuantity, productShown, type LabAssessment, type LabEvidence } from '../clinical/labs.js';
import type { Finding } from '../clinical/finding.js';
import { formatInterval, formatNumber, formatQuantity } from '../clinical/format.js';
import { inSentence } from '../clinical/in-sentence.js';
import { Codes } from '../diagnostic-codes.js';
import { convert, showUnit, withUnit } from '../facts/units.js';
import type { CitationBook } from '../analysis/citation-book.js';
import type { DerivedLabRow, LabFlag, LabRow, LabsSummary } from './summary-types.js';
import type { LinePositions } from '../analysis/text-positions.js';

const PRODUCT_UNIT = ProductUnits.productText;

export function labsSummary(evidence: LabEvidence, findings: Finding[], lines: LinePositions, book: CitationBook): LabsSummary {
    const rows = evidence.labs.map(lab => labRow(lab, evidence, findings, lines, book));
    const derived = [correctedCalciumRow(evidence, book), productRow(evidence, book)].filter((row): row is DerivedLabRow => row !== undefined);
    const ageNote = evidence.labs.map(lab => lab.interval?.ageNote).find(note => note !== undefined);
    return { rows, derived, ...(ageNote ? { ageNote } : {}) };
}

function labRow(lab: LabAssessment, evidence: LabEvidence, findings: Finding[], lines: LinePositions, book: CitationBook): LabRow {
    const { quantity, term, panel } = lab.fact;
    const row: LabRow = {
        analyte: lab.analyte?.label ?? term.term,
        ...(panel ? { panel } : {}),
        written: quantity.ucum ? withUnit(`${quantity.text ?? quantity.value}`, quantity.ucum) : `${quantity.text ?? quantity.value} ${quantity.unit}`,
        flag: flagOf(lab, evidence),
        ...lines.positionAt(quantity.at.offset)
    };
    if (lab.other) row.other = formatQuantity(lab.other.value, lab.other.unit);
    const interval = lab.interval;
    if (interval) {
        row.interval = formatInterval(interval.low, interval.high, interval.unit);
        row.intervalLabel = interval.caveat ? `${interval.label}; ${interval.caveat}` : interval.label;
        if (interval.source) row.intervalSource = book.cite(interval.source);
        // The interval the value was judged against, in its written unit (labs.ts decides its rounding).
        const written = lab.intervalAsWritten;
        if (written && written.unit !== interval.unit && (written.low !== undefined || written.high !== undefined)) {
            row.intervalInWrittenUnit = formatInterval(written.low, written.high, written.unit);
        }
    }
    const note = noteFor(row.flag, lab, findings);
    if (note) row.note = note;
    return row;
}

function flagOf(lab: LabAssessment, evidence: LabEvidence): LabFlag {
    if (lab.status === 'implausible' || lab.status === 'unit-suspect') return lab.status;
    if (lab.status === 'unusable') return 'unread';
    if (!lab.usable) return 'not-used';
    if (evidence.correctedCalcium && evidence.byAnalyte.calcium === lab) return 'judged-corrected';
    // An interval with neither end (an INR off warfarin, a child's creatine kinase) judged nothing: not "normal".
    if (lab.status === 'normal' && lab.interval?.low === undefined && lab.interval?.high === undefined) return 'not-judged';
    return lab.status;
}

/** A few words for flags that need them; the full message is in the findings. */
function noteFor(flag: LabFlag, lab: LabAssessment, findings: Finding[]): string | undefined {
    const quantity = lab.fact.quantity;
    switch (flag) {
        case 'unit-suspect': {
            const finding = findings.find(f => f.code === Codes.unitSuspect && f.at.offset === quantity.unitAt.offset);
            const unit = finding?.data?.unit;
            return typeof unit === 'string' ? `the unit is likely ${unit}` : 'check the unit';
        }
        case 'implausible': return 'not a living patient’s value: a typing slip?';
        case 'not-used': return 'contradicted by another value: not used';
        // A half-typed unit (`mg/`) reads as a unit that is not this analyte's: say that, not "analyte not known".
        case 'unread': return !lab.analyte ? 'analyte not known' : !quantity.ucum ? 'unit not read' : `not a unit for ${inSentence(lab.analyte.label)}`;
        case 'judged-corrected': return 'judged on the albumin-corrected value';
        case 'not-judged': return 'no interval to hold it against';
        default: return lab.criticalUnitDoubt ? `critical: ${LabAdvice.criticalConfirm.value}` : undefined;
    }
}

function correctedCalciumRow(evidence: LabEvidence, book: CitationBook): DerivedLabRow | undefined {
    const corrected = evidence.correctedCalcium;
    const calcium = evidence.byAnalyte.calcium;
    if (!corrected || !calcium?.analyte) return undefined;
    const analyte = calcium.analyte;
    const otherUnit = corrected.unit === analyte.siUnit ? analyte.conventionalUnit : analyte.siUnit;
    const other = convert(corrected.value, corrected.unit, otherUnit, analyte.molarMass?.value);
    const interval = calcium.interval;
    return {
        name: 'Albumin-corrected calcium',
        // On its side of the limits (clinical/labs.ts), as the lab message shows it.
        value: judgedQuantity(calcium),
        ...(other !== undefined && otherUnit !== corrected.unit ? { other: formatQuantity(other, otherUnit) } : {}),
        reference: interval ? formatInterval(interval.low, interval.high, interval.unit) : 'no interval',
        ...(interval ? { referenceNote: interval.label } : {}),
        flag: calcium.status === 'low' || calcium.status === 'high' ? calcium.status : 'normal',
        formula: `${corrected.formula} = ${judgedQuantity(calcium)}`,
        sources: [...new Set(corrected.sources)].map(id => book.cite(id))
    };
}

function productRow(evidence: LabEvidence, book: CitationBook): DerivedLabRow | undefined {
    const product = evidence.product;
    if (!product) return undefined;
    // The factors as the analysis multiplied them.
    const factors = `${product.usesCorrected ? 'corrected calcium' : 'calcium'} ${formatNumber(product.factors.calcium)} × phosphate ${formatNumber(product.factors.phosphate)} ${showUnit(ProductUnits.factorUcum)} = `;
    const value = `${productShown(product)} ${PRODUCT_UNIT}`;
    return {
        name: 'Calcium × phosphate',
        value,
        // The reference is the range to stay in (KDOQI 2003: below 55 in CKD), as a lab row gives its interval; the flag says when it is left.
        // A child's product of two values normal for age is held to no threshold (referenceNote says why).
        reference: product.normalForAge ? 'none for age' : `below ${formatNumber(product.threshold)} ${PRODUCT_UNIT}`,
        referenceNote: product.standard,
        flag: product.above ? 'high' : 'normal',
        formula: `${factors}${value}`,
        sources: [book.cite(product.source)]
    };
}
