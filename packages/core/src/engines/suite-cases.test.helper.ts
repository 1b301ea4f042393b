// SPDX-License-Identifier: MIT
// Test helper: the JSON Schema Test Suite files copied into packages/core/test-data, loaded through Vite's
// import.meta.glob (core tests may not import node: modules; see .dependency-cruiser.cjs).

declare global {
  interface ImportMeta {
    glob<T>(pattern: string | string[], options: { eager: true; import: 'default'; query?: string }): Record<string, T>;
  }
}

/** One test group of the suite. */
export interface SuiteGroup {
  description: string;
  schema: unknown;
  tests: Array<{ description: string; data: unknown; valid: boolean }>;
}

/** A suite file: its draft, its path under tests/<draft>/, and its groups. */
export interface SuiteFile {
  draft: '2020-12' | 'draft-07';
  file: string;
  groups: SuiteGroup[];
}

// Raw text, parsed here: a JSON module would turn `"__proto__"` keys into prototypes (object-literal semantics),
// while JSON.parse keeps them as own properties, as the suite intends.
const draft7 = import.meta.glob<string>('../../test-data/json-schema-test-suite/tests/draft7/**/*.json', { eager: true, import: 'default', query: '?raw' });
const draft2020 = import.meta.glob<string>('../../test-data/json-schema-test-suite/tests/draft2020-12/**/*.json', { eager: true, import: 'default', query: '?raw' });

const files = (glob: Record<string, string>, draft: SuiteFile['draft'], dir: string): SuiteFile[] =>
  Object.entries(glob)
    .map(([path, text]) => ({ draft, file: path.slice(path.indexOf(dir) + dir.length), groups: JSON.parse(text) as SuiteGroup[] }))
    .sort((a, b) => a.file.localeCompare(b.file));

/** Every suite file of both drafts. */
export const SUITE: SuiteFile[] = [
  ...files(draft7, 'draft-07', 'tests/draft7/'),
  ...files(draft2020, '2020-12', 'tests/draft2020-12/'),
];
