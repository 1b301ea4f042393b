// SPDX-License-Identifier: MIT
// The catalog through `tokhai validate`, the same gate `npm run check:forms` runs in CI: every definition compiles
// with the strict (recheck) pattern check and the administrative-unit data, every bundle's members and shared
// pointers resolve, and every fixture gives the declared result with ajv AND the eval-free interpreter, which
// must agree (same verdict, same error pointers). A failure prints the problems as `file#/pointer  message`.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatProblem, formatSummary, validateCatalog } from '@tokhai/cli';

const FORMS_DIR = fileURLToPath(new URL('.', import.meta.url));

/** The form and bundle ids the team agreed on (team brief, "Shared vocabulary"). */
const AGREED_FORMS = [
  'vn.bca.driving-licence-renewal',
  'vn.bca.residence-change-ct01',
  'vn.bhxh.health-insurance-under6',
  'vn.moj.birth-registration',
  'vn.moj.death-registration',
  'vn.moj.judicial-record-request',
];

describe('the form catalog under tokhai validate', { timeout: 120_000 }, () => {
  it('has no problem: definitions, bundles, and every fixture in both engines', async () => {
    const report = await validateCatalog([FORMS_DIR]);
    expect(report.problems.map(formatProblem), formatSummary(report.summary)).toEqual([]);
    expect(report.ok).toBe(true);
    expect(report.summary.bundles).toBeGreaterThanOrEqual(2);
    expect(report.summary.invalidFixtures).toBeGreaterThanOrEqual(report.summary.forms);
    expect([...report.forms.keys()]).toEqual(expect.arrayContaining(AGREED_FORMS));
  });
});
