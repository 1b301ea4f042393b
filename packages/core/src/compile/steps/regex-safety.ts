// SPDX-License-Identifier: MIT
/**
 * The built-in ReDoS check of definition patterns (`defaultPatternChecker`): decides whether a backtracking engine
 * (every browser's, Node's) runs a pattern in time linear in its input, from the pattern's automaton. It is what
 * protects a page or a server that compiles a definition at run time (`<tk-form src>`, a portal's `compileForm`),
 * where `tokhai build`'s recheck does not run.
 *
 * Why not safe-regex2 (what this replaced): it only bounds the star height, so it accepts `^([0-9]|\d)+$` or
 * `^(a|a)*$`, which take 20 s on 30 characters, and `^\d*\d*\d*x$`, cubic (9 s on 3,000 digits; a server takes
 * strings of 10,000). And recheck cannot be the default: it is a Scala.js program of about a megabyte.
 *
 * The method is the one recheck's automaton checker and the literature use (Weideman et al., "Analyzing Matching
 * Time Behavior of Backtracking Regular Expression Matchers by Using Ambiguity of NFA", 2016), kept conservative:
 * 1. The pattern is parsed (ECMAScript with the `u` flag, as engines compile JSON Schema patterns) and turned into a
 *    position automaton (Glushkov): one state per character class, so the ambiguity of the automaton is the
 *    number of ways a backtracking matcher can read the same text. Bounded repetitions are unrolled; one too long
 *    to unroll is read as unbounded (which only adds ways to read a text). Assertions are read as empty, which
 *    also only adds ways. A search that is not anchored with `^` starts with a loop on any character: the matcher
 *    tries every start position.
 * 2. States from which the match can only succeed (the end of the pattern is reached with nothing left to test,
 *    and everything reachable is such a state) are dropped: the matcher stops at the first success.
 * 3. Exponential backtracking needs a state with two different loops on the same text (EDA): a strongly connected
 *    component of the product automaton holding a pair (q, q) and a pair (p, r), p ≠ r; or, on a cycle, a
 *    transition the pattern's structure makes in two ways (`(a+)+`: the inner and the outer repetition), which
 *    Glushkov's automaton merges but a backtracking matcher tries twice.
 * 4. Polynomial backtracking needs two different looping states p ≠ q with p → p, p → q and q → q on one text
 *    (IDA). This checks the weaker (p, p) ⇝ (p, q) ⇝ (q, q) in the product (two texts), so it never misses one.
 * 5. Without loops, overlapping alternatives still multiply (`(a|a){30}` unrolled): the product of the number of
 *    overlapping successors over the states that have some is bounded.
 * Lookarounds are checked as patterns of their own, and one that can read the whole input is accepted only at the
 * start of an anchored pattern (where it runs once, as in `^(?=.*\d).{8,}$`); back-references are refused.
 *
 * The verdict errs on the side of "unsafe": a pattern it refuses may still be linear (`a+a`, searched without `^`,
 * or `^(a)\1$`); then build the form with `tokhai build`, whose recheck is exact, or pass a `patternChecker`. Every
 * pattern of the catalog passes, and a property test checks the verdict against recheck's on random patterns.
 */

/** A set of code points: sorted, disjoint, non-adjacent inclusive ranges. */
type CharSet = readonly (readonly [number, number])[];

const MAX_CODE_POINT = 0x10ffff;
const ANY: CharSet = [[0, MAX_CODE_POINT]];

/** Thrown inside the checker for a pattern it does not analyse; becomes an "unsafe" verdict with the reason. */
class Unanalysable extends Error {}

// ---------------------------------------------------------------------------------------------------------------
// Character sets

const normalize = (ranges: (readonly [number, number])[]): CharSet => {
  const sorted = ranges.filter(([a, b]) => a <= b).sort((x, y) => x[0] - y[0]);
  const out: [number, number][] = [];
  for (const [a, b] of sorted) {
    const last = out[out.length - 1];
    if (last && a <= last[1] + 1) last[1] = Math.max(last[1], b);
    else out.push([a, b]);
  }
  return out;
};

const complement = (set: CharSet): CharSet => {
  const out: [number, number][] = [];
  let next = 0;
  for (const [a, b] of set) {
    if (a > next) out.push([next, a - 1]);
    next = b + 1;
  }
  if (next <= MAX_CODE_POINT) out.push([next, MAX_CODE_POINT]);
  return out;
};

const intersect = (x: CharSet, y: CharSet): CharSet => {
  const out: [number, number][] = [];
  for (let i = 0, j = 0; i < x.length && j < y.length; ) {
    const lo = Math.max(x[i][0], y[j][0]);
    const hi = Math.min(x[i][1], y[j][1]);
    if (lo <= hi) out.push([lo, hi]);
    if (x[i][1] < y[j][1]) i++;
    else j++;
  }
  return out;
};

const overlaps = (x: CharSet, y: CharSet): boolean => intersect(x, y).length > 0;

const range = (from: string, to: string = from): [number, number] => [from.codePointAt(0)!, to.codePointAt(0)!];
const DIGIT: CharSet = [range('0', '9')];
const WORD: CharSet = normalize([range('0', '9'), range('A', 'Z'), range('_'), range('a', 'z')]);
/** `\s` of ECMAScript: WhiteSpace and LineTerminator. */
const SPACE: CharSet = normalize(
  [0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff].map((c) => [c, c] as [number, number]).concat([[0x2000, 0x200a]]),
);
const LINE_TERMINATORS: CharSet = normalize([0x0a, 0x0d, 0x2028, 0x2029].map((c) => [c, c] as [number, number]));
const DOT: CharSet = complement(LINE_TERMINATORS);
/** ASCII characters that are neither letters nor digits: no Unicode letter or number property holds them. */
const ASCII_NON_ALNUM: CharSet = complement(normalize([range('0', '9'), range('A', 'Z'), range('a', 'z'), [0x80, MAX_CODE_POINT]]));
/**
 * A superset of a Unicode property's characters, precise enough to tell letters and numbers from ASCII
 * punctuation, spaces and digits (names are often `\p{L}` runs separated by spaces). Anything not known is any
 * character, which only makes the verdict stricter.
 */
const propertySet = (name: string, negated: boolean): CharSet => {
  if (negated) return ANY;
  const general = name.replace(/^(General_Category|gc)=/, '');
  const letters = /^(L[ultmo]?|Letter|Cased_Letter|Uppercase_Letter|Lowercase_Letter|Titlecase_Letter|Modifier_Letter|Other_Letter|Alphabetic|Alpha|Lowercase|Lower|Uppercase|Upper)$/;
  if (letters.test(general)) return intersect(complement(ASCII_NON_ALNUM), complement(normalize([range('0', '9'), ...SPACE])));
  if (/^(N[dlo]?|Number|Decimal_Number|digit|Letter_Number|Other_Number)$/.test(general)) return intersect(complement(ASCII_NON_ALNUM), complement(normalize([range('A', 'Z'), range('a', 'z'), ...SPACE])));
  if (/^(M[nce]?|Mark|Combining_Mark|Nonspacing_Mark|Spacing_Mark|Enclosing_Mark)$/.test(general)) return [[0x300, MAX_CODE_POINT]];
  return ANY;
};

// ---------------------------------------------------------------------------------------------------------------
// The parser (ECMAScript pattern syntax with the `u` flag; the pattern already compiled with `new RegExp(p, 'u')`)

/** The parsed pattern. */
type Node =
  | { type: 'char'; set: CharSet }
  | { type: 'seq'; items: Node[] }
  | { type: 'alt'; options: Node[] }
  | { type: 'assert'; start: boolean }
  | { type: 'look'; behind: boolean; body: Node }
  | { type: 'rep'; body: Node; min: number; max: number };

const SYNTAX = new Set('^$\\.*+?()[]{}|/');
/** A counted quantifier at `lastIndex` (sticky: `{00000000000000000000000030}` is `{30}`, however many digits). */
const COUNTED = /\{(\d+)(,(\d*))?\}/y;
const CONTROL_ESCAPES: Readonly<Record<string, number>> = { f: 0x0c, n: 0x0a, r: 0x0d, t: 0x09, v: 0x0b };

/** The deepest group nesting analysed (the parser and the automaton builder recurse on groups). */
const MAX_NESTING = 64;

class Parser {
  private i = 0;
  private depth = 0;
  constructor(private readonly src: string) {}

  parse(): Node {
    const node = this.disjunction();
    if (this.i < this.src.length) throw new Unanalysable(`unexpected "${this.src[this.i]}"`);
    return node;
  }

  private peek(): string | undefined {
    return this.src[this.i];
  }

  private eat(text: string): boolean {
    if (!this.src.startsWith(text, this.i)) return false;
    this.i += text.length;
    return true;
  }

  /** One code point of the source (a surrogate pair is one). */
  private codePoint(): number {
    const c = this.src.codePointAt(this.i);
    if (c === undefined) throw new Unanalysable('unexpected end');
    this.i += c > 0xffff ? 2 : 1;
    return c;
  }

  private disjunction(): Node {
    const options = [this.alternative()];
    while (this.eat('|')) options.push(this.alternative());
    return options.length === 1 ? options[0] : { type: 'alt', options };
  }

  private alternative(): Node {
    const items: Node[] = [];
    while (this.i < this.src.length && this.peek() !== '|' && this.peek() !== ')') items.push(this.term());
    return items.length === 1 ? items[0] : { type: 'seq', items };
  }

  private term(): Node {
    const atom = this.atom();
    const q = this.quantifier();
    if (!q) return atom;
    this.eat('?'); // lazy or greedy: both explore the same paths when the match fails
    return { type: 'rep', body: atom, min: q[0], max: q[1] };
  }

  private quantifier(): [number, number] | undefined {
    if (this.eat('*')) return [0, Infinity];
    if (this.eat('+')) return [1, Infinity];
    if (this.eat('?')) return [0, 1];
    COUNTED.lastIndex = this.i;
    const m = COUNTED.exec(this.src);
    if (!m) return undefined;
    this.i += m[0].length;
    const min = Number(m[1]);
    return [min, m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3])];
  }

  private atom(): Node {
    const c = this.peek();
    if (c === '^' || c === '$') {
      this.i++;
      return { type: 'assert', start: c === '^' };
    }
    if (c === '.') {
      this.i++;
      return { type: 'char', set: DOT };
    }
    if (c === '(') return this.group();
    if (c === '[') return { type: 'char', set: this.characterClass() };
    if (c === '\\') return this.atomEscape();
    const code = this.codePoint();
    return { type: 'char', set: [[code, code]] };
  }

  private group(): Node {
    this.i++; // (
    if (++this.depth > MAX_NESTING) throw new Unanalysable(`groups nested more than ${MAX_NESTING} deep are not analysed`);
    let node: Node;
    if (this.eat('?=') || this.eat('?!')) node = { type: 'look', behind: false, body: this.disjunction() };
    else if (this.eat('?<=') || this.eat('?<!')) node = { type: 'look', behind: true, body: this.disjunction() };
    else if (this.eat('?:')) node = this.disjunction();
    else if (this.eat('?<')) {
      const end = this.src.indexOf('>', this.i);
      if (end < 0) throw new Unanalysable('unterminated group name');
      this.i = end + 1;
      node = this.disjunction();
    } else if (this.peek() === '?') throw new Unanalysable('group modifiers are not analysed');
    else node = this.disjunction();
    if (!this.eat(')')) throw new Unanalysable('unterminated group');
    this.depth--;
    return node;
  }

  private atomEscape(): Node {
    this.i++; // backslash
    const c = this.peek();
    if (c === 'b' || c === 'B') {
      this.i++;
      return { type: 'assert', start: false };
    }
    if (c !== undefined && /[1-9]/.test(c)) throw new Unanalysable('back-references are not supported by the built-in check');
    if (c === 'k') throw new Unanalysable('back-references are not supported by the built-in check');
    return { type: 'char', set: this.characterEscape(false) };
  }

  /** The set of an escape after its backslash (in a class, `\b` is the backspace and `\-` a hyphen). */
  private characterEscape(inClass: boolean): CharSet {
    const c = this.src[this.i++];
    switch (c) {
      case 'd':
        return DIGIT;
      case 'D':
        return complement(DIGIT);
      case 'w':
        return WORD;
      case 'W':
        return complement(WORD);
      case 's':
        return SPACE;
      case 'S':
        return complement(SPACE);
      case 'p':
      case 'P': {
        const m = /^\{([^}]*)\}/.exec(this.src.slice(this.i));
        if (!m) throw new Unanalysable('malformed property escape');
        this.i += m[0].length;
        return propertySet(m[1], c === 'P');
      }
      case 'c': {
        const letter = this.src.codePointAt(this.i++)!;
        return [[letter % 32, letter % 32]];
      }
      case 'x': {
        const code = parseInt(this.src.slice(this.i, this.i + 2), 16);
        this.i += 2;
        return [[code, code]];
      }
      case 'u': {
        if (this.eat('{')) {
          const end = this.src.indexOf('}', this.i);
          const code = parseInt(this.src.slice(this.i, end), 16);
          this.i = end + 1;
          return [[code, code]];
        }
        let code = parseInt(this.src.slice(this.i, this.i + 4), 16);
        this.i += 4;
        // A surrogate pair written as two escapes is one code point with the `u` flag.
        if (code >= 0xd800 && code <= 0xdbff && this.src.startsWith('\\u', this.i)) {
          const low = parseInt(this.src.slice(this.i + 2, this.i + 6), 16);
          if (low >= 0xdc00 && low <= 0xdfff) {
            this.i += 6;
            code = (code - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
          }
        }
        return [[code, code]];
      }
      case '0':
        return [[0, 0]];
      case 'b':
        if (inClass) return [[8, 8]];
        break;
      case '-':
        if (inClass) return [[0x2d, 0x2d]];
        break;
      case undefined:
        throw new Unanalysable('unexpected end');
    }
    if (Object.hasOwn(CONTROL_ESCAPES, c)) return [[CONTROL_ESCAPES[c], CONTROL_ESCAPES[c]]];
    if (SYNTAX.has(c)) return [range(c)];
    throw new Unanalysable(`unknown escape \\${c}`);
  }

  private characterClass(): CharSet {
    this.i++; // [
    const negated = this.eat('^');
    const parts: (readonly [number, number])[] = [];
    while (this.peek() !== ']') {
      if (this.i >= this.src.length) throw new Unanalysable('unterminated class');
      const from = this.classAtom();
      if (this.peek() === '-' && this.src[this.i + 1] !== ']' && from.length === 1 && from[0][0] === from[0][1]) {
        this.i++;
        const to = this.classAtom();
        if (to.length !== 1 || to[0][0] !== to[0][1]) throw new Unanalysable('a class range ends with a class');
        parts.push([from[0][0], to[0][0]]);
      } else parts.push(...from);
    }
    this.i++; // ]
    const set = normalize([...parts]);
    return negated ? complement(set) : set;
  }

  private classAtom(): CharSet {
    if (this.eat('\\')) return this.characterEscape(true);
    const c = this.codePoint();
    return [[c, c]];
  }
}

// ---------------------------------------------------------------------------------------------------------------
// The position automaton

/** Bounded repetitions are unrolled up to this many states per repetition; longer ones are read as unbounded. */
const UNROLL_LIMIT = 64;
/** The longest pattern text analysed. */
const MAX_PATTERN_LENGTH = 4096;
/** The most states the check builds; a longer pattern is refused (as "too long to check"). */
const MAX_STATES = 400;
/** The most ways overlapping alternatives may multiply the reading of one text (step 5 of the module comment). */
const MAX_BRANCHING = 1024;
/** The most pairs of states the analysis may visit for one pattern: the check must stay fast on hostile input too. */
const MAX_WORK = 500_000;

/** What a sub-pattern contributes to the automaton (Glushkov's nullable / first / last). */
interface Part {
  /** Can match the empty text (assertions count as empty). */
  nullable: boolean;
  /** Can match the empty text with no assertion on the way (the end of the pattern is then reached freely). */
  free: boolean;
  first: number[];
  last: number[];
  /** States of `last` from which the part's end is reached with no assertion on the way. */
  freeLast: number[];
}

/** Where a lookaround sits, to decide whether one that reads the whole input may run often. */
interface Lookaround {
  body: Node;
  behind: boolean;
  /** At the start of the pattern, after `^` and other lookarounds only, outside any repetition. */
  leading: boolean;
}

class Automaton {
  /** The character set of each state; state 0 is the start and reads nothing. */
  readonly sets: CharSet[] = [[]];
  /**
   * Successors, with the number of ways the pattern's structure leads there: `(a+)+` links `a` to itself twice
   * (inner and outer repetition), and a backtracking matcher tries both. Glushkov's automaton merges them.
   */
  readonly follow: Map<number, number>[] = [new Map<number, number>()];
  readonly lookarounds: Lookaround[] = [];

  state(set: CharSet): number {
    if (this.sets.length > MAX_STATES) throw new Unanalysable(`the pattern is too long for the built-in check (more than ${MAX_STATES} positions)`);
    this.sets.push(set);
    this.follow.push(new Map());
    return this.sets.length - 1;
  }

  link(from: readonly number[], to: readonly number[]): void {
    for (const f of new Set(from)) for (const t of new Set(to)) this.follow[f].set(t, (this.follow[f].get(t) ?? 0) + 1);
  }

  /** `leading.still`: nothing but `^` and lookarounds came before, in a pattern where that means "runs once". */
  build(node: Node, inRepeat: boolean, leading: { still: boolean }): Part {
    switch (node.type) {
      case 'char': {
        leading.still = false;
        const s = this.state(node.set);
        return { nullable: false, free: false, first: [s], last: [s], freeLast: [s] };
      }
      case 'assert':
        if (!node.start) leading.still = false;
        return EMPTY_ASSERTION;
      case 'look':
        this.lookarounds.push({ body: node.body, behind: node.behind, leading: leading.still && !inRepeat });
        return EMPTY_ASSERTION;
      case 'seq': {
        let acc: Part = { nullable: true, free: true, first: [], last: [], freeLast: [] };
        for (const item of node.items) acc = this.concat(acc, this.build(item, inRepeat, leading));
        return acc;
      }
      case 'alt': {
        const parts = node.options.map((o) => this.build(o, inRepeat, { still: leading.still }));
        leading.still = false;
        return {
          nullable: parts.some((p) => p.nullable),
          free: parts.some((p) => p.free),
          first: parts.flatMap((p) => p.first),
          last: parts.flatMap((p) => p.last),
          freeLast: parts.flatMap((p) => p.freeLast),
        };
      }
      case 'rep':
        return this.repeat(node, inRepeat, leading);
    }
  }

  private concat(a: Part, b: Part): Part {
    this.link(a.last, b.first);
    return {
      nullable: a.nullable && b.nullable,
      free: a.free && b.free,
      first: a.nullable ? [...a.first, ...b.first] : a.first,
      last: b.nullable ? [...b.last, ...a.last] : b.last,
      freeLast: b.free ? [...b.freeLast, ...a.freeLast] : b.freeLast,
    };
  }

  private repeat(node: Extract<Node, { type: 'rep' }>, inRepeat: boolean, leading: { still: boolean }): Part {
    const { body, min, max } = node;
    if (max === 0) return { nullable: true, free: true, first: [], last: [], freeLast: [] };
    const size = positions(body);
    const repeats = max > 1 || inRepeat;
    if (size === 0) {
      // Only assertions: repeating them reads nothing more (and `(?:^){1000000}` must not unroll a million times).
      const once = this.build(body, repeats, leading);
      return { ...once, nullable: true };
    }
    if (max !== Infinity && max * size <= UNROLL_LIMIT) {
      // Unrolled: `min` copies, then `max - min` nested optional copies.
      let acc: Part = { nullable: true, free: true, first: [], last: [], freeLast: [] };
      for (let k = 0; k < min; k++) acc = this.concat(acc, this.build(body, repeats, leading));
      let optional: Part | undefined;
      for (let k = max - min; k > 0; k--) {
        const copy = this.build(body, repeats, { still: false });
        optional = optional ? this.concat(copy, optional) : copy;
        optional = { ...optional, nullable: true, free: true };
      }
      if (optional) leading.still = false;
      return optional ? this.concat(acc, optional) : acc;
    }
    // Unbounded, or too long to unroll: one copy whose end leads back to its start.
    leading.still = false;
    const part = this.build(body, true, { still: false });
    this.link(part.last, part.first);
    return min === 0 ? { ...part, nullable: true, free: true } : part;
  }
}

const EMPTY_ASSERTION: Part = Object.freeze({ nullable: true, free: false, first: [], last: [], freeLast: [] });

/** The number of states a sub-pattern takes once (bounded repetitions as unrolled or folded by `repeat`). */
const positions = (node: Node): number => {
  switch (node.type) {
    case 'char':
      return 1;
    case 'assert':
    case 'look':
      return 0;
    case 'seq':
      return node.items.reduce((n, i) => n + positions(i), 0);
    case 'alt':
      return node.options.reduce((n, o) => n + positions(o), 0);
    case 'rep': {
      const size = positions(node.body);
      return node.max !== Infinity && node.max * size <= UNROLL_LIMIT ? node.max * size : size;
    }
  }
};

/** True when every alternative of the pattern starts with `^` (after lookarounds): the engine tries one start only. */
const anchoredAtStart = (node: Node): boolean => {
  if (node.type === 'alt') return node.options.every(anchoredAtStart);
  const items = node.type === 'seq' ? node.items : [node];
  for (const item of items) {
    if (item.type === 'assert') return item.start;
    if (item.type !== 'look') return false;
  }
  return false;
};

// ---------------------------------------------------------------------------------------------------------------
// Ambiguity

/** The graph the analysis runs on: the automaton's states without those where the match can only succeed. */
interface Graph {
  sets: CharSet[];
  /** Successors of each state (kept states only). */
  next: number[][];
  /** In how many ways the pattern's structure leads from each state to each successor (see `Automaton.follow`). */
  ways: ReadonlyMap<number, number>[];
  start: number;
  /** Work left for the whole check (shared by a pattern and its lookarounds). */
  budget: { left: number };
}

/**
 * Builds the automaton of a (sub-)pattern and drops its terminal states: final states (the end of the pattern is
 * reached from them with nothing left to test) all of whose successors are terminal too.
 */
function graphOf(node: Node, anchored: boolean, runsOnce: boolean, lookarounds: Lookaround[], budget: { left: number }): Graph {
  const a = new Automaton();
  const part = a.build(node, false, { still: runsOnce });
  a.link([0], part.first);
  lookarounds.push(...a.lookarounds);
  if (!anchored) {
    // The search tries every start position: a loop on any character before the pattern.
    a.sets[0] = ANY;
    a.follow[0].set(0, 1);
  }
  const final = new Set(part.freeLast);
  if (part.free) final.add(0);
  const terminal = new Set(final);
  for (let changed = true; changed; ) {
    changed = false;
    for (const s of terminal) {
      if ([...a.follow[s].keys()].some((t) => !terminal.has(t))) {
        terminal.delete(s);
        changed = true;
      }
    }
  }
  const next = a.follow.map((f, s) => (terminal.has(s) ? [] : [...f.keys()].filter((t) => !terminal.has(t))));
  const ways = a.follow;
  // The start state reads nothing when anchored: it stands for "before the first character". A terminal start
  // means the pattern always matches at once (`a*`): there is nothing to analyse.
  return { sets: a.sets, next, ways, start: terminal.has(0) ? -1 : 0, budget };
}

/** Key of a pair of states. */
const pairKey = (p: number, q: number, n: number): number => p * n + q;

/** The pairs of the product automaton reachable from `from`, with their successors (both paths read one text). */
function productFrom(g: Graph, from: readonly [number, number][]): Map<number, number[]> {
  const n = g.sets.length;
  const edges = new Map<number, number[]>();
  const stack = from.map(([p, q]) => pairKey(p, q, n));
  for (const k of stack) edges.set(k, []);
  while (stack.length) {
    const k = stack.pop()!;
    const p = Math.floor(k / n);
    const q = k % n;
    const out = edges.get(k)!;
    if ((g.budget.left -= 1 + g.next[p].length * g.next[q].length) < 0) throw new Unanalysable('the pattern is too complex for the built-in check');
    for (const p2 of g.next[p])
      for (const q2 of g.next[q]) {
        if (!(p2 === q2 || overlaps(g.sets[p2], g.sets[q2]))) continue;
        const k2 = pairKey(p2, q2, n);
        out.push(k2);
        if (!edges.has(k2)) {
          edges.set(k2, []);
          stack.push(k2);
        }
      }
  }
  return edges;
}

/** The nodes `edges` reaches from `start` (itself included), charged to the budget. */
function reach(start: number, edges: ReadonlyMap<number, readonly number[]>, budget: { left: number }): Set<number> {
  const seen = new Set([start]);
  const stack = [start];
  while (stack.length) {
    const k = stack.pop()!;
    if (--budget.left < 0) throw new Unanalysable('the pattern is too complex for the built-in check');
    for (const k2 of edges.get(k) ?? []) {
      if (seen.has(k2)) continue;
      seen.add(k2);
      stack.push(k2);
    }
  }
  return seen;
}

/** Strongly connected components (iterative Tarjan), as a component number per node. */
function components(edges: Map<number, number[]>): Map<number, number> {
  const index = new Map<number, number>();
  const low = new Map<number, number>();
  const onStack = new Set<number>();
  const stack: number[] = [];
  const component = new Map<number, number>();
  let counter = 0;
  let count = 0;
  for (const root of edges.keys()) {
    if (index.has(root)) continue;
    const work: [number, number][] = [[root, 0]];
    while (work.length) {
      const frame = work[work.length - 1];
      const [v, i] = frame;
      if (i === 0) {
        index.set(v, counter);
        low.set(v, counter++);
        stack.push(v);
        onStack.add(v);
      }
      const out = edges.get(v)!;
      if (i < out.length) {
        frame[1]++;
        const w = out[i];
        if (!index.has(w)) work.push([w, 0]);
        else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
        continue;
      }
      work.pop();
      if (work.length) {
        const parent = work[work.length - 1][0];
        low.set(parent, Math.min(low.get(parent)!, low.get(v)!));
      }
      if (low.get(v) === index.get(v)) {
        for (;;) {
          const w = stack.pop()!;
          onStack.delete(w);
          component.set(w, count);
          if (w === v) break;
        }
        count++;
      }
    }
  }
  return component;
}

/** States on a cycle of the automaton (a state that can read its way back to itself). */
function loopingStates(g: Graph): Set<number> {
  const edges = new Map<number, number[]>(g.next.map((t, s) => [s, t]));
  const component = components(edges);
  const size = new Map<number, number>();
  for (const c of component.values()) size.set(c, (size.get(c) ?? 0) + 1);
  const out = new Set<number>();
  g.next.forEach((t, s) => {
    if (t.includes(s) || size.get(component.get(s)!)! > 1) out.add(s);
  });
  return out;
}

/** Why the automaton makes a backtracking matcher super-linear, or `undefined` when it does not. */
function ambiguity(g: Graph): string | undefined {
  if (g.start < 0) return undefined;
  const n = g.sets.length;
  // Exponential: a component of the product holding both a pair (q, q) and a pair (p, r), p ≠ r.
  const product = productFrom(g, [[g.start, g.start]]);
  const component = components(product);
  const diagonal = new Set<number>();
  const split = new Set<number>();
  for (const [k, c] of component) {
    const inCycle = product.get(k)!.some((k2) => component.get(k2) === c);
    if (!inCycle) continue;
    (Math.floor(k / n) === k % n ? diagonal : split).add(c);
  }
  for (const c of diagonal) if (split.has(c)) return 'exponential: some text can be read in two different ways by one repetition';
  // The same, through one transition reached in two ways (`(a+)+`, `(\w+\s?)*`): on a cycle, each turn doubles.
  const reachable = new Set([...product.keys()].map((k) => Math.floor(k / n)));
  const cycles = components(new Map(g.next.map((t, s) => [s, t])));
  for (const s of reachable)
    for (const t of g.next[s]) if (g.ways[s].get(t)! > 1 && cycles.get(t) === cycles.get(s)) return 'exponential: a repetition inside a repetition can read the same text in two different ways';
  // Polynomial: (p, p) ⇝ (p, q) ⇝ (q, q) for looping p ≠ q. Every such pair is reachable from the start, so the
  // searches stay inside the product already built: forward from each (p, p), backward from each (q, q).
  const looping = [...loopingStates(g)].filter((s) => product.has(pairKey(s, s, n)));
  if (looping.length > 1) {
    const reverse = new Map<number, number[]>();
    for (const [k, out] of product) for (const k2 of out) reverse.set(k2, [...(reverse.get(k2) ?? []), k]);
    const into = new Map(looping.map((q) => [q, reach(pairKey(q, q, n), reverse, g.budget)]));
    for (const p of looping) {
      const from = reach(pairKey(p, p, n), product, g.budget);
      for (const q of looping) {
        const k = pairKey(p, q, n);
        if (q !== p && from.has(k) && into.get(q)!.has(k)) return 'polynomial: two repetitions (or a repetition and the search for a start) can share the same characters';
      }
    }
  }
  // Without loops: overlapping successors multiply the ways to read one text.
  let branching = 1;
  for (const s of reachable) {
    const next = g.next[s];
    let choices = 0;
    for (const t of next) {
      const w = g.ways[s].get(t)!;
      if (w > 1 || next.some((u) => u !== t && overlaps(g.sets[t], g.sets[u]))) choices += w;
    }
    if (choices > 1) branching *= choices;
    if (branching > MAX_BRANCHING) return `exponential: overlapping alternatives multiply the ways to read one text beyond ${MAX_BRANCHING}`;
  }
  return undefined;
}

/** Checks a lookaround's body: linear by itself, and reading the whole input only where it runs once. */
function checkLookaround(look: Lookaround, budget: { left: number }): string | undefined {
  const nested: Lookaround[] = [];
  const g = graphOf(look.body, true, look.leading, nested, budget);
  const inner = ambiguity(g) ?? nested.map((l) => checkLookaround(l, budget)).find((r) => r !== undefined);
  if (inner) return `in a lookaround, ${inner}`;
  const unbounded = loopingStates(g).size > 0;
  if (unbounded && look.behind) return 'a lookbehind that can read the whole input is not supported by the built-in check';
  if (unbounded && !look.leading) return 'polynomial: a lookaround that can read the whole input runs at every position it is tried (put it right after a leading ^)';
  return undefined;
}

/**
 * The verdict on one pattern (compiled with the `u` flag): `{ safe: true }`, or `{ safe: false, reason }` with
 * what makes it super-linear, or what the check cannot analyse (a back-reference, a pattern too long).
 */
export function checkRegexSafety(pattern: string): { safe: boolean; reason?: string } {
  if (pattern.length > MAX_PATTERN_LENGTH) return { safe: false, reason: `the pattern is too long for the built-in check (more than ${MAX_PATTERN_LENGTH} characters)` };
  try {
    const node = new Parser(pattern).parse();
    const lookarounds: Lookaround[] = [];
    const budget = { left: MAX_WORK };
    const anchored = anchoredAtStart(node);
    const problem = ambiguity(graphOf(node, anchored, anchored, lookarounds, budget)) ?? lookarounds.map((l) => checkLookaround(l, budget)).find((r) => r !== undefined);
    return problem === undefined ? { safe: true } : { safe: false, reason: problem };
  } catch (e) {
    if (e instanceof Unanalysable) return { safe: false, reason: e.message };
    throw e;
  }
}
