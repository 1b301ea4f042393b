// SPDX-License-Identifier: MIT
/**
 * Test fixtures shared by the package's tests (not part of the public API; excluded from the build). All people
 * and numbers here are invented: the names read "Thử" (test), "Mẫu" (sample), "Giả" (fake).
 */
import type { FormBundle, FormDefinition, JsonSchemaObject } from '@tokhai/core';
import type { CitizenDataProvider, ProviderRequest, ProviderResponse } from '../types.js';
import { ProviderError } from '../errors.js';

/** tokhai's address value. */
export const ADDRESS_SCHEMA: JsonSchemaObject = {
  type: 'object',
  required: ['communeCode', 'provinceCode'],
  properties: {
    street: { type: 'string' },
    communeCode: { type: 'string' },
    provinceCode: { type: 'string' },
    unitsVersion: { type: 'string' },
  },
};

/** A small residence-style form binding every kind of transform. */
export const RESIDENCE_FORM: FormDefinition = {
  id: 'test.residence',
  version: '1.0.0',
  title: { vi: 'Tờ khai thử nghiệm', en: 'Test declaration' },
  schema: {
    type: 'object',
    properties: {
      requester: {
        type: 'object',
        properties: {
          fullName: { type: 'string', minLength: 1, maxLength: 100 },
          upperName: { type: 'string' },
          familyName: { type: 'string' },
          givenName: { type: 'string' },
          dateOfBirth: { type: 'string', title: 'Ngày sinh' },
          yearOfBirth: { type: 'integer' },
          sex: { type: 'string', enum: ['male', 'female'] },
          pid: { type: 'string', format: 'vn-pid' },
          ethnicity: { type: 'string' },
          phone: { type: 'string' },
          residence: { $ref: '#/$defs/address' },
        },
      },
      father: { type: 'object', properties: { fullName: { type: 'string' } } },
      healthCertificate: {
        type: 'object',
        required: ['code'],
        properties: { code: { type: 'string' }, issuedOn: { type: 'string' }, validUntil: { type: 'string' } },
      },
      email: { type: 'string' },
    },
    $defs: { address: ADDRESS_SCHEMA },
  },
  ui: {
    type: 'VerticalLayout',
    elements: [
      { type: 'Control', scope: '#/properties/requester/properties/fullName' },
      { type: 'Control', scope: '#/properties/requester/properties/phone', label: 'phone.custom' },
      { type: 'Control', scope: '#/properties/requester/properties/dateOfBirth' },
    ],
  },
  prefill: [
    { target: '/requester/fullName', source: 'vneid', claim: '/name', mode: 'locked' },
    { target: '/requester/upperName', source: 'vneid', claim: '/name', transform: 'name.upper' },
    { target: '/requester/pid', source: 'vneid', claim: '/vn_pid', mode: 'locked' },
    { target: '/requester/phone', source: 'vneid', claim: '/phone_number' },
    { target: '/requester/familyName', source: 'population', claim: '/fullName', transform: 'name.family' },
    { target: '/requester/givenName', source: 'population', claim: '/fullName', transform: 'name.given' },
    { target: '/requester/dateOfBirth', source: 'population', claim: '/dateOfBirth', transform: 'date.iso', mode: 'locked' },
    { target: '/requester/yearOfBirth', source: 'population', claim: '/dateOfBirth', transform: 'date.year' },
    { target: '/requester/sex', source: 'population', claim: '/sex', transform: 'sex.code', mode: 'locked' },
    { target: '/requester/ethnicity', source: 'population', claim: '/ethnicity', transform: 'ethnicity.code' },
    { target: '/requester/residence', source: 'population', claim: '/permanentResidence', transform: 'address.units', mode: 'locked' },
    { target: '/father/fullName', source: 'population', claim: '/father/fullName' },
    { target: '/healthCertificate', source: 'health', claim: '/healthCertificates/0' },
  ],
  i18n: {
    vi: { 'requester.fullName.label': 'Họ, chữ đệm và tên', 'phone.custom': 'Số điện thoại' },
    en: { 'requester.fullName.label': 'Full name', 'phone.custom': 'Phone number' },
  },
};

/** The citizen behind the fixtures. */
export const SUBJECT = '001090012345';

/** VNeID claims of the fixture citizen. */
export const VNEID_CLAIMS = {
  sub: 'vneid-test-0001',
  name: 'Nguyễn Văn Thử',
  vn_pid: SUBJECT,
  vn_assurance_level: 2,
  phone_number: '0912345678',
  email: 'thu.nguyen@example.invalid',
};

/** Population-database claims of the fixture citizen. */
export const POPULATION_CLAIMS = {
  pid: SUBJECT,
  fullName: 'Nguyễn Văn Thử',
  dateOfBirth: '1990-03-05',
  sex: 'male',
  ethnicity: 'Kinh',
  religion: 'Không',
  permanentResidence: { street: 'Số 1 phố Thử Nghiệm', communeCode: '00004', provinceCode: '01', unitsVersion: '2025-07-01' },
  father: { fullName: 'Nguyễn Văn Mẫu', pid: '001060099999', yearOfBirth: 1960, nationality: 'VN' },
};

/** Health claims of the fixture citizen. */
export const HEALTH_CLAIMS = {
  healthCertificates: [{ code: 'GKSK-TEST-0001', issuedOn: '2025-10-01', validUntil: '2026-10-01', facility: 'Phòng khám Thử Nghiệm' }],
};

/** Options of `fakeProvider`. */
export interface FakeOptions {
  /** Claims object to answer with. */
  claims?: Record<string, unknown>;
  /** Wait this long first (ms). */
  delayMs?: number;
  /** Ignore the abort signal (a badly written adapter). */
  ignoreSignal?: boolean;
  /** Reject with this error. */
  error?: Error;
  /** Answer with this raw value instead of `{claims}`. */
  raw?: unknown;
  /** Attestations to add. */
  attestation?: string | string[];
}

/** An in-memory provider with a call log, for runner tests. */
export function fakeProvider(id: string, options: FakeOptions = {}): CitizenDataProvider & { calls: ProviderRequest[] } {
  const calls: ProviderRequest[] = [];
  return {
    id,
    label: { vi: `Nguồn ${id}`, en: `Source ${id}` },
    purpose: { vi: `Mục đích ${id}`, en: `Purpose ${id}` },
    calls,
    fetch(request: ProviderRequest): Promise<ProviderResponse> {
      calls.push(request);
      return new Promise((resolve, reject) => {
        const finish = (): void => {
          if (options.error) reject(options.error);
          else if (options.raw !== undefined) resolve(options.raw as ProviderResponse);
          else resolve({ claims: options.claims ?? {}, ...(options.attestation ? { attestation: options.attestation } : {}) });
        };
        const timer = setTimeout(finish, options.delayMs ?? 0);
        if (!options.ignoreSignal) {
          request.signal.addEventListener('abort', () => {
            clearTimeout(timer);
            reject(new ProviderError('aborted', 'aborted'));
          });
        }
      });
    },
  };
}

/** A two-member bundle over small inline forms. */
export const CHILD_FORM: FormDefinition = {
  id: 'test.birth',
  version: '1.0.0',
  title: { vi: 'Khai sinh thử', en: 'Test birth' },
  schema: {
    type: 'object',
    properties: {
      mother: { type: 'object', properties: { fullName: { type: 'string' }, pid: { type: 'string' } } },
      child: { type: 'object', properties: { fullName: { type: 'string' } } },
      residence: { $ref: '#/$defs/address' },
    },
    $defs: { address: ADDRESS_SCHEMA },
  },
  prefill: [
    { target: '/mother/fullName', source: 'vneid', claim: '/name', mode: 'locked' },
    { target: '/mother/pid', source: 'vneid', claim: '/vn_pid', mode: 'locked' },
    { target: '/residence', source: 'population', claim: '/permanentResidence', transform: 'address.units', mode: 'locked' },
  ],
};

/** The insurance member: binds the guardian (the signed-in mother) the same way the birth form binds the mother. */
export const INSURANCE_FORM: FormDefinition = {
  id: 'test.insurance',
  version: '1.0.0',
  title: { vi: 'BHYT thử', en: 'Test insurance' },
  schema: {
    type: 'object',
    properties: {
      guardian: { type: 'object', properties: { fullName: { type: 'string' }, phone: { type: 'string' } } },
      child: { type: 'object', properties: { fullName: { type: 'string' } } },
    },
  },
  prefill: [
    { target: '/guardian/fullName', source: 'vneid', claim: '/name', mode: 'locked' },
    { target: '/guardian/phone', source: 'vneid', claim: '/phone_number' },
  ],
};

/**
 * A CT01-like member: standalone, `/person` is the signed-in citizen and its bindings say so; in the bundle,
 * `/person` is the newborn (its name is the shared child name), so those bindings must not be used there.
 */
export const CHILD_RESIDENCE_FORM: FormDefinition = {
  id: 'test.child-residence',
  version: '1.0.0',
  title: { vi: 'Thường trú thử', en: 'Test residence' },
  schema: {
    type: 'object',
    properties: {
      person: { type: 'object', properties: { fullName: { type: 'string' }, pid: { type: 'string' }, phone: { type: 'string' } } },
      householdHead: { type: 'object', properties: { fullName: { type: 'string' } } },
    },
  },
  prefill: [
    { target: '/person/fullName', source: 'vneid', claim: '/name', mode: 'locked' },
    { target: '/person/pid', source: 'vneid', claim: '/vn_pid', mode: 'locked' },
    { target: '/person/phone', source: 'vneid', claim: '/phone_number' },
    { target: '/householdHead/fullName', source: 'population', claim: '/household/headName' },
  ],
};

/** The bundle over the two forms. */
export const TEST_BUNDLE: FormBundle = {
  id: 'test.bundle',
  version: '1.0.0',
  title: { vi: 'Liên thông thử', en: 'Test bundle' },
  members: [{ form: 'test.birth' }, { form: 'test.insurance' }, { form: 'test.child-residence' }],
  shared: [
    { id: 'motherName', pointers: { 'test.birth': '/mother/fullName', 'test.insurance': '/guardian/fullName' } },
    { id: 'childName', pointers: { 'test.birth': '/child/fullName', 'test.insurance': '/child/fullName', 'test.child-residence': '/person/fullName' } },
  ],
};
