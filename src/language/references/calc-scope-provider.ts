/**
 * A lesion reference (`biopsy of L1`) names a lesion of its own case: it never looks into
 * the workspace's index. calc-document-builder.ts reads the same decision: a dangling
 * lesion reference cannot be cured by an edit of another file.
 */
import { DefaultScopeProvider, EMPTY_SCOPE, type AstReflection, type ReferenceInfo, type Scope } from 'langium';
import { Lesion } from '../generated/ast.js';

/** Reference types resolved within their document only. */
const LOCAL_REFERENCE_TYPES: ReadonlySet<string> = new Set([Lesion.$type]);

export function isLocalReference(reflection: AstReflection, info: ReferenceInfo): boolean {
    return LOCAL_REFERENCE_TYPES.has(reflection.getReferenceType(info));
}

export class CalcScopeProvider extends DefaultScopeProvider {
    protected override getGlobalScope(referenceType: string, context: ReferenceInfo): Scope {
        return LOCAL_REFERENCE_TYPES.has(referenceType) ? EMPTY_SCOPE : super.getGlobalScope(referenceType, context);
    }
}
