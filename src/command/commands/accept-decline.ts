import { findApplicant } from '../applicants.js';
import { changeApplicant } from '../changes.js';
import { fail, ok, type CommandHandler } from '../context.js';

/** `ACCEPT ref` — a late applicant joins the program. */
export const accept: CommandHandler = async (cmd, ctx) => {
  const found = await findApplicant(ctx, cmd.refs);
  if ('error' in found) return fail(found.error);
  if (found.applicant.status === 'accepted' || found.applicant.status === 'received') return ok(`${found.applicant.ref} is already in the program (${found.applicant.status}).`);
  const updated = await changeApplicant(ctx, found.applicant, { status: 'accepted' });
  return ok(`${updated.ref} accepted: now in the program (was ${found.applicant.status}).`);
};

/** `DECLINE ref` — the applicant is not taken into the program. */
export const decline: CommandHandler = async (cmd, ctx) => {
  const found = await findApplicant(ctx, cmd.refs);
  if ('error' in found) return fail(found.error);
  if (found.applicant.status === 'declined') return ok(`${found.applicant.ref} was already declined.`);
  const updated = await changeApplicant(ctx, found.applicant, { status: 'declined' });
  return ok(`${updated.ref} declined (was ${found.applicant.status}).`);
};
