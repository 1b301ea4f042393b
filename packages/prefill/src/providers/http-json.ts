// SPDX-License-Identifier: MIT
/**
 * `httpJsonProvider`: a source behind an HTTP endpoint answering JSON (a national or sectoral database reached
 * through the portal's backend, LGSP or NDXP). The adapter owns no credentials: the `headers` hook supplies the
 * authorization each time. Responses are checked against `responseSchema`, mapped to claims, and trimmed to the
 * claims requested.
 */
import { compileSchemaMatcher, UnsupportedSchemaError, type ClosureMatcher, type JsonSchema } from '@tokhai/core';
import { ProviderError } from '../errors.js';
import { readBody } from './read-body.js';
import { getPointer } from '../pointer.js';
import type { BilingualText, CitizenDataProvider, ProviderRequest, ProviderResponse } from '../types.js';
import { selectClaims } from './select-claims.js';

/** Options of `httpJsonProvider`. */
export interface HttpJsonProviderOptions {
  /** Provider id used by bindings. */
  id: string;
  label: BilingualText;
  purpose: BilingualText;
  /** Claim pointers it can supply (defaults to the keys of `mapping` when given). */
  claims?: readonly string[];
  /** Extra sensitive claims (Decree 13/2023) beyond the built-in list. */
  sensitive?: readonly string[];
  /**
   * The endpoint. `{subject}` is replaced by the URL-encoded subject (ĐDCN); a function receives the request.
   * The URL must not carry credentials: use `headers`.
   */
  url: string | ((request: ProviderRequest) => string);
  /** Auth hook: called for every request (a token may have been refreshed). */
  headers?: () => Promise<Record<string, string>> | Record<string, string>;
  /** Claim pointer → JSON Pointer into the response data, when the source's names differ from the claims'. */
  mapping?: Record<string, string>;
  /**
   * JSON Schema the whole response body must satisfy (validated with core's eval-free engine, formats included); a
   * body that does not is `malformed`, with the schema's errors in the message. Describe the envelope here; the
   * claim values are checked against the form's own schema field by field, so one wrong-typed value costs one
   * field, not the whole source. Decided by core's closure matcher, which every form bundle carries; the
   * interpreter (a chunk of its own in the browser bundle) is loaded only to explain a body that fails, or to decide
   * with a schema the matcher does not implement.
   */
  responseSchema?: JsonSchema;
  /** Where the data sits in the body (`/data` for `{data, attestation}` envelopes). Default: the body itself. */
  dataPointer?: string;
  /** Where a compact JWS attestation sits in the body, if the source signs its answers. */
  attestationPointer?: string;
  /** When set, the requested claims are sent as this query parameter (comma-separated) so the source answers only those. */
  claimsParam?: string;
  /** `fetch` to use (defaults to the global one). */
  fetch?: typeof globalThis.fetch;
}

/** Builds the URL of one request. */
function requestUrl(options: HttpJsonProviderOptions, request: ProviderRequest, claims: readonly string[]): string {
  const raw = typeof options.url === 'function' ? options.url(request) : options.url.replace('{subject}', encodeURIComponent(request.subject ?? ''));
  if (!options.claimsParam) return raw;
  const url = new URL(raw, 'http://relative.invalid');
  url.searchParams.set(options.claimsParam, claims.join(','));
  return raw.startsWith('http') ? url.href : url.pathname + url.search;
}

/** The claims as the source names them (the mapping target, or the claim itself). */
const sourceClaims = (options: HttpJsonProviderOptions, claims: readonly string[]): string[] =>
  claims.map((c) => options.mapping?.[c] ?? c);

/** A provider reading JSON over HTTP. */
export function httpJsonProvider(options: HttpJsonProviderOptions): CitizenDataProvider {
  const doFetch = options.fetch ?? ((...args: Parameters<typeof fetch>) => globalThis.fetch(...args));
  const claims = options.claims ?? (options.mapping ? Object.keys(options.mapping) : undefined);
  // Compiled once, here, so a broken schema fails when the portal configures the provider, not per request (a schema
  // only the interpreter can use is compiled by it on the first request).
  const responseCheck = options.responseSchema === undefined ? undefined : prepareResponseCheck(options.responseSchema);
  return {
    id: options.id,
    label: options.label,
    purpose: options.purpose,
    ...(claims ? { claims } : {}),
    ...(options.sensitive ? { sensitive: options.sensitive } : {}),
    async fetch(request: ProviderRequest): Promise<ProviderResponse> {
      const headers = { accept: 'application/json', ...(options.headers ? await options.headers() : {}) };
      const url = requestUrl(options, request, sourceClaims(options, request.claims));
      const body = await getJson(doFetch, url, headers, request.signal);
      if (responseCheck) await checkBody(body, responseCheck);
      const data = options.dataPointer ? getPointer(body, options.dataPointer) : body;
      if (data === null || typeof data !== 'object' || Array.isArray(data)) {
        throw new ProviderError('malformed', `no data object at ${options.dataPointer ?? 'the body root'}`);
      }
      const attestation = options.attestationPointer ? getPointer(body, options.attestationPointer) : undefined;
      if (attestation !== undefined && typeof attestation !== 'string') {
        throw new ProviderError('malformed', `the attestation at ${options.attestationPointer} is not a string`);
      }
      return {
        claims: selectClaims(data, request.claims, (c) => options.mapping?.[c] ?? c),
        ...(attestation ? { attestation } : {}),
      };
    },
  };
}

/** GET + status + JSON parsing, each failure with its kind. Aborts propagate untouched (the runner classifies them). */
async function getJson(
  doFetch: typeof globalThis.fetch,
  url: string,
  headers: Record<string, string>,
  signal: AbortSignal,
): Promise<unknown> {
  let response: Response;
  try {
    response = await doFetch(url, { method: 'GET', headers, signal });
  } catch (error) {
    if (signal.aborted) throw error;
    throw new ProviderError('http', `request failed: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
  if (!response.ok) {
    // Drain the body so the connection can be reused; its text is not trusted in messages.
    await response.body?.cancel().catch(() => undefined);
    throw new ProviderError('http', `HTTP ${response.status} from the source`, { status: response.status });
  }
  const text = await readBody(response);
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new ProviderError('malformed', 'the source answered with invalid JSON', { cause: error });
  }
}

/** A response schema: its draft, and the closure matcher's check when the matcher implements the schema. */
interface ResponseCheck {
  schema: JsonSchema;
  draft: '2020-12' | 'draft-07';
  matches: ClosureMatcher | undefined;
}

function prepareResponseCheck(schema: JsonSchema): ResponseCheck {
  const draft = typeof schema === 'object' && schema.$schema?.includes('draft-07') ? 'draft-07' : '2020-12';
  try {
    return { schema, draft, matches: compileSchemaMatcher(schema, draft) };
  } catch (error) {
    if (!(error instanceof UnsupportedSchemaError)) throw error;
    return { schema, draft, matches: undefined };
  }
}

/**
 * Rejects a body that does not satisfy the response schema, naming the first errors. A body the matcher accepts
 * is done with; otherwise the interpreter decides and explains (the two agree wherever the matcher decides).
 */
async function checkBody(body: unknown, check: ResponseCheck): Promise<void> {
  if (check.matches?.(body) === true) return;
  const { responseErrors } = await import('./response-errors.js');
  const errors = responseErrors(check.schema, check.draft, body);
  if (errors.length > 0) throw new ProviderError('malformed', `the response does not match its schema: ${errors.join('; ')}`);
}
