/**
 * Every example behaves as its comments say: the codes, lines, severities and
 * the classification a clinician sees (examples/*.calc).
 */
import * as fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diagnose, services, validate } from './helpers.js';

const read = (name: string) => fs.readFileSync(`examples/${name}.calc`, 'utf8');

async function rows(name: string) {
    return (await diagnose(read(name)))
        .map(r => `${r.line} ${r.severity} ${r.code} ${r.text}`).sort();
}

async function classification(name: string) {
    const document = await validate(read(name));
    return services.Calc.clinical.Analysis.analysisOf(document.parseResult.value.cases[0]).classification;
}

describe('the examples', () => {
    it('01-thigh.calc: no labs, so idiopathic and metastatic cannot be told apart', async () => {
        expect(await rows('01-thigh')).toEqual([
            '3 hint care-missing ThighCalcinosis',
            '3 information classification ThighCalcinosis',
            '3 information classification-incomplete ThighCalcinosis'
        ]);
        expect(await classification('01-thigh')).toMatchObject({
            type: null, extent: 'circumscripta', confidence: 'undetermined',
            candidates: ['idiopathic', 'metastatic'], missing: ['calcium', 'phosphate']
        });
    });

    it('02-sclerosis.calc: dystrophic, circumscripta, definite; diltiazem 180 mg/day at 58 years is below the adults\' regimen', async () => {
        expect(await rows('02-sclerosis')).toEqual(['2 hint care-missing SclerodermaFingers', '2 information classification SclerodermaFingers', '45 warning dose-out-of-range 180']);
        expect(await classification('02-sclerosis')).toMatchObject({ type: 'dystrophic', extent: 'circumscripta', confidence: 'definite', missing: [] });
    });

    it('03-renal.calc: metastatic on haemodialysis, held against the dialysis targets', async () => {
        expect(await rows('03-renal')).toEqual([
            '28 warning lab-out-of-range 10.6',
            '29 warning calcium-phosphate-product 8.2',       // above KDOQI's 55 on dialysis
            '29 warning lab-out-of-range 8.2',
            '31 warning lab-out-of-range 640',                // above KDIGO's 2-9 × the upper limit
            '4 hint care-missing RenalPeriarticular',
            '4 information classification RenalPeriarticular',
            '41 warning drug-caution aluminiumHydroxide'      // aluminium accumulates in kidney failure
        ]);
        const renal = await diagnose(fs.readFileSync('examples/03-renal.calc', 'utf8'));
        expect(renal.find(r => r.code === 'calcium-phosphate-product')?.message).toMatch(/above 55 mg²\/dL², the KDOQI 2003 target in CKD stages 3 to 5/);
        expect(renal.find(r => r.text === '640')?.message).toMatch(/KDIGO target on dialysis or in CKD G5 \(2 to 9 × the upper limit 65 pg\/mL\) 130–585 pg\/mL/);
        expect(await classification('03-renal')).toMatchObject({ type: 'metastatic', confidence: 'definite' });
    });

    it('04-inconsistent.calc: every slip its comments name', async () => {
        expect(await rows('04-inconsistent')).toEqual([
            '2 hint care-missing DraftWithSlips',
            '2 information classification DraftWithSlips',
            '2 information classification-incomplete DraftWithSlips',
            '21 warning unit-suspect mg/dL',                 // almost surely mmol/L
            '22 error lab-implausible 45',                    // a typing slip: 4.5?
            '23 warning lab-inconsistent 1.9',                // cannot exceed the total calcium
            '27 warning classification-conflict calciphylaxis', // no renal failure, no dialysis
            '28 warning classification-conflict universalis', // one lesion at one elbow: circumscripta by the definition itself
            '32 warning dose-out-of-range 300',               // 10.7 mg/kg/day
            '33 warning dose-unit-suspect mg/day',            // the reported regimen is 2 g/day
            '34 error unresolved-reference E2',               // no lesion E2
            '34 warning management-mismatch excision of E2'   // excision in the declared universalis
        ]);
        expect(await classification('04-inconsistent')).toMatchObject({ type: 'dystrophic', confidence: 'probable', extent: 'universalis', inferredExtent: 'circumscripta' });
    });

    it('calciphylaxis on dialysis: each prescription fits its regimen; the stopped warfarin is noted', async () => {
        const all = await rows('05-calciphylaxis-dialysis');
        // Apixaban 5 mg twice daily on dialysis at 58 years and 82 kg is the label's dose; the STS caution is the anion gap on dialysis;
        // the warfarin is written `stopped`: its caution is information, and apixaban is not "given with" it.
        expect(all.filter(r => / (dose-|drug-|syntax|unit-|unknown-)/.test(r))).toEqual(['46 warning drug-caution sodiumThiosulfate', '50 information drug-caution warfarin']);
        expect(await classification('05-calciphylaxis-dialysis')).toMatchObject({ type: 'calciphylaxis', confidence: 'definite' });
    });
});
