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
