/**
 * Stable resource ids: a name-based UUID (RFC 4122 version 5, SHA-1) of the file's
 * base name, the case's name and the resource's key, so exporting the same case twice,
 * from the command line or the editor, gives the same ids and byte-identical output.
 * The base name, not the path, is hashed: the CLI and the editor see different paths.
 * SHA-1 is computed here, not by node:crypto, because the language server also runs
 * in a browser web worker.
 */

/** Our namespace for version-5 UUIDs (a fixed random UUID: it only has to be ours). */
const NAMESPACE = 'b3f0c6a2-6f4e-4c1d-9a57-3d2e8f1c0a94';

export function nameBasedUuid(name: string): string {
    const namespace = NAMESPACE.replace(/-/g, '').match(/../g)!.map(byte => parseInt(byte, 16));
    const bytes = sha1(new Uint8Array([...namespace, ...new TextEncoder().encode(name)])).subarray(0, 16);
    bytes[6] = (bytes[6] & 0x0f) | 0x50; // version 5
    bytes[8] = (bytes[8] & 0x3f) | 0x80; // RFC 4122 variant
    const hex = [...bytes].map(byte => byte.toString(16).padStart(2, '0')).join('');
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

/** SHA-1 (FIPS 180-4), the digest RFC 4122 names for version-5 UUIDs. */
export function sha1(message: Uint8Array): Uint8Array {
    const length = message.length;
    const padded = new Uint8Array((((length + 8) >> 6) + 1) << 6);
    padded.set(message);
    padded[length] = 0x80;
    const view = new DataView(padded.buffer);
    view.setUint32(padded.length - 8, Math.floor(length / 0x20000000));
    view.setUint32(padded.length - 4, (length << 3) >>> 0);
    const h = [0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476, 0xc3d2e1f0];
    const w = new Uint32Array(80);
    for (let block = 0; block < padded.length; block += 64) {
        for (let i = 0; i < 16; i++) w[i] = view.getUint32(block + i * 4);
        for (let i = 16; i < 80; i++) w[i] = rotl(w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16], 1);
        let [a, b, c, d, e] = h;
        for (let i = 0; i < 80; i++) {
            const [f, k] = i < 20 ? [(b & c) | (~b & d), 0x5a827999]
                : i < 40 ? [b ^ c ^ d, 0x6ed9eba1]
                : i < 60 ? [(b & c) | (b & d) | (c & d), 0x8f1bbcdc]
                : [b ^ c ^ d, 0xca62c1d6];
            const t = (rotl(a, 5) + f + e + k + w[i]) >>> 0;
            e = d; d = c; c = rotl(b, 30); b = a; a = t;
        }
        h[0] = (h[0] + a) >>> 0; h[1] = (h[1] + b) >>> 0; h[2] = (h[2] + c) >>> 0; h[3] = (h[3] + d) >>> 0; h[4] = (h[4] + e) >>> 0;
    }
    const digest = new Uint8Array(20);
    const out = new DataView(digest.buffer);
    h.forEach((word, i) => out.setUint32(i * 4, word));
    return digest;
}

function rotl(value: number, bits: number): number {
    return ((value << bits) | (value >>> (32 - bits))) >>> 0;
}
