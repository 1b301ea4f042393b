import { describe, expect, it } from 'vitest';
import { PROVINCES } from '@tokhai/vn-data';
import fc from 'fast-check';
import { COMPILE_TIME_FORMAT_NAMES, runTimeFormat } from './run-time.js';
import { SUITE } from '../engines/suite-cases.test.helper.js';
import { checkFormat, formatTable, KNOWN_FORMAT_NAMES, STANDARD_FORMAT_NAMES, TOKHAI_FORMATS, tokhaiFormat } from './index.js';
import { PROVINCE_CODES_2025, PROVINCE_CODES_PRE_2025 } from './province-codes.js';
import { taxCodeCheckDigit } from './vn-tax-code.js';
import { pidBirthYear, pidSex } from './vn-pid.js';
import { MESSAGES } from '../i18n/index.js';
import { formatCheck, TOKHAI_FORMAT_CHECKS } from './tokhai.js';

describe('every tokhai format', () => {
  for (const f of TOKHAI_FORMATS) {
    describe(f.name, () => {
      it.each(f.examples.valid)('accepts %j', (v) => expect(f.validate(v)).toBe(true));
      it.each(f.examples.invalid)('rejects %j', (v) => expect(f.validate(v)).toBe(false));
      it('has a Vietnamese and an English message for its key and every reason', () => {
        for (const key of [f.messageKey, ...(f.reasonKeys ?? [])]) {
          expect(Object.hasOwn(MESSAGES.vi, key), key).toBe(true);
          expect(Object.hasOwn(MESSAGES.en, key), key).toBe(true);
        }
      });
      it('explains failures only with keys it declares', () => {
        for (const v of f.examples.invalid) expect([f.messageKey, ...(f.reasonKeys ?? [])]).toContain(f.explain?.(v) ?? f.messageKey);
      });
      it('is registered in the engine format table', () => expect(formatTable[f.name]).toBeDefined());
      it('runs, at run time, the very check its definition documents', () => {
        const check = formatCheck(f.name)!;
        expect([check.validate, check.explain, check.messageKey, check.reasonKeys]).toEqual([f.validate, f.explain, f.messageKey, f.reasonKeys]);
        expect(Object.keys(check)).not.toContain('examples');
      });
    });
  }
  it('has one definition, with docs, per run-time check, in the same order', () => {
    expect(TOKHAI_FORMATS.map((f) => f.name)).toEqual(TOKHAI_FORMAT_CHECKS.map((c) => c.name));
    for (const f of TOKHAI_FORMATS) expect([typeof f.rule, typeof f.source, typeof f.status, f.examples.valid.length > 0]).toEqual(['string', 'string', 'string', true]);
  });
});

describe('vn-tax-code', () => {
  it('computes the worked example of the circular: 010004751 → check digit 6', () => {
    expect(taxCodeCheckDigit('010004751')).toBe(6);
    expect(tokhaiFormat('vn-tax-code')!.validate('0100047516')).toBe(true);
  });
  it('rejects every other last digit of the worked example with the check-digit reason', () => {
    for (let d = 0; d <= 9; d++) {
      if (d === 6) continue;
      expect(tokhaiFormat('vn-tax-code')!.validate(`010004751${d}`)).toBe(false);
      expect(tokhaiFormat('vn-tax-code')!.explain!(`010004751${d}`)).toBe('format.vn-tax-code.check-digit');
    }
  });
  it('has no possible check digit when the weighted sum is a multiple of 11', () => {
    // 31·0 + 29·1 + 23·0 … chosen so that S mod 11 = 0: 0,1,0,0,0,0,0,0,4 → 29 + 12 = 41? search instead.
    let found: string | undefined;
    for (let n = 100000000; n < 100001000 && !found; n++) if (taxCodeCheckDigit(String(n).padStart(9, '0')) === undefined) found = String(n).padStart(9, '0');
    expect(found).toBeDefined();
    for (let d = 0; d <= 9; d++) expect(tokhaiFormat('vn-tax-code')!.validate(`${found}${d}`)).toBe(false);
  });
  it('accepts a 12-digit personal identification number as an individual tax code', () => {
    expect(tokhaiFormat('vn-tax-code')!.validate('079203000123')).toBe(true);
    expect(tokhaiFormat('vn-tax-code')!.validate('999203000123')).toBe(false);
  });
});

describe('vn-pid', () => {
  it('reads the century and sex digit and the year of birth', () => {
    expect(pidBirthYear('001099012345')).toBe(1999);
    expect(pidSex('001099012345')).toBe('male');
    expect(pidBirthYear('079303000123')).toBe(2003);
    expect(pidSex('079303000123')).toBe('female');
  });
  it('explains an unknown province code and a future year with their own messages', () => {
    const f = tokhaiFormat('vn-pid')!;
    expect(f.explain!('099099012345')).toBe('format.vn-pid.province');
    expect(f.explain!('001499012345')).toBe('format.vn-pid.year');
    expect(f.explain!('12345')).toBe('format.vn-pid');
  });
  it('accepts every pre-2025 province code as the birth-registration place', () => {
    for (const code of PROVINCE_CODES_PRE_2025) expect(tokhaiFormat('vn-pid')!.validate(`0${code}099012345`)).toBe(true);
  });
});

describe('province codes', () => {
  it('takes the 34 codes of 2025 from @tokhai/vn-data', () => {
    expect(PROVINCE_CODES_2025).toHaveLength(34);
    expect(PROVINCE_CODES_2025).toEqual(PROVINCES.map((p) => p.code));
  });
  it('lists 63 distinct pre-2025 codes that include every 2025 code', () => {
    expect(new Set(PROVINCE_CODES_PRE_2025).size).toBe(63);
    for (const c of PROVINCE_CODES_2025) expect(PROVINCE_CODES_PRE_2025).toContain(c);
  });
});

describe('checkFormat', () => {
  it('passes values of other types and unknown formats, as every engine does', () => {
    expect(checkFormat('vn-pid', 12)).toBe(true);
    expect(checkFormat('no-such-format', 'x')).toBe(true);
    expect(checkFormat('date', '2024-02-30')).toBe(false);
    expect(checkFormat('int32', 2 ** 40)).toBe(false);
  });
  it('knows the standard formats of ajv-formats and the Vietnamese ones', () => {
    for (const n of ['date', 'email', 'uri', 'date-time', 'time', 'vn-pid', 'vn-partial-date']) expect(KNOWN_FORMAT_NAMES.has(n)).toBe(true);
    expect(STANDARD_FORMAT_NAMES).toContain('email');
  });
  it('runs in linear time on a 1 MB string', () => {
    const big = '0'.repeat(1_000_000);
    for (const f of TOKHAI_FORMATS) expect(f.validate(big)).toBe(false);
  });
});

declare global {
  interface ImportMeta {
    glob<T>(pattern: string | string[], options: { eager: true; import: 'default'; query?: string }): Record<string, T>;
  }
}
const readme = Object.values(import.meta.glob<string>('../../README.md', { eager: true, import: 'default', query: '?raw' }))[0] ?? '';

describe('the README formats table', () => {
  it('documents every tokhai format with its rule', () => {
    for (const f of TOKHAI_FORMATS) expect(readme).toContain(`| \`${f.name}\` | ${f.rule} |`);
  });
});

describe('run-time formats (rule conditions in a built form\'s bundle)', () => {
  // Every string the JSON Schema Test Suite tests these formats with, plus random and mutated ones.
  const suiteStrings = (name: string): string[] =>
    SUITE.flatMap((f) => f.groups)
      .filter((g) => typeof g.schema === 'object' && g.schema !== null && (g.schema as { format?: unknown }).format === name)
      .flatMap((g) => g.tests.map((t) => t.data))
      .filter((d): d is string => typeof d === 'string');

  for (const name of ['date', 'time', 'date-time', 'email'])
    it(`checks ${name} exactly as ajv-formats' full table does`, () => {
      const carried = runTimeFormat(name)!;
      const strings = suiteStrings(name);
      expect(strings.length).toBeGreaterThan(5);
      for (const s of strings) expect(carried(s), s).toBe(checkFormat(name, s));
      const alphabet = fc.constantFrom(...'0123456789-:.TtZz+@ab_ \u00e9'.split(''));
      fc.assert(
        fc.property(fc.oneof(fc.constantFrom(...strings), fc.string({ unit: alphabet, maxLength: 30 })), fc.nat(40), fc.string({ unit: alphabet, maxLength: 3 }), (base, at, insert) => {
          for (const s of [base, base.slice(0, at) + insert + base.slice(at)]) expect(carried(s), s).toBe(checkFormat(name, s));
        }),
        { numRuns: 3000, seed: 42 },
      );
      expect(carried(20240229)).toBe(true); // strings only, as in the table
    });

  it('carries every tokhai format, leaves only the listed standard ones to compile time, and passes unknown names', () => {
    for (const f of TOKHAI_FORMATS) expect(runTimeFormat(f.name)!('x'), f.name).toBe(checkFormat(f.name, 'x'));
    const standard = Object.keys(formatTable).filter((n) => !TOKHAI_FORMATS.some((f) => f.name === n));
    expect([...COMPILE_TIME_FORMAT_NAMES].sort()).toEqual(standard.filter((n) => !['date', 'time', 'date-time', 'email'].includes(n)).sort());
    for (const n of COMPILE_TIME_FORMAT_NAMES) expect(runTimeFormat(n)).toBeUndefined();
    expect(runTimeFormat('no-such-format')!('anything')).toBe(true);
    expect(runTimeFormat('password')!('x')).toBe(checkFormat('password', 'x'));
  });
});
