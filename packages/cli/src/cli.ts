// SPDX-License-Identifier: MIT
/**
 * The `tokhai` command line: argument parsing and printing around the programmatic API. `bin.ts` calls
 * `runCli(process.argv.slice(2))`; tests call it with their own output streams.
 */
import { parseArgs } from 'node:util';
import { LOCALES, type FormDefinition, type Locale } from '@tokhai/core';
import { buildCatalog } from './commands/build.js';
import { diffDefinitions, type DiffResult } from './commands/diff.js';
import { generateTypes } from './commands/types.js';
import { formatSummary, validateCatalog } from './commands/validate.js';
import { describeSystemError, displayPath, readJsonFile } from './internal/files.js';
import { formatProblem, type Problem } from './internal/problem.js';

/** Where the CLI writes. */
export interface CliIO {
  out(line: string): void;
  err(line: string): void;
}

const defaultIO: CliIO = {
  out: (line) => process.stdout.write(line + '\n'),
  err: (line) => process.stderr.write(line + '\n'),
};

const USAGE = `Usage: tokhai <command> [options]

Commands:
  validate <dir|file…>          compile every *.form.json (strict pattern check), check bundles and fixtures
                                with both schema engines; exit 1 on any error
      --no-fixtures             skip fixtures
      --json                    print { ok, summary, problems } as JSON (problems carry file and pointer)
      --locale vi|en            the language of the messages core writes in both (format mistakes and
                                authoring warnings such as unknown-source); default en
      --source <id>             a citizen data provider the portal registers itself (repeatable): prefill
                                bindings may name it without an unknown-source warning
      --widget-format <value>   an options.format a widget the portal registers reads (repeatable)
      --widget-mask <value>     an options.mask a widget the portal registers reads (repeatable)
  types <dir> [--out <dir>]     one TypeScript type per form (default out: <dir>/dist/types); refuses a catalog
                                that validate --no-fixtures refuses, and then leaves the output as it was
  build <dir> [--out <dir>]     definitions, bundled precompiled validators, catalog.json (default out: <dir>/dist);
                                each validator is imported and checked against ajv on the form's fixtures
      --no-minify               keep the validators readable
  diff <old.form.json> <new.form.json>
                                breaking vs compatible changes and the semver bump they imply;
                                exit 1 when the new version understates them
      --json                    print the result as JSON

Problems print as  file#/json/pointer  message [code]`;

type Command = (args: string[], io: CliIO) => Promise<number>;

/** Runs one `tokhai` invocation and returns its exit code: 0 ok, 1 problems found, 2 usage error. */
export async function runCli(argv: readonly string[], io: CliIO = defaultIO): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.out(USAGE);
    return name === undefined ? 2 : 0;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.err(`tokhai: unknown command ${JSON.stringify(name)}\n\n${USAGE}`);
    return 2;
  }
  // `tokhai validate --help` is how people look up a command's options: answer it, not "Unknown option".
  // After `--`, `--help` is a positional (a file of that name) and is left to the command.
  const end = args.indexOf('--');
  if ((end === -1 ? args : args.slice(0, end)).some((a) => a === '--help' || a === '-h')) {
    io.out(USAGE);
    return 0;
  }
  try {
    return await command(args, io);
  } catch (e) {
    const error = e as Error & { code?: string; syscall?: string; path?: string };
    // Bad arguments and paths that cannot be read are the user's to fix: say what, not where in our code.
    if (error.code?.startsWith('ERR_PARSE_ARGS') || error.code === 'USAGE') {
      io.err(`tokhai ${name}: ${error.message}`);
      return 2;
    }
    if (error.syscall !== undefined && error.code !== undefined) {
      io.err(`tokhai ${name}: ${error.path === undefined ? '' : `${displayPath(error.path)}: `}${describeSystemError(error)}`);
      return 2;
    }
    throw e;
  }
}

const isLocale = (value: string): value is Locale => (LOCALES as readonly string[]).includes(value);

const usageError = (message: string) => Object.assign(new Error(message), { code: 'USAGE' });

const printProblems = (problems: readonly Problem[], io: CliIO) => problems.forEach((p) => io.out(formatProblem(p)));

const COMMANDS: Record<string, Command> = {
  async validate(args, io) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        'no-fixtures': { type: 'boolean' },
        json: { type: 'boolean' },
        locale: { type: 'string' },
        source: { type: 'string', multiple: true },
        'widget-format': { type: 'string', multiple: true },
        'widget-mask': { type: 'string', multiple: true },
      },
    });
    if (positionals.length === 0) throw usageError('give the catalog folder or definition files, e.g. `tokhai validate forms`');
    const locale = values.locale ?? 'en';
    if (!isLocale(locale)) throw usageError(`--locale must be ${LOCALES.join(' or ')}, not ${JSON.stringify(locale)}`);
    const known = { sources: values.source ?? [], widgetOptions: { format: values['widget-format'] ?? [], mask: values['widget-mask'] ?? [] } };
    const report = await validateCatalog(positionals, { fixtures: !values['no-fixtures'], locale, known });
    if (values.json) {
      io.out(JSON.stringify({ ok: report.ok, summary: report.summary, problems: report.problems }, null, 2));
      return report.ok ? 0 : 1;
    }
    printProblems(report.problems, io);
    io.out(`tokhai validate: ${formatSummary(report.summary)}`);
    return report.ok ? 0 : 1;
  },

  async types(args, io) {
    const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { out: { type: 'string' } } });
    if (positionals.length === 0) throw usageError('give the catalog folder, e.g. `tokhai types forms`');
    const result = await generateTypes(positionals, { out: values.out });
    printProblems(result.problems, io);
    io.out(
      result.ok
        ? `tokhai types: ${result.types.length} type${result.types.length === 1 ? '' : 's'} written to ${displayPath(result.out)}`
        : `tokhai types: failed with ${result.problems.length} problem${result.problems.length === 1 ? '' : 's'}; nothing written (${displayPath(result.out)} is unchanged)`,
    );
    return result.ok ? 0 : 1;
  },

  async build(args, io) {
    const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { out: { type: 'string' }, 'no-minify': { type: 'boolean' } } });
    if (positionals.length === 0) throw usageError('give the catalog folder, e.g. `tokhai build forms`');
    const result = await buildCatalog(positionals, { out: values.out, minify: !values['no-minify'] });
    printProblems(result.problems, io);
    io.out(
      result.ok
        ? `tokhai build: ${result.catalog.length} form${result.catalog.length === 1 ? '' : 's'}, ${result.files.length} files written to ${displayPath(result.out)}`
        : `tokhai build: failed with ${result.problems.length} problem${result.problems.length === 1 ? '' : 's'}; nothing usable written`,
    );
    return result.ok ? 0 : 1;
  },

  async diff(args, io) {
    const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { json: { type: 'boolean' } } });
    if (positionals.length !== 2) throw usageError('give two definitions: `tokhai diff old.form.json new.form.json`');
    const read = await Promise.all(positionals.map(readDefinition));
    const unreadable = read.filter((r): r is Problem => 'code' in r);
    if (unreadable.length) {
      // Nothing to compare: the located problem, as `validate` prints it, and the usage-error exit code.
      printProblems(unreadable, io);
      return 2;
    }
    const [before, after] = read as FormDefinition[];
    const result = diffDefinitions(before, after);
    if (values.json) io.out(JSON.stringify(result, null, 2));
    else printDiff(result, io);
    return result.honest ? 0 : 1;
  },
};

/** A definition to diff, or the problem that makes the file unusable (not JSON, not a definition). */
async function readDefinition(path: string): Promise<FormDefinition | Problem> {
  const json = await readJsonFile(path);
  if (!json.ok) return json.problem;
  const value = json.value as Partial<FormDefinition> | null;
  if (typeof value !== 'object' || value === null || Array.isArray(value) || typeof value.id !== 'string' || typeof value.version !== 'string' || typeof value.schema !== 'object') {
    return { file: displayPath(path), pointer: '', code: 'definition', message: 'not a form definition: an object with "id", "version" and "schema" is expected', severity: 'error' };
  }
  return value as FormDefinition;
}

const LEVEL_LABEL = { major: 'BREAKING', minor: 'minor   ', patch: 'patch   ' } as const;

function printDiff(r: DiffResult, io: CliIO): void {
  const order = { major: 0, minor: 1, patch: 2 };
  const width = Math.min(40, Math.max(0, ...r.changes.map((c) => c.path.length)));
  for (const c of [...r.changes].sort((a, b) => order[a.level] - order[b.level])) {
    io.out(`${LEVEL_LABEL[c.level]}  ${c.path.padEnd(width)}  ${c.message}  (#${c.pointer})`);
  }
  const counts = (['major', 'minor', 'patch'] as const).map((l) => `${r.changes.filter((c) => c.level === l).length} ${l}`).join(', ');
  io.out(r.changes.length === 0 ? 'No changes: no version bump needed.' : `${r.changes.length} change${r.changes.length === 1 ? '' : 's'} (${counts}): they imply a ${r.implied} bump.`);
  if (r.actual === 'invalid') io.out(`version ${r.oldVersion} → ${r.newVersion}: not a valid semantic version; use ${r.suggestedVersion}.`);
  else if (r.honest) io.out(`version ${r.oldVersion} → ${r.newVersion} (${r.actual}): honest.`);
  else io.out(`version ${r.oldVersion} → ${r.newVersion} (${r.actual}) understates the changes: a ${r.required} bump is needed, use ${r.suggestedVersion} or later.`);
}
