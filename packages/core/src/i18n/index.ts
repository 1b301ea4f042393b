// SPDX-License-Identifier: MIT
/** The message catalogs by locale, and the one lookup every engine's errors go through. */
import type { Locale } from '../models/definition.js';
import { en } from './en.js';
import type { MessageContext, MessageFn } from './types.js';
import { vi, type MessageKey } from './vi.js';

export type { MessageContext, MessageFn } from './types.js';
export type { MessageKey } from './vi.js';

/** Locale → message table. */
export const MESSAGES: Readonly<Record<Locale, Readonly<Record<MessageKey, MessageFn>>>> = { vi, en };

/** The message keys, as a set: asked for every error of every validation. */
const MESSAGE_KEYS: ReadonlySet<string> = new Set(Object.keys(vi));

/** True when `key` is a message key of core's catalog. */
export const isMessageKey = (key: string): key is MessageKey => MESSAGE_KEYS.has(key);

/**
 * Formats a catalog message. An unknown refinement (`format.x`) falls back to its keyword's message, an unknown key
 * to the generic `invalid`; a failing message function to the Vietnamese text without parameters. Never throws.
 */
export const formatMessage = (key: string, locale: Locale, ctx: MessageContext): string => {
  const table = MESSAGES[locale] ?? MESSAGES.vi;
  let k: MessageKey = 'invalid';
  if (isMessageKey(key)) k = key;
  else {
    const head = key.slice(0, key.indexOf('.') >>> 0);
    if (isMessageKey(head)) k = head;
  }
  try {
    return table[k](ctx);
  } catch {
    return MESSAGES.vi[k]({ label: ctx.label, params: {} });
  }
};
