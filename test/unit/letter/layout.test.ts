import { describe, expect, it } from 'vitest';
import { BODY_SIZES, bodyHeight, ellipsize, fitParagraphs, memoMeasure, wrap, type Measure } from '../../../src/letter/layout.js';
import { splitParagraphs } from '../../../src/letter/compose.js';

/** Every character half an em wide: widths are easy to count. */
const mono: Measure = (text) => [...text].length * 0.5;

describe('wrap', () => {
  it('breaks between words so no line is wider than the box', () => {
    // 10 pt: a character is 5 pt, so 50 pt holds 10 characters.
    expect(wrap('the quick brown fox jumps over', 50, 10, mono)).toEqual(['the quick', 'brown fox', 'jumps over']);
  });

  it('cuts a word longer than the line where it overflows', () => {
    expect(wrap('ab https://example.org/x', 50, 10, mono)).toEqual(['ab', 'https://ex', 'ample.org/', 'x']);
  });

  it('gives no lines for blank text', () => {
    expect(wrap('   ', 50, 10, mono)).toEqual([]);
  });
});

describe('fitParagraphs', () => {
  const paragraph = 'word '.repeat(60).trim();

  it('keeps the largest size when the text fits', () => {
    const body = fitParagraphs([paragraph], 400, 1000, mono);
    expect(body.size).toBe(BODY_SIZES[0]);
    expect(body.truncated).toBe(false);
  });

  it('shrinks the font before it cuts anything', () => {
    const big = fitParagraphs([paragraph, paragraph], 400, 10_000, mono);
    const room = bodyHeight(big) * 0.8;
    const fitted = fitParagraphs([paragraph, paragraph], 400, room, mono);
    expect(fitted.size).toBeLessThan(BODY_SIZES[0]);
    expect(fitted.truncated).toBe(false);
    expect(bodyHeight(fitted)).toBeLessThanOrEqual(room);
  });

  it('cuts at the smallest size, within the box, and ends with an ellipsis', () => {
    const fitted = fitParagraphs(Array.from({ length: 20 }, () => paragraph), 400, 200, mono);
    expect(fitted.size).toBe(BODY_SIZES[BODY_SIZES.length - 1]);
    expect(fitted.truncated).toBe(true);
    expect(bodyHeight(fitted)).toBeLessThanOrEqual(200);
    expect(fitted.paragraphs.at(-1)?.at(-1)).toMatch(/ …$/);
  });
});

describe('ellipsize', () => {
  it('drops words until the ellipsis fits', () => {
    expect(ellipsize('aaaa bbbb cccc', 60, 10, mono)).toBe('aaaa bbbb …');
    expect(ellipsize('aaaa bbbb cccc', 50, 10, mono)).toBe('aaaa …');
  });
});

describe('memoMeasure', () => {
  it('measures each distinct text once', () => {
    let calls = 0;
    const m = memoMeasure((t) => (calls++, mono(t)));
    m('the');
    m('the');
    m('of');
    expect(calls).toBe(2);
  });
});

describe('splitParagraphs', () => {
  it('splits on blank lines and joins the lines inside a paragraph', () => {
    expect(splitParagraphs('One\ntwo.\n\n  \nThree.\r\n\r\nFour')).toEqual(['One two.', 'Three.', 'Four']);
  });
});
