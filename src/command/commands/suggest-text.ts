import type { AssignmentPair, AssignmentQuality, Profile, RuleId, Scored } from '../../matching/index.js';

const RULE_WORDS: Record<RuleId, string> = {
  role: 'not a mentor',
  status: 'not in the program',
  capacity: 'full',
  matched: 'already matched',
  area: 'share no area',
  language: 'share no language',
  institution: 'same institution',
};

/** "4 share no area, 2 full": why nobody was suggested. */
export function excludedText(excluded: ReadonlyMap<RuleId, number>): string {
  const parts = [...excluded.entries()].filter(([, n]) => n > 0).sort((a, b) => b[1] - a[1]).map(([rule, n]) => `${n} ${RULE_WORDS[rule]}`);
  return parts.length > 0 ? parts.join(', ') : 'there are no mentors yet';
}

/** One numbered entry per suggestion: who, score, reasons in plain words, and the command to accept it. */
export function suggestionLines(items: { other: Profile; scored: Scored; match: string }[]): string[] {
  return items.flatMap((s, i) => [
    `${i + 1}. ${s.other.ref} ${s.other.name ?? s.other.email} <${s.other.email}>${s.other.country ? `, ${s.other.country}` : ''} (score ${s.scored.score.toFixed(2)})`,
    `   ${s.scored.reasons.join('; ') || 'no particular reason beyond the rules'}`,
    `   ${s.match}`,
  ]);
}

const pct = (x: number): string => `${Math.round(x * 100)}%`;

export function batchText(id: string, pairs: AssignmentPair[], q: AssignmentQuality, byId: ReadonlyMap<number, Profile>, maxListed: number): string {
  const ref = (pid: number): string => {
    const p = byId.get(pid);
    return p ? `${p.ref} ${p.name ?? p.email}` : String(pid);
  };
  const load = Object.entries(q.mentorLoad).sort(([a], [b]) => Number(a) - Number(b)).map(([n, count]) => `${count} with ${n}`).join(', ');
  const lines = [
    `Proposal ${id}: ${q.matched} of ${q.mentees} unmatched mentee(s) get a mentor (${pct(q.shareMatched)}).`,
    q.lowestScore === null ? '' : `Lowest pair score ${q.lowestScore.toFixed(2)}, mean ${q.meanScore!.toFixed(2)}.`,
    `Mentors by number of mentees afterwards: ${load || 'none'}.`,
    '',
    'Per area (free mentor places / unmatched mentees / matched here):',
    ...q.areas.map((a) => `  ${a.area}: ${a.mentorPlaces} / ${a.mentees} / ${a.matched}`),
  ];
  if (q.unmatched.length > 0) {
    lines.push('', 'Left without a mentor:', ...q.unmatched.slice(0, maxListed).map((u) => `  ${ref(u.menteeId)}: ${u.why}`));
  }
  lines.push('', 'Pairs (mentor → mentee, score: reasons):');
  for (const p of pairs.slice(0, maxListed)) lines.push(`  ${ref(p.mentorId)} → ${ref(p.menteeId)}  ${p.score.toFixed(2)}: ${p.reasons.join('; ')}`);
  if (pairs.length > maxListed) lines.push(`  … and ${pairs.length - maxListed} more in the attached CSV`);
  lines.push('', `Nothing is matched yet. To confirm every pair: MATCH ALL ${id}`, 'Or confirm single pairs with MATCH A-… A-…; the whole proposal is attached as CSV.');
  return lines.join('\n').replace(/\n{3,}/g, '\n\n');
}
