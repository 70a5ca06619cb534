/** What the preview, the export and the CLI say above a summary when the file does not parse. */
import type { DocumentSummary } from './summary-protocol.js';
import type { Banner } from './summary-types.js';

/** What a banner reads of a result: the summary's, the report's alike. */
type Parsed = Pick<DocumentSummary, 'syntaxErrors' | 'firstSyntaxError'>;

function errors(result: Parsed): string {
    const where = result.firstSyntaxError ? ` (the first on line ${result.firstSyntaxError.line})` : '';
    return `${result.syntaxErrors} syntax error${result.syntaxErrors === 1 ? '' : 's'}${where}`;
}

function at(result: Parsed): Pick<Banner, 'at'> {
    return result.firstSyntaxError ? { at: { line: result.firstSyntaxError.line, column: result.firstSyntaxError.column } } : {};
}

/** The summary printed or exported from a file with syntax errors: it says what may be missing. */
export function incompleteBanner(result: Parsed): Banner | undefined {
    if (result.syntaxErrors === 0) return undefined;
    return { text: `This file has ${errors(result)}: what they hide is missing from this summary.`, ...at(result) };
}

/** The preview keeps the last summary (or case report: `noun`) of a version that parsed. */
export function keptBanner(result: Parsed, noun = 'summary'): Banner {
    return { text: `The file has ${errors(result)}. This is the ${noun} from before; it updates once the file parses again.`, ...at(result) };
}

/** The preview has never had a version that parsed. */
export function waitingBanner(result: Parsed, noun = 'summary'): Banner {
    return { text: `The file has ${errors(result)}. The ${noun} appears once it parses.`, ...at(result) };
}
