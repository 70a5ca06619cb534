/**
 * The treatment: a Procedure per excision and procedure (text, the lesion's site as
 * text), a MedicationStatement per drug with its Dosage: the amount per administration
 * (or a concentration) as `doseQuantity`, an amount per time (per kg or not) as
 * `rateQuantity`, the route with its SNOMED CT code, and the schedule as `timing.repeat`
 * (count, frequency/period/periodMax/periodUnit, boundsDuration). FHIR R4's Timing has no element
 * for a course repeated on a cycle: the cycle is in the dosage's text.
 */
import { CodeSystems } from '../knowledge/terminology.js';
import { describeDosage } from '../clinical/doses.js';
import { commensurable, convert } from '../facts/units.js';
import type { DrugFact } from '../facts/case-facts.js';
import { labelOf } from '../facts/catalogue.js';
import type { CodeableConcept, DoseAndRate, MedicationStatement, Procedure, Ratio, Timing, TimingRepeat } from './fhir-types.js';
import { bodySiteOf, defined, findingMessages, notes, textConcept, ucumQuantity, type CaseContext } from './fhir-context.js';

/** A case's treatment block records what was done: its procedures are completed. */
export function procedureResources(context: CaseContext): Procedure[] {
    const { facts } = context.analysis;
    const excision = labelOf('procedure', 'excision');
    const excisions = facts.excisions.map((fact, index) => {
        const site = bodySiteOf(context, fact.lesion);
        return defined<Procedure>({
            resourceType: 'Procedure',
            id: context.ids.id(`excision/${index}`),
            status: 'completed',
            code: textConcept(excision),
            subject: context.subject,
            bodySite: site ? [site] : undefined,
            note: notes(fact.anaesthesia ? `Under ${fact.anaesthesia.label.toLowerCase()} anaesthesia.` : undefined)
        });
    });
    const procedures = facts.procedures.map((fact, index) => {
        const site = bodySiteOf(context, fact.lesion);
        return defined<Procedure>({
            resourceType: 'Procedure',
            id: context.ids.id(`procedure/${index}`),
            status: 'completed',
            code: textConcept(fact.procedure.label),
            subject: context.subject,
            bodySite: site ? [site] : undefined,
            note: notes(fact.note)
        });
    });
    return [...excisions, ...procedures];
}

/** Whether the drug is still taken is not recorded unless it is written `stopped`: the status is `unknown` or `stopped`. The dose's findings go in notes. */
export function medicationStatements(context: CaseContext): MedicationStatement[] {
    return context.analysis.facts.drugs.map((fact, index) => defined<MedicationStatement>({
        resourceType: 'MedicationStatement',
        id: context.ids.id(`drug/${index}`),
        status: fact.stopped ? 'stopped' : 'unknown',
        medicationCodeableConcept: textConcept(fact.term.label),
        subject: context.subject,
        dosage: [defined({
            text: doseText(fact), timing: timing(fact), asNeededBoolean: fact.asNeeded, route: route(fact),
            doseAndRate: doseAndRate(fact), maxDosePerPeriod: maxDosePerPeriod(fact)
        })],
        note: notes(fact.note, ...findingMessages(context, [fact.term.at, fact.dose.at, fact.dose.unitAt, ...(fact.route ? [fact.route.at] : []), ...(fact.timing ? [fact.timing.at] : []), ...(fact.maximum ? [fact.maximum.unitAt] : [])]))
    }));
}

function doseText(fact: DrugFact): string {
    return Number.isFinite(fact.dose.value) ? describeDosage(fact) : `a number too large to read, in ${fact.dose.ucum ?? fact.dose.unit}`.trim();
}

function timing(fact: DrugFact): Timing | undefined {
    const t = fact.timing;
    const infusion = infusionDuration(fact);
    if (!t) return fact.when || infusion ? { repeat: defined({ when: fact.when ? [fact.when.code] : undefined, ...infusion }) } : undefined;
    if (t.problem) return undefined;
    const bounds = t.boundsDuration?.ucum ? ucumQuantity(t.boundsDuration.value, t.boundsDuration.ucum, t.boundsDuration.unit) : undefined;
    // FHIR's count is a single dose's 1 (`once`) or the doses of a course (`every 4 weeks for 6 doses`).
    const repeat = defined({
        count: t.count ?? t.doses, frequency: t.frequency, period: t.period, periodMax: t.periodMax, periodUnit: t.periodUnit, boundsDuration: bounds,
        when: fact.when ? [fact.when.code] : undefined, ...infusion
    });
    return Object.keys(repeat).length ? { repeat } : undefined;
}

/** `over 2 hours`: FHIR's duration of one administration, in minutes or hours as written; `over 30-60 minutes` is duration 30, durationMax 60. */
function infusionDuration(fact: DrugFact): Pick<TimingRepeat, 'duration' | 'durationMax' | 'durationUnit'> | undefined {
    const duration = fact.infusion?.duration;
    if (!duration?.ucum || !Number.isFinite(duration.value)) return undefined;
    const unit = duration.ucum === 'h' ? 'h' : 'min';
    const inUnit = (value: number) => unit === 'h' ? value : convert(value, duration.ucum!, 'min');
    const shortest = fact.infusion!.shortest;
    return shortest !== undefined
        ? { duration: inUnit(shortest), durationMax: inUnit(duration.value), durationUnit: unit }
        : { duration: inUnit(duration.value), durationUnit: unit };
}

/** `up to 4 g/day`: the amount over the period its unit ends in (4 g per 1 d). */
function maxDosePerPeriod(fact: DrugFact): Ratio | undefined {
    const maximum = fact.maximum;
    const [, amount, period] = /^(.+)\/(h|d|wk|mo|a)$/.exec(maximum?.ucum ?? '') ?? [];
    if (!maximum || !amount || !Number.isFinite(maximum.value)) return undefined;
    return { numerator: ucumQuantity(maximum.value, amount, amount), denominator: ucumQuantity(1, period, period) };
}

function route(fact: DrugFact): CodeableConcept | undefined {
    const entry = fact.routeEntry;
    if (!entry) return fact.route ? textConcept(fact.route.term) : undefined;
    return { coding: [{ system: CodeSystems.snomed, code: entry.snomed.code, display: entry.snomed.display }], text: entry.label };
}

/** An amount (mg, mL) is a dose, an amount per time (mg/d, mg/kg/d) a rate; anything else stays text. */
function doseAndRate(fact: DrugFact): DoseAndRate[] | undefined {
    const { value, ucum } = fact.dose;
    if (!ucum) return undefined;
    const quantity = ucumQuantity(value, ucum, ucum);
    if (!quantity) return undefined;
    if (['g', 'mL', 'g/kg', 'g/m2', '%', 'g/mL'].some(unit => commensurable(ucum, unit))) return [{ doseQuantity: quantity }];
    if (['g/d', 'g/kg/d', 'mL/d', 'mL/kg/d'].some(unit => commensurable(ucum, unit))) return [{ rateQuantity: quantity }];
    return undefined;
}
