/** What an export writes, the CLI and the editor alike: one case's Bundle, or an array of them. */
import type { Bundle } from './fhir-types.js';

export function exportJson(bundles: Bundle[]): string {
    return `${JSON.stringify(bundles.length === 1 ? bundles[0] : bundles, null, 2)}\n`;
}
