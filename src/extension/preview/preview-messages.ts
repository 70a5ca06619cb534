/**
 * The messages between a preview panel (the management summary, the case report) and its
 * page's script (preview-webview.ts): one union each way, shared by both sides.
 */

/** What the page keeps (its webview state) and the serializer restores after a reload. */
export interface PreviewState {
    uri: string;
    locked: boolean;
    scrollY?: number;
}

/** Extension → page: new content (the renderer's escaped HTML) and the file it is of. */
export type ToPreview = { type: 'update'; content: string; state: PreviewState };

/** Page → extension: its script is running (and asks for the latest); a warning was clicked. */
export type FromPreview =
    | { type: 'ready' }
    | { type: 'reveal'; line: number; column: number };

/** A message the page sent, or undefined for anything else. */
export function readFromPreview(message: unknown): FromPreview | undefined {
    const m = typeof message === 'object' && message !== null ? message as Record<string, unknown> : {};
    if (m.type === 'ready') return { type: 'ready' };
    if (m.type === 'reveal' && Number.isInteger(m.line) && Number.isInteger(m.column)) return { type: 'reveal', line: m.line as number, column: m.column as number };
    return undefined;
}
