// SPDX-License-Identifier: MIT
/**
 * Assisted mode: an officer at a help point fills in the form for a citizen. Before submitting, the form needs the
 * officer's id (from the `officer-id` attribute, or typed here) and the citizen's explicit confirmation; both are
 * recorded in `submission.assisted`. Missing ones are ordinary errors: listed in the error summary, linked to
 * these controls, and announced like any field error.
 *
 * The errors stay here (a submission must never skip them); the fields' markup is `assisted-fields.ts`, loaded
 * on first use (`loadAssistedFields`): `<tk-form>` loads it when `assisted` is set, before rendering the fields.
 */
import { nothing, type TemplateResult } from 'lit';
import type { LocatedError } from '@tokhai/core';
import { once } from '../internal/lazy.js';
import type { Translation } from '../translations/vi.js';
import type { AssistedFieldsOptions } from './assisted-fields.js';
import type * as AssistedFieldsNs from './assisted-fields.js';

export type { AssistedFieldsOptions } from './assisted-fields.js';

/** Ids of the form's own controls (targets of the error summary). */
export const OFFICER_ID = 'tk-officer-id';
export const CONFIRM_ID = 'tk-citizen-confirm';

/** Keyword → control id of the errors `<tk-form>` adds itself; the `tk-` keywords never collide with core's. */
export const OWN_ERRORS: Record<string, string> = { 'tk-officer-id': OFFICER_ID, 'tk-citizen-confirm': CONFIRM_ID };

const own = (keyword: string, message: string): LocatedError => ({
  pointer: '',
  keyword,
  schemaPath: '',
  params: {},
  messageKey: `tk-form.${keyword}`,
  message,
});

/** The assisted-mode errors: a missing officer id, a missing confirmation. */
export function assistedErrors(t: Translation, officerId: string, confirmedAt: string | undefined): LocatedError[] {
  const errors: LocatedError[] = [];
  if (!officerId) errors.push(own('tk-officer-id', t.officerIdMissing));
  if (!confirmedAt) errors.push(own('tk-citizen-confirm', t.citizenConfirmMissing));
  return errors;
}

// A type-only namespace import, so the lazily loaded module is not a static dependency (nor an import cycle).
type AssistedFieldsModule = typeof AssistedFieldsNs;

let fields: AssistedFieldsModule | undefined;

/** Loads the assisted-mode fields' markup (once per page). */
export const loadAssistedFields = once(() =>
  import('./assisted-fields.js').then((module) => {
    fields = module;
  }),
);

/** Whether the assisted-mode fields' markup is here. */
export const isAssistedFieldsLoaded = (): boolean => fields !== undefined;

/** The officer id input and the citizen's confirmation checkbox, or nothing while their markup loads. */
export function renderAssistedFields(o: AssistedFieldsOptions): TemplateResult | typeof nothing {
  return fields ? fields.renderAssistedFields(o) : nothing;
}
