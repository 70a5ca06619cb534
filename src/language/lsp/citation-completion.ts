/** Completion of `[@id]` inside a narrative, a caption or `source`: the references of the case, each with its entry. */
import { AstUtils, type CstNode, type LangiumDocument } from 'langium';
import type { CompletionList } from 'vscode-languageserver';
import { CompletionItemKind } from './vscode-languageserver-values.js';
import * as ast from '../generated/ast.js';
import { referenceFact } from '../facts/report-facts.js';
import { vancouverEntries } from '../report/vancouver.js';

/** After `[@` or after `; @` inside an open citation group: the id typed so far. */
const OPEN_CITATION = /(?:\[@|\[@[\w-]+(?:\s*[;,]\s*@[\w-]+)*\s*[;,]\s*@)([\w-]*)$/;

export async function citationCompletion(document: LangiumDocument, leaf: CstNode, offset: number): Promise<CompletionList> {
    const typed = OPEN_CITATION.exec(leaf.text.slice(0, offset - leaf.offset));
    const kase = AstUtils.getContainerOfType(leaf.astNode, ast.isCase);
    if (!typed || !kase) return { isIncomplete: false, items: [] };
    const references = kase.members.flatMap(m => ast.isReference(m) ? [m] : ast.isReferences(m) ? m.references : []).map(referenceFact);
    const entries = await vancouverEntries(references);
    const start = document.textDocument.positionAt(offset - typed[1].length);
    const end = document.textDocument.positionAt(offset);
    return {
        isIncomplete: false,
        items: references.map((reference, i) => ({
            label: reference.name,
            kind: CompletionItemKind.Reference,
            detail: reference.fields.title ?? 'reference',
            documentation: { kind: 'markdown', value: entries[i] },
            textEdit: { range: { start, end }, newText: reference.name }
        }))
    };
}
