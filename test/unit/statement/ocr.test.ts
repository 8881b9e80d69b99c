import { afterAll, describe, expect, it } from 'vitest';
import { extractStatement } from '../../../src/statement/extract.js';
import { terminateOcr } from '../../../src/statement/ocr.js';
import { fixture, inbound, part } from './builders/fixtures.js';

/** Real tesseract.js with the bundled English data: no network, ~1-3 s per page on two cores. */
describe('OCR of scans and photos (tesseract.js)', () => {
  afterAll(terminateOcr);

  it('reads an image-only (scanned) PDF attached behind an empty Hotmail body', async () => {
    const s = await extractStatement(inbound(' \t\t \n', [part(fixture('statement-scanned.pdf'), 'Scan_20141114_093512.pdf')]));
    expect(s).toMatchObject({ status: 'ocr', source: 'pdf', filename: 'Scan_20141114_093512.pdf', mediaType: 'application/pdf' });
    expect(s.text).toContain('Harbour City Public Library');
    expect(s.text).toMatch(/mobile library that visits schools/);
  });

  it('reads a photo of the statement sent as a PNG', async () => {
    const s = await extractStatement(inbound('Here it is.', [part(fixture('statement-photo.png'), 'IMG_0042.png', { contentType: 'image/png' })]));
    expect(s).toMatchObject({ status: 'ocr', source: 'image', mediaType: 'image/png' });
    expect(s.text).toContain('Thank you for considering my application.');
  });
});
