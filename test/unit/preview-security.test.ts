/**
 * The webviews' security in a real browser: the summaries, the case reports (and the cohort) of hostile
 * cases, rendered into the webview page with its Content-Security-Policy, load in Debian's
 * Chromium; only the page's own (nonce) script runs, and nothing is fetched.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderHtml } from '../../src/language/summary/render-html.js';
import { cohortOfDocuments } from '../../src/language/cohort/cohort-documents.js';
import { renderCohortHtml } from '../../src/language/cohort/render-cohort-html.js';
import { summarizeDocument } from '../../src/language/summary/summary-document.js';
import { figurePath } from '../../src/language/report/report-images.js';
import { reportDocument } from '../../src/language/report/report-document.js';
import { renderReportHtml } from '../../src/language/report/render-report-html.js';
import { browserWithSite, type BrowserSite } from './chromium.js';
import { services, validate } from './helpers.js';

let site: BrowserSite;
let browser: Browser;
let origin: string;
const fetched: string[] = [];
const pages = new Map<string, string>();
/** Set by a test that records every request the page makes. */
let onRequest: ((url: string) => void) | undefined;

/** Every place a case holds text, filled with one attack each. */
const ATTACKS = [
    '<script>window.pwned=1;fetch("/leak/script")</script>',
    '<img src=x onerror="window.pwned=1;fetch(\'/leak/img\')">',
    '<a href="javascript:window.pwned=1">click</a>',
    '<a href="data:text/html,<script>parent.pwned=1</script>">data</a>',
    '<svg onload="window.pwned=1"><script>window.pwned=1</script></svg>',
    '</style><script>window.pwned=1</script><style>',
    '</script><script>window.pwned=1</script>',
    '<style>body{background:url(/leak/css)}</style>',
    '<iframe src="/leak/frame"></iframe>',
    '<link rel=stylesheet href="/leak/link">',
    '${window.pwned=1}{{constructor.constructor("window.pwned=1")()}}',
    '<meta http-equiv="refresh" content="0;url=/leak/meta">'
];

function hostileCase(attack: string, index: number): string {
    const q = attack.replace(/\\/g, '\\\\').replace(/"/g, '\\"');
    return `case Hostile${index} {
    title "${q}"
    patient { age 40 years sex female weight 60 kg }
    history { complaint "${q}" course "${q}" condition lupus "${q}" }
    lesion L1 { site left elbow "${q}" discharge "${q}" }
    labs "${q}" { calcium 12 mg/dL phosphate 7 mg/dL }
    imaging { xray of L1 "${q}" }
    biopsy of L1 "${q}"
    opinion dermatology "${q}"
    treatment { drug diltiazem 900 mg/day "${q}" procedure laser of L1 "${q}" }
    followup 1 year stable "${q}"
}
`;
}

beforeAll(async () => {
    site = await browserWithSite(url => {
        if (url.startsWith('/leak')) fetched.push(url);
        onRequest?.(url);
        return url.startsWith('/workspace/') ? { type: 'image/gif', body: Buffer.from('R0lGODlhAQABAAAAACw=', 'base64') }
            : url === '/preview.js' ? { type: 'text/javascript', body: 'window.previewScriptRan = true;' }
            : url === '/cohort.js' ? { type: 'text/javascript', body: 'window.cohortScriptRan = true;' }
            : url === '/preview.css' ? { type: 'text/css', body: 'body { margin: 1em }' }
            : { type: 'text/html', body: pages.get(url) ?? '' };
    });
    ({ browser, origin } = site);
}, 60_000);

afterAll(() => site?.close());

/**
 * Opens a page, clicks every link whose address could run code (the citations' web links open
 * outside in VS Code), and reports whether an attack ran, whether the page's own script (which
 * sets `scriptFlag`) ran, how many scripts the page has, and the CSP violations reported.
 */
async function load(pagePath: string, scriptFlag: string) {
    const page = await browser.newPage();
    const violations: string[] = [];
    page.on('console', message => { if (/Content Security Policy/i.test(message.text())) violations.push(message.text()); });
    await page.goto(`${origin}${pagePath}`, { waitUntil: 'load' });
    for (const link of await page.$$('a[href^="javascript:" i], a[href^="data:" i]')) await link.click({ timeout: 1000 }).catch(() => undefined);
    await page.waitForTimeout(500);
    const state = await page.evaluate(flag => ({
        pwned: (globalThis as Record<string, unknown>).pwned,
        scriptRan: (globalThis as Record<string, unknown>)[flag],
        scripts: (globalThis as unknown as { document: { scripts: { length: number } } }).document.scripts.length
    }), scriptFlag);
    return { state, violations, page };
}

describe('the preview under hostile case files', () => {
    it(`renders ${ATTACKS.length} hostile cases with no script run and nothing fetched`, async () => {
        const document = await validate(ATTACKS.map(hostileCase).join('\n'));
        const { summaries } = summarizeDocument(document, services.Calc.clinical.Analysis);
        expect(summaries).toHaveLength(ATTACKS.length);
        pages.set('/preview.html', renderHtml(summaries, {
            mode: 'webview', nonce: 'n0nce', cspSource: origin, styleUri: `${origin}/preview.css`, scriptUri: `${origin}/preview.js`
        }));
        const { state, violations } = await load('/preview.html', 'previewScriptRan');
        expect(state.pwned).toBeUndefined();
        expect(state.scriptRan).toBe(true); // the one script with the nonce does run
        expect(state.scripts).toBe(1);
        expect(fetched).toEqual([]);
        // Nothing hostile even reached the page as markup: escaping, not only the CSP, stopped it.
        expect(violations).toEqual([]);
        console.log(`preview security: ${ATTACKS.length} hostile cases, ${summaries.length} summaries, scripts executed by the attacks: 0, requests made: ${fetched.length}, CSP violations reported: ${violations.length}`);
    }, 60_000);
});

describe('the cohort view under hostile case files', () => {
    it('renders hostile titles and file names with no script run and nothing fetched', async () => {
        // One file per attack, named by it: the file name too is the user's text.
        const documents = await Promise.all(ATTACKS.map((attack, i) => validate(hostileCase(attack, i))));
        const names = new Map(documents.map((d, i) => [d.uri.toString(), `${ATTACKS[i]}.calc`]));
        const model = cohortOfDocuments(documents, services.Calc.clinical.Analysis, uri => names.get(uri.toString())!);
        expect(model.cases).toHaveLength(ATTACKS.length);
        pages.set('/cohort.html', renderCohortHtml(model, { mode: 'webview', nonce: 'n0nce', scriptUri: `${origin}/cohort.js` }));
        const { state, violations, page } = await load('/cohort.html', 'cohortScriptRan');
        const titles = await page.locator('table.cases .sub').count();
        const files = await page.locator('table.cases .file').allInnerTexts();
        expect(state.pwned).toBeUndefined();
        expect(state.scriptRan).toBe(true);
        expect(state.scripts).toBe(1);
        expect(titles).toBe(ATTACKS.length); // the hostile titles and file names are there, as text
        expect([...files].sort()).toEqual(ATTACKS.map(a => `${a}.calc`).sort());
        expect(fetched).toEqual([]);
        expect(violations).toEqual([]);
    }, 60_000);
});

/** Image paths a case file could hold: only a relative one inside the case's folder may load. */
const IMAGE_ATTACKS = [
    'https://evil.example/leak.png', '//evil.example/leak.png', '/etc/leak.png', '../../leak/above.png', '%2e%2e/%2e%2e/leak/encoded.png',
    'C:/leak/drive.png', '\\\\evil\\share\\leak.png', 'javascript:window.pwned=1//.png', 'data:image/png;base64,AAAA.png',
    'a" onerror="window.pwned=1" b.png', 'figures/ok.png'
];

function hostileReport(attack: string, index: number): string {
    const q = attack.replace(/\\/g, '\\\\').replace(/"/g, '\\"');
    const image = IMAGE_ATTACKS[index % IMAGE_ATTACKS.length].replace(/\\/g, '\\\\').replace(/"/g, '\\"');
    return `case HostileReport${index} {
    title "${q}"
    keywords "${q}", "${q}"
    abstract "${q} [@r1]"
    introduction "${q} [@r1; @${index}x]"
    discussion "${q}"
    perspective "${q}"
    consent obtained "${q}"
    patient { age 40 years sex female }
    history { complaint "${q}" course "${q}" }
    lesion L1 { site left elbow "${q}" }
    imaging { xray of L1 "${q}" }
    treatment { procedure laser of L1 "${q}" }
    followup 1 year stable "${q}"
    figure F1 "${image}" of L1 "${q} [@r1]"
    figure F2 "figures/ok.png" "${q}"
    reference r1 { authors "${q}", "${q}" title "${q}" journal "${q}" year 2020 volume "${q}" pages "${q}" doi "${q}" pmid "${q}" url "${q}" }
}
`;
}

describe('the case report preview under hostile case files', () => {
    it('runs no script, and loads images only from the case\'s folder in the workspace', async () => {
        const document = await validate(ATTACKS.map(hostileReport).join('\n'));
        const { reports } = await reportDocument(document, services.Calc.clinical.Analysis);
        expect(reports).toHaveLength(ATTACKS.length);
        const requested: string[] = [];
        // As the extension does: figurePath under the case's folder, then asWebviewUri (which encodes each segment).
        const images = (figure: { image: string }) => {
            const found = figurePath('/workspace/cases', figure.image);
            return found && `${origin}${found.split('/').map(encodeURIComponent).join('/')}`;
        };
        pages.set('/report.html', renderReportHtml(reports, {
            mode: 'webview', images, nonce: 'n0nce', cspSource: origin, styleUri: `${origin}/preview.css`, scriptUri: `${origin}/preview.js`
        }));
        onRequest = url => { if (url !== '/favicon.ico') requested.push(url); };
        const { state, violations, page } = await load('/report.html', 'previewScriptRan');
        onRequest = undefined;
        expect(state.pwned).toBeUndefined();
        expect(state.scriptRan).toBe(true);
        expect(state.scripts).toBe(1);
        expect(fetched).toEqual([]);
        expect(violations).toEqual([]);
        const imageRequests = requested.filter(url => !['/report.html', '/preview.js', '/preview.css'].includes(url));
        expect(imageRequests.length).toBeGreaterThan(0);
        expect(imageRequests.every(url => url.startsWith('/workspace/cases/'))).toBe(true);
        expect(await page.locator('.no-image').count()).toBeGreaterThan(0); // the refused paths say so where the figure would be
    }, 60_000);

    it('the exported page inlines its images as data: and loads nothing at all', async () => {
        const document = await validate(ATTACKS.map(hostileReport).join('\n'));
        const { reports } = await reportDocument(document, services.Calc.clinical.Analysis);
        const requested: string[] = [];
        pages.set('/report-standalone.html', renderReportHtml(reports, { mode: 'standalone', images: () => `data:image/gif;base64,R0lGODlhAQABAAAAACw=` }));
        onRequest = url => { if (url !== '/favicon.ico') requested.push(url); };
        const { state, violations } = await load('/report-standalone.html', 'previewScriptRan');
        onRequest = undefined;
        expect(state.pwned).toBeUndefined();
        expect(state.scripts).toBe(0);
        expect(requested).toEqual(['/report-standalone.html']);
        expect(violations).toEqual([]);
    }, 60_000);
});
