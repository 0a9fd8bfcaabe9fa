//! Weizenbaum's 1966 ELIZA engine driven by the DOCTOR script. Same algorithm as the Python reference
//! (`python/plugin_eliza_classic/engine.py`) and the TypeScript engine: byte-identical replies.
//!
//! No filesystem, threads or clocks: the script is embedded with `include_str!`, so the engine also builds for
//! `wasm32-unknown-unknown`.
use std::collections::{HashMap, HashSet, VecDeque};
use std::fmt;
use std::sync::OnceLock;

/// The DOCTOR script text (the one shared source of truth, `data/DOCTOR.script.txt`).
pub const DOCTOR_SCRIPT: &str = include_str!("../../data/DOCTOR.script.txt");

/// Replies used when no decomposition of a keyword matches, chosen by LIMIT 1..4.
pub const NO_MATCH_REPLIES: [&str; 4] = ["PLEASE CONTINUE", "HMMM", "GO ON , PLEASE", "I SEE"];

/// More links than this while answering one input means the script loops.
pub const MAX_LINKS: usize = 1000;

/// The script is malformed (or links in a loop).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScriptError(pub String);

impl fmt::Display for ScriptError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "ELIZA script error: {}", self.0)
    }
}

impl std::error::Error for ScriptError {}

fn err<T>(msg: impl Into<String>) -> Result<T, ScriptError> {
    Err(ScriptError(msg.into()))
}

// ---------------------------------------------------------------------------------------------------------
// Script reading
// ---------------------------------------------------------------------------------------------------------

#[derive(Debug, Clone, PartialEq, Eq)]
enum SExpr {
    Atom(String),
    List(Vec<SExpr>),
}

impl SExpr {
    fn atom(&self) -> Option<&str> {
        match self {
            SExpr::Atom(a) => Some(a),
            SExpr::List(_) => None,
        }
    }
    fn list(&self) -> Option<&[SExpr]> {
        match self {
            SExpr::List(l) => Some(l),
            SExpr::Atom(_) => None,
        }
    }
}

fn script_tokens(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut atom = String::new();
    let mut in_comment = false;
    for ch in text.chars() {
        if in_comment {
            if ch == '\n' {
                in_comment = false;
            }
            continue;
        }
        match ch {
            ';' | '(' | ')' | '=' | ' ' | '\t' | '\r' | '\n' | '\x0c' | '\x0b' => {
                if !atom.is_empty() {
                    out.push(std::mem::take(&mut atom));
                }
                match ch {
                    ';' => in_comment = true,
                    '(' | ')' | '=' => out.push(ch.to_string()),
                    _ => {}
                }
            }
            _ => atom.push(ch),
        }
    }
    if !atom.is_empty() {
        out.push(atom);
    }
    out
}

fn read_sexprs(tokens: Vec<String>) -> Result<Vec<SExpr>, ScriptError> {
    let mut stack: Vec<Vec<SExpr>> = vec![Vec::new()];
    for (pos, tok) in tokens.into_iter().enumerate() {
        match tok.as_str() {
            "(" => stack.push(Vec::new()),
            ")" => {
                if stack.len() == 1 {
                    return err(format!("unbalanced ')' at token {pos}"));
                }
                let done = stack.pop().unwrap_or_default();
                if let Some(top) = stack.last_mut() {
                    top.push(SExpr::List(done));
                }
            }
            _ => {
                if let Some(top) = stack.last_mut() {
                    top.push(SExpr::Atom(tok));
                }
            }
        }
    }
    if stack.len() != 1 {
        return err("unbalanced '(' at end of script");
    }
    Ok(stack.pop().unwrap_or_default())
}

fn atoms(expr: &SExpr, what: &str) -> Result<Vec<String>, ScriptError> {
    let Some(list) = expr.list() else {
        return err(format!("{what}: expected a list of words, got {expr:?}"));
    };
    list.iter()
        .map(|e| e.atom().map(str::to_string).ok_or_else(|| ScriptError(format!("{what}: expected a word, got {e:?}"))))
        .collect()
}

fn number(word: &str) -> Option<usize> {
    if !word.is_empty() && word.bytes().all(|b| b.is_ascii_digit()) {
        word.parse().ok()
    } else {
        None
    }
}

/// One element of a decomposition pattern.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PatternElement {
    /// `0`: any number of words.
    Any,
    /// `n`: exactly n words.
    Count(usize),
    /// A word that must be equal.
    Word(String),
    /// `(*A B C)`: one of these words.
    OneOf(Vec<String>),
    /// `(/T1 T2)`: one word whose DLIST has one of these tags.
    Tags(Vec<String>),
}

/// One reassembly rule.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reassembly {
    /// Words and component numbers.
    Text(Vec<String>),
    /// `(NEWKEY)`.
    NewKey,
    /// `(=X)`.
    Link(String),
    /// `(PRE (words) (=X))`.
    Pre(Vec<String>, String),
}

/// A decomposition pattern with its reassembly rules.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decomposition {
    pub pattern: Vec<PatternElement>,
    pub reassemblies: Vec<Reassembly>,
}

/// A keyword entry of the script.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Rule {
    pub keyword: String,
    pub substitution: Option<String>,
    pub precedence: i64,
    pub tags: Vec<String>,
    pub link: Option<String>,
    pub decompositions: Vec<Decomposition>,
}

impl Rule {
    /// A keyword has decomposition rules or a rule-level `(=X)` link.
    pub fn is_keyword(&self) -> bool {
        !self.decompositions.is_empty() || self.link.is_some()
    }
}

/// The MEMORY rule: keyword and four (pattern, reassembly) pairs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MemoryRule {
    pub keyword: String,
    pub pairs: Vec<(Vec<PatternElement>, Vec<String>)>,
}

fn parse_pattern(items: &[SExpr], where_: &str) -> Result<Vec<PatternElement>, ScriptError> {
    let mut out = Vec::new();
    for el in items {
        match el {
            SExpr::Atom(a) => match number(a) {
                Some(0) => out.push(PatternElement::Any),
                Some(n) => out.push(PatternElement::Count(n)),
                None => out.push(PatternElement::Word(a.clone())),
            },
            SExpr::List(_) => {
                let words = atoms(el, where_)?;
                let Some(first) = words.first() else {
                    return err(format!("{where_}: empty list in pattern"));
                };
                let star = first.starts_with('*');
                if !star && !first.starts_with('/') {
                    return err(format!("{where_}: pattern list must start with * or /, got {words:?}"));
                }
                let mut items: Vec<String> = Vec::new();
                let head = &first[1..];
                if !head.is_empty() {
                    items.push(head.to_string());
                }
                items.extend(words[1..].iter().filter(|w| !w.is_empty()).cloned());
                out.push(if star { PatternElement::OneOf(items) } else { PatternElement::Tags(items) });
            }
        }
    }
    Ok(out)
}

fn parse_reassembly(expr: &SExpr, where_: &str) -> Result<Reassembly, ScriptError> {
    let Some(list) = expr.list() else {
        return err(format!("{where_}: reassembly must be a list, got {expr:?}"));
    };
    let first = list.first().and_then(SExpr::atom);
    if list.len() == 1 && first == Some("NEWKEY") {
        return Ok(Reassembly::NewKey);
    }
    if list.len() == 2 && first == Some("=") {
        if let Some(target) = list[1].atom() {
            return Ok(Reassembly::Link(target.to_string()));
        }
    }
    if first == Some("PRE") {
        let link = list.get(2).and_then(SExpr::list);
        if let (3, Some([SExpr::Atom(eq), SExpr::Atom(target)])) = (list.len(), link) {
            if eq == "=" {
                return Ok(Reassembly::Pre(atoms(&list[1], where_)?, target.clone()));
            }
        }
        return err(format!("{where_}: PRE must be (PRE (words) (=KEYWORD)), got {expr:?}"));
    }
    Ok(Reassembly::Text(atoms(expr, where_)?))
}

fn parse_rule(list: &[SExpr]) -> Result<Rule, ScriptError> {
    let keyword = list.first().and_then(SExpr::atom).unwrap_or_default().to_string();
    let mut rule = Rule { keyword: keyword.clone(), ..Rule::default() };
    let mut i = 1;
    while i < list.len() {
        let el = &list[i];
        match el {
            SExpr::Atom(a) if a == "=" => {
                let Some(sub) = list.get(i + 1).and_then(SExpr::atom) else {
                    return err(format!("rule {keyword}: '=' must be followed by a word"));
                };
                rule.substitution = Some(sub.to_string());
                i += 2;
                continue;
            }
            SExpr::Atom(a) if number(a).is_some() => {
                rule.precedence = a.parse().map_err(|_| ScriptError(format!("rule {keyword}: bad precedence")))?;
            }
            SExpr::Atom(a) if a == "DLIST" => {
                let Some(next) = list.get(i + 1).filter(|e| e.list().is_some()) else {
                    return err(format!("rule {keyword}: DLIST must be followed by a list"));
                };
                rule.tags = atoms(next, &format!("rule {keyword} DLIST"))?
                    .into_iter()
                    .map(|w| w.strip_prefix('/').map(str::to_string).unwrap_or(w))
                    .filter(|w| !w.is_empty())
                    .collect();
                i += 2;
                continue;
            }
            SExpr::List(items) if items.len() == 2 && items[0].atom() == Some("=") && items[1].atom().is_some() => {
                rule.link = items[1].atom().map(str::to_string);
            }
            SExpr::List(items) if items.first().is_some_and(|f| f.list().is_some()) => {
                let where_ = format!("rule {keyword} decomposition {}", rule.decompositions.len() + 1);
                let pattern = parse_pattern(items[0].list().unwrap_or_default(), &where_)?;
                let reassemblies =
                    items[1..].iter().map(|r| parse_reassembly(r, &where_)).collect::<Result<Vec<_>, _>>()?;
                if reassemblies.is_empty() {
                    return err(format!("{where_}: no reassembly rules"));
                }
                rule.decompositions.push(Decomposition { pattern, reassemblies });
            }
            _ => return err(format!("rule {keyword}: unexpected element {el:?}")),
        }
        i += 1;
    }
    Ok(rule)
}

fn parse_memory(list: &[SExpr]) -> Result<MemoryRule, ScriptError> {
    let Some(keyword) = list.get(1).and_then(SExpr::atom) else {
        return err("MEMORY: expected (MEMORY KEYWORD (pattern = reassembly) ...)");
    };
    let mut pairs = Vec::new();
    for el in &list[2..] {
        let words = atoms(el, "MEMORY")?;
        let Some(eq) = words.iter().position(|w| w == "=") else {
            return err(format!("MEMORY: pair without '=': {words:?}"));
        };
        let pattern: Vec<SExpr> = words[..eq].iter().cloned().map(SExpr::Atom).collect();
        pairs.push((parse_pattern(&pattern, "MEMORY")?, words[eq + 1..].to_vec()));
    }
    if pairs.len() != 4 {
        return err(format!("MEMORY: expected 4 pattern pairs, got {}", pairs.len()));
    }
    Ok(MemoryRule { keyword: keyword.to_string(), pairs })
}

/// A parsed ELIZA script.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Script {
    pub greeting: String,
    pub rules: HashMap<String, Rule>,
    pub none: Rule,
    pub memory: MemoryRule,
    pub tags: HashMap<String, HashSet<String>>,
}

impl Script {
    /// Parse script text.
    pub fn parse(text: &str) -> Result<Script, ScriptError> {
        let exprs = read_sexprs(script_tokens(text))?;
        let Some(first) = exprs.first().filter(|e| e.list().is_some()) else {
            return err("script must start with the greeting list");
        };
        let greeting = atoms(first, "greeting")?.join(" ");
        let mut pos = 1;
        if exprs.get(pos).and_then(SExpr::atom) == Some("START") {
            pos += 1;
        }
        let mut rules = HashMap::new();
        let mut none = None;
        let mut memory = None;
        for expr in &exprs[pos..] {
            let Some(list) = expr.list() else {
                return err(format!("expected a rule list, got {expr:?}"));
            };
            if list.is_empty() {
                break; // () ends the script
            }
            let Some(head) = list[0].atom() else {
                return err(format!("rule must start with a keyword, got {:?}", list[0]));
            };
            match head {
                "MEMORY" => memory = Some(parse_memory(list)?),
                "NONE" => none = Some(parse_rule(list)?),
                _ => {
                    rules.insert(head.to_string(), parse_rule(list)?);
                }
            }
        }
        let Some(none) = none.filter(|n| !n.decompositions.is_empty()) else {
            return err("script has no NONE rule");
        };
        let Some(memory) = memory else {
            return err("script has no MEMORY rule");
        };
        let mut tags: HashMap<String, HashSet<String>> = HashMap::new();
        for rule in rules.values() {
            for tag in &rule.tags {
                tags.entry(tag.clone()).or_default().insert(rule.keyword.clone());
            }
        }
        Ok(Script { greeting, rules, none, memory, tags })
    }

    /// The DOCTOR script, parsed once.
    pub fn doctor() -> &'static Script {
        static DOCTOR: OnceLock<Script> = OnceLock::new();
        DOCTOR.get_or_init(|| match Script::parse(DOCTOR_SCRIPT) {
            Ok(s) => s,
            Err(e) => panic!("embedded DOCTOR script does not parse: {e}"),
        })
    }
}

// ---------------------------------------------------------------------------------------------------------
// Input, matching, HASH
// ---------------------------------------------------------------------------------------------------------

/// Upper-case (ASCII letters only) and split: `!?` -> `.`, `:;` -> `,`, `"` -> space; `,` and `.` are tokens.
pub fn tokenize(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut word = String::new();
    for raw in text.chars() {
        let ch = match raw {
            '!' | '?' => '.',
            ':' | ';' => ',',
            c => c.to_ascii_uppercase(),
        };
        match ch {
            ' ' | '\t' | '\r' | '\n' | '\x0c' | '\x0b' | '"' | ',' | '.' => {
                if !word.is_empty() {
                    out.push(std::mem::take(&mut word));
                }
                if ch == ',' || ch == '.' {
                    out.push(ch.to_string());
                }
            }
            c => word.push(c),
        }
    }
    if !word.is_empty() {
        out.push(word);
    }
    out
}

/// Match words against a pattern; the components as (start, end) ranges, one per element.
/// Each `0` takes as few words as it can, left to right.
pub fn match_pattern(
    pattern: &[PatternElement],
    words: &[String],
    tags: &HashMap<String, HashSet<String>>,
) -> Option<Vec<(usize, usize)>> {
    fn go(
        pattern: &[PatternElement],
        words: &[String],
        tags: &HashMap<String, HashSet<String>>,
        p: usize,
        w: usize,
        comps: &mut Vec<(usize, usize)>,
    ) -> bool {
        let Some(el) = pattern.get(p) else {
            return w == words.len();
        };
        match el {
            PatternElement::Any => {
                for end in w..=words.len() {
                    comps.push((w, end));
                    if go(pattern, words, tags, p + 1, end, comps) {
                        return true;
                    }
                    comps.pop();
                }
                false
            }
            PatternElement::Count(n) => {
                if w + n > words.len() {
                    return false;
                }
                comps.push((w, w + n));
                if go(pattern, words, tags, p + 1, w + n, comps) {
                    return true;
                }
                comps.pop();
                false
            }
            _ => {
                let Some(word) = words.get(w) else {
                    return false;
                };
                let ok = match el {
                    PatternElement::Word(x) => x == word,
                    PatternElement::OneOf(xs) => xs.iter().any(|x| x == word),
                    PatternElement::Tags(ts) => ts.iter().any(|t| tags.get(t).is_some_and(|s| s.contains(word))),
                    PatternElement::Any | PatternElement::Count(_) => false,
                };
                if !ok {
                    return false;
                }
                comps.push((w, w + 1));
                if go(pattern, words, tags, p + 1, w + 1, comps) {
                    return true;
                }
                comps.pop();
                false
            }
        }
    }
    let mut comps = Vec::with_capacity(pattern.len());
    go(pattern, words, tags, 0, 0, &mut comps).then_some(comps)
}

fn reassemble(parts: &[String], comps: &[(usize, usize)], words: &[String]) -> Result<Vec<String>, ScriptError> {
    let mut out = Vec::new();
    for part in parts {
        match number(part) {
            Some(n) => {
                let Some(&(s, e)) = n.checked_sub(1).and_then(|i| comps.get(i)) else {
                    return err(format!("reassembly refers to component {n} of {}", comps.len()));
                };
                out.extend(words[s..e].iter().cloned());
            }
            None => out.push(part.clone()),
        }
    }
    Ok(out)
}

fn bcd(ch: char) -> u64 {
    match ch {
        '0'..='9' => ch as u64 - '0' as u64,
        'A'..='I' => 0o21 + (ch as u64 - 'A' as u64),
        'J'..='R' => 0o41 + (ch as u64 - 'J' as u64),
        'S'..='Z' => 0o62 + (ch as u64 - 'S' as u64),
        ' ' => 0o60,
        '\'' => 0o14,
        '=' => 0o13,
        '+' => 0o20,
        '.' => 0o33,
        ')' => 0o34,
        '-' => 0o40,
        '$' => 0o53,
        '*' => 0o54,
        '/' => 0o61,
        ',' => 0o73,
        '(' => 0o74,
        c => (c as u64) & 0x3f,
    }
}

/// The SLIP HASH of a word's last 6-character chunk: which MEMORY pair (0..3) to use.
pub fn memory_hash(word: &str) -> usize {
    let chars: Vec<char> = word.chars().collect();
    let start = if chars.is_empty() { 0 } else { ((chars.len() - 1) / 6) * 6 };
    let mut d: u64 = 0;
    for i in 0..6 {
        let ch = chars.get(start + i).copied().unwrap_or(' ');
        d = (d << 6) | bcd(ch);
    }
    d &= (1u64 << 35) - 1;
    let sq = u128::from(d) * u128::from(d);
    ((sq >> 34) & 3) as usize
}

// ---------------------------------------------------------------------------------------------------------
// Conversation
// ---------------------------------------------------------------------------------------------------------

enum Outcome {
    Reply(String),
    NewKey,
    Link(Vec<String>, String),
}

/// One ELIZA session: LIMIT, the MEMORY queue and the reassembly counters.
#[derive(Debug, Clone)]
pub struct Conversation {
    script: &'static Script,
    /// LIMIT (1..4); moves on before every reply.
    pub limit: u8,
    /// MEMORY queue, oldest first.
    pub memories: VecDeque<String>,
    counters: HashMap<(String, usize), usize>,
}

impl Default for Conversation {
    fn default() -> Self {
        Self::new(Script::doctor())
    }
}

impl Conversation {
    /// A new conversation with a script.
    pub fn new(script: &'static Script) -> Self {
        Self { script, limit: 1, memories: VecDeque::new(), counters: HashMap::new() }
    }

    /// The greeting printed before any input.
    pub fn greeting(&self) -> &str {
        &self.script.greeting
    }

    /// ELIZA's reply to one input.
    pub fn respond(&mut self, text: &str) -> Result<String, ScriptError> {
        let script = self.script;
        self.limit = self.limit % 4 + 1;
        let mut words = tokenize(text);
        let mut keystack: VecDeque<String> = VecDeque::new();
        let mut top: i64 = 0;
        let mut i = 0;
        while i < words.len() {
            let word = &words[i];
            if word == "," || word == "." || word == "BUT" {
                if keystack.is_empty() {
                    words.drain(..=i);
                    i = 0;
                    continue;
                }
                words.truncate(i);
                break;
            }
            if let Some(rule) = script.rules.get(word) {
                if rule.is_keyword() {
                    if rule.precedence > top {
                        keystack.push_front(word.clone());
                        top = rule.precedence;
                    } else {
                        keystack.push_back(word.clone());
                    }
                }
                if let Some(sub) = &rule.substitution {
                    words[i] = sub.clone();
                }
            }
            i += 1;
        }

        if keystack.is_empty() && self.limit == 4 {
            if let Some(m) = self.memories.pop_front() {
                return Ok(m);
            }
        }

        let mut links = 0;
        while let Some(keyword) = keystack.pop_front() {
            let Some(rule) = script.rules.get(&keyword) else {
                return err(format!("link to unknown keyword {keyword}"));
            };
            if keyword == script.memory.keyword {
                self.remember(&words)?;
            }
            match self.apply(rule, &words)? {
                Outcome::Reply(r) => return Ok(r),
                Outcome::NewKey => {}
                Outcome::Link(new_words, link) => {
                    links += 1;
                    if links > MAX_LINKS {
                        return err(format!("script links loop (last link {link})"));
                    }
                    words = new_words;
                    keystack.push_front(link);
                }
            }
        }
        match self.apply(&script.none, &words)? {
            Outcome::Reply(r) => Ok(r),
            _ => err("the NONE rule must produce a reply"),
        }
    }

    fn remember(&mut self, words: &[String]) -> Result<(), ScriptError> {
        let Some(last) = words.last() else {
            return Ok(());
        };
        let (pattern, parts) = &self.script.memory.pairs[memory_hash(last)];
        if let Some(comps) = match_pattern(pattern, words, &self.script.tags) {
            self.memories.push_back(reassemble(parts, &comps, words)?.join(" "));
        }
        Ok(())
    }

    fn apply(&mut self, rule: &Rule, words: &[String]) -> Result<Outcome, ScriptError> {
        for (index, decomp) in rule.decompositions.iter().enumerate() {
            let Some(comps) = match_pattern(&decomp.pattern, words, &self.script.tags) else {
                continue;
            };
            let counter = self.counters.entry((rule.keyword.clone(), index)).or_insert(0);
            let n = *counter;
            *counter = (n + 1) % decomp.reassemblies.len();
            return Ok(match &decomp.reassemblies[n] {
                Reassembly::NewKey => Outcome::NewKey,
                Reassembly::Link(x) => Outcome::Link(words.to_vec(), x.clone()),
                Reassembly::Pre(parts, x) => Outcome::Link(reassemble(parts, &comps, words)?, x.clone()),
                Reassembly::Text(parts) => Outcome::Reply(reassemble(parts, &comps, words)?.join(" ")),
            });
        }
        if let Some(link) = &rule.link {
            return Ok(Outcome::Link(words.to_vec(), link.clone()));
        }
        Ok(Outcome::Reply(NO_MATCH_REPLIES[usize::from(self.limit) - 1].to_string()))
    }
}
