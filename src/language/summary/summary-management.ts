/**
 * Management: what was done, and the plan for this case — the steps of its type's plan
 * that apply, in order, each with why (clinical/management.ts), the drugs that fit the
 * plan or were given with their reported regimens (and the patient's own range where the
 * regimen is per kg and the weight is known), lifestyle measures and cautions.
 */
import { AdviceTerms, Drugs, type Drug, type Regimen } from '../knowledge/index.js';
import type { CaseFacts, DrugFact } from '../facts/case-facts.js';
import { labelOf, lookup } from '../facts/catalogue.js';
import type { CaseAnalysis } from '../clinical/analyze.js';
import type { Finding } from '../clinical/finding.js';
import { Codes } from '../diagnostic-codes.js';
import type { ManagementPlan } from '../clinical/management.js';
import { describeDosage, fitsRegimen, regimenForWeight, regimenJudges, regimenSchedule, writesPrinted, type DoseVerdict } from '../clinical/doses.js';
import { diagnosisName, extentBasis } from '../clinical/classify.js';
import { conditionCautions } from '../clinical/cautions.js';
import { cautionsForAge, indicationFits, fitsAgeBand } from '../clinical/drug-fit.js';
import { formatNumber, formatRange } from '../clinical/format.js';
import type { CitationBook } from '../analysis/citation-book.js';
import type { ApproachOption, DoneItem, DrugOption, LifestyleOption, ManagementSummary, RegimenOption, SourcedText } from './summary-types.js';
import type { LinePositions } from '../analysis/text-positions.js';

export function managementSummary({ facts, classification, management, doses, findings }: CaseAnalysis, lines: LinePositions, book: CitationBook): ManagementSummary {
    const given = facts.drugs.map((fact, index) => ({ fact, item: drugGiven(fact, doses[index], lines, book) }));
    const done = [...procedureItems(facts, findings, lines, book), ...given.map(g => g.item), ...adviceItems(facts, lines)]
        .sort((a, b) => a.line - b.line || a.column - b.column);
    // Only the drugs that fit this plan, and those given; a term the knowledge base lacks has no row.
    const fitting = new Set([...management.drugs, ...facts.drugs.map(d => d.drug?.term).filter((t): t is string => t !== undefined)]);
    const drugs = Drugs.filter(drug => fitting.has(drug.term))
        .map(drug => drugOption(drug, given.filter(g => g.fact.drug === drug).map(g => g.item), facts, management, book));
    const order = (term: string) => { const i = management.drugs.indexOf(term); return i < 0 ? Number.MAX_SAFE_INTEGER : i; };
    // Drugs given in this case first, then the plan's in the order of its steps.
    drugs.sort((a, b) => Number(!a.given) - Number(!b.given) || order(a.term) - order(b.term));
    return {
        done,
        // A plan not made by extent (calciphylaxis) says nothing of it.
        ...(management.byExtent ? { extentReason: extentBasis(classification) } : {}),
        ...(management.type ? { planFor: diagnosisName(management.type) } : {}),
        approaches: approaches(management, book),
        drugs,
        lifestyle: lifestyle(facts, management, book),
        // This patient's cautions (clinical/cautions.ts) first, then what the knowledge base says of each drug given.
        cautions: [
            ...patientCautions(facts, findings, book),
            ...limitCautions(facts, doses, book),
            ...drugs.filter(d => d.given).flatMap(d => [...d.cautions, ...adverseEffectsLine(d)].map(c => ({ ...c, drug: d.label })))
        ]
    };
}

/** The drug-caution findings, each under the drug it was found on, as the diagnostics word them: errors lead, else in the order of the prescriptions. */
function patientCautions(facts: CaseFacts, findings: Finding[], book: CitationBook): Array<SourcedText & { drug: string }> {
    const cautions = findings.filter(f => f.code === Codes.drugCaution);
    const errorsFirst = [...cautions.filter(f => f.severity === 'error'), ...cautions.filter(f => f.severity !== 'error')];
    return errorsFirst.flatMap(f => {
        const fact = facts.drugs.find(d => d.term.at.offset === f.at.offset);
        const [source, ...also] = f.sources ?? [];
        // Every source the finding rests on: one caution may name several reasons, each with its own (cautions.ts stopTogether).
        return fact && source ? [{ text: `For this patient: ${f.message}`, source: book.cite(source), ...(also.length ? { alsoSources: also.map(id => book.cite(id)) } : {}), drug: fact.term.label }] : [];
    });
}

/** A dose above this patient's most a day (by weight, age or the kidneys) is a caution for this patient too, as the diagnostic words it. */
function limitCautions(facts: CaseFacts, doses: DoseVerdict[], book: CitationBook): Array<SourcedText & { drug: string }> {
    return facts.drugs.flatMap((fact, i) => {
        const limit = doses[i].aboveLimit;
        const source = limit?.sources?.[0];
        return limit && source ? [{ text: `For this patient: ${limit.message}`, source: book.cite(source), drug: fact.term.label }] : [];
    });
}

function procedureItems(facts: CaseFacts, findings: Finding[], lines: LinePositions, book: CitationBook): DoneItem[] {
    const excisions = facts.excisions.map((excision): DoneItem => {
        const anaesthesia = excision.anaesthesia?.label;
        // Clinical review 13: the findings on the excision (management mismatch, procedure caution) mark it as a dose outside its regimens is marked.
        const found = findings.filter(f => (f.code === Codes.managementMismatch || f.code === Codes.procedureCaution) && f.at.offset === excision.at.offset);
        const source = found.flatMap(f => f.sources ?? [])[0];
        return {
            kind: 'excision',
            text: `Excision${excision.lesion ? ` of ${excision.lesion}` : ''}${anaesthesia ? ` under ${anaesthesia} anaesthesia` : ''}`,
            ...lines.positionAt(excision.at.offset),
            ...(found.length ? { detail: found.map(f => f.message).join(' '), warned: found.some(f => f.severity !== 'information') } : {}),
            ...(found.length && source ? { detailSource: book.cite(source) } : {}),
        };
    });
    const procedures = facts.procedures.map((procedure): DoneItem => ({
        kind: 'procedure',
        text: `${procedure.procedure.label}${procedure.lesion ? ` of ${procedure.lesion}` : ''}${procedure.note ? `: ${procedure.note}` : ''}`,
        ...lines.positionAt(procedure.procedure.at.offset)
    }));
    return [...excisions, ...procedures];
}

function adviceItems(facts: CaseFacts, lines: LinePositions): DoneItem[] {
    if (facts.advice.length === 0) return [];
    return [{ kind: 'advice', text: `Advice: ${facts.advice.map(a => a.label).join(', ')}`, ...lines.positionAt(facts.advice[0].at.offset) }];
}

/** The prescription as written, and the verdict clinical/doses.ts reached on it. */
function drugGiven(fact: DrugFact, verdict: DoseVerdict, lines: LinePositions, book: CitationBook): DoneItem {
    const written = `${describeDosage(fact)}${fact.note ? ` (${fact.note})` : ''}`;
    const item: DoneItem = {
        kind: 'drug',
        text: `${fact.term.label} ${written}`,
        dose: written,
        ...lines.positionAt(fact.term.at.offset)
    };
    // The regimen's source is cited as a footnote, not repeated in words.
    if (verdict.text) item.detail = verdict.text;
    const source = verdict.regimen?.source ?? verdict.aboveLimit?.sources?.[0];
    if (source && verdict.text) item.detailSource = book.cite(source);
    const fits = fitsRegimen(verdict);
    if (fits !== undefined) item.withinRegimen = fits;
    return item;
}

function approaches(plan: ManagementPlan, book: CitationBook): ApproachOption[] {
    return plan.steps.map(({ step, advice, fit, why }) => ({
        kind: step.key,
        title: step.title,
        text: advice.map(a => book.sourced(a)),
        against: (step.against ?? []).map(a => book.sourced(a)),
        fit,
        because: why,
        // The drug table shows the drugs the knowledge base has; a drug it lacks is named here, without a regimen.
        uses: [...(step.procedures ?? []).map(term => termLabel('procedure', term)), ...(step.drugs ?? []).filter(term => !lookup('drug', term)).map(term => words(term))],
        stops: (step.stops ?? []).map(term => lookup('exposure', term)?.label ?? lookup('drug', term)?.label ?? words(term))
    }));
}

/** A term's label, or its name in words where the knowledge base does not (yet) have it. */
function termLabel(category: 'drug' | 'procedure', term: string): string {
    return lookup(category, term)?.label ?? words(term);
}

function words(term: string): string {
    const text = term.replace(/([A-Z])/g, ' $1').toLowerCase();
    return text.charAt(0).toUpperCase() + text.slice(1);
}

function drugOption(drug: Drug, given: DoneItem[], facts: CaseFacts, plan: ManagementPlan, book: CitationBook): DrugOption {
    const patient = facts.patient;
    return {
        term: drug.term,
        label: drug.label,
        drugClass: drug.drugClass,
        ...(given.length ? { given } : {}),
        // A regimen that is never one for this type (low-dose warfarin in calciphylaxis) is not offered in its table.
        regimens: drug.regimens.filter(regimen => !plan.type || !regimen.neverFor?.includes(plan.type)).map(regimen => regimenOption(drug, regimen, patient, book)),
        // An indication written for other types (a bisphosphonate's response in connective tissue disease) is not said of a hypercalcaemia plan.
        ...(drug.indication && indicationFits(drug, plan.type) ? { indication: book.sourced(drug.indication) } : {}),
        // The seed's misprints matter only where the drug is given at the misprinted amount (not at a child's 1 mg/kg).
        discrepancies: (drug.discrepancies ?? []).filter(d => facts.drugs.some(fact => fact.drug === drug && writesPrinted(fact, d))).map(d => ({ text: `Printed as “${d.printed}”: ${d.explanation}`, source: book.cite(d.source) })),
        adverseEffects: (drug.adverseEffects ?? []).map(effect => book.sourced(effect)),
        cautions: [
            ...cautionsForAge(drug, patient.ageYears).map(caution => book.sourced(caution)),
            // A drug given has its cautions for this patient among the findings; one not given, here.
            ...(given.length ? [] : conditionCautions(drug, facts)).map(c => ({ text: c.text, source: book.cite(c.source) }))
        ]
    };
}

function regimenOption(drug: Drug, regimen: Regimen, { weightKg, ageYears }: { weightKg?: number; ageYears?: number }, book: CitationBook): RegimenOption {
    const range = formatRange(regimen.low, regimen.high, regimen.unit);
    const schedule = regimenSchedule(regimen);
    const forIndication = regimen.otherIndication ? ` (for ${regimen.otherIndication})` : '';
    const option: RegimenOption = {
        text: `${range}${schedule ? ` ${schedule}` : ''}${regimen.route ? `, ${labelOf('route', regimen.route)}` : ''}${forIndication}`,
        ...(regimen.population ? { population: regimen.population } : {}),
        source: book.cite(regimen.source)
    };
    // A per-kg regimen is worked out only where it judges this patient (no children's dose, nor one an adult's regimen replaces, for an adult).
    const weighed = fitsAgeBand(regimen, ageYears) && regimenJudges(drug, regimen, { weightKg, ageYears }) ? regimenForWeight(regimen, weightKg) : undefined;
    // A regimen for another indication says which beside the patient's dose (clinical review 16: prednisolone's myositis dose in vitamin D intoxication read as the case's).
    if (weighed) option.forPatient = `${range} × ${formatNumber(weightKg!)} kg = ${formatRange(weighed.low, weighed.high, weighed.unit)}${regimen.timing && schedule ? ` ${schedule}` : ''}${forIndication}`;
    return option;
}

/** One line per source for the adverse effects: "Adverse effects: osteonecrosis of the jaw, fever…". */
function adverseEffectsLine(drug: DrugOption): SourcedText[] {
    const bySource = new Map<string, SourcedText[]>();
    for (const effect of drug.adverseEffects) bySource.set(effect.source.id, [...(bySource.get(effect.source.id) ?? []), effect]);
    return [...bySource.values()].map(effects => ({
        text: `Adverse effects: ${effects.map((e, i) => i === 0 ? e.text : e.text.charAt(0).toLowerCase() + e.text.slice(1)).join(', ')}.`,
        source: effects[0].source
    }));
}

/** The measures advised in the file, and those that fit the plan's type (LifestyleByType). */
function lifestyle(facts: CaseFacts, plan: ManagementPlan, book: CitationBook): LifestyleOption[] {
    const advised = facts.advice;
    const fitting = new Set(plan.lifestyle);
    return AdviceTerms.filter(term => fitting.has(term.term) || advised.some(a => a.term === term.term)).map(term => ({
        term: term.term,
        label: term.label,
        text: book.sourced(term.definition),
        advised: advised.some(a => a.term === term.term)
    }));
}
