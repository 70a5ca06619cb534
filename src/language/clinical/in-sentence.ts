/**
 * A catalogue label as it reads inside a sentence. Lower-casing the whole label made
 * "calcitriol (active vitamin d) given" and would make "down syndrome": only the first
 * letter is lowered, and not at all where the label starts with a name or an abbreviation.
 */

/** First words that are names (eponyms) and keep their capital in a sentence. */
const NAMES = new Set(['Down', 'Ehlers-Danlos', 'Raynaud', 'Werner', 'Addison', 'Paget', 'Cushing', 'Crohn', 'Albright', 'Wilson', 'Graves', 'Hashimoto', 'Kawasaki', 'Sjögren', 'Still', 'Behçet', 'Gitelman', 'Bartter', 'Williams', 'Turner']);

export function inSentence(label: string): string {
    const first = /^[^\s(,]+/.exec(label)?.[0] ?? '';
    // An abbreviation (IVIG, CKD, PTH) or a word with a digit (25-hydroxyvitamin D) stays as written.
    if (NAMES.has(first.replace(/'s$/, '')) || /\d/.test(first) || (first.length > 1 && first === first.toUpperCase())) return label;
    return label.charAt(0).toLowerCase() + label.slice(1);
}
