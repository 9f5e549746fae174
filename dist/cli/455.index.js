export const id = 455;
export const ids = [455];
export const modules = {

/***/ 4980:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  d: () => (/* binding */ startRunbook)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/engine/driver.ts + 1 modules
var driver = __webpack_require__(3316);
// EXTERNAL MODULE: ./src/engine/governance.ts
var governance = __webpack_require__(2512);
// EXTERNAL MODULE: ./src/engine/step-verdict.ts
var step_verdict = __webpack_require__(8110);
// EXTERNAL MODULE: ./src/engine/manual.ts
var manual = __webpack_require__(4090);
// EXTERNAL MODULE: ./src/engine/render.ts
var render = __webpack_require__(8084);
// EXTERNAL MODULE: ./src/runbook/index.ts + 36 modules
var src_runbook = __webpack_require__(9059);
// EXTERNAL MODULE: ./src/engine/decisions.ts
var decisions = __webpack_require__(3617);
;// CONCATENATED MODULE: ./src/engine/plan-guards.ts


/** The guard of `step` for the plan; `notTaken` holds ids of earlier steps known not to run. */
function planGuard(runbook, step, vars, notTaken, redact) {
    const read = (0,decisions/* conditionOf */.rI)(runbook, step.when);
    if (!read.ok)
        return { expression: step.when, values: {}, unknown: [], error: read.problem.message };
    const known = {};
    const unknown = [];
    for (const name of new Set(read.condition.refs.map(src_runbook/* refName */.P7))) {
        const [root, id, field] = name.split('.');
        if (root === 'vars' && id !== undefined && vars[id] !== undefined)
            known[name] = vars[id];
        else if (root === 'steps' && field === 'status' && id !== undefined && notTaken.has(id))
            known[name] = 'not_taken';
        else
            unknown.push(name);
    }
    const values = Object.fromEntries(Object.entries(known).map(([k, v]) => [k, redact(v)]));
    const base = { expression: step.when, values, unknown };
    // has() on a name only the run can tell would read "unset" now: leave such guards to the run.
    if (unknown.length > 0 && /\bhas\s*\(/.test(read.condition.expression))
        return base;
    const evaluated = (0,src_runbook/* evaluateCondition */.F9)(read.condition, known);
    if (evaluated.ok)
        return { ...base, result: evaluated.value };
    return unknown.length > 0 ? base : { ...base, error: evaluated.error };
}
/** The outcome that ends the run when `step` passes, as far as the vars tell (undefined: none, or
 * only the run can tell because an earlier outcome's condition needs what the step produces). */
function planOutcome(runbook, step, vars, notTaken, redact) {
    for (const o of step.outcomes ?? []) {
        if (o.when === undefined)
            return { state: o.state };
        const g = planGuard(runbook, { ...step, when: o.when }, vars, notTaken, redact);
        if (g.result === true)
            return { state: o.state, when: o.when };
        if (g.result === undefined)
            return undefined;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/engine/plan.ts





/** Builds the plan. Values captured at run time are shown as <capture NAME from STEP>. */
async function planRun(runbook, vars, deps) {
    const owner = new Map();
    runbook.steps.forEach((s) => Object.keys(s.capture ?? {}).forEach((c) => owner.set(c, s.id)));
    const lookup = (name) => vars[name] ?? `<capture ${name} from ${owner.get(name) ?? '?'}>`;
    const steps = [];
    const notTaken = new Set();
    let endedBy;
    for (const [index, step] of runbook.steps.entries()) {
        const when = step.when;
        const guard = when === undefined || endedBy !== undefined
            ? undefined
            : planGuard(runbook, { ...step, when }, vars, notTaken, deps.redact);
        const runs = endedBy !== undefined
            ? 'not reached'
            : guard === undefined
                ? 'yes'
                : guard.result === undefined
                    ? 'at run time'
                    : guard.result
                        ? 'yes'
                        : 'no';
        if (runs === 'no')
            notTaken.add(step.id);
        const ends = runs === 'yes' ? planOutcome(runbook, step, vars, notTaken, deps.redact) : undefined;
        const base = {
            index,
            id: step.id,
            type: step.type,
            ...(step.title === undefined ? {} : { title: step.title }),
            ...(guard === undefined ? {} : { guard }),
            runs,
            ...(ends === undefined ? {} : { ends }),
            ...(endedBy === undefined ? {} : { ended_by: endedBy })
        };
        if (ends !== undefined)
            endedBy = step.id;
        if (step.type === 'manual') {
            const req = (0,manual/* manualRequirements */.d7)(step, runbook.meta.governance);
            steps.push({
                ...base,
                instructions: deps.redact((0,render/* renderString */.G4)(step.instructions ?? '', lookup)),
                evidence: req.evidence.map((e) => ({
                    name: e.name,
                    kind: e.kind,
                    ...(e.items === undefined ? {} : { items: e.items })
                })),
                ...(req.approvals === undefined ? {} : { approvals: req.approvals })
            });
            continue;
        }
        const rendered = (0,render/* renderCliStep */.$Y)(runbook, step, lookup);
        const { argv0, resolved, verdict, destructive, unreadable } = await (0,step_verdict/* stepVerdict */.s)(deps, runbook.meta.governance, step, rendered);
        const confirmation = destructive !== undefined || unreadable !== undefined || step.confirm === true
            ? (0,governance/* confirmationReason */.a8)({ destructive, unreadable })
            : undefined;
        steps.push({
            ...base,
            argv: rendered.argv.map(deps.redact),
            ...(resolved.path === undefined ? {} : { resolved_path: deps.redact(resolved.path) }),
            decision: verdict.decision,
            reason: deps.redact(verdict.decision === 'denied'
                ? verdict.reason
                : (resolved.cwdProblem ??
                    (resolved.path === undefined ? `command not found: ${argv0}` : verdict.reason))),
            ...(confirmation === undefined ? {} : { confirmation: deps.redact(confirmation) }),
            ...(rendered.timeoutMs === undefined ? {} : { timeout_ms: rendered.timeoutMs })
        });
    }
    return {
        runbook: runbook.meta.name,
        vars: Object.fromEntries(Object.entries(vars).map(([k, v]) => [k, deps.redact(v)])),
        steps,
        refused: steps.some((s) => s.decision === 'denied')
    };
}

// EXTERNAL MODULE: ./src/engine/vars.ts
var engine_vars = __webpack_require__(366);
// EXTERNAL MODULE: ./src/providers/cli/index.ts + 13 modules
var cli = __webpack_require__(5700);
// EXTERNAL MODULE: ./src/providers/cli/real-cli-provider.ts
var real_cli_provider = __webpack_require__(388);
// EXTERNAL MODULE: ./src/providers/replay/index.ts + 28 modules
var providers_replay = __webpack_require__(2884);
// EXTERNAL MODULE: ./src/providers/system-clock.ts
var system_clock = __webpack_require__(7338);
// EXTERNAL MODULE: ./src/runbook/fs-reason.ts
var fs_reason = __webpack_require__(3174);
// EXTERNAL MODULE: ./src/trace/index.ts + 27 modules
var trace = __webpack_require__(2753);
// EXTERNAL MODULE: ./src/app/deps.ts + 10 modules
var deps = __webpack_require__(4333);
// EXTERNAL MODULE: ./src/app/errors.ts
var errors = __webpack_require__(5860);
// EXTERNAL MODULE: ./src/app/manual.ts + 2 modules
var app_manual = __webpack_require__(3394);
// EXTERNAL MODULE: ./src/app/output-targets.ts
var output_targets = __webpack_require__(1665);
;// CONCATENATED MODULE: ./src/app/prompt-inputs.ts
/** Values typed at the terminal for the prompt inputs not given otherwise, by name. */
async function promptInputs(runbook, given, io) {
    const asked = Object.entries(runbook.meta.inputs ?? {}).filter(([name, input]) => input?.from === 'prompt' && given[name] === undefined && io.env[name] === undefined);
    if (asked.length === 0 || !io.interactive || io.prompter === undefined)
        return {};
    const prompter = io.prompter();
    const out = {};
    try {
        for (const [name, input] of asked) {
            if (input === undefined)
                continue;
            const about = input.description === undefined ? '' : ` (${input.description})`;
            const hint = input.default !== undefined
                ? ` [${input.default}]`
                : input.example !== undefined
                    ? ` (e.g. ${input.example})`
                    : '';
            for (let tries = 0; tries < 3; tries++) {
                const answer = (await prompter.ask(`input ${name}${about}${hint}: `)).trim();
                if (answer !== '') {
                    out[name] = answer;
                    break;
                }
                if (input.default !== undefined)
                    break;
                prompter.say(`${name} has no default: type a value.`);
            }
        }
    }
    finally {
        prompter.close();
    }
    return out;
}

// EXTERNAL MODULE: ./src/app/replay.ts
var app_replay = __webpack_require__(5740);
// EXTERNAL MODULE: ./src/app/session.ts
var session = __webpack_require__(919);
;// CONCATENATED MODULE: ./src/app/start.ts
// Starting a run, for every face: resolve vars, choose the providers (real, replay, record), create
// the run directory and drive the run to its end or its first pause; or, in dry-run, only plan it.

















/** Starts a run of `loaded` (or plans it in dry-run); throws AppError for bad input. */
async function startRunbook(loaded, req, io) {
    if (req.record !== undefined)
        await (0,output_targets/* checkRecordTarget */.$)(req.record, loaded.file, io.cwd);
    const replay = req.mode === 'replay' ? await (0,app_replay/* loadReplay */._)(loaded.runbook, req, io) : undefined;
    const runbook = replay?.runbook ?? loaded.runbook;
    let vars;
    try {
        const flags = (0,engine_vars/* parseVarFlags */.YF)(req.vars);
        const typed = req.mode === 'dry-run' ? {} : await promptInputs(runbook, flags, io);
        vars = (0,engine_vars/* resolveVars */.LT)(runbook, io.env, { ...flags, ...typed });
    }
    catch (err) {
        if (!(err instanceof engine_vars/* VarError */.Yr))
            throw err;
        throw new errors/* AppError */.u('invalid-input', err.message);
    }
    if (req.requireValues === true) {
        const empty = Object.entries(vars.vars)
            .filter(([, v]) => v === '')
            .map(([k]) => k);
        if (empty.length > 0)
            throw new errors/* AppError */.u('invalid-input', `the run does not start while a var has no value: ${empty.join(', ')} (give each as NAME=VALUE)`);
    }
    const redactor = (0,deps/* runbookRedactor */.F9)(runbook, [...vars.secrets, ...(req.secretValues ?? [])]);
    const ledger = new cli/* GroupLedger */.$N();
    const runner = new cli/* NodeProcessRunner */.u({ ledger });
    const real = new real_cli_provider/* RealCliProvider */.o(runner, new cli/* NodeCommandResolver */.iy());
    if (req.mode === 'dry-run') {
        // The evidence file is checked as a real run would check it (then nothing is asked for).
        if (req.evidenceFile !== undefined)
            await (0,app_manual/* manualProviderFor */.T)({ evidenceFile: req.evidenceFile, runbook, actor: req.actor }, { ...io, interactive: false });
        return { kind: 'plan', plan: await dryRun(runbook, vars, real, redactor, io) };
    }
    const role = req.role === undefined ? {} : { role: req.role };
    const base = { loaded, runbook, vars, redactor, req, io, ledger, runner };
    if (replay !== undefined) {
        const fallback = io.interactive
            ? await (0,app_manual/* manualProviderFor */.T)({ actor: req.actor, ...role }, io)
            : undefined;
        const { cli, manual } = (0,app_replay/* replayProviders */.U)(replay, req, redactor, io.env, fallback);
        return {
            kind: 'run',
            ...(await runOnce({ ...base, cli, manual: io.manual?.(manual) ?? manual, mode: 'replay' })),
            replay: cli
        };
    }
    const chosen = await (0,app_manual/* manualProviderFor */.T)({
        ...(req.evidenceFile === undefined ? {} : { evidenceFile: req.evidenceFile }),
        runbook,
        actor: req.actor,
        ...role
    }, io);
    const manual = io.manual?.(chosen) ?? chosen;
    if (req.record === undefined)
        return { kind: 'run', ...(await runOnce({ ...base, cli: real, manual, mode: 'real' })) };
    const recorder = new providers_replay/* Recorder */.vk((t) => redactor.redactText(t));
    const run = await runOnce({
        ...base,
        cli: recorder.cli(real),
        manual: recorder.manual(manual),
        mode: 'real'
    });
    const recording = await (0,providers_replay/* writeRecording */.Xw)({
        outPath: (0,external_node_path_.resolve)(io.cwd, req.record),
        runbook,
        state: run.state,
        results: run.results,
        recorder
    }, run.dir);
    return { kind: 'run', ...run, recording };
}
async function dryRun(runbook, vars, cli, redactor, io) {
    const env = {};
    for (const [k, v] of Object.entries(io.env))
        if (v !== undefined)
            env[k] = v;
    return planRun(runbook, vars.vars, {
        cli,
        classify: deps/* destructiveReason */.fO,
        redact: (t) => redactor.redactText(t),
        env,
        cwd: io.cwd,
        joinPath: external_node_path_.resolve
    });
}
/** Creates the run directory and drives a new run to its end or its first pause. */
async function runOnce(input) {
    const { runbook, vars, redactor, io, req, manual } = input;
    const runsDir = (0,external_node_path_.resolve)(io.cwd, req.runsDir);
    let store;
    try {
        store = await (0,trace/* createRun */.ut)({
            runsDir,
            runbook: input.loaded.bytes,
            clock: system_clock/* systemClock */.m,
            durable: req.durable ?? true
        });
        input.ledger.attach((0,external_node_path_.join)(store.dir, trace/* GROUP_FILE */.t3));
    }
    catch (err) {
        throw new errors/* AppError */.u('invalid-input', `cannot create a run directory under ${runsDir}: ${(0,fs_reason/* fsErrorReason */.W)(err)}`);
    }
    try {
        return await (0,session/* withSession */.f)(io, runbook.steps, async (session) => {
            // Vars are stored redacted: a value a redaction rule changes lives only in memory (secretVars)
            // and must be given again on resume.
            const stored = {};
            const secretVars = {};
            for (const [name, value] of Object.entries(vars.vars)) {
                stored[name] = redactor.redactText(value);
                if (stored[name] !== value)
                    secretVars[name] = value;
            }
            const base = (0,deps/* engineDeps */.Vg)({
                runbook,
                store,
                cli: input.cli,
                manual: session.manual(manual),
                redactor,
                env: io.env,
                cwd: io.cwd,
                actor: req.actor,
                ...session.deps
            });
            const state = await (0,driver/* startRun */.AD)({ ...base, secretVars }, {
                run_id: store.runId,
                runbook_path: (0,external_node_path_.relative)(io.cwd, (0,external_node_path_.resolve)(io.cwd, input.loaded.file)),
                runbook_digest: input.loaded.digest,
                runbook_name: runbook.meta.name,
                mode: input.mode,
                actor: req.actor,
                steps_total: runbook.steps.length,
                vars: stored,
                redacted_vars: Object.keys(secretVars)
            });
            return {
                state,
                runbook,
                dir: store.dir,
                failure: session.failure(),
                runError: session.runError(),
                results: session.results()
            };
        });
    }
    finally {
        manual.close?.();
        input.ledger.close();
        input.runner.close();
        await store.close();
    }
}


/***/ }),

/***/ 8455:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  debugCommand: () => (/* binding */ debugCommand)
});

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: ./src/app/deps.ts + 10 modules
var deps = __webpack_require__(4333);
// EXTERNAL MODULE: ./node_modules/@vscode/debugadapter/lib/main.js
var main = __webpack_require__(320);
// EXTERNAL MODULE: ./src/engine/manual.ts
var manual = __webpack_require__(4090);
;// CONCATENATED MODULE: ./src/debugger/inputs.ts

/**
 * Adds an evidence item, or says why it is refused (nothing is queued then). Ticks of one checklist
 * add up; a text or a file given again replaces the one given before.
 */
function queueEvidence(req, queued, input) {
    const problem = (0,manual/* evidenceProblem */.jG)(req, input);
    if (problem !== undefined)
        return problem;
    const at = queued.evidence.findIndex((e) => e.name === input.name);
    const before = queued.evidence[at];
    if (before === undefined)
        queued.evidence.push(input);
    else if (before.kind === 'checklist' && input.kind === 'checklist')
        queued.evidence[at] = { ...before, items: [...new Set([...before.items, ...input.items])] };
    else
        queued.evidence[at] = input;
    return undefined;
}
function queueApproval(req, queued, input) {
    const problem = (0,manual/* approvalProblem */.vB)(req, input);
    if (problem !== undefined)
        return problem;
    queued.approvals.push(input);
    return undefined;
}
/** What the step would have collected once the queued inputs are recorded (the engine's own merge). */
function withQueued(collected, req, queued) {
    const evidence = { ...collected.evidence };
    for (const e of queued?.evidence ?? []) {
        const base = { kind: e.kind, name: e.name, actor: '', recorded_at: '' };
        if (e.kind === 'text' || e.kind === 'choice')
            evidence[e.name] = { ...base, value: e.value };
        else if (e.kind === 'attachment')
            evidence[e.name] = { ...base, file: e.path };
        else {
            const order = req.evidence.find((x) => x.name === e.name)?.items ?? [];
            evidence[e.name] = { ...base, items: (0,manual/* mergeChecklist */.Zc)(evidence[e.name], e.items, order) };
        }
    }
    const approvals = [
        ...collected.approvals,
        ...(queued?.approvals ?? []).map((a) => ({ ...a, recorded_at: '' }))
    ];
    return { ...collected, evidence, approvals };
}
/** What the step still lacks with the queued inputs, in words; undefined when it is complete. */
function stillMissing(collected, req, queued) {
    const merged = withQueued(collected, req, queued);
    const missing = (0,manual/* missingFor */.MG)(req, merged);
    const parts = missing.evidence.map((e) => {
        if (e.kind !== 'checklist')
            return `evidence '${e.name}' (${e.kind})`;
        const ticked = merged.evidence[e.name]?.items ?? [];
        const left = (e.items ?? []).filter((i) => !ticked.includes(i));
        return `evidence '${e.name}' (checklist: ${left.map((i) => `'${i}'`).join(', ')} unticked)`;
    });
    if (missing.approvalsNeeded > 0) {
        const roles = req.approvals?.roles === undefined ? '' : ` with role ${req.approvals.roles.join(' or ')}`;
        parts.push(`${missing.approvalsNeeded} approval(s)${roles}`);
    }
    return parts.length === 0 ? undefined : parts.join(', ');
}

;// CONCATENATED MODULE: ./src/debugger/dap.ts
// The debugger over the Debug Adapter Protocol (@vscode/debugadapter), for VS Code or any DAP
// client: breakpoints on a step's line in the YAML, step over = next, continue, Variables (vars,
// captures, the current step's evidence), the call stack = the current step, and evaluate taking
// REPL commands. Only the debug console (context 'repl') may change state; watches and hovers read.



const THREAD = 1;
const SCOPES = ['vars', 'captures', 'evidence'];
class RunbookDapAdapter extends main/* DebugSession */.Ix {
    launcher;
    session;
    file = '';
    stepLines = [];
    pendingBreakpoints = [];
    configured;
    configurationDone = new Promise((resolve) => (this.configured = resolve));
    ask;
    stops = 0;
    constructor(launcher) {
        super();
        this.launcher = launcher;
        this.setDebuggerLinesStartAt1(true);
        this.setDebuggerColumnsStartAt1(true);
    }
    initializeRequest(response) {
        response.body = {
            supportsConfigurationDoneRequest: true,
            supportsEvaluateForHovers: true,
            supportTerminateDebuggee: false
        };
        this.sendResponse(response);
    }
    configurationDoneRequest(response) {
        this.configured();
        this.sendResponse(response);
    }
    launchRequest(response, args) {
        this.guard(response, this.launch(response, args));
    }
    /** Runs a request's async work; an unexpected error becomes the request's error, not a crash. */
    guard(response, work) {
        work.catch((err) => {
            this.sendErrorResponse(response, 9, err instanceof Error ? err.message : String(err));
        });
    }
    async launch(response, args) {
        const prepared = await this.launcher.prepare(args);
        if (typeof prepared === 'string') {
            this.sendErrorResponse(response, 1, prepared);
            this.sendEvent(new main/* TerminatedEvent */.cz());
            return;
        }
        this.session = prepared.session;
        this.file = prepared.file;
        this.stepLines = prepared.stepLines;
        this.applyBreakpoints(this.pendingBreakpoints);
        this.sendResponse(response);
        // Configuration (breakpoints by line) needs the runbook's step lines: ask for it only now.
        this.sendEvent(new main/* InitializedEvent */.R3());
        await this.configurationDone;
        const done = this.launcher.run((text) => this.sendEvent(new main/* OutputEvent */.iQ(text, 'stdout')));
        void this.follow(prepared.session, done);
    }
    async follow(session, done) {
        for (;;) {
            const event = await session.nextEvent();
            if (event.kind === 'ended')
                break;
            const first = this.stops++ === 0;
            const reason = event.why === 'breakpoint' ? 'breakpoint' : first ? 'entry' : 'step';
            const stopped = new main/* StoppedEvent */.YI(reason, THREAD);
            stopped.body.description = `before step '${session.current?.step.id ?? ''}' (${event.why})`;
            this.sendEvent(stopped);
        }
        const closing = await done;
        if (closing.length > 0)
            this.sendEvent(new main/* OutputEvent */.iQ(`${closing.join('\n')}\n`, 'console'));
        this.sendEvent(new main/* TerminatedEvent */.cz());
    }
    setBreakPointsRequest(response, args) {
        const lines = (args.breakpoints ?? []).map((b) => b.line);
        if (this.session === undefined)
            this.pendingBreakpoints = lines;
        const set = this.applyBreakpoints(lines);
        response.body = {
            breakpoints: lines.map((line, i) => {
                const index = set[i];
                return index === undefined
                    ? { verified: false, line, message: 'not inside a step' }
                    : { verified: true, line: this.stepLines[index] ?? line };
            })
        };
        this.sendResponse(response);
    }
    /** Breakpoints by line become breakpoints on the step whose YAML holds that line. */
    applyBreakpoints(lines) {
        const session = this.session;
        const indexes = lines.map((line) => {
            let found;
            this.stepLines.forEach((start, i) => {
                if (start <= line)
                    found = i;
            });
            return found;
        });
        if (session !== undefined) {
            session.breakpoints.clear();
            for (const i of indexes)
                if (i !== undefined)
                    session.breakpoints.add(session.stepIds()[i] ?? '');
        }
        return indexes;
    }
    threadsRequest(response) {
        response.body = { threads: [new main/* Thread */.jV(THREAD, 'run')] };
        this.sendResponse(response);
    }
    stackTraceRequest(response) {
        const cur = this.session?.current;
        const frames = cur === undefined
            ? []
            : [
                new main/* StackFrame */.s$(0, `${cur.step.id} (${cur.step.type}, step ${cur.index + 1}/${cur.state.steps_total})`, new main/* Source */.kL(this.file.split('/').at(-1) ?? this.file, this.file), this.stepLines[cur.index] ?? 1)
            ];
        response.body = { stackFrames: frames, totalFrames: frames.length };
        this.sendResponse(response);
    }
    scopesRequest(response) {
        response.body = { scopes: SCOPES.map((name, i) => new main/* Scope */.HG(name, i + 1, false)) };
        this.sendResponse(response);
    }
    variablesRequest(response, args) {
        const pairs = this.scopeValues(SCOPES[args.variablesReference - 1]);
        response.body = {
            variables: pairs.map(([name, value]) => ({ name, value, variablesReference: 0 }))
        };
        this.sendResponse(response);
    }
    scopeValues(scope) {
        const session = this.session;
        const state = session?.current?.state ?? session?.lastState;
        if (session === undefined || state === undefined)
            return [];
        if (scope === 'vars')
            return Object.entries(state.vars);
        if (scope === 'captures')
            return Object.entries(state.captures.toObject());
        const cur = session.current;
        if (cur === undefined || cur.step.type !== 'manual')
            return [];
        const req = (0,manual/* manualRequirements */.d7)(cur.step, cur.deps.runbook.meta.governance);
        const collected = withQueued(cur.state.collected, req, session.queued.get(cur.step.id));
        const out = req.evidence.map((e) => {
            const rec = collected.evidence[e.name];
            const value = rec === undefined
                ? '(missing)'
                : e.kind === 'text'
                    ? '(given; shown redacted in the trace)'
                    : e.kind === 'checklist'
                        ? `ticked: ${(rec.items ?? []).join('; ') || 'none'}`
                        : `file: ${rec.file ?? ''}`;
            return [`${e.name} (${e.kind})`, value];
        });
        if (req.approvals !== undefined)
            out.push([
                'approvals',
                `${collected.approvals.map((a) => a.approver).join(', ') || 'none'} of ${req.approvals.min}`
            ]);
        return out;
    }
    nextRequest(response) {
        this.guard(response, this.command(response, 'next'));
    }
    continueRequest(response) {
        this.guard(response, this.command(response, 'continue'));
    }
    stepInRequest(response) {
        this.guard(response, this.command(response, 'next'));
    }
    async command(response, line) {
        const reply = await this.execute(line, true);
        if (reply.resumed === true)
            this.sendResponse(response);
        else
            this.sendErrorResponse(response, 2, reply.lines.join('\n') || `${line}: not done`);
    }
    async execute(line, mayChange) {
        const session = this.session;
        if (session === undefined)
            return { lines: ['the run has not been launched'], error: true };
        const ask = this.ask;
        if (ask !== undefined && mayChange) {
            this.ask = undefined;
            return this.resumed(ask.answer(line));
        }
        const reply = await session.execute(line, mayChange);
        if (reply.ask !== undefined) {
            this.ask = reply.ask;
            return {
                lines: [...reply.lines, `${reply.ask.prompt.trim()} (type it in the Debug Console)`],
                error: true
            };
        }
        return this.resumed(reply);
    }
    resumed(reply) {
        if (reply.resumed === true)
            this.sendEvent(new main/* ContinuedEvent */.OW(THREAD));
        return reply;
    }
    evaluateRequest(response, args) {
        this.guard(response, this.evaluate(response, args));
    }
    async evaluate(response, args) {
        const reply = await this.execute(args.expression, args.context === 'repl');
        if (reply.error === true && args.context !== 'repl') {
            this.sendErrorResponse(response, 3, reply.lines.join('\n'));
            return;
        }
        response.body = { result: reply.lines.join('\n'), variablesReference: 0 };
        this.sendResponse(response);
    }
    disconnectRequest(response) {
        if (this.session?.current !== undefined)
            this.session.quit();
        this.sendResponse(response);
    }
}

// EXTERNAL MODULE: ./src/app/load.ts
var load = __webpack_require__(4523);
// EXTERNAL MODULE: ./src/app/resume.ts + 1 modules
var resume = __webpack_require__(2384);
// EXTERNAL MODULE: ./src/app/start.ts + 3 modules
var start = __webpack_require__(4980);
// EXTERNAL MODULE: ./src/providers/attachment-check.ts
var attachment_check = __webpack_require__(820);
// EXTERNAL MODULE: ./src/engine/cli-step.ts + 2 modules
var cli_step = __webpack_require__(2126);
// EXTERNAL MODULE: ./src/engine/manual-step.ts
var manual_step = __webpack_require__(7353);
// EXTERNAL MODULE: ./src/engine/step-control.ts
var step_control = __webpack_require__(8034);
;// CONCATENATED MODULE: ./src/debugger/commands.ts
// The debugger's command language (REPL lines and DAP evaluations): one line -> one typed command,
// or one error that says what was expected. Parsing records nothing.
/** Each command with its usage and what it does, in the order `help` lists them. */
const COMMANDS = [
    { name: 'next', usage: 'next', help: 'run the next step and stop before the one after it' },
    {
        name: 'continue',
        usage: 'continue',
        help: 'run until a manual step, a breakpoint, a failure or the end'
    },
    {
        name: 'print',
        usage: 'print vars|captures|step [ID]',
        help: 'show vars, captures, or a step (rendered argv, governance, what it needs)'
    },
    { name: 'history', usage: 'history', help: 'the steps run so far and how they ended' },
    { name: 'dump', usage: 'dump', help: 'the run state as JSON (redacted)' },
    {
        name: 'evidence',
        usage: 'evidence set NAME VALUE | check NAME ITEM | attach NAME PATH',
        help: 'supply evidence for the current manual step (recorded when the step runs)'
    },
    {
        name: 'approve',
        usage: 'approve --as NAME [--role R]',
        help: 'approve the current manual step'
    },
    { name: 'snapshot', usage: 'snapshot', help: 'write a snapshot of the run now (recorded)' },
    { name: 'break', usage: 'break STEP_ID', help: 'stop before STEP_ID when continuing' },
    { name: 'delete', usage: 'delete STEP_ID', help: 'remove the breakpoint on STEP_ID' },
    { name: 'breakpoints', usage: 'breakpoints', help: 'list the breakpoints' },
    {
        name: 'skip',
        usage: 'skip [REASON]',
        help: 'skip the next step, recorded with your name and the reason (verify shows it)'
    },
    { name: 'quit', usage: 'quit', help: 'pause the run and leave (runbook resume continues it)' },
    { name: 'help', usage: 'help [COMMAND]', help: 'this list, or one command' }
];
const ALIASES = {
    n: 'next',
    c: 'continue',
    q: 'quit',
    exit: 'quit',
    p: 'print'
};
/** Commands that change the run or the debugger; the others only read. */
function changesState(command) {
    return !['print', 'history', 'dump', 'breakpoints', 'help', 'empty'].includes(command.kind);
}
/** Splits a line into words: whitespace separates, '...' and "..." quote, \ escapes in "...". */
function splitWords(line) {
    const words = [];
    let word;
    let quote;
    for (let i = 0; i < line.length; i++) {
        const ch = line[i];
        if (quote !== undefined) {
            if (ch === quote)
                quote = undefined;
            else if (ch === '\\' && quote === '"' && i + 1 < line.length)
                word = (word ?? '') + line[++i];
            else
                word = (word ?? '') + ch;
        }
        else if (ch === '"' || ch === "'") {
            quote = ch;
            word = word ?? '';
        }
        else if (/\s/.test(ch)) {
            if (word !== undefined)
                words.push(word);
            word = undefined;
        }
        else
            word = (word ?? '') + ch;
    }
    if (quote !== undefined)
        return { ok: false, error: `unclosed ${quote} quote` };
    if (word !== undefined)
        words.push(word);
    return { ok: true, words };
}
/** Parses one line. */
function parseCommand(line) {
    const split = splitWords(line);
    if (!split.ok)
        return split;
    const [head, ...args] = split.words;
    if (head === undefined)
        return { ok: true, command: { kind: 'empty' } };
    const name = ALIASES[head] ?? head;
    const spec = COMMANDS.find((c) => c.name === name);
    if (spec === undefined) {
        const guess = closest(head, COMMANDS.map((c) => c.name));
        return {
            ok: false,
            error: `unknown command '${head}'${guess === undefined ? '' : `; did you mean '${guess}'?`} (help lists the commands)`
        };
    }
    const usage = (why) => ({ ok: false, error: `${why}; usage: ${spec.usage}` });
    const none = (command) => args.length === 0 ? { ok: true, command } : usage(`${name} takes no arguments`);
    switch (name) {
        case 'next':
        case 'continue':
        case 'history':
        case 'dump':
        case 'snapshot':
        case 'breakpoints':
        case 'quit':
            return none({ kind: name });
        case 'print': {
            const [what, id, ...extra] = args;
            if (what === 'vars' || what === 'captures')
                return args.length === 1
                    ? { ok: true, command: { kind: 'print', what } }
                    : usage('too many arguments');
            if (what === 'step') {
                if (extra.length > 0)
                    return usage('print step takes one step id');
                return {
                    ok: true,
                    command: { kind: 'print', what: 'step', ...(id === undefined ? {} : { stepId: id }) }
                };
            }
            const guess = what === undefined ? undefined : closest(what, ['vars', 'captures', 'step']);
            return usage(what === undefined
                ? 'print what?'
                : `cannot print '${what}'${guess === undefined ? '' : `; did you mean '${guess}'?`}`);
        }
        case 'evidence':
            return parseEvidence(args, usage);
        case 'approve':
            return parseApprove(args, usage);
        case 'break':
        case 'delete': {
            if (args.length !== 1)
                return usage(`${name} takes one step id`);
            return { ok: true, command: { kind: name, stepId: args[0] } };
        }
        case 'skip': {
            const reason = args.join(' ').trim();
            return { ok: true, command: { kind: 'skip', ...(reason === '' ? {} : { reason }) } };
        }
        default: {
            if (args.length > 1)
                return usage('help takes one command name');
            const topic = args[0] === undefined ? undefined : (ALIASES[args[0]] ?? args[0]);
            return { ok: true, command: { kind: 'help', ...(topic === undefined ? {} : { topic }) } };
        }
    }
}
function parseEvidence(args, usage) {
    const [op, name, ...rest] = args;
    const value = rest.join(' ');
    if (op !== 'set' && op !== 'check' && op !== 'attach') {
        const guess = op === undefined ? undefined : closest(op, ['set', 'check', 'attach']);
        return usage(op === undefined
            ? 'evidence set, check or attach?'
            : `no evidence operation '${op}'${guess === undefined ? '' : `; did you mean '${guess}'?`}`);
    }
    const what = { set: 'VALUE', check: 'ITEM', attach: 'PATH' }[op];
    if (name === undefined || value === '')
        return usage(`evidence ${op} needs NAME and ${what}`);
    if (op === 'set')
        return { ok: true, command: { kind: 'evidence', op, name, value } };
    if (op === 'check')
        return { ok: true, command: { kind: 'evidence', op, name, item: value } };
    return { ok: true, command: { kind: 'evidence', op, name, path: value } };
}
function parseApprove(args, usage) {
    const out = {};
    for (let i = 0; i < args.length; i += 2) {
        const flag = args[i];
        const value = args[i + 1];
        if (flag !== '--as' && flag !== '--role')
            return usage(`unknown option '${flag}'`);
        if (value === undefined || value.startsWith('--'))
            return usage(`${flag} needs a value`);
        if (flag === '--as')
            out.as = value;
        else
            out.role = value;
    }
    return { ok: true, command: { kind: 'approve', ...out } };
}
/** The candidate nearest to `word` (edit distance at most 2, or a prefix), for "did you mean". */
function closest(word, candidates) {
    let best;
    let bestDistance = Infinity;
    for (const c of candidates) {
        const d = c.startsWith(word) && word.length >= 2 ? 0.5 : editDistance(word, c);
        if (d < bestDistance) {
            best = c;
            bestDistance = d;
        }
    }
    const limit = Math.min(2, Math.max(1, Math.floor(word.length / 3)));
    return bestDistance <= limit ? best : undefined;
}
function editDistance(a, b) {
    let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        const row = [i];
        for (let j = 1; j <= b.length; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            row[j] = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
        }
        prev = row;
    }
    return prev[b.length] ?? 0;
}

;// CONCATENATED MODULE: ./src/debugger/manual-commands.ts
// evidence set|check|attach and approve: checked as they are typed (a refused item is one line and
// nothing is queued), then recorded by the engine when the step runs.




function manualCommand(session, cur, c) {
    const step = cur.step;
    if (step.type !== 'manual')
        return fail(`step '${step.id}' is a cli step: it takes no ${c.kind === 'approve' ? 'approval' : 'evidence'}`);
    const req = (0,manual/* manualRequirements */.d7)(step, cur.deps.runbook.meta.governance);
    const queued = session.queued.get(step.id) ?? { evidence: [], approvals: [] };
    let problem;
    let what;
    if (c.kind === 'approve') {
        const approver = c.as ?? session.opts.approver;
        if (approver === undefined)
            return fail('approve needs --as NAME: who approves?');
        const role = c.role ?? (approver === session.opts.approver ? session.opts.role : undefined);
        problem = queueApproval(req, queued, { approver, ...(role === undefined ? {} : { role }) });
        what = `approval by ${approver}${role === undefined ? '' : ` (${role})`}`;
    }
    else {
        const names = req.evidence.map((e) => e.name);
        if (!names.includes(c.name)) {
            const guess = closest(c.name, names);
            return fail(`step '${step.id}' asks for no evidence '${c.name}'${guess === undefined ? '' : `; did you mean '${guess}'?`} (it asks for: ${names.join(', ') || 'none'})`);
        }
        const input = evidenceInput(session, c);
        if (typeof input === 'string')
            return fail(input);
        problem = queueEvidence(req, queued, input);
        what = `evidence '${c.name}'`;
    }
    if (problem !== undefined)
        return fail(`${problem}; nothing was recorded`);
    session.queued.set(step.id, queued);
    const missing = stillMissing(cur.state.collected, req, queued);
    return {
        lines: [
            `${what} taken for step '${step.id}' (recorded when it runs)`,
            missing === undefined
                ? `step '${step.id}' has all it needs: next runs it`
                : `still needed: ${missing}`
        ]
    };
}
function evidenceInput(session, c) {
    if (c.op === 'set')
        return { kind: 'text', name: c.name, value: c.value };
    if (c.op === 'check')
        return { kind: 'checklist', name: c.name, items: [c.item] };
    const path = session.opts.resolvePath(c.path);
    const problem = session.opts.attachmentProblem(path);
    return problem === undefined
        ? { kind: 'attachment', name: c.name, path }
        : `${c.path}: ${problem}`;
}

// EXTERNAL MODULE: ./src/runbook/index.ts + 36 modules
var runbook = __webpack_require__(9059);
;// CONCATENATED MODULE: ./src/debugger/inspect.ts
// What the debugger shows: vars, captures, a step (rendered argv, governance verdict, what it
// needs), the history and the state. Everything shown is redacted; nothing here records.





/** `name = value` lines, marking vars stored redacted. */
function showVars(state) {
    const names = Object.keys(state.vars).sort();
    if (names.length === 0)
        return ['(no vars)'];
    return names.map((n) => {
        const note = state.redacted_vars.includes(n) ? '  (stored redacted)' : '';
        return `${n} = ${state.vars[n] ?? ''}${note}`;
    });
}
function showCaptures(state) {
    const captures = state.captures.toObject();
    const names = Object.keys(captures).sort();
    if (names.length === 0)
        return ['(no captures yet)'];
    return names.map((n) => `${n} = ${oneLine(captures[n] ?? '')}`);
}
/** One line per finished step: index, id, status, duration, who skipped or why it failed. */
function showHistory(state, history) {
    if (history.length === 0)
        return ['(no step has run yet)'];
    return history.map((r) => `[${r.step_index + 1}/${state.steps_total}] ${r.step_id} ${r.status}${detail(r)}`);
}
function detail(r) {
    if (r.status === 'skipped')
        return ` by ${r.skip?.by ?? '?'}: ${r.skip?.reason ?? ''}`;
    const took = ` (${(0,runbook/* formatDuration */.a3)(r.duration_ms)})`;
    return r.error === null ? took : `${took}: ${oneLine(r.error)}`;
}
/** The state as JSON, redacted once more as a whole (it is already redacted field by field). */
function dumpState(deps, state) {
    return deps.redact(JSON.stringify(state, null, 2)).split('\n');
}
/** What a step will do and need: rendered argv and governance for cli, requirements for manual. */
async function showStep(deps, state, step, index, queued) {
    const title = step.title === undefined ? '' : `: ${step.title}`;
    const head = `step ${index + 1}/${state.steps_total} '${step.id}' (${step.type})${title}`;
    const current = index === state.current_step_index;
    if (step.type === 'manual')
        return [head, ...manualLines(deps, state, step, current, queued)];
    let governed;
    try {
        governed = await (0,cli_step/* governStep */.gr)(deps, state, step, index);
    }
    catch (err) {
        const why = err instanceof Error ? err.message : String(err);
        return [head, `  argv: ${(step.with?.argv ?? []).join(' ')}`, `  not rendered yet: ${why}`];
    }
    const d = governed.decision;
    const lines = [
        head,
        `  argv: ${governed.rendered.argv.map((a) => quote(deps.redact(a))).join(' ')}`,
        `  governance: ${d.decision} (${d.rule}): ${d.reason}`,
        ...(d.resolved_path === undefined ? [] : [`  runs: ${d.resolved_path}`]),
        `  confirmation: ${d.confirmation_required
            ? `required (${d.destructive === undefined ? 'confirm: true' : `destructive: ${d.destructive}`})`
            : 'not needed'}`
    ];
    if (governed.rendered.timeoutMs !== undefined)
        lines.push(`  timeout: ${(0,runbook/* formatDuration */.a3)(governed.rendered.timeoutMs)}`);
    return lines;
}
function manualLines(deps, state, step, current, queued) {
    const req = (0,manual/* manualRequirements */.d7)(step, deps.runbook.meta.governance);
    let instructions;
    try {
        instructions = (0,manual_step/* instructionsOf */.Jk)(deps, state, step);
    }
    catch {
        instructions = step.instructions ?? '';
    }
    const collected = current
        ? withQueued(state.collected, req, queued)
        : { evidence: {}, approvals: [] };
    const missing = (0,manual/* missingFor */.MG)(req, collected);
    const lines = instructions
        .trimEnd()
        .split('\n')
        .map((l) => `  | ${l}`);
    for (const e of req.evidence) {
        const have = collected.evidence[e.name];
        const done = !missing.evidence.some((m) => m.name === e.name);
        const items = e.kind === 'checklist'
            ? ` [${(e.items ?? []).map((i) => `${have?.items?.includes(i) === true ? 'x' : ' '}] ${i}`).join('; [')}`
            : '';
        lines.push(`  evidence ${e.name} (${e.kind}): ${done ? 'supplied' : 'missing'}${items}`);
    }
    if (req.approvals !== undefined) {
        const roles = req.approvals.roles === undefined ? '' : ` holding ${req.approvals.roles.join(' or ')}`;
        const by = collected.approvals.map((a) => `${a.approver}${a.role === undefined ? '' : ` (${a.role})`}`);
        lines.push(`  approvals: ${req.approvals.min} needed${roles}; ${by.length === 0 ? 'none yet' : `given by ${by.join(', ')}`}`);
    }
    return lines;
}
const oneLine = (s) => {
    const t = s.replace(/\n+$/, '');
    return t.includes('\n') ? `${t.split('\n')[0] ?? ''} … (${t.split('\n').length} lines)` : t;
};
const quote = (a) => /^[A-Za-z0-9_@%+=:,./-]+$/.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`;

;// CONCATENATED MODULE: ./src/debugger/read-commands.ts



/** Runs a reading command; undefined when `c` is not one. */
async function readCommand(session, c) {
    if (c.kind !== 'print' && c.kind !== 'history' && c.kind !== 'dump')
        return undefined;
    const state = session.current?.state ?? session.lastState;
    if (state === undefined)
        return fail('the run has not started yet');
    if (c.kind === 'history')
        return { lines: showHistory(state, session.history) };
    if (c.kind === 'print' && c.what === 'vars')
        return { lines: showVars(state) };
    if (c.kind === 'print' && c.what === 'captures')
        return { lines: showCaptures(state) };
    const deps = session.current?.deps;
    if (deps === undefined)
        return fail('the run is not stopped at a step');
    if (c.kind === 'dump')
        return { lines: dumpState(deps, state) };
    const found = session.findStep(c.kind === 'print' && c.what === 'step' ? c.stepId : undefined, deps);
    if (typeof found === 'string')
        return fail(found);
    return {
        lines: await showStep(deps, state, found.step, found.index, session.queued.get(found.step.id))
    };
}
/** `help` or `help COMMAND`. */
function helpLines(topic) {
    if (topic === undefined) {
        const width = Math.max(...COMMANDS.map((c) => c.usage.length));
        return { lines: COMMANDS.map((c) => `${c.usage.padEnd(width)}  ${c.help}`) };
    }
    const c = COMMANDS.find((x) => x.name === topic);
    if (c === undefined)
        return fail(`no command '${topic}' (help lists the commands)`);
    return { lines: [`${c.usage}: ${c.help}`] };
}

;// CONCATENATED MODULE: ./src/debugger/session.ts








class DebugSession {
    opts;
    breakpoints = new Set();
    queued = new Map();
    current;
    /** The last state the engine showed (at a stop, or after the last record folded). */
    lastState;
    /** The run's step results so far (the engine's store holds them; the state only counts them). */
    history = [];
    lastSnapshot;
    mode = 'step';
    stopAgain;
    confirmed;
    base;
    lastDeps;
    prefetched = new Set();
    events = [];
    waiter;
    constructor(opts) {
        this.opts = opts;
        if (opts.stopOnEntry === false)
            this.mode = 'continue';
    }
    /** The engine's hook: run the step at once, or stop and wait for a command. */
    async beforeStep(stop) {
        this.lastState = stop.state;
        this.history = stop.deps.store.history();
        this.lastDeps = stop.deps;
        this.runbookSteps = stop.deps.runbook.steps;
        await this.prefetch(stop);
        const why = await this.stopReason(stop);
        if (why === undefined)
            return { action: 'run' };
        return new Promise((resolve) => {
            this.current = { ...stop, resolve };
            // SIGINT or SIGTERM while stopped pauses the run, as quit does.
            stop.deps.signal.addEventListener('abort', () => {
                if (this.current?.resolve === resolve)
                    this.quit();
            });
            this.publish({ kind: 'stopped', why });
        });
    }
    /** The run's redaction (its rules, denied environment values, secret vars), once it has stopped. */
    redact(text) {
        return this.lastDeps?.redact(text) ?? text;
    }
    /** Follows the trace (for the snapshot file name). */
    onRecord(record) {
        if (record.type === 'snapshot_written')
            this.lastSnapshot = record.file;
    }
    /** The front end tells the session the engine has returned: the run finished or paused. */
    ended(state, history) {
        if (state !== undefined)
            this.lastState = state;
        if (history !== undefined)
            this.history = history;
        this.current = undefined;
        this.publish({ kind: 'ended' });
    }
    /** The next stop, or the end of the run. */
    nextEvent() {
        const e = this.events.shift();
        if (e !== undefined)
            return Promise.resolve(e);
        return new Promise((resolve) => (this.waiter = resolve));
    }
    /**
     * The manual provider the run is given: what was typed at the stop (plus what `base`, an evidence
     * file or a scenario's evidence, supplied and was shown there), and typed confirmations.
     */
    manualOver(base) {
        this.base = base;
        return {
            collect: (req) => {
                const q = this.queued.get(req.step.id);
                this.queued.delete(req.step.id);
                return Promise.resolve({ evidence: q?.evidence ?? [], approvals: q?.approvals ?? [] });
            },
            confirm: async (req) => this.confirmed === req.step.id
                ? { by: this.opts.actor, method: 'typed' }
                : ((await base?.confirm(req)) ?? undefined),
            close: () => base?.close?.()
        };
    }
    /** At a manual step, takes once what the base provider supplies, so it shows and counts. */
    async prefetch(stop) {
        const { step, state, deps } = stop;
        if (this.base === undefined || step.type !== 'manual' || this.prefetched.has(step.id))
            return;
        this.prefetched.add(step.id);
        const req = (0,manual/* manualRequirements */.d7)(step, deps.runbook.meta.governance);
        const missing = (0,manual/* missingFor */.MG)(req, state.collected);
        const got = await this.base.collect({
            step,
            index: stop.index,
            instructions: (0,manual_step/* instructionsOf */.Jk)(deps, state, step),
            missingEvidence: missing.evidence,
            approvalsNeeded: missing.approvalsNeeded,
            ...(req.approvals?.roles === undefined ? {} : { roles: req.approvals.roles })
        });
        const q = this.queued.get(step.id) ?? { evidence: [], approvals: [] };
        for (const e of got.evidence)
            queueEvidence(req, q, e);
        for (const a of got.approvals)
            queueApproval(req, q, a);
        this.queued.set(step.id, q);
    }
    /** Runs one command line. `mayChange` false (a DAP watch or hover) allows only reading. */
    async execute(line, mayChange = true) {
        const parsed = parseCommand(line);
        if (!parsed.ok)
            return fail(parsed.error);
        const c = parsed.command;
        if (!mayChange && changesState(c))
            return fail(`'${c.kind}' changes the run: only the debug console may do that`);
        if (c.kind === 'empty')
            return { lines: [] };
        if (c.kind === 'help')
            return helpLines(c.topic);
        if (c.kind === 'break' || c.kind === 'delete' || c.kind === 'breakpoints')
            return this.breakCommand(c);
        const read = await readCommand(this, c);
        if (read !== undefined)
            return read;
        const cur = this.current;
        if (cur === undefined)
            return fail('the run is not stopped at a step');
        if (c.kind === 'evidence' || c.kind === 'approve')
            return manualCommand(this, cur, c);
        switch (c.kind) {
            case 'next':
            case 'continue':
                return this.go(cur, c.kind === 'next' ? 'step' : 'continue');
            case 'skip': {
                const refused = (0,step_control/* skipRefusal */.EE)(cur.deps, cur.state, cur.step);
                if (refused !== undefined)
                    return fail(`${refused}; nothing was recorded`);
                const reason = c.reason ?? 'no reason given';
                return this.resume({ action: 'skip', by: this.opts.actor, reason }, []);
            }
            case 'snapshot':
                this.stopAgain = 'snapshot written';
                return this.resume({ action: 'snapshot' }, []);
            case 'quit':
                return this.quit();
            default:
                return fail(`'${c.kind}' is not available here`);
        }
    }
    /** Pauses the run where it stands (quit, Ctrl-C, end of input). */
    quit() {
        const cur = this.current;
        if (cur === undefined)
            return { lines: [], resumed: true };
        const q = this.queued.get(cur.step.id);
        const lost = (q?.evidence.length ?? 0) + (q?.approvals.length ?? 0);
        const note = lost === 0
            ? []
            : [
                `${lost} item(s) typed for step '${cur.step.id}' were not recorded: the step did not run`
            ];
        const reason = `quit in the debugger by ${this.opts.actor} before step '${cur.step.id}'`;
        return this.resume({ action: 'pause', reason }, note);
    }
    /** Requirements of a step id, with "did you mean" for a typo. */
    findStep(id, deps) {
        const steps = deps.runbook.steps;
        if (id === undefined) {
            const cur = this.current;
            if (cur === undefined)
                return 'the run is not stopped at a step: name one (print step ID)';
            return { step: cur.step, index: cur.index };
        }
        const index = steps.findIndex((s) => s.id === id);
        if (index >= 0)
            return { step: steps[index], index };
        const guess = closest(id, steps.map((s) => s.id));
        return `no step '${id}'${guess === undefined ? '' : `; did you mean '${guess}'?`}`;
    }
    async go(cur, mode) {
        if (cur.step.type === 'manual') {
            const req = (0,manual/* manualRequirements */.d7)(cur.step, cur.deps.runbook.meta.governance);
            const missing = stillMissing(cur.state.collected, req, this.queued.get(cur.step.id));
            if (missing !== undefined)
                return fail(`step '${cur.step.id}' still needs ${missing}: give it with evidence set|check|attach and approve; nothing was run`);
        }
        else if (cur.state.collected.confirmed_by === undefined && this.confirmed !== cur.step.id) {
            const governed = await (0,cli_step/* governStep */.gr)(cur.deps, cur.state, cur.step, cur.index);
            if (governed.decision.confirmation_required)
                return this.askConfirmation(cur, governed, mode);
        }
        this.mode = mode;
        return this.resume({ action: 'run' }, []);
    }
    askConfirmation(cur, governed, mode) {
        const d = governed.decision;
        const why = d.destructive === undefined ? 'asks for confirmation' : `is destructive (${d.destructive})`;
        return {
            lines: [
                `step '${cur.step.id}' ${why}: ${governed.rendered.argv.map(cur.deps.redact).join(' ')}`
            ],
            ask: {
                prompt: `Type the step id '${cur.step.id}' to run it (anything else: not run): `,
                answer: (text) => {
                    if (text.trim() !== cur.step.id)
                        return fail(`'${text.trim()}' is not the step id; nothing was run.`);
                    this.confirmed = cur.step.id;
                    this.mode = mode;
                    return this.resume({ action: 'run' }, []);
                }
            }
        };
    }
    resume(directive, lines) {
        const cur = this.current;
        this.current = undefined;
        cur?.resolve(directive);
        return { lines, resumed: true };
    }
    breakCommand(c) {
        if (c.kind === 'breakpoints') {
            const list = [...this.breakpoints];
            return { lines: list.length === 0 ? ['(no breakpoints)'] : list.map((id) => `break ${id}`) };
        }
        const ids = this.stepIds();
        if (!ids.includes(c.stepId)) {
            const guess = closest(c.stepId, ids);
            return fail(`no step '${c.stepId}'${guess === undefined ? '' : `; did you mean '${guess}'?`}`);
        }
        if (c.kind === 'break') {
            this.breakpoints.add(c.stepId);
            return { lines: [`breakpoint before step '${c.stepId}'`] };
        }
        if (!this.breakpoints.delete(c.stepId))
            return fail(`there is no breakpoint on '${c.stepId}'`);
        return { lines: [`breakpoint on '${c.stepId}' deleted`] };
    }
    /** Step ids of the runbook (for completion and checks). */
    stepIds() {
        return this.runbookSteps.map((s) => s.id);
    }
    /** Set by the face once the runbook is loaded. */
    runbookSteps = [];
    async stopReason(stop) {
        if (this.stopAgain !== undefined) {
            const why = this.stopAgain;
            this.stopAgain = undefined;
            return why;
        }
        if (this.mode === 'step')
            return 'step';
        if (this.breakpoints.has(stop.step.id))
            return 'breakpoint';
        if (stop.step.type === 'manual')
            return 'manual step';
        if (stop.state.collected.confirmed_by !== undefined)
            return undefined;
        const governed = await (0,cli_step/* governStep */.gr)(stop.deps, stop.state, stop.step, stop.index);
        return governed.decision.confirmation_required ? 'confirmation needed' : undefined;
    }
    publish(e) {
        const w = this.waiter;
        this.waiter = undefined;
        if (w !== undefined)
            w(e);
        else
            this.events.push(e);
    }
}
function fail(message) {
    return { lines: [message], error: true };
}

;// CONCATENATED MODULE: ./src/debugger/launch.ts






/** A session for the request; with a new run, its loaded runbook too (for step lines). */
async function prepareDebug(req, cwd) {
    const session = new DebugSession({
        actor: req.actor,
        ...(req.as === undefined ? {} : { approver: req.as }),
        ...(req.role === undefined ? {} : { role: req.role }),
        resolvePath: (p) => (0,external_node_path_.resolve)(cwd, p),
        attachmentProblem: attachment_check/* attachmentProblem */.z,
        ...(req.stopOnEntry === undefined ? {} : { stopOnEntry: req.stopOnEntry })
    });
    if (req.file === undefined)
        return { session };
    const loaded = await (0,load/* loadRunbookForRun */.D8)(req.file, cwd);
    session.runbookSteps = loaded.runbook.steps;
    return { session, loaded };
}
/** The face's ports with the session added: its stops, its manual input, its record listener. */
function debugAppIo(base, session) {
    return {
        ...base,
        interactive: false,
        manual: (provider) => session.manualOver(provider),
        watch: (info) => {
            const watch = base.watch(info);
            return {
                ...watch,
                onRecord: (record) => {
                    session.onRecord(record);
                    watch.onRecord(record);
                },
                beforeStep: (stop) => session.beforeStep(stop)
            };
        }
    };
}
/** Drives the run with the session stopping it; throws AppError for bad input (nothing recorded). */
async function runDebug(req, prepared, io) {
    const { session, loaded } = prepared;
    const appIo = debugAppIo(io, session);
    const common = {
        mode: req.mode,
        actor: req.actor,
        ...(req.role === undefined ? {} : { role: req.role }),
        runsDir: req.runsDir,
        vars: req.vars,
        delay: req.delay,
        ...(req.scenario === undefined ? {} : { scenario: req.scenario }),
        ...(req.evidenceFile === undefined ? {} : { evidenceFile: req.evidenceFile })
    };
    try {
        let outcome;
        if (req.resume !== undefined)
            outcome = await (0,resume/* resumeRunbook */.G)({ ...common, runId: req.resume }, appIo);
        else {
            if (loaded === undefined)
                throw new Error('runDebug needs a loaded runbook or a run id');
            const started = await (0,start/* startRunbook */.d)(loaded, common, appIo);
            if (started.kind !== 'run')
                throw new Error('a debugged run is never a dry-run');
            outcome = started;
        }
        session.ended(outcome.state, outcome.results);
        return outcome;
    }
    catch (err) {
        session.ended(undefined);
        throw err;
    }
}

// EXTERNAL MODULE: external "node:readline"
var external_node_readline_ = __webpack_require__(481);
;// CONCATENATED MODULE: ./src/debugger/completion.ts
// Tab completion for the REPL: commands, then what each takes (step ids, evidence names, checklist
// items of the step the run is stopped at).


/** readline's completer: the candidates for the word under the cursor, and that word. */
function complete(session, line) {
    const words = line.split(/\s+/);
    const word = words.at(-1) ?? '';
    const before = words.slice(0, -1);
    const options = candidates(session, before);
    const hits = options.filter((o) => o.startsWith(word));
    return [hits.length > 0 ? hits : options, word];
}
function candidates(session, before) {
    const [cmd, sub, name] = before;
    if (cmd === undefined)
        return COMMANDS.map((c) => c.name);
    const evidence = currentEvidence(session);
    switch (cmd) {
        case 'print':
            if (sub === undefined)
                return ['vars', 'captures', 'step'];
            return sub === 'step' && before.length === 2 ? session.stepIds() : [];
        case 'break':
        case 'delete':
            return before.length === 1 ? session.stepIds() : [];
        case 'help':
            return before.length === 1 ? COMMANDS.map((c) => c.name) : [];
        case 'approve':
            return ['--as', '--role'];
        case 'evidence':
            if (sub === undefined)
                return ['set', 'check', 'attach'];
            if (before.length === 2) {
                const kind = { set: 'text', check: 'checklist', attach: 'attachment' }[sub];
                return evidence.filter((e) => e.kind === kind).map((e) => e.name);
            }
            if (sub === 'check' && before.length === 3)
                return (evidence.find((e) => e.name === name)?.items ?? []).map(quoteIfNeeded);
            return [];
        default:
            return [];
    }
}
function currentEvidence(session) {
    const cur = session.current;
    if (cur === undefined || cur.step.type !== 'manual')
        return [];
    return (0,manual/* manualRequirements */.d7)(cur.step, cur.deps.runbook.meta.governance).evidence;
}
const quoteIfNeeded = (s) => (/\s/.test(s) ? `"${s}"` : s);

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./src/debugger/history-file.ts
// The REPL's history file: every command line, redacted before it reaches the disk. Evidence values
// are never written in clear (`evidence set ticket <redacted>`), and the runbook's redaction rules
// apply to every line.


const KEEP_VALUE = new Set(['check']);
/** The line as it may be stored. */
function redactHistoryLine(line, redact) {
    const split = splitWords(line);
    const words = split.ok ? split.words : line.trim().split(/\s+/);
    const head = words[0] ?? '';
    const isEvidence = head === 'evidence' || closest(head, ['evidence']) !== undefined;
    if (isEvidence && words.length > 3 && !KEEP_VALUE.has(words[1] ?? ''))
        return redact(`${words.slice(0, 3).join(' ')} <redacted>`);
    return redact(line.trim());
}
/** Lines of an existing history file, newest last (none when it cannot be read). */
function loadHistory(file) {
    try {
        return (0,external_node_fs_.readFileSync)(file, 'utf8')
            .split('\n')
            .filter((l) => l !== '');
    }
    catch {
        return [];
    }
}
/** Appends a line, redacted; a history file that cannot be written is not an error worth a stop. */
function appendHistory(file, line, redact) {
    const stored = redactHistoryLine(line, redact);
    if (stored === '')
        return;
    try {
        (0,external_node_fs_.appendFileSync)(file, `${stored}\n`, { mode: 0o600 });
    }
    catch {
        // The history is a convenience: the run's own record is the trace.
    }
}

;// CONCATENATED MODULE: ./src/debugger/repl.ts
// The terminal face of the debugger: reads commands (a terminal with completion and history, or
// any other stdin line by line, so it can be scripted), prints replies, and waits while the
// engine runs. End of input and Ctrl-C at the prompt pause the run, as `quit` does.



/** Runs the REPL until the run ends or pauses; resolves then. */
async function runRepl(session, io) {
    const lines = lineReader(session, io);
    try {
        for (;;) {
            const event = await session.nextEvent();
            if (event.kind === 'ended')
                return;
            await showStop(session, io, event.why);
            for (;;) {
                const step = session.current?.step.id ?? '';
                const line = await lines.read(`(debug ${step}) `);
                let reply = line === undefined ? session.quit() : await session.execute(line);
                if (line !== undefined && io.historyFile !== undefined)
                    appendHistory(io.historyFile, line, (t) => io.redact(t));
                print(io, reply);
                while (reply.ask !== undefined) {
                    const answer = await lines.read(reply.ask.prompt);
                    reply = answer === undefined ? session.quit() : reply.ask.answer(answer);
                    print(io, reply);
                }
                if (reply.resumed === true)
                    break;
            }
        }
    }
    finally {
        lines.close();
    }
}
async function showStop(session, io, why) {
    const cur = session.current;
    if (cur === undefined)
        return;
    if (why === 'snapshot written') {
        io.output.write(`snapshot written: ${session.lastSnapshot ?? '?'}\n`);
        return;
    }
    const reason = why === 'step' ? '' : ` (${why})`;
    io.output.write(`${io.style.bold(`stopped before step ${cur.index + 1}/${cur.state.steps_total} '${cur.step.id}'`)}${reason}\n`);
    const shown = await session.execute('print step', false);
    print(io, shown);
}
function print(io, reply) {
    for (const l of reply.lines)
        io.output.write(`${reply.error === true ? io.style.red(l) : l}\n`);
}
/** Lines from the input; undefined at its end. */
function lineReader(session, io) {
    const rl = (0,external_node_readline_.createInterface)({
        input: io.input,
        ...(io.terminal !== undefined
            ? {
                output: io.terminal,
                terminal: true,
                completer: (line) => complete(session, line),
                history: io.historyFile === undefined ? [] : loadHistory(io.historyFile).reverse(),
                historySize: 1000
            }
            : { terminal: false })
    });
    const queue = [];
    let ended = false;
    let waiting;
    const deliver = (line) => {
        const w = waiting;
        waiting = undefined;
        if (w !== undefined)
            w(line);
        else if (line !== undefined)
            queue.push(line);
    };
    rl.on('line', (line) => deliver(line));
    rl.on('close', () => {
        ended = true;
        deliver(undefined);
    });
    rl.on('SIGINT', () => {
        if (waiting !== undefined) {
            io.output.write('^C\n');
            deliver('quit');
        }
        else
            io.interrupt();
    });
    return {
        read(prompt) {
            const next = queue.shift();
            if (io.terminal === undefined) {
                if (next !== undefined)
                    io.output.write(`${prompt}${next}\n`);
                else if (ended)
                    return Promise.resolve(undefined);
                if (next !== undefined)
                    return Promise.resolve(next);
                return new Promise((resolve) => {
                    waiting = (line) => {
                        if (line !== undefined)
                            io.output.write(`${prompt}${line}\n`);
                        resolve(line);
                    };
                });
            }
            if (next !== undefined)
                return Promise.resolve(next);
            if (ended)
                return Promise.resolve(undefined);
            rl.setPrompt(prompt);
            rl.prompt();
            return new Promise((resolve) => (waiting = resolve));
        },
        close: () => rl.close()
    };
}

// EXTERNAL MODULE: ./src/cli/exit-codes.ts
var exit_codes = __webpack_require__(8551);
// EXTERNAL MODULE: ./src/cli/io.ts
var cli_io = __webpack_require__(1604);
// EXTERNAL MODULE: ./src/cli/outcome.ts
var outcome = __webpack_require__(6358);
// EXTERNAL MODULE: ./src/cli/run-support.ts
var run_support = __webpack_require__(3605);
// EXTERNAL MODULE: ./src/cli/style.ts
var cli_style = __webpack_require__(1715);
;// CONCATENATED MODULE: ./src/cli/commands/debug.ts
// `runbook debug RUNBOOK`: a REPL (or, with --dap, a Debug Adapter Protocol server on stdio) on a
// new or resumed run. The run goes through the application layer like exec; this file translates
// flags in and the outcome out.












/** Runs `runbook debug`; returns the exit code. */
async function debugCommand(file, opts, io) {
    if (opts.mode !== 'replay' && opts.scenario !== undefined)
        return usage(io, '--scenario only applies to --mode replay');
    if (file === undefined && opts.resume === undefined && !opts.dap)
        return usage(io, 'debug needs a RUNBOOK, or --resume RUN_ID');
    if (file !== undefined && opts.resume !== undefined)
        return usage(io, 'give a RUNBOOK or --resume RUN_ID, not both');
    const req = request(file, opts, io);
    return opts.dap ? dap(req, opts, io) : repl(req, opts, io);
}
function request(file, opts, io) {
    return {
        ...(file === undefined ? {} : { file }),
        ...(opts.resume === undefined ? {} : { resume: opts.resume }),
        mode: opts.mode,
        ...(opts.scenario === undefined ? {} : { scenario: opts.scenario }),
        delay: opts.delay,
        vars: opts.var,
        ...(opts.as === undefined ? {} : { as: opts.as }),
        actor: (0,deps/* actorName */.ti)(opts.as, io.env),
        ...(opts.role === undefined ? {} : { role: opts.role }),
        runsDir: opts.runsDir ?? outcome/* DEFAULT_RUNS_DIR */.bL,
        ...(opts.evidenceFile === undefined ? {} : { evidenceFile: opts.evidenceFile })
    };
}
async function repl(req, opts, io) {
    if (io.stdin === undefined)
        return usage(io, 'debug reads its commands from standard input');
    let prepared;
    try {
        prepared = await prepareDebug(req, io.cwd);
    }
    catch (err) {
        return (0,run_support/* reportAppError */.yG)(err, io);
    }
    const { session } = prepared;
    const running = runDebug(req, prepared, (0,run_support/* appIo */.KQ)({ ...io, interactive: false }, false)).catch((err) => err);
    const style = (0,cli_style/* makeStyle */.O)((0,cli_io/* useColor */.b)(io, io.stdout));
    await runRepl(session, {
        input: io.stdin,
        output: io.stdout,
        terminal: io.interactive ? io.stdoutStream : undefined,
        style,
        historyFile: opts.historyFile ?? io.env.RUNBOOK_HISTORY ?? (0,external_node_path_.join)((0,external_node_os_.homedir)(), '.runbook_history'),
        redact: (t) => session.redact(t),
        // Ctrl-C while a step runs: the terminal is in raw mode, so raise the signal exec would get.
        interrupt: () => process.kill(process.pid, 'SIGINT')
    });
    const outcome = await running;
    if (!isOutcome(outcome))
        return (0,run_support/* reportAppError */.yG)(outcome, io);
    return report(outcome, req, opts, io);
}
function report(outcome, req, opts, io) {
    return (0,run_support/* reportRun */.Go)(outcome.state, outcome.failure, outcome.runbook, (0,external_node_path_.relative)(io.cwd, outcome.dir) || '.', opts.runsDir, io, false, req.scenario);
}
const isOutcome = (x) => typeof x === 'object' && x !== null && 'state' in x && 'dir' in x;
/** Serves DAP on stdin/stdout until the client disconnects and the run has stopped. */
async function dap(req, opts, io) {
    if (io.stdin === undefined)
        return usage(io, 'debug --dap speaks DAP on standard input');
    let exit = exit_codes/* ExitCode */.y.Ok;
    let finished;
    const done = new Promise((resolve) => (finished = resolve));
    let request = req;
    let prepared;
    const adapter = new RunbookDapAdapter({
        prepare: async (args) => {
            request = launchRequest(req, args, io);
            if (request.file === undefined && request.resume === undefined)
                return 'launch needs "program" (the runbook) or "resume" (a run id)';
            const errors = [];
            try {
                prepared = await prepareDebug(request, io.cwd);
            }
            catch (err) {
                const sink = captured(io, errors);
                exit = (0,run_support/* reportAppError */.yG)(err, sink);
                return errors.join('').trim();
            }
            const source = prepared.loaded?.source;
            const steps = prepared.loaded?.runbook.steps ?? [];
            return {
                session: prepared.session,
                file: prepared.loaded === undefined ? '' : (0,external_node_path_.resolve)(io.cwd, prepared.loaded.file),
                stepLines: steps.map((_, i) => source?.locate(['steps', i]).line ?? 0)
            };
        },
        run: async (out) => {
            const lines = [];
            const sink = { ...captured(io, lines), stdout: { write: (s) => out(s) } };
            try {
                if (prepared === undefined)
                    return [];
                const outcome = await runDebug(request, prepared, (0,run_support/* appIo */.KQ)(sink, false));
                exit = report(outcome, request, opts, {
                    ...sink,
                    stdout: { write: (s) => lines.push(s) }
                });
            }
            catch (err) {
                exit = (0,run_support/* reportAppError */.yG)(err, sink);
            }
            finally {
                finished();
            }
            return lines.join('').trimEnd().split('\n');
        }
    });
    const output = new external_node_stream_.Writable({
        write(chunk, _enc, callback) {
            io.stdout.write(chunk.toString('utf8'));
            callback();
        }
    });
    adapter.start(io.stdin, output);
    await Promise.race([done, new Promise((resolve) => adapter.on('disconnected', resolve))]);
    await done;
    return exit;
}
/** A CliIo whose stderr (and stdout) collect into `into`, for messages sent over DAP instead. */
function captured(io, into) {
    const write = (s) => into.push(s);
    return { ...io, stdout: { write }, stderr: { write }, interactive: false };
}
function launchRequest(base, args, io) {
    const vars = Object.entries(args.vars ?? {}).map(([k, v]) => `${k}=${v}`);
    return {
        ...base,
        ...(args.program === undefined ? {} : { file: args.program }),
        ...(args.resume === undefined ? {} : { resume: args.resume }),
        ...(args.mode === undefined ? {} : { mode: args.mode }),
        ...(args.scenario === undefined ? {} : { scenario: args.scenario }),
        vars: [...base.vars, ...vars],
        ...(args.as === undefined ? {} : { as: args.as, actor: (0,deps/* actorName */.ti)(args.as, io.env) }),
        ...(args.role === undefined ? {} : { role: args.role }),
        ...(args.runsDir === undefined ? {} : { runsDir: args.runsDir }),
        ...(args.evidenceFile === undefined ? {} : { evidenceFile: args.evidenceFile }),
        stopOnEntry: args.stopOnEntry === true
    };
}
function usage(io, message) {
    io.stderr.write(`runbook: ${message}\n`);
    return exit_codes/* ExitCode */.y.InvalidInput;
}


/***/ })

};
