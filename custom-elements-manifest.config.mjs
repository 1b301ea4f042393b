// SPDX-License-Identifier: MIT
// Custom Elements Manifest for @tokhai/elements, read from the component classes (*.component.ts) and published as
// dist/custom-elements.json; Storybook's docs pages read the same file (one source for the API docs).
//
// Four small plugins, in the shape of Shoelace's custom-elements-manifest.config.js:
// - tag names: tokhai registers tags in a sibling `<name>.ts` (`define('tk-x', TkX)`), not with a decorator, so the
//   analyzer cannot see them; the plugin reads that call (falling back to `tk-<file name>`);
// - custom tags: `@status`, `@since`, `@dependency` (and `@summary` when the analyzer left it out) become fields;
// - public API only: private and protected members, statics and `@internal` members are dropped, so the docs and
//   IDE integrations list what a portal may use;
// - named events: an event dispatched as `new TkXEvent(…)` gets its name from its `@fires` tag (see namedEvents).
// The abstract base classes are analyzed too (not as elements): without them, inherited members such as a widget's
// `field` (the FieldModel contract) and a prefill component's `locale` would be missing from every element.
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

const COMPONENT = /\.component\.ts$/;

/** The tag a `*.component.ts` class is registered under, read from the sibling define module. */
function tagNameOf(componentPath, className) {
  const definePath = join(dirname(componentPath), `${basename(componentPath, '.component.ts')}.ts`);
  if (existsSync(definePath)) {
    const source = readFileSync(definePath, 'utf8');
    const match = new RegExp(`define\\(\\s*['"]([a-z][a-z0-9]*-[a-z0-9-]+)['"]\\s*,\\s*${className}\\s*\\)`).exec(source);
    if (match) return match[1];
  }
  return `tk-${basename(componentPath, '.component.ts')}`;
}

/** The class declaration of the manifest module for a TypeScript class node. */
function classDocOf(ts, node, moduleDoc) {
  if (node.kind !== ts.SyntaxKind.ClassDeclaration || !node.name) return undefined;
  const name = node.name.getText();
  return moduleDoc?.declarations?.find((d) => d.kind === 'class' && d.name === name);
}

/** The text of a JSDoc tag comment (TypeScript gives a string or a list of parts). */
function commentText(comment) {
  if (comment === undefined) return '';
  if (typeof comment === 'string') return comment.trim();
  return comment.map((part) => part.text ?? '').join('').trim();
}

/** Infers `tagName` and `customElement` for every class in a `*.component.ts` file. */
const inferTagNames = {
  name: 'tokhai-infer-tag-names',
  analyzePhase({ ts, node, moduleDoc }) {
    const classDoc = classDocOf(ts, node, moduleDoc);
    if (!classDoc || !COMPONENT.test(moduleDoc.path)) return;
    classDoc.tagName = tagNameOf(moduleDoc.path, classDoc.name);
    classDoc.customElement = true;
  },
};

/** `@status stable`, `@since 0.1`, `@dependency tk-x` (repeatable), `@summary …` → fields of the class declaration. */
const customTags = {
  name: 'tokhai-custom-tags',
  analyzePhase({ ts, node, moduleDoc }) {
    const classDoc = classDocOf(ts, node, moduleDoc);
    if (!classDoc) return;
    for (const jsDoc of node.jsDoc ?? []) {
      for (const tag of jsDoc.tags ?? []) {
        const name = tag.tagName.getText();
        const text = commentText(tag.comment);
        if (name === 'status' || name === 'since') classDoc[name] = text.split(/\s+/)[0];
        else if (name === 'dependency') (classDoc.dependencies ??= []).push(text.split(/\s+/)[0]);
        else if (name === 'summary' && !classDoc.summary) classDoc.summary = text.replace(/\s*\n\s*/g, ' ');
      }
    }
  },
};

const HIDDEN_PRIVACY = new Set(['private', 'protected']);

/** Drops what is not public API: private/protected and static members, and members marked `@internal`. */
const publicApiOnly = {
  name: 'tokhai-public-api-only',
  analyzePhase({ ts, node, moduleDoc }) {
    const classDoc = classDocOf(ts, node, moduleDoc);
    if (!classDoc) return;
    const internal = new Set();
    for (const member of node.members ?? []) {
      const tags = (member.jsDoc ?? []).flatMap((d) => d.tags ?? []);
      if (member.name && tags.some((t) => t.tagName.getText() === 'internal')) internal.add(member.name.getText());
    }
    (classDoc.internalMembers ??= []).push(...internal);
  },
  packageLinkPhase({ customElementsManifest }) {
    for (const mod of customElementsManifest.modules ?? []) {
      for (const decl of mod.declarations ?? []) {
        if (decl.kind !== 'class') continue;
        const internal = new Set(decl.internalMembers ?? []);
        delete decl.internalMembers;
        if (decl.members) {
          decl.members = decl.members.filter(
            (m) => !HIDDEN_PRIVACY.has(m.privacy) && !m.static && !internal.has(m.name) && !m.name.startsWith('#'),
          );
        }
        if (decl.attributes) decl.attributes = decl.attributes.filter((a) => !internal.has(a.fieldName));
      }
    }
  },
};

/** `TkFieldInputEvent` → `tk-field-input`: the name tokhai's event classes are dispatched under. */
const eventNameOfClass = (className) =>
  className
    .replace(/Event$/, '')
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .toLowerCase();

/** `tk-field-commit` → `TkFieldCommitEvent`, when `packages/elements/src/events/tk-field-commit.ts` exports it. */
function eventClassOf(name) {
  const className = name.replace(/(^|-)([a-z])/g, (_, _dash, c) => c.toUpperCase()) + 'Event';
  const file = join('packages', 'elements', 'src', 'events', `${name}.ts`);
  return existsSync(file) && readFileSync(file, 'utf8').includes(`export class ${className} `) ? className : undefined;
}

/**
 * Names the events the analyzer found as `dispatchEvent(new TkXEvent(…))`: it records their class but no name, next
 * to the named entry the class's `@fires tk-x` tag gives. The class becomes the named entry's type and the nameless
 * duplicate goes, so every event in the manifest (and in Storybook's docs) has its name and, for tokhai's own event
 * classes, its type. A
 * dispatched event no `@fires` tag documents fails the build: an undocumented event is an API nobody can find.
 */
const namedEvents = {
  name: 'tokhai-named-events',
  packageLinkPhase({ customElementsManifest }) {
    for (const mod of customElementsManifest.modules ?? []) {
      for (const decl of mod.declarations ?? []) {
        if (decl.kind !== 'class' || !decl.events) continue;
        const named = decl.events.filter((e) => e.name);
        for (const event of decl.events.filter((e) => !e.name)) {
          const type = event.type?.text ?? '';
          const target = named.find((e) => e.name === eventNameOfClass(type));
          if (!target) throw new Error(`${decl.name} (${mod.path}) dispatches ${type || 'an event'} that no @fires tag documents`);
          target.type ??= event.type;
        }
        // A widget's own `@event` text and the base class's for the same event: the widget's, which comes first.
        decl.events = named.filter((e, i) => named.findIndex((o) => o.name === e.name) === i);
        // Events dispatched where the analyzer cannot see the class (`emitCommit`): typed by the events folder.
        for (const event of decl.events) {
          const className = event.type ? undefined : eventClassOf(event.name);
          if (className) event.type = { text: className };
        }
      }
    }
  },
};

export default {
  globs: [
    'packages/elements/src/**/*.component.ts',
    'packages/elements/src/widgets/shared/field-element.ts',
    'packages/elements/src/widgets/shared/dom-field-element.ts',
    'packages/elements/src/widgets/shared/masked-field.ts',
    'packages/elements/src/prefill/prefill-element.ts',
  ],
  exclude: ['**/*.test.ts', '**/*.stories.ts'],
  outdir: 'packages/elements/dist',
  litelement: true,
  dependencies: false,
  packagejson: false,
  plugins: [inferTagNames, customTags, publicApiOnly, namedEvents],
};
