/**
 * The sixteenth clinician review: published case types read through the summary — an aluminium
 * binder in a child, the calcium salt of heparin as a prescription, the extent's definition at a
 * scrotal nodule, and the label warnings a drug table leaves out (calcium gluconate's extravasation,
 * zoledronic acid's renal toxicity).
 */
import { describe, expect, it } from 'vitest';
import { diagnose, drugCase, summaryMarkdownUncited } from './helpers.js';

describe('an aluminium binder in a child is not held to the adults\' reports', () => {
    it('1.8 g/day at 9 years with normal kidneys: no "within", the dose not checked for a child', async () => {
        const text = drugCase('age 9 years sex male weight 30 kg', 'drug aluminiumHydroxide 1.8 g/day oral', 'condition familialTumoralCalcinosis');
        expect((await diagnose(text)).filter(r => r.code === 'dose-out-of-range')).toEqual([]);
        const page = await summaryMarkdownUncited(text);
        expect(page).toContain('Aluminium hydroxide 1.8 g/day oral (line 5): the knowledge base has no regimen for children (this patient is 9 years');
        expect(page).not.toMatch(/Aluminium hydroxide 1\.8 g\/day oral \(line 5\): within/);
    });
});

describe('calcium heparin is a prescription as well as an exposure', () => {
    it('drug heparinCalcium 5000 units sc twice daily: known beside its exposure, a dose of the heparin label\'s prophylaxis, and the case iatrogenic', async () => {
        const text = `case R {
    patient { age 60 years sex female weight 60 kg }
    history { condition haemodialysis exposure heparinCalcium }
    lesion L1 { site abdomen size 1 cm }
    biopsy of L1 "calcium deposits"
    treatment {
        drug heparinCalcium 5000 units sc twice daily
    }
}`;
        const rows = await diagnose(text);
        expect(rows.filter(r => r.code === 'unknown-term' || r.code === 'dose-out-of-range')).toEqual([]);
        expect(rows.find(r => r.code === 'classification')?.message).toMatch(/^Iatrogenic calcinosis cutis/);
        expect(await summaryMarkdownUncited(text)).toContain('Calcium heparin 5000 units sc twice daily (line 7): a dose for prophylaxis of venous thromboembolism, not a regimen for calcinosis');
    });
});

describe('the drug table says the label warnings that bear on the case', () => {
    it('calcium gluconate: extravasation, tissue necrosis and calcinosis', async () => {
        const page = await summaryMarkdownUncited(drugCase('age 10 days sex female weight 3 kg', 'drug calciumGluconate 100 mg/kg iv once', 'injury injection'));
        expect(page).toContain('- **Calcium gluconate:** Adverse effects: Tissue necrosis and calcinosis where it extravasates (label warning): give it through a secure intravenous line, check the site, and stop at once if it leaks.');
    });

    it('zoledronic acid: renal toxicity beside the class\'s adverse effects', async () => {
        const page = await summaryMarkdownUncited(drugCase('age 60 years sex female weight 70 kg', 'drug zoledronicAcid 4 mg iv over 15 minutes once', 'condition malignancy'));
        expect(page).toContain('- **Zoledronic acid:** Adverse effects: Renal toxicity (label warning): hydrate first, infuse over no less than 15 minutes, and check the creatinine before each dose; hypocalcaemia.');
    });
});

describe('circumscripta is one region, wherever it is', () => {
    it('its definition no longer says "an extremity or joint" alone', async () => {
        const text = 'case R {\n    lesion L1 { site scrotum size 1 cm }\n    diagnosis { extent circumscripta }\n}';
        const page = await summaryMarkdownUncited(text);
        expect(page).toContain('Calcinosis circumscripta: Localised: limited to one region, classically an extremity or a joint.');
    });
});

describe('of two ceilings a dose is above, the one that binds is said (their units differ)', () => {
    it('ceftriaxone 5 g/day in a newborn of 3 kg: above the SmPC\'s 50 mg/kg/day (150 mg), not only the adults\' 4 g/day', async () => {
        const rows = (await diagnose(drugCase('age 10 days sex male weight 3 kg', 'drug ceftriaxone 5 g/day iv', 'condition dermatomyositis'))).filter(r => r.code === 'dose-out-of-range');
        expect(rows).toHaveLength(1);
        expect(rows[0].message).toMatch(/it is also above the maximum of 150 mg\/day \(50 mg\/kg\/day at 3 kg\)/);
    });
});

describe('a per-kg dose worked out for the patient says its indication where it is another', () => {
    it('prednisolone in vitamin D intoxication: the myositis regimen\'s 39-78 mg says it is for myositis', async () => {
        const page = await summaryMarkdownUncited(drugCase('age 50 years sex male weight 78 kg', 'drug prednisolone 40 mg oral daily', 'exposure nativeVitaminD'));
        expect(page).toContain('0.5–1 mg/kg × 78 kg = 39–78 mg daily (for the underlying myositis (dermatomyositis, polymyositis))');
    });
});

describe('what clinicians write after a prescription gets its own message, at its place', () => {
    const syntax = async (line: string) => (await diagnose(drugCase('age 50 years sex female weight 70 kg', line, 'condition dermatomyositis'))).filter(r => r.code === 'syntax').map(r => [r.line, r.text, r.message]);

    it('`then taper`: write the taper in the note', async () => {
        expect(await syntax('drug prednisone 60 mg oral daily then taper')).toEqual([[5, 'then', expect.stringMatching(/^`then` starts a second step of the prescription, which the language does not read: write the taper in the note/)]]);
    });

    it('`weekly x 2`: the count is ambiguous (ISMP), write it in doses or weeks', async () => {
        expect(await syntax('drug rituximab 1000 mg iv weekly x 2')).toEqual([[5, 'x', expect.stringMatching(/ISMP lists it as error-prone .*write `for 2 doses` or `for 2 weeks`/)]]);
    });
});

describe('a calcium high only once corrected, in kidney disease: the guidelines differ on correcting, and the caution says so', () => {
    const text = (calcium: string) => `case R {\n    patient { age 60 years sex male weight 70 kg }\n    history { condition haemodialysis }\n    labs { calcium ${calcium} albumin 2.8 g/dL phosphate 6 mg/dL }\n    treatment {\n        drug calciumAcetate 667 mg oral three times daily with meals\n    }\n}`;
    const rows = async (calcium: string) => (await diagnose(text(calcium))).filter(r => r.code === 'drug-caution').map(r => [r.severity, r.message]);

    it('measured 9.8, corrected 10.8 mg/dL on haemodialysis: still the label\'s error, with KDIGO\'s advice to confirm with an ionised calcium', async () => {
        expect(await rows('9.8 mg/dL')).toEqual([['error', expect.stringMatching(/^Calcium acetate with a high albumin-corrected calcium \(10\.8 mg\/dL; the measured total is within its interval, and in kidney disease KDIGO 2017 does not correct calcium for albumin \(KDOQI 2003 did\): confirm with an ionised calcium\): calcium acetate is contraindicated in hypercalcaemia/)]]);
    });

    it('measured 11.0 mg/dL: high either way, said as before', async () => {
        expect(await rows('11.0 mg/dL')).toEqual([['error', expect.stringMatching(/^Calcium acetate with a high calcium \(12 mg\/dL\): calcium acetate is contraindicated in hypercalcaemia/)]]);
    });
});
