import sharp from "sharp";
import { beforeAll, describe, expect, it } from "vitest";
import {
  BLUR_THRESHOLD,
  PHOTO_MAX_BYTES,
  measureSharpness,
  processLabelPhoto,
  sniffImageType,
  type PhotoResult,
} from "@/lib/uploads/label-photo";
import { pngBomb } from "@/tests/png-bomb";

// A stand-in for a photographed device label: black serial text on white.
const LABEL_SVG = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="600">
  <rect width="100%" height="100%" fill="#fff"/>
  <rect x="30" y="30" width="1140" height="540" fill="none" stroke="#000" stroke-width="6"/>
  <text x="60" y="200" font-family="DejaVu Sans, Arial, sans-serif" font-size="44" fill="#000">Model: DS-2CD2143G2-I</text>
  <text x="60" y="320" font-family="DejaVu Sans, Arial, sans-serif" font-size="44" fill="#000">SerialNo: DS-2CD2143G2-I20231104AAWRJ</text>
  <text x="60" y="440" font-family="DejaVu Sans, Arial, sans-serif" font-size="32" fill="#000">12V DC 0.5A  Made in 2023</text>
</svg>`;

let labelPng: Buffer;
let labelJpeg: Buffer;
let labelWebp: Buffer;
let blurredJpeg: Buffer;

beforeAll(async () => {
  labelPng = await sharp(Buffer.from(LABEL_SVG)).flatten({ background: "#fff" }).png().toBuffer();
  labelJpeg = await sharp(labelPng).jpeg({ quality: 92 }).toBuffer();
  labelWebp = await sharp(labelPng).webp().toBuffer();
  blurredJpeg = await sharp(labelPng).blur(6).jpeg({ quality: 92 }).toBuffer();
});

function expectOk(result: PhotoResult) {
  if (!result.ok) throw new Error(`expected ok, got ${result.code}: ${result.message}`);
  return result;
}

function expectFail(result: PhotoResult, code: string) {
  expect(result.ok).toBe(false);
  if (result.ok) throw new Error("unreachable");
  expect(result.code).toBe(code);
  expect(result.message.length).toBeGreaterThan(0);
  return result;
}

const isJpeg = (b: Uint8Array) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff;

describe("sniffImageType", () => {
  it("recognises formats by magic bytes", () => {
    expect(sniffImageType(labelJpeg)).toBe("jpeg");
    expect(sniffImageType(labelPng)).toBe("png");
    expect(sniffImageType(labelWebp)).toBe("webp");
    expect(sniffImageType(Buffer.from("GIF89a\x01\x00\x01\x00", "latin1"))).toBe("gif");
    expect(sniffImageType(heifHeader("heic"))).toBe("heic");
    expect(sniffImageType(heifHeader("mif1"))).toBe("heic");
  });

  it("returns unknown for other or short input", () => {
    expect(sniffImageType(new Uint8Array())).toBe("unknown");
    expect(sniffImageType(Uint8Array.of(0xff, 0xd8))).toBe("unknown");
    expect(sniffImageType(Buffer.from("RIFF\0\0\0\0WAVEfmt "))).toBe("unknown");
    expect(sniffImageType(heifHeader("avif"))).toBe("unknown");
    expect(sniffImageType(Buffer.from("<svg xmlns='http://www.w3.org/2000/svg'/>"))).toBe("unknown");
  });
});

/** Just enough of an ISO BMFF file to carry an `ftyp` box with a brand. */
function heifHeader(brand: string): Buffer {
  const box = Buffer.alloc(24);
  box.writeUInt32BE(24, 0);
  box.write("ftyp", 4, "latin1");
  box.write(brand, 8, "latin1");
  box.write("mif1heic", 16, "latin1");
  return Buffer.concat([box, Buffer.alloc(64, 0x11)]);
}

describe("processLabelPhoto: accepted photos", () => {
  it.each([
    ["PNG", () => labelPng],
    ["JPEG", () => labelJpeg],
    ["WebP", () => labelWebp],
  ])("accepts %s and re-encodes it as JPEG", async (_name, input) => {
    const result = expectOk(await processLabelPhoto(input()));
    expect(isJpeg(result.jpeg)).toBe(true);
    expect(sniffImageType(result.jpeg)).toBe("jpeg");
    expect([result.width, result.height]).toEqual([1200, 600]);
    const meta = await sharp(result.jpeg).metadata();
    expect(meta.format).toBe("jpeg");
    expect([meta.width, meta.height]).toEqual([1200, 600]);
    expect(result.blurry).toBe(false);
  });

  it("downscales large photos to fit within 2400 px, keeping the aspect ratio", async () => {
    const big = await sharp(labelPng).resize(4000, 2000).jpeg().toBuffer();
    const result = expectOk(await processLabelPhoto(big));
    expect([result.width, result.height]).toEqual([2400, 1200]);
    const meta = await sharp(result.jpeg).metadata();
    expect(Math.max(meta.width, meta.height)).toBeLessThanOrEqual(2400);
  });

  it("never enlarges small photos", async () => {
    const small = await sharp(labelPng).resize(400, 300, { fit: "fill" }).png().toBuffer();
    const result = expectOk(await processLabelPhoto(small));
    expect([result.width, result.height]).toEqual([400, 300]);
  });

  it("flattens transparency onto white rather than black", async () => {
    const transparent = await sharp({
      create: { width: 400, height: 300, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0 } },
    })
      .png()
      .toBuffer();
    const result = expectOk(await processLabelPhoto(transparent));
    const { channels } = await sharp(result.jpeg).stats();
    expect(channels[0].mean).toBeGreaterThan(250);
  });
});

describe("processLabelPhoto: metadata", () => {
  it("strips EXIF (camera, GPS), ICC and XMP", async () => {
    const input = await sharp(labelPng)
      .withExif({
        IFD0: { Make: "TestCam", Model: "X1", Software: "TestCamFirmware" },
        IFD3: {
          GPSLatitudeRef: "N",
          GPSLatitude: "48/1 51/1 0/1",
          GPSLongitudeRef: "E",
          GPSLongitude: "2/1 21/1 0/1",
        },
      })
      .withIccProfile("p3")
      .withXmp('<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description xmlns:tiff="http://ns.adobe.com/tiff/1.0/" tiff:Make="TestCam"/></rdf:RDF></x:xmpmeta>')
      .jpeg()
      .toBuffer();

    // Make sure the fixture really carries what we expect to be removed.
    const inMeta = await sharp(input).metadata();
    expect(inMeta.exif).toBeDefined();
    expect(inMeta.icc).toBeDefined();
    expect(inMeta.xmp).toBeDefined();
    expect(input.includes("TestCam")).toBe(true);

    const result = expectOk(await processLabelPhoto(input));
    const outMeta = await sharp(result.jpeg).metadata();
    expect(outMeta.exif).toBeUndefined();
    expect(outMeta.icc).toBeUndefined();
    expect(outMeta.xmp).toBeUndefined();
    expect(outMeta.iptc).toBeUndefined();
    expect(outMeta.orientation).toBeUndefined();
    expect(result.jpeg.includes("TestCam")).toBe(false);
    expect(result.jpeg.includes("Exif\0")).toBe(false);
  });

  it("applies EXIF orientation before the tag is dropped", async () => {
    // Dark bar down the stored left edge; orientation 6 (rotate 90° clockwise)
    // must move it to the top of the displayed image.
    const stored = await sharp(labelPng)
      .composite([
        {
          input: { create: { width: 100, height: 600, channels: 3, background: "#000" } },
          left: 0,
          top: 0,
        },
      ])
      .jpeg()
      .toBuffer();
    const input = await sharp(stored).withMetadata({ orientation: 6 }).jpeg().toBuffer();
    expect((await sharp(input).metadata()).orientation).toBe(6);

    const result = expectOk(await processLabelPhoto(input));
    expect([result.width, result.height]).toEqual([600, 1200]);
    const meta = await sharp(result.jpeg).metadata();
    expect([meta.width, meta.height]).toEqual([600, 1200]);
    expect(meta.orientation).toBeUndefined();

    // Row means from raw pixels (sharp's stats() ignores extract()).
    const { data, info } = await sharp(result.jpeg).greyscale().raw().toBuffer({ resolveWithObject: true });
    const rowMean = (y: number) => {
      let sum = 0;
      for (let x = 0; x < info.width; x++) sum += data[y * info.width + x];
      return sum / info.width;
    };
    expect(rowMean(50)).toBeLessThan(30);
    expect(rowMean(1150)).toBeGreaterThan(200);
  });
});

describe("processLabelPhoto: blur detection", () => {
  it("separates a sharp label from the same label blurred, with margin", async () => {
    const sharpResult = expectOk(await processLabelPhoto(labelJpeg));
    const blurResult = expectOk(await processLabelPhoto(blurredJpeg));

    expect(sharpResult.blurry).toBe(false);
    expect(blurResult.blurry).toBe(true);
    // Margin: a factor of 4 either side of the threshold.
    expect(sharpResult.sharpness).toBeGreaterThan(BLUR_THRESHOLD * 4);
    expect(blurResult.sharpness).toBeLessThan(BLUR_THRESHOLD / 4);
  });

  it("scores decrease as blur increases and a flat image scores ~0", async () => {
    const scores = [];
    for (const sigma of [1, 2, 4, 8]) {
      scores.push(await measureSharpness(await sharp(labelPng).blur(sigma).png().toBuffer()));
    }
    for (let i = 1; i < scores.length; i++) expect(scores[i]).toBeLessThan(scores[i - 1]);

    const flat = await sharp({
      create: { width: 800, height: 600, channels: 3, background: "#808080" },
    })
      .png()
      .toBuffer();
    expect(await measureSharpness(flat)).toBeLessThan(1);
  });
});

describe("processLabelPhoto: refusals", () => {
  it("refuses an empty file", async () => {
    expectFail(await processLabelPhoto(new Uint8Array()), "empty");
  });

  it("refuses a file over the size limit and names the limit in MB", async () => {
    const r = expectFail(await processLabelPhoto(labelJpeg, { maxBytes: 10_000 }), "too_large");
    expect(r.message).toMatch(/MB/);
    const half = expectFail(
      await processLabelPhoto(new Uint8Array(600_000), { maxBytes: 512 * 1024 }),
      "too_large",
    );
    expect(half.message).toContain("0.5 MB");
    const d = expectFail(
      await processLabelPhoto(new Uint8Array(PHOTO_MAX_BYTES + 1).fill(0xff)),
      "too_large",
    );
    expect(d.message).toContain("10 MB");
  });

  it("refuses a small file that decodes to too many pixels, saying so", async () => {
    // 8000×7000 of flat colour: a few KB of PNG, 56 megapixels decoded.
    const bomb = await sharp({
      create: { width: 8000, height: 7000, channels: 3, background: "#fff" },
    })
      .png({ compressionLevel: 9 })
      .toBuffer();
    expect(bomb.length).toBeLessThan(PHOTO_MAX_BYTES);
    const r = expectFail(await processLabelPhoto(bomb), "too_many_pixels");
    expect(r.message).toBe("The photo has too many pixels (more than 40 megapixels). Take it again at a lower resolution.");
    expect(r.message).not.toMatch(/MB/);
  });

  it("refuses a hand-made PNG header claiming 2.5 gigapixels from its header alone", async () => {
    const bomb = pngBomb(50_000, 50_000);
    expect(bomb.length).toBeLessThan(1024);
    const started = performance.now();
    const r = expectFail(await processLabelPhoto(bomb), "too_many_pixels");
    expect(r.message).toMatch(/too many pixels/);
    // Decoding 7.5 GB of pixels would take far longer (or fail); the header check is instant.
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it("draws the pixel line at 40 megapixels", async () => {
    expectFail(await processLabelPhoto(pngBomb(8000, 5001)), "too_many_pixels");
  });

  it("refuses HEIC with advice for iPhone users", async () => {
    const r = expectFail(await processLabelPhoto(heifHeader("heic")), "heic");
    expect(r.message).toMatch(/Most Compatible/);
    expect(r.message).toMatch(/JPEG/);
  });

  it("refuses GIF and unknown bytes as unsupported", async () => {
    const gif = await sharp(labelPng).gif().toBuffer();
    const r = expectFail(await processLabelPhoto(gif), "unsupported");
    expect(r.message).toBe("Upload a JPEG, PNG or WebP photo.");

    const random = Buffer.alloc(4096);
    for (let i = 0; i < random.length; i++) random[i] = (i * 2654435761) >>> 24;
    random[0] = 0x00; // make sure it cannot start like a JPEG by chance
    expectFail(await processLabelPhoto(random), "unsupported");

    expectFail(await processLabelPhoto(Buffer.from(LABEL_SVG)), "unsupported");
  });

  it("refuses a truncated JPEG as unreadable", async () => {
    expectFail(await processLabelPhoto(labelJpeg.subarray(0, 200)), "unreadable");
  });

  it("refuses a JPEG that is cut off part-way through the image data", async () => {
    const cut = labelJpeg.subarray(0, Math.floor(labelJpeg.length * 0.6));
    expectFail(await processLabelPhoto(cut), "unreadable");
  });

  it("refuses a file whose bytes start like PNG but are not", async () => {
    const fake = Buffer.concat([labelPng.subarray(0, 8), Buffer.alloc(500, 0x42)]);
    expectFail(await processLabelPhoto(fake), "unreadable");
  });

  it("refuses a photo that is too small", async () => {
    const tiny = await sharp(labelPng).resize(100, 100).png().toBuffer();
    expectFail(await processLabelPhoto(tiny), "too_small");
  });

  it("judges the type by content only: JPEG bytes are accepted whatever the file was called", async () => {
    // The API takes bytes only, so a "label.png" that is really a JPEG is
    // handled as the JPEG it is, and a renamed GIF is still a GIF.
    expect(sniffImageType(labelJpeg)).toBe("jpeg");
    expectOk(await processLabelPhoto(labelJpeg));
  });
});
