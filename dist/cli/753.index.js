export const id = 753;
export const ids = [753];
export const modules = {

/***/ 3617:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $O: () => (/* binding */ stateValue),
/* harmony export */   LD: () => (/* binding */ decide),
/* harmony export */   cl: () => (/* binding */ notTakenResult),
/* harmony export */   me: () => (/* binding */ reachOutcome),
/* harmony export */   rI: () => (/* binding */ conditionOf)
/* harmony export */ });
/* unused harmony export evidenceValue */
/* harmony import */ var _runbook_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9059);

const cache = new WeakMap();
/** Reads a condition of `runbook` once (validation has already accepted it). */
function conditionOf(runbook, text) {
    let byText = cache.get(runbook);
    if (byText === undefined) {
        byText = new Map();
        cache.set(runbook, byText);
    }
    const known = byText.get(text);
    if (known !== undefined)
        return known;
    const read = (0,_runbook_index_js__WEBPACK_IMPORTED_MODULE_0__/* .readCondition */ .sK)(text, (0,_runbook_index_js__WEBPACK_IMPORTED_MODULE_0__/* .bareNames */ .jY)(runbook));
    byText.set(text, read);
    return read;
}
/** The value an evidence record stands for in a condition. */
function evidenceValue(e) {
    if (e.kind === 'checklist')
        return [...(e.items ?? [])];
    if (e.kind === 'attachment')
        return e.original_name ?? e.file ?? '';
    return e.value ?? '';
}
/**
 * What a run holds for one recorded name (its state, and `lastResult` for a step's result);
 * undefined when it is unset.
 */
function stateValue(state, lastResult, name) {
    const [root, ...rest] = name.split('.');
    if (root === 'vars')
        return state.vars[rest.join('.')];
    if (root === 'captures')
        return state.captures.get(rest.join('.'));
    const field = rest.pop() ?? '';
    const result = lastResult(rest.join('.'));
    if (result === undefined)
        return undefined;
    if (root === 'steps') {
        if (field === 'status')
            return result.status;
        if (field === 'exit_code')
            return result.exit_code ?? null;
        return undefined;
    }
    const e = result.evidence[field];
    return e === undefined ? undefined : evidenceValue(e);
}
function inputsOf(state, lastResult, names, secrets) {
    const inputs = { real: {}, recorded: {}, redacted: [] };
    for (const name of new Set(names)) {
        const value = stateValue(state, lastResult, name);
        if (value === undefined)
            continue;
        inputs.recorded[name] = value;
        const varName = name.startsWith('vars.') ? name.slice(5) : undefined;
        if (varName !== undefined && state.redacted_vars.includes(varName)) {
            inputs.redacted.push(name);
            inputs.real[name] = secrets[varName] ?? value;
        }
        else
            inputs.real[name] = value;
    }
    return inputs;
}
/** Evaluates one condition of step `index` and builds the event that records it. */
function decide(runbook, state, lastResult, secrets, site) {
    const base = {
        type: 'decision_recorded',
        kind: site.kind,
        step_id: site.step.id,
        step_index: site.index,
        ...(site.outcome_index === undefined ? {} : { outcome_index: site.outcome_index })
    };
    const read = conditionOf(runbook, site.text);
    if (!read.ok) {
        return { ...base, expression: site.text, values: {}, result: null, error: read.problem.message };
    }
    const inputs = inputsOf(state, lastResult, read.condition.refs.map(_runbook_index_js__WEBPACK_IMPORTED_MODULE_0__/* .refName */ .P7), secrets);
    const evaluated = (0,_runbook_index_js__WEBPACK_IMPORTED_MODULE_0__/* .evaluateCondition */ .F9)(read.condition, inputs.real);
    return {
        ...base,
        expression: read.condition.expression,
        values: inputs.recorded,
        ...(inputs.redacted.length === 0 ? {} : { redacted: inputs.redacted }),
        result: evaluated.ok ? evaluated.value : null,
        ...(evaluated.ok ? {} : { error: evaluated.error })
    };
}
/** The outcome step `index` reaches after it passed: the decisions made and the outcome, if any. */
function reachOutcome(runbook, state, lastResult, secrets, step, index) {
    const decisions = [];
    for (const [j, o] of (step.outcomes ?? []).entries()) {
        if (o.when !== undefined) {
            const d = decide(runbook, state, lastResult, secrets, {
                kind: 'outcome',
                step,
                index,
                outcome_index: j,
                text: o.when
            });
            decisions.push(d);
            if (d.result === null) {
                return { decisions, error: `outcome ${j} of step '${step.id}': ${d.error ?? ''}` };
            }
            if (!d.result)
                continue;
        }
        const outcome = {
            state: o.state,
            ...(o.recommendation === undefined ? {} : { recommendation: o.recommendation }),
            step_id: step.id,
            step_index: index
        };
        return { decisions, outcome };
    }
    return { decisions };
}
/** The result of a step whose guard was false (or, with `error`, could not be evaluated). */
function notTakenResult(state, step, index, now, error = null) {
    return {
        run_id: state.run_id,
        step_id: step.id,
        step_index: index,
        type: step.type,
        status: error === null ? 'not_taken' : 'failed',
        actor: 'engine',
        started_at: now,
        ended_at: now,
        duration_ms: 0,
        attempt: state.attempt,
        evidence: {},
        captures: {},
        error
    };
}


/***/ }),

/***/ 4090:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MG: () => (/* binding */ missingFor),
/* harmony export */   Zc: () => (/* binding */ mergeChecklist),
/* harmony export */   d7: () => (/* binding */ manualRequirements),
/* harmony export */   jG: () => (/* binding */ evidenceProblem),
/* harmony export */   vB: () => (/* binding */ approvalProblem)
/* harmony export */ });
/* unused harmony export ATTESTATION */
/* harmony import */ var _runbook_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9059);
// Manual steps: what evidence and approvals a step needs, what is still missing, and whether a
// submitted item is acceptable. Pure: providers gather input, the engine decides and records.


/** Evidence asked for when require_for_manual is on and a manual step declares none. */
const ATTESTATION = {
    kind: 'text',
    name: 'attestation',
    description: 'Say what you did (require_for_manual needs evidence for every manual step).'
};
/** The evidence and approvals a manual step needs. */
function manualRequirements(step, governance) {
    const declared = [...(step.required_evidence ?? []), ...gertChoice(step)];
    const evidence = declared.length === 0 && governance?.evidence?.require_for_manual === true
        ? [ATTESTATION]
        : declared;
    return { evidence, ...(step.approvals === undefined ? {} : { approvals: step.approvals }) };
}
/** gert's `choices` on a manual step is choice evidence named by its variable. */
function gertChoice(step) {
    const c = step.choices;
    if (c === undefined)
        return [];
    return [
        {
            kind: 'choice',
            name: c.variable,
            options: c.options,
            ...(c.prompt === undefined ? {} : { description: c.prompt })
        }
    ];
}
/** What is still missing, given what has been collected for the step. */
function missingFor(req, collected) {
    const evidence = req.evidence.filter((e) => !isComplete(e, collected.evidence[e.name]));
    const approvalsNeeded = Math.max(0, (req.approvals?.min ?? 0) - distinctApprovers(collected.approvals));
    return { evidence, approvalsNeeded };
}
function isComplete(e, rec) {
    if (rec === undefined)
        return false;
    if (e.kind === 'checklist')
        return (e.items ?? []).every((item) => rec.items?.includes(item) === true);
    return true;
}
function distinctApprovers(approvals) {
    return new Set(approvals.map((a) => (0,_runbook_index_js__WEBPACK_IMPORTED_MODULE_0__/* .approverKey */ .Nf)(a.approver))).size;
}
/** Why an evidence input is not acceptable for this step, or undefined when it is. */
function evidenceProblem(req, input) {
    const spec = req.evidence.find((e) => e.name === input.name);
    if (spec === undefined) {
        const names = req.evidence.map((e) => `${e.name} (${e.kind})`);
        return `this step asks for no evidence named '${input.name}'; it asks for: ${names.length > 0 ? names.join(', ') : 'none'}`;
    }
    if (spec.kind !== input.kind)
        return `evidence '${input.name}' is ${spec.kind} evidence, but a ${input.kind} value was given`;
    switch (input.kind) {
        case 'text':
            return input.value.trim() === '' ? `evidence '${input.name}' must not be empty` : undefined;
        case 'checklist': {
            const allowed = spec.items ?? [];
            const unknown = input.items.filter((i) => !allowed.includes(i));
            return unknown.length === 0
                ? undefined
                : `checklist '${input.name}' has no item ${unknown.map((u) => `'${u}'`).join(', ')}; its items are: ${allowed.map((a) => `'${a}'`).join(', ')}`;
        }
        case 'attachment':
            return input.path.trim() === '' ? `attachment '${input.name}' needs a file path` : undefined;
        case 'choice': {
            const options = (0,_runbook_index_js__WEBPACK_IMPORTED_MODULE_0__/* .optionValues */ .ib)(spec.options);
            return options.includes(input.value)
                ? undefined
                : `'${input.value}' is not an option of the choice '${input.name}'; its options are: ${options.join(', ')}`;
        }
    }
}
/** Why an approval is not acceptable, or undefined when it is. The same approver twice counts once. */
function approvalProblem(req, input) {
    if (req.approvals === undefined)
        return 'this step needs no approval';
    if (input.approver.trim() === '')
        return 'an approval needs the approver name (--as NAME)';
    const roles = req.approvals.roles ?? [];
    if (roles.length > 0 && (input.role === undefined || !roles.includes(input.role))) {
        return `approver '${input.approver}' must hold one of the roles ${roles.join(', ')} (give it with --role ROLE)${input.role === undefined ? '' : `; '${input.role}' is not one of them`}`;
    }
    return undefined;
}
/** Merges ticked checklist items with those ticked before (ticks accumulate across resumes). */
function mergeChecklist(previous, items, order) {
    const ticked = new Set([...(previous?.items ?? []), ...items]);
    return order.filter((i) => ticked.has(i));
}


/***/ }),

/***/ 3921:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  R5: () => (/* binding */ TraceInconsistencyError),
  jk: () => (/* binding */ foldTrace),
  TS: () => (/* binding */ reduce),
  v8: () => (/* binding */ stepResults)
});

;// CONCATENATED MODULE: ./src/engine/captures.ts
// The run's captured values as a persistent map, so that a step that captures costs O(log n)
// however many values earlier steps captured: the reducer never copies the whole map, and every
// state keeps its own version (states are never mutated; a new version shares almost all of the
// old one). Snapshots and the debugger see the values as a plain object (toObject, toJSON).
//
// The map is a treap whose priorities are a hash of the key, so its shape depends only on what it
// holds, never on the order values were captured: two versions holding the same values are the same
// tree, and deep equality (tests, a snapshot against the fold) compares content.
/** 32-bit FNV-1a of the key's UTF-16 code units. */
function priorityOf(key) {
    let h = 0x811c9dc5;
    for (let i = 0; i < key.length; i++)
        h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
    return h >>> 0;
}
/** Does node a belong above node b? Higher priority first; equal priorities by key. */
function above(a, b) {
    return a.priority !== b.priority ? a.priority > b.priority : a.key < b.key;
}
function insert(node, key, value, priority) {
    if (node === undefined)
        return { key, value, priority, left: undefined, right: undefined };
    if (key === node.key)
        return node.value === value ? node : { ...node, value };
    if (key < node.key) {
        const left = insert(node.left, key, value, priority);
        // Rotate right when the new child belongs above this node.
        return above(left, node) ? { ...left, right: { ...node, left: left.right } } : { ...node, left };
    }
    const right = insert(node.right, key, value, priority);
    return above(right, node)
        ? { ...right, left: { ...node, right: right.left } }
        : { ...node, right };
}
function inOrder(node, out) {
    if (node === undefined)
        return;
    inOrder(node.left, out);
    out.push([node.key, node.value]);
    inOrder(node.right, out);
}
class Captures {
    root;
    static empty = new Captures(undefined);
    #plain;
    constructor(root) {
        this.root = root;
    }
    /** The map holding `values`. */
    static from(values) {
        return Captures.empty.with(values);
    }
    /** The captured value of `name`, or undefined. */
    get(name) {
        let node = this.root;
        while (node !== undefined) {
            if (name === node.key)
                return node.value;
            node = name < node.key ? node.left : node.right;
        }
        return undefined;
    }
    /** A new version with `values` added (replacing values of the same names); this one is unchanged. */
    with(values) {
        let root = this.root;
        for (const [key, value] of Object.entries(values))
            root = insert(root, key, value, priorityOf(key));
        return root === this.root ? this : new Captures(root);
    }
    /** The values as a plain object, names in order (built once per version). */
    toObject() {
        if (this.#plain === undefined) {
            const entries = [];
            inOrder(this.root, entries);
            this.#plain = Object.fromEntries(entries); // own data properties, even for a name like __proto__
        }
        return this.#plain;
    }
    toJSON() {
        return this.toObject();
    }
}

;// CONCATENATED MODULE: ./src/engine/reduce.ts

/** A trace whose events do not describe a possible run (wrong order, unknown step, ...). */
class TraceInconsistencyError extends Error {
    seq;
    name = 'TraceInconsistencyError';
    constructor(seq, message) {
        super(`event ${seq}: ${message}`);
        this.seq = seq;
    }
}
const emptyCollected = () => ({ evidence: {}, approvals: [] });
/** Applies one trace record to the state. Pure: returns a new state, never mutates the input. */
function reduce(state, record) {
    if (record.type === 'run_started') {
        if (state !== undefined)
            throw new TraceInconsistencyError(record.seq, 'run_started after the run had started');
        return {
            run_id: record.run_id,
            runbook_path: record.runbook_path,
            runbook_digest: record.runbook_digest,
            runbook_name: record.runbook_name,
            mode: record.mode,
            status: 'running',
            started_at: record.ts,
            actor: record.actor,
            steps_total: record.steps_total,
            current_step_index: 0,
            vars: { ...record.vars },
            redacted_vars: [...record.redacted_vars],
            captures: Captures.empty,
            results: { passed: 0, failed: 0, skipped: 0, not_taken: 0 },
            collected: emptyCollected(),
            attempt: 0,
            seq: record.seq
        };
    }
    if (state === undefined)
        throw new TraceInconsistencyError(record.seq, `${record.type} before run_started`);
    if (record.seq !== state.seq + 1) {
        throw new TraceInconsistencyError(record.seq, `expected event ${state.seq + 1}, found ${record.seq}`);
    }
    const next = { ...state, seq: record.seq };
    // Governance decisions are also recorded for later steps before anything runs (preflight).
    if (record.type === 'step_started' && record.step_index !== state.current_step_index) {
        throw new TraceInconsistencyError(record.seq, `${record.type} for step ${record.step_index}, but the run is at step ${state.current_step_index}`);
    }
    switch (record.type) {
        case 'governance_decision':
        case 'snapshot_written':
            return next;
        case 'decision_recorded':
            return decisionOf(next, record);
        case 'step_started':
            return {
                ...next,
                status: 'running',
                pending: undefined,
                attempt: record.attempt,
                collected: { ...state.collected, started_at: record.ts }
            };
        case 'evidence_recorded':
            return {
                ...next,
                collected: {
                    ...state.collected,
                    evidence: { ...state.collected.evidence, [record.evidence.name]: record.evidence }
                }
            };
        case 'approval_recorded': {
            const approvals = state.collected.approvals.filter((a) => a.approver !== record.approval.approver);
            return {
                ...next,
                collected: { ...state.collected, approvals: [...approvals, record.approval] }
            };
        }
        case 'confirmation_recorded':
            return { ...next, collected: { ...state.collected, confirmed_by: record.by } };
        case 'step_result': {
            const r = record.result;
            if (r.step_index !== state.current_step_index) {
                throw new TraceInconsistencyError(record.seq, `result for step ${r.step_index}, but the run is at step ${state.current_step_index}`);
            }
            const failed = r.status === 'failed';
            return {
                ...next,
                results: { ...state.results, [r.status]: state.results[r.status] + 1 },
                captures: state.captures.with(record.captures),
                current_step_index: failed ? state.current_step_index : state.current_step_index + 1,
                attempt: failed ? state.attempt : 0,
                collected: emptyCollected(),
                pending: undefined,
                decided: undefined
            };
        }
        case 'run_paused':
            return { ...next, status: 'paused', pending: record.pending };
        case 'run_resumed':
            return { ...next, status: 'running', pending: undefined };
        case 'run_finished':
            checkEnding(state, record);
            return {
                ...next,
                status: record.status,
                pending: undefined,
                ...(record.outcome === undefined ? {} : { outcome: record.outcome }),
                ...(record.ended_by === undefined ? {} : { ended_by: record.ended_by })
            };
    }
}
/**
 * A paused run finishes only when a person ends it (ended_by, failed or cancelled), and only a
 * paused run is ended that way: a run cannot be cancelled mid-step or a finished one ended again.
 */
function checkEnding(state, record) {
    const paused = state.status === 'paused';
    if (paused && record.ended_by === undefined)
        throw new TraceInconsistencyError(record.seq, 'run_finished while the run is paused, without who ended it (ended_by)');
    if (!paused && record.ended_by !== undefined)
        throw new TraceInconsistencyError(record.seq, `run_finished ended by ${record.ended_by.by}, but the run was ${state.status}, not paused`);
    if (record.ended_by !== undefined && record.status === 'passed')
        throw new TraceInconsistencyError(record.seq, 'a run a person ended cannot have passed');
    if (record.status === 'cancelled' && record.ended_by === undefined)
        throw new TraceInconsistencyError(record.seq, 'a cancelled run_finished without ended_by');
}
/** A guard decision on the current step is kept until its result, so a resume takes the same one. */
function decisionOf(state, record) {
    if (record.kind !== 'guard' || record.result === null)
        return state;
    if (record.step_index !== state.current_step_index) {
        throw new TraceInconsistencyError(record.seq, `decision for step ${record.step_index}, but the run is at step ${state.current_step_index}`);
    }
    return { ...state, decided: { step_index: record.step_index, taken: record.result } };
}
/** Folds a whole trace; throws TraceInconsistencyError on an impossible sequence. */
function foldTrace(records, from) {
    let state = from;
    for (const r of records)
        state = reduce(state, r);
    return state;
}
/** The step results a trace recorded, in order: the run's history. */
function stepResults(records) {
    const results = [];
    for (const r of records)
        if (r.type === 'step_result')
            results.push(r.result);
    return results;
}


/***/ }),

/***/ 2753:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  t3: () => (/* reexport */ GROUP_FILE),
  dD: () => (/* reexport */ NEVER_STARTED),
  c6: () => (/* reexport */ RunLockedError),
  lQ: () => (/* reexport */ RunNotFoundError),
  Jr: () => (/* reexport */ RunStoreError),
  Ks: () => (/* reexport */ TraceTamperedError),
  ut: () => (/* reexport */ createRun),
  PX: () => (/* reexport */ formatVerifyReport),
  Iy: () => (/* reexport */ openRun),
  $f: () => (/* reexport */ verifyRun)
});

// UNUSED EXPORTS: CanonicalJsonError, FileRunStore, GENESIS_HASH, MANIFEST_FORMAT, RUN_ID_PATTERN, SNAPSHOT_FORMAT, canonicalEqual, canonicalJson, checkChain, isMachineLocal, listRuns, parseTrace, readTrace, recordHash, recordLine, sealRecord

;// CONCATENATED MODULE: ./src/trace/canonical-json.ts
// Canonical JSON: the one byte form a value has, so a digest of it is a digest of the value. Keys are
// sorted recursively (by UTF-16 code units, JavaScript's default order), there is no insignificant
// whitespace, strings and numbers are encoded as JSON.stringify encodes them, and undefined object
// fields are omitted. Values JSON cannot carry faithfully (NaN, Infinity, functions, bigint, undefined
// array items) are refused rather than silently coerced: a hash must cover what was meant.
/** A value that cannot be written as canonical JSON, with the path to it (`$.result.duration_ms`). */
class CanonicalJsonError extends TypeError {
    path;
    name = 'CanonicalJsonError';
    constructor(path, message) {
        super(`${path}: ${message}`);
        this.path = path;
    }
}
/** Encodes a JSON-like value canonically. */
function canonicalJson(value) {
    // The fast pass builds no paths; only a value it cannot encode is walked again to name its path.
    return encodeFast(value) ?? encode(value, '$');
}
/**
 * The members of a plain object's canonical form, in order: `"key":value` for each defined field,
 * sorted by key (canonicalJson of it is `{` + members joined by `,` + `}`). Throws as canonicalJson.
 */
function canonicalMembers(value) {
    const members = [];
    for (const key of sortedKeys(value)) {
        const v = value[key];
        if (v === undefined)
            continue;
        members.push({ key, text: `${JSON.stringify(key)}:${encodeFast(v) ?? encode(v, `$.${key}`)}` });
    }
    return members;
}
/** True when two JSON-like values are equal once encoded (undefined fields do not count). */
function canonicalEqual(a, b) {
    return canonicalJson(a) === canonicalJson(b);
}
const byCodeUnit = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
/** An object's own keys by code unit; most objects are built in that order, so it is checked first. */
function sortedKeys(value) {
    const keys = Object.keys(value);
    for (let i = 1; i < keys.length; i++) {
        if (keys[i - 1] > keys[i])
            return keys.sort(byCodeUnit);
    }
    return keys;
}
/** The canonical form of `value` built as one string; undefined when some part of it is not JSON. */
function encodeFast(value) {
    switch (typeof value) {
        case 'string':
            return JSON.stringify(value);
        case 'boolean':
            return value ? 'true' : 'false';
        case 'number':
            return Number.isFinite(value) ? JSON.stringify(value) : undefined;
        case 'object':
            if (value === null)
                return 'null';
            if (Array.isArray(value)) {
                let out = '[';
                for (let i = 0; i < value.length; i++) {
                    const item = value[i];
                    const text = item === undefined ? undefined : encodeFast(item);
                    if (text === undefined)
                        return undefined;
                    out += i === 0 ? text : `,${text}`;
                }
                return `${out}]`;
            }
            if (!isPlainObject(value))
                return undefined;
            {
                let out = '{';
                for (const k of sortedKeys(value)) {
                    const v = value[k];
                    if (v === undefined)
                        continue;
                    const text = encodeFast(v);
                    if (text === undefined)
                        return undefined;
                    out += `${out.length === 1 ? '' : ','}${JSON.stringify(k)}:${text}`;
                }
                return `${out}}`;
            }
        default:
            return undefined;
    }
}
/** The slow, path-tracking walk: only used to report where a value is not JSON (it throws). */
function encode(value, path) {
    if (value === null || typeof value === 'boolean' || typeof value === 'string') {
        return JSON.stringify(value);
    }
    if (typeof value === 'number') {
        if (!Number.isFinite(value))
            throw new CanonicalJsonError(path, `${value} is not a JSON number`);
        return JSON.stringify(value);
    }
    if (Array.isArray(value)) {
        const items = value.map((item, i) => {
            if (item === undefined)
                throw new CanonicalJsonError(`${path}[${i}]`, 'undefined array item');
            return encode(item, `${path}[${i}]`);
        });
        return `[${items.join(',')}]`;
    }
    if (typeof value === 'object' && isPlainObject(value)) {
        const entries = Object.entries(value)
            .filter(([, v]) => v !== undefined)
            .sort(([a], [b]) => byCodeUnit(a, b))
            .map(([k, v]) => `${JSON.stringify(k)}:${encode(v, `${path}.${k}`)}`);
        return `{${entries.join(',')}}`;
    }
    throw new CanonicalJsonError(path, `a ${describe(value)} is not JSON`);
}
function isPlainObject(value) {
    const proto = Object.getPrototypeOf(value);
    return proto === Object.prototype || proto === null;
}
function describe(value) {
    if (value === undefined)
        return 'undefined value';
    if (typeof value === 'object')
        return `${value?.constructor?.name ?? 'object'} object`;
    return typeof value;
}
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
/**
 * Parses JSON bytes (strict UTF-8, a BOM is not skipped); `canonical` tells whether the bytes are
 * exactly the canonical form of the value. Undefined when the bytes are not JSON.
 */
function parseJsonBytes(bytes) {
    try {
        const text = utf8.decode(bytes);
        const value = JSON.parse(text);
        return { value, canonical: canonicalJson(value) === text };
    }
    catch {
        return undefined;
    }
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/trace/hash-chain.ts
// The hash chain over trace records: each record carries the hash of the one before it, and its own
// hash covers its whole content (seq, ts, prev_hash and the event). Editing a record breaks its own
// hash; deleting, inserting or reordering records breaks a seq or a prev_hash; dropping final records
// is only visible against a head recorded elsewhere (run.json, snapshots).


/** prev_hash of the first record. */
const GENESIS_HASH = '0'.repeat(64);
/** sha256 (hex) of some bytes. */
function sha256Hex(data) {
    return (0,external_node_crypto_.createHash)('sha256').update(data).digest('hex');
}
/** The hash a record must carry: sha256 of the canonical JSON of the record without `hash`. */
function recordHash(record) {
    return sha256Hex(canonicalJson({ ...record, hash: undefined })); // undefined fields are omitted
}
/** The record that follows `prev` (undefined for the first record), before its hash. */
function recordBody(event, prev, ts) {
    return { ...event, seq: (prev?.seq ?? 0) + 1, ts, prev_hash: prev?.hash ?? GENESIS_HASH };
}
/** Builds the record that follows `prev` (undefined for the first record). */
function sealRecord(event, prev, ts) {
    const body = recordBody(event, prev, ts);
    return { ...body, hash: recordHash(body) };
}
/**
 * sealRecord and recordLine at once, encoding the record once: the line is the canonical members
 * the hash covers with `"hash":…` put in its sorted place.
 */
function sealLine(event, prev, ts) {
    const body = recordBody(event, prev, ts);
    if ('hash' in body) {
        // Not an event the engine makes; the general path drops such a field from the hash alike.
        const record = sealRecord(event, prev, ts);
        return { record, line: recordLine(record) };
    }
    const members = canonicalMembers(body);
    const hash = sha256Hex(`{${members.map((m) => m.text).join(',')}}`);
    const at = members.findIndex((m) => m.key > 'hash');
    const texts = members.map((m) => m.text);
    texts.splice(at === -1 ? texts.length : at, 0, `"hash":"${hash}"`);
    return { record: { ...body, hash }, line: `{${texts.join(',')}}` };
}
/** The line trace.jsonl holds for a record (without its newline). */
function recordLine(record) {
    return canonicalJson(record);
}
/** Checks that `r` (at 0-based `index`) follows `prev`; returns why it does not, or undefined. */
function checkLink(prev, r, index) {
    const at = { index, seq: r.seq };
    if (recordHash(r) !== r.hash) {
        return {
            ...at,
            kind: 'hash-mismatch',
            message: `record ${r.seq} was edited: its content does not match its hash`
        };
    }
    if (r.seq !== prev.seq + 1) {
        const what = r.seq > prev.seq + 1 ? 'deleted or reordered' : 'inserted or reordered';
        return {
            ...at,
            kind: 'seq-mismatch',
            message: `expected record ${prev.seq + 1} after record ${prev.seq}, found record ${r.seq}: records were ${what}`
        };
    }
    if (r.prev_hash !== prev.hash) {
        return {
            ...at,
            kind: 'prev-hash-mismatch',
            message: `record ${r.seq} does not follow record ${prev.seq} (prev_hash differs): records were deleted, inserted or reordered`
        };
    }
    return undefined;
}
/** Checks a list of records from the first one; returns the first break, or undefined. */
function checkChain(records) {
    let prev = headOf([]);
    for (const [index, r] of records.entries()) {
        const broken = checkLink(prev, r, index);
        if (broken !== undefined)
            return broken;
        prev = { seq: r.seq, hash: r.hash };
    }
    return undefined;
}
/** The head of a checked list of records. */
function headOf(records) {
    const last = records.at(-1);
    return last === undefined ? { seq: 0, hash: GENESIS_HASH } : { seq: last.seq, hash: last.hash };
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
;// CONCATENATED MODULE: ./src/trace/trace-reader.ts
// Reading trace.jsonl back: every line must be a canonical, well-formed record that extends the
// hash chain. A final line without its newline that does not parse is a torn write (the process died
// mid-append) and is reported apart from tampering; any other bad line is tampering.



const EVENT_TYPES = {
    run_started: true,
    governance_decision: true,
    decision_recorded: true,
    step_started: true,
    step_result: true,
    evidence_recorded: true,
    approval_recorded: true,
    confirmation_recorded: true,
    snapshot_written: true,
    run_paused: true,
    run_resumed: true,
    run_finished: true
};
const HEX64 = /^[0-9a-f]{64}$/;
/** Parses and checks the bytes of a trace.jsonl. */
function parseTrace(bytes) {
    const records = [];
    let offset = 0;
    for (let line = 1; offset < bytes.length; line++) {
        const nl = bytes.indexOf(0x0a, offset);
        const end = nl === -1 ? bytes.length : nl;
        const prev = headOf(records);
        const parsed = parseLine(bytes.subarray(offset, end));
        const done = (extra) => ({
            records,
            head: headOf(records),
            unterminated: false,
            ...extra
        });
        if (typeof parsed === 'string') {
            if (nl === -1 && parsed === UNPARSABLE) {
                return done({ torn: { line, offset, bytes: bytes.length - offset } });
            }
            return done({
                broken: { kind: parsed, line, seq: prev.seq + 1, message: describeBadLine(parsed, line) }
            });
        }
        const link = checkLink(prev, parsed, records.length);
        if (link !== undefined) {
            return done({ broken: { kind: link.kind, line, seq: parsed.seq, message: link.message } });
        }
        records.push(parsed);
        if (nl === -1)
            return done({ unterminated: true });
        offset = nl + 1;
    }
    return { records, head: headOf(records), unterminated: false };
}
/** Reads and checks trace.jsonl; a missing file is an empty trace, marked `missing`. */
async function readTrace(path) {
    let bytes;
    try {
        bytes = await (0,promises_.readFile)(path);
    }
    catch (err) {
        if (err.code !== 'ENOENT')
            throw err;
        return { ...parseTrace(Buffer.alloc(0)), bytes: 0, missing: true };
    }
    return { ...parseTrace(bytes), bytes: bytes.length };
}
const UNPARSABLE = 'unparsable';
function parseLine(raw) {
    const parsed = parseJsonBytes(raw);
    if (parsed === undefined)
        return UNPARSABLE;
    if (!isRecord(parsed.value))
        return 'malformed';
    return parsed.canonical ? parsed.value : 'not-canonical';
}
function isRecord(value) {
    if (typeof value !== 'object' || value === null || Array.isArray(value))
        return false;
    const r = value;
    return (typeof r.type === 'string' &&
        Object.hasOwn(EVENT_TYPES, r.type) &&
        Number.isSafeInteger(r.seq) &&
        typeof r.ts === 'string' &&
        typeof r.prev_hash === 'string' &&
        HEX64.test(r.prev_hash) &&
        typeof r.hash === 'string' &&
        HEX64.test(r.hash));
}
function describeBadLine(problem, line) {
    switch (problem) {
        case 'unparsable':
            return `line ${line} is not valid JSON`;
        case 'malformed':
            return `line ${line} is not a trace record (type, seq, ts, prev_hash or hash missing or wrong)`;
        case 'not-canonical':
            return `line ${line} is not in canonical form: it was rewritten after it was recorded`;
    }
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./src/trace/run-paths.ts
// The layout of a run directory and the names inside it. Stored paths are relative and use `/`, so
// a run directory can move to another machine (a CI artifact resumed elsewhere) unchanged.

const RUNBOOK_FILE = 'runbook.yaml';
const TRACE_FILE = 'trace.jsonl';
const MANIFEST_FILE = 'run.json';
const LOCK_FILE = '.lock';
/**
 * The process group a step is running (src/providers/cli/group-ledger.ts): bookkeeping of the live
 * machine, like .lock, so not run data and not in run.json.
 */
const GROUP_FILE = '.group';
/**
 * Bookkeeping of the live machine at the top of a run directory: the lock and its helper files
 * (`.lock.tmp-*`, `.lock.stale-*`) and `.group`. Not run data: not in run.json, never uploaded with
 * a run, and meaningless (a process of another machine) in a run directory that was downloaded.
 */
function isMachineLocal(name) {
    return name === LOCK_FILE || name === GROUP_FILE || name.startsWith(`${LOCK_FILE}.`);
}
/** The durable head anchor (durable-head.ts). */
const HEAD_FILE = 'trace.head.json';
const SNAPSHOTS_DIR = 'snapshots';
const OUTPUTS_DIR = 'outputs';
const ATTACHMENTS_DIR = 'attachments';
/** Torn trace tails set aside on resume: trace.jsonl.torn-1, -2, ... */
const TORN_PREFIX = `${TRACE_FILE}.torn-`;
const SNAPSHOT_NAME = /^step-(\d{4,})\.json$/;
/** `snapshots/step-0003.json` */
function snapshotPath(index) {
    if (!Number.isSafeInteger(index) || index < 0) {
        throw new RangeError(`snapshot index must be a whole number >= 0, got ${index}`);
    }
    return `${SNAPSHOTS_DIR}/step-${String(index).padStart(4, '0')}.json`;
}
/** The index in a snapshot file name (`step-0003.json` -> 3), or undefined for another name. */
function snapshotIndex(name) {
    const m = SNAPSHOT_NAME.exec(name);
    return m?.[1] === undefined ? undefined : Number(m[1]);
}
/** `outputs/<step_id>.<attempt>.stdout.txt` */
function outputPath(stepId, stream, attempt) {
    if (!Number.isSafeInteger(attempt) || attempt < 1) {
        throw new RangeError(`attempt must be a whole number >= 1, got ${attempt}`);
    }
    return `${OUTPUTS_DIR}/${safeSegment(stepId)}.${attempt}.${stream}.txt`;
}
/** `attachments/<step_id>/<evidence_name>` */
function attachmentDir(stepId, name) {
    return `${ATTACHMENTS_DIR}/${safeSegment(stepId)}/${safeSegment(name)}`;
}
/** The last segment of a path as given (either separator), kept as original_name. */
function givenName(sourcePath) {
    return (sourcePath
        .split(/[\\/]/)
        .filter((s) => s !== '')
        .at(-1) ?? '');
}
/** The file name an attachment keeps: the basename of its source, made safe. */
function attachmentName(sourcePath) {
    return safeSegment(givenName(sourcePath), 'attachment');
}
/**
 * One path segment that cannot escape its directory or hide: characters other than letters,
 * digits, `.`, `_` and `-` become `_`, and leading dots become `_` (so `..` and `.lock` cannot be
 * produced).
 */
function safeSegment(name, fallback = '_') {
    const safe = name
        .replace(/[^A-Za-z0-9._-]/g, '_')
        .replace(/^\.+/, (dots) => '_'.repeat(dots.length));
    return safe === '' ? fallback : safe;
}
/** True for a relative `/`-separated path that stays inside its directory. */
function isSafeRelativePath(rel) {
    if (rel === '' || rel.startsWith('/') || rel.includes('\\') || /^[A-Za-z]:/.test(rel))
        return false;
    return rel.split('/').every((s) => s !== '' && s !== '.' && s !== '..');
}
/** The absolute path of a stored relative path inside a run directory. */
function inRun(dir, rel) {
    return (0,external_node_path_.join)(dir, ...rel.split('/'));
}

;// CONCATENATED MODULE: ./src/trace/durable-file.ts
// Writing files so that a crash never leaves a half-written file under its final name: data is
// written to a temporary file in the same directory, fsynced, renamed over the target, and the
// directory is fsynced so the rename itself survives a power loss.





/** Temporary files of atomic writes start with this (after a dot): `.step-0003.json.tmp-…`. */
const TEMP_MARKER = '.tmp-';
/** Writes all of `data` at the file's current position (a write may be partial). */
async function writeAll(fh, data) {
    let done = 0;
    while (done < data.length) {
        const { bytesWritten } = await fh.write(data, done, data.length - done);
        done += bytesWritten;
    }
}
/**
 * Writes all of `data` on the main thread: at `position` (pwrite), or at the end of a file opened
 * for appending when `position` is null. For the commit at a step boundary (trace-writer.ts).
 */
function writeAllSync(fd, data, position) {
    let done = 0;
    while (done < data.length) {
        const at = position === null ? null : position + done;
        done += (0,external_node_fs_.writeSync)(fd, data, done, data.length - done, at);
    }
}
/** fsyncs a directory so entries created or renamed in it are durable. */
async function fsyncDir(dir) {
    let fh;
    try {
        fh = await (0,promises_.open)(dir, 'r');
        await fh.sync();
    }
    catch (err) {
        if (!dirSyncUnsupported(err))
            throw err;
    }
    finally {
        await fh?.close();
    }
}
/** fsyncDir on the main thread. */
function fsyncDirSync(dir) {
    let fd;
    try {
        fd = (0,external_node_fs_.openSync)(dir, 'r');
        (0,external_node_fs_.fsyncSync)(fd);
    }
    catch (err) {
        if (!dirSyncUnsupported(err))
            throw err;
    }
    finally {
        if (fd !== undefined)
            (0,external_node_fs_.closeSync)(fd);
    }
}
// Platform quirk: Windows cannot open or fsync a directory; rename is durable there anyway.
function dirSyncUnsupported(err) {
    const code = err.code;
    return code === 'EISDIR' || code === 'EPERM' || code === 'EINVAL';
}
/** A tag no other write (in this or another process) uses at the same time. */
function uniqueTag() {
    return `${process.pid}-${(0,external_node_crypto_.randomBytes)(4).toString('hex')}`;
}
/** A temporary name beside `path`, unique to this write. */
function tempPathFor(path) {
    return (0,external_node_path_.join)((0,external_node_path_.dirname)(path), `.${(0,external_node_path_.basename)(path)}${TEMP_MARKER}${uniqueTag()}`);
}
/**
 * Replaces `path` with `data` atomically: temp file, fsync, rename, fsync the directory (no fsync
 * when not `durable`: still never half-written under its name while the machine stays up).
 */
async function writeFileAtomic(path, data, durable = true) {
    const temp = tempPathFor(path);
    try {
        await writeFileExclusive(temp, data, durable);
        await (0,promises_.rename)(temp, path);
    }
    catch (err) {
        await (0,promises_.rm)(temp, { force: true });
        throw err;
    }
    if (durable)
        await fsyncDir((0,external_node_path_.dirname)(path));
}
/** Creates a new file (failing with EEXIST if it exists) holding `data`, fsynced when `durable`. */
async function writeFileExclusive(path, data, durable = true) {
    const fh = await (0,promises_.open)(path, 'wx');
    try {
        await writeAll(fh, typeof data === 'string' ? Buffer.from(data) : data);
        if (durable)
            await fh.sync();
    }
    finally {
        await fh.close();
    }
}
/** Digest and size of some bytes as they stream past. */
class DigestCounter {
    hash = (0,external_node_crypto_.createHash)('sha256');
    bytes = 0;
    update(chunk) {
        this.hash.update(chunk);
        this.bytes += chunk.length;
    }
    digest() {
        return { sha256: this.hash.digest('hex'), bytes: this.bytes };
    }
}
/** sha256 (hex) and size of a file, streamed. */
async function digestFile(path) {
    const counter = new DigestCounter();
    for await (const chunk of (0,external_node_fs_.createReadStream)(path))
        counter.update(chunk);
    return counter.digest();
}
/**
 * digestFile under `dir`, reading each file at most once: verify checks a stored output or an
 * attachment against run.json and again against the trace, and such a file can be large.
 */
function digestsOnce(dir) {
    const seen = new Map();
    return (rel) => {
        let digest = seen.get(rel);
        if (digest === undefined) {
            digest = digestFile(inRun(dir, rel));
            seen.set(rel, digest);
        }
        return digest;
    };
}
/**
 * Creates a directory and its missing parents, one level at a time. Node's `recursive: true` loops
 * forever on some pseudo file systems (mkdir under /proc answers ENOENT again and again); this
 * walks up at most once per path component and reports the first real error.
 */
async function makeDirs(path) {
    const missing = [];
    let cur = (0,external_node_path_.resolve)(path);
    for (;;) {
        try {
            await (0,promises_.mkdir)(cur);
            break;
        }
        catch (err) {
            const code = err.code;
            if (code === 'EEXIST')
                break;
            const parent = (0,external_node_path_.dirname)(cur);
            if (code !== 'ENOENT' || parent === cur || missing.includes(cur))
                throw err;
            missing.push(cur);
            cur = parent;
        }
    }
    for (const dir of missing.reverse()) {
        try {
            await (0,promises_.mkdir)(dir);
        }
        catch (err) {
            if (err.code !== 'EEXIST')
                throw err;
        }
    }
}

;// CONCATENATED MODULE: ./src/engine/step-history.ts
class StepHistory {
    byStep = new Map();
    list = [];
    /** Takes one record into account (O(1)). */
    add(record) {
        if (record.type !== 'step_result')
            return;
        this.byStep.set(record.result.step_id, record.result);
        this.list.push(record.result);
    }
    last(stepId) {
        return this.byStep.get(stepId);
    }
    /** Every result, in trace order. */
    all() {
        return this.list;
    }
    static of(records) {
        const h = new StepHistory();
        for (const r of records)
            h.add(r);
        return h;
    }
}

;// CONCATENATED MODULE: ./src/trace/errors.ts
/** Another process works on the run (or did, on another host, and may still). */
class RunLockedError extends Error {
    runId;
    holder;
    lockPath;
    name = 'RunLockedError';
    constructor(runId, 
    /** Absent when the lock file could not be read (being written, or damaged). */
    holder, lockPath) {
        const who = holder === undefined
            ? 'a process whose lock file cannot be read'
            : `pid ${holder.pid} on ${holder.hostname} since ${holder.started_at}`;
        super(`run ${runId} is locked by ${who}; if that process is gone, remove ${lockPath} and try again`);
        this.runId = runId;
        this.holder = holder;
        this.lockPath = lockPath;
    }
}
/** No run directory of that id. */
class RunNotFoundError extends Error {
    runId;
    runsDir;
    nearby;
    name = 'RunNotFoundError';
    constructor(runId, runsDir, 
    /** Existing run ids that look like the one asked for. */
    nearby) {
        const hint = nearby.length > 0 ? `; did you mean ${nearby.join(', ')}?` : '';
        super(`no run ${runId} in ${runsDir}${hint}`);
        this.runId = runId;
        this.runsDir = runsDir;
        this.nearby = nearby;
    }
}
/** The trace's hash chain (or the events it holds) cannot be trusted; a resume is refused. */
class TraceTamperedError extends Error {
    runId;
    seq;
    line;
    reason;
    name = 'TraceTamperedError';
    constructor(runId, 
    /** seq of the first record that cannot be trusted. */
    seq, 
    /** 1-based line of trace.jsonl holding it. */
    line, reason, options) {
        super(`trace of run ${runId} is broken at line ${line} (record ${seq}): ${reason}`, options);
        this.runId = runId;
        this.seq = seq;
        this.line = line;
        this.reason = reason;
    }
}
/** A file could not be stored in the run directory (attachment source unreadable, name taken...). */
class RunStoreError extends Error {
    name = 'RunStoreError';
    constructor(message, options) {
        super(message, options);
    }
}
/**
 * Why a run directory whose trace holds no record is left behind: the process ended (kill -9,
 * power loss) between creating the directory and making run_started durable. No step can have
 * run: the engine makes run_started durable before the first step starts.
 */
const NEVER_STARTED = 'the run never started: the process ended before its first record (run_started) was written, so no step ran; start a new run with runbook exec, and delete this directory';

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
;// CONCATENATED MODULE: ./src/trace/lock.ts
// The run's .lock: one process works on a run at a time. The lock file is written completely under a
// temporary name and then hard-linked to .lock, so it appears atomically and a reader never sees an
// empty lock (link fails with EEXIST when the lock is held, like O_EXCL). Its helper files are named
// `.lock.tmp-*` and `.lock.stale-*`; like .lock itself they are not run data and not in run.json.






const errCode = (err) => err.code;
/** Takes the lock of the run in `dir`; throws RunLockedError when a live process holds it. */
async function acquireLock(dir, runId, now) {
    const path = (0,external_node_path_.join)(dir, LOCK_FILE);
    const holder = { pid: process.pid, hostname: (0,external_node_os_.hostname)(), started_at: now };
    let takenOver;
    for (let round = 0; round < 3; round++) {
        if (await tryCreate(path, holder)) {
            await fsyncDir(dir);
            return { holder, takenOver };
        }
        const text = await readIfExists(path);
        if (text === undefined)
            continue; // released meanwhile
        const current = parseHolder(text);
        if (current === undefined || !isStale(current))
            throw new RunLockedError(runId, current, path);
        // Race: another process may take over the same stale lock at the same time. Move it aside and
        // check that what was moved is still the stale lock; if it is a fresh one, put it back.
        const aside = `${path}.stale-${uniqueTag()}`;
        try {
            await (0,promises_.rename)(path, aside);
        }
        catch (err) {
            if (errCode(err) === 'ENOENT')
                continue;
            throw err;
        }
        const moved = await (0,promises_.readFile)(aside, 'utf8');
        if (moved !== text) {
            await (0,promises_.link)(aside, path).catch(() => undefined);
            await (0,promises_.rm)(aside, { force: true });
            throw new RunLockedError(runId, parseHolder(moved), path);
        }
        await (0,promises_.rm)(aside, { force: true });
        takenOver = current;
    }
    throw new RunLockedError(runId, undefined, path);
}
/** Releases the lock if this holder still owns it. */
async function releaseLock(dir, holder) {
    const path = (0,external_node_path_.join)(dir, LOCK_FILE);
    const current = parseHolder((await readIfExists(path)) ?? '');
    if (current?.pid === holder.pid &&
        current.hostname === holder.hostname &&
        current.started_at === holder.started_at) {
        await (0,promises_.rm)(path, { force: true });
    }
}
/** Reads the holder of a run's lock, if it is locked. */
async function readLock(dir) {
    const text = await readIfExists((0,external_node_path_.join)(dir, LOCK_FILE));
    return text === undefined ? undefined : (parseHolder(text) ?? 'unreadable');
}
/** A lock is stale when it was taken on this host by a process that no longer exists. */
function isStale(holder) {
    return holder.hostname === (0,external_node_os_.hostname)() && !processAlive(holder.pid);
}
async function tryCreate(path, holder) {
    const temp = `${path}.tmp-${uniqueTag()}`;
    await writeFileExclusive(temp, `${JSON.stringify(holder)}\n`);
    try {
        await (0,promises_.link)(temp, path);
        return true;
    }
    catch (err) {
        if (errCode(err) === 'EEXIST')
            return false;
        throw err;
    }
    finally {
        await (0,promises_.rm)(temp, { force: true });
    }
}
async function readIfExists(path) {
    try {
        return await (0,promises_.readFile)(path, 'utf8');
    }
    catch (err) {
        if (errCode(err) === 'ENOENT')
            return undefined;
        throw err;
    }
}
function parseHolder(text) {
    try {
        const v = JSON.parse(text);
        if (typeof v?.pid === 'number' &&
            Number.isSafeInteger(v.pid) &&
            v.pid > 0 &&
            typeof v.hostname === 'string' &&
            typeof v.started_at === 'string') {
            return { pid: v.pid, hostname: v.hostname, started_at: v.started_at };
        }
    }
    catch {
        // falls through: not a lock this code wrote
    }
    return undefined;
}
function processAlive(pid) {
    try {
        process.kill(pid, 0);
        return true;
    }
    catch (err) {
        // EPERM: the process exists but belongs to someone else.
        return errCode(err) === 'EPERM';
    }
}

;// CONCATENATED MODULE: ./src/trace/manifest.ts
// run.json, the manifest: written last, it commits the run. It names the trace head and the digest
// of every other file in the directory, so a changed, missing or added file is visible.




const MANIFEST_FORMAT = 'runbook-run/v1';
/** Per step id, the status of its latest result and its attempt count: a fold of the trace. */
class StepTally {
    steps = {};
    /** Takes one record into account (O(1)). */
    add(record) {
        if (record.type === 'step_started')
            this.steps[record.step_id] = { status: 'started', attempt: record.attempt };
        else if (record.type === 'step_result') {
            const r = record.result;
            this.steps[r.step_id] = { status: r.status, attempt: r.attempt };
        }
    }
    summary() {
        return { ...this.steps };
    }
}
/** The steps of run.json for a whole trace. */
function stepSummary(records) {
    const tally = new StepTally();
    for (const r of records)
        tally.add(r);
    return tally.summary();
}
/**
 * run.json's account of the run, from the state after the last record (whose time is
 * `lastRecordTs`) and the steps' fold. The writer and verify both build it here, so verify
 * compares every field run.json has with what the trace says.
 */
function manifestBody(state, steps, lastRecordTs) {
    return {
        format: MANIFEST_FORMAT,
        run_id: state.run_id,
        runbook_path: state.runbook_path,
        runbook_digest: state.runbook_digest,
        runbook_name: state.runbook_name,
        mode: state.mode,
        status: state.status,
        actor: state.actor,
        started_at: state.started_at,
        updated_at: lastRecordTs,
        steps_total: state.steps_total,
        results: { ...state.results },
        ...(state.outcome === undefined ? {} : { outcome: state.outcome }),
        ...(state.pending === undefined ? {} : { pending: state.pending }),
        ...(state.ended_by === undefined ? {} : { ended_by: state.ended_by }),
        steps
    };
}
/** Lists the run directory as the manifest covers it; `onDir` sees every directory (for fsync). */
async function walkRunDir(dir, onDir) {
    const found = { files: [], others: [] };
    const visit = async (abs, rel) => {
        await onDir?.(abs);
        for (const entry of await (0,promises_.readdir)(abs, { withFileTypes: true })) {
            const relPath = rel === '' ? entry.name : `${rel}/${entry.name}`;
            if (rel === '' && excluded(entry.name))
                continue;
            if (entry.isDirectory())
                await visit((0,external_node_path_.join)(abs, entry.name), relPath);
            else if (entry.isFile())
                found.files.push(relPath);
            else
                found.others.push(relPath);
        }
    };
    await visit(dir, '');
    found.files.sort();
    found.others.sort();
    return found;
}
function excluded(name) {
    return name === MANIFEST_FILE || isMachineLocal(name);
}
/** The bytes of run.json: sorted keys, indented for people. */
function encodeManifest(manifest) {
    return `${JSON.stringify(manifest, sortKeys, 2)}\n`;
}
/** Parses run.json, or says why it cannot be used. */
function parseManifest(bytes) {
    const parsed = parseJsonBytes(bytes);
    if (parsed === undefined)
        return 'run.json is not valid JSON';
    const m = parsed.value;
    if (m?.format !== MANIFEST_FORMAT)
        return `run.json's format is not ${MANIFEST_FORMAT}`;
    const ok = typeof m.trace?.hash === 'string' &&
        Number.isSafeInteger(m.trace.seq) &&
        typeof m.steps === 'object' &&
        typeof m.files === 'object' &&
        m.files !== null &&
        Object.values(m.files).every((f) => typeof f?.sha256 === 'string' && typeof f.bytes === 'number');
    return ok ? m : 'run.json lacks its trace head, steps or a valid file list';
}
function sortKeys(_key, value) {
    if (typeof value !== 'object' || value === null || Array.isArray(value))
        return value;
    const obj = value;
    return Object.fromEntries(Object.keys(obj)
        .sort()
        .map((k) => [k, obj[k]]));
}

;// CONCATENATED MODULE: ./src/engine/model.ts
// The engine's data: RunState (the "memory dump" of seed §5.2) and the StepResult envelope of
// seed §5.3. Everything here is plain JSON and round-trips through JSON.stringify/parse.
/** The state in its JSON form. */
function stateJson(state) {
    return { ...state, captures: { ...state.captures.toObject() } };
}

// EXTERNAL MODULE: ./src/runbook/index.ts + 36 modules
var src_runbook = __webpack_require__(9059);
;// CONCATENATED MODULE: ./src/trace/json-diff.ts
// Where two JSON values first differ, for messages that point an auditor at the changed field.


/** The first difference between two JSON values (undefined fields do not count), or undefined. */
function firstDifference(left, right) {
    if (canonicalJson(left) === canonicalJson(right))
        return undefined; // the common case, in one pass
    return diff(normal(left), normal(right), '');
}
function normal(value) {
    return JSON.parse(canonicalJson(value));
}
function diff(a, b, path) {
    // A field present on one side only (canonicalJson has no encoding for an absent value).
    if (a === undefined || b === undefined)
        return a === b ? undefined : { path, left: show(a), right: show(b) };
    if (canonicalJson(a) === canonicalJson(b))
        return undefined;
    if (isObject(a) && isObject(b)) {
        const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
        for (const k of keys) {
            const d = diff(a[k], b[k], path === '' ? k : `${path}.${k}`);
            if (d !== undefined)
                return d;
        }
    }
    if (Array.isArray(a) && Array.isArray(b) && a.length === b.length) {
        for (const [i, item] of a.entries()) {
            const d = diff(item, b[i], `${path}[${i}]`);
            if (d !== undefined)
                return d;
        }
    }
    return { path, left: show(a), right: show(b) };
}
function isObject(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
function show(v) {
    return v === undefined ? '(absent)' : (0,src_runbook/* preview */.VH)(v);
}

// EXTERNAL MODULE: ./src/engine/reduce.ts + 1 modules
var reduce = __webpack_require__(3921);
;// CONCATENATED MODULE: ./src/trace/trace-fold.ts

/** Folds every record with the engine's reducer. */
function foldStates(records) {
    const states = [];
    let state;
    for (const r of records) {
        try {
            state = (0,reduce/* reduce */.TS)(state, r);
        }
        catch (err) {
            // A record whose chain is intact can still lack fields the reducer needs (a forged trace with
            // recomputed hashes): that is an impossible event too, reported rather than thrown.
            if (err instanceof reduce/* TraceInconsistencyError */.R5)
                return { states, error: err };
            const why = err instanceof Error ? err.message : String(err);
            return {
                states,
                error: new reduce/* TraceInconsistencyError */.R5(r.seq, `${r.type} cannot be applied: ${why}`)
            };
        }
        states.push(state);
    }
    return { states };
}
/** The state after record `seq`, or why there is none. */
function stateAfter(folded, seq) {
    const state = folded.states[seq - 1];
    if (state !== undefined)
        return state;
    if (folded.error !== undefined && seq >= folded.error.seq) {
        return `the trace cannot be folded up to record ${seq}: ${folded.error.message}`;
    }
    return `the trace has no record ${seq}`;
}

;// CONCATENATED MODULE: ./src/trace/snapshot.ts





const SNAPSHOT_FORMAT = 'runbook-snapshot/v3';
/** The bytes of a snapshot file. */
function encodeSnapshot(state, head) {
    const snapshot = { format: SNAPSHOT_FORMAT, state: stateJson(state), trace: head };
    return `${canonicalJson(snapshot)}\n`;
}
/**
 * Checks a snapshot file (`rel`, e.g. snapshots/step-0003.json) against the trace: its form, its
 * name, its trace head, and that its state is exactly the fold of the trace up to that head.
 */
function checkSnapshot(rel, bytes, records, folded) {
    const fail = (problem) => ({ ok: false, problem });
    const parsed = parseSnapshot(bytes);
    if (typeof parsed === 'string')
        return fail(parsed);
    const { trace, state } = parsed;
    const index = snapshotIndex(rel.split('/').at(-1) ?? '');
    if (index !== state.current_step_index) {
        return fail(`its name says step ${index}, but its state is at step ${state.current_step_index}`);
    }
    if (trace.seq !== state.seq) {
        return fail(`its trace head is record ${trace.seq}, but its state is at record ${state.seq}`);
    }
    const record = records[trace.seq - 1];
    if (record === undefined) {
        return fail(`it reflects record ${trace.seq}, but the trace has ${records.length} records`);
    }
    if (record.hash !== trace.hash) {
        return fail(`its trace head does not match record ${trace.seq} of the trace (hash differs)`);
    }
    const expected = stateAfter(folded, trace.seq);
    if (typeof expected === 'string')
        return fail(expected);
    const d = firstDifference(state, stateJson(expected));
    if (d !== undefined) {
        const at = d.path === '' ? 'state' : `state.${d.path}`;
        return fail(`${at} is ${d.left}, but the trace up to record ${trace.seq} gives ${d.right}`);
    }
    // Equal to the fold's state at that record, which is what resume starts from (no second copy).
    return { ok: true, snapshot: { state: expected, trace } };
}
function parseSnapshot(bytes) {
    const newline = bytes.at(-1) === 0x0a;
    const parsed = parseJsonBytes(newline ? bytes.subarray(0, -1) : bytes);
    if (parsed === undefined)
        return 'it is not valid JSON';
    if (!parsed.canonical || !newline) {
        return 'it is not in canonical form: it was rewritten after it was written';
    }
    const v = parsed.value;
    if (v?.format !== SNAPSHOT_FORMAT)
        return `its format is not ${SNAPSHOT_FORMAT}`;
    const ok = typeof v.state === 'object' &&
        v.state !== null &&
        Number.isSafeInteger(v.state.seq) &&
        typeof v.trace?.hash === 'string' &&
        Number.isSafeInteger(v.trace.seq);
    return ok ? v : 'it lacks state.seq or its trace head';
}

;// CONCATENATED MODULE: ./src/trace/file-run-store.ts
// FileRunStore: the RunStore of ports.ts over a run directory. It holds the run's lock from creation
// (or resume) until close(); everything it writes is relative to the run directory.











class FileRunStore {
    runId;
    dir;
    writer;
    lock;
    durable;
    closed = false;
    /** Directories known to exist: each is made (and its parent fsynced) once per run, not per step. */
    dirs = new Set();
    /** Digests of the files this store wrote, so run.json need not read them back. */
    written = new Map();
    /** Per step id, its latest status and attempt: the fold of the trace that run.json lists. */
    steps = new StepTally();
    /** The run's step results (what conditions and the debugger read). */
    results = new StepHistory();
    /** When the last record was written (run.json's updated_at). */
    lastTs = '';
    constructor(runId, 
    /** Absolute path of the run directory. */
    dir, writer, lock, 
    /** The records the trace already holds (a reopened run). */
    existing = [], 
    /** false for a `runbook test` run: the same files, hashes and checks, never fsynced. */
    durable = true) {
        this.runId = runId;
        this.dir = dir;
        this.writer = writer;
        this.lock = lock;
        this.durable = durable;
        for (const r of existing)
            this.take(r);
    }
    /** The last record appended (seq 0 before the first). */
    get head() {
        return this.writer.head;
    }
    async append(event) {
        const record = await this.writer.append(event);
        this.take(record);
        return record;
    }
    lastResult(stepId) {
        return this.results.last(stepId);
    }
    history() {
        return this.results.all();
    }
    take(record) {
        this.steps.add(record);
        this.results.add(record);
        this.lastTs = record.ts;
    }
    sync() {
        return this.writer.sync();
    }
    /** fsyncs the trace first, so a durable snapshot never points past the durable trace. */
    async writeSnapshot(state, index) {
        if (index !== state.current_step_index) {
            throw new RunStoreError(`snapshot index ${index} differs from the state's current_step_index ${state.current_step_index}`);
        }
        const hash = this.writer.hashAt(state.seq);
        if (hash === undefined) {
            throw new RunStoreError(`the state is at record ${state.seq}, but the trace has ${this.writer.head.seq} records`);
        }
        await this.writer.writeOut();
        const file = snapshotPath(index);
        const data = Buffer.from(encodeSnapshot(state, { seq: state.seq, hash }));
        await this.ensureDir(SNAPSHOTS_DIR);
        await writeFileAtomic(inRun(this.dir, file), data, this.durable);
        const digest = { sha256: sha256Hex(data), bytes: data.length };
        this.written.set(file, digest);
        return { file, ...digest };
    }
    async openOutput(stepId, stream, attempt) {
        const file = outputPath(stepId, stream, attempt);
        await this.ensureDir(OUTPUTS_DIR);
        const abs = inRun(this.dir, file);
        const fh = await (0,promises_.open)(abs, 'wx').catch((err) => {
            throw new RunStoreError(`cannot create ${file}`, { cause: err });
        });
        let queue = Promise.resolve();
        const digest = new DigestCounter();
        return {
            write: (chunk) => {
                digest.update(chunk);
                return (queue = queue.then(() => writeAll(fh, chunk)));
            },
            close: async () => {
                try {
                    await queue;
                    if (this.durable)
                        await fh.sync();
                }
                finally {
                    await fh.close();
                }
                if (this.durable)
                    await fsyncDir(inRun(this.dir, OUTPUTS_DIR));
                this.written.set(file, digest.digest());
                return file;
            }
        };
    }
    /** Streams the file in, computing its digest; never overwrites an earlier attachment. */
    async storeAttachment(stepId, name, sourcePath, redactName = (n) => n) {
        const dir = attachmentDir(stepId, name);
        await this.ensureDir(dir);
        const given = redactName(givenName(sourcePath));
        const base = attachmentName(given);
        const temp = tempPathFor(inRun(this.dir, `${dir}/${base}`));
        try {
            const digest = await copyWithDigest(sourcePath, temp);
            const file = await linkFreeName(this.dir, dir, base, temp);
            await fsyncDir(inRun(this.dir, dir));
            this.written.set(file, digest);
            return { file, ...digest, original_name: given };
        }
        finally {
            await (0,promises_.rm)(temp, { force: true });
        }
    }
    /**
     * Syncs the trace and every directory, digests every file (those this store wrote from what it
     * recorded as it wrote them), then writes run.json atomically. The steps come from the fold of
     * the trace the store keeps as records are appended; the rest is manifestBody() of `state`.
     */
    async writeManifest(state) {
        const head = this.writer.head;
        if (state.run_id !== this.runId || state.seq !== head.seq) {
            throw new RunStoreError(`the state (run ${state.run_id}, record ${state.seq}) is not the fold of this trace (run ${this.runId}, record ${head.seq})`);
        }
        await this.writer.flush();
        const walk = await walkRunDir(this.dir, this.durable ? fsyncDir : undefined);
        if (walk.others.length > 0) {
            throw new RunStoreError(`the run directory holds entries that are not files: ${walk.others.join(', ')}`);
        }
        const files = {};
        for (const rel of walk.files)
            files[rel] = this.written.get(rel) ?? (await digestFile(inRun(this.dir, rel)));
        const manifest = {
            ...manifestBody(state, this.steps.summary(), this.lastTs),
            trace: head,
            files
        };
        await writeFileAtomic(inRun(this.dir, MANIFEST_FILE), encodeManifest(manifest), this.durable);
    }
    async close() {
        if (this.closed)
            return;
        this.closed = true;
        try {
            await this.writer.close();
        }
        finally {
            await releaseLock(this.dir, this.lock);
        }
    }
    // A directory made here must survive a power loss along with the file about to go in it: fsync
    // the directory that received the first new entry.
    async ensureDir(relDir) {
        if (this.dirs.has(relDir))
            return;
        const made = await (0,promises_.mkdir)(inRun(this.dir, relDir), { recursive: true });
        if (made !== undefined && this.durable)
            await fsyncDir((0,external_node_path_.dirname)(made));
        this.dirs.add(relDir);
    }
}
async function copyWithDigest(source, target) {
    const fh = await (0,promises_.open)(target, 'wx');
    const digest = new DigestCounter();
    try {
        for await (const chunk of (0,external_node_fs_.createReadStream)(source)) {
            digest.update(chunk);
            await writeAll(fh, chunk);
        }
        await fh.sync();
    }
    catch (err) {
        throw new RunStoreError(`cannot copy attachment ${source}`, { cause: err });
    }
    finally {
        await fh.close();
    }
    return digest.digest();
}
// link() fails with EEXIST instead of replacing, so an attachment stored earlier under the same name
// (evidence given again) is kept and the new one becomes name-2.ext, name-3.ext, ...
async function linkFreeName(runDir, dir, base, temp) {
    const ext = (0,external_node_path_.extname)(base);
    const stem = ext === '' || ext === base ? base : base.slice(0, -ext.length);
    for (let n = 1; n <= 1000; n++) {
        const file = `${dir}/${n === 1 ? base : `${stem}-${n}${ext}`}`;
        try {
            await (0,promises_.link)(temp, inRun(runDir, file));
            return file;
        }
        catch (err) {
            if (err.code !== 'EEXIST')
                throw err;
        }
    }
    throw new RunStoreError(`too many attachments named ${base} in ${dir}`);
}

;// CONCATENATED MODULE: ./src/trace/run-id.ts
// Run ids: the UTC start time to the second plus 4 random hex digits (20261122T153042-a7f3). The
// directory is created without `recursive`, so two runs can never share one: on EEXIST another
// random suffix is tried.





const RUN_ID_PATTERN = /^\d{8}T\d{6}-[0-9a-f]{4}$/;
const MAX_TRIES = 64;
/** Four random hex digits. */
function randomSuffix() {
    return (0,external_node_crypto_.randomBytes)(2).toString('hex');
}
/** The run id for a start time (ISO-8601) and a suffix. */
function formatRunId(now, suffix) {
    const iso = new Date(now).toISOString(); // throws RangeError for a time that is not one
    return `${iso.slice(0, 19).replace(/[-:]/g, '')}-${suffix}`;
}
/** Creates `<runsDir>/<run_id>/` under a fresh id and returns the id and the directory. */
async function makeRunDir(runsDir, now, suffix = randomSuffix) {
    await makeDirs(runsDir);
    for (let i = 0; i < MAX_TRIES; i++) {
        const runId = formatRunId(now, suffix());
        if (!RUN_ID_PATTERN.test(runId))
            throw new RangeError(`not a run id: ${runId}`);
        const dir = (0,external_node_path_.join)(runsDir, runId);
        try {
            await (0,promises_.mkdir)(dir);
            return { runId, dir };
        }
        catch (err) {
            if (err.code !== 'EEXIST')
                throw err;
        }
    }
    throw new RunStoreError(`no free run id in ${runsDir} after ${MAX_TRIES} tries`);
}
/** Existing run ids that look like `runId` (a prefix of it, or a few characters away). */
function nearbyRunIds(runId, existing) {
    return existing
        .map((id) => ({ id, d: id.startsWith(runId) ? 0 : editDistance(runId, id) }))
        .filter(({ d }) => d <= 3)
        .sort((a, b) => a.d - b.d || a.id.localeCompare(b.id))
        .slice(0, 5)
        .map(({ id }) => id);
}
function editDistance(a, b) {
    let row = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        const next = [i];
        for (let j = 1; j <= b.length; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            next[j] = Math.min((row[j] ?? 0) + 1, (next[j - 1] ?? 0) + 1, (row[j - 1] ?? 0) + cost);
        }
        row = next;
    }
    return row[b.length] ?? 0;
}

;// CONCATENATED MODULE: ./src/trace/head-anchor.ts
// The durable head anchor's file, trace.head.json: what the last commit made durable, rewritten in
// place on a descriptor kept open for the run. The file is two fixed-size slots, each one line of
// canonical JSON padded with spaces: {"check","format","hash","seq"}, where check is the sha256 of
// the canonical {format, hash, seq}. A commit writes the slot that does not hold the newest valid
// claim and fdatasyncs, after the trace's own fdatasync. A crash tears at most that slot: it fails
// its check and reads as no claim, while the other still names the previous durable head. So the
// file never makes a false claim and loses none but the commit in flight. Each slot is a page of its
// own (4 KiB), so writing one never rewrites the other's block. The file is created whole (temp
// file, fsync, rename, directory fsync) at a run's first commit; a run that still has the single
// JSON object of format v1 is read as one claim, and its first commit after a resume replaces it.







const HEAD_FORMAT = 'runbook-trace-head/v2';
/** The single-object anchor runs wrote before the slots: read, never written. */
const HEAD_FORMAT_V1 = 'runbook-trace-head/v1';
const SLOT_SIZE = 4096;
const ANCHOR_SIZE = 2 * SLOT_SIZE;
/** One slot's bytes: the claim, its check, padding, and a newline. */
function encodeSlot(head) {
    const body = { format: HEAD_FORMAT, hash: head.hash, seq: head.seq };
    const line = canonicalJson({ check: sha256Hex(canonicalJson(body)), ...body });
    const slot = Buffer.alloc(SLOT_SIZE, ' ');
    slot.write(line, 0, 'utf8');
    slot[SLOT_SIZE - 1] = 0x0a;
    return slot;
}
/** The claim a slot holds, or why it holds none. */
function decodeSlot(bytes) {
    const text = Buffer.from(bytes).toString('latin1');
    if (!text.endsWith('\n'))
        return 'is not a whole slot (no final newline)';
    let value;
    try {
        value = JSON.parse(text.trimEnd());
    }
    catch {
        return 'is not a JSON line (a torn or damaged write)';
    }
    const v = (typeof value === 'object' && value !== null ? value : {});
    const { check, format, hash, seq } = v;
    if (format !== HEAD_FORMAT)
        return `is not in format ${HEAD_FORMAT}`;
    if (typeof hash !== 'string' || typeof seq !== 'number' || !Number.isSafeInteger(seq))
        return 'lacks its seq or hash';
    if (Object.keys(v).length !== 4 || check !== sha256Hex(canonicalJson({ format, hash, seq })))
        return 'fails its check (a torn or edited write)';
    return { seq, hash };
}
/** Reads an anchor file's bytes: two slots, or a v1 object. */
function readAnchor(bytes) {
    if (bytes.length !== ANCHOR_SIZE) {
        const v1 = parseV1(bytes);
        if (v1 !== undefined)
            return { heads: [v1] };
        return {
            heads: [],
            problem: `it is ${bytes.length} bytes, neither two ${SLOT_SIZE}-byte slots of ${HEAD_FORMAT} nor a ${HEAD_FORMAT_V1} anchor`
        };
    }
    const slots = [0, 1].map((i) => decodeSlot(bytes.subarray(i * SLOT_SIZE, (i + 1) * SLOT_SIZE)));
    const valid = slots.flatMap((s, i) => (typeof s === 'string' ? [] : [{ head: s, slot: i }]));
    if (valid.length === 0) {
        const why = slots.map((s, i) => `slot ${i + 1} ${typeof s === 'string' ? s : ''}`).join('; ');
        return {
            heads: [],
            problem: `neither slot holds a valid claim (${why}); a crash tears at most one, so the file was damaged or edited`
        };
    }
    valid.sort((a, b) => b.head.seq - a.head.seq);
    return { heads: valid.map((v) => v.head), newest: valid[0]?.slot === 1 ? 1 : 0 };
}
function parseV1(bytes) {
    try {
        const v = JSON.parse(Buffer.from(bytes).toString('utf8'));
        if (v?.format !== HEAD_FORMAT_V1 || typeof v.hash !== 'string')
            return undefined;
        return Number.isSafeInteger(v.seq) ? { seq: v.seq, hash: v.hash } : undefined;
    }
    catch {
        return undefined;
    }
}
/**
 * The anchor of one run, open for commits. Its I/O is synchronous: a commit happens at a step
 * boundary, when nothing else runs, and a pwrite + fdatasync on the main thread costs less than the
 * thread-pool round trips of the same calls made asynchronously.
 */
class HeadAnchor {
    fd;
    newest;
    path;
    constructor(
    /** Absent until a v1 anchor that named the current head is replaced by the first commit. */
    fd, 
    /** The slot holding the newest valid claim: the next commit writes the other. */
    newest, path = '') {
        this.fd = fd;
        this.newest = newest;
        this.path = path;
    }
    /**
     * Makes `head` durable in the anchor at `path`: opens a valid v2 file and commits to it, or
     * creates the file whole when it is missing or v1. Refuses a file that makes no claim.
     */
    static open(path, head) {
        let bytes;
        try {
            bytes = (0,external_node_fs_.readFileSync)(path);
        }
        catch (err) {
            if (err.code !== 'ENOENT')
                throw err;
        }
        const reading = bytes === undefined ? undefined : readAnchor(bytes);
        if (reading?.problem !== undefined)
            throw new RunStoreError(`${HEAD_FILE} cannot be committed to: ${reading.problem}`);
        // A file that already names `head` is left as it is (a run opened and closed with nothing
        // appended keeps the bytes run.json records); a v1 file is replaced at the next new head.
        const named = reading?.heads[0];
        const current = named?.seq === head.seq && named.hash === head.hash;
        if (reading?.newest === undefined)
            return current
                ? new HeadAnchor(undefined, 1, path)
                : new HeadAnchor(createAnchor(path, head), 1);
        const anchor = new HeadAnchor((0,external_node_fs_.openSync)(path, 'r+'), reading.newest);
        if (!current)
            anchor.commit(head);
        return anchor;
    }
    /** Names `head` in the slot not holding the newest claim, durably. */
    commit(head) {
        if (this.fd === undefined) {
            this.fd = createAnchor(this.path, head);
            this.newest = 1;
            return;
        }
        const slot = this.newest === 0 ? 1 : 0;
        writeAllSync(this.fd, encodeSlot(head), slot * SLOT_SIZE);
        (0,external_node_fs_.fdatasyncSync)(this.fd);
        this.newest = slot;
    }
    close() {
        if (this.fd !== undefined)
            (0,external_node_fs_.closeSync)(this.fd);
    }
}
/** Creates the file with `head` in both slots under a temporary name, then renames it in place. */
function createAnchor(path, head) {
    const temp = tempPathFor(path);
    const fd = (0,external_node_fs_.openSync)(temp, 'wx');
    try {
        const slot = encodeSlot(head);
        writeAllSync(fd, Buffer.concat([slot, slot]), 0);
        (0,external_node_fs_.fsyncSync)(fd);
        (0,external_node_fs_.renameSync)(temp, path);
    }
    catch (err) {
        (0,external_node_fs_.closeSync)(fd);
        (0,external_node_fs_.rmSync)(temp, { force: true });
        throw err;
    }
    fsyncDirSync((0,external_node_path_.dirname)(path));
    return fd;
}

;// CONCATENATED MODULE: ./src/trace/trace-writer.ts
// Appending to trace.jsonl: one canonical line per event, through a file descriptor opened in append
// mode and kept open. Group commit: append() seals a record onto the chain in memory and queues its
// line; sync() writes every queued line in one write and makes them durable with one fdatasync.
// The engine commits once per step, before the step's command starts (so the previous step's result
// and this step's start are durable before anything else happens), and whenever the run stops.
// A crash loses at most what was queued since the last sync(): records no effect has followed yet.
// After each fdatasync the durable head anchor (head-anchor.ts) names the last record it made durable.
// The commit's system calls are made synchronously on the main thread: at a step boundary nothing
// else needs the event loop (no command runs, no one is being asked), and four thread-pool round
// trips, each a wake-up of the loop, cost more than the calls themselves. Anything else the process
// serves (a debugger's socket, a signal) waits those few hundred microseconds.
// A writer opened with `durable: false` (the run directories of `runbook test`, throwaway artifacts
// never resumed) writes and chains the same lines but never fdatasyncs: sync() writes the queue
// once it holds TEST_BATCH_BYTES, flush() writes all of it and names the head in the anchor.





/** A writer that is not durable writes its queue at a step boundary once it holds this many bytes. */
const TEST_BATCH_BYTES = 64 * 1024;
class TraceWriter {
    fd;
    clock;
    hashes;
    anchorPath;
    durable;
    failure;
    closed = false;
    /** Lines sealed but not yet written, and their length in UTF-16 units (a lower bound of bytes). */
    pending = [];
    pendingLength = 0;
    /** Bytes may have reached the file since the last fdatasync (at open: a repair of its tail). */
    unsynced = true;
    /** The anchor, open from this writer's first commit on. */
    anchor;
    /** The seq the anchor names (0: not written by this writer yet). */
    anchored = 0;
    constructor(fd, clock, 
    /** hashes[seq - 1] is the hash of record seq. */
    hashes, anchorPath, durable) {
        this.fd = fd;
        this.clock = clock;
        this.hashes = hashes;
        this.anchorPath = anchorPath;
        this.durable = durable;
    }
    /**
     * Opens `path` for appending after the (already checked) records it holds; each commit then
     * names the head in the anchor at `anchorPath`, when given.
     */
    // eslint-disable-next-line @typescript-eslint/require-await -- a promise, so a failure rejects
    static async open(path, clock, existing, anchorPath, opts = {}) {
        return new TraceWriter((0,external_node_fs_.openSync)(path, 'a'), clock, existing.map((r) => r.hash), anchorPath, opts.durable ?? true);
    }
    get head() {
        const seq = this.hashes.length;
        return { seq, hash: this.hashes[seq - 1] ?? GENESIS_HASH };
    }
    /** The hash of record `seq`, if the chain has it. */
    hashAt(seq) {
        return seq >= 1 ? this.hashes[seq - 1] : undefined;
    }
    /** Seals `event` onto the chain and queues its line; it reaches the file at the next sync(). */
    // eslint-disable-next-line @typescript-eslint/require-await -- a promise, so a refusal rejects
    async append(event) {
        this.usable();
        const { record, line } = sealLine(event, this.head, this.clock.now());
        this.hashes.push(record.hash);
        this.pending.push(line);
        this.pendingLength += line.length + 1;
        return JSON.parse(line);
    }
    /**
     * Commits: writes the queued lines in one write, fdatasyncs (all appended is durable), then names
     * the last record in the anchor. Not durable: writes the queue once it holds TEST_BATCH_BYTES.
     */
    // eslint-disable-next-line @typescript-eslint/require-await -- a promise, so a failure rejects
    async sync() {
        this.usable();
        if (this.durable)
            this.commit(true);
        else if (this.pendingLength >= TEST_BATCH_BYTES)
            this.commit(false);
    }
    /** Writes every queued line (before a file that names the head, such as a snapshot). */
    // eslint-disable-next-line @typescript-eslint/require-await -- a promise, so a failure rejects
    async writeOut() {
        this.usable();
        this.commit(this.durable);
    }
    /** sync(), and the anchor names the head even when not durable (before run.json is written). */
    // eslint-disable-next-line @typescript-eslint/require-await -- a promise, so a failure rejects
    async flush() {
        this.usable();
        this.commit(true);
    }
    /** Writes what is queued, syncs, and closes the file. */
    // eslint-disable-next-line @typescript-eslint/require-await -- a promise, so a failure rejects
    async close() {
        if (this.closed)
            return;
        this.closed = true;
        try {
            if (this.failure === undefined)
                this.commit(true);
        }
        finally {
            (0,external_node_fs_.closeSync)(this.fd);
            this.anchor?.close();
        }
    }
    // A failed write leaves the chain in memory ahead of the file: every later call refuses, so the
    // file never gets a gap. Not durable, `anchor` says whether the anchor names the head now; the
    // anchor file is made at the first commit either way, so a killed test run still has one.
    commit(anchor) {
        try {
            const head = this.head;
            if (this.pending.length > 0) {
                const data = Buffer.from(`${this.pending.join('\n')}\n`);
                this.pending = [];
                this.pendingLength = 0;
                this.unsynced = true;
                writeAllSync(this.fd, data, null);
            }
            if (this.unsynced && this.durable) {
                (0,external_node_fs_.fdatasyncSync)(this.fd);
                this.unsynced = false;
            }
            if (this.anchorPath === undefined || (head.seq === this.anchored && head.seq > 0))
                return;
            if (!anchor && this.anchor !== undefined)
                return;
            if (this.anchor === undefined)
                this.anchor = HeadAnchor.open(this.anchorPath, head);
            else
                this.anchor.commit(head);
            this.anchored = head.seq;
        }
        catch (err) {
            this.failure ??= err;
            throw err;
        }
    }
    usable() {
        if (this.closed)
            throw new RunStoreError('the trace is closed');
        if (this.failure !== undefined) {
            throw new RunStoreError('an earlier write to the trace failed; the run must be resumed', {
                cause: this.failure
            });
        }
    }
}

;// CONCATENATED MODULE: ./src/trace/create-run.ts
// Starting a run directory: a fresh run id, the lock, the runbook bytes, an empty trace.







/** Creates `<runsDir>/<run_id>/`, takes its lock and returns the store the engine writes through. */
async function createRun(opts) {
    const runsDir = (0,external_node_path_.resolve)(opts.runsDir);
    const now = opts.clock.now();
    const { runId, dir } = await makeRunDir(runsDir, now, opts.randomSuffix);
    const { holder } = await acquireLock(dir, runId, now);
    const durable = opts.durable ?? true;
    try {
        await writeFileExclusive(inRun(dir, RUNBOOK_FILE), opts.runbook, durable);
        const writer = await TraceWriter.open(inRun(dir, TRACE_FILE), opts.clock, [], inRun(dir, HEAD_FILE), {
            durable
        });
        if (durable) {
            await fsyncDir(dir);
            await fsyncDir(runsDir);
        }
        return new FileRunStore(runId, dir, writer, holder, [], durable);
    }
    catch (err) {
        await releaseLock(dir, holder);
        throw err;
    }
}

;// CONCATENATED MODULE: ./src/trace/durable-head.ts
// The trace's durable head: what the run's durable records prove trace.jsonl held. trace.head.json
// (head-anchor.ts) names the last record each commit of the trace made durable, so it never names a
// record that did not reach the disk; snapshots and run.json name one too. A trace shorter than any
// of them lost records that were durable: a dropped tail or a line cut short by someone, never by a
// crash. resume and verify refuse such a trace, naming the count each source claims. A torn last
// line beyond every claim is the unfinished append of a crash, which nothing durable saw.





/**
 * Every claim the run directory's durable files make on the trace: each valid slot of
 * trace.head.json (or a problem when none is), run.json, and each snapshot. Another file that
 * cannot be read as such makes no claim (verify's other checks report it).
 */
async function durableClaims(dir) {
    const claims = [];
    const anchorBytes = await (0,promises_.readFile)(inRun(dir, HEAD_FILE)).catch(() => undefined);
    if (anchorBytes !== undefined) {
        const anchor = readAnchor(anchorBytes);
        if (anchor.problem !== undefined)
            claims.push({ source: HEAD_FILE, problem: anchor.problem });
        for (const head of anchor.heads)
            claims.push({ source: HEAD_FILE, head });
    }
    const manifestBytes = await (0,promises_.readFile)(inRun(dir, MANIFEST_FILE)).catch(() => undefined);
    const manifest = manifestBytes === undefined ? undefined : parseManifest(manifestBytes);
    if (manifest !== undefined && typeof manifest !== 'string')
        claims.push({ source: MANIFEST_FILE, head: manifest.trace });
    const names = await (0,promises_.readdir)(inRun(dir, SNAPSHOTS_DIR)).catch(() => []);
    for (const name of names.filter((n) => snapshotIndex(n) !== undefined).sort()) {
        const file = `${SNAPSHOTS_DIR}/${name}`;
        const head = headIn(await (0,promises_.readFile)(inRun(dir, file)).catch(() => undefined), 'trace');
        if (head !== undefined)
            claims.push({ source: file, head });
    }
    return claims;
}
/**
 * Why the trace cannot be what the claims say it was written as, one message per source with a
 * disagreeing claim (empty when the trace honours them all): an anchor's problem first, then the
 * largest claim.
 */
function shortfall(records, claims) {
    const out = [];
    const seen = new Set();
    for (const c of claims)
        if ('problem' in c) {
            out.push(`${c.source} makes no claim: ${c.problem}`);
            seen.add(c.source);
        }
    const heads = claims.flatMap((c) => ('head' in c ? [c] : []));
    for (const { source, head } of heads.sort((a, b) => b.head.seq - a.head.seq)) {
        if (seen.has(source))
            continue;
        const record = records[head.seq - 1];
        if (head.seq > records.length) {
            seen.add(source);
            out.push(`trace.jsonl holds ${records.length} intact records, but ${source} proves ${head.seq} were written durably: records were dropped or a line was cut`);
        }
        else if (head.seq > 0 && record?.hash !== head.hash) {
            seen.add(source);
            out.push(`${source} names record ${head.seq} with another hash than trace.jsonl's: the trace was rewritten`);
        }
    }
    return out;
}
/** The trace head a snapshot holds under `key`. */
function headIn(bytes, key) {
    if (bytes === undefined)
        return undefined;
    const parsed = parseJsonBytes(bytes.at(-1) === 0x0a ? bytes.subarray(0, -1) : bytes);
    const value = parsed?.value;
    const head = value?.[key];
    if (typeof head?.hash !== 'string' || !Number.isSafeInteger(head.seq))
        return undefined;
    return { seq: head.seq, hash: head.hash };
}

;// CONCATENATED MODULE: ./src/trace/list-runs.ts
// Listing the runs in a runs directory, with what their manifest and lock say.






/** The runs under `runsDir`, oldest first; an absent directory has none. */
async function listRuns(runsDir) {
    let names;
    try {
        const entries = await (0,promises_.readdir)(runsDir, { withFileTypes: true });
        names = entries.filter((e) => e.isDirectory() && RUN_ID_PATTERN.test(e.name)).map((e) => e.name);
    }
    catch (err) {
        if (err.code === 'ENOENT')
            return [];
        throw err;
    }
    const runs = [];
    for (const run_id of names.sort()) {
        const dir = (0,external_node_path_.join)(runsDir, run_id);
        const locked = (await readLock(dir)) !== undefined;
        const bytes = await (0,promises_.readFile)((0,external_node_path_.join)(dir, MANIFEST_FILE)).catch(() => undefined);
        const manifest = bytes === undefined ? 'missing' : parseManifest(bytes);
        if (typeof manifest === 'string') {
            runs.push({ run_id, committed: false, locked });
            continue;
        }
        const { status, runbook_name, updated_at } = manifest;
        runs.push({ run_id, committed: true, status, runbook_name, updated_at, locked });
    }
    return runs;
}

;// CONCATENATED MODULE: ./src/trace/open-run.ts
// Reopening a run to resume it: take the lock, check the whole trace, set a torn tail aside, and
// find the latest snapshot that agrees with the trace. The engine then folds the records after the
// snapshot onto its state.















/** Opens `<runsDir>/<runId>` for resuming; throws RunNotFoundError, RunLockedError, TraceTamperedError. */
async function openRun(runsDir, runId, opts) {
    const dir = (0,external_node_path_.resolve)(runsDir, runId);
    if (safeSegment(runId) !== runId || !(await isDir(dir))) {
        const ids = (await listRuns(runsDir)).map((r) => r.run_id);
        throw new RunNotFoundError(runId, runsDir, nearbyRunIds(runId, ids));
    }
    const lock = await acquireLock(dir, runId, opts.clock.now());
    try {
        const trace = await readTrace(inRun(dir, TRACE_FILE));
        if (trace.broken !== undefined) {
            const b = trace.broken;
            throw new TraceTamperedError(runId, b.seq, b.line, b.message);
        }
        const folded = foldStates(trace.records);
        if (folded.error !== undefined) {
            const seq = folded.error.seq;
            throw new TraceTamperedError(runId, seq, seq, folded.error.message, { cause: folded.error });
        }
        // A trace shorter than what a durable file proves was written lost records that were on disk:
        // refused, whether the loss is a dropped tail or a line cut (then a "torn" tail that a durable
        // record had seen). A torn line beyond every claim is a crash's unfinished append.
        const claims = await durableClaims(dir);
        const short = shortfall(trace.records, claims);
        if (short.length > 0) {
            const seq = trace.records.length + 1;
            throw new TraceTamperedError(runId, seq, seq, short.join('; '));
        }
        const committed = claims.some((c) => c.source === MANIFEST_FILE && 'head' in c && c.head.seq === trace.records.length);
        const tornFile = trace.torn === undefined ? undefined : await setTornAside(dir, trace.torn);
        if (trace.unterminated)
            await (0,promises_.appendFile)(inRun(dir, TRACE_FILE), '\n');
        const { snapshot, skipped } = await latestSnapshot(dir, trace.records, folded);
        const writer = await TraceWriter.open(inRun(dir, TRACE_FILE), opts.clock, trace.records, inRun(dir, HEAD_FILE));
        await writer.sync(); // makes the truncation or the added newline durable
        return {
            store: new FileRunStore(runId, dir, writer, lock.holder, trace.records),
            records: trace.records,
            snapshot,
            discardedBytes: trace.torn?.bytes ?? 0,
            tornFile,
            skippedSnapshots: skipped,
            lockTakenOver: lock.takenOver,
            committed
        };
    }
    catch (err) {
        await releaseLock(dir, lock.holder);
        throw err;
    }
}
// Nothing is deleted: the torn bytes are saved (fsynced) before the trace is cut back to its last
// complete line. A crash in between leaves them in both places, and the next open saves them again.
async function setTornAside(dir, torn) {
    const tracePath = inRun(dir, TRACE_FILE);
    const bytes = (await (0,promises_.readFile)(tracePath)).subarray(torn.offset);
    const taken = new Set(await (0,promises_.readdir)(dir));
    let n = 1;
    while (taken.has(`${TORN_PREFIX}${n}`))
        n++;
    const file = `${TORN_PREFIX}${n}`;
    await writeFileExclusive(inRun(dir, file), bytes);
    await (0,promises_.truncate)(tracePath, torn.offset);
    await fsyncDir(dir);
    return file;
}
async function latestSnapshot(dir, records, folded) {
    const names = await (0,promises_.readdir)(inRun(dir, SNAPSHOTS_DIR)).catch(() => []);
    const skipped = [];
    // Newest first (by the step in the name, which checkSnapshot holds to the state's; the step index
    // never goes down as the trace grows): the first that agrees is the latest, and older ones are
    // not read at all, so opening a long run checks one snapshot, not one per SNAPSHOT_STEPS steps.
    const newestFirst = names
        .map((name) => ({ name, index: snapshotIndex(name) }))
        .filter((n) => n.index !== undefined)
        .sort((a, b) => b.index - a.index);
    for (const { name } of newestFirst) {
        const file = `${SNAPSHOTS_DIR}/${name}`;
        const bytes = await (0,promises_.readFile)(inRun(dir, file));
        const check = checkSnapshot(file, bytes, records, folded);
        if (!check.ok) {
            skipped.push({ file, reason: check.problem });
            continue;
        }
        const stored = { file, sha256: sha256Hex(bytes), bytes: bytes.length };
        return { snapshot: { state: check.snapshot.state, file: stored }, skipped };
    }
    return { skipped };
}
async function isDir(path) {
    try {
        return (await (0,promises_.stat)(path)).isDirectory();
    }
    catch {
        return false;
    }
}

// EXTERNAL MODULE: ./src/engine/manual.ts
var manual = __webpack_require__(4090);
;// CONCATENATED MODULE: ./src/trace/verify-report.ts
// The verify report: plain JSON (the CLI can print it with --json), one entry per check, each with
// the problems it found in order, so the first one names the first broken event or missing piece.
/** A check's outcome from the problems it found. */
function checkResult(id, problems, summary) {
    return {
        id,
        status: problems.length === 0 ? 'ok' : 'failed',
        summary,
        problems: problems.map((p) => ({ check: id, ...p }))
    };
}
/** A check that could not run, and why. */
function skippedCheck(id, reason) {
    return { id, status: 'skipped', summary: reason, problems: [] };
}
/** `35 bytes with sha256 5b37d4b5715d…`, for messages about a file's content. */
function describeDigest(d) {
    return `${d.bytes ?? '?'} bytes with sha256 ${(d.sha256 ?? '').slice(0, 12)}…`;
}
const MARK = { ok: 'ok  ', failed: 'FAIL', skipped: 'skip' };
/** The report as text: a verdict line, then one line per check and one per problem. */
function formatVerifyReport(report) {
    const about = [
        report.runbook_name === undefined ? undefined : `runbook '${report.runbook_name}'`,
        report.status === undefined ? undefined : `status ${report.status}`,
        report.outcome === undefined
            ? undefined
            : `outcome ${report.outcome.state} at step '${report.outcome.step_id}'`,
        `${report.records} records`
    ].filter((s) => s !== undefined);
    const lines = [
        `run ${report.run_id} (${about.join(', ')}): ${report.ok ? 'verified' : 'NOT verified'}`
    ];
    for (const c of report.checks) {
        const first = c.status === 'failed' ? (c.problems[0]?.message ?? c.summary) : c.summary;
        lines.push(`  ${MARK[c.status]}  ${c.id.padEnd(10)} ${first}`);
        for (const p of c.problems.slice(1))
            lines.push(`${' '.repeat(19)}${p.message}`);
    }
    for (const d of report.deviations ?? []) {
        const verdict = d.allowed ? 'allowed by --allow-skips' : 'not allowed';
        lines.push(`  deviation: step '${d.step_id}' skipped by ${d.by} (record ${d.seq}): ${d.reason} [${verdict}]`);
    }
    return `${lines.join('\n')}\n`;
}

;// CONCATENATED MODULE: ./src/trace/verify-rules.ts
// verify's governance rules (seed §8), checked against the runbook copy and the folded trace: the
// run finished and passed, every step passed, every manual step has its evidence and approvals, and
// every assertion of every cli step passed.





/** The run, steps, evidence, approvals and assertions checks, and the deviations (skips). */
async function checkRules(runbook, state, records, digestOf, allowSkips = false) {
    const latest = new Map();
    for (const r of records) {
        if (r.type === 'step_result')
            latest.set(r.result.step_id, { result: r.result, seq: r.seq });
    }
    const deviations = [];
    for (const { result, seq } of latest.values()) {
        if (result.status !== 'skipped')
            continue;
        const { by, reason } = result.skip ?? { by: 'unknown', reason: 'no reason recorded' };
        deviations.push({ step_id: result.step_id, seq, by, reason, allowed: allowSkips });
    }
    // A skipped step is judged once, as a deviation in the steps check, not again for what it lacks.
    // Steps whose guard was false, and steps after the outcome that ended the run, did not run:
    // nothing of theirs is required.
    // A person who ended the paused run (deny, cancel) ended it before its current step ran.
    const outcomeAt = state.outcome?.step_index ?? Infinity;
    const endedAt = state.ended_by === undefined ? Infinity : state.current_step_index;
    const steps = runbook.steps
        .map((step, index) => ({ step, index, got: latest.get(step.id) }))
        .filter((s) => s.got?.result.status !== 'skipped')
        .filter((s) => s.got === undefined
        ? s.index <= outcomeAt && s.index < endedAt
        : s.got.result.status !== 'not_taken');
    const evidence = [];
    for (const s of steps)
        evidence.push(...(await evidenceProblems(s.step, s.got, runbook, digestOf)));
    const n = runbook.steps.length;
    const skipped = deviations.length === 0 ? '' : ` (${deviations.length} skipped, allowed)`;
    const checks = [
        checkRun(state, records),
        checkResult('steps', stepProblems(runbook, state, latest, allowSkips), `all ${n - deviations.length} steps passed${skipped}`),
        checkResult('evidence', evidence, 'every manual step has its required evidence'),
        checkResult('approvals', steps.flatMap((s) => approvalProblems(s.step, s.got)), 'every approval requirement is met'),
        checkResult('assertions', steps.flatMap((s) => assertionProblems(s.step, s.got)), 'every assertion passed')
    ];
    return { checks, deviations };
}
function checkRun(state, records) {
    const last = records.at(-1);
    const finished = records.findLast((r) => r.type === 'run_finished');
    const problems = [];
    if (state.status === 'running') {
        problems.push({
            seq: last?.seq,
            message: `the run is not finished: the trace ends at record ${last?.seq ?? 0} (${last?.type ?? 'none'}) without run_finished`
        });
    }
    else if (state.status === 'paused') {
        const p = state.pending;
        const waiting = p === undefined ? 'input' : describePending(p);
        problems.push({
            seq: last?.seq,
            step_id: p?.step_id,
            message: `the run is not finished: it is paused, waiting for ${waiting}`
        });
    }
    else if (state.status !== 'passed') {
        const error = finished?.type === 'run_finished' && finished.error !== null ? `: ${finished.error}` : '';
        const via = state.ended_by?.via === undefined ? '' : ` (${state.ended_by.via})`;
        problems.push({
            seq: finished?.seq,
            message: `the run finished with status ${state.status}${error}${via}`
        });
    }
    return checkResult('run', problems, `the run finished with status passed (record ${finished?.seq ?? 0})`);
}
function describePending(p) {
    const parts = [
        p.evidence.length > 0 ? `evidence ${p.evidence.join(', ')}` : '',
        p.approvals_needed > 0 ? `${p.approvals_needed} approval(s)` : '',
        p.kind === 'confirmation' ? 'a confirmation' : ''
    ].filter((s) => s !== '');
    return `${parts.join(' and ') || 'input'} at step '${p.step_id}'`;
}
function stepProblems(runbook, state, latest, allowSkips) {
    const problems = [];
    const n = runbook.steps.length;
    if (state.steps_total !== n) {
        problems.push({
            message: `the run counted ${state.steps_total} steps, but the runbook has ${n}`
        });
    }
    for (const [index, step] of runbook.steps.entries()) {
        const got = latest.get(step.id);
        const step_id = step.id;
        const at = `step '${step.id}' (${index + 1} of ${n})`;
        // After the outcome that ended the run, steps are not reached: that is how it should be.
        if (got === undefined && state.outcome !== undefined && index > state.outcome.step_index)
            continue;
        // A person ended the run at this step (deny, cancel): it and the steps after it never ran.
        if (got === undefined && state.ended_by !== undefined && index >= state.current_step_index)
            continue;
        if (got === undefined) {
            problems.push({ step_id, message: `${at} has no result` });
            continue;
        }
        const { result: r, seq } = got;
        if (r.step_index !== index || r.type !== step.type) {
            problems.push({
                step_id,
                seq,
                message: `${at}: the result at record ${seq} is for a ${r.type} step at index ${r.step_index}`
            });
        }
        else if (r.status === 'skipped') {
            if (!allowSkips)
                problems.push({
                    step_id,
                    seq,
                    message: `${at} was skipped by ${r.skip?.by ?? 'unknown'} (record ${seq}): ${r.skip?.reason ?? ''}; a deviation (verify --allow-skips accepts it)`
                });
        }
        else if (r.status !== 'passed' && !(r.status === 'not_taken' && step.when !== undefined)) {
            problems.push({
                step_id,
                seq,
                message: `${at} ${r.status} (record ${seq})${r.error === null ? '' : `: ${r.error}`}`
            });
        }
    }
    const known = new Set(runbook.steps.map((s) => s.id));
    for (const [step_id, { seq }] of latest) {
        if (!known.has(step_id))
            problems.push({
                step_id,
                seq,
                message: `record ${seq} holds a result for step '${step_id}', which the runbook does not have`
            });
    }
    return problems;
}
async function evidenceProblems(step, got, runbook, digestOf) {
    if (step.type !== 'manual')
        return [];
    // gert's `choices` is choice evidence too (the engine asks for it the same way).
    const required = (0,manual/* manualRequirements */.d7)(step, undefined).evidence;
    const attest = required.length === 0 && runbook.meta.governance?.evidence?.require_for_manual === true;
    if (required.length === 0 && !attest)
        return [];
    const step_id = step.id;
    if (got === undefined) {
        return [
            { step_id, message: `step '${step.id}' has no result, so none of its evidence is recorded` }
        ];
    }
    const recorded = got.result.evidence;
    if (attest && Object.keys(recorded).length === 0) {
        return [
            {
                step_id,
                seq: got.seq,
                message: `step '${step.id}' records no evidence, but governance.evidence.require_for_manual asks for some`
            }
        ];
    }
    const problems = [];
    for (const ev of required) {
        const why = await evidenceGap(ev, recorded[ev.name], digestOf);
        if (why !== undefined)
            problems.push({
                step_id,
                seq: got.seq,
                message: `step '${step.id}' evidence '${ev.name}' (${ev.kind}): ${why}`
            });
    }
    return problems;
}
async function evidenceGap(ev, rec, digestOf) {
    if (rec === undefined)
        return 'not recorded';
    if (rec.kind !== ev.kind)
        return `recorded as ${rec.kind}`;
    if (ev.kind === 'text')
        return (rec.value ?? '').trim() === '' ? 'empty' : undefined;
    if (ev.kind === 'choice') {
        const options = (0,src_runbook/* optionValues */.ib)(ev.options);
        return options.includes(rec.value ?? '')
            ? undefined
            : `${JSON.stringify(rec.value ?? '')} is not one of its options (${options.join(', ')})`;
    }
    if (ev.kind === 'checklist') {
        const missing = (ev.items ?? []).filter((item) => !(rec.items ?? []).includes(item));
        return missing.length === 0
            ? undefined
            : `not ticked: ${missing.map((m) => `'${m}'`).join(', ')}`;
    }
    const file = rec.file ?? '';
    if (!isSafeRelativePath(file) || !file.startsWith(`${ATTACHMENTS_DIR}/`)) {
        return `its file ${JSON.stringify(file)} is not inside ${ATTACHMENTS_DIR}/`;
    }
    const got = await digestOf(file).catch(() => undefined);
    if (got === undefined)
        return `${file} is missing`;
    if (got.sha256 !== rec.sha256 || got.bytes !== rec.bytes) {
        return `${file} is ${describeDigest(got)}, but ${describeDigest(rec)} were recorded`;
    }
    return undefined;
}
function approvalProblems(step, got) {
    const need = step.approvals;
    if (need === undefined)
        return [];
    const roles = need.roles ?? [];
    const from = roles.length === 0
        ? ''
        : ` holding ${roles.length === 1 ? 'role' : 'one of the roles'} ${roles.join(', ')}`;
    const approvals = got?.result.approvals ?? [];
    const counted = new Set(approvals
        .filter((a) => roles.length === 0 || (a.role !== undefined && roles.includes(a.role)))
        .map((a) => (0,src_runbook/* approverKey */.Nf)(a.approver)));
    if (counted.size >= need.min)
        return [];
    const others = approvals
        .filter((a) => !counted.has((0,src_runbook/* approverKey */.Nf)(a.approver)))
        .map((a) => `${a.approver} (${a.role ?? 'no role'})`);
    const also = others.length === 0 ? '' : `; not counted: ${others.join(', ')}`;
    return [
        {
            step_id: step.id,
            seq: got?.seq,
            message: `step '${step.id}' needs ${need.min} distinct approver(s)${from}, has ${counted.size}${also}`
        }
    ];
}
function assertionProblems(step, got) {
    const declared = step.type === 'cli' ? (step.assertions ?? []) : [];
    if (declared.length === 0)
        return [];
    if (got === undefined) {
        return [
            {
                step_id: step.id,
                message: `step '${step.id}' has no result, so none of its assertions ran`
            }
        ];
    }
    const results = got.result.assertions ?? [];
    const problems = [];
    const at = { step_id: step.id, seq: got.seq };
    for (const index of declared.keys()) {
        const a = results.find((r) => r.index === index);
        const name = `step '${step.id}' assertions[${index}]`;
        if (a === undefined) {
            problems.push({ ...at, message: `${name} has no result` });
        }
        else if (!a.passed) {
            const found = a.actual === undefined ? '' : `, found ${a.actual}`;
            const note = a.message === undefined ? '' : ` (${a.message})`;
            problems.push({
                ...at,
                message: `${name} (${a.kind}) failed: expected ${a.expected}${found}${note}`
            });
        }
    }
    return problems;
}

// EXTERNAL MODULE: ./src/engine/decisions.ts
var decisions = __webpack_require__(3617);
;// CONCATENATED MODULE: ./src/trace/verify-decisions.ts




/** The decisions check; `before(seq)` is the folded state just before record `seq`. */
function checkDecisions(runbook, records, before) {
    const problems = [];
    const unverifiable = [];
    let count = 0;
    // The steps' last results before the record being checked, as the engine held them then.
    const last = new StepHistory();
    for (const r of records) {
        if (r.type !== 'decision_recorded') {
            last.add(r);
            continue;
        }
        count++;
        const d = r;
        const state = before(d.seq);
        const found = recheck(runbook, d, state, last);
        if (found === undefined)
            continue;
        if (found.redacted)
            unverifiable.push(found.problem);
        else
            problems.push(found.problem);
    }
    problems.push(...flowProblems(runbook, records));
    if (problems.length === 0 && unverifiable.length > 0) {
        return {
            id: 'decisions',
            status: 'skipped',
            summary: `${unverifiable.length} of ${count} decision(s) cannot be re-checked: ${unverifiable[0]?.message ?? ''}`,
            problems: unverifiable.map((p) => ({ check: 'decisions', ...p }))
        };
    }
    return checkResult('decisions', [...problems, ...unverifiable], `${count} decision(s) re-evaluated from the trace give the recorded results`);
}
function recheck(runbook, d, state, last) {
    const at = { step_id: d.step_id, seq: d.seq };
    const what = `${d.kind} decision at record ${d.seq} (step '${d.step_id}')`;
    const step = runbook.steps[d.step_index];
    const text = d.kind === 'guard' ? step?.when : step?.outcomes?.[d.outcome_index ?? -1]?.when;
    if (step === undefined || step.id !== d.step_id || text === undefined)
        return { problem: { ...at, message: `${what}: the runbook has no such condition` } };
    const read = (0,decisions/* conditionOf */.rI)(runbook, text);
    if (!read.ok || read.condition.expression !== d.expression) {
        return {
            problem: {
                ...at,
                message: `${what}: evaluated '${d.expression}', but the runbook says '${text}'`
            }
        };
    }
    if (state === undefined)
        return { problem: { ...at, message: `${what}: no state before it` } };
    for (const name of new Set(read.condition.refs.map(src_runbook/* refName */.P7))) {
        const held = (0,decisions/* stateValue */.$O)(state, (id) => last.last(id), name);
        const recorded = d.values[name];
        if (JSON.stringify(held) !== JSON.stringify(recorded)) {
            return {
                problem: {
                    ...at,
                    message: `${what}: recorded ${name} = ${JSON.stringify(recorded) ?? 'unset'}, but the trace holds ${JSON.stringify(held) ?? 'unset'}`
                }
            };
        }
    }
    if ((d.redacted ?? []).length > 0) {
        return {
            redacted: true,
            problem: {
                ...at,
                message: `${what} read ${(d.redacted ?? []).join(', ')}, stored redacted: not re-checkable`
            }
        };
    }
    const again = (0,src_runbook/* evaluateCondition */.F9)(read.condition, d.values);
    const result = again.ok ? again.value : null;
    if (result !== d.result) {
        return {
            problem: {
                ...at,
                message: `${what}: the recorded values give ${String(result)}, but ${String(d.result)} was recorded`
            }
        };
    }
    return undefined;
}
/** Each guarded step's result agrees with its guard decision, and the outcome with its decisions. */
function flowProblems(runbook, records) {
    const problems = [];
    const guard = new Map();
    const outcomes = new Map();
    for (const r of records) {
        if (r.type === 'decision_recorded') {
            if (r.kind === 'guard')
                guard.set(r.step_index, r.result);
            else {
                const m = outcomes.get(r.step_index) ?? new Map();
                m.set(r.outcome_index ?? -1, r.result);
                outcomes.set(r.step_index, m);
            }
        }
        else if (r.type === 'step_result') {
            const step = runbook.steps[r.result.step_index];
            if (step?.when === undefined) {
                if (r.result.status === 'not_taken')
                    problems.push({
                        seq: r.seq,
                        step_id: r.result.step_id,
                        message: `step '${r.result.step_id}' is recorded not_taken, but it has no condition`
                    });
                continue;
            }
            const decided = guard.get(r.result.step_index);
            const ran = r.result.status !== 'not_taken';
            if (decided === undefined || (decided !== null && decided !== ran)) {
                problems.push({
                    seq: r.seq,
                    step_id: r.result.step_id,
                    message: `step '${r.result.step_id}' is ${r.result.status}, but its guard decision was ${decided === undefined ? 'never recorded' : String(decided)}`
                });
            }
        }
        else if (r.type === 'run_finished' && r.outcome !== undefined) {
            const o = r.outcome;
            const step = runbook.steps[o.step_index];
            const decided = outcomes.get(o.step_index) ?? new Map();
            const first = (step?.outcomes ?? []).findIndex((x, j) => x.when === undefined || decided.get(j) === true);
            const chosen = step?.outcomes?.[first];
            if (step?.id !== o.step_id || chosen === undefined || chosen.state !== o.state) {
                problems.push({
                    seq: r.seq,
                    step_id: o.step_id,
                    message: `the run ended with outcome ${o.state} at step '${o.step_id}', which its outcome decisions do not give`
                });
            }
        }
    }
    return problems;
}

;// CONCATENATED MODULE: ./src/trace/verify-manifest.ts



/** Fields with checks of their own: the trace head (here) and the file digests (checkFiles). */
const OWN_CHECKS = new Set(['trace', 'files']);
/** run.json: present, naming the trace's last record, and agreeing with the trace field by field. */
function checkManifest(manifest, records, traceIntact, final) {
    if (typeof manifest === 'string')
        return checkResult('manifest', [{ file: 'run.json', message: manifest }], '');
    const problems = headProblems(manifest, records, traceIntact);
    const last = records.at(-1);
    if (final !== undefined && last !== undefined && problems.length === 0)
        problems.push(...fieldProblems(manifest, final, records, last.ts));
    return checkResult('manifest', problems, `run.json names the trace head (record ${manifest.trace.seq})`);
}
function headProblems(manifest, records, traceIntact) {
    const head = manifest.trace;
    const at = records[head.seq - 1];
    const last = records.at(-1);
    if (at === undefined) {
        const what = traceIntact ? 'records were truncated' : 'the trace is broken before it';
        const message = `run.json records trace head ${head.seq}, but trace.jsonl holds ${records.length} intact records: ${what}`;
        return [{ seq: head.seq, message }];
    }
    if (at.hash !== head.hash) {
        const message = `run.json's trace head does not match record ${head.seq} (hash differs)`;
        return [{ seq: head.seq, message }];
    }
    if (traceIntact && last !== undefined && last.seq !== head.seq) {
        const message = `trace.jsonl goes on after the head run.json records (record ${head.seq}): ${last.seq - head.seq} records were added after the run was committed`;
        return [{ seq: head.seq + 1, message }];
    }
    return [];
}
/** One problem per top-level field of run.json that differs from the fold, naming the first leaf. */
function fieldProblems(manifest, final, records, lastTs) {
    const expected = manifestBody(final, stepSummary(records), lastTs);
    const stored = manifest;
    const keys = [...new Set([...Object.keys(stored), ...Object.keys(expected)])];
    const problems = [];
    for (const key of keys.filter((k) => !OWN_CHECKS.has(k)).sort()) {
        const d = firstDifference({ [key]: stored[key] }, { [key]: expected[key] });
        if (d === undefined)
            continue;
        problems.push({
            file: 'run.json',
            message: `run.json says ${d.path} ${d.left}, but the trace says ${d.right}`
        });
    }
    return problems;
}

;// CONCATENATED MODULE: ./src/trace/verify-storage.ts
// verify's checks of the stored record itself: the hash chain, run.json and the file digests, the
// snapshots, and the runbook copy. Each returns a VerifyCheck; none throws for damage it finds.








/** The hash chain, a torn tail, and whether the events describe a possible run. */
function checkTrace(trace, folded, 
/** What the durable head anchor proves is missing (durable-head.ts). */
short = []) {
    const problems = [];
    const n = trace.records.length;
    if (trace.broken !== undefined) {
        const { line, seq, message } = trace.broken;
        problems.push({ seq, line, message: `line ${line} (record ${seq}): ${message}` });
    }
    else if (trace.missing === true) {
        problems.push({
            message: 'there is no trace.jsonl: this is not a run directory, or its trace was deleted'
        });
    }
    else {
        // A torn line is a crash's unfinished append only when nothing durable saw it: `short` says
        // when the durable head anchor proves records (or the torn line itself) were on disk.
        for (const message of short)
            problems.push({ seq: n + 1, message });
        if (trace.torn !== undefined) {
            const { line, bytes } = trace.torn;
            problems.push({
                line,
                seq: n + 1,
                message: `the trace ends with a torn write of ${bytes} bytes at line ${line} (a crash mid-append): resume the run to set it aside`
            });
        }
        else if (n === 0) {
            // Nothing durable claims a record: the process ended before run_started was committed.
            const why = short.length === 0 ? `: ${NEVER_STARTED}` : '';
            problems.push({ message: `trace.jsonl holds no records${why}` });
        }
    }
    if (folded.error !== undefined) {
        const seq = folded.error.seq;
        problems.push({
            seq,
            line: seq,
            message: `events do not describe a possible run: ${folded.error.message}`
        });
    }
    return checkResult('trace', problems, `${n} records, hash chain intact`);
}
/**
 * Every file of the directory against run.json's digests (changed, missing or extra files), and
 * each stored full output against the digest its step_result recorded in the chain: run.json is
 * not chained, so its digests alone would let an output be swapped along with its entry.
 */
async function checkFiles(dir, manifest, records, digestOf) {
    const problems = [];
    const walk = await walkRunDir(dir);
    const present = new Set(walk.files);
    for (const [file, want] of Object.entries(manifest.files)) {
        if (!isSafeRelativePath(file)) {
            problems.push({
                file,
                message: `run.json lists ${JSON.stringify(file)}, which is not a path inside the run`
            });
        }
        else if (!present.has(file)) {
            problems.push({ file, message: `${file} is listed in run.json but missing` });
        }
        else {
            const got = await digestOf(file);
            if (got.sha256 !== want.sha256 || got.bytes !== want.bytes) {
                problems.push({
                    file,
                    message: `${file} changed: ${describeDigest(got)}, run.json records ${describeDigest(want)}`
                });
            }
        }
    }
    for (const file of walk.files) {
        if (!Object.hasOwn(manifest.files, file))
            problems.push({ file, message: `${file} is not listed in run.json` });
    }
    for (const file of walk.others)
        problems.push({ file, message: `${file} is not a regular file` });
    problems.push(...(await outputProblems(records, digestOf)));
    const count = Object.keys(manifest.files).length;
    return checkResult('files', problems, `${count} files match run.json`);
}
/** Each full output a step_result names (store_full_stdout) against that result's digest. */
async function outputProblems(records, digestOf) {
    const problems = [];
    for (const r of records) {
        if (r.type !== 'step_result')
            continue;
        for (const summary of [r.result.stdout, r.result.stderr]) {
            const file = summary?.file;
            if (summary === undefined || file === undefined)
                continue;
            const recorded = `the step_result at record ${r.seq} records ${describeDigest(summary)}`;
            if (!isSafeRelativePath(file)) {
                const message = `the step_result at record ${r.seq} names ${JSON.stringify(file)}, which is not a path inside the run`;
                problems.push({ file, seq: r.seq, message });
                continue;
            }
            const got = await digestOf(file).catch(() => undefined);
            if (got === undefined) {
                problems.push({ file, seq: r.seq, message: `${file} is missing; ${recorded}` });
            }
            else if (got.sha256 !== summary.sha256 || got.bytes !== summary.bytes) {
                problems.push({
                    file,
                    seq: r.seq,
                    message: `${file} is ${describeDigest(got)}, but ${recorded}`
                });
            }
        }
    }
    return problems;
}
/** Each snapshot against the trace: recorded digest, trace head, and state equal to the fold. */
async function checkSnapshots(dir, records, folded) {
    const problems = [];
    const recorded = new Map();
    for (const r of records)
        if (r.type === 'snapshot_written')
            recorded.set(r.file, r);
    const names = await (0,promises_.readdir)(inRun(dir, SNAPSHOTS_DIR)).catch(() => []);
    const files = names
        .filter((n) => snapshotIndex(n) !== undefined)
        .map((n) => `${SNAPSHOTS_DIR}/${n}`);
    for (const file of files.sort()) {
        const bytes = await (0,promises_.readFile)(inRun(dir, file));
        const event = recorded.get(file);
        if (event === undefined) {
            problems.push({ file, message: `${file}: no snapshot_written event records it` });
        }
        else if (event.sha256 !== sha256Hex(bytes)) {
            problems.push({
                file,
                seq: event.seq,
                message: `${file} differs from the digest recorded at record ${event.seq}`
            });
            continue;
        }
        const check = checkSnapshot(file, bytes, records, folded);
        if (!check.ok)
            problems.push({ file, message: `${file}: ${check.problem}` });
    }
    for (const [file, event] of recorded) {
        if (!files.includes(file)) {
            problems.push({
                file,
                seq: event.seq,
                message: `${file}, recorded at record ${event.seq}, is missing`
            });
        }
    }
    return checkResult('snapshots', problems, `${files.length} snapshots agree with the trace`);
}
/** runbook.yaml is the runbook the run started with, and it validates; returns it parsed. */
async function checkRunbookCopy(dir, digest) {
    if (digest === undefined) {
        return { check: skippedCheck('runbook', 'the trace has no run_started record') };
    }
    const fail = (message) => ({
        check: checkResult('runbook', [{ file: RUNBOOK_FILE, message }], '')
    });
    const bytes = await (0,promises_.readFile)(inRun(dir, RUNBOOK_FILE)).catch(() => undefined);
    if (bytes === undefined)
        return fail(`${RUNBOOK_FILE} is missing`);
    const got = `sha256:${sha256Hex(bytes)}`;
    if (got !== digest)
        return fail(`${RUNBOOK_FILE} is ${got}, but the run started with ${digest}`);
    const parsed = (0,src_runbook/* validateRunbookText */.As)(bytes.toString('utf8'), RUNBOOK_FILE);
    const error = parsed.diagnostics.find((d) => d.severity === 'error');
    if (parsed.runbook === undefined) {
        return fail(`${RUNBOOK_FILE} does not validate: ${error === undefined ? '' : (0,src_runbook/* formatDiagnostic */.xy)(error)}`);
    }
    const summary = `${RUNBOOK_FILE} is the runbook the run started with (${digest.slice(0, 19)}…)`;
    return { check: checkResult('runbook', [], summary), runbook: parsed.runbook };
}

;// CONCATENATED MODULE: ./src/trace/verify.ts
// verifyRun: what an auditor runs on a run directory. It checks the stored record (hash chain,
// run.json and every file digest, snapshots, the runbook copy) and then the governance rules of
// seed §8 against the runbook the run started with. It reads only; it never repairs.














const RULE_CHECKS = [
    'run',
    'steps',
    'evidence',
    'approvals',
    'assertions',
    'decisions'
];
/** Verifies the run directory `dir`. Damage is reported, never thrown. */
async function verifyRun(dir, opts = {}) {
    const abs = (0,external_node_path_.resolve)(dir);
    const run_id = (0,external_node_path_.basename)(abs);
    if (!(await (0,promises_.stat)(abs).then((s) => s.isDirectory(), () => false))) {
        const check = checkResult('trace', [{ message: `${dir} is not a run directory` }], '');
        return { ok: false, run_id, records: 0, checks: [check] };
    }
    const digestOf = digestsOnce(abs);
    const trace = await readTrace(inRun(abs, TRACE_FILE));
    const records = trace.records;
    const folded = foldStates(records);
    const final = folded.states.at(-1);
    // run.json's and the snapshots' claims have their own checks below; the anchor's is the trace's.
    const anchor = (await durableClaims(abs)).filter((c) => c.source === HEAD_FILE);
    const traceCheck = checkTrace(trace, folded, shortfall(records, anchor));
    const intact = traceCheck.status === 'ok';
    const checks = [traceCheck];
    const manifestBytes = await (0,promises_.readFile)(inRun(abs, MANIFEST_FILE)).catch(() => undefined);
    const manifest = manifestBytes === undefined
        ? 'the run is not committed: run.json missing'
        : parseManifest(manifestBytes);
    checks.push(checkManifest(manifest, records, intact, final));
    checks.push(typeof manifest === 'string'
        ? skippedCheck('files', 'without run.json there are no digests to check files against')
        : await checkFiles(abs, manifest, intact ? records : [], digestOf));
    const untrusted = 'the trace is not intact, so its events cannot be trusted';
    checks.push(intact ? await checkSnapshots(abs, records, folded) : skippedCheck('snapshots', untrusted));
    const started = records[0]?.type === 'run_started' ? records[0] : undefined;
    const copy = await checkRunbookCopy(abs, started?.runbook_digest);
    const deviations = [];
    checks.push(copy.check);
    if (!intact || final === undefined) {
        checks.push(...RULE_CHECKS.map((id) => skippedCheck(id, untrusted)));
    }
    else if (copy.runbook === undefined) {
        const why = 'the runbook the run started with is not available to check against';
        checks.push(...RULE_CHECKS.map((id) => skippedCheck(id, why)));
    }
    else {
        const rules = await checkRules(copy.runbook, final, records, digestOf, opts.allowSkips);
        checks.push(...rules.checks);
        deviations.push(...rules.deviations);
        checks.push(checkDecisions(copy.runbook, records, (seq) => folded.states[seq - 2]));
    }
    return {
        ok: checks.every((c) => c.status === 'ok'),
        run_id,
        ...(final === undefined ? {} : { runbook_name: final.runbook_name, status: final.status }),
        ...(final?.outcome === undefined
            ? {}
            : {
                outcome: {
                    state: final.outcome.state,
                    step_id: final.outcome.step_id,
                    ...(final.outcome.recommendation === undefined
                        ? {}
                        : { recommendation: final.outcome.recommendation })
                }
            }),
        records: records.length,
        checks,
        ...(deviations.length === 0 ? {} : { deviations })
    };
}

;// CONCATENATED MODULE: ./src/trace/index.ts
// Public surface of the trace layer: the run directory (create, resume, list), its hash-chained
// trace, and verify.















/***/ })

};
