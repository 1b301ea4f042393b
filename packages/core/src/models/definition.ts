// SPDX-License-Identifier: MIT
/**
 * The tokhai form definition: what a form author writes in `forms/<id>/<id>.form.json`. Published as a JSON
 * Schema in `packages/core/schema/form.schema.json`; this file is its TypeScript twin.
 */
import type { JsonSchema } from './json-schema.js';
import type { UISchemaElement } from './uischema.js';

/** A locale tokhai ships texts for. Vietnamese is the default and the authoritative text. */
export type Locale = 'vi' | 'en';

/** The locales in order of preference: `vi` first. */
export const LOCALES: readonly Locale[] = ['vi', 'en'];

/** A text in every locale (Vietnamese required). */
export interface LocalizedText {
  vi: string;
  en?: string;
}

/** A complete form definition. */
export interface FormDefinition {
  /** The URL of the published definition meta-schema (editor autocompletion). */
  $schema?: string;
  /** Reverse-DNS identifier, e.g. `vn.moj.birth-registration`. Stable across versions. */
  id: string;
  /** Semantic version of this definition (see `tokhai diff` for what counts as breaking). */
  version: string;
  /** Form title. */
  title: LocalizedText;
  /** One-paragraph description shown above the form. */
  description?: LocalizedText;
  /** Which administrative procedure this form serves. */
  procedure?: ProcedureInfo;
  /** The data schema (JSON Schema 2020-12; draft-07 accepted when `$schema` says so). */
  schema: JsonSchema;
  /** The layout (JSON Forms UI schema). Generated from `schema` when absent. */
  ui?: UISchemaElement;
  /** Where prefill values come from, field by field. */
  prefill?: PrefillBinding[];
  /** Values derived from other answers, recomputed by the browser and the server alike. */
  computed?: ComputedField[];
  /** Texts by locale, then by key. Every key must exist in every locale listed. */
  i18n?: Partial<Record<Locale, Record<string, string>>>;
  /** Per-field error message overrides: data pointer → keyword → i18n key or text. */
  messages?: Record<string, Record<string, string | LocalizedText>>;
  /** How to carry a draft saved under an older version into this one. */
  migrations?: DraftMigration[];
}

/** The national procedure this form belongs to (Decree 42/2022 service level). */
export interface ProcedureInfo {
  /** Code in the national procedure database (mã TTHC). */
  code: string;
  /** The form's code in its circular, e.g. `CT01`, `TK1-TS`. */
  formCode?: string;
  /** Responsible agency. */
  agency: LocalizedText;
  /** `full`: everything online; `partial`: something must be done in person. */
  level: 'full' | 'partial';
  /** The legal text the template comes from, e.g. `Thông tư 04/2024/TT-BTP`. */
  legalBasis?: string;
  /** What the citizen must still bring or do in person (partial services). */
  inPerson?: LocalizedText;
}

/** How a prefilled field may be changed by the citizen. */
export type PrefillMode =
  /** Authoritative: read-only; a citizen who disagrees files a correction request. */
  | 'locked'
  /** A suggestion: the citizen may change it, and the change is recorded. */
  | 'editable';

/** The transforms a binding may apply to a provider value (implemented in `@tokhai/prefill`). */
export const PREFILL_TRANSFORMS = [
  'name.family',
  'name.middle',
  'name.given',
  'name.upper',
  'date.iso',
  'date.year',
  'address.street',
  'address.commune',
  'address.province',
  'address.units',
  'admin-unit.current',
  'ethnicity.code',
  'sex.code',
  'string',
] as const;

/** A transform name. */
export type PrefillTransform = (typeof PREFILL_TRANSFORMS)[number];

/** Maps one provider claim to one data location. */
export interface PrefillBinding {
  /** JSON Pointer into the form data, e.g. `/requester/fullName`. */
  target: string;
  /** Provider id, e.g. `vneid`, `population`, `health`. */
  source: string;
  /** JSON Pointer into the provider's claims, e.g. `/name` or `/residence/permanent`. */
  claim: string;
  /** Declared conversion of the claim value. */
  transform?: PrefillTransform;
  /** Whether the citizen may change the value. Defaults to `editable`. */
  mode?: PrefillMode;
}

/** A value derived from the data by an interpreted JSON Logic expression. */
export interface ComputedField {
  /** JSON Pointer into the data where the result is written. */
  target: string;
  /** The JSON Logic expression (operators plus the functions in core's registry). */
  expr: unknown;
  /** Whether the value is shown (read-only) in the form. Defaults to `true`. */
  show?: boolean;
}

/** One step of carrying draft data from an older definition version. */
export interface DraftMigration {
  /** The version range (semver) of drafts this step applies to, e.g. `<2.0.0`. */
  from: string;
  /** Moves a value: `{ "move": { "from": "/a", "to": "/b" } }`, or drops one with a reason. */
  operations: Array<{ move: { from: string; to: string } } | { remove: string; reason?: LocalizedText }>;
}

/** A group of interconnected procedures filled once (Decree 63/2024). */
export interface FormBundle {
  $schema?: string;
  /** Reverse-DNS id of the bundle. */
  id: string;
  version: string;
  title: LocalizedText;
  description?: LocalizedText;
  /** Member forms by id (and optional semver range). */
  members: Array<{ form: string; version?: string }>;
  /** Answers shared across members: for each, where it lives in each member's data. */
  shared: Array<{ id: string; label?: LocalizedText; pointers: Record<string, string> }>;
}
