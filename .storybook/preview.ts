// SPDX-License-Identifier: MIT
// Loads the Custom Elements Manifest (API tables on docs pages), registers every element, and adds the locale and
// theme toolbars. Accessibility checks run in every story test and fail it on violations (a11y.test: 'error').
import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import manifest from '../packages/elements/dist/custom-elements.json';
import '../packages/elements/src/bundle.js';

setCustomElementsManifest(manifest);

/** Portal-like themes: the default government theme and a restyled one, to show nothing is forked. */
const THEMES: Record<string, Record<string, string>> = {
  default: {},
  'high-contrast': { '--tk-color-primary': '#000', '--tk-color-link': '#000', '--tk-color-text': '#000', '--tk-color-focus': '#ff0' },
  province: { '--tk-color-primary': '#8a1538', '--tk-color-primary-hover': '#6b0f2b', '--tk-color-link': '#8a1538', '--tk-font-family': 'Georgia, serif', '--tk-radius': '6px' },
};

const THEME_PROPERTIES = new Set(Object.values(THEMES).flatMap((t) => Object.keys(t)));

const preview: Preview = {
  globalTypes: {
    locale: {
      description: 'Form locale',
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
      queueMicrotask(() => {
        const root = document.querySelector<HTMLElement>('#storybook-root, #root-inner') ?? document.body;
        const theme = THEMES[String(context.globals.theme)] ?? {};
        for (const k of THEME_PROPERTIES) root.style.removeProperty(k);
        for (const [k, v] of Object.entries(theme)) root.style.setProperty(k, v);
        if (!context.args.locale) for (const f of root.querySelectorAll('tk-form')) f.setAttribute('locale', String(context.globals.locale));
      });
      return result;
    },
  ],
  parameters: {
    a11y: { test: 'error', options: { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } },
    controls: { expanded: true },
    docs: { toc: true },
  },
  tags: ['autodocs'],
};

export default preview;
