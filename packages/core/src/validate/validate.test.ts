import { describe, expect, it } from 'vitest';
import { compileForm } from '../compile/compile-form.js';
import type { FormDefinition } from '../models/definition.js';
import type { JsonSchemaObject } from '../models/json-schema.js';
import { ajvEngine } from '../engines/ajv-engine.js';
import { precompiledEngine } from '../engines/precompiled.js';
import { precompileForm } from '../ajv.js';
import { loadPrecompiled } from '../engines/load-module.test.helper.js';

const schema: JsonSchemaObject = {
  type: 'object',
  properties: {
    fullName: { type: 'string', minLength: 2, maxLength: 100 },
    pid: { type: 'string', format: 'vn-pid' },
    sex: { enum: ['male', 'female'] },
    hasFather: { type: 'boolean' },
    father: { type: 'object', properties: { fullName: { type: 'string' } }, required: ['fullName'] },
    email: { type: 'string', format: 'email', title: 'email.title' },
    taxCode: { type: 'string', format: 'vn-tax-code', title: 'Mã số thuế' },
    children: { type: 'array', items: { type: 'object', properties: { name: { type: 'string', minLength: 1 } }, required: ['name'] } },
    address: {
      type: 'object',
      properties: { communeCode: { type: 'string', format: 'vn-commune-code' }, provinceCode: { type: 'string', format: 'vn-province-code' } },
    },
  },
  required: ['fullName', 'pid', 'sex'],
};

const definition: FormDefinition = {
  id: 'vn.test.validate',
  version: '1.0.0',
  title: { vi: 'Tờ khai thử', en: 'Test form' },
  schema,
  ui: {
    type: 'VerticalLayout',
    elements: [
      { type: 'Control', scope: '#/properties/sex' },
      { type: 'Control', scope: '#/properties/fullName' },
      { type: 'Control', scope: '#/properties/pid', label: 'pid.custom' },
      { type: 'Control', scope: '#/properties/hasFather', label: 'Có cha' },
      {
        type: 'Group',
        label: 'Cha',
        elements: [{ type: 'Control', scope: '#/properties/father/properties/fullName' }],
        rule: { effect: 'SHOW', condition: { scope: '#/properties/hasFather', schema: { const: true } } },
      },
      { type: 'Control', scope: '#/properties/email' },
      { type: 'Control', scope: '#/properties/taxCode' },
      { type: 'Control', scope: '#/properties/children' },
      { type: 'Control', scope: '#/properties/address' },
    ],
  },
  i18n: {
    vi: {
      'fullName.label': 'Họ, chữ đệm và tên',
      'pid.custom': 'Số định danh cá nhân',
      'sex.label': 'Giới tính',
      'father.fullName.label': 'Họ tên cha',
      'email.title': 'Thư điện tử',
      'children.name.label': 'Tên con',
      'msg.short': 'Tên quá ngắn, cần ít nhất {limit} ký tự',
    },
    en: {
      'fullName.label': 'Full name',
      'pid.custom': 'Personal identification number',
      'sex.label': 'Sex',
      'father.fullName.label': "Father's name",
      'email.title': 'Email',
      'children.name.label': "Child's name",
      'msg.short': 'The name is too short: at least {limit} characters',
    },
  },
};

const form = compileForm(definition);
const valid = { fullName: 'Nguyễn Văn An', pid: '001099012345', sex: 'male' };

describe('validate', () => {
  it('accepts valid data', () => {
    expect(form.validate(valid)).toEqual({ valid: true, errors: [] });
  });

  it('points required errors at the missing property, with the Vietnamese label interpolated', () => {
    const { valid: ok, errors } = form.validate({ sex: 'male', pid: '001099012345' });
    expect(ok).toBe(false);
    expect(errors).toEqual([
      { pointer: '/fullName', keyword: 'required', schemaPath: '/required', params: { missingProperty: 'fullName' }, messageKey: 'required', message: 'Vui lòng nhập Họ, chữ đệm và tên' },
    ]);
  });

  it('says "chọn" for a missing choice and localizes to English', () => {
    const vi = form.validate({ fullName: 'An An', pid: '001099012345' }).errors[0];
    expect(vi.message).toBe('Vui lòng chọn Giới tính');
    expect(form.validate({ fullName: 'An An', pid: '001099012345' }, { locale: 'en' }).errors[0].message).toBe('Select Sex');
  });

  it('explains a malformed personal identification number', () => {
    const [e] = form.validate({ ...valid, pid: '12345' }).errors;
    expect(e).toMatchObject({ pointer: '/pid', keyword: 'format', messageKey: 'format.vn-pid', message: 'Số định danh cá nhân phải gồm 12 chữ số' });
    expect(form.validate({ ...valid, pid: '099099012345' }).errors[0].messageKey).toBe('format.vn-pid.province');
    expect(form.validate({ ...valid, pid: '12345' }, { locale: 'en' }).errors[0].message).toBe('Personal identification number must be 12 digits');
  });

  it('reports a wrong MST check digit with its own message', () => {
    const [e] = form.validate({ ...valid, taxCode: '0100047517' }).errors;
    expect(e).toMatchObject({ messageKey: 'format.vn-tax-code.check-digit' });
    expect(e.message).toMatch(/^Mã số thuế không đúng: chữ số kiểm tra/);
  });

  it('takes labels from i18n path keys, control labels (key or text), schema titles (key or text), then names', () => {
    const errors = form.validate({ ...valid, fullName: 'A', email: 'x', hasFather: 'yes', children: [{}] }).errors;
    const byPointer = Object.fromEntries(errors.map((e) => [e.pointer, e.message]));
    expect(byPointer['/fullName']).toBe('Họ, chữ đệm và tên phải có ít nhất 2 ký tự');
    expect(byPointer['/email']).toBe('Thư điện tử phải là địa chỉ thư điện tử hợp lệ, ví dụ ten@example.vn');
    expect(byPointer['/hasFather']).toBe('Có cha phải là có hoặc không');
    expect(byPointer['/children/0/name']).toBe('Vui lòng nhập Tên con');
  });

  it('names an object without a control of its own after the layout section that holds its fields', () => {
    // Without required fields of its own, a missing object stays one error (expand-missing-groups.ts).
    const father: JsonSchemaObject = { type: 'object', properties: { fullName: { type: 'string' } } };
    const withSection = compileForm({
      ...definition,
      schema: { ...schema, properties: { ...schema.properties, father }, required: [...(schema.required ?? []), 'father'] },
      ui: { type: 'VerticalLayout', elements: [{ type: 'Group', label: 'Thông tin người cha', elements: [{ type: 'Control', scope: '#/properties/father/properties/fullName' }] }] },
    });
    expect(withSection.validate(valid).errors[0]).toMatchObject({ pointer: '/father', message: 'Vui lòng nhập Thông tin người cha' });
  });

  it('lists errors in the order the form shows the fields', () => {
    const errors = form.validate({ fullName: 'A', pid: 'x', email: 'x' }).errors;
    expect(errors.map((e) => e.pointer)).toEqual(['/sex', '/fullName', '/pid', '/email']);
  });

  it('drops errors under hidden fields unless includeHidden, including required ones', () => {
    const data = { ...valid, father: {} };
    expect(form.validate(data).errors).toEqual([]);
    expect(form.validate(data).valid).toBe(true);
    expect(form.validate(data, { includeHidden: true }).errors.map((e) => e.pointer)).toEqual(['/father/fullName']);
    expect(form.validate({ ...data, hasFather: true }).errors.map((e) => e.message)).toEqual(['Vui lòng nhập Họ tên cha']);
  });

  it('applies per-field message overrides (i18n key with placeholders, or inline texts), also for array items', () => {
    const custom = compileForm({
      ...definition,
      messages: {
        '/fullName': { minLength: 'msg.short' },
        '/children/*/name': { required: { vi: 'Con thứ nhất cần có tên', en: 'The child needs a name' } },
      },
    });
    const errors = custom.validate({ ...valid, fullName: 'A', children: [{}] }).errors;
    expect(errors.map((e) => e.message)).toEqual(['Tên quá ngắn, cần ít nhất 2 ký tự', 'Con thứ nhất cần có tên']);
    expect(custom.validate({ ...valid, fullName: 'A' }, { locale: 'en' }).errors[0].message).toBe('The name is too short: at least 2 characters');
  });

  it('gives the same errors with the ajv engine', () => {
    const withAjv = compileForm(definition, { engine: ajvEngine() });
    for (const data of [{}, { ...valid, fullName: 'A', email: 'x', children: [{}, { name: '' }] }, { pid: 1, sex: 'x', father: [] }, 'not an object'])
      expect(withAjv.validate(data, { includeHidden: true })).toEqual(form.validate(data, { includeHidden: true }));
  });

  it('gives the same errors with a module from precompileForm, and refuses one built for another definition', async () => {
    const mod = await loadPrecompiled(precompileForm(definition));
    const pre = compileForm(definition, { engine: precompiledEngine(mod) });
    const data = { ...valid, fullName: 'A', taxCode: '0100047517', children: [{}] };
    expect(pre.validate(data)).toEqual(form.validate(data));
    const other = { ...definition, schema: { ...schema, required: ['fullName'] } };
    expect(() => compileForm(other, { engine: precompiledEngine(mod) })).toThrow(/built for another schema/);
  });

  it('treats undefined properties as absent, as JSON does, in every engine', () => {
    const withAjv = compileForm(definition, { engine: ajvEngine() });
    const data = { ...valid, email: undefined, pid: undefined };
    expect(form.validate(data).errors.map((e) => e.pointer)).toEqual(['/pid']);
    expect(withAjv.validate(data)).toEqual(form.validate(data));
  });

  it('checks commune codes against administrative-unit data when given', () => {
    const units = {
      name: (c: string) => ({ '00004': 'Phường Ba Đình', '26734': 'Phường Sài Gòn', '01': 'Hà Nội', '79': 'TP Hồ Chí Minh' })[c],
      communeInProvince: (commune: string, province: string) => (commune === '00004' ? province === '01' : province === '79'),
    };
    const withUnits = compileForm(definition, { adminUnits: units });
    expect(withUnits.validate({ ...valid, address: { communeCode: '00004', provinceCode: '01' } }).valid).toBe(true);
    expect(withUnits.validate({ ...valid, address: { communeCode: '99999', provinceCode: '01' } }).errors[0]).toMatchObject({ pointer: '/address/communeCode', messageKey: 'format.vn-commune-code.unknown' });
    expect(withUnits.validate({ ...valid, address: { communeCode: '26734', provinceCode: '01' } }).errors[0]).toMatchObject({ messageKey: 'format.vn-commune-code.province' });
    expect(form.validate({ ...valid, address: { communeCode: '99999', provinceCode: '01' } }).valid).toBe(true);
  });

  it('reports a computed value the data carries that differs from the computed one', () => {
    const computed = compileForm({
      ...definition,
      schema: { ...schema, properties: { ...schema.properties, upper: { type: 'string' } } },
      computed: [{ target: '/upper', expr: { upperVi: [{ var: 'fullName' }] } }],
    });
    expect(computed.validate({ ...valid, upper: 'NGUYỄN VĂN AN' }).valid).toBe(true);
    expect(computed.validate(valid).valid).toBe(true);
    expect(computed.validate({ ...valid, upper: 'SAI' }).errors).toMatchObject([{ pointer: '/upper', keyword: 'computed', messageKey: 'computed' }]);
  });

  it('never throws, whatever the data', () => {
    const cyclic: Record<string, unknown> = { ...valid };
    cyclic.self = cyclic;
    const hostile = new Proxy({}, { get: () => { throw new Error('boom'); }, ownKeys: () => { throw new Error('boom'); } });
    let deep: unknown = valid;
    for (let i = 0; i < 10_000; i++) deep = { children: [deep] };
    for (const data of [undefined, null, 1n, Symbol('s'), () => 1, cyclic, hostile, deep, { fullName: 'x'.repeat(1_000_000) }, JSON.parse('{"__proto__": {"polluted": true}, "constructor": 1}')]) {
      const r = form.validate(data);
      expect(typeof r.valid).toBe('boolean');
      expect(Array.isArray(r.errors)).toBe(true);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
