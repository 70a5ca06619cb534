/**
 * Stable resource ids: a name-based UUID (RFC 4122 version 5, SHA-1) of the file's
 * base name, the case's name and the resource's key, so exporting the same case twice,
 * from the command line or the editor, gives the same ids and byte-identical output.
 * The base name, not the path, is hashed: the CLI and the editor see different paths.
 */
import { createHash } from 'node:crypto';

/** Our namespace for version-5 UUIDs (a fixed random UUID: it only has to be ours). */
const NAMESPACE = 'b3f0c6a2-6f4e-4c1d-9a57-3d2e8f1c0a94';

export function nameBasedUuid(name: string): string {
    const hash = createHash('sha1').update(Buffer.from(NAMESPACE.replace(/-/g, ''), 'hex')).update(name, 'utf8').digest();
    const bytes = hash.subarray(0, 16);
    bytes[6] = (bytes[6] & 0x0f) | 0x50; // version 5
    bytes[8] = (bytes[8] & 0x3f) | 0x80; // RFC 4122 variant
    const hex = bytes.toString('hex');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** Hands out the id of each resource of one case, keyed by what the resource is. */
export class CaseIds {
    constructor(private readonly fileName: string, private readonly caseName: string) {}

    /** `key` names the resource within the case: `patient`, `lab/3`, `drug/0`… */
    id(key: string): string {
        return nameBasedUuid(`${this.fileName}\n${this.caseName}\n${key}`);
    }
}

export function fullUrl(id: string): string {
    return `urn:uuid:${id}`;
}

export function referenceTo(id: string): { reference: string } {
    return { reference: fullUrl(id) };
}
