import { EmptyFileSystem, URI } from 'langium';
import { createCalcServices } from '../src/language/calc-module.js';
import { generateCohort, cohortJson } from './generate.js';
import { caseSchema } from './schema.js';
import { getLanguageService, TextDocument } from 'vscode-json-languageservice';
import * as fs from 'node:fs';
async function main() {

const cases = generateCohort({ seed: 1, cases: 300 });
fs.writeFileSync('/tmp/sample.calc', cases.slice(0, 12).map(c => c.calc).join('\n'));
fs.writeFileSync('/tmp/sample.json', cohortJson(cases.slice(0, 12)));
const services = createCalcServices(EmptyFileSystem);
const docs = cases.map((c, i) => services.shared.workspace.LangiumDocumentFactory.fromString(c.calc, URI.parse(`file:///w/c${i}.calc`)));
for (const d of docs) services.shared.workspace.LangiumDocuments.addDocument(d);
let t = performance.now();
await services.shared.workspace.DocumentBuilder.build(docs, { validation: true });
console.log('calc ms', performance.now() - t, 'lines', cases.reduce((s, c) => s + c.lines, 0));
const tally = (slipped: boolean) => {
  const m: Record<string, number> = {};
  docs.forEach((d, i) => { if ((cases[i].slips.length > 0) !== slipped) return; for (const x of d.diagnostics ?? []) { const k = `${x.severity}:${x.code}`; m[k] = (m[k] ?? 0) + 1; } });
  return m;
};
console.log('valid', tally(false)); console.log('slipped', tally(true));
const slipKinds: Record<string, number> = {}; cases.forEach(c => c.slips.forEach(s => slipKinds[s] = (slipKinds[s] ?? 0) + 1)); console.log(slipKinds);
// print messages of non-info diags in valid cases
docs.forEach((d, i) => { if (cases[i].slips.length) return; for (const x of d.diagnostics ?? []) if (x.severity !== 3) console.log(cases[i].model.name, x.code, x.message.slice(0, 150)); });
const schema = caseSchema();
fs.writeFileSync('/tmp/schema.json', JSON.stringify(schema, null, 2));
const ls = getLanguageService({});
ls.configure({ validate: true, schemas: [{ uri: 'file:///bench/case.schema.json', fileMatch: ['*.json'], schema }] });
const jdocs = cases.map((c, i) => TextDocument.create(`file:///w/c${i}.json`, 'json', 1, cohortJson([c])));
t = performance.now();
const res = [];
for (const d of jdocs) res.push(await ls.doValidation(d, ls.parseJSONDocument(d)));
console.log('json ms', performance.now() - t);
const jt = (slipped: boolean) => res.reduce((s, r, i) => s + ((cases[i].slips.length > 0) === slipped ? r.length : 0), 0);
console.log('json errors valid', jt(false), 'slipped', jt(true));
res.forEach((r, i) => { if (!cases[i].slips.length) r.slice(0,3).forEach(x => console.log(cases[i].model.name, x.message)); });
res.forEach((r, i) => { if (cases[i].slips.length && i < 40) console.log(cases[i].model.name, cases[i].slips, r.map(x => x.message.slice(0, 80))); });

}
main();
