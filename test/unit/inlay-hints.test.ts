import * as fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { services, validate } from './helpers.js';

async function hints(text: string): Promise<string[]> {
    const document = await validate(text);
    const result = await services.Calc.lsp.InlayHintProvider!.getInlayHints(document, {
        textDocument: { uri: document.uri.toString() },
        range: { start: { line: 0, character: 0 }, end: document.textDocument.positionAt(text.length) }
    });
    return (result ?? []).map(h => `${h.position.line + 1}: ${typeof h.label === 'string' ? h.label : h.label.map(part => part.value).join('')}`);
}

const settings = services.Calc.clinical.Settings;
afterEach(async () => settings.apply({}));

describe('inlay hints', () => {
    it('the other unit, the corrected calcium, Ca × P and the dose per kg', async () => {
        expect(await hints(fs.readFileSync('examples/02-sclerosis.calc', 'utf8'))).toEqual([
            '29: = 9.46 mg/dL', '29: corrected 9.38 mg/dL',
            '30: = 3.47 mg/dL', '30: Ca × P 32.5',
            '31: = 4.1 g/dL',
            '32: = 0.769 mg/dL',
            '45: = 2.9 mg/kg/day'
        ]);
    });

    it('the preferred system only where the value is written in the other', async () => {
        await settings.apply({ inlayHints: { unit: 'si' } });
        const text = 'case A { labs {\ncalcium 9.4 mg/dL\nphosphate 1.1 mmol/L\n} }';
        expect(await hints(text)).toEqual(['2: = 2.35 mmol/L', '3: Ca × P 32']);
    });

    it('off when the setting says so', async () => {
        await settings.apply({ inlayHints: { enabled: false } });
        expect(await hints(fs.readFileSync('examples/02-sclerosis.calc', 'utf8'))).toEqual([]);
    });
});

describe('settings', () => {
    it('institution reference intervals override the built-in ones, in their own unit', async () => {
        const text = 'case A { patient { age 40 years } labs { calcium 10.45 mg/dL } }';
        expect((await validate(text)).diagnostics!.map(d => d.code)).toContain('lab-out-of-range');
        await settings.apply({ referenceIntervals: { calcium: { low: 2.1, high: 2.65, unit: 'mmol/L' } } });
        const document = await validate(text);
        expect(document.diagnostics!.map(d => d.code)).not.toContain('lab-out-of-range');
        const hover = await services.Calc.lsp.HoverProvider!.getHoverContent(document, {
            textDocument: { uri: document.uri.toString() }, position: document.textDocument.positionAt(text.indexOf('10.45') + 1)
        });
        expect((hover!.contents as { value: string }).value).toContain('Reference for institution setting: 8.42–10.6 mg/dL');
    });

    it('invalid entries are reported and ignored', async () => {
        await settings.apply({ referenceIntervals: { calcum: { low: 1, unit: 'mg/dL' }, phosphate: { low: 1, unit: 'bogus' } } });
        expect(settings.problems).toEqual(['referenceIntervals.calcum: not a known analyte', 'referenceIntervals.phosphate: needs a valid "unit"']);
        expect(settings.values.referenceIntervals).toEqual({});
    });
});
