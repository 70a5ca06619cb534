/** Imaging and biopsy findings as Observations whose value is the text written. */
import { labelOf } from '../facts/catalogue.js';
import type { StudyFact } from '../facts/case-facts.js';
import { CodeSystems, ObservationCategories } from '../knowledge/terminology.js';
import type { Observation } from './fhir-types.js';
import { bodySiteOf, defined, freeText, textConcept, type CaseContext } from './fhir-context.js';

export function imagingObservations(context: CaseContext): Observation[] {
    const { facts } = context.analysis;
    const studies: StudyFact[] = [...facts.lesions.flatMap(lesion => lesion.imaging), ...facts.imaging];
    return studies.map((study, index) => defined<Observation>({
        resourceType: 'Observation',
        id: context.ids.id(`imaging/${index}`),
        status: 'final',
        category: [{ coding: [{ system: CodeSystems.observationCategory, ...ObservationCategories.imaging }] }],
        code: textConcept(study.modality.label),
        subject: context.subject,
        valueString: freeText(study.finding),
        bodySite: bodySiteOf(context, study.lesion)
    }));
}

/** Histology is a laboratory finding (observation-category has no pathology). */
export function biopsyObservations(context: CaseContext): Observation[] {
    const biopsy = labelOf('procedure', 'biopsy');
    return context.analysis.facts.biopsies.map((entry, index) => defined<Observation>({
        resourceType: 'Observation',
        id: context.ids.id(`biopsy/${index}`),
        status: 'final',
        category: [{ coding: [{ system: CodeSystems.observationCategory, ...ObservationCategories.laboratory }] }],
        code: textConcept(`${biopsy} finding`),
        subject: context.subject,
        valueString: freeText(entry.finding),
        bodySite: bodySiteOf(context, entry.lesion)
    }));
}
