/**
 * Issue 9, item 1: the FHIR R4 export. Each example's Bundles validate against FHIR R4
 * (FHIR.js and the official JSON schema), carry the right codes, units and reference
 * ranges, hold no identifier, name or birth date, and come out the same every time.
 */
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseHelper } from 'langium/test';
import type { CaseFile } from '../../src/language/generated/ast.js';
import { documentBundles } from '../../src/language/fhir/fhir-document.js';
import { exportJson } from '../../src/language/fhir/fhir-json.js';
import { nameBasedUuid, sha1 } from '../../src/language/fhir/fhir-ids.js';
import type { Bundle, MedicationStatement, Observation, Patient, Resource } from '../../src/language/fhir/fhir-types.js';
import fc from 'fast-check';
import { diagnose, services } from './helpers.js';
import { calcFile } from './fuzz/cases.js';
import { EXAMPLES as PATHOLOGICAL_EXAMPLES, numberCase, ODD_NUMBERS } from './fuzz/pathological.js';
import { mutated } from './fuzz/mutations.js';
import { loadFhirValidators, type FhirValidators, type ValidationMessage } from './fhir-validators.js';

const EXAMPLES = fs.readdirSync('examples').filter(f => f.endsWith('.calc')).sort();
const parse = parseHelper<CaseFile>(services.Calc);

async function exportText(text: string, uri = 'file:///cases/test.calc'): Promise<Bundle[]> {
    const document = await parse(text, { documentUri: uri });
    try {
        return documentBundles(document, services.Calc.clinical.Analysis).bundles;
    } finally {
        services.shared.workspace.LangiumDocuments.deleteDocument(document.uri);
    }
}

async function exportExample(file: string, folder = '/work/examples'): Promise<Bundle[]> {
    return exportText(fs.readFileSync(path.join('examples', file), 'utf8'), `file://${folder}/${file}`);
}

function resources<T extends Resource>(bundle: Bundle, type: T['resourceType']): T[] {
    return bundle.entry.map(e => e.resource).filter((r): r is T => r.resourceType === type);
}

function labs(bundle: Bundle): Observation[] {
    return resources<Observation>(bundle, 'Observation').filter(o => o.category?.[0].coding?.[0].code === 'laboratory' && o.valueQuantity);
}

function lab(bundle: Bundle, loinc: string): Observation {
    const found = labs(bundle).find(o => o.code.coding?.some(c => c.code === loinc));
    if (!found) throw new Error(`no Observation coded ${loinc}`);
    return found;
}

/** Codes of terminologies FHIR.js does not carry (LOINC, ICD-10, SNOMED CT routes, HL7 v3): it can only say it did not find them. */
const EXTERNAL_CODE = /^Code "[^"]+" \((http:\/\/loinc\.org|http:\/\/snomed\.info\/sct|http:\/\/hl7\.org\/fhir\/sid\/icd-10(-cm)?|http:\/\/terminology\.hl7\.org\/CodeSystem\/v3-ObservationInterpretation)\) not found in value set$/;

function problems(messages: ValidationMessage[]): ValidationMessage[] {
    return messages.filter(m => m.severity === 'error' || (m.severity === 'warning' && !EXTERNAL_CODE.test(m.message)));
}

describe('FHIR R4 validation of the examples', () => {
    let validators: FhirValidators;
    beforeAll(() => { validators = loadFhirValidators(); }, 120_000);

    it.each(EXAMPLES)('%s: every Bundle and every resource in it is valid R4', async file => {
        const bundles = await exportExample(file);
        expect(bundles.length).toBeGreaterThan(0);
        for (const bundle of bundles) {
            // As written to disk: JSON, no undefined members.
            const json = JSON.parse(exportJson([bundle])) as Bundle;
            expect(problems(validators.validate(json))).toEqual([]);
            for (const entry of json.entry) expect(problems(validators.validate(entry.resource))).toEqual([]);
        }
    });

    it('any text exports as valid R4: generated cases, damaged examples, odd numbers, control characters', async () => {
        const texts = [
            ...fc.sample(calcFile, { numRuns: 60, seed: 9 }),
            ...fc.sample(mutated(Object.values(PATHOLOGICAL_EXAMPLES).join('\n')), { numRuns: 40, seed: 5 }),
            ...ODD_NUMBERS.map(numberCase),
            'case Control { lesion L { site left thigh "\u0000" } biopsy of L "\u0001" imaging { xray of L "" } }'
        ];
        for (const [i, text] of texts.entries()) {
            for (const bundle of await exportText(text, `file:///fuzz/${i}.calc`)) {
                const json = JSON.parse(exportJson([bundle])) as Bundle;
                expect(problems(validators.validate(json)), text).toEqual([]);
            }
        }
    }, 120_000);

    it('the validators are not vacuous: they reject what R4 forbids', () => {
        const bad = [
            { resourceType: 'Observation', code: { text: 'x' } }, // status is 1..1
            { resourceType: 'Patient', gender: 'man' }, // not an AdministrativeGender
            { resourceType: 'Patient', birthdate: '1950' }, // no such element
            { resourceType: 'Bundle', type: 'collection', entry: [{ fullUrl: 'urn:uuid:x y', resource: { resourceType: 'Patient' } }] } // a uri has no space
        ];
        for (const resource of bad) {
            const errors = validators.validate(resource).filter(m => m.severity === 'error');
            expect(errors, JSON.stringify(resource)).not.toEqual([]);
        }
    });
});

describe('the FHIR export of a case', () => {
    it('is one collection Bundle per case, the Patient first and referred to by every other resource', async () => {
        const [bundle] = await exportExample('03-renal.calc');
        expect(bundle).toMatchObject({ resourceType: 'Bundle', type: 'collection' });
        const [patient, ...others] = bundle.entry;
        expect(patient.resource.resourceType).toBe('Patient');
        for (const entry of bundle.entry) {
            expect(entry.fullUrl).toBe(`urn:uuid:${entry.resource.id}`);
            expect(entry.resource.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
        }
        for (const entry of others) expect((entry.resource as { subject: { reference: string } }).subject).toEqual({ reference: patient.fullUrl });
        expect(new Set(bundle.entry.map(e => e.fullUrl)).size).toBe(bundle.entry.length);
    });

    it('codes calcinosis cutis L94.2 in ICD-10, the type and extent as text, the classification in a note', async () => {
        const [bundle] = await exportExample('03-renal.calc');
        const condition = resources(bundle, 'Condition')[0] as Extract<Resource, { resourceType: 'Condition' }>;
        expect(condition.code.coding).toEqual([{ system: 'http://hl7.org/fhir/sid/icd-10', code: 'L94.2', display: 'Calcinosis cutis' }]);
        expect(condition.code.text).toBe('Metastatic calcinosis cutis, circumscripta');
        expect(condition.note?.[0].text).toMatch(/^Classification: metastatic \(definite\)\. Reasons: .*phosphate .*8\.2 mg\/dL \(2\.65 mmol\/L\) high/);
        expect(condition.bodySite).toEqual([{ text: 'bilateral shoulder' }]);
    });

    it('codes calciphylaxis E83.59 in ICD-10-CM', async () => {
        const [bundle] = await exportText(`case C {
            patient { age 60 years sex female }
            history { condition chronicKidneyDisease "on haemodialysis" }
            lesion A { site left thigh pain severe ulcerated yes }
            labs { calcium 9.2 mg/dL phosphate 4.0 mg/dL }
        }`);
        const condition = resources(bundle, 'Condition')[0] as Extract<Resource, { resourceType: 'Condition' }>;
        expect(condition.code).toEqual({
            coding: [{ system: 'http://hl7.org/fhir/sid/icd-10-cm', code: 'E83.59', display: 'Other disorders of calcium metabolism' }],
            text: 'Calciphylaxis'
        });
    });

    it('names the condition as the diagnostic and the summary head it (one headline, clinical/classify.ts)', async () => {
        for (const [file, headline] of [['01-thigh.calc', 'Calcinosis cutis, circumscripta: type undetermined'], ['05-calciphylaxis-dialysis.calc', 'Calciphylaxis']]) {
            const [bundle] = await exportExample(file);
            const condition = resources(bundle, 'Condition')[0] as Extract<Resource, { resourceType: 'Condition' }>;
            expect(condition.code.text).toBe(headline);
            const classification = (await diagnose(fs.readFileSync(`examples/${file}`, 'utf8'))).find(row => row.code === 'classification');
            expect(classification?.message.startsWith(headline)).toBe(true);
        }
    });

    it('history conditions are text only: no SNOMED CT, no code at all', async () => {
        const [bundle] = await exportExample('03-renal.calc');
        const history = resources<Extract<Resource, { resourceType: 'Condition' }>>(bundle, 'Condition').slice(1);
        expect(history.map(c => c.code)).toEqual([{ text: 'Chronic kidney disease' }, { text: 'Dialysis' }, { text: 'Secondary hyperparathyroidism' }]);
        expect(history[0].note).toEqual([{ text: 'stage 5' }]);
        expect(history[1].note).toEqual([{ text: 'for 6 years' }]);
        expect(JSON.stringify(bundle)).not.toMatch(/snomed/i);
    });

    it('codes calcium 17861-6 in mg/dL and 2000-8 in mmol/L, by the unit written', async () => {
        const [renal] = await exportExample('03-renal.calc');
        const [sclerosis] = await exportExample('02-sclerosis.calc');
        expect(lab(renal, '17861-6').valueQuantity).toEqual({ value: 10.6, unit: 'mg/dL', system: 'http://unitsofmeasure.org', code: 'mg/dL' });
        expect(lab(sclerosis, '2000-8').valueQuantity).toEqual({ value: 2.36, unit: 'mmol/L', system: 'http://unitsofmeasure.org', code: 'mmol/L' });
        expect(lab(sclerosis, '14879-1').code.text).toBe('Phosphate (inorganic phosphorus)');
        for (const bundle of [renal, sclerosis]) {
            for (const observation of labs(bundle)) {
                expect(observation.code.coding?.[0].system).toBe('http://loinc.org');
                expect(observation.valueQuantity?.system).toBe('http://unitsofmeasure.org');
            }
        }
    });

    it("the renal example's phosphate 8.2 mg/dL: 2777-1, the adult interval 2.5-4.5 mg/dL, interpretation H", async () => {
        const [bundle] = await exportExample('03-renal.calc');
        const phosphate = lab(bundle, '2777-1');
        expect(phosphate.valueQuantity).toEqual({ value: 8.2, unit: 'mg/dL', system: 'http://unitsofmeasure.org', code: 'mg/dL' });
        expect(phosphate.referenceRange).toEqual([{
            low: { value: 2.5, unit: 'mg/dL', system: 'http://unitsofmeasure.org', code: 'mg/dL' },
            high: { value: 4.5, unit: 'mg/dL', system: 'http://unitsofmeasure.org', code: 'mg/dL' },
            text: expect.stringMatching(/^adult \(20 years and over\)/)
        }]);
        expect(phosphate.interpretation).toEqual([{
            coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation', code: 'H', display: 'High' }], text: 'High'
        }]);
        expect(phosphate.category).toEqual([{ coding: [{ system: 'http://terminology.hl7.org/CodeSystem/observation-category', code: 'laboratory', display: 'Laboratory' }] }]);
    });

    it('converts the reference interval to the unit written (SI example) and marks a normal value N', async () => {
        const [bundle] = await exportExample('02-sclerosis.calc');
        const calcium = lab(bundle, '2000-8');
        expect(calcium.referenceRange?.[0]).toMatchObject({ low: { value: 2.2, code: 'mmol/L' }, high: { value: 2.6, code: 'mmol/L' } }); // as the source quotes it, and as the value was judged
        expect(calcium.interpretation?.[0].coding?.[0].code).toBe('N');
        const creatinine = lab(bundle, '14682-9');
        expect(creatinine.referenceRange?.[0]).toMatchObject({ low: { value: 45, code: 'umol/L' }, high: { value: 90, code: 'umol/L' } }); // NORIP, women
    });

    it('exports implausible and unit-suspect labs with the finding in a note and no interpretation', async () => {
        const [bundle] = await exportExample('04-inconsistent.calc');
        const calcium = lab(bundle, '17861-6'); // 2.4 mg/dL, almost surely mmol/L
        const phosphate = lab(bundle, '2777-1'); // 45 mg/dL, a typing slip
        for (const observation of [calcium, phosphate]) {
            expect(observation.interpretation).toBeUndefined();
            expect(observation.note?.length).toBeGreaterThan(0);
        }
        expect(calcium.note?.[0].text).toContain('the unit is likely mmol/L');
        expect(phosphate.note?.[0].text).toContain('Did you mean 4.5?');
        // Contradicted by the total calcium: plausible alone, yet not interpreted.
        expect(lab(bundle, '1995-0').interpretation).toBeUndefined();
    });

    it('a de-identified Patient: sex and age, no identifier, name or birth date anywhere', async () => {
        for (const file of EXAMPLES) {
            for (const bundle of await exportExample(file)) {
                const json = exportJson([bundle]);
                expect(json).not.toMatch(/"(identifier|name|birthDate|address|telecom)"/);
                const [patient] = resources<Patient>(bundle, 'Patient');
                expect(Object.keys(patient).sort()).toEqual(['extension', 'gender', 'id', 'resourceType']);
            }
        }
        const [renal] = await exportExample('03-renal.calc');
        expect(resources<Patient>(renal, 'Patient')[0]).toMatchObject({
            gender: 'male',
            extension: [{ valueAge: { value: 49, unit: 'years', system: 'http://unitsofmeasure.org', code: 'a' } }]
        });
        // The case's name (it could be a patient's) is not written either.
        expect(exportJson([renal])).not.toContain('RenalPeriarticular');
    });

    it('writes an age of 90 or more as "≥ 90" (Safe Harbor) and a baby\'s age in months', async () => {
        const [old] = await exportText('case Old { patient { age 93 years sex female } }');
        expect(resources<Patient>(old, 'Patient')[0].extension?.[0].valueAge).toEqual({ value: 90, comparator: '>=', unit: 'years', system: 'http://unitsofmeasure.org', code: 'a' });
        const [baby] = await exportText('case Baby { patient { age 18 months sex male } }');
        expect(resources<Patient>(baby, 'Patient')[0].extension?.[0].valueAge).toMatchObject({ value: 18, code: 'mo' });
    });

    it('the excision as a Procedure with the lesion\'s site; imaging and biopsy findings as text', async () => {
        const [bundle] = await exportExample('01-thigh.calc');
        expect(resources(bundle, 'Procedure')).toEqual([expect.objectContaining({
            status: 'completed', code: { text: 'Surgical excision' }, bodySite: [{ text: 'right thigh, upper outer aspect' }], note: [{ text: 'Under local anaesthesia.' }]
        })]);
        const observations = resources<Observation>(bundle, 'Observation');
        expect(observations.map(o => [o.category?.[0].coding?.[0].code, o.code.text, o.valueString])).toEqual([
            ['imaging', 'Ultrasound', 'Hyperechoic lesion confined to the skin'],
            ['imaging', 'Magnetic resonance imaging', 'Subcutaneous calcification, features consistent with calcinosis cutis'],
            ['laboratory', 'Biopsy finding', 'Calcinosis cutis']
        ]);
        expect(observations.every(o => o.bodySite?.text === 'right thigh, upper outer aspect')).toBe(true);
    });

    it('drugs as MedicationStatements: a dose per day as rateQuantity in UCUM, a single amount as doseQuantity', async () => {
        const [renal] = await exportExample('03-renal.calc');
        expect(resources<MedicationStatement>(renal, 'MedicationStatement')).toEqual([expect.objectContaining({
            medicationCodeableConcept: { text: 'Aluminium hydroxide' },
            dosage: [{ text: '1.8 g/day', doseAndRate: [{ rateQuantity: { value: 1.8, unit: 'g/day', system: 'http://unitsofmeasure.org', code: 'g/d' } }] }],
            note: [{ text: 'phosphate binder' }, { text: expect.stringMatching(/^Aluminium hydroxide on dialysis: aluminium accumulates/) }]
        })]);
        const [single] = await exportText('case S { treatment { drug pamidronate 90 mg } }');
        expect(resources<MedicationStatement>(single, 'MedicationStatement')[0].dosage?.[0].doseAndRate).toEqual([
            { doseQuantity: { value: 90, unit: 'mg', system: 'http://unitsofmeasure.org', code: 'mg' } }
        ]);
        const [perKg] = await exportText('case K { patient { weight 20 kg } treatment { drug diltiazem 3 mg/kg/day } }');
        expect(resources<MedicationStatement>(perKg, 'MedicationStatement')[0].dosage?.[0].doseAndRate?.[0].rateQuantity?.code).toBe('mg/kg/d');
    });

    it('is deterministic: two exports are byte-identical, and ids depend on the file name, not its folder', async () => {
        for (const file of EXAMPLES) {
            const first = exportJson(await exportExample(file, '/a'));
            const second = exportJson(await exportExample(file, '/b/c'));
            expect(second).toBe(first);
        }
        const [one] = await exportText('case A { }', 'file:///x/one.calc');
        const [two] = await exportText('case A { }', 'file:///x/two.calc');
        expect(one.entry[0].fullUrl).not.toBe(two.entry[0].fullUrl);
    });

    it('writes no control character and no empty string (FHIR R4 strings forbid both)', async () => {
        const [bundle] = await exportText('case Control { lesion L { site left thigh "\u0000" } biopsy of L "\u0001" imaging { xray of L "" } }');
        const json = exportJson([bundle]);
        expect(json).not.toMatch(/\\u000[01]|""/);
        const observations = resources<Observation>(bundle, 'Observation');
        expect(observations.map(o => [o.code.text, o.valueString, o.bodySite?.text])).toEqual([
            ['Plain radiograph', undefined, 'left thigh'], ['Biopsy finding', undefined, 'left thigh']
        ]);
    });

    it('one Bundle per case of a file, an array when there are several', async () => {
        const bundles = await exportText('case A { patient { sex male } } case B { patient { sex female } }');
        expect(bundles).toHaveLength(2);
        expect(bundles[0].id).not.toBe(bundles[1].id);
        expect(JSON.parse(exportJson(bundles))).toHaveLength(2);
        expect(JSON.parse(exportJson([bundles[0]])).resourceType).toBe('Bundle');
    });
});

describe('name-based UUIDs', () => {
    it('SHA-1 matches the FIPS 180 test vectors', () => {
        const hex = (text: string) => Buffer.from(sha1(new TextEncoder().encode(text))).toString('hex');
        expect(hex('abc')).toBe('a9993e364706816aba3e25717850c26c9cd0d89d');
        expect(hex('')).toBe('da39a3ee5e6b4b0d3255bfef95601890afd80709');
        expect(hex('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')).toBe('84983e441c3bd26ebaae4aa1f95129e5e54670f1');
        for (const length of [55, 56, 63, 64, 65, 1000]) {
            const text = 'é'.repeat(length);
            expect(hex(text), `length ${length}`).toBe(createHash('sha1').update(text, 'utf8').digest('hex'));
        }
    });

    it('is an RFC 4122 version-5 UUID, stable across runs', () => {
        expect(nameBasedUuid('x')).toBe(nameBasedUuid('x'));
        expect(nameBasedUuid('x')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    });
});
