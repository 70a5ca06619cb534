/**
 * AST → CaseFacts, once per case. The only place that reads the syntax tree for
 * medicine: terms are resolved, units read through UCUM, sizes put in cm.
 */
import { AstUtils, GrammarAST, isCompositeCstNode, type AstNode, type CstNode } from 'langium';
import type { Analyte, Condition, Drug, Exposure, Injury, Route, Site } from '../knowledge/index.js';
import * as ast from '../generated/ast.js';
import { citationsIn, referenceFact } from './report-facts.js';
import type { CaseFacts, DrugFact, InfusionFact, LesionFact, MealTimingFact, QuantityFact, QuantityKind, Span, StudyFact, TermFact, TextFact } from './case-facts.js';
import { lookup, lookupWords, termFact } from './catalogue.js';
import { abbreviatedTiming, multiplierShorthand, readTiming, scheduleAbbreviation, unreadSchedule, withDoseCountChecked } from './dosage.js';
import { termCategoryOf } from './term-categories.js';
import { convert, readUnit } from './units.js';

/** An infusion longer than a day is a course, not one infusion (IVIG `over 5 days` is 5 daily doses). */
const INFUSION_MOST_MINUTES = 24 * 60;

/** The unit each kind of quantity must be commensurable with (UCUM). */
/** FHIR R4 EventTiming: meal (C), before a meal (AC), after a meal (PC), before sleep (HS). */
const EVENT_TIMING: Record<ast.MealTiming['relation'], MealTimingFact['code']> = { with: 'C', before: 'AC', after: 'PC', at: 'HS' };
const KIND_UNITS: Partial<Record<QuantityKind, string>> = { time: 'a', mass: 'kg', length: 'cm' };
/** The units a message offers for each of those kinds, as written: a weight in pounds is converted to kg. */
const KIND_WORDS: Partial<Record<QuantityKind, string>> = {
    time: '`years`, `months`, `weeks` or `days`', mass: '`kg` (or `lb`, converted to kg)', length: '`cm` or `m`'
};

export function deriveCaseFacts(kase: ast.Case): CaseFacts {
    const builder = new FactsBuilder(kase);
    for (const member of kase.members) builder.add(member);
    builder.facts.texts = freeTexts(kase, builder.source);
    builder.facts.citations = citationsIn(kase);
    return builder.facts;
}

/** Every quoted text of the case except its citation and its reference list, read from the syntax tree's leaves. */
function freeTexts(kase: ast.Case, source: string): TextFact[] {
    const texts: TextFact[] = [];
    const visit = (cst: CstNode): void => {
        if (isCompositeCstNode(cst)) {
            for (const child of cst.content) visit(child);
        } else if ((cst as { tokenType?: { name: string } }).tokenType?.name === 'STRING' && cst.length >= 2) {
            texts.push({ raw: source.substring(cst.offset + 1, cst.end - 1), at: { offset: cst.offset + 1, end: cst.end - 1 } });
        }
    };
    for (const member of kase.members) {
        if (ast.isSource(member) || ast.isReference(member) || ast.isReferences(member) || !member.$cstNode) continue;
        visit(member.$cstNode);
    }
    return texts;
}

class FactsBuilder {
    readonly facts: CaseFacts;
    /**
     * The document's text: a CST node's own `text` climbs to the root for it at every call
     * (ten levels for a lab's number).
     */
    readonly source: string;
    /** The `labs` blocks read so far. */
    private panels = 0;

    constructor(kase: ast.Case) {
        this.source = kase.$cstNode?.root.fullText ?? '';
        this.facts = {
            // A case whose name did not parse (`case "…" {`) has none: what presents it still runs.
            name: kase.name ?? '', nameAt: spanOf(kase, 'name'), patient: {}, keywords: [], narratives: {},
            conditions: [], injuries: [], exposures: [], lesions: [], labs: [], imaging: [], biopsies: [],
            opinions: [], declared: {}, drugs: [], excisions: [], procedures: [], advice: [],
            figures: [], references: [], citations: [], quantities: [], terms: [], texts: []
        };
    }

    add(member: ast.Member): void {
        const facts = this.facts;
        switch (member.$type) {
            case ast.Title.$type: facts.title = member.text; break;
            case ast.Source.$type: facts.source = member.text; break;
            case ast.Keywords.$type: facts.keywords.push(...member.items); break;
            case ast.Narrative.$type: facts.narratives[member.kind] = member.text; break;
            case ast.Consent.$type: facts.consent = { status: member.status, note: member.note }; break;
            case ast.Patient.$type: member.items.forEach(item => this.addPatientItem(item)); break;
            case ast.History.$type: member.items.forEach(item => this.addHistoryItem(item)); break;
            case ast.Lesion.$type: facts.lesions.push(this.lesion(member)); break;
            case ast.Labs.$type: {
                const panelIndex = this.panels++;
                for (const result of member.results) {
                    const term = this.term(result, 'analyte');
                    if (!written(result.value)) continue;
                    const analyte = lookup<Analyte>('analyte', term.term);
                    const quantity = this.quantity(result.value, 'lab');
                    // A ratio (INR 2.4) is written bare: its number is in the analyte's own unit.
                    if (analyte?.unitless && quantity.unit === '') quantity.ucum = analyte.canonicalUnit;
                    else if (analyte && quantity.ucum) {
                        const usual = usualSpelling(analyte, quantity.ucum);
                        // mEq/L of bicarbonate is its own spelling, read as mmol/L: no hint to respell it.
                        const same = analyte.sameNumberUnits?.value.some(unit => unit.toLowerCase() === quantity.ucum!.toLowerCase());
                        if (usual !== quantity.ucum) [quantity.ucum, quantity.spelled] = [usual, same ? undefined : quantity.ucum];
                    }
                    facts.labs.push({ term, analyte, quantity, panel: member.label, panelIndex });
                }
                break;
            }
            case ast.Imaging.$type:
                for (const study of member.studies) this.addStudy(study);
                break;
            case ast.Biopsy.$type: {
                const lesion = this.lesionNamed(member.lesion?.ref?.name);
                lesion?.biopsies.push(member.finding);
                facts.biopsies.push({ lesion: member.lesion?.ref?.name, finding: member.finding });
                break;
            }
            case ast.Opinion.$type:
                facts.opinions.push({ specialty: this.term(member, 'specialty'), text: member.text });
                break;
            case ast.Diagnosis.$type:
                for (const item of member.items) {
                    if (ast.isDeclaredType(item)) facts.declared.type = this.term(item, 'calcinosisType');
                    else if (ast.isDeclaredExtent(item)) facts.declared.extent = this.term(item, 'extent');
                    else facts.declared.subtype = this.term(item, 'subtype');
                }
                break;
            case ast.Treatment.$type: member.therapies.forEach(therapy => this.addTherapy(therapy)); break;
            case ast.Figure.$type:
                facts.figures.push({
                    name: member.name, at: spanOf(member, 'name'), number: facts.figures.length + 1,
                    image: member.image ?? '', imageAt: spanOf(member, 'image'), lesion: member.lesion?.ref?.name ?? member.lesion?.$refText,
                    ...(member.modality !== undefined ? { study: this.term(member, 'modality') } : {}), caption: member.caption ?? ''
                });
                break;
            case ast.Reference.$type: facts.references.push(referenceFact(member)); break;
            case ast.References.$type: facts.references.push(...member.references.map(referenceFact)); break;
            case ast.Followup.$type:
                if (written(member.after)) facts.followup = { after: this.quantity(member.after, 'time'), outcome: this.term(member, 'outcome'), note: member.note };
                break;
        }
    }

    private addPatientItem(item: ast.PatientItem): void {
        const patient = this.facts.patient;
        if (ast.isSex(item)) {
            patient.sex = this.term(item, 'sex').term;
            return;
        }
        if (!written(item.value)) return;
        const kind: QuantityKind = ast.isAge(item) ? 'time' : ast.isWeight(item) ? 'mass' : 'length';
        const quantity = this.quantity(item.value, kind);
        if (!quantity.ucum) return;
        // Implausible values are not facts: a weight of 0 kg made a per-kg dose NaN mg/kg/day.
        const usable = (value: number | undefined) => value !== undefined && Number.isFinite(value) && (ast.isAge(item) ? value >= 0 : value > 0) ? value : undefined;
        if (ast.isAge(item)) patient.ageYears = usable(convert(quantity.value, quantity.ucum, 'a'));
        else if (ast.isWeight(item)) patient.weightKg = usable(convert(quantity.value, quantity.ucum, 'kg'));
        else patient.heightCm = usable(convert(quantity.value, quantity.ucum, 'cm'));
    }

    private addHistoryItem(item: ast.HistoryItem): void {
        const facts = this.facts;
        switch (item.$type) {
            case ast.Complaint.$type: facts.complaint = item.text; break;
            case ast.Onset.$type: if (written(item.value)) facts.onset = this.quantity(item.value, 'time'); break;
            case ast.Course.$type: facts.course = item.text; break;
            case ast.Family.$type: facts.family = item.none ? 'none' : item.text; break;
            case ast.Smoking.$type: facts.smoking = item.status; break;
            case ast.HistoryCondition.$type: {
                const term = this.term(item, 'condition');
                facts.conditions.push({ term, condition: lookup<Condition>('condition', term.term), note: item.note });
                break;
            }
            case ast.HistoryInjury.$type: {
                const term = this.term(item, 'injury');
                facts.injuries.push({ term, injury: lookup<Injury>('injury', term.term), note: item.note });
                break;
            }
            case ast.HistoryExposure.$type: {
                const term = this.term(item, 'exposure');
                facts.exposures.push({ term, exposure: lookup<Exposure>('exposure', term.term), note: item.note });
                break;
            }
        }
    }

    private lesion(lesion: ast.Lesion): LesionFact {
        const fact: LesionFact = { name: lesion.name, at: spanOf(lesion, 'name'), morphology: [], imaging: [], biopsies: [] };
        for (const item of lesion.items) {
            switch (item.$type) {
                case ast.Site.$type:
                    fact.side = item.side;
                    fact.site = this.term(item, 'site');
                    fact.siteEntry = lookup<Site>('site', item.site);
                    fact.siteNote = item.note;
                    break;
                case ast.Count.$type: fact.count = item.value; break;
                case ast.Size.$type: {
                    if (item.length === undefined) break; // `size` with no number yet
                    const size = this.addQuantity(Math.max(item.length, item.width ?? 0, item.depth ?? 0), item.unit ?? '', 'length', spanOf(item, 'length'), spanOf(item, 'unit'));
                    // While the unit is being typed (`size 2 x 3`) the size shows its numbers alone.
                    fact.sizeText = [[item.length, item.width, item.depth].filter(d => d !== undefined).join(' × '), item.unit].filter(Boolean).join(' ');
                    if (size.ucum) fact.largestCm = convert(size.value, size.ucum, 'cm');
                    break;
                }
                case ast.Morphology.$type:
                    item.morphology.forEach((_, index) => fact.morphology.push(this.term(item, 'morphology', index)));
                    break;
                case ast.Fixed.$type: fact.fixedTo = this.term(item, 'tissue'); break;
                case ast.Pain.$type: fact.pain = this.term(item, 'pain'); break;
                // Damaged (`ulcerated` with no yes or no, a syntax error) it is not known: never read as no.
                case ast.Ulcerated.$type: if (item.value === 'yes' || item.value === 'no') fact.ulcerated = item.value === 'yes'; break;
                case ast.Discharge.$type: fact.discharge = item.text; break;
            }
        }
        return fact;
    }

    private addStudy(study: ast.Study): void {
        const fact: StudyFact = { modality: this.term(study, 'modality'), lesion: study.lesion?.ref?.name, finding: study.finding };
        const lesion = this.lesionNamed(fact.lesion);
        if (lesion) lesion.imaging.push(fact);
        else this.facts.imaging.push(fact);
    }

    private addTherapy(therapy: ast.Therapy): void {
        const facts = this.facts;
        switch (therapy.$type) {
            case ast.DrugTherapy.$type: {
                const nameWords = this.nameWords(therapy);
                const term = nameWords?.term && nameWords.at ? this.addTerm(termFact(nameWords.term, 'drug', nameWords.at)) : this.term(therapy, 'drug');
                if (!written(therapy.dose)) break;
                const route = therapy.route !== undefined ? this.term(therapy, 'route') : undefined;
                const routeEntry = route ? lookup<Route>('route', route.term) : undefined;
                const schedule = therapy.schedule;
                const timing = schedule ? readTiming(schedule, spanOf(schedule), q => written(q) ? this.quantity(q, 'time') : undefined) : undefined;
                // A word where the schedule (or, with no route, the route) goes: shorthand (`bd`, `q8h`) is read as its schedule.
                const word = therapy.unread !== undefined ? { word: therapy.unread, at: spanOf(therapy, 'unread'), inRoute: false }
                    : route && !routeEntry ? { word: route.term, at: route.at, inRoute: true } : undefined;
                const abbreviation = word && scheduleAbbreviation(word.word);
                const shortTiming = word && abbreviation ? abbreviatedTiming(abbreviation, timing, word.at) : undefined;
                const multiplied = timing && multiplierShorthand(schedule?.timing, timing);
                const shorthand = word && abbreviation && shortTiming ? { ...word, abbreviation }
                    : multiplied ? { word: schedule!.timing!.$cstNode?.text ?? '', at: spanOf(schedule!.timing!), inRoute: false, abbreviation: multiplied } : undefined;
                facts.drugs.push({
                    term, drug: lookup<Drug>('drug', term.term), dose: this.quantity(therapy.dose, 'dose'),
                    route: shorthand?.inRoute ? undefined : route, routeEntry,
                    timing: withDoseCountChecked(shortTiming ?? timing),
                    unreadSchedule: word && !shorthand ? unreadSchedule(word.word, word.at, word.inRoute) : undefined,
                    ...(shorthand ? { scheduleShorthand: shorthand } : {}),
                    ...(nameWords ? { nameWords } : {}),
                    ...this.modifiers(therapy, shorthand?.abbreviation.event && { ...shorthand.abbreviation.event, at: shorthand.at }),
                    ...(therapy.stopped ? { stopped: true } : {}),
                    note: therapy.note, at: spanOf(therapy)
                });
                break;
            }
            case ast.Excision.$type:
                facts.excisions.push({
                    lesion: therapy.lesion?.ref?.name,
                    anaesthesia: therapy.anaesthesia !== undefined ? this.term(therapy, 'anaesthesia') : undefined,
                    at: spanOf(therapy)
                });
                break;
            case ast.ProcedureTherapy.$type:
                facts.procedures.push({ procedure: this.term(therapy, 'procedure'), lesion: therapy.lesion?.ref?.name, note: therapy.note });
                break;
            case ast.Advice.$type:
                therapy.advice.forEach((_, index) => facts.advice.push(this.term(therapy, 'advice', index)));
                break;
        }
    }

    /** `as needed`, `with meals` (and before, after, at bedtime), `up to 4 g/day`: each once; a second is said at its place. */
    private modifiers(therapy: ast.DrugTherapy, shorthandWhen: MealTimingFact | undefined): Pick<DrugFact, 'asNeeded' | 'asNeededShorthand' | 'when' | 'maximum' | 'infusion' | 'modifiersAt' | 'modifierProblem'> {
        // `qhs` is read as `daily at bedtime`: its time, unless the line writes one.
        const read: Pick<DrugFact, 'asNeeded' | 'asNeededShorthand' | 'when' | 'maximum' | 'infusion' | 'modifiersAt' | 'modifierProblem'> = shorthandWhen ? { when: shorthandWhen } : {};
        let asNeededWords = '';
        const twice = (node: AstNode, words: string, first: string) => {
            read.modifierProblem ??= { message: `\`${words}\` after \`${first}\`: write it once`, at: spanOf(node) };
        };
        for (const modifier of [...(therapy.infusion ? [therapy.infusion] : []), ...therapy.modifiers]) {
            if (ast.isInfusion(modifier)) {
                if (!written(modifier.duration)) continue;
                const infusion = this.infusion(modifier);
                if (read.infusion) twice(modifier, infusion.words, read.infusion.words);
                else if (infusion.problem) read.modifierProblem ??= { message: infusion.problem, at: spanOf(modifier) };
                else read.infusion = infusion;
            } else if (ast.isAsNeeded(modifier)) {
                const words = modifier.prn ?? 'as needed';
                if (read.asNeeded) twice(modifier, words, asNeededWords);
                else if (modifier.prn) read.asNeededShorthand = { word: modifier.prn, at: spanOf(modifier) };
                read.asNeeded = true;
                asNeededWords ||= words;
            } else if (ast.isMealTiming(modifier)) {
                if (modifier.relation === undefined) continue;
                // `after dialysis`: the parser's recovery puts in the `meals` it expected, which the file does not
                // say; the syntax error speaks, and no meal timing is read (the summary said "after meals").
                const span = spanOf(modifier);
                const word = /(meals|food|bedtime)$/.exec(this.source.substring(span.offset, span.end))?.[1];
                if (!word) continue;
                // `with food` (the cinacalcet label's words) is `with meals`, said as written.
                const when = { code: EVENT_TIMING[modifier.relation], words: `${modifier.relation} ${word}`, at: span };
                if (read.when) twice(modifier, when.words, read.when.words);
                else read.when = when;
            } else if (written(modifier.maximum)) {
                const maximum = this.quantity(modifier.maximum, 'dose');
                if (read.maximum) twice(modifier, `up to ${maximum.value} ${maximum.unit}`, `up to ${read.maximum.value} ${read.maximum.unit}`);
                else read.maximum = maximum;
            }
        }
        // `as needed` and `over 2 hours` may stand before the schedule: the span runs from the first written to the last.
        const spans = [...(therapy.infusion ? [therapy.infusion] : []), ...therapy.modifiers].map(node => spanOf(node));
        if (spans.length) read.modifiersAt = { offset: Math.min(...spans.map(s => s.offset)), end: Math.max(...spans.map(s => s.end)) };
        return read;
    }

    /** `over 15 minutes` (or `over 30-60 minutes`): the time one infusion takes, in minutes or hours; a course of days is written as one. */
    private infusion(node: ast.Infusion): InfusionFact & { problem?: string } {
        const duration = this.quantity(node.duration, 'time');
        const low = node.low;
        const words = `over ${low !== undefined ? `${low}-` : ''}${duration.text ?? duration.value} ${duration.unit}`;
        const fact = { duration, words, at: spanOf(node), ...(low !== undefined ? { shortest: low } : {}) };
        if (low !== undefined && (low <= 0 || low >= duration.value)) {
            return { ...fact, problem: `\`${words}\` is not a range of infusion times: write the shorter first, as in \`over 30-60 minutes\`` };
        }
        if (!duration.ucum) return fact; // the unit's own message says why
        const minutes = convert(duration.value, duration.ucum, 'min');
        if (minutes !== undefined && minutes <= INFUSION_MOST_MINUTES) return fact;
        return { ...fact, problem: `\`${words}\` is not the time of one infusion: a dose given over several days is written as each day's dose, as in \`0.4 g/kg iv daily for 5 days every 4 weeks\`` };
    }

    private lesionNamed(name: string | undefined): LesionFact | undefined {
        return name === undefined ? undefined : this.facts.lesions.find(l => l.name === name);
    }

    /**
     * A drug's name written in several words: the catalogue term the longest run of them
     * names (`sodium thiosulfate`: sodiumThiosulfate) and its span, if any; and the span of
     * the words after it, which are not read.
     */
    private nameWords(therapy: ast.DrugTherapy): DrugFact['nameWords'] {
        if (therapy.words.length === 0 || therapy.drug === undefined) return undefined;
        const names = [therapy.drug, ...therapy.words];
        let named = names.length;
        while (named > 1 && !lookupWords('drug', names.slice(0, named))) named--;
        const entry = named > 1 ? lookupWords('drug', names.slice(0, named)) : undefined;
        const span = (from: number, to: number) => ({ offset: this.nameSpan(therapy, from).offset, end: this.nameSpan(therapy, to).end });
        const rest = named < names.length ? { written: names.slice(named).join(' '), at: span(named, names.length - 1) } : undefined;
        return { ...(entry ? { term: entry.term, at: span(0, named - 1) } : {}), ...(rest ? { rest } : {}) };
    }

    /** The span of the name's nth word (0 the drug term, then `words`). */
    private nameSpan(therapy: ast.DrugTherapy, index: number): Span {
        return index === 0 ? spanOf(therapy, 'drug') : spanOf(therapy, 'words', index - 1);
    }

    private addTerm(fact: TermFact): TermFact {
        this.facts.terms.push(fact);
        return fact;
    }

    private term(node: AstNode, property: string, index?: number): TermFact {
        const category = termCategoryOf(property);
        if (!category) throw new Error(`No catalogue for the term property ${property} in term-categories.ts`);
        const value = (node as unknown as Record<string, unknown>)[property];
        const term = String((Array.isArray(value) ? value[index ?? 0] : value) ?? '');
        return this.addTerm(termFact(term, category, spanOf(node, property, index)));
    }

    private quantity(node: ast.Quantity, kind: QuantityKind): QuantityFact {
        const valueNode = propertyNode(node, 'value', undefined);
        const fact = this.addQuantity(node.value, node.unit ?? '', kind, spanOfCst(valueNode ?? node.$cstNode), spanOf(node, 'unit'));
        // The number as typed ("2.60"): messages repeat it, and its decimals are the precision it is judged at.
        const text = valueNode && this.source.substring(valueNode.offset, valueNode.end);
        if (text) fact.text = text;
        return fact;
    }

    private addQuantity(value: number, unit: string, kind: QuantityKind, at: Span, unitAt: Span): QuantityFact {
        const fact: QuantityFact = { value, unit, kind, at, unitAt, ...unitOfKind(unit, kind) };
        this.facts.quantities.push(fact);
        return fact;
    }
}

/**
 * The UCUM code of a unit, or why it is not a unit of the kind the position needs. A unit
 * the parser left out (`every 3` cut short) has neither: the parser says what is missing,
 * where this said "`` is not a unit" beside it.
 */
function unitOfKind(unit: string, kind: QuantityKind): { ucum?: string; unitProblem?: string } {
    if (unit === '') return {};
    const reading = readUnit(unit);
    const expected = KIND_UNITS[kind];
    const instead = expected ? `: write it in ${KIND_WORDS[kind]}` : '';
    if (!reading.ok) return { unitProblem: `${reading.message}${instead}` };
    if (expected && convert(1, reading.ucum, expected) === undefined) return { unitProblem: `\`${unit}\` is not a unit of ${kind}${instead}` };
    return { ucum: reading.ucum };
}

/**
 * One of the analyte's usual units written in another case (`mmol/l`, `mg/dl`, `pmol/l`): UCUM
 * reads `l` and `L` alike, so it is that unit, and is read in its usual spelling. Otherwise the
 * other-unit parenthesis named the written unit again ("95 pmol/l (95 pmol/L)") and the unit-slip
 * checks, which know the two usual units, did not know it. A code that differs by more than
 * case (`Mmol/L`, megamoles) converts by another factor and stays as written. A unit the
 * analyte reads as the same number (bicarbonate's mEq/L) is its canonical unit.
 */
function usualSpelling(analyte: Analyte, ucum: string): string {
    if (analyte.sameNumberUnits?.value.some(unit => unit.toLowerCase() === ucum.toLowerCase())) return analyte.canonicalUnit;
    for (const usual of [analyte.conventionalUnit, analyte.siUnit, analyte.canonicalUnit]) {
        if (usual === ucum) return ucum;
        if (usual.toLowerCase() !== ucum.toLowerCase()) continue;
        const factor = convert(1, ucum, usual, analyte.molarMass?.value);
        if (factor !== undefined && Math.abs(factor - 1) < 1e-9) return usual;
    }
    return ucum;
}

/**
 * A quantity the parser completed. While a line is typed (`calcium`, `drug diltiazem`)
 * error recovery leaves the quantity, or its number, out: the parser reports that, and
 * no fact is made of it (it threw a TypeError that lost every finding of the case).
 */
function written(quantity: ast.Quantity | undefined): quantity is ast.Quantity {
    return quantity !== undefined && quantity.value !== undefined;
}

function spanOf(node: AstNode, property?: string, index?: number): Span {
    return spanOfCst(property ? propertyNode(node, property, index) ?? node.$cstNode : node.$cstNode);
}

function spanOfCst(cst: CstNode | undefined): Span {
    return cst ? { offset: cst.offset, end: cst.end } : { offset: 0, end: 0 };
}

/**
 * Langium's findNodeForProperty(node, property, index), with the grammar assignment of
 * each CST node remembered (Langium climbs the grammar at every CST node, a third of
 * deriving the facts), the walk stopped at the first node when no index is asked, and the
 * nodes of a list found once per AST node: searched per index, an `advice` list of 5,000
 * terms took 27 s.
 */
const listNodes = new WeakMap<AstNode, Map<string, CstNode[]>>();

function propertyNode(node: AstNode, property: string, index: number | undefined): CstNode | undefined {
    if (index === undefined) return firstPropertyNode(node, property, node.$cstNode, true);
    let byProperty = listNodes.get(node);
    if (!byProperty) listNodes.set(node, byProperty = new Map<string, CstNode[]>());
    let nodes = byProperty.get(property);
    if (!nodes) byProperty.set(property, nodes = propertyNodes(node, property));
    return nodes[Math.max(0, Math.min(index, nodes.length - 1))];
}

/**
 * As Langium's findNodesForPropertyInternal: below the node's own CST node, the CST nodes
 * assigned to the property, descending only while the CST belongs to the same AST node.
 */
function propertyNodes(node: AstNode, property: string): CstNode[] {
    const found: CstNode[] = [];
    const visit = (cst: CstNode): void => {
        if (assignedFeature(cst) === property) found.push(cst);
        else if (isCompositeCstNode(cst) && cst.astNode === node) for (const child of cst.content) visit(child);
    };
    const root = node.$cstNode;
    if (isCompositeCstNode(root) && root.astNode === node) for (const child of root.content) visit(child);
    return found;
}

/**
 * The first of propertyNodes, searched without a closure or an array: it is asked some
 * 40 times a case (every term, number and unit), most for a node's first child.
 */
function firstPropertyNode(node: AstNode, property: string, cst: CstNode | undefined, root: boolean): CstNode | undefined {
    if (!root && assignedFeature(cst!) === property) return cst;
    if (!isCompositeCstNode(cst) || cst.astNode !== node) return undefined;
    for (const child of cst.content) {
        const found = firstPropertyNode(node, property, child, false);
        if (found) return found;
    }
    return undefined;
}

/** The property a CST node's grammar element assigns, remembered per element (the grammar has few). */
const features = new WeakMap<object, string | null>();

function assignedFeature(cst: CstNode): string | undefined {
    const source = cst.grammarSource;
    if (!source) return undefined;
    let feature = features.get(source);
    if (feature === undefined) features.set(source, feature = AstUtils.getContainerOfType(source, GrammarAST.isAssignment)?.feature ?? null);
    return feature ?? undefined;
}
