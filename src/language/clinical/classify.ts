/**
 * The type and extent of calcinosis cutis that the facts support (language.md,
 * "Classification"), with the reasons, each pointing at the facts it rests on, and
 * what is missing to settle it.
 *
 * Each type gets a level of support: 3 every criterion recorded, including the evidence
 * the source asks for (the deposit shown on imaging or histology; for calciphylaxis a
 * biopsy showing vessel calcification or thrombosis: the consensus's "confirmed"), 2 best
 * supported with a criterion unrecorded (the consensus's "clinical" calciphylaxis), 1 not
 * excluded ("suspected"), 0 excluded. Each level's rule and source is in
 * knowledge/classification.ts (LevelRules).
 */
import {
    AcuteKidneyInjuryCalciphylaxis, CalciumInfusions, InfusionWithRaisedLevels, CalcinosisTypes, CalciphylaxisMorphology, FatNecrosisRisk, TissueDiseaseRaisingCalcium, VitaminDExcess, CalciphylaxisPain, CalciphylaxisRiskDrugs, CategorySupport, ExtentRule, FindingWords, LevelRules, NegationWords, NotGradedByExtent, OssificationDifferential, Sources, TransplantCalciphylaxis, TumoralClassification,
    type CalcinosisExtent, type CalcinosisType, type EvidenceWords, type SourceId, type Sourced
} from '../knowledge/index.js';
import type { CaseFacts, LesionFact, Span } from '../facts/case-facts.js';
import { Codes } from '../diagnostic-codes.js';
import type { Finding } from './finding.js';
import type { LabAssessment, LabEvidence } from './labs.js';
import { formatNumber } from './format.js';
import { judgedQuantity, productShown, writtenValue } from './labs.js';
import { inSentence } from './in-sentence.js';
import { candidateWords, joinAnd } from './candidate-words.js';

export type Confidence = 'definite' | 'probable' | 'undetermined';

export interface Reason {
    text: string;
    at: Span[];
    /** A lab reason that shows a raised value (what metastatic calcinosis rests on). */
    raised?: boolean;
    /** Imaging or histology showing the deposit is calcium: evidence, not a cause. */
    deposit?: boolean;
    /** A recorded condition or injury: what the plan treats as the underlying disease. */
    cause?: boolean;
    /** A risk factor for calciphylaxis other than kidney failure, in words ("warfarin given"): what the plan's cause step names. */
    riskFactor?: string;
    /** The condition a cause read from other facts stands for (vitamin D given with a raised calcium: hypervitaminosisD), for the plan's advice. */
    standsFor?: string;
}

export interface TypeSupport {
    level: 0 | 1 | 2 | 3;
    reasons: Reason[];
    /** Why a type is excluded or weakly supported: what it would need. */
    against: string[];
    missing: string[];
    /** The rules (knowledge/classification.ts) the level rests on, each with its source. */
    rules?: Sourced<string>[];
    /** The sources class this case's disease both ways (hyperphosphataemic familial tumoral calcinosis). */
    disputed?: boolean;
}

export interface Classification {
    type: CalcinosisType | null;
    /** The extent the record goes by: the declared one (a known term), else the lesions'. */
    extent: CalcinosisExtent | null;
    /** The extent our count of the lesions' regions gives (an engineering rule: it never overrides a declared extent). */
    inferredExtent: CalcinosisExtent | null;
    /** Whether the inferred extent follows from the definition itself (a single lesion is circumscripta), not from our count. */
    inferredByDefinition: boolean;
    /** The extent the plan goes by: the declared one (a known term), else the lesions'. */
    effectiveExtent: { extent: CalcinosisExtent; declared: boolean } | null;
    /** What to record where the count leaves the extent undetermined and none is declared. */
    extentAsk: string | null;
    /** The verdict as every presenter heads it: "Dystrophic calcinosis cutis, circumscripta", "Calciphylaxis", "Calcinosis cutis, circumscripta: type undetermined". */
    headline: string;
    confidence: Confidence;
    candidates: CalcinosisType[];
    reasons: Reason[];
    missing: string[];
    support: Record<CalcinosisType, TypeSupport>;
    extentReasons: Reason[];
    /** What would change the verdict: what makes it definite, what would point elsewhere. */
    wouldChange: string[];
    /** The rules the verdict's level rests on, each with its source. */
    rules: Sourced<string>[];
    /** The type's definition as it fits this case, where the general one does not (a raised phosphate in familial tumoral calcinosis). */
    typeDefinition?: Sourced<string>;
    /** A biopsy or imaging describing bone (osteoma cutis); `alone`: no calcium deposit is described, so no calcinosis type is given. */
    ossification?: { reasons: Reason[]; alone: boolean };
    sources: SourceId[];
}

const TYPES: CalcinosisType[] = ['dystrophic', 'metastatic', 'idiopathic', 'iatrogenic', 'calciphylaxis'];

/** On a tie, the more specific cause decides: an exposure at the site, then calciphylaxis. */
const TIE_PRECEDENCE: CalcinosisType[] = ['iatrogenic', 'calciphylaxis'];

type LabState = 'raised' | 'not raised' | 'unknown';

export function classify(facts: CaseFacts, labs: LabEvidence): { classification: Classification; findings: Finding[] } {
    const evidence = gatherEvidence(facts, labs);
    const support = Object.fromEntries(TYPES.map(type => [type, supportFor(type, evidence)])) as Record<CalcinosisType, TypeSupport>;
    capForUnknownHistory(support, facts);
    const { type, confidence, candidates, factsAlone } = withDeclaredType(infusedWithRaisedLevels(decide(support), support, evidence, facts.lesions), support, facts);
    const extent = inferExtent(facts.lesions);
    const chosen = type ? [type] : candidates;
    const declaredExtent = facts.declared.extent?.known ? facts.declared.extent.term as CalcinosisExtent : undefined;
    // A clinician's declared extent stands: the count of regions is ours (ExtentRule.countIsOurs).
    // Where the lesions agree with the declaration, the plan rests on them (declared: false) and says why.
    const effectiveExtent = declaredExtent ? { extent: declaredExtent, declared: declaredExtent !== extent.extent } : extent.extent ? { extent: extent.extent, declared: false } : null;
    const graded = gradedByExtent(type);
    const extentAsk = graded && !effectiveExtent && extent.ask ? extent.ask : null;
    const classification: Classification = {
        type, extent: effectiveExtent?.extent ?? null, inferredExtent: extent.extent, inferredByDefinition: extent.byDefinition === true, confidence, candidates,
        effectiveExtent, extentAsk,
        headline: headline(type, effectiveExtent?.extent ?? null),
        // A type not graded by extent (calciphylaxis) does not give the extent as a reason.
        reasons: [...chosen.flatMap(t => support[t].reasons), ...(graded ? extent.reasons : [])].filter(uniqueReason),
        missing: [...new Set([...chosen.flatMap(t => support[t].missing), ...extent.missing, ...(extentAsk ? [extentAsk] : [])])],
        support, extentReasons: extent.reasons,
        wouldChange: [...(factsAlone?.type ? [`without the declaration, the recorded facts point to ${factsAlone.type} (${factsAlone.confidence}): ${support[factsAlone.type].reasons.map(r => r.text).join('; ')}`] : []), ...wouldChange(type, support)],
        rules: [...new Set(chosen.flatMap(t => support[t].rules ?? []))],
        sources: [...new Set<SourceId>(['seed', ...evidence.sources, ...chosen.flatMap(t => (support[t].rules ?? []).map(r => r.source))])]
    };
    // Both readings of hyperphosphataemic familial tumoral calcinosis are given where it is classed idiopathic.
    if (type === 'idiopathic' && support.metastatic.disputed) {
        classification.typeDefinition = TumoralClassification.idiopathic;
        classification.rules = [...classification.rules, TumoralClassification.idiopathic, TumoralClassification.metastatic];
        classification.sources = [...new Set([...classification.sources, TumoralClassification.metastatic.source])];
    }
    if (evidence.ossification.length > 0) withOssification(classification, evidence);
    return { classification, findings: classificationFindings(facts, classification) };
}

type Decision = { type: CalcinosisType | null; confidence: Confidence; candidates: CalcinosisType[]; factsAlone?: Decision };

/**
 * Iatrogenic chosen over metastatic only by the tie's precedence, after intravenous calcium with
 * the levels raised: with a metabolic cause of them recorded, metastatic; else, with lesions in
 * more than one region, neither is preferred (knowledge InfusionWithRaisedLevels), and the case
 * is asked where the lesions lie against the infusion sites.
 */
function infusedWithRaisedLevels(decided: Decision, support: Record<CalcinosisType, TypeSupport>, e: Evidence, lesions: LesionFact[]): Decision {
    const { iatrogenic, metastatic } = support;
    if (decided.type !== 'iatrogenic' || !e.infused || metastatic.level !== iatrogenic.level) return decided;
    // A recorded cause of the raised levels (tumour lysis) decides for metastatic; the infusion site stays iatrogenic's.
    if (e.metabolic.some(r => !e.systemicLoads.includes(r))) {
        support.metastatic = { ...metastatic, rules: [...(metastatic.rules ?? []), InfusionWithRaisedLevels.metabolicCause] };
        return { ...decided, type: 'metastatic', candidates: ['metastatic', ...decided.candidates.filter(t => t !== 'metastatic')] };
    }
    if (new Set(lesions.flatMap(l => l.siteEntry ? [l.siteEntry.region] : [])).size < 2) return decided;
    const rules = [InfusionWithRaisedLevels.undecided, InfusionWithRaisedLevels.generalised];
    const settles = InfusionWithRaisedLevels.settles.value;
    support.iatrogenic = { ...iatrogenic, missing: [...iatrogenic.missing, settles], rules: [...(iatrogenic.rules ?? []), ...rules] };
    support.metastatic = { ...metastatic, missing: [...metastatic.missing, settles], rules: [...(metastatic.rules ?? []), ...rules] };
    return { type: null, confidence: 'undetermined', candidates: ['iatrogenic', 'metastatic'] };
}

/**
 * A clinician's declared type the facts do not exclude stands unless another type is definite:
 * the classification and the plan go by it (calciphylaxis declared on dialysis, with no lesion
 * described, is not planned as the metastatic calcinosis the labs alone would suggest). The
 * declaration is among its reasons; the other types stay candidates, in what would change it.
 */
function withDeclaredType(decided: Decision, support: Record<CalcinosisType, TypeSupport>, facts: CaseFacts): Decision {
    const declaredType = facts.declared.type;
    if (!declaredType?.known) return decided;
    const declared = declaredType.term as CalcinosisType;
    if (declaredTypeContradicted(declared, decided, support) || decided.type === declared) return decided;
    support[declared] = { ...support[declared], reasons: [{ text: `declared ${declared} in the file`, at: [declaredType.at] }, ...support[declared].reasons] };
    return {
        type: declared,
        confidence: support[declared].level === 3 ? 'definite' : 'probable',
        candidates: [declared, ...decided.candidates.filter(t => t !== declared)],
        factsAlone: decided
    };
}

/** Whether the facts exclude a declared type, or another type is definite and the declared one is not. */
function declaredTypeContradicted(declared: CalcinosisType, decided: Decision, support: Record<CalcinosisType, TypeSupport>): boolean {
    return support[declared].level === 0 || (decided.type !== null && decided.type !== declared && decided.confidence === 'definite' && support[declared].level < 3);
}

/**
 * Idiopathic rests on no cause being recorded (knowledge LevelRules.unknownHistoryTerm): a
 * condition, injury or exposure the knowledge base does not know may be that cause, so while
 * one is written the type is at most probable, and the case is asked to name it.
 */
function capForUnknownHistory(support: Record<CalcinosisType, TypeSupport>, facts: CaseFacts): void {
    const idiopathic = support.idiopathic;
    // Probable already (no deposit shown), the unknown term is still asked for: it may be the cause.
    if (idiopathic.level < 2) return;
    const unknown = [...facts.conditions, ...facts.injuries, ...facts.exposures]
        .filter(entry => !entry.term.known && entry.term.term !== '')
        .map(entry => `\`${entry.term.term}\``);
    if (unknown.length === 0) return;
    support.idiopathic = {
        ...idiopathic, level: 2,
        missing: [...idiopathic.missing, `a known term in place of ${unknown.join(', ')} (a history term not understood may be the cause)`],
        rules: [...(idiopathic.rules ?? []), LevelRules.unknownHistoryTerm]
    };
}

/**
 * Bone described in the lesion (knowledge OssificationDifferential): alone, no calcinosis type,
 * extent or plan by type is given; with calcium deposits described too, the type stands at most probable.
 */
function withOssification(c: Classification, e: Evidence): void {
    const o = OssificationDifferential;
    const alone = e.depositShown.length === 0;
    c.ossification = { reasons: e.ossification, alone };
    if (alone) {
        Object.assign(c, {
            type: null, confidence: 'undetermined', candidates: [], extent: null, effectiveExtent: null, extentAsk: null,
            inferredExtent: null, typeDefinition: undefined,
            headline: o.headline.value, reasons: e.ossification, missing: [], wouldChange: [],
            rules: [o.distinct, o.gnas, o.secondary, o.notCalcinosisPlan]
        } satisfies Partial<Classification>);
    } else {
        if (c.confidence === 'definite') c.confidence = 'probable';
        c.reasons = [...c.reasons, ...e.ossification];
        c.wouldChange = [...c.wouldChange, o.withCalcium.value];
        c.rules = [...c.rules, o.distinct, o.secondary];
    }
    c.sources = [...new Set([...c.sources, ...c.rules.map(r => r.source)])];
}

interface Evidence {
    tissueDamage: Reason[];
    /** Tissue damage that is not itself a calciphylaxis risk factor (an injury, a tumour): what can explain the lesions instead. */
    localDamage: Reason[];
    /** A biopsy showing calcium deposits, whatever it says of vessels. */
    biopsyDeposit: boolean;
    metabolic: Reason[];
    renal: Reason[];
    idiopathicSubtype: Reason[];
    exposures: Reason[];
    /** Calcium infused intravenously (knowledge CalciumInfusions): its site is where its deposits are. */
    infused: boolean;
    /** Calcium or phosphate given into the blood (an enema's phosphate): metastatic where the levels are raised, iatrogenic otherwise (knowledge Exposure.systemic). */
    systemicLoads: Reason[];
    calcium: LabState;
    phosphate: LabState;
    productAbove: boolean;
    labReasons: Reason[];
    missingLabs: string[];
    painfulUlcer: Reason[];
    /** Calciphylaxis before ulceration: painful livedo, violaceous plaques, retiform purpura. */
    earlyPicture: Reason[];
    lesionFeaturesRecorded: boolean;
    /** Risk factors for calciphylaxis other than kidney failure. */
    nonUraemicRisks: Reason[];
    /** A kidney transplant: a risk of its own, neither non-uraemic nor kidney failure (knowledge TransplantCalciphylaxis). */
    transplant: Reason[];
    /** Acute kidney injury: a risk of its own, neither non-uraemic nor kidney failure (knowledge AcuteKidneyInjuryCalciphylaxis). */
    acuteKidney: Reason[];
    vesselHistology: Reason[];
    /** The deposit shown to be calcium, on imaging or histology. */
    depositShown: Reason[];
    /** Bone described on histology or imaging (osteoma cutis, a differential). */
    ossification: Reason[];
    /** Dialysis or GFR category G5: where uraemic deposits can outlast treated levels. */
    kidneyFailure: boolean;
    sources: SourceId[];
}

function gatherEvidence(facts: CaseFacts, labs: LabEvidence): Evidence {
    const evidence: Evidence = {
        tissueDamage: [], localDamage: [], biopsyDeposit: false, metabolic: [], renal: [], idiopathicSubtype: [], exposures: [], infused: false, systemicLoads: [],
        calcium: 'unknown', phosphate: 'unknown', productAbove: false, labReasons: [], missingLabs: [],
        painfulUlcer: [], earlyPicture: [], lesionFeaturesRecorded: false, nonUraemicRisks: [], transplant: [], acuteKidney: [], vesselHistology: [], depositShown: [], ossification: [], sources: [],
        kidneyFailure: labs.kidney.kidneyFailure
    };
    const kidney = labs.kidney;
    for (const { term, condition } of facts.conditions) {
        if (!condition) continue;
        const support = CategorySupport[condition.category];
        const risk = condition.term === FatNecrosisRisk.condition.value ? fatNecrosisRisk(facts) : undefined;
        const reason = { text: `${condition.label} (${categoryWords(condition.category)}${risk ? `; ${FatNecrosisRisk.words.value}` : ''})`, at: [term.at, ...(risk ? [risk] : [])], cause: true };
        if (risk) evidence.sources.push(FatNecrosisRisk.exposures.source);
        evidence.sources.push(support.source);
        if (condition.category === 'renalFailure') evidence.renal.push(reason);
        else if (TransplantCalciphylaxis.conditions.value.includes(condition.term)) {
            evidence.transplant.push(riskFactor(TransplantCalciphylaxis.riskFactor.value, [term.at]));
            evidence.sources.push(TransplantCalciphylaxis.conditions.source);
        } else if (AcuteKidneyInjuryCalciphylaxis.conditions.value.includes(condition.term)) {
            evidence.acuteKidney.push(riskFactor(AcuteKidneyInjuryCalciphylaxis.riskFactor.value, [term.at]));
            evidence.sources.push(AcuteKidneyInjuryCalciphylaxis.conditions.source);
        } else if (condition.calciphylaxisRisk) evidence.nonUraemicRisks.push(riskFactor(inSentence(condition.label), [term.at]));
        if (support.value === 'dystrophic') {
            evidence.tissueDamage.push(reason);
            if (!condition.calciphylaxisRisk) evidence.localDamage.push(reason);
            // A tissue disease that also raises the calcium (fat necrosis of the newborn) is a metabolic cause too, where it is raised.
            if (TissueDiseaseRaisingCalcium.value.includes(condition.term)) {
                evidence.metabolic.push({ ...reason, text: `${condition.label} (raises calcium${risk ? `; ${FatNecrosisRisk.words.value}` : ''})` });
                evidence.sources.push(TissueDiseaseRaisingCalcium.source);
            }
        }
        else if (support.value === 'metastatic') evidence.metabolic.push(reason);
        else if (support.value === 'idiopathic') evidence.idiopathicSubtype.push(reason);
    }
    if (evidence.renal.length === 0 && kidney.kidneyFailure && kidney.category === 'G5' && kidney.egfr) {
        evidence.renal.push({ text: `eGFR ${formatNumber(kidney.egfr.value)} (G5, kidney failure)`, at: [kidney.egfr.at] });
    }
    for (const { term, injury } of facts.injuries) {
        if (!injury) continue;
        if (injury.classedAs?.value === 'iatrogenic') {
            // Heel stick: the reviews class it iatrogenic; another source reads it as dystrophic. Both are cited.
            const other = injury.classedAs.otherView;
            evidence.exposures.push({ text: `${injury.label} (iatrogenic per ${Sources[injury.classedAs.source].short}; ${other.value}, ${Sources[other.source].short})`, at: [term.at] });
            evidence.sources.push(injury.classedAs.source, other.source);
        } else {
            const reason = { text: `${injury.label} (tissue injury)`, at: [term.at], cause: true };
            evidence.tissueDamage.push(reason);
            evidence.localDamage.push(reason);
        }
    }
    // A risk recorded both as an exposure and as a drug (`exposure warfarin`, `drug warfarin 1 mg/day`) is one risk factor.
    const risksByTerm = new Map<string, Reason>();
    for (const { term, exposure } of facts.exposures) {
        // Only calcium or phosphate given at a site marks iatrogenic calcinosis; warfarin and the like are calciphylaxis risks.
        if (exposure?.gives && exposure.systemic) {
            evidence.systemicLoads.push({ text: `${exposure.label} given (a systemic ${exposure.gives} load)`, at: [term.at], cause: true });
            evidence.sources.push(exposure.systemic.source);
        } else if (exposure?.gives) {
            evidence.exposures.push({ text: `${exposure.label} given (${exposure.gives} at the site)`, at: [term.at] });
            if (CalciumInfusions.value.includes(exposure.term)) evidence.infused = true;
        }
        else if (exposure?.calciphylaxisRisk) {
            const reason = riskFactor(inSentence(exposure.label), [term.at]);
            risksByTerm.set(term.canonical, reason);
            evidence.nonUraemicRisks.push(reason);
            evidence.sources.push(exposure.calciphylaxisRisk.source);
        }
    }
    for (const drug of facts.drugs) {
        const risk = CalciphylaxisRiskDrugs[drug.term.term];
        if (!risk) continue;
        const recorded = risksByTerm.get(drug.term.canonical);
        if (recorded) recorded.at.push(drug.term.at);
        // Taken before, it stays a risk factor; written `stopped`, it is not said to be given.
        else evidence.nonUraemicRisks.push(riskFactor(`${inSentence(drug.term.label)} ${drug.stopped ? 'taken, recorded as stopped' : 'given'}`, [drug.term.at]));
        evidence.sources.push(risk.source);
    }
    const albumin = usable(labs.byAnalyte.albumin);
    if (albumin?.status === 'low') {
        // A minor risk factor, not a cause the plan can treat: no riskFactor words for the cause step.
        evidence.nonUraemicRisks.push({ ...riskFactor(`low albumin ${writtenValue(albumin)}`, [albumin.fact.quantity.at]), riskFactor: undefined });
        evidence.sources.push(LevelRules.lowAlbumin.source);
    }
    readStudies(facts, evidence);
    const calcium = usable(labs.byAnalyte.calcium) ?? usable(labs.byAnalyte.ionizedCalcium);
    const vitaminD = vitaminDExcess(facts, labs, calcium, evidence.metabolic.some(r => !evidence.renal.includes(r)));
    if (vitaminD) evidence.metabolic.push(vitaminD);
    if (facts.declared.subtype?.known) {
        evidence.idiopathicSubtype.push({ text: `declared subtype ${facts.declared.subtype.term}`, at: [facts.declared.subtype.at] });
    }

    const phosphate = usable(labs.byAnalyte.phosphate);
    evidence.calcium = labState(calcium);
    evidence.phosphate = labState(phosphate);
    if (!calcium) evidence.missingLabs.push('calcium');
    if (!phosphate) evidence.missingLabs.push('phosphate');
    for (const lab of [calcium, phosphate]) {
        // The corrected calcium is a derived value: show it; a measured one as written, converted in parentheses.
        const value = lab?.judged?.detail !== undefined ? judgedQuantity(lab) : lab && writtenValue(lab);
        if (lab?.judged) evidence.labReasons.push({ text: `${inSentence(lab.judged.label)} ${value} ${lab.status}`, at: [lab.fact.quantity.at], raised: lab.status === 'high' });
    }
    if (labs.product?.aboveMetastatic) {
        evidence.productAbove = true;
        evidence.labReasons.push({ text: `Ca × P ${productShown(labs.product)} ${labs.product.unitText} above ${labs.product.metastaticThreshold}`, at: [labs.product.at, ...labs.product.related], raised: true });
    }

    for (const lesion of facts.lesions) {
        // Each morphology as its catalogue entry names it, so an alias (necrotic) counts as its term.
        const morphology = lesion.morphology.map(m => m.canonical);
        const late = morphology.filter(m => CalciphylaxisMorphology.late.value.includes(m));
        const early = morphology.filter(m => CalciphylaxisMorphology.early.value.includes(m));
        if (lesion.pain || lesion.ulcerated !== undefined || late.length > 0 || early.length > 0) evidence.lesionFeaturesRecorded = true;
        const painful = lesion.pain !== undefined && lesion.pain.term !== 'none';
        if (painful && (lesion.ulcerated || late.length > 0)) {
            evidence.painfulUlcer.push({ text: `lesion ${lesion.name} painful and ${late.length > 0 ? late.join(', ') : 'ulcerated'}`, at: [lesion.at] });
        } else if (lesion.pain && CalciphylaxisPain.value.includes(lesion.pain.term) && early.length > 0) {
            evidence.earlyPicture.push({ text: `lesion ${lesion.name} with ${lesion.pain.term} pain and ${early.join(', ')} (calciphylaxis before ulceration)`, at: [lesion.at] });
        }
    }
    return evidence;
}

/** Where a risk of fat necrosis of the newborn is recorded (therapeutic hypothermia), if it is. */
function fatNecrosisRisk(facts: CaseFacts): Span | undefined {
    return facts.exposures.find(e => e.exposure && FatNecrosisRisk.exposures.value.includes(e.exposure.term))?.term.at;
}

/**
 * Vitamin D given (exposures, drugs) with a raised calcium or 25-hydroxyvitamin D: vitamin D
 * excess, a metabolic cause (knowledge VitaminDExcess), unless hypervitaminosis D is recorded itself.
 * With another metabolic cause recorded (a routine supplement in fat necrosis of the newborn), only
 * a raised 25-hydroxyvitamin D names vitamin D excess.
 */
function vitaminDExcess(facts: CaseFacts, labs: LabEvidence, calcium: LabAssessment | undefined, otherCause: boolean): Reason | undefined {
    const condition = VitaminDExcess.condition.value;
    if (facts.conditions.some(c => c.condition?.term === condition)) return undefined;
    const calcidiol = usable(labs.byAnalyte.vitaminD25);
    const calcidiolHigh = calcidiol?.status === 'high';
    if (!calcidiolHigh && (calcium?.status !== 'high' || otherCause)) return undefined;
    const given = [
        ...facts.exposures.filter(e => e.exposure && VitaminDExcess.terms.value.includes(e.exposure.term)).map(e => ({ label: e.exposure!.label, at: e.term.at })),
        ...facts.drugs.filter(d => !d.stopped && VitaminDExcess.terms.value.includes(d.term.canonical)).map(d => ({ label: d.term.label, at: d.term.at }))
    ];
    if (given.length === 0) return undefined;
    // The labels without their glosses: "Calcitriol (active vitamin D)" is said "calcitriol".
    const labels = [...new Set(given.map(g => uncapitalise(g.label.replace(/\s*\(.*\)$/, ''))))];
    const level = calcidiolHigh ? `${calcidiol.analyte!.label} ${writtenValue(calcidiol)} high` : 'with the calcium raised';
    const levelAt = (calcidiolHigh ? calcidiol : calcium)!.fact.quantity.at;
    return { text: `${VitaminDExcess.words.value} (${labels.join(', ')} given; ${level})`, at: [...given.map(g => g.at), levelAt], cause: true, standsFor: condition };
}

function riskFactor(words: string, at: Span[]): Reason {
    return { text: `${words} (a calciphylaxis risk factor)`, at, riskFactor: words };
}

/** Biopsies and imaging read for the listed words that carry evidence (knowledge/classification.ts). */
function readStudies(facts: CaseFacts, evidence: Evidence): void {
    const biopsies = [...facts.biopsies.map(b => b.finding), ...facts.lesions.flatMap(l => l.biopsies)];
    const studies = [...facts.imaging, ...facts.lesions.flatMap(l => l.imaging)].filter(unique);
    const at = [facts.nameAt];
    for (const finding of [...new Set(biopsies)]) {
        const meanings = [FindingWords.vesselCalcification, FindingWords.thrombosis].filter(words => carries(finding, words)).map(words => words.meaning);
        if (meanings.length > 0) evidence.vesselHistology.push({ text: `biopsy: ${meanings.join(' and ')} (“${finding}”)`, at });
        if (carries(finding, FindingWords.calciumOnHistology)) {
            evidence.depositShown.push({ text: `biopsy: ${FindingWords.calciumOnHistology.meaning}`, at, deposit: true });
            evidence.biopsyDeposit = true;
        }
        if (carries(finding, FindingWords.ossification)) evidence.ossification.push({ text: `biopsy: ${FindingWords.ossification.meaning} (“${finding}”)`, at });
    }
    for (const study of studies) {
        if (carries(study.finding, FindingWords.calciumOnImaging)) evidence.depositShown.push({ text: `${inSentence(study.modality.label)}: ${FindingWords.calciumOnImaging.meaning}`, at: [study.modality.at], deposit: true });
        if (carries(study.finding, FindingWords.ossification)) evidence.ossification.push({ text: `${inSentence(study.modality.label)}: ${FindingWords.ossification.meaning} (“${study.finding}”)`, at: [study.modality.at] });
    }
    if (evidence.vesselHistology.length > 0) evidence.sources.push(FindingWords.vesselCalcification.source);
}

/** A finding carries the evidence when one of its clauses contains a listed word not preceded by a negation. */
export function carries(finding: string | undefined, words: EvidenceWords): boolean {
    if (typeof finding !== 'string') return false; // a study still being typed
    const clauses = words.except ? clausesWithout(finding, words.except) : clausesOf(finding).clauses;
    return clauses.some(clause => words.words.some(word => found(clause, word)) && (!words.with || words.with.some(word => found(clause, word))));
}

/** The word in the clause with no negation ending before it (each negation, like the clause, starts with a space). */
function found(clause: string, word: string): boolean {
    const index = clause.indexOf(word);
    if (index < 0) return false;
    return !NEGATIONS.some(negation => {
        const at = clause.indexOf(negation);
        return at >= 0 && at + negation.length <= index;
    });
}

/** The clauses with the excepted words blanked out, so that the listed words inside them are not found; kept per list. */
function clausesWithout(finding: string, except: readonly string[]): string[] {
    const read = clausesOf(finding);
    let clauses = (read.without ??= new Map<readonly string[], string[]>()).get(except);
    if (!clauses) read.without.set(except, clauses = read.clauses.map(clause => except.reduce((text, word) => text.split(word).join(' '), clause)));
    return clauses;
}

/** Each negation as it starts a word. */
const NEGATIONS = NegationWords.map(negation => ` ${negation}`);

/** A finding's clauses, lower-cased and padded; the last finding's are kept, as a biopsy is read for three kinds of evidence in a row. */
let lastClauses: ReadClauses | undefined;

interface ReadClauses { finding: string; clauses: string[]; without?: Map<readonly string[], string[]> }

function clausesOf(finding: string): ReadClauses {
    if (lastClauses?.finding !== finding) lastClauses = { finding, clauses: finding.toLowerCase().split(/[.;,:()]/).map(clause => ` ${clause} `) };
    return lastClauses;
}

function unique<T>(value: T, index: number, all: T[]): boolean {
    return all.indexOf(value) === index;
}

function usable(lab: LabAssessment | undefined): LabAssessment | undefined {
    return lab?.usable ? lab : undefined;
}

function labState(lab: LabAssessment | undefined): LabState {
    if (!lab) return 'unknown';
    return lab.status === 'high' ? 'raised' : 'not raised';
}

const DEPOSIT_MISSING = 'imaging or a biopsy showing the calcium deposits';
const EXTENT_ASK = 'the extent (`diagnosis { extent circumscripta }` or `universalis`)';

function supportFor(type: CalcinosisType, e: Evidence): TypeSupport {
    const raised = e.calcium === 'raised' || e.phosphate === 'raised' || e.productAbove;
    const notRaised = e.calcium === 'not raised' && e.phosphate === 'not raised' && !e.productAbove;
    const labsUnknown = !raised && !notRaised;
    const result = (level: TypeSupport['level'], reasons: Reason[], against: string[] = [], missing: string[] = []): TypeSupport =>
        ({ level, reasons, against, missing });
    // Definite needs the deposit shown to be calcium (imaging or histology): without it, probable.
    const confirmed = (support: TypeSupport): TypeSupport => {
        if (support.level < 3) return support;
        if (e.depositShown.length > 0) return { ...support, reasons: [...support.reasons, ...e.depositShown], rules: [LevelRules.deposit] };
        return { ...support, level: 2, missing: [...support.missing, DEPOSIT_MISSING], rules: [LevelRules.deposit] };
    };
    switch (type) {
        case 'iatrogenic': {
            // A systemic load that has raised the levels is metastatic calcinosis's cause, not a site's.
            const given = [...e.exposures, ...(raised ? [] : e.systemicLoads)];
            return given.length > 0
                ? confirmed(result(3, given, raised && e.infused ? [InfusionWithRaisedLevels.iatrogenicAgainst.value] : []))
                : result(0, [], [e.systemicLoads.length ? LevelRules.systemicLoadRaised.value : 'no calcium or phosphate given at the site is recorded (exposure)']);
        }
        case 'calciphylaxis':
            return calciphylaxisSupport(e);
        case 'metastatic': {
            // A product raised by the phosphate alone counts as the phosphate alone.
            const phosphateOnly = e.phosphate === 'raised' && e.calcium !== 'raised';
            if (raised && phosphateOnly && e.idiopathicSubtype.length > 0) {
                // Hyperphosphataemic familial tumoral calcinosis: the phosphate alone must not route here.
                return { ...result(1, e.labReasons, ['a raised phosphate alone is expected in familial tumoral calcinosis']), disputed: true };
            }
            if (raised) return confirmed(result(3, [...e.labReasons.filter(r => r.raised), ...e.metabolic, ...e.systemicLoads], e.infused ? [InfusionWithRaisedLevels.metastaticAgainst.value] : []));
            // In kidney failure the levels are often already treated: normal levels now do not exclude uraemic deposits.
            if (notRaised && e.kidneyFailure) return { ...result(1, e.renal, [LevelRules.uraemicDepositsAgainst.value], ['the calcium, phosphate and Ca × P before treatment']), rules: [LevelRules.uraemicDeposits] };
            if (notRaised) return result(0, [], ['calcium and phosphate are not raised']);
            return result(e.metabolic.length > 0 ? 2 : 1, e.metabolic, ['no usable calcium or phosphate'], e.missingLabs);
        }
        case 'dystrophic':
            if (e.tissueDamage.length === 0) return result(0, [], ['no tissue damage is recorded (connective tissue disease, injury, tumour, infection)']);
            if (notRaised) return confirmed(result(3, [...e.tissueDamage, ...e.labReasons]));
            if (labsUnknown) return result(2, e.tissueDamage, ['calcium and phosphate are not recorded'], e.missingLabs);
            return result(1, e.tissueDamage, ['calcium or phosphate is raised']);
        case 'idiopathic': {
            if (e.idiopathicSubtype.length > 0) {
                return labsUnknown
                    ? result(2, e.idiopathicSubtype, ['calcium and phosphate are not recorded'], e.missingLabs)
                    : e.calcium === 'raised' ? result(1, [...e.idiopathicSubtype, ...e.labReasons]) : confirmed(result(3, [...e.idiopathicSubtype, ...e.labReasons]));
            }
            const causes = [...e.tissueDamage, ...e.exposures, ...e.metabolic];
            if (causes.length > 0) return result(0, [], [`a cause is recorded: ${causes.map(c => c.text).join(', ')}`]);
            if (notRaised) return confirmed(result(3, [{ text: 'no tissue damage, exposure or metabolic cause recorded', at: [] }, ...e.labReasons]));
            if (labsUnknown) return result(1, [{ text: 'no tissue damage, exposure or metabolic cause recorded', at: [] }], ['calcium and phosphate are not recorded'], e.missingLabs);
            return result(0, [], ['calcium or phosphate is raised']);
        }
    }
}

/**
 * The consensus's levels (cnConsensus): confirmed = typical lesions with a biopsy showing
 * vessel calcification or thrombosis (definite); clinical = a risk factor, uraemic or not,
 * with typical lesions, ulcerated or not yet (probable); suspected = risk factors with the
 * lesions undescribed (not excluded). Non-uraemic risks count as the review does (nigwekar2008).
 */
function calciphylaxisSupport(e: Evidence): TypeSupport {
    const risks = [...e.renal, ...e.transplant, ...e.acuteKidney, ...e.nonUraemicRisks];
    const typical = [...e.painfulUlcer, ...e.earlyPicture];
    const rules = (...keys: Array<keyof typeof LevelRules>): Sourced<string>[] => keys.map(k => LevelRules[k]);
    // After a kidney transplant the sources do not call it non-uraemic, and differ on what to call it.
    // Nor with acute kidney injury (Nigwekar 2018 names it apart from normal kidney function).
    const nonUraemic = e.renal.length > 0 ? [] : e.transplant.length > 0 ? [TransplantCalciphylaxis.notNonUraemic, TransplantCalciphylaxis.withKidneyDisease, TransplantCalciphylaxis.series]
        : e.acuteKidney.length > 0 ? [AcuteKidneyInjuryCalciphylaxis.setting] : rules('nonUraemic');
    if (typical.length > 0 && e.vesselHistology.length > 0) {
        return { level: 3, reasons: [...risks, ...typical, ...e.vesselHistology], against: [], missing: [], rules: [...rules('calciphylaxisConfirmed'), ...nonUraemic] };
    }
    if (typical.length > 0 && risks.length > 0 && dystrophicExplains(e)) {
        const against = [LevelRules.dystrophicExplains.value, ...(e.biopsyDeposit ? [LevelRules.noVesselCalcification.value] : [])];
        return { level: 1, reasons: risks, against, missing: ['a biopsy showing calcification or thrombosis of small vessels'], rules: [LevelRules.dystrophicExplains, ...(e.biopsyDeposit ? [LevelRules.noVesselCalcification] : []), ...nonUraemic] };
    }
    if (typical.length > 0 && risks.length > 0) {
        return {
            level: 2, reasons: [...risks, ...typical], against: [], rules: [...rules('calciphylaxisClinical'), ...nonUraemic],
            missing: ['a biopsy showing calcification or thrombosis of small vessels (only if the picture is uncertain: a biopsy can start necrosis)']
        };
    }
    if (e.vesselHistology.length > 0 && risks.length > 0) {
        return { level: 2, reasons: [...risks, ...e.vesselHistology], against: ['the lesions are not described as typical (painful livedo, retiform purpura, necrosis)'], missing: ['pain', 'morphology'], rules: [...rules('calciphylaxisClinical'), ...nonUraemic] };
    }
    if (risks.length === 0) return { level: 0, reasons: [], against: ['no renal failure, dialysis or other calciphylaxis risk factor is recorded'], missing: [] };
    if (typical.length === 0 && e.lesionFeaturesRecorded) {
        return { level: 0, reasons: [], against: ['no lesion is painful with necrosis or ulceration, or with livedo, violaceous plaques or retiform purpura'], missing: [] };
    }
    return { level: 1, reasons: risks, against: ['pain and the look of the lesions (livedo, retiform purpura, necrosis) are not recorded'], missing: ['pain', 'morphology (livedo, retiform purpura, necrosis or ulceration)'], rules: rules('calciphylaxisSuspected') };
}

/**
 * A tissue injury at the site with normal calcium and phosphate explains the lesions better than
 * calciphylaxis on one non-uraemic risk factor (LevelRules.dystrophicExplains), or on more where a
 * biopsy shows the calcium without vessel calcification; never in or after kidney failure.
 */
function dystrophicExplains(e: Evidence): boolean {
    const notRaised = e.calcium === 'not raised' && e.phosphate === 'not raised' && !e.productAbove;
    if (!notRaised || e.localDamage.length === 0 || e.renal.length > 0 || e.transplant.length > 0 || e.acuteKidney.length > 0 || e.kidneyFailure || e.vesselHistology.length > 0) return false;
    return e.nonUraemicRisks.length === 1 || e.biopsyDeposit;
}

/** Calciphylaxis with its typical picture outranks what the levels alone suggest (Nigwekar 2018). */
function adjustForCalciphylaxis(support: Record<CalcinosisType, TypeSupport>): void {
    if (support.calciphylaxis.level < 2) return;
    const metastatic = support.metastatic;
    // Kept open only for uraemic nodules (normal levels in kidney failure): typical calciphylaxis lesions are not those.
    if (metastatic.rules?.includes(LevelRules.uraemicDeposits)) {
        support.metastatic = { level: 0, reasons: [], against: ['the lesions are those of calciphylaxis'], missing: [] };
    } else if (metastatic.level > 1) {
        support.metastatic = { ...metastatic, level: 1, against: [...metastatic.against, 'the lesions are those of calciphylaxis, where calcium and phosphate do not decide'], rules: [...(metastatic.rules ?? []), LevelRules.labsDoNotDecide] };
    }
    // Idiopathic means no cause; calciphylaxis is one.
    if (support.idiopathic.level > 0) support.idiopathic = { level: 0, reasons: [], against: ['the lesions are those of calciphylaxis'], missing: [] };
}

function decide(support: Record<CalcinosisType, TypeSupport>): Decision {
    adjustForCalciphylaxis(support);
    const ranked = TYPES.filter(t => support[t].level > 0)
        .sort((a, b) => support[b].level - support[a].level || a.localeCompare(b));
    if (ranked.length === 0) return { type: null, confidence: 'undetermined', candidates: [] };
    const best = support[ranked[0]].level;
    let top = ranked.filter(t => support[t].level === best);
    const preferred = TIE_PRECEDENCE.find(t => top.includes(t));
    if (top.length > 1 && preferred && best >= 2) top = [preferred];
    if (top.length > 1) return { type: null, confidence: 'undetermined', candidates: top };
    // Level 1 is "not excluded" (the consensus's "suspected"): a type only not excluded is not probable.
    if (best < 2) return { type: null, confidence: 'undetermined', candidates: ranked };
    return { type: top[0], confidence: best === 3 ? 'definite' : 'probable', candidates: ranked };
}

/** What would change the verdict: the chosen type's missing evidence, and what each other candidate lacks. */
function wouldChange(type: CalcinosisType | null, support: Record<CalcinosisType, TypeSupport>): string[] {
    const lines: string[] = [];
    if (type && support[type].level < 3 && support[type].missing.length > 0) lines.push(`${type} would be definite once the case records ${support[type].missing.join(' and ')}`);
    // Undetermined: the candidates' missing facts are already what settles it.
    if (!type) return lines;
    for (const other of TYPES) {
        if (other === type || support[other].level === 0) continue;
        const lacks = support[other].against.join('; ');
        if (lacks) lines.push(`${other}: not excluded — ${lacks}`);
        else if (support[other].level === support[type].level) lines.push(`${other}: ${LevelRules.tiePreference.value}; its reasons: ${support[other].reasons.map(r => r.text).join('; ')}`);
    }
    return lines;
}

/**
 * Circumscripta unless the lesions are spread over the body (knowledge/classification.ts
 * ExtentRule): away from joints over enough body regions, or over more regions counting the
 * periarticular deposits that circumscripta is known for.
 */
function inferExtent(lesions: LesionFact[]): { extent: CalcinosisExtent | null; reasons: Reason[]; missing: string[]; ask?: string; byDefinition?: boolean } {
    const sited = lesions.filter(l => l.siteEntry);
    if (sited.length === 0) return { extent: null, reasons: [], missing: lesions.length === 0 ? ['lesion'] : ['lesion site'] };
    const regionsOf = (some: LesionFact[]) => [...new Set(some.map(l => l.siteEntry!.region))];
    const regions = regionsOf(sited);
    const awayFromJoints = regionsOf(sited.filter(l => !l.siteEntry!.joint));
    const where = sited.map(l => `${l.name} at the ${l.side && l.side !== 'bilateral' ? `${l.side} ` : ''}${inSentence(l.siteEntry!.label)}${l.side === 'bilateral' ? ' on both sides' : ''}`).join(', ');
    const at = sited.map(l => l.site!.at);
    const diffuse = awayFromJoints.length >= ExtentRule.universalisFromRegions.value || regions.length >= ExtentRule.universalisFromRegionsWithJoints.value;
    if (diffuse) return { extent: 'universalis', reasons: [{ text: `lesions spread over ${regions.length} body regions: ${regions.join(', ')} (${where})`, at }], missing: [] };
    // Between the counts: neither confidently localised nor diffuse, so the writer says which.
    if (regions.length >= ExtentRule.undeterminedFromRegions.value) {
        return {
            extent: null, missing: [], ask: EXTENT_ASK,
            reasons: [{ text: `lesions in ${regions.length} body regions, ${regions.join(', ')}, which our count does not settle as localised or diffuse (${where})`, at }]
        };
    }
    const text = regions.length === 1 ? `lesions in one region, the ${regions[0]} (${where})`
        : `lesions at separate sites of ${regions.length} regions, ${regions.join(', ')}, not spread over the body (${where})`;
    // One lesion is localised by the definition itself (the seed's), not by our count of regions.
    return { extent: 'circumscripta', reasons: [{ text, at }], missing: [], byDefinition: sited.length === 1 };
}

/** An undetermined type's candidates, as the diagnostic and the summary say them: one only not excluded (level 1) is not "between" anything. */
function classificationFindings(facts: CaseFacts, c: Classification): Finding[] {
    const findings: Finding[] = [];
    const because = c.reasons.map(r => r.text).join('; ');
    const head = c.type ? `${c.headline} (${c.confidence})` : `${c.headline}${c.candidates.length === 1 ? ` (${candidateWords(c)})` : c.candidates.length ? ` ${candidateWords(c)}` : ''}`;
    findings.push({
        code: Codes.classification, severity: 'information', at: facts.nameAt,
        message: `${head}${because ? `: ${because}` : ''}.`,
        related: c.reasons.flatMap(r => r.at), sources: c.sources,
        data: { type: c.type, extent: c.extent, confidence: c.confidence }
    });
    // A definite type still asks for the extent the count leaves undetermined.
    const missing = c.confidence === 'definite' ? c.missing.filter(m => m === c.extentAsk) : c.missing;
    if (missing.length > 0) {
        const goal = c.type ? `To confirm ${c.type}` : c.candidates.length > 1 ? `To tell ${joinAnd(c.candidates, 'from')}` : 'To classify this case';
        findings.push({
            code: Codes.classificationIncomplete, severity: 'information', at: facts.nameAt,
            message: c.confidence === 'definite' ? `Record ${c.extentAsk}: the lesions' body regions do not settle it by our count.` : `${goal}, record ${joinAnd(missing, 'and')}.`,
            data: { missing }
        });
    }
    if (c.ossification) {
        const o = OssificationDifferential;
        const where = c.ossification.reasons.map(r => r.text).join('; ');
        findings.push(c.ossification.alone ? {
            code: Codes.classificationConflict, severity: 'warning', at: facts.nameAt,
            message: `The record describes bone, not calcium deposits (${where}): ${o.distinct.value} ${o.notCalcinosisPlan.value}`,
            sources: [o.distinct.source, o.notCalcinosisPlan.source], data: { declared: facts.declared.type?.term ?? null, inferred: null }
        } : {
            code: Codes.classificationConflict, severity: 'information', at: facts.nameAt,
            message: `${capitalise(o.withCalcium.value)} (${where}). ${o.distinct.value}`,
            sources: [o.withCalcium.source, o.distinct.source], data: { declared: facts.declared.type?.term ?? null, inferred: c.type }
        });
    }
    const declaredType = facts.declared.type;
    if (declaredType?.known) {
        const declared = declaredType.term as CalcinosisType;
        const support = c.support[declared];
        const contradicted = declaredTypeContradicted(declared, c, c.support);
        const views = [TumoralClassification.idiopathic, TumoralClassification.metastatic];
        if (contradicted && support.disputed) {
            // Classed both ways in the literature: the disagreement is information, not a conflict to fix.
            findings.push({
                code: Codes.classificationConflict, severity: 'information', at: declaredType.at,
                message: `Declared ${declared}, which the sources disagree on: ${views.map(v => `${uncapitalise(v.value.replace(/\.$/, ''))} (${Sources[v.source].short})`).join('; ')}. The classification follows the seed (${c.type}).`,
                sources: views.map(v => v.source), data: { declared, inferred: c.type }
            });
        } else if (contradicted) {
            const why = support.against.length > 0 ? support.against.join('; ') : `the facts support ${c.type} better`;
            findings.push({
                code: Codes.classificationConflict, severity: 'warning', at: declaredType.at,
                message: `Declared ${declared}, but ${why}.${c.type ? ` The facts point to ${c.type} (${c.confidence}): ${c.support[c.type].reasons.map(r => r.text).join('; ') || 'see the classification'}.` : ''}`,
                sources: ['seed'], data: { declared, inferred: c.type }
            });
        }
    }
    const declaredExtent = facts.declared.extent;
    // The declared extent stands; where our count differs it is said as information, not as a conflict to fix.
    if (declaredExtent?.known && c.inferredExtent && declaredExtent.term !== c.inferredExtent && gradedByExtent(c.type) && c.inferredByDefinition) {
        // Not our count but the definition: a single recorded lesion is localised. The declaration still stands for the plan.
        findings.push({
            code: Codes.classificationConflict, severity: 'warning', at: declaredExtent.at,
            message: `Declared ${declaredExtent.term}, but the one lesion recorded (${c.extentReasons.map(r => r.text).join('; ')}) is circumscripta by definition: ${ExtentRule.definition.value} Record the other lesions, or declare circumscripta.`,
            sources: [ExtentRule.definition.source], data: { declared: declaredExtent.term, inferred: c.inferredExtent }
        });
    } else if (declaredExtent?.known && c.inferredExtent && declaredExtent.term !== c.inferredExtent && gradedByExtent(c.type)) {
        findings.push({
            code: Codes.classificationConflict, severity: 'information', at: declaredExtent.at,
            message: `Declared ${declaredExtent.term} stands, and the plan goes by it. Our count of the lesions' body regions gives ${c.inferredExtent} (${c.extentReasons.map(r => r.text).join('; ')}), but ${ExtentRule.countIsOurs.value}.`,
            sources: ['seed'], data: { declared: declaredExtent.term, inferred: c.inferredExtent }
        });
    }
    return findings;
}

/**
 * A type as a diagnosis, as a sentence names it: "dystrophic calcinosis cutis"; calciphylaxis
 * is a disease of its own name (Nigwekar 2018; the seed lists it as the fifth type), never
 * "calciphylaxis calcinosis cutis"; "calcinosis cutis" while the type is undetermined.
 */
export function diagnosisName(type: CalcinosisType | null): string {
    if (!type) return 'calcinosis cutis';
    return type === 'calciphylaxis' ? typeWords(type) : `${typeWords(type)} cutis`;
}

/** A calcinosis type in a sentence, short: `dystrophic calcinosis`, `calciphylaxis` (the dose checks' words). */
export function typeWords(type: CalcinosisType): string {
    const label = (CalcinosisTypes.find(t => t.term === type)?.label ?? type).toLowerCase();
    return type === 'calciphylaxis' ? label : `${label} calcinosis`;
}

/** What the extent a plan goes by rests on: the lesions' regions, the declaration, or what to record for one. */
export function extentBasis(c: Classification): string {
    if (!c.effectiveExtent) return c.extentAsk ? `${c.extentReasons.map(r => r.text).join('; ')}: record ${c.extentAsk}` : 'the extent is unknown: record the site of each lesion';
    return c.effectiveExtent.declared ? `the declared extent, ${c.effectiveExtent.extent}` : c.extentReasons.map(r => r.text).join('; ');
}

/** Whether a type is named and managed by its extent (not calciphylaxis: knowledge/classification.ts). */
export function gradedByExtent(type: CalcinosisType | null): boolean {
    return !type || !NotGradedByExtent.value.includes(type);
}

function headline(type: CalcinosisType | null, extent: CalcinosisExtent | null): string {
    const name = `${capitalise(diagnosisName(type))}${extent && gradedByExtent(type) ? `, ${extent}` : ''}`;
    return type ? name : `${name}: type undetermined`;
}

/** A condition's category in words (renalFailure: renal failure), written once per category, not by a replacement per condition (about 1 ms of a cold check of 1,000 cases). */
const wordsOfCategory = new Map<string, string>();

function categoryWords(category: string): string {
    let words = wordsOfCategory.get(category);
    if (words === undefined) wordsOfCategory.set(category, words = category.replace(/([A-Z])/g, ' $1').toLowerCase());
    return words;
}

function uncapitalise(text: string): string {
    return text.charAt(0).toLowerCase() + text.slice(1);
}

function capitalise(text: string): string {
    return text.charAt(0).toUpperCase() + text.slice(1);
}

function uniqueReason(reason: Reason, index: number, all: Reason[]): boolean {
    return all.findIndex(r => r.text === reason.text) === index;
}
