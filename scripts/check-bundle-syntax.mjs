// SPDX-License-Identifier: MIT
// `npm run check:syntax`: the embeddable bundle and its chunks use only syntax Safari 15.4 parses, so iPhones that
// cannot update past iOS 15 still get the form (the packages' own dist/ is ES2022 for bundlers to transpile).
// Safari 15.4 parses ES2022 except class static blocks (16.4); later syntax (the RegExp `v` flag, …) is not ES2022,
// so acorn rejects it here too. A miss names the file, the line and the construct.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'acorn';

const DIST = 'packages/elements/dist';
/** Node types of syntax Safari 15.4 cannot parse, though ES2022 has it. */
const UNSUPPORTED = new Map([['StaticBlock', 'a class static block (Safari 16.4+)']]);

/** Every node of an acorn AST, depth first. */
function* nodes(node) {
  if (!node || typeof node.type !== 'string') return;
  yield node;
  for (const value of Object.values(node)) {
    if (Array.isArray(value)) for (const child of value) yield* nodes(child);
    else if (value && typeof value === 'object' && typeof value.type === 'string') yield* nodes(value);
  }
}

const files = readdirSync(DIST).filter((f) => /^tokhai.*\.js$/.test(f));
if (files.length === 0) throw new Error(`No tokhai*.js in ${DIST}: build first (npm run build).`);
const problems = [];
for (const file of files) {
  const code = readFileSync(join(DIST, file), 'utf8');
  let ast;
  try {
    ast = parse(code, { ecmaVersion: 2022, sourceType: 'module', locations: true });
  } catch (error) {
    problems.push(`${file}: not ES2022 (${error.message})`);
    continue;
  }
  for (const node of nodes(ast)) {
    const what = UNSUPPORTED.get(node.type);
    if (what) problems.push(`${file}:${node.loc.start.line}:${node.loc.start.column + 1}: ${what}`);
  }
}
if (problems.length > 0) {
  console.error(`Syntax Safari 15.4 cannot parse in the bundle:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`${files.length} files of ${DIST} parse in Safari 15.4 (ES2022 without class static blocks).`);
