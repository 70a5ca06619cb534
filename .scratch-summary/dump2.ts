import '../src/cli/node20-compat.js';
import { EmptyFileSystem, URI } from 'langium';
import { createCalcServices } from '../src/language/calc-module.js';
import * as fs from 'node:fs';
const services = createCalcServices(EmptyFileSystem);
for (const f of process.argv.slice(2)) {
  const doc = services.shared.workspace.LangiumDocumentFactory.fromString(fs.readFileSync(f,'utf8'), URI.file(f));
  services.shared.workspace.LangiumDocuments.addDocument(doc);
  await services.shared.workspace.DocumentBuilder.build([doc], { validation: true });
  console.log('==== ', f, 'diags', doc.diagnostics?.length);
  for (const k of (doc.parseResult.value as any).cases) {
    const a = services.Calc.clinical.Analysis.analysisOf(k);
    console.log(JSON.stringify({ labs: a.labs.labs.map(l => ({t: l.fact.term.term, v: l.fact.quantity.value, u: l.fact.quantity.unit, status: l.status, other: l.other, interval: l.interval, judged: l.judged, canonical: l.canonical})), corrected: a.labs.correctedCalcium, product: a.labs.product, classification: {...a.classification, support: undefined}, findings: a.findings.map(f => ({code: f.code, sev: f.severity, msg: f.message, at: f.at})) }, null, 1));
  }
}
