// SPDX-License-Identifier: MIT
import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { html, LitElement } from 'lit';
import { rankWith, scopeEndsWith, type FormDefinition } from '@tokhai/core';
import { registry, type WidgetRow } from '../registry.js';
import type { FieldModel } from '../internal/field-model.js';
import { isTranslationLoaded } from '../internal/localize.js';
import { isReviewStepLoaded } from '../review/review.js';
import { isAssistedFieldsLoaded } from './assisted.js';
import { button, cleanup, control, mount, personForm, root } from './fixtures.test-helpers.js';

afterEach(cleanup);

// Module fetches are observed as resource timings; the page loaded hundreds of modules before this file ran, so
// make room and start from an empty list. So these checks see what a form fetches on demand, not what this file's
// own imports pulled in eagerly: that each lazy part is really a chunk of its own, never in tokhai.bundle.js, is
// checked on the built bundle by examples/html/csp.node.test.mjs ("has each part loaded on first use as a chunk").
performance.setResourceTimingBufferSize(5000);
performance.clearResourceTimings();
const fetchedModules = (part: string) => performance.getEntriesByType('resource').filter((e) => e.name.includes(part));

/** A form with a file, an address and a repeatable group of names. */
const richForm: FormDefinition = {
  id: 'vn.test.rich',
  version: '1.0.0',
  title: { vi: 'Tờ khai đủ loại trường' },
  schema: {
    type: 'object',
    properties: {
      fullName: { type: 'string', title: 'Họ và tên' },
      photo: { type: 'object', title: 'Ảnh chân dung', 'x-file': { accept: ['image/jpeg'], maxSize: 1_000_000 } },
      address: {
        type: 'object',
        title: 'Địa chỉ',
        properties: { street: { type: 'string' }, communeCode: { type: 'string' }, provinceCode: { type: 'string' } },
      },
      nicknames: { type: 'array', title: 'Tên gọi khác', items: { type: 'string', title: 'Tên gọi' } },
    },
  },
  ui: {
    type: 'VerticalLayout',
    elements: [
      { type: 'Control', scope: '#/properties/fullName' },
      { type: 'Control', scope: '#/properties/photo' },
      { type: 'Control', scope: '#/properties/address', options: { format: 'admin-unit' } },
      { type: 'Control', scope: '#/properties/nicknames' },
    ],
  },
};

const LAZY_TAGS = ['tk-file-field', 'tk-admin-unit', 'tk-repeat-group'];
/** Source modules loaded on first use (each a chunk of its own in the bundle). */
const LAZY_MODULES = [
  'file-field.component',
  'admin-unit.component',
  'repeat-group.component',
  'draft-engine',
  'review-step',
  'assisted-fields',
  'idle-clock',
  'translations/en',
  'build-submission',
  'form/failure',
];

describe('widgets loaded on first use', () => {
  // First in this file (each browser test file has its own page): nothing has loaded these widgets yet.
  it('a simple Vietnamese form does not fetch the rare widgets, drafts, review, assisted or kiosk mode, English, the submission code or the failure message', async () => {
    const el = await mount({ form: personForm });
    expect(control(el, 'Họ, chữ đệm và tên')).toBeTruthy();
    for (const tag of LAZY_TAGS) expect(customElements.get(tag), tag).toBeUndefined();
    for (const module of LAZY_MODULES) expect(fetchedModules(module), module).toEqual([]);
    expect(isTranslationLoaded('en')).toBe(false);
    expect(isReviewStepLoaded()).toBe(false);
    expect(isAssistedFieldsLoaded()).toBe(false);
  });

  it('loads the review step and assisted mode for forms that use them, before their first render', async () => {
    const el = await mount({ form: personForm }, { review: '', assisted: '', 'officer-id': 'CB-0042' });
    expect(isReviewStepLoaded()).toBe(true);
    expect(root(el).querySelector('#tk-citizen-confirm')).toBeNull(); // assisted fields live on the review step
    await userEvent.type(control(el, 'Họ, chữ đệm và tên'), 'Trần Thị Mai');
    await userEvent.type(control(el, 'Số điện thoại'), '0912345678');
    await userEvent.click(button(el, 'Tiếp tục'));
    await el.updateComplete;
    expect(root(el).querySelector('#tk-review-title')?.textContent).toContain('Kiểm tra lại thông tin');
    expect(root(el).querySelector('#tk-citizen-confirm')).not.toBeNull();
  });

  it('a form that has them shows every one of them complete at updateComplete, in its first render of the fields', async () => {
    const el = document.createElement('tk-form');
    const firstRenders: number[] = [];
    const observer = new MutationObserver(() => {
      if (root(el).querySelector('tk-text-field')) firstRenders.push(root(el).querySelectorAll(LAZY_TAGS.join(',')).length);
    });
    el.form = richForm;
    document.body.append(el);
    observer.observe(el.shadowRoot!, { childList: true, subtree: true });
    await el.updateComplete;
    observer.disconnect();
    // The first render that shows fields already holds the lazily loaded widgets (none rendered without them).
    expect(firstRenders[0]).toBe(3);
    expect(fetchedModules('file-field.component').length).toBe(1);
    for (const tag of LAZY_TAGS) {
      expect(customElements.get(tag), tag).toBeDefined();
      expect(root(el).querySelector(tag), tag).toBeInstanceOf(customElements.get(tag)!);
    }
    const rendered = async () => Promise.all(LAZY_TAGS.map((t) => (root(el).querySelector(t) as LitElement).updateComplete));
    await rendered();
    expect(root(el).querySelector('tk-file-field input[type=file]')).not.toBeNull();
    expect(root(el).querySelectorAll('tk-admin-unit select').length).toBe(2);
    await userEvent.click(button(el, /Thêm/));
    await el.updateComplete;
    await rendered();
    expect(root(el).querySelector('tk-repeat-group input')).not.toBeNull();
    el.remove();
  });

  it('calls a portal row’s load only for forms that show its control, once, and defines what it resolves to', async () => {
    class TestMap extends LitElement {
      static override properties = { field: { attribute: false } };
      declare field: FieldModel | undefined;
      protected override createRenderRoot() {
        return this;
      }
      protected override render() {
        return html`<input id=${this.field?.id ?? ''} aria-label="Bản đồ" />`;
      }
    }
    const load = vi.fn(() => new Promise<typeof TestMap>((resolve) => setTimeout(() => resolve(TestMap), 50)));
    const row: WidgetRow = { tester: rankWith(100, scopeEndsWith('place')), tagName: 'tk-test-map', load };
    registry.unshift(row);
    try {
      await mount({ form: personForm });
      expect(load).not.toHaveBeenCalled();
      cleanup();
      const withMap: FormDefinition = {
        ...personForm,
        id: 'vn.test.map',
        schema: { type: 'object', properties: { place: { type: 'string', title: 'Nơi ở' } } },
        ui: { type: 'VerticalLayout', elements: [{ type: 'Control', scope: '#/properties/place' }] },
      };
      const first = await mount({ form: withMap });
      expect(load).toHaveBeenCalledTimes(1);
      expect(customElements.get('tk-test-map')).toBe(TestMap);
      expect(root(first).querySelector('tk-test-map input[aria-label="Bản đồ"]')).not.toBeNull();
      await mount({ form: withMap });
      expect(load).toHaveBeenCalledTimes(1);
    } finally {
      registry.splice(registry.indexOf(row), 1);
    }
  });
});

describe('a widget that cannot be loaded', () => {
  it('does not hold the form back: the other fields render and updateComplete resolves', async () => {
    const load = vi.fn(() => Promise.reject(new Error('offline')));
    const row: WidgetRow = { tester: rankWith(100, scopeEndsWith('email')), tagName: 'tk-test-broken', load };
    registry.unshift(row);
    try {
      const el = await mount({ form: personForm });
      expect(load).toHaveBeenCalledTimes(1);
      expect(root(el).querySelector('[part="loading"]')).toBeNull();
      expect(control(el, 'Họ, chữ đệm và tên')).toBeTruthy();
      expect(root(el).querySelector('tk-test-broken')).not.toBeNull();
    } finally {
      registry.splice(registry.indexOf(row), 1);
    }
  });
});

describe('English texts loaded on first use', () => {
  it('a form with locale="en" shows English built-in texts in its first render of the fields, and can switch back', async () => {
    const el = document.createElement('tk-form');
    const vietnamese: string[] = [];
    const observer = new MutationObserver(() => {
      const submit = root(el).querySelector('button[type=submit]');
      if (submit) vietnamese.push((submit.textContent ?? '').trim());
    });
    el.form = personForm;
    el.locale = 'en';
    document.body.append(el);
    observer.observe(el.shadowRoot!, { childList: true, subtree: true, characterData: true });
    await el.updateComplete;
    observer.disconnect();
    expect(vietnamese).not.toContain('Gửi hồ sơ');
    expect(button(el, 'Submit')).toBeTruthy();
    expect(control(el, 'Full name')).toBeTruthy();
    await userEvent.type(control(el, 'Full name'), 'An');
    el.locale = 'vi';
    await el.updateComplete;
    expect(button(el, 'Gửi hồ sơ')).toBeTruthy();
    expect(control(el, 'Họ, chữ đệm và tên').value).toBe('An');
    el.remove();
  });
});

describe('the submission code loaded on first submit', () => {
  it('is fetched by the first submit only, and tk-submit carries the submission by the time updateComplete resolves', async () => {
    const el = await mount({ form: personForm, data: { fullName: 'Lê Văn Tâm', phone: '0912345678' } });
    const submits: CustomEvent[] = [];
    el.addEventListener('tk-submit', (e) => submits.push(e as CustomEvent));
    await userEvent.type(control(el, 'Họ, chữ đệm và tên'), ' Anh');
    expect(fetchedModules('build-submission')).toEqual([]);
    await userEvent.click(button(el, 'Gửi hồ sơ'));
    await el.updateComplete;
    expect(fetchedModules('build-submission').length).toBe(1);
    expect(submits).toHaveLength(1);
    expect(submits[0].detail.data).toEqual({ fullName: 'Lê Văn Tâm Anh', phone: '0912345678' });
    expect(submits[0].detail.submission).toMatchObject({ formId: personForm.id, locale: 'vi', data: { fullName: 'Lê Văn Tâm Anh' } });
    // A second submit reuses the loaded code.
    expect((await el.submit())?.submissionId).not.toBe(submits[0].detail.submission.submissionId);
    expect(fetchedModules('build-submission').length).toBe(1);
  });
});

describe('the failure message loaded on first use', () => {
  it('is fetched when a form cannot be loaded, and shown complete by the time updateComplete resolves', async () => {
    const url = new URL('./test-fixtures/missing.form.json', import.meta.url).href;
    const el = document.createElement('tk-form');
    el.src = url;
    document.body.append(el);
    await vi.waitFor(() => expect(fetchedModules('form/failure').length).toBe(1), { timeout: 5000 });
    await el.updateComplete;
    const failure = root(el).querySelector('[part="failure"]')!;
    expect(failure.getAttribute('role')).toBe('alert');
    expect(failure.textContent).toContain('Không tải được biểu mẫu');
    expect(failure.textContent).toContain(url);
    el.remove();
  });
});
