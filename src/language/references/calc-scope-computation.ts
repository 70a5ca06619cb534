/**
 * Local symbols (a case's lesions, a file's cases) collected from the nodes that can have
 * a name, not from every node: Langium's NameProvider reads a `name` property, so those
 * are the types whose reflection has one.
 */
import { Cancellation, DefaultScopeComputation, interruptAndCheck, MultiMap, type AstNode, type AstNodeDescription, type Grammar, type LangiumCoreServices, type LangiumDocument, type LocalSymbols } from 'langium';
import { pathsTo, walkPaths, type NestingPaths } from './ast-nesting.js';

export class CalcScopeComputation extends DefaultScopeComputation {
    private readonly paths: NestingPaths | undefined;

    constructor(services: LangiumCoreServices) {
        super(services);
        const reflection = services.shared.AstReflection;
        const named = reflection.getAllTypes().filter(type => 'name' in reflection.getTypeMetaData(type).properties);
        this.paths = pathsTo(services.Grammar as Grammar, new Set(named));
    }

    override async collectLocalSymbols(document: LangiumDocument, cancelToken = Cancellation.CancellationToken.None): Promise<LocalSymbols> {
        const root = document.parseResult.value;
        const symbols = new MultiMap<AstNode, AstNodeDescription>();
        walkPaths(root, this.paths, node => { if (node !== root) this.addLocalSymbol(node, document, symbols); });
        await interruptAndCheck(cancelToken);
        return symbols;
    }
}
