/**
 * Debian's Chromium (playwright-core's own download fails offline) and a local site for it,
 * for the tests that need a real browser. The flags are those of scripts/code-server.mjs.
 */
import * as fs from 'node:fs';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser } from 'playwright-core';

const CHROMIUM = '/usr/bin/chromium';
const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export interface BrowserSite {
    browser: Browser;
    /** `http://127.0.0.1:PORT` of the site. */
    origin: string;
    close(): Promise<void>;
}

/** Serves each request with what `respond` gives for its path, and launches Chromium beside it. */
export async function browserWithSite(respond: (path: string) => { type: string; body: string | Buffer }): Promise<BrowserSite> {
    if (!fs.existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: \`node scripts/prerequisites.mjs\` installs it (npm test runs it first).`);
    const server = http.createServer((request, response) => {
        const { type, body } = respond(request.url ?? '/');
        response.writeHead(200, { 'content-type': type }).end(body);
    });
    await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
    return {
        browser,
        origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
        close: async () => {
            await browser.close();
            server.close();
        }
    };
}
