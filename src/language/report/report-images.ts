/**
 * A figure's image as bytes: what kind it is and its size in pixels, read from its header
 * (the magic bytes, not the file name), so that a DOCX can embed it and a page can inline it.
 */
import { unusableImage } from './report-checks.js';

export interface ImageInfo {
    type: 'png' | 'jpg' | 'gif';
    mime: string;
    width: number;
    height: number;
}

export function imageInfo(bytes: Uint8Array): ImageInfo | undefined {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    if (bytes.length >= 24 && view.getUint32(0) === 0x89504e47 && view.getUint32(4) === 0x0d0a1a0a) {
        return { type: 'png', mime: 'image/png', width: view.getUint32(16), height: view.getUint32(20) };
    }
    if (bytes.length >= 10 && String.fromCharCode(...bytes.subarray(0, 4)) === 'GIF8') {
        return { type: 'gif', mime: 'image/gif', width: view.getUint16(6, true), height: view.getUint16(8, true) };
    }
    if (bytes.length >= 4 && view.getUint16(0) === 0xffd8) return jpegInfo(view);
    return undefined;
}

/** The first start-of-frame marker (SOF0–SOF15 but DHT, JPG and DAC) holds the size. */
function jpegInfo(view: DataView): ImageInfo | undefined {
    let offset = 2;
    while (offset + 9 < view.byteLength) {
        if (view.getUint8(offset) !== 0xff) return undefined;
        const marker = view.getUint8(offset + 1);
        const length = view.getUint16(offset + 2);
        if (marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker)) {
            return { type: 'jpg', mime: 'image/jpeg', height: view.getUint16(offset + 5), width: view.getUint16(offset + 7) };
        }
        offset += 2 + length;
    }
    return undefined;
}

/** A data: URI for the standalone page (its CSP allows img-src data: only). */
export function dataUri(bytes: Uint8Array): string | undefined {
    const info = imageInfo(bytes);
    if (!info) return undefined;
    let binary = '';
    for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return `data:${info.mime};base64,${btoa(binary)}`;
}

/**
 * The path of a figure's image under the case file's folder (a URI's posix path), or undefined when
 * the image may not be read: not relative, leaving the folder, not a bitmap (report-checks.ts).
 */
export function figurePath(caseFolder: string, image: string): string | undefined {
    if (unusableImage(image)) return undefined;
    const folder = caseFolder.replace(/\/+$/, '');
    const parts = image.replace(/\\/g, '/').split('/').filter(part => part !== '' && part !== '.');
    const joined = `${folder}/${parts.join('/')}`;
    return joined.startsWith(`${folder}/`) && !parts.includes('..') ? joined : undefined;
}
