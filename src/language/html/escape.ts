/**
 * A case file is untrusted input: every piece of its text goes through one of these
 * before it reaches HTML or Markdown.
 */

const HTML_ENTITIES: Record<string, string> = {
    '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', '\'': '&#39;', '`': '&#96;',
    // Braces too: a page that passes through a template engine ({{ }}, ${ }) gets no expression.
    '{': '&#123;', '}': '&#125;'
};

/**
 * Control characters and bidirectional overrides could hide or reorder what a reader
 * sees ("Trojan source"): shown as a replacement character instead.
 */
const INVISIBLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u202A-\u202E\u2066-\u2069]/g;

function visible(text: string): string {
    return text.replace(INVISIBLE, '\uFFFD');
}

/** Text content and attribute values (always quoted with " by the renderer). */
export function escapeHtml(text: string | number): string {
    return visible(String(text)).replace(/[&<>"'`{}]/g, char => HTML_ENTITIES[char]);
}

/**
 * Inline Markdown: every punctuation character that can start a construct (emphasis,
 * links, images, code, tables, math, raw HTML) is escaped, newlines become spaces so
 * that a table cell or list item stays one, and a leading block marker is escaped.
 */
export function escapeMarkdown(text: string | number): string {
    const inline = visible(String(text))
        .replace(/\r\n?|\n/g, ' ')
        // `&` backslash-escaped, not `&amp;`: it renders the same, and reads as `&` where the
        // Markdown is read as text (notes, a terminal). `<` and `>` stay entities: no raw HTML.
        .replace(/[\\`*_{}[\]|$~!#&]/g, char => `\\${char}`)
        .replace(/</g, '&lt;').replace(/>/g, '&gt;');
    // "- x", "+ x", "1. x" at the start of a line would open a list.
    return inline.replace(/^(\s*)([-+]|\d+[.)])(?=\s|$)/, (_, space: string, marker: string) => `${space}${marker.replace(/([-+.)])$/, '\\$1')}`);
}
