import { describe, expect, it } from 'vitest';
import { bounceInfo } from '../../../src/message/classify.js';
import { parseDeliveryStatus } from '../../../src/message/checks/bounce.js';
import { fixture } from './load.js';

describe('bounceInfo', () => {
  it('reads a Postfix DSN, including a folded Message-ID in the returned headers', async () => {
    expect(bounceInfo(await fixture('bounce-postfix-dsn.eml'))).toEqual({
      recipients: [{ address: 'j.doe@old-university.example.edu', status: '5.1.1', action: 'failed' }],
      originalMessageId: '<intro.a1b2c3@mentorbox.library.example.org>',
      hard: true,
      verpKey: null,
    });
  });

  it('reads an Amazon SES bounce with the original message attached', async () => {
    expect(bounceInfo(await fixture('bounce-amazon-ses.eml'))).toEqual({
      recipients: [{ address: 'm.santos@closed-library.example.br', status: '5.1.1', action: 'failed' }],
      originalMessageId: '<ack.77aa01@mentorbox.library.example.org>',
      hard: true,
      verpKey: null,
    });
  });

  it('reads an Exim bounce without a DSN part (X-Failed-Recipients, inline headers)', async () => {
    expect(bounceInfo(await fixture('bounce-exim-plain.eml'))).toEqual({
      recipients: [{ address: 'w.kamau@example.ac.ke', status: '5.2.1', action: 'failed' }],
      originalMessageId: '<intro.ffe012@mentorbox.library.example.org>',
      hard: true,
      verpKey: null,
    });
  });

  it('a delay warning (4.x.x, delayed) is soft', async () => {
    const info = bounceInfo(await fixture('bounce-delayed-dsn.eml'));
    expect(info?.recipients).toEqual([{ address: 'librarian@slow-mail.example.ug', status: '4.4.1', action: 'delayed' }]);
    expect(info?.hard).toBe(false);
    expect(info?.originalMessageId).toBe('<ack.c0ffee@mentorbox.library.example.org>');
  });

  it('a terse bounce to a VERP address gives the key and a hard status from its text', async () => {
    const info = bounceInfo(await fixture('bounce-verp-plain.eml'));
    expect(info).toMatchObject({ verpKey: '9f3a11c2', hard: true, recipients: [] });
  });

  it('is null for a read receipt and for a person', async () => {
    expect(bounceInfo(await fixture('read-receipt-mdn.eml'))).toBeNull();
    expect(bounceInfo(await fixture('human-outlook-reply-xars.eml'))).toBeNull();
    expect(bounceInfo(await fixture('auto-reply-exchange-oof.eml'))).toBeNull();
  });
});

describe('parseDeliveryStatus', () => {
  it('takes the status from the diagnostic code when Status is missing, and unfolds fields', () => {
    const body = [
      'Reporting-MTA: dns; mx.example.org',
      '',
      'Final-Recipient: rfc822; A.User@Example.org',
      'Action: failed',
      'Diagnostic-Code: smtp; 550 Requested action not taken:',
      '  mailbox unavailable',
      '',
      'Original-Recipient: rfc822; b@example.org',
      'Final-Recipient: rfc822; c@example.org',
      'Action: delivered',
      'Status: 2.0.0',
    ].join('\r\n');
    expect(parseDeliveryStatus(body)).toEqual([
      { address: 'a.user@example.org', status: '5.0.0', action: 'failed' },
      { address: 'c@example.org', status: '2.0.0', action: 'delivered' },
    ]);
  });
});
