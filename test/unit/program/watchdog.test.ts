import { describe, expect, it } from 'vitest';
import { alertReason, decideAlert, decideAsk } from '../../../src/watchdog/decide.js';
import { firstContactAnswer } from '../../../src/reply/intent/first-contact.js';

const at = new Date('2026-01-10T10:00:00Z');
const base = { status: 'active' as const, watch: 'watching' as const, first_contact_at: null, introduced_at: at, watch_asked_at: null };

describe('first-contact watch decisions', () => {
  it('asks once, only after the introduction left and while nothing is known', () => {
    expect(decideAsk(base)).toEqual({ action: 'ask' });
    expect(decideAsk({ ...base, watch_asked_at: at })).toMatchObject({ action: 'none', why: 'already asked' });
    expect(decideAsk({ ...base, introduced_at: null })).toMatchObject({ action: 'none', why: 'introduction not sent' });
    expect(decideAsk({ ...base, first_contact_at: at, watch: 'confirmed' })).toMatchObject({ action: 'none' });
    expect(decideAsk({ ...base, status: 'ended' })).toMatchObject({ action: 'none', why: 'match ended' });
  });

  it('alerts on silence, on an introduction that never left, and never after a YES or a NO already alerted', () => {
    expect(decideAlert({ ...base, watch_asked_at: at })).toEqual({ action: 'alert', why: 'silence' });
    expect(decideAlert({ ...base, introduced_at: null })).toEqual({ action: 'alert', why: 'not-introduced' });
    expect(decideAlert({ ...base, watch: 'confirmed', first_contact_at: at })).toMatchObject({ action: 'none' });
    expect(decideAlert({ ...base, watch: 'alerted' })).toMatchObject({ action: 'none' });
    expect(decideAlert({ ...base, status: 'ended', watch: 'closed' })).toMatchObject({ action: 'none' });
  });

  it('says in one line what went wrong', () => {
    const o = { mentee: 'Ana (A-0002)', mentor: 'Bo (A-0001)', after: '14 days', asked: true };
    expect(alertReason('no', o)).toBe('Ana (A-0002) says Bo (A-0001) has not written yet.');
    expect(alertReason('silence', o)).toContain('we asked, no answer');
    expect(alertReason('silence', { ...o, asked: false })).toBe('No sign that Bo (A-0001) wrote to Ana (A-0002), 14 days after the introduction.');
    expect(alertReason('not-introduced', o)).toContain('could not be sent');
  });
});

describe('the mentee\'s answer to "has your mentor written?"', () => {
  it.each([
    ['YES', 'yes'],
    ['Yes! She wrote on Monday.', 'yes'],
    ['Hi Dana,\n\nyes, thank you.', 'yes'],
    ['Sí, ya me escribió.', 'yes'],
    ['Oui, merci.', 'yes'],
    ['She wrote to me last week and we have a call on Friday.', 'yes'],
    ['We have already talked twice on Skype.', 'yes'],
    ['Ya me ha escrito, gracias.', 'yes'],
    ['No', 'no'],
    ['No, not yet.', 'no'],
    ['Not yet, unfortunately.', 'no'],
    ['I have not heard from her so far.', 'no'],
    ['He hasn\'t written yet, should I contact him?', 'no'],
    ['Todavía no me ha escrito.', 'no'],
    ["Il ne m'a pas encore écrit.", 'no'],
    ['No problem, I will wait a bit longer.', null],
    ['Could you tell me her phone number?', null],
    ['', null],
  ])('%j → %s', (text, want) => expect(firstContactAnswer(text)).toBe(want));

  it('reads the writer\'s words, not the quoted question', () => {
    expect(firstContactAnswer('> Has Hanna written to you? Reply YES or NO\nno')).toBe('no');
  });
});
