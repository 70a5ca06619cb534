/**
 * The script of the cohort view's page, loaded with the page's nonce. It swaps in new content
 * without reloading, so the scroll position stays; keeps the scroll position in the webview
 * state for a reload; and asks the extension to open a case when its file is clicked.
 */
import { onClick, onScroll, restoreScroll, webviewApi } from '../page-kit-webview.js';
import type { CohortState, FromCohort, ToCohort } from './cohort-messages.js';

const vscode = webviewApi<FromCohort, CohortState>();
const root = document.getElementById('calc-cohort-root');

restoreScroll(vscode.getState()?.scrollY);
onScroll(scrollY => vscode.setState({ scrollY }));

window.addEventListener('message', (event: MessageEvent<ToCohort>) => {
    const message = event.data;
    if (message?.type !== 'update' || !root) return;
    // The content is the renderer's escaped HTML; the page's CSP runs no inline script or handler either way.
    root.innerHTML = message.content;
});

onClick('button.reveal[data-uri]', target => {
    const line = Number(target.getAttribute('data-line'));
    const uri = target.getAttribute('data-uri');
    if (uri && Number.isInteger(line)) vscode.postMessage({ type: 'open', uri, line });
});

vscode.postMessage({ type: 'ready' });
