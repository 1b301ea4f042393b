// SPDX-License-Identifier: MIT
/**
 * Built-in texts by locale. Components read them through `translation(locale)` or a `LocalizeController`; a
 * portal may override any text (for example its own submit label) with `registerTranslation`.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Locale } from '@tokhai/core';
import vi, { type Translation } from '../translations/vi.js';
import en from '../translations/en.js';

const translations: Record<Locale, Translation> = { vi, en };

/** The texts of `locale` (Vietnamese for anything unknown). */
export function translation(locale: string | undefined): Translation {
  return translations[locale as Locale] ?? translations.vi;
}

/** Overrides some built-in texts of one locale, for every tokhai element on the page. */
export function registerTranslation(locale: Locale, overrides: Partial<Translation>): void {
  translations[locale] = { ...translation(locale), ...overrides };
}

/** Normalizes an attribute value to a supported locale (`en-GB` → `en`; anything else → `vi`). */
export function toLocale(value: string | null | undefined): Locale {
  return value?.toLowerCase().startsWith('en') ? 'en' : 'vi';
}

/**
 * Gives a component its texts for its `locale` property. Reading `term` during render is enough: the host
 * re-renders when `locale` changes, and the controller always answers for the current one.
 */
export class LocalizeController implements ReactiveController {
  constructor(private readonly host: ReactiveControllerHost & { locale: string | undefined }) {
    host.addController(this);
  }

  /** The texts of the host's current locale. */
  get term(): Translation {
    return translation(this.host.locale);
  }

  hostConnected(): void {}
}
