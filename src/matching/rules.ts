/**
 * The hard rules: a pair that breaks any of them is never suggested. Each rule is a named check
 * plus the refusal in plain words, so "no suggestion" can always be explained; the check alone is
 * what runs for the 300,000 pairs of a whole assignment.
 */
import { AREAS, type Area } from '../statement/types.js';
import { languageName } from './languages.js';
import type { Profile, RuleFailure, RuleId } from './types.js';

export interface PairContext {
  /** Mentees the mentor has now. */
  mentorLoad: number;
  menteeMatched: boolean;
}

interface Rule {
  id: RuleId;
  passes(mentor: Profile, mentee: Profile, ctx: PairContext): boolean;
  explain(mentor: Profile, mentee: Profile, ctx: PairContext): string;
}

/** What a coordinator's explicit MATCH may override: warnings, not refusals. */
export const OVERRIDABLE: ReadonlySet<RuleId> = new Set<RuleId>(['area', 'language', 'institution']);

/** In this order, so the first failure is the most basic reason a pair cannot be; capacity last, as it passes tomorrow. */
const RULES: Rule[] = [
  { id: 'role', passes: (m, e) => m.role === 'mentor' && e.role === 'mentee', explain: explainRole },
  { id: 'status', passes: (m, e) => m.inProgram && e.inProgram, explain: (m, e) => [m, e].filter((p) => !p.inProgram).map(whyOut).join('; ') },
  { id: 'matched', passes: (_m, _e, ctx) => !ctx.menteeMatched, explain: (_m, e) => `${e.ref} already has a mentor` },
  { id: 'area', passes: hasSharedArea, explain: (m, e) => `no shared area (mentor: ${areaList(m)}; mentee: ${areaList(e)})` },
  { id: 'language', passes: languageFits, explain: (m, e) => `no shared language (mentor: ${languageList(m)}; mentee: ${languageList(e)})` },
  { id: 'institution', passes: (m, e) => sameInstitution(m, e) === null, explain: (m, e) => sameInstitution(m, e) ?? '' },
  { id: 'capacity', passes: (m, _e, ctx) => ctx.mentorLoad < m.capacity, explain: (m, _e, ctx) => `${m.ref} already mentors ${ctx.mentorLoad} (capacity ${m.capacity})` },
];

export function pairFailures(mentor: Profile, mentee: Profile, ctx: PairContext): RuleFailure[] {
  return RULES.filter((r) => !r.passes(mentor, mentee, ctx)).map((r) => ({ rule: r.id, text: r.explain(mentor, mentee, ctx) }));
}

/** The first rule a pair breaks, without writing any message; null when every rule passes. */
export function firstFailure(mentor: Profile, mentee: Profile, ctx: PairContext): RuleId | null {
  for (const r of RULES) if (!r.passes(mentor, mentee, ctx)) return r.id;
  return null;
}

/** One side open to any area takes the other side's areas; both open share every area. */
export function sharedAreas(a: Profile, b: Profile): Area[] {
  if (a.anyArea && b.anyArea) {
    const listed = [...new Set([...a.areas, ...b.areas])];
    return listed.length > 0 ? listed : [...AREAS];
  }
  if (a.anyArea) return [...b.areas];
  if (b.anyArea) return [...a.areas];
  return a.areas.filter((x) => b.areas.includes(x));
}

function hasSharedArea(a: Profile, b: Profile): boolean {
  if (a.anyArea) return b.anyArea || b.areas.length > 0;
  if (b.anyArea) return a.areas.length > 0;
  return a.areas.some((x) => b.areas.includes(x));
}

export function sharedLanguages(a: Profile, b: Profile): string[] {
  return a.languages.filter((l) => b.languages.includes(l));
}

/** Unknown languages (no readable statement) are not a refusal: nobody can tell, a coordinator will. */
function languageFits(a: Profile, b: Profile): boolean {
  return a.languages.length === 0 || b.languages.length === 0 || a.languages.some((l) => b.languages.includes(l));
}

/** The refusal when both work at one place (same institution, or the same non-free-mail domain). */
function sameInstitution(m: Profile, e: Profile): string | null {
  if (m.institutionKey !== null && m.institutionKey === e.institutionKey) return `same institution (${m.institution ?? m.institutionKey})`;
  if (m.orgDomain !== null && m.orgDomain === e.orgDomain) return `same institution (both write from ${m.orgDomain})`;
  return null;
}

function explainRole(mentor: Profile, mentee: Profile): string {
  const unclear = [mentor, mentee].find((p) => p.role === 'unclear');
  if (unclear) return `${unclear.ref}'s role is unclear`;
  if (mentor.role === mentee.role) return `${mentor.ref} and ${mentee.ref} are both ${mentor.role}s`;
  return `${mentor.ref} is a ${mentor.role} and ${mentee.ref} a ${mentee.role}`;
}

function whyOut(p: Profile): string {
  if (p.undeliverable) return `mail to ${p.ref} bounces`;
  if (p.status === 'late') return `${p.ref} applied late`;
  return p.status ? `${p.ref} is ${p.status}` : `${p.ref} is not in the program`;
}

function areaList(p: Profile): string {
  if (p.anyArea) return 'any area';
  return p.areas.length > 0 ? p.areas.join(', ') : 'none given';
}

function languageList(p: Profile): string {
  return p.languages.map(languageName).join(', ');
}
