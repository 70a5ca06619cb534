/**
 * The eighteenth clinical review: a child's weight-based dose is not to exceed the adults' most a
 * dose (BNF for Children). Calcium gluconate 60 mg/kg at 55 kg (3.3 g) was "within" the label's
 * children's 29-60 mg/kg, above its adults' 1-2 g.
 */
import { describe, expect, it } from 'vitest';
import { doseVerdicts, doseWarnings, drugCase } from './helpers.js';

const teen = (drug: string) => drugCase('age 15 years sex male weight 55 kg', drug, 'condition tumourLysisSyndrome');

describe('a child\'s dose above the adults\' most a dose', () => {
    it('60 mg/kg at 55 kg: a warning naming the adults\' regimen and the rule', async () => {
        expect(await doseWarnings(teen('drug calciumGluconate 60 mg/kg iv once'))).toEqual([['warning', 5,
            'Calcium gluconate 60 mg/kg iv once at 15 years is 3300 mg a dose at 55 kg: above the adults\' most, 2000 mg a dose: the reported 1000–2000 mg iv once (acute symptomatic hypocalcaemia, the initial bolus); for most drugs a child\'s weight-based dose is not to exceed the adult maximum. Sources: calcium gluconate label; BNF for Children, dose calculation.']]);
    });

    it('3 g written as a mass: the same', async () => {
        const [row] = await doseWarnings(teen('drug calciumGluconate 3 g iv once'));
        expect(row[2]).toMatch(/^Calcium gluconate 3 g iv once at 15 years is 3000 mg a dose: above the adults' most, 2000 mg a dose/);
    });

    it('2 g (the adults\' most) and an adult\'s 3 g: no such warning', async () => {
        expect(await doseWarnings(teen('drug calciumGluconate 2 g iv once'))).toEqual([]);
        const adult = drugCase('age 30 years sex male weight 55 kg', 'drug calciumGluconate 3 g iv once', 'condition tumourLysisSyndrome');
        expect((await doseWarnings(adult)).map(r => r[2])).not.toContainEqual(expect.stringContaining('adults\' most'));
    });
});

describe('an infant\'s age in words, not fractions of a year', () => {
    it('a 4-week-old with no regimen for children: "this patient is 28 days"', async () => {
        const text = `case Baby {\n    patient { age 4 weeks sex male weight 4 kg }\n    treatment {\n        drug calcitonin 4 units/kg sc every 12 hours\n    }\n}`;
        const [verdict] = await doseVerdicts(text);
        expect(verdict.text).toBe('the knowledge base has no regimen for children (this patient is 28 days; its regimens are for adults): the dose is not checked');
    });
});
