// SPDX-License-Identifier: MIT
/**
 * Browser-test helpers for the prefill components (imported by their `*.test.ts` only, never by the library).
 * @internal
 */
import axe from 'axe-core';
import type { ConsentRequest } from '@tokhai/prefill';

const mounted = new Set<HTMLElement>();

/** Appends `el` (and optional siblings) to the document, waits for its first render, and remembers it for cleanup. */
export async function mountIn<T extends HTMLElement & { updateComplete: Promise<unknown> }>(
  el: T,
  options: { before?: HTMLElement; after?: HTMLElement; shadow?: boolean } = {},
): Promise<{ el: T; root: Document | ShadowRoot; host: HTMLElement }> {
  const host = document.createElement('div');
  document.body.append(host);
  mounted.add(host);
  const root = options.shadow ? host.attachShadow({ mode: 'open' }) : host;
  if (options.before) root.append(options.before);
  root.append(el);
  if (options.after) root.append(options.after);
  await el.updateComplete;
  return { el, root: options.shadow ? (root as ShadowRoot) : document, host };
}

/** Removes everything mounted by `mountIn`. */
export function cleanupMounted(): void {
  for (const host of mounted) host.remove();
  mounted.clear();
}

/** WCAG 2.1 A/AA violations of any impact (rule id and targets). */
export async function wcagViolations(context: Element): Promise<Array<{ id: string; impact: string | null | undefined; nodes: string[] }>> {
  const result = await axe.run(context, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] });
  return result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => JSON.stringify(n.target)) }));
}

/** Consent requests as `planPrefill` returns them for a residence form (invented people). */
export const REQUESTS: ConsentRequest[] = [
  {
    source: 'vneid',
    label: { vi: 'VNeID', en: 'VNeID' },
    purpose: { vi: 'Điền sẵn thông tin nhân thân của bạn.', en: 'Fill in your identity details.' },
    claims: ['/name', '/vn_pid'],
    fields: [
      { formId: 'f', pointer: '/requester/fullName', claim: '/name', label: { vi: 'Họ, chữ đệm và tên', en: 'Full name' }, mode: 'locked', sensitive: false, aboutOthers: false },
      { formId: 'f', pointer: '/requester/pid', claim: '/vn_pid', label: { vi: 'Số định danh cá nhân', en: 'Personal ID number' }, mode: 'locked', sensitive: false, aboutOthers: false },
    ],
    sensitive: false,
    sensitiveClaims: [],
    aboutOthers: false,
    forms: ['f'],
  },
  {
    source: 'population',
    label: { vi: 'Cơ sở dữ liệu quốc gia về dân cư', en: 'National population database' },
    purpose: { vi: 'Điền sẵn nơi cư trú và dân tộc.', en: 'Fill in your residence and ethnicity.' },
    claims: ['/ethnicity', '/permanentResidence', '/father/fullName'],
    fields: [
      { formId: 'f', pointer: '/requester/ethnicity', claim: '/ethnicity', label: { vi: 'Dân tộc', en: 'Ethnicity' }, mode: 'editable', sensitive: true, aboutOthers: false },
      { formId: 'f', pointer: '/requester/residence', claim: '/permanentResidence', label: { vi: 'Nơi thường trú', en: 'Permanent residence' }, mode: 'locked', sensitive: false, aboutOthers: false },
      { formId: 'f', pointer: '/father/fullName', claim: '/father/fullName', label: { vi: 'Họ tên cha', en: "Father's name" }, mode: 'editable', sensitive: false, aboutOthers: true },
    ],
    sensitive: true,
    sensitiveClaims: ['/ethnicity'],
    aboutOthers: true,
    forms: ['f'],
  },
];
