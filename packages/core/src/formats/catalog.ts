// SPDX-License-Identifier: MIT
/**
 * tokhai's Vietnamese formats with their docs (rule, source, status, examples): the public `TOKHAI_FORMATS` and
 * `tokhaiFormat`, which the README table, the tests and tools read. Run-time code uses the checks alone
 * (tokhai.ts), so browser bundles leave this module out.
 */
import { TOKHAI_FORMAT_CHECKS } from './tokhai.js';
import type { FormatDefinition, FormatDocs } from './types.js';
import { vnPidDocs } from './vn-pid.js';
import { vnCmndDocs } from './vn-cmnd.js';
import { vnSocialInsuranceDocs } from './vn-social-insurance.js';
import { vnHealthInsuranceCardDocs } from './vn-health-insurance-card.js';
import { vnTaxCodeDocs } from './vn-tax-code.js';
import { vnPhoneDocs } from './vn-phone.js';
import { vnMobileDocs } from './vn-mobile.js';
import { vnPassportDocs } from './vn-passport.js';
import { vnDrivingLicenceDocs } from './vn-driving-licence.js';
import { vnProvinceCodeDocs } from './vn-province-code.js';
import { vnCommuneCodeDocs } from './vn-commune-code.js';
import { vnPartialDateDocs } from './vn-partial-date.js';

/** The docs of each format, by name. */
const DOCS: Readonly<Record<string, FormatDocs>> = {
  'vn-pid': vnPidDocs,
  'vn-cmnd': vnCmndDocs,
  'vn-social-insurance': vnSocialInsuranceDocs,
  'vn-health-insurance-card': vnHealthInsuranceCardDocs,
  'vn-tax-code': vnTaxCodeDocs,
  'vn-phone': vnPhoneDocs,
  'vn-mobile': vnMobileDocs,
  'vn-passport': vnPassportDocs,
  'vn-driving-licence': vnDrivingLicenceDocs,
  'vn-province-code': vnProvinceCodeDocs,
  'vn-commune-code': vnCommuneCodeDocs,
  'vn-partial-date': vnPartialDateDocs,
};

/** tokhai's Vietnamese formats (check and docs), in the order the README lists them. */
export const TOKHAI_FORMATS: readonly FormatDefinition[] = TOKHAI_FORMAT_CHECKS.map((check) => {
  const docs = DOCS[check.name];
  if (!docs) throw new Error(`format ${check.name} has no docs`);
  return { ...check, ...docs };
});

const BY_NAME = new Map(TOKHAI_FORMATS.map((f) => [f.name, f]));

/** The tokhai format definition for a name, if it is one of tokhai's formats. */
export const tokhaiFormat = (name: string): FormatDefinition | undefined => BY_NAME.get(name);
