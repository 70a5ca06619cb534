/**
 * How an undetermined type's candidates are said, in a module that depends on nothing: the
 * cohort view and the summary's words run in the extension's client, which must not bundle
 * the classifier, the knowledge base and the units library for one sentence (issue 17).
 */

/** "calciphylaxis not excluded", or "between dystrophic and metastatic". */
export function candidateWords(c: { candidates: string[] }): string {
    return c.candidates.length === 1 ? `${c.candidates[0].toLowerCase()} not excluded` : `between ${joinAnd(c.candidates, 'and').toLowerCase()}`;
}

/** "a, b and c". */
export function joinAnd(items: string[], word: string): string {
    return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} ${word} ${items.at(-1)}`;
}
