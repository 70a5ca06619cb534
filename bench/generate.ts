/**
 * Synthetic cohorts for the benchmark: cases shaped like examples/*.calc (the five
 * types, SI and conventional units), some with the slips a clinician makes. One model
 * is written two ways, as a `.calc` case and as JSON against bench/case.schema.json,
 * so both routes check the same cases. Deterministic from a seed.
 */

export interface Quantity { value: number; unit: string }
export interface TermNote { term: string; note?: string }
export interface LesionModel {
    id: string;
    site: { side?: 'left' | 'right' | 'bilateral'; term: string; note?: string };
    count?: number;
    size?: { length: number; width?: number; unit: string };
    morphology?: string[];
    fixedTo?: string;
    pain?: string;
    ulcerated?: 'yes' | 'no';
    discharge?: string;
}
export interface LabResultModel { analyte: string; value: number; unit: string }
export type TherapyModel =
    | { kind: 'drug'; drug: string; dose: Quantity; note?: string }
    | { kind: 'excision'; of?: string; under?: string }
    | { kind: 'procedure'; procedure: string; of?: string; note?: string }
    | { kind: 'advice'; items: string[] };

/** The model of one case: the grammar's members in their usual order. */
export interface CaseModel {
    name: string;
    title?: string;
    source?: string;
    patient?: { age?: Quantity; sex?: string; weight?: Quantity; height?: Quantity };
    history?: {
        complaint?: string; onset?: Quantity; course?: string; family?: string;
        conditions?: TermNote[]; injuries?: TermNote[]; exposures?: TermNote[];
        smoking?: 'yes' | 'no' | 'former';
    };
    lesions: LesionModel[];
    labs?: Array<{ label?: string; results: LabResultModel[] }>;
    imaging?: Array<{ modality: string; of?: string; finding: string }>;
    biopsy?: { of?: string; finding: string };
    opinion?: { specialty: string; text: string };
    diagnosis?: { type?: string; extent?: string; subtype?: string };
    treatment?: TherapyModel[];
    followup?: { after: Quantity; outcome: string; note?: string };
}

export type Slip = 'wrongUnit' | 'unitSuspect' | 'implausible' | 'unknownTerm' | 'doseOutOfRange' | 'danglingRef';
export const SLIPS: Slip[] = ['wrongUnit', 'unitSuspect', 'implausible', 'unknownTerm', 'doseOutOfRange', 'danglingRef'];

export interface GeneratedCase { model: CaseModel; slips: Slip[]; calc: string; lines: number }

export interface CohortOptions {
    seed: number;
    /** Stop once the cases written reach this many lines… */
    lines?: number;
    /** …or this many cases. */
    cases?: number;
    /** Share of cases with one or two slips. */
    slipRate?: number;
}

export function generateCohort(options: CohortOptions): GeneratedCase[] {
    const random = new Random(options.seed);
    const slipRate = options.slipRate ?? 0.25;
    const out: GeneratedCase[] = [];
    let lines = 0;
    while (options.cases !== undefined ? out.length < options.cases : lines < (options.lines ?? 1000)) {
        const model = TYPES[out.length % TYPES.length](random, out.length + 1);
        const slips = random.chance(slipRate) ? applySlips(model, random) : [];
        const calc = toCalc(model);
        const count = calc.split('\n').length;
        out.push({ model, slips, calc, lines: count });
        lines += count;
    }
    return out;
}

/** Many cases in one file, as a cohort is kept. */
export function cohortText(cases: GeneratedCase[]): string {
    return cases.map(c => c.calc).join('\n');
}

/** The same cases as one JSON document: `{ "cases": [...] }` mirrors a CaseFile. */
export function cohortJson(cases: GeneratedCase[]): string {
    return JSON.stringify({ cases: cases.map(c => c.model) }, null, 2) + '\n';
}

// ---------------------------------------------------------------- the five types

type Maker = (r: Random, n: number) => CaseModel;

const TYPES: Maker[] = [dystrophic, metastatic, iatrogenic, calciphylaxis, idiopathic, dystrophic];

function dystrophic(r: Random, n: number): CaseModel {
    const injury = r.chance(0.3);
    const condition = r.pick(['systemicSclerosis', 'dermatomyositis', 'lupus', 'mixedConnectiveTissueDisease', 'rheumatoidArthritis']);
    const region = r.pick([['finger', 'fingertip', 'hand', 'elbow', 'forearm'], ['knee', 'thigh', 'leg', 'buttock']]);
    const weight = r.int(50, 90);
    const lesions = lesionsIn(r, region, r.int(1, 3), { pain: r.pick(['none', 'mild', 'moderate']) });
    return {
        name: `Dystrophic${n}`,
        title: injury ? 'Calcinosis cutis in a scar after injury' : `Dystrophic calcinosis in ${condition}`,
        patient: { age: years(r.int(25, 75)), sex: r.pick(['female', 'female', 'male']), weight: { value: weight, unit: 'kg' } },
        history: {
            complaint: 'Hard nodules, some with chalky discharge',
            onset: years(r.int(1, 5)),
            conditions: injury ? [] : [{ term: condition, note: `diagnosed ${r.int(3, 15)} years ago` }, ...(r.chance(0.5) ? [{ term: 'raynaud' }] : [])],
            injuries: injury ? [{ term: r.pick(['trauma', 'burn', 'surgery']), note: 'at the site of the lesion' }] : [],
            smoking: r.pick(['no', 'former', 'yes'])
        },
        lesions,
        labs: [{ label: 'at presentation', results: normalLabs(r, r.chance(0.5)) }],
        imaging: [{ modality: 'xray', of: lesions[0].id, finding: 'Dense amorphous calcific deposits in the soft tissues' }],
        diagnosis: { type: 'dystrophic', extent: 'circumscripta' },
        treatment: [
            // Diltiazem at about 3 mg/kg/day, the middle of the reported 2-4.
            r.chance(0.6) ? { kind: 'drug', drug: 'diltiazem', dose: { value: Math.round(weight * 3 / 30) * 30, unit: 'mg/day' } }
                : { kind: 'drug', drug: 'minocycline', dose: { value: r.pick([50, 100]), unit: 'mg/day' } },
            { kind: 'advice', items: ['avoidCold', 'avoidTrauma'] }
        ],
        followup: { after: { value: r.int(3, 12), unit: 'months' }, outcome: r.pick(['improved', 'stable']) }
    };
}

function metastatic(r: Random, n: number): CaseModel {
    const si = r.chance(0.5);
    const lesions = lesionsIn(r, [r.pick(['shoulder', 'hip', 'knee', 'elbow'])], 1, { side: 'bilateral', morphology: ['multilobulated'] });
    return {
        name: `Metastatic${n}`,
        title: 'Periarticular calcinosis in chronic renal failure',
        patient: { age: years(r.int(35, 70)), sex: r.pick(['female', 'male']), weight: { value: r.int(55, 85), unit: 'kg' } },
        history: {
            complaint: 'Enlarging firm masses around the joints',
            onset: { value: r.int(4, 12), unit: 'months' },
            conditions: [{ term: 'chronicKidneyDisease', note: `stage 5, on haemodialysis for ${r.int(2, 9)} years` }, { term: 'secondaryHyperparathyroidism' }]
        },
        lesions,
        // A calcium-phosphate product well above 70 mg²/dL².
        labs: [{
            results: [
                lab('calcium', r.float(10.5, 11.5, 1), si), lab('phosphate', r.float(7.0, 8.5, 1), si),
                lab('albumin', r.float(3.6, 4.2, 1), si), lab('pth', r.int(400, 900), si), lab('creatinine', r.float(6, 9, 1), si)
            ]
        }],
        imaging: [{ modality: 'xray', of: lesions[0].id, finding: 'Lobulated periarticular calcific masses' },
            { modality: 'ct', of: lesions[0].id, finding: 'Multiloculated calcified masses with fluid-calcium levels' }],
        diagnosis: { type: 'metastatic' },
        treatment: [{ kind: 'drug', drug: 'aluminiumHydroxide', dose: { value: 1.8, unit: 'g/day' }, note: 'phosphate binder' },
            { kind: 'advice', items: ['avoidTrauma'] }],
        followup: { after: { value: 6, unit: 'months' }, outcome: r.pick(['stable', 'improved']) }
    };
}

function iatrogenic(r: Random, n: number): CaseModel {
    const site = r.pick(['hand', 'foot', 'forearm', 'wrist']);
    const lesions = lesionsIn(r, [site], 1, { morphology: ['firm'] });
    return {
        name: `Iatrogenic${n}`,
        title: 'Calcinosis after extravasation of calcium gluconate',
        patient: { age: { value: r.int(2, 10), unit: 'months' }, sex: r.pick(['female', 'male']), weight: { value: r.int(4, 9), unit: 'kg' } },
        history: {
            complaint: 'White papules at a former infusion site',
            exposures: [{ term: r.pick(['calciumGluconate', 'calciumChloride']), note: `IV extravasation at the ${site}` }]
        },
        lesions,
        // Infant intervals: calcium 9.0-11.0, phosphate 3.9-9.3 mg/dL.
        labs: [{ results: [{ analyte: 'calcium', value: r.float(9.4, 10.6, 1), unit: 'mg/dL' }, { analyte: 'phosphate', value: r.float(4.5, 6.5, 1), unit: 'mg/dL' }] }],
        imaging: [{ modality: 'ultrasound', of: lesions[0].id, finding: 'Echogenic foci in the subcutis' }],
        diagnosis: { type: 'iatrogenic', extent: 'circumscripta' },
        followup: { after: { value: r.int(2, 6), unit: 'months' }, outcome: 'resolved', note: 'resolved without treatment' }
    };
}

function calciphylaxis(r: Random, n: number): CaseModel {
    const lesions = lesionsIn(r, [r.pick(['thigh', 'abdomen', 'buttock', 'leg'])], r.int(1, 2),
        { pain: 'severe', ulcerated: 'yes', morphology: ['plaque'] });
    const si = r.chance(0.5);
    return {
        name: `Calciphylaxis${n}`,
        title: 'Calciphylaxis on haemodialysis',
        patient: { age: years(r.int(45, 80)), sex: r.pick(['female', 'male']), weight: { value: r.int(55, 95), unit: 'kg' } },
        history: {
            complaint: 'Exquisitely painful violaceous plaques that ulcerated',
            onset: { value: r.int(2, 8), unit: 'weeks' },
            conditions: [{ term: 'chronicKidneyDisease', note: 'end stage' }, { term: 'dialysis', note: 'haemodialysis three times a week' }]
        },
        lesions,
        labs: [{ results: [lab('calcium', r.float(9.0, 10.2, 1), si), lab('phosphate', r.float(5.5, 7.0, 1), si), lab('pth', r.int(300, 900), si)] }],
        biopsy: { of: lesions[0].id, finding: 'Calcification of small dermal vessels with thrombosis' },
        diagnosis: { type: 'calciphylaxis' },
        treatment: [{ kind: 'drug', drug: 'sodiumThiosulfate', dose: { value: 75, unit: 'g/week' }, note: 'intravenous, after dialysis' },
            { kind: 'advice', items: ['avoidTrauma'] }],
        followup: { after: { value: 3, unit: 'months' }, outcome: r.pick(['improved', 'died', 'stable']) }
    };
}

function idiopathic(r: Random, n: number): CaseModel {
    const lesions = lesionsIn(r, ['scrotum'], 1, { count: r.int(3, 20), sizeMm: true, morphology: ['nodular', 'hard'] });
    return {
        name: `Idiopathic${n}`,
        title: 'Idiopathic scrotal calcinosis',
        source: 'Synthetic case for the benchmark',
        patient: { age: years(r.int(20, 45)), sex: 'male' },
        history: { complaint: 'Painless hard nodules of the scrotal skin', onset: years(r.int(2, 10)), family: 'none', smoking: 'no' },
        lesions,
        labs: [{ results: normalLabs(r, r.chance(0.5)) }],
        biopsy: { of: lesions[0].id, finding: 'Dermal calcium deposits without epithelial lining' },
        opinion: { specialty: 'dermatology', text: 'Idiopathic scrotal calcinosis' },
        diagnosis: { type: 'idiopathic', extent: 'circumscripta', subtype: 'scrotal' },
        treatment: [{ kind: 'excision', of: lesions[0].id, under: 'local' }],
        followup: { after: years(1), outcome: 'noRecurrence' }
    };
}

function lesionsIn(r: Random, sites: string[], count: number, extra: Omit<Partial<LesionModel>, 'site'> & { side?: 'left' | 'right' | 'bilateral'; sizeMm?: boolean } = {}): LesionModel[] {
    const { sizeMm, side, ...rest } = extra;
    return Array.from({ length: count }, (_, i) => ({
        id: `L${i + 1}`,
        site: { side: side ?? r.pick(['left', 'right', undefined]), term: r.pick(sites), note: r.chance(0.4) ? 'extensor aspect' : undefined },
        count: r.int(1, 4),
        size: sizeMm ? { length: r.int(2, 15), unit: 'mm' } : { length: r.float(1, 6, 1), width: r.float(0.5, 3, 1), unit: 'cm' },
        morphology: ['irregular'],
        fixedTo: 'skin',
        ...rest
    }));
}

/** Adult values inside the reference intervals, written in SI or conventional units. */
function normalLabs(r: Random, si: boolean): LabResultModel[] {
    return [
        lab('calcium', r.float(9.2, 10.0, 1), si), lab('phosphate', r.float(2.8, 4.2, 1), si),
        lab('albumin', r.float(3.8, 4.3, 1), si), lab('creatinine', r.float(0.7, 1.1, 1), si),
        ...(r.chance(0.5) ? [lab('pth', r.int(20, 60), si), { analyte: 'alkalinePhosphatase', value: r.int(50, 120), unit: 'U/L' }] : [])
    ];
}

/** Conventional value → the result as written, converted to SI when asked. */
const SI: Record<string, [string, string, number, number]> = {
    // analyte: [conventional unit, SI unit, factor, decimals]
    calcium: ['mg/dL', 'mmol/L', 0.2495, 2],
    phosphate: ['mg/dL', 'mmol/L', 0.3229, 2],
    albumin: ['g/dL', 'g/L', 10, 0],
    creatinine: ['mg/dL', 'umol/L', 88.4, 0],
    pth: ['pg/mL', 'pmol/L', 0.106, 1]
};

function lab(analyte: string, conventional: number, si: boolean): LabResultModel {
    const [unit, siUnit, factor, decimals] = SI[analyte];
    return si ? { analyte, value: round(conventional * factor, decimals), unit: siUnit } : { analyte, value: conventional, unit };
}

function years(value: number): Quantity {
    return { value, unit: value === 1 ? 'year' : 'years' };
}

// ---------------------------------------------------------------- slips

const TYPOS: Record<string, string> = {
    calcium: 'calcuim', phosphate: 'phospate', diltiazem: 'diltiazam', systemicSclerosis: 'systemicSclerosys',
    thigh: 'thihg', xray: 'xrya', avoidTrauma: 'avoidTrama', dermatomyositis: 'dermatomiositis'
};

/** One or two slips, each of a kind the language server must catch as you type. */
function applySlips(model: CaseModel, r: Random): Slip[] {
    const kinds = r.chance(0.3) ? [r.pick(SLIPS), r.pick(SLIPS)] : [r.pick(SLIPS)];
    const slips = [...new Set(kinds)];
    const labs = () => {
        if (!model.labs?.length) model.labs = [{ results: [] }];
        return model.labs[0].results;
    };
    const setLab = (analyte: string, value: number, unit: string) => {
        const results = labs();
        const existing = results.find(x => x.analyte === analyte);
        if (existing) Object.assign(existing, { value, unit });
        else results.push({ analyte, value, unit });
    };
    for (const slip of slips) {
        switch (slip) {
            case 'wrongUnit': setLab('albumin', 4.1, 'cm'); break;           // a unit of the wrong kind
            case 'unitSuspect': setLab('calcium', 2.4, 'mg/dL'); break;      // mmol/L written as mg/dL
            case 'implausible': setLab('phosphate', 45, 'mg/dL'); break;     // 4.5 with a slipped point
            case 'unknownTerm': {
                const result = labs()[0];
                if (result && TYPOS[result.analyte]) result.analyte = TYPOS[result.analyte];
                else model.lesions[0].site.term = TYPOS.thigh;
                break;
            }
            case 'doseOutOfRange':
                model.treatment = [...(model.treatment ?? []).filter(t => t.kind !== 'drug'),
                    { kind: 'drug', drug: 'diltiazem', dose: { value: 960, unit: 'mg/day' } }];
                break;
            case 'danglingRef':
                model.treatment = [...(model.treatment ?? []), { kind: 'excision', of: `L${model.lesions.length + 8}` }];
                break;
        }
    }
    return slips;
}

// ---------------------------------------------------------------- the .calc text

const q = (x: Quantity) => `${num(x.value)} ${x.unit}`;
const str = (s: string) => JSON.stringify(s);
const opt = (s: string | undefined) => (s === undefined ? '' : ` ${str(s)}`);

export function toCalc(c: CaseModel): string {
    const out: string[] = [`// Synthetic ${c.name.replace(/\d+$/, '').toLowerCase()} case`, `case ${c.name} {`];
    const block = (head: string, body: string[]) => out.push('', `    ${head} {`, ...body.map(l => `        ${l}`), '    }');
    if (c.title) out.push(`    title ${str(c.title)}`);
    if (c.source) out.push(`    source ${str(c.source)}`);
    const p = c.patient;
    if (p) block('patient', [
        p.age && `age ${q(p.age)}`, p.sex && `sex ${p.sex}`, p.weight && `weight ${q(p.weight)}`, p.height && `height ${q(p.height)}`
    ].filter(isString));
    const h = c.history;
    if (h) block('history', [
        h.complaint && `complaint ${str(h.complaint)}`,
        h.onset && `onset ${q(h.onset)} ago`,
        h.course && `course ${str(h.course)}`,
        h.family && (h.family === 'none' ? 'family none' : `family ${str(h.family)}`),
        ...(h.conditions ?? []).map(t => `condition ${t.term}${opt(t.note)}`),
        ...(h.injuries ?? []).map(t => `injury ${t.term}${opt(t.note)}`),
        ...(h.exposures ?? []).map(t => `exposure ${t.term}${opt(t.note)}`),
        h.smoking && `smoking ${h.smoking}`
    ].filter(isString));
    for (const l of c.lesions) block(`lesion ${l.id}`, [
        `site ${l.site.side ? l.site.side + ' ' : ''}${l.site.term}${opt(l.site.note)}`,
        l.count !== undefined && `count ${l.count}`,
        l.size && `size ${num(l.size.length)}${l.size.width !== undefined ? ` x ${num(l.size.width)}` : ''} ${l.size.unit}`,
        l.morphology && `morphology ${l.morphology.join(' ')}`,
        l.fixedTo && `fixed to ${l.fixedTo}`,
        l.pain && `pain ${l.pain}`,
        l.ulcerated && `ulcerated ${l.ulcerated}`,
        l.discharge && `discharge ${str(l.discharge)}`
    ].filter(isString));
    for (const panel of c.labs ?? []) block(`labs${opt(panel.label)}`, panel.results.map(x => `${x.analyte} ${num(x.value)} ${x.unit}`));
    if (c.imaging) block('imaging', c.imaging.map(s => `${s.modality}${s.of ? ` of ${s.of}` : ''} ${str(s.finding)}`));
    if (c.biopsy || c.opinion) out.push('');
    if (c.biopsy) out.push(`    biopsy${c.biopsy.of ? ` of ${c.biopsy.of}` : ''} ${str(c.biopsy.finding)}`);
    if (c.opinion) out.push(`    opinion ${c.opinion.specialty} ${str(c.opinion.text)}`);
    const d = c.diagnosis;
    if (d) block('diagnosis', [d.type && `type ${d.type}`, d.extent && `extent ${d.extent}`, d.subtype && `subtype ${d.subtype}`].filter(isString));
    if (c.treatment) block('treatment', c.treatment.map(t => {
        switch (t.kind) {
            case 'drug': return `drug ${t.drug} ${q(t.dose)}${opt(t.note)}`;
            case 'excision': return `excision${t.of ? ` of ${t.of}` : ''}${t.under ? ` under ${t.under} anaesthesia` : ''}`;
            case 'procedure': return `procedure ${t.procedure}${t.of ? ` of ${t.of}` : ''}${opt(t.note)}`;
            case 'advice': return `advice ${t.items.join(', ')}`;
        }
    }));
    if (c.followup) out.push('', `    followup ${q(c.followup.after)} ${c.followup.outcome}${opt(c.followup.note)}`);
    out.push('}', '');
    return out.join('\n');
}

function isString(x: unknown): x is string {
    return typeof x === 'string';
}

function num(x: number): string {
    return String(x);
}

function round(x: number, decimals: number): number {
    const f = 10 ** decimals;
    return Math.round(x * f) / f;
}

// ---------------------------------------------------------------- a seeded PRNG

/** mulberry32: small, fast and good enough to vary synthetic cases. */
export class Random {
    private state: number;
    constructor(seed: number) { this.state = seed >>> 0; }
    next(): number {
        let t = (this.state = (this.state + 0x6d2b79f5) >>> 0);
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    }
    chance(p: number): boolean { return this.next() < p; }
    int(lo: number, hi: number): number { return lo + Math.floor(this.next() * (hi - lo + 1)); }
    float(lo: number, hi: number, decimals: number): number { return round(lo + this.next() * (hi - lo), decimals); }
    pick<T>(items: readonly T[]): T { return items[Math.floor(this.next() * items.length)]; }
}
