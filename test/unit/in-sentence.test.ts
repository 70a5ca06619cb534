/** Labels inside a sentence: what a reader sees in a reason or a caution. */
import { describe, expect, test } from 'vitest';
import { inSentence } from '../../src/language/clinical/in-sentence.js';

describe('a label in a sentence', () => {
    test.each([
        ['Calcitriol (active vitamin D)', 'calcitriol (active vitamin D)'],
        ['Chronic kidney disease', 'chronic kidney disease'],
        ['Down syndrome', 'Down syndrome'],
        ['Ehlers-Danlos syndrome', 'Ehlers-Danlos syndrome'],
        ['IVIG', 'IVIG'],
        ['25-hydroxyvitamin D', '25-hydroxyvitamin D'],
        ['Parathyroid hormone (intact)', 'parathyroid hormone (intact)'],
        ['', '']
    ])('%s reads %s', (label, expected) => expect(inSentence(label)).toBe(expected));
});

describe('in what the user reads', () => {
    test('a calciphylaxis risk factor keeps the D of vitamin D', async () => {
        const { diagnose } = await import('./helpers.js');
        const rows = await diagnose('case A {\n    patient { age 64 years sex female weight 70 kg }\n    history { condition ckd }\n    labs { creatinine 2.4 mg/dL egfr 25 mL/min/1.73m2 calcium 8.9 mg/dL phosphate 4.1 mg/dL }\n    lesion L1 { site thigh morphology nodule }\n    treatment { drug calcitriol 0.25 ug oral daily }\n}');
        const classification = rows.find(r => r.code === 'classification')!;
        expect(classification.message).toContain('calcitriol (active vitamin D) given (a calciphylaxis risk factor)');
    });
});
