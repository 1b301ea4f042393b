// SPDX-License-Identifier: MIT
/**
 * Built-in texts by locale. Components read them through `translation(locale)` or a `LocalizeController`; a
 * portal may override any text (for example its own submit label) with `registerTranslation`.
 *
 * Vietnamese, the default, is always here. Other locales are loaded the first time they are used
 * (`loadTranslation`; in the bundle, a chunk beside `tokhai.bundle.js`), so a Vietnamese-only page does not
 * download the English texts (these texts, and core's English error messages: `loadMessages`). `<tk-form
 * locale="en">` loads them by itself and waits for them before its first render; until a locale is loaded,
 * `translation(locale)` answers in Vietnamese.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { loadMessages, type Locale } from '@tokhai/core';
import vi, { widgets as viWidgets, type Translation } from '../translations/vi.js';
import type { WidgetStrings } from '../widgets/shared/strings.js';
import { issueWarning } from './dev-mode.js';
import { once, trackLoad } from './lazy.js';

/** The shipped texts of each locale, once loaded. */
const shipped: Partial<Record<Locale, Translation>> = { vi };
/** The widget texts of each locale, once loaded (they come with the locale's texts). */
const shippedWidgets: Partial<Record<Locale, WidgetStrings>> = { vi: viWidgets };
/** A portal's overrides (`registerTranslation`), kept apart so they also apply to a locale loaded later. */
const overrides: Partial<Record<Locale, Partial<Translation>>> = {};
/** Shipped texts with overrides, per locale (rebuilt when either changes). */
const merged = new Map<Locale, Translation>();
/** Locales whose texts could not be loaded: they stay Vietnamese rather than being asked for again and again. */
const failed = new Set<Locale>();

/** How to load each locale besides Vietnamese. */
const LOADERS: Record<Exclude<Locale, 'vi'>, () => Promise<{ default: Translation; widgets: WidgetStrings }>> = {
  // With core's English error messages: once `translation('en')` answers in English, so does validation.
  en: once(() => Promise.all([import('../translations/en.js'), loadMessages('en')]).then(([m]) => m)),
};

/** Whether `locale`'s texts are here (Vietnamese always is; an unknown locale answers in Vietnamese anyway). */
export function isTranslationLoaded(locale: string | undefined): boolean {
  return !own(LOADERS, locale) || own(shipped, locale) !== undefined || failed.has(locale as Locale);
}

/**
 * An own entry of a table keyed by locale, or `undefined`. A locale is a public argument (a portal may pass what
 * a URL says), and `translation('constructor')` must answer in Vietnamese, not with `Object` as the texts.
 */
const own = <T>(table: Partial<Record<string, T>>, locale: string | undefined): T | undefined =>
  locale !== undefined && Object.hasOwn(table, locale) ? table[locale] : undefined;

/** The texts of `locale` (Vietnamese for anything unknown, and until the locale is loaded: see `loadTranslation`). */
export function translation(locale: string | undefined): Translation {
  const key: Locale = own(shipped, locale) ? (locale as Locale) : 'vi';
  let texts = merged.get(key);
  if (!texts) merged.set(key, (texts = { ...shipped[key]!, ...overrides[key] }));
  return texts;
}

/** The widget texts of `locale` (`widgetStrings`): Vietnamese for anything unknown, and until the locale is loaded. */
export function widgetTexts(locale: string | undefined): WidgetStrings {
  return own(shippedWidgets, locale) ?? viWidgets;
}

/**
 * Loads the texts of `locale` (once per page) and resolves to them. `<tk-form>` calls it for its `locale`; call
 * it yourself before reading `translation('en')` outside a form. Never rejects: texts that cannot be loaded
 * resolve to Vietnamese (and a dev-mode warning).
 */
export async function loadTranslation(locale: Locale): Promise<Translation> {
  if (isTranslationLoaded(locale)) return translation(locale);
  try {
    const loaded = await LOADERS[locale as Exclude<Locale, 'vi'>]();
    shipped[locale] = loaded.default;
    shippedWidgets[locale] = loaded.widgets;
    merged.delete(locale);
  } catch (error) {
    failed.add(locale);
    issueWarning('translation-not-loaded', `The "${locale}" texts could not be loaded; Vietnamese is shown instead: ${String(error)}`);
  }
  return translation(locale);
}

/** Overrides some built-in texts of one locale, for every tokhai element on the page (also before it is loaded). */
export function registerTranslation(locale: Locale, texts: Partial<Translation>): void {
  overrides[locale] = { ...overrides[locale], ...texts };
  merged.delete(locale);
}

/** Normalizes an attribute value to a supported locale (`en-GB` → `en`; anything else → `vi`). */
export function toLocale(value: string | null | undefined): Locale {
  return value?.toLowerCase().startsWith('en') ? 'en' : 'vi';
}

/**
 * Gives a component its texts for its `locale` property. Reading `term` during render is enough: the host
 * re-renders when `locale` changes, and the controller answers for the current one. A locale that is not loaded
 * yet is loaded then (the host's `updateComplete` waits for it, through `trackLoad`); meanwhile `term` keeps the
 * texts shown before, so switching the language never flashes a third one.
 */
export class LocalizeController implements ReactiveController {
  private shown: Translation | undefined;
  private loading: Locale | undefined;

  constructor(private readonly host: ReactiveControllerHost & { locale: string | undefined }) {
    host.addController(this);
  }

  /** The texts of the host's current locale (or, while they load, the texts shown before). */
  get term(): Translation {
    const locale = toLocale(this.host.locale);
    if (isTranslationLoaded(locale)) return (this.shown = translation(locale));
    if (this.loading !== locale) {
      this.loading = locale;
      void trackLoad(this.host, loadTranslation(locale)).then(() => (this.loading = undefined));
    }
    return this.shown ?? translation('vi');
  }

  hostConnected(): void {}
}
