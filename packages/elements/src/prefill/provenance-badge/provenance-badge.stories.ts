// SPDX-License-Identifier: MIT
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect } from 'storybook/test';
import type { Locale, PrefillMode } from '@tokhai/core';
import '../index.js';
import { prefillStrings } from '../strings.js';
import type { TkProvenanceBadge } from './provenance-badge.component.js';

interface BadgeArgs {
  source: string;
  sourceLabel: string;
  mode: PrefillMode;
  modified: boolean;
  locale: Locale;
}

const meta = {
  title: 'Prefill/Provenance badge',
  component: 'tk-provenance-badge',
  args: { source: 'vneid', sourceLabel: 'VNeID', mode: 'locked', modified: false, locale: 'vi' },
  argTypes: {
    source: { control: 'text', description: 'Provider id.' },
    sourceLabel: { control: 'text', description: 'Provider name shown (`source-label`).' },
    mode: { control: 'inline-radio', options: ['locked', 'editable'] },
    modified: { control: 'boolean', description: 'The citizen changed an editable value.' },
    locale: { control: 'inline-radio', options: ['vi', 'en'] },
  },
  render: (args) => {
    const el = document.createElement('tk-provenance-badge');
    Object.assign(el, args);
    return el;
  },
} satisfies Meta<BadgeArgs>;
export default meta;

type Story = StoryObj<BadgeArgs>;

/** The state in words, never by colour or icon alone (WCAG 1.4.1). */
async function expectText(canvasElement: HTMLElement, state: string, words: string): Promise<void> {
  const el = canvasElement.querySelector<TkProvenanceBadge>('tk-provenance-badge')!;
  await el.updateComplete;
  await expect(el.state).toBe(state);
  await expect(el.textContent?.replace(/\s+/g, ' ').trim()).toContain(words);
}

/** A locked value from the e-ID: "Lấy từ VNeID · không sửa được". */
export const Locked: Story = {
  play: ({ canvasElement }) => expectText(canvasElement, 'locked', `${prefillStrings('vi').provenanceFrom('VNeID')} · ${prefillStrings('vi').provenanceLocked}`),
};

/** An editable suggestion from the population database. */
export const Editable: Story = {
  args: { source: 'population', sourceLabel: 'CSDL quốc gia về dân cư', mode: 'editable' },
  play: ({ canvasElement }) => expectText(canvasElement, 'editable', prefillStrings('vi').provenanceEditable),
};

/** An editable value the citizen changed: the submission records it as modified. */
export const Modified: Story = {
  args: { source: 'population', sourceLabel: 'CSDL quốc gia về dân cư', mode: 'editable', modified: true },
  play: ({ canvasElement }) => expectText(canvasElement, 'modified', prefillStrings('vi').provenanceModified),
};

export const English: Story = {
  args: { locale: 'en' },
  play: ({ canvasElement }) => expectText(canvasElement, 'locked', prefillStrings('en').provenanceLocked),
};
