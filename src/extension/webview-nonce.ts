/** A fresh nonce for each webview page: Web Crypto, in the Node and the browser extension hosts alike. */
export function nonce(): string {
    const bytes = crypto.getRandomValues(new Uint8Array(16));
    return Array.from(bytes, b => b.toString(16).padStart(2, '0')).join('');
}
