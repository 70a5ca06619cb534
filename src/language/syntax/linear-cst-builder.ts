/**
 * Langium's CST builder with its two searches made constant-time, leaves that keep no
 * line and column, and no node that only wraps one other.
 *
 * Searches. Before each token it
 * looked for the node being built in its parent's children with `indexOf`, from the
 * start, even with no comment to insert; the node being built is always its parent's
 * last child, so a block of n members cost n²/2 steps (100k / 200k / 400k lines took
 * 3.3 / 10.6 / 37 s to parse). Searching from the end finds it at once.
 *
 * Wrappers. Half of Langium's composite nodes held a single child that said nothing more:
 * a term (`Term: ID | 'none' | …`) or a unit atom was a composite around its one token,
 * and each member of a block (`Member: Lesion | Labs | …`) a composite around the
 * member's own. Each costs ~125 bytes (the node and its content array); folded when the
 * node closes, a built workspace holds ~8 KB less heap per KB of case text (issue 17).
 * What reads the tree sees the same texts, ranges and AST nodes: the token takes its
 * term's place in the grammar (the rule call assigned, `sex=Term`), and a member's
 * composite takes its rule's children.
 */
import type { IToken, TokenType } from 'chevrotain';
import { AbstractCstNode, AstUtils, CstNodeBuilder, GrammarAST, GrammarUtils, LeafCstNodeImpl, isCompositeCstNode, type AstNode, type CompositeCstNode, type CstNode, type LeafCstNode } from 'langium';
import type { Range } from 'vscode-languageserver-types';
import { positionIn } from './line-starts.js';

type Builder = { nodeStack: CompositeCstNode[]; rootNode: CompositeCstNode };

export class LinearCstNodeBuilder extends CstNodeBuilder {
    override createLeafNode(token: IToken, hidden: boolean): LeafCstNodeImpl {
        // A token over several lines (a block comment) keeps Langium's leaf and Chevrotain's end position.
        return token.startLine === token.endLine
            ? new (hidden ? HiddenOneLineLeaf : OneLineLeaf)(token.startOffset, token.image.length, token.tokenType) as unknown as LeafCstNodeImpl
            : new LeafCstNodeImpl(token.startOffset, token.image.length, token.startLine! - 1, token.startColumn! - 1, token.endLine! - 1, token.endColumn!, token.tokenType, hidden);
    }

    override addHiddenNodes(tokens: IToken[]): void {
        if (tokens.length === 0) return; // what the parser passes before almost every token
        const nodes = tokens.map(token => this.createLeafNode(token, true));
        let current: CompositeCstNode = this.current;
        // Within a node that has content: after it. Else before the nearest ancestor that
        // has an elder sibling, or at the very start of the tree.
        if (current.content.length > 0) {
            this.appendChildren(current, nodes);
            return;
        }
        while (current.container) {
            const index = current.container.content.lastIndexOf(current);
            if (index > 0) {
                this.insertChildren(current.container, index, nodes);
                return;
            }
            current = current.container;
        }
        this.insertChildren((this as unknown as Builder).rootNode, 0, nodes);
    }

    override construct(item: Parameters<CstNodeBuilder['construct']>[0]): void {
        const node = this.current;
        super.construct(item);
        if (typeof item.$type === 'string') trimArrays(item);
        const parent = node.container;
        if (!parent || node.content.length !== 1) return;
        const child = node.content[0];
        if (isCompositeCstNode(child)) {
            if (wrapsItsRule(child)) this.hoistChildren(node, child);
        } else if (typeof item.$type === 'symbol' && !isCrossReference(node.grammarSource)) {
            this.replaceByToken(parent, node, child);
        }
    }

    /** A member's composite around its rule's: the rule's children become the member's. */
    private hoistChildren(node: CompositeCstNode, wrapped: CompositeCstNode): void {
        for (const grandchild of wrapped.content) adopt(node, grandchild);
        (node as unknown as { content: readonly CstNode[] }).content = wrapped.content;
    }

    /** A data-type rule read from one token (a term, a unit atom): the token, in the rule call's place. */
    private replaceByToken(parent: CompositeCstNode, node: CompositeCstNode, token: CstNode): void {
        const index = parent.content.lastIndexOf(node);
        if (index < 0) return;
        (parent.content as CstNode[])[index] = token;
        adopt(parent, token);
        (token as { grammarSource?: GrammarAST.AbstractElement }).grammarSource = node.grammarSource;
    }

    override removeNode(node: CstNode): void {
        const parent = node.container;
        if (!parent) return;
        const index = parent.content.lastIndexOf(node);
        if (index >= 0) (parent.content as CstNode[]).splice(index, 1);
    }
}

/** A composite that an unassigned rule call built for a parser rule of its own (`Member: Lesion | …`), whose AST node its parent holds. */
function wrapsItsRule(node: CompositeCstNode): boolean {
    const source = node.grammarSource;
    if (!GrammarAST.isRuleCall(source) || (node as unknown as { _astNode?: AstNode })._astNode) return false;
    let wraps = wrapping.get(source);
    if (wraps === undefined) {
        const rule = source.rule.ref;
        wraps = GrammarAST.isParserRule(rule) && !rule.fragment && !GrammarUtils.isDataTypeRule(rule)
            && AstUtils.getContainerOfType(source, GrammarAST.isAssignment) === undefined;
        wrapping.set(source, wraps);
    }
    return wraps;
}

const wrapping = new WeakMap<GrammarAST.RuleCall, boolean>();

function adopt(parent: CompositeCstNode, child: CstNode): void {
    (child as { container?: CompositeCstNode }).container = parent;
}

function isCrossReference(source: GrammarAST.AbstractElement | undefined): boolean {
    if (source === undefined) return false;
    let within = inCrossReference.get(source);
    if (within === undefined) inCrossReference.set(source, within = AstUtils.getContainerOfType(source, GrammarAST.isCrossReference) !== undefined);
    return within;
}

const inCrossReference = new WeakMap<GrammarAST.AbstractElement, boolean>();

/**
 * A node's arrays (`items+=Item*`) pushed one by one have room for 16 (~150 bytes);
 * copied when the node is complete, they have room for what they hold.
 */
function trimArrays(item: Record<string, unknown>): void {
    for (const key in item) {
        const value = item[key];
        if (Array.isArray(value) && value.length > 0 && key.charCodeAt(0) !== 36 /* $ */) item[key] = value.slice();
    }
}

/**
 * A leaf of one line: its range read from its offset and the lines of the text (found
 * once per text), not kept. Langium's leaf holds four more numbers, 32 bytes of some 100,
 * for each of the ~110 tokens per KB of a case; ranges are asked for far fewer nodes.
 * Whether it is hidden (a comment) is its class, not a field: 8 bytes more per token.
 */
class OneLineLeaf extends AbstractCstNode implements LeafCstNode {
    constructor(readonly offset: number, readonly length: number, readonly tokenType: TokenType) {
        super();
    }

    get hidden(): boolean {
        return false;
    }

    get end(): number {
        return this.offset + this.length;
    }

    get astNode(): AstNode {
        if (!this.container) throw new Error('This node has no associated AST element');
        return this.container.astNode;
    }

    get range(): Range {
        const start = positionIn(this.root, this.offset);
        return { start, end: { line: start.line, character: start.character + this.length } };
    }
}

class HiddenOneLineLeaf extends OneLineLeaf {
    override get hidden(): boolean {
        return true;
    }
}
