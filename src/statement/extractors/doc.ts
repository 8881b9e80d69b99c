import { failed, fromText, type Extractor } from './types.js';

/** Word 97-2003 binary (.doc) through word-extractor (loaded on first use). */
export const extractDoc: Extractor = async (bytes, ctx) => {
  const { default: WordExtractor } = await import('word-extractor');
  const document = await new WordExtractor().extract(bytes);
  return fromText(document.getBody(), ctx, 'Word document');
};

/** Password-protected DOCX/XLSX are OLE2 files holding an EncryptedPackage stream. */
export const extractEncryptedOffice: Extractor = async () => failed('encrypted', 'Office document is password-protected');
