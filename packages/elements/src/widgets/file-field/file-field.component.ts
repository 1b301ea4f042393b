// SPDX-License-Identifier: MIT
import { html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { attrs } from '../../internal/attrs.js';
import type { FieldModel } from '../../internal/field-model.js';
import { TkFieldElement } from '../shared/field-element.js';
import { renderLabel, renderNotes } from '../shared/field-parts.js';
import { fieldStyles } from '../shared/field.styles.js';
import type { WidgetStrings } from '../shared/strings.js';
import { fileFieldStyles } from './file-field.styles.js';
import { TkUploadEvent, type UploadResult } from './upload-event.js';

/** The stored value of an attachment. The file's content is never part of the form data. */
export interface FileValue {
  name: string;
  /** MIME type as the browser reports it (may be empty). */
  type: string;
  /** Size in bytes. */
  size: number;
  /** The portal's reference to the stored file, when an upload hook gave one. */
  ref?: string;
}

/** The upload limits of the schema's `x-file`. */
interface FileLimits {
  accept: string[];
  maxSize: number | undefined;
}

/** True when a value looks like a `FileValue`. */
const isFileValue = (v: unknown): v is FileValue =>
  typeof v === 'object' && v !== null && typeof (v as FileValue).name === 'string' && typeof (v as FileValue).size === 'number';

/** Whether `file` matches one `accept` entry: `.pdf`, `application/pdf` or `image/*`. */
export function fileMatches(file: { name: string; type: string }, accept: readonly string[]): boolean {
  if (accept.length === 0) return true;
  const name = file.name.toLowerCase();
  const type = file.type.toLowerCase();
  return accept.some((entry) => {
    const a = entry.trim().toLowerCase();
    if (a.startsWith('.')) return name.endsWith(a);
    if (a.endsWith('/*')) return type.startsWith(a.slice(0, -1));
    return type === a;
  });
}

/** A short readable name of an `accept` entry: `.pdf` → PDF, `image/jpeg` → JPEG, `image/*` → IMAGE. */
const acceptName = (entry: string): string => {
  const a = entry.trim();
  if (a.startsWith('.')) return a.slice(1).toUpperCase();
  const [kind, sub] = a.split('/');
  return (sub === '*' || !sub ? kind : sub).toUpperCase();
};

/**
 * @tagname tk-file-field
 * @summary A file attachment (an object schema with `x-file`, or `options.format: "file"`): a native file input,
 * checked against `x-file.accept` and `x-file.maxSize` before anything else happens, then handed to the portal's
 * upload hook (`tk-upload`). The stored value is `{name, type, size, ref?}`; the file's content is never read by
 * the widget or stored in the form data.
 * @status stable
 * @since 0.1
 *
 * @event tk-upload - A valid file was chosen; call `detail.respondWith(promise)` to upload it. Cancelable.
 * @event tk-field-input - A file was attached (after its upload, if any) or removed; `detail.value` is the
 * `FileValue` or `undefined`.
 * @event tk-field-commit - Emitted with every attach or remove, and when focus leaves.
 *
 * @csspart base - The wrapper.
 * @csspart label - The `<label>`.
 * @csspart hint - The hint, with the accepted formats and the size limit.
 * @csspart badge - The prefill badge.
 * @csspart error - The error message (the field's, or "too large", "wrong format", "upload failed").
 * @csspart control - The native `<input type="file">`.
 * @csspart current - The name and size of the attached file.
 * @csspart button - The remove button.
 * @csspart status - The polite status line (uploading, uploaded).
 */
export class TkFileField extends TkFieldElement {
  static override styles = [fieldStyles, fileFieldStyles];

  /** What the status line says (role="status", announced politely). */
  @state() protected status = '';
  /** True while an upload runs. */
  @state() protected uploading = false;

  private upload: AbortController | undefined;

  /** The attached file, if any. */
  protected get file(): FileValue | undefined {
    return isFileValue(this.value) ? this.value : undefined;
  }

  /** The schema's `x-file` limits. */
  protected get limits(): FileLimits {
    const x = this.field?.schema['x-file'];
    // `x-file` is an extension core does not check: a definition's non-text entry is ignored, not rendered (or
    // trimmed) as a text, which would throw on every render of the field.
    const accept = Array.isArray(x?.accept) ? (x.accept as unknown[]).filter((a): a is string => typeof a === 'string') : [];
    return { accept, maxSize: typeof x?.maxSize === 'number' ? x.maxSize : undefined };
  }

  override disconnectedCallback(): void {
    this.upload?.abort();
    super.disconnectedCallback();
  }

  /** The hint sentence about formats and size, when the schema sets limits. */
  private limitsHint(s: WidgetStrings): string | undefined {
    const { accept, maxSize } = this.limits;
    if (accept.length === 0 && maxSize === undefined) return undefined;
    const formats = accept.length > 0 ? accept.map(acceptName).join(', ') : '—';
    return s.acceptedFiles(formats, maxSize !== undefined ? s.fileSize(maxSize) : undefined);
  }

  /** A problem with the file itself, found before any upload. */
  private problemWith(file: File, s: WidgetStrings): string | undefined {
    const { accept, maxSize } = this.limits;
    if (!fileMatches(file, accept)) return s.fileTypeNotAllowed(accept.map(acceptName).join(', '));
    if (maxSize !== undefined && file.size > maxSize) return s.fileTooLarge(s.fileSize(maxSize));
    return undefined;
  }

  private async handleChange(event: Event): Promise<void> {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    if (!file || !this.interactive) return;
    const s = this.strings;
    const problem = this.problemWith(file, s);
    this.upload?.abort();
    this.upload = undefined;
    this.status = '';
    if (problem) {
      this.localError = problem;
      input.value = ''; // so choosing the same file again (after fixing it) fires change
      this.emitCommit();
      return;
    }
    this.localError = '';
    const controller = new AbortController();
    let pending: Promise<UploadResult> | undefined;
    const accepted = this.dispatchEvent(
      new TkUploadEvent({
        pointer: this.field!.pointer,
        file,
        signal: controller.signal,
        respondWith: (promise) => {
          pending = promise;
        },
      }),
    );
    const value: FileValue = { name: file.name, type: file.type, size: file.size };
    if (!pending) {
      input.value = '';
      if (accepted) this.attach(value);
      return;
    }
    this.upload = controller;
    this.uploading = true;
    this.status = s.uploading(file.name);
    try {
      const { ref } = await pending;
      if (controller.signal.aborted) return;
      this.attach({ ...value, ref });
      this.status = s.uploaded(file.name);
    } catch {
      if (controller.signal.aborted) return;
      this.status = '';
      this.localError = s.uploadFailed(file.name);
    } finally {
      if (this.upload === controller) {
        this.upload = undefined;
        this.uploading = false;
      }
      input.value = '';
    }
  }

  private attach(value: FileValue): void {
    this.emitInput(value);
    this.emitCommit(value);
  }

  private removeFile(): void {
    if (!this.interactive) return;
    this.upload?.abort();
    this.upload = undefined;
    this.uploading = false;
    this.status = '';
    this.localError = '';
    this.emitInput(undefined);
    this.emitCommit(undefined);
    this.focus();
  }

  /** A read-only file input must not open the file chooser (native file inputs have no readonly). */
  private guard(event: Event): void {
    if (!this.field?.readonly) return;
    if (event instanceof KeyboardEvent && event.key === 'Tab') return;
    event.preventDefault();
  }

  protected renderField(field: FieldModel): unknown {
    const s = this.strings;
    const file = this.file;
    const currentId = `${field.id}-current`;
    const accept = this.limits.accept;
    const limitsHint = this.limitsHint(s);
    return html`<div part="base" class="tk-field tk-file-field ${this.invalid ? 'tk-field--invalid' : ''}">
      ${renderLabel(field, s)}${renderNotes(field, s, this.localError, limitsHint)}
      ${file ? html`<p id=${currentId} part="current" class="tk-file-field__current">${s.currentFile(file.name, s.fileSize(file.size))}</p>` : nothing}
      <input
        part="control"
        class="tk-field__control tk-file-field__input"
        type="file"
        ${attrs({
          id: field.id,
          accept: accept.length > 0 ? accept.join(',') : undefined,
          'aria-describedby': this.describedBy(!field.hint && limitsHint !== undefined && `${field.id}-hint`, file !== undefined && currentId),
          'aria-invalid': this.invalid ? 'true' : undefined,
          'aria-required': field.required ? 'true' : undefined,
          disabled: !field.enabled || this.uploading,
        })}
        @change=${(e: Event) => void this.handleChange(e)}
        @click=${(e: Event) => this.guard(e)}
        @keydown=${(e: Event) => this.guard(e)}
      />
      ${file && !field.readonly
        ? html`<button part="button" type="button" class="tk-field__button tk-file-field__remove" ?disabled=${!field.enabled} @click=${() => this.removeFile()}>
            ${s.removeFile(file.name)}
          </button>`
        : nothing}
      <div part="status" class="tk-file-field__status" role="status">${this.status}</div>
    </div>`;
  }
}
