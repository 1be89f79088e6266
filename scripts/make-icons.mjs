#!/usr/bin/env node
// Draws the extension's icon at every size the stores ask for (public/icon/<size>.png): a calm
// green disc with a soft ring, the breath circle of the pause screen. Plain Node, no image
// library: anti-aliased by supersampling, written as PNG with zlib.
import { mkdirSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const SIZES = [16, 32, 48, 96, 128];
const ACCENT = [47, 111, 94];
const LIGHT = [232, 244, 239];

function crc32(bytes) {
  let crc = ~0;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

function chunk(type, data) {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'ascii');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

function png(size, pixel) {
  const raw = Buffer.alloc((size * 4 + 1) * size);
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) raw.set(pixel(x, y), y * (size * 4 + 1) + 1 + x * 4);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', header), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}

function icon(size) {
  const samples = 4;
  return png(size, (x, y) => {
    let r = 0, g = 0, b = 0, a = 0;
    for (let sy = 0; sy < samples; sy++) {
      for (let sx = 0; sx < samples; sx++) {
        // Coordinates in [-1, 1].
        const u = ((x + (sx + 0.5) / samples) / size) * 2 - 1;
        const v = ((y + (sy + 0.5) / samples) / size) * 2 - 1;
        const d = Math.hypot(u, v);
        if (d > 0.96) continue;
        const ring = d > 0.5 && d < 0.66;
        const [cr, cg, cb] = ring ? LIGHT : ACCENT;
        r += cr; g += cg; b += cb; a += 255;
      }
    }
    const n = samples * samples;
    const coverage = a / n;
    return coverage === 0 ? [0, 0, 0, 0] : [Math.round((r / a) * 255), Math.round((g / a) * 255), Math.round((b / a) * 255), Math.round(coverage)];
  });
}

mkdirSync('public/icon', { recursive: true });
for (const size of SIZES) writeFileSync(`public/icon/${size}.png`, icon(size));
console.log(`Icons written: ${SIZES.map((size) => `public/icon/${size}.png`).join(', ')}`);
