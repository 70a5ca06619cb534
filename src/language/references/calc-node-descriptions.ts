/**
 * The descriptions of named nodes (cases in the index, lesions in their case's scope) as
 * Langium describes them, held in less: Langium's is an object literal with a getter and a
 * closure, and its selection segment is computed at once, ~730 bytes per lesion and case,
 * 2.4 KB of heap per KB of case text in a built workspace. Here an instance of a class whose
 * segments are computed when first asked for (by symbols, rename, find references), from
 * the node it keeps anyway (issue 17).
 */
import { AstUtils, CstUtils, DefaultAstNodeDescriptionProvider, type AstNode, type AstNodeDescription, type DocumentSegment, type LangiumDocument, type NameProvider, type URI } from 'langium';

export class CalcAstNodeDescriptionProvider extends DefaultAstNodeDescriptionProvider {
    override createDescription(node: AstNode, name: string | undefined, document?: LangiumDocument): AstNodeDescription {
        name ??= this.nameProvider.getName(node);
        const path = this.astNodeLocator.getAstNodePath(node);
        if (!name) throw new Error(`Node at path ${path} has no name.`);
        return new NodeDescription(node, name, (document ?? AstUtils.getDocument(node)).uri, path, this.nameProvider);
    }
}

class NodeDescription implements AstNodeDescription {
    readonly type: string;
    private nameSegmentFound?: DocumentSegment;
    private selectionSegmentFound?: DocumentSegment;

    constructor(readonly node: AstNode, readonly name: string, readonly documentUri: URI, readonly path: string, private readonly names: NameProvider) {
        this.type = node.$type;
    }

    get nameSegment(): DocumentSegment | undefined {
        return this.nameSegmentFound ??= CstUtils.toDocumentSegment(this.names.getNameNode(this.node) ?? this.node.$cstNode);
    }

    get selectionSegment(): DocumentSegment | undefined {
        return this.selectionSegmentFound ??= CstUtils.toDocumentSegment(this.node.$cstNode);
    }
}
