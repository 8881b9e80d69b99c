import { describe, expect, it } from 'vitest';

describe('a "Name:" line that carries the affiliation', () => {
  it('gives the country at its end', async () => {
    const { extractFields } = await import('../../../src/statement/fields/index.js');
    const statement = 'Expression of Interest\n\nName: Zoe Marlowe-Okafor, Senior Librarian, Harbour City Public Library, Cape Town, South Africa.\n\nI would like to join as a mentee.';
    expect(extractFields({ statement, body: '', subject: '', fromName: null, fromAddress: 'z@example.org' }).country).toBe('South Africa');
  });
});
