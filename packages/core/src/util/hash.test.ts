import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { definitionTextHash, fnv1a64, schemaHash, textHash } from './hash.js';
import { stableStringify } from './json.js';

/** The textbook FNV-1a 64 over bytes, with BigInt: the reference the limb arithmetic must equal. */
const reference = (bytes: number[]): string => {
  let h = 0xcbf29ce484222325n;
  for (const b of bytes) h = ((h ^ BigInt(b)) * 0x100000001b3n) & 0xffffffffffffffffn;
  return h.toString(16).padStart(16, '0');
};
const utf16le = (text: string): number[] => [...Array(text.length).keys()].flatMap((i) => [text.charCodeAt(i) & 0xff, text.charCodeAt(i) >>> 8]);

describe('fnv1a64', () => {
  it('gives the published FNV-1a 64 value of the empty input', () => {
    expect(fnv1a64('')).toBe('cbf29ce484222325');
  });

  it('equals the BigInt reference over the UTF-16LE bytes of any text, Vietnamese and astral characters included', () => {
    for (const text of ['a', 'Tờ khai đăng ký khai sinh', '𝄞 \u0000 \uffff']) expect(fnv1a64(text)).toBe(reference(utf16le(text)));
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 64 }), (text) => fnv1a64(text) === reference(utf16le(text))), { seed: 42, numRuns: 500 });
  });
});

describe('stableStringify', () => {
  it('sorts keys at every level, drops undefined properties and writes undefined array items as null', () => {
    expect(stableStringify({ b: [1, undefined, { d: 1, c: 'x' }], a: undefined, 'ạ': true })).toBe('{"b":[1,null,{"c":"x","d":1}],"ạ":true}');
  });

  it('equals a plain recursive key-sorted JSON writer for any JSON value (integer-like keys sort as text too)', () => {
    const write = (v: unknown): string =>
      Array.isArray(v)
        ? `[${v.map(write).join(',')}]`
        : v && typeof v === 'object'
          ? `{${Object.keys(v).sort().map((k) => `${JSON.stringify(k)}:${write((v as Record<string, unknown>)[k])}`).join(',')}}`
          : JSON.stringify(v);
    expect(stableStringify({ '': false, '0': null })).toBe('{"":false,"0":null}');
    fc.assert(fc.property(fc.jsonValue(), (v) => stableStringify(v) === write(v)), { seed: 7, numRuns: 300 });
  });

  it('gives the same text past the recursion limit: 10,000-deep nesting, without overflowing the stack', () => {
    let deep: unknown = { z: 1, a: [true] };
    for (let i = 0; i < 10_000; i++) deep = { k: deep, j: i % 3 === 0 ? [deep === null] : 'x' };
    const text = stableStringify(deep);
    expect(text.startsWith('{"j":[false],"k":{"j":"x","k":{"j":"x","k":{"j":[false]')).toBe(true);
    expect(text.endsWith('{"a":[true],"z":1}' + '}'.repeat(10_000))).toBe(true);
    expect(schemaHash(deep)).toBe(schemaHash(JSON.parse(text)));
  });
});

describe('textHash', () => {
  /** FNV-1a 64 with BigInt, one step per UTF-16 code unit: the reference the limb arithmetic must equal. */
  const reference16 = (text: string): string => {
    let h = 0xcbf29ce484222325n;
    for (let i = 0; i < text.length; i++) h = ((h ^ BigInt(text.charCodeAt(i))) * 0x100000001b3n) & 0xffffffffffffffffn;
    return 'fnv1a64w16:' + h.toString(16).padStart(16, '0');
  };

  it('equals FNV-1a 64 taken one UTF-16 code unit a step (BigInt reference), lone surrogates included', () => {
    for (const text of ['', 'a', 'Tờ khai đăng ký khai sinh', '𝄞 \u0000 \uffff', '\ud800', 'x\udc00y', 'x'.repeat(5_000)]) expect(textHash(text)).toBe(reference16(text));
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 64 }), (text) => textHash(text) === reference16(text)), { seed: 8, numRuns: 500 });
  });

  it('keeps its published values: a module written by one version of tokhai is read by the next', () => {
    // Changing the algorithm must change the `fnv1a64w16:` prefix too, or every module built before would miss.
    expect(textHash('')).toBe('fnv1a64w16:cbf29ce484222325');
    expect(textHash('a')).toBe('fnv1a64w16:af63dc4c8601ec8c');
    expect(textHash('Tờ khai')).toBe('fnv1a64w16:c6c0346c19958e8f');
  });

  it('changes when any one character changes, or when the text grows by a character', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 200 }), fc.nat(), fc.integer({ min: 0, max: 0xffff }), (text, at, code) => {
        const i = at % text.length;
        const changed = text.slice(0, i) + String.fromCharCode(code === text.charCodeAt(i) ? code ^ 1 : code) + text.slice(i + 1);
        return textHash(changed) !== textHash(text) && textHash(text + String.fromCharCode(code)) !== textHash(text);
      }),
      { seed: 9, numRuns: 1000 },
    );
  });

  it('is the hash of a definition\'s JSON text, keys in their written order', () => {
    const definition = { id: 'vn.test.x', schema: { type: 'object' } };
    expect(definitionTextHash(definition)).toBe(textHash(JSON.stringify(definition)));
    expect(definitionTextHash({ schema: { type: 'object' }, id: 'vn.test.x' })).not.toBe(definitionTextHash(definition));
    expect(() => definitionTextHash(undefined)).toThrow(TypeError);
  });
});
