/**
 * Clinician read 9 (published case types), the plan and the classification: calcinosis
 * after phosphate enemas with a critical phosphate in mmol/L.
 */
import { describe, expect, it } from 'vitest';
import { summarizeDocument } from '../../src/language/summary/summary-document.js';
import { renderMarkdown } from '../../src/language/summary/render-markdown.js';
import { diagnose, services, validate } from './helpers.js';

const enema = (labs: string) => `case PhosphateEnema {
    patient { age 81 years sex female weight 48 kg }
    history {
        condition chronicKidneyDisease "G3b"
        exposure phosphateEnema "one Fleet enema daily for 7 days"
    }
    lesion T1 { site bilateral thigh size 5 x 4 cm morphology plaque firm }
    labs {
${labs}
    }
    biopsy of T1 "Calcium deposits in the dermis and subcutis around vessels"
}
`;
const raised = enema('        calcium 1.62 mmol/L\n        albumin 33 g/L\n        phosphate 3.4 mmol/L\n        egfr 13 mL/min/1.73m2');

describe('phosphate enemas', () => {
    it('with the phosphate raised: metastatic, the enema a systemic phosphate load (not "at the site")', async () => {
        const classification = (await diagnose(raised)).find(r => r.code === 'classification')!;
        expect(classification.message).toMatch(/^Metastatic calcinosis cutis, circumscripta \(definite\): phosphate \(inorganic phosphorus\) 3\.4 mmol\/L \(10\.5 mg\/dL\) high; Ca × P 74\.3 mg²\/dL² above 70;/);
        expect(classification.message).toContain('Phosphate enema given (a systemic phosphate load)');
        expect(classification.message).not.toContain('at the site');
    });

    it('the plan stops the enemas and brings in the kidney team, with the FDA\'s warning', async () => {
        const document = await validate(raised);
        const markdown = renderMarkdown(summarizeDocument(document, services.Calc.clinical.Analysis).summaries);
        expect(markdown).toMatch(/1\. \*\*Correct the underlying disorder\*\* — Suits this case\. Why: Chronic kidney disease \(renal failure\), Phosphate enema given \(a systemic phosphate load\)\./);
        expect(markdown).toContain('Stop the phosphate enemas and any oral sodium phosphate; correct dehydration;');
        expect(markdown).toContain('FDA 2014, sodium phosphate');
        expect(markdown).toMatch(/2\. \*\*Correct calcium and phosphate\*\*/);
    });

    it('with the phosphate not raised: iatrogenic, as the review classes it', async () => {
        const classification = (await diagnose(enema('        calcium 9.4 mg/dL\n        phosphate 3.8 mg/dL'))).find(r => r.code === 'classification')!;
        expect(classification.message).toMatch(/^Iatrogenic calcinosis cutis.*Phosphate enema given \(a systemic phosphate load\)/);
    });
});

describe('terms as clinicians write them', () => {
    it('acute kidney injury (aki) and the British ionised calcium are known', async () => {
        const rows = await diagnose('case T {\n    history {\n        condition aki\n        condition acuteKidneyInjury\n    }\n    labs {\n        ionisedCalcium 1.1 mmol/L\n    }\n}\n');
        expect(rows.filter(r => r.code === 'unknown-term')).toEqual([]);
    });
});
