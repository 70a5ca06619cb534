/**
 * The custom request by which the cohort view asks the language server for the cohort
 * of every case it knows. Shared by the server and the client: names and shapes only.
 */
import type { CohortModel } from './cohort-types.js';

export const CohortRequestMethod = 'calc/cohort';

/** No parameters: the cohort is of every document the server has. */
export type CohortResult = CohortModel;
