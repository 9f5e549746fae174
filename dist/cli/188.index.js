export const id = 188;
export const ids = [188];
export const modules = {

/***/ 8571:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EZ: () => (/* binding */ openExisting),
/* harmony export */   IR: () => (/* binding */ ResumeError),
/* harmony export */   OB: () => (/* binding */ runbookCopy),
/* harmony export */   tX: () => (/* binding */ foldOpened)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _engine_reduce_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3921);
/* harmony import */ var _providers_system_clock_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7338);
/* harmony import */ var _runbook_fs_reason_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3174);
/* harmony import */ var _trace_index_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2753);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5860);
/* harmony import */ var _load_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(4523);
/* harmony import */ var _output_targets_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(1665);
// Opening a run directory again (to resume it, or to end it): the lock, the fold of the trace after
// its latest snapshot, and the run's own pinned copy of its runbook. Shared by resume.ts and end.ts.









/** A reason the run cannot be resumed (or ended). */
class ResumeError extends Error {
    name = 'ResumeError';
}
/** Opens (and locks) the run `runId`; AppError `resume-failed` when it cannot be opened. */
async function openExisting(runsDir, runId, io, verb = 'resume') {
    await (0,_output_targets_js__WEBPACK_IMPORTED_MODULE_8__/* .checkRunsDir */ .O)(runsDir, io.cwd);
    try {
        return await (0,_trace_index_js__WEBPACK_IMPORTED_MODULE_5__/* .openRun */ .Iy)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(io.cwd, runsDir), runId, { clock: _providers_system_clock_js__WEBPACK_IMPORTED_MODULE_3__/* .systemClock */ .m });
    }
    catch (err) {
        if (err instanceof _trace_index_js__WEBPACK_IMPORTED_MODULE_5__/* .RunNotFoundError */ .lQ ||
            err instanceof _trace_index_js__WEBPACK_IMPORTED_MODULE_5__/* .RunLockedError */ .c6 ||
            err instanceof _trace_index_js__WEBPACK_IMPORTED_MODULE_5__/* .TraceTamperedError */ .Ks ||
            err instanceof _trace_index_js__WEBPACK_IMPORTED_MODULE_5__/* .RunStoreError */ .Jr)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .AppError */ .u('resume-failed', `cannot ${verb} ${runId}: ${err.message}`);
        throw err;
    }
}
/** The run's state: its latest snapshot plus the fold of the records after it. */
function foldOpened(opened, io) {
    for (const s of opened.skippedSnapshots)
        io.note(`ignored snapshot ${s.file}: ${s.reason}`);
    if (opened.discardedBytes > 0)
        io.note(`set aside ${opened.discardedBytes} bytes of a torn trace line (a crash mid-write) in ${opened.tornFile ?? 'trace.jsonl.torn'}`);
    const base = opened.snapshot?.state;
    const state = (0,_engine_reduce_js__WEBPACK_IMPORTED_MODULE_2__/* .foldTrace */ .jk)(opened.records.filter((r) => r.seq > (base?.seq ?? 0)), base);
    if (state === undefined)
        throw new ResumeError(opened.records.length === 0 ? _trace_index_js__WEBPACK_IMPORTED_MODULE_5__/* .NEVER_STARTED */ .dD : 'the trace holds no run_started event');
    return state;
}
/** The bytes of the run's own copy of its runbook, refused when they are not what it started with. */
async function runbookCopy(opened, state) {
    let copy;
    try {
        copy = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(opened.store.dir, 'runbook.yaml'));
    }
    catch (err) {
        throw new ResumeError(`the run directory's runbook.yaml cannot be read (${(0,_runbook_fs_reason_js__WEBPACK_IMPORTED_MODULE_4__/* .fsErrorReason */ .W)(err)}): the run directory was altered`);
    }
    if ((0,_load_js__WEBPACK_IMPORTED_MODULE_7__/* .bytesDigest */ .G2)(copy) !== state.runbook_digest)
        throw new ResumeError(`the run directory's runbook.yaml does not match the digest the run started with (${state.runbook_digest}): the run directory was altered`);
    return copy;
}


/***/ }),

/***/ 2384:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  G: () => (/* binding */ resumeRunbook)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/engine/driver.ts + 1 modules
var driver = __webpack_require__(3316);
// EXTERNAL MODULE: ./src/engine/manual-step.ts
var manual_step = __webpack_require__(7353);
// EXTERNAL MODULE: ./src/engine/manual.ts
var manual = __webpack_require__(4090);
// EXTERNAL MODULE: ./src/engine/reduce.ts + 1 modules
var reduce = __webpack_require__(3921);
// EXTERNAL MODULE: ./src/engine/vars.ts
var vars = __webpack_require__(366);
// EXTERNAL MODULE: ./src/providers/cli/index.ts + 13 modules
var providers_cli = __webpack_require__(5700);
// EXTERNAL MODULE: ./src/providers/cli/real-cli-provider.ts
var real_cli_provider = __webpack_require__(388);
// EXTERNAL MODULE: ./src/trace/index.ts + 27 modules
var trace = __webpack_require__(2753);
// EXTERNAL MODULE: ./src/app/attachments.ts
var attachments = __webpack_require__(797);
// EXTERNAL MODULE: ./src/app/deps.ts + 10 modules
var app_deps = __webpack_require__(4333);
// EXTERNAL MODULE: ./src/engine/render.ts
var render = __webpack_require__(8084);
;// CONCATENATED MODULE: ./src/app/leftover-group.ts
// A run killed during a step (kill -9, a lost terminal) left that step's process group running: a
// resume ends it before the step runs again, never runs the step beside it. The run directory's
// .group names the group but is not hash-chained, so what may be ended comes from the verified
// trace: the cli step in flight (started, not finished) and the command it ran.




/** Records after which no step's command runs until a new step_started. */
const SETTLED = new Set([
    'run_started',
    'step_result',
    'run_paused',
    'run_resumed',
    'run_finished'
]);
/**
 * Ends the group `.group` names if it is the in-flight step's, and says what was done: a group that
 * is not (or cannot be shown to be) is left alone, in one line. Call it holding the run's lock.
 */
async function endLeftoverGroupOf(dir, run, secretVars, io) {
    const step = stepInFlight(run.records, run.state, run.runbook, secretVars);
    const group = await (0,providers_cli/* endLeftoverGroup */.Mr)((0,external_node_path_.join)(dir, trace/* GROUP_FILE */.t3), step, providers_cli/* DEFAULT_KILL_GRACE_MS */.ZY);
    if (group === undefined)
        return;
    io.note(group.ended
        ? `ended process group ${group.pgid}${typeof step === 'string' ? '' : ` of step '${step.stepId}'`}, left running when the run was interrupted (SIGTERM, then SIGKILL after ${providers_cli/* DEFAULT_KILL_GRACE_MS */.ZY / 1000} s)`
        : `left process group ${group.pgid} alone (named in ${trace/* GROUP_FILE */.t3}, now removed): ${group.why}`);
}
/**
 * The real cli step the trace shows started and not finished, with the argv it ran (rendered again
 * from the run's vars and captures) and the file the runner spawned (the governance decision's);
 * else why no group of the run can be running.
 */
function stepInFlight(records, state, runbook, secretVars) {
    if (state.mode !== 'real')
        return `the run is in ${state.mode} mode: it starts no process`;
    let at = records.length - 1;
    for (; at >= 0; at--) {
        const type = records[at]?.type;
        if (type === 'step_started' || (type !== undefined && SETTLED.has(type)))
            break;
    }
    const started = records[at];
    const step = started?.type === 'step_started' ? runbook.steps[started.step_index] : undefined;
    if (started?.type !== 'step_started' || step?.type !== 'cli' || step.id !== started.step_id)
        return "the run's trace shows no cli step running";
    const decision = records
        .slice(0, at)
        .findLast((r) => r.type === 'governance_decision' && r.step_index === started.step_index);
    const executable = decision?.type === 'governance_decision'
        ? (decision.real_path ?? decision.resolved_path)
        : undefined;
    if (executable === undefined)
        return `the trace names no file that step '${step.id}' ran`;
    try {
        const lookup = (0,render/* lookupIn */.IX)({ ...state.vars, ...secretVars }, state.captures);
        const { argv } = (0,render/* renderCliStep */.$Y)(runbook, step, lookup);
        return { stepId: step.id, argv, executable, startedAtMs: Date.parse(started.ts) };
    }
    catch {
        // A template the run rendered then but cannot now (a value stored redacted).
        return `the argv of step '${step.id}' cannot be rendered again`;
    }
}

// EXTERNAL MODULE: ./src/app/errors.ts
var errors = __webpack_require__(5860);
// EXTERNAL MODULE: ./src/app/load.ts
var load = __webpack_require__(4523);
// EXTERNAL MODULE: ./src/app/manual.ts + 2 modules
var app_manual = __webpack_require__(3394);
// EXTERNAL MODULE: ./src/app/open-run.ts
var open_run = __webpack_require__(8571);
// EXTERNAL MODULE: ./src/app/replay.ts
var app_replay = __webpack_require__(5740);
// EXTERNAL MODULE: ./src/app/session.ts
var session = __webpack_require__(919);
;// CONCATENATED MODULE: ./src/app/resume.ts
// Resuming a run, for every face: open the run directory, fold its trace, check the runbook is the
// one it started with, check the inputs given for the waiting step, then drive it on.



















/** Resumes a paused or crashed run; throws AppError when it cannot be resumed or an input is bad. */
async function resumeRunbook(req, io) {
    const opened = await (0,open_run/* openExisting */.EZ)(req.runsDir, req.runId, io);
    try {
        return await resumeOpened(opened, req, io);
    }
    catch (err) {
        if (err instanceof open_run/* ResumeError */.IR || err instanceof reduce/* TraceInconsistencyError */.R5)
            throw new errors/* AppError */.u('resume-failed', `cannot resume ${req.runId}: ${err.message}`);
        if (err instanceof errors/* AppError */.u && err.kind === 'resume-failed')
            throw new errors/* AppError */.u(err.kind, `cannot resume ${req.runId}: ${err.message}`, err.diagnostics);
        if (err instanceof vars/* VarError */.Yr)
            throw new errors/* AppError */.u('invalid-input', err.message);
        throw err;
    }
    finally {
        await opened.store.close();
    }
}
/** The run's redactor: its rules, the denied environment values, and the vars given again. */
function redactorFor(runbook, env, secretVars) {
    return (0,app_deps/* runbookRedactor */.F9)(runbook, [
        ...(0,vars/* resolveVars */.LT)(runbook, env, {}).secrets,
        ...Object.values(secretVars)
    ]);
}
async function resumeOpened(opened, req, io) {
    const state = (0,open_run/* foldOpened */.tX)(opened, io);
    if (state.status === 'passed' || state.status === 'failed' || state.status === 'cancelled') {
        if (!opened.committed)
            return commitFinished(opened, state, io);
        throw new open_run/* ResumeError */.IR(`the run already finished with status ${state.status}; there is nothing to resume`);
    }
    const runbook = await pinnedRunbook(opened, state, io);
    const flags = (0,vars/* parseVarFlags */.YF)(req.vars);
    const secretVars = {};
    for (const name of state.redacted_vars) {
        const value = flags[name] ?? io.env[name];
        if (value === undefined)
            throw new open_run/* ResumeError */.IR(`var '${name}' is stored redacted in the run; give its value again with --var ${name}=VALUE`);
        secretVars[name] = value;
    }
    const step = runbook.steps[state.current_step_index];
    const { inputs: given, approver } = req.supplied?.() ?? {
        inputs: { evidence: [], approvals: [] }
    };
    const refused = step === undefined ? [] : await refusals(runbook, state, step, given, approver);
    if (refused.length > 0) {
        throw new errors/* AppError */.u('invalid-input', `nothing was recorded; the run stays paused at step '${step?.id ?? ''}':\n${refused.map((r) => `  ${r}`).join('\n')}`);
    }
    const role = req.role === undefined ? {} : { role: req.role };
    const supplied = await (0,app_manual/* manualProviderFor */.T)({
        ...(req.evidenceFile === undefined ? {} : { evidenceFile: req.evidenceFile }),
        runbook,
        ...(step === undefined || (given.evidence.length === 0 && given.approvals.length === 0)
            ? {}
            : { flagged: { stepId: step.id, inputs: given } }),
        ...(approver === undefined ? {} : { approver }),
        actor: req.actor,
        ...role
    }, io);
    const ledger = new providers_cli/* GroupLedger */.$N();
    ledger.attach((0,external_node_path_.join)(opened.store.dir, trace/* GROUP_FILE */.t3));
    const runner = new providers_cli/* NodeProcessRunner */.u({ ledger });
    let cli = new real_cli_provider/* RealCliProvider */.o(runner, new providers_cli/* NodeCommandResolver */.iy());
    let manual = supplied;
    let replay;
    let governed = runbook;
    if (state.mode === 'replay') {
        // The scenario is not stored in the run: it is given again, and the calls already answered
        // are replayed into it before the run goes on.
        const loaded = await (0,app_replay/* loadReplay */._)(runbook, req, io);
        governed = loaded.runbook;
        const providers = (0,app_replay/* replayProviders */.U)(loaded, req, redactorFor(governed, io.env, secretVars), io.env, supplied);
        const problems = providers.cli.restore((0,reduce/* stepResults */.v8)(opened.records));
        if (problems.length > 0)
            throw new open_run/* ResumeError */.IR(`the scenario does not match the calls this run already made: ${problems.join('; ')}`);
        cli = providers.cli;
        manual = providers.manual;
        replay = providers.cli;
    }
    manual = io.manual?.(manual) ?? manual;
    const redactor = redactorFor(governed, io.env, secretVars);
    // This process holds the lock, so the one that started a leftover group is gone.
    await endLeftoverGroupOf(opened.store.dir, { records: opened.records, state, runbook }, secretVars, io);
    try {
        return await (0,session/* withSession */.f)(io, runbook.steps, async (session) => {
            const deps = {
                ...(0,app_deps/* engineDeps */.Vg)({
                    runbook: governed,
                    store: opened.store,
                    cli,
                    manual: session.manual(manual),
                    redactor,
                    env: io.env,
                    cwd: io.cwd,
                    actor: req.actor,
                    ...session.deps
                }),
                secretVars
            };
            const final = await (0,driver/* resumeRun */.ZL)(deps, state, {
                discardedBytes: opened.discardedBytes,
                ...(opened.lockTakenOver === undefined ? {} : { lockTakenOver: opened.lockTakenOver })
            });
            return {
                state: final,
                runbook: governed,
                dir: opened.store.dir,
                failure: session.failure(),
                runError: session.runError(),
                results: session.results(),
                ...(replay === undefined ? {} : { replay })
            };
        }, opened.records);
    }
    finally {
        manual.close?.();
        ledger.close();
        runner.close();
    }
}
/**
 * A run that finished but was killed before run.json was written: nothing is left to run, so
 * resume only commits it (the manifest), after which verify accepts it.
 */
async function commitFinished(opened, state, io) {
    const runbook = await pinnedRunbook(opened, state, io);
    await opened.store.writeManifest(state);
    io.note(`the run had finished with status ${state.status} but was not committed (run.json missing or stale): wrote run.json; nothing ran again`);
    const end = [...opened.records].reverse().find((r) => r.type === 'run_finished');
    return {
        state,
        runbook,
        dir: opened.store.dir,
        failure: end?.type === 'run_finished' ? end.failure : undefined,
        runError: end?.type === 'run_finished' ? end.error : null,
        results: (0,reduce/* stepResults */.v8)(opened.records)
    };
}
/** The runbook the run started with: the run's pinned copy, refusing when the working file changed. */
async function pinnedRunbook(opened, state, io) {
    const copy = await (0,open_run/* runbookCopy */.OB)(opened, state);
    let working;
    try {
        working = await (0,promises_.readFile)((0,external_node_path_.resolve)(io.cwd, state.runbook_path));
    }
    catch {
        io.note(`${state.runbook_path} is not here; resuming with the run's own copy of the runbook`);
    }
    if (working !== undefined && (0,load/* bytesDigest */.G2)(working) !== state.runbook_digest) {
        throw new open_run/* ResumeError */.IR(`${state.runbook_path} changed since the run started (was ${state.runbook_digest}, now ${(0,load/* bytesDigest */.G2)(working)}); a run only resumes with the runbook it started with. Restore the file, or start a new run`);
    }
    try {
        return (0,load/* validateBytes */.q3)(copy, state.runbook_path).runbook;
    }
    catch (err) {
        if (!(err instanceof errors/* AppError */.u))
            throw err;
        throw new errors/* AppError */.u('resume-failed', `the run's runbook no longer validates (see above)`, err.diagnostics);
    }
}
/** Everything wrong with the inputs given for the waiting step; empty when all are acceptable. */
async function refusals(runbook, state, step, given, approver) {
    const out = [];
    if (step.type === 'cli') {
        if (given.evidence.length > 0)
            out.push(`step '${step.id}' is a cli step${state.pending?.kind === 'confirmation' ? ' waiting for confirmation (use --approve --as NAME)' : ''}; it takes no evidence`);
        return out;
    }
    const req = (0,manual/* manualRequirements */.d7)(step, runbook.meta.governance);
    const approvals = approver === undefined ? [] : [approver];
    for (const r of (0,manual_step/* checkSubmission */.jm)(req, given.evidence, approvals))
        out.push(`${r.item}: ${r.reason}`);
    for (const e of given.evidence) {
        if (e.kind !== 'attachment')
            continue;
        const checked = await (0,attachments/* checkAttachment */.Y)(e.path);
        if (!checked.ok)
            out.push(`evidence ${e.name}: ${e.path}: ${checked.reason}`);
    }
    return out;
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
