export const id = 232;
export const ids = [232];
export const modules = {

/***/ 7499:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  IR: () => (/* binding */ ResumeError),
  tX: () => (/* binding */ foldOpened),
  EZ: () => (/* binding */ openExisting),
  OB: () => (/* binding */ runbookCopy)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/engine/reduce.ts + 1 modules
var reduce = __webpack_require__(3921);
// EXTERNAL MODULE: ./src/providers/system-clock.ts
var system_clock = __webpack_require__(7338);
// EXTERNAL MODULE: ./src/runbook/fs-reason.ts
var fs_reason = __webpack_require__(3174);
// EXTERNAL MODULE: ./src/trace/durable-file.ts
var durable_file = __webpack_require__(9881);
// EXTERNAL MODULE: ./src/trace/durable-head.ts
var durable_head = __webpack_require__(4553);
// EXTERNAL MODULE: ./src/trace/errors.ts
var errors = __webpack_require__(5558);
// EXTERNAL MODULE: ./src/trace/file-run-store.ts
var file_run_store = __webpack_require__(1675);
// EXTERNAL MODULE: ./src/trace/hash-chain.ts
var hash_chain = __webpack_require__(2381);
// EXTERNAL MODULE: ./src/trace/lock.ts
var trace_lock = __webpack_require__(5278);
// EXTERNAL MODULE: ./src/trace/run-id.ts
var run_id = __webpack_require__(4732);
// EXTERNAL MODULE: ./src/trace/run-paths.ts
var run_paths = __webpack_require__(8645);
// EXTERNAL MODULE: ./src/trace/snapshot.ts + 1 modules
var snapshot = __webpack_require__(8345);
// EXTERNAL MODULE: ./src/trace/trace-fold.ts
var trace_fold = __webpack_require__(8434);
// EXTERNAL MODULE: ./src/trace/trace-reader.ts
var trace_reader = __webpack_require__(7070);
// EXTERNAL MODULE: ./src/trace/trace-writer.ts
var trace_writer = __webpack_require__(4738);
// EXTERNAL MODULE: ./src/trace/manifest.ts
var trace_manifest = __webpack_require__(7948);
;// CONCATENATED MODULE: ./src/trace/list-runs.ts
// Listing the runs in a runs directory, with what their manifest and lock say.






/** The runs under `runsDir`, oldest first; an absent directory has none. */
async function listRuns(runsDir) {
    let names;
    try {
        const entries = await (0,promises_.readdir)(runsDir, { withFileTypes: true });
        names = entries.filter((e) => e.isDirectory() && run_id/* RUN_ID_PATTERN */.z6.test(e.name)).map((e) => e.name);
    }
    catch (err) {
        if (err.code === 'ENOENT')
            return [];
        throw err;
    }
    const runs = [];
    for (const run_id of names.sort()) {
        const dir = (0,external_node_path_.join)(runsDir, run_id);
        const locked = (await (0,trace_lock/* readLock */.mF)(dir)) !== undefined;
        const bytes = await (0,promises_.readFile)((0,external_node_path_.join)(dir, run_paths/* MANIFEST_FILE */.h1)).catch(() => undefined);
        const manifest = bytes === undefined ? 'missing' : (0,trace_manifest/* parseManifest */.Ng)(bytes);
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
    if ((0,run_paths/* safeSegment */.LX)(runId) !== runId || !(await isDir(dir))) {
        const ids = (await listRuns(runsDir)).map((r) => r.run_id);
        throw new errors/* RunNotFoundError */.lQ(runId, runsDir, (0,run_id/* nearbyRunIds */.B7)(runId, ids));
    }
    const lock = await (0,trace_lock/* acquireLock */.IZ)(dir, runId, opts.clock.now());
    try {
        const trace = await (0,trace_reader/* readTrace */.c)((0,run_paths/* inRun */.zs)(dir, run_paths/* TRACE_FILE */.BQ));
        if (trace.broken !== undefined) {
            const b = trace.broken;
            throw new errors/* TraceTamperedError */.Ks(runId, b.seq, b.line, b.message);
        }
        const folded = (0,trace_fold/* foldStates */.E)(trace.records);
        if (folded.error !== undefined) {
            const seq = folded.error.seq;
            throw new errors/* TraceTamperedError */.Ks(runId, seq, seq, folded.error.message, { cause: folded.error });
        }
        // A trace shorter than what a durable file proves was written lost records that were on disk:
        // refused, whether the loss is a dropped tail or a line cut (then a "torn" tail that a durable
        // record had seen). A torn line beyond every claim is a crash's unfinished append.
        const claims = await (0,durable_head/* durableClaims */.J)(dir);
        const short = (0,durable_head/* shortfall */.S)(trace.records, claims);
        if (short.length > 0) {
            const seq = trace.records.length + 1;
            throw new errors/* TraceTamperedError */.Ks(runId, seq, seq, short.join('; '));
        }
        const committed = claims.some((c) => c.source === run_paths/* MANIFEST_FILE */.h1 && 'head' in c && c.head.seq === trace.records.length);
        const tornFile = trace.torn === undefined ? undefined : await setTornAside(dir, trace.torn);
        if (trace.unterminated)
            await (0,promises_.appendFile)((0,run_paths/* inRun */.zs)(dir, run_paths/* TRACE_FILE */.BQ), '\n');
        const { snapshot, skipped } = await latestSnapshot(dir, trace.records, folded);
        const writer = await trace_writer/* TraceWriter */.v.open((0,run_paths/* inRun */.zs)(dir, run_paths/* TRACE_FILE */.BQ), opts.clock, trace.records, (0,run_paths/* inRun */.zs)(dir, run_paths/* HEAD_FILE */._d));
        await writer.sync(); // makes the truncation or the added newline durable
        return {
            store: new file_run_store/* FileRunStore */.L(runId, dir, writer, lock.holder, trace.records),
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
        await (0,trace_lock/* releaseLock */.x_)(dir, lock.holder);
        throw err;
    }
}
// Nothing is deleted: the torn bytes are saved (fsynced) before the trace is cut back to its last
// complete line. A crash in between leaves them in both places, and the next open saves them again.
async function setTornAside(dir, torn) {
    const tracePath = (0,run_paths/* inRun */.zs)(dir, run_paths/* TRACE_FILE */.BQ);
    const bytes = (await (0,promises_.readFile)(tracePath)).subarray(torn.offset);
    const taken = new Set(await (0,promises_.readdir)(dir));
    let n = 1;
    while (taken.has(`${run_paths/* TORN_PREFIX */.H9}${n}`))
        n++;
    const file = `${run_paths/* TORN_PREFIX */.H9}${n}`;
    await (0,durable_file/* writeFileExclusive */.Ob)((0,run_paths/* inRun */.zs)(dir, file), bytes);
    await (0,promises_.truncate)(tracePath, torn.offset);
    await (0,durable_file/* fsyncDir */.t_)(dir);
    return file;
}
async function latestSnapshot(dir, records, folded) {
    const names = await (0,promises_.readdir)((0,run_paths/* inRun */.zs)(dir, run_paths/* SNAPSHOTS_DIR */.ST)).catch(() => []);
    const skipped = [];
    // Newest first (by the step in the name, which checkSnapshot holds to the state's; the step index
    // never goes down as the trace grows): the first that agrees is the latest, and older ones are
    // not read at all, so opening a long run checks one snapshot, not one per SNAPSHOT_STEPS steps.
    const newestFirst = names
        .map((name) => ({ name, index: (0,run_paths/* snapshotIndex */.Zz)(name) }))
        .filter((n) => n.index !== undefined)
        .sort((a, b) => b.index - a.index);
    for (const { name } of newestFirst) {
        const file = `${run_paths/* SNAPSHOTS_DIR */.ST}/${name}`;
        const bytes = await (0,promises_.readFile)((0,run_paths/* inRun */.zs)(dir, file));
        const check = (0,snapshot/* checkSnapshot */.Po)(file, bytes, records, folded);
        if (!check.ok) {
            skipped.push({ file, reason: check.problem });
            continue;
        }
        const stored = { file, sha256: (0,hash_chain/* sha256Hex */.fg)(bytes), bytes: bytes.length };
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

// EXTERNAL MODULE: ./src/app/errors.ts
var app_errors = __webpack_require__(5860);
// EXTERNAL MODULE: ./src/app/load.ts
var load = __webpack_require__(4523);
// EXTERNAL MODULE: ./src/app/output-targets.ts
var output_targets = __webpack_require__(1665);
;// CONCATENATED MODULE: ./src/app/open-run.ts
// Opening a run directory again (to resume it, or to end it): the lock, the fold of the trace after
// its latest snapshot, and the run's own pinned copy of its runbook. Shared by resume.ts and end.ts.









/** A reason the run cannot be resumed (or ended). */
class ResumeError extends Error {
    name = 'ResumeError';
}
/** Opens (and locks) the run `runId`; AppError `resume-failed` when it cannot be opened. */
async function openExisting(runsDir, runId, io, verb = 'resume') {
    await (0,output_targets/* checkRunsDir */.O)(runsDir, io.cwd);
    try {
        return await openRun((0,external_node_path_.resolve)(io.cwd, runsDir), runId, { clock: system_clock/* systemClock */.m });
    }
    catch (err) {
        if (err instanceof errors/* RunNotFoundError */.lQ ||
            err instanceof errors/* RunLockedError */.c6 ||
            err instanceof errors/* TraceTamperedError */.Ks ||
            err instanceof errors/* RunStoreError */.Jr)
            throw new app_errors/* AppError */.u('resume-failed', `cannot ${verb} ${runId}: ${err.message}`);
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
    const state = (0,reduce/* foldTrace */.jk)(opened.records.filter((r) => r.seq > (base?.seq ?? 0)), base);
    if (state === undefined)
        throw new ResumeError(opened.records.length === 0 ? errors/* NEVER_STARTED */.dD : 'the trace holds no run_started event');
    return state;
}
/** The bytes of the run's own copy of its runbook, refused when they are not what it started with. */
async function runbookCopy(opened, state) {
    let copy;
    try {
        copy = await (0,promises_.readFile)((0,external_node_path_.join)(opened.store.dir, 'runbook.yaml'));
    }
    catch (err) {
        throw new ResumeError(`the run directory's runbook.yaml cannot be read (${(0,fs_reason/* fsErrorReason */.W)(err)}): the run directory was altered`);
    }
    if ((0,load/* bytesDigest */.G2)(copy) !== state.runbook_digest)
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
/* harmony import */ var _engine_driver_js__WEBPACK_IMPORTED_MODULE_15__ = __webpack_require__(3316);
/* harmony import */ var _engine_manual_step_js__WEBPACK_IMPORTED_MODULE_18__ = __webpack_require__(7353);
/* harmony import */ var _engine_manual_js__WEBPACK_IMPORTED_MODULE_17__ = __webpack_require__(4090);
/* harmony import */ var _engine_reduce_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3921);
/* harmony import */ var _engine_vars_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(366);
/* harmony import */ var _providers_cli_index_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(3140);
/* harmony import */ var _providers_cli_index_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(9606);
/* harmony import */ var _providers_cli_index_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(9366);
/* harmony import */ var _providers_cli_real_cli_provider_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(388);
/* harmony import */ var _trace_index_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(8645);
/* harmony import */ var _attachments_js__WEBPACK_IMPORTED_MODULE_19__ = __webpack_require__(797);
/* harmony import */ var _deps_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5644);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5860);
/* harmony import */ var _load_js__WEBPACK_IMPORTED_MODULE_16__ = __webpack_require__(4523);
/* harmony import */ var _manual_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(3394);
/* harmony import */ var _open_run_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7499);
/* harmony import */ var _replay_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(271);
/* harmony import */ var _session_js__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(919);
// Resuming a run, for every face: open the run directory, fold its trace, check the runbook is the
// one it started with, check the inputs given for the waiting step, then drive it on.


















/** Resumes a paused or crashed run; throws AppError when it cannot be resumed or an input is bad. */
async function resumeRunbook(req, io) {
    const opened = await (0,_open_run_js__WEBPACK_IMPORTED_MODULE_2__/* .openExisting */ .EZ)(req.runsDir, req.runId, io);
    try {
        return await resumeOpened(opened, req, io);
    }
    catch (err) {
        if (err instanceof _open_run_js__WEBPACK_IMPORTED_MODULE_2__/* .ResumeError */ .IR || err instanceof _engine_reduce_js__WEBPACK_IMPORTED_MODULE_3__/* .TraceInconsistencyError */ .R5)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .AppError */ .u('resume-failed', `cannot resume ${req.runId}: ${err.message}`);
        if (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .AppError */ .u && err.kind === 'resume-failed')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .AppError */ .u(err.kind, `cannot resume ${req.runId}: ${err.message}`, err.diagnostics);
        if (err instanceof _engine_vars_js__WEBPACK_IMPORTED_MODULE_5__/* .VarError */ .Yr)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .AppError */ .u('invalid-input', err.message);
        throw err;
    }
    finally {
        await opened.store.close();
    }
}
/** The run's redactor: its rules, the denied environment values, and the vars given again. */
function redactorFor(runbook, env, secretVars) {
    return (0,_deps_js__WEBPACK_IMPORTED_MODULE_6__/* .runbookRedactor */ .F9)(runbook, [
        ...(0,_engine_vars_js__WEBPACK_IMPORTED_MODULE_5__/* .resolveVars */ .LT)(runbook, env, {}).secrets,
        ...Object.values(secretVars)
    ]);
}
async function resumeOpened(opened, req, io) {
    const state = (0,_open_run_js__WEBPACK_IMPORTED_MODULE_2__/* .foldOpened */ .tX)(opened, io);
    if (state.status === 'passed' || state.status === 'failed' || state.status === 'cancelled') {
        if (!opened.committed)
            return commitFinished(opened, state, io);
        throw new _open_run_js__WEBPACK_IMPORTED_MODULE_2__/* .ResumeError */ .IR(`the run already finished with status ${state.status}; there is nothing to resume`);
    }
    const runbook = await pinnedRunbook(opened, state, io);
    const flags = (0,_engine_vars_js__WEBPACK_IMPORTED_MODULE_5__/* .parseVarFlags */ .YF)(req.vars);
    const secretVars = {};
    for (const name of state.redacted_vars) {
        const value = flags[name] ?? io.env[name];
        if (value === undefined)
            throw new _open_run_js__WEBPACK_IMPORTED_MODULE_2__/* .ResumeError */ .IR(`var '${name}' is stored redacted in the run; give its value again with --var ${name}=VALUE`);
        secretVars[name] = value;
    }
    const step = runbook.steps[state.current_step_index];
    const { inputs: given, approver } = req.supplied?.() ?? {
        inputs: { evidence: [], approvals: [] }
    };
    const refused = step === undefined ? [] : await refusals(runbook, state, step, given, approver);
    if (refused.length > 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .AppError */ .u('invalid-input', `nothing was recorded; the run stays paused at step '${step?.id ?? ''}':\n${refused.map((r) => `  ${r}`).join('\n')}`);
    }
    const role = req.role === undefined ? {} : { role: req.role };
    const supplied = await (0,_manual_js__WEBPACK_IMPORTED_MODULE_7__/* .manualProviderFor */ .T)({
        ...(req.evidenceFile === undefined ? {} : { evidenceFile: req.evidenceFile }),
        runbook,
        ...(step === undefined || (given.evidence.length === 0 && given.approvals.length === 0)
            ? {}
            : { flagged: { stepId: step.id, inputs: given } }),
        ...(approver === undefined ? {} : { approver }),
        actor: req.actor,
        ...role
    }, io);
    const ledger = new _providers_cli_index_js__WEBPACK_IMPORTED_MODULE_8__/* .GroupLedger */ .$();
    ledger.attach((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(opened.store.dir, _trace_index_js__WEBPACK_IMPORTED_MODULE_9__/* .GROUP_FILE */ .t3));
    let cli = new _providers_cli_real_cli_provider_js__WEBPACK_IMPORTED_MODULE_10__/* .RealCliProvider */ .o(new _providers_cli_index_js__WEBPACK_IMPORTED_MODULE_11__/* .NodeProcessRunner */ .u({ ledger }), new _providers_cli_index_js__WEBPACK_IMPORTED_MODULE_12__/* .NodeCommandResolver */ .i());
    let manual = supplied;
    let replay;
    let governed = runbook;
    if (state.mode === 'replay') {
        // The scenario is not stored in the run: it is given again, and the calls already answered
        // are replayed into it before the run goes on.
        const loaded = await (0,_replay_js__WEBPACK_IMPORTED_MODULE_13__/* .loadReplay */ ._)(runbook, req, io);
        governed = loaded.runbook;
        const providers = (0,_replay_js__WEBPACK_IMPORTED_MODULE_13__/* .replayProviders */ .U)(loaded, req, redactorFor(governed, io.env, secretVars), io.env, supplied);
        const problems = providers.cli.restore((0,_engine_reduce_js__WEBPACK_IMPORTED_MODULE_3__/* .stepResults */ .v8)(opened.records));
        if (problems.length > 0)
            throw new _open_run_js__WEBPACK_IMPORTED_MODULE_2__/* .ResumeError */ .IR(`the scenario does not match the calls this run already made: ${problems.join('; ')}`);
        cli = providers.cli;
        manual = providers.manual;
        replay = providers.cli;
    }
    manual = io.manual?.(manual) ?? manual;
    const redactor = redactorFor(governed, io.env, secretVars);
    // A run killed during a step (kill -9, a lost terminal) left that step's process group running:
    // it is ended before the step runs again, never run beside it. This process holds the lock, so
    // the one that started the group is gone.
    const leftover = await (0,_providers_cli_index_js__WEBPACK_IMPORTED_MODULE_8__/* .endLeftoverGroup */ .M)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(opened.store.dir, _trace_index_js__WEBPACK_IMPORTED_MODULE_9__/* .GROUP_FILE */ .t3), _providers_cli_index_js__WEBPACK_IMPORTED_MODULE_11__/* .DEFAULT_KILL_GRACE_MS */ .ZY);
    if (leftover !== undefined) {
        const at = runbook.steps[state.current_step_index]?.id;
        io.note(`ended process group ${leftover.pgid}${at === undefined ? '' : ` of step '${at}'`}, left running when the run was interrupted (SIGTERM, then SIGKILL after ${_providers_cli_index_js__WEBPACK_IMPORTED_MODULE_11__/* .DEFAULT_KILL_GRACE_MS */ .ZY / 1000} s)`);
    }
    try {
        return await (0,_session_js__WEBPACK_IMPORTED_MODULE_14__/* .withSession */ .f)(io, runbook.steps, async (session) => {
            const deps = {
                ...(0,_deps_js__WEBPACK_IMPORTED_MODULE_6__/* .engineDeps */ .Vg)({
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
            const final = await (0,_engine_driver_js__WEBPACK_IMPORTED_MODULE_15__/* .resumeRun */ .ZL)(deps, state, {
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
        results: (0,_engine_reduce_js__WEBPACK_IMPORTED_MODULE_3__/* .stepResults */ .v8)(opened.records)
    };
}
/** The runbook the run started with: the run's pinned copy, refusing when the working file changed. */
async function pinnedRunbook(opened, state, io) {
    const copy = await (0,_open_run_js__WEBPACK_IMPORTED_MODULE_2__/* .runbookCopy */ .OB)(opened, state);
    let working;
    try {
        working = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(io.cwd, state.runbook_path));
    }
    catch {
        io.note(`${state.runbook_path} is not here; resuming with the run's own copy of the runbook`);
    }
    if (working !== undefined && (0,_load_js__WEBPACK_IMPORTED_MODULE_16__/* .bytesDigest */ .G2)(working) !== state.runbook_digest) {
        throw new _open_run_js__WEBPACK_IMPORTED_MODULE_2__/* .ResumeError */ .IR(`${state.runbook_path} changed since the run started (was ${state.runbook_digest}, now ${(0,_load_js__WEBPACK_IMPORTED_MODULE_16__/* .bytesDigest */ .G2)(working)}); a run only resumes with the runbook it started with. Restore the file, or start a new run`);
    }
    try {
        return (0,_load_js__WEBPACK_IMPORTED_MODULE_16__/* .validateBytes */ .q3)(copy, state.runbook_path).runbook;
    }
    catch (err) {
        if (!(err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .AppError */ .u))
            throw err;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .AppError */ .u('resume-failed', `the run's runbook no longer validates (see above)`, err.diagnostics);
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
    const req = (0,_engine_manual_js__WEBPACK_IMPORTED_MODULE_17__/* .manualRequirements */ .d7)(step, runbook.meta.governance);
    const approvals = approver === undefined ? [] : [approver];
    for (const r of (0,_engine_manual_step_js__WEBPACK_IMPORTED_MODULE_18__/* .checkSubmission */ .jm)(req, given.evidence, approvals))
        out.push(`${r.item}: ${r.reason}`);
    for (const e of given.evidence) {
        if (e.kind !== 'attachment')
            continue;
        const checked = await (0,_attachments_js__WEBPACK_IMPORTED_MODULE_19__/* .checkAttachment */ .Y)(e.path);
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
/* harmony import */ var _runbook_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9982);
/* harmony import */ var _exit_codes_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8551);
/* harmony import */ var _progress_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9851);



/** Where run directories go unless --runs-dir says otherwise. */
const DEFAULT_RUNS_DIR = '.runbook/runs';
/** The exit code of a run that stopped in `state`; `governance` tells a refused command apart. */
function exitCodeFor(state, failure) {
    switch (state.status) {
        case 'passed':
            return _exit_codes_js__WEBPACK_IMPORTED_MODULE_0__/* .ExitCode */ .y.Ok;
        // Only a person ends a run as cancelled (resume --cancel, an issue): it did what was asked.
        case 'cancelled':
            return _exit_codes_js__WEBPACK_IMPORTED_MODULE_0__/* .ExitCode */ .y.Ok;
        case 'paused':
            return _exit_codes_js__WEBPACK_IMPORTED_MODULE_0__/* .ExitCode */ .y.Paused;
        case 'running':
            return _exit_codes_js__WEBPACK_IMPORTED_MODULE_0__/* .ExitCode */ .y.Paused;
        default:
            return failure === 'governance' ? _exit_codes_js__WEBPACK_IMPORTED_MODULE_0__/* .ExitCode */ .y.GovernanceViolation : _exit_codes_js__WEBPACK_IMPORTED_MODULE_0__/* .ExitCode */ .y.StepFailed;
    }
}
/**
 * The `runbook resume` command that supplies what a paused run waits for, including what resume
 * always needs again: the vars stored redacted and, for a replay, the scenario.
 */
function resumeHint(state, runbook, runsDirFlag, scenario, program = 'runbook') {
    const pending = state.pending;
    const custom = runsDirFlag !== undefined && runsDirFlag !== DEFAULT_RUNS_DIR;
    const head = `${program} resume ${state.run_id}${custom ? ` --runs-dir ${(0,_progress_js__WEBPACK_IMPORTED_MODULE_1__/* .shellQuote */ .Z)(runsDirFlag)}` : ''}`;
    const args = state.redacted_vars.map((name) => `--var ${name}=VALUE`);
    if (state.mode === 'replay')
        args.push(`--scenario ${(0,_progress_js__WEBPACK_IMPORTED_MODULE_1__/* .shellQuote */ .Z)(scenario ?? 'SCENARIO.yaml')}`);
    if (pending === undefined)
        return [head, ...args].join(' \\\n    ');
    const step = runbook.steps[pending.step_index];
    for (const name of pending.evidence) {
        const spec = step?.required_evidence?.find((e) => e.name === name) ?? { kind: 'text', name };
        const ticked = state.collected.evidence[name]?.items ?? [];
        if (spec.kind === 'checklist') {
            for (const item of spec.items ?? []) {
                if (!ticked.includes(item))
                    args.push(`--check ${(0,_progress_js__WEBPACK_IMPORTED_MODULE_1__/* .shellQuote */ .Z)(`${name}=${item}`)}`);
            }
        }
        else if (spec.kind === 'attachment')
            args.push(`--attach ${name}=PATH`);
        else if (spec.kind === 'choice' || step?.choices?.variable === name) {
            const options = (0,_runbook_index_js__WEBPACK_IMPORTED_MODULE_2__/* .optionValues */ .ib)(spec.options ?? step?.choices?.options);
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
/* harmony import */ var _app_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5860);
/* harmony import */ var _runbook_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6241);
/* harmony import */ var _exit_codes_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8551);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1604);
/* harmony import */ var _outcome_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(6358);
/* harmony import */ var _output_preview_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(328);
/* harmony import */ var _progress_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9851);
/* harmony import */ var _style_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1715);








function printDiagnostics(io, diagnostics) {
    for (const d of diagnostics)
        io.stderr.write(`${(0,_runbook_index_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDiagnostic */ .xy)(d)}\n`);
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
    if (!(err instanceof _app_index_js__WEBPACK_IMPORTED_MODULE_1__/* .AppError */ .u))
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
    const printer = (0,_progress_js__WEBPACK_IMPORTED_MODULE_3__/* .progressPrinter */ ._)({
        out: io.stdout,
        style: (0,_style_js__WEBPACK_IMPORTED_MODULE_4__/* .makeStyle */ .O)((0,_io_js__WEBPACK_IMPORTED_MODULE_5__/* .useColor */ .b)(io, io.stdout)),
        json,
        live: io.interactive && !json,
        output: (0,_output_preview_js__WEBPACK_IMPORTED_MODULE_6__/* .outputDetail */ .jr)(output, io.interactive && !json),
        total: info.stepsTotal,
        ...(info.instructions === undefined ? {} : { instructions: info.instructions })
    });
    return { signal: controller.signal, onRecord: printer, close: unsubscribe };
}
/** Prints how the run ended (with the resume command when paused) and returns the exit code. */
function reportRun(state, failure, runbook, runDir, runsDirFlag, io, json, scenario) {
    const code = (0,_outcome_js__WEBPACK_IMPORTED_MODULE_7__/* .exitCodeFor */ .Rr)(state, failure);
    if (json)
        return code;
    io.stdout.write(`run directory: ${runDir}\n`);
    if (state.status === 'paused')
        io.stdout.write(`continue with:\n  ${(0,_outcome_js__WEBPACK_IMPORTED_MODULE_7__/* .resumeHint */ .tJ)(state, runbook, runsDirFlag, scenario, io.program)}\n`);
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


/***/ }),

/***/ 4553:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ durableClaims),
/* harmony export */   S: () => (/* binding */ shortfall)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _canonical_json_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9730);
/* harmony import */ var _head_anchor_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4477);
/* harmony import */ var _manifest_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7948);
/* harmony import */ var _run_paths_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8645);
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
    const anchorBytes = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)((0,_run_paths_js__WEBPACK_IMPORTED_MODULE_1__/* .inRun */ .zs)(dir, _run_paths_js__WEBPACK_IMPORTED_MODULE_1__/* .HEAD_FILE */ ._d)).catch(() => undefined);
    if (anchorBytes !== undefined) {
        const anchor = (0,_head_anchor_js__WEBPACK_IMPORTED_MODULE_2__/* .readAnchor */ .QZ)(anchorBytes);
        if (anchor.problem !== undefined)
            claims.push({ source: _run_paths_js__WEBPACK_IMPORTED_MODULE_1__/* .HEAD_FILE */ ._d, problem: anchor.problem });
        for (const head of anchor.heads)
            claims.push({ source: _run_paths_js__WEBPACK_IMPORTED_MODULE_1__/* .HEAD_FILE */ ._d, head });
    }
    const manifestBytes = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)((0,_run_paths_js__WEBPACK_IMPORTED_MODULE_1__/* .inRun */ .zs)(dir, _run_paths_js__WEBPACK_IMPORTED_MODULE_1__/* .MANIFEST_FILE */ .h1)).catch(() => undefined);
    const manifest = manifestBytes === undefined ? undefined : (0,_manifest_js__WEBPACK_IMPORTED_MODULE_3__/* .parseManifest */ .Ng)(manifestBytes);
    if (manifest !== undefined && typeof manifest !== 'string')
        claims.push({ source: _run_paths_js__WEBPACK_IMPORTED_MODULE_1__/* .MANIFEST_FILE */ .h1, head: manifest.trace });
    const names = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)((0,_run_paths_js__WEBPACK_IMPORTED_MODULE_1__/* .inRun */ .zs)(dir, _run_paths_js__WEBPACK_IMPORTED_MODULE_1__/* .SNAPSHOTS_DIR */ .ST)).catch(() => []);
    for (const name of names.filter((n) => (0,_run_paths_js__WEBPACK_IMPORTED_MODULE_1__/* .snapshotIndex */ .Zz)(n) !== undefined).sort()) {
        const file = `${_run_paths_js__WEBPACK_IMPORTED_MODULE_1__/* .SNAPSHOTS_DIR */ .ST}/${name}`;
        const head = headIn(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)((0,_run_paths_js__WEBPACK_IMPORTED_MODULE_1__/* .inRun */ .zs)(dir, file)).catch(() => undefined), 'trace');
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
    const parsed = (0,_canonical_json_js__WEBPACK_IMPORTED_MODULE_4__/* .parseJsonBytes */ .dQ)(bytes.at(-1) === 0x0a ? bytes.subarray(0, -1) : bytes);
    const value = parsed?.value;
    const head = value?.[key];
    if (typeof head?.hash !== 'string' || !Number.isSafeInteger(head.seq))
        return undefined;
    return { seq: head.seq, hash: head.hash };
}


/***/ }),

/***/ 7070:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ readTrace)
/* harmony export */ });
/* unused harmony export parseTrace */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _canonical_json_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9730);
/* harmony import */ var _hash_chain_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2381);
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
        const prev = (0,_hash_chain_js__WEBPACK_IMPORTED_MODULE_1__/* .headOf */ .Uo)(records);
        const parsed = parseLine(bytes.subarray(offset, end));
        const done = (extra) => ({
            records,
            head: (0,_hash_chain_js__WEBPACK_IMPORTED_MODULE_1__/* .headOf */ .Uo)(records),
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
        const link = (0,_hash_chain_js__WEBPACK_IMPORTED_MODULE_1__/* .checkLink */ .tD)(prev, parsed, records.length);
        if (link !== undefined) {
            return done({ broken: { kind: link.kind, line, seq: parsed.seq, message: link.message } });
        }
        records.push(parsed);
        if (nl === -1)
            return done({ unterminated: true });
        offset = nl + 1;
    }
    return { records, head: (0,_hash_chain_js__WEBPACK_IMPORTED_MODULE_1__/* .headOf */ .Uo)(records), unterminated: false };
}
/** Reads and checks trace.jsonl; a missing file is an empty trace, marked `missing`. */
async function readTrace(path) {
    let bytes;
    try {
        bytes = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path);
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
    const parsed = (0,_canonical_json_js__WEBPACK_IMPORTED_MODULE_2__/* .parseJsonBytes */ .dQ)(raw);
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


/***/ })

};
