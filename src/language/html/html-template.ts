/**
 * A tagged template for HTML that escapes every interpolated value unless it is
 * already HTML built by this same tag: forgetting to escape a case file's text is
 * then impossible rather than merely unlikely.
 */
import { escapeHtml } from './escape.js';

export class Html {
    constructor(readonly value: string) {}
    toString(): string {
        return this.value;
    }
}

type Part = Html | string | number | boolean | undefined | null | Part[];

function render(part: Part): string {
    if (part instanceof Html) return part.value;
    if (Array.isArray(part)) return part.map(render).join('');
    if (part === undefined || part === null || part === false || part === true) return '';
    return escapeHtml(part);
}

export function html(strings: TemplateStringsArray, ...parts: Part[]): Html {
    let out = strings[0];
    parts.forEach((part, i) => { out += render(part) + strings[i + 1]; });
    return new Html(out);
}

/** Markup the renderer wrote itself (the stylesheet): never a case file's text. */
export function trusted(markup: string): Html {
    return new Html(markup);
}
