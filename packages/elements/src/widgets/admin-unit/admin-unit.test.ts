// SPDX-License-Identifier: MIT
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import './admin-unit.js';
import type { TkAdminUnit } from './admin-unit.component.js';
import { byId, cleanup, errorAt, last, makeField, mount, seriousViolations, waitFor } from '../shared/test-utils.js';
import { runWidgetBaseTests } from '../shared/widget-base-tests.js';

const residence = {
  pointer: '/residence',
  schema: {
    type: 'object' as const,
    required: ['provinceCode', 'communeCode'],
    properties: {
      street: { type: 'string' as const },
      communeCode: { type: 'string' as const },
      provinceCode: { type: 'string' as const },
      unitsVersion: { const: '2025-07-01' },
    },
  },
  label: 'Nơi thường trú',
  options: { format: 'admin-unit' },
};
const province = (m: { root: ShadowRoot; el: TkAdminUnit }) => byId<HTMLSelectElement>(m.root, m.el.field!.id);
const commune = (m: { root: ShadowRoot; el: TkAdminUnit }) => byId<HTMLSelectElement>(m.root, `${m.el.field!.id}-commune`);
const street = (m: { root: ShadowRoot; el: TkAdminUnit }) => byId<HTMLInputElement>(m.root, `${m.el.field!.id}-street`);
const communesLoaded = (m: { root: ShadowRoot; el: TkAdminUnit }) => waitFor(() => expect(commune(m).options.length).toBeGreaterThan(10));

describe('<tk-admin-unit>', () => {
  afterEach(cleanup);

  it('lists the 34 provinces and asks for a province before communes', async () => {
    const m = await mount<TkAdminUnit>('tk-admin-unit', makeField(residence));
    expect(province(m).options).toHaveLength(35);
    expect([...province(m).options].map((o) => o.textContent)).toContain('Thành phố Hà Nội');
    expect([...commune(m).options].map((o) => o.textContent)).toEqual(['— Chọn tỉnh/thành phố trước —']);
  });

  it('loads the communes of the chosen province and stores codes with the units version', async () => {
    const m = await mount<TkAdminUnit>('tk-admin-unit', makeField(residence));
    await userEvent.selectOptions(province(m), 'Thành phố Hà Nội');
    expect(last(m.events.input)).toEqual({ provinceCode: '01', unitsVersion: '2025-07-01' });
    await communesLoaded(m);
    expect([...commune(m).options].map((o) => o.textContent)).toContain('Phường Ba Đình');
    await userEvent.selectOptions(commune(m), 'Phường Ba Đình');
    expect(last(m.events.input)).toEqual({ provinceCode: '01', communeCode: '00004', unitsVersion: '2025-07-01' });
    expect(last(m.events.commit)).toEqual({ provinceCode: '01', communeCode: '00004', unitsVersion: '2025-07-01' });
  });

  it('clears the commune when another province is chosen', async () => {
    const m = await mount<TkAdminUnit>('tk-admin-unit', makeField({ ...residence, value: { provinceCode: '01', communeCode: '00004', unitsVersion: '2025-07-01' } }));
    await communesLoaded(m);
    expect(commune(m).selectedOptions[0].textContent).toBe('Phường Ba Đình');
    await userEvent.selectOptions(province(m), 'Thành phố Hồ Chí Minh');
    expect(last(m.events.input)).toEqual({ provinceCode: '79', unitsVersion: '2025-07-01' });
    await waitFor(() => expect([...commune(m).options].map((o) => o.textContent)).not.toContain('Phường Ba Đình'));
    expect(commune(m).value).toBe('');
  });

  it('keeps the street with the codes', async () => {
    const m = await mount<TkAdminUnit>('tk-admin-unit', makeField({ ...residence, value: { provinceCode: '01', communeCode: '00004', unitsVersion: '2025-07-01' } }));
    await userEvent.type(street(m), 'Số 1 phố Hoàng Diệu');
    expect(last(m.events.input)).toEqual({ street: 'Số 1 phố Hoàng Diệu', provinceCode: '01', communeCode: '00004', unitsVersion: '2025-07-01' });
  });

  it('is operable with the keyboard alone: Tab into each select and pick with arrows', async () => {
    const m = await mount<TkAdminUnit>('tk-admin-unit', makeField(residence));
    province(m).focus();
    await userEvent.keyboard('{ArrowDown}');
    expect(last(m.events.input)).toEqual({ provinceCode: '01', unitsVersion: '2025-07-01' });
    await communesLoaded(m);
    await userEvent.tab();
    expect(m.root.activeElement).toBe(commune(m));
    await userEvent.keyboard('{ArrowDown}');
    expect((last(m.events.input) as { communeCode?: string }).communeCode).toBe('00004');
  });

  it('flags the part an error names and links the message from the group', async () => {
    const m = await mount<TkAdminUnit>('tk-admin-unit', makeField({ ...residence, value: { provinceCode: '01' }, errors: [errorAt('/residence/communeCode', 'Vui lòng chọn xã/phường.', 'required')] }));
    await communesLoaded(m);
    expect(commune(m).getAttribute('aria-invalid')).toBe('true');
    expect(province(m).hasAttribute('aria-invalid')).toBe(false);
    expect(m.root.querySelector('fieldset')!.getAttribute('aria-describedby')).toContain(`${m.el.field!.id}-error`);
    expect(await seriousViolations(m.host)).toEqual([]);
  });

  it('keeps a stored commune that is not in the province visible instead of dropping it', async () => {
    const m = await mount<TkAdminUnit>('tk-admin-unit', makeField({ ...residence, value: { provinceCode: '79', communeCode: '00004' } }));
    await communesLoaded(m);
    expect(commune(m).value).toBe('00004');
  });

  it('omits unitsVersion when the schema forbids other properties', async () => {
    const strict = { ...residence, schema: { ...residence.schema, additionalProperties: false, properties: { communeCode: { type: 'string' as const }, provinceCode: { type: 'string' as const } } } };
    const m = await mount<TkAdminUnit>('tk-admin-unit', makeField(strict));
    await userEvent.selectOptions(province(m), 'Thành phố Hà Nội');
    expect(last(m.events.input)).toEqual({ provinceCode: '01' });
    expect(m.root.querySelector(`#${m.el.field!.id}-street`)).toBeNull();
  });
});

runWidgetBaseTests<TkAdminUnit>({
  tag: 'tk-admin-unit',
  field: residence,
  edit: async (m) => {
    await userEvent.selectOptions(province(m), 'Tỉnh Cao Bằng');
    return { provinceCode: '04', unitsVersion: '2025-07-01' };
  },
  described: (m) => m.root.querySelector('fieldset')!,
  invalid: (m) => [province(m), commune(m), street(m)],
  required: (m) => province(m),
});
