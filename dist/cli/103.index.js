export const id = 103;
export const ids = [103];
export const modules = {

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

// EXTERNAL MODULE: ./src/app/resume.ts + 1 modules
var resume = __webpack_require__(2384);
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


/***/ })

};
