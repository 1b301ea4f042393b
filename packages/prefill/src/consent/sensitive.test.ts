// SPDX-License-Identifier: MIT
import { describe, expect, it } from 'vitest';
import { isSensitiveClaim, isThirdPartyClaim } from './sensitive.js';

describe('sensitive and third-party claims', () => {
  it('recognises sensitive data by name anywhere in the pointer (Decree 13/2023 Art. 2(4))', () => {
    for (const c of ['/ethnicity', '/vn_ethnicity', '/religion', '/healthCertificates/0', '/mother/ethnicity', '/criminal_records']) {
      expect(isSensitiveClaim(c)).toBe(true);
    }
    for (const c of ['/fullName', '/permanentResidence', '/healthInsuranceCard', '/vn_pid']) expect(isSensitiveClaim(c)).toBe(false);
  });

  it('adds what a provider declares, including children of a declared pointer', () => {
    expect(isSensitiveClaim('/bloodType/group', { sensitive: ['/bloodType'] })).toBe(true);
    expect(isSensitiveClaim('/bloodTypeX', { sensitive: ['/bloodType'] })).toBe(false);
  });

  it('recognises data about other people', () => {
    expect(isThirdPartyClaim('/father/fullName')).toBe(true);
    expect(isThirdPartyClaim('/household/members')).toBe(true);
    expect(isThirdPartyClaim('/household/relationshipToHead')).toBe(false);
    expect(isThirdPartyClaim('/fullName')).toBe(false);
  });
});
