// SPDX-License-Identifier: MIT
/**
 * The drafts code loaded on first use (a chunk beside `tokhai.bundle.js`, fetched only by forms with
 * `draft="session|local"`; `draft-controller.ts` is the small part `<tk-form>` always carries).
 *
 * Autosaves a form's answers as a draft and offers to restore one. Saving is debounced (`DEBOUNCE_MS` after the
 * last change, and at once when the page is hidden); while a restore offer is open nothing is saved, so the old
 * draft stays as it was until the citizen chooses Restore or Discard. Kiosk forms never save (the host answers
 * `none` from `mode()`).
 */
import type { FormDefinition } from '@tokhai/core';
import { draftKey, findDraft, removeDraft, storageFor, writeDraft, type DraftRecord } from './draft-store.js';
import { migrateDraft, type MigrationResult, type NotCarried } from './migrate.js';
import { DEBOUNCE_MS, type DraftHost } from './draft-controller.js';

export { renderDraftNotice, renderDraftOffer } from './draft-banner.js';

/** A draft waiting for the citizen's decision. */
export interface DraftOffer {
  key: string;
  record: DraftRecord;
  /** The draft's data carried into the current version, and what could not be. */
  migration: MigrationResult;
  /** True when the draft was saved under another version of the form. */
  older: boolean;
}

/** The drafts of one `<tk-form>` (see `DraftController`, which forwards to it once loaded). */
export class DraftEngine {
  /** The pending offer, shown as a banner. */
  offer: DraftOffer | undefined;
  /** After a restore: the values the current version could not hold, still shown to the citizen. */
  notCarried: NotCarried[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private checkedFor: string | undefined;

  constructor(private readonly host: DraftHost) {}

  private get storage(): Storage | undefined {
    return storageFor(this.host.draftMode());
  }

  /** Looks for a draft of `definition` once per form version; opens an offer when one holds answers. */
  check(definition: FormDefinition): void {
    const id = draftKey(definition.id, definition.version);
    if (this.checkedFor === id) return;
    this.checkedFor = id;
    this.offer = undefined;
    this.notCarried = [];
    const storage = this.storage;
    const found = storage && findDraft(storage, definition.id, definition.version);
    if (!found || found.record.data === undefined) return;
    const older = found.record.version !== definition.version;
    const migration = migrateDraft(found.record.data, found.record.version, definition, found.record.labels);
    this.offer = { key: found.key, record: found.record, migration, older };
    this.host.requestUpdate();
  }

  /** Forgets which form was checked, so the next `check` looks again (a re-created form, a reset). */
  forget(): void {
    this.checkedFor = undefined;
  }

  /** Schedules a save of the host's current state. */
  changed(): void {
    if (this.offer || !this.storage) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(this.flush, DEBOUNCE_MS);
  }

  /** Saves now, if a save is pending. */
  readonly flush = (): void => {
    if (this.timer === undefined) return;
    clearTimeout(this.timer);
    this.timer = undefined;
    const storage = this.storage;
    const snapshot = this.host.draftSnapshot();
    if (storage && snapshot && !this.offer) writeDraft(storage, { ...snapshot, savedAt: new Date().toISOString() });
  };

  /** The citizen restores the offered draft: returns it (data carried into this version) and closes the offer. */
  restore(): DraftRecord | undefined {
    const offer = this.offer;
    if (!offer) return undefined;
    this.offer = undefined;
    this.notCarried = offer.migration.notCarried;
    // The old version's draft is replaced by this version's on the next save; the citizen has seen what was lost.
    if (offer.older && this.storage) removeDraft(this.storage, offer.key);
    this.host.requestUpdate();
    return { ...offer.record, data: offer.migration.data };
  }

  /** The citizen discards the offered draft. */
  discard(): void {
    if (this.offer && this.storage) removeDraft(this.storage, this.offer.key);
    this.offer = undefined;
    this.host.requestUpdate();
  }

  /** Hides the "not carried" list after a restore. */
  dismissNotice(): void {
    this.notCarried = [];
    this.host.requestUpdate();
  }

  /** Removes the current version's draft (after a submission or a reset) and cancels a pending save. */
  clear(formId: string, version: string): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    const storage = this.storage;
    if (storage) removeDraft(storage, draftKey(formId, version));
  }
}
