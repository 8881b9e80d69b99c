/** The matching core: profiles, hard rules, soft score, suggestions and whole assignments. Pure; no IO. */
export type {
  AreaSupply,
  AssignmentPair,
  AssignmentQuality,
  Profile,
  ProfileInput,
  RuleFailure,
  RuleId,
  Scored,
  Similarity,
  Suggestion,
} from './types.js';
export { buildProfile, buildProfiles, type ProfileOptions } from './profile.js';
export { buildSimilarity, type Statement } from './similarity.js';
export { firstFailure, OVERRIDABLE, pairFailures, sharedAreas, sharedLanguages, type PairContext } from './rules.js';
export { pairScore, scorePair } from './score.js';
export { WEIGHTS } from './weights.js';
export { suggestMentors, type Suggestions } from './suggest.js';
export { assignAll, SLOT_PENALTY } from './assign.js';
export { minCostAssignment } from './hungarian.js';
export { languageName, readLanguages } from './languages.js';
export { statedCapacity } from './capacity.js';
export { readAnyArea } from './any-area.js';
export { experienceYears } from './experience.js';
export { hoursApart, utcOffsetOf, workdayOverlap } from './timezone.js';
export { institutionKey, orgDomain } from './institution.js';
