/**
 * Which management the evidence points to, decided once per case: the steps of the
 * type's plan (knowledge/management.ts) in the order a clinician acts, those that apply
 * to this case's situation (kidneys, cause, extent, age, subtype), each with why. The
 * summary and the hover present the plan; the rule below warns when a treatment goes
 * against it.
 */
import { AcuteKidneyInjuryCalciphylaxis, AuricularCalcification, ExcisionLesions, CalciphylaxisMorphology, CalciumInfusions, CategorySupport, IrradiatedExcision, LifestyleByType, ManagementSteps, ParathyroidectomyFit, PastInjuries, PenileCalciphylaxis, PlanReasons, PoorHealingExcision, Sources, StepOrder, Thresholds, TransplantCalciphylaxis, UniversalisExcision, VitaminDExcess, type CalcinosisType, type ManagementStep, type PlanSituation, type PthState, type Sourced, type SourceId, type StepKey, type StepVariant } from '../knowledge/index.js';
import type { CaseFacts, LesionFact } from '../facts/case-facts.js';
import { Codes } from '../diagnostic-codes.js';
import { gradedByExtent, type Classification } from './classify.js';
import type { Finding } from './finding.js';
import type { HypercalcaemiaBand, LabEvidence, LabStatus } from './labs.js';
import { calciumBand, judgedQuantity, productShown, writtenValue } from './labs.js';
import { formatQuantity } from './format.js';
import { inSentence } from './in-sentence.js';
import { kidneyDisease } from './kidney.js';

/** How a step fits this case: advised, a reported alternative, against the evidence, or unknown without the extent. */
export type ApproachFit = 'suited' | 'alternative' | 'not-suited' | 'extent-unknown';

/**
 * Whose expectant course an iatrogenic calcinosis follows: calcium-heparin injections and electrode
 * paste have their own reports; a calcium infusion (or any other source) the extravasation series.
 */
export type ExpectantCause = 'heparinCalcium' | 'electrodePaste' | 'extravasation';

export interface PlanStep {
    step: ManagementStep;
    /** The step's advice for this case: its own, and any for a condition the case records. */
    advice: ManagementStep['advice'];
    fit: ApproachFit;
    /** Why the step applies to this case, from its facts. */
    why: string;
}

export interface ManagementPlan {
    /** The type the plan is for (the classification's, else the declared one); null: classify first. */
    type: CalcinosisType | null;
    steps: PlanStep[];
    /** The drugs that fit this plan, by term, in the order of its steps. */
    drugs: string[];
    /** What the fits rest on: the extent the analysis inferred, else the one declared; null where the type is not managed by extent (calciphylaxis). */
    extent: Classification['extent'];
    /** Whether the plan goes by extent at all: calciphylaxis is managed by its cause and wounds. */
    byExtent: boolean;
    /** Under a year old: the age in which the expectant course of extravasation is reported. */
    infant: boolean;
    /** Under 18 years: the age in which electrode-paste calcinosis is reported to resolve on its own. */
    child: boolean;
    /** Whose expectant course the iatrogenic plan's watch-and-wait step rests on, where the plan has that step. */
    expectantCause?: ExpectantCause;
    /** Lesions recorded as necrotic or ulcerated: they change the iatrogenic plan. */
    necrotic: string[];
    /** Lifestyle measures (advice terms) that fit this plan. */
    lifestyle: string[];
    /** Calcium or phosphate still raised, or Ca × P above its limit: the levels the metastatic plan corrects before any excision. */
    levelsHigh: boolean;
}

interface Situation {
    facts: CaseFacts;
    classification: Classification;
    labs: LabEvidence;
    extent: Classification['extent'];
    kidneyFailure: boolean;
    /** A kidney transplant recorded (knowledge TransplantCalciphylaxis). */
    transplant: boolean;
    /** Acute kidney injury recorded (knowledge AcuteKidneyInjuryCalciphylaxis). */
    acuteKidney: boolean;
    /** Tertiary hyperparathyroidism recorded (knowledge ParathyroidectomyFit.tertiary). */
    tertiary: boolean;
    infant: boolean;
    necrotic: string[];
    /** The recorded terms (conditions, exposures, the declared subtype): what a step's advice and drugs may depend on. */
    recorded: Set<string | undefined>;
    /** The states of the case the steps' variants are keyed on. */
    situations: Set<PlanSituation>;
    /** The albumin-corrected (else measured) calcium in mg/dL where it is a hypercalcaemic crisis. */
    crisis?: string;
}

export function managementPlan(facts: CaseFacts, classification: Classification, labs: LabEvidence): ManagementPlan {
    const extent = classification.effectiveExtent?.extent ?? null;
    const declared = facts.declared.type?.known ? facts.declared.type.term as CalcinosisType : null;
    // Bone alone (osteoma cutis): no calcinosis plan, declared or not.
    const type = classification.ossification?.alone ? null : classification.type ?? (declared && classification.candidates.includes(declared) ? declared : null);
    const recorded = recordedTerms(facts, classification);
    const necrotic = necroticLesions(facts);
    const situation: Situation = {
        facts, classification, labs, extent,
        kidneyFailure: labs.kidney.kidneyFailure,
        transplant: facts.conditions.some(c => c.condition && TransplantCalciphylaxis.conditions.value.includes(c.condition.term)),
        acuteKidney: facts.conditions.some(c => c.condition && AcuteKidneyInjuryCalciphylaxis.conditions.value.includes(c.condition.term)),
        tertiary: facts.conditions.some(c => c.condition && ParathyroidectomyFit.tertiary.value.includes(c.condition.term)),
        infant: facts.patient.ageYears !== undefined && facts.patient.ageYears < Thresholds.infantUpToYears.value,
        necrotic: necrotic.map(l => l.name),
        recorded,
        situations: situationsOf(facts, labs, recorded, necrotic),
        crisis: crisisCalcium(labs)
    };
    const typed = type ? StepOrder[type].map(key => fitStep(key, situation)).filter((s): s is PlanStep => s !== undefined) : untyped(situation);
    // Bone described with calcium deposits: the differential leads the calcinosis plan.
    const differential = classification.ossification && !classification.ossification.alone ? [fitStep('ossificationDifferential', situation)!, ...typed] : typed;
    // A calcified ear: its systemic causes are asked for whatever the type, after a crisis only.
    const steps = withAuricularCauses(differential, fitStep('auricularCauses', situation));
    // Drugs only for a typed plan: which drugs fit depends on the type.
    const drugs = type ? [...new Set(steps.filter(s => s.fit !== 'not-suited').flatMap(s => s.step.drugs ?? []))] : [];
    // Bone alone is not graded by the extent of calcinosis cutis.
    const byExtent = gradedByExtent(type) && !classification.ossification?.alone;
    const levelsHigh = raised(labs, 'calcium') || raised(labs, 'phosphate') || labs.product?.above === true;
    const expectantCause = steps.some(p => p.step.key === 'iatrogenicExpectant') ? expectantCauseOf(situation) : undefined;
    return {
        type, steps, drugs, extent: byExtent ? extent : null, byExtent, infant: situation.infant, child: situation.situations.has('child'), expectantCause,
        necrotic: situation.necrotic, lifestyle: lifestyleFor(type, situation), levelsHigh
    };
}

/** The plan with the calcified ear's step first, or second after a hypercalcaemic crisis. */
function withAuricularCauses(steps: PlanStep[], auricular: PlanStep | undefined): PlanStep[] {
    if (!auricular) return steps;
    const crisis = steps[0]?.step.key === 'hypercalcaemicCrisis' ? 1 : 0;
    return [...steps.slice(0, crisis), auricular, ...steps.slice(crisis)];
}

/** A lesion at the ear (knowledge AuricularCalcification), by the site's entry. */
function atTheEar(lesion: CaseFacts['lesions'][number]): boolean {
    const site = lesion.siteEntry?.term;
    return site !== undefined && AuricularCalcification.sites.value.includes(site);
}

/** The terms a step's advice may depend on: conditions, exposures, the declared subtype, and the causes the classification read from the facts. */
function recordedTerms(facts: CaseFacts, classification: Classification): Set<string | undefined> {
    return new Set([
        ...facts.conditions.map(c => c.condition?.term),
        ...facts.exposures.map(e => e.exposure?.term),
        facts.declared.subtype?.known ? facts.declared.subtype.term : undefined,
        // A cause the classification read from the facts (vitamin D given with a raised calcium) gets its condition's advice.
        ...classification.support.metastatic.reasons.map(r => r.standsFor)
    ]);
}

/** Lesions recorded as ulcerated, or with a morphology of necrosis (the late picture of calciphylaxis), read as their entries. */
function necroticLesions(facts: CaseFacts): CaseFacts['lesions'] {
    return facts.lesions.filter(l => l.ulcerated || l.morphology.some(m => CalciphylaxisMorphology.late.value.includes(m.canonical)));
}

/** A lesion at the penis (knowledge PenileCalciphylaxis), by the site's entry. */
function penile(lesion: CaseFacts['lesions'][number]): boolean {
    const site = lesion.siteEntry?.term;
    return site !== undefined && PenileCalciphylaxis.sites.value.includes(site);
}

/** The states the steps' variants are keyed on (knowledge PlanSituation), decided once per case. */
function situationsOf(facts: CaseFacts, labs: LabEvidence, recorded: Set<string | undefined>, necrotic: CaseFacts['lesions']): Set<PlanSituation> {
    const kidney = labs.kidney;
    const age = facts.patient.ageYears;
    const states: [PlanSituation, boolean][] = [
        ['kidneyFailure', kidney.kidneyFailure],
        ['phosphateRaised', raised(labs, 'phosphate') || kidney.kidneyFailure],
        ['haemodialysis', kidney.dialysisModality === 'haemodialysis'],
        ['peritonealDialysis', kidney.dialysisModality === 'peritoneal'],
        ['dialysisModalityUnknown', kidney.dialysis !== undefined && kidney.dialysisModality === undefined],
        ['notPastInfancy', age === undefined || age < Thresholds.infantUpToYears.value],
        ['pastInfancy', age !== undefined && age >= Thresholds.infantUpToYears.value],
        ['child', age !== undefined && age < Thresholds.adultFromYears.value],
        ['notChild', age === undefined || age >= Thresholds.adultFromYears.value],
        ['adolescent', age !== undefined && age < Thresholds.adultFromYears.value && age > Thresholds.aluminiumBinderAdolescentAboveYears.value],
        ['youngChild', age !== undefined && age <= Thresholds.aluminiumBinderAdolescentAboveYears.value],
        ['vitaminDExcess', recorded.has(VitaminDExcess.condition.value)],
        ['calciumInfusion', facts.exposures.some(e => e.exposure && CalciumInfusions.value.includes(e.exposure.term))],
        ['calciumRaised', calciumStatus(labs) === 'high'],
        ['calciumLow', calciumStatus(labs) === 'low'],
        ['phosphateHigh', raised(labs, 'phosphate')],
        ['phosphateAboveAluminiumLimit', phosphateAbove(labs, Thresholds.aluminiumBinderPhosphateAbove.value)],
        ['onDialysis', kidney.dialysis !== undefined],
        ['notOnDialysis', kidney.dialysis === undefined],
        ['ckdG4G5OrUnstaged', (!kidney.acuteOnly && (kidney.category === 'G4' || kidney.category === 'G5')) || kidney.stageUnknown],
        ['kidneyDisease', kidneyDisease(kidney)],
        ['noKidneyDisease', !kidneyDisease(kidney)],
        // The eGFR's category, or where only a creatinine is written its Cockcroft-Gault clearance below G3b's lower bound.
        ['gfrBelow30', kidney.category === 'G4' || kidney.category === 'G5' || kidney.dialysis !== undefined
            || (kidney.category === undefined && kidney.creatinineClearance !== undefined && kidney.creatinineClearance.value < Thresholds.gfrCategories.g3bFrom.value)],
        ['penileNecrosis', necrotic.some(penile)],
        ['calcitriolUnmeasured', labs.byAnalyte.calcitriol?.usable !== true]
    ];
    return new Set(states.filter(([, holds]) => holds).map(([state]) => state));
}

/** A usable calcium (judged: albumin-corrected, else measured), phosphate or PTH above its interval: what the plan calls raised, decided here once. */
function raised(labs: LabEvidence, term: 'calcium' | 'phosphate' | 'pth'): boolean {
    const lab = labs.byAnalyte[term];
    return lab?.usable === true && lab.status === 'high';
}

/** A usable phosphate above a limit in mg/dL (its canonical unit). */
function phosphateAbove(labs: LabEvidence, mgDl: number): boolean {
    const lab = labs.byAnalyte.phosphate;
    return lab?.usable === true && lab.canonical !== undefined && lab.analyte?.canonicalUnit === 'mg/dL' && lab.canonical > mgDl;
}

/** The judged (albumin-corrected, else measured) calcium, else the ionized calcium, as high, low or normal; undefined unmeasured. */
function calciumStatus(labs: LabEvidence): LabStatus | undefined {
    const calcium = [labs.byAnalyte.calcium, labs.byAnalyte.ionizedCalcium].find(lab => lab?.usable);
    return calcium?.status;
}

/** The low calcium the why gives (judged: albumin-corrected, else measured; else ionized). */
function lowCalciumWords(labs: LabEvidence): string {
    const calcium = [labs.byAnalyte.calcium, labs.byAnalyte.ionizedCalcium].find(lab => lab?.usable)!;
    const value = calcium.judged ? judgedQuantity(calcium) : writtenValue(calcium);
    return `${inSentence(calcium.judged?.label ?? calcium.analyte!.label)} ${value} low`;
}

/** The judged calcium, as written for the why, where it reaches the crisis band (Thresholds.hypercalcaemia, StatPearls). */
function crisisCalcium(labs: LabEvidence): string | undefined {
    const calcium = labs.byAnalyte.calcium;
    if (!calcium?.usable || calcium.status !== 'high' || !calcium.judged) return undefined;
    if (calciumBand(calcium.judged.value) !== 'hypercalcaemic crisis') return undefined;
    return `${inSentence(calcium.judged.label)} ${judgedQuantity(calcium)}`;
}

function lifestyleFor(type: CalcinosisType | null, s: Situation): string[] {
    const terms = type ? LifestyleByType.value[type] : [];
    const smokes = s.facts.smoking === 'yes' || s.facts.smoking === 'former';
    // The diet is the kidney disease's (the advice term says so): a raised phosphate with CKD, or kidney failure.
    const phosphateHigh = (raised(s.labs, 'phosphate') && kidneyDisease(s.labs.kidney)) || s.kidneyFailure;
    // Cold and stress: for the blood flow of the hands in systemic sclerosis and Raynaud phenomenon (the seed).
    const raynaud = s.facts.conditions.some(c => c.condition?.term === 'raynaud' || c.condition?.term === 'systemicSclerosis');
    return terms.filter(term => (term !== 'smokingCessation' || smokes) && (term !== 'lowPhosphateDiet' || phosphateHigh)
        && ((term !== 'avoidCold' && term !== 'reduceStress') || raynaud));
}

/**
 * Type undetermined: classify first; the seed's rule by extent (surgery for localised, medical
 * management for generalised disease) is offered only where neither calciphylaxis, an
 * iatrogenic cause nor uraemic (metastatic, in kidney failure) deposits are in question.
 */
function untyped(s: Situation): PlanStep[] {
    // Bone, not calcium deposits: the differential instead of a calcinosis plan (a crisis still first).
    if (s.classification.ossification?.alone) return [fitStep('hypercalcaemicCrisis', s), fitStep('ossificationDifferential', s)].filter((p): p is PlanStep => p !== undefined);
    const missing = s.classification.missing;
    const first: PlanStep = { step: ManagementSteps.classifyFirst, advice: ManagementSteps.classifyFirst.advice, fit: 'suited', why: missing.length ? `record ${missing.join(', ')}` : 'the type is undetermined' };
    // A hypercalcaemic crisis comes first whatever the type.
    const crisis = fitStep('hypercalcaemicCrisis', s);
    const lead = crisis ? [crisis, first] : [first];
    // Nor in kidney failure with metastatic calcinosis open: uraemic deposits are treated by the levels and the dialysis first.
    if (s.classification.candidates.some(t => t === 'calciphylaxis' || t === 'iatrogenic' || (t === 'metastatic' && s.kidneyFailure))) return lead;
    return [...lead, ...(['dystrophicExcision', 'dystrophicMedical'] as const).flatMap(key => fitStep(key, s) ?? [])];
}

/** The step as it fits this case, or undefined when it does not apply. */
function fitStep(key: StepKey, s: Situation): PlanStep | undefined {
    const step = ManagementSteps[key];
    const extra = forRecorded(step.adviceWith, s.recorded);
    const withDrugs = forRecorded(step.drugsWith, s.recorded);
    const notWith = forRecorded(step.drugsNotWith, s.recorded);
    const shaped = withDrugs.length || notWith.length ? { ...step, drugs: [...new Set([...(step.drugs ?? []), ...withDrugs])].filter(d => !notWith.includes(d)) } : step;
    const variants = (step.variants ?? []).filter(v => v.when.every(state => s.situations.has(state)) && (!v.recorded || v.recorded.some(term => s.recorded.has(term)))
        && !v.notRecorded?.some(term => s.recorded.has(term)));
    // Two recorded conditions (dialysis and CKD), or a condition and a state, may call for the same sentence: say it once.
    const plan = (fit: ApproachFit, why: string): PlanStep => onceEach(variants.reduce(withVariant, { step: shaped, advice: [...step.advice, ...extra], fit, why }));
    const { facts, labs } = s;
    switch (key) {
        case 'calciphylaxisWoundsPain':
            return plan('suited', s.necrotic.length ? `necrotic or ulcerated lesion ${s.necrotic.join(', ')}` : 'calciphylaxis is intensely painful and wounds are the portal of sepsis');
        case 'calciphylaxisTriggers': {
            const stops = stopsRecorded(facts, step);
            return plan('suited', stops.length ? `recorded: ${stops.join(', ')}` : 'calciphylaxis; none of these is recorded, so check the medication list for them');
        }
        case 'calciphylaxisCause': {
            if (s.kidneyFailure) return undefined;
            const risks = s.classification.support.calciphylaxis.reasons.flatMap(r => r.riskFactor ?? []);
            // Chronic kidney disease of no recorded stage may be kidney failure: non-uraemic is not known.
            if (labs.kidney.stageUnknown) {
                return withParathyroidectomy(plan('alternative', `chronic kidney disease is recorded without dialysis or an eGFR: this step is for calciphylaxis without kidney failure (record dialysis or the eGFR)${risks.length ? `; recorded: ${risks.join(', ')}` : ''}`), s);
            }
            if (s.transplant) {
                const others = risks.filter(r => r !== TransplantCalciphylaxis.riskFactor.value);
                return withParathyroidectomy(plan('suited', `${TransplantCalciphylaxis.why.value}${others.length ? `; recorded: ${others.join(', ')}` : ''}`), s);
            }
            if (s.acuteKidney) {
                const others = risks.filter(r => r !== AcuteKidneyInjuryCalciphylaxis.riskFactor.value);
                return withParathyroidectomy(plan('suited', `${AcuteKidneyInjuryCalciphylaxis.why.value}${others.length ? `; recorded: ${others.join(', ')}` : ''}`), s);
            }
            return withParathyroidectomy(plan('suited', risks.length ? `non-uraemic calciphylaxis: ${risks.join(', ')}` : 'no kidney failure is recorded'), s);
        }
        case 'calciphylaxisMineral': {
            const deranged = derangedLabs(labs);
            if (!s.kidneyFailure && deranged.length === 0) return undefined;
            const pth = pthState(labs);
            const calciumLow = pth === 'above' && s.kidneyFailure && calciumStatus(labs) === 'low';
            const why = [s.kidneyFailure ? 'kidney failure' : '', ...deranged, calciumLow ? lowCalciumWords(labs) : '', pth === 'unmeasured' ? 'PTH not recorded' : pth === 'above' ? '' : `PTH ${pthWords(labs)}`].filter(Boolean).join('; ');
            // The dialysis target and cinacalcet's dialysis indication hold only in kidney failure.
            // After a transplant without kidney failure, the transplant's own words first (not 'non-uraemic').
            // In CKD short of kidney failure, without primary hyperparathyroidism recorded or a raised calcium, the PTH is the kidney disease's.
            const ckdPth = !s.kidneyFailure && !s.transplant && kidneyDisease(labs.kidney) && !s.situations.has('calciumRaised')
                && !facts.conditions.some(c => c.condition && ParathyroidectomyFit.conditions.value.includes(c.condition.term));
            const transplantHypercalcaemic = !s.kidneyFailure && s.transplant && pth === 'above' && (s.situations.has('calciumRaised') || s.tertiary);
            const byPth = (transplantHypercalcaemic && step.byPthAfterTransplantHypercalcaemic) || (!s.kidneyFailure && s.transplant && step.byPthAfterTransplant?.[pth]) || (ckdPth && step.byPthInKidneyDisease?.[pth]) || (!s.kidneyFailure && step.byPthWithoutKidneyFailure?.[pth])
                || (calciumLow && step.byPthAboveCalciumLow) || step.byPth?.[pth];
            return withVariant(plan('suited', why), byPth);
        }
        case 'hypercalcaemicCrisis': {
            const band = Thresholds.hypercalcaemia.crisisFrom;
            return s.crisis ? plan('suited', `${s.crisis}: a hypercalcaemic crisis (${formatQuantity(band.value, 'mg/dL')} and above, ${Sources[band.source].short})`) : undefined;
        }
        case 'calciphylaxisThiosulfate':
            if (s.kidneyFailure) return plan('suited', 'calciphylaxis in kidney failure (off-label, observational evidence)');
            // Unstaged CKD may be kidney failure: neither reason is known, so ask for the stage.
            if (labs.kidney.stageUnknown) return plan('alternative', 'used in calciphylaxis in kidney failure and also without it (off-label); chronic kidney disease is recorded without dialysis or an eGFR (record them)');
            return plan('alternative', s.transplant ? TransplantCalciphylaxis.thiosulfateWhy.value : s.acuteKidney ? AcuteKidneyInjuryCalciphylaxis.thiosulfateWhy.value : 'also used in non-uraemic calciphylaxis (off-label)');
        case 'calciphylaxisAdjuncts':
            return plan('alternative', 'for wounds that do not heal');
        case 'calciphylaxisSurgery': {
            // A lesion whose only late feature is eschar (dry, by its definition) is left alone (CalciphylaxisMorphology.leftAlone).
            const eschar = (l: LesionFact) => !l.ulcerated && l.morphology.every(m => !CalciphylaxisMorphology.late.value.includes(m.canonical) || CalciphylaxisMorphology.leftAlone.value.includes(m.canonical));
            const lesions = facts.lesions.filter(l => s.necrotic.includes(l.name));
            const debride = lesions.filter(l => !eschar(l)).map(l => l.name);
            const dry = lesions.filter(eschar).map(l => l.name);
            if (debride.length) return plan('suited', `necrotic or infected tissue of ${debride.join(', ')}`);
            return plan('alternative', dry.length ? `the eschar of ${dry.join(', ')} is left alone while it is dry and uninfected; debride once tissue is necrotic, draining or infected` : 'only once tissue is necrotic or infected');
        }
        case 'metastaticCause': {
            const causes = s.classification.support.metastatic.reasons.filter(r => r.cause).map(r => r.text);
            // A raised calcitriol names the mechanism (granulomas, vitamin D excess) the cause's advice acts on.
            const calcitriol = labs.byAnalyte.calcitriol;
            const mechanism = calcitriol?.usable && calcitriol.status === 'high' ? `; ${inSentence(calcitriol.analyte!.label)} ${writtenValue(calcitriol)} high` : '';
            return withParathyroidectomy(plan('suited', `${causes.length ? causes.join(', ') : 'look for the cause of the raised calcium or phosphate'}${mechanism}`), s);
        }
        case 'metastaticLevels': {
            const deranged = derangedLabs(labs);
            return plan('suited', deranged.length ? deranged.join('; ') : 'calcium or phosphate raised');
        }
        case 'metastaticSurgery':
            if (s.recorded.has('subcutaneousFatNecrosis')) return notExcised(plan);
            return plan('alternative', 'a deposit still symptomatic once the levels are corrected');
        case 'iatrogenicSource': {
            const sources = facts.exposures.filter(e => e.exposure?.gives).map(e => e.exposure!.label);
            return sources.length ? plan('suited', sources.join(', ')) : undefined;
        }
        case 'iatrogenicNecrosis':
            return s.necrotic.length ? plan('suited', `necrotic or ulcerated lesion ${s.necrotic.join(', ')}`) : undefined;
        case 'iatrogenicExpectant': {
            const planned = plan('suited', '');
            // Pastes, dressings and enemas have no reported expectant course here: no step without its evidence.
            if (planned.advice.length === 0) return undefined;
            const healed = s.necrotic.length ? 'once the wound has healed' : '';
            const cause = expectantCauseOf(s);
            if (cause === 'heparinCalcium') return { ...planned, why: healed || 'calcium-containing heparin injections, without necrosis' };
            if (cause === 'electrodePaste') return { ...planned, why: healed || 'electrode-paste calcinosis, once the paste is removed' };
            if (s.infant) return { ...planned, why: healed || 'extravasation without necrosis in an infant' };
            const reported = (s.situations.has('pastInfancy') ? PlanReasons.expectantAfterInfancy : PlanReasons.expectantInNeonates).value;
            return { ...planned, fit: 'alternative', why: [healed, reported].filter(Boolean).join('; ') };
        }
        case 'heelStickExpectant':
            return facts.injuries.some(i => i.injury?.classedAs?.value === 'iatrogenic') ? plan('suited', 'heel-stick nodules') : undefined;
        case 'dystrophicUnderlying': {
            // A past injury alone (an operation, frostbite) leaves no disease to treat.
            if (onlyPastInjuries(facts)) return undefined;
            // Nor is one named beside the disease that is treated.
            const past = new Set(facts.injuries.filter(i => i.injury && PastInjuries.value.includes(i.injury.term)).map(i => i.term.at.offset));
            const causes = s.classification.support.dystrophic.reasons.filter(r => r.cause && !r.at.some(at => past.has(at.offset))).map(r => r.text);
            return plan('suited', causes.length ? causes.join(', ') : 'the disease that damaged the tissue');
        }
        case 'dystrophicExcision': {
            const own = ownTreatment(s);
            // The cause's own evidence replaces the sentences of connective tissue disease and their 'not for widespread disease'.
            const ownAdvice = { advice: extra, step: { ...step, against: undefined } };
            if (own?.cause === 'tumour') return { ...plan('suited', `a calcified tumour (${own.labels.join(', ')}): ${PlanReasons.tumourExcised.value}`), ...(extra.length ? ownAdvice : {}) };
            if (own?.cause === 'pancreatic') return { ...plan('not-suited', PlanReasons.pancreaticPanniculitis.value), ...ownAdvice };
            if (s.recorded.has('subcutaneousFatNecrosis')) return notExcised(plan);
            const lesionCount = facts.lesions.reduce((n, l) => n + (l.count ?? 1), 0);
            const fitted = s.extent === 'circumscripta'
                ? (lesionCount > ExcisionLesions.manyAbove.value
                    ? plan('alternative', `${lesionCount} lesions (more than ${ExcisionLesions.manyAbove.value}): ${PlanReasons.excisionManyLesions.value}`)
                    : plan('suited', 'small, localised lesions (circumscripta): excise those that are symptomatic'))
                : s.extent === 'universalis' ? plan('not-suited', 'generalised disease (universalis)')
                    : plan('extent-unknown', s.classification.extentAsk ? `the lesions' regions do not settle localised or generalised disease: record ${s.classification.extentAsk}` : 'record the site of each lesion to tell localised from generalised disease');
            return withActiveMyositis(fitted, s);
        }
        case 'dystrophicMedical':
            // The drugs reported for calcinosis in connective tissue disease are not those of a tumour or of pancreatic panniculitis.
            if (ownTreatment(s)) return undefined;
            return s.extent === 'universalis' ? plan('suited', 'generalised disease (universalis)')
                : plan('alternative', s.extent === 'circumscripta' ? 'lesions not suited to surgery, or alongside it' : 'the extent is unknown');
        case 'dystrophicPhysical':
            return ownTreatment(s) ? undefined : plan('alternative', 'superficial or painful deposits');
        case 'tumoralPhosphate':
            return hyperphosphataemicTumoral(s) ? plan('suited', `tumoral calcinosis with phosphate ${writtenValue(labs.byAnalyte.phosphate!)} high and ${kidneyDisease(labs.kidney) ? 'chronic kidney disease short of kidney failure' : 'kidneys not failing'}`) : undefined;
        case 'idiopathicExcision': {
            const subtype = facts.declared.subtype?.known ? facts.declared.subtype : undefined;
            // A subtype with evidence of its own says it instead of the general sentence.
            const own = extra.length ? { advice: extra } : {};
            if (hyperphosphataemicTumoral(s)) return { ...plan('alternative', 'masses that limit function'), ...own };
            if (subtype?.term === 'miliaLike') return { ...plan('alternative', `only a papule that is symptomatic or in diagnostic doubt: ${subtype.label} ${PlanReasons.miliaLikeRegresses.value}`), ...own };
            if (subtype) return { ...plan('suited', subtype.label), ...own };
            return { ...excisionBySymptoms(plan, facts.lesions), ...own };
        }
        case 'idiopathicExpectant':
            return s.recorded.has('miliaLike') ? plan('suited', `${facts.declared.subtype!.label}${s.recorded.has('downSyndrome') ? ' with Down syndrome' : ''}: ${PlanReasons.miliaLikePapulesRegress.value}`) : undefined;
        case 'ossificationDifferential':
            return plan('suited', s.classification.ossification!.reasons.map(r => r.text).join('; '));
        case 'auricularCauses': {
            if (facts.declared.subtype && AuricularCalcification.notSubtypes.value.includes(facts.declared.subtype.term)) return undefined;
            const ears = facts.lesions.filter(atTheEar).map(l => l.name);
            return ears.length ? plan('suited', `${ears.join(', ')} at the ear`) : undefined;
        }
        case 'classifyFirst':
            return undefined;
    }
}

/** The expectant course the case's source has (ExpectantCause): a calcium infusion recorded is read as extravasation whatever else is. */
function expectantCauseOf(s: Situation): ExpectantCause {
    if (s.situations.has('calciumInfusion')) return 'extravasation';
    if (s.recorded.has('heparinCalcium')) return 'heparinCalcium';
    return s.recorded.has('electrodePaste') ? 'electrodePaste' : 'extravasation';
}

/**
 * Excision of idiopathic lesions is for symptomatic ones (the seed): it suits the case only where a
 * lesion is recorded painful, ulcerated or discharging; recorded without any of these, it is an
 * option for a lesion that becomes so; with none of them recorded, the case is asked for them.
 */
function excisionBySymptoms(plan: (fit: ApproachFit, why: string) => PlanStep, lesions: CaseFacts['lesions']): PlanStep {
    const symptom = (l: CaseFacts['lesions'][number]) => l.pain && l.pain.term !== 'none' ? 'painful' : l.ulcerated ? 'ulcerated' : l.discharge !== undefined ? 'discharging' : undefined;
    const symptomatic = lesions.flatMap(l => symptom(l) ? [`${l.name} ${symptom(l)}`] : []);
    if (symptomatic.length) return plan('suited', `${PlanReasons.excisionSymptomatic.value} (${symptomatic.join(', ')})`);
    const painless = lesions.filter(l => l.pain?.term === 'none' || l.ulcerated === false);
    if (painless.length) return plan('alternative', `${PlanReasons.excisionNoneSymptomatic.value} (${painless.map(l => `${l.name} ${l.pain?.term === 'none' ? 'painless' : 'not ulcerated'}`).join(', ')})`);
    return plan('alternative', PlanReasons.excisionSymptomsUnrecorded.value);
}

/** Every dystrophic cause recorded is an injury that is over (knowledge PastInjuries): no condition damaging the tissue. */
function onlyPastInjuries(facts: CaseFacts): boolean {
    const damaging = facts.conditions.some(c => c.condition && CategorySupport[c.condition.category].value === 'dystrophic');
    const injuries = facts.injuries.filter(i => i.injury && !i.injury.classedAs);
    return !damaging && injuries.length > 0 && injuries.every(i => PastInjuries.value.includes(i.injury!.term));
}

/** Fat necrosis of the newborn resolves on its own: excision is not for it, without the step's sentences for excising other deposits. */
function notExcised(plan: (fit: ApproachFit, why: string) => PlanStep): PlanStep {
    const planned = plan('not-suited', PlanReasons.fatNecrosisResolves.value);
    return { ...planned, advice: [], step: { ...planned.step, against: undefined } };
}

/** What a step adds (advice, drugs) for the conditions recorded, in the step's order, without building entry pairs per step. */
function forRecorded<T>(byCondition: Partial<Record<string, readonly T[]>> | undefined, recorded: Set<string | undefined>): T[] {
    const items: T[] = [];
    for (const term in byCondition) if (recorded.has(term)) items.push(...byCondition[term]!);
    return items;
}

/**
 * A cause step lists parathyroidectomy only where it fits (knowledge ParathyroidectomyFit): recorded
 * primary hyperparathyroidism, or a measured PTH raised with a calcium that is not low; in CKD with a
 * raised PTH not as the first step, but with KDIGO's advice to treat medically first. A raised PTH with
 * a low calcium outside CKD answers the low calcium (PTH resistance, vitamin D deficiency): never surgery.
 */
function withParathyroidectomy(planned: PlanStep, s: Situation): PlanStep {
    const step = planned.step;
    if (!step.procedures?.includes('parathyroidectomy')) return planned;
    const recorded = s.facts.conditions.some(c => c.condition && ParathyroidectomyFit.conditions.value.includes(c.condition.term));
    const measuredHigh = pthState(s.labs) === 'above';
    const ckd = kidneyDisease(s.labs.kidney);
    const without = { ...step, procedures: step.procedures.filter(p => p !== 'parathyroidectomy') };
    if (recorded) return planned;
    // A recorded tertiary hyperparathyroidism: autonomous, so parathyroidectomy, not KDIGO's medical-first advice for secondary HPT.
    if (s.tertiary) return { ...planned, advice: [...planned.advice, ...ParathyroidectomyFit.tertiaryAdvice] };
    if (ckd && (measuredHigh || s.recorded.has('secondaryHyperparathyroidism'))) return { ...planned, step: without, advice: [...planned.advice, ParathyroidectomyFit.ckdMedicalFirst] };
    // Pseudohypoparathyroidism's own sentence (adviceWith) already says why.
    if (measuredHigh && s.situations.has('calciumLow')) return { ...planned, step: without, advice: s.recorded.has('pseudohypoparathyroidism') ? planned.advice : [...planned.advice, ParathyroidectomyFit.lowCalciumSecondary] };
    return measuredHigh ? planned : { ...planned, step: without };
}

/** Excision waits while a recorded dermatomyositis is active, as a raised CK shows (knowledge ExcisionLesions). */
function withActiveMyositis(planned: PlanStep, s: Situation): PlanStep {
    const ck = s.labs.byAnalyte.ck;
    const myositis = s.facts.conditions.some(c => c.condition && ExcisionLesions.activeMyositisConditions.value.includes(c.condition.term));
    if (!myositis || !ck?.usable || ck.status !== 'high' || planned.fit === 'not-suited') return planned;
    return { ...planned, step: { ...planned.step, against: [...(planned.step.against ?? []), ExcisionLesions.activeMyositis] } };
}

/** The measured PTH against the KDIGO target (kidney failure) or the reference interval. */
function pthState(labs: LabEvidence): PthState {
    const pth = labs.byAnalyte.pth;
    if (!pth?.usable) return 'unmeasured';
    if (pth.status === 'high') return 'above';
    if (!pth.interval?.target) return 'normal';
    return pth.status === 'low' ? 'below' : 'within';
}

function pthWords(labs: LabEvidence): string {
    const pth = labs.byAnalyte.pth!;
    const where = pth.status === 'low' ? 'below' : 'within';
    return `${writtenValue(pth)} ${where} ${pth.interval?.target ? 'the KDIGO target' : 'the reference interval'}`;
}

/** A step as one state of the case shapes it: its title, extra advice, cautions, drugs and procedures. */
function withVariant(planned: PlanStep, variant: StepVariant | undefined): PlanStep {
    if (!variant) return planned;
    const step = planned.step;
    return {
        ...planned,
        step: {
            ...step, title: variant.title ?? step.title,
            drugs: [...new Set([...(step.drugs ?? []), ...(variant.drugs ?? [])])],
            procedures: [...(step.procedures ?? []), ...(variant.procedures ?? [])],
            against: variant.against ? [...(step.against ?? []), ...variant.against] : step.against
        },
        advice: [...planned.advice, ...variant.advice]
    };
}

/** Each sentence once, in its first place: advice, and what is advised against (two variants may say the same). */
function onceEach(planned: PlanStep): PlanStep {
    const once = (list: readonly Sourced<string>[]) => list.filter((a, i) => list.findIndex(b => b.value === a.value) === i);
    const against = planned.step.against;
    return { ...planned, advice: once(planned.advice), ...(against ? { step: { ...planned.step, against: once(against) } } : {}) };
}

/**
 * A dystrophic cause with a treatment of its own, where the vocabulary names it: a calcified tumour
 * (every recorded tissue damage a tumour: it is excised), or pancreatic disease (pancreatic
 * panniculitis follows it). Undefined: the plan of calcinosis in damaged tissue.
 */
function ownTreatment(s: Situation): { cause: 'tumour' | 'pancreatic'; labels: string[] } | undefined {
    const damage = s.facts.conditions.flatMap(c => c.condition && CategorySupport[c.condition.category].value === 'dystrophic' ? [c.condition] : []);
    if (damage.some(c => c.term === 'pancreatitis')) return { cause: 'pancreatic', labels: [] };
    if (damage.length && s.facts.injuries.length === 0 && damage.every(c => c.category === 'tumour')) return { cause: 'tumour', labels: damage.map(c => inSentence(c.label)) };
    return undefined;
}

function hyperphosphataemicTumoral(s: Situation): boolean {
    const tumoral = s.facts.declared.subtype?.term === 'tumoralFamilial' || s.facts.conditions.some(c => c.condition?.term === 'familialTumoralCalcinosis');
    return tumoral && raised(s.labs, 'phosphate') && !s.kidneyFailure;
}

/** The raised or out-of-target levels a plan acts on, as written; a raised calcium with its band (mild, moderate, crisis). */
function derangedLabs(labs: LabEvidence): string[] {
    const lines = (['calcium', 'phosphate', 'pth'] as const)
        .filter(term => raised(labs, term))
        .map(term => labs.byAnalyte[term])
        .map(lab => (lab!.judged?.detail !== undefined
            ? `${inSentence(lab!.judged.label)} ${judgedQuantity(lab!)} high`
            : `${inSentence(lab!.analyte!.label)} ${writtenValue(lab!)} high`) + (lab!.analyte!.term === 'calcium' ? bandAfter(calciumBand(lab!.judged?.value)) : ''));
    if (labs.product?.above) lines.push(`Ca × P ${productShown(labs.product)} above ${labs.product.threshold} (${Sources[labs.product.source].short})`);
    return lines;
}

/** A raised calcium's band (labs.ts), as words after the value. */
function bandAfter(band: HypercalcaemiaBand | undefined): string {
    return band ? ` (${band})` : '';
}

/** What the case records that the step stops: exposures, and drugs given. */
function stopsRecorded(facts: CaseFacts, step: ManagementStep): string[] {
    const stops = step.stops ?? [];
    // A risk recorded both as an exposure and as a drug given (`exposure warfarin`, `drug warfarin 4 mg/day`) is named once, as given.
    const given = facts.drugs.filter(d => stops.includes(d.term.canonical));
    const givenTerms = new Set(given.map(d => d.term.canonical));
    return [
        ...facts.exposures.filter(e => stops.includes(e.term.canonical) && !givenTerms.has(e.term.canonical)).map(e => e.term.label),
        ...given.filter((d, i) => given.findIndex(o => o.term.canonical === d.term.canonical) === i).map(d => `${d.term.label} (${given.some(o => o.term.canonical === d.term.canonical && !o.stopped) ? 'given' : 'recorded as stopped'})`)
    ];
}

export function checkManagement(facts: CaseFacts, planOf: () => ManagementPlan): Finding[] {
    if (facts.excisions.length === 0) return [];
    const plan = planOf();
    const against = mismatch(plan);
    return [
        ...facts.excisions.flatMap((excision): Finding[] => {
            if (!against) return [];
            // Penile gangrene in calciphylaxis: amputation is reported there, so what the reports say, not "debridement only".
            const lesion = facts.lesions.find(l => l.name === excision.lesion);
            if (plan.type === 'calciphylaxis' && lesion && penile(lesion) && plan.necrotic.includes(lesion.name)) return [penileExcision(excision.at, lesion.name)];
            return [{ code: Codes.managementMismatch, severity: against.severity ?? 'warning', at: excision.at, message: against.message, sources: against.sources }];
        }),
        ...irradiatedExcisions(facts),
        ...poorHealingExcisions(facts)
    ];
}

/** An excision with an inherited disorder recorded whose skin heals poorly (Werner, Ehlers-Danlos): said at each excision. */
function poorHealingExcisions(facts: CaseFacts): Finding[] {
    return facts.conditions.flatMap(({ term, condition }) => {
        const caution = condition ? PoorHealingExcision[condition.term] : undefined;
        if (!caution) return [];
        return facts.excisions.map((excision): Finding => ({
            code: Codes.procedureCaution, severity: 'warning', at: excision.at, related: [term.at],
            message: `Excision with ${inSentence(condition!.label)} recorded: ${caution.value.replace(/\.$/, '')} (${Sources[caution.source].short}).`,
            sources: [caution.source]
        }));
    });
}

/** An excision of a necrotic penile lesion in calciphylaxis: information, with the reports of penectomy and their doubt. */
function penileExcision(at: Finding['at'], lesion: string): Finding {
    const surgery = PenileCalciphylaxis.surgery;
    return {
        code: Codes.managementMismatch, severity: 'information', at,
        message: `Excision of ${lesion}, necrotic at the penis, in calciphylaxis: ${surgery.map(a => a.value).join(' ').replace(/\.$/, '')} (${surgery.map(a => Sources[a.source].short).join('; ')}; weak evidence). Elsewhere surgery in calciphylaxis is debridement only.`,
        sources: surgery.map(a => a.source)
    };
}

/** An excision with radiotherapy recorded at the site (an injury of the case): irradiated skin heals poorly. */
function irradiatedExcisions(facts: CaseFacts): Finding[] {
    const irradiation = facts.injuries.find(i => i.injury && IrradiatedExcision.injuries.value.includes(i.injury.term));
    if (!irradiation) return [];
    const sources = [IrradiatedExcision.healing.source, ...IrradiatedExcision.alsoSources];
    return facts.excisions.map(excision => ({
        code: Codes.procedureCaution, severity: 'warning' as const, at: excision.at, related: [irradiation.term.at],
        message: `Excision in irradiated skin (${inSentence(irradiation.injury!.label)} recorded at the site): ${IrradiatedExcision.healing.value} (${sources.map(id => Sources[id].short).join('; ')}; weak evidence).`,
        sources
    }));
}

/** Why excision goes against this plan, with the sources (and a severity below warning where the evidence is weak), or undefined when it does not. */
function mismatch(plan: ManagementPlan): { message: string; sources: SourceId[]; severity?: Finding['severity'] } | undefined {
    const step = (key: StepKey) => plan.steps.find(s => s.step.key === key);
    if (plan.type === 'calciphylaxis') {
        const surgery = ManagementSteps.calciphylaxisSurgery;
        return {
            message: `Excision in calciphylaxis. ${surgery.against![0].value} ${surgery.advice[0].value} (${[...new Set([...surgery.advice, ...surgery.against!].map(a => Sources[a.source].short))].join('; ')})`,
            sources: [...new Set([...surgery.advice, ...surgery.against!].map(a => a.source))]
        };
    }
    const expectant = step('iatrogenicExpectant');
    // Electrode-paste nodules in a child resolve on its own once the paste is removed (single series, weak): information, not a warning.
    if (expectant && plan.expectantCause === 'electrodePaste' && plan.child && plan.necrotic.length === 0) {
        return {
            message: `Excision of electrode-paste calcinosis in a child, without necrosis: ${expectant.advice.map(a => a.value).join(' ').replace(/\.$/, '')} (${sourceNames(expectant)}${expectant.advice.some(isWeak) ? '; weak evidence' : ''}).`,
            sources: [...new Set(expectant.advice.map(a => a.source))],
            severity: 'information'
        };
    }
    if (expectant && plan.expectantCause === 'extravasation' && plan.infant && plan.necrotic.length === 0) {
        return {
            message: `Excision of an uncomplicated extravasation calcinosis in an infant: ${expectant.advice.map(a => a.value).join(' ')} (${sourceNames(expectant)}).`,
            sources: [...new Set(expectant.advice.map(a => a.source))]
        };
    }
    // Metastatic deposits regress as the levels are corrected: excision while they are still high is early (weak evidence).
    const levels = step('metastaticLevels');
    if (plan.type === 'metastatic' && levels && plan.levelsHigh) {
        const surgery = ManagementSteps.metastaticSurgery;
        const rests = [...surgery.against!, ...surgery.advice];
        return {
            message: `Excision in metastatic calcinosis cutis while ${levels.why}: ${surgery.against![0].value} ${surgery.advice[0].value} (${[...new Set(rests.map(a => Sources[a.source].short))].join('; ')}${rests.some(isWeak) ? '; weak evidence' : ''}).`,
            sources: [...new Set(rests.map(a => a.source))]
        };
    }
    // The seed's rule by extent holds for calcinosis cutis at large, whatever the type.
    if (plan.extent === 'universalis' && plan.type !== 'iatrogenic') {
        return { message: `Excision in calcinosis universalis: ${UniversalisExcision.value} (${UniversalisExcision.note}).`, sources: [UniversalisExcision.source] };
    }
    return undefined;
}

/** A statement resting on weak evidence: marked so itself, or by its source (knowledge/sources.ts). */
function isWeak(statement: Sourced<string>): boolean {
    return statement.evidence === 'weak' || Sources[statement.source].evidence === 'weak';
}

function sourceNames(planned: PlanStep): string {
    return [...new Set([...planned.advice, ...(planned.step.against ?? [])].map(a => a.source))].map(id => Sources[id].short).join('; ');
}
