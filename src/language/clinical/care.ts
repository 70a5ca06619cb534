/** CARE completeness: which checklist items a case covers, and a hint for those it lacks. */
import { CareItems, type CareEvidence, type CareItem } from '../knowledge/index.js';
import type { CaseFacts } from '../facts/case-facts.js';
import { Codes } from '../diagnostic-codes.js';
import type { Finding } from './finding.js';

export interface CareCoverage {
    covered: CareItem[];
    missing: CareItem[];
}

export function careCoverage(facts: CaseFacts): CareCoverage {
    const has: Record<CareEvidence, boolean> = {
        title: facts.title !== undefined,
        keywords: facts.keywords.length > 0,
        abstract: facts.narratives.abstract !== undefined,
        introduction: facts.narratives.introduction !== undefined,
        patient: facts.patient.ageYears !== undefined || facts.patient.sex !== undefined,
        complaint: facts.complaint !== undefined,
        history: facts.conditions.length + facts.injuries.length + facts.exposures.length > 0,
        lesions: facts.lesions.length > 0,
        onset: facts.onset !== undefined,
        followup: facts.followup !== undefined,
        diagnostics: facts.labs.length + facts.imaging.length + facts.lesions.flatMap(l => l.imaging).length + facts.biopsies.length > 0,
        diagnosis: facts.declared.type !== undefined || facts.declared.extent !== undefined || facts.opinions.length > 0,
        treatment: facts.drugs.length + facts.excisions.length + facts.procedures.length + facts.advice.length > 0,
        discussion: facts.narratives.discussion !== undefined,
        perspective: facts.narratives.perspective !== undefined,
        consent: facts.consent !== undefined
    };
    const covered = CareItems.filter(item => item.needs.every(need => has[need]));
    return { covered, missing: CareItems.filter(item => !covered.includes(item)) };
}

/** Each item as the hint names it when missing, written once: most cases miss half the checklist. */
const MISSING_WORDS = new Map(CareItems.map(item => [item, `${item.label.toLowerCase()} (${item.write})`]));

export function checkCare(facts: CaseFacts, coverage: CareCoverage): Finding[] {
    if (coverage.missing.length === 0) return [];
    return [{
        code: Codes.careMissing, severity: 'hint', at: facts.nameAt,
        message: `CARE checklist: ${coverage.covered.length} of ${CareItems.length} items covered; missing ${coverage.missing.map(item => MISSING_WORDS.get(item)).join(', ')}.`,
        sources: ['gagnier2013'],
        data: { missing: coverage.missing.map(i => i.id) }
    }];
}
