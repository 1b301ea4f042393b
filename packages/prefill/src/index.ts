// SPDX-License-Identifier: MIT
/**
 * @packageDocumentation
 * `@tokhai/prefill`: once-only prefill of tokhai forms from citizen data providers, with explicit consent per
 * source (Decree 13/2023), per-field provenance, and signed attestations the server can verify. No DOM: it runs in
 * browsers and in Node.
 *
 * ```ts
 * import { planPrefill, runPrefill, applyPrefill, httpJsonProvider, oidcClaimsProvider } from '@tokhai/prefill';
 *
 * const providers = [oidcClaimsProvider({ userinfo }), httpJsonProvider({ id: 'population', label, purpose, url })];
 * const requests = planPrefill(form, providers);              // show these in <tk-consent-panel>
 * const result = await runPrefill({ form, providers, decisions, subject, data });
 * const { data: next, provenance } = applyPrefill(data, result, { touched });
 * // result.failures: fields left empty and why (timeout, http, malformed, type, declined…)
 * ```
 */
/** The model: providers, consent requests, results, failures, transforms. */
export type {
  BilingualText,
  CitizenDataProvider,
  ConsentDecision,
  ConsentField,
  ConsentRequest,
  PartialFailure,
  PrefillFailure,
  PrefillFailureKind,
  PrefillForm,
  PrefillMissing,
  PrefillResult,
  ProviderRegistryLike,
  ProviderRequest,
  ProviderResponse,
  ProviderSource,
  RunPrefillOptions,
  TransformContext,
  TransformFunction,
  TransformResult,
  TransformTable,
  AdminUnitsApi,
} from './types.js';
/** The error adapters throw, with the failure kind the runner reports. */
export { ProviderError, isProviderError } from './errors.js';
/** Providers by id. */
export { ProviderRegistry } from './registry.js';
/** Planning: what to ask the citizen, per source. */
export { planPrefill } from './consent/plan.js';
export { isSensitiveClaim, isThirdPartyClaim, SENSITIVE_CLAIM_NAMES, THIRD_PARTY_CLAIM_NAMES } from './consent/sensitive.js';
/** Running: parallel, time-limited, abortable; faults are data. */
export { runPrefill } from './run/run-prefill.js';
export { DEFAULT_TIMEOUT_MS } from './run/engine.js';
/** Writing values without overwriting the citizen, and recording edits. */
export { applyPrefill, trackModification } from './provenance/apply.js';
export type { ApplyPrefillOptions, AppliedPrefill } from './provenance/apply.js';
/** The transforms of core's `PREFILL_TRANSFORMS`, and helpers they are built on. */
export { TRANSFORMS, applyTransform, loadTransformContext } from './transforms/index.js';
export { splitVietnameseName } from './transforms/name.js';
export { parsePartialDate } from './transforms/date.js';
export type { PartialDate } from './transforms/date.js';
export { CURRENT_UNITS_VERSION } from './transforms/address.js';
/** Attestations: signing (for JavaScript sources) and verifying (server or browser). */
export { signAttestation, ATTESTATION_TYPE } from './attestation/sign.js';
export type { AttestationKey, SignAttestationOptions } from './attestation/sign.js';
export { verifyAttestations, verifyAttestation, attestedBindingValue } from './attestation/verify.js';
export type {
  AttestationCheck,
  AttestedBindingValue,
  AttestationFailure,
  AttestationFailureReason,
  AttestationVerification,
  VerifyAttestationsOptions,
} from './attestation/verify.js';
/** Provider adapters. */
export { httpJsonProvider } from './providers/http-json.js';
export type { HttpJsonProviderOptions } from './providers/http-json.js';
export { oidcClaimsProvider, userinfoEndpoint, OIDC_STANDARD_CLAIMS, VN_EID_CLAIMS } from './providers/oidc-claims.js';
export type { OidcClaimsProviderOptions } from './providers/oidc-claims.js';
export { combineProviders } from './providers/combine.js';
export type { CombineProvidersOptions } from './providers/combine.js';
/** Bundles of interconnected procedures (Decree 63/2024). */
export { planBundlePrefill, runBundlePrefill, shareAnswers } from './bundle/bundle.js';
export type { BundlePrefillResult, RunBundlePrefillOptions, ShareAnswersOptions, SuppressedBinding } from './bundle/bundle.js';
/** JSON Pointer read/write used for bindings (immutable writes). */
export { getPointer, setPointer } from './pointer.js';
