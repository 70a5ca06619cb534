/**
 * The manuscript's own facts: the reference list as written and the `[@id]` citations in
 * the case's free texts, with the offsets a diagnostic needs.
 */
import { CstUtils, GrammarUtils } from 'langium';
import * as ast from '../generated/ast.js';
import type { CitationFact, ReferenceFact, Span } from './case-facts.js';

/** `[@le2022]`, `[@le2022; @balin2012]`: the citation syntax of docs/report.md. */
export const CITATION_GROUP = /\[@[\w-]+(?:\s*[;,]\s*@[\w-]+)*\]/g;
const CITATION_ID = /@([\w-]+)/g;

/** The members whose texts may cite: narratives, captions and the source line. */
function cites(member: ast.Member): boolean {
    return ast.isNarrative(member) || ast.isFigure(member) || ast.isSource(member);
}

export function citationsIn(kase: ast.Case): CitationFact[] {
    const citations: CitationFact[] = [];
    for (const member of kase.members) {
        if (!cites(member) || !member.$cstNode) continue;
        for (const leaf of CstUtils.flattenCst(member.$cstNode)) {
            if (leaf.tokenType.name !== 'STRING') continue;
            for (const group of leaf.text.matchAll(CITATION_GROUP)) {
                for (const id of group[0].matchAll(CITATION_ID)) {
                    const offset = leaf.offset + group.index + id.index + 1;
                    citations.push({ id: id[1], at: { offset, end: offset + id[1].length } });
                }
            }
        }
    }
    return citations;
}

export function referenceFact(reference: ast.Reference): ReferenceFact {
    const fact: ReferenceFact = { name: reference.name, at: span(reference.$cstNode && GrammarUtils.findNodeForProperty(reference.$cstNode, 'name')), authors: [], fields: {}, fieldAt: {} };
    for (const field of reference.fields) {
        if (ast.isRefAuthors(field)) fact.authors.push(...field.authors);
        else if (ast.isRefYear(field)) fact.year = field.year;
        else if (field.text !== undefined) {
            const name = field.field;
            fact.fields[name] = field.text;
            const node = field.$cstNode && GrammarUtils.findNodeForProperty(field.$cstNode, 'text');
            if (node) fact.fieldAt[name] = { offset: node.offset + 1, end: node.end - 1 };
        }
    }
    return fact;
}

function span(node: { offset: number; end: number } | undefined): Span {
    return node ? { offset: node.offset, end: node.end } : { offset: 0, end: 0 };
}
