/**
 * Langium relinks, revalidates and republishes, at every edit, each document with a
 * linking error, in case the edit declared what it names: with 1,000 case files, the 51
 * with a dangling lesion reference were redone at every keystroke. A lesion reference
 * resolves within its own document (calc-scope-provider.ts), so such errors are not a
 * reason; references into other documents still are (Langium's reference index).
 */
import { DefaultDocumentBuilder, type AstReflection, type LangiumDocument, type LangiumSharedCoreServices } from 'langium';
import { isLocalReference } from '../references/calc-scope-provider.js';

export class CalcDocumentBuilder extends DefaultDocumentBuilder {
    private readonly reflection: AstReflection;

    constructor(services: LangiumSharedCoreServices) {
        super(services);
        this.reflection = services.AstReflection;
    }

    protected override shouldRelink(document: LangiumDocument, changedUris: Set<string>): boolean {
        if (document.references.some(ref => ref.error !== undefined && !isLocalReference(this.reflection, ref.error.info))) return true;
        return this.indexManager.isAffected(document, changedUris);
    }
}
