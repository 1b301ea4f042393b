/// <reference types="@vitest/browser-playwright" />
import { afterEach, describe, expect, it } from 'vitest';
import { cdp, userEvent } from 'vitest/browser';
import { button, cleanup, control, mount, personForm, root, settle } from './fixtures.test-helpers.js';

afterEach(async () => {
  cleanup();
  await cdp().send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: '' }] });
});

/** Every CSS rule adopted into the form's shadow root, as text. */
function adoptedCss(root: ShadowRoot): string {
  return root.adoptedStyleSheets.flatMap((s) => [...s.cssRules].map((r) => r.cssText)).join('\n');
}

describe('theming', () => {
  it('exposes --tk-* custom properties that restyle the form', async () => {
    const el = await mount({ form: personForm });
    const submit = button(el, 'Gửi hồ sơ');
    el.style.setProperty('--tk-color-primary', 'rgb(1, 2, 3)');
    expect(getComputedStyle(submit).backgroundColor).toBe('rgb(1, 2, 3)');
  });

  it('stacks a HorizontalLayout on a narrow screen (no horizontal scrolling at 320 px)', async () => {
    const el = await mount({ form: personForm });
    const row = root(el).querySelector<HTMLElement>('[part="horizontal-layout"]')!;
    el.style.width = '900px';
    await settle(el);
    expect(getComputedStyle(row).flexDirection).toBe('row');
    el.style.width = '320px';
    await settle(el);
    expect(getComputedStyle(row).flexDirection).toBe('column');
    expect(el.scrollWidth).toBeLessThanOrEqual(320);
  });

  it('adopts every registered widget’s styles into its one shadow root', async () => {
    const el = await mount({ form: personForm });
    const css = adoptedCss(root(el));
    expect(css).toContain('.tk-error-summary');
    expect(css).toContain('.tk-field');
  });

  it('keeps focus and error indication visible in forced-colors mode', async () => {
    const el = await mount({ form: personForm });
    await cdp().send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: 'active' }] });
    expect(matchMedia('(forced-colors: active)').matches).toBe(true);
    await userEvent.click(button(el, 'Gửi hồ sơ'));
    await settle(el);
    const summary = root(el).querySelector<HTMLElement>('[part="error-summary"]')!;
    const style = getComputedStyle(summary);
    expect(style.borderTopStyle).toBe('solid');
    expect(parseFloat(style.borderTopWidth)).toBeGreaterThanOrEqual(3);
    expect(style.outlineStyle).toBe('solid');
    expect(parseFloat(style.outlineWidth)).toBeGreaterThanOrEqual(3);
    const input = control(el, 'Họ, chữ đệm và tên');
    await userEvent.click(input);
    await userEvent.keyboard('{Tab}');
    await userEvent.keyboard('{Shift>}{Tab}{/Shift}');
    const focusStyle = getComputedStyle(input);
    expect(focusStyle.outlineStyle).toBe('solid');
    expect(parseFloat(focusStyle.outlineWidth)).toBeGreaterThanOrEqual(3);
    expect(adoptedCss(root(el))).toMatch(/@media \(forced-colors: active\)/);
  });
});
