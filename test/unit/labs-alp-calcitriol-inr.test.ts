/**
 * A clinician's review of the labs: a child's alkaline phosphatase judged on an interval
 * of our own arithmetic (now the University of Iowa's, from CALIPER), the calcitriol
 * interval without a source (now Mayo Clinic Laboratories'), and an INR written without a unit.
 */
import { describe, expect, it } from 'vitest';
import { documentBundles } from '../../src/language/fhir/fhir-document.js';
import type { Observation } from '../../src/language/fhir/fhir-types.js';
import { complete, diagnose, services, summaryMarkdownUncited, validate } from './helpers.js';

async function hoverAt(text: string, needle: string): Promise<string> {
    const document = await validate(text);
    const hover = await services.Calc.lsp.HoverProvider!.getHoverContent(document, {
        textDocument: { uri: document.uri.toString() }, position: document.textDocument.positionAt(text.indexOf(needle) + 1)
    });
    return hover ? (hover.contents as { value: string }).value : '';
}

function withLabs(patient: string, labs: string, rest = ''): string {
    return `case P {\n    patient { ${patient} }\n${rest}    labs "at presentation" {\n        ${labs}\n    }\n}\n`;
}

async function labRows(text: string) {
    return (await diagnose(text)).filter(r => r.code.startsWith('lab-') || r.code.startsWith('unit-'));
}

describe('1. alkaline phosphatase in children: age- and sex-specific intervals from CALIPER', () => {
    it('an 8-year-old girl at 480 U/L: high against the 1-to-9-year interval, with its source', async () => {
        expect(await labRows(withLabs('age 8 years sex female weight 25 kg', 'alkalinePhosphatase 480 U/L'))).toEqual([{
            code: 'lab-out-of-range', severity: 'warning', line: 4, text: '480',
            message: 'Alkaline phosphatase 480 U/L is high: above the child (1 to 9 years) reference 142–335 U/L by 145 U/L. Source: University of Iowa laboratory handbook, ALP (CALIPER).'
        }]);
    });

    it('an infant of 6 months at 450 U/L: normal (it was flagged above an invented 440)', async () => {
        expect(await labRows(withLabs('age 6 months sex male weight 7 kg', 'alkalinePhosphatase 450 U/L'))).toEqual([]);
    });

    it('at 14 years 300 U/L is high in a girl, normal in a boy, and normal where the sex is not recorded', async () => {
        expect(await labRows(withLabs('age 14 years sex female weight 50 kg', 'alkalinePhosphatase 300 U/L'))).toEqual([{
            code: 'lab-out-of-range', severity: 'warning', line: 4, text: '300',
            message: 'Alkaline phosphatase 300 U/L is high: above the adolescent (13 to 14 years), female reference 57–254 U/L by 46 U/L. Source: University of Iowa laboratory handbook, ALP (CALIPER).'
        }]);
        expect(await labRows(withLabs('age 14 years sex male weight 50 kg', 'alkalinePhosphatase 300 U/L'))).toEqual([]);
        expect(await labRows(withLabs('age 14 years weight 50 kg', 'alkalinePhosphatase 300 U/L'))).toEqual([]);
    });

    it('an adult keeps the adult interval', async () => {
        expect((await labRows(withLabs('age 60 years sex female weight 70 kg', 'alkalinePhosphatase 210 U/L'))).map(r => r.message)).toEqual([
            'Alkaline phosphatase 210 U/L is high: above the adult (19 years and over) reference 44–147 U/L by 63 U/L. Source: MedlinePlus, ALP.'
        ]);
    });
});

describe('2. 1,25-dihydroxyvitamin D: Mayo Clinic Laboratories\' interval, by age and sex', () => {
    it('a man of 50 at 70 pg/mL: high above the men\'s 18–64 pg/mL, with its source', async () => {
        expect(await labRows(withLabs('age 50 years sex male weight 70 kg', 'calcitriol 70 pg/mL'))).toEqual([{
            code: 'lab-out-of-range', severity: 'warning', line: 4, text: '70',
            message: '1,25-dihydroxyvitamin D (calcitriol) 70 pg/mL (168 pmol/L) is high: above the 16 years and over, male reference 18–64 pg/mL by 6 pg/mL. Source: Mayo Clinic Laboratories, 1,25-dihydroxyvitamin D (DHVD).'
        }]);
    });

    it('the same 70 pg/mL is normal in a woman (18–78) and in a child of 10 (24–86)', async () => {
        expect(await labRows(withLabs('age 50 years sex female weight 70 kg', 'calcitriol 70 pg/mL'))).toEqual([]);
        expect(await labRows(withLabs('age 10 years sex male weight 30 kg', 'calcitriol 70 pg/mL'))).toEqual([]);
    });

    it('in pmol/L through the molecular weight, 1 pg/mL = 2.40 pmol/L: 160 pmol/L is 66.7 pg/mL, high in a man', async () => {
        expect((await labRows(withLabs('age 50 years sex male weight 70 kg', 'calcitriol 160 pmol/L'))).map(r => r.message)).toEqual([
            '1,25-dihydroxyvitamin D (calcitriol) 160 pmol/L (66.7 pg/mL) is high: above the 16 years and over, male reference 43.2–154 pmol/L (18–64 pg/mL) by 6 pmol/L. Source: Mayo Clinic Laboratories, 1,25-dihydroxyvitamin D (DHVD).'
        ]);
    });

    it('the sex not recorded: the interval spans both sexes, and says so', async () => {
        expect((await labRows(withLabs('age 50 years weight 70 kg', 'calcitriol 80 pg/mL'))).map(r => r.message)).toEqual([
            '1,25-dihydroxyvitamin D (calcitriol) 80 pg/mL (192 pmol/L) is high: above the 16 years and over reference 18–78 pg/mL by 2 pg/mL (sex not recorded: the interval spans both sexes). Source: Mayo Clinic Laboratories, 1,25-dihydroxyvitamin D (DHVD).'
        ]);
    });
});

describe('3. INR, a ratio written without a unit', () => {
    const warfarin = '    treatment {\n        drug warfarin 5 mg/day\n    }\n';
    const onWarfarin = (labs: string, stopped = '') => `case P {\n    patient { age 70 years sex male weight 70 kg }\n    labs "at presentation" {\n        ${labs}\n    }\n${warfarin.replace('5 mg/day', `5 mg/day${stopped}`)}}\n`;

    it('`INR 2.4` between other results is read, and the next line\'s analyte is not taken for its unit', async () => {
        for (const inr of ['INR 2.4', 'inr 2.4']) {
            const rows = await diagnose(onWarfarin(`${inr}\n        calcium 9.4 mg/dL\n        phosphate 3.5 mg/dL`));
            expect(rows.filter(r => ['syntax', 'unknown-term', 'unit-invalid', 'duplicate'].includes(r.code))).toEqual([]);
            expect(rows.filter(r => r.code.startsWith('lab-'))).toEqual([]);
        }
        // The same case with the INR high: its warning is at its own number, the calcium is still read.
        const rows = await diagnose(onWarfarin('INR 3.4\n        calcium 12.5 mg/dL'));
        expect(rows.filter(r => r.code === 'lab-out-of-range').map(r => [r.line, r.text])).toEqual([[4, '3.4'], [5, '12.5']]);
    });

    it('on warfarin an INR above 2.0–3.0 is high against the label\'s target, naming where the target is higher', async () => {
        expect(await labRows(onWarfarin('INR 3.8'))).toEqual([{
            code: 'lab-out-of-range', severity: 'warning', line: 4, text: '3.8',
            message: 'INR 3.8 is high: above the warfarin target for most indications 2–3 by 0.8; the label gives 2.5–3.5 with mechanical heart valves in the mitral position and caged ball or caged disk valves. Source: warfarin label, target INR.'
        }]);
        expect((await labRows(onWarfarin('INR 1.4'))).map(r => r.message)).toEqual([
            'INR 1.4 is low: below the warfarin target for most indications 2–3 by 0.6; the label gives 2.5–3.5 with mechanical heart valves in the mitral position and caged ball or caged disk valves. Source: warfarin label, target INR.'
        ]);
        expect(await labRows(onWarfarin('INR 2.4'))).toEqual([]);
    });

    it('an INR of 24 is a typing slip, and 2.4 is proposed', async () => {
        expect(await labRows(onWarfarin('INR 24'))).toEqual([{
            code: 'lab-implausible', severity: 'error', line: 4, text: '24',
            message: 'INR 24 is outside what a living patient can have (0.5–20): a typing slip? Did you mean 2.4?'
        }]);
    });

    it('off warfarin (or with warfarin stopped) no interval is shipped: nothing is raised, and the summary says "not judged", not "normal"', async () => {
        const stopped = onWarfarin('INR 3.8', ' stopped');
        expect(await labRows(stopped)).toEqual([]);
        expect(await summaryMarkdownUncited(stopped)).toContain('| INR, at presentation | **3.8** | no interval, all ages | **Not judged** no interval to hold it against |');
    });

    it('the FHIR export gives the INR its UCUM code and no empty unit text (FHIR forbids empty strings)', async () => {
        const document = await validate(onWarfarin('INR 3.8'));
        const resources = documentBundles(document, services.Calc.clinical.Analysis).bundles.flatMap(b => (b.entry ?? []).map(e => e.resource));
        const inr = resources.find((r): r is Observation => r?.resourceType === 'Observation' && r.code.text === 'INR')!;
        expect(inr.valueQuantity).toEqual({ value: 3.8, system: 'http://unitsofmeasure.org', code: '{INR}' });
        expect(inr.code.coding?.[0]?.code).toBe('6301-6');
        expect(inr.referenceRange?.[0]?.low).toEqual({ value: 2, system: 'http://unitsofmeasure.org', code: '{INR}' });
    });

    it('completion offers the analyte once, and its hover says it has no unit', async () => {
        const items = await complete('case P {\n    labs {\n        in|\n    }\n}\n');
        expect(items.map(i => i.label).filter(l => l.toLowerCase() === 'inr')).toEqual(['inr']);
        const hover = await hoverAt(onWarfarin('INR 3.8'), 'INR');
        expect(hover).toContain('Units: none, written as a bare number');
    });

    it('the summary row and the hover show the target without a unit', async () => {
        const text = onWarfarin('INR 3.8');
        expect(await summaryMarkdownUncited(text)).toContain('| INR, at presentation | **3.8** | 2–3, warfarin target for most indications; the label gives 2.5–3.5 with mechanical heart valves in the mitral position and caged ball or caged disk valves | **▲ High** |');
        const hover = await hoverAt(text, '3.8');
        expect(hover).toContain('**INR** 3.8\n');
        expect(hover).toContain('Warfarin target for most indications: 2–3; the label gives 2.5–3.5');
    });
});
