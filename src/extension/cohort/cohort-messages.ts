/**
 * The messages between the cohort view and its page's script (cohort-webview.ts): one union
 * each way, shared by both sides.
 */

/** What the page keeps in its webview state for a reload. */
export interface CohortState {
    scrollY?: number;
}

/** Extension → page: new content (the renderer's escaped HTML). */
export type ToCohort = { type: 'update'; content: string };

/** Page → extension: its script is running (and asks for the latest); a case's file was clicked. */
export type FromCohort =
    | { type: 'ready' }
    | { type: 'open'; uri: string; line: number };

/** A message the page sent, or undefined for anything else. */
export function readFromCohort(message: unknown): FromCohort | undefined {
    const m = typeof message === 'object' && message !== null ? message as Record<string, unknown> : {};
    if (m.type === 'ready') return { type: 'ready' };
    if (m.type === 'open' && typeof m.uri === 'string' && Number.isInteger(m.line)) return { type: 'open', uri: m.uri, line: m.line as number };
    return undefined;
}
