/**
 * `calc/fhir` on the language server's connection: the Bundles of a document once it is
 * validated and its parse matches the text the client last sent, built by the same
 * function as `calc-case export`, so the editor and the command line never disagree.
 */
import { URI } from 'langium';
import type { CancellationToken, Connection } from 'vscode-languageserver';
import type { CalcServices } from '../calc-module.js';
import { currentDocument } from '../lsp/current-document.js';
import { documentBundles } from './fhir-document.js';
import { FhirRequestMethod, type FhirParams, type FhirResult } from './fhir-protocol.js';

export function registerFhirRequest(connection: Connection | undefined, services: CalcServices): void {
    (connection ?? services.shared.lsp.Connection)?.onRequest(FhirRequestMethod, (params: FhirParams, token: CancellationToken) => bundlesOf(services, params, token));
}

async function bundlesOf(services: CalcServices, params: FhirParams, token: CancellationToken): Promise<FhirResult> {
    const document = await currentDocument(services, URI.parse(params.uri), token, 'FHIR export');
    return { version: document.textDocument.version, ...documentBundles(document, services.clinical.Analysis) };
}
