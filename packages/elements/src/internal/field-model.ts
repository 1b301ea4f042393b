// SPDX-License-Identifier: MIT
/**
 * The contract between `<tk-form>` and its widgets. `<tk-form>` builds one `FieldModel` per rendered control from
 * core's `Evaluation` and `validate()` results; a widget renders it and reports changes with events. Widgets hold
 * no form logic: visibility, requirement, enablement and messages are decided in `@tokhai/core`.
 *
 * Rendering decision (docs/decisions/0001-one-shadow-root.md): `<tk-form>` owns the only shadow root. Widgets render
 * into their own light DOM (`createRenderRoot() { return this; }`), so `<label for>`, `aria-describedby` and the
 * error summary's links all work inside one tree, and `tk-form::part(...)` reaches every widget part.
 */
import type { ControlOptions, JsonSchemaObject, Locale, LocatedError, PrefillMode } from '@tokhai/core';

/** Where a prefilled value came from, as a widget shows it. */
export interface FieldPrefill {
  /** Provider id. */
  source: string;
  /** Localized provider name, for the badge. */
  sourceLabel: string;
  mode: PrefillMode;
  /** True when the citizen changed an editable prefilled value. */
  modified: boolean;
}

/** Everything a widget needs to render one control. */
export interface FieldModel {
  /** JSON Pointer into the form data, e.g. `/child/fullName`. */
  pointer: string;
  /** A DOM id unique in the form, derived from the pointer; the native control uses it, hint/error append `-hint`/`-error`. */
  id: string;
  /** The property schema (refs resolved). */
  schema: JsonSchemaObject;
  /** The control's UI options. */
  options: ControlOptions & Record<string, unknown>;
  /** Localized label (already resolved from i18n). */
  label: string;
  /** Whether the label is shown visually (it is always in the accessibility tree). */
  showLabel: boolean;
  /** Localized hint (description), may use the safe markdown subset. */
  hint?: string;
  /** Localized placeholder. */
  placeholder?: string;
  /** Current value at `pointer` (undefined when empty). */
  value: unknown;
  required: boolean;
  /** False when a rule disables the field. */
  enabled: boolean;
  /** True for computed fields, locked prefilled fields and read-only forms. */
  readonly: boolean;
  /** Errors to show now (after the field was touched or a submit was attempted). */
  errors: LocatedError[];
  /** Prefill provenance, when the value came from a provider. */
  prefill?: FieldPrefill;
  /** Current locale, for widget-internal texts (the widget reads its strings from `translations/`). */
  locale: Locale;
  /** Localized labels of enum values, parallel to the schema's `enum` / `oneOf` (const+title). */
  choices?: Array<{ value: unknown; label: string }>;
}

/** Detail of `tk-field-input` (every edit) and `tk-field-commit` (blur / change: the citizen finished). */
export interface FieldChangeDetail {
  pointer: string;
  value: unknown;
}
