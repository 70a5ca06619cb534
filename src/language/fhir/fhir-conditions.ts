/**
 * Conditions: calcinosis cutis itself, coded in ICD-10 (calciphylaxis in ICD-10-CM), its
 * type and extent as text with the classification's confidence and reasons in a note;
 * and the history's conditions, injuries and exposures, as text only (no SNOMED CT code
 * could be verified).
 */
import { calcinosisCode } from '../knowledge/terminology.js';
import type { CaseFacts, TermFact } from '../facts/case-facts.js';
import { labelOf } from '../facts/catalogue.js';
import type { Classification } from '../clinical/classify.js';
import type { Condition } from './fhir-types.js';
import { bodySiteOf, defined, notes, textConcept, type CaseContext } from './fhir-context.js';

export function calcinosisCondition(context: CaseContext): Condition {
    const { facts, classification } = context.analysis;
    const coding = calcinosisCode(classification.type);
    const sites = [...new Set(facts.lesions.map(lesion => bodySiteOf(context, lesion.name)?.text).filter((text): text is string => text !== undefined))];
    return defined<Condition>({
        resourceType: 'Condition',
        id: context.ids.id('condition/calcinosis'),
        code: { coding: [{ system: coding.system, code: coding.code, display: coding.display }], text: classification.headline },
        bodySite: sites.length > 0 ? sites.map(textConcept) : undefined,
        subject: context.subject,
        onsetString: facts.onset ? `${facts.onset.value} ${facts.onset.unit} before the report` : undefined,
        note: notes(classificationNote(classification), declaredNote(facts), followupNote(facts))
    });
}

/** The history: each condition, injury and exposure as a Condition named by its label. */
export function historyConditions(context: CaseContext): Condition[] {
    const { facts } = context.analysis;
    const entries: Array<{ key: string; term: TermFact; note?: string }> = [
        ...facts.conditions.map((c, i) => ({ key: `condition/${i}`, term: c.term, note: c.note })),
        ...facts.injuries.map((c, i) => ({ key: `injury/${i}`, term: c.term, note: c.note })),
        ...facts.exposures.map((c, i) => ({ key: `exposure/${i}`, term: c.term, note: c.note }))
    ];
    return entries.map(({ key, term, note }) => defined<Condition>({
        resourceType: 'Condition',
        id: context.ids.id(key),
        code: textConcept(term.label),
        subject: context.subject,
        note: notes(note)
    }));
}

function classificationNote(c: Classification): string {
    const typeLabel = (term: string) => labelOf('type', term).toLowerCase();
    const parts = [c.type ? `Classification: ${typeLabel(c.type)} (${c.confidence}).` : 'Classification: type undetermined.'];
    if (!c.type && c.candidates.length > 0) parts.push(`Candidates: ${c.candidates.map(typeLabel).join(', ')}.`);
    if (c.reasons.length > 0) parts.push(`Reasons: ${c.reasons.map(r => r.text).join('; ')}.`);
    if (c.missing.length > 0) parts.push(`Missing: ${c.missing.join('; ')}.`);
    return parts.join(' ');
}

function declaredNote(facts: CaseFacts): string | undefined {
    const { type, extent, subtype } = facts.declared;
    const declared = [
        type ? `type ${type.label.toLowerCase()}` : undefined,
        extent ? `extent ${extent.term}` : undefined,
        subtype ? `subtype ${subtype.label}` : undefined
    ].filter(Boolean);
    return declared.length > 0 ? `Declared in the case: ${declared.join(', ')}.` : undefined;
}

function followupNote(facts: CaseFacts): string | undefined {
    const followup = facts.followup;
    if (!followup) return undefined;
    return `Follow-up after ${followup.after.value} ${followup.after.unit}: ${followup.outcome.label.toLowerCase()}${followup.note ? ` (${followup.note})` : ''}.`;
}
