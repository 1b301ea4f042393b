// SPDX-License-Identifier: MIT
// Values from sources whose claims the portal's server holds itself. The commonest is the e-ID: a portal signs the
// citizen in with VNeID and keeps the userinfo of that sign-in in its session, and `<tk-form>` prefills from the same
// userinfo (`oidcClaimsProvider({ userinfo })`), which carries no signature. Such a value needs no attestation: the
// server knows what the source said, so it re-derives the value from its own copy of the claims and compares.
//
// The derivation is the browser's, not a second implementation of it: the claim is read with @tokhai/prefill's
// `getPointer` at the binding's claim pointer (as its prefill engine picks a claim from a provider's answer, a `null`
// claim counting as absent), then handed to prefill's `attestedBindingValue` as an attestation of that one claim, which
// applies the binding's transform with the target field's schema and the reference data, exactly as the engine did
// when it placed the value. So a transform changed in prefill changes here too.
import type { CompiledForm, PrefillBinding } from '@tokhai/core';
import { attestedBindingValue, getPointer, loadTransformContext } from '@tokhai/prefill';
import type { TransformContext } from '@tokhai/prefill';
import { isJsonObject } from './json-pointer.js';

/**
 * Claims the portal's server holds about the signed-in citizen, by source id: `{ vneid: session.userinfo }`, the
 * same claims object the browser's provider for that source read (for `vneid`, the userinfo of the citizen's e-ID
 * sign-in, with the standard OIDC and `vn_*` claims). A source given here is *trusted*: its values need no
 * attestation, and must be what the form's bindings give from these claims. A source whose entry is `undefined`
 * (no claims in this session) is not trusted.
 */
export type TrustedClaims = Readonly<Record<string, Readonly<Record<string, unknown>> | undefined>>;

/** What a binding gives from the server's claims, or why it gives nothing. */
export type TrustedBindingValue =
  | { ok: true; value: unknown }
  | {
      ok: false;
      /** `claim-not-held`: the claims have no (non-null) value at the binding's claim; `transform-failed`: the transform refuses it. */
      reason: 'claim-not-held' | 'transform-failed';
      message: string;
    };

/** The server's claims of the trusted sources, ready to re-derive values from. */
export interface TrustedEvidence {
  /** True when the server gave claims for `source` (its values need no attestation). */
  has(source: string): boolean;
  /** What `binding` gives from the server's claims of its source (only for a source `has` accepts). */
  valueOf(binding: PrefillBinding): TrustedBindingValue;
}

/** The trusted sources of `claims`: those given a claims object. */
export function trustedSources(claims: TrustedClaims | undefined): string[] {
  if (!claims) return [];
  return Object.keys(claims).filter((source) => isJsonObject(claims[source]));
}

/**
 * What `binding` gives from `claims` (its source's claims object), as the browser's prefill placed it: the claim at
 * the binding's pointer through the binding's transform. Never throws.
 */
export function trustedBindingValue(
  form: CompiledForm,
  binding: PrefillBinding,
  claims: Readonly<Record<string, unknown>>,
  context: TransformContext = {},
): TrustedBindingValue {
  let raw: unknown;
  try {
    raw = getPointer(claims, binding.claim);
  } catch {
    raw = undefined; // a malformed claim pointer reads nothing (core refuses one when it compiles the form)
  }
  if (raw === undefined || raw === null) {
    return { ok: false, reason: 'claim-not-held', message: `the server's ${binding.source} claims have no ${binding.claim}` };
  }
  const derived = attestedBindingValue(form, binding, { claims: { [binding.claim]: raw } }, context);
  if (derived.ok) return derived;
  // Only `transform-failed` can remain: the claim is attested by construction. The transform's own message may quote
  // the claim, and refusals never echo the server's claims, so it is not passed on.
  const transform = binding.transform ?? 'identity';
  return { ok: false, reason: 'transform-failed', message: `${transform} refuses the server's ${binding.source} claim ${binding.claim}` };
}

/**
 * The evidence of `claims` for `form`: loads the reference data the transforms of the trusted sources' bindings need
 * (administrative units for address transforms), once. Never rejects.
 */
export async function trustedEvidence(form: CompiledForm, claims: TrustedClaims | undefined): Promise<TrustedEvidence> {
  const sources = new Set(trustedSources(claims));
  const bindings = (form.definition.prefill ?? []).filter((b) => sources.has(b.source));
  let context: TransformContext = {};
  if (bindings.length) {
    try {
      context = await loadTransformContext(bindings.map((b) => b.transform));
    } catch {
      context = {}; // without the data the address transforms fail, and their values are refused, not trusted
    }
  }
  return {
    has: (source) => sources.has(source),
    valueOf: (binding) =>
      sources.has(binding.source)
        ? trustedBindingValue(form, binding, claims![binding.source]!, context)
        : { ok: false, reason: 'claim-not-held', message: `the server holds no ${binding.source} claims` },
  };
}
