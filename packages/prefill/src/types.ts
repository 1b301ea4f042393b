// SPDX-License-Identifier: MIT
/**
 * The public model of `@tokhai/prefill`: providers, consent requests, prefill results and failures. Plain types;
 * the behaviour lives in `consent/`, `run/`, `provenance/`, `attestation/` and `providers/`.
 */
import type {
  Attestation,
  CompiledForm,
  ConsentRecord,
  FieldProvenance,
  FormDefinition,
  JsonSchemaObject,
  Locale,
  PrefillMode,
  PrefillTransform,
} from '@tokhai/core';
import type * as AdminUnitsModule from '@tokhai/vn-data/admin-units';

/** A text in both tokhai locales. Providers and consent screens must speak both (Vietnamese is authoritative). */
export interface BilingualText {
  vi: string;
  en: string;
}

/** The citizen's answer for one data source. Anything else (no answer yet) means the source is not called. */
export type ConsentDecision = 'granted' | 'declined';

/** What `CitizenDataProvider.fetch` is asked for. */
export interface ProviderRequest {
  /** Distinct claim pointers (`/fullName`, `/address/street_address`) the form needs from this source. Only these. */
  claims: string[];
  /** The data subject: the signed-in citizen's ĐDCN when the host knows it. */
  subject?: string;
  /** Aborted on timeout, when the caller's signal aborts, or when the citizen leaves; pass it to `fetch`. */
  signal: AbortSignal;
}

/** What a provider answers. */
export interface ProviderResponse {
  /** The claims object; bindings read it with their `claim` pointer. Missing claims are simply absent. */
  claims: Record<string, unknown>;
  /**
   * Compact JWS (ES256) over the values supplied, payload `{iss, sub, iat, claims: {<claimPointer>: value}}`, or
   * several when the source answered from several endpoints.
   */
  attestation?: string | string[];
  /** When the source produced the data (ISO 8601). Defaults to the time the answer arrived. */
  fetchedAt?: string;
  /**
   * Claims the source could not supply because part of it failed (a composite source whose household endpoint
   * timed out). Those fields are reported with this kind instead of as missing.
   */
  partial?: PartialFailure[];
}

/** A failure of part of a source, covering some claims. */
export interface PartialFailure {
  /** The claim pointers the failed part would have supplied. */
  claims: string[];
  kind: PrefillFailureKind;
  message: string;
  status?: number;
}

/**
 * A source of citizen data (e-ID userinfo, the population database, health, insurance, licences). The SDK never
 * holds credentials: the host portal gives the adapter whatever token or function reaches the data.
 */
export interface CitizenDataProvider {
  /** Provider id used by form bindings (`vneid`, `population`, `health`, `insurance`, `licences`). */
  readonly id: string;
  /** Name shown to the citizen: "VNeID", "Cơ sở dữ liệu quốc gia về dân cư". */
  readonly label: BilingualText;
  /** Why the data is requested, shown on the consent panel (Decree 13/2023: a stated, specific purpose). */
  readonly purpose: BilingualText;
  /**
   * Claim pointers this provider can supply. When given, bindings to other claims are left out of the consent
   * request (the source cannot answer them). A pointer covers everything below it (`/address` covers `/address/region`).
   */
  readonly claims?: readonly string[];
  /** Claim pointers that are sensitive personal data (Decree 13/2023 Art. 2(4)), beyond the built-in list. */
  readonly sensitive?: readonly string[];
  /** Fetches the requested claims. Rejects with a `ProviderError` (or anything: reported as `unavailable`). */
  fetch(request: ProviderRequest): Promise<ProviderResponse>;
}

/** Providers as a registry or a plain list. */
export type ProviderSource = ProviderRegistryLike | readonly CitizenDataProvider[];

/** The part of `ProviderRegistry` the planner reads. */
export interface ProviderRegistryLike {
  get(id: string): CitizenDataProvider | undefined;
  list(): CitizenDataProvider[];
}

/** A form as either the compiled object or its raw definition. */
export type PrefillForm = CompiledForm | FormDefinition;

/** One field the consent panel lists under a source. */
export interface ConsentField {
  /** The member form (its definition id). */
  formId: string;
  /** JSON Pointer into that form's data. */
  pointer: string;
  /** The claim read from the provider. */
  claim: string;
  /** The field label in both locales (resolved from the form's i18n, the control label or the schema title). */
  label: BilingualText;
  /** Whether the citizen may change the value afterwards. */
  mode: PrefillMode;
  /** Sensitive personal data (ethnicity, religion, health…) under Decree 13/2023. */
  sensitive: boolean;
  /** Data about another person (parent, spouse, household member), not the citizen. */
  aboutOthers: boolean;
}

/** What the citizen is asked to agree to for one source. */
export interface ConsentRequest {
  /** Provider id. */
  source: string;
  /** Provider name. */
  label: BilingualText;
  /** Stated purpose. */
  purpose: BilingualText;
  /** Distinct claim pointers that will be requested (data minimisation: nothing else is asked for). */
  claims: string[];
  /** The form fields these claims fill. */
  fields: ConsentField[];
  /** True when any requested claim is sensitive personal data; the panel must say so. */
  sensitive: boolean;
  /** The sensitive claims among `claims`. */
  sensitiveClaims: string[];
  /** True when any claim is about another person (ID* data in forms.md). */
  aboutOthers: boolean;
  /** The forms the request serves (one, or every member of a bundle). */
  forms: string[];
}

/**
 * Why a field was not prefilled. Faults never block the citizen: the field stays empty and editable.
 * - `timeout`: the source did not answer within `timeoutMs`.
 * - `http`: the request failed (network error, HTTP status ≥ 400, 401 included).
 * - `malformed`: the answer was not JSON, or not the documented shape.
 * - `type`: the claim value does not fit the field (wrong JSON type, enum, format, or the transform refused it).
 * - `ambiguous`: the value is valid but needs the citizen's choice (an old commune split across new ones).
 * - `declined`: the citizen declined this source (or has not decided), so it was not called.
 * - `aborted`: the caller aborted (the citizen left, or a new prefill replaced this one).
 * - `assurance`: the e-ID account's assurance level is too low for the citizen's own data (level 1).
 * - `unavailable`: the provider failed for another reason.
 */
export type PrefillFailureKind =
  | 'timeout'
  | 'http'
  | 'malformed'
  | 'type'
  | 'ambiguous'
  | 'declined'
  | 'aborted'
  | 'assurance'
  | 'unavailable';

/** A failure, located at the field it left empty. */
export interface PrefillFailure {
  source: string;
  /** The form field left empty (absent for failures not tied to one field). */
  pointer?: string;
  /** The claim that could not be used. */
  claim?: string;
  kind: PrefillFailureKind;
  /** A technical English sentence for logs; the UI words it from `kind` in the citizen's locale. */
  message: string;
  /** HTTP status, when `kind` is `http`. */
  status?: number;
  /** The values the citizen can choose from, when `kind` is `ambiguous` (e.g. new commune codes). */
  candidates?: unknown[];
}

/** A claim the source answered without (the citizen has no such record: no spouse, no licence…). Not a fault. */
export interface PrefillMissing {
  source: string;
  pointer: string;
  claim: string;
}

/** The outcome of one prefill run for one form. */
export interface PrefillResult {
  /** Data pointer → value to write (after transforms and type checks). */
  values: Record<string, unknown>;
  /** Data pointer → provenance (indexes refer to `attestations`). */
  provenance: Record<string, FieldProvenance>;
  /** One record per source the citizen decided on. */
  consent: ConsentRecord[];
  /** Attestations covering the values, in the order `provenance[…].attestation` refers to them. */
  attestations: Attestation[];
  /** Fields left empty and why. */
  failures: PrefillFailure[];
  /** Fields the source had no data for. */
  missing: PrefillMissing[];
}

/** Options of `runPrefill`. */
export interface RunPrefillOptions {
  /** The form to fill. */
  form: PrefillForm;
  /** The providers to use. */
  providers: ProviderSource;
  /** The citizen's decisions by source id; sources without `granted` are never called. */
  decisions: Record<string, ConsentDecision>;
  /** The data subject (the signed-in citizen's ĐDCN), passed to providers. */
  subject?: string;
  /** Per-source time limit in milliseconds. Default 3000. */
  timeoutMs?: number;
  /** The form data now, used to check each value in context with `CompiledForm.validate`. */
  data?: unknown;
  /** Aborts every provider call; unfinished sources are reported as `aborted`. */
  signal?: AbortSignal;
  /** The locale the consent panel was shown in (the purpose text recorded in `ConsentRecord`). Default `vi`. */
  locale?: Locale;
  /** Clock, for tests. */
  now?: () => Date;
}

/** A transform's result: a value, or a reason the value cannot be used. Errors are data. */
export type TransformResult =
  | { ok: true; value: unknown }
  | { ok: false; kind: 'type' | 'ambiguous'; message: string; candidates?: unknown[] };

/** The administrative-unit functions the address transforms use (from `@tokhai/vn-data/admin-units`). */
export type AdminUnitsApi = Pick<typeof AdminUnitsModule, 'unit' | 'isCommuneOf' | 'convertOldAddress'>;

/** What a transform may need beyond the value: the target's schema and, loaded only when used, reference data. */
export interface TransformContext {
  /** The schema of the target field, when known (e.g. `date.year` answers a number for an integer field). */
  targetSchema?: JsonSchemaObject;
  /** Administrative units (the ~25 KB gzip entry of `@tokhai/vn-data`), loaded lazily by `loadTransformContext`. */
  adminUnits?: AdminUnitsApi;
}

/** A transform function: pure, synchronous, total (never throws). */
export type TransformFunction = (value: unknown, context: TransformContext) => TransformResult;

/** The transforms table type: one function per name core declares. */
export type TransformTable = Record<PrefillTransform, TransformFunction>;
