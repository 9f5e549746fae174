export const id = 138;
export const ids = [138];
export const modules = {

/***/ 4254:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F9: () => (/* binding */ evaluateCondition),
/* harmony export */   vs: () => (/* binding */ compileCondition)
/* harmony export */ });
/* unused harmony export splitName */
/* harmony import */ var _marcbachmann_cel_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7337);
/* harmony import */ var _regex_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2539);
/* harmony import */ var _refs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2713);
// Conditions (a step's `when`, an outcome's `when`) are CEL: side-effect free, always terminating,
// type-checked. @marcbachmann/cel-js parses, checks and evaluates them; this module fixes the names
// a condition may read and runs `matches()` on the runbook's RE2 engine (compileRegex), never on
// JavaScript's backtracking RegExp.



const regexCache = new Map();
/** CEL's matches(): RE2 syntax on the same linear-time engine as redaction (single call site). */
function re2Matches(text, pattern) {
    let compiled = regexCache.get(pattern);
    if (compiled === undefined) {
        compiled = (0,_regex_js__WEBPACK_IMPORTED_MODULE_1__/* .compileRegex */ .DL)(pattern);
        if (regexCache.size > 256)
            regexCache.clear();
        regexCache.set(pattern, compiled);
    }
    if (!compiled.ok)
        throw new Error(compiled.error);
    return compiled.regex.test(text);
}
const ENV = new _marcbachmann_cel_js__WEBPACK_IMPORTED_MODULE_0__/* .Environment */ .OH({ homogeneousAggregateLiterals: false })
    .registerVariable('vars', 'map<string, string>')
    .registerVariable('captures', 'map<string, string>')
    .registerVariable('evidence', 'map<string, map<string, dyn>>')
    .registerVariable('steps', 'map<string, map<string, dyn>>')
    .registerFunction('matches(string, string): bool', re2Matches);
function problemOf(kind, err) {
    const e = err;
    const message = e.summary ?? e.message.split('\n')[0] ?? String(err);
    return { kind, message, offset: e.range?.start ?? e.node?.pos ?? 0 };
}
/** Parses and type-checks a CEL condition; the result must be a bool. */
function compileCondition(expression) {
    let parsed;
    try {
        parsed = ENV.parse(expression);
    }
    catch (err) {
        return { ok: false, problem: problemOf('syntax', err) };
    }
    const method = findMethodMatches(parsed.ast);
    if (method !== undefined) {
        return {
            ok: false,
            problem: {
                kind: 'syntax',
                message: 'write matches(text, pattern) instead of text.matches(pattern): the function form runs on the RE2 engine',
                offset: method
            }
        };
    }
    const checked = parsed.check();
    if (!checked.valid)
        return { ok: false, problem: problemOf('type', checked.error) };
    if (checked.type !== 'bool' && checked.type !== 'dyn') {
        return {
            ok: false,
            problem: {
                kind: 'type',
                message: `a condition must be true or false, but this one gives a ${checked.type ?? 'value'}`,
                offset: 0
            }
        };
    }
    const refs = (0,_refs_js__WEBPACK_IMPORTED_MODULE_2__/* .conditionRefs */ .u)(parsed.ast);
    return { ok: true, condition: { expression, refs, program: parsed } };
}
function findMethodMatches(node) {
    let found;
    const visit = (n) => {
        if (found !== undefined || n === null || typeof n !== 'object')
            return;
        if (Array.isArray(n)) {
            for (const c of n)
                visit(c);
            return;
        }
        const ast = n;
        if (ast.op === 'rcall' && ast.args[0] === 'matches')
            found = ast.pos;
        if (ast.op !== 'value' && ast.op !== 'id')
            visit(ast.args);
    };
    visit(node);
    return found;
}
/** Evaluates a compiled condition over the values it reads (a name absent from `values` is unset). */
function evaluateCondition(condition, values) {
    try {
        const value = condition.program(bindValues(values));
        if (typeof value !== 'boolean')
            return { ok: false, error: `the condition gave ${typeof value}, not true or false` };
        return { ok: true, value };
    }
    catch (err) {
        return { ok: false, error: problemOf('syntax', err).message };
    }
}
function celValue(v) {
    if (typeof v === 'number' && Number.isInteger(v))
        return BigInt(v);
    return v;
}
/** Builds CEL's nested maps from flat recorded names (`evidence.s.n` -> evidence[s][n]). */
function bindValues(values) {
    const root = {
        vars: new Map(),
        captures: new Map(),
        evidence: new Map(),
        steps: new Map()
    };
    for (const [name, value] of Object.entries(values)) {
        const [head, a, b] = splitName(name);
        const top = root[head];
        if (top === undefined || a === undefined)
            continue;
        if (b === undefined) {
            top.set(a, celValue(value));
            continue;
        }
        let inner = top.get(a);
        if (inner === undefined) {
            inner = new Map();
            top.set(a, inner);
        }
        inner.set(b, celValue(value));
    }
    return root;
}
/** Splits a recorded name: `evidence.s.n` -> ['evidence', 's', 'n']; step ids may hold '-'. */
function splitName(name) {
    const parts = name.split('.');
    const head = parts[0] ?? '';
    if (head === 'evidence' || head === 'steps') {
        return [head, parts.slice(1, -1).join('.') || undefined, parts.at(-1)];
    }
    return [head, parts.slice(1).join('.') || undefined];
}


/***/ }),

/***/ 2713:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ refName),
/* harmony export */   u: () => (/* binding */ conditionRefs)
/* harmony export */ });
const ROOTS = new Set(['vars', 'captures', 'evidence', 'steps']);
const DEPTH = { vars: 1, captures: 1, evidence: 2, steps: 2 };
/** The recorded name of a reference: `evidence.triage.response`. */
function refName(ref) {
    return [ref.root, ...ref.path].join('.');
}
/** Follows `a.b["c"]` down to its root identifier; undefined when it is not a plain chain. */
function chain(node) {
    if (node.op === 'id')
        return { root: node.args, path: [], offset: node.pos };
    if (node.op === '.' || node.op === '.?') {
        const inner = chain(node.args[0]);
        return inner && { ...inner, path: [...inner.path, node.args[1]] };
    }
    if (node.op === '[]' || node.op === '[?]') {
        const key = node.args[1];
        const inner = chain(node.args[0]);
        if (inner === undefined || key.op !== 'value' || typeof key.args !== 'string')
            return undefined;
        return { ...inner, path: [...inner.path, key.args] };
    }
    return undefined;
}
function literals(node) {
    if (node.op === 'value' && typeof node.args === 'string')
        return [{ value: node.args, offset: node.pos }];
    if (node.op === 'list')
        return node.args.flatMap(literals);
    return [];
}
/** Every reference to vars, captures, evidence and steps in a parsed condition. */
function conditionRefs(ast) {
    const refs = [];
    const byNode = new Map();
    const visit = (node) => {
        const c = chain(node);
        if (c !== undefined && ROOTS.has(c.root)) {
            const root = c.root;
            const depth = DEPTH[root];
            const ref = {
                root,
                path: c.path.slice(0, depth),
                partial: c.path.length < depth,
                offset: c.offset,
                compared: []
            };
            refs.push(ref);
            byNode.set(node, ref);
            // Indexing deeper (evidence.s.c[0]) reads the same value: nothing more to record.
            return;
        }
        if (c !== undefined && c.path.length === 0)
            return;
        visitArgs(node);
        if (node.op === '==' || node.op === '!=') {
            const [l, r] = node.args;
            byNode.get(l)?.compared.push(...literals(r));
            byNode.get(r)?.compared.push(...literals(l));
        }
        else if (node.op === 'in') {
            byNode.get(node.args[0])?.compared.push(...literals(node.args[1]));
        }
    };
    const visitArgs = (node) => {
        switch (node.op) {
            case 'value':
            case 'id':
                return;
            case 'call':
                node.args[1].forEach(visit);
                return;
            case 'rcall':
                visit(node.args[1]);
                node.args[2].forEach(visit);
                return;
            case '.':
            case '.?':
                visit(node.args[0]);
                return;
            case 'list':
                node.args.forEach(visit);
                return;
            case 'map':
                for (const [k, v] of node.args) {
                    visit(k);
                    visit(v);
                }
                return;
            case '!_':
            case '-_':
                visit(node.args);
                return;
            default:
                for (const a of node.args)
                    visit(a);
        }
    };
    visit(ast);
    return refs;
}


/***/ }),

/***/ 3648:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U7: () => (/* binding */ commandRunnerReason),
/* harmony export */   p6: () => (/* binding */ commandName),
/* harmony export */   x5: () => (/* binding */ matchCommandList)
/* harmony export */ });
/* unused harmony export COMMAND_RUNNERS */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
// Static facts about commands, shared by the validator and the engine: how argv[0] is named, how
// the allow and deny lists match it, and which commands can run any other command.

/** The command name of argv[0]: its basename (`/usr/bin/../bin/rm` and `./rm` are both `rm`). */
function commandName(argv0) {
    return node_path__WEBPACK_IMPORTED_MODULE_0__.posix.basename(argv0);
}
/**
 * Finds the list entry that matches argv[0]. An entry holding a slash is a path and matches the
 * normalised path of argv[0] (or any of `paths`, e.g. the resolved executable and its symlink
 * target); any other entry is a name and matches the basename of argv[0] or of any of `paths`.
 */
function matchCommandList(list, argv0, paths = []) {
    const candidates = [argv0, ...paths];
    const names = new Set(candidates.map(commandName));
    const normalized = new Set(candidates.map((c) => node_path__WEBPACK_IMPORTED_MODULE_0__.posix.normalize(c)));
    return list.find((entry) => entry.includes('/') ? normalized.has(node_path__WEBPACK_IMPORTED_MODULE_0__.posix.normalize(entry)) : names.has(entry));
}
/** Commands that run other commands: allowing one of them allows everything. name -> why. */
const COMMAND_RUNNERS = new Map([
    ['sh', 'a shell runs any command'],
    ['bash', 'a shell runs any command'],
    ['zsh', 'a shell runs any command'],
    ['dash', 'a shell runs any command'],
    ['ksh', 'a shell runs any command'],
    ['fish', 'a shell runs any command'],
    ['csh', 'a shell runs any command'],
    ['tcsh', 'a shell runs any command'],
    ['busybox', 'busybox contains a shell'],
    ['pwsh', 'PowerShell runs any command'],
    ['powershell', 'PowerShell runs any command'],
    ['cmd', 'cmd runs any command'],
    ['node', 'an interpreter runs arbitrary code'],
    ['nodejs', 'an interpreter runs arbitrary code'],
    ['deno', 'an interpreter runs arbitrary code'],
    ['bun', 'an interpreter runs arbitrary code'],
    ['perl', 'an interpreter runs arbitrary code'],
    ['ruby', 'an interpreter runs arbitrary code'],
    ['php', 'an interpreter runs arbitrary code'],
    ['lua', 'an interpreter runs arbitrary code'],
    ['tclsh', 'an interpreter runs arbitrary code'],
    ['expect', 'an interpreter runs arbitrary code'],
    ['awk', "awk's system() runs any command"],
    ['gawk', "awk's system() runs any command"],
    ['mawk', "awk's system() runs any command"],
    ['env', 'env runs the command given as its argument'],
    ['xargs', 'xargs runs the command given as its argument'],
    ['sudo', 'sudo runs any command, as another user'],
    ['doas', 'doas runs any command, as another user'],
    ['su', 'su runs any command, as another user'],
    ['nohup', 'nohup runs the command given as its argument'],
    ['timeout', 'timeout runs the command given as its argument'],
    ['nice', 'nice runs the command given as its argument'],
    ['ionice', 'ionice runs the command given as its argument'],
    ['setsid', 'setsid runs the command given as its argument'],
    ['stdbuf', 'stdbuf runs the command given as its argument'],
    ['chroot', 'chroot runs the command given as its argument'],
    ['watch', 'watch runs the command given as its argument'],
    ['strace', 'strace runs the command given as its argument'],
    ['time', 'time runs the command given as its argument'],
    ['script', 'script runs a shell'],
    ['parallel', 'parallel runs the commands given as its arguments'],
    ['find', 'find -exec runs any command'],
    ['ssh', 'ssh runs any command on another host']
]);
/** Why allowing this command lets every command through, or undefined. */
function commandRunnerReason(name) {
    const base = commandName(name);
    if (/^python[0-9.]*$/.test(base) || /^pypy[0-9.]*$/.test(base))
        return 'an interpreter runs arbitrary code';
    return COMMAND_RUNNERS.get(base);
}


/***/ }),

/***/ 9982:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  jY: () => (/* binding */ bareNames),
  Wn: () => (/* binding */ conditionSites),
  ib: () => (/* binding */ optionValues),
  sK: () => (/* binding */ readCondition),
  ZM: () => (/* binding */ stepChoices)
});

// EXTERNAL MODULE: ./src/runbook/cel/condition.ts
var condition = __webpack_require__(4254);
;// CONCATENATED MODULE: ./src/runbook/gert/expr.ts
const OPS = [
    '==',
    '!=',
    '<=',
    '>=',
    '&&',
    '||',
    '??',
    '?.',
    '..',
    '<',
    '>',
    '!',
    '(',
    ')',
    '[',
    ']'
].concat(['{', '}', ',', '.', '?', ':', '+', '-', '*', '/', '%', '|']);
const REFUSED = {
    '??': "expr-lang's nil-coalescing '??'",
    '?.': "expr-lang's optional chaining '?.'",
    '..': "expr-lang's range '..'",
    '|': "expr-lang's pipe '|'"
};
const KEYWORDS = new Set(['true', 'false', 'null', 'in']);
const INFIX = new Set(['contains', 'startsWith', 'endsWith', 'matches']);
const MACROS = new Set(['all', 'exists', 'exists_one', 'map', 'filter']);
const ROOTS = new Set(['vars', 'captures', 'evidence', 'steps']);
function lex(text) {
    const toks = [];
    let i = 0;
    while (i < text.length) {
        const rest = text.slice(i);
        const ws = /^\s+/.exec(rest);
        const id = /^[A-Za-z_][A-Za-z0-9_]*/.exec(rest);
        const num = /^[0-9]+(\.[0-9]+)?([eE][+-]?[0-9]+)?[uU]?/.exec(rest);
        const str = /^("(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')/.exec(rest);
        const op = OPS.find((o) => rest.startsWith(o));
        const m = ws ?? str ?? id ?? num;
        if (rest.startsWith('`'))
            return {
                message: 'expr-lang\'s backquoted raw string is not supported; use "..."',
                offset: i
            };
        if (m !== null && m !== undefined) {
            const kind = m === ws ? 'ws' : m === str ? 'str' : m === id ? 'id' : 'num';
            toks.push({ kind, text: m[0], at: i });
            i += m[0].length;
        }
        else if (op !== undefined) {
            if (REFUSED[op] !== undefined)
                return { message: `${REFUSED[op]} has no CEL equivalent here`, offset: i };
            toks.push({ kind: 'op', text: op, at: i });
            i += op.length;
        }
        else {
            // Left for CEL to report (an unterminated string, a stray character).
            toks.push({ kind: 'op', text: text.slice(i), at: i });
            break;
        }
    }
    return toks;
}
/** Index of the first token of the primary ending at `end` (a chain, a literal or a (group)). */
function primaryStart(toks, end) {
    let i = end;
    for (;;) {
        const t = toks[i];
        if (t === undefined)
            return end;
        if (t.text === ')' || t.text === ']') {
            let depth = 0;
            for (; i >= 0; i--) {
                const x = toks[i]?.text;
                if (x === ')' || x === ']')
                    depth++;
                if (x === '(' || x === '[')
                    depth--;
                if (depth === 0)
                    break;
            }
        }
        if (toks[i - 1]?.text === '.' || (toks[i]?.text === '[' && toks[i - 1]?.kind === 'id')) {
            i -= toks[i - 1]?.text === '.' ? 2 : 1;
            continue;
        }
        if (toks[i]?.text === '(' && toks[i - 1]?.kind === 'id')
            i -= 1;
        return i;
    }
}
/** Index of the last token of the primary starting at `start`. */
function primaryEnd(toks, start) {
    let i = start;
    for (;;) {
        const t = toks[i];
        if (t === undefined)
            return start;
        if (t.text === '(' || t.text === '[') {
            let depth = 0;
            for (; i < toks.length; i++) {
                const x = toks[i]?.text;
                if (x === '(' || x === '[')
                    depth++;
                if (x === ')' || x === ']')
                    depth--;
                if (depth === 0)
                    break;
            }
        }
        else if (t.kind === 'id' && toks[i + 1]?.text === '(') {
            i += 1;
            continue;
        }
        const next = toks[i + 1]?.text;
        if (next === '.' && toks[i + 2]?.kind === 'id')
            i += 2;
        else if (next === '[')
            i += 1;
        else
            return i;
    }
}
/** Translates a gert (expr-lang) or CEL condition to CEL; offsets map back to `text`. */
function translateGertCondition(text, names) {
    const lexed = lex(text);
    if (!Array.isArray(lexed))
        return { ok: false, problem: lexed };
    const toks = lexed.filter((t) => t.kind !== 'ws');
    const locals = new Set();
    toks.forEach((t, i) => {
        if (MACROS.has(t.text) && toks[i - 1]?.text === '.' && toks[i + 1]?.text === '(') {
            const v = toks[i + 2];
            if (v?.kind === 'id' && toks[i + 3]?.text === ',')
                locals.add(v.text);
        }
    });
    // Pieces of output, each with the source offset it stands for.
    const out = toks.map((t) => ({ text: t.text, at: t.at }));
    const before = new Map();
    const after = new Map();
    const add = (m, i, s) => {
        m.set(i, (m.get(i) ?? '') + s);
    };
    for (let i = 0; i < toks.length; i++) {
        const t = toks[i];
        const prev = toks[i - 1];
        const next = toks[i + 1];
        if (t.kind !== 'id' || prev?.text === '.')
            continue;
        if (t.text === 'and')
            out[i] = { text: '&&', at: t.at };
        else if (t.text === 'or')
            out[i] = { text: '||', at: t.at };
        else if (t.text === 'not' && next?.text === 'in') {
            return {
                ok: false,
                problem: { message: "expr-lang's 'not in': write !(x in [...])", offset: t.at }
            };
        }
        else if (t.text === 'not')
            out[i] = { text: '!', at: t.at };
        else if (INFIX.has(t.text) && prev !== undefined && next?.text !== '(') {
            const a = primaryStart(toks, i - 1);
            const b = primaryEnd(toks, i + 1);
            if (t.text === 'matches') {
                add(before, a, 'matches(');
                out[i] = { text: ',', at: t.at };
            }
            else {
                out[i] = { text: `.${t.text}(`, at: t.at };
                add(before, a, '(');
                add(after, i - 1, ')');
            }
            add(after, b, ')');
        }
        else if (!KEYWORDS.has(t.text) && !ROOTS.has(t.text) && !locals.has(t.text)) {
            if (next?.text === '(')
                continue;
            const step = names.choices.get(t.text);
            const qualified = step !== undefined
                ? `evidence[${JSON.stringify(step)}].${t.text}`
                : names.captures.has(t.text)
                    ? `captures.${t.text}`
                    : names.vars.has(t.text)
                        ? `vars.${t.text}`
                        : undefined;
            if (qualified === undefined) {
                return {
                    ok: false,
                    problem: {
                        kind: 'name',
                        message: `'${t.text}' is not a var, an input, a capture or a choice variable of this runbook`,
                        offset: t.at
                    }
                };
            }
            out[i] = { text: qualified, at: t.at };
        }
    }
    let changed = before.size > 0 || after.size > 0;
    out.forEach((piece, i) => {
        if (piece.text !== toks[i]?.text)
            changed = true;
    });
    if (!changed)
        return { ok: true, expression: text, offsetOf: (o) => o };
    let expression = '';
    let end = 0;
    const map = [];
    out.forEach((piece, i) => {
        const tok = toks[i];
        expression += text.slice(end, tok.at) + (before.get(i) ?? '');
        map.push({ from: expression.length, to: piece.at });
        expression += piece.text + (after.get(i) ?? '');
        end = tok.at + tok.text.length;
    });
    const offsetOf = (o) => {
        let best = map[0];
        for (const m of map)
            if (m.from <= o)
                best = m;
        return best === undefined ? 0 : best.to + Math.max(0, o - best.from);
    };
    return { ok: true, expression, offsetOf };
}

;// CONCATENATED MODULE: ./src/runbook/conditions.ts
// Where a runbook holds conditions, and the choices a person can make: shared by validation, the
// engine (which evaluates them), dry-run and verify, so all of them read a condition the same way.


/** Every condition of a (flat) runbook: each step's `when`, then its outcomes' `when`s. */
function conditionSites(runbook) {
    const sites = [];
    runbook.steps.forEach((step, i) => {
        if (step.when !== undefined)
            sites.push({ kind: 'guard', step_index: i, text: step.when, path: ['steps', i, 'when'] });
        step.outcomes?.forEach((o, j) => {
            if (o.when !== undefined) {
                sites.push({
                    kind: 'outcome',
                    step_index: i,
                    outcome_index: j,
                    text: o.when,
                    path: ['steps', i, 'outcomes', j, 'when']
                });
            }
        });
    });
    return sites;
}
/** Bare names visible to conditions of `runbook` (every var, capture and choice variable). */
function bareNames(runbook) {
    const vars = new Set([
        ...Object.keys(runbook.meta.vars ?? {}),
        ...Object.keys(runbook.meta.inputs ?? {})
    ]);
    const captures = new Set();
    const choices = new Map();
    for (const step of runbook.steps) {
        for (const name of Object.keys(step.capture ?? {}))
            captures.add(name);
        for (const e of step.required_evidence ?? [])
            if (e.kind === 'choice' && !choices.has(e.name))
                choices.set(e.name, step.id);
        if (step.choices !== undefined && !choices.has(step.choices.variable))
            choices.set(step.choices.variable, step.id);
    }
    return { vars, captures, choices };
}
/** Reads one condition: gert's spellings (bare names, and/or/not, infix contains) become CEL. */
function readCondition(text, names) {
    const translated = translateGertCondition(text, names);
    if (!translated.ok) {
        const { kind = 'syntax', message, offset } = translated.problem;
        return { ok: false, problem: { kind, message, offset } };
    }
    const compiled = (0,condition/* compileCondition */.vs)(translated.expression);
    if (!compiled.ok) {
        const p = compiled.problem;
        return { ok: false, problem: { ...p, offset: translated.offsetOf(p.offset) } };
    }
    return { ...compiled, offsetOf: translated.offsetOf };
}
/** The option values of a choice. */
function optionValues(options) {
    return (options ?? []).map((o) => (typeof o === 'string' ? o : o.value));
}
/** A step's choices (choice evidence and gert's `choices`), by evidence name. */
function stepChoices(step) {
    const out = new Map();
    for (const e of step.required_evidence ?? [])
        if (e.kind === 'choice')
            out.set(e.name, { options: e.options ?? [], ...labelOf(e) });
    if (step.choices !== undefined) {
        out.set(step.choices.variable, {
            options: step.choices.options,
            ...(step.choices.prompt === undefined ? {} : { label: step.choices.prompt })
        });
    }
    return out;
}
function labelOf(e) {
    return e.description === undefined ? {} : { label: e.description };
}


/***/ }),

/***/ 5990:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ envHookReason),
/* harmony export */   g: () => (/* binding */ envHooks)
/* harmony export */ });
// Environment variables that change which binary a command name runs, or make the binary load or
// run other code: the dynamic loader's, interpreters' and git's hooks. A step that sets one through
// with.env could turn an allowed command into any other, so validate refuses it (rule `env-hook`)
// and the engine refuses the step, unless the step lists the name in with.allow_env_hooks.
// Shared by the validator and the engine; pure.
const EXACT = new Map([
    ['PATH', 'it changes which file a command name runs'],
    ['NODE_OPTIONS', 'Node.js loads the modules it names (--require, --import)'],
    ['NODE_PATH', 'Node.js looks modules up in it'],
    ['BASH_ENV', 'bash runs the file it names before any script'],
    ['ENV', 'sh runs the file it names at startup'],
    ['SHELLOPTS', 'it turns on bash options (xtrace runs PS4) in every bash started'],
    ['BASHOPTS', 'it turns on bash options in every bash started'],
    ['PS4', 'bash expands it, command substitutions included, when tracing'],
    ['PROMPT_COMMAND', 'bash runs it'],
    ['ZDOTDIR', 'zsh runs the startup files in it'],
    ['PYTHONPATH', 'Python imports modules from it first'],
    ['PYTHONSTARTUP', 'Python runs the file it names'],
    ['PYTHONHOME', 'Python loads its standard library from it'],
    ['PYTHONBREAKPOINT', 'Python calls the function it names'],
    ['PYTHONINSPECT', 'Python enters an interactive session'],
    ['PERL5OPT', 'Perl adds its options (-M loads a module) to every run'],
    ['PERL5LIB', 'Perl loads modules from it first'],
    ['PERLLIB', 'Perl loads modules from it first'],
    ['PERL5DB', 'Perl runs it as the debugger'],
    ['RUBYOPT', 'Ruby adds its options (-r loads a library) to every run'],
    ['RUBYLIB', 'Ruby loads libraries from it first'],
    ['JAVA_TOOL_OPTIONS', 'the JVM adds its options (-javaagent loads code) to every run'],
    ['_JAVA_OPTIONS', 'the JVM adds its options to every run'],
    ['JDK_JAVA_OPTIONS', 'the java launcher adds its options to every run'],
    ['CLASSPATH', 'the JVM loads classes from it'],
    ['LUA_INIT', 'Lua runs it at startup'],
    ['LUA_PATH', 'Lua loads modules from it'],
    ['LUA_CPATH', 'Lua loads native modules from it'],
    ['PHPRC', 'PHP reads its configuration (auto_prepend_file) from it'],
    ['PHP_INI_SCAN_DIR', 'PHP reads configuration from it'],
    ['TCLLIBPATH', 'Tcl loads packages from it'],
    ['GCONV_PATH', 'glibc loads character-set modules from it'],
    ['DOTNET_STARTUP_HOOKS', '.NET loads the assemblies it names'],
    ['PAGER', 'programs run it as a command'],
    ['MANPAGER', 'man runs it as a command'],
    ['SYSTEMD_PAGER', 'systemd tools run it as a command'],
    ['EDITOR', 'programs run it as a command'],
    ['VISUAL', 'programs run it as a command'],
    ['LESSOPEN', 'less runs it as a command'],
    ['LESSCLOSE', 'less runs it as a command'],
    ['SSH_ASKPASS', 'ssh runs it as a command'],
    ['SUDO_ASKPASS', 'sudo runs it as a command']
]);
/** Prefixes of families of hooks, with the few harmless names of each family. */
const PREFIXES = [
    { prefix: 'LD_', reason: 'the dynamic loader reads it (preloads, library and audit paths)' },
    { prefix: 'DYLD_', reason: 'the macOS dynamic loader reads it (inserted libraries, paths)' },
    {
        prefix: 'GIT_',
        reason: 'git reads configuration, helpers or commands to run from it',
        harmless: new Set([
            'GIT_AUTHOR_NAME',
            'GIT_AUTHOR_EMAIL',
            'GIT_AUTHOR_DATE',
            'GIT_COMMITTER_NAME',
            'GIT_COMMITTER_EMAIL',
            'GIT_COMMITTER_DATE',
            'GIT_TERMINAL_PROMPT'
        ])
    },
    { prefix: 'BASH_FUNC_', reason: 'bash imports it as a function definition' }
];
/** Why setting `name` for a command can change what runs, or undefined when it cannot. */
function envHookReason(name) {
    const exact = EXACT.get(name);
    if (exact !== undefined)
        return exact;
    const family = PREFIXES.find((p) => name.startsWith(p.prefix));
    if (family === undefined || family.harmless?.has(name) === true)
        return undefined;
    return family.reason;
}
/** The names of `env` that are hooks and not opted in by `allowed`, each with its reason. */
function envHooks(env, allowed = []) {
    return Object.keys(env ?? {}).flatMap((name) => {
        const reason = envHookReason(name);
        return reason === undefined || allowed.includes(name) ? [] : [{ name, reason }];
    });
}


/***/ }),

/***/ 8243:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Av: () => (/* binding */ treeSource),
/* harmony export */   dG: () => (/* binding */ flattenTree),
/* harmony export */   hv: () => (/* binding */ flatDocument)
/* harmony export */ });
/* harmony import */ var _diagnostic_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6241);

const own = (text, path) => text === undefined ? undefined : { text, parts: [{ path, start: 0, length: text.length }] };
function both(a, b) {
    if (a === undefined)
        return b;
    if (b === undefined)
        return a;
    const shift = (g, by) => g.parts.map((p) => ({ ...p, start: p.start + by }));
    // `(a) && (b)`: a starts after one parenthesis, b after `(a) && (`.
    return {
        text: `(${a.text}) && (${b.text})`,
        parts: [...shift(a, 1), ...shift(b, a.text.length + 7)]
    };
}
/** Flattens a tree; a branch's condition guards each step below it. */
function flattenTree(tree) {
    const out = { steps: [], origins: [], guards: [] };
    const walk = (nodes, guard, at) => {
        nodes.forEach((node, k) => {
            const when = both(guard, own(node.step.when, [...at, k, 'step', 'when']));
            out.steps.push({ ...node.step, ...(when === undefined ? {} : { when: when.text }) });
            out.origins.push([...at, k, 'step']);
            out.guards.push(when?.parts ?? []);
            (node.branches ?? []).forEach((b, j) => walk(b.steps ?? [], both(guard, own(b.condition, [...at, k, 'branches', j, 'condition'])), [
                ...at,
                k,
                'branches',
                j,
                'steps'
            ]));
        });
    };
    walk(tree, undefined, ['tree']);
    return out;
}
/**
 * A source whose `steps[i]...` paths point into the tree the steps came from; a place inside a flat
 * `when` points into the branch `condition` (or the step's own `when`) that holds it, at the column
 * inside that condition.
 */
function treeSource(source, flat) {
    const map = (path) => {
        if (path[0] !== 'steps' || typeof path[1] !== 'number')
            return path;
        const origin = flat.origins[path[1]];
        return origin === undefined ? path : [...origin, ...path.slice(2)];
    };
    const partsOf = (path) => path.length === 3 && path[0] === 'steps' && typeof path[1] === 'number' && path[2] === 'when'
        ? (flat.guards[path[1]] ?? [])
        : [];
    return {
        ...source,
        locate: (path, opts) => source.locate(map(path), opts),
        diag: (rule, severity, message, path, opts) => {
            const inner = partsOf(path).at(-1);
            return source.diag(rule, severity, message, inner?.path ?? map(path), opts);
        },
        diagInside: (rule, severity, message, path, offset) => {
            const parts = partsOf(path);
            const part = parts.find((p) => offset >= p.start && offset <= p.start + p.length) ?? parts.at(-1);
            if (part === undefined)
                return source.diagInside(rule, severity, message, map(path), offset);
            const local = Math.min(Math.max(offset - part.start, 0), part.length);
            const text = message.replace((0,_diagnostic_js__WEBPACK_IMPORTED_MODULE_0__/* .columnNote */ .tl)(offset), (0,_diagnostic_js__WEBPACK_IMPORTED_MODULE_0__/* .columnNote */ .tl)(local));
            return source.diagInside(rule, severity, text, part.path, local);
        }
    };
}
/** The document with its tree replaced by the flat steps (for `runbook convert`). */
function flatDocument(doc, flat) {
    const rest = { ...doc };
    delete rest.tree;
    return { ...rest, steps: flat.steps };
}


/***/ }),

/***/ 8423:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ normalizeRunbook)
/* harmony export */ });
/* harmony import */ var _schema_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(150);
// The Go peer gert writes optional fields explicitly empty (`approvals: null`, `instructions: ""`,
// `required_evidence: []`, `capture: {}`). The schema marks such fields nullable; this removes every
// nullable field whose value is null, "", [] or {}, so the rest of the code sees them as absent.

const root = _schema_js__WEBPACK_IMPORTED_MODULE_0__/* .RUNBOOK_SCHEMA */ .LY;
const defs = (root.$defs ?? {});
function resolve(node) {
    if (node === undefined)
        return undefined;
    const ref = node.$ref;
    if (typeof ref === 'string' && ref.startsWith('#/$defs/'))
        return resolve(defs[ref.slice('#/$defs/'.length)]);
    return node;
}
function isNullable(node) {
    if (node === undefined)
        return false;
    const type = node.type;
    const en = node.enum;
    // Only "X or null" marks an optional field; a value that may legitimately be null (json_path.equals)
    // lists several types and is kept as written.
    return ((Array.isArray(type) && type.length === 2 && type.includes('null')) ||
        (Array.isArray(en) && en.includes(null)));
}
function isEmpty(value) {
    if (value === null || value === '')
        return true;
    if (Array.isArray(value))
        return value.length === 0;
    if (typeof value === 'object')
        return Object.keys(value).length === 0;
    return false;
}
function normalizeNode(value, schema) {
    const node = resolve(schema);
    if (node === undefined)
        return value;
    if (Array.isArray(value))
        return value.map((item) => normalizeNode(item, node.items));
    if (value === null || typeof value !== 'object')
        return value;
    const props = (node.properties ?? {});
    const out = {};
    for (const [key, child] of Object.entries(value)) {
        const childSchema = resolve(props[key]);
        const normalized = normalizeNode(child, childSchema ?? node.additionalProperties);
        // Checked after normalising the child: `defaults: {timeout: ""}` is as absent as `defaults: {}`.
        if (childSchema !== undefined && isNullable(childSchema) && isEmpty(normalized))
            continue;
        out[key] = normalized;
    }
    return out;
}
/** Returns the runbook with every explicitly empty optional field removed. Input must be schema-valid. */
function normalizeRunbook(value) {
    return normalizeNode(value, root);
}


/***/ }),

/***/ 2539:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DL: () => (/* binding */ compileRegex),
/* harmony export */   Hs: () => (/* binding */ regexProblem),
/* harmony export */   MI: () => (/* binding */ quoteRegex)
/* harmony export */ });
/* unused harmony export regexMatches */
/* harmony import */ var re2js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2856);
// Regular expressions (redaction rules, `matches` assertions, replay's {{ .regex }}, CEL matches())
// are RE2 syntax and run on re2js, a pure-JavaScript port of RE2: matching takes time linear in the
// text whatever the pattern, so a pattern like `(a+)+$` cannot hang a run. JavaScript's RegExp is
// never given a user's pattern (it backtracks, and reads some spellings differently).

/** `text` as a pattern that matches exactly it (RE2's QuoteMeta). */
function quoteRegex(text) {
    return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
/** Compiles an RE2 pattern, or says why it is not one. */
function compileRegex(pattern, options = {}) {
    try {
        const re = re2js__WEBPACK_IMPORTED_MODULE_0__/* .RE2JS */ .L3.compile(pattern, options.multiline === true ? re2js__WEBPACK_IMPORTED_MODULE_0__/* .RE2JS */ .L3.MULTILINE : 0);
        return { ok: true, regex: new Re2Pattern(pattern, re) };
    }
    catch (err) {
        const reason = err instanceof Error ? err.message : String(err);
        return { ok: false, error: `invalid regular expression '${pattern}': ${reason}` };
    }
}
const cache = new Map();
const CACHE_SIZE = 256;
/**
 * Whether the RE2 pattern matches somewhere in `text` (unanchored), with the same engine and
 * syntax as redaction and `matches` assertions. For expression languages (CEL's `matches()`):
 * compiled patterns are cached, so calling it per evaluation is cheap. Never throws.
 */
function regexMatches(text, pattern) {
    const compiled = cachedCompile(pattern);
    return compiled.ok ? { ok: true, matched: compiled.regex.test(text) } : compiled;
}
/**
 * Why `pattern` is not an RE2 pattern, or undefined when it compiles: for validation, which
 * checks the same redaction patterns of every runbook again. Cached like regexMatches.
 */
function regexProblem(pattern) {
    const compiled = cachedCompile(pattern);
    return compiled.ok ? undefined : compiled.error;
}
function cachedCompile(pattern) {
    let compiled = cache.get(pattern);
    if (compiled === undefined) {
        compiled = compileRegex(pattern);
        if (cache.size >= CACHE_SIZE)
            cache.delete(cache.keys().next().value);
        cache.set(pattern, compiled);
    }
    return compiled;
}
class Re2Pattern {
    source;
    re;
    /** The matcher of the last text searched, reused while the same text is searched again. */
    last;
    constructor(source, re) {
        this.source = source;
        this.re = re;
    }
    test(text) {
        return this.re.test(text);
    }
    exec(text, from = 0) {
        if (from > text.length)
            return null;
        // A test runs on RE2's DFA, several times cheaper than a search with groups: skip the search
        // when nothing matches at or after `from`. The test sees one character before `from`, which is
        // all that ^, \b and \B read there, so it misses no match (it may find one starting earlier).
        if (!this.re.test(from === 0 ? text : text.slice(from - 1)))
            return null;
        if (this.last?.text !== text)
            this.last = { text, matcher: this.re.matcher(text) };
        const m = this.last.matcher;
        if (!m.find(from))
            return null;
        const index = m.start();
        const end = m.end();
        const groups = new Map();
        const count = m.groupCount();
        for (let i = 0; i <= count; i++)
            groups.set(i, m.group(i) ?? undefined);
        for (const name of Object.keys(this.re.namedGroups()))
            groups.set(name, m.group(name) ?? undefined);
        return { index, end, group: (ref) => groups.get(ref) };
    }
}


/***/ }),

/***/ 6009:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Lt: () => (/* binding */ hasFlag),
/* harmony export */   g9: () => (/* binding */ positionals),
/* harmony export */   gB: () => (/* binding */ afterDoubleDash),
/* harmony export */   q8: () => (/* binding */ scriptCommands),
/* harmony export */   y6: () => (/* binding */ flagValue)
/* harmony export */ });
// Small readers over an argument list: positional words, flags and flag values. They know nothing
// about a particular tool; each tool passes the flags that take a value.
/** The words after argv[0] that are not flags or flag values, up to `--`. */
function positionals(args, valueFlags) {
    const out = [];
    for (let i = 0; i < args.length; i++) {
        const a = args[i];
        if (a === '--')
            break;
        if (a.startsWith('-') && a.length > 1) {
            if (!a.includes('=') && valueFlags.has(a))
                i++;
            continue;
        }
        out.push(a);
    }
    return out;
}
/** True when any of `names` is present, as `--name`, `--name=value` or inside a short cluster. */
function hasFlag(args, ...names) {
    return args.some((a) => {
        if (a === '--')
            return false;
        return names.some((n) => {
            if (a === n || a.startsWith(`${n}=`))
                return true;
            // -it contains -i and -t; only single-letter short flags cluster.
            return /^-[A-Za-z]$/.test(n) && /^-[A-Za-z]{2,}$/.test(a) && a.includes(n.slice(1));
        });
    });
}
/** The value of the first of `names`: `--name=value`, `--name value` or `-Xvalue` (short). */
function flagValue(args, ...names) {
    const end = args.indexOf('--');
    const scan = end === -1 ? args : args.slice(0, end);
    for (let i = 0; i < scan.length; i++) {
        const a = scan[i];
        for (const n of names) {
            if (a === n)
                return scan[i + 1];
            if (a.startsWith(`${n}=`))
                return a.slice(n.length + 1);
            if (/^-[A-Za-z]$/.test(n) && a.startsWith(n) && a.length > 2 && !a.startsWith('--'))
                return a.slice(2);
        }
    }
    return undefined;
}
/** The words after the first `--`, or undefined when there is none. */
function afterDoubleDash(args) {
    const i = args.indexOf('--');
    return i === -1 ? undefined : args.slice(i + 1);
}
/** The commands of a script passed as one argument, as words (a rough split: quotes removed). */
function scriptCommands(script) {
    return script
        .replace(/^commands=/, '')
        .split(/&&|\|\||[;|\n]/)
        .map((c) => c
        .replace(/["'[\]]/g, ' ')
        .split(/\s+/)
        .filter((w) => w !== ''))
        .filter((c) => c.length > 0);
}


/***/ }),

/***/ 2277:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  I: () => (/* binding */ classifyCommand),
  f: () => (/* binding */ knownTools)
});

// EXTERNAL MODULE: ./src/runbook/commands.ts
var commands = __webpack_require__(3648);
// EXTERNAL MODULE: ./src/runbook/safety/argv.ts
var argv = __webpack_require__(6009);
// EXTERNAL MODULE: ./src/runbook/safety/types.ts
var types = __webpack_require__(3758);
;// CONCATENATED MODULE: ./src/runbook/safety/verbs.ts

/** A list written as text: entries separated by commas or line breaks (an entry may hold spaces). */
function list(text) {
    return text
        .split(/[,\n]/)
        .map((s) => s.trim())
        .filter((s) => s !== '');
}
const PHRASE = {
    'read-only': 'only reads',
    mutating: 'changes state',
    destructive: 'deletes, stops or overwrites what cannot simply be put back',
    unknown: 'is not in the table'
};
/** Looks `verb` up in `spec`; `label` is how the command is named in the reason. */
function classifyVerb(tool, verb, spec, label = tool) {
    if (verb === undefined) {
        return (0,types/* classified */.Ye)('unknown', tool, `${tool}.no-subcommand`, `${label} without a subcommand`);
    }
    const level = levelOf(verb, spec);
    const rule = `${tool}.${verb.replace(/^-+/, '').replace(/[^A-Za-z0-9_-]/g, '_')}`;
    if (level === undefined) {
        return (0,types/* classified */.Ye)('unknown', tool, `${tool}.unknown-subcommand`, `${label} ${verb} is not a subcommand the classifier knows`);
    }
    const reason = spec.reasons?.[verb] ?? `${label} ${verb} ${PHRASE[level]}`;
    return (0,types/* classified */.Ye)(level, tool, rule, reason);
}
const parsed = new WeakMap();
function levelOf(verb, spec) {
    let table = parsed.get(spec);
    if (table === undefined) {
        table = new Map();
        for (const [text, level] of [
            [spec.readOnly, 'read-only'],
            [spec.mutating, 'mutating'],
            [spec.destructive, 'destructive']
        ])
            for (const v of list(text ?? ''))
                table.set(v, level);
        parsed.set(spec, table);
    }
    return table.get(verb);
}

;// CONCATENATED MODULE: ./src/runbook/safety/tools/cloud.ts
// helm and the cloud CLIs (az, aws, gcloud). The clouds name operations by a verb word that follows
// fixed conventions (list/show/describe/get-*, create/update/set-*, delete/remove/terminate-*).



const HELM = {
    readOnly: `list, ls, status, get, history, hist, show, inspect, template, search, version, env,
    lint, verify, test`,
    mutating: `install, upgrade, rollback, repo, dependency, dep, plugin, pull, fetch, package, push,
    registry, create`,
    destructive: `uninstall, delete, del, un`,
    reasons: { uninstall: 'helm uninstall deletes every resource of the release' }
};
const HELM_VALUE_FLAGS = new Set([
    '-n',
    '--namespace',
    '--kube-context',
    '--kubeconfig',
    '-f',
    '--values',
    '--set',
    '--version',
    '-o',
    '--output'
]);
/** Classifies helm; --dry-run makes any verb read-only. */
const classifyHelm = (tool, args) => {
    const words = (0,argv/* positionals */.g9)(args, HELM_VALUE_FLAGS);
    const verb = words[0];
    const c = classifyVerb(tool, verb, HELM);
    if ((c.level === 'mutating' || c.level === 'destructive') && (0,argv/* hasFlag */.Lt)(args, '--dry-run'))
        return (0,types/* classified */.Ye)('read-only', tool, 'helm.dry-run', `helm ${verb ?? ''} --dry-run changes nothing`);
    if (verb === 'repo' && (words[1] === 'list' || words[1] === 'ls'))
        return (0,types/* classified */.Ye)('read-only', tool, 'helm.repo-list', 'helm repo list only reads');
    return c;
};
/** The level of a cloud operation verb (az, gcloud) or operation name (aws), by convention. */
function cloudVerbLevel(verb) {
    if (verb === 'get-credentials')
        return 'mutating';
    if (/^(list|show|describe|get|read|tail|wait|query|check|browse|version|search|head|lookup|validate|export|download|test|logs|ls|get-.*|show-.*|list-.*|describe-.*|check-.*|head-.*|wait-.*|lookup-.*|batch-get-.*|estimate-.*|simulate-.*|validate-.*|search-.*|generate-.*)$/.test(verb))
        return 'read-only';
    if (/^(delete|purge|remove|terminate|destroy|wipe|reimage|rb|rm|delete-.*|remove-.*|terminate-.*|purge-.*|deregister-.*|disassociate-.*|revoke-.*|release-.*|detach-.*|cancel-.*|reset-.*|drop-.*)$/.test(verb))
        return 'destructive';
    if (/^(create|update|set|add|start|stop|restart|scale|upgrade|enable|disable|assign|attach|import|login|logout|deallocate|redeploy|run|invoke|put|tag|untag|copy|cp|mv|sync|move|rotate|renew|resize|apply|deploy|register|modify|associate|authorize|reboot|promote|failover|swap|upload|configure|init|install|get-credentials|create-.*|update-.*|put-.*|start-.*|stop-.*|reboot-.*|modify-.*|run-.*|attach-.*|associate-.*|authorize-.*|register-.*|enable-.*|disable-.*|set-.*|add-.*|import-.*|copy-.*|restore-.*|tag-.*|untag-.*|send-.*|publish-.*|invoke-.*|upload-.*|change-.*|replace-.*|allocate-.*|assume-.*|request-.*|rotate-.*)$/.test(verb))
        return 'mutating';
    return undefined;
}
function cloud(tool, path, verb) {
    const label = [tool, ...path].join(' ');
    if (verb === undefined)
        return (0,types/* classified */.Ye)('unknown', tool, `${tool}.no-operation`, `${label} without an operation`);
    let level = cloudVerbLevel(verb);
    if (verb === 'sync' && tool === 'aws')
        level = 'mutating';
    if (level === undefined)
        return (0,types/* classified */.Ye)('unknown', tool, `${tool}.unknown-operation`, `${label} ${verb} is not an operation the classifier knows`);
    const what = level === 'read-only'
        ? 'only reads'
        : level === 'mutating'
            ? 'changes cloud resources or local settings'
            : 'deletes or detaches cloud resources';
    return (0,types/* classified */.Ye)(level, tool, `${tool}.${level}`, `${label} ${verb} ${what}`);
}
// Operations that run a script or command inside a VM, container or cluster (`az vm run-command
// invoke --scripts "rm -rf ..."`, `gcloud compute ssh vm --command ...`, `aws ssm send-command`).
// The cloud CLI only carries the script: automating it would let any command through
// allowed_commands, so the level is unknown, or destructive when the script visibly destroys.
const REMOTE_RUNNERS = [
    { words: /\brun-command(?: (?:invoke|create|update))?$/, script: ['--scripts'] },
    { words: /\baks command invoke\b/, script: ['--command'] },
    { words: /\bcontainer exec\b/, script: ['--exec-command'] },
    { words: /\bssh\b/, script: ['--command'] },
    { words: /^ssm (send-command|start-session)\b/, script: ['--parameters'] },
    { words: /^ecs execute-command\b/, script: ['--command'] }
];
function remoteRunner(tool, words, args, classify) {
    const path = words.join(' ');
    const runner = REMOTE_RUNNERS.find((r) => r.words.test(path));
    const match = runner?.words.exec(path);
    if (runner === undefined || match === null || match === undefined)
        return undefined;
    const label = `${tool} ${path.slice(0, match.index + match[0].length)}`;
    const script = (0,argv/* flagValue */.y6)(args, ...runner.script);
    if (script === undefined)
        return (0,types/* classified */.Ye)('unknown', tool, `${tool}.remote-command`, `${label} opens a session or runs a command elsewhere that the classifier cannot see`);
    const inner = (0,types/* worst */.QZ)((0,argv/* scriptCommands */.q8)(script).map((c) => classify(c)));
    if (inner?.level === 'destructive')
        return (0,types/* classified */.Ye)('destructive', tool, `${tool}.remote-command`, `${label} runs '${script}' elsewhere: ${inner.reason}`);
    return (0,types/* classified */.Ye)('unknown', tool, `${tool}.remote-command`, `${label} runs the script '${script}' elsewhere; allowing ${tool} would let any script through the allowlist`);
}
/** az GROUP [SUBGROUP...] VERB [--flags]: the last word before the first flag is the verb. */
const classifyAz = (tool, args, classify) => remoteRunner(tool, leadingWords(args), args, classify) ?? groupThenVerb(tool, leadingWords(args));
/** gcloud [alpha|beta] GROUP... VERB: like az. */
const classifyGcloud = (tool, args, classify) => {
    const words = leadingWords(args).filter((w) => w !== 'alpha' && w !== 'beta');
    return remoteRunner(tool, words, args, classify) ?? groupThenVerb(tool, words);
};
/**
 * The last word after the command group that is a known verb (`compute instances delete vm1`); the
 * last, since a group may itself look like a verb (`az vm run-command list`).
 */
function groupThenVerb(tool, words) {
    const at = words.findLastIndex((w, i) => i > 0 && cloudVerbLevel(w) !== undefined);
    return at === -1
        ? cloud(tool, words.slice(0, -1), words[words.length - 1])
        : cloud(tool, words.slice(0, at), words[at]);
}
/** aws SERVICE OPERATION: s3 has its own verbs; `s3 sync --delete` deletes. */
const classifyAws = (tool, args, classify) => {
    const words = (0,argv/* positionals */.g9)(args, new Set(['--region', '--profile', '--output', '--endpoint-url', '--query']));
    const remote = remoteRunner(tool, words.slice(0, 2), args, classify);
    if (remote !== undefined)
        return remote;
    const [service, op] = words;
    if (service === 's3' && op === 'sync' && (0,argv/* hasFlag */.Lt)(args, '--delete'))
        return (0,types/* classified */.Ye)('destructive', tool, 'aws.s3-sync-delete', 'aws s3 sync --delete deletes objects missing from the source');
    if (service === 'configure')
        return (0,types/* classified */.Ye)('mutating', tool, 'aws.mutating', 'aws configure changes local settings');
    return cloud(tool, service === undefined ? [] : [service], op);
};
function leadingWords(args) {
    const out = [];
    for (const a of args) {
        if (a.startsWith('-'))
            break;
        out.push(a);
    }
    return out;
}

;// CONCATENATED MODULE: ./src/runbook/safety/tools/containers.ts
// Container runtimes and VM tools: docker/podman/nerdctl, crictl, ctr, virsh, virtctl.



const DOCKER = {
    readOnly: `ps, images, inspect, logs, stats, top, version, info, history, port, diff, events,
    search, ls, df`,
    mutating: `run, start, restart, stop, pull, push, build, tag, create, cp, pause, unpause, login,
    logout, commit, load, import, save, export, rename, update, compose, exec, attach`,
    destructive: `rm, rmi, kill, prune`,
    reasons: {
        rmi: 'rmi deletes images',
        rm: 'rm deletes containers and their writable layer',
        kill: 'kill stops the container without a clean shutdown'
    }
};
const DOCKER_GROUPS = new Set([
    'container',
    'image',
    'volume',
    'network',
    'system',
    'builder',
    'buildx',
    'plugin',
    'context',
    'node',
    'service',
    'stack',
    'secret',
    'config'
]);
const DOCKER_VALUE_FLAGS = new Set(['-H', '--host', '--context', '--config', '-l', '--log-level']);
/** Classifies docker, podman and nerdctl (same verbs; `docker image rm` = `docker rmi`). */
const classifyDocker = (tool, args) => {
    const words = (0,argv/* positionals */.g9)(args, DOCKER_VALUE_FLAGS);
    let verb = words[0];
    let label = tool;
    if (verb !== undefined && DOCKER_GROUPS.has(verb)) {
        label = `${tool} ${verb}`;
        const sub = words[1];
        if (sub === 'ls' || sub === 'list' || sub === 'inspect' || sub === 'df')
            return classifyVerb(tool, sub, DOCKER, label);
        if (sub === 'rm' || sub === 'remove' || sub === 'prune')
            return classifyVerb(tool, sub === 'remove' ? 'rm' : sub, DOCKER, label);
        if (sub === 'create' || sub === 'connect' || sub === 'disconnect' || sub === 'use')
            return (0,types/* classified */.Ye)('mutating', tool, `${tool}.${verb}-${sub}`, `${label} ${sub} changes state`);
        verb = sub;
    }
    if (verb === 'exec' || verb === 'run') {
        if ((0,argv/* hasFlag */.Lt)(args, '-i', '-t', '--interactive', '--tty'))
            return (0,types/* classified */.Ye)('unknown', tool, `${tool}.${verb}-interactive`, `${label} ${verb} -it opens an interactive session in which anything can run`);
    }
    return classifyVerb(tool, verb, DOCKER, label);
};
const CRICTL = {
    readOnly: `ps, images, img, inspect, inspecti, inspectp, logs, pods, info, stats, statsp, version,
    imagefsinfo, port-forward, checkpoint`,
    mutating: `pull, start, stop, stopp, runp, create, run, update, exec, attach`,
    destructive: `rm, rmi, rmp`,
    reasons: {
        rmi: 'crictl rmi deletes images from the node',
        rm: 'crictl rm deletes containers',
        rmp: 'crictl rmp deletes pod sandboxes'
    }
};
/** Classifies crictl. */
const classifyCrictl = (tool, args) => {
    const words = (0,argv/* positionals */.g9)(args, new Set(['-r', '--runtime-endpoint', '-i', '--image-endpoint', '--config', '-t', '--timeout']));
    if (words[0] === 'exec' && (0,argv/* hasFlag */.Lt)(args, '-i', '-t', '--interactive', '--tty'))
        return (0,types/* classified */.Ye)('unknown', tool, 'crictl.exec-interactive', 'crictl exec -it opens an interactive session in which anything can run');
    return classifyVerb(tool, words[0], CRICTL);
};
const CTR = {
    readOnly: `ls, list, info, version`,
    mutating: `pull, push, run, start, create, tag, import, export, mount, unmount`,
    destructive: `rm, remove, delete, del, kill, prune`
};
/** Classifies containerd's ctr: `ctr [-n ns] GROUP VERB`. */
const classifyCtr = (tool, args) => {
    const words = (0,argv/* positionals */.g9)(args, new Set(['-n', '--namespace', '-a', '--address']));
    return classifyVerb(tool, words[1] ?? words[0], CTR, `${tool} ${words[0] ?? ''}`.trim());
};
const VIRSH = {
    readOnly: `list, dumpxml, dominfo, domstate, domblklist, domiflist, domstats, nodeinfo,
    capabilities, version, net-list, pool-list, vol-list, domjobinfo, domblkinfo, vcpuinfo,
    uri, hostname, sysinfo`,
    mutating: `start, shutdown, reboot, suspend, resume, define, create, attach-disk, detach-disk,
    attach-device, detach-device, setmem, setvcpus, migrate, autostart, edit`,
    destructive: `destroy, undefine, reset, vol-delete, pool-delete, pool-destroy, net-destroy,
    net-undefine`,
    reasons: { destroy: 'virsh destroy pulls the power on the domain' }
};
/** Classifies virsh. */
const classifyVirsh = (tool, args) => classifyVerb(tool, (0,argv/* positionals */.g9)(args, new Set(['-c', '--connect']))[0], VIRSH);
const VIRTCTL = {
    readOnly: `version, guestosinfo, fslist, userlist, port-forward`,
    mutating: `start, stop, restart, migrate, migrate-cancel, pause, unpause, expose, addvolume,
    removevolume, soft-reboot, image-upload, memory-dump`,
    destructive: '',
    reasons: { migrate: 'virtctl migrate live-migrates the VM to another node' }
};
/** Classifies virtctl; console/vnc/ssh are interactive sessions. */
const classifyVirtctl = (tool, args) => {
    const verb = (0,argv/* positionals */.g9)(args, new Set(['-n', '--namespace', '--kubeconfig']))[0];
    if (verb === 'console' || verb === 'vnc' || verb === 'ssh' || verb === 'scp')
        return (0,types/* classified */.Ye)('unknown', tool, `virtctl.${verb}`, `virtctl ${verb} opens an interactive session`);
    if ((verb === 'stop' || verb === 'restart') && (0,argv/* hasFlag */.Lt)(args, '--force'))
        return (0,types/* classified */.Ye)('destructive', tool, 'virtctl.force-stop', `virtctl ${verb} --force kills the VM without a clean shutdown`);
    return classifyVerb(tool, verb, VIRTCTL);
};

// EXTERNAL MODULE: ./src/runbook/safety/wrapped.ts + 1 modules
var wrapped = __webpack_require__(1412);
;// CONCATENATED MODULE: ./src/runbook/safety/tools/devops.ts
// git, terraform, ansible-playbook and ansible.




const GIT = {
    readOnly: `status, log, diff, show, blame, grep, ls-files, ls-tree, ls-remote, rev-parse, rev-list,
    describe, shortlog, reflog, cat-file, version, help, whatchanged, for-each-ref, show-ref,
    name-rev, merge-base, verify-commit, verify-tag, fsck, count-objects, check-ignore`,
    mutating: `fetch, clone, pull, commit, add, checkout, switch, merge, rebase, stash, cherry-pick,
    revert, init, am, apply, mv, restore, submodule, config, remote, tag, branch, push,
    notes, worktree, bisect, sparse-checkout, lfs`,
    destructive: `clean, filter-branch, filter-repo, rm, prune, update-ref, gc`,
    reasons: {
        gc: 'git gc expires reflogs and deletes unreachable objects: the refs a recovery needs are lost',
        clean: 'git clean deletes untracked files',
        rm: 'git rm deletes files from the work tree'
    }
};
/** Classifies git; force pushes, hard resets and forced branch deletion are destructive. */
const classifyGit = (tool, args) => {
    const config = (0,wrapped/* unwrapOnce */.PS)(tool, args);
    if ('opaque' in config)
        return (0,types/* classified */.Ye)('unknown', tool, 'git.config-command', config.opaque);
    const words = (0,argv/* positionals */.g9)(args, new Set(['-C', '-c', '--git-dir', '--work-tree', '--namespace']));
    const verb = words[0];
    const d = (rule, reason) => (0,types/* classified */.Ye)('destructive', tool, rule, reason);
    if (verb === 'push' &&
        (0,argv/* hasFlag */.Lt)(args, '-f', '--force', '--force-with-lease', '--delete', '-d', '--mirror', '--prune'))
        return d('git.push-force', 'git push --force/--delete overwrites or deletes remote history');
    if (verb === 'reset') {
        return (0,argv/* hasFlag */.Lt)(args, '--hard', '--merge', '--keep')
            ? d('git.reset-hard', 'git reset --hard discards uncommitted work')
            : (0,types/* classified */.Ye)('mutating', tool, 'git.reset', 'git reset moves HEAD and the index');
    }
    if (verb === 'branch' && (0,argv/* hasFlag */.Lt)(args, '-D', '--delete', '-d'))
        return d('git.branch-delete', 'git branch -d/-D deletes a branch');
    if (verb === 'checkout' && (args.includes('.') || (0,argv/* hasFlag */.Lt)(args, '-f', '--force')))
        return d('git.checkout-discard', 'git checkout -f / checkout . discards local changes');
    if (verb === 'stash' && (words[1] === 'drop' || words[1] === 'clear'))
        return d('git.stash-drop', 'git stash drop/clear deletes stashed work');
    if ((verb === 'branch' || verb === 'tag' || verb === 'remote' || verb === 'stash') &&
        words.length === 1 &&
        !(0,argv/* hasFlag */.Lt)(args, '-m', '-M', '-a', '-c'))
        return (0,types/* classified */.Ye)('read-only', tool, `git.${verb}-list`, `git ${verb} without arguments only lists`);
    if (verb === 'remote' && (words[1] === 'show' || words[1] === 'get-url' || (0,argv/* hasFlag */.Lt)(args, '-v')))
        return (0,types/* classified */.Ye)('read-only', tool, 'git.remote-list', 'git remote -v only lists');
    if (verb === 'config' && (0,argv/* hasFlag */.Lt)(args, '--get', '--list', '-l', '--get-all', '--get-regexp'))
        return (0,types/* classified */.Ye)('read-only', tool, 'git.config-get', 'git config --get only reads');
    return classifyVerb(tool, verb, GIT);
};
const TERRAFORM = {
    readOnly: `plan, show, output, validate, version, providers, graph, console, state list, state show,
    state pull, workspace list, workspace show, fmt -check, test, metadata`,
    mutating: `init, apply, import, taint, untaint, refresh, fmt, get, login, logout, workspace new,
    workspace select, state mv, state push, state replace-provider, force-unlock`,
    destructive: `destroy, state rm, workspace delete`,
    reasons: {
        destroy: 'terraform destroy deletes every managed resource',
        'state rm': 'state rm makes terraform forget resources'
    }
};
/** Classifies terraform (and tofu); apply -destroy or -auto-approve applies deletions unreviewed. */
const classifyTerraform = (tool, args) => {
    const words = (0,argv/* positionals */.g9)(args, new Set(['-chdir', '-var', '-var-file', '-target', '-out', '-state']));
    const verb = words[0];
    if (verb === 'apply' && (0,argv/* hasFlag */.Lt)(args, '-destroy'))
        return (0,types/* classified */.Ye)('destructive', tool, 'terraform.apply-destroy', 'terraform apply -destroy deletes every managed resource');
    if (verb === 'apply' && (0,argv/* hasFlag */.Lt)(args, '-auto-approve'))
        return (0,types/* classified */.Ye)('destructive', tool, 'terraform.auto-approve', 'terraform apply -auto-approve applies every change, deletions included, without review');
    if (verb === 'plan' && (0,argv/* hasFlag */.Lt)(args, '-destroy'))
        return (0,types/* classified */.Ye)('read-only', tool, 'terraform.plan', 'terraform plan -destroy only shows what would be deleted');
    const two = classifyVerb(tool, words.slice(0, 2).join(' '), TERRAFORM);
    return two.level !== 'unknown' ? two : classifyVerb(tool, verb, TERRAFORM);
};
const DESTRUCTIVE_PLAYBOOK = /(^|\/)(remove|reset|destroy|delete|purge|teardown|uninstall|decommission|wipe)[-_\w]*\.ya?ml$/;
/** ansible-playbook: --check and listing are read-only; removal playbooks are destructive. */
const classifyAnsiblePlaybook = (tool, args) => {
    if ((0,argv/* hasFlag */.Lt)(args, '--check', '-C', '--syntax-check', '--list-hosts', '--list-tasks', '--list-tags'))
        return (0,types/* classified */.Ye)('read-only', tool, 'ansible-playbook.check', 'ansible-playbook --check/--list-* changes nothing');
    const books = (0,argv/* positionals */.g9)(args, new Set([
        '-i',
        '--inventory',
        '-e',
        '--extra-vars',
        '-l',
        '--limit',
        '-u',
        '--user',
        '-t',
        '--tags',
        '--skip-tags',
        '-f',
        '--forks',
        '-b',
        '--become-user',
        '--private-key',
        '--vault-password-file'
    ]));
    const bad = books.find((b) => DESTRUCTIVE_PLAYBOOK.test(b));
    if (bad !== undefined)
        return (0,types/* classified */.Ye)('destructive', tool, 'ansible-playbook.remove', `the playbook ${bad} removes or resets hosts`);
    return (0,types/* classified */.Ye)('mutating', tool, 'ansible-playbook.run', 'ansible-playbook changes the hosts it targets');
};
/** ansible ad-hoc: the module decides (ping/setup read; shell/command/raw run anything). */
const classifyAnsible = (tool, args) => {
    const mod = (0,argv/* flagValue */.y6)(args, '-m', '--module-name') ?? 'command';
    if ((0,argv/* hasFlag */.Lt)(args, '--check', '-C') ||
        /^(ping|setup|gather_facts|stat|slurp|debug|command_info)$/.test(mod))
        return (0,types/* classified */.Ye)('read-only', tool, 'ansible.read', `ansible -m ${mod} only reads`);
    if (/^(shell|command|raw|script)$/.test(mod))
        return (0,types/* classified */.Ye)('unknown', tool, 'ansible.command', `ansible -m ${mod} runs an arbitrary command on the hosts`);
    return (0,types/* classified */.Ye)('mutating', tool, 'ansible.module', `ansible -m ${mod} changes the hosts`);
};

;// CONCATENATED MODULE: ./src/runbook/safety/tools/etcd.ts
// etcdctl and etcdutl. Compaction, defragmentation, alarm disarm and member removal are
// destructive: they drop history, block the member, or change quorum.


const ETCDCTL = {
    readOnly: `get, endpoint status, endpoint health, endpoint hashkv, member list, alarm list, version,
    snapshot status, watch, lease list, lease timetolive, user list, user get, role list,
    role get, auth status, check datascale`,
    mutating: `put, txn, lock, elect, member add, member update, member promote, lease grant,
    lease keep-alive, user add, user grant-role, user passwd, role add,
    role grant-permission, auth enable, auth disable, move-leader, snapshot save, check perf,
    make-mirror`,
    destructive: `del, compact, compaction, defrag, alarm disarm, member remove, lease revoke,
    snapshot restore, user delete, user revoke-role, role delete, role revoke-permission,
    downgrade enable`,
    reasons: {
        compact: 'compact drops all key history before the revision',
        compaction: 'compaction drops all key history before the revision',
        defrag: 'defrag blocks reads and writes on the member while it rebuilds its store',
        'alarm disarm': 'alarm disarm clears the NOSPACE alarm that protects the cluster',
        'member remove': 'member remove takes a member out of the cluster and changes quorum',
        del: 'del deletes keys',
        'snapshot save': 'snapshot save writes a backup file (it only reads the cluster)'
    }
};
const ETCDUTL = {
    readOnly: `snapshot status, version, hashkv`,
    mutating: `backup, migrate`,
    destructive: `snapshot restore, defrag, downgrade`
};
const VALUE_FLAGS = new Set([
    '--endpoints',
    '--cacert',
    '--cert',
    '--key',
    '-w',
    '--write-out',
    '--user',
    '--password',
    '--command-timeout',
    '--dial-timeout',
    '--data-dir',
    '--rev'
]);
function twoWords(tool, args, spec) {
    const words = (0,argv/* positionals */.g9)(args, VALUE_FLAGS);
    const two = classifyVerb(tool, words.slice(0, 2).join(' '), spec);
    return two.level !== 'unknown' ? two : classifyVerb(tool, words[0], spec);
}
/** Classifies etcdctl. */
const classifyEtcdctl = (tool, args) => twoWords(tool, args, ETCDCTL);
/** Classifies etcdutl. */
const classifyEtcdutl = (tool, args) => twoWords(tool, args, ETCDUTL);

;// CONCATENATED MODULE: ./src/runbook/safety/tools/http.ts
// HTTP clients: the method decides. DELETE is destructive; POST, PUT and PATCH mutate; GET, HEAD
// and OPTIONS only read. curl sends POST when given data, PUT when uploading a file.


/** Classifies an HTTP method. */
function classifyMethod(tool, method, how) {
    const m = method.toUpperCase();
    if (m === 'DELETE')
        return (0,types/* classified */.Ye)('destructive', tool, 'http.delete', `${how} sends DELETE, which removes the resource`);
    if (m === 'POST' || m === 'PUT' || m === 'PATCH')
        return (0,types/* classified */.Ye)('mutating', tool, `http.${m.toLowerCase()}`, `${how} sends ${m}, which changes the resource`);
    if (m === 'GET' || m === 'HEAD' || m === 'OPTIONS')
        return (0,types/* classified */.Ye)('read-only', tool, `http.${m.toLowerCase()}`, `${how} sends ${m}, which only reads`);
    return (0,types/* classified */.Ye)('unknown', tool, 'http.unknown-method', `${how} sends ${m}, a method the classifier does not know`);
}
const DATA = [
    '-d',
    '--data',
    '--data-raw',
    '--data-binary',
    '--data-urlencode',
    '--data-ascii',
    '-F',
    '--form',
    '--form-string',
    '--json'
];
// A POST or PUT can delete too: a URL path that names a deletion (`/_delete_by_query`, `/purge`)
// or a request that accepts data loss (`accept_data_loss`, Elasticsearch's stale/empty primary).
const DELETING_PATH = /^[^?#]*\/_?(delete|purge|wipe|drop|truncate)([-_][\w-]*)?\/?([?#]|$)/i;
const DATA_LOSS = /accept_data_loss["']?\s*[:=]\s*["']?true/i;
/** Destructive when a changing request's URL or data says it deletes; otherwise `c`. */
function deletingRequest(tool, args, c) {
    if (c.level !== 'mutating')
        return c;
    const url = args.find((a) => !a.startsWith('-') && DELETING_PATH.test(a));
    if (url !== undefined)
        return (0,types/* classified */.Ye)('destructive', tool, 'http.deleting-path', `the URL ${url} names a deletion`);
    if (args.some((a) => DATA_LOSS.test(a)))
        return (0,types/* classified */.Ye)('destructive', tool, 'http.accept-data-loss', 'the request accepts data loss (accept_data_loss)');
    return c;
}
/** curl: -X/--request, else data implies POST (GET with -G), -T implies PUT, -I is HEAD. */
const classifyCurl = (tool, args) => deletingRequest(tool, args, curlMethod(tool, args));
function curlMethod(tool, args) {
    const explicit = (0,argv/* flagValue */.y6)(args, '-X', '--request');
    if (explicit !== undefined)
        return classifyMethod(tool, explicit, `curl -X ${explicit}`);
    if ((0,argv/* hasFlag */.Lt)(args, '-I', '--head'))
        return classifyMethod(tool, 'HEAD', 'curl -I');
    if ((0,argv/* hasFlag */.Lt)(args, '-T', '--upload-file'))
        return classifyMethod(tool, 'PUT', 'curl -T');
    if ((0,argv/* hasFlag */.Lt)(args, ...DATA))
        return (0,argv/* hasFlag */.Lt)(args, '-G', '--get')
            ? classifyMethod(tool, 'GET', 'curl -G')
            : classifyMethod(tool, 'POST', 'curl with data');
    return classifyMethod(tool, 'GET', 'curl');
}
/** wget: --method, --post-data/--post-file (POST); default GET. */
const classifyWget = (tool, args) => deletingRequest(tool, args, wgetMethod(tool, args));
function wgetMethod(tool, args) {
    const explicit = (0,argv/* flagValue */.y6)(args, '--method');
    if (explicit !== undefined)
        return classifyMethod(tool, explicit, `wget --method=${explicit}`);
    if ((0,argv/* hasFlag */.Lt)(args, '--post-data', '--post-file'))
        return classifyMethod(tool, 'POST', 'wget --post-data');
    return classifyMethod(tool, 'GET', 'wget');
}
/** HTTPie (http, https, xh): an optional METHOD word before the URL; data items imply POST. */
const classifyHttpie = (tool, args) => deletingRequest(tool, args, httpieMethod(tool, args));
function httpieMethod(tool, args) {
    const words = (0,argv/* positionals */.g9)(args, new Set(['-a', '--auth', '--session', '-o', '--output']));
    const first = words[0];
    if (first !== undefined &&
        /^[A-Za-z]+$/.test(first) &&
        /^(GET|HEAD|OPTIONS|POST|PUT|PATCH|DELETE)$/i.test(first))
        return classifyMethod(tool, first, `${tool} ${first}`);
    const items = words.slice(1).some((w) => /^[^:=]+(:=|=|@)/.test(w));
    return classifyMethod(tool, items ? 'POST' : 'GET', items ? `${tool} with data items` : tool);
}

;// CONCATENATED MODULE: ./src/runbook/safety/tools/rook.ts
// Ceph and the Rook tooling around it: ceph, rbd, rados, radosgw-admin, ceph-volume, monmaptool,
// ceph-mon, ceph-objectstore-tool, and the `kubectl rook-ceph` plugin.



const CEPH_VALUE_FLAGS = new Set([
    '-c',
    '--conf',
    '-n',
    '--name',
    '--id',
    '-k',
    '--keyring',
    '-f',
    '--format',
    '-m',
    '--cluster',
    '-i',
    '--in-file',
    '-o',
    '--out-file'
]);
// ceph <group> <verb>: the pair decides; a lone word (`ceph status`) is its own verb.
const CEPH = {
    readOnly: `status, -s, health, df, versions, version, report, quorum_status, time-sync-status, fsid,
    -v, --version, osd tree, osd ls, osd df, osd dump, osd stat, osd find, osd metadata,
    osd perf, osd pool ls, osd pool get, osd pool stats, osd blocklist ls, osd crush tree,
    osd crush dump, osd crush rule ls, osd utilization, osd ok-to-stop, osd safe-to-destroy,
    mon stat, mon dump, mon metadata, mon versions, mon ok-to-stop, pg stat, pg dump,
    pg query, pg ls, pg dump_stuck, pg ls-by-pool, pg ls-by-osd, fs status, fs ls, fs dump,
    fs get, mds stat, mgr dump, mgr stat, mgr module ls, mgr services, auth get, auth list,
    auth ls, auth print-key, config get, config dump, config show, config ls, config-key get,
    config-key ls, crash ls, crash info, crash stat, orch ls, orch ps, orch status,
    orch host ls, orch device ls, balancer status, progress, log last, features`,
    mutating: `osd out, osd in, osd down, osd set, osd unset, osd reweight, osd crush reweight,
    osd pool set, osd pool create, osd create, osd pool application enable,
    osd blocklist add, osd primary-affinity, config set, config rm, config-key set,
    mgr module enable, mgr module disable, mgr fail, auth import, auth add, auth caps,
    auth get-or-create, crash archive, crash archive-all, balancer on, balancer off, mon add,
    mon enable-msgr2, fs set, orch apply, orch restart, orch daemon add, pg repair,
    pg deep-scrub, pg scrub, osd deep-scrub, osd scrub, tell`,
    destructive: `osd purge, osd destroy, osd rm, osd lost, osd pool delete, osd pool rm, osd crush remove,
    osd crush rm, fs rm, fs fail, mon remove, mon rm, auth del, auth rm, config-key rm,
    pg force_create_pg, osd force-create-pg, mds fail, crash rm, crash prune, orch rm,
    orch daemon rm, orch host rm, orch device zap, osd pool rmsnap`,
    reasons: {
        'osd purge': 'osd purge removes the OSD and its data from the cluster',
        'osd destroy': 'osd destroy marks the OSD destroyed; its data is gone',
        'osd pool delete': 'pool delete deletes every object in the pool'
    }
};
/** Classifies `ceph`. */
const classifyCeph = (tool, args) => {
    const words = (0,argv/* positionals */.g9)(args, CEPH_VALUE_FLAGS);
    if (args[0] === '-s' || args[0] === '--version' || args[0] === '-v')
        return classifyVerb(tool, args[0], CEPH);
    // Longest known prefix of up to four words.
    for (let n = Math.min(4, words.length); n >= 1; n--) {
        const verb = words.slice(0, n).join(' ');
        const c = classifyVerb(tool, verb, CEPH);
        if (c.level !== 'unknown')
            return c;
    }
    return classifyVerb(tool, words.slice(0, 2).join(' ') || undefined, CEPH);
};
const RBD = {
    readOnly: `ls, list, info, status, du, diff, showmapped, device, snap ls, trash ls, children, watch,
    mirror`,
    mutating: `create, resize, map, unmap, snap create, snap protect, snap unprotect, clone, flatten,
    cp, copy, import, export, feature, lock, trash mv, trash restore, rename, mv`,
    destructive: `rm, remove, snap rm, snap purge, snap rollback, trash rm, trash purge`
};
const RADOS = {
    readOnly: `ls, lspools, df, stat, get, listxattr, getxattr, listomapkeys, listomapvals,
    list-inconsistent-obj, bench`,
    mutating: `put, setxattr, setomapval, mkpool, cp, create, append, truncate`,
    destructive: `rm, purge, rmpool, cleanup, rmxattr, rmomapkey`
};
const RGW_ADMIN = {
    readOnly: `user info, user list, user stats, bucket stats, bucket list, bucket check, zone get,
    zonegroup get, period get, sync status, metadata list, metadata get, realm list,
    zone list, gc list, usage show`,
    mutating: `user create, user modify, user suspend, user enable, key create, caps add, quota set,
    quota enable, bucket link, bucket unlink, bucket reshard, zone modify, zonegroup modify,
    period update, gc process`,
    destructive: `user rm, bucket rm, key rm, object rm, zone delete, zonegroup delete, usage trim,
    caps rm`
};
const CEPH_VOLUME = {
    readOnly: `lvm list, inventory, raw list, simple scan`,
    mutating: `lvm create, lvm prepare, lvm activate, lvm deactivate, lvm batch, raw prepare,
    raw activate, simple activate`,
    destructive: `lvm zap, zap`
};
/** Classifies a tool whose verb may be one or two words. */
function twoWord(tool, args, spec) {
    const words = (0,argv/* positionals */.g9)(args, CEPH_VALUE_FLAGS);
    const two = classifyVerb(tool, words.slice(0, 2).join(' '), spec);
    return two.level !== 'unknown' ? two : classifyVerb(tool, words[0], spec);
}
const classifyRbd = (tool, args) => twoWord(tool, args, RBD);
const classifyRados = (tool, args) => twoWord(tool, args, RADOS);
const classifyRgwAdmin = (tool, args) => twoWord(tool, args, RGW_ADMIN);
const classifyCephVolume = (tool, args) => twoWord(tool, args, CEPH_VOLUME);
/** monmaptool: --print reads a monmap file; --rm/--add/--create rewrite it. */
const classifyMonmaptool = (tool, args) => (0,argv/* hasFlag */.Lt)(args, '--rm', '--add', '--addv', '--create', '--clobber', '--set-min-mon-release', '--fsid')
    ? (0,types/* classified */.Ye)('mutating', tool, 'monmaptool.edit', 'monmaptool rewrites the monmap file')
    : (0,types/* classified */.Ye)('read-only', tool, 'monmaptool.print', 'monmaptool --print only reads the monmap file');
/** ceph-mon run by hand: --inject-monmap overwrites the monitor's store. */
const classifyCephMon = (tool, args) => {
    if ((0,argv/* hasFlag */.Lt)(args, '--inject-monmap', '--mkfs')) {
        return (0,types/* classified */.Ye)('destructive', tool, 'ceph-mon.inject', 'ceph-mon --inject-monmap/--mkfs overwrites the monitor store');
    }
    if ((0,argv/* hasFlag */.Lt)(args, '--extract-monmap')) {
        return (0,types/* classified */.Ye)('read-only', tool, 'ceph-mon.extract', 'ceph-mon --extract-monmap copies the monmap out of the store');
    }
    return (0,types/* classified */.Ye)('unknown', tool, 'ceph-mon.daemon', 'ceph-mon without --extract-monmap starts or changes a monitor');
};
/** ceph-objectstore-tool: the --op decides. */
const classifyObjectstoreTool = (tool, args) => {
    const op = args[args.indexOf('--op') + 1];
    if (op === undefined || !args.includes('--op'))
        return (0,types/* classified */.Ye)('unknown', tool, `${tool}.no-op`, `${tool} without --op`);
    if (/^(list|info|log|dump|list-pgs|list-lost|meta-list|get-osdmap|get-inc-osdmap|fuse|export)$/.test(op))
        return (0,types/* classified */.Ye)('read-only', tool, `${tool}.read`, `${tool} --op ${op} only reads the store`);
    if (/^(remove|export-remove|mark-complete|fix-lost|trim-pg-log|remove-pgs)$/.test(op))
        return (0,types/* classified */.Ye)('destructive', tool, `${tool}.remove`, `${tool} --op ${op} removes data from the OSD store`);
    return (0,types/* classified */.Ye)('mutating', tool, `${tool}.write`, `${tool} --op ${op} changes the OSD store`);
};
/** `kubectl rook-ceph ...`: the Rook plugin passes `ceph`/`rbd` through and has its own verbs. */
function classifyRookPlugin(tool, args, classify) {
    const words = (0,argv/* positionals */.g9)(args, CEPH_VALUE_FLAGS);
    const first = words[0];
    if (first === 'ceph' || first === 'rbd' || first === 'radosgw-admin') {
        const c = classify(args.slice(args.indexOf(first)));
        return (0,types/* classified */.Ye)(c.level, tool, `${tool}.rook-ceph-${first}`, `kubectl rook-ceph ${first}: ${c.reason}`);
    }
    const pair = words.slice(0, 2).join(' ');
    if (/^(health|operator status|mons status|debug status|rook status|rook version|ceph status)$/.test(pair) ||
        first === 'health')
        return (0,types/* classified */.Ye)('read-only', tool, `${tool}.rook-ceph-read`, `kubectl rook-ceph ${pair} only reads`);
    if (/^(mons restore-quorum|rook purge-osd|destroy-cluster|rook destroy-cluster|mons remove)$/.test(pair) ||
        first === 'destroy-cluster')
        return (0,types/* classified */.Ye)('destructive', tool, `${tool}.rook-ceph-${words[1] ?? first}`, `kubectl rook-ceph ${pair} removes mons, OSDs or the cluster`);
    if (/^(operator restart|operator set|debug start|debug stop|maintenance start|maintenance stop)$/.test(pair))
        return (0,types/* classified */.Ye)('mutating', tool, `${tool}.rook-ceph-write`, `kubectl rook-ceph ${pair} changes the cluster`);
    return (0,types/* classified */.Ye)('unknown', tool, `${tool}.rook-ceph-unknown`, `kubectl rook-ceph ${pair} is not a subcommand the classifier knows`);
}

;// CONCATENATED MODULE: ./src/runbook/safety/tools/kube.ts
// kubectl and oc (same verbs; oc adds `adm` and OpenShift verbs), with the rules that depend on
// more than the verb: dry runs, scale to zero, NoExecute taints, finalizer patches, exec.




/** Flags of kubectl/oc that take a value (so the value is not mistaken for the verb). */
const KUBE_VALUE_FLAGS = new Set(list(`-n, --namespace, --context, --cluster, --kubeconfig, --user, -s, --server, --token, --as,
  --as-group, --request-timeout, -l, --selector, -o, --output, -c, --container, -f,
  --filename, --field-selector, --sort-by, --template, --type, -p, --patch, --image,
  --replicas, --grace-period, --timeout, --tail, --since, --to`));
const KUBE_VERBS = {
    readOnly: `get, describe, logs, top, explain, api-resources, api-versions, version, cluster-info,
    diff, wait, events, kustomize, port-forward, proxy, whoami, status, projects, extract,
    observe, completion, plugin`,
    mutating: `apply, create, patch, edit, label, annotate, set, autoscale, expose, run, cordon,
    uncordon, cp, replace, certificate, login, logout, new-app, new-project, new-build,
    start-build, cancel-build, import-image, tag, process, rsync, image, registry`,
    destructive: `delete, drain`,
    reasons: {
        delete: 'delete removes resources; their pods and data may not come back',
        drain: 'drain evicts every pod from the node',
        'port-forward': 'port-forward only forwards a port (it runs until stopped)',
        edit: 'edit opens an editor and changes the resource'
    }
};
const ROLLOUT = {
    readOnly: `status, history`,
    mutating: `restart, undo, pause, resume, retry, latest, cancel`
};
const CONFIG = {
    readOnly: `view, get-contexts, current-context, get-clusters, get-users`,
    mutating: `use-context, use, set, set-context, set-cluster, set-credentials, unset, delete-context,
    delete-cluster, delete-user, rename-context`
};
const AUTH = { readOnly: `can-i, whoami`, mutating: 'reconcile' };
const ADM = {
    readOnly: `top, node-logs, inspect, release, verify-image-signature, completion`,
    mutating: `cordon, uncordon, policy, groups, certificate, must-gather, new-project, pod-network,
    create-bootstrap-project-template, ca, catalog, ocp-certificates`,
    destructive: `drain, prune`,
    reasons: { drain: 'adm drain evicts every pod from the node', prune: 'adm prune deletes objects' }
};
/** Classifies kubectl and oc. */
const classifyKube = (tool, args, classify) => {
    const words = (0,argv/* positionals */.g9)(args, KUBE_VALUE_FLAGS);
    const verb = words[0];
    const base = special(tool, verb, words, args, classify);
    if (base.level !== 'read-only' && base.level !== 'unknown' && isDryRun(args)) {
        return (0,types/* classified */.Ye)('read-only', tool, `${tool}.dry-run`, `${tool} ${verb ?? ''} --dry-run changes nothing`);
    }
    return base;
};
function isDryRun(args) {
    const v = (0,argv/* flagValue */.y6)(args, '--dry-run');
    return args.includes('--dry-run') || (v !== undefined && v !== 'none');
}
function special(tool, verb, words, args, classify) {
    switch (verb) {
        case 'rollout':
            return classifyVerb(tool, words[1], ROLLOUT, `${tool} rollout`);
        case 'config':
            return classifyVerb(tool, words[1], CONFIG, `${tool} config`);
        case 'auth':
            return classifyVerb(tool, words[1], AUTH, `${tool} auth`);
        case 'adm':
            return admin(tool, words, args);
        case 'scale':
            return scale(tool, args);
        case 'taint':
            return kube_taint(tool, words);
        case 'patch':
            return patch(tool, args);
        case 'exec':
        case 'rsh':
        case 'debug':
        case 'attach':
            return inContainer(tool, verb, words, args, classify);
        case 'project':
            return words.length > 1
                ? (0,types/* classified */.Ye)('mutating', tool, `${tool}.project`, `${tool} project NAME switches the current project`)
                : (0,types/* classified */.Ye)('read-only', tool, `${tool}.project`, `${tool} project shows the current project`);
        case 'rook-ceph':
            return classifyRookPlugin(tool, args.slice(args.indexOf('rook-ceph') + 1), classify);
        case 'apply':
            return (0,argv/* hasFlag */.Lt)(args, '--prune')
                ? (0,types/* classified */.Ye)('destructive', tool, `${tool}.apply-prune`, 'apply --prune deletes resources missing from the manifests')
                : classifyVerb(tool, verb, KUBE_VERBS);
        case 'replace':
            return (0,argv/* hasFlag */.Lt)(args, '--force')
                ? (0,types/* classified */.Ye)('destructive', tool, `${tool}.replace-force`, 'replace --force deletes and re-creates the resource')
                : classifyVerb(tool, verb, KUBE_VERBS);
        default:
            return classifyVerb(tool, verb, KUBE_VERBS);
    }
}
function admin(tool, words, args) {
    const sub = words[1];
    if (sub === 'taint')
        return kube_taint(tool, words.slice(1));
    if (sub === 'upgrade') {
        return (0,argv/* hasFlag */.Lt)(args, '--to', '--to-latest', '--to-image', '--clear')
            ? (0,types/* classified */.Ye)('mutating', tool, `${tool}.adm-upgrade`, 'adm upgrade --to starts a cluster upgrade')
            : (0,types/* classified */.Ye)('read-only', tool, `${tool}.adm-upgrade`, 'adm upgrade without --to shows the upgrade status');
    }
    return classifyVerb(tool, sub, ADM, `${tool} adm`);
}
function scale(tool, args) {
    const replicas = (0,argv/* flagValue */.y6)(args, '--replicas');
    if (replicas === '0') {
        return (0,types/* classified */.Ye)('destructive', tool, `${tool}.scale-to-zero`, 'scale --replicas=0 stops every pod of the workload');
    }
    return (0,types/* classified */.Ye)('mutating', tool, `${tool}.scale`, 'scale changes the number of replicas');
}
function kube_taint(tool, words) {
    const specs = words
        .slice(1)
        .filter((w) => /:(NoExecute|NoSchedule|PreferNoSchedule)-?$/.test(w) || w.endsWith('-'));
    if (specs.some((w) => /:NoExecute$/.test(w))) {
        return (0,types/* classified */.Ye)('destructive', tool, `${tool}.taint-noexecute`, 'a NoExecute taint evicts every pod that does not tolerate it');
    }
    return (0,types/* classified */.Ye)('mutating', tool, `${tool}.taint`, 'taint changes where pods may be scheduled');
}
function patch(tool, args) {
    const body = (0,argv/* flagValue */.y6)(args, '-p', '--patch') ?? '';
    if (/finalizers/.test(body)) {
        return (0,types/* classified */.Ye)('destructive', tool, `${tool}.patch-finalizers`, 'removing finalizers lets the API delete the object at once, skipping its cleanup');
    }
    if (/"?replicas"?\s*:\s*0\b/.test(body)) {
        return (0,types/* classified */.Ye)('destructive', tool, `${tool}.scale-to-zero`, 'patching replicas to 0 stops every pod of the workload');
    }
    return (0,types/* classified */.Ye)('mutating', tool, `${tool}.patch`, 'patch changes the resource');
}
function inContainer(tool, verb, words, args, classify) {
    let inner = (0,argv/* afterDoubleDash */.gB)(args);
    // `oc rsh POD CMD...` takes the command without `--`.
    if (inner === undefined && verb === 'rsh' && words.length > 2) {
        const at = args.indexOf(words[1], args.indexOf('rsh') + 1);
        inner = args.slice(at + 1);
    }
    if (verb === 'attach' || inner === undefined || inner.length === 0) {
        return (0,types/* classified */.Ye)('unknown', tool, `${tool}.${verb}-shell`, `${tool} ${verb} opens an interactive session in which anything can run`);
    }
    const c = classify(inner);
    const floor = verb === 'debug' ? 'mutating' : 'read-only';
    const level = c.level === 'read-only' ? floor : c.level;
    return (0,types/* classified */.Ye)(level, tool, `${tool}.${verb}`, `${tool} ${verb} runs '${inner.join(' ')}' in a container: ${c.reason}`);
}

;// CONCATENATED MODULE: ./src/runbook/safety/tools/plain.ts
// Everyday tools whose effect hardly depends on arguments: readers, local file writers, and the
// few readers with a writing flag (find -delete, sed -i, tar x, hostname NAME, dmesg -c).




/** Tools that only read, whatever their arguments. */
const READ_ONLY_TOOLS = new Set(list(`ls, cat, head, tail, less, more, grep, egrep, fgrep, zgrep, rg, ag, df, du, ps, top, htop,
  atop, uname, uptime, free, whoami, id, groups, pwd, echo, printf, wc, sort, uniq, cut, tr,
  jq, stat, file, which, whereis, type, lsblk, blkid, lsof, netstat, ss, ping, ping6,
  traceroute, tracepath, mtr, dig, nslookup, host, base64, sha256sum, sha1sum, md5sum, cksum,
  diff, cmp, tree, vmstat, iostat, mpstat, pidstat, sar, nproc, lscpu, lsmod, lspci, lsusb,
  lshw, dmidecode, getent, last, lastlog, w, who, zcat, xxd, hexdump, od, strings, column,
  nl, fold, rev, tac, paste, join, comm, expand, seq, basename, dirname, realpath, readlink,
  test, [, true, false, sleep, nvidia-smi, iotop, iftop, nload, pgrep, pidof, pstree,
  printenv, locale, tty, arch, getconf, ldd, nm, objdump, readelf, findmnt, lsns, ipcs,
  showmount, ethtool, arp, route, resolvectl, yes, cal, factor, numfmt, jp, gron, promtool,
  amtool`));
/** Tools that write local files or settings but delete nothing. */
const LOCAL_WRITE_TOOLS = new Set(list(`touch, mkdir, cp, mv, ln, chmod, chown, chgrp, tee, rmdir, install, rsync, scp, zip, unzip,
  gzip, gunzip, xz, bzip2, patch, export, alias, cd, set, unset, ssh-keygen, htpasswd,
  setfacl, chattr, usermod, useradd, groupadd, passwd, crontab, update-ca-certificates, apt,
  apt-get, yum, dnf, zypper, apk, pip, pip3, brew, snap, modprobe, insmod, swapon, swapoff,
  losetup, exportfs, vi, vim, nano, emacs, ed`));
/** Classifies the tools of the two sets above. */
const classifyPlain = (tool) => READ_ONLY_TOOLS.has(tool)
    ? (0,types/* classified */.Ye)('read-only', tool, 'read-only-tool', `${tool} only reads`)
    : (0,types/* classified */.Ye)('mutating', tool, 'local-write-tool', `${tool} changes local files or settings`);
/** find: -delete is destructive; -exec/-ok take the level of the command they run. */
const classifyFind = (tool, args, classify) => {
    if (args.includes('-delete'))
        return (0,types/* classified */.Ye)('destructive', tool, 'find.delete', 'find -delete deletes every match');
    const u = (0,wrapped/* unwrapOnce */.PS)(tool, args);
    const commands = 'inner' in u ? u.inner : [];
    if (commands.some((c) => c[0]?.includes('{}') === true))
        return (0,types/* classified */.Ye)('unknown', tool, 'find.exec', 'find -exec runs a command named by the match');
    const inner = (0,types/* worst */.QZ)(commands.map((c) => classify(c)));
    if (inner !== undefined) {
        return (0,types/* classified */.Ye)(inner.level, inner.tool, inner.rule, `find -exec runs it on every match: ${inner.reason}`);
    }
    return (0,types/* classified */.Ye)('read-only', tool, 'find.read', 'find only lists files');
};
/** tar: t lists, x/c/r/u write. */
const classifyTar = (tool, args) => {
    const mode = (args[0] ?? '').replace(/^-/, '');
    return /^[a-z]*t/.test(mode) || (0,argv/* hasFlag */.Lt)(args, '--list')
        ? (0,types/* classified */.Ye)('read-only', tool, 'tar.list', 'tar t only lists the archive')
        : (0,types/* classified */.Ye)('mutating', tool, 'tar.write', 'tar writes an archive or extracts files');
};
/** openssl: inspecting certificates is read-only; generating keys and requests writes files. */
const classifyOpenssl = (tool, args) => {
    const verb = args[0] ?? '';
    if (/^(x509|s_client|verify|version|crl|asn1parse|ciphers|dgst|sess_id|rsa|ec|pkey|pkcs12|pkcs7|req|storeutl|base64|enc|list)$/.test(verb) &&
        !(0,argv/* hasFlag */.Lt)(args, '-new', '-newkey', '-signkey', '-out', '-x509toreq'))
        return (0,types/* classified */.Ye)('read-only', tool, 'openssl.read', `openssl ${verb} only reads or prints`);
    return (0,types/* classified */.Ye)('mutating', tool, 'openssl.write', `openssl ${verb} writes keys, requests or files`);
};
/** hostname and dmesg read unless told to set or clear. */
const classifyHostTool = (tool, args) => {
    if (tool === 'dmesg') {
        return (0,argv/* hasFlag */.Lt)(args, '-c', '-C', '--clear', '--read-clear', '-n', '--console-level', '-D', '-E')
            ? (0,types/* classified */.Ye)('mutating', tool, 'dmesg.clear', 'dmesg -c/-C clears the kernel ring buffer')
            : (0,types/* classified */.Ye)('read-only', tool, 'dmesg.read', 'dmesg only reads the kernel log');
    }
    const words = (0,argv/* positionals */.g9)(args, new Set(['-F', '--file']));
    return words.length > 0 || (0,argv/* hasFlag */.Lt)(args, '-F', '--file', '-b', '--boot')
        ? (0,types/* classified */.Ye)('mutating', tool, `${tool}.set`, `${tool} NAME changes a system setting`)
        : (0,types/* classified */.Ye)('read-only', tool, `${tool}.read`, `${tool} only prints`);
};
/** timedatectl, hostnamectl, localectl: status is read-only, set-* changes the system. */
const classifyCtl = (tool, args) => {
    const verb = (0,argv/* positionals */.g9)(args, new Set(['-H', '--host']))[0] ?? 'status';
    return /^(status|show|list-.*|timesync-status)$/.test(verb)
        ? (0,types/* classified */.Ye)('read-only', tool, `${tool}.status`, `${tool} ${verb} only reads`)
        : (0,types/* classified */.Ye)('mutating', tool, `${tool}.set`, `${tool} ${verb} changes a system setting`);
};

;// CONCATENATED MODULE: ./src/runbook/safety/tools/kafka.ts
// Kafka's admin scripts (kafka-topics, kafka-consumer-groups, kafka-configs, with or without .sh):
// the action is a flag (`--list`, `--describe`, `--create`, `--alter`, `--delete`), not a word.


/** Classifies kafka-topics, kafka-consumer-groups and kafka-configs (`.sh` or not). */
const classifyKafka = (tool, args) => {
    const name = tool.replace(/\.sh$/, '');
    const c = (level, rule, reason) => (0,types/* classified */.Ye)(level, tool, `${name}.${rule}`, `${name} ${reason}`);
    if ((0,argv/* hasFlag */.Lt)(args, '--delete'))
        return c('destructive', 'delete', name === 'kafka-topics'
            ? '--delete deletes the topic and every message in it'
            : '--delete deletes the consumer group and its committed offsets');
    if ((0,argv/* hasFlag */.Lt)(args, '--delete-offsets'))
        return c('destructive', 'delete-offsets', '--delete-offsets deletes committed offsets');
    if ((0,argv/* hasFlag */.Lt)(args, '--reset-offsets'))
        return (0,argv/* hasFlag */.Lt)(args, '--execute')
            ? c('mutating', 'reset-offsets', '--reset-offsets --execute moves the committed offsets')
            : c('read-only', 'reset-offsets-dry-run', '--reset-offsets without --execute only prints the new offsets (a dry run)');
    if ((0,argv/* hasFlag */.Lt)(args, '--create', '--alter'))
        return (0,argv/* hasFlag */.Lt)(args, '--create')
            ? c('mutating', 'create', '--create creates a topic')
            : c('mutating', 'alter', '--alter changes partitions or settings');
    if ((0,argv/* hasFlag */.Lt)(args, '--list', '--describe', '--version', '--help'))
        return c('read-only', 'describe', '--list/--describe only reads');
    return c('unknown', 'unknown-action', 'without an action the classifier knows');
};

;// CONCATENATED MODULE: ./src/runbook/safety/tools/network.ts
// Certificates and connections: certbot (Let's Encrypt) and nc/ncat/netcat.



const CERTBOT_VALUE_FLAGS = new Set(`-d --domain --domains --cert-name -m --email -w --webroot-path --config-dir --work-dir
  --logs-dir -c --config --server --cert-path --key-path --reason --preferred-challenges -a
  --authenticator -i --installer --key-type --rsa-key-size --elliptic-curve --csr
  --fullchain-path --chain-path --eab-kid --eab-hmac-key --user-agent`.split(/\s+/));
const CERTBOT = {
    readOnly: 'certificates, plugins, show_account, config_changes, --version, -h, --help, help',
    mutating: 'renew, certonly, run, install, enhance, register, update_account, reconfigure, rollback',
    destructive: 'revoke, delete, unregister',
    reasons: {
        revoke: 'certbot revoke revokes the certificate: every server using it stops being trusted',
        delete: 'certbot delete deletes the certificate, its key and its renewal configuration',
        unregister: 'certbot unregister deactivates the ACME account for good'
    }
};
/** certbot: certificates reads; renew/certonly write; revoke/delete destroy; hooks run shell. */
const classifyCertbot = (tool, args) => {
    const hook = args.find((a) => /^--[a-z-]*-hook(=|$)/.test(a));
    if (hook !== undefined)
        return (0,types/* classified */.Ye)('unknown', tool, 'certbot.hook', `certbot runs the ${hook.replace(/=.*/, '')} command through a shell`);
    const verb = args[0] === '--version' || args[0] === '--help'
        ? args[0]
        : ((0,argv/* positionals */.g9)(args, CERTBOT_VALUE_FLAGS)[0] ?? 'run');
    const c = classifyVerb(tool, verb, CERTBOT);
    if ((0,argv/* hasFlag */.Lt)(args, '--dry-run') && (verb === 'renew' || verb === 'certonly'))
        return (0,types/* classified */.Ye)('read-only', tool, 'certbot.dry-run', `certbot ${verb} --dry-run uses the staging server and saves nothing`);
    return c;
};
/** nc/ncat/netcat: `-z` only checks that a port is open; anything else sends or listens. */
const classifyNetcat = (tool, args) => {
    if ((0,argv/* hasFlag */.Lt)(args, '-e', '-c', '--exec', '--sh-exec', '--lua-exec'))
        return (0,types/* classified */.Ye)('unknown', tool, `nc.exec`, `${tool} -e/-c runs a command for the connection`);
    if ((0,argv/* hasFlag */.Lt)(args, '-l', '--listen'))
        return (0,types/* classified */.Ye)('unknown', tool, 'nc.listen', `${tool} -l listens until stopped`);
    if ((0,argv/* hasFlag */.Lt)(args, '-z'))
        return (0,types/* classified */.Ye)('read-only', tool, 'nc.port-check', `${tool} -z only checks that a port is open`);
    return (0,types/* classified */.Ye)('unknown', tool, 'nc.connection', `${tool} without -z opens a connection and sends whatever its input holds`);
};

;// CONCATENATED MODULE: ./src/runbook/safety/tools/redis.ts


// Options that take a value (redis-cli --help, Redis 7).
const VALUE_OPTIONS = new Set(`-h -p -s -a -u -r -i -n -d -D -t --user --pass --pattern --quoted-pattern --count
  --memkeys-samples --cacert --cacertdir --cert --key --tls-ciphers --tls-ciphersuites --sni
  --pipe-timeout --rdb --functions-rdb --intrinsic-latency`.split(/\s+/));
// Modes that only read the server (a scan, sampling, latency probes, a dump copied to a local file).
const READ_MODES = new Set(`--scan --bigkeys --memkeys --hotkeys --keystats --latency --latency-history --latency-dist
  --stat --intrinsic-latency --rdb --functions-rdb --replica --slave`.split(/\s+/));
// Commands are case-insensitive; the table is lower-case. Two-word entries are container commands
// (`config get`); `replicaof no one` is three words.
const REDIS = {
    readOnly: `ping, echo, info, get, mget, exists, type, ttl, pttl, expiretime, pexpiretime, strlen,
    getrange, substr, scan, sscan, hscan, zscan, keys, randomkey, dbsize, time, lastsave, role,
    hget, hmget, hgetall, hkeys, hvals, hlen, hexists, hstrlen, hrandfield, lrange, llen, lindex,
    lpos, smembers, scard, sismember, smismember, srandmember, sinter, sunion, sdiff, zrange,
    zrangebyscore, zrangebylex, zrevrange, zrevrangebyscore, zrevrangebylex, zcard, zscore,
    zmscore, zrank, zrevrank, zcount, zlexcount, xlen, xrange, xrevrange, xpending, pfcount,
    bitcount, bitpos, getbit, dump, lolwut, monitor, subscribe, psubscribe, ssubscribe,
    config get, client list, client info, client getname, client id, memory usage, memory stats,
    memory doctor, memory malloc-stats, slowlog get, slowlog len, latency latest,
    latency history, latency doctor, latency graph, cluster info, cluster nodes, cluster slots,
    cluster shards, cluster myid, cluster keyslot, cluster countkeysinslot, cluster getkeysinslot,
    object encoding, object freq, object idletime, object refcount, xinfo stream, xinfo groups,
    xinfo consumers, command count, command docs, command info, command list, pubsub channels,
    pubsub numsub, pubsub numpat, acl list, acl users, acl whoami, acl getuser, acl cat, acl log,
    module list, function list, function dump, script exists, sentinel masters, sentinel master,
    sentinel replicas, sentinel slaves, sentinel sentinels, sentinel get-master-addr-by-name,
    sentinel ckquorum, sentinel info-cache`,
    mutating: `set, setex, psetex, setnx, mset, msetnx, append, setrange, setbit, incr, incrby,
    incrbyfloat, decr, decrby, getset, getex, expire, pexpire, expireat, pexpireat, persist,
    rename, renamenx, copy, move, restore, hset, hmset, hsetnx, hincrby, hincrbyfloat, lpush,
    rpush, lpushx, rpushx, linsert, lset, lmove, rpoplpush, sadd, smove, zadd, zincrby, xadd,
    xgroup create, xack, pfadd, publish, config set, config resetstat, config rewrite,
    client setname, client pause, client unpause, client no-evict, client reply, slowlog reset,
    latency reset, memory purge, bgsave, save, bgrewriteaof, replicaof no one, slaveof no one,
    failover, cluster failover, cluster meet, cluster addslots, cluster setslot, script load,
    acl setuser, acl save, acl load, module load, function load, sentinel set, sentinel monitor,
    sentinel failover`,
    destructive: `flushall, flushdb, del, unlink, getdel, hdel, lpop, rpop, blpop, brpop, lmpop, lrem,
    ltrim, srem, spop, zrem, zremrangebyscore, zremrangebyrank, zremrangebylex, zpopmin,
    zpopmax, bzpopmin, bzpopmax, xdel, xtrim, xgroup destroy, swapdb, migrate, shutdown, debug,
    client kill, replicaof, slaveof, cluster forget, cluster reset, cluster delslots,
    cluster flushslots, script flush, script kill, function flush, function delete,
    function kill, acl deluser, module unload, sentinel remove, sentinel reset`,
    reasons: {
        flushall: 'FLUSHALL deletes every key of every database',
        flushdb: 'FLUSHDB deletes every key of the database',
        del: 'DEL deletes keys',
        unlink: 'UNLINK deletes keys',
        shutdown: 'SHUTDOWN stops the server (and may lose writes since the last save)',
        debug: 'DEBUG can crash, block or reload the server',
        'client kill': 'CLIENT KILL ends client connections',
        replicaof: 'REPLICAOF makes the server a replica: it discards its own data and copies the primary',
        slaveof: 'SLAVEOF makes the server a replica: it discards its own data and copies the primary',
        keys: 'KEYS only reads (but blocks the server while it walks the whole keyspace)',
        'config rewrite': 'CONFIG REWRITE rewrites redis.conf with the running settings (a CONFIG SET undoes it)'
    }
};
const CLUSTER_MODE = {
    readOnly: 'check, info, help, backup',
    mutating: 'create, add-node, reshard, rebalance, set-timeout, import, fix',
    destructive: 'del-node'
};
/** Classifies redis-cli by its mode flag or its Redis command. */
const classifyRedisCli = (tool, args) => {
    const modes = [];
    let i = 0;
    for (; i < args.length; i++) {
        const a = args[i];
        if (!a.startsWith('-') || a === '-')
            break;
        const name = a.replace(/=.*/, '');
        if (name === '--pipe' || name === '--eval')
            return (0,types/* classified */.Ye)('unknown', tool, `${tool}.script`, `${tool} ${name} runs commands or a script the classifier cannot see`);
        if (name === '--cluster')
            return clusterMode(tool, args.slice(i + 1));
        if (READ_MODES.has(name))
            modes.push(name);
        if (VALUE_OPTIONS.has(a))
            i++;
    }
    const words = args.slice(i).map((w) => w.toLowerCase());
    if (words.length === 0) {
        if (modes.length > 0)
            return (0,types/* classified */.Ye)('read-only', tool, `${tool}.mode`, `${tool} ${modes.join(' ')} only reads`);
        return (0,types/* classified */.Ye)('unknown', tool, `${tool}.session`, `${tool} without a command opens an interactive session`);
    }
    return redisCommand(tool, words);
};
/** The longest known command of up to three words (`get`, `config get`, `replicaof no one`). */
function redisCommand(tool, words) {
    for (let n = Math.min(3, words.length); n >= 1; n--) {
        const c = classifyVerb(tool, words.slice(0, n).join(' '), REDIS, tool);
        if (c.level !== 'unknown')
            return c;
    }
    return classifyVerb(tool, words[0], REDIS, tool);
}
/** `redis-cli --cluster SUBCOMMAND`; `call host:port CMD...` runs CMD on every node. */
function clusterMode(tool, rest) {
    const sub = rest[0];
    if (sub === 'call') {
        const cmd = rest.slice(2).filter((w) => !w.startsWith('--'));
        if (cmd.length === 0)
            return (0,types/* classified */.Ye)('unknown', tool, `${tool}.cluster-call`, '--cluster call without a command');
        const c = redisCommand(tool, cmd.map((w) => w.toLowerCase()));
        return (0,types/* classified */.Ye)(c.level, tool, c.rule, `${c.reason}, on every node of the cluster`);
    }
    return classifyVerb(tool, sub, CLUSTER_MODE, `${tool} --cluster`);
}

// EXTERNAL MODULE: ./src/runbook/safety/tools/sql.ts
var sql = __webpack_require__(4959);
;// CONCATENATED MODULE: ./src/runbook/safety/tools/system.ts
// Host administration: services, logs, files and disks, processes, power, firewall, mounts.



const SYSTEMCTL = {
    readOnly: `status, show, list-units, list-unit-files, list-sockets, list-timers, list-jobs,
    list-dependencies, list-machines, is-active, is-enabled, is-failed, is-system-running,
    cat, get-default, show-environment, help`,
    mutating: `start, restart, reload, try-restart, reload-or-restart, try-reload-or-restart, enable,
    disable, reenable, daemon-reload, daemon-reexec, reset-failed, mask, unmask,
    set-property, edit, set-default, preset, stop, link, revert, set-environment,
    unset-environment`,
    destructive: `kill, isolate, poweroff, reboot, halt, kexec, rescue, emergency, suspend, hibernate,
    soft-reboot, clean`,
    reasons: {
        stop: 'systemctl stop stops the service until it is started again',
        reboot: 'systemctl reboot restarts the host'
    }
};
/** Classifies systemctl. */
const classifySystemctl = (tool, args) => {
    const words = (0,argv/* positionals */.g9)(args, new Set([
        '-H',
        '--host',
        '-M',
        '--machine',
        '-p',
        '--property',
        '-t',
        '--type',
        '--state',
        '-s',
        '--signal',
        '-n',
        '--lines',
        '-o',
        '--output'
    ]));
    return classifyVerb(tool, words[0] ?? 'list-units', SYSTEMCTL);
};
/** journalctl reads logs; --vacuum-* deletes them. */
const classifyJournalctl = (tool, args) => {
    if ((0,argv/* hasFlag */.Lt)(args, '--vacuum-size', '--vacuum-time', '--vacuum-files'))
        return (0,types/* classified */.Ye)('destructive', tool, 'journalctl.vacuum', 'journalctl --vacuum-* deletes archived logs');
    if ((0,argv/* hasFlag */.Lt)(args, '--rotate', '--flush', '--sync', '--relinquish-var', '--setup-keys'))
        return (0,types/* classified */.Ye)('mutating', tool, 'journalctl.maintenance', 'journalctl --rotate/--flush changes the journal files');
    return (0,types/* classified */.Ye)('read-only', tool, 'journalctl.read', 'journalctl only reads logs');
};
/** rm: every rm deletes; recursive or forced deletion is called out. */
const classifyRm = (tool, args) => (0,argv/* hasFlag */.Lt)(args, '-r', '-R', '--recursive')
    ? (0,types/* classified */.Ye)('destructive', tool, 'rm.recursive', 'rm -r deletes a whole directory tree')
    : (0,types/* classified */.Ye)('destructive', tool, 'rm.file', 'rm deletes files; they cannot be recovered');
/** dd writes its output file; without of= it only copies to stdout. */
const classifyDd = (tool, args) => args.some((a) => a.startsWith('of='))
    ? (0,types/* classified */.Ye)('destructive', tool, 'dd.of', 'dd of= overwrites the output file or device')
    : (0,types/* classified */.Ye)('read-only', tool, 'dd.stdout', 'dd without of= only copies to standard output');
/** Tools that wipe or cut data whatever their arguments. */
const classifyWipe = (tool) => {
    const what = {
        shred: 'shred overwrites files so they cannot be recovered',
        truncate: 'truncate cuts files to a size, dropping their content',
        wipefs: 'wipefs erases filesystem signatures from a device',
        blkdiscard: 'blkdiscard discards every block of a device'
    };
    const reason = tool.startsWith('mkfs') || tool.startsWith('mke2fs') || tool === 'mkswap'
        ? `${tool} creates a new filesystem, erasing the device`
        : (what[tool] ?? `${tool} erases data`);
    return (0,types/* classified */.Ye)('destructive', tool, `${tool.startsWith('mkfs') ? 'mkfs' : tool}.wipe`, reason);
};
/** Partition editors: listing is read-only, anything else rewrites the partition table. */
const classifyPartition = (tool, args) => (0,argv/* hasFlag */.Lt)(args, '-l', '--list', '-p', '--print') || args.includes('print')
    ? (0,types/* classified */.Ye)('read-only', tool, `${tool}.list`, `${tool} -l only lists partitions`)
    : (0,types/* classified */.Ye)('destructive', tool, `${tool}.edit`, `${tool} rewrites the partition table`);
/** kill, pkill, killall: signals stop processes; `kill -0` and `-l` only check. */
const classifyKill = (tool, args) => {
    if (tool === 'kill' && (args[0] === '-0' || args[0] === '-l' || args[0] === '-L'))
        return (0,types/* classified */.Ye)('read-only', tool, 'kill.check', `kill ${args[0]} sends no signal`);
    return (0,types/* classified */.Ye)('destructive', tool, `${tool}.signal`, `${tool} stops running processes`);
};
/** shutdown, reboot, halt, poweroff. */
const classifyPower = (tool, args) => tool === 'shutdown' && (0,argv/* hasFlag */.Lt)(args, '-c')
    ? (0,types/* classified */.Ye)('mutating', tool, 'shutdown.cancel', 'shutdown -c cancels a pending shutdown')
    : (0,types/* classified */.Ye)('destructive', tool, `${tool}.power`, `${tool} takes the host down`);
/** iptables/ip6tables (and -legacy/-nft variants): list vs change vs flush/delete. */
const classifyIptables = (tool, args) => {
    if (tool.includes('-save'))
        return (0,types/* classified */.Ye)('read-only', tool, 'iptables.save', `${tool} prints the rules`);
    if (tool.includes('-restore'))
        return (0,types/* classified */.Ye)('destructive', tool, 'iptables.restore', `${tool} replaces the whole rule set`);
    if ((0,argv/* hasFlag */.Lt)(args, '-F', '--flush', '-X', '--delete-chain', '-D', '--delete', '-Z', '--zero'))
        return (0,types/* classified */.Ye)('destructive', tool, 'iptables.delete', `${tool} -F/-X/-D removes firewall rules`);
    if ((0,argv/* hasFlag */.Lt)(args, '-A', '--append', '-I', '--insert', '-R', '--replace', '-N', '--new-chain', '-P', '--policy', '-E', '--rename-chain'))
        return (0,types/* classified */.Ye)('mutating', tool, 'iptables.change', `${tool} changes firewall rules`);
    if ((0,argv/* hasFlag */.Lt)(args, '-L', '--list', '-S', '--list-rules', '-C', '--check'))
        return (0,types/* classified */.Ye)('read-only', tool, 'iptables.list', `${tool} -L/-S only lists rules`);
    return (0,types/* classified */.Ye)('unknown', tool, 'iptables.unknown', `${tool} without a recognised command flag`);
};
/** nft: list is read-only; flush/delete are destructive; add/insert/replace mutate. */
const classifyNft = (tool, args) => {
    const verb = (0,argv/* positionals */.g9)(args, new Set(['-f', '--file']))[0];
    if (verb === 'list' || verb === '-l')
        return (0,types/* classified */.Ye)('read-only', tool, 'nft.list', 'nft list only lists rules');
    if (verb === 'flush' || verb === 'delete' || verb === 'destroy' || (0,argv/* hasFlag */.Lt)(args, '-f', '--file'))
        return (0,types/* classified */.Ye)('destructive', tool, 'nft.delete', 'nft flush/delete (or a rule file) removes firewall rules');
    if (verb === 'add' ||
        verb === 'insert' ||
        verb === 'replace' ||
        verb === 'create' ||
        verb === 'rename')
        return (0,types/* classified */.Ye)('mutating', tool, 'nft.change', 'nft changes firewall rules');
    return (0,types/* classified */.Ye)('unknown', tool, 'nft.unknown', `nft ${verb ?? ''} is not a command the classifier knows`);
};
/** mount lists without arguments; umount -f/-l forces. */
const classifyMount = (tool, args) => {
    if (tool === 'mount') {
        return args.length === 0 ||
            (args.length <= 2 &&
                (0,argv/* hasFlag */.Lt)(args, '-l', '-t') &&
                (0,argv/* positionals */.g9)(args, new Set(['-t'])).length === 0)
            ? (0,types/* classified */.Ye)('read-only', tool, 'mount.list', 'mount without a device only lists mounts')
            : (0,types/* classified */.Ye)('mutating', tool, 'mount.mount', 'mount attaches a filesystem');
    }
    return (0,argv/* hasFlag */.Lt)(args, '-f', '--force', '-l', '--lazy')
        ? (0,types/* classified */.Ye)('destructive', tool, 'umount.force', 'umount -f/-l detaches a filesystem that is in use')
        : (0,types/* classified */.Ye)('mutating', tool, 'umount.umount', 'umount detaches a filesystem');
};
/** sysctl: reading is read-only; -w or key=value writes a kernel setting. */
const classifySysctl = (tool, args) => (0,argv/* hasFlag */.Lt)(args, '-w', '--write', '-p', '--load', '--system') ||
    args.some((a) => /^[a-z][\w.]*=/.test(a))
    ? (0,types/* classified */.Ye)('mutating', tool, 'sysctl.write', 'sysctl -w changes a kernel setting')
    : (0,types/* classified */.Ye)('read-only', tool, 'sysctl.read', 'sysctl only reads kernel settings');
/** ip (iproute2): show/list are read-only; flush/del are destructive; add/set mutate. */
const classifyIp = (tool, args) => {
    const words = (0,argv/* positionals */.g9)(args, new Set(['-n', '-netns', '-f', '-family']));
    const action = words[1];
    if (action === undefined || /^(show|list|ls|get|lst|sh|s|l|monitor)$/.test(action))
        return (0,types/* classified */.Ye)('read-only', tool, 'ip.show', 'ip ... show only reads network settings');
    if (/^(flush|del|delete)$/.test(action))
        return (0,types/* classified */.Ye)('destructive', tool, 'ip.delete', `ip ${words[0] ?? ''} ${action} removes network configuration`);
    return (0,types/* classified */.Ye)('mutating', tool, 'ip.change', `ip ${words[0] ?? ''} ${action} changes network configuration`);
};
/** `systemd-run`, `service NAME ACTION`: the action decides. */
const classifyService = (tool, args) => {
    const action = (0,argv/* positionals */.g9)(args, new Set())[1];
    if (action === 'status')
        return (0,types/* classified */.Ye)('read-only', tool, 'service.status', 'service NAME status only reads');
    if (action === undefined)
        return (0,types/* classified */.Ye)('unknown', tool, 'service.unknown', 'service without an action');
    return (0,types/* classified */.Ye)('mutating', tool, 'service.action', `service NAME ${action} changes the service`);
};
/** A value an option must have for a read-only use, e.g. `date` without `-s`. */
const classifyDate = (tool, args) => (0,argv/* flagValue */.y6)(args, '-s', '--set') !== undefined
    ? (0,types/* classified */.Ye)('mutating', tool, 'date.set', 'date -s sets the system clock')
    : (0,types/* classified */.Ye)('read-only', tool, 'date.read', 'date prints the time');

;// CONCATENATED MODULE: ./src/runbook/safety/tools/admin.ts
// Host administration the other tables leave out: copies onto devices and system files, recursive
// permission changes, in-place edits without a backup, rsync --delete, crontab -r, users, ZFS and
// LVM. Each tool names what it cannot take back.



/** Files a copy must not land on without a person looking: devices and the system's own files. */
const HARMLESS_DEVICES = /^\/dev\/(null|zero|stdout|stderr|stdin|tty|fd\/\d+)$/;
const SYSTEM_PATH = /^\/(etc|boot|usr|bin|sbin|lib|lib32|lib64|libx32|proc|sys|var\/lib)(\/|$)/;
function systemTarget(path) {
    if (path.startsWith('/dev/'))
        return HARMLESS_DEVICES.test(path) ? undefined : 'device';
    return SYSTEM_PATH.test(path) ? 'system file' : undefined;
}
const TARGET_VALUE_FLAGS = {
    cp: new Set(['-t', '--target-directory', '-S', '--suffix']),
    mv: new Set(['-t', '--target-directory', '-S', '--suffix']),
    install: new Set([
        '-t',
        '--target-directory',
        '-m',
        '--mode',
        '-o',
        '--owner',
        '-g',
        '--group',
        '-S',
        '--suffix'
    ]),
    ln: new Set(['-t', '--target-directory', '-S', '--suffix']),
    tee: new Set(['--output-error'])
};
/** cp, mv, install, ln, tee: writing onto a device or a system file is destructive. */
const classifyCopy = (tool, args, classify) => {
    const words = (0,argv/* positionals */.g9)(args, TARGET_VALUE_FLAGS[tool] ?? new Set());
    const explicit = (0,argv/* flagValue */.y6)(args, '-t', '--target-directory');
    const targets = tool === 'tee' ? words : explicit !== undefined ? [explicit] : words.slice(-1);
    for (const t of targets) {
        const kind = systemTarget(t);
        if (kind !== undefined)
            return (0,types/* classified */.Ye)('destructive', tool, `${tool}.${kind === 'device' ? 'device' : 'system-file'}`, `${tool} overwrites the ${kind} ${t}`);
    }
    return classifyPlain(tool, args, classify);
};
/** chmod, chown, chgrp, setfacl: -R changes a whole tree, which no command simply puts back. */
const classifyPermissions = (tool, args, classify) => (0,argv/* hasFlag */.Lt)(args, '-R', '--recursive')
    ? (0,types/* classified */.Ye)('destructive', tool, `${tool}.recursive`, `${tool} -R changes every file below; the old modes and owners are lost`)
    : classifyPlain(tool, args, classify);
/** sed -i and yq -i rewrite the file; without a backup suffix the old content is gone. */
const classifyInPlace = (tool, args) => {
    const inPlace = args.find((a) => a === '-i' || a === '--in-place' || /^-i\S/.test(a) || a.startsWith('--in-place='));
    if (inPlace === undefined)
        return (0,types/* classified */.Ye)('read-only', tool, `${tool}.read`, `${tool} without -i only prints`);
    const backup = tool === 'sed' && inPlace !== '-i' && inPlace !== '--in-place';
    return backup
        ? (0,types/* classified */.Ye)('mutating', tool, `${tool}.in-place-backup`, `${tool} ${inPlace} edits the file in place and keeps a backup`)
        : (0,types/* classified */.Ye)('destructive', tool, `${tool}.in-place`, `${tool} -i rewrites the file in place, keeping no copy of what it was`);
};
/** rsync: --delete* and --remove-source-files delete files; -n is a dry run. */
const classifyRsync = (tool, args) => {
    if ((0,argv/* hasFlag */.Lt)(args, '-n', '--dry-run'))
        return (0,types/* classified */.Ye)('read-only', tool, 'rsync.dry-run', 'rsync -n only lists what it would do');
    const del = args.find((a) => /^--(delete[\w-]*|del|remove-source-files)$/.test(a));
    return del === undefined
        ? (0,types/* classified */.Ye)('mutating', tool, 'rsync.copy', 'rsync copies and overwrites files')
        : (0,types/* classified */.Ye)('destructive', tool, 'rsync.delete', `rsync ${del} deletes files`);
};
/** crontab: -l lists, -r (and -ir) removes the whole table. */
const classifyCrontab = (tool, args, classify) => {
    if (args.some((a) => /^-[a-z]*r[a-z]*$/.test(a) && a !== '-u'))
        return (0,types/* classified */.Ye)('destructive', tool, 'crontab.remove', 'crontab -r deletes the whole crontab');
    if ((0,argv/* hasFlag */.Lt)(args, '-l'))
        return (0,types/* classified */.Ye)('read-only', tool, 'crontab.list', 'crontab -l only lists');
    return classifyPlain(tool, args, classify);
};
/** userdel and groupdel remove accounts (userdel -r their files too). */
const classifyAccountDelete = (tool, args) => tool === 'userdel' && (0,argv/* hasFlag */.Lt)(args, '-r', '--remove')
    ? (0,types/* classified */.Ye)('destructive', tool, 'userdel.remove', 'userdel -r deletes the account and its home directory')
    : (0,types/* classified */.Ye)('destructive', tool, `${tool}.delete`, `${tool} deletes the account; its id may be reused`);
const ZFS_READS = /^(list|get|status|iostat|history|events|holds|diff|version|help)$/;
/** zpool and zfs: destroy, labelclear and rollback lose data; list/get/status read. */
const classifyZfs = (tool, args) => {
    const verb = (0,argv/* positionals */.g9)(args, new Set())[0] ?? 'help';
    if (/^(destroy|labelclear|rollback)$/.test(verb))
        return (0,types/* classified */.Ye)('destructive', tool, `${tool}.${verb}`, `${tool} ${verb} loses data that cannot be brought back`);
    return ZFS_READS.test(verb)
        ? (0,types/* classified */.Ye)('read-only', tool, `${tool}.read`, `${tool} ${verb} only reads`)
        : (0,types/* classified */.Ye)('mutating', tool, `${tool}.change`, `${tool} ${verb} changes pools or datasets`);
};
/** LVM: *remove, lvreduce and pvcreate lose data; *s, *display and *scan read; the rest change. */
const classifyLvm = (tool) => {
    if (/^(lv|vg|pv)remove$|^lvreduce$|^pvcreate$/.test(tool))
        return (0,types/* classified */.Ye)('destructive', tool, `${tool}`, `${tool} deletes or shrinks volumes, or overwrites a disk label`);
    return /^(lv|vg|pv)(s|display|scan)$/.test(tool)
        ? (0,types/* classified */.Ye)('read-only', tool, 'lvm.read', `${tool} only reads`)
        : (0,types/* classified */.Ye)('mutating', tool, 'lvm.change', `${tool} changes volumes`);
};
const LVM_TOOLS = [
    'lvremove',
    'vgremove',
    'pvremove',
    'lvreduce',
    'pvcreate',
    'lvs',
    'vgs',
    'pvs',
    'lvdisplay',
    'vgdisplay',
    'pvdisplay',
    'lvscan',
    'vgscan',
    'pvscan',
    'lvcreate',
    'lvextend',
    'vgextend',
    'vgcreate',
    'lvresize',
    'lvchange',
    'vgchange'
];

;// CONCATENATED MODULE: ./src/runbook/safety/tools/wrappers.ts
// Commands that run another command (sudo, env, timeout, flock, xargs, find -exec, ssh, ...) take
// the wrapped command's level; shells given plain words take their level too. Where the command
// cannot be read (a shell script, make, an editor), the level is unknown, or destructive when a
// command line visibly destroys. How each wrapper finds its command: safety/wrapped.ts.




/** Classifies a wrapper by the command it wraps. */
const classifyWrapper = (tool, args, classify) => {
    const u = (0,wrapped/* unwrapOnce */.PS)(tool, args);
    if ('opaque' in u)
        return u.bare === true ? bare(tool) : unreadable(tool, u.opaque, u.line, classify);
    const inner = u.inner[0];
    if (inner === undefined) {
        if (u.process === true)
            return (0,types/* classified */.Ye)('mutating', tool, `${tool}.process`, `${tool} changes how a running process is scheduled or limited`);
        if (tool === 'env' || tool === 'time' || tool === 'prlimit')
            return (0,types/* classified */.Ye)('read-only', tool, `${tool}.print`, `${tool} without a command only prints`);
        return (0,types/* classified */.Ye)('unknown', tool, `${tool}.no-command`, `${tool} without a command to run`);
    }
    const c = (0,types/* worst */.QZ)(u.inner.map((argv) => classify(argv)));
    const where = tool === 'ssh' ? ` on ${args.find((a) => !a.startsWith('-')) ?? 'another host'}` : '';
    return (0,types/* classified */.Ye)(c.level, c.tool, c.rule, `${tool} runs '${inner.join(' ')}'${where}: ${c.reason}`);
};
function bare(tool) {
    if (tool === 'ssh')
        return (0,types/* classified */.Ye)('unknown', tool, 'ssh.session', 'ssh without a command opens a remote shell in which anything can run');
    return (0,types/* classified */.Ye)('unknown', tool, `${tool}.shell`, `${tool} without a command opens a shell`);
}
/** A command line handed to a shell: destructive when it visibly destroys, else unknown. */
function unreadable(tool, reason, line, classify) {
    const inner = line === undefined ? undefined : (0,types/* worst */.QZ)((0,argv/* scriptCommands */.q8)(line).map((c) => classify(c)));
    if (inner?.level === 'destructive')
        return (0,types/* classified */.Ye)('destructive', inner.tool, inner.rule, `${tool} runs '${line ?? ''}': ${inner.reason}`);
    return (0,types/* classified */.Ye)('unknown', tool, 'command-runner', reason);
}
/** Shells and interpreters: the code they run is not on the command line in a readable form. */
const classifyRunner = (tool, args, classify) => {
    const u = (0,wrapped/* unwrapOnce */.PS)(tool, args);
    if (!('opaque' in u) && u.inner[0] !== undefined)
        return classifyWrapper(tool, args, classify);
    return unreadable(tool, `${tool} runs code the classifier cannot see (${(0,commands/* commandRunnerReason */.U7)(tool) ?? 'a command runner'})`, 'opaque' in u ? u.line : undefined, classify);
};

;// CONCATENATED MODULE: ./src/runbook/safety/irreversible.ts

const READS = /^(show|get|list|ls|describe|status|info|inspect|help|explain|view|cat)$/i;
const IRREVERSIBLE = /^(?:[a-z]*format|wipe|destroy|purge|prune|reset|erase)$/i;
/** `purge_queue`, `luksFormat`, `factory-reset` -> their words. */
function parts(word) {
    return word
        .replace(/([a-z])([A-Z])/g, '$1 $2')
        .split(/[\s_:.-]+/)
        .filter((p) => p !== '');
}
/** `unknown` turned destructive when one of the first subcommand words names an irreversible act. */
function irreversibleUnknown(tool, args, c) {
    if (c.level !== 'unknown')
        return c;
    const words = args.filter((a) => !a.startsWith('-')).slice(0, 3);
    // `x show format`: after a verb that only reads, the word is what it reads about.
    const reads = words.findIndex((w) => READS.test(w));
    const verb = words
        .slice(0, reads === -1 ? undefined : reads)
        .find((w) => /^[A-Za-z][\w:-]*$/.test(w) && parts(w).some((p) => IRREVERSIBLE.test(p)));
    if (verb === undefined)
        return c;
    return (0,types/* classified */.Ye)('destructive', c.tool === '' ? tool : c.tool, 'irreversible-subcommand', `${tool} ${verb} is not in the classifier's tables, and its name says it wipes, resets or deletes what cannot simply be put back`);
}

;// CONCATENATED MODULE: ./src/runbook/safety/classify.ts
// The classifier's entry point: argv[0]'s basename picks a tool classifier; everything unlisted
// is unknown. Pure and deterministic: it reads only the argv it is given.



















const TOOLS = new Map([
    ...names(classifyKube, 'kubectl', 'oc', 'k'),
    ...names(classifyHelm, 'helm'),
    ...names(classifyAz, 'az'),
    ...names(classifyAws, 'aws'),
    ...names(classifyGcloud, 'gcloud'),
    ...names(classifyEtcdctl, 'etcdctl'),
    ...names(classifyEtcdutl, 'etcdutl'),
    ...names(classifyCeph, 'ceph'),
    ...names(classifyRbd, 'rbd'),
    ...names(classifyRados, 'rados'),
    ...names(classifyRgwAdmin, 'radosgw-admin'),
    ...names(classifyCephVolume, 'ceph-volume'),
    ...names(classifyMonmaptool, 'monmaptool'),
    ...names(classifyCephMon, 'ceph-mon'),
    ...names(classifyObjectstoreTool, 'ceph-objectstore-tool', 'ceph-bluestore-tool'),
    ...names(classifyCrictl, 'crictl'),
    ...names(classifyCtr, 'ctr'),
    ...names(classifyDocker, 'docker', 'podman', 'nerdctl'),
    ...names(classifyVirsh, 'virsh'),
    ...names(classifyVirtctl, 'virtctl'),
    ...names(classifySystemctl, 'systemctl'),
    ...names(classifyJournalctl, 'journalctl'),
    ...names(classifyService, 'service'),
    ...names(classifyRm, 'rm', 'unlink'),
    ...names(classifyDd, 'dd'),
    ...names(classifyWipe, 'shred', 'truncate', 'wipefs', 'blkdiscard', 'mkswap'),
    ...names(classifyPartition, 'fdisk', 'sfdisk', 'gdisk', 'sgdisk', 'parted', 'cfdisk'),
    ...names(classifyKill, 'kill', 'pkill', 'killall', 'skill'),
    ...names(classifyPower, 'shutdown', 'reboot', 'halt', 'poweroff'),
    ...names(classifyIptables, 'iptables', 'ip6tables', 'iptables-legacy', 'iptables-nft', 'iptables-save', 'ip6tables-save', 'iptables-restore', 'ip6tables-restore'),
    ...names(classifyNft, 'nft'),
    ...names(classifyMount, 'mount', 'umount'),
    ...names(classifySysctl, 'sysctl'),
    ...names(classifyIp, 'ip'),
    ...names(classifyDate, 'date'),
    ...names(sql/* classifySqlClient */.Ee, 'psql', 'mysql', 'mariadb', 'sqlite3', 'sqlcmd', 'clickhouse-client', 'cqlsh'),
    ...names(sql/* classifyMysqldump */.dG, 'mysqldump', 'mariadb-dump'),
    ...names(classifyRedisCli, 'redis-cli', 'valkey-cli'),
    ...names(classifyKafka, 'kafka-topics', 'kafka-topics.sh', 'kafka-consumer-groups', 'kafka-consumer-groups.sh', 'kafka-configs', 'kafka-configs.sh'),
    ...names(classifyCertbot, 'certbot'),
    ...names(classifyNetcat, 'nc', 'ncat', 'netcat'),
    ...names(classifyCurl, 'curl'),
    ...names(classifyWget, 'wget'),
    ...names(classifyHttpie, 'http', 'https', 'xh'),
    ...names(classifyGit, 'git'),
    ...names(classifyTerraform, 'terraform', 'tofu'),
    ...names(classifyAnsiblePlaybook, 'ansible-playbook'),
    ...names(classifyAnsible, 'ansible'),
    ...names(classifyFind, 'find'),
    ...names(classifyTar, 'tar'),
    ...names(classifyOpenssl, 'openssl'),
    ...names(classifyHostTool, 'hostname', 'dmesg'),
    ...names(classifyCtl, 'timedatectl', 'hostnamectl', 'localectl', 'loginctl', 'networkctl'),
    ...names(classifyWrapper, 'sudo', 'doas', 'env', 'nice', 'ionice', 'nohup', 'timeout', 'stdbuf', 'time', 'xargs', 'watch', 'chroot', 'setsid', 'ssh', 'flock', 'taskset', 'prlimit', 'chrt', 'setpriv', 'unshare', 'nsenter', 'runuser', 'systemd-run', 'strace', 'ltrace', 'valgrind', 'busybox'),
    ...names(classifyPlain, ...READ_ONLY_TOOLS, ...LOCAL_WRITE_TOOLS),
    // After the plain tools: these replace their entries.
    ...names(classifyInPlace, 'sed', 'yq'),
    ...names(classifyCopy, 'cp', 'mv', 'install', 'ln', 'tee'),
    ...names(classifyPermissions, 'chmod', 'chown', 'chgrp', 'setfacl'),
    ...names(classifyRsync, 'rsync'),
    ...names(classifyCrontab, 'crontab'),
    ...names(classifyAccountDelete, 'userdel', 'groupdel'),
    ...names(classifyZfs, 'zpool', 'zfs'),
    ...names(classifyLvm, ...LVM_TOOLS)
]);
function names(fn, ...tools) {
    return tools.map((t) => [t, fn]);
}
/** Classifies an argv (argv[0] by basename, then subcommands/flags). Pure and deterministic. */
function classifyCommand(argv) {
    const argv0 = argv[0];
    if (argv0 === undefined || argv0 === '') {
        return (0,types/* classified */.Ye)('unknown', '', 'empty-command', 'an empty command');
    }
    const tool = (0,commands/* commandName */.p6)(argv0);
    const args = argv.slice(1);
    const fn = TOOLS.get(tool) ??
        (/^mkfs(\..+)?$|^mke2fs$/.test(tool)
            ? classifyWipe
            : (0,wrapped/* isLoader */.s_)(tool)
                ? classifyWrapper
                : undefined);
    if (fn !== undefined)
        return irreversibleUnknown(tool, args, fn(tool, args, classifyCommand));
    if ((0,commands/* commandRunnerReason */.U7)(tool) !== undefined || (0,wrapped/* wrapperReason */.oF)(tool) !== undefined)
        return classifyRunner(tool, args, classifyCommand);
    return irreversibleUnknown(tool, args, (0,types/* classified */.Ye)('unknown', tool, 'unknown-command', `${tool} is not a command the classifier knows`));
}
/** The tool names the classifier knows (for documentation and tests). */
function knownTools() {
    return [...TOOLS.keys()].sort();
}


/***/ }),

/***/ 4959:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ee: () => (/* binding */ classifySqlClient),
/* harmony export */   N_: () => (/* binding */ classifySql),
/* harmony export */   dG: () => (/* binding */ classifyMysqldump)
/* harmony export */ });
/* harmony import */ var _argv_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6009);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3758);
// SQL clients (psql, mysql, mariadb, sqlite3, sqlcmd, clickhouse-client, cqlsh): the SQL text decides.
// DROP, TRUNCATE and DELETE/UPDATE without WHERE are destructive; reads are read-only; a session
// without SQL on the command line, or SQL read from a file, is unknown.


/** Finds the SQL a client will run from its argv, or undefined. */
function sqlText(tool, args) {
    switch (tool) {
        case 'psql':
            return (0,_argv_js__WEBPACK_IMPORTED_MODULE_0__/* .flagValue */ .y6)(args, '-c', '--command');
        case 'mysql':
        case 'mariadb':
            return (0,_argv_js__WEBPACK_IMPORTED_MODULE_0__/* .flagValue */ .y6)(args, '-e', '--execute');
        case 'sqlcmd':
            return (0,_argv_js__WEBPACK_IMPORTED_MODULE_0__/* .flagValue */ .y6)(args, '-Q', '-q');
        case 'clickhouse-client':
            return (0,_argv_js__WEBPACK_IMPORTED_MODULE_0__/* .flagValue */ .y6)(args, '-q', '--query');
        case 'cqlsh':
            return (0,_argv_js__WEBPACK_IMPORTED_MODULE_0__/* .flagValue */ .y6)(args, '-e', '--execute');
        case 'sqlite3': {
            const words = (0,_argv_js__WEBPACK_IMPORTED_MODULE_0__/* .positionals */ .g9)(args, new Set(['-cmd', '-separator', '-nullvalue']));
            return words[1];
        }
        default:
            return undefined;
    }
}
/** Classifies a SQL client by the statements it is given. */
const classifySqlClient = (tool, args) => {
    const sql = sqlText(tool, args);
    if (sql === undefined) {
        return (0,_types_js__WEBPACK_IMPORTED_MODULE_1__/* .classified */ .Ye)('unknown', tool, 'sql.no-statement', `${tool} without SQL on the command line opens a session or reads a script`);
    }
    return classifySql(tool, sql);
};
/**
 * mysqldump (mariadb-dump) reads the server; the dump goes to standard output (a redirect that
 * writes a file is the shell's, judged by the compiler). It can also flush or purge logs.
 */
const classifyMysqldump = (tool, args) => {
    if ((0,_argv_js__WEBPACK_IMPORTED_MODULE_0__/* .hasFlag */ .Lt)(args, '--delete-master-logs', '--delete-source-logs'))
        return (0,_types_js__WEBPACK_IMPORTED_MODULE_1__/* .classified */ .Ye)('destructive', tool, 'mysqldump.purge', `${tool} --delete-master-logs purges the binary logs after the dump`);
    if ((0,_argv_js__WEBPACK_IMPORTED_MODULE_0__/* .hasFlag */ .Lt)(args, '-F', '--flush-logs', '--flush-privileges'))
        return (0,_types_js__WEBPACK_IMPORTED_MODULE_1__/* .classified */ .Ye)('mutating', tool, 'mysqldump.flush', `${tool} --flush-logs starts new log files on the server`);
    return (0,_types_js__WEBPACK_IMPORTED_MODULE_1__/* .classified */ .Ye)('read-only', tool, 'mysqldump.read', `${tool} only reads the server`);
};
/** Classifies SQL text: the most dangerous of its statements. */
function classifySql(tool, sql) {
    const statements = splitStatements(sql).map((s) => classifyStatement(tool, s));
    return (0,_types_js__WEBPACK_IMPORTED_MODULE_1__/* .worst */ .QZ)(statements) ?? (0,_types_js__WEBPACK_IMPORTED_MODULE_1__/* .classified */ .Ye)('read-only', tool, 'sql.empty', 'no SQL statement');
}
// Functions that act although a SELECT calls them: they end sessions, drop replication slots,
// promote a replica, pause replay or change settings. A statement that calls one is not a read.
const DESTRUCTIVE_FUNCTIONS = /\b(pg_terminate_backend|pg_drop_replication_slot|pg_promote|pg_replication_origin_drop|pg_logical_slot_get_changes|pg_logical_slot_get_binary_changes|lo_unlink)\s*\(/i;
const MUTATING_FUNCTIONS = /\b(pg_cancel_backend|pg_reload_conf|pg_rotate_logfile|pg_switch_wal|pg_switch_xlog|pg_wal_replay_pause|pg_wal_replay_resume|pg_xlog_replay_pause|pg_xlog_replay_resume|pg_create_restore_point|pg_create_physical_replication_slot|pg_create_logical_replication_slot|pg_copy_physical_replication_slot|pg_copy_logical_replication_slot|pg_replication_slot_advance|pg_replication_origin_create|pg_replication_origin_advance|pg_stat_reset\w*|pg_backup_start|pg_backup_stop|pg_start_backup|pg_stop_backup|pg_advisory_(?:xact_)?lock\w*|pg_advisory_unlock\w*|pg_notify|set_config|nextval|setval|lo_import|lo_export|lo_create|dblink_exec|get_lock|release_lock|release_all_locks)\s*\(/i;
function classifyStatement(tool, stmt) {
    const text = stmt.replace(/--[^\n]*|\/\*[\s\S]*?\*\//g, ' ').trim();
    const upper = text.toUpperCase();
    const kw = /^[\\A-Z]+/.exec(upper)?.[0] ?? '';
    const hasWhere = /\bWHERE\b/.test(upper);
    const unsafe = DESTRUCTIVE_FUNCTIONS.exec(text) ?? MUTATING_FUNCTIONS.exec(text);
    if (unsafe !== null) {
        const destructive = DESTRUCTIVE_FUNCTIONS.test(text);
        return (0,_types_js__WEBPACK_IMPORTED_MODULE_1__/* .classified */ .Ye)(destructive ? 'destructive' : 'mutating', tool, 'sql.function', `${unsafe[1]}() ${destructive ? 'ends sessions, drops data or changes roles for good' : 'changes the server state'} although it is called from ${kw || 'a statement'}`);
    }
    if (kw.startsWith('\\'))
        return (0,_types_js__WEBPACK_IMPORTED_MODULE_1__/* .classified */ .Ye)('read-only', tool, 'sql.meta', `${kw} is a client meta-command that shows information`);
    if (kw === 'DROP' || kw === 'TRUNCATE')
        return (0,_types_js__WEBPACK_IMPORTED_MODULE_1__/* .classified */ .Ye)('destructive', tool, `sql.${kw.toLowerCase()}`, `${kw} removes a table or its rows`);
    if ((kw === 'DELETE' || kw === 'UPDATE') && !hasWhere)
        return (0,_types_js__WEBPACK_IMPORTED_MODULE_1__/* .classified */ .Ye)('destructive', tool, `sql.${kw.toLowerCase()}-all`, `${kw} without WHERE changes every row`);
    const admin = adminStatement(kw, upper);
    if (admin !== undefined)
        return (0,_types_js__WEBPACK_IMPORTED_MODULE_1__/* .classified */ .Ye)(admin[0], tool, admin[1], admin[2]);
    if (kw === 'ALTER' && /\bDROP\b/.test(upper))
        return (0,_types_js__WEBPACK_IMPORTED_MODULE_1__/* .classified */ .Ye)('destructive', tool, 'sql.alter-drop', 'ALTER ... DROP removes a column, constraint or partition');
    if (/^(SELECT|SHOW|EXPLAIN|DESCRIBE|DESC|VALUES|TABLE|PRAGMA|USE)$/.test(kw) &&
        !/\bINTO\b/.test(upper))
        return (0,_types_js__WEBPACK_IMPORTED_MODULE_1__/* .classified */ .Ye)('read-only', tool, 'sql.read', `${kw} only reads`);
    if (kw === 'WITH' && !/\b(INSERT|UPDATE|DELETE|MERGE)\b/.test(upper))
        return (0,_types_js__WEBPACK_IMPORTED_MODULE_1__/* .classified */ .Ye)('read-only', tool, 'sql.read', 'WITH ... SELECT only reads');
    if (/^(INSERT|UPDATE|DELETE|CREATE|ALTER|GRANT|REVOKE|SET|BEGIN|COMMIT|ROLLBACK|START|VACUUM|ANALYZE|REINDEX|COPY|MERGE|REPLACE|UPSERT|COMMENT|REFRESH|CLUSTER|LOCK|SELECT|WITH)$/.test(kw))
        return (0,_types_js__WEBPACK_IMPORTED_MODULE_1__/* .classified */ .Ye)('mutating', tool, `sql.write`, `${kw} changes the database`);
    return (0,_types_js__WEBPACK_IMPORTED_MODULE_1__/* .classified */ .Ye)('unknown', tool, 'sql.unknown', `the SQL statement '${kw || text.slice(0, 20)}' is not one the classifier knows`);
}
// Server administration (MySQL/MariaDB, PostgreSQL): deleting binary logs, resetting replication,
// ending a connection or skipping replicated transactions cannot be put back; stopping replication
// or flushing can.
function adminStatement(kw, upper) {
    if (/^PURGE\s+(BINARY|MASTER)\s+LOGS\b/.test(upper))
        return ['destructive', 'sql.purge', 'PURGE BINARY LOGS deletes binary logs for good'];
    if (/^RESET\s+(MASTER|SLAVE|REPLICA|BINARY)\b/.test(upper))
        return ['destructive', 'sql.reset', 'RESET deletes binary logs or replication state for good'];
    if (kw === 'KILL')
        return ['destructive', 'sql.kill', 'KILL ends a connection or its running statement'];
    if (kw === 'SET' && /\bSQL_(SLAVE|REPLICA)_SKIP_COUNTER\b/.test(upper))
        return [
            'destructive',
            'sql.skip',
            'the skip counter drops replicated transactions: the replica no longer matches its source'
        ];
    if (/^(STOP|START)\s+(SLAVE|REPLICA|GROUP_REPLICATION|ALL\s+SLAVES|ALL\s+REPLICAS)\b/.test(upper))
        return ['mutating', 'sql.replication', `${kw} stops or starts replication`];
    if (/^CHANGE\s+(MASTER|REPLICATION)\b/.test(upper) ||
        /^(FLUSH|CHECKPOINT|DISCARD|OPTIMIZE|REPAIR|INSTALL|UNINSTALL)$/.test(kw))
        return ['mutating', 'sql.admin', `${kw} changes the server state`];
    return undefined;
}
/** Splits SQL on `;` outside quotes. */
function splitStatements(sql) {
    const out = [];
    let cur = '';
    let quote;
    for (const ch of sql) {
        if (quote !== undefined) {
            if (ch === quote)
                quote = undefined;
        }
        else if (ch === "'" || ch === '"' || ch === '`')
            quote = ch;
        else if (ch === ';') {
            out.push(cur);
            cur = '';
            continue;
        }
        cur += ch;
    }
    out.push(cur);
    return out.filter((s) => s.trim() !== '');
}


/***/ }),

/***/ 3758:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   QZ: () => (/* binding */ worst),
/* harmony export */   Ye: () => (/* binding */ classified)
/* harmony export */ });
/* unused harmony export isAutomatable */
// The vocabulary of the safety classifier: four levels, and one classification per command.
/** Builds a classification. */
function classified(level, tool, rule, reason) {
    return { level, tool, rule, reason };
}
const RANK = {
    'read-only': 0,
    mutating: 1,
    unknown: 2,
    destructive: 3
};
/** The most dangerous of several classifications (destructive > unknown > mutating > read-only). */
function worst(items) {
    let out;
    for (const c of items)
        if (out === undefined || RANK[c.level] > RANK[out.level])
            out = c;
    return out;
}
/** True for the levels a compiler may automate without a person looking first. */
function isAutomatable(level) {
    return level === 'read-only' || level === 'mutating';
}


/***/ }),

/***/ 1412:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  lM: () => (/* binding */ innerCommands),
  s_: () => (/* binding */ isLoader),
  PS: () => (/* binding */ unwrapOnce),
  oF: () => (/* binding */ wrapperReason)
});

// EXTERNAL MODULE: ./src/runbook/commands.ts
var commands = __webpack_require__(3648);
;// CONCATENATED MODULE: ./src/runbook/safety/wrapper-table.ts
// The table of commands that run other commands: for each wrapper, how its arguments lead to the
// command it runs (read by safety/wrapped.ts). Flag lists are space-separated words.
const ROWS = {
    sudo: {
        values: '-u --user -g --group -C --close-from -D --chdir -h --host -p --prompt -r --role -t --type -U --other-user -T --command-timeout',
        assignments: true,
        shellWhenBare: true
    },
    doas: { values: '-u -C', shellWhenBare: true },
    env: { values: '-u --unset -C --chdir', split: '-S --split-string', assignments: true },
    nice: { values: '-n --adjustment' },
    ionice: { values: '-c --class -n --classdata', pid: '-p --pid -P --pgid -u --uid' },
    nohup: {},
    setsid: {},
    time: { values: '-f --format -o --output' },
    timeout: { values: '-s --signal -k --kill-after', operands: 1 },
    stdbuf: { values: '-i -o -e' },
    chroot: { values: '--userspec --groups', operands: 1, shellWhenBare: true, remote: true },
    flock: { values: '-w --timeout -E --conflict-exit-code', shell: '-c --command', operands: 1 },
    taskset: { pid: '-p --pid', operands: 1 },
    prlimit: { values: '-o --output', pid: '-p --pid' },
    chrt: {
        values: '-T --sched-runtime -P --sched-period -D --sched-deadline',
        pid: '-p --pid',
        operands: 1
    },
    setpriv: {
        values: '--reuid --regid --groups --inh-caps --ambient-caps --bounding-set --securebits --pdeathsig --selinux-label --apparmor-profile --landlock-access --landlock-rule'
    },
    unshare: {
        values: '--map-user --map-group --map-users --map-groups -S --setuid -G --setgid --propagation -R --root -w --wd',
        shellWhenBare: true
    },
    nsenter: { values: '-t --target -S --setuid -G --setgid --env', shellWhenBare: true },
    runuser: {
        values: '-u --user -g --group -G --supp-group -s --shell -w --whitelist-environment',
        shell: '-c --command --session-command',
        shellWhenBare: true
    },
    'systemd-run': {
        values: '-p --property -u --unit -E --setenv --uid --gid -M --machine -H --host --description --slice --nice --working-directory --on-active --on-boot --on-calendar --timer-property --path-property --socket-property --service-type',
        shellWhenBare: true
    },
    xargs: {
        values: '-I -L -n -P -d -E -s -a --arg-file --delimiter --max-args --max-procs --max-lines --replace --eof --max-chars --process-slot-var'
    },
    watch: { values: '-n --interval -q --equexit', joined: true },
    valgrind: {},
    strace: {
        values: '-o --output -e -s --string-limit -u --user -E --env -O -S -P -a -b -X -I',
        pid: '-p --attach'
    },
    ltrace: {
        values: '-o --output -e -s -u -n --indent -a --align -A -D --debug -F --config -l --library -x -L',
        pid: '-p'
    },
    busybox: {},
    ssh: {
        values: '-i -p -l -o -F -J -L -R -D -W -b -c -E -m -S -B -e -I -O -Q -w',
        operands: 1,
        shellWhenBare: true,
        joined: true,
        remote: true
    }
};
const words = (s) => s === undefined ? undefined : s.split(' ').filter((x) => x !== '');
function spec(row) {
    const out = {};
    const put = (k, v) => {
        if (v !== undefined)
            out[k] = v;
    };
    put('valueFlags', words(row.values));
    put('operands', row.operands);
    put('pidFlags', words(row.pid));
    put('shellFlags', words(row.shell));
    put('splitFlags', words(row.split));
    put('assignments', row.assignments);
    put('shellWhenBare', row.shellWhenBare);
    put('joined', row.joined);
    put('remote', row.remote);
    return out;
}
/** Wrappers by name. */
const WRAPPERS = new Map(Object.entries(ROWS).map(([name, row]) => [name, spec(row)]));
/** The dynamic loader run as a program: `ld-linux-x86-64.so.2 [--preload X] PROGRAM ARGS`. */
const LOADER = /^(ld-linux[\w.-]*\.so(\.\d+)*|ld(64)?\.so(\.\d+)*|ld-musl-[\w.-]+\.so(\.\d+)*)$/;
const LOADER_SPEC = spec({
    values: '--library-path --preload --audit --argv0 --inhibit-rpath'
});
const EDITORS = 'vi vim nvim view vimdiff ex ed emacs nano pico joe mcedit';
const PAGERS = 'less more most pg man';
/** Programs that run commands the classifier cannot read from argv, and why. */
const OPAQUE = new Map([
    ['make', 'make runs the recipes of a Makefile'],
    ['gmake', 'make runs the recipes of a Makefile'],
    ['gdb', 'gdb can run any command (shell, python, run)'],
    ['lldb', 'lldb can run any command (platform shell, script)'],
    ...EDITORS.split(' ').map((n) => [n, `the editor ${n} can run shell commands (:!cmd, -c)`]),
    ...PAGERS.split(' ').map((n) => [n, `the pager ${n} can run shell commands (!cmd, +cmd, -P)`]),
    ['su', 'su runs a shell, or the command line given to -c'],
    ['script', 'script runs a shell, or the command line given to -c'],
    ['parallel', 'parallel runs command lines built from its input']
]);

;// CONCATENATED MODULE: ./src/runbook/safety/wrapped.ts
// Commands that run other commands: sudo, env, timeout, flock, taskset, nsenter, find -exec, the
// dynamic loader, busybox, strace, ... The table says how each finds the command it runs in its
// arguments, so the classifier can classify that command and the engine can hold it to the allow
// and deny lists. Where the command cannot be read from argv (a shell string, make, an editor,
// gdb, a wrapper without a command that opens a shell), `opaque` says why. Pure.


/** True for the dynamic loader's names (`ld-linux-x86-64.so.2`, `ld.so`, `ld-musl-x86_64.so.1`). */
function isLoader(name) {
    return LOADER.test((0,commands/* commandName */.p6)(name));
}
/** Why allowing `name` lets other commands through (it is a wrapper, or runs unreadable code). */
function wrapperReason(name) {
    const tool = (0,commands/* commandName */.p6)(name);
    if (OPAQUE.has(tool))
        return OPAQUE.get(tool);
    if (WRAPPERS.has(tool) || isLoader(tool))
        return `${tool} runs the command given as its argument`;
    return undefined;
}
const SHELLS = new Set(['sh', 'bash', 'dash', 'zsh', 'ksh', 'mksh', 'ash', 'fish', 'csh', 'tcsh']);
/** Characters that make a command line more than plain words for a shell. */
const SHELL_SYNTAX = /[;&|<>`$(){}[\]*?~#!\\'"\n=]/;
/** Finds every command an argv runs through wrappers, shells given plain words, and find -exec. */
function innerCommands(argv) {
    const out = { commands: [], assignments: [] };
    let current = argv;
    let remote = false;
    for (let depth = 0; depth < 16 && current.length > 0; depth++) {
        const tool = (0,commands/* commandName */.p6)(current[0]);
        const step = unwrapOnce(tool, current.slice(1));
        if ('opaque' in step) {
            out.opaque = step.opaque;
            return out;
        }
        for (const a of step.assignments ?? [])
            out.assignments.push({ name: a, by: tool });
        remote ||= step.remote === true;
        const [first, ...rest] = step.inner;
        if (first === undefined)
            return out;
        for (const extra of rest)
            out.commands.push({ argv: extra, by: tool, remote });
        out.commands.push({ argv: first, by: tool, remote });
        current = first;
    }
    return out;
}
/** The commands `tool` runs given `args` (one level: sudo timeout 5 rm gives timeout 5 rm). */
function unwrapOnce(tool, args) {
    const opaque = OPAQUE.get(tool);
    if (opaque !== undefined)
        return { opaque };
    if (SHELLS.has(tool))
        return shell(tool, args);
    if (tool === 'find')
        return findExec(args);
    if (tool === 'git')
        return git(args);
    const spec = WRAPPERS.get(tool) ?? (LOADER.test(tool) ? LOADER_SPEC : undefined);
    if (spec !== undefined)
        return wrapper(tool, spec, args);
    const runner = (0,commands/* commandRunnerReason */.U7)(tool);
    return runner === undefined ? { inner: [] } : { opaque: `${tool}: ${runner}` };
}
function wrapper(tool, spec, args) {
    const assignments = [];
    let i = 0;
    for (; i < args.length; i++) {
        const a = args[i];
        if (a === '--') {
            i++;
            break;
        }
        if (spec.assignments === true && /^[A-Za-z_][A-Za-z0-9_]*=/.test(a)) {
            assignments.push(a.slice(0, a.indexOf('=')));
            continue;
        }
        if (!a.startsWith('-') || a === '-')
            break;
        const [flag, inline] = a.startsWith('--') && a.includes('=')
            ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)]
            : [a, undefined];
        if (spec.pidFlags?.includes(flag) === true)
            return { inner: [], process: true };
        const value = inline ?? (takesValue(spec, flag) ? args[++i] : undefined);
        if (spec.shellFlags?.includes(flag) === true)
            return value === undefined
                ? { opaque: `${tool} ${flag} without a command line` }
                : plainWords(tool, value);
        if (spec.splitFlags?.includes(flag) === true && value !== undefined) {
            const words = value.split(/\s+/).filter((x) => x !== '');
            return { inner: words.length === 0 ? [] : [[...words, ...args.slice(i + 1)]], assignments };
        }
    }
    // Assignments may also follow the options (sudo -u x A=1 cmd).
    while (spec.assignments === true &&
        i < args.length &&
        /^[A-Za-z_][A-Za-z0-9_]*=/.test(args[i])) {
        const a = args[i++];
        assignments.push(a.slice(0, a.indexOf('=')));
    }
    i += spec.operands ?? 0;
    const rest = args.slice(i);
    if (rest.length === 0)
        return spec.shellWhenBare === true
            ? { opaque: `${tool} without a command opens a shell`, bare: true }
            : { inner: [], assignments };
    if (spec.joined === true && !(tool === 'watch' && hasExecFlag(args))) {
        const joined = plainWords(tool, rest.join(' '));
        return 'opaque' in joined ? joined : { ...joined, assignments, remote: spec.remote === true };
    }
    return { inner: [[...rest]], assignments, remote: spec.remote === true };
}
function takesValue(spec, flag) {
    return [
        ...(spec.valueFlags ?? []),
        ...(spec.shellFlags ?? []),
        ...(spec.splitFlags ?? [])
    ].includes(flag);
}
function hasExecFlag(args) {
    return args.some((a) => a === '-x' || a === '--exec');
}
/** A shell command line: plain words are one command; anything a shell would interpret is opaque. */
function plainWords(tool, line) {
    if (SHELL_SYNTAX.test(line))
        return {
            opaque: `${tool} hands '${line}' to a shell, which can run anything its syntax allows`,
            line
        };
    const words = line.split(/\s+/).filter((x) => x !== '');
    return { inner: words.length === 0 ? [] : [words] };
}
/** sh -c 'plain words' is readable; a script file, stdin or shell syntax is not. */
function shell(tool, args) {
    const c = args.findIndex((a) => /^-[a-z]*c[a-z]*$/.test(a));
    const line = c === -1 ? undefined : args[c + 1];
    if (line === undefined)
        return {
            opaque: `${tool} runs a script or input the classifier cannot see`,
            bare: args.length === 0
        };
    return plainWords(tool, line);
}
/** find -exec/-execdir/-ok/-okdir CMD ... ; (or +) runs CMD for the matches. */
function findExec(args) {
    const inner = [];
    for (let i = 0; i < args.length; i++) {
        if (!/^-(exec|execdir|ok|okdir)$/.test(args[i]))
            continue;
        const end = args.findIndex((a, j) => j > i && (a === ';' || a === '+'));
        const cmd = args.slice(i + 1, end === -1 ? undefined : end);
        if (cmd.length > 0)
            inner.push(cmd);
        if (end === -1)
            break;
        i = end;
    }
    return { inner };
}
/** git's global -c / --config-env / --exec-path can make any subcommand run any program. */
function git(args) {
    for (let i = 0; i < args.length; i++) {
        const a = args[i];
        if (!a.startsWith('-'))
            break; // the subcommand: its own -c (log -c) is something else
        if (a === '-c' ||
            a === '--config-env' ||
            a.startsWith('--config-env=') ||
            a.startsWith('--exec-path'))
            return { opaque: `git ${a} can set an alias, a pager or a helper that runs any command` };
        if (a === '-C' || a === '--git-dir' || a === '--work-tree' || a === '--namespace')
            i++;
    }
    return { inner: [] };
}


/***/ }),

/***/ 7928:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   QC: () => (/* binding */ parseTemplate),
/* harmony export */   Rs: () => (/* binding */ renderParts),
/* harmony export */   dc: () => (/* binding */ templateRefs)
/* harmony export */ });
/* unused harmony export isLiteral */
// The template subset of seed 003: `{{ .name }}` references with literal text around them. Anything
// else Go's text/template would accept (pipelines, functions, control flow) is refused by name.
const REF = /^\.([A-Za-z_][A-Za-z0-9_]*)$/;
const KEYWORDS = new Set([
    'if',
    'else',
    'end',
    'range',
    'with',
    'define',
    'template',
    'block',
    'break',
    'continue'
]);
/** Splits a string into literal text and `{{ .name }}` references. */
function parseTemplate(input) {
    const parts = [];
    let pos = 0;
    while (pos < input.length) {
        const open = input.indexOf('{{', pos);
        if (open === -1)
            break;
        if (open > pos)
            parts.push({ kind: 'text', text: input.slice(pos, open) });
        const close = input.indexOf('}}', open + 2);
        if (close === -1) {
            return { ok: false, offset: open, error: `unterminated action '{{' (missing '}}')` };
        }
        const body = input.slice(open + 2, close);
        const inner = body.trim();
        const ref = REF.exec(inner);
        if (ref === null)
            return { ok: false, offset: open, error: describeUnsupported(body) };
        parts.push({ kind: 'ref', name: ref[1], offset: open });
        pos = close + 2;
    }
    if (pos < input.length)
        parts.push({ kind: 'text', text: input.slice(pos) });
    return { ok: true, parts: mergeText(parts) };
}
/** Names referenced by a parsed template, in order of appearance. */
function templateRefs(parts) {
    return parts.flatMap((p) => (p.kind === 'ref' ? [p.name] : []));
}
/** True when the string contains no template action at all. */
function isLiteral(input) {
    return !input.includes('{{');
}
/** Renders parsed parts; `lookup` supplies each referenced value. */
function renderParts(parts, lookup) {
    let out = '';
    for (const p of parts)
        out += p.kind === 'text' ? p.text : lookup(p.name);
    return out;
}
function mergeText(parts) {
    const out = [];
    for (const p of parts) {
        const prev = out[out.length - 1];
        if (p.kind === 'text' && prev?.kind === 'text')
            prev.text += p.text;
        else
            out.push(p);
    }
    return out;
}
function describeUnsupported(body) {
    const shown = `'{{${body}}}'`;
    const expected = "only '{{ .name }}' references are supported";
    if (body.startsWith('-') || body.endsWith('-'))
        return `whitespace trim markers in ${shown} are not supported; ${expected}`;
    const inner = body.trim();
    if (inner === '')
        return `empty action '{{}}'; ${expected}`;
    if (inner.startsWith('/*'))
        return `template comment ${shown} is not supported; ${expected}`;
    if (inner.includes('|'))
        return `pipeline ${shown} is not supported; ${expected}`;
    const word = inner.split(/\s+/)[0] ?? '';
    if (KEYWORDS.has(word))
        return `control structure '{{ ${word} }}' is not supported; ${expected}`;
    if (word === '.')
        return `the dot ${shown} is not supported; ${expected}`;
    if (word.startsWith('$'))
        return `template variable ${shown} is not supported; ${expected}`;
    if (/^\.[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)+$/.test(word)) {
        return `nested field '${word}' in ${shown} is not supported; ${expected}`;
    }
    if (word.startsWith('.')) {
        if (inner.includes(' '))
            return `method call or arguments in ${shown} are not supported; ${expected}`;
        return `invalid name in ${shown}: names are letters, digits and '_', not starting with a digit`;
    }
    if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(word))
        return `function '${word}' in ${shown} is not supported; ${expected}`;
    return `unsupported action ${shown}; ${expected}`;
}


/***/ }),

/***/ 2138:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  u: () => (/* binding */ validateRunbookSource),
  A: () => (/* binding */ validateRunbookText)
});

// EXTERNAL MODULE: ./src/runbook/diagnostic.ts
var diagnostic = __webpack_require__(6241);
// EXTERNAL MODULE: ./src/runbook/normalize.ts
var normalize = __webpack_require__(8423);
// EXTERNAL MODULE: ./src/runbook/cel/refs.ts
var refs = __webpack_require__(2713);
// EXTERNAL MODULE: ./src/runbook/conditions.ts + 1 modules
var conditions = __webpack_require__(9982);
;// CONCATENATED MODULE: ./src/runbook/rules/conditions.ts



const STEP_FIELDS = new Set(['status', 'exit_code']);
const STATUSES = ['passed', 'failed', 'not_taken'];
const cache = new WeakMap();
function checkAll(ctx) {
    const cached = cache.get(ctx);
    if (cached !== undefined)
        return cached;
    const names = (0,conditions/* bareNames */.jY)(ctx.runbook);
    const out = (0,conditions/* conditionSites */.Wn)(ctx.runbook).flatMap((site) => {
        const read = (0,conditions/* readCondition */.sK)(site.text, names);
        if (!read.ok) {
            const p = read.problem;
            const rule = p.kind === 'name'
                ? 'condition-unknown-name'
                : p.kind === 'type'
                    ? 'condition-type'
                    : 'condition-syntax';
            const what = p.kind === 'name' ? p.message : `CEL ${p.kind} error: ${p.message}`;
            return [
                ctx.source.diagInside(rule, 'error', `${what} ${(0,diagnostic/* columnNote */.tl)(p.offset)}`, site.path, p.offset)
            ];
        }
        return read.condition.refs.flatMap((ref) => checkRef(ctx, site, ref).map(([rule, message, offset]) => ctx.source.diagInside(rule, 'error', message, site.path, read.offsetOf(offset))));
    });
    cache.set(ctx, out);
    return out;
}
/** Checks one name a condition reads against what exists before the condition is evaluated. */
function checkRef(ctx, site, ref) {
    const { runbook } = ctx;
    const name = (0,refs/* refName */.P)(ref);
    const unknown = (why) => [
        ['condition-unknown-name', `'${name}' ${why}`, ref.offset]
    ];
    if (ref.partial) {
        const form = ref.root === 'vars' || ref.root === 'captures' ? 'NAME' : 'STEP.NAME';
        return unknown(`is not one value: write ${ref.root}.${form}`);
    }
    // A guard runs before its step; an outcome after it, so it may read its own step.
    const last = site.kind === 'guard' ? site.step_index - 1 : site.step_index;
    const [first, second] = ref.path;
    if (ref.root === 'vars') {
        const known = { ...runbook.meta.vars, ...runbook.meta.inputs };
        return first in known ? [] : unknown('is not in meta.vars or meta.inputs');
    }
    if (ref.root === 'captures') {
        const owner = runbook.steps.findIndex((s) => first in (s.capture ?? {}));
        if (owner === -1)
            return unknown('is not captured by any step');
        if (owner > last)
            return forward(ctx, name, owner, ref.offset);
        return [];
    }
    const index = runbook.steps.findIndex((s) => s.id === first);
    if (index === -1)
        return unknown(`names no step of this runbook`);
    if (index > last)
        return forward(ctx, name, index, ref.offset);
    const step = runbook.steps[index];
    if (step === undefined || second === undefined)
        return [];
    if (ref.root === 'steps') {
        if (!STEP_FIELDS.has(second))
            return unknown('is not a step field: use status or exit_code');
        if (second !== 'status')
            return [];
        return ref.compared
            .filter((c) => !STATUSES.includes(c.value))
            .map((c) => [
            'choice-unknown-option',
            `steps.${first}.status is never '${c.value}'; a status read by a condition is one of ${STATUSES.join(', ')}`,
            c.offset
        ]);
    }
    const evidence = new Set((step.required_evidence ?? []).map((e) => e.name));
    const choices = (0,conditions/* stepChoices */.ZM)(step);
    if (!evidence.has(second) && !choices.has(second))
        return unknown(`is not evidence of step '${first}'`);
    const choice = choices.get(second);
    if (choice === undefined)
        return [];
    const options = (0,conditions/* optionValues */.ib)(choice.options);
    return ref.compared
        .filter((c) => !options.includes(c.value))
        .map((c) => [
        'choice-unknown-option',
        `'${c.value}' is not an option of the choice ${name}; its options are: ${options.join(', ')}`,
        c.offset
    ]);
}
function forward(ctx, name, index, offset) {
    const id = ctx.runbook.steps[index]?.id ?? '';
    return [
        [
            'condition-forward-ref',
            `'${name}' comes from step '${id}' (steps[${index}]), which has not run when this condition is evaluated; a condition reads earlier steps only`,
            offset
        ]
    ];
}
const ruleOf = (id, summary) => ({
    id,
    severity: 'error',
    summary,
    check: (ctx) => checkAll(ctx).filter((d) => d.rule === id)
});
const conditionRules = [
    ruleOf('condition-syntax', 'A condition is valid CEL (or the expr-lang subset gert writes).'),
    ruleOf('condition-type', 'A condition type-checks and gives true or false.'),
    ruleOf('condition-unknown-name', 'A condition reads only vars.NAME, captures.NAME, evidence.STEP.NAME, steps.ID.status and steps.ID.exit_code that exist.'),
    ruleOf('condition-forward-ref', "A condition reads only earlier steps (an outcome's condition may also read its own step)."),
    ruleOf('choice-unknown-option', 'A choice (or a step status) is compared only with values it can take.')
];

// EXTERNAL MODULE: ./src/runbook/duration.ts
var duration = __webpack_require__(6174);
// EXTERNAL MODULE: ./src/runbook/regex.ts
var regex = __webpack_require__(2539);
// EXTERNAL MODULE: ./src/runbook/template.ts
var template = __webpack_require__(7928);
;// CONCATENATED MODULE: ./src/runbook/rules/rule.ts
/** Runs `fn` on every step with its index and collects what it reports. */
function eachStep(ctx, fn) {
    return ctx.runbook.steps.flatMap((step, index) => {
        const r = fn(step, index);
        return r === undefined ? [] : Array.isArray(r) ? r : [r];
    });
}

;// CONCATENATED MODULE: ./src/runbook/rules/evidence.ts




const evidenceRules = [
    {
        id: 'evidence-name-duplicate',
        severity: 'error',
        summary: 'Evidence names are unique within a step.',
        check: (ctx) => eachStep(ctx, (step, i) => {
            const seen = new Set();
            return (step.required_evidence ?? []).flatMap((ev, j) => {
                if (!seen.has(ev.name)) {
                    seen.add(ev.name);
                    return [];
                }
                return [
                    ctx.source.diag('evidence-name-duplicate', 'error', `evidence name '${ev.name}' is used twice in step '${step.id}'`, ['steps', i, 'required_evidence', j, 'name'])
                ];
            });
        })
    },
    {
        id: 'checklist-items-required',
        severity: 'error',
        summary: 'A checklist has items, and only a checklist has items.',
        check: (ctx) => eachStep(ctx, (step, i) => (step.required_evidence ?? []).flatMap((ev, j) => {
            const path = ['steps', i, 'required_evidence', j];
            if (ev.kind === 'checklist' && (ev.items?.length ?? 0) === 0) {
                return [
                    ctx.source.diag('checklist-items-required', 'error', `checklist '${ev.name}' needs a non-empty items list`, path)
                ];
            }
            if (ev.kind !== 'checklist' && ev.items !== undefined) {
                return [
                    ctx.source.diag('checklist-items-required', 'error', `items only apply to a checklist, but '${ev.name}' is ${ev.kind} evidence`, [...path, 'items'], { key: true })
                ];
            }
            return [];
        }))
    },
    {
        id: 'approvals-min',
        severity: 'error',
        summary: 'approvals.min is at least 1.',
        check: (ctx) => eachStep(ctx, (step, i) => step.approvals !== undefined && step.approvals.min < 1
            ? ctx.source.diag('approvals-min', 'error', `approvals.min must be at least 1, got ${step.approvals.min}; remove approvals to need none`, ['steps', i, 'approvals', 'min'])
            : undefined)
    },
    {
        id: 'assertion-regex-invalid',
        severity: 'error',
        summary: 'Every `matches` assertion compiles (its `{{ .name }}` values are matched literally).',
        check: (ctx) => eachStep(ctx, (step, i) => (step.assertions ?? []).flatMap((a, j) => {
            if (a.matches === undefined)
                return [];
            // A value is inserted quoted, so any literal stands for it; bad template syntax is
            // template-syntax's to report.
            const parsed = (0,template/* parseTemplate */.QC)(a.matches);
            if (!parsed.ok)
                return [];
            const r = (0,regex/* compileRegex */.DL)((0,template/* renderParts */.Rs)(parsed.parts, () => 'x'));
            return r.ok
                ? []
                : [
                    ctx.source.diag('assertion-regex-invalid', 'error', r.error, [
                        'steps',
                        i,
                        'assertions',
                        j,
                        'matches'
                    ])
                ];
        }))
    },
    {
        id: 'duration-invalid',
        severity: 'error',
        summary: 'Durations parse as Go durations (30s, 5m, 1h30m), at most 2^31-1 ms.',
        check: (ctx) => {
            const fields = [
                { value: ctx.runbook.meta.defaults?.timeout, path: ['meta', 'defaults', 'timeout'] },
                ...ctx.runbook.steps.map((s, i) => ({ value: s.timeout, path: ['steps', i, 'timeout'] }))
            ];
            return fields.flatMap(({ value, path }) => {
                if (value === undefined)
                    return [];
                const r = (0,duration/* parseDuration */.E9)(value);
                return r.ok ? [] : [ctx.source.diag('duration-invalid', 'error', r.error, path)];
            });
        }
    }
];

// EXTERNAL MODULE: ./src/runbook/cel/condition.ts
var condition = __webpack_require__(4254);
;// CONCATENATED MODULE: ./src/runbook/rules/flow.ts
// Rules on the decision flow: a choice's options, steps that can never run, and paths that end
// without an outcome in a runbook that declares outcomes.



/** True when the step ends every run that reaches it: no guard, and an outcome without `when`. */
function alwaysEnds(step) {
    return step.when === undefined && (step.outcomes ?? []).some((o) => o.when === undefined);
}
/** A guard that reads nothing and is false: the step can never run. */
function constantlyFalse(when) {
    if (when === undefined)
        return false;
    const c = (0,condition/* compileCondition */.vs)(when);
    if (!c.ok || c.condition.refs.length > 0)
        return false;
    try {
        return c.condition.program({}) === false;
    }
    catch {
        return false;
    }
}
const flowRules = [
    {
        id: 'choice-options',
        severity: 'error',
        summary: 'A choice has at least two distinct options; options belong to choice evidence only.',
        check: (ctx) => eachStep(ctx, (step, i) => (step.required_evidence ?? []).flatMap((e, j) => {
            const path = ['steps', i, 'required_evidence', j];
            const values = (0,conditions/* optionValues */.ib)(e.options);
            if (e.kind !== 'choice') {
                return e.options === undefined
                    ? []
                    : [
                        ctx.source.diag('choice-options', 'error', `options apply to choice evidence only, not to ${e.kind} '${e.name}'`, [...path, 'options'], { key: true })
                    ];
            }
            const dup = values.find((v, k) => values.indexOf(v) !== k);
            if (values.length >= 2 && dup === undefined)
                return [];
            const why = dup === undefined
                ? `has ${values.length} option${values.length === 1 ? '' : 's'}; a choice needs at least two, e.g. options: [lockdown, rollback]`
                : `lists the option '${dup}' twice`;
            return [ctx.source.diag('choice-options', 'error', `choice '${e.name}' ${why}`, path)];
        }))
    },
    {
        id: 'step-unreachable',
        severity: 'warning',
        summary: 'Every step can run: none follows a step that always ends the run, and no guard is always false.',
        check: (ctx) => {
            const ender = ctx.runbook.steps.findIndex(alwaysEnds);
            return eachStep(ctx, (step, i) => {
                if (ender !== -1 && i > ender) {
                    const id = ctx.runbook.steps[ender]?.id ?? '';
                    return ctx.source.diag('step-unreachable', 'warning', `step '${step.id}' can never run: step '${id}' (steps[${ender}]) always ends the run with an outcome`, ['steps', i, 'id']);
                }
                return constantlyFalse(step.when)
                    ? ctx.source.diag('step-unreachable', 'warning', `step '${step.id}' can never run: its condition is always false`, ['steps', i, 'when'])
                    : undefined;
            });
        }
    },
    {
        id: 'outcome-missing',
        severity: 'warning',
        summary: 'A runbook with outcomes ends every path with one: some step always ends the run, a step ending it is followed by one guarded by its `not_taken`, or every option of a choice leads to an outcome (a step guarded by the option, or an outcome whose `when` is the option).',
        check: (ctx) => {
            const steps = ctx.runbook.steps;
            if (!steps.some((s) => (s.outcomes?.length ?? 0) > 0))
                return [];
            if (steps.some(alwaysEnds) || elseCovered(steps) || choicesCovered(steps, ctx))
                return [];
            return [
                ctx.source.diag('outcome-missing', 'warning', 'this runbook declares outcomes, but a run can reach its end without one; add an outcome without `when` to a last step (for example state: escalated)', ['steps', steps.length - 1])
            ];
        }
    }
];
const endsWhenTaken = (s) => (s.outcomes ?? []).some((o) => o.when === undefined);
/** True when a step that ends the run is followed by one that ends it when the first was not taken. */
function elseCovered(steps) {
    return steps.some((s, i) => endsWhenTaken(s) &&
        steps
            .slice(i + 1)
            .some((t) => endsWhenTaken(t) &&
            new RegExp(`^\\s*steps\\.${s.id}\\.status\\s*==\\s*["']not_taken["']\\s*$`).test(t.when ?? '')));
}
/**
 * True when some choice's every option leads to a step that ends the run: each such step's guard is
 * `<choice> == "<option>"` and it has an outcome without `when`, or the step is unguarded and an
 * outcome's `when` is `<choice> == "<option>"`.
 */
function choicesCovered(steps, ctx) {
    const names = (0,conditions/* bareNames */.jY)(ctx.runbook);
    const covered = new Map();
    // A step guarded by one option that ends the run, or an unguarded step (a choice itself: "no"
    // ends the run) whose outcome holds on one option.
    const ends = steps.flatMap((s) => s.when !== undefined
        ? (s.outcomes ?? []).some((o) => o.when === undefined)
            ? [s.when]
            : []
        : (s.outcomes ?? []).flatMap((o) => (o.when === undefined ? [] : [o.when])));
    for (const when of ends) {
        const read = (0,conditions/* readCondition */.sK)(when, names);
        if (!read.ok || read.condition.refs.length !== 1)
            continue;
        const ref = read.condition.refs[0];
        if (ref?.root !== 'evidence' || ref.compared.length !== 1)
            continue;
        if (!/^\s*\S+\s*==\s*("[^"]*"|'[^']*')\s*$/.test(read.condition.expression))
            continue;
        const key = ref.path.join('.');
        const set = covered.get(key) ?? new Set();
        set.add(ref.compared[0]?.value ?? '');
        covered.set(key, set);
    }
    for (const step of steps) {
        for (const e of step.required_evidence ?? []) {
            if (e.kind !== 'choice')
                continue;
            const got = covered.get(`${step.id}.${e.name}`);
            if (got !== undefined && (0,conditions/* optionValues */.ib)(e.options).every((o) => got.has(o)))
                return true;
        }
        if (step.choices !== undefined) {
            const got = covered.get(`${step.id}.${step.choices.variable}`);
            if (got !== undefined && (0,conditions/* optionValues */.ib)(step.choices.options).every((o) => got.has(o)))
                return true;
        }
    }
    return false;
}

// EXTERNAL MODULE: ./src/runbook/commands.ts
var commands = __webpack_require__(3648);
// EXTERNAL MODULE: ./src/runbook/safety/wrapped.ts + 1 modules
var wrapped = __webpack_require__(1412);
;// CONCATENATED MODULE: ./src/runbook/rules/governance.ts




const governanceRules = [
    {
        id: 'governance-overlap',
        severity: 'error',
        summary: 'allowed_commands and denied_commands share no entry.',
        check: (ctx) => {
            const g = ctx.runbook.meta.governance;
            const denied = g?.denied_commands ?? [];
            return (g?.allowed_commands ?? []).flatMap((entry, i) => (0,commands/* matchCommandList */.x5)(denied, entry) === undefined
                ? []
                : [
                    ctx.source.diag('governance-overlap', 'error', `'${entry}' is both allowed and denied; remove it from one of the lists`, ['meta', 'governance', 'allowed_commands', i])
                ]);
        }
    },
    {
        id: 'command-denied',
        severity: 'error',
        summary: 'No step runs a command on denied_commands.',
        check: (ctx) => {
            const denied = ctx.runbook.meta.governance?.denied_commands ?? [];
            return eachStep(ctx, (step, i) => {
                const argv0 = step.with?.argv?.[0];
                const hit = argv0 === undefined ? undefined : (0,commands/* matchCommandList */.x5)(denied, argv0);
                return hit === undefined
                    ? undefined
                    : ctx.source.diag('command-denied', 'error', `command '${argv0}' is denied by governance (denied_commands entry '${hit}')`, ['steps', i, 'with', 'argv', 0]);
            });
        }
    },
    {
        id: 'command-not-allowed',
        severity: 'error',
        summary: 'When allowed_commands is non-empty, every step command is on it.',
        check: (ctx) => {
            const allowed = ctx.runbook.meta.governance?.allowed_commands ?? [];
            if (allowed.length === 0)
                return [];
            return eachStep(ctx, (step, i) => {
                const argv0 = step.with?.argv?.[0];
                if (argv0 === undefined || (0,commands/* matchCommandList */.x5)(allowed, argv0) !== undefined)
                    return undefined;
                return ctx.source.diag('command-not-allowed', 'error', `command '${argv0}' is not in allowed_commands (${allowed.join(', ')}); add it there or change the step`, ['steps', i, 'with', 'argv', 0]);
            });
        }
    },
    {
        id: 'allowlist-command-runner',
        severity: 'warning',
        summary: 'The allowlist holds no shell, interpreter, command runner or wrapper (sh, bash, python*, node, env, xargs, sudo, timeout, flock, make, less, ...).',
        check: (ctx) => (ctx.runbook.meta.governance?.allowed_commands ?? []).flatMap((entry, i) => {
            const reason = (0,commands/* commandRunnerReason */.U7)(entry) ?? (0,wrapped/* wrapperReason */.oF)(entry);
            return reason === undefined
                ? []
                : [
                    ctx.source.diag('allowlist-command-runner', 'warning', `allowing '${entry}' lets every command through (${reason}); the allowlist then restricts nothing`, ['meta', 'governance', 'allowed_commands', i])
                ];
        })
    },
    {
        id: 'redact-pattern-invalid',
        severity: 'error',
        summary: 'Every redaction pattern compiles.',
        check: (ctx) => (ctx.runbook.meta.governance?.redact ?? []).flatMap((rule, i) => {
            const problem = (0,regex/* regexProblem */.Hs)(rule.pattern);
            return problem === undefined
                ? []
                : [
                    ctx.source.diag('redact-pattern-invalid', 'error', problem, [
                        'meta',
                        'governance',
                        'redact',
                        i,
                        'pattern'
                    ])
                ];
        })
    }
];

;// CONCATENATED MODULE: ./src/runbook/rules/nul-bytes.ts
/** The strings that reach a process: argv, env names and values, cwd, and the vars they use. */
function processStrings(ctx) {
    const out = [];
    for (const [name, value] of Object.entries(ctx.runbook.meta.vars ?? {})) {
        out.push({ value: name, path: ['meta', 'vars', name], key: true });
        if (typeof value === 'string')
            out.push({ value, path: ['meta', 'vars', name] });
    }
    ctx.runbook.steps.forEach((step, i) => {
        const w = step.with;
        if (w === undefined)
            return;
        (w.argv ?? []).forEach((arg, j) => out.push({ value: arg, path: ['steps', i, 'with', 'argv', j] }));
        for (const [name, value] of Object.entries(w.env ?? {})) {
            out.push({ value: name, path: ['steps', i, 'with', 'env', name], key: true });
            out.push({ value: String(value), path: ['steps', i, 'with', 'env', name] });
        }
        if (w.cwd !== undefined)
            out.push({ value: w.cwd, path: ['steps', i, 'with', 'cwd'] });
    });
    return out;
}
const nulByteRules = [
    {
        id: 'nul-byte',
        severity: 'error',
        summary: 'No NUL byte (\\0) in argv, env, cwd or meta.vars: a process argument, variable or directory cannot hold one.',
        check: (ctx) => processStrings(ctx).flatMap(({ value, path, key }) => value.includes('\u0000')
            ? [
                ctx.source.diag('nul-byte', 'error', `a NUL byte (\\0) at character ${value.indexOf('\u0000') + 1}: a process argument, environment variable or directory name cannot hold one`, path, key === true ? { key: true } : {})
            ]
            : [])
    }
];

// EXTERNAL MODULE: ./src/runbook/env-hooks.ts
var env_hooks = __webpack_require__(5990);
// EXTERNAL MODULE: ./src/runbook/safety/classify.ts + 16 modules
var classify = __webpack_require__(2277);
;// CONCATENATED MODULE: ./src/runbook/rules/safety.ts
// Rules on what commands do: a destructive command is reported, because the engine will stop and
// ask for a two-step confirmation before it runs (unless the step already says confirm: true); an
// env var that changes which binary runs, or what it loads, is refused unless the step opts in.



const safetyRules = [
    {
        id: 'destructive-command',
        severity: 'warning',
        summary: 'A step that runs a destructive command (docs/SAFETY.md) says confirm: true; otherwise it is reported, and the engine asks for confirmation anyway.',
        check: (ctx) => eachStep(ctx, (step, i) => {
            const argv = step.with?.argv;
            if (step.type !== 'cli' || argv === undefined || step.confirm === true)
                return undefined;
            const c = (0,classify/* classifyCommand */.I)(argv);
            if (c.level !== 'destructive')
                return undefined;
            return ctx.source.diag('destructive-command', 'warning', `step '${step.id}' runs a destructive command (${c.rule}: ${c.reason}); it will pause for a two-step confirmation before it runs. Add confirm: true to say so explicitly`, ['steps', i, 'with', 'argv']);
        })
    },
    {
        id: 'env-hook',
        severity: 'error',
        summary: 'with.env sets no loader or interpreter hook (PATH, LD_*, DYLD_*, NODE_OPTIONS, BASH_ENV, ENV, GIT_*, PYTHONPATH, PERL5OPT, RUBYOPT, ...) unless with.allow_env_hooks lists it.',
        check: (ctx) => eachStep(ctx, (step, i) => (0,env_hooks/* envHooks */.g)(step.with?.env, step.with?.allow_env_hooks).map(({ name, reason }) => ctx.source.diag('env-hook', 'error', `step '${step.id}' sets ${name} in with.env: ${reason}, so an allowed command could run other code; remove it, or list it in with.allow_env_hooks to accept that`, ['steps', i, 'with', 'env', name])))
    }
];

;// CONCATENATED MODULE: ./src/runbook/rules/steps.ts

const CLI_ONLY = ['with', 'capture', 'assertions', 'timeout', 'confirm'];
const MANUAL_ONLY = ['instructions', 'required_evidence', 'approvals', 'replay_mode'];
const stepRules = [
    {
        id: 'step-id-duplicate',
        severity: 'error',
        summary: 'Step ids are unique.',
        check: (ctx) => {
            const first = new Map();
            return eachStep(ctx, (step, i) => {
                const prev = first.get(step.id);
                if (prev === undefined) {
                    first.set(step.id, i);
                    return undefined;
                }
                return ctx.source.diag('step-id-duplicate', 'error', `duplicate step id '${step.id}'; it is first used by steps[${prev}]`, ['steps', i, 'id']);
            });
        }
    },
    {
        id: 'cli-argv-required',
        severity: 'error',
        summary: 'A cli step has a non-empty with.argv.',
        check: (ctx) => eachStep(ctx, (step, i) => {
            if (step.type !== 'cli' || (step.with?.argv?.length ?? 0) > 0)
                return undefined;
            // Located at with.argv when the source has it (even empty), else at the nearest ancestor.
            return ctx.source.diag('cli-argv-required', 'error', `cli step '${step.id}' needs a non-empty with.argv, e.g. argv: ["uname", "-a"]`, ['steps', i, 'with', 'argv']);
        })
    },
    {
        id: 'manual-instructions-required',
        severity: 'error',
        summary: 'A manual step has instructions.',
        check: (ctx) => eachStep(ctx, (step, i) => step.type === 'manual' && (step.instructions ?? '').trim() === ''
            ? ctx.source.diag('manual-instructions-required', 'error', `manual step '${step.id}' needs instructions telling the operator what to do`, ['steps', i])
            : undefined)
    },
    {
        id: 'step-field-mismatch',
        severity: 'error',
        summary: 'A step only has the fields of its type (cli: with, capture, assertions, timeout, confirm; manual: instructions, required_evidence, approvals, replay_mode).',
        check: (ctx) => eachStep(ctx, (step, i) => {
            const foreign = step.type === 'cli' ? MANUAL_ONLY : CLI_ONLY;
            const own = step.type === 'cli' ? CLI_ONLY : MANUAL_ONLY;
            return foreign
                .filter((field) => step[field] !== undefined)
                .map((field) => ctx.source.diag('step-field-mismatch', 'error', `field '${field}' does not apply to a ${step.type} step; a ${step.type} step takes ${own.join(', ')}`, ['steps', i, field], { key: true }));
        })
    }
];

;// CONCATENATED MODULE: ./src/runbook/template-fields.ts
// `matches` too: there each value is matched literally (see renderPattern in the engine).
const TEXT_ASSERTIONS = ['contains', 'not_contains', 'matches', 'equals', 'not_equals'];
/** Every templated string of a step, with its path relative to the step. */
function templateFields(step) {
    const out = [];
    step.with?.argv?.forEach((value, i) => out.push({ path: ['with', 'argv', i], value }));
    for (const [key, value] of Object.entries(step.with?.env ?? {})) {
        if (value !== undefined)
            out.push({ path: ['with', 'env', key], value });
    }
    if (step.with?.cwd !== undefined)
        out.push({ path: ['with', 'cwd'], value: step.with.cwd });
    if (step.with?.stdin !== undefined)
        out.push({ path: ['with', 'stdin'], value: step.with.stdin });
    step.assertions?.forEach((a, i) => {
        for (const kind of TEXT_ASSERTIONS) {
            const value = a[kind];
            if (value !== undefined)
                out.push({ path: ['assertions', i, kind], value });
        }
    });
    if (step.instructions !== undefined)
        out.push({ path: ['instructions'], value: step.instructions });
    return out;
}

;// CONCATENATED MODULE: ./src/runbook/rules/templates.ts



/** Index of the step that captures each name (first one wins). */
function captureOwners(ctx) {
    const owners = new Map();
    ctx.runbook.steps.forEach((step, i) => {
        for (const name of Object.keys(step.capture ?? {}))
            if (!owners.has(name))
                owners.set(name, i);
    });
    return owners;
}
function closest(name, candidates) {
    let best;
    let bestScore = Infinity;
    for (const c of candidates) {
        const d = editDistance(name.toLowerCase(), c.toLowerCase());
        if (d < bestScore) {
            best = c;
            bestScore = d;
        }
    }
    return best !== undefined && bestScore <= Math.max(2, Math.floor(name.length / 3))
        ? best
        : undefined;
}
function editDistance(a, b) {
    let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        const cur = [i];
        for (let j = 1; j <= b.length; j++) {
            cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
        }
        prev = cur;
    }
    return prev[b.length];
}
// The three template rules share one pass over the fields; the result is kept per validation.
const referenceCache = new WeakMap();
function checkReferences(ctx) {
    const cached = referenceCache.get(ctx);
    if (cached !== undefined)
        return cached;
    const result = scanReferences(ctx);
    referenceCache.set(ctx, result);
    return result;
}
function scanReferences(ctx) {
    const vars = new Set(Object.keys(ctx.runbook.meta.vars ?? {}));
    const owners = captureOwners(ctx);
    return eachStep(ctx, (step, i) => {
        const out = [];
        for (const field of templateFields(step)) {
            const path = ['steps', i, ...field.path];
            const parsed = (0,template/* parseTemplate */.QC)(field.value);
            if (!parsed.ok) {
                out.push(ctx.source.diag('template-syntax', 'error', parsed.error, path));
                continue;
            }
            for (const name of (0,template/* templateRefs */.dc)(parsed.parts)) {
                if (vars.has(name))
                    continue;
                const owner = owners.get(name);
                if (owner !== undefined && owner < i)
                    continue;
                if (owner !== undefined) {
                    const ownerId = ctx.runbook.steps[owner]?.id ?? '';
                    const when = owner === i ? 'this same step' : `a later step '${ownerId}' (steps[${owner}])`;
                    out.push(ctx.source.diag('template-forward-ref', 'error', `'{{ .${name} }}' refers to the capture of ${when}; a template may only use meta.vars and captures of earlier steps`, path));
                    continue;
                }
                const known = [...vars, ...[...owners].filter(([, o]) => o < i).map(([n]) => n)];
                const hint = closest(name, known);
                const expected = known.length === 0
                    ? 'no vars or earlier captures are defined'
                    : `known names: ${known.join(', ')}`;
                out.push(ctx.source.diag('template-unknown-var', 'error', `'{{ .${name} }}' is neither in meta.vars nor captured by an earlier step${hint === undefined ? '' : ` (did you mean '${hint}'?)`}; ${expected}`, path));
            }
        }
        return out;
    });
}
const templateRules = [
    {
        id: 'template-syntax',
        severity: 'error',
        summary: "Templates use only '{{ .name }}' references; other text/template syntax is refused by name.",
        check: (ctx) => checkReferences(ctx).filter((d) => d.rule === 'template-syntax')
    },
    {
        id: 'template-unknown-var',
        severity: 'error',
        summary: 'Every {{ .name }} resolves to meta.vars or to a capture of an earlier step.',
        check: (ctx) => checkReferences(ctx).filter((d) => d.rule === 'template-unknown-var')
    },
    {
        id: 'template-forward-ref',
        severity: 'error',
        summary: 'No template refers to a capture of its own step or of a later step.',
        check: (ctx) => checkReferences(ctx).filter((d) => d.rule === 'template-forward-ref')
    },
    {
        id: 'argv0-template',
        severity: 'error',
        summary: 'argv[0] is a literal command, never a template.',
        check: (ctx) => eachStep(ctx, (step, i) => {
            const argv0 = step.with?.argv?.[0];
            return argv0 !== undefined && argv0.includes('{{')
                ? ctx.source.diag('argv0-template', 'error', `argv[0] must be a literal command name, got '${argv0}'; a template there could run any program`, ['steps', i, 'with', 'argv', 0])
                : undefined;
        })
    },
    {
        id: 'capture-name-conflict',
        severity: 'error',
        summary: 'A capture name differs from every meta.vars name.',
        check: (ctx) => {
            const vars = new Set(Object.keys(ctx.runbook.meta.vars ?? {}));
            const seen = new Map();
            return eachStep(ctx, (step, i) => Object.keys(step.capture ?? {}).flatMap((name) => {
                const path = ['steps', i, 'capture', name];
                if (vars.has(name)) {
                    return [
                        ctx.source.diag('capture-name-conflict', 'error', `capture '${name}' has the name of a meta.vars entry; rename one of them`, path, { key: true })
                    ];
                }
                seen.set(name, seen.get(name) ?? step.id);
                return [];
            }));
        }
    },
    {
        id: 'capture-name-reused',
        severity: 'warning',
        summary: 'A capture name is captured by one step only; when several capture it (as gert writes), the later value replaces the earlier.',
        check: (ctx) => {
            const seen = new Map();
            return eachStep(ctx, (step, i) => Object.keys(step.capture ?? {}).flatMap((name) => {
                const prev = seen.get(name);
                seen.set(name, prev ?? step.id);
                return prev === undefined
                    ? []
                    : [
                        ctx.source.diag('capture-name-reused', 'warning', `capture '${name}' is also captured by step '${prev}': from here on this step's value replaces it`, ['steps', i, 'capture', name], { key: true })
                    ];
            }));
        }
    }
];

;// CONCATENATED MODULE: ./src/runbook/rules/index.ts
// The registry of named domain rules, in the order they run.








const RULES = [
    ...stepRules,
    ...nulByteRules,
    ...templateRules,
    ...governanceRules,
    ...safetyRules,
    ...evidenceRules,
    ...conditionRules,
    ...flowRules
];

// EXTERNAL MODULE: ./src/runbook/gert/tree.ts
var tree = __webpack_require__(8243);
// EXTERNAL MODULE: ./src/runbook/schema.ts + 2 modules
var schema = __webpack_require__(150);
// EXTERNAL MODULE: ./src/runbook/yaml-source.ts + 1 modules
var yaml_source = __webpack_require__(982);
;// CONCATENATED MODULE: ./src/runbook/validate.ts






/** gert's inputs are vars with a description: each becomes a var (its default, else empty). */
function withInputs(runbook) {
    const inputs = runbook.meta.inputs;
    if (inputs === undefined)
        return runbook;
    const vars = { ...runbook.meta.vars };
    for (const [name, input] of Object.entries(inputs))
        vars[name] ??= input?.default ?? '';
    return { ...runbook, meta: { ...runbook.meta, vars } };
}
/** Exactly one of `steps` and gert's `tree`. */
function stepsOrTree(doc, source) {
    if ((doc.steps === undefined) !== (doc.tree === undefined))
        return undefined;
    return doc.steps === undefined
        ? source.diag('schema-required', 'error', "missing required field 'steps' (or gert's 'tree')", [])
        : source.diag('schema-unknown-field', 'error', "a runbook has either 'steps' or gert's 'tree', not both", ['tree'], { key: true });
}
/** Validates runbook text; `file` is the name used in diagnostics. */
function validateRunbookText(text, file) {
    const parsed = (0,yaml_source/* parseYamlSource */.W)(text.replace(/^\uFEFF/, ''), file);
    if (!parsed.ok)
        return { file, diagnostics: (0,diagnostic/* sortDiagnostics */.Ds)(parsed.diagnostics) };
    return validateRunbookSource(parsed.source);
}
/**
 * The schema and rule phases over a parsed source (its `value` must be what the YAML reads as):
 * for a writer that holds the value it just serialised and can locate lazily.
 */
function validateRunbookSource(source) {
    const file = source.file;
    const schemaErrors = (0,schema/* checkSchema */._U)(source);
    if (schemaErrors.length > 0)
        return { file, source, diagnostics: (0,diagnostic/* sortDiagnostics */.Ds)(schemaErrors) };
    const doc = (0,normalize/* normalizeRunbook */.Y)(source.value);
    const shape = stepsOrTree(doc, source);
    if (shape !== undefined)
        return { file, source, diagnostics: [shape] };
    let runbook = doc;
    let located = source;
    if (doc.tree !== undefined) {
        const flat = (0,tree/* flattenTree */.dG)(doc.tree);
        runbook = (0,tree/* flatDocument */.hv)(doc, flat);
        located = (0,tree/* treeSource */.Av)(source, flat);
    }
    runbook = withInputs(runbook);
    const ctx = { runbook, source: located };
    const diagnostics = (0,diagnostic/* sortDiagnostics */.Ds)(RULES.flatMap((rule) => rule.check(ctx)));
    const failed = diagnostics.some((d) => d.severity === 'error');
    return failed ? { file, source, diagnostics } : { file, source, runbook, diagnostics };
}


/***/ }),

/***/ 982:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  W: () => (/* binding */ parseYamlSource)
});

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/runbook/diagnostic.ts
var diagnostic = __webpack_require__(6241);
;// CONCATENATED MODULE: ./src/runbook/yaml-shape.ts
// Shapes of YAML that parse but cannot become a plain value: an alias inside the node it names (a
// cycle, which would turn into a circular object) and nesting deeper than any runbook needs (which
// would exhaust the call stack of every later recursive pass). Walked without recursion.

/** No runbook, scenario or evidence file nests anywhere near this deep. */
const MAX_YAML_DEPTH = 64;
/** The first cycle or too-deep nesting in the document, or undefined when there is none. */
function yamlShapeProblem(doc) {
    const stack = [{ node: doc.contents, depth: 0 }];
    while (stack.length > 0) {
        const { node, depth } = stack.pop();
        if ((0,dist/* isAlias */.Vj)(node)) {
            const target = node.resolve(doc);
            const inside = target?.range;
            const at = node.range?.[0] ?? 0;
            if (inside !== undefined && inside !== null && at >= inside[0] && at < inside[2])
                return {
                    offset: at,
                    message: `the alias *${node.source} refers to a node that contains it: a value cannot hold itself`
                };
        }
        else if ((0,dist/* isPair */.tO)(node)) {
            stack.push({ node: node.key, depth }, { node: node.value, depth });
        }
        else if ((0,dist/* isCollection */.P3)(node)) {
            if (depth >= MAX_YAML_DEPTH)
                return {
                    offset: node.range?.[0] ?? 0,
                    message: `nested more than ${MAX_YAML_DEPTH} levels deep: flatten the structure`
                };
            for (const item of node.items)
                stack.push({ node: item, depth: depth + 1 });
        }
    }
    return undefined;
}
/** The parser's own message when the nesting exhausted its call stack, in the same words. */
function tooDeepMessage(raw) {
    return /call stack/i.test(raw)
        ? `nested more than ${MAX_YAML_DEPTH} levels deep: flatten the structure`
        : undefined;
}

;// CONCATENATED MODULE: ./src/runbook/yaml-source.ts
// Parses YAML while keeping positions, so every later diagnostic can point at a line and column.



const YAML_RULES = { DUPLICATE_KEY: 'yaml-duplicate-key' };
/** Parses one YAML document. Syntax errors, duplicate keys and extra documents are diagnostics. */
function parseYamlSource(text, file) {
    const nul = text.indexOf('\u0000');
    if (nul !== -1) {
        // Binary content: say so, instead of echoing its bytes back as "a string".
        const line = text.slice(0, nul).split('\n').length;
        return {
            ok: false,
            diagnostics: [
                {
                    rule: 'file-unreadable',
                    severity: 'error',
                    message: `binary content (a NUL byte on line ${line}), expected a YAML text file`,
                    file,
                    line: 1,
                    col: 1,
                    path: ''
                }
            ]
        };
    }
    const lineCounter = new dist/* LineCounter */.HN();
    const docs = (0,dist/* parseAllDocuments */.hR)(text, {
        lineCounter,
        prettyErrors: false,
        uniqueKeys: true,
        // Merge keys (<<: *defaults), as Go's yaml.v3 reads them in the peers' files.
        merge: true
    });
    const at = (offset) => lineCounter.linePos(offset);
    const diagnostics = [];
    const list = Array.isArray(docs) ? docs : [];
    for (const doc of list) {
        for (const err of [...doc.errors, ...doc.warnings]) {
            const offset = err.message.startsWith('Missing closing')
                ? (unterminatedQuote(text) ?? err.pos[0])
                : err.pos[0];
            const pos = at(offset);
            const tooDeep = tooDeepMessage(err.message);
            const rule = tooDeep ? 'yaml-structure' : (YAML_RULES[err.code] ?? 'yaml-syntax');
            const message = rule === 'yaml-duplicate-key'
                ? 'duplicate key: a key may appear only once in a mapping'
                : tooDeep !== undefined
                    ? `invalid YAML: ${tooDeep}`
                    : yamlMessage(err.message);
            const dup = diagnostics.some((d) => d.line === pos.line && d.col === pos.col && d.message === message);
            if (!dup)
                diagnostics.push({
                    rule,
                    severity: 'error',
                    message,
                    file,
                    line: pos.line,
                    col: pos.col,
                    path: ''
                });
        }
    }
    if (list.length > 1) {
        const second = list[1];
        const pos = at(second.range?.[0] ?? 0);
        diagnostics.push({
            rule: 'yaml-multiple-documents',
            severity: 'error',
            message: `expected exactly one YAML document, found ${list.length} (remove the '---' separators)`,
            file,
            line: pos.line,
            col: pos.col,
            path: ''
        });
    }
    const doc = list[0];
    if (doc === undefined || doc.contents === null) {
        if (diagnostics.length === 0) {
            diagnostics.push({
                rule: 'yaml-empty',
                severity: 'error',
                message: 'the file holds no YAML document',
                file,
                line: 1,
                col: 1,
                path: ''
            });
        }
    }
    if (diagnostics.length > 0 || doc === undefined)
        return { ok: false, diagnostics };
    const shape = yamlShapeProblem(doc);
    if (shape !== undefined) {
        const pos = at(shape.offset);
        const message = `invalid YAML: ${shape.message}`;
        return {
            ok: false,
            diagnostics: [{ rule: 'yaml-structure', severity: 'error', message, file, ...pos, path: '' }]
        };
    }
    const value = toValue(doc);
    if (!value.ok) {
        const pos = at(value.offset);
        const message = `invalid YAML: aliases expand to more than ${MAX_ALIAS_COUNT} nodes; write the values out or use fewer aliases`;
        return {
            ok: false,
            diagnostics: [{ rule: 'yaml-syntax', severity: 'error', message, file, ...pos, path: '' }]
        };
    }
    const locate = (path, opts = {}) => {
        const offset = findOffset(doc, path, opts.key === true);
        return at(offset);
    };
    const source = {
        file,
        value: value.value,
        locate,
        diag: (rule, severity, message, path, opts) => {
            const pos = locate(path, opts);
            return { rule, severity, message, file, line: pos.line, col: pos.col, path: (0,diagnostic/* formatPath */.jV)(path) };
        },
        diagInside: (rule, severity, message, path, inner) => {
            const start = findOffset(doc, path, false);
            const quote = text[start] === '"' || text[start] === "'" ? 1 : 0;
            const lineEnd = text.indexOf('\n', start);
            // Block scalars and multi-line values: the value's start is the best place to point at.
            const oneLine = text[start] !== '|' &&
                text[start] !== '>' &&
                (lineEnd === -1 || start + quote + inner < lineEnd);
            const pos = at(oneLine ? start + quote + inner : start);
            return { rule, severity, message, file, line: pos.line, col: pos.col, path: (0,diagnostic/* formatPath */.jV)(path) };
        }
    };
    return { ok: true, source };
}
/** How many nodes aliases may expand to: a guard against "billion laughs" documents. */
const MAX_ALIAS_COUNT = 100;
/** The document as plain values, or the offset of its first alias when aliases expand too far. */
function toValue(doc) {
    try {
        return { ok: true, value: doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) };
    }
    catch (err) {
        // yaml throws a ReferenceError (possibly from another realm, so no instanceof) for too many.
        if (!/alias count/i.test(String(err?.message)))
            throw err;
        let offset = 0;
        (0,dist/* visit */.YR)(doc, {
            Alias: (_, node) => {
                offset = node.range?.[0] ?? 0;
                return dist/* visit */.YR.BREAK;
            }
        });
        return { ok: false, offset };
    }
}
/** Offset of the opening quote of an unterminated quoted scalar (the parser reports the file end). */
function unterminatedQuote(text) {
    let offset = 0;
    for (const token of new dist/* Lexer */.JG().lex(text)) {
        // The lexer interleaves one-character control tokens that are not part of the source.
        if (token.length === 1 && token < ' ' && token !== '\n' && token !== '\t' && token !== '\r')
            continue;
        if (token.startsWith('"') && !/^"(?:[^"\\]|\\[\s\S])*"\s*$/.test(token))
            return offset;
        if (token.startsWith("'") && !/^'(?:[^']|'')*'\s*$/.test(token))
            return offset;
        offset += token.length;
    }
    return undefined;
}
function yamlMessage(raw) {
    const first = raw.split('\n')[0] ?? raw;
    return `invalid YAML: ${first.replace(/ at line \d+, column \d+:?$/, '')}`;
}
/** Walks the node tree along `path`; returns the offset of the deepest node reached. */
function findOffset(doc, path, wantKey) {
    let node = doc.contents;
    let offset = rangeStart(node) ?? 0;
    for (let i = 0; i < path.length; i++) {
        const seg = path[i];
        const last = i === path.length - 1;
        if ((0,dist/* isMap */.jh)(node)) {
            const pair = node.items.find((p) => (0,dist/* isPair */.tO)(p) && (0,dist/* isScalar */.jn)(p.key) && String(p.key.value) === String(seg));
            if (pair === undefined)
                return offset;
            if (last && wantKey)
                return rangeStart(pair.key) ?? offset;
            node = pair.value;
            offset = rangeStart(node) ?? rangeStart(pair.key) ?? offset;
        }
        else if ((0,dist/* isSeq */.oP)(node) && typeof seg === 'number') {
            const item = node.items[seg];
            if (item === undefined)
                return offset;
            node = item;
            offset = rangeStart(node) ?? offset;
        }
        else {
            return offset;
        }
    }
    return offset;
}
function rangeStart(node) {
    if (node !== null && typeof node === 'object' && 'range' in node) {
        const range = node.range;
        if (Array.isArray(range))
            return range[0];
    }
    return undefined;
}


/***/ })

};
