import type { Db } from '../db/db.js';
import { loadPool } from '../matching/pool.repository.js';
import type { Profile } from '../matching/index.js';
import { addToOutbox } from '../outgoing/outbox.repository.js';
import { noEffects, type Effects, type ProgramDeps } from '../program/effects.js';
import type { Area } from '../statement/types.js';

export interface AreaDigest {
  area: Area;
  mentees: Profile[];
  mentors: { mentor: Profile; free: number }[];
}

/** Unmatched mentees and mentors with free places in one area: what its chair can act on this week. */
export function areaDigest(area: Area, o: { mentees: Profile[]; mentors: Profile[]; loads: ReadonlyMap<number, number>; matchedMentees: ReadonlySet<number> }): AreaDigest {
  const inArea = (p: Profile): boolean => p.inProgram && p.areas.includes(area);
  return {
    area,
    mentees: o.mentees.filter((p) => inArea(p) && !o.matchedMentees.has(p.id)),
    mentors: o.mentors
      .filter(inArea)
      .map((mentor) => ({ mentor, free: mentor.capacity - (o.loads.get(mentor.id) ?? 0) }))
      .filter((m) => m.free > 0),
  };
}

const line = (p: Profile): string => `  ${p.ref}  ${p.name ?? p.email}${p.country ? `, ${p.country}` : ''} <${p.email}>`;

/** The weekly mail to each area's chairs; an area with nothing open sends nothing. Once per area, chair and day. */
export async function queueAreaDigests(deps: ProgramDeps, db: Db, now: Date): Promise<Effects> {
  const c = deps.config;
  const areas = Object.keys(c.areaChairs) as Area[];
  if (areas.length === 0) return noEffects();
  const pool = await loadPool(db, c, now);
  const effects = noEffects();
  const day = now.toISOString().slice(0, 10);
  for (const area of areas) {
    const d = areaDigest(area, pool);
    if (d.mentees.length === 0 && d.mentors.length === 0) continue;
    const view = {
      programName: c.PROGRAM_NAME,
      area,
      menteeCount: d.mentees.length,
      mentorCount: d.mentors.length,
      menteeLines: d.mentees.map(line).join('\n'),
      mentorLines: d.mentors.map((m) => `${line(m.mentor)}  (${m.free} free place${m.free === 1 ? '' : 's'})`).join('\n'),
      coordinators: c.COORDINATORS.join(', ') || c.PROGRAM_ADDRESS,
    };
    for (const to of c.areaChairs[area] ?? []) {
      const outbox = await addToOutbox(
        db,
        { idempotencyKey: `area-digest:${area}:${day}:${to}`, kind: 'area-digest', template: 'area-digest', to, replyTo: null, rendered: deps.render('area-digest', view), threadId: null, applicantId: null, answersMessageRowId: null, inReplyTo: null, references: [] },
        c.programDomain,
      );
      if (outbox.created) effects.outboxIds.push(outbox.id);
    }
  }
  return effects;
}
