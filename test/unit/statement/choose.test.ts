import { describe, expect, it } from 'vitest';
import { chooseSource, statementHint, type ReadCandidate } from '../../../src/statement/choose.js';

const PROSE = 'I have worked for twelve years at the Harbour City Public Library and would like a mentor to guide our outreach work. ';
const STATEMENT = `Expression of interest\n\n${PROSE.repeat(4)}`;
const FULL_BODY = `Dear colleagues,\n\n${PROSE.repeat(3)}\n\n${PROSE.repeat(3)}\n\nBest regards,\nZoe`;
const COVER = 'Dear colleagues,\n\nPlease find attached my expression of interest.\n\nBest regards,\nZoe';

let nextId = 0;
function body(text: string, nested = false): ReadCandidate {
  return { id: -1 - nextId++, origin: 'body', nested, filename: null, mediaType: 'text/plain', source: 'body', status: text ? 'ok' : 'empty', text, detail: null };
}
function doc(filename: string, status: ReadCandidate['status'], text = ''): ReadCandidate {
  return { id: nextId++, origin: 'document', nested: false, filename, mediaType: 'application/pdf', source: 'pdf', status, text, detail: status === 'ok' ? null : status };
}
const chosen = (candidates: ReadCandidate[]): ReadCandidate | null => chooseSource(candidates).chosen;

describe('chooseSource', () => {
  it('takes the attachment when the body is a cover note', () => {
    const pdf = doc('EOI.pdf', 'ok', STATEMENT);
    expect(chosen([body(COVER), pdf])).toBe(pdf);
  });

  it('takes the attachment even when the cover note is long, as long as it reads', () => {
    const pdf = doc('scan.pdf', 'ok', STATEMENT);
    expect(chosen([body(`${COVER}\n\n${'Please find attached the updated version. '.repeat(30)}`), pdf])).toBe(pdf);
  });

  it('takes the body when there is no document', () => {
    const b = body(FULL_BODY);
    expect(chosen([b])).toBe(b);
  });

  it('takes a forwarded message body over the outer cover note', () => {
    const inner = body(FULL_BODY, true);
    expect(chosen([body('I am forwarding my application below.\n\nZoe'), inner])).toBe(inner);
  });

  it('reports an unreadable only document rather than the cover note', () => {
    const encrypted = doc('EOI.pdf', 'encrypted');
    expect(chooseSource([body(COVER), encrypted])).toEqual({ chosen: encrypted, reason: 'the only document is unreadable' });
    const unknown = doc('statement.xlsx', 'unsupported');
    expect(chosen([body(COVER), unknown])).toBe(unknown);
  });

  it('takes a full statement in the body over an unreadable document, a CV or an unnamed scan', () => {
    const b = body(FULL_BODY);
    expect(chosen([b, doc('EOI.pdf', 'corrupt')])).toBe(b);
    expect(chosen([b, doc('Zoe_CV.pdf', 'ok', `Curriculum vitae\n\n${PROSE.repeat(5)}`)])).toBe(b);
    expect(chosen([b, doc('IMG_0042.jpg', 'needs_ocr')])).toBe(b);
  });

  it('OCRs a scan when the body is only a cover note, or when the scan is named as the statement', () => {
    const scan = doc('Scan_20141114.pdf', 'needs_ocr');
    expect(chosen([body(' \t '), scan])).toBe(scan);
    const named = doc('Expression of interest.pdf', 'needs_ocr');
    expect(chosen([body(FULL_BODY), named])).toBe(named);
  });

  it('among several documents prefers statement-like names, then the longer text', () => {
    const cv = doc('Resume_2014.docx', 'ok', STATEMENT + PROSE.repeat(10));
    const eoi = doc('Marlowe_EOI.docx', 'ok', STATEMENT);
    const other = doc('document.pdf', 'ok', STATEMENT + PROSE);
    expect(chosen([body(COVER), cv, other, eoi])).toBe(eoi);
    expect(chosen([body(COVER), cv, other])).toBe(other);
  });

  it('reports the named statement when it is unreadable and only a CV reads', () => {
    const eoi = doc('Statement.pdf', 'encrypted');
    expect(chosen([body(COVER), doc('CV.pdf', 'ok', STATEMENT), eoi])).toBe(eoi);
  });

  it('ignores unnamed empty parts (ATT00001.txt) and short notes when the body has text', () => {
    const b = body(COVER);
    expect(chosen([b, doc('ATT00001.txt', 'empty')])).toBe(b);
    expect(chosen([b, doc('notes.txt', 'ok', 'see you')])).toBe(b);
  });

  it('is missing with no attachment and an empty body', () => {
    expect(chooseSource([body('')])).toEqual({ chosen: null, reason: 'no attachment and an empty body' });
  });
});

describe('statementHint', () => {
  it.each([
    ['Adaeze_Okonkwo_Expression_of_Interest.docx', '', 2],
    ['Interessenbekundung_Jürgen_Müller_ALA-Mentoring.docx', '', 2],
    ['Zoe_CV.pdf', '', -2],
    ['Scan_20141114_093512.pdf', '', 0],
    ['Scan_20141114_093512.pdf', 'I wish to express my interest as a mentee.', 1],
  ])('%s → %i', (filename, text, hint) => {
    expect(statementHint({ filename, text })).toBe(hint);
  });
});
