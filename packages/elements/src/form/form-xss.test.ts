import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { FormDefinition } from '@tokhai/core';
import { button, cleanup, control, mount, record, root, settle } from './fixtures.test-helpers.js';
import { draftKey } from '../drafts/draft-store.js';

declare global {
   
  var __tkXss: number | undefined;
}

/** Payloads that would run script if any text reached the HTML parser or a URL sink. */
const P = [
  '<img src=x onerror="globalThis.__tkXss=1">',
  '<script>globalThis.__tkXss=2</script>',
  '<svg onload="globalThis.__tkXss=3"></svg>',
  '[link](javascript:globalThis.__tkXss=4)',
  '"><iframe srcdoc="<script>parent.__tkXss=5</script>">',
].join(' ');

const evil: FormDefinition = {
  id: 'vn.test.xss',
  version: '2.0.0',
  title: { vi: `Tiêu đề ${P}`, en: `Title ${P}` },
  description: { vi: `Mô tả ${P}`, en: `Description ${P}` },
  schema: {
    type: 'object',
    required: ['name', 'other'],
    properties: {
      name: { type: 'string', title: `Schema title ${P}`, description: `Schema description ${P}`, minLength: 50 },
      other: { type: 'string', format: 'email' },
      people: { type: 'array', items: { type: 'object', properties: { who: { type: 'string', title: `Item ${P}` } } } },
    },
  },
  ui: {
    type: 'Categorization',
    elements: [
      {
        type: 'Category',
        label: `Category ${P}`,
        elements: [
          { type: 'Label', text: `Label ${P}` },
          {
            type: 'Group',
            label: `Group ${P}`,
            elements: [
              { type: 'Control', scope: '#/properties/name', options: { placeholder: `Placeholder ${P}` } },
              { type: 'Control', scope: '#/properties/other', label: `Control label ${P}` },
              { type: 'Control', scope: '#/properties/people' },
            ],
          },
        ],
      },
    ],
  },
  i18n: { vi: { 'name.label': `i18n label ${P}`, 'name.description': `i18n hint ${P}` } },
  messages: { '/name': { minLength: `Message ${P}` } },
};

/** Everything that would execute or load active content. */
function dangerous(scope: ParentNode): Element[] {
  return [
    ...scope.querySelectorAll('script, img, svg, iframe, object, embed, [onerror], [onload], [onclick], [srcdoc]'),
    ...[...scope.querySelectorAll('a[href]')].filter((a) => !/^https?:/.test((a as HTMLAnchorElement).href)),
  ];
}

afterEach(cleanup);

describe('definition and data strings are text, never markup', () => {
  it('renders payloads in every text slot and in the data without running or creating anything', async () => {
    globalThis.__tkXss = undefined;
    sessionStorage.setItem(
      draftKey('vn.test.xss', '1.0.0'),
      JSON.stringify({ formId: 'vn.test.xss', version: '1.0.0', savedAt: new Date().toISOString(), data: { gone: P }, labels: { '/gone': `Old ${P}` } }),
    );
    const el = await mount({ form: evil, data: { name: P, people: [{ who: P }] } }, { draft: 'session' });
    const invalids = record(el, 'tk-invalid');
    // Draft banner with a not-carried payload, the form, then errors, then the review.
    expect(root(el).textContent).toContain('Old <img src=x onerror=');
    await userEvent.click(button(el, 'Khôi phục bản nháp'));
    await settle(el);
    await userEvent.type(control(el, /Control label/), '<img src=x onerror=globalThis.__tkXss=6>');
    await userEvent.type(control(el, /i18n label/), '<b>x</b>');
    await userEvent.click(button(el, 'Tiếp tục'));
    await settle(el);
    expect(invalids).toHaveLength(1);
    expect(root(el).querySelector('[part="error-summary"]')?.textContent).toContain('Message <img');
    el.data = { name: P + 'x'.repeat(60), other: 'a@b.vn', people: [{ who: P }] };
    await settle(el);
    await userEvent.click(button(el, 'Tiếp tục'));
    await settle(el);
    expect(root(el).querySelector('[part="review"]')?.textContent).toContain('<script>');
    el.locale = 'en';
    await settle(el);
    await new Promise((r) => setTimeout(r, 200));

    expect(globalThis.__tkXss).toBeUndefined();
    expect(dangerous(root(el))).toEqual([]);
    expect(dangerous(document.body)).toEqual([]);
    expect(root(el).textContent).toContain('<iframe srcdoc=');
  });
});
