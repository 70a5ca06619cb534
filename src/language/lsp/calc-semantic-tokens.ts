/**
 * Semantic tokens beyond the TextMate grammar: terms coloured by what they are
 * (analyte, condition, drug, site…), units, numbers, lesion names and references.
 */
import type { AstNode } from 'langium';
import { AbstractSemanticTokenProvider, type SemanticTokenAcceptor } from 'langium/lsp';
import { SemanticTokenModifiers, SemanticTokenTypes } from './vscode-languageserver-values.js';
import * as ast from '../generated/ast.js';
import type { TermCategory } from '../facts/case-facts.js';
import { termCategoryOf } from '../facts/term-categories.js';

/** Standard token types, so that every theme colours them. */
const CATEGORY_TOKENS: Partial<Record<TermCategory, SemanticTokenTypes>> = {
    analyte: SemanticTokenTypes.property,
    condition: SemanticTokenTypes.type, injury: SemanticTokenTypes.type, exposure: SemanticTokenTypes.type,
    drug: SemanticTokenTypes.function,
    site: SemanticTokenTypes.enumMember
};

export class CalcSemanticTokenProvider extends AbstractSemanticTokenProvider {

    protected highlightElement(node: AstNode, acceptor: SemanticTokenAcceptor): void {
        const record = node as unknown as Record<string, unknown>;
        for (const property of Object.keys(record)) {
            const category = termCategoryOf(property);
            if (!category || property.startsWith('$')) continue;
            // Without an index Langium highlights every item of a list in one pass.
            acceptor({ node, property, type: CATEGORY_TOKENS[category] ?? SemanticTokenTypes.enum });
        }
        if (ast.isQuantity(node)) {
            acceptor({ node, property: 'value', type: SemanticTokenTypes.number });
            acceptor({ node, property: 'unit', type: SemanticTokenTypes.macro });
        } else if (ast.isSize(node)) {
            acceptor({ node, property: 'unit', type: SemanticTokenTypes.macro });
        } else if (ast.isCase(node)) {
            acceptor({ node, property: 'name', type: SemanticTokenTypes.class, modifier: SemanticTokenModifiers.declaration });
        } else if (ast.isLesion(node)) {
            acceptor({ node, property: 'name', type: SemanticTokenTypes.variable, modifier: SemanticTokenModifiers.declaration });
        } else if ('lesion' in record && record.lesion) {
            acceptor({ node, property: 'lesion', type: SemanticTokenTypes.variable });
        }
    }
}
