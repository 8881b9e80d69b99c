import { describe, expect, it } from 'vitest';
import { ackTemplate, cleanSubject, problemText } from '../../../src/intake/ack.js';

describe('acknowledgement choices', () => {
  it('picks one template per situation', () => {
    expect(ackTemplate({ readable: true, late: false, updated: false })).toBe('ack');
    expect(ackTemplate({ readable: true, late: true, updated: false })).toBe('ack-late');
    expect(ackTemplate({ readable: true, late: false, updated: true })).toBe('ack-updated');
    expect(ackTemplate({ readable: false, late: true, updated: true })).toBe('statement-unreadable');
  });

  it('strips stacked reply prefixes and our own reference tag', () => {
    expect(cleanSubject('Re: AW: Fwd: Expression of interest [A-0012]')).toBe('Expression of interest');
    expect(cleanSubject('RV: Solicitud')).toBe('Solicitud');
    expect(cleanSubject('   ')).toBe('Your application');
  });

  it('explains each unreadable statement in plain words', () => {
    expect(problemText('encrypted', 'eoi.pdf')).toBe('the PDF is password-protected (eoi.pdf)');
    expect(problemText('ocr_too_little', null)).toMatch(/scan or a photo/);
  });
});
