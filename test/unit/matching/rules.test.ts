import { describe, expect, it } from 'vitest';
import { OVERRIDABLE, pairFailures, sharedAreas, type ProfileInput } from '../../../src/matching/index.js';
import { build, mentee, mentor } from './pool.js';

const free = { mentorLoad: 0, menteeMatched: false };

/** The failures of mentor 1 with mentee 2, built from the two inputs. */
function failuresOf(m: Partial<ProfileInput>, e: Partial<ProfileInput>, ctx = free) {
  const pool = build([mentor(1, m), mentee(2, e)]);
  return pairFailures(pool.byId(1), pool.byId(2), ctx);
}

describe('pairFailures', () => {
  it('passes a mentor and a mentee who share an area and a language', () => {
    expect(failuresOf({}, {})).toEqual([]);
  });

  it('refuses two mentees, two mentors, an unclear role or the roles swapped', () => {
    expect(failuresOf({ role: 'mentee' }, {})).toEqual([{ rule: 'role', text: 'A-0001 and A-0002 are both mentees' }]);
    expect(failuresOf({}, { role: 'mentor' })).toEqual([{ rule: 'role', text: 'A-0001 and A-0002 are both mentors' }]);
    expect(failuresOf({}, { role: 'unclear' })).toEqual([{ rule: 'role', text: "A-0002's role is unclear" }]);
    expect(failuresOf({ role: 'mentee' }, { role: 'mentor' })[0]?.text).toBe('A-0001 is a mentee and A-0002 a mentor');
  });

  it('refuses anyone out of the program, saying why', () => {
    expect(failuresOf({}, { status: 'withdrawn' })).toEqual([{ rule: 'status', text: 'A-0002 is withdrawn' }]);
    expect(failuresOf({ status: 'late' }, {})[0]?.text).toBe('A-0001 applied late');
    expect(failuresOf({ undeliverable: true }, { status: 'declined' })[0]?.text).toBe('mail to A-0001 bounces; A-0002 is declined');
  });

  it('refuses a full mentor and a mentee who already has one', () => {
    expect(failuresOf({ capacityOverride: 2 }, {}, { mentorLoad: 2, menteeMatched: false })).toEqual([
      { rule: 'capacity', text: 'A-0001 already mentors 2 (capacity 2)' },
    ]);
    expect(failuresOf({}, {}, { mentorLoad: 0, menteeMatched: true })).toEqual([{ rule: 'matched', text: 'A-0002 already has a mentor' }]);
  });

  it('names both sides when no area is shared', () => {
    expect(failuresOf({ areas: ['Europe'] }, { areas: ['Africa'] })).toEqual([
      { rule: 'area', text: 'no shared area (mentor: Europe; mentee: Africa)' },
    ]);
  });

  it('refuses a pair with no shared language, but not one whose languages are unknown', () => {
    expect(failuresOf({ language: 'en' }, { language: 'es' })).toEqual([
      { rule: 'language', text: 'no shared language (mentor: English; mentee: Spanish)' },
    ]);
    expect(failuresOf({ language: 'en', statementText: 'I also speak Spanish.' }, { language: 'es' })).toEqual([]);
    expect(failuresOf({ language: 'en' }, { language: null })).toEqual([]);
  });

  it('refuses colleagues: the same institution or the same organisation mail domain', () => {
    expect(failuresOf({ institution: 'Keio University' }, { institution: 'Keio University, Mita Media Center' })).toEqual([
      { rule: 'institution', text: 'same institution (Keio University)' },
    ]);
    expect(failuresOf({ email: 'a@lib.keio.ac.jp' }, { email: 'b@keio.ac.jp' })).toEqual([
      { rule: 'institution', text: 'same institution (both write from keio.ac.jp)' },
    ]);
    expect(failuresOf({ email: 'a@gmail.com' }, { email: 'b@gmail.com' })).toEqual([]);
  });

  it('lists every failure, the most basic first', () => {
    const rules = failuresOf({ areas: ['Europe'], language: 'fr', capacityOverride: 1 }, { status: 'withdrawn', language: 'es' }, { mentorLoad: 1, menteeMatched: true }).map((f) => f.rule);
    expect(rules).toEqual(['status', 'matched', 'area', 'language', 'capacity']);
  });

  it('lets a coordinator override only area, language and institution', () => {
    expect([...OVERRIDABLE].sort()).toEqual(['area', 'institution', 'language']);
  });
});

describe('sharedAreas', () => {
  it('is the common areas, or the other side\'s areas when one side is open to any', () => {
    const pool = build([
      mentor(1, { areas: ['Africa', 'Europe'] }),
      mentee(2, { areas: ['Europe', 'Americas'] }),
      mentor(3, { areas: [], statementText: 'I am happy to work in any area.' }),
      mentee(4, { areas: ['Sister Libraries'] }),
      mentee(5, { areas: [], statementText: 'I have no regional preference.' }),
    ]);
    expect(sharedAreas(pool.byId(1), pool.byId(2))).toEqual(['Europe']);
    expect(sharedAreas(pool.byId(3), pool.byId(4))).toEqual(['Sister Libraries']);
    expect(sharedAreas(pool.byId(4), pool.byId(3))).toEqual(['Sister Libraries']);
    expect(sharedAreas(pool.byId(1), pool.byId(4))).toEqual([]);
    expect(sharedAreas(pool.byId(3), pool.byId(5))).toHaveLength(8);
    expect(pairFailures(pool.byId(3), pool.byId(4), free)).toEqual([]);
  });
});
