// SPDX-License-Identifier: MIT
import { afterEach, describe, expect, it } from 'vitest';
import './provenance-badge.js';
import type { TkProvenanceBadge } from './provenance-badge.component.js';
import { cleanupMounted, mountIn, wcagViolations } from '../prefill.test-helpers.js';

async function badge(props: Partial<Pick<TkProvenanceBadge, 'source' | 'sourceLabel' | 'mode' | 'modified' | 'locale'>>) {
  const el = document.createElement('tk-provenance-badge');
  Object.assign(el, props);
  await mountIn(el);
  return el;
}
const text = (el: HTMLElement) => el.textContent.replace(/\s+/g, ' ').trim();

describe('<tk-provenance-badge>', () => {
  afterEach(cleanupMounted);

  it('says in words where a value came from and that a locked value cannot be edited', async () => {
    const el = await badge({ source: 'vneid', sourceLabel: 'VNeID', mode: 'locked' });
    expect(text(el)).toBe('Lấy từ VNeID · không sửa được');
    expect(el.querySelector('svg')!.getAttribute('aria-hidden')).toBe('true');
    expect(el.querySelector('[data-state]')!.getAttribute('data-state')).toBe('locked');
    expect(await wcagViolations(el)).toEqual([]);
  });

  it('distinguishes an editable suggestion from a value the citizen changed', async () => {
    const el = await badge({ source: 'population', sourceLabel: 'CSDLQG về dân cư', mode: 'editable' });
    expect(text(el)).toBe('Lấy từ CSDLQG về dân cư · bạn có thể sửa');
    el.modified = true;
    await el.updateComplete;
    expect(text(el)).toBe('Lấy từ CSDLQG về dân cư · bạn đã sửa');
    expect(el.hasAttribute('modified')).toBe(true);
    expect(await wcagViolations(el)).toEqual([]);
  });

  it('never shows a locked value as modified', async () => {
    const el = await badge({ sourceLabel: 'VNeID', mode: 'locked', modified: true });
    expect(el.state).toBe('locked');
    expect(text(el)).toContain('không sửa được');
  });

  it('takes its state from a field model and speaks English', async () => {
    const el = await badge({ locale: 'en' });
    el.prefill = { source: 'population', sourceLabel: 'National population database', mode: 'editable', modified: true };
    await el.updateComplete;
    expect(text(el)).toBe('From National population database · changed by you');
  });
});
