/**
 * The second clinician review (items 2, 8, 9, 11 and part of 12): the extent, the Ca × P
 * target in CKD, parathyroidectomy, familial tumoral calcinosis and the calciphylaxis
 * summary, each as the user sees it: a diagnostic (code, severity, text) or the summary HTML.
 */
import { describe, expect, it } from 'vitest';
import { renderContent } from '../../src/language/summary/render-html.js';
import { summarizeDocument } from '../../src/language/summary/summary-document.js';
import { diagnose, services, validate } from './helpers.js';

async function html(text: string): Promise<string> {
    const document = await validate(text);
    const { summaries } = summarizeDocument(document, services.Calc.clinical.Analysis);
    return renderContent(summaries, { mode: 'standalone' });
}

/** The list item of one plan step in the summary HTML, by its title. */
function step(page: string, title: string): string | undefined {
    return page.match(new RegExp(`<li class="option [a-z-]+"><h3>${title} <span.*?</li>`))?.[0];
}

/** Juvenile dermatomyositis with lesions at elbows, knees, buttock, trunk and arm (review case 03). */
function jdm({ diagnosis = '', treatment = '' } = {}): string {
    return `case Jdm {
    patient { age 9 years sex female weight 26 kg }
    history { condition juvenileDermatomyositis }
    lesion E1 { site bilateral elbow size 3 x 2 cm }
    lesion K1 { site bilateral knee size 2 x 2 cm }
    lesion B1 { site buttock size 5 x 4 cm }
    lesion T1 { site trunk size 6 x 4 cm }
    lesion A1 { site left arm size 4 x 1 cm }
    labs {
        calcium 9.7 mg/dL
        phosphate 5.2 mg/dL
        albumin 4.0 g/dL
    }
    imaging { xray "Sheet-like calcification of the subcutaneous fascia of limbs and trunk" }
    ${diagnosis}
    treatment {
        ${treatment}
        drug methotrexate 15 mg/m2 sc weekly
    }
}`;
}

describe('2. the extent: a declared one stands; a borderline count asks for it', () => {
    it('lesions in 3 regions below the universalis counts are not called circumscripta: the writer is asked', async () => {
        const rows = await diagnose(jdm());
        const classification = rows.find(r => r.code === 'classification')!;
        expect(classification.message).toMatch(/^Dystrophic calcinosis cutis \(definite\): /);
        expect(classification.message).not.toMatch(/circumscripta|universalis/);
        expect(classification.message).toMatch(/lesions in 3 body regions, upper limb, lower limb, trunk, which our count does not settle as localised or diffuse/);
        expect(rows.filter(r => r.code === 'classification-incomplete').map(r => [r.severity, r.message])).toEqual([
            ['information', "Record the extent (`diagnosis { extent circumscripta }` or `universalis`): the lesions' body regions do not settle it by our count."]
        ]);
    });

    it('the plan does not propose excision as suiting small, localised lesions there', async () => {
        const page = await html(jdm());
        expect(page).not.toContain('small, localised lesions (circumscripta)');
        const excision = step(page, 'Surgical excision')!;
        expect(excision).toContain('<span class="fit">Extent unknown</span>');
        expect(excision).toMatch(/Why: the lesions&#39; regions do not settle localised or generalised disease: record the extent/);
    });

    it('a declared universalis stands: the headline and plan go by it, and excision draws the mismatch warning', async () => {
        const text = jdm({ diagnosis: 'diagnosis { extent universalis }', treatment: 'excision of E1 under general anaesthesia' });
        const rows = await diagnose(text);
        expect(rows.find(r => r.code === 'classification')!.message).toMatch(/^Dystrophic calcinosis cutis, universalis \(definite\)/);
        expect(rows.filter(r => r.code === 'classification-conflict')).toEqual([]);
        expect(rows.filter(r => r.code === 'management-mismatch').map(r => [r.severity, r.message])).toEqual([
            ['warning', 'Excision in calcinosis universalis: small and localised lesions are good candidates for surgery, while generalised disease calls for medical management (the seed, after Llamas-Velasco 2010 and Both 2017).']
        ]);
        const page = await html(text);
        expect(step(page, 'Surgical excision')).toContain('<span class="fit">Not for this case</span>');
        expect(page).toContain('<p>The declared extent, universalis <span class="muted">(calcinosis universalis)</span>.</p>');
    });

    it('where our count disagrees with the declaration it says so as information, not as a conflict warning', async () => {
        const rows = await diagnose('case Two {\n    history { condition dermatomyositis }\n    lesion E1 { site left elbow }\n    lesion K1 { site right knee }\n    diagnosis { extent universalis }\n}');
        expect(rows.filter(r => r.code === 'classification-conflict').map(r => [r.severity, r.text, r.message])).toEqual([[
            'information', 'universalis',
            "Declared universalis stands, and the plan goes by it. Our count of the lesions' body regions gives circumscripta (lesions at separate sites of 2 regions, upper limb, lower limb, not spread over the body (E1 at the left elbow, K1 at the right knee)), but no source counts body regions, so this count of ours does not override the extent a clinician declares."
        ]]);
    });

    it('a single lesion declared universalis is a warning: circumscripta by the definition, not by our count', async () => {
        const rows = await diagnose('case One {\n    history { condition dermatomyositis }\n    lesion E1 { site left elbow }\n    diagnosis { extent universalis }\n}');
        const conflict = rows.filter(r => r.code === 'classification-conflict');
        expect(conflict.map(r => [r.severity, r.text])).toEqual([['warning', 'universalis']]);
        expect(conflict[0].message).toMatch(/^Declared universalis, but the one lesion recorded \(lesions in one region, the upper limb \(E1 at the left elbow\)\) is circumscripta by definition: Circumscripta is limited to an extremity or joint/);
        expect(conflict[0].message).toMatch(/Record the other lesions, or declare circumscripta\.$/);
    });

    it('three single nodules at elbow, knee and buttock are never universalis', async () => {
        const rows = await diagnose('case Three {\n    history { condition dermatomyositis }\n    lesion A { site left elbow }\n    lesion B { site right knee }\n    lesion C { site buttock }\n}');
        expect(rows.find(r => r.code === 'classification')!.message).not.toMatch(/universalis/);
    });
});

/** CKD not on dialysis, with the eGFR given: Ca 9.8 × P 6.5 = 63.7 mg²/dL². */
function ckd(egfr: number): string {
    return `case Ckd {
    patient { age 70 years sex male weight 70 kg }
    history { condition chronicKidneyDisease }
    lesion S1 { site bilateral shoulder }
    labs {
        calcium 9.8 mg/dL
        phosphate 6.5 mg/dL
        egfr ${egfr} mL/min/1.73m2
    }
}`;
}

describe('8. KDOQI 2003 guideline 6.5: Ca × P below 55 from CKD stage 3, with KDIGO\'s advice against the product', () => {
    it('CKD G4 not on dialysis is held against 55', async () => {
        const product = (await diagnose(ckd(21))).filter(r => r.code === 'calcium-phosphate-product');
        expect(product.map(r => [r.severity, r.message])).toEqual([[
            'warning',
            'Calcium × phosphate 63.7 mg²/dL² (calcium 9.8 × phosphate 6.5 mg/dL) is above 55 mg²/dL², the KDOQI 2003 target in CKD stages 3 to 5 (below 70, the threshold for metastatic calcification). KDIGO 2009 and 2017 advise against using the Ca × P product: judge calcium and phosphate each on its own. Sources: KDOQI 2003; KDIGO CKD-MBD 2009.'
        ]]);
    });

    it('G3a (eGFR 50) too; an eGFR of 75 is held against the metastatic 70 only', async () => {
        expect((await diagnose(ckd(50))).filter(r => r.code === 'calcium-phosphate-product')).toHaveLength(1);
        expect((await diagnose(ckd(75))).filter(r => r.code === 'calcium-phosphate-product')).toEqual([]);
    });
});

/** Non-uraemic calciphylaxis on warfarin with the given PTH (review case 02). */
function nonUraemic(pth: number, calcium = 8.6): string {
    return `case NonUraemic {
    patient { age 66 years sex female weight 118 kg }
    history {
        condition diabetes
        exposure warfarin "for atrial fibrillation"
    }
    lesion T1 { site bilateral thigh morphology retiformPurpura necrotic pain severe ulterated yes }
    labs {
        calcium ${calcium} mg/dL
        phosphate 3.9 mg/dL
        egfr 72 mL/min/1.73m2
        pth ${pth} pg/mL
    }
    biopsy of T1 "Calcification of small dermal and subcutaneous vessels with thrombosis"
    diagnosis { type calciphylaxis }
    treatment {
        drug warfarin 5 mg/day
    }
}`.replace('ulterated', 'ulcerated');
}

describe('9. parathyroidectomy only where it fits', () => {
    it('non-uraemic calciphylaxis with a normal PTH does not list it; a raised PTH with a calcium not low does', async () => {
        expect(step(await html(nonUraemic(48)), 'Treat the non-uraemic cause')).not.toContain('Parathyroidectomy');
        expect(step(await html(nonUraemic(180, 10.9)), 'Treat the non-uraemic cause')).toContain('<p class="muted">Uses: Parathyroidectomy.</p>');
    });

    it('a raised PTH with a low calcium (8.6 mg/dL) is secondary: no parathyroidectomy, and the step says why (clinical review 4)', async () => {
        const cause = step(await html(nonUraemic(180)), 'Treat the non-uraemic cause');
        expect(cause).not.toContain('Uses: Parathyroidectomy');
        expect(cause).toContain('A raised PTH with a low calcium is the parathyroid answering the low calcium');
    });

    it('secondary hyperparathyroidism in CKD G4: not step 1, with KDIGO 2017\'s medical treatment first', async () => {
        const page = await html(`case CkdMetastatic {
    patient { age 71 years sex male weight 62 kg }
    history {
        condition chronicKidneyDisease
        condition secondaryHyperparathyroidism
    }
    lesion S1 { site bilateral shoulder }
    labs {
        calcium 10.9 mg/dL
        phosphate 7.6 mg/dL
        albumin 3.6 g/dL
        egfr 21 mL/min/1.73m2
        pth 410 pg/mL
    }
}`);
        const first = page.match(/<ol class="options"><li.*?<\/li>/)![0];
        expect(first).toContain('<h3>Correct the underlying disorder');
        expect(first).not.toContain('Uses: Parathyroidectomy');
        expect(first).not.toMatch(/first: parathyroidectomy/);
        expect(first).toContain('In chronic kidney disease with a raised PTH, correct phosphate, calcium and vitamin D first (look for hyperphosphataemia, hypocalcaemia, a high phosphate intake and vitamin D deficiency); parathyroidectomy is for severe hyperparathyroidism that fails medical or pharmacological therapy.');
        expect(first).toContain('title="KDIGO 2017 CKD-MBD"');
    });
});

const HFTC = `case Hftc {
    patient { age 13 years sex male weight 44 kg }
    history { condition familialTumoralCalcinosis }
    lesion H1 { site right hip }
    labs {
        calcium 9.6 mg/dL
        phosphate 7.8 mg/dL
    }
    imaging { ct of H1 "Multiloculated periarticular calcified mass" }
    diagnosis { type metastatic subtype tumoralFamilial }
    treatment {
        drug acetazolamide 250 mg oral twice daily
    }
}`;

describe('11. hyperphosphataemic familial tumoral calcinosis: classed both ways', () => {
    it('a declared metastatic type draws information naming the disagreement, not a conflict warning', async () => {
        const conflict = (await diagnose(HFTC)).filter(r => r.code === 'classification-conflict');
        expect(conflict.map(r => [r.severity, r.text, r.message])).toEqual([[
            'information', 'metastatic',
            'Declared metastatic, which the sources disagree on: familial tumoral calcinosis is listed among the idiopathic types (neither tissue damage nor abnormal calcium or phosphorus), although in its hyperphosphataemic form the phosphate is raised (Amonkar 2022, the seed report); hyperphosphataemic familial tumoral calcinosis is a disorder of phosphate regulation (FGF23 deficiency or resistance) in which the raised phosphate drives the deposits, as in metastatic calcinosis (Boyce 2020). The classification follows the seed (idiopathic).'
        ]]);
    });

    it('the summary does not give the idiopathic definition beside the high phosphate as if it fitted, and says no dose is given', async () => {
        const page = await html(HFTC);
        expect(page).not.toContain('Idiopathic: Deposition with neither tissue damage nor abnormal calcium or phosphorus');
        expect(page).toContain('Idiopathic: Familial tumoral calcinosis is listed among the idiopathic types (neither tissue damage nor abnormal calcium or phosphorus), although in its hyperphosphataemic form the phosphate is raised.');
        expect(step(page, 'Lower phosphate')).toContain('The sources read here give no acetazolamide dose for tumoral calcinosis: the dose is the treating team&#39;s.');
    });
});

describe('12. the calciphylaxis summary: no extent definition, each drug named once', () => {
    it('no "Calcinosis circumscripta" line, and warfarin recorded and given is named once, as given', async () => {
        const page = await html(nonUraemic(48));
        expect(page).not.toContain('Calcinosis circumscripta');
        expect(step(page, 'Stop what drives it')).toContain('<p class="why">Why: recorded: Warfarin (given).</p>');
    });
});
