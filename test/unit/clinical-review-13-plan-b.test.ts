/**
 * The thirteenth clinician review (cases in /tmp/clin13), items 7, 10, 12, 16 and 19: tertiary
 * hyperparathyroidism after a transplant, warfarin's dystrophic regimen in calciphylaxis, excision
 * of many lesions or in active dermatomyositis, apixaban's dialysis report, the Done list's ⚠.
 */
import { describe, expect, it } from 'vitest';
import { summaryMarkdownUncited } from './helpers.js';

/** The plan step whose title starts so, as one line of the summary. */
const step = (page: string, title: string) => page.split('\n').find(line => line.includes(`**${title}`)) ?? '';

describe('tertiary hyperparathyroidism after a kidney transplant (item 7)', () => {
    const transplant = (conditions: string, calcium: string) => `case T {
    patient { age 46 years sex male weight 84 kg }
    history { condition kidneyTransplant ${conditions} }
    lesion T1 { site bilateral thigh morphology livedo plaque necrosis pain severe ulcerated yes }
    labs { calcium ${calcium} phosphate 0.68 mmol/L albumin 40 g/L pth 42 pmol/L egfr 48 mL/min/1.73m2 }
    biopsy of T1 "Calcified subcutaneous arterioles with thrombosis"
}`;

    it('names tertiary hyperparathyroidism among the reasons and parathyroidectomy for it, without KDIGO\'s secondary-HPT advice or cinacalcet\'s off-dialysis limitation', async () => {
        const page = await summaryMarkdownUncited(transplant('condition tertiaryHyperparathyroidism', '2.78 mmol/L'));
        expect(page).toContain('- tertiary hyperparathyroidism (a calciphylaxis risk factor)');
        const cause = step(page, 'Treat the causes: calciphylaxis after kidney transplantation');
        expect(cause).toContain('Tertiary hyperparathyroidism (recorded): parathyroidectomy is its only curative treatment, and severe hypercalcaemia is among its indications');
        expect(cause).toContain('a randomised trial compared subtotal parathyroidectomy with cinacalcet');
        expect(page).not.toContain('correct phosphate, calcium and vitamin D first');
        expect(page).not.toContain('it is not indicated in chronic kidney disease not on dialysis');
        expect(step(page, 'Control calcium and PTH')).toContain('With a raised calcium after a kidney transplant, cinacalcet is off-label');
    });

    it('without tertiary hyperparathyroidism or a raised calcium the secondary-HPT advice stands', async () => {
        const page = await summaryMarkdownUncited(transplant('', '2.30 mmol/L'));
        expect(page).not.toContain('Tertiary hyperparathyroidism (recorded)');
        expect(page).not.toContain('With a raised calcium after a kidney transplant');
        expect(page).toContain('it is not indicated in chronic kidney disease not on dialysis');
    });
});

describe('warfarin\'s dystrophic low-dose regimen in a calciphylaxis drugs table (item 10)', () => {
    const row = (page: string) => page.split('\n').find(line => line.startsWith('| **Warfarin**')) ?? '';

    it('in calciphylaxis the row keeps its cautions and the label\'s regimen, not the 1 mg/day regimen or its note', async () => {
        const page = await summaryMarkdownUncited(`case W {
    patient { age 57 years sex female weight 108 kg }
    history { condition haemodialysis condition atrialFibrillation }
    lesion A1 { site abdomen morphology retiform purpura necrosis pain severe ulcerated yes }
    labs { calcium 9.4 mg/dL albumin 4 g/dL phosphate 5.0 mg/dL }
    treatment { drug warfarin 4 mg oral daily }
}`);
        expect(row(page)).toContain('2–10 mg/day, oral');
        expect(row(page)).toContain('⚠ Warfarin is a risk factor for calciphylaxis');
        expect(row(page)).not.toContain('1 mg/day');
        expect(row(page)).not.toContain('Reported to give some improvement of small lesions');
    });

    it('in dystrophic calcinosis both stay', async () => {
        const page = await summaryMarkdownUncited(`case D {
    patient { age 50 years sex female weight 60 kg }
    history { condition systemicSclerosis }
    lesion L1 { site right index finger morphology nodule }
    treatment { drug warfarin 1 mg oral daily }
}`);
        expect(row(page)).toContain('1 mg/day, oral');
        expect(row(page)).toContain('Reported to give some improvement of small lesions');
    });
});

describe('excision of many lesions, and in active dermatomyositis (item 12)', () => {
    const dm = (lesions: string, ck: string) => `case E {
    patient { age 52 years sex female weight 64 kg }
    history { condition dermatomyositis }
    ${lesions}
    labs { calcium 2.35 mmol/L phosphate 1.1 mmol/L ck ${ck} }
}`;
    const excision = (page: string) => page.slice(page.indexOf('**Surgical excision**'), page.indexOf('\n3. '));

    it('13 lesions are an option, not "suits", with the count and threshold said; a raised CK defers it', async () => {
        const page = await summaryMarkdownUncited(dm('lesion E1 { site bilateral elbow count 6 morphology nodular hard ulcerated yes }\n    lesion F1 { site left forearm count 4 morphology plaque }\n    lesion B1 { site buttock count 3 morphology nodular }', '900 U/L'));
        expect(excision(page)).toContain('**Surgical excision** — Also an option. Why: 13 lesions (more than 5): excision suits small, localised, symptomatic lesions: with this many, excise only those that are symptomatic, alongside medical treatment.');
        expect(excision(page)).toContain('Not: The dermatomyositis is active (raised CK): defer elective excision until the disease is controlled, and treat the disease first.');
    });

    it('two lesions with a normal CK still suit excision, with no deferral', async () => {
        const page = await summaryMarkdownUncited(dm('lesion E1 { site left elbow morphology nodular hard }\n    lesion E2 { site left elbow morphology nodular }', '90 U/L'));
        expect(excision(page)).toContain('**Surgical excision** — Suits this case. Why: small, localised lesions (circumscripta)');
        expect(excision(page)).not.toContain('defer elective excision');
    });
});

describe('apixaban\'s dialysis series (item 16)', () => {
    const calciphylaxis = (history: string) => `case A {
    patient { age 60 years sex female weight 138 kg }
    history { ${history} }
    lesion A1 { site abdomen morphology retiform purpura necrosis pain severe ulcerated yes }
    labs { calcium 9.4 mg/dL albumin 4 g/dL phosphate 4.0 mg/dL creatinine 0.8 mg/dL }
    biopsy of A1 "Calcified subcutaneous arterioles with thrombosis"
    treatment { drug warfarin 5 mg oral daily }
}`;

    it('is said on dialysis', async () => {
        const page = await summaryMarkdownUncited(calciphylaxis('condition haemodialysis'));
        expect(step(page, 'Stop what drives it')).toContain('Apixaban has been used in dialysis patients with calciphylaxis who need anticoagulation.');
    });

    it('is not said to a patient not on dialysis', async () => {
        const page = await summaryMarkdownUncited(calciphylaxis('condition obesity'));
        expect(step(page, 'Stop what drives it')).toContain('A heparin (unfractionated or low-molecular-weight) was the commonest replacement');
        expect(page).not.toContain('Apixaban has been used in dialysis patients');
    });
});

describe('the Done list marks an excision with a management-mismatch warning (item 19)', () => {
    const neonate = (ulcerated: string) => `case N {
    patient { age 12 days sex female weight 3.1 kg }
    history { exposure calciumGluconate "infiltrated infusion" }
    lesion H1 { site left hand size 2 x 1.5 cm morphology plaque firm ulcerated ${ulcerated} }
    imaging { xray of H1 "Subcutaneous calcification" }
    treatment { excision of H1 under general anaesthesia }
}`;
    const doneLine = (page: string) => page.split('\n').find(line => line.startsWith('- Excision of H1')) ?? '';

    it('an uncomplicated neonatal extravasation excised: ⚠ and the warning in the Done list', async () => {
        const line = doneLine(await summaryMarkdownUncited(neonate('no')));
        expect(line).toContain('- Excision of H1 under general anaesthesia (line 6): ⚠ Excision of an uncomplicated extravasation calcinosis in an infant:');
    });

    it('an excision with no warning on it is listed without a mark', async () => {
        const page = await summaryMarkdownUncited(`case X {
    patient { age 50 years sex female weight 60 kg }
    history { condition systemicSclerosis }
    lesion L1 { site right index finger morphology nodule pain moderate }
    treatment { excision of L1 under local anaesthesia }
}`);
        expect(page).toContain('- Excision of L1 under local anaesthesia (line 5)\n');
    });
});
