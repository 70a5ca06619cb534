/**
 * The laboratory analytes a case may report. Every number is in the analyte's canonical
 * unit and carries its source; reference intervals are by age band and, read in order,
 * cover ages 0 to 130 years without a gap (test/unit/knowledge.test.ts checks this).
 * Labs differ: a setting may override these intervals.
 */
import type { AgeRange, Analyte, AnalyteTerm, ReferenceInterval, Sourced } from './types.js';

/**
 * An enzyme's activity written in international units (`IU/L`, `units/L`, read as UCUM's arbitrary `[iU]/L`):
 * the enzyme unit U is the international unit of enzyme activity (1 µmol of substrate a minute), so the number is the same.
 */
const ENZYME_INTERNATIONAL_UNITS = { value: ['[iU]/L'], source: 'medlinePlusAlp', note: 'MedlinePlus gives the enzyme\'s normal range in IU/L, the laboratories\' U/L.' } satisfies Sourced<string[]>;

// Age bands shared by several analytes (years; from inclusive, to exclusive).
const NEONATE: AgeRange = { fromYears: 0, toYears: 10 / 365, label: 'neonate (0 to 10 days)' };
const ADULT: AgeRange = { fromYears: 18, toYears: 130, label: 'adult (18 years and over)' };
const ALL_AGES: AgeRange = { fromYears: 0, toYears: 130, label: 'all ages' };
// NORIP's creatine kinase bands: men's upper limit falls at 50 years.
const CK_ADULT_UNDER_50: AgeRange = { fromYears: 18, toYears: 50, label: 'adult (18 to 49 years)' };
const CK_ADULT_FROM_50: AgeRange = { fromYears: 50, toYears: 130, label: 'adult (50 years and over)' };

/** A band with one interval for women and one for men (canonical unit of the analyte). */
function bySex(ages: AgeRange, unit: string, female: [number, number], male: [number, number], source: ReferenceInterval['source'], note?: string, quoted?: { unit: string; female: [number, number]; male: [number, number] }): ReferenceInterval[] {
    const as = (ends: [number, number] | undefined) => quoted && ends ? { quoted: { low: ends[0], high: ends[1], unit: quoted.unit } } : {};
    return [
        { ages, sex: 'female', low: female[0], high: female[1], unit, source, ...(note ? { note } : {}), ...as(quoted?.female) },
        { ages, sex: 'male', low: male[0], high: male[1], unit, source, ...(note ? { note } : {}), ...as(quoted?.male) },
    ];
}

/** Under 18 years: no interval shipped for the analytes below whose children's intervals were not read. */
const CHILD_NOT_SHIPPED: AgeRange = { fromYears: 0, toYears: 18, label: 'under 18 years' };

function noChildInterval(unit: string): ReferenceInterval {
    return { ages: CHILD_NOT_SHIPPED, unit, source: 'engineering', evidence: 'weak', note: 'No interval shipped under 18 years: none was read; the laboratory\'s own interval should be set.' };
}

/** An enzyme reported in U/L (IU/L the same number), with one adult interval from the encyclopedia text and none for children. */
function enzyme(term: AnalyteTerm, label: string, aliases: string[], definition: string, loinc: string, display: string, adult: [number, number], plausibleHigh: number): Analyte {
    return {
        term, label, aliases, definition: { value: definition, source: 'adamLabTests' },
        canonicalUnit: 'U/L', conventionalUnit: 'U/L', siUnit: 'U/L', otherUnits: ['ukat/L'], sameNumberUnits: ENZYME_INTERNATIONAL_UNITS,
        loinc: [{ code: loinc, display, property: 'other', source: 'loincPublicMappings' }],
        reference: [
            noChildInterval('U/L'),
            { ages: ADULT, low: adult[0], high: adult[1], unit: 'U/L', source: 'adamLabTests', evidence: 'weak', note: 'A typical adult range; laboratories differ with the method, so their own interval should win.' },
        ],
        plausible: { value: { low: 0, high: plausibleHigh }, source: 'engineering', note: 'Our choice: above the values of severe muscle or liver injury.' },
    };
}

export const Analytes: Analyte[] = [
    {
        term: 'calcium',
        label: 'Calcium (total)',
        definition: {
            value: 'Total serum calcium: about 45% is protein-bound, 45% ionized and 10% complexed, so total calcium falls with albumin. Correct it for albumin, or measure ionized calcium.',
            source: 'statpearlsHypercalcemia',
        },
        canonicalUnit: 'mg/dL',
        conventionalUnit: 'mg/dL',
        siUnit: 'mmol/L',
        molarMass: { value: 40.08, source: 'ciaaw', note: 'Standard atomic weight of calcium, 40.078, rounded: 1 mg/dL = 0.2495 mmol/L.' },
        loinc: [
            { code: '17861-6', display: 'Calcium [Mass/volume] in Serum or Plasma', property: 'mass', source: 'hl7LoincValueSets' },
            { code: '2000-8', display: 'Calcium [Moles/volume] in Serum or Plasma', property: 'substance', source: 'hl7LoincValueSets' },
            { code: '29265-6', display: 'Calcium [Mass/volume] corrected for albumin in Serum or Plasma', property: 'mass', source: 'hl7LoincValueSets' },
        ],
        reference: [
            { ages: NEONATE, low: 7.6, high: 10.4, unit: 'mg/dL', source: 'medpageCalcium' },
            { ages: { fromYears: 10 / 365, toYears: 2, label: 'infant (10 days to 2 years)' }, low: 9.0, high: 11.0, unit: 'mg/dL', source: 'medpageCalcium' },
            { ages: { fromYears: 2, toYears: 12, label: 'child (2 to 12 years)' }, low: 8.8, high: 10.8, unit: 'mg/dL', source: 'medpageCalcium' },
            { ages: { fromYears: 12, toYears: 18, label: 'adolescent (12 to 18 years)' }, low: 8.4, high: 10.2, unit: 'mg/dL', source: 'medpageCalcium' },
            {
                ages: ADULT, low: 8.8, high: 10.4, unit: 'mg/dL', source: 'msdHypercalcemia', quoted: { low: 2.2, high: 2.6, unit: 'mmol/L' },
                note: 'Also PMC7276095 (8.8-10.4 mg/dL, 2.2-2.6 mmol/L). MedPage Today gives 9-10.5 for adults and many laboratories use 8.5-10.5: the lab\'s own interval should win.',
            },
        ],
        plausible: {
            value: { low: 4, high: 20 }, source: 'engineering',
            note: 'Our proposal (design/clinical-facts.md): below 4 or above 20 mg/dL (1.0 or 5.0 mmol/L) is taken for a typing slip. A value of 1.5-3.5 written in mg/dL is almost surely mmol/L.',
        },
        critical: {
            value: { low: 6.0, high: 13.0 }, source: 'criticalValueLists',
            note: 'The lists set the low limit between 6.0 and 7.0 and the high limit between 12.0 and 13.0 mg/dL; we ship the ends every list agrees are critical.',
        },
    },
    {
        term: 'ionizedCalcium',
        label: 'Ionized calcium',
        aliases: ['ionisedCalcium'],
        definition: {
            value: 'The free, physiologically active fraction of serum calcium. It does not depend on albumin, and it can never exceed the total calcium of the same sample.',
            source: 'pmc7276095',
        },
        canonicalUnit: 'mmol/L',
        conventionalUnit: 'mg/dL',
        siUnit: 'mmol/L',
        molarMass: { value: 40.08, source: 'ciaaw', note: 'Standard atomic weight of calcium, 40.078, rounded.' },
        loinc: [
            { code: '1995-0', display: 'Calcium.ionized [Moles/volume] in Serum or Plasma', property: 'substance', source: 'hl7LoincValueSets' },
        ],
        reference: [
            {
                ages: NEONATE, low: 1.10, high: 1.36, unit: 'mmol/L', source: 'loughead1988',
                note: '95% limits at 24 hours of age in healthy term infants (ion-selective electrode); higher at birth (mean 1.45 mmol/L).',
            },
            {
                ages: { fromYears: 10 / 365, toYears: 130, label: '10 days and over (the adult interval)' }, low: 1.1, high: 1.3, unit: 'mmol/L', source: 'pmc7276095',
                note: 'Adult interval (1.1-1.3 mmol/L, 4.4-5.2 mg/dL), applied to children too for want of a paediatric source.',
            },
        ],
        plausible: { value: { low: 0.5, high: 3.5 }, source: 'engineering', note: 'Our proposal (design/clinical-facts.md).' },
        critical: {
            value: { low: 0.75, high: 1.62 }, source: 'criticalValueLists',
            note: 'The lists set the low limit between 0.75 and 0.8 and the high limit between 1.5 and 1.62 mmol/L; we ship the ends every list agrees are critical.',
        },
    },
    {
        term: 'phosphate',
        label: 'Phosphate (inorganic phosphorus)',
        definition: {
            value: 'Serum inorganic phosphate, reported as phosphorus. With calcium it gives the Ca × P product: above 70 mg²/dL² calcium phosphate precipitates in tissue without preceding damage (metastatic calcification).',
            source: 'medscapeCalcinosisCutis',
        },
        canonicalUnit: 'mg/dL',
        conventionalUnit: 'mg/dL',
        siUnit: 'mmol/L',
        molarMass: { value: 30.97, source: 'ciaaw', note: 'Reported as phosphorus, so the atomic weight of phosphorus (30.974): 1 mg/dL = 0.3229 mmol/L.' },
        loinc: [
            { code: '2777-1', display: 'Phosphate [Mass/volume] in Serum or Plasma', property: 'mass', source: 'hl7LoincValueSets' },
            { code: '14879-1', display: 'Phosphate [Moles/volume] in Serum or Plasma', property: 'substance', source: 'hl7LoincValueSets' },
        ],
        reference: [
            { ages: NEONATE, low: 4.6, high: 8.0, unit: 'mg/dL', source: 'davisLab', note: "Davis's band is 0 to 5 days; stretched to 10 days to meet the neonate band." },
            {
                ages: { fromYears: 10 / 365, toYears: 1, label: 'infant (10 days to 1 year)' }, low: 3.9, high: 9.3, unit: 'mg/dL',
                source: 'engineering', evidence: 'weak',
                note: 'No interval read for this age. Lower limit from Davis\'s 1-3-year band; upper limit the "up to about 9.3 mg/dL" for infants gathered in design/clinical-facts.md without a named source. Laboratory lists give lower upper limits (about 7-8 mg/dL): wide on purpose so that healthy infants are not flagged.',
            },
            { ages: { fromYears: 1, toYears: 4, label: 'child (1 to 3 years)' }, low: 3.9, high: 6.5, unit: 'mg/dL', source: 'davisLab', note: 'Other summaries give about 4.0-7.0 mg/dL for children (weak, unnamed).' },
            { ages: { fromYears: 4, toYears: 7, label: 'child (4 to 6 years)' }, low: 4.0, high: 5.4, unit: 'mg/dL', source: 'davisLab' },
            { ages: { fromYears: 7, toYears: 12, label: 'child (7 to 11 years)' }, low: 3.7, high: 5.6, unit: 'mg/dL', source: 'davisLab' },
            { ages: { fromYears: 12, toYears: 14, label: 'adolescent (12 to 13 years)' }, low: 3.3, high: 5.4, unit: 'mg/dL', source: 'davisLab' },
            { ages: { fromYears: 14, toYears: 16, label: 'adolescent (14 to 15 years)' }, low: 2.9, high: 5.4, unit: 'mg/dL', source: 'davisLab' },
            { ages: { fromYears: 16, toYears: 20, label: 'adolescent (16 to 19 years)' }, low: 2.8, high: 4.6, unit: 'mg/dL', source: 'davisLab' },
            { ages: { fromYears: 20, toYears: 130, label: 'adult (20 years and over)' }, low: 2.5, high: 4.5, unit: 'mg/dL', source: 'davisLab', note: 'Also the usual adult interval, 0.81-1.45 mmol/L.' },
        ],
        plausible: {
            value: { low: 0.3, high: 20 }, source: 'engineering',
            note: 'Our proposal (design/clinical-facts.md). A phosphate of 0.8-1.5 is ambiguous: normal in mmol/L, critically low in mg/dL; say so rather than guess.',
        },
        critical: {
            value: { low: 1.0, high: 9.0 }, source: 'criticalValueLists',
            note: 'Adult-oriented lists: the high limit sits below the infant reference limit above.',
        },
    },
    {
        term: 'albumin',
        label: 'Albumin',
        definition: {
            value: 'The main calcium-binding protein of serum. A low albumin lowers total calcium without changing ionized calcium: add 0.8 mg/dL of calcium for each g/dL of albumin below 4.0.',
            source: 'statpearlsHypocalcemia',
        },
        canonicalUnit: 'g/dL',
        conventionalUnit: 'g/dL',
        siUnit: 'g/L',
        loinc: [
            { code: '1751-7', display: 'Albumin [Mass/volume] in Serum or Plasma', property: 'mass', source: 'hl7LoincValueSets' },
        ],
        // Quest Diagnostics (test 35010), by age and sex; other laboratories differ (Hunterdon: 4.0-4.9 over 18 years).
        reference: [
            ...bySex({ fromYears: 0, toYears: 8 / 365, label: 'newborn (0 to 7 days)' }, 'g/dL', [1.9, 4.0], [2.4, 3.9], 'questAlb'),
            ...bySex({ fromYears: 8 / 365, toYears: 31 / 365, label: 'neonate (8 to 30 days)' }, 'g/dL', [1.9, 4.4], [2.1, 4.5], 'questAlb'),
            ...bySex({ fromYears: 31 / 365, toYears: 91 / 365, label: 'infant (31 to 90 days)' }, 'g/dL', [2.0, 4.2], [2.1, 4.8], 'questAlb'),
            ...bySex({ fromYears: 91 / 365, toYears: 0.5, label: 'infant (91 to 180 days)' }, 'g/dL', [2.3, 4.4], [2.2, 4.9], 'questAlb'),
            ...bySex({ fromYears: 0.5, toYears: 1, label: 'infant (6 to 12 months)' }, 'g/dL', [2.3, 4.7], [2.2, 4.7], 'questAlb'),
            ...bySex({ fromYears: 1, toYears: 4, label: 'child (1 to 3 years)' }, 'g/dL', [3.5, 4.7], [3.5, 4.2], 'questAlb', 'Quest\'s band is 13 months to 3 years; applied here from 1 year.'),
            { ages: { fromYears: 4, toYears: 7, label: 'child (4 to 6 years)' }, low: 3.6, high: 5.2, unit: 'g/dL', source: 'questAlb' },
            { ages: { fromYears: 7, toYears: 20, label: 'child and adolescent (7 to 19 years)' }, low: 3.8, high: 5.6, unit: 'g/dL', source: 'questAlb' },
            { ages: { fromYears: 20, toYears: 130, label: 'adult (over 19 years)' }, low: 3.4, high: 5.0, unit: 'g/dL', source: 'questAlb' },
        ],
        plausible: { value: { low: 1, high: 7 }, source: 'engineering', note: 'Our proposal (design/clinical-facts.md); 41 written in g/dL is 41 g/L.' },
    },
    {
        term: 'pth',
        label: 'Parathyroid hormone (intact)',
        definition: {
            value: 'Intact parathyroid hormone (PTH 1-84). A high PTH with high calcium means primary hyperparathyroidism; with chronic kidney disease, secondary hyperparathyroidism: both are causes of metastatic calcification.',
            source: 'seed',
            note: 'The seed lists hyperparathyroidism among the causes of metastatic calcification.',
        },
        canonicalUnit: 'pg/mL',
        conventionalUnit: 'pg/mL',
        siUnit: 'pmol/L',
        otherUnits: ['ng/L'],
        molarMass: {
            value: 9425, source: 'engineering', evidence: 'weak',
            note: 'Mass of the 84-residue peptide (about 9.4 kDa; often rounded to 9.5 kDa). It reproduces both 1 pg/mL = 0.106 pmol/L and the paired limits of PMC7276095 (65 pg/mL = 6.9 pmol/L).',
        },
        loinc: [
            { code: '2731-8', display: 'Parathyrin.intact [Mass/volume] in Serum or Plasma', property: 'mass', source: 'hl7LoincValueSets' },
            { code: '14866-8', display: 'Parathyrin.intact [Moles/volume] in Serum or Plasma', property: 'substance', source: 'loincPublicMappings' },
        ],
        reference: [
            { ages: { fromYears: 0, toYears: 1 / 12, label: 'neonate (under 1 month)' }, low: 7, high: 59, unit: 'pg/mL', source: 'davisLab' },
            { ages: { fromYears: 1 / 12, toYears: 1, label: 'infant (1 to 11 months)' }, low: 8, high: 61, unit: 'pg/mL', source: 'davisLab' },
            { ages: { fromYears: 1, toYears: 11, label: 'child (1 to 10 years)' }, low: 11, high: 59, unit: 'pg/mL', source: 'davisLab' },
            { ages: { fromYears: 11, toYears: 18, label: 'adolescent (11 to 17 years)' }, low: 15, high: 68, unit: 'pg/mL', source: 'davisLab' },
            { ages: ADULT, low: 15, high: 65, unit: 'pg/mL', source: 'pmc7276095', note: "Same as Davis's adult interval; electrochemiluminescence assays. PTH rises physiologically when 25-OH vitamin D is low." },
        ],
        plausible: { value: { low: 0, high: 5000 }, source: 'engineering', note: 'Our proposal (design/clinical-facts.md); PTH can be undetectable in hypoparathyroidism, so no lower limit above 0.' },
    },
    {
        term: 'vitaminD25',
        label: '25-hydroxyvitamin D',
        aliases: ['calcidiol', 'vitD25', 'hydroxyvitaminD', 'vitaminD25OH', 'vitaminD25oh'],
        definition: {
            value: '25-hydroxyvitamin D (calcidiol), the measure of vitamin D status. A very high value points to vitamin D excess, a cause of metastatic calcification.',
            source: 'pmc7276095',
            note: 'LOINC: most assays report D2 + D3 together, so 62292-8 (25-OH D2+D3, mass) is listed first; 1989-3 is 25-OH D3 alone and is often mislabelled as "total vitamin D" in public lists; 14635-7 is 25-OH D3 in moles.',
        },
        canonicalUnit: 'ng/mL',
        conventionalUnit: 'ng/mL',
        siUnit: 'nmol/L',
        otherUnits: ['ug/L'],
        molarMass: { value: 400.64, source: 'pubchem', note: 'Calcifediol (25-OH D3): 1 ng/mL = 2.496 nmol/L. 25-OH D2 is heavier (412.7), which total assays ignore.' },
        loinc: [
            { code: '62292-8', display: '25-hydroxyvitamin D2+25-hydroxyvitamin D3 [Mass/volume] in Serum or Plasma', property: 'mass', source: 'loincPublicMappings' },
            { code: '1989-3', display: '25-hydroxyvitamin D3 [Mass/volume] in Serum or Plasma', property: 'mass', source: 'hl7LoincValueSets' },
            { code: '14635-7', display: '25-hydroxyvitamin D3 [Moles/volume] in Serum or Plasma', property: 'substance', source: 'loincPublicMappings' },
        ],
        reference: [
            {
                ages: ALL_AGES, low: 20, high: 80, unit: 'ng/mL', source: 'pmc7276095',
                note: 'Adult interval (50-200 nmol/L), applied at all ages; about 30 ng/mL is often taken as sufficiency.',
            },
        ],
        plausible: { value: { low: 0, high: 1000 }, source: 'engineering', note: 'Our proposal (design/clinical-facts.md), raised from 300: vitamin D intoxication is above 150 ng/mL and reported in the hundreds (an infant at 294 ng/mL on 50,000 IU a day), so only a value beyond any reported is a slip.' },
    },
    {
        term: 'calcitriol',
        label: '1,25-dihydroxyvitamin D (calcitriol)',
        definition: {
            value: 'The active vitamin D hormone. Its half-life is short and it is tightly regulated, so it is a poor measure of vitamin D status; measure it when granulomatous disease (sarcoidosis) or vitamin D excess is suspected.',
            source: 'pmc7276095',
        },
        canonicalUnit: 'pg/mL',
        conventionalUnit: 'pg/mL',
        siUnit: 'pmol/L',
        otherUnits: ['ng/L'],
        molarMass: { value: 416.64, source: 'labelCalcitriol', note: 'The label gives a calculated molecular weight of 416.65: 1 pg/mL = 2.40 pmol/L.' },
        loinc: [
            { code: '1649-3', display: 'Calcitriol [Mass/volume] in Serum or Plasma', property: 'mass', source: 'loincPublicMappings' },
        ],
        reference: [
            // Mayo Clinic Laboratories (test DHVD, LC-MS/MS): one interval under 16 years, by sex from 16.
            { ages: { fromYears: 0, toYears: 16, label: 'under 16 years' }, low: 24, high: 86, unit: 'pg/mL', source: 'mayoDhvd' },
            ...bySex({ fromYears: 16, toYears: 130, label: '16 years and over' }, 'pg/mL', [18, 78], [18, 64], 'mayoDhvd'),
        ],
        plausible: { value: { low: 0, high: 1000 }, source: 'engineering', note: 'Our choice: far above any reported value.' },
    },
    {
        term: 'creatinine',
        label: 'Creatinine',
        notJudgedOnDialysis: {
            value: 'On dialysis the kidneys\' filtration is replaced by the sessions: eGFR and creatinine describe the dialysis schedule rather than kidney function, so they are shown but not flagged against the reference interval.',
            source: 'kdigo2012', evidence: 'weak',
            note: 'Our reading: the GFR estimating equations assume a steady-state creatinine, which dialysis sessions do not give.',
        },
        definition: {
            value: 'Serum creatinine, the marker from which eGFR is estimated. It depends on muscle mass: in infants it falls from about 55 µmol/L (0.62 mg/dL) on day 1 to about 20 µmol/L (0.23 mg/dL) by the second month.',
            source: 'boer2010',
        },
        canonicalUnit: 'mg/dL',
        conventionalUnit: 'mg/dL',
        siUnit: 'umol/L',
        molarMass: { value: 113.12, source: 'pubchem', note: '1 mg/dL = 88.4 µmol/L.' },
        loinc: [
            { code: '2160-0', display: 'Creatinine [Mass/volume] in Serum or Plasma', property: 'mass', source: 'hl7LoincValueSets' },
            { code: '14682-9', display: 'Creatinine [Moles/volume] in Serum or Plasma', property: 'substance', source: 'loincPublicMappings' },
        ],
        // Children: Quest Diagnostics (test 164113) by age and sex; adults: NORIP, by sex (45-90 µmol/L women, 60-105 men).
        reference: [
            { ages: { fromYears: 0, toYears: 3 / 365, label: 'newborn (0 to 2 days)' }, low: 0.79, high: 1.58, unit: 'mg/dL', source: 'questCreat' },
            { ages: { fromYears: 3 / 365, toYears: 28 / 365, label: 'neonate (3 to 27 days)' }, low: 0.35, high: 1.23, unit: 'mg/dL', source: 'questCreat' },
            { ages: { fromYears: 28 / 365, toYears: 10, label: 'child (1 month to 9 years)' }, low: 0.20, high: 0.73, unit: 'mg/dL', source: 'questCreat' },
            { ages: { fromYears: 10, toYears: 13, label: 'child (10 to 12 years)' }, low: 0.30, high: 0.78, unit: 'mg/dL', source: 'questCreat' },
            ...bySex({ fromYears: 13, toYears: 16, label: 'adolescent (13 to 15 years)' }, 'mg/dL', [0.40, 1.00], [0.40, 1.05], 'questCreat'),
            ...bySex({ fromYears: 16, toYears: 18, label: 'adolescent (16 to 17 years)' }, 'mg/dL', [0.50, 1.00], [0.60, 1.20], 'questCreat'),
            ...bySex(ADULT, 'mg/dL', [0.51, 1.02], [0.68, 1.19], 'norip', 'NORIP: 45-90 µmol/L in women, 60-105 µmol/L in men (÷ 88.4).',
                { unit: 'umol/L', female: [45, 90], male: [60, 105] }),
        ],
        plausible: { value: { low: 0.05, high: 30 }, source: 'engineering', note: 'Our proposal (design/clinical-facts.md) for the upper limit; the lower limit is our choice. 68 written in mg/dL is 68 µmol/L.' },
        critical: {
            value: { high: 7.5 }, source: 'criticalValueLists',
            note: 'The lists set the high limit between 6.0 and 7.5 mg/dL; we ship the end every list agrees is critical.',
        },
    },
    {
        term: 'egfr',
        label: 'Estimated glomerular filtration rate',
        notJudgedOnDialysis: {
            value: 'On dialysis the kidneys\' filtration is replaced by the sessions: eGFR and creatinine describe the dialysis schedule rather than kidney function, so they are shown but not flagged against the reference interval.',
            source: 'kdigo2012', evidence: 'weak',
            note: 'Our reading: the GFR estimating equations assume a steady-state creatinine, which dialysis sessions do not give.',
        },
        definition: {
            value: 'Estimated GFR in mL/min/1.73 m². KDIGO categories: G1 ≥ 90, G2 60-89, G3a 45-59, G3b 30-44, G4 15-29, G5 < 15 (kidney failure).',
            source: 'kdigo2012',
        },
        canonicalUnit: 'mL/min/{1.73_m2}',
        conventionalUnit: 'mL/min/{1.73_m2}',
        siUnit: 'mL/min/{1.73_m2}',
        loinc: [
            {
                code: '98979-8',
                display: 'Glomerular filtration rate/1.73 sq M.predicted [Volume Rate/Area] in Serum, Plasma or Blood by Creatinine-based formula (CKD-EPI 2021)',
                property: 'other',
                source: 'loincPublicMappings',
            },
        ],
        reference: [
            {
                ages: { fromYears: 0, toYears: 2, label: 'under 2 years' }, unit: 'mL/min/{1.73_m2}', source: 'kdigo2012', evidence: 'weak',
                note: 'No interval shipped: GFR matures to adult values (per 1.73 m²) by about 2 years, and the GFR categories are not applied before.',
            },
            {
                ages: { fromYears: 2, toYears: 130, label: '2 years and over' }, low: 60, unit: 'mL/min/{1.73_m2}', source: 'kdigo2012',
                note: 'Below 60 (G3a-G5) for more than 3 months is chronic kidney disease. G2 (60-89) without markers of kidney damage is not, and GFR falls with age, so 60-89 is not flagged; the hover still names the category.',
            },
        ],
        plausible: { value: { low: 0, high: 250 }, source: 'engineering', note: 'Our choice: above any hyperfiltration value.' },
    },
    {
        term: 'alkalinePhosphatase',
        label: 'Alkaline phosphatase',
        aliases: ['alp', 'ALP'],
        definition: {
            value: 'Alkaline phosphatase, mostly from bone and liver. Growing bone makes it 2 to 3 times the adult level in children and adolescents.',
            source: 'medlinePlusAlp',
        },
        canonicalUnit: 'U/L',
        conventionalUnit: 'U/L',
        siUnit: 'U/L',
        otherUnits: ['ukat/L'],
        sameNumberUnits: ENZYME_INTERNATIONAL_UNITS,
        loinc: [
            { code: '6768-6', display: 'Alkaline phosphatase [Enzymatic activity/volume] in Serum or Plasma', property: 'other', source: 'hl7LoincValueSets' },
        ],
        reference: [
            // Children: the University of Iowa's intervals, transferred from CALIPER (Estey 2013), by age and, from 13 years, by sex.
            { ages: { fromYears: 0, toYears: 15 / 365, label: 'neonate (0 to 14 days)' }, low: 83, high: 248, unit: 'U/L', source: 'uiowaAlp' },
            { ages: { fromYears: 15 / 365, toYears: 1, label: 'infant (15 days to 12 months)' }, low: 122, high: 469, unit: 'U/L', source: 'uiowaAlp' },
            { ages: { fromYears: 1, toYears: 10, label: 'child (1 to 9 years)' }, low: 142, high: 335, unit: 'U/L', source: 'uiowaAlp' },
            { ages: { fromYears: 10, toYears: 13, label: 'child (10 to 12 years)' }, low: 129, high: 417, unit: 'U/L', source: 'uiowaAlp' },
            ...bySex({ fromYears: 13, toYears: 15, label: 'adolescent (13 to 14 years)' }, 'U/L', [57, 254], [116, 468], 'uiowaAlp', 'Puberty: girls\' ALP falls earlier than boys\'.'),
            ...bySex({ fromYears: 15, toYears: 17, label: 'adolescent (15 to 16 years)' }, 'U/L', [50, 117], [82, 331], 'uiowaAlp'),
            ...bySex({ fromYears: 17, toYears: 19, label: 'adolescent (17 to 18 years)' }, 'U/L', [45, 87], [55, 149], 'uiowaAlp'),
            { ages: { fromYears: 19, toYears: 130, label: 'adult (19 years and over)' }, low: 44, high: 147, unit: 'U/L', source: 'medlinePlusAlp', note: 'From 19 years, where the paediatric bands end; the University of Iowa\'s own adult ranges are 40-129 U/L (men) and 35-104 U/L (women).' },
        ],
        plausible: { value: { low: 0, high: 10000 }, source: 'engineering', note: 'Our choice: above the values of Paget\'s disease and rickets.' },
    },
    {
        term: 'magnesium',
        label: 'Magnesium',
        definition: {
            value: 'Serum magnesium. It is checked with calcium because a low magnesium can cause or sustain hypocalcaemia.',
            source: 'medpageCalcium',
            evidence: 'weak',
        },
        canonicalUnit: 'mg/dL',
        conventionalUnit: 'mg/dL',
        siUnit: 'mmol/L',
        molarMass: { value: 24.305, source: 'ciaaw', note: 'Standard atomic weight of magnesium: 1 mg/dL = 0.4114 mmol/L.' },
        loinc: [
            { code: '19123-9', display: 'Magnesium [Mass/volume] in Serum or Plasma', property: 'mass', source: 'loincPublicMappings' },
            { code: '2601-3', display: 'Magnesium [Moles/volume] in Serum or Plasma', property: 'substance', source: 'loincPublicMappings' },
        ],
        reference: [
            {
                ages: ALL_AGES, low: 1.46, high: 2.68, unit: 'mg/dL', source: 'statpearlsHypomagnesemia',
                note: 'Adult interval (0.6-1.1 mmol/L); neonates run higher in the first two weeks. Many laboratories use about 1.7-2.4 mg/dL.',
            },
        ],
        plausible: { value: { low: 0.3, high: 25 }, source: 'engineering', note: 'Our choice: above the values of magnesium poisoning.' },
    },
    {
        term: 'ck',
        label: 'Creatine kinase',
        aliases: ['creatineKinase', 'cpk', 'creatinePhosphokinase'],
        definition: {
            value: 'Serum creatine kinase, the muscle enzyme: a screening test in inflammatory myopathy (dermatomyositis), which can be normal even in active disease.',
            source: 'loh2024Iim',
        },
        canonicalUnit: 'U/L',
        conventionalUnit: 'U/L',
        siUnit: 'U/L',
        otherUnits: ['ukat/L'],
        sameNumberUnits: ENZYME_INTERNATIONAL_UNITS,
        loinc: [
            { code: '2157-6', display: 'Creatine kinase [Enzymatic activity/volume] in Serum or Plasma', property: 'other', source: 'loincPublicMappings' },
        ],
        // NORIP's adult upper limits (read in Lilleng 2011); a low creatine kinase means nothing here, so no lower limit is shipped.
        reference: [
            {
                ages: { fromYears: 0, toYears: 18, label: 'under 18 years' }, unit: 'U/L', source: 'engineering', evidence: 'weak',
                note: 'No interval shipped: no paediatric creatine kinase interval was read (neonates run far higher); the laboratory\'s own interval should be set.',
            },
            {
                ages: CK_ADULT_UNDER_50, sex: 'female', high: 210, unit: 'U/L', source: 'lilleng2011',
                note: 'NORIP upper limits. Black people run markedly higher (a 2025 systematic review, abstract read): the laboratory\'s own interval should win.',
            },
            { ages: CK_ADULT_UNDER_50, sex: 'male', high: 400, unit: 'U/L', source: 'lilleng2011' },
            { ages: CK_ADULT_FROM_50, sex: 'female', high: 210, unit: 'U/L', source: 'lilleng2011' },
            { ages: CK_ADULT_FROM_50, sex: 'male', high: 280, unit: 'U/L', source: 'lilleng2011' },
        ],
        plausible: { value: { low: 0, high: 500000 }, source: 'engineering', note: 'Our choice: above the values of severe rhabdomyolysis.' },
    },
    {
        term: 'inr',
        label: 'INR',
        aliases: ['INR'],
        definition: {
            value: 'The international normalized ratio of the prothrombin time, a ratio without a unit: warfarin is dosed by it.',
            source: 'labelWarfarinInr',
        },
        canonicalUnit: '{INR}',
        conventionalUnit: '{INR}',
        siUnit: '{INR}',
        unitless: true,
        loinc: [
            { code: '6301-6', display: 'INR in Platelet poor plasma by Coagulation assay', property: 'other', source: 'loincPublicMappings' },
        ],
        // On warfarin the label's target replaces this (Thresholds.inrTargetOnWarfarin, labs.ts).
        reference: [
            {
                ages: ALL_AGES, unit: '{INR}', source: 'engineering', evidence: 'weak',
                note: 'No interval shipped off anticoagulants: no reference interval for the INR was read; the laboratory\'s own interval should be set.',
            },
        ],
        plausible: { value: { low: 0.5, high: 20 }, source: 'engineering', note: 'Our choice, no source: an INR below 0.5 or above 20 is taken for a typing slip (24 for 2.4).' },
    },
    {
        // Clinical review 13: the sodium thiosulfate caution on dialysis asks for the bicarbonate, which was not an analyte.
        term: 'bicarbonate',
        label: 'Bicarbonate (total CO2)',
        aliases: ['hco3', 'totalCo2', 'tco2'],
        definition: {
            value: 'Serum bicarbonate, measured as the total carbon dioxide of the serum (most of it bicarbonate): low in metabolic acidosis.',
            source: 'medlinePlusCo2',
        },
        canonicalUnit: 'mmol/L',
        conventionalUnit: 'mmol/L',
        siUnit: 'mmol/L',
        // mEq/L: bicarbonate has one charge, so 1 mEq/L is 1 mmol/L (UCUM converts equivalents only given the charge).
        sameNumberUnits: { value: ['meq/L'], source: 'medlinePlusCo2', note: 'MedlinePlus: 23 to 29 mEq/L or 23 to 29 mmol/L.' },
        loinc: [
            { code: '2028-9', display: 'Carbon dioxide, total [Moles/volume] in Serum or Plasma', property: 'substance', source: 'loincPublicMappings' },
            { code: '1963-8', display: 'Bicarbonate [Moles/volume] in Serum or Plasma', property: 'substance', source: 'loincPublicMappings' },
        ],
        reference: [
            {
                ages: { fromYears: 0, toYears: 18, label: 'under 18 years' }, unit: 'mmol/L', source: 'engineering', evidence: 'weak',
                note: 'No interval shipped: MedlinePlus gives one range, not by age, and no paediatric interval was read; the laboratory\'s own interval should be set.',
            },
            { ages: ADULT, low: 23, high: 29, unit: 'mmol/L', source: 'medlinePlusCo2', note: 'MedlinePlus gives 23-29 mEq/L with no age; read here for adults. Laboratories vary slightly, as it says.' },
        ],
        plausible: { value: { low: 1, high: 70 }, source: 'engineering', note: 'Our choice, no source: beyond the values of severe metabolic acidosis and alkalosis.' },
    },
    // Clinical review 15: the tests a case of myositis, calciphylaxis or metastatic calcinosis reports beside the calcium were
    // "not a known analyte". Adult intervals are MedlinePlus's (A.D.A.M.) text, read on copies of it; none is shipped for children.
    enzyme('ldh', 'Lactate dehydrogenase', ['LDH', 'lactateDehydrogenase'], 'Lactate dehydrogenase, released by damaged muscle, liver, blood cells and tumours: raised in active myositis.', '2532-0', 'Lactate dehydrogenase [Enzymatic activity/volume] in Serum or Plasma', [105, 333], 20000),
    enzyme('aldolase', 'Aldolase', [], 'Aldolase, a glycolytic enzyme released by damaged muscle: raised in active myositis, sometimes when the CK is not.', '1761-6', 'Aldolase [Enzymatic activity/volume] in Serum or Plasma', [1.0, 7.5], 1000),
    enzyme('alt', 'Alanine aminotransferase (ALT)', ['ALT', 'alanineAminotransferase', 'sgpt'], 'Alanine aminotransferase, chiefly from the liver (also from muscle): the liver test of methotrexate, azathioprine and bosentan.', '1742-6', 'Alanine aminotransferase [Enzymatic activity/volume] in Serum or Plasma', [4, 36], 20000),
    enzyme('ast', 'Aspartate aminotransferase (AST)', ['AST', 'aspartateAminotransferase', 'sgot'], 'Aspartate aminotransferase, from liver and muscle: raised in myositis as well as in liver injury.', '1920-8', 'Aspartate aminotransferase [Enzymatic activity/volume] in Serum or Plasma', [10, 34], 20000),
    {
        term: 'crp',
        label: 'C-reactive protein',
        aliases: ['CRP', 'cReactiveProtein'],
        definition: { value: 'C-reactive protein, made by the liver in inflammation and infection (an infected ulcer, active disease).', source: 'adamLabTests' },
        canonicalUnit: 'mg/L',
        conventionalUnit: 'mg/dL',
        siUnit: 'mg/L',
        loinc: [{ code: '1988-5', display: 'C reactive protein [Mass/volume] in Serum or Plasma', property: 'mass', source: 'loincPublicMappings' }],
        reference: [
            noChildInterval('mg/L'),
            { ages: ADULT, low: 0, high: 10, unit: 'mg/L', source: 'adamLabTests', evidence: 'weak', note: 'Below 1.0 mg/dL (10 mg/L), as a health encyclopedia gives it; the MedlinePlus figure itself not read. High-sensitivity CRP for cardiac risk uses lower cut-offs.' },
        ],
        plausible: { value: { low: 0, high: 1000 }, source: 'engineering', note: 'Our choice: above the values of severe sepsis.' },
    },
    {
        term: 'haemoglobin',
        label: 'Haemoglobin',
        aliases: ['hemoglobin', 'hb', 'Hb', 'hgb', 'Hgb'],
        definition: { value: 'Blood haemoglobin: low in the anaemia of chronic kidney disease and of chronic inflammation.', source: 'adamLabTests' },
        canonicalUnit: 'g/dL',
        conventionalUnit: 'g/dL',
        siUnit: 'g/L',
        loinc: [{ code: '718-7', display: 'Hemoglobin [Mass/volume] in Blood', property: 'mass', source: 'loincPublicMappings' }],
        reference: [
            { ages: CHILD_NOT_SHIPPED, unit: 'g/dL', source: 'engineering', evidence: 'weak', note: 'No interval shipped under 18 years: children\'s haemoglobin changes with age and none was read; the laboratory\'s own interval should be set.' },
            ...bySex(ADULT, 'g/dL', [12.1, 15.1], [13.8, 17.2], 'adamLabTests'),
        ],
        // Clinical review 15b: a pregnant woman's 11.5 g/dL was "low" against the non-pregnant 12.1.
        inPregnancy: { value: { low: 11.0, unit: 'g/dL' }, source: 'who2011Haemoglobin', note: 'WHO: anaemia in pregnancy below 110 g/L; no upper end is given.' },
        plausible: { value: { low: 1, high: 25 }, source: 'engineering', note: 'Our choice: below 1 or above 25 g/dL is taken for a typing slip (or a value in g/L written as g/dL).' },
    },
    {
        term: 'bun',
        label: 'Blood urea nitrogen',
        aliases: ['BUN', 'ureaNitrogen', 'bloodUreaNitrogen'],
        definition: { value: 'The nitrogen of blood urea: it rises as the kidneys fail, and with dehydration and a high protein load.', source: 'adamLabTests' },
        canonicalUnit: 'mg/dL',
        conventionalUnit: 'mg/dL',
        siUnit: 'mmol/L',
        molarMass: { value: 28.014, source: 'ciaaw', note: 'Two nitrogen atoms (14.007) per urea: urea nitrogen in mg/dL ÷ 2.8 is urea in mmol/L.' },
        loinc: [
            { code: '3094-0', display: 'Urea nitrogen [Mass/volume] in Serum or Plasma', property: 'mass', source: 'loincPublicMappings' },
            { code: '14937-7', display: 'Urea nitrogen [Moles/volume] in Serum or Plasma', property: 'substance', source: 'loincPublicMappings' },
        ],
        reference: [
            noChildInterval('mg/dL'),
            { ages: ADULT, low: 6, high: 20, unit: 'mg/dL', source: 'harrisonLabValues', evidence: 'weak', note: '6-20 mg/dL (2.1-7.1 mmol/L), read second-hand; laboratories vary.' },
        ],
        plausible: { value: { low: 1, high: 300 }, source: 'engineering', note: 'Our choice: above the values of untreated uraemia.' },
        notJudgedOnDialysis: {
            value: 'On dialysis the urea nitrogen rises between sessions and falls with each: it describes the dialysis schedule and its adequacy, not kidney function, so it is shown but not flagged against the reference interval.',
            source: 'kdigo2012', evidence: 'weak',
        },
    },
    {
        term: 'uricAcid',
        label: 'Uric acid',
        aliases: ['urate', 'serumUrate'],
        definition: { value: 'Serum uric acid, the end product of purine breakdown: raised in kidney failure, gout and tumour lysis.', source: 'adamLabTests' },
        canonicalUnit: 'mg/dL',
        conventionalUnit: 'mg/dL',
        siUnit: 'umol/L',
        molarMass: { value: 168.11, source: 'ciaaw', note: 'C5H4N4O3: 1 mg/dL = 59.5 µmol/L.' },
        loinc: [
            { code: '3084-1', display: 'Urate [Mass/volume] in Serum or Plasma', property: 'mass', source: 'loincPublicMappings' },
            { code: '14933-6', display: 'Urate [Moles/volume] in Serum or Plasma', property: 'substance', source: 'loincPublicMappings' },
        ],
        reference: [
            noChildInterval('mg/dL'),
            { ages: ADULT, low: 3.5, high: 7.2, unit: 'mg/dL', source: 'adamLabTests', evidence: 'weak' },
        ],
        plausible: { value: { low: 0.1, high: 30 }, source: 'engineering', note: 'Our choice: above the values of tumour lysis.' },
    },
];
