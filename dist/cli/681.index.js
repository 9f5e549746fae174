export const id = 681;
export const ids = [681];
export const modules = {

/***/ 797:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ checkAttachment)
/* harmony export */ });
/* harmony import */ var _providers_attachment_check_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(820);
// Checks a file given as an attachment before anything is recorded.

/** `ok` with the path when it names a readable regular file, else the reason it cannot be attached. */
function checkAttachment(path) {
    const reason = (0,_providers_attachment_check_js__WEBPACK_IMPORTED_MODULE_0__/* .attachmentProblem */ .z)(path);
    return Promise.resolve(reason === undefined ? { ok: true, path } : { ok: false, reason });
}


/***/ }),

/***/ 4333:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ti: () => (/* binding */ actorName),
  fO: () => (/* binding */ destructiveReason),
  Vg: () => (/* binding */ engineDeps),
  LV: () => (/* binding */ knownActor),
  F9: () => (/* binding */ runbookRedactor)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __webpack_require__(4573);
// EXTERNAL MODULE: ./src/runbook/index.ts + 36 modules
var runbook = __webpack_require__(9059);
;// CONCATENATED MODULE: ./src/engine/output/go-replace.ts
/** Go reads a name as the longest run of letters, digits and underscores (unicode.IsLetter/IsDigit). */
const NAME = /^[\p{L}\p{Nd}_]+/u;
/** Parses a Go replacement template once, so each match only concatenates parts. */
function parseReplacement(template) {
    const parts = [];
    let literal = '';
    let rest = template;
    for (let dollar = rest.indexOf('$'); dollar !== -1; dollar = rest.indexOf('$')) {
        literal += rest.slice(0, dollar);
        rest = rest.slice(dollar + 1);
        if (rest.startsWith('$')) {
            literal += '$';
            rest = rest.slice(1);
            continue;
        }
        const ref = extractReference(rest);
        if (ref === undefined) {
            // Malformed: Go keeps the $ as text.
            literal += '$';
            continue;
        }
        if (literal !== '')
            parts.push(literal);
        literal = '';
        parts.push(ref.part);
        rest = rest.slice(ref.length);
    }
    literal += rest;
    if (literal !== '')
        parts.push(literal);
    return parts;
}
/** Reads `name` or `{name}` after a `$`, as Go's regexp extract() does. */
function extractReference(text) {
    const brace = text.startsWith('{');
    const name = NAME.exec(brace ? text.slice(1) : text)?.[0];
    if (name === undefined)
        return undefined;
    let length = name.length;
    if (brace) {
        if (text[name.length + 1] !== '}')
            return undefined;
        length += 2;
    }
    return { part: groupOrName(name), length };
}
/** A purely numeric name (ASCII digits, no leading zero, at most 9 digits) is a group index. */
function groupOrName(name) {
    const numeric = /^(0|[1-9][0-9]{0,8})$/.test(name);
    return numeric ? { group: Number(name) } : { name };
}
/** Fills a parsed template from one match; unknown or unmatched groups give the empty string. */
function expandReplacement(parts, match) {
    let out = '';
    for (const part of parts) {
        if (typeof part === 'string')
            out += part;
        else
            out += match.group('group' in part ? part.group : part.name) ?? '';
    }
    return out;
}
/**
 * Replaces every match of a pattern, as Go's ReplaceAllString does: an empty match right after
 * a previous match is not replaced, and the search always advances by at least one character.
 * Returns `text` itself (the same string) when nothing matched.
 */
function replaceAllGo(text, regex, parts) {
    let out = '';
    let lastEnd = 0;
    let replaced = false;
    for (let m = regex.exec(text, 0); m !== null;) {
        const start = m.index;
        const end = m.end;
        out += text.slice(lastEnd, start);
        if (end > lastEnd || start === 0)
            out += expandReplacement(parts, m);
        lastEnd = end;
        replaced = true;
        if (end === start && start >= text.length)
            break;
        m = regex.exec(text, end === start ? start + codePointWidth(text, start) : end);
    }
    return replaced ? out + text.slice(lastEnd) : text;
}
/** Width in UTF-16 units of the code point at `i`: an empty match never splits a surrogate pair. */
function codePointWidth(text, i) {
    const c = text.charCodeAt(i);
    return c >= 0xd800 && c <= 0xdbff && i + 1 < text.length ? 2 : 1;
}

;// CONCATENATED MODULE: ./src/engine/output/line-cut.ts
// Where to cut an overlong line. A line longer than the line cap is redacted in segments so memory
// stays bounded; the cut is placed where it splits no match, so a secret that straddles the default
// cut is still redacted whole. The choice depends only on the window's text, never on how the text
// arrived, which is what keeps streaming redaction equal to one-shot redaction.
/**
 * Chooses the end of the next segment of `window` (the first `cap` characters of what is left of
 * a line). The default cut keeps the last `overlap` characters for the next segment. When the
 * default cut falls strictly inside a match (each regex scanned over the window from its start, as
 * redaction scans a segment), the cut moves back to where that match, merged with the matches
 * overlapping it, starts; never below half the window. When the rules' matches reach further back
 * than that, only the secrets are considered: with `overlap` at most a quarter of the window, an
 * occurrence of a secret up to `overlap` long is then never split. The cut never splits a
 * surrogate pair.
 */
function chooseCut(window, overlap, secrets, rules) {
    const target = window.length - overlap;
    const floor = Math.floor(window.length / 2);
    const guards = secrets === undefined ? [[...rules]] : [[secrets, ...rules], [secrets]];
    let cut = target;
    for (const regexes of guards) {
        const covering = coveringMatch(window, target, floor, regexes);
        if (covering === undefined)
            break;
        if (covering.start >= floor) {
            cut = covering.start;
            break;
        }
    }
    if (isHighSurrogate(window.charCodeAt(cut - 1)))
        cut -= 1;
    return cut;
}
/** The union of overlapping matches that strictly contains `target`, if any. */
function coveringMatch(window, target, floor, regexes) {
    const intervals = regexes
        .flatMap((re) => matchesBefore(window, target, floor, re))
        .sort((a, b) => a.start - b.start);
    let merged;
    for (const m of intervals) {
        if (merged !== undefined && m.start < merged.end)
            merged.end = Math.max(merged.end, m.end);
        else if (merged !== undefined && merged.start < target && target < merged.end)
            break;
        else
            merged = { ...m };
    }
    return merged !== undefined && merged.start < target && target < merged.end ? merged : undefined;
}
/** Non-empty matches starting before `target` and ending after `floor`. */
function matchesBefore(window, target, floor, re) {
    const found = [];
    for (let pos = 0, m = find(re, window, 0); m !== null && m.start < target; m = find(re, window, pos)) {
        if (m.end === m.start)
            pos = m.end + 1;
        else {
            pos = m.end;
            if (m.end > floor)
                found.push(m);
        }
    }
    return found;
}
/** The first match at or after `from`. */
function find(re, text, from) {
    if (from > text.length)
        return null;
    if (!(re instanceof RegExp)) {
        const m = re.exec(text, from);
        return m === null ? null : { start: m.index, end: m.end };
    }
    re.lastIndex = from;
    const m = re.exec(text);
    re.lastIndex = 0;
    return m === null ? null : { start: m.index, end: m.index + m[0].length };
}
function isHighSurrogate(code) {
    return code >= 0xd800 && code <= 0xdbff;
}

;// CONCATENATED MODULE: ./src/engine/output/required-literal.ts
// Literal strings one of which every match of an RE2 pattern must contain, found by reading it.
// Lines holding none cannot match, so a rule like `([a-z][a-z0-9+.-]*://[^:/@\s]+):[^@\s]+@` (slow
// to scan with: it is tried at every letter) is only run on the lines holding "://", and
// `(?i)(password|passwd|pwd)\s*[:=]\s*\S+` on the lines holding one of its three words in any case.
//
// Conservative by construction: anything not understood (flag groups other than a leading (?i),
// \Q...\E, lookarounds) gives nothing, and escapes, classes, groups and quantifiers only ever end a
// literal run early. Only characters that match exactly themselves, at positions every match passes
// through exactly once or more, are kept. An alternation requires one of its branches' literals
// (when every branch has one).
const MIN_LENGTH = 2;
/** Longest total length of a literal set worth a prefilter. */
const MAX_TOTAL = 256;
/** A substring of every match of the pattern, or undefined when no single one can be shown. */
function requiredLiteral(source, flags) {
    if (flags.includes('i'))
        return undefined;
    const r = requiredLiterals(source);
    return r !== undefined && !r.foldCase && r.literals.length === 1 ? r.literals[0] : undefined;
}
/** Literals one of which every match contains, or undefined when none can be shown. */
function requiredLiterals(source) {
    const foldCase = source.startsWith('(?i)');
    const body = foldCase ? source.slice(4) : source;
    const seq = parseSequence(body, 0, false);
    if (seq === undefined || seq.end !== body.length || seq.best.length === 0)
        return undefined;
    const literals = [...new Set(seq.best)];
    if (quality(literals) < MIN_LENGTH)
        return undefined;
    if (literals.reduce((n, l) => n + l.length, 0) > MAX_TOTAL)
        return undefined;
    return { literals, foldCase };
}
/** How selective a requirement is: its shortest member (0 for none). */
function quality(req) {
    return req.length === 0 ? 0 : Math.min(...req.map((r) => r.length));
}
function parseSequence(src, start, inGroup) {
    const branches = [];
    let best = [];
    let run = '';
    const keep = (r) => {
        if (quality(r) > quality(best))
            best = r;
    };
    const endRun = () => {
        if (run !== '')
            keep([run]);
        run = '';
    };
    let i = start;
    while (i < src.length) {
        const c = src[i];
        if (c === ')') {
            if (!inGroup)
                return undefined;
            break;
        }
        if (c === '|') {
            endRun();
            branches.push(best);
            best = [];
            i++;
            continue;
        }
        const atom = parseAtom(src, i);
        if (atom === undefined)
            return undefined;
        const q = quantifier(src, atom.end);
        i = q?.end ?? atom.end;
        const required = q === undefined || q.min >= 1;
        if (atom.literal !== undefined && required) {
            run += atom.literal;
            // A repeated character is required once, but what follows it is not next to that once.
            if (q !== undefined)
                endRun();
            continue;
        }
        endRun();
        if (atom.inner !== undefined && required)
            keep(atom.inner);
    }
    endRun();
    if (branches.length === 0)
        return { end: i, best };
    branches.push(best);
    // Each branch must require something, else a match may contain nothing known.
    const union = branches.some((b) => b.length === 0) ? [] : branches.flat();
    return { end: i, best: union };
}
function parseAtom(src, i) {
    const c = src[i];
    if (c === '(')
        return parseGroup(src, i);
    if (c === '[')
        return { end: classEnd(src, i) };
    if (c === '\\')
        return parseEscape(src, i);
    if ('.^$'.includes(c))
        return { end: i + 1 };
    // A `{` that is no quantifier is a literal in non-unicode mode; taking it as unknown is safe.
    if (c === '{')
        return { end: i + 1 };
    if ('*+?}]'.includes(c))
        return undefined;
    const code = c.charCodeAt(0);
    const pair = code >= 0xd800 && code <= 0xdbff && i + 1 < src.length;
    return { end: i + (pair ? 2 : 1), literal: src.slice(i, i + (pair ? 2 : 1)) };
}
function parseGroup(src, i) {
    if (/^\(\?<?[=!]/.test(src.slice(i, i + 4)))
        return undefined; // lookaround
    let body = i + 1;
    if (src.startsWith('(?:', i))
        body = i + 3;
    else if (src.startsWith('(?<', i) || src.startsWith('(?P<', i))
        body = src.indexOf('>', i) + 1;
    else if (src[i + 1] === '?')
        return undefined; // a modifier group or anything new
    if (body === 0)
        return undefined;
    const seq = parseSequence(src, body, true);
    if (seq === undefined || src[seq.end] !== ')')
        return undefined;
    return { end: seq.end + 1, inner: seq.best };
}
/** An escape: the literal character for `\` + punctuation; nothing for classes, references, codes. */
function parseEscape(src, i) {
    const next = src[i + 1];
    if (next === undefined)
        return undefined;
    if (!/[A-Za-z0-9]/.test(next))
        return { end: i + 2, literal: next };
    if (next === 'Q')
        return undefined; // \Q...\E quotes metacharacters: not read here
    const rest = src.slice(i + 1);
    const long = /^[pP]\{[^}]*\}/.exec(rest) ??
        /^[pP][A-Za-z]/.exec(rest) ??
        /^x\{[0-9A-Fa-f]+\}/.exec(rest) ??
        /^x[0-9A-Fa-f]{2}/.exec(rest) ??
        /^[0-9]+/.exec(rest);
    return { end: i + 1 + (long?.[0].length ?? 1) };
}
/** Index after the `]` closing the class that opens at `i` (RE2: a leading `]` and `[:name:]`). */
function classEnd(src, i) {
    let j = i + 1;
    if (src[j] === '^')
        j++;
    if (src[j] === ']')
        j++;
    while (j < src.length && src[j] !== ']') {
        const posix = src.startsWith('[:', j) ? src.indexOf(':]', j + 2) : -1;
        j = posix !== -1 ? posix + 2 : j + (src[j] === '\\' ? 2 : 1);
    }
    return j + 1;
}
function quantifier(src, i) {
    const c = src[i];
    let q;
    if (c === '*' || c === '?')
        q = { min: 0, end: i + 1 };
    else if (c === '+')
        q = { min: 1, end: i + 1 };
    else if (c === '{') {
        const m = /^\{(\d+)(,\d*)?\}/.exec(src.slice(i));
        if (m !== null)
            q = { min: Number(m[1]), end: i + m[0].length };
    }
    if (q !== undefined && src[q.end] === '?')
        q.end++; // lazy
    return q;
}

;// CONCATENATED MODULE: ./src/engine/output/line-scan.ts


/** Below this many characters, a range of lines is tested line by line. */
const SMALL_RANGE = 512;
/** Spellings that make a multiline test of the block read a line differently than alone. */
const BLOCK_UNSAFE = /\\[Az]|\(\?[a-zA-Z]*-/;
/** How to find the lines a rule may match. */
function blockScanner(rule) {
    const required = requiredLiterals(rule.source);
    if (required !== undefined) {
        const only = required.literals[0];
        if (required.literals.length === 1 && !required.foldCase)
            return { literal: only };
        const alternatives = required.literals.map((l) => literalSource(l, required.foldCase));
        if (alternatives.every((a) => a !== undefined))
            return { literals: new RegExp(alternatives.join('|'), 'g') };
    }
    if (BLOCK_UNSAFE.test(rule.source))
        return { block: undefined, line: rule };
    const block = (0,runbook/* compileRegex */.DL)(rule.source, { multiline: true });
    return { block: block.ok ? block.regex : undefined, line: rule };
}
/**
 * Start offsets, ascending, of the lines of `block` (each line ending in "\n") in which one of
 * `scanners` finds a candidate. A line not listed is certainly left unchanged by every rule.
 */
function candidateLines(block, scanners) {
    const starts = new Set();
    for (const scanner of scanners) {
        if ('literal' in scanner) {
            for (let pos = 0; pos < block.length;) {
                const at = block.indexOf(scanner.literal, pos);
                if (at === -1)
                    break;
                starts.add(at === 0 ? 0 : block.lastIndexOf('\n', at - 1) + 1);
                pos = block.indexOf('\n', at) + 1;
                if (pos === 0)
                    break;
            }
            continue;
        }
        if ('literals' in scanner) {
            const re = scanner.literals;
            re.lastIndex = 0;
            for (let m = re.exec(block); m !== null; m = re.exec(block)) {
                const at = m.index;
                starts.add(at === 0 ? 0 : block.lastIndexOf('\n', at - 1) + 1);
                const next = block.indexOf('\n', at) + 1;
                if (next === 0)
                    break;
                re.lastIndex = next;
            }
            re.lastIndex = 0;
            continue;
        }
        if (scanner.block !== undefined && !block.includes('\r'))
            scanHalves(block, 0, block.length, scanner.block, scanner.line, starts);
        else
            scanEachLine(block, 0, block.length, scanner.line, starts);
    }
    return [...starts].sort((a, b) => a - b);
}
/** Lines of block[lo, hi) (whole lines) that `line` matches, pruning ranges `whole` cannot match. */
function scanHalves(block, lo, hi, whole, line, starts) {
    if (hi - lo <= SMALL_RANGE)
        return scanEachLine(block, lo, hi, line, starts);
    if (!whole.test(block.slice(lo, hi)))
        return;
    const mid = block.indexOf('\n', lo + ((hi - lo) >> 1)) + 1;
    if (mid === 0 || mid >= hi)
        return scanEachLine(block, lo, hi, line, starts);
    scanHalves(block, lo, mid, whole, line, starts);
    scanHalves(block, mid, hi, whole, line, starts);
}
function scanEachLine(block, lo, hi, line, starts) {
    for (let start = lo; start < hi;) {
        const nl = block.indexOf('\n', start);
        const end = nl === -1 || nl > hi ? hi : nl;
        const cr = end > start && block.charCodeAt(end - 1) === 13;
        if (line.test(block.slice(start, cr ? end - 1 : end)))
            starts.add(start);
        start = end + 1;
    }
}
/**
 * RE2's case folding of the ASCII letters: each folds with its other case only, except k (also
 * U+212A KELVIN SIGN) and s (also U+017F LATIN SMALL LETTER LONG S). line-scan.test.ts checks this
 * against re2js over every code point.
 */
const FOLD_EXTRA = { k: '\u212a', s: '\u017f' };
/** A JavaScript regex source matching exactly `literal` (RE2-folded), or undefined if not known. */
function literalSource(literal, foldCase) {
    let out = '';
    for (const ch of literal) {
        const lower = ch.toLowerCase();
        if (!foldCase || !/^[a-z]$/.test(lower)) {
            // A non-ASCII letter's RE2 folding is not tabled here: no prefilter then.
            if (foldCase && ch.toLowerCase() !== ch.toUpperCase())
                return undefined;
            out += ch.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
            continue;
        }
        out += `[${lower}${lower.toUpperCase()}${FOLD_EXTRA[lower] ?? ''}]`;
    }
    return out;
}

;// CONCATENATED MODULE: ./src/engine/output/secrets.ts
// Literal secrets: the values of environment variables matched by deny_env_vars. They are replaced
// wherever they occur in a line, before and after the redaction rules run.

/** What a redacted secret, or a rule without `replace`, becomes. */
const REDACTED = '<redacted>';
/**
 * Values shorter than this are not redacted. A one- to three-character value (`1`, `yes`, `dev`)
 * occurs by chance all over ordinary output: replacing every occurrence would shred the output and,
 * worse, the pattern of replacements would reveal the value. Such a value is not a secret worth
 * the name; a real credential is longer.
 */
const MIN_SECRET_LENGTH = 4;
/**
 * Splits secret values into what can be found in a line: redaction is line by line, so a value
 * holding line breaks (a PEM key) is redacted line by line, each line long enough being a secret.
 */
function secretPieces(values) {
    const pieces = new Set();
    for (const value of values) {
        for (const piece of value.split(/[\r\n]+/)) {
            if (piece.length >= MIN_SECRET_LENGTH)
                pieces.add(piece);
        }
    }
    // Longest first: at one position the alternation prefers the longest secret.
    return [...pieces].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
}
/** One global regex matching any of the pieces, or undefined when there are none. */
function secretRegex(pieces) {
    if (pieces.length === 0)
        return undefined;
    return new RegExp(pieces.map(runbook/* quoteRegex */.MI).join('|'), 'g');
}

;// CONCATENATED MODULE: ./src/engine/output/redactor.ts
// Redaction of everything a run stores, prints or reports: the runbook's governance.redact rules
// plus literal secrets (values of deny_env_vars variables).
//
// What is guaranteed (docs/REDACTION.md says the same for runbook authors):
// - Redaction is line by line: a line ends at "\n" (a "\r" just before it, or before the end of
//   the text, is not part of the line). Patterns never see a line break, so never match across one.
// - Each line goes through: literal secrets -> each rule in order (Go ReplaceAllString semantics,
//   default replacement "<redacted>") -> literal secrets again when a rule changed the line, so a
//   replacement template cannot put a secret back.
// - `stream()` gives the same output as `redactText()` for every way of chunking the input.
// - Memory is bounded: a line longer than `lineCap` characters (default 1 MiB) is redacted in
//   segments of at most `lineCap`, as if each segment were a line. The cut between two segments
//   keeps the last `overlap` characters (default 4 KiB) for the next segment and moves back so it
//   splits no occurrence of a literal secret and no rule match that crosses it (see line-cut.ts).
//   So in an overlong line, a secret or match up to `overlap` characters long is redacted whole;
//   a single match longer than that (say `token=\S+` over 3 MiB of non-space) may be cut, and the
//   part after the cut is then seen without its context.






const DEFAULT_LINE_CAP = 1024 * 1024;
const DEFAULT_OVERLAP = 4096;
/** Builds a redactor from governance.redact rules and the literal secret values. */
function compileRedactor(rules, secrets, options = {}) {
    const compiled = [];
    const errors = [];
    rules.forEach((rule, i) => {
        const c = (0,runbook/* compileRegex */.DL)(rule.pattern);
        if (c.ok)
            compiled.push({ regex: c.regex, parts: parseReplacement(rule.replace ?? REDACTED) });
        else
            errors.push(`redact[${i}]: ${c.error}`);
    });
    if (errors.length > 0)
        return { ok: false, errors };
    return { ok: true, redactor: new Redactor(compiled, secretPieces(secrets), options) };
}
class Redactor {
    rules;
    lineCap;
    overlap;
    secrets;
    ruleRegexes;
    /** One block scanner per rule (see line-scan.ts). */
    scanners;
    /** mayChange(): the bytes of the secrets and of the rules' single required literals... */
    byteLiterals;
    /** ...and the scanners of the other rules, run on the decoded block. */
    textScanners;
    constructor(rules, secretValues, options = {}) {
        this.rules = rules;
        this.lineCap = options.lineCap ?? DEFAULT_LINE_CAP;
        this.overlap = options.overlap ?? DEFAULT_OVERLAP;
        if (!(this.overlap >= 1 && this.overlap * 4 <= this.lineCap))
            throw new RangeError(`overlap ${this.overlap} must be at least 1 and at most lineCap / 4`);
        this.secrets = secretRegex(secretValues);
        this.ruleRegexes = rules.map((r) => r.regex);
        this.scanners = rules.map((r) => blockScanner(r.regex));
        this.byteLiterals = secretValues.map((v) => Buffer.from(v, 'utf8'));
        this.textScanners = [];
        for (const scanner of this.scanners) {
            if ('literal' in scanner)
                this.byteLiterals.push(Buffer.from(scanner.literal, 'utf8'));
            else
                this.textScanners.push(scanner);
        }
    }
    /** True when there is nothing to redact: output passes through unchanged. */
    get isEmpty() {
        return this.rules.length === 0 && this.secrets === undefined;
    }
    /**
     * For a block of whole lines (each ending in "\n") of valid UTF-8, each shorter than lineCap:
     * false when redaction certainly leaves it unchanged. Searches the bytes for each secret and each
     * rule's single required literal; only the other rules are scanned as text (decoded once, as
     * Latin-1 when the block is ASCII). Lets the collector skip decoding and re-encoding what cannot
     * change.
     */
    mayChange(block) {
        if (this.isEmpty)
            return false;
        for (const literal of this.byteLiterals)
            if (block.indexOf(literal) !== -1)
                return true;
        if (this.textScanners.length === 0)
            return false;
        const text = (0,external_node_buffer_.isAscii)(block) ? block.toString('latin1') : block.toString('utf8');
        return candidateLines(text, this.textScanners).length > 0;
    }
    /** Redacts a whole text at once (argv, captures, evidence, a whole output). */
    redactText(text) {
        const s = this.stream();
        return s.push(text) + s.end();
    }
    /** Starts a streaming redaction; its output equals redactText's for any chunking. */
    stream() {
        if (this.isEmpty)
            return { push: (chunk) => chunk, end: () => '' };
        let pending = '';
        return {
            push: (chunk) => {
                const r = this.redactAvailable(pending + chunk);
                pending = r.pending;
                return r.out;
            },
            end: () => {
                const last = pending;
                pending = '';
                return last === '' ? '' : this.redactLine(last);
            }
        };
    }
    /**
     * Redacts the complete lines of `text` and cuts segments off the incomplete last line while it
     * is at least lineCap long; returns the rest, which is shorter than lineCap.
     */
    redactAvailable(text) {
        const nl = text.lastIndexOf('\n');
        let out = nl === -1 ? '' : this.redactLines(text.slice(0, nl + 1));
        let rest = nl === -1 ? text : text.slice(nl + 1);
        while (rest.length >= this.lineCap) {
            const cut = this.segmentEnd(rest);
            out += this.redactPiece(rest.slice(0, cut));
            rest = rest.slice(cut);
        }
        return { out, pending: rest };
    }
    /** Redacts text made of complete lines, each ending in "\n". */
    redactLines(block) {
        if (block.length < this.lineCap)
            return this.redactShortLines(block);
        let out = '';
        for (let start = 0; start < block.length;) {
            const nl = block.indexOf('\n', start);
            let line = block.slice(start, nl);
            while (line.length >= this.lineCap) {
                const cut = this.segmentEnd(line);
                out += this.redactPiece(line.slice(0, cut));
                line = line.slice(cut);
            }
            out += this.redactLine(line) + '\n';
            start = nl + 1;
        }
        return out;
    }
    /**
     * Lines all shorter than lineCap. Literal secrets never hold a line break, so one pass over the
     * block finds exactly what a pass per line would.
     */
    redactShortLines(block) {
        const text = this.secrets === undefined ? block : block.replace(this.secrets, REDACTED);
        if (this.rules.length === 0)
            return text;
        const starts = candidateLines(text, this.scanners);
        if (starts.length === 0)
            return text;
        let out = '';
        let copied = 0;
        for (const start of starts) {
            const end = text.indexOf('\n', start);
            out += text.slice(copied, start) + this.applyRulesToLine(text.slice(start, end));
            copied = end;
        }
        return out + text.slice(copied);
    }
    /** One line without its "\n": a trailing "\r" belongs to the line break, not to the line. */
    redactLine(line) {
        const cr = line.endsWith('\r');
        const body = this.redactPiece(cr ? line.slice(0, -1) : line);
        return cr ? body + '\r' : body;
    }
    /** Secrets, then the rules, on text holding no line break. */
    redactPiece(piece) {
        const text = this.secrets === undefined ? piece : piece.replace(this.secrets, REDACTED);
        return this.applyRules(text);
    }
    /** The rules on a line whose secrets are already replaced; keeps a trailing "\r" out of reach. */
    applyRulesToLine(line) {
        if (!line.endsWith('\r'))
            return this.applyRules(line);
        return this.applyRules(line.slice(0, -1)) + '\r';
    }
    applyRules(text) {
        let out = text;
        for (const rule of this.rules)
            out = replaceAllGo(out, rule.regex, rule.parts);
        if (out === text || this.secrets === undefined)
            return out;
        return out.replace(this.secrets, REDACTED);
    }
    /** Where the segment cut from the start of an overlong line ends. */
    segmentEnd(line) {
        return chooseCut(line.slice(0, this.lineCap), this.overlap, this.secrets, this.ruleRegexes);
    }
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:string_decoder"
var external_node_string_decoder_ = __webpack_require__(6193);
;// CONCATENATED MODULE: ./src/engine/output/needle-watch.ts
// Watching a stream for substrings (the needles of `contains` assertions) in bounded memory: each
// chunk is searched, and so is the seam with the previous chunk, using the last (longest needle - 1)
// bytes of the stream. Needles are searched as UTF-8 bytes in the raw stream.
//
// One needle: Buffer.includes. Several: one pass for all of them, not one per needle. The chunk
// is read as Latin-1 (one character per byte, so a match is exactly a byte match) and searched
// with one regex, the needles' bytes as an alternation, longest first. At a position where several
// needles start, the longest that matches is reported and every shorter one is a prefix of it, so
// each needle inside the match text counts as seen; the search goes on from the next position, so
// no occurrence is skipped.
class NeedleWatch {
    found = new Map();
    pending;
    carry = Buffer.alloc(0);
    carrySize;
    /** The alternation of the pending needles (when there are several). */
    any;
    constructor(needles) {
        for (const n of needles)
            this.found.set(n, n === '');
        this.pending = [...this.found.keys()]
            .filter((n) => n !== '')
            .map((needle) => {
            const bytes = Buffer.from(needle, 'utf8');
            return { needle, bytes, text: bytes.toString('latin1') };
        });
        this.carrySize = 0;
        this.update();
    }
    /** For each needle: was it seen so far? */
    get seen() {
        return this.found;
    }
    scan(chunk) {
        if (this.pending.length === 0 || chunk.length === 0)
            return;
        const seam = this.carry.length === 0
            ? undefined
            : Buffer.concat([this.carry, chunk.subarray(0, this.carrySize)]);
        const hits = this.any === undefined
            ? this.pending.filter((p) => chunk.includes(p.bytes) || (seam?.includes(p.bytes) ?? false))
            : [...this.search(chunk, this.any), ...(seam ? this.search(seam, this.any) : [])];
        if (hits.length > 0) {
            for (const p of hits)
                this.found.set(p.needle, true);
            this.pending = this.pending.filter((p) => !hits.includes(p));
            this.update();
        }
        this.carry = lastBytesCopy(this.carry, chunk, this.carrySize);
    }
    /** The pending needles found in `bytes`, in one pass of the alternation. */
    search(bytes, any) {
        const text = bytes.toString('latin1');
        const hits = new Set();
        any.lastIndex = 0;
        for (let m = any.exec(text); m !== null; m = any.exec(text)) {
            for (const p of this.pending)
                if (m[0].includes(p.text))
                    hits.add(p);
            if (hits.size === this.pending.length)
                break;
            any.lastIndex = m.index + 1;
        }
        return [...hits];
    }
    update() {
        this.carrySize = Math.max(0, ...this.pending.map((p) => p.bytes.length - 1));
        const texts = this.pending.map((p) => p.text).sort((a, b) => b.length - a.length);
        this.any =
            texts.length < 2
                ? undefined
                : new RegExp(texts.map((t) => t.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|'), 'g');
    }
}
/** The last `n` bytes of `before` followed by `chunk`, copied so no chunk is kept alive. */
function lastBytesCopy(before, chunk, n) {
    if (n === 0)
        return Buffer.alloc(0);
    if (chunk.length >= n)
        return Buffer.from(chunk.subarray(chunk.length - n));
    const joined = Buffer.concat([before, chunk]);
    return Buffer.from(joined.subarray(Math.max(0, joined.length - n)));
}

;// CONCATENATED MODULE: ./src/engine/output/preview.ts
// The head and tail of a byte stream in bounded memory, cut only at UTF-8 character boundaries.
/** Keeps the first and last `size` bytes of a stream of valid UTF-8. */
class PreviewBuffer {
    size;
    headParts = [];
    headLength = 0;
    tailBytes = Buffer.alloc(0);
    total = 0;
    constructor(size) {
        this.size = size;
    }
    add(chunk) {
        if (chunk.length === 0)
            return;
        this.total += chunk.length;
        // Three bytes more than the head shows: enough to see where the character at the cut ends.
        if (this.headLength < this.size + 3) {
            // A copy, so the preview never keeps a whole chunk alive.
            const part = Buffer.from(chunk.subarray(0, this.size + 3 - this.headLength));
            this.headParts.push(part);
            this.headLength += part.length;
        }
        this.tailBytes =
            chunk.length >= this.size
                ? Buffer.from(chunk.subarray(chunk.length - this.size))
                : lastBytes(Buffer.concat([this.tailBytes, chunk]), this.size);
    }
    /**
     * head: at most `size` bytes from the start; tail: at most `size` bytes from the end, and empty
     * when head holds everything. When the stream fits in both, head + tail is the whole stream;
     * `truncated` says whether bytes between them were left out.
     */
    result() {
        const headBytes = Buffer.concat(this.headParts);
        if (this.total <= this.size)
            return { head: headBytes.toString('utf8'), tail: '', truncated: false };
        // headBytes[size] exists: the stream is longer than `size`.
        const headEnd = boundaryAtOrBefore(headBytes, this.size);
        const rest = this.total - headEnd;
        const tailStart = rest <= this.tailBytes.length
            ? this.tailBytes.length - rest
            : boundaryAtOrAfter(this.tailBytes, 0);
        const tail = this.tailBytes.subarray(tailStart);
        return {
            head: headBytes.subarray(0, headEnd).toString('utf8'),
            tail: tail.toString('utf8'),
            truncated: headEnd + tail.length < this.total
        };
    }
}
function lastBytes(buf, n) {
    return buf.length <= n ? buf : buf.subarray(buf.length - n);
}
/** A UTF-8 continuation byte (10xxxxxx) is never the start of a character. */
const isContinuation = (byte) => byte !== undefined && (byte & 0xc0) === 0x80;
function boundaryAtOrBefore(buf, i) {
    let at = i;
    while (at > 0 && isContinuation(buf[at]))
        at--;
    return at;
}
function boundaryAtOrAfter(buf, i) {
    let at = i;
    while (at < buf.length && isContinuation(buf[at]))
        at++;
    return at;
}

;// CONCATENATED MODULE: ./src/engine/output/collector.ts
// One output stream (stdout or stderr) of one step, collected in bounded memory: redacted as it
// streams, digested, previewed, optionally written to a sink, and kept raw only up to a limit for
// assertions and captures.
//
// The redacted stream is the UTF-8 encoding of the redacted text, so bytes that are not valid
// UTF-8 reach it (and the sink, digest and preview) as U+FFFD; `raw_bytes` counts what the command
// wrote. Memory: the pending line (< line cap), the preview, the needle seam and the retained raw
// text (<= retainBytes), whatever the size of the output.
//
// Fast path: output is cut into blocks of whole lines as bytes. A block that is valid UTF-8 and
// that no rule or secret can change (Redactor.mayChange: a literal search per rule on the bytes,
// the rule's own scan only for a rule without a literal) is its own redaction: it is digested,
// previewed and written as it came, never decoded and encoded again. Any other block goes through
// the redactor as text. Both give the bytes redactText() would, whatever the chunking.





const DEFAULT_PREVIEW_BYTES = 2048;
const DEFAULT_RETAIN_BYTES = 16 * 1024 * 1024;
const NEWLINE = 0x0a;
class OutputCollector {
    /** Decodes what goes to the redactor as text (a line too long to hold as bytes). */
    decoder = new external_node_string_decoder_.StringDecoder('utf8');
    /** Decodes the retained raw text. */
    retainDecoder = new external_node_string_decoder_.StringDecoder('utf8');
    redactor;
    redaction;
    hash = (0,external_node_crypto_.createHash)('sha256');
    preview;
    needles;
    sink;
    retainBytes;
    retained = [];
    /** The start of the current line, not yet redacted (fewer than lineCap bytes). */
    carry = [];
    carryBytes = 0;
    /** The current line went to the redactor as text: the rest of it follows until its "\n". */
    streaming = false;
    rawBytes = 0;
    bytes = 0;
    writing = Promise.resolve();
    ended = false;
    constructor(options) {
        this.redactor = options.redactor;
        this.redaction = options.redactor.stream();
        this.preview = new PreviewBuffer(options.previewBytes ?? DEFAULT_PREVIEW_BYTES);
        this.needles = new NeedleWatch(options.needles ?? []);
        this.sink = options.sink;
        this.retainBytes = options.retainBytes ?? DEFAULT_RETAIN_BYTES;
    }
    /**
     * Takes the next raw chunk. With a sink, returns a promise that settles when the sink has taken
     * the redacted bytes: the caller pauses the stream until then (backpressure).
     */
    push(chunk) {
        if (this.ended)
            throw new Error('OutputCollector.push after end()');
        this.rawBytes += chunk.length;
        this.needles.scan(chunk);
        this.retain(chunk);
        let rest = chunk;
        if (this.streaming) {
            const nl = chunk.indexOf(NEWLINE);
            if (nl === -1) {
                this.emitText(this.redaction.push(this.decoder.write(chunk)));
                return this.pressure();
            }
            this.streaming = false;
            this.emitText(this.redaction.push(this.decoder.write(chunk.subarray(0, nl + 1))));
            rest = chunk.subarray(nl + 1);
        }
        const last = rest.lastIndexOf(NEWLINE);
        if (last === -1) {
            this.hold(rest);
            return this.pressure();
        }
        const first = rest.indexOf(NEWLINE);
        if (this.carryBytes > 0) {
            // The line begun in an earlier chunk, completed: a small copy; the rest is not copied.
            this.carry.push(rest.subarray(0, first + 1));
            const line = Buffer.concat(this.carry);
            this.carry = [];
            this.carryBytes = 0;
            this.block(line);
            this.block(rest.subarray(first + 1, last + 1));
        }
        else
            this.block(rest.subarray(0, last + 1));
        this.hold(rest.subarray(last + 1));
        return this.pressure();
    }
    /** Flushes the last line, closes the sink and returns what was collected. */
    async end() {
        if (this.ended)
            throw new Error('OutputCollector.end called twice');
        this.ended = true;
        if (this.retained !== undefined)
            this.retained.push(this.retainDecoder.end());
        try {
            const tail = Buffer.concat(this.carry);
            this.carry = [];
            const text = this.decoder.write(tail) + this.decoder.end();
            this.emitText(this.redaction.push(text) + this.redaction.end());
            await this.writing;
        }
        catch (err) {
            // The sink failed (disk full, ...): release it, then report the failure.
            await this.sink?.close().catch(() => undefined);
            throw err;
        }
        const file = this.sink === undefined ? undefined : await this.sink.close();
        const text = this.retained?.join('');
        return {
            summary: {
                sha256: this.hash.digest('hex'),
                bytes: this.bytes,
                raw_bytes: this.rawBytes,
                ...this.preview.result(),
                ...(file === undefined ? {} : { file })
            },
            ...(text === undefined ? {} : { text }),
            overflowed: text === undefined,
            seen: this.needles.seen
        };
    }
    /** Keeps the start of a line; a line too long to keep goes to the redactor as text. */
    hold(part) {
        if (part.length === 0)
            return;
        this.carry.push(part);
        this.carryBytes += part.length;
        if (this.carryBytes < this.redactor.lineCap)
            return;
        const text = this.decoder.write(Buffer.concat(this.carry));
        this.carry = [];
        this.carryBytes = 0;
        this.streaming = true;
        this.emitText(this.redaction.push(text));
    }
    /** Whole lines, each ending in "\n". */
    block(lines) {
        if (lines.length === 0)
            return;
        // Below lineCap bytes, no line is cut into segments, so the per-line check is exact.
        const whole = lines.length < this.redactor.lineCap;
        if (whole && (0,external_node_buffer_.isUtf8)(lines) && !this.redactor.mayChange(lines))
            this.emitBytes(lines);
        else
            this.emitText(this.redaction.push(lines.toString('utf8')));
    }
    retain(chunk) {
        if (this.retained === undefined)
            return;
        if (this.rawBytes > this.retainBytes)
            this.retained = undefined;
        else
            this.retained.push(this.retainDecoder.write(chunk));
    }
    emitText(text) {
        if (text !== '')
            this.emitBytes(Buffer.from(text, 'utf8'));
    }
    emitBytes(bytes) {
        this.bytes += bytes.length;
        this.hash.update(bytes);
        this.preview.add(bytes);
        const sink = this.sink;
        if (sink === undefined)
            return;
        // Chained, so writes reach the sink in order even if a caller does not wait.
        this.writing = this.writing.then(() => sink.write(bytes));
    }
    pressure() {
        return this.sink === undefined ? undefined : this.writing;
    }
}

;// CONCATENATED MODULE: ./src/engine/output/index.ts
// Public surface of the output pipeline: redaction and per-stream collection.




// EXTERNAL MODULE: ./src/providers/system-clock.ts
var system_clock = __webpack_require__(7338);
// EXTERNAL MODULE: ./src/runbook/safety/index.ts + 20 modules
var safety = __webpack_require__(1338);
;// CONCATENATED MODULE: ./src/app/deps.ts
// Assembles the engine's dependencies for a real or replayed run: the redactor, output collectors
// (with the full copy when store_full_stdout is on), the destructive classifier, providers and the
// listener. Shared by every face through the application layer.




/** Builds the redactor for a runbook: its redact rules plus the denied environment values. */
function runbookRedactor(runbook, secrets) {
    const compiled = compileRedactor(runbook.meta.governance?.redact ?? [], secrets);
    // validate has already compiled every pattern; a failure here is a bug, not bad input.
    if (!compiled.ok)
        throw new Error(`redaction rules do not compile: ${compiled.errors.join('; ')}`);
    return compiled.redactor;
}
/** Names the destructive pattern an argv matches (for the two-step confirmation), or undefined. */
function destructiveReason(argv) {
    const c = (0,safety/* classifyCommand */.IB)(argv);
    return c.level === 'destructive' ? `${c.rule} (${c.reason})` : undefined;
}
/** The engine dependencies for one invocation. */
function engineDeps(input) {
    const { runbook, store, redactor } = input;
    const storeFull = runbook.meta.governance?.evidence?.store_full_stdout === true;
    const env = {};
    for (const [k, v] of Object.entries(input.env))
        if (v !== undefined)
            env[k] = v;
    return {
        runbook,
        store,
        clock: system_clock/* systemClock */.m,
        cli: input.cli,
        manual: input.manual,
        outputs: (stepId, attempt) => ({
            collector: async (stream, needles) => {
                const sink = storeFull ? await store.openOutput(stepId, stream, attempt) : undefined;
                return new OutputCollector({ redactor, needles, ...(sink === undefined ? {} : { sink }) });
            }
        }),
        redact: (text) => redactor.redactText(text),
        classify: destructiveReason,
        joinPath: (base, rel) => (0,external_node_path_.resolve)(base, rel),
        env,
        cwd: input.cwd,
        actor: input.actor,
        signal: input.signal,
        ...(input.onRecord === undefined ? {} : { onRecord: input.onRecord }),
        ...(input.beforeStep === undefined ? {} : { beforeStep: input.beforeStep })
    };
}
/** Who is running: --as, else RUNBOOK_ACTOR, GITHUB_ACTOR or USER (blank ones skipped); undefined when none says. */
function knownActor(flag, env) {
    return [flag, env.RUNBOOK_ACTOR, env.GITHUB_ACTOR, env.USER, env.USERNAME].find((name) => name !== undefined && name.trim() !== '');
}
/** Who is running, as recorded in the trace: knownActor, else 'unknown'. */
function actorName(flag, env) {
    return knownActor(flag, env) ?? 'unknown';
}


/***/ }),

/***/ 5860:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   u: () => (/* binding */ AppError)
/* harmony export */ });
/** A user's mistake or a refusal; never a bug. `message` may be empty when the diagnostics say it all. */
class AppError extends Error {
    kind;
    diagnostics;
    name = 'AppError';
    constructor(kind, message, diagnostics = []) {
        super(message);
        this.kind = kind;
        this.diagnostics = diagnostics;
    }
}


/***/ }),

/***/ 6299:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ evidenceChecksFor)
/* harmony export */ });
/* harmony import */ var _engine_manual_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4090);
/* harmony import */ var _engine_manual_step_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7353);
// Checks an evidence file against the runbook it is given for, before anything runs: a step id the
// runbook does not have, evidence for a cli step, a misspelled name or checklist item, or an
// approver without the required role is an error located in the file, not an input silently
// dropped when the step is reached.


/** The `check` of parseEvidenceFile for inputs meant for `runbook`. */
function evidenceChecksFor(runbook) {
    const takers = runbook.steps.filter((s) => s.type === 'manual').map((s) => s.id);
    return (inputs) => Object.entries(inputs).flatMap(([stepId, given]) => {
        const step = runbook.steps.find((s) => s.id === stepId);
        if (step === undefined)
            return [
                {
                    rule: 'evidence-step-unknown',
                    message: `the runbook has no step '${stepId}'; its manual steps are: ${takers.join(', ') || '(none)'}`,
                    path: [stepId],
                    key: true
                }
            ];
        if (step.type === 'cli')
            return given.evidence.map((e) => ({
                rule: 'evidence-refused',
                message: `step '${stepId}' is a cli step: it takes no evidence, only approvals that confirm it`,
                path: [stepId, e.name],
                key: true
            }));
        const req = (0,_engine_manual_js__WEBPACK_IMPORTED_MODULE_0__/* .manualRequirements */ .d7)(step, runbook.meta.governance);
        const refused = (name, reasons) => reasons.map((r) => ({
            rule: 'evidence-refused',
            message: `step '${stepId}', ${name}: ${r.reason}`,
            path: [stepId, name],
            key: true
        }));
        return [
            ...given.evidence.flatMap((e) => refused(e.name, (0,_engine_manual_step_js__WEBPACK_IMPORTED_MODULE_1__/* .checkSubmission */ .jm)(req, [e], []))),
            ...given.approvals.flatMap((a) => refused(a.approver, (0,_engine_manual_step_js__WEBPACK_IMPORTED_MODULE_1__/* .checkSubmission */ .jm)(req, [], [a])))
        ];
    });
}


/***/ }),

/***/ 4523:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D8: () => (/* binding */ loadRunbookForRun),
/* harmony export */   G2: () => (/* binding */ bytesDigest),
/* harmony export */   q3: () => (/* binding */ validateBytes)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _runbook_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9059);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5860);
// Loading a runbook for a run: read, validate, and pin its bytes by digest.





/** Rule ids that mean "governance refuses this runbook" rather than "the runbook is malformed". */
const GOVERNANCE_RULES = new Set(['command-denied', 'command-not-allowed']);
/** `sha256:<hex>` of some bytes: how a run names the runbook it started with. */
function bytesDigest(bytes) {
    return `sha256:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(bytes).digest('hex')}`;
}
/** Reads and validates a runbook for a run (`file` relative to `cwd`); throws AppError otherwise. */
async function loadRunbookForRun(file, cwd) {
    let bytes;
    try {
        bytes = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(cwd, file));
    }
    catch (err) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .AppError */ .u('invalid-input', '', [(0,_runbook_index_js__WEBPACK_IMPORTED_MODULE_3__/* .fileDiagnostic */ .Q5)(file, err)]);
    }
    return validateBytes(bytes, file);
}
/** Validates runbook bytes; throws AppError (governance or invalid input) when it cannot run. */
function validateBytes(bytes, file) {
    const result = (0,_runbook_index_js__WEBPACK_IMPORTED_MODULE_3__/* .validateRunbookText */ .As)(bytes.toString('utf8'), file);
    const errors = result.diagnostics.filter((d) => d.severity === 'error');
    if (result.runbook === undefined || errors.length > 0) {
        const governanceOnly = errors.length > 0 && errors.every((d) => GOVERNANCE_RULES.has(d.rule));
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .AppError */ .u(governanceOnly ? 'governance' : 'invalid-input', '', result.diagnostics);
    }
    return { ...result, runbook: result.runbook, bytes, digest: bytesDigest(bytes) };
}


/***/ }),

/***/ 3394:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  T: () => (/* binding */ manualProviderFor)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/providers/attachment-check.ts
var attachment_check = __webpack_require__(820);
;// CONCATENATED MODULE: ./src/providers/manual/supplied.ts
class SuppliedManualProvider {
    inputs;
    approver;
    used = new Set();
    /**
     * `inputs` maps step ids to what was supplied for them; `approver` (from --approve --as) also
     * serves as the two-step confirmation of a destructive step.
     */
    constructor(inputs, approver) {
        this.inputs = inputs;
        this.approver = approver;
    }
    /** Hands out what was supplied for the step, once. */
    collect(req) {
        const supplied = this.take(req.step.id);
        return Promise.resolve({ evidence: supplied.evidence, approvals: supplied.approvals });
    }
    confirm(req) {
        const supplied = this.take(req.step.id);
        const by = supplied.approvals[0]?.approver;
        return Promise.resolve(by === undefined ? undefined : { by, method: 'approval' });
    }
    take(stepId) {
        if (this.used.has(stepId))
            return { evidence: [], approvals: [] };
        this.used.add(stepId);
        const given = this.inputs[stepId] ?? { evidence: [], approvals: [] };
        const approvals = this.approver === undefined ? given.approvals : [...given.approvals, this.approver];
        return { evidence: given.evidence, approvals };
    }
}

;// CONCATENATED MODULE: ./src/providers/manual/terminal.ts
const SKIP = 'press Enter to leave it for later (the run pauses)';
class TerminalManualProvider {
    opts;
    constructor(opts) {
        this.opts = opts;
    }
    /** Releases the terminal so the process can exit. */
    close() {
        this.opts.close?.();
    }
    async collect(req) {
        const { prompter } = this.opts;
        prompter.say(`\nManual step '${req.step.id}'${req.step.title === undefined ? '' : `: ${req.step.title}`}\n${req.instructions.trimEnd()}\n`);
        const evidence = [];
        for (const spec of req.missingEvidence) {
            const input = await this.ask(spec);
            if (input === undefined)
                continue;
            evidence.push(input);
        }
        const approvals = [];
        if (req.approvalsNeeded > 0) {
            const roles = req.roles ?? [];
            const role = this.opts.role;
            if (roles.length > 0 && (role === undefined || !roles.includes(role))) {
                prompter.say(`This step needs approval by ${roles.join(' or ')}; you (${this.opts.actor}) cannot approve it. Others approve with: runbook resume RUN_ID --approve --as NAME --role ROLE`);
            }
            else {
                const answer = await prompter.ask(`Approve step '${req.step.id}' as ${this.opts.actor}${role === undefined ? '' : ` (${role})`}? [y/N] `);
                if (/^y(es)?$/i.test(answer.trim()))
                    approvals.push({ approver: this.opts.actor, ...(role === undefined ? {} : { role }) });
            }
        }
        return { evidence, approvals };
    }
    async confirm(req) {
        const { prompter } = this.opts;
        prompter.say(`\nStep '${req.step.id}' needs confirmation: ${req.reason}\n  ${req.argv.join(' ')}`);
        for (let tries = 0; tries < 3; tries++) {
            const typed = (await prompter.ask(`Type the step id '${req.step.id}' to run it (${SKIP}): `)).trim();
            if (typed === '')
                return undefined;
            if (typed === req.step.id)
                return { by: this.opts.actor, method: 'typed' };
            prompter.say(`'${typed}' is not the step id; nothing was run.`);
        }
        return undefined;
    }
    async ask(spec) {
        const { prompter } = this.opts;
        const hint = spec.description === undefined ? '' : ` (${spec.description})`;
        switch (spec.kind) {
            case 'text': {
                const value = (await prompter.ask(`${spec.name}${hint}, ${SKIP}: `)).trim();
                return value === '' ? undefined : { name: spec.name, kind: 'text', value };
            }
            case 'checklist': {
                const ticked = [];
                for (const item of spec.items ?? []) {
                    for (;;) {
                        const a = (await prompter.ask(`[ ] ${item} - done? [y/n] `)).trim().toLowerCase();
                        if (a === 'y' || a === 'yes')
                            ticked.push(item);
                        if (a === 'y' || a === 'yes' || a === 'n' || a === 'no' || a === '')
                            break;
                        prompter.say(`Answer y or n.`);
                    }
                }
                return ticked.length === 0
                    ? undefined
                    : { name: spec.name, kind: 'checklist', items: ticked };
            }
            case 'attachment':
                for (;;) {
                    const path = (await prompter.ask(`${spec.name}${hint}: path of the file to attach, ${SKIP}: `)).trim();
                    if (path === '')
                        return undefined;
                    const checked = await this.opts.checkFile(path);
                    if (checked.ok)
                        return { name: spec.name, kind: 'attachment', path: checked.path };
                    prompter.say(`${path}: ${checked.reason}`);
                }
            case 'choice':
                return this.choose(spec, hint);
        }
    }
    /** A numbered list; the answer is the number or the option's value. */
    async choose(spec, hint) {
        const { prompter } = this.opts;
        const options = (spec.options ?? []).map((o) => (typeof o === 'string' ? { value: o } : o));
        prompter.say(`${spec.name}${hint}:\n${options
            .map((o, i) => `  ${i + 1}) ${o.label ?? o.value}${o.label === undefined ? '' : ` [${o.value}]`}${o.description === undefined ? '' : ` - ${o.description}`}`)
            .join('\n')}`);
        for (;;) {
            const a = (await prompter.ask(`Pick 1-${options.length}, ${SKIP}: `)).trim();
            if (a === '')
                return undefined;
            const n = /^[0-9]+$/.test(a) ? Number(a) : NaN;
            const picked = options[n - 1] ?? options.find((o) => o.value === a);
            if (picked !== undefined)
                return { name: spec.name, kind: 'choice', value: picked.value };
            prompter.say(`'${a}' is not one of the options; answer with a number from 1 to ${options.length}.`);
        }
    }
}

// EXTERNAL MODULE: ./src/runbook/index.ts + 36 modules
var runbook = __webpack_require__(9059);
// EXTERNAL MODULE: ./src/app/attachments.ts
var attachments = __webpack_require__(797);
// EXTERNAL MODULE: ./src/app/errors.ts
var errors = __webpack_require__(5860);
// EXTERNAL MODULE: ./src/app/evidence-check.ts
var evidence_check = __webpack_require__(6299);
;// CONCATENATED MODULE: ./src/app/manual.ts
// Where manual input comes from: an evidence file, inputs a face supplies (flags, an issue comment),
// else a person at the terminal when there is one.









/** Chooses where manual input comes from: supplied inputs, else the terminal when there is one. */
async function manualProviderFor(sources, io) {
    let inputs = {};
    if (sources.evidenceFile !== undefined) {
        const path = (0,external_node_path_.resolve)(io.cwd, sources.evidenceFile);
        let text;
        try {
            text = await (0,promises_.readFile)(path, 'utf8');
        }
        catch (err) {
            throw new errors/* AppError */.u('invalid-input', '', [(0,runbook/* fileDiagnostic */.Q5)(sources.evidenceFile, err)]);
        }
        const parsed = (0,runbook/* parseEvidenceFile */.PY)(text, sources.evidenceFile, {
            resolvePath: (p) => (0,external_node_path_.resolve)((0,external_node_path_.dirname)(path), p),
            attachmentProblem: attachment_check/* attachmentProblem */.z,
            ...(sources.runbook === undefined ? {} : { check: (0,evidence_check/* evidenceChecksFor */.A)(sources.runbook) })
        });
        if (!parsed.ok)
            throw new errors/* AppError */.u('invalid-input', '', parsed.diagnostics);
        inputs = parsed.inputs;
    }
    if (sources.flagged !== undefined) {
        const prev = inputs[sources.flagged.stepId] ?? { evidence: [], approvals: [] };
        inputs = {
            ...inputs,
            [sources.flagged.stepId]: {
                evidence: [...prev.evidence, ...sources.flagged.inputs.evidence],
                approvals: [...prev.approvals, ...sources.flagged.inputs.approvals]
            }
        };
    }
    const supplied = sources.evidenceFile !== undefined ||
        sources.flagged !== undefined ||
        sources.approver !== undefined;
    if (supplied || !io.interactive || io.prompter === undefined)
        return new SuppliedManualProvider(inputs, sources.approver);
    const prompter = io.prompter();
    return new TerminalManualProvider({
        prompter,
        close: () => prompter.close(),
        actor: sources.actor,
        ...(sources.role === undefined ? {} : { role: sources.role }),
        checkFile: (p) => (0,attachments/* checkAttachment */.Y)((0,external_node_path_.resolve)(io.cwd, p))
    });
}


/***/ }),

/***/ 1665:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ checkRecordTarget),
/* harmony export */   O: () => (/* binding */ checkRunsDir)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5860);
// Where a run writes besides its run directory, checked before anything runs: a recording must not
// overwrite the runbook it records (or land on a directory), and resume reads a runs directory.



async function statOf(path) {
    return (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(path).catch(() => undefined);
}
/**
 * Refuses (exit 3) a --record target that is a directory, or whose scenario, OUT.evidence.yaml or
 * OUT.files/ would replace the runbook file.
 */
async function checkRecordTarget(record, runbookFile, cwd) {
    const out = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, record);
    const target = await statOf(out);
    if (target?.isDirectory() === true)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .AppError */ .u('invalid-input', `--record ${record} is a directory: name the scenario file to write, e.g. ${(0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(record, 'scenario.yaml')}`);
    const runbook = await statOf((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, runbookFile));
    if (runbook === undefined)
        return;
    const stem = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(out).replace(/\.ya?ml$/i, '');
    const written = [out, (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(out), `${stem}.evidence.yaml`)];
    for (const path of written) {
        const s = path === out ? target : await statOf(path);
        if (s !== undefined && s.dev === runbook.dev && s.ino === runbook.ino)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .AppError */ .u('invalid-input', `--record ${record} would overwrite the runbook ${runbookFile} (${path === out ? 'the scenario' : 'its evidence file'} is written there): record to another file`);
    }
    const files = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(out), `${stem}.files`);
    if ((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, runbookFile).startsWith(`${files}/`))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .AppError */ .u('invalid-input', `--record ${record} would write into ${files}, which holds the runbook ${runbookFile}: record to another file`);
}
/** Refuses (exit 3) a runs directory that exists but is not a directory. */
async function checkRunsDir(runsDir, cwd) {
    const s = await statOf((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, runsDir));
    if (s !== undefined && !s.isDirectory())
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .AppError */ .u('invalid-input', `the runs directory ${runsDir} is a file, not a directory of runs (give --runs-dir the directory that holds the run directories)`);
}


/***/ }),

/***/ 5740:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ replayProviders),
/* harmony export */   _: () => (/* binding */ loadReplay)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _providers_replay_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2884);
/* harmony import */ var _providers_system_clock_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7338);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5860);
/* harmony import */ var _evidence_check_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6299);
// Replay for every face: loading a scenario with its evidence, folding its security into the
// runbook's governance, and building the providers that answer cli and manual steps from it.





/** Loads the scenario (and its evidence) and intersects its governance with the runbook's. */
async function loadReplay(runbook, source, io) {
    if (source.scenario === undefined)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .AppError */ .u('invalid-input', 'a replay run needs its scenario: give --scenario SCENARIO.yaml');
    const loaded = await (0,_providers_replay_index_js__WEBPACK_IMPORTED_MODULE_1__/* .loadReplayScenario */ .i6)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(io.cwd, source.scenario), {
        checkEvidence: (0,_evidence_check_js__WEBPACK_IMPORTED_MODULE_4__/* .evidenceChecksFor */ .A)(runbook),
        ...(source.evidenceFile === undefined
            ? {}
            : { evidenceFile: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(io.cwd, source.evidenceFile) })
    });
    // Files are read by absolute path; name them as the user would, relative to where they are.
    const diagnostics = loaded.diagnostics.map((d) => ({ ...d, file: shownPath(io.cwd, d.file) }));
    if (loaded.scenario === undefined || diagnostics.some((d) => d.severity === 'error'))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .AppError */ .u('invalid-input', '', diagnostics);
    io.warn(diagnostics);
    const g = (0,_providers_replay_index_js__WEBPACK_IMPORTED_MODULE_1__/* .withScenarioGovernance */ .bK)(runbook, loaded.scenario);
    if (g.refused !== undefined)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .AppError */ .u('governance', g.refused);
    return { runbook: g.runbook, scenario: loaded };
}
/** The replay providers: cli steps answered from the scenario, manual steps from its evidence. */
function replayProviders(replay, source, redactor, env, fallback) {
    const scenario = replay.scenario.scenario;
    if (scenario === undefined)
        throw new Error('replayProviders needs a loaded scenario');
    const cli = new _providers_replay_index_js__WEBPACK_IMPORTED_MODULE_1__/* .ReplayCliProvider */ .nL(scenario, {
        clock: _providers_system_clock_js__WEBPACK_IMPORTED_MODULE_2__/* .systemClock */ .m,
        noDelay: !source.delay,
        env,
        denyEnvVars: replay.runbook.meta.governance?.deny_env_vars ?? [],
        redact: (t) => redactor.redactText(t)
    });
    const manual = new _providers_replay_index_js__WEBPACK_IMPORTED_MODULE_1__/* .ReplayManualProvider */ .p_({
        evidence: replay.scenario.evidence,
        ...(replay.scenario.evidenceSource === undefined
            ? {}
            : { source: replay.scenario.evidenceSource }),
        ...(fallback === undefined ? {} : { fallback })
    });
    return { cli, manual };
}
/** `file` relative to `cwd` when it lies below it, else as it is. */
function shownPath(cwd, file) {
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.relative)(cwd, file);
    return rel !== '' && !rel.startsWith('..') && !(0,node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute)(rel) ? rel : file;
}


/***/ }),

/***/ 919:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ withSession)
/* harmony export */ });
/* harmony import */ var _engine_reduce_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3921);

/** Runs `fn` while the face watches the run; the watch is closed however `fn` ends. */
async function withSession(io, steps, fn, earlier = []) {
    // By step index, the instructions last asked for: never the runbook's raw text, which holds
    // templates and may name secrets only rendering and redaction make safe to show.
    const asked = new Map();
    const watch = io.watch({
        stepsTotal: steps.length,
        instructions: (index) => asked.get(index)
    });
    let failure;
    let runError = null;
    const results = (0,_engine_reduce_js__WEBPACK_IMPORTED_MODULE_0__/* .stepResults */ .v8)(earlier);
    try {
        return await fn({
            deps: {
                signal: watch.signal,
                onRecord: (record) => {
                    if (record.type === 'run_finished') {
                        failure = record.failure;
                        runError = record.error;
                    }
                    else if (record.type === 'step_result')
                        results.push(record.result);
                    watch.onRecord(record);
                },
                ...(watch.beforeStep === undefined ? {} : { beforeStep: watch.beforeStep.bind(watch) })
            },
            failure: () => failure,
            runError: () => runError,
            results: () => results,
            manual: (provider) => ({
                collect: (req) => {
                    asked.set(req.index, req.instructions);
                    return provider.collect(req);
                },
                confirm: (req) => provider.confirm(req),
                ...(provider.close === undefined ? {} : { close: () => provider.close?.() })
            })
        });
    }
    finally {
        watch.close();
    }
}


/***/ }),

/***/ 2126:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  gf: () => (/* binding */ childEnv),
  gr: () => (/* binding */ governStep),
  Og: () => (/* binding */ judgeCliStep),
  _J: () => (/* binding */ notFoundOutcome),
  WD: () => (/* binding */ unconfirmedResult)
});

// UNUSED EXPORTS: COMMAND_NOT_FOUND, cannotRun, storesFullOutput

// EXTERNAL MODULE: ./src/runbook/index.ts + 36 modules
var runbook = __webpack_require__(9059);
;// CONCATENATED MODULE: ./src/engine/assertions.ts

const KINDS = [
    'contains',
    'not_contains',
    'matches',
    'exit_code',
    'equals',
    'not_equals',
    'json_path'
];
/** The check an assertion holds (exactly one, by the schema). */
function assertionKind(a) {
    return KINDS.find((k) => a[k] !== undefined) ?? 'contains';
}
const assertions_short = (s, max = 200) => (s.length > max ? `${s.slice(0, max - 1)}…` : s);
/** Evaluates every assertion of a step. */
function evaluateAssertions(assertions, input) {
    return assertions.map((a, index) => evaluate(a, index, input));
}
function evaluate(a, index, input) {
    const kind = assertionKind(a);
    const { redact, stdout } = input;
    const result = (passed, expected, actual, message) => ({
        index,
        kind,
        passed,
        expected: redact(expected),
        ...(actual === undefined ? {} : { actual: assertions_short(redact(actual)) }),
        ...(message === undefined ? {} : { message: redact(message) })
    });
    const needText = () => stdout.text;
    const tooLarge = () => result(false, String(a[kind] === undefined ? '' : JSON.stringify(a[kind])), undefined, `stdout is ${stdout.summary.raw_bytes} bytes, more than can be held for a ${kind} assertion`);
    switch (kind) {
        case 'exit_code':
            return result(input.exitCode === a.exit_code, String(a.exit_code), String(input.exitCode));
        case 'contains':
        case 'not_contains': {
            const needle = a[kind];
            const seen = stdout.seen.get(needle) ?? stdout.text?.includes(needle) ?? false;
            return result(kind === 'contains' ? seen : !seen, needle, undefined, seen ? 'found in stdout' : 'not found in stdout');
        }
        case 'equals':
        case 'not_equals': {
            const text = needText();
            if (text === undefined)
                return tooLarge();
            const actual = text.replace(/\r?\n$/, '');
            const expected = a[kind];
            return result(kind === 'equals' ? actual === expected : actual !== expected, expected, actual);
        }
        case 'matches': {
            const text = needText();
            if (text === undefined)
                return tooLarge();
            const re = (0,runbook/* compileRegex */.DL)(a.matches);
            if (!re.ok)
                return result(false, a.matches, undefined, re.error);
            const subject = text.replace(/\r?\n$/, '');
            const ok = re.regex.test(subject);
            return result(ok, a.matches, ok ? undefined : subject);
        }
        case 'json_path': {
            const text = needText();
            const jp = a.json_path;
            const expected = `${jp.path} == ${JSON.stringify(jp.equals)}`;
            if (text === undefined)
                return tooLarge();
            let doc;
            try {
                doc = JSON.parse(text);
            }
            catch (err) {
                return result(false, expected, text, `stdout is not JSON: ${err instanceof Error ? err.message : String(err)}`);
            }
            const found = readJsonPath(doc, jp.path);
            if (!found.ok)
                return result(false, expected, undefined, found.error);
            return result(deepEqual(found.value, jp.equals), expected, JSON.stringify(found.value));
        }
    }
}
/** Reads `$.a.b[0]['c d']` from a JSON document. */
function readJsonPath(doc, path) {
    let cur = doc;
    const segments = path.slice(1).match(/\.[A-Za-z_][A-Za-z0-9_-]*|\[[0-9]+\]|\['[^']*'\]/g) ?? [];
    let walked = '$';
    for (const seg of segments) {
        walked += seg;
        const key = seg.startsWith('.')
            ? seg.slice(1)
            : seg.startsWith("['")
                ? seg.slice(2, -2)
                : Number(seg.slice(1, -1));
        if (typeof key === 'number') {
            if (!Array.isArray(cur) || key >= cur.length)
                return { ok: false, error: `${walked} does not exist` };
            cur = cur[key];
        }
        else {
            if (cur === null || typeof cur !== 'object' || Array.isArray(cur) || !(key in cur))
                return { ok: false, error: `${walked} does not exist` };
            cur = cur[key];
        }
    }
    return { ok: true, value: cur };
}
function deepEqual(a, b) {
    if (a === b)
        return true;
    if (typeof a !== typeof b || a === null || b === null || typeof a !== 'object')
        return false;
    if (Array.isArray(a) !== Array.isArray(b))
        return false;
    const ka = Object.keys(a);
    const kb = Object.keys(b);
    return (ka.length === kb.length &&
        ka.every((k) => deepEqual(a[k], b[k])));
}

// EXTERNAL MODULE: ./src/engine/governance.ts
var governance = __webpack_require__(2512);
// EXTERNAL MODULE: ./src/engine/step-verdict.ts
var step_verdict = __webpack_require__(8110);
// EXTERNAL MODULE: ./src/engine/render.ts
var render = __webpack_require__(8084);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/engine/digest.ts
// sha256 helpers for the engine's records.

/** sha256 of a UTF-8 string, as lowercase hex. */
function sha256Hex(text) {
    return (0,external_node_crypto_.createHash)('sha256').update(text, 'utf8').digest('hex');
}

;// CONCATENATED MODULE: ./src/engine/cli-step.ts






/** Exit code reported when argv[0] is not found, as a shell would. */
const COMMAND_NOT_FOUND = 127;
/** Renders the step and decides governance and confirmation, before anything runs. */
async function governStep(deps, state, step, index) {
    const rendered = (0,render/* renderCliStep */.$Y)(deps.runbook, step, (0,render/* lookupIn */.IX)({ ...state.vars, ...deps.secretVars }, state.captures));
    const { argv0, cwd, resolved, verdict, destructive, unreadable } = await (0,step_verdict/* stepVerdict */.s)(deps, deps.runbook.meta.governance, step, rendered);
    const decision = (0,governance/* decisionEvent */.$9)(step, index, argv0, resolved, verdict, deps.redact, {
        ...(destructive === undefined ? {} : { destructive }),
        ...(unreadable === undefined ? {} : { unreadable })
    });
    // The spawn runs the real file that was checked: no second lookup, no symlink followed later.
    const executable = resolved.realPath ?? resolved.path;
    return {
        rendered,
        decision,
        ...(executable === undefined ? {} : { executable }),
        ...(resolved.cwdProblem === undefined ? {} : { unrunnable: cannotRun(resolved.cwdProblem) }),
        cwd
    };
}
/** The child's environment: the engine's environment plus the step's with.env. */
function childEnv(deps, rendered) {
    return { ...deps.env, ...rendered.env };
}
/** Turns a finished execution into the StepResult envelope plus the captured values. */
function judgeCliStep(deps, input) {
    const { step, outcome, stdout, stderr, governed } = input;
    const redact = deps.redact;
    // A command that never ran (not found, not startable, or no replay match) has no output to check.
    const assertions = outcome.error === undefined
        ? evaluateAssertions(governed.rendered.assertions, {
            exitCode: outcome.exitCode,
            stdout,
            redact
        })
        : [];
    const expectsExit = governed.rendered.assertions.some((a) => assertionKind(a) === 'exit_code');
    const captures = {};
    const captureRecords = {};
    const errors = [];
    for (const [name, source] of Object.entries(step.capture ?? {})) {
        const raw = source === 'exit_code'
            ? String(outcome.exitCode ?? '')
            : source === 'stdout'
                ? stdout.text
                : stderr.text;
        if (raw === undefined) {
            errors.push(`capture '${name}': ${source} is too large to capture (${(source === 'stdout' ? stdout : stderr).summary.raw_bytes} bytes)`);
            continue;
        }
        const value = redact(raw.replace(/\r?\n$/, ''));
        captures[name] = value;
        captureRecords[name] = {
            sha256: sha256Hex(value),
            preview: value.length > 200 ? `${value.slice(0, 199)}…` : value
        };
    }
    if (outcome.error !== undefined)
        errors.unshift(redact(outcome.error.message));
    else if (outcome.timedOut)
        errors.unshift(`timed out after ${governed.rendered.timeoutMs ?? 0}ms; the process group was killed`);
    else if (outcome.exitCode === null)
        errors.unshift(`killed by signal ${outcome.signal ?? 'unknown'}`);
    else if (outcome.exitCode !== 0 && !expectsExit)
        errors.unshift(`exited with code ${outcome.exitCode}`);
    const failedAssertions = assertions.filter((a) => !a.passed);
    if (failedAssertions.length > 0) {
        errors.push(`${failedAssertions.length} assertion(s) failed: ${failedAssertions.map((a) => `${a.kind} ${a.expected}`).join('; ')}`);
    }
    const result = {
        run_id: input.run_id,
        step_id: step.id,
        step_index: input.index,
        type: 'cli',
        status: errors.length === 0 ? 'passed' : 'failed',
        actor: 'engine',
        started_at: input.started_at,
        ended_at: input.ended_at,
        duration_ms: outcome.durationMs,
        attempt: input.attempt,
        argv: governed.rendered.argv.map(redact),
        exit_code: outcome.exitCode,
        // Defaults are left out to keep every snapshot of a long run small: no signal, no timeout,
        // no assertions, an empty stream.
        ...(outcome.signal === null ? {} : { signal: outcome.signal }),
        ...(outcome.timedOut ? { timed_out: true } : {}),
        ...(stdout.summary.raw_bytes === 0 && stdout.summary.file === undefined
            ? {}
            : { stdout: stdout.summary }),
        ...(stderr.summary.raw_bytes === 0 && stderr.summary.file === undefined
            ? {}
            : { stderr: stderr.summary }),
        ...(assertions.length === 0 ? {} : { assertions }),
        evidence: {},
        captures: captureRecords,
        error: errors.length === 0 ? null : errors.join('; ')
    };
    return { result, captures: result.status === 'passed' ? captures : {} };
}
/** The result of a cli step that never ran because no confirmation will ever come for it. */
function unconfirmedResult(deps, state, step, index, argv, error) {
    const now = deps.clock.now();
    return {
        run_id: state.run_id,
        step_id: step.id,
        step_index: index,
        type: 'cli',
        status: 'failed',
        actor: 'engine',
        started_at: now,
        ended_at: now,
        duration_ms: 0,
        attempt: state.attempt,
        argv: argv.map(deps.redact),
        exit_code: null,
        evidence: {},
        captures: {},
        error: deps.redact(error)
    };
}
/** The outcome of a command that cannot start for `reason` (not its own fault). */
function cannotRun(reason) {
    return {
        exitCode: 126,
        signal: null,
        timedOut: false,
        cancelled: false,
        durationMs: 0,
        error: { code: 'EBADCWD', message: reason }
    };
}
/** The outcome of a command that was not found on PATH. */
function notFoundOutcome(argv0) {
    return {
        exitCode: COMMAND_NOT_FOUND,
        signal: null,
        timedOut: false,
        cancelled: false,
        durationMs: 0,
        error: { code: 'ENOENT', message: `command not found: ${(0,runbook/* commandName */.p6)(argv0)}` }
    };
}
/** True when the runbook keeps full outputs in the run directory. */
function storesFullOutput(runbook) {
    return runbook.meta.governance?.evidence?.store_full_stdout === true;
}


/***/ }),

/***/ 1661:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Vi: () => (/* binding */ sameFile),
/* harmony export */   iu: () => (/* binding */ deniedFile),
/* harmony export */   pc: () => (/* binding */ gatherFacts)
/* harmony export */ });
/* harmony import */ var _runbook_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9059);

/** Resolves the denied commands (and argv[0]'s bare name) on the run's PATH, from the run's cwd. */
async function gatherFacts(resolve, governance, argv0, cwd, pathEnv) {
    const denied = [];
    for (const entry of governance?.denied_commands ?? []) {
        const file = await resolve(entry, cwd, pathEnv);
        if (file.realPath !== undefined)
            denied.push({ entry, file });
    }
    const name = (0,_runbook_index_js__WEBPACK_IMPORTED_MODULE_0__/* .commandName */ .p6)(argv0);
    if (!argv0.includes('/') || name === '' || (governance?.allowed_commands ?? []).length === 0)
        return { denied };
    return { denied, byName: await resolve(name, cwd, pathEnv) };
}
/** True when both are the same file (device and inode) or have the same content (sha256). */
function sameFile(a, b) {
    return ((a.fileId !== undefined && a.fileId === b.fileId) ||
        (a.sha256 !== undefined && a.sha256 === b.sha256));
}
/**
 * The denied command whose file `resolved` is. A denied name that links to a multi-call binary
 * under another name (`shutdown` -> systemctl, `rm` -> busybox) is skipped: such a binary picks
 * what it does by the name it is run as, so the same file under another name is another command,
 * and the name itself is matched by the denylist already.
 */
function deniedFile(resolved, facts) {
    if (resolved.realPath === undefined)
        return undefined;
    return facts.denied.find((d) => (0,_runbook_index_js__WEBPACK_IMPORTED_MODULE_0__/* .commandName */ .p6)(d.file.realPath ?? '') === (0,_runbook_index_js__WEBPACK_IMPORTED_MODULE_0__/* .commandName */ .p6)(d.entry) && sameFile(resolved, d.file));
}


/***/ }),

/***/ 3316:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  xl: () => (/* binding */ finished),
  ZL: () => (/* binding */ resumeRun),
  AD: () => (/* binding */ startRun),
  ds: () => (/* binding */ stop)
});

// UNUSED EXPORTS: SNAPSHOT_MS, SNAPSHOT_STEPS, drive

// EXTERNAL MODULE: ./src/engine/reduce.ts + 1 modules
var reduce = __webpack_require__(3921);
// EXTERNAL MODULE: ./src/engine/governance.ts
var engine_governance = __webpack_require__(2512);
// EXTERNAL MODULE: ./src/engine/cli-step.ts + 2 modules
var cli_step = __webpack_require__(2126);
// EXTERNAL MODULE: ./src/engine/manual-step.ts
var manual_step = __webpack_require__(7353);
// EXTERNAL MODULE: ./src/engine/manual.ts
var manual = __webpack_require__(4090);
// EXTERNAL MODULE: ./src/engine/command-facts.ts
var command_facts = __webpack_require__(1661);
// EXTERNAL MODULE: ./src/engine/wrapped-governance.ts
var wrapped_governance = __webpack_require__(4716);
;// CONCATENATED MODULE: ./src/engine/preflight.ts



/** Checks the commands of the remaining steps; returns the refusals, or undefined when all may run. */
async function preflight(deps, state) {
    const decisions = [];
    const pathEnv = deps.env.PATH ?? '';
    const governance = deps.runbook.meta.governance;
    // One lookup per distinct command for the whole check (a runbook repeats the same few); each
    // step resolves its command again, as it runs.
    const lookups = new Map();
    const resolve = (argv0, cwd, path) => {
        const key = `${argv0}\u0000${cwd}\u0000${path}`;
        let found = lookups.get(key);
        if (found === undefined)
            lookups.set(key, (found = deps.cli.resolve(argv0, cwd, path)));
        return found;
    };
    for (let index = state.current_step_index; index < deps.runbook.steps.length; index++) {
        const step = deps.runbook.steps[index];
        const argv0 = step?.type === 'cli' ? step.with?.argv?.[0] : undefined;
        if (step === undefined || argv0 === undefined)
            continue;
        const resolved = await resolve(argv0, deps.cwd, pathEnv);
        const facts = await (0,command_facts/* gatherFacts */.pc)(resolve, governance, argv0, deps.cwd, pathEnv);
        const first = (0,engine_governance/* decideEnv */._Y)(step) ?? (0,engine_governance/* decideCommand */.eb)(argv0, resolved, governance, facts);
        const verdict = first.decision === 'denied'
            ? first
            : ((await literalWrapped(resolve, step, governance, deps.cwd, pathEnv)) ?? first);
        if (verdict.decision === 'denied') {
            decisions.push((0,engine_governance/* decisionEvent */.$9)(step, index, argv0, resolved, verdict, deps.redact));
        }
    }
    if (decisions.length === 0)
        return undefined;
    const error = decisions.map((d) => `step '${d.step_id}': ${d.reason}`).join('; ');
    return { decisions, error: `governance refused the run before it started: ${error}` };
}
/** A wrapped command's refusal, when the argv is all literal (templates are checked at the step). */
async function literalWrapped(resolve, step, governance, cwd, pathEnv) {
    const argv = step.with?.argv ?? [];
    if (argv.some((a) => a.includes('{{')) || step.with?.cwd !== undefined)
        return undefined;
    const w = await (0,wrapped_governance/* decideWrapped */.a)(resolve, step, governance, argv, { cwd, runCwd: cwd, pathEnv });
    return w.denied;
}

// EXTERNAL MODULE: ./src/engine/step-control.ts
var step_control = __webpack_require__(8034);
// EXTERNAL MODULE: ./src/engine/decisions.ts
var decisions = __webpack_require__(3617);
;// CONCATENATED MODULE: ./src/engine/driver.ts








/** Appends events to the trace and folds them into the state. */
async function emit(deps, state, ...events) {
    let next = state;
    for (const event of events) {
        const record = await deps.store.append(event);
        next = (0,reduce/* reduce */.TS)(next, record);
        deps.onRecord?.(record);
    }
    if (next === undefined)
        throw new Error('emit() needs at least one event');
    return next;
}
/** A snapshot is written after this many step results, or this long after the last one. */
const SNAPSHOT_STEPS = 100;
const SNAPSHOT_MS = 10_000;
// When each run (keyed by its deps) last wrote a snapshot: the step count and the monotonic time.
const lastSnapshot = new WeakMap();
function resultCount(state) {
    const r = state.results;
    return r.passed + r.failed + r.skipped + r.not_taken;
}
/** Writes a snapshot when one is due (SNAPSHOT_STEPS steps or SNAPSHOT_MS since the last). */
async function maybeCheckpoint(deps, state) {
    const last = lastSnapshot.get(deps);
    const due = last === undefined ||
        resultCount(state) - last.results >= SNAPSHOT_STEPS ||
        deps.clock.monotonicMs() - last.at >= SNAPSHOT_MS;
    return due ? checkpoint(deps, state) : state;
}
/**
 * Writes a snapshot of the state (the store commits the trace first, so a durable snapshot never
 * points past the durable trace), then records it. That record is committed with the next group:
 * if it is lost in a crash, resume folds from an earlier point, which gives the same state.
 */
async function checkpoint(deps, state) {
    lastSnapshot.set(deps, { results: resultCount(state), at: deps.clock.monotonicMs() });
    const stored = await deps.store.writeSnapshot(state, state.current_step_index);
    return emit(deps, state, {
        type: 'snapshot_written',
        file: stored.file,
        sha256: stored.sha256,
        state_seq: state.seq
    });
}
/** Records the event that stops the run, then a snapshot, and commits the run (run.json). */
async function stop(deps, state, event) {
    const next = await checkpoint(deps, await emit(deps, state, event));
    await deps.store.sync();
    await deps.store.writeManifest(next);
    return next;
}
/** Records a step's result and checkpoints it; a failed step ends the run with its error. */
async function settle(deps, state0, result, captures = {}) {
    const state = await maybeCheckpoint(deps, await emit(deps, state0, { type: 'step_result', result, captures }));
    if (result.status === 'passed')
        return outcomeTurn(deps, state, result.step_index);
    if (result.status !== 'failed')
        return state;
    const error = `step '${result.step_id}' failed: ${result.error ?? ''}`;
    return stop(deps, state, finished(state, 'failed', error, 'step'));
}
/** After a step passed: the first of its outcomes that holds ends the run. */
async function outcomeTurn(deps, state0, index) {
    const step = deps.runbook.steps[index];
    if (step?.outcomes === undefined)
        return state0;
    const reached = (0,decisions/* reachOutcome */.me)(deps.runbook, state0, (id) => deps.store.lastResult(id), { ...deps.secretVars }, step, index);
    const state = reached.decisions.length > 0 ? await emit(deps, state0, ...reached.decisions) : state0;
    if (reached.error !== undefined)
        return stop(deps, state, finished(state, 'failed', reached.error, 'step'));
    if (reached.outcome === undefined)
        return state;
    return end(deps, state, reached.outcome);
}
/**
 * Ends a run that reached its last step or an outcome. In replay, scenario calls never made fail
 * it, whichever way it ended: a branch's leftover calls are as wrong as a straight line's.
 */
async function end(deps, state, outcome) {
    const leftovers = (await deps.cli.finish?.()) ?? [];
    if (leftovers.length > 0)
        return stop(deps, state, finished(state, 'failed', leftovers.join('; '), 'replay'));
    return stop(deps, state, finished(state, 'passed', null, undefined, outcome));
}
/** Evaluates the current step's guard (once: a resumed run keeps the recorded decision). */
async function guardTurn(deps, state0, step) {
    const index = state0.current_step_index;
    let state = state0;
    if (state.decided?.step_index !== index) {
        const decision = (0,decisions/* decide */.LD)(deps.runbook, state, (id) => deps.store.lastResult(id), { ...deps.secretVars }, {
            kind: 'guard',
            step,
            index,
            text: step.when ?? 'true'
        });
        state = await emit(deps, state, decision);
        if (decision.result === null) {
            const error = `its condition could not be evaluated: ${decision.error ?? ''}`;
            return settle(deps, state, (0,decisions/* notTakenResult */.cl)(state, step, index, deps.clock.now(), error));
        }
    }
    if (state.decided?.taken === true)
        return state;
    return settle(deps, state, (0,decisions/* notTakenResult */.cl)(state, step, index, deps.clock.now()));
}
function finished(state, status, error, failure, outcome) {
    const notTaken = state.results.not_taken;
    const notReached = outcome === undefined ? 0 : state.steps_total - outcome.step_index - 1;
    const skipped = state.results.skipped;
    return {
        type: 'run_finished',
        status,
        passed: state.results.passed,
        failed: state.results.failed,
        ...(skipped === 0 ? {} : { skipped }),
        error,
        ...(failure === undefined ? {} : { failure }),
        ...(outcome === undefined ? {} : { outcome }),
        ...(notTaken === 0 ? {} : { not_taken: notTaken }),
        ...(notReached <= 0 ? {} : { not_reached: notReached })
    };
}
/** Starts a run: records run_started, then drives it until it finishes or pauses. */
async function startRun(deps, start) {
    const state = await emit(deps, undefined, { type: 'run_started', ...start });
    return drive(deps, state);
}
/** Continues a paused or crashed run from its folded state. */
async function resumeRun(deps, state, recovery = {}) {
    const resumed = await emit(deps, state, {
        type: 'run_resumed',
        actor: deps.actor,
        ...((recovery.discardedBytes ?? 0) > 0 ? { discarded_bytes: recovery.discardedBytes } : {}),
        ...(recovery.lockTakenOver === undefined ? {} : { lock_taken_over: recovery.lockTakenOver })
    });
    return drive(deps, resumed);
}
/** Runs steps until the run finishes, fails or pauses. */
async function drive(deps, initial) {
    let state = initial;
    lastSnapshot.set(deps, { results: resultCount(state), at: deps.clock.monotonicMs() });
    const refused = await preflight(deps, state);
    if (refused !== undefined) {
        state = await emit(deps, state, ...refused.decisions);
        return stop(deps, state, finished(state, 'failed', refused.error, 'governance'));
    }
    while (state.status === 'running') {
        const step = deps.runbook.steps[state.current_step_index];
        if (step === undefined)
            return end(deps, state);
        if (deps.signal.aborted)
            return stop(deps, state, { type: 'run_paused', reason: interruptedReason(step) });
        const at = { state, step, index: state.current_step_index, deps };
        const directive = (await deps.beforeStep?.(at)) ?? { action: 'run' };
        if (directive.action === 'pause')
            return stop(deps, state, { type: 'run_paused', reason: directive.reason });
        if (directive.action === 'snapshot') {
            state = await checkpoint(deps, state);
            continue;
        }
        if (directive.action === 'skip') {
            const refused = (0,step_control/* skipRefusal */.EE)(deps, state, step);
            if (refused !== undefined)
                throw new step_control/* SkipRefusedError */.st(refused);
            state = await settle(deps, state, (0,step_control/* skippedResult */.ky)(deps, state, at, directive.by, directive.reason));
            continue;
        }
        if (step.when !== undefined) {
            const guarded = await guardTurn(deps, state, step);
            if (guarded.current_step_index !== state.current_step_index || guarded.status !== 'running') {
                state = guarded;
                continue;
            }
            state = guarded;
        }
        state =
            step.type === 'cli' ? await cliTurn(deps, state, step) : await manualTurn(deps, state, step);
    }
    return state;
}
function interruptedReason(step) {
    return `interrupted before or during step '${step.id}'; it runs again on resume`;
}
async function cliTurn(deps, state0, step) {
    let state = state0;
    const index = state.current_step_index;
    const governed = await (0,cli_step/* governStep */.gr)(deps, state, step, index);
    state = await emit(deps, state, governed.decision);
    if (governed.decision.decision === 'denied') {
        const error = `governance refused step '${step.id}': ${governed.decision.reason}`;
        return stop(deps, state, finished(state, 'failed', error, 'governance'));
    }
    if (governed.decision.confirmation_required && state.collected.confirmed_by === undefined) {
        const reason = (0,engine_governance/* confirmationReason */.a8)(governed.decision);
        await deps.store.sync(); // a person is asked: what happened before is durable first
        const confirmation = await deps.manual.confirm({
            step,
            index,
            argv: governed.rendered.argv.map(deps.redact),
            reason
        });
        if (confirmation !== undefined && 'unavailable' in confirmation) {
            const error = `it needs a two-step confirmation: ${reason}; ${confirmation.unavailable}`;
            return settle(deps, state, (0,cli_step/* unconfirmedResult */.WD)(deps, state, step, index, governed.rendered.argv, error));
        }
        if (confirmation === undefined) {
            return stop(deps, state, {
                type: 'run_paused',
                reason: `step '${step.id}' needs a two-step confirmation: ${reason}`,
                pending: {
                    step_id: step.id,
                    step_index: index,
                    kind: 'confirmation',
                    evidence: [],
                    approvals_needed: 1,
                    reason
                }
            });
        }
        state = await emit(deps, state, {
            type: 'confirmation_recorded',
            step_id: step.id,
            by: confirmation.by,
            method: confirmation.method
        });
    }
    const attempt = state.attempt + 1;
    state = await emit(deps, state, {
        type: 'step_started',
        step_id: step.id,
        step_index: index,
        attempt
    });
    await deps.store.sync(); // the group commit of this step: nothing runs before it is durable
    const started_at = deps.clock.now();
    const factory = deps.outputs(step.id, attempt);
    const needles = governed.rendered.assertions.flatMap((a) => [a.contains, a.not_contains].filter((n) => n !== undefined));
    const stdout = await factory.collector('stdout', needles);
    const stderr = await factory.collector('stderr', []);
    const outcome = governed.executable === undefined || governed.unrunnable !== undefined
        ? (governed.unrunnable ?? (0,cli_step/* notFoundOutcome */._J)(governed.rendered.argv[0] ?? ''))
        : await deps.cli.execute({
            step,
            index,
            attempt,
            rendered: governed.rendered,
            executable: governed.executable,
            env: (0,cli_step/* childEnv */.gf)(deps, governed.rendered),
            cwd: governed.cwd,
            signal: deps.signal,
            stdout,
            stderr
        });
    const [out, err] = [await stdout.end(), await stderr.end()];
    if (outcome.cancelled)
        return stop(deps, state, { type: 'run_paused', reason: interruptedReason(step) });
    const { result, captures } = (0,cli_step/* judgeCliStep */.Og)(deps, {
        run_id: state.run_id,
        step,
        index,
        attempt,
        started_at,
        ended_at: deps.clock.now(),
        governed,
        outcome,
        stdout: out,
        stderr: err
    });
    return settle(deps, state, result, captures);
}
async function manualTurn(deps, state0, step) {
    let state = state0;
    const index = state.current_step_index;
    if (state.attempt === 0) {
        state = await emit(deps, state, {
            type: 'step_started',
            step_id: step.id,
            step_index: index,
            attempt: 1
        });
    }
    const req = (0,manual/* manualRequirements */.d7)(step, deps.runbook.meta.governance);
    let pending = (0,manual_step/* pendingFor */.R1)(deps, state, step, index);
    let exhausted;
    let refused = [];
    if (pending !== undefined) {
        await deps.store.sync(); // a person is asked: what happened before is durable first
        const submission = await deps.manual.collect({
            step,
            index,
            instructions: (0,manual_step/* instructionsOf */.Jk)(deps, state, step),
            missingEvidence: req.evidence.filter((e) => pending?.evidence.includes(e.name) === true),
            approvalsNeeded: pending.approvals_needed,
            ...(pending.roles === undefined ? {} : { roles: pending.roles })
        });
        // Providers check their own input; anything still unacceptable is dropped, never recorded.
        refused = (0,manual_step/* checkSubmission */.jm)(req, submission.evidence, submission.approvals);
        exhausted = submission.exhausted;
        const refusals = new Set(refused.map((r) => r.item));
        const evidence = submission.evidence.filter((e) => !refusals.has(`evidence ${e.name}`));
        const approvals = submission.approvals.filter((a) => !refusals.has(`approval by ${a.approver}`));
        const events = await (0,manual_step/* recordInputs */.v5)(deps, state, step, req, evidence, approvals);
        if (events.length > 0)
            state = await emit(deps, state, ...events);
        pending = (0,manual_step/* pendingFor */.R1)(deps, state, step, index);
    }
    if (pending !== undefined && exhausted !== undefined) {
        // Nothing more will come (replay evidence): fail closed rather than wait forever.
        const why = refused.map((r) => `; refused ${r.item}: ${r.reason}`).join('');
        const error = `${exhausted}; still missing ${(0,manual_step/* describePending */.nI)(pending)}${why}`;
        return settle(deps, state, (0,manual_step/* manualResult */.E4)(deps, state, step, index, error));
    }
    if (pending !== undefined) {
        return stop(deps, state, {
            type: 'run_paused',
            reason: `step '${step.id}' waits for ${(0,manual_step/* describePending */.nI)(pending)}`,
            pending
        });
    }
    return settle(deps, state, (0,manual_step/* manualResult */.E4)(deps, state, step, index));
}


/***/ }),

/***/ 2218:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   o: () => (/* binding */ matchesAnyGlob)
/* harmony export */ });
/* unused harmony export globToRegExp */
// Glob matching for variable names (deny_env_vars), with the semantics of Go's path.Match on names:
// `*` matches any run of characters, `?` one character, `[...]` a class. Case-sensitive.
/** Compiles a glob into an anchored RegExp. */
function globToRegExp(glob) {
    let out = '';
    for (let i = 0; i < glob.length; i++) {
        const c = glob[i];
        if (c === '*')
            out += '.*';
        else if (c === '?')
            out += '.';
        else if (c === '[') {
            const end = glob.indexOf(']', i + 1);
            if (end === -1)
                out += '\\[';
            else {
                const body = glob
                    .slice(i + 1, end)
                    .replace(/^!/, '^')
                    .replace(/\\/g, '\\\\');
                out += `[${body}]`;
                i = end;
            }
        }
        else
            out += c.replace(/[.+^${}()|\\\]]/g, '\\$&');
    }
    return new RegExp(`^${out}$`);
}
/** True when `name` matches any of the globs. */
function matchesAnyGlob(name, globs) {
    return globs.some((g) => globToRegExp(g).test(name));
}


/***/ }),

/***/ 2512:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $9: () => (/* binding */ decisionEvent),
/* harmony export */   _Y: () => (/* binding */ decideEnv),
/* harmony export */   a8: () => (/* binding */ confirmationReason),
/* harmony export */   eb: () => (/* binding */ decideCommand)
/* harmony export */ });
/* harmony import */ var _runbook_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9059);
/* harmony import */ var _command_facts_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1661);


const denied = (rule, reason) => ({
    decision: 'denied',
    rule,
    reason
});
/** Decides whether argv[0] may run under the governance policy. Pure. */
function decideCommand(argv0, resolved, governance, facts = { denied: [] }) {
    const paths = [resolved.path, resolved.realPath].filter((p) => p !== undefined);
    const shown = paths.length > 0 ? ` (resolves to ${[...new Set(paths)].join(' -> ')})` : '';
    const what = `'${argv0}'${shown}`;
    const deny = (0,_runbook_index_js__WEBPACK_IMPORTED_MODULE_0__/* .matchCommandList */ .x5)(governance?.denied_commands ?? [], argv0, paths);
    if (deny !== undefined)
        return denied('denylist', `${what} matches denied_commands entry '${deny}'`);
    const copy = (0,_command_facts_js__WEBPACK_IMPORTED_MODULE_1__/* .deniedFile */ .iu)(resolved, facts);
    if (copy !== undefined)
        return denied('denied-file', `${what} is the same file as denied command '${copy.entry}' (${copy.file.realPath ?? ''}): a copy or a link of it under another name`);
    const allowed = governance?.allowed_commands ?? [];
    const hit = (0,_runbook_index_js__WEBPACK_IMPORTED_MODULE_0__/* .matchCommandList */ .x5)(allowed, argv0, paths);
    const byPath = hit?.includes('/') === true;
    if (resolved.newSinceStart === true && !byPath)
        return denied('new-executable', `${what} was created or changed after this run's process started; only an allowed_commands entry naming its path lets it run`);
    if (allowed.length === 0)
        return {
            decision: 'allowed',
            rule: 'no-allowlist',
            reason: 'no allowed_commands list: every command not denied may run'
        };
    if (hit === undefined)
        return denied('allowlist', `${what} is not in allowed_commands (${allowed.join(', ')})`);
    if (!byPath && argv0.includes('/')) {
        if (!argv0.startsWith('/'))
            return denied('allowlist-path', `${what} is a path relative to the working directory, and allowed_commands entry '${hit}' allows only what that name finds on the run's PATH; run '${hit}' or list the path`);
        const onPath = facts.byName;
        if (onPath?.realPath === undefined || !(0,_command_facts_js__WEBPACK_IMPORTED_MODULE_1__/* .sameFile */ .Vi)(onPath, resolved))
            return denied('allowlist-path', `${what} is not the '${hit}' found on the run's PATH${onPath?.realPath === undefined ? '' : ` (${onPath.realPath})`}; list the path in allowed_commands to allow it`);
    }
    return {
        decision: 'allowed',
        rule: 'allowlist',
        reason: `${what} matches allowed_commands entry '${hit}'`
    };
}
/**
 * Refuses a step whose with.env sets a loader or interpreter hook it did not opt in to
 * (with.allow_env_hooks): such a variable could make an allowed name run other code. Pure.
 */
function decideEnv(step) {
    const hooks = (0,_runbook_index_js__WEBPACK_IMPORTED_MODULE_0__/* .envHooks */ .gp)(step.with?.env, step.with?.allow_env_hooks);
    if (hooks.length === 0)
        return undefined;
    return {
        decision: 'denied',
        rule: 'env-hook',
        reason: hooks
            .map((h) => `with.env sets ${h.name} (${h.reason}) without with.allow_env_hooks`)
            .join('; ')
    };
}
/** The governance_decision event that records a verdict (and why a confirmation is needed). */
function decisionEvent(step, index, argv0, resolved, verdict, redact, needs = {}) {
    const { destructive, unreadable } = needs;
    // Paths can hold a redacted value (a templated with.cwd): every string is redacted.
    return {
        type: 'governance_decision',
        step_id: step.id,
        step_index: index,
        argv0: redact(argv0),
        ...(resolved.path === undefined ? {} : { resolved_path: redact(resolved.path) }),
        ...(resolved.realPath === undefined || resolved.realPath === resolved.path
            ? {}
            : { real_path: redact(resolved.realPath) }),
        ...(resolved.sha256 === undefined ? {} : { sha256: resolved.sha256 }),
        decision: verdict.decision,
        rule: verdict.rule,
        reason: redact(verdict.reason),
        ...(destructive === undefined ? {} : { destructive: redact(destructive) }),
        ...(unreadable === undefined ? {} : { unreadable: redact(unreadable) }),
        confirmation_required: verdict.decision === 'allowed' &&
            (destructive !== undefined || unreadable !== undefined || step.confirm === true)
    };
}
/** Why a step needs its two-step confirmation, as the operator reads it. */
function confirmationReason(d) {
    if (d.destructive !== undefined)
        return `destructive command: ${d.destructive}`;
    if (d.unreadable !== undefined)
        return `what it runs cannot be read from its argv: ${d.unreadable}`;
    return 'the step asks for confirmation (confirm: true)';
}


/***/ }),

/***/ 7353:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E4: () => (/* binding */ manualResult),
/* harmony export */   Jk: () => (/* binding */ instructionsOf),
/* harmony export */   R1: () => (/* binding */ pendingFor),
/* harmony export */   jm: () => (/* binding */ checkSubmission),
/* harmony export */   nI: () => (/* binding */ describePending),
/* harmony export */   v5: () => (/* binding */ recordInputs)
/* harmony export */ });
/* harmony import */ var _runbook_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9059);
/* harmony import */ var _manual_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4090);
/* harmony import */ var _render_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8084);
// Handling one manual step: ask the provider for what is missing, check and record each item, then
// either finish the step or report what it still waits for.



/** Checks submitted items against the step's requirements; returns the refusals. */
function checkSubmission(req, evidence, approvals) {
    const refusals = [];
    for (const e of evidence) {
        const problem = (0,_manual_js__WEBPACK_IMPORTED_MODULE_1__/* .evidenceProblem */ .jG)(req, e);
        if (problem !== undefined)
            refusals.push({ item: `evidence ${e.name}`, reason: problem });
    }
    for (const a of approvals) {
        const problem = (0,_manual_js__WEBPACK_IMPORTED_MODULE_1__/* .approvalProblem */ .vB)(req, a);
        if (problem !== undefined)
            refusals.push({ item: `approval by ${a.approver}`, reason: problem });
    }
    return refusals;
}
/** Turns acceptable inputs into evidence and approval events (attachments are copied first). */
async function recordInputs(deps, state, step, req, evidence, approvals) {
    const events = [];
    const now = deps.clock.now();
    // Ticks accumulate within one submission too (one `/check` per item), not only across resumes.
    const collected = { ...state.collected.evidence };
    for (const e of evidence) {
        const base = {
            kind: e.kind,
            name: e.name,
            actor: e.actor ?? deps.actor,
            recorded_at: now,
            ...(e.via === undefined ? {} : { via: e.via })
        };
        let record;
        if (e.kind === 'text' || e.kind === 'choice')
            record = { ...base, value: deps.redact(e.value) };
        else if (e.kind === 'checklist') {
            const order = req.evidence.find((x) => x.name === e.name)?.items ?? [];
            record = { ...base, items: (0,_manual_js__WEBPACK_IMPORTED_MODULE_1__/* .mergeChecklist */ .Zc)(collected[e.name], e.items, order) };
        }
        else {
            const stored = await deps.store.storeAttachment(step.id, e.name, e.path, deps.redact);
            record = {
                ...base,
                file: stored.file,
                sha256: stored.sha256,
                bytes: stored.bytes,
                original_name: stored.original_name
            };
        }
        collected[e.name] = record;
        events.push({ type: 'evidence_recorded', step_id: step.id, evidence: record });
    }
    const seen = new Set(state.collected.approvals.map((a) => (0,_runbook_index_js__WEBPACK_IMPORTED_MODULE_0__/* .approverKey */ .Nf)(a.approver)));
    for (const a of approvals) {
        // The same person twice counts once, however the name is spaced or cased.
        if (seen.has((0,_runbook_index_js__WEBPACK_IMPORTED_MODULE_0__/* .approverKey */ .Nf)(a.approver)))
            continue;
        seen.add((0,_runbook_index_js__WEBPACK_IMPORTED_MODULE_0__/* .approverKey */ .Nf)(a.approver));
        const approval = {
            approver: a.approver.trim(),
            ...(a.role === undefined ? {} : { role: a.role }),
            recorded_at: now,
            ...(a.comment === undefined ? {} : { comment: deps.redact(a.comment) }),
            ...(a.via === undefined ? {} : { via: a.via })
        };
        events.push({ type: 'approval_recorded', step_id: step.id, approval });
    }
    return events;
}
/** What the step still waits for, or undefined when it is complete. */
function pendingFor(deps, state, step, index) {
    const req = (0,_manual_js__WEBPACK_IMPORTED_MODULE_1__/* .manualRequirements */ .d7)(step, deps.runbook.meta.governance);
    const missing = (0,_manual_js__WEBPACK_IMPORTED_MODULE_1__/* .missingFor */ .MG)(req, state.collected);
    if (missing.evidence.length === 0 && missing.approvalsNeeded === 0)
        return undefined;
    return {
        step_id: step.id,
        step_index: index,
        kind: 'manual',
        evidence: missing.evidence.map((e) => e.name),
        approvals_needed: missing.approvalsNeeded,
        ...(req.approvals?.roles === undefined ? {} : { roles: req.approvals.roles })
    };
}
/** Rendered, redacted instructions of a manual step. */
function instructionsOf(deps, state, step) {
    return deps.redact((0,_render_js__WEBPACK_IMPORTED_MODULE_2__/* .renderString */ .G4)(step.instructions ?? '', (0,_render_js__WEBPACK_IMPORTED_MODULE_2__/* .lookupIn */ .IX)({ ...state.vars, ...deps.secretVars }, state.captures)));
}
/** The StepResult of a manual step: passed when its requirements are met, else failed with `error`. */
function manualResult(deps, state, step, index, error = null) {
    const started = state.collected.started_at ?? state.started_at;
    const now = deps.clock.now();
    return {
        run_id: state.run_id,
        step_id: step.id,
        step_index: index,
        type: 'manual',
        status: error === null ? 'passed' : 'failed',
        actor: 'human',
        started_at: started,
        ended_at: now,
        duration_ms: Math.max(0, Date.parse(now) - Date.parse(started)),
        attempt: Math.max(1, state.attempt),
        evidence: { ...state.collected.evidence },
        approvals: [...state.collected.approvals],
        captures: {},
        error
    };
}
/** `evidence 'ticket', 2 approval(s)`: what a pending step still waits for. */
function describePending(pending) {
    const what = [
        ...pending.evidence.map((e) => `evidence '${e}'`),
        ...(pending.approvals_needed > 0 ? [`${pending.approvals_needed} approval(s)`] : [])
    ];
    return what.join(', ');
}


/***/ }),

/***/ 8084:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $Y: () => (/* binding */ renderCliStep),
/* harmony export */   G4: () => (/* binding */ renderString),
/* harmony export */   IX: () => (/* binding */ lookupIn)
/* harmony export */ });
/* unused harmony exports RenderError, renderPattern */
/* harmony import */ var _runbook_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9059);

/** A template that cannot be rendered (only possible when the runbook was not validated). */
class RenderError extends Error {
    name = 'RenderError';
}
/** Looks names up in captures first, then vars. */
function lookupIn(vars, captures) {
    return (name) => {
        const value = captures.get(name) ?? vars[name];
        if (value === undefined)
            throw new RenderError(`'{{ .${name} }}' has no value: it is neither a var nor an earlier capture`);
        return value;
    };
}
/** Renders one string. */
function renderString(template, lookup) {
    const parsed = (0,_runbook_index_js__WEBPACK_IMPORTED_MODULE_0__/* .parseTemplate */ .QC)(template);
    if (!parsed.ok)
        throw new RenderError(parsed.error);
    return (0,_runbook_index_js__WEBPACK_IMPORTED_MODULE_0__/* .renderParts */ .Rs)(parsed.parts, lookup);
}
/**
 * Renders a `matches` pattern: each value is inserted as a literal (regex metacharacters quoted),
 * so `^{{ .pod }}$` matches that pod's name exactly and a value can never change the pattern.
 */
function renderPattern(template, lookup) {
    return renderString(template, (name) => (0,_runbook_index_js__WEBPACK_IMPORTED_MODULE_0__/* .quoteRegex */ .MI)(lookup(name)));
}
/** Renders every templated field of a cli step. */
function renderCliStep(runbook, step, lookup) {
    const w = step.with ?? {};
    const env = {};
    for (const [k, v] of Object.entries(w.env ?? {}))
        if (v !== undefined)
            env[k] = renderString(v, lookup);
    const assertions = (step.assertions ?? []).map((a) => {
        const out = { ...a };
        for (const key of ['contains', 'not_contains', 'equals', 'not_equals']) {
            const value = a[key];
            if (value !== undefined)
                out[key] = renderString(value, lookup);
        }
        if (a.matches !== undefined)
            out.matches = renderPattern(a.matches, lookup);
        return out;
    });
    const timeout = step.timeout ?? runbook.meta.defaults?.timeout;
    const parsed = timeout === undefined ? undefined : (0,_runbook_index_js__WEBPACK_IMPORTED_MODULE_0__/* .parseDuration */ .E9)(timeout);
    return {
        argv: (w.argv ?? []).map((a) => renderString(a, lookup)),
        env,
        ...(w.cwd === undefined ? {} : { cwd: renderString(w.cwd, lookup) }),
        ...(w.stdin === undefined ? {} : { stdin: renderString(w.stdin, lookup) }),
        assertions,
        ...(parsed?.ok === true && parsed.ms > 0 ? { timeoutMs: parsed.ms } : {})
    };
}


/***/ }),

/***/ 8034:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EE: () => (/* binding */ skipRefusal),
/* harmony export */   ky: () => (/* binding */ skippedResult),
/* harmony export */   st: () => (/* binding */ SkipRefusedError)
/* harmony export */ });
/* harmony import */ var _manual_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4090);
/* harmony import */ var _render_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8084);


/** A skip the engine refuses (the hook asked for one that skipRefusal names a reason against). */
class SkipRefusedError extends Error {
    name = 'SkipRefusedError';
}
/**
 * Why a person may not skip `step` now, or undefined. Only a step that has not started, needs no
 * approval and no confirmation, and captures nothing that later steps could read may be skipped.
 */
function skipRefusal(deps, state, step) {
    if (state.attempt > 0)
        return `step '${step.id}' has already started; only a step that has not started can be skipped`;
    if (step.type === 'manual') {
        const req = (0,_manual_js__WEBPACK_IMPORTED_MODULE_0__/* .manualRequirements */ .d7)(step, deps.runbook.meta.governance);
        if ((req.approvals?.min ?? 0) > 0)
            return `step '${step.id}' needs an approval; a step that needs one cannot be skipped`;
        return undefined;
    }
    const captures = Object.keys(step.capture ?? {});
    if (captures.length > 0)
        return `step '${step.id}' captures ${captures.join(', ')} for later steps; it cannot be skipped`;
    if (step.confirm === true)
        return `step '${step.id}' asks for confirmation (confirm: true); it cannot be skipped`;
    const rendered = (0,_render_js__WEBPACK_IMPORTED_MODULE_1__/* .renderCliStep */ .$Y)(deps.runbook, step, (0,_render_js__WEBPACK_IMPORTED_MODULE_1__/* .lookupIn */ .IX)({ ...state.vars, ...deps.secretVars }, state.captures));
    const destructive = deps.classify(rendered.argv);
    if (destructive !== undefined)
        return `step '${step.id}' is destructive (${destructive}) and needs confirmation; it cannot be skipped`;
    return undefined;
}
/** The result of a step a person skipped: who, why, and nothing run. */
function skippedResult(deps, state, stop, by, reason) {
    const now = deps.clock.now();
    return {
        run_id: state.run_id,
        step_id: stop.step.id,
        step_index: stop.index,
        type: stop.step.type,
        status: 'skipped',
        actor: 'human',
        started_at: now,
        ended_at: now,
        duration_ms: 0,
        attempt: 0,
        evidence: {},
        captures: {},
        skip: { by, reason: deps.redact(reason) },
        error: null
    };
}


/***/ }),

/***/ 8110:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ stepVerdict)
/* harmony export */ });
/* harmony import */ var _command_facts_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1661);
/* harmony import */ var _governance_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2512);
/* harmony import */ var _wrapped_governance_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4716);



/** Decides governance for a rendered cli step, before anything runs. */
async function stepVerdict(deps, governance, step, rendered) {
    const argv0 = rendered.argv[0] ?? '';
    const cwd = rendered.cwd === undefined ? deps.cwd : deps.joinPath(deps.cwd, rendered.cwd);
    // argv[0] is found on the run's own PATH, never one the step sets (see decideEnv).
    const pathEnv = deps.env.PATH ?? '';
    const resolve = (...a) => deps.cli.resolve(...a);
    const resolved = await resolve(argv0, cwd, pathEnv);
    const facts = await (0,_command_facts_js__WEBPACK_IMPORTED_MODULE_0__/* .gatherFacts */ .pc)(resolve, governance, argv0, deps.cwd, pathEnv);
    const first = (0,_governance_js__WEBPACK_IMPORTED_MODULE_1__/* .decideEnv */ ._Y)(step) ?? (0,_governance_js__WEBPACK_IMPORTED_MODULE_1__/* .decideCommand */ .eb)(argv0, resolved, governance, facts);
    const wrapped = first.decision === 'allowed'
        ? await (0,_wrapped_governance_js__WEBPACK_IMPORTED_MODULE_2__/* .decideWrapped */ .a)(resolve, step, governance, rendered.argv, {
            cwd,
            runCwd: deps.cwd,
            pathEnv
        })
        : {};
    return {
        argv0,
        cwd,
        resolved,
        verdict: wrapped.denied ?? first,
        destructive: deps.classify(rendered.argv),
        unreadable: wrapped.unreadable
    };
}


/***/ }),

/***/ 366:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LT: () => (/* binding */ resolveVars),
/* harmony export */   YF: () => (/* binding */ parseVarFlags),
/* harmony export */   Yr: () => (/* binding */ VarError)
/* harmony export */ });
/* harmony import */ var _glob_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2218);

/** A --var flag that does not name a var of the runbook, or is malformed. */
class VarError extends Error {
    name = 'VarError';
}
/** Parses `name=value` flags; the value may be empty and may contain `=`. */
function parseVarFlags(flags) {
    const out = {};
    for (const flag of flags) {
        const eq = flag.indexOf('=');
        const name = eq === -1 ? flag : flag.slice(0, eq);
        if (eq === -1 || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) {
            throw new VarError(`invalid --var '${flag}': expected name=value, where name is letters, digits and '_'`);
        }
        out[name] = flag.slice(eq + 1);
    }
    return out;
}
/** Resolves the runbook's vars against the environment and explicit flags. */
function resolveVars(runbook, env, flags) {
    const defaults = runbook.meta.vars ?? {};
    const deny = runbook.meta.governance?.deny_env_vars ?? [];
    const vars = {};
    const sources = {};
    const denied = [];
    for (const name of Object.keys(flags)) {
        if (!(name in defaults)) {
            const known = Object.keys(defaults);
            throw new VarError(`--var ${name}: the runbook has no var '${name}'; its vars are: ${known.length > 0 ? known.join(', ') : '(none)'}`);
        }
    }
    for (const [name, value] of Object.entries(defaults)) {
        vars[name] = value ?? '';
        sources[name] = 'default';
        const fromEnv = env[name];
        if (fromEnv !== undefined) {
            if ((0,_glob_js__WEBPACK_IMPORTED_MODULE_0__/* .matchesAnyGlob */ .o)(name, deny))
                denied.push(name);
            else {
                vars[name] = fromEnv;
                sources[name] = 'env';
            }
        }
        const fromFlag = flags[name];
        if (fromFlag !== undefined) {
            vars[name] = fromFlag;
            sources[name] = 'flag';
        }
    }
    // gert's inputs without a default must be given (`from: prompt` is asked at a terminal first).
    for (const [name, input] of Object.entries(runbook.meta.inputs ?? {})) {
        if (input === undefined || input.default !== undefined || sources[name] !== 'default')
            continue;
        const about = input.description === undefined ? '' : ` (${input.description})`;
        const eg = input.example === undefined ? 'VALUE' : input.example;
        throw new VarError(`input '${name}'${about} has no default and was not given: pass --var ${name}=${eg} (its source is '${input.from}')`);
    }
    const secrets = Object.entries(env)
        .filter(([name, value]) => value !== undefined && value !== '' && (0,_glob_js__WEBPACK_IMPORTED_MODULE_0__/* .matchesAnyGlob */ .o)(name, deny))
        .map(([, value]) => value);
    return { vars, sources, secrets, denied };
}


/***/ }),

/***/ 4716:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ decideWrapped)
/* harmony export */ });
/* harmony import */ var _runbook_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9059);
/* harmony import */ var _runbook_safety_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1338);
/* harmony import */ var _command_facts_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1661);
/* harmony import */ var _governance_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2512);




/** Decides on every command `argv` runs besides argv[0]. */
async function decideWrapped(resolve, step, governance, argv, where) {
    const found = (0,_runbook_safety_index_js__WEBPACK_IMPORTED_MODULE_1__/* .innerCommands */ .lM)(argv);
    const optIn = step.with?.allow_env_hooks ?? [];
    for (const a of found.assignments) {
        const reason = (0,_runbook_index_js__WEBPACK_IMPORTED_MODULE_0__/* .envHookReason */ .D8)(a.name);
        if (reason !== undefined && !optIn.includes(a.name))
            return {
                denied: {
                    decision: 'denied',
                    rule: 'env-hook',
                    reason: `'${a.by}' sets ${a.name} (${reason}) for the command it runs, without with.allow_env_hooks`
                }
            };
    }
    for (const inner of found.commands) {
        const argv0 = inner.argv[0] ?? '';
        if (argv0.includes('{}'))
            return { unreadable: `'${inner.by}' runs a command named by its input ('${argv0}')` };
        const resolved = inner.remote ? {} : await resolve(argv0, where.cwd, where.pathEnv);
        const facts = inner.remote
            ? { denied: [] }
            : await (0,_command_facts_js__WEBPACK_IMPORTED_MODULE_2__/* .gatherFacts */ .pc)(resolve, governance, argv0, where.runCwd, where.pathEnv);
        const verdict = (0,_governance_js__WEBPACK_IMPORTED_MODULE_3__/* .decideCommand */ .eb)(argv0, resolved, governance, facts);
        if (verdict.decision === 'denied')
            return { denied: { ...verdict, reason: `'${inner.by}' runs ${verdict.reason}` } };
    }
    return found.opaque === undefined ? {} : { unreadable: found.opaque };
}


/***/ }),

/***/ 820:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   z: () => (/* binding */ attachmentProblem)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _runbook_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9059);
// Whether a file named as an attachment can be attached: checked before anything is recorded, so a
// bad path is refused up front with its location instead of failing half-way through a run.


/** Why `path` cannot be attached, or undefined when it is a readable regular file. */
function attachmentProblem(path) {
    try {
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(path).isFile())
            return 'is not a regular file';
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.accessSync)(path, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.R_OK);
        return undefined;
    }
    catch (err) {
        return (0,_runbook_index_js__WEBPACK_IMPORTED_MODULE_1__/* .fsErrorReason */ .Ws)(err, { ENOENT: 'no such file' }, _runbook_index_js__WEBPACK_IMPORTED_MODULE_1__/* .cannotBeRead */ .xF);
    }
}


/***/ }),

/***/ 5700:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ZY: () => (/* reexport */ DEFAULT_KILL_GRACE_MS),
  $N: () => (/* reexport */ GroupLedger),
  iy: () => (/* reexport */ NodeCommandResolver),
  u: () => (/* reexport */ NodeProcessRunner),
  Mr: () => (/* reexport */ endLeftoverGroup)
});

// UNUSED EXPORTS: DEFAULT_LINGER_MS

;// CONCATENATED MODULE: ./src/providers/cli/output-pump.ts
/** Starts pumping `stream` into `handler`; a handler failure is passed to `onError`. */
function pumpOutput(stream, handler, onError) {
    let busy = false;
    let queue = Promise.resolve();
    let idleTimer;
    let idleMs;
    let closed = false;
    const armIdle = () => {
        // Once the stream has closed, a timer would only keep the process alive for nothing.
        if (idleMs === undefined || closed)
            return;
        clearTimeout(idleTimer);
        idleTimer = setTimeout(() => (busy ? armIdle() : stream.destroy()), idleMs);
    };
    const settled = () => {
        busy = false;
        if (!stream.destroyed)
            stream.resume();
        armIdle();
    };
    const failed = (err) => {
        busy = false;
        onError(err);
    };
    const deliver = (chunk) => {
        let result;
        try {
            result = handler(chunk);
        }
        catch (err) {
            failed(err);
            return;
        }
        if (isThenable(result)) {
            busy = true;
            stream.pause();
            queue = result.then(settled, failed);
        }
    };
    stream.on('data', (chunk) => {
        armIdle();
        // A paused stream emits no data; should one arrive anyway, it waits its turn.
        if (busy)
            queue = queue.then(() => deliver(chunk));
        else
            deliver(chunk);
    });
    // A read error (EIO, ...) ends the stream like EOF; 'close' follows it.
    stream.on('error', () => undefined);
    const done = new Promise((resolve) => {
        stream.once('close', () => {
            closed = true;
            clearTimeout(idleTimer);
            idleMs = undefined;
            resolve(queue);
        });
    });
    return {
        done,
        get closed() {
            return closed;
        },
        closeWhenIdle: (ms) => {
            idleMs = ms;
            armIdle();
        },
        destroy: () => stream.destroy()
    };
}
function isThenable(value) {
    return typeof value?.then === 'function';
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./src/providers/cli/process-group.ts
// Signalling the process group a step's command leads (it is spawned detached: setsid makes it the
// leader of a new session and process group, and its descendants inherit the group unless they
// leave it themselves with setsid).

/**
 * Sends `signal` to every process of the group. Failures are ignored: ESRCH means the group is
 * gone, EPERM that a member runs as another user (setuid); there is nothing more to do either way.
 */
function signalGroup(pgid, signal) {
    try {
        process.kill(-pgid, signal);
    }
    catch {
        // see above
    }
}
/**
 * True while a live process remains in the group. On Linux this reads /proc, so zombies do not
 * count: where PID 1 does not reap orphans (some containers), killed descendants stay zombies
 * forever, and `kill(-pgid, 0)` would report the group alive long after everything in it died.
 * Elsewhere `kill(-pgid, 0)` is the answer.
 */
function groupAlive(pgid) {
    // ESRCH means no process at all, zombies included: the common case after a command exits, and
    // far cheaper than scanning /proc, which is only needed to tell zombies from the living.
    const code = probeGroup(pgid);
    if (code !== undefined)
        return code === 'EPERM';
    const members = liveMembersFromProc(pgid);
    return members === undefined ? true : members > 0;
}
/**
 * kill(-pgid, 0): undefined when it succeeded, else the error code. It fails (ESRCH) after nearly
 * every step, and Node builds an exception for it: without a stack trace to capture that costs a
 * few microseconds instead of a fifth of a millisecond.
 */
function probeGroup(pgid) {
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    try {
        process.kill(-pgid, 0);
        return undefined;
    }
    catch (err) {
        return errorCode(err) ?? 'unknown';
    }
    finally {
        Error.stackTraceLimit = limit;
    }
}
/** Live (not zombie) processes whose process group is `pgid`; undefined without /proc. */
function liveMembersFromProc(pgid) {
    let entries;
    try {
        entries = (0,external_node_fs_.readdirSync)('/proc');
    }
    catch {
        return undefined;
    }
    let live = 0;
    for (const entry of entries) {
        if (!/^\d+$/.test(entry))
            continue;
        const fields = procStat(Number(entry));
        if (fields === undefined)
            continue; // exited while we looked
        const state = fields[0];
        if (Number(fields[2]) === pgid && state !== 'Z' && state !== 'X')
            live++;
    }
    return live;
}
/** procStat's buffer: /proc/PID/stat is a few hundred bytes. */
const statBuffer = Buffer.alloc(4096);
/**
 * The fields of /proc/PID/stat after the command name (which may hold spaces and parentheses):
 * state ppid pgrp ... (field 3 of proc(5) is index 0); undefined when the process is gone or there
 * is no /proc.
 */
function procStat(pid) {
    let fd;
    try {
        // One read: the kernel hands the whole file to a buffer this size (it is a few hundred bytes).
        fd = (0,external_node_fs_.openSync)(`/proc/${pid}/stat`, 'r');
        const n = (0,external_node_fs_.readSync)(fd, statBuffer, 0, statBuffer.length, 0);
        const stat = statBuffer.toString('latin1', 0, n);
        return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    }
    catch {
        return undefined;
    }
    finally {
        if (fd !== undefined)
            (0,external_node_fs_.closeSync)(fd);
    }
}
/** The process's start time: field 22 of /proc/PID/stat, clock ticks since boot. */
function startTicks(pid) {
    return procStat(pid)?.[19];
}
/**
 * Ends the group: SIGTERM, then SIGKILL once `graceMs` has passed with a process still alive.
 * Resolves when the group is empty or SIGKILL has been sent.
 */
async function terminateGroup(pgid, graceMs, pollMs = 50) {
    signalGroup(pgid, 'SIGTERM');
    const deadline = Date.now() + graceMs;
    while (Date.now() < deadline) {
        if (!groupAlive(pgid))
            return;
        await sleep(Math.min(pollMs, Math.max(1, deadline - Date.now())));
    }
    signalGroup(pgid, 'SIGKILL');
}
function sleep(ms) {
    return new Promise((resolve) => setTimeout(resolve, ms));
}
/** A delay that can be cleared: a timer left armed after a race keeps the process alive. */
function delay(ms) {
    let timer;
    const done = new Promise((resolve) => (timer = setTimeout(resolve, ms)));
    return { done, clear: () => clearTimeout(timer) };
}
/** Waits for `p`, or at most `ms`; never leaves a timer behind. */
async function within(p, ms) {
    const d = delay(ms);
    try {
        await Promise.race([p, d.done]);
    }
    finally {
        d.clear();
    }
}
function errorCode(err) {
    if (typeof err !== 'object' || err === null || !('code' in err))
        return undefined;
    return typeof err.code === 'string' ? err.code : undefined;
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
;// CONCATENATED MODULE: ./src/providers/cli/spawn-error.ts
// The one place a failure to start a command becomes a message (STYLE.md §8).

const REASONS = {
    ENOENT: 'no such file or directory',
    EACCES: 'permission denied (not executable, or a directory on the way is not searchable)',
    ENOEXEC: 'not an executable format (a script needs a #! line)',
    ENOTDIR: 'a component of the path is not a directory',
    E2BIG: 'argument list or environment too long',
    ELOOP: 'too many levels of symbolic links',
    EHELPER: 'the spawn helper exited before it said whether the command started, so it was not started again'
};
/** Turns a spawn error into the outcome's `spawnError`: its code and a sentence naming the file. */
function describeSpawnError(err, executable) {
    const code = errorCode(err) ?? 'UNKNOWN';
    // Node's own refusals (ERR_INVALID_ARG_VALUE, ...) quote the offending value, which may be a
    // secret rendered into argv or env: name the code only.
    const reason = REASONS[code] ??
        (code.startsWith('ERR_')
            ? 'Node refused the arguments or environment given to the command'
            : err instanceof Error
                ? err.message
                : String(err));
    return { code, message: `cannot run '${executable}': ${reason} (${code})` };
}

;// CONCATENATED MODULE: ./src/providers/cli/launcher.ts
// How a step's command is started. The runner (node-process-runner.ts) owns the lifecycle: pipes,
// timeouts, lingering, ending the group. A launcher only starts the command and hands back its
// pid, its stdout and stderr as streams, and its exit. Two launchers exist:
// - the spawn helper (spawn-helper/): a small resident process that starts commands with
//   posix_spawn, used on Linux when a trusted python3 is installed;
// - DirectLauncher: Node's own child_process.spawn, everywhere else and as the helper's fallback.
// Both give the command the same things: exactly the argv and environment of the spec (no shell,
// no PATH search: `executable` is the resolved file), its own session and process group, default
// signal dispositions, the spec's stdin or /dev/null, and no other open file.



/** Starts each command with Node's child_process.spawn (fork and exec from this process). */
class DirectLauncher {
    async launch(spec, onPid) {
        let child;
        try {
            child = (0,external_node_child_process_.spawn)(spec.executable, spec.argv.slice(1), {
                argv0: spec.argv[0] ?? spec.executable,
                cwd: spec.cwd,
                env: { ...spec.env },
                shell: false,
                detached: true,
                stdio: [spec.stdin === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
                windowsHide: true
            });
        }
        catch (err) {
            // Node refuses some arguments before any process exists; its message quotes the value.
            return { spawnError: startFailure(spec, err) };
        }
        if (child.pid !== undefined)
            onPid(child.pid);
        const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve([code, signal])));
        const failed = await new Promise((resolve) => {
            child.once('spawn', () => resolve(undefined));
            // Only a failure to start can happen here: the runner signals with process.kill.
            child.on('error', (error) => resolve({ error }));
        });
        if (failed !== undefined)
            return { spawnError: startFailure(spec, failed.error) };
        writeStdin(child, spec.stdin);
        return {
            pid: child.pid,
            stdout: child.stdout,
            stderr: child.stderr,
            exited
        };
    }
    close() {
        // nothing is kept between commands
    }
}
/**
 * What a failure to start means. The working directory is looked at only then (no stat before
 * every spawn): a missing one would otherwise be reported as the executable's ENOENT.
 */
function startFailure(spec, err) {
    return checkCwd(spec.cwd) ?? describeSpawnError(err, spec.executable);
}
function checkCwd(cwd) {
    try {
        if ((0,external_node_fs_.statSync)(cwd).isDirectory())
            return undefined;
        return { code: 'ENOTDIR', message: `working directory '${cwd}' is not a directory`, cwd: true };
    }
    catch {
        return { code: 'ENOENT', message: `working directory '${cwd}' does not exist`, cwd: true };
    }
}
function writeStdin(child, text) {
    const stdin = child.stdin;
    if (stdin === null || text === undefined)
        return;
    // EPIPE / ECONNRESET: the child exited or closed stdin without reading it all. Not a failure.
    stdin.on('error', () => undefined);
    stdin.end(text, 'utf8');
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
;// CONCATENATED MODULE: ./src/providers/cli/spawn-helper/frames.ts
// The spawn helper's wire format (helper-source.ts): a type byte, a 4-byte big-endian length, the
// payload.

/** One frame whose payload is `parts` end to end (copied once, into the frame). */
function encodeFrame(type, ...parts) {
    const head = Buffer.allocUnsafe(5);
    head.write(type, 0, 'latin1');
    head.writeUInt32BE(parts.reduce((n, p) => n + p.length, 0), 1);
    return Buffer.concat([head, ...parts]);
}
/** The S frame that starts `spec` (NUL bytes were refused before: a field never holds one). */
function startFrame(spec) {
    const argv = [spec.argv[0] ?? spec.executable, ...spec.argv.slice(1)];
    const fields = [
        spec.executable,
        // The helper changes directory for each command: a relative one means this process's.
        (0,external_node_path_.resolve)(spec.cwd),
        spec.stdin === undefined ? '0' : '1',
        String(argv.length),
        ...argv,
        ...Object.entries(spec.env).map(([name, value]) => `${name}=${value}`)
    ];
    const head = Buffer.from(fields.join('\0'), 'utf8');
    const size = Buffer.allocUnsafe(4);
    size.writeUInt32BE(head.length);
    const stdin = spec.stdin === undefined ? [] : [Buffer.from(spec.stdin, 'utf8')];
    return encodeFrame('S', size, head, ...stdin);
}
/** The largest frame the helper sends is 64 KiB of output (a read of a pipe) and its header. */
const MAX_FRAME = 1 << 20;
/**
 * Cuts a byte stream into frames; bytes of an incomplete frame wait for the next chunk. A frame
 * longer than MAX_FRAME is not the helper speaking: push() throws rather than buffer it.
 */
class FrameReader {
    /** Bytes received and not yet cut into frames, in arrival order (one copy per frame at most). */
    parts = [];
    held = 0;
    /** The complete frames in what has arrived so far. */
    push(chunk) {
        this.parts.push(chunk);
        this.held += chunk.length;
        const frames = [];
        for (;;) {
            if (this.held < 5)
                break;
            const head = this.peek(5);
            const size = head.readUInt32BE(1);
            if (size > MAX_FRAME)
                throw new Error(`a frame of ${size} bytes`);
            if (this.held < 5 + size)
                break;
            const frame = this.take(5 + size);
            frames.push({ type: String.fromCharCode(frame[0]), payload: frame.subarray(5) });
        }
        return frames;
    }
    /** The first `n` held bytes, without consuming them. */
    peek(n) {
        const first = this.parts[0];
        return first.length >= n ? first : Buffer.concat(this.parts).subarray(0, n);
    }
    /** Removes and returns the first `n` held bytes: a view when one chunk holds them all. */
    take(n) {
        const first = this.parts[0];
        let out;
        if (first.length >= n) {
            out = first.subarray(0, n);
            if (first.length === n)
                this.parts.shift();
            else
                this.parts[0] = first.subarray(n);
        }
        else {
            const all = Buffer.concat(this.parts);
            out = all.subarray(0, n);
            this.parts = all.length === n ? [] : [all.subarray(n)];
        }
        this.held -= n;
        return out;
    }
}
/** A wait status (as waitpid(2) gives it) as Node reports an exit: a code, or a signal's name. */
function decodeWaitStatus(status, names) {
    const sig = status & 0x7f;
    if (sig === 0)
        return [(status >> 8) & 0xff, null];
    const name = Object.keys(names).find((n) => names[n] === sig);
    return [null, (name ?? `SIG${sig}`)];
}

;// CONCATENATED MODULE: ./src/providers/cli/spawn-helper/helper-source.ts
// The spawn helper's program, run as `python3 -I -S -c HELPER_SOURCE` (isolated: no PYTHON*
// variables, no site packages, no script file anyone could edit). Its only job is to start
// commands with posix_spawn, which on Linux does not copy this process's page tables the way
// fork() from a large Node process does; everything else (governance, timeouts, ending groups,
// redaction) stays in Node.
//
// Wire format, both directions: one type byte, a 4-byte big-endian length, that many bytes.
// Node -> helper:
//   S  start a command: u32 n, then n bytes of NUL-separated fields (executable, cwd, '1' when
//      stdin follows else '0', the number of argv entries, argv..., NAME=VALUE...), then stdin
//   C  stop reading the command's stdout ('1') or stderr ('2'): close that pipe
// Helper -> Node:
//   R  ready            N  cannot work here (why)       F  the command did not start (errno name)
//   P  started (pid, then its start time from /proc when there is one)
//   O/E  stdout/stderr bytes          o/e  that pipe is closed
//   X  exited (the raw wait status, decimal)
// One command at a time: S comes only after the previous command's X, o and e.
// The helper ends on EOF of its stdin (the runbook process is gone, kill -9 included) or when its
// stdout breaks; a command still running then is killed with its whole process group first.
const HELPER_SOURCE = String.raw `
import errno, os, select, signal, struct, sys
for s in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP, signal.SIGQUIT, signal.SIGTSTP, signal.SIGTTIN, signal.SIGTTOU):
    signal.signal(s, signal.SIG_IGN)
IN, OUT = 0, 1

def send(t, p=b''):
    # One writev of the header and the payload, as views: no copy, no allocation per chunk.
    parts = [memoryview(t + struct.pack('>I', len(p))), memoryview(p)]
    while parts:
        try:
            n = os.writev(OUT, parts)
        except OSError:
            # EPIPE or ECONNRESET: the runbook process is gone.
            die()
        while parts and n >= len(parts[0]):
            n -= len(parts[0])
            parts.pop(0)
        if parts:
            parts[0] = parts[0][n:]

def die():
    if cur is not None:
        try:
            os.killpg(cur['pid'], signal.SIGKILL)
        except OSError:
            pass
    os._exit(0)

cur = None
try:
    os.close(os.pidfd_open(os.getpid()))
    os.posix_spawn
    DEFAULTS = [s for s in signal.valid_signals() if s not in (signal.SIGKILL, signal.SIGSTOP)]
    devnull = os.open('/dev/null', os.O_RDONLY | os.O_CLOEXEC)
    RBUF = bytearray(65536)
    RVIEW = memoryview(RBUF)
except Exception as e:
    send(b'N', repr(e).encode())
    sys.exit(0)
send(b'R', b'1')

def start_ticks(pid):
    # Field 22 of /proc/PID/stat: read here, before this helper can reap the command.
    try:
        fd = os.open('/proc/%d/stat' % pid, os.O_RDONLY | os.O_CLOEXEC)
        try:
            st = os.read(fd, 4096)
        finally:
            os.close(fd)
        return b' ' + st[st.rindex(b')') + 2:].split(b' ')[19]
    except (OSError, ValueError, IndexError):
        return b''

def ename(e):
    return errno.errorcode.get(e.errno, 'E%d' % (e.errno or 0)).encode()

def start(p):
    global cur
    n, = struct.unpack('>I', p[:4])
    f = p[4:4 + n].split(b'\0')
    exe, cwd, has_in, nargs = f[0], f[1], f[2] == b'1', int(f[3])
    argv = f[4:4 + nargs]
    env = {}
    for e in f[4 + nargs:]:
        k, _, v = e.partition(b'=')
        env[k] = v
    stdin = p[4 + n:]
    opened = []

    def refuse(why):
        # The command did not start: nothing of it stays open, and no directory stays busy.
        for fd in opened:
            os.close(fd)
        os.chdir('/')
        send(b'F', why)

    try:
        if has_in:
            r0, w0 = os.pipe()
            opened += [r0, w0]
        r1, w1 = os.pipe()
        r2, w2 = os.pipe()
        opened += [r1, w1, r2, w2]
    except OSError as e:
        refuse(ename(e))
        return
    acts = [(os.POSIX_SPAWN_DUP2, r0 if has_in else devnull, 0), (os.POSIX_SPAWN_DUP2, w1, 1), (os.POSIX_SPAWN_DUP2, w2, 2)]
    try:
        os.chdir(cwd)
    except OSError as e:
        refuse(b'cwd ' + ename(e))
        return
    try:
        pid = os.posix_spawn(exe, argv, env, file_actions=acts, setsid=True, setsigdef=DEFAULTS, setsigmask=())
    except (OSError, ValueError) as e:
        refuse(ename(e) if isinstance(e, OSError) else b'EINVAL')
        return
    try:
        os.chdir('/')
        os.close(w1)
        os.close(w2)
        cur = {'pid': pid, 'pidfd': os.pidfd_open(pid), 'status': None, 'out': {r1: b'O', r2: b'E'}, 'in': None, 'data': b''}
        if has_in:
            os.close(r0)
            if stdin:
                os.set_blocking(w0, False)
                cur['in'] = w0
                cur['data'] = memoryview(stdin)
            else:
                os.close(w0)
    except BaseException:
        # The command cannot be watched: it is ended, never left running unseen.
        try:
            os.killpg(pid, signal.SIGKILL)
        except OSError:
            pass
        os._exit(1)
    send(b'P', str(pid).encode() + start_ticks(pid))

def control(t, p):
    if t == b'S':
        start(p)
    elif t == b'C' and cur is not None:
        for fd, kind in list(cur['out'].items()):
            if kind == (b'O' if p == b'1' else b'E'):
                os.close(fd)
                del cur['out'][fd]
                send(kind.lower())

def loop():
    global cur
    buf = bytearray()
    while True:
        rl = [IN]
        wl = []
        if cur is not None:
            rl += list(cur['out'])
            if cur['status'] is None:
                rl.append(cur['pidfd'])
            if cur['in'] is not None:
                wl.append(cur['in'])
        r, w, _ = select.select(rl, wl, [])
        if cur is not None and cur['in'] in w:
            try:
                k = os.write(cur['in'], cur['data'][:65536])
                cur['data'] = cur['data'][k:]
            except OSError:
                # EPIPE: the command exited or closed stdin without reading it all.
                cur['data'] = b''
            if not cur['data']:
                os.close(cur['in'])
                cur['in'] = None
        if cur is not None:
            for fd in [fd for fd in r if fd in cur['out']]:
                # Into one 64 KiB buffer (a pipe's capacity) reused for every read: a fresh object
                # per read is mapped, faulted in and unmapped each time (a tenth of the throughput).
                n = os.readv(fd, [RBUF])
                if n:
                    send(cur['out'][fd], RVIEW[:n])
                else:
                    os.close(fd)
                    send(cur['out'].pop(fd).lower())
            if cur['status'] is None and cur['pidfd'] in r:
                _, status = os.waitpid(cur['pid'], 0)
                os.close(cur['pidfd'])
                cur['status'] = status
                send(b'X', str(status).encode())
            if cur['status'] is not None and not cur['out']:
                if cur['in'] is not None:
                    os.close(cur['in'])
                cur = None
        if IN in r:
            data = os.read(IN, 65536)
            if not data:
                die()
            buf += data
            while len(buf) >= 5:
                n, = struct.unpack('>I', buf[1:5])
                if len(buf) < 5 + n:
                    break
                t, p = bytes(buf[:1]), bytes(buf[5:5 + n])
                del buf[:5 + n]
                control(t, p)

try:
    loop()
except BaseException:
    # Whatever went wrong, a command still running is not left behind.
    die()
`;

;// CONCATENATED MODULE: ./src/providers/cli/spawn-helper/spawn-helper.ts
// The resident spawn helper, seen from Node: one python3 process per run that starts each command
// with posix_spawn and relays its output and exit back here (helper-source.ts has the protocol).
// Commands go one at a time. The helper's stdout carries every command's output: when a command's
// stream is full (its consumer applies backpressure), reading from the helper pauses, the helper
// blocks on write, and so does the command.






/** How long python3 may take to start the helper before commands start directly instead. */
const READY_MS = 5000;
function deferred() {
    let resolve = () => undefined;
    const promise = new Promise((r) => (resolve = r));
    return { promise, resolve };
}
class SpawnHelper {
    child;
    reader = new FrameReader();
    session;
    idle = Promise.resolve();
    lostReason;
    readyWaiter;
    constructor(child) {
        this.child = child;
        const out = child.stdout;
        out.on('data', (chunk) => {
            if (this.lostReason !== undefined)
                return;
            let frames;
            try {
                frames = this.reader.push(chunk);
            }
            catch (err) {
                this.lose(`the spawn helper broke its protocol (${err.message})`);
                child.kill('SIGKILL');
                return;
            }
            for (const frame of frames)
                this.onFrame(frame);
        });
        child.stdin?.on('error', () => undefined);
        child.on('error', (err) => this.lose(`the spawn helper failed: ${err.message}`));
        child.on('exit', (code, signal) => this.lose(`the spawn helper exited (${signal ?? `code ${String(code)}`})`));
    }
    /** Starts the helper with `python`; resolves once it is ready, or with why it cannot be used. */
    static async start(python) {
        let child;
        try {
            // An empty environment and isolated mode: nothing from this process's environment can
            // change what the helper runs.
            child = (0,external_node_child_process_.spawn)(python, ['-I', '-S', '-c', HELPER_SOURCE], {
                env: {},
                stdio: ['pipe', 'pipe', 'ignore'],
                shell: false
            });
        }
        catch (err) {
            return { unavailable: err.message };
        }
        const helper = new SpawnHelper(child);
        const ready = new Promise((resolve) => (helper.readyWaiter = resolve));
        const late = delay(READY_MS);
        const why = await Promise.race([
            ready,
            late.done.then(() => `python3 did not start the helper within ${READY_MS / 1000} s`)
        ]);
        late.clear();
        if (why === undefined) {
            helper.setRef(false);
            return helper;
        }
        helper.close();
        child.kill('SIGKILL');
        return { unavailable: why };
    }
    /** Why the helper can no longer start commands; undefined while it can. */
    get lost() {
        return this.lostReason;
    }
    /** Starts `spec` once the previous command is over. */
    async launch(spec, onPid) {
        await this.idle;
        if (this.lostReason !== undefined)
            return { lost: this.lostReason };
        const result = deferred();
        const self = () => session;
        const session = {
            started: (s, ticks) => {
                if ('launched' in s)
                    onPid(s.launched.pid, ticks);
                result.resolve(s);
            },
            stdout: this.stream('1', self),
            stderr: this.stream('2', self),
            exit: deferred(),
            exited: false,
            over: deferred(),
            stdoutOpen: true,
            stderrOpen: true
        };
        this.session = session;
        this.idle = session.over.promise;
        this.setRef(true);
        this.child.stdin?.write(startFrame(spec));
        return result.promise;
    }
    /** Ends the helper: it kills a command still running, then exits. */
    close() {
        this.child.stdin?.end();
        this.setRef(false);
    }
    /**
     * One of the command's output streams. Destroying it before the pipe closed (the runner stops
     * reading what an escaped process holds open) asks the helper to close that pipe; anything the
     * helper sent before it does is dropped.
     */
    stream(which, session) {
        const out = this.child.stdout;
        return new external_node_stream_.Readable({
            // More output is wanted: read from the helper again.
            read: () => out.resume(),
            destroy: (err, callback) => {
                const s = session();
                const open = which === '1' ? s.stdoutOpen : s.stderrOpen;
                if (open && this.session === s && this.lost === undefined)
                    this.child.stdin?.write(encodeFrame('C', Buffer.from(which)));
                out.resume();
                callback(err);
            }
        });
    }
    onFrame({ type, payload }) {
        const s = this.session;
        if (type === 'R' || type === 'N') {
            this.readyWaiter?.(type === 'R' ? undefined : `python3 cannot run the helper: ${payload.toString()}`);
            this.readyWaiter = undefined;
            return;
        }
        if (s === undefined)
            return this.lose(`the spawn helper sent '${type}' with no command running`);
        switch (type) {
            case 'P': {
                const [pid, ticks] = payload.toString('latin1').split(' ');
                if (!/^[1-9]\d*$/.test(pid ?? ''))
                    return this.lose(`the spawn helper sent a bad pid`);
                s.pid = Number(pid);
                s.started({
                    launched: { pid: s.pid, stdout: s.stdout, stderr: s.stderr, exited: s.exit.promise }
                }, ticks);
                return;
            }
            case 'F':
                this.end(s);
                return s.started({ failed: payload.toString('latin1') });
            case 'O':
            case 'E': {
                const stream = type === 'O' ? s.stdout : s.stderr;
                if (!stream.destroyed && !stream.push(payload))
                    this.child.stdout.pause();
                return;
            }
            case 'o':
            case 'e': {
                const stream = type === 'o' ? s.stdout : s.stderr;
                if (type === 'o')
                    s.stdoutOpen = false;
                else
                    s.stderrOpen = false;
                if (!stream.destroyed)
                    stream.push(null);
                return this.maybeOver(s);
            }
            case 'X':
                s.exited = true;
                s.exit.resolve(decodeWaitStatus(Number(payload.toString('latin1')), external_node_os_.constants.signals));
                return this.maybeOver(s);
            default:
                return this.lose(`the spawn helper sent an unknown frame '${type}'`);
        }
    }
    maybeOver(s) {
        if (s.exited && !s.stdoutOpen && !s.stderrOpen)
            this.end(s);
    }
    end(s) {
        if (this.session === s)
            this.session = undefined;
        this.setRef(false);
        s.over.resolve();
    }
    /** The helper cannot go on: whatever it was doing ends here. */
    lose(why) {
        if (this.lostReason !== undefined)
            return;
        this.lostReason = why;
        this.readyWaiter?.(why);
        this.readyWaiter = undefined;
        const s = this.session;
        if (s === undefined)
            return;
        this.session = undefined;
        // Before the pid came, the helper may or may not have started the command: it is reported as
        // not started, and never started a second time.
        if (s.pid === undefined)
            s.started({ failed: 'EHELPER' });
        for (const stream of [s.stdout, s.stderr])
            if (!stream.destroyed)
                stream.push(null);
        // The command may still run (its group is its own): the runner ends the group once it
        // sees the exit. Its real status is unknown here.
        if (!s.exited)
            s.exit.resolve([null, 'SIGKILL']);
        s.over.resolve();
    }
    /** While no command runs, the helper does not keep this process alive. */
    setRef(on) {
        for (const handle of [this.child, this.child.stdin, this.child.stdout]) {
            if (handle === null)
                continue;
            if (on)
                handle.ref();
            else
                handle.unref();
        }
    }
}

;// CONCATENATED MODULE: ./src/providers/cli/spawn-helper/helper-launcher.ts
// Starts commands through the spawn helper when it can, and with Node's own spawn when it cannot.
// Why a helper: fork() from this process copies the page tables of a large, busy heap and write-
// protects every page of it, so each spawn costs several milliseconds more than the command; the
// helper starts commands with posix_spawn (vfork semantics: nothing copied). bench/README.md has
// the figures.
// The helper is started on the first command of a run. Where it cannot run (not Linux, no trusted
// python3, a python3 too old for posix_spawn and pidfd_open) or once it has died, every command
// starts directly instead: the same process guarantees, only slower. A file that is not an
// executable format (ENOEXEC: a script without a #! line) is started directly too, so such a file
// behaves the same whichever launcher is used.




/** Where a trusted python3 may be: never looked up on PATH, which the runbook's user controls. */
const PYTHON_CANDIDATES = ['/usr/bin/python3', '/usr/local/bin/python3'];
/**
 * Commands started directly before the helper takes over. Starting python3 costs about as much CPU
 * as the helper saves on two or three commands, so a run of one or two commands never starts it;
 * it starts in the background alongside the last of them.
 */
const DEFAULT_WARMUP = 2;
class HelperLauncher {
    options;
    direct = new DirectLauncher();
    helper;
    closed = false;
    launched = 0;
    /** Why the helper is not used (undefined while it is, or before the first command). */
    unavailable;
    constructor(options = {}) {
        this.options = options;
    }
    async launch(spec, onPid) {
        const warmup = this.options.warmup ?? DEFAULT_WARMUP;
        const n = this.launched++;
        if (n < warmup) {
            if (n === warmup - 1)
                void (this.helper ??= this.startHelper());
            return this.direct.launch(spec, onPid);
        }
        if (!helperCanStart(spec))
            return this.direct.launch(spec, onPid);
        const helper = await (this.helper ??= this.startHelper());
        if (helper === undefined)
            return this.direct.launch(spec, onPid);
        const started = await helper.launch(spec, onPid);
        if ('launched' in started)
            return started.launched;
        if ('lost' in started) {
            this.unavailable = started.lost;
            return this.direct.launch(spec, onPid);
        }
        const [first, second] = started.failed.split(' ');
        if (first === 'ENOEXEC')
            return this.direct.launch(spec, onPid);
        const code = first === 'cwd' ? (second ?? 'ENOENT') : (first ?? 'UNKNOWN');
        return { spawnError: startFailure(spec, Object.assign(new Error(code), { code })) };
    }
    close() {
        this.closed = true;
        void this.helper?.then((h) => h?.close());
    }
    async startHelper() {
        const python = (this.options.python ?? PYTHON_CANDIDATES).find(trusted);
        if (python === undefined) {
            this.unavailable = 'no trusted python3 (root-owned, not writable by others) was found';
            return undefined;
        }
        const helper = await SpawnHelper.start(python);
        if ('unavailable' in helper) {
            this.unavailable = helper.unavailable;
            return undefined;
        }
        if (this.closed)
            helper.close();
        return helper;
    }
}
/**
 * What posix_spawn refuses or reads differently from Node's spawn (an empty argv[0], an environment
 * entry with no name, an executable that is not an absolute path) is left to Node's spawn, so that
 * every spec behaves the same whichever launcher starts it.
 */
function helperCanStart(spec) {
    if (!(0,external_node_path_.isAbsolute)(spec.executable) || (spec.argv[0] ?? spec.executable) === '')
        return false;
    return !Object.keys(spec.env).some((name) => name === '' || name.startsWith('='));
}
/**
 * The file (links followed) is a regular file, and it and every directory above it are owned by
 * root or by this user and writable by nobody else: a less trusted user cannot replace the program
 * that starts every command of the run. (Its standard library is not checked.)
 */
function trusted(path) {
    try {
        const real = (0,external_node_fs_.realpathSync)(path);
        if (!(0,external_node_fs_.statSync)(real).isFile())
            return false;
        // The file and every directory above it: a writable directory lets its file be replaced.
        for (let p = real;; p = (0,external_node_path_.dirname)(p)) {
            if (!guarded(p))
                return false;
            if ((0,external_node_path_.dirname)(p) === p)
                return true;
        }
    }
    catch {
        return false;
    }
}
function guarded(path) {
    const st = (0,external_node_fs_.statSync)(path);
    const uid = process.getuid?.();
    return (st.mode & 0o022) === 0 && (st.uid === 0 || st.uid === uid);
}

;// CONCATENATED MODULE: ./src/providers/cli/node-process-runner.ts




const DEFAULT_KILL_GRACE_MS = 2000;
const DEFAULT_LINGER_MS = 1000;
class NodeProcessRunner {
    killGraceMs;
    lingerMs;
    ledger;
    launcher;
    constructor(options = {}) {
        this.killGraceMs = options.killGraceMs ?? DEFAULT_KILL_GRACE_MS;
        this.lingerMs = options.lingerMs ?? DEFAULT_LINGER_MS;
        this.ledger = options.ledger;
        const launcher = options.launcher ?? (process.platform === 'linux' ? 'helper' : 'direct');
        this.launcher =
            launcher === 'helper'
                ? new HelperLauncher()
                : launcher === 'direct'
                    ? new DirectLauncher()
                    : launcher;
    }
    /** Ends the spawn helper, if one was started; call once the run is over. */
    close() {
        this.launcher.close();
    }
    /** Runs the command to its end; resolves with the same shape whatever happened to it. */
    async run(spec) {
        const startedAt = performance.now();
        const outcome = (o) => ({
            exitCode: null,
            signal: null,
            timedOut: false,
            cancelled: false,
            durationMs: Math.round(performance.now() - startedAt),
            ...o
        });
        if (spec.signal.aborted)
            return outcome({ cancelled: true });
        const started = await launch(spec, this.launcher, (pid, ticks) => this.ledger?.started(pid, ticks));
        if ('spawnError' in started)
            return outcome({ spawnError: started.spawnError });
        const { pid } = started;
        let timedOut = false;
        let cancelled = false;
        let failure;
        let terminating;
        /** The group was seen empty once the command had exited. */
        let gone = false;
        let stop = () => undefined;
        /** Settles once a timeout or an abort asked the run to stop. */
        const stopped = new Promise((resolve) => (stop = resolve));
        const terminate = () => (terminating ??= terminateGroup(pid, this.killGraceMs));
        const onFailure = (error) => {
            failure ??= { error };
            void terminate();
            for (const p of pumps)
                p.destroy();
        };
        const pumps = [
            pumpOutput(started.stdout, (c) => spec.onStdout(c), onFailure),
            pumpOutput(started.stderr, (c) => spec.onStderr(c), onFailure)
        ];
        const timer = spec.timeoutMs === undefined
            ? undefined
            : setTimeout(() => {
                timedOut = true;
                stop();
                void terminate();
            }, spec.timeoutMs);
        const onAbort = () => {
            cancelled = true;
            stop();
            void terminate();
        };
        spec.signal.addEventListener('abort', onAbort, { once: true });
        // An abort while the command was being started has fired already: it is not missed.
        if (spec.signal.aborted)
            onAbort();
        let exitSeen = false;
        // After a timeout or abort, a consumer that is slow to take the output must not hold the step
        // open: the exit may wait behind that output (the spawn helper sends both on one pipe). The
        // output is cut killGraceMs after the stop, as it is for an escaped process below.
        void stopped.then(async () => {
            await within(started.exited, this.killGraceMs);
            if (!exitSeen)
                for (const p of pumps)
                    p.destroy();
        });
        try {
            const [exitCode, signal] = await started.exited;
            exitSeen = true;
            const pipesClosed = Promise.all(pumps.map((p) => p.done));
            // Usually both pipes closed before the exit was seen: then no timer is needed.
            if (!pumps.every((p) => p.closed))
                await within(pipesClosed, this.lingerMs);
            gone = terminating === undefined && !groupAlive(pid);
            if (!gone)
                await terminate();
            // Only a process outside the group can still write now. Stop reading when the pipes go
            // idle, or shortly after a timeout or abort, so the step always ends.
            for (const p of pumps)
                p.closeWhenIdle(this.lingerMs);
            await Promise.race([pipesClosed, stopped.then(() => within(pipesClosed, this.killGraceMs))]);
            for (const p of pumps)
                p.destroy();
            await pipesClosed;
            if (failure !== undefined)
                throw failure.error;
            return outcome({ exitCode, signal, timedOut, cancelled });
        }
        finally {
            clearTimeout(timer);
            spec.signal.removeEventListener('abort', onAbort);
            // Nothing joins a group once it is empty: one look at it after the exit is enough.
            if (gone || !groupAlive(pid))
                this.ledger?.ended();
        }
    }
}
/** Starts the command, or says why it cannot start; never throws for a bad spec. */
async function launch(spec, launcher, onPid) {
    const nul = nulByteIn(spec);
    if (nul !== undefined)
        return {
            spawnError: {
                code: 'ENUL',
                message: `cannot run '${spec.executable}': ${nul} holds a NUL byte (\\0), which a process argument, environment variable or directory cannot carry`
            }
        };
    return launcher.launch(spec, onPid);
}
/** Where a NUL byte sits (argv[i], env NAME, cwd), never the value: it may be a secret. */
function nulByteIn(spec) {
    if (spec.executable.includes('\u0000'))
        return 'the executable';
    const at = spec.argv.findIndex((a) => a.includes('\u0000'));
    if (at !== -1)
        return `argv[${at}]`;
    for (const [name, value] of Object.entries(spec.env))
        if (name.includes('\u0000') || value.includes('\u0000'))
            return `environment variable ${name.split('\u0000').join('\\0')}`;
    if (spec.cwd.includes('\u0000'))
        return 'the working directory';
    return undefined;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(6466);
;// CONCATENATED MODULE: ./src/providers/cli/resolution-cache.ts

/**
 * File times come from a coarse clock (one kernel tick, up to 10 ms): two writes of the same size
 * within one tick leave the same stamp. A lookup that read a file changed that recently is not
 * kept ("racily clean", as git calls it), so it is searched again next time.
 */
const RACY_MS = 20;
function stampOf(path, follow = true) {
    let s;
    try {
        s = (follow ? external_node_fs_.statSync : external_node_fs_.lstatSync)(path, { bigint: true, throwIfNoEntry: false });
    }
    catch {
        s = undefined; // EACCES, ENOTDIR, ELOOP: nothing runnable there, as for a missing file
    }
    if (s === undefined)
        return { path, follow, seen: '-', changedMs: 0 };
    const seen = `${s.dev}:${s.ino}:${s.size}:${s.mtimeNs}:${s.ctimeNs}:${s.mode}`;
    return { path, follow, seen, changedMs: Number(s.ctimeNs / 1000000n) };
}
const holds = (s) => stampOf(s.path, s.follow).seen === s.seen;
class ResolutionCache {
    entries = new Map();
    /** Full resolutions made: lookups that found no entry, or one whose stamps no longer held. */
    misses = 0;
    static key(argv0, cwd, pathEnv) {
        return `${argv0}\u0000${cwd}\u0000${pathEnv}`;
    }
    /** The cached result, when every stamp it was found with still holds. */
    get(key) {
        const entry = this.entries.get(key);
        if (entry !== undefined && entry.stamps.every(holds))
            return entry.result;
        this.entries.delete(key);
        this.misses++;
        return undefined;
    }
    /** Keeps a lookup's result with the stamps taken before the search read what they cover. */
    set(key, result, stamps) {
        const recent = Date.now() - RACY_MS;
        if (stamps.every((s) => s.changedMs < recent))
            this.entries.set(key, { result, stamps });
    }
}

;// CONCATENATED MODULE: ./src/providers/cli/command-resolver.ts
// Finding the file a command name stands for, the way execvp(3) would, so that governance checks
// the very file that will run (ProcessSpec.executable is set from `realPath`), and describing that
// file so governance can tell a copy or a link of a denied command under another name.
//
// Deliberate differences from execvp:
// - Only regular files the current user may execute are found, whether argv[0] holds a slash or
//   not (execvp would try a non-executable file and fail with EACCES); anything else is "not found".
// - An empty PATH entry (a leading, trailing or doubled ':') means the working directory to
//   execvp, and a relative entry (`bin`) a directory under it; both are skipped here, so a step's
//   with.cwd can never change what a name resolves to. Write `./tool` for that. An empty PATH
//   finds nothing.
// - A working directory that does not exist, or is not a directory, is reported as such.






/** File timestamps lag Date.now() by up to one kernel tick (10 ms at HZ=100). */
const CLOCK_TICK_MARGIN_MS = 20;
class NodeCommandResolver {
    startedAtMs;
    /** sha256 by device, inode, size, mtime and ctime: a binary is read once per process. */
    digests = new Map();
    cache = new ResolutionCache();
    constructor(options = {}) {
        this.startedAtMs = options.startedAtMs ?? Date.now();
    }
    /**
     * Resolves argv[0] against `cwd` and the run's PATH; `{}` when nothing executable is found. A
     * lookup made before is not searched again while nothing it read has changed
     * (resolution-cache.ts): the engine asks for the same names at every step.
     */
    async resolve(argv0, cwd, pathEnv) {
        const cwdProblem = checkDirectory(cwd);
        if (cwdProblem !== undefined)
            return { cwdProblem };
        if (argv0 === '')
            return {};
        const key = ResolutionCache.key(argv0, cwd, pathEnv);
        const cached = this.cache.get(key);
        if (cached !== undefined)
            return cached;
        const candidates = argv0.includes('/')
            ? [(0,external_node_path_.resolve)(cwd, argv0)]
            : pathEnv
                .split(':')
                .filter((dir) => (0,external_node_path_.isAbsolute)(dir))
                .map((dir) => (0,external_node_path_.resolve)(dir, argv0));
        const stamps = [];
        for (const candidate of candidates) {
            stamps.push(stampOf(candidate));
            const link = stampOf(candidate, false);
            const r = await this.found(candidate);
            if (r.path === undefined)
                continue;
            this.cache.set(key, r, [...stamps, link]);
            return r;
        }
        this.cache.set(key, {}, stamps);
        return {};
    }
    /** How many lookups were resolved in full (the others reused an unchanged earlier result). */
    get fullResolutions() {
        return this.cache.misses;
    }
    /** `path` (lexically normalised, absolute), its real path and identity, when it is executable. */
    async found(path) {
        if (!(0,external_node_path_.isAbsolute)(path) || !(await isExecutableFile(path)))
            return {};
        try {
            const realPath = await (0,promises_.realpath)(path);
            const s = await (0,promises_.stat)(realPath, { bigint: true });
            const key = `${s.dev}:${s.ino}:${s.size}:${s.mtimeNs}:${s.ctimeNs}`;
            let digest = this.digests.get(key);
            if (digest === undefined)
                this.digests.set(key, (digest = sha256File(realPath)));
            const sha256 = await digest;
            // ctime moves on every write, rename, chmod and new hard link: a copy, or a link of an
            // old file made now, both look new. File times come from a coarse clock that lags the
            // wall clock by up to a tick, hence the margin.
            const changedMs = Number(s.ctimeNs / 1000000n) + CLOCK_TICK_MARGIN_MS;
            return {
                path,
                realPath,
                fileId: `${s.dev}:${s.ino}`,
                ...(sha256 === undefined ? {} : { sha256 }),
                ...(changedMs > this.startedAtMs ? { newSinceStart: true } : {})
            };
        }
        catch {
            return {};
        }
    }
}
async function sha256File(path) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    try {
        await (0,external_node_stream_promises_.pipeline)((0,external_node_fs_.createReadStream)(path), hash);
        return hash.digest('hex');
    }
    catch {
        return undefined; // executable but not readable (mode 0111): identity by inode only
    }
}
/** Synchronous: one stat(2), checked before every lookup, cached or not. */
function checkDirectory(dir) {
    try {
        if ((0,external_node_fs_.statSync)(dir).isDirectory())
            return undefined;
        return `working directory '${dir}' is not a directory`;
    }
    catch {
        return `working directory '${dir}' does not exist`;
    }
}
async function isExecutableFile(path) {
    try {
        if (!(await (0,promises_.stat)(path)).isFile())
            return false;
        await (0,promises_.access)(path, external_node_fs_.constants.X_OK);
        return true;
    }
    catch {
        return false;
    }
}

;// CONCATENATED MODULE: ./src/providers/cli/group-leader.ts
// Whether a live process group is the one a step's command leads: read from /proc, never from the
// run directory's .group (which only names a number and is not hash-chained). The caller gives what
// the trace says ran: the step's argv as rendered, the file the runner spawned, and when the step
// started. A group proven to be that step's is ended by a resume; anything else is left alone.


/** A clock tick of /proc/PID/stat's start time: USER_HZ is 100 on every Linux Node runs on. */
const TICK_MS = 10;
/** /proc/stat's btime has whole seconds, and the trace's time is taken before the spawn. */
const START_SLACK_MS = 2000;
/**
 * The runner spawns the command right after the step_started record is durable (milliseconds; a
 * stalled disk may make it seconds): a leader that started much later is someone else's.
 */
const START_WINDOW_MS = 10 * 60_000;
/**
 * Why `pid` does not lead `step`'s command, or undefined when it does: its /proc/PID/cmdline is the
 * step's argv (a binary: argv[0] as written and /proc/PID/exe the spawned file; a script: the
 * interpreter, then the spawned file and the rest of argv) and it started when the step did (not
 * before it, and within START_WINDOW_MS after it).
 */
function notTheStepsLeader(pid, step) {
    const cmdline = readCmdline(pid);
    if (cmdline === undefined)
        return (0,external_node_fs_.existsSync)('/proc/self/cmdline')
            ? `its leader has exited, so it cannot be shown to run step '${step.stepId}'`
            : `without /proc it cannot be shown to run step '${step.stepId}'`;
    if (!sameCommand(pid, cmdline, step))
        return `its leader does not run the command of step '${step.stepId}'`;
    const started = startedAtMs(pid);
    if (started === undefined)
        return undefined;
    if (started < step.startedAtMs - START_SLACK_MS)
        return `its leader started before step '${step.stepId}' did`;
    if (started > step.startedAtMs + START_WINDOW_MS)
        return `its leader started over ${START_WINDOW_MS / 60_000} minutes after step '${step.stepId}' did`;
    return undefined;
}
function sameCommand(pid, cmdline, step) {
    const rest = step.argv.slice(1);
    const tail = (n) => cmdline.slice(cmdline.length - n);
    if (!equal(tail(rest.length), rest))
        return false;
    const before = cmdline.slice(0, cmdline.length - rest.length);
    // A binary: the kernel keeps argv[0] as the runner gave it.
    if (before.length === 1 && before[0] === step.argv[0])
        return exePath(pid) === step.executable;
    // A script (#!): the interpreter (and its argument) replace argv[0], then the spawned file.
    return before.length >= 2 && before.at(-1) === step.executable;
}
function equal(a, b) {
    return a.length === b.length && a.every((v, i) => v === b[i]);
}
/** The process's arguments, NUL-separated in /proc/PID/cmdline; undefined when it is gone. */
function readCmdline(pid) {
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(`/proc/${pid}/cmdline`, 'utf8');
    }
    catch {
        return undefined;
    }
    // A zombie, or a kernel thread, has no arguments.
    if (text === '')
        return undefined;
    return (text.endsWith('\u0000') ? text.slice(0, -1) : text).split('\u0000');
}
function exePath(pid) {
    try {
        return (0,external_node_fs_.readlinkSync)(`/proc/${pid}/exe`);
    }
    catch {
        return undefined;
    }
}
/** When the process started, ms since the epoch: boot time plus field 22 of /proc/PID/stat. */
function startedAtMs(pid) {
    const ticks = Number(startTicks(pid));
    const boot = bootTimeMs();
    if (!Number.isFinite(ticks) || boot === undefined)
        return undefined;
    return boot + ticks * TICK_MS;
}
function bootTimeMs() {
    try {
        const m = /^btime (\d+)$/m.exec((0,external_node_fs_.readFileSync)('/proc/stat', 'utf8'));
        return m?.[1] === undefined ? undefined : Number(m[1]) * 1000;
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/providers/cli/group-ledger.ts
// The process group a run's step is running, written down where a resume finds it (the run
// directory's .group file: the application layer gives the path). A step's command
// leads a group of its own (so a timeout can end everything it started), which also means that a
// kill -9 of the runbook process leaves the group running. The ledger file in the run directory
// names that group while it runs: written when the command has started, removed once the group is
// gone. A resume ends a group the ledger still names before it runs the step again, so the step
// never runs twice at once; but the file is not hash-chained (a stale, copied or forged one could
// name anyone's group), so it ends the group only when the trace and /proc prove it is the step's.
// The file is written without fsync on purpose: it matters only while this machine is up. After a
// power loss or a reboot no process of the group survives, and a stale entry is recognised as such
// (the group is gone, or its number now leads another process that started later).
// It costs two pwrite(2) calls a step: the file is opened once per run and kept open, each entry is
// written over the last one at offset 0 in a fixed-size record (an entry, or blanks once the group
// is gone), so no step creates, truncates or unlinks a file. close() removes it at the run's end.




/** An entry is some 80 bytes; anything much larger was not written by a runner. */
const MAX_BYTES = 4096;
const WRITE = external_node_fs_.constants.O_WRONLY |
    external_node_fs_.constants.O_CREAT |
    external_node_fs_.constants.O_TRUNC |
    external_node_fs_.constants.O_NOFOLLOW |
    external_node_fs_.constants.O_NONBLOCK;
/** Bytes of a record: an entry padded with blanks (hostnames are at most 64 bytes on Linux). */
const RECORD_BYTES = 256;
/** What a runner tells the ledger; a run directory is attached once it exists. */
class GroupLedger {
    path;
    host = '';
    fd;
    /** The record as written: RECORD_BYTES, or more once an entry did not fit (it never shrinks). */
    record = Buffer.alloc(RECORD_BYTES);
    /** From now on, groups are recorded in the file at `path`. */
    attach(path) {
        this.path = path;
        this.host = (0,external_node_os_.hostname)();
    }
    /** The command leading group `pgid` has started (at `ticks`, when the launcher read it). */
    started(pgid, ticks) {
        if (this.path === undefined)
            return;
        const start = ticks ?? startTicks(pgid);
        const entry = { pgid, host: this.host, ...(start === undefined ? {} : { start }) };
        try {
            // Never through a symbolic link planted in the run directory, never waiting on a FIFO.
            this.fd ??= (0,external_node_fs_.openSync)(this.path, WRITE, 0o600);
            this.write(`${JSON.stringify(entry)}\n`);
        }
        catch {
            // The run directory cannot be written: the step's own records fail and say so.
        }
    }
    /** The group is gone. */
    ended() {
        if (this.fd === undefined)
            return;
        try {
            this.write('');
        }
        catch {
            // as in started()
        }
    }
    /** The run is over (or paused): nothing of it runs any more. */
    close() {
        if (this.fd !== undefined)
            (0,external_node_fs_.closeSync)(this.fd);
        this.fd = undefined;
        if (this.path !== undefined)
            remove(this.path);
    }
    /** Writes `line` over the record at offset 0, padded with blanks to the record's size. */
    write(line) {
        const length = Buffer.byteLength(line);
        if (length > this.record.length)
            this.record = Buffer.alloc(length);
        this.record.fill(' ', this.record.write(line));
        (0,external_node_fs_.writeSync)(this.fd, this.record, 0, this.record.length, 0);
    }
}
/**
 * Ends the group the ledger file at `path` names, if it is proven to be `step`'s: SIGTERM, then
 * SIGKILL after `graceMs`, and waits until it is gone. The file is not hash-chained, so it is only
 * a hint: `step` is the cli step the verified trace shows in flight (else why none can be), and
 * the group's leader must be on this host, have the recorded start time and run that step's
 * command (group-leader.ts). Any other live group is left alone, and the result says why. The file
 * is removed either way. Call it holding the run's lock (so the process that started the group is
 * dead) and before any step runs.
 */
async function endLeftoverGroup(path, step, graceMs) {
    const entry = readEntry(path);
    remove(path);
    if (entry === undefined || !groupAlive(entry.pgid))
        return undefined;
    const why = notOurs(entry, step);
    if (why !== undefined)
        return { pgid: entry.pgid, ended: false, why };
    await terminateGroup(entry.pgid, graceMs);
    // SIGKILL cannot be refused; the kernel takes a moment to remove what it killed.
    for (let i = 0; i < 100 && groupAlive(entry.pgid); i++)
        await sleep(20);
    return { pgid: entry.pgid, ended: true };
}
/** Why the group the entry names is not the in-flight step's to end; undefined when it is. */
function notOurs(entry, step) {
    // A run directory on a shared disk, or downloaded: another machine's group is not ours.
    if (entry.host !== (0,external_node_os_.hostname)())
        return `it was recorded on host ${JSON.stringify(entry.host.slice(0, 64))}, not this one`;
    if (typeof step === 'string')
        return step;
    if (!sameLeader(entry))
        return 'its number now leads a process started at another time';
    return notTheStepsLeader(entry.pgid, step);
}
/**
 * The group's leader has the start time recorded, or has exited (a group's number is not given to
 * a new process while any member still uses it; notTheStepsLeader then refuses it all the same).
 */
function sameLeader(entry) {
    const now = startTicks(entry.pgid);
    return now === undefined || now === entry.start;
}
/**
 * Removes the file, whatever is there under its name (a directory, a link: not its target); never
 * throws.
 */
function remove(path) {
    try {
        (0,external_node_fs_.rmSync)(path, { force: true, recursive: true });
    }
    catch {
        // cannot be removed: it is read, and refused, again next time
    }
}
/**
 * The entry, read only from a small regular file: never through a link, never blocking on a FIFO
 * or a device, never more than MAX_BYTES.
 */
function readEntry(path) {
    let text;
    let fd;
    try {
        fd = (0,external_node_fs_.openSync)(path, external_node_fs_.constants.O_RDONLY | external_node_fs_.constants.O_NOFOLLOW | external_node_fs_.constants.O_NONBLOCK);
        const st = (0,external_node_fs_.fstatSync)(fd);
        if (!st.isFile() || st.size > MAX_BYTES)
            return undefined;
        const buf = Buffer.alloc(st.size);
        text = buf.toString('utf8', 0, (0,external_node_fs_.readSync)(fd, buf, 0, st.size, 0));
    }
    catch {
        return undefined;
    }
    finally {
        if (fd !== undefined)
            (0,external_node_fs_.closeSync)(fd);
    }
    if (text.trim() === '')
        return undefined; // blanks: the last group recorded is gone
    try {
        const v = JSON.parse(text);
        if (Number.isSafeInteger(v?.pgid) &&
            (v?.pgid ?? 0) > 1 &&
            typeof v?.host === 'string' &&
            (v.start === undefined || typeof v.start === 'string'))
            return v;
    }
    catch {
        // not an entry this code wrote: nothing to end
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/providers/cli/index.ts
// Public surface of the cli provider: real processes and command lookup.





/***/ }),

/***/ 388:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   o: () => (/* binding */ RealCliProvider)
/* harmony export */ });
/* harmony import */ var _runbook_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9059);

class RealCliProvider {
    runner;
    resolver;
    mode = 'real';
    constructor(runner, resolver) {
        this.runner = runner;
        this.resolver = resolver;
    }
    validate() {
        return [];
    }
    resolve(argv0, cwd, pathEnv) {
        return this.resolver.resolve(argv0, cwd, pathEnv);
    }
    /** Runs the command; the outcome has the same shape whether it succeeded, failed or never started. */
    async execute(exec) {
        const outcome = await this.runner.run({
            executable: exec.executable,
            argv: exec.rendered.argv,
            env: exec.env,
            cwd: exec.cwd,
            ...(exec.rendered.stdin === undefined ? {} : { stdin: exec.rendered.stdin }),
            ...(exec.rendered.timeoutMs === undefined ? {} : { timeoutMs: exec.rendered.timeoutMs }),
            signal: exec.signal,
            onStdout: (chunk) => exec.stdout.push(chunk),
            onStderr: (chunk) => exec.stderr.push(chunk)
        });
        const base = {
            exitCode: outcome.exitCode,
            signal: outcome.signal,
            timedOut: outcome.timedOut,
            cancelled: outcome.cancelled,
            durationMs: outcome.durationMs
        };
        if (outcome.spawnError === undefined)
            return base;
        const name = (0,_runbook_index_js__WEBPACK_IMPORTED_MODULE_0__/* .commandName */ .p6)(exec.rendered.argv[0] ?? exec.executable);
        const notFound = outcome.spawnError.code === 'ENOENT' && outcome.spawnError.cwd !== true;
        return {
            ...base,
            exitCode: notFound ? 127 : (outcome.exitCode ?? 126),
            error: {
                code: outcome.spawnError.code,
                message: notFound
                    ? `command not found: ${name}`
                    : `cannot run ${name}: ${outcome.spawnError.message}`
            }
        };
    }
}


/***/ }),

/***/ 4322:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ decodeLikeGo)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
// Reads a parsed YAML value the way Go's yaml.v3 decodes it into cli-replay's structs, so that a
// scenario means here what it means there: a scalar in a string field is its source text
// (`argv: [sleep, 5]` is "5", `1.0` stays "1.0"), null is the zero value ('' for strings, 0 for
// integers, absent for anything else). The result then goes through the JSON Schema.

const ABSENT = Symbol('absent');
/**
 * Re-reads `text` (already known to parse) into plain values shaped like yaml.v3 would. `parsed`,
 * the document parseYamlSource read from the same text, is walked instead of parsing again when
 * the text has no merge key (the one thing its options read differently).
 */
function decodeLikeGo(text, shape, parsed) {
    const doc = parsed !== undefined && !text.includes('<<')
        ? parsed
        : (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(text, { uniqueKeys: true });
    const out = decode(doc, doc.contents, doc.toJS({ maxAliasCount: 100 }), shape);
    return out === ABSENT ? null : out;
}
function decode(doc, node, value, shape) {
    const n = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isAlias */ .Vj)(node) ? node.resolve(doc) : node;
    if (value === null || value === undefined)
        return shape === 'string' ? '' : shape === 'int' ? 0 : ABSENT;
    if (shape === 'any' || shape === 'int')
        return value;
    if (shape === 'string') {
        if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint')
            return (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(n) && typeof n.source === 'string' ? n.source : String(value);
        return value;
    }
    if ('choose' in shape)
        return isPlainObject(value) ? decode(doc, n, value, shape.choose(value)) : value;
    if ('list' in shape) {
        if (!Array.isArray(value) || !(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(n))
            return value;
        return value.map((v, i) => {
            const d = decode(doc, n.items[i], v, shape.list);
            return d === ABSENT ? null : d;
        });
    }
    if (!isPlainObject(value) || !(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(n))
        return value;
    const out = {};
    for (const [key, v] of Object.entries(value)) {
        const sub = 'fields' in shape ? shape.fields[key] : shape.dict;
        const pair = n.items.find((p) => (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isPair */ .tO)(p) && (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(p.key) && String(p.key.value) === key);
        const d = sub === undefined ? v : decode(doc, pair?.value, v, sub);
        if (d !== ABSENT)
            out[key] = d;
    }
    return out;
}
function isPlainObject(value) {
    return value !== null && typeof value === 'object' && !Array.isArray(value);
}


/***/ }),

/***/ 2884:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  vk: () => (/* reexport */ Recorder),
  nL: () => (/* reexport */ ReplayCliProvider),
  p_: () => (/* reexport */ ReplayManualProvider),
  i6: () => (/* reexport */ loadReplayScenario),
  EB: () => (/* reexport */ renderReplayReport),
  bK: () => (/* reexport */ withScenarioGovernance),
  Xw: () => (/* reexport */ writeRecording)
});

// UNUSED EXPORTS: CLI_REPLAY_SCENARIO_SCHEMA, CLI_REPLAY_SCHEMA_URL, GERT_SCENARIO_SCHEMA, INLINE_OUTPUT_LIMIT, MAX_REPLAY_DELAY_MS, NOTHING_ALLOWED, REPLAY_REPORT_FORMATS, ReplayMatcher, describeNoMatch, effectiveGovernance, evidencePathFor, intersectCommandLists, normalizeStdin, parseScenarioText, planRecording, readScenarioFile, replayError, runbookStepVerdicts, scenarioVars, stepLabel, verifyResult

// EXTERNAL MODULE: ./src/runbook/index.ts + 36 modules
var runbook = __webpack_require__(9059);
;// CONCATENATED MODULE: ./src/providers/replay/go-template.ts
// The part of Go's text/template that cli-replay scenarios use in responses: {{ .name }} (meta.vars),
// {{ .capture.name }}, string literals ({{ "{{" }} writes braces), comments and the {{- -}} trim
// markers. Anything else (pipelines, functions, control flow) is refused at load time by name,
// rather than failing in the middle of a run as cli-replay would.
const SPACE = /[ \t\r\n]/;
const FIELD = /^\.([A-Za-z_][A-Za-z0-9_]*)(?:\.([A-Za-z_][A-Za-z0-9_]*))?(?![.A-Za-z0-9_])/;
const SUPPORTED = 'replay renders only {{ .name }}, {{ .capture.name }}, string literals and comments';
/** Parses a response template. */
function parseGoTemplate(input) {
    const parts = [];
    let pos = 0;
    let text = '';
    for (;;) {
        const open = input.indexOf('{{', pos);
        if (open === -1)
            break;
        let chunk = input.slice(pos, open);
        let i = open + 2;
        if (input[i] === '-' && SPACE.test(input[i + 1] ?? '')) {
            chunk = chunk.replace(/[ \t\r\n]+$/, '');
            i += 2;
        }
        text += chunk;
        const action = parseAction(input, i, open);
        if (!action.ok)
            return action;
        if (action.part.kind === 'text')
            text += action.part.text;
        else {
            if (text !== '')
                parts.push({ kind: 'text', text });
            text = '';
            parts.push(action.part);
        }
        pos = action.end;
        if (action.trimRight)
            while (SPACE.test(input[pos] ?? ''))
                pos++;
    }
    text += input.slice(pos);
    if (text !== '')
        parts.push({ kind: 'text', text });
    return { ok: true, parts };
}
function parseAction(input, start, open) {
    let i = start;
    let part;
    if (input.startsWith('/*', i)) {
        const end = input.indexOf('*/', i + 2);
        if (end === -1)
            return fail(open, "unclosed comment '{{/*' (missing '*/')");
        part = { kind: 'text', text: '' };
        i = end + 2;
    }
    else {
        while (SPACE.test(input[i] ?? ''))
            i++;
        const c = input[i];
        if (c === '"' || c === '`') {
            const lit = c === '"' ? quoted(input, i) : raw(input, i);
            if (lit === undefined)
                return fail(open, `unterminated string literal in ${shown(input, open)}`);
            part = { kind: 'text', text: lit.value };
            i = lit.end;
        }
        else {
            const m = FIELD.exec(input.slice(i));
            if (m === null || (m[1] === 'capture') !== (m[2] !== undefined))
                return fail(open, `unsupported template action ${shown(input, open)}; ${SUPPORTED}`);
            part = m[2] === undefined ? { kind: 'var', name: m[1] } : capture(m[2]);
            i += m[0].length;
        }
    }
    while (SPACE.test(input[i] ?? ''))
        i++;
    const trimRight = input.startsWith('-}}', i) && SPACE.test(input[i - 1] ?? '');
    if (trimRight)
        i += 1;
    if (!input.startsWith('}}', i)) {
        const why = input.indexOf('}}', i) === -1
            ? "unterminated action '{{' (missing '}}')"
            : `unsupported template action ${shown(input, open)}; ${SUPPORTED}`;
        return fail(open, why);
    }
    return { ok: true, part, end: i + 2, trimRight };
}
function capture(name) {
    return { kind: 'capture', name };
}
function fail(offset, error) {
    return { ok: false, error, offset };
}
function shown(input, open) {
    const close = input.indexOf('}}', open + 2);
    const text = close === -1 ? input.slice(open) : input.slice(open, close + 2);
    return `'${text.length > 60 ? `${text.slice(0, 59)}…` : text}'`;
}
const ESCAPES = {
    n: '\n',
    t: '\t',
    r: '\r',
    a: '\x07',
    b: '\b',
    f: '\f',
    v: '\v',
    '\\': '\\',
    '"': '"',
    "'": "'"
};
/** A Go interpreted string literal starting at `start` (the opening quote). */
function quoted(input, start) {
    let value = '';
    for (let i = start + 1; i < input.length; i++) {
        const c = input[i];
        if (c === '"')
            return { value, end: i + 1 };
        if (c === '\n')
            return undefined;
        if (c !== '\\') {
            value += c;
            continue;
        }
        const e = input[i + 1] ?? '';
        const hex = { x: 2, u: 4, U: 8 }[e];
        if (e in ESCAPES) {
            value += ESCAPES[e];
            i++;
        }
        else if (hex !== undefined && /^[0-9a-fA-F]+$/.test(input.slice(i + 2, i + 2 + hex))) {
            value += String.fromCodePoint(parseInt(input.slice(i + 2, i + 2 + hex), 16));
            i += 1 + hex;
        }
        else if (/^[0-7]{3}$/.test(input.slice(i + 1, i + 4))) {
            value += String.fromCharCode(parseInt(input.slice(i + 1, i + 4), 8));
            i += 3;
        }
        else
            return undefined;
    }
    return undefined;
}
function raw(input, start) {
    const end = input.indexOf('`', start + 1);
    return end === -1 ? undefined : { value: input.slice(start + 1, end), end: end + 1 };
}
/** Renders parsed parts; an unknown var or a capture not yet made renders as ''. */
function renderGoTemplate(parts, vars, captures) {
    let out = '';
    for (const p of parts)
        out += p.kind === 'text' ? p.text : ((p.kind === 'var' ? vars[p.name] : captures[p.name]) ?? '');
    return out;
}
/** Makes literal text safe to store as a template: `{{` becomes `{{"{{"}}`. */
function escapeGoTemplate(text) {
    return text.replaceAll('{{', '{{"{{"}}');
}

;// CONCATENATED MODULE: ./src/providers/replay/argv-pattern.ts
// Expected argv elements, as cli-replay reads them: an element that is exactly {{ .any }} matches
// any value, one that is exactly {{ .regex "RE2" }} is an unanchored regex search, anything else
// is compared literally. Replay also renders {{ .name }} / {{ .capture.name }} in an element (a
// value equal to the element as written still matches, as in cli-replay). Patterns are compiled
// once at load time, so matching a call costs one comparison per element.


const REGEX_ELEMENT = /^\{\{\s*\.regex\s+"(.+?)"\s*\}\}$/;
/** How cli-replay classifies one expected element. */
function argvElement(text) {
    const trimmed = text.trim();
    if (trimmed === '{{ .any }}' || trimmed === '{{.any}}')
        return { kind: 'any' };
    const m = REGEX_ELEMENT.exec(trimmed);
    return m === null ? { kind: 'literal', text } : { kind: 'regex', source: m[1] };
}
/** Compiles expected elements; `literalOnly` (gert scenarios) compares every element literally. */
function compileArgv(texts, literalOnly = false) {
    return texts.map((text) => {
        if (literalOnly)
            return { kind: 'literal', text };
        const el = argvElement(text);
        if (el.kind === 'any')
            return { kind: 'any', text };
        if (el.kind === 'regex') {
            const re = (0,runbook/* compileRegex */.DL)(el.source);
            // Invalid patterns are refused by the scenario-regex-invalid rule before compiling.
            return re.ok ? { kind: 'regex', text, source: el.source, regex: re.regex } : literal(text);
        }
        if (!text.includes('{{'))
            return literal(text);
        const parsed = parseGoTemplate(text);
        return parsed.ok && parsed.parts.some((p) => p.kind !== 'text')
            ? { kind: 'template', text, parts: parsed.parts }
            : literal(text);
    });
}
function literal(text) {
    return { kind: 'literal', text };
}
/** Does `value` satisfy the expected element? */
function elementMatches(p, value, vars, captures) {
    switch (p.kind) {
        case 'literal':
            return value === p.text;
        case 'any':
            return true;
        case 'regex':
            return p.regex.test(value);
        case 'template':
            return value === p.text || value === renderGoTemplate(p.parts, vars, captures);
    }
}
/** The element as the matcher compares it: templates rendered, matchers as written. */
function expectedText(p, vars, captures) {
    return p.kind === 'template' ? renderGoTemplate(p.parts, vars, captures) : p.text;
}

;// CONCATENATED MODULE: ./src/providers/replay/go-duration.ts
// Go durations exactly as time.ParseDuration reads them (a sign, fractions, "0", µs and μs), for
// the scenario's respond.delay and meta.session.ttl. The runbook layer's parser is stricter.
const UNIT_MS = {
    ns: 1e-6,
    us: 1e-3,
    µs: 1e-3,
    μs: 1e-3,
    ms: 1,
    s: 1000,
    m: 60_000,
    h: 3_600_000
};
const WHOLE = /^[-+]?(?:0|(?:(?:\d+(?:\.\d*)?|\.\d+)(?:ns|us|µs|μs|ms|s|m|h))+)$/;
const PART = /(\d+(?:\.\d*)?|\.\d+)(ns|us|µs|μs|ms|s|m|h)/g;
/** Parses a Go duration into (possibly negative) milliseconds. */
function parseGoDuration(text) {
    if (!WHOLE.test(text))
        return {
            ok: false,
            error: `invalid duration '${text}': expected a Go duration such as 250ms, 1.5s or 1h30m`
        };
    let ms = 0;
    for (const m of text.matchAll(PART))
        ms += Number(m[1]) * UNIT_MS[m[2]];
    return { ok: true, ms: text.startsWith('-') ? -ms : ms };
}

;// CONCATENATED MODULE: ./src/providers/replay/scenario-walk.ts
/** The value as a mapping, or undefined. */
function obj(value) {
    return value !== null && typeof value === 'object' && !Array.isArray(value)
        ? value
        : undefined;
}
/** The value when it is a string, else undefined. */
function str(value) {
    return typeof value === 'string' ? value : undefined;
}
/** The value when it is an integer, else undefined. */
function scenario_walk_int(value) {
    return typeof value === 'number' && Number.isInteger(value) ? value : undefined;
}
/** The leaf steps and groups of a scenario document, skipping malformed elements. */
function walkScenario(doc) {
    const leaves = [];
    const groups = [];
    const steps = obj(doc)?.steps;
    if (!Array.isArray(steps))
        return { leaves, groups };
    steps.forEach((element, i) => {
        const el = obj(element);
        if (el === undefined)
            return;
        if (!('group' in el)) {
            leaves.push({ step: el, path: ['steps', i], flat: leaves.length });
            return;
        }
        const g = obj(el.group);
        const children = Array.isArray(g?.steps) ? g.steps : [];
        const name = str(g?.name) ?? '';
        const start = leaves.length;
        const group = groups.length;
        children.forEach((child, j) => {
            const c = obj(child);
            if (c !== undefined && !('group' in c))
                leaves.push({
                    step: c,
                    path: ['steps', i, 'group', 'steps', j],
                    flat: leaves.length,
                    group
                });
        });
        groups.push({
            name: name === '' ? `group-${group + 1}` : name,
            path: ['steps', i, 'group'],
            start,
            end: leaves.length
        });
    });
    return { leaves, groups };
}
/** Effective call bounds, as cli-replay applies them: absent = exactly once; max 0 = min. */
function callBounds(step) {
    const calls = obj(step.calls);
    if (calls === undefined)
        return { min: 1, max: 1 };
    const min = scenario_walk_int(calls.min) ?? 0;
    const max = scenario_walk_int(calls.max) ?? 0;
    return { min, max: max === 0 && min > 0 ? min : max };
}

;// CONCATENATED MODULE: ./src/providers/replay/scenario-build.ts





/** Builds the Scenario of a cli-replay document. */
function buildCliReplayScenario(doc, source, files) {
    const meta = obj(doc.meta) ?? {};
    const security = obj(meta.security) ?? {};
    const { leaves, groups } = walkScenario(doc);
    const steps = leaves.map(({ step, path, flat, group }) => {
        const match = obj(step.match) ?? {};
        const respond = obj(step.respond) ?? {};
        const delay = parseGoDuration(str(respond.delay) || '0');
        const stdin = str(match.stdin);
        return {
            index: flat,
            argv: compileArgv(strings(match.argv)),
            ...(stdin === undefined || stdin === '' ? {} : { stdin }),
            exit: scenario_walk_int(respond.exit) ?? 0,
            stdout: response(respond, 'stdout', files),
            stderr: response(respond, 'stderr', files),
            delayMs: delay.ok ? Math.max(0, delay.ms) : 0,
            captures: stringMap(respond.capture),
            ...callBounds(step),
            ...(group === undefined ? {} : { group }),
            ...located(source, path)
        };
    });
    const description = str(meta.description);
    return {
        format: 'cli-replay',
        file: source.file,
        name: str(meta.name) ?? '',
        ...(description === undefined || description === '' ? {} : { description }),
        vars: stringMap(meta.vars),
        allowedCommands: strings(security.allowed_commands),
        denyEnvVars: strings(security.deny_env_vars),
        steps,
        groups: groups.map(({ name, start, end }) => ({ name, start, end }))
    };
}
/** Path text and line of a document node. */
function located(source, path) {
    return { path: (0,runbook/* formatPath */.jV)(path), line: source.locate(path).line };
}
function response(respond, stream, files) {
    const ref = str(respond[`${stream}_file`]);
    const read = ref === undefined || ref === '' ? undefined : files.get(ref);
    const text = read?.ok === true ? read.text : (str(respond[stream]) ?? '');
    const parsed = parseGoTemplate(text);
    const parts = parsed.ok ? parsed.parts : [{ kind: 'text', text }];
    return read?.ok === true ? { parts, file: read.path } : { parts };
}
function strings(value) {
    return Array.isArray(value) ? value.filter((v) => typeof v === 'string') : [];
}
function stringMap(value) {
    const out = {};
    for (const [k, v] of Object.entries(obj(value) ?? {}))
        if (typeof v === 'string')
            out[k] = v;
    return out;
}

;// CONCATENATED MODULE: ./src/providers/replay/gert-scenario.ts


const GERT_SHAPE = {
    fields: {
        commands: {
            list: {
                fields: { argv: { list: 'string' }, stdout: 'string', stderr: 'string', exit_code: 'int' }
            }
        },
        evidence: {
            dict: {
                dict: {
                    fields: {
                        kind: 'string',
                        value: 'string',
                        items: 'any',
                        path: 'string',
                        sha256: 'string'
                    }
                }
            }
        }
    }
};
/** True when a document has gert's top-level keys rather than cli-replay's. */
function isGertDocument(doc) {
    return ('commands' in doc || 'evidence' in doc) && !('meta' in doc) && !('steps' in doc);
}
/** Builds the Scenario of a checked gert document; `name` stands in for cli-replay's meta.name. */
function buildGertScenario(doc, source, name, resolvePath) {
    const commands = Array.isArray(doc.commands) ? doc.commands : [];
    const steps = commands.map((c, index) => {
        const cmd = obj(c) ?? {};
        const argv = Array.isArray(cmd.argv) ? cmd.argv.map(String) : [];
        return {
            index,
            argv: argv.map((text) => ({ kind: 'literal', text })),
            exit: scenario_walk_int(cmd.exit_code) ?? 0,
            stdout: { parts: [{ kind: 'text', text: str(cmd.stdout) ?? '' }] },
            stderr: { parts: [{ kind: 'text', text: str(cmd.stderr) ?? '' }] },
            delayMs: 0,
            captures: {},
            min: 1,
            max: 1,
            ...located(source, ['commands', index])
        };
    });
    return {
        format: 'gert',
        file: source.file,
        name,
        vars: {},
        allowedCommands: [],
        denyEnvVars: [],
        steps,
        groups: [],
        evidence: gertEvidence(obj(doc.evidence) ?? {}, resolvePath)
    };
}
function gertEvidence(evidence, resolvePath) {
    const out = {};
    for (const [stepId, byName] of Object.entries(evidence)) {
        const items = Object.entries(obj(byName) ?? {}).map(([name, raw]) => {
            const v = obj(raw) ?? {};
            if (v.kind === 'checklist') {
                const ticked = Object.entries(obj(v.items) ?? {}).filter(([, on]) => on === true);
                return { name, kind: 'checklist', items: ticked.map(([item]) => item) };
            }
            if (v.kind === 'attachment')
                return { name, kind: 'attachment', path: resolvePath(str(v.path) ?? '') };
            if (v.kind === 'choice')
                return { name, kind: 'choice', value: str(v.value) ?? '' };
            return { name, kind: 'text', value: str(v.value) ?? '' };
        });
        out[stepId] = { evidence: items, approvals: [] };
    }
    return out;
}

// EXTERNAL MODULE: ./src/providers/replay/go-yaml.ts
var go_yaml = __webpack_require__(4322);
;// CONCATENATED MODULE: ./src/providers/replay/scenario-rules.ts





const STREAMS = ['stdout', 'stderr'];
const callsBounds = ({ leaves, source }) => leaves.flatMap(({ step, path }) => {
    if (obj(step.calls) === undefined)
        return [];
    const { min, max } = callBounds(step);
    const at = [...path, 'calls'];
    if (max < 1)
        return [
            err(source, 'scenario-calls-bounds', `calls.max must be at least 1 (min ${min}, max ${max}); a max of 0 only defaults to min when min > 0`, at)
        ];
    if (min > max)
        return [
            err(source, 'scenario-calls-bounds', `calls.min (${min}) must be <= calls.max (${max})`, [
                ...at,
                'min'
            ])
        ];
    return [];
});
const captureConflicts = ({ doc, leaves, source }) => {
    const vars = obj(obj(doc.meta)?.vars) ?? {};
    return leaves.flatMap(({ step, path }) => Object.keys(obj(obj(step.respond)?.capture) ?? {})
        .filter((name) => name in vars)
        .map((name) => err(source, 'scenario-capture-conflict', `capture identifier "${name}" conflicts with meta.vars key "${name}"`, [...path, 'respond', 'capture', name], true)));
};
const forwardRefs = ({ leaves, source }) => {
    const defined = new Map();
    for (const leaf of leaves)
        for (const name of Object.keys(obj(obj(leaf.step.respond)?.capture) ?? {}))
            if (!defined.has(name))
                defined.set(name, leaf);
    return leaves.flatMap((leaf) => STREAMS.flatMap((stream) => {
        const at = [...leaf.path, 'respond', stream];
        return captureRefs(str(obj(leaf.step.respond)?.[stream])).flatMap((name) => {
            const def = defined.get(name);
            if (def === undefined || def.flat <= leaf.flat)
                return [];
            const line = source.locate([...def.path, 'respond', 'capture', name], { key: true }).line;
            return [
                err(source, 'scenario-capture-forward-ref', `step ${leaf.flat + 1} references capture "${name}" first defined at step ${def.flat + 1} (line ${line}): forward reference`, at)
            ];
        });
    }));
};
const templates = ({ doc, leaves, source, files }) => {
    const vars = obj(obj(doc.meta)?.vars) ?? {};
    const captures = new Set(leaves.flatMap((l) => Object.keys(obj(obj(l.step.respond)?.capture) ?? {})));
    return leaves.flatMap(({ step, path }) => STREAMS.flatMap((stream) => {
        const respond = obj(step.respond);
        const ref = str(respond?.[`${stream}_file`]);
        const read = ref === undefined ? undefined : files.get(ref);
        const [text, field, where] = read?.ok === true
            ? [read.text, `${stream}_file`, ` (in ${ref})`]
            : [str(respond?.[stream]), stream, ''];
        if (text === undefined)
            return [];
        const at = [...path, 'respond', field];
        const parsed = parseGoTemplate(text);
        if (!parsed.ok)
            return [err(source, 'scenario-template-unsupported', `${parsed.error}${where}`, at)];
        return parsed.parts.flatMap((p) => p.kind === 'var' && !(p.name in vars)
            ? [
                warn(source, 'scenario-template-unknown-var', `{{ .${p.name} }} is not in meta.vars and renders as ''${where}`, at)
            ]
            : p.kind === 'capture' && !captures.has(p.name)
                ? [
                    warn(source, 'scenario-template-unknown-capture', `no step captures '${p.name}': {{ .capture.${p.name} }} renders as ''${where}`, at)
                ]
                : []);
    }));
};
const argvPatterns = ({ leaves, source }) => leaves.flatMap(({ step, path }) => {
    const argv = obj(step.match)?.argv;
    return (Array.isArray(argv) ? argv : []).flatMap((a, i) => {
        const text = str(a);
        const el = text === undefined ? undefined : argvElement(text);
        const at = [...path, 'match', 'argv', i];
        if (el?.kind === 'regex') {
            const re = (0,runbook/* compileRegex */.DL)(el.source);
            return re.ok ? [] : [err(source, 'scenario-regex-invalid', re.error, at)];
        }
        if (el?.kind === 'literal' && /\{\{-?\s*\.(any|regex)\b/.test(el.text))
            return [
                warn(source, 'scenario-matcher-partial', `{{ .any }} and {{ .regex }} only work as a whole argv element; '${el.text}' matches only itself`, at)
            ];
        return [];
    });
});
const filesExist = ({ leaves, source, files }) => leaves.flatMap(({ step, path }) => STREAMS.flatMap((stream) => {
    const ref = str(obj(step.respond)?.[`${stream}_file`]);
    const read = ref === undefined || ref === '' ? undefined : files.get(ref);
    return read === undefined || read.ok
        ? []
        : [
            err(source, 'scenario-file-missing', `${stream}_file '${ref}' ${read.reason} (paths are relative to the scenario file's directory)`, [...path, 'respond', `${stream}_file`])
        ];
}));
const durations = ({ doc, source }) => {
    const ttl = str(obj(obj(doc.meta)?.session)?.ttl);
    const parsed = ttl === undefined || ttl === '' ? undefined : parseGoDuration(ttl);
    return parsed?.ok === true && parsed.ms <= 0
        ? [
            err(source, 'scenario-duration-invalid', `session.ttl must be positive, got '${ttl}'`, [
                'meta',
                'session',
                'ttl'
            ])
        ]
        : [];
};
const whenIgnored = ({ leaves, source }) => leaves
    .filter(({ step }) => str(step.when) !== undefined && step.when !== '')
    .map(({ path }) => warn(source, 'scenario-when-ignored', "'when' is ignored: cli-replay reads it but never evaluates it, and replay does the same", [...path, 'when'], true));
const allowedCommands = ({ doc, leaves, source }) => {
    const allowed = obj(obj(doc.meta)?.security)?.allowed_commands;
    if (!Array.isArray(allowed) || allowed.length === 0)
        return [];
    const list = allowed.filter((a) => typeof a === 'string');
    return leaves.flatMap(({ step, path }) => {
        const argv0 = str(obj(step.match)?.argv?.[0]);
        if (argv0 === undefined || argvElement(argv0).kind !== 'literal')
            return [];
        return (0,runbook/* matchCommandList */.x5)(list, argv0) !== undefined
            ? []
            : [
                err(source, 'scenario-command-not-allowed', `'${(0,runbook/* commandName */.p6)(argv0)}' is not in meta.security.allowed_commands (${list.join(', ')})`, [...path, 'match', 'argv', 0])
            ];
    });
};
/** Every rule, in reporting order. */
const SCENARIO_RULES = [
    callsBounds,
    captureConflicts,
    forwardRefs,
    templates,
    argvPatterns,
    filesExist,
    durations,
    whenIgnored,
    allowedCommands
];
function captureRefs(text) {
    const parsed = text === undefined ? undefined : parseGoTemplate(text);
    return parsed?.ok === true
        ? parsed.parts.flatMap((p) => (p.kind === 'capture' ? [p.name] : []))
        : [];
}
const scenario_rules_located = (severity) => (source, rule, message, path, key = false) => source.diag(rule, severity, message, path, { key });
const err = scenario_rules_located('error');
const warn = scenario_rules_located('warning');

;// CONCATENATED MODULE: ./schema/cli-replay-scenario.schema.json
const cli_replay_scenario_schema_namespaceObject = {};
;// CONCATENATED MODULE: ./schema/gert-scenario.schema.json
const gert_scenario_schema_namespaceObject = {};
// EXTERNAL MODULE: ./src/runbook/schema-runtime.ts
var schema_runtime = __webpack_require__(612);
;// CONCATENATED MODULE: ./src/providers/replay/cli-replay-validator.generated.ts
/* Generated from schema/cli-replay-scenario.schema.json by scripts/gen-validators.mjs. Do not edit: run `npm run gen`. */
// @ts-nocheck

const validate = validate52;
/* harmony default export */ const cli_replay_validator_generated = ((/* unused pure expression or super */ null && (validate52)));
const schema19 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://raw.githubusercontent.com/governed-runbook/governed-runbook/main/schema/cli-replay-scenario.schema.json", "title": "cli-replay scenario (as read by runbook exec --mode replay)", "description": "A cli-replay scenario.yaml: the expected cli calls of a run, in order, and the canned response to each. Describes what cli-replay's own loader accepts (strict YAML decoding: unknown keys are rejected). Scalars written where a string is expected (argv: [sleep, 5]) are read as their source text, as cli-replay's YAML decoder does; null means absent. Checks that JSON Schema cannot state (calls.min <= calls.max, capture names versus meta.vars, forward capture references, response files) are applied by the loader with located messages.", "type": "object", "additionalProperties": false, "required": ["meta", "steps"], "examples": [{ "meta": { "name": "kubectl-simple" }, "steps": [{ "match": { "argv": ["kubectl", "get", "pods"] }, "respond": { "exit": 0, "stdout": "web-0   1/1   Running\n" } }] }], "properties": { "meta": { "$ref": "#/$defs/meta" }, "steps": { "type": "array", "minItems": 1, "description": "The expected calls, matched in strict order: each element is a leaf step (match + respond) or an unordered group.", "examples": [[{ "match": { "argv": ["git", "status"] }, "respond": { "stdout": "On branch main\n" } }]], "items": { "$ref": "#/$defs/step_element" } } }, "$defs": { "duration": { "type": "string", "pattern": "^[-+]?(0|(([0-9]+(\\.[0-9]*)?|\\.[0-9]+)(ns|us|µs|μs|ms|s|m|h))+)$", "description": "A Go duration as time.ParseDuration reads it: 100ms, 2.5s, 1h30m, 0.", "examples": ["250ms"] }, "meta": { "type": "object", "additionalProperties": false, "required": ["name"], "description": "Scenario metadata: its name, template variables, security constraints and session settings.", "examples": [{ "name": "deploy-with-preflight", "vars": { "namespace": "default" } }], "properties": { "name": { "type": "string", "minLength": 1, "pattern": "\\S", "description": "Scenario name; must hold a non-blank character. Reports name the scenario by it.", "examples": ["kubectl-simple"] }, "description": { "type": "string", "description": "What the scenario covers, for people.", "examples": ["Restart a crash-looping pod"] }, "vars": { "type": "object", "description": "Template variables for responses ({{ .name }} in stdout and stderr) and for match.argv elements. An environment variable of the same name overrides a value unless deny_env_vars matches it.", "examples": [{ "namespace": "production" }], "additionalProperties": { "type": "string", "description": "The variable's value.", "examples": ["production"] } }, "security": { "$ref": "#/$defs/security" }, "session": { "type": "object", "additionalProperties": false, "description": "Session lifecycle settings of cli-replay's shell-interception mode. Read and checked, otherwise unused in-process.", "examples": [{ "ttl": "10m" }], "properties": { "ttl": { "$ref": "#/$defs/duration", "description": "Age after which cli-replay cleans stale sessions; must be positive.", "examples": ["10m"] } } } } }, "security": { "type": "object", "additionalProperties": false, "description": "Constraints on the commands a replay may answer. Intersected with the runbook's governance.", "examples": [{ "allowed_commands": ["kubectl", "az"], "deny_env_vars": ["AWS_*"] }], "properties": { "allowed_commands": { "type": "array", "description": "Commands (argv[0], by name) the scenario may answer. When both the scenario and the runbook list commands, a command must be in both lists.", "examples": [["kubectl", "az"]], "items": { "type": "string", "description": "A command name.", "examples": ["kubectl"] } }, "deny_env_vars": { "type": "array", "description": "Glob patterns (path.Match: * ? [...]) of environment variables that must not override meta.vars. Added to the runbook's deny_env_vars.", "examples": [["AWS_*", "SECRET_*"]], "items": { "type": "string", "minLength": 1, "description": "A glob pattern over variable names.", "examples": ["AWS_*"] } } } }, "step_element": { "description": "One element of steps: a group when it has the key 'group', otherwise a leaf step.", "examples": [{ "match": { "argv": ["docker", "info"] }, "respond": { "exit": 0 } }], "if": { "type": "object", "required": ["group"], "properties": { "group": true } }, "then": { "$ref": "#/$defs/group_wrapper" }, "else": { "$ref": "#/$defs/step" } }, "step": { "type": "object", "additionalProperties": false, "required": ["match"], "description": "A leaf step: the call it expects (match), the answer (respond) and how often it may be called (calls).", "examples": [{ "match": { "argv": ["kubectl", "rollout", "status", "deployment/web"] }, "calls": { "min": 1, "max": 3 }, "respond": { "exit": 0, "stdout": "successfully rolled out\n" } }], "properties": { "match": { "$ref": "#/$defs/match" }, "respond": { "$ref": "#/$defs/respond" }, "calls": { "$ref": "#/$defs/calls" }, "when": { "type": "string", "description": "A condition. cli-replay reads it but never evaluates it; replay does the same and warns that it is ignored.", "examples": ["{{ .capture.ready }}"] } } }, "match": { "type": "object", "additionalProperties": false, "required": ["argv"], "description": "What the call must look like.", "examples": [{ "argv": ["kubectl", "apply", "-f", "-"], "stdin": "kind: Pod\n" }], "properties": { "argv": { "type": "array", "minItems": 1, "description": "The expected argv, element by element. An element may be exactly {{ .any }} (any value) or {{ .regex \"RE2\" }} (unanchored search); other elements match literally, or after rendering {{ .name }} and {{ .capture.name }} templates.", "examples": [["az", "webapp", "show", "--name", "{{ .regex \"^[a-z][a-z0-9-]+$\" }}", "--resource-group", "{{ .any }}"]], "items": { "type": "string", "description": "One expected argument.", "examples": ["get"] } }, "stdin": { "type": "string", "description": "Expected standard input; compared after turning CRLF into LF and removing trailing newlines on both sides. Empty or absent: stdin is not checked.", "examples": ["hello world\n"] } } }, "respond": { "type": "object", "additionalProperties": false, "description": "The answer to a matched call. stdout and stderr are templates over meta.vars ({{ .name }}) and earlier captures ({{ .capture.name }}). Absent: exit 0 with no output.", "examples": [{ "exit": 1, "stderr": "Error from server (NotFound)\n" }], "properties": { "exit": { "type": "integer", "minimum": 0, "maximum": 255, "description": "Exit code of the call (0-255; default 0).", "examples": [0] }, "stdout": { "type": "string", "description": "Standard output (a template). Not together with a non-empty stdout_file.", "examples": ["deployment.apps/web restarted\n"] }, "stderr": { "type": "string", "description": "Standard error (a template). Not together with a non-empty stderr_file.", "examples": ["warning: deprecated flag\n"] }, "stdout_file": { "type": "string", "description": "File holding the standard output (a template), relative to the scenario file's directory.", "examples": ["fixtures/pods_output.txt"] }, "stderr_file": { "type": "string", "description": "File holding the standard error (a template), relative to the scenario file's directory.", "examples": ["fixtures/error.txt"] }, "delay": { "$ref": "#/$defs/duration", "description": "Wait this long before answering (replay caps it at 5s; --no-delay skips it).", "examples": ["100ms"] }, "capture": { "type": "object", "description": "Values this step adds to the capture namespace once matched, for {{ .capture.name }} in later responses. Literal strings, not templates. Names must not be meta.vars keys.", "examples": [{ "rg_id": "/subscriptions/abc/resourceGroups/demo-rg" }], "propertyNames": { "pattern": "^[a-zA-Z_][a-zA-Z0-9_]*$" }, "additionalProperties": { "type": "string", "description": "The captured value.", "examples": ["vm-1"] } } }, "allOf": [{ "if": { "required": ["stdout", "stdout_file"], "properties": { "stdout": { "type": "string", "minLength": 1 }, "stdout_file": { "type": "string", "minLength": 1 } } }, "then": { "properties": { "stdout_file": false } } }, { "if": { "required": ["stderr", "stderr_file"], "properties": { "stderr": { "type": "string", "minLength": 1 }, "stderr_file": { "type": "string", "minLength": 1 } } }, "then": { "properties": { "stderr_file": false } } }] }, "calls": { "type": "object", "additionalProperties": false, "description": "How often the step may be called. Absent: exactly once. Present: min defaults to 0, and a max of 0 (or absent) becomes min when min > 0. Then min <= max and max >= 1 must hold.", "examples": [{ "min": 1, "max": 5 }], "properties": { "min": { "type": "integer", "minimum": 0, "description": "Fewest calls; 0 makes the step optional. Once reached, a non-matching call moves on to the next step (soft advance).", "examples": [1] }, "max": { "type": "integer", "minimum": 0, "description": "Most calls; once reached the scenario moves on. 0 or absent means min (when min > 0).", "examples": [3] } } }, "group_wrapper": { "type": "object", "additionalProperties": false, "required": ["group"], "description": "A steps element holding an unordered group (and nothing else).", "examples": [{ "group": { "mode": "unordered", "name": "pre-flight", "steps": [{ "match": { "argv": ["docker", "info"] } }] } }], "properties": { "group": { "$ref": "#/$defs/group" } } }, "group": { "type": "object", "additionalProperties": false, "required": ["mode", "steps"], "description": "Steps that may be called in any order. The scenario moves past the group (its barrier) only once every step in it has reached its calls.min.", "examples": [{ "mode": "unordered", "steps": [{ "match": { "argv": ["az", "account", "show"] } }] }], "properties": { "mode": { "enum": ["unordered"], "description": "Matching mode; only unordered exists.", "examples": ["unordered"] }, "name": { "type": "string", "description": "Name shown in reports; empty or absent: group-N (N counts groups from 1).", "examples": ["pre-flight"] }, "steps": { "type": "array", "minItems": 1, "description": "The group's leaf steps; groups do not nest.", "examples": [[{ "match": { "argv": ["kubectl", "cluster-info"] } }]], "items": { "$ref": "#/$defs/group_child" } } } }, "group_child": { "description": "A leaf step inside a group; a nested group is refused.", "examples": [{ "match": { "argv": ["docker", "info"] } }], "if": { "type": "object", "required": ["group"], "properties": { "group": true } }, "then": false, "else": { "$ref": "#/$defs/step" } } } };
const schema20 = { "type": "object", "additionalProperties": false, "required": ["name"], "description": "Scenario metadata: its name, template variables, security constraints and session settings.", "examples": [{ "name": "deploy-with-preflight", "vars": { "namespace": "default" } }], "properties": { "name": { "type": "string", "minLength": 1, "pattern": "\\S", "description": "Scenario name; must hold a non-blank character. Reports name the scenario by it.", "examples": ["kubectl-simple"] }, "description": { "type": "string", "description": "What the scenario covers, for people.", "examples": ["Restart a crash-looping pod"] }, "vars": { "type": "object", "description": "Template variables for responses ({{ .name }} in stdout and stderr) and for match.argv elements. An environment variable of the same name overrides a value unless deny_env_vars matches it.", "examples": [{ "namespace": "production" }], "additionalProperties": { "type": "string", "description": "The variable's value.", "examples": ["production"] } }, "security": { "$ref": "#/$defs/security" }, "session": { "type": "object", "additionalProperties": false, "description": "Session lifecycle settings of cli-replay's shell-interception mode. Read and checked, otherwise unused in-process.", "examples": [{ "ttl": "10m" }], "properties": { "ttl": { "$ref": "#/$defs/duration", "description": "Age after which cli-replay cleans stale sessions; must be positive.", "examples": ["10m"] } } } } };
const func1 = schema_runtime/* ucs2length */.K;
const pattern3 = new RegExp("\\S", "u");
const schema21 = { "type": "object", "additionalProperties": false, "description": "Constraints on the commands a replay may answer. Intersected with the runbook's governance.", "examples": [{ "allowed_commands": ["kubectl", "az"], "deny_env_vars": ["AWS_*"] }], "properties": { "allowed_commands": { "type": "array", "description": "Commands (argv[0], by name) the scenario may answer. When both the scenario and the runbook list commands, a command must be in both lists.", "examples": [["kubectl", "az"]], "items": { "type": "string", "description": "A command name.", "examples": ["kubectl"] } }, "deny_env_vars": { "type": "array", "description": "Glob patterns (path.Match: * ? [...]) of environment variables that must not override meta.vars. Added to the runbook's deny_env_vars.", "examples": [["AWS_*", "SECRET_*"]], "items": { "type": "string", "minLength": 1, "description": "A glob pattern over variable names.", "examples": ["AWS_*"] } } } };
function validate54(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
    let vErrors = null;
    let errors = 0;
    const evaluated0 = validate54.evaluated;
    if (evaluated0.dynamicProps) {
        evaluated0.props = undefined;
    }
    if (evaluated0.dynamicItems) {
        evaluated0.items = undefined;
    }
    if (data && typeof data == "object" && !Array.isArray(data)) {
        for (const key0 in data) {
            if (!((key0 === "allowed_commands") || (key0 === "deny_env_vars"))) {
                const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema21, data };
                if (vErrors === null) {
                    vErrors = [err0];
                }
                else {
                    vErrors.push(err0);
                }
                errors++;
            }
        }
        if (data.allowed_commands !== undefined) {
            let data0 = data.allowed_commands;
            if (Array.isArray(data0)) {
                const len0 = data0.length;
                for (let i0 = 0; i0 < len0; i0++) {
                    let data1 = data0[i0];
                    if (typeof data1 !== "string") {
                        const err1 = { instancePath: instancePath + "/allowed_commands/" + i0, schemaPath: "#/properties/allowed_commands/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema21.properties.allowed_commands.items.type, parentSchema: schema21.properties.allowed_commands.items, data: data1 };
                        if (vErrors === null) {
                            vErrors = [err1];
                        }
                        else {
                            vErrors.push(err1);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err2 = { instancePath: instancePath + "/allowed_commands", schemaPath: "#/properties/allowed_commands/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema21.properties.allowed_commands.type, parentSchema: schema21.properties.allowed_commands, data: data0 };
                if (vErrors === null) {
                    vErrors = [err2];
                }
                else {
                    vErrors.push(err2);
                }
                errors++;
            }
        }
        if (data.deny_env_vars !== undefined) {
            let data2 = data.deny_env_vars;
            if (Array.isArray(data2)) {
                const len1 = data2.length;
                for (let i1 = 0; i1 < len1; i1++) {
                    let data3 = data2[i1];
                    if (typeof data3 === "string") {
                        if (func1(data3) < 1) {
                            const err3 = { instancePath: instancePath + "/deny_env_vars/" + i1, schemaPath: "#/properties/deny_env_vars/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema21.properties.deny_env_vars.items, data: data3 };
                            if (vErrors === null) {
                                vErrors = [err3];
                            }
                            else {
                                vErrors.push(err3);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err4 = { instancePath: instancePath + "/deny_env_vars/" + i1, schemaPath: "#/properties/deny_env_vars/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema21.properties.deny_env_vars.items.type, parentSchema: schema21.properties.deny_env_vars.items, data: data3 };
                        if (vErrors === null) {
                            vErrors = [err4];
                        }
                        else {
                            vErrors.push(err4);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err5 = { instancePath: instancePath + "/deny_env_vars", schemaPath: "#/properties/deny_env_vars/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema21.properties.deny_env_vars.type, parentSchema: schema21.properties.deny_env_vars, data: data2 };
                if (vErrors === null) {
                    vErrors = [err5];
                }
                else {
                    vErrors.push(err5);
                }
                errors++;
            }
        }
    }
    else {
        const err6 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema21.type, parentSchema: schema21, data };
        if (vErrors === null) {
            vErrors = [err6];
        }
        else {
            vErrors.push(err6);
        }
        errors++;
    }
    validate54.errors = vErrors;
    return errors === 0;
}
validate54.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
const schema22 = { "type": "string", "pattern": "^[-+]?(0|(([0-9]+(\\.[0-9]*)?|\\.[0-9]+)(ns|us|µs|μs|ms|s|m|h))+)$", "description": "A Go duration as time.ParseDuration reads it: 100ms, 2.5s, 1h30m, 0.", "examples": ["250ms"] };
const pattern4 = new RegExp("^[-+]?(0|(([0-9]+(\\.[0-9]*)?|\\.[0-9]+)(ns|us|µs|μs|ms|s|m|h))+)$", "u");
function validate56(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
    let vErrors = null;
    let errors = 0;
    const evaluated0 = validate56.evaluated;
    if (evaluated0.dynamicProps) {
        evaluated0.props = undefined;
    }
    if (evaluated0.dynamicItems) {
        evaluated0.items = undefined;
    }
    if (typeof data === "string") {
        if (!pattern4.test(data)) {
            const err0 = { instancePath, schemaPath: "#/pattern", keyword: "pattern", params: { pattern: "^[-+]?(0|(([0-9]+(\\.[0-9]*)?|\\.[0-9]+)(ns|us|µs|μs|ms|s|m|h))+)$" }, message: "must match pattern \"" + "^[-+]?(0|(([0-9]+(\\.[0-9]*)?|\\.[0-9]+)(ns|us|µs|μs|ms|s|m|h))+)$" + "\"", schema: "^[-+]?(0|(([0-9]+(\\.[0-9]*)?|\\.[0-9]+)(ns|us|µs|μs|ms|s|m|h))+)$", parentSchema: schema22, data };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
    }
    else {
        const err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema22.type, parentSchema: schema22, data };
        if (vErrors === null) {
            vErrors = [err1];
        }
        else {
            vErrors.push(err1);
        }
        errors++;
    }
    validate56.errors = vErrors;
    return errors === 0;
}
validate56.evaluated = { "dynamicProps": false, "dynamicItems": false };
function validate53(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
    let vErrors = null;
    let errors = 0;
    const evaluated0 = validate53.evaluated;
    if (evaluated0.dynamicProps) {
        evaluated0.props = undefined;
    }
    if (evaluated0.dynamicItems) {
        evaluated0.items = undefined;
    }
    if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.name === undefined) {
            const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property '" + "name" + "'", schema: schema20.required, parentSchema: schema20, data };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
        for (const key0 in data) {
            if (!(((((key0 === "name") || (key0 === "description")) || (key0 === "vars")) || (key0 === "security")) || (key0 === "session"))) {
                const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema20, data };
                if (vErrors === null) {
                    vErrors = [err1];
                }
                else {
                    vErrors.push(err1);
                }
                errors++;
            }
        }
        if (data.name !== undefined) {
            let data0 = data.name;
            if (typeof data0 === "string") {
                if (func1(data0) < 1) {
                    const err2 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema20.properties.name, data: data0 };
                    if (vErrors === null) {
                        vErrors = [err2];
                    }
                    else {
                        vErrors.push(err2);
                    }
                    errors++;
                }
                if (!pattern3.test(data0)) {
                    const err3 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: "must match pattern \"" + "\\S" + "\"", schema: "\\S", parentSchema: schema20.properties.name, data: data0 };
                    if (vErrors === null) {
                        vErrors = [err3];
                    }
                    else {
                        vErrors.push(err3);
                    }
                    errors++;
                }
            }
            else {
                const err4 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema20.properties.name.type, parentSchema: schema20.properties.name, data: data0 };
                if (vErrors === null) {
                    vErrors = [err4];
                }
                else {
                    vErrors.push(err4);
                }
                errors++;
            }
        }
        if (data.description !== undefined) {
            let data1 = data.description;
            if (typeof data1 !== "string") {
                const err5 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema20.properties.description.type, parentSchema: schema20.properties.description, data: data1 };
                if (vErrors === null) {
                    vErrors = [err5];
                }
                else {
                    vErrors.push(err5);
                }
                errors++;
            }
        }
        if (data.vars !== undefined) {
            let data2 = data.vars;
            if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
                for (const key1 in data2) {
                    let data3 = data2[key1];
                    if (typeof data3 !== "string") {
                        const err6 = { instancePath: instancePath + "/vars/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/vars/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema20.properties.vars.additionalProperties.type, parentSchema: schema20.properties.vars.additionalProperties, data: data3 };
                        if (vErrors === null) {
                            vErrors = [err6];
                        }
                        else {
                            vErrors.push(err6);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err7 = { instancePath: instancePath + "/vars", schemaPath: "#/properties/vars/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema20.properties.vars.type, parentSchema: schema20.properties.vars, data: data2 };
                if (vErrors === null) {
                    vErrors = [err7];
                }
                else {
                    vErrors.push(err7);
                }
                errors++;
            }
        }
        if (data.security !== undefined) {
            if (!(validate54(data.security, { instancePath: instancePath + "/security", parentData: data, parentDataProperty: "security", rootData, dynamicAnchors }))) {
                vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
                errors = vErrors.length;
            }
        }
        if (data.session !== undefined) {
            let data5 = data.session;
            if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
                for (const key2 in data5) {
                    if (!(key2 === "ttl")) {
                        const err8 = { instancePath: instancePath + "/session", schemaPath: "#/properties/session/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema20.properties.session, data: data5 };
                        if (vErrors === null) {
                            vErrors = [err8];
                        }
                        else {
                            vErrors.push(err8);
                        }
                        errors++;
                    }
                }
                if (data5.ttl !== undefined) {
                    if (!(validate56(data5.ttl, { instancePath: instancePath + "/session/ttl", parentData: data5, parentDataProperty: "ttl", rootData, dynamicAnchors }))) {
                        vErrors = vErrors === null ? validate56.errors : vErrors.concat(validate56.errors);
                        errors = vErrors.length;
                    }
                }
            }
            else {
                const err9 = { instancePath: instancePath + "/session", schemaPath: "#/properties/session/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema20.properties.session.type, parentSchema: schema20.properties.session, data: data5 };
                if (vErrors === null) {
                    vErrors = [err9];
                }
                else {
                    vErrors.push(err9);
                }
                errors++;
            }
        }
    }
    else {
        const err10 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema20.type, parentSchema: schema20, data };
        if (vErrors === null) {
            vErrors = [err10];
        }
        else {
            vErrors.push(err10);
        }
        errors++;
    }
    validate53.errors = vErrors;
    return errors === 0;
}
validate53.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
const schema23 = { "description": "One element of steps: a group when it has the key 'group', otherwise a leaf step.", "examples": [{ "match": { "argv": ["docker", "info"] }, "respond": { "exit": 0 } }], "if": { "type": "object", "required": ["group"], "properties": { "group": true } }, "then": { "$ref": "#/$defs/group_wrapper" }, "else": { "$ref": "#/$defs/step" } };
const schema24 = { "type": "object", "additionalProperties": false, "required": ["group"], "description": "A steps element holding an unordered group (and nothing else).", "examples": [{ "group": { "mode": "unordered", "name": "pre-flight", "steps": [{ "match": { "argv": ["docker", "info"] } }] } }], "properties": { "group": { "$ref": "#/$defs/group" } } };
const schema25 = { "type": "object", "additionalProperties": false, "required": ["mode", "steps"], "description": "Steps that may be called in any order. The scenario moves past the group (its barrier) only once every step in it has reached its calls.min.", "examples": [{ "mode": "unordered", "steps": [{ "match": { "argv": ["az", "account", "show"] } }] }], "properties": { "mode": { "enum": ["unordered"], "description": "Matching mode; only unordered exists.", "examples": ["unordered"] }, "name": { "type": "string", "description": "Name shown in reports; empty or absent: group-N (N counts groups from 1).", "examples": ["pre-flight"] }, "steps": { "type": "array", "minItems": 1, "description": "The group's leaf steps; groups do not nest.", "examples": [[{ "match": { "argv": ["kubectl", "cluster-info"] } }]], "items": { "$ref": "#/$defs/group_child" } } } };
const schema26 = { "description": "A leaf step inside a group; a nested group is refused.", "examples": [{ "match": { "argv": ["docker", "info"] } }], "if": { "type": "object", "required": ["group"], "properties": { "group": true } }, "then": false, "else": { "$ref": "#/$defs/step" } };
const schema27 = { "type": "object", "additionalProperties": false, "required": ["match"], "description": "A leaf step: the call it expects (match), the answer (respond) and how often it may be called (calls).", "examples": [{ "match": { "argv": ["kubectl", "rollout", "status", "deployment/web"] }, "calls": { "min": 1, "max": 3 }, "respond": { "exit": 0, "stdout": "successfully rolled out\n" } }], "properties": { "match": { "$ref": "#/$defs/match" }, "respond": { "$ref": "#/$defs/respond" }, "calls": { "$ref": "#/$defs/calls" }, "when": { "type": "string", "description": "A condition. cli-replay reads it but never evaluates it; replay does the same and warns that it is ignored.", "examples": ["{{ .capture.ready }}"] } } };
const schema28 = { "type": "object", "additionalProperties": false, "required": ["argv"], "description": "What the call must look like.", "examples": [{ "argv": ["kubectl", "apply", "-f", "-"], "stdin": "kind: Pod\n" }], "properties": { "argv": { "type": "array", "minItems": 1, "description": "The expected argv, element by element. An element may be exactly {{ .any }} (any value) or {{ .regex \"RE2\" }} (unanchored search); other elements match literally, or after rendering {{ .name }} and {{ .capture.name }} templates.", "examples": [["az", "webapp", "show", "--name", "{{ .regex \"^[a-z][a-z0-9-]+$\" }}", "--resource-group", "{{ .any }}"]], "items": { "type": "string", "description": "One expected argument.", "examples": ["get"] } }, "stdin": { "type": "string", "description": "Expected standard input; compared after turning CRLF into LF and removing trailing newlines on both sides. Empty or absent: stdin is not checked.", "examples": ["hello world\n"] } } };
function validate64(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
    let vErrors = null;
    let errors = 0;
    const evaluated0 = validate64.evaluated;
    if (evaluated0.dynamicProps) {
        evaluated0.props = undefined;
    }
    if (evaluated0.dynamicItems) {
        evaluated0.items = undefined;
    }
    if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.argv === undefined) {
            const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "argv" }, message: "must have required property '" + "argv" + "'", schema: schema28.required, parentSchema: schema28, data };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
        for (const key0 in data) {
            if (!((key0 === "argv") || (key0 === "stdin"))) {
                const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema28, data };
                if (vErrors === null) {
                    vErrors = [err1];
                }
                else {
                    vErrors.push(err1);
                }
                errors++;
            }
        }
        if (data.argv !== undefined) {
            let data0 = data.argv;
            if (Array.isArray(data0)) {
                if (data0.length < 1) {
                    const err2 = { instancePath: instancePath + "/argv", schemaPath: "#/properties/argv/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema28.properties.argv, data: data0 };
                    if (vErrors === null) {
                        vErrors = [err2];
                    }
                    else {
                        vErrors.push(err2);
                    }
                    errors++;
                }
                const len0 = data0.length;
                for (let i0 = 0; i0 < len0; i0++) {
                    let data1 = data0[i0];
                    if (typeof data1 !== "string") {
                        const err3 = { instancePath: instancePath + "/argv/" + i0, schemaPath: "#/properties/argv/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema28.properties.argv.items.type, parentSchema: schema28.properties.argv.items, data: data1 };
                        if (vErrors === null) {
                            vErrors = [err3];
                        }
                        else {
                            vErrors.push(err3);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err4 = { instancePath: instancePath + "/argv", schemaPath: "#/properties/argv/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema28.properties.argv.type, parentSchema: schema28.properties.argv, data: data0 };
                if (vErrors === null) {
                    vErrors = [err4];
                }
                else {
                    vErrors.push(err4);
                }
                errors++;
            }
        }
        if (data.stdin !== undefined) {
            let data2 = data.stdin;
            if (typeof data2 !== "string") {
                const err5 = { instancePath: instancePath + "/stdin", schemaPath: "#/properties/stdin/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema28.properties.stdin.type, parentSchema: schema28.properties.stdin, data: data2 };
                if (vErrors === null) {
                    vErrors = [err5];
                }
                else {
                    vErrors.push(err5);
                }
                errors++;
            }
        }
    }
    else {
        const err6 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema28.type, parentSchema: schema28, data };
        if (vErrors === null) {
            vErrors = [err6];
        }
        else {
            vErrors.push(err6);
        }
        errors++;
    }
    validate64.errors = vErrors;
    return errors === 0;
}
validate64.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
const schema29 = { "type": "object", "additionalProperties": false, "description": "The answer to a matched call. stdout and stderr are templates over meta.vars ({{ .name }}) and earlier captures ({{ .capture.name }}). Absent: exit 0 with no output.", "examples": [{ "exit": 1, "stderr": "Error from server (NotFound)\n" }], "properties": { "exit": { "type": "integer", "minimum": 0, "maximum": 255, "description": "Exit code of the call (0-255; default 0).", "examples": [0] }, "stdout": { "type": "string", "description": "Standard output (a template). Not together with a non-empty stdout_file.", "examples": ["deployment.apps/web restarted\n"] }, "stderr": { "type": "string", "description": "Standard error (a template). Not together with a non-empty stderr_file.", "examples": ["warning: deprecated flag\n"] }, "stdout_file": { "type": "string", "description": "File holding the standard output (a template), relative to the scenario file's directory.", "examples": ["fixtures/pods_output.txt"] }, "stderr_file": { "type": "string", "description": "File holding the standard error (a template), relative to the scenario file's directory.", "examples": ["fixtures/error.txt"] }, "delay": { "$ref": "#/$defs/duration", "description": "Wait this long before answering (replay caps it at 5s; --no-delay skips it).", "examples": ["100ms"] }, "capture": { "type": "object", "description": "Values this step adds to the capture namespace once matched, for {{ .capture.name }} in later responses. Literal strings, not templates. Names must not be meta.vars keys.", "examples": [{ "rg_id": "/subscriptions/abc/resourceGroups/demo-rg" }], "propertyNames": { "pattern": "^[a-zA-Z_][a-zA-Z0-9_]*$" }, "additionalProperties": { "type": "string", "description": "The captured value.", "examples": ["vm-1"] } } }, "allOf": [{ "if": { "required": ["stdout", "stdout_file"], "properties": { "stdout": { "type": "string", "minLength": 1 }, "stdout_file": { "type": "string", "minLength": 1 } } }, "then": { "properties": { "stdout_file": false } } }, { "if": { "required": ["stderr", "stderr_file"], "properties": { "stderr": { "type": "string", "minLength": 1 }, "stderr_file": { "type": "string", "minLength": 1 } } }, "then": { "properties": { "stderr_file": false } } }] };
const pattern5 = new RegExp("^[a-zA-Z_][a-zA-Z0-9_]*$", "u");
function validate66(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
    let vErrors = null;
    let errors = 0;
    const evaluated0 = validate66.evaluated;
    if (evaluated0.dynamicProps) {
        evaluated0.props = undefined;
    }
    if (evaluated0.dynamicItems) {
        evaluated0.items = undefined;
    }
    const _errs2 = errors;
    let valid1 = true;
    const _errs3 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
        let missing0;
        if (((data.stdout === undefined) && (missing0 = "stdout")) || ((data.stdout_file === undefined) && (missing0 = "stdout_file"))) {
            const err0 = {};
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
        else {
            if (data.stdout !== undefined) {
                let data0 = data.stdout;
                const _errs4 = errors;
                if (errors === _errs4) {
                    if (typeof data0 === "string") {
                        if (func1(data0) < 1) {
                            const err1 = {};
                            if (vErrors === null) {
                                vErrors = [err1];
                            }
                            else {
                                vErrors.push(err1);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err2 = {};
                        if (vErrors === null) {
                            vErrors = [err2];
                        }
                        else {
                            vErrors.push(err2);
                        }
                        errors++;
                    }
                }
                var valid2 = _errs4 === errors;
            }
            else {
                var valid2 = true;
            }
            if (valid2) {
                if (data.stdout_file !== undefined) {
                    let data1 = data.stdout_file;
                    const _errs6 = errors;
                    if (errors === _errs6) {
                        if (typeof data1 === "string") {
                            if (func1(data1) < 1) {
                                const err3 = {};
                                if (vErrors === null) {
                                    vErrors = [err3];
                                }
                                else {
                                    vErrors.push(err3);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err4 = {};
                            if (vErrors === null) {
                                vErrors = [err4];
                            }
                            else {
                                vErrors.push(err4);
                            }
                            errors++;
                        }
                    }
                    var valid2 = _errs6 === errors;
                }
                else {
                    var valid2 = true;
                }
            }
        }
    }
    var _valid0 = _errs3 === errors;
    errors = _errs2;
    if (vErrors !== null) {
        if (_errs2) {
            vErrors.length = _errs2;
        }
        else {
            vErrors = null;
        }
    }
    if (_valid0) {
        const _errs8 = errors;
        if (data && typeof data == "object" && !Array.isArray(data)) {
            if (data.stdout_file !== undefined) {
                const err5 = { instancePath: instancePath + "/stdout_file", schemaPath: "#/allOf/0/then/properties/stdout_file/false schema", keyword: "false schema", params: {}, message: "boolean schema is false", schema: false, parentSchema: schema29.allOf[0].then.properties.stdout_file, data: data.stdout_file };
                if (vErrors === null) {
                    vErrors = [err5];
                }
                else {
                    vErrors.push(err5);
                }
                errors++;
            }
        }
        var _valid0 = _errs8 === errors;
        valid1 = _valid0;
        if (valid1) {
            var props0 = {};
            props0.stdout_file = true;
            props0.stdout = true;
        }
    }
    if (!valid1) {
        const err6 = { instancePath, schemaPath: "#/allOf/0/if", keyword: "if", params: { failingKeyword: "then" }, message: "must match \"then\" schema", schema: schema29.allOf[0].if, parentSchema: schema29.allOf[0], data };
        if (vErrors === null) {
            vErrors = [err6];
        }
        else {
            vErrors.push(err6);
        }
        errors++;
    }
    const _errs10 = errors;
    let valid4 = true;
    const _errs11 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
        let missing1;
        if (((data.stderr === undefined) && (missing1 = "stderr")) || ((data.stderr_file === undefined) && (missing1 = "stderr_file"))) {
            const err7 = {};
            if (vErrors === null) {
                vErrors = [err7];
            }
            else {
                vErrors.push(err7);
            }
            errors++;
        }
        else {
            if (data.stderr !== undefined) {
                let data3 = data.stderr;
                const _errs12 = errors;
                if (errors === _errs12) {
                    if (typeof data3 === "string") {
                        if (func1(data3) < 1) {
                            const err8 = {};
                            if (vErrors === null) {
                                vErrors = [err8];
                            }
                            else {
                                vErrors.push(err8);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err9 = {};
                        if (vErrors === null) {
                            vErrors = [err9];
                        }
                        else {
                            vErrors.push(err9);
                        }
                        errors++;
                    }
                }
                var valid5 = _errs12 === errors;
            }
            else {
                var valid5 = true;
            }
            if (valid5) {
                if (data.stderr_file !== undefined) {
                    let data4 = data.stderr_file;
                    const _errs14 = errors;
                    if (errors === _errs14) {
                        if (typeof data4 === "string") {
                            if (func1(data4) < 1) {
                                const err10 = {};
                                if (vErrors === null) {
                                    vErrors = [err10];
                                }
                                else {
                                    vErrors.push(err10);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err11 = {};
                            if (vErrors === null) {
                                vErrors = [err11];
                            }
                            else {
                                vErrors.push(err11);
                            }
                            errors++;
                        }
                    }
                    var valid5 = _errs14 === errors;
                }
                else {
                    var valid5 = true;
                }
            }
        }
    }
    var _valid1 = _errs11 === errors;
    errors = _errs10;
    if (vErrors !== null) {
        if (_errs10) {
            vErrors.length = _errs10;
        }
        else {
            vErrors = null;
        }
    }
    if (_valid1) {
        const _errs16 = errors;
        if (data && typeof data == "object" && !Array.isArray(data)) {
            if (data.stderr_file !== undefined) {
                const err12 = { instancePath: instancePath + "/stderr_file", schemaPath: "#/allOf/1/then/properties/stderr_file/false schema", keyword: "false schema", params: {}, message: "boolean schema is false", schema: false, parentSchema: schema29.allOf[1].then.properties.stderr_file, data: data.stderr_file };
                if (vErrors === null) {
                    vErrors = [err12];
                }
                else {
                    vErrors.push(err12);
                }
                errors++;
            }
        }
        var _valid1 = _errs16 === errors;
        valid4 = _valid1;
        if (valid4) {
            var props1 = {};
            props1.stderr_file = true;
            props1.stderr = true;
        }
    }
    if (!valid4) {
        const err13 = { instancePath, schemaPath: "#/allOf/1/if", keyword: "if", params: { failingKeyword: "then" }, message: "must match \"then\" schema", schema: schema29.allOf[1].if, parentSchema: schema29.allOf[1], data };
        if (vErrors === null) {
            vErrors = [err13];
        }
        else {
            vErrors.push(err13);
        }
        errors++;
    }
    if (props0 !== true && props1 !== undefined) {
        if (props1 === true) {
            props0 = true;
        }
        else {
            props0 = props0 || {};
            Object.assign(props0, props1);
        }
    }
    if (data && typeof data == "object" && !Array.isArray(data)) {
        for (const key0 in data) {
            if (!(((((((key0 === "exit") || (key0 === "stdout")) || (key0 === "stderr")) || (key0 === "stdout_file")) || (key0 === "stderr_file")) || (key0 === "delay")) || (key0 === "capture"))) {
                const err14 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema29, data };
                if (vErrors === null) {
                    vErrors = [err14];
                }
                else {
                    vErrors.push(err14);
                }
                errors++;
            }
        }
        if (data.exit !== undefined) {
            let data6 = data.exit;
            if (!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))) {
                const err15 = { instancePath: instancePath + "/exit", schemaPath: "#/properties/exit/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema29.properties.exit.type, parentSchema: schema29.properties.exit, data: data6 };
                if (vErrors === null) {
                    vErrors = [err15];
                }
                else {
                    vErrors.push(err15);
                }
                errors++;
            }
            if ((typeof data6 == "number") && (isFinite(data6))) {
                if (data6 > 255 || isNaN(data6)) {
                    const err16 = { instancePath: instancePath + "/exit", schemaPath: "#/properties/exit/maximum", keyword: "maximum", params: { comparison: "<=", limit: 255 }, message: "must be <= 255", schema: 255, parentSchema: schema29.properties.exit, data: data6 };
                    if (vErrors === null) {
                        vErrors = [err16];
                    }
                    else {
                        vErrors.push(err16);
                    }
                    errors++;
                }
                if (data6 < 0 || isNaN(data6)) {
                    const err17 = { instancePath: instancePath + "/exit", schemaPath: "#/properties/exit/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema29.properties.exit, data: data6 };
                    if (vErrors === null) {
                        vErrors = [err17];
                    }
                    else {
                        vErrors.push(err17);
                    }
                    errors++;
                }
            }
        }
        if (data.stdout !== undefined) {
            let data7 = data.stdout;
            if (typeof data7 !== "string") {
                const err18 = { instancePath: instancePath + "/stdout", schemaPath: "#/properties/stdout/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema29.properties.stdout.type, parentSchema: schema29.properties.stdout, data: data7 };
                if (vErrors === null) {
                    vErrors = [err18];
                }
                else {
                    vErrors.push(err18);
                }
                errors++;
            }
        }
        if (data.stderr !== undefined) {
            let data8 = data.stderr;
            if (typeof data8 !== "string") {
                const err19 = { instancePath: instancePath + "/stderr", schemaPath: "#/properties/stderr/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema29.properties.stderr.type, parentSchema: schema29.properties.stderr, data: data8 };
                if (vErrors === null) {
                    vErrors = [err19];
                }
                else {
                    vErrors.push(err19);
                }
                errors++;
            }
        }
        if (data.stdout_file !== undefined) {
            let data9 = data.stdout_file;
            if (typeof data9 !== "string") {
                const err20 = { instancePath: instancePath + "/stdout_file", schemaPath: "#/properties/stdout_file/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema29.properties.stdout_file.type, parentSchema: schema29.properties.stdout_file, data: data9 };
                if (vErrors === null) {
                    vErrors = [err20];
                }
                else {
                    vErrors.push(err20);
                }
                errors++;
            }
        }
        if (data.stderr_file !== undefined) {
            let data10 = data.stderr_file;
            if (typeof data10 !== "string") {
                const err21 = { instancePath: instancePath + "/stderr_file", schemaPath: "#/properties/stderr_file/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema29.properties.stderr_file.type, parentSchema: schema29.properties.stderr_file, data: data10 };
                if (vErrors === null) {
                    vErrors = [err21];
                }
                else {
                    vErrors.push(err21);
                }
                errors++;
            }
        }
        if (data.delay !== undefined) {
            if (!(validate56(data.delay, { instancePath: instancePath + "/delay", parentData: data, parentDataProperty: "delay", rootData, dynamicAnchors }))) {
                vErrors = vErrors === null ? validate56.errors : vErrors.concat(validate56.errors);
                errors = vErrors.length;
            }
        }
        if (data.capture !== undefined) {
            let data12 = data.capture;
            if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
                for (const key1 in data12) {
                    const _errs31 = errors;
                    if (typeof key1 === "string") {
                        if (!pattern5.test(key1)) {
                            const err22 = { instancePath: instancePath + "/capture", schemaPath: "#/properties/capture/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[a-zA-Z_][a-zA-Z0-9_]*$" }, message: "must match pattern \"" + "^[a-zA-Z_][a-zA-Z0-9_]*$" + "\"", schema: "^[a-zA-Z_][a-zA-Z0-9_]*$", parentSchema: schema29.properties.capture.propertyNames, data: key1, propertyName: key1 };
                            if (vErrors === null) {
                                vErrors = [err22];
                            }
                            else {
                                vErrors.push(err22);
                            }
                            errors++;
                        }
                    }
                    var valid8 = _errs31 === errors;
                    if (!valid8) {
                        const err23 = { instancePath: instancePath + "/capture", schemaPath: "#/properties/capture/propertyNames", keyword: "propertyNames", params: { propertyName: key1 }, message: "property name must be valid", schema: schema29.properties.capture.propertyNames, parentSchema: schema29.properties.capture, data: data12 };
                        if (vErrors === null) {
                            vErrors = [err23];
                        }
                        else {
                            vErrors.push(err23);
                        }
                        errors++;
                    }
                }
                for (const key2 in data12) {
                    let data13 = data12[key2];
                    if (typeof data13 !== "string") {
                        const err24 = { instancePath: instancePath + "/capture/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/capture/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema29.properties.capture.additionalProperties.type, parentSchema: schema29.properties.capture.additionalProperties, data: data13 };
                        if (vErrors === null) {
                            vErrors = [err24];
                        }
                        else {
                            vErrors.push(err24);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err25 = { instancePath: instancePath + "/capture", schemaPath: "#/properties/capture/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema29.properties.capture.type, parentSchema: schema29.properties.capture, data: data12 };
                if (vErrors === null) {
                    vErrors = [err25];
                }
                else {
                    vErrors.push(err25);
                }
                errors++;
            }
        }
    }
    else {
        const err26 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema29.type, parentSchema: schema29, data };
        if (vErrors === null) {
            vErrors = [err26];
        }
        else {
            vErrors.push(err26);
        }
        errors++;
    }
    validate66.errors = vErrors;
    return errors === 0;
}
validate66.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
const schema30 = { "type": "object", "additionalProperties": false, "description": "How often the step may be called. Absent: exactly once. Present: min defaults to 0, and a max of 0 (or absent) becomes min when min > 0. Then min <= max and max >= 1 must hold.", "examples": [{ "min": 1, "max": 5 }], "properties": { "min": { "type": "integer", "minimum": 0, "description": "Fewest calls; 0 makes the step optional. Once reached, a non-matching call moves on to the next step (soft advance).", "examples": [1] }, "max": { "type": "integer", "minimum": 0, "description": "Most calls; once reached the scenario moves on. 0 or absent means min (when min > 0).", "examples": [3] } } };
function validate69(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
    let vErrors = null;
    let errors = 0;
    const evaluated0 = validate69.evaluated;
    if (evaluated0.dynamicProps) {
        evaluated0.props = undefined;
    }
    if (evaluated0.dynamicItems) {
        evaluated0.items = undefined;
    }
    if (data && typeof data == "object" && !Array.isArray(data)) {
        for (const key0 in data) {
            if (!((key0 === "min") || (key0 === "max"))) {
                const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema30, data };
                if (vErrors === null) {
                    vErrors = [err0];
                }
                else {
                    vErrors.push(err0);
                }
                errors++;
            }
        }
        if (data.min !== undefined) {
            let data0 = data.min;
            if (!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))) {
                const err1 = { instancePath: instancePath + "/min", schemaPath: "#/properties/min/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema30.properties.min.type, parentSchema: schema30.properties.min, data: data0 };
                if (vErrors === null) {
                    vErrors = [err1];
                }
                else {
                    vErrors.push(err1);
                }
                errors++;
            }
            if ((typeof data0 == "number") && (isFinite(data0))) {
                if (data0 < 0 || isNaN(data0)) {
                    const err2 = { instancePath: instancePath + "/min", schemaPath: "#/properties/min/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema30.properties.min, data: data0 };
                    if (vErrors === null) {
                        vErrors = [err2];
                    }
                    else {
                        vErrors.push(err2);
                    }
                    errors++;
                }
            }
        }
        if (data.max !== undefined) {
            let data1 = data.max;
            if (!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))) {
                const err3 = { instancePath: instancePath + "/max", schemaPath: "#/properties/max/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema30.properties.max.type, parentSchema: schema30.properties.max, data: data1 };
                if (vErrors === null) {
                    vErrors = [err3];
                }
                else {
                    vErrors.push(err3);
                }
                errors++;
            }
            if ((typeof data1 == "number") && (isFinite(data1))) {
                if (data1 < 0 || isNaN(data1)) {
                    const err4 = { instancePath: instancePath + "/max", schemaPath: "#/properties/max/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema30.properties.max, data: data1 };
                    if (vErrors === null) {
                        vErrors = [err4];
                    }
                    else {
                        vErrors.push(err4);
                    }
                    errors++;
                }
            }
        }
    }
    else {
        const err5 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema30.type, parentSchema: schema30, data };
        if (vErrors === null) {
            vErrors = [err5];
        }
        else {
            vErrors.push(err5);
        }
        errors++;
    }
    validate69.errors = vErrors;
    return errors === 0;
}
validate69.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate63(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
    let vErrors = null;
    let errors = 0;
    const evaluated0 = validate63.evaluated;
    if (evaluated0.dynamicProps) {
        evaluated0.props = undefined;
    }
    if (evaluated0.dynamicItems) {
        evaluated0.items = undefined;
    }
    if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.match === undefined) {
            const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "match" }, message: "must have required property '" + "match" + "'", schema: schema27.required, parentSchema: schema27, data };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
        for (const key0 in data) {
            if (!((((key0 === "match") || (key0 === "respond")) || (key0 === "calls")) || (key0 === "when"))) {
                const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema27, data };
                if (vErrors === null) {
                    vErrors = [err1];
                }
                else {
                    vErrors.push(err1);
                }
                errors++;
            }
        }
        if (data.match !== undefined) {
            if (!(validate64(data.match, { instancePath: instancePath + "/match", parentData: data, parentDataProperty: "match", rootData, dynamicAnchors }))) {
                vErrors = vErrors === null ? validate64.errors : vErrors.concat(validate64.errors);
                errors = vErrors.length;
            }
        }
        if (data.respond !== undefined) {
            if (!(validate66(data.respond, { instancePath: instancePath + "/respond", parentData: data, parentDataProperty: "respond", rootData, dynamicAnchors }))) {
                vErrors = vErrors === null ? validate66.errors : vErrors.concat(validate66.errors);
                errors = vErrors.length;
            }
        }
        if (data.calls !== undefined) {
            if (!(validate69(data.calls, { instancePath: instancePath + "/calls", parentData: data, parentDataProperty: "calls", rootData, dynamicAnchors }))) {
                vErrors = vErrors === null ? validate69.errors : vErrors.concat(validate69.errors);
                errors = vErrors.length;
            }
        }
        if (data.when !== undefined) {
            let data3 = data.when;
            if (typeof data3 !== "string") {
                const err2 = { instancePath: instancePath + "/when", schemaPath: "#/properties/when/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema27.properties.when.type, parentSchema: schema27.properties.when, data: data3 };
                if (vErrors === null) {
                    vErrors = [err2];
                }
                else {
                    vErrors.push(err2);
                }
                errors++;
            }
        }
    }
    else {
        const err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema27.type, parentSchema: schema27, data };
        if (vErrors === null) {
            vErrors = [err3];
        }
        else {
            vErrors.push(err3);
        }
        errors++;
    }
    validate63.errors = vErrors;
    return errors === 0;
}
validate63.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate62(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
    let vErrors = null;
    let errors = 0;
    const evaluated0 = validate62.evaluated;
    if (evaluated0.dynamicProps) {
        evaluated0.props = undefined;
    }
    if (evaluated0.dynamicItems) {
        evaluated0.items = undefined;
    }
    const _errs0 = errors;
    let valid0 = true;
    const _errs1 = errors;
    if (errors === _errs1) {
        if (data && typeof data == "object" && !Array.isArray(data)) {
            let missing0;
            if ((data.group === undefined) && (missing0 = "group")) {
                const err0 = {};
                if (vErrors === null) {
                    vErrors = [err0];
                }
                else {
                    vErrors.push(err0);
                }
                errors++;
            }
        }
        else {
            const err1 = {};
            if (vErrors === null) {
                vErrors = [err1];
            }
            else {
                vErrors.push(err1);
            }
            errors++;
        }
    }
    var _valid0 = _errs1 === errors;
    errors = _errs0;
    if (vErrors !== null) {
        if (_errs0) {
            vErrors.length = _errs0;
        }
        else {
            vErrors = null;
        }
    }
    let ifClause0;
    if (_valid0) {
        var _valid0 = false;
        const err2 = { instancePath, schemaPath: "#/then/false schema", keyword: "false schema", params: {}, message: "boolean schema is false", schema: false, parentSchema: schema26.then, data };
        if (vErrors === null) {
            vErrors = [err2];
        }
        else {
            vErrors.push(err2);
        }
        errors++;
        valid0 = _valid0;
        ifClause0 = "then";
    }
    else {
        const _errs3 = errors;
        if (!(validate63(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors }))) {
            vErrors = vErrors === null ? validate63.errors : vErrors.concat(validate63.errors);
            errors = vErrors.length;
        }
        var _valid0 = _errs3 === errors;
        valid0 = _valid0;
        if (valid0) {
            var props0 = true;
        }
        ifClause0 = "else";
    }
    if (!valid0) {
        const err3 = { instancePath, schemaPath: "#/if", keyword: "if", params: { failingKeyword: ifClause0 }, message: "must match \"" + ifClause0 + "\" schema", schema: schema26.if, parentSchema: schema26, data };
        if (vErrors === null) {
            vErrors = [err3];
        }
        else {
            vErrors.push(err3);
        }
        errors++;
    }
    validate62.errors = vErrors;
    evaluated0.props = props0;
    return errors === 0;
}
validate62.evaluated = { "dynamicProps": true, "dynamicItems": false };
function validate61(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
    let vErrors = null;
    let errors = 0;
    const evaluated0 = validate61.evaluated;
    if (evaluated0.dynamicProps) {
        evaluated0.props = undefined;
    }
    if (evaluated0.dynamicItems) {
        evaluated0.items = undefined;
    }
    if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.mode === undefined) {
            const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "mode" }, message: "must have required property '" + "mode" + "'", schema: schema25.required, parentSchema: schema25, data };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
        if (data.steps === undefined) {
            const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "steps" }, message: "must have required property '" + "steps" + "'", schema: schema25.required, parentSchema: schema25, data };
            if (vErrors === null) {
                vErrors = [err1];
            }
            else {
                vErrors.push(err1);
            }
            errors++;
        }
        for (const key0 in data) {
            if (!(((key0 === "mode") || (key0 === "name")) || (key0 === "steps"))) {
                const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema25, data };
                if (vErrors === null) {
                    vErrors = [err2];
                }
                else {
                    vErrors.push(err2);
                }
                errors++;
            }
        }
        if (data.mode !== undefined) {
            let data0 = data.mode;
            if (!(data0 === "unordered")) {
                const err3 = { instancePath: instancePath + "/mode", schemaPath: "#/properties/mode/enum", keyword: "enum", params: { allowedValues: schema25.properties.mode.enum }, message: "must be equal to one of the allowed values", schema: schema25.properties.mode.enum, parentSchema: schema25.properties.mode, data: data0 };
                if (vErrors === null) {
                    vErrors = [err3];
                }
                else {
                    vErrors.push(err3);
                }
                errors++;
            }
        }
        if (data.name !== undefined) {
            let data1 = data.name;
            if (typeof data1 !== "string") {
                const err4 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema25.properties.name.type, parentSchema: schema25.properties.name, data: data1 };
                if (vErrors === null) {
                    vErrors = [err4];
                }
                else {
                    vErrors.push(err4);
                }
                errors++;
            }
        }
        if (data.steps !== undefined) {
            let data2 = data.steps;
            if (Array.isArray(data2)) {
                if (data2.length < 1) {
                    const err5 = { instancePath: instancePath + "/steps", schemaPath: "#/properties/steps/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema25.properties.steps, data: data2 };
                    if (vErrors === null) {
                        vErrors = [err5];
                    }
                    else {
                        vErrors.push(err5);
                    }
                    errors++;
                }
                const len0 = data2.length;
                for (let i0 = 0; i0 < len0; i0++) {
                    if (!(validate62(data2[i0], { instancePath: instancePath + "/steps/" + i0, parentData: data2, parentDataProperty: i0, rootData, dynamicAnchors }))) {
                        vErrors = vErrors === null ? validate62.errors : vErrors.concat(validate62.errors);
                        errors = vErrors.length;
                    }
                }
            }
            else {
                const err6 = { instancePath: instancePath + "/steps", schemaPath: "#/properties/steps/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema25.properties.steps.type, parentSchema: schema25.properties.steps, data: data2 };
                if (vErrors === null) {
                    vErrors = [err6];
                }
                else {
                    vErrors.push(err6);
                }
                errors++;
            }
        }
    }
    else {
        const err7 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema25.type, parentSchema: schema25, data };
        if (vErrors === null) {
            vErrors = [err7];
        }
        else {
            vErrors.push(err7);
        }
        errors++;
    }
    validate61.errors = vErrors;
    return errors === 0;
}
validate61.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate60(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
    let vErrors = null;
    let errors = 0;
    const evaluated0 = validate60.evaluated;
    if (evaluated0.dynamicProps) {
        evaluated0.props = undefined;
    }
    if (evaluated0.dynamicItems) {
        evaluated0.items = undefined;
    }
    if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.group === undefined) {
            const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "group" }, message: "must have required property '" + "group" + "'", schema: schema24.required, parentSchema: schema24, data };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
        for (const key0 in data) {
            if (!(key0 === "group")) {
                const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema24, data };
                if (vErrors === null) {
                    vErrors = [err1];
                }
                else {
                    vErrors.push(err1);
                }
                errors++;
            }
        }
        if (data.group !== undefined) {
            if (!(validate61(data.group, { instancePath: instancePath + "/group", parentData: data, parentDataProperty: "group", rootData, dynamicAnchors }))) {
                vErrors = vErrors === null ? validate61.errors : vErrors.concat(validate61.errors);
                errors = vErrors.length;
            }
        }
    }
    else {
        const err2 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema24.type, parentSchema: schema24, data };
        if (vErrors === null) {
            vErrors = [err2];
        }
        else {
            vErrors.push(err2);
        }
        errors++;
    }
    validate60.errors = vErrors;
    return errors === 0;
}
validate60.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate59(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
    let vErrors = null;
    let errors = 0;
    const evaluated0 = validate59.evaluated;
    if (evaluated0.dynamicProps) {
        evaluated0.props = undefined;
    }
    if (evaluated0.dynamicItems) {
        evaluated0.items = undefined;
    }
    const _errs0 = errors;
    let valid0 = true;
    const _errs1 = errors;
    if (errors === _errs1) {
        if (data && typeof data == "object" && !Array.isArray(data)) {
            let missing0;
            if ((data.group === undefined) && (missing0 = "group")) {
                const err0 = {};
                if (vErrors === null) {
                    vErrors = [err0];
                }
                else {
                    vErrors.push(err0);
                }
                errors++;
            }
        }
        else {
            const err1 = {};
            if (vErrors === null) {
                vErrors = [err1];
            }
            else {
                vErrors.push(err1);
            }
            errors++;
        }
    }
    var _valid0 = _errs1 === errors;
    errors = _errs0;
    if (vErrors !== null) {
        if (_errs0) {
            vErrors.length = _errs0;
        }
        else {
            vErrors = null;
        }
    }
    let ifClause0;
    if (_valid0) {
        const _errs3 = errors;
        if (!(validate60(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors }))) {
            vErrors = vErrors === null ? validate60.errors : vErrors.concat(validate60.errors);
            errors = vErrors.length;
        }
        var _valid0 = _errs3 === errors;
        valid0 = _valid0;
        if (valid0) {
            var props0 = true;
        }
        ifClause0 = "then";
    }
    else {
        const _errs4 = errors;
        if (!(validate63(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors }))) {
            vErrors = vErrors === null ? validate63.errors : vErrors.concat(validate63.errors);
            errors = vErrors.length;
        }
        var _valid0 = _errs4 === errors;
        valid0 = _valid0;
        if (valid0) {
            if (props0 !== true) {
                props0 = true;
            }
        }
        ifClause0 = "else";
    }
    if (!valid0) {
        const err2 = { instancePath, schemaPath: "#/if", keyword: "if", params: { failingKeyword: ifClause0 }, message: "must match \"" + ifClause0 + "\" schema", schema: schema23.if, parentSchema: schema23, data };
        if (vErrors === null) {
            vErrors = [err2];
        }
        else {
            vErrors.push(err2);
        }
        errors++;
    }
    validate59.errors = vErrors;
    evaluated0.props = props0;
    return errors === 0;
}
validate59.evaluated = { "dynamicProps": true, "dynamicItems": false };
function validate52(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
    /*# sourceURL="https://raw.githubusercontent.com/governed-runbook/governed-runbook/main/schema/cli-replay-scenario.schema.json" */ ;
    let vErrors = null;
    let errors = 0;
    const evaluated0 = validate52.evaluated;
    if (evaluated0.dynamicProps) {
        evaluated0.props = undefined;
    }
    if (evaluated0.dynamicItems) {
        evaluated0.items = undefined;
    }
    if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.meta === undefined) {
            const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "meta" }, message: "must have required property '" + "meta" + "'", schema: schema19.required, parentSchema: schema19, data };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
        if (data.steps === undefined) {
            const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "steps" }, message: "must have required property '" + "steps" + "'", schema: schema19.required, parentSchema: schema19, data };
            if (vErrors === null) {
                vErrors = [err1];
            }
            else {
                vErrors.push(err1);
            }
            errors++;
        }
        for (const key0 in data) {
            if (!((key0 === "meta") || (key0 === "steps"))) {
                const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema19, data };
                if (vErrors === null) {
                    vErrors = [err2];
                }
                else {
                    vErrors.push(err2);
                }
                errors++;
            }
        }
        if (data.meta !== undefined) {
            if (!(validate53(data.meta, { instancePath: instancePath + "/meta", parentData: data, parentDataProperty: "meta", rootData, dynamicAnchors }))) {
                vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
                errors = vErrors.length;
            }
        }
        if (data.steps !== undefined) {
            let data1 = data.steps;
            if (Array.isArray(data1)) {
                if (data1.length < 1) {
                    const err3 = { instancePath: instancePath + "/steps", schemaPath: "#/properties/steps/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema19.properties.steps, data: data1 };
                    if (vErrors === null) {
                        vErrors = [err3];
                    }
                    else {
                        vErrors.push(err3);
                    }
                    errors++;
                }
                const len0 = data1.length;
                for (let i0 = 0; i0 < len0; i0++) {
                    if (!(validate59(data1[i0], { instancePath: instancePath + "/steps/" + i0, parentData: data1, parentDataProperty: i0, rootData, dynamicAnchors }))) {
                        vErrors = vErrors === null ? validate59.errors : vErrors.concat(validate59.errors);
                        errors = vErrors.length;
                    }
                }
            }
            else {
                const err4 = { instancePath: instancePath + "/steps", schemaPath: "#/properties/steps/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema19.properties.steps.type, parentSchema: schema19.properties.steps, data: data1 };
                if (vErrors === null) {
                    vErrors = [err4];
                }
                else {
                    vErrors.push(err4);
                }
                errors++;
            }
        }
    }
    else {
        const err5 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema19.type, parentSchema: schema19, data };
        if (vErrors === null) {
            vErrors = [err5];
        }
        else {
            vErrors.push(err5);
        }
        errors++;
    }
    validate52.errors = vErrors;
    return errors === 0;
}
validate52.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };

;// CONCATENATED MODULE: ./src/providers/replay/gert-validator.generated.ts
/* Generated from schema/gert-scenario.schema.json by scripts/gen-validators.mjs. Do not edit: run `npm run gen`. */
// @ts-nocheck
const gert_validator_generated_validate = gert_validator_generated_validate52;
/* harmony default export */ const gert_validator_generated = ((/* unused pure expression or super */ null && (gert_validator_generated_validate52)));
const gert_validator_generated_schema19 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://raw.githubusercontent.com/governed-runbook/governed-runbook/main/schema/gert-scenario.schema.json", "title": "gert replay scenario (as read by runbook exec --mode replay)", "description": "The replay scenario of the Go peer gert: recorded command results plus evidence for manual steps. Replay reads it as a cli-replay scenario whose steps are the commands, in order, each called exactly once. Unknown keys are rejected.", "type": "object", "additionalProperties": false, "minProperties": 1, "examples": [{ "commands": [{ "argv": ["uname", "-r"], "stdout": "6.1.0\n", "exit_code": 0 }], "evidence": { "review": { "ticket": { "kind": "text", "value": "INC-1" } } } }], "properties": { "commands": { "type": "array", "description": "The recorded commands, expected in this order, each exactly once.", "examples": [[{ "argv": ["df", "-h"], "stdout": "Filesystem Size\n" }]], "items": { "type": "object", "additionalProperties": false, "required": ["argv"], "description": "One recorded command and its result.", "examples": [{ "argv": ["uname", "-r"], "stdout": "6.1.0\n", "exit_code": 0 }], "properties": { "argv": { "type": "array", "minItems": 1, "description": "The command line, compared literally element by element.", "examples": [["kubectl", "get", "pods"]], "items": { "type": "string", "description": "One argument.", "examples": ["get"] } }, "stdout": { "type": "string", "description": "Standard output returned.", "examples": ["web-0 Running\n"] }, "stderr": { "type": "string", "description": "Standard error returned.", "examples": [""] }, "exit_code": { "type": "integer", "minimum": 0, "maximum": 255, "description": "Exit code returned (default 0).", "examples": [0] } } } }, "evidence": { "type": "object", "description": "Evidence for manual steps: step id -> evidence name -> value. Used by steps with replay_mode: reuse_evidence.", "examples": [{ "review": { "checks": { "kind": "checklist", "items": { "logs read": true } } } }], "additionalProperties": { "type": "object", "description": "The evidence of one manual step, by name.", "examples": [{ "ticket": { "kind": "text", "value": "INC-1" } }], "additionalProperties": { "$ref": "#/$defs/evidence_value" } } } }, "$defs": { "evidence_value": { "type": "object", "additionalProperties": false, "required": ["kind"], "description": "One piece of evidence as gert records it.", "examples": [{ "kind": "attachment", "path": "shots/dashboard.png" }], "properties": { "kind": { "enum": ["text", "checklist", "attachment", "choice"], "description": "The kind of evidence.", "examples": ["text"] }, "value": { "type": "string", "description": "text: the value.", "examples": ["INC-1234"] }, "items": { "type": "object", "description": "checklist: each item and whether it was ticked.", "examples": [{ "error rate below 1%": true }], "additionalProperties": { "type": "boolean", "description": "Whether the item was ticked.", "examples": [true] } }, "path": { "type": "string", "description": "attachment: the file, relative to the scenario file's directory.", "examples": ["shots/dashboard.png"] }, "sha256": { "type": "string", "description": "attachment: digest gert recorded (informative).", "examples": ["9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"] }, "size": { "type": "integer", "description": "attachment: size gert recorded (informative).", "examples": [1024] } } } } };
const gert_validator_generated_schema20 = { "type": "object", "additionalProperties": false, "required": ["kind"], "description": "One piece of evidence as gert records it.", "examples": [{ "kind": "attachment", "path": "shots/dashboard.png" }], "properties": { "kind": { "enum": ["text", "checklist", "attachment", "choice"], "description": "The kind of evidence.", "examples": ["text"] }, "value": { "type": "string", "description": "text: the value.", "examples": ["INC-1234"] }, "items": { "type": "object", "description": "checklist: each item and whether it was ticked.", "examples": [{ "error rate below 1%": true }], "additionalProperties": { "type": "boolean", "description": "Whether the item was ticked.", "examples": [true] } }, "path": { "type": "string", "description": "attachment: the file, relative to the scenario file's directory.", "examples": ["shots/dashboard.png"] }, "sha256": { "type": "string", "description": "attachment: digest gert recorded (informative).", "examples": ["9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"] }, "size": { "type": "integer", "description": "attachment: size gert recorded (informative).", "examples": [1024] } } };
function gert_validator_generated_validate53(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
    let vErrors = null;
    let errors = 0;
    const evaluated0 = gert_validator_generated_validate53.evaluated;
    if (evaluated0.dynamicProps) {
        evaluated0.props = undefined;
    }
    if (evaluated0.dynamicItems) {
        evaluated0.items = undefined;
    }
    if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.kind === undefined) {
            const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property '" + "kind" + "'", schema: gert_validator_generated_schema20.required, parentSchema: gert_validator_generated_schema20, data };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
        for (const key0 in data) {
            if (!((((((key0 === "kind") || (key0 === "value")) || (key0 === "items")) || (key0 === "path")) || (key0 === "sha256")) || (key0 === "size"))) {
                const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: gert_validator_generated_schema20, data };
                if (vErrors === null) {
                    vErrors = [err1];
                }
                else {
                    vErrors.push(err1);
                }
                errors++;
            }
        }
        if (data.kind !== undefined) {
            let data0 = data.kind;
            if (!((((data0 === "text") || (data0 === "checklist")) || (data0 === "attachment")) || (data0 === "choice"))) {
                const err2 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/enum", keyword: "enum", params: { allowedValues: gert_validator_generated_schema20.properties.kind.enum }, message: "must be equal to one of the allowed values", schema: gert_validator_generated_schema20.properties.kind.enum, parentSchema: gert_validator_generated_schema20.properties.kind, data: data0 };
                if (vErrors === null) {
                    vErrors = [err2];
                }
                else {
                    vErrors.push(err2);
                }
                errors++;
            }
        }
        if (data.value !== undefined) {
            let data1 = data.value;
            if (typeof data1 !== "string") {
                const err3 = { instancePath: instancePath + "/value", schemaPath: "#/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: gert_validator_generated_schema20.properties.value.type, parentSchema: gert_validator_generated_schema20.properties.value, data: data1 };
                if (vErrors === null) {
                    vErrors = [err3];
                }
                else {
                    vErrors.push(err3);
                }
                errors++;
            }
        }
        if (data.items !== undefined) {
            let data2 = data.items;
            if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
                for (const key1 in data2) {
                    let data3 = data2[key1];
                    if (typeof data3 !== "boolean") {
                        const err4 = { instancePath: instancePath + "/items/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/items/additionalProperties/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: gert_validator_generated_schema20.properties.items.additionalProperties.type, parentSchema: gert_validator_generated_schema20.properties.items.additionalProperties, data: data3 };
                        if (vErrors === null) {
                            vErrors = [err4];
                        }
                        else {
                            vErrors.push(err4);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err5 = { instancePath: instancePath + "/items", schemaPath: "#/properties/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: gert_validator_generated_schema20.properties.items.type, parentSchema: gert_validator_generated_schema20.properties.items, data: data2 };
                if (vErrors === null) {
                    vErrors = [err5];
                }
                else {
                    vErrors.push(err5);
                }
                errors++;
            }
        }
        if (data.path !== undefined) {
            let data4 = data.path;
            if (typeof data4 !== "string") {
                const err6 = { instancePath: instancePath + "/path", schemaPath: "#/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: gert_validator_generated_schema20.properties.path.type, parentSchema: gert_validator_generated_schema20.properties.path, data: data4 };
                if (vErrors === null) {
                    vErrors = [err6];
                }
                else {
                    vErrors.push(err6);
                }
                errors++;
            }
        }
        if (data.sha256 !== undefined) {
            let data5 = data.sha256;
            if (typeof data5 !== "string") {
                const err7 = { instancePath: instancePath + "/sha256", schemaPath: "#/properties/sha256/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: gert_validator_generated_schema20.properties.sha256.type, parentSchema: gert_validator_generated_schema20.properties.sha256, data: data5 };
                if (vErrors === null) {
                    vErrors = [err7];
                }
                else {
                    vErrors.push(err7);
                }
                errors++;
            }
        }
        if (data.size !== undefined) {
            let data6 = data.size;
            if (!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))) {
                const err8 = { instancePath: instancePath + "/size", schemaPath: "#/properties/size/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: gert_validator_generated_schema20.properties.size.type, parentSchema: gert_validator_generated_schema20.properties.size, data: data6 };
                if (vErrors === null) {
                    vErrors = [err8];
                }
                else {
                    vErrors.push(err8);
                }
                errors++;
            }
        }
    }
    else {
        const err9 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: gert_validator_generated_schema20.type, parentSchema: gert_validator_generated_schema20, data };
        if (vErrors === null) {
            vErrors = [err9];
        }
        else {
            vErrors.push(err9);
        }
        errors++;
    }
    gert_validator_generated_validate53.errors = vErrors;
    return errors === 0;
}
gert_validator_generated_validate53.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function gert_validator_generated_validate52(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
    /*# sourceURL="https://raw.githubusercontent.com/governed-runbook/governed-runbook/main/schema/gert-scenario.schema.json" */ ;
    let vErrors = null;
    let errors = 0;
    const evaluated0 = gert_validator_generated_validate52.evaluated;
    if (evaluated0.dynamicProps) {
        evaluated0.props = undefined;
    }
    if (evaluated0.dynamicItems) {
        evaluated0.items = undefined;
    }
    if (data && typeof data == "object" && !Array.isArray(data)) {
        if (Object.keys(data).length < 1) {
            const err0 = { instancePath, schemaPath: "#/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: gert_validator_generated_schema19, data };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
        for (const key0 in data) {
            if (!((key0 === "commands") || (key0 === "evidence"))) {
                const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: gert_validator_generated_schema19, data };
                if (vErrors === null) {
                    vErrors = [err1];
                }
                else {
                    vErrors.push(err1);
                }
                errors++;
            }
        }
        if (data.commands !== undefined) {
            let data0 = data.commands;
            if (Array.isArray(data0)) {
                const len0 = data0.length;
                for (let i0 = 0; i0 < len0; i0++) {
                    let data1 = data0[i0];
                    if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
                        if (data1.argv === undefined) {
                            const err2 = { instancePath: instancePath + "/commands/" + i0, schemaPath: "#/properties/commands/items/required", keyword: "required", params: { missingProperty: "argv" }, message: "must have required property '" + "argv" + "'", schema: gert_validator_generated_schema19.properties.commands.items.required, parentSchema: gert_validator_generated_schema19.properties.commands.items, data: data1 };
                            if (vErrors === null) {
                                vErrors = [err2];
                            }
                            else {
                                vErrors.push(err2);
                            }
                            errors++;
                        }
                        for (const key1 in data1) {
                            if (!((((key1 === "argv") || (key1 === "stdout")) || (key1 === "stderr")) || (key1 === "exit_code"))) {
                                const err3 = { instancePath: instancePath + "/commands/" + i0, schemaPath: "#/properties/commands/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: gert_validator_generated_schema19.properties.commands.items, data: data1 };
                                if (vErrors === null) {
                                    vErrors = [err3];
                                }
                                else {
                                    vErrors.push(err3);
                                }
                                errors++;
                            }
                        }
                        if (data1.argv !== undefined) {
                            let data2 = data1.argv;
                            if (Array.isArray(data2)) {
                                if (data2.length < 1) {
                                    const err4 = { instancePath: instancePath + "/commands/" + i0 + "/argv", schemaPath: "#/properties/commands/items/properties/argv/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: gert_validator_generated_schema19.properties.commands.items.properties.argv, data: data2 };
                                    if (vErrors === null) {
                                        vErrors = [err4];
                                    }
                                    else {
                                        vErrors.push(err4);
                                    }
                                    errors++;
                                }
                                const len1 = data2.length;
                                for (let i1 = 0; i1 < len1; i1++) {
                                    let data3 = data2[i1];
                                    if (typeof data3 !== "string") {
                                        const err5 = { instancePath: instancePath + "/commands/" + i0 + "/argv/" + i1, schemaPath: "#/properties/commands/items/properties/argv/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: gert_validator_generated_schema19.properties.commands.items.properties.argv.items.type, parentSchema: gert_validator_generated_schema19.properties.commands.items.properties.argv.items, data: data3 };
                                        if (vErrors === null) {
                                            vErrors = [err5];
                                        }
                                        else {
                                            vErrors.push(err5);
                                        }
                                        errors++;
                                    }
                                }
                            }
                            else {
                                const err6 = { instancePath: instancePath + "/commands/" + i0 + "/argv", schemaPath: "#/properties/commands/items/properties/argv/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: gert_validator_generated_schema19.properties.commands.items.properties.argv.type, parentSchema: gert_validator_generated_schema19.properties.commands.items.properties.argv, data: data2 };
                                if (vErrors === null) {
                                    vErrors = [err6];
                                }
                                else {
                                    vErrors.push(err6);
                                }
                                errors++;
                            }
                        }
                        if (data1.stdout !== undefined) {
                            let data4 = data1.stdout;
                            if (typeof data4 !== "string") {
                                const err7 = { instancePath: instancePath + "/commands/" + i0 + "/stdout", schemaPath: "#/properties/commands/items/properties/stdout/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: gert_validator_generated_schema19.properties.commands.items.properties.stdout.type, parentSchema: gert_validator_generated_schema19.properties.commands.items.properties.stdout, data: data4 };
                                if (vErrors === null) {
                                    vErrors = [err7];
                                }
                                else {
                                    vErrors.push(err7);
                                }
                                errors++;
                            }
                        }
                        if (data1.stderr !== undefined) {
                            let data5 = data1.stderr;
                            if (typeof data5 !== "string") {
                                const err8 = { instancePath: instancePath + "/commands/" + i0 + "/stderr", schemaPath: "#/properties/commands/items/properties/stderr/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: gert_validator_generated_schema19.properties.commands.items.properties.stderr.type, parentSchema: gert_validator_generated_schema19.properties.commands.items.properties.stderr, data: data5 };
                                if (vErrors === null) {
                                    vErrors = [err8];
                                }
                                else {
                                    vErrors.push(err8);
                                }
                                errors++;
                            }
                        }
                        if (data1.exit_code !== undefined) {
                            let data6 = data1.exit_code;
                            if (!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))) {
                                const err9 = { instancePath: instancePath + "/commands/" + i0 + "/exit_code", schemaPath: "#/properties/commands/items/properties/exit_code/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: gert_validator_generated_schema19.properties.commands.items.properties.exit_code.type, parentSchema: gert_validator_generated_schema19.properties.commands.items.properties.exit_code, data: data6 };
                                if (vErrors === null) {
                                    vErrors = [err9];
                                }
                                else {
                                    vErrors.push(err9);
                                }
                                errors++;
                            }
                            if ((typeof data6 == "number") && (isFinite(data6))) {
                                if (data6 > 255 || isNaN(data6)) {
                                    const err10 = { instancePath: instancePath + "/commands/" + i0 + "/exit_code", schemaPath: "#/properties/commands/items/properties/exit_code/maximum", keyword: "maximum", params: { comparison: "<=", limit: 255 }, message: "must be <= 255", schema: 255, parentSchema: gert_validator_generated_schema19.properties.commands.items.properties.exit_code, data: data6 };
                                    if (vErrors === null) {
                                        vErrors = [err10];
                                    }
                                    else {
                                        vErrors.push(err10);
                                    }
                                    errors++;
                                }
                                if (data6 < 0 || isNaN(data6)) {
                                    const err11 = { instancePath: instancePath + "/commands/" + i0 + "/exit_code", schemaPath: "#/properties/commands/items/properties/exit_code/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: gert_validator_generated_schema19.properties.commands.items.properties.exit_code, data: data6 };
                                    if (vErrors === null) {
                                        vErrors = [err11];
                                    }
                                    else {
                                        vErrors.push(err11);
                                    }
                                    errors++;
                                }
                            }
                        }
                    }
                    else {
                        const err12 = { instancePath: instancePath + "/commands/" + i0, schemaPath: "#/properties/commands/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: gert_validator_generated_schema19.properties.commands.items.type, parentSchema: gert_validator_generated_schema19.properties.commands.items, data: data1 };
                        if (vErrors === null) {
                            vErrors = [err12];
                        }
                        else {
                            vErrors.push(err12);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err13 = { instancePath: instancePath + "/commands", schemaPath: "#/properties/commands/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: gert_validator_generated_schema19.properties.commands.type, parentSchema: gert_validator_generated_schema19.properties.commands, data: data0 };
                if (vErrors === null) {
                    vErrors = [err13];
                }
                else {
                    vErrors.push(err13);
                }
                errors++;
            }
        }
        if (data.evidence !== undefined) {
            let data7 = data.evidence;
            if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
                for (const key2 in data7) {
                    let data8 = data7[key2];
                    if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
                        for (const key3 in data8) {
                            if (!(gert_validator_generated_validate53(data8[key3], { instancePath: instancePath + "/evidence/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data8, parentDataProperty: key3, rootData, dynamicAnchors }))) {
                                vErrors = vErrors === null ? gert_validator_generated_validate53.errors : vErrors.concat(gert_validator_generated_validate53.errors);
                                errors = vErrors.length;
                            }
                        }
                    }
                    else {
                        const err14 = { instancePath: instancePath + "/evidence/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/evidence/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: gert_validator_generated_schema19.properties.evidence.additionalProperties.type, parentSchema: gert_validator_generated_schema19.properties.evidence.additionalProperties, data: data8 };
                        if (vErrors === null) {
                            vErrors = [err14];
                        }
                        else {
                            vErrors.push(err14);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err15 = { instancePath: instancePath + "/evidence", schemaPath: "#/properties/evidence/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: gert_validator_generated_schema19.properties.evidence.type, parentSchema: gert_validator_generated_schema19.properties.evidence, data: data7 };
                if (vErrors === null) {
                    vErrors = [err15];
                }
                else {
                    vErrors.push(err15);
                }
                errors++;
            }
        }
    }
    else {
        const err16 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: gert_validator_generated_schema19.type, parentSchema: gert_validator_generated_schema19, data };
        if (vErrors === null) {
            vErrors = [err16];
        }
        else {
            vErrors.push(err16);
        }
        errors++;
    }
    gert_validator_generated_validate52.errors = vErrors;
    return errors === 0;
}
gert_validator_generated_validate52.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };

;// CONCATENATED MODULE: ./src/providers/replay/scenario-schema.ts
// JSON Schema checks of the two scenario formats, with messages that name cli-replay's own rules
// where the schema states one of them (exclusive outputs, nested groups, capture names, ...).






const CLI_REPLAY_SCENARIO_SCHEMA = (/* unused pure expression or super */ null && (cliReplaySchema));
const GERT_SCENARIO_SCHEMA = (/* unused pure expression or super */ null && (gertSchema));
const explain = (err, path, source) => {
    const last = path[path.length - 1];
    const at = (rule, message, key = false) => source.diag(rule, 'error', message, path, { key });
    if (err.keyword === 'false schema' && (last === 'stdout_file' || last === 'stderr_file'))
        return at('scenario-output-exclusive', `${last.replace('_file', '')} and ${last} are mutually exclusive`, true);
    if (err.keyword === 'false schema' && typeof last === 'number')
        return at('scenario-group-nested', "nested groups are not allowed: a group's steps are leaf steps");
    if (err.keyword === 'pattern' && err.propertyName !== undefined && last === 'capture')
        return source.diag('scenario-capture-id', 'error', `capture identifier "${err.propertyName}" must match [a-zA-Z_][a-zA-Z0-9_]*`, [...path, err.propertyName], { key: true });
    if (err.keyword === 'pattern' && (last === 'delay' || last === 'ttl')) {
        const parsed = parseGoDuration(String(err.data));
        return at('scenario-duration-invalid', parsed.ok ? 'invalid duration' : parsed.error);
    }
    if ((err.keyword === 'minLength' || err.keyword === 'pattern') && path.join('.') === 'meta.name')
        return at('scenario-name-empty', 'meta.name must be non-empty (a non-blank scenario name)');
    if (err.keyword === 'additionalProperties' && last === 'respond') {
        const field = String(err.params.additionalProperty);
        if (field === 'calls' || field === 'when')
            return source.diag('schema-unknown-field', 'error', `unknown field '${field}' in respond: '${field}' belongs to the step, beside match and respond (cli-replay refuses it here too)`, [...path, field], { key: true });
    }
    return undefined;
};
/** Checks a decoded cli-replay scenario document against schema/cli-replay-scenario.schema.json. */
const checkCliReplaySchema = (0,runbook/* createSchemaChecker */.F6)(validate, explain);
/** Checks a decoded gert scenario document against schema/gert-scenario.schema.json. */
const checkGertSchema = (0,runbook/* createSchemaChecker */.F6)(gert_validator_generated_validate);

;// CONCATENATED MODULE: ./src/providers/replay/scenario-parse.ts







const LEAF = {
    fields: {
        match: { fields: { argv: { list: 'string' }, stdin: 'string' } },
        respond: {
            fields: {
                exit: 'int',
                stdout: 'string',
                stderr: 'string',
                stdout_file: 'string',
                stderr_file: 'string',
                delay: 'string',
                capture: { dict: 'string' }
            }
        },
        calls: { fields: { min: 'int', max: 'int' } },
        when: 'string'
    }
};
const GROUP = {
    fields: {
        group: {
            fields: {
                mode: 'string',
                name: 'string',
                steps: { list: { choose: (v) => ('group' in v ? 'any' : LEAF) } }
            }
        }
    }
};
const CLI_REPLAY_SHAPE = {
    fields: {
        meta: {
            fields: {
                name: 'string',
                description: 'string',
                vars: { dict: 'string' },
                security: {
                    fields: { allowed_commands: { list: 'string' }, deny_env_vars: { list: 'string' } }
                },
                session: { fields: { ttl: 'string' } }
            }
        },
        steps: { list: { choose: (v) => ('group' in v ? GROUP : LEAF) } }
    }
};
/** Parses scenario text (cli-replay's format, or gert's); `file` names it in diagnostics. */
function parseScenarioText(text, file, io) {
    const clean = text.replace(/^\uFEFF/, '');
    const parsed = (0,runbook/* parseYamlSource */.WF)(clean, file);
    if (!parsed.ok)
        return { diagnostics: (0,runbook/* sortDiagnostics */.Ds)(parsed.diagnostics) };
    const top = obj(parsed.source.value);
    if (top === undefined) {
        const message = 'expected a mapping: a cli-replay scenario (meta, steps) or a gert one (commands)';
        return { diagnostics: [parsed.source.diag('schema-type', 'error', message, [])] };
    }
    return isGertDocument(top)
        ? parseGert(clean, parsed.source, io)
        : parseCliReplay(clean, parsed.source, io);
}
function parseCliReplay(text, parsed, io) {
    const doc = obj((0,go_yaml/* decodeLikeGo */.G)(text, CLI_REPLAY_SHAPE, parsed.document)) ?? {};
    const source = { ...parsed, value: doc };
    const { leaves, groups } = walkScenario(doc);
    const files = new Map();
    for (const { step } of leaves)
        for (const stream of ['stdout', 'stderr']) {
            const ref = str(obj(step.respond)?.[`${stream}_file`]);
            if (ref !== undefined && ref !== '' && !files.has(ref))
                files.set(ref, io.readFile(ref));
        }
    const ctx = { doc, source, leaves, groups, files };
    const diagnostics = (0,runbook/* sortDiagnostics */.Ds)([
        ...checkCliReplaySchema(source),
        ...SCENARIO_RULES.flatMap((rule) => rule(ctx))
    ]);
    return hasError(diagnostics)
        ? { diagnostics }
        : { scenario: buildCliReplayScenario(doc, source, files), diagnostics };
}
function parseGert(text, parsed, io) {
    const doc = obj((0,go_yaml/* decodeLikeGo */.G)(text, GERT_SHAPE, parsed.document)) ?? {};
    const source = { ...parsed, value: doc };
    const diagnostics = (0,runbook/* sortDiagnostics */.Ds)(checkGertSchema(source));
    const commands = Array.isArray(doc.commands) ? doc.commands : [];
    if (commands.length === 0 && Object.keys(obj(doc.evidence) ?? {}).length === 0)
        diagnostics.push(source.diag('scenario-gert-empty', 'error', 'a gert scenario needs at least one command or evidence entry', []));
    if (hasError(diagnostics))
        return { diagnostics };
    const name = io.name ?? source.file.replace(/^.*[\\/]/, '').replace(/\.ya?ml$/i, '');
    return { scenario: buildGertScenario(doc, source, name, io.resolvePath), diagnostics };
}
function hasError(diagnostics) {
    return diagnostics.some((d) => d.severity === 'error');
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/providers/attachment-check.ts
var attachment_check = __webpack_require__(820);
;// CONCATENATED MODULE: ./src/providers/replay/scenario-load.ts
// Reading a scenario and its replay evidence from disk: thin wrappers around the pure parsers.
// Evidence comes from --evidence-file, else SCENARIO.evidence.yaml beside the scenario, else (gert)
// the evidence written inside the scenario.






/** `x/scenario.yaml` -> `x/scenario.evidence.yaml`: where replay looks for evidence by default. */
function evidencePathFor(scenarioPath) {
    return /\.ya?ml$/i.test(scenarioPath)
        ? scenarioPath.replace(/\.ya?ml$/i, '.evidence.yaml')
        : `${scenarioPath}.evidence.yaml`;
}
/** Reads and parses a scenario file. Never throws for a missing or unreadable file. */
async function readScenarioFile(path) {
    let text;
    try {
        text = await (0,promises_.readFile)(path, 'utf8');
    }
    catch (err) {
        return { diagnostics: [(0,runbook/* fileDiagnostic */.Q5)(path, err)] };
    }
    const dir = (0,external_node_path_.dirname)(path);
    return parseScenarioText(text, path, {
        readFile: (rel) => readRelative(dir, rel),
        resolvePath: (rel) => (0,external_node_path_.resolve)(dir, rel)
    });
}
/** Loads a scenario plus its evidence (`evidenceFile` overrides SCENARIO.evidence.yaml). */
async function loadReplayScenario(path, opts = {}) {
    const parsed = await readScenarioFile(path);
    const beside = evidencePathFor(path);
    const file = opts.evidenceFile ?? ((0,external_node_fs_.existsSync)(beside) ? beside : undefined);
    if (file === undefined) {
        const inline = parsed.scenario?.evidence;
        return {
            ...parsed,
            evidence: inline ?? {},
            ...(inline === undefined ? {} : { evidenceSource: path })
        };
    }
    let text;
    try {
        text = await (0,promises_.readFile)(file, 'utf8');
    }
    catch (err) {
        return { diagnostics: [...parsed.diagnostics, (0,runbook/* fileDiagnostic */.Q5)(file, err)], evidence: {} };
    }
    const evidence = (0,runbook/* parseEvidenceFile */.PY)(text, file, {
        resolvePath: (p) => (0,external_node_path_.resolve)((0,external_node_path_.dirname)(file), p),
        attachmentProblem: attachment_check/* attachmentProblem */.z,
        ...(opts.checkEvidence === undefined ? {} : { check: opts.checkEvidence })
    });
    if (!evidence.ok)
        return { diagnostics: [...parsed.diagnostics, ...evidence.diagnostics], evidence: {} };
    return { ...parsed, evidence: evidence.inputs, evidenceSource: file };
}
function readRelative(dir, rel) {
    // Like cli-replay (filepath.Join), the path is joined under the scenario's directory.
    const path = (0,external_node_path_.join)(dir, rel);
    try {
        return { ok: true, text: (0,external_node_fs_.readFileSync)(path, 'utf8'), path };
    }
    catch (err) {
        return { ok: false, reason: (0,runbook/* fileDiagnostic */.Q5)(path, err).message };
    }
}

;// CONCATENATED MODULE: ./src/providers/replay/matcher.ts
// cli-replay's matching semantics over the flat step list. Steps match in strict order; a step may
// take calls until its max, and once its min is met a call that does not match it moves on to the
// following step (soft advance). An unordered group matches its steps in any order and is left
// only when every step in it has met its min (the barrier) or all have reached their max.
// The position only moves forward, so a whole run costs time linear in the scenario's length
// (plus the size of a group for calls inside it).

/** cli-replay's stdin comparison: CRLF becomes LF, trailing newlines are dropped. */
function normalizeStdin(text) {
    return text.replaceAll('\r\n', '\n').replace(/\n+$/, '');
}
class ReplayMatcher {
    scenario;
    vars;
    /** Calls matched so far, per flat step. */
    counts;
    /** Captured values (the scenario's respond.capture of the steps matched so far). */
    captures = {};
    position = 0;
    constructor(scenario, 
    /** meta.vars after environment overrides: what argv templates render with. */
    vars) {
        this.scenario = scenario;
        this.vars = vars;
        this.counts = scenario.steps.map(() => 0);
    }
    /** Finds the step answering `call` and counts the call; nothing changes when none matches. */
    match(call) {
        const { steps, groups } = this.scenario;
        const tried = [];
        let p = this.position;
        while (p < steps.length) {
            const step = steps[p];
            if (step.group !== undefined) {
                const group = groups[step.group];
                if (group === undefined)
                    break;
                let open = false;
                let barrier = false;
                for (let i = group.start; i < group.end; i++) {
                    const s = steps[i];
                    const count = this.counts[i] ?? 0;
                    if (count < s.min)
                        barrier = true;
                    if (count >= s.max)
                        continue;
                    open = true;
                    tried.push(s);
                    if (this.matches(s, call))
                        return this.take(s, group.start);
                }
                if (open && barrier)
                    return { ok: false, noMatch: { call, tried, barrier: step.group } };
                p = group.end;
                continue;
            }
            const count = this.counts[p] ?? 0;
            if (count < step.max) {
                tried.push(step);
                if (this.matches(step, call))
                    return this.take(step, p);
            }
            if (count < step.min)
                break;
            p++;
        }
        return { ok: false, noMatch: { call, tried } };
    }
    /** Adds the step's respond.capture values (after its response was rendered, as cli-replay does). */
    capture(step) {
        Object.assign(this.captures, step.captures);
    }
    /** Does `call` satisfy the step's argv (and stdin, when the step expects one)? */
    matches(step, call) {
        if (step.argv.length !== call.argv.length)
            return false;
        for (let i = 0; i < step.argv.length; i++) {
            const p = step.argv[i];
            if (p === undefined || !elementMatches(p, call.argv[i] ?? '', this.vars, this.captures))
                return false;
        }
        if (step.stdin === undefined || call.stdin === undefined)
            return true;
        return normalizeStdin(step.stdin) === normalizeStdin(call.stdin);
    }
    take(step, at) {
        const count = (this.counts[step.index] ?? 0) + 1;
        this.counts[step.index] = count;
        this.position = at;
        if (step.group === undefined) {
            if (count >= step.max)
                this.position = step.index + 1;
        }
        else {
            const group = this.scenario.groups[step.group];
            if (group !== undefined && this.allAtMax(group.start, group.end))
                this.position = group.end;
        }
        return { ok: true, step };
    }
    allAtMax(start, end) {
        for (let i = start; i < end; i++)
            if ((this.counts[i] ?? 0) < (this.scenario.steps[i]?.max ?? 0))
                return false;
        return true;
    }
}

;// CONCATENATED MODULE: ./src/providers/replay/scenario-model.ts
/** `kubectl get pods`, with matcher elements as written; how reports and messages name a step. */
function stepLabel(step) {
    return step.argv.map((a) => a.text).join(' ');
}

;// CONCATENATED MODULE: ./src/providers/replay/mismatch.ts
// The message of a call no scenario step answers: expected against actual argv, element by element
// in aligned columns, with a caret under the first difference. Plain text, so it reads the same in
// a terminal, in the trace and inside a JUnit <failure>.



const MAX_CELL = 48;
/** Explains why nothing answered the call. `redact` hides secrets in the actual values. */
function describeNoMatch(noMatch, matcher, redact = (t) => t) {
    const { scenario } = matcher;
    const actual = noMatch.call.argv.map(redact);
    if (noMatch.tried.length === 0) {
        return [
            `replay: no call is left in scenario '${scenario.name}' (all ${scenario.steps.length} steps are used up), so nothing ran`,
            `    actual    ${actual.map(cell).join('  ')}`
        ].join('\n');
    }
    const closest = pickClosest(noMatch.tried, matcher, noMatch.call.argv);
    const lines = [
        'replay: no scenario step matches this call, so nothing ran (replay is fail-closed)',
        `  closest expected call: ${where(closest, matcher)}`,
        ...diff(closest, matcher, noMatch.call, actual, redact)
    ];
    const others = noMatch.tried.filter((s) => s !== closest);
    if (others.length > 0)
        lines.push(`  also expected here: ${others.map((s) => where(s, matcher)).join('; ')}`);
    const group = noMatch.barrier === undefined ? undefined : scenario.groups[noMatch.barrier];
    if (group !== undefined) {
        const waiting = scenario.steps
            .slice(group.start, group.end)
            .filter((s) => (matcher.counts[s.index] ?? 0) < s.min)
            .map((s) => `step ${s.index + 1} '${stepLabel(s)}' (${matcher.counts[s.index] ?? 0} of min ${s.min})`);
        lines.push(`  unordered group '${group.name}' is a barrier: the scenario moves past it only when each of its steps has met calls.min; still waiting for ${waiting.join(', ')}`);
    }
    return lines.join('\n');
}
/** How messages name a scenario step: `step 2 'kubectl get pods' (scenario.yaml:12)`. */
function where(step, matcher) {
    const file = matcher.scenario.file.replace(/^.*[\\/]/, '');
    return `step ${step.index + 1} '${stepLabel(step)}' (${file}:${step.line})`;
}
function pickClosest(tried, matcher, argv) {
    let best = tried[0];
    let bestScore = -1;
    for (const step of tried) {
        const score = leadingMatches(step, matcher, argv) * 2 + (step.argv.length === argv.length ? 1 : 0);
        if (score > bestScore)
            [best, bestScore] = [step, score];
    }
    return best;
}
function leadingMatches(step, matcher, argv) {
    let i = 0;
    while (i < step.argv.length &&
        i < argv.length &&
        elementMatches(step.argv[i], argv[i], matcher.vars, matcher.captures))
        i++;
    return i;
}
function diff(step, matcher, call, actual, redact) {
    const first = leadingMatches(step, matcher, call.argv);
    const expected = step.argv.map((p) => expectedText(p, matcher.vars, matcher.captures));
    if (first === call.argv.length && first === step.argv.length)
        return stdinDiff(step.stdin ?? '', redact(call.stdin ?? ''));
    // Matchers are shown as written; values are quoted when spaces or quotes would blur the columns.
    const shownExpected = step.argv.map((p, i) => p.kind === 'any' || p.kind === 'regex' ? clip(p.text) : cell(expected[i]));
    const shownActual = actual.map(cell);
    const widths = Array.from({ length: Math.max(expected.length, actual.length) }, (_, i) => Math.max((shownExpected[i] ?? '').length, (shownActual[i] ?? '').length));
    const row = (cells) => widths
        .map((w, i) => (cells[i] ?? '').padEnd(w))
        .join('  ')
        .trimEnd();
    const offset = widths.slice(0, first).reduce((sum, w) => sum + w + 2, 0);
    const caretWidth = Math.max(1, (shownActual[first] ?? shownExpected[first] ?? '').length);
    return [
        `    expected  ${row(shownExpected)}`,
        `    actual    ${row(shownActual)}`,
        `              ${' '.repeat(offset)}${'^'.repeat(caretWidth)}`,
        `    ${detail(step, first, expected, actual)}`
    ];
}
function detail(step, i, expected, actual) {
    const p = step.argv[i];
    if (i >= actual.length)
        return `argv[${i}] is missing: expected ${quote(expected[i] ?? '')} (the call has ${actual.length} elements, the step ${step.argv.length})`;
    if (p === undefined)
        return `argv[${i}] ${quote(actual[i] ?? '')} is not expected (the step has ${step.argv.length} elements, the call ${actual.length})`;
    if (p.kind === 'regex')
        return `argv[${i}]: ${quote(actual[i] ?? '')} does not match the pattern ${p.source}`;
    return `argv[${i}]: expected ${quote(expected[i] ?? '')}, got ${quote(actual[i] ?? '')}`;
}
/** The first differing line of two stdins, with a caret under the first differing character. */
function stdinDiff(expected, actual) {
    const e = normalizeStdin(expected).split('\n');
    const a = normalizeStdin(actual).split('\n');
    let line = 0;
    while (line < e.length && line < a.length && e[line] === a[line])
        line++;
    const el = e[line] ?? '(end of input)';
    const al = a[line] ?? '(end of input)';
    let col = 0;
    while (col < el.length && col < al.length && el[col] === al[col])
        col++;
    return [
        `    argv matches, but stdin differs at line ${line + 1} (compared with CRLF as LF, trailing newlines dropped):`,
        `    expected  ${el}`,
        `    actual    ${al}`,
        `              ${' '.repeat(col)}^`
    ];
}
function clip(text) {
    return text.length > MAX_CELL ? `${text.slice(0, MAX_CELL - 1)}…` : text;
}
function cell(text) {
    if (text === undefined)
        return '';
    const short = clip(text);
    return short === '' || /[\s"'\\]/.test(short) || hasControl(short) ? JSON.stringify(short) : short;
}
function hasControl(text) {
    for (const ch of text)
        if (ch.charCodeAt(0) < 0x20 || ch === '\x7f')
            return true;
    return false;
}
function quote(text) {
    return `'${clip(text)}'`;
}

// EXTERNAL MODULE: ./src/engine/glob.ts
var glob = __webpack_require__(2218);
;// CONCATENATED MODULE: ./src/providers/replay/replay-cli.ts
// The cli provider of replay mode: answers each cli step from the scenario, in-process. No process
// is ever started and no binary is looked up: argv[0] resolves to itself, by name. A call no
// scenario step matches fails its step (fail-closed); expected calls still owed when the run ends
// are reported by finish(), which the engine turns into a failed run.





/** respond.delay is capped at this by default: a replay stays quick even with a careless delay. */
const MAX_REPLAY_DELAY_MS = 5000;
/** meta.vars with environment overrides, skipping empty values and denied names (cli-replay). */
function scenarioVars(scenario, env = {}, deny = []) {
    const vars = {};
    for (const [name, value] of Object.entries(scenario.vars)) {
        const override = env[name];
        vars[name] =
            override !== undefined && override !== '' && !(0,glob/* matchesAnyGlob */.o)(name, deny) ? override : value;
    }
    return vars;
}
class ReplayCliProvider {
    scenario;
    opts;
    mode = 'replay';
    matcher;
    calls = [];
    unconsumed = [];
    finished = false;
    constructor(scenario, opts) {
        this.scenario = scenario;
        this.opts = opts;
        const deny = [...scenario.denyEnvVars, ...(opts.denyEnvVars ?? [])];
        this.matcher = new ReplayMatcher(scenario, scenarioVars(scenario, opts.env, deny));
    }
    validate() {
        return [];
    }
    /** By name only: replay never looks for (or runs) a real binary. */
    resolve(argv0) {
        return Promise.resolve({ path: argv0 });
    }
    /** Answers the step from the scenario, or fails it with the argv diff. */
    async execute(exec) {
        const started = this.opts.clock.monotonicMs();
        const outcome = (extra) => ({
            exitCode: null,
            signal: null,
            timedOut: false,
            cancelled: false,
            durationMs: Math.max(0, this.opts.clock.monotonicMs() - started),
            ...extra
        });
        if (exec.signal.aborted)
            return outcome({ cancelled: true });
        const call = { argv: exec.rendered.argv, stdin: exec.rendered.stdin ?? '' };
        const result = this.matcher.match(call);
        const record = { step_id: exec.step.id, attempt: exec.attempt };
        if (!result.ok) {
            this.calls.push({ ...record, scenario_index: null });
            const message = describeNoMatch(result.noMatch, this.matcher, this.opts.redact);
            return outcome({ error: { code: 'REPLAY_NO_MATCH', message } });
        }
        const step = result.step;
        this.calls.push({ ...record, scenario_index: step.index });
        const { vars, captures } = this.matcher;
        const stdout = renderGoTemplate(step.stdout.parts, vars, captures);
        const stderr = renderGoTemplate(step.stderr.parts, vars, captures);
        this.matcher.capture(step);
        if (stdout !== '')
            await exec.stdout.push(Buffer.from(stdout));
        if (stderr !== '')
            await exec.stderr.push(Buffer.from(stderr));
        const delay = this.opts.noDelay === true ? 0 : Math.min(step.delayMs, this.maxDelay());
        if (delay > 0) {
            try {
                await this.opts.clock.sleep(delay, exec.signal);
            }
            catch {
                // An aborted sleep: the run pauses below, as it would if a real process were killed.
            }
            if (exec.signal.aborted)
                return outcome({ cancelled: true });
        }
        return outcome({ exitCode: step.exit });
    }
    /** Expected calls the run never made: one message per scenario step below its min. */
    finish() {
        this.finished = true;
        this.unconsumed = this.scenario.steps
            .filter((s) => (this.matcher.counts[s.index] ?? 0) < s.min)
            .map((s) => {
            const group = s.group === undefined ? '' : ` in group '${this.groupName(s.group)}'`;
            const n = this.matcher.counts[s.index] ?? 0;
            return `unconsumed expectation: scenario ${where(s, this.matcher)}${group} was called ${n} time(s), expected at least ${s.min}`;
        });
        return Promise.resolve(this.unconsumed);
    }
    /**
     * Brings the scenario up to date with the cli steps a resumed run already did (from RunState
     * history), so a paused replay resumes where it stopped. Returns problems; empty when all fit.
     */
    restore(history) {
        for (const r of history) {
            // Steps without an exit code never reached the scenario (no match, or cancelled).
            if (r.type !== 'cli' || r.argv === undefined || typeof r.exit_code !== 'number')
                continue;
            const result = this.matcher.match({ argv: r.argv });
            if (!result.ok)
                return [
                    `cannot resume the replay: step '${r.step_id}' ran before the pause, but its recorded argv no longer fits the scenario\n${describeNoMatch(result.noMatch, this.matcher)}`
                ];
            this.matcher.capture(result.step);
            this.calls.push({ step_id: r.step_id, attempt: r.attempt, scenario_index: result.step.index });
        }
        return [];
    }
    /** The replay's state, for reports. */
    snapshot() {
        const { name, file, format } = this.scenario;
        return {
            scenario: { name, file, format },
            steps: this.scenario.steps.map((s) => ({
                index: s.index,
                label: stepLabel(s),
                ...(s.group === undefined ? {} : { group: this.groupName(s.group) }),
                min: s.min,
                max: s.max,
                calls: this.matcher.counts[s.index] ?? 0,
                line: s.line
            })),
            captures: { ...this.matcher.captures },
            calls: [...this.calls],
            finished: this.finished,
            unconsumed: [...this.unconsumed]
        };
    }
    groupName(group) {
        return this.scenario.groups[group]?.name ?? `group-${group + 1}`;
    }
    maxDelay() {
        return this.opts.maxDelayMs ?? MAX_REPLAY_DELAY_MS;
    }
}

;// CONCATENATED MODULE: ./src/providers/replay/replay-manual.ts
const NONE = 'no replay evidence file was found (give --evidence-file, or put SCENARIO.evidence.yaml beside the scenario)';
class ReplayManualProvider {
    opts;
    used = new Set();
    constructor(opts) {
        this.opts = opts;
    }
    /** Hands out the step's replay evidence once, marked as all there will ever be. */
    collect(req) {
        const id = req.step.id;
        const source = this.opts.source === undefined ? NONE : `in ${this.opts.source}`;
        if (req.step.replay_mode !== 'reuse_evidence') {
            if (this.opts.fallback !== undefined)
                return this.opts.fallback.collect(req);
            return Promise.resolve(empty(`manual step '${id}' has no replay_mode: reuse_evidence, and replay has no terminal to ask for its inputs`));
        }
        const given = this.used.has(id) ? undefined : this.opts.evidence[id];
        this.used.add(id);
        if (given === undefined)
            return Promise.resolve(empty(`no replay evidence for step '${id}' ${source}`));
        return Promise.resolve({
            evidence: given.evidence,
            approvals: given.approvals,
            exhausted: `the replay evidence for step '${id}' ${source} does not complete it`
        });
    }
    /** Releases the fallback (a terminal's prompter). */
    close() {
        this.opts.fallback?.close?.();
    }
    /**
     * A cli step's two-step confirmation: an approval listed under its id, else the fallback (a
     * terminal), else none will ever come and the step fails closed.
     */
    confirm(req) {
        const id = req.step.id;
        const by = this.opts.evidence[id]?.approvals[0]?.approver;
        if (by !== undefined)
            return Promise.resolve({ by, method: 'approval' });
        if (this.opts.fallback !== undefined)
            return this.opts.fallback.confirm(req);
        const where = this.opts.source === undefined ? NONE : `in ${this.opts.source}`;
        return Promise.resolve({
            unavailable: `no approver confirms it ${where} (add ${id}: {NAME: {kind: approval}})`
        });
    }
}
function empty(exhausted) {
    return { evidence: [], approvals: [], exhausted };
}

;// CONCATENATED MODULE: ./src/providers/replay/governance.ts
// The governance a replay runs under: the runbook's, narrowed by the scenario's security section.
// A command must be allowed by both lists when both list commands; deny_env_vars add up. Pure, so
// the CLI computes it once and hands the engine a runbook carrying the effective policy.


/**
 * The allowlist entry used when the two lists share no command. It is a name no argv[0] has, so
 * every command is refused with a reason that says why (an empty list would allow everything).
 */
const NOTHING_ALLOWED = '(none: the runbook and the scenario allow no command in common)';
/** Entries allowing exactly the commands both lists allow (names by basename, paths normalised). */
function intersectCommandLists(a, b) {
    const out = new Set();
    for (const x of a)
        for (const y of b) {
            const [xPath, yPath] = [x.includes('/'), y.includes('/')];
            if (!xPath && !yPath) {
                if (x === y)
                    out.add(x);
            }
            else if (xPath && yPath) {
                if (external_node_path_.posix.normalize(x) === external_node_path_.posix.normalize(y))
                    out.add(x);
            }
            else {
                // A path is narrower than a name: keep the path when its basename is that name.
                const [path, name] = xPath ? [x, y] : [y, x];
                if ((0,runbook/* commandName */.p6)(path) === name)
                    out.add(path);
            }
        }
    return [...out];
}
/** The runbook's governance with the scenario's allowed_commands and deny_env_vars applied. */
function effectiveGovernance(runbook, scenario) {
    const own = runbook?.allowed_commands ?? [];
    const theirs = scenario.allowedCommands;
    const deny = [...new Set([...(runbook?.deny_env_vars ?? []), ...scenario.denyEnvVars])];
    const base = { ...runbook, ...(deny.length > 0 ? { deny_env_vars: deny } : {}) };
    if (theirs.length === 0)
        return { governance: base };
    if (own.length === 0)
        return { governance: { ...base, allowed_commands: [...theirs] } };
    const both = intersectCommandLists(own, theirs);
    if (both.length > 0)
        return { governance: { ...base, allowed_commands: both } };
    return {
        governance: { ...base, allowed_commands: [NOTHING_ALLOWED] },
        refused: `no command may run: the runbook allows only ${own.join(', ')} and scenario '${scenario.name}' only ${theirs.join(', ')}`
    };
}
/** The runbook to run a replay with: its meta.governance replaced by the effective one. */
function withScenarioGovernance(runbook, scenario) {
    const { governance, refused } = effectiveGovernance(runbook.meta.governance, scenario);
    const next = { ...runbook, meta: { ...runbook.meta, governance } };
    return refused === undefined ? { runbook: next } : { runbook: next, refused };
}

;// CONCATENATED MODULE: ./src/providers/replay/verify-result.ts
/** Builds the verdict, field for field as cli-replay's verify.BuildResult. */
function verifyResult(input) {
    const steps = input.replay.steps.map((s) => ({
        index: s.index,
        label: s.group === undefined ? s.label : `[group:${s.group}] ${s.label}`,
        ...(s.group === undefined ? {} : { group: s.group }),
        call_count: s.calls,
        min: s.min,
        max: s.max,
        passed: s.calls >= s.min
    }));
    const error = replayError(input);
    return {
        scenario: input.replay.scenario.name,
        session: input.state.run_id,
        passed: error === undefined,
        total_steps: steps.length,
        consumed_steps: steps.filter((s) => s.call_count >= 1).length,
        ...(error === undefined ? {} : { error }),
        steps
    };
}
/** Why the replay did not pass, or undefined when it did. */
function replayError(input) {
    const { state, replay } = input;
    const owed = replay.steps.filter((s) => s.calls < s.min);
    if (state.status === 'passed' && owed.length === 0)
        return undefined;
    if (input.runError !== undefined && input.runError !== null)
        return input.runError;
    if (state.status === 'passed')
        return replay.unconsumed.join('; ') || 'expected calls were not made';
    const failed = input.results.find((h) => h.status === 'failed');
    if (failed !== undefined)
        return `step '${failed.step_id}' failed: ${failed.error ?? ''}`;
    if (state.status === 'failed' && replay.unconsumed.length > 0)
        return replay.unconsumed.join('; ');
    if (state.status === 'paused')
        return `the run paused at step '${state.pending?.step_id ?? '?'}' (waiting for ${state.pending?.kind ?? 'input'})`;
    return `the run ${state.status === 'failed' ? 'failed before its steps ran (see the trace)' : `is ${state.status}`}`;
}

;// CONCATENATED MODULE: ./src/providers/replay/step-verdicts.ts

/** One verdict per runbook step, in runbook order. */
function runbookStepVerdicts(input) {
    const { runbook, state, replay, results } = input;
    const stoppedAt = results.find((h) => h.status === 'failed')?.step_id ?? state.pending?.step_id;
    return runbook.steps.map((step, index) => {
        const result = results.findLast((h) => h.step_index === index);
        const scenarioSteps = replay.calls
            .filter((c) => c.step_id === step.id && c.scenario_index !== null)
            .map((c) => c.scenario_index);
        const base = { id: step.id, type: step.type, scenarioSteps };
        if (result?.status === 'passed')
            return { ...base, status: 'passed', result };
        if (result !== undefined)
            return { ...base, status: 'failed', result, detail: failure(result) };
        if (state.status === 'paused' && state.pending?.step_index === index)
            return { ...base, status: 'paused', detail: replayError(input) ?? 'the run paused here' };
        const why = stoppedAt !== undefined
            ? `not reached: the run stopped at step '${stoppedAt}'`
            : `not reached: ${replayError(input) ?? 'the run ended before it'}`;
        return { ...base, status: 'not reached', detail: why };
    });
}
function failure(result) {
    const lines = [result.error ?? 'failed'];
    for (const a of result.assertions ?? []) {
        if (a.passed)
            continue;
        const why = [a.message, a.actual === undefined ? undefined : `actual: ${a.actual}`];
        const known = why.filter((w) => w !== undefined);
        if (known.length > 0)
            lines.push(`assertion ${a.kind} ${a.expected} failed: ${known.join('; ')}`);
    }
    return lines.join('\n');
}

// EXTERNAL MODULE: ./src/providers/replay/xml.ts
var xml = __webpack_require__(5049);
;// CONCATENATED MODULE: ./src/providers/replay/report-junit.ts
// The replay verdict for test dashboards: JUnit XML with one <testcase> per runbook step (name =
// step id, classname = runbook name; a failure carries the full reason, argv diff included; a step
// never reached is skipped), plus one testcase for the scenario itself, so that unconsumed
// expectations and a run refused before its first step also show as failures.



/** Renders the JUnit XML report. */
function formatJunitReport(input) {
    const classname = input.runbook.meta.name;
    const verdicts = runbookStepVerdicts(input);
    const cases = [...verdicts.map(stepCase), scenarioCase(input, verdicts)];
    const failures = cases.filter((c) => c.failure !== undefined).length;
    const skipped = cases.filter((c) => c.skipped !== undefined).length;
    const seconds = cases.reduce((sum, c) => sum + c.seconds, 0).toFixed(3);
    const counts = `tests="${cases.length}" failures="${failures}" errors="0" skipped="${skipped}" time="${seconds}"`;
    const props = [
        ['scenario', input.replay.scenario.name],
        ['scenario_file', input.replay.scenario.file],
        ['run_id', input.state.run_id],
        ['mode', input.state.mode]
    ];
    return [
        '<?xml version="1.0" encoding="UTF-8"?>',
        `<testsuites name="runbook replay" ${counts}>`,
        `  <testsuite name="${(0,xml/* xmlEscape */.f)(classname, true)}" ${counts} timestamp="${(0,xml/* xmlEscape */.f)(input.state.started_at, true)}">`,
        '    <properties>',
        ...props.map(([n, v]) => `      <property name="${n}" value="${(0,xml/* xmlEscape */.f)(v, true)}"/>`),
        '    </properties>',
        ...cases.map((c) => testcase(c, classname)),
        '  </testsuite>',
        '</testsuites>',
        ''
    ].join('\n');
}
function testcase(c, classname) {
    const open = `    <testcase name="${(0,xml/* xmlEscape */.f)(c.name, true)}" classname="${(0,xml/* xmlEscape */.f)(classname, true)}" time="${c.seconds.toFixed(3)}"`;
    if (c.skipped !== undefined)
        return `${open}>\n      <skipped message="${(0,xml/* xmlEscape */.f)(c.skipped, true)}"/>\n    </testcase>`;
    if (c.failure === undefined)
        return `${open}/>`;
    const [type, text] = c.failure;
    const message = text.split('\n')[0] ?? '';
    return `${open}>\n      <failure message="${(0,xml/* xmlEscape */.f)(message, true)}" type="${type}">${(0,xml/* xmlEscape */.f)(text)}</failure>\n    </testcase>`;
}
function stepCase(v) {
    const seconds = (v.result?.duration_ms ?? 0) / 1000;
    const detail = v.detail ?? v.status;
    if (v.status === 'failed') {
        const type = detail.startsWith('replay: ') ? 'ReplayMismatch' : 'StepFailure';
        return { name: v.id, seconds, failure: [type, detail] };
    }
    if (v.status === 'paused')
        return { name: v.id, seconds, failure: ['Paused', detail] };
    if (v.status === 'not reached')
        return { name: v.id, seconds, skipped: detail };
    return { name: v.id, seconds };
}
function scenarioCase(input, verdicts) {
    const name = `(scenario) ${input.replay.scenario.name}`;
    const result = verifyResult(input);
    if (result.passed)
        return { name, seconds: 0 };
    if (verdicts.some((v) => v.status === 'failed' || v.status === 'paused'))
        return { name, seconds: 0, skipped: 'not checked: the run stopped at a failed or paused step' };
    const owed = result.steps.filter((s) => !s.passed);
    const text = [
        result.error ?? 'the replay did not pass',
        ...owed.map((s) => `step ${s.index + 1}: ${s.label}: ${s.call_count} call(s), min ${s.min}`)
    ].join('\n');
    return {
        name,
        seconds: 0,
        failure: [owed.length > 0 ? 'UnconsumedExpectation' : 'RunFailure', text]
    };
}

;// CONCATENATED MODULE: ./src/providers/replay/report-text.ts
// The replay verdict for people: each runbook step with its outcome (failures in full, argv diff
// included), then the scenario's steps in cli-replay's verify wording.


const MARK = { passed: '✓', failed: '✗', paused: '…', 'not reached': '-' };
/** Renders the text report. */
function formatTextReport(input) {
    const result = verifyResult(input);
    const file = input.replay.scenario.file.replace(/^.*[\\/]/, '');
    const lines = [
        `Replay of runbook '${input.runbook.meta.name}' with scenario '${result.scenario}' (${file}), run ${result.session}: ${result.passed ? 'PASSED' : 'FAILED'}`,
        '',
        'Runbook steps:'
    ];
    const verdicts = runbookStepVerdicts(input);
    const width = Math.max(...verdicts.map((v) => v.id.length));
    for (const v of verdicts) {
        const answered = v.scenarioSteps.length === 0
            ? ''
            : `  <- scenario step ${v.scenarioSteps.map((i) => i + 1).join(', ')}`;
        lines.push(`  ${MARK[v.status]} ${v.id.padEnd(width)}  ${v.status}${answered}`);
        if (v.status !== 'passed' && v.detail !== undefined)
            lines.push(...v.detail.split('\n').map((l) => `      ${l}`));
    }
    const complete = result.steps.every((s) => s.passed);
    lines.push('', `${complete ? '✓' : '✗'} Scenario "${result.scenario}" ${complete ? 'completed' : 'incomplete'}: ${result.consumed_steps}/${result.total_steps} steps consumed`);
    for (const s of result.steps) {
        const calls = `${s.call_count} call${s.call_count === 1 ? '' : 's'}`;
        lines.push(`  Step ${s.index + 1}: ${s.label} — ${calls} (min: ${s.min}, max: ${s.max}) ${s.passed ? '✓' : '✗'}`);
    }
    return `${lines.join('\n')}\n`;
}

;// CONCATENATED MODULE: ./src/providers/replay/report.ts
// `--report text|json|junit`: the replay verdict in the chosen format. JSON is cli-replay's verify
// JSON (compact, one line, as its FormatJSON writes it).




/** Renders the replay report in `format`. */
function renderReplayReport(format, input) {
    if (format === 'json')
        return `${JSON.stringify(verifyResult(input))}\n`;
    return format === 'junit' ? formatJunitReport(input) : formatTextReport(input);
}

;// CONCATENATED MODULE: ./src/providers/replay/recorder.ts
class Recorder {
    redact;
    calls = [];
    /** Cli steps confirmed (two-step confirmation), and by whom. */
    confirmations = [];
    /** Executions that cannot be replayed (killed, timed out, not started), with the reason. */
    skipped = [];
    constructor(redact) {
        this.redact = redact;
    }
    /** Wraps the real cli provider: everything it runs is recorded. */
    cli(inner) {
        return new RecordingCliProvider(inner, this);
    }
    /** Wraps the real manual provider: confirmations it gives are recorded. */
    manual(inner) {
        return {
            collect: (req) => inner.collect(req),
            confirm: async (req) => {
                const given = await inner.confirm(req);
                if (given !== undefined && 'by' in given)
                    this.confirmations.push({ step_id: req.step.id, by: given.by });
                return given;
            },
            close: () => inner.close?.()
        };
    }
}
class RecordingCliProvider {
    inner;
    recorder;
    mode;
    constructor(inner, recorder) {
        this.inner = inner;
        this.recorder = recorder;
        this.mode = inner.mode;
    }
    validate(step) {
        return this.inner.validate(step);
    }
    resolve(argv0, cwd, pathEnv) {
        return this.inner.resolve(argv0, cwd, pathEnv);
    }
    finish() {
        return this.inner.finish?.() ?? Promise.resolve([]);
    }
    async execute(exec) {
        const stdout = new Tee(exec.stdout);
        const stderr = new Tee(exec.stderr);
        const outcome = await this.inner.execute({ ...exec, stdout, stderr });
        const { redact } = this.recorder;
        if (outcome.error !== undefined ||
            outcome.cancelled ||
            outcome.timedOut ||
            outcome.exitCode === null) {
            const why = outcome.error?.message ??
                (outcome.cancelled
                    ? 'interrupted'
                    : outcome.timedOut
                        ? 'timed out'
                        : `killed by signal ${outcome.signal ?? '?'}`);
            this.recorder.skipped.push({ step_id: exec.step.id, reason: redact(why) });
            return outcome;
        }
        const stdin = exec.rendered.stdin;
        this.recorder.calls.push({
            step_id: exec.step.id,
            step_index: exec.index,
            attempt: exec.attempt,
            argv: exec.rendered.argv.map((a) => (redact(a) === a ? a : '{{ .any }}')),
            ...(stdin === undefined || stdin === '' || redact(stdin) !== stdin ? {} : { stdin }),
            exit: outcome.exitCode,
            stdout: redact(stdout.text()),
            stderr: redact(stderr.text())
        });
        return outcome;
    }
}
/** Passes chunks on to the engine's collector and keeps a copy. */
class Tee {
    inner;
    chunks = [];
    constructor(inner) {
        this.inner = inner;
    }
    push(chunk) {
        this.chunks.push(Buffer.from(chunk));
        return this.inner.push(chunk);
    }
    end() {
        return this.inner.end();
    }
    text() {
        return Buffer.concat(this.chunks).toString('utf8');
    }
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/providers/replay/record-plan.ts
// What `--record OUT.yaml` writes, as data: OUT.yaml, a cli-replay-valid scenario (each recorded
// call a step, exactly once, in order; large outputs in OUT.files/), and OUT.evidence.yaml with
// the manual steps' evidence and approvals (attachments copied into OUT.files/) plus the
// confirmations of destructive steps. Pure; record-write.ts puts it on disk.




/** cli-replay's published schema, for editors opening the recording. */
const CLI_REPLAY_SCHEMA_URL = 'https://raw.githubusercontent.com/ormasoftchile/cli-replay/main/schema/scenario.schema.json';
/** Outputs larger than this (bytes) go to a file beside the scenario. */
const INLINE_OUTPUT_LIMIT = 4096;
const NAME = /^[A-Za-z_][A-Za-z0-9_.@-]*$/;
/** Plans the recording, or says why there is nothing to write. */
function planRecording(input) {
    const { recorder, runbook, state } = input;
    if (recorder.calls.length === 0)
        return {
            error: 'nothing to record: no cli step ran to completion, and a cli-replay scenario needs at least one step'
        };
    const out = (0,external_node_path_.basename)(input.outPath);
    const dir = `${out.replace(/\.ya?ml$/i, '')}.files`;
    const files = [];
    const notes = recorder.skipped.map((s) => `step '${s.step_id}' is not in the recording: ${s.reason}`);
    const output = (call, n, stream) => {
        const text = escapeGoTemplate(call[stream]);
        if (text === '')
            return {};
        if (Buffer.byteLength(text) <= (input.inlineLimit ?? INLINE_OUTPUT_LIMIT))
            return { [stream]: text };
        const path = `${dir}/${String(n + 1).padStart(3, '0')}-${call.step_id}.${stream}`;
        files.push({ path, text });
        return { [`${stream}_file`]: path };
    };
    const steps = recorder.calls.map((call, n) => ({
        match: { argv: call.argv, ...(call.stdin === undefined ? {} : { stdin: call.stdin }) },
        respond: { exit: call.exit, ...output(call, n, 'stdout'), ...output(call, n, 'stderr') }
    }));
    const meta = {
        name: runbook.meta.name,
        description: `Recorded by governed-runbook from run ${state.run_id} of runbook '${runbook.meta.name}' (${state.started_at}); outputs passed through the runbook's redaction.`
    };
    const header = [
        `# yaml-language-server: $schema=${CLI_REPLAY_SCHEMA_URL}`,
        `# Replay with: runbook exec RUNBOOK --mode replay --scenario ${out}`,
        ''
    ].join('\n');
    files.unshift({ path: out, text: header + yaml({ meta, steps }) });
    const copies = [];
    const evidence = evidenceOf(input, dir, copies, notes);
    if (Object.keys(evidence).length > 0) {
        const text = `# Replay evidence for ${out} (manual steps with replay_mode: reuse_evidence)\n${yaml(evidence)}`;
        files.push({ path: (0,external_node_path_.basename)(evidencePathFor(out)), text });
    }
    return { files, copies, notes };
}
function evidenceOf(input, dir, copies, notes) {
    const out = {};
    const entry = (step) => (out[step] ??= {});
    const approver = (step, name, item) => {
        const safe = NAME.test(name)
            ? name
            : name.replace(/^[^A-Za-z_]/, '_').replace(/[^A-Za-z0-9_.@-]/g, '_');
        if (safe !== name)
            notes.push(`approver '${name}' of step '${step}' is written as '${safe}'`);
        entry(step)[safe] ??= item;
    };
    for (const r of input.results) {
        if (r.type !== 'manual')
            continue;
        for (const e of Object.values(r.evidence)) {
            if (e.kind === 'text')
                entry(r.step_id)[e.name] = { kind: 'text', value: input.recorder.redact(e.value ?? '') };
            else if (e.kind === 'checklist' && (e.items ?? []).length > 0)
                entry(r.step_id)[e.name] = { kind: 'checklist', items: e.items };
            else if (e.kind === 'attachment' && e.file !== undefined) {
                const to = `${dir}/${r.step_id}/${e.name}/${(0,external_node_path_.basename)(e.original_name ?? e.file)}`;
                copies.push({ from: e.file, to });
                entry(r.step_id)[e.name] = { kind: 'attachment', path: to };
            }
        }
        for (const a of r.approvals ?? [])
            approver(r.step_id, a.approver, {
                kind: 'approval',
                ...(a.role === undefined ? {} : { role: a.role })
            });
    }
    for (const c of input.recorder.confirmations)
        approver(c.step_id, c.by, { kind: 'approval' });
    return out;
}
function yaml(value) {
    return (0,dist/* stringify */.As)(value, { lineWidth: 0, minContentWidth: 0 });
}

;// CONCATENATED MODULE: ./src/providers/replay/record-write.ts
// Puts a planned recording on disk: the scenario, its response files, the evidence file and the
// attachments, beside OUT.yaml. Text attachments go through the runbook's redaction too; binary
// ones are copied as they are.



/** Writes OUT.yaml and what goes beside it; `runDir` is where the run stored attachments. */
async function writeRecording(input, runDir) {
    const plan = planRecording(input);
    if ('error' in plan)
        return { ok: false, error: plan.error };
    const base = (0,external_node_path_.dirname)((0,external_node_path_.resolve)(input.outPath));
    const written = [];
    const put = async (rel, data) => {
        const path = (0,external_node_path_.join)(base, rel);
        await (0,promises_.mkdir)((0,external_node_path_.dirname)(path), { recursive: true });
        await (0,promises_.writeFile)(path, data);
        written.push(path);
    };
    try {
        for (const f of plan.files)
            await put(f.path, f.text);
        for (const c of plan.copies) {
            const bytes = await (0,promises_.readFile)((0,external_node_path_.join)(runDir, c.from));
            const text = asText(bytes);
            await put(c.to, text === undefined ? bytes : input.recorder.redact(text));
        }
    }
    catch (err) {
        return { ok: false, error: `cannot write the recording: ${err.message}` };
    }
    return { ok: true, written, notes: plan.notes };
}
function asText(bytes) {
    if (bytes.includes(0))
        return undefined;
    try {
        return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/providers/replay/index.ts

















/***/ }),

/***/ 5049:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ xmlEscape)
/* harmony export */ });
// XML 1.0 text and attribute escaping for the JUnit report. Characters XML 1.0 cannot carry at
// all (most C0 controls, lone surrogates, U+FFFE/U+FFFF) become U+FFFD instead of breaking it.
const ENTITIES = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '"': '&quot;',
    "'": '&apos;',
    '\n': '&#10;',
    '\r': '&#13;',
    '\t': '&#9;'
};
/** Escapes text for element content (`attribute` false) or a double-quoted attribute value. */
function xmlEscape(text, attribute = false) {
    const special = attribute ? /[&<>"'\n\r\t]/g : /[&<>]/g;
    return validXml(text).replace(special, (c) => ENTITIES[c] ?? c);
}
function validXml(text) {
    let out = '';
    for (const ch of text) {
        const c = ch.codePointAt(0) ?? 0;
        const ok = c === 0x9 ||
            c === 0xa ||
            c === 0xd ||
            (c >= 0x20 && c <= 0xd7ff) ||
            (c >= 0xe000 && c <= 0xfffd) ||
            c >= 0x10000;
        out += ok ? ch : '\uFFFD';
    }
    return out;
}


/***/ }),

/***/ 7338:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ systemClock)
/* harmony export */ });
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8500);
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_timers_promises__WEBPACK_IMPORTED_MODULE_0__);
// The real clock: wall time for records, monotonic time for durations.

const systemClock = {
    now: () => new Date().toISOString(),
    monotonicMs: () => performance.now(),
    sleep: async (ms, signal) => {
        try {
            await (0,node_timers_promises__WEBPACK_IMPORTED_MODULE_0__.setTimeout)(ms, undefined, signal === undefined ? {} : { signal });
        }
        catch {
            // aborted: the caller checks its signal
        }
    }
};


/***/ })

};
