import { describe, expect, it } from 'vitest';
import { sortReply } from '../../../src/reply/sort.js';
import { correctionChanges, describeChanges } from '../../../src/applicant/correct.js';
import { isParticipant, subjectTag } from '../../../src/thread/resolve.js';

const base = { threadKind: 'application', subject: 'Re: Expression of interest [A-0001]', copiedConversation: false };

describe('sortReply', () => {
  it('reads a correction on an acknowledgement thread', () => {
    const sorted = sortReply({ ...base, text: 'I am applying as a mentee, not a mentor.' });
    expect(sorted).toMatchObject({ kind: 'correction', correction: { role: 'mentee' } });
  });
  it('puts erasure before withdrawal before a letter request', () => {
    expect(sortReply({ ...base, text: 'Please withdraw my application and delete my personal data.' }).kind).toBe('erasure');
    expect(sortReply({ ...base, text: 'I would like to withdraw my application, sorry.' }).kind).toBe('withdrawal');
    expect(sortReply({ ...base, threadKind: 'intro', text: 'Could you send me a certificate of participation?' }).kind).toBe('letter_request');
  });
  it('files anything on a feedback thread as feedback, and a copied first mail as an introduction', () => {
    expect(sortReply({ ...base, threadKind: 'feedback', text: 'We met four times; it was useful.' }).kind).toBe('feedback');
    expect(sortReply({ ...base, threadKind: null, copiedConversation: true, text: 'Dear Cristina, I am glad to be your mentor.' }).kind).toBe('intro');
    expect(sortReply({ ...base, text: 'Thank you, all correct!' }).kind).toBe('reply');
  });
});

describe('correctionChanges', () => {
  const current = { name: 'Jurgen Muller', role: 'mentor', areas: ['Europe'], institution: null, country: 'Germany' };
  it('lists only real changes, in canonical area order', () => {
    const changes = correctionChanges(current, { name: 'Jürgen Müller', role: 'mentor', areasAdd: ['International Exchanges', 'Africa'] });
    expect(changes).toEqual([
      { field: 'name', old: 'Jurgen Muller', new: 'Jürgen Müller' },
      { field: 'areas', old: ['Europe'], new: ['Africa', 'Europe', 'International Exchanges'] },
    ]);
    expect(describeChanges(changes)).toBe('We changed your name and areas.');
    expect(describeChanges([])).toMatch(/nothing needed changing/);
  });
});

describe('thread resolution helpers', () => {
  it('reads our subject tag and checks participants case-insensitively', () => {
    expect(subjectTag('Re: Expression of interest [A-0012]')).toBe('A-0012');
    expect(subjectTag('Re: [MB] hello')).toBeNull();
    expect(isParticipant({ participants: ['a@x.org'] }, 'A@X.org')).toBe(true);
  });
});
