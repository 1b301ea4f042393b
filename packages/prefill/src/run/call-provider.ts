// SPDX-License-Identifier: MIT
/**
 * Calls one provider under a time limit and the caller's abort signal. The race matters: a provider that ignores
 * its signal is abandoned at the deadline all the same, so one slow source never holds the form (faults never
 * block the citizen). Every outcome is data: a response, or a failure kind with a message.
 */
import { isProviderError } from '../errors.js';
import type { CitizenDataProvider, PartialFailure, PrefillFailureKind, ProviderResponse } from '../types.js';

/** What one call produced. */
export type CallOutcome =
  | { ok: true; response: ProviderResponse; attestations: string[]; fetchedAt: string }
  | { ok: false; kind: PrefillFailureKind; message: string; status?: number };

/** Why the runner aborted a call, kept so the rejection it causes can be classified. */
class Deadline extends Error {
  constructor(ms: number) {
    super(`no answer within ${ms} ms`);
    this.name = 'TimeoutError';
  }
}

/** Options of `callProvider`. */
export interface CallOptions {
  claims: string[];
  subject?: string;
  /** Time limit in ms; none when undefined (the caller's signal still applies). */
  timeoutMs?: number;
  signal?: AbortSignal;
  now: () => Date;
}

/** Calls `provider.fetch` and classifies the result; never rejects. */
export async function callProvider(provider: CitizenDataProvider, options: CallOptions): Promise<CallOutcome> {
  if (options.signal?.aborted) return { ok: false, kind: 'aborted', message: 'aborted before the call started' };
  const controller = new AbortController();
  const onOuterAbort = (): void => controller.abort(options.signal?.reason);
  options.signal?.addEventListener('abort', onOuterAbort, { once: true });
  const limit = options.timeoutMs;
  const timer = limit === undefined ? undefined : setTimeout(() => controller.abort(new Deadline(limit)), limit);
  const abandoned = new Promise<never>((_, reject) => {
    controller.signal.addEventListener('abort', () => reject(controller.signal.reason as Error), { once: true });
  });
  try {
    const request = { claims: [...options.claims], signal: controller.signal, ...(options.subject ? { subject: options.subject } : {}) };
    const response = await Promise.race([Promise.resolve().then(() => provider.fetch(request)), abandoned]);
    return checkResponse(response, options.now);
  } catch (error) {
    return classify(error, controller.signal);
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', onOuterAbort);
    // Settle the race's loser quietly (a late rejection must not become an unhandled rejection).
    abandoned.catch(() => undefined);
    controller.abort();
  }
}

function classify(error: unknown, signal: AbortSignal): CallOutcome {
  if (signal.aborted && signal.reason instanceof Deadline) return { ok: false, kind: 'timeout', message: signal.reason.message };
  if (signal.aborted) return { ok: false, kind: 'aborted', message: 'the caller aborted the prefill' };
  if (isProviderError(error)) {
    return { ok: false, kind: error.kind, message: error.message, ...(error.status !== undefined ? { status: error.status } : {}) };
  }
  return { ok: false, kind: 'unavailable', message: error instanceof Error ? error.message : String(error) };
}

const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** Checks the documented response shape; a provider that breaks it is reported as `malformed`. */
function checkResponse(response: unknown, now: () => Date): CallOutcome {
  if (!isRecord(response) || !isRecord(response.claims)) {
    return { ok: false, kind: 'malformed', message: 'the provider answered without a claims object' };
  }
  const raw = response.attestation;
  const attestations = raw === undefined ? [] : Array.isArray(raw) ? raw : [raw];
  if (!attestations.every((a) => typeof a === 'string' && a.split('.').length === 3)) {
    return { ok: false, kind: 'malformed', message: 'the attestation is not a compact JWS' };
  }
  const stated = typeof response.fetchedAt === 'string' ? new Date(response.fetchedAt) : undefined;
  const fetchedAt = stated && !Number.isNaN(stated.getTime()) ? stated.toISOString() : now().toISOString();
  const partial = Array.isArray(response.partial)
    ? (response.partial as unknown[]).filter(
        (f): f is PartialFailure =>
          isRecord(f) && Array.isArray(f.claims) && f.claims.every((c) => typeof c === 'string') && typeof f.kind === 'string',
      )
    : undefined;
  const checked: ProviderResponse = {
    claims: response.claims,
    ...(partial && partial.length > 0 ? { partial } : {}),
  };
  return { ok: true, response: checked, attestations: attestations as string[], fetchedAt };
}
