/**
 * The thirteenth clinician review (cases in /tmp/clin13): what the plan left out — subcutaneous
 * injections in calciphylaxis, the dialysate with a raised calcium on dialysis (KDOQI 2003 6.3),
 * and denosumab's severe hypocalcaemia where the kidneys fail (Prolia boxed warning).
 */
import { describe, expect, it } from 'vitest';
import { summaryMarkdownUncited } from './helpers.js';

/** The plan step whose title starts so (it varies with the PTH), as one line of the summary. */
const step = (page: string, title: string) => page.split('\n').find(line => line.includes(`**${title}`)) ?? '';

const calciphylaxis = (labs: string) => `case C {
    patient { age 62 years sex female weight 95 kg }
    history { condition haemodialysis }
    lesion A1 { site abdomen morphology retiform purpura necrosis pain severe ulcerated yes }
    labs { ${labs} }
}`;

describe('calciphylaxis on haemodialysis', () => {
    it('the triggers step says to inject away from affected fat', async () => {
        const page = await summaryMarkdownUncited(calciphylaxis('calcium 9.4 mg/dL albumin 4 g/dL phosphate 5.0 mg/dL'));
        expect(step(page, 'Stop what drives it')).toContain('Give no subcutaneous injections (insulin, heparin) into affected fat: inject away from the lesions.');
    });

    it('with a raised calcium the mineral step gives the low-calcium dialysate; with a normal one it does not', async () => {
        const high = await summaryMarkdownUncited(calciphylaxis('calcium 10.9 mg/dL albumin 4 g/dL phosphate 6.5 mg/dL'));
        expect(step(high, 'Control calcium')).toContain('With the calcium still raised once calcium-based binders and active vitamin D are stopped, dialyse against a low-calcium dialysate (1.5 to 2.0 mEq/L) for 3 to 4 weeks.');
        const normal = await summaryMarkdownUncited(calciphylaxis('calcium 9.4 mg/dL albumin 4 g/dL phosphate 6.5 mg/dL'));
        expect(normal).not.toContain('low-calcium dialysate');
    });
});

describe('a hypercalcaemic crisis with failing kidneys', () => {
    const milkAlkali = (creatinine: string) => `case M {
    patient { age 68 years sex female weight 60 kg }
    history { condition milkAlkaliSyndrome }
    lesion L1 { site left thigh }
    labs { calcium 14.5 mg/dL albumin 4 g/dL ${creatinine} }
}`;

    it('at a creatinine clearance below 30 mL/min the crisis step carries denosumab\'s boxed warning', async () => {
        const page = await summaryMarkdownUncited(milkAlkali('creatinine 245 umol/L'));
        expect(step(page, 'Treat the hypercalcaemic crisis first')).toContain('With a GFR (or creatinine clearance) below 30 mL/min or on dialysis, denosumab carries a boxed warning of severe, sometimes fatal hypocalcaemia: if it is given, monitor the calcium closely.');
    });

    it('with normal kidneys it does not', async () => {
        const page = await summaryMarkdownUncited(milkAlkali('creatinine 0.8 mg/dL'));
        expect(step(page, 'Treat the hypercalcaemic crisis first')).not.toContain('boxed warning');
    });
});
