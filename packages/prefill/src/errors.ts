// SPDX-License-Identifier: MIT
/** The one error type adapters throw, so the runner can report a precise failure kind per field. */
import type { PrefillFailureKind } from './types.js';

/** Thrown (rejected) by a provider with the kind of failure; any other rejection is reported as `unavailable`. */
export class ProviderError extends Error {
  /** What went wrong, in the runner's vocabulary. */
  readonly kind: PrefillFailureKind;
  /** HTTP status, when the failure is an HTTP answer. */
  readonly status: number | undefined;

  constructor(kind: PrefillFailureKind, message: string, options: { status?: number; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'ProviderError';
    this.kind = kind;
    this.status = options.status;
  }
}

/** Narrows an unknown rejection to a `ProviderError` (works across bundle copies by checking the shape). */
export function isProviderError(error: unknown): error is ProviderError {
  return (
    error instanceof ProviderError ||
    (error instanceof Error && error.name === 'ProviderError' && typeof (error as { kind?: unknown }).kind === 'string')
  );
}
