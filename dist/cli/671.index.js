export const id = 671;
export const ids = [671];
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
/* harmony import */ var _runbook_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9982);
/* harmony import */ var _runbook_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2713);
/* harmony import */ var _runbook_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4254);

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
    const inputs = inputsOf(state, lastResult, read.condition.refs.map(_runbook_index_js__WEBPACK_IMPORTED_MODULE_1__/* .refName */ .P), secrets);
    const evaluated = (0,_runbook_index_js__WEBPACK_IMPORTED_MODULE_2__/* .evaluateCondition */ .F9)(read.condition, inputs.real);
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
/* harmony import */ var _runbook_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4903);
/* harmony import */ var _runbook_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9982);
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
    return new Set(approvals.map((a) => (0,_runbook_index_js__WEBPACK_IMPORTED_MODULE_0__/* .approverKey */ .N)(a.approver))).size;
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
            const options = (0,_runbook_index_js__WEBPACK_IMPORTED_MODULE_1__/* .optionValues */ .ib)(spec.options);
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

/***/ 1095:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   r: () => (/* binding */ StepHistory)
/* harmony export */ });
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


/***/ }),

/***/ 4903:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ approverKey)
/* harmony export */ });
// Who an approver is, for counting distinct approvers: one person never counts twice because of
// spacing or case (' Alice' and 'alice' are one approver).
/** The identity of an approver name: trimmed, NFKC-normalised, lower case. */
function approverKey(name) {
    return name.trim().normalize('NFKC').toLowerCase();
}


/***/ }),

/***/ 9730:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   dQ: () => (/* binding */ parseJsonBytes),
/* harmony export */   dj: () => (/* binding */ canonicalJson)
/* harmony export */ });
/* unused harmony exports CanonicalJsonError, canonicalEqual */
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
    const parts = [];
    // The fast pass builds no paths; only a value it cannot encode is walked again to name its path.
    if (!encodeInto(value, parts))
        encode(value, '$');
    return parts.join('');
}
/** True when two JSON-like values are equal once encoded (undefined fields do not count). */
function canonicalEqual(a, b) {
    return canonicalJson(a) === canonicalJson(b);
}
const byCodeUnit = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
/** Appends the canonical form of `value` to `out`; false when some part of it is not JSON. */
function encodeInto(value, out) {
    if (value === null || typeof value === 'boolean' || typeof value === 'string') {
        out.push(JSON.stringify(value));
        return true;
    }
    if (typeof value === 'number') {
        if (!Number.isFinite(value))
            return false;
        out.push(JSON.stringify(value));
        return true;
    }
    if (Array.isArray(value)) {
        out.push('[');
        for (let i = 0; i < value.length; i++) {
            const item = value[i];
            if (item === undefined)
                return false;
            if (i > 0)
                out.push(',');
            if (!encodeInto(item, out))
                return false;
        }
        out.push(']');
        return true;
    }
    if (typeof value === 'object' && isPlainObject(value)) {
        const keys = Object.keys(value).sort(byCodeUnit);
        out.push('{');
        let first = true;
        for (const k of keys) {
            const v = value[k];
            if (v === undefined)
                continue;
            out.push(first ? '' : ',', JSON.stringify(k), ':');
            first = false;
            if (!encodeInto(v, out))
                return false;
        }
        out.push('}');
        return true;
    }
    return false;
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


/***/ }),

/***/ 9881:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FD: () => (/* binding */ tempPathFor),
/* harmony export */   Ob: () => (/* binding */ writeFileExclusive),
/* harmony export */   QY: () => (/* binding */ fsyncDirSync),
/* harmony export */   TM: () => (/* binding */ digestFile),
/* harmony export */   Ud: () => (/* binding */ writeAllSync),
/* harmony export */   VR: () => (/* binding */ DigestCounter),
/* harmony export */   X2: () => (/* binding */ makeDirs),
/* harmony export */   Xs: () => (/* binding */ digestsOnce),
/* harmony export */   Zf: () => (/* binding */ writeFileAtomic),
/* harmony export */   eL: () => (/* binding */ uniqueTag),
/* harmony export */   f4: () => (/* binding */ writeAll),
/* harmony export */   t_: () => (/* binding */ fsyncDir)
/* harmony export */ });
/* unused harmony export TEMP_MARKER */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _run_paths_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8645);
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
        done += (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeSync)(fd, data, done, data.length - done, at);
    }
}
/** fsyncs a directory so entries created or renamed in it are durable. */
async function fsyncDir(dir) {
    let fh;
    try {
        fh = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.open)(dir, 'r');
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
        fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(dir, 'r');
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fsyncSync)(fd);
    }
    catch (err) {
        if (!dirSyncUnsupported(err))
            throw err;
    }
    finally {
        if (fd !== undefined)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}
// Platform quirk: Windows cannot open or fsync a directory; rename is durable there anyway.
function dirSyncUnsupported(err) {
    const code = err.code;
    return code === 'EISDIR' || code === 'EPERM' || code === 'EINVAL';
}
/** A tag no other write (in this or another process) uses at the same time. */
function uniqueTag() {
    return `${process.pid}-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_1__.randomBytes)(4).toString('hex')}`;
}
/** A temporary name beside `path`, unique to this write. */
function tempPathFor(path) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.dirname)(path), `.${(0,node_path__WEBPACK_IMPORTED_MODULE_3__.basename)(path)}${TEMP_MARKER}${uniqueTag()}`);
}
/** Replaces `path` with `data` atomically: temp file, fsync, rename, fsync the directory. */
async function writeFileAtomic(path, data) {
    const temp = tempPathFor(path);
    try {
        await writeFileExclusive(temp, data);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rename)(temp, path);
    }
    catch (err) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(temp, { force: true });
        throw err;
    }
    await fsyncDir((0,node_path__WEBPACK_IMPORTED_MODULE_3__.dirname)(path));
}
/** Creates a new file (failing with EEXIST if it exists) holding `data`, fsynced. */
async function writeFileExclusive(path, data) {
    const fh = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.open)(path, 'wx');
    try {
        await writeAll(fh, typeof data === 'string' ? Buffer.from(data) : data);
        await fh.sync();
    }
    finally {
        await fh.close();
    }
}
/** Digest and size of some bytes as they stream past. */
class DigestCounter {
    hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_1__.createHash)('sha256');
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
    for await (const chunk of (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createReadStream)(path))
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
            digest = digestFile((0,_run_paths_js__WEBPACK_IMPORTED_MODULE_4__/* .inRun */ .zs)(dir, rel));
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
    let cur = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.resolve)(path);
    for (;;) {
        try {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdir)(cur);
            break;
        }
        catch (err) {
            const code = err.code;
            if (code === 'EEXIST')
                break;
            const parent = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.dirname)(cur);
            if (code !== 'ENOENT' || parent === cur || missing.includes(cur))
                throw err;
            missing.push(cur);
            cur = parent;
        }
    }
    for (const dir of missing.reverse()) {
        try {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdir)(dir);
        }
        catch (err) {
            if (err.code !== 'EEXIST')
                throw err;
        }
    }
}


/***/ }),

/***/ 5558:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jr: () => (/* binding */ RunStoreError),
/* harmony export */   Ks: () => (/* binding */ TraceTamperedError),
/* harmony export */   c6: () => (/* binding */ RunLockedError),
/* harmony export */   dD: () => (/* binding */ NEVER_STARTED),
/* harmony export */   lQ: () => (/* binding */ RunNotFoundError)
/* harmony export */ });
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


/***/ }),

/***/ 2381:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IK: () => (/* binding */ recordLine),
/* harmony export */   Uo: () => (/* binding */ headOf),
/* harmony export */   fg: () => (/* binding */ sha256Hex),
/* harmony export */   si: () => (/* binding */ GENESIS_HASH),
/* harmony export */   tD: () => (/* binding */ checkLink),
/* harmony export */   xe: () => (/* binding */ sealRecord)
/* harmony export */ });
/* unused harmony exports recordHash, checkChain */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _canonical_json_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9730);
// The hash chain over trace records: each record carries the hash of the one before it, and its own
// hash covers its whole content (seq, ts, prev_hash and the event). Editing a record breaks its own
// hash; deleting, inserting or reordering records breaks a seq or a prev_hash; dropping final records
// is only visible against a head recorded elsewhere (run.json, snapshots).


/** prev_hash of the first record. */
const GENESIS_HASH = '0'.repeat(64);
/** sha256 (hex) of some bytes. */
function sha256Hex(data) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(data).digest('hex');
}
/** The hash a record must carry: sha256 of the canonical JSON of the record without `hash`. */
function recordHash(record) {
    return sha256Hex((0,_canonical_json_js__WEBPACK_IMPORTED_MODULE_1__/* .canonicalJson */ .dj)({ ...record, hash: undefined })); // undefined fields are omitted
}
/** Builds the record that follows `prev` (undefined for the first record). */
function sealRecord(event, prev, ts) {
    const body = {
        ...event,
        seq: (prev?.seq ?? 0) + 1,
        ts,
        prev_hash: prev?.hash ?? GENESIS_HASH
    };
    return { ...body, hash: recordHash(body) };
}
/** The line trace.jsonl holds for a record (without its newline). */
function recordLine(record) {
    return (0,_canonical_json_js__WEBPACK_IMPORTED_MODULE_1__/* .canonicalJson */ .dj)(record);
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


/***/ }),

/***/ 4477:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   QZ: () => (/* binding */ readAnchor),
/* harmony export */   q1: () => (/* binding */ HeadAnchor)
/* harmony export */ });
/* unused harmony exports HEAD_FORMAT, HEAD_FORMAT_V1, SLOT_SIZE, ANCHOR_SIZE, encodeSlot, decodeSlot */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _canonical_json_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9730);
/* harmony import */ var _durable_file_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9881);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5558);
/* harmony import */ var _hash_chain_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2381);
/* harmony import */ var _run_paths_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8645);
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
    const line = (0,_canonical_json_js__WEBPACK_IMPORTED_MODULE_2__/* .canonicalJson */ .dj)({ check: (0,_hash_chain_js__WEBPACK_IMPORTED_MODULE_3__/* .sha256Hex */ .fg)((0,_canonical_json_js__WEBPACK_IMPORTED_MODULE_2__/* .canonicalJson */ .dj)(body)), ...body });
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
    if (Object.keys(v).length !== 4 || check !== (0,_hash_chain_js__WEBPACK_IMPORTED_MODULE_3__/* .sha256Hex */ .fg)((0,_canonical_json_js__WEBPACK_IMPORTED_MODULE_2__/* .canonicalJson */ .dj)({ format, hash, seq })))
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
            bytes = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path);
        }
        catch (err) {
            if (err.code !== 'ENOENT')
                throw err;
        }
        const reading = bytes === undefined ? undefined : readAnchor(bytes);
        if (reading?.problem !== undefined)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .RunStoreError */ .Jr(`${_run_paths_js__WEBPACK_IMPORTED_MODULE_5__/* .HEAD_FILE */ ._d} cannot be committed to: ${reading.problem}`);
        // A file that already names `head` is left as it is (a run opened and closed with nothing
        // appended keeps the bytes run.json records); a v1 file is replaced at the next new head.
        const named = reading?.heads[0];
        const current = named?.seq === head.seq && named.hash === head.hash;
        if (reading?.newest === undefined)
            return current
                ? new HeadAnchor(undefined, 1, path)
                : new HeadAnchor(createAnchor(path, head), 1);
        const anchor = new HeadAnchor((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(path, 'r+'), reading.newest);
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
        (0,_durable_file_js__WEBPACK_IMPORTED_MODULE_6__/* .writeAllSync */ .Ud)(this.fd, encodeSlot(head), slot * SLOT_SIZE);
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fdatasyncSync)(this.fd);
        this.newest = slot;
    }
    close() {
        if (this.fd !== undefined)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(this.fd);
    }
}
/** Creates the file with `head` in both slots under a temporary name, then renames it in place. */
function createAnchor(path, head) {
    const temp = (0,_durable_file_js__WEBPACK_IMPORTED_MODULE_6__/* .tempPathFor */ .FD)(path);
    const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(temp, 'wx');
    try {
        const slot = encodeSlot(head);
        (0,_durable_file_js__WEBPACK_IMPORTED_MODULE_6__/* .writeAllSync */ .Ud)(fd, Buffer.concat([slot, slot]), 0);
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fsyncSync)(fd);
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.renameSync)(temp, path);
    }
    catch (err) {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(temp, { force: true });
        throw err;
    }
    (0,_durable_file_js__WEBPACK_IMPORTED_MODULE_6__/* .fsyncDirSync */ .QY)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(path));
    return fd;
}


/***/ }),

/***/ 2171:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ firstDifference)
/* harmony export */ });
/* harmony import */ var _runbook_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6241);
/* harmony import */ var _canonical_json_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9730);
// Where two JSON values first differ, for messages that point an auditor at the changed field.


/** The first difference between two JSON values (undefined fields do not count), or undefined. */
function firstDifference(left, right) {
    if ((0,_canonical_json_js__WEBPACK_IMPORTED_MODULE_0__/* .canonicalJson */ .dj)(left) === (0,_canonical_json_js__WEBPACK_IMPORTED_MODULE_0__/* .canonicalJson */ .dj)(right))
        return undefined; // the common case, in one pass
    return diff(normal(left), normal(right), '');
}
function normal(value) {
    return JSON.parse((0,_canonical_json_js__WEBPACK_IMPORTED_MODULE_0__/* .canonicalJson */ .dj)(value));
}
function diff(a, b, path) {
    // A field present on one side only (canonicalJson has no encoding for an absent value).
    if (a === undefined || b === undefined)
        return a === b ? undefined : { path, left: show(a), right: show(b) };
    if ((0,_canonical_json_js__WEBPACK_IMPORTED_MODULE_0__/* .canonicalJson */ .dj)(a) === (0,_canonical_json_js__WEBPACK_IMPORTED_MODULE_0__/* .canonicalJson */ .dj)(b))
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
    return v === undefined ? '(absent)' : (0,_runbook_index_js__WEBPACK_IMPORTED_MODULE_1__/* .preview */ .VH)(v);
}


/***/ }),

/***/ 7948:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gb: () => (/* binding */ encodeManifest),
/* harmony export */   JH: () => (/* binding */ StepTally),
/* harmony export */   Ng: () => (/* binding */ parseManifest),
/* harmony export */   cv: () => (/* binding */ manifestBody),
/* harmony export */   qA: () => (/* binding */ walkRunDir),
/* harmony export */   xw: () => (/* binding */ stepSummary)
/* harmony export */ });
/* unused harmony export MANIFEST_FORMAT */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _canonical_json_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9730);
/* harmony import */ var _run_paths_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8645);
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
        for (const entry of await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(abs, { withFileTypes: true })) {
            const relPath = rel === '' ? entry.name : `${rel}/${entry.name}`;
            if (rel === '' && excluded(entry.name))
                continue;
            if (entry.isDirectory())
                await visit((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(abs, entry.name), relPath);
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
    return (name === _run_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .MANIFEST_FILE */ .h1 ||
        name === _run_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .LOCK_FILE */ .FI ||
        name === _run_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .GROUP_FILE */ .t3 ||
        name.startsWith(`${_run_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .LOCK_FILE */ .FI}.`));
}
/** The bytes of run.json: sorted keys, indented for people. */
function encodeManifest(manifest) {
    return `${JSON.stringify(manifest, sortKeys, 2)}\n`;
}
/** Parses run.json, or says why it cannot be used. */
function parseManifest(bytes) {
    const parsed = (0,_canonical_json_js__WEBPACK_IMPORTED_MODULE_3__/* .parseJsonBytes */ .dQ)(bytes);
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


/***/ }),

/***/ 8645:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $C: () => (/* binding */ attachmentDir),
/* harmony export */   BQ: () => (/* binding */ TRACE_FILE),
/* harmony export */   FI: () => (/* binding */ LOCK_FILE),
/* harmony export */   H9: () => (/* binding */ TORN_PREFIX),
/* harmony export */   JQ: () => (/* binding */ OUTPUTS_DIR),
/* harmony export */   LX: () => (/* binding */ safeSegment),
/* harmony export */   Rr: () => (/* binding */ attachmentName),
/* harmony export */   ST: () => (/* binding */ SNAPSHOTS_DIR),
/* harmony export */   VH: () => (/* binding */ isSafeRelativePath),
/* harmony export */   XC: () => (/* binding */ outputPath),
/* harmony export */   Zz: () => (/* binding */ snapshotIndex),
/* harmony export */   _d: () => (/* binding */ HEAD_FILE),
/* harmony export */   a7: () => (/* binding */ RUNBOOK_FILE),
/* harmony export */   c0: () => (/* binding */ snapshotPath),
/* harmony export */   h1: () => (/* binding */ MANIFEST_FILE),
/* harmony export */   nX: () => (/* binding */ ATTACHMENTS_DIR),
/* harmony export */   p4: () => (/* binding */ givenName),
/* harmony export */   t3: () => (/* binding */ GROUP_FILE),
/* harmony export */   zs: () => (/* binding */ inRun)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
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
    return (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(dir, ...rel.split('/'));
}


/***/ }),

/***/ 8345:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Po: () => (/* binding */ checkSnapshot),
  hX: () => (/* binding */ encodeSnapshot)
});

// UNUSED EXPORTS: SNAPSHOT_FORMAT

;// CONCATENATED MODULE: ./src/engine/model.ts
// The engine's data: RunState (the "memory dump" of seed §5.2) and the StepResult envelope of
// seed §5.3. Everything here is plain JSON and round-trips through JSON.stringify/parse.
/** The state in its JSON form. */
function stateJson(state) {
    return { ...state, captures: { ...state.captures.toObject() } };
}

// EXTERNAL MODULE: ./src/trace/canonical-json.ts
var canonical_json = __webpack_require__(9730);
// EXTERNAL MODULE: ./src/trace/json-diff.ts
var json_diff = __webpack_require__(2171);
// EXTERNAL MODULE: ./src/trace/run-paths.ts
var run_paths = __webpack_require__(8645);
// EXTERNAL MODULE: ./src/trace/trace-fold.ts
var trace_fold = __webpack_require__(8434);
;// CONCATENATED MODULE: ./src/trace/snapshot.ts





const SNAPSHOT_FORMAT = 'runbook-snapshot/v3';
/** The bytes of a snapshot file. */
function encodeSnapshot(state, head) {
    const snapshot = { format: SNAPSHOT_FORMAT, state: stateJson(state), trace: head };
    return `${(0,canonical_json/* canonicalJson */.dj)(snapshot)}\n`;
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
    const index = (0,run_paths/* snapshotIndex */.Zz)(rel.split('/').at(-1) ?? '');
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
    const expected = (0,trace_fold/* stateAfter */.W)(folded, trace.seq);
    if (typeof expected === 'string')
        return fail(expected);
    const d = (0,json_diff/* firstDifference */.a)(state, stateJson(expected));
    if (d !== undefined) {
        const at = d.path === '' ? 'state' : `state.${d.path}`;
        return fail(`${at} is ${d.left}, but the trace up to record ${trace.seq} gives ${d.right}`);
    }
    // Equal to the fold's state at that record, which is what resume starts from (no second copy).
    return { ok: true, snapshot: { state: expected, trace } };
}
function parseSnapshot(bytes) {
    const newline = bytes.at(-1) === 0x0a;
    const parsed = (0,canonical_json/* parseJsonBytes */.dQ)(newline ? bytes.subarray(0, -1) : bytes);
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


/***/ }),

/***/ 8434:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ foldStates),
/* harmony export */   W: () => (/* binding */ stateAfter)
/* harmony export */ });
/* harmony import */ var _engine_reduce_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3921);

/** Folds every record with the engine's reducer. */
function foldStates(records) {
    const states = [];
    let state;
    for (const r of records) {
        try {
            state = (0,_engine_reduce_js__WEBPACK_IMPORTED_MODULE_0__/* .reduce */ .TS)(state, r);
        }
        catch (err) {
            // A record whose chain is intact can still lack fields the reducer needs (a forged trace with
            // recomputed hashes): that is an impossible event too, reported rather than thrown.
            if (err instanceof _engine_reduce_js__WEBPACK_IMPORTED_MODULE_0__/* .TraceInconsistencyError */ .R5)
                return { states, error: err };
            const why = err instanceof Error ? err.message : String(err);
            return {
                states,
                error: new _engine_reduce_js__WEBPACK_IMPORTED_MODULE_0__/* .TraceInconsistencyError */ .R5(r.seq, `${r.type} cannot be applied: ${why}`)
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


/***/ })

};
