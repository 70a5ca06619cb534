/**
 * Local symbols (a case's lesions, a file's cases) collected from the nodes that can have
 * a name, not from every node: Langium's NameProvider reads a `name` property, so those
 * are the types whose reflection has one.
 */
import { Cancellation, DefaultScopeComputation, interruptAndCheck, MultiMap, type AstNode, type AstNodeDescription, type LangiumCoreServices, type LangiumDocument, type LocalSymbols } from 'langium';
import { pathsTo, walkPaths, type NestingPaths } from './ast-nesting.js';

export class CalcScopeComputation extends DefaultScopeComputation {
    /** Read from the grammar on first use (see reference-sites.ts). */
    private paths?: { to: NestingPaths | undefined };
    private readonly services: LangiumCoreServices;

    constructor(services: LangiumCoreServices) {
        super(services);
        this.services = services;
    }

    override async collectLocalSymbols(document: LangiumDocument, cancelToken = Cancellation.CancellationToken.None): Promise<LocalSymbols> {
        const root = document.parseResult.value;
        const symbols = new MultiMap<AstNode, AstNodeDescription>();
        if (!this.paths) {
            const reflection = this.services.shared.AstReflection;
            const named = reflection.getAllTypes().filter(type => 'name' in reflection.getTypeMetaData(type).properties);
            this.paths = { to: pathsTo(this.services.Grammar, new Set(named)) };
        }
        walkPaths(root, this.paths.to, node => { if (node !== root) this.addLocalSymbol(node, document, symbols); });
        await interruptAndCheck(cancelToken);
        return symbols;
    }
}
