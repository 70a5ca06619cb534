/**
 * `calc/fhir` on the language server's connection: the Bundles of a document once it is
 * validated and its parse matches the text the client last sent, built by the same
 * function as `calc-case export`, so the editor and the command line never disagree.
 */
import type { URI } from 'langium';
import type { CancellationToken, Connection } from 'vscode-languageserver';
import { documentParams, onCustomRequest } from '../lsp/custom-requests.js';
import type { CalcServices } from '../calc-module.js';
import { currentDocument } from '../lsp/current-document.js';
import { documentBundles } from './fhir-document.js';
import { FhirRequestMethod, type FhirResult } from './fhir-protocol.js';

export function registerFhirRequest(connection: Connection | undefined, services: CalcServices): void {
    const on = connection ?? services.shared.lsp.Connection;
    if (on) onCustomRequest(on, FhirRequestMethod, documentParams(FhirRequestMethod), ({ uri }, token) => bundlesOf(services, uri, token));
}

async function bundlesOf(services: CalcServices, uri: URI, token: CancellationToken): Promise<FhirResult> {
    const document = await currentDocument(services, uri, token, 'FHIR export');
    return { version: document.textDocument.version, ...documentBundles(document, services.clinical.Analysis) };
}
