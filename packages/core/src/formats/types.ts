// SPDX-License-Identifier: MIT
/** The shape of a tokhai format: a pure string check plus the data the docs and messages need. */

/** How firmly a format's rule is grounded (from `shared/domain/identifiers.md`). */
export type FormatStatus =
  /** A check digit or a calendar rule: a failure is certainly an error. */
  | 'checked'
  /** Seen in a primary or official-looking source. */
  | 'confirmed'
  /** Secondary sources agree. */
  | 'reported'
  /** From a single weak source; use as a soft (warning) check only. */
  | 'unverified';

/** What runs of a format: its check and message keys, registered under `name` in every schema engine. */
export interface FormatCheck {
  /** The `format` value in schemas, e.g. `vn-pid`. */
  readonly name: string;
  /** Returns true when `value` is well-formed. Pure, total (never throws), linear in the input. */
  readonly validate: (value: string) => boolean;
  /**
   * Why a value failed, as a message key (`format.vn-pid.province`). Called only for invalid values, to pick a more
   * helpful message than the format's generic one. Defaults to `messageKey`.
   */
  readonly explain?: (value: string) => string;
  /** The generic message key, `format.<name>`. */
  readonly messageKey: string;
  /** Every message key `explain` may return (besides `messageKey`); i18n tables must define them all. */
  readonly reasonKeys?: readonly string[];
}

/**
 * What the docs and tests know of a format. Kept apart from its `FormatCheck` so that browser bundles, which only
 * run checks, do not carry the sources and examples (about 1.5 kB gzip).
 */
export interface FormatDocs {
  /** The rule in one line, for the README table. */
  readonly rule: string;
  /** Where the rule comes from. */
  readonly source: string;
  /** How firmly the rule is grounded; anything but `checked` should be a soft check in the UI. */
  readonly status: FormatStatus;
  /** Valid and invalid examples; the tests run them. */
  readonly examples: { readonly valid: readonly string[]; readonly invalid: readonly string[] };
}

/** One format: its check and its docs. */
export interface FormatDefinition extends FormatCheck, FormatDocs {}

/** True when every character of `s` is an ASCII digit and its length is `n`. Linear, no regex backtracking. */
export const isDigits = (s: string, n?: number): boolean => {
  if (n !== undefined && s.length !== n) return false;
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
};
