import { describe, expect, it } from 'vitest';
import { formatNumber } from '../../src/language/clinical/format-number.js';

describe('formatNumber: three significant digits, no trailing zeros, no exponent', () => {
    it('keeps the contract of its comment', () => {
        expect([2.345, 9.4, 139, 0.0012, 0.00123456, 1.5, 10, 2.50].map(formatNumber)).toEqual(['2.35', '9.4', '139', '0.0012', '0.00123', '1.5', '10', '2.5']);
    });

    it('never writes an exponent (1e-7 was "1e-7")', () => {
        expect(formatNumber(1e-7)).toBe('0.0000001');
        expect(formatNumber(2.5e-10)).toBe('0.00000000025');
        expect(formatNumber(1e21)).toBe('1000000000000000000000');
    });

    it('rounds the number as written, half away from zero (1.005 was "1")', () => {
        expect(formatNumber(1.005)).toBe('1.01');
        expect(formatNumber(-1.005)).toBe('-1.01');
        expect(formatNumber(0.1 + 0.2)).toBe('0.3');
        expect(formatNumber(99.96)).toBe('100');
    });

    it('from 100 on, the whole number, with no grouping', () => {
        expect([100, 139.4, 1234.5, 123456789].map(formatNumber)).toEqual(['100', '139', '1235', '123456789']);
    });

    it('no "-0"; what is not finite as JavaScript writes it', () => {
        expect(formatNumber(-0)).toBe('0');
        expect(formatNumber(-0.0004)).toBe('-0.0004');
        expect([NaN, Infinity, -Infinity].map(formatNumber)).toEqual(['NaN', 'Infinity', '-Infinity']);
    });

    it('a number formatted again reads the same, also once the memo has been emptied at its bound', () => {
        const values = Array.from({ length: 25_000 }, (_, i) => (i % 2 ? -1 : 1) * i / 7);
        const first = values.map(formatNumber);
        expect(first.slice(0, 4)).toEqual(['0', '-0.143', '0.286', '-0.429']);
        expect(values.map(formatNumber)).toEqual(first);
        // 0 and -0 are one key of a Map: both read "0", whichever came first.
        expect([formatNumber(0), formatNumber(-0), formatNumber(-0.0004)]).toEqual(['0', '0', '-0.0004']);
    });
});
