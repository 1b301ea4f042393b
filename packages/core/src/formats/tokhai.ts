// SPDX-License-Identifier: MIT
/**
 * tokhai's Vietnamese format checks alone, without ajv-formats' standard table (formats/index.ts) and without the
 * formats' docs (catalog.ts): what run-time code needs (validate's messages, admin units, rule conditions), so a
 * bundle for built forms carries neither.
 */
import type { FormatCheck } from './types.js';
import { vnPid } from './vn-pid.js';
import { vnCmnd } from './vn-cmnd.js';
import { vnSocialInsurance } from './vn-social-insurance.js';
import { vnHealthInsuranceCard } from './vn-health-insurance-card.js';
import { vnTaxCode } from './vn-tax-code.js';
import { vnPhone } from './vn-phone.js';
import { vnMobile } from './vn-mobile.js';
import { vnPassport } from './vn-passport.js';
import { vnDrivingLicence } from './vn-driving-licence.js';
import { vnProvinceCode } from './vn-province-code.js';
import { vnCommuneCode } from './vn-commune-code.js';
import { vnPartialDate } from './vn-partial-date.js';

/** tokhai's Vietnamese format checks, in the order the README lists them. */
export const TOKHAI_FORMAT_CHECKS: readonly FormatCheck[] = [
  vnPid,
  vnCmnd,
  vnSocialInsurance,
  vnHealthInsuranceCard,
  vnTaxCode,
  vnPhone,
  vnMobile,
  vnPassport,
  vnDrivingLicence,
  vnProvinceCode,
  vnCommuneCode,
  vnPartialDate,
];

const BY_NAME = new Map(TOKHAI_FORMAT_CHECKS.map((f) => [f.name, f]));

/** The check of a tokhai format, if the name is one of tokhai's formats. */
export const formatCheck = (name: string): FormatCheck | undefined => BY_NAME.get(name);
