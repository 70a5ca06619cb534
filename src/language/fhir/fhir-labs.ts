/**
 * An Observation per lab result: LOINC-coded by the analyte's code whose property
 * (mass or substance concentration) matches the unit written, the value in UCUM, the
 * reference interval the analysis used (converted to the unit written) and its
 * interpretation. A value the analysis did not judge (implausible, unit in doubt,
 * contradicted) goes with the findings' words in a note and no interpretation.
 */
import { Sources, type LoincCode } from '../knowledge/index.js';
import { CodeSystems, InterpretationCodes, ObservationCategories } from '../knowledge/terminology.js';
import { commensurable } from '../facts/units.js';
import { intervalInWrittenUnit, type AppliedInterval, type LabAssessment } from '../clinical/labs.js';
import { formatQuantity } from '../clinical/format.js';
import { inSentence } from '../clinical/in-sentence.js';
import type { CodeableConcept, Observation, ObservationReferenceRange } from './fhir-types.js';
import { defined, findingMessages, notes, ucumQuantity, type CaseContext } from './fhir-context.js';

export function labObservations(context: CaseContext): Observation[] {
    return context.analysis.labs.labs.map((lab, index) => labObservation(context, lab, index));
}

function labObservation(context: CaseContext, lab: LabAssessment, index: number): Observation {
    const quantity = lab.fact.quantity;
    const interpreted = lab.usable && (lab.status === 'low' || lab.status === 'normal' || lab.status === 'high');
    // A finding about this value; one that merely rests on it too only where it explains a missing interpretation.
    const findings = findingMessages(context, [lab.fact.term.at, quantity.at, quantity.unitAt], !interpreted);
    const judged = interpreted && findings.length === 0 && lab.judged && lab.analyte && lab.judged.label !== lab.analyte.label
        ? `Interpreted as ${inSentence(lab.judged.label)} ${formatQuantity(lab.judged.value, lab.analyte.canonicalUnit)}${lab.judged.detail ?? ''}.`
        : undefined;
    const value = ucumQuantity(quantity.value, quantity.ucum, quantity.unit);
    const notInterpreted = !interpreted && findings.length === 0 ? 'Not interpreted: the value could not be held against a reference interval.' : undefined;
    const unreadable = value ? undefined : 'The value written is too large to be read as a number.';
    return defined<Observation>({
        resourceType: 'Observation',
        id: context.ids.id(`lab/${index}`),
        status: 'final',
        category: [{ coding: [{ system: CodeSystems.observationCategory, ...ObservationCategories.laboratory }] }],
        code: labCode(lab),
        subject: context.subject,
        valueQuantity: value,
        interpretation: interpreted ? [interpretation(lab.status as 'low' | 'normal' | 'high')] : undefined,
        note: notes(unreadable, judged, ...findings, notInterpreted, lab.fact.panel ? `Panel: ${lab.fact.panel}` : undefined),
        referenceRange: lab.interval && quantity.ucum ? referenceRange(lab, lab.interval, quantity.ucum) : undefined
    });
}

/** The analyte's LOINC code for the kind of unit written, and its label as text. */
function labCode(lab: LabAssessment): CodeableConcept {
    const text = lab.fact.term.label;
    const ucum = lab.fact.quantity.ucum;
    const loinc = lab.analyte && ucum ? loincFor(lab.analyte.loinc, ucum) : undefined;
    return loinc ? { coding: [{ system: CodeSystems.loinc, code: loinc.code, display: loinc.display }], text } : { text };
}

/** The first code of the analyte whose property is the unit's: mass, substance (moles) or other. */
export function loincFor(codes: LoincCode[], ucum: string): LoincCode | undefined {
    const property: LoincCode['property'] = commensurable(ucum, 'mol/L') ? 'substance' : commensurable(ucum, 'g/L') ? 'mass' : 'other';
    return codes.find(code => code.property === property);
}

function interpretation(status: 'low' | 'normal' | 'high'): CodeableConcept {
    const { code, display } = InterpretationCodes[status];
    return { coding: [{ system: CodeSystems.observationInterpretation, code, display }], text: display };
}

/** The interval used, in the unit written as clinical/labs.ts converts it (the one the value was judged against). */
function referenceRange(lab: LabAssessment, interval: AppliedInterval, ucum: string): ObservationReferenceRange[] | undefined {
    const inWritten = intervalInWrittenUnit(lab);
    const end = (value: number | undefined) => value === undefined ? undefined : ucumQuantity(value, ucum, ucum);
    const low = end(inWritten?.low);
    const high = end(inWritten?.high);
    if (!low && !high) return undefined;
    const source = interval.source ? ` (source: ${Sources[interval.source].short})` : '';
    const ageNote = interval.ageNote ? ` (${interval.ageNote})` : '';
    return [defined<ObservationReferenceRange>({ low, high, text: `${interval.label}${source}${ageNote}` })];
}
