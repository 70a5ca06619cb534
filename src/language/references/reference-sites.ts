/**
 * Where a case file's cross-references are (`of L1` in biopsy, imaging and therapies),
 * from the generated reflection (which properties carry a reference) and the grammar
 * (which nodes can hold those): the linker and the reference index visit these nodes only.
 */
import { isReference, type AstNode, type Grammar, type LangiumCoreServices, type ReferenceInfo } from 'langium';
import { pathsTo, walkPaths, type NestingPaths } from './ast-nesting.js';

export class ReferenceSites {
    /** Per AST type, its properties that carry a reference. */
    private readonly properties = new Map<string, string[]>();
    /** Read from the grammar on first use: it resolves the grammar's rule calls (~20 ms), not for `initialize`. */
    private paths?: { to: NestingPaths | undefined };
    private readonly grammar: () => Grammar;

    constructor(services: LangiumCoreServices) {
        const reflection = services.shared.AstReflection;
        for (const type of reflection.getAllTypes()) {
            const { properties } = reflection.getTypeMetaData(type);
            const refs = Object.values(properties).filter(p => p.referenceType !== undefined).map(p => p.name);
            if (refs.length > 0) this.properties.set(type, refs);
        }
        this.grammar = () => services.Grammar;
    }

    /** The references under `root` in document order, as Langium's `streamReferences` gives them. */
    of(root: AstNode): ReferenceInfo[] {
        this.paths ??= { to: pathsTo(this.grammar(), new Set(this.properties.keys())) };
        const found: ReferenceInfo[] = [];
        walkPaths(root, this.paths.to, node => {
            for (const property of this.properties.get(node.$type) ?? []) {
                const value = (node as unknown as Record<string, unknown>)[property];
                if (Array.isArray(value)) value.forEach((reference, index) => { if (isReference(reference)) found.push({ reference, container: node, property, index }); });
                else if (isReference(value)) found.push({ reference: value, container: node, property });
            }
        });
        return found;
    }
}
