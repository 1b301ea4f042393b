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

function parse(text: string | null): DraftRecord | undefined {
  if (!text) return undefined;
  try {
    const record = JSON.parse(text) as DraftRecord;
    return record && typeof record === 'object' && typeof record.version === 'string' ? record : undefined;
  } catch {
    return undefined;
  }
}

/** The newest draft of a form: the current version's, else the most recent older one. */
export function findDraft(storage: Storage, formId: string, version: string): { key: string; record: DraftRecord } | undefined {
  try {
    const exact = parse(storage.getItem(draftKey(formId, version)));
    if (exact) return { key: draftKey(formId, version), record: exact };
    let best: { key: string; record: DraftRecord } | undefined;
    for (let i = 0; i < storage.length; i++) {
      const key = storage.key(i);
      if (!key?.startsWith(`${PREFIX}${formId}@`)) continue;
      const record = parse(storage.getItem(key));
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
