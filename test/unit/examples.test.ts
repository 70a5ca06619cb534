/**
 * Every shared example behaves as its comments say: the codes, lines, severities and
 * the classification a clinician sees (design/examples/*.calc).
 */
import * as fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diagnose, services, validate } from './helpers.js';

// The project reads nothing outside itself at test time: the examples are its own copies.
const EXAMPLES = 'examples';
const LOCAL: Record<string, string> = { thigh: '01-thigh', sclerosis: '02-sclerosis', renal: '03-renal', inconsistent: '04-inconsistent' };

async function rows(name: string) {
    return (await diagnose(fs.readFileSync(`${EXAMPLES}/${LOCAL[name] ?? name}.calc`, 'utf8')))
        .map(r => `${r.line} ${r.severity} ${r.code} ${r.text}`).sort();
}

async function classification(name: string) {
    const document = await validate(fs.readFileSync(`${EXAMPLES}/${LOCAL[name] ?? name}.calc`, 'utf8'));
    return services.Calc.clinical.Analysis.analysisOf(document.parseResult.value.cases[0]).classification;
}

describe('the shared examples', () => {
    it('thigh: no labs, so idiopathic and metastatic cannot be told apart', async () => {
        expect(await rows('thigh')).toEqual([
            '3 hint care-missing ThighCalcinosis',
            '3 information classification ThighCalcinosis',
            '3 information classification-incomplete ThighCalcinosis'
        ]);
        expect(await classification('thigh')).toMatchObject({
            type: null, extent: 'circumscripta', confidence: 'undetermined',
            candidates: ['idiopathic', 'metastatic'], missing: ['calcium', 'phosphate']
        });
    });

    it('sclerosis: dystrophic, circumscripta, definite, and nothing to warn about', async () => {
        expect(await rows('sclerosis')).toEqual(['2 hint care-missing SclerodermaFingers', '2 information classification SclerodermaFingers']);
        expect(await classification('sclerosis')).toMatchObject({ type: 'dystrophic', extent: 'circumscripta', confidence: 'definite', missing: [] });
    });

    it('renal: metastatic with a high calcium-phosphate product', async () => {
        expect(await rows('renal')).toEqual([
            '26 warning lab-out-of-range 10.6',
            '27 warning calcium-phosphate-product 8.2',
            '27 warning lab-out-of-range 8.2',
            '29 warning lab-out-of-range 640',
            '3 hint care-missing RenalPeriarticular',
            '3 information classification RenalPeriarticular',
            '30 warning lab-out-of-range 7.9',
            '39 warning drug-caution aluminiumHydroxide' // aluminium accumulates in CKD
        ]);
        expect(await classification('renal')).toMatchObject({ type: 'metastatic', confidence: 'definite' });
    });

    it('inconsistent: every slip its comments name', async () => {
        expect(await rows('inconsistent')).toEqual([
            '2 hint care-missing DraftWithSlips',
            '2 information classification DraftWithSlips',
            '2 information classification-incomplete DraftWithSlips',
            '21 warning unit-suspect mg/dL',                 // almost surely mmol/L
            '22 error lab-implausible 45',                    // a typing slip: 4.5?
            '23 warning lab-inconsistent 1.9',                // cannot exceed the total calcium
            '27 warning classification-conflict calciphylaxis', // no renal failure, no dialysis
            '28 warning classification-conflict universalis', // one lesion at one elbow
            '32 warning dose-out-of-range 300',               // 10.7 mg/kg/day
            '33 warning dose-unit-suspect mg/day',            // the reported regimen is 2 g/day
            '34 error unresolved-reference E2'                // no lesion E2
        ]);
        expect(await classification('inconsistent')).toMatchObject({ type: 'dystrophic', confidence: 'probable', extent: 'circumscripta' });
    });

    it('calciphylaxis on dialysis: each prescription fits its regimen; the warfarin draws a caution', async () => {
        const all = await rows('05-calciphylaxis-dialysis');
        expect(all.filter(r => / (dose-|drug-|syntax|unit-|unknown-)/.test(r))).toEqual(['50 warning drug-caution warfarin']);
        expect(await classification('05-calciphylaxis-dialysis')).toMatchObject({ type: 'calciphylaxis', confidence: 'definite' });
    });
});
