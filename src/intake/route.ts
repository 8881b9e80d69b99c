import type { InboundMessage } from '../message/inbound.js';
import { isProgramAddress, keyFromAddress } from '../thread/key.js';
import { isCoordinator as isCoordinatorAddress } from '../command/auth/index.js';

export type Folder = 'processed' | 'ignored' | 'review' | 'threads' | 'feedback';

export interface RouteContext {
  programAddresses: string[];
  delimiter: string;
  coordinators: string[];
}

/** Thread keys found in our reply addresses among To, Cc and Delivered-To. */
export function threadKeysIn(msg: InboundMessage, ctx: RouteContext): string[] {
  const addresses = [...msg.to.map((a) => a.address), ...msg.cc.map((a) => a.address), ...msg.deliveredTo];
  const keys = new Set<string>();
  for (const address of addresses) {
    for (const program of ctx.programAddresses) {
      const key = keyFromAddress(address, program, ctx.delimiter);
      if (key) keys.add(key);
    }
  }
  return [...keys];
}

export function isCoordinator(msg: InboundMessage, ctx: RouteContext): boolean {
  return msg.from !== null && isCoordinatorAddress(msg.from.address, ctx.coordinators);
}

/**
 * The program is only copied on a conversation between people (a mentor's first mail to a mentee,
 * with the program in Cc): that is never an application, whatever the words in it.
 */
export function isCopiedConversation(msg: InboundMessage, ctx: RouteContext): boolean {
  const isProgram = (address: string): boolean => ctx.programAddresses.some((p) => isProgramAddress(address, p, ctx.delimiter));
  const toProgram = msg.to.some((a) => isProgram(a.address));
  const ccProgram = msg.cc.some((a) => isProgram(a.address));
  const otherPeople = msg.to.filter((a) => !isProgram(a.address) && a.address !== msg.from?.address);
  return !toProgram && ccProgram && otherPeople.length > 0;
}

/** Mail dated in the future (a wrong clock, a forged header) counts from when we received it. */
export function effectiveDate(msg: Pick<InboundMessage, 'date'>, receivedAt: Date): Date {
  if (!msg.date) return receivedAt;
  return msg.date.getTime() > receivedAt.getTime() + 24 * 3600 * 1000 ? receivedAt : msg.date;
}

export function isLate(at: Date, deadline: Date | null): boolean {
  return deadline !== null && at.getTime() > deadline.getTime();
}
