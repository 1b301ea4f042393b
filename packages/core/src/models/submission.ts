// SPDX-License-Identifier: MIT
/** What `<tk-form>` submits and `@tokhai/server` verifies. */
import type { Locale, PrefillMode } from './definition.js';

/** Where one prefilled value came from. */
export interface FieldProvenance {
  /** Provider id. */
  source: string;
  /** When the provider answered (ISO 8601). */
  fetchedAt: string;
  mode: PrefillMode;
  /** The value as the provider supplied it (after the binding's transform). */
  value: unknown;
  /** True when the citizen changed an editable prefilled value. */
  modified?: boolean;
  /** Index into `Submission.attestations` of the attestation that covers this value. */
  attestation?: number;
}

/** The citizen's decision about one data source. */
export interface ConsentRecord {
  source: string;
  /** The purpose shown to the citizen. */
  purpose: string;
  /** Claims that were requested. */
  claims: string[];
  decision: 'granted' | 'declined';
  decidedAt: string;
}

/** A citizen's request to correct authoritative (locked) data. */
export interface CorrectionRequest {
  pointer: string;
  source: string;
  currentValue: unknown;
  claimedValue: unknown;
  reason: string;
}

/** A provider's signed statement over the values it supplied (compact JWS). */
export interface Attestation {
  source: string;
  /** Compact JWS whose payload is `{sub, iat, claims: {claimPointer: value}}` */
  jws: string;
}

/** A submission produced by `<tk-form>`. */
export interface Submission {
  formId: string;
  formVersion: string;
  /** Client-generated UUID; the server is idempotent on it. */
  submissionId: string;
  submittedAt: string;
  locale: Locale;
  /** The data to keep: hidden fields stripped, computed values included. */
  data: unknown;
  /** Data pointer → provenance of each prefilled field. */
  provenance: Record<string, FieldProvenance>;
  consent: ConsentRecord[];
  attestations?: Attestation[];
  corrections?: CorrectionRequest[];
  /** Set when an officer filled the form for the citizen at a help point. */
  assisted?: { officerId: string; citizenConfirmed: boolean; confirmedAt?: string };
  /** Set in kiosk mode: nothing was persisted on the device. */
  kiosk?: boolean;
}
