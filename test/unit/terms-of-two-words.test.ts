/**
 * A term written as the two words of its label (`morphology retiform purpura`, clinical review
 * 13) is one warning over both words with the term to write, not two unknown words.
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
