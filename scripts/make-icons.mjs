// Writes the add-in's icons (assets/icon-16.png … icon-80.png): a 3 × 3 risk matrix, green to red, which
// is what Uppsikt draws. Only built-in zlib is used, so the icons can be remade anywhere without an image
// toolchain. Run with `node scripts/make-icons.mjs`; the PNGs are committed.
import { deflateSync } from 'node:zlib';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const SIZES = [16, 32, 64, 80];
const GREEN = [0x00, 0xb0, 0x50];
const AMBER = [0xff, 0xc0, 0x00];
const RED = [0xe8, 0x1b, 0x23];
// Row 0 is the top (highest likelihood), column 0 the left (lowest consequence), as in the sheet.
const CELL_COLOURS = [
  [AMBER, RED, RED],
  [GREEN, AMBER, RED],
  [GREEN, GREEN, AMBER],
];
// Supersampling per axis: enough for smooth rounded corners at 16 px.
const SAMPLES = 4;

// zlib.crc32 only exists from Node 20.15; engines allows 20.9.
const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typeAndData = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

/** Encodes RGBA pixels (row-major, 4 bytes each) as a PNG. */
function encodePng(width, height, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type RGBA
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width * 4 + 1)] = 0; // filter: none
    rgba.copy(raw, y * (width * 4 + 1) + 1, y * width * 4, (y + 1) * width * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function insideRoundedRect(x, y, left, top, size, radius) {
  const cx = Math.min(Math.max(x, left + radius), left + size - radius);
  const cy = Math.min(Math.max(y, top + radius), top + size - radius);
  return x >= left && x <= left + size && y >= top && y <= top + size && (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
}

/** The matrix at one size: cells with gaps between them, in coordinates scaled from a 16-unit design. */
function drawIcon(size) {
  const unit = size / 16;
  const margin = 0.5 * unit;
  const gap = 1 * unit;
  const cell = (size - 2 * margin - 2 * gap) / 3;
  const radius = Math.max(0.6 * unit, 0.5);
  const rgba = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const sums = [0, 0, 0];
      let covered = 0;
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const x = px + (sx + 0.5) / SAMPLES;
          const y = py + (sy + 0.5) / SAMPLES;
          for (let row = 0; row < 3; row++) {
            for (let col = 0; col < 3; col++) {
              const left = margin + col * (cell + gap);
              const top = margin + row * (cell + gap);
              if (insideRoundedRect(x, y, left, top, cell, radius)) {
                const colour = CELL_COLOURS[row][col];
                for (let i = 0; i < 3; i++) sums[i] += colour[i];
                covered++;
              }
            }
          }
        }
      }
      const o = (py * size + px) * 4;
      if (covered > 0) {
        for (let i = 0; i < 3; i++) rgba[o + i] = Math.round(sums[i] / covered);
        rgba[o + 3] = Math.round((255 * covered) / (SAMPLES * SAMPLES));
      }
    }
  }
  return encodePng(size, size, rgba);
}

const assets = join(dirname(fileURLToPath(import.meta.url)), '..', 'assets');
mkdirSync(assets, { recursive: true });
for (const size of SIZES) {
  const file = join(assets, `icon-${size}.png`);
  writeFileSync(file, drawIcon(size));
  console.log(`Skrev ${file}`);
}
