/** Every rule over one case's facts: the one analysis every feature presents. */
import type { CaseFacts } from '../facts/case-facts.js';
import { classify, type Classification } from './classify.js';
import { checkDose } from './doses.js';
import type { Finding } from './finding.js';
import { assessLabs, type LabEvidence, type LabOptions } from './labs.js';
import { checkManagement, managementPlan, type ManagementPlan } from './management.js';
import { checkTermsAndUnits } from './terms.js';
import { checkIdentifiers } from './identifiers.js';
import { careCoverage, checkCare, type CareCoverage } from './care.js';
import { checkReport } from '../report/report-checks.js';

export type AnalysisOptions = LabOptions;

export interface CaseAnalysis {
    facts: CaseFacts;
    labs: LabEvidence;
    classification: Classification;
    care: CareCoverage;
    management: ManagementPlan;
    findings: Finding[];
}

export function analyzeCase(facts: CaseFacts, options: AnalysisOptions = {}): CaseAnalysis {
    const labs = assessLabs(facts, options);
    const { classification, findings: classificationFindings } = classify(facts, labs.evidence);
    const care = careCoverage(facts);
    const management = managementPlan(facts, classification, labs.evidence);
    const findings = [
        ...checkTermsAndUnits(facts),
        ...checkIdentifiers(facts),
        ...checkCare(facts, care),
        ...labs.findings,
        ...classificationFindings,
        ...facts.drugs.flatMap(drug => checkDose(drug, facts.patient.weightKg)),
        ...checkManagement(facts, management),
        ...checkReport(facts)
    ].sort((a, b) => a.at.offset - b.at.offset);
    return { facts, labs: labs.evidence, classification, care, management, findings };
}
