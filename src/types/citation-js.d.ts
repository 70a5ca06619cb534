/** citation-js ships no types: the part of its API the report uses. */
declare module '@citation-js/core' {
    export class Cite {
        constructor(data: unknown);
        format(format: 'bibliography' | 'citation', options?: Record<string, unknown>): string;
    }
    export const plugins: { config: { get(name: string): unknown } };
}
declare module '@citation-js/plugin-csl';
