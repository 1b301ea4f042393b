// SPDX-License-Identifier: MIT
/**
 * The submission `tk-submit` carries, built by code loaded on the first submit (`build-submission.ts`; in the
 * bundle, a chunk beside `tokhai.bundle.js`): a citizen who only opens and fills in a form never needs it.
 */
import type { CompiledForm, Locale, Submission } from '@tokhai/core';
import type { DraftPrefill } from '../drafts/draft-store.js';
import { issueWarning } from '../internal/dev-mode.js';
import { once } from '../internal/lazy.js';

/** What the submission is made of. */
export interface SubmissionInput {
  compiled: CompiledForm;
  data: unknown;
  locale: Locale;
  prefill: DraftPrefill;
  assisted?: { officerId: string; confirmedAt: string };
  kiosk: boolean;
  now?: Date;
}

const loadBuilder = once(() => import('./build-submission.js'));

/**
 * The submission: core's prepared data (hidden stripped, computed in) plus provenance, consent and modes.
 * Resolves to `undefined` when its code cannot be loaded (a dev-mode warning says why; the next submit tries again).
 */
export async function buildSubmission(input: SubmissionInput): Promise<Submission | undefined> {
  try {
    return (await loadBuilder()).buildSubmission(input);
  } catch (error) {
    issueWarning('submission-not-loaded', `The submission code could not be loaded: ${String(error)}`);
    return undefined;
  }
}
