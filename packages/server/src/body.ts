// SPDX-License-Identifier: MIT
// Reading an HTTP body as a submission: media type, size, UTF-8 and JSON, in that order, each refused with its own
// status before the next is tried. Frameworks differ in how they do this; doing it here keeps every portal's
// answers identical.
import type { Locale } from '@tokhai/core';
import { checkJsonValue, resolveLimits } from './limits.js';
import type { SizeLimits } from './limits.js';
import type { VerifyFailure } from './result.js';
import { reject, limitFailure } from './result.js';

/** The parsed body, or why it was refused. */
export type ParsedBody = { ok: true; value: unknown } | VerifyFailure;

/** Options of `parseSubmissionBody`. */
export interface ParseBodyOptions {
  limits?: Partial<SizeLimits>;
  /** Message locale (the submission's own locale is not known yet). Default `vi`. */
  locale?: Locale;
}

/**
 * True for `application/json`, with no parameter other than `charset=utf-8` (RFC 8259 §8.1: JSON is UTF-8).
 * Case-insensitive; whitespace around parameters is allowed.
 */
export function isJsonMediaType(contentType: string | undefined): boolean {
  if (typeof contentType !== 'string') return false;
  const [type, ...params] = contentType.split(';').map((s) => s.trim().toLowerCase());
  if (type !== 'application/json') return false;
  return params.every((p) => p === '' || /^charset="?utf-8"?$/.test(p));
}

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/**
 * Parses an untrusted request body into a JSON value: 415 unless the media type is JSON, 413 over
 * `limits.maxBytes`, 400 for bytes that are not UTF-8 or text that is not JSON, then the depth, string-length and
 * I-JSON checks of `checkJsonValue` (413/400). Never throws.
 */
export function parseSubmissionBody(body: string | Uint8Array, contentType: string | undefined, options: ParseBodyOptions = {}): ParsedBody {
  const locale = options.locale ?? 'vi';
  const limits = resolveLimits(options.limits);
  if (!isJsonMediaType(contentType)) return reject('unsupported-media-type', locale);
  const size = typeof body === 'string' ? Buffer.byteLength(body, 'utf8') : body.byteLength;
  if (size > limits.maxBytes) {
    return reject('body-too-large', locale, [limitFailure('body-too-large', '', `maxBytes ${limits.maxBytes}`, locale)]);
  }
  let text: string;
  try {
    // The decoder drops one leading byte order mark (RFC 8259 §8.1 lets a parser ignore it); a body a framework
    // already decoded to text gets the same treatment, so the answer does not depend on how the body arrived.
    text = typeof body === 'string' ? (body.startsWith('\uFEFF') ? body.slice(1) : body) : decoder.decode(body);
  } catch {
    return reject('malformed-json', locale);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return reject('malformed-json', locale);
  }
  const problem = checkJsonValue(value, limits);
  if (problem) return reject(problem.kind, locale, [limitFailure(problem.kind, problem.pointer, problem.detail, locale)]);
  return { ok: true, value };
}
