/**
 * The second clinical review's caution items (notes review2, items 1, 3-7, 10, 12): each as the
 * user sees it, in a diagnostic (code, severity, text), a dose verdict, or the summary's HTML.
 */
import { describe, expect, it } from 'vitest';
import { diagnose, doseVerdicts as verdicts, summaryHtml as html } from './helpers.js';

/** A 71-year-old man of 62 kg in CKD G4 not on dialysis (creatinine 2.9: CrCl 20.5 mL/min), with these labs and drugs. */
function ckd(drugs: string, { labs = 'calcium 10.9 mg/dL\n        albumin 3.6 g/dL', history = '' } = {}): string {
    return `case K {
    patient { age 71 years sex male weight 62 kg height 170 cm }
    history {
        condition chronicKidneyDisease
        ${history}
    }
    lesion S1 { site right shoulder size 3 x 3 cm morphology nodular }
    labs {
        ${labs}
        creatinine 2.9 mg/dL
        egfr 21 mL/min/1.73m2
    }
    treatment {
        ${drugs}
    }
}`;
}

const cautions = async (text: string) => (await diagnose(text)).filter(r => r.code === 'drug-caution');

describe('1. calcium binders and active vitamin D in hypercalcaemia, at any CKD stage', () => {
    it('calcium acetate with a high corrected calcium in CKD G4: an error from the label, and no "below" verdict', async () => {
        const text = ckd('drug calciumAcetate 667 mg oral 3 times a day');
        const rows = await cautions(text);
        expect(rows.map(r => [r.severity, r.text])).toEqual([['error', 'calciumAcetate']]);
        expect(rows[0].message).toBe('Calcium acetate with a high calcium (11.2 mg/dL): calcium acetate is contraindicated in hypercalcaemia: stop it and bind phosphate with a calcium-free binder.');
        expect((await diagnose(text)).filter(r => r.code === 'dose-out-of-range')).toEqual([]);
        const [verdict] = await verdicts(text);
        expect(verdict.status).toBe('not-checked');
        expect(verdict.text).toMatch(/^not judged against a regimen: the caution leads, with a high calcium \(11\.2 mg\/dL\): calcium acetate is contraindicated/);
    });

    it('the summary\'s Done line and drug table lead with the caution, with no ⚠ "below the reported"', async () => {
        const page = await html(ckd('drug calciumAcetate 667 mg oral 3 times a day'));
        expect(page).toContain('the caution leads, with a high calcium (11.2 mg/dL): calcium acetate is contraindicated in hypercalcaemia');
        expect(page).not.toMatch(/below the reported 1334/);
    });

    it('calcitriol with a high calcium: a caution to stop it; off dialysis KDIGO 2017 4.2.2 says not routinely', async () => {
        const rows = await cautions(ckd('drug calcitriol 0.25 ug oral daily'));
        // The labels' contraindication is an error, as calcium acetate's is (clinical review 13).
        expect(rows.map(r => r.severity)).toEqual(['error', 'warning']);
        expect(rows.map(r => r.message)).toEqual([
            'Calcitriol (active vitamin D) with a high calcium (11.2 mg/dL): calcitriol and alfacalcidol are contraindicated in hypercalcaemia: stop active vitamin D until the calcium is normal.',
            'Calcitriol (active vitamin D) in chronic kidney disease not on dialysis: in CKD G3a-G5 not on dialysis calcitriol and vitamin D analogues are not to be used routinely (KDIGO 2017 4.2.2): keep them for severe and progressive hyperparathyroidism in G4-G5.'
        ]);
    });

    it('a normal calcium draws no hypercalcaemia caution', async () => {
        expect(await cautions(ckd('drug calciumAcetate 1334 mg oral 3 times a day', { labs: 'calcium 9.0 mg/dL' }))).toEqual([]);
    });
});

describe('3. renal contraindications lead the verdict', () => {
    it('zoledronic acid 5 mg with a creatinine clearance of 20.5: an error (Reclast label), and no "within"', async () => {
        const text = ckd('drug zoledronicAcid 5 mg iv once', { labs: 'calcium 9.0 mg/dL' });
        const rows = await cautions(text);
        expect(rows.map(r => r.severity)).toEqual(['error']);
        expect(rows[0].message).toBe('Zoledronic acid with a creatinine clearance of 20.5 mL/min (Cockcroft-Gault): zoledronic acid 5 mg (Reclast, Aclasta) is contraindicated with a creatinine clearance below 35 mL/min: do not give it.');
        const [verdict] = await verdicts(text);
        expect(verdict.text).not.toMatch(/within/);
        expect(verdict.text).toMatch(/^not judged against a regimen: the caution leads/);
    });

    it('zoledronic acid 4 mg (oncology, repeated) is adjusted, not contraindicated: a warning', async () => {
        const rows = await cautions(ckd('drug zoledronicAcid 4 mg iv every 4 weeks', { labs: 'calcium 9.0 mg/dL' }));
        expect(rows.map(r => r.severity)).toEqual(['warning']);
        expect(rows[0].message).toMatch(/the repeated 4 mg oncology dose of zoledronic acid \(myeloma, bone metastases\) is reduced from a creatinine clearance of 60 mL\/min/);
        expect(rows[0].message).toContain('(the Zometa label: 3.5 mg at 50-60 mL/min, 3.3 mg at 40-49, 3.0 mg at 30-39)'); // clinician read 10
    });

    it('colchicine below a creatinine clearance of 30: the verdict says the caution applies, not "within"', async () => {
        const [verdict] = await verdicts(ckd('drug colchicine 0.5 mg oral twice daily', { labs: 'calcium 9.0 mg/dL' }));
        expect(verdict.status).toBe('not-checked');
        expect(verdict.text).toBe('not judged against the usual regimen: the caution applies, with a creatinine clearance of 20.5 mL/min (Cockcroft-Gault): with a creatinine clearance below 30 mL/min colchicine starts at 0.3 mg/day; on dialysis 0.3 mg twice a week');
    });

    it('alendronate below 35 mL/min: no "within" in the summary', async () => {
        const page = await html(ckd('drug alendronate 70 mg oral weekly', { labs: 'calcium 9.0 mg/dL' }));
        expect(page).toContain('the caution leads, with a creatinine clearance of 20.5 mL/min (Cockcroft-Gault): alendronate is not recommended');
        expect(page).not.toMatch(/within the reported 70 mg oral weekly/);
    });
});

describe('4. methotrexate in cirrhosis', () => {
    it('a warning naming where the older and current labels differ, and no "within"', async () => {
        const text = `case L {\n    patient { age 58 years sex male weight 80 kg }\n    history { condition cirrhosis }\n    treatment {\n        drug methotrexate 15 mg oral weekly\n    }\n}`;
        const rows = await cautions(text);
        expect(rows.map(r => r.severity)).toEqual(['warning']);
        expect(rows[0].message).toMatch(/^Methotrexate with cirrhosis: the labels differ: older US methotrexate labels contraindicate it in rheumatoid arthritis and psoriasis with alcoholism, alcoholic or other chronic liver disease/);
        expect(rows[0].message).toMatch(/the current US label \(2020\) warns of hepatotoxicity/);
        expect((await verdicts(text))[0].text).not.toMatch(/within/);
    });
});

describe('4. colchicine and minocycline in cirrhosis', () => {
    it('each draws a hepatic caution; colchicine\'s leads its verdict', async () => {
        const text = `case L {\n    patient { age 58 years sex male weight 80 kg }\n    history { condition cirrhosis }\n    treatment {\n        drug colchicine 0.5 mg oral twice daily\n        drug minocycline 100 mg/day oral\n    }\n}`;
        const rows = await cautions(text);
        expect(rows.map(r => [r.severity, r.text])).toEqual([['warning', 'colchicine'], ['warning', 'minocycline']]);
        expect(rows[0].message).toMatch(/^Colchicine with cirrhosis: colchicine is cleared by the liver/);
        expect(rows[1].message).toMatch(/^Minocycline with cirrhosis: minocycline can cause hepatotoxicity/);
        expect((await verdicts(text))[0].text).toMatch(/^not judged against the usual regimen: the caution applies, with cirrhosis/);
    });
});

describe('5. a children\'s per-kg regimen is not worked out for an adult in the drug table', () => {
    it('pamidronate 1 mg/kg (children with JDM) shows no "× 80 kg" for a 40-year-old', async () => {
        const page = await html(`case P {\n    patient { age 40 years sex female weight 80 kg }\n    history { condition systemicSclerosis }\n    treatment {\n        drug pamidronate 90 mg iv every 4 weeks\n    }\n}`);
        expect(page).toContain('children with juvenile dermatomyositis');
        expect(page).not.toMatch(/1 mg\/kg × 80 kg/);
    });

    it('a child still sees the per-kg dose worked out', async () => {
        const page = await html(`case P {\n    patient { age 10 years sex female weight 30 kg }\n    history { condition juvenileDermatomyositis }\n    treatment {\n        drug pamidronate 30 mg iv daily for 3 days every 3 months\n    }\n}`);
        expect(page).toMatch(/1 mg\/kg × 30 kg = 30 mg/);
    });
});

describe('6. pregnancy: diltiazem, and an adult\'s prednisolone', () => {
    const pregnant = (drug: string) => `case S {\n    patient { age 31 years sex female weight 64 kg }\n    history {\n        condition pregnancy\n        condition systemicLupusErythematosus\n    }\n    treatment {\n        ${drug}\n    }\n}`;

    it('diltiazem in pregnancy: a warning stating that the EU and US labels disagree', async () => {
        const rows = await cautions(pregnant('drug diltiazem 180 mg/day oral'));
        expect(rows.map(r => r.severity)).toEqual(['warning']);
        expect(rows[0].message).toBe('Diltiazem with pregnancy: the labels disagree: several European product information texts contraindicate diltiazem in pregnancy (animal embryo-fetal toxicity), while the US label allows it only if the benefit justifies the risk to the fetus; use it in pregnancy only after weighing this, with obstetrics.');
    });

    it('a drug listed but not given carries its pregnancy caution in the drug table', async () => {
        const page = await html(`case S {\n    patient { age 31 years sex female weight 64 kg }\n    history {\n        condition pregnancy\n        condition systemicSclerosis\n    }\n    lesion L1 { site right index finger size 1 x 1 cm morphology nodular }\n    treatment {\n        drug diltiazem 180 mg/day oral\n    }\n}`);
        expect(page).toMatch(/<strong>Pamidronate<\/strong>.*⚠ If given with pregnancy: bisphosphonates are not recommended in pregnancy/);
    });

    it('an adult\'s prednisolone is not held against the children\'s JDM regimen (clinical review 12: but against the label\'s adult range)', async () => {
        const text = pregnant('drug prednisolone 10 mg oral daily');
        expect((await diagnose(text)).filter(r => r.code === 'dose-out-of-range')).toEqual([]);
        expect((await verdicts(text))[0].text).toBe('a dose for its labelled indications, not a regimen for calcinosis: within the reported 5–60 mg oral daily');
    });
});

describe('7. NSAIDs: known drugs, with KDIGO 2012\'s renal caution', () => {
    it('ibuprofen at eGFR 21: a known drug, a caution to avoid it, no "within"', async () => {
        const text = ckd('drug ibuprofen 400 mg oral 3 times a day', { labs: 'calcium 9.0 mg/dL' });
        const rows = await diagnose(text);
        expect(rows.filter(r => r.code === 'term-unknown')).toEqual([]);
        const caution = rows.filter(r => r.code === 'drug-caution');
        expect(caution.map(r => [r.severity, r.message])).toEqual([['warning', 'Ibuprofen with an eGFR of 21 mL/min/1.73 m² (G4): avoid NSAIDs with a GFR below 30 mL/min/1.73 m² and on dialysis (KDIGO 2012: they lower the GFR further, and the residual renal function on dialysis).']]);
        expect((await verdicts(text))[0].text).not.toMatch(/within/);
    });

    it('naproxen at eGFR 45: prolonged use not recommended', async () => {
        const rows = await cautions(ckd('drug naproxen 500 mg oral twice daily', { labs: 'calcium 9.0 mg/dL\n        egfr 45 mL/min/1.73m2' }).replace('egfr 21 mL/min/1.73m2', ''));
        expect(rows.map(r => r.message)).toEqual(['Naproxen with an eGFR of 45 mL/min/1.73 m² (G3a): prolonged NSAID therapy is not recommended with a GFR below 60 mL/min/1.73 m² (KDIGO 2012): keep the course short, and stop them with an acute illness.']);
    });

    it('diclofenac on dialysis: avoid', async () => {
        const rows = await cautions(`case D {\n    patient { age 60 years sex male weight 70 kg }\n    history { condition dialysis }\n    treatment {\n        drug diclofenac 50 mg oral twice daily\n    }\n}`);
        expect(rows.map(r => r.message)).toEqual([expect.stringMatching(/^Diclofenac on dialysis: avoid NSAIDs/)]);
    });
});

describe('10. two anticoagulants together', () => {
    it('apixaban with warfarin: a warning from the apixaban label', async () => {
        const rows = await cautions(`case W {\n    patient { age 60 years sex female weight 70 kg }\n    history { condition systemicSclerosis }\n    treatment {\n        drug warfarin 5 mg/day oral\n        drug apixaban 5 mg oral twice daily\n    }\n}`);
        expect(rows.map(r => [r.severity, r.text, r.message])).toEqual([['warning', 'apixaban', 'Apixaban given with warfarin: apixaban with another anticoagulant raises the risk of serious bleeding (label: concomitant drugs affecting haemostasis): give one, and when switching from warfarin stop warfarin and start apixaban once the INR is below 2.0.']]);
    });

    it('apixaban after a warfarin written `stopped`: no caution on two anticoagulants, the switch the label describes', async () => {
        const rows = await cautions(`case W {\n    patient { age 60 years sex female weight 70 kg }\n    history { condition systemicSclerosis }\n    treatment {\n        drug warfarin 5 mg/day oral stopped\n        drug apixaban 5 mg oral twice daily\n    }\n}`);
        expect(rows).toEqual([]);
    });
});

describe('12. IV sodium thiosulfate not on dialysis is not judged against the haemodialysis regimen', () => {
    it('25 g three times a week, not on dialysis: the verdict says the regimen is for dialysis patients', async () => {
        const text = `case T {\n    patient { age 60 years sex female weight 70 kg }\n    history { condition systemicSclerosis }\n    treatment {\n        drug sodiumThiosulfate 25 g iv 3 times a week\n    }\n}`;
        const [verdict] = await verdicts(text);
        expect(verdict.status).toBe('not-checked');
        expect(verdict.text).toMatch(/^the dose of the reported 12\.5–25 g iv 3 times a week \(adults with calciphylaxis on haemodialysis\), reported for patients on haemodialysis: not judged against it, as this patient is not recorded on dialysis$/);
    });

    it('12.5 g three times a week, not on dialysis: within the dystrophic regimen', async () => {
        const [verdict] = await verdicts(`case T {\n    patient { age 60 years sex female weight 70 kg }\n    history { condition systemicSclerosis }\n    treatment {\n        drug sodiumThiosulfate 12.5 g iv 3 times a week\n    }\n}`);
        expect(verdict.text).toMatch(/within the reported 12\.5 g iv 3 times a week \(an adult with dystrophic calcinosis\)/);
    });
});

describe('peritoneal dialysis is not haemodialysis', () => {
    const dialysed = (condition: string, drug: string) => `case PD {\n    patient { age 55 years sex male weight 70 kg }\n    history { condition ${condition} }\n    lesion L1 { site left thigh morphology necrosis ulcerated yes pain severe }\n    diagnosis { type calciphylaxis }\n    treatment {\n        ${drug}\n    }\n}`;

    it('no haemodialysis anion-gap caution on peritoneal dialysis; it stays on haemodialysis', async () => {
        const pd = await cautions(dialysed('peritonealDialysis', 'drug sodiumThiosulfate 25 g iv 3 times a week'));
        expect(pd.filter(r => /anion gap/.test(r.message))).toEqual([]);
        const hd = await cautions(dialysed('haemodialysis', 'drug sodiumThiosulfate 25 g iv 3 times a week'));
        expect(hd.map(r => r.message)).toEqual([expect.stringMatching(/^Sodium thiosulfate on dialysis: sodium thiosulfate raises the anion gap in haemodialysis patients/)]);
    });

    it('12.5 g three times a week on peritoneal dialysis is not judged against the haemodialysis regimen', async () => {
        const [verdict] = await verdicts(dialysed('peritonealDialysis', 'drug sodiumThiosulfate 12.5 g iv 3 times a week'));
        expect(verdict.status).toBe('not-checked');
        expect(verdict.text).toBe('the dose of the reported 12.5–25 g iv 3 times a week (adults with calciphylaxis on haemodialysis), reported for patients on haemodialysis: not judged against it, as this patient is on peritoneal dialysis');
    });

    it('25 g three times a week on peritoneal dialysis is within Gossett 2023\'s intravenous doses (review 3)', async () => {
        const [verdict] = await verdicts(dialysed('peritonealDialysis', 'drug sodiumThiosulfate 25 g iv 3 times a week'));
        expect(verdict.text).toBe('within the reported 25 g iv 3 times a week (calciphylaxis on peritoneal dialysis)');
    });

    it('the peritoneal dialysis regimen judges a patient on peritoneal dialysis', async () => {
        const [verdict] = await verdicts(dialysed('peritonealDialysis', 'drug sodiumThiosulfate 3.2 g iv twice daily'));
        expect(verdict.text).toMatch(/^within the reported 3\.2 g iv twice daily \(calciphylaxis on peritoneal dialysis\)/);
    });

    it('`dialysis` alone names no modality: the haemodialysis regimen still judges', async () => {
        const [verdict] = await verdicts(dialysed('dialysis', 'drug sodiumThiosulfate 25 g iv 3 times a week'));
        expect(verdict.status).toBe('within');
    });
});
