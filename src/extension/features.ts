/** What the extension adds beside the language client, the same on the desktop and on the web. */
import type * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { registerCohort } from './cohort/register-cohort.js';
import { registerFhirExport } from './fhir-export.js';
import { registerNewCase } from './new-case.js';
import { registerPreview } from './preview/register-preview.js';

export function registerFeatures(context: vscode.ExtensionContext, client: BaseLanguageClient): void {
    registerNewCase(context);
    registerPreview(context, client);
    registerFhirExport(context, client);
    registerCohort(context, client);
}
