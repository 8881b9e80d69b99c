import { describe, expect, it } from 'vitest';
import { toCsv } from '../../../src/shared/csv.js';
import { keyFromAddress, newThreadKey, replyAddress } from '../../../src/thread/key.js';
import { mergeFields } from '../../../src/applicant/applicant.js';
import { looksLikeApplication } from '../../../src/intake/signals.js';
import type { Statement } from '../../../src/statement/types.js';

describe('thread keys', () => {
  it('round-trips through a reply address', () => {
    const key = newThreadKey();
    expect(key).toMatch(/^[a-z2-9]{12}$/);
    const address = replyAddress('mentoring@program.test', key, '+');
    expect(address).toBe(`mentoring+${key}@program.test`);
    expect(keyFromAddress(address.toUpperCase(), 'mentoring@program.test', '+')).toBe(key);
    expect(keyFromAddress(`mentoring+${key}@elsewhere.test`, 'mentoring@program.test', '+')).toBeNull();
    expect(keyFromAddress('mentoring@program.test', 'mentoring@program.test', '+')).toBeNull();
  });
});

describe('csv', () => {
  it('quotes, joins arrays and defuses formulas', () => {
    expect(toCsv([{ a: 'x,y', b: ['Europe', 'Africa'], c: '=HYPERLINK()' }])).toBe('a,b,c\r\n"x,y",Europe; Africa,\'=HYPERLINK()\r\n');
  });
});

describe('merging a new statement version', () => {
  const previous = { name: 'Ana', role: 'mentee', areas: ['Europe'], institution: 'BN', country: 'Spain', language: 'es' };
  it('keeps what the new statement does not say', () => {
    expect(mergeFields(previous, { name: null, role: 'unclear', areas: [], institution: null, country: null, language: 'en' }, true)).toEqual({
      ...previous,
      language: 'en',
    });
  });
  it('lets an unreadable version change nothing but a missing name', () => {
    expect(mergeFields({ ...previous, name: null }, { name: 'Ana B', role: 'mentor', areas: ['Africa'], institution: null, country: null, language: null }, false)).toEqual({ name: 'Ana B' });
  });
});

describe('looksLikeApplication', () => {
  const statement = (over: Partial<Statement>): Statement => ({ status: 'ok', text: '', source: 'body', filename: null, mediaType: 'text/plain', nested: false, detail: null, ...over });
  const fields = { name: null, role: 'unclear' as const, areas: [], institution: null, country: null, language: null };
  it('takes any attached document, even unreadable', () => {
    expect(looksLikeApplication({ subject: 'hi', text: '' }, statement({ source: 'pdf', status: 'encrypted' }), fields)).toBe(true);
  });
  it('wants a body statement to read like one', () => {
    const thanks = 'Thank you so much for your help last week, it was lovely to meet you. '.repeat(4);
    expect(looksLikeApplication({ subject: 'thanks', text: thanks }, statement({ text: thanks }), fields)).toBe(false);
    const eoi = `This is my expression of interest: I would like to be a mentor. ${'I have long experience. '.repeat(10)}`;
    expect(looksLikeApplication({ subject: 'EOI', text: eoi }, statement({ text: eoi }), { ...fields, role: 'mentor' })).toBe(true);
  });
  it('takes a short body only when it says applying, as what and in which area', () => {
    const short = 'My name is Kwame Boateng. I would like to apply as a mentee in Africa. I joined the library two years ago.';
    expect(looksLikeApplication({ subject: 'Mentee application', text: short }, statement({ text: short }), { ...fields, role: 'mentee', areas: ['Africa'] })).toBe(true);
    expect(looksLikeApplication({ subject: 'Question', text: short }, statement({ text: short }), { ...fields, role: 'mentee' })).toBe(false);
    const tiny = 'Mentee application, Africa.';
    expect(looksLikeApplication({ subject: 'apply', text: tiny }, statement({ text: tiny }), { ...fields, role: 'mentee', areas: ['Africa'] })).toBe(false);
  });
});

describe('looksLikeApplication from someone who already applied', () => {
  const statement = (text: string): Statement => ({ status: 'ok', text, source: 'body', filename: null, mediaType: 'text/plain', nested: false, detail: null });
  const fields = { name: null, role: 'mentor' as const, areas: ['Europe' as const], institution: null, country: null, language: null };
  it('does not take a letter request or feedback for a new statement', () => {
    const letter = `Thank you for the program. As a mentor for Europe I enjoyed it; could you send a recognition letter to my director? ${'More words here. '.repeat(10)}`;
    expect(looksLikeApplication({ subject: 'Letter', text: letter }, statement(letter), fields, true)).toBe(false);
  });
  it('takes an updated statement that says so', () => {
    const update = `Please find my updated statement of interest below: I would like to be a mentor for Europe. ${'More words here. '.repeat(10)}`;
    expect(looksLikeApplication({ subject: 'Update', text: update }, statement(update), fields, true)).toBe(true);
  });
});
