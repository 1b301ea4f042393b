// SPDX-License-Identifier: MIT
/**
 * A citizen at the keyboard, for the framework examples' browser tests (React here, Vue imports it too): finds
 * `<tk-form>`'s controls in its shadow root and answers them with vitest's `userEvent` (real clicks and keystrokes
 * in Chromium), never by setting `.value`. Framework-agnostic: it only needs the rendered `<tk-form>`.
 */
import { expect } from 'vitest';
import { userEvent } from 'vitest/browser';
import { compileForm } from '@tokhai/core';
import type { TkForm } from '@tokhai/elements';

type CompiledForm = ReturnType<typeof compileForm>;
type Schema = { type?: unknown; enum?: unknown[]; oneOf?: Array<{ const?: unknown }>; anyOf?: Array<{ const?: unknown }> };
type UiElement = { type: string; scope?: string; elements?: UiElement[] };

/** Resolves when `check()` returns a truthy value; throws after `timeout` ms. */
export async function until<T>(check: () => T | Promise<T>, what: string, timeout = 10_000): Promise<NonNullable<T>> {
  const end = Date.now() + timeout;
  for (;;) {
    const result = await check();
    if (result) return result;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 30));
  }
}

/** Waits until `<tk-form>` and its widgets have rendered. */
export async function settle(el: TkForm): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await el.updateComplete;
    const widgets = [...el.shadowRoot!.querySelectorAll<HTMLElement & { updateComplete?: Promise<unknown> }>('*')].filter((n) => n.localName.startsWith('tk-'));
    await Promise.all(widgets.map((w) => w.updateComplete ?? Promise.resolve()));
    await new Promise((r) => requestAnimationFrame(r));
  }
}

/** `<tk-form>`'s DOM id for a data pointer (its documented `tk-field<pointer>` scheme). */
export const fieldId = (pointer: string): string => 'tk-field' + pointer.replace(/[^A-Za-z0-9-]/g, (c) => '_' + c.charCodeAt(0).toString(16) + '_');

const byId = <T extends HTMLElement = HTMLInputElement>(el: TkForm, id: string) => el.shadowRoot!.getElementById(id) as T | null;

/** A button of the form by its exact text, or undefined. */
export const button = (el: TkForm, text: string): HTMLButtonElement | undefined =>
  [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent?.trim() === text);

/** The current step's heading text ("Bước 2/5: …"), or the review's title. */
export const heading = (el: TkForm): string =>
  el.shadowRoot!.querySelector('[part~="step-heading"], [part~="review-title"]')?.textContent?.trim() ?? '';

/** The messages of the error summary, or [] when none is shown. */
export const summaryMessages = (el: TkForm): string[] =>
  [...el.shadowRoot!.querySelectorAll('[part~="error-summary"] li')].map((li) => li.textContent?.trim() ?? '');

const valueAt = (data: unknown, pointer: string): unknown =>
  pointer
    .split('/')
    .slice(1)
    .reduce<unknown>((v, k) => (v == null ? undefined : (v as Record<string, unknown>)[k]), data);

function controls(compiled: CompiledForm): Array<{ pointer: string; schema: Schema }> {
  const out: Array<{ pointer: string; schema: Schema }> = [];
  const walk = (e: UiElement) => {
    if (e.type === 'Control' && e.scope) {
      const pointer = '/' + e.scope.replace(/^#\//, '').split('/').filter((_, i) => i % 2 === 1).join('/');
      out.push({ pointer, schema: (compiled.resolveScope(e.scope) ?? {}) as Schema });
    }
    e.elements?.forEach(walk);
  };
  walk(compiled.ui);
  return out;
}

/** The option index a radio group or select uses for a value (the widgets' option values are indexes). */
function choiceIndex(schema: Schema, value: unknown): number {
  if (schema.type === 'boolean') return value === true ? 0 : 1;
  if (Array.isArray(schema.enum)) return schema.enum.indexOf(value);
  return (schema.oneOf ?? schema.anyOf ?? []).findIndex((o) => o.const === value);
}

/** An answer as the characters to type. */
const asText = (v: unknown): string => (typeof v === 'string' ? v : JSON.stringify(v));

const isEmpty = (v: unknown) => v === undefined || v === null || v === '';
const visible = (e: HTMLElement) => e.getClientRects().length > 0;

async function typeInto(control: HTMLElement, text: string): Promise<void> {
  await userEvent.click(control);
  await userEvent.keyboard(text);
}

/**
 * Answers every visible, editable and still empty control of the current step for which `answers` has a value:
 * typing text (dates as day, month, year), choosing options, ticking boxes, then Tab to leave the field.
 */
export async function answerVisible(el: TkForm, compiled: CompiledForm, answers: unknown): Promise<void> {
  for (const { pointer, schema } of controls(compiled)) {
    const value = valueAt(answers, pointer);
    if (isEmpty(value) || Array.isArray(value)) continue;
    const id = fieldId(pointer);
    const control = byId<HTMLInputElement>(el, id);
    if (!control || !visible(control) || control.disabled || control.readOnly) continue;
    const commune = byId<HTMLSelectElement>(el, `${id}-commune`);
    if (control instanceof HTMLSelectElement && commune) {
      // Administrative unit: the province, then a commune of the list it loads, then the street if asked.
      if (control.value) continue;
      const unit = value as { provinceCode: string; communeCode: string; street?: string };
      await userEvent.selectOptions(control, unit.provinceCode);
      await until(() => byId<HTMLSelectElement>(el, `${id}-commune`)?.querySelector(`option[value="${unit.communeCode}"]`), `commune ${unit.communeCode}`);
      await userEvent.selectOptions(byId<HTMLSelectElement>(el, `${id}-commune`)!, unit.communeCode);
      const street = byId(el, `${id}-street`);
      if (unit.street && street) await typeInto(street, unit.street);
    } else if (control instanceof HTMLSelectElement) {
      if (control.value) continue;
      await userEvent.selectOptions(control, String(choiceIndex(schema, value)));
    } else if (control.type === 'radio') {
      if (el.shadowRoot!.querySelector(`input[name="${id}"]:checked`)) continue;
      const i = choiceIndex(schema, value);
      await userEvent.click(byId(el, i === 0 ? id : `${id}-${i}`)!);
    } else if (control.type === 'checkbox') {
      if (value === true && !control.checked) await userEvent.click(control);
      continue;
    } else if (byId(el, `${id}-month`)) {
      if (control.value) continue;
      const [year, month, day] = asText(value).split('-');
      for (const [suffix, text] of [['', day], ['-month', month], ['-year', year]] as const) {
        const box = byId(el, `${id}${suffix}`);
        if (text && box) await typeInto(box, String(Number(text)));
      }
    } else {
      if (control.value) continue;
      await typeInto(control, asText(value));
    }
    await userEvent.keyboard('{Tab}');
    await settle(el);
  }
}

/** Clicks a button and waits for the step to change or the error summary to appear. */
export async function press(el: TkForm, text: string): Promise<{ errors?: string[]; heading?: string }> {
  const before = heading(el);
  const target = await until(() => button(el, text), `the button "${text}"`);
  await userEvent.click(target);
  return until(() => {
    const errors = summaryMessages(el);
    if (errors.length) return { errors };
    const now = heading(el);
    return now !== before ? { heading: now } : undefined;
  }, `the result of "${text}"`);
}

/** Walks the wizard: answers each step, "Tiếp tục" until the review, then "Xác nhận và gửi hồ sơ". */
export async function completeWizard(el: TkForm, compiled: CompiledForm, answers: unknown): Promise<void> {
  for (let step = 0; step < 12; step++) {
    const submit = button(el, 'Xác nhận và gửi hồ sơ');
    if (submit) {
      await userEvent.click(submit);
      return;
    }
    await answerVisible(el, compiled, answers);
    const result = await press(el, 'Tiếp tục');
    expect(result.errors, `step "${result.heading ?? heading(el)}" was refused`).toBeUndefined();
  }
  throw new Error('the wizard did not reach the review step');
}
