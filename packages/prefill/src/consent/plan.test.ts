// SPDX-License-Identifier: MIT
import { describe, expect, it } from 'vitest';
import { planPrefill } from './plan.js';
import { ProviderRegistry } from '../registry.js';
import type { FormDefinition } from '@tokhai/core';
import { fakeProvider, RESIDENCE_FORM } from '../test/fixtures.js';

describe('planPrefill', () => {
  const providers = [fakeProvider('vneid'), fakeProvider('population'), fakeProvider('health')];

  it('asks once per source, in binding order, for the distinct claims only', () => {
    const requests = planPrefill(RESIDENCE_FORM, providers);
    expect(requests.map((r) => r.source)).toEqual(['vneid', 'population', 'health']);
    const vneid = requests[0];
    expect(vneid.claims).toEqual(['/name', '/vn_pid', '/phone_number']);
    expect(vneid.fields.map((f) => f.pointer)).toEqual(['/requester/fullName', '/requester/upperName', '/requester/pid', '/requester/phone']);
    expect(vneid.label).toEqual({ vi: 'Nguồn vneid', en: 'Source vneid' });
    expect(vneid.purpose.vi).toBe('Mục đích vneid');
    expect(vneid.forms).toEqual(['test.residence']);
  });

  it('labels each field in both locales from i18n, the control label, the schema title or the name', () => {
    const fields = planPrefill(RESIDENCE_FORM, providers).flatMap((r) => r.fields);
    const label = (p: string) => fields.find((f) => f.pointer === p)!.label;
    expect(label('/requester/fullName')).toEqual({ vi: 'Họ, chữ đệm và tên', en: 'Full name' });
    expect(label('/requester/phone')).toEqual({ vi: 'Số điện thoại', en: 'Phone number' });
    expect(label('/requester/dateOfBirth')).toEqual({ vi: 'Ngày sinh', en: 'Ngày sinh' });
    expect(label('/requester/sex')).toEqual({ vi: 'sex', en: 'sex' });
  });

  it('marks sensitive data (Decree 13/2023) and data about other people', () => {
    const [vneid, population, health] = planPrefill(RESIDENCE_FORM, providers);
    expect(vneid.sensitive).toBe(false);
    expect(population.sensitive).toBe(true);
    expect(population.sensitiveClaims).toEqual(['/ethnicity']);
    expect(population.fields.find((f) => f.pointer === '/requester/ethnicity')!.sensitive).toBe(true);
    expect(population.aboutOthers).toBe(true);
    expect(population.fields.find((f) => f.pointer === '/father/fullName')!.aboutOthers).toBe(true);
    expect(health.sensitive).toBe(true);
  });

  it('honours claims a provider declares sensitive', () => {
    const vneid = { ...fakeProvider('vneid'), sensitive: ['/phone_number'] };
    const [request] = planPrefill(RESIDENCE_FORM, new ProviderRegistry([vneid]));
    expect(request.sensitiveClaims).toEqual(['/phone_number']);
  });

  it('leaves out unregistered sources and claims a provider does not offer', () => {
    const population = { ...fakeProvider('population'), claims: ['/fullName', '/dateOfBirth'] };
    const requests = planPrefill(RESIDENCE_FORM, [population]);
    expect(requests).toHaveLength(1);
    expect(requests[0].claims).toEqual(['/fullName', '/dateOfBirth']);
    expect(requests[0].sensitive).toBe(false);
  });

  it('labels fields whose names need escaping by their own names, i18n keys and (percent-encoded) control scopes', () => {
    const form: FormDefinition = {
      id: 'test.names',
      version: '1.0.0',
      title: { vi: 'Tên' },
      schema: {
        type: 'object',
        properties: {
          'a/b': { type: 'string' },
          'c~d': { type: 'string' },
          '50%': { type: 'string' },
          'họ tên': { type: 'string' },
          children: { type: 'array', items: { type: 'object', properties: { name: { type: 'string' } } } },
        },
      },
      ui: {
        type: 'VerticalLayout',
        elements: [
          { type: 'Control', scope: '#/properties/50%25', label: 'Phần trăm' },
          { type: 'Control', scope: '#/properties/h%E1%BB%8D%20t%C3%AAn', label: 'Họ và tên' },
        ],
      },
      prefill: [
        { target: '/a~1b', source: 'vneid', claim: '/name' },
        { target: '/c~0d', source: 'vneid', claim: '/name' },
        { target: '/50%', source: 'vneid', claim: '/name' },
        { target: '/họ tên', source: 'vneid', claim: '/name' },
        { target: '/children/0/name', source: 'vneid', claim: '/name' },
      ],
      i18n: { vi: { 'a/b.label': 'Có gạch chéo', 'children.name.label': 'Tên con' }, en: { 'a/b.label': 'With a slash', 'children.name.label': 'Child name' } },
    };
    const [request] = planPrefill(form, [fakeProvider('vneid')]);
    expect(request.fields.map((f) => [f.pointer, f.label])).toEqual([
      ['/a~1b', { vi: 'Có gạch chéo', en: 'With a slash' }],
      ['/c~0d', { vi: 'c~d', en: 'c~d' }],
      ['/50%', { vi: 'Phần trăm', en: 'Phần trăm' }],
      ['/họ tên', { vi: 'Họ và tên', en: 'Họ và tên' }],
      ['/children/0/name', { vi: 'Tên con', en: 'Child name' }],
    ]);
  });
});
