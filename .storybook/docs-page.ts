// SPDX-License-Identifier: MIT
/**
 * The docs page of every component (autodocs), built from the Custom Elements Manifest: title, summary, status,
 * the live component with the story controls, then the element's whole public API (attributes, properties,
 * methods, events, slots, CSS parts, CSS custom properties and custom states) as tables, then every story.
 *
 * Storybook's own CEM tables merge an element's API with the story's controls (so a story arg such as `locale`
 * hides the attribute of the same name, and `cssStates` are not shown at all); rendering the API from the manifest
 * here keeps the two apart and leaves nothing out. One source: `packages/elements/dist/custom-elements.json`.
 */
import { createElement as h, Fragment } from 'react';
import { Controls, Description, Markdown, Primary, Stories, Subtitle, Title, useOf } from '@storybook/addon-docs/blocks';

/** The parts of a CEM class declaration the page reads. */
interface Declaration {
  name: string;
  tagName?: string;
  summary?: string;
  description?: string;
  status?: string;
  since?: string;
  dependencies?: string[];
  attributes?: Array<{ name: string; fieldName?: string; type?: { text: string }; default?: string; description?: string }>;
  members?: Array<{
    kind: 'field' | 'method';
    name: string;
    type?: { text: string };
    default?: string;
    description?: string;
    readonly?: boolean;
    parameters?: Array<{ name: string; type?: { text: string } }>;
    return?: { type?: { text: string } };
    inheritedFrom?: { name: string };
  }>;
  events?: Array<{ name: string; description?: string; type?: { text: string } }>;
  slots?: Array<{ name: string; description?: string }>;
  cssParts?: Array<{ name: string; description?: string }>;
  cssProperties?: Array<{ name: string; description?: string; default?: string }>;
  cssStates?: Array<{ name: string; description?: string }>;
}

interface Manifest {
  modules?: Array<{ declarations?: Declaration[] }>;
}

let manifest: Manifest = {};

/** Gives the page the manifest (preview.ts calls this with the same object it gives Storybook). */
export function useManifest(value: unknown): void {
  manifest = value as Manifest;
}

/** The declaration of a tag, when the manifest has it. */
export function declarationOf(tagName: unknown): Declaration | undefined {
  if (typeof tagName !== 'string') return undefined;
  for (const mod of manifest.modules ?? []) for (const d of mod.declarations ?? []) if (d.tagName === tagName) return d;
  return undefined;
}

/** A Markdown table cell: one line, pipes escaped. */
const cell = (text: string | undefined): string => (text ?? '').replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|').trim();
const code = (text: string | undefined): string => (text ? `\`${cell(text).replace(/`/g, "'")}\`` : '');

/** A Markdown table; a column empty in every row (e.g. no defaults declared) is left out. */
function table(title: string, fullHead: string[], fullRows: string[][]): string {
  if (fullRows.length === 0) return '';
  const keep = fullHead.map((_, i) => fullRows.some((r) => r[i] !== ''));
  const head = fullHead.filter((_, i) => keep[i]);
  const rows = fullRows.map((r) => r.filter((_, i) => keep[i]));
  return [`### ${title}`, '', `| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`), ''].join('\n');
}

/** The API of an element as Markdown tables. */
export function apiMarkdown(d: Declaration): string {
  const attributeOf = new Map((d.attributes ?? []).filter((a) => a.fieldName).map((a) => [a.fieldName!, a.name]));
  const fields = (d.members ?? []).filter((m) => m.kind === 'field');
  const methods = (d.members ?? []).filter((m) => m.kind === 'method');
  const fieldNames = new Set(fields.map((f) => f.name));
  const attributeOnly = (d.attributes ?? []).filter((a) => !a.fieldName || !fieldNames.has(a.fieldName));
  return [
    `## API of \`<${d.tagName}>\``,
    '',
    `From the Custom Elements Manifest (\`@tokhai/elements/custom-elements.json\`), class \`${d.name}\`.`,
    '',
    table(
      'Properties and attributes',
      ['Property (attribute)', 'Type', 'Default', 'Description'],
      fields.map((f) => [
        `${code(f.name)}${attributeOf.has(f.name) ? `<br/>${code(attributeOf.get(f.name))}` : ''}`,
        code(f.type?.text),
        code(f.default),
        cell(`${f.readonly ? '(read-only) ' : ''}${f.description ?? ''}${f.inheritedFrom ? ` _(from ${f.inheritedFrom.name})_` : ''}`),
      ]),
    ),
    table('Attributes without a property', ['Attribute', 'Type', 'Default', 'Description'], attributeOnly.map((a) => [code(a.name), code(a.type?.text), code(a.default), cell(a.description)])),
    table(
      'Methods',
      ['Method', 'Signature', 'Description'],
      methods.map((m) => [
        code(m.name),
        code(`(${(m.parameters ?? []).map((p) => `${p.name}${p.type ? `: ${p.type.text}` : ''}`).join(', ')}) => ${m.return?.type?.text ?? 'void'}`),
        cell(m.description),
      ]),
    ),
    table('Events', ['Event', 'Description'], (d.events ?? []).filter((e) => e.name).map((e) => [code(e.name), cell(e.description)])),
    table('Slots', ['Slot', 'Description'], (d.slots ?? []).map((s) => [code(s.name || '(default)'), cell(s.description)])),
    table('CSS parts', ['Part', 'Description'], (d.cssParts ?? []).map((p) => [code(p.name), cell(p.description)])),
    table('CSS custom properties', ['Property', 'Default', 'Description'], (d.cssProperties ?? []).map((p) => [code(p.name), code(p.default), cell(p.description)])),
    table('Custom states', ['State', 'Description'], (d.cssStates ?? []).map((s) => [code(`:state(${s.name})`), cell(s.description)])),
  ]
    .filter(Boolean)
    .join('\n');
}

/** "stable · since 0.1 · uses `<tk-consent-panel>`": the manifest's custom tags. */
export function metadataMarkdown(d: Declaration): string {
  const bits = [`\`<${d.tagName}>\``];
  if (d.status) bits.push(`status: **${d.status}**`);
  if (d.since) bits.push(`since ${d.since}`);
  if (d.dependencies?.length) bits.push(`uses ${d.dependencies.map((t) => `\`<${t}>\``).join(', ')}`);
  return bits.join(' · ');
}

/** The component description for the Description block (the summary is the page's subtitle). */
export function componentDescription(tagName: unknown): string {
  return declarationOf(tagName)?.description ?? '';
}

/** The autodocs page. */
export function DocsPage() {
  const resolved = useOf('meta') as { preparedMeta?: { component?: unknown; parameters?: { docs?: { subtitle?: string } } } };
  const d = declarationOf(resolved.preparedMeta?.component);
  // A page may give its own subtitle (a catalog form: its description); else the element's summary.
  const subtitle = resolved.preparedMeta?.parameters?.docs?.subtitle ?? d?.summary;
  return h(
    Fragment,
    null,
    h(Title),
    subtitle ? h(Subtitle, null, subtitle) : h(Subtitle),
    d ? h(Markdown, null, metadataMarkdown(d)) : null,
    h(Description),
    h(Primary),
    h(Controls),
    d ? h(Markdown, null, apiMarkdown(d)) : null,
    h(Stories, { includePrimary: false }),
  );
}
