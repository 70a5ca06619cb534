/**
 * The type and extent of calcinosis cutis that the facts support (language.md,
 * "Classification"), with the reasons, each pointing at the facts it rests on, and
 * what is missing to settle it.
 *
 * Each type gets a level of support: 3 every criterion recorded, 2 best supported
 * with a criterion unrecorded (labs not taken), 1 not excluded, 0 excluded.
 */
import { CategorySupport, ProductUnits, Sources, type CalcinosisExtent, type CalcinosisType, type SourceId } from '../knowledge/index.js';
import type { CaseFacts, LesionFact, Span } from '../facts/case-facts.js';
import { Codes } from '../diagnostic-codes.js';
import type { Finding } from './finding.js';
import type { LabAssessment, LabEvidence } from './labs.js';
import { formatNumber, formatQuantity } from './format.js';

export type Confidence = 'definite' | 'probable' | 'undetermined';

export interface Reason {
    text: string;
    at: Span[];
}

export interface TypeSupport {
    level: 0 | 1 | 2 | 3;
    reasons: Reason[];
    /** Why a type is excluded or weakly supported: what it would need. */
    against: string[];
    missing: string[];
}

export interface Classification {
    type: CalcinosisType | null;
    extent: CalcinosisExtent | null;
    confidence: Confidence;
    candidates: CalcinosisType[];
    reasons: Reason[];
    missing: string[];
    support: Record<CalcinosisType, TypeSupport>;
    extentReasons: Reason[];
    sources: SourceId[];
}

const TYPES: CalcinosisType[] = ['dystrophic', 'metastatic', 'idiopathic', 'iatrogenic', 'calciphylaxis'];

/** On a tie, the more specific cause decides: an exposure at the site, then calciphylaxis. */
const TIE_PRECEDENCE: CalcinosisType[] = ['iatrogenic', 'calciphylaxis'];

type LabState = 'raised' | 'not raised' | 'unknown';

export function classify(facts: CaseFacts, labs: LabEvidence): { classification: Classification; findings: Finding[] } {
    const evidence = gatherEvidence(facts, labs);
    const support = Object.fromEntries(TYPES.map(type => [type, supportFor(type, evidence)])) as Record<CalcinosisType, TypeSupport>;
    const { type, confidence, candidates } = decide(support);
    const extent = inferExtent(facts.lesions);
    const chosen = type ? [type] : candidates;
    const classification: Classification = {
        type, extent: extent.extent, confidence, candidates,
        reasons: [...chosen.flatMap(t => support[t].reasons), ...extent.reasons].filter(uniqueReason),
        missing: [...new Set([...chosen.flatMap(t => support[t].missing), ...extent.missing])],
        support, extentReasons: extent.reasons,
        sources: ['seed', ...evidence.sources]
    };
    return { classification, findings: classificationFindings(facts, classification) };
}

interface Evidence {
    tissueDamage: Reason[];
    metabolic: Reason[];
    renal: Reason[];
    idiopathicSubtype: Reason[];
    exposures: Reason[];
    calcium: LabState;
    phosphate: LabState;
    productAbove: boolean;
    labReasons: Reason[];
    missingLabs: string[];
    painfulUlcer: Reason[];
    lesionFeaturesRecorded: boolean;
    sources: SourceId[];
}

function gatherEvidence(facts: CaseFacts, labs: LabEvidence): Evidence {
    const evidence: Evidence = {
        tissueDamage: [], metabolic: [], renal: [], idiopathicSubtype: [], exposures: [],
        calcium: 'unknown', phosphate: 'unknown', productAbove: false, labReasons: [], missingLabs: [],
        painfulUlcer: [], lesionFeaturesRecorded: false, sources: []
    };
    for (const { term, condition } of facts.conditions) {
        if (!condition) continue;
        const support = CategorySupport[condition.category];
        const reason = { text: `${condition.label} (${categoryWords(condition.category)})`, at: [term.at] };
        evidence.sources.push(support.source);
        if (condition.category === 'renalFailure') evidence.renal.push(reason);
        if (support.value === 'dystrophic') evidence.tissueDamage.push(reason);
        else if (support.value === 'metastatic') evidence.metabolic.push(reason);
        else if (support.value === 'idiopathic') evidence.idiopathicSubtype.push(reason);
    }
    for (const { term, injury } of facts.injuries) {
        if (injury) evidence.tissueDamage.push({ text: `${injury.label} (tissue injury)`, at: [term.at] });
    }
    for (const { term, exposure } of facts.exposures) {
        // Only calcium or phosphate given at a site marks iatrogenic calcinosis; warfarin and the like are calciphylaxis risks.
        if (exposure?.gives) evidence.exposures.push({ text: `${exposure.label} given (${exposure.gives} at the site)`, at: [term.at] });
    }
    if (facts.declared.subtype?.known) {
        evidence.idiopathicSubtype.push({ text: `declared subtype ${facts.declared.subtype.term}`, at: [facts.declared.subtype.at] });
    }

    const calcium = usable(labs.byAnalyte.calcium) ?? usable(labs.byAnalyte.ionizedCalcium);
    const phosphate = usable(labs.byAnalyte.phosphate);
    evidence.calcium = labState(calcium);
    evidence.phosphate = labState(phosphate);
    if (!calcium) evidence.missingLabs.push('calcium');
    if (!phosphate) evidence.missingLabs.push('phosphate');
    for (const lab of [calcium, phosphate]) {
        if (lab?.judged) evidence.labReasons.push({ text: `${lab.judged.label.toLowerCase()} ${formatQuantity(lab.judged.value, lab.analyte!.canonicalUnit)} ${lab.status === 'normal' ? 'normal' : lab.status}`, at: [lab.fact.quantity.at] });
    }
    if (labs.product?.above) {
        evidence.productAbove = true;
        evidence.labReasons.push({ text: `Ca × P ${formatNumber(labs.product.value)} ${ProductUnits.productText} above ${labs.product.threshold}`, at: [labs.product.at, ...labs.product.related] });
    }

    for (const lesion of facts.lesions) {
        if (lesion.pain || lesion.ulcerated !== undefined) evidence.lesionFeaturesRecorded = true;
        const painful = lesion.pain !== undefined && lesion.pain.term !== 'none';
        const necrotic = lesion.morphology.some(m => m.term === 'necrotic');
        if (painful && (lesion.ulcerated || necrotic)) {
            evidence.painfulUlcer.push({ text: `lesion ${lesion.name} painful and ${necrotic ? 'necrotic' : 'ulcerated'}`, at: [lesion.at] });
        }
    }
    return evidence;
}

function usable(lab: LabAssessment | undefined): LabAssessment | undefined {
    return lab?.usable ? lab : undefined;
}

function labState(lab: LabAssessment | undefined): LabState {
    if (!lab) return 'unknown';
    return lab.status === 'high' ? 'raised' : 'not raised';
}

function supportFor(type: CalcinosisType, e: Evidence): TypeSupport {
    const raised = e.calcium === 'raised' || e.phosphate === 'raised' || e.productAbove;
    const notRaised = e.calcium === 'not raised' && e.phosphate === 'not raised' && !e.productAbove;
    const labsUnknown = !raised && !notRaised;
    const result = (level: TypeSupport['level'], reasons: Reason[], against: string[] = [], missing: string[] = []): TypeSupport =>
        ({ level, reasons, against, missing });
    switch (type) {
        case 'iatrogenic':
            return e.exposures.length > 0
                ? result(3, e.exposures)
                : result(0, [], ['no calcium or phosphate given at the site is recorded (exposure)']);
        case 'calciphylaxis':
            if (e.renal.length === 0) return result(0, [], ['no renal failure or dialysis is recorded']);
            if (e.painfulUlcer.length > 0) return result(3, [...e.renal, ...e.painfulUlcer]);
            return e.lesionFeaturesRecorded
                ? result(0, [], ['no lesion is both painful and ulcerated or necrotic'])
                : result(1, e.renal, ['pain and ulceration of the lesions are not recorded'], ['pain', 'ulceration']);
        case 'metastatic': {
            // A product raised by the phosphate alone counts as the phosphate alone.
            const phosphateOnly = e.phosphate === 'raised' && e.calcium !== 'raised';
            if (raised && phosphateOnly && e.idiopathicSubtype.length > 0) {
                // Hyperphosphataemic familial tumoral calcinosis: the phosphate alone must not route here.
                return result(1, e.labReasons, ['a raised phosphate alone is expected in familial tumoral calcinosis']);
            }
            if (raised) return result(3, [...e.labReasons.filter(r => !/normal/.test(r.text)), ...e.metabolic]);
            if (notRaised) return result(0, [], ['calcium and phosphate are not raised']);
            return result(e.metabolic.length > 0 ? 2 : 1, e.metabolic, ['no usable calcium or phosphate'], e.missingLabs);
        }
        case 'dystrophic':
            if (e.tissueDamage.length === 0) return result(0, [], ['no tissue damage is recorded (connective tissue disease, injury, tumour, infection)']);
            if (notRaised) return result(3, [...e.tissueDamage, ...e.labReasons]);
            if (labsUnknown) return result(2, e.tissueDamage, ['calcium and phosphate are not recorded'], e.missingLabs);
            return result(1, e.tissueDamage, ['calcium or phosphate is raised']);
        case 'idiopathic': {
            if (e.idiopathicSubtype.length > 0) {
                return labsUnknown
                    ? result(2, e.idiopathicSubtype, ['calcium and phosphate are not recorded'], e.missingLabs)
                    : result(e.calcium === 'raised' ? 1 : 3, [...e.idiopathicSubtype, ...e.labReasons]);
            }
            const causes = [...e.tissueDamage, ...e.exposures, ...e.metabolic];
            if (causes.length > 0) return result(0, [], [`a cause is recorded: ${causes.map(c => c.text).join(', ')}`]);
            if (notRaised) return result(3, [{ text: 'no tissue damage, exposure or metabolic cause recorded', at: [] }, ...e.labReasons]);
            if (labsUnknown) return result(1, [{ text: 'no tissue damage, exposure or metabolic cause recorded', at: [] }], ['calcium and phosphate are not recorded'], e.missingLabs);
            return result(0, [], ['calcium or phosphate is raised']);
        }
    }
}

function decide(support: Record<CalcinosisType, TypeSupport>): { type: CalcinosisType | null; confidence: Confidence; candidates: CalcinosisType[] } {
    const ranked = TYPES.filter(t => support[t].level > 0)
        .sort((a, b) => support[b].level - support[a].level || a.localeCompare(b));
    if (ranked.length === 0) return { type: null, confidence: 'undetermined', candidates: [] };
    const best = support[ranked[0]].level;
    let top = ranked.filter(t => support[t].level === best);
    const preferred = TIE_PRECEDENCE.find(t => top.includes(t));
    if (top.length > 1 && preferred && best === 3) top = [preferred];
    if (top.length > 1) return { type: null, confidence: 'undetermined', candidates: top };
    return { type: top[0], confidence: best === 3 ? 'definite' : 'probable', candidates: ranked };
}

function inferExtent(lesions: LesionFact[]): { extent: CalcinosisExtent | null; reasons: Reason[]; missing: string[] } {
    const sited = lesions.filter(l => l.siteEntry);
    if (sited.length === 0) return { extent: null, reasons: [], missing: lesions.length === 0 ? ['lesion'] : ['lesion site'] };
    const regions = [...new Set(sited.map(l => l.siteEntry!.region))];
    const where = sited.map(l => `${l.name} at the ${l.side && l.side !== 'bilateral' ? `${l.side} ` : ''}${l.siteEntry!.label.toLowerCase()}${l.side === 'bilateral' ? ' on both sides' : ''}`).join(', ');
    const at = sited.map(l => l.site!.at);
    return regions.length === 1
        ? { extent: 'circumscripta', reasons: [{ text: `lesions in one region, the ${regions[0]} (${where})`, at }], missing: [] }
        : { extent: 'universalis', reasons: [{ text: `lesions in ${regions.length} regions: ${regions.join(', ')} (${where})`, at }], missing: [] };
}

function classificationFindings(facts: CaseFacts, c: Classification): Finding[] {
    const findings: Finding[] = [];
    const extentWords = c.extent ? `, ${c.extent}` : '';
    const because = c.reasons.map(r => r.text).join('; ');
    const head = c.type
        ? `${capitalise(c.type)} calcinosis cutis${extentWords} (${c.confidence})`
        : `Calcinosis cutis${extentWords}: type undetermined${c.candidates.length ? ` between ${joinAnd(c.candidates, 'and')}` : ''}`;
    findings.push({
        code: Codes.classification, severity: 'information', at: facts.nameAt,
        message: `${head}${because ? `: ${because}` : ''}.`,
        related: c.reasons.flatMap(r => r.at), sources: c.sources,
        data: { type: c.type, extent: c.extent, confidence: c.confidence }
    });
    if (c.missing.length > 0 && c.confidence !== 'definite') {
        const goal = c.type ? `To confirm ${c.type}` : c.candidates.length > 1 ? `To tell ${joinAnd(c.candidates, 'from')}` : 'To classify this case';
        findings.push({
            code: Codes.classificationIncomplete, severity: 'information', at: facts.nameAt,
            message: `${goal}, record ${joinAnd(c.missing, 'and')}.`,
            data: { missing: c.missing }
        });
    }
    const declaredType = facts.declared.type;
    if (declaredType?.known) {
        const declared = declaredType.term as CalcinosisType;
        const support = c.support[declared];
        const contradicted = support.level === 0 || (c.type !== null && c.type !== declared);
        if (contradicted) {
            const why = support.against.length > 0 ? support.against.join('; ') : `the facts support ${c.type} better`;
            findings.push({
                code: Codes.classificationConflict, severity: 'warning', at: declaredType.at,
                message: `Declared ${declared}, but ${why}.${c.type ? ` The facts point to ${c.type} (${c.confidence}): ${c.support[c.type].reasons.map(r => r.text).join('; ') || 'see the classification'}.` : ''}`,
                sources: ['seed'], data: { declared, inferred: c.type }
            });
        }
    }
    const declaredExtent = facts.declared.extent;
    if (declaredExtent?.known && c.extent && declaredExtent.term !== c.extent) {
        findings.push({
            code: Codes.classificationConflict, severity: 'warning', at: declaredExtent.at,
            message: `Declared ${declaredExtent.term}, but the lesions say ${c.extent}: ${c.extentReasons.map(r => r.text).join('; ')}. Circumscripta is limited to an extremity or joint, universalis diffuse (${Sources.seed.short}).`,
            sources: ['seed'], data: { declared: declaredExtent.term, inferred: c.extent }
        });
    }
    return findings;
}

function categoryWords(category: string): string {
    return category.replace(/([A-Z])/g, ' $1').toLowerCase();
}

function capitalise(text: string): string {
    return text.charAt(0).toUpperCase() + text.slice(1);
}

function joinAnd(items: string[], word: string): string {
    return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} ${word} ${items.at(-1)}`;
}

function uniqueReason(reason: Reason, index: number, all: Reason[]): boolean {
    return all.findIndex(r => r.text === reason.text) === index;
}
