export const id = 445;
export const ids = [445];
export const modules = {

/***/ 7445:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   testCommand: () => (/* binding */ testCommand)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _exit_codes_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8551);
/* harmony import */ var _output_file_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7264);
/* harmony import */ var _outcome_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6358);
/* harmony import */ var _app_deps_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4333);
/* harmony import */ var _app_test_index_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7113);
// `runbook test PATH...`: replay every scenario of every runbook found, judge each against its
// expectations, report (text, JSON, JUnit; coverage as text, lcov or JSON). Exit 0 all passed, 1 a
// scenario failed (or coverage is below --min-coverage, or a runbook is untested with
// --require-scenarios), 3 invalid input.






/** Runs `runbook test`; returns the exit code. */
async function testCommand(paths, opts, io) {
    const min = opts.minCoverage === undefined ? undefined : Number(opts.minCoverage);
    if (min !== undefined && !(opts.minCoverage?.trim() !== '' && min >= 0 && min <= 100))
        return usage(io, `--min-coverage takes a percentage from 0 to 100, got '${opts.minCoverage ?? ''}'`);
    const jobs = opts.jobs === undefined ? undefined : Number(opts.jobs);
    if (jobs !== undefined && !(Number.isInteger(jobs) && jobs >= 1))
        return usage(io, `--jobs takes a whole number of worker processes (1 or more), got '${opts.jobs ?? ''}'`);
    if (opts.reportFile !== undefined && opts.report === undefined)
        return usage(io, '--report-file needs --report text|json|junit');
    const run = await (0,_app_test_index_js__WEBPACK_IMPORTED_MODULE_5__.runTests)({
        paths,
        cwd: io.cwd,
        runsDir: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(io.cwd, opts.runsDir ?? _outcome_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULT_RUNS_DIR */ .bL),
        vars: opts.var,
        actor: (0,_app_deps_js__WEBPACK_IMPORTED_MODULE_4__/* .actorName */ .ti)(opts.as, io.env),
        jobs: jobs ?? 'auto',
        ...(io.spawnWorker === undefined ? {} : { worker: io.spawnWorker })
    });
    const showCoverage = opts.coverage || min !== undefined;
    const t = (0,_app_test_index_js__WEBPACK_IMPORTED_MODULE_5__.tally)(run);
    // The terminal gets the text; a report goes to its file, or replaces the text on stdout.
    if (opts.report === undefined || opts.reportFile !== undefined)
        io.stdout.write((0,_app_test_index_js__WEBPACK_IMPORTED_MODULE_5__.textReport)(run, showCoverage));
    if (opts.report !== undefined) {
        const text = opts.report === 'json'
            ? (0,_app_test_index_js__WEBPACK_IMPORTED_MODULE_5__.jsonReport)(run)
            : opts.report === 'junit'
                ? (0,_app_test_index_js__WEBPACK_IMPORTED_MODULE_5__.junitReport)(run)
                : (0,_app_test_index_js__WEBPACK_IMPORTED_MODULE_5__.textReport)(run, showCoverage);
        if (!(await output(io, opts.reportFile, text, `test report (${opts.report})`)))
            return _exit_codes_js__WEBPACK_IMPORTED_MODULE_1__/* .ExitCode */ .y.InvalidInput;
    }
    if (opts.coverageFile !== undefined) {
        const text = opts.coverageFormat === 'json'
            ? `${JSON.stringify(covered(run).map((c) => ({ runbook: c.runbook, ...(0,_app_test_index_js__WEBPACK_IMPORTED_MODULE_5__.coverageJson)(c) })), null, 2)}\n`
            : (0,_app_test_index_js__WEBPACK_IMPORTED_MODULE_5__.lcov)(covered(run));
        if (!(await output(io, opts.coverageFile, text, `coverage (${opts.coverageFormat})`)))
            return _exit_codes_js__WEBPACK_IMPORTED_MODULE_1__/* .ExitCode */ .y.InvalidInput;
    }
    for (const u of t.untested)
        io.stderr.write(`runbook test: ${opts.requireScenarios ? 'error' : 'warning'}: ${u} has no scenario (untested); add ${u.replace(/\.ya?ml$/, '')}.scenario.yaml\n`);
    const below = min === undefined ? [] : covered(run).filter((c) => c.totals.percent < min);
    for (const c of below)
        io.stderr.write(`runbook test: ${c.runbook}: coverage ${c.totals.percent}% is below --min-coverage ${String(min)}%\n`);
    if (run.runbooks.length === 0 && run.missing.length === 0)
        io.stderr.write(`runbook test: no runbook found under ${paths.join(', ')}\n`);
    if (run.missing.length > 0 || t.invalid > 0 || t.errors > 0 || run.runbooks.length === 0)
        return _exit_codes_js__WEBPACK_IMPORTED_MODULE_1__/* .ExitCode */ .y.InvalidInput;
    if (t.failed > 0 || below.length > 0 || (opts.requireScenarios && t.untested.length > 0))
        return _exit_codes_js__WEBPACK_IMPORTED_MODULE_1__/* .ExitCode */ .y.StepFailed;
    return _exit_codes_js__WEBPACK_IMPORTED_MODULE_1__/* .ExitCode */ .y.Ok;
}
function covered(run) {
    return run.runbooks.flatMap((r) => (r.coverage === undefined ? [] : [r.coverage]));
}
async function output(io, file, text, what) {
    if (file === undefined) {
        io.stdout.write(text);
        return true;
    }
    return (0,_output_file_js__WEBPACK_IMPORTED_MODULE_2__/* .writeOutputFile */ .B)(io, file, text, what, 'runbook test');
}
function usage(io, message) {
    io.stderr.write(`runbook: ${message}\n`);
    return _exit_codes_js__WEBPACK_IMPORTED_MODULE_1__/* .ExitCode */ .y.InvalidInput;
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


/***/ })

};
