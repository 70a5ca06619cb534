/**
 * The sixth review of the patient cautions (cases in /tmp/caut6, reduced here to what each
 * finding rests on): rituximab's boxed warning, a child's raised calcium on active vitamin D,
 * aluminium binders in children, zoledronic acid at the label's reduced dose, morphine with a
 * moderately reduced GFR, acute kidney injury as a calciphylaxis risk, and excision in Werner
 * and Ehlers-Danlos syndromes.
 */
import { describe, expect, it } from 'vitest';
import { diagnose, summaryMarkdownUncited } from './helpers.js';

function caseWith({ patient = 'age 45 years sex female weight 60 kg', history = '', labs = 'creatinine 0.8 mg/dL', drugs = [], extra = '' }: { patient?: string; history?: string; labs?: string; drugs?: string[]; extra?: string }): string {
    return `case R {\n    patient { ${patient} }\n    history {\n        ${history}\n    }\n    labs { ${labs} }\n${extra}    treatment {\n${drugs.map(d => `        ${d}\n`).join('')}    }\n}`;
}

const cautions = async (text: string) => (await diagnose(text)).filter(r => r.code === 'drug-caution').map(r => ({ severity: r.severity, line: r.line, text: r.text, message: r.message }));

const RITUXIMAB_BOXED = 'rituximab carries a boxed warning of hepatitis B virus reactivation (fulminant hepatitis, hepatic failure, death): screen every patient before the first dose (the label: HBsAg and anti-HBc), monitor during and after treatment, and stop it with a reactivation; with a positive screen decide monitoring or antiviral prophylaxis with a hepatitis B specialist';

describe('1. rituximab: the boxed warning of hepatitis B reactivation (Rituxan label)', () => {
    const dermatomyositis = { history: 'condition dermatomyositis', labs: 'calcium 9.2 mg/dL phosphate 3.4 mg/dL albumin 4.1 g/dL creatinine 0.8 mg/dL' };

    it('given, it draws a caution at the drug for any patient', async () => {
        const text = caseWith({ ...dermatomyositis, drugs: ['drug rituximab 1000 mg iv every 2 weeks for 2 doses'] });
        expect(await cautions(text)).toEqual([{ severity: 'warning', line: 8, text: 'rituximab', message: `Rituximab given: ${RITUXIMAB_BOXED}.` }]);
        expect(await summaryMarkdownUncited(text)).toContain(`- **Rituximab:** For this patient: Rituximab given: ${RITUXIMAB_BOXED}.`);
    });

    it('not given, its row in the reported drugs says it before it is chosen', async () => {
        const text = caseWith({ ...dermatomyositis, drugs: ['drug diltiazem 240 mg oral daily'] });
        expect(await cautions(text)).toEqual([]);
        expect(await summaryMarkdownUncited(text)).toMatch(new RegExp(`\\| \\*\\*Rituximab\\*\\*<br>[^\\n]*⚠ If given: ${RITUXIMAB_BOXED.replace(/[()]/g, '\\$&')}\\. \\|`));
    });
});

describe('2. a child with a raised calcium on active vitamin D (the labels; KDOQI paediatric 2005, 7.3.b)', () => {
    const child = { patient: 'age 11 years sex male weight 30 kg', history: 'condition peritonealDialysis' };
    const CHILD_HIGH = 'calcitriol and alfacalcidol are contraindicated in hypercalcaemia: stop active vitamin D until the calcium is normal (in a child with kidney failure KDOQI\'s paediatric guideline 7.3.b discontinues it while the corrected calcium is above 10.2 mg/dL, until it is back in 8.8-9.5 mg/dL)';
    // Corrected 10.9 + 0.8 × (4 − 3.8) = 11.06: above the child's 8.8-10.8 mg/dL.
    const high = caseWith({ ...child, labs: 'calcium 10.9 mg/dL phosphate 6.0 mg/dL albumin 3.8 g/dL pth 600 pg/mL', drugs: ['drug sevelamer 800 mg oral 3 times a day', 'drug calcitriol 0.25 mcg oral daily'] });

    it('an error at the drug that says the age and the (albumin-corrected) calcium', async () => {
        expect((await cautions(high)).filter(r => /Calcitriol/.test(r.message))).toEqual([{ severity: 'error', line: 9, text: 'calcitriol', message: `Calcitriol (active vitamin D) at 11 years with a high calcium (11.1 mg/dL): ${CHILD_HIGH}.` }]);
    });

    it('it leads the summary\'s cautions, before the binder prescribed above it, and leads the dose verdict', async () => {
        const page = await summaryMarkdownUncited(high);
        const section = page.slice(page.indexOf('### Cautions for the drugs given'), page.indexOf('### Drugs reported'));
        expect(section.split('\n').filter(l => l.startsWith('- **')).map(l => l.replace(/:\*\* .*/, ''))).toEqual(['- **Calcitriol (active vitamin D)', '- **Sevelamer']);
        expect(page).toContain(`- Calcitriol (active vitamin D) 0.25 µg oral daily (line 9): the caution leads, at 11 years with a high calcium (11.1 mg/dL): ${CHILD_HIGH}`);
    });

    it('an adult with the same calcium: the labels\' contraindication is an error at any age (and the unknown age too; clinical review 13)', async () => {
        for (const patient of ['age 40 years sex male weight 70 kg', 'sex male weight 70 kg']) {
            const adult = caseWith({ ...child, patient, labs: 'calcium 11.5 mg/dL phosphate 6.0 mg/dL albumin 3.8 g/dL', drugs: ['drug calcitriol 0.25 mcg oral daily'] });
            expect(await cautions(adult)).toEqual([{ severity: 'error', line: 8, text: 'calcitriol', message: 'Calcitriol (active vitamin D) with a high calcium (11.7 mg/dL): calcitriol and alfacalcidol are contraindicated in hypercalcaemia: stop active vitamin D until the calcium is normal.' }]);
        }
    });

    it('a child in kidney failure above 10.2 mg/dL but within the age\'s interval: the paediatric guideline discontinues it (a warning: an opinion, not a contraindication)', async () => {
        // Corrected 10.5 + 0.8 × (4 − 4.2) = 10.34: above 10.2, below the child's 10.8.
        const text = caseWith({ ...child, labs: 'calcium 10.5 mg/dL phosphate 6.0 mg/dL albumin 4.2 g/dL', drugs: ['drug alfacalcidol 0.5 mcg oral daily'] });
        expect(await cautions(text)).toEqual([{ severity: 'warning', line: 8, text: 'alfacalcidol', message: 'Alfacalcidol (active vitamin D) at 11 years with a calcium of 10.3 mg/dL in kidney failure: in a child with kidney failure KDOQI\'s paediatric guideline (7.3.b, opinion) discontinues active vitamin D while the corrected calcium is above 10.2 mg/dL, until it is back in the target range of 8.8-9.5 mg/dL: stop it, do not only reduce it.' }]);
        const adult = text.replace('age 11 years', 'age 40 years').replace('weight 30 kg', 'weight 70 kg');
        expect((await cautions(adult)).map(r => r.message)).toEqual(['Alfacalcidol (active vitamin D) with a calcium of 10.3 mg/dL in kidney failure: with a corrected calcium above 10.2 mg/dL in CKD 5 reduce or stop active vitamin D.']);
    });
});

describe('3. aluminium binders by age (KDOQI paediatric 2005, 6.7: adolescents only)', () => {
    const onDialysis = (age: number, weight: number, drug = 'drug aluminiumHydroxide 300 mg oral 3 times a day') => caseWith({ patient: `age ${age} years sex male weight ${weight} kg`, history: 'condition peritonealDialysis', labs: 'calcium 9.4 mg/dL phosphate 7.9 mg/dL albumin 3.8 g/dL', drugs: [drug] });
    const ADULT = 'aluminium accumulates in kidney disease (bone disease, encephalopathy): aluminium binders only for a single short course of up to 4 weeks, if phosphate is above 7.0 mg/dL, then a calcium-free binder';
    const YOUNG = 'aluminium accumulates in kidney disease (bone disease, encephalopathy), and KDOQI\'s paediatric guideline (6.7) allows aluminium binders only in adolescents (over 12 years, as the guideline counts them), so not at this age: use another binder (the guideline: calcium-based binders first in CKD stages 2-4 and in infants and young children on dialysis)';

    it('an 11-year-old is told it is not for his age, and the dose is not pushed up to the adults\' reported one', async () => {
        const text = onDialysis(11, 30);
        expect(await cautions(text)).toEqual([{ severity: 'warning', line: 8, text: 'aluminiumHydroxide', message: `Aluminium hydroxide at 11 years on dialysis: ${YOUNG}.` }]);
        expect((await diagnose(text)).filter(r => r.code === 'dose-out-of-range')).toEqual([]);
        const page = await summaryMarkdownUncited(text);
        expect(page).toContain(`- Aluminium hydroxide 300 mg oral 3 times a day (line 8): the caution leads, at 11 years on dialysis: ${YOUNG}`);
        expect(page).not.toContain('Aluminium binders for at most 4 weeks');
        expect(page.match(/ {3}Not: No aluminium binders at this age: the paediatric guideline allows them only in adolescents \(over 12 years, as it counts them\)\./g)).toHaveLength(1);
        expect(page).toContain('- **Aluminium hydroxide:** Aluminium accumulates in renal failure (bone disease, encephalopathy): in children with kidney disease the paediatric guideline allows aluminium binders only in adolescents, for one short course (up to 4-6 weeks) with a phosphate above 7.0 mg/dL.');
    });

    it('an 11-year-old not given it: the plan advises against it and offers no aluminium binder', async () => {
        const page = await summaryMarkdownUncited(onDialysis(11, 30, 'drug sevelamer 800 mg oral 3 times a day'));
        expect(page).toContain('Not: No aluminium binders at this age');
        expect(page).not.toMatch(/\*\*Aluminium hydroxide\*\*/);
    });

    it('a 15-year-old: the adolescent\'s short course of 4-6 weeks', async () => {
        const text = onDialysis(15, 50);
        expect((await cautions(text)).map(r => r.message)).toEqual(['Aluminium hydroxide at 15 years on dialysis: aluminium accumulates in kidney disease (bone disease, encephalopathy): in an adolescent KDOQI\'s paediatric guideline (6.7) allows aluminium binders only as one short course of up to 4-6 weeks, with a phosphate above 7.0 mg/dL, then another binder.']);
        expect(await summaryMarkdownUncited(text)).toContain('In an adolescent, aluminium binders for one short course of up to 4-6 weeks, and only while phosphate is above 7.0 mg/dL.');
    });

    it('an adult keeps the adults\' sentence (KDOQI 2003, 5.8)', async () => {
        const text = onDialysis(40, 70);
        expect((await cautions(text)).map(r => r.message)).toEqual([`Aluminium hydroxide on dialysis: ${ADULT}.`]);
        expect(await summaryMarkdownUncited(text)).toContain('Aluminium binders for at most 4 weeks, once, and only while phosphate is above 7.0 mg/dL.');
    });
});

describe('4. zoledronic acid at the Zometa label\'s reduced dose for the renal band (label 2.2, renal dose table)', () => {
    // Cockcroft-Gault: (140 − 70) × 70 / (72 × 1.53) = 44.5 mL/min, in the label's 40-49 band (3.3 mg).
    const myeloma = (dose: string) => caseWith({ patient: 'age 70 years sex male weight 70 kg', history: 'condition multipleMyeloma', labs: 'calcium 9.4 mg/dL albumin 4.0 g/dL creatinine 1.53 mg/dL', drugs: [`drug zoledronicAcid ${dose} iv every 4 weeks`] });
    const REDUCED = 'the repeated 4 mg oncology dose of zoledronic acid (myeloma, bone metastases) is reduced from a creatinine clearance of 60 mL/min (the Zometa label: 3.5 mg at 50-60 mL/min, 3.3 mg at 40-49, 3.0 mg at 30-39) and is not recommended in severe renal impairment (below 30 mL/min); the single dose for hypercalcaemia of malignancy is not reduced, but in severe renal impairment it too is given only if the benefit outweighs the risk; hydrate first and measure the creatinine before each dose';

    it('3.3 mg at 44.5 mL/min fits: information, and the verdict says it fits', async () => {
        const text = myeloma('3.3 mg');
        expect(await cautions(text)).toEqual([{ severity: 'information', line: 8, text: 'zoledronicAcid', message: 'Zoledronic acid with a creatinine clearance of 44.5 mL/min (Cockcroft-Gault): 3.3 mg fits: it is the Zometa label\'s reduced dose at 40-49 mL/min; hydrate first and measure the creatinine before each dose.' }]);
        expect((await diagnose(text)).filter(r => r.severity === 'warning' && /zoledronic/i.test(r.message))).toEqual([]);
        expect(await summaryMarkdownUncited(text)).toContain('- Zoledronic acid 3.3 mg iv every 4 weeks (line 8): with a creatinine clearance of 44.5 mL/min (Cockcroft-Gault): 3.3 mg fits: it is the Zometa label\'s reduced dose at 40-49 mL/min; hydrate first and measure the creatinine before each dose');
    });

    it('3.5 mg (the 50-60 band\'s) or 4 mg at 44.5 mL/min is a warning that names the band\'s dose', async () => {
        for (const dose of ['3.5 mg', '4 mg']) {
            expect(await cautions(myeloma(dose))).toEqual([{ severity: 'warning', line: 8, text: 'zoledronicAcid', message: `Zoledronic acid with a creatinine clearance of 44.5 mL/min (Cockcroft-Gault): ${dose} is above the Zometa label's reduced dose at 40-49 mL/min, 3.3 mg: ${REDUCED}.` }]);
        }
    });

    it('below 30 mL/min there is no reduced dose: 3 mg is still warned', async () => {
        // (140 − 70) × 70 / (72 × 2.8) = 24.3 mL/min.
        const text = myeloma('3 mg').replace('creatinine 1.53', 'creatinine 2.8');
        expect((await cautions(text)).map(r => [r.severity, r.message])).toEqual([['warning', `Zoledronic acid with a creatinine clearance of 24.3 mL/min (Cockcroft-Gault): ${REDUCED}.`]]);
    });
});

describe('5. morphine with a moderately reduced GFR (SPS, opioids in renal impairment)', () => {
    const withEgfr = (egfr: number, history = 'condition chronicKidneyDisease') => caseWith({ patient: 'age 70 years sex female weight 60 kg', history, labs: `calcium 9.4 mg/dL albumin 4.0 g/dL egfr ${egfr} mL/min/1.73m2`, drugs: ['drug morphine 5 mg oral every 4 hours'] });
    const CAUTION = 'morphine\'s glucuronides (morphine-6-glucuronide, active, and morphine-3-glucuronide) are cleared by the kidney and accumulate as its function falls (sedation, respiratory depression, myoclonus): use it with caution, start low and/or extend the dosing interval, and titrate slowly by response and side effects; fentanyl, alfentanil or buprenorphine have the safest profile';

    it('every 4 hours at an eGFR of 39: a warning, which the dose verdict says applies', async () => {
        const text = withEgfr(39);
        expect(await cautions(text)).toEqual([{ severity: 'warning', line: 8, text: 'morphine', message: `Morphine with an eGFR of 39 mL/min/1.73 m² (G3b): ${CAUTION}.` }]);
        expect(await summaryMarkdownUncited(text)).toContain(`- Morphine 5 mg oral every 4 hours (line 8): the caution applies, with an eGFR of 39 mL/min/1.73 m² (G3b): ${CAUTION}`);
    });

    it('below 30 only the caution to avoid it; at 75 nothing', async () => {
        expect((await cautions(withEgfr(25))).map(r => r.message)).toEqual([expect.stringMatching(/^Morphine with an eGFR of 25 mL\/min\/1\.73 m² \(G4\): avoid morphine with a GFR below 30 mL\/min/)]);
        expect(await cautions(withEgfr(75, ''))).toEqual([]);
    });
});

describe('6. acute kidney injury among the reasons for calciphylaxis (Nigwekar 2018: a setting of calciphylaxis)', () => {
    const aki = (drugs: string[] = []) => caseWith({ patient: 'age 60 years sex female weight 90 kg', history: 'condition acuteKidneyInjury\n        condition diabetes', labs: 'calcium 9.4 mg/dL phosphate 5.0 mg/dL albumin 3.0 g/dL creatinine 3.1 mg/dL', drugs, extra: '    lesion L1 { site thigh morphology retiformPurpura necrosis pain severe }\n' });

    it('is a reason of the classification', async () => {
        const row = (await diagnose(aki())).find(r => r.code === 'classification');
        expect(row?.message).toBe('Calciphylaxis (probable): acute kidney injury (a calciphylaxis risk factor); diabetes mellitus (a calciphylaxis risk factor); low albumin 3.0 g/dL (30 g/L) (a calciphylaxis risk factor); lesion L1 painful and necrosis.');
    });

    it('is not called non-uraemic: the cause step and the level say its setting', async () => {
        const page = await summaryMarkdownUncited(aki());
        expect(page).toContain('3. **Treat the causes: calciphylaxis with acute kidney injury** — Suits this case. Why: calciphylaxis with acute kidney injury, which the sources do not count as non-uraemic; recorded: diabetes mellitus.');
        expect(page).toContain('Nigwekar 2018 names acute kidney injury among the settings of calciphylaxis, with earlier chronic kidney disease and a prior kidney transplant, apart from normal kidney function');
        expect(page).not.toContain('Treat the non-uraemic cause');
        expect(page).not.toContain('Calciphylaxis occurs without kidney failure, with warfarin');
    });

    it('corticosteroids: the graded risk factor, not "non-uraemic"', async () => {
        const rows = await cautions(aki(['drug prednisolone 10 mg oral daily']));
        expect(rows.map(r => r.message)).toEqual(['Prednisolone in calciphylaxis (acute kidney injury): long-term corticosteroids are a graded calciphylaxis risk factor: taper them where the underlying disease allows.']);
    });
});

describe('7. excision in Werner and Ehlers-Danlos syndromes (skin that heals poorly)', () => {
    const WERNER = 'In Werner syndrome wounds heal poorly: its skin ulcers are harder to treat than wounds in healthy skin (thin, sclerotic skin, loss of fat, poor blood flow, calcification); weigh the excision, plan the closure and follow the wound closely.';
    const EDS = 'In Ehlers-Danlos syndrome the skin is fragile and wound healing is impaired in every type, to a variable degree: close without tension, protect the surrounding tissue, use low-adherence dressings and follow the wound closely.';
    const withCondition = (term: string, treatment: string[] = []) => caseWith({ patient: 'age 40 years sex male weight 50 kg', history: `condition ${term}`, labs: 'calcium 9.4 mg/dL phosphate 3.5 mg/dL albumin 4.0 g/dL creatinine 0.8 mg/dL', drugs: treatment, extra: '    lesion L1 { site ankle morphology nodule }\n' });

    it('the plan\'s excision step says it, for each syndrome', async () => {
        for (const [term, words] of [['werner', WERNER], ['ehlersDanlos', EDS]]) {
            expect(await summaryMarkdownUncited(withCondition(term))).toMatch(new RegExp(`2\\. \\*\\*Surgical excision\\*\\* — Suits this case\\.[^\\n]*${words.replace(/[().]/g, '\\$&')}`));
        }
    });

    it('not said without the syndrome', async () => {
        const page = await summaryMarkdownUncited(withCondition('systemicSclerosis'));
        expect(page).not.toContain('wounds heal poorly');
        expect(page).not.toContain('low-adherence dressings');
    });

    it('a recorded excision is a procedure caution at the excision', async () => {
        const rows = (await diagnose(withCondition('werner', ['excision of L1']))).filter(r => r.code === 'procedure-caution');
        expect(rows).toEqual([{ code: 'procedure-caution', severity: 'warning', line: 9, text: 'excision of L1', message: `Excision with Werner syndrome recorded: ${WERNER.replace(/\.$/, '')} (Werner syndrome guideline 2020 (skin ulcers)).` }]);
        const eds = (await diagnose(withCondition('ehlersDanlos', ['excision of L1']))).filter(r => r.code === 'procedure-caution');
        expect(eds.map(r => r.message)).toEqual([`Excision with Ehlers-Danlos syndrome recorded: ${EDS.replace(/\.$/, '')} (Angwin 2024 (EDS skin working group)).`]);
    });
});
