import { header, headerAll, type InboundMessage } from '../inbound.js';
import { addressesIn } from './address.js';

type Msg = Pick<InboundMessage, 'headers' | 'from'>;

const has = (msg: Msg, name: string): boolean => headerAll(msg, name).length > 0;

/** Headers only list servers add (RFC 2369/2919, Mailman, Google Groups, ezmlm, Sympa). */
const LIST_HEADERS = ['list-id', 'list-post', 'x-beenthere', 'mailing-list', 'x-mailman-version', 'x-google-group-id', 'x-ezmlm-version'];

/**
 * Mail relayed by a mailing list. Also Mailman's and Google Groups' DMARC From-rewrite
 * (`'Someone' via The List`) when the original sender is kept in X-Original-From / X-MailFrom.
 */
export function isListMail(msg: Msg): boolean {
  if (LIST_HEADERS.some((name) => has(msg, name))) return true;
  return isViaRewrite(msg);
}

/** `'Jane' via The List <list@…>` with Jane's own address kept in X-Original-From / X-MailFrom. */
function isViaRewrite(msg: Msg): boolean {
  const from = msg.from;
  if (!from || !/\S\s+via\s+\S/.test(from.name)) return false;
  const originals = ['x-original-from', 'x-mailfrom', 'x-original-sender'].flatMap((name) => headerAll(msg, name).flatMap(addressesIn));
  return originals.some((address) => address !== from.address);
}

/** Headers of bulk-mail services (campaign ids, abuse-report links of ESPs). */
const BULK_HEADERS = [
  'x-campaign',
  'x-campaignid',
  'x-campaign-id',
  'x-mc-user',
  'x-mailchimp-campaign',
  'x-mailjet-campaign',
  'x-sib-id',
  'x-csa-complaints',
  'x-newsletter',
  'x-rpcampaign',
  'x-sg-eid',
  'x-mailgun-tag',
];

const BULK_MAILERS = /mailchimp|mandrill|sendinblue|brevo|constant ?contact|campaign ?monitor|mailjet|phplist|sendgrid|hubspot|mailerlite|acumbamail|getresponse|klaviyo|aweber|salesforce marketing|exacttarget|marketo|mailpoet|acymailing/i;

/**
 * Newsletters and other bulk senders: an ESP's campaign headers or X-Mailer, or a List-Unsubscribe
 * (no person's mail client adds one).
 */
export function isBulkSender(msg: Msg): boolean {
  if (BULK_HEADERS.some((name) => has(msg, name))) return true;
  if (BULK_MAILERS.test(header(msg, 'x-mailer') ?? '')) return true;
  return has(msg, 'list-unsubscribe');
}
