/**
 * The CARE case-report checklist (Gagnier 2013), mapped to what a .calc case can
 * hold. Each item names the facts that cover it; clinical/care.ts checks them.
 */
import type { SourceId } from './sources.js';

/** Facts of a case that can cover a checklist item. */
export type CareEvidence =
    | 'title' | 'keywords' | 'abstract' | 'introduction' | 'patient' | 'complaint' | 'history'
    | 'lesions' | 'onset' | 'followup' | 'diagnostics' | 'diagnosis' | 'treatment'
    | 'discussion' | 'perspective' | 'consent';

export interface CareItem {
    id: string;
    label: string;
    /** Covered when every one of these is recorded. */
    needs: CareEvidence[];
    /** How to write it in a case file. */
    write: string;
    source: SourceId;
}

export const CareItems: CareItem[] = [
    { id: 'title', label: 'Title', needs: ['title'], write: 'title "…"', source: 'gagnier2013' },
    { id: 'keywords', label: 'Keywords', needs: ['keywords'], write: 'keywords "calcinosis cutis", "…"', source: 'gagnier2013' },
    { id: 'abstract', label: 'Abstract', needs: ['abstract'], write: 'abstract "…"', source: 'gagnier2013' },
    { id: 'introduction', label: 'Introduction', needs: ['introduction'], write: 'introduction "…"', source: 'gagnier2013' },
    { id: 'patientInformation', label: 'Patient information', needs: ['patient', 'complaint'], write: 'patient { age … sex … } and history { complaint "…" }', source: 'gagnier2013' },
    { id: 'clinicalFindings', label: 'Clinical findings', needs: ['lesions'], write: 'lesion L1 { site … size … }', source: 'gagnier2013' },
    { id: 'timeline', label: 'Timeline', needs: ['onset', 'followup'], write: 'onset … ago and followup …', source: 'gagnier2013' },
    { id: 'diagnosticAssessment', label: 'Diagnostic assessment', needs: ['diagnostics', 'diagnosis'], write: 'labs, imaging or biopsy, and diagnosis { type … extent … }', source: 'gagnier2013' },
    { id: 'therapeuticIntervention', label: 'Therapeutic intervention', needs: ['treatment'], write: 'treatment { … }', source: 'gagnier2013' },
    { id: 'followUpAndOutcomes', label: 'Follow-up and outcomes', needs: ['followup'], write: 'followup 6 months improved', source: 'gagnier2013' },
    { id: 'discussion', label: 'Discussion', needs: ['discussion'], write: 'discussion "…"', source: 'gagnier2013' },
    { id: 'patientPerspective', label: 'Patient perspective', needs: ['perspective'], write: 'perspective "…"', source: 'gagnier2013' },
    { id: 'informedConsent', label: 'Informed consent', needs: ['consent'], write: 'consent obtained', source: 'gagnier2013' }
];
