/**
 * The fourth clinician review (clinical review 7's files), management plans: the published case
 * types (test/unit/cases/review4, copies of the reviewer's files) as the user sees them in the
 * summary's Markdown: the steps (title, fit, why, advice) and the classification's headline.
 */
import * as fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diagnose, summaryMarkdownCited } from './helpers.js';

const reviewCase = (name: string): string => fs.readFileSync(`test/unit/cases/review4/${name}.calc`, 'utf8');

/** The plan's numbered step of this title, as one line (title, fit, why, advice), with its Not/Uses lines. */
function step(page: string, title: string): string | undefined {
    const lines = page.split('\n');
    const at = lines.findIndex(l => /^\d+\. \*\*/.test(l) && l.includes(`**${title}**`));
    if (at < 0) return undefined;
    const rest = lines.slice(at + 1);
    const end = rest.findIndex(l => !l.startsWith('   '));
    return [lines[at], ...rest.slice(0, end < 0 ? rest.length : end)].join('\n').replace(/<sup>\d+<\/sup>/g, '');
}

/** The Albright case with its bone findings left out: the plan of pseudohypoparathyroidism's calcinosis (with them it is osteoma cutis, ossification.test.ts). */
const pseudohypoparathyroidCalcinosis = (): string => reviewCase('05-pseudohypopara-osteoma').replace(/\n\s*imaging \{[^\n]*\n\s*biopsy of F1[^\n]*/, '');

describe('1. pseudohypoparathyroidism: a raised PTH with a low calcium is not for surgery', () => {
    it('the cause step names the condition, treats it with calcitriol and calcium, and lists no parathyroidectomy; no dialysis advice without CKD', async () => {
        const page = await summaryMarkdownCited(pseudohypoparathyroidCalcinosis());
        const cause = step(page, 'Correct the underlying disorder')!;
        expect(cause).toContain('Why: Pseudohypoparathyroidism (metabolic).');
        expect(cause).toContain('treat with active vitamin D (calcitriol) and calcium');
        expect(cause).not.toContain('Uses: Parathyroidectomy');
        expect(page).not.toMatch(/adequate dialysis|On dialysis/);
        expect((await diagnose(pseudohypoparathyroidCalcinosis())).some(r => r.code === 'unknown-term' && r.text === 'pseudohypoparathyroidism')).toBe(false);
    });

    it('without the condition recorded, a raised PTH with a low calcium says why there is no surgery', async () => {
        const page = await summaryMarkdownCited(pseudohypoparathyroidCalcinosis().replace(/condition pseudohypoparathyroidism "[^"]*"/, 'condition hypervitaminosisD'));
        const cause = step(page, 'Correct the underlying disorder')!;
        expect(cause).not.toContain('Uses: Parathyroidectomy');
        expect(cause).toContain('A raised PTH with a low calcium is the parathyroid answering the low calcium');
    });

    it('a raised PTH with a normal calcium still lists parathyroidectomy', async () => {
        const page = await summaryMarkdownCited(pseudohypoparathyroidCalcinosis().replace(/condition pseudohypoparathyroidism "[^"]*"/, 'condition hypervitaminosisD').replace('calcium 7.4 mg/dL', 'calcium 11.4 mg/dL'));
        expect(step(page, 'Correct the underlying disorder')).toContain('Uses: Parathyroidectomy');
    });
});

describe('2. malignancy: hypercalcaemia-of-malignancy advice only with a raised calcium', () => {
    it('tumour lysis (low calcium, high phosphate): no bisphosphonate or denosumab; lower the phosphate, calcium only for symptoms', async () => {
        const page = await summaryMarkdownCited(reviewCase('04-tumour-lysis'));
        expect(page).not.toMatch(/Hypercalcaemia of malignancy|Zoledronic acid|Denosumab|Pamidronate/);
        const levels = step(page, 'Correct calcium and phosphate')!;
        expect(levels).toContain('Tumour lysis: lower the phosphate');
        expect(levels).toContain('treat a low calcium only if it causes symptoms');
        expect(levels).not.toMatch(/In chronic kidney disease|adequate dialysis/);
    });

    it('a malignancy with a raised calcium keeps the advice and its drugs', async () => {
        const page = await summaryMarkdownCited(reviewCase('04-tumour-lysis').replace('calcium 6.4 mg/dL', 'calcium 12.4 mg/dL'));
        expect(step(page, 'Correct the underlying disorder')).toContain('Hypercalcaemia of malignancy: an intravenous bisphosphonate or denosumab');
        expect(page).toContain('**Zoledronic acid**');
        expect(step(page, 'Correct calcium and phosphate')).not.toContain('Tumour lysis');
    });
});

describe('3. dialysis alone with normal labs is not "probable calciphylaxis"', () => {
    it('the calcified shoulder mass on haemodialysis is undetermined, asks for pain and morphology, and runs no calciphylaxis step', async () => {
        const text = reviewCase('dialysis-nodule-probable-calciphylaxis');
        const page = await summaryMarkdownCited(text);
        expect(page).toContain('- **Classification:** Calcinosis cutis, circumscripta: type undetermined (between calciphylaxis and metastatic)');
        expect(page).toContain('**To settle it, record:** pain, morphology (livedo, retiform purpura, necrosis or ulceration)');
        expect(page).not.toMatch(/Sodium thiosulfate — Suits|Wound care and pain/);
        const rows = await diagnose(text);
        expect(rows.find(r => r.code === 'classification')?.message).toMatch(/^Calcinosis cutis, circumscripta: type undetermined between metastatic and calciphylaxis|^Calcinosis cutis, circumscripta: type undetermined between calciphylaxis and metastatic/);
        expect(rows.some(r => r.code === 'management-mismatch')).toBe(false);
    });
});

describe('4. differentials with a treatment of their own', () => {
    it('a calcified pilomatricoma: complete excision, no calcinosis drugs or laser', async () => {
        const page = await summaryMarkdownCited(reviewCase('12-pilomatricoma'));
        const excision = step(page, 'Surgical excision')!;
        expect(excision).toContain('Suits this case. Why: a calcified tumour (pilomatrixoma)');
        expect(excision).toContain('A calcified pilomatrixoma is treated by complete surgical excision');
        expect(excision).not.toContain('connective tissue disease');
        expect(step(page, 'Medical management, by level of evidence')).toBeUndefined();
        expect(step(page, 'Physical treatments')).toBeUndefined();
    });

    it('pancreatic panniculitis: excision is not for this case; treat the pancreatic disease', async () => {
        const text = reviewCase('13-pancreatic-panniculitis');
        const page = await summaryMarkdownCited(text);
        expect(step(page, 'Surgical excision')).toContain('Not for this case. Why: pancreatic panniculitis: the nodules follow the pancreatic disease.');
        expect(step(page, 'Treat the underlying disease')).toContain('Pancreatic panniculitis follows the pancreatic disease');
        expect(step(page, 'Medical management, by level of evidence')).toBeUndefined();
        expect((await diagnose(text)).some(r => r.code === 'unknown-term' && r.text === 'pancreatitis')).toBe(false);
    });
});

describe('5. uraemic tumoral calcinosis on haemodialysis', () => {
    it('the levels step names the low-calcium dialysate, intensified dialysis and parathyroidectomy for severe hyperparathyroidism', async () => {
        const levels = step(await summaryMarkdownCited(reviewCase('06-uraemic-tumoral')), 'Correct calcium and phosphate')!;
        expect(levels).toContain('low-calcium dialysate and a calcium-free binder');
        expect(levels).toContain('intensify haemodialysis');
        expect(levels).toContain('parathyroidectomy with a low-calcium dialysate');
    });
});

describe('6. calciphylaxis wording', () => {
    it('no mechanical-valve sentence without a valve; with one, the heparins', async () => {
        const pregnancy = await summaryMarkdownCited(reviewCase('09-calciphylaxis-pregnancy'));
        const triggers = step(pregnancy, 'Stop what drives it')!;
        expect(triggers).not.toContain('mechanical heart valve');
        expect(triggers).toContain('In pregnancy choose a heparin (unfractionated or low-molecular-weight) rather than apixaban');
        const valve = step(await summaryMarkdownCited(reviewCase('07-calciphylaxis-mechanical-valve')), 'Stop what drives it')!;
        expect(valve).toContain('Apixaban is not recommended with a mechanical heart valve');
        expect(valve).toContain('unfractionated heparin and low-molecular-weight heparin');
    });

    it('with a mechanical valve the drug table offers the heparins, not apixaban as the replacement', async () => {
        const page = await summaryMarkdownCited(reviewCase('07-calciphylaxis-mechanical-valve').replace(/drug apixaban[^\n]*\n/, ''));
        const table = page.slice(page.indexOf('### Drugs reported for calciphylaxis'));
        expect(table).toContain('**Heparin (unfractionated)**');
        expect(table).not.toContain('**Apixaban**');
    });

    it('a low albumin is not listed as a non-uraemic cause to treat', async () => {
        const cause = step(await summaryMarkdownCited(reviewCase('09-calciphylaxis-pregnancy')), 'Treat the non-uraemic cause')!;
        expect(cause).toMatch(/Why: non-uraemic calciphylaxis: /);
        expect(cause.split('\n')[0].match(/Why: (.*?)\. Treat the cause/)?.[1]).not.toContain('albumin');
    });
});
