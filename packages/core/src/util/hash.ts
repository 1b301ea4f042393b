// SPDX-License-Identifier: MIT
/**
 * A fast, synchronous, non-cryptographic 64-bit FNV-1a hash (16 hex digits) over the UTF-16LE bytes of a string.
 * It identifies a schema so that a precompiled validator is never paired with the wrong definition; it is not a
 * security boundary (signatures are `@tokhai/server`'s business). Synchronous on purpose: `crypto.subtle.digest`
 * is async and not available in every runtime core supports.
 */
import { stableStringify } from './json.js';

/** FNV-1a 64 of the UTF-16LE bytes of `text`, as 16 lowercase hex digits. */
export const fnv1a64 = (text: string): string => {
  // Four 16-bit limbs keep every product below 2^53 (and every value a small integer, which cold code handles
  // fastest). Offset basis 0xcbf29ce484222325. Locals, not an array: this runs over a whole key-sorted definition
  // when a module carries no text hash (the same step as `textHash`, which takes a code unit instead of a byte).
  let h0 = 0x2325;
  let h1 = 0x8422;
  let h2 = 0x9ce4;
  let h3 = 0xcbf2;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // The low byte, then the high byte (UTF-16LE).
    for (let k = 0, byte = c & 0xff; k < 2; k++, byte = c >>> 8) {
      h0 ^= byte;
      // × FNV prime 0x100000001b3 = 2^40 + 0x1b3; 2^40 shifts limb i into limb i+2 by 8 bits.
      const t0 = h0 * 0x1b3;
      const t1 = h1 * 0x1b3 + (t0 >>> 16);
      const t2 = h2 * 0x1b3 + (t1 >>> 16) + (h0 << 8);
      const t3 = h3 * 0x1b3 + (t2 >>> 16) + (h1 << 8);
      h0 = t0 & 0xffff;
      h1 = t1 & 0xffff;
      h2 = t2 & 0xffff;
      h3 = t3 & 0xffff;
    }
  }
  const hex = (n: number) => n.toString(16).padStart(4, '0');
  return hex(h3) + hex(h2) + hex(h1) + hex(h0);
};

/** The hash of a schema: FNV-1a 64 over its key-sorted JSON. Equal schemas (any key order) hash equal. */
export const schemaHash = (schema: unknown): string => 'fnv1a64:' + fnv1a64(stableStringify(schema));

/**
 * The hash of a form definition as its author wrote it (key-sorted JSON, like `schemaHash`): `tokhai build` writes
 * it into the validator module of a definition it checked, and `compileBuiltForm` compares.
 */
export const definitionHash = (definition: unknown): string => schemaHash(definition);

// ---------------------------------------------------------------------------------------------------------------
// The definition's text hash: what `compileBuiltForm` compares first
// ---------------------------------------------------------------------------------------------------------------
//
// `definitionHash` sorts keys so that any key order verifies, which costs a recursive key-sorted writer and then
// FNV over its UTF-16 code units a byte at a time: at 1,000 fields, about 15 ms of a built form's first render, all
// of it in code that has not been optimized yet. But the definition a page compiles is nearly always the very JSON
// the build read (`fetch().json()` or a JSON import of the file `tokhai build` copied), whose keys come in the order
// they were written. So the module also carries the hash of that text, `JSON.stringify(definition)` (native, several
// times faster than the key-sorted writer), taken one whole code unit per FNV step: half the steps of `fnv1a64`.
// A definition in another key order misses it and is verified by `definitionHash`, as before.
//
// Measured cold (Chromium main-thread CPU, and Node): as fast as hashing the UTF-8 bytes two at a time through
// `TextEncoder` and a `Uint16Array` (which would add an encoder fallback and byte-order handling for nothing), or
// two code units per step; and faster on a large form than two 32-bit `Math.imul` lanes, whose products V8 boxes
// as heap numbers in unoptimized code (with pointer compression, as in Chromium), where 16-bit limbs stay small.

/** The prefix of `textHash` values: the algorithm's name, so a future change is a clean miss, never a false match. */
const TEXT_HASH_PREFIX = 'fnv1a64w16:';

/**
 * A fast non-cryptographic 64-bit hash of a text (`fnv1a64w16:` and 16 hex digits): FNV-1a 64 whose steps take a
 * whole UTF-16 code unit (16 bits) instead of a byte. Each step is a bijection of the state for a given code unit,
 * so texts that differ in one code unit always hash differently. Like `fnv1a64`, a guard against mistakes, not
 * against forgery.
 */
export const textHash = (text: string): string => {
  // Offset basis 0xcbf29ce484222325 in four 16-bit limbs, × FNV prime 2^40 + 0x1b3 per step, as in `fnv1a64`.
  let h0 = 0x2325;
  let h1 = 0x8422;
  let h2 = 0x9ce4;
  let h3 = 0xcbf2;
  for (let i = 0; i < text.length; i++) {
    h0 ^= text.charCodeAt(i);
    const t0 = h0 * 0x1b3;
    const t1 = h1 * 0x1b3 + (t0 >>> 16);
    const t2 = h2 * 0x1b3 + (t1 >>> 16) + (h0 << 8);
    const t3 = h3 * 0x1b3 + (t2 >>> 16) + (h1 << 8);
    h0 = t0 & 0xffff;
    h1 = t1 & 0xffff;
    h2 = t2 & 0xffff;
    h3 = t3 & 0xffff;
  }
  const hex = (n: number) => n.toString(16).padStart(4, '0');
  return TEXT_HASH_PREFIX + hex(h3) + hex(h2) + hex(h1) + hex(h0);
};

/**
 * The hash of a definition's JSON text as written: `textHash(JSON.stringify(definition))`, keys in the order the
 * definition holds them. `tokhai build` writes it into the validator module beside `definitionHash`; equal
 * definitions in another key order hash differently here (and alike under `definitionHash`).
 */
export const definitionTextHash = (definition: unknown): string => {
  const text = JSON.stringify(definition) as string | undefined;
  if (text === undefined) throw new TypeError('a definition must be JSON');
  return textHash(text);
};
