// SPDX-License-Identifier: MIT
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import './checkbox-group.js';
import type { TkCheckboxGroup } from './checkbox-group.component.js';
import { cleanup, last, makeField, mount } from '../shared/test-utils.js';
import { runWidgetBaseTests } from '../shared/widget-base-tests.js';

const classes = {
  schema: { type: 'array' as const, items: { type: 'string' as const, enum: ['A1', 'A', 'B'] }, uniqueItems: true },
  label: 'Hạng giấy phép',
  choices: [
    { value: 'A1', label: 'Hạng A1' },
    { value: 'A', label: 'Hạng A' },
    { value: 'B', label: 'Hạng B' },
  ],
};
const boxes = (root: ShadowRoot) => [...root.querySelectorAll<HTMLInputElement>('input[type=checkbox]')];

describe('<tk-checkbox-group>', () => {
  afterEach(cleanup);

  it('emits the chosen values in the order of the choices', async () => {
    const m = await mount<TkCheckboxGroup>('tk-checkbox-group', makeField(classes));
    await userEvent.click(boxes(m.root)[2]);
    await userEvent.click(boxes(m.root)[0]);
    expect(last(m.events.input)).toEqual(['A1', 'B']);
    expect(last(m.events.commit)).toEqual(['A1', 'B']);
  });

  it('emits undefined when the last box is cleared', async () => {
    const m = await mount<TkCheckboxGroup>('tk-checkbox-group', makeField({ ...classes, value: ['A'] }));
    expect(boxes(m.root)[1].checked).toBe(true);
    await userEvent.click(boxes(m.root)[1]);
    expect(last(m.events.input)).toBeUndefined();
  });

  it('keeps values the data held that are not choices, so nothing is lost silently', async () => {
    const m = await mount<TkCheckboxGroup>('tk-checkbox-group', makeField({ ...classes, value: ['FC'] }));
    await userEvent.click(boxes(m.root)[0]);
    expect(last(m.events.input)).toEqual(['A1', 'FC']);
  });

  it('toggles with the space bar', async () => {
    const m = await mount<TkCheckboxGroup>('tk-checkbox-group', makeField(classes));
    boxes(m.root)[1].focus();
    await userEvent.keyboard(' ');
    expect(last(m.events.input)).toEqual(['A']);
  });

  it('takes its choices from the item enum when the form gives none', async () => {
    const m = await mount<TkCheckboxGroup>('tk-checkbox-group', makeField({ ...classes, choices: undefined }));
    expect(boxes(m.root).map((b) => m.root.querySelector(`label[for="${b.id}"]`)!.textContent)).toEqual(['A1', 'A', 'B']);
  });
});

runWidgetBaseTests<TkCheckboxGroup>({
  tag: 'tk-checkbox-group',
  field: classes,
  edit: async (m) => {
    await userEvent.click(boxes(m.root)[1]);
    return ['A'];
  },
  described: (m) => m.root.querySelector('fieldset')!,
  invalid: (m) => boxes(m.root),
  requiredInAria: false,
});
