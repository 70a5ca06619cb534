/**
 * Drugs used for calcinosis cutis, with the regimens a written dose is checked against
 * (UCUM units per day or per week; in range if any one regimen contains the dose).
 * Where the seed prints a dose the literature contradicts, both are kept: the seed's as
 * a Discrepancy, the literature's as the regimen.
 */
import type { Drug, Sourced } from './types.js';

// Bisphosphonates share the seed's mechanism and adverse effects.
const BISPHOSPHONATE_MECHANISM: Sourced<string> = {
    value: 'Acts on the macrophages active at the affected sites, preventing the release of pro-inflammatory cytokines, and reduces calcium turnover and resorption.',
    source: 'seed',
    note: 'The seed cites its references 5 and 9.',
};
const BISPHOSPHONATE_INDICATION: Sourced<string> = {
    value: 'Good response mainly in dermatomyositis and systemic sclerosis.',
    source: 'seed',
};
const BISPHOSPHONATE_ADVERSE: Sourced<string>[] = [
    { value: 'Osteonecrosis of the jaw', source: 'seed', note: 'The seed cites its reference 4.' },
    { value: 'Fever', source: 'seed', note: 'The seed cites its reference 4.' },
    { value: 'Infusion-site reactions', source: 'seed', note: 'The seed cites its reference 4.' },
];

export const Drugs: Drug[] = [
    {
        term: 'diltiazem',
        label: 'Diltiazem',
        drugClass: 'calcium channel blocker',
        mechanism: {
            value: 'Decreases the amount of calcium that enters the cells and macrophages of damaged tissue.',
            source: 'seed',
            note: 'The seed cites its reference 2.',
        },
        indication: { value: 'The most commonly used drug; smaller lesions respond. A high dose is needed for a therapeutic response.', source: 'seed' },
        regimens: [
            { low: 2, high: 4, unit: 'mg/kg/d', perKg: true, route: 'oral', source: 'seed', note: 'The seed cites its reference 2 (Jiménez-Gallo 2015).' },
            { low: 240, high: 480, unit: 'mg/d', perKg: false, population: 'adults', route: 'oral', source: 'palmieri1995', note: 'Consistent with the seed\'s 2-4 mg/kg/d for a 60-120 kg adult.' },
        ],
        cautions: [
            { value: 'Evidence is limited to case reports and series (level IV).', source: 'traineau2020' },
            { value: 'Partial response only, in 9 of 17 treated patients of the Mayo Clinic series.', source: 'balin2012' },
        ],
    },
    {
        term: 'warfarin',
        label: 'Warfarin (low dose)',
        drugClass: 'vitamin K antagonist',
        mechanism: {
            value: 'Vitamin K levels have been found high in some patients with calcinosis cutis; low-dose warfarin normalises them.',
            source: 'seed',
            note: 'The seed cites its references 2 and 8.',
        },
        indication: { value: 'Reported to give some improvement of small lesions.', source: 'seed' },
        regimens: [
            { low: 1, high: 1, unit: 'mg/d', perKg: false, route: 'oral', source: 'seed', note: 'The dose matches published reports.' },
        ],
        cautions: [
            {
                value: 'Low-dose warfarin should not be used for calcinosis cutis: a small randomised trial and four retrospective studies showed no benefit (level IB).',
                source: 'traineau2020',
            },
            {
                value: 'Warfarin is a risk factor for calciphylaxis, including non-uraemic calciphylaxis.',
                source: 'nigwekar2018',
            },
        ],
    },
    {
        term: 'etidronate',
        label: 'Etidronate',
        drugClass: 'bisphosphonate',
        mechanism: BISPHOSPHONATE_MECHANISM,
        indication: BISPHOSPHONATE_INDICATION,
        regimens: [
            { low: 800, high: 800, unit: 'mg/d', perKg: false, route: 'oral', source: 'seed' },
            { low: 5, high: 20, unit: 'mg/kg/d', perKg: true, route: 'oral', source: 'labelEtidronate', note: 'Label range across indications (Paget\'s disease 5-20 mg/kg/d for limited periods; heterotopic ossification 20 mg/kg/d). 800 mg/d is within it for 40-160 kg.' },
        ],
        adverseEffects: BISPHOSPHONATE_ADVERSE,
    },
    {
        term: 'alendronate',
        label: 'Alendronate',
        drugClass: 'bisphosphonate',
        mechanism: BISPHOSPHONATE_MECHANISM,
        indication: BISPHOSPHONATE_INDICATION,
        regimens: [
            { low: 70, high: 70, unit: 'mg/wk', perKg: false, route: 'oral', source: 'seed', note: 'The standard weekly dose; reported with benefit in juvenile dermatomyositis (Kaliyadan 2011).' },
            { low: 35, high: 70, unit: 'mg/wk', perKg: false, route: 'oral', source: 'labelAlendronate', note: 'Label weekly regimens (35 mg prevention, 70 mg treatment of osteoporosis).' },
            { low: 5, high: 10, unit: 'mg/d', perKg: false, route: 'oral', source: 'labelAlendronate', note: 'Label daily regimens, equivalent to the weekly ones.' },
        ],
        adverseEffects: BISPHOSPHONATE_ADVERSE,
    },
    {
        term: 'pamidronate',
        label: 'Pamidronate',
        drugClass: 'bisphosphonate',
        mechanism: BISPHOSPHONATE_MECHANISM,
        indication: BISPHOSPHONATE_INDICATION,
        regimens: [
            {
                low: 15, high: 30, unit: 'mg/wk', perKg: false, route: 'intravenous', source: 'labelPamidronate',
                note: 'The label\'s 60-90 mg infusions every 3-4 weeks, as an amount per week (60 mg / 4 weeks to 90 mg / 3 weeks). Single 60-90 mg infusions are also given for hypercalcaemia of malignancy; cyclic 3-day intravenous courses are reported in juvenile dermatomyositis.',
            },
        ],
        discrepancies: [
            {
                printed: '90 mg/week',
                source: 'seed',
                explanation: 'The label gives 60-90 mg as single infusions or 90 mg every 3 to 4 weeks (15-30 mg per week); 90 mg every week is three to four times that. Check the interval.',
            },
        ],
        adverseEffects: BISPHOSPHONATE_ADVERSE,
    },
    {
        term: 'ceftriaxone',
        label: 'Ceftriaxone',
        drugClass: 'third-generation cephalosporin',
        mechanism: {
            value: 'Affects matrix metalloproteinases, chelates calcium and is anti-inflammatory.',
            source: 'seed',
            note: 'The seed cites its references 6 and 7.',
        },
        regimens: [
            {
                low: 2, high: 2, unit: 'g/d', perKg: false, population: 'adults', route: 'intravenous', source: 'reiter2010',
                note: '2 g/day for 20 days in a reported response of dystrophic calcification (weak: report not re-read).',
            },
        ],
        discrepancies: [
            {
                printed: '2 mg/day',
                source: 'seed',
                explanation: 'A slip for grams: the literature reports 2 g/day intravenously; 2 mg is a thousandth of that and of any antibacterial dose (adult label maximum 4 g/day).',
            },
        ],
        cautions: [
            { value: 'Do not exceed 4 g/day in adults.', source: 'labelCeftriaxone' },
        ],
    },
    {
        term: 'aluminiumHydroxide',
        label: 'Aluminium hydroxide',
        drugClass: 'phosphate binder',
        mechanism: {
            value: 'Binds phosphorus and reduces its intestinal absorption.',
            source: 'seed',
            note: 'The seed cites its reference 3 (Balin 2012).',
        },
        indication: { value: 'Smaller lesions have been reported to respond.', source: 'seed', note: 'The seed cites its reference 4.' },
        regimens: [
            {
                low: 1.8, high: 2.4, unit: 'g/d', perKg: false, route: 'oral', source: 'seed',
                note: 'The seed: 2.24 g/day in calcinosis cutis, 2.4 g/day in dermatomyositis and 1.8 g/day in lupus.',
            },
            {
                low: 2.4, high: 2.85, unit: 'g/d', perKg: false, route: 'oral', source: 'engineering', evidence: 'weak',
                note: 'Phosphate-binder doses of about 2.4-2.85 g/day in dialysis studies, gathered in design/clinical-facts.md without the studies named: to verify.',
            },
        ],
        cautions: [
            {
                value: 'Aluminium accumulates in renal failure (bone disease, encephalopathy): in chronic kidney disease aluminium binders are for short courses only (about 4 weeks), if at all.',
                source: 'kdoqi2003',
            },
        ],
    },
    {
        term: 'probenecid',
        label: 'Probenecid',
        drugClass: 'uricosuric',
        mechanism: {
            value: 'Increases renal phosphate excretion, lowering serum phosphate.',
            source: 'engineering',
            evidence: 'weak',
            note: 'Textbook pharmacology, not checked against a calcinosis source.',
        },
        indication: { value: 'Smaller lesions have been reported to respond.', source: 'seed', note: 'The seed cites its reference 4.' },
        regimens: [
            {
                low: 1.5, high: 1.5, unit: 'g/d', perKg: false, route: 'oral', source: 'engineering', evidence: 'weak',
                note: 'About 1.5 g/day in secondary summaries; the primary reports (juvenile dermatomyositis) were not read.',
            },
        ],
    },
    {
        term: 'sodiumThiosulfate',
        label: 'Sodium thiosulfate',
        drugClass: 'calcium chelator',
        mechanism: {
            value: 'Forms soluble calcium thiosulfate that dissolves deposits; also antioxidant and vasodilating.',
            source: 'nigwekar2018',
        },
        indication: {
            value: 'Intralesional sodium thiosulfate is a promising option for calcinosis cutis in systemic sclerosis and dermatomyositis (level IV).',
            source: 'traineau2020',
            note: 'Given intravenously in calciphylaxis (Nigwekar 2018) and in diffuse dystrophic calcinosis (Badawi 2020); topical 25% preparations are also reported.',
        },
        regimens: [
            {
                low: 37.5, high: 37.5, unit: 'g/wk', perKg: false, population: 'dystrophic calcinosis', route: 'intravenous', source: 'badawi2020',
                note: '12.5 g intravenously three times weekly over 30 minutes; later once weekly for recurrence.',
            },
            {
                low: 75, high: 75, unit: 'g/wk', perKg: false, population: 'calciphylaxis on haemodialysis', route: 'intravenous', source: 'nigwekar2018', evidence: 'weak',
                note: '25 g intravenously during the last part of each of three weekly haemodialysis sessions.',
            },
        ],
    },
    {
        term: 'minocycline',
        label: 'Minocycline',
        drugClass: 'tetracycline antibiotic',
        mechanism: {
            value: 'Uncertain; calcium chelation and anti-inflammatory (anti-metalloproteinase) effects are proposed. Ulceration and inflammation around deposits decrease.',
            source: 'robertson2003',
            evidence: 'weak',
        },
        indication: { value: 'Painful or ulcerating calcinosis in limited systemic sclerosis: 8 of 9 patients improved.', source: 'robertson2003' },
        regimens: [
            { low: 50, high: 100, unit: 'mg/d', perKg: false, route: 'oral', source: 'robertson2003' },
        ],
        adverseEffects: [
            { value: 'Blue-black discoloration of the deposits', source: 'robertson2003' },
        ],
    },
    {
        term: 'colchicine',
        label: 'Colchicine',
        drugClass: 'anti-inflammatory (microtubule inhibitor)',
        mechanism: {
            value: 'Reduces the inflammation around calcinosis deposits; it does not dissolve them.',
            source: 'valenzuelaChung2016',
        },
        indication: { value: 'Secondary inflammation of calcinosis in systemic sclerosis.', source: 'valenzuelaChung2016' },
        regimens: [
            { low: 1, high: 1, unit: 'mg/d', perKg: false, route: 'oral', source: 'valenzuelaChung2016' },
        ],
    },
    {
        term: 'intralesionalTriamcinolone',
        label: 'Intralesional triamcinolone',
        drugClass: 'corticosteroid',
        mechanism: {
            value: 'Reduces the secondary inflammation around calcinosis deposits.',
            source: 'valenzuelaChung2016',
        },
        indication: {
            value: 'Injections of triamcinolone acetonide suspension 20 mg/mL into inflamed lesions.',
            source: 'valenzuelaChung2016',
            note: 'A concentration, not an amount per time: no regimen to check a dose against.',
        },
        regimens: [],
    },
];
