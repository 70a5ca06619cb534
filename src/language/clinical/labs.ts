/**
 * Lab rules: units, plausibility, unit slips, age-aware reference intervals, the
 * albumin-corrected calcium, the calcium × phosphate product and contradictions.
 * Only a lab judged usable here feeds the classification: an implausible or
 * doubtful value never becomes evidence.
 */
import { AcuteKidneyStaging, InrHigherTargetConditions, InrTargetDrugs, LabAdvice, ProductDisagreement, ProductForAge, ProductUnits, Sources, Thresholds, type Analyte, type AnalyteTerm, type ReferenceInterval, type SourceId } from '../knowledge/index.js';
import type { CaseFacts, LabFact, Span } from '../facts/case-facts.js';
import { convert, readUnit, showUnit, withUnit } from '../facts/units.js';
import { Codes } from '../diagnostic-codes.js';
import type { Finding } from './finding.js';
import { formatInterval, formatNumber, formatQuantity, sourceSentence, sourcesSentence } from './format.js';
import { formatAgainstEach } from './format-number.js';
import { kidneyDisease, kidneyFunction, type KidneyFunction } from './kidney.js';
import { inSentence } from './in-sentence.js';

/** An institution's interval for an analyte, overriding the built-in ones (a setting). */
export interface IntervalOverride {
    low?: number;
    high?: number;
    unit: string;
}

export interface LabOptions {
    referenceOverrides?: Partial<Record<AnalyteTerm, IntervalOverride>>;
}

export type LabStatus = 'low' | 'normal' | 'high' | 'implausible' | 'unit-suspect' | 'unusable';

export interface AppliedInterval {
    low?: number;
    high?: number;
    /** UCUM, the analyte's canonical unit. */
    unit: string;
    /** Why this interval: "adult", "child 2–12 years", "institution setting". */
    label: string;
    source?: SourceId;
    ageNote?: string;
    /** A treatment target for the patient's situation (PTH on dialysis) rather than a reference interval. */
    target?: boolean;
    /** The interval as its source quotes it in the other usual unit. */
    quoted?: { low?: number; high?: number; unit: string };
    /** Where the interval does not hold (a target that is higher for some indications), said with it. */
    caveat?: string;
}

/** An interval's ends in a given unit. */
export interface IntervalInUnit {
    low?: number;
    high?: number;
    unit: string;
}

export interface LabAssessment {
    fact: LabFact;
    analyte?: Analyte;
    /** The value as written, in the analyte's canonical unit. */
    canonical?: number;
    /** The value in the other usual unit (SI for conventional and back). */
    other?: { value: number; unit: string };
    interval?: AppliedInterval;
    /** The interval in the unit the value is written in, as the value was judged against it. */
    intervalAsWritten?: IntervalInUnit;
    /** The value the interval is held against (the corrected one for calcium with albumin). */
    judged?: { value: number; label: string; detail?: string };
    status: LabStatus;
    /** Feeds the classification: plausible, in a sure unit, not contradicted. */
    usable: boolean;
    /** Critical as written, normal in the other unit: read as written, and the unit questioned. */
    criticalUnitDoubt?: boolean;
}

export interface CorrectedCalcium {
    value: number;
    unit: string;
    albumin: number;
    /** The formula with its numbers, and as a name for messages. */
    formula: string;
    formulaName: string;
    sources: SourceId[];
}

export interface CalciumPhosphateProduct {
    /** In `ProductUnits.productText`, of the two factors in `ProductUnits.factorUcum`. */
    value: number;
    unitText: string;
    factors: { calcium: number; phosphate: number };
    /** The limit that applies to this patient: KDOQI's target in kidney failure, else the metastatic threshold. */
    threshold: number;
    /** Whose limit and what it means: "the KDOQI 2003 target in CKD stages 3 to 5". */
    standard: string;
    source: SourceId;
    usesCorrected: boolean;
    above: boolean;
    /** Above 70 mg²/dL², where calcium phosphate precipitates in normal tissue (the classification's evidence). */
    metastaticThreshold: number;
    aboveMetastatic: boolean;
    /** A child's product over the threshold with both factors within the intervals for age: not counted (ProductForAge). */
    normalForAge: boolean;
    at: Span;
    related: Span[];
}

export interface LabEvidence {
    labs: LabAssessment[];
    correctedCalcium?: CorrectedCalcium;
    product?: CalciumPhosphateProduct;
    /** The usable assessment of each analyte (the first panel that has it). */
    byAnalyte: Partial<Record<AnalyteTerm, LabAssessment>>;
    /** The kidneys, read once here: the targets below, the classification, the plan and the cautions use it. */
    kidney: KidneyFunction;
}


export function assessLabs(facts: CaseFacts, options: LabOptions = {}): { evidence: LabEvidence; findings: Finding[] } {
    const findings: Finding[] = [];
    const inrTarget = onWarfarin(facts) && !options.referenceOverrides?.inr ? warfarinInrTarget(facts) : undefined;
    const pregnant = facts.conditions.some(c => c.condition?.term === 'pregnancy');
    const labs = facts.labs.map(fact => assessOne(fact, facts.patient, options, findings, inrTarget, pregnant));
    const byAnalyte: LabEvidence['byAnalyte'] = {};
    for (const lab of labs) if (lab.analyte && !byAnalyte[lab.analyte.term]) byAnalyte[lab.analyte.term] = lab;

    checkIonizedAgainstTotal(byAnalyte, findings);
    checkUnitsAcrossPanels(labs, findings);
    // The targets of kidney failure replace the general limits (KDOQI, KDIGO): read the kidneys once.
    const kidney = kidneyFunction(facts, { byAnalyte });
    // Every PTH result is held to the target, a follow-up panel's as the first's.
    if (kidney.kidneyFailure && !options.referenceOverrides?.pth) {
        for (const lab of labs) if (lab.analyte?.term === 'pth' && lab.interval) lab.interval = pthTarget(lab.interval);
    }
    const correctedCalcium = correctCalcium(byAnalyte);
    if (correctedCalcium) judgeCorrected(byAnalyte.calcium!, correctedCalcium);
    // A later panel's calcium is corrected by its own albumin, and its own Ca × P is computed.
    const later = laterPanels(labs, byAnalyte);
    for (const panel of later) {
        panel.corrected = correctCalcium(panel.byAnalyte);
        if (panel.corrected) judgeCorrected(panel.byAnalyte.calcium!, panel.corrected);
    }
    const evidence: LabEvidence = { labs, byAnalyte, correctedCalcium, kidney };
    // On dialysis eGFR and creatinine are judged (for the summary's flag) but raise no warning.
    for (const lab of labs) {
        if (lab.usable && lab.interval) judge(lab, kidney.dialysis && lab.analyte?.notJudgedOnDialysis ? [] : findings, facts.patient.ageYears);
    }
    if (kidney.acuteOnly) sayNotStaged(byAnalyte, kidney, findings);
    const ckdTarget = ckdProductTargetApplies(kidney);
    evidence.product = product(byAnalyte, correctedCalcium, ckdTarget, facts.patient.ageYears, findings);
    for (const panel of later) product(panel.byAnalyte, panel.corrected, ckdTarget, facts.patient.ageYears, findings);
    return { evidence, findings };
}

/**
 * In acute kidney injury alone (kidney.ts acuteOnly), the warning of a low eGFR, or where none is
 * recorded of the high creatinine behind a Cockcroft-Gault clearance (an adult's), says that it is not a CKD
 * stage (knowledge AcuteKidneyStaging).
 */
function sayNotStaged(byAnalyte: LabEvidence['byAnalyte'], kidney: KidneyFunction, findings: Finding[]): void {
    const estimate = kidney.egfr ? byAnalyte.egfr : kidney.creatinineClearance ? byAnalyte.creatinine : undefined;
    const at = estimate?.fact.quantity.at;
    const index = findings.findIndex(f => f.code === Codes.labOutOfRange && f.at === at);
    if (index < 0) return;
    const { notStaged, unsteady } = AcuteKidneyStaging;
    const warning = findings[index];
    findings[index] = {
        ...warning,
        message: `${warning.message} ${capitalise(notStaged.value)}; ${unsteady.value}.${sourcesSentence([notStaged.source, unsteady.source])}`,
        sources: [...(warning.sources ?? []), notStaged.source, unsteady.source].filter(unique)
    };
}

function judgeCorrected(calcium: LabAssessment, corrected: CorrectedCalcium): void {
    const measured = calcium.fact.quantity;
    calcium.judged = {
        value: corrected.value,
        label: 'Albumin-corrected calcium',
        detail: ` (measured ${asWritten(measured.value, measured.text, measured.ucum!)}, albumin ${formatNumber(corrected.albumin)} g/dL: ${corrected.formulaName})`
    };
}

/**
 * The panels after the one the case's evidence reads (byAnalyte: the first panel with each
 * analyte) that have a calcium of their own: each panel's first result of each analyte.
 */
function laterPanels(labs: LabAssessment[], byAnalyte: LabEvidence['byAnalyte']): Array<{ byAnalyte: LabEvidence['byAnalyte']; corrected?: CorrectedCalcium }> {
    const panels = new Map<number, LabEvidence['byAnalyte']>();
    for (const lab of labs) {
        if (!lab.analyte) continue;
        let panel = panels.get(lab.fact.panelIndex);
        if (!panel) panels.set(lab.fact.panelIndex, panel = {});
        panel[lab.analyte.term] ??= lab;
    }
    return [...panels.values()].filter(panel => panel.calcium && panel.calcium !== byAnalyte.calcium).map(panel => ({ byAnalyte: panel }));
}

function assessOne(fact: LabFact, patient: CaseFacts['patient'], options: LabOptions, findings: Finding[], inrTarget?: (unit: string) => AppliedInterval, pregnant = false): LabAssessment {
    const analyte = fact.analyte;
    const quantity = fact.quantity;
    const lab: LabAssessment = { fact, analyte, status: 'unusable', usable: false };
    if (!analyte || !quantity.ucum) return lab; // unknown-term and unit-invalid are reported by unknown-terms.ts
    const molarMass = analyte.molarMass?.value;
    const canonical = convert(quantity.value, quantity.ucum, analyte.canonicalUnit, molarMass);
    if (canonical === undefined) {
        findings.push({
            code: Codes.unitInvalid, severity: 'error', at: quantity.unitAt,
            message: `\`${quantity.unit}\` is not a unit of ${inSentence(analyte.label)}: write it in ${[analyte.conventionalUnit, analyte.siUnit].filter(unique).map(showUnit).join(' or ')}.`,
            data: { units: [analyte.conventionalUnit, analyte.siUnit].filter(unique) }
        });
        return lab;
    }
    lab.canonical = canonical;
    lab.other = otherUnit(analyte, quantity.value, quantity.ucum);
    // On warfarin the label's target replaces the INR's interval, before the slip check reads it (24 for 2.4).
    lab.interval = analyte.term === 'inr' && inrTarget ? inrTarget(analyte.canonicalUnit) : intervalFor(analyte, patient.ageYears, options, patient.sex);
    // In pregnancy an analyte's pregnancy interval replaces the reference (not a laboratory's own setting).
    if (pregnant && analyte.inPregnancy && !options.referenceOverrides?.[analyte.term]) {
        const { low, high, unit } = analyte.inPregnancy.value;
        lab.interval = { low, high, unit, label: 'pregnancy', source: analyte.inPregnancy.source };
    }

    const plausible = analyte.plausible.value;
    const isPlausible = (v: number) => v >= plausible.low && v <= plausible.high;
    const alternative = alternativeReading(analyte, quantity.value, quantity.ucum);
    const written = asWritten(quantity.value, quantity.text, quantity.ucum);

    if (!isPlausible(canonical)) {
        if (alternative && isPlausible(alternative.canonical)) {
            lab.status = 'unit-suspect';
            findings.push({
                code: Codes.unitSuspect, severity: 'warning', at: quantity.unitAt,
                message: `${analyte.label} ${written} is not a living patient's value (plausible ${formatInterval(plausible.low, plausible.high, analyte.canonicalUnit)}), but ${formatQuantity(quantity.value, alternative.unit)} would be ${describe(alternative.canonical, lab.interval)} (${formatQuantity(alternative.canonical, analyte.canonicalUnit)}): the unit is likely ${showUnit(alternative.unit)}.`,
                sources: [analyte.plausible.source],
                data: { unit: showUnit(alternative.unit), means: formatQuantity(alternative.canonical, analyte.canonicalUnit) }
            });
        } else {
            lab.status = 'implausible';
            const slip = decimalSlip(analyte, quantity.value, quantity.ucum, lab.interval);
            findings.push({
                code: Codes.labImplausible, severity: 'error', at: quantity.at,
                message: `${analyte.label} ${written} is outside what a living patient can have (${formatInterval(plausible.low, plausible.high, analyte.canonicalUnit)}): a typing slip?${slip ? ` Did you mean ${slip}?` : ''}`,
                sources: [analyte.plausible.source],
                data: slip ? { value: slip } : undefined
            });
        }
        return lab;
    }
    if (ambiguousPhosphate(analyte, quantity.value, quantity.ucum) && alternative) {
        // Clinical-facts: a phosphate of 0.8–1.5 is normal in mmol/L but critically low in mg/dL: say so, don't guess.
        lab.status = 'unit-suspect';
        findings.push({
            code: Codes.unitSuspect, severity: 'warning', at: quantity.unitAt,
            message: `${analyte.label} ${written} would be critically low, while ${formatQuantity(quantity.value, alternative.unit)} (${formatQuantity(alternative.canonical, analyte.canonicalUnit)}) would be ${describe(alternative.canonical, lab.interval)}: check the unit.`,
            sources: [Thresholds.unitSlip.phosphateAmbiguousLow.source],
            data: { unit: showUnit(alternative.unit), means: formatQuantity(alternative.canonical, analyte.canonicalUnit) }
        });
        return lab;
    }
    const critical = analyte.critical?.value;
    const isCritical = critical && ((critical.low !== undefined && canonical < critical.low) || (critical.high !== undefined && canonical > critical.high));
    if (isCritical && alternative && lab.interval && within(alternative.canonical, lab.interval)) {
        // A critical value is acted on, not set aside: a phosphate of 3.4 mmol/L is real after phosphate
        // enemas, in tumour lysis or on dialysis. It is read as written; the other unit is named as the doubt.
        lab.criticalUnitDoubt = true;
        findings.push({
            code: Codes.unitSuspect, severity: 'warning', at: quantity.unitAt,
            message: `${analyte.label} ${written} is a critical value (${formatQuantity(canonical, analyte.canonicalUnit)}): ${LabAdvice.criticalConfirm.value}. It is read as written; were the unit a slip, ${formatQuantity(quantity.value, alternative.unit)} would be normal.`,
            sources: [analyte.critical!.source],
            data: { unit: showUnit(alternative.unit), means: formatQuantity(convert(quantity.value, alternative.unit, analyte.canonicalUnit, molarMass)!, analyte.canonicalUnit) }
        });
    }
    if (quantity.spelled && !lab.criticalUnitDoubt) findings.push(...usualSpellingFinding(quantity.unit, quantity.ucum, quantity.unitAt));
    lab.usable = true;
    lab.status = 'normal';
    return lab;
}

/**
 * A lab's usual unit written in another case (`pmol/l`, read as pmol/L by derive-facts.ts), where no
 * other message questions the unit: a hint with a quick fix to its usual spelling, where that spelling reads back as the same code (`mL/min/1.73 m²` does not).
 */
function usualSpellingFinding(written: string, ucum: string, at: Finding['at']): Finding[] {
    const unit = showUnit(ucum);
    const back = readUnit(unit);
    if (!back.ok || back.ucum !== ucum) return [];
    return [{
        code: Codes.unitSuspect, severity: 'hint', at,
        message: `\`${written}\` is read as ${unit}, its usual spelling (UCUM reads \`l\` and \`L\` alike): write \`${unit}\`.`,
        data: { unit }
    }];
}

/** The two usual units: the value read in the one not written, for hovers and inlay hints. */
function otherUnit(analyte: Analyte, value: number, ucum: string): { value: number; unit: string } | undefined {
    const target = ucum === analyte.siUnit ? analyte.conventionalUnit : analyte.siUnit;
    if (target === ucum) return undefined;
    const converted = convert(value, ucum, target, analyte.molarMass?.value);
    return converted === undefined ? undefined : { value: converted, unit: target };
}

/** The same number read in the other usual unit, when the written unit is one of the two. */
function alternativeReading(analyte: Analyte, value: number, ucum: string): { unit: string; canonical: number } | undefined {
    const usual = [analyte.conventionalUnit, analyte.siUnit];
    if (analyte.conventionalUnit === analyte.siUnit || !usual.includes(ucum)) return undefined;
    const unit = ucum === analyte.siUnit ? analyte.conventionalUnit : analyte.siUnit;
    const canonical = convert(value, unit, analyte.canonicalUnit, analyte.molarMass?.value);
    return canonical === undefined ? undefined : { unit, canonical };
}

/** A misplaced decimal point: the value a tenth or ten times as large falls in the interval. */
function decimalSlip(analyte: Analyte, value: number, ucum: string, interval: AppliedInterval | undefined): string | undefined {
    if (!interval) return undefined;
    for (const shifted of [value / 10, value * 10]) {
        const canonical = convert(shifted, ucum, analyte.canonicalUnit, analyte.molarMass?.value);
        if (canonical !== undefined && within(canonical, interval)) return formatNumber(shifted);
    }
    return undefined;
}

export function intervalFor(analyte: Analyte, ageYears: number | undefined, options: LabOptions, sex?: string): AppliedInterval | undefined {
    const override = options.referenceOverrides?.[analyte.term];
    if (override) {
        const convertEnd = (v: number | undefined) => v === undefined ? undefined : convert(v, override.unit, analyte.canonicalUnit, analyte.molarMass?.value);
        return { low: convertEnd(override.low), high: convertEnd(override.high), unit: analyte.canonicalUnit, label: 'institution setting' };
    }
    const age = ageYears ?? adultAge(analyte);
    const bands = analyte.reference.filter(r => age >= r.ages.fromYears && age < r.ages.toYears);
    const band: ReferenceInterval | undefined = bands.find(r => r.sex === sex) ?? bands[0];
    if (!band) return undefined;
    // Sex-specific bands without a recorded sex: the interval spans both.
    const spanBoth = band.sex !== undefined && band.sex !== sex;
    const low = spanBoth ? Math.min(...bands.map(b => b.low ?? Infinity)) : band.low;
    const high = spanBoth ? Math.max(...bands.map(b => b.high ?? -Infinity)) : band.high;
    const notes = [ageYears === undefined ? 'age not recorded: the adult interval is used' : '', spanBoth ? 'sex not recorded: the interval spans both sexes' : ''].filter(Boolean);
    return {
        low: Number.isFinite(low) ? low : undefined, high: Number.isFinite(high) ? high : undefined,
        unit: analyte.canonicalUnit, label: `${band.ages.label}${band.sex && !spanBoth ? `, ${band.sex}` : ''}`, source: band.source,
        ...(band.quoted && !spanBoth ? { quoted: band.quoted } : {}),
        ageNote: notes.length ? notes.join('; ') : undefined
    };
}

/** Without a recorded age, the last band (the adult one) applies. */
function adultAge(analyte: Analyte): number {
    return analyte.reference.at(-1)?.ages.fromYears ?? 0;
}

function within(value: number, interval: { low?: number; high?: number }): boolean {
    return (interval.low === undefined || value >= interval.low) && (interval.high === undefined || value <= interval.high);
}

function describe(value: number, interval: AppliedInterval | undefined): string {
    if (!interval) return 'plausible';
    if (interval.low !== undefined && value < interval.low) return 'low but plausible';
    if (interval.high !== undefined && value > interval.high) return 'high but plausible';
    return 'within the reference interval';
}

/**
 * The same number written in the analyte's other usual unit in the next panel (PTH 95 pg/mL,
 * then 96 pmol/L): read as written the value jumps by the factor between the units (9.4 for
 * PTH), while in one unit the two would be no change, so a unit is likely mis-written. Which
 * one is not known: the later value is not used, and no unit is proposed. Only where the
 * numbers agree closely and the units are far apart (Thresholds.unitSlip).
 */
function checkUnitsAcrossPanels(labs: LabAssessment[], findings: Finding[]): void {
    const { acrossPanelsSameNumberWithin: sameWithin, acrossPanelsFactorAtLeast: factorAtLeast } = Thresholds.unitSlip;
    const previous = new Map<AnalyteTerm, LabAssessment>();
    for (const lab of labs) {
        const analyte = lab.analyte, quantity = lab.fact.quantity;
        if (!lab.usable || !analyte || !quantity.ucum) continue;
        const before = previous.get(analyte.term);
        if (!before || before.fact.panelIndex === lab.fact.panelIndex) {
            previous.set(analyte.term, lab);
            continue;
        }
        previous.set(analyte.term, lab);
        const earlier = before.fact.quantity;
        const usual = [analyte.conventionalUnit, analyte.siUnit];
        if (earlier.ucum === quantity.ucum || !usual.includes(earlier.ucum!) || !usual.includes(quantity.ucum) || earlier.value <= 0) continue;
        const inEarlierUnit = convert(quantity.value, quantity.ucum, earlier.ucum!, analyte.molarMass?.value);
        if (inEarlierUnit === undefined) continue;
        const factor = inEarlierUnit / quantity.value;
        if (Math.max(factor, 1 / factor) < factorAtLeast.value || Math.abs(quantity.value / earlier.value - 1) > sameWithin.value) continue;
        lab.usable = false;
        lab.status = 'unit-suspect';
        findings.push({
            code: Codes.unitSuspect, severity: 'warning', at: quantity.at, related: [earlier.at],
            message: `${analyte.label} ${asWritten(quantity.value, quantity.text, quantity.ucum)} is ${formatQuantity(inEarlierUnit, earlier.ucum!)}, ${formatNumber(inEarlierUnit / earlier.value)} times the ${asWritten(earlier.value, earlier.text, earlier.ucum!)} of the panel before, about the factor between the two units (1 ${showUnit(quantity.ucum)} = ${formatQuantity(factor, earlier.ucum!)}), while the numbers as written are nearly the same. Is one of the units mis-written? This value is not judged until its unit is checked.`,
            sources: [sameWithin.source]
        });
    }
}

/** Ionized calcium is about half the total: above it, one of the two is wrong. */
function checkIonizedAgainstTotal(byAnalyte: LabEvidence['byAnalyte'], findings: Finding[]): void {
    const ionized = byAnalyte.ionizedCalcium;
    const total = byAnalyte.calcium;
    if (!ionized?.canonical || !total?.canonical || !ionized.analyte || !total.analyte || ionized.status === 'implausible') return;
    const totalInIonizedUnit = convert(total.canonical, total.analyte.canonicalUnit, ionized.analyte.canonicalUnit, total.analyte.molarMass?.value);
    if (totalInIonizedUnit === undefined || ionized.canonical <= totalInIonizedUnit) return;
    ionized.usable = false;
    total.usable = false;
    findings.push({
        code: Codes.labInconsistent, severity: 'warning', at: ionized.fact.quantity.at, related: [total.fact.quantity.at],
        message: `Ionized calcium ${formatQuantity(ionized.fact.quantity.value, ionized.fact.quantity.ucum!)} exceeds the total calcium ${formatQuantity(total.fact.quantity.value, total.fact.quantity.ucum!)} (${formatQuantity(totalInIonizedUnit, ionized.analyte.canonicalUnit)}): ionized calcium is part of the total, so one of the two values or units is wrong. Neither is used for the classification.`
    });
}

function correctCalcium(byAnalyte: LabEvidence['byAnalyte']): CorrectedCalcium | undefined {
    const calcium = byAnalyte.calcium;
    const albumin = byAnalyte.albumin;
    if (!calcium?.usable || !albumin?.usable || calcium.canonical === undefined || albumin.canonical === undefined) return undefined;
    const { coefficient, referenceAlbumin } = Thresholds.albuminCorrection;
    // The formula's coefficient is in mg/dL of calcium per g/dL of albumin: convert into those units.
    const ca = convert(calcium.canonical, calcium.analyte!.canonicalUnit, 'mg/dL', calcium.analyte!.molarMass?.value);
    const alb = convert(albumin.canonical, albumin.analyte!.canonicalUnit, 'g/dL');
    if (ca === undefined || alb === undefined) return undefined;
    const value = ca + coefficient.value * (referenceAlbumin.value - alb);
    return {
        value: convert(value, 'mg/dL', calcium.analyte!.canonicalUnit, calcium.analyte!.molarMass?.value)!,
        unit: calcium.analyte!.canonicalUnit,
        albumin: alb,
        formula: `${formatNumber(ca)} + ${coefficient.value} × (${referenceAlbumin.value} − ${formatNumber(alb)}) mg/dL`,
        formulaName: `Ca + ${coefficient.value} × (${referenceAlbumin.value} − albumin)`,
        sources: [coefficient.source, referenceAlbumin.source]
    };
}

/** The product as every message quotes it: on its side of the limit that applies and of the metastatic threshold (54.98 is not "55", below 55). */
export function productShown(product: Pick<CalciumPhosphateProduct, 'value' | 'threshold' | 'metastaticThreshold'>): string {
    return formatAgainstEach(product.value, [product.threshold, product.metastaticThreshold]);
}

/**
 * The limits a lab's value is held to, in a unit: its interval's ends (as judged, in the written unit)
 * and, for calcium, the bands of Thresholds (mg/dL): what a shown value must not round onto.
 */
function limitsIn(lab: LabAssessment, unit: string): number[] {
    const analyte = lab.analyte;
    if (!analyte) return [];
    const interval = unit === lab.intervalAsWritten?.unit ? lab.intervalAsWritten : lab.interval ? intervalIn(lab.interval, analyte, unit) : undefined;
    const { hypercalcaemia: high, hypocalcaemia: low } = Thresholds;
    const bands = analyte.term === 'calcium'
        ? [high.mildFrom, high.moderateFrom, high.crisisFrom, low.severeBelow, low.childSevereBelow].map(band => convert(band.value, 'mg/dL', unit, analyte.molarMass?.value))
        : [];
    return [interval?.low, interval?.high, ...bands].filter((limit): limit is number => limit !== undefined && Number.isFinite(limit));
}

/** A value of a lab (the albumin-corrected calcium, the other unit) with its unit, on its side of every limit it is held to (formatAgainstEach). */
function quantityAgainstLimits(lab: LabAssessment, value: number, unit: string): string {
    return withUnit(formatAgainstEach(value, limitsIn(lab, unit)), unit);
}

/** The judged value (the albumin-corrected calcium) in the analyte's canonical unit, as the classification and the plan quote it. */
export function judgedQuantity(lab: LabAssessment): string {
    return quantityAgainstLimits(lab, lab.judged!.value, lab.analyte!.canonicalUnit);
}

export type HypercalcaemiaBand = 'mild' | 'moderate' | 'hypercalcaemic crisis';

/** The StatPearls band of a raised (corrected) calcium in mg/dL (Thresholds.hypercalcaemia); undefined below mild. */
export function calciumBand(mgDl: number | undefined): HypercalcaemiaBand | undefined {
    const bands = Thresholds.hypercalcaemia;
    if (mgDl === undefined || mgDl < bands.mildFrom.value) return undefined;
    return mgDl >= bands.crisisFrom.value ? 'hypercalcaemic crisis' : mgDl >= bands.moderateFrom.value ? 'moderate' : 'mild';
}

/** A moderate or crisis band of a high calcium, in words after "is high", with its source; a mild one goes unsaid. */
function bandWords(lab: LabAssessment, value: number | undefined): { words: string; source?: SourceId } {
    if (lab.analyte?.term !== 'calcium' || lab.analyte.canonicalUnit !== 'mg/dL') return { words: '' };
    const band = calciumBand(value);
    const bands = Thresholds.hypercalcaemia;
    if (band === 'hypercalcaemic crisis') return { words: `, a hypercalcaemic crisis (${formatQuantity(bands.crisisFrom.value, 'mg/dL')} and above)`, source: bands.crisisFrom.source };
    if (band === 'moderate') return { words: `, moderately (${formatQuantity(bands.moderateFrom.value, 'mg/dL')} to below ${formatQuantity(bands.crisisFrom.value, 'mg/dL')})`, source: bands.moderateFrom.source };
    return { words: '' };
}

/**
 * A severely low calcium, in words after "is low": in an adult the Society for Endocrinology's band, in
 * a child past the neonatal band a paediatric guideline's (Thresholds.hypocalcaemia); neonates none.
 */
function lowBandWords(lab: LabAssessment, value: number | undefined, ageYears: number | undefined): { words: string; source?: SourceId } {
    if (lab.analyte?.term !== 'calcium' || lab.analyte.canonicalUnit !== 'mg/dL' || value === undefined) return { words: '' };
    const child = ageYears !== undefined && ageYears < Thresholds.adultFromYears.value;
    if (child && ageYears < Thresholds.neonateUpToYears.value) return { words: '' }; // neither guidance covers neonates
    const severe = child ? Thresholds.hypocalcaemia.childSevereBelow : Thresholds.hypocalcaemia.severeBelow;
    if (value >= severe.value) return { words: '' };
    const si = convert(severe.value, 'mg/dL', 'mmol/L', lab.analyte.molarMass?.value);
    const advice = child ? LabAdvice.severeHypocalcaemiaChild : LabAdvice.severeHypocalcaemia;
    return { words: `, severely${child ? ' for a child' : ''} (below ${formatQuantity(severe.value, 'mg/dL')}${si === undefined ? '' : `, ${formatQuantity(si, 'mmol/L')}`}: ${advice.value})`, source: severe.source };
}

/** Holds a usable value (corrected calcium where albumin allows) against its interval, in the unit it is written in. */
function judge(lab: LabAssessment, findings: Finding[], ageYears: number | undefined): void {
    const interval = lab.interval!;
    const analyte = lab.analyte!;
    const judged = lab.judged ?? { value: lab.canonical!, label: analyte.label };
    lab.judged = judged;
    const quantity = lab.fact.quantity;
    const inWritten = intervalInWrittenUnit(lab);
    if (!inWritten) return; // a usable value's unit converts to the interval's: not reached
    lab.intervalAsWritten = inWritten;
    const value = judged.detail === undefined ? quantity.value
        : inWritten.unit === analyte.canonicalUnit ? judged.value : convert(judged.value, analyte.canonicalUnit, inWritten.unit, analyte.molarMass?.value)!;
    const low = inWritten.low !== undefined && value < inWritten.low;
    const high = inWritten.high !== undefined && value > inWritten.high;
    lab.status = low ? 'low' : high ? 'high' : 'normal';
    if (!low && !high) return;
    const edge = low ? inWritten.low! : inWritten.high!;
    // A computed (corrected) value is shown on its side of the interval and bands: 10.404 is not "10.4", above 10.4.
    const shownValue = judged.detail === undefined ? quantity.text ?? formatNumber(value) : formatAgainstEach(value, limitsIn(lab, inWritten.unit));
    const by = atShownPrecision(Math.abs(value - edge), shownValue, formatNumber(edge));
    const source = interval.source ? sourceSentence(interval.source) : '';
    const shown = judged.detail !== undefined
        ? `${judged.label} ${bothUnits(lab, value, inWritten.unit, judged.value)}${judged.detail}`
        : `${judged.label} ${writtenValue(lab)}`;
    const reference = inWritten.unit === interval.unit
        ? formatInterval(interval.low, interval.high, interval.unit)
        : `${formatInterval(inWritten.low, inWritten.high, inWritten.unit)} (${formatInterval(interval.low, interval.high, interval.unit)})`;
    const what = interval.target ? `${interval.label}` : `${interval.label} reference`;
    const band = high ? bandWords(lab, judged.value) : lowBandWords(lab, judged.value, ageYears);
    const sources = [...(interval.source ? [interval.source] : []), ...(band.source ? [band.source] : [])];
    findings.push({
        code: Codes.labOutOfRange, severity: 'warning', at: quantity.at,
        message: `${shown} is ${low ? 'low' : 'high'}${band.words}: ${low ? 'below' : 'above'} the ${what} ${reference} by ${formatQuantity(by, inWritten.unit)}${interval.ageNote ? ` (${interval.ageNote})` : ''}${interval.caveat ? `; ${interval.caveat}` : ''}.${source}${band.source && band.source !== interval.source ? ` Band: ${Sources[band.source].short}.` : ''}`,
        sources: sources.length ? sources : undefined,
        data: { status: lab.status }
    });
}

/**
 * A difference no finer than the value and the limit as shown (the value as typed, or as
 * computed and rounded): a corrected calcium shown as 2.19 mmol/L is below 2.2 by 0.01, not
 * by 0.00996; 8 mg/dL is above 4.5 by 3.5. A difference that rounds to nothing
 * keeps its own digits.
 */
function atShownPrecision(difference: number, ...shown: string[]): number {
    // toFixed takes at most 100 digits; a number typed with more is no finer for it.
    const decimals = Math.min(20, Math.max(...shown.map(number => number.split('.')[1]?.length ?? 0)));
    const rounded = Number(difference.toFixed(decimals));
    return rounded > 0 ? rounded : difference;
}

/** An interval in another unit of its analyte: its source's own figures where it quotes that unit, else converted; undefined where no end converts. */
export function intervalIn(interval: AppliedInterval, analyte: Analyte, unit: string, decimals?: number): IntervalInUnit | undefined {
    if (unit === interval.unit) return { low: interval.low, high: interval.high, unit };
    if (interval.quoted?.unit === unit) return { low: interval.quoted.low, high: interval.quoted.high, unit };
    const end = (v: number | undefined) => {
        const converted = v === undefined ? undefined : convert(v, interval.unit, unit, analyte.molarMass?.value);
        return converted === undefined || !Number.isFinite(converted) ? undefined : decimals === undefined ? converted : Number(converted.toFixed(decimals));
    };
    const [low, high] = [end(interval.low), end(interval.high)];
    return low === undefined && high === undefined ? undefined : { low, high, unit };
}

/** The lab's interval in the unit written, its ends rounded to the value's precision (at least 2 decimals): 2.60 mmol/L is within 2.2–2.6. */
export function intervalInWrittenUnit(lab: LabAssessment): IntervalInUnit | undefined {
    const unit = lab.fact.quantity.ucum;
    if (!lab.interval || !lab.analyte || !unit) return undefined;
    // A double holds no more than 15 decimals worth rounding to (a value typed with 200 still converts).
    return intervalIn(lab.interval, lab.analyte, unit, Math.min(15, Math.max(2, decimalsOf(lab.fact.quantity))));
}

function decimalsOf(quantity: LabFact['quantity']): number {
    const text = quantity.text ?? String(quantity.value);
    return text.includes('.') ? text.length - text.indexOf('.') - 1 : 0;
}

/** The number as typed with its unit: "2.10 mmol/L". */
function asWritten(value: number, text: string | undefined, ucum: string): string {
    return text ? withUnit(text, ucum) : formatQuantity(value, ucum);
}

/** The written value first and the converted one in parentheses: "2.10 mmol/L (6.5 mg/dL)". */
export function writtenValue(lab: LabAssessment): string {
    const q = lab.fact.quantity;
    const written = asWritten(q.value, q.text, q.ucum ?? q.unit);
    return lab.other ? `${written} (${quantityAgainstLimits(lab, lab.other.value, lab.other.unit)})` : written;
}

/** A computed value in the unit written and, in parentheses, the canonical one: each on its side of the limits. */
function bothUnits(lab: LabAssessment, value: number, unit: string, canonical: number): string {
    const canonicalUnit = lab.analyte!.canonicalUnit;
    const written = quantityAgainstLimits(lab, value, unit);
    return unit === canonicalUnit ? written : `${written} (${quantityAgainstLimits(lab, canonical, canonicalUnit)})`;
}

/** KDIGO's PTH target in kidney failure: 2 to 9 times the upper limit of the interval that applies. */
function pthTarget(reference: AppliedInterval): AppliedInterval {
    const t = Thresholds.pthTargetKidneyFailure;
    if (reference.high === undefined) return reference;
    return {
        low: t.lowTimesUpperLimit.value * reference.high, high: t.highTimesUpperLimit.value * reference.high, unit: reference.unit,
        label: `KDIGO target on dialysis or in CKD G5 (${t.lowTimesUpperLimit.value} to ${t.highTimesUpperLimit.value} × the upper limit ${formatQuantity(reference.high, reference.unit)})`,
        source: t.lowTimesUpperLimit.source, target: true
    };
}

/** Warfarin given and not recorded as stopped. */
function onWarfarin(facts: CaseFacts): boolean {
    return facts.drugs.some(drug => !drug.stopped && drug.drug !== undefined && InrTargetDrugs.includes(drug.drug.term));
}

/**
 * The warfarin label's INR range as the interval an INR is judged against: for most indications, or with
 * a mechanical heart valve recorded the mitral valve's higher one (a valve's INR of 2.2 is not "normal").
 */
function warfarinInrTarget(facts: CaseFacts): (unit: string) => AppliedInterval {
    const valve = facts.conditions.some(c => c.condition !== undefined && InrHigherTargetConditions.includes(c.condition.term));
    const t = valve ? Thresholds.inrTargetMechanicalValve : Thresholds.inrTargetOnWarfarin;
    const label = valve ? LabAdvice.inrTargetMechanicalValve.value : LabAdvice.inrTargetOnWarfarin.value;
    const caveat = valve ? LabAdvice.inrTargetLowerWith.value : LabAdvice.inrTargetHigherWith.value;
    return unit => ({ low: t.low.value, high: t.high.value, unit, label, source: t.low.source, target: true, caveat });
}

function ambiguousPhosphate(analyte: Analyte, value: number, ucum: string): boolean {
    const slip = Thresholds.unitSlip;
    return analyte.term === 'phosphate' && ucum === analyte.conventionalUnit
        && value >= slip.phosphateAmbiguousLow.value && value <= slip.phosphateAmbiguousHigh.value;
}

/** KDOQI 2003 guideline 6.5 (paediatric 7.5): the Ca × P target holds in CKD stages 3 to 5, on dialysis or not. */
function ckdProductTargetApplies(kidney: KidneyFunction): boolean {
    return kidneyDisease(kidney);
}

/** In CKD stages 3 to 5 (`ckd`) KDOQI's target replaces the metastatic threshold. */
function product(byAnalyte: LabEvidence['byAnalyte'], corrected: CorrectedCalcium | undefined, ckd: boolean, ageYears: number | undefined, findings: Finding[]): CalciumPhosphateProduct | undefined {
    const calcium = byAnalyte.calcium;
    const phosphate = byAnalyte.phosphate;
    if (!calcium?.usable || !phosphate?.usable || calcium.canonical === undefined || phosphate.canonical === undefined) return undefined;
    // The threshold's units: both factors in mg/dL, the product in mg²/dL².
    const { factorUcum, productText } = ProductUnits;
    const caValue = corrected ? convert(corrected.value, corrected.unit, factorUcum, calcium.analyte!.molarMass?.value) : convert(calcium.canonical, calcium.analyte!.canonicalUnit, factorUcum, calcium.analyte!.molarMass?.value);
    const pValue = convert(phosphate.canonical, phosphate.analyte!.canonicalUnit, factorUcum, phosphate.analyte!.molarMass?.value);
    if (caValue === undefined || pValue === undefined) return undefined;
    const metastatic = Thresholds.calciumPhosphateProduct;
    const limit = ckd ? ckdProductTarget(ageYears) : { value: metastatic.value, source: metastatic.source as SourceId, kdoqi: 'the threshold for metastatic calcification' };
    // In CKD the sources disagree: KDOQI's target is said with KDIGO's advice against the product.
    const disagreement = ckd ? `${ProductDisagreement.value} (${Sources[ProductDisagreement.source].short})` : undefined;
    const standard = disagreement ? `${limit.kdoqi}; ${disagreement}` : limit.kdoqi;
    const value = caValue * pValue;
    const normalForAge = !ckd && value > metastatic.value && ageYears !== undefined && ageYears < Thresholds.adultFromYears.value
        && calcium.status !== 'high' && phosphate.status !== 'high';
    const result: CalciumPhosphateProduct = {
        value, unitText: productText, factors: { calcium: caValue, phosphate: pValue },
        threshold: limit.value, standard: normalForAge ? ProductForAge.value : standard, source: normalForAge ? ProductForAge.source : limit.source, usesCorrected: corrected !== undefined,
        above: !normalForAge && value > limit.value, metastaticThreshold: metastatic.value, aboveMetastatic: !normalForAge && value > metastatic.value, normalForAge,
        at: phosphate.fact.quantity.at, related: [calcium.fact.quantity.at]
    };
    if (result.above) {
        const alsoMetastatic = ckd ? ` (${result.aboveMetastatic ? 'also above' : 'below'} ${metastatic.value}, the threshold for metastatic calcification)` : '';
        findings.push({
            code: Codes.calciumPhosphateProduct, severity: 'warning', at: result.at, related: result.related,
            message: `Calcium × phosphate ${productShown(result)} ${productText} (${corrected ? 'albumin-corrected ' : ''}calcium ${formatNumber(caValue)} × phosphate ${formatNumber(pValue)} ${showUnit(factorUcum)}) is above ${limit.value} ${productText}, ${limit.kdoqi}${alsoMetastatic}.${disagreement ? ` ${capitalise(ProductDisagreement.value)}. Sources: ${Sources[limit.source].short}; ${Sources[ProductDisagreement.source].short}.` : sourceSentence(limit.source)}`,
            sources: ckd ? [limit.source, ProductDisagreement.source] : [limit.source]
        });
    }
    return result;
}

/** KDOQI: below 55 mg²/dL² in adults and adolescents over 12, below 65 in younger children, in CKD stages 3 to 5. */
function ckdProductTarget(ageYears: number | undefined): { value: number; source: SourceId; kdoqi: string } {
    const t = Thresholds.productTargets;
    const child = ageYears !== undefined && ageYears <= t.adolescentFromYears.value;
    const target = child ? t.youngChild : ageYears !== undefined && ageYears < Thresholds.adultFromYears.value ? t.adolescent : t.adult;
    return { value: target.value, source: target.source, kdoqi: `the KDOQI 2003 target in CKD stages 3 to 5${child ? ' for children of 12 years and under' : ''}` };
}

function capitalise(text: string): string {
    return text.charAt(0).toUpperCase() + text.slice(1);
}

function unique<T>(value: T, index: number, all: T[]): boolean {
    return all.indexOf(value) === index;
}
