/**
 * The thirteenth clinician review (cases in /tmp/clin13), items 7, 10, 12, 16 and 19: tertiary
 * hyperparathyroidism after a transplant, warfarin's dystrophic regimen in calciphylaxis, excision
 * of many lesions or in active dermatomyositis, apixaban's dialysis report, the Done list's ⚠.
 */
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../src/language/summary/render-markdown.js';
import { summarizeDocument } from '../../src/language/summary/summary-document.js';
import { services, validate } from './helpers.js';

async function markdown(text: string): Promise<string> {
    const document = await validate(text);
    return renderMarkdown(summarizeDocument(document, services.Calc.clinical.Analysis).summaries).replace(/<sup>\d+<\/sup>/g, '');
}

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
        const page = await markdown(transplant('condition tertiaryHyperparathyroidism', '2.78 mmol/L'));
        expect(page).toContain('- tertiary hyperparathyroidism (a calciphylaxis risk factor)');
        const cause = step(page, 'Treat the causes: calciphylaxis after kidney transplantation');
        expect(cause).toContain('Tertiary hyperparathyroidism (recorded): parathyroidectomy is its only curative treatment, and severe hypercalcaemia is among its indications');
        expect(cause).toContain('a randomised trial compared subtotal parathyroidectomy with cinacalcet');
        expect(page).not.toContain('correct phosphate, calcium and vitamin D first');
        expect(page).not.toContain('it is not indicated in chronic kidney disease not on dialysis');
        expect(step(page, 'Control calcium and PTH')).toContain('With a raised calcium after a kidney transplant, cinacalcet is off-label');
    });

    it('without tertiary hyperparathyroidism or a raised calcium the secondary-HPT advice stands', async () => {
        const page = await markdown(transplant('', '2.30 mmol/L'));
        expect(page).not.toContain('Tertiary hyperparathyroidism (recorded)');
        expect(page).not.toContain('With a raised calcium after a kidney transplant');
        expect(page).toContain('it is not indicated in chronic kidney disease not on dialysis');
    });
});
