/** Collects the sources a summary cites, so that the summary can end with their references. */
import { Sources, type SourceId, type Sourced } from '../knowledge/index.js';
import type { Citation, SourceEntry, SourcedText } from './presentation-types.js';

export class CitationBook {
    private readonly cited = new Map<SourceId, SourceEntry>();

    cite(id: SourceId): Citation {
        let entry = this.cited.get(id);
        if (!entry) {
            const source = Sources[id] as { short: string; citation: string; url?: string };
            entry = { id, short: source.short, number: this.cited.size + 1, citation: source.citation, ...(source.url ? { url: source.url } : {}) };
            this.cited.set(id, entry);
        }
        return { id, short: entry.short, number: entry.number };
    }

    sourced(value: Sourced<string>): SourcedText {
        return { text: value.value, source: this.cite(value.source) };
    }

    entries(): SourceEntry[] {
        return [...this.cited.values()];
    }
}
