// SPDX-License-Identifier: MIT
// An address the citizen left half done (a province but no commune, no street) is reported in words: each part by
// the name the address widget shows ("Xã/Phường/Đặc khu"), picked ("Vui lòng chọn") where it is picked from a list,
// never by its property name (`communeCode`). The part names are the `address.part.*` texts of each form.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compileForm, type FormDefinition } from '@tokhai/core';
import { adminUnitLookup } from '@tokhai/vn-data/admin-units';

const FORMS_DIR = fileURLToPath(new URL('.', import.meta.url));

const catalog = readdirSync(FORMS_DIR, { withFileTypes: true })
  .filter((d) => d.isDirectory() && !['dist', 'bundles', 'node_modules', 'scripts'].includes(d.name))
  .flatMap((d) => {
    const file = readdirSync(join(FORMS_DIR, d.name)).find((n) => n.endsWith('.form.json'));
    if (file === undefined) return [];
    const definition = JSON.parse(readFileSync(join(FORMS_DIR, d.name, file), 'utf8')) as FormDefinition;
    const full = JSON.parse(readFileSync(join(FORMS_DIR, d.name, 'fixtures', 'valid', 'full.json'), 'utf8')) as unknown;
    return [{ definition, full }];
  });

/** A copy of `data` in which every address keeps its province and loses its commune and street; and their pointers. */
function halfDone(data: unknown): { data: unknown; communes: string[] } {
  const communes: string[] = [];
  const walk = (value: unknown, pointer: string): unknown => {
    if (Array.isArray(value)) return value.map((v, i) => walk(v, `${pointer}/${i}`));
    if (typeof value !== 'object' || value === null) return value;
    const record = value as Record<string, unknown>;
    if (typeof record.communeCode === 'string' && typeof record.provinceCode === 'string') {
      communes.push(`${pointer}/communeCode`);
      const { communeCode: _c, street: _s, ...rest } = record;
      return rest;
    }
    return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, walk(v, `${pointer}/${k}`)]));
  };
  return { data: walk(data, ''), communes };
}

const withAddresses = catalog.filter((c) => halfDone(c.full).communes.length > 0);

describe('a half-done address in the catalog forms', () => {
  it('is in most forms (the test is not empty)', () => {
    expect(withAddresses.length).toBeGreaterThanOrEqual(5);
  });

  describe.each(withAddresses.map((c) => [c.definition.id, c] as const))('%s', (_id, { definition, full }) => {
    const form = compileForm(definition, { adminUnits: adminUnitLookup });
    const { data, communes } = halfDone(full);

    it.each(['vi', 'en'] as const)('names every missing part as the address widget does (%s)', (locale) => {
      const { errors } = form.validate(data, { locale });
      const byPointer = new Map(errors.map((e) => [e.pointer, e.message]));
      const expected = locale === 'vi' ? 'Vui lòng chọn Xã/Phường/Đặc khu' : 'Select Commune/Ward/Special zone';
      for (const pointer of communes) if (byPointer.has(pointer)) expect(byPointer.get(pointer), pointer).toBe(expected);
      expect(communes.some((p) => byPointer.has(p))).toBe(true);
      for (const e of errors) expect(e.message, e.pointer).not.toMatch(/\b(communeCode|provinceCode|unitsVersion)\b|(nhập|Enter) street\b/);
    });
  });
});
