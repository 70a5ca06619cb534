/**
 * Clinical review 13, items 13 and 22: messages that said too little or said it twice.
 * A timing the language does not read is told to go in the note.
 */
import { describe, expect, it } from 'vitest';
import { diagnose } from './helpers.js';

/** One prescription for an adult on haemodialysis; line 6 is the drug. */
function withDrug(line: string): string {
    return `case P {\n    patient { age 60 years sex male weight 70 kg height 175 cm }\n    history { condition haemodialysis }\n    labs { calcium 9.4 mg/dL }\n    treatment {\n        ${line}\n    }\n}`;
}

const syntaxRows = async (text: string) => (await diagnose(text)).filter(r => r.code === 'syntax');

describe('a timing other than with/before/after meals or at bedtime goes in the note', () => {
    it('`after dialysis` is one error at `dialysis`, saying to write "after dialysis" as the note', async () => {
        expect(await syntaxRows(withDrug('drug heparin 5000 units sc 3 times a week after dialysis'))).toEqual([{
            code: 'syntax', severity: 'error', line: 6, text: 'dialysis',
            message: '`after dialysis` is not a timing the language reads: a drug\'s timing is `with meals`, `before meals`, `after meals` or `at bedtime`. Write any other timing in the note at the end of the line, as `"after dialysis"`.'
        }]);
    });

    it('`with food` and `at night` name themselves as the note to write', async () => {
        const [food] = await syntaxRows(withDrug('drug sevelamer 800 mg oral three times daily with food'));
        expect(food).toMatchObject({ line: 6, text: 'food' });
        expect(food.message).toMatch(/^`with food` is not a timing the language reads: .* as `"with food"`\.$/);
        const [night] = await syntaxRows(withDrug('drug cinacalcet 30 mg oral daily at night'));
        expect(night).toMatchObject({ line: 6, text: 'night' });
        expect(night.message).toMatch(/^`at night` is not a timing .* as `"at night"`\.$/);
    });

    it('the note written as advised parses: no syntax error', async () => {
        expect(await syntaxRows(withDrug('drug heparin 5000 units sc 3 times a week "after dialysis"'))).toEqual([]);
    });

    it('`after` before a text is told the same', async () => {
        const [row] = await syntaxRows(withDrug('drug heparin 5000 units sc 3 times a week after "dialysis"'));
        expect(row.message).toMatch(/^Expected `meals` after `after`, found `"dialysis"`: a drug's timing is .* as `"after dialysis"`\.$/);
    });
});
