// SPDX-License-Identifier: MIT
import { describe, expect, it } from 'vitest';
import { html, render } from 'lit';
import { attrs, type AttrValue } from './attrs.js';
import { fillSelect, type FilledList } from './select-options.js';

describe('attrs()', () => {
  const host = document.createElement('div');
  const draw = (values: Record<string, AttrValue>) => render(html`<input ${attrs(values)} />`, host);
  const input = () => host.querySelector('input')!;

  it('sets text and boolean attributes, leaves absent ones out, and follows later renders', () => {
    draw({ id: 'a', 'aria-invalid': undefined, readonly: true, disabled: false, rows: 3 });
    expect(input().id).toBe('a');
    expect(input().hasAttribute('aria-invalid')).toBe(false);
    expect(input().getAttribute('readonly')).toBe('');
    expect(input().hasAttribute('disabled')).toBe(false);
    expect(input().getAttribute('rows')).toBe('3');

    draw({ id: 'b', 'aria-invalid': 'true', readonly: false, disabled: true });
    expect(input().id).toBe('b');
    expect(input().getAttribute('aria-invalid')).toBe('true');
    expect(input().hasAttribute('readonly')).toBe(false);
    expect(input().hasAttribute('disabled')).toBe(true);
    // An attribute no longer given is removed.
    expect(input().hasAttribute('rows')).toBe(false);
  });
});

describe('fillSelect()', () => {
  const host = document.createElement('select');
  let known: FilledList | undefined;
  const draw = (labels: string[], selected: number) => (known = fillSelect(host, labels, selected, '— Chọn —', known));
  const select = () => host;

  it('lists the labels after an empty first option, as text, with the index as value', () => {
    draw(['Nam', 'Nữ', '<b>x</b>'], -1);
    expect([...select().options].map((o) => [o.value, o.textContent])).toEqual([
      ['', '— Chọn —'],
      ['0', 'Nam'],
      ['1', 'Nữ'],
      ['2', '<b>x</b>'],
    ]);
    expect(select().querySelector('b')).toBeNull();
    expect(select().value).toBe('');
  });

  it('keeps the options while the labels stay the same, and puts the selection back on every render', () => {
    draw(['Nam', 'Nữ'], 1);
    const first = select().options[1];
    expect(select().value).toBe('1');
    select().selectedIndex = 1; // the citizen picks "Nam" in a read-only list
    draw(['Nam', 'Nữ'], 1);
    expect(select().options[1]).toBe(first);
    expect(select().value).toBe('1');
    draw(['Male', 'Female'], 0);
    expect([...select().options].map((o) => o.textContent)).toEqual(['— Chọn —', 'Male', 'Female']);
    expect(select().value).toBe('0');
  });

  it('gives each select its own options when lists repeat (a clone of the list made first)', () => {
    const a = document.createElement('select');
    fillSelect(a, ['Nam', 'Nữ', '<i>y</i>'], 0, '— Chọn —');
    draw(['Nam', 'Nữ', '<i>y</i>'], 2);
    const b = select();
    expect([...b.options].map((o) => [o.value, o.textContent])).toEqual([...a.options].map((o) => [o.value, o.textContent]));
    expect(b.querySelector('i')).toBeNull();
    expect(b.options[1]).not.toBe(a.options[1]);
    expect([a.value, b.value]).toEqual(['0', '2']);
    // Changing one select's options leaves the other, and the next list made from the cache, untouched.
    b.options[1].text = 'changed';
    draw(['Male', 'Female'], -1);
    draw(['Nam', 'Nữ', '<i>y</i>'], -1);
    expect(select().options[1].text).toBe('Nam');
    expect(a.options[1].text).toBe('Nam');
  });
});
