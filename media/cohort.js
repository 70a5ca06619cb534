// The cohort view's one script (loaded with the page's nonce). It swaps in new content
// without reloading, so the scroll position stays; keeps the scroll position in the
// webview state for a reload; and asks the extension to open a case when its file is clicked.
(function () {
    'use strict';
    const vscode = acquireVsCodeApi();
    const root = document.getElementById('calc-cohort-root');
    const state = vscode.getState() || {};

    if (typeof state.scrollY === 'number') {
        const restore = () => window.scrollTo(0, state.scrollY);
        if (document.readyState === 'complete') requestAnimationFrame(restore);
        else window.addEventListener('load', () => requestAnimationFrame(restore), { once: true });
    }

    let scrollFrame = 0;
    window.addEventListener('scroll', () => {
        if (scrollFrame) return;
        scrollFrame = requestAnimationFrame(() => {
            scrollFrame = 0;
            vscode.setState({ scrollY: window.scrollY });
        });
    }, { passive: true });

    window.addEventListener('message', event => {
        const message = event.data;
        if (!message || message.type !== 'update' || typeof message.content !== 'string' || !root) return;
        // The content is the renderer's escaped HTML; the page's CSP runs no inline script or handler either way.
        root.innerHTML = message.content;
    });

    document.addEventListener('click', event => {
        const target = event.target instanceof Element ? event.target.closest('button.reveal[data-uri]') : null;
        if (!target) return;
        event.preventDefault();
        const line = Number(target.getAttribute('data-line'));
        const uri = target.getAttribute('data-uri');
        if (uri && Number.isInteger(line)) vscode.postMessage({ type: 'open', uri, line });
    });

    vscode.postMessage({ type: 'ready' });
}());
