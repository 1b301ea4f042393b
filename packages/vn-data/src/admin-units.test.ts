// SPDX-License-Identifier: MIT
import { describe, expect, it } from 'vitest';
import {
  ADMIN_UNITS_VERSION,
  adminUnitLookup,
  allCommunes,
  communesOf,
  convertOldAddress,
  findCommune,
  isCommuneOf,
  newCommuneCodes,
  unit,
} from './admin-units.js';
import { PROVINCES } from './index.js';
import units from './data/admin-units-2025.json' with { type: 'json' };
import oldToNew from './data/admin-units-old-to-new.json' with { type: 'json' };

describe('communes of 2025-07-01', () => {
  it('counts 3,321 commune-level units: 2,621 xã, 687 phường, 13 đặc khu', () => {
    const all = allCommunes();
    expect(all).toHaveLength(3321);
    expect(all.filter((c) => c.type === 'commune')).toHaveLength(2621);
    expect(all.filter((c) => c.type === 'ward')).toHaveLength(687);
    expect(all.filter((c) => c.type === 'special_zone')).toHaveLength(13);
    expect(new Set(all.map((c) => c.code)).size).toBe(3321);
  });

  it('decodes to exactly the source copy, province by province', () => {
    for (const p of units) {
      expect(communesOf(p.code)).toEqual(p.children.map((c) => ({ ...c, provinceCode: p.code })));
    }
  });

  it('gives each commune a 5-digit code and an NFC name that starts with its type word', () => {
    const words = { commune: 'Xã ', ward: 'Phường ', special_zone: 'Đặc khu ' };
    for (const c of allCommunes()) {
      expect(c.code).toMatch(/^\d{5}$/);
      expect(c.name.normalize('NFC')).toBe(c.name);
      expect(c.name.startsWith(words[c.type])).toBe(true);
    }
  });

  it('lists the communes of a province, and none for an unknown code', () => {
    const hanoi = communesOf('01');
    expect(hanoi).toHaveLength(126);
    expect(hanoi[0]).toEqual({ code: '00004', name: 'Phường Ba Đình', type: 'ward', provinceCode: '01' });
    expect(communesOf('02')).toEqual([]);
    expect(communesOf('constructor')).toEqual([]);
  });

  it('says whether a commune belongs to a province', () => {
    for (const p of PROVINCES) for (const c of communesOf(p.code)) expect(isCommuneOf(c.code, p.code)).toBe(true);
    expect(isCommuneOf('00004', '01')).toBe(true);
    expect(isCommuneOf('00004', '79')).toBe(false);
    expect(isCommuneOf('99999', '01')).toBe(false);
  });

  it('looks any unit up by code: province or commune', () => {
    expect(unit('26732')).toEqual({ code: '26732', name: 'Đặc khu Côn Đảo', type: 'special_zone', provinceCode: '79' });
    expect(unit('01')).toEqual({ code: '01', name: 'Thành phố Hà Nội', type: 'municipality', provinceCode: '01' });
    expect(unit('0000')).toBeUndefined();
    expect(unit('00001')).toBeUndefined(); // an old code that is not reused
  });

  it("answers core's adminUnitName lookup with the official name", () => {
    expect(adminUnitLookup.name('00004')).toBe('Phường Ba Đình');
    expect(adminUnitLookup.name('48')).toBe('Thành phố Đà Nẵng');
    expect(adminUnitLookup.name('12345')).toBeUndefined();
  });

  it("answers core's format membership checks", () => {
    expect(adminUnitLookup.hasCommune('00004')).toBe(true);
    expect(adminUnitLookup.hasCommune('00001')).toBe(false);
    expect(adminUnitLookup.hasProvince('79')).toBe(true);
    expect(adminUnitLookup.hasProvince('02')).toBe(false);
    expect(adminUnitLookup.communeInProvince('00004', '01')).toBe(true);
    expect(adminUnitLookup.communeInProvince('00004', '79')).toBe(false);
  });

  it('finds a commune from free text in its province, with or without its type word', () => {
    expect(findCommune('01', 'Phường Ba Đình')?.code).toBe('00004');
    expect(findCommune('01', 'P. Ba Dinh')?.code).toBe('00004');
    expect(findCommune('01', 'ba đình')?.code).toBe('00004');
    expect(findCommune('01', 'Xã Sóc Sơn')?.code).toBe(communesOf('01').find((c) => c.name === 'Xã Sóc Sơn')?.code);
    expect(findCommune('79', 'Ba Đình')).toBeUndefined();
  });

  it('is versioned by the date the list came into force', () => {
    expect(ADMIN_UNITS_VERSION).toBe('2025-07-01');
  });
});

describe('old codes → new codes', () => {
  it('decodes to exactly the source map for all 10,047 old communes', () => {
    const entries = Object.entries(oldToNew.communes);
    expect(entries).toHaveLength(10047);
    for (const [old, targets] of entries) expect(newCommuneCodes(old)).toEqual(targets);
    expect(entries.filter(([, t]) => t.length > 1)).toHaveLength(460);
  });

  it('converts an old commune that became one new commune, in another province', () => {
    // Old Tây Ninh (72) merged into the new Tây Ninh (80); old commune 25705 is now Xã Bến Cầu.
    expect(convertOldAddress({ provinceCode: '72', communeCode: '25705' })).toEqual({
      status: 'converted',
      provinceCode: '80',
      communeCode: '25681',
      unitsVersion: '2025-07-01',
    });
    expect(convertOldAddress({ communeCode: '26734' })).toMatchObject({ provinceCode: '79', communeCode: '26737' });
  });

  it('gives the candidates of a split old commune for the citizen to choose from', () => {
    expect(convertOldAddress({ provinceCode: '01', communeCode: '00007' })).toEqual({
      status: 'split',
      candidates: [
        { provinceCode: '01', communeCode: '00008', communeName: 'Phường Ngọc Hà', provinceName: 'Thành phố Hà Nội' },
        { provinceCode: '01', communeCode: '00025', communeName: 'Phường Giảng Võ', provinceName: 'Thành phố Hà Nội' },
      ],
    });
  });

  it('converts an island district that had no communes into its special zone', () => {
    expect(convertOldAddress({ provinceCode: '31', districtCode: '318' })).toEqual({
      status: 'converted',
      provinceCode: '31',
      communeCode: '11948',
      unitsVersion: '2025-07-01',
    });
    expect(unit('11948')?.name).toBe('Đặc khu Bạch Long Vĩ');
    expect(convertOldAddress({ provinceCode: '01', districtCode: '318' })).toEqual({ status: 'unknown' });
  });

  it('converts a province given alone', () => {
    expect(convertOldAddress({ provinceCode: '02' })).toEqual({ status: 'converted', provinceCode: '08', unitsVersion: '2025-07-01' });
  });

  it('says unknown for codes not in the old list or that contradict each other', () => {
    expect(convertOldAddress({ communeCode: '99999' })).toEqual({ status: 'unknown' });
    expect(convertOldAddress({ provinceCode: '03' })).toEqual({ status: 'unknown' });
    expect(convertOldAddress({ provinceCode: '01', communeCode: '25705' })).toEqual({ status: 'unknown' });
    expect(convertOldAddress({ provinceCode: 'toString' })).toEqual({ status: 'unknown' });
    expect(convertOldAddress({})).toEqual({ status: 'unknown' });
  });

  it('reaches every new commune except the five special zones made from island districts', () => {
    const reached = new Set(Object.values(oldToNew.communes).flat());
    const unreached = allCommunes().filter((c) => !reached.has(c.code)).map((c) => c.code);
    expect(unreached.sort()).toEqual(Object.values(oldToNew.districtsWithoutCommunes).flat().sort());
  });
});
