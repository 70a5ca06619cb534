/**
 * The treatment: a Procedure per excision and procedure (text, the lesion's site as
 * text), a MedicationStatement per drug with its dose in UCUM: an amount as
 * `doseQuantity`, an amount per time (per kg or not) as `rateQuantity`.
 */
import { commensurable, showUnit } from '../facts/units.js';
import type { DrugFact } from '../facts/case-facts.js';
import { lookup } from '../facts/catalogue.js';
import type { DoseAndRate, MedicationStatement, Procedure } from './fhir-types.js';
import { bodySiteOf, defined, findingMessages, notes, termLabel, textConcept, ucumQuantity, type CaseContext } from './fhir-context.js';

/** A case's treatment block records what was done: its procedures are completed. */
export function procedureResources(context: CaseContext): Procedure[] {
    const { facts } = context.analysis;
    const excision = lookup('procedure', 'excision')?.label ?? 'Excision';
    const excisions = facts.excisions.map((fact, index) => {
        const site = bodySiteOf(context, fact.lesion);
        return defined<Procedure>({
            resourceType: 'Procedure',
            id: context.ids.id(`excision/${index}`),
            status: 'completed',
            code: textConcept(excision),
            subject: context.subject,
            bodySite: site ? [site] : undefined,
            note: notes(fact.anaesthesia ? `Under ${termLabel(fact.anaesthesia).toLowerCase()} anaesthesia.` : undefined)
        });
    });
    const procedures = facts.procedures.map((fact, index) => {
        const site = bodySiteOf(context, fact.lesion);
        return defined<Procedure>({
            resourceType: 'Procedure',
            id: context.ids.id(`procedure/${index}`),
            status: 'completed',
            code: textConcept(termLabel(fact.procedure)),
            subject: context.subject,
            bodySite: site ? [site] : undefined,
            note: notes(fact.note)
        });
    });
    return [...excisions, ...procedures];
}

/** Whether the drug is still taken is not recorded: the status is `unknown`. The dose's findings go in notes. */
export function medicationStatements(context: CaseContext): MedicationStatement[] {
    return context.analysis.facts.drugs.map((fact, index) => defined<MedicationStatement>({
        resourceType: 'MedicationStatement',
        id: context.ids.id(`drug/${index}`),
        status: 'unknown',
        medicationCodeableConcept: textConcept(fact.drug?.label ?? termLabel(fact.term)),
        subject: context.subject,
        dosage: [defined({ text: doseText(fact), doseAndRate: doseAndRate(fact) })],
        note: notes(fact.note, ...findingMessages(context, [fact.term.at, fact.dose.at, fact.dose.unitAt]))
    }));
}

function doseText(fact: DrugFact): string {
    const unit = fact.dose.ucum ? showUnit(fact.dose.ucum) : fact.dose.unit;
    return (Number.isFinite(fact.dose.value) ? `${fact.dose.value} ${unit}` : `a number too large to read, in ${unit}`).trim();
}

/** An amount (mg, mL) is a dose, an amount per time (mg/d, mg/kg/d) a rate; anything else stays text. */
function doseAndRate(fact: DrugFact): DoseAndRate[] | undefined {
    const { value, ucum } = fact.dose;
    if (!ucum) return undefined;
    const quantity = ucumQuantity(value, ucum, ucum);
    if (!quantity) return undefined;
    if (['g', 'mL'].some(unit => commensurable(ucum, unit))) return [{ doseQuantity: quantity }];
    if (['g/d', 'g/kg/d', 'mL/d', 'mL/kg/d'].some(unit => commensurable(ucum, unit))) return [{ rateQuantity: quantity }];
    return undefined;
}
