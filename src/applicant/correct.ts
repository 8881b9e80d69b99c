import type { ApplicantRow } from '../db/schema.js';
import { AREAS, type Area } from '../statement/types.js';
import type { Correction } from '../reply/intent/correction.js';

export interface FieldChange {
  field: 'name' | 'role' | 'areas' | 'institution' | 'country';
  old: unknown;
  new: unknown;
}

type Correctable = Pick<ApplicantRow, 'name' | 'role' | 'areas' | 'institution' | 'country'>;

function nextAreas(current: string[], c: Correction): string[] | null {
  if (c.areas) return c.areas;
  if (!c.areasAdd && !c.areasRemove) return null;
  const set = new Set<string>(current);
  for (const a of c.areasAdd ?? []) set.add(a);
  for (const a of c.areasRemove ?? []) set.delete(a);
  return AREAS.filter((a: Area) => set.has(a));
}

/** The changes a correction makes to the record; values restated unchanged are not changes. */
export function correctionChanges(current: Correctable, c: Correction): FieldChange[] {
  const changes: FieldChange[] = [];
  const areas = nextAreas(current.areas, c);
  if (c.name && c.name !== current.name) changes.push({ field: 'name', old: current.name, new: c.name });
  if (c.role && c.role !== current.role) changes.push({ field: 'role', old: current.role, new: c.role });
  if (areas && areas.join('|') !== current.areas.join('|')) changes.push({ field: 'areas', old: current.areas, new: areas });
  if (c.institution && c.institution !== current.institution) changes.push({ field: 'institution', old: current.institution, new: c.institution });
  if (c.country && c.country !== current.country) changes.push({ field: 'country', old: current.country, new: c.country });
  return changes;
}

const LABEL: Record<FieldChange['field'], string> = { name: 'name', role: 'role', areas: 'areas', institution: 'institution', country: 'country' };

export function describeChanges(changes: FieldChange[]): string {
  if (changes.length === 0) return 'Your record already showed what you wrote, so nothing needed changing.';
  return `We changed your ${changes.map((c) => LABEL[c.field]).join(', ').replace(/, ([^,]*)$/, ' and $1')}.`;
}
