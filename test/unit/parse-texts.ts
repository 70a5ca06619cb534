/** Texts that exercise the parser: the examples, a generated cohort, and the examples cut short and damaged (syntax errors, comments). */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { generateCohort } from '../../bench/generate.js';

export const examples = fs.readdirSync('examples').filter(f => f.endsWith('.calc')).map(f => fs.readFileSync(path.join('examples', f), 'utf8'));
export const cohort = generateCohort({ seed: 3, cases: 60 }).map(c => c.calc);
export const damaged = examples.flatMap(text => [
    text.slice(0, Math.floor(text.length / 3)),
    text.replace(/mg\/dL/, 'mg/').replace(/\}/, ''),
    text.replace(/\n(\s*)labs/, '\n$1// a comment\n$1/* and another */ labs').replace(/calcium (\S+)/, 'calcium $1 $1')
]);
