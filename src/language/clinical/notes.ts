/**
 * Facts written only in a note: the checks read recorded terms, never free text, so a note that
 * says what the record lacks gets a finding on its line, asking for the term.
 */
import { DialysisInNote, type NoteFact } from '../knowledge/index.js';
import type { CaseFacts, TermFact } from '../facts/case-facts.js';
import { Codes } from '../diagnostic-codes.js';
import type { Finding } from './finding.js';
import type { KidneyFunction } from './kidney.js';

export function checkNotes(facts: CaseFacts, kidney: KidneyFunction): Finding[] {
    if (kidney.dialysis) return [];
    const noted = notedOn(facts).find(({ note }) => says(DialysisInNote, note));
    return noted ? [finding(DialysisInNote, noted)] : [];
}

interface Noted { term: TermFact; note: string; inHistory: boolean }

/** The notes of the history and the treatment, with the term each is written on. */
function notedOn(facts: CaseFacts): Noted[] {
    const history = [...facts.conditions, ...facts.exposures, ...facts.injuries].flatMap(({ term, note }) => note ? [{ term, note, inHistory: true }] : []);
    return [...history, ...facts.drugs.flatMap(({ term, note }) => note ? [{ term, note, inHistory: false }] : [])];
}

function says(fact: NoteFact, note: string): boolean {
    return fact.pattern.test(note) && !fact.unless.test(note);
}

function finding(fact: NoteFact, { term, note, inHistory }: Noted): Finding {
    const record = fact.record.map(t => `\`condition ${t}\``).join(' or ');
    return {
        code: Codes.noteNotRecorded, severity: 'warning', at: term.at,
        message: `The note "${note}" says ${fact.says}, but no ${fact.says} is recorded, so ${fact.without.value}. If the patient is on ${fact.says}, record ${record}.`,
        sources: [fact.without.source],
        // In the history, a quick fix adds the condition on the next line.
        data: { record: fact.record, inHistory }
    };
}
