import * as fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { services, validate } from './helpers.js';

/** The Markdown a user sees hovering `needle` (its first character + 1) in `file`. */
async function hoverAt(file: string, needle: string, occurrence = 0): Promise<string> {
    const text = fs.readFileSync(file, 'utf8');
    let offset = -1;
    for (let i = 0; i <= occurrence; i++) offset = text.indexOf(needle, offset + 1);
    if (offset < 0) throw new Error(`${needle} not in ${file}`);
    const document = await validate(text);
    const hover = await services.Calc.lsp.HoverProvider!.getHoverContent(document, {
        textDocument: { uri: document.uri.toString() }, position: document.textDocument.positionAt(offset + 1)
    });
    return hover ? (hover.contents as { value: string }).value : '';
}

describe('hovers', () => {
    it('a lab value: both units, the interval and why, the status', async () => {
        const hover = await hoverAt('examples/02-sclerosis.calc', '2.36');
        expect(hover).toContain('**Calcium (total)** 2.36 mmol/L = 9.46 mg/dL');
        expect(hover).toMatch(/Reference for adult.*: 8\.8–10\.4 mg\/dL/);
        expect(hover).toContain('Albumin-corrected calcium: **9.38 mg/dL** = 9.46 + 0.8 × (4 − 4.1) mg/dL');
        expect(hover).toContain('Status: ✔ within the reference interval');
        expect(hover).toContain('LOINC 2000-8');
    });

    it('a suspect value shows the finding', async () => {
        const hover = await hoverAt('examples/04-inconsistent.calc', '2.4 mg/dL');
        expect(hover).toContain('Status: ⚠ the unit is doubtful');
        expect(hover).toMatch(/`unit-suspect`: .*the unit is likely mmol\/L/);
        expect(hover).toMatch(/Reference for child/);
    });

    it('a drug: class, regimens with sources, and the seed\'s slip beside the literature', async () => {
        const hover = await hoverAt('examples/04-inconsistent.calc', 'ceftriaxone');
        expect(hover).toContain('**Ceftriaxone**');
        expect(hover).toMatch(/2 g\/day/);
        expect(hover).toMatch(/Amonkar 2022, the seed report.* prints "2 mg\/day"/);
    });

    it('a dose: an adult is held to the adults\' regimen, with no per-kg range worked out for her', async () => {
        const hover = await hoverAt('examples/02-sclerosis.calc', '180');
        expect(hover).not.toContain('for 62 kg');
        expect(hover).toContain('⚠ below the reported 240–480 mg/day (adults); at 62 kg 2.9 mg/kg/day, within the other reported regimen, 2–4 mg/kg/day: the sources differ (Palmieri 1995)');
        expect(hover).toContain('Exposure: 1260 mg/week · 2.9 mg/kg/day');
    });

    it('a condition: category, what it points to, the seed\'s frequency and the literature\'s', async () => {
        const hover = await hoverAt('examples/04-inconsistent.calc', 'dermatomyositis', 1); // the first is in the title
        expect(hover).toContain('points to **dystrophic** calcinosis');
        expect(hover).toMatch(/70%/);
    });

    it('the case name: the classification with its reasons and what is missing', async () => {
        const hover = await hoverAt('examples/01-thigh.calc', 'ThighCalcinosis');
        expect(hover).toContain('**Calcinosis cutis, circumscripta: type undetermined**');
        expect(hover).toContain('Missing: calcium, phosphate');
        expect(hover).toMatch(/\| calciphylaxis \| excluded \| no renal failure, dialysis or other calciphylaxis risk factor is recorded \|/);
        expect(hover).toContain('**Plan**');
        expect(hover).toContain('1. Classify first: record calcium, phosphate');
    });

    it('a declared type: the seed\'s definition', async () => {
        const hover = await hoverAt('examples/02-sclerosis.calc', 'dystrophic');
        expect(hover).toMatch(/Dystrophic/);
        expect(hover).toMatch(/Amonkar 2022/);
    });
});
