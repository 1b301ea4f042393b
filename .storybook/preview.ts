// SPDX-License-Identifier: MIT
// Registers every element, loads the Custom Elements Manifest (the API tables of the docs pages), and adds the
// locale and theme toolbars. Accessibility: the a11y addon runs axe (WCAG 2.1 A/AA rules) after every story, in the
// Storybook UI and in the story tests of `npm test`, where `a11y.test: 'error'` makes any violation fail the test.
import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import manifest from '../packages/elements/dist/custom-elements.json' with { type: 'json' };
import '../packages/elements/src/bundle.js';
import { DocsPage, componentDescription, useManifest } from './docs-page.js';

setCustomElementsManifest(manifest);
useManifest(manifest);

/** Portal-like themes: the default government theme and two restyled ones, to show nothing is forked. */
const THEMES: Record<string, Record<string, string>> = {
  default: {},
  'high-contrast': { '--tk-color-primary': '#000', '--tk-color-link': '#000', '--tk-color-text': '#000', '--tk-color-focus': '#ff0' },
  province: {
    '--tk-color-primary': '#8a1538',
    '--tk-color-primary-hover': '#6b0f2b',
    '--tk-color-link': '#8a1538',
    '--tk-font-family': 'Georgia, serif',
    '--tk-radius': '6px',
  },
};

const THEME_PROPERTIES = new Set(Object.values(THEMES).flatMap((t) => Object.keys(t)));

const preview: Preview = {
  globalTypes: {
    locale: {
      description: 'Form locale (stories that set their own locale keep it)',
      toolbar: { title: 'Locale', icon: 'globe', items: [{ value: 'vi', title: 'Tiếng Việt' }, { value: 'en', title: 'English' }], dynamicTitle: true },
    },
    theme: {
      description: 'Portal theme (CSS custom properties)',
      toolbar: { title: 'Theme', icon: 'paintbrush', items: Object.keys(THEMES), dynamicTitle: true },
    },
  },
  initialGlobals: { locale: 'vi', theme: 'default' },
  decorators: [
    (story, context) => {
      const result = story();
      // The theme is inherited custom properties on the story root, exactly as a portal would set them.
      const root = context.canvasElement as HTMLElement | undefined;
      if (root) {
        const theme = THEMES[String(context.globals.theme)] ?? {};
        for (const k of THEME_PROPERTIES) root.style.removeProperty(k);
        for (const [k, v] of Object.entries(theme)) root.style.setProperty(k, v);
      }
      // The toolbar locale applies to stories that do not choose one themselves.
      if (result instanceof HTMLElement && context.args.locale === undefined) {
        const locale = String(context.globals.locale ?? 'vi');
        const forms = result.localName === 'tk-form' ? [result] : [...result.querySelectorAll('tk-form')];
        for (const f of forms) f.setAttribute('locale', locale);
      }
      return result;
    },
  ],
  parameters: {
    a11y: { test: 'error', options: { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } },
    controls: { expanded: true, sort: 'requiredFirst' },
    docs: {
      toc: true,
      page: DocsPage,
      // The API tables come from the manifest (docs-page.ts); the controls are only the story's own args.
      extractArgTypes: () => null,
      extractComponentDescription: componentDescription,
    },
    options: { storySort: { order: ['Introduction', 'Forms', 'Form', 'Widgets', 'Prefill'] } },
  },
  tags: ['autodocs'],
};

export default preview;
