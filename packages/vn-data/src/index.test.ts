// SPDX-License-Identifier: MIT
import { describe, expect, it } from 'vitest';
import {
  COUNTRIES,
  ETHNIC_GROUPS,
  EXTRA_ETHNIC_CODES,
  PROVINCES,
  country,
  countryName,
  ethnicGroup,
  findCountry,
  findEthnicGroup,
  findProvince,
  matchKey,
  province,
} from './index.js';
import units from './data/admin-units-2025.json' with { type: 'json' };
import ethnicSource from './data/ethnic-groups.json' with { type: 'json' };
import viSource from './data/i18n-iso-countries/vi.json' with { type: 'json' };
import enSource from './data/i18n-iso-countries/en.json' with { type: 'json' };

const isNfc = (s: string) => s === s.normalize('NFC');

describe('provinces', () => {
  it('lists the 34 provincial units of 2025-07-01: 6 municipalities and 28 provinces', () => {
    expect(PROVINCES).toHaveLength(34);
    expect(PROVINCES.filter((p) => p.type === 'municipality')).toHaveLength(6);
    expect(PROVINCES.filter((p) => p.type === 'province')).toHaveLength(28);
  });

  it('matches the source copy exactly (code, name, type, order)', () => {
    expect(PROVINCES).toEqual(units.map(({ code, name, type }) => ({ code, name, type })));
  });

  it('has unique 2-digit codes and NFC names with their type word', () => {
    expect(new Set(PROVINCES.map((p) => p.code)).size).toBe(34);
    for (const p of PROVINCES) {
      expect(p.code).toMatch(/^\d{2}$/);
      expect(isNfc(p.name)).toBe(true);
      expect(p.name).toMatch(p.type === 'municipality' ? /^Thành phố / : /^Tỉnh /);
    }
  });

  it('looks a province up by code', () => {
    expect(province('79')).toEqual({ code: '79', name: 'Thành phố Hồ Chí Minh', type: 'municipality' });
    expect(province('02')).toBeUndefined(); // Hà Giang: merged into Tuyên Quang (08)
  });

  it('finds a province from free text with or without type word, diacritics or tone-mark placement', () => {
    expect(findProvince('Hà Nội')?.code).toBe('01');
    expect(findProvince('TP. Hồ Chí Minh')?.code).toBe('79');
    expect(findProvince('tp Ho Chi Minh')?.code).toBe('79');
    expect(findProvince('Tỉnh Khánh Hoà')?.code).toBe('56');
    expect(findProvince('thanh pho hue')?.code).toBe('46');
    expect(findProvince('Hà Giang')).toBeUndefined();
  });
});

describe('ethnic groups', () => {
  it('lists the 54 groups with codes 01–54 from the source copy', () => {
    expect(ETHNIC_GROUPS).toHaveLength(54);
    expect(ETHNIC_GROUPS.map((g) => g.code)).toEqual(Array.from({ length: 54 }, (_, i) => String(i + 1).padStart(2, '0')));
    expect(ETHNIC_GROUPS).toEqual(
      ethnicSource.ethnicGroups.map(({ code, name, commonName, otherNames }) => ({ code, name, commonName, otherNames })),
    );
    expect(EXTRA_ETHNIC_CODES).toEqual([{ code: '55', name: 'Người nước ngoài' }]);
  });

  it('keeps every name NFC', () => {
    for (const g of ETHNIC_GROUPS) for (const n of [g.name, g.commonName, ...g.otherNames]) expect(isNfc(n)).toBe(true);
  });

  it('looks a group up by code; 55 is not a group', () => {
    expect(ethnicGroup('01')?.name).toBe('Kinh');
    expect(ethnicGroup('54')?.commonName).toBe('Rơ Măm');
    expect(ethnicGroup('55')).toBeUndefined();
  });

  it('finds a group by any spelling of its name, as the population database returns it', () => {
    expect(findEthnicGroup('Kinh')?.code).toBe('01');
    expect(findEthnicGroup('Việt')?.code).toBe('01');
    expect(findEthnicGroup('Khmer')?.code).toBe('05');
    expect(findEthnicGroup('Khơ me')?.code).toBe('05');
    expect(findEthnicGroup("H'Mông")?.code).toBe('08');
    expect(findEthnicGroup('Mông')?.code).toBe('08');
    expect(findEthnicGroup('ê đê')?.code).toBe('12');
    expect(findEthnicGroup('Bru - Vân Kiều')?.code).toBe('23');
  });

  it('prefers a group name over a local name and refuses an ambiguous local name', () => {
    // "Hoa" is group 04 and also a local name of the Mông; "Thổ" is group 24 and a local name of Tày and Khmer.
    expect(findEthnicGroup('Hoa')?.code).toBe('04');
    expect(findEthnicGroup('Thổ')?.code).toBe('24');
    expect(findEthnicGroup('Không có')).toBeUndefined();
  });
});

describe('countries (nationalities)', () => {
  const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
  const vi = viSource.countries as Record<string, string | string[]>;
  const en = enSource.countries as Record<string, string | string[]>;
  const OVERRIDDEN = ['MY', 'PS', 'SY', 'US'];

  it('lists every ISO 3166-1 alpha-2 code of the source, sorted, each named in vi and en', () => {
    expect(COUNTRIES.map((c) => c.code)).toEqual(Object.keys(en).sort());
    expect(COUNTRIES.length).toBe(250);
    for (const c of COUNTRIES) {
      expect(c.code).toMatch(/^[A-Z]{2}$/);
      expect(c.name.en).toBe(first(en[c.code]));
      if (!OVERRIDDEN.includes(c.code)) expect(c.name.vi).toBe(first(vi[c.code])!.normalize('NFC'));
      expect(isNfc(c.name.vi) && isNfc(c.name.en)).toBe(true);
    }
  });

  it('corrects exactly the documented Vietnamese names', () => {
    const changed = COUNTRIES.filter((c) => c.name.vi !== first(vi[c.code])).map((c) => c.code);
    expect(changed).toEqual(OVERRIDDEN);
    expect(countryName('MY')).toBe('Malaysia');
    expect(countryName('US')).toBe('Hoa Kỳ');
  });

  it('names a country in Vietnamese by default and in English on request', () => {
    expect(countryName('VN')).toBe('Việt Nam');
    expect(countryName('vn', 'en')).toBe('Vietnam');
    expect(countryName('KR', 'en')).toBe('South Korea');
    expect(countryName('ZZ')).toBeUndefined();
    expect(country('JP')?.name).toEqual({ vi: 'Nhật Bản', en: 'Japan' });
  });

  it('finds a country from a code, a name in either language or an alias', () => {
    expect(findCountry('VN')?.code).toBe('VN');
    expect(findCountry('Việt Nam')?.code).toBe('VN');
    expect(findCountry('viet nam')?.code).toBe('VN');
    expect(findCountry('Mỹ')?.code).toBe('US');
    expect(findCountry('Hợp chủng quốc Hoa Kỳ')?.code).toBe('US');
    expect(findCountry('USA')?.code).toBe('US');
    expect(findCountry('Trung Quốc')?.code).toBe('CN');
    expect(findCountry('China')?.code).toBe('CN');
  });

  it('refuses a name two countries share', () => {
    expect(findCountry('Congo')).toBeUndefined();
    expect(findCountry('Công-gô')?.code).toBe('CG');
  });
});

describe('matchKey', () => {
  it('ignores case, diacritics, đ, hyphens, apostrophes and spaces, and tone-mark placement', () => {
    expect(matchKey('Khơ-me')).toBe(matchKey('KHO ME'));
    expect(matchKey('Ê-đê')).toBe('ede');
    expect(matchKey('Hòa')).toBe(matchKey('Hoà'));
    expect(matchKey('Hòa')).toBe(matchKey('Ho\u0300a'));
    expect(matchKey('Hà Nội')).not.toBe(matchKey('Hà Nam'));
  });
});
