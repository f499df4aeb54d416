import sharp from 'sharp';
import { imageKindOf, PHOTO_MAX_SIDE } from './photo.rules.ts';

export interface CleanPhoto {
  contentType: 'image/jpeg';
  data: Buffer;
  width: number;
  height: number;
}

/**
 * Checks by content that the bytes are a photo, turns it upright, makes it at most
 * PHOTO_MAX_SIDE pixels on its longest side and writes a fresh JPEG: sharp copies no
 * metadata unless asked, so EXIF (with any GPS location), XMP and ICC notes are gone.
 * Null when it is not an image we accept or cannot be read.
 */
export async function cleanPhoto(bytes: Buffer): Promise<CleanPhoto | null> {
  if (imageKindOf(bytes) === null) return null;
  try {
    const { data, info } = await sharp(bytes, { limitInputPixels: 50_000_000, failOn: 'error' })
      .rotate()
      .resize({ width: PHOTO_MAX_SIDE, height: PHOTO_MAX_SIDE, fit: 'inside', withoutEnlargement: true })
      .jpeg({ quality: 80, mozjpeg: true })
      .toBuffer({ resolveWithObject: true });
    return { contentType: 'image/jpeg', data, width: info.width, height: info.height };
  } catch {
    return null;
  }
}
