/** Every rule over one case's facts: the one analysis every feature presents. */
import type { CaseFacts } from '../facts/case-facts.js';
import { classify, type Classification } from './classify.js';
import { checkedVerdict, judgeDoses, type DoseVerdict } from './doses.js';
import { infusionFinding } from './infusion.js';
import { checkCautions } from './cautions.js';
import type { Finding } from './finding.js';
import { assessLabs, type LabEvidence, type LabOptions } from './labs.js';
import { checkManagement, managementPlan, type ManagementPlan } from './management.js';
import { checkTermsAndUnits } from './unknown-terms.js';
import { checkIdentifiers } from './identifiers.js';
import { checkNotes } from './notes.js';
import { renalFit, renalLimit } from './renal-limits.js';
import { dailyLimit } from './daily-limits.js';
import { adultCeiling } from './adult-ceiling.js';
import { careCoverage, checkCare, type CareCoverage } from './care.js';
import { checkReport } from '../report/report-checks.js';

export type AnalysisOptions = LabOptions;

export interface CaseAnalysis {
    facts: CaseFacts;
    labs: LabEvidence;
    classification: Classification;
    care: CareCoverage;
    management: ManagementPlan;
    /** Each prescription's verdict, in the order of facts.drugs. */
    doses: DoseVerdict[];
    findings: Finding[];
}

export function analyzeCase(facts: CaseFacts, options: AnalysisOptions = {}): CaseAnalysis {
    const labs = assessLabs(facts, options);
    const { classification, findings: classificationFindings } = classify(facts, labs.evidence);
    const care = careCoverage(facts);
    // The plan is the summary's and the hover's; the checks need it only at an excision (about a tenth of the analysis, spent otherwise on every case at every check).
    let plan: ManagementPlan | undefined;
    const management = () => plan ??= managementPlan(facts, classification, labs.evidence);
    const creatinine = labs.evidence.byAnalyte.creatinine;
    const judged = judgeDoses(facts.drugs, facts.patient, {
        onDialysis: labs.evidence.kidney.dialysis !== undefined,
        dialysisModality: labs.evidence.kidney.dialysisModality,
        creatinineMgDl: creatinine?.usable ? creatinine.canonical : undefined,
        conditions: facts.conditions.map(c => c.condition?.term ?? c.term.term),
        // Only a definite or declared type withholds another type's regimen: a probable one rests on too little (dialysis alone).
        type: classification.type !== null && (classification.confidence === 'definite' || facts.declared.type?.term === classification.type) ? classification.type : undefined
    });
    // A day's most for this patient the dose is above (by weight and age, or by the kidneys), or a child's above the adults' most a dose: its warning, and the verdict.
    const renal = facts.drugs.map((fact, i) => renalLimit(fact, judged[i], labs.evidence.kidney, facts.patient.weightKg));
    const limits = facts.drugs.map((fact, i) => [renal[i], dailyLimit(fact, facts.patient), adultCeiling(fact, judged[i], facts.patient)].filter(l => l !== undefined));
    // Above its renal band, a caution that is the bands in words is not said beside the dose's warning; within it, it says the dose fits.
    const aboveRenalBand = new Set(renal.flatMap((limit, i) => limit ? [i] : []));
    const withinRenalBand = new Map(facts.drugs.flatMap((fact, i) => {
        const fit = renalFit(fact, judged[i], labs.evidence.kidney, facts.patient.weightKg);
        return fit ? [[i, fit] as const] : [];
    }));
    const cautions = checkCautions(facts, labs.evidence.kidney, labs.evidence, classification, judged, { above: aboveRenalBand, within: withinRenalBand });
    // A drug to be stopped for this patient gets no reassuring "within" verdict: the caution leads.
    const tooFast = facts.drugs.map(infusionFinding);
    const doses = judged.map((verdict, index) => checkedVerdict(verdict, cautions.leading.get(index), limits[index][0], tooFast[index]));
    const findings = [
        ...checkTermsAndUnits(facts),
        ...checkIdentifiers(facts),
        ...checkCare(facts, care),
        ...labs.findings,
        ...classificationFindings,
        ...doses.flatMap(dose => dose.findings),
        ...limits.flat().map(limit => limit.finding),
        ...tooFast.filter(f => f !== undefined),
        ...cautions.findings,
        ...checkNotes(facts, labs.evidence.kidney),
        ...checkManagement(facts, management),
        ...checkReport(facts)
    ].sort((a, b) => a.at.offset - b.at.offset);
    return { facts, labs: labs.evidence, classification, care, get management() { return management(); }, doses, findings };
}
