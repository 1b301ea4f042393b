// SPDX-License-Identifier: MIT
/**
 * `combineProviders`: one source id (`population`) served by several endpoints (identity, residence, household).
 * The citizen consents once to the source; each part is asked only for its own claims, all in parallel; a failing
 * part loses only its claims (reported per field with the part's failure kind), never the others'.
 */
import { getPointer, pointerContains, setPointer } from '../pointer.js';
import { callProvider } from '../run/call-provider.js';
import type { BilingualText, CitizenDataProvider, PartialFailure, ProviderRequest, ProviderResponse } from '../types.js';

/** Options of `combineProviders`. */
export interface CombineProvidersOptions {
  id: string;
  label: BilingualText;
  purpose: BilingualText;
  /** Extra sensitive claims (the parts' own lists are merged in). */
  sensitive?: readonly string[];
  /** A time limit per part (ms), shorter than the runner's, so one slow part does not cost the others. */
  partTimeoutMs?: number;
}

/** Combines providers that declare their `claims` into one source. Claims go to the first part that supplies them. */
export function combineProviders(options: CombineProvidersOptions, parts: readonly CitizenDataProvider[]): CitizenDataProvider {
  const undeclared = parts.find((p) => p.claims === undefined);
  if (undeclared) throw new TypeError(`combineProviders: part "${undeclared.id}" must declare the claims it supplies`);
  const sensitive = [...(options.sensitive ?? []), ...parts.flatMap((p) => p.sensitive ?? [])];
  const owner = (claim: string) => parts.find((p) => p.claims!.some((c) => pointerContains(c, claim)));
  return {
    id: options.id,
    label: options.label,
    purpose: options.purpose,
    claims: parts.flatMap((p) => p.claims!),
    ...(sensitive.length > 0 ? { sensitive } : {}),
    async fetch(request: ProviderRequest): Promise<ProviderResponse> {
      const byPart = new Map<CitizenDataProvider, string[]>();
      for (const claim of request.claims) {
        const part = owner(claim);
        if (part) byPart.set(part, [...(byPart.get(part) ?? []), claim]);
      }
      const entries = [...byPart.entries()];
      const outcomes = await Promise.all(
        entries.map(([part, claims]) =>
          callProvider(part, {
            claims,
            signal: request.signal,
            now: () => new Date(),
            ...(request.subject !== undefined ? { subject: request.subject } : {}),
            ...(options.partTimeoutMs !== undefined ? { timeoutMs: options.partTimeoutMs } : {}),
          }),
        ),
      );
      if (request.signal.aborted) throw request.signal.reason;
      let claims: Record<string, unknown> = {};
      const attestations: string[] = [];
      const partial: PartialFailure[] = [];
      const fetchedAt: string[] = [];
      outcomes.forEach((outcome, i) => {
        if (outcome.ok) {
          for (const claim of entries[i][1]) {
            const value = getPointer(outcome.response.claims, claim);
            if (value !== undefined) claims = setPointer(claims, claim, value);
          }
          attestations.push(...outcome.attestations);
          partial.push(...(outcome.response.partial ?? []));
          fetchedAt.push(outcome.fetchedAt);
        } else {
          partial.push({ claims: entries[i][1], kind: outcome.kind, message: `${entries[i][0].id}: ${outcome.message}`, ...(outcome.status !== undefined ? { status: outcome.status } : {}) });
        }
      });
      return {
        claims,
        ...(attestations.length > 0 ? { attestation: attestations } : {}),
        ...(partial.length > 0 ? { partial } : {}),
        ...(fetchedAt.length > 0 ? { fetchedAt: fetchedAt.sort()[0] } : {}),
      };
    },
  };
}
