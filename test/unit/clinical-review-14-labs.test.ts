/**
 * The fourteenth clinician review: active vitamin D with a high phosphate in CKD (KDOQI 2003
 * guideline 7; KDOQI paediatric 9A), and an enzyme's activity written in international units.
 */
import { describe, expect, it } from 'vitest';
import { diagnose, summaryMarkdownUncited, validate, services } from './helpers.js';

const ckdCase = (patient: string, phosphate: string, history = 'condition chronicKidneyDisease') => `case R {
    patient { ${patient} }
    history { ${history} }
    labs { calcium 9.2 mg/dL phosphate ${phosphate} egfr 20 mL/min/1.73m2 }
    treatment {
        drug calcitriol 0.25 ug oral daily
    }
}`;

const cautions = async (text: string) => (await diagnose(text)).filter(r => r.code === 'drug-caution').map(r => [r.severity, r.line, r.message]);

describe('active vitamin D with a high phosphate in chronic kidney disease', () => {
    it('an adult in CKD 4 with a phosphate of 7.6 mg/dL: a warning to bind the phosphate and stop vitamin D if it stays high (KDOQI 2003 7.3d)', async () => {
        const rows = await cautions(ckdCase('age 60 years sex male weight 70 kg', '7.6 mg/dL'));
        expect(rows).toContainEqual(['warning', 6, 'Calcitriol (active vitamin D) with a high phosphate (7.6 mg/dL (2.45 mmol/L)) in chronic kidney disease: vitamin D raises the phosphate absorbed: add or increase a phosphate binder, and stop vitamin D therapy if the phosphate stays high (KDOQI 2003 7.3d).']);
    });

    it('a child in CKD: withhold it until the phosphate is below the upper limit for age (KDOQI paediatric 9A.1.a)', async () => {
        const rows = await cautions(ckdCase('age 10 years sex female weight 30 kg', '7.6 mg/dL'));
        expect(rows.map(r => r[2])).toContainEqual(expect.stringMatching(/with a high phosphate \(7\.6 mg\/dL .*\) in chronic kidney disease: active vitamin D is to be given only with the phosphate below the upper limit for age \(KDOQI paediatric 9A\.1\.a\): withhold it and lower the phosphate first\.$/));
    });

    it('a normal phosphate, or hypoparathyroidism without kidney disease (calcitriol is its treatment): no phosphate caution', async () => {
        expect((await cautions(ckdCase('age 60 years sex male weight 70 kg', '4 mg/dL'))).map(r => r[2])).not.toContainEqual(expect.stringMatching(/high phosphate/));
        const hypopara = `case R {
    patient { age 60 years sex female weight 70 kg }
    history { condition hypoparathyroidism }
    labs { calcium 7.9 mg/dL phosphate 5.2 mg/dL }
    treatment {
        drug calcitriol 0.25 ug oral twice daily
    }
}`;
        expect((await cautions(hypopara)).map(r => r[2])).not.toContainEqual(expect.stringMatching(/high phosphate/));
    });
});

describe('an enzyme in international units is read as U/L', () => {
    it('creatine kinase 450 IU/L and alkaline phosphatase 300 units/L: no unit error, judged as U/L', async () => {
        const text = `case R {
    patient { age 40 years sex female }
    labs { ck 450 IU/L alkalinePhosphatase 300 units/L }
}`;
        expect((await diagnose(text)).filter(r => r.code.startsWith('unit-'))).toEqual([]);
        const document = await validate(text);
        const labs = services.Calc.clinical.Analysis.analysisOf(document.parseResult.value.cases[0]).labs.byAnalyte;
        expect([labs.ck?.canonical, labs.ck?.status]).toEqual([450, 'high']);
        expect([labs.alkalinePhosphatase?.canonical, labs.alkalinePhosphatase?.status]).toEqual([300, 'high']);
    });
});

describe('the INR with a mechanical heart valve (warfarin label 2.2)', () => {
    const text = (history: string) => `case R {
    patient { age 60 years sex male weight 70 kg }
    history { ${history} }
    labs { inr 2.2 }
    treatment {
        drug warfarin 4 mg oral daily
    }
}`;

    it('INR 2.2 on warfarin with a mechanical valve: low against the mitral valve\'s 2.5–3.5, the aortic bileaflet valve\'s 2.0–3.0 said beside it', async () => {
        const [row] = (await diagnose(text('condition mechanicalHeartValve "mitral"'))).filter(r => r.code === 'lab-out-of-range');
        expect([row.severity, row.line]).toEqual(['warning', 4]);
        expect(row.message).toMatch(/^INR 2\.2 is low: below the warfarin target with a mechanical heart valve .* 2\.5–3\.5 by 0\.3; the label holds a bileaflet mechanical valve in the aortic position to 2\.0–3\.0/);
    });

    it('INR 2.2 on warfarin for atrial fibrillation: within 2.0–3.0', async () => {
        expect((await diagnose(text('condition atrialFibrillation'))).filter(r => r.code === 'lab-out-of-range')).toEqual([]);
    });
});

describe('a subepidermal calcified nodule of the ear is not a petrified ear (DermNet)', () => {
    it('no adrenal work-up step for Winer\'s nodule of a child\'s ear; the petrified ear still asks for it', async () => {
        const kase = (diagnosis: string) => `case R {
    patient { age 5 years sex male weight 18 kg }
    lesion E1 { site left ear size 4 mm }
    diagnosis { ${diagnosis} }
}`;
        expect(await summaryMarkdownUncited(kase('type idiopathic subtype subepidermalNodule'))).not.toContain('exclude adrenal insufficiency');
        expect(await summaryMarkdownUncited(kase('type idiopathic'))).toContain('exclude adrenal insufficiency');
    });
});

describe('vitamin D excess on dialysis: no fluid, no bisphosphonate, calcitriol\'s short action (KDOQI 2003 6.3c; Calcijex label)', () => {
    it('calcitriol with a high calcium on haemodialysis: the plan says the dialysate, not rehydration', async () => {
        const text = `case R {
    patient { age 60 years sex male weight 70 kg }
    history { condition haemodialysis }
    lesion L1 { site left shoulder size 3 cm }
    labs { calcium 11.6 mg/dL phosphate 5 mg/dL albumin 4 g/dL }
    treatment {
        drug calcitriol 0.5 ug oral daily
    }
}`;
        const page = await summaryMarkdownUncited(text);
        expect(page).toContain('On dialysis, fluid is not given to lower the calcium: a low dialysate calcium (1.5-2.0 mEq/L) for 3-4 weeks');
        expect(page).toContain('After calcitriol, whose action is short, the hypercalcaemia usually resolves in 2 to 7 days');
    });
});

describe('tumoral calcinosis with chronic kidney disease (KDIGO 2017; acetazolamide label)', () => {
    const text = (egfr: string) => `case R {
    patient { age 40 years sex female weight 60 kg }
    history { condition familialTumoralCalcinosis }
    lesion M1 { site left hip size 9 cm }
    labs { calcium 9.4 mg/dL phosphate 6.9 mg/dL egfr ${egfr} mL/min/1.73m2 }
    diagnosis { type idiopathic subtype tumoralFamilial }
    treatment {
        drug acetazolamide 500 mg oral twice daily
    }
}`;

    it('eGFR 22: no "the kidneys are normal"; the CKD-MBD advice, and acetazolamide contraindicated', async () => {
        const page = await summaryMarkdownUncited(text('22'));
        expect(page).not.toContain('the kidneys are normal');
        expect(page).toContain('the raised phosphate is also the kidney disease\'s (CKD-MBD)');
        const rows = (await diagnose(text('22'))).filter(r => r.code === 'drug-caution');
        expect(rows.map(r => [r.severity, r.line, r.message.split(':')[0]])).toEqual([['warning', 8, 'Acetazolamide with an eGFR of 22 mL/min/1.73 m² (G4)']]);
    });

    it('eGFR 95: the kidneys are normal, as Boyce 2020 says, and no acetazolamide caution', async () => {
        expect(await summaryMarkdownUncited(text('95'))).toContain('the kidneys are normal');
        expect((await diagnose(text('95'))).filter(r => r.code === 'drug-caution')).toEqual([]);
    });
});
