/** What a rule concludes, with where it rests; presenting it is left to the LSP layer and the CLI. */
import type { Code } from '../diagnostic-codes.js';
import type { Span } from '../facts/case-facts.js';
import type { SourceId } from '../knowledge/index.js';

export type Severity = 'error' | 'warning' | 'information' | 'hint';

export interface Finding {
    code: Code;
    severity: Severity;
    message: string;
    at: Span;
    /** The other facts the finding rests on (the total calcium of an inconsistent ionized one…). */
    related?: Span[];
    sources?: SourceId[];
    /** What a quick fix needs (the unit to write, the nearest terms, the inferred type…). */
    data?: Record<string, unknown>;
}
