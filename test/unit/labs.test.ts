import { describe, expect, it } from 'vitest';
import { assessLabs } from '../../src/language/clinical/labs.js';
import { caseFacts, type CaseSketch } from './facts-fixture.js';
import { diagnose } from './helpers.js';

function findings(sketch: CaseSketch) {
    return assessLabs(caseFacts(sketch)).findings.map(f => ({ code: f.code, severity: f.severity, message: f.message }));
}

function codesOf(sketch: CaseSketch): string[] {
    return findings(sketch).map(f => f.code);
}

describe('plausibility and unit slips', () => {
    it.each<[string, number, string, string[]]>([
        // value, unit, expected codes (adult, no albumin)
        ['calcium', 2.4, 'mg/dL', ['unit-suspect']],          // almost surely mmol/L
        ['calcium', 2.4, 'mmol/L', []],                       // 9.6 mg/dL, normal
        ['calcium', 9.4, 'mmol/L', ['unit-suspect']],         // 37.7 mg/dL is not plausible; 9.4 mg/dL is
        ['calcium', 3.9, 'mg/dL', ['unit-suspect']],          // just below the plausible 4 mg/dL
        ['calcium', 4.1, 'mg/dL', ['lab-out-of-range']],      // just inside plausible: a (very) low value
        ['phosphate', 45, 'mg/dL', ['lab-implausible']],      // neither unit is plausible
        ['phosphate', 1.1, 'mmol/L', []],                     // 3.4 mg/dL, normal
        ['ionizedCalcium', 1.2, 'mmol/L', []],
        ['albumin', 41, 'g/L', []],
        ['albumin', 41, 'g/dL', ['unit-suspect']]             // 41 g/dL is not plausible; 41 g/L is
    ])('%s %d %s → %j', (analyte, value, unit, expected) => {
        expect(codesOf({ age: 40, labs: [[analyte, value, unit]] })).toEqual(expected);
    });

    it('names the likely unit in a unit-suspect message', () => {
        const [finding] = findings({ age: 40, labs: [['calcium', 2.4, 'mg/dL']] });
        expect(finding.message).toMatch(/the unit is likely mmol\/L/);
        expect(finding.severity).toBe('warning');
    });

    it('suggests the decimal slip for an implausible phosphate', () => {
        const [finding] = findings({ age: 40, labs: [['phosphate', 45, 'mg/dL']] });
        expect(finding).toMatchObject({ code: 'lab-implausible', severity: 'error' });
        expect(finding.message).toMatch(/Did you mean 4\.5\?/);
    });

    it('a calcium in centimetres is a unit of the wrong kind', () => {
        expect(findings({ labs: [['calcium', 9.4, 'cm']] })).toEqual([expect.objectContaining({ code: 'unit-invalid', severity: 'error' })]);
    });
});

describe('reference intervals: boundaries, units, age', () => {
    it.each<[number | undefined, string, number, string, string[]]>([
        [40, 'calcium', 8.8, 'mg/dL', []],
        [40, 'calcium', 10.4, 'mg/dL', []],
        [40, 'calcium', 10.5, 'mg/dL', ['lab-out-of-range']],
        [40, 'calcium', 8.7, 'mg/dL', ['lab-out-of-range']],
        [40, 'calcium', 2.2, 'mmol/L', []],
        [40, 'calcium', 2.7, 'mmol/L', ['lab-out-of-range']],
        [40, 'phosphate', 4.5, 'mg/dL', []],
        [40, 'phosphate', 4.6, 'mg/dL', ['lab-out-of-range']],
        [9, 'phosphate', 5.5, 'mg/dL', []],                   // normal for a child, high for an adult
        [40, 'phosphate', 5.5, 'mg/dL', ['lab-out-of-range']],
        [undefined, 'phosphate', 5.5, 'mg/dL', ['lab-out-of-range']] // no age: the adult interval
    ])('age %s: %s %d %s → %j', (age, analyte, value, unit, expected) => {
        expect(codesOf({ age, labs: [[analyte, value, unit]] })).toEqual(expected);
    });

    it('says high or low, by how much, and the interval', () => {
        const [finding] = findings({ age: 40, labs: [['phosphate', 8.2, 'mg/dL']] });
        expect(finding.message).toMatch(/^Phosphate.* 8\.2 mg\/dL .*is high: above the .* reference 2\.5–4\.5 mg\/dL by 3\.7 mg\/dL/);
    });

    it('judges calcium corrected for albumin and names the formula', () => {
        // 8.6 mg/dL is low, but with albumin 2.0 g/dL the corrected calcium is 8.6 + 0.8 × 2 = 10.2: normal
        // (the albumin itself is low)
        const normal = findings({ age: 40, labs: [['calcium', 8.6, 'mg/dL'], ['albumin', 2.0, 'g/dL']] });
        expect(normal.map(f => f.message)).toEqual([expect.stringMatching(/^Albumin .* is low/)]);
        const high = findings({ age: 40, labs: [['calcium', 10.0, 'mg/dL'], ['albumin', 2.5, 'g/dL']] }).find(f => /calcium/.test(f.message))!;
        expect(high.message).toMatch(/^Albumin-corrected calcium 11\.2 mg\/dL \(measured 10 mg\/dL, albumin 2\.5 g\/dL: Ca \+ 0\.8 × \(4 − albumin\)\) is high/);
    });
});

describe('derived values and contradictions', () => {
    it('Ca × P above 70 mg²/dL², not at 70', () => {
        expect(codesOf({ age: 40, labs: [['calcium', 10, 'mg/dL'], ['phosphate', 7, 'mg/dL']] })).not.toContain('calcium-phosphate-product');
        expect(codesOf({ age: 40, labs: [['calcium', 10, 'mg/dL'], ['phosphate', 7.1, 'mg/dL']] })).toContain('calcium-phosphate-product');
    });

    it('Ca × P in SI units is converted before the threshold', () => {
        // 2.6 mmol/L = 10.4 mg/dL; 2.4 mmol/L phosphate = 7.43 mg/dL; product 77
        expect(codesOf({ age: 40, labs: [['calcium', 2.6, 'mmol/L'], ['phosphate', 2.4, 'mmol/L']] })).toContain('calcium-phosphate-product');
    });

    it('ionized calcium above the total calcium is inconsistent', () => {
        const result = findings({ age: 9, labs: [['calcium', 2.4, 'mg/dL'], ['ionizedCalcium', 1.9, 'mmol/L']] });
        expect(result.map(f => f.code)).toContain('lab-inconsistent');
        expect(codesOf({ age: 40, labs: [['calcium', 9.6, 'mg/dL'], ['ionizedCalcium', 1.2, 'mmol/L']] })).toEqual([]);
    });
});

describe('a high calcium names its band (StatPearls): moderate from 12, a crisis from 14 mg/dL', () => {
    const calcium = async (value: string) => {
        const rows = await diagnose(`case B {\n    patient { age 50 years sex female }\n    labs {\n        calcium ${value}\n        albumin 4.0 g/dL\n    }\n}\n`);
        return rows.filter(r => r.code === 'lab-out-of-range' && r.text.startsWith(value.split(' ')[0]))[0]?.message;
    };

    it('14.7 mg/dL: a hypercalcaemic crisis, with the band\'s source', async () => {
        expect(await calcium('14.7 mg/dL')).toMatch(/^Albumin-corrected calcium 14\.7 mg\/dL \(measured 14\.7 mg\/dL, albumin 4 g\/dL: Ca \+ 0\.8 × \(4 − albumin\)\) is high, a hypercalcaemic crisis \(14 mg\/dL and above\): above .* Band: StatPearls, Hypercalcemia\.$/);
    });

    it('3.6 mmol/L (14.4 mg/dL) is a crisis too; 12.5 mg/dL moderately high; 11 mg/dL says no band', async () => {
        expect(await calcium('3.6 mmol/L')).toMatch(/is high, a hypercalcaemic crisis \(14 mg\/dL and above\)/);
        expect(await calcium('12.5 mg/dL')).toMatch(/is high, moderately \(12 mg\/dL to below 14 mg\/dL\): above/);
        expect(await calcium('11 mg/dL')).toMatch(/^Albumin-corrected calcium 11 mg\/dL \(measured 11 mg\/dL, albumin 4 g\/dL: Ca \+ 0\.8 × \(4 − albumin\)\) is high: above/);
    });
});

describe('a follow-up panel is judged as the first is', () => {
    const twoPanels = `case P {
    patient { age 60 years sex male weight 70 kg }
    history { condition haemodialysis }
    labs "at presentation" {
        calcium 9.0 mg/dL
        phosphate 4.0 mg/dL
        pth 300 pg/mL
    }
    labs "six weeks later" {
        calcium 9.8 mg/dL
        albumin 3.0 g/dL
        phosphate 8.1 mg/dL
        pth 96 pmol/L
    }
}
`;

    it('its Ca × P, with its own corrected calcium, and its PTH against the dialysis target', async () => {
        const rows = await diagnose(twoPanels);
        expect(rows.filter(r => r.code === 'calcium-phosphate-product').map(r => [r.line, r.message.slice(0, 95)])).toEqual([
            [12, 'Calcium × phosphate 85.9 mg²/dL² (albumin-corrected calcium 10.6 × phosphate 8.1 mg/dL) is abov']
        ]);
        const pth = rows.filter(r => r.code === 'lab-out-of-range' && r.text.startsWith('96'));
        expect(pth.map(r => r.message)).toEqual([expect.stringMatching(/^Parathyroid hormone \(intact\) 96 pmol\/L \(905 pg\/mL\) is high: above the KDIGO target on dialysis/)]);
    });
});

describe('a critical value that would be normal in the other unit', () => {
    // After phosphate enemas, in tumour lysis or on dialysis a phosphate of 3.4 mmol/L is real:
    // it is acted on (Ca × P, the plan), and the unit is questioned beside it, not in its place.
    const text = `case P {
    patient { age 81 years sex female }
    labs {
        calcium 2.3 mmol/L
        phosphate 3.4 mmol/L
    }
}
`;
    it('is read as written and judged, with the unit questioned at the unit', async () => {
        const rows = (await diagnose(text)).filter(r => r.line === 5);
        expect(rows).toEqual(expect.arrayContaining([
            expect.objectContaining({ code: 'lab-out-of-range', severity: 'warning', text: '3.4', message: expect.stringMatching(/^Phosphate \(inorganic phosphorus\) 3\.4 mmol\/L \(10\.5 mg\/dL\) is high/) }),
            expect.objectContaining({ code: 'calcium-phosphate-product', severity: 'warning', message: expect.stringMatching(/^Calcium × phosphate 97\.1 mg²\/dL²/) }),
            expect.objectContaining({
                code: 'unit-suspect', severity: 'warning', text: 'mmol/L',
                message: 'Phosphate (inorganic phosphorus) 3.4 mmol/L is a critical value (10.5 mg/dL): confirm it with the laboratory. It is read as written; were the unit a slip, 3.4 mg/dL would be normal.'
            })
        ]));
    });
});

describe('how far outside its interval a value is', () => {
    it('is said no finer than the value as shown', async () => {
        // 2.21 mmol/L at albumin 4.1 g/dL corrects to 2.190 mmol/L, shown as 2.19: below 2.2 by 0.01, not 0.00996.
        const rows = await diagnose('case B {\n    patient { age 50 years sex female }\n    labs {\n        calcium 2.21 mmol/L\n        albumin 4.1 g/dL\n    }\n}\n');
        const low = rows.find(r => r.code === 'lab-out-of-range' && r.line === 4)!;
        expect(low.message).toMatch(/^Albumin-corrected calcium 2\.19 mmol\/L .* is low: below the adult \(18 years and over\) reference 2\.2–2\.6 mmol\/L \(8\.8–10\.4 mg\/dL\) by 0\.01 mmol\/L\./);
    });
});

describe('a severely low calcium', () => {
    const text = (age: number, calcium: string) => `case H {\n    patient { age ${age} years sex female }\n    labs {\n        calcium ${calcium}\n        albumin 4.0 g/dL\n    }\n}\n`;
    it('below 1.9 mmol/L in an adult is named, with its emergency (Society for Endocrinology 2016)', async () => {
        const low = (await diagnose(text(81, '1.76 mmol/L'))).find(r => r.code === 'lab-out-of-range')!;
        expect(low.message).toMatch(/^Albumin-corrected calcium 1\.76 mmol\/L \(7\.05 mg\/dL\) .* is low, severely \(below 7\.6 mg\/dL, 1\.9 mmol\/L: intravenous calcium, an emergency where symptomatic\): below/);
        expect(low.message).toContain('Band: Society for Endocrinology 2016, acute hypocalcaemia.');
    });
    it('not at 2.0 mmol/L in an adult, nor at 1.9 mmol/L in a child, nor in a neonate (neither guidance covers them)', async () => {
        for (const [age, calcium] of [[81, '2.0 mmol/L'], [8, '1.9 mmol/L'], [0.01, '1.5 mmol/L']] as const) {
            const low = (await diagnose(text(age, calcium))).find(r => r.code === 'lab-out-of-range')!;
            expect(low.message).not.toContain('severely');
        }
    });
    it('in a child below 1.8 mmol/L, by a paediatric guideline (the Society for Endocrinology\'s band is for adults)', async () => {
        const low = (await diagnose(text(8, '1.76 mmol/L'))).find(r => r.code === 'lab-out-of-range')!;
        expect(low.message).toContain('is low, severely for a child (below 7.2 mg/dL, 1.8 mmol/L: discuss with and admit under paediatric endocrinology; intravenous calcium first where severely symptomatic, as with seizures)');
        expect(low.message).toContain('Band: Starship, hypocalcaemia in children.');
    });
});
