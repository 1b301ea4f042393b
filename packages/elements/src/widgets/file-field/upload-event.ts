// SPDX-License-Identifier: MIT
/**
 * `tk-upload`: how a portal stores an attachment. `<tk-file-field>` never reads a file itself; it hands the
 * `File` to the portal in this event, and the portal answers with a promise of a reference (`respondWith`, the
 * shape of a service worker's `FetchEvent`). Bubbles and is composed, so a listener on `<tk-form>` (or any
 * ancestor) receives it from inside the form's shadow root.
 *
 * ```js
 * form.addEventListener('tk-upload', (event) => {
 *   const body = new FormData();
 *   body.append('file', event.detail.file);
 *   event.detail.respondWith(
 *     fetch('/attachments', { method: 'POST', body, signal: event.detail.signal })
 *       .then((r) => (r.ok ? r.json() : Promise.reject(new Error(String(r.status)))))
 *       .then((json) => ({ ref: json.id })),
 *   );
 * });
 * ```
 *
 * Without a listener calling `respondWith`, the value is stored without `ref` (name, type and size only), and the
 * portal must collect the file some other way. `preventDefault()` without `respondWith` refuses the file.
 */

/** What an upload resolves to: the portal's reference for the stored file. */
export interface UploadResult {
  ref: string;
}

/** The detail of `tk-upload`. */
export interface TkUploadDetail {
  /** JSON Pointer of the field the file is for. */
  pointer: string;
  /** The chosen file (already checked against `x-file.accept` and `x-file.maxSize`). */
  file: File;
  /** Aborted when the citizen removes or replaces the file before the upload finishes. */
  signal: AbortSignal;
  /** Takes over the upload: the widget shows progress until the promise settles. Call it synchronously. */
  respondWith(upload: Promise<UploadResult>): void;
}

/** A file was chosen; the portal may upload it. Cancelable. */
export class TkUploadEvent extends CustomEvent<TkUploadDetail> {
  /** The event name. */
  static readonly eventName = 'tk-upload';
  constructor(detail: TkUploadDetail) {
    super(TkUploadEvent.eventName, { bubbles: true, composed: true, cancelable: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'tk-upload': TkUploadEvent;
  }
}
