import mammoth from 'mammoth';
import { inflatedSize, listZipEntries } from '../zip.js';
import { failed, fromText, type Extractor } from './types.js';

/** A one-page DOCX inflates to well under a megabyte; this guards against zip bombs, not big documents. */
export const MAX_INFLATED_BYTES = 100 * 1024 * 1024;

export const extractDocx: Extractor = async (bytes, ctx) => {
  const entries = listZipEntries(bytes);
  if (!entries) return failed('corrupt', 'DOCX is not a complete zip archive (truncated?)');
  if (inflatedSize(entries) > MAX_INFLATED_BYTES) return failed('too_large', 'DOCX inflates to more than 100 MB');
  const result = await mammoth.extractRawText({ buffer: bytes });
  return fromText(result.value, ctx, 'DOCX');
};
