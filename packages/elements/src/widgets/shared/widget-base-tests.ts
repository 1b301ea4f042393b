// SPDX-License-Identifier: MIT
/**
 * The suite every tokhai widget passes, in the shape of Shoelace's `runFormControlBaseTests`
 * (shoelace-style/shoelace: `src/internal/test/form-control-base-tests.ts`): label association, hint and error
 * linked through `aria-describedby`, `aria-invalid`, required in text and in the accessibility tree, disabled and
 * read-only behaviour, the prefill badge, `focus()`, and `tk-field-commit` when focus leaves after an edit.
 * Call it from a widget's `*.test.ts`. Test-only.
 * @internal
 */
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { FieldModel } from '../../internal/field-model.js';
import type { DomFieldElement } from './dom-field-element.js';
import type { TkFieldElement } from './field-element.js';
import { byId, cleanup, errorAt, last, makeField, mount, seriousViolations, type Mounted } from './test-utils.js';

/** How to drive one widget through the shared suite. */
export interface WidgetBaseTestOptions<T extends TkFieldElement | DomFieldElement> {
  /** The widget's tag (its define module must be imported by the test file). */
  tag: string;
  /** The field the widget is tested with (schema, choices, …); ids and texts get test defaults. */
  field: Partial<FieldModel>;
  /** Makes one edit with real keystrokes or clicks and returns the value the widget must emit for it. */
  edit: (mounted: Mounted<T>) => Promise<unknown>;
  /**
   * The element that carries `aria-describedby`, `aria-invalid` and `aria-required`: the control by default,
   * the group (fieldset) for widgets made of several controls.
   */
  described?: (mounted: Mounted<T>) => Element;
  /** Elements that must carry `aria-invalid="true"` when errors show (default: `described`). */
  invalid?: (mounted: Mounted<T>) => Element[];
  /** The element that exposes required as `aria-required`/`required` (default: `described`). */
  required?: (mounted: Mounted<T>) => Element;
  /** The pointer commits must carry (default: the field's). A container's edits happen in its child controls. */
  commitPointer?: (mounted: Mounted<T>) => string;
  /** Options for `mount` (a container's `renderChild`, for example). */
  setup?: (el: T) => void;
  /** Whether required is also exposed as `aria-required`/`required` (a checkbox group can only say it in text). */
  requiredInAria?: boolean;
}

const HINT = 'Ghi đúng như trên giấy tờ tùy thân.';
const ERROR = 'Trường này chưa đúng.';

/** Every focusable native control inside a widget. */
const controlsOf = (el: Element): HTMLElement[] =>
  [...el.querySelectorAll<HTMLElement>('input, select, textarea, button')].filter((c) => !c.hidden);

/** Runs the shared widget suite. */
export function runWidgetBaseTests<T extends TkFieldElement | DomFieldElement>(options: WidgetBaseTestOptions<T>): void {
  const field = (patch: Partial<FieldModel> = {}) => makeField({ ...options.field, ...patch });
  const described = (m: Mounted<T>) => options.described?.(m) ?? byId(m.root, m.el.field!.id);
  const invalidTargets = (m: Mounted<T>) => options.invalid?.(m) ?? [described(m)];

  describe(`<${options.tag}> shared widget behaviour`, () => {
    afterEach(cleanup);

    it('has no serious or critical axe violations, empty or with a hint and an error', async () => {
      const empty = await mount<T>(options.tag, field(), { setup: options.setup });
      expect(await seriousViolations(empty.host)).toEqual([]);
      const failing = await mount<T>(options.tag, field({ pointer: '/y', hint: HINT, required: true, errors: [errorAt('/y', ERROR)] }), { setup: options.setup });
      expect(await seriousViolations(failing.host)).toEqual([]);
    });

    it('has no serious or critical axe violations when read-only and prefilled, or disabled', async () => {
      const prefill = { source: 'vneid', sourceLabel: 'VNeID', mode: 'locked' as const, modified: false };
      const locked = await mount<T>(options.tag, field({ readonly: true, prefill, hint: HINT }), { setup: options.setup });
      expect(await seriousViolations(locked.host)).toEqual([]);
      const disabled = await mount<T>(options.tag, field({ pointer: '/z', enabled: false, locale: 'en' }), { setup: options.setup });
      expect(await seriousViolations(disabled.host)).toEqual([]);
    });

    it('associates the label with the control: <label for> or the legend of its group', async () => {
      const m = await mount<T>(options.tag, field(), { setup: options.setup });
      const id = m.el.field!.id;
      const control = byId(m.root, id);
      const label = m.root.querySelector(`label[for="${CSS.escape(id)}"]`);
      const legend = control.closest('fieldset')?.querySelector('legend');
      const labelText = label?.textContent ?? '';
      const legendText = legend?.textContent ?? '';
      expect(labelText.includes(m.el.field!.label) || legendText.includes(m.el.field!.label)).toBe(true);
    });

    it('keeps a hidden label in the accessibility tree when showLabel is false', async () => {
      const m = await mount<T>(options.tag, field({ showLabel: false }), { setup: options.setup });
      const label = m.root.querySelector(`#${CSS.escape(m.el.field!.id)}-label`)!;
      expect(label.textContent).toContain(m.el.field!.label);
      expect(label.classList.contains('tk-visually-hidden')).toBe(true);
    });

    it('links the hint and the error to the control through aria-describedby', async () => {
      const m = await mount<T>(options.tag, field({ hint: HINT }), { setup: options.setup });
      const ids = () => (described(m).getAttribute('aria-describedby') ?? '').split(/\s+/);
      expect(ids()).toContain(`${m.el.field!.id}-hint`);
      expect(byId(m.root, `${m.el.field!.id}-hint`).textContent).toContain(HINT);
      expect(ids()).not.toContain(`${m.el.field!.id}-error`);

      await m.update({ errors: [errorAt(m.el.field!.pointer, ERROR)] });
      expect(ids()).toContain(`${m.el.field!.id}-error`);
      expect(byId(m.root, `${m.el.field!.id}-error`).textContent).toContain(ERROR);
      for (const id of ids()) expect(m.root.getElementById(id), `#${id} exists`).not.toBeNull();
    });

    it('sets aria-invalid only while errors are shown', async () => {
      const m = await mount<T>(options.tag, field(), { setup: options.setup });
      for (const el of invalidTargets(m)) expect(el.getAttribute('aria-invalid')).not.toBe('true');
      await m.update({ errors: [errorAt(m.el.field!.pointer, ERROR)] });
      for (const el of invalidTargets(m)) expect(el.getAttribute('aria-invalid')).toBe('true');
      await m.update({ errors: [] });
      for (const el of invalidTargets(m)) expect(el.getAttribute('aria-invalid')).not.toBe('true');
    });

    it('says a field is required in visible text and in the accessibility tree', async () => {
      const m = await mount<T>(options.tag, field({ required: true }), { setup: options.setup });
      expect(byId(m.root, `${m.el.field!.id}-label`).textContent).toContain('(bắt buộc)');
      if (options.requiredInAria !== false) {
        const target = options.required?.(m) ?? described(m);
        const inAria = target.getAttribute('aria-required') === 'true' || target.hasAttribute('required');
        expect(inAria).toBe(true);
      }
    });

    it('says required in English when the field locale is en', async () => {
      const m = await mount<T>(options.tag, field({ required: true, locale: 'en' }), { setup: options.setup });
      const label = byId(m.root, `${m.el.field!.id}-label`).textContent ?? '';
      expect(label).toContain('(required)');
      expect(label).not.toContain('bắt buộc');
    });

    it('disables every control of a disabled field', async () => {
      const m = await mount<T>(options.tag, field({ enabled: false }), { setup: options.setup });
      const controls = controlsOf(m.el);
      expect(controls.length).toBeGreaterThan(0);
      for (const c of controls) expect(c.matches(':disabled'), c.outerHTML).toBe(true);
    });

    it('keeps a read-only field focusable and emits nothing when keys are pressed in it', async () => {
      const m = await mount<T>(options.tag, field({ readonly: true }), { setup: options.setup });
      const control = byId(m.root, m.el.field!.id);
      control.focus();
      expect(m.root.activeElement).toBe(control);
      await userEvent.keyboard('1a{ArrowDown}{ }');
      expect(m.events.input).toEqual([]);
    });

    it('shows the prefill badge as text linked to the control', async () => {
      const m = await mount<T>(options.tag, field({ prefill: { source: 'vneid', sourceLabel: 'VNeID', mode: 'editable', modified: false } }), { setup: options.setup });
      const badge = byId(m.root, `${m.el.field!.id}-badge`);
      expect(badge.textContent).toContain('VNeID');
      expect(described(m).getAttribute('aria-describedby')).toContain(badge.id);
    });

    it('shows nothing once its field is taken away (no stale control or id), and draws again when given one', async () => {
      const m = await mount<T>(options.tag, field({ hint: HINT }), { setup: options.setup });
      const id = m.el.field!.id;
      m.el.field = undefined;
      await m.el.updateComplete;
      expect(m.root.getElementById(id)).toBeNull();
      expect(controlsOf(m.el)).toEqual([]);
      expect(m.el.textContent.trim()).toBe('');
      m.el.field = field({ label: 'Tên khác' });
      await m.el.updateComplete;
      expect(m.root.getElementById(id)).not.toBeNull();
      expect(m.el.textContent).toContain('Tên khác');
    });

    it('moves focus to the control carrying field.id on focus()', async () => {
      const m = await mount<T>(options.tag, field(), { setup: options.setup });
      m.el.focus();
      expect(m.root.activeElement).toBe(byId(m.root, m.el.field!.id));
    });

    it('emits tk-field-input while editing and tk-field-commit with the same value when focus leaves', async () => {
      const m = await mount<T>(options.tag, field(), { setup: options.setup });
      const expected = await options.edit(m);
      expect(last(m.events.input)).toEqual(expected);
      await userEvent.click(m.after);
      expect(m.events.commit.length).toBeGreaterThan(0);
      expect(last(m.events.commit)).toEqual(expected);
      const pointer = options.commitPointer?.(m) ?? m.el.field!.pointer;
      expect(m.events.commit.every((c) => c.pointer === pointer)).toBe(true);
    });
  });
}
