/**
 * The script of the preview's page (the management summary, the case report), loaded with the
 * page's nonce. It swaps in new content without reloading, so the scroll position stays; keeps
 * the scroll position in the webview state, so a reload or a hidden tab comes back where it was;
 * and asks the extension to reveal a line when a warning is clicked.
 */
import { onClick, onScroll, restoreScroll, webviewApi } from '../page-kit-webview.js';
import type { FromPreview, PreviewState, ToPreview } from './preview-messages.js';

const vscode = webviewApi<FromPreview, PreviewState>();
const root = document.getElementById('calc-summary-root');

/** The page says which file it shows; a kept scroll position counts only for that file. */
let state = pageState();
const saved = vscode.getState();
if (saved?.uri === state.uri && typeof saved.scrollY === 'number') state.scrollY = saved.scrollY;
vscode.setState(state);
restoreScroll(state.scrollY);
onScroll(scrollY => {
    state.scrollY = scrollY;
    vscode.setState(state);
});

function pageState(): PreviewState {
    try {
        const parsed = JSON.parse(document.getElementById('calc-summary-state')?.dataset.state || '{}') as Partial<PreviewState>;
        return { uri: String(parsed.uri ?? ''), locked: Boolean(parsed.locked) };
    } catch {
        return { uri: '', locked: false };
    }
}

window.addEventListener('message', (event: MessageEvent<ToPreview>) => {
    const message = event.data;
    if (message?.type !== 'update' || !root) return;
    const otherFile = message.state.uri !== state.uri;
    // The content is the renderer's escaped HTML; the page's CSP runs no inline script or handler either way.
    root.innerHTML = message.content;
    state = { ...message.state, scrollY: otherFile ? 0 : window.scrollY };
    if (otherFile) window.scrollTo(0, 0);
    vscode.setState(state);
});

onClick('button.reveal', target => {
    const line = Number(target.getAttribute('data-line'));
    const column = Number(target.getAttribute('data-column'));
    if (Number.isInteger(line) && Number.isInteger(column)) vscode.postMessage({ type: 'reveal', line, column });
});

vscode.postMessage({ type: 'ready' });
