/** An infusion written faster than its label's shortest time (zoledronic acid over 5 minutes). */
import type { DrugFact } from '../facts/case-facts.js';
import { convert } from '../facts/units.js';
import { Codes } from '../diagnostic-codes.js';
import type { Finding } from './finding.js';
import { formatQuantity, sourceSentence } from './format.js';

export function checkInfusions(drugs: readonly DrugFact[]): Finding[] {
    return drugs.flatMap(fact => {
        const shortest = fact.drug?.shortestInfusion;
        const duration = fact.infusion?.duration;
        if (!shortest || !duration?.ucum || fact.stopped) return [];
        const written = convert(duration.value, duration.ucum, 'min');
        const least = convert(shortest.value, shortest.unit, 'min');
        if (written === undefined || least === undefined || written >= least) return [];
        return [{
            code: Codes.doseOutOfRange, severity: 'warning' as const, at: fact.infusion!.at,
            message: `${fact.drug!.label} ${fact.infusion!.words}: faster than the label's shortest infusion, ${formatQuantity(shortest.value, shortest.unit)}; ${shortest.risk}.${sourceSentence(shortest.source)}`,
            sources: [shortest.source]
        }];
    });
}
