/** Langium's linker, visiting only the nodes that carry a reference (reference-sites.ts). */
import { Cancellation, DefaultLinker, interruptAndCheck, type LangiumCoreServices, type LangiumDocument } from 'langium';
import type { CalcServices } from '../calc-module.js';
import type { ReferenceSites } from './reference-sites.js';

export class CalcLinker extends DefaultLinker {
    private readonly sites: ReferenceSites;

    constructor(services: LangiumCoreServices) {
        super(services);
        this.sites = (services as CalcServices).references.ReferenceSites;
    }

    override async link(document: LangiumDocument, cancelToken = Cancellation.CancellationToken.None): Promise<void> {
        if (this.profiler?.isActive('linking')) return super.link(document, cancelToken);
        for (const reference of this.sites.of(document.parseResult.value)) {
            await interruptAndCheck(cancelToken);
            this.doLink(reference, document);
        }
    }
}
