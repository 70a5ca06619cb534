/**
 * Routes of administration a prescription names, each with its SNOMED CT concept from the
 * FHIR R4 value set route-codes (the codes the FHIR export writes in Dosage.route).
 */
import type { Route, Sourced } from './types.js';

const valueSet = 'hl7RouteCodes' as const;

function route(term: string, label: string, code: string, display: string, aliases: string[], definition: string): Route {
    return { term, label, aliases, snomed: { code, display, source: valueSet }, definition: { value: definition, source: valueSet } };
}

export const Routes: Route[] = [
    route('oral', 'oral', '26643006', 'Oral route', ['po', 'orally', 'PO'], 'By mouth.'),
    route('iv', 'intravenous', '47625008', 'Intravenous route', ['intravenous', 'intravenously', 'IV'], 'Into a vein (an infusion or injection).'),
    route('im', 'intramuscular', '78421000', 'Intramuscular route', ['intramuscular', 'IM'], 'Into a muscle.'),
    route('sc', 'subcutaneous', '34206005', 'Subcutaneous route', ['subcutaneous', 'subcut', 'sq', 'SC'], 'Under the skin.'),
    route('topical', 'topical', '6064005', 'Topical route', ['cutaneous'], 'Applied to the skin or the lesion.'),
    route('intralesional', 'intralesional', '372466002', 'Intralesional route', ['il', 'IL'], 'Injected into the lesion.'),
    route('transdermal', 'transdermal', '45890007', 'Transdermal route', ['patch', 'td'], 'Through the skin from a patch, into the circulation.'),
    route('sublingual', 'sublingual', '37839007', 'Sublingual route', ['sl', 'SL'], 'Under the tongue.'),
    route('rectal', 'rectal', '37161004', 'Rectal route', ['pr', 'PR'], 'Into the rectum.'),
    route('intraperitoneal', 'intraperitoneal', '38239002', 'Intraperitoneal route', ['ip'], 'Into the peritoneal cavity (peritoneal dialysis fluid).'),
];

/** Body surface area by Mosteller: √(height in cm × weight in kg / 3600), in m². */
export const BodySurfaceArea: { formula: string; divisor: Sourced<number> } = {
    formula: 'Mosteller',
    divisor: { value: 3600, source: 'mosteller1987' },
};
