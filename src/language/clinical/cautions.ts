/**
 * Cautions for this patient: each drug given is held against the knowledge base's
 * cautions (knowledge/cautions.ts) and the case's facts, renal function first. Labels
 * dose by Cockcroft-Gault creatinine clearance; where it cannot be computed the eGFR or
 * dialysis stands in, and the message says which measure it used.
 */
import { Conditions, CorrectionInCkd, DrugCautions, INTRAVENOUS_CALCIUM, type CautionWhen, type Drug, type DrugCaution, type SourceId } from '../knowledge/index.js';
import type { CaseFacts, DrugFact, Span } from '../facts/case-facts.js';
import { Codes } from '../diagnostic-codes.js';
import type { Classification } from './classify.js';
import { describeDosage, writtenPerDay, type DoseVerdict } from './doses.js';
import type { Finding } from './finding.js';
import { formatAge, formatAgainst, formatNumber, formatQuantity } from './format.js';
import { convert } from '../facts/units.js';
import { categoryShown, kidneyDisease, type KidneyFunction } from './kidney.js';
import { productShown, writtenValue, type LabEvidence } from './labs.js';
import { inSentence } from './in-sentence.js';
import { bandFit } from './band-doses.js';
import { fitsAgeBand } from './drug-fit.js';
import { lookup } from '../facts/catalogue.js';

interface Context {
    facts: CaseFacts;
    kidney: KidneyFunction;
    calciphylaxis: boolean;
    /** The albumin-corrected calcium where there is one, else the measured one (mg/dL); `high` above its reference interval. */
    calcium?: { value: number; at: Span; high: boolean; low: boolean; corrected: boolean; measuredHigh: boolean; measuredLow: boolean; measured?: number };
    /** A usable ionised calcium below its reference interval. */
    ionizedLow: boolean;
    product?: LabEvidence['product'];
    /** The INR recorded, if it is read. */
    inr?: { value: number; at: Span };
    /** The phosphate as written, where it is above its reference interval for the age. */
    highPhosphate?: { text: string; at: Span };
}

/** Why a caution applies: the fact in words, and where it was written. */
interface Because { text: string; at: Span[]; measure?: string }

/** `fits`: the dose is the label's reduced dose for the patient's renal band: the verdict says it fits, not that the caution applies. */
export interface LeadingCaution { because: string; stop: boolean; fits?: true }

/** The cautions' findings, and for each prescription the caution that leads its dose verdict, if any. */
export interface CautionCheck {
    findings: Finding[];
    /** By prescription index: the caution that leads its verdict (`stop`: to stop or avoid the drug; else to adjust it). */
    leading: Map<number, LeadingCaution>;
}

/** By prescription index, the doses above their renal band, and those within it with the words that say so (renal-limits.ts). */
export interface RenalBands { above: ReadonlySet<number>; within: ReadonlyMap<number, { words: string; source: SourceId }> }

export function checkCautions(facts: CaseFacts, kidney: KidneyFunction, labs: LabEvidence, classification: Classification, doses: DoseVerdict[], renalBands: RenalBands = { above: new Set(), within: new Map() }): CautionCheck {
    const measured = labs.byAnalyte.calcium;
    const value = labs.correctedCalcium?.value ?? (measured?.usable ? measured.canonical : undefined);
    const context: Context = {
        facts, kidney,
        calcium: value !== undefined && measured ? {
            value, at: measured.fact.quantity.at, high: measured.status === 'high', low: measured.status === 'low', corrected: labs.correctedCalcium !== undefined,
            measuredHigh: measured.canonical !== undefined && measured.interval?.high !== undefined && measured.canonical > measured.interval.high,
            measuredLow: measured.canonical !== undefined && measured.interval?.low !== undefined && measured.canonical < measured.interval.low,
            measured: measured.canonical
        } : undefined,
        ionizedLow: labs.byAnalyte.ionizedCalcium?.usable === true && labs.byAnalyte.ionizedCalcium.status === 'low',
        calciphylaxis: classification.type === 'calciphylaxis' || facts.declared.type?.term === 'calciphylaxis',
        product: labs.product,
        highPhosphate: highPhosphate(labs),
        inr: inrOf(labs)
    };
    const check: CautionCheck = { findings: [], leading: new Map() };
    facts.drugs.forEach((fact, index) => {
        // A caution reported in one dialysis modality is not said of a patient recorded on the other, nor one kept off dialysis of a patient on it.
        const inModality = (c: DrugCaution) => (!c.modality || !kidney.dialysisModality || c.modality === kidney.dialysisModality) && !(c.offDialysis && kidney.dialysis);
        const said = (c: DrugCaution) => !(c.renalLimitsInWords && renalBands.above.has(index)) && !(c.saidByCeiling && doses[index]?.aboveCeiling);
        // Several cautions to stop the drug are one concern: one finding that names each reason (stopTogether).
        const stops: Array<{ caution: DrugCaution; because: Because; at: number }> = [];
        const applicable = cautionsOf(fact).filter(c => appliesTo(c, fact) && inModality(c) && ageFits(c, facts.patient.ageYears) && said(c));
        // A reminder is said only where nothing else is said of the drug.
        const othersHold = applicable.some(c => !c.reminder && holds(c.when, fact, doses[index], context));
        for (const caution of applicable.filter(c => !(c.reminder && othersHold))) {
            const held = holds(caution.when, fact, doses[index], context);
            if (!held) continue;
            // A child's caution says the age it rests on too.
            const because = caution.ages === 'children' ? { ...held, text: `at ${formatAge(facts.patient.ageYears!)} ${held.text}` } : held;
            const stays = caution.stopUnless !== undefined && facts.conditions.some(c => c.condition?.term === caution.stopUnless);
            // A label's reduced dose for this renal band: at or below it the caution says it fits, above it names it.
            const band = bandFit(caution, fact, kidney);
            // The bands in words, and the dose within its band (gabapentin 300 mg a day below 30 mL/min): the dose fits, the bands still said.
            const fit = caution.renalLimitsInWords ? renalBands.within.get(index) : undefined;
            const said = band ? { advice: band.fits ? band.words : `${band.words}: ${caution.advice}`, fits: band.fits, sources: [band.bands.source] }
                : fit ? { advice: `${fit.words}; ${caution.advice}`, fits: true, sources: [fit.source] } : undefined;
            if (caution.stop && !stays && !said && !fact.stopped) stops.push({ caution, because, at: check.findings.length });
            check.findings.push(finding(fact, caution, because, stays, said));
            const led = check.leading.get(index);
            // A caution to stop outranks one to adjust; otherwise the first leads. A stopped drug's dose is not judged (doses.ts).
            if ((caution.stop || caution.adjusts) && !stays && !fact.stopped && (!led || (caution.stop && !led.stop))) {
                check.leading.set(index, { because: `${because.text}: ${said?.advice ?? caution.advice}`, stop: caution.stop === true, ...(said?.fits ? { fits: true as const } : {}) });
            }
        }
        if (stops.length > 1) {
            const merged = stopTogether(fact, stops);
            check.findings = check.findings.filter((_, i) => !stops.some(s => s.at === i));
            check.findings.splice(stops[0].at, 0, merged);
        }
    });
    return check;
}

/**
 * Cautions that each say to stop the drug (calcitriol in calciphylaxis, and with a high calcium) are one
 * concern (clinical review 13): one finding, at the drug, that names each reason and each advice in the
 * table's order, as severe as the most severe, with every source.
 */
function stopTogether(fact: DrugFact, stops: Array<{ caution: DrugCaution; because: Because }>): Finding {
    const measure = stops.find(s => s.because.measure)?.because.measure;
    return {
        code: Codes.drugCaution, severity: stops.some(s => s.caution.severity === 'error') ? 'error' : 'warning', at: fact.term.at,
        message: `${fact.drug!.label} ${stops.map(s => s.because.text).join(' and ')}: ${stops.map(s => s.caution.advice).join('; ')}.`,
        related: stops.flatMap(s => s.because.at),
        sources: [...new Set(stops.flatMap(s => [s.caution.source, ...(s.caution.alsoSources ?? [])]))],
        data: measure ? { measure } : {}
    };
}

/**
 * The cautions that name the prescription's drug, in the table's order, chosen once per drug of
 * the catalogue: each prescription of each case scanned the whole table (checkCautions,
 * profiled: 16.9 → 1.2 ms per 1,000 cases warm, 15 → 13 cold).
 */
function cautionsOf(fact: DrugFact): readonly DrugCaution[] {
    const drug = fact.drug;
    if (!drug) return [];
    let cautions = namingCautions.get(drug);
    if (!cautions) namingCautions.set(drug, cautions = DrugCautions.filter(c => cautionNames(c, drug)));
    return cautions;
}

const namingCautions = new Map<Drug, readonly DrugCaution[]>();

/** A caution naming the drug applies to this prescription: its route and its amount. */
function appliesTo(caution: DrugCaution, fact: DrugFact): boolean {
    const route = fact.routeEntry?.term;
    if (caution.routes && route && !caution.routes.includes(route)) return false;
    if (caution.repeated && fact.timing?.count === 1) return false;
    if (caution.single && fact.timing?.count !== 1) return false;
    return amountFits(caution, fact);
}

/** A caution for one age group: children only with an age recorded below the adults' (a child's error is not said of an unknown age); adults otherwise. */
function ageFits(caution: DrugCaution, ageYears: number | undefined): boolean {
    return (caution.ages !== 'children' || ageYears !== undefined) && fitsAgeBand(caution, ageYears);
}

/** The caution names the drug: by term, by the exposure it is, or by binder type. */
function cautionNames(caution: DrugCaution, drug: Drug): boolean {
    return (caution.drugs?.includes(drug.term) ?? false)
        || (caution.exposure !== undefined && drug.exposure === caution.exposure)
        || (caution.binder !== undefined && drug.binder === caution.binder);
}

/** A caution for one dose of a drug (zoledronic acid 5 mg, not 4 mg): the amount per administration, in mg. */
function amountFits(caution: DrugCaution, fact: DrugFact): boolean {
    if (!caution.amountFrom && !caution.amountBelow) return true;
    const mg = fact.dose.ucum ? convert(fact.dose.value, fact.dose.ucum, 'mg') : undefined;
    if (mg === undefined) return caution.amountFrom !== undefined; // unread: the stricter caution speaks
    return (!caution.amountFrom || mg >= caution.amountFrom.value * (1 - 1e-9)) && (!caution.amountBelow || mg < caution.amountBelow.value * (1 - 1e-9));
}

/**
 * `stays`: a condition the drug stays under is recorded (warfarin with a mechanical valve), so stopping it is not "as advised".
 * `said`: what a band's dose makes of the advice (fitting it is information).
 */
function finding(fact: DrugFact, caution: DrugCaution, because: Because, stays: boolean, said?: { advice: string; fits: boolean; sources: SourceId[] }): Finding {
    // A drug written `stopped` is no longer given: the caution is information, and says so; stopped
    // where it was to stay (a valve left without its anticoagulant), it is a warning that says what is needed.
    const stoppedDespite = fact.stopped && stays ? caution.stoppedDespite : undefined;
    const stopped = stoppedDespite ? ` (recorded as stopped: ${stoppedDespite})` : ` (recorded as stopped${caution.stop && !stays ? ', as advised' : ''})`;
    return {
        code: Codes.drugCaution, severity: (fact.stopped && !stoppedDespite) || said?.fits || caution.reminder ? 'information' : caution.severity ?? 'warning', at: fact.term.at,
        message: `${fact.drug!.label} ${because.text}${fact.stopped ? stopped : ''}: ${said?.advice ?? caution.advice}.`,
        related: because.at,
        sources: said?.fits ? said.sources : [...new Set([...(said?.sources ?? []), caution.source, ...(caution.alsoSources ?? [])])],
        data: { ...(because.measure ? { measure: because.measure } : {}) }
    };
}

/** Beside a caution resting on a calcium high only once corrected for albumin, in kidney disease: the measured total, and where the guidelines part (CorrectionInCkd). */
function correctionNote(measured: string): string {
    return `the measured total is ${measured}, and ${CorrectionInCkd.value}`;
}

function holds(when: CautionWhen, fact: DrugFact, dose: DoseVerdict | undefined, context: Context): Because | undefined {
    const { facts, kidney, calciphylaxis, calcium, product } = context;
    if ('anyOf' in when) {
        // One caution for one concern: every member that holds is said, in the table's order.
        const all = when.anyOf.flatMap(member => holds(member, fact, dose, context) ?? []);
        return all.length ? { text: all.map(b => b.text).join(' and '), at: all.flatMap(b => b.at), measure: all.find(b => b.measure)?.measure } : undefined;
    }
    if ('allOf' in when) {
        const all = when.allOf.map(member => holds(member, fact, dose, context));
        if (all.some(b => b === undefined)) return undefined;
        const held = all as Because[];
        return { text: held.map(b => b.text).filter(Boolean).join(' and '), at: held.flatMap(b => b.at), measure: held.find(b => b.measure)?.measure };
    }
    if ('not' in when) return holds(when.not, fact, dose, context) ? undefined : { text: '', at: [] };
    if ('creatinineClearanceBelow' in when) {
        const renal = renalBelow(when.creatinineClearanceBelow.value, when.from?.value, kidney);
        if (!renal || !when.withCondition) return renal;
        // A band a label doses for one indication only (apixaban's lower dose in atrial fibrillation).
        const recorded = facts.conditions.find(c => c.condition && when.withCondition!.includes(c.condition.term));
        return recorded ? { ...renal, text: `${renal.text} and ${inSentence(recorded.condition!.label)}`, at: [...renal.at, recorded.term.at] } : undefined;
    }
    if ('chronicKidneyDisease' in when) {
        if (kidney.dialysis) return { text: 'on dialysis', at: [kidney.dialysis], measure: 'dialysis' };
        if (kidney.ckd) return { text: 'in chronic kidney disease', at: [kidney.ckd], measure: 'ckd' };
        if (kidney.egfr && kidney.egfr.value < when.chronicKidneyDisease.value) return { text: `with an eGFR of ${formatAgainst(kidney.egfr.value, when.chronicKidneyDisease.value)} mL/min/1.73 m² (${categoryShown(kidney)})`, at: [kidney.egfr.at], measure: 'egfr' };
        return undefined;
    }
    if ('productAbove' in when) return product?.aboveMetastatic && !kidneyDisease(kidney) ? { text: `with a Ca × P of ${productShown(product)} mg²/dL² (above ${formatNumber(product.metastaticThreshold)})`, at: [product.at] } : undefined;
    if ('dialysis' in when) return kidney.dialysis ? { text: 'on dialysis', at: [kidney.dialysis], measure: 'dialysis' } : undefined;
    if ('ckdNotOnDialysis' in when) {
        const recorded = (terms: readonly string[] | undefined) => terms !== undefined && facts.conditions.some(c => c.condition && terms.includes(c.condition.term));
        if (recorded(when.unlessCondition) || (calcium?.high && recorded(when.unlessHypercalcaemicWith?.value))) return undefined;
        return kidney.ckd && !kidney.dialysis ? { text: 'in chronic kidney disease not on dialysis', at: [kidney.ckd], measure: 'ckd' } : undefined;
    }
    if ('calciphylaxis' in when) {
        const recorded = (terms: readonly string[] | undefined) => facts.conditions.filter(c => c.condition && terms?.includes(c.condition.term));
        if (recorded(when.unlessCondition).length) return undefined;
        const also = recorded(when.withCondition);
        if (when.withCondition && !also.length) return undefined;
        // Kidney failure, or CKD not staged (it may be), is not the non-uraemic setting; a known stage short of G5 is.
        if (when.kidneyFailing !== undefined && when.kidneyFailing !== (kidney.kidneyFailure || kidney.stageUnknown)) return undefined;
        const at = facts.declared.type ? [facts.declared.type.at] : [facts.nameAt];
        if (calciphylaxis) return also.length ? { text: `in calciphylaxis (${also.map(c => inSentence(c.condition!.label)).join(', ')})`, at: [...at, ...also.map(c => c.term.at)] } : { text: 'in calciphylaxis', at };
        if (when.orKidneyFailure && kidney.dialysis) return { text: 'on dialysis (the main risk of calciphylaxis)', at: [kidney.dialysis], measure: 'dialysis' };
        if (when.orKidneyFailure && kidney.kidneyFailure && kidney.category === 'G5' && kidney.egfr) return { text: `with kidney failure (eGFR ${formatNumber(kidney.egfr.value)}, G5: the main risk of calciphylaxis)`, at: [kidney.egfr.at], measure: 'egfr' };
        return undefined;
    }
    if ('youngerThan' in when) {
        const age = facts.patient.ageYears;
        if (age === undefined || age >= when.youngerThan.value) return undefined;
        if (when.intravenousCalcium === undefined) return { text: `at ${formatAge(age)}`, at: [] };
        const calcium = intravenousCalcium(facts);
        if (when.intravenousCalcium !== (calcium !== undefined)) return undefined;
        return calcium ? { text: `at ${formatAge(age)}, with ${calcium.label}`, at: [calcium.at] } : { text: `at ${formatAge(age)}`, at: [] };
    }
    if ('hypercalcaemia' in when) {
        if (!calcium?.high) return undefined;
        // High only once corrected, in kidney disease, where the guidelines differ on correcting (CorrectionInCkd): said with the caution.
        const onlyCorrected = calcium.corrected && !calcium.measuredHigh && kidneyDisease(kidney);
        return { text: onlyCorrected ? `with a high albumin-corrected calcium (${formatNumber(calcium.value)} mg/dL; ${correctionNote('within its interval')})` : `with a high calcium (${formatNumber(calcium.value)} mg/dL)`, at: [calcium.at] };
    }
    if ('hyperphosphataemiaInCkd' in when) {
        if (!context.highPhosphate || !kidneyDisease(kidney) || kidney.dialysis) return undefined;
        return { text: `with a high phosphate (${context.highPhosphate.text}) in chronic kidney disease`, at: [context.highPhosphate.at, ...(kidney.ckd ? [kidney.ckd] : kidney.egfr ? [kidney.egfr.at] : [])] };
    }
    if ('gfrBelow' in when) return gfrBelow(when.gfrBelow.value, when.from?.value, kidney);
    if ('alsoGiven' in when) {
        // A drug written `stopped` is not given with it, nor with anything (a switch from warfarin, stopped, is the label's advice).
        if (fact.stopped) return undefined;
        const other = facts.drugs.find(d => d !== fact && d.drug && !d.stopped && d.drug.term !== fact.drug?.term && when.alsoGiven.includes(d.drug.term));
        return other ? { text: `given with ${inSentence(other.drug!.label)}`, at: [other.term.at] } : undefined;
    }
    if ('withoutAlso' in when) {
        if (fact.stopped || facts.drugs.some(d => d !== fact && d.drug && !d.stopped && when.withoutAlso.includes(d.drug.term))) return undefined;
        const labels = when.withoutAlso.map(term => inSentence(lookup<Drug>('drug', term)?.label ?? term));
        return { text: `with no ${labels.join(' or ')} recorded`, at: [] };
    }
    if ('switchedFrom' in when) {
        const stopped = facts.drugs.find(d => d.stopped && d.drug && when.switchedFrom.includes(d.drug.term));
        const inr = context.inr;
        if (fact.stopped || !stopped || !inr || inr.value < when.inrFrom.value) return undefined;
        return { text: `with ${inSentence(stopped.drug!.label)} recorded as stopped and an INR of ${formatNumber(inr.value)}`, at: [stopped.term.at, inr.at] };
    }
    if ('kidneyFailureCalciumAbove' in when) {
        // Above the reference interval the hypercalcaemia cautions speak (by the label); this is the CKD 5 target between.
        const limit = when.kidneyFailureCalciumAbove.value;
        if (!kidney.kidneyFailure || !calcium || calcium.high || calcium.value <= limit) return undefined;
        // Above the target only once corrected: KDOQI's target is of the corrected calcium, which KDIGO 2017 does not correct (CorrectionInCkd).
        const onlyCorrected = calcium.corrected && calcium.measured !== undefined && calcium.measured <= limit;
        return onlyCorrected
            ? { text: `with an albumin-corrected calcium of ${formatAgainst(calcium.value, limit)} mg/dL in kidney failure (${correctionNote(`${formatAgainst(calcium.measured!, limit)} mg/dL`)})`, at: [calcium.at] }
            : { text: `with a calcium of ${formatAgainst(calcium.value, limit)} mg/dL in kidney failure`, at: [calcium.at] };
    }
    if ('condition' in when) return conditionHolds(when, facts);
    if ('route' in when) return fact.routeEntry?.term === when.route && fact.route ? { text: `given ${fact.routeEntry.label}`, at: [fact.route.at] } : undefined;
    if ('moreOftenThanWeekly' in when) {
        const timing = fact.timing;
        const perDay = timing ? writtenPerDay(timing) : undefined;
        const perWeek = perDay === undefined ? undefined : perDay * 7;
        const rate = fact.dose.ucum && /\/d$/.test(fact.dose.ucum);
        if (!((perWeek !== undefined && perWeek > 1) || rate)) return undefined;
        // Daily or more often (or a rate per day) is the known fatal error; twice weekly is a split weekly dose.
        const daily = rate || perDay! >= 1 - 1e-9;
        if (when.daily !== undefined && when.daily !== daily) return undefined;
        const total = weeklyTotal(dose);
        return { text: total ? `${describeDosage(fact)} is ${total}, more often than once a week` : 'given more often than once a week', at: timing ? [timing.at] : [fact.dose.unitAt] };
    }
    if ('ageAbove' in when) {
        const age = facts.patient.ageYears;
        return age !== undefined && age > when.ageAbove.value ? { text: `at ${formatAge(age)}`, at: [] } : undefined;
    }
    if ('lowOnlyBeforeCorrection' in when) {
        // The total calcium low, the albumin-corrected one not, and no low ionised calcium to settle it.
        if (!calcium?.corrected || !calcium.measuredLow || calcium.low || context.ionizedLow || calcium.measured === undefined) return undefined;
        const inKidneyDisease = kidneyDisease(kidney) ? ` (${CorrectionInCkd.value})` : '';
        return { text: `with a total calcium of ${formatNumber(calcium.measured)} mg/dL low but an albumin-corrected calcium of ${formatNumber(calcium.value)} mg/dL not${inKidneyDisease}`, at: [calcium.at] };
    }
    if ('calciumBelow' in when) {
        return calcium && calcium.value < when.calciumBelow.value
            ? { text: `with a${calcium.corrected ? 'n albumin-corrected' : ''} calcium of ${formatAgainst(calcium.value, when.calciumBelow.value)} mg/dL`, at: [calcium.at] } : undefined;
    }
    if ('hypercalcaemiaWithoutCondition' in when) {
        const terms = when.hypercalcaemiaWithoutCondition;
        if (!calcium?.high || facts.conditions.some(c => c.condition && terms.includes(c.condition.term))) return undefined;
        return { text: `with a high calcium (${formatNumber(calcium.value)} mg/dL) and no ${terms.map(conditionLabel).join(' or ')} recorded`, at: [calcium.at] };
    }
    if ('everyPatient' in when) return { text: 'given', at: [] };
    if ('ageFrom' in when) {
        const age = facts.patient.ageYears;
        return age !== undefined && age >= when.ageFrom.value ? { text: `at ${formatAge(age)}`, at: [] } : undefined;
    }
    return undefined;
}

/** The week's total a schedule gives, as the dose verdict reads it: `105 mg a week`; empty where it has none. */
function weeklyTotal(dose: DoseVerdict | undefined): string {
    const perWeek = dose?.perWeek;
    return perWeek && /\/wk$/.test(perWeek.unit) ? `${formatQuantity(perWeek.value, perWeek.unit.replace(/\/wk$/, ''))} a week` : '';
}

/** Intravenous calcium recorded: an exposure, or a drug given (not stopped) that is one. */
function intravenousCalcium(facts: CaseFacts): { label: string; at: Span } | undefined {
    const exposure = facts.exposures.find(e => e.exposure && INTRAVENOUS_CALCIUM.includes(e.exposure.term));
    if (exposure) return { label: inSentence(exposure.exposure!.label), at: exposure.term.at };
    const drug = facts.drugs.find(d => !d.stopped && d.drug?.exposure !== undefined && INTRAVENOUS_CALCIUM.includes(d.drug.exposure));
    return drug ? { label: `${inSentence(drug.drug!.label)} given`, at: drug.term.at } : undefined;
}

/** A recorded condition (pregnancy, cirrhosis…), unless or with another. */
function conditionHolds(when: Extract<CautionWhen, { condition: unknown }>, facts: CaseFacts): Because | undefined {
    const terms = [when.condition].flat();
    const has = (term: string) => facts.conditions.find(c => c.condition?.term === term);
    const recorded = facts.conditions.find(c => c.condition && terms.includes(c.condition.term));
    if (!recorded || (when.unlessCondition && has(when.unlessCondition))) return undefined;
    const also = when.withCondition ? has(when.withCondition) : undefined;
    if (when.withCondition && !also) return undefined;
    const words = [recorded, ...(also ? [also] : [])].map(c => inSentence(c.condition!.label)).join(' and ');
    return { text: `with ${words}`, at: [recorded.term.at, ...(also ? [also.term.at] : [])] };
}

/**
 * What a recorded condition (pregnancy, cirrhosis, a valve), or a boxed warning for every patient, says of a drug not yet given: the
 * drug table names it before the drug is prescribed. Cautions bound to a route or a dose wait
 * for the prescription.
 */
export function conditionCautions(drug: Drug, facts: CaseFacts): Array<{ text: string; source: SourceId }> {
    return DrugCautions.filter(c => ('condition' in c.when || 'everyPatient' in c.when) && ageFits(c, facts.patient.ageYears) && !c.routes && !c.amountFrom && !c.amountBelow && cautionNames(c, drug))
        .flatMap(c => {
            // A boxed warning for every patient is said before the drug is chosen.
            if ('everyPatient' in c.when) return [{ text: `If given: ${c.advice}.`, source: c.source }];
            const because = conditionHolds(c.when as Extract<CautionWhen, { condition: unknown }>, facts);
            return because ? [{ text: `If given ${because.text}: ${c.advice}.`, source: c.source }] : [];
        });
}

/**
 * Below a creatinine clearance: on dialysis always, else by CrCl where it is computed, else by eGFR;
 * `from` bounds the band below (a lower band has its own caution, and dialysis is below every band).
 * The value is shown on its side of the threshold it was held against (34.98, not 35, below 35).
 */
function renalBelow(threshold: number, from: number | undefined, kidney: KidneyFunction): Because | undefined {
    const inBand = (value: number) => value < threshold && (from === undefined || value >= from);
    const shown = (value: number) => formatAgainst(value, nearerEdge(value, threshold, from));
    // On dialysis a creatinine clearance computed from a between-sessions creatinine means nothing.
    if (kidney.dialysis) return from === undefined ? { text: 'on dialysis', at: [kidney.dialysis], measure: 'dialysis' } : undefined;
    const crcl = kidney.creatinineClearance;
    if (crcl) return inBand(crcl.value) ? { text: `with a creatinine clearance of ${shown(crcl.value)} mL/min (Cockcroft-Gault)`, at: crcl.at, measure: 'creatinineClearance' } : undefined;
    if (kidney.egfr && inBand(kidney.egfr.value)) return { text: `with an eGFR of ${shown(kidney.egfr.value)} mL/min/1.73 m² (creatinine clearance not computable; labels use Cockcroft-Gault)`, at: [kidney.egfr.at], measure: 'egfr' };
    return undefined;
}

/** Below a GFR (KDIGO's measure): on dialysis always, else by eGFR, else by the creatinine clearance; `from` bounds it below. */
function gfrBelow(threshold: number, from: number | undefined, kidney: KidneyFunction): Because | undefined {
    const inBand = (value: number) => value < threshold && (from === undefined || value >= from);
    const shown = (value: number) => formatAgainst(value, nearerEdge(value, threshold, from));
    if (kidney.dialysis) return from === undefined ? { text: 'on dialysis', at: [kidney.dialysis], measure: 'dialysis' } : undefined;
    if (kidney.egfr) return inBand(kidney.egfr.value) ? { text: `with an eGFR of ${shown(kidney.egfr.value)} mL/min/1.73 m² (${categoryShown(kidney)})`, at: [kidney.egfr.at], measure: 'egfr' } : undefined;
    const crcl = kidney.creatinineClearance;
    if (crcl && inBand(crcl.value)) return { text: `with a creatinine clearance of ${shown(crcl.value)} mL/min (Cockcroft-Gault; no eGFR recorded)`, at: crcl.at, measure: 'creatinineClearance' };
    return undefined;
}

/** Of a band's two edges (below `threshold`, from `from`), the one a value in it is nearer: the one its rounding could cross. */
function nearerEdge(value: number, threshold: number, from: number | undefined): number {
    return from !== undefined && value - from < threshold - value ? from : threshold;
}

/** A condition's label in a sentence (`malignancy`), the term where the catalogue has none. */
function conditionLabel(term: string): string {
    const label = Conditions.find(c => c.term === term)?.label;
    return label ? inSentence(label) : term;
}

function highPhosphate(labs: LabEvidence): Context['highPhosphate'] {
    const phosphate = labs.byAnalyte.phosphate;
    return phosphate?.usable && phosphate.status === 'high' ? { text: writtenValue(phosphate), at: phosphate.fact.quantity.at } : undefined;
}

function inrOf(labs: LabEvidence): Context['inr'] {
    const inr = labs.byAnalyte.inr;
    return inr?.usable && inr.canonical !== undefined ? { value: inr.canonical, at: inr.fact.quantity.at } : undefined;
}
