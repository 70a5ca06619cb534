/** The reference index (find references, rename, relinking), built from the nodes that carry a reference only. */
import { Cancellation, DefaultReferenceDescriptionProvider, interruptAndCheck, type LangiumCoreServices, type LangiumDocument, type ReferenceDescription } from 'langium';
import type { CalcServices } from '../calc-module.js';
import type { ReferenceSites } from './reference-sites.js';

export class CalcReferenceDescriptionProvider extends DefaultReferenceDescriptionProvider {
    private readonly sites: ReferenceSites;

    constructor(services: LangiumCoreServices) {
        super(services);
        this.sites = (services as CalcServices).references.ReferenceSites;
    }

    override async createDescriptions(document: LangiumDocument, cancelToken = Cancellation.CancellationToken.None): Promise<ReferenceDescription[]> {
        const descriptions: ReferenceDescription[] = [];
        for (const info of this.sites.of(document.parseResult.value)) {
            await interruptAndCheck(cancelToken);
            if (!info.reference.error) descriptions.push(...this.createInfoDescriptions(info));
        }
        return descriptions;
    }
}
