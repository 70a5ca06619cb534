/**
 * A clinician's review of the labs: a child's alkaline phosphatase judged on an interval
 * of our own arithmetic (now the University of Iowa's, from CALIPER), the calcitriol
 * interval without a source (now Mayo Clinic Laboratories'), and an INR written without a unit.
 */
import { describe, expect, it } from 'vitest';
import { diagnose } from './helpers.js';

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
