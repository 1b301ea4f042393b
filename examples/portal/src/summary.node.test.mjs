// SPDX-License-Identifier: MIT
// The labels the portal gives a refusal's errors: the form's own name of each field, found as the receipt's summary
// finds it. Needs `forms/dist` (npm run build).
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCatalog } from './catalog.mjs';
import { PATHS } from './portal.mjs';
import { fieldLabels } from './summary.mjs';
import { requireBuildOutputs } from './test-support.mjs';

let catalog;
beforeAll(() => {
  requireBuildOutputs();
  catalog = loadCatalog(PATHS.formsDist);
});

describe('fieldLabels', () => {
  it('names a field by its i18n label in the locale asked', () => {
    const form = catalog.latest('vn.moj.birth-registration').compiled;
    expect(fieldLabels(form, 'vi')('/requester/fullName')).toBe('Họ, chữ đệm, tên người yêu cầu');
    expect(fieldLabels(form, 'en')('/requester/fullName')).toBe("Applicant's full name");
    expect(fieldLabels(form, 'vi')('/child/dateOfBirth')).toBe('Ngày, tháng, năm sinh');
  });

  it('names a part of an address by the address field, and a row of a list by the list and its number', () => {
    const form = catalog.latest('vn.moj.judicial-record-request').compiled;
    const label = fieldLabels(form, 'vi');
    expect(label('/authority/communeCode')).toBe(label('/authority'));
    expect(label('/authority')).toBe('Nơi nộp hồ sơ');
    expect(label('/residenceHistory/0')).toBe('Quá trình cư trú 1');
    expect(label('/residenceHistory/1/from')).toBe('Quá trình cư trú 2: Từ (tháng/năm)');
  });

  it('names nothing for a pointer outside the form’s data', () => {
    const label = fieldLabels(catalog.latest('vn.moj.birth-registration').compiled, 'vi');
    expect(label('')).toBeUndefined();
    expect(label('/consent/0/source')).toBeUndefined();
    expect(label('/no-such-field')).toBeUndefined();
    expect(label('not a pointer')).toBeUndefined();
  });
});
