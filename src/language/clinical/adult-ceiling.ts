/**
 * A child's dose above the adults' most a dose (knowledge ChildDoseCeiling, BNF for Children:
 * for most drugs a weight-based child's dose does not exceed the adult maximum). An adolescent
 * of adult weight given 60 mg/kg of calcium gluconate (3.3 g at 55 kg) is within the label's
 * children's 29-60 mg/kg, and above its adults' 1-2 g. Held against the adults' regimens given
 * as an amount a dose (not per kg, not a rate) by the same route; a prescription by rate is not.
 */
import type { DrugFact, PatientFacts } from '../facts/case-facts.js';
import { ChildDoseCeiling, Thresholds } from '../knowledge/index.js';
import { Codes } from '../diagnostic-codes.js';
import { amountIn, describeDosage, describeRegimen, type DoseVerdict, type PatientLimit } from './doses.js';
import { formatAge, formatQuantity, sourcesSentence } from './format.js';

export function adultCeiling(fact: DrugFact, verdict: DoseVerdict, patient: PatientFacts): PatientLimit | undefined {
    const drug = fact.drug;
    // A dose the regimens or a maximum already warn about (pamidronate's 90 mg a dose, for every age) gets no second warning.
    if (verdict.findings.some(f => f.code === Codes.doseOutOfRange && f.severity !== 'information')) return undefined;
    const ucum = fact.dose.ucum;
    if (!drug || !ucum || fact.stopped || !fact.timing || fact.timing.problem) return undefined;
    if (patient.ageYears === undefined || patient.ageYears >= Thresholds.adultFromYears.value) return undefined;
    const route = fact.routeEntry?.term;
    const adults = drug.regimens.filter(r => r.ages === 'adults' && !r.perKg && r.timing && !r.advisedAgainst && (!route || !r.route || r.route === route));
    // The dose a child is given, in each adult regimen's unit: a mass a dose (`1 g`, or `60 mg/kg` at the weight).
    const held = adults.flatMap(regimen => {
        const given = amountIn(fact.dose.value, ucum, regimen.unit, patient);
        return given === undefined ? [] : [{ regimen, given }];
    });
    if (held.length === 0) return undefined;
    const most = held.reduce((a, b) => b.regimen.high > a.regimen.high ? b : a);
    if (most.given <= most.regimen.high * (1 + 1e-9)) return undefined;
    const given = `${formatQuantity(most.given, most.regimen.unit)} a dose${ucum.includes('/kg') ? ` at ${formatQuantity(patient.weightKg!, 'kg')}` : ''}`;
    const adultMost = `${formatQuantity(most.regimen.high, most.regimen.unit)} a dose`;
    return {
        finding: {
            code: Codes.doseOutOfRange, severity: 'warning', at: fact.dose.at,
            message: `${drug.label} ${describeDosage(fact)} at ${formatAge(patient.ageYears)} is ${given}: above the adults' most, ${adultMost}: ${describeRegimen(most.regimen, true, false)}; ${ChildDoseCeiling.value}.${sourcesSentence([most.regimen.source, ChildDoseCeiling.source])}`,
            sources: [most.regimen.source, ChildDoseCeiling.source]
        },
        verdict: `${given}: above the adults' most, ${adultMost}`
    };
}
