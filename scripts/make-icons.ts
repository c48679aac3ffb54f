/**
 * Draws the app's raster icons from the one source drawing, app/icon.svg:
 *   app/favicon.ico        16, 32 and 48 px (PNG images inside an ICO container)
 *   app/apple-icon.png     180 px on white, for iOS home screens
 *   public/icons/icon-192.png, icon-512.png        for the web manifest
 *   public/icons/maskable-512.png                  full-bleed, for Android's masks
 * Run after changing the drawing: npx tsx scripts/make-icons.ts
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import sharp from "sharp";

const root = path.resolve(__dirname, "..");
const svg = readFileSync(path.join(root, "app/icon.svg"));

/** The mark centred on a square of `size` px, taking `scale` of its side, on `background`. */
async function png(size: number, { scale = 1, background = "#ffffff00" } = {}): Promise<Buffer> {
  const inner = Math.round(size * scale);
  const mark = await sharp(svg, { density: 72 * Math.max(1, inner / 64) })
    .resize(inner, inner)
    .png()
    .toBuffer();
  return sharp({ create: { width: size, height: size, channels: 4, background } })
    .composite([{ input: mark, gravity: "centre" }])
    .png()
    .toBuffer();
}

/** An ICO file holding PNG images (allowed since Windows Vista; every current browser reads it). */
function ico(images: { size: number; data: Buffer }[]): Buffer {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0); // reserved
  header.writeUInt16LE(1, 2); // type: icon
  header.writeUInt16LE(images.length, 4);
  let offset = 6 + 16 * images.length;
  const entries = images.map(({ size, data }) => {
    const entry = Buffer.alloc(16);
    entry.writeUInt8(size >= 256 ? 0 : size, 0);
    entry.writeUInt8(size >= 256 ? 0 : size, 1);
    entry.writeUInt8(0, 2); // no palette
    entry.writeUInt8(0, 3);
    entry.writeUInt16LE(1, 4); // colour planes
    entry.writeUInt16LE(32, 6); // bits per pixel
    entry.writeUInt32LE(data.length, 8);
    entry.writeUInt32LE(offset, 12);
    offset += data.length;
    return entry;
  });
  return Buffer.concat([header, ...entries, ...images.map((i) => i.data)]);
}

async function main() {
  const sizes = [16, 32, 48];
  writeFileSync(path.join(root, "app/favicon.ico"), ico(await Promise.all(sizes.map(async (size) => ({ size, data: await png(size) })))));
  writeFileSync(path.join(root, "app/apple-icon.png"), await png(180, { scale: 0.8, background: "#ffffff" }));
  writeFileSync(path.join(root, "public/icons/icon-192.png"), await png(192));
  writeFileSync(path.join(root, "public/icons/icon-512.png"), await png(512));
  // Maskable icons may be cropped to a circle of 80% of the side: keep the mark inside it.
  writeFileSync(path.join(root, "public/icons/maskable-512.png"), await png(512, { scale: 0.62, background: "#ffffff" }));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
