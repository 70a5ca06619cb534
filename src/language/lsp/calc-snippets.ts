/**
 * The snippets that lay out a whole block (a case, a labs panel), in VS Code's snippet format
 * in snippets/calc.json. Completion offers each where its keyword may start a block
 * (calc-completion.ts), and `Calc: New Case` inserts the case. They are not contributed to
 * VS Code, which offered them after any word (`sex `, `pain `, `type `).
 */
import snippets from '../../../snippets/calc.json' with { type: 'json' };

export interface BlockSnippet {
    /** The keyword that starts the block, and the word that finds the snippet. */
    keyword: string;
    name: string;
    description: string;
    body: string;
}

export const BLOCK_SNIPPETS: BlockSnippet[] = Object.entries(snippets).map(([name, snippet]) => ({
    keyword: [snippet.prefix].flat()[0],
    name,
    description: snippet.description,
    body: snippet.body.join('\n')
}));

export function blockSnippet(name: string): BlockSnippet {
    const snippet = BLOCK_SNIPPETS.find(s => s.name === name);
    if (!snippet) throw new Error(`no snippet named ${name} in snippets/calc.json`);
    return snippet;
}
