// SPDX-License-Identifier: MIT
import { describe, expect, it } from 'vitest';
import type { FormDefinition } from '@tokhai/core';
import { formView } from './form-view.js';

const definition = {
  id: 'vn.test.form-view',
  version: '1.0.0',
  title: { vi: 'Kiểm thử' },
  schema: {
    type: 'object',
    properties: {
      a: { type: 'string' },
      b: { type: 'string', title: 'toString' },
      c: { type: 'string', title: 'c.title' },
      d: { type: 'string' },
    },
  },
  ui: {
    type: 'VerticalLayout',
    elements: [
      { type: 'Control', scope: '#/properties/a', label: 'constructor' },
      { type: 'Control', scope: '#/properties/b' },
      { type: 'Control', scope: '#/properties/c' },
      { type: 'Control', scope: '#/properties/d', label: 'hasOwnProperty' },
    ],
  },
  i18n: { vi: { 'c.title': 'Số điện thoại' }, en: { 'c.title': 'Phone number' } },
} as unknown as FormDefinition;

describe('formView labels', () => {
  it('reads a literal label or title named like an Object member as the literal, never as Object.prototype', () => {
    const view = formView(definition);
    expect(view.label('/a')).toEqual({ vi: 'constructor', en: 'constructor' });
    expect(view.label('/b')).toEqual({ vi: 'toString', en: 'toString' });
    expect(view.label('/d')).toEqual({ vi: 'hasOwnProperty', en: 'hasOwnProperty' });
  });

  it('still resolves i18n keys, in the locale then in Vietnamese', () => {
    const view = formView(definition);
    expect(view.label('/c')).toEqual({ vi: 'Số điện thoại', en: 'Phone number' });
    const viOnly = formView({ ...definition, i18n: { vi: { 'c.title': 'Số điện thoại' } } });
    expect(viOnly.label('/c')).toEqual({ vi: 'Số điện thoại', en: 'Số điện thoại' });
  });
});
