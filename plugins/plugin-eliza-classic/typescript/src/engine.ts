/**
 * Weizenbaum's 1966 ELIZA engine driven by the DOCTOR script. Same algorithm as the Python reference
 * (python/plugin_eliza_classic/engine.py) and the Rust engine: byte-identical replies.
 * This module has no I/O; `doctor.ts` loads the shared script file.
 */

/** Replies used when no decomposition of a keyword matches, chosen by LIMIT 1..4. */
export const NO_MATCH_REPLIES = ["PLEASE CONTINUE", "HMMM", "GO ON , PLEASE", "I SEE"] as const;

/** More links than this while answering one input means the script loops. */
export const MAX_LINKS = 1000;

/** The script is malformed (or links in a loop). */
export class ScriptError extends Error {
  override name = "ScriptError";
}

type SExpr = string | SExpr[];

export type PatternElement =
  | { kind: "any" }
  | { kind: "count"; count: number }
  | { kind: "word"; word: string }
  | { kind: "oneof"; words: string[] }
  | { kind: "tags"; words: string[] };

export type Reassembly =
  | { kind: "text"; parts: string[] }
  | { kind: "newkey" }
  | { kind: "link"; link: string }
  | { kind: "pre"; parts: string[]; link: string };

export interface Decomposition {
  pattern: PatternElement[];
  reassemblies: Reassembly[];
}

export interface Rule {
  keyword: string;
  substitution: string | undefined;
  precedence: number;
  tags: string[];
  link: string | undefined;
  decompositions: Decomposition[];
}

export interface MemoryRule {
  keyword: string;
  pairs: Array<{ pattern: PatternElement[]; parts: string[] }>;
}

const WHITESPACE = new Set([" ", "\t", "\r", "\n", "\f", "\v"]);

function scriptTokens(text: string): string[] {
  const out: string[] = [];
  let atom = "";
  let inComment = false;
  for (const ch of text) {
    if (inComment) {
      if (ch === "\n") inComment = false;
      continue;
    }
    if (ch === ";" || ch === "(" || ch === ")" || ch === "=" || WHITESPACE.has(ch)) {
      if (atom) {
        out.push(atom);
        atom = "";
      }
      if (ch === ";") inComment = true;
      else if (ch === "(" || ch === ")" || ch === "=") out.push(ch);
    } else {
      atom += ch;
    }
  }
  if (atom) out.push(atom);
  return out;
}

function readSExprs(tokens: string[]): SExpr[] {
  const stack: SExpr[][] = [[]];
  tokens.forEach((tok, pos) => {
    if (tok === "(") {
      stack.push([]);
    } else if (tok === ")") {
      if (stack.length === 1) throw new ScriptError(`unbalanced ')' at token ${pos}`);
      const done = stack.pop() as SExpr[];
      (stack[stack.length - 1] as SExpr[]).push(done);
    } else {
      (stack[stack.length - 1] as SExpr[]).push(tok);
    }
  });
  if (stack.length !== 1) throw new ScriptError("unbalanced '(' at end of script");
  return stack[0] as SExpr[];
}

function show(e: SExpr): string {
  return typeof e === "string" ? e : `(${e.map(show).join(" ")})`;
}

function atoms(expr: SExpr, what: string): string[] {
  if (typeof expr === "string" || !expr.every((e): e is string => typeof e === "string")) {
    throw new ScriptError(`${what}: expected a list of words, got ${show(expr)}`);
  }
  return expr;
}

function isNumber(word: string): boolean {
  return /^[0-9]+$/.test(word);
}

function parsePattern(items: SExpr[], where: string): PatternElement[] {
  return items.map((el): PatternElement => {
    if (typeof el === "string") {
      if (isNumber(el)) {
        const n = Number.parseInt(el, 10);
        return n === 0 ? { kind: "any" } : { kind: "count", count: n };
      }
      return { kind: "word", word: el };
    }
    const words = atoms(el, where);
    const first = words[0];
    if (first === undefined) throw new ScriptError(`${where}: empty list in pattern`);
    const star = first.startsWith("*");
    if (!star && !first.startsWith("/")) {
      throw new ScriptError(`${where}: pattern list must start with * or /, got ${show(el)}`);
    }
    const items = [first.slice(1), ...words.slice(1)].filter((w) => w !== "");
    return star ? { kind: "oneof", words: items } : { kind: "tags", words: items };
  });
}

function parseReassembly(expr: SExpr, where: string): Reassembly {
  if (typeof expr === "string") throw new ScriptError(`${where}: reassembly must be a list, got ${expr}`);
  const first = expr[0];
  if (expr.length === 1 && first === "NEWKEY") return { kind: "newkey" };
  const second = expr[1];
  if (expr.length === 2 && first === "=" && typeof second === "string") return { kind: "link", link: second };
  if (first === "PRE") {
    const link = expr[2];
    if (
      expr.length === 3 &&
      second !== undefined &&
      Array.isArray(link) &&
      link.length === 2 &&
      link[0] === "=" &&
      typeof link[1] === "string"
    ) {
      return { kind: "pre", parts: atoms(second, where), link: link[1] };
    }
    throw new ScriptError(`${where}: PRE must be (PRE (words) (=KEYWORD)), got ${show(expr)}`);
  }
  return { kind: "text", parts: atoms(expr, where) };
}

function parseRule(list: SExpr[]): Rule {
  const keyword = list[0] as string;
  const rule: Rule = { keyword, substitution: undefined, precedence: 0, tags: [], link: undefined, decompositions: [] };
  let i = 1;
  while (i < list.length) {
    const el = list[i] as SExpr;
    if (el === "=") {
      const sub = list[i + 1];
      if (typeof sub !== "string") throw new ScriptError(`rule ${keyword}: '=' must be followed by a word`);
      rule.substitution = sub;
      i += 2;
      continue;
    }
    if (typeof el === "string" && isNumber(el)) {
      rule.precedence = Number.parseInt(el, 10);
    } else if (el === "DLIST") {
      const next = list[i + 1];
      if (next === undefined || typeof next === "string") {
        throw new ScriptError(`rule ${keyword}: DLIST must be followed by a list`);
      }
      rule.tags = atoms(next, `rule ${keyword} DLIST`)
        .map((w) => (w.startsWith("/") ? w.slice(1) : w))
        .filter((w) => w !== "");
      i += 2;
      continue;
    } else if (Array.isArray(el) && el.length === 2 && el[0] === "=" && typeof el[1] === "string") {
      rule.link = el[1];
    } else if (Array.isArray(el) && Array.isArray(el[0])) {
      const where = `rule ${keyword} decomposition ${rule.decompositions.length + 1}`;
      const pattern = parsePattern(el[0], where);
      const reassemblies = el.slice(1).map((r) => parseReassembly(r, where));
      if (reassemblies.length === 0) throw new ScriptError(`${where}: no reassembly rules`);
      rule.decompositions.push({ pattern, reassemblies });
    } else {
      throw new ScriptError(`rule ${keyword}: unexpected element ${show(el)}`);
    }
    i += 1;
  }
  return rule;
}

function parseMemory(list: SExpr[]): MemoryRule {
  const keyword = list[1];
  if (list.length < 3 || typeof keyword !== "string") {
    throw new ScriptError("MEMORY: expected (MEMORY KEYWORD (pattern = reassembly) ...)");
  }
  const pairs = list.slice(2).map((el) => {
    const words = atoms(el, "MEMORY");
    const eq = words.indexOf("=");
    if (eq < 0) throw new ScriptError(`MEMORY: pair without '=': ${show(el)}`);
    return { pattern: parsePattern(words.slice(0, eq), "MEMORY"), parts: words.slice(eq + 1) };
  });
  if (pairs.length !== 4) throw new ScriptError(`MEMORY: expected 4 pattern pairs, got ${pairs.length}`);
  return { keyword, pairs };
}

/** A parsed ELIZA script. */
export class Script {
  private constructor(
    readonly greeting: string,
    readonly rules: ReadonlyMap<string, Rule>,
    readonly none: Rule,
    readonly memory: MemoryRule,
    readonly tags: ReadonlyMap<string, ReadonlySet<string>>,
  ) {}

  static parse(text: string): Script {
    const exprs = readSExprs(scriptTokens(text));
    const first = exprs[0];
    if (first === undefined || typeof first === "string") {
      throw new ScriptError("script must start with the greeting list");
    }
    const greeting = atoms(first, "greeting").join(" ");
    let pos = 1;
    if (exprs[pos] === "START") pos += 1;
    const rules = new Map<string, Rule>();
    let none: Rule | undefined;
    let memory: MemoryRule | undefined;
    for (const expr of exprs.slice(pos)) {
      if (typeof expr === "string") throw new ScriptError(`expected a rule list, got ${expr}`);
      if (expr.length === 0) break; // () ends the script
      const head = expr[0];
      if (typeof head !== "string") throw new ScriptError(`rule must start with a keyword, got ${show(expr)}`);
      if (head === "MEMORY") memory = parseMemory(expr);
      else if (head === "NONE") none = parseRule(expr);
      else rules.set(head, parseRule(expr));
    }
    if (none === undefined || none.decompositions.length === 0) throw new ScriptError("script has no NONE rule");
    if (memory === undefined) throw new ScriptError("script has no MEMORY rule");
    const tags = new Map<string, Set<string>>();
    for (const rule of rules.values()) {
      for (const tag of rule.tags) {
        let set = tags.get(tag);
        if (set === undefined) {
          set = new Set();
          tags.set(tag, set);
        }
        set.add(rule.keyword);
      }
    }
    return new Script(greeting, rules, none, memory, tags);
  }
}

export function isKeyword(rule: Rule): boolean {
  return rule.decompositions.length > 0 || rule.link !== undefined;
}

const INPUT_SEPARATORS = new Set([" ", "\t", "\r", "\n", "\f", "\v", '"', ",", "."]);

/** Upper-case (ASCII letters only) and split: `!?` -> `.`, `:;` -> `,`, `"` -> space; `,` and `.` are tokens. */
export function tokenize(text: string): string[] {
  const out: string[] = [];
  let word = "";
  for (const raw of text) {
    let ch = raw;
    if (ch === "!" || ch === "?") ch = ".";
    else if (ch === ":" || ch === ";") ch = ",";
    else if (ch >= "a" && ch <= "z") ch = ch.toUpperCase();
    if (INPUT_SEPARATORS.has(ch)) {
      if (word) {
        out.push(word);
        word = "";
      }
      if (ch === "," || ch === ".") out.push(ch);
    } else {
      word += ch;
    }
  }
  if (word) out.push(word);
  return out;
}

/** Match words against a pattern; components as [start, end) ranges, or undefined. Each 0 takes as few words as it can. */
export function matchPattern(
  pattern: readonly PatternElement[],
  words: readonly string[],
  tags: ReadonlyMap<string, ReadonlySet<string>>,
): Array<[number, number]> | undefined {
  const comps: Array<[number, number]> = [];
  const go = (p: number, w: number): boolean => {
    const el = pattern[p];
    if (el === undefined) return w === words.length;
    if (el.kind === "any") {
      for (let end = w; end <= words.length; end++) {
        comps.push([w, end]);
        if (go(p + 1, end)) return true;
        comps.pop();
      }
      return false;
    }
    if (el.kind === "count") {
      if (w + el.count > words.length) return false;
      comps.push([w, w + el.count]);
      if (go(p + 1, w + el.count)) return true;
      comps.pop();
      return false;
    }
    const word = words[w];
    if (word === undefined) return false;
    let ok: boolean;
    if (el.kind === "word") ok = el.word === word;
    else if (el.kind === "oneof") ok = el.words.includes(word);
    else ok = el.words.some((t) => tags.get(t)?.has(word) ?? false);
    if (!ok) return false;
    comps.push([w, w + 1]);
    if (go(p + 1, w + 1)) return true;
    comps.pop();
    return false;
  };
  return go(0, 0) ? comps : undefined;
}

function reassemble(parts: readonly string[], comps: Array<[number, number]>, words: readonly string[]): string[] {
  const out: string[] = [];
  for (const part of parts) {
    if (isNumber(part)) {
      const n = Number.parseInt(part, 10);
      const c = comps[n - 1];
      if (n < 1 || c === undefined) throw new ScriptError(`reassembly refers to component ${n} of ${comps.length}`);
      out.push(...words.slice(c[0], c[1]));
    } else {
      out.push(part);
    }
  }
  return out;
}

const BCD_SPECIAL: Record<string, number> = {
  " ": 0o60,
  "'": 0o14,
  "=": 0o13,
  "+": 0o20,
  ".": 0o33,
  ")": 0o34,
  "-": 0o40,
  $: 0o53,
  "*": 0o54,
  "/": 0o61,
  ",": 0o73,
  "(": 0o74,
};

function bcd(ch: string): bigint {
  const c = ch.codePointAt(0) ?? 0;
  if (ch >= "0" && ch <= "9") return BigInt(c - 48);
  if (ch >= "A" && ch <= "I") return BigInt(0o21 + c - 65);
  if (ch >= "J" && ch <= "R") return BigInt(0o41 + c - 74);
  if (ch >= "S" && ch <= "Z") return BigInt(0o62 + c - 83);
  const special = BCD_SPECIAL[ch];
  return BigInt(special ?? c & 0x3f);
}

/** The SLIP HASH of a word's last 6-character chunk: which MEMORY pair (0..3) to use. */
export function memoryHash(word: string): number {
  const chars = Array.from(word);
  const start = chars.length === 0 ? 0 : Math.floor((chars.length - 1) / 6) * 6;
  let d = 0n;
  for (let i = 0; i < 6; i++) d = (d << 6n) | bcd(chars[start + i] ?? " ");
  d &= (1n << 35n) - 1n;
  return Number(((d * d) >> 34n) & 3n);
}

type Outcome = { reply: string } | { newkey: true } | { words: string[]; link: string };

/** One ELIZA session: LIMIT, the MEMORY queue and the reassembly counters. */
export class Conversation {
  /** LIMIT (1..4); moves on before every reply. */
  limit = 1;
  /** MEMORY queue, oldest first. */
  readonly memories: string[] = [];
  private readonly counters = new Map<string, number>();

  constructor(readonly script: Script) {}

  get greeting(): string {
    return this.script.greeting;
  }

  /** ELIZA's reply to one input. */
  respond(text: string): string {
    const script = this.script;
    this.limit = (this.limit % 4) + 1;
    let words = tokenize(text);
    const keystack: string[] = [];
    let top = 0;
    let i = 0;
    while (i < words.length) {
      const word = words[i] as string;
      if (word === "," || word === "." || word === "BUT") {
        if (keystack.length === 0) {
          words = words.slice(i + 1);
          i = 0;
          continue;
        }
        words = words.slice(0, i);
        break;
      }
      const rule = script.rules.get(word);
      if (rule !== undefined) {
        if (isKeyword(rule)) {
          if (rule.precedence > top) {
            keystack.unshift(word);
            top = rule.precedence;
          } else {
            keystack.push(word);
          }
        }
        if (rule.substitution !== undefined) words[i] = rule.substitution;
      }
      i += 1;
    }

    if (keystack.length === 0 && this.limit === 4 && this.memories.length > 0) {
      return this.memories.shift() as string;
    }

    let links = 0;
    for (let keyword = keystack.shift(); keyword !== undefined; keyword = keystack.shift()) {
      const rule = script.rules.get(keyword);
      if (rule === undefined) throw new ScriptError(`link to unknown keyword ${keyword}`);
      if (keyword === script.memory.keyword) this.remember(words);
      const outcome = this.apply(rule, words);
      if ("reply" in outcome) return outcome.reply;
      if ("newkey" in outcome) continue;
      links += 1;
      if (links > MAX_LINKS) throw new ScriptError(`script links loop (last link ${outcome.link})`);
      words = outcome.words;
      keystack.unshift(outcome.link);
    }
    const outcome = this.apply(script.none, words);
    if (!("reply" in outcome)) throw new ScriptError("the NONE rule must produce a reply");
    return outcome.reply;
  }

  private remember(words: string[]): void {
    const last = words[words.length - 1];
    if (last === undefined) return;
    const pair = this.script.memory.pairs[memoryHash(last)];
    if (pair === undefined) return;
    const comps = matchPattern(pair.pattern, words, this.script.tags);
    if (comps !== undefined) this.memories.push(reassemble(pair.parts, comps, words).join(" "));
  }

  private apply(rule: Rule, words: string[]): Outcome {
    for (const [index, decomp] of rule.decompositions.entries()) {
      const comps = matchPattern(decomp.pattern, words, this.script.tags);
      if (comps === undefined) continue;
      const key = `${rule.keyword}\u0000${index}`;
      const n = this.counters.get(key) ?? 0;
      this.counters.set(key, (n + 1) % decomp.reassemblies.length);
      const re = decomp.reassemblies[n] as Reassembly;
      switch (re.kind) {
        case "newkey":
          return { newkey: true };
        case "link":
          return { words, link: re.link };
        case "pre":
          return { words: reassemble(re.parts, comps, words), link: re.link };
        case "text":
          return { reply: reassemble(re.parts, comps, words).join(" ") };
      }
    }
    if (rule.link !== undefined) return { words, link: rule.link };
    return { reply: NO_MATCH_REPLIES[this.limit - 1] as string };
  }
}
