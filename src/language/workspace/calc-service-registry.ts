/**
 * Langium's registry, answering at once for a file of its one language. Langium asks it
 * for the services of a document at every phase of a build (parse, index, link,
 * validate), and each time looks the URI up among the open documents, normalising it
 * twice (parse and print): some 15 ms of every 1,000-file check (issue 17). A `.calc`
 * file has Calc's services whatever it is open as; anything else (an untitled document
 * whose language is Calc, a file of another extension) is Langium's to decide.
 */
import { DefaultServiceRegistry, type LangiumCoreServices, type URI } from 'langium';

export class CalcServiceRegistry extends DefaultServiceRegistry {
    /** The language and its extensions, while it is the only one registered. */
    private only?: { services: LangiumCoreServices; extensions: readonly string[] };

    override register(language: LangiumCoreServices): void {
        super.register(language);
        this.only = this.languageIdMap.size === 1 ? { services: language, extensions: language.LanguageMetaData.fileExtensions } : undefined;
    }

    override getServices(uri: URI): LangiumCoreServices {
        if (this.only && hasExtension(uri.path, this.only.extensions)) return this.only.services;
        return super.getServices(uri);
    }
}

/** As Langium's `UriUtils.extname(uri)` is one of them: a dot file (`/cases/.calc`) has no extension. */
function hasExtension(path: string, extensions: readonly string[]): boolean {
    return extensions.some(ext => path.endsWith(ext) && path.length > ext.length && path[path.length - ext.length - 1] !== '/');
}
