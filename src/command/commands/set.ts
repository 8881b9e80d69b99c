import { AREAS, type Area } from '../../statement/types.js';
import { findApplicant } from '../applicants.js';
import { changeApplicant, type ApplicantPatch } from '../changes.js';
import { fail, ok, type CommandHandler } from '../context.js';

const ROLES = ['mentor', 'mentee', 'unclear'];

export function areasFrom(value: string): { areas: Area[]; unknown: string[] } {
  const parts = value.split(/[;,]|\band\b/).map((p) => p.trim()).filter(Boolean);
  const areas: Area[] = [];
  const unknown: string[] = [];
  for (const p of parts) {
    const hit = AREAS.find((a) => a.toLowerCase() === p.toLowerCase());
    if (hit) areas.push(hit);
    else unknown.push(p);
  }
  return { areas: AREAS.filter((a) => areas.includes(a)), unknown };
}

/** `SET ref role=… areas=… name=… institution=… country=… capacity=…`. */
export const set: CommandHandler = async (cmd, ctx) => {
  const found = await findApplicant(ctx, cmd.refs);
  if ('error' in found) return fail(found.error);
  const patch: ApplicantPatch = {};
  const o = cmd.options;
  if (o.role !== undefined) {
    if (!ROLES.includes(o.role.toLowerCase())) return fail(`role must be one of ${ROLES.join(', ')}`);
    patch.role = o.role.toLowerCase();
  }
  if (o.areas !== undefined) {
    const { areas, unknown } = areasFrom(o.areas);
    if (unknown.length > 0) return fail(`unknown area(s): ${unknown.join(', ')}. The areas are: ${AREAS.join('; ')}`);
    patch.areas = areas;
  }
  for (const key of ['name', 'institution', 'country'] as const) if (o[key]) patch[key] = o[key];
  if (o.capacity !== undefined) {
    const n = Number(o.capacity);
    if (!Number.isInteger(n) || n < 1 || n > 20) return fail('capacity is the number of mentees a mentor takes: 1 to 20');
    patch.capacity = n;
  }
  if (Object.keys(patch).length === 0) return fail('nothing to set: use role=, areas=, name=, institution=, country= or capacity=');
  const updated = await changeApplicant(ctx, found.applicant, patch);
  return ok(`${updated.ref} updated: ${Object.entries(patch).map(([k, v]) => `${k}=${Array.isArray(v) ? v.join('; ') : v}`).join(', ')}`);
};
