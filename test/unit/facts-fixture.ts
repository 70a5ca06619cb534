/**
 * CaseFacts built directly, without parsing, so that the clinical rules are tested as
 * plain functions. Spans are fake but distinct, so a finding can be traced to its fact.
 */
import type { CaseFacts, QuantityFact, QuantityKind, TermCategory, TermFact } from '../../src/language/facts/case-facts.js';
import { lookup, termFact } from '../../src/language/facts/catalogue.js';
import { readUnit } from '../../src/language/facts/units.js';
import type { Analyte, Condition, Drug, Exposure, Injury, Site } from '../../src/language/knowledge/index.js';

let offset = 0;
const span = () => ({ offset: offset += 10, end: offset + 5 });

export function term(category: TermCategory, name: string): TermFact {
    return termFact(name, category, span());
}

export function quantity(value: number, unit: string, kind: QuantityKind): QuantityFact {
    const reading = readUnit(unit);
    return { value, unit, kind, at: span(), unitAt: span(), ...(reading.ok ? { ucum: reading.ucum } : { unitProblem: reading.message }) };
}

export interface CaseSketch {
    age?: number;
    weightKg?: number;
    labs?: Array<[string, number, string]>;
    conditions?: string[];
    injuries?: string[];
    exposures?: string[];
    lesions?: Array<{ site: string; side?: 'left' | 'right' | 'bilateral'; pain?: string; ulcerated?: boolean; morphology?: string[] }>;
    sex?: string;
    /** Imaging findings (X-ray) and biopsy findings, as written. */
    imaging?: string[];
    biopsies?: string[];
    declaredSubtype?: string;
    drugs?: Array<[string, number, string]>;
    declaredType?: string;
    declaredExtent?: string;
    excision?: boolean;
}

export function caseFacts(sketch: CaseSketch): CaseFacts {
    const labs = (sketch.labs ?? []).map(([name, value, unit]) => {
        const t = term('analyte', name);
        return { term: t, analyte: lookup<Analyte>('analyte', name), quantity: quantity(value, unit, 'lab'), panelIndex: 0 };
    });
    const drugs = (sketch.drugs ?? []).map(([name, value, unit]) => ({ term: term('drug', name), drug: lookup<Drug>('drug', name), dose: quantity(value, unit, 'dose'), at: span() }));
    const facts: CaseFacts = {
        name: 'Sketch', nameAt: span(),
        patient: { ageYears: sketch.age, weightKg: sketch.weightKg, sex: sketch.sex },
        conditions: (sketch.conditions ?? []).map(c => ({ term: term('condition', c), condition: lookup<Condition>('condition', c) })),
        injuries: (sketch.injuries ?? []).map(c => ({ term: term('injury', c), injury: lookup<Injury>('injury', c) })),
        exposures: (sketch.exposures ?? []).map(c => ({ term: term('exposure', c), exposure: lookup<Exposure>('exposure', c) })),
        lesions: (sketch.lesions ?? []).map((l, i) => ({
            name: `L${i + 1}`, at: span(), side: l.side, site: term('site', l.site), siteEntry: lookup<Site>('site', l.site),
            pain: l.pain ? term('pain', l.pain) : undefined, ulcerated: l.ulcerated, morphology: (l.morphology ?? []).map(m => term('morphology', m)), imaging: [], biopsies: []
        })),
        labs, imaging: (sketch.imaging ?? []).map(finding => ({ modality: term('modality', 'xray'), finding })),
        biopsies: (sketch.biopsies ?? []).map(finding => ({ finding })), opinions: [],
        declared: {
            subtype: sketch.declaredSubtype ? term('subtype', sketch.declaredSubtype) : undefined,
            type: sketch.declaredType ? term('type', sketch.declaredType) : undefined,
            extent: sketch.declaredExtent ? term('extent', sketch.declaredExtent) : undefined
        },
        drugs, excisions: sketch.excision ? [{ at: span() }] : [], procedures: [], advice: [],
        quantities: [...labs.map(l => l.quantity), ...drugs.map(d => d.dose)],
        terms: [], texts: [], keywords: [], narratives: {}, figures: [], references: [], citations: []
    };
    return facts;
}
