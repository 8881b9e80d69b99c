import { describe, expect, it } from 'vitest';
import { isBounceReason, robotReason, robotReasons, type RobotReason } from '../../../src/message/classify.js';
import { ctx, fixture, message } from './load.js';

const robots: Array<[string, RobotReason]> = [
  ['auto-reply-exchange-oof.eml', 'auto-submitted'],
  ['auto-reply-exchange-rules-loop.eml', 'exchange-auto-reply'],
  ['auto-reply-gmail-vacation.eml', 'auto-submitted'],
  ['auto-reply-french-template.eml', 'out-of-office-subject'],
  ['auto-reply-x-autorespond.eml', 'x-autoreply'],
  ['calendar-notice-null-sender.eml', 'empty-return-path'],
  ['bounce-postfix-dsn.eml', 'delivery-report'],
  ['bounce-amazon-ses.eml', 'delivery-report'],
  ['bounce-exim-plain.eml', 'delivery-report'],
  ['bounce-delayed-dsn.eml', 'delivery-report'],
  ['bounce-verp-plain.eml', 'verp-bounce'],
  ['read-receipt-mdn.eml', 'delivery-report'],
  ['newsletter-mailchimp.eml', 'precedence'],
  ['newsletter-sendgrid.eml', 'bulk-sender'],
  ['list-mailman3.eml', 'list'],
  ['list-google-groups-via.eml', 'list'],
  ['own-mail-loop.eml', 'own-mail'],
  ['noreply-notification.eml', 'noreply-sender'],
];

const people = [
  'human-outlook-reply-xars.eml',
  'webform-noreply-with-reply-to.eml',
  'application-plain.eml',
  'application-grant-millions.eml',
  'spam-advance-fee.eml', // spam, but not a robot: spamReason catches it
];

describe('robotReason', () => {
  it.each(robots)('%s is a robot: %s', async (file, reason) => {
    expect(robotReason(await fixture(file), ctx)).toBe(reason);
  });

  it.each(people)('%s is not a robot', async (file) => {
    expect(robotReason(await fixture(file), ctx)).toBeNull();
  });

  it('lists every reason that applies to an Exchange out-of-office', async () => {
    expect(robotReasons(await fixture('auto-reply-exchange-oof.eml'), ctx)).toEqual([
      'auto-submitted',
      'exchange-auto-reply',
      'empty-return-path',
      'out-of-office-subject',
    ]);
  });

  it('names bounces as bounces', async () => {
    expect(isBounceReason(robotReason(await fixture('bounce-amazon-ses.eml'), ctx))).toBe(true);
    expect(isBounceReason(robotReason(await fixture('bounce-verp-plain.eml'), ctx))).toBe(true);
    expect(isBounceReason(robotReason(await fixture('newsletter-mailchimp.eml'), ctx))).toBe(false);
  });

  it('treats mail written with our Message-ID domain as our own', async () => {
    const msg = await message(['From: someone@example.net', 'Message-ID: <fwd.1@mentorbox.library.example.org>']);
    expect(robotReason(msg, ctx)).toBe('own-mail');
  });

  it('does not take a subdomain of our Message-ID domain for ours (a coordinator on the same Exchange)', async () => {
    const msg = await message(['From: Dana <dana@library.example.org>', 'Message-ID: <77348F0C@EXMBX01.library.example.org>']);
    expect(robotReason(msg, { ...ctx, ownDomains: ['library.example.org'] })).toBeNull();
  });

  it('recognises the program address behind a thread-key tag, in any case', async () => {
    const msg = await message(['From: Program <Reply+T7K2Q9@Library.Example.org>']);
    expect(robotReason(msg, ctx)).toBe('own-mail');
  });

  it('does not call a message without a From a robot (that is malformed, not automatic)', async () => {
    const msg = await message(['From: ']);
    expect(msg.from).toBeNull();
    expect(robotReason(msg, ctx)).toBeNull();
  });
});
