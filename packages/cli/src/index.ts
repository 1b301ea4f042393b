// SPDX-License-Identifier: MIT
/**
 * @packageDocumentation
 * `@tokhai/cli`: the catalog tooling behind the `tokhai` command, as functions.
 *
 * ```ts
 * import { validateCatalog, buildCatalog, generateTypes, diffDefinitions, formatProblem } from '@tokhai/cli';
 *
 * const report = await validateCatalog(['forms']);           // compile, bundles, fixtures × 2 engines
 * report.problems.forEach((p) => console.log(formatProblem(p)));  // forms/x/fixtures/invalid/a.json#/errors  …
 * if (report.ok) await buildCatalog(['forms'], { out: 'forms/dist' });
 * await generateTypes(['forms'], { out: 'forms/dist/types' });
 * const d = diffDefinitions(oldDefinition, newDefinition);    // d.implied: 'major' | 'minor' | 'patch' | 'none'
 * if (!d.honest) throw new Error(`use version ${d.suggestedVersion}`);
 * ```
 */
export { validateCatalog, formatSummary } from './commands/validate.js';
export type { ValidateOptions, ValidateReport, ValidateSummary } from './commands/validate.js';
export { buildCatalog, bundleValidator, unsafeConstructs } from './commands/build.js';
export type { BuildOptions, BuildResult, CatalogEntry } from './commands/build.js';
export { generateTypes, dataTypeName, schemaToTypeScript } from './commands/types.js';
export type { GenerateTypesOptions, GenerateTypesResult, GeneratedType, SchemaToTypeScriptOptions } from './commands/types.js';
export { diffDefinitions } from './commands/diff.js';
export type { ChangeKind, ChangeLevel, DefinitionChange, DiffResult } from './commands/diff.js';
export { formatProblem } from './internal/problem.js';
export type { Problem, Severity } from './internal/problem.js';
export { checkPattern } from './internal/pattern-checker.js';
export type { PatternVerdict } from './internal/pattern-checker.js';
export { runCli } from './cli.js';
export type { CliIO } from './cli.js';
