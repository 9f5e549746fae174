export const id = 103;
export const ids = [103];
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

/***/ 2188:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ resumeRunbook)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _engine_driver_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3316);
/* harmony import */ var _engine_manual_step_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7353);
/* harmony import */ var _engine_manual_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4090);
/* harmony import */ var _engine_reduce_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3921);
/* harmony import */ var _engine_vars_js__WEBPACK_IMPORTED_MODULE_17__ = __webpack_require__(366);
/* harmony import */ var _providers_cli_index_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4597);
/* harmony import */ var _providers_cli_real_cli_provider_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(388);
/* harmony import */ var _trace_index_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(2753);
/* harmony import */ var _attachments_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(797);
/* harmony import */ var _deps_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(4333);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(5860);
/* harmony import */ var _load_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(4523);
/* harmony import */ var _manual_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(3394);
/* harmony import */ var _open_run_js__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(8571);
/* harmony import */ var _replay_js__WEBPACK_IMPORTED_MODULE_15__ = __webpack_require__(5740);
/* harmony import */ var _session_js__WEBPACK_IMPORTED_MODULE_16__ = __webpack_require__(919);
// Resuming a run, for every face: open the run directory, fold its trace, check the runbook is the
// one it started with, check the inputs given for the waiting step, then drive it on.


















/** Resumes a paused or crashed run; throws AppError when it cannot be resumed or an input is bad. */
async function resumeRunbook(req, io) {
    const opened = await (0,_open_run_js__WEBPACK_IMPORTED_MODULE_14__/* .openExisting */ .EZ)(req.runsDir, req.runId, io);
    try {
        return await resumeOpened(opened, req, io);
    }
    catch (err) {
        if (err instanceof _open_run_js__WEBPACK_IMPORTED_MODULE_14__/* .ResumeError */ .IR || err instanceof _engine_reduce_js__WEBPACK_IMPORTED_MODULE_5__/* .TraceInconsistencyError */ .R5)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_11__/* .AppError */ .u('resume-failed', `cannot resume ${req.runId}: ${err.message}`);
        if (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_11__/* .AppError */ .u && err.kind === 'resume-failed')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_11__/* .AppError */ .u(err.kind, `cannot resume ${req.runId}: ${err.message}`, err.diagnostics);
        if (err instanceof _engine_vars_js__WEBPACK_IMPORTED_MODULE_17__/* .VarError */ .Yr)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_11__/* .AppError */ .u('invalid-input', err.message);
        throw err;
    }
    finally {
        await opened.store.close();
    }
}
/** The run's redactor: its rules, the denied environment values, and the vars given again. */
function redactorFor(runbook, env, secretVars) {
    return (0,_deps_js__WEBPACK_IMPORTED_MODULE_10__/* .runbookRedactor */ .F9)(runbook, [
        ...(0,_engine_vars_js__WEBPACK_IMPORTED_MODULE_17__/* .resolveVars */ .LT)(runbook, env, {}).secrets,
        ...Object.values(secretVars)
    ]);
}
async function resumeOpened(opened, req, io) {
    const state = (0,_open_run_js__WEBPACK_IMPORTED_MODULE_14__/* .foldOpened */ .tX)(opened, io);
    if (state.status === 'passed' || state.status === 'failed' || state.status === 'cancelled') {
        if (!opened.committed)
            return commitFinished(opened, state, io);
        throw new _open_run_js__WEBPACK_IMPORTED_MODULE_14__/* .ResumeError */ .IR(`the run already finished with status ${state.status}; there is nothing to resume`);
    }
    const runbook = await pinnedRunbook(opened, state, io);
    const flags = (0,_engine_vars_js__WEBPACK_IMPORTED_MODULE_17__/* .parseVarFlags */ .YF)(req.vars);
    const secretVars = {};
    for (const name of state.redacted_vars) {
        const value = flags[name] ?? io.env[name];
        if (value === undefined)
            throw new _open_run_js__WEBPACK_IMPORTED_MODULE_14__/* .ResumeError */ .IR(`var '${name}' is stored redacted in the run; give its value again with --var ${name}=VALUE`);
        secretVars[name] = value;
    }
    const step = runbook.steps[state.current_step_index];
    const { inputs: given, approver } = req.supplied?.() ?? {
        inputs: { evidence: [], approvals: [] }
    };
    const refused = step === undefined ? [] : await refusals(runbook, state, step, given, approver);
    if (refused.length > 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_11__/* .AppError */ .u('invalid-input', `nothing was recorded; the run stays paused at step '${step?.id ?? ''}':\n${refused.map((r) => `  ${r}`).join('\n')}`);
    }
    const role = req.role === undefined ? {} : { role: req.role };
    const supplied = await (0,_manual_js__WEBPACK_IMPORTED_MODULE_13__/* .manualProviderFor */ .T)({
        ...(req.evidenceFile === undefined ? {} : { evidenceFile: req.evidenceFile }),
        runbook,
        ...(step === undefined || (given.evidence.length === 0 && given.approvals.length === 0)
            ? {}
            : { flagged: { stepId: step.id, inputs: given } }),
        ...(approver === undefined ? {} : { approver }),
        actor: req.actor,
        ...role
    }, io);
    const ledger = new _providers_cli_index_js__WEBPACK_IMPORTED_MODULE_6__/* .GroupLedger */ .$N();
    ledger.attach((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(opened.store.dir, _trace_index_js__WEBPACK_IMPORTED_MODULE_8__/* .GROUP_FILE */ .t3));
    let cli = new _providers_cli_real_cli_provider_js__WEBPACK_IMPORTED_MODULE_7__/* .RealCliProvider */ .o(new _providers_cli_index_js__WEBPACK_IMPORTED_MODULE_6__/* .NodeProcessRunner */ .u({ ledger }), new _providers_cli_index_js__WEBPACK_IMPORTED_MODULE_6__/* .NodeCommandResolver */ .iy());
    let manual = supplied;
    let replay;
    let governed = runbook;
    if (state.mode === 'replay') {
        // The scenario is not stored in the run: it is given again, and the calls already answered
        // are replayed into it before the run goes on.
        const loaded = await (0,_replay_js__WEBPACK_IMPORTED_MODULE_15__/* .loadReplay */ ._)(runbook, req, io);
        governed = loaded.runbook;
        const providers = (0,_replay_js__WEBPACK_IMPORTED_MODULE_15__/* .replayProviders */ .U)(loaded, req, redactorFor(governed, io.env, secretVars), io.env, supplied);
        const problems = providers.cli.restore((0,_engine_reduce_js__WEBPACK_IMPORTED_MODULE_5__/* .stepResults */ .v8)(opened.records));
        if (problems.length > 0)
            throw new _open_run_js__WEBPACK_IMPORTED_MODULE_14__/* .ResumeError */ .IR(`the scenario does not match the calls this run already made: ${problems.join('; ')}`);
        cli = providers.cli;
        manual = providers.manual;
        replay = providers.cli;
    }
    manual = io.manual?.(manual) ?? manual;
    const redactor = redactorFor(governed, io.env, secretVars);
    // A run killed during a step (kill -9, a lost terminal) left that step's process group running:
    // it is ended before the step runs again, never run beside it. This process holds the lock, so
    // the one that started the group is gone.
    const leftover = await (0,_providers_cli_index_js__WEBPACK_IMPORTED_MODULE_6__/* .endLeftoverGroup */ .Mr)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(opened.store.dir, _trace_index_js__WEBPACK_IMPORTED_MODULE_8__/* .GROUP_FILE */ .t3), _providers_cli_index_js__WEBPACK_IMPORTED_MODULE_6__/* .DEFAULT_KILL_GRACE_MS */ .ZY);
    if (leftover !== undefined) {
        const at = runbook.steps[state.current_step_index]?.id;
        io.note(`ended process group ${leftover.pgid}${at === undefined ? '' : ` of step '${at}'`}, left running when the run was interrupted (SIGTERM, then SIGKILL after ${_providers_cli_index_js__WEBPACK_IMPORTED_MODULE_6__/* .DEFAULT_KILL_GRACE_MS */ .ZY / 1000} s)`);
    }
    try {
        return await (0,_session_js__WEBPACK_IMPORTED_MODULE_16__/* .withSession */ .f)(io, runbook.steps, async (session) => {
            const deps = {
                ...(0,_deps_js__WEBPACK_IMPORTED_MODULE_10__/* .engineDeps */ .Vg)({
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
            const final = await (0,_engine_driver_js__WEBPACK_IMPORTED_MODULE_2__/* .resumeRun */ .ZL)(deps, state, {
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
        results: (0,_engine_reduce_js__WEBPACK_IMPORTED_MODULE_5__/* .stepResults */ .v8)(opened.records)
    };
}
/** The runbook the run started with: the run's pinned copy, refusing when the working file changed. */
async function pinnedRunbook(opened, state, io) {
    const copy = await (0,_open_run_js__WEBPACK_IMPORTED_MODULE_14__/* .runbookCopy */ .OB)(opened, state);
    let working;
    try {
        working = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(io.cwd, state.runbook_path));
    }
    catch {
        io.note(`${state.runbook_path} is not here; resuming with the run's own copy of the runbook`);
    }
    if (working !== undefined && (0,_load_js__WEBPACK_IMPORTED_MODULE_12__/* .bytesDigest */ .G2)(working) !== state.runbook_digest) {
        throw new _open_run_js__WEBPACK_IMPORTED_MODULE_14__/* .ResumeError */ .IR(`${state.runbook_path} changed since the run started (was ${state.runbook_digest}, now ${(0,_load_js__WEBPACK_IMPORTED_MODULE_12__/* .bytesDigest */ .G2)(working)}); a run only resumes with the runbook it started with. Restore the file, or start a new run`);
    }
    try {
        return (0,_load_js__WEBPACK_IMPORTED_MODULE_12__/* .validateBytes */ .q3)(copy, state.runbook_path).runbook;
    }
    catch (err) {
        if (!(err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_11__/* .AppError */ .u))
            throw err;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_11__/* .AppError */ .u('resume-failed', `the run's runbook no longer validates (see above)`, err.diagnostics);
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
    const req = (0,_engine_manual_js__WEBPACK_IMPORTED_MODULE_4__/* .manualRequirements */ .d7)(step, runbook.meta.governance);
    const approvals = approver === undefined ? [] : [approver];
    for (const r of (0,_engine_manual_step_js__WEBPACK_IMPORTED_MODULE_3__/* .checkSubmission */ .jm)(req, given.evidence, approvals))
        out.push(`${r.item}: ${r.reason}`);
    for (const e of given.evidence) {
        if (e.kind !== 'attachment')
            continue;
        const checked = await (0,_attachments_js__WEBPACK_IMPORTED_MODULE_9__/* .checkAttachment */ .Y)(e.path);
        if (!checked.ok)
            out.push(`evidence ${e.name}: ${e.path}: ${checked.reason}`);
    }
    return out;
}


/***/ }),

/***/ 9103:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  resumeCommand: () => (/* binding */ resumeCommand)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/app/deps.ts + 10 modules
var deps = __webpack_require__(4333);
// EXTERNAL MODULE: ./src/engine/driver.ts + 1 modules
var driver = __webpack_require__(3316);
;// CONCATENATED MODULE: ./src/engine/end-run.ts
// A paused run a person ends instead of answering it: `/deny REASON` fails it, `/cancel REASON` (or
// closing its issue, or `runbook resume --cancel`) cancels it. The ending is the run's
// run_finished, with who ended it, why and where, so the trace, run.json and verify all say so.

/** The run was not paused, so a person cannot end it this way (the caller checks first). */
class NotPausedError extends Error {
    name = 'NotPausedError';
}
/** Records the ending of a paused run and commits it; the reason is redacted before it is stored. */
async function endPausedRun(deps, state, status, ending) {
    if (state.status !== 'paused')
        throw new NotPausedError(`the run is ${state.status}, not paused: only a paused run is ended`);
    const ended_by = {
        by: ending.by,
        reason: deps.redact(ending.reason),
        ...(ending.via === undefined ? {} : { via: ending.via })
    };
    const step = state.pending?.step_id;
    const at = step === undefined ? '' : ` at step '${step}'`;
    const verb = status === 'failed' ? 'denied' : 'cancelled';
    const error = `${verb} by ${ended_by.by}${at}: ${ended_by.reason}`;
    return (0,driver/* stop */.ds)(deps, state, { ...(0,driver/* finished */.xl)(state, status, error), ended_by });
}

// EXTERNAL MODULE: ./src/engine/reduce.ts + 1 modules
var reduce = __webpack_require__(3921);
// EXTERNAL MODULE: ./src/engine/vars.ts
var vars = __webpack_require__(366);
// EXTERNAL MODULE: ./src/providers/system-clock.ts
var system_clock = __webpack_require__(7338);
// EXTERNAL MODULE: ./src/app/errors.ts
var errors = __webpack_require__(5860);
// EXTERNAL MODULE: ./src/app/load.ts
var load = __webpack_require__(4523);
// EXTERNAL MODULE: ./src/app/open-run.ts
var open_run = __webpack_require__(8571);
// EXTERNAL MODULE: ./src/app/session.ts
var session = __webpack_require__(919);
;// CONCATENATED MODULE: ./src/app/end.ts
// Ending a paused run without running it, for every face: a person denied it (failed) or cancelled
// it (cancelled), from an issue comment, by closing the issue, or with `runbook resume --cancel`.
// Nothing runs: the ending is recorded as the run's run_finished, with who, why and where, and the
// run is committed (run.json), so `runbook verify` reads how it ended.









/** Ends the paused run; AppError when it is not paused or cannot be opened. */
async function end_endPausedRun(req, io) {
    if (req.ending.reason.trim() === '')
        throw new errors/* AppError */.u('invalid-input', `a reason is required to end run ${req.runId}`);
    const opened = await (0,open_run/* openExisting */.EZ)(req.runsDir, req.runId, io, 'end');
    try {
        const state = (0,open_run/* foldOpened */.tX)(opened, io);
        if (state.status !== 'paused')
            throw new open_run/* ResumeError */.IR(state.status === 'running'
                ? 'it is not paused (it was interrupted mid-step: resume it, or end it when it pauses)'
                : `it already finished with status ${state.status}; there is nothing to end`);
        const runbook = (0,load/* validateBytes */.q3)(await (0,open_run/* runbookCopy */.OB)(opened, state), state.runbook_path).runbook;
        const flags = (0,vars/* parseVarFlags */.YF)(req.vars);
        const given = state.redacted_vars.flatMap((n) => flags[n] ?? io.env[n] ?? []);
        const redactor = (0,deps/* runbookRedactor */.F9)(runbook, [
            ...(0,vars/* resolveVars */.LT)(runbook, io.env, {}).secrets,
            ...given
        ]);
        return await (0,session/* withSession */.f)(io, runbook.steps, async (session) => {
            const final = await endPausedRun({
                store: opened.store,
                clock: system_clock/* systemClock */.m,
                redact: (text) => redactor.redactText(text),
                ...(session.deps.onRecord === undefined ? {} : { onRecord: session.deps.onRecord })
            }, state, req.status, req.ending);
            return {
                state: final,
                runbook,
                dir: opened.store.dir,
                failure: session.failure(),
                runError: session.runError(),
                results: session.results()
            };
        }, opened.records);
    }
    catch (err) {
        if (err instanceof open_run/* ResumeError */.IR || err instanceof reduce/* TraceInconsistencyError */.R5)
            throw new errors/* AppError */.u('resume-failed', `cannot end ${req.runId}: ${err.message}`);
        if (err instanceof vars/* VarError */.Yr)
            throw new errors/* AppError */.u('invalid-input', err.message);
        throw err;
    }
    finally {
        await opened.store.close();
    }
}

// EXTERNAL MODULE: ./src/app/resume.ts
var resume = __webpack_require__(2188);
// EXTERNAL MODULE: ./src/cli/exit-codes.ts
var exit_codes = __webpack_require__(8551);
;// CONCATENATED MODULE: ./src/cli/manual-flags.ts
/** A malformed flag value; the message names the flag and the expected form. */
class FlagError extends Error {
    name = 'FlagError';
}
function split(flag, raw, form) {
    const eq = raw.indexOf('=');
    const name = eq === -1 ? '' : raw.slice(0, eq);
    if (eq <= 0 || !/^[A-Za-z_][A-Za-z0-9_-]*$/.test(name))
        throw new FlagError(`invalid ${flag} '${raw}': expected ${form}`);
    return [name, raw.slice(eq + 1)];
}
/** Parses the flags; attachment paths go through `resolvePath`. Checklist ticks of one name are merged. */
function parseManualFlags(flags, approver, resolvePath) {
    const evidence = [];
    for (const raw of flags.evidence) {
        const [name, value] = split('--evidence', raw, 'NAME=VALUE');
        evidence.push({ name, kind: 'text', value });
    }
    const ticks = new Map();
    for (const raw of flags.check) {
        const [name, item] = split('--check', raw, 'NAME=ITEM');
        if (item === '')
            throw new FlagError(`invalid --check '${raw}': the item after '=' is empty`);
        ticks.set(name, [...(ticks.get(name) ?? []), item]);
    }
    for (const [name, items] of ticks)
        evidence.push({ name, kind: 'checklist', items });
    for (const raw of flags.attach) {
        const [name, path] = split('--attach', raw, 'NAME=PATH');
        if (path === '')
            throw new FlagError(`invalid --attach '${raw}': the path after '=' is empty`);
        evidence.push({ name, kind: 'attachment', path: resolvePath(path) });
    }
    for (const raw of flags.choose ?? []) {
        const [name, value] = split('--choose', raw, 'NAME=OPTION');
        if (value === '')
            throw new FlagError(`invalid --choose '${raw}': the option after '=' is empty`);
        evidence.push({ name, kind: 'choice', value });
    }
    if (flags.approve && approver === undefined)
        throw new FlagError('--approve needs --as NAME: who approves?');
    return {
        evidence,
        approvals: [],
        ...(flags.approve && approver !== undefined ? { approver } : {})
    };
}

// EXTERNAL MODULE: ./src/cli/outcome.ts
var cli_outcome = __webpack_require__(6358);
// EXTERNAL MODULE: ./src/cli/replay-support.ts
var replay_support = __webpack_require__(2101);
// EXTERNAL MODULE: ./src/cli/run-support.ts
var run_support = __webpack_require__(3605);
;// CONCATENATED MODULE: ./src/cli/commands/resume.ts
// `runbook resume RUN_ID`: continues a paused or crashed run from its latest snapshot and the
// trace after it, with any evidence, approvals or confirmation given as flags or in a file. The work
// is the application layer's (src/app/); this file translates flags in and exit codes out.









/** Runs `runbook resume`; returns the exit code. */
async function resumeCommand(runId, opts, io) {
    const actor = (0,deps/* actorName */.ti)(opts.as, io.env);
    let outcome;
    try {
        outcome =
            opts.cancel === undefined
                ? await (0,resume/* resumeRunbook */.G)({
                    runId,
                    runsDir: opts.runsDir ?? cli_outcome/* DEFAULT_RUNS_DIR */.bL,
                    actor,
                    ...(opts.role === undefined ? {} : { role: opts.role }),
                    vars: opts.var,
                    ...(opts.evidenceFile === undefined ? {} : { evidenceFile: opts.evidenceFile }),
                    ...(opts.scenario === undefined ? {} : { scenario: opts.scenario }),
                    delay: opts.delay,
                    supplied: () => {
                        // The approver is named as exec names its actor: --as, RUNBOOK_ACTOR, GITHUB_ACTOR, USER.
                        const who = (0,deps/* knownActor */.LV)(opts.as, io.env);
                        if (opts.approve && who === undefined)
                            throw new FlagError('--approve needs an approver: give --as NAME, or set RUNBOOK_ACTOR (or GITHUB_ACTOR, USER)');
                        const approver = opts.approve && who !== undefined
                            ? { approver: who, ...(opts.role === undefined ? {} : { role: opts.role }) }
                            : undefined;
                        const given = parseManualFlags({
                            evidence: opts.evidence,
                            check: opts.check,
                            attach: opts.attach,
                            choose: opts.choose ?? [],
                            approve: opts.approve
                        }, approver, (p) => (0,external_node_path_.resolve)(io.cwd, p));
                        return { inputs: given, ...(approver === undefined ? {} : { approver }) };
                    }
                }, (0,run_support/* appIo */.KQ)(io, opts.json, opts))
                : await cancel(runId, opts.cancel, actor, opts, io);
    }
    catch (err) {
        if (err instanceof FlagError) {
            io.stderr.write(`runbook: ${err.message}\n`);
            return exit_codes/* ExitCode */.y.InvalidInput;
        }
        return (0,run_support/* reportAppError */.yG)(err, io);
    }
    const code = (0,run_support/* reportRun */.Go)(outcome.state, outcome.failure, outcome.runbook, (0,external_node_path_.relative)(io.cwd, outcome.dir) || '.', opts.runsDir, io, opts.json, opts.scenario);
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
/** `--cancel REASON`: ends the paused run as cancelled by --as (nothing runs); no inputs with it. */
async function cancel(runId, reason, by, opts, io) {
    const given = [
        ...(opts.evidence.length > 0 ? ['--evidence'] : []),
        ...(opts.check.length > 0 ? ['--check'] : []),
        ...(opts.attach.length > 0 ? ['--attach'] : []),
        ...((opts.choose ?? []).length > 0 ? ['--choose'] : []),
        ...(opts.approve ? ['--approve'] : []),
        ...(opts.evidenceFile === undefined ? [] : ['--evidence-file'])
    ];
    if (given.length > 0)
        throw new FlagError(`--cancel ends the run without running it: it takes no ${given.join(', ')}`);
    return end_endPausedRun({
        runId,
        runsDir: opts.runsDir ?? cli_outcome/* DEFAULT_RUNS_DIR */.bL,
        status: 'cancelled',
        ending: { by, reason },
        vars: opts.var
    }, (0,run_support/* appIo */.KQ)(io, opts.json));
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
