/**
 * Issue 19, item 8: what a new user tripped on, each as they see it. (The CLI's ones, "1
 * hints", `--format=json=x`, an export with errors or a nameless case, are in
 * robustness-export.test.ts; the unit list in completion.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { services, validate } from './helpers.js';
import { summarizeDocument } from '../../src/language/summary/summary-document.js';
import { renderMarkdown } from '../../src/language/summary/render-markdown.js';

async function hoverOn(text: string, needle: string): Promise<string> {
    const document = await validate(text);
    const hover = await services.Calc.lsp.HoverProvider!.getHoverContent(document, {
        textDocument: { uri: document.uri.toString() }, position: document.textDocument.positionAt(text.indexOf(needle) + 1)
    });
    return (hover?.contents as { value: string }).value;
}

async function markdownOf(text: string): Promise<string> {
    return renderMarkdown(summarizeDocument(await validate(text), services.Calc.clinical.Analysis).summaries);
}

/** Emoji and pictographs past the BMP, and ⛔: Debian's fonts (DejaVu) have none of them, Chromium drew "☐". */
const NO_GLYPH_IN_DEJAVU = /[\u{1F000}-\u{1FFFF}\u26D4]/u;

describe('what a new user sees', () => {
    it.each([
        ['12.5', '▲ high'], ['6.1', '▼ low'], ['9.4', '✔ within the reference interval'], ['94', '✖ implausible']
    ])('the hover of calcium %s says "%s" in glyphs Debian\'s fonts have', async (value, status) => {
        const hover = await hoverOn(`case A { labs { calcium ${value} mg/dL } }`, value);
        expect(hover).toContain(`Status: ${status}`);
        expect(hover).not.toMatch(NO_GLYPH_IN_DEJAVU);
    });

    it('the Markdown summary writes & as \\&, never a literal &amp;', async () => {
        const markdown = await markdownOf('case A { title "Calcinosis & pain" labs { phosphate 8.2 mg/dL } }');
        expect(markdown).toContain('Calcinosis \\& pain');
        expect(markdown).not.toContain('&amp;');
    });

    it('a half-typed unit is "not a unit for calcium", not "analyte not known"', async () => {
        expect(await markdownOf('case A { labs { calcium 9.4 mg } }')).toContain('**Not read** not a unit for calcium (total)');
        expect(await markdownOf('case A { labs { calcuim 9.4 mg/dL } }')).toContain('**Not read** analyte not known');
    });
});
