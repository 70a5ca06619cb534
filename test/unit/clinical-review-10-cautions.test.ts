/**
 * The tenth clinician review (cases in /tmp/clin10, reduced here to what each finding rests on):
 * a DOAC with a mechanical valve, warfarin stopped with one, the summary's verdict carrying a
 * patient's daily most or a leading caution, cinacalcet after kidney transplantation, and an
 * adult held to the adults' regimen (diltiazem).
 */
import { describe, expect, it } from 'vitest';
import { diagnose, summaryMarkdownUncited } from './helpers.js';

function caseWith({ patient = 'age 62 years sex female weight 74 kg', history = '', labs = 'creatinine 0.8 mg/dL', drugs, extra = '' }: { patient?: string; history?: string; labs?: string; drugs: string[]; extra?: string }): string {
    return `case R {\n    patient { ${patient} }\n    history {\n        ${history}\n    }\n    labs { ${labs} }\n${extra}    treatment {\n${drugs.map(d => `        ${d}\n`).join('')}    }\n}`;
}

const valve = caseWith({
    history: 'condition mechanicalHeartValve "On-X mitral"\n        condition atrialFibrillation',
    extra: '    diagnosis { type calciphylaxis }\n',
    drugs: ['drug warfarin 5 mg oral daily stopped', 'drug apixaban 5 mg oral twice daily']
});

describe('1. apixaban with a mechanical heart valve is an error that leads (ACC/AHA 2020, ESC/EACTS 2021, PROACT Xa)', () => {
    it('an error drug-caution at apixaban: do not give it, bridge with a heparin, decide with cardiology', async () => {
        const rows = (await diagnose(valve)).filter(r => r.code === 'drug-caution' && r.line === 11);
        expect(rows.map(r => [r.severity, r.message])).toEqual([['error', expect.stringMatching(/^Apixaban with mechanical heart valve: apixaban is not to be used with a mechanical heart valve: .*class 3: harm.*PROACT Xa.*: do not give it; bridge with a heparin, and decide warfarin with cardiology\.$/)]]);
    });

    it('the summary gives no "within" verdict for apixaban: the caution leads', async () => {
        const page = await summaryMarkdownUncited(valve);
        expect(page).toContain('- Apixaban 5 mg oral twice daily (line 11): not judged against a regimen: the caution leads, with mechanical heart valve: apixaban is not to be used');
        expect(page).not.toMatch(/Apixaban 5 mg oral twice daily \(line 10\): [^\n]*within/);
    });

    it('warfarin stopped with a mechanical valve is not "as advised": a warning that the valve still needs anticoagulation', async () => {
        const rows = (await diagnose(valve)).filter(r => r.code === 'drug-caution' && r.line === 10);
        expect(rows.map(r => [r.severity, r.message])).toEqual([['warning', expect.stringContaining('Warfarin in calciphylaxis (recorded as stopped: the mechanical heart valve still needs anticoagulation: a heparin bridge, or warfarin kept, decided with cardiology): ')]]);
        expect(rows[0].message).not.toContain('as advised');
    });

    it('without a valve, warfarin stopped in calciphylaxis is still information, "as advised"', async () => {
        const text = caseWith({ history: 'condition atrialFibrillation', extra: '    diagnosis { type calciphylaxis }\n', drugs: ['drug warfarin 5 mg oral daily stopped'] });
        const rows = (await diagnose(text)).filter(r => r.code === 'drug-caution');
        expect(rows.map(r => [r.severity, r.message.slice(0, 60)])).toEqual([['information', 'Warfarin in calciphylaxis (recorded as stopped, as advised):']]);
    });
});

describe('2. the summary\'s verdict carries what the check found on the drug line (a daily most, a leading caution)', () => {
    const werner = caseWith({
        patient: 'age 46 years sex male weight 38 kg height 152 cm',
        history: 'condition chronicKidneyDisease "G4"',
        labs: 'creatinine 168 umol/L egfr 26 mL/min/1.73m2',
        drugs: ['drug paracetamol 1 g oral four times daily', 'drug metformin 1 g oral twice daily']
    });

    it('paracetamol 1 g four times daily at 38 kg: above the most a day for this patient, in the Done list, the table and the cautions', async () => {
        const page = await summaryMarkdownUncited(werner);
        expect(page).toContain('- Paracetamol 1 g oral 4 times a day (line 8): ⚠ 4000 mg/day (105 mg/kg/day at 38 kg): above the most a day for this patient, 75 mg/kg/day (2850 mg/day) by the US intravenous label\n');
        expect(page).toContain('**Given:** 1 g oral 4 times a day — 4000 mg/day (105 mg/kg/day at 38 kg): above the most a day for this patient');
        expect(page).toContain('- **Paracetamol:** For this patient: Paracetamol 1 g oral 4 times a day gives 4000 mg/day (105 mg/kg/day at 38 kg): above the most a day for this patient by each source');
        expect(page).not.toContain('Paracetamol 1 g oral 4 times a day (line 8): no regimen is reported');
    });

    it('metformin at an eGFR of 26: the caution leads the verdict, not "no regimen is reported"', async () => {
        const page = await summaryMarkdownUncited(werner);
        expect(page).toContain('- Metformin 1 g oral twice daily (line 9): the caution leads, with an eGFR of 26 mL/min/1.73 m² (G4): metformin is contraindicated with an eGFR below 30 mL/min/1.73 m² (lactic acidosis): stop it\n');
    });
});

describe('3. cinacalcet after kidney transplantation with a raised calcium (off-label, Cruzado 2016)', () => {
    const transplant = (calcium: string) => caseWith({
        patient: 'age 48 years sex male weight 70 kg',
        history: 'condition kidneyTransplant\n        condition chronicKidneyDisease "G3b in the graft"',
        labs: `creatinine 1.7 mg/dL egfr 42 mL/min/1.73m2 calcium ${calcium} albumin 40 g/L`,
        drugs: ['drug cinacalcet 30 mg oral daily']
    });

    it('with a calcium of 2.71 mmol/L: no "not indicated in CKD not on dialysis" caution', async () => {
        const rows = (await diagnose(transplant('2.71 mmol/L'))).filter(r => r.code === 'drug-caution');
        expect(rows.map(r => r.message)).toEqual([]);
    });

    it('with a normal calcium the label\'s limitation is still said', async () => {
        const rows = (await diagnose(transplant('2.3 mmol/L'))).filter(r => r.code === 'drug-caution');
        expect(rows.map(r => r.message)).toEqual([expect.stringContaining('Cinacalcet in chronic kidney disease not on dialysis: cinacalcet is not indicated for secondary hyperparathyroidism')]);
    });
});

describe('4. an adult is held to the adults\' regimen where one is reported (diltiazem 240–480 mg/day, Palmieri 1995)', () => {
    it('diltiazem 60 mg three times daily at 38 kg: below the adults\' 240–480 mg/day, not above the per-kg range', async () => {
        const text = caseWith({ patient: 'age 46 years sex male weight 38 kg', drugs: ['drug diltiazem 60 mg oral three times daily'] });
        const rows = (await diagnose(text)).filter(r => r.code === 'dose-out-of-range');
        expect(rows.map(r => [r.severity, r.message])).toEqual([['warning', 'Diltiazem 60 mg oral 3 times a day is 180 mg/day: below the reported 240–480 mg/day (adults) (Palmieri 1995).']]);
    });
});
