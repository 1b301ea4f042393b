// SPDX-License-Identifier: MIT
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import './file-field.js';
import { fileMatches, type TkFileField } from './file-field.component.js';
import type { TkUploadEvent, UploadResult } from './upload-event.js';
import { byId, cleanup, last, makeField, mount, seriousViolations, waitFor } from '../shared/test-utils.js';
import { runWidgetBaseTests } from '../shared/widget-base-tests.js';

const attachment = {
  pointer: '/attachment',
  schema: { type: 'object' as const, 'x-file': { accept: ['application/pdf', 'image/jpeg', '.png'], maxSize: 1024 * 1024 } },
  label: 'Bản sao giấy chứng sinh',
};
const input = (root: ShadowRoot) => root.querySelector<HTMLInputElement>('input[type=file]')!;
const pdf = (bytes = 2048, name = 'giay-chung-sinh.pdf') => new File([new Uint8Array(bytes)], name, { type: 'application/pdf' });

describe('fileMatches', () => {
  it('matches extensions, exact MIME types and type/* wildcards', () => {
    expect(fileMatches({ name: 'a.PDF', type: '' }, ['.pdf'])).toBe(true);
    expect(fileMatches({ name: 'a.jpg', type: 'image/jpeg' }, ['image/*'])).toBe(true);
    expect(fileMatches({ name: 'a.doc', type: 'application/msword' }, ['application/pdf', '.png'])).toBe(false);
    expect(fileMatches({ name: 'a.doc', type: '' }, [])).toBe(true);
  });
});

describe('<tk-file-field>', () => {
  afterEach(cleanup);

  it('says which formats and size are accepted, and passes them to the native input', async () => {
    const m = await mount<TkFileField>('tk-file-field', makeField(attachment));
    expect(input(m.root).accept).toBe('application/pdf,image/jpeg,.png');
    expect(byId(m.root, `${m.el.field!.id}-hint`).textContent).toContain('Định dạng: PDF, JPEG, PNG. Dung lượng tối đa 1 MB.');
    expect(input(m.root).getAttribute('aria-describedby')).toContain(`${m.el.field!.id}-hint`);
  });

  it('ignores x-file accept entries that are not texts instead of failing to render', async () => {
    const hostile = { ...attachment, schema: { type: 'object' as const, 'x-file': { accept: ['.pdf', 3, null, { a: 1 }] as string[] } } };
    const m = await mount<TkFileField>('tk-file-field', makeField(hostile));
    expect(input(m.root).accept).toBe('.pdf');
    expect(byId(m.root, `${m.el.field!.id}-hint`).textContent).toContain('PDF');
  });

  it('stores name, type and size when no upload hook answers', async () => {
    const m = await mount<TkFileField>('tk-file-field', makeField(attachment));
    await userEvent.upload(input(m.root), pdf());
    await waitFor(() => expect(m.events.input).toHaveLength(1));
    expect(last(m.events.input)).toEqual({ name: 'giay-chung-sinh.pdf', type: 'application/pdf', size: 2048 });
    expect(last(m.events.commit)).toEqual({ name: 'giay-chung-sinh.pdf', type: 'application/pdf', size: 2048 });
    expect(byId(m.root, `${m.el.field!.id}-current`).textContent).toContain('giay-chung-sinh.pdf (2 KB)');
  });

  it('hands the File to the tk-upload hook and stores the reference it resolves to', async () => {
    const m = await mount<TkFileField>('tk-file-field', makeField(attachment));
    let release!: (r: UploadResult) => void;
    const seen: File[] = [];
    m.host.addEventListener('tk-upload', (e: TkUploadEvent) => {
      seen.push(e.detail.file);
      e.detail.respondWith(new Promise((resolve) => (release = resolve)));
    });
    await userEvent.upload(input(m.root), pdf());
    await waitFor(() => expect(seen).toHaveLength(1));
    expect(seen[0].name).toBe('giay-chung-sinh.pdf');
    await m.el.updateComplete;
    expect(m.root.querySelector('[role=status]')!.textContent).toContain('Đang tải lên giay-chung-sinh.pdf');
    expect(m.events.input).toEqual([]);
    release({ ref: 'att-42' });
    await waitFor(() => expect(last(m.events.input)).toEqual({ name: 'giay-chung-sinh.pdf', type: 'application/pdf', size: 2048, ref: 'att-42' }));
    await m.el.updateComplete;
    expect(m.root.querySelector('[role=status]')!.textContent).toContain('Đã tải lên');
  });

  it('reports a failed upload and keeps the previous value', async () => {
    const m = await mount<TkFileField>('tk-file-field', makeField(attachment));
    m.host.addEventListener('tk-upload', (e: TkUploadEvent) => e.detail.respondWith(Promise.reject(new Error('503'))));
    await userEvent.upload(input(m.root), pdf());
    await waitFor(() => expect(m.root.querySelector('[part=error]')?.textContent).toContain('Không tải lên được giay-chung-sinh.pdf'));
    expect(m.events.input).toEqual([]);
    expect(input(m.root).getAttribute('aria-invalid')).toBe('true');
  });

  it('refuses a file that is too large before any upload, with an error linked to the input', async () => {
    const m = await mount<TkFileField>('tk-file-field', makeField(attachment));
    let uploads = 0;
    m.host.addEventListener('tk-upload', () => uploads++);
    await userEvent.upload(input(m.root), pdf(2 * 1024 * 1024));
    await waitFor(() => expect(m.root.querySelector('[part=error]')?.textContent).toContain('Tệp phải nhỏ hơn 1 MB'));
    expect(uploads).toBe(0);
    expect(m.events.input).toEqual([]);
    expect(input(m.root).getAttribute('aria-describedby')).toContain(`${m.el.field!.id}-error`);
    expect(await seriousViolations(m.host)).toEqual([]);
  });

  it('refuses a file of another format', async () => {
    const m = await mount<TkFileField>('tk-file-field', makeField(attachment));
    await userEvent.upload(input(m.root), new File(['x'], 'don.docx', { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' }));
    await waitFor(() => expect(m.root.querySelector('[part=error]')?.textContent).toContain('Tệp phải có định dạng PDF, JPEG, PNG'));
  });

  it('removes the attached file and returns focus to the file input', async () => {
    const m = await mount<TkFileField>('tk-file-field', makeField({ ...attachment, value: { name: 'anh.png', type: 'image/png', size: 5000 } }));
    await userEvent.click([...m.root.querySelectorAll('button')].find((b) => b.textContent.includes('Xóa tệp anh.png'))!);
    expect(last(m.events.input)).toBeUndefined();
    expect(last(m.events.commit)).toBeUndefined();
    await m.el.updateComplete;
    expect(m.root.activeElement).toBe(input(m.root));
    expect(m.root.querySelector('[part=current]')).toBeNull();
  });

  it('lets the portal refuse a file by cancelling tk-upload', async () => {
    const m = await mount<TkFileField>('tk-file-field', makeField(attachment));
    m.host.addEventListener('tk-upload', (e) => e.preventDefault());
    await userEvent.upload(input(m.root), pdf());
    await new Promise((r) => setTimeout(r, 50));
    expect(m.events.input).toEqual([]);
  });
});

runWidgetBaseTests<TkFileField>({
  tag: 'tk-file-field',
  field: attachment,
  edit: async (m) => {
    await userEvent.upload(input(m.root), pdf(10, 'a.pdf'));
    await waitFor(() => expect(m.events.input.length).toBeGreaterThan(0));
    return { name: 'a.pdf', type: 'application/pdf', size: 10 };
  },
});
