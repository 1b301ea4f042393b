// SPDX-License-Identifier: MIT
// The canonical form is checked against the examples of RFC 8785 itself (https://www.rfc-editor.org/rfc/rfc8785),
// so a change of serializer that breaks interoperability fails here first.
import { describe, expect, it } from 'vitest';
import { CanonicalizationError, canonicalJson, digestJson } from './canonical.js';

describe('canonicalJson follows RFC 8785', () => {
  it('serializes the example of section 3.2.2 (whitespace, numbers, string escapes, literals)', () => {
    const input =
      '{\n  "numbers": [333333333.33333329, 1E30, 4.50,\n              2e-3, 0.000000000000000000000000001],\n' +
      '  "string": "\\u20ac$\\u000F\\u000aA\'\\u0042\\u0022\\u005c\\\\\\"\\/",\n  "literals": [null, true, false]\n}';
    const expected =
      '{"literals":[null,true,false],"numbers":[333333333.3333333,1e+30,4.5,0.002,1e-27],' +
      '"string":"€$\\u000f\\nA\'B\\"\\\\\\\\\\"/"}';
    expect(canonicalJson(JSON.parse(input))).toBe(expected);
  });

  it('produces the UTF-8 bytes of section 3.2.4 for that example', () => {
    const value = JSON.parse(
      '{"numbers":[333333333.33333329,1E30,4.50,2e-3,0.000000000000000000000000001],' +
        '"string":"\\u20ac$\\u000F\\u000aA\'\\u0042\\u0022\\u005c\\\\\\"\\/","literals":[null,true,false]}',
    );
    const hex = [
      '7b 22 6c 69 74 65 72 61 6c 73 22 3a 5b 6e 75 6c 6c 2c 74 72',
      '75 65 2c 66 61 6c 73 65 5d 2c 22 6e 75 6d 62 65 72 73 22 3a',
      '5b 33 33 33 33 33 33 33 33 33 2e 33 33 33 33 33 33 33 2c 31',
      '65 2b 33 30 2c 34 2e 35 2c 30 2e 30 30 32 2c 31 65 2d 32 37',
      '5d 2c 22 73 74 72 69 6e 67 22 3a 22 e2 82 ac 24 5c 75 30 30',
      '30 66 5c 6e 41 27 42 5c 22 5c 5c 5c 5c 5c 22 2f 22 7d',
    ].join(' ').replace(/ /g, '');
    expect(Buffer.from(canonicalJson(value), 'utf8').toString('hex')).toBe(hex);
  });

  it('sorts properties by UTF-16 code units as in section 3.2.3', () => {
    const input = JSON.parse(
      '{"\\u20ac":"Euro Sign","\\r":"Carriage Return","\\ufb33":"Hebrew Letter Dalet With Dagesh","1":"One",' +
        '"\\ud83d\\ude00":"Emoji: Grinning Face","\\u0080":"Control","\\u00f6":"Latin Small Letter O With Diaeresis"}',
    );
    const expected =
      '{"\\r":"Carriage Return","1":"One","\u0080":"Control","\u00f6":"Latin Small Letter O With Diaeresis",' +
      '"\u20ac":"Euro Sign","\ud83d\ude00":"Emoji: Grinning Face","\ufb33":"Hebrew Letter Dalet With Dagesh"}';
    expect(canonicalJson(input)).toBe(expected);
  });

  // Appendix B: IEEE 754 bit patterns and their canonical text.
  const APPENDIX_B: Array<[string, string]> = [
    ['0000000000000000', '0'],
    ['8000000000000000', '0'],
    ['0000000000000001', '5e-324'],
    ['8000000000000001', '-5e-324'],
    ['7fefffffffffffff', '1.7976931348623157e+308'],
    ['ffefffffffffffff', '-1.7976931348623157e+308'],
    ['4340000000000000', '9007199254740992'],
    ['c340000000000000', '-9007199254740992'],
    ['4430000000000000', '295147905179352830000'],
    ['44b52d02c7e14af5', '9.999999999999997e+22'],
    ['44b52d02c7e14af6', '1e+23'],
    ['44b52d02c7e14af7', '1.0000000000000001e+23'],
    ['444b1ae4d6e2ef4e', '999999999999999700000'],
    ['444b1ae4d6e2ef4f', '999999999999999900000'],
    ['444b1ae4d6e2ef50', '1e+21'],
    ['3eb0c6f7a0b5ed8c', '9.999999999999997e-7'],
    ['3eb0c6f7a0b5ed8d', '0.000001'],
    ['41b3de4355555553', '333333333.3333332'],
    ['41b3de4355555554', '333333333.33333325'],
    ['41b3de4355555555', '333333333.3333333'],
    ['41b3de4355555556', '333333333.3333334'],
    ['41b3de4355555557', '333333333.33333343'],
    ['becbf647612f3696', '-0.0000033333333333333333'],
    ['43143ff3c1cb0959', '1424953923781206.2'],
  ];
  it.each(APPENDIX_B)('serializes the double 0x%s as %s (Appendix B)', (bits, text) => {
    const n = Buffer.from(bits, 'hex').readDoubleBE(0);
    expect(canonicalJson([n])).toBe(`[${text}]`);
  });

  it.each([
    ['NaN', Number.NaN, ''],
    ['Infinity (Appendix B 7ff0000000000000)', Number.POSITIVE_INFINITY, ''],
    ['a lone high surrogate', { name: 'x\ud800' }, '/name'],
    ['a lone low surrogate in a key', { ['\udc00']: 1 }, '/\udc00'],
    ['a Date object', { when: new Date(0) }, '/when'],
    ['undefined inside an array', [1, undefined], '/1'],
  ])('refuses %s instead of changing it', (_name, value, pointer) => {
    expect(() => canonicalJson(value)).toThrow(CanonicalizationError);
    try {
      canonicalJson(value);
    } catch (e) {
      expect((e as CanonicalizationError).pointer).toBe(pointer);
    }
  });

  it('leaves out object members whose value is undefined, as JSON.stringify does', () => {
    expect(canonicalJson({ b: 1, a: undefined })).toBe('{"b":1}');
  });

  it('keeps Unicode text as is (no normalization): NFC and NFD spellings of a name differ', () => {
    const nfc = 'Nguyễn'.normalize('NFC');
    const nfd = nfc.normalize('NFD');
    expect(canonicalJson(nfc)).not.toBe(canonicalJson(nfd));
  });
});

describe('digestJson', () => {
  it('is the hex SHA-256 of the canonical UTF-8 text, whatever the key order and spacing', () => {
    const a = JSON.parse('{"b": [1, 2.50], "a": "Hà Nội"}');
    const b = JSON.parse('{"a":"Hà Nội","b":[1,2.5]}');
    expect(digestJson(a)).toBe(digestJson(b));
    // printf '%s' '{"a":"Hà Nội","b":[1,2.5]}' | sha256sum
    expect(digestJson(a)).toBe('0f397000a0f73aad6bb88630d7fc86e6daf0f748ff137bf7fb2b46dc4ea0c780');
  });

  it('changes when any value changes', () => {
    expect(digestJson({ a: 1 })).not.toBe(digestJson({ a: 2 }));
    expect(digestJson({ a: '1' })).not.toBe(digestJson({ a: 1 }));
  });
});
