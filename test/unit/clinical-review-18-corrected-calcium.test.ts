/**
 * The eighteenth clinical review: intravenous calcium gluconate for a total calcium of 7.6 mg/dL
 * with an albumin of 2.4 g/dL (corrected 8.88, normal) drew no word. The low total may be the
 * albumin's; an ionised calcium settles it before intravenous calcium, which the label gives for
 * acute symptomatic hypocalcaemia.
 */
import { describe, expect, it } from 'vitest';
import { diagnose, drugCase } from './helpers.js';

const PATIENT = 'age 66 years sex female weight 60 kg';
const labCase = (labs: string, drug = 'drug calciumGluconate 1 g iv once', history = '') =>
    drugCase(PATIENT, drug, history).replace('    treatment {', `    labs { ${labs} }\n    treatment {`);
const cautions = async (text: string) => (await diagnose(text)).filter(r => r.code === 'drug-caution').map(r => [r.severity, r.line, r.message]);

describe('intravenous calcium for a total calcium low only before correcting for albumin', () => {
    it('a warning at the drug naming both values, asking for an ionised calcium', async () => {
        expect(await cautions(labCase('calcium 7.6 mg/dL albumin 2.4 g/dL'))).toEqual([[
            'warning', 6,
            'Calcium gluconate with a total calcium of 7.6 mg/dL low but an albumin-corrected calcium of 8.88 mg/dL not: the low total calcium may be the low albumin\'s: confirm hypocalcaemia with an ionised calcium before giving intravenous calcium, which the label gives for acute symptomatic hypocalcaemia.'
        ]]);
    });

    it('in kidney disease it says that KDIGO 2017 does not correct for albumin', async () => {
        const [[, , message]] = await cautions(labCase('calcium 7.6 mg/dL albumin 2.4 g/dL egfr 40 mL/min/1.73m2', undefined, 'condition chronicKidneyDisease'));
        expect(message).toContain('not (in kidney disease KDIGO 2017 does not correct calcium for albumin (KDOQI 2003 did): confirm with an ionised calcium)');
    });

    it('not said where the corrected calcium is low too, an ionised calcium is low, or the calcium is oral', async () => {
        expect(await cautions(labCase('calcium 7.0 mg/dL albumin 3.2 g/dL'))).toEqual([]);
        expect(await cautions(labCase('calcium 7.6 mg/dL albumin 2.4 g/dL ionizedCalcium 0.95 mmol/L'))).toEqual([]);
        expect(await cautions(labCase('calcium 7.6 mg/dL albumin 2.4 g/dL', 'drug calciumCarbonate 500 mg oral twice daily'))).toEqual([]);
    });
});
