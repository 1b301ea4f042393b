// SPDX-License-Identifier: MIT
/** The message catalogs by locale, and the one lookup every engine's errors go through. */
import type { Locale } from '../models/definition.js';
import { en } from './en.js';
import type { MessageContext, MessageFn } from './types.js';
import { vi, type MessageKey } from './vi.js';

export type { MessageContext, MessageFn } from './types.js';
export type { MessageKey } from './vi.js';

/** One locale's messages: a function per key. */
export type MessageTable = Readonly<Record<MessageKey, MessageFn>>;

/** Locale → message table: the catalogs core ships. */
export const MESSAGES: Readonly<Record<Locale, MessageTable>> = { vi, en };

/**
 * The tables `formatMessage` reads: every catalog core ships, from the start. The embeddable
 * `tokhai.bundle.js` alone is built with this line rewritten to `{ vi }` (rollup.config.mjs, as it does with
 * `DEV_MODE`), so that English is a chunk beside it, registered by `loadMessages('en')` when a form first uses
 * English; until then English errors read in Vietnamese. Everywhere else `loadMessages` has nothing to do.
 */
const catalogs: Partial<Record<Locale, MessageTable>> = { vi, en };

/** Registers (or replaces) the message table of a locale, for every validation from now on. */
export function registerMessages(locale: Locale, messages: MessageTable): void {
  catalogs[locale] = messages;
}

/** Whether `locale`'s messages are registered (Vietnamese always is). */
export const hasMessages = (locale: Locale): boolean => catalogs[locale] !== undefined;

/**
 * Registers core's own messages of `locale` if they are not yet (in the embeddable bundle, English is loaded
 * here on first use). Resolves when `formatMessage` can answer in `locale`.
 */
export async function loadMessages(locale: Locale): Promise<void> {
  if (catalogs[locale] || locale !== 'en') return;
  registerMessages('en', (await import('./en.js')).en);
}

/** The message keys, as a set: asked for every error of every validation. */
const MESSAGE_KEYS: ReadonlySet<string> = new Set(Object.keys(vi));

/** True when `key` is a message key of core's catalog. */
export const isMessageKey = (key: string): key is MessageKey => MESSAGE_KEYS.has(key);

/**
 * Formats a catalog message. An unknown refinement (`format.x`) falls back to its keyword's message, an unknown key
 * to the generic `invalid`; a failing message function to the Vietnamese text without parameters. Never throws.
 */
export const formatMessage = (key: string, locale: Locale, ctx: MessageContext): string => {
  const table = catalogs[locale] ?? vi;
  let k: MessageKey = 'invalid';
  if (isMessageKey(key)) k = key;
  else {
    const head = key.slice(0, key.indexOf('.') >>> 0);
    if (isMessageKey(head)) k = head;
  }
  try {
    return table[k](ctx);
  } catch {
    return vi[k]({ label: ctx.label, params: {} });
  }
};
