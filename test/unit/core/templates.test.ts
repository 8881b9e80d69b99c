import { describe, expect, it } from 'vitest';
import { ackView } from '../../../src/intake/ack.js';
import { loadTemplates } from '../../../src/outgoing/render.js';
import type { Statement } from '../../../src/statement/types.js';

const render = loadTemplates();
const statement: Statement = { status: 'ok', text: '', source: 'body', filename: null, mediaType: 'text/plain', nested: false, detail: null };
const view = (over: { role?: string; areas?: string[] } = {}) =>
  ackView({
    applicant: { ref: 'A-0001', name: 'Ana Pérez', role: over.role ?? 'mentor', areas: over.areas ?? ['Europe'], institution: null, country: 'Spain' },
    statement,
    version: 2,
    subject: 'Re: Solicitud',
    fromName: 'Ana',
    programName: 'Test Program',
    programAddress: 'p@program.test',
    deadline: new Date('2025-01-31T23:59:59Z'),
    late: false,
  });

describe('rendered acknowledgements read well as plain text', () => {
  for (const name of ['ack', 'ack-updated', 'ack-late', 'statement-unreadable']) {
    for (const v of [view(), view({ role: 'unclear', areas: [] })]) {
      it(`${name} keeps paragraphs apart (role ${v.roleLabel})`, () => {
        const { subject, text, html } = render(name, v);
        expect(subject).toMatch(/^Re: Solicitud( \[A-0001\])?$/);
        // Every paragraph break is one blank line: none glued together, none doubled.
        expect(text).not.toMatch(/[a-z.)][A-Z][a-z]+ anything above/);
        expect(text).not.toMatch(/\n{3,}/);
        expect(text).toMatch(/\n\nWith kind regards,\nThe Test Program team\np@program.test\n$/);
        if (name !== 'statement-unreadable') expect(text).toMatch(/\n\nIf anything above is wrong/);
        expect(html).toContain('Ana Pérez');
      });
    }
  }
});
