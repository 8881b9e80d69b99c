import { failed, viaOcr, type Extractor } from './types.js';
import { sniffImage } from '../sniff.js';

/** Formats the bundled tesseract (Leptonica) decodes; HEIC from iPhones is not among them. */
const OCR_READABLE = new Set(['image/png', 'image/jpeg', 'image/bmp', 'image/webp', 'image/tiff', 'image/gif']);

/** A photo or scan sent as an image: OCR is the only way to read it. */
export const extractImage: Extractor = async (bytes, ctx) => {
  const type = sniffImage(bytes);
  if (!type || !OCR_READABLE.has(type)) return failed('unsupported', `image type ${type ?? 'unknown'} cannot be read`);
  return viaOcr(ctx, 'image', (engine) => engine.recognize(bytes, ctx.signal));
};
