/**
 * Differentials the classification must not file as calcinosis as usual: bone in the skin
 * (osteoma cutis) and calciphylaxis after kidney transplantation, as the user sees them
 * (the diagnostics and the summary's Markdown).
 */
import * as fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diagnose, summaryMarkdownCited } from './helpers.js';

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
        const page = await summaryMarkdownCited(albright());
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
        const page = await summaryMarkdownCited(text);
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

const nonUraemic = (): string => fs.readFileSync('test/unit/cases/calciphylaxis-nonuraemic.calc', 'utf8');
const transplanted = (text: string): string => text.replace('condition obesity', 'condition obesity\n        condition kidneyTransplant');

describe('calciphylaxis after kidney transplantation is not filed as non-uraemic', () => {
    it('the classification counts the transplant as a risk factor and cites the sources that differ', async () => {
        const rows = await diagnose(transplanted(nonUraemic()));
        expect(rows.find(r => r.code === 'classification')!.message).toMatch(/^Calciphylaxis \(definite\): kidney transplant \(a calciphylaxis risk factor\); diabetes mellitus/);
        const page = await summaryMarkdownCited(transplanted(nonUraemic()));
        expect(page).toContain('Calciphylaxis after kidney transplantation is not non-uraemic calciphylaxis as Yu 2017 defines it');
        expect(page).toContain('Nigwekar 2018 lists a prior kidney transplant among the settings of calciphylaxis');
        expect(page).toContain('not as uraemic or non-uraemic');
        expect(page).not.toContain('Calciphylaxis occurs without kidney failure, with warfarin');
    });

    it('the plan says neither non-uraemic cause nor non-uraemic calciphylaxis', async () => {
        const page = await summaryMarkdownCited(transplanted(nonUraemic()));
        expect(page).toContain('**Treat the causes: calciphylaxis after kidney transplantation** — Suits this case. Why: calciphylaxis after kidney transplantation, which the sources do not count as non-uraemic; recorded: diabetes mellitus, obesity, warfarin.');
        expect(page).toContain('changed only with the transplant team');
        expect(page).toContain('Why: used after kidney transplantation too');
        expect(page).not.toMatch(/non-uraemic cause|non-uraemic calciphylaxis[:(]|also used in non-uraemic/);
    });

    it('a raised PTH after a transplant: the series, not primary hyperparathyroidism as the commonest non-uraemic cause', async () => {
        const page = await summaryMarkdownCited(transplanted(nonUraemic()).replace('creatinine 0.8 mg/dL', 'creatinine 0.8 mg/dL\n        pth 400 pg/mL'));
        expect(page).toContain('**Control calcium and PTH; PTH raised**');
        expect(page).toContain('in calciphylaxis after kidney transplantation PTH was above 500 pg/mL in half of the recipients');
        expect(page).not.toContain('the commonest cause of non-uraemic calciphylaxis');
    });

    it('a transplant is a risk factor on its own: typical lesions make calciphylaxis probable', async () => {
        const text = transplanted(nonUraemic()).replace(/\n\s*condition diabetes|\n\s*condition obesity|\n\s*exposure warfarin|\n\s*albumin 2.7 g\/dL|\n\s*biopsy of A1[^\n]*/g, '');
        const rows = await diagnose(text);
        expect(rows.find(r => r.code === 'classification')!.message).toMatch(/^Calciphylaxis \(probable\): kidney transplant \(a calciphylaxis risk factor\); lesion A1 painful/);
    });

    it('without a transplant the plan still treats the non-uraemic cause', async () => {
        expect(await summaryMarkdownCited(nonUraemic())).toContain('**Treat the non-uraemic cause** — Suits this case. Why: non-uraemic calciphylaxis: diabetes mellitus, obesity, warfarin.');
    });
});
