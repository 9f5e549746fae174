export const id = 601;
export const ids = [601];
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

/***/ 4601:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  execCommand: () => (/* binding */ execCommand)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/app/deps.ts + 10 modules
var deps = __webpack_require__(4333);
// EXTERNAL MODULE: ./src/app/load.ts
var load = __webpack_require__(4523);
// EXTERNAL MODULE: ./src/app/start.ts + 3 modules
var start = __webpack_require__(4980);
// EXTERNAL MODULE: ./src/cli/exit-codes.ts
var exit_codes = __webpack_require__(8551);
// EXTERNAL MODULE: ./src/cli/outcome.ts
var cli_outcome = __webpack_require__(6358);
// EXTERNAL MODULE: ./src/runbook/index.ts + 36 modules
var runbook = __webpack_require__(9059);
// EXTERNAL MODULE: ./src/cli/progress.ts
var progress = __webpack_require__(9851);
;// CONCATENATED MODULE: ./src/cli/plan-format.ts


/** One block per step: what would run or be asked, and governance's verdict. */
function formatPlan(plan) {
    const lines = [`plan for ${plan.runbook} (dry-run: nothing runs, no run directory is written)`];
    const vars = Object.entries(plan.vars);
    if (vars.length > 0)
        lines.push(`vars: ${vars.map(([k, v]) => `${k}=${(0,progress/* shellQuote */.Z)(v)}`).join(' ')}`);
    for (const s of plan.steps) {
        lines.push('', `[${s.index + 1}/${plan.steps.length}] ${s.id} (${s.type})${s.title === undefined ? '' : `: ${s.title}`}`);
        if (s.guard !== undefined)
            lines.push(...guardLines(s));
        if (s.ended_by !== undefined)
            lines.push(`    not reached: the outcome of '${s.ended_by}' ends the run before this step`);
        if (s.ends !== undefined)
            lines.push(`    outcome:  ${s.ends.state}${s.ends.when === undefined ? '' : ` (when ${s.ends.when} holds for these vars)`}: ends the run when this step passes`);
        if (s.type === 'cli') {
            lines.push(`    run:      ${(s.argv ?? []).map(progress/* shellQuote */.Z).join(' ')}`);
            lines.push(`    governance: ${s.decision ?? 'allowed'}: ${s.reason ?? ''}`);
            if (s.confirmation !== undefined)
                lines.push(`    confirm:  two-step confirmation required (${s.confirmation})`);
            if (s.timeout_ms !== undefined)
                lines.push(`    timeout:  ${(0,runbook/* formatDuration */.a3)(s.timeout_ms)}`);
        }
        else {
            for (const l of (s.instructions ?? '').trimEnd().split('\n'))
                lines.push(`    | ${l}`);
            for (const e of s.evidence ?? [])
                lines.push(`    evidence: ${e.name} (${e.kind}${e.items === undefined ? '' : `: ${e.items.join('; ')}`})`);
            if (s.approvals !== undefined)
                lines.push(`    approvals: ${s.approvals.min}${s.approvals.roles === undefined ? '' : ` by ${s.approvals.roles.join(' or ')}`}`);
        }
    }
    if (plan.steps.some((s) => s.guard !== undefined || s.ends !== undefined))
        lines.push('', ...flowSummary(plan.steps));
    if (plan.refused)
        lines.push('', 'governance would refuse this run: see the denied steps above');
    return `${lines.join('\n')}\n`;
}
/** The guard and what the given vars make of it. */
function guardLines(s) {
    const g = s.guard;
    if (g === undefined)
        return [];
    const read = Object.entries(g.values).map(([k, v]) => `${k} = ${JSON.stringify(v)}`);
    const values = read.length === 0 ? '' : ` (${read.join(', ')})`;
    const verdict = g.result === true
        ? `true${values}: runs`
        : g.result === false
            ? `false${values}: not taken`
            : g.error !== undefined
                ? `cannot be evaluated with these vars${values}: ${g.error}`
                : `decided at run time: reads ${g.unknown.join(', ')}${values}`;
    return [`    when:     ${g.expression}`, `              -> ${verdict}`];
}
/** Which steps run with these vars, which are not taken, which only the run can tell. */
function flowSummary(steps) {
    const ids = (runs) => {
        const of = steps.filter((s) => s.runs === runs).map((s) => s.id);
        return of.length === 0 ? 'none' : of.join(', ');
    };
    return [
        'with these vars:',
        `  runs:                 ${ids('yes')}`,
        `  not taken:            ${ids('no')}`,
        `  decided at run time:  ${ids('at run time')}`,
        ...(steps.some((s) => s.runs === 'not reached')
            ? [`  not reached:          ${ids('not reached')}`]
            : [])
    ];
}

// EXTERNAL MODULE: ./src/cli/replay-support.ts
var replay_support = __webpack_require__(2101);
// EXTERNAL MODULE: ./src/cli/run-support.ts
var run_support = __webpack_require__(3605);
;// CONCATENATED MODULE: ./src/cli/commands/exec.ts
// `runbook exec RUNBOOK`: starts a run (real or replay), or prints its plan (dry-run). The work is
// the application layer's (src/app/); this file translates flags in and exit codes out.









/** Runs `runbook exec`; returns the exit code. */
async function execCommand(file, opts, io) {
    if (opts.record !== undefined && opts.mode !== 'real')
        return usage(io, `--record only applies to --mode real (a recording is made from real commands)`);
    if (opts.mode !== 'replay' && (opts.scenario !== undefined || opts.report !== undefined))
        return usage(io, '--scenario and --report only apply to --mode replay');
    if (opts.reportFile !== undefined && opts.report === undefined)
        return usage(io, '--report-file needs --report text|json|junit');
    let outcome;
    try {
        const loaded = await (0,load/* loadRunbookForRun */.D8)(file, io.cwd);
        outcome = await (0,start/* startRunbook */.d)(loaded, {
            mode: opts.mode,
            vars: opts.var,
            actor: (0,deps/* actorName */.ti)(opts.as, io.env),
            ...(opts.role === undefined ? {} : { role: opts.role }),
            runsDir: opts.runsDir ?? cli_outcome/* DEFAULT_RUNS_DIR */.bL,
            ...(opts.evidenceFile === undefined ? {} : { evidenceFile: opts.evidenceFile }),
            ...(opts.scenario === undefined ? {} : { scenario: opts.scenario }),
            delay: opts.delay,
            ...(opts.record === undefined ? {} : { record: opts.record })
        }, (0,run_support/* appIo */.KQ)(io, opts.json, opts));
    }
    catch (err) {
        return (0,run_support/* reportAppError */.yG)(err, io);
    }
    if (outcome.kind === 'plan') {
        const plan = outcome.plan;
        io.stdout.write(opts.json ? `${JSON.stringify(plan, null, 2)}\n` : formatPlan(plan));
        return plan.refused ? exit_codes/* ExitCode */.y.GovernanceViolation : exit_codes/* ExitCode */.y.Ok;
    }
    const code = (0,run_support/* reportRun */.Go)(outcome.state, outcome.failure, outcome.runbook, (0,external_node_path_.relative)(io.cwd, outcome.dir) || '.', opts.runsDir, io, opts.json, opts.scenario);
    if (outcome.recording !== undefined)
        (0,replay_support/* printRecording */.b)(outcome.recording, io);
    if (outcome.replay === undefined)
        return code;
    const report = {
        runbook: outcome.runbook,
        state: outcome.state,
        results: outcome.results,
        cli: outcome.replay,
        runError: outcome.runError
    };
    return (await (0,replay_support/* writeReplayReport */.L)(opts, report, io)) ? code : exit_codes/* ExitCode */.y.InvalidInput;
}
function usage(io, message) {
    io.stderr.write(`runbook: ${message}\n`);
    return exit_codes/* ExitCode */.y.InvalidInput;
}


/***/ }),

/***/ 1604:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ useColor)
/* harmony export */ });
/** Whether to colour output written to `stream`. */
function useColor(io, stream) {
    if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '')
        return false;
    if (io.env.FORCE_COLOR !== undefined && io.env.FORCE_COLOR !== '0')
        return true;
    return stream.isTTY === true && io.env.TERM !== 'dumb';
}


/***/ }),

/***/ 6358:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Rr: () => (/* binding */ exitCodeFor),
/* harmony export */   bL: () => (/* binding */ DEFAULT_RUNS_DIR),
/* harmony export */   tJ: () => (/* binding */ resumeHint)
/* harmony export */ });
/* harmony import */ var _runbook_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9059);
/* harmony import */ var _exit_codes_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8551);
/* harmony import */ var _progress_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9851);



/** Where run directories go unless --runs-dir says otherwise. */
const DEFAULT_RUNS_DIR = '.runbook/runs';
/** The exit code of a run that stopped in `state`; `governance` tells a refused command apart. */
function exitCodeFor(state, failure) {
    switch (state.status) {
        case 'passed':
            return _exit_codes_js__WEBPACK_IMPORTED_MODULE_1__/* .ExitCode */ .y.Ok;
        // Only a person ends a run as cancelled (resume --cancel, an issue): it did what was asked.
        case 'cancelled':
            return _exit_codes_js__WEBPACK_IMPORTED_MODULE_1__/* .ExitCode */ .y.Ok;
        case 'paused':
            return _exit_codes_js__WEBPACK_IMPORTED_MODULE_1__/* .ExitCode */ .y.Paused;
        case 'running':
            return _exit_codes_js__WEBPACK_IMPORTED_MODULE_1__/* .ExitCode */ .y.Paused;
        default:
            return failure === 'governance' ? _exit_codes_js__WEBPACK_IMPORTED_MODULE_1__/* .ExitCode */ .y.GovernanceViolation : _exit_codes_js__WEBPACK_IMPORTED_MODULE_1__/* .ExitCode */ .y.StepFailed;
    }
}
/**
 * The `runbook resume` command that supplies what a paused run waits for, including what resume
 * always needs again: the vars stored redacted and, for a replay, the scenario.
 */
function resumeHint(state, runbook, runsDirFlag, scenario, program = 'runbook') {
    const pending = state.pending;
    const custom = runsDirFlag !== undefined && runsDirFlag !== DEFAULT_RUNS_DIR;
    const head = `${program} resume ${state.run_id}${custom ? ` --runs-dir ${(0,_progress_js__WEBPACK_IMPORTED_MODULE_2__/* .shellQuote */ .Z)(runsDirFlag)}` : ''}`;
    const args = state.redacted_vars.map((name) => `--var ${name}=VALUE`);
    if (state.mode === 'replay')
        args.push(`--scenario ${(0,_progress_js__WEBPACK_IMPORTED_MODULE_2__/* .shellQuote */ .Z)(scenario ?? 'SCENARIO.yaml')}`);
    if (pending === undefined)
        return [head, ...args].join(' \\\n    ');
    const step = runbook.steps[pending.step_index];
    for (const name of pending.evidence) {
        const spec = step?.required_evidence?.find((e) => e.name === name) ?? { kind: 'text', name };
        const ticked = state.collected.evidence[name]?.items ?? [];
        if (spec.kind === 'checklist') {
            for (const item of spec.items ?? []) {
                if (!ticked.includes(item))
                    args.push(`--check ${(0,_progress_js__WEBPACK_IMPORTED_MODULE_2__/* .shellQuote */ .Z)(`${name}=${item}`)}`);
            }
        }
        else if (spec.kind === 'attachment')
            args.push(`--attach ${name}=PATH`);
        else if (spec.kind === 'choice' || step?.choices?.variable === name) {
            const options = (0,_runbook_index_js__WEBPACK_IMPORTED_MODULE_0__/* .optionValues */ .ib)(spec.options ?? step?.choices?.options);
            args.push(`--choose ${name}=${options.length > 0 ? options.join('|') : 'VALUE'}`);
        }
        else
            args.push(`--evidence ${name}=VALUE`);
    }
    if (pending.kind === 'confirmation' || pending.approvals_needed > 0) {
        args.push(`--approve --as NAME${pending.roles === undefined ? '' : ` --role ${pending.roles[0] ?? 'ROLE'}`}`);
    }
    return [head, ...args].join(' \\\n    ');
}


/***/ }),

/***/ 7264:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ writeOutputFile)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _runbook_fs_reason_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3174);
// Writing a report or coverage file the user named: its directory is created as --out and --record
// create theirs; a failure is one line naming the file and why, and the caller exits 3.



/** Writes `text` to `file` (relative to the working directory); false after saying why it could not. */
async function writeOutputFile(io, file, text, what, who = 'runbook') {
    const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(io.cwd, file);
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(path), { recursive: true });
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(path, text);
    }
    catch (err) {
        // mkdir says EEXIST when a file stands where a directory of the path must be.
        const reason = err.code === 'EEXIST'
            ? 'a parent of it is not a directory'
            : (0,_runbook_fs_reason_js__WEBPACK_IMPORTED_MODULE_2__/* .fsErrorReason */ .W)(err);
        io.stderr.write(`${who}: cannot write the ${what} to ${file}: ${reason}\n`);
        return false;
    }
    io.stderr.write(`${what} written to ${file}\n`);
    return true;
}


/***/ }),

/***/ 2101:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ writeReplayReport),
/* harmony export */   b: () => (/* binding */ printRecording)
/* harmony export */ });
/* harmony import */ var _providers_replay_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2884);
/* harmony import */ var _output_file_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7264);


/** Writes the replay report to --report-file, or to stdout; false (after saying why) when it cannot. */
async function writeReplayReport(opts, input, io) {
    if (opts.report === undefined)
        return true;
    const text = (0,_providers_replay_index_js__WEBPACK_IMPORTED_MODULE_0__/* .renderReplayReport */ .EB)(opts.report, {
        runbook: input.runbook,
        state: input.state,
        results: input.results,
        replay: input.cli.snapshot(),
        runError: input.runError
    });
    if (opts.reportFile === undefined) {
        io.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
        return true;
    }
    return (0,_output_file_js__WEBPACK_IMPORTED_MODULE_1__/* .writeOutputFile */ .B)(io, opts.reportFile, text, `replay report (${opts.report})`);
}
/** Says what a recording wrote; problems are reported, not fatal to the run. */
function printRecording(r, io) {
    if (!r.ok) {
        io.stderr.write(`runbook: the recording was not written: ${r.error}\n`);
        return;
    }
    for (const file of r.written)
        io.stderr.write(`recorded: ${file}\n`);
    for (const note of r.notes)
        io.stderr.write(`note: ${note}\n`);
}


/***/ }),

/***/ 3605:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Go: () => (/* binding */ reportRun),
/* harmony export */   KQ: () => (/* binding */ appIo),
/* harmony export */   yG: () => (/* binding */ reportAppError)
/* harmony export */ });
/* unused harmony export printDiagnostics */
/* harmony import */ var _app_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5860);
/* harmony import */ var _runbook_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9059);
/* harmony import */ var _exit_codes_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8551);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1604);
/* harmony import */ var _outcome_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6358);
/* harmony import */ var _output_preview_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(328);
/* harmony import */ var _progress_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9851);
/* harmony import */ var _style_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1715);








function printDiagnostics(io, diagnostics) {
    for (const d of diagnostics)
        io.stderr.write(`${(0,_runbook_index_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDiagnostic */ .xy)(d)}\n`);
}
/** The application layer's ports for a CLI command: stderr for notes, the progress display, signals. */
function appIo(io, json, output = {}) {
    return {
        env: io.env,
        cwd: io.cwd,
        interactive: io.interactive,
        ...(io.prompter === undefined ? {} : { prompter: io.prompter }),
        warn: (diagnostics) => printDiagnostics(io, diagnostics),
        note: (text) => io.stderr.write(`note: ${text}\n`),
        watch: (info) => terminalWatch(io, json, info, output)
    };
}
/** Prints an AppError (its diagnostics, then its message) and returns its exit code; rethrows others. */
function reportAppError(err, io) {
    if (!(err instanceof _app_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .AppError */ .u))
        throw err;
    printDiagnostics(io, err.diagnostics);
    if (err.message !== '')
        io.stderr.write(`runbook: ${err.message}\n`);
    switch (err.kind) {
        case 'governance':
            return _exit_codes_js__WEBPACK_IMPORTED_MODULE_2__/* .ExitCode */ .y.GovernanceViolation;
        case 'resume-failed':
            return _exit_codes_js__WEBPACK_IMPORTED_MODULE_2__/* .ExitCode */ .y.ResumeFailed;
        default:
            return _exit_codes_js__WEBPACK_IMPORTED_MODULE_2__/* .ExitCode */ .y.InvalidInput;
    }
}
/** A run watched from the terminal: an abort signal tied to SIGINT/SIGTERM, the progress display. */
function terminalWatch(io, json, info, output) {
    const controller = new AbortController();
    let interrupts = 0;
    const unsubscribe = io.signals?.((why) => {
        if (why === 'output-closed') {
            io.stderr.write('standard output was closed: stopping the running step and pausing the run\n');
            controller.abort();
            return;
        }
        interrupts++;
        if (interrupts === 1) {
            io.stderr.write(`\n${why}: stopping the running step and pausing the run (press Ctrl-C again to quit at once)\n`);
            controller.abort();
        }
        else
            process.exit(130);
    }) ?? (() => undefined);
    const printer = (0,_progress_js__WEBPACK_IMPORTED_MODULE_4__/* .progressPrinter */ ._)({
        out: io.stdout,
        style: (0,_style_js__WEBPACK_IMPORTED_MODULE_5__/* .makeStyle */ .O)((0,_io_js__WEBPACK_IMPORTED_MODULE_6__/* .useColor */ .b)(io, io.stdout)),
        json,
        live: io.interactive && !json,
        output: (0,_output_preview_js__WEBPACK_IMPORTED_MODULE_7__/* .outputDetail */ .jr)(output, io.interactive && !json),
        total: info.stepsTotal,
        ...(info.instructions === undefined ? {} : { instructions: info.instructions })
    });
    return { signal: controller.signal, onRecord: printer, close: unsubscribe };
}
/** Prints how the run ended (with the resume command when paused) and returns the exit code. */
function reportRun(state, failure, runbook, runDir, runsDirFlag, io, json, scenario) {
    const code = (0,_outcome_js__WEBPACK_IMPORTED_MODULE_3__/* .exitCodeFor */ .Rr)(state, failure);
    if (json)
        return code;
    io.stdout.write(`run directory: ${runDir}\n`);
    if (state.status === 'paused')
        io.stdout.write(`continue with:\n  ${(0,_outcome_js__WEBPACK_IMPORTED_MODULE_3__/* .resumeHint */ .tJ)(state, runbook, runsDirFlag, scenario, io.program)}\n`);
    return code;
}


/***/ }),

/***/ 1715:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ makeStyle)
/* harmony export */ });
// Minimal ANSI styling, switched off by NO_COLOR and when output is not a terminal.
const wrap = (open, close) => (s) => `\u001b[${open}m${s}\u001b[${close}m`;
function makeStyle(enabled) {
    if (!enabled) {
        const id = (s) => s;
        return { red: id, green: id, yellow: id, dim: id, bold: id };
    }
    return {
        red: wrap(31, 39),
        green: wrap(32, 39),
        yellow: wrap(33, 39),
        dim: wrap(2, 22),
        bold: wrap(1, 22)
    };
}


/***/ })

};
