// SPDX-License-Identifier: MIT
/**
 * Reading a source's HTTP answer with a size bound. A source is outside the portal's control: one that answers
 * gigabytes (a broken proxy, an endless stream) must fail as `malformed`, not fill the citizen's tab or the
 * portal's server until it runs out of memory, and a citizen's data never comes near a megabyte.
 */
import { ProviderError } from '../errors.js';

/** The largest answer read from a source, in bytes (1 MiB). */
export const MAX_RESPONSE_BYTES = 1_048_576;

/**
 * The answer's body as UTF-8 text, read until `max` bytes at most: a longer body (declared, or counted as it
 * streams) is cancelled and refused with a `malformed` ProviderError.
 */
export async function readBody(response: Response, max = MAX_RESPONSE_BYTES): Promise<string> {
  const tooLarge = () => new ProviderError('malformed', `the source answered more than ${max} bytes`);
  const declared = Number(response.headers.get('content-length') ?? Number.NaN);
  if (declared > max) {
    await response.body?.cancel().catch(() => undefined);
    throw tooLarge();
  }
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge();
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return new TextDecoder().decode(bytes);
}
