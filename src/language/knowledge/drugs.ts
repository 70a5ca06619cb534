/**
 * Drugs used for calcinosis cutis and calciphylaxis, and those that bear on it (binders,
 * anticoagulants, immunosuppressants), with the regimens a written prescription is checked
 * against, in FHIR R4 Dosage terms (types.ts): an amount per administration with a timing,
 * or a rate per day or week; in range if any one regimen contains the dose. Where the seed
 * prints a dose the literature contradicts, both are kept: the seed's as a Discrepancy,
 * the literature's as the regimen. A regimen for another indication (warfarin for a valve)
 * says so in `otherIndication`: no calcinosis dose check rests on it.
 */
import type { CalcinosisType, Drug, PatientDailyLimit, Regimen, RegimenTiming, Sourced } from './types.js';

const DAILY: RegimenTiming = { frequency: 1, period: 1, periodUnit: 'd' };
const TWICE_DAILY: RegimenTiming = { frequency: 2, period: 1, periodUnit: 'd' };
const THREE_TIMES_DAILY: RegimenTiming = { frequency: 3, period: 1, periodUnit: 'd' };
const WEEKLY: RegimenTiming = { frequency: 1, period: 1, periodUnit: 'wk' };
const THREE_TIMES_WEEKLY: RegimenTiming = { frequency: 3, period: 1, periodUnit: 'wk' };
const ONCE: RegimenTiming = { count: 1 };
/** The heparin label's low-dose prophylaxis, 5,000 units sc every 8-12 hours: the sodium salt's and the calcium salt's. */
const HEPARIN_PROPHYLAXIS: Regimen = { low: 5000, high: 5000, unit: '[iU]', perKg: false, timing: { frequency: 2, frequencyMax: 3, period: 1, periodUnit: 'd' }, route: 'sc', ages: 'adults', population: 'adults', otherIndication: 'prophylaxis of venous thromboembolism', source: 'labelHeparin' };

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
/** The seed's response is that of calcinosis in connective tissue disease: not said of a bisphosphonate given for hypercalcaemia (metastatic). */
const BISPHOSPHONATE_INDICATION_FOR: CalcinosisType[] = ['dystrophic'];
const BISPHOSPHONATE_ADVERSE: Sourced<string>[] = [
    { value: 'Osteonecrosis of the jaw', source: 'seed', note: 'The seed cites its reference 4.' },
    { value: 'Fever', source: 'seed', note: 'The seed cites its reference 4.' },
    { value: 'Infusion-site reactions', source: 'seed', note: 'The seed cites its reference 4.' },
];
/** Oral bisphosphonates: no infusion, so no infusion reactions; the label's oesophageal warning instead. */
const ORAL_BISPHOSPHONATE_ADVERSE: Sourced<string>[] = [
    BISPHOSPHONATE_ADVERSE[0],
    { value: 'Oesophagitis and oesophageal ulcers: take it fasting, upright, with a full glass of water', source: 'labelAlendronate' },
];
const ETIDRONATE_ADVERSE: Sourced<string>[] = [BISPHOSPHONATE_ADVERSE[0]];
/** NSAIDs share their mechanism, and with it their renal harm (cautions.ts). */
const NSAID_MECHANISM: Sourced<string> = { value: 'A non-steroidal anti-inflammatory drug: inhibits cyclo-oxygenase and prostaglandin synthesis, on which the failing kidney depends.', source: 'kdigo2012' };
/** Where apixaban 2.5 mg twice daily is labelled whatever the atrial fibrillation criteria. */
const APIXABAN_ALSO = 'the prevention of recurrent DVT or PE after 6 months of treatment, and after hip or knee replacement';

/** The calcium gluconate label's neonates: 1 month and younger; its other paediatric doses are for those older than 1 month. */
const CALCIUM_GLUCONATE_NEONATE_YEARS: Sourced<number> = { value: 1 / 12, source: 'labelCalciumGluconate' };
/** The European SmPC's newborn band of ceftriaxone: 14 days and younger (below 15 days). */
const CEFTRIAXONE_NEWBORN_YEARS: Sourced<number> = { value: 14 / 365, source: 'smpcCeftriaxone', note: 'Newborn infants aged 0-14 days.' };
/** The Xylocaine label's maxima, said by both lidocaine ceilings (the per-kg one and the fixed one): which solution is given is not written. */
const LIDOCAINE_MAXIMA = 'The most with epinephrine, 7 mg/kg (in general no more than 500 mg); without epinephrine at most 4.5 mg/kg (in general no more than 300 mg). Lower for children, the elderly and in heart or liver disease.';
const EVERY_6_HOURS: RegimenTiming = { frequency: 1, period: 6, periodUnit: 'h' };
const EVERY_12_HOURS: RegimenTiming = { frequency: 1, period: 12, periodUnit: 'h' };

/** Paracetamol's weight-based dosing: under 50 kg (US label: adults, adolescents and children from 2 years). */
const PARACETAMOL_BY_WEIGHT_BELOW_KG: Sourced<number> = { value: 50, source: 'labelAcetaminophenIv' };
const PARACETAMOL_WEIGHT_DOSING_AGES = { fromYears: 2, toYears: Infinity, label: '2 years and over' };
/** Vitamin D's upper limits by age: the IOM's tolerable intakes (healthy people), the Endocrine Society's for treating deficiency. */
const VITAMIN_D_LIMITS: PatientDailyLimit[] = [
    { maxPerDay: { value: 1000, source: 'iom2011VitaminD' }, unit: '[iU]/d', ages: { fromYears: 0, toYears: 0.5, label: '0-6 months' }, who: "the IOM's tolerable upper intake", dailySchedulesOnly: true },
    { maxPerDay: { value: 1500, source: 'iom2011VitaminD' }, unit: '[iU]/d', ages: { fromYears: 0.5, toYears: 1, label: '6-12 months' }, who: "the IOM's tolerable upper intake", dailySchedulesOnly: true },
    { maxPerDay: { value: 2500, source: 'iom2011VitaminD' }, unit: '[iU]/d', ages: { fromYears: 1, toYears: 4, label: '1-3 years' }, who: "the IOM's tolerable upper intake", dailySchedulesOnly: true },
    { maxPerDay: { value: 3000, source: 'iom2011VitaminD' }, unit: '[iU]/d', ages: { fromYears: 4, toYears: 9, label: '4-8 years' }, who: "the IOM's tolerable upper intake", dailySchedulesOnly: true },
    { maxPerDay: { value: 4000, source: 'iom2011VitaminD' }, unit: '[iU]/d', ages: { fromYears: 9, toYears: Infinity, label: '9 years and over' }, who: "the IOM's tolerable upper intake", dailySchedulesOnly: true },
    { maxPerDay: { value: 2000, source: 'holick2011' }, unit: '[iU]/d', ages: { fromYears: 0, toYears: 1, label: '0-1 year' }, who: "the Endocrine Society's upper limit for treating deficiency", dailySchedulesOnly: true },
    { maxPerDay: { value: 4000, source: 'holick2011' }, unit: '[iU]/d', ages: { fromYears: 1, toYears: 19, label: '1-18 years' }, who: "the Endocrine Society's upper limit for treating deficiency", dailySchedulesOnly: true },
    { maxPerDay: { value: 10000, source: 'holick2011' }, unit: '[iU]/d', ages: { fromYears: 19, toYears: Infinity, label: '19 years and over' }, who: "the Endocrine Society's upper limit for treating deficiency", dailySchedulesOnly: true },
];

/** A child's dose held to the adults' most a dose (clinical/adult-ceiling.ts): BNF for Children's general rule. */
export const ChildDoseCeiling: Sourced<string> = {
    value: 'for most drugs a child\'s weight-based dose is not to exceed the adult maximum',
    source: 'bnfcDoseCalculation', note: 'General guidance, not a drug\'s own label: the warning names the adults\' regimen and its source beside it.',
};

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
            { low: 240, high: 480, unit: 'mg/d', perKg: false, ages: 'adults', population: 'adults', route: 'oral', source: 'palmieri1995', note: 'Consistent with the seed\'s 2-4 mg/kg/d for a 60-120 kg adult.' },
        ],
        // The form (immediate or extended release) is not written, so the highest labelled day holds: a warning above it holds for every form.
        ceilings: [{
            value: 540, unit: 'mg/d', per: 'day', source: 'labelDiltiazemDosage', evidence: 'weak',
            note: 'The most any diltiazem label gives (extended release; 540 mg studied with Cardizem CD, whose label gives up to 480 mg once daily); immediate-release tablets are usually given at 180-360 mg a day.',
        }],
        cautions: [
            { value: 'Evidence is limited to case reports and series (level IV).', source: 'traineau2020' },
            { value: 'Partial response only, in 9 of 17 treated patients of the Mayo Clinic series.', source: 'balin2012' },
        ],
    },
    {
        term: 'warfarin',
        label: 'Warfarin',
        drugClass: 'vitamin K antagonist',
        mechanism: {
            value: 'Vitamin K levels have been found high in some patients with calcinosis cutis; low-dose warfarin normalises them.',
            source: 'seed',
            note: 'The seed cites its references 2 and 8.',
        },
        indication: { value: 'Reported to give some improvement of small lesions.', source: 'seed' },
        // Clinical review 13: not said of calciphylaxis, which warfarin promotes (the low-dose regimen's note).
        indicationFor: ['dystrophic', 'idiopathic', 'metastatic', 'iatrogenic'],
        exposure: 'warfarin',
        regimens: [
            {
                low: 1, high: 1, unit: 'mg/d', perKg: false, route: 'oral', reportedFor: ['dystrophic'], neverFor: ['calciphylaxis'], source: 'seed', note: 'The dose matches published reports, in dystrophic calcinosis (connective tissue disease); never a regimen for calciphylaxis, which warfarin promotes.',
                advisedAgainst: { value: 'low-dose warfarin showed no benefit for calcinosis cutis in a small randomised trial and four retrospective studies (level IB) and should not be used for it', source: 'traineau2020' },
            },
            {
                low: 2, high: 10, unit: 'mg/d', perKg: false, route: 'oral', source: 'labelWarfarin',
                otherIndication: 'anticoagulation (a valve, atrial fibrillation, thrombosis), adjusted to the INR',
                note: 'The label: start at 2-5 mg/day; most patients are maintained on 2-10 mg/day, adjusted to the INR.',
            },
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
        indication: BISPHOSPHONATE_INDICATION, indicationFor: BISPHOSPHONATE_INDICATION_FOR,
        regimens: [
            { low: 800, high: 800, unit: 'mg/d', perKg: false, route: 'oral', source: 'seed' },
            { low: 5, high: 20, unit: 'mg/kg/d', perKg: true, route: 'oral', source: 'labelEtidronate', note: 'Label range across indications (Paget\'s disease 5-20 mg/kg/d for limited periods; heterotopic ossification 20 mg/kg/d). 800 mg/d is within it for 40-160 kg.' },
        ],
        adverseEffects: ETIDRONATE_ADVERSE,
    },
    {
        term: 'alendronate',
        label: 'Alendronate',
        drugClass: 'bisphosphonate',
        mechanism: BISPHOSPHONATE_MECHANISM,
        indication: BISPHOSPHONATE_INDICATION, indicationFor: BISPHOSPHONATE_INDICATION_FOR,
        regimens: [
            { low: 70, high: 70, unit: 'mg', perKg: false, timing: WEEKLY, route: 'oral', ages: 'adults', population: 'adults', source: 'seed', note: "The standard weekly dose; reported with benefit in juvenile dermatomyositis (Kaliyadan 2011). The seed prints the adults' weekly dose, not a child's (management.md: children not indicated)." },
            { low: 35, high: 70, unit: 'mg', perKg: false, timing: WEEKLY, route: 'oral', ages: 'adults', population: 'adults', source: 'labelAlendronate', note: 'Label weekly regimens (35 mg prevention, 70 mg treatment of osteoporosis), all in adults: the label does not establish use in children.' },
            { low: 5, high: 10, unit: 'mg', perKg: false, timing: DAILY, route: 'oral', ages: 'adults', population: 'adults', source: 'labelAlendronate', note: 'Label daily regimens, equivalent to the weekly ones (adults).' },
        ],
        adverseEffects: ORAL_BISPHOSPHONATE_ADVERSE,
    },
    {
        term: 'pamidronate',
        label: 'Pamidronate',
        drugClass: 'bisphosphonate',
        mechanism: BISPHOSPHONATE_MECHANISM,
        indication: BISPHOSPHONATE_INDICATION, indicationFor: BISPHOSPHONATE_INDICATION_FOR,
        shortestInfusion: { value: 2, unit: 'h', basis: 'the shortest infusion the drug references give', risk: 'shorter infusions have been linked to kidney harm, and longer ones are advised where kidney function is already reduced', source: 'pamidronateInfusion', evidence: 'weak' },
        regimens: [
            {
                low: 60, high: 90, unit: 'mg', perKg: false, usual: 90, timing: { frequency: 1, period: 3, periodMax: 4, periodUnit: 'wk' }, route: 'iv', ages: 'adults', population: 'adults', source: 'labelPamidronate',
                note: 'The label: 90 mg every 3-4 weeks for bone metastases, 90 mg monthly in myeloma (15-30 mg per week).',
            },
            {
                low: 90, high: 90, unit: 'mg', perKg: false, timing: { frequency: 1, period: 1, periodUnit: 'mo' }, route: 'iv', ages: 'adults', population: 'adults, osteolytic lesions of multiple myeloma', source: 'labelPamidronate',
                note: 'The label: in osteolytic bone lesions of multiple myeloma, 90 mg as a 4-hour infusion on a monthly basis (a month is not 3-4 weeks, so it is its own regimen).',
            },
            {
                low: 60, high: 90, unit: 'mg', perKg: false, timing: ONCE, route: 'iv', ages: 'adults', population: 'adults', source: 'labelPamidronate',
                note: 'A single infusion for hypercalcaemia of malignancy; retreat after at least 7 days.',
            },
            {
                // Clinical review 14: the sources differ on the smaller single dose; a cautious 30 mg (on dialysis, say) is the UK's, not "below".
                low: 15, high: 30, unit: 'mg', perKg: false, timing: ONCE, route: 'iv', ages: 'adults', population: 'adults, a calcium up to 3.0 mmol/L (12 mg/dL)', source: 'smpcPamidronate', evidence: 'weak',
                note: 'The UK SmPC doses tumour-induced hypercalcaemia by the initial calcium (15-30 mg up to 3.0 mmol/L, more above, at most 90 mg a course); the US label gives 60-90 mg.',
            },
            {
                low: 30, high: 30, unit: 'mg', perKg: false, timing: DAILY, course: { low: 3, high: 3, unit: 'd' }, route: 'iv', ages: 'adults', population: 'adults', source: 'labelPamidronate',
                note: "The label's Paget course: 30 mg over 4 hours on 3 consecutive days (90 mg in one week, which is not 90 mg every week).",
            },
            {
                low: 1, high: 1, unit: 'mg/kg', perKg: true, timing: DAILY, course: { low: 3, high: 3, unit: 'd' }, cycle: { low: 3, high: 3, unit: 'mo' },
                route: 'iv', ages: 'children', population: 'children with juvenile dermatomyositis', reportedFor: ['dystrophic'], source: 'abramowicz2015', evidence: 'weak',
                note: 'Cyclic 3-day courses are reported (2-8 courses); 1 mg/kg per day and the 3-month interval are from memory: to verify.',
            },
        ],
        ceilings: [{ value: 90, unit: 'mg', per: 'administration', source: 'labelPamidronate', note: 'Single doses should not exceed 90 mg.' }],
        discrepancies: [
            {
                printed: '90 mg/week',
                source: 'seed',
                explanation: 'The label gives 60-90 mg as single infusions or 90 mg every 3 to 4 weeks (15-30 mg per week); 90 mg every week is three to four times that. Check the interval: written as a prescription, 90 mg iv every 4 weeks.',
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
            // The label's doses for infection (an infected ulcer, meningitis): no calcinosis regimen is reported for children.
            {
                low: 50, high: 75, unit: 'mg/kg/d', perKg: true, route: 'iv', ages: 'children', population: 'children',
                otherIndication: 'infections other than meningitis', source: 'labelCeftriaxone',
                note: 'The label\'s paediatric dose for skin and other serious infections, once daily or divided every 12 hours; at most 2 g/day.',
            },
            {
                low: 20, high: 50, unit: 'mg/kg/d', perKg: true, route: 'iv', ages: 'children', toYears: CEFTRIAXONE_NEWBORN_YEARS, population: 'newborns of 14 days and younger',
                otherIndication: 'infection', source: 'smpcCeftriaxone',
                note: 'The European SmPC: 20-50 mg/kg once daily in newborns of 0-14 days, never above 50 mg/kg a day; the US label gives no newborn dose of its own.',
            },
            {
                low: 100, high: 100, unit: 'mg/kg/d', perKg: true, route: 'iv', ages: 'children', population: 'children',
                otherIndication: 'bacterial meningitis', source: 'labelCeftriaxone',
                note: 'The label\'s paediatric dose in meningitis, once daily or divided every 12 hours; at most 4 g/day.',
            },
            {
                low: 1, high: 4, unit: 'g/d', perKg: false, route: 'iv', ages: 'adults', population: 'adults',
                otherIndication: 'infection', source: 'labelCeftriaxone',
                note: 'The label\'s usual adult dose is 1-2 g a day, once daily or divided twice daily, by the infection and its severity; the total not above 4 g a day.',
            },
            {
                low: 2, high: 2, unit: 'g/d', perKg: false, ages: 'adults', population: 'adults', route: 'iv', course: { low: 20, high: 20, unit: 'd' }, reportedFor: ['dystrophic'], source: 'reiter2010',
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
        labelRoutes: { value: ['im'], source: 'labelCeftriaxone', note: 'The label: for intravenous or intramuscular use.' },
        ceilings: [
            { value: 4, unit: 'g/d', per: 'day', source: 'labelCeftriaxone', note: 'The label\'s most in a day: in adults, and in children\'s meningitis (2 g/day in their other infections).' },
            // The sources differ: the US label's children's 50-75 mg/kg/day has no newborn band; the European SmPC caps newborns at 50.
            { value: 50, unit: 'mg/kg/d', per: 'day', ages: 'children', toYears: CEFTRIAXONE_NEWBORN_YEARS, source: 'smpcCeftriaxone', note: 'The European SmPC\'s most for newborns of 14 days and younger (ceftriaxone displaces bilirubin from albumin), where the US label gives children 50-75 mg/kg/day with no newborn band.' },
        ],
        cautions: [
            { value: 'Do not exceed 4 g/day in adults.', source: 'labelCeftriaxone', ages: 'adults' },
        ],
    },
    {
        term: 'aluminiumHydroxide',
        label: 'Aluminium hydroxide',
        drugClass: 'phosphate binder (aluminium)',
        mechanism: {
            value: 'Binds phosphorus and reduces its intestinal absorption.',
            source: 'seed',
            note: 'The seed cites its reference 3 (Balin 2012).',
        },
        indication: { value: 'Smaller lesions have been reported to respond.', source: 'seed', note: 'The seed cites its reference 4.' },
        regimens: [
            {
                // Clinical review 16: reports in adults; a child's dose is not judged against them.
                low: 1.8, high: 2.4, unit: 'g/d', perKg: false, route: 'oral', ages: 'adults', population: 'adults', source: 'seed',
                note: 'The seed: 2.24 g/day in calcinosis cutis, 2.4 g/day in dermatomyositis and 1.8 g/day in lupus.',
            },
            {
                low: 2.4, high: 2.85, unit: 'g/d', perKg: false, route: 'oral', ages: 'adults', population: 'adults on dialysis', source: 'engineering', evidence: 'weak',
                note: 'Phosphate-binder doses of about 2.4-2.85 g/day in dialysis studies, gathered in design/clinical-facts.md without the studies named: to verify.',
            },
        ],
        cautions: [
            {
                value: 'Aluminium accumulates in renal failure (bone disease, encephalopathy): in chronic kidney disease aluminium binders are for short courses only (about 4 weeks), if at all.',
                source: 'kdoqi2003', ages: 'adults',
            },
            {
                // Caution review 6: the adults' course was said to an 11-year-old.
                value: 'Aluminium accumulates in renal failure (bone disease, encephalopathy): in children with kidney disease the paediatric guideline allows aluminium binders only in adolescents, for one short course (up to 4-6 weeks) with a phosphate above 7.0 mg/dL.',
                source: 'kdoqiPaediatricGuide6', ages: 'children',
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
            { low: 0.5, high: 2, unit: 'g/d', perKg: false, route: 'oral', ages: 'adults', population: 'adults', source: 'labelProbenecid', note: '250 mg twice daily for a week, then 500 mg twice daily, raised by 500 mg every 4 weeks to at most 2 g/day.' },
        ],
    },
    {
        term: 'sodiumThiosulfate',
        label: 'Sodium thiosulfate',
        aliases: ['STS', 'sts'],
        drugClass: 'calcium chelator',
        // Calciphylaxis protocols, not the cyanide-antidote label (not read here): Edinburgh 30-60 min, Badawi 30 min.
        shortestInfusion: {
            value: 30, unit: 'min', basis: 'the shortest infusion the calciphylaxis protocols give',
            risk: 'the Edinburgh protocol gives it in the last 30 to 60 minutes of each haemodialysis session, and Badawi 2020 over 30 minutes in dystrophic calcinosis',
            source: 'edren', alsoSources: ['badawi2020'], evidence: 'weak',
        },
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
                low: 12.5, high: 25, unit: 'g', perKg: false, usual: 25, timing: THREE_TIMES_WEEKLY, route: 'iv', ages: 'adults', population: 'adults with calciphylaxis on haemodialysis',
                reportedFor: ['calciphylaxis'], onDialysis: true, modality: 'haemodialysis', source: 'edren',
                note: 'In the last 30-60 minutes of each haemodialysis session; a unit protocol gives 12.5 g first, then 25 g (Hundemer 2016). Off-label; no mortality benefit in pooled cohorts.',
            },
            {
                low: 12.5, high: 12.5, unit: 'g', perKg: false, timing: THREE_TIMES_WEEKLY, route: 'iv', ages: 'adults', population: 'an adult with dystrophic calcinosis', reportedFor: ['dystrophic'], source: 'badawi2020',
                note: 'A 54-year-old woman with dermatomyositis and lupus: 12.5 g intravenously three times weekly over 30 minutes (37.5 g a week); later once weekly for recurrence.',
            },
            {
                low: 3.2, high: 3.2, unit: 'g', perKg: false, timing: TWICE_DAILY, route: 'iv', population: 'calciphylaxis on peritoneal dialysis', reportedFor: ['calciphylaxis'], onDialysis: true, modality: 'peritoneal', source: 'gossett2023',
                note: 'Doses from 3.2 g twice daily to 25 g three times a week were reported in peritoneal dialysis, for 5 weeks to 8 months; never intraperitoneally.',
            },
            {
                low: 25, high: 25, unit: 'g', perKg: false, timing: THREE_TIMES_WEEKLY, route: 'iv', population: 'calciphylaxis on peritoneal dialysis', reportedFor: ['calciphylaxis'], onDialysis: true, modality: 'peritoneal', source: 'gossett2023',
                note: 'The other end of the intravenous doses of the review (18 patients): 25 g three times weekly. Doses between the two ends are not each reported, so they are not regimens here.',
            },
            {
                low: 25, high: 25, unit: '%', perKg: false, timing: { frequency: 1, frequencyMax: 2, period: 1, periodUnit: 'd' }, route: 'topical', reportedFor: ['dystrophic', 'calciphylaxis'], source: 'bair2011',
                note: 'A 25% preparation (in zinc oxide) applied to ulcerated calcinosis; once or twice daily is from memory: to verify.',
            },
            {
                low: 150, high: 250, unit: 'mg/mL', perKg: false, timing: { frequency: 1, period: 1, periodMax: 4, periodUnit: 'wk' }, route: 'intralesional', reportedFor: ['dystrophic'], source: 'ilSts2021',
                note: 'Injected into the deposits weekly to monthly; the volume per lesion depends on its size.',
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
            // Robertson's nine patients were adults with limited systemic sclerosis: the regimen neither passes nor fails a child's dose.
            { low: 50, high: 100, unit: 'mg/d', perKg: false, route: 'oral', ages: 'adults', population: 'adults', source: 'robertson2003' },
            {
                low: 100, high: 100, unit: 'mg', perKg: false, timing: TWICE_DAILY, route: 'oral', ages: 'adults', population: 'adults', otherIndication: 'infections', source: 'labelMinocycline',
                note: 'The label: 200 mg initially, then 100 mg every 12 hours; or 100-200 mg initially, then 50 mg four times a day. The 200 mg loading dose is not held here.',
            },
            { low: 50, high: 50, unit: 'mg', perKg: false, timing: { frequency: 4, period: 1, periodUnit: 'd' }, route: 'oral', ages: 'adults', population: 'adults', otherIndication: 'infections', source: 'labelMinocycline' },
            {
                low: 2, high: 2, unit: 'mg/kg', perKg: true, timing: TWICE_DAILY, route: 'oral', ages: 'children', afterYears: { value: 8, source: 'labelMinocycline' }, population: 'children over 8 years', otherIndication: 'infections', source: 'labelMinocycline',
                note: 'The label: children over 8 years, 4 mg/kg initially, then 2 mg/kg every 12 hours. The 4 mg/kg loading dose is not held here; below 8 years tetracyclines stain the teeth (cautions.ts).',
            },
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
            { low: 0.5, high: 1.2, unit: 'mg/d', perKg: false, route: 'oral', ages: 'adults', population: 'adults', source: 'labelColchicine', note: 'The label dose for gout prophylaxis, 0.6 mg once or twice daily, which calcinosis reports follow.' },
        ],
    },
    {
        term: 'intralesionalTriamcinolone',
        label: 'Intralesional triamcinolone',
        // Clinical review 14: what a clinician writes (the route says intralesional).
        aliases: ['triamcinolone', 'triamcinoloneAcetonide', 'kenalog'],
        drugClass: 'corticosteroid',
        mechanism: {
            value: 'Reduces the secondary inflammation around calcinosis deposits.',
            source: 'valenzuelaChung2016',
        },
        indication: {
            value: 'Injections of triamcinolone acetonide suspension 20 mg/mL into inflamed lesions.',
            source: 'valenzuelaChung2016',
        },
        regimens: [
            {
                low: 10, high: 20, unit: 'mg/mL', perKg: false, timing: { frequency: 1, period: 2, periodMax: 6, periodUnit: 'wk' }, route: 'intralesional', reportedFor: ['dystrophic'], source: 'valenzuelaChung2016',
                note: 'Triamcinolone acetonide 20 mg/mL into inflamed lesions (Valenzuela 2016); the 10 mg/mL suspension is the one labelled for intralesional use. The interval of 2-6 weeks is from memory: to verify.',
                evidence: 'weak',
            },
        ],
    },
    // ── Calciphylaxis and CKD-MBD: calcium, phosphate and PTH (management.md §1.1, §2) ──
    {
        term: 'cinacalcet',
        label: 'Cinacalcet',
        aliases: ['sensipar', 'mimpara'],
        drugClass: 'calcimimetic',
        mechanism: { value: 'Sensitises the parathyroid calcium-sensing receptor, lowering PTH, calcium and phosphate.', source: 'labelCinacalcet' },
        indication: { value: 'Secondary hyperparathyroidism on dialysis, including calciphylaxis; parathyroid carcinoma and primary hyperparathyroidism.', source: 'labelCinacalcet' },
        regimens: [
            {
                low: 30, high: 180, unit: 'mg', perKg: false, usual: 30, timing: DAILY, route: 'oral', ages: 'adults', population: 'adults on dialysis with secondary hyperparathyroidism',
                reportedFor: ['calciphylaxis', 'metastatic'], onDialysis: true, source: 'labelCinacalcet',
                note: '30 mg once daily with food, titrated every 2-4 weeks through 60, 90, 120 and 180 mg.',
            },
            {
                // Adults only (the label's indications): a child on dialysis must not be held to it (and nudged up).
                // Off dialysis (clinical review 14): on dialysis the secondary hyperparathyroidism dose, once daily, is the one to hold a dose to.
                low: 30, high: 90, unit: 'mg', perKg: false, timing: { frequency: 2, frequencyMax: 4, period: 1, periodUnit: 'd' }, route: 'oral', ages: 'adults', population: 'adults with parathyroid carcinoma or primary hyperparathyroidism',
                onDialysis: false, source: 'labelCinacalcet', note: '30 mg twice daily, titrated to 90 mg three or four times daily.',
            },
        ],
        ceilings: [{ value: 360, unit: 'mg/d', per: 'day', source: 'labelCinacalcet', note: '180 mg/day in secondary hyperparathyroidism; 360 mg/day in parathyroid carcinoma.' }],
    },
    {
        term: 'sevelamer',
        label: 'Sevelamer',
        aliases: ['sevelamerCarbonate', 'sevelamerHydrochloride', 'renvela', 'renagel'],
        drugClass: 'phosphate binder (calcium-free)',
        binder: 'calcium-free',
        mechanism: { value: 'Binds dietary phosphate in the gut without adding calcium.', source: 'drugsSevelamer' },
        indication: { value: 'Hyperphosphataemia on dialysis; the calcium-free binder advised in calciphylaxis and vascular calcification.', source: 'kdoqiGuide5' },
        regimens: [
            {
                low: 800, high: 1600, unit: 'mg', perKg: false, timing: THREE_TIMES_DAILY, route: 'oral', ages: 'adults', population: 'adults on dialysis, starting', reportedFor: ['calciphylaxis', 'metastatic'], source: 'drugsSevelamer',
                note: '800 mg (phosphate 5.5-7.5 mg/dL) or 1600 mg (≥ 7.5 mg/dL) with each meal, raised by 800 mg per meal every 2 weeks; mean 7.2 g/day.',
            },
            {
                // Clinical review 14: the maintenance dose is the titrated one (2.4 g with each meal is usual), not the starting dose.
                low: 2.4, high: 14, unit: 'g/d', perKg: false, route: 'oral', ages: 'adults', population: 'adults on dialysis, titrated', reportedFor: ['calciphylaxis', 'metastatic'], source: 'drugsSevelamer',
                note: 'From 800 mg with each meal, raised by 800 mg per meal every 2 weeks to the phosphate: a mean of 7.2 g/day in the trials, at most the 14 g/day studied.',
            },
        ],
        ceilings: [{ value: 14, unit: 'g/d', per: 'day', source: 'drugsSevelamer', note: 'The highest daily dose studied (carbonate).' }],
    },
    {
        term: 'lanthanum',
        label: 'Lanthanum carbonate',
        aliases: ['lanthanumCarbonate', 'fosrenol'],
        drugClass: 'phosphate binder (calcium-free)',
        binder: 'calcium-free',
        mechanism: { value: 'Binds dietary phosphate in the gut without adding calcium.', source: 'labelLanthanum' },
        indication: { value: 'Hyperphosphataemia in end-stage kidney disease.', source: 'labelLanthanum' },
        regimens: [
            {
                low: 1500, high: 3000, unit: 'mg/d', perKg: false, route: 'oral', ages: 'adults', population: 'adults with end-stage kidney disease', reportedFor: ['calciphylaxis', 'metastatic'], source: 'labelLanthanum',
                note: 'Divided with meals and chewed; raised by 750 mg/day every 2-3 weeks. Up to 4500 mg/day was studied; the UK licence stops at 3 g/day.',
            },
        ],
        ceilings: [{ value: 4500, unit: 'mg/d', per: 'day', source: 'labelLanthanum' }],
    },
    {
        term: 'calciumAcetate',
        label: 'Calcium acetate',
        aliases: ['phoslo'],
        drugClass: 'phosphate binder (calcium-based)',
        binder: 'calcium-based',
        exposure: 'calciumSalts',
        mechanism: { value: 'Binds dietary phosphate in the gut; each 667 mg capsule gives 169 mg of elemental calcium.', source: 'dailymedCaAcetate' },
        indication: { value: 'Hyperphosphataemia on dialysis; to be stopped in calciphylaxis, in favour of a calcium-free binder.', source: 'kdoqiGuide5' },
        regimens: [
            {
                low: 1334, high: 2668, unit: 'mg', perKg: false, timing: THREE_TIMES_DAILY, route: 'oral', ages: 'adults', population: 'adults on dialysis', reportedFor: ['metastatic'], source: 'dailymedCaAcetate',
                note: 'Two 667 mg capsules with each meal, usually 3-4 per meal; binder calcium should stay ≤ 1500 mg/day (KDOQI 5.5).',
            },
        ],
    },
    {
        term: 'calcitriol',
        label: 'Calcitriol (active vitamin D)',
        aliases: ['rocaltrol', 'activeVitaminD'],
        drugClass: 'active vitamin D',
        exposure: 'vitaminDAnalogues',
        mechanism: { value: 'Active vitamin D: raises intestinal calcium and phosphate absorption and suppresses PTH.', source: 'kdoqiGuide6' },
        indication: { value: 'Secondary hyperparathyroidism in CKD; to be reduced or stopped with calcium above 10.2 mg/dL, and stopped in calciphylaxis.', source: 'kdoqiGuide6' },
        regimens: [
            {
                // Clinical review 14: the injection's dose on dialysis, three times a week after a session (Calcijex).
                low: 0.5, high: 4, unit: 'ug', perKg: false, usual: 1, timing: THREE_TIMES_WEEKLY, route: 'iv', ages: 'adults', population: 'adults on dialysis', onDialysis: true, otherIndication: 'secondary hyperparathyroidism or hypocalcaemia', source: 'labelCalcijex',
                note: 'The injection\'s label: 1-2 µg (0.02 µg/kg) three times weekly to start, 0.5-4 µg used, raised by 0.5-1 µg every 2-4 weeks by the PTH, calcium and phosphate.',
            },
            // The label doses dialysis and predialysis apart: 1 µg a day is a dialysis dose, twice the most before dialysis.
            {
                low: 0.25, high: 1, unit: 'ug', perKg: false, timing: DAILY, route: 'oral', ages: 'adults', population: 'adults on dialysis', onDialysis: true, otherIndication: 'secondary hyperparathyroidism or hypocalcaemia', source: 'labelRocaltrolCkd', evidence: 'weak',
                note: 'Started at 0.25 µg/day and raised by 0.25 µg/day every 4-8 weeks; most patients on haemodialysis respond to 0.5-1 µg/day.',
            },
            {
                low: 0.25, high: 0.5, unit: 'ug', perKg: false, timing: DAILY, route: 'oral', ages: 'adults', population: 'adults with CKD not on dialysis', onDialysis: false, otherIndication: 'secondary hyperparathyroidism', source: 'labelRocaltrolCkd', evidence: 'weak',
                note: 'Started at 0.25 µg/day, raised to 0.5 µg/day if needed.',
            },
            {
                low: 0.5, high: 2, unit: 'ug/d', perKg: false, route: 'oral', ages: 'adults', population: 'adults', otherIndication: 'hypoparathyroidism', source: 'labelRocaltrolDosing',
                note: 'A day\'s total, so one dose or two: the ESE 2015 guideline gives active vitamin D in divided doses (ese2015Hypopara). Started at 0.25 µg/day and raised every 2-4 weeks.',
            },
        ],
    },
    // ── Dystrophic calcinosis and its connective tissue disease (management.md §1.4, §2) ──
    {
        term: 'ivig',
        label: 'Intravenous immunoglobulin',
        aliases: ['IVIG', 'immunoglobulin', 'intravenousImmunoglobulin'],
        drugClass: 'immunoglobulin',
        mechanism: { value: 'Immunomodulation of the underlying dermatomyositis; deposits regressed in reported cases.', source: 'cafardi2015' },
        indication: { value: 'Calcinosis in dermatomyositis, as an adjunct.', source: 'share2017' },
        regimens: [
            {
                low: 2, high: 2, unit: 'g/kg', perKg: true, timing: { frequency: 1, period: 4, periodUnit: 'wk' }, route: 'iv', population: 'dermatomyositis', reportedFor: ['dystrophic'], source: 'cafardi2015',
                note: '2 g/kg per course every 4 weeks, usually split over 2-5 days (the split is from memory).',
            },
        ],
    },
    {
        term: 'rituximab',
        label: 'Rituximab',
        aliases: ['rituxan', 'mabthera'],
        drugClass: 'anti-CD20 monoclonal antibody',
        mechanism: { value: 'Depletes B cells; calcinosis improved in systemic sclerosis and dermatomyositis case series.', source: 'narvaez2019' },
        indication: { value: 'Calcinosis in systemic sclerosis and dermatomyositis (level IV).', source: 'traineau2020' },
        regimens: [
            {
                low: 375, high: 375, unit: 'mg/m2', perKg: false, timing: WEEKLY, course: { low: 4, high: 4, unit: 'wk' }, route: 'iv', reportedFor: ['dystrophic'], source: 'daoussis2012',
                note: '375 mg/m² weekly for 4 weeks; courses repeated (2 courses reported).',
            },
            {
                low: 1000, high: 1000, unit: 'mg', perKg: false, timing: { frequency: 1, period: 2, periodUnit: 'wk' }, course: { low: 2, high: 4, unit: 'wk' }, route: 'iv', reportedFor: ['dystrophic'], source: 'narvaez2019',
                note: 'Two doses of 1000 mg two weeks apart, repeated (mean 3.1 cycles).',
            },
        ],
    },
    {
        term: 'methotrexate',
        label: 'Methotrexate',
        aliases: ['mtx', 'MTX'],
        drugClass: 'antimetabolite (disease-modifying)',
        mechanism: { value: 'Treats the underlying juvenile dermatomyositis; early immunosuppression may prevent calcinosis.', source: 'share2017' },
        indication: { value: 'First-line with corticosteroids in juvenile dermatomyositis.', source: 'share2017' },
        regimens: [
            {
                low: 15, high: 20, unit: 'mg/m2', perKg: false, timing: WEEKLY, ages: 'children', population: 'children with juvenile dermatomyositis', reportedFor: ['dystrophic'], source: 'share2017',
                note: 'Once weekly, subcutaneous preferred, oral also used (so no route is required); at most 40 mg a week.',
            },
            {
                low: 7.5, high: 25, unit: 'mg', perKg: false, timing: WEEKLY, ages: 'adults', population: 'adults', otherIndication: 'the underlying rheumatic disease', source: 'dailymedLabels', evidence: 'weak',
                note: 'Once weekly by mouth or injection; a daily schedule is a known, sometimes fatal, error.',
            },
        ],
        ceilings: [{ value: 40, unit: 'mg', per: 'administration', ages: 'children', source: 'share2017', note: 'The weekly maximum in juvenile dermatomyositis.' }],
    },
    {
        // Clinical review 15: folic acid, given with every methotrexate, was unknown.
        term: 'folicAcid',
        label: 'Folic acid',
        aliases: ['folate', 'folicacid'],
        drugClass: 'vitamin (folate)',
        mechanism: { value: 'Replaces the folate methotrexate antagonises, reducing its gastrointestinal, hepatic and marrow toxicity.', source: 'acr2021Ra' },
        regimens: [
            { low: 5, high: 10, unit: 'mg', perKg: false, timing: WEEKLY, route: 'oral', otherIndication: 'supplementation with methotrexate', source: 'acr2021Ra', evidence: 'weak', note: 'At least 5 mg a week (ACR 2021, as recalled), commonly 5 mg once a week on another day than the methotrexate.' },
            { low: 1, high: 5, unit: 'mg', perKg: false, timing: DAILY, route: 'oral', otherIndication: 'supplementation with methotrexate, or folate deficiency', source: 'acr2021Ra', evidence: 'weak', note: 'Also given as 1 mg daily; 5 mg daily in folate deficiency (as recalled).' },
        ],
    },
    {
        term: 'prednisone',
        label: 'Prednisone',
        drugClass: 'glucocorticoid',
        exposure: 'corticosteroids',
        mechanism: { value: 'Treats the inflammation of the underlying connective tissue disease.', source: 'share2017' },
        indication: { value: 'The underlying dermatomyositis or connective tissue disease; tapered where calciphylaxis is a risk.', source: 'nigwekar2008' },
        regimens: [
            {
                low: 0.5, high: 1, unit: 'mg/kg', perKg: true, timing: DAILY, route: 'oral', ages: 'adults', population: 'adults', otherIndication: 'the underlying disease (connective tissue disease, sarcoidosis, a transplant)', source: 'dailymedLabels', evidence: 'weak',
                note: 'About 1 mg/kg/day (at most 60-80 mg) in adult dermatomyositis, then tapered; from memory.',
            },
            {
                low: 5, high: 60, unit: 'mg', perKg: false, timing: DAILY, route: 'oral', ages: 'adults', population: 'adults', otherIndication: 'the underlying disease (connective tissue disease, sarcoidosis, a transplant)', source: 'labelPrednisone',
                note: 'The label: the initial dosage may vary from 5 mg to 60 mg per day, by the disease; then the lowest dose that keeps the response.',
            },
        ],
    },
    {
        term: 'prednisolone',
        label: 'Prednisolone',
        drugClass: 'glucocorticoid',
        exposure: 'corticosteroids',
        mechanism: { value: 'Treats the inflammation of juvenile dermatomyositis.', source: 'share2017' },
        indication: { value: 'Juvenile dermatomyositis, with methotrexate.', source: 'share2017' },
        regimens: [
            {
                low: 1, high: 2, unit: 'mg/kg', perKg: true, timing: DAILY, route: 'oral', ages: 'children', population: 'children with juvenile dermatomyositis', otherIndication: 'the underlying juvenile dermatomyositis', source: 'share2017', evidence: 'weak',
                note: '1-2 mg/kg/day, at most 60 mg/day, tapered after 2-4 weeks.',
            },
            {
                low: 0.14, high: 2, unit: 'mg/kg/d', perKg: true, route: 'oral', ages: 'children', population: 'children', otherIndication: 'its labelled indications', source: 'labelPrednisolone',
                note: 'The label\'s initial paediatric range, by the disease (asthma, nephrotic syndrome and others), in three or four divided doses; then the lowest dose that keeps the response.',
            },
            {
                low: 5, high: 60, unit: 'mg', perKg: false, timing: DAILY, route: 'oral', ages: 'adults', population: 'adults', otherIndication: 'its labelled indications', source: 'labelPrednisolone',
                note: 'The label: the initial dosage may vary from 5 mg to 60 mg a day, by the disease; then the lowest dose that keeps the response.',
            },
            // After the label's range, which is said first where both hold (40 mg in sarcoidosis is not a myositis dose).
            {
                low: 0.5, high: 1, unit: 'mg/kg', perKg: true, timing: DAILY, route: 'oral', ages: 'adults', population: 'adults', otherIndication: 'the underlying myositis (dermatomyositis, polymyositis)', source: 'bsr2022Myositis',
                note: 'BSR 2022: 0.5-1 mg/kg/day at induction, usually 40-60 mg daily, tapered from about 6 weeks by the response.',
            },
            {
                low: 200, high: 200, unit: 'mg', perKg: false, timing: DAILY, course: { low: 1, high: 1, unit: 'wk' }, route: 'oral', ages: 'adults', population: 'adults', otherIndication: 'acute exacerbations of multiple sclerosis', source: 'labelPrednisolone',
                note: 'The label: 200 mg a day for a week, then 80 mg every other day for a month.',
            },
        ],
        // SHARE's most in juvenile dermatomyositis, not the adults' (the label gives 200 mg a day in multiple sclerosis).
        ceilings: [{ value: 60, unit: 'mg/d', per: 'day', ages: 'children', source: 'share2017', evidence: 'weak' }],
    },
    {
        // Clinical review 12: unknown in a myeloma case; a corticosteroid, so a calciphylaxis risk factor. No regimen is checked.
        term: 'dexamethasone',
        label: 'Dexamethasone',
        drugClass: 'glucocorticoid',
        exposure: 'corticosteroids',
        mechanism: { value: 'A glucocorticoid: treats the underlying disease (myeloma, inflammation), not the deposits.', source: 'nigwekar2008' },
        indication: { value: 'The underlying disease; corticosteroids are a risk factor for non-uraemic calciphylaxis.', source: 'nigwekar2008' },
        regimens: [],
    },
    {
        term: 'methylprednisolone',
        label: 'Methylprednisolone (intravenous pulse)',
        aliases: ['ivmp', 'IVMP', 'solumedrol'],
        drugClass: 'glucocorticoid',
        exposure: 'corticosteroids',
        mechanism: { value: 'High-dose intravenous glucocorticoid for severe juvenile dermatomyositis.', source: 'share2017' },
        indication: { value: 'Severe juvenile dermatomyositis.', source: 'share2017' },
        regimens: [
            {
                low: 15, high: 30, unit: 'mg/kg', perKg: true, timing: DAILY, course: { low: 3, high: 3, unit: 'd' }, route: 'iv', ages: 'children', population: 'children with juvenile dermatomyositis', otherIndication: 'severe juvenile dermatomyositis', source: 'share2017', evidence: 'weak',
                note: '15-30 mg/kg daily for 3 days, at most 1 g per dose.',
            },
        ],
        ceilings: [{ value: 1, unit: 'g', per: 'administration', source: 'share2017', evidence: 'weak' }],
    },
    {
        term: 'hydroxychloroquine',
        label: 'Hydroxychloroquine',
        aliases: ['plaquenil', 'hcq', 'HCQ'],
        drugClass: 'antimalarial (disease-modifying)',
        mechanism: { value: 'Treats the skin disease of dermatomyositis and lupus; calcinosis is not its target.', source: 'aao2016' },
        indication: { value: 'The underlying lupus or dermatomyositis.', source: 'aao2016' },
        regimens: [
            {
                low: 200, high: 400, unit: 'mg/d', perKg: false, route: 'oral', ages: 'adults', population: 'adults', otherIndication: 'the underlying lupus or dermatomyositis', source: 'dailymedLabels', evidence: 'weak',
                note: 'Usual doses; at most 5 mg/kg/day of actual body weight for the retina (AAO 2016).',
            },
        ],
        ceilings: [{ value: 5, unit: 'mg/kg/d', per: 'day', source: 'aao2016', note: 'Of actual body weight: above it the risk of retinopathy rises (kidney disease raises it further).' }],
    },
    {
        term: 'mycophenolate',
        label: 'Mycophenolate mofetil',
        aliases: ['mmf', 'MMF', 'mycophenolateMofetil', 'cellcept'],
        drugClass: 'antimetabolite (immunosuppressant)',
        mechanism: { value: 'Immunosuppression of the underlying juvenile dermatomyositis; reported for skin disease and calcinosis.', source: 'share2017' },
        indication: { value: 'Skin disease and calcinosis in juvenile dermatomyositis.', source: 'share2017' },
        regimens: [
            {
                low: 1000, high: 1500, unit: 'mg', perKg: false, timing: TWICE_DAILY, route: 'oral', ages: 'adults', population: 'adults', reportedFor: ['dystrophic'], source: 'labelCellcept',
                note: 'The label (transplantation): 1 g twice daily (kidney), 1.5 g twice daily (heart, liver); used alike in connective tissue disease.',
            },
            {
                low: 500, high: 1000, unit: 'mg', perKg: false, timing: TWICE_DAILY, route: 'oral', ages: 'adults', population: 'adults, starting and stepping up', reportedFor: ['dystrophic'], source: 'dailymedLabels', evidence: 'weak',
                note: 'A lower starting dose in rheumatology, raised to 1-1.5 g twice daily; from memory.',
            },
            {
                low: 600, high: 600, unit: 'mg/m2', perKg: false, timing: TWICE_DAILY, route: 'oral', ages: 'children', population: 'children', reportedFor: ['dystrophic'], source: 'labelCellcept',
                note: 'The label (children 3 months to 18 years): 600 mg/m² twice daily, at most 2 g a day.',
            },
        ],
        ceilings: [
            { value: 3, unit: 'g/d', per: 'day', ages: 'adults', source: 'labelCellcept', note: '1.5 g twice daily, the highest labelled dose.' },
            { value: 2, unit: 'g/d', per: 'day', ages: 'children', source: 'labelCellcept', note: 'The children\'s most: 600 mg/m² twice daily, at most 2 g a day.' },
        ],
    },
    {
        term: 'acetazolamide',
        label: 'Acetazolamide',
        aliases: ['diamox'],
        drugClass: 'carbonic anhydrase inhibitor',
        mechanism: { value: 'Increases phosphaturia, lowering the phosphate of hyperphosphataemic familial tumoral calcinosis.', source: 'yamaguchi1995' },
        indication: { value: 'Hyperphosphataemic familial tumoral calcinosis, with a low-phosphate diet and binders, over years.', source: 'yamaguchi1995' },
        regimens: [],
        // Clinical review 16: given for years in tumoral calcinosis, its label's adverse effects were not said.
        adverseEffects: [{ value: 'Metabolic acidosis, low potassium, kidney stones and paraesthesia: check the bicarbonate and potassium', source: 'labelAcetazolamide', evidence: 'weak', note: 'The label\'s warnings and adverse reactions as recalled.' }],
    },
    {
        term: 'apixaban',
        label: 'Apixaban',
        aliases: ['eliquis'],
        drugClass: 'direct factor Xa inhibitor',
        mechanism: { value: 'An anticoagulant without the vitamin K antagonism of warfarin.', source: 'garzaMayers2018' },
        indication: { value: 'The anticoagulant that replaces warfarin in calciphylaxis, including on dialysis; not with a mechanical heart valve (label).', source: 'garzaMayers2018' },
        regimens: [
            {
                low: 2.5, high: 5, unit: 'mg', perKg: false, timing: TWICE_DAILY, route: 'oral', ages: 'adults', population: 'adults', otherIndication: 'anticoagulation (replacing warfarin)', source: 'labelApixaban',
                note: '5 mg twice daily; 2.5 mg with two of age ≥ 80 years, weight ≤ 60 kg, creatinine ≥ 1.5 mg/dL (on dialysis, with age ≥ 80 or weight ≤ 60 kg); 2.5 mg also after 6 months of DVT/PE treatment and after hip or knee replacement.',
            },
            {
                low: 10, high: 10, unit: 'mg', perKg: false, timing: TWICE_DAILY, course: { low: 7, high: 7, unit: 'd' }, route: 'oral', ages: 'adults', population: 'adults', otherIndication: 'the first 7 days of DVT or PE treatment', source: 'labelApixaban',
            },
        ],
        ceilings: [{ value: 20, unit: 'mg/d', per: 'day', source: 'labelApixaban', note: '10 mg twice daily, for the first 7 days of DVT or PE treatment only.' }],
        reducedDoses: [
            {
                amount: 2.5, unit: 'mg', timing: TWICE_DAILY, onDialysis: true, needed: 1,
                ageFromYears: { value: 80, source: 'labelApixaban' },
                weightUpToKg: { value: 60, source: 'labelApixaban' },
                fullAmount: 5, fullDose: '5 mg twice daily', indication: 'nonvalvular atrial fibrillation', indicationTerm: 'atrialFibrillation', alsoFor: APIXABAN_ALSO, source: 'labelApixaban',
            },
            {
                amount: 2.5, unit: 'mg', timing: TWICE_DAILY, onDialysis: false, needed: 2,
                ageFromYears: { value: 80, source: 'labelApixaban' },
                weightUpToKg: { value: 60, source: 'labelApixaban' },
                creatinineFromMgDl: { value: 1.5, source: 'labelApixaban' },
                fullAmount: 5, fullDose: '5 mg twice daily', indication: 'nonvalvular atrial fibrillation', indicationTerm: 'atrialFibrillation', alsoFor: APIXABAN_ALSO, source: 'labelApixaban',
            },
        ],
    },
    {
        term: 'risedronate',
        label: 'Risedronate',
        aliases: ['actonel'],
        drugClass: 'bisphosphonate',
        mechanism: BISPHOSPHONATE_MECHANISM,
        indication: BISPHOSPHONATE_INDICATION, indicationFor: BISPHOSPHONATE_INDICATION_FOR,
        regimens: [
            { low: 5, high: 5, unit: 'mg', perKg: false, timing: DAILY, route: 'oral', source: 'medscapeRisedronate' },
            { low: 35, high: 35, unit: 'mg', perKg: false, timing: WEEKLY, route: 'oral', source: 'medscapeRisedronate' },
            { low: 150, high: 150, unit: 'mg', perKg: false, timing: { frequency: 1, period: 1, periodUnit: 'mo' }, route: 'oral', source: 'medscapeRisedronate' },
            { low: 30, high: 30, unit: 'mg', perKg: false, timing: DAILY, course: { low: 2, high: 2, unit: 'mo' }, route: 'oral', population: "Paget's disease", source: 'medscapeRisedronate' },
        ],
        adverseEffects: ORAL_BISPHOSPHONATE_ADVERSE,
    },
    {
        term: 'zoledronicAcid',
        label: 'Zoledronic acid',
        aliases: ['zoledronate', 'zometa', 'aclasta', 'reclast'],
        drugClass: 'bisphosphonate',
        mechanism: BISPHOSPHONATE_MECHANISM,
        indication: BISPHOSPHONATE_INDICATION, indicationFor: BISPHOSPHONATE_INDICATION_FOR,
        shortestInfusion: { value: 15, unit: 'min', risk: 'a faster infusion raises the risk of kidney harm', source: 'labelZoledronicInfusion', evidence: 'weak' },
        regimens: [
            // The labels' indications, none of them calcinosis: a dose that fits says so, not "within" (Zometa's label: not established in non-tumour hypercalcaemia).
            { low: 4, high: 4, unit: 'mg', perKg: false, timing: { frequency: 1, period: 3, periodMax: 4, periodUnit: 'wk' }, route: 'iv', otherIndication: 'multiple myeloma and bone metastases', source: 'labelZoledronic' },
            { low: 4, high: 4, unit: 'mg', perKg: false, timing: ONCE, repeatAfter: { low: 7, high: 7, unit: 'd' }, route: 'iv', otherIndication: 'hypercalcaemia of malignancy', source: 'labelZoledronic', note: 'Zometa: a retreatment may be considered where the calcium does not return to normal, a minimum of 7 days after the first dose.' },
            { low: 5, high: 5, unit: 'mg', perKg: false, timing: { frequency: 1, period: 1, periodUnit: 'a' }, route: 'iv', otherIndication: 'osteoporosis', source: 'labelZoledronic' },
            {
                low: 4, high: 4, unit: 'mg', perKg: false, timing: { frequency: 1, period: 6, periodUnit: 'mo' }, route: 'iv', ages: 'adults',
                population: 'postmenopausal women with early breast cancer', otherIndication: 'adjuvant therapy of early breast cancer after menopause', source: 'ascoCco2017',
                note: 'ASCO-CCO 2017 sets no duration (further research on durations is required), so no course is held here; the trials of the EBCTCG 2015 meta-analysis gave 2-5 years, and the benefit was seen only in postmenopausal women (natural or induced menopause).',
            },
            { low: 5, high: 5, unit: 'mg', perKg: false, timing: ONCE, route: 'iv', otherIndication: "Paget's disease", source: 'labelZoledronic' },
        ],
        adverseEffects: [
            ...BISPHOSPHONATE_ADVERSE,
            { value: 'Renal toxicity (label warning): hydrate first, infuse over no less than 15 minutes, and check the creatinine before each dose; hypocalcaemia', source: 'labelZometa' },
        ],
    },
    // ── NSAIDs: not calcinosis treatments, given for pain; held for their renal cautions (cautions.ts) ──
    {
        term: 'ibuprofen',
        label: 'Ibuprofen',
        drugClass: 'NSAID',
        mechanism: NSAID_MECHANISM,
        indication: { value: 'Pain and inflammation; not a treatment of calcinosis.', source: 'labelIbuprofen' },
        regimens: [
            { low: 400, high: 800, unit: 'mg', perKg: false, timing: { frequency: 3, frequencyMax: 4, period: 1, periodUnit: 'd' }, route: 'oral', ages: 'adults', population: 'adults', otherIndication: 'arthritis or pain', source: 'labelIbuprofen', note: '1200-3200 mg a day in 3-4 doses; 400 mg every 4-6 hours for pain.' },
            // The prescription label's doses are an adult's (adults are 18 and over here): from 12 years the over-the-counter label's hold.
            {
                low: 200, high: 400, unit: 'mg', perKg: false, timing: { frequency: 1, frequencyMax: 6, period: 1, periodUnit: 'd' }, route: 'oral', ages: 'children',
                fromYears: { value: 12, source: 'labelIbuprofenOtc' }, population: 'adolescents, the label\'s children 12 years and over', otherIndication: 'minor aches and pains or fever, over the counter', source: 'labelIbuprofenOtc',
                note: '1 or 2 tablets of 200 mg every 4 to 6 hours while symptoms persist: at most 6 times a day; the day\'s most (6 tablets) is the daily limit.',
            },
        ],
        ceilings: [{ value: 3200, unit: 'mg/d', per: 'day', source: 'labelIbuprofen' }],
        dailyLimits: [
            { maxPerDay: { value: 1200, source: 'labelIbuprofenOtc' }, unit: 'mg/d', ages: { fromYears: 12, toYears: 18, label: '12-17 years' }, who: 'the over-the-counter label (6 tablets of 200 mg in 24 hours, unless directed by a doctor)' },
        ],
        dailyLimitsNote: {
            value: 'The prescription label\'s 1200-3200 mg a day is given for adults; below 18 years the over-the-counter label\'s most is held, which a doctor may direct otherwise.',
            source: 'labelIbuprofenOtc',
        },
    },
    {
        term: 'naproxen',
        label: 'Naproxen',
        drugClass: 'NSAID',
        mechanism: NSAID_MECHANISM,
        indication: { value: 'Pain and inflammation; not a treatment of calcinosis.', source: 'labelNaproxen' },
        regimens: [
            { low: 250, high: 500, unit: 'mg', perKg: false, timing: TWICE_DAILY, route: 'oral', ages: 'adults', population: 'adults', otherIndication: 'arthritis or pain', source: 'labelNaproxen' },
        ],
        ceilings: [{ value: 1500, unit: 'mg/d', per: 'day', source: 'labelNaproxen', note: '1500 mg a day only for limited periods.' }],
    },
    {
        term: 'diclofenac',
        label: 'Diclofenac',
        drugClass: 'NSAID',
        mechanism: NSAID_MECHANISM,
        indication: { value: 'Pain and inflammation; not a treatment of calcinosis.', source: 'labelDiclofenac' },
        regimens: [
            { low: 50, high: 50, unit: 'mg', perKg: false, timing: { frequency: 2, frequencyMax: 4, period: 1, periodUnit: 'd' }, route: 'oral', ages: 'adults', population: 'adults', otherIndication: 'arthritis or pain', source: 'labelDiclofenac', note: '100-200 mg a day: 50 mg two to four times a day.' },
        ],
        ceilings: [{ value: 200, unit: 'mg/d', per: 'day', source: 'labelDiclofenac' }],
    },
    // ── Analgesics for calciphylaxis pain: held for their renal cautions (cautions.ts); no regimen is checked ──
    {
        term: 'morphine',
        label: 'Morphine',
        drugClass: 'opioid',
        mechanism: { value: 'A mu-opioid agonist; its glucuronides (morphine-3- and morphine-6-glucuronide) are cleared by the kidney.', source: 'dean2004' },
        indication: { value: 'Severe pain; in kidney failure its metabolites accumulate, and fentanyl or buprenorphine are preferred.', source: 'esmo2018Pain', note: 'Calciphylaxis pain is managed with palliative care (the plan, strand2022).' },
        regimens: [],
    },
    {
        term: 'fentanyl',
        label: 'Fentanyl',
        drugClass: 'opioid',
        mechanism: { value: 'A mu-opioid agonist cleared by the liver, with no active metabolite.', source: 'dean2004' },
        indication: { value: 'Severe pain, including in kidney failure, where it is among the safest opioids at low doses.', source: 'esmo2018Pain' },
        regimens: [],
    },
    {
        term: 'gabapentin',
        label: 'Gabapentin',
        drugClass: 'gabapentinoid',
        mechanism: { value: 'Binds the alpha-2-delta subunit of voltage-gated calcium channels; cleared unchanged by the kidney.', source: 'labelGabapentin' },
        indication: { value: 'Neuropathic pain; the dose is reduced with the creatinine clearance.', source: 'labelGabapentin' },
        regimens: [],
        // On haemodialysis the label keeps the maintenance dose of the clearance (below 15 mL/min) and adds one after each session.
        renalLimits: [
            {
                creatinineClearanceBelow: { value: 15, source: 'labelGabapentin' }, minPerDay: { value: 100, source: 'labelGabapentin' }, maxPerDay: { value: 300, source: 'labelGabapentin' }, unit: 'mg/d', onDialysis: true,
                afterHaemodialysis: { value: { low: 125, high: 350 }, source: 'labelGabapentin', note: 'A supplemental dose after each 4-hour haemodialysis session.' },
            },
            { creatinineClearanceBelow: { value: 30, source: 'labelGabapentin' }, minPerDay: { value: 200, source: 'labelGabapentin' }, maxPerDay: { value: 700, source: 'labelGabapentin' }, unit: 'mg/d' },
            { creatinineClearanceBelow: { value: 60, source: 'labelGabapentin' }, minPerDay: { value: 400, source: 'labelGabapentin' }, maxPerDay: { value: 1400, source: 'labelGabapentin' }, unit: 'mg/d' },
        ],
    },
    // ── Drugs given beside calcinosis, for another indication: known so that their line is read, not as calcinosis treatments ──
    {
        // Clinical review 15: the common immunosuppressants of connective tissue disease were unknown.
        term: 'azathioprine',
        label: 'Azathioprine',
        aliases: ['imuran', 'azasan'],
        drugClass: 'purine antimetabolite (immunosuppressant)',
        mechanism: { value: 'A purine antimetabolite that suppresses lymphocyte proliferation; steroid-sparing in immune disease.', source: 'labelAzathioprine' },
        indication: { value: 'Immunosuppression of the underlying disease: dermatomyositis and systemic lupus erythematosus are among the UK indications.', source: 'labelAzathioprine' },
        regimens: [
            {
                low: 1, high: 2.5, unit: 'mg/kg/d', perKg: true, route: 'oral', ages: 'adults', population: 'adults', otherIndication: 'rheumatoid arthritis and other immune disease', source: 'labelAzathioprine',
                note: 'About 1 mg/kg (50-100 mg) a day in one or two doses, raised by 0.5 mg/kg a day every 4 weeks to at most 2.5 mg/kg a day.',
            },
            { low: 1, high: 5, unit: 'mg/kg/d', perKg: true, route: 'oral', ages: 'adults', population: 'adults', otherIndication: 'renal transplantation', source: 'labelAzathioprine', note: '3-5 mg/kg a day at first, 1-3 mg/kg a day to maintain.' },
        ],
        adverseEffects: [
            { value: 'Myelosuppression, severe with TPMT or NUDT15 deficiency (consider testing; a lower dose or another drug); with allopurinol, about a third to a quarter of the usual dose', source: 'labelAzathioprine' },
        ],
    },
    {
        term: 'cyclophosphamide',
        label: 'Cyclophosphamide',
        aliases: ['cytoxan', 'endoxan'],
        drugClass: 'alkylating agent',
        mechanism: { value: 'An alkylating prodrug, activated in the liver, that cross-links DNA and suppresses lymphocytes.', source: 'labelCyclophosphamide' },
        regimens: [
            {
                low: 500, high: 500, unit: 'mg', perKg: false, timing: { frequency: 1, period: 2, periodUnit: 'wk' }, route: 'iv', ages: 'adults', population: 'adults',
                otherIndication: 'lupus nephritis (low-dose, 6 doses)', source: 'eular2019LupusNephritis', note: 'EULAR/ERA-EDTA 2019: 500 mg every 2 weeks for 6 doses, with glucocorticoids; high-dose cyclophosphamide an alternative.',
            },
            {
                low: 750, high: 1000, unit: 'mg/m2', perKg: false, timing: { frequency: 1, period: 1, periodUnit: 'mo' }, route: 'iv', ages: 'adults', population: 'adults',
                otherIndication: 'lupus nephritis (high-dose, 6 months)', source: 'eular2012LupusNephritis', evidence: 'weak', note: '0.75-1 g/m² a month for 6 months, read in a summary of the 2012 recommendations.',
            },
            { low: 1, high: 5, unit: 'mg/kg/d', perKg: true, route: 'oral', population: 'adults and children', otherIndication: 'malignant disease', source: 'labelCyclophosphamide' },
        ],
        cautions: [{ value: 'Can cause fetal harm: effective contraception during treatment and for up to 1 year after it (women), 4 months (men).', source: 'labelCyclophosphamide' }],
    },
    {
        term: 'ciclosporin',
        label: 'Ciclosporin',
        aliases: ['cyclosporine', 'cyclosporin', 'cyclosporinA', 'neoral', 'gengraf', 'sandimmune', 'sandimmun'],
        drugClass: 'calcineurin inhibitor',
        mechanism: { value: 'Inhibits calcineurin and with it T-cell activation; nephrotoxic, its levels raised by CYP3A4 inhibitors.', source: 'labelGengraf' },
        regimens: [
            {
                low: 2.5, high: 4, unit: 'mg/kg/d', perKg: true, route: 'oral', ages: 'adults', population: 'adults', otherIndication: 'rheumatoid arthritis or psoriasis', source: 'labelGengraf',
                note: '2.5 mg/kg a day in two doses, raised by about 0.5 mg/kg a day to at most 4 mg/kg a day; reduced by 25-50% when the creatinine rises 25-30% above baseline.',
            },
            { low: 2, high: 15, unit: 'mg/kg/d', perKg: true, route: 'oral', otherIndication: 'transplantation', source: 'smpcNeoral', note: '10-15 mg/kg a day in two doses at first, about 2-6 mg/kg a day to maintain, by levels.' },
        ],
    },
    {
        term: 'tofacitinib',
        label: 'Tofacitinib',
        aliases: ['xeljanz'],
        drugClass: 'Janus kinase inhibitor',
        mechanism: { value: 'Inhibits Janus kinases (JAK1 and JAK3), blocking the signalling of the interferons and other cytokines.', source: 'labelXeljanz' },
        indication: {
            value: 'Refractory juvenile dermatomyositis: in a retrospective multicentre series of 88 children, calcinosis lessened in 75% and resolved in 25%.',
            source: 'zhang2023Tofacitinib',
        },
        indicationFor: ['dystrophic'],
        regimens: [
            { low: 5, high: 5, unit: 'mg', perKg: false, timing: TWICE_DAILY, route: 'oral', ages: 'adults', population: 'adults', otherIndication: 'rheumatoid or psoriatic arthritis', source: 'labelXeljanz', note: 'Xeljanz 5 mg twice daily (XR 11 mg once daily); 10 mg twice daily only to induce remission of ulcerative colitis.' },
            { low: 11, high: 11, unit: 'mg', perKg: false, timing: DAILY, route: 'oral', ages: 'adults', population: 'adults', otherIndication: 'rheumatoid or psoriatic arthritis (extended release)', source: 'labelXeljanz' },
        ],
        ceilings: [{ value: 20, unit: 'mg/d', per: 'day', ages: 'adults', source: 'labelXeljanz', note: '10 mg twice daily, the induction dose in ulcerative colitis; 5 mg twice daily in arthritis.' }],
        adverseEffects: [
            { value: 'Boxed warning: serious infections (tuberculosis among them: screen before starting), higher mortality, malignancy, major cardiovascular events and thrombosis, above all from 50 years with a cardiovascular risk factor', source: 'labelXeljanz', evidence: 'weak', note: 'The boxed warning as recalled (the 2021 revision after ORAL Surveillance), not read here.' },
        ],
        // The label: 5 mg once daily at a creatinine clearance of 50 or less, and on haemodialysis (after the session).
        renalLimits: [{ creatinineClearanceBelow: { value: 50, source: 'labelXeljanz' }, maxPerDay: { value: 5, source: 'labelXeljanz', note: '5 mg once daily, given after the session on dialysis days.' }, unit: 'mg/d', onDialysis: true }],
    },
    {
        term: 'infliximab',
        label: 'Infliximab',
        aliases: ['remicade', 'inflectra', 'remsima'],
        drugClass: 'anti-TNF monoclonal antibody',
        mechanism: { value: 'A chimeric monoclonal antibody that neutralises tumour necrosis factor alpha.', source: 'labelRemicade' },
        indication: {
            value: 'Refractory juvenile dermatomyositis with calcinosis: calcinosis lessened in an open series of 5 children (Riley 2008) and in 54% of 60 children of the UK cohort treated with an anti-TNF.',
            source: 'ukJdmAntiTnf2020', note: 'The open series of 5: Riley 2008 (Rheumatology 2008;47:877-80), read in a summary.',
        },
        indicationFor: ['dystrophic'],
        regimens: [
            {
                low: 3, high: 10, unit: 'mg/kg', perKg: true, timing: { frequency: 1, period: 4, periodMax: 8, periodUnit: 'wk' }, route: 'iv', otherIndication: 'rheumatoid arthritis, Crohn disease, ulcerative colitis', source: 'labelRemicade',
                note: 'After doses at weeks 0, 2 and 6, every 8 weeks: 3 mg/kg in rheumatoid arthritis (up to 10 mg/kg, or every 4 weeks), 5 mg/kg in Crohn disease and ulcerative colitis (children from 6 years too).',
            },
        ],
        adverseEffects: [
            { value: 'Boxed warning: serious infections (screen for latent tuberculosis before starting) and malignancy, hepatosplenic T-cell lymphoma among them in young patients also given a thiopurine or methotrexate', source: 'labelRemicade', evidence: 'weak', note: 'The boxed warning as recalled, not read here.' },
        ],
    },
    {
        // Clinical review 15: the drugs of systemic sclerosis' vasculopathy and gut were unknown.
        term: 'nifedipine',
        label: 'Nifedipine',
        aliases: ['adalat', 'procardia'],
        drugClass: 'calcium channel blocker (dihydropyridine)',
        mechanism: { value: 'A dihydropyridine calcium channel blocker: dilates arterioles.', source: 'labelProcardia' },
        indication: { value: 'First-line treatment of Raynaud phenomenon in systemic sclerosis (EULAR 2017).', source: 'eular2017SscVascular' },
        // The form (capsule or extended release) is not written: the day's range covers both, the capsule's most is the ceiling.
        regimens: [
            {
                low: 30, high: 120, unit: 'mg/d', perKg: false, route: 'oral', ages: 'adults', population: 'adults', otherIndication: 'angina, hypertension, Raynaud phenomenon', source: 'labelProcardia',
                note: 'Capsules 10-20 mg three times daily (20-30 mg three or four times); extended release 30-60 mg once daily, not titrated above 120 mg.',
            },
        ],
        ceilings: [{ value: 180, unit: 'mg/d', per: 'day', ages: 'adults', source: 'labelProcardia', note: 'The capsules\' label: more than 180 mg a day is not recommended (extended release: not above 120 mg).' }],
    },
    {
        // Clinical review 18: tumour lysis, a cause of metastatic calcinosis, is treated with these; both were unknown.
        term: 'allopurinol',
        label: 'Allopurinol',
        aliases: ['zyloprim', 'aloprim'],
        drugClass: 'xanthine oxidase inhibitor',
        mechanism: { value: 'Inhibits xanthine oxidase: less uric acid is made.', source: 'labelZyloprim' },
        regimens: [
            {
                low: 100, high: 800, unit: 'mg/d', perKg: false, route: 'oral', ages: 'adults', population: 'adults', otherIndication: 'gout, and the prevention of uric acid nephropathy in cancer therapy', source: 'labelZyloprim', evidence: 'weak',
                note: 'Gout 200-300 mg a day (mild) to 400-600 mg (moderately severe tophaceous); in cancer therapy 600-800 mg a day for 2-3 days; above 300 mg a day in divided doses. Recalled from the label, not re-read here.',
            },
        ],
        ceilings: [{ value: 800, unit: 'mg/d', per: 'day', ages: 'adults', source: 'labelZyloprim', evidence: 'weak', note: 'The label\'s maximum recommended dose, as recalled.' }],
        adverseEffects: [{ value: 'Skin rash, which can herald severe hypersensitivity (Stevens-Johnson syndrome, toxic epidermal necrolysis): stop it at the first rash; the dose is reduced in renal impairment', source: 'labelZyloprim', evidence: 'weak' }],
    },
    {
        term: 'rasburicase',
        label: 'Rasburicase',
        aliases: ['elitek', 'fasturtec'],
        drugClass: 'recombinant urate oxidase',
        mechanism: { value: 'A recombinant urate oxidase: converts uric acid to allantoin, which the kidneys clear.', source: 'labelElitek' },
        regimens: [
            {
                low: 0.2, high: 0.2, unit: 'mg/kg', perKg: true, timing: DAILY, course: { low: 1, high: 5, unit: 'd' }, route: 'iv', population: 'adults and children', otherIndication: 'the plasma uric acid in cancer therapy expected to cause tumour lysis', source: 'labelElitek', evidence: 'weak',
                note: 'A 30-minute infusion once daily for up to 5 days (the EU SmPC: 5-7 days). Recalled from the label, not re-read here; the boxed warning was read.',
            },
        ],
        adverseEffects: [{ value: 'Boxed warning: serious and fatal hypersensitivity reactions including anaphylaxis, haemolysis in glucose-6-phosphate dehydrogenase (G6PD) deficiency (do not give it there: screen patients at higher risk), methaemoglobinaemia, and falsely low uric acid in samples left at room temperature', source: 'labelElitek' }],
    },
    {
        term: 'amlodipine',
        label: 'Amlodipine',
        aliases: ['norvasc', 'istin'],
        drugClass: 'calcium channel blocker (dihydropyridine)',
        mechanism: { value: 'A dihydropyridine calcium channel blocker: dilates arterioles.', source: 'labelNorvasc' },
        regimens: [
            { low: 2.5, high: 10, unit: 'mg', perKg: false, timing: DAILY, route: 'oral', ages: 'adults', population: 'adults', otherIndication: 'hypertension, angina', source: 'labelNorvasc', note: '5 mg once daily, 2.5 mg in the small, frail or elderly and in hepatic insufficiency; at most 10 mg once daily.' },
            { low: 2.5, high: 5, unit: 'mg', perKg: false, timing: DAILY, route: 'oral', ages: 'children', fromYears: { value: 6, source: 'labelNorvasc' }, population: 'children 6-17 years', otherIndication: 'hypertension', source: 'labelNorvasc', note: 'Doses above 5 mg a day have not been studied in children.' },
        ],
        ceilings: [{ value: 10, unit: 'mg/d', per: 'day', ages: 'adults', source: 'labelNorvasc' }],
    },
    {
        term: 'sildenafil',
        label: 'Sildenafil',
        aliases: ['revatio', 'viagra'],
        drugClass: 'phosphodiesterase-5 inhibitor',
        mechanism: { value: 'Inhibits phosphodiesterase 5, raising cGMP: dilates the pulmonary and digital vessels.', source: 'labelRevatio' },
        indication: { value: 'Raynaud phenomenon and digital ulcers in systemic sclerosis (EULAR 2017); pulmonary arterial hypertension.', source: 'eular2017SscVascular' },
        regimens: [
            // The label's doses read (5 or 20 mg), and the 2023 label's titration, whose most was read only in a summary: a standard dose is not marked weak.
            { low: 5, high: 20, unit: 'mg', perKg: false, timing: THREE_TIMES_DAILY, route: 'oral', ages: 'adults', population: 'adults', otherIndication: 'pulmonary arterial hypertension', source: 'labelRevatio', note: 'Revatio: 5 or 20 mg three times daily, 4-6 hours apart.' },
            {
                low: 20, high: 80, unit: 'mg', perKg: false, timing: THREE_TIMES_DAILY, route: 'oral', ages: 'adults', population: 'adults, titrated', otherIndication: 'pulmonary arterial hypertension', source: 'labelRevatio', evidence: 'weak',
                note: 'From 2023, 20 mg three times daily raised by symptoms and tolerability: up to 80 mg three times daily in a summary of the label, not read in it.',
            },
            { low: 2.5, high: 10, unit: 'mg', perKg: false, timing: THREE_TIMES_DAILY, route: 'iv', ages: 'adults', population: 'adults', otherIndication: 'pulmonary arterial hypertension', source: 'labelRevatio' },
        ],
    },
    {
        term: 'bosentan',
        label: 'Bosentan',
        aliases: ['tracleer'],
        drugClass: 'endothelin receptor antagonist',
        mechanism: { value: 'Blocks endothelin-1 receptors (A and B); induces CYP3A4 and CYP2C9.', source: 'labelTracleer' },
        indication: { value: 'Reduces new digital ulcers in systemic sclerosis (EULAR 2017); pulmonary arterial hypertension.', source: 'eular2017SscVascular' },
        regimens: [
            {
                low: 62.5, high: 125, unit: 'mg', perKg: false, timing: TWICE_DAILY, route: 'oral', fromYears: { value: 12, source: 'labelTracleer' }, population: 'over 12 years', otherIndication: 'pulmonary arterial hypertension', source: 'labelTracleer',
                note: '62.5 mg twice daily for 4 weeks, then 125 mg twice daily (62.5 mg twice daily under 40 kg); monthly liver tests.',
            },
        ],
        ceilings: [{ value: 250, unit: 'mg/d', per: 'day', source: 'labelTracleer', note: 'Above 125 mg twice daily no further benefit offsets the greater risk of liver injury.' }],
        adverseEffects: [{ value: 'Hepatotoxicity (boxed warning): aminotransferases before starting and monthly', source: 'labelTracleer' }],
    },
    {
        term: 'aspirin',
        label: 'Aspirin',
        aliases: ['acetylsalicylicAcid', 'asa', 'ASA'],
        drugClass: 'salicylate (antiplatelet)',
        mechanism: { value: 'Irreversibly inhibits platelet cyclo-oxygenase: antiplatelet at 50-325 mg a day, analgesic and anti-inflammatory at higher doses.', source: 'labelAspirinProfessional' },
        regimens: [
            { low: 50, high: 325, unit: 'mg', perKg: false, timing: DAILY, route: 'oral', ages: 'adults', population: 'adults', otherIndication: 'low-dose antiplatelet therapy (the label: prevention of myocardial infarction and stroke)', source: 'labelAspirinProfessional', note: '75-325 mg once a day after myocardial infarction and in angina; 50-325 mg after a stroke or TIA; 160-162.5 mg in suspected infarction.' },
            { low: 325, high: 650, unit: 'mg', perKg: false, timing: { frequency: 1, period: 4, periodUnit: 'h' }, route: 'oral', fromYears: { value: 12, source: 'labelAspirinOtc' }, population: '12 years and over', otherIndication: 'pain or fever', source: 'labelAspirinOtc', note: 'No more than 12 tablets of 325 mg in 24 hours (3.9 g) unless a doctor directs.' },
        ],
    },
    {
        term: 'omeprazole',
        label: 'Omeprazole',
        aliases: ['prilosec', 'losec'],
        drugClass: 'proton pump inhibitor',
        mechanism: { value: 'Blocks the gastric proton pump (H+/K+-ATPase), suppressing acid secretion.', source: 'labelPrilosec' },
        regimens: [
            { low: 20, high: 60, unit: 'mg', perKg: false, timing: DAILY, route: 'oral', ages: 'adults', population: 'adults', otherIndication: 'reflux, peptic ulcer', source: 'labelPrilosec', note: '20 mg once daily (reflux, duodenal ulcer, oesophagitis), 40 mg (gastric ulcer), 60 mg to start in hypersecretory states.' },
            { low: 20, high: 20, unit: 'mg', perKg: false, timing: TWICE_DAILY, route: 'oral', ages: 'adults', population: 'adults', otherIndication: 'acid suppression (the label gives twice daily for Helicobacter pylori eradication)', source: 'labelPrilosec' },
            { low: 2.5, high: 20, unit: 'mg', perKg: false, timing: DAILY, route: 'oral', ages: 'children', population: 'children 1 month to 16 years, by weight', otherIndication: 'reflux, oesophagitis', source: 'labelPrilosec', note: '1-16 years: 5 mg (5-10 kg), 10 mg (10-20 kg), 20 mg (20 kg or more); under 1 year 2.5-10 mg.' },
        ],
    },
    {
        // Clinical review 15: pregabalin, the other gabapentinoid of calciphylaxis pain, was unknown.
        term: 'pregabalin',
        label: 'Pregabalin',
        aliases: ['lyrica'],
        drugClass: 'gabapentinoid',
        mechanism: { value: 'Binds the alpha-2-delta subunit of voltage-gated calcium channels; cleared unchanged by the kidney.', source: 'labelPregabalin' },
        indication: { value: 'Neuropathic pain; the dose is reduced with the creatinine clearance.', source: 'labelPregabalin' },
        regimens: [
            {
                low: 150, high: 600, unit: 'mg/d', perKg: false, route: 'oral', ages: 'adults', population: 'adults', otherIndication: 'neuropathic pain, partial-onset seizures', source: 'labelPregabalin',
                note: 'Started at 150 mg a day in 2-3 doses, at most 600 mg a day (300 mg in diabetic neuropathy, 450 mg in fibromyalgia), at a creatinine clearance of 60 mL/min or more.',
            },
        ],
        ceilings: [{ value: 600, unit: 'mg/d', per: 'day', ages: 'adults', source: 'labelPregabalin' }],
        // The label's Table 2: total daily dose by creatinine clearance; on haemodialysis the band below 15 and a supplement after each session.
        renalLimits: [
            {
                creatinineClearanceBelow: { value: 15, source: 'labelPregabalin' }, minPerDay: { value: 25, source: 'labelPregabalin' }, maxPerDay: { value: 75, source: 'labelPregabalin' }, unit: 'mg/d', onDialysis: true,
                afterHaemodialysis: { value: { low: 25, high: 150 }, source: 'labelPregabalin', evidence: 'weak', note: 'A supplementary dose after each 4-hour haemodialysis session, by the daily regimen: the range of the label\'s table as recalled, not read verbatim.' },
            },
            { creatinineClearanceBelow: { value: 30, source: 'labelPregabalin' }, minPerDay: { value: 25, source: 'labelPregabalin' }, maxPerDay: { value: 150, source: 'labelPregabalin' }, unit: 'mg/d' },
            { creatinineClearanceBelow: { value: 60, source: 'labelPregabalin' }, minPerDay: { value: 75, source: 'labelPregabalin' }, maxPerDay: { value: 300, source: 'labelPregabalin' }, unit: 'mg/d' },
        ],
    },
    {
        // Clinical review 15: the vitamin K of warfarin reversal, and of a calciphylaxis trial, was unknown.
        term: 'phytonadione',
        label: 'Phytonadione (vitamin K1)',
        aliases: ['phytomenadione', 'vitaminK', 'vitaminK1', 'phylloquinone', 'mephyton', 'konakion'],
        drugClass: 'vitamin K',
        mechanism: {
            value: 'Vitamin K1, the cofactor that carboxylates the clotting factors and matrix Gla protein, an inhibitor of vascular calcification: a lower carboxylated fraction went with calciphylaxis on haemodialysis.',
            source: 'nigwekar2017Mgp',
        },
        indication: {
            value: 'Reverses vitamin K antagonists (warfarin). In calciphylaxis on haemodialysis, a 12-week placebo-controlled pilot of oral phytonadione in 26 patients reported fewer deaths and smaller lesions, presented as an abstract: not yet a treatment to rest on.',
            source: 'vitkCua2019', evidence: 'weak',
        },
        regimens: [
            {
                low: 2.5, high: 25, unit: 'mg', perKg: false, timing: ONCE, route: 'oral', ages: 'adults', population: 'adults', otherIndication: 'reversal of anticoagulation by a vitamin K antagonist', source: 'labelPhytonadione',
                note: 'Mephyton: 2.5-10 mg or up to 25 mg (rarely 50 mg), repeated by the prothrombin time.',
            },
            {
                low: 2.5, high: 25, unit: 'mg', perKg: false, timing: ONCE, route: 'sc', ages: 'adults', population: 'adults', otherIndication: 'reversal of anticoagulation by a vitamin K antagonist', source: 'labelPhytonadione',
                note: 'AquaMEPHYTON: 2.5-10 mg or more, up to 25-50 mg; subcutaneously wherever possible (boxed warning); intravenously no faster than 1 mg a minute.',
            },
        ],
        labelRoutes: { value: ['iv', 'im'], source: 'labelPhytonadione', note: 'The injection label: intravenously or intramuscularly only where the subcutaneous route is not feasible (boxed warning).' },
        adverseEffects: [
            { value: 'Severe hypersensitivity reactions, some fatal, during and after intravenous or intramuscular injection (boxed warning): give it subcutaneously or by mouth where possible', source: 'labelPhytonadione' },
        ],
    },
    {
        // Clinical review 15: the local anaesthetic of an excision was unknown.
        term: 'lidocaine',
        label: 'Lidocaine (local infiltration)',
        aliases: ['lignocaine', 'xylocaine'],
        drugClass: 'amide local anaesthetic',
        mechanism: { value: 'Blocks voltage-gated sodium channels of the nerve, stopping the conduction of pain where it is infiltrated.', source: 'labelLidocaine' },
        regimens: [],
        // Whether epinephrine is added is not written, so the higher ceilings hold (7 mg/kg, 500 mg): a warning above them holds for either solution.
        ceilings: [
            {
                value: 7, unit: 'mg/kg', per: 'administration', source: 'labelLidocaine',
                note: LIDOCAINE_MAXIMA,
            },
            {
                value: 500, unit: 'mg', per: 'administration', ages: 'adults', source: 'labelLidocaine',
                note: LIDOCAINE_MAXIMA,
            },
        ],
    },
    {
        // Clinical review 15: the usual antibiotic of an infected ulcer (cellulitis) was unknown.
        term: 'cefazolin',
        label: 'Cefazolin',
        aliases: ['cefazoline', 'cephazolin', 'ancef', 'kefzol'],
        drugClass: 'first-generation cephalosporin',
        mechanism: { value: 'A beta-lactam that inhibits cell-wall synthesis, chiefly of gram-positive cocci (streptococci, methicillin-susceptible staphylococci); cleared by the kidney.', source: 'labelCefazolin' },
        regimens: [
            {
                low: 0.75, high: 6, unit: 'g/d', perKg: false, route: 'iv', ages: 'adults', population: 'adults', otherIndication: 'infection', source: 'labelCefazolin',
                note: 'The label: 250-500 mg every 8 hours (mild), 500 mg-1 g every 6-8 hours (moderate to severe), 1-1.5 g every 6 hours (severe); up to 12 g a day in rare instances.',
            },
            { low: 25, high: 100, unit: 'mg/kg/d', perKg: true, route: 'iv', ages: 'children', population: 'children older than 1 month', otherIndication: 'infection', source: 'labelCefazolin', note: '25-50 mg/kg a day in 3 or 4 doses, up to 100 mg/kg a day in severe infection.' },
        ],
        labelRoutes: { value: ['im'], source: 'labelCefazolin' },
        ceilings: [{ value: 12, unit: 'g/d', per: 'day', ages: 'adults', source: 'labelCefazolin', note: 'Doses up to 12 g a day have been used in rare instances.' }],
        // After the loading dose: full doses at least 8 hours apart below 55 mL/min; half the usual dose (at most 1.5 g) every 12 hours below 35; every 18-24 hours at 10 or less.
        // The label gives no dose on dialysis: none is held there.
        renalLimits: [
            { creatinineClearanceBelow: { value: 11, source: 'labelCefazolin' }, maxPerDay: { value: 1, source: 'labelCefazolin', note: 'Half of the usual dose (at most 0.75 g) every 18 to 24 hours.' }, unit: 'g/d', everyHours: { value: 18, source: 'labelCefazolin' } },
            { creatinineClearanceBelow: { value: 35, source: 'labelCefazolin' }, maxPerDay: { value: 1.5, source: 'labelCefazolin', note: 'Half of the usual dose (at most 0.75 g) every 12 hours.' }, unit: 'g/d', everyHours: { value: 12, source: 'labelCefazolin' } },
            { creatinineClearanceBelow: { value: 55, source: 'labelCefazolin' }, maxPerDay: { value: 4.5, source: 'labelCefazolin', note: 'Full doses (at most 1.5 g) at least 8 hours apart.' }, unit: 'g/d', everyHours: { value: 8, source: 'labelCefazolin' } },
        ],
    },
    {
        // Clinical review 15: the broad-spectrum antibiotic of a septic calciphylaxis ulcer was unknown.
        term: 'piperacillinTazobactam',
        label: 'Piperacillin-tazobactam',
        aliases: ['zosyn', 'tazocin', 'piptazo', 'pipTazo'],
        drugClass: 'penicillin with a beta-lactamase inhibitor',
        mechanism: { value: 'An extended-spectrum penicillin with a beta-lactamase inhibitor; cleared by the kidney.', source: 'labelZosyn' },
        regimens: [
            {
                low: 3.375, high: 4.5, unit: 'g', perKg: false, timing: EVERY_6_HOURS, route: 'iv', ages: 'adults', population: 'adults', otherIndication: 'infection', source: 'labelZosyn',
                note: '3.375 g every 6 hours; 4.5 g every 6 hours in nosocomial pneumonia (the amounts are piperacillin and tazobactam together).',
            },
        ],
        ceilings: [{ value: 18, unit: 'g/d', per: 'day', ages: 'adults', source: 'labelZosyn', note: '4.5 g every 6 hours, the nosocomial pneumonia dose.' }],
        // The label's Table 1, each band from the other indications' dose to nosocomial pneumonia's: 20-40 mL/min 2.25 g every 6 hours
        // (pneumonia 3.375 g); below 20 2.25 g every 8 hours (pneumonia every 6); on haemodialysis and CAPD 2.25 g every 12 hours
        // (pneumonia every 8), with 0.75 g after each haemodialysis session.
        renalLimits: [
            {
                creatinineClearanceBelow: { value: 20, source: 'labelZosyn' }, dialysisOnly: true, onDialysis: true,
                minPerDay: { value: 4.5, source: 'labelZosyn', note: '2.25 g every 12 hours.' }, maxPerDay: { value: 6.75, source: 'labelZosyn', note: '2.25 g every 8 hours (nosocomial pneumonia).' }, unit: 'g/d',
                afterHaemodialysis: { value: { low: 0.75, high: 0.75 }, source: 'labelZosyn', note: '0.75 g after each haemodialysis session, on haemodialysis days.' },
            },
            {
                creatinineClearanceBelow: { value: 20, source: 'labelZosyn' },
                minPerDay: { value: 6.75, source: 'labelZosyn', note: '2.25 g every 8 hours.' }, maxPerDay: { value: 9, source: 'labelZosyn', note: '2.25 g every 6 hours (nosocomial pneumonia).' }, unit: 'g/d',
            },
            {
                creatinineClearanceBelow: { value: 40, source: 'labelZosyn', note: 'The label\'s band is 20-40 mL/min, 40 included; above 40 the full dose.' },
                minPerDay: { value: 9, source: 'labelZosyn', note: '2.25 g every 6 hours.' }, maxPerDay: { value: 13.5, source: 'labelZosyn', note: '3.375 g every 6 hours (nosocomial pneumonia).' }, unit: 'g/d',
            },
        ],
    },
    {
        // Clinical review 14: the usual antibiotic of an infected calciphylaxis ulcer; dosed by its levels, so no regimen is checked.
        term: 'vancomycin',
        label: 'Vancomycin',
        drugClass: 'glycopeptide antibiotic',
        mechanism: { value: 'A glycopeptide that inhibits cell-wall synthesis of gram-positive bacteria; cleared by the kidney, and nephrotoxic.', source: 'rybak2020Vancomycin' },
        indication: { value: 'Serious methicillin-resistant Staphylococcus aureus infection (an infected ulcer, bacteraemia).', source: 'rybak2020Vancomycin' },
        regimens: [],
    },
    {
        term: 'captopril',
        label: 'Captopril',
        drugClass: 'ACE inhibitor',
        mechanism: { value: 'A specific competitive inhibitor of angiotensin I-converting enzyme, which turns angiotensin I into angiotensin II.', source: 'labelCaptopril' },
        indication: {
            value: 'Hypertension and heart failure; in systemic sclerosis, the ACE inhibitor of scleroderma renal crisis. Not a treatment of calcinosis.',
            source: 'labelCaptopril', evidence: 'weak',
            note: 'The labelled indications and its use in scleroderma renal crisis (EULAR recommendations for systemic sclerosis) as recalled, not read here.',
        },
        regimens: [],
        cautions: [
            { value: 'Captopril is cleared by the kidney: in renal impairment start lower and titrate more slowly; stop it when pregnancy is detected (boxed warning: fetal toxicity).', source: 'labelCaptopril', evidence: 'weak', note: 'The boxed warning read; the renal dosing as recalled.' },
        ],
    },
    {
        term: 'pentoxifylline',
        label: 'Pentoxifylline',
        drugClass: 'methylxanthine (haemorheologic agent)',
        mechanism: { value: 'A xanthine derivative that lowers blood viscosity and makes red cells more deformable, improving flow in the microcirculation.', source: 'labelPentoxifylline' },
        indication: { value: 'Intermittent claudication from chronic occlusive arterial disease of the limbs; not a treatment of calcinosis.', source: 'labelPentoxifylline' },
        regimens: [
            { low: 400, high: 400, unit: 'mg', perKg: false, timing: { frequency: 3, period: 1, periodUnit: 'd' }, route: 'oral', ages: 'adults', population: 'adults', otherIndication: 'intermittent claudication', source: 'labelPentoxifylline', note: 'With meals; 400 mg twice a day for digestive or nervous-system side effects.' },
        ],
        renalLimits: [
            { creatinineClearanceBelow: { value: 30, source: 'labelPentoxifylline' }, maxPerDay: { value: 400, source: 'labelPentoxifylline', note: '400 mg once a day with severe renal impairment.' }, unit: 'mg/d' },
        ],
    },
    // ── Calcium given: a binder by mouth, or intravenous calcium (iatrogenic calcinosis when it extravasates) ──
    {
        term: 'calciumCarbonate',
        label: 'Calcium carbonate',
        drugClass: 'phosphate binder (calcium-based), calcium supplement, antacid',
        mechanism: { value: 'Binds dietary phosphate in the gut; part of its calcium is absorbed.', source: 'kdoqiGuide5' },
        indication: { value: 'Phosphate binding in kidney disease, and calcium supplementation; in excess with absorbable alkali, the milk-alkali syndrome.', source: 'kdoqiGuide5' },
        exposure: 'calciumSalts',
        binder: 'calcium-based',
        regimens: [],
    },
    {
        term: 'calciumGluconate',
        label: 'Calcium gluconate',
        drugClass: 'calcium salt (intravenous)',
        mechanism: { value: 'Intravenous calcium for acute symptomatic hypocalcaemia; extravasated, it deposits calcium in the skin.', source: 'rumancik2020' },
        exposure: 'calciumGluconate',
        adverseEffects: [{ value: 'Tissue necrosis and calcinosis where it extravasates (label warning): give it through a secure intravenous line, check the site, and stop at once if it leaks', source: 'labelCalciumGluconate', evidence: 'weak', note: 'The label\'s warning as recalled; its doses read.' }],
        // The label's doses in acute symptomatic hypocalcaemia, none of them calcinosis: they hold an overdose (mg/kg for mg), not a treatment.
        // Its paediatric doses are banded by age: neonates (1 month and younger), and those older than 1 month.
        regimens: [
            { low: 1000, high: 2000, unit: 'mg', perKg: false, timing: ONCE, route: 'iv', ages: 'adults', population: 'adults', otherIndication: 'acute symptomatic hypocalcaemia, the initial bolus', source: 'labelCalciumGluconate' },
            { low: 1000, high: 2000, unit: 'mg', perKg: false, timing: EVERY_6_HOURS, route: 'iv', ages: 'adults', population: 'adults', otherIndication: 'acute symptomatic hypocalcaemia, repeated as needed', source: 'labelCalciumGluconate' },
            { low: 5.4, high: 21.5, unit: 'mg/kg/h', perKg: true, route: 'iv', ages: 'adults', population: 'adults', otherIndication: 'acute symptomatic hypocalcaemia, a continuous infusion', source: 'labelCalciumGluconate' },
            { low: 29, high: 60, unit: 'mg/kg', perKg: true, timing: ONCE, route: 'iv', ages: 'children', afterYears: CALCIUM_GLUCONATE_NEONATE_YEARS, population: 'children over 1 month', otherIndication: 'acute symptomatic hypocalcaemia, the initial bolus', source: 'labelCalciumGluconate' },
            { low: 29, high: 60, unit: 'mg/kg', perKg: true, timing: EVERY_6_HOURS, route: 'iv', ages: 'children', afterYears: CALCIUM_GLUCONATE_NEONATE_YEARS, population: 'children over 1 month', otherIndication: 'acute symptomatic hypocalcaemia, repeated as needed', source: 'labelCalciumGluconate' },
            { low: 8, high: 13, unit: 'mg/kg/h', perKg: true, route: 'iv', ages: 'children', afterYears: CALCIUM_GLUCONATE_NEONATE_YEARS, population: 'children over 1 month', otherIndication: 'acute symptomatic hypocalcaemia, a continuous infusion', source: 'labelCalciumGluconate' },
            { low: 100, high: 200, unit: 'mg/kg', perKg: true, timing: ONCE, route: 'iv', ages: 'children', toYears: CALCIUM_GLUCONATE_NEONATE_YEARS, population: 'neonates (1 month and under)', otherIndication: 'acute symptomatic hypocalcaemia, the initial bolus', source: 'labelCalciumGluconate' },
            { low: 100, high: 200, unit: 'mg/kg', perKg: true, timing: EVERY_6_HOURS, route: 'iv', ages: 'children', toYears: CALCIUM_GLUCONATE_NEONATE_YEARS, population: 'neonates (1 month and under)', otherIndication: 'acute symptomatic hypocalcaemia, repeated as needed', source: 'labelCalciumGluconate' },
            { low: 17, high: 33, unit: 'mg/kg/h', perKg: true, route: 'iv', ages: 'children', toYears: CALCIUM_GLUCONATE_NEONATE_YEARS, population: 'neonates (1 month and under)', otherIndication: 'acute symptomatic hypocalcaemia, a continuous infusion', source: 'labelCalciumGluconate' },
        ],
    },
    {
        term: 'calciumChloride',
        label: 'Calcium chloride',
        drugClass: 'calcium salt (intravenous)',
        mechanism: { value: 'Intravenous calcium for acute symptomatic hypocalcaemia; extravasated, it deposits calcium in the skin.', source: 'song2019' },
        exposure: 'calciumChloride',
        regimens: [],
        adverseEffects: [{ value: 'More irritant than calcium gluconate: tissue necrosis and calcinosis where it extravasates; give it into a large or central vein', source: 'song2019', evidence: 'weak', note: 'The extravasation calcinosis is Song 2019\'s; the large-vein advice as recalled.' }],
    },
    {
        term: 'oxycodone',
        label: 'Oxycodone',
        drugClass: 'opioid',
        mechanism: { value: 'A mu-opioid agonist; its metabolites are cleared by the kidney.', source: 'esmo2018Pain' },
        indication: { value: 'Severe pain; in kidney failure used with caution, at low doses.', source: 'esmo2018Pain' },
        regimens: [],
    },
    {
        term: 'tramadol',
        label: 'Tramadol',
        drugClass: 'opioid',
        mechanism: { value: 'A weak mu-opioid agonist that also inhibits serotonin and noradrenaline reuptake; cleared by the kidney.', source: 'labelTramadol' },
        indication: { value: 'Moderate pain; the interval is lengthened in severe renal impairment.', source: 'labelTramadol' },
        regimens: [],
        renalLimits: [{ creatinineClearanceBelow: { value: 30, source: 'labelTramadol' }, maxPerDay: { value: 200, source: 'labelTramadol' }, everyHours: { value: 12, source: 'labelTramadol' }, unit: 'mg/d', onDialysis: true }],
    },
    {
        term: 'buprenorphine',
        label: 'Buprenorphine',
        drugClass: 'opioid',
        mechanism: { value: 'A partial mu-opioid agonist cleared mainly by the liver.', source: 'esmo2018Pain' },
        indication: { value: 'Severe pain, including in kidney failure, where it is among the safest opioids at low doses.', source: 'esmo2018Pain' },
        regimens: [],
    },
    {
        term: 'paracetamol',
        label: 'Paracetamol',
        aliases: ['acetaminophen'],
        drugClass: 'analgesic',
        mechanism: { value: 'A central analgesic and antipyretic, without the renal harm of NSAIDs.', source: 'esmo2018Pain' },
        indication: { value: 'Mild pain; the first step of the analgesic ladder.', source: 'esmo2018Pain' },
        regimens: [],
        // Under 50 kg the labels dose by weight; the two differ, so each is a limit (the warning rests on the higher).
        dailyLimits: [
            { maxPerDay: { value: 75, source: 'labelAcetaminophenIv' }, unit: 'mg/d', perKg: true, weightBelowKg: PARACETAMOL_BY_WEIGHT_BELOW_KG, ages: PARACETAMOL_WEIGHT_DOSING_AGES, who: 'the US intravenous label' },
            { maxPerDay: { value: 60, source: 'smpcParacetamolIv' }, unit: 'mg/d', perKg: true, weightBelowKg: { value: 50, source: 'smpcParacetamolIv' }, ages: PARACETAMOL_WEIGHT_DOSING_AGES, who: 'the EU and UK intravenous label, at most 3 g over 33 kg and 2 g at 33 kg or less' },
            // From 50 kg, a fixed 4 g a day from all sources (an adult's 2 g every 6 hours, 8 g a day, passed unchecked).
            { maxPerDay: { value: 4000, source: 'labelAcetaminophenIv' }, unit: 'mg/d', weightFromKg: PARACETAMOL_BY_WEIGHT_BELOW_KG, who: 'the US intravenous label, from 50 kg' },
        ],
        dailyLimitsNote: {
            value: 'These are the intravenous labels\' figures, from all sources of paracetamol; by mouth, UK guidance also lowers the dose under 50 kg. Below 2 years of age the labels\' maxima are lower and are not checked here.',
            source: 'smpcParacetamolIv',
        },
    },
    {
        term: 'metformin',
        label: 'Metformin',
        drugClass: 'biguanide',
        mechanism: { value: 'Lowers hepatic glucose output; cleared unchanged by the kidney, so it accumulates (lactic acidosis) as kidney function falls.', source: 'labelMetformin' },
        regimens: [],
    },
    {
        term: 'enoxaparin',
        label: 'Enoxaparin',
        aliases: ['lovenox', 'clexane'],
        drugClass: 'low-molecular-weight heparin',
        mechanism: { value: 'Inhibits factor Xa through antithrombin; cleared by the kidney.', source: 'labelEnoxaparin' },
        // The label's anticoagulant doses, none for calcinosis: a dose that fits says so (the renal band below 30 mL/min is renalLimits).
        regimens: [
            { low: 40, high: 40, unit: 'mg', perKg: false, timing: DAILY, route: 'sc', ages: 'adults', population: 'adults', otherIndication: 'prophylaxis of venous thromboembolism', source: 'labelEnoxaparin', evidence: 'weak' },
            { low: 30, high: 30, unit: 'mg', perKg: false, timing: TWICE_DAILY, route: 'sc', ages: 'adults', population: 'adults', otherIndication: 'prophylaxis of venous thromboembolism after knee or hip replacement', source: 'labelEnoxaparin', evidence: 'weak' },
            { low: 1, high: 1, unit: 'mg/kg', perKg: true, timing: TWICE_DAILY, route: 'sc', ages: 'adults', population: 'adults', otherIndication: 'treatment of deep vein thrombosis', source: 'labelEnoxaparin', evidence: 'weak' },
            { low: 1.5, high: 1.5, unit: 'mg/kg', perKg: true, timing: DAILY, route: 'sc', ages: 'adults', population: 'adults, in hospital', otherIndication: 'treatment of deep vein thrombosis', source: 'labelEnoxaparin', evidence: 'weak' },
        ],
        // The label's treatment dose below 30 mL/min (prophylaxis is 30 mg once daily: the caution says it). On dialysis the
        // clearance is lower still, so the band's most holds there too (clinical review 14); that the label did not study dialysis, the caution says.
        renalLimits: [{ creatinineClearanceBelow: { value: 30, source: 'labelEnoxaparin' }, maxPerDay: { value: 1, source: 'labelEnoxaparin' }, unit: 'mg/d', perKg: true, onDialysis: true }],
    },
    {
        term: 'heparin',
        label: 'Heparin (unfractionated)',
        aliases: ['unfractionatedHeparin'],
        drugClass: 'anticoagulant',
        mechanism: { value: 'Potentiates antithrombin; not cleared by the kidney, the anticoagulant of dialysis circuits.', source: 'labelEnoxaparin', note: 'Heparin is not renally cleared: the low-molecular-weight heparins are the ones adjusted.' },
        // The label's anticoagulant doses, adjusted to the aPTT; none for calcinosis.
        regimens: [
            HEPARIN_PROPHYLAXIS,
            { low: 20000, high: 40000, unit: '[iU]/d', perKg: false, route: 'iv', ages: 'adults', population: 'adults, by continuous infusion after a 5,000-unit bolus', otherIndication: 'treatment of thrombosis, adjusted to the aPTT', source: 'labelHeparin' },
            { low: 8000, high: 10000, unit: '[iU]', perKg: false, timing: THREE_TIMES_DAILY, route: 'sc', ages: 'adults', population: 'adults', otherIndication: 'treatment of thrombosis, adjusted to the aPTT', source: 'labelHeparin' },
            { low: 15000, high: 20000, unit: '[iU]', perKg: false, timing: TWICE_DAILY, route: 'sc', ages: 'adults', population: 'adults', otherIndication: 'treatment of thrombosis, adjusted to the aPTT', source: 'labelHeparin' },
        ],
    },
    {
        // Clinical review 16: the calcium salt of heparin, a cause of iatrogenic calcinosis at its injection sites, was a drug not known.
        term: 'heparinCalcium',
        label: 'Calcium heparin',
        aliases: ['calciumHeparin', 'calciparine'],
        drugClass: 'anticoagulant (the calcium salt of heparin)',
        mechanism: { value: 'Unfractionated heparin as its calcium salt, given subcutaneously: the calcium injected is a cause of calcified nodules at the sites, mostly in advanced kidney failure.', source: 'benFatma2014' },
        exposure: 'heparinCalcium',
        regimens: [
            { ...HEPARIN_PROPHYLAXIS, note: 'The heparin label\'s low-dose prophylaxis, 5,000 units every 8-12 hours, as for the sodium salt.' },
        ],
    },
    {
        term: 'insulin',
        label: 'Insulin',
        drugClass: 'hormone',
        mechanism: { value: 'Lowers blood glucose; repeated subcutaneous injection at one site is reported with calcified nodules.', source: 'engineering', evidence: 'weak', note: 'No dose is checked.' },
        regimens: [],
    },
    {
        term: 'cholecalciferol',
        label: 'Cholecalciferol (vitamin D3)',
        aliases: ['colecalciferol', 'vitaminD', 'vitaminD3'],
        drugClass: 'nutritional vitamin D',
        mechanism: { value: 'Nutritional vitamin D, hydroxylated in liver and kidney; in excess it raises calcium and phosphate (hypervitaminosis D).', source: 'kdigo2017' },
        exposure: 'nativeVitaminD',
        // The guideline's doses for deficiency, not a calcinosis treatment: vitamin D in excess causes metastatic calcification.
        regimens: [
            { low: 400, high: 2000, unit: '[iU]', perKg: false, timing: DAILY, route: 'oral', ages: 'children', population: 'children, deficiency treated and prevented', otherIndication: 'vitamin D deficiency', source: 'holick2011', evidence: 'weak' },
            { low: 50000, high: 50000, unit: '[iU]', perKg: false, timing: WEEKLY, course: { low: 6, high: 6, unit: 'wk' }, route: 'oral', ages: 'children', population: 'children, deficiency treated', otherIndication: 'vitamin D deficiency', source: 'holick2011', evidence: 'weak' },
            { low: 1500, high: 6000, unit: '[iU]', perKg: false, timing: DAILY, route: 'oral', ages: 'adults', population: 'adults, deficiency treated and prevented', otherIndication: 'vitamin D deficiency', source: 'holick2011', evidence: 'weak' },
            { low: 50000, high: 50000, unit: '[iU]', perKg: false, timing: WEEKLY, course: { low: 8, high: 8, unit: 'wk' }, route: 'oral', ages: 'adults', population: 'adults, deficiency treated', otherIndication: 'vitamin D deficiency', source: 'holick2011', evidence: 'weak' },
        ],
        dailyLimits: VITAMIN_D_LIMITS,
        dailyLimitsNote: {
            value: "The IOM's limits are for healthy people's daily intake; the Endocrine Society's higher ones, for correcting deficiency under medical supervision. A weekly course (50,000 IU weekly) is held against the guideline's regimens instead.",
            source: 'holick2011',
        },
    },
    {
        term: 'etelcalcetide',
        label: 'Etelcalcetide',
        aliases: ['parsabiv'],
        drugClass: 'calcimimetic (intravenous)',
        mechanism: { value: 'Activates the parathyroid calcium-sensing receptor, lowering PTH, calcium and phosphate; given at the end of haemodialysis.', source: 'labelEtelcalcetide' },
        regimens: [],
    },
    {
        term: 'denosumab',
        label: 'Denosumab',
        aliases: ['prolia', 'xgeva'],
        drugClass: 'RANK ligand antibody',
        mechanism: { value: 'Inhibits osteoclasts through RANK ligand; the calcium can fall severely, most in advanced kidney disease.', source: 'labelProlia' },
        indication: { value: 'Hypercalcaemia of malignancy, suggested over a bisphosphonate.', source: 'endocrineHcm2022' },
        // The labels' doses, none of them calcinosis.
        regimens: [
            { low: 60, high: 60, unit: 'mg', perKg: false, timing: { frequency: 1, period: 6, periodUnit: 'mo' }, route: 'sc', ages: 'adults', population: 'adults', otherIndication: 'osteoporosis and bone loss, as Prolia', source: 'labelDenosumabDosage' },
            {
                low: 120, high: 120, unit: 'mg', perKg: false, timing: { frequency: 1, period: 4, periodUnit: 'wk' }, route: 'sc', population: 'adults and skeletally mature adolescents',
                otherIndication: 'bone metastases, myeloma, giant cell tumour of bone or hypercalcaemia of malignancy, as Xgeva, with 120 mg more on days 8 and 15 of the first month in the last two', source: 'labelDenosumabDosage',
            },
        ],
    },
    {
        term: 'calcitonin',
        label: 'Calcitonin',
        drugClass: 'hormone',
        mechanism: { value: 'Inhibits bone resorption and raises calcium excretion within hours; tachyphylaxis within 48 to 72 hours.', source: 'endocrineHcm2022' },
        indication: { value: 'Severe hypercalcaemia, for 48 to 72 hours only, with a bisphosphonate or denosumab.', source: 'endocrineHcm2022', evidence: 'weak' },
        // The injection label's hypercalcaemia doses, subcutaneous or intramuscular: 4 units/kg every 12 hours, raised to 8 after one or two days, then at most 8 every 6 hours.
        regimens: (['sc', 'im'] as const).flatMap(route => [
            { low: 4, high: 8, unit: '[iU]/kg', perKg: true, timing: EVERY_12_HOURS, route, ages: 'adults' as const, population: 'adults', otherIndication: 'hypercalcaemia, the starting dose and its first increase', source: 'labelCalcitoninInjection' as const },
            { low: 8, high: 8, unit: '[iU]/kg', perKg: true, timing: EVERY_6_HOURS, route, ages: 'adults' as const, population: 'adults', otherIndication: 'hypercalcaemia, the label\'s maximum', source: 'labelCalcitoninInjection' as const },
        ]),
    },
    {
        term: 'tacrolimus',
        label: 'Tacrolimus',
        drugClass: 'calcineurin inhibitor',
        mechanism: { value: 'Immunosuppression after transplantation; nephrotoxic, with blood levels monitored.', source: 'yu2017', evidence: 'weak', note: 'Named so that a transplant recipient\'s drugs are known; no dose is checked.' },
        regimens: [],
    },
    {
        term: 'furosemide',
        label: 'Furosemide',
        aliases: ['frusemide'],
        drugClass: 'loop diuretic',
        mechanism: { value: 'Raises urinary sodium and calcium excretion; in hypercalcaemia only once the volume is restored.', source: 'statpearlsHypercalcemia' },
        regimens: [],
    },
    // ── Clinical review 9: active vitamin D analogues that are not calcitriol (their doses differ) ──
    {
        term: 'alfacalcidol',
        label: 'Alfacalcidol (active vitamin D)',
        aliases: ['oneAlpha', 'alfaD'],
        drugClass: 'active vitamin D',
        exposure: 'vitaminDAnalogues',
        mechanism: { value: '1α-hydroxyvitamin D3, hydroxylated to calcitriol in the liver without the kidney; raises calcium and phosphate absorption and suppresses PTH.', source: 'smpcAlfacalcidol' },
        indication: { value: 'Renal osteodystrophy, hyperparathyroidism with bone disease, and hypoparathyroidism.', source: 'smpcAlfacalcidol' },
        regimens: [
            {
                low: 0.25, high: 3, unit: 'ug/d', perKg: false, route: 'oral', ages: 'adults', population: 'adults', otherIndication: 'renal osteodystrophy, hyperparathyroidism or hypoparathyroidism', source: 'smpcAlfacalcidol',
                note: 'From the usual maintenance (0.25-1 µg/day) to the doses most adults respond to (1-3 µg/day); started at 1 µg/day, 0.5 µg/day in the elderly. Not calcitriol\'s doses: most adults respond to 1-3 µg/day of alfacalcidol, to 0.5-2 µg/day of calcitriol (Rocaltrol label).',
            },
            {
                low: 0.5, high: 6, unit: 'ug/d', perKg: false, route: 'oral', ages: 'adults', population: 'adults (Irish SmPC)', otherIndication: 'renal osteodystrophy, hyperparathyroidism or hypoparathyroidism', source: 'smpcAlfacalcidolIreland',
                note: 'The sources differ: the Irish SmPC has most patients respond to 0.5-6 µg daily, the UK one most adults to 1-3 µg/day; both are kept.',
            },
        ],
    },
    {
        term: 'paricalcitol',
        label: 'Paricalcitol (active vitamin D)',
        aliases: ['zemplar'],
        drugClass: 'active vitamin D',
        exposure: 'vitaminDAnalogues',
        mechanism: { value: 'A vitamin D2 analogue that suppresses PTH in secondary hyperparathyroidism of CKD.', source: 'kdigo2017', evidence: 'weak', note: 'Named so that it is not read as calcitriol, whose doses differ; no dose is checked.' },
        regimens: [],
    },
];
