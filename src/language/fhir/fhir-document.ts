/** A validated document → the FHIR Bundle of each case. Shared by the language server and the CLI. */
import type { LangiumDocument } from 'langium';
import type { CaseFile } from '../generated/ast.js';
import type { CalcAnalysis } from '../analysis/calc-analysis.js';
import { caseBundle } from './fhir-bundle.js';
import type { DocumentBundles } from './fhir-protocol.js';

export function documentBundles(document: LangiumDocument<CaseFile>, analysis: CalcAnalysis): DocumentBundles {
    const fileName = document.uri.path.split('/').pop() ?? '';
    const bundles = document.parseResult.value.cases.map(kase => caseBundle(analysis.analysisOf(kase), fileName));
    const { lexerErrors, parserErrors } = document.parseResult;
    return { bundles, syntaxErrors: lexerErrors.length + parserErrors.length };
}
