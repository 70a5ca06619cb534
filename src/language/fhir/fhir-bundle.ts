/**
 * One case's analysis → one FHIR R4 Bundle of type `collection`: the de-identified
 * Patient first, every other resource referring to it by its `urn:uuid:` full URL.
 * A pure function of the analysis and the file's base name: the same case gives the
 * same bytes.
 */
import type { CaseAnalysis } from '../clinical/analyze.js';
import type { Bundle, Resource } from './fhir-types.js';
import { caseContext } from './fhir-context.js';
import { fullUrl } from './fhir-ids.js';
import { patientResource } from './fhir-patient.js';
import { calcinosisCondition, historyConditions } from './fhir-conditions.js';
import { labObservations } from './fhir-labs.js';
import { biopsyObservations, imagingObservations } from './fhir-studies.js';
import { medicationStatements, procedureResources } from './fhir-treatment.js';

export function caseBundle(analysis: CaseAnalysis, fileName: string): Bundle {
    const context = caseContext(analysis, fileName);
    const resources: Resource[] = [
        patientResource(analysis.facts.patient, context.ids.id('patient')),
        calcinosisCondition(context),
        ...historyConditions(context),
        ...labObservations(context),
        ...imagingObservations(context),
        ...biopsyObservations(context),
        ...procedureResources(context),
        ...medicationStatements(context)
    ];
    return {
        resourceType: 'Bundle',
        id: context.ids.id('bundle'),
        type: 'collection',
        entry: resources.map(resource => ({ fullUrl: fullUrl(resource.id), resource }))
    };
}
