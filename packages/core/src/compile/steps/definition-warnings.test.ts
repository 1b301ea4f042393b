// SPDX-License-Identifier: MIT
/**
 * The authoring warnings: typos a definition compiles with but that make the form misbehave. Each is found at its
 * pointer, with a suggestion when one is close, in English and Vietnamese; correct definitions (the catalog) give
 * none; any JSON is read without throwing.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compileForm } from '../compile-form.js';
import { definitionWarnings, type DefinitionWarningOptions } from './definition-warnings.js';

declare global {
  interface ImportMeta {
    glob<T>(pattern: string | string[], options: { eager: true; import: 'default'; query?: string }): Record<string, T>;
  }
}

const catalog = import.meta.glob<string>('../../../../../forms/*/*.form.json', { eager: true, import: 'default', query: '?raw' });

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests edit definitions as untyped JSON
type Loose = Record<string, any>;

/** A small correct definition with a choice, a yes/no question, a list and prefill bindings. */
const base = (): Loose => ({
  id: 'vn.test.warnings',
  version: '1.0.0',
  title: { vi: 'Thử', en: 'Test' },
  schema: {
    type: 'object',
    properties: {
      fullName: { type: 'string' },
      pid: { type: 'string', format: 'vn-pid' },
      sex: { type: 'string', enum: ['male', 'female'] },
      hasNewAddress: { type: 'boolean', oneOf: [{ const: true, title: 'Có' }, { const: false, title: 'Không' }] },
      licence: { type: 'object', properties: { class: { type: 'string' } } },
      children: { type: 'array', items: { type: 'object', properties: { sex: { $ref: '#/$defs/sex' } } } },
      note: { type: 'string', title: 'Ghi chú' },
    },
    $defs: { sex: { type: 'string', oneOf: [{ const: 'male', title: 'Nam' }, { const: 'female', title: 'Nữ' }] } },
  },
  ui: {
    type: 'VerticalLayout',
    elements: [
      { type: 'Control', scope: '#/properties/fullName' },
      { type: 'Control', scope: '#/properties/pid', options: { mask: 'ddcn' } },
      { type: 'Control', scope: '#/properties/sex', options: { format: 'radio' } },
      { type: 'Control', scope: '#/properties/hasNewAddress', options: { format: 'radio' } },
      { type: 'Control', scope: '#/properties/licence/properties/class', label: 'Hạng' },
      { type: 'Control', scope: '#/properties/children', options: { detail: { type: 'VerticalLayout', elements: [{ type: 'Control', scope: '#/properties/sex' }] } } },
      { type: 'Control', scope: '#/properties/note' },
    ],
  },
  prefill: [
    { target: '/fullName', source: 'vneid', claim: '/name', mode: 'locked' },
    { target: '/pid', source: 'population', claim: '/pid' },
    { target: '/licence/class', source: 'licences', claim: '/drivingLicences/0/class' },
    { target: '/note', source: 'vneid', claim: '/vn_id_card' },
  ],
  i18n: {
    vi: {
      'fullName.label': 'Họ, chữ đệm và tên',
      'pid.label': 'Số định danh cá nhân',
      'sex.label': 'Giới tính',
      'sex.enum.male': 'Nam',
      'sex.enum.female': 'Nữ',
      'hasNewAddress.label': 'Có địa chỉ mới',
      'hasNewAddress.enum.true': 'Có',
      'hasNewAddress.enum.false': 'Không',
      'children.label': 'Các con',
      'children.sex.label': 'Giới tính của con',
      'children.sex.enum.female': 'Nữ',
    },
    en: {
      'fullName.label': 'Full name',
      'pid.label': 'Personal identification number',
      'sex.label': 'Sex',
      'sex.enum.male': 'Male',
      'sex.enum.female': 'Female',
      'hasNewAddress.label': 'New address',
      'hasNewAddress.enum.true': 'Yes',
      'hasNewAddress.enum.false': 'No',
      'children.label': 'Children',
      'children.sex.label': "Child's sex",
      'children.sex.enum.female': 'Female',
    },
  },
});

/** Warnings other than the text warnings, as `pointer [code]`. */
const located = (definition: unknown, options: DefinitionWarningOptions | 'vi' | 'en' = {}): string[] =>
  definitionWarnings(definition, typeof options === 'string' ? { locale: options } : options)
    .filter((w) => !['vi-text-without-diacritics', 'text-looks-like-key'].includes(w.code))
    .map((w) => `${w.pointer} [${w.code}]`);

const messageAt = (definition: unknown, pointer: string, locale: 'vi' | 'en' = 'en'): string | undefined =>
  definitionWarnings(definition, { locale }).find((w) => w.pointer === pointer)?.message;

describe('definitionWarnings', () => {
  it('gives none for a correct definition, which compiles', () => {
    expect(() => compileForm(base() as never)).not.toThrow();
    expect(definitionWarnings(base())).toEqual([]);
  });

  it('gives none for any catalog form', () => {
    const forms = Object.entries(catalog);
    expect(forms.length).toBeGreaterThan(5);
    for (const [file, text] of forms) expect(definitionWarnings(JSON.parse(text)).map((w) => `${w.pointer} [${w.code}] ${w.message}`), file).toEqual([]);
  });

  describe('unknown-source', () => {
    it('warns about a source that is not a known provider id, suggesting the close one', () => {
      const d = base();
      d.prefill[0].source = 'vneId';
      expect(located(d)).toEqual(['/prefill/0/source [unknown-source]']);
      expect(messageAt(d, '/prefill/0/source')).toBe(
        'prefill source "vneId" is not a known provider id (vneid, population, health, insurance, licences), so the binding fills nothing unless the portal registers a provider with that id; did you mean "vneid"?',
      );
      expect(messageAt(d, '/prefill/0/source', 'vi')).toBe(
        'nguồn điền sẵn "vneId" không phải là mã nhà cung cấp đã biết (vneid, population, health, insurance, licences), nên liên kết này không điền gì trừ khi cổng dịch vụ đăng ký nhà cung cấp có mã đó; có phải ý bạn là "vneid"?',
      );
    });

    it('warns without a suggestion when no id is close, and still compiles (a portal may register its own providers)', () => {
      const d = base();
      d.prefill[1].source = 'tax-office';
      expect(located(d)).toEqual(['/prefill/1/source [unknown-source]']);
      expect(messageAt(d, '/prefill/1/source')).not.toContain('did you mean');
      expect(() => compileForm(d as never)).not.toThrow();
    });

    it("knows the portal's own providers when told (their claims are the portal's: not checked)", () => {
      const d = base();
      d.prefill[1].source = 'tax-office';
      d.prefill[1].claim = '/anything/at/all';
      expect(located(d, { sources: ['tax-office'] })).toEqual([]);
      expect(located(d, { sources: ['land-registry'] })).toEqual(['/prefill/1/source [unknown-source]']);
    });
  });

  describe('unknown-claim', () => {
    it('warns about a claim the provider does not document, suggesting the close one', () => {
      const d = base();
      d.prefill[0].claim = '/nmae';
      expect(located(d)).toEqual(['/prefill/0/claim [unknown-claim]']);
      expect(messageAt(d, '/prefill/0/claim')).toBe('"/nmae" is not a claim provider "vneid" documents, so the binding fills nothing; did you mean "/name"?');
      expect(messageAt(d, '/prefill/0/claim', 'vi')).toBe('"/nmae" không phải là thông tin (claim) mà nhà cung cấp "vneid" mô tả, nên liên kết này không điền gì; có phải ý bạn là "/name"?');
    });

    it('corrects every slip of a nested claim, and names the member that is missing', () => {
      const d = base();
      d.prefill[3].claim = '/vn_id_crd/isued_on';
      expect(messageAt(d, '/prefill/3/claim')).toBe('"/vn_id_crd/isued_on" is not a claim provider "vneid" documents (it has no "/vn_id_crd"), so the binding fills nothing; did you mean "/vn_id_card/issued_on"?');
    });

    it('asks for the item index of a list, and says a single value has no members', () => {
      const d = base();
      d.prefill[2].claim = '/drivingLicences/class';
      d.prefill[0].claim = '/name/given';
      expect(located(d)).toEqual(['/prefill/0/claim [unknown-claim]', '/prefill/2/claim [unknown-claim]']);
      expect(messageAt(d, '/prefill/2/claim')).toBe('"/drivingLicences/class": claim "/drivingLicences" of provider "licences" is a list, so the binding must name one item by its index, e.g. "/drivingLicences/0/class".');
      expect(messageAt(d, '/prefill/0/claim')).toBe('"/name/given" is not a claim provider "vneid" documents: "/name" is a single value with no members, so the binding fills nothing.');
    });

    it('accepts whole objects, lists, list items and their members, and the whole claims object', () => {
      const d = base();
      d.prefill.push(
        { target: '/note', source: 'population', claim: '/permanentResidence' },
        { target: '/note', source: 'population', claim: '/household/members/3/fullName' },
        { target: '/note', source: 'health', claim: '/healthCertificates' },
        { target: '/note', source: 'insurance', claim: '/healthInsuranceCard/number' },
        { target: '/note', source: 'vneid', claim: '' },
      );
      expect(located(d)).toEqual([]);
    });
  });

  describe('unknown-widget-option', () => {
    it('warns about options.format and options.mask values no built-in widget reads, listing the built-in ones', () => {
      const d = base();
      d.ui.elements[2].options.format = 'radios';
      d.ui.elements[1].options.mask = 'cccd';
      d.ui.elements[5].options.detail.elements[0].options = { format: 'dropdown' };
      expect(located(d)).toEqual(['/ui/elements/1/options/mask [unknown-widget-option]', '/ui/elements/2/options/format [unknown-widget-option]', '/ui/elements/5/options/detail/elements/0/options/format [unknown-widget-option]']);
      expect(messageAt(d, '/ui/elements/2/options/format')).toBe(
        'options.format "radios" is read by no built-in widget, so the control gets its default widget; did you mean "radio"? Built-in values: textarea, radio, select, checkbox-group, admin-unit, id-number, date, file (a widget the portal registers may read others: then ignore this warning).',
      );
      expect(messageAt(d, '/ui/elements/1/options/mask')).toBe(
        'options.mask "cccd" is read by no built-in widget, so the control gets its default widget. Built-in values: ddcn, cmnd, bhxh, mst, phone (a widget the portal registers may read others: then ignore this warning).',
      );
      expect(messageAt(d, '/ui/elements/2/options/format', 'vi')).toContain('có phải ý bạn là "radio"?');
    });

    it("knows the values of the portal's own widgets when told, and suggests them too", () => {
      const d = base();
      d.ui.elements[2].options.format = 'signature-pad';
      d.ui.elements[1].options.mask = 'land-parcel';
      expect(located(d, { widgetOptions: { format: ['signature-pad'], mask: ['land-parcel'] } })).toEqual([]);
      d.ui.elements[2].options.format = 'signature-pd';
      expect(located(d, { widgetOptions: { format: ['signature-pad'], mask: ['land-parcel'] } })).toEqual(['/ui/elements/2/options/format [unknown-widget-option]']);
      expect(definitionWarnings(d, { widgetOptions: { format: ['signature-pad'] } }).find((w) => w.pointer === '/ui/elements/2/options/format')!.message).toContain('did you mean "signature-pad"?');
    });
  });

  describe('i18n-unknown-enum-value', () => {
    it('warns about an enum label for a value the field does not allow, with the values it allows', () => {
      const d = base();
      d.i18n.vi['hasNewAddress.enum.yes'] = 'Có';
      d.i18n.en['hasNewAddress.enum.yes'] = 'Yes';
      d.i18n.vi['sex.enum.femal'] = 'Nữ';
      d.i18n.en['sex.enum.femal'] = 'Female';
      expect(located(d)).toEqual(['/i18n/vi/hasNewAddress.enum.yes [i18n-unknown-enum-value]', '/i18n/vi/sex.enum.femal [i18n-unknown-enum-value]']);
      expect(messageAt(d, '/i18n/vi/hasNewAddress.enum.yes')).toBe('i18n key "hasNewAddress.enum.yes" labels the value "yes", which "hasNewAddress" does not allow (its values: true, false), so the label is never shown.');
      expect(messageAt(d, '/i18n/vi/sex.enum.femal')).toBe('i18n key "sex.enum.femal" labels the value "femal", which "sex" does not allow (its values: male, female), so the label is never shown; did you mean "sex.enum.female"?');
      expect(messageAt(d, '/i18n/vi/sex.enum.femal', 'vi')).toBe(
        'khóa i18n "sex.enum.femal" đặt nhãn cho giá trị "femal", nhưng "sex" không có giá trị này (các giá trị: male, female), nên nhãn không bao giờ được hiển thị; có phải ý bạn là "sex.enum.female"?',
      );
    });

    it('reads array items and $refs (children.sex), and warns about a field that is no choice or no field at all', () => {
      const d = base();
      d.i18n.vi['children.sex.enum.other'] = 'Khác';
      d.i18n.vi['fullName.enum.x'] = 'x';
      d.i18n.vi['hasNewAdress.enum.true'] = 'Có';
      for (const k of ['children.sex.enum.other', 'fullName.enum.x', 'hasNewAdress.enum.true']) d.i18n.en[k] = 'x';
      expect(located(d)).toEqual(['/i18n/vi/children.sex.enum.other [i18n-unknown-enum-value]', '/i18n/vi/fullName.enum.x [i18n-unknown-enum-value]', '/i18n/vi/hasNewAdress.enum.true [i18n-unknown-enum-value]']);
      expect(messageAt(d, '/i18n/vi/fullName.enum.x')).toBe('i18n key "fullName.enum.x" labels a choice, but "fullName" is not a closed choice (no enum, const or oneOf of consts), so the label is never shown.');
      expect(messageAt(d, '/i18n/vi/hasNewAdress.enum.true')).toBe('i18n key "hasNewAdress.enum.true" labels a choice of "hasNewAdress", which is not a field of the schema, so the label is never shown; did you mean "hasNewAddress"?');
    });

    it("follows a control's own i18n key base", () => {
      const d = base();
      d.ui.elements[2].i18n = 'gender';
      d.i18n.vi['gender.label'] = 'Giới tính';
      d.i18n.en['gender.label'] = 'Gender';
      d.i18n.vi['gender.enum.male'] = 'Nam';
      d.i18n.en['gender.enum.male'] = 'Male';
      d.i18n.vi['gender.enum.man'] = 'Nam';
      d.i18n.en['gender.enum.man'] = 'Man';
      expect(located(d)).toEqual(['/i18n/vi/gender.enum.man [i18n-unknown-enum-value]']);
    });
  });

  describe('control-without-label', () => {
    it('warns about a control with no i18n label, no label and no schema title, at the control', () => {
      const d = base();
      delete d.i18n.vi['pid.label'];
      delete d.i18n.en['pid.label'];
      delete d.i18n.vi['children.sex.label'];
      delete d.i18n.en['children.sex.label'];
      expect(located(d)).toEqual(['/ui/elements/1 [control-without-label]', '/ui/elements/5/options/detail/elements/0 [control-without-label]']);
      expect(messageAt(d, '/ui/elements/1')).toBe(
        'the control has no label in vi and en (no i18n "pid.label", no "label", no schema "title"), so citizens and screen readers get the property name "pid" instead (WCAG 2.4.6, 3.3.2); add "pid.label" to every i18n table.',
      );
      expect(messageAt(d, '/ui/elements/1', 'vi')).toBe(
        'trường này không có nhãn ở vi và en (không có khóa i18n "pid.label", không có "label", không có "title" trong schema), nên người dân và trình đọc màn hình chỉ thấy tên thuộc tính "pid" (WCAG 2.4.6, 3.3.2); hãy thêm "pid.label" vào mọi bảng i18n.',
      );
    });

    it('counts a label, a schema title (also through $ref) and a hidden label (label: false still needs a text for screen readers)', () => {
      const d = base();
      delete d.i18n.vi['fullName.label'];
      delete d.i18n.en['fullName.label'];
      d.ui.elements[0].label = false;
      expect(located(d)).toEqual(['/ui/elements/0 [control-without-label]']);
      d.ui.elements[0].label = 'Họ và tên';
      expect(located(d)).toEqual([]);
      delete d.ui.elements[0].label;
      d.schema.properties.fullName = { $ref: '#/$defs/name' };
      d.schema.$defs.name = { type: 'string', title: 'Họ và tên' };
      expect(located(d)).toEqual([]);
    });

    it('counts a title written beside the property\'s $ref (2020-12 and draft-07), in a list item too, though the target has none', () => {
      const d = base();
      delete d.i18n.vi['fullName.label'];
      delete d.i18n.en['fullName.label'];
      delete d.i18n.vi['children.sex.label'];
      delete d.i18n.en['children.sex.label'];
      d.schema.$defs.name = { type: 'string' };
      d.schema.properties.fullName = { $ref: '#/$defs/name' };
      expect(located(d)).toEqual(['/ui/elements/0 [control-without-label]', '/ui/elements/5/options/detail/elements/0 [control-without-label]']);
      d.schema.properties.fullName = { $ref: '#/$defs/name', title: 'Họ và tên' };
      d.schema.properties.children.items.properties.sex = { $ref: '#/$defs/sex', title: 'Giới tính của con' };
      expect(located(d)).toEqual([]);
      expect(located({ ...d, schema: { ...d.schema, $schema: 'http://json-schema.org/draft-07/schema#' } })).toEqual([]);
      // A blank title beside the $ref says nothing.
      d.schema.properties.fullName = { $ref: '#/$defs/name', title: ' ' };
      expect(located(d)).toEqual(['/ui/elements/0 [control-without-label]']);
    });

    it('checks the generated layout of a definition without ui, at the property', () => {
      const d = base();
      delete d.ui;
      delete d.i18n.vi['fullName.label'];
      delete d.i18n.en['fullName.label'];
      expect(located(d)).toContain('/schema/properties/fullName [control-without-label]');
    });
  });

  it('reads any JSON without throwing', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 5 }), fc.constantFrom('prefill', 'ui', 'i18n', 'schema'), (junk, part) => {
        expect(() => definitionWarnings(junk)).not.toThrow();
        expect(() => definitionWarnings({ ...base(), [part]: junk })).not.toThrow();
      }),
      { numRuns: 300, seed: 20261125 },
    );
  });
});
