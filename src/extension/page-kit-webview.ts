/**
 * What the pages' scripts (preview-webview.ts, cohort-webview.ts) share (named *-webview.ts so that tsconfig.webview.json checks it with the DOM): VS Code's webview
 * API typed by the page's messages and state, and the scroll position kept in that state.
 * Runs in the webview (DOM), bundled by esbuild.mjs; type-checked by tsconfig.webview.json.
 */

/** What `acquireVsCodeApi()` gives a page's script, typed by what it sends and keeps. */
export interface WebviewApi<ToExtension, State> {
    postMessage(message: ToExtension): void;
    getState(): State | undefined;
    setState(state: State): void;
}

declare function acquireVsCodeApi(): WebviewApi<never, never>;

/** The page's one handle on VS Code (it may be acquired only once). */
export function webviewApi<ToExtension, State>(): WebviewApi<ToExtension, State> {
    return acquireVsCodeApi();
}

/** Scrolls to `scrollY` once the page has laid out (a reload, or a hidden tab shown again, comes back where it was). */
export function restoreScroll(scrollY: number | undefined): void {
    if (!scrollY) return;
    const restore = () => requestAnimationFrame(() => window.scrollTo(0, scrollY));
    if (document.readyState === 'complete') restore();
    else window.addEventListener('load', restore, { once: true });
}

/** Calls `save` with the scroll position at most once a frame while the page scrolls. */
export function onScroll(save: (scrollY: number) => void): void {
    let frame = 0;
    window.addEventListener('scroll', () => {
        if (frame) return;
        frame = requestAnimationFrame(() => {
            frame = 0;
            save(window.scrollY);
        });
    }, { passive: true });
}

/** Calls `act` with the clicked element matching `selector` (a button the renderer drew). */
export function onClick(selector: string, act: (target: Element) => void): void {
    document.addEventListener('click', event => {
        const target = event.target instanceof Element ? event.target.closest(selector) : null;
        if (!target) return;
        event.preventDefault();
        act(target);
    });
}
