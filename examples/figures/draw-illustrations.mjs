// Draws the plain illustrations examples/01-thigh.calc shows as its figures: the seed
// report's photographs are not ours to ship, so each figure is a flat schematic drawing,
// labelled ILLUSTRATION, never a stand-in made to look clinical. Run: node examples/figures/draw-illustrations.mjs
import * as fs from 'node:fs';
import * as zlib from 'node:zlib';

const W = 480, H = 320;

function canvas() {
    const pixels = new Uint8Array(W * H * 3).fill(255);
    const set = (x, y, [r, g, b]) => {
        if (x < 0 || y < 0 || x >= W || y >= H) return;
        const i = (y * W + x) * 3;
        pixels[i] = r; pixels[i + 1] = g; pixels[i + 2] = b;
    };
    return {
        pixels,
        fill(test, colour) { for (let y = 0; y < H; y++) for (let x = 0; x < W; x++) if (test(x, y)) set(x, y, colour); },
        ellipse(cx, cy, rx, ry, colour) { this.fill((x, y) => ((x - cx) / rx) ** 2 + ((y - cy) / ry) ** 2 <= 1, colour); },
        ring(cx, cy, rx, ry, width, colour) {
            this.fill((x, y) => { const d = Math.sqrt(((x - cx) / rx) ** 2 + ((y - cy) / ry) ** 2); return d <= 1 && d >= 1 - width / Math.min(rx, ry); }, colour);
        },
        rect(x0, y0, x1, y1, colour) { this.fill((x, y) => x >= x0 && x < x1 && y >= y0 && y < y1, colour); },
        line(x0, y0, x1, y1, width, colour) {
            const length = Math.hypot(x1 - x0, y1 - y0);
            this.fill((x, y) => {
                const t = Math.max(0, Math.min(1, ((x - x0) * (x1 - x0) + (y - y0) * (y1 - y0)) / length ** 2));
                return Math.hypot(x - (x0 + t * (x1 - x0)), y - (y0 + t * (y1 - y0))) <= width / 2;
            }, colour);
        },
        text(string, x, y, scale, colour) {
            for (const ch of string) {
                const glyph = FONT[ch] ?? FONT[' '];
                glyph.forEach((row, gy) => [...row].forEach((bit, gx) => { if (bit === '1') this.rect(x + gx * scale, y + gy * scale, x + (gx + 1) * scale, y + (gy + 1) * scale, colour); }));
                x += 6 * scale;
            }
        }
    };
}

const FONT = {
    ' ': ['00000', '00000', '00000', '00000', '00000', '00000', '00000'],
    I: ['11111', '00100', '00100', '00100', '00100', '00100', '11111'],
    L: ['10000', '10000', '10000', '10000', '10000', '10000', '11111'],
    U: ['10001', '10001', '10001', '10001', '10001', '10001', '01110'],
    S: ['01111', '10000', '10000', '01110', '00001', '00001', '11110'],
    T: ['11111', '00100', '00100', '00100', '00100', '00100', '00100'],
    R: ['11110', '10001', '10001', '11110', '10100', '10010', '10001'],
    A: ['01110', '10001', '10001', '11111', '10001', '10001', '10001'],
    O: ['01110', '10001', '10001', '10001', '10001', '10001', '01110'],
    N: ['10001', '11001', '10101', '10011', '10001', '10001', '10001']
};

const INK = [60, 60, 60], LIMB = [236, 226, 210], LESION = [200, 170, 120], WHITE = [255, 255, 255];

function label(c) {
    c.text('ILLUSTRATION', 12, 12, 3, INK);
}

/** A thigh seen from the front, a lobulated swelling on its upper outer aspect. */
function thigh(c, { lesion, incision }) {
    c.fill((x, y) => { const half = 95 - (y - 40) * 0.12; return y >= 40 && y <= 300 && Math.abs(x - 240) <= half; }, LIMB);
    c.line(145, 40, 176, 300, 3, INK);
    c.line(335, 40, 304, 300, 3, INK);
    if (lesion) {
        c.ellipse(300, 110, 26, 40, LESION);
        c.ellipse(288, 140, 16, 18, LESION);
        c.ring(300, 110, 26, 40, 3, INK);
    }
    if (incision) {
        c.line(298, 72, 298, 152, 3, INK);
        for (let y = 80; y <= 144; y += 16) c.line(288, y, 308, y, 2, INK);
    }
}

/** Skin layers in section: epidermis, dermis, subcutis, muscle; a dense deposit in the dermis and subcutis. */
function section(c) {
    c.rect(0, 60, W, 80, [205, 160, 140]);
    c.rect(0, 80, W, 160, [240, 205, 190]);
    c.rect(0, 160, W, 250, [250, 235, 180]);
    c.rect(0, 250, W, H, [200, 120, 120]);
    c.ellipse(240, 160, 90, 45, WHITE);
    c.ring(240, 160, 90, 45, 3, INK);
}

function png(c) {
    const raw = Buffer.alloc((W * 3 + 1) * H);
    for (let y = 0; y < H; y++) {
        raw[y * (W * 3 + 1)] = 0;
        Buffer.from(c.pixels.buffer, y * W * 3, W * 3).copy(raw, y * (W * 3 + 1) + 1);
    }
    const chunk = (type, data) => {
        const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
        const length = Buffer.alloc(4); length.writeUInt32BE(data.length);
        const crc = Buffer.alloc(4); crc.writeUInt32BE(zlib.crc32(body));
        return Buffer.concat([length, body, crc]);
    };
    const header = Buffer.alloc(13);
    header.writeUInt32BE(W, 0); header.writeUInt32BE(H, 4);
    header[8] = 8; header[9] = 2;
    return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', header), chunk('IDAT', zlib.deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

const dir = new URL('.', import.meta.url);
const draw = (file, paint) => { const c = canvas(); paint(c); label(c); fs.writeFileSync(new URL(file, dir), png(c)); };
draw('figure-1-thigh.png', c => thigh(c, { lesion: true }));
draw('figure-2-section.png', section);
draw('figure-3-excision.png', c => thigh(c, { incision: true }));
