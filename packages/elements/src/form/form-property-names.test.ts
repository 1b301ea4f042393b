// SPDX-License-Identifier: MIT
/**
 * `<tk-form>` with property names that need escaping (in a JSON Pointer, a URI fragment or a DOM id) or look like
 * a path or an array index: each field gets a valid unique id, its label and messages point at it, the error
 * summary links to it, and what the citizen types is submitted under the property's own name.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { FormDefinition } from '@tokhai/core';
import { button, cleanup, control, focused, mount, record, root, seriousViolations, settle } from './fixtures.test-helpers.js';

afterEach(cleanup);

/** Property name → its label (distinct, so each field is found by its label). */
const FIELDS: ReadonlyArray<readonly [string, string]> = [
  ['a/b', 'Gạch chéo'],
  ['a~b', 'Dấu ngã'],
  ['x~1y', 'Ngã một'],
  ['50%', 'Phần trăm'],
  ['a#b', 'Dấu thăng'],
  ['a b', 'Khoảng trắng'],
  ['a.b', 'Dấu chấm'],
  ['họ tên', 'Họ và tên'],
  ['0', 'Số không'],
  ['12', 'Mười hai'],
];

/** The scope generate-ui would write: `~` and `/` escaped as in a pointer, then `%` and the rest as in a URI fragment. */
const scopeOf = (name: string): string => '#/properties/' + encodeURIComponent(name.replace(/~/g, '~0').replace(/\//g, '~1')).replace(/%7E/gi, '~');

const form: FormDefinition = {
  id: 'vn.test.property-names',
  version: '1.0.0',
  title: { vi: 'Tên thuộc tính' },
  schema: {
    type: 'object',
    properties: Object.fromEntries(FIELDS.map(([name, title]) => [name, { type: 'string', title, minLength: 3 }])),
    required: FIELDS.map(([name]) => name),
  },
  ui: { type: 'VerticalLayout', elements: FIELDS.map(([name]) => ({ type: 'Control', scope: scopeOf(name) })) },
};

describe('<tk-form> with property names that need escaping', () => {
  it('gives each field a valid, unique id that its label and its error message point at', async () => {
    const el = await mount({ form });
    await userEvent.click(button(el, 'Gửi hồ sơ'));
    await settle(el);
    const ids = new Set<string>();
    for (const [, label] of FIELDS) {
      const input = control(el, label);
      expect(input.id, label).toMatch(/^[A-Za-z][\w-]*$/);
      ids.add(input.id);
      expect(root(el).querySelector(`label[for="${CSS.escape(input.id)}"]`)?.textContent, label).toContain(label);
      expect(input.getAttribute('aria-invalid'), label).toBe('true');
      const messages = input.getAttribute('aria-describedby')!.split(' ').map((id) => root(el).getElementById(id)?.textContent ?? '');
      expect(messages.some((m) => m.includes(label)), label).toBe(true);
    }
    expect(ids.size).toBe(FIELDS.length);
    expect(await seriousViolations(el)).toEqual([]);
  });

  it('links each error in the summary to its field, and following a link focuses that field', async () => {
    const el = await mount({ form });
    const invalid = record(el, 'tk-invalid');
    await userEvent.click(button(el, 'Gửi hồ sơ'));
    await settle(el);
    expect(invalid[0].detail.errors.map((e) => e.pointer)).toEqual(FIELDS.map(([name]) => '/' + name.replace(/~/g, '~0').replace(/\//g, '~1')));
    const links = [...root(el).querySelectorAll<HTMLAnchorElement>('[part~="error-summary-link"]')];
    expect(links).toHaveLength(FIELDS.length);
    for (const [i, [, label]] of FIELDS.entries()) {
      expect(links[i].textContent, label).toContain(label);
      expect(root(el).getElementById(decodeURIComponent(links[i].hash.slice(1))), label).toBe(control(el, label));
      links[i].focus();
      await userEvent.keyboard('{Enter}');
      await settle(el);
      expect(focused(el), label).toBe(control(el, label));
    }
  });

  it('submits what the citizen types under each property\'s own name', async () => {
    const el = await mount({ form });
    const submits = record(el, 'tk-submit');
    for (const [i, [, label]] of FIELDS.entries()) await userEvent.type(control(el, label), `giá trị ${i}`);
    await userEvent.click(button(el, 'Gửi hồ sơ'));
    await settle(el);
    expect(submits).toHaveLength(1);
    expect(submits[0].detail.data).toEqual(Object.fromEntries(FIELDS.map(([name], i) => [name, `giá trị ${i}`])));
  });
});

describe('<tk-form> i18n keys of properties named like array indices', () => {
  const indexed: FormDefinition = {
    id: 'vn.test.index-names',
    version: '1.0.0',
    title: { vi: 'Tên như chỉ số' },
    schema: {
      type: 'object',
      properties: {
        codes: { type: 'object', properties: { '0': { type: 'string' }, '12': { type: 'string' } } },
        children: { type: 'array', items: { type: 'object', properties: { name: { type: 'string' } } } },
      },
    },
    ui: {
      type: 'VerticalLayout',
      elements: [
        { type: 'Control', scope: '#/properties/codes/properties/0' },
        { type: 'Control', scope: '#/properties/codes' },
        { type: 'Control', scope: '#/properties/children' },
      ],
    },
    i18n: {
      vi: { 'codes.label': 'Các mã', 'codes.0.label': 'Mã số không', 'codes.12.label': 'Mã mười hai', 'children.label': 'Các con', 'children.name.label': 'Tên con' },
    },
  };

  it('labels a property named "0" or "12" from its full dotted path, and array items without their index', async () => {
    const el = await mount({ form: indexed, data: { children: [{ name: 'An' }] } });
    expect(control(el, 'Mã số không').id).toBe('tk-field_2f_codes_2f_0');
    expect(control(el, 'Mã mười hai').id).toBe('tk-field_2f_codes_2f_12');
    expect(control(el, 'Tên con').value).toBe('An');
  });
});
