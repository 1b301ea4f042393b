// SPDX-License-Identifier: MIT
/**
 * A new declaration starts with the schema's `default`s (core's `withDefaults`): shown, submitted and returned to
 * by `reset()`; data given by the portal gets none; prefill and a restored draft replace them.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { FormDefinition, JsonSchemaObject } from '@tokhai/core';
import type { CitizenDataProvider } from '@tokhai/prefill';
import { DEBOUNCE_MS } from '../drafts/draft-controller.js';
import { draftKey } from '../drafts/draft-store.js';
import { button, cleanup, control, mount, record, root, settle } from './fixtures.test-helpers.js';
import type { TkForm } from './form.component.js';

afterEach(cleanup);
beforeEach(() => sessionStorage.clear());

/** A nationality select defaulting to Việt Nam (through a `$ref`, as in the catalog), and a text field with a default. */
const withDefaultsForm: FormDefinition = {
  id: 'vn.test.defaults',
  version: '1.0.0',
  title: { vi: 'Tờ khai có giá trị mặc định', en: 'Declaration with defaults' },
  schema: {
    type: 'object',
    $defs: {
      nationality: {
        type: 'string',
        oneOf: [
          { const: 'VN', title: 'Việt Nam' },
          { const: 'LA', title: 'Lào' },
          { const: 'FR', title: 'Pháp' },
        ],
        default: 'VN',
      },
    },
    required: ['fullName', 'applicant', 'place'],
    properties: {
      fullName: { type: 'string', minLength: 2, maxLength: 100 },
      applicant: {
        type: 'object',
        required: ['nationality'],
        properties: { nationality: { $ref: '#/$defs/nationality' } },
      },
      place: { type: 'string', minLength: 1, maxLength: 200, default: 'Hà Nội' },
      note: { type: 'string', maxLength: 200 },
    },
  },
  ui: {
    type: 'VerticalLayout',
    elements: [
      { type: 'Control', scope: '#/properties/fullName' },
      { type: 'Control', scope: '#/properties/applicant/properties/nationality', options: { format: 'select' } },
      { type: 'Control', scope: '#/properties/place' },
      { type: 'Control', scope: '#/properties/note' },
    ],
  },
  i18n: {
    vi: { 'fullName.label': 'Họ, chữ đệm và tên', 'applicant.nationality.label': 'Quốc tịch', 'place.label': 'Nơi khai', 'note.label': 'Ghi chú' },
    en: { 'fullName.label': 'Full name', 'applicant.nationality.label': 'Nationality', 'place.label': 'Place', 'note.label': 'Notes' },
  },
};

const schema = withDefaultsForm.schema as JsonSchemaObject;

const DEFAULTS = { applicant: { nationality: 'VN' }, place: 'Hà Nội' };

const nationality = (el: TkForm) => control<HTMLSelectElement>(el, 'Quốc tịch');
const place = (el: TkForm) => control(el, 'Nơi khai');
/** The option the nationality select shows (its values are option indices, not the data). */
const chosen = (el: TkForm) => nationality(el).selectedOptions[0]?.textContent?.trim();

describe('a new declaration (no data from the portal)', () => {
  it('starts showing the schema defaults in a select and a text field', async () => {
    const el = await mount({ form: withDefaultsForm });
    expect(chosen(el)).toBe('Việt Nam');
    expect(place(el).value).toBe('Hà Nội');
    expect(control(el, 'Họ, chữ đệm và tên').value).toBe('');
    expect(el.data).toEqual(DEFAULTS);
  });

  it('carries the defaults in tk-change and in the submission like any answer', async () => {
    const el = await mount({ form: withDefaultsForm });
    const changes = record(el, 'tk-change');
    const submits = record(el, 'tk-submit');
    await userEvent.type(control(el, 'Họ, chữ đệm và tên'), 'Nguyễn Văn An');
    expect(changes.at(-1)?.detail.data).toEqual({ ...DEFAULTS, fullName: 'Nguyễn Văn An' });
    await userEvent.click(button(el, 'Gửi hồ sơ'));
    await settle(el);
    expect(submits).toHaveLength(1);
    expect(submits[0].detail.submission.data).toEqual({ ...DEFAULTS, fullName: 'Nguyễn Văn An' });
  });

  it('returns to the defaults on reset(), after the citizen changed them', async () => {
    const el = await mount({ form: withDefaultsForm });
    await userEvent.selectOptions(nationality(el), 'Lào');
    await userEvent.clear(place(el));
    await userEvent.type(place(el), 'Huế');
    await userEvent.type(control(el, 'Họ, chữ đệm và tên'), 'Lê Thị Bình');
    await settle(el);
    expect(el.data).toEqual({ fullName: 'Lê Thị Bình', applicant: { nationality: 'LA' }, place: 'Huế' });

    el.reset();
    await settle(el);
    expect(el.data).toEqual(DEFAULTS);
    expect(chosen(el)).toBe('Việt Nam');
    expect(place(el).value).toBe('Hà Nội');
    expect(control(el, 'Họ, chữ đệm và tên').value).toBe('');
  });

  it('starts with the defaults again when the portal sets data to undefined', async () => {
    const el = await mount({ form: withDefaultsForm, data: { fullName: 'Trần An' } });
    el.data = undefined;
    await settle(el);
    expect(el.data).toEqual(DEFAULTS);
    expect(chosen(el)).toBe('Việt Nam');
  });

  it('takes the defaults of a definition set later when nothing was answered', async () => {
    const el = await mount({ form: withDefaultsForm });
    const other: FormDefinition = {
      ...withDefaultsForm,
      id: 'vn.test.defaults-2',
      schema: { ...schema, properties: { ...schema.properties, place: { type: 'string', default: 'Đà Nẵng' } } },
    };
    el.form = other;
    await settle(el);
    expect(el.data).toEqual({ applicant: { nationality: 'VN' }, place: 'Đà Nẵng' });
    expect(place(el).value).toBe('Đà Nẵng');
  });
});

describe('data given by the portal (a restored application)', () => {
  it('gets no default added, and reset() returns to it', async () => {
    const given = { fullName: 'Phạm Minh Châu' };
    const el = await mount({ form: withDefaultsForm, data: given });
    expect(el.data).toBe(given);
    expect(nationality(el).selectedIndex).toBe(0);
    expect(chosen(el)).not.toBe('Việt Nam');
    expect(place(el).value).toBe('');
    await userEvent.selectOptions(nationality(el), 'Pháp');
    el.reset();
    await settle(el);
    expect(el.data).toEqual(given);
    expect(nationality(el).selectedIndex).toBe(0);
    expect(chosen(el)).not.toBe('Việt Nam');
  });

  it('gets no default added when the data comes before the definition', async () => {
    const el = document.createElement('tk-form');
    el.data = { note: 'x' };
    document.body.append(el);
    el.form = withDefaultsForm;
    await settle(el);
    expect(el.data).toEqual({ note: 'x' });
    expect(place(el).value).toBe('');
  });
});

describe('a draft', () => {
  it('is not saved while the form holds only its defaults', async () => {
    await mount({ form: withDefaultsForm }, { draft: 'session' });
    await new Promise((r) => setTimeout(r, DEBOUNCE_MS + 300));
    expect(sessionStorage.getItem(draftKey('vn.test.defaults', '1.0.0'))).toBeNull();
  });

  it('wins over the defaults when restored (an emptied default stays empty)', async () => {
    let el = await mount({ form: withDefaultsForm }, { draft: 'session' });
    await userEvent.clear(place(el));
    await userEvent.type(control(el, 'Họ, chữ đệm và tên'), 'Đỗ Văn Dũng');
    await userEvent.selectOptions(nationality(el), 'Lào');
    await expect.poll(() => sessionStorage.getItem(draftKey('vn.test.defaults', '1.0.0')), { timeout: 5000 }).toContain('LA');
    cleanup();

    el = await mount({ form: withDefaultsForm }, { draft: 'session' });
    await userEvent.click(button(el, 'Khôi phục bản nháp'));
    await settle(el);
    expect(el.data).toEqual({ fullName: 'Đỗ Văn Dũng', applicant: { nationality: 'LA' } });
    expect(place(el).value).toBe('');
    expect(chosen(el)).toBe('Lào');
  });
});

describe('prefill', () => {
  /** A VNeID provider answering from memory. */
  const vneid = (claims: Record<string, unknown>): CitizenDataProvider => ({
    id: 'vneid',
    label: { vi: 'VNeID', en: 'VNeID' },
    purpose: { vi: 'Điền sẵn thông tin người khai', en: 'Fill in the applicant details' },
    fetch: () => Promise.resolve({ claims, fetchedAt: '2026-11-24T08:00:00.000Z' }),
  });

  const prefilled: FormDefinition = {
    ...withDefaultsForm,
    id: 'vn.test.defaults-prefill',
    prefill: [
      { target: '/fullName', source: 'vneid', claim: '/name', mode: 'editable' },
      { target: '/applicant/nationality', source: 'vneid', claim: '/vn_nationality', mode: 'editable' },
    ],
  };

  it('replaces a default (the citizen did not type it)', async () => {
    const el = await mount({ form: prefilled, providers: [vneid({ name: 'Nguyễn Văn An', vn_nationality: 'LA' })] });
    await vi.waitFor(() => expect(root(el).querySelector('tk-consent-panel button')).not.toBeNull(), { timeout: 5000 });
    await settle(el);
    expect(el.data).toEqual(DEFAULTS);
    await userEvent.click(button(el, 'Đồng ý'));
    await userEvent.click(button(el, 'Tiếp tục'));
    await vi.waitFor(() => expect(root(el).querySelector('tk-consent-panel, .tk-loading')).toBeNull(), { timeout: 5000 });
    await settle(el);
    expect(el.data).toEqual({ fullName: 'Nguyễn Văn An', applicant: { nationality: 'LA' }, place: 'Hà Nội' });
    expect(chosen(el)).toBe('Lào');
  });
});
