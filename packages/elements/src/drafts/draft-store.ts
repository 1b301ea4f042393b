// SPDX-License-Identifier: MIT
/**
 * Reading and writing drafts in Web Storage. Keys are `tokhai:draft:<form id>@<version>`; a draft of an older
 * version of the same form is found by its prefix so it can be migrated. Storage can be full, disabled or
 * blocked (private browsing, sandboxed frames): every access is guarded and a failure means "no draft".
 */
import type { Attestation, ConsentRecord, CorrectionRequest, FieldProvenance } from '@tokhai/core';
import { issueWarning } from '../internal/dev-mode.js';

/** Where drafts go: `none` (default), `session` (this tab, until it closes) or `local` (this device, until sent). */
export type DraftMode = 'none' | 'session' | 'local';

/** What a draft holds besides the data, so a restored form still submits its provenance. */
export interface DraftPrefill {
  provenance: Record<string, FieldProvenance>;
  consent: ConsentRecord[];
  attestations: Attestation[];
  corrections: CorrectionRequest[];
}

/** One saved draft. */
export interface DraftRecord {
  formId: string;
  version: string;
  /** ISO 8601. */
  savedAt: string;
  data: unknown;
  /** The wizard step the citizen was on. */
  step?: number;
  /** Field labels when saved (pointer → label), to name values a newer version cannot carry. */
  labels?: Record<string, string>;
  prefill?: DraftPrefill;
}

const PREFIX = 'tokhai:draft:';

/** The storage key of a form version. */
export const draftKey = (formId: string, version: string) => `${PREFIX}${formId}@${version}`;

/** The Storage object of a mode, or `undefined` when there is none or it is blocked. */
export function storageFor(mode: DraftMode): Storage | undefined {
  try {
    if (mode === 'session') return globalThis.sessionStorage;
    if (mode === 'local') return globalThis.localStorage;
  } catch {
    // Accessing storage throws in sandboxed iframes and with storage blocked.
  }
  return undefined;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A prefill record with the shape the form reads (a damaged one is left out of the draft, not the answers). */
function isDraftPrefill(v: unknown): v is DraftPrefill {
  return (
    isObject(v) &&
    isObject(v.provenance) &&
    Object.values(v.provenance).every(isObject) &&
    Array.isArray(v.consent) &&
    Array.isArray(v.attestations) &&
    Array.isArray(v.corrections)
  );
}

/**
 * Reads a stored draft of `formId`. Storage is outside our control (another script, an older tokhai, a truncated
 * write, a hand edit), so the record is checked, not trusted: one that is not JSON, belongs to another form, or
 * whose data is not an object is no draft of this form; damaged extras (step, labels, prefill record) are left out
 * and the answers kept.
 */
function parse(text: string | null, formId: string): DraftRecord | undefined {
  if (!text) return undefined;
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    issueWarning('draft-unreadable', `A stored draft of "${formId}" is not valid JSON; it is ignored.`);
    return undefined;
  }
  if (!isObject(raw) || raw.formId !== formId || typeof raw.version !== 'string' || !isObject(raw.data)) {
    issueWarning('draft-unreadable', `A stored draft under "${formId}" is not a draft of this form; it is ignored.`);
    return undefined;
  }
  const record: DraftRecord = { formId, version: raw.version, savedAt: typeof raw.savedAt === 'string' ? raw.savedAt : '', data: raw.data };
  if (typeof raw.step === 'number' && Number.isInteger(raw.step) && raw.step >= 0) record.step = raw.step;
  if (isObject(raw.labels) && Object.values(raw.labels).every((l) => typeof l === 'string')) record.labels = raw.labels as Record<string, string>;
  if (isDraftPrefill(raw.prefill)) record.prefill = raw.prefill;
  return record;
}

/** The newest draft of a form: the current version's, else the most recent older one. */
export function findDraft(storage: Storage, formId: string, version: string): { key: string; record: DraftRecord } | undefined {
  try {
    const exact = parse(storage.getItem(draftKey(formId, version)), formId);
    if (exact) return { key: draftKey(formId, version), record: exact };
    let best: { key: string; record: DraftRecord } | undefined;
    for (let i = 0; i < storage.length; i++) {
      const key = storage.key(i);
      if (!key?.startsWith(`${PREFIX}${formId}@`)) continue;
      const record = parse(storage.getItem(key), formId);
      if (record && (!best || record.savedAt > best.record.savedAt)) best = { key, record };
    }
    return best;
  } catch {
    return undefined;
  }
}

/** Saves a draft; returns false when storage refused (full, blocked). */
export function writeDraft(storage: Storage, record: DraftRecord): boolean {
  try {
    storage.setItem(draftKey(record.formId, record.version), JSON.stringify(record));
    return true;
  } catch (error) {
    issueWarning('draft-not-saved', `The draft could not be saved: ${String(error)}`);
    return false;
  }
}

/** Removes a draft by key. */
export function removeDraft(storage: Storage, key: string): void {
  try {
    storage.removeItem(key);
  } catch {
    // Nothing to do: a blocked storage holds no draft.
  }
}
