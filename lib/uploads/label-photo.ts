import "server-only";
import sharp from "sharp";
import { translator, type Translator } from "@/lib/messages";

/**
 * Checks and cleans a photo of a device label uploaded with a support case.
 *
 * The type is decided from the bytes only (file names and Content-Type are
 * chosen by the client). Accepted photos are always re-encoded, which is what
 * strips EXIF/GPS/camera data: sharp writes no metadata unless asked to.
 */

export const PHOTO_MAX_BYTES = 10 * 1024 * 1024;

/**
 * Decompression-bomb guard: refuse anything above this many pixels, judged from the header before
 * any pixel is decoded (40 megapixels of RGBA is 160 MB in memory; phone cameras stay below 50 MP
 * only at their top setting, and a label needs far less).
 */
export const MAX_INPUT_PIXELS = 40_000_000;
/** Stored photos are scaled to fit in this box; plenty to read a serial number. */
const MAX_OUTPUT_SIDE = 2400;
/** Minimum size: below this, the text on a label is rarely legible. */
const MIN_LONG_SIDE = 320;
const MIN_SHORT_SIDE = 240;
const JPEG_QUALITY = 85;
/** Sharpness is measured at a fixed width so scores compare across resolutions. */
const SHARPNESS_WIDTH = 800;

/**
 * Laplacian variance below which a photo is flagged as probably blurry.
 * Calibrated in label-photo.test.ts: the synthetic label scores ~2800 and the
 * same label after blur(6) ~9; a sparser one-line label ~800 vs ~3.6 (blur(2)
 * ~88, blur(3) ~23). 50 keeps a factor >4 from every one of those. Labels are
 * mostly flat background, so scores run low next to busy scenes. Only a
 * warning, never a refusal.
 */
export const BLUR_THRESHOLD = 50;

export type ImageType = "jpeg" | "png" | "webp" | "heic" | "gif" | "unknown";

export type PhotoErrorCode =
  | "empty"
  | "too_large"
  | "too_many_pixels"
  | "heic"
  | "unsupported"
  | "unreadable"
  | "too_small";

export type PhotoResult =
  | {
      ok: true;
      jpeg: Buffer;
      width: number;
      height: number;
      sharpness: number;
      blurry: boolean;
    }
  | { ok: false; code: PhotoErrorCode; message: string };

const HEIF_BRANDS = new Set(["heic", "heix", "hevc", "hevx", "mif1", "msf1", "heif"]);

function startsWith(bytes: Uint8Array, sig: readonly number[], at = 0): boolean {
  if (bytes.length < at + sig.length) return false;
  return sig.every((b, i) => bytes[at + i] === b);
}

function ascii(bytes: Uint8Array, from: number, to: number): string {
  return String.fromCharCode(...bytes.subarray(from, to));
}

export function sniffImageType(bytes: Uint8Array): ImageType {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return "jpeg";
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "png";
  if (bytes.length >= 12 && ascii(bytes, 0, 4) === "RIFF" && ascii(bytes, 8, 12) === "WEBP") {
    return "webp";
  }
  // ISO BMFF: box size (4 bytes), then "ftyp" and the major brand. Only the
  // major brand is checked: AVIF files list "mif1" as a compatible brand too.
  if (bytes.length >= 12 && ascii(bytes, 4, 8) === "ftyp" && HEIF_BRANDS.has(ascii(bytes, 8, 12))) {
    return "heic";
  }
  if (bytes.length >= 4 && ascii(bytes, 0, 4) === "GIF8") return "gif";
  return "unknown";
}

const fail = (code: PhotoErrorCode, message: string): PhotoResult => ({ ok: false, code, message });

/** The words of each refusal in a language (lib/messages/en/core.ts, `labelPhoto`). */
const messagesIn = ({ t }: Translator) => ({
  empty: t("labelPhoto.empty"),
  tooLarge: (maxBytes: number) => t("labelPhoto.tooLarge", { mb: formatMb(maxBytes) }),
  tooManyPixels: t("labelPhoto.tooManyPixels", { megapixels: MAX_INPUT_PIXELS / 1_000_000 }),
  heic: t("labelPhoto.heic"),
  unsupported: t("labelPhoto.unsupported"),
  unreadable: t("labelPhoto.unreadable"),
  tooSmall: t("labelPhoto.tooSmall", { width: MIN_LONG_SIDE, height: MIN_SHORT_SIDE }),
});

function formatMb(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  // "10", "2.5", and still something non-zero for sub-MB limits.
  return String(mb >= 1 ? Math.round(mb * 10) / 10 : Number(mb.toPrecision(2)));
}

const decodeOptions = { limitInputPixels: MAX_INPUT_PIXELS, failOn: "error" } as const;

export async function processLabelPhoto(
  bytes: Uint8Array,
  /** `i18n`: the language of a refusal's message (English by default; the code is the same in every language). */
  opts: { maxBytes?: number; i18n?: Translator } = {},
): Promise<PhotoResult> {
  const maxBytes = opts.maxBytes ?? PHOTO_MAX_BYTES;
  const MESSAGES = messagesIn(opts.i18n ?? translator("en"));
  if (bytes.length === 0) return fail("empty", MESSAGES.empty);
  if (bytes.length > maxBytes) return fail("too_large", MESSAGES.tooLarge(maxBytes));

  const type = sniffImageType(bytes);
  if (type === "heic") return fail("heic", MESSAGES.heic);
  if (type !== "jpeg" && type !== "png" && type !== "webp") {
    return fail("unsupported", MESSAGES.unsupported);
  }

  // Header-only read: cheap size checks before any pixels are decoded. The
  // pixel limit is lifted here (nothing is decoded) so an oversized image is
  // reported as having too many pixels rather than as unreadable; the decode
  // below keeps sharp's own limitInputPixels as a second guard.
  let width: number;
  let height: number;
  try {
    const meta = await sharp(bytes, { ...decodeOptions, limitInputPixels: false }).metadata();
    // Defence in depth: the decoder libvips chose must match the sniffed type.
    if (meta.format !== type) return fail("unsupported", MESSAGES.unsupported);
    ({ width, height } = meta.autoOrient);
  } catch {
    return fail("unreadable", MESSAGES.unreadable);
  }
  if (width * height > MAX_INPUT_PIXELS) return fail("too_many_pixels", MESSAGES.tooManyPixels);
  // Checked independent of orientation so portrait shots are not refused.
  if (Math.max(width, height) < MIN_LONG_SIDE || Math.min(width, height) < MIN_SHORT_SIDE) {
    return fail("too_small", MESSAGES.tooSmall);
  }

  try {
    const { data: jpeg, info } = await sharp(bytes, decodeOptions)
      .rotate() // apply EXIF orientation, since the tag itself is dropped
      .resize(MAX_OUTPUT_SIDE, MAX_OUTPUT_SIDE, { fit: "inside", withoutEnlargement: true })
      .flatten({ background: "#ffffff" }) // transparent PNG/WebP: white, not black
      .jpeg({ quality: JPEG_QUALITY })
      .toBuffer({ resolveWithObject: true });

    // Measured on the re-encoded output: it is what staff will look at, and
    // it is already oriented and decoded without errors.
    const sharpness = await measureSharpness(jpeg);
    return {
      ok: true,
      jpeg,
      width: info.width,
      height: info.height,
      sharpness,
      blurry: sharpness < BLUR_THRESHOLD,
    };
  } catch {
    return fail("unreadable", MESSAGES.unreadable);
  }
}

// 4-neighbour Laplacian. Scaled by 1/8 and offset by 128 because sharp clamps
// uchar output to 0..255: responses span -1020..1020 and would otherwise lose
// every negative value and saturate at edges.
const LAPLACIAN_SCALE = 8;
const LAPLACIAN = {
  width: 3,
  height: 3,
  kernel: [0, 1, 0, 1, -4, 1, 0, 1, 0],
  scale: LAPLACIAN_SCALE,
  offset: 128,
};

/** Variance of the Laplacian of the greyscale image, in 8-bit grey units². */
export async function measureSharpness(image: Uint8Array): Promise<number> {
  // Two passes: sharp applies greyscale late in its pipeline, so convolving in
  // the same pass would run on RGB; a raw 1-channel buffer keeps it explicit.
  const grey = await sharp(image, decodeOptions)
    .resize({ width: SHARPNESS_WIDTH })
    .greyscale()
    .raw()
    .toBuffer({ resolveWithObject: true });
  const { width, height } = grey.info;
  const lap = await sharp(grey.data, { raw: { width, height, channels: 1 } })
    .convolve(LAPLACIAN)
    .toColourspace("b-w") // otherwise sharp outputs 3-channel sRGB
    .raw()
    .toBuffer();

  // Skip the 1-pixel border, where the kernel reads past the edge.
  let sum = 0;
  let sumSq = 0;
  let n = 0;
  for (let y = 1; y < height - 1; y++) {
    for (let x = 1; x < width - 1; x++) {
      const v = lap[y * width + x] - 128;
      sum += v;
      sumSq += v * v;
      n++;
    }
  }
  if (n === 0) return 0;
  const mean = sum / n;
  const variance = sumSq / n - mean * mean;
  return variance * LAPLACIAN_SCALE * LAPLACIAN_SCALE;
}
