/**
 * Clinician read 10, the plan and the classification: calcinosis after radiotherapy (not
 * calciphylaxis on a history of malignancy), subcutaneous fat necrosis of the newborn, and
 * vitamin D excess in chronic kidney disease.
 */
import { describe, expect, it } from 'vitest';
import { summarizeDocument } from '../../src/language/summary/summary-document.js';
import { renderMarkdown } from '../../src/language/summary/render-markdown.js';
import { diagnose, services, validate } from './helpers.js';

async function markdownOf(text: string): Promise<string> {
    const document = await validate(text);
    return renderMarkdown(summarizeDocument(document, services.Calc.clinical.Analysis).summaries);
}

const irradiated = (injury: string, biopsy: string) => `case PostRadiation {
    patient { age 59 years sex female }
    history {
        condition malignancy "left breast carcinoma 2014, 50 Gy/25 fractions"
${injury}
    }
    lesion R2 { site left breast size 1.5 x 1 cm morphology nodular ulcerated yes pain moderate }
    labs { calcium 2.36 mmol/L albumin 42 g/L phosphate 1.05 mmol/L egfr 78 mL/min/1.73m2 }
${biopsy}
}
`;

describe('calcinosis after radiotherapy', () => {
    const text = irradiated('        injury radiotherapy "left breast, 2014"', '    biopsy of R2 "Dermal calcium deposits with radiation fibrosis; no carcinoma"');

    it('radiotherapy (and irradiation) is a known injury', async () => {
        const rows = await diagnose(irradiated('        injury radiotherapy\n        injury irradiation', ''));
        expect(rows.filter(r => r.code === 'unknown-term')).toEqual([]);
    });

    it('is dystrophic, not calciphylaxis on malignancy and a painful ulcer', async () => {
        const classification = (await diagnose(text)).find(r => r.code === 'classification')!;
        expect(classification.message).toMatch(/^Dystrophic calcinosis cutis, circumscripta \(definite\): Radiotherapy \(tissue injury\);/);
        const markdown = await markdownOf(text);
        expect(markdown).toContain('### Plan for this case: dystrophic calcinosis cutis');
        expect(markdown).not.toContain('Plan for this case: calciphylaxis');
        expect(markdown).toContain('calciphylaxis: not excluded — a recorded tissue injury with normal calcium and phosphate explains dystrophic calcinosis');
        expect(markdown).toContain('the biopsy describes calcium deposits without calcification of small vessels');
    });

    it('a tissue injury with normal levels keeps one non-uraemic risk factor from making calciphylaxis probable, without a biopsy too', async () => {
        const rows = await diagnose(irradiated('        injury surgery "wide local excision"', ''));
        const classification = rows.find(r => r.code === 'classification')!;
        expect(classification.message).toMatch(/^Dystrophic calcinosis cutis, circumscripta \(probable\)/);
    });

    it('a biopsy showing small-vessel calcification still makes it calciphylaxis', async () => {
        const rows = await diagnose(irradiated('        injury radiotherapy', '    biopsy of R2 "Calcification of dermal arterioles with thrombi"'));
        expect(rows.find(r => r.code === 'classification')!.message).toMatch(/^Calciphylaxis \(definite\)/);
    });
});
