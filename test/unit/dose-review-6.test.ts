/**
 * A clinician's review of the dose checks (test/unit/cases/dose6): each finding as the user
 * sees it (diagnostic code, severity, line, covered text, message; the summary's verdict).
 */
import * as fs from 'node:fs';
import type { CodeAction } from 'vscode-languageserver';
import { describe, expect, it } from 'vitest';
import type { MedicationStatement } from '../../src/language/fhir/fhir-types.js';
import { documentBundles } from '../../src/language/fhir/fhir-document.js';
import { diagnose, doseVerdicts, type Row, services, summaryMarkdownUncited, validate } from './helpers.js';

const doseCase = (name: string): string => fs.readFileSync(`test/unit/cases/dose6/${name}.calc`, 'utf8');
/** The case with a prescription line written otherwise (not its comments). */
const withDrug = (name: string, from: string, to: string): string => {
    const lines = doseCase(name).split('\n');
    const at = lines.findIndex(line => line.trimStart().startsWith('drug ') && line.includes(from));
    expect(at, from).toBeGreaterThan(-1);
    lines[at] = lines[at].replace(from, to);
    return lines.join('\n');
};
const shown = (rows: Row[]) => rows.map(r => [r.code, r.severity, r.line, r.text, r.message]);
const atLine = async (text: string, line: number, code = 'dose-out-of-range') => (await diagnose(text)).filter(r => r.line === line && r.code === code);

const EDINBURGH = 'the reported 12.5–25 g iv 3 times a week (adults with calciphylaxis on haemodialysis) (Edinburgh Renal Unit handbook)';

describe('1. a decimal-point slip is asked about beside the verdict', () => {
    it('sodium thiosulfate 125 g iv three times a week: above the regimen, did you mean 12.5 g?', async () => {
        const rows = await atLine(doseCase('tenfold-thiosulfate'), 17);
        expect(shown(rows)).toEqual([['dose-out-of-range', 'warning', 17, '125',
            `Sodium thiosulfate 125 g iv 3 times a week: above ${EDINBURGH}. Did you mean 12.5 g (a decimal-point slip)? A tenth of the dose fits the reported 12.5–25 g iv 3 times a week (Edinburgh Renal Unit handbook).`]]);
        expect(await summaryMarkdownUncited(doseCase('tenfold-thiosulfate'))).toContain('Sodium thiosulfate 125 g iv 3 times a week (line 17): ⚠ above the reported 12.5–25 g iv 3 times a week (adults with calciphylaxis on haemodialysis); did you mean 12.5 g (a tenth of the dose fits it)?');
    });

    it('the quick fix offers the tenth, not as the preferred fix (it is a question)', async () => {
        const text = doseCase('tenfold-thiosulfate');
        const document = await validate(text);
        const diagnostic = document.diagnostics!.find(d => d.code === 'dose-out-of-range')!;
        const actions = await services.Calc.lsp.CodeActionProvider!.getCodeActions(document, {
            textDocument: { uri: document.uri.toString() }, range: diagnostic.range, context: { diagnostics: [diagnostic] }
        }) as CodeAction[];
        expect(actions.map(a => [a.title, a.isPreferred, Object.values(a.edit!.changes!)[0][0].newText])).toEqual([['Change to 12.5 (a decimal-point slip?)', false, '12.5']]);
    });

    it('ten times a dose below: 2.5 g reads as 25 g', async () => {
        const rows = await atLine(withDrug('tenfold-thiosulfate', '125 g', '2.5 g'), 17);
        expect(rows.map(r => r.message)).toEqual([expect.stringMatching(/: below the reported 12\.5–25 g .* Did you mean 25 g \(a decimal-point slip\)\? Ten times the dose fits the reported 12\.5–25 g iv 3 times a week \(Edinburgh Renal Unit handbook\)\.$/)]);
    });

    it('no question where the tenth fits no regimen: 60 g is above, and 6 g is below every one', async () => {
        const rows = await atLine(withDrug('tenfold-thiosulfate', '125 g', '60 g'), 17);
        expect(rows).toHaveLength(1);
        expect(rows[0].message).not.toContain('Did you mean');
        expect(rows[0].message).toMatch(/^Sodium thiosulfate 60 g iv 3 times a week: above the reported 12\.5–25 g/);
    });

    it('no question where the tenth fits the amount but not the schedule: 125 g daily', async () => {
        const rows = await atLine(withDrug('tenfold-thiosulfate', '125 g iv three times a week', '125 g iv daily'), 17);
        expect(rows).toHaveLength(1);
        expect(rows[0].message).not.toContain('Did you mean');
    });
});

describe('2. an infusion time given as a range: FHIR duration and durationMax, held by its shortest end', () => {
    const ranged = (over: string) => withDrug('tenfold-thiosulfate', '125 g iv three times a week', `25 g iv ${over} three times a week`);

    it('`over 30-60 minutes` (three errors before) is read: no diagnostic at the line, the verdict within, the FHIR range', async () => {
        const text = ranged('over 30-60 minutes');
        const rows = (await diagnose(text)).filter(r => r.line === 17 && r.code !== 'drug-caution');
        expect(rows).toEqual([]);
        expect(await summaryMarkdownUncited(text)).toContain('Sodium thiosulfate 25 g iv over 30-60 minutes 3 times a week (line 17): within the reported 12.5–25 g iv 3 times a week');
        const [bundle] = documentBundles(await validate(text), services.Calc.clinical.Analysis).bundles;
        const statement = bundle.entry.map(e => e.resource).find((r): r is MedicationStatement => r.resourceType === 'MedicationStatement')!;
        expect(statement.dosage![0].timing).toEqual({ repeat: { frequency: 3, period: 1, periodUnit: 'wk', duration: 30, durationMax: 60, durationUnit: 'min' } });
    });

    it('`over 30 to 60 minutes` reads alike', async () => {
        expect((await diagnose(ranged('over 30 to 60 minutes'))).filter(r => r.line === 17 && r.code !== 'drug-caution')).toEqual([]);
    });

    it('a range whose shortest end is under the protocols\' 30 minutes is the infusion warning, at `over …`', async () => {
        const rows = await atLine(ranged('over 15-60 minutes'), 17);
        expect(shown(rows)).toEqual([['dose-out-of-range', 'warning', 17, 'over 15-60 minutes',
            'Sodium thiosulfate over 15-60 minutes (at its shortest, 15 min): faster than the shortest infusion the calciphylaxis protocols give, 30 min; the Edinburgh protocol gives it in the last 30 to 60 minutes of each haemodialysis session, and Badawi 2020 over 30 minutes in dystrophic calcinosis. Sources: Edinburgh Renal Unit handbook; Badawi 2020.']]);
    });

    it('the longer time first is one error at `over …` that says what to write', async () => {
        const rows = (await diagnose(ranged('over 60-30 minutes'))).filter(r => r.severity === 'error');
        expect(shown(rows)).toEqual([['syntax', 'error', 17, 'over 60-30 minutes', '`over 60-30 minutes` is not a range of infusion times: write the shorter first, as in `over 30-60 minutes`.']]);
    });

    it('a dash between two numbers elsewhere keeps its one message (a dose `12.5-25 g`)', async () => {
        const rows = (await diagnose(withDrug('tenfold-thiosulfate', '125 g', '12.5-25 g'))).filter(r => r.severity === 'error');
        expect(rows.map(r => r.message)[0]).toBe('`-` between two numbers is read only in how often a drug is given (`every 3-4 weeks`) or how long an infusion takes (`over 30-60 minutes`): write one value here.');
    });
});

const CEILING = 'It is also above the maximum of 540 mg/day (diltiazem labels (Cardizem CD and others)). The most any diltiazem label gives (extended release; 540 mg studied with Cardizem CD, whose label gives up to 480 mg once daily); immediate-release tablets are usually given at 180-360 mg a day.';

describe('3. diltiazem above the labels\' most in a day', () => {
    it('720 mg/day in an adult: above the adults\' regimen and the labels\' 540 mg/day, in one warning', async () => {
        const rows = await atLine(doseCase('adult-diltiazem'), 14);
        expect(shown(rows)).toEqual([['dose-out-of-range', 'warning', 14, '720',
            `Diltiazem 720 mg/day oral: above the reported 240–480 mg/day (adults) (Palmieri 1995). ${CEILING}`]]);
        expect(await summaryMarkdownUncited(doseCase('adult-diltiazem'))).toContain('Diltiazem 720 mg/day oral (line 14): ⚠ above the reported 240–480 mg/day (adults); above the maximum of 540 mg/day (diltiazem labels (Cardizem CD and others))');
    });

    it('240 mg three times daily says the day\'s amount it is', async () => {
        const rows = await atLine(withDrug('adult-diltiazem', '720 mg/day oral', '240 mg oral three times daily'), 14);
        expect(rows.map(r => r.message)).toEqual([expect.stringContaining('(Palmieri 1995). At 720 mg/day, it is also above the maximum of 540 mg/day')]);
    });

    it('720 mg/day of the seed\'s 2–4 mg/kg/day at 190 kg, age not recorded: within the per-kg range, but above the labels\' maximum', async () => {
        const text = withDrug('adult-diltiazem', '720 mg/day oral', '720 mg/day oral').replace('age 52 years sex female weight 70 kg', 'sex female weight 190 kg');
        const rows = await atLine(text, 14);
        expect(shown(rows)).toEqual([['dose-out-of-range', 'warning', 14, '720',
            'Diltiazem 720 mg/day oral is 720 mg/day, above the maximum of 540 mg/day (diltiazem labels (Cardizem CD and others)). The most any diltiazem label gives (extended release; 540 mg studied with Cardizem CD, whose label gives up to 480 mg once daily); immediate-release tablets are usually given at 180-360 mg a day.']]);
    });

    it('480 mg/day, the top of the adults\' regimen, is within and under the maximum', async () => {
        expect(await atLine(withDrug('adult-diltiazem', '720 mg/day', '480 mg/day'), 14)).toEqual([]);
    });
});

describe('4. an adult is held to the adults\' regimen, not a per-kg range reported for no age group', () => {
    it('180 mg/day at 52 years and 70 kg: below the adults\' 240–480 mg/day (was "within" the seed\'s 2–4 mg/kg/day)', async () => {
        const text = withDrug('adult-diltiazem', '720 mg/day', '180 mg/day');
        expect(shown(await atLine(text, 14))).toEqual([['dose-out-of-range', 'warning', 14, '180', 'Diltiazem 180 mg/day oral: below the reported 240–480 mg/day (adults) (Palmieri 1995). At 70 kg it is 2.57 mg/kg/day, within the reported 2–4 mg/kg/day (Amonkar 2022, the seed report): the sources differ.']]);
        expect(await summaryMarkdownUncited(text)).toContain('Diltiazem 180 mg/day oral (line 14): ⚠ below the reported 240–480 mg/day (adults)');
    });

    it('written per kg, the adult is held alike: 3 mg/kg/day at 70 kg is 210 mg/day, below 240–480 mg/day', async () => {
        const rows = await atLine(withDrug('adult-diltiazem', '720 mg/day', '3 mg/kg/day'), 14);
        expect(rows.map(r => r.message)).toEqual(['Diltiazem 3 mg/kg/day oral is 210 mg/day at 70 kg: below the reported 240–480 mg/day (adults) (Palmieri 1995). At 70 kg it is 3 mg/kg/day, within the reported 2–4 mg/kg/day (Amonkar 2022, the seed report): the sources differ.']);
    });

    it('a child is still held to the per-kg range: 120 mg/day at 12 years and 40 kg is 3 mg/kg/day, within', async () => {
        const text = withDrug('adult-diltiazem', '720 mg/day', '120 mg/day').replace('age 52 years sex female weight 70 kg height 165 cm', 'age 12 years sex female weight 40 kg height 150 cm');
        expect(await atLine(text, 14)).toEqual([]);
        expect(await summaryMarkdownUncited(text)).toContain('Diltiazem 120 mg/day oral (line 14): 3 mg/kg/day at 40 kg: within the reported 2–4 mg/kg/day');
    });
});

describe('5. a regimen per m² with no height recorded: the dose cannot be checked, and the height is what to record', () => {
    it('rituximab 700 mg iv weekly for 4 weeks: information that names the per-m² regimen and asks for the height (was a warning against 1000 mg every 2 weeks)', async () => {
        const rows = (await diagnose(doseCase('rituximab-no-height'))).filter(r => r.line === 13 && r.code.startsWith('dose'));
        expect(shown(rows)).toEqual([['dose-out-of-range', 'information', 13, '700',
            'Rituximab 700 mg iv weekly for 4 weeks cannot be checked: the reported 375 mg/m2 iv weekly for 4 weeks (Daoussis 2012) is per m², and the body surface area is not known. Record the height to hold the dose against it (the body surface area by Mosteller).']]);
        const page = await summaryMarkdownUncited(doseCase('rituximab-no-height'));
        expect(page).toContain('Rituximab 700 mg iv weekly for 4 weeks (line 13): cannot be checked: the body surface area is not known, so the reported 375 mg/m2 iv weekly for 4 weeks cannot be read in mg; record the height');
        expect(page).not.toMatch(/700 mg iv weekly for 4 weeks \(line 13\): [^\n]*within/);
    });

    it('with neither height nor weight, both are asked for', async () => {
        const text = doseCase('rituximab-no-height').replace('age 50 years sex female weight 70 kg', 'age 50 years sex female');
        const rows = (await diagnose(text)).filter(r => r.line === 13 && r.code.startsWith('dose'));
        expect(rows.map(r => r.message)).toEqual([expect.stringContaining('Record the height and the weight to hold the dose against it')]);
    });

    it('with the height, 700 mg is read per m²: 375 mg/m² is 682 mg at 1.82 m², so 700 mg is above it', async () => {
        const text = doseCase('rituximab-no-height').replace('weight 70 kg', 'weight 70 kg height 170 cm');
        const [verdict] = await doseVerdicts(text);
        expect([verdict.status, verdict.text]).toEqual(['outside', '385 mg/m2 at 1.82 m² (Mosteller): above the reported 375 mg/m2 iv weekly for 4 weeks']);
    });

    it('an absolute dose that fits the other regimen stands: 1000 mg every 2 weeks for 4 weeks is within Narváez\'s', async () => {
        const [verdict] = await doseVerdicts(withDrug('rituximab-no-height', '700 mg iv weekly for 4 weeks', '1000 mg iv every 2 weeks for 4 weeks'));
        expect([verdict.status, verdict.text]).toEqual(['within', 'within the reported 1000 mg iv every 2 weeks for 2–4 weeks']);
    });

    it('375 mg/m² with no height: within per m², and no amount in mg is claimed in the verdict, the hover or FHIR', async () => {
        const text = doseCase('rituximab-no-height');
        const [, verdict] = await doseVerdicts(text);
        expect([verdict.status, verdict.text, verdict.perWeek, verdict.bsa]).toEqual(['within', 'within the reported 375 mg/m2 iv weekly for 4 weeks', undefined, undefined]);
        const document = await validate(text);
        const hover = await services.Calc.lsp.HoverProvider!.getHoverContent(document, { textDocument: { uri: document.textDocument.uri }, position: document.textDocument.positionAt(text.indexOf('375 mg/m2')) });
        const value = (hover?.contents as { value: string }).value;
        expect(value).toContain('✔ within the reported 375 mg/m2 iv weekly for 4 weeks (Daoussis 2012)');
        expect(value.split('Reported regimens')[0]).not.toMatch(/Exposure|BSA|\d mg(?!\/m2)/);
        const [bundle] = documentBundles(document, services.Calc.clinical.Analysis).bundles;
        const statements = bundle.entry.map(e => e.resource).filter((r): r is MedicationStatement => r.resourceType === 'MedicationStatement');
        expect(statements[1].dosage![0].doseAndRate).toEqual([{ doseQuantity: { value: 375, unit: 'mg/m2', system: 'http://unitsofmeasure.org', code: 'mg/m2' } }]);
    });
});

describe('6. ibuprofen at 16 years: held to the over-the-counter label for 12 years and over (was not checked)', () => {
    const TEEN = 'ibuprofen 200 mg over-the-counter label';

    it('400 mg three times daily: within the label\'s 200–400 mg up to 6 times a day, a dose for another indication', async () => {
        const [verdict] = await doseVerdicts(doseCase('adolescent-ibuprofen'));
        expect([verdict.status, verdict.text]).toEqual(['other-indication', 'a dose for minor aches and pains or fever, over the counter, not a regimen for calcinosis: within the reported 200–400 mg oral 1–6 times a day']);
        expect((await diagnose(doseCase('adolescent-ibuprofen'))).filter(r => r.code.startsWith('dose'))).toEqual([]);
    });

    it('400 mg every 4 hours gives 2400 mg a day: above the label\'s 1200 mg in 24 hours, which a doctor may direct otherwise', async () => {
        const rows = await atLine(withDrug('adolescent-ibuprofen', 'three times daily', 'every 4 hours'), 15);
        expect(shown(rows)).toEqual([['dose-out-of-range', 'warning', 15, '400',
            `Ibuprofen 400 mg oral every 4 hours gives 2400 mg/day: above the most a day for this patient by each source, 1200 mg/day at 12-17 years by the over-the-counter label (6 tablets of 200 mg in 24 hours, unless directed by a doctor). The prescription label's 1200-3200 mg a day is given for adults; below 18 years the over-the-counter label's most is held, which a doctor may direct otherwise. Sources: ${TEEN}.`]]);
    });

    it('800 mg three times daily: above the 200–400 mg per dose and the day\'s 1200 mg; the day\'s most is the warning', async () => {
        const rows = await atLine(withDrug('adolescent-ibuprofen', '400 mg', '800 mg'), 15);
        expect(rows.map(r => r.message)).toEqual([expect.stringMatching(/^Ibuprofen 800 mg oral 3 times a day gives 2400 mg\/day: above the most a day for this patient/)]);
        const [verdict] = await doseVerdicts(withDrug('adolescent-ibuprofen', '400 mg', '800 mg'));
        expect(verdict.status).toBe('outside');
    });

    it('at 10 years the label says ask a doctor: not checked, naming whom its regimens are for', async () => {
        const [verdict] = await doseVerdicts(doseCase('adolescent-ibuprofen').replace('age 16 years', 'age 10 years'));
        expect([verdict.status, verdict.text]).toEqual(['not-checked', 'the knowledge base has no regimen for children (this patient is 10 years; its regimens are for adults and adolescents, the label\'s children 12 years and over): the dose is not checked']);
    });

    it('an adult is held to the prescription label as before: 800 mg three times daily at 40 years is within 400–800 mg 3–4 times a day', async () => {
        const [verdict] = await doseVerdicts(withDrug('adolescent-ibuprofen', '400 mg', '800 mg').replace('age 16 years', 'age 40 years'));
        expect([verdict.status, verdict.text]).toEqual(['other-indication', 'a dose for arthritis or pain, not a regimen for calcinosis: within the reported 400–800 mg oral 3–4 times a day']);
    });
});
