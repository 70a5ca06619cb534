/** `calc-case cohort --format csv|csv-dictionary`: one row per case, one column per fact, and what each column is. */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { URI } from 'langium';
import { beforeAll, describe, expect, it } from 'vitest';
import { cohortCsv } from '../../src/language/cohort/cohort-csv.js';
import { services, validate } from './helpers.js';

const CLI = path.resolve('out/cli/main.cjs');
const run = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });

/** Enough of RFC 4180 for the test: quoted cells with doubled quotes, CRLF rows. */
function parse(csv: string): string[][] {
    return csv.trimEnd().split('\r\n').map(line => [...line.matchAll(/(?:^|,)("(?:[^"]|"")*"|[^,]*)/g)].map(m => m[1].startsWith('"') ? m[1].slice(1, -1).replace(/""/g, '"') : m[1]));
}

describe('the cohort as CSV', () => {
    beforeAll(() => {
        if (!fs.existsSync(CLI)) throw new Error(`${CLI} is missing: run \`npm run build\` first (npm test does).`);
    });

    it('has one row per case of examples/ and the analysis\'s values, labs in their canonical unit', () => {
        const result = run('cohort', '--format', 'csv', 'examples');
        expect(result.status).toBe(0);
        const [header, ...rows] = parse(result.stdout);
        expect(rows).toHaveLength(5);
        const at = (row: string[], column: string) => row[header.indexOf(column)];
        const [thigh, sclerosis, renal] = rows;
        expect([at(thigh, 'file'), at(thigh, 'age_years'), at(thigh, 'sex'), at(thigh, 'sites'), at(thigh, 'largest_lesion_cm'), at(thigh, 'excision'), at(thigh, 'followup_months'), at(thigh, 'calcinosis_type')])
            .toEqual(['01-thigh.calc', '72', 'female', 'right thigh', '8', 'yes', '12', '']);
        expect([at(sclerosis, 'calcium'), at(sclerosis, 'corrected_calcium'), at(sclerosis, 'conditions'), at(sclerosis, 'drugs')])
            .toEqual(['9.46', '9.38', 'Systemic sclerosis; Raynaud phenomenon', 'Diltiazem 180 mg/day']);
        expect([at(renal, 'calcium_phosphate_product'), at(renal, 'calcinosis_type'), at(renal, 'warnings')]).toEqual(['89.5', 'metastatic', '5']);
    });

    it('has a data dictionary that names every column, its type and its unit', () => {
        const columns = parse(run('cohort', '--format', 'csv', 'examples').stdout)[0];
        const [header, ...entries] = parse(run('cohort', '--format', 'csv-dictionary', 'examples').stdout);
        expect(header).toEqual(['column', 'label', 'type', 'unit', 'description']);
        expect(entries.map(e => e[0])).toEqual(columns);
        expect(entries.find(e => e[0] === 'calcium')!.slice(1, 4)).toEqual(['Calcium (total)', 'number', 'mg/dL']);
        expect(entries.find(e => e[0] === 'calcium_phosphate_product')![3]).toBe('mg²/dL²');
    });

    it('quotes commas and quotes, and defuses a cell a spreadsheet would run as a formula', async () => {
        const document = await validate('case A {\n    title "=HYPERLINK(\\"http://x\\", \\"y\\")"\n}\n');
        const [, row] = parse(cohortCsv([document], services.Calc.clinical.Analysis, (uri: URI) => uri.path.slice(1)));
        expect(row[2]).toBe('\'=HYPERLINK("http://x", "y")');
    });
});
