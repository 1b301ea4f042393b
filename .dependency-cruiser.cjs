// SPDX-License-Identifier: MIT
// The package boundaries of ARCHITECTURE.md ("who may import whom"), enforced in `npm test`.
// Each rule's name says which boundary a failing import crosses.
const pkg = (name) => `^packages/${name}/`;
const dep = (names) => { const n = names.join('|'); return `^(packages/(${n})/|node_modules/@tokhai/(${n})/|@tokhai/(${n})(/|$))`; };
const forbid = (name, from, toNames, comment) => ({ name, comment, severity: 'error', from: { path: from, pathNot: '\\.(test|stories)\\.ts$' }, to: { path: dep(toNames) } });

module.exports = {
  forbidden: [
    forbid('core-is-the-base', pkg('core'), ['prefill', 'elements', 'server', 'cli'], '@tokhai/core must not import prefill, elements, server or cli.'),
    {
      name: 'core-has-no-dom-or-lit',
      comment: '@tokhai/core is isomorphic: no lit, no DOM libraries, no node: built-ins.',
      severity: 'error',
      // Tests run in Node and may read fixtures with node:fs; shipped core code may not.
      from: { path: pkg('core'), pathNot: '\\.test\\.ts$' },
      to: { path: '^(node_modules/(lit|@lit|lit-html|lit-element)/|node:)|^(fs|path|os|http|https|crypto|child_process)$', dependencyTypesNot: ['type-only'] },
    },
    forbid('vn-data-stands-alone', pkg('vn-data'), ['core', 'prefill', 'elements', 'server', 'cli'], '@tokhai/vn-data imports nothing of tokhai.'),
    forbid('prefill-below-ui-and-server', pkg('prefill'), ['elements', 'server', 'cli'], '@tokhai/prefill must not import elements, server or cli.'),
    {
      name: 'prefill-has-no-dom-or-lit',
      comment: '@tokhai/prefill runs in browsers and Node: no lit and no node: built-ins outside tests.',
      severity: 'error',
      from: { path: pkg('prefill'), pathNot: '\\.test\\.ts$' },
      to: { path: '^(node_modules/(lit|@lit|lit-html|lit-element)/|node:)|^(fs|path|os|http|https|child_process)$' },
    },
    forbid('elements-not-server-or-cli', pkg('elements'), ['server', 'cli'], '@tokhai/elements must not import server or cli.'),
    {
      name: 'elements-no-node-builtins',
      comment: '@tokhai/elements runs in browsers only: no node: modules.',
      severity: 'error',
      from: { path: pkg('elements'), pathNot: '\\.test\\.ts$' },
      to: { dependencyTypes: ['core'] },
    },
    forbid('server-has-no-ui', pkg('server'), ['elements', 'cli'], '@tokhai/server must not import elements or cli.'),
    {
      name: 'server-has-no-lit',
      comment: '@tokhai/server must not import lit.',
      severity: 'error',
      from: { path: pkg('server') },
      to: { path: '^node_modules/(lit|@lit|lit-html|lit-element)/' },
    },
    forbid('cli-not-ui-or-server', pkg('cli'), ['elements', 'server'], '@tokhai/cli must not import elements or server.'),
    {
      name: 'public-entry-points-only',
      comment: 'Packages, examples and stories use other packages through their public entry points, never src/ internals.',
      severity: 'error',
      from: { path: '^(packages/([^/]+)|examples|bench|\\.storybook)/' },
      to: { path: '^packages/([^/]+)/src/', pathNot: '^packages/$2/src/' },
    },
    {
      name: 'no-circular',
      severity: 'error',
      comment:
        'Import cycles make initialisation order fragile. A cycle through a dynamic import is not one: a lazily ' +
        'loaded part (a chunk) may import helpers of the module that loads it, which has finished initialising.',
      from: { path: '^packages/' },
      to: { circular: true, dependencyTypesNot: ['type-only'], viaOnly: { dependencyTypesNot: ['dynamic-import', 'type-only'] } },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(dist|node_modules|storybook-static)/' },
    tsConfig: { fileName: 'tsconfig.base.json' },
    tsPreCompilationDeps: true,
    combinedDependencies: true,
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'types', 'default'], mainFields: ['module', 'main', 'types'] },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
