/**
 * Differentials the classification must not file as calcinosis as usual: bone in the skin
 * (osteoma cutis) and calciphylaxis after kidney transplantation, as the user sees them
 * (the diagnostics and the summary's Markdown).
 */
import * as fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../src/language/summary/render-markdown.js';
import { summarizeDocument } from '../../src/language/summary/summary-document.js';
import { diagnose, services, validate } from './helpers.js';

async function markdown(text: string): Promise<string> {
    const document = await validate(text);
    return renderMarkdown(summarizeDocument(document, services.Calc.clinical.Analysis).summaries);
}

const albright = (): string => fs.readFileSync('test/unit/cases/review4/05-pseudohypopara-osteoma.calc', 'utf8');

describe('osteoma cutis: a biopsy showing bone is not calcinosis cutis', () => {
    it('the classification says ossification, not calcinosis, with a warning on the case name', async () => {
        const rows = await diagnose(albright());
        const classification = rows.find(r => r.code === 'classification')!;
        expect(classification.message).toMatch(/^Cutaneous ossification \(osteoma cutis\), not calcinosis cutis: biopsy: bone \(ossification\)/);
        expect(classification.message).not.toContain('Metastatic');
        const conflict = rows.find(r => r.code === 'classification-conflict')!;
        expect(conflict).toMatchObject({ severity: 'warning', line: 4, text: 'AlbrightOsteomaCutis' });
        expect(conflict.message).toContain('The record describes bone, not calcium deposits');
        expect(conflict.message).toContain('an entity distinct from calcinosis cutis');
        expect(rows.some(r => r.code === 'classification-incomplete')).toBe(false);
    });

    it('the plan gives the differential and the treatment of the PTH resistance, not that deposits regress', async () => {
        const page = await markdown(albright());
        expect(page).toContain('- **Classification:** Cutaneous ossification (osteoma cutis), not calcinosis cutis');
        expect(page).toContain('1. **Bone in the skin: not calcinosis cutis** — Suits this case.');
        expect(page).toContain('progressive osseous heteroplasia, also GNAS-related');
        expect(page).toContain('treat with active vitamin D (calcitriol) and calcium');
        expect(page).not.toMatch(/Deposits regress as the levels normalise|deposits resolve when the levels are corrected|Correct calcium and phosphate|Drugs reported for|record the site of each lesion/);
    });

    it('bone described with calcium deposits: the type stands, at most probable, with the differential first', async () => {
        const text = albright().replace('"Dermal ossification with trabecular bone"', '"Dermal calcification with foci of ossification"');
        const rows = await diagnose(text);
        expect(rows.find(r => r.code === 'classification')!.message).toMatch(/^Metastatic calcinosis cutis, circumscripta \(probable\)/);
        expect(rows.find(r => r.code === 'classification-conflict')).toMatchObject({ severity: 'information' });
        const page = await markdown(text);
        expect(page).toMatch(/1\. \*\*Bone in the skin: not calcinosis cutis\*\*[^\n]*\n[\s\S]*2\. \*\*Correct the underlying disorder\*\*/);
        expect(page).toContain('calcinosis with secondary ossification, or osteoma cutis');
    });

    it('a negated ossification is not bone', async () => {
        const text = albright().replace('"Dermal ossification with trabecular bone"', '"Dermal calcification"')
            .replace(/biopsy of F1 "[^"]*"/, 'biopsy of F1 "Calcium deposits, von Kossa positive, without ossification"');
        const rows = await diagnose(text);
        expect(rows.find(r => r.code === 'classification')!.message).toMatch(/^Metastatic calcinosis cutis, circumscripta \(definite\)/);
        expect(rows.some(r => r.code === 'classification-conflict')).toBe(false);
    });
});
