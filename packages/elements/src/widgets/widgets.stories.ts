// SPDX-License-Identifier: MIT
/**
 * Widget stories: the overview of every widget in one form, and the helpers each widget's own
 * `<name>.stories.ts` uses. Widgets render in light DOM inside `<tk-form>`'s one shadow root, which adopts their
 * styles (docs/decisions/0001-one-shadow-root.md), so a widget story is a `<tk-form>` with a one-field definition
 * built from the story's controls: the label, hint, required, disabled and read-only state, the value, the locale
 * and the widget's own UI options and schema. Errors are core's real messages, revealed as after a submit.
 *
 * The lower-case exports are helpers, not stories (`excludeStories`).
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, userEvent, waitFor } from 'storybook/test';
import type { ControlOptions, FormDefinition, JsonSchemaObject, Locale, UISchemaElement } from '@tokhai/core';
import type { TkForm } from '../form/form.component.js';
import type { FieldModel } from '../internal/field-model.js';
import { registry } from '../registry.js';

/** The controls of a widget story. */
export interface WidgetArgs {
  /** The field label (both locales). */
  label: string;
  /** The hint (the schema `description`); empty for none. */
  hint: string;
  required: boolean;
  /** Disabled by a rule, as a definition would do it. */
  disabled: boolean;
  /** `options.readonly`. */
  readonly: boolean;
  /** Shows core's errors for the current value, as after pressing "Gửi hồ sơ". */
  showErrors: boolean;
  locale: Locale;
  /** The stored value (`data.field`); `undefined` for empty. */
  value: unknown;
  /** The control's UI `options` (the widget options: format, mask, multi, rows, autocomplete, itemLabel…). */
  options: ControlOptions & Record<string, unknown>;
  /** The property schema (type, format, enum, maxLength…). */
  schema: JsonSchemaObject;
}

/** A one-field definition for the args. */
export function oneFieldForm(args: WidgetArgs): FormDefinition {
  const control: UISchemaElement = {
    type: 'Control',
    scope: '#/properties/field',
    options: { ...args.options, ...(args.readonly ? { readonly: true } : {}) },
    ...(args.disabled ? { rule: { effect: 'DISABLE', condition: { scope: '#', schema: {} } } } : {}),
  };
  const texts = { 'field.label': args.label, ...(args.hint ? { 'field.description': args.hint } : {}), 'form.example': 'Ví dụ' };
  return {
    id: 'vn.example.widget',
    version: '1.0.0',
    title: { vi: `Ví dụ: ${args.label}`, en: `Example: ${args.label}` },
    schema: { type: 'object', properties: { field: args.schema }, ...(args.required ? { required: ['field'] } : {}) },
    ui: { type: 'VerticalLayout', elements: [control] },
    i18n: { vi: texts, en: { ...texts, 'form.example': 'Example' } },
  };
}

/** Renders the `<tk-form>` of a widget story. */
export function renderWidget(args: WidgetArgs, context?: { viewMode?: string }): TkForm {
  const el = document.createElement('tk-form');
  el.form = oneFieldForm(args);
  el.locale = args.locale;
  if (args.value !== undefined) el.data = { field: structuredClone(args.value) };
  if (args.showErrors) void revealErrors(el, context?.viewMode === 'docs');
  return el;
}

/**
 * Shows the errors as a submit does. `reportValidity()` also moves focus to the error summary, which is right for
 * a citizen but would scroll a docs page (many stories on one page) to the last story with errors: there, the
 * scroll position is put back.
 */
async function revealErrors(el: TkForm, keepScroll: boolean): Promise<void> {
  await el.updateComplete;
  const x = window.scrollX;
  const y = window.scrollY;
  el.reportValidity();
  if (!keepScroll) return;
  await settled(el);
  window.scrollTo(x, y);
}

/** The controls panel: the field's state, then the widget's own options. */
export const widgetArgTypes: Meta<WidgetArgs>['argTypes'] = {
  label: { control: 'text', description: 'Label (`<path>.label` in the definition i18n).', table: { category: 'field' } },
  hint: { control: 'text', description: 'Hint (`<path>.description`); safe markdown subset.', table: { category: 'field' } },
  required: { control: 'boolean', description: 'In the schema `required` list.', table: { category: 'field' } },
  disabled: { control: 'boolean', description: 'Disabled by a rule (`effect: DISABLE`).', table: { category: 'field' } },
  readonly: { control: 'boolean', description: '`options.readonly` (also: computed, locked prefill, read-only form).', table: { category: 'field' } },
  showErrors: { control: 'boolean', description: 'Reveal core’s errors for the value, as after a submit.', table: { category: 'field' } },
  locale: { control: 'inline-radio', options: ['vi', 'en'], description: 'The form locale.', table: { category: 'field' } },
  value: { control: 'object', description: 'The stored value (`data.field`).', table: { category: 'field' } },
  options: { control: 'object', description: 'The control’s UI `options` (widget options).', table: { category: 'widget' } },
  schema: { control: 'object', description: 'The property schema.', table: { category: 'widget' } },
};

/** Defaults of a widget story; each widget gives its schema, label and options. */
export function widgetArgs(args: Partial<WidgetArgs> & Pick<WidgetArgs, 'schema' | 'label'>): WidgetArgs {
  return { hint: '', required: false, disabled: false, readonly: false, showErrors: false, locale: 'vi', value: undefined, options: {}, ...args };
}

/** The meta of a widget's stories (each file adds its literal `title`, which Storybook reads statically). */
export function widgetMeta(tagName: string, args: Partial<WidgetArgs> & Pick<WidgetArgs, 'schema' | 'label'>): Meta<WidgetArgs> {
  return {
    component: tagName,
    render: renderWidget,
    args: widgetArgs(args),
    argTypes: widgetArgTypes,
    parameters: {
      docs: {
        description: {
          component:
            `\`<${tagName}>\` shown as \`<tk-form>\` renders it: a one-field definition built from the controls ` +
            '(widgets render in light DOM inside the form’s shadow root, ADR 0001). A portal never places a widget ' +
            'itself: the registry picks it from the schema and UI options.',
        },
      },
    },
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Play helpers
// ---------------------------------------------------------------------------------------------------------------

/** A rendered widget story: the form, its shadow root and the widget element. */
export interface WidgetStory {
  form: TkForm;
  root: ShadowRoot;
  widget: HTMLElement;
}

/** Waits for the form and the widget, and checks the registry picked `tagName` for the control. */
export async function widgetIn(canvasElement: HTMLElement, tagName: string): Promise<WidgetStory> {
  const form = canvasElement.querySelector('tk-form');
  if (!form) throw new Error('The story rendered no <tk-form>');
  await waitFor(() => expect(form.shadowRoot?.querySelector('form')).not.toBeNull());
  await settled(form);
  const root = form.shadowRoot!;
  const widget = root.querySelector<HTMLElement>(tagName);
  if (!widget) throw new Error(`The registry rendered no <${tagName}>: ${[...root.querySelectorAll('*')].map((n) => n.localName).filter((n) => n.startsWith('tk-')).join(', ')}`);
  return { form, root, widget };
}

/** Waits until the form and its widgets rendered. */
export async function settled(form: TkForm): Promise<void> {
  for (let i = 0; i < 2; i++) {
    await form.updateComplete;
    const widgets = [...(form.shadowRoot?.querySelectorAll<HTMLElement & { updateComplete?: Promise<unknown> }>('*') ?? [])].filter((n) => n.localName.startsWith('tk-'));
    await Promise.all(widgets.map((w) => w.updateComplete ?? Promise.resolve()));
    await new Promise((r) => requestAnimationFrame(r));
  }
}

/** The stored value of the one field. */
export const storedValue = (form: TkForm): unknown => (form.data as { field?: unknown } | undefined)?.field;

/** The control with the field's id (the one the label and the error summary point at). */
export function fieldControl<T extends HTMLElement = HTMLInputElement>(story: WidgetStory): T {
  // The FieldModel contract: the native control carries `field.id`.
  const id = (story.widget as HTMLElement & { field?: FieldModel }).field?.id ?? '';
  const control = story.root.getElementById(id);
  if (!control) throw new Error(`no control #${id} in <${story.widget.localName}>`);
  return control as T;
}

/** The native control a visible `<label>` names (`for`), inside the form's shadow root. */
export function byLabel<T extends HTMLElement = HTMLInputElement>(story: WidgetStory, text: string): T {
  const labels = [...story.root.querySelectorAll('label')];
  const label = labels.find((l) => l.textContent?.replace(/\s+/g, ' ').trim().startsWith(text));
  const control = label?.htmlFor ? story.root.getElementById(label.htmlFor) : label?.querySelector('input, select, textarea');
  if (!control) throw new Error(`No control labelled "${text}" in: ${labels.map((l) => l.textContent?.trim()).join(' | ')}`);
  return control as T;
}

/** Picks the option of a native select by the text the citizen sees (option values are indexes or codes). */
export async function chooseOption(select: HTMLSelectElement, text: string): Promise<void> {
  const option = [...select.options].find((o) => o.textContent?.trim() === text);
  if (!option) throw new Error(`no option "${text}" in: ${[...select.options].map((o) => o.textContent?.trim()).join(' | ')}`);
  await userEvent.selectOptions(select, option);
}

/**
 * Checks that errors are shown the accessible way: an error message in the widget, the control (or its group)
 * marked invalid and described by that message, and an error summary linking to the control.
 */
export async function expectErrorShown(story: WidgetStory, message?: RegExp): Promise<void> {
  const { root, widget } = story;
  await waitFor(() => expect(root.querySelector('[part~="error-summary"]')).not.toBeNull());
  await settled(story.form);
  await waitFor(() => expect(widget.querySelector('[part~="error"]')?.textContent?.trim(), 'the widget shows an error message').toBeTruthy());
  const error = widget.querySelector<HTMLElement>('[part~="error"]');
  if (message) await expect(error!.textContent).toMatch(message);
  const described = [...widget.querySelectorAll('[aria-describedby]')].filter((n) => n.getAttribute('aria-describedby')!.split(' ').includes(error!.id));
  await expect(described.length, 'a control or group is described by the error').toBeGreaterThan(0);
  const invalid = widget.querySelector('[aria-invalid="true"]');
  await expect(invalid, 'a control is aria-invalid').not.toBeNull();
  const link = root.querySelector<HTMLAnchorElement>('[part~="error-summary"] a');
  await expect(link, 'the summary links to the field').not.toBeNull();
  await expect(root.getElementById(decodeURIComponent(link!.hash.slice(1))), 'the summary link has a target').not.toBeNull();
}

// ---------------------------------------------------------------------------------------------------------------
// The overview: every widget in one form
// ---------------------------------------------------------------------------------------------------------------

/** One control per widget kind, so the registry's choice can be seen (and checked) side by side. */
const overviewForm: FormDefinition = {
  id: 'vn.example.widgets',
  version: '1.0.0',
  title: { vi: 'Tất cả các loại trường', en: 'Every kind of field' },
  description: { vi: 'Mỗi trường dùng một widget khác nhau, do bảng `registry` chọn.', en: 'Each field uses a different widget, picked by the `registry` table.' },
  schema: {
    type: 'object',
    properties: {
      fullName: { type: 'string', maxLength: 100 },
      pid: { type: 'string', format: 'vn-pid' },
      phone: { type: 'string', format: 'vn-phone' },
      email: { type: 'string', format: 'email' },
      birthDate: { type: 'string', format: 'date' },
      children: { type: 'integer', minimum: 0 },
      note: { type: 'string', maxLength: 200 },
      sex: { type: 'string', enum: ['male', 'female'] },
      ethnicity: { type: 'string', oneOf: ['Kinh', 'Tày', 'Thái', 'Mường', 'Khmer', 'Hoa', 'Nùng'].map((t, i) => ({ const: String(i + 1).padStart(2, '0'), title: t })) },
      documents: { type: 'array', items: { type: 'string', enum: ['birth', 'residence', 'marriage'] }, uniqueItems: true },
      agree: { type: 'boolean' },
      address: {
        type: 'object',
        properties: { street: { type: 'string' }, communeCode: { type: 'string' }, provinceCode: { type: 'string' }, unitsVersion: { type: 'string' } },
      },
      attachment: { type: 'object', 'x-file': { accept: ['.pdf', 'image/*'], maxSize: 5_000_000 } },
      parent: { type: 'object', properties: { fullName: { type: 'string' }, yearOfBirth: { type: 'integer' } } },
      members: { type: 'array', items: { type: 'object', properties: { fullName: { type: 'string' } } } },
    },
  },
  ui: {
    type: 'VerticalLayout',
    elements: [
      'fullName',
      'pid',
      'phone',
      'email',
      'birthDate',
      'children',
      'note',
      'sex',
      'ethnicity',
      'documents',
      'agree',
      'address',
      'attachment',
      'parent',
      'members',
    ].map((name) => ({ type: 'Control', scope: `#/properties/${name}`, ...(name === 'note' ? { options: { multi: true } } : {}) })),
  },
  i18n: {
    vi: {
      'fullName.label': 'Họ, chữ đệm và tên (tk-text-field)',
      'pid.label': 'Số định danh cá nhân (tk-id-number)',
      'phone.label': 'Số điện thoại (tk-phone-field)',
      'email.label': 'Thư điện tử (tk-email-field)',
      'birthDate.label': 'Ngày sinh (tk-date-field)',
      'children.label': 'Số con (tk-number-field)',
      'note.label': 'Ghi chú (tk-textarea)',
      'sex.label': 'Giới tính (tk-radio-group)',
      'sex.enum.male': 'Nam',
      'sex.enum.female': 'Nữ',
      'ethnicity.label': 'Dân tộc (tk-select)',
      'documents.label': 'Giấy tờ kèm theo (tk-checkbox-group)',
      'documents.enum.birth': 'Giấy khai sinh',
      'documents.enum.residence': 'Giấy xác nhận cư trú',
      'documents.enum.marriage': 'Giấy chứng nhận kết hôn',
      'agree.label': 'Tôi cam đoan những nội dung khai trên là đúng sự thật (tk-checkbox)',
      'address.label': 'Nơi cư trú (tk-admin-unit)',
      'attachment.label': 'Tệp đính kèm (tk-file-field)',
      'parent.label': 'Cha (tk-fieldset)',
      'parent.fullName.label': 'Họ, chữ đệm và tên của cha',
      'parent.yearOfBirth.label': 'Năm sinh của cha',
      'members.label': 'Thành viên hộ gia đình (tk-repeat-group)',
      'members.fullName.label': 'Họ, chữ đệm và tên',
    },
    en: {
      'fullName.label': 'Full name (tk-text-field)',
      'pid.label': 'Personal ID number (tk-id-number)',
      'phone.label': 'Phone number (tk-phone-field)',
      'email.label': 'Email (tk-email-field)',
      'birthDate.label': 'Date of birth (tk-date-field)',
      'children.label': 'Number of children (tk-number-field)',
      'note.label': 'Notes (tk-textarea)',
      'sex.label': 'Sex (tk-radio-group)',
      'sex.enum.male': 'Male',
      'sex.enum.female': 'Female',
      'ethnicity.label': 'Ethnic group (tk-select)',
      'documents.label': 'Documents attached (tk-checkbox-group)',
      'documents.enum.birth': 'Birth certificate',
      'documents.enum.residence': 'Residence confirmation',
      'documents.enum.marriage': 'Marriage certificate',
      'agree.label': 'I declare that the above is true (tk-checkbox)',
      'address.label': 'Residence (tk-admin-unit)',
      'attachment.label': 'Attachment (tk-file-field)',
      'parent.label': 'Father (tk-fieldset)',
      'parent.fullName.label': 'Father’s full name',
      'parent.yearOfBirth.label': 'Father’s year of birth',
      'members.label': 'Household members (tk-repeat-group)',
      'members.fullName.label': 'Full name',
    },
  },
};

interface OverviewArgs {
  locale: Locale;
}

const meta: Meta<OverviewArgs> = {
  title: 'Widgets/Overview',
  component: 'tk-form',
  excludeStories: /^[a-z]/,
  args: { locale: 'vi' },
  argTypes: { locale: { control: 'inline-radio', options: ['vi', 'en'] } },
  render: ({ locale }) => {
    const el = document.createElement('tk-form');
    el.form = overviewForm;
    el.locale = locale;
    return el;
  },
  parameters: {
    docs: {
      description: {
        component: 'Every built-in widget in one form, each chosen by the widget registry from the schema and UI options. The label of each field names the widget the registry should pick.',
      },
    },
  },
};
export default meta;

type Story = StoryObj<OverviewArgs>;

/** Every widget once; the play checks that each control got the widget its label names. */
export const AllWidgets: Story = {
  name: 'All widgets',
  async play({ canvasElement }) {
    const form = canvasElement.querySelector('tk-form')!;
    await waitFor(() => expect(form.shadowRoot?.querySelector('form')).not.toBeNull());
    await settled(form);
    const root = form.shadowRoot!;
    const expected = [...root.querySelectorAll('label, legend')]
      .map((l) => /\((tk-[a-z-]+)\)/.exec(l.textContent ?? '')?.[1])
      .filter((t): t is string => t !== undefined);
    await expect(new Set(expected).size).toBe(15);
    for (const tag of expected) await expect(root.querySelector(tag), `<${tag}> rendered`).not.toBeNull();
    // Every widget of the registry (and both containers) appears in the overview.
    for (const row of registry) await expect(expected, `the overview shows ${row.tagName}`).toContain(row.tagName);
  },
};
