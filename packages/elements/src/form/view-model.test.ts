import { describe, expect, it } from 'vitest';
import { compileForm, type FormDefinition } from '@tokhai/core';
import { allNodes, buildView, locateErrors, modelsIn, type ViewContext } from './view-model.js';

const definition: FormDefinition = {
  id: 'vn.test.view',
  version: '1.0.0',
  title: { vi: 'Xem' },
  schema: {
    type: 'object',
    required: ['name', 'email'],
    properties: {
      name: { type: 'string', title: 'Tiêu đề schema' },
      other: { type: 'string', title: 'other.title' },
      wantsEmail: { type: 'boolean', title: 'Nhận thư?' },
      email: { type: 'string', format: 'email', title: 'Thư điện tử' },
      copies: { type: 'integer', title: 'Số bản sao' },
      total: { type: 'integer', title: 'Tổng' },
    },
  },
  ui: {
    type: 'VerticalLayout',
    elements: [
      { type: 'Control', scope: '#/properties/name', label: 'control.label' },
      { type: 'Control', scope: '#/properties/other' },
      { type: 'Control', scope: '#/properties/wantsEmail' },
      {
        type: 'Control',
        scope: '#/properties/email',
        rule: { effect: 'SHOW', condition: { scope: '#/properties/wantsEmail', schema: { const: true } } },
      },
      { type: 'Control', scope: '#/properties/copies' },
      { type: 'Control', scope: '#/properties/total' },
    ],
  },
  computed: [{ target: '/total', expr: { '+': [{ var: 'copies' }, 1] } }],
  i18n: { vi: { 'name.label': 'Họ tên (i18n)', 'control.label': 'Nhãn control', 'other.title': 'Khác (khoá)' }, en: { 'name.label': 'Name', 'control.label': 'Control label', 'other.title': 'Other' } },
};

function view(data: unknown, show = (_: string) => true, locale: 'vi' | 'en' = 'vi') {
  const compiled = compileForm(definition);
  const ctx: ViewContext = {
    compiled,
    evaluation: compiled.evaluate(data),
    locale,
    errors: locateErrors(compiled.validate(data, { locale }).errors),
    showErrors: show,
    readonly: false,
    disabled: false,
    provenance: {},
    sourceLabel: (s) => s,
  };
  return modelsIn(allNodes(buildView(ctx)));
}

describe('buildView', () => {
  it('leaves out fields a rule hides, as core decides', () => {
    expect(view({}).map((m) => m.pointer)).toEqual(['/name', '/other', '/wantsEmail', '/copies', '/total']);
    expect(view({ wantsEmail: true }).map((m) => m.pointer)).toContain('/email');
  });

  it('resolves labels: i18n path key, then the control label key, then the schema title (key or text)', () => {
    const [name, other, wants] = view({});
    expect(name.label).toBe('Họ tên (i18n)');
    expect(other.label).toBe('Khác (khoá)');
    expect(wants.label).toBe('Nhận thư?');
    expect(view({}, () => true, 'en')[0].label).toBe('Name');
  });

  it('gives a field its errors only when they may be shown', () => {
    expect(view({}, () => false).find((m) => m.pointer === '/name')!.errors).toEqual([]);
    const shown = view({}, (p) => p === '/name');
    expect(shown.find((m) => m.pointer === '/name')!.errors.map((e) => e.keyword)).toEqual(['required']);
    expect(shown.find((m) => m.pointer === '/wantsEmail')!.errors).toEqual([]);
  });

  it('shows computed values read-only but focusable, with core’s value', () => {
    const total = view({ copies: 2 }).find((m) => m.pointer === '/total')!;
    expect(total.value).toBe(3);
    expect(total.readonly).toBe(true);
    expect(total.enabled).toBe(true);
  });

  it('derives unique DOM ids from pointers', () => {
    const ids = view({ wantsEmail: true }).map((m) => m.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('locateErrors', () => {
  it('moves a required error reported at the parent to the missing property, and keeps one already there', () => {
    const base = { keyword: 'required', schemaPath: '#/required', messageKey: 'required', message: 'm' };
    expect(locateErrors([{ ...base, pointer: '', params: { missingProperty: 'name' } }])[0].pointer).toBe('/name');
    expect(locateErrors([{ ...base, pointer: '/name', params: { missingProperty: 'name' } }])[0].pointer).toBe('/name');
  });
});
