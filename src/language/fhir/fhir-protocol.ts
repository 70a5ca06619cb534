/**
 * The custom request by which the extension asks the language server for the FHIR
 * export of a document (`calc/fhir`). Shared by the server and the client: names and
 * shapes only.
 */
import { RequestType } from 'vscode-languageserver-protocol';
import type { DocumentParams } from '../lsp/document-protocol.js';
import type { Bundle } from './fhir-types.js';

export interface DocumentBundles {
    /** One Bundle per case, in the order of the file. */
    bundles: Bundle[];
    /** Lexer and parser errors: with any, a bundle may lack what they hide. */
    syntaxErrors: number;
}

export interface FhirResult extends DocumentBundles {
    /** The version of the text the bundles were built from. */
    version: number;
}

/** `calc/fhir`: one Bundle per case of the document. */
export const FhirRequest = new RequestType<DocumentParams, FhirResult, void>('calc/fhir');
