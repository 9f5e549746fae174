export const id = 800;
export const ids = [800];
export const modules = {

/***/ 4800:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  CompileExit: () => (/* binding */ CompileExit),
  compileCommand: () => (/* binding */ compileCommand),
  describe: () => (/* binding */ describe),
  llmSettings: () => (/* binding */ llmSettings)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/runbook/index.ts + 36 modules
var src_runbook = __webpack_require__(9059);
;// CONCATENATED MODULE: ./src/compiler/shell/lexer.ts
// A POSIX-shell word lexer, enough to run a command without a shell when that keeps its meaning:
// quotes are removed exactly as the shell removes them, `$NAME`/`${NAME}` and `<placeholder>` stay
// visible as parts, and everything only a shell can do (operators, substitutions, globs, here-docs)
// is reported by name so the caller can refuse to automate it.
const OPERATORS = [
    '<<<',
    '<<-',
    '&&',
    '||',
    ';;',
    '<<',
    '>>',
    '>&',
    '<&',
    '&>',
    '>|',
    '<>',
    '|',
    '&',
    ';',
    '(',
    ')',
    '<',
    '>',
    '\n'
];
const META = new Set([' ', '\t', '\n', '|', '&', ';', '(', ')', '<', '>']);
const NAME = /^[A-Za-z_][A-Za-z0-9_]*/;
/** `<pod-name>`, `<volume name>`, `<ingress-azure-....>`, `<which-namespace?>`: a reader fills these in. */
const PLACEHOLDER = /^<([A-Za-z_][A-Za-z0-9_ .?-]*[A-Za-z0-9_.?])>|^<([A-Za-z_])>/;
/** Lexings kept: the stages of a compile lex the same lines again and again (8x in the corpus). */
const CACHE_SIZE = 2048;
const cache = new Map();
/**
 * Splits shell text into words and operators. Never throws. The result is shared between callers
 * (cached by text) and frozen: read it, never change it.
 */
function lexShell(text) {
    let lexed = cache.get(text);
    if (lexed === undefined) {
        lexed = deepFreeze(lex(text));
        if (cache.size >= CACHE_SIZE)
            cache.clear();
        cache.set(text, lexed);
    }
    return lexed;
}
function deepFreeze(value) {
    if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
        Object.freeze(value);
        for (const v of Object.values(value))
            deepFreeze(v);
    }
    return value;
}
function lex(text) {
    const tokens = [];
    const features = new Set();
    const heredocs = [];
    const heredocBodies = [];
    let pending = 0;
    let comment;
    let unterminated;
    let i = 0;
    let expectHeredoc = false;
    while (i < text.length) {
        const ch = text[i];
        if (ch === ' ' || ch === '\t') {
            i++;
            continue;
        }
        if (ch === '#') {
            comment = text
                .slice(i + 1)
                .split('\n')[0]
                ?.trim();
            const nl = text.indexOf('\n', i);
            if (nl === -1)
                break;
            i = nl;
            continue;
        }
        if (ch === '\\' && text[i + 1] === '\n') {
            i += 2;
            continue;
        }
        const placeholder = PLACEHOLDER.exec(text.slice(i));
        if (!META.has(ch) || (ch === '<' && placeholder !== null)) {
            const r = readWord(text, i, features);
            if (r.unterminated !== undefined)
                unterminated = r.unterminated;
            if (expectHeredoc) {
                heredocs.push(r.word.parts.map((p) => (p.kind === 'lit' ? p.text : p.raw)).join(''));
                expectHeredoc = false;
            }
            tokens.push({ kind: 'word', word: r.word });
            i = r.end;
            continue;
        }
        const op = OPERATORS.find((o) => text.startsWith(o, i)) ?? ch;
        if ((op === '<' || op === '>') && text[i + 1] === '(')
            features.add('process substitution');
        if (op === '<<' || op === '<<-')
            expectHeredoc = true;
        if (op === '\n' && pending < heredocs.length) {
            // The lines after a here-document's command are its body, not shell text.
            i = readBodies(text, i + 1, heredocs.slice(pending), heredocBodies);
            pending = heredocs.length;
            if (i < text.length)
                tokens.push({ kind: 'op', op, offset: i - 1 });
            continue;
        }
        tokens.push({ kind: 'op', op, offset: i });
        i += op.length;
    }
    const out = { tokens, features: [...features].sort(), heredocs, heredocBodies };
    if (unterminated !== undefined)
        out.unterminated = unterminated;
    if (comment !== undefined)
        out.comment = comment;
    return out;
}
/** Reads the bodies of `delims` from `start`; returns where the text after the last one begins. */
function readBodies(text, start, delims, out) {
    let i = start;
    for (const delim of delims) {
        const body = [];
        while (i < text.length) {
            const nl = text.indexOf('\n', i);
            const line = text.slice(i, nl === -1 ? text.length : nl);
            i = nl === -1 ? text.length : nl + 1;
            if (line.replace(/^\t+/, '').trim() === delim)
                break;
            body.push(line);
        }
        out.push(body.join('\n'));
    }
    return i;
}
function readWord(text, start, features) {
    const parts = [];
    const lit = (t, quoted) => {
        const last = parts[parts.length - 1];
        if (last?.kind === 'lit' && last.quoted === quoted)
            last.text += t;
        else
            parts.push({ kind: 'lit', text: t, quoted });
    };
    let i = start;
    let unterminated;
    const atStart = () => i === start;
    while (i < text.length) {
        const ch = text[i];
        if (META.has(ch)) {
            const ph = ch === '<' ? PLACEHOLDER.exec(text.slice(i)) : null;
            if (ph === null)
                break;
            parts.push({ kind: 'placeholder', raw: ph[0] });
            i += ph[0].length;
            continue;
        }
        if (ch === "'") {
            const close = text.indexOf("'", i + 1);
            if (close === -1) {
                unterminated = 'single quote';
                lit(text.slice(i + 1), 'single');
                i = text.length;
                break;
            }
            splitPlaceholders(text.slice(i + 1, close), 'single', parts, lit);
            i = close + 1;
            continue;
        }
        if (ch === '"') {
            const r = readDouble(text, i + 1, features, parts, lit);
            i = r.end;
            if (r.unterminated) {
                unterminated = 'double quote';
                break;
            }
            continue;
        }
        if (ch === '\\') {
            if (text[i + 1] === '\n') {
                i += 2;
                continue;
            }
            if (i + 1 < text.length)
                lit(text[i + 1], 'single');
            i += 2;
            continue;
        }
        if (ch === '$') {
            const r = readDollar(text, i, features, parts);
            if (r.unterminated)
                unterminated = 'substitution';
            if (r.literal !== undefined)
                lit(r.literal, 'none');
            i = r.end;
            continue;
        }
        if (ch === '`') {
            features.add('command substitution');
            const close = text.indexOf('`', i + 1);
            if (close === -1)
                unterminated = 'backquote';
            lit(text.slice(i, close === -1 ? text.length : close + 1), 'none');
            i = close === -1 ? text.length : close + 1;
            continue;
        }
        if (ch === '*' || ch === '?' || (ch === '[' && closesInWord(text, i)))
            features.add('glob');
        if (ch === '~' && atStart())
            features.add('tilde expansion');
        if (ch === '{' && /^\{[^{}\s]*(,|\.\.)[^{}\s]*\}/.test(text.slice(i)))
            features.add('brace expansion');
        lit(ch, 'none');
        i++;
    }
    const word = { parts, raw: text.slice(start, i), offset: start };
    return unterminated === undefined ? { word, end: i } : { word, end: i, unterminated };
}
// `[a-z]` is a glob only when its `]` is in the same word: `[ 1 ]` is the test command.
function closesInWord(text, open) {
    for (let j = open + 1; j < text.length; j++) {
        const c = text[j];
        if (c === ']')
            return true;
        if (META.has(c))
            return false;
    }
    return false;
}
function splitPlaceholders(s, quoted, parts, lit) {
    let i = 0;
    while (i < s.length) {
        const ph = s[i] === '<' ? PLACEHOLDER.exec(s.slice(i)) : null;
        if (ph !== null) {
            parts.push({ kind: 'placeholder', raw: ph[0] });
            i += ph[0].length;
        }
        else {
            lit(s[i], quoted);
            i++;
        }
    }
}
function readDouble(text, start, features, parts, lit) {
    let i = start;
    let buf = '';
    const flush = () => {
        if (buf !== '')
            splitPlaceholders(buf, 'double', parts, lit);
        buf = '';
    };
    // An empty "" still makes a (possibly empty) word: record an empty literal.
    if (text[i] === '"')
        lit('', 'double');
    while (i < text.length) {
        const ch = text[i];
        if (ch === '"') {
            flush();
            return { end: i + 1, unterminated: false };
        }
        if (ch === '\\' && i + 1 < text.length) {
            const nx = text[i + 1];
            if (nx === '\n')
                i += 2;
            else {
                buf += '$`"\\'.includes(nx) ? nx : `\\${nx}`;
                i += 2;
            }
            continue;
        }
        if (ch === '$') {
            flush();
            const r = readDollar(text, i, features, parts, true);
            if (r.literal !== undefined)
                buf += r.literal;
            i = r.end;
            if (r.unterminated)
                return { end: i, unterminated: true };
            continue;
        }
        if (ch === '`')
            features.add('command substitution');
        buf += ch;
        i++;
    }
    flush();
    return { end: i, unterminated: true };
}
function readDollar(text, i, features, parts, quoted = false) {
    const rest = text.slice(i + 1);
    if (rest.startsWith('((')) {
        features.add('arithmetic expansion');
        return skipBalanced(text, i + 1, '(', ')');
    }
    if (rest.startsWith('(')) {
        features.add('command substitution');
        return skipBalanced(text, i + 1, '(', ')');
    }
    if (rest.startsWith('{')) {
        const close = text.indexOf('}', i + 2);
        if (close === -1)
            return { end: text.length, unterminated: true, literal: text.slice(i) };
        const inner = text.slice(i + 2, close);
        if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(inner)) {
            parts.push(varPart(inner, text.slice(i, close + 1), quoted));
        }
        else {
            features.add('parameter expansion');
            return { end: close + 1, literal: text.slice(i, close + 1) };
        }
        return { end: close + 1 };
    }
    const name = NAME.exec(rest);
    if (name !== null) {
        parts.push(varPart(name[0], `$${name[0]}`, quoted));
        return { end: i + 1 + name[0].length };
    }
    if (/^[0-9@*#?$!-]/.test(rest)) {
        features.add('special parameter');
        return { end: i + 2, literal: text.slice(i, i + 2) };
    }
    if (rest.startsWith("'"))
        features.add('ANSI-C quoting');
    return { end: i + 1, literal: '$' };
}
// A `$NAME` inside double quotes is one word whatever its value; unquoted, the shell splits it.
function varPart(name, raw, quoted) {
    return quoted ? { kind: 'var', name, raw, quoted: true } : { kind: 'var', name, raw };
}
function skipBalanced(text, open, o, c) {
    const j = closingIndex(text, open, o, c);
    return j === -1
        ? { end: text.length, literal: text.slice(open - 1), unterminated: true }
        : { end: j + 1, literal: text.slice(open - 1, j + 1) };
}
/** Index of the `c` that closes the `o` at `open` (quotes respected), or -1. */
function closingIndex(text, open, o = '(', c = ')') {
    let depth = 0;
    let quote;
    for (let j = open; j < text.length; j++) {
        const ch = text[j];
        if (quote !== undefined) {
            if (ch === quote)
                quote = undefined;
            else if (ch === '\\' && quote === '"')
                j++;
            continue;
        }
        if (ch === "'" || ch === '"')
            quote = ch;
        else if (ch === '\\')
            j++;
        else if (ch === o)
            depth++;
        else if (ch === c && --depth === 0)
            return j;
    }
    return -1;
}

;// CONCATENATED MODULE: ./src/compiler/shell/foreign.ts
// Variables of another language written inside a shell command: awk's `$NF`, gdb's `$rip` and
// `$_siginfo`, Grafana's `$__rate_interval` in a PromQL query, a PostgreSQL dollar-quote tag
// (`$body$`). They are not values for the operator to fill in: never vars, and a command that
// holds them (where the shell would expand them) is shown verbatim, not run as argv.

const AWK = new Set(['awk', 'gawk', 'mawk', 'nawk']);
const AWK_BUILTINS = new Set(['NF', 'NR', 'FNR', 'FS', 'OFS', 'RS', 'ORS', 'FILENAME', 'SUBSEP']);
const DEBUGGERS = new Set(['gdb', 'lldb', 'cuda-gdb']);
/** The names of the `$variables` in `text` that belong to another language than the shell. */
function foreignVars(text) {
    const out = new Set();
    if (!text.includes('$'))
        return out;
    for (const m of text.matchAll(/\$([A-Za-z_][A-Za-z0-9_]*)\$/g))
        out.add(m[1]);
    let program;
    for (const t of lexShell(text).tokens) {
        if (t.kind === 'op') {
            program = undefined;
            continue;
        }
        const base = (t.word.raw.split('/').pop() ?? '').replace(/^["']|["']$/g, '');
        if (program === undefined && !/^[A-Za-z_][A-Za-z0-9_]*=/.test(t.word.raw))
            program = base;
        for (const p of t.word.parts) {
            if (p.kind !== 'var')
                continue;
            if (p.name.startsWith('_'))
                out.add(p.name);
            else if (program !== undefined && AWK.has(program) && AWK_BUILTINS.has(p.name))
                out.add(p.name);
            else if (program !== undefined && DEBUGGERS.has(program))
                out.add(p.name);
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./src/compiler/interpret/vars.ts

const BRACES_VAR = 'literal_braces';
// Not `NAME=` (an assignment or a key) and not `$NAME` (a variable inside `$(...)` text).
const CAPS = /(?<!\$\{?)\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\b(?!=)/g;
// `NODE_NAME`, `POD_IP`, `YOUR_CLUSTER` stand for a value; `APPROVE_PLAN`, `ETCDCTL_API` and
// `MISE_TASK_OUTPUT` are literal words (an enum value, a variable's own name) that only look alike.
const VALUE_WORDS = new Set(`NAME NAMES ID IDS IP IPS HOST HOSTS HOSTNAME ADDR ADDRESS PORT PATH DIR FILE FILENAME URL URI
  ENDPOINT KEY TOKEN SECRET PASSWORD PASS USER USERNAME NAMESPACE NS POD PODS NODE NODES CLUSTER
  CONTEXT REGION ZONE VERSION TAG IMAGE VALUE NUMBER NUM COUNT SIZE ACCOUNT SUBSCRIPTION TENANT
  GROUP RG BUCKET DB DATABASE TABLE SERVICE SVC DEPLOYMENT DOMAIN EMAIL UUID UID GUID CERT DEVICE
  DISK VOLUME PVC ARN PROJECT ORG REPO BRANCH COMMIT SHA HERE`.split(/\s+/));
/** True when an all-capitals word with underscores reads as a value to fill in. */
function isCapsPlaceholder(word) {
    const parts = word.split('_');
    return (VALUE_WORDS.has(parts[parts.length - 1]) || /^(YOUR|MY|SOME)$/.test(parts[0] ?? ''));
}
// One all-capitals word after a flag stands for a value when it is the flag's own name
// (`--zone ZONE`, `--resource-group RESOURCE_GROUP`) or one of these (`-n NAMESPACE`); an enum
// value (`-X GET`, `--level INFO`, `dig -t NS`) is neither.
const FLAG_VALUE_WORDS = new Set(`NAMESPACE POD NODE CLUSTER HOST HOSTNAME PORT IP ZONE REGION PROJECT SUBSCRIPTION TENANT ACCOUNT
  BUCKET DATABASE USER USERNAME PASSWORD TOKEN DOMAIN EMAIL NAME UUID CONTEXT DEPLOYMENT IMAGE
  VERSION DEVICE DISK VOLUME PVC ORG REPO BRANCH FILE FILENAME PATH DIR URL ENDPOINT`.split(/\s+/));
/** The placeholder in `--flag VALUE` (`prev` is `--flag`) or `--flag=VALUE`, or undefined. */
function flagPlaceholder(text, prev) {
    const joined = /^(--?[A-Za-z][\w-]*)=([A-Z][A-Z0-9_]*)$/.exec(text);
    const flag = joined?.[1] ?? (prev?.parts.length === 1 ? displayWord(prev) : '');
    const value = joined?.[2] ?? text;
    if (!/^--?[A-Za-z][\w-]*$/.test(flag) || !/^[A-Z][A-Z0-9_]+$/.test(value))
        return undefined;
    const own = flag.replace(/^-+/, '').toUpperCase().replace(/-/g, '_') === value;
    return own || FLAG_VALUE_WORDS.has(value) ? value : undefined;
}
const EXAMPLE_NAME = /^([a-z0-9][a-z0-9.-]*?)-(x{4,}|X{4,})$/;
// `mysql-56c8c6775b-rph8k`: a name Kubernetes generated in the author's cluster (a ReplicaSet hash
// and a random suffix); it will not exist in the reader's, so it stands for a value too.
const GENERATED_NAME = /^([a-z][a-z0-9-]*?)-(?=[0-9a-z]*[0-9])[0-9a-z]{8,10}-[bcdfghjklmnpqrstvwxz2-9]{5}$/;
/** The var name for a placeholder: `<AGIC-POD-NAME>` -> `agic_pod_name`. */
function placeholderName(raw) {
    const inner = raw.replace(/^<|>$/g, '');
    const name = inner
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '_')
        .replace(/^_+|_+$/g, '');
    if (name === '')
        return 'value';
    return /^[0-9]/.test(name) ? `v_${name}` : name;
}
/** The registry of variables, in a deterministic order (sorted by name when emitted). */
class Vars {
    map = new Map();
    captured = new Map();
    captureNames = new Set();
    captures = [];
    alias = new Map();
    /** Records a use of `name`, written as `written` at `line`. */
    use(name, written, line, how) {
        const key = this.key(name);
        const v = this.map.get(key) ?? { name: key, default: '', written: [], lines: [], how };
        if (!v.written.includes(written))
            v.written.push(written);
        if (!v.lines.includes(line))
            v.lines.push(line);
        this.map.set(key, v);
        return `{{ .${key} }}`;
    }
    /** Sets a default from a literal assignment (`BASE=http://...`); the first one wins. */
    define(name, value, line, written = `$${name}`) {
        this.captured.delete(name);
        const key = this.key(name);
        const v = this.map.get(key);
        if (v === undefined) {
            this.map.set(key, {
                name: key,
                default: value,
                written: [written],
                lines: [line],
                how: `assigned at line ${line}`
            });
            return {};
        }
        if (!v.lines.includes(line))
            v.lines.push(line);
        if (v.how.startsWith('assigned'))
            return v.default === value ? {} : { conflict: v.default };
        v.default = value;
        v.how = `assigned at line ${line}`;
        return {};
    }
    /** Binds shell variable `shell` to a new capture; later `$shell` renders as that capture. */
    capture(shell, line, single) {
        let name = shell;
        for (let n = 2; this.map.has(name) || this.captureNames.has(name); n++)
            name = `${shell}_${n}`;
        const c = { name, shell, line, uses: [], single };
        this.captureNames.add(name);
        this.captured.set(shell, c);
        this.captures.push(c);
        return c;
    }
    /** Every capture, in the order of the source. */
    allCaptures() {
        return [...this.captures];
    }
    /** The capture `$shell` currently stands for, if any. */
    captureOf(shell) {
        return this.captured.get(shell);
    }
    /** `shell` is set again by something else than a capture: later uses are no longer it. */
    release(shell) {
        this.captured.delete(shell);
    }
    has(name) {
        return this.map.has(this.alias.get(name) ?? name);
    }
    get(name) {
        return this.map.get(this.alias.get(name) ?? name);
    }
    /** All variables, sorted by name. */
    all() {
        return [...this.map.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    }
    // A var never takes the name of a capture (the engine refuses that): it gets a numbered one.
    key(name) {
        const known = this.alias.get(name);
        if (known !== undefined)
            return known;
        if (!this.captureNames.has(name))
            return name;
        let key = `${name}_2`;
        for (let n = 3; this.map.has(key) || this.captureNames.has(key); n++)
            key = `${name}_${n}`;
        this.alias.set(name, key);
        return key;
    }
}
/** Escapes literal text for a templated field: `{{` renders from a var. */
function escapeBraces(text, vars, line) {
    if (!text.includes('{{'))
        return text;
    vars.define(BRACES_VAR, '{{', line, '{{');
    return text.split('{{').join(`{{ .${BRACES_VAR} }}`);
}
/**
 * Renders a shell word as one templated argv element, registering its variables in `refs`.
 * Variables in `local` are set by the same command (a loop variable): they stay as written.
 */
function renderWord(word, vars, line, refs = new Map(), local = new Set(), prev) {
    return word.parts.map((p) => renderPart(p, word, vars, line, refs, local, prev)).join('');
}
function renderPart(p, word, vars, line, refs, local, prev) {
    if (p.kind === 'var' && local.has(p.name))
        return escapeBraces(p.raw, vars, line);
    const use = (name, written, how) => {
        const ref = vars.use(name, written, line, how);
        refs.set(written, ref);
        return ref;
    };
    if (p.kind === 'var') {
        const c = vars.captureOf(p.name);
        if (c === undefined)
            return use(p.name, p.raw, 'shell variable');
        if (!c.uses.includes(line))
            c.uses.push(line);
        refs.set(p.raw, `{{ .${c.name} }}`);
        return `{{ .${c.name} }}`;
    }
    if (p.kind === 'placeholder')
        return use(placeholderName(p.raw), p.raw, 'placeholder');
    // `read -s DB_PASSWORD`, `for HOST in ...`: the name of a variable the command sets.
    if (p.quoted === 'none' && !local.has(p.text)) {
        const ex = word.parts.length === 1 ? (EXAMPLE_NAME.exec(p.text) ?? GENERATED_NAME.exec(p.text)) : null;
        if (ex !== null)
            return use(`${placeholderName(ex[1])}_name`, p.text, 'example name');
        const value = word.parts.length === 1 ? flagPlaceholder(p.text, prev) : undefined;
        if (value !== undefined)
            return (escapeBraces(p.text.slice(0, p.text.length - value.length), vars, line) +
                use(placeholderName(value), value, 'placeholder'));
        return capsPlaceholders(p.text, vars, line, use);
    }
    // Quoted text holds placeholders too: `"https://OPENSEARCH_HOST:9200/_cat/shards"`.
    // A quoted program text (a jq filter, a JSON body) is left alone unless it is a URL or one word.
    if (p.kind === 'lit' && (p.text.includes('://') || (p.quoted === 'double' && !/\s/.test(p.text))))
        return capsPlaceholders(p.text, vars, line, use);
    return escapeBraces(p.text, vars, line);
}
// `https://HOST/api`, `http://ES_HOST:PORT/`, `?token=TOKEN`: in a URL one all-capitals word
// stands for a value when it is a value word, with or without an underscore.
const URL_CAPS = /(?<=:\/\/|[@/:?&=])[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*(?=[/:?&#=@]|$)/g;
/** True when `text` holds an all-capitals placeholder (`https://KEYCLOAK_HOST/auth`). */
function hasCapsPlaceholder(text) {
    const probe = new Vars();
    return capsPlaceholders(text, probe, 0, () => '\u0000') !== escapeBraces(text, probe, 0);
}
/** `text` with its all-capitals placeholders rendered as vars (and literal `{{` escaped). */
function capsPlaceholders(text, vars, line, use) {
    const found = [];
    for (const m of text.matchAll(CAPS))
        if (isCapsPlaceholder(m[0]))
            found.push({ index: m.index, word: m[0] });
    if (text.includes('://'))
        for (const m of text.matchAll(URL_CAPS))
            if ((VALUE_WORDS.has(m[0]) || isCapsPlaceholder(m[0])) &&
                !found.some((f) => f.index === m.index))
                found.push({ index: m.index, word: m[0] });
    found.sort((a, b) => a.index - b.index);
    let out = '';
    let last = 0;
    for (const f of found) {
        if (f.index < last)
            continue;
        out += escapeBraces(text.slice(last, f.index), vars, line);
        out += use(placeholderName(f.word), f.word, 'placeholder');
        last = f.index + f.word.length;
    }
    return out + escapeBraces(text.slice(last), vars, line);
}
/** How a word reads with its placeholders and variables as written (for classification). */
function displayWord(word) {
    return word.parts.map((p) => (p.kind === 'lit' ? p.text : p.raw)).join('');
}
/**
 * A here-document body as a templated string: literal `{{` escaped, and when the shell would
 * expand it (`expands`), `$VAR` and `${VAR}` rendered as the var or capture they stand for.
 */
function renderBody(body, expands, vars, line) {
    if (!expands)
        return escapeBraces(body, vars, line);
    const foreign = foreignVars(body);
    let out = '';
    let last = 0;
    for (const m of body.matchAll(/\$\{?([A-Za-z_][A-Za-z0-9_]*)\}?/g)) {
        const name = m[1];
        if (foreign.has(name))
            continue;
        const c = vars.captureOf(name);
        out += escapeBraces(body.slice(last, m.index), vars, line);
        out += c === undefined ? vars.use(name, m[0], line, 'shell variable') : `{{ .${c.name} }}`;
        last = m.index + m[0].length;
    }
    return out + escapeBraces(body.slice(last), vars, line);
}

;// CONCATENATED MODULE: ./src/compiler/interpret/instructions.ts

const WHY_LABEL = {
    prose: 'prose instructions',
    'needs-shell': 'needs a shell',
    destructive: 'destructive',
    ambiguous: 'ambiguous',
    interactive: 'interactive or long-running',
    'in-session': 'runs inside a session',
    'placeholder-command': 'the program is a placeholder',
    'shell-builtin': 'shell builtin',
    runner: 'runs another command',
    sql: 'SQL to run in a database session',
    powershell: 'PowerShell, not a POSIX command the runbook can run',
    degraded: 'the compiler could not stand behind an automated step',
    'in-directory': 'runs in a directory the runbook cannot name',
    warned: 'a warning says not to run it',
    choice: 'a person picks the alternative that applies'
};
/** Builds the Markdown instructions of a manual command step (templates escaped). */
function manualInstructions(src, why, detail, refs, ctx, destructive = why === 'destructive' || why === 'warned') {
    const vars = ctx.doc.vars;
    const esc = (t) => escapeBraces(t, vars, src.line);
    const fence = src.raw.includes('```') ? '~~~' : '```';
    const parts = [];
    if (src.intro !== undefined && src.intro !== '')
        parts.push(esc(src.intro));
    const how = destructive
        ? 'Run by hand only if it is safe to do so, then record what you did'
        : 'Run by hand, then record the outcome';
    // A `cd DIR` earlier in the block is where the command runs: say so, since it is not shown.
    const where = ctx.cwd === undefined ? '' : `, in the directory \`${esc(ctx.cwd)}\` (the \`cd\` above it)`;
    const lines = src.endLine > src.line ? `lines ${src.line}–${src.endLine}` : `line ${src.line}`;
    parts.push(`${how} (source ${lines}${where}):`);
    parts.push(`${fence}${src.lang === '' ? 'sh' : src.lang}\n${esc(src.raw)}\n${fence}`);
    parts.push(`Not automated (${WHY_LABEL[why]}): ${esc(detail)}.`);
    const s = ctx.session;
    if (why === 'in-session' && s?.prose === true) {
        const target = vars.use('target_host', 'a machine prose names', s.line, 'the machine the TSG logs in to');
        parts.push(`Run on: ${target} (the machine of "${esc(s.opener)}", line ${s.line}).`);
    }
    if (refs.size > 0) {
        const values = [...refs].map(([written, ref]) => `\`${esc(written)}\` = ${ref}`);
        parts.push(`Values: ${values.join(', ')}`);
    }
    return parts.join('\n\n');
}

;// CONCATENATED MODULE: ./src/compiler/extract/text.ts
/** The text of a node without Markdown syntax; code blocks are left out. */
function plainText(node) {
    if (node.type === 'code' || node.type === 'html' || node.type === 'yaml')
        return '';
    if (node.type === 'text' || node.type === 'inlineCode')
        return node.value;
    if (node.type === 'break')
        return '\n';
    if (!('children' in node))
        return '';
    const sep = node.type === 'list' || node.type === 'listItem' || node.type === 'root' ? '\n' : '';
    return node.children
        .map(plainText)
        .filter((s) => s !== '')
        .join(sep);
}
/** A heading title: `{{% heading "prerequisites" %}}` becomes `prerequisites`, markup dropped. */
function cleanTitle(text) {
    return text
        .replace(/\{\{[%<]\s*[\w/-]+\s+"([^"]*)"[^}]*[%>]\}\}/g, '$1')
        .replace(/\{\{[%<][^}]*[%>]\}\}/g, '')
        .replace(/\s+/g, ' ')
        .trim();
}
/** Collapses white space, for one-line renderings of prose. */
function oneLine(text) {
    return text.replace(/\s+/g, ' ').trim();
}
/**
 * Hugo shortcodes in Markdown for a reader: `{{% alert title="Note" %}}` becomes `**Note:**`, the
 * others (closing tags, `{{< version-check >}}`) go, with a line left holding only punctuation.
 */
function stripShortcodes(markdown) {
    if (!/\{\{[%<]/.test(markdown))
        return markdown;
    return markdown
        .replace(/\{\{[%<]\s*(\/?[\w-]+)([^}]*?)[%>]\}\}(\n?)/g, (_, name, args, nl) => {
        const title = /\btitle="([^"]*)"/.exec(args)?.[1];
        return title !== undefined && !name.startsWith('/') ? `**${title}:** ` : nl;
    })
        .split('\n')
        .filter((l) => !/^\s*[.,;:]+\s*$/.test(l))
        .join('\n');
}
/**
 * `text` cut to at most `max` characters for a summary: at the last sentence end that fits, else
 * at the last word, with an ellipsis. Short text is returned as is.
 */
function clip(text, max) {
    if (text.length <= max)
        return text;
    const head = text.slice(0, max - 1);
    const sentence = /^.*[.!?](?=\s)/s.exec(head)?.[0];
    if (sentence !== undefined && sentence.length >= max / 3)
        return sentence;
    const word = head.replace(/\s+\S*$/, '');
    return `${word === '' ? head : word}…`;
}

;// CONCATENATED MODULE: ./src/compiler/interpret/escalation.ts
// On the heading only (prose saying "see the escalation policy" is no ending).
const ESCALATES = /^\s*(?:\d+[.)]?\s*)?(?:escalat(?:e|es|ion|ing)\b(?!\s+(?:polic(?:y|ies)|matrix|paths?|contacts?|levels?)\b)|(?:if|when)\s+(?:none of the above|(?:nothing|none)(?: of (?:this|these|that|the above))? (?:works|helps|worked|helped)|(?:the\s+)?(?:issue|problem|error|alert|incident|failure)s?\s+(?:persists?|continues?|remains?|recurs?|is not resolved|(?:is|are) still))|(?:contact|page|engage|call)\s+(?:the\s+|your\s+)?(?:[\w-]+\s+){0,4}(?:on-?call|team|support|administrators?|admins?|owners?|sre|dri|vendor|engineers?)\b)/i;
// What the section does: a heading like "If nothing helps" may be a last-resort fix (recreate the VM),
// no escalation; the heading or the section's first sentence must say to escalate, page or contact.
const HANDS_OVER = /\b(?:escalat\w*|page|paging|contact|engage|notify|hand (?:it )?over|open (?:a )?(?:support )?(?:case|ticket))\b/i;
/** True when a heading and the first sentence under it say the procedure ends by escalating. */
function escalates(title, firstSentence) {
    return ESCALATES.test(title) && HANDS_OVER.test(`${title} ${firstSentence}`);
}
const RESOLVED = 'Resolved without escalation.';
/**
 * True when a section ends the procedure by escalating and stands alone: it escalates, it holds a
 * step, and no step follows its subtree (a "Related alerts" step after it: not an end).
 */
function endsByEscalating(s, first, end, steps) {
    return (escalates(s.title, first) &&
        steps.some((p) => p.line >= s.line && p.line <= end) &&
        !steps.some((p) => p.line > end));
}
/** Once ids and guards exist: the outcomes of escalating alternatives and of a trailing escalation. */
function markOutcomes(steps, choices) {
    for (const c of choices) {
        const id = c.planned.step.id;
        for (const o of c.options) {
            const ends = c.why === 'escalate' ? o.value === 'yes' : escalates(o.label, o.description);
            const inside = steps.filter((p) => p !== c.planned && p.line >= o.line && p.line <= o.endLine);
            const last = inside[inside.length - 1];
            if (!ends || last === undefined)
                continue;
            if (c.why !== 'escalate' && !endsElsewhere(steps, c))
                continue;
            last.step.outcomes = [
                { state: 'escalated', recommendation: o.description === '' ? o.label : o.description }
            ];
        }
        if (c.why === 'escalate')
            c.planned.step.outcomes = [
                { when: `evidence.${id}.${c.name} == "no"`, state: 'resolved', recommendation: RESOLVED }
            ];
    }
}
// An escalating option among others: the other options' runs go on to the last step of the runbook,
// which then ends them resolved (unguarded, after the set); without such a step, no outcome at all
// (some path would end without one).
function endsElsewhere(steps, c) {
    const last = steps[steps.length - 1];
    if (last === undefined || last.step.when !== undefined || last.line <= c.endLine)
        return false;
    last.step.outcomes ??= [{ state: 'resolved', recommendation: RESOLVED }];
    return true;
}

;// CONCATENATED MODULE: ./src/compiler/interpret/ids.ts
// Step ids: stable slugs of section headings (or Runme `name` hints), de-duplicated in order.
/** `Check VM and VMI status:` -> `check_vm_and_vmi_status`; at most `max` characters. */
function slug(text, max = 48, sep = '_') {
    const words = text
        .normalize('NFKD')
        .replace(/[\u0300-\u036f]/g, '')
        .toLowerCase()
        .split(/[^a-z0-9]+/)
        .filter((w) => w !== '');
    let out = '';
    for (const w of words) {
        const next = out === '' ? w : `${out}${sep}${w}`;
        if (next.length > max && out !== '')
            break;
        out = next.slice(0, max);
    }
    return out;
}
// `1) Run cluster.yml`, `3. INCIDENT`, `Step 2: Shadow`, `A) Lockdown`, `2.1 Setup`: the number
// says where the heading stands, which changes when a step is added; the id keeps only the words.
const NUMBERING = /^\s*(?:(?:step|part|phase|stage)\s+\d+[a-z]?\s*[:.)-]?|\d+(?:\.\d+)+\.?(?=\s)|\d+[a-z]?[.)]|[A-Za-z][.)](?=\s))\s*/i;
/** A heading without its numbering (`2. EMERGENCY RESPONSES` -> `EMERGENCY RESPONSES`). */
function unnumbered(title) {
    return title.replace(NUMBERING, '');
}
/** Assigns ids to hints in order: the first `x`, then `x_2`, `x_3`; an empty hint becomes `step`. */
function uniqueIds(hints) {
    const used = new Set();
    return hints.map((hint) => {
        const base = slug(hint.replace(NUMBERING, '')) || slug(hint) || 'step';
        let id = base;
        for (let n = 2; used.has(id); n++)
            id = `${base}_${n}`;
        used.add(id);
        return id;
    });
}

;// CONCATENATED MODULE: ./src/compiler/interpret/alternatives.ts



const WHY_ALTERNATIVES = {
    marked: 'its subsections are marked as alternatives (lettered, "Option", "Case", "If", questions)',
    titled: 'its title announces alternatives (issues, problems, causes, scenarios, responses)',
    fixes: 'a mitigation section whose subsections each change state (the safety classifier rated their commands mutating or destructive): running them all in a line would apply every fix',
    if: 'an "If ..." heading: its steps run only when the condition holds',
    escalate: 'a section that ends the procedure by escalating: its steps run only when escalation is needed (the run ends escalated); otherwise the run ends resolved'
};
const MARKED = /^\s*(?:[A-H][.)]\s|(?:option|case|scenario|alternative|variant)\s+[A-Z0-9]{1,3}\b|(?:if|when|symptom|in case)\b)|\?\s*$/i;
const OTHERWISE = /^\s*(?:otherwise|else\b|(?:if )?none of the above|anything else|other (?:reasons|causes|issues|problems|cases))/i;
const TITLED = /\b(?:emergency responses?|responses|scenarios|cases|options|alternatives|faq|frequently asked questions|(?:possible|potential|common|known) (?:issues|problems|causes|failures)|(?:issues|problems) and (?:resolutions|solutions|fixes)|troubleshooting scenarios)\b/i;
const FIXES = /^\s*(?:\d+[.)]?\s*)?(?:mitigations?|resolutions?|remediations?|fixes|workarounds?|recovery)\s*$/i;
const MARKER = /^\s*(?:[A-H][.)]\s+|(?:option|case|scenario|alternative|variant)\s+[A-Z0-9]{1,3}\s*[:.)-]?\s*|(?:if|when|symptom:?|in case(?: of)?)\s+)/i;
const IF = /^\s*if\s+\S/i;
/** A heading without its alternative marker (`Option 1: Restart` -> `Restart`). */
function unmarked(title) {
    return title.replace(MARKER, '');
}
/** The sets of alternatives of a document, outermost first, each with at least one step. */
function findAlternatives(ir, steps) {
    const out = [];
    const claimed = new Set();
    const secs = ir.sections;
    secs.forEach((parent, i) => {
        if (parent.depth === 0)
            return;
        const children = childrenOf(secs, i);
        if (children.length < 2)
            return;
        const options = children.map(({ section, end }, k) => alternatives_option(section, section.line, end, steps, k));
        const withSteps = options.filter((o) => o.steps > 0);
        const why = children.every((c) => MARKED.test(c.section.title) || OTHERWISE.test(c.section.title))
            ? 'marked'
            : TITLED.test(parent.title)
                ? 'titled'
                : FIXES.test(parent.title) &&
                    options.filter((o) => o.level === 'mutating' || o.level === 'destructive').length >= 2
                    ? 'fixes'
                    : undefined;
        if (why === undefined || withSteps.length < 2)
            return;
        for (const c of children)
            claimed.add(c.section.line);
        out.push({
            why,
            title: parent.title,
            line: parent.line,
            endLine: children[children.length - 1]?.end ?? parent.endLine,
            depth: parent.depth,
            options: unique(options)
        });
    });
    secs.forEach((s, i) => {
        if (claimed.has(s.line))
            return;
        const end = subtreeEnd(secs, i);
        const yes = alternatives_option(s, s.line, end, steps, 0);
        const escalate = !out.some((a) => s.line >= a.line && s.line <= a.endLine) &&
            endsByEscalating(s, yes.description, end, steps);
        if (!escalate && !IF.test(s.title))
            return;
        if (yes.steps === 0)
            return;
        const cond = oneLine(s.title).replace(/^\s*if\s+/i, '');
        out.push({
            why: escalate ? 'escalate' : 'if',
            title: s.title,
            line: s.line,
            endLine: end,
            depth: s.depth,
            options: [
                {
                    ...yes,
                    value: 'yes',
                    label: escalate ? `Yes: escalate (${oneLine(s.title)})` : `Yes: ${cond}`
                },
                {
                    value: 'no',
                    label: escalate
                        ? 'No: the issue is resolved; the run ends here'
                        : `No: skip the steps of "${oneLine(s.title)}"`,
                    description: '',
                    line: s.line,
                    endLine: s.line - 1,
                    steps: 0
                }
            ]
        });
    });
    return out.sort((a, b) => a.line - b.line || a.depth - b.depth);
}
/** The direct subsections of sections[i], each with the last line of its subtree. */
function childrenOf(secs, i) {
    const parent = secs[i];
    const out = [];
    let depth = Infinity;
    for (let j = i + 1; j < secs.length && secs[j].depth > parent.depth; j++)
        depth = Math.min(depth, secs[j].depth);
    for (let j = i + 1; j < secs.length && secs[j].depth > parent.depth; j++) {
        const s = secs[j];
        if (s.depth === depth)
            out.push({ section: s, end: subtreeEnd(secs, j) });
    }
    return out;
}
function subtreeEnd(secs, i) {
    const s = secs[i];
    let end = s.endLine;
    for (let j = i + 1; j < secs.length && secs[j].depth > s.depth; j++)
        end = secs[j].endLine;
    return end;
}
function alternatives_option(s, line, endLine, steps, k) {
    const inside = steps.filter((p) => p.line >= line && p.line <= endLine);
    const levels = new Set(inside.map((p) => p.level));
    const level = ['destructive', 'mutating', 'unknown', 'read-only'].find((l) => levels.has(l));
    const first = s.units.find((u) => u.text.trim() !== '');
    const text = first === undefined ? '' : firstSentence(oneLine(first.text));
    const label = oneLine(s.title);
    return {
        value: optionValue(label, k),
        label,
        description: text.length > 120 ? `${text.slice(0, 119)}…` : text,
        line,
        endLine,
        steps: inside.length,
        ...(level === undefined ? {} : { level })
    };
}
// `A) The "Panic Button" (Lockdown)` -> `lockdown`; `If the pod is Pending` -> `the-pod-is-pending`.
function optionValue(title, k) {
    if (OTHERWISE.test(title))
        return 'otherwise';
    const paren = /\(([^()]+)\)\s*$/.exec(title)?.[1];
    const short = paren !== undefined &&
        paren.split(/\s+/).length <= 2 &&
        !/optional|recommended|deprecated|legacy|beta|daily|weekly/i.test(paren);
    const base = short
        ? paren
        : title
            .replace(MARKER, '')
            .replace(/\s*\([^()]*\)\s*$/, '')
            .replace(/\?\s*$/, '')
            .replace(/^\s*the\s+/i, '');
    return slug(base, 40, '-') || `option-${k + 1}`;
}
function firstSentence(text) {
    return /^.*?[.!?](?=\s|$)/.exec(text)?.[0] ?? text;
}
function unique(options) {
    const used = new Set();
    return options.map((o) => {
        let value = o.value;
        for (let n = 2; used.has(value); n++)
            value = `${o.value}-${n}`;
        used.add(value);
        return { ...o, value };
    });
}

;// CONCATENATED MODULE: ./src/compiler/emit/choices.ts
// mapping.md's "Choices and guards": which prose became which choice step, each option's source
// lines and the steps its guard holds, so a reader can check that one run takes one alternative.

const cell = (s) => s.replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim();
/** The section's lines (none when the TSG offers no alternatives). */
function choicesSection(choices, steps) {
    if (choices.length === 0)
        return [];
    const out = [
        '',
        '## Choices and guards',
        '',
        "Alternatives of the source: each became one manual step where a person picks the alternative that applies (a `choice` evidence), and a `when` guard on each alternative's steps. One run takes one alternative; the steps of the others are recorded as not taken."
    ];
    for (const c of choices) {
        const id = c.planned.step.id;
        const guard = c.planned.step.when;
        out.push('', `### \`${id}\`: "${cell(c.title)}" (lines ${c.line}–${c.endLine})`, '', `Why: ${WHY_ALTERNATIVES[c.why]}.${guard === undefined ? '' : ` Asked only when \`${guard}\`.`}`, '', '| Option | Alternative in the source | Lines | Steps it runs (guard `evidence.' +
            `${id}.${c.name} == "…"\`) |`, '| --- | --- | --- | --- |');
        for (const o of c.options) {
            const test = `evidence.${id}.${c.name} == "${o.value}"`;
            const guarded = steps
                .filter((s) => (s.step.when ?? '').split(' && ').includes(test))
                .map((s) => `\`${s.step.id}\``);
            const lines = o.endLine < o.line ? '—' : `${o.line}–${o.endLine}`;
            out.push(`| \`${o.value}\` | ${cell(o.label)} | ${lines} | ${guarded.length === 0 ? 'none' : guarded.join(', ')} |`);
        }
        out.push(...outcomeLines(c, steps));
    }
    return out;
}
// The outcomes a choice brought (an escalating alternative, a trailing escalation), with the lines.
function outcomeLines(c, steps) {
    const own = steps.filter((s) => s === c.planned || (s.line >= c.line && s.line <= c.endLine));
    const last = steps[steps.length - 1];
    // The last step ends resolved the runs of the options that did not escalate.
    const inside = last !== undefined && !own.includes(last) && own.some((s) => s.step.outcomes !== undefined)
        ? [...own, last]
        : own;
    const lines = inside.flatMap((s) => (s.step.outcomes ?? []).map((o) => {
        const [a, b] = s === c.planned ? [c.line, c.endLine] : [s.line, s.endLine];
        const at = b > a ? `lines ${a}–${b}` : `line ${a}`;
        const when = o.when === undefined ? '' : ` when \`${o.when}\``;
        return `- \`${s.step.id}\` (${at}) ends the run \`${o.state}\`${when}: ${cell(o.recommendation ?? '')}`;
    }));
    return lines.length === 0 ? [] : ['', 'Outcomes:', '', ...lines];
}

;// CONCATENATED MODULE: ./src/compiler/emit/mapping.ts


const mapping_cell = (s) => s
    .replace(/\|/g, '\\|')
    .replace(/\s*\n\s*/g, ' ⏎ ')
    .trim();
const code = (s) => {
    const t = mapping_cell(s);
    const short = t.length > 120 ? `${t.slice(0, 119)}…` : t;
    return short.includes('`') ? `\`\` ${short} \`\`` : `\`${short}\``;
};
const lines = (a, b) => (a === b ? `${a}` : `${a}–${b}`);
/** Renders mapping.md. */
function mappingMarkdown(ir, result, checks, outName) {
    const steps = result.steps;
    const ids = (idx) => idx.map((i) => `\`${steps[i]?.step.id ?? '?'}\``).join(', ');
    const cli = steps.filter((s) => s.step.type === 'cli');
    const confirm = cli.filter((s) => s.step.confirm === true).length;
    const out = [];
    out.push(`# Mapping: ${ir.title}`, '');
    out.push(`Source: \`${ir.file}\` (${ir.lines} lines). Runbook: \`${outName}\`. Written by \`runbook compile\` (deterministic; no LLM unless stated below).`, '');
    out.push(`**${steps.length} steps**: ${cli.length} automated (${confirm} of them ask for confirmation because they change state), ${steps.length - cli.length} manual. **${result.todos.length} TODOs.**`, '');
    out.push('## Steps', '', '| Step | Type | Section | Lines | Command or instructions |', '| --- | --- | --- | --- | --- |');
    for (const s of steps) {
        const type = s.step.type === 'cli'
            ? s.step.confirm === true
                ? 'cli (confirm)'
                : 'cli'
            : `manual (${WHY_LABEL[s.manual?.why ?? 'prose']})`;
        out.push(`| \`${s.step.id}\` | ${type} | ${mapping_cell(s.section || '(preamble)')} | ${lines(s.line, s.endLine)}${(s.also ?? []).map((a) => `, ${lines(a.line, a.endLine)}`).join('')} | ${stepWhat(s.step, s.command)} |`);
    }
    const byLine = new Map(result.accounts.filter((a) => a.origin === 'block').map((a) => [a.line, a]));
    out.push('', '## Code blocks', '', 'Every fenced or indented block of the source, and what became of it.', '', '| Lines | Language | Section | Accounted as |', '| --- | --- | --- | --- |');
    for (const sec of ir.sections)
        for (const u of sec.units)
            for (const c of u.codes) {
                let what;
                if (c.kind === 'shell') {
                    const cmds = c.lines.filter((l) => l.kind === 'command');
                    const parts = cmds.map((l) => {
                        const a = byLine.get(l.line);
                        const to = a === undefined || a.steps.length === 0
                            ? (a?.note ?? 'not accounted')
                            : `${ids(a.steps)}${a.note === '' ? '' : ` (${a.note})`}`;
                        return `line ${l.line} → ${to}`;
                    });
                    const output = c.lines.filter((l) => l.kind === 'output').length;
                    what = `${parts.join('; ')}${output > 0 ? `; ${output} output line${output === 1 ? '' : 's'}` : ''}`;
                }
                else {
                    const shown = result.shownIn.get(c.line);
                    what = `not a command: ${c.reason}${shown === undefined ? '' : ` (shown in \`${shown}\`)`}`;
                }
                out.push(`| ${lines(c.line, c.endLine)} | ${c.lang === '' ? '(none)' : mapping_cell(c.lang)} | ${mapping_cell(sec.title || '(preamble)')} | ${mapping_cell(what)} |`);
            }
    const inline = result.accounts.filter((a) => a.origin !== 'block');
    if (inline.length > 0) {
        out.push('', '## Commands and HTTP calls in prose', '', '| Line | Written | Accounted as |', '| --- | --- | --- |');
        for (const a of inline)
            out.push(`| ${a.line} | ${code(a.text)} | ${a.steps.length > 0 ? ids(a.steps) : ''}${a.note === '' ? '' : `${a.steps.length > 0 ? ' — ' : ''}${mapping_cell(a.note)}`} |`);
    }
    out.push('', '## Variables', '');
    if (result.vars.length === 0 && result.captures.length === 0)
        out.push('None.');
    if (result.vars.length > 0) {
        out.push('| Var | Default | Written as | Lines | From |', '| --- | --- | --- | --- | --- |');
        for (const v of result.vars)
            out.push(`| \`${v.name}\` | ${v.default === '' ? '(none: TODO)' : code(v.default)} | ${v.written.map(code).join(', ')} | ${v.lines.join(', ')} | ${mapping_cell(v.how)} |`);
    }
    if (result.captures.length > 0) {
        const owner = new Map(steps.flatMap((s) => Object.keys(s.step.capture ?? {}).map((c) => [c, s.step.id])));
        out.push(...(result.vars.length > 0 ? [''] : []), 'Captured at run time: the step runs the command of `VAR=$(...)` and keeps its stdout (one trailing newline removed, as the shell removes trailing newlines); later `$VAR` use the capture.', '', '| Capture | Written as | Set by | Line | Used at lines |', '| --- | --- | --- | --- | --- |');
        for (const c of result.captures)
            out.push(`| \`${c.name}\` | \`$${c.shell}\` | \`${owner.get(c.name) ?? '?'}\` | ${c.line} | ${c.uses.length === 0 ? '(none)' : c.uses.join(', ')} |`);
    }
    if (result.exports.length > 0) {
        out.push('', "Exported: in a shell an exported variable is in the environment of every later command, so every later cli step carries it in `with.env` as its var (or capture), until `unset`. A step of `VAR=x cmd` keeps its own value. The operator's own environment variable of the same name, when set, replaces a var's default (pass `--var NAME=...` to be sure).", '', '| Variable | Exported at line | Value | In the environment of |', '| --- | --- | --- | --- |');
        for (const e of result.exports) {
            const ref = steps[e.steps[0] ?? -1]?.step.with?.env?.[e.name] ?? `{{ .${e.name} }}`;
            const until = e.unset === undefined ? '' : ` (until \`unset\` at line ${e.unset})`;
            out.push(`| \`${e.name}\` | ${e.line} | \`${ref}\` | ${e.steps.length === 0 ? '(no later cli step)' : ids(e.steps)}${until} |`);
        }
    }
    out.push(...choicesSection(result.choices, steps));
    out.push('', '## Manual steps and why', '');
    const manual = steps.filter((s) => s.step.type === 'manual');
    if (manual.length === 0)
        out.push('None.');
    else {
        out.push('| Step | Why | Detail |', '| --- | --- | --- |');
        for (const s of manual)
            out.push(`| \`${s.step.id}\` | ${WHY_LABEL[s.manual?.why ?? 'prose']} | ${mapping_cell(s.manual?.detail ?? '')} |`);
    }
    const stepSections = new Set(steps.map((s) => s.sectionLine));
    const repeated = new Set(result.repeats.map((r) => r.line));
    if (result.repeats.length > 0) {
        out.push('', '## Repeated sections', '', 'Sections that repeat an earlier one word for word: one set of steps, listed with every source.', '');
        for (const r of result.repeats)
            out.push(`- ${mapping_cell(r.title)} (line ${r.line}): repeats line ${r.of}`);
    }
    const context = ir.sections.filter((s) => !stepSections.has(s.line) && !repeated.has(s.line) && s.depth > 0);
    if (context.length > 0) {
        out.push('', '## Sections without a step', '', 'Descriptive text (no command, no instruction): kept out of the runbook.', '');
        for (const s of context)
            out.push(`- ${mapping_cell(s.title)} (line ${s.line})`);
    }
    if (ir.hidden.length > 0) {
        out.push('', '## Hidden text (skipped)', '', 'Text a reader of the rendered page never sees: not compiled into steps.', '', '| Lines | Kind | Text |', '| --- | --- | --- |');
        for (const h of ir.hidden)
            out.push(`| ${lines(h.line, h.endLine)} | ${h.kind} | ${code(h.text)} |`);
    }
    const kept = result.omitted.filter((o) => stepSections.has(o.sectionLine));
    if (kept.length > 0) {
        out.push('', '## Prose kept out of the runbook', '', 'Descriptive text (no command, no instruction) in sections that have steps:', '');
        for (const o of kept)
            out.push(`- ${lines(o.line, o.endLine)}: ${mapping_cell(o.text)}`);
    }
    out.push('', '## TODOs and uncertainties', '');
    if (result.todos.length === 0)
        out.push('None.');
    else
        result.todos.forEach((t, i) => out.push(`${i + 1}. (line ${t.line}) ${t.text}`));
    out.push('', '## Fidelity checks', '', '| Check | Result |', '| --- | --- |');
    for (const c of checks)
        out.push(`| ${c.check} | ${c.ok ? 'pass' : `FAIL: ${mapping_cell(c.problems.join('; '))}`} |`);
    return `${out.join('\n')}\n`;
}
function stepWhat(step, command) {
    if (step.type === 'cli') {
        const env = Object.entries(step.with?.env ?? {}).map(([k, v]) => `${k}=${v}`);
        const cwd = step.with?.cwd === undefined ? '' : ` (in ${step.with.cwd})`;
        const argv = (step.with?.argv ?? []).map((a) => (/\s|^$/.test(a) ? `'${a}'` : a));
        const stdin = step.with?.stdin;
        const input = stdin === undefined || stdin === null
            ? ''
            : ` with stdin (${stdin.split('\n').length - (stdin.endsWith('\n') ? 1 : 0)} lines)`;
        return `${code([...env, ...argv].join(' '))}${cwd}${input}`;
    }
    if (command !== undefined)
        return code(command);
    const first = (step.instructions ?? '').split('\n').find((l) => l.trim() !== '') ?? '';
    const evidence = (step.required_evidence ?? []).map((e) => e.kind === 'checklist' ? `checklist of ${e.items?.length ?? 0}` : `${e.kind} \`${e.name}\``);
    return `${mapping_cell(first.length > 100 ? `${first.slice(0, 99)}…` : first)}${evidence.length > 0 ? ` — evidence: ${evidence.join(', ')}` : ''}`;
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/compiler/emit/yaml.ts


const STEP_KEYS = [
    'id',
    'type',
    'title',
    'when',
    'description',
    'with',
    'capture',
    'assertions',
    'timeout',
    'confirm',
    'instructions',
    'required_evidence',
    'approvals',
    'replay_mode',
    'outcomes'
];
/** Blank lines only, one of them with a space. */
const BLANK_WITH_SPACES = /^(?=[\t\n]* )[ \t\n]*$/;
const YAML11_BOOL = /^(?:y|n|yes|no|on|off)$/i;
const FLOW_KEYS = new Set(['argv', 'allowed_commands', 'denied_commands', 'deny_env_vars']);
/** Serialises a runbook, starting with the schema comment line. */
function runbookYaml(runbook, header = []) {
    const value = ordered(runbook);
    const doc = new dist/* Document */.yo();
    const built = styledNode(value, doc.schema, undefined, new Set());
    if (built !== undefined)
        doc.contents = built;
    else {
        // A value holding an object twice (written as an anchor and aliases): yaml's own walk.
        doc.contents = doc.createNode(value);
        styleAll(doc);
    }
    // directives: false: none are ever written here, and yaml skips a walk of the tree looking for tags.
    const body = doc.toString({
        directives: false,
        lineWidth: 0,
        minContentWidth: 0,
        indentSeq: true,
        flowCollectionPadding: false
    });
    const comments = header.map((h) => `# ${h}\n`).join('');
    return `# yaml-language-server: $schema=${src_runbook/* RUNBOOK_SCHEMA_ID */.z$}\n${comments}${body}`;
}
/**
 * The node tree `new Document(value)` builds for plain data (objects, arrays, strings, numbers,
 * booleans, null; keys whose value is undefined left out), with the styles of styleScalar and
 * flow lists under FLOW_KEYS set as it goes: one walk instead of yaml's createNode and a visit.
 * Undefined when the value holds an object twice or anything else, for yaml's walk to handle.
 */
function styledNode(value, schema, key, seen) {
    if (value === null || typeof value !== 'object') {
        if (typeof value === 'function' || typeof value === 'symbol' || value === undefined)
            return undefined;
        return styleScalar(new dist/* Scalar */.X5(value));
    }
    if (seen.has(value))
        return undefined;
    seen.add(value);
    if (Array.isArray(value)) {
        const seq = new dist/* YAMLSeq */.Rw(schema);
        // Left unset unless flow: yaml writes an empty list whose flow is unset as `[]`.
        const flow = key !== undefined && FLOW_KEYS.has(key);
        if (flow)
            seq.flow = true;
        for (const item of value) {
            const node = styledNode(item, schema, undefined, seen);
            if (node === undefined)
                return undefined;
            if (flow && (0,dist/* isScalar */.jn)(node))
                node.type = dist/* Scalar */.X5.QUOTE_DOUBLE;
            seq.items.push(node);
        }
        return seq;
    }
    const proto = Object.getPrototypeOf(value);
    if (proto !== Object.prototype && proto !== null)
        return undefined;
    const map = new dist/* YAMLMap */.CA(schema);
    for (const [k, v] of Object.entries(value)) {
        if (v === undefined)
            continue;
        const node = styledNode(v, schema, k, seen);
        if (node === undefined)
            return undefined;
        map.items.push(new dist/* Pair */.Rm(styleScalar(new dist/* Scalar */.X5(k)), node));
    }
    return map;
}
/** The styles of a document yaml built itself: flow lists under FLOW_KEYS, then every scalar. */
function styleAll(doc) {
    (0,dist/* visit */.YR)(doc, {
        Pair(_, pair) {
            const key = (0,dist/* isScalar */.jn)(pair.key) ? String(pair.key.value) : '';
            if (FLOW_KEYS.has(key) && (0,dist/* isSeq */.oP)(pair.value)) {
                pair.value.flow = true;
                for (const item of pair.value.items)
                    if ((0,dist/* isScalar */.jn)(item))
                        item.type = dist/* Scalar */.X5.QUOTE_DOUBLE;
            }
        },
        Scalar(_, node) {
            styleScalar(node);
        }
    });
}
function styleScalar(node) {
    if (typeof node.value === 'string' && node.value.includes('\n'))
        // A literal block of blank lines, some with spaces, reads back without the spaces
        // (`" \n"` as `"\n"`): such a text is written quoted.
        node.type = BLANK_WITH_SPACES.test(node.value) ? dist/* Scalar */.X5.QUOTE_DOUBLE : dist/* Scalar */.X5.BLOCK_LITERAL;
    // A YAML 1.1 reader (gert's Go yaml) would take a bare `yes` or `off` for a boolean.
    else if (typeof node.value === 'string' && YAML11_BOOL.test(node.value))
        node.type = dist/* Scalar */.X5.QUOTE_DOUBLE;
    return node;
}
/** The runbook with its keys in the order runbookYaml writes them. */
function ordered(runbook) {
    return { apiVersion: runbook.apiVersion, meta: runbook.meta, steps: runbook.steps.map(orderStep) };
}
function orderStep(step) {
    const out = {};
    for (const k of STEP_KEYS)
        if (step[k] !== undefined)
            out[k] = step[k];
    return out;
}

;// CONCATENATED MODULE: ./src/compiler/emit/validate.ts


/** Validates `yaml`, the text runbookYaml wrote for `runbook`; `file` names it in diagnostics. */
function validateEmitted(yaml, runbook, file) {
    const value = plainCopy(ordered(runbook));
    if (value === NOT_PLAIN)
        return (0,src_runbook/* validateRunbookText */.As)(yaml, file);
    let parsed;
    const text = () => {
        parsed ??= (0,src_runbook/* parseYamlSource */.WF)(yaml, file);
        return parsed.ok ? parsed.source : undefined;
    };
    // Only reached when the text does not parse; the result is then replaced by the text's own.
    const nowhere = (rule, severity, message) => ({ rule, severity, message, file, line: 1, col: 1, path: '' });
    const source = {
        file,
        value,
        locate: (path, opts) => text()?.locate(path, opts) ?? { line: 1, col: 1 },
        diag: (rule, severity, message, path, opts) => text()?.diag(rule, severity, message, path, opts) ?? nowhere(rule, severity, message),
        diagInside: (rule, severity, message, path, offset) => text()?.diagInside(rule, severity, message, path, offset) ?? nowhere(rule, severity, message)
    };
    const result = (0,src_runbook/* validateRunbookSource */.bH)(source);
    // The text did not parse when a finding asked for its place: report what the file holds.
    return parsed !== undefined && !parsed.ok ? (0,src_runbook/* validateRunbookText */.As)(yaml, file) : result;
}
const NOT_PLAIN = Symbol('not plain data');
/**
 * A copy of `value` without its undefined fields (the validators must not see them; the text does
 * not hold them) when its YAML text reads back as it without a doubt: strings are written so that
 * they do (test/compiler/emit-validate.test.ts); numbers JSON cannot hold, keys YAML reads
 * specially (merge keys, __proto__), undefined list items and objects other than plain ones are
 * left to the text. One walk: a JSON round trip and a check cost five times as much.
 */
function plainCopy(value) {
    if (typeof value === 'number')
        return Number.isFinite(value) && !Object.is(value, -0) ? value : NOT_PLAIN;
    if (value === null || typeof value === 'string' || typeof value === 'boolean')
        return value;
    if (typeof value !== 'object')
        return NOT_PLAIN;
    if (Array.isArray(value)) {
        const out = [];
        for (const item of value) {
            const copy = item === undefined ? NOT_PLAIN : plainCopy(item);
            if (copy === NOT_PLAIN)
                return NOT_PLAIN;
            out.push(copy);
        }
        return out;
    }
    const proto = Object.getPrototypeOf(value);
    if (proto !== Object.prototype && proto !== null)
        return NOT_PLAIN;
    const out = {};
    for (const [k, v] of Object.entries(value)) {
        if (v === undefined)
            continue;
        const copy = k === '<<' || k === '__proto__' ? NOT_PLAIN : plainCopy(v);
        if (copy === NOT_PLAIN)
            return NOT_PLAIN;
        out[k] = copy;
    }
    return out;
}

;// CONCATENATED MODULE: ./src/compiler/extract/hidden.ts
// Text a reader of the rendered page never sees: HTML comments, Liquid/Jinja `{% comment %}` blocks
// and `{# ... #}`, Hugo `{{/* ... */}}` and MDX `{/* ... */}` comments, Hugo shortcodes that hide
// their content (`{{< comment >}}`, `{{% hidden %}}`, `{{< draft >}}`), and `<details>` blocks
// whose summary says they are only background. They are blanked (line count kept, so every
// position stays right) before parsing, and listed in mapping.md as skipped. `{% raw %}` and
// `{% endraw %}` only stop the template engine: the tags are blanked, their content kept.
//
// Template tags are processed by the site generator before Markdown, so they count inside code
// blocks too; an HTML comment or `<details>` inside a fenced block is shown as code, so it stays.
const HIDING_SHORTCODES = 'comment|hidden|draft|todo|internal';
const TEMPLATE = [
    {
        kind: 'template comment',
        open: /\{%-?\s*comment\s*-?%\}/,
        close: /\{%-?\s*endcomment\s*-?%\}/
    },
    { kind: 'template comment', open: /(?<!\$)\{#[\s-]/, close: /[\s-]#\}/ },
    { kind: 'template comment', open: /\{\{\/\*/, close: /\*\/\}\}/ },
    { kind: 'template comment', open: /(?<!\{)\{\/\*/, close: /\*\/\}/ },
    {
        kind: 'hidden shortcode',
        open: new RegExp(`\\{\\{[<%]\\s*(?:${HIDING_SHORTCODES})\\b[^}]*[>%]\\}\\}`),
        close: new RegExp(`\\{\\{[<%]\\s*/\\s*(?:${HIDING_SHORTCODES})\\s*[>%]\\}\\}`)
    }
];
const RAW_TAG = /\{%-?\s*(?:end)?raw\s*-?%\}/g;
const BACKGROUND = /^(?:background|why|explanation|more (?:info|information|details)|details|history|context|how (?:it|this) works|theory|internals|reference)\b/i;
/** The source with hidden text blanked, and what was hidden. */
function hideText(source) {
    const lines = source.split('\n');
    const hidden = [];
    const blank = (from, fromCol, to, toCol) => {
        const parts = [];
        for (let i = from; i <= to; i++) {
            const l = lines[i];
            const a = i === from ? fromCol : 0;
            const b = i === to ? toCol : l.length;
            parts.push(l.slice(a, b));
            lines[i] = l.slice(0, a) + l.slice(b);
        }
        return parts.join(' ').replace(/\s+/g, ' ').trim();
    };
    let fence;
    for (let i = 0; i < lines.length; i++) {
        let line = lines[i];
        const f = /^\s*(`{3,}|~{3,})/.exec(line);
        // Template tags first: the generator removes them wherever they stand.
        for (let done = false; !done;) {
            done = true;
            for (const t of TEMPLATE) {
                const open = t.open.exec(line);
                if (open === null)
                    continue;
                const end = findClose(lines, i, open.index + open[0].length, t.close);
                if (end === undefined)
                    continue;
                const text = blank(i, open.index, end.line, end.col);
                hidden.push({ kind: t.kind, line: i + 1, endLine: end.line + 1, text: hidden_clip(text) });
                line = lines[i];
                done = false;
                break;
            }
        }
        if (RAW_TAG.test(line)) {
            RAW_TAG.lastIndex = 0;
            hidden.push({ kind: 'template raw tag', line: i + 1, endLine: i + 1, text: line.trim() });
            lines[i] = line.replace(RAW_TAG, '');
            line = lines[i];
        }
        if (f !== null) {
            const mark = f[1][0];
            if (fence === undefined)
                fence = mark;
            else if (fence === mark && /^\s*(`{3,}|~{3,})\s*$/.test(line))
                fence = undefined;
            continue;
        }
        if (fence !== undefined)
            continue;
        const comment = /^\s*<!--/.exec(line);
        if (comment !== null) {
            const end = findClose(lines, i, comment[0].length, /-->/);
            if (end !== undefined) {
                const text = blank(i, comment[0].length - 4, end.line, end.col);
                hidden.push({ kind: 'HTML comment', line: i + 1, endLine: end.line + 1, text: hidden_clip(text) });
                i = end.line;
                continue;
            }
        }
        if (/^\s*<details\b/i.test(line)) {
            const summary = summaryOf(lines, i);
            const end = detailsEnd(lines, i);
            if (summary !== undefined && BACKGROUND.test(summary) && end !== undefined) {
                blank(i, 0, end.line, end.col);
                hidden.push({
                    kind: 'background details',
                    line: i + 1,
                    endLine: end.line + 1,
                    text: hidden_clip(summary)
                });
                i = end.line;
            }
        }
    }
    return { text: lines.join('\n'), hidden };
}
function findClose(lines, from, col, close) {
    for (let i = from; i < lines.length; i++) {
        const l = lines[i].slice(i === from ? col : 0);
        const m = close.exec(l);
        if (m !== null)
            return { line: i, col: (i === from ? col : 0) + m.index + m[0].length };
    }
    return undefined;
}
/** The text of the `<summary>` of a `<details>` opened at line `at`. */
function summaryOf(lines, at) {
    const head = lines.slice(at, at + 4).join(' ');
    const m = /<summary[^>]*>([\s\S]*?)<\/summary>/i.exec(head);
    return m === null
        ? undefined
        : m[1]
            .replace(/<[^>]+>|[*_`]/g, '')
            .replace(/\s+/g, ' ')
            .trim();
}
/** Where the `<details>` opened at `at` closes (nested ones counted). */
function detailsEnd(lines, at) {
    let depth = 0;
    for (let i = at; i < lines.length; i++) {
        for (const m of lines[i].matchAll(/<(\/?)details\b[^>]*>/gi)) {
            depth += m[1] === '/' ? -1 : 1;
            if (depth === 0)
                return { line: i, col: m.index + m[0].length };
        }
    }
    return undefined;
}
function hidden_clip(text) {
    return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}

// EXTERNAL MODULE: ./node_modules/mdast-util-from-markdown/lib/index.js + 45 modules
var lib = __webpack_require__(6855);
// EXTERNAL MODULE: ./node_modules/mdast-util-frontmatter/lib/index.js
var mdast_util_frontmatter_lib = __webpack_require__(8494);
// EXTERNAL MODULE: ./node_modules/mdast-util-gfm/lib/index.js + 11 modules
var mdast_util_gfm_lib = __webpack_require__(8881);
// EXTERNAL MODULE: ./node_modules/micromark-extension-frontmatter/lib/syntax.js
var syntax = __webpack_require__(796);
// EXTERNAL MODULE: ./node_modules/micromark-extension-gfm/index.js + 7 modules
var micromark_extension_gfm = __webpack_require__(2297);
;// CONCATENATED MODULE: ./src/compiler/extract/parse.ts





/** Chunks shorter than this are not worth cutting further (parsing stays linear above it). */
const CHUNK_CHARS = 16 * 1024;
/** Parses Markdown source into an mdast tree with positions. */
function parseMarkdown(source, opts = {}) {
    if (opts.chunked === false || source.length <= CHUNK_CHARS)
        return parseWhole(source);
    const lines = source.split('\n');
    const cuts = chunkStarts(lines);
    if (cuts.length <= 1)
        return parseWhole(source);
    const definitions = lines.filter((l) => /^ {0,3}\[[^\]]+\]:\s*\S/.test(l));
    const tail = definitions.length === 0 ? '' : `\n\n${definitions.join('\n')}\n`;
    const root = { type: 'root', children: [] };
    let offset = 0;
    cuts.forEach((start, i) => {
        const end = cuts[i + 1] ?? lines.length;
        const text = lines.slice(start, end).join('\n') + (end < lines.length ? '\n' : '');
        const chunkLines = end - start;
        for (const node of parseWhole(text + tail).children) {
            // Definitions appended for references are not part of this chunk.
            if ((node.position?.start.line ?? 0) > chunkLines)
                continue;
            shift(node, start, offset);
            root.children.push(node);
        }
        offset += text.length;
    });
    return root;
}
function parseWhole(source) {
    return (0,lib/* fromMarkdown */.Y)(source, {
        extensions: [(0,micromark_extension_gfm/* gfm */.T)(), (0,syntax/* frontmatter */.v)(['yaml'])],
        mdastExtensions: [withoutTransforms((0,mdast_util_gfm_lib/* gfmFromMarkdown */.C)()), (0,mdast_util_frontmatter_lib/* frontmatterFromMarkdown */.q)(['yaml'])]
    });
}
/**
 * GFM's tree extensions without their transforms. The only one, GFM autolink literals', searches
 * every text node of the finished tree again for URLs and e-mail addresses the tokenizer did not
 * link (after `[` or `&`, say) and splits the node around a link holding the same text: about a
 * tenth of a parse. The compiler reads a link as its text (plainText), never its URL, so it reads
 * the same text either way (test/compiler/parse.test.ts). The tokenizer's autolink literals stay:
 * they decide where emphasis may start inside a URL, which changes the text.
 */
function withoutTransforms(extensions) {
    return extensions.map(({ transforms: _, ...rest }) => rest);
}
/** Line indexes where chunks start: 0, then top-level headings after at least CHUNK_CHARS. */
function chunkStarts(lines) {
    const starts = [0];
    let fence;
    let comment = false;
    let size = 0;
    lines.forEach((line, i) => {
        size += line.length + 1;
        if (comment) {
            if (line.includes('-->'))
                comment = false;
            return;
        }
        const f = /^(\s*)(`{3,}|~{3,})(.*)$/.exec(line);
        if (fence !== undefined) {
            const closes = f !== null &&
                f[2][0] === fence.char &&
                f[2].length >= fence.length &&
                f[3].trim() === '' &&
                f[1].length < fence.indent + 4;
            if (closes)
                fence = undefined;
            return;
        }
        if (f !== null && !(f[2][0] === '`' && f[3].includes('`'))) {
            fence = {
                char: f[2][0],
                length: f[2].length,
                indent: f[1].length
            };
            return;
        }
        if (/^\s{0,3}<!--/.test(line) && !line.includes('-->')) {
            comment = true;
            return;
        }
        if (i > 0 && size >= CHUNK_CHARS && /^#{1,6}(?:[ \t]|$)/.test(line)) {
            starts.push(i);
            size = line.length + 1;
        }
    });
    return starts;
}
function shift(node, lines, offset) {
    const p = node.position;
    if (p !== undefined) {
        p.start.line += lines;
        p.end.line += lines;
        if (p.start.offset !== undefined)
            p.start.offset += offset;
        if (p.end.offset !== undefined)
            p.end.offset += offset;
    }
    if ('children' in node)
        for (const c of node.children)
            shift(c, lines, offset);
}

;// CONCATENATED MODULE: ./src/compiler/shell/continuation.ts

const OPENERS = new Set(['for', 'while', 'until', 'select', 'if', 'case']);
const CLOSERS = new Set(['done', 'fi', 'esac']);
const STARTERS = new Set([';', '&&', '||', '|', '&', '\n', '(', ';;']);
const AFTER_KEYWORD = new Set(['do', 'then', 'else', 'elif', '{', '!', 'time']);
/** Why `text` continues on the next line, or undefined when it is complete. */
function continuation(text, lexed = lexShell(text)) {
    if (/(^|[^\\])(\\\\)*\\$/.test(text))
        return 'backslash';
    if (lexed.unterminated !== undefined)
        return 'quote';
    if (compoundDepth(lexed) > 0)
        return 'compound';
    const last = lexed.tokens[lexed.tokens.length - 1];
    if (last?.kind === 'op' && (last.op === '|' || last.op === '&&' || last.op === '||'))
        return 'operator';
    return undefined;
}
/** Net number of open loops, ifs, cases and brace groups. */
function compoundDepth(lexed) {
    let depth = 0;
    let commandStart = true;
    for (const t of lexed.tokens) {
        if (t.kind === 'op') {
            commandStart = STARTERS.has(t.op) || t.op === ')';
            continue;
        }
        const w = t.word.raw;
        if (w === '{')
            depth++;
        else if (w === '}')
            depth--;
        else if (commandStart && OPENERS.has(w))
            depth++;
        else if (commandStart && CLOSERS.has(w))
            depth--;
        commandStart = AFTER_KEYWORD.has(w) || (commandStart && CLOSERS.has(w));
    }
    return depth;
}

// EXTERNAL MODULE: ./src/runbook/safety/index.ts + 20 modules
var safety = __webpack_require__(1338);
;// CONCATENATED MODULE: ./src/compiler/extract/command-like.ts
// Is a line of a code block a command, or output? Commands start with a lower-case program name, a
// path, an assignment or a shell keyword; output starts with capitals, digits, punctuation or a
// `word:` label. In strict mode (untagged or `console` blocks without prompts) the program must
// also be one the safety classifier knows, or a path to a script.


const KEYWORDS = new Set([
    'for',
    'while',
    'until',
    'if',
    'case',
    'select',
    'function',
    '{',
    '!',
    'export',
    'cd',
    'source',
    'set',
    'unset',
    'exit'
]);
const PROGRAM = /^[a-z_.~/][A-Za-z0-9_.+@/-]*$/;
/** True when `line` reads as a shell command. */
function isCommandLike(line, strict) {
    let t = line.trim();
    while (t.startsWith('(') || t.startsWith('{ '))
        t = t.slice(1).trim();
    const first = /^\S+/.exec(t)?.[0] ?? '';
    if (first === '')
        return false;
    if (/^[A-Za-z_][A-Za-z0-9_]*=/.test(first))
        return assignmentLine(t, strict);
    if (/^[A-Za-z_][A-Za-z0-9_-]*\(\)/.test(first))
        return !strict;
    if (KEYWORDS.has(first))
        return true;
    if (!PROGRAM.test(first) || first.endsWith(':') || first === '...' || /^\.+$/.test(first))
        return false;
    if (!strict)
        return true;
    return first.includes('/') || (0,safety/* classifyCommand */.IB)([first]).rule !== 'unknown-command';
}
// `time="..." level=debug msg=...` and `notAfter=Aug  6 13:11:20 2025 GMT` are output: a run of
// assignments is a command only when nothing or a program follows it.
function assignmentLine(t, strict) {
    const words = lexShell(t).tokens.flatMap((tk) => (tk.kind === 'word' ? [tk.word.raw] : []));
    const at = words.findIndex((w) => !/^[A-Za-z_][A-Za-z0-9_]*=/.test(w));
    if (at === -1)
        return !strict || words.length === 1;
    const program = words[at];
    return PROGRAM.test(program) && (!strict || (0,safety/* classifyCommand */.IB)([program]).rule !== 'unknown-command');
}

;// CONCATENATED MODULE: ./src/compiler/extract/prompts.ts
// Shell prompts in code blocks: `$ `, `$> `, `% `, `PS> `, `user@host:~/> `, `[user@host dir]$ `,
// `mon-a# `, `/data # `. A bare `# ` is read as a comment, never as a root prompt: nothing is
// invented from a comment line.
const PATTERNS = [
    /^(\s*(?:\([\w.-]+\)\s*)?(?:\$>?|%|PS>|PS [A-Za-z]:[^>]*>|[\w.-]+-[\d.]+\$))\s(.*)$/,
    /^(\s*[\w.-]+@[\w.-]+(?::[^\s$#>%]*)?\s?[$#>%])\s(.*)$/,
    /^(\s*\[[^\]\n]+\][$#])\s(.*)$/,
    /^(\s*(?:[\w.-]+|\/[\w/.-]*)\s?#)\s(.*)$/
];
/** The prompt and the command after it, when the line starts with a prompt. */
function matchPrompt(line) {
    for (const p of PATTERNS) {
        const m = p.exec(line);
        if (m !== null && (m[2] ?? '').trim() !== '')
            return { prompt: m[1].trim(), rest: m[2] };
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/compiler/extract/code-block.ts




const SHELL = new Set([
    'sh',
    'bash',
    'shell',
    'zsh',
    'ksh',
    'console',
    'shell-session',
    'shellsession',
    'terminal',
    'sh-session',
    'bash-session',
    'zsh-session',
    'command',
    'cmd-line',
    'commandline'
]);
const TRUSTED = new Set(['sh', 'bash', 'shell', 'zsh', 'ksh']);
/** PowerShell (and cmd.exe) blocks: commands, but not POSIX shell; the interpreter keeps them manual. */
const POWERSHELL = new Set([
    'powershell',
    'pwsh',
    'ps1',
    'ps',
    'posh',
    'powershell-session',
    'pwsh-session',
    'cmd',
    'bat',
    'batch',
    'dos'
]);
const MANIFEST = new Set([
    'yaml',
    'yml',
    'json',
    'jsonc',
    'json5',
    'toml',
    'xml',
    'ini',
    'hcl',
    'tf',
    'properties',
    'conf',
    'cfg',
    'env',
    'dotenv',
    'csv',
    'dockerfile',
    'nginx'
]);
const OUTPUT = new Set([
    '',
    'text',
    'txt',
    'log',
    'logs',
    'output',
    'plaintext',
    'plain',
    'none',
    'nohighlight',
    'stdout',
    'diff'
]);
/** Extracts one code block; `lines` is the whole source, split. */
function extractCode(node, lines) {
    const line = node.position?.start.line ?? 1;
    const endLine = node.position?.end.line ?? line;
    const fenced = /^\s*(```|~~~)/.test(lines[line - 1] ?? '');
    const lang = (node.lang ?? '').toLowerCase();
    const meta = node.meta ?? '';
    const info = `${node.lang ?? ''}${meta === '' ? '' : ` ${meta}`}`;
    const first = fenced ? line + 1 : line;
    const body = node.value === '' ? [] : node.value.split('\n');
    const base = { lang, info, attrs: runmeAttrs(meta), fenced, line, endLine };
    if (body.every((l) => l.trim() === ''))
        return { ...base, kind: 'empty', reason: 'empty block', lines: [] };
    if (MANIFEST.has(lang))
        return {
            ...base,
            kind: 'manifest',
            reason: `${lang} document (a manifest or payload), not a command`,
            lines: []
        };
    if (POWERSHELL.has(lang)) {
        const logical = powershellLines(body, first);
        const commands = logical.filter((l) => l.kind === 'command').length;
        return commands > 0
            ? { ...base, kind: 'shell', reason: `${commands} PowerShell command(s)`, lines: logical }
            : { ...base, kind: 'output', reason: 'output or comments only, no command line', lines: [] };
    }
    if (!SHELL.has(lang) && !OUTPUT.has(lang))
        return {
            ...base,
            kind: 'code',
            reason: `${lang} code, not a shell command`,
            lines: [],
            body: node.value
        };
    const root = rootPrompted(body);
    const match = (l) => matchPrompt(l) ?? (root ? rootPrompt(l) : undefined);
    const prompted = body.some((l) => match(l) !== undefined && isCommandLike(match(l)?.rest ?? '', false));
    const strict = !TRUSTED.has(lang);
    const logical = splitLines(body, first, prompted, strict, match);
    const commands = logical.filter((l) => l.kind === 'command').length;
    // An untagged or console block without prompts holds commands only when every line looks like one.
    if (!prompted && strict && logical.some((l) => l.kind === 'output')) {
        return {
            ...base,
            kind: 'output',
            reason: 'no prompt, and not every line runs a program the classifier knows: sample output or another language (a query, a log), not a command',
            lines: []
        };
    }
    const kind = commands > 0 ? 'shell' : 'output';
    const reason = commands > 0
        ? `${commands} command${commands === 1 ? '' : 's'}`
        : 'output or comments only, no command line';
    return { ...base, kind, reason, lines: logical };
}
/** Runme-style attributes after the language: `{"name":"x"}` or `{ name=x interactive=false }`. */
function runmeAttrs(meta) {
    const m = /\{.*\}/.exec(meta);
    if (m === null)
        return {};
    try {
        const parsed = JSON.parse(m[0]);
        if (parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed)) {
            const out = {};
            for (const [k, v] of Object.entries(parsed))
                out[k] = String(v);
            return out;
        }
    }
    catch {
        // Not JSON: fall through to key=value pairs.
    }
    const out = {};
    for (const kv of m[0].slice(1, -1).matchAll(/([\w-]+)\s*=\s*("([^"]*)"|[^\s,}]+)/g))
        out[kv[1]] = kv[3] ?? kv[2];
    return out;
}
// `# systemctl status kubelet` is a root prompt, not a comment, when what follows the `#` is a
// program the classifier knows with arguments (not prose: `# kill the stuck process`) and the
// other lines of the block are prompted commands or output, never an unprompted command.
const PROSE_WORD = /^(?:the|a|an|this|that|these|those|it|its|if|to|for|and|or|on|in|of|with|from|all|your|our|any|is|are|was|will|should|must|can|may|first|then|now|again|here|there|only|not|no)$/i;
/** `# cmd args` read as a root prompt, when `cmd args` reads as a command and not as prose. */
function rootPrompt(line) {
    const m = /^(\s*#)\s+(\S.*)$/.exec(line);
    if (m === null)
        return undefined;
    const rest = m[2].trimEnd();
    const words = rest.split(/\s+/);
    // A known program, or a word no sentence starts with (`gitlab-rake`, `./run.sh`, `/usr/bin/x`).
    const program = isCommandLike(rest, true) || /^(?:[a-z][\w]*[-_.][\w.-]+|\.{0,2}\/\S+)$/.test(words[0] ?? '');
    if (!program || /[.:!?]$/.test(rest) || /,\s/.test(rest))
        return undefined;
    if (words.slice(1, 3).some((w) => PROSE_WORD.test(w)))
        return undefined;
    return { prompt: '#', rest };
}
function rootPrompted(body) {
    let candidates = 0;
    for (const l of body) {
        if (l.trim() === '')
            continue;
        if (rootPrompt(l) !== undefined) {
            candidates++;
            continue;
        }
        if (/^\s*#/.test(l))
            continue;
        const p = matchPrompt(l);
        if (p === undefined && isCommandLike(l, true))
            return false;
    }
    return candidates > 0;
}
function splitLines(body, first, prompted, strict, match) {
    const out = [];
    let i = 0;
    while (i < body.length) {
        const src = body[i];
        const line = first + i;
        const p = prompted ? match(src) : undefined;
        const trimmed = src.trim();
        if (trimmed === '') {
            out.push({ kind: 'blank', text: '', raw: '', line, endLine: line });
            i++;
            continue;
        }
        const isCommand = prompted
            ? p !== undefined && isCommandLike(p.rest, false)
            : isCommandLike(src, strict);
        if (!isCommand) {
            const kind = trimmed.startsWith('#') && (!prompted || p === undefined) ? 'comment' : 'output';
            out.push({ kind, text: src, raw: src, line, endLine: line });
            i++;
            continue;
        }
        const start = p?.rest ?? src;
        const r = gather(body, i, start);
        const cmd = { kind: 'command', text: r.text, raw: r.raw, line, endLine: first + r.last };
        if (p !== undefined)
            cmd.prompt = p.prompt;
        out.push(cmd);
        i = r.last + 1;
    }
    return out;
}
/** A PowerShell block's lines: with prompts (`PS>`, `PS C:\\dir>`), the prompted lines are
 * commands and the rest output; without, every line but a `#` comment is one. A line ending in a
 * backtick or a pipe continues on the next. */
function powershellLines(body, first) {
    const prompted = body.some((l) => /^\s*PS\b[^>]*>/.test(l));
    const out = [];
    for (let i = 0; i < body.length; i++) {
        const src = body[i];
        const line = first + i;
        const m = /^\s*(PS\b[^>]*>)\s?(.*)$/.exec(src);
        const trimmed = src.trim();
        if (trimmed === '')
            out.push({ kind: 'blank', text: '', raw: '', line, endLine: line });
        else if (prompted ? m === null || (m[2] ?? '').trim() === '' : trimmed.startsWith('#'))
            out.push({
                kind: trimmed.startsWith('#') ? 'comment' : 'output',
                text: src,
                raw: src,
                line,
                endLine: line
            });
        else {
            const raw = [(m?.[2] ?? src).trim()];
            while (/[`|]$/.test(raw[raw.length - 1]) && i + 1 < body.length)
                raw.push(body[++i].trim());
            const cmd = {
                kind: 'command',
                text: raw.join('\n'),
                raw: raw.join('\n'),
                line,
                endLine: first + i
            };
            if (m !== null)
                cmd.prompt = m[1].trim();
            out.push(cmd);
        }
    }
    return out;
}
/** Joins the lines of one command: continuations, then any here-document bodies. */
function gather(body, at, start) {
    let text = start;
    const raw = [start.trimEnd()];
    let last = at;
    for (let why = continuation(text); why !== undefined && last + 1 < body.length; why = continuation(text)) {
        last++;
        const next = body[last].replace(/^\s*>\s/, '');
        raw.push(next.trimEnd());
        text = why === 'backslash' ? text.replace(/\\$/, '') + next : `${text}\n${next}`;
    }
    for (const delim of lexShell(text).heredocs) {
        while (last + 1 < body.length) {
            last++;
            const l = body[last];
            raw.push(l.trimEnd());
            text += `\n${l}`;
            if (l.replace(/^\t+/, '').trim() === delim.replace(/^['"]|['"]$/g, ''))
                break;
        }
    }
    return { text: text.trim(), raw: dedent(raw).join('\n'), last };
}
function dedent(lines) {
    const indents = lines.filter((l) => l.trim() !== '').map((l) => /^\s*/.exec(l)?.[0].length ?? 0);
    const min = Math.min(...indents);
    return lines.map((l) => l.slice(Math.min(min, l.length)));
}

;// CONCATENATED MODULE: ./src/compiler/extract/unit.ts


/** A unit of `kind` made of `nodes` (consecutive siblings); `lines` is the whole source. */
function unit(kind, nodes, lines, opts = {}) {
    const all = Array.isArray(nodes) ? nodes : [nodes];
    const first = all[0];
    const line = opts.line ?? first.position?.start.line ?? 1;
    const endLine = (opts.endNode ?? all[all.length - 1] ?? first).position?.end.line ?? line;
    const codes = [];
    const inline = [];
    const entries = [];
    for (const n of all)
        walk(n, 0, lines, codes, inline, entries);
    const text = (opts.text ?? all.map(plainText).join('\n')).trim();
    return {
        kind,
        line,
        endLine,
        source: lines.slice(line - 1, endLine).join('\n'),
        text,
        lead: text,
        checked: null,
        nested: false,
        context: '',
        ordered: false,
        entries,
        inline: kind === 'admonition' ? [] : inline,
        codes: kind === 'admonition' ? [] : codes
    };
}
/** The text of a list item without what it nests (sub-lists, code blocks). */
function ownText(children) {
    return children
        .filter((c) => c.type !== 'list' && c.type !== 'code')
        .map(plainText)
        .join('\n')
        .trim();
}
/** A list item holds more than one paragraph of text (a sub-list, code, an image, ...). */
function hasMore(item) {
    const [first, ...rest] = item.children;
    return rest.length > 0 || (first !== undefined && (first.type !== 'paragraph' || hasImage(first)));
}
function hasImage(node) {
    if (node.type === 'image' || node.type === 'imageReference')
        return true;
    return 'children' in node && node.children.some(hasImage);
}
function walk(node, depth, lines, codes, inline, entries) {
    if (node.type === 'code') {
        codes.push(extractCode(node, lines));
        return;
    }
    if (node.type === 'inlineCode') {
        inline.push({ text: node.value, line: node.position?.start.line ?? 1 });
        return;
    }
    if (node.type === 'list') {
        for (const item of node.children) {
            const own = [];
            for (const child of item.children)
                if (child.type !== 'list' && child.type !== 'code')
                    collectInline(child, own);
            entries.push({
                text: ownText(item.children),
                line: item.position?.start.line ?? 1,
                checked: item.checked ?? null,
                depth,
                inline: own,
                nested: hasMore(item)
            });
            walk(item, depth + 1, lines, codes, inline, entries);
        }
        return;
    }
    if ('children' in node)
        for (const child of node.children)
            walk(child, depth, lines, codes, inline, entries);
}
function collectInline(node, out) {
    if (node.type === 'inlineCode')
        out.push({ text: node.value, line: node.position?.start.line ?? 1 });
    else if ('children' in node)
        for (const c of node.children)
            collectInline(c, out);
}

;// CONCATENATED MODULE: ./src/compiler/extract/list-units.ts

/**
 * The units of the items of `list`; `lines` is the whole source. `context` is the text of the
 * items it was split from (`If the pod is not healthy:`), kept with each sub-item.
 */
function listUnits(list, lines, context = '') {
    const out = [];
    for (const item of list.children) {
        if (!item.children.some(splits)) {
            out.push(itemUnit(item, item.children, list, lines, { lead: true, context }));
            continue;
        }
        let group = [];
        let lead = true;
        let inner = context;
        const flush = () => {
            if (group.length > 0) {
                const u = itemUnit(item, group, list, lines, { lead, context });
                // The item's own text introduces its sub-items: it is not a field to fill in.
                u.nested = true;
                if (lead)
                    inner = [context, u.lead].filter((t) => t !== '').join(' ');
                out.push(u);
            }
            group = [];
            lead = false;
        };
        for (const child of item.children) {
            if (!splits(child)) {
                group.push(child);
                continue;
            }
            flush();
            lead = false;
            out.push(...listUnits(child, lines, inner));
        }
        flush();
    }
    return out;
}
function itemUnit(item, nodes, list, lines, opts) {
    const whole = nodes.length === item.children.length;
    const u = unit('list-item', whole ? item : nodes, lines, {
        ...(opts.lead ? { line: item.position?.start.line ?? 1 } : {})
    });
    u.lead = ownText(nodes);
    u.checked = opts.lead ? (item.checked ?? null) : null;
    u.ordered = list.ordered === true;
    u.nested = whole ? hasMore(item) : u.codes.length > 0 || u.entries.length > 0;
    u.context = opts.context;
    return u;
}
function splits(node) {
    return node.type === 'list' && node.children.some((li) => li.children.some(holdsCommand));
}
function holdsCommand(node) {
    if (node.type === 'code')
        return true;
    if (node.type === 'inlineCode')
        return /^[a-z][\w.-]*\s+\S/.test(node.value.trim());
    return 'children' in node && node.children.some(holdsCommand);
}

;// CONCATENATED MODULE: ./src/compiler/extract/units.ts



/** Builds the units of a section's nodes; `lines` is the whole source, split. */
function buildUnits(nodes, lines) {
    const units = [];
    for (let i = 0; i < nodes.length; i++) {
        const node = nodes[i];
        const next = nodes[i + 1];
        if (node.type === 'yaml' || node.type === 'definition' || node.type === 'thematicBreak')
            continue;
        if (node.type === 'list') {
            units.push(...listUnits(node, lines));
            continue;
        }
        if (node.type === 'paragraph' &&
            isAdmonitionStart(node) &&
            next?.type === 'code' &&
            !isFenced(next, lines)) {
            units.push(unit('admonition', node, lines, {
                endNode: next,
                text: `${admonitionLabel(plainText(node))}\n${next.value}`
            }));
            i++;
            continue;
        }
        if (node.type === 'paragraph' && /^(\s*\{\{[<%][^}]*[%>]\}\}\s*)+$/.test(plainText(node)))
            continue;
        if (node.type === 'html') {
            if (/^<!--[\s\S]*-->$/.test(node.value.trim()))
                continue;
            units.push(unit('html', node, lines));
            continue;
        }
        const kind = node.type === 'code'
            ? 'code'
            : node.type === 'table'
                ? 'table'
                : node.type === 'blockquote'
                    ? 'quote'
                    : 'paragraph';
        // `!!! danger` with its body on the next, indented lines is one paragraph: read the marker
        // as the label it renders as.
        const text = kind === 'paragraph' && isAdmonitionStart(node) ? admonitionText(plainText(node)) : undefined;
        units.push(unit(kind, node, lines, text === undefined ? {} : { text }));
    }
    return units;
}
/** An admonition paragraph's text with its marker read as a label. */
function admonitionText(text) {
    const [marker = '', ...body] = text.trim().split('\n');
    return [admonitionLabel(marker), ...body.map((l) => l.trim())].join(' ').trim();
}
/** `!!! danger` -> `Danger:`, `!!! note "Before you start"` -> `Before you start:` (as rendered). */
function admonitionLabel(marker) {
    const m = /^(?:!!!|\?\?\?\+?)\s*([\w-]+)(?:\s+"([^"]*)")?/.exec(marker.trim());
    const label = m?.[2] ?? m?.[1] ?? '';
    if (label === '')
        return '';
    return `${(label[0] ?? '').toUpperCase()}${label.slice(1)}:`;
}
function isAdmonitionStart(node) {
    return /^(!!!|\?\?\?\+?)\s*[\w-]+/.test(plainText(node).trim());
}
function isFenced(node, lines) {
    const first = lines[(node.position?.start.line ?? 1) - 1] ?? '';
    return /^\s*(```|~~~)/.test(first);
}

;// CONCATENATED MODULE: ./src/compiler/extract/document.ts




/** Extracts the IR of a Markdown TSG; `file` is the name used in reports. */
function extractIr(source, file) {
    const { text, hidden } = hideText(source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n'));
    const root = parseMarkdown(text);
    const lines = text.split('\n');
    const front = root.children.find((n) => n.type === 'yaml');
    const frontTitle = front === undefined ? undefined : frontMatterTitle(front);
    const sections = splitSections(root.children, lines);
    const firstHeading = sections.find((s) => s.depth > 0)?.title;
    const ir = {
        file,
        title: frontTitle ?? firstHeading ?? file,
        lines: lines.length,
        sections,
        hidden
    };
    if (front?.position !== undefined) {
        ir.frontMatter = { line: front.position.start.line, endLine: front.position.end.line };
        if (frontTitle !== undefined)
            ir.frontMatter.title = frontTitle;
    }
    return ir;
}
function frontMatterTitle(node) {
    if (!('value' in node))
        return undefined;
    const m = /^title\s*[:=]\s*(.+)$/m.exec(node.value);
    if (m === null)
        return undefined;
    const raw = m[1].trim();
    const unquoted = /^(["'])(.*)\1$/.exec(raw)?.[2] ?? raw;
    return cleanTitle(unquoted.replace(/`/g, ''));
}
function splitSections(nodes, lines) {
    const sections = [];
    const trail = [];
    let current = {
        nodes: [],
        trail: []
    };
    const flush = (endLine) => {
        const h = current.heading;
        if (h === undefined && current.nodes.every((n) => n.type === 'yaml' || n.type === 'html'))
            return;
        const title = h === undefined ? '' : cleanTitle(plainText(h));
        const depth = h?.depth ?? 0;
        const line = h?.position?.start.line ?? current.nodes[0]?.position?.start.line ?? 1;
        sections.push({
            index: sections.length,
            title,
            depth,
            line,
            endLine: Math.max(line, endLine),
            trail: current.trail,
            units: buildUnits(current.nodes, lines)
        });
    };
    for (const node of nodes) {
        if (node.type !== 'heading') {
            current.nodes.push(node);
            continue;
        }
        flush((node.position?.start.line ?? 1) - 1);
        while (trail.length > 0 && trail[trail.length - 1].depth >= node.depth)
            trail.pop();
        trail.push({ depth: node.depth, title: cleanTitle(plainText(node)) });
        current = { heading: node, nodes: [], trail: trail.map((t) => t.title) };
    }
    flush(lastContentLine(lines));
    return sections;
}
function lastContentLine(lines) {
    let n = lines.length;
    while (n > 1 && (lines[n - 1] ?? '').trim() === '')
        n--;
    return n;
}

;// CONCATENATED MODULE: ./src/compiler/extract/index.ts
// Stage A: a pure, deterministic extraction of the TSG-IR from Markdown.




;// CONCATENATED MODULE: ./src/compiler/interpret/prose.ts
// Reading prose: imperative sentences (instructions), fill-in fields (`Run ID:`), HTTP calls written
// as `GET /status`, and commands quoted inline (`kubectl get pods -o wide`).

const VERBS = new Set(`check verify ensure confirm open navigate go click select choose run execute restart remove
  delete add append update edit change modify set wait watch monitor copy create install inspect
  review look find get use contact escalate capture record fill note document store keep save
  backup back apply deploy scale drain cordon uncordon stop start shut shutdown reboot replace pick
  tell disable enable re-enable bring investigate examine compare view query send register upgrade
  push detach attach reset fix follow refer try call launch log login ssh exec enter paste type list
  identify determine rerun re-run repeat validate test mark submit approve reject notify inform page
  file collect gather export import restore migrate move rename patch cancel pause resume kill evict
  double-check schedule plan allow deny grant revoke assign configure tolerate do make perform
  provide specify pass mount unmount clear purge prune rotate renew increase decrease reduce
  consider ask open-a take put download upload generate build lock unlock trigger retry re-send
  resend promote rollback roll drop flush verify investigate troubleshoot consult close reopen
  resolve acknowledge ack silence mute unmute snooze revert rebuild recreate reinstall redeploy
  label annotate taint untaint switch failover disconnect reconnect`
    .split(/\s+/)
    .filter((w) => w !== ''));
// Verbs that as often start a noun phrase ("File System Usage", "Plan templates:", "Test results"):
// an instruction only when an object follows (the, a, this, your, all, ...).
const WEAK = new Set(`plan file list page type test log table tag query`.split(/\s+/));
const OBJECT = /^(?:the|a|an|this|that|these|those|your|our|its|their|all|each|every|any|some|it|them|for|to|with|on|out|up|down|off|over|whether|if|how|what|which|who|when|where|whose|both|one|two|three|no|at|in|from|as)\b/i;
// What may stand before the verb of an instruction: "Then", "If the pod is stuck,", "In such a
// case,", "Otherwise, if you can,", "Warning:". Applied twice ("If it fails, first check ...").
const LEAD = /^(?:(?:once [^,]*|if [^,]*|when [^,]*|after [^,]*|before [^,]*|to [^,]*|for [^,]*|[a-z]+(?:\s+[a-z]+){0,4}),\s*|(?:warning|caution|important|attention|danger|note|notice|tip):\s+|(?:then|first|next|finally|also|now|please|optionally|alternatively)\s+)/i;
const MODAL = /^(?:you|we)\s+(?:need to|should|must|have to|will need to|may need to)\b|^make sure\b|^do not\b|^don't\b|^never\b|^it is (?:recommended|necessary|required)\b/i;
/** Removes list numbering, `Step 3:`, `A)` and bold markers from the start of a text. */
function stripMarkers(text) {
    return text
        .replace(/^\s*(?:step\s+\d+\s*[:.)-]?|\d+[.)]|[A-Za-z][.)](?=\s))\s*/i, '')
        .replace(/^[*_]+|[*_]+(?=\s)/g, '')
        .trim();
}
/**
 * True when some sentence of `text` starts with an instruction. A sentence that starts with one of
 * `codes` (inline code of the text: `run --plan ...`, `list_plans()`) names code, not an action.
 */
function isImperative(text, codes = []) {
    return sentences(text).some((s) => !startsWithCode(s, codes) && startsImperative(s) && !substitutes(s));
}
// "Replace `<pod>` with the name of your pod", "Add your namespace to the commands above",
// "Substitute your runner's token and URL": the reader fills in a value of a command shown
// elsewhere; that is not a step of its own (the values are vars of the command's step).
const SUBSTITUTE = /^(?:replace|substitute|swap)\b[^.]*?(?:`[^`]*`|<[^>]+>|\b[A-Z][A-Z0-9]*_[A-Z0-9_]+\b)[^.]*?\b(?:with|by|for)\b|^(?:replace|substitute)\b[^.]*\b(?:with|by)\s+(?:your|the\s+(?:names?|values?|ids?|actual))\b|^substitute\s+(?:in\s+)?your\b|^(?:add|insert|put|fill\s+in|enter|plug\s+in|use)\s+(?:in\s+)?your\s+(?:own\s+)?[\w'-]+(?:\s+[\w'-]+){0,2}\s+(?:to|in|into|for|as|instead)\b|^(?:change|set|update|edit|adjust)\b[^.]*\bto\s+(?:match\s+)?your\b/i;
/** True when the sentence only tells the reader to put their own value into a command. */
function substitutes(sentence) {
    return SUBSTITUTE.test(stripMarkers(sentence).replace(/^[*_`"'“(]+/, ''));
}
/** True when `text` begins with one of the inline code spans `codes`. */
function startsWithCode(text, codes) {
    const t = stripMarkers(text);
    return codes.some((c) => c.trim() !== '' && t.startsWith(c.trim()));
}
/** True when `sentence` starts with an imperative verb or a modal phrase (you should, make sure). */
function startsImperative(sentence) {
    const base = stripMarkers(sentence).replace(/^[*_`"'“(]+/, '');
    const once = base.replace(LEAD, '');
    return [base, once, once.replace(LEAD, '')].some((s) => MODAL.test(s) || verbFirst(s));
}
/** True when `sentence` itself starts with an imperative verb (no `If ...,` or `you should`). */
function startsWithVerb(sentence) {
    return verbFirst(stripMarkers(sentence).replace(/^[*_`"'“(]+/, ''));
}
function verbFirst(s) {
    const word = /^[A-Za-z-]+/.exec(s)?.[0];
    // An all-capitals word is an identifier (`STOP` intent), not a verb.
    if (word === undefined || (word.length > 1 && word === word.toUpperCase()))
        return false;
    const first = word.toLowerCase();
    if (!VERBS.has(first))
        return false;
    const after = s.slice(word.length).trim();
    // `Note: In the following commands ...`: a word and a colon is a label (LEAD reads past it).
    if (after.startsWith(':') && after.length > 1)
        return false;
    // `Plan and registry:`, `Capture:`: a short label before a list, not an instruction.
    if (/:$/.test(s) && s.split(/\s+/).length <= 3 && !OBJECT.test(after))
        return false;
    if (WEAK.has(first) && !OBJECT.test(after))
        return false;
    // `Check` as a noun ("Checks done") or a verb in the third person ("Runs") is not an instruction.
    return /^[A-Z]/.test(s) || first === s.toLowerCase().split(/\s/)[0];
}
function sentences(text) {
    return text
        .split(/\n|(?<=[.!?])\s+(?=[A-Z*_`])/)
        .map((s) => s.trim())
        .filter((s) => s !== '');
}
/**
 * `Run ID:` or `Decision: \`KEEP\` / \`ROLLBACK\``: a value the operator records. An entry with
 * content of its own (`Listener:` over a screenshot, `Lanes:` over a list) is a heading, not a field.
 */
function fillInField(text, nested = false) {
    if (nested)
        return undefined;
    const t = stripMarkers(text.replace(/\s+/g, ' '));
    const empty = /^([^:`]{1,80}?):\s*$/.exec(t);
    // `Once resolved, reset the failure status:` introduces what follows; `Run ID:` and `Change in
    // critical systems:` are short labels (four words or fewer, no comma) whatever their first word.
    const label = (empty?.[1] ?? '').replace(/\([^)]*\)/g, ' ').trim();
    const short = label.split(/\s+/).length <= 4 && !label.includes(',');
    if (empty !== null && !short && (startsImperative(t) || label.split(/\s+/).length > 8))
        return undefined;
    if (empty !== null)
        return { label: empty[1].trim() };
    const choice = /^([^:`]{1,60}?):\s*((?:`[^`]+`\s*\/\s*)+`[^`]+`)\s*$/.exec(t) ??
        /^([^:`]{1,60}?):\s*((?:[A-Z][A-Z0-9_-]*\s*\/\s*)+[A-Z][A-Z0-9_-]*)\s*$/.exec(t);
    if (choice !== null)
        return { label: choice[1].trim(), options: choice[2].replace(/`/g, '') };
    return undefined;
}
/** `GET /status`, `POST /api/run`: an HTTP call with no host or client named. */
function isHttpCall(code) {
    return /^(GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS)\s+\/\S*/.test(code.trim());
}
const BUILTINS = new Set([
    'set',
    'export',
    'cd',
    'source',
    'unset',
    'alias',
    'exit',
    'echo',
    'true',
    'false',
    'test',
    'type',
    'time'
]);
/**
 * True when inline code reads as a command to run: at least two words, a lower-case program the
 * classifier knows (or one the document runs in a code block), and not a shell builtin.
 */
function isInlineCommand(code, blockPrograms) {
    const t = code.trim();
    if (/\n/.test(t))
        return false;
    const words = t.split(/\s+/);
    const first = words[0] ?? '';
    if (words.length < 2 || BUILTINS.has(first) || !/^[a-z][a-z0-9._+-]*$/.test(first))
        return false;
    if ((words[1] ?? '').startsWith('=') || /^[=<>!]=?$/.test(words[1] ?? ''))
        return false;
    // `etcd --snapshot-count configures ...`: a flag named in prose, not a command to run.
    if (words.length === 2 && /^--[\w-]+$/.test(words[1] ?? ''))
        return false;
    return (0,safety/* classifyCommand */.IB)([first]).rule !== 'unknown-command' || blockPrograms.has(first);
}

;// CONCATENATED MODULE: ./src/compiler/shell/analyze.ts


const OP_REASON = {
    '|': 'pipe',
    '||': '|| list',
    ';': '; list',
    '\n': 'several commands',
    '&': 'background job',
    '(': 'subshell or function',
    ')': 'subshell or function',
    '<<': 'here-document',
    '<<-': 'here-document',
    ';;': 'case statement'
};
const KEYWORD_REASON = {
    for: 'loop',
    while: 'loop',
    until: 'loop',
    select: 'loop',
    if: 'conditional',
    case: 'case statement',
    '{': 'brace group',
    '!': 'negation',
    function: 'function definition',
    '[[': 'conditional'
};
/** Analyses one logical command line. */
function analyzeShell(text) {
    const lexed = lexShell(text);
    const reasons = new Set(lexed.features);
    if (lexed.unterminated !== undefined)
        reasons.add(`unterminated ${lexed.unterminated}`);
    const segments = [[]];
    for (const t of lexed.tokens) {
        if (t.kind === 'op' && t.op === '&&')
            segments.push([]);
        else if (t.kind === 'op')
            reasons.add(OP_REASON[t.op] ?? 'redirection');
        else
            segments[segments.length - 1]?.push(t);
    }
    const words = segments.map((s) => s.flatMap((t) => (t.kind === 'word' ? [t.word] : [])));
    if (words.every((w) => w.length === 0))
        return reasons.size === 0 ? { kind: 'empty' } : shell(reasons, []);
    const assigns = [];
    const commands = [];
    let exported = false;
    let declared = false;
    const names = [];
    for (const seg of words) {
        if (seg.length === 0) {
            reasons.add('empty command in a list');
            continue;
        }
        const first = seg[0];
        const kw = KEYWORD_REASON[first.raw];
        if (kw !== undefined)
            reasons.add(kw);
        let rest = seg;
        if (first.raw === 'export' || first.raw === 'readonly' || first.raw === 'local') {
            declared = true;
            exported = first.raw === 'export';
            rest = seg.slice(1);
            if (rest.length === 0)
                reasons.add(`${first.raw} without an assignment`);
        }
        const env = [];
        while (rest.length > 0) {
            const word = rest[0];
            const a = asAssignment(word);
            if (a === undefined && exported && /^[A-Za-z_][A-Za-z0-9_]*$/.test(word.raw)) {
                names.push(word.raw);
                rest = rest.slice(1);
                continue;
            }
            if (a === undefined)
                break;
            env.push(a);
            assigns.push(a.name);
            rest = rest.slice(1);
        }
        if (declared && rest.length > 0)
            reasons.add('export of a value that is not an assignment');
        if (rest.length === 0 && (env.length > 0 || names.length > 0) && words.length > 1)
            reasons.add('assignment in a list');
        commands.push({ env, words: rest });
    }
    if (reasons.size > 0)
        return shell(reasons, assigns);
    if (commands.length === 1 && commands[0]?.words.length === 0) {
        return { kind: 'assignment', assignments: commands[0].env, exported, names };
    }
    const out = { kind: 'commands', commands };
    if (lexed.comment !== undefined)
        out.comment = lexed.comment;
    return out;
}
function shell(reasons, assigns) {
    return { kind: 'shell', reasons: [...reasons], assigns };
}
/** `NAME=value` (the name and `=` unquoted) as an assignment, else undefined. */
function asAssignment(word) {
    const first = word.parts[0];
    if (first?.kind !== 'lit' || first.quoted !== 'none')
        return undefined;
    const m = /^([A-Za-z_][A-Za-z0-9_]*)=/.exec(first.text);
    if (m === null)
        return undefined;
    const name = m[1];
    const restText = first.text.slice(m[0].length);
    const parts = [
        ...(restText === '' ? [] : [{ ...first, text: restText }]),
        ...word.parts.slice(1)
    ];
    return {
        name,
        value: { parts, raw: word.raw.slice(m[0].length), offset: word.offset + m[0].length }
    };
}
const analyze_STARTERS = new Set([';', '&&', '||', '|', '&', '\n', '(', ')', ';;']);
const LEADING = new Set(['do', 'then', 'else', 'elif', '{', '!', 'time', 'if', 'while', 'until']);
/**
 * Variables that `text` sets itself, so that its own `$x` is not an input: loop variables
 * (`for x in`), assignments at the start of any command (`s=$(...)`, `export X=1`) and `read x`.
 */
function locallySet(text) {
    const out = new Set();
    let start = true;
    const tokens = lexShell(text).tokens;
    for (let i = 0; i < tokens.length; i++) {
        const t = tokens[i];
        if (t.kind === 'op') {
            start = analyze_STARTERS.has(t.op);
            continue;
        }
        const raw = t.word.raw;
        const next = tokens[i + 1];
        if (start && (raw === 'for' || raw === 'select') && next?.kind === 'word')
            out.add(next.word.raw);
        if (start && raw === 'read')
            for (let j = i + 1; tokens[j]?.kind === 'word'; j++) {
                const w = tokens[j].word.raw;
                if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(w))
                    out.add(w);
            }
        const a = start ? asAssignment(t.word) : undefined;
        if (a !== undefined)
            out.add(a.name);
        start =
            LEADING.has(raw) ||
                (a !== undefined && start) ||
                (start && (raw === 'export' || raw === 'local' || raw === 'readonly'));
    }
    // awk's `$NF`, gdb's `$rip`: not the shell's either.
    for (const name of foreignVars(text))
        out.add(name);
    return out;
}

;// CONCATENATED MODULE: ./src/compiler/fidelity.ts






/** Runs every fidelity check; each reports its problems (empty when it passes). */
function fidelityChecks(input) {
    const check = (name, problems) => ({
        check: name,
        ok: problems.length === 0,
        problems
    });
    const cli = input.runbook.steps.filter((s) => s.type === 'cli');
    // A shell variable is accounted for by a var, or by a capture of its name (numbered when taken).
    const vars = new Set(Object.keys(input.runbook.meta.vars ?? {}));
    for (const s of input.runbook.steps)
        for (const c of Object.keys(s.capture ?? {}))
            vars.add(c.replace(/_\d+$/, '')).add(c);
    return [
        check('schema-valid', (input.diagnostics ?? (0,src_runbook/* validateRunbookText */.As)(input.yaml, 'runbook.yaml').diagnostics)
            .filter((d) => d.severity === 'error')
            .map((d) => `${d.line}:${d.col} ${d.rule}: ${d.message}`)),
        check('every shell command accounted for', unaccounted(input)),
        check('no destructive or ambiguous command automated', cli.flatMap((s) => {
            const c = (0,safety/* classifyCommand */.IB)((s.with?.argv ?? []).map(untemplate));
            return c.level === 'destructive' || c.level === 'unknown'
                ? [`${s.id}: ${c.level} (${c.reason})`]
                : [];
        })),
        check('no program or argument absent from the source', inventedAll(cli, input.source)),
        check('every placeholder became a var', input.accounts.flatMap((a) => missingVars(a, vars))),
        check('allowed_commands is exactly the automated programs', allowlistProblems(input.runbook))
    ];
}
function untemplate(arg) {
    return arg
        .replace(/\{\{ \.literal_braces \}\}/g, '{{')
        .replace(/\{\{ \.([A-Za-z_][A-Za-z0-9_]*) \}\}/g, '<$1>');
}
function unaccounted(input) {
    const lines = new Set(input.accounts.map((a) => `${a.origin}:${a.line}`));
    const inline = new Set(input.accounts.map((a) => `${a.origin}:${a.line}:${a.text}`));
    const out = [];
    for (const s of input.ir.sections)
        for (const u of s.units) {
            for (const c of u.codes)
                for (const l of c.lines)
                    if (l.kind === 'command' && !lines.has(`block:${l.line}`))
                        out.push(`line ${l.line}: ${l.text}`);
            for (const i of u.inline)
                if (isInlineCommand(i.text, input.programs) && !inline.has(`inline:${i.line}:${i.text}`))
                    out.push(`line ${i.line}: \`${i.text}\``);
        }
    return out;
}
const TOKEN = /[A-Za-z0-9_.-]{2,}/g;
// Tokens of the source, indexed once so the check stays linear in the document size.
function inventedAll(cli, source) {
    const tokens = new Set(source.match(TOKEN) ?? []);
    const found = (t) => tokens.has(t) || source.includes(t);
    const out = [];
    for (const s of cli) {
        const argv = s.with?.argv ?? [];
        const argv0 = argv[0] ?? '';
        if (!found(argv0))
            out.push(`${s.id}: program '${argv0}' is not in the source`);
        for (const arg of argv.slice(1)) {
            const literal = arg.replace(/\{\{ \.[A-Za-z_][A-Za-z0-9_]* \}\}/g, ' ');
            for (const token of literal.match(TOKEN) ?? [])
                if (!found(token))
                    out.push(`${s.id}: '${token}' (in '${arg}') is not in the source`);
        }
    }
    return out;
}
function missingVars(a, vars) {
    // A command only mentioned (no step) needs no var: nothing renders it.
    if (a.origin === 'http' || (a.origin === 'inline' && a.steps.length === 0))
        return [];
    const out = [];
    const local = locallySet(a.text);
    for (const t of lexShell(a.text).tokens) {
        if (t.kind !== 'word')
            continue;
        // `NODE_NAME=<instance label>`: the placeholder is the value of the var NODE_NAME.
        const assigned = /^([A-Za-z_][A-Za-z0-9_]*)=$/.exec(t.word.parts[0]?.kind === 'lit' ? t.word.parts[0].text : '')?.[1];
        if (assigned !== undefined && vars.has(assigned) && t.word.parts.length === 2)
            continue;
        for (const p of t.word.parts) {
            const name = p.kind === 'var'
                ? local.has(p.name)
                    ? undefined
                    : p.name
                : p.kind === 'placeholder'
                    ? placeholderName(p.raw)
                    : undefined;
            if (name !== undefined && !vars.has(name))
                out.push(`line ${a.line}: ${p.kind === 'lit' ? '' : p.raw} has no var '${name}'`);
        }
    }
    return out;
}
function allowlistProblems(runbook) {
    const automated = [
        ...new Set(runbook.steps.flatMap((s) => (s.type === 'cli' ? [s.with?.argv?.[0] ?? ''] : [])))
    ].sort();
    const allowed = [...(runbook.meta.governance?.allowed_commands ?? [])].sort();
    return JSON.stringify(automated) === JSON.stringify(allowed)
        ? []
        : [`allowed ${allowed.join(', ')}; automated ${automated.join(', ')}`];
}

;// CONCATENATED MODULE: ./src/compiler/interpret/choices.ts


const CHOICE_NAME = 'case';
/** Inserts a choice step before the first step of each set; indexes into the steps are remapped. */
function insertChoices(doc, sets) {
    const original = doc.steps;
    const before = new Map();
    const choices = [];
    for (const set of sets) {
        const first = set.options.find((o) => o.steps > 0);
        const at = original.findIndex((s) => s.line >= first.line);
        if (at === -1)
            continue;
        const choice = { ...set, name: CHOICE_NAME, planned: choiceStep(set) };
        choices.push(choice);
        before.set(at, [...(before.get(at) ?? []), choice]);
    }
    if (choices.length === 0)
        return [];
    const steps = [];
    const moved = new Map();
    original.forEach((s, i) => {
        for (const c of before.get(i) ?? [])
            steps.push(c.planned);
        moved.set(i, steps.length);
        steps.push(s);
    });
    const to = (i) => moved.get(i) ?? i;
    for (const a of doc.accounts)
        a.steps = a.steps.map(to);
    for (const e of doc.exports)
        e.steps = e.steps.map(to);
    for (const [line, i] of doc.shownIn)
        doc.shownIn.set(line, to(i));
    doc.steps = steps;
    return choices;
}
/** Once ids are assigned: the `when` of every step inside an alternative. */
function guardSteps(steps, choices) {
    for (const s of steps) {
        const own = choices.find((c) => c.planned === s);
        const when = guardAt(choices, own === undefined ? s.line : own.line, own);
        if (when !== undefined)
            s.step.when = when;
    }
}
/** The guard of a step at `line`: the conjunction of the alternatives holding it, outermost first. */
function guardAt(choices, line, except) {
    const parts = [];
    for (const c of choices) {
        if (c === except)
            continue;
        const o = c.options.find((x) => line >= x.line && line <= x.endLine);
        if (o !== undefined)
            parts.push(`evidence.${c.planned.step.id}.${c.name} == "${o.value}"`);
    }
    return parts.length === 0 ? undefined : parts.join(' && ');
}
function choiceStep(set) {
    const lines = `${set.line}–${set.endLine}`;
    const intro = set.why === 'escalate'
        ? `The source ends with "${set.title}" (lines ${lines}): escalate only when the steps before did not resolve the issue. \`yes\` runs its steps and ends the run escalated; \`no\` ends the run resolved.`
        : set.why === 'if'
            ? `The source makes the steps of "${set.title}" (lines ${lines}) conditional. Does the condition hold? \`yes\` runs them; \`no\` records them as not taken.`
            : `The source gives alternatives under "${set.title}" (lines ${lines}): pick the one that matches the situation. Only its steps run; the steps of the others are recorded as not taken.`;
    const list = set.options.map((o) => `- \`${o.value}\`: ${o.label}${detail(o)}`);
    const step = {
        id: '',
        type: 'manual',
        title: set.why === 'escalate'
            ? 'Is escalation needed?'
            : set.why === 'if'
                ? `Decide: ${set.title}`
                : `Choose: ${unmarked(unnumbered(set.title))}`,
        instructions: braces([intro, '', ...list].join('\n')),
        required_evidence: [
            {
                kind: 'choice',
                name: CHOICE_NAME,
                options: set.options.map((o) => ({
                    value: o.value,
                    label: braces(o.label),
                    ...(o.description === '' ? {} : { description: braces(o.description) })
                }))
            }
        ],
        // A replay (`runbook test`) takes the alternative from the scenario's evidence file: each
        // scenario tests one branch.
        replay_mode: 'reuse_evidence'
    };
    return {
        step,
        idHint: set.why === 'escalate'
            ? 'decide escalation'
            : set.why === 'if'
                ? `decide ${set.title}`
                : `choose ${unmarked(unnumbered(set.title))}`,
        section: set.title,
        sectionLine: set.line,
        line: set.options.find((o) => o.steps > 0)?.line ?? set.line,
        endLine: set.endLine,
        manual: {
            why: 'choice',
            detail: `${set.options.length} alternatives at lines ${lines}`
        }
    };
}
function detail(o) {
    if (o.steps === 0)
        return o.endLine < o.line ? '' : ` (lines ${o.line}–${o.endLine}; no step)`;
    const change = o.level === 'destructive'
        ? '; runs destructive commands'
        : o.level === 'mutating'
            ? '; changes state'
            : '';
    const n = o.steps === 1 ? '1 step' : `${o.steps} steps`;
    return ` (lines ${o.line}–${o.endLine}; ${n}${change})${o.description === '' ? '' : `. ${o.description}`}`;
}
// Literal `{{` in shown text would read as a template: the runbook would not validate.
function braces(text) {
    return text.split('{{').join('{ {');
}

;// CONCATENATED MODULE: ./src/compiler/interpret/governance.ts
/** Programs that are destructive whatever their arguments: never allowed to run unattended. */
const DENIED_COMMANDS = [
    'dd',
    'halt',
    'mkfs',
    'poweroff',
    'reboot',
    'rm',
    'shred',
    'shutdown',
    'truncate',
    'wipefs'
];
/** Environment variables that templates may never read (their values are also redacted). */
const DENIED_ENV_VARS = [
    'AWS_SECRET_ACCESS_KEY',
    'AWS_SESSION_TOKEN',
    'GITHUB_TOKEN',
    'OPENAI_API_KEY',
    'RUNBOOK_LLM_TOKEN',
    '*_PASSWORD',
    '*_SECRET_KEY'
];
/** Redaction of bearer tokens, key=value secrets, AWS keys, private keys and connection strings. */
const REDACT_RULES = [
    { pattern: '(?i)\\bbearer\\s+[A-Za-z0-9._~+/=-]+', replace: 'Bearer <redacted>' },
    {
        pattern: '(?i)\\b(password|passwd|pwd|secret|token|api[_-]?key|access[_-]?key|client[_-]?secret)(["\']?\\s*[:=]\\s*)["\']?[^\\s"\',;]+',
        replace: '$1$2<redacted>'
    },
    { pattern: '\\b(AKIA|ASIA)[A-Z0-9]{16}\\b', replace: '<redacted-aws-access-key>' },
    {
        pattern: '(?i)(aws_secret_access_key|aws_session_token)(\\s*[:=]\\s*)\\S+',
        replace: '$1$2<redacted>'
    },
    { pattern: '-----BEGIN [A-Z ]*PRIVATE KEY-----', replace: '<redacted-private-key>' },
    { pattern: '^[A-Za-z0-9+/]{60,}={0,2}$', replace: '<redacted-base64>' },
    { pattern: '(?i)\\b([a-z][a-z0-9+.-]*://)[^/\\s:@]+:[^/\\s@]+@', replace: '$1<redacted>@' },
    {
        pattern: '(?i)\\b(AccountKey|SharedAccessKey|SharedAccessSignature|Password|Pwd)=[^;\\s]+',
        replace: '$1=<redacted>'
    }
];
/** The governance block for a runbook whose automated steps run `programs`. */
function governanceFor(programs) {
    const allowed = [...new Set(programs)].sort();
    return {
        allowed_commands: allowed,
        denied_commands: DENIED_COMMANDS.filter((d) => !allowed.includes(d)),
        deny_env_vars: DENIED_ENV_VARS,
        redact: REDACT_RULES,
        evidence: { require_for_manual: true, store_full_stdout: false }
    };
}

;// CONCATENATED MODULE: ./src/compiler/degrade.ts


const STEP_PROBLEM = /^([a-z0-9_]+): /;
const LINE_PROBLEM = /^line (\d+): (.*)$/s;
const VAR_PROBLEM = /^line (\d+): (.*) has no var '([A-Za-z_][A-Za-z0-9_]*)'$/;
/** Repairs `it` in place after failed checks and validation errors (paths like `steps[2].with`). */
function repair(it, checks, errors) {
    const unrepaired = [];
    let changed = false;
    const byId = new Map(it.steps.map((s) => [s.step.id, s]));
    const demoteId = (id, why) => {
        const s = byId.get(id);
        if (s === undefined || s.step.type === 'manual')
            return false;
        demote(s, why, it);
        return true;
    };
    for (const e of errors) {
        const index = /^steps\[(\d+)\]/.exec(e.path)?.[1];
        const s = index === undefined ? undefined : it.steps[Number(index)];
        if (s !== undefined && s.step.type !== 'manual') {
            demote(s, `the step did not validate (${e.message})`, it);
            changed = true;
        }
        else if (s !== undefined && s.step.type === 'manual' && s.manual?.why !== 'degraded') {
            demote(s, `the step did not validate (${e.message})`, it);
            changed = true;
        }
        else
            unrepaired.push(`${e.path}: ${e.message}`);
    }
    for (const c of checks) {
        if (c.ok || c.check === 'schema-valid')
            continue;
        for (const p of c.problems) {
            if (c.check === 'allowed_commands is exactly the automated programs') {
                changed = true;
                continue;
            }
            if (c.check === 'every placeholder became a var') {
                const m = VAR_PROBLEM.exec(p);
                if (m !== null && declareVar(it, m[3], m[2], Number(m[1]))) {
                    changed = true;
                    continue;
                }
            }
            if (c.check === 'every shell command accounted for') {
                const m = LINE_PROBLEM.exec(p);
                if (m !== null) {
                    addUnaccounted(it, Number(m[1]), m[2]);
                    changed = true;
                    continue;
                }
            }
            const id = STEP_PROBLEM.exec(p)?.[1];
            if (id !== undefined && demoteId(id, `${c.check}: ${p.slice(id.length + 2)}`)) {
                changed = true;
                continue;
            }
            unrepaired.push(`${c.check}: ${p}`);
        }
    }
    if (changed)
        rebuild(it);
    return { changed, unrepaired };
}
/** Turns a planned step into a manual one showing its source command verbatim. */
function demote(s, why, it) {
    const command = s.command ?? commandOf(s.step);
    const lines = s.endLine > s.line ? `lines ${s.line}–${s.endLine}` : `line ${s.line}`;
    const fence = command.includes('```') ? '~~~' : '```';
    const shown = command === '' ? (s.step.instructions ?? '') : `${fence}sh\n${command}\n${fence}`;
    const step = {
        id: s.step.id,
        type: 'manual',
        title: s.step.title,
        instructions: degrade_braces(`Run by hand only if it is safe to do so, then record what you did (source ${lines}):\n\n${shown}\n\nNot automated: the compiler could not stand behind an automated step here (${why}).`)
    };
    if (s.step.description !== undefined)
        step.description = s.step.description;
    if (s.step.when !== undefined)
        step.when = s.step.when;
    if (s.step.outcomes !== undefined)
        step.outcomes = s.step.outcomes;
    s.step = step;
    s.manual = { why: 'degraded', detail: why };
    it.todos.push({
        line: s.line,
        text: `line ${s.line}: the compiler could not stand behind the step it planned (${why}); it is a manual step showing the source: check it by hand`
    });
    for (const e of it.exports)
        e.steps = e.steps.filter((i) => it.steps[i] !== s);
}
function commandOf(step) {
    const argv = step.with?.argv ?? [];
    return argv.map((a) => (/[\s'"$`\\]|^$/.test(a) ? `'${a.replace(/'/g, `'\\''`)}'` : a)).join(' ');
}
// Literal `{{` in text shown verbatim would read as a template: the runbook would not validate.
function degrade_braces(text) {
    return text.split('{{').join('{ {');
}
function declareVar(it, name, written, line) {
    if (it.vars.some((v) => v.name === name))
        return false;
    it.vars.push({ name, default: '', written: [written], lines: [line], how: 'placeholder' });
    it.vars.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    it.todos.push({
        line,
        text: `set \`${name}\` (${written}, line ${line}): the compiler could not tell how the command uses it; pass --var ${name}=... or edit meta.vars`
    });
    return true;
}
function addUnaccounted(it, line, text) {
    const at = it.steps.findIndex((s) => s.line > line);
    const index = at === -1 ? it.steps.length : at;
    const neighbour = it.steps[index - 1] ?? it.steps[index];
    const used = new Set(it.steps.map((s) => s.step.id));
    let id = `line_${line}`;
    for (let n = 2; used.has(id); n++)
        id = `line_${line}_${n}`;
    const command = text.replace(/^`|`$/g, '');
    const planned = {
        step: { id, type: 'manual', title: `Command at line ${line}` },
        idHint: id,
        section: neighbour?.section ?? '',
        sectionLine: neighbour?.sectionLine ?? 1,
        line,
        endLine: line,
        command
    };
    // Indexes into the step list move: shift what points past the insertion.
    const shift = (i) => (i >= index ? i + 1 : i);
    for (const a of it.accounts)
        a.steps = a.steps.map(shift);
    for (const e of it.exports)
        e.steps = e.steps.map(shift);
    const when = guardAt(it.choices, line);
    if (when !== undefined)
        planned.step.when = when;
    it.steps.splice(index, 0, planned);
    demote(planned, 'the compiler did not account for this command', it);
    const origin = text.startsWith('`') ? 'inline' : 'block';
    it.accounts.push({ line, endLine: line, origin, text: command, steps: [index], note: 'degraded' });
    it.accounts.sort((a, b) => a.line - b.line);
}
/** Rebuilds the runbook's steps, vars and allowlist from the planned steps. */
function rebuild(it) {
    const steps = it.steps.map((s) => s.step);
    const automated = steps.flatMap((s) => (s.type === 'cli' ? [s.with?.argv?.[0] ?? ''] : []));
    const meta = it.runbook.meta;
    if (it.vars.length > 0)
        meta.vars = Object.fromEntries(it.vars.map((v) => [v.name, v.default]));
    meta.governance = governanceFor(automated);
    it.runbook.steps = steps;
    it.todos.sort((a, b) => a.line - b.line || (a.text < b.text ? -1 : a.text > b.text ? 1 : 0));
}

;// CONCATENATED MODULE: ./src/compiler/interpret/context.ts
/** Adds a TODO (kept in line order when reported). */
function todo(doc, line, text) {
    if (!doc.todos.some((t) => t.line === line && t.text === text))
        doc.todos.push({ line, text });
}
/** `name` is exported from `line` on (unless it already is): later cli steps carry it in with.env. */
function startExport(doc, name, line) {
    if (doc.exported.has(name))
        return;
    const e = { name, line, steps: [] };
    doc.exports.push(e);
    doc.exported.set(name, e);
}

;// CONCATENATED MODULE: ./src/compiler/interpret/exports.ts
// `export NAME=value`: in a shell an exported variable is in the environment of every later
// command, so the compiler puts it in with.env of every later cli step (steps.ts) until `unset`.


const EXPORTED = 'exported: in the environment (with.env) of every later cli step';
/** `export NAME=value` and `export NAME` (of a NAME the document assigned) start exports. */
function exportNotes(assignments, names, src, ctx) {
    const doc = ctx.doc;
    for (const { name } of assignments)
        startExport(doc, name, src.line);
    const notes = assignments.length > 0 ? [EXPORTED] : [];
    for (const name of names) {
        if (doc.vars.has(name) || doc.vars.captureOf(name) !== undefined) {
            startExport(doc, name, src.line);
            notes.push(`exports \`${name}\`: in the environment (with.env) of every later cli step`);
        }
        else
            notes.push(`exports \`${name}\`, which the document does not assign: later steps get it from the operator's environment, as in the shell`);
    }
    return notes;
}
/** `unset NAME ...` of exported variables: later cli steps no longer carry them; no step. */
function unsetExports(display, src, ctx) {
    const names = display.slice(1);
    const exported = ctx.doc.exported;
    if (display[0] !== 'unset' || names.length === 0 || !names.every((n) => exported.has(n)))
        return undefined;
    for (const n of names) {
        const e = exported.get(n);
        if (e !== undefined)
            e.unset = src.line;
        exported.delete(n);
    }
    return `unset: ${names.map((n) => `\`${n}\``).join(', ')} no longer in the environment of later steps`;
}
/** True when the command is `export ...`. */
function isExport(text) {
    const first = lexShell(text).tokens[0];
    return first?.kind === 'word' && first.word.raw === 'export';
}

;// CONCATENATED MODULE: ./src/compiler/interpret/capture.ts
// `VAR=$(cmd)`: a shell variable set from the output of a simple command. When `cmd` is a simple,
// read-only command, the compiler runs it as a cli step that captures its stdout, and later `$VAR`
// render as that capture. The engine drops one trailing newline of a capture, as command
// substitution drops the trailing newlines (one, for the one-value outputs this is used for).




/** `VAR=$(cmd)`, `VAR="$(cmd)"` or `export VAR=$(cmd)` with a simple `cmd`, else undefined. */
function capturable(text) {
    const lexed = lexShell(text);
    if (lexed.tokens.some((t) => t.kind === 'op') || lexed.comment !== undefined)
        return undefined;
    const words = lexed.tokens.flatMap((t) => (t.kind === 'word' ? [t.word] : []));
    const rest = /^(export|readonly|local)$/.test(words[0]?.raw ?? '') ? words.slice(1) : words;
    const a = rest.length === 1 && rest[0] !== undefined ? asAssignment(rest[0]) : undefined;
    if (a === undefined)
        return undefined;
    const raw = a.value.raw.replace(/^"(.*)"$/s, '$1');
    if (!raw.startsWith('$(') || raw.startsWith('$(('))
        return undefined;
    if (closingIndex(raw, 1) !== raw.length - 1)
        return undefined;
    const inner = analyzeShell(raw.slice(2, -1));
    if (inner.kind !== 'commands' || inner.commands.length !== 1)
        return undefined;
    const command = inner.commands[0];
    return command.words.length === 0 ? undefined : { name: a.name, command };
}
/**
 * True when the command prints one value (so an unquoted `$VAR` is one word): a kubectl/oc
 * jsonpath or go-template without `range` or `[*]`, `jq -r` of a plain path, an aws `--query`
 * without a list projection.
 */
function singleValue(command) {
    const argv = command.words.map(displayWord);
    const tool = (0,src_runbook/* commandName */.p6)(argv[0] ?? '');
    if (tool === 'kubectl' || tool === 'oc' || tool === 'k') {
        const template = argv.find((a, i) => /^(-o|--output)$/.test(argv[i - 1] ?? '')
            ? /^(jsonpath|go-template)=/.test(a)
            : /^(-o|--output=)(jsonpath|go-template)=/.test(a) || /^--template=/.test(a));
        const flagTemplate = argv[argv.indexOf('--template') + 1];
        const t = template ?? (argv.includes('--template') ? flagTemplate : undefined);
        return t !== undefined && !/\brange\b|\[\*\]|\[\?\(/.test(t);
    }
    if (tool === 'jq') {
        const filter = argv.slice(1).find((a) => !a.startsWith('-'));
        return (argv.some((a) => a === '-r' || a === '--raw-output') &&
            filter !== undefined &&
            /^(\.[A-Za-z_][A-Za-z0-9_]*)+$/.test(filter));
    }
    if (tool === 'aws') {
        const q = argv[argv.indexOf('--query') + 1];
        return argv.includes('--query') && q !== undefined && !/\[\]|\[\*\]|\[\?/.test(q);
    }
    return false;
}

;// CONCATENATED MODULE: ./src/compiler/interpret/client-prompts.ts
// Database and cache clients that would wait on a terminal: a password prompt, a session without a
// command, a stream that never ends (redis-cli MONITOR, --stat).
const MYSQL_CLIENTS = /^(mysql|mariadb|mysqldump|mariadb-dump|mysqladmin|mariadb-admin|mysqlcheck|mysqlshow|mysqlbinlog|mysqlimport)$/;
const PG_CLIENTS = /^(psql|pg_dump|pg_dumpall|pg_restore|pg_basebackup|createdb|dropdb|createuser|dropuser|vacuumdb|reindexdb|clusterdb)$/;
/**
 * The option that makes a database client prompt for its password: a bare `-p`/`--password`
 * (MySQL; `-psecret` and `--password=secret` carry the value) or `-W`/`--password` (PostgreSQL).
 */
function passwordPrompt(tool, argv) {
    const end = argv.indexOf('--');
    const opts = end === -1 ? argv.slice(1) : argv.slice(1, end);
    if (MYSQL_CLIENTS.test(tool))
        return opts.find((a) => a === '-p' || a === '--password');
    if (PG_CLIENTS.test(tool))
        return opts.find((a) => a === '-W' || a === '--password');
    return undefined;
}
const REDIS_VALUE_OPTIONS = /^(-[hpsaurinDdt]|--(user|pass|pattern|quoted-pattern|count|memkeys-samples|cacert|cacertdir|cert|key|tls-ciphers|tls-ciphersuites|sni|pipe-timeout|rdb|functions-rdb|intrinsic-latency|eval|cluster))$/;
const REDIS_MODES = /^--(stat|latency|latency-history|latency-dist|replica|slave)$/;
/** redis-cli: a session without a command; MONITOR, SUBSCRIBE, --stat and `-r -1` never end. */
function redisStream(tool, args) {
    let i = 0;
    let modes = 0;
    for (; i < args.length; i++) {
        const a = args[i];
        if (!a.startsWith('-') || a === '-')
            break;
        if (REDIS_MODES.test(a))
            return `${tool} ${a} runs until stopped`;
        if (a === '-r' && args[i + 1] === '-1')
            return `${tool} -r -1 repeats the command until stopped`;
        if (/^--(scan|bigkeys|memkeys|hotkeys|keystats|intrinsic-latency|rdb|functions-rdb|pipe|eval|cluster)$/.test(a))
            modes++;
        if (REDIS_VALUE_OPTIONS.test(a))
            i++;
    }
    const cmd = args[i]?.toUpperCase();
    if (cmd === undefined)
        return modes > 0 ? undefined : `${tool} without a command opens an interactive session`;
    if (/^(MONITOR|SUBSCRIBE|PSUBSCRIBE|SSUBSCRIBE)$/.test(cmd))
        return `${tool} ${cmd} runs until stopped`;
    return undefined;
}

;// CONCATENATED MODULE: ./src/compiler/interpret/interactive.ts
// Commands that would never finish as an automated step: they open an editor or a session, follow
// output, or forward a port. Session openers matter twice: the commands after them (until `exit`)
// run inside the session, not on the machine running the runbook.


const FOLLOW = new Set(['-f', '--follow', '-w', '--watch', '-F']);
const EDITORS = new Set([
    'vi',
    'vim',
    'nvim',
    'nano',
    'emacs',
    'ed',
    'less',
    'more',
    'htop',
    'atop',
    'iotop',
    'iftop',
    'nload',
    'tmux',
    'screen',
    'mc',
    'watch'
]);
const SHELLS = new Set([
    'sh',
    'bash',
    'zsh',
    'ash',
    'dash',
    'ksh',
    'fish',
    'csh',
    'tcsh',
    'busybox',
    '/bin/sh',
    '/bin/bash'
]);
// Short options of kubectl/oc that take a value: `-owide`, `-nkube-system`, `-lapp=x` are one option
// with its value, not a cluster of one-letter flags (`-owide` holds no `-w`).
const KUBE_VALUE_LETTERS = 'onlcLs';
/** True when `argv` has one of `flags`, also inside a cluster of short flags (`-it`). */
function hasIn(argv, valueLetters, flags) {
    return argv.some((a) => {
        if (flags.includes(a))
            return true;
        if (!/^-[a-zA-Z]{2,}$/.test(a))
            return false;
        const letters = [];
        for (const l of a.slice(1)) {
            letters.push(l);
            if (valueLetters.includes(l))
                break;
        }
        return flags.some((f) => /^-[a-zA-Z]$/.test(f) && letters.includes(f.slice(1)));
    });
}
const has = (argv, ...flags) => {
    const tool = (0,src_runbook/* commandName */.p6)(argv[0] ?? '');
    return hasIn(argv, tool === 'kubectl' || tool === 'oc' || tool === 'k' ? KUBE_VALUE_LETTERS : '', flags);
};
/** Why `argv` is interactive or long-running, or undefined. */
function interactiveReason(argv) {
    const tool = (0,src_runbook/* commandName */.p6)(argv[0] ?? '');
    const sub = argv.slice(1).filter((a) => !a.startsWith('-'));
    if (EDITORS.has(tool))
        return `${tool} is interactive`;
    if (tool === 'top' && !has(argv, '-b'))
        return 'top is interactive without -b';
    if ((tool === 'tail' || tool === 'journalctl' || tool === 'dmesg') &&
        has(argv, '-f', '--follow', '-F', '-w'))
        return `${tool} follows output until stopped`;
    if (tool === 'ping' && !has(argv, '-c'))
        return 'ping runs until stopped without -c';
    if (sessionOpener(argv) !== undefined)
        return sessionOpener(argv);
    if (tool === 'kubectl' || tool === 'oc' || tool === 'k') {
        if (argv.includes('edit'))
            return `${tool} edit opens an editor`;
        if (argv.includes('port-forward') ||
            argv.includes('proxy') ||
            argv.includes('attach') ||
            argv.includes('observe'))
            return `${tool} ${argv.find((a) => /^(port-forward|proxy|attach|observe)$/.test(a)) ?? ''} runs until stopped`;
        if (has(argv, ...FOLLOW) &&
            (argv.includes('logs') ||
                argv.includes('get') ||
                argv.includes('rollout') ||
                argv.includes('events')))
            return `${tool} follows output until stopped (-f/-w)`;
    }
    if ((tool === 'docker' || tool === 'podman' || tool === 'crictl') &&
        argv.includes('logs') &&
        has(argv, '-f', '--follow'))
        return `${tool} logs -f follows output until stopped`;
    if (tool === 'etcdctl' && sub[0] === 'watch')
        return 'etcdctl watch runs until stopped';
    if (tool === 'terraform' && sub[0] === 'apply' && !has(argv, '-auto-approve'))
        return 'terraform apply asks for confirmation on the terminal';
    if ((tool === 'psql' || tool === 'mysql' || tool === 'sqlite3') &&
        !has(argv, '-c', '--command', '-e', '--execute', '-f') &&
        sub.length < 2)
        return `${tool} without a statement opens an interactive session`;
    const prompt = passwordPrompt(tool, argv);
    if (prompt !== undefined)
        return `${tool} ${prompt} asks for the password on the terminal: without one (a CI job) the step would hang or fail`;
    if (tool === 'virtctl' && /^(console|vnc|ssh)$/.test(sub[0] ?? ''))
        return `virtctl ${sub[0] ?? ''} is interactive`;
    if (tool === 'redis-cli' || tool === 'valkey-cli')
        return redisStream(tool, argv.slice(1));
    const dd = argv.indexOf('--');
    if ((tool === 'kubectl' || tool === 'oc' || tool === 'k') && argv.includes('exec') && dd !== -1) {
        const inner = interactiveReason(argv.slice(dd + 1));
        if (inner !== undefined)
            return `${inner} (in the container)`;
    }
    return undefined;
}
/** Why `argv` opens an interactive shell in which the following commands run, or undefined. */
function sessionOpener(argv) {
    const tool = (0,src_runbook/* commandName */.p6)(argv[0] ?? '');
    const dd = argv.indexOf('--');
    const inner = dd === -1 ? [] : argv.slice(dd + 1);
    const innerIsShell = inner.length === 0 || (inner.length === 1 && SHELLS.has(inner[0]));
    const tty = has(argv, '-i', '-t', '--stdin', '--tty', '-it');
    if ((tool === 'kubectl' || tool === 'oc' || tool === 'k') &&
        (argv.includes('exec') || argv.includes('run') || argv.includes('debug'))) {
        const verb = argv.find((a) => a === 'exec' || a === 'run' || a === 'debug') ?? '';
        if (verb === 'debug' && inner.length === 0)
            return `${tool} debug opens a shell on the node or pod`;
        if (tty && innerIsShell)
            return `${tool} ${verb} -it opens a shell in the container`;
    }
    if (tool === 'oc' && argv.includes('rsh')) {
        const words = argv.slice(argv.indexOf('rsh') + 1).filter((a) => !a.startsWith('-'));
        const valueFlags = argv
            .slice(argv.indexOf('rsh') + 1)
            .filter((a, i, all) => i > 0 && /^(-c|-n|--container|--namespace)$/.test(all[i - 1] ?? '')).length;
        if (words.length - valueFlags <= 1)
            return 'oc rsh opens a shell in the pod';
    }
    if ((tool === 'docker' || tool === 'podman' || tool === 'nerdctl' || tool === 'crictl') &&
        (argv.includes('exec') || argv.includes('run')) &&
        tty) {
        const last = argv[argv.length - 1] ?? '';
        if (SHELLS.has(last))
            return `${tool} ${argv.includes('run') ? 'run' : 'exec'} -it opens a shell in the container`;
    }
    if (tool === 'ssh' && argv.slice(1).filter((a) => !a.startsWith('-')).length <= 1)
        return 'ssh opens a shell on another host';
    const cloudSsh = cloudSession(tool, argv);
    if (cloudSsh !== undefined)
        return cloudSsh;
    if ((tool === 'sudo' && sudoShell(argv)) || (tool === 'su' && !has(argv, '-c', '--command')))
        return `${tool} opens a root shell`;
    if ((SHELLS.has(tool) || (0,src_runbook/* commandRunnerReason */.U7)(tool) === 'a shell runs any command') &&
        argv.length === 1)
        return `${tool} opens a new shell`;
    if (tool === 'chroot' && argv.length === 2)
        return 'chroot opens a shell in another root';
    return undefined;
}
const SUDO_VALUE_FLAGS = /^-[ugCDhpRrTtU]$|^--(user|group|close-from|chdir|host|prompt|chroot|role|type|command-timeout|other-user)$/;
/** `sudo -i`, `sudo -u postgres -s`: a shell, when sudo's own options (before the command) ask for
 * one and no command follows; `sudo truncate -s 0 f` runs truncate, whose `-s` is not sudo's. */
function sudoShell(argv) {
    let shell = false;
    for (let i = 1; i < argv.length; i++) {
        const a = argv[i];
        if (a === '--')
            return shell && i === argv.length - 1;
        if (!a.startsWith('-'))
            return false;
        if (a === '--login' || a === '--shell' || /^-[a-zA-Z]*[is]/.test(a))
            shell = true;
        if (SUDO_VALUE_FLAGS.test(a) || /^-[a-zA-Z]*[ugCDhpRrTtU]$/.test(a))
            i++;
    }
    return shell;
}
/** `gcloud compute ssh vm`, `az ssh vm -n vm`, `aws ssm start-session`: a shell on a VM. */
function cloudSession(tool, argv) {
    const words = argv.slice(1).filter((a) => !a.startsWith('-'));
    const remote = argv.includes('--') || argv.some((a) => /^--command(=|$)/.test(a));
    if (tool === 'gcloud' && words.includes('ssh') && !remote)
        return 'gcloud ssh opens a shell on the VM';
    if (tool === 'az' && words[0] === 'ssh' && !remote)
        return 'az ssh opens a shell on the VM';
    if (tool === 'aws' && words[0] === 'ssm' && words[1] === 'start-session')
        return 'aws ssm start-session opens a shell on the instance';
    return undefined;
}

;// CONCATENATED MODULE: ./src/compiler/interpret/manual-reasons.ts





const manual_reasons_BUILTINS = new Set([
    'set',
    'source',
    '.',
    'alias',
    'unalias',
    'unset',
    'read',
    'trap',
    'ulimit',
    'shopt',
    'eval',
    'exec',
    'return',
    'wait',
    'shift',
    'break',
    'continue',
    'declare',
    'typeset',
    'let',
    'local',
    'pushd',
    'popd',
    'umask',
    'hash',
    'history',
    'fg',
    'bg',
    'jobs',
    'disown',
    'builtin',
    'command'
]);
/**
 * The classification of `cmd` when it may run as a cli step at one of `levels` (not a session
 * opener, nothing that keeps it manual); undefined otherwise.
 */
function runnable(cmd, ctx, levels) {
    const display = cmd.words.map(displayWord);
    const name = display[0] ?? '';
    const c = (0,safety/* classifyCommand */.IB)(display);
    const blocked = !levels.includes(c.level) ||
        sessionOpener(display) !== undefined ||
        shellFunction(name, ctx.doc) !== undefined ||
        manualReason(cmd, cmd.words[0], name, display, c) !== undefined ||
        fromOutput(cmd, ctx) !== undefined;
    return blocked ? undefined : c;
}
/** `wait_term "$WID"` after `wait_term(){ ...; }` in the TSG: a function only that shell knows. */
function shellFunction(name, doc) {
    const line = doc.functions.get(name);
    return line === undefined
        ? undefined
        : {
            why: 'needs-shell',
            detail: `'${name}' is a shell function the TSG defines at line ${line}; only a shell that ran that definition can call it`
        };
}
// `$RESOURCES` set by `RESOURCES=$(kubectl ...)` may hold many words that the shell splits; one
// argv element cannot stand for it, so the command stays manual. A quoted `"$POD"`, or a capture
// of a command that prints one value, is one word.
function fromOutput(cmd, ctx) {
    for (const w of [...cmd.words, ...cmd.env.map((e) => e.value)])
        for (const p of w.parts) {
            const capture = p.kind === 'var' ? ctx.doc.vars.captureOf(p.name) : undefined;
            if (p.kind === 'var' && capture !== undefined) {
                if (p.quoted === true || capture.single)
                    continue;
                return {
                    why: 'needs-shell',
                    detail: `uses ${p.raw} unquoted: the shell splits the output captured at line ${capture.line} into words, which one argument cannot stand for`
                };
            }
            const how = p.kind === 'var' ? ctx.doc.vars.get(p.name)?.how : undefined;
            if (p.kind === 'var' && how?.startsWith('set by the command') === true)
                return {
                    why: 'needs-shell',
                    detail: `uses ${p.raw}, which the TSG ${how.replace('set by', 'sets with')}: its value comes from command output the shell would split into words`
                };
        }
    return undefined;
}
/** Why a simple command stays manual whatever its values, or undefined. */
function manualReason(cmd, argv0, name, display, c) {
    if (!isLiteral(argv0))
        return {
            why: 'placeholder-command',
            detail: `the program '${name}' is itself a placeholder or variable`
        };
    if (manual_reasons_BUILTINS.has(name))
        return { why: 'shell-builtin', detail: `'${name}' is a shell builtin, not a program` };
    // `sudo systemctl restart x`, `find ... -exec`, `ssh host cmd`: to run it, the allowlist would have
    // to allow the wrapper, and then it lets every command through.
    const runner = (0,src_runbook/* commandRunnerReason */.U7)(name);
    if (runner !== undefined && (c.level === 'read-only' || c.level === 'mutating'))
        return {
            why: 'runner',
            detail: `${runner}: allowing '${name}' would let every command through the allowlist`
        };
    if (c.level === 'destructive')
        return { why: 'destructive', detail: c.reason };
    const foreign = [...foreignVars(display.join(' '))];
    if (foreign.length > 0)
        return {
            why: 'needs-shell',
            detail: `${foreign.map((n) => `$${n}`).join(', ')} belong${foreign.length === 1 ? 's' : ''} to the program's own language (awk, gdb, PromQL, SQL), not to the runbook's vars; the shell would expand ${foreign.length === 1 ? 'it' : 'them'}, argv would not`
        };
    const interactive = interactiveReason(display);
    if (interactive !== undefined)
        return { why: 'interactive', detail: interactive };
    if (c.level === 'unknown')
        return { why: 'ambiguous', detail: c.reason };
    if (cmd.env.some((e) => e.value.parts.some((p) => p.kind === 'lit' && p.text.includes('\n'))))
        return { why: 'needs-shell', detail: 'multi-line value' };
    return undefined;
}
/** True when the word is plain text: no variable, no placeholder. */
function isLiteral(word) {
    return word.parts.every((p) => p.kind === 'lit');
}

;// CONCATENATED MODULE: ./src/compiler/interpret/stdin.ts


/** The command and its here-document input, when `text` is one of the two forms; else undefined. */
function heredocInput(text) {
    const lexed = lexShell(text);
    if (lexed.heredocs.length !== 1 || lexed.unterminated !== undefined)
        return undefined;
    const t = lexed.tokens;
    const op = t.findIndex((x) => x.kind === 'op');
    const redirect = t[op];
    const delim = t[op + 1];
    if (redirect?.kind !== 'op' || !/^<<-?$/.test(redirect.op) || delim?.kind !== 'word')
        return undefined;
    const before = words(t.slice(0, op));
    const after = t.slice(op + 2);
    let command;
    if (after.length === 0)
        command = text.slice(0, redirect.offset);
    else if (before?.length === 1 &&
        before[0]?.raw === 'cat' &&
        after[0]?.kind === 'op' &&
        after[0].op === '|' &&
        words(after.slice(1)) !== undefined)
        command = text.slice(after[0].offset + 1, bodyStart(text));
    if (command === undefined)
        return undefined;
    const a = analyzeShell(command);
    if (a.kind !== 'commands' || a.commands.length !== 1)
        return undefined;
    const raw = lexed.heredocBodies[0] ?? '';
    const lines = redirect.op === '<<-' ? raw.replace(/^\t+/gm, '') : raw;
    const expands = delim.word.parts.every((p) => p.kind !== 'lit' || p.quoted === 'none');
    if (expands && /`|\$\(|\\|\$\{[^}]*[^\w}]|\$[^A-Za-z_{]/.test(lines))
        return undefined;
    return { command: a.commands[0], body: `${lines}\n`, expands };
}
/** The words of `tokens` when they are all words (a simple command), else undefined. */
function words(tokens) {
    const out = [];
    for (const t of tokens) {
        if (t.kind !== 'word')
            return undefined;
        out.push(t.word);
    }
    return out;
}
function bodyStart(text) {
    const nl = text.indexOf('\n');
    return nl === -1 ? text.length : nl;
}

;// CONCATENATED MODULE: ./src/compiler/interpret/steps.ts





/** Plans a cli step running `cmd` (confirm when it mutates); returns its index. */
function cliStep(cmd, src, ctx, c) {
    const vars = ctx.doc.vars;
    const argv = cmd.words.map((w, i) => renderWord(w, vars, src.line, new Map(), new Set(), cmd.words[i - 1]));
    const step = { id: '', type: 'cli', title: src.title };
    if (src.intro !== undefined && src.intro.replace(/[:.]$/, '') !== src.title)
        step.description = clip(src.intro, 400);
    const withBlock = { argv };
    const env = Object.fromEntries(cmd.env.map((e) => [e.name, renderWord(e.value, vars, src.line)]));
    // An exported variable is in the environment of every later command of the shell; `VAR=x cmd`
    // gives this command its own value.
    const inherited = [...ctx.doc.exported.values()].filter((e) => !(e.name in env));
    for (const e of inherited)
        env[e.name] = `{{ .${vars.captureOf(e.name)?.name ?? vars.get(e.name)?.name ?? e.name} }}`;
    if (Object.keys(env).length > 0)
        withBlock.env = env;
    if (ctx.cwd !== undefined)
        withBlock.cwd = ctx.cwd;
    step.with = withBlock;
    if (c.level === 'mutating')
        step.confirm = true;
    const index = push(ctx, src, step, c.level);
    for (const e of inherited)
        e.steps.push(index);
    return index;
}
/** Plans a manual step showing the command of `src` verbatim; returns its index. */
function manualStep(src, ctx, why, detail, level) {
    const refs = new Map();
    collectRefs(src.text, src.line, ctx, refs);
    const step = {
        id: '',
        type: 'manual',
        title: src.title,
        instructions: manualInstructions(src, why, detail, refs, ctx, why === 'destructive' || why === 'warned' || level === 'destructive')
    };
    return push(ctx, src, step, level, { why, detail });
}
/**
 * A command run inside a session: it joins the session step planned just before it for the same
 * code block and session, so that one manual step shows what the operator types in that session.
 */
function sessionStep(src, ctx, detail, level, reason = '') {
    const steps = ctx.doc.steps;
    const last = steps[steps.length - 1];
    const g = last?.group;
    const opener = ctx.session?.line ?? 0;
    if (last !== undefined && g !== undefined && src.code === g.code && g.opener === opener) {
        g.sources.push(src);
        g.levels.push(level);
        regroup(last, g, ctx, detail);
        return steps.length - 1;
    }
    const careful = level === 'destructive' && reason !== '' ? `; destructive (${reason})` : '';
    const index = manualStep(src, ctx, 'in-session', `${detail}${careful}`, level);
    const planned = steps[index];
    if (planned !== undefined && src.code !== undefined)
        planned.group = { code: src.code, opener, sources: [src], levels: [level] };
    return index;
}
function regroup(planned, g, ctx, detail) {
    const first = g.sources[0];
    const end = g.sources[g.sources.length - 1].endLine;
    const raw = g.code.lines
        .filter((l) => l.line >= first.line && l.endLine <= end)
        .map((l) => (l.kind === 'command' ? l.raw : l.text))
        .join('\n');
    const refs = new Map();
    for (const s of g.sources)
        collectRefs(s.text, s.line, ctx, refs);
    const careful = g.sources.flatMap((s, i) => g.levels[i] === 'destructive'
        ? [`line ${s.line} \`${(s.raw.split('\n')[0] ?? '').replace(/\s+#\s.*$/, '')}\``]
        : []);
    const note = careful.length === 0
        ? detail
        : `${detail}; destructive, run only if it is safe to do so: ${careful.join(', ')}`;
    const src = { ...first, raw, text: raw, endLine: end };
    const more = g.sources.length - 1;
    planned.step.title = `${first.title} (and ${more} more command${more === 1 ? '' : 's'} in the session)`;
    planned.step.instructions = manualInstructions(src, 'in-session', note, refs, ctx, careful.length > 0);
    planned.endLine = end;
    planned.command = raw;
    planned.level = g.levels.reduce((a, b) => (RANK[b] > RANK[a] ? b : a));
    if (planned.manual !== undefined)
        planned.manual.detail = note;
}
const RANK = {
    'read-only': 0,
    mutating: 1,
    unknown: 2,
    destructive: 3
};
function push(ctx, src, step, level, manual) {
    const steps = ctx.doc.steps;
    steps.push({
        step,
        idHint: src.idHint,
        section: ctx.section.title,
        sectionLine: ctx.section.line,
        line: src.line,
        endLine: src.endLine,
        command: src.raw,
        level,
        ...(manual === undefined ? {} : { manual })
    });
    return steps.length - 1;
}
/** Registers the variables and placeholders of a command shown verbatim, with how it wrote them. */
function collectRefs(text, line, ctx, refs) {
    const local = locallySet(text);
    let prev;
    for (const t of lexShell(text).tokens) {
        if (t.kind === 'word')
            renderWord(t.word, ctx.doc.vars, line, refs, local, prev);
        prev = t.kind === 'word' ? t.word : undefined;
    }
}

;// CONCATENATED MODULE: ./src/compiler/interpret/decompose.ts
// Shell text that keeps its exact meaning as one cli step: `VAR=$(cmd)` (a capture of `cmd`'s
// stdout) and a here-document fed to one command (`with.stdin`).





/** `VAR=$(cmd)` with a simple read-only `cmd`: a cli step capturing stdout as `VAR`. */
function planCapture(src, ctx, account) {
    const cap = capturable(src.text);
    if (cap === undefined)
        return false;
    const c = runnable(cap.command, ctx, ['read-only']);
    if (c === undefined)
        return false;
    const index = cliStep(cap.command, src, ctx, c);
    const capture = ctx.doc.vars.capture(cap.name, src.line, singleValue(cap.command));
    const planned = ctx.doc.steps[index];
    if (planned !== undefined)
        planned.step.capture = { [capture.name]: 'stdout' };
    account.steps.push(index);
    account.note = `\`$(...)\` runs as a cli step; its stdout is captured as \`${capture.name}\``;
    return true;
}
/** `cmd <<EOF` or `cat <<EOF | cmd`, with `cmd` simple and not destructive: with.stdin. */
function planStdin(src, ctx, account) {
    const h = heredocInput(src.text);
    if (h === undefined)
        return false;
    const c = runnable(h.command, ctx, ['read-only', 'mutating']);
    if (c === undefined)
        return false;
    const index = cliStep(h.command, src, ctx, c);
    const w = ctx.doc.steps[index]?.step.with;
    if (w !== undefined && w !== null)
        w.stdin = renderBody(h.body, h.expands, ctx.doc.vars, src.line);
    account.steps.push(index);
    account.note = 'the here-document is the standard input (with.stdin) of a cli step';
    return true;
}

;// CONCATENATED MODULE: ./src/compiler/interpret/powershell.ts



// Approved PowerShell verbs by effect (Get-Verb): what a cmdlet's name says it does.
const READ = /^(Get|Test|Measure|Select|Where|Find|Show|Resolve|Compare|Format-(List|Table|Wide)|Out|Sort|Group|Write|Read|Search|Trace|Wait|Watch|ConvertTo|ConvertFrom)-/i;
const DESTROY = /^(Remove|Clear|Uninstall|Unregister|Format-Volume|Stop-Computer|Restart-Computer|Dismount|Revoke)-/i;
const RUNS = /^(Invoke|Start-Process|Enter|New-PSSession|iex$|icm$)/i;
/** The safety of one PowerShell command: the worst of its pipeline's parts. */
function powershellLevel(text) {
    const parts = text
        .replace(/`\n/g, ' ')
        .split(/[|;\n]/)
        .map((p) => p.trim())
        .filter((p) => p !== '');
    const levels = parts.map((part) => {
        const words = lexShell(part).tokens.flatMap((t) => t.kind === 'word' ? [displayWord(t.word)] : []);
        const name = words[0] ?? '';
        if (RUNS.test(name))
            return {
                level: 'unknown',
                tool: name,
                rule: 'powershell.runs',
                reason: `${name} runs other code`
            };
        if (/^[A-Z][a-z]+-[A-Za-z]+$/.test(name)) {
            if (READ.test(name))
                return {
                    level: 'read-only',
                    tool: name,
                    rule: 'powershell.read',
                    reason: `${name} only reads`
                };
            if (DESTROY.test(name))
                return {
                    level: 'destructive',
                    tool: name,
                    rule: 'powershell.remove',
                    reason: `${name} removes, clears or stops what cannot simply be put back`
                };
            return {
                level: 'mutating',
                tool: name,
                rule: 'powershell.change',
                reason: `${name} changes state`
            };
        }
        return (0,safety/* classifyCommand */.IB)(words.map((w) => w.replace(/^\.\\/, '')));
    });
    return (0,safety/* worst */.QZ)(levels) ?? (0,safety/* classifyCommand */.IB)([]);
}

;// CONCATENATED MODULE: ./src/compiler/interpret/shell-level.ts




const SEPARATORS = new Set(['|', '||', '&&', ';', '&', '\n', '(', ')', ';;']);
const WRITES = new Set(['>', '>>', '>|', '&>']);
const shell_level_KEYWORDS = new Set([
    'if',
    'while',
    'until',
    'then',
    'else',
    'elif',
    'fi',
    'do',
    'done',
    'esac',
    '{',
    '}',
    '!',
    'time',
    'export',
    'readonly',
    'local'
]);
const HEADERS = new Set(['for', 'select', 'case', 'function']);
const SKIP = new Set(['break', 'continue', 'return', 'exit', 'shift', ':']);
/** The most dangerous classification among the commands of `text` (unknown when it has none). */
function shellLevel(text, depth = 0) {
    const found = [];
    const tokens = lexShell(text).tokens;
    let words = [];
    const flush = () => {
        found.push(...segmentLevels(words, depth));
        words = [];
    };
    for (let i = 0; i < tokens.length; i++) {
        const t = tokens[i];
        if (t.kind === 'word') {
            words.push(t.word);
            continue;
        }
        if (t.op === '(' && tokens[i + 1]?.kind === 'op' && words.length === 1) {
            // `name() { ...; }`: a function definition; its name is not a command.
            words = [];
            i++;
            continue;
        }
        if (SEPARATORS.has(t.op)) {
            flush();
            continue;
        }
        // A redirection: the next word is its target (or a here-document delimiter), not an argument.
        const target = tokens[i + 1];
        const last = words[words.length - 1];
        if (last !== undefined && /^\d$/.test(last.raw) && last.offset + 1 === t.offset)
            words.pop();
        if (target?.kind === 'word') {
            i++;
            const file = displayWord(target.word);
            if (WRITES.has(t.op) && file !== '/dev/null')
                found.push({
                    level: 'mutating',
                    tool: 'shell',
                    rule: 'shell.redirect-write',
                    reason: `the redirection ${t.op} writes ${file}`
                });
        }
    }
    flush();
    return (0,safety/* worst */.QZ)(found) ?? (0,safety/* classifyCommand */.IB)([]);
}
function segmentLevels(words, depth) {
    const inner = depth < 4 ? words.flatMap((w) => substitutions(w.raw)) : [];
    const out = inner.map((t) => shellLevel(t, depth + 1));
    let rest = words;
    while (rest.length > 0 && shell_level_KEYWORDS.has(rest[0].raw))
        rest = rest.slice(1);
    if (rest.length > 0 && HEADERS.has(rest[0].raw))
        return out;
    while (rest.length > 0 && asAssignment(rest[0]) !== undefined)
        rest = rest.slice(1);
    const argv = rest.map(displayWord);
    if (argv.length === 0 || SKIP.has(argv[0]) || argv[0] === '}')
        return out;
    // The command itself first: on a tie (two unknowns) its reason is the one reported.
    return [(0,safety/* classifyCommand */.IB)(argv), ...out];
}
/** The texts of the `$(...)` and backquote substitutions in a word as written. */
function substitutions(raw) {
    const out = [];
    let quote;
    for (let i = 0; i < raw.length; i++) {
        const c = raw[i];
        if (quote === "'") {
            if (c === "'")
                quote = undefined;
            continue;
        }
        if (c === '\\') {
            i++;
            continue;
        }
        if (c === "'" && quote === undefined)
            quote = c;
        else if (c === '"')
            quote = quote === '"' ? undefined : '"';
        else if (c === '`') {
            const close = raw.indexOf('`', i + 1);
            if (close === -1)
                break;
            out.push(raw.slice(i + 1, close));
            i = close;
        }
        else if (c === '$' && raw[i + 1] === '(' && raw[i + 2] !== '(') {
            const close = closingIndex(raw, i + 1);
            out.push(raw.slice(i + 2, close === -1 ? raw.length : close));
            i = close === -1 ? raw.length : close;
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./src/compiler/interpret/mentions.ts


const mentions_BACKGROUND = /^(?:meaning|impact|background|when to use(?: this)?|explanation|how it works|theory)\b/i;
/** True for a section that only explains (its commands are mentions). */
function isBackground(section) {
    return mentions_BACKGROUND.test(section.title);
}
// "Never terminate the instance: `aws ec2 terminate-instances` deletes its root volume." names a
// command in order to forbid it; running it by hand is the opposite of what the TSG says.
const FORBIDS = /^(?:never|do not|don't|avoid|must not|you must not|you should not|should not)\b/i;
const FORBIDS_RUN = /\b(?:never|do not|don't|must not|should not|shouldn't|avoid)\s+(?:ever\s+)?(?:run|use|execute|type|call|running|using)\b/i;
const HARMS = /^[^.]*?\b(?:will|would|can|may|could)\s+(?:\w+\s+)?(?:destroy|delete|erase|wipe|remove|lose|corrupt|ruin|break|overwrite|purge)\b/i;
const LABEL = /^(?:note|tip|info|important|warning|caution|danger|hint|remember)\s*:\s*/i;
/** True when the sentence of `text` that quotes `code` warns against running it. */
function forbidden(text, code) {
    const sentence = sentenceOf(text, code)?.replace(LABEL, '');
    if (sentence === undefined)
        return false;
    const at = sentence.indexOf(oneLine(code));
    const before = sentence.slice(0, Math.max(0, at));
    return (FORBIDS.test(sentence) ||
        FORBIDS_RUN.test(before) ||
        (sentence.startsWith(oneLine(code)) && HARMS.test(sentence.slice(oneLine(code).length))));
}
// "`az vm run-command` runs a script as root", "Note: `certbot revoke ...` is only for a leaked
// key": a command that is the subject of its sentence is being described, not asked to be run.
// What it shows is another matter: "`kubectl get pods` will show the pods", "`ceph -s` should
// report 1 mon" ask the operator to run it and look.
const DESCRIBES = /^\s+(?:is|are|was|were|only|also|just|does|doesn't|has|have|needs|would|could|might|(?!(?:shows|lists|prints|displays|returns|outputs|reports|gives|tells)\b)[a-z]+s)\b/;
/** True when the sentence of `text` that quotes `code` starts with it and goes on to describe it. */
function described(text, code) {
    const sentence = sentenceOf(text, code)?.replace(LABEL, '');
    const flat = oneLine(code);
    return sentence?.startsWith(flat) === true && DESCRIBES.test(sentence.slice(flat.length));
}
const CONDITION = /^(?:if|when|whenever|unless|in case|because|since|while|although|whether)\b/i;
/** True when `code` stands in a conditional clause ("If `kubectl describe` shows ..., restart"). */
function inCondition(text, code) {
    const sentence = sentenceOf(text, code)?.replace(LABEL, '');
    if (sentence === undefined)
        return false;
    const at = sentence.indexOf(oneLine(code));
    const clause = sentence
        .slice(0, at)
        .split(/[,;:]\s/)
        .pop() ?? '';
    return CONDITION.test(clause.trim()) || /\b(?:if|when|whenever|unless)\s+$/i.test(clause);
}
/**
 * True when the text around `code` asks the operator to run it: an imperative sentence, a
 * numbered item, a list item or table cell that starts with the command, or a sentence that starts
 * with it and says what to look at.
 */
function asksToRun(unit, code) {
    const text = unit.kind === 'list-item' ? unit.lead : unit.text;
    const sentence = sentenceOf(text, code) ?? sentenceOf(unit.text, code);
    if (sentence === undefined)
        return true;
    const flat = oneLine(code);
    if (unit.kind === 'table')
        return true;
    if (sentence.startsWith(flat))
        return true;
    if (unit.kind === 'list-item' && (unit.ordered || unit.checked !== null))
        return true;
    // `- for the previous instance: \`kubectl logs x --previous\``: an item that ends with the
    // command offers it to run.
    if (unit.kind === 'list-item' &&
        oneLine(unit.lead)
            .replace(/[\s.;,)]+$/, '')
            .endsWith(flat))
        return true;
    const codes = unit.inline.map((c) => c.text);
    return isImperative(sentence, codes);
}
/**
 * The commands a warning of the section names ("Never run `git gc`", "Do not run `x` on a running
 * member"), by their first two words, with the warning's line.
 */
function warnedCommands(section, programs) {
    const out = new Map();
    for (const u of section.units)
        for (const c of u.inline)
            if (isInlineCommand(c.text, programs) && forbidden(u.text, c.text) && !out.has(key(c.text)))
                out.set(key(c.text), c.line);
    return out;
}
/** A command as its words (quotes removed), for matching a warning against later mentions. */
function key(command) {
    return oneLine(command).replace(/["']/g, '');
}
/**
 * The warning line that forbids `command`: a warning names it when the words it quotes start the
 * command (`git gc` forbids `git gc --prune=now`; `cmctl renew --all` does not forbid `cmctl renew x`).
 */
function warnedAt(command, warned) {
    const words = key(command).split(' ');
    for (const [w, line] of warned) {
        const named = w.split(' ');
        if (named.length <= words.length && named.every((n, i) => words[i] === n))
            return line;
    }
    return undefined;
}
/** The sentence of `text` that quotes `code`, without list markers and emphasis. */
function sentenceOf(text, code) {
    const flat = oneLine(text);
    const at = flat.indexOf(oneLine(code));
    if (at === -1)
        return undefined;
    const start = Math.max(0, ...[...flat.slice(0, at).matchAll(/[.!?]\s/g)].map((m) => m.index + 2));
    const end = /[.!?](?:\s|$)/.exec(flat.slice(at + oneLine(code).length));
    const stop = end === null ? flat.length : at + oneLine(code).length + end.index + 1;
    return stripMarkers(flat.slice(start, stop));
}

;// CONCATENATED MODULE: ./src/compiler/interpret/command.ts
// One command of the source -> zero or more steps. A simple command runs as a cli step (with
// `confirm: true` when it mutates); `A && B` becomes consecutive steps; `VAR=x cmd` uses with.env;
// anything destructive, ambiguous, interactive, run inside a session or needing a shell becomes a
// manual step that shows the command verbatim.














/** Plans the steps of one command and records how it was accounted for. */
function planCommand(src, ctx) {
    const doc = ctx.doc;
    if (ctx.background === true && src.origin === 'block') {
        doc.accounts.push({
            line: src.line,
            endLine: src.endLine,
            origin: src.origin,
            text: src.raw,
            steps: [],
            note: `in the background section "${ctx.section.title}": an example, not a step`
        });
        return;
    }
    const warning = ctx.warned === undefined ? undefined : warnedAt(src.text, ctx.warned);
    const account = {
        line: src.line,
        endLine: src.endLine,
        origin: src.origin,
        text: src.raw,
        steps: [],
        note: ''
    };
    doc.accounts.push(account);
    if (warning !== undefined) {
        const level = shellLevel(src.text).level;
        account.steps.push(manualStep(src, ctx, 'warned', `a warning of this section (line ${warning}) says not to run it; run it only if you are sure the warning does not apply`, level === 'read-only' ? 'mutating' : level));
        account.note = `named in a warning (line ${warning})`;
        return;
    }
    if (POWERSHELL.has(src.lang)) {
        const c = powershellLevel(src.text);
        const why = c.level === 'destructive' ? 'destructive' : 'powershell';
        account.steps.push(manualStep(src, ctx, why, `a PowerShell command (safety: ${c.level}, ${c.reason})`, c.level));
        account.note = 'PowerShell';
        return;
    }
    const a = analyzeShell(src.text);
    if (a.kind === 'empty') {
        account.note = 'comment only';
        return;
    }
    if (a.kind === 'assignment') {
        account.note = assignmentNote(a.assignments, src, ctx);
        if (a.exported && ctx.session === undefined) {
            const notes = exportNotes(a.assignments, a.names, src, ctx);
            account.note = [account.note, ...notes].filter((n) => n !== '').join('; ');
        }
        return;
    }
    if (a.kind === 'shell') {
        const exported = ctx.session === undefined && isExport(src.text) ? a.assigns : [];
        if (ctx.session === undefined && planCapture(src, ctx, account)) {
            for (const name of exported)
                startExport(doc, name, src.line);
            if (exported.length > 0)
                account.note += `; ${EXPORTED}`;
            return;
        }
        if (ctx.session === undefined && planStdin(src, ctx, account))
            return;
        const words = lexShell(src.text).tokens.flatMap((t) => t.kind === 'word' ? [displayWord(t.word)] : []);
        const opener = sessionOpener(words);
        const level = shellLevel(src.text);
        const reasons = `needs a shell (${a.reasons.join(', ')})`;
        const safety = `safety: ${level.level}, ${level.reason}`;
        const why = ctx.session !== undefined
            ? 'in-session'
            : level.level === 'destructive'
                ? 'destructive'
                : 'needs-shell';
        // `wait_term(){ ...; }`: a definition the later calls need, not a command to split.
        const defines = [...doc.functions].find(([, line]) => line === src.line)?.[0];
        const detail = why === 'in-session'
            ? inSession(ctx)
            : why === 'destructive'
                ? `${level.reason}; it also ${reasons}`
                : defines !== undefined
                    ? `defines the shell function '${defines}' that later commands call; run it in the shell you run them in (${safety})`
                    : `${a.reasons.join(', ')} (${safety})`;
        account.steps.push(why === 'in-session'
            ? sessionStep(src, ctx, detail, level.level)
            : manualStep(src, ctx, why, detail, level.level));
        for (const name of a.assigns) {
            doc.vars.release(name);
            doc.vars.use(name, `$${name}`, src.line, `set by the command at line ${src.line}`);
            todo(doc, src.line, `\`${name}\` is set by a command that needs a shell (line ${src.line}); run it by hand and pass the value with --var ${name}=...`);
        }
        for (const name of exported)
            startExport(doc, name, src.line);
        if (why === 'needs-shell' && defines === undefined)
            todo(doc, src.line, `line ${src.line} ${reasons}: kept as a manual step; split it into simple commands to automate it`);
        if (opener !== undefined && ctx.session === undefined)
            ctx.session = {
                opener: firstLine(src.raw),
                line: src.line,
                scope: src.origin === 'inline' ? 'unit' : 'section',
                depth: ctx.section.depth
            };
        account.note = why === 'in-session' ? 'inside a session' : 'needs a shell';
        return;
    }
    const notes = a.commands.map((cmd) => planSimple(cmd, src, ctx, account.steps, a.commands.length > 1));
    account.note = [a.commands.length > 1 ? `&& list: ${account.steps.length} steps` : '', ...notes]
        .filter((n) => n !== '')
        .join('; ');
}
function planSimple(cmd, src, ctx, out, inList) {
    const doc = ctx.doc;
    const display = cmd.words.map(displayWord);
    const argv0 = cmd.words[0];
    const name = display[0] ?? '';
    if (name === 'exit' || name === 'logout') {
        const s = ctx.session;
        ctx.session = undefined;
        return s === undefined
            ? `${name}: ends the shell`
            : `${name}: ends the session opened at line ${s.line}`;
    }
    const one = inList ? { ...src, raw: display.join(' '), text: display.join(' ') } : src;
    if (ctx.session !== undefined) {
        const interactive = interactiveReason(display);
        const c = (0,safety/* classifyCommand */.IB)(display);
        const detail = `${inSession(ctx)}${interactive === undefined ? '' : `; ${interactive}`}`;
        out.push(sessionStep(one, ctx, detail, c.level, c.reason));
        return 'inside a session';
    }
    const unset = unsetExports(display, src, ctx);
    if (unset !== undefined)
        return unset;
    if (name === 'cd' && cmd.words.length === 2 && isLiteral(cmd.words[1])) {
        ctx.cwd = display[1];
        ctx.dir = undefined;
        return `cd: the working directory (with.cwd) of the following commands of this block`;
    }
    if (ctx.dir !== undefined) {
        const c = (0,safety/* classifyCommand */.IB)(display);
        out.push(manualStep(one, ctx, c.level === 'destructive' ? 'destructive' : 'in-directory', `runs in ${ctx.dir.what} (line ${ctx.dir.line}), which the runbook cannot name as with.cwd; run it there${c.level === 'destructive' ? `, only if it is safe (${c.reason})` : ''}`, c.level));
        return 'in a directory prose names';
    }
    const opener = sessionOpener(display);
    const c = (0,safety/* classifyCommand */.IB)(display);
    const manual = shellFunction(name, doc) ?? manualReason(cmd, argv0, name, display, c) ?? fromOutput(cmd, ctx);
    if (manual !== undefined) {
        out.push(manualStep(one, ctx, manual.why, manual.detail, c.level));
        if (manual.why === 'ambiguous' || manual.why === 'runner') {
            const key = manual.why === 'runner' ? manual.detail : c.reason;
            const advice = manual.why === 'runner'
                ? `kept manual; to automate such commands, give the runbook the rights they need and drop '${name}' from the TSG`
                : 'check what it does before automating it';
            const seen = doc.ambiguous.get(key) ?? { name, lines: [], advice };
            if (!seen.lines.includes(src.line))
                seen.lines.push(src.line);
            doc.ambiguous.set(key, seen);
        }
    }
    else {
        out.push(cliStep(cmd, one, ctx, c));
    }
    if (opener !== undefined) {
        ctx.session = {
            opener: display.join(' '),
            line: src.line,
            scope: src.origin === 'inline' ? 'unit' : 'section',
            depth: ctx.section.depth
        };
        return `opens a session (line ${src.line})`;
    }
    return '';
}
function assignmentNote(assignments, src, ctx) {
    const notes = [];
    for (const { name, value } of assignments) {
        if (isLiteral(value) && hasCapsPlaceholder(displayWord(value))) {
            // `KC_URL=https://KEYCLOAK_HOST/auth`: a default that still holds a placeholder is no default.
            ctx.doc.vars.release(name);
            ctx.doc.vars.use(name, displayWord(value), src.line, `assigned at line ${src.line} a value with a placeholder in it`);
            notes.push(`\`${name}\` is a value to fill in (its example holds a placeholder)`);
        }
        else if (isLiteral(value)) {
            const v = displayWord(value);
            const r = ctx.doc.vars.define(name, v, src.line);
            if (r.conflict !== undefined)
                todo(ctx.doc, src.line, `\`${name}\` is assigned '${v}' at line ${src.line} but '${r.conflict}' earlier; the runbook uses the first value`);
            notes.push(`sets the default of \`${name}\``);
        }
        else if (value.parts.length === 1 && value.parts[0]?.kind === 'placeholder') {
            // `NODE_NAME=<instance label from alert>`: the variable is the value to fill in.
            ctx.doc.vars.release(name);
            ctx.doc.vars.use(name, value.parts[0].raw, src.line, `placeholder assigned at line ${src.line}`);
            notes.push(`\`${name}\` is a value to fill in`);
        }
        else {
            ctx.doc.vars.release(name);
            ctx.doc.vars.use(name, `$${name}`, src.line, `set at line ${src.line} from other values`);
            todo(ctx.doc, src.line, `\`${name}\` is built from other values at line ${src.line}; set it with --var ${name}=...`);
            notes.push(`sets \`${name}\` from other values`);
        }
    }
    return notes.join('; ');
}
function inSession(ctx) {
    const s = ctx.session;
    if (s === undefined)
        return '';
    if (s.prose === true)
        return `runs on the machine that "${s.opener}" (line ${s.line}) logs in to, not on the machine running the runbook`;
    return `runs inside the session opened by \`${s.opener}\` (line ${s.line}), not on the machine running the runbook`;
}
function firstLine(text) {
    return text.split('\n')[0] ?? text;
}

;// CONCATENATED MODULE: ./src/compiler/interpret/where.ts
// Where a command runs, as prose says it: "SSH to the affected node", "Log in to the Gitaly server",
// "On the runner host:" move the operator onto another machine until "Log out of the node" (or an
// `exit`); "cd into the repository directory" moves them into a directory the runbook cannot name
// in with.cwd. The commands that follow are manual steps that say where to run them.


const MACHINE = '(?:node|host|server|machine|vm|instance|box|bastion|broker|worker|master|control[- ]plane|controller|runner|container|pod)s?';
const OPENS = new RegExp(`\\b(?:ssh|log\\s*in|login|log\\s+on|sign\\s+in|connect)\\s+(?:(?:in)?to|on)\\s+(?:the\\s+|a\\s+|an\\s+|each\\s+|every\\s+|your\\s+)?(?:[\\w-]+\\s+){0,3}?${MACHINE}\\b`, 'i');
const ON = new RegExp(`^on\\s+(?:the|each|every|a|an|that|this)\\s+(?:[\\w-]+\\s+){0,2}?${MACHINE}\\b\\s*[:,]`, 'i');
const ENDS = new RegExp(`\\b(?:exit|log\\s*out|logout|log\\s+off|disconnect|close)\\b[^.]*\\b(?:${MACHINE}|session|shell|ssh)\\b|^(?:exit|log\\s*out)\\b`, 'i');
const NEGATED = /\b(?:cannot|can't|unable|fail(?:s|ed)?|not|never|without)\b/i;
const DIRECTORY = /\b(?:cd(?:\s+in(?:to)?)?|change\s+(?:directory\s+)?(?:in)?to|go\s+(?:in)?to|navigate\s+(?:in)?to|switch\s+to|move\s+into)\s+(?:the\s+|your\s+)?((?:[\w-]+\s+){0,3}(?:directory|folder|repository|repo|checkout|clone|working\s+copy))\b/i;
// Words every match of OPENS and ON, ENDS, DIRECTORY holds. A sentence is a piece of the text
// with white space collapsed and markers dropped, which never joins letters the text holds apart:
// a text without any of these words has no sentence to find (most prose; this skips splitting it).
const MACHINE_WORD = /node|host|server|machine|vm|instance|box|bastion|broker|worker|master|control|runner|container|pod/i;
const ENDS_WORD = /exit|log|disconnect|close/i;
const DIRECTORY_WORD = /director|folder|repo|checkout|clone|working/i;
function where_sentences(text) {
    return oneLine(text)
        .split(/(?<=[.!?])\s+/)
        .map((s) => stripMarkers(s))
        .filter((s) => s !== '');
}
/** The sentence of `text` that opens a session on another machine, if any. */
function opensSession(text) {
    if (!MACHINE_WORD.test(text))
        return undefined;
    return where_sentences(text).find((s) => (OPENS.test(s) || ON.test(s)) && !NEGATED.test(s));
}
/** True when `text` says the session on the other machine ends ("Log out of the node"). */
function endsSession(text) {
    if (!ENDS_WORD.test(text))
        return false;
    return where_sentences(text).some((s) => ENDS.test(s));
}
/** The directory prose moves into ("the repository directory"), if any. */
function entersDirectory(text) {
    if (!DIRECTORY_WORD.test(text))
        return undefined;
    for (const s of where_sentences(text)) {
        const m = DIRECTORY.exec(s);
        if (m !== null)
            return `the ${oneLine(m[1])}`;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/compiler/interpret/sql-block.ts

const SQL_LANGS = /^(sql|mysql|mariadb|psql|pgsql|postgres|postgresql|plpgsql|plsql|tsql|mssql|sqlite|sqlite3)$/;
/** True for a code block written in a SQL language. */
function isSqlBlock(code) {
    return code.kind === 'code' && SQL_LANGS.test(code.lang);
}
/** The safety of the statements of `blocks` (the most dangerous one decides). */
function sqlSafety(blocks) {
    return (0,safety/* classifySql */.N_)('sql', blocks.map((b) => b.body ?? '').join(';\n'));
}
/** The sentence a manual step adds under SQL statements: why not automated, and how safe. */
function sqlNote(c) {
    const how = c.level === 'destructive'
        ? ' Run the statements only if it is safe to do so, then record what you did.'
        : '';
    return `Not automated (SQL to run in a database session): ${c.level}, ${c.reason}.${how}`;
}

;// CONCATENATED MODULE: ./src/compiler/interpret/prose-step.ts





const PAYLOAD_VERB = /\b(command|run|execute|send|apply|submit|create|register|post)\b/i;
/** Plans the manual step of a prose run, if the run asks the operator to do anything. */
function proseStep(run, ctx, headingImperative) {
    const doc = ctx.doc;
    const entries = run.flatMap(entriesOf);
    const http = run
        .flatMap((u) => [...u.inline, ...u.entries.flatMap((e) => e.inline)])
        .filter((c, i, all) => isHttpCall(c.text) && all.findIndex((o) => o.line === c.line && o.text === c.text) === i);
    const fields = entries.flatMap((e) => {
        const f = fillInField(e.text, e.nested);
        return f === undefined ? [] : [{ ...f, line: e.line }];
    });
    const conditions = new Set(conditionItems(run));
    const checks = entries.filter((e) => fillInField(e.text, e.nested) === undefined &&
        (e.checked !== null ||
            conditions.has(e.line) ||
            (startsImperative(e.text) &&
                !substitutes(e.text) &&
                !startsWithCode(e.text, codesOf(e.inline))) ||
            e.inline.some((c) => isHttpCall(c.text))));
    const payload = run.some((u) => u.codes.some((c) => c.kind !== 'shell')) &&
        PAYLOAD_VERB.test(run.map((u) => u.text).join(' '));
    const instructs = fields.length > 0 ||
        checks.length > 0 ||
        payload ||
        run.some((u) => u.kind !== 'code' && !isAside(u) && isImperative(u.text, codesOf(u.inline)));
    const sql = run.flatMap((u) => u.codes.filter(isSqlBlock));
    const actionable = headingImperative || instructs || sql.length > 0;
    if (!actionable) {
        accountHttp(http, [], 'mentioned in descriptive prose, not a step', ctx);
        const text = oneLine(run.map((u) => u.text).join(' '));
        const first = run[0];
        if (text !== '' && first !== undefined)
            doc.omitted.push({
                line: first.line,
                endLine: run[run.length - 1]?.endLine ?? first.line,
                sectionLine: ctx.section.line,
                text: clip(text, 100)
            });
        return;
    }
    const line = run[0]?.line ?? ctx.section.line;
    const endLine = run[run.length - 1]?.endLine ?? ctx.section.line;
    const source = run
        .map((u, i) => {
        const prev = run[i - 1];
        const adjacent = prev !== undefined && u.line === prev.endLine + 1;
        // A sub-item that starts the text keeps its place in the Markdown only under its parent.
        const text = (adjacent ? u.source : prose_step_dedent(u.source)).replace(/[ \t]+$/gm, '');
        const md = stripShortcodes(text);
        return i === 0 ? md : `${adjacent ? '\n' : '\n\n'}${md}`;
    })
        .join('')
        .trim();
    // `### 4) Remove the node from the inventory` over "That's it.": the heading is the instruction.
    const text = source === '' ? ctx.section.title : instructs ? source : `**${ctx.section.title}**\n\n${source}`;
    const safety = sql.length > 0 ? sqlSafety(sql) : undefined;
    const shown = safety === undefined ? text : `${text}\n\n${sqlNote(safety)}`;
    const instructions = escapeBraces(shown, doc.vars, line);
    const step = {
        id: '',
        type: 'manual',
        title: ctx.section.title || doc.ir.title,
        instructions
    };
    const evidence = [...checklist(checks), ...textFields(fields)];
    if (evidence.length > 0)
        step.required_evidence = evidence;
    doc.steps.push({
        step,
        idHint: ctx.section.title || doc.ir.title,
        section: ctx.section.title,
        sectionLine: ctx.section.line,
        line,
        endLine,
        manual: safety === undefined
            ? { why: 'prose', detail: proseDetail(checks.length, fields.length, http.length) }
            : { why: 'sql', detail: `${safety.level}, ${safety.reason}` }
    });
    const index = doc.steps.length - 1;
    accountHttp(http, [index], 'HTTP call written as prose (no host or client named): a checklist item', ctx);
    for (const u of run)
        for (const c of u.codes)
            doc.shownIn.set(c.line, index);
}
function entriesOf(u) {
    if (u.kind !== 'list-item')
        return u.entries;
    const own = u.lead;
    const inline = u.inline.filter((c) => c.line === u.line);
    const lead = { text: own, line: u.line, checked: u.checked, depth: -1, inline, nested: u.nested };
    return [lead, ...u.entries];
}
// `The steps below assume:`, `Prerequisites:`, `Make sure that:` introduce conditions to confirm.
const CONDITIONS = /\b(assum\w*|prerequisites?|requirements?|required|before (you|starting|you start|you begin)|make sure|ensure|verify|confirm|validate)\b[^:]*:\s*$/i;
/** Lines of the list items that follow a paragraph introducing conditions to confirm. */
function conditionItems(run) {
    const out = [];
    let open = false;
    for (const u of run) {
        if (u.kind === 'list-item') {
            if (open)
                out.push(u.line);
            continue;
        }
        open = u.kind === 'paragraph' && CONDITIONS.test(u.text);
    }
    return out;
}
// `> **NOTE:** ... Please consider ... for your next deployment`: a note, tip or hint in a quote or
// admonition is an aside, not a step; a warning, caution or "important" box is read as prose.
const ASIDE = /^\W*(note|tip|info|hint)\b/i;
function isAside(u) {
    return (u.kind === 'quote' || u.kind === 'admonition') && ASIDE.test(u.text);
}
/** Removes the indentation of the first line from every line (a nested list item's). */
function prose_step_dedent(source) {
    const n = /^[ \t]*/.exec(source)?.[0].length ?? 0;
    return n === 0 ? source : source.replace(new RegExp(`^[ \\t]{0,${n}}`, 'gm'), '');
}
const codesOf = (inline) => inline.map((c) => c.text);
/**
 * The checklist of the instructions listed under a command's lead-in ("Before completing this
 * step, validate: 1. Confirm that ... 2. Confirm ..."), for the manual step of that command.
 */
function leadChecklist(unit) {
    return checklist(unit.entries.filter((e) => e.checked !== null ||
        (startsImperative(e.text) && !startsWithCode(e.text, codesOf(e.inline)))));
}
function checklist(checks) {
    const items = [
        ...new Set(checks.map((e) => oneLine(stripMarkers(e.text))).filter((t) => t !== ''))
    ].map((t) => clip(t, 200));
    return items.length === 0
        ? []
        : [
            {
                kind: 'checklist',
                name: 'checks',
                description: 'Tick each item once done (or not applicable).',
                items
            }
        ];
}
function textFields(fields) {
    const used = new Set(['checks']);
    return fields.map((f) => {
        const base = slug(f.label, 40) || 'value';
        let name = /^[0-9]/.test(base) ? `v_${base}` : base;
        for (let n = 2; used.has(name); n++)
            name = `${base}_${n}`;
        used.add(name);
        const ev = {
            kind: 'text',
            name,
            description: f.options === undefined ? f.label : `${f.label} (one of: ${f.options})`
        };
        return ev;
    });
}
function proseDetail(checks, fields, http) {
    const parts = ['instructions written as prose'];
    if (checks > 0)
        parts.push(`${checks} checklist item${checks === 1 ? '' : 's'}`);
    if (fields > 0)
        parts.push(`${fields} value${fields === 1 ? '' : 's'} to record`);
    if (http > 0)
        parts.push(`${http} HTTP call${http === 1 ? '' : 's'} with no host or client named`);
    return parts.join('; ');
}
function accountHttp(calls, steps, note, ctx) {
    for (const c of calls)
        ctx.doc.accounts.push({
            line: c.line,
            endLine: c.line,
            origin: 'http',
            text: c.text,
            steps,
            note
        });
}

;// CONCATENATED MODULE: ./src/compiler/interpret/titles.ts
// Step titles: from the comments above a command, else the first sentence of its lead-in, else
// the section heading. A title is one line, without a trailing colon, starting with a capital
// unless it starts with a program name.



const MAX = 72;
/** The title made of the comment lines above a command: wrapped lines joined, sentences kept apart. */
function commentTitle(comments, programs) {
    let out = '';
    for (const c of comments.map((s) => s.trim()).filter((s) => s !== '')) {
        if (out === '')
            out = c;
        else if (/^[a-z(]/.test(c) || /[,(-]$/.test(out))
            out = `${out} ${c}`;
        else
            out = `${out.replace(/[:.]$/, '')} — ${c}`;
    }
    return out === '' ? undefined : polish(out, programs);
}
/**
 * The title from a lead-in: its first sentence (a sentence ends at `. `, `! `, `? ` or `: ` outside
 * inline code; a leading `STATE:` label is skipped), cut at a word when it is an instruction that
 * starts with its verb; undefined when the lead-in has no such sentence.
 */
function leadTitle(lead, codes, programs) {
    const parts = lead === undefined ? [] : titles_sentences(lead, codes);
    const label = parts.length > 1 && /^\S+(\s\S+)?:$/.test(stripMarkers(parts[0] ?? ''));
    const first = stripMarkers(parts[label ? 1 : 0] ?? '').replace(/[:.]$/, '');
    if (first !== '' && first.length <= MAX)
        return polish(first, programs);
    if (first !== '' && startsWithVerb(first))
        return polish(clip(first, MAX), programs);
    return undefined;
}
/** A command as a title: its first line, cut at a word. */
function commandTitle(command) {
    return clip((command.split('\n')[0] ?? '').replace(/\s+/g, ' ').trim(), MAX);
}
function polish(title, programs) {
    const t = title.replace(/\s+/g, ' ').replace(/[:.]$/, '').trim();
    const word = /^[a-z][a-z-]*/.exec(t)?.[0];
    if (word === undefined || programs.has(word))
        return t;
    if ((0,safety/* classifyCommand */.IB)([word]).rule !== 'unknown-command')
        return t;
    return `${t[0]?.toUpperCase() ?? ''}${t.slice(1)}`;
}
/** Splits `text` into sentences, never inside one of the inline code spans `codes`. */
function titles_sentences(text, codes) {
    const spans = [];
    let from = 0;
    for (const c of codes) {
        const at = c === '' ? -1 : text.indexOf(c, from);
        if (at === -1)
            continue;
        spans.push([at, at + c.length]);
        from = at + c.length;
    }
    const out = [];
    let start = 0;
    for (const m of text.matchAll(/[.!?:](?=\s)/g)) {
        const end = m.index + 1;
        if (spans.some(([a, b]) => end > a && end <= b))
            continue;
        out.push(text.slice(start, end).trim());
        start = end;
    }
    out.push(text.slice(start).trim());
    return out.filter((s) => s !== '');
}

;// CONCATENATED MODULE: ./src/compiler/interpret/section.ts









const norm = (s) => s.replace(/\s+/g, ' ').trim();
/** Plans the steps of one section. */
function interpretSection(section, doc, hasSubsections = false, inherited) {
    const warned = warnedCommands(section, doc.programs);
    const background = isBackground(section);
    const ctx = { doc, section, warned, background };
    // A session opened in a section goes on in its subsections ("### Step 2" on the same node).
    if (inherited !== undefined && section.depth > (inherited.depth ?? 0))
        ctx.session = inherited;
    // Each unit's block commands, normalised once: a unit's near ones are read for three units.
    const keys = section.units.map((u) => u.codes.flatMap((c) => c.lines.filter((l) => l.kind === 'command').map((l) => norm(l.text))));
    const blockTexts = new Set(keys.flat());
    const seenInline = new Set();
    const duplicates = [];
    const mentioned = [];
    // A command quoted in prose next to the block that holds it ("Verify this with `x`:" over the
    // block) is that block's step; quoted again later it is a step again when the prose asks to run
    // it ("17. Bring the operator back by running `x`"), and a back-reference when it only mentions
    // it ("the pod we observed earlier with `x`").
    const commandsOf = (u, i) => {
        const near = new Set([i - 1, i, i + 1].flatMap((j) => keys[j] ?? []));
        const instructs = isImperative(u.lead, u.inline.map((c) => c.text));
        const items = u.codes.flatMap((code) => code.lines
            .filter((l) => l.kind === 'command')
            .map((line) => ({ kind: 'line', code, line })));
        for (const inline of u.inline) {
            if (!isInlineCommand(inline.text, doc.programs))
                continue;
            const warning = warnedAt(inline.text, warned);
            const key = norm(inline.text);
            const repeat = blockTexts.has(key) || seenInline.has(key);
            const mention = forbidden(u.lead, inline.text)
                ? 'named in a warning not to run it: the prose around it is the step'
                : warning !== undefined
                    ? `named near a warning not to run it (line ${warning}): mentioned, not a step`
                    : described(u.lead, inline.text)
                        ? 'the subject of a sentence that describes it, not asked to run'
                        : background
                            ? `in the background section "${section.title}": mentioned, not a step`
                            : repeat || near.has(key)
                                ? undefined
                                : inCondition(u.lead, inline.text)
                                    ? 'named in a condition, not asked to run'
                                    : !asksToRun(u, inline.text)
                                        ? 'mentioned in a descriptive sentence, not asked to run'
                                        : undefined;
            if (mention !== undefined) {
                mentioned.push({ inline, note: mention });
                continue;
            }
            if (near.has(key) || (repeat && !instructs))
                duplicates.push({ inline, key });
            else {
                seenInline.add(key);
                items.push({ kind: 'inline', inline });
            }
        }
        return items.sort((a, b) => lineOf(a) - lineOf(b));
    };
    const before = doc.steps.length;
    const firstAccount = doc.accounts.length;
    let run = [];
    section.units.forEach((unit, i) => {
        if (unit.kind !== 'code')
            where(unit, ctx);
        const items = commandsOf(unit, i);
        if (items.length === 0) {
            run.push(unit);
            return;
        }
        let intro = unit.kind === 'code' ? undefined : leadText(unit);
        if (unit.kind === 'code' && run.length > 0) {
            const last = run[run.length - 1];
            if (last.kind === 'paragraph' || last.kind === 'list-item') {
                // Paragraphs just above that point at the command ("... by using the following command.")
                // lead into it too, rather than standing as a step of their own.
                let from = run.length - 1;
                while (from > 0 && pointsAhead(run[from - 1], run[from]))
                    from--;
                intro = joinLeads(run.slice(from).map(leadText));
                run = run.slice(0, from);
            }
        }
        if (!background)
            proseStep(run, ctx, false);
        else
            omit(run, ctx);
        run = [];
        planUnit(unit, items, intro, ctx);
        // A checklist keeps every item: one that quotes a command is also ticked with the others.
        if (unit.kind === 'list-item' && unit.checked !== null)
            run.push(unit);
        if (ctx.session?.scope === 'unit' && section.units[i + 1]?.kind !== 'code')
            ctx.session = undefined;
    });
    if (background)
        omit(run, ctx);
    else
        proseStep(run, ctx, doc.steps.length === before && !hasSubsections && startsImperative(section.title));
    for (const { inline, note } of mentioned)
        doc.accounts.push({
            line: inline.line,
            endLine: inline.line,
            origin: 'inline',
            text: inline.text,
            steps: [],
            note
        });
    for (const d of duplicates) {
        const same = doc.accounts
            .slice(firstAccount)
            .find((a) => norm(a.text) === d.key && a.steps.length > 0);
        doc.accounts.push({
            line: d.inline.line,
            endLine: d.inline.line,
            origin: 'inline',
            text: d.inline.text,
            steps: same?.steps ?? [],
            note: same === undefined
                ? 'repeats a command of this section'
                : 'the same command as an earlier step of this section'
        });
    }
    if (ctx.session?.scope !== 'section')
        ctx.session = undefined;
    return ctx.session;
}
/** A background section's prose: context for the reader, listed in the mapping, never a step. */
function omit(run, ctx) {
    const first = run[0];
    const text = oneLine(run.map((u) => u.text).join(' '));
    if (first !== undefined && text !== '')
        ctx.doc.omitted.push({
            line: first.line,
            endLine: run[run.length - 1]?.endLine ?? first.line,
            sectionLine: ctx.section.line,
            text: clip(text, 100)
        });
}
/** Prose that moves the operator onto another machine or into a directory, or back. */
function where(unit, ctx) {
    const text = unit.context === '' ? unit.text : `${unit.context} ${unit.text}`;
    if (ctx.session !== undefined && endsSession(unit.text))
        ctx.session = undefined;
    const opens = ctx.session === undefined ? opensSession(unit.text) : undefined;
    if (opens !== undefined) {
        ctx.session = {
            opener: opens,
            line: unit.line,
            scope: 'section',
            prose: true,
            depth: ctx.section.depth
        };
    }
    const dir = entersDirectory(text);
    if (dir !== undefined)
        ctx.dir = { what: dir, line: unit.line };
}
function planUnit(unit, items, lead, ctx) {
    const before = ctx.doc.steps.length;
    planItems(unit, items, lead, ctx, before);
    // Checks listed in the lead-in of a command the operator runs by hand are ticked on its step.
    const first = ctx.doc.steps[before]?.step;
    if (first?.type === 'manual' && first.required_evidence === undefined) {
        const evidence = leadChecklist(unit);
        if (evidence.length > 0)
            first.required_evidence = evidence;
    }
}
function planItems(unit, items, lead, ctx, before) {
    let block;
    let comment = [];
    // `cd DIR` sets where the following commands of its own block run, not those of later prose.
    ctx.cwd = undefined;
    for (const item of items) {
        if (item.kind === 'inline')
            ctx.cwd = undefined;
        if (item.kind === 'line' && item.code !== block) {
            block = item.code;
            ctx.cwd = undefined;
            if (ctx.session?.scope === 'block')
                ctx.session = undefined;
            if (ctx.session === undefined && exitsForeignSession(item.code))
                ctx.session = {
                    opener: 'a session opened before this code block (it ends with exit)',
                    line: item.code.line,
                    scope: 'block'
                };
        }
        if (item.kind === 'line')
            comment = commentsBefore(item.code, item.line);
        // The lead-in goes with the first step of the unit, not again with every later command; a
        // step without a comment or a lead-in of its own is titled by its command.
        const first = ctx.doc.steps.length === before;
        const intro = first ? lead?.text : undefined;
        const programs = ctx.doc.programs;
        const text = item.kind === 'line' ? item.line.text : item.inline.text;
        const title = commentTitle(comment, programs) ??
            (first ? leadTitle(lead?.own, lead?.codes ?? [], programs) : undefined) ??
            commandTitle(text);
        const hint = item.kind === 'line' && item.code.attrs.name !== undefined
            ? item.code.attrs.name
            : ctx.section.title || ctx.doc.ir.title;
        planCommand(item.kind === 'line'
            ? {
                text: item.line.text,
                raw: item.line.raw,
                line: item.line.line,
                endLine: item.line.endLine,
                origin: 'block',
                lang: item.code.lang,
                code: item.code,
                title,
                ...(intro === undefined ? {} : { intro }),
                idHint: hint
            }
            : {
                text: item.inline.text,
                raw: item.inline.text,
                line: item.inline.line,
                endLine: item.inline.line,
                origin: 'inline',
                lang: '',
                title,
                ...(intro === undefined ? {} : { intro }),
                idHint: hint
            }, ctx);
    }
}
/** A block that runs `exit` without opening a session first runs inside one opened elsewhere. */
function exitsForeignSession(code) {
    const cmds = code.lines.filter((l) => l.kind === 'command').map((l) => l.text.trim());
    const exit = cmds.findIndex((t) => /^(exit|logout)\b/.test(t));
    if (exit <= 0)
        return false;
    const words = (t) => lexShell(t).tokens.flatMap((k) => (k.kind === 'word' ? [k.word.raw] : []));
    return !cmds.slice(0, exit).some((t) => sessionOpener(words(t)) !== undefined);
}
function commentsBefore(code, line) {
    const i = code.lines.indexOf(line);
    const out = [];
    for (let j = i - 1; j >= 0; j--) {
        const l = code.lines[j];
        if (l.kind !== 'comment')
            break;
        out.unshift(l.text.replace(/^\s*#+\s*/, '').trim());
    }
    const trailing = lexShell(line.text).comment;
    if (out.length === 0 && trailing !== undefined && trailing !== '')
        return [trailing];
    return out.filter((s) => s !== '');
}
const AHEAD = /\b(?:the\s+following|this|these|the\s+below)\s+(?:commands?|query|script|steps?)\b|\bas\s+follows\b/i;
/** A paragraph right above `next` that announces the command below it. */
function pointsAhead(u, next) {
    return u.kind === 'paragraph' && u.endLine + 1 >= next.line - 1 && AHEAD.test(u.text);
}
function joinLeads(leads) {
    const all = leads.filter((l) => l !== undefined);
    if (all.length <= 1)
        return all[0];
    return {
        text: all.map((l) => l.text).join(' '),
        own: all.map((l) => l.own).join(' '),
        codes: all.flatMap((l) => l.codes)
    };
}
/**
 * The prose of a unit as a one-line lead-in, after the text of the items it was split from; none
 * when the unit is only code (`kubectl edit cm x` on a line of its own).
 */
function leadText(unit) {
    const own = oneLine(stripShortcodes(unit.text));
    const codes = unit.inline.map((c) => c.text);
    const prose = codes.reduce((t, c) => t.split(oneLine(c)).join(' '), own);
    if (prose.replace(/[\s.,:;]/g, '') === '')
        return undefined;
    return { text: unit.context === '' ? own : `${oneLine(unit.context)} ${own}`, own, codes };
}
function lineOf(item) {
    return item.kind === 'line' ? item.line.line : item.inline.line;
}

;// CONCATENATED MODULE: ./src/compiler/interpret/index.ts









// `ADMIN_TOKEN`, `DB_PASSWORD` hold a secret; `SECRET_NAME`, `TOKEN_FILE` only name one.
const SECRET = /^(?!.*_(?:name|id|ns|namespace|file|path|ref)$).*(token|passw(or)?d|secret|api_?key|credential|private_?key)/i;
/** Interprets the IR (pure and deterministic). */
function interpret(ir, opts = {}) {
    const doc = {
        ir,
        vars: new Vars(),
        steps: [],
        accounts: [],
        todos: [],
        programs: blockPrograms(ir),
        shownIn: new Map(),
        functions: shellFunctions(ir),
        ambiguous: new Map(),
        omitted: [],
        exports: [],
        exported: new Map(),
        repeats: []
    };
    let open;
    const seen = new Map();
    ir.sections.forEach((section, i) => {
        const next = ir.sections[i + 1];
        const key = bodyKey(section);
        const earlier = key === undefined ? undefined : seen.get(key);
        // A section repeated word for word (a copy-pasted procedure) plans no step again: its
        // commands are accounted as the earlier section's steps, which list it as another source.
        if (earlier !== undefined) {
            repeatSection(section, earlier, doc);
            return;
        }
        const planned = {
            section,
            steps: doc.steps.length,
            accounts: doc.accounts.length,
            endSteps: 0,
            endAccounts: 0
        };
        open = interpretSection(section, doc, next !== undefined && section.depth > 0 && next.depth > section.depth, open);
        planned.endSteps = doc.steps.length;
        planned.endAccounts = doc.accounts.length;
        if (key !== undefined && planned.endSteps > planned.steps)
            seen.set(key, planned);
    });
    if (doc.steps.length === 0)
        placeholderStep(doc);
    const choices = insertChoices(doc, findAlternatives(ir, doc.steps));
    const ids = uniqueIds(doc.steps.map((s) => s.idHint));
    doc.steps.forEach((s, i) => (s.step.id = ids[i]));
    guardSteps(doc.steps, choices);
    markOutcomes(doc.steps, choices);
    for (const [reason, { name, lines, advice }] of doc.ambiguous)
        doc.todos.push({
            line: lines[0] ?? 1,
            text: `\`${name}\` (line ${lines.join(', ')}): ${reason}; ${advice}`
        });
    for (const v of doc.vars.all()) {
        // A var set by a command or from other values already has its own TODO.
        if (v.default === '' && !/^set (by|at)\b/.test(v.how))
            doc.todos.push({
                line: v.lines[0] ?? 1,
                text: SECRET.test(v.name)
                    ? `set \`${v.name}\` (${v.written.join(', ')}, line ${v.lines.join(', ')}): it looks like a secret; pass it in the environment variable ${v.name}, not with --var or in meta.vars, and check that a redaction rule hides it where the runbook prints it (the defaults hide 'Bearer ...' and 'password=...', not a bare value)`
                    : `set \`${v.name}\` (${v.written.join(', ')}, line ${v.lines.join(', ')}): it has no default; pass --var ${v.name}=... or edit meta.vars`
            });
    }
    const steps = doc.steps.map((s) => s.step);
    const automated = steps.flatMap((s) => (s.type === 'cli' ? [s.with?.argv?.[0] ?? ''] : []));
    const runbook = {
        apiVersion: 'runbook/v0',
        meta: {
            name: opts.name ?? (slug(ir.title, 60, '-') || 'runbook'),
            description: description(ir),
            ...(doc.vars.all().length === 0
                ? {}
                : { vars: Object.fromEntries(doc.vars.all().map((v) => [v.name, v.default])) }),
            governance: governanceFor(automated)
        },
        steps: steps
    };
    const shownIn = new Map([...doc.shownIn].map(([line, i]) => [line, doc.steps[i]?.step.id ?? '']));
    const todos = [...doc.todos].sort((a, b) => a.line - b.line || (a.text < b.text ? -1 : a.text > b.text ? 1 : 0));
    return {
        programs: doc.programs,
        runbook,
        steps: doc.steps,
        accounts: doc.accounts.sort((a, b) => a.line - b.line),
        todos,
        vars: doc.vars.all(),
        captures: doc.vars.allCaptures(),
        exports: doc.exports,
        omitted: doc.omitted,
        shownIn,
        repeats: doc.repeats,
        choices
    };
}
/** The body of a section, for finding a repeat (undefined for a section without content). */
function bodyKey(section) {
    if (section.units.length === 0)
        return undefined;
    return `${section.title}\n${section.units.map((u) => u.source.replace(/\s+/g, ' ').trim()).join('\n')}`;
}
function repeatSection(section, earlier, doc) {
    const offset = (section.units[0]?.line ?? section.line) - (earlier.section.units[0]?.line ?? 0);
    for (const a of doc.accounts.slice(earlier.accounts, earlier.endAccounts))
        doc.accounts.push({
            ...a,
            line: a.line + offset,
            endLine: a.endLine + offset,
            note: `repeats the section "${earlier.section.title}" of line ${earlier.section.line}: the same step`
        });
    for (const s of doc.steps.slice(earlier.steps, earlier.endSteps))
        (s.also ??= []).push({ line: s.line + offset, endLine: s.endLine + offset });
    doc.repeats.push({ line: section.line, of: earlier.section.line, title: section.title });
}
function blockPrograms(ir) {
    const out = new Set();
    for (const s of ir.sections)
        for (const u of s.units)
            for (const c of u.codes)
                for (const l of c.lines) {
                    if (l.kind !== 'command')
                        continue;
                    const first = lexShell(l.text).tokens.find((t) => t.kind === 'word' && !/^[A-Za-z_][A-Za-z0-9_]*=/.test(t.word.raw));
                    if (first?.kind === 'word')
                        out.add(first.word.raw);
                }
    return out;
}
/** Shell functions defined in the code blocks (`name() {`, `function name {`) -> line. */
function shellFunctions(ir) {
    const out = new Map();
    for (const s of ir.sections)
        for (const u of s.units)
            for (const c of u.codes)
                for (const l of c.lines) {
                    if (l.kind !== 'command')
                        continue;
                    const m = /^\s*(?:function\s+([A-Za-z_][\w-]*)|([A-Za-z_][\w-]*)\s*\(\s*\))/.exec(l.text);
                    const name = m?.[1] ?? m?.[2];
                    if (name !== undefined && !out.has(name))
                        out.set(name, l.line);
                }
    return out;
}
function description(ir) {
    const first = ir.sections
        .flatMap((s) => s.units)
        .find((u) => u.kind === 'paragraph' && !/^(!!!|\{\{|<)/.test(u.text));
    const lead = first === undefined ? '' : oneLine(first.text);
    const short = lead.length > 300 ? `${lead.slice(0, 299)}…` : lead;
    return `Compiled from ${ir.file} by runbook compile; review mapping.md and the TODOs before use.${short === '' ? '' : ` ${short}`}`;
}
function placeholderStep(doc) {
    doc.steps.push({
        step: {
            id: '',
            type: 'manual',
            title: doc.ir.title,
            instructions: `Read ${doc.ir.file}: the compiler found no command and no instruction in it.`
        },
        idHint: doc.ir.title,
        section: doc.ir.title,
        sectionLine: 1,
        line: 1,
        endLine: doc.ir.lines,
        manual: { why: 'prose', detail: 'the document holds no command and no instruction' }
    });
    doc.todos.push({
        line: 1,
        text: 'the document holds no command and no instruction: the runbook has a single manual step'
    });
}

;// CONCATENATED MODULE: ./src/compiler/compile.ts








/** Rounds of repairs before a remaining failure counts as a compiler defect. */
const MAX_REPAIRS = 6;
/** Compiles a Markdown TSG (pure and deterministic). */
function compileTsg(source, opts) {
    const ir = extractIr(source, opts.file);
    const interpretation = interpret(ir, opts.name === undefined ? {} : { name: opts.name });
    return settle(source, ir, interpretation, opts);
}
/** Stage C with its fallback: what it rejects is degraded to manual steps, then checked again. */
function settle(source, ir, interpretation, opts) {
    let result = finish(source, ir, interpretation, opts);
    // Never fail on real input: what Stage C rejects becomes manual (verbatim, with a TODO).
    for (let round = 0; !result.ok && round < MAX_REPAIRS; round++) {
        const errors = result.diagnostics.filter((d) => d.severity === 'error');
        const r = repair(interpretation, result.checks, errors);
        if (!r.changed)
            break;
        result = finish(source, ir, interpretation, opts);
    }
    if (!result.ok) {
        const defect = [
            ...result.diagnostics
                .filter((d) => d.severity === 'error')
                .map((d) => `${d.line}:${d.col} ${d.rule}: ${d.message}`),
            ...result.checks
                .filter((c) => !c.ok)
                .flatMap((c) => c.problems.map((p) => `${c.check}: ${p}`))
        ];
        result = { ...result, defect, mapping: defectMapping(result.mapping, defect) };
    }
    return result;
}
function defectMapping(mapping, defect) {
    return `${mapping}\n## Compiler defect\n\nStage C still failed after every step it could not stand behind was made manual: this is a defect of the compiler, not of the TSG. Nothing but this report was written. Please report it with the TSG:\n\n${defect.map((d) => `- ${d}`).join('\n')}\n`;
}
/** Stage C over an interpretation: emit, validate, check fidelity, write the mapping. */
function finish(source, ir, interpretation, opts) {
    const runbook = (0,src_runbook/* withSource */.g5)(interpretation.runbook, opts.sourceFile ?? opts.file, source);
    const yaml = runbookYaml(runbook);
    const validation = validateEmitted(yaml, runbook, opts.outName ?? 'runbook.yaml');
    const checks = fidelityChecks({
        source,
        ir,
        yaml,
        runbook,
        accounts: interpretation.accounts,
        programs: interpretation.programs,
        diagnostics: validation.diagnostics
    });
    const mapping = mappingMarkdown(ir, interpretation, checks, opts.outName ?? 'runbook.yaml');
    const ok = validation.runbook !== undefined && checks.every((c) => c.ok);
    return {
        ok,
        ir,
        interpretation,
        runbook,
        yaml,
        mapping,
        checks,
        diagnostics: validation.diagnostics,
        todos: interpretation.todos.length,
        degraded: interpretation.steps.filter((s) => s.manual?.why === 'degraded').length
    };
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
;// CONCATENATED MODULE: ./src/compiler/files.ts
// The compiler's only side effects: reading the TSG and writing the two outputs. Everything else is
// the pure compileTsg().


class InputUnreadableError extends Error {
    file;
    reason;
    constructor(file, reason) {
        super(`${file}: cannot read the TSG: ${reason}`);
        this.file = file;
        this.reason = reason;
        this.name = 'InputUnreadableError';
    }
}
/** Reads a TSG as UTF-8 text; a missing file, a directory or binary content is InputUnreadableError. */
async function readTsg(file) {
    let buf;
    try {
        buf = await (0,promises_.readFile)(file);
    }
    catch (err) {
        const reason = (0,src_runbook/* fsErrorReason */.Ws)(err, { ENOENT: 'no such file' });
        throw new InputUnreadableError(file, reason);
    }
    if (buf.includes(0))
        throw new InputUnreadableError(file, 'binary content (a NUL byte), not Markdown');
    const text = new TextDecoder('utf-8', { fatal: false }).decode(buf);
    if (text.includes('\uFFFD') && !buf.toString('latin1').includes('\uFFFD'))
        throw new InputUnreadableError(file, 'not valid UTF-8');
    return text;
}
/** Writes an output file. */
async function writeOutput(file, text) {
    await (0,promises_.writeFile)(file, text, 'utf8');
}

;// CONCATENATED MODULE: ./src/compiler/llm/settings.ts
// Settings of the optional LLM refinement, parsed once by the CLI from flags and environment.
/** GitHub Models, used inside GitHub Actions when no URL is given. */
const GITHUB_MODELS_URL = 'https://models.github.ai/inference';
const DEFAULT_MODEL = 'openai/gpt-4o-mini';

;// CONCATENATED MODULE: ./src/compiler/llm/prompt.ts
// The prompt contract of seed 003 §14: the model gets the IR, the schema, the command ontology and
// the governance defaults, with the deterministic draft, and must answer with one runbook.


const RULES = `You refine a draft runbook compiled from a Markdown troubleshooting guide (TSG).
Output (MUST): exactly one fenced \`\`\`yaml block holding a runbook/v0 document that is strictly
valid against the JSON Schema given, and nothing else.
Rules:
- If automation is unsafe or ambiguous, use type: manual (with instructions).
- Never invent credentials, hosts, flags, commands or destructive commands. A cli step's argv may
  only use programs and arguments that appear in the TSG; argv[0] is never a template.
- Explicit commands only when present in the prose or code blocks of the TSG.
- Uncertain variables: a meta.vars entry with an empty default, referenced as {{ .name }}.
- Keep every step of the draft that stands for a command (same argv, or the command verbatim in a
  manual step's instructions); keep every destructive command manual; keep governance.allowed_commands
  equal to the set of argv[0] of cli steps.
- You may improve titles, descriptions, instructions and evidence, and merge or split prose steps.`;
/** Builds the chat messages for one refinement. */
function refinementMessages(ir, draftYaml, governance) {
    const ontology = {
        levels: ['read-only', 'mutating', 'destructive', 'unknown'],
        policy: 'read-only: cli; mutating: cli with confirm: true; destructive or unknown: manual',
        known_tools: (0,safety/* knownTools */.fK)()
    };
    const user = [
        '## TSG-IR (JSON)',
        JSON.stringify(ir),
        '## runbook/v0 JSON Schema',
        JSON.stringify(src_runbook/* RUNBOOK_SCHEMA */.LY),
        '## Command ontology',
        JSON.stringify(ontology),
        '## Governance defaults',
        JSON.stringify(governance),
        '## Deterministic draft (runbook.yaml)',
        '```yaml',
        draftYaml,
        '```'
    ].join('\n');
    return [
        { role: 'system', content: RULES },
        { role: 'user', content: user }
    ];
}
/** The YAML of the first fenced yaml block, or the whole answer when it has no fence. */
function extractYaml(answer) {
    const m = /```ya?ml\s*\n([\s\S]*?)```/.exec(answer);
    return (m?.[1] ?? answer).trim() + '\n';
}

;// CONCATENATED MODULE: ./src/compiler/llm/client.ts
// A minimal OpenAI-compatible chat client: one POST to {url}/chat/completions, results as data.
/** Sends the messages and returns the first choice's content, or why there is none. */
async function chatCompletion(settings, messages, fetchImpl = fetch) {
    const url = `${settings.url.replace(/\/+$/, '')}/chat/completions`;
    const headers = { 'content-type': 'application/json' };
    if (settings.token !== undefined && settings.token !== '')
        headers.authorization = `Bearer ${settings.token}`;
    let res;
    try {
        res = await fetchImpl(url, {
            method: 'POST',
            headers,
            body: JSON.stringify({ model: settings.model, messages, temperature: 0 }),
            signal: AbortSignal.timeout(settings.timeoutMs)
        });
    }
    catch (err) {
        const e = err;
        const timedOut = e.name === 'TimeoutError' || e.name === 'AbortError';
        return {
            ok: false,
            error: timedOut
                ? `no answer from ${url} within ${settings.timeoutMs} ms`
                : `cannot reach ${url}: ${e.message}`
        };
    }
    const text = await res.text();
    if (!res.ok)
        return { ok: false, error: `${url} answered HTTP ${res.status}: ${text.slice(0, 200)}` };
    try {
        const body = JSON.parse(text);
        const content = body.choices?.[0]?.message?.content;
        return typeof content === 'string'
            ? { ok: true, content }
            : { ok: false, error: `${url} answered without choices[0].message.content` };
    }
    catch {
        return { ok: false, error: `${url} answered with a body that is not JSON` };
    }
}

;// CONCATENATED MODULE: ./src/compiler/llm/refine.ts





/** Asks the model to refine `base`; keeps `base` unless the answer passes every check. */
async function refineWithLlm(source, base, settings, fetchImpl) {
    const messages = refinementMessages(base.ir, base.yaml, base.runbook.meta.governance);
    const answer = await chatCompletion(settings, messages, fetchImpl);
    if (!answer.ok)
        return reject(base, settings, [answer.error]);
    const validation = (0,src_runbook/* validateRunbookText */.As)(extractYaml(answer.content), 'llm-answer.yaml');
    const errors = validation.diagnostics.filter((d) => d.severity === 'error').map(src_runbook/* formatDiagnostic */.xy);
    if (validation.runbook === undefined)
        return reject(base, settings, errors.length > 0 ? errors : ['the answer is not a runbook']);
    // meta.source is the compiler's, never the model's: it names the TSG that was compiled.
    const runbook = (0,src_runbook/* withSource */.g5)(validation.runbook, base.runbook.meta.source?.file ?? 'tsg.md', source);
    const yaml = runbookYaml(runbook);
    const checks = fidelityChecks({
        source,
        ir: base.ir,
        yaml,
        runbook,
        accounts: base.interpretation.accounts,
        programs: base.interpretation.programs,
        diagnostics: (0,src_runbook/* validateRunbookText */.As)(yaml, 'runbook.yaml').diagnostics
    });
    const problems = [
        ...checks
            .filter((c) => !c.ok)
            .map((c) => `fidelity check '${c.check}' failed: ${c.problems.join('; ')}`),
        ...keptCommands(base, runbook)
    ];
    if (problems.length > 0)
        return reject(base, settings, problems);
    const note = `\n## LLM refinement\n\nAccepted: the runbook was refined by \`${settings.model}\` and passed Stage C and every fidelity check. Steps, variables and TODOs above describe the deterministic draft it started from.\n`;
    return {
        accepted: true,
        problems: [],
        result: {
            ...base,
            runbook,
            yaml,
            checks,
            diagnostics: validation.diagnostics,
            mapping: base.mapping + note
        }
    };
}
function reject(base, settings, problems) {
    const note = `\n## LLM refinement\n\nRejected: the answer of \`${settings.model}\` was not used; the deterministic runbook was kept.\n\n${problems.map((p) => `- ${p.replace(/\n/g, ' ')}`).join('\n')}\n`;
    return { accepted: false, problems, result: { ...base, mapping: base.mapping + note } };
}
/** Every command step of the draft must survive: same argv in a cli step, or verbatim in a manual one. */
function keptCommands(base, runbook) {
    const argvs = new Set(runbook.steps.flatMap((s) => (s.type === 'cli' ? [JSON.stringify(s.with?.argv ?? [])] : [])));
    const text = runbook.steps.map((s) => s.instructions ?? '').join('\n');
    const out = [];
    for (const s of base.interpretation.steps) {
        if (s.command === undefined)
            continue;
        const first = s.command.split('\n')[0] ?? '';
        const kept = argvs.has(JSON.stringify(s.step.with?.argv ?? null)) || text.includes(first);
        if (!kept)
            out.push(`the command of draft step '${s.step.id}' (line ${s.line}) is missing: ${s.command.split('\n')[0] ?? ''}`);
    }
    return out;
}

;// CONCATENATED MODULE: ./src/compiler/llm/index.ts





;// CONCATENATED MODULE: ./src/compiler/index.ts











// EXTERNAL MODULE: ./src/runbook/fs-reason.ts
var fs_reason = __webpack_require__(3174);
;// CONCATENATED MODULE: ./src/cli/commands/compile.ts
// `runbook compile TSG.md`: Markdown TSG -> runbook YAML (+ mapping.md). Exit codes follow the Go
// peer gert: 0 ok, 1 ok with TODOs (also when steps were degraded to manual), 2 input unreadable,
// 3 bad flags or a compiler defect (no runbook is written).




const CompileExit = { Ok: 0, Todos: 1, Unreadable: 2, Failed: 3 };
/** The LLM settings from flags and environment, or why they are incomplete. */
function llmSettings(opts, env) {
    const inActions = env.GITHUB_ACTIONS === 'true';
    const url = opts.llmUrl ?? env.RUNBOOK_LLM_URL ?? (inActions ? GITHUB_MODELS_URL : undefined);
    if (url === undefined || !/^https?:\/\/\S+$/.test(url))
        return `--llm openai-compatible needs --llm-url http(s)://... (or RUNBOOK_LLM_URL; GitHub Models is the default only inside GitHub Actions), got '${url ?? ''}'`;
    const seconds = Number(opts.llmTimeout ?? '60');
    if (!Number.isFinite(seconds) || seconds <= 0)
        return `--llm-timeout takes a number of seconds, got '${opts.llmTimeout ?? ''}'`;
    const token = env.RUNBOOK_LLM_TOKEN ?? env.OPENAI_API_KEY ?? (inActions ? env.GITHUB_TOKEN : undefined);
    return {
        url,
        model: opts.llmModel ?? env.RUNBOOK_LLM_MODEL ?? DEFAULT_MODEL,
        timeoutMs: Math.round(seconds * 1000),
        ...(token === undefined ? {} : { token })
    };
}
/** Compiles one TSG and writes the outputs; returns the exit code. */
async function compileCommand(file, opts, io) {
    let source;
    try {
        source = await readTsg((0,external_node_path_.resolve)(io.cwd, file));
    }
    catch (err) {
        if (err instanceof InputUnreadableError) {
            io.stderr.write(`${file}: cannot read the TSG: ${err.reason}\n`);
            return CompileExit.Unreadable;
        }
        throw err;
    }
    const settings = opts.llm === undefined ? undefined : llmSettings(opts, io.env);
    if (typeof settings === 'string') {
        io.stderr.write(`runbook compile: ${settings}\n`);
        return CompileExit.Failed;
    }
    const toStdout = opts.out === undefined || opts.out === '-';
    let result;
    try {
        result = compileTsg(source, {
            file: (0,external_node_path_.basename)(file),
            sourceFile: sourceFileFor(io.cwd, file, toStdout ? undefined : opts.out),
            outName: toStdout ? 'runbook.yaml' : (0,external_node_path_.basename)(opts.out),
            ...(opts.name === undefined ? {} : { name: opts.name })
        });
    }
    catch (err) {
        // A TSG never makes the compiler throw; if it does, that is the compiler's defect.
        const why = err instanceof Error ? err.message : String(err);
        io.stderr.write(`${file}: compiler defect: the compiler failed on this TSG (${why}); nothing was written. Please report it with the TSG.\n`);
        return CompileExit.Failed;
    }
    if (!result.ok) {
        io.stderr.write(failure(file, result));
        if (opts.mapping !== undefined) {
            try {
                await writeOutput(opts.mapping, result.mapping);
            }
            catch (err) {
                io.stderr.write(`runbook compile: cannot write ${opts.mapping}: ${(0,fs_reason/* fsErrorReason */.W)(err)}\n`);
            }
        }
        return CompileExit.Failed;
    }
    if (settings !== undefined) {
        const refined = await refineWithLlm(source, result, settings);
        result = refined.result;
        io.stderr.write(refined.accepted
            ? `${file}: LLM refinement by ${settings.model} accepted\n`
            : `${file}: LLM refinement rejected, the deterministic runbook is kept:\n${refined.problems.map((p) => `  ${p}`).join('\n')}\n`);
    }
    let target = toStdout ? '-' : opts.out;
    try {
        if (toStdout)
            io.stdout.write(result.yaml);
        else
            await writeOutput((0,external_node_path_.resolve)(io.cwd, target), result.yaml);
        if (opts.mapping !== undefined) {
            target = opts.mapping;
            await writeOutput((0,external_node_path_.resolve)(io.cwd, target), result.mapping);
        }
    }
    catch (err) {
        io.stderr.write(`runbook compile: cannot write ${target}: ${(0,fs_reason/* fsErrorReason */.W)(err)}\n`);
        return CompileExit.Failed;
    }
    const summary = `${file}: ${describe(result)}${toStdout ? '' : ` -> ${opts.out}`}${opts.mapping === undefined ? '' : `, ${opts.mapping}`}\n`;
    (toStdout ? io.stderr : io.stdout).write(summary);
    if (result.degraded > 0)
        io.stderr.write(`${file}: ${result.degraded} step${result.degraded === 1 ? '' : 's'} the compiler could not stand behind became manual (see the TODOs in mapping.md)\n`);
    for (const d of result.diagnostics)
        io.stderr.write(`${(0,src_runbook/* formatDiagnostic */.xy)(d)}\n`);
    return result.todos > 0 ? CompileExit.Todos : CompileExit.Ok;
}
/** `12 steps (8 automated, 4 manual), 3 TODOs` */
function describe(r) {
    const steps = r.runbook.steps;
    const cli = steps.filter((s) => s.type === 'cli').length;
    return `${steps.length} step${steps.length === 1 ? '' : 's'} (${cli} automated, ${steps.length - cli} manual), ${r.todos} TODO${r.todos === 1 ? '' : 's'}`;
}
function failure(file, r) {
    const lines = [
        `${file}: compiler defect: the generated runbook did not pass Stage C even with every doubtful step made manual; the runbook was not written (mapping.md, when asked for, describes the defect). Please report it with the TSG.`
    ];
    for (const d of r.diagnostics)
        if (d.severity === 'error')
            lines.push((0,src_runbook/* formatDiagnostic */.xy)(d));
    for (const c of r.checks)
        if (!c.ok)
            lines.push(`fidelity check '${c.check}' failed: ${c.problems.join('; ')}`);
    return `${lines.join('\n')}\n`;
}
/**
 * meta.source.file: the TSG relative to the runbook's directory (or to here for stdout),
 * `/`-separated. When either lies outside the working directory (the repository), only the TSG's
 * name is kept: a path through the machine's own directories would mean nothing elsewhere.
 */
function sourceFileFor(cwd, tsg, out) {
    const source = (0,external_node_path_.resolve)(cwd, tsg);
    const from = out === undefined ? cwd : (0,external_node_path_.dirname)((0,external_node_path_.resolve)(cwd, out));
    const inside = (p) => {
        const rel = (0,external_node_path_.relative)(cwd, p);
        return !rel.startsWith('..') && !(0,external_node_path_.isAbsolute)(rel);
    };
    if (!inside(source) || !inside(from))
        return (0,external_node_path_.basename)(source);
    return (0,external_node_path_.relative)(from, source).split(external_node_path_.sep).join('/');
}


/***/ })

};
