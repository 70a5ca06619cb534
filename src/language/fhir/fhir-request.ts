/**
 * `calc/fhir` on the language server's connection: the Bundles of a document once the edits
 * sent before are built, by the same function as `calc-case export`, so the editor and the
 * command line never disagree.
 */
import { CancellationToken } from '../lsp/vscode-languageserver-values.js';
import type { CalcServices } from '../calc-module.js';
import { documentAnswer } from '../lsp/current-document.js';
import { documentParams, onCustomRequest } from '../lsp/custom-requests.js';
import type { DocumentParams } from '../lsp/document-protocol.js';
import { documentBundles } from './fhir-document.js';
import { FhirRequest, type FhirResult } from './fhir-protocol.js';

export function registerFhirRequest(services: CalcServices): void {
    onCustomRequest(services, FhirRequest, documentParams, (params, token) => fhirResponse(services, params, token));
}

/** The request's answer; exported for the tests, which have no connection. */
export function fhirResponse(services: CalcServices, params: DocumentParams, token: CancellationToken = CancellationToken.None): Promise<FhirResult> {
    return documentAnswer(services, params, token, 'FHIR export', document => documentBundles(document, services.clinical.Analysis));
}
