/**
 * Review photos as files: images only, recognised by their bytes (never by name or declared type),
 * decoded and re-encoded by sharp (libvips) to WebP, turned upright by their orientation tag, then
 * written without any metadata (EXIF, GPS, XMP, ICC are gone), at most 2 000 px on a side.
 * Decoding is bounded (pixels) so a small file cannot expand into a huge image.
 */
import { randomUUID } from 'node:crypto';
import sharp from 'sharp';

export const PHOTO_MAX_SIDE = 2_000;
const MAX_INPUT_PIXELS = 50_000_000;

const SIGNATURES: readonly { type: string; test: (b: Uint8Array) => boolean }[] = [
  { type: 'jpeg', test: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff },
  {
    type: 'png',
    test: (b) => [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a].every((x, i) => b[i] === x),
  },
  {
    type: 'webp',
    test: (b) =>
      String.fromCharCode(...b.subarray(0, 4)) === 'RIFF' &&
      String.fromCharCode(...b.subarray(8, 12)) === 'WEBP',
  },
  {
    // HEIF/HEIC and AVIF: an ISO-BMFF `ftyp` box of an image brand (phones' default formats).
    type: 'heif',
    test: (b) =>
      String.fromCharCode(...b.subarray(4, 8)) === 'ftyp' &&
      /^(heic|heix|hevc|mif1|msf1|avif)$/.test(String.fromCharCode(...b.subarray(8, 12))),
  },
];

/** The image format of these bytes, or null when they are no image we accept. */
export function sniffImage(bytes: Uint8Array): string | null {
  return SIGNATURES.find((s) => s.test(bytes))?.type ?? null;
}

export type ReencodedPhoto = { bytes: Uint8Array; contentType: 'image/webp'; width: number; height: number };

/** Re-encodes an accepted image, or null when its bytes do not decode as one. */
export async function reencodePhoto(bytes: Uint8Array): Promise<ReencodedPhoto | null> {
  if (!sniffImage(bytes)) return null;
  try {
    const { data, info } = await sharp(bytes, { limitInputPixels: MAX_INPUT_PIXELS, failOn: 'error' })
      .rotate()
      .resize({ width: PHOTO_MAX_SIDE, height: PHOTO_MAX_SIDE, fit: 'inside', withoutEnlargement: true })
      .webp({ quality: 82 })
      .toBuffer({ resolveWithObject: true });
    return { bytes: new Uint8Array(data), contentType: 'image/webp', width: info.width, height: info.height };
  } catch {
    return null;
  }
}

/** A new storage key for a photo of a review; the uuid keeps it unguessable. */
export const reviewPhotoKey = (reviewId: number) => `review-photos/${reviewId}/${randomUUID()}.webp`;
