/**
 * The eighteenth clinical review: an infant's calcinosis at heel-stick sites (calcium and
 * phosphate both normal for a 3-week-old) was called metastatic on a Ca × P above 70 mg²/dL². The
 * threshold is an adult's: an infant's phosphate interval runs to 9.3 mg/dL, so two values normal
 * for age can multiply past it. With either factor raised for age the product still counts.
 */
import { describe, expect, it } from 'vitest';
import { diagnose, services, summaryMarkdownUncited, validate } from './helpers.js';

const infant = (phosphate: string, age = '3 weeks') => `case Heel {
    patient { age ${age} sex male weight 3.6 kg }
    history {
        injury heelStick "repeated sampling in the neonatal unit"
    }
    labs { calcium 10.6 mg/dL phosphate ${phosphate} }
    lesion L1 { site left heel morphology nodule }
    biopsy of L1 "dermal calcium deposits, von Kossa positive"
}`;

const classification = async (text: string) => (await diagnose(text)).find(r => r.code === 'classification')?.message;
const productWarnings = async (text: string) => (await diagnose(text)).filter(r => r.code === 'calcium-phosphate-product');

async function hoverAt(text: string, at: string): Promise<string> {
    const document = await validate(text);
    const hover = await services.Calc.lsp.HoverProvider!.getHoverContent(document, {
        textDocument: { uri: document.textDocument.uri }, position: document.textDocument.positionAt(text.indexOf(at))
    });
    return (hover?.contents as { value: string }).value;
}

describe('a child\'s Ca × P above 70 with calcium and phosphate normal for age', () => {
    const text = infant('7.4 mg/dL');

    it('is not metastatic evidence: the heel sticks read iatrogenic, and no product warning', async () => {
        expect(await classification(text)).toMatch(/^Iatrogenic calcinosis cutis, circumscripta \(definite\): /);
        expect(await classification(text)).not.toContain('Ca × P');
        expect(await productWarnings(text)).toEqual([]);
    });

    it('the hover and the summary say the threshold is not applied for age', async () => {
        expect(await hoverAt(text, '7.4')).toContain('Ca × P: 78.4 mg²/dL² (the metastatic threshold is not applied to a child whose calcium and phosphate are both within the intervals for age');
        expect(await summaryMarkdownUncited(text)).toContain('| **78.4 mg²/dL²** | none for age, the metastatic threshold is not applied to a child');
    });
});

describe('the product still counts where a factor is raised for age', () => {
    it('an infant\'s phosphate above 9.3 mg/dL: the product warning stands', async () => {
        const rows = await productWarnings(infant('9.8 mg/dL'));
        expect(rows.map(r => [r.severity, r.message])).toEqual([['warning', expect.stringMatching(/^Calcium × phosphate 104 mg²\/dL² .* is above 70 mg²\/dL², the threshold for metastatic calcification/)]]);
    });

    it('at 20 years the same values are an adult\'s: the product warning stands', async () => {
        const rows = await productWarnings(infant('7.4 mg/dL', '20 years'));
        expect(rows.map(r => [r.severity, r.message.slice(0, 60)])).toEqual([['warning', expect.stringContaining('Calcium × phosphate 78.4')]]);
    });
});
