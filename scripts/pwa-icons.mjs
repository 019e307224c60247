#!/usr/bin/env node
// Writes the installable app's icons (public/icons) from one SVG with sharp: "any" icons with
// rounded corners and maskable ones whose mark stays inside the 80 % safe zone.
// Also the browser tab's icons: public/icons/icon.svg and public/favicon.ico (16 and 32 px PNGs in
// an ICO container, which every browser reads; sharp cannot write ICO itself).
// Run after changing the mark: `node scripts/pwa-icons.mjs` (the PNGs are committed).
import fs from "node:fs/promises";
import path from "node:path";
import sharp from "sharp";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const brand = "#0f7a5c";

// A house: the office that serves the neighbourhood.
const mark = (scale) => `
  <g transform="translate(256 256) scale(${scale}) translate(-256 -256)" fill="none" stroke="#fff" stroke-width="28" stroke-linejoin="round" stroke-linecap="round">
    <path d="M112 236 256 120l144 116"/>
    <path d="M144 212v168h224V212"/>
    <path d="M220 380v-84h72v84"/>
  </g>`;

const svg = ({ maskable }) => `<svg xmlns="http://www.w3.org/2000/svg" width="512" height="512" viewBox="0 0 512 512">
  ${maskable ? `<rect width="512" height="512" fill="${brand}"/>` : `<rect width="512" height="512" rx="112" fill="${brand}"/>`}
  ${mark(maskable ? 0.72 : 0.9)}
</svg>`;

for (const size of [192, 512]) {
  for (const maskable of [false, true]) {
    const file = path.join(root, "public", "icons", `icon-${maskable ? "maskable-" : ""}${size}.png`);
    await sharp(Buffer.from(svg({ maskable }))).resize(size, size).png({ compressionLevel: 9 }).toFile(file);
    console.log("wrote", path.relative(root, file));
  }
}
await sharp(Buffer.from(svg({ maskable: true }))).resize(180, 180).png({ compressionLevel: 9 }).toFile(path.join(root, "public", "icons", "apple-touch-icon.png"));

await fs.writeFile(path.join(root, "public", "icons", "icon.svg"), svg({ maskable: false }).trim() + "\n");
const pngs = await Promise.all([16, 32, 48].map((size) => sharp(Buffer.from(svg({ maskable: false }))).resize(size, size).png({ compressionLevel: 9 }).toBuffer().then((data) => ({ size, data }))));
// ICONDIR (6 bytes), one ICONDIRENTRY (16 bytes) per image, then the PNG bytes themselves.
const header = Buffer.alloc(6 + 16 * pngs.length);
header.writeUInt16LE(0, 0);
header.writeUInt16LE(1, 2);
header.writeUInt16LE(pngs.length, 4);
let offset = header.length;
pngs.forEach(({ size, data }, i) => {
  const at = 6 + 16 * i;
  header.writeUInt8(size, at);
  header.writeUInt8(size, at + 1);
  header.writeUInt16LE(1, at + 4); // colour planes
  header.writeUInt16LE(32, at + 6); // bits per pixel
  header.writeUInt32LE(data.length, at + 8);
  header.writeUInt32LE(offset, at + 12);
  offset += data.length;
});
await fs.writeFile(path.join(root, "public", "favicon.ico"), Buffer.concat([header, ...pngs.map((p) => p.data)]));
console.log("wrote public/favicon.ico, public/icons/icon.svg");
