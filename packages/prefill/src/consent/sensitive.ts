// SPDX-License-Identifier: MIT
/**
 * Which claims are sensitive personal data, and which describe someone other than the citizen. Decree 13/2023/NĐ-CP
 * Art. 2(4) lists sensitive data: political and religious views; health (except blood group); racial or ethnic
 * origin; genetic and biometric data; sex life and orientation; criminal records; credit-institution customer data;
 * location data from positioning services. The citizen must be told when such data is processed, so the consent
 * panel marks it. Matching is by claim name anywhere in the pointer, so `/vn_ethnicity`, `/ethnicity` and
 * `/mother/ethnicity` are all caught; providers add their own names with `CitizenDataProvider.sensitive`.
 */
import { parsePointer, pointerContains } from '../pointer.js';
import type { CitizenDataProvider } from '../types.js';

/** Claim names (any pointer segment, compared case-insensitively without `_`/`-`) that are sensitive by law. */
export const SENSITIVE_CLAIM_NAMES: readonly string[] = [
  'ethnicity',
  'vnethnicity',
  'religion',
  'vnreligion',
  'health',
  'healthcertificates',
  'healthstatus',
  'medicalrecords',
  'disability',
  'biometrics',
  'fingerprints',
  'faceimage',
  'genetics',
  'criminalrecord',
  'criminalrecords',
  'sexualorientation',
  'location',
  'bankaccount',
];

/** Claim names that describe another person (ID* data in forms.md: only through the authority's own lookup). */
export const THIRD_PARTY_CLAIM_NAMES: readonly string[] = [
  'father',
  'mother',
  'spouse',
  'guardian',
  'members',
  'headname',
  'headpid',
  'deceased',
];

const fold = (segment: string): string => segment.toLowerCase().replace(/[_-]/g, '');
const SENSITIVE = new Set(SENSITIVE_CLAIM_NAMES);
const THIRD_PARTY = new Set(THIRD_PARTY_CLAIM_NAMES);

/** True when a claim is sensitive: by name (built-in list) or because the provider declares it (or a parent). */
export function isSensitiveClaim(claim: string, provider?: Pick<CitizenDataProvider, 'sensitive'>): boolean {
  if (parsePointer(claim).some((s) => SENSITIVE.has(fold(s)))) return true;
  return (provider?.sensitive ?? []).some((p) => pointerContains(p, claim));
}

/** True when a claim describes someone other than the citizen (parents, spouse, household members). */
export function isThirdPartyClaim(claim: string): boolean {
  return parsePointer(claim).some((s) => THIRD_PARTY.has(fold(s)));
}
