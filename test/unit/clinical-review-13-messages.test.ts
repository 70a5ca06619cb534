/**
 * Clinical review 13, items 13 and 22: messages that said too little or said it twice.
 * A timing the language does not read is told to go in the note; a weight in pounds is read in kg;
 * a lab unit in another case (`pmol/l`) is its usual unit, so that its other unit is the other one.
 */
import type { CodeAction } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { describe, expect, it } from 'vitest';
import { formatSummary } from '../../src/cli/summary.js';
import { summarizeDocument } from '../../src/language/summary/summary-document.js';
import { diagnose, services, validate } from './helpers.js';

async function summaryMarkdown(text: string): Promise<string> {
    return formatSummary(summarizeDocument(await validate(text), services.Calc.clinical.Analysis), 'markdown');
}

async function hints(text: string): Promise<string[]> {
    const document = await validate(text);
    const result = await services.Calc.lsp.InlayHintProvider!.getInlayHints(document, {
        textDocument: { uri: document.uri.toString() },
        range: { start: { line: 0, character: 0 }, end: document.textDocument.positionAt(text.length) }
    });
    return (result ?? []).map(h => `${h.position.line + 1}: ${typeof h.label === 'string' ? h.label : h.label.map(part => part.value).join('')}`);
}

/** One prescription for an adult on haemodialysis; line 6 is the drug. */
function withDrug(line: string): string {
    return `case P {\n    patient { age 60 years sex male weight 70 kg height 175 cm }\n    history { condition haemodialysis }\n    labs { calcium 9.4 mg/dL }\n    treatment {\n        ${line}\n    }\n}`;
}

const syntaxRows = async (text: string) => (await diagnose(text)).filter(r => r.code === 'syntax');

describe('a timing other than with/before/after meals or at bedtime goes in the note', () => {
    it('`after dialysis` is one error at `dialysis`, saying to write "after dialysis" as the note', async () => {
        expect(await syntaxRows(withDrug('drug heparin 5000 units sc 3 times a week after dialysis'))).toEqual([{
            code: 'syntax', severity: 'error', line: 6, text: 'dialysis',
            message: '`after dialysis` is not a timing the language reads: a drug\'s timing is `with meals`, `before meals`, `after meals` (`food` reads as `meals`) or `at bedtime`. Write any other timing in the note at the end of the line, as `"after dialysis"`.'
        }]);
    });

    it('`with food` is read as `with meals` (the cinacalcet label\'s words, clinical review 14); `at night` names itself as the note to write', async () => {
        expect(await syntaxRows(withDrug('drug cinacalcet 30 mg oral once daily with food'))).toEqual([]);
        const document = await validate(withDrug('drug cinacalcet 30 mg oral once daily with food'));
        expect(services.Calc.clinical.Analysis.analysisOf(document.parseResult.value.cases[0]).facts.drugs[0].when?.code).toBe('C');
        const [night] = await syntaxRows(withDrug('drug cinacalcet 30 mg oral daily at night'));
        expect(night).toMatchObject({ line: 6, text: 'night' });
        expect(night.message).toMatch(/^`at night` is not a timing .* as `"at night"`\.$/);
    });

    it('the summary does not read the `meals` the parser put in: no "after meals" for `after dialysis`', async () => {
        const markdown = await summaryMarkdown(withDrug('drug heparin 5000 units sc 3 times a week after dialysis'));
        expect(markdown).toContain('- **Done:** Heparin (unfractionated) 5000 units sc 3 times a week\n');
        expect(markdown).not.toContain('a week after meals');
        expect(await summaryMarkdown(withDrug('drug sevelamer 800 mg oral three times daily after meals'))).toContain('- **Done:** Sevelamer 800 mg oral 3 times a day after meals\n');
    });

    it('the note written as advised parses: no syntax error', async () => {
        expect(await syntaxRows(withDrug('drug heparin 5000 units sc 3 times a week "after dialysis"'))).toEqual([]);
    });

    it('`after` before a text is told the same', async () => {
        const [row] = await syntaxRows(withDrug('drug heparin 5000 units sc 3 times a week after "dialysis"'));
        expect(row.message).toMatch(/^Expected `meals` after `after`, found `"dialysis"`: a drug's timing is .* as `"after dialysis"`\.$/);
    });
});

describe('a weight in pounds is read, converted to kg', () => {
    const patient = (weight: string) => `case P {\n    patient { age 60 years sex male weight ${weight} height 175 cm }\n    labs { creatinine 1.0 mg/dL }\n    treatment {\n        drug calcitriol 0.25 mcg oral daily\n    }\n}`;

    it('`weight 180 lb` is no unit error, and the summary shows 81.6 kg', async () => {
        for (const weight of ['180 lb', '180 lbs', '180 pounds']) {
            expect((await diagnose(patient(weight))).filter(r => r.code.startsWith('unit'))).toEqual([]);
            expect(await summaryMarkdown(patient(weight))).toContain('Management summary of `P` · 60 years · male · 81.6 kg · 175 cm');
        }
    });

    it('an inlay hint beside `lb` gives the weight in kg; none beside a weight in kg', async () => {
        expect(await hints(patient('180 lb'))).toContain('2: = 81.6 kg');
        expect((await hints(patient('81.6 kg'))).filter(h => h.startsWith('2:'))).toEqual([]);
    });

    it('a weight in a unit that is no mass, or no unit, is an error at its unit saying what to write', async () => {
        expect((await diagnose(patient('180 cm'))).filter(r => r.code === 'unit-invalid')).toEqual([
            { code: 'unit-invalid', severity: 'error', line: 2, text: 'cm', message: '`cm` is not a unit of mass: write it in `kg` (or `lb`, converted to kg).' }
        ]);
        expect((await diagnose(patient('11 stone'))).filter(r => r.code === 'unit-invalid')).toEqual([
            { code: 'unit-invalid', severity: 'error', line: 2, text: 'stone', message: '`stone` is not a unit: write it in `kg` (or `lb`, converted to kg).' }
        ]);
    });

    it('an age or a height in no unit of its kind says the units it takes', async () => {
        const rows = (await diagnose('case P {\n    patient { age 60 yers height 175 kg }\n}')).filter(r => r.code === 'unit-invalid');
        expect(rows.map(r => [r.text, r.message])).toEqual([
            ['yers', '`yers` is not a unit: write it in `years`, `months`, `weeks` or `days`.'],
            ['kg', '`kg` is not a unit of length: write it in `cm` or `m`.']
        ]);
    });
});

describe('a lab unit written in another case is its usual unit', () => {
    const labs = (lines: string[]) => `case P {\n    patient { age 60 years sex male }\n    history { condition haemodialysis }\n    labs {\n${lines.map(l => `        ${l}\n`).join('')}    }\n}`;

    it('the other unit is the other one: PTH 95 pmol/l (895 pg/mL), phosphate 5.1 mg/dl (1.65 mmol/L), and a hint to write pmol/L', async () => {
        const rows = await diagnose(labs(['phosphate 5.1 mg/dl', 'pth 95 pmol/l']));
        expect(rows.filter(r => r.code === 'lab-out-of-range').map(r => [r.line, r.message])).toEqual([
            [5, 'Phosphate (inorganic phosphorus) 5.1 mg/dL (1.65 mmol/L) is high: above the adult (20 years and over) reference 2.5–4.5 mg/dL by 0.6 mg/dL. Source: Davis\'s Lab & Diagnostic Tests.'],
            [6, 'Parathyroid hormone (intact) 95 pmol/L (895 pg/mL) is high: above the KDIGO target on dialysis or in CKD G5 (2 to 9 × the upper limit 65 pg/mL) 13.8–62.1 pmol/L (130–585 pg/mL) by 32.9 pmol/L. Source: KDIGO 2009 PTH target (PMC4284424).']
        ]);
        expect(rows.filter(r => r.code === 'unit-suspect')).toEqual([
            { code: 'unit-suspect', severity: 'hint', line: 5, text: 'mg/dl', message: '`mg/dl` is read as mg/dL, its usual spelling (UCUM reads `l` and `L` alike): write `mg/dL`.' },
            { code: 'unit-suspect', severity: 'hint', line: 6, text: 'pmol/l', message: '`pmol/l` is read as pmol/L, its usual spelling (UCUM reads `l` and `L` alike): write `pmol/L`.' }
        ]);
    });

    it('the summary shows the other unit, not the written one again', async () => {
        const markdown = await summaryMarkdown(labs(['calcium 2.4 mmol/l', 'pth 95 pmol/l']));
        expect(markdown).toContain('| Calcium (total) | **2.4 mmol/L** (9.62 mg/dL) | 8.8–10.4 mg/dL (2.2–2.6 mmol/L)');
        expect(markdown).toContain('| Parathyroid hormone (intact) | **95 pmol/L** (895 pg/mL) |');
    });

    it('a unit slip in lower case is caught as in the usual spelling: calcium 9.4 mmol/l is likely mg/dL, one message at the unit', async () => {
        const rows = (await diagnose(labs(['calcium 9.4 mmol/l']))).filter(r => r.code.startsWith('unit') || r.code.startsWith('lab'));
        expect(rows).toEqual([expect.objectContaining({ code: 'unit-suspect', severity: 'warning', line: 5, text: 'mmol/l' })]);
        expect(rows[0].message).toMatch(/the unit is likely mg\/dL\.$/);
    });

    it('the hint\'s quick fix writes pmol/L, and then no hint is left', async () => {
        const text = labs(['pth 95 pmol/l']);
        const document = await validate(text);
        const diagnostic = document.diagnostics!.find(d => d.code === 'unit-suspect')!;
        const actions = await services.Calc.lsp.CodeActionProvider!.getCodeActions(document, {
            textDocument: { uri: document.uri.toString() }, range: diagnostic.range, context: { diagnostics: [diagnostic] }
        }) as CodeAction[];
        expect(actions.map(a => a.title)).toEqual(['Change the unit to pmol/L']);
        const fixed = TextDocument.applyEdits(TextDocument.create('file:///x.calc', 'calc', 1, text), Object.values(actions[0].edit!.changes!)[0]);
        expect(fixed).toBe(labs(['pth 95 pmol/L']));
        expect((await diagnose(fixed)).filter(r => r.code === 'unit-suspect')).toEqual([]);
    });

    it('the usual spelling gets no hint', async () => {
        expect((await diagnose(labs(['pth 95 pmol/L']))).filter(r => r.code === 'unit-suspect')).toEqual([]);
    });
});

describe('bicarbonate, which the sodium thiosulfate caution asks to check, is an analyte', () => {
    const withLab = (line: string) => `case P {\n    patient { age 60 years sex male }\n    history { condition haemodialysis }\n    labs {\n        ${line}\n    }\n}`;

    it('bicarbonate 18 mmol/L is low against MedlinePlus\'s 23–29 mmol/L; no unknown-term', async () => {
        const rows = await diagnose(withLab('bicarbonate 18 mmol/L'));
        expect(rows.filter(r => r.code === 'unknown-term')).toEqual([]);
        expect(rows.filter(r => r.code.startsWith('lab') || r.code.startsWith('unit'))).toEqual([{
            code: 'lab-out-of-range', severity: 'warning', line: 5, text: '18',
            message: 'Bicarbonate (total CO2) 18 mmol/L is low: below the adult (18 years and over) reference 23–29 mmol/L by 5 mmol/L. Source: MedlinePlus, CO2 blood test.'
        }]);
    });

    it('mEq/L is the same number (one charge), and hco3 or tco2 name it too', async () => {
        for (const line of ['bicarbonate 18 mEq/L', 'hco3 18 meq/L', 'tco2 18 mmol/L']) {
            const rows = (await diagnose(withLab(line))).filter(r => r.code.startsWith('lab') || r.code.startsWith('unit') || r.code === 'unknown-term');
            expect(rows.map(r => r.message), line).toEqual([expect.stringMatching(/^Bicarbonate \(total CO2\) 18 mmol\/L is low: below the adult .* reference 23–29 mmol\/L by 5 mmol\/L\./)]);
        }
        expect((await diagnose(withLab('bicarbonate 25 mEq/L'))).filter(r => r.code.startsWith('lab') || r.code.startsWith('unit'))).toEqual([]);
    });

    it('a number no patient has is a typing slip; a unit of mass is an error naming mmol/L', async () => {
        const [slip] = (await diagnose(withLab('bicarbonate 250 mmol/L'))).filter(r => r.code === 'lab-implausible');
        expect(slip.message).toBe('Bicarbonate (total CO2) 250 mmol/L is outside what a living patient can have (1–70 mmol/L): a typing slip? Did you mean 25?');
        const [unit] = (await diagnose(withLab('bicarbonate 18 mg/dL'))).filter(r => r.code === 'unit-invalid');
        expect(unit).toMatchObject({ text: 'mg/dL', message: '`mg/dL` is not a unit of bicarbonate (total CO2): write it in mmol/L.' });
    });

    it('mEq/L of calcium (two charges) is not read as mmol/L', async () => {
        const [unit] = (await diagnose(withLab('calcium 4.8 mEq/L'))).filter(r => r.code === 'unit-invalid');
        expect(unit).toMatchObject({ text: 'mEq/L', message: '`mEq/L` is not a unit of calcium (total): write it in mg/dL or mmol/L.' });
    });

    it('the summary lists it; a child is not held to the adult interval', async () => {
        expect(await summaryMarkdown(withLab('bicarbonate 18 mmol/L'))).toMatch(/\| Bicarbonate \(total CO2\) \| \*\*18 mmol\/L\*\* \| 23–29 mmol\/L, adult \(18 years and over\)<sup>\d+<\/sup> \| \*\*▼ Low\*\* \|/);
        const child = withLab('bicarbonate 18 mmol/L').replace('age 60 years', 'age 10 years');
        expect((await diagnose(child)).filter(r => r.code === 'lab-out-of-range')).toEqual([]);
    });
});

describe('one concern, one message (clinical review 13, item 13)', () => {
    const hd = (drugs: string[], labs = 'calcium 10.8 mg/dL albumin 4 g/dL') => `case P {\n    patient { age 60 years sex male weight 70 kg height 175 cm }\n    history { condition haemodialysis }\n    labs { ${labs} }\n    diagnosis { type calciphylaxis }\n    treatment {\n${drugs.map(d => `        ${d}\n`).join('')}    }\n}`;
    const drugRows = async (text: string) => (await diagnose(text)).filter(r => r.code.startsWith('drug') || r.code.startsWith('dose'));

    it('gabapentin above its band on dialysis: the dose warning alone, not the caution that lists the bands beside it', async () => {
        expect(await drugRows(hd(['drug gabapentin 600 mg oral 3 times a day']))).toEqual([{
            code: 'dose-out-of-range', severity: 'warning', line: 7, text: '600',
            message: 'Gabapentin as written gives 1800 mg/day: above the label\'s most, 300 mg/day, on dialysis (the label\'s dose below a creatinine clearance of 15 mL/min), with a supplemental 125–350 mg after each haemodialysis session. Source: gabapentin label.'
        }]);
    });

    it('gabapentin within its band keeps the caution with the label\'s bands, as information that says the dose fits (clinical review 14)', async () => {
        const rows = await drugRows(hd(['drug gabapentin 100 mg oral 3 times a day']));
        expect(rows.map(r => [r.code, r.severity])).toEqual([['drug-caution', 'information']]);
        expect(rows[0].message).toMatch(/^Gabapentin on dialysis: 300 mg\/day: within the label's 100–300 mg\/day on dialysis .*; gabapentin is cleared by the kidney: the label lowers the total daily dose .* after each haemodialysis session\.$/);
    });

    it('calcitriol in calciphylaxis with a high calcium: one error naming both reasons and both advices', async () => {
        expect(await drugRows(hd(['drug calcitriol 0.5 mcg oral daily']))).toEqual([{
            code: 'drug-caution', severity: 'error', line: 7, text: 'calcitriol',
            message: 'Calcitriol (active vitamin D) in calciphylaxis and with a high calcium (10.8 mg/dL): active vitamin D is a calciphylaxis risk factor: stop it in calciphylaxis; calcitriol and alfacalcidol are contraindicated in hypercalcaemia: stop active vitamin D until the calcium is normal.'
        }]);
    });

    it('calcium acetate in calciphylaxis with a high calcium: one error, citing each source in the summary', async () => {
        const text = hd(['drug calciumAcetate 667 mg oral 3 times daily with meals']);
        expect(await drugRows(text)).toEqual([{
            code: 'drug-caution', severity: 'error', line: 7, text: 'calciumAcetate',
            message: 'Calcium acetate in calciphylaxis and with a high calcium (10.8 mg/dL): in calciphylaxis stop calcium-based binders and calcium supplements: use a calcium-free binder (sevelamer, lanthanum); calcium acetate is contraindicated in hypercalcaemia: stop it and bind phosphate with a calcium-free binder.'
        }]);
        const markdown = await summaryMarkdown(text);
        const line = markdown.split('\n').find(l => l.startsWith('- **Calcium acetate:** For this patient:'))!;
        expect(line).toMatch(/bind phosphate with a calcium-free binder\.<sup>\d+, \d+, \d+<\/sup>$/);
    });

    it('with a normal calcium, calcitriol in calciphylaxis is its one warning, as before', async () => {
        const rows = await drugRows(hd(['drug calcitriol 0.5 mcg oral daily'], 'calcium 9.2 mg/dL albumin 3.9 g/dL'));
        expect(rows).toEqual([expect.objectContaining({
            code: 'drug-caution', severity: 'warning',
            message: 'Calcitriol (active vitamin D) in calciphylaxis: active vitamin D is a calciphylaxis risk factor: stop it in calciphylaxis.'
        })]);
    });
});
