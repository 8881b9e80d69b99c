/** The shapes the matching core takes and gives. Pure data: no database rows, no IO. */
import type { Area } from '../statement/types.js';

/** An applicant as the database knows them; buildProfiles reads everything matching needs from it. */
export interface ProfileInput {
  id: number;
  ref: string;
  name: string | null;
  email: string;
  /** 'mentor' | 'mentee' | 'unclear'; anything else counts as unclear. */
  role: string;
  areas: Area[];
  institution: string | null;
  /** English country name, as in COUNTRIES, or null. */
  country: string | null;
  /** ISO 639-1 code of the statement text. */
  language: string | null;
  /** 'received' | 'accepted' | 'late' | 'declined' | 'withdrawn' */
  status: string;
  undeliverable: boolean;
  statementText: string;
  /** Set by a coordinator; wins over what the statement says. */
  capacityOverride: number | null;
}

/** Everything matching needs about one applicant, computed once per run. */
export interface Profile {
  id: number;
  ref: string;
  name: string | null;
  email: string;
  role: 'mentor' | 'mentee' | 'unclear';
  areas: Area[];
  /** The statement says any area, or all regions, will do. */
  anyArea: boolean;
  /** ISO 639-1 codes: the statement's language first (when known), then languages the text names. */
  languages: string[];
  country: string | null;
  /** Hours from UTC, one representative offset for the country (standard time). */
  utcOffset: number | null;
  /** Institution name folded for comparison; the parent organisation when the name has one. */
  institutionKey: string | null;
  /** The institution as written, for messages ("same institution (Keio University)"). */
  institution?: string | null;
  /** The e-mail's organisation domain (keio.ac.jp), null for free-mail providers. */
  orgDomain: string | null;
  /** Mentees a mentor takes in all (override ?? statement ?? default); 1 for mentees. */
  capacity: number;
  experienceYears: number | null;
  /** Received or accepted, and mail to them is delivered. */
  inProgram: boolean;
  /** The applicant's status and bounce flag, kept to say why someone is not in the program. */
  status?: string;
  undeliverable?: boolean;
}

export interface Similarity {
  /** Cosine of the two statements' weighted term vectors, 0..1; 0 for an unknown id. */
  score(aId: number, bId: number): number;
  /** The terms that contribute most to the score, bigrams first among equals, as written in a's text. */
  sharedTerms(aId: number, bId: number, n: number): string[];
}

export type RuleId = 'role' | 'status' | 'capacity' | 'matched' | 'area' | 'language' | 'institution';

export interface RuleFailure {
  rule: RuleId;
  /** Plain words for a coordinator: 'no shared area (mentor: Europe; mentee: Africa)'. */
  text: string;
}

export interface Scored {
  mentorId: number;
  menteeId: number;
  /** 0..1, higher is better. */
  score: number;
  /** Plain words, most important first, at most five. */
  reasons: string[];
}

export interface Suggestion extends Scored {
  mentor: Profile;
}

export interface AssignmentPair extends Scored {
  /** 0-based capacity slot of the mentor this pair uses (existing mentees take the first slots). */
  slot: number;
}

export interface AreaSupply {
  area: Area;
  /** Free mentor places before the assignment (a mentor open to any area counts in every area). */
  mentorPlaces: number;
  /** Mentees waiting for a mentor before the assignment. */
  mentees: number;
  /** Of those, matched by the assignment. */
  matched: number;
}

export interface AssignmentQuality {
  /** Mentees in the program, not yet matched. */
  mentees: number;
  matched: number;
  shareMatched: number;
  lowestScore: number | null;
  meanScore: number | null;
  /** Mentors by load after the assignment (existing load counted): "0" → mentors with none … */
  mentorLoad: Record<string, number>;
  areas: AreaSupply[];
  unmatched: { menteeId: number; why: string }[];
}
