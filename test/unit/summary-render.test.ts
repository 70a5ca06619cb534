/**
 * The renderers: golden pages for the examples (see golden.ts), hostile case text that must
 * stay text, and the pages' CSP.
 */
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatSummary } from '../../src/cli/summary.js';
import { renderContent, renderHtml } from '../../src/language/summary/render-html.js';
import { renderMarkdown } from '../../src/language/summary/render-markdown.js';
import { sha256Base64 } from '../../src/language/html/sha256.js';
import { summarizeDocument } from '../../src/language/summary/summary-document.js';
import { expectGolden } from './golden.js';
import { services, validate } from './helpers.js';

const GOLDEN = path.resolve('test/unit/golden');

async function summarize(text: string) {
    return summarizeDocument(await validate(text), services.Calc.clinical.Analysis);
}

describe('golden summaries of examples/', () => {
    const examples = fs.readdirSync('examples').filter(name => name.endsWith('.calc')).sort();
    for (const example of examples) {
        for (const [format, extension] of [['html', 'html'], ['markdown', 'md']] as const) {
            it(`${example} as ${format} equals golden/${example.replace(/\.calc$/, '')}.summary.${extension}`, async () => {
                const result = await summarize(fs.readFileSync(path.join('examples', example), 'utf8'));
                const actual = formatSummary(result, format);
                await expectGolden(actual, path.join(GOLDEN, `${example.replace(/\.calc$/, '')}.summary.${extension}`));
            });
        }
    }

    it('holds the adult of 02-sclerosis.calc to the adults\' diltiazem regimen in both formats, with no per-kg range worked out for her', () => {
        for (const extension of ['html', 'md']) {
            const page = fs.readFileSync(path.join(GOLDEN, `02-sclerosis.summary.${extension}`), 'utf8');
            expect(page).toContain('180 mg/day — below the reported 240–480 mg/day (adults)');
            expect(page).not.toContain('124–248 mg/day');
        }
    });
});

/** Every string slot of the language, filled with something a browser or a template engine would act on. */
const HOSTILE = [
    '<script>alert(1)</script>',
    '<img src=x onerror=alert(2)>',
    'javascript:alert(3)',
    '${alert(4)} {{constructor.constructor(\'alert(5)\')()}}',
    '</style><script>alert(6)</script>',
    '</script><b onmouseover=alert(7)>x</b>',
    '<a href="javascript:alert(8)">click</a>',
    '\u202Egnp.exe'
];

function hostileCase(): string {
    const s = (i: number) => JSON.stringify(HOSTILE[i % HOSTILE.length]);
    return `case Hostile {
    title ${s(0)}
    source ${s(6)}
    patient { age 40 years sex female weight 60 kg }
    history {
        complaint ${s(1)}
        onset 1 years ago
        course ${s(2)}
        family ${s(3)}
        condition systemicSclerosis ${s(4)}
    }
    lesion L1 {
        site left forearm ${s(5)}
        size 2 x 1 cm
        discharge ${s(7)}
    }
    labs ${s(0)} { calcium 9.4 mg/dL phosphate 3.5 mg/dL }
    imaging { xray of L1 ${s(1)} }
    biopsy of L1 ${s(3)}
    opinion dermatology ${s(4)}
    treatment {
        drug diltiazem 180 mg/day ${s(5)}
        procedure laser of L1 ${s(6)}
    }
    followup 6 months improved ${s(2)}
}
`;
}

/** The page's own markup between <main> and </main>: the part built from the case file. */
function body(page: string): string {
    return page.slice(page.indexOf('<main'), page.indexOf('</main>'));
}

describe('hostile case text stays text', () => {
    it('in the standalone page', async () => {
        const result = await summarize(hostileCase());
        expect(result.syntaxErrors).toBe(0);
        const page = renderHtml(result.summaries, { mode: 'standalone' });
        expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt;'); // rendered, as text
        expect(page).not.toMatch(/<script/i);
        expect(page.match(/<\/style>/g)).toHaveLength(1);
        expect(page).not.toMatch(/<[a-z][^>]*\son\w+\s*=/i); // no event handler attribute
        expect(page).not.toMatch(/href\s*=\s*["']?\s*javascript:/i);
        expect(page).not.toMatch(/<(img|b|a)\s[^>]*(onerror|onmouseover|javascript)/i);
        const content = body(page);
        expect(content).not.toMatch(/[{}]/); // no ${…} or {{…}} for a template engine
        expect(content).not.toContain('\u202E'); // no hidden reordering of what a reader sees
    });

    it('in the preview’s page and in its in-place updates', async () => {
        const result = await summarize(hostileCase());
        const page = renderHtml(result.summaries, { mode: 'webview', nonce: 'abc123', cspSource: 'vscode-webview://x', styleUri: 's.css', scriptUri: 'p.js', state: { uri: 'file:///x/"><script>alert(9)</script>.calc', locked: false } });
        expect(page.match(/<script/g)).toHaveLength(1);
        expect(page).toContain('<script nonce="abc123" src="p.js"></script>');
        expect(page).not.toMatch(/<[a-z][^>]*\son\w+\s*=/i);
        for (const content of [body(page), renderContent(result.summaries, { mode: 'webview', banner: '<script>alert(10)</script>' })]) {
            expect(content).not.toMatch(/<script|<img|javascript:alert\(8\)"/i);
            expect(content).not.toMatch(/[{}]/);
        }
        expect(page).toContain('data-state="&#123;&quot;uri&quot;:&quot;file:///x/\\&quot;&gt;&lt;script&gt;');
    });

    it('in Markdown', async () => {
        const result = await summarize(hostileCase());
        const markdown = renderMarkdown(result.summaries, '<script>alert(11)</script>');
        expect(markdown).not.toMatch(/<(script|img|b|a)[\s>]/i);
        expect(markdown).not.toMatch(/\]\(\s*javascript:/i);
        expect(markdown).not.toMatch(/(^|[^\\])\$\\?\{|(^|[^\\])\{\{/); // braces and dollars are escaped
        expect(markdown).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
        expect(markdown).not.toContain('\u202E');
    });
});

describe('content security policy', () => {
    it('webview: nothing by default, styles and images from the webview’s origin, scripts by nonce only', async () => {
        const result = await summarize(fs.readFileSync('examples/01-thigh.calc', 'utf8'));
        const page = renderHtml(result.summaries, { mode: 'webview', nonce: 'n0nce', cspSource: 'https://file+.vscode-resource.vscode-cdn.net', styleUri: 'https://file+.vscode-resource.vscode-cdn.net/media/preview.css', scriptUri: 'https://file+.vscode-resource.vscode-cdn.net/media/preview.js' });
        expect(page).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;; style-src https://file+.vscode-resource.vscode-cdn.net; script-src &#39;nonce-n0nce&#39;; img-src https://file+.vscode-resource.vscode-cdn.net data:;">`);
        expect(page).toContain('<link rel="stylesheet" href="https://file+.vscode-resource.vscode-cdn.net/media/preview.css">');
        expect(page).not.toMatch(/<style/);
        expect(page).toMatch(/<button type="button" class="reveal" data-line="\d+" data-column="\d+"/);
        expect(page).not.toMatch(/command:/);
    });

    it('standalone: no script at all, and only the page’s own stylesheet, pinned by its hash', async () => {
        const result = await summarize(fs.readFileSync('examples/01-thigh.calc', 'utf8'));
        const page = renderHtml(result.summaries, { mode: 'standalone' });
        const css = /<style>([\s\S]*?)<\/style>/.exec(page)![1];
        const hash = createHash('sha256').update(css).digest('base64');
        expect(page).toContain(`content="default-src &#39;none&#39;; style-src &#39;sha256-${hash}&#39;; img-src data:; base-uri &#39;none&#39;; form-action &#39;none&#39;"`);
        expect(page).not.toMatch(/<script|<button|data-line/);
    });
});

describe('the stylesheet hash', () => {
    it('is SHA-256, as the browser computes it for the CSP', () => {
        for (const text of ['', 'abc', 'é × µ ²', 'a'.repeat(55), 'a'.repeat(56), 'a'.repeat(64), 'x'.repeat(1000)]) {
            expect(sha256Base64(text)).toBe(createHash('sha256').update(text).digest('base64'));
        }
    });
});
