import type { ApplicantRow } from '../db/schema.js';
import type { Area, Role, StatementFields, StatementStatus } from '../statement/types.js';

/**
 * The domain shape of an applicant (the export format); ApplicantRow is the table's. Its fields are
 * what a statement yields, plus identity and status.
 */
export interface Applicant extends StatementFields {
  id: number;
  ref: string;
  email: string;
  /** received | late | accepted | declined | withdrawn */
  status: string;
  statementStatus: StatementStatus;
  undeliverable: boolean;
  createdAt: string;
  updatedAt: string;
}

export function toApplicant(row: ApplicantRow): Applicant {
  return {
    id: row.id,
    ref: row.ref,
    email: row.email,
    name: row.name,
    role: row.role as Role,
    areas: row.areas as Area[],
    institution: row.institution,
    country: row.country,
    language: row.language,
    status: row.status,
    statementStatus: row.statement_status as StatementStatus,
    undeliverable: row.undeliverable,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}

/**
 * What a new statement version changes. A field the new statement does not yield keeps its earlier
 * value: an unreadable resubmission must not wipe a good first statement.
 */
export function mergeFields(previous: Pick<ApplicantRow, 'name' | 'role' | 'areas' | 'institution' | 'country' | 'language'>, next: StatementFields, readable: boolean) {
  if (!readable) return { name: previous.name ?? next.name };
  return {
    name: next.name ?? previous.name,
    role: next.role !== 'unclear' ? next.role : previous.role,
    areas: next.areas.length > 0 ? [...next.areas] : previous.areas,
    institution: next.institution ?? previous.institution,
    country: next.country ?? previous.country,
    language: next.language ?? previous.language,
  };
}

export function isReadable(status: StatementStatus): boolean {
  return status === 'ok' || status === 'ocr';
}
