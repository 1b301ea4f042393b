// SPDX-License-Identifier: MIT
import { afterEach, describe, expect, it } from 'vitest';
import '../text-field/text-field.js';
import type { TkTextField } from '../text-field/text-field.component.js';
import { byId, cleanup, makeField, mount, seriousViolations } from './test-utils.js';

const prefilled = (mode: 'locked' | 'editable', modified = false) =>
  makeField({ value: 'Nguyễn Văn An', prefill: { source: 'vneid', sourceLabel: 'VNeID', mode, modified }, readonly: mode === 'locked' });

describe('prefill badge', () => {
  afterEach(cleanup);

  it('says in text where a value came from, and whether it was changed or is locked', async () => {
    const a = await mount<TkTextField>('tk-text-field', prefilled('editable'));
    expect(byId(a.root, `${a.el.field!.id}-badge`).textContent).toBe('Từ VNeID');
    const b = await mount<TkTextField>('tk-text-field', { ...prefilled('editable', true), pointer: '/b', id: 'b' });
    expect(byId(b.root, 'b-badge').textContent).toBe('Đã sửa (dữ liệu từ VNeID)');
    const c = await mount<TkTextField>('tk-text-field', { ...prefilled('locked'), pointer: '/c', id: 'c' });
    expect(byId(c.root, 'c-badge').textContent).toBe('Từ VNeID, không sửa được');
    expect(await seriousViolations(c.host)).toEqual([]);
  });

  it('uses <tk-provenance-badge> once the prefill components are defined', async () => {
    await import('../../prefill/provenance-badge/provenance-badge.js');
    const m = await mount<TkTextField>('tk-text-field', prefilled('locked'));
    const badge = byId(m.root, `${m.el.field!.id}-badge`);
    expect(badge.tagName).toBe('TK-PROVENANCE-BADGE');
    await (badge as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(badge.textContent).toContain('VNeID');
    expect(badge.textContent).toContain('không sửa được');
    expect(byId(m.root, m.el.field!.id).getAttribute('aria-describedby')).toContain(badge.id);
    expect(await seriousViolations(m.host)).toEqual([]);
  });
});
