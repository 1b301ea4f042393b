// SPDX-License-Identifier: MIT
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import './consent-panel.js';
import type { TkConsentEvent } from '../events.js';
import { cleanupMounted, mountIn, REQUESTS, wcagViolations } from '../prefill.test-helpers.js';

async function mountPanel(locale: 'vi' | 'en' = 'vi') {
  const el = document.createElement('tk-consent-panel');
  el.requests = REQUESTS;
  el.locale = locale;
  const start = document.createElement('button');
  start.textContent = 'start';
  const m = await mountIn(el, { before: start });
  const events: TkConsentEvent[] = [];
  el.addEventListener('tk-consent', (e) => events.push(e));
  return { start, events, ...m };
}

const choice = (el: HTMLElement, source: string, decision: 'granted' | 'declined') =>
  el.querySelector<HTMLButtonElement>(`fieldset[data-source="${source}"] button[data-choice="${decision}"]`)!;
const buttonByText = (el: HTMLElement, text: string) => [...el.querySelectorAll('button')].find((b) => b.textContent.trim() === text)!;

describe('<tk-consent-panel>', () => {
  afterEach(cleanupMounted);

  it('has no WCAG 2.1 A/AA violations and pre-selects nothing', async () => {
    const { el } = await mountPanel();
    expect(await wcagViolations(el)).toEqual([]);
    expect([...el.querySelectorAll('[aria-pressed="true"]')]).toHaveLength(0);
    expect([...el.querySelectorAll('input[type="checkbox"]')]).toHaveLength(0);
  });

  it('shows each source as a fieldset with its name, purpose and the data it will supply', async () => {
    const { el } = await mountPanel();
    const sets = [...el.querySelectorAll('fieldset')];
    expect(sets.map((f) => f.querySelector('legend')!.textContent.trim())).toEqual([
      'Nguồn dữ liệu: VNeID',
      'Nguồn dữ liệu: Cơ sở dữ liệu quốc gia về dân cư',
    ]);
    expect(sets[0].textContent).toContain('Điền sẵn thông tin nhân thân của bạn.');
    expect([...sets[1].querySelectorAll('li')].map((li) => li.textContent.replace(/\s+/g, ' ').trim())).toEqual([
      'Dân tộc dữ liệu cá nhân nhạy cảm',
      'Nơi thường trú không sửa được; nếu sai, gửi yêu cầu điều chỉnh',
      'Họ tên cha thông tin của người khác',
    ]);
  });

  it('marks sensitive data in words (Decree 13/2023) only where it is requested', async () => {
    const { el } = await mountPanel();
    const [vneid, population] = [...el.querySelectorAll('fieldset')];
    expect(vneid.querySelector('[data-notice="sensitive"]')).toBeNull();
    expect(population.querySelector('[data-notice="sensitive"]')!.textContent).toContain('Nghị định 13/2023/NĐ-CP');
    expect(population.querySelector('[data-notice="others"]')).not.toBeNull();
  });

  it('emits the decisions after the citizen accepts one source and declines the other with the keyboard', async () => {
    const { el, start, events } = await mountPanel();
    start.focus();
    await userEvent.keyboard('{Tab}');
    expect(document.activeElement).toBe(choice(el, 'vneid', 'granted'));
    await userEvent.keyboard('{Enter}');
    expect(choice(el, 'vneid', 'granted').getAttribute('aria-pressed')).toBe('true');
    expect(el.querySelector('fieldset[data-source="vneid"]')!.textContent).toContain('Bạn đã đồng ý lấy dữ liệu từ nguồn này.');
    await userEvent.keyboard('{Tab}{Tab}');
    expect(document.activeElement).toBe(choice(el, 'population', 'granted'));
    await userEvent.keyboard('{Tab}');
    await userEvent.keyboard(' ');
    expect(choice(el, 'population', 'declined').getAttribute('aria-pressed')).toBe('true');
    await userEvent.keyboard('{Tab}');
    expect(document.activeElement).toBe(buttonByText(el, 'Tiếp tục'));
    await userEvent.keyboard('{Enter}');
    expect(events).toHaveLength(1);
    expect(events[0].detail).toEqual({ decisions: { vneid: 'granted', population: 'declined' } });
    expect(el.decisions).toEqual({ vneid: 'granted', population: 'declined' });
  });

  it('will not continue while a source is undecided: it says how many are left and focuses the first', async () => {
    const { el, events } = await mountPanel();
    await userEvent.click(choice(el, 'vneid', 'declined'));
    await userEvent.click(buttonByText(el, 'Tiếp tục'));
    await el.updateComplete;
    expect(events).toHaveLength(0);
    expect(el.querySelector('[role="alert"]')!.textContent).toContain('1 nguồn dữ liệu còn lại');
    expect(document.activeElement).toBe(choice(el, 'population', 'granted'));
    await userEvent.keyboard('{Enter}');
    expect(el.querySelector('[role="alert"]')).toBeNull();
    await userEvent.click(buttonByText(el, 'Tiếp tục'));
    expect(events[0].detail.decisions).toEqual({ vneid: 'declined', population: 'granted' });
  });

  it('takes a choice back when its pressed button is pressed again', async () => {
    const { el } = await mountPanel();
    await userEvent.click(choice(el, 'vneid', 'granted'));
    await userEvent.click(choice(el, 'vneid', 'granted'));
    expect(choice(el, 'vneid', 'granted').getAttribute('aria-pressed')).toBe('false');
    expect(el.decisions).toEqual({});
  });

  it('declines every source at once with "skip"', async () => {
    const { el, events } = await mountPanel();
    await userEvent.click(buttonByText(el, 'Bỏ qua, tôi tự nhập tất cả'));
    expect(events[0].detail.decisions).toEqual({ vneid: 'declined', population: 'declined' });
  });

  it('speaks English, gives each choice a distinct accessible name, and stays accessible', async () => {
    const { el } = await mountPanel('en');
    expect(el.querySelector('fieldset legend')!.textContent).toContain('Data source: VNeID');
    expect(choice(el, 'population', 'granted').textContent.replace(/\s+/g, ' ').trim()).toBe('Accept (National population database)');
    expect(el.textContent).toContain('sensitive personal data');
    expect(await wcagViolations(el)).toEqual([]);
  });

  it('adopts its styles into the shadow root it is placed in', async () => {
    const el = document.createElement('tk-consent-panel');
    el.requests = REQUESTS;
    const { root } = await mountIn(el, { shadow: true });
    const sheets = (root as ShadowRoot).adoptedStyleSheets;
    expect(sheets.length).toBeGreaterThan(0);
    const pressed = choice(el, 'vneid', 'granted');
    await userEvent.click(pressed);
    expect(getComputedStyle(pressed).borderTopWidth).toBe('3px');
  });

  it('says each choice once in one live region, and a locale switch rewords the states without reading them all out', async () => {
    const { el } = await mountPanel();
    // One live region for the whole panel: a locale switch rewords every source's state, which must not be a flood.
    expect([...el.querySelectorAll('fieldset [aria-live], fieldset [role="status"]')]).toHaveLength(0);
    const live = [...el.querySelectorAll('[role="status"], [aria-live]')];
    expect(live).toHaveLength(1);
    expect(live[0].textContent.trim()).toBe('');
    await userEvent.click(choice(el, 'population', 'declined'));
    expect(live[0].textContent.trim()).toBe('Đã chọn Từ chối cho Cơ sở dữ liệu quốc gia về dân cư.');
    await userEvent.click(choice(el, 'population', 'declined'));
    expect(live[0].textContent.trim()).toBe('Đã bỏ lựa chọn cho Cơ sở dữ liệu quốc gia về dân cư; nguồn này chưa được chọn.');
    await userEvent.click(choice(el, 'vneid', 'granted'));
    expect(live[0].textContent.trim()).toBe('Đã chọn Đồng ý cho VNeID.');
    el.locale = 'en';
    await el.updateComplete;
    expect(el.querySelector('[role="status"]')!.textContent.trim()).toBe('');
    expect(el.querySelector('fieldset[data-source="vneid"] .tk-consent__state')!.textContent).toBe('You accepted data from this source.');
    await userEvent.click(choice(el, 'vneid', 'declined'));
    expect(el.querySelector('[role="status"]')!.textContent.trim()).toBe('Decline chosen for VNeID.');
  });

  it('takes focus on its title when asked, so a citizen sent to it starts at the question', async () => {
    const { el } = await mountPanel();
    el.focus();
    const title = el.querySelector('[role="heading"]')!;
    expect(document.activeElement).toBe(title);
    expect(title.textContent).toBe('Điền sẵn thông tin từ dữ liệu của cơ quan nhà nước');
    // Focusable only from script: not a Tab stop.
    expect(title.getAttribute('tabindex')).toBe('-1');
    expect(await wcagViolations(el)).toEqual([]);
  });
});
