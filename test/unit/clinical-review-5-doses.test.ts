/**
 * The fifth clinician review's dose findings: daily maxima for a band of patients
 * (paracetamol by weight, vitamin D by age), and what a user now sees.
 */
import * as fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../src/language/summary/render-markdown.js';
import { summarizeDocument } from '../../src/language/summary/summary-document.js';
import { regimenEvidence } from '../../src/language/clinical/doses.js';
import { Drugs } from '../../src/language/knowledge/index.js';
import { diagnose, doseVerdicts, services, validate, type Row } from './helpers.js';

const doseRows = async (text: string) => (await diagnose(text)).filter(r => r.code === 'dose-out-of-range');
const shown = (rows: Row[]) => rows.map(r => [r.code, r.severity, r.line, r.text]);

function patient(drug: string, who = 'age 70 years sex female weight 41 kg'): string {
    return `case R {\n    patient { ${who} }\n    history { condition systemicSclerosis }\n    labs { creatinine 0.8 mg/dL }\n    treatment {\n        ${drug}\n    }\n}`;
}

describe('1. paracetamol under 50 kg: the labels\' weight-based maxima', () => {
    it('4 g a day at 41 kg: a warning at the dose naming both labels\' figures', async () => {
        const rows = await doseRows(patient('drug paracetamol 1 g oral 4 times a day'));
        expect(shown(rows)).toEqual([['dose-out-of-range', 'warning', 6, '1']]);
        expect(rows[0].message).toBe("Paracetamol 1 g oral 4 times a day gives 4000 mg/day (97.6 mg/kg/day at 41 kg): above the most a day for this patient by each source, 75 mg/kg/day (3075 mg/day) by the US intravenous label; 60 mg/kg/day (2460 mg/day) by the EU and UK intravenous label, at most 3 g over 33 kg and 2 g at 33 kg or less. These are the intravenous labels' figures, from all sources of paracetamol; by mouth, UK guidance also lowers the dose under 50 kg. Below 2 years of age the labels' maxima are lower and are not checked here. Sources: acetaminophen injection label (US); paracetamol infusion SmPC (EU/UK).");
    });

    it('acetaminophen, the other name, by the hour: the same warning', async () => {
        const rows = await doseRows(patient('drug acetaminophen 1000 mg iv 4 times a day'));
        expect(rows.map(r => r.message)).toEqual([expect.stringMatching(/^Paracetamol 1000 mg iv 4 times a day gives 4000 mg\/day \(97.6 mg\/kg\/day at 41 kg\)/)]);
    });

    it('within the higher figure (3 g at 41 kg, 73 mg/kg/day), at 50 kg and over, without a weight, or below 2 years: nothing', async () => {
        expect(await doseRows(patient('drug paracetamol 750 mg oral 4 times a day'))).toEqual([]);
        expect(await doseRows(patient('drug paracetamol 1 g oral 4 times a day', 'age 70 years sex female weight 50 kg'))).toEqual([]);
        expect(await doseRows(patient('drug paracetamol 1 g oral 4 times a day', 'age 70 years sex female'))).toEqual([]);
        expect(await doseRows(patient('drug paracetamol 250 mg oral 4 times a day', 'age 1 years sex female weight 10 kg'))).toEqual([]);
    });

    it('stopped: nothing', async () => {
        expect(await doseRows(patient('drug paracetamol 1 g oral 4 times a day stopped'))).toEqual([]);
    });
});

describe('4. vitamin D above the upper limits for the age', () => {
    it('50,000 units daily at 2 years: a warning with the Endocrine Society\'s and the IOM\'s figures', async () => {
        const rows = await doseRows(patient('drug cholecalciferol 50000 units oral daily', 'age 2 years sex male weight 12 kg'));
        expect(shown(rows)).toEqual([['dose-out-of-range', 'warning', 6, '50000']]);
        expect(rows[0].message).toBe("Cholecalciferol (vitamin D3) 50000 units oral daily gives 50000 units/day: above the most a day for this patient by each source, 4000 units/day at 1-18 years by the Endocrine Society's upper limit for treating deficiency; 2500 units/day at 1-3 years by the IOM's tolerable upper intake. The IOM's limits are for healthy people's daily intake; the Endocrine Society's higher ones, for correcting deficiency under medical supervision. A weekly course (50,000 IU weekly) is held against the guideline's regimens instead. Sources: Endocrine Society 2011 (vitamin D); IOM 2011 (calcium and vitamin D).");
    });

    it('a daily course (50,000 units daily for 8 weeks at 2 years) is held by the day', async () => {
        const rows = await doseRows(patient('drug cholecalciferol 50000 units oral daily for 8 weeks', 'age 2 years sex male weight 12 kg'));
        expect(rows.map(r => r.message)).toEqual([expect.stringMatching(/^Cholecalciferol \(vitamin D3\) 50000 units oral daily for 8 weeks gives 50000 units\/day: above/)]);
    });

    it('an adult: above 10,000 units a day only; the repletion course of 50,000 units weekly for 8 weeks is not warned', async () => {
        const adult = 'age 60 years sex female weight 70 kg';
        expect((await doseRows(patient('drug cholecalciferol 20000 units oral daily', adult))).map(r => r.message)).toEqual([expect.stringMatching(/^Cholecalciferol \(vitamin D3\) 20000 units oral daily gives 20000 units\/day: above the most a day for this patient by each source, 10000 units\/day at 19 years and over by the Endocrine Society's upper limit for treating deficiency; 4000 units\/day at 9 years and over by the IOM's tolerable upper intake\./)]);
        expect(await doseRows(patient('drug cholecalciferol 6000 units oral daily', adult))).toEqual([]);
        expect(await doseRows(patient('drug cholecalciferol 50000 units oral weekly for 8 weeks', adult))).toEqual([]);
    });

    it('a child on the guideline\'s weekly course, or between the two figures (3000 units daily at 2 years): nothing', async () => {
        const child = 'age 2 years sex male weight 12 kg';
        expect(await doseRows(patient('drug cholecalciferol 50000 units oral weekly for 6 weeks', child))).toEqual([]);
        expect(await doseRows(patient('drug cholecalciferol 3000 units oral daily', child))).toEqual([]);
    });

    it('no age recorded: the adults\' limits, said', async () => {
        const rows = await doseRows(patient('drug cholecalciferol 50000 units oral daily', 'sex male weight 70 kg'));
        expect(rows.map(r => r.message)).toEqual([expect.stringContaining('4000 units/day at 9 years and over by the IOM\'s tolerable upper intake. The age is not recorded: the limits for adults are used.')]);
    });
});

describe('a dose in units has its exposure per week (UCUM converts no arbitrary unit over time by itself)', () => {
    it('cholecalciferol 1000 units daily is 7000 units a week; heparin 1000 units/h is 168000 a week', async () => {
        const [vitaminD, heparin] = await doseVerdicts(patient('drug cholecalciferol 1000 units oral daily\n        drug heparin 1000 units/h iv', 'age 60 years sex female weight 70 kg'));
        expect(vitaminD.perWeek).toEqual({ value: expect.closeTo(7000, 6), unit: '[iU]/wk' });
        expect(heparin.perWeek).toEqual({ value: expect.closeTo(168000, 6), unit: '[iU]/wk' });
    });
});

describe('5. the heparins in the calciphylaxis drug table have their label regimens', () => {
    it('a mechanical valve without apixaban: the heparin and enoxaparin rows list the labels\' doses, not dashes', async () => {
        const text = fs.readFileSync('test/unit/cases/review4/07-calciphylaxis-mechanical-valve.calc', 'utf8').replace(/drug apixaban[^\n]*\n/, '');
        const document = await validate(text);
        const page = renderMarkdown(summarizeDocument(document, services.Calc.clinical.Analysis).summaries);
        const row = (label: string) => page.split('\n').find(l => l.startsWith(`| **${label}**`))!;
        expect(row('Heparin (unfractionated)')).toMatch(/^\| \*\*Heparin \(unfractionated\)\*\*<br>anticoagulant \| 5000 units 2–3 times a day, subcutaneous \(for prophylaxis of venous thromboembolism\) \(adults\)<sup>\d+<\/sup><br>20000–40000 units\/day, intravenous \(for treatment of thrombosis, adjusted to the aPTT\)/);
        expect(row('Enoxaparin')).toContain('40 mg daily, subcutaneous (for prophylaxis of venous thromboembolism) (adults)');
        expect(row('Enoxaparin')).toContain('1 mg/kg twice daily, subcutaneous (for treatment of deep vein thrombosis) (adults)');
    });

    it('a prophylactic dose is said to be one, not a calcinosis regimen', async () => {
        const [verdict] = await doseVerdicts(patient('drug enoxaparin 40 mg sc daily', 'age 60 years sex female weight 70 kg'));
        expect([verdict.status, verdict.text]).toEqual(['other-indication', 'a dose for prophylaxis of venous thromboembolism, not a regimen for calcinosis: within the reported 40 mg sc daily (weak evidence: the regimen is not confirmed in its source)']);
    });
});

describe('6. one decision for a regimen\'s evidence, read by the mark and by which regimen may judge', () => {
    const regimen = (term: string, source: string) => Drugs.find(d => d.term === term)!.regimens.find(r => r.source === source)!;

    it('a read label regimen is not weak though its label source as a whole is; one recalled from a label is; our own choice is engineering', () => {
        expect(regimenEvidence(regimen('prednisone', 'labelPrednisone'))).toBe('source');
        expect(regimenEvidence(regimen('methotrexate', 'dailymedLabels'))).toBe('weak');
        expect(regimenEvidence(regimen('aluminiumHydroxide', 'engineering'))).toBe('engineering');
    });

    it('the verdicts say so: prednisone 20 mg daily unmarked, methotrexate 15 mg weekly marked as recalled', async () => {
        const [prednisone, methotrexate] = await doseVerdicts(patient('drug prednisone 20 mg oral daily\n        drug methotrexate 15 mg oral weekly', 'age 60 years sex female weight 70 kg'));
        expect(prednisone.text).toBe('a dose for the underlying disease (connective tissue disease, sarcoidosis, a transplant), not a regimen for calcinosis: within the reported 5–60 mg oral daily');
        expect(methotrexate.text).toMatch(/within the reported 7.5–25 mg weekly \(weak evidence: the regimen is not confirmed in its source\)$/);
    });
});
