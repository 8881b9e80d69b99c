import { describe, expect, it } from 'vitest';
import { spamReason } from '../../../src/message/classify.js';
import { advanceFeeScore } from '../../../src/message/checks/spam.js';
import { fixture, message } from './load.js';

describe('spamReason', () => {
  it('catches advance-fee fraud and names its signals', async () => {
    const reason = spamReason(await fixture('spam-advance-fee.eml'));
    expect(reason).toMatch(/^advance-fee \(score \d+: /);
    expect(reason).toContain('next-of-kin');
    expect(reason).toContain('secrecy');
    expect(reason).toContain('upfront-fee');
  });

  it.each(['application-plain.eml', 'application-grant-millions.eml', 'human-outlook-reply-xars.eml', 'newsletter-mailchimp.eml'])(
    'leaves %s alone',
    async (file) => {
      expect(spamReason(await fixture(file))).toBeNull();
    },
  );

  it('an application that talks about a million-dollar grant, its beneficiaries and a transfer of funds scores low', async () => {
    const score = advanceFeeScore(await fixture('application-grant-millions.eml'));
    expect(score.strong).toBe(0);
    expect(score.signals).toEqual(expect.arrayContaining(['money-millions', 'transfer-of-funds']));
    expect(score.signals).not.toContain('beneficiary');
  });

  it('one fraud phrase alone is not enough', async () => {
    const msg = await message(['Subject: Re: statement'], 'My late father was my next of kin contact on the form; I have updated it.\n');
    expect(advanceFeeScore(msg).signals).toEqual(['next-of-kin']);
    expect(spamReason(msg)).toBeNull();
  });

  it('an unsolicited lottery win with a fee is spam', async () => {
    const body = [
      'Your e-mail address won the sum of EUR 850,000.00 in our international lottery draw.',
      'To claim your prize, contact our agent and pay the clearance fee by Western Union.',
      'Your winning consignment box is held by a diplomatic courier.',
    ].join('\n');
    const msg = await message(['To: undisclosed-recipients:;', 'Subject: CONGRATULATIONS YOU ARE A WINNER'], body);
    expect(spamReason(msg)).not.toBeNull();
  });
});
