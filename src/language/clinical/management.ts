/**
 * Which management the evidence points to, decided once per case (the seed, refs 6 and 7):
 * surgery for small localised lesions (circumscripta), medical management for generalised
 * disease (universalis), and, in metastatic calcinosis, correcting calcium and phosphate.
 * The summary presents the plan; the rule below warns when a treatment goes against it.
 */
import type { CaseFacts } from '../facts/case-facts.js';
import { Codes } from '../diagnostic-codes.js';
import type { Classification } from './classify.js';
import type { Finding } from './finding.js';

/** How an approach fits this case: its own indication, a reported alternative, against the evidence, or unknown without the extent. */
export type ApproachFit = 'suited' | 'alternative' | 'not-suited' | 'extent-unknown';

export interface ManagementPlan {
    surgery: ApproachFit;
    medical: ApproachFit;
    /** Metastatic calcinosis: its deposits resolve once calcium and phosphate are corrected. */
    correctLevels: boolean;
    /** What the fits rest on: the extent the analysis inferred, else the one declared. */
    extent: Classification['extent'];
}

export function managementPlan(facts: CaseFacts, classification: Classification): ManagementPlan {
    const extent = classification.extent ?? (facts.declared.extent?.term as Classification['extent'] | undefined) ?? null;
    return {
        surgery: extent === 'circumscripta' ? 'suited' : extent === 'universalis' ? 'not-suited' : 'extent-unknown',
        medical: extent === 'universalis' ? 'suited' : extent === 'circumscripta' ? 'alternative' : 'extent-unknown',
        correctLevels: classification.type === 'metastatic',
        extent
    };
}

export function checkManagement(facts: CaseFacts, plan: ManagementPlan): Finding[] {
    if (plan.surgery !== 'not-suited') return [];
    return facts.excisions.map(excision => ({
        code: Codes.managementMismatch, severity: 'warning' as const, at: excision.at,
        message: 'Excision in calcinosis universalis: small and localised lesions are good candidates for surgery, while generalised disease calls for medical management (the seed, after Llamas-Velasco 2010 and Both 2017).',
        sources: ['seed' as const]
    }));
}
