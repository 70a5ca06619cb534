/**
 * The fourteenth clinician review (cases in /tmp/clinreview, reduced here to what each finding
 * rests on): standard prescriptions that drew a false alarm, and overdoses a missing height hid.
 */
import { describe, expect, it } from 'vitest';
import { diagnose, doseVerdicts, doseWarnings, drugCase } from './helpers.js';

describe('a missing height does not hide an overdose (CellCept label; SHARE 2017)', () => {
    it('methotrexate 50 mg weekly in an adult with no height: above the adults\' 7.5–25 mg, not "cannot be checked" against the children\'s per-m² regimen', async () => {
        const rows = await doseWarnings(drugCase('age 50 years sex female weight 60 kg', 'drug methotrexate 50 mg oral weekly', 'condition dermatomyositis'));
        expect(rows).toHaveLength(1);
        expect(rows[0][0]).toBe('warning');
        expect(rows[0][2]).toMatch(/^Methotrexate 50 mg oral weekly: above every regimen reported: the reported 7\.5–25 mg weekly/);
        expect(rows[0][2]).not.toMatch(/cannot be checked|maximum of 40 mg/);
    });

    it('mycophenolate 2 g twice daily in an adult with no height: above the adults\' regimen and the 3 g/day maximum', async () => {
        const rows = await doseWarnings(drugCase('age 50 years sex female weight 60 kg', 'drug mycophenolate 2000 mg oral twice daily', 'condition dermatomyositis'));
        expect(rows).toHaveLength(1);
        expect(rows[0][2]).toMatch(/^Mycophenolate mofetil 2000 mg oral twice daily: above the reported 1000–1500 mg oral twice daily \(adults\).*above the maximum of 3 g\/day/);
    });

    it('mycophenolate 1.5 g twice daily at 10 years with no height: above the children\'s 2 g/day, whatever the body surface area', async () => {
        const rows = await doseWarnings(drugCase('age 10 years sex female weight 30 kg', 'drug mycophenolate 1500 mg oral twice daily', 'condition juvenileDermatomyositis'));
        expect(rows).toEqual([['warning', 5, 'Mycophenolate mofetil 1500 mg oral twice daily is 3 g/day, above the maximum of 2 g/day (CellCept (mycophenolate) label). The children\'s most: 600 mg/m² twice daily, at most 2 g a day.']]);
    });

    it('within the children\'s maximum and no height, the dose is still said to be unchecked', async () => {
        const [verdict] = await doseVerdicts(drugCase('age 10 years sex female weight 30 kg', 'drug mycophenolate 500 mg oral twice daily', 'condition juvenileDermatomyositis'));
        expect(verdict.status).toBe('not-checked');
    });
});

describe('no "did you mean a tenth?" at a dose just past the regimen', () => {
    it('prednisolone 1 mg/kg daily in adult dermatomyositis: BSR 2022\'s induction dose, no warning', async () => {
        const text = drugCase('age 50 years sex female weight 70 kg', 'drug prednisolone 70 mg oral daily', 'condition dermatomyositis');
        expect(await doseWarnings(text)).toEqual([]);
        const [verdict] = await doseVerdicts(text);
        expect(verdict.text).toMatch(/^a dose for the underlying myositis \(dermatomyositis, polymyositis\), not a regimen for calcinosis: 1 mg\/kg at 70 kg: within the reported 0\.5–1 mg\/kg oral daily/);
    });

    it('prednisolone 90 mg daily at 70 kg: above 1 mg/kg and 60 mg, with no decimal-slip question', async () => {
        const rows = await doseWarnings(drugCase('age 50 years sex female weight 70 kg', 'drug prednisolone 90 mg oral daily', 'condition dermatomyositis'));
        expect(rows).toHaveLength(1);
        expect(rows[0][2]).toMatch(/^Prednisolone 90 mg oral daily is 1\.29 mg\/kg at 70 kg: /);
        expect(rows[0][2]).not.toMatch(/Did you mean/);
    });

    it('prednisolone 600 mg daily in an adult: ten times 60 mg, so the question stays', async () => {
        const [[, , message]] = await doseWarnings(drugCase('age 50 years sex female weight 70 kg', 'drug prednisolone 600 mg oral daily', 'condition dermatomyositis'));
        expect(message).toMatch(/Did you mean 60 mg \(a decimal-point slip\)\?/);
    });

    it('prednisolone 10 mg daily at 8 years and 25 kg: within the label\'s children\'s range', async () => {
        const [verdict] = await doseVerdicts(drugCase('age 8 years sex female weight 25 kg', 'drug prednisolone 10 mg oral daily', 'condition asthma'));
        expect(verdict.text).toMatch(/^a dose for its labelled indications, not a regimen for calcinosis: 0\.4 mg\/kg\/day at 25 kg: within the reported 0\.14–2 mg\/kg\/day/);
    });
});

describe('standard prescriptions the labels give are not out of range', () => {
    const adult = 'age 40 years sex male weight 70 kg';

    it('ceftriaxone 2 g iv twice daily for 14 days: 4 g/day, the label\'s most, a dose for infection (no warning)', async () => {
        const text = drugCase(adult, 'drug ceftriaxone 2 g iv twice daily for 14 days', 'condition dermatomyositis');
        expect((await doseWarnings(text)).filter(r => r[0] === 'warning')).toEqual([]);
        const [verdict] = await doseVerdicts(text);
        expect(verdict.text).toMatch(/^a dose for infection, not a regimen for calcinosis: 4 g\/day: within the reported 1–4 g\/day/);
    });

    it('ceftriaxone 1 g im once: the label gives it intramuscularly, so no "not reported intramuscular" warning', async () => {
        expect(await doseWarnings(drugCase(adult, 'drug ceftriaxone 1 g im once', 'condition dermatomyositis'))).toEqual([]);
    });

    it('sevelamer 2.4 g with each meal on haemodialysis: within the titrated 2.4–14 g/day, not above the starting 800–1600 mg', async () => {
        const text = drugCase('age 60 years sex female weight 70 kg', 'drug sevelamer 2.4 g oral 3 times a day with meals', 'condition haemodialysis');
        expect(await doseWarnings(text)).toEqual([]);
        const [verdict] = await doseVerdicts(text);
        expect(verdict.text).toMatch(/7\.2 g\/day: within the reported 2\.4–14 g\/day/);
    });
});

describe('the newborn\'s and the dialysis patient\'s most', () => {
    it('ceftriaxone 75 mg/kg daily at 7 days: above the European SmPC\'s 50 mg/kg/day for newborns, the US label\'s 50–75 named beside it', async () => {
        const rows = await doseWarnings(drugCase('age 7 days sex male weight 3 kg', 'drug ceftriaxone 75 mg/kg iv daily for 7 days', 'injury heelStick'));
        expect(rows).toEqual([['warning', 5, 'Ceftriaxone 75 mg/kg iv daily for 7 days is 225 mg/day, above the maximum of 150 mg/day (50 mg/kg/day at 3 kg) (ceftriaxone SmPC (Europe)). The European SmPC\'s most for newborns of 14 days and younger (ceftriaxone displaces bilirubin from albumin), where the US label gives children 50-75 mg/kg/day with no newborn band.']]);
    });

    it('the same dose at 20 days: within the US label\'s children\'s dose, no newborn maximum', async () => {
        expect(await doseWarnings(drugCase('age 20 days sex male weight 3.5 kg', 'drug ceftriaxone 75 mg/kg iv daily for 7 days', 'injury heelStick'))).toEqual([]);
    });

    it('enoxaparin 1 mg/kg twice daily on haemodialysis: above the label\'s most below 30 mL/min, as at a clearance of 23', async () => {
        const rows = await doseWarnings(drugCase('age 60 years sex male weight 80 kg', 'drug enoxaparin 1 mg/kg sc twice daily', 'condition haemodialysis'));
        expect(rows).toEqual([['warning', 5, 'Enoxaparin as written gives 160 mg/day: above the label\'s most, 80 mg/day (1 mg/kg/day at 80 kg), on dialysis (the label\'s dose below a creatinine clearance of 30 mL/min). Source: enoxaparin label.']]);
    });

    it('pamidronate 30 mg once on haemodialysis: the UK SmPC\'s smaller dose, not "below" the US 60–90 mg (the kidney caution still said)', async () => {
        const text = drugCase('age 60 years sex male weight 70 kg', 'drug pamidronate 30 mg iv once', 'condition haemodialysis');
        expect(await doseWarnings(text)).toEqual([]);
        const [verdict] = await doseVerdicts(text);
        expect(verdict.status).not.toBe('outside');
    });
});

describe('`every week` is weekly, as the prescription grammar says', () => {
    it('methotrexate 15 mg sc every week: no syntax error, within the weekly regimen', async () => {
        const rows = await diagnose(drugCase('age 50 years sex female weight 60 kg', 'drug methotrexate 15 mg sc every week', 'condition dermatomyositis'));
        expect(rows.filter(r => r.severity === 'error')).toEqual([]);
        const [verdict] = await doseVerdicts(drugCase('age 50 years sex female weight 60 kg', 'drug methotrexate 15 mg sc every week', 'condition dermatomyositis'));
        expect(verdict.text).toMatch(/within the reported 7\.5–25 mg weekly/);
    });
});

describe('`alternate days` is every other day (British usage)', () => {
    it('calcitriol 0.25 ug oral alternate days: no syntax error, read as every 2 days', async () => {
        const text = drugCase('age 50 years sex female weight 60 kg', 'drug calcitriol 0.25 ug oral alternate days', 'condition haemodialysis');
        expect((await diagnose(text)).filter(r => r.severity === 'error')).toEqual([]);
        const [verdict] = await doseVerdicts(text);
        expect(verdict.text).not.toMatch(/no schedule/);
    });
});
