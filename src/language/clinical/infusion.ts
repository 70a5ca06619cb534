/**
 * An infusion written faster than its label's (or protocol's) shortest time: zoledronic acid
 * over 5 minutes. A range (`over 15-60 minutes`) is held by its shortest end: the writer allows it.
 */
import type { DrugFact } from '../facts/case-facts.js';
import { convert } from '../facts/units.js';
import { Codes } from '../diagnostic-codes.js';
import type { Finding } from './finding.js';
import { formatQuantity, sourcesSentence } from './format.js';

export function infusionFinding(fact: DrugFact): Finding | undefined {
    const shortest = fact.drug?.shortestInfusion;
    const duration = fact.infusion?.duration;
    if (!shortest || !duration?.ucum || fact.stopped) return undefined;
    const fastest = fact.infusion!.shortest ?? duration.value;
    const written = convert(fastest, duration.ucum, 'min');
    const least = convert(shortest.value, shortest.unit, 'min');
    if (written === undefined || least === undefined || written >= least) return undefined;
    const sources = [shortest.source, ...shortest.alsoSources ?? []];
    const atItsShortest = fact.infusion!.shortest !== undefined ? ` (at its shortest, ${formatQuantity(fastest, duration.ucum)})` : '';
    return {
        code: Codes.doseOutOfRange, severity: 'warning' as const, at: fact.infusion!.at,
        message: `${fact.drug!.label} ${fact.infusion!.words}${atItsShortest}: faster than ${shortest.basis ?? "the label's shortest infusion"}, ${formatQuantity(shortest.value, shortest.unit)}; ${shortest.risk}.${sourcesSentence(sources)}`,
        sources
    };
}
