#!/usr/bin/env node
// The JSON route as a command line, the bench's counterpart of `calc-case check --format json`
// (issue 17): each case file written as JSON is read, parsed and validated with ajv against
// bench/case.schema.json (compiled at each run, as a command line does), and the problems
// are printed per file as JSON. Usage: node bench/json-cli.mjs FILE.json…
import Ajv from 'ajv';
import * as fs from 'node:fs';

const schema = JSON.parse(fs.readFileSync(new URL('./case.schema.json', import.meta.url), 'utf8'));
const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
const files = process.argv.slice(2).map(file => {
    try {
        const valid = validate(JSON.parse(fs.readFileSync(file, 'utf8')));
        return { file, errors: valid ? [] : validate.errors.map(e => ({ path: e.instancePath, message: e.message })) };
    } catch (error) {
        return { file, errors: [{ path: '', message: error.message }] };
    }
});
process.stdout.write(JSON.stringify({ files }, null, 2) + '\n');
process.exitCode = files.some(f => f.errors.length > 0) ? 1 : 0;
