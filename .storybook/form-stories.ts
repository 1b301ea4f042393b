// SPDX-License-Identifier: MIT
/**
 * The stories every catalog form gets. `scripts/generate-form-stories.mjs` writes one small stories file per
 * `forms/<folder>/<id>.form.json` into `.storybook/generated/`, which imports the definition and its first valid
 * fixture and calls `catalogFormStories` here; adding a form to the catalog adds its stories.
 *
 * The seven states QA reviews for each form (see `.storybook/docs/intro.mdx`):
 *  - Empty: the first wizard step in Vietnamese, nothing entered.
 *  - Prefilled: mock providers (the synthetic citizens of `examples/population-service`); the play grants every
 *    source on the consent panel and checks that bound fields were filled from the citizen's record.
 *  - Errors shown: the play presses "Tiếp tục" on an empty form; the error summary must get focus, list each
 *    error as a link to an existing control, and its first link must move focus to that control.
 *  - Review: a valid fixture set through `data`; the play walks Next/Back through every step to "Kiểm tra lại
 *    thông tin", checks the answers are listed, then submits and checks the `tk-submit` event.
 *  - Read-only, English, Kiosk: the officer's view, the complete English texts, the shared-device mode (which
 *    clears everything after submitting).
 * Every story is also an accessibility test: the a11y addon runs axe after the play and fails on any violation.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { withDefaults, type FormDefinition, type Locale } from '@tokhai/core';
import type { CitizenDataProvider } from '@tokhai/prefill';
import { getPointer } from '@tokhai/prefill';
import { translation, type TkForm, type TkSubmitEvent, type TkClearEvent } from '@tokhai/elements';
import { PIDS, mockProviders } from './mock-providers.js';

/** The args of a `<tk-form>` story: the element's own properties, as a portal would set them. */
export interface FormArgs {
  form: FormDefinition;
  locale?: Locale;
  data?: unknown;
  readonly?: boolean;
  kiosk?: boolean;
  review?: boolean;
  assisted?: boolean;
  headingLevel?: number;
  providers?: CitizenDataProvider[];
  subject?: string;
}

/** What the generator passes for one catalog form. */
export interface CatalogEntry {
  definition: FormDefinition;
  /** A valid fixture (`fixtures/valid/full.json` when present). */
  valid: unknown;
  /** The form's folder, for the docs page. */
  folder: string;
}

type FormStory = StoryObj<FormArgs>;

// ---------------------------------------------------------------------------------------------------------------
// Rendering
// ---------------------------------------------------------------------------------------------------------------

/** Creates the `<tk-form>` with the args set as properties (attributes reflect where the element says so). */
export function renderForm(args: FormArgs): TkForm {
  const el = document.createElement('tk-form');
  el.form = args.form;
  if (args.locale) el.locale = args.locale;
  if (args.data !== undefined) el.data = structuredClone(args.data);
  if (args.providers) el.providers = args.providers;
  if (args.subject) el.subject = args.subject;
  el.readonly = args.readonly ?? false;
  el.kiosk = args.kiosk ?? false;
  el.review = args.review ?? false;
  el.assisted = args.assisted ?? false;
  if (args.headingLevel) el.headingLevel = args.headingLevel;
  return el;
}

/** Controls for the `<tk-form>` args (the definition itself is not editable in the panel). */
export const formArgTypes: Meta<FormArgs>['argTypes'] = {
  form: { control: false, table: { category: 'story' } },
  data: { control: 'object', description: 'The answers (`data` property).', table: { category: 'story' } },
  providers: { control: false, table: { category: 'story' } },
  subject: { control: 'text', description: 'ĐDCN of the signed-in citizen, passed to providers.', table: { category: 'story' } },
  locale: { control: 'inline-radio', options: ['vi', 'en'], description: 'Language (`locale` attribute).', table: { category: 'story' } },
  readonly: { control: 'boolean', description: 'Every field read-only (`readonly` attribute).', table: { category: 'story' } },
  kiosk: { control: 'boolean', description: 'Shared-device mode (`kiosk` attribute).', table: { category: 'story' } },
  review: { control: 'boolean', description: 'Review step for one-page forms (`review` attribute).', table: { category: 'story' } },
  assisted: { control: 'boolean', description: 'An officer fills in for a citizen (`assisted` attribute).', table: { category: 'story' } },
  headingLevel: { control: { type: 'number', min: 1, max: 6 }, description: '`heading-level` attribute.', table: { category: 'story' } },
};

// ---------------------------------------------------------------------------------------------------------------
// Play helpers: everything lives in the form's one shadow root (docs/decisions/0001-one-shadow-root.md)
// ---------------------------------------------------------------------------------------------------------------

/** The form's shadow root. */
export const shadow = (el: TkForm): ShadowRoot => el.shadowRoot!;

/** Waits until the form and every widget inside it finished rendering (twice, for focus moves after render). */
export async function settle(el: TkForm): Promise<void> {
  for (let i = 0; i < 2; i++) {
    await el.updateComplete;
    const widgets = [...shadow(el).querySelectorAll<HTMLElement & { updateComplete?: Promise<unknown> }>('*')].filter((n) =>
      n.localName.startsWith('tk-'),
    );
    await Promise.all(widgets.map((w) => w.updateComplete ?? Promise.resolve()));
    await new Promise((r) => requestAnimationFrame(r));
  }
}

/** The `<tk-form>` of a story, rendered. */
export async function formOf(canvasElement: HTMLElement): Promise<TkForm> {
  const el = canvasElement.querySelector('tk-form');
  if (!el) throw new Error('The story rendered no <tk-form>');
  await waitFor(() => expect(shadow(el).querySelector('form')).not.toBeNull());
  await settle(el);
  return el;
}

/**
 * A button of the form by its role and accessible name, as assistive technology finds it (translations are read
 * from `translation(locale)`, never hard-coded).
 */
export function buttonNamed(el: TkForm, name: string): HTMLButtonElement {
  return within(shadow(el) as unknown as HTMLElement).getByRole<HTMLButtonElement>('button', { name });
}

/** The element focused inside the form's shadow root. */
export const focused = (el: TkForm): Element | null => shadow(el).activeElement;

/** The text of the current step heading ("Bước 2/4: …"), or `undefined` outside the wizard steps. */
export const stepHeading = (el: TkForm): HTMLElement | null => shadow(el).querySelector<HTMLElement>('[part~="step-heading"]');

/** The review section, when shown. */
export const reviewSection = (el: TkForm): HTMLElement | null => shadow(el).querySelector<HTMLElement>('[part~="review"]');

/** The error summary, when shown. */
export const errorSummary = (el: TkForm): HTMLElement | null => shadow(el).querySelector<HTMLElement>('[part~="error-summary"]');

/** The wizard's step list items (every visible step, then the review step). */
export const stepItems = (el: TkForm): HTMLLIElement[] => [...shadow(el).querySelectorAll<HTMLLIElement>('[part~="step-list"] li')];

/** Where the wizard is: the current step's index, the number of steps (review included) and the step's title. */
export function wizardPosition(el: TkForm): { index: number; total: number; title: string } {
  const items = stepItems(el);
  const index = items.findIndex((li) => li.getAttribute('aria-current') === 'step');
  return { index, total: items.length, title: items[index]?.querySelector('.tk-step-title')?.textContent?.trim() ?? '' };
}

/** Checks the step indicator: one current step, and a heading "Bước i/n: title" that agrees with the list. */
export async function expectConsistentStep(el: TkForm): Promise<void> {
  const t = translation(el.locale);
  const { index, total, title } = wizardPosition(el);
  await expect(index, 'one step is marked aria-current="step"').toBeGreaterThanOrEqual(0);
  await expect(stepHeading(el)?.textContent?.trim()).toBe(t.stepOf(index + 1, total, title));
  await expect(stepItems(el).at(-1)?.textContent).toContain(t.reviewStep);
}

/** Presses the primary button ("Tiếp tục" / "Gửi hồ sơ") and waits for the result. */
export async function pressPrimary(el: TkForm): Promise<void> {
  const primary = shadow(el).querySelector<HTMLButtonElement>('[part~="button-primary"]');
  if (!primary) throw new Error('No primary button');
  await userEvent.click(primary);
  await settle(el);
}

/**
 * Walks a wizard forward with "Tiếp tục" until the review step. On the way it checks that each step heading says
 * where the citizen is and receives focus, that no step shows errors (the data is valid), and, once, that
 * "Quay lại" goes back a step and keeps the answers.
 */
export async function walkToReview(el: TkForm): Promise<void> {
  const t = translation(el.locale);
  for (let guard = 0; !reviewSection(el); guard++) {
    if (guard > 20) throw new Error('the wizard never reached the review step');
    if (stepItems(el).length === 0) {
      // A one-page form with `review`: one press leads to the review.
      await pressPrimary(el);
      if (!reviewSection(el)) throw new Error(`no review after submitting: ${errorSummary(el)?.textContent?.replace(/\s+/g, ' ') ?? ''}`);
      break;
    }
    await expectConsistentStep(el);
    const { index } = wizardPosition(el);
    await pressPrimary(el);
    const summary = errorSummary(el);
    if (summary) throw new Error(`step ${index + 1} shows errors with valid data: ${summary.textContent?.replace(/\s+/g, ' ')}`);
    if (reviewSection(el)) break;
    await expect(wizardPosition(el).index).toBe(index + 1);
    await waitFor(() => expect(focused(el)).toBe(stepHeading(el)));
    if (index === 0) {
      const answers = JSON.stringify(el.data);
      await userEvent.click(buttonNamed(el, t.back));
      await settle(el);
      await expect(wizardPosition(el).index).toBe(0);
      await waitFor(() => expect(focused(el)).toBe(stepHeading(el)));
      await expect(JSON.stringify(el.data)).toBe(answers);
      await pressPrimary(el);
      await expect(wizardPosition(el).index).toBe(1);
    }
  }
  await expect(wizardPosition(el).index).toBe(wizardPosition(el).total - 1);
  await waitFor(() => expect(focused(el)?.id).toBe('tk-review-title'));
}

/** The number of top-level steps a definition declares (0 for a one-page form); rules may hide some. */
export function stepCountOf(definition: FormDefinition): number {
  const ui = definition.ui as { type?: string; elements?: unknown[] } | undefined;
  return ui?.type === 'Categorization' ? (ui.elements?.length ?? 0) : 0;
}

/** String leaves of a fixture whose key names a person (values the review must show verbatim). */
export function nameLeaves(data: unknown, path = ''): string[] {
  if (Array.isArray(data)) return data.flatMap((v, i) => nameLeaves(v, `${path}/${i}`));
  if (data && typeof data === 'object') {
    return Object.entries(data).flatMap(([k, v]) =>
      typeof v === 'string' && /fullName$/i.test(k) ? [v] : nameLeaves(v, `${path}/${k}`),
    );
  }
  return [];
}

/** Records events of one type on the form. Cancels `tk-submit` when asked, so the form keeps its state. */
function record<E extends Event>(el: TkForm, type: string, cancel = false): E[] {
  const events: E[] = [];
  el.addEventListener(type, (e) => {
    if (cancel) e.preventDefault();
    events.push(e as E);
  });
  return events;
}

// ---------------------------------------------------------------------------------------------------------------
// The stories
// ---------------------------------------------------------------------------------------------------------------

/** The meta of a catalog form's stories (the generator adds the static `title`). */
export function catalogFormMeta(entry: CatalogEntry): Meta<FormArgs> {
  const { definition } = entry;
  return {
    component: 'tk-form',
    render: renderForm,
    args: { form: definition },
    argTypes: formArgTypes,
    parameters: {
      layout: 'padded',
      docs: {
        subtitle: definition.description?.vi ?? definition.title.vi,
        description: {
          component: [
            `**${definition.title.vi}**${definition.title.en ? ` (${definition.title.en})` : ''}`,
            '',
            `Form id \`${definition.id}\`, version ${definition.version}; source \`forms/${entry.folder}/\`.`,
            definition.procedure?.legalBasis ? `Legal basis: ${definition.procedure.legalBasis}.` : '',
            '',
            'Stories generated by `scripts/generate-form-stories.mjs`. See **Introduction** for what each state checks.',
          ].join('\n'),
        },
      },
    },
  };
}

/** The seven stories of one catalog form. */
export function catalogFormStories(entry: CatalogEntry): Record<'Empty' | 'Prefilled' | 'ErrorsShown' | 'Review' | 'ReadOnly' | 'English' | 'Kiosk', FormStory> {
  const { definition, valid } = entry;
  const wizard = stepCountOf(definition) > 0;
  const bindings = definition.prefill ?? [];

  return {
    Empty: {
      async play({ canvasElement }) {
        const el = await formOf(canvasElement);
        const t = translation(el.locale);
        await expect(shadow(el).querySelector('[part~="title"]')?.textContent?.trim()).toBe(definition.title[el.locale] ?? definition.title.vi);
        if (wizard) {
          await expectConsistentStep(el);
          await expect(wizardPosition(el).index).toBe(0);
          await expect(stepItems(el).at(-1)?.textContent).toContain(t.reviewStep);
        }
        await expect(errorSummary(el)).toBeNull();
      },
    },

    Prefilled: {
      name: 'Prefilled (mock providers)',
      args: { providers: mockProviders(PIDS.thu), subject: PIDS.thu },
      async play({ canvasElement }) {
        const el = await formOf(canvasElement);
        // The prefill code loads lazily, then the consent panel asks before anything is fetched.
        await waitFor(() => expect(shadow(el).querySelector('tk-consent-panel'), 'the consent panel is shown').not.toBeNull(), { timeout: 5000 });
        await settle(el);
        const panel = shadow(el).querySelector('tk-consent-panel');
        // Nothing from the citizen's record before consent: the form holds only its schema's defaults.
        const defaults = withDefaults(definition.schema, undefined);
        await expect(el.data ?? {}).toEqual(defaults ?? {});
        for (const button of panel!.querySelectorAll<HTMLButtonElement>('button[data-choice="granted"]')) await userEvent.click(button);
        await userEvent.click(buttonNamed(el, translation(el.locale).next));
        await waitFor(() => expect(shadow(el).querySelector('tk-consent-panel, .tk-loading')).toBeNull(), { timeout: 5000 });
        await settle(el);
        const filled = bindings.filter((b) => getPointer(el.data, b.target) !== undefined && getPointer(defaults, b.target) === undefined);
        await expect(filled.length, 'at least one bound field was filled from the citizen record').toBeGreaterThan(0);
        // A locked binding without a transform carries the provider's value unchanged.
        const plain = filled.find((b) => b.source === 'vneid' && b.claim === '/name' && !b.transform);
        if (plain) await expect(getPointer(el.data, plain.target)).toBe('Nguyễn Văn Thử');
      },
    },

    ErrorsShown: {
      name: 'Errors shown',
      async play({ canvasElement }) {
        const el = await formOf(canvasElement);
        const invalid = record<Event>(el, 'tk-invalid');
        // "Tiếp tục" on the empty form; a step without required answers moves on, so keep going until one stops
        // (at the latest, "Xác nhận và gửi hồ sơ" on the review step must refuse an empty form).
        for (let i = 0; i < 20 && !errorSummary(el); i++) await pressPrimary(el);
        await expect(reviewSection(el), 'a step with required answers stops the empty form before the review').toBeNull();
        const summary = errorSummary(el);
        await expect(summary, 'an empty form shows the error summary').not.toBeNull();
        await expect(invalid.length, 'tk-invalid was dispatched').toBeGreaterThan(0);
        await waitFor(() => expect(focused(el)).toBe(summary));
        await expect(summary!.querySelector('[part~="error-summary-title"]')?.textContent?.trim()).toBe(translation(el.locale).errorSummaryTitle);
        const links = [...summary!.querySelectorAll<HTMLAnchorElement>('a[part~="error-summary-link"]')];
        const unlinked = [...summary!.querySelectorAll('li')].filter((li) => !li.querySelector('a'));
        if (unlinked.length) {
          throw new Error(
            `${unlinked.length} error(s) in the summary link to no control (${stepHeading(el)?.textContent ?? 'review'}): ` +
              unlinked.map((li) => li.textContent?.trim()).join('; '),
          );
        }
        await expect(links.length).toBeGreaterThan(0);
        for (const link of links) {
          const id = decodeURIComponent(link.hash.slice(1));
          await expect(shadow(el).getElementById(id), `error link ${link.hash} points at a control`).not.toBeNull();
          await expect(link.textContent?.trim()).not.toBe('');
        }
        const target = shadow(el).getElementById(decodeURIComponent(links[0].hash.slice(1)))!;
        await userEvent.click(links[0]);
        await waitFor(() => expect(focused(el) === target || target.contains(focused(el))).toBe(true));
      },
    },

    Review: {
      name: 'Review and submit',
      args: { data: valid, review: true },
      async play({ canvasElement }) {
        const el = await formOf(canvasElement);
        const submits = record<TkSubmitEvent>(el, 'tk-submit', true);
        await walkToReview(el);
        const review = reviewSection(el)!;
        const rows = review.querySelectorAll('[part~="review-row"]');
        await expect(rows.length).toBeGreaterThan(0);
        const text = review.textContent ?? '';
        for (const name of nameLeaves(valid)) await expect(text, `the review lists "${name}"`).toContain(name);
        await userEvent.click(buttonNamed(el, translation(el.locale).acceptAndSubmit));
        await settle(el);
        await expect(submits).toHaveLength(1);
        const { data, submission } = submits[0].detail;
        await expect(data).toMatchObject(valid as Record<string, unknown>);
        await expect(submission.formId).toBe(definition.id);
        await expect(submission.formVersion).toBe(definition.version);
      },
    },

    ReadOnly: {
      name: 'Read-only',
      args: { data: valid, readonly: true },
      async play({ canvasElement }) {
        const el = await formOf(canvasElement);
        const before = JSON.stringify(el.data);
        // Every step can be browsed (an officer reads the whole application), and nothing on it is editable.
        for (let guard = 0; !reviewSection(el); guard++) {
          if (guard > 20) throw new Error('the read-only wizard never reached the review');
          const controls = [...shadow(el).querySelectorAll<HTMLInputElement>('input, select, textarea')];
          // Marked read-only for assistive technology: natively, or on the group (radios and checkboxes have no readonly).
          const unmarked = controls.filter((c) => !c.disabled && !c.readOnly && !c.closest('[aria-readonly="true"]'));
          if (unmarked.length) throw new Error(`not read-only: ${unmarked.map((c) => c.outerHTML.slice(0, 160)).join('\n')}`);
          if (guard === 0) {
            // And really unchangeable: typing and clicking leave the data as it was.
            const texts = controls.filter((c) => c instanceof HTMLInputElement && ['text', 'tel', 'email'].includes(c.type)).slice(0, 3);
            for (const input of texts) await userEvent.type(input, '9');
            for (const box of controls.filter((c) => (c.type === 'radio' || c.type === 'checkbox') && !c.checked).slice(0, 3)) await userEvent.click(box);
            await settle(el);
          }
          if (stepItems(el).length === 0) break;
          await pressPrimary(el);
          await expect(errorSummary(el), 'browsing a read-only form shows no errors').toBeNull();
        }
        await expect(JSON.stringify(el.data)).toBe(before);
        const t = translation(el.locale);
        await expect([...shadow(el).querySelectorAll('button')].some((b) => b.textContent?.trim() === t.acceptAndSubmit || b.textContent?.trim() === t.submit), 'no way to submit').toBe(false);
      },
    },

    English: {
      args: { locale: 'en' },
      async play({ canvasElement }) {
        const el = await formOf(canvasElement);
        const t = translation('en');
        await expect(shadow(el).querySelector('form')?.getAttribute('lang')).toBe('en');
        await expect(shadow(el).querySelector('[part~="title"]')?.textContent?.trim()).toBe(definition.title.en ?? definition.title.vi);
        if (wizard) await expectConsistentStep(el);
        await expect(buttonNamed(el, t.next)).toBeTruthy();
      },
    },

    Kiosk: {
      args: { kiosk: true, data: valid, review: true },
      async play({ canvasElement }) {
        const el = await formOf(canvasElement);
        const t = translation(el.locale);
        await expect(shadow(el).textContent).toContain(t.kioskTitle);
        const cleared = record<TkClearEvent>(el, 'tk-clear');
        await walkToReview(el);
        await userEvent.click(buttonNamed(el, t.acceptAndSubmit));
        await settle(el);
        await expect(cleared.map((e) => e.detail.reason)).toEqual(['submit']);
        await expect(shadow(el).querySelector('[part~="kiosk-notice"]')?.textContent).toContain(t.kioskCleared);
        await expect(nameLeaves(el.data)).toEqual([]);
      },
    },
  };
}
