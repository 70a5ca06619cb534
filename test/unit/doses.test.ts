import { describe, expect, it } from 'vitest';
import { fitsRegimen, judgeDose, perKgApplied, regimenForWeight } from '../../src/language/clinical/doses.js';
import { Drugs } from '../../src/language/knowledge/index.js';
import { caseFacts } from './facts-fixture.js';

function check(drug: string, value: number, unit: string, weightKg?: number) {
    const facts = caseFacts({ weightKg, drugs: [[drug, value, unit]] });
    return judgeDose(facts.drugs[0], facts.patient).findings;
}

describe('doses against the reported regimens', () => {
    it.each<[string, number, string, number | undefined, string[]]>([
        ['diltiazem', 180, 'mg/day', 62, []],                 // 2.9 mg/kg/day
        ['diltiazem', 124, 'mg/day', 62, []],                 // 2.0 mg/kg/day, the lower bound
        ['diltiazem', 120, 'mg/day', 62, ['dose-out-of-range']], // 1.94 mg/kg/day
        ['diltiazem', 248, 'mg/day', 62, []],                 // 4.0 mg/kg/day
        ['diltiazem', 300, 'mg/day', 28, ['dose-out-of-range']], // 10.7 mg/kg/day
        ['diltiazem', 3, 'mg/kg/day', 28, []],
        ['diltiazem', 240, 'mg/day', undefined, []],          // adults 240–480 mg/day
        ['ceftriaxone', 2, 'g/day', 70, []],
        ['ceftriaxone', 2, 'mg/day', 70, ['dose-unit-suspect']],
        ['alendronate', 70, 'mg/week', 60, []],
        ['aluminiumHydroxide', 1.8, 'g/day', 70, []],
        ['pamidronate', 90, 'mg/week', 70, ['dose-out-of-range']], // the seed's discrepancy: the label gives every 3–4 weeks
        ['warfarin', 1, 'mg/day', 70, ['drug-caution']],     // the seed's low dose, which Traineau 2020 advises against
        ['warfarin', 5, 'mg/day', 70, []],                    // anticoagulation: another indication, not a dose error
        ['sodiumThiosulfate', 75, 'g/week', 70, []],          // 25 g three times a week
        ['diltiazem', 180, 'mg', 62, ['dose-schedule-missing']]
    ])('%s %d %s at %s kg → %j', (drug, value, unit, weight, expected) => {
        expect(check(drug, value, unit, weight).map(f => f.code)).toEqual(expected);
    });

    it('says the per-kg dose and the patient\'s own range', () => {
        const [finding] = check('diltiazem', 300, 'mg/day', 28);
        expect(finding.message).toMatch(/is 10\.7 mg\/kg\/day at 28 kg: above the reported 2–4 mg\/kg\/day/);
        expect(finding.message).toMatch(/At 28 kg that is 56–112 mg\/day/);
    });

    it('the ceftriaxone slip names both the seed and the literature', () => {
        const [finding] = check('ceftriaxone', 2, 'mg/day', 70);
        expect(finding.message).toMatch(/far below any reported regimen/);
        expect(finding.message).toMatch(/is the unit g\/day\?/);
        expect(finding.message).toMatch(/2 mg\/day/);
        expect(finding.data).toEqual({ unit: 'g/day' });
    });

    it('names the seed\'s pamidronate 90 mg/week beside the label\'s every 3–4 weeks', () => {
        const [finding] = check('pamidronate', 90, 'mg/week', 70);
        expect(finding.message).toMatch(/^Pamidronate 90 mg\/week: above the reported 60–90 mg iv every 3–4 weeks \(adults\)/);
        expect(finding.message).toMatch(/prints "90 mg\/week"/);
    });

    it('ceftriaxone for an infection is the label\'s dose, not a calcinosis dose out of range; the seed\'s slip is said only at the dose it printed', () => {
        const verdict = (age: number, weightKg: number, value: number, unit: string) => {
            const facts = caseFacts({ age, weightKg, drugs: [['ceftriaxone', value, unit]] });
            return judgeDose(facts.drugs[0], facts.patient);
        };
        const meningitis = verdict(6, 20, 2, 'g/day'); // 100 mg/kg/day
        expect(meningitis.findings).toEqual([]);
        expect(meningitis.text).toMatch(/^a dose for bacterial meningitis, not a regimen for calcinosis: 100 mg\/kg\/day at 20 kg: within the reported 100 mg\/kg\/day/);
        const cellulitis = verdict(60, 80, 1, 'g/day');
        expect(cellulitis.findings).toEqual([]);
        expect(cellulitis.text).toMatch(/^a dose for infection, not a regimen for calcinosis: within the reported 1–4 g\/day/);
        expect(verdict(6, 20, 1, 'g/day').text).toMatch(/^a dose for infections other than meningitis, .*within the reported 50–75 mg\/kg\/day/);
        const [tooMuch] = verdict(6, 20, 3, 'g/day').findings; // 150 mg/kg/day
        expect(tooMuch.code).toBe('dose-out-of-range');
        expect(tooMuch.message).not.toMatch(/prints "2 mg\/day"/);
    });

    it('warfarin 5 mg/day reads as a dose for another indication', () => {
        const facts = caseFacts({ weightKg: 70, drugs: [['warfarin', 5, 'mg/day']] });
        const verdict = judgeDose(facts.drugs[0], facts.patient);
        expect(verdict.status).toBe('other-indication');
        expect(verdict.text).toMatch(/^a dose for anticoagulation .*, not a regimen for calcinosis: within the reported 2–10 mg\/day/);
    });
});

describe('the verdict, decided once for every presenter (issue 18)', () => {
    const verdict = (drug: string, value: number, unit: string, weightKg?: number) => {
        const facts = caseFacts({ weightKg, drugs: [[drug, value, unit]] });
        return judgeDose(facts.drugs[0], facts.patient);
    };

    it('a per-kg regimen for the weight, in the unit without the kg', () => {
        const perKg = Drugs.find(d => d.term === 'diltiazem')!.regimens.find(r => r.perKg)!;
        expect(regimenForWeight(perKg, 62)).toEqual({ low: 124, high: 248, unit: 'mg/d' });
        expect(regimenForWeight(perKg, undefined)).toBeUndefined();
        expect(regimenForWeight({ ...perKg, perKg: false }, 62)).toBeUndefined();
        expect(perKgApplied('mg/kg/d')).toBe('mg/d');
    });

    it('fits or not: within and another indication fit, outside and a unit slip do not, the unchecked says neither', () => {
        expect(fitsRegimen(verdict('diltiazem', 180, 'mg/day', 62))).toBe(true);
        expect(fitsRegimen(verdict('warfarin', 5, 'mg/day', 70))).toBe(true);
        expect(fitsRegimen(verdict('diltiazem', 300, 'mg/day', 28))).toBe(false);
        expect(fitsRegimen(verdict('ceftriaxone', 2, 'mg/day', 70))).toBe(false);
        expect(fitsRegimen(verdict('pamidronate', 90, 'mg', 70))).toBeUndefined(); // no schedule: not checked
    });

    it('the sentence leaves the source to the presenter, even with a reduced-dose clause after the regimen', () => {
        const v = verdict('diltiazem', 300, 'mg/day', 28);
        expect(v.regimen?.source).toBeDefined();
        expect(v.text).not.toMatch(/Amonkar 2022/);
        expect(v.text).toMatch(/above the reported/);
    });
});
