import { afterEach, describe, expect, it } from 'vitest';
import { compileForm, type FormDefinition } from '@tokhai/core';
import { NOT_APPLICABLE, type CompiledForm, type ControlElement, type UISchemaElement } from '@tokhai/core';
import { getAt } from '../internal/pointer.js';
import { registry } from '../registry.js';
import { allNodes, buildView, createViewMemo, fieldAt, locateErrors, modelsIn, type ViewContext, type ViewMemo, type ViewNode } from './view-model.js';

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

/** The field models of a compiled form's view for `data` (Vietnamese, no errors shown). */
function fieldsOfView(compiled: CompiledForm, data: unknown) {
  const ctx: ViewContext = {
    compiled,
    evaluation: compiled.evaluate(data),
    locale: 'vi',
    errors: [],
    showErrors: () => false,
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

describe('the steps of a Categorization', () => {
  const wizard: FormDefinition = {
    id: 'vn.test.steps',
    version: '1.0.0',
    title: { vi: 'Các bước' },
    schema: { type: 'object', properties: { other: { type: 'boolean', title: 'Khai hộ' }, name: { type: 'string', title: 'Tên người được khai hộ' } } },
    ui: {
      type: 'Categorization',
      elements: [
        { type: 'Category', label: 'Người khai', elements: [{ type: 'Control', scope: '#/properties/other' }] },
        {
          type: 'Category',
          label: 'Người được khai hộ',
          elements: [
            { type: 'Label', text: 'Thông tin của người được khai hộ.' },
            {
              type: 'VerticalLayout',
              elements: [{ type: 'Control', scope: '#/properties/name', rule: { effect: 'SHOW', condition: { scope: '#/properties/other', schema: { const: true } } } }],
            },
          ],
        },
        { type: 'Category', label: 'Lưu ý', elements: [{ type: 'Label', text: 'Hồ sơ được trả trong 5 ngày.' }] },
      ],
    },
  };

  function steps(data: unknown): string[] {
    const compiled = compileForm(wizard);
    const ctx: ViewContext = { compiled, evaluation: compiled.evaluate(data), locale: 'vi', errors: [], showErrors: () => false, readonly: false, disabled: false, provenance: {}, sourceLabel: (s) => s };
    return buildView(ctx).steps!.map((s) => s.title);
  }

  it('leaves out a step whose every question a rule hides (its text alone is not a step), and keeps a step of text only', () => {
    expect(steps({})).toEqual(['Người khai', 'Lưu ý']);
    expect(steps({ other: true })).toEqual(['Người khai', 'Người được khai hộ', 'Lưu ý']);
  });
});

describe('locateErrors', () => {
  it('moves a required error reported at the parent to the missing property, and keeps one already there', () => {
    const base = { keyword: 'required', schemaPath: '#/required', messageKey: 'required', message: 'm' };
    expect(locateErrors([{ ...base, pointer: '', params: { missingProperty: 'name' } }])[0].pointer).toBe('/name');
    expect(locateErrors([{ ...base, pointer: '/name', params: { missingProperty: 'name' } }])[0].pointer).toBe('/name');
  });
});

describe('buildView with a memo (the form rebuilds it on every keystroke)', () => {
  const compiled = compileForm(definition);
  const build = (data: unknown, memo: ViewMemo, extra: Partial<ViewContext> = {}) =>
    buildView({
      compiled,
      evaluation: compiled.evaluate(data),
      locale: 'vi',
      errors: locateErrors(compiled.validate(data, { locale: 'vi' }).errors),
      showErrors: () => true,
      readonly: false,
      disabled: false,
      provenance: {},
      sourceLabel: (s) => s,
      memo,
      ...extra,
      ...(extra.locale ? { errors: locateErrors(compiled.validate(data, { locale: extra.locale }).errors) } : {}),
    });
  const byPointer = (view: ReturnType<typeof buildView>) => new Map(modelsIn(allNodes(view)).map((m) => [m.pointer, m]));

  it('keeps the objects of fields that did not change, and gives a changed field a new model', () => {
    const memo = createViewMemo();
    const first = build({ name: 'An', email: 'an@example.vn', copies: 1 }, memo);
    const second = build({ name: 'An Bình', email: 'an@example.vn', copies: 1 }, memo);
    const [a, b] = [byPointer(first), byPointer(second)];
    expect(b.get('/name')).not.toBe(a.get('/name'));
    expect(b.get('/name')!.value).toBe('An Bình');
    for (const pointer of ['/other', '/wantsEmail', '/copies', '/total']) expect(b.get(pointer), pointer).toBe(a.get(pointer));
    // The root layout holds a changed control: it is new; rebuilding with the same data keeps everything.
    expect(second.root).not.toBe(first.root);
    const third = build({ name: 'An Bình', email: 'an@example.vn', copies: 1 }, memo);
    expect(third.root).toBe(second.root);
  });

  it('gives new models to fields whose errors or computed values changed', () => {
    const memo = createViewMemo();
    const a = byPointer(build({ name: 'An', copies: 1 }, memo));
    const b = byPointer(build({ name: 'An', copies: 2 }, memo));
    expect(b.get('/total')).not.toBe(a.get('/total'));
    expect(b.get('/total')!.value).toBe(3);
    const c = byPointer(build({ copies: 2 }, memo));
    expect(c.get('/name')).not.toBe(b.get('/name'));
    expect(c.get('/name')!.errors.map((e) => e.keyword)).toEqual(['required']);
    expect(c.get('/copies')).toBe(b.get('/copies'));
  });

  it('gives a new model to a field marked fresh even when nothing in it changed', () => {
    const memo = createViewMemo();
    const a = byPointer(build({ name: 'An' }, memo));
    const b = byPointer(build({ name: 'An' }, memo, { fresh: new Set(['/name']) }));
    expect(b.get('/name')).not.toBe(a.get('/name'));
    expect(b.get('/name')).toEqual(a.get('/name'));
    expect(b.get('/other')).toBe(a.get('/other'));
  });

  it('switching the locale gives every field a new model with the new texts', () => {
    const memo = createViewMemo();
    const a = byPointer(build({}, memo));
    const b = byPointer(build({}, memo, { locale: 'en' }));
    expect(b.get('/name')!.label).toBe('Name');
    expect(b.get('/name')).not.toBe(a.get('/name'));
    expect(b.get('/copies')!.locale).toBe('en');
  });

  it('a field that appears again (a rule showed it) is built, and fieldAt finds it', () => {
    const memo = createViewMemo();
    const hidden = build({}, memo);
    expect(fieldAt(hidden, '/email')).toBeUndefined();
    const shown = build({ wantsEmail: true }, memo);
    expect(fieldAt(shown, '/email')?.label).toBe('Thư điện tử');
  });
});

describe('widget choice', () => {
  const added: typeof registry = [];
  afterEach(() => {
    for (const row of added.splice(0)) registry.splice(registry.indexOf(row), 1);
  });

  const tagAt = (compiled: CompiledForm, pointer: string): string | undefined => {
    const view = buildView({
      compiled,
      evaluation: compiled.evaluate({ wantsEmail: true }),
      locale: 'vi',
      errors: [],
      showErrors: () => false,
      readonly: false,
      disabled: false,
      provenance: {},
      sourceLabel: (s) => s,
      memo: createViewMemo(),
    });
    const find = (nodes: readonly ViewNode[]): string | undefined => {
      for (const n of nodes) {
        if (n.kind === 'control' && n.model.pointer === pointer) return n.widget.tagName;
        const inner = 'children' in n && n.children ? find(n.children) : undefined;
        if (inner) return inner;
      }
      return undefined;
    };
    return find(allNodes(view));
  };

  it('is made once per control, and made again when a portal adds a registry row', () => {
    const compiled = compileForm(definition);
    expect(tagAt(compiled, '/email')).toBe('tk-email-field');
    const row = {
      tester: (ui: unknown) => ((ui as ControlElement).scope === '#/properties/email' ? 99 : NOT_APPLICABLE),
      tagName: 'tk-portal-email',
      container: false,
    };
    registry.push(row);
    added.push(row);
    expect(tagAt(compiled, '/email')).toBe('tk-portal-email');
    expect(tagAt(compiled, '/name')).toBe('tk-text-field');
  });
  it('gives controls of one shape the same widget, and tells shapes apart by their options and schema, not titles', () => {
    const control = (name: string, options?: Record<string, unknown>): ControlElement => ({ type: 'Control', scope: `#/properties/${name}`, ...(options ? { options } : {}) });
    const compiled = compileForm({
      id: 'vn.test.shapes',
      version: '1.0.0',
      title: { vi: 'Hình dạng' },
      schema: {
        type: 'object',
        properties: {
          a: { type: 'string', title: 'A' },
          b: { type: 'string', title: 'B' },
          c: { type: 'string', title: 'C' },
          d: { type: 'string', title: 'D', format: 'email' },
          e: { type: 'string', title: 'E', enum: ['x', 'y'] },
          f: { type: 'string', title: 'F', enum: ['x', 'y'] },
        },
      },
      ui: { type: 'VerticalLayout', elements: [control('a'), control('b'), control('c', { multi: true }), control('d'), control('e'), control('f', { format: 'select' })] },
    });
    expect(['/a', '/b', '/c', '/d', '/e', '/f'].map((p) => tagAt(compiled, p))).toEqual([
      'tk-text-field',
      'tk-text-field',
      'tk-textarea',
      'tk-email-field',
      'tk-radio-group',
      'tk-select',
    ]);
  });
});

describe('control schemas', () => {
  it('gives every control the schema core resolves for its scope: references, allOf members, escaped and nested names', () => {
    const compiled = compileForm({
      id: 'vn.test.scopes',
      version: '1.0.0',
      title: { vi: 'Phạm vi' },
      schema: {
        type: 'object',
        definitions: {
          person: { type: 'object', title: 'Người', properties: { name: { type: 'string', title: 'Tên' } } },
          pid: { type: 'string', title: 'Số định danh', pattern: '^[0-9]{12}$' },
        },
        properties: {
          pid: { $ref: '#/definitions/pid' },
          father: { $ref: '#/definitions/person' },
          applicant: {
            type: 'object',
            required: ['a/b', 'c~d'],
            properties: {
              fullName: { type: 'string', title: 'Họ tên' },
              'a/b': { type: 'string', title: 'Có gạch chéo' },
              'c~d': { type: 'string', title: 'Có dấu ngã' },
              contact: { type: 'object', properties: { phone: { type: 'string', title: 'Điện thoại' } } },
            },
            allOf: [{ properties: { nickname: { type: 'string', title: 'Biệt danh' } } }],
          },
        },
      },
      ui: {
        type: 'VerticalLayout',
        elements: [
          { type: 'Control', scope: '#/properties/pid' },
          { type: 'Control', scope: '#/properties/father/properties/name' },
          { type: 'Control', scope: '#/properties/applicant/properties/fullName' },
          { type: 'Control', scope: '#/properties/applicant/properties/a~1b' },
          { type: 'Control', scope: '#/properties/applicant/properties/c~0d' },
          { type: 'Control', scope: '#/properties/applicant/properties/contact/properties/phone' },
          { type: 'Control', scope: '#/properties/applicant/properties/nickname' },
        ],
      },
    });
    const models = fieldsOfView(compiled, {});
    expect(models.map((m) => [m.pointer, m.label])).toEqual([
      ['/pid', 'Số định danh'],
      ['/father/name', 'Tên'],
      ['/applicant/fullName', 'Họ tên'],
      ['/applicant/a~1b', 'Có gạch chéo'],
      ['/applicant/c~0d', 'Có dấu ngã'],
      ['/applicant/contact/phone', 'Điện thoại'],
      ['/applicant/nickname', 'Biệt danh'],
    ]);
    // Core decides required-ness here: `applicant` is optional and absent, so nothing inside it is required.
    expect(models.filter((m) => m.required)).toEqual([]);
    const scopes = (compiled.ui as { elements: ControlElement[] }).elements.map((c) => c.scope);
    models.forEach((m, i) => expect(m.schema).toBe(compiled.resolveScope(scopes[i], compiled.schema)));
  });
});

describe('a title and description written beside a $ref', () => {
  const compiled = compileForm({
    id: 'vn.test.ref-title',
    version: '1.0.0',
    title: { vi: 'Nhãn bên $ref' },
    schema: {
      type: 'object',
      $defs: {
        nationality: { type: 'string', title: 'Quốc tịch', description: 'Mã ISO', minLength: 2 },
        alias: { $ref: '#/$defs/nationality', title: 'Quốc tịch (bí danh)' },
        child: { type: 'object', properties: { nationality: { $ref: '#/$defs/nationality', title: 'Quốc tịch của con' } } },
      },
      properties: {
        mother: { type: 'object', properties: { nationality: { $ref: '#/$defs/nationality', title: 'Quốc tịch của người mẹ', description: 'Của mẹ' } } },
        father: { type: 'object', properties: { nationality: { $ref: '#/$defs/nationality' } } },
        spouse: { $ref: '#/$defs/alias', title: 'spouse.title' },
        guardian: { $ref: '#/$defs/alias' },
        children: { type: 'array', title: 'Các con', items: { $ref: '#/$defs/child' } },
      },
    },
    ui: {
      type: 'VerticalLayout',
      elements: [
        { type: 'Control', scope: '#/properties/mother/properties/nationality' },
        { type: 'Control', scope: '#/properties/father/properties/nationality' },
        { type: 'Control', scope: '#/properties/spouse' },
        { type: 'Control', scope: '#/properties/guardian' },
        { type: 'Control', scope: '#/properties/children' },
      ],
    },
    i18n: { vi: { 'spouse.title': 'Quốc tịch của vợ/chồng' }, en: { 'spouse.title': "Spouse's nationality" } },
  });
  const data = { children: [{}, {}] };
  const build = (memo: ViewMemo, input: unknown = data) =>
    buildView({ compiled, evaluation: compiled.evaluate(input), locale: 'vi', errors: [], showErrors: () => false, readonly: false, disabled: false, provenance: {}, sourceLabel: (s) => s, memo });

  it('labels and explains that field with them (a title may be a key), and the other uses of the $def with its own', () => {
    const models = fieldsOfView(compiled, data);
    expect(models.filter((m) => m.pointer !== '/children').map((m) => [m.pointer, m.label, m.hint])).toEqual([
      ['/mother/nationality', 'Quốc tịch của người mẹ', 'Của mẹ'],
      ['/father/nationality', 'Quốc tịch', 'Mã ISO'],
      ['/spouse', 'Quốc tịch của vợ/chồng', 'Mã ISO'],
      ['/guardian', 'Quốc tịch (bí danh)', 'Mã ISO'],
      ['/children/0/nationality', 'Quốc tịch của con', 'Mã ISO'],
      ['/children/1/nationality', 'Quốc tịch của con', 'Mã ISO'],
    ]);
    // The shared schema is left alone; the field without texts of its own gets it as it is.
    const $defs = compiled.schema.$defs as Record<string, unknown>;
    expect(models[1].schema).toBe($defs.nationality);
    expect(($defs.nationality as { title: string }).title).toBe('Quốc tịch');
    expect(models[0].schema).toMatchObject({ type: 'string', minLength: 2, title: 'Quốc tịch của người mẹ', description: 'Của mẹ' });
  });

  it('makes the copy once: the next builds give the field the same schema, and an untouched field the same model', () => {
    const memo = createViewMemo();
    const first = modelsIn(allNodes(build(memo)));
    const second = modelsIn(allNodes(build(memo, { ...data, father: { nationality: 'VN' } })));
    const at = (list: typeof first, pointer: string) => list.find((m) => m.pointer === pointer)!;
    expect(at(second, '/mother/nationality')).toBe(at(first, '/mother/nationality'));
    expect(at(second, '/father/nationality')).not.toBe(at(first, '/father/nationality'));
    expect(at(second, '/children/1/nationality').schema).toBe(at(first, '/children/0/nationality').schema);
    expect(Object.isFrozen(at(first, '/mother/nationality').schema)).toBe(true);
  });
});

describe('values and ids inside arrays and objects', () => {
  const member = { type: 'object', properties: { name: { type: 'string', title: 'Họ tên' }, 'a/b': { type: 'string', title: 'Có gạch chéo' } } } as const;
  const compiled = compileForm({
    id: 'vn.test.items',
    version: '1.0.0',
    title: { vi: 'Danh sách' },
    schema: {
      type: 'object',
      definitions: { member },
      properties: {
        members: { type: 'array', title: 'Thành viên', items: { $ref: '#/definitions/member' } },
        tags: { type: 'array', title: 'Nhãn', items: { type: 'string', title: 'Nhãn' } },
        address: { type: 'object', title: 'Địa chỉ', properties: { street: { type: 'string', title: 'Đường' }, '0': { type: 'string', title: 'Số' } } },
      },
    },
    ui: {
      type: 'VerticalLayout',
      elements: [
        { type: 'Control', scope: '#/properties/members' },
        { type: 'Control', scope: '#/properties/tags' },
        { type: 'Control', scope: '#/properties/address' },
      ],
    },
  });
  const data = {
    members: [{ name: 'An', 'a/b': 'x' }, { name: 'Bình' }, {}],
    tags: ['một', 'hai'],
    address: { street: 'Lê Lợi', '0': '12' },
  };
  const models = (input: unknown, memo?: ViewMemo) => {
    const evaluation = compiled.evaluate(input);
    const ctx: ViewContext = { compiled, evaluation, locale: 'vi', errors: [], showErrors: () => false, readonly: false, disabled: false, provenance: {}, sourceLabel: (s) => s };
    if (memo) ctx.memo = memo;
    return { evaluation, list: modelsIn(allNodes(buildView(ctx))) };
  };

  it('gives every control the value at its pointer, one control per item', () => {
    const { evaluation, list } = models(data);
    expect(list.map((m) => m.pointer)).toEqual([
      '/members',
      '/members/0/name',
      '/members/0/a~1b',
      '/members/1/name',
      '/members/1/a~1b',
      '/members/2/name',
      '/members/2/a~1b',
      '/tags',
      '/tags/0',
      '/tags/1',
      '/address',
      // An integer-like key comes first in a JavaScript object, so in the generated layout too.
      '/address/0',
      '/address/street',
    ]);
    for (const m of list) expect(m.value, m.pointer).toBe(getAt(evaluation.data, m.pointer));
    expect(list.find((m) => m.pointer === '/members/0/a~1b')!.value).toBe('x');
    expect(list.find((m) => m.pointer === '/address/0')!.value).toBe('12');
    const ids = list.map((m) => m.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('reads the values of a later build from its own data (items added, removed and changed)', () => {
    const memo = createViewMemo();
    models(data, memo);
    const next = { ...data, members: [{ name: 'Chi' }], tags: ['ba', 'bốn', 'năm'] };
    const { evaluation, list } = models(next, memo);
    for (const m of list) expect(m.value, m.pointer).toBe(getAt(evaluation.data, m.pointer));
    expect(list.filter((m) => m.pointer.startsWith('/tags/')).map((m) => m.value)).toEqual(['ba', 'bốn', 'năm']);
  });

  it('resolves a detail layout shared by two arrays against each array’s own items', () => {
    const detail: UISchemaElement = { type: 'VerticalLayout', elements: [{ type: 'Control', scope: '#/properties/name' }] };
    const shared = compileForm({
      id: 'vn.test.shared-detail',
      version: '1.0.0',
      title: { vi: 'Chi tiết dùng chung' },
      schema: {
        type: 'object',
        properties: {
          parents: { type: 'array', items: { type: 'object', properties: { name: { type: 'string', title: 'Tên cha mẹ' } } } },
          children: { type: 'array', items: { type: 'object', properties: { name: { type: 'string', title: 'Tên con', maxLength: 5 } } } },
        },
      },
      ui: {
        type: 'VerticalLayout',
        elements: [
          { type: 'Control', scope: '#/properties/parents', options: { detail } },
          { type: 'Control', scope: '#/properties/children', options: { detail } },
        ],
      },
    });
    // Compiling copies each control's options: share one detail object again, as a hand-made compiled form may.
    const [parents, children] = (shared.ui as { elements: ControlElement[] }).elements;
    const ui = { type: 'VerticalLayout', elements: [parents, { ...children, options: { detail: parents.options!.detail } }] } as UISchemaElement;
    const input = { parents: [{ name: 'An' }], children: [{ name: 'Bé' }] };
    const list = modelsIn(
      allNodes(
        buildView({
          compiled: { ...shared, ui },
          evaluation: shared.evaluate(input),
          locale: 'vi',
          errors: [],
          showErrors: () => false,
          readonly: false,
          disabled: false,
          provenance: {},
          sourceLabel: (s) => s,
        }),
      ),
    );
    const label = (pointer: string) => list.find((m) => m.pointer === pointer);
    expect([label('/parents/0/name')?.label, label('/children/0/name')?.label]).toEqual(['Tên cha mẹ', 'Tên con']);
    expect(label('/children/0/name')?.schema.maxLength).toBe(5);
    expect(label('/parents/0/name')?.value).toBe('An');
  });
});

describe('required fields inside an object control', () => {
  it('marks the properties its schema requires, by their own names (`a/b`, not the pointer token `a~1b`)', () => {
    const compiled = compileForm({
      id: 'vn.test.object-required',
      version: '1.0.0',
      title: { vi: 'Bắt buộc' },
      schema: {
        type: 'object',
        required: ['applicant'],
        properties: {
          applicant: {
            type: 'object',
            title: 'Người khai',
            required: ['a/b', 'c~d', 'plain'],
            properties: {
              'a/b': { type: 'string', title: 'Có gạch chéo' },
              'c~d': { type: 'string', title: 'Có dấu ngã' },
              plain: { type: 'string', title: 'Tên' },
              optional: { type: 'string', title: 'Không bắt buộc' },
            },
          },
        },
      },
      ui: { type: 'VerticalLayout', elements: [{ type: 'Control', scope: '#/properties/applicant' }] },
    });
    const models = fieldsOfView(compiled, { applicant: {} });
    expect(models.map((m) => [m.pointer, m.required])).toEqual([
      ['/applicant', true],
      ['/applicant/a~1b', true],
      ['/applicant/c~0d', true],
      ['/applicant/plain', true],
      ['/applicant/optional', false],
    ]);
  });
});

describe('scopes of plain property names', () => {
  it('reads the pointer, value, id and required flag of a property named like a scope step (`properties`), `$` or `-`', () => {
    const compiled = compileForm({
      id: 'vn.test.plain-scopes',
      version: '1.0.0',
      title: { vi: 'Tên thuộc tính' },
      schema: {
        type: 'object',
        properties: {
          properties: {
            type: 'object',
            required: ['properties'],
            properties: { properties: { type: 'string', title: 'Lồng' }, $price: { type: 'integer', title: 'Giá' } },
          },
          'so-nha': { type: 'string', title: 'Số nhà' },
        },
      },
      ui: {
        type: 'VerticalLayout',
        elements: [
          { type: 'Control', scope: '#/properties/properties/properties/properties' },
          { type: 'Control', scope: '#/properties/properties/properties/$price' },
          { type: 'Control', scope: '#/properties/so-nha' },
          // The same property as the first control, written with an escape: read the slow way, to the same place.
          { type: 'Control', scope: '#/properties/properties/properties/propertie%73' },
        ],
      },
    });
    const data = { properties: { properties: 'x', $price: 5 }, 'so-nha': '12A' };
    const models = fieldsOfView(compiled, data);
    expect(models.map((m) => [m.pointer, m.value, m.label, m.required])).toEqual([
      ['/properties/properties', 'x', 'Lồng', true],
      ['/properties/$price', 5, 'Giá', false],
      ['/so-nha', '12A', 'Số nhà', false],
      ['/properties/properties', 'x', 'Lồng', true],
    ]);
    expect(models[0].id).toBe(models[3].id);
    expect(models[2].id).toBe('tk-field_2f_so-nha');
  });
});

describe('widget choices shared by controls of the same kind', () => {
  it('gives controls that differ only in titles and descriptions the same widget, and controls that differ in format or options their own', () => {
    const compiled = compileForm({
      id: 'vn.test.shared-picks',
      version: '1.0.0',
      title: { vi: 'Chọn widget' },
      schema: {
        type: 'object',
        properties: {
          a: { type: 'string', title: 'A', description: 'Một' },
          b: { type: 'string', title: 'B' },
          c: { type: 'string', title: 'C', format: 'date' },
          d: { type: 'string', title: 'D', format: 'email' },
          e: { type: 'string', title: 'E' },
        },
      },
      ui: {
        type: 'VerticalLayout',
        elements: [
          ...['a', 'b', 'c', 'd'].map((p): ControlElement => ({ type: 'Control', scope: `#/properties/${p}` })),
          { type: 'Control', scope: '#/properties/e', options: { format: 'textarea' } },
        ],
      },
    });
    const view = buildView({ compiled, evaluation: compiled.evaluate({}), locale: 'vi', errors: [], showErrors: () => false, readonly: false, disabled: false, provenance: {}, sourceLabel: (s) => s });
    const tags = (view.root as { children: Array<{ widget?: { tagName: string } }> }).children.map((n) => n.widget?.tagName);
    expect(tags[0]).toBe(tags[1]);
    expect(new Set([tags[0], tags[2], tags[3], tags[4]]).size).toBe(4);
    expect(tags.slice(2)).toEqual(['tk-date-field', 'tk-email-field', 'tk-textarea']);
  });
});

describe('the first build of a memo', () => {
  const compiled = compileForm({
    id: 'vn.test.first-build',
    version: '1.0.0',
    title: { vi: 'Lần đầu' },
    schema: {
      type: 'object',
      properties: {
        members: { type: 'array', title: 'Thành viên', items: { type: 'object', properties: { name: { type: 'string', title: 'Họ tên' } } } },
        address: { type: 'object', title: 'Địa chỉ', properties: { street: { type: 'string', title: 'Đường' } } },
        note: { type: 'string', title: 'Ghi chú' },
        empty: { type: 'array', title: 'Rỗng', items: { type: 'object', properties: { hidden: { type: 'string', title: 'Ẩn' }, off: { type: 'boolean' } } } },
      },
    },
    ui: {
      type: 'VerticalLayout',
      elements: [
        { type: 'Control', scope: '#/properties/members' },
        { type: 'Control', scope: '#/properties/address' },
        {
          type: 'Categorization',
          elements: [
            { type: 'Category', label: 'Một', elements: [{ type: 'Control', scope: '#/properties/note' }] },
            { type: 'Category', label: 'Hai', elements: [{ type: 'Label', text: 'Chỉ có chữ.' }] },
          ],
        },
        // Items whose detail a rule hides: each item is still a node (an empty one, made by the walk itself).
        {
          type: 'Control',
          scope: '#/properties/empty',
          options: {
            detail: {
              type: 'VerticalLayout',
              rule: { effect: 'HIDE', condition: { scope: '#/properties/off', schema: { const: true } } },
              elements: [{ type: 'Control', scope: '#/properties/hidden' }],
            },
          },
        },
      ],
    },
  });
  const data = { members: [{ name: 'An' }, { name: 'Bình' }], address: { street: 'Lê Lợi' }, note: 'x', empty: [{ off: true }, { off: true }] };
  const build = (input: unknown, memo: ViewMemo) =>
    buildView({ compiled, evaluation: compiled.evaluate(input), locale: 'vi', errors: [], showErrors: () => false, readonly: false, disabled: false, provenance: {}, sourceLabel: (s) => s, memo });
  /** Every node of a view with its UI path, in document order. */
  const nodesOf = (nodes: readonly ViewNode[]): ViewNode[] =>
    nodes.flatMap((n) => [n, ...nodesOf(('children' in n && n.children) || []), ...nodesOf(('items' in n && n.items) || [])]);

  it('records every node it makes, so an unchanged second build is the first one, node for node', () => {
    const memo = createViewMemo();
    const first = nodesOf(allNodes(build(data, memo)));
    // Items, object properties, the steps of a categorization inside a layout and hidden items' placeholders.
    expect(first.map((n) => n.uiPath)).toEqual(expect.arrayContaining(['/elements/0/detail/1', '/elements/1/properties', '/elements/2/elements/1', '/elements/3/detail/1']));
    expect(memo.nodes.size).toBe(first.length);
    const second = nodesOf(allNodes(build(data, memo)));
    expect(second.length).toBe(first.length);
    second.forEach((node, i) => expect(node, node.uiPath).toBe(first[i]));
  });

  it('keeps the untouched nodes of the first build when the second changes one item', () => {
    const memo = createViewMemo();
    const first = nodesOf(allNodes(build(data, memo)));
    const second = nodesOf(allNodes(build({ ...data, members: [{ name: 'An' }, { name: 'Chi' }] }, memo)));
    const changed = second.filter((node, i) => node !== first[i]).map((n) => n.uiPath);
    // The edited control, the item and the array that hold it, and the root: nothing else.
    expect(changed).toEqual(['', '/elements/0', '/elements/0/detail/1', '/elements/0/detail/1/elements/0']);
  });
});
