// SPDX-License-Identifier: MIT
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import './checkbox.js';
import type { TkCheckbox } from './checkbox.component.js';
import { cleanup, last, makeField, mount } from '../shared/test-utils.js';
import { runWidgetBaseTests } from '../shared/widget-base-tests.js';

const pledge = { schema: { type: 'boolean' as const }, label: 'Tôi cam đoan những nội dung khai trên là đúng sự thật' };
const box = (root: ShadowRoot) => root.querySelector<HTMLInputElement>('input[type=checkbox]')!;

describe('<tk-checkbox>', () => {
  afterEach(cleanup);

  it('emits true when ticked and false when cleared', async () => {
    const m = await mount<TkCheckbox>('tk-checkbox', makeField(pledge));
    await userEvent.click(box(m.root));
    expect(last(m.events.input)).toBe(true);
    await userEvent.click(box(m.root));
    expect(last(m.events.input)).toBe(false);
    expect(last(m.events.commit)).toBe(false);
  });

  it('is ticked by clicking its label', async () => {
    const m = await mount<TkCheckbox>('tk-checkbox', makeField(pledge));
    await userEvent.click(m.root.querySelector('label')!);
    expect(last(m.events.input)).toBe(true);
  });

  it('shows a stored true as ticked', async () => {
    const m = await mount<TkCheckbox>('tk-checkbox', makeField({ ...pledge, value: true }));
    expect(box(m.root).checked).toBe(true);
  });

  it('does not change when read-only', async () => {
    const m = await mount<TkCheckbox>('tk-checkbox', makeField({ ...pledge, value: true, readonly: true }));
    await userEvent.click(box(m.root));
    expect(box(m.root).checked).toBe(true);
    expect(m.events.input).toEqual([]);
  });
});

runWidgetBaseTests<TkCheckbox>({
  tag: 'tk-checkbox',
  field: pledge,
  edit: async (m) => {
    await userEvent.click(box(m.root));
    return true;
  },
});
