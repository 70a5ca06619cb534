/** The language server, the same in Node and in a browser worker: Langium's handlers plus our custom requests. */
import type { FileSystemProvider } from 'langium';
import { startLanguageServer } from 'langium/lsp';
import type { Connection } from 'vscode-languageserver';
import { createCalcServices } from './calc-module.js';
import { registerSummaryRequest } from './summary/summary-request.js';
import { registerFhirRequest } from './fhir/fhir-request.js';
import { registerCohortRequest } from './cohort/cohort-request.js';
import { registerReportRequest } from './report/report-request.js';

export function startCalcServer(connection: Connection, fileSystemProvider: () => FileSystemProvider): void {
    const { shared, Calc } = createCalcServices({ connection, fileSystemProvider });
    registerSummaryRequest(Calc);
    registerFhirRequest(Calc);
    registerCohortRequest(Calc);
    registerReportRequest(Calc);
    startLanguageServer(shared);
}
