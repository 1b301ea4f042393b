// SPDX-License-Identifier: MIT
// What the browser computes is what the server recomputes: `<tk-form>` evaluates computed values with
// `now: submittedAt` (packages/elements/src/form/build-submission.ts), and core's contract says the server uses the
// submission's `submittedAt` too (models/compiled-form.ts, `EvaluateOptions.now`).
import { describe, expect, it } from 'vitest';
import { compileForm } from '@tokhai/core';
import type { FormDefinition } from '@tokhai/core';
import { ajvEngine } from '@tokhai/core/ajv';
import { verifySubmission } from './verify.js';
import { definition, validSubmission, vneidKeys } from './test/fixture-form.js';

/** The fixture with a fee that depends on the submission date: free until the end of 2026, 8,000 a copy after. */
const dated: FormDefinition = {
  ...definition,
  computed: [{ target: '/fee', expr: { if: [{ '<': [{ var: '$now' }, '2027-01-01'] }, 0, { '*': [{ var: 'copies' }, 8000] }] } }],
};
const form = compileForm(dated, { engine: ajvEngine() });
const keys = () => ({ vneid: vneidKeys.publicKey });

/** The submission exactly as build-submission.ts makes it: data evaluated with `now: submittedAt`. */
async function browserSubmission(submittedAt: string) {
  const s = await validSubmission({ submittedAt });
  s.data = form.evaluate(s.data, { now: submittedAt }).submission as typeof s.data;
  return s;
}

/** These submissions are dated in 2027 (to cross the rule's date): the clock check is not what is tested here. */
const ANY_TIME = { maxClockSkew: Number.POSITIVE_INFINITY };

describe('verifySubmission: browser/server parity of computed values', () => {
  it('recomputes $now-dependent values with the submission date, as the browser did', async () => {
    for (const submittedAt of ['2026-11-24T08:00:00.000Z', '2027-03-01T08:00:00.000Z']) {
      const s = await browserSubmission(submittedAt);
      const r = await verifySubmission(form, s, { keys: keys(), ...ANY_TIME });
      expect(r.ok ? r.envelope.data : r.errors).toEqual(s.data);
    }
  });

  it('still refuses a $now-dependent value the client changed', async () => {
    const s = await browserSubmission('2027-03-01T08:00:00.000Z');
    expect(s.data.fee).toBe(16000);
    s.data.fee = 0;
    await expect(verifySubmission(form, s, { keys: keys(), ...ANY_TIME })).resolves.toMatchObject({
      ok: false, reason: 'computed-mismatch', errors: [{ pointer: '/fee', params: { expected: 16000, actual: 0 } }],
    });
  });
});
