/**
 * The fourteenth clinician review: the cautions a colleague gives at an infected ulcer's antibiotic
 * in kidney disease (ASHP/IDSA/PIDS/SIDP 2020) and at a fentanyl patch (Duragesic label; Durogesic SmPC).
 */
import { describe, expect, it } from 'vitest';
import { diagnose, drugCase, summaryMarkdownUncited } from './helpers.js';

const cautions = async (text: string) => (await diagnose(text)).filter(r => r.code === 'drug-caution').map(r => [r.severity, r.line, r.message]);

describe('vancomycin in kidney disease is dosed by its levels', () => {
    it('on haemodialysis: a warning at the drug naming the loading dose and the level targets', async () => {
        const rows = await cautions(drugCase('age 60 years sex male weight 80 kg', 'drug vancomycin 1 g iv every 12 hours', 'condition haemodialysis'));
        expect(rows).toEqual([['warning', 5, 'Vancomycin on dialysis: vancomycin is cleared by the kidney and is nephrotoxic: a loading dose by weight, then doses guided by its levels (a 24-hour AUC/MIC of 400-600; on haemodialysis a pre-dialysis level of 15-20 mg/L), with the pharmacy, not a fixed dose.']]);
    });

    it('with normal kidneys: vancomycin is known, and draws no kidney caution', async () => {
        const rows = await diagnose(drugCase('age 40 years sex male weight 80 kg', 'drug vancomycin 1 g iv every 12 hours', 'condition dermatomyositis'));
        expect(rows.filter(r => r.code === 'drug-caution' || r.code === 'unknown-term')).toEqual([]);
    });
});

describe('a fentanyl patch is for opioid-tolerant patients', () => {
    it('transdermal fentanyl: the US label\'s contraindication and the EU SmPC\'s lowest patch, both said', async () => {
        const [[severity, line, message]] = await cautions(drugCase('age 60 years sex male weight 80 kg', 'drug fentanyl 12 ug/h transdermal every 3 days', 'condition haemodialysis'));
        expect([severity, line]).toEqual(['warning', 5]);
        expect(message).toMatch(/^Fentanyl given transdermal: a fentanyl patch is for opioid-tolerant patients only .*the US label contraindicates it in opioid-non-tolerant patients \(boxed warning\); the EU SmPC allows only the lowest patch, 12 micrograms an hour/);
    });
});

describe('a switch from warfarin waits for the INR (Eliquis label 2.4)', () => {
    const text = (inr: string) => `case R {
    patient { age 70 years sex female weight 70 kg }
    history { condition atrialFibrillation }
    labs { inr ${inr} }
    treatment {
        drug warfarin 5 mg oral daily stopped "on admission"
        drug apixaban 5 mg oral twice daily
    }
}`;

    it('warfarin stopped, apixaban started, an INR of 2.6: a warning to start it only below 2.0', async () => {
        expect(await cautions(text('2.6'))).toContainEqual(['warning', 7, 'Apixaban with warfarin recorded as stopped and an INR of 2.6: when switching from warfarin the label starts apixaban only once the INR is below 2.0: check the INR before the first dose.']);
    });

    it('an INR of 1.6: no switching caution', async () => {
        expect((await cautions(text('1.6'))).map(r => r[2])).not.toContainEqual(expect.stringMatching(/INR is below 2\.0/));
    });
});

describe('duplicated vitamin D and calcium therapy on dialysis (the calcitriol injection\'s label; KDOQI 2003 guideline 5)', () => {
    const text = `case R {
    patient { age 60 years sex male weight 70 kg }
    history { condition haemodialysis }
    treatment {
        drug calcitriol 0.5 ug oral daily
        drug paricalcitol 2 ug iv three times a week
        drug calciumCarbonate 1500 mg oral three times daily with meals
        drug calciumAcetate 667 mg oral three times daily with meals
    }
}`;

    it('two active vitamin D sterols: a warning at each, naming the other', async () => {
        const rows = (await cautions(text)).filter(r => /active vitamin D sterols/.test(String(r[2])));
        expect(rows.map(r => [r[0], r[1]])).toEqual([['warning', 5], ['warning', 6]]);
        expect(rows[0][2]).toMatch(/^Calcitriol \(active vitamin D\) given with paricalcitol \(active vitamin D\): two active vitamin D sterols together are a duplicated therapy/);
    });

    it('two calcium-based binders: the 1,500 mg elemental calcium of KDOQI said', async () => {
        const rows = (await cautions(text)).filter(r => /calcium-based binders/.test(String(r[2])));
        expect(rows.map(r => [r[0], r[1]])).toEqual([['warning', 7], ['warning', 8]]);
        expect(rows[0][2]).toMatch(/KDOQI keeps the calcium from binders at most 1,500 mg a day, 2,000 mg with the diet/);
    });

    it('intravenous calcitriol three times a week after dialysis: the injection\'s label dose, no route warning', async () => {
        const rows = await diagnose(drugCase('age 60 years sex male weight 70 kg', 'drug calcitriol 1 ug iv three times a week "after dialysis"', 'condition haemodialysis'));
        expect(rows.filter(r => r.code === 'dose-out-of-range')).toEqual([]);
    });
});

describe('glucocorticoids in systemic sclerosis: scleroderma renal crisis (EULAR 2017; Steen & Medsger 1998)', () => {
    it('prednisolone 40 mg daily in early diffuse systemic sclerosis: a warning to keep the dose low and watch blood pressure and renal function', async () => {
        const rows = await cautions(drugCase('age 45 years sex female weight 60 kg', 'drug prednisolone 40 mg oral daily', 'condition systemicSclerosis "early diffuse"'));
        expect(rows).toContainEqual(['warning', 5, 'Prednisolone with systemic sclerosis: glucocorticoids are associated with scleroderma renal crisis (the risk highest in early diffuse disease and at higher doses, about 15 mg of prednisone a day or more): keep the dose low and monitor blood pressure and renal function (EULAR 2017).']);
    });

    it('the same dose in dermatomyositis: no renal crisis caution', async () => {
        const rows = await cautions(drugCase('age 45 years sex female weight 60 kg', 'drug prednisolone 40 mg oral daily', 'condition dermatomyositis'));
        expect(rows.map(r => r[2])).not.toContainEqual(expect.stringMatching(/renal crisis/));
    });
});

describe('the calciphylaxis plan with a mechanical valve does not offer apixaban (Eliquis label)', () => {
    it('on haemodialysis with a mechanical valve: the apixaban series is not said, its "not recommended" is', async () => {
        const text = `case R {
    patient { age 60 years sex male weight 70 kg }
    history { condition haemodialysis condition mechanicalHeartValve "mitral" }
    lesion T1 { site left thigh morphology retiformPurpura pain severe ulcerated yes }
    diagnosis { type calciphylaxis }
    treatment {
        drug warfarin 4 mg oral daily
    }
}`;
        const page = await summaryMarkdownUncited(text);
        expect(page).toContain('Apixaban is not recommended with a mechanical heart valve');
        expect(page).not.toContain('Apixaban has been used in dialysis patients');
    });
});

describe('interactions a pharmacist flags (methotrexate label; tacrolimus SmPC 4.5)', () => {
    it('methotrexate with probenecid, tacrolimus with diltiazem: a warning at the drug whose levels rise', async () => {
        const mtx = await cautions(drugCase('age 10 years sex female weight 30 kg height 135 cm', 'drug methotrexate 15 mg/m2 sc weekly\n        drug probenecid 250 mg oral twice daily', 'condition juvenileDermatomyositis'));
        expect(mtx.map(r => [r[0], r[1], String(r[2]).split(':')[0]])).toContainEqual(['warning', 5, 'Methotrexate given with probenecid']);
        const tac = await cautions(drugCase('age 50 years sex male weight 80 kg', 'drug tacrolimus 3 mg oral twice daily\n        drug diltiazem 120 mg oral twice daily', 'condition kidneyTransplant'));
        expect(tac.map(r => [r[0], r[1], String(r[2]).split(':')[0]])).toContainEqual(['warning', 5, 'Tacrolimus given with diltiazem']);
    });
});

describe('pregnancy cautions of the drugs beside calcinosis (captopril boxed warning; FDA 2020 on NSAIDs; rituximab label 8.1)', () => {
    it('captopril an error, ibuprofen and rituximab warnings, with pregnancy recorded', async () => {
        const rows = await cautions(drugCase('age 30 years sex female weight 60 kg',
            'drug captopril 12.5 mg oral three times daily\n        drug ibuprofen 400 mg oral three times daily\n        drug rituximab 1000 mg iv every 2 weeks for 2 doses', 'condition pregnancy "first trimester"'));
        const pregnancy = rows.filter(r => String(r[2]).includes('with pregnancy')).map(r => [r[0], r[1], String(r[2]).split(':')[0]]);
        expect(pregnancy).toEqual([['error', 5, 'Captopril with pregnancy'], ['warning', 6, 'Ibuprofen with pregnancy'], ['warning', 7, 'Rituximab with pregnancy']]);
    });
});
