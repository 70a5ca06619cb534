/**
 * A case whose name did not parse (`case "…" {`, a string where the name goes): the syntax
 * error is reported, and every presenter still shows the case. The summary threw a
 * TypeError on the missing name, in the CLI and in the preview.
 */
import { describe, expect, it } from 'vitest';
import { diagnose, summaryHtml, summaryMarkdownUncited } from './helpers.js';

const UNNAMED = `case "Calcinosis after phosphate enemas" {
    patient { age 68 years sex female }
    labs { calcium 9.0 mg/dL phosphate 7.8 mg/dL }
}
`;

describe('a case with no name', () => {
    it('is one syntax error at the string, where the name goes', async () => {
        const errors = (await diagnose(UNNAMED)).filter(d => d.severity === 'error');
        expect(errors.map(d => [d.code, d.line, d.text, d.message])).toEqual([
            ['syntax', 1, '"Calcinosis after phosphate enemas"', 'Expected a name after `case`, found `"Calcinosis after phosphate en…`.']
        ]);
    });

    it('has a summary, in Markdown and in the preview, that says it has no name', async () => {
        const markdown = await summaryMarkdownUncited(UNNAMED);
        expect(markdown).toContain('# A case with no name');
        expect(markdown).toContain('Management summary of a case with no name');
        expect(markdown).toContain('- **In the file:** 1 error');
        const html = await summaryHtml(UNNAMED);
        expect(html).toContain('<p class="eyebrow">Management summary · a case with no name</p>');
        expect(html).toContain('<h1>A case with no name</h1>');
    });
});
