/**
 * Inputs built to hurt: thousands of repeated syntax errors (Chevrotain's recovery
 * recursed once per error in one block), absurdly long lines and files, and the
 * examples in every encoding accident.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const N = 5000;

const EXAMPLES_DIR = fileURLToPath(new URL('../../../examples', import.meta.url));

export const EXAMPLES: Record<string, string> = Object.fromEntries(fs.readdirSync(EXAMPLES_DIR)
    .filter(file => file.endsWith('.calc'))
    .map(file => [file, fs.readFileSync(path.join(EXAMPLES_DIR, file), 'utf8')]));

/** The examples one after the other, `copies` times, each case renamed: a long valid file. */
function longFile(copies: number): string {
    const parts: string[] = [];
    for (let i = 0; i < copies; i++) {
        for (const text of Object.values(EXAMPLES)) parts.push(text.replace(/\bcase (\w+)/g, (_, name) => `case ${name}${i}`));
    }
    return parts.join('\n');
}

export const REPEATED_ERRORS: Record<string, string> = {
    'open braces': '{\n'.repeat(N),
    'close braces': '}\n'.repeat(N),
    'unclosed cases': 'case A {\n'.repeat(N),
    'unclosed labs': 'case A {\n' + 'labs { calcium\n'.repeat(N),
    'results without units': 'case A { labs {\n' + 'calcium 9.4\n'.repeat(N) + '} }',
    'values without analytes': 'case A { labs {\n' + '9.4 mg/dL\n'.repeat(N) + '} }',
    'lesions without names': 'case A {\n' + 'lesion {\n'.repeat(N) + '}',
    'patient items without values': 'case A { patient {\n' + 'age\n'.repeat(N) + '} }',
    'drugs without doses': 'case A { treatment {\n' + 'drug diltiazem\n'.repeat(N) + '} }',
    'morphology without terms': 'case A { lesion L1 {\n' + 'morphology 3\n'.repeat(N) + '} }',
    'unclosed strings': 'case A {\n' + 'title "no end\n'.repeat(N) + '}',
    'junk tokens': 'case A { ' + '@ '.repeat(N) + '}',
    'stray numbers in a block': 'case A { history { ' + '1 '.repeat(N) + '} }',
    'references to nothing': 'case A {\n' + 'biopsy of L9 "x"\n'.repeat(N) + '}',
    'advice list': 'case A { treatment { advice ' + 'avoidCold, '.repeat(N) + 'x } }',
    'stray units': 'case A { labs { calcium 9.4 ' + '/mg'.repeat(N) + ' } }'
};

const LONG = 100_000;

export const LONG_INPUTS: Record<string, string> = {
    'a 100k-character title': `case A { title "${'x'.repeat(LONG)}" }`,
    'a 100k-character name': `case ${'A'.repeat(LONG)} { }`,
    'a 100k-character term': `case A { labs { ${'calcuim'.repeat(LONG / 7)} 9.4 mg/dL } }`,
    'a 100k-digit number': `case A { labs { calcium ${'9'.repeat(LONG)} mg/dL } }`,
    'a 100k-character unit': `case A { labs { calcium 9.4 ${'mg/'.repeat(LONG / 3)}dL } }`,
    'a 100k-character comment line': `// ${'x'.repeat(LONG)}\ncase A { }`,
    'an unclosed 100k comment': `case A { /* ${'x'.repeat(LONG)}`,
    'an unclosed 100k string': `case A { title "${'x'.repeat(LONG)}`,
    // The grammar's regular expression overflowed V8's stack from ~4.5 M characters (issue 19).
    'a 5M-character title': `case A { title "${'x'.repeat(50 * LONG)}" }\ncase B { }`,
    'an unclosed 5M-character title': `case A { title "${'x'.repeat(50 * LONG)}\n}\ncase B { }`,
    'a title of 2.5M escapes': `case A { title "${'\\"'.repeat(25 * LONG)}" }\ncase B { }`,
    '100k characters of emoji and bidi': `case A { title "${'😀\u202E'.repeat(LONG / 3)}" }`,
    '100k NUL characters': '\u0000'.repeat(LONG),
    'one line of 100k words': `case A { labs { ${'calcium '.repeat(LONG / 8)}} }`,
    'the examples 50 times (long file)': longFile(50),
    'the examples in CRLF with a BOM': '\uFEFF' + Object.values(EXAMPLES).join('\n').replace(/\n/g, '\r\n')
};

/** Numbers the lexer and the rules must take calmly, in every place a number goes. */
export const ODD_NUMBERS = ['1e309', '-0', '00000001', '5.', '.5', '0', '0.0', '9'.repeat(400), '1' + '0'.repeat(309), '0.' + '0'.repeat(400) + '1'];

export function numberCase(value: string): string {
    return `case Numbers {
    patient { age ${value} years weight ${value} kg height ${value} cm }
    history { onset ${value} months ago }
    lesion L1 { site left thigh count ${value} size ${value} x ${value} cm }
    labs { calcium ${value} mg/dL phosphate ${value} mmol/L albumin ${value} g/dL ionizedCalcium ${value} mmol/L }
    treatment { drug diltiazem ${value} mg/day drug sodiumThiosulfate ${value} g/week }
    followup ${value} years noRecurrence
}
`;
}
