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
  // Four 16-bit limbs keep every product below 2^53. Offset basis 0xcbf29ce484222325. Locals, not an array: this
  // runs over the whole definition before a built form's first render, so it is on the critical path.
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
