/**
 * A term written as the two words of its label (`morphology retiform purpura`, clinical review
 * 13) is one warning over both words with the term to write, not two unknown words; its label in
 * one camel-case word (systemicLupusErythematosus) is read as the term.
 */
import { describe, expect, it } from 'vitest';
import { diagnose } from './helpers.js';

const lesion = (morphology: string) => `case T {
    lesion A1 { site left thigh morphology ${morphology} }
}`;

describe('a term written as two words', () => {
    it('retiform purpura: one warning over both words, suggesting retiformPurpura', async () => {
        const rows = (await diagnose(lesion('retiform purpura necrosis'))).filter(r => r.code === 'unknown-term');
        expect(rows.map(r => [r.severity, r.line, r.text, r.message])).toEqual([
            ['warning', 2, 'retiform purpura', '`retiform purpura` is one morphology: write `retiformPurpura`.']
        ]);
    });

    it('two unknown words that name nothing are each still unknown', async () => {
        const rows = (await diagnose(lesion('blue purple'))).filter(r => r.code === 'unknown-term');
        expect(rows.map(r => r.text)).toEqual(['blue', 'purple']);
    });
});

describe('a term written as its label in one camel-case word', () => {
    it('systemicLupusErythematosus (and SLE) is lupus: a connective tissue disease, dystrophic', async () => {
        for (const written of ['systemicLupusErythematosus', 'SLE']) {
            const rows = await diagnose(`case T {
    history { condition ${written} }
    lesion A1 { site left thigh }
    labs { calcium 9.2 mg/dL phosphate 3.6 mg/dL }
}`);
            expect(rows.filter(r => r.code === 'unknown-term')).toEqual([]);
            expect(rows.find(r => r.code === 'classification')?.message).toMatch(/^Dystrophic calcinosis cutis, circumscripta \(probable\): Systemic lupus erythematosus \(connective tissue disease\)/);
        }
    });
});
