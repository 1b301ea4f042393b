// SPDX-License-Identifier: MIT
// A small form with every feature verifySubmission must honour: a locked and an editable prefilled field, a
// rule-hidden group, a computed value, a pattern, a format and an enum. Server tests use it (and the catalog's
// own forms) so that they do not break when a catalog form changes wording.
import { randomUUID, generateKeyPairSync } from 'node:crypto';
import type { FormDefinition, Submission } from '@tokhai/core';
import { signAttestation } from '@tokhai/prefill';

export const FIXTURE_ID = 'vn.test.server-fixture';

export const definition: FormDefinition = {
  id: FIXTURE_ID,
  version: '1.2.0',
  title: { vi: 'Biểu mẫu kiểm thử máy chủ', en: 'Server test form' },
  schema: {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    type: 'object',
    $defs: { personName: { type: 'string', minLength: 1, maxLength: 100, pattern: '^[^0-9]*$' } },
    properties: {
      requester: {
        type: 'object',
        properties: {
          fullName: { $ref: '#/$defs/personName' },
          pid: { type: 'string', format: 'vn-pid' },
          phone: { type: 'string', maxLength: 20 },
        },
        required: ['fullName', 'pid'],
      },
      child: {
        type: 'object',
        properties: {
          fullName: { $ref: '#/$defs/personName' },
          dateOfBirth: { type: 'string', format: 'date' },
          sex: { type: 'string', oneOf: [{ const: 'male', title: 'Nam' }, { const: 'female', title: 'Nữ' }] },
        },
        required: ['fullName', 'dateOfBirth', 'sex'],
      },
      fatherDeclared: { type: 'boolean' },
      father: { type: 'object', properties: { fullName: { $ref: '#/$defs/personName' } }, required: ['fullName'] },
      copies: { type: 'integer', minimum: 0, maximum: 10 },
      fee: { type: 'integer' },
    },
    required: ['requester', 'child'],
  },
  ui: {
    type: 'VerticalLayout',
    elements: [
      {
        type: 'Group',
        label: 'requester.group',
        elements: [
          { type: 'Control', scope: '#/properties/requester/properties/fullName' },
          { type: 'Control', scope: '#/properties/requester/properties/pid' },
          { type: 'Control', scope: '#/properties/requester/properties/phone' },
        ],
      },
      {
        type: 'Group',
        label: 'child.group',
        elements: [
          { type: 'Control', scope: '#/properties/child/properties/fullName' },
          { type: 'Control', scope: '#/properties/child/properties/dateOfBirth' },
          { type: 'Control', scope: '#/properties/child/properties/sex' },
        ],
      },
      { type: 'Control', scope: '#/properties/fatherDeclared' },
      {
        type: 'Group',
        label: 'father.group',
        rule: { effect: 'SHOW', condition: { scope: '#/properties/fatherDeclared', schema: { const: true } } },
        elements: [{ type: 'Control', scope: '#/properties/father/properties/fullName' }],
      },
      { type: 'Control', scope: '#/properties/copies' },
      { type: 'Control', scope: '#/properties/fee' },
    ],
  },
  prefill: [
    { target: '/requester/fullName', source: 'vneid', claim: '/name', mode: 'locked' },
    { target: '/requester/pid', source: 'vneid', claim: '/vn_pid', mode: 'locked' },
    { target: '/requester/phone', source: 'vneid', claim: '/phone_number', mode: 'editable' },
  ],
  computed: [{ target: '/fee', expr: { if: [{ var: 'copies' }, { '*': [{ var: 'copies' }, 8000] }, 0] } }],
  i18n: {
    vi: {
      'requester.group': 'Người yêu cầu',
      'requester.fullName.label': 'Họ, chữ đệm, tên',
      'requester.pid.label': 'Số định danh cá nhân',
      'requester.phone.label': 'Số điện thoại',
      'child.group': 'Người được khai sinh',
      'child.fullName.label': 'Họ, chữ đệm, tên',
      'child.dateOfBirth.label': 'Ngày, tháng, năm sinh',
      'child.sex.label': 'Giới tính',
      'fatherDeclared.label': 'Khai thông tin người cha',
      'father.group': 'Người cha',
      'father.fullName.label': 'Họ, chữ đệm, tên người cha',
      'copies.label': 'Số bản sao',
      'fee.label': 'Lệ phí bản sao (đồng)',
    },
    en: {
      'requester.group': 'Applicant',
      'requester.fullName.label': 'Full name',
      'requester.pid.label': 'Personal identification number',
      'requester.phone.label': 'Phone number',
      'child.group': 'Child',
      'child.fullName.label': 'Full name',
      'child.dateOfBirth.label': 'Date of birth',
      'child.sex.label': 'Sex',
      'fatherDeclared.label': 'Declare the father',
      'father.group': 'Father',
      'father.fullName.label': "Father's full name",
      'copies.label': 'Certified copies',
      'fee.label': 'Copy fee (VND)',
    },
  },
};

/** The e-ID source's signing key (ES256, as @tokhai/prefill signs attestations). */
export const vneidKeys = generateKeyPairSync('ec', { namedCurve: 'P-256' });

export const CITIZEN = { pid: '001099012345', name: 'Trần Thị Mai', phone: '0912345678' };

/** A valid submission of the fixture form, with a signed attestation for its locked values. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type FixtureSubmission = Submission & { data: Record<string, any> };

export async function validSubmission(overrides: Partial<Submission> = {}): Promise<FixtureSubmission> {
  const now = new Date();
  const jws = await signAttestation({
    source: 'vneid',
    subject: CITIZEN.pid,
    claims: { '/name': CITIZEN.name, '/vn_pid': CITIZEN.pid, '/phone_number': CITIZEN.phone },
    privateKey: vneidKeys.privateKey,
    issuedAt: now,
  });
  const fetchedAt = now.toISOString();
  const submission: Submission = {
    formId: FIXTURE_ID,
    formVersion: '1.2.0',
    submissionId: randomUUID(),
    submittedAt: fetchedAt,
    locale: 'vi',
    data: {
      requester: { fullName: CITIZEN.name, pid: CITIZEN.pid, phone: '0987654321' },
      child: { fullName: 'Trần Minh Khang', dateOfBirth: '2026-10-02', sex: 'male' },
      fatherDeclared: false,
      copies: 2,
      fee: 16000,
    },
    provenance: {
      '/requester/fullName': { source: 'vneid', fetchedAt, mode: 'locked', value: CITIZEN.name, attestation: 0 },
      '/requester/pid': { source: 'vneid', fetchedAt, mode: 'locked', value: CITIZEN.pid, attestation: 0 },
      '/requester/phone': { source: 'vneid', fetchedAt, mode: 'editable', value: CITIZEN.phone, modified: true, attestation: 0 },
    },
    consent: [
      { source: 'vneid', purpose: 'Điền sẵn thông tin người yêu cầu', claims: ['/name', '/vn_pid', '/phone_number'], decision: 'granted', decidedAt: fetchedAt },
    ],
    attestations: [{ source: 'vneid', jws }],
    ...overrides,
  };
  return submission as FixtureSubmission;
}
