// The management-summary preview's one script (loaded with the page's nonce).
// It swaps in new content without reloading, so the scroll position stays; keeps the
// scroll position in the webview state, so a reload or a hidden tab comes back where
// it was; and asks the extension to reveal a line when a warning is clicked.
(function () {
    'use strict';
    const vscode = acquireVsCodeApi();
    const root = document.getElementById('calc-summary-root');
    const meta = document.getElementById('calc-summary-state');

    /** The page says which file it shows; a kept scroll position counts only for that file. */
    let state = readPageState();
    const saved = vscode.getState();
    if (saved && saved.uri === state.uri && typeof saved.scrollY === 'number') state.scrollY = saved.scrollY;
    vscode.setState(state);

    function readPageState() {
        try {
            const parsed = JSON.parse((meta && meta.dataset.state) || '{}');
            return { uri: String(parsed.uri || ''), locked: Boolean(parsed.locked) };
        } catch {
            return { uri: '', locked: false };
        }
    }

    function restoreScroll() {
        if (state.scrollY) window.scrollTo(0, state.scrollY);
    }
    if (document.readyState === 'complete') requestAnimationFrame(restoreScroll);
    else window.addEventListener('load', () => requestAnimationFrame(restoreScroll), { once: true });

    let scrollFrame = 0;
    window.addEventListener('scroll', () => {
        if (scrollFrame) return;
        scrollFrame = requestAnimationFrame(() => {
            scrollFrame = 0;
            state.scrollY = window.scrollY;
            vscode.setState(state);
        });
    }, { passive: true });

    window.addEventListener('message', event => {
        const message = event.data;
        if (!message || message.type !== 'update' || typeof message.content !== 'string' || !root) return;
        const uri = message.state && typeof message.state.uri === 'string' ? message.state.uri : state.uri;
        const otherFile = uri !== state.uri;
        // The content is the renderer's escaped HTML; the page's CSP runs no inline script or handler either way.
        root.innerHTML = message.content;
        state = { uri, locked: Boolean(message.state && message.state.locked), scrollY: otherFile ? 0 : window.scrollY };
        if (otherFile) window.scrollTo(0, 0);
        vscode.setState(state);
    });

    document.addEventListener('click', event => {
        const target = event.target instanceof Element ? event.target.closest('button.reveal') : null;
        if (!target) return;
        event.preventDefault();
        const line = Number(target.getAttribute('data-line'));
        const column = Number(target.getAttribute('data-column'));
        if (Number.isInteger(line) && Number.isInteger(column)) vscode.postMessage({ type: 'reveal', line, column });
    });

    vscode.postMessage({ type: 'ready' });
}());
