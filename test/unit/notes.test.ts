/**
 * Dialysis written only in a note: the checks read recorded conditions, so the note gets a
 * warning on its line that says what the checks assume, and a quick fix records the condition.
 */
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction } from 'vscode-languageserver';
import { describe, expect, it } from 'vitest';
import { diagnose, services, validate } from './helpers.js';

function kase(history: string, treatment = 'drug apixaban 5 mg oral twice daily'): string {
    return `case N {
    patient { age 82 years sex female weight 58 kg }
    history {
        ${history}
    }
    lesion L1 { site left thigh size 4 x 3 cm morphology retiformPurpura pain severe ulcerated yes }
    labs { creatinine 5.2 mg/dL }
    treatment {
        ${treatment}
    }
}`;
}

const notes = async (text: string) => (await diagnose(text)).filter(r => r.code === 'note-not-recorded');

describe('dialysis in a note, not recorded', () => {
    it('a condition whose note says haemodialysis: a warning on the condition, saying what the checks assume', async () => {
        const rows = await notes(kase('condition chronicKidneyDisease "on haemodialysis three times a week"'));
        expect(rows).toEqual([{
            code: 'note-not-recorded', severity: 'warning', line: 4, text: 'chronicKidneyDisease',
            message: 'The note "on haemodialysis three times a week" says dialysis, but no dialysis is recorded, so the checks take the patient to be off dialysis: the renal cautions, apixaban\'s dose, the CKD 5D targets and the plan. If the patient is on dialysis, record `condition haemodialysis` or `condition peritonealDialysis`.'
        }]);
    });

    it('a drug\'s note (CAPD, after each session) says it too', async () => {
        const rows = await notes(kase('condition chronicKidneyDisease', 'drug sodiumThiosulfate 25 g iv 3 times a week "after each dialysis session"'));
        expect(rows.map(r => [r.line, r.text])).toEqual([[9, 'sodiumThiosulfate']]);
        expect((await notes(kase('condition diabetes "on CAPD for 3 years"'))).map(r => r.text)).toEqual(['diabetes']);
    });

    for (const note of ['not on dialysis', 'pre-dialysis clinic', 'declined dialysis', 'non-dialysis days', 'no dialysis yet', 'dialysis if it progresses', 'dialysis planned for spring']) {
        it(`"${note}" is not said of the patient: no warning`, async () => {
            expect(await notes(kase(`condition chronicKidneyDisease "${note}"`))).toEqual([]);
        });
    }

    it('with dialysis recorded, the note is not flagged', async () => {
        expect(await notes(kase('condition haemodialysis\n        condition chronicKidneyDisease "on haemodialysis"'))).toEqual([]);
    });

    it('the quick fix records `condition haemodialysis` on the next line, and the warning goes; the dialysis checks then apply', async () => {
        const text = kase('condition chronicKidneyDisease "on haemodialysis"');
        const document = await validate(text);
        const diagnostic = document.diagnostics!.find(d => d.code === 'note-not-recorded')!;
        const actions = await services.Calc.lsp.CodeActionProvider!.getCodeActions(document, {
            textDocument: { uri: document.uri.toString() }, range: diagnostic.range, context: { diagnostics: [diagnostic] }
        }) as CodeAction[];
        expect(actions.map(a => [a.title, a.isPreferred])).toEqual([['Record condition haemodialysis', true], ['Record condition peritonealDialysis', false]]);
        const fixed = TextDocument.applyEdits(TextDocument.create('file:///x.calc', 'calc', 1, text), Object.values(actions[0].edit!.changes!)[0]);
        expect(fixed).toBe(text.replace('"on haemodialysis"\n', '"on haemodialysis"\n        condition haemodialysis\n'));
        const after = await diagnose(fixed);
        expect(after.filter(r => r.code === 'note-not-recorded')).toEqual([]);
        expect(after.filter(r => r.severity === 'error')).toEqual([]);
    });

    it('a note on a drug gets no quick fix (the condition goes in the history)', async () => {
        const document = await validate(kase('condition chronicKidneyDisease', 'drug sodiumThiosulfate 25 g iv 3 times a week "after each dialysis session"'));
        const diagnostic = document.diagnostics!.find(d => d.code === 'note-not-recorded')!;
        const actions = await services.Calc.lsp.CodeActionProvider!.getCodeActions(document, {
            textDocument: { uri: document.uri.toString() }, range: diagnostic.range, context: { diagnostics: [diagnostic] }
        }) as CodeAction[];
        expect(actions).toEqual([]);
    });
});
