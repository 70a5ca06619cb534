/**
 * The custom request by which the cohort view asks the language server for the cohort
 * of every case it knows. Shared by the server and the client: names and shapes only.
 */
import { RequestType0 } from 'vscode-languageserver-protocol';
import type { CohortModel } from './cohort-types.js';

export type CohortResult = CohortModel;

/** `calc/cohort`, with no params: the cohort is of every document the server has. */
export const CohortRequest = new RequestType0<CohortResult, void>('calc/cohort');
