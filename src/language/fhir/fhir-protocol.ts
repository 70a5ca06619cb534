/**
 * The custom request by which the extension asks the language server for the FHIR
 * export of a document (`calc/fhir`). Shared by the server and the client: names and
 * shapes only.
 */
import type { Bundle } from './fhir-types.js';

export const FhirRequestMethod = 'calc/fhir';

export interface FhirParams {
    /** The document's URI as the client knows it. */
    uri: string;
}

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
