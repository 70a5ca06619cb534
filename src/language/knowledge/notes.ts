/**
 * What a free-text note can say that the checks only know when it is recorded: a patient "on
 * haemodialysis" in a note, with no dialysis condition, is checked as off dialysis. These are
 * wordings, not medicine: the finding asks the writer to record the fact, and says what it changes.
 */
import type { Sourced } from './types.js';

export interface NoteFact {
    /** What the note says, in the finding. */
    says: string;
    /** A note that says it. */
    pattern: RegExp;
    /** A note that mentions it without saying it of the patient (not on it, before it, declined). */
    unless: RegExp;
    /** The terms that record it (`condition …`). */
    record: string[];
    /** What the checks do without it. */
    without: Sourced<string>;
}

export const DialysisInNote: NoteFact = {
    says: 'dialysis',
    pattern: /\b(?:haemo|hemo|peritoneal\s+)?dialy[sz]|\bCAPD\b/i,
    unless: /\b(?:no|not|non|pre|before|without|declin\w*|refus\w*|avoid\w*|until|if|never|off|planned|plan|previously|formerly|former|prior|past|history\s+of|stopped)\b[\s-]*(?:\w+[\s-]+){0,3}?(?:(?:haemo|hemo|peritoneal\s+)?dialy[sz]|CAPD\b)|dialy[sz]\w*\s+(?:if|when|planned|considered|discussed|may|might|later)\b|\b(?:after|following)\s+\d+(?:\.\d+)?\s+(?:years?|months?|weeks?)\s+(?:of|on)\s+(?:haemo|hemo|peritoneal\s+)?dialy[sz]/i,
    record: ['haemodialysis', 'peritonealDialysis'],
    without: {
        value: 'the checks take the patient to be off dialysis: the renal cautions, apixaban\'s dose, the CKD 5D targets and the plan',
        source: 'engineering',
        note: 'How the checks read kidney function (clinical/kidney.ts): dialysis is a recorded condition, never free text.',
    },
};
