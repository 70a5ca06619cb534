/** Treatment against the evidence: surgery is for small localised lesions (the seed, refs 6 and 7). */
import type { CaseFacts } from '../facts/case-facts.js';
import { Codes } from '../diagnostic-codes.js';
import type { Classification } from './classify.js';
import type { Finding } from './finding.js';

export function checkManagement(facts: CaseFacts, classification: Classification): Finding[] {
    const extent = classification.extent ?? (facts.declared.extent?.term as Classification['extent'] | undefined);
    if (extent !== 'universalis') return [];
    return facts.excisions.map(excision => ({
        code: Codes.managementMismatch, severity: 'warning' as const, at: excision.at,
        message: 'Excision in calcinosis universalis: small and localised lesions are good candidates for surgery, while generalised disease calls for medical management (the seed, after Llamas-Velasco 2010 and Both 2017).',
        sources: ['seed' as const]
    }));
}
