/**
 * The eighteenth clinical review: calciphylaxis on peritoneal dialysis with the calcium raised was
 * told to "dialyse against a low-calcium dialysate (1.5 to 2.0 mEq/L)", KDOQI 6.3's bath. For
 * peritoneal dialysis the sources differ: KDOQI 2003 (guideline 9) gives 2.5 mEq/L for both
 * modalities and a lower one to remove calcium; a CAPD review (Bro 1997) advises against solutions
 * below 1.25 mmol/L. Both are said; haemodialysis keeps KDOQI 6.3.
 */
import { describe, expect, it } from 'vitest';
import { summaryMarkdownUncited } from './helpers.js';

const onDialysis = (modality: string, history = '', lesion = 'lesion L1 { site left thigh morphology ulcer pain severe }\n    biopsy of L1 "arteriolar medial calcification with intimal thrombosis"') => `case Dialysed {
    patient { age 55 years sex female weight 68 kg }
    history {
        condition ${modality}
        ${history}
    }
    labs { calcium 11.4 mg/dL albumin 4.0 g/dL phosphate 6.1 mg/dL }
    ${lesion}
}`;

const HAEMODIALYSIS_BATH = 'dialyse against a low-calcium dialysate (1.5 to 2.0 mEq/L) for 3 to 4 weeks';
const PERITONEAL = [
    'On peritoneal dialysis, KDOQI gives 2.5 mEq/L (1.25 mmol/L) as the dialysate calcium of both modalities, and a lower one where calcium is to be removed.',
    'A review of CAPD advises against peritoneal dialysis solutions below 1.25 mmol/L (2.5 mEq/L)',
];

describe('a raised calcium on dialysis: the dialysate by modality', () => {
    it('peritoneal dialysis: KDOQI 9 and the CAPD review, not the haemodialysis bath', async () => {
        const page = await summaryMarkdownUncited(onDialysis('peritonealDialysis'));
        for (const words of PERITONEAL) expect(page).toContain(words);
        expect(page).not.toContain('1.5 to 2.0 mEq/L');
        expect(page).toContain('**Bro 1997.**');
        expect(page).toContain('**KDOQI 2003, guideline 9.**');
    });

    it('haemodialysis, and dialysis of no modality recorded: KDOQI 6.3\'s low bath for 3 to 4 weeks', async () => {
        for (const modality of ['haemodialysis', 'dialysis']) {
            const page = await summaryMarkdownUncited(onDialysis(modality));
            expect(page, modality).toContain(HAEMODIALYSIS_BATH);
            expect(page, modality).not.toContain(PERITONEAL[0]);
        }
    });

    it('vitamin D excess on peritoneal dialysis: no fluid, no bisphosphonate, and the peritoneal dialysate', async () => {
        const page = await summaryMarkdownUncited(onDialysis('peritonealDialysis', 'condition hypervitaminosisD', 'lesion L1 { site left elbow morphology papule }\n    biopsy of L1 "dermal calcium deposits"'));
        expect(page).toContain('On dialysis, fluid is not given to lower the calcium, and bisphosphonates are not recommended in severe renal impairment.');
        expect(page).not.toContain('1.5-2.0 mEq/L');
        expect(page).toContain(PERITONEAL[1]);
    });
});
