/**
 * The second clinician review's parse and usability list (notes review2, "Parse/usability"):
 * what a senior clinician writes, and the one clear message at its place that it now gets.
 */
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, Diagnostic } from 'vscode-languageserver';
import { describe, expect, it } from 'vitest';
import { documentBundles } from '../../src/language/fhir/fhir-document.js';
import type { MedicationStatement } from '../../src/language/fhir/fhir-types.js';
import { renderMarkdown } from '../../src/language/summary/render-markdown.js';
import { summarizeDocument } from '../../src/language/summary/summary-document.js';
import { complete, diagnose, services, validate, type Row } from './helpers.js';

/** An adult with a normal creatinine, so that no renal caution joins the rows. */
function withDrug(line: string, history = ''): string {
    return `case P {\n    patient { age 40 years sex female weight 60 kg height 165 cm }\n    history { ${history} }\n    labs { creatinine 0.8 mg/dL }\n    treatment {\n        ${line}\n    }\n}`;
}

/** The rows a prescription line gets (the CARE checklist and classification left out). */
async function rows(text: string): Promise<Row[]> {
    return (await diagnose(text)).filter(r => !/^(care|classification)/.test(r.code));
}

const shown = (list: Row[]) => list.map(r => [r.code, r.severity, r.text]);

async function fix(text: string, code: string, at: string): Promise<{ diagnostic: Diagnostic; actions: CodeAction[]; fixed: (a: CodeAction) => string }> {
    const document = await validate(text);
    const diagnostic = document.diagnostics!.find(d => d.code === code && document.textDocument.getText(d.range) === at);
    if (!diagnostic) throw new Error(`no ${code} at ${at}`);
    const actions = await services.Calc.lsp.CodeActionProvider!.getCodeActions(document, {
        textDocument: { uri: document.uri.toString() }, range: diagnostic.range, context: { diagnostics: [diagnostic] }
    }) as CodeAction[];
    const fixed = (action: CodeAction) => TextDocument.applyEdits(TextDocument.create('file:///x.calc', 'calc', 1, text), Object.values(action.edit!.changes!)[0]);
    return { diagnostic, actions, fixed };
}

describe('a schedule shorthand after a route is read, with one diagnostic at it and a fix that writes the words (clinical review 3 changed the error)', () => {
    it.each([
        ['drug cinacalcet 30 mg po od', 'od', 'warning', '`od` is read as `daily`, but it is on ISMP\'s list of error-prone abbreviations (mistaken as "right eye" (OD, oculus dexter)): write `daily`. Source: ISMP\'s list of error-prone abbreviations.', 'daily'],
        ['drug sevelamer 800 mg oral tds', 'tds', 'information', '`tds` is read as `3 times a day`: write `3 times a day`, which reads the same to every reader.', '3 times a day'],
        ['drug sodiumThiosulfate 25 g iv tiw', 'tiw', 'warning', '`tiw` is read as `3 times a week`, but it is on ISMP\'s list of error-prone abbreviations (mistaken as "3 times a day" or "twice in a week"): write `3 times a week`. Source: ISMP\'s list of error-prone abbreviations.', '3 times a week']
    ])('%s', async (line, word, severity, message, words) => {
        const found = await rows(withDrug(line));
        // No parser error, no dose-schedule-missing: the one message.
        expect(shown(found)).toEqual([['schedule-shorthand', severity, word]]);
        expect(found[0].message).toBe(message);
        const text = withDrug(line);
        const { diagnostic, actions, fixed } = await fix(text, 'schedule-shorthand', word);
        expect(diagnostic.range.start.line).toBe(5);
        expect(actions.map(a => [a.title, a.isPreferred])).toEqual([[`Change to ${words}`, true]]);
        const after = fixed(actions[0]);
        expect(after).toContain(line.replace(new RegExp(`${word}$`), words));
        expect(shown(await rows(after)).filter(r => r[0] === 'syntax' || r[0] === 'schedule-shorthand' || r[0] === 'dose-schedule-missing')).toEqual([]);
    });

    it('where the route goes, the shorthand is the schedule (no route), with the same fix', async () => {
        const text = withDrug('drug sevelamer 800 mg tds');
        const found = await rows(text);
        expect(shown(found)).toEqual([['schedule-shorthand', 'information', 'tds']]);
        const { actions, fixed } = await fix(text, 'schedule-shorthand', 'tds');
        expect(actions.map(a => a.title)).toEqual(['Change to 3 times a day']);
        expect(fixed(actions[0])).toContain('drug sevelamer 800 mg 3 times a day');
    });

    it('another word where the schedule goes is one error at it, the schedule after it still read', async () => {
        const found = await rows(withDrug('drug sodiumThiosulfate 25 g iv thricely weekly'));
        expect(shown(found)).toEqual([['syntax', 'error', 'thricely']]);
        expect(found[0].message).toMatch(/^`thricely` is not read: if it belongs to the drug's schedule, write one such as `3 times a week`/);
    });

    it('po is the oral route (SNOMED CT 26643006)', async () => {
        const document = await validate(withDrug('drug cinacalcet 30 mg po daily'));
        const [drug] = services.Calc.clinical.Analysis.analysisOf(document.parseResult.value.cases[0]).facts.drugs;
        expect(drug.routeEntry?.term).toBe('oral');
        expect(drug.routeEntry?.snomed.code).toBe('26643006');
    });
});

describe('a drug name of two words: one error at the name, with a fix to the catalogue term', () => {
    it('drug sodium thiosulfate 25 g iv 3 times a week', async () => {
        const text = withDrug('drug sodium thiosulfate 25 g iv 3 times a week');
        const found = await rows(text);
        expect(shown(found)).toEqual([['syntax', 'error', 'sodium thiosulfate']]);
        expect(found[0].message).toBe('Drug names are one word: write `sodiumThiosulfate`.');
        const { actions, fixed } = await fix(text, 'syntax', 'sodium thiosulfate');
        expect(actions.map(a => [a.title, a.isPreferred])).toEqual([['Change to sodiumThiosulfate', true]]);
        const after = fixed(actions[0]);
        expect(after).toContain('drug sodiumThiosulfate 25 g iv 3 times a week');
        expect(await rows(after)).toEqual([]);
    });

    it('the drug is still read, so its dose is judged and its cautions hold', async () => {
        const document = await validate(withDrug('drug sodium thiosulfate 25 g iv 3 times a week', 'condition haemodialysis'));
        const [verdict] = services.Calc.clinical.Analysis.analysisOf(document.parseResult.value.cases[0]).doses;
        expect(verdict.status).toBe('within');
    });

    it('words that name no drug: one error at the extra words, and the first word checked as a name', async () => {
        const found = await rows(withDrug('drug warfarin oral 5 mg daily'));
        expect(shown(found)).toEqual([['syntax', 'error', 'oral']]);
        expect(found[0].message).toBe("`oral` is not read: a drug's name is one word, and the dose follows it, as in `drug sevelamer 800 mg oral 3 times a day`.");
    });

    it('a known two-word name followed by a stray word: the name\'s error and one at the stray word', async () => {
        const found = await rows(withDrug('drug sodium thiosulfate iv 25 g iv 3 times a week'));
        expect(shown(found)).toEqual([['syntax', 'error', 'sodium thiosulfate'], ['syntax', 'error', 'iv']]);
        expect(found[1].message).toMatch(/^`iv` is not read: a drug's name is one word, and the dose follows it/);
    });

    it('a missing dose after two words is the parser\'s one error, nothing more', async () => {
        const found = await rows(withDrug('drug sodium thiosulfate iv daily'));
        expect(shown(found)).toEqual([['syntax', 'error', 'daily']]);
        expect(found[0].message).toMatch(/^Expected a number after `iv`, found `daily`/);
    });
});

describe('abbreviations and terms recorded elsewhere', () => {
    it('STS is sodium thiosulfate', async () => {
        expect(await rows(withDrug('drug STS 25 g iv 3 times a week'))).toEqual([]);
    });

    it('hyperphosphataemia as a condition says it is a phosphate result', async () => {
        const found = await rows(withDrug('drug cinacalcet 30 mg oral daily', 'condition hyperphosphataemia'));
        expect(shown(found)).toEqual([['unknown-term', 'warning', 'hyperphosphataemia']]);
        expect(found[0].message).toBe('`hyperphosphataemia` is not a known condition: a high phosphate (inorganic phosphorus) is recorded as a result, `labs { phosphate … }`.');
    });

    it('American spelling and low states too: hypocalcemia', async () => {
        const [row] = await rows(withDrug('drug cinacalcet 30 mg oral daily', 'condition hypocalcemia'));
        expect(row.message).toMatch(/^`hypocalcemia` is not a known condition: a low calcium.* is recorded as a result, `labs \{ calcium … \}`\./);
    });

    it('a drug written as a condition says where a drug goes', async () => {
        const [row] = await rows(withDrug('drug cinacalcet 30 mg oral daily', 'condition sevelamer'));
        expect([row.code, row.text]).toEqual(['unknown-term', 'sevelamer']);
        expect(row.message).toContain('it is recorded as `treatment { drug sevelamer … }`');
    });

    it('British and American spellings match in "did you mean"', async () => {
        const [row] = await rows(withDrug('drug cinacalcet 30 mg oral daily', 'condition haemodialysys'));
        expect(row.message).toMatch(/Did you mean .*dialysis/);
    });
});

describe('a drug marked stopped', () => {
    const calciphylaxis = (line: string) => `case C {\n    patient { age 50 years sex female weight 70 kg }\n    lesion L1 { site left thigh morphology retiformPurpura livedo pain severe }\n    treatment {\n        ${line}\n    }\n}`;

    it('its caution is information that says it was stopped, and the dose is not judged', async () => {
        const text = calciphylaxis('drug warfarin 5 mg oral daily stopped "on day 3"');
        const found = (await rows(text)).filter(r => r.code.startsWith('d'));
        expect(shown(found)).toEqual([['drug-caution', 'information', 'warfarin']]);
        expect(found[0].message).toMatch(/^Warfarin in calciphylaxis \(recorded as stopped, as advised\): /);
        const document = await validate(text);
        const [verdict] = services.Calc.clinical.Analysis.analysisOf(document.parseResult.value.cases[0]).doses;
        expect(verdict.text).toBe('stopped: the dose is not checked');
    });

    it('without `stopped` the caution is a warning and leads the verdict', async () => {
        const text = calciphylaxis('drug warfarin 5 mg oral daily "stopped on day 3"');
        const found = (await rows(text)).filter(r => r.code.startsWith('d'));
        expect(shown(found)).toEqual([['drug-caution', 'warning', 'warfarin']]);
        const document = await validate(text);
        const [verdict] = services.Calc.clinical.Analysis.analysisOf(document.parseResult.value.cases[0]).doses;
        expect(verdict.text).toMatch(/the caution leads/);
    });

    it('is a risk factor taken, not given, and the step that stops it says it was stopped', async () => {
        const document = await validate(calciphylaxis('drug warfarin 5 mg oral daily stopped "on day 3"'));
        const analysis = services.Calc.clinical.Analysis.analysisOf(document.parseResult.value.cases[0]);
        expect(analysis.classification.reasons.map(r => r.text)).toContain('warfarin taken, recorded as stopped (a calciphylaxis risk factor)');
        const stops = analysis.management.steps.find(s => s.step.key === 'calciphylaxisTriggers')!;
        expect(stops.why).toBe('recorded: Warfarin (recorded as stopped)');
    });

    it('chronic kidney disease of no recorded stage does not make calciphylaxis non-uraemic', async () => {
        const text = calciphylaxis('drug warfarin 5 mg oral daily').replace('lesion L1', 'history { condition chronicKidneyDisease }\n    lesion L1');
        const document = await validate(text);
        const cause = services.Calc.clinical.Analysis.analysisOf(document.parseResult.value.cases[0]).management.steps.find(s => s.step.key === 'calciphylaxisCause')!;
        expect(cause.fit).toBe('alternative');
        expect(cause.why).toMatch(/^chronic kidney disease is recorded without dialysis or an eGFR: this step is for calciphylaxis without kidney failure \(record dialysis or the eGFR\); recorded: warfarin given$/);
        const thiosulfate = services.Calc.clinical.Analysis.analysisOf(document.parseResult.value.cases[0]).management.steps.find(s => s.step.key === 'calciphylaxisThiosulfate')!;
        expect([thiosulfate.fit, thiosulfate.why]).toEqual(['alternative', 'used in calciphylaxis in kidney failure and also without it (off-label); chronic kidney disease is recorded without dialysis or an eGFR (record them)']);
        const staged = await validate(text.replace('treatment {', 'labs { egfr 50 mL/min/1.73m2 }\n    treatment {'));
        const withStage = services.Calc.clinical.Analysis.analysisOf(staged.parseResult.value.cases[0]).management.steps.find(s => s.step.key === 'calciphylaxisCause')!;
        expect([withStage.fit, withStage.why]).toEqual(['suited', 'non-uraemic calciphylaxis: warfarin given']);
        const stagedThiosulfate = services.Calc.clinical.Analysis.analysisOf(staged.parseResult.value.cases[0]).management.steps.find(s => s.step.key === 'calciphylaxisThiosulfate')!;
        expect([stagedThiosulfate.fit, stagedThiosulfate.why]).toEqual(['alternative', 'also used in non-uraemic calciphylaxis (off-label)']);
    });

    it('the summary\'s Done and the FHIR MedicationStatement say stopped', async () => {
        const document = await validate(calciphylaxis('drug warfarin 5 mg oral daily stopped "on day 3"'));
        const markdown = renderMarkdown(summarizeDocument(document, services.Calc.clinical.Analysis).summaries);
        expect(markdown).toContain('- **Done:** Warfarin 5 mg oral daily stopped (on day 3)');
        const [bundle] = documentBundles(document, services.Calc.clinical.Analysis).bundles;
        const statement = bundle.entry.map(e => e.resource).find((r): r is MedicationStatement => r.resourceType === 'MedicationStatement')!;
        expect([statement.status, statement.dosage?.[0].text]).toEqual(['stopped', '5 mg oral daily stopped']);
    });

    it('completion offers `stopped` after the schedule', async () => {
        const items = await complete('case A {\n    treatment {\n        drug warfarin 5 mg oral daily |\n    }\n}\n');
        expect(items.map(i => i.label)).toContain('stopped');
    });

    it('`stopped` after a rate and before the note', async () => {
        const found = (await rows(calciphylaxis('drug warfarin 1 mg/day stopped "on day 3"'))).filter(r => r.code.startsWith('d') || r.code === 'syntax');
        expect(shown(found)).toEqual([['drug-caution', 'information', 'warfarin']]);
    });
});
