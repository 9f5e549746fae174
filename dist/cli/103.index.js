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
// EXTERNAL MODULE: ./src/app/deps.ts + 9 modules
var deps = __webpack_require__(5644);
// EXTERNAL MODULE: ./src/app/resume.ts
var resume = __webpack_require__(2188);
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
// EXTERNAL MODULE: ./src/app/open-run.ts + 2 modules
var open_run = __webpack_require__(7499);
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
// EXTERNAL MODULE: ./src/cli/replay-support.ts + 5 modules
var replay_support = __webpack_require__(4472);
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

/***/ 4472:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  b: () => (/* binding */ printRecording),
  L: () => (/* binding */ writeReplayReport)
});

;// CONCATENATED MODULE: ./src/providers/replay/verify-result.ts
/** Builds the verdict, field for field as cli-replay's verify.BuildResult. */
function verifyResult(input) {
    const steps = input.replay.steps.map((s) => ({
        index: s.index,
        label: s.group === undefined ? s.label : `[group:${s.group}] ${s.label}`,
        ...(s.group === undefined ? {} : { group: s.group }),
        call_count: s.calls,
        min: s.min,
        max: s.max,
        passed: s.calls >= s.min
    }));
    const error = replayError(input);
    return {
        scenario: input.replay.scenario.name,
        session: input.state.run_id,
        passed: error === undefined,
        total_steps: steps.length,
        consumed_steps: steps.filter((s) => s.call_count >= 1).length,
        ...(error === undefined ? {} : { error }),
        steps
    };
}
/** Why the replay did not pass, or undefined when it did. */
function replayError(input) {
    const { state, replay } = input;
    const owed = replay.steps.filter((s) => s.calls < s.min);
    if (state.status === 'passed' && owed.length === 0)
        return undefined;
    if (input.runError !== undefined && input.runError !== null)
        return input.runError;
    if (state.status === 'passed')
        return replay.unconsumed.join('; ') || 'expected calls were not made';
    const failed = input.results.find((h) => h.status === 'failed');
    if (failed !== undefined)
        return `step '${failed.step_id}' failed: ${failed.error ?? ''}`;
    if (state.status === 'failed' && replay.unconsumed.length > 0)
        return replay.unconsumed.join('; ');
    if (state.status === 'paused')
        return `the run paused at step '${state.pending?.step_id ?? '?'}' (waiting for ${state.pending?.kind ?? 'input'})`;
    return `the run ${state.status === 'failed' ? 'failed before its steps ran (see the trace)' : `is ${state.status}`}`;
}

;// CONCATENATED MODULE: ./src/providers/replay/step-verdicts.ts

/** One verdict per runbook step, in runbook order. */
function runbookStepVerdicts(input) {
    const { runbook, state, replay, results } = input;
    const stoppedAt = results.find((h) => h.status === 'failed')?.step_id ?? state.pending?.step_id;
    return runbook.steps.map((step, index) => {
        const result = results.findLast((h) => h.step_index === index);
        const scenarioSteps = replay.calls
            .filter((c) => c.step_id === step.id && c.scenario_index !== null)
            .map((c) => c.scenario_index);
        const base = { id: step.id, type: step.type, scenarioSteps };
        if (result?.status === 'passed')
            return { ...base, status: 'passed', result };
        if (result !== undefined)
            return { ...base, status: 'failed', result, detail: failure(result) };
        if (state.status === 'paused' && state.pending?.step_index === index)
            return { ...base, status: 'paused', detail: replayError(input) ?? 'the run paused here' };
        const why = stoppedAt !== undefined
            ? `not reached: the run stopped at step '${stoppedAt}'`
            : `not reached: ${replayError(input) ?? 'the run ended before it'}`;
        return { ...base, status: 'not reached', detail: why };
    });
}
function failure(result) {
    const lines = [result.error ?? 'failed'];
    for (const a of result.assertions ?? []) {
        if (a.passed)
            continue;
        const why = [a.message, a.actual === undefined ? undefined : `actual: ${a.actual}`];
        const known = why.filter((w) => w !== undefined);
        if (known.length > 0)
            lines.push(`assertion ${a.kind} ${a.expected} failed: ${known.join('; ')}`);
    }
    return lines.join('\n');
}

// EXTERNAL MODULE: ./src/providers/replay/xml.ts
var xml = __webpack_require__(5049);
;// CONCATENATED MODULE: ./src/providers/replay/report-junit.ts
// The replay verdict for test dashboards: JUnit XML with one <testcase> per runbook step (name =
// step id, classname = runbook name; a failure carries the full reason, argv diff included; a step
// never reached is skipped), plus one testcase for the scenario itself, so that unconsumed
// expectations and a run refused before its first step also show as failures.



/** Renders the JUnit XML report. */
function formatJunitReport(input) {
    const classname = input.runbook.meta.name;
    const verdicts = runbookStepVerdicts(input);
    const cases = [...verdicts.map(stepCase), scenarioCase(input, verdicts)];
    const failures = cases.filter((c) => c.failure !== undefined).length;
    const skipped = cases.filter((c) => c.skipped !== undefined).length;
    const seconds = cases.reduce((sum, c) => sum + c.seconds, 0).toFixed(3);
    const counts = `tests="${cases.length}" failures="${failures}" errors="0" skipped="${skipped}" time="${seconds}"`;
    const props = [
        ['scenario', input.replay.scenario.name],
        ['scenario_file', input.replay.scenario.file],
        ['run_id', input.state.run_id],
        ['mode', input.state.mode]
    ];
    return [
        '<?xml version="1.0" encoding="UTF-8"?>',
        `<testsuites name="runbook replay" ${counts}>`,
        `  <testsuite name="${(0,xml/* xmlEscape */.f)(classname, true)}" ${counts} timestamp="${(0,xml/* xmlEscape */.f)(input.state.started_at, true)}">`,
        '    <properties>',
        ...props.map(([n, v]) => `      <property name="${n}" value="${(0,xml/* xmlEscape */.f)(v, true)}"/>`),
        '    </properties>',
        ...cases.map((c) => testcase(c, classname)),
        '  </testsuite>',
        '</testsuites>',
        ''
    ].join('\n');
}
function testcase(c, classname) {
    const open = `    <testcase name="${(0,xml/* xmlEscape */.f)(c.name, true)}" classname="${(0,xml/* xmlEscape */.f)(classname, true)}" time="${c.seconds.toFixed(3)}"`;
    if (c.skipped !== undefined)
        return `${open}>\n      <skipped message="${(0,xml/* xmlEscape */.f)(c.skipped, true)}"/>\n    </testcase>`;
    if (c.failure === undefined)
        return `${open}/>`;
    const [type, text] = c.failure;
    const message = text.split('\n')[0] ?? '';
    return `${open}>\n      <failure message="${(0,xml/* xmlEscape */.f)(message, true)}" type="${type}">${(0,xml/* xmlEscape */.f)(text)}</failure>\n    </testcase>`;
}
function stepCase(v) {
    const seconds = (v.result?.duration_ms ?? 0) / 1000;
    const detail = v.detail ?? v.status;
    if (v.status === 'failed') {
        const type = detail.startsWith('replay: ') ? 'ReplayMismatch' : 'StepFailure';
        return { name: v.id, seconds, failure: [type, detail] };
    }
    if (v.status === 'paused')
        return { name: v.id, seconds, failure: ['Paused', detail] };
    if (v.status === 'not reached')
        return { name: v.id, seconds, skipped: detail };
    return { name: v.id, seconds };
}
function scenarioCase(input, verdicts) {
    const name = `(scenario) ${input.replay.scenario.name}`;
    const result = verifyResult(input);
    if (result.passed)
        return { name, seconds: 0 };
    if (verdicts.some((v) => v.status === 'failed' || v.status === 'paused'))
        return { name, seconds: 0, skipped: 'not checked: the run stopped at a failed or paused step' };
    const owed = result.steps.filter((s) => !s.passed);
    const text = [
        result.error ?? 'the replay did not pass',
        ...owed.map((s) => `step ${s.index + 1}: ${s.label}: ${s.call_count} call(s), min ${s.min}`)
    ].join('\n');
    return {
        name,
        seconds: 0,
        failure: [owed.length > 0 ? 'UnconsumedExpectation' : 'RunFailure', text]
    };
}

;// CONCATENATED MODULE: ./src/providers/replay/report-text.ts
// The replay verdict for people: each runbook step with its outcome (failures in full, argv diff
// included), then the scenario's steps in cli-replay's verify wording.


const MARK = { passed: '✓', failed: '✗', paused: '…', 'not reached': '-' };
/** Renders the text report. */
function formatTextReport(input) {
    const result = verifyResult(input);
    const file = input.replay.scenario.file.replace(/^.*[\\/]/, '');
    const lines = [
        `Replay of runbook '${input.runbook.meta.name}' with scenario '${result.scenario}' (${file}), run ${result.session}: ${result.passed ? 'PASSED' : 'FAILED'}`,
        '',
        'Runbook steps:'
    ];
    const verdicts = runbookStepVerdicts(input);
    const width = Math.max(...verdicts.map((v) => v.id.length));
    for (const v of verdicts) {
        const answered = v.scenarioSteps.length === 0
            ? ''
            : `  <- scenario step ${v.scenarioSteps.map((i) => i + 1).join(', ')}`;
        lines.push(`  ${MARK[v.status]} ${v.id.padEnd(width)}  ${v.status}${answered}`);
        if (v.status !== 'passed' && v.detail !== undefined)
            lines.push(...v.detail.split('\n').map((l) => `      ${l}`));
    }
    const complete = result.steps.every((s) => s.passed);
    lines.push('', `${complete ? '✓' : '✗'} Scenario "${result.scenario}" ${complete ? 'completed' : 'incomplete'}: ${result.consumed_steps}/${result.total_steps} steps consumed`);
    for (const s of result.steps) {
        const calls = `${s.call_count} call${s.call_count === 1 ? '' : 's'}`;
        lines.push(`  Step ${s.index + 1}: ${s.label} — ${calls} (min: ${s.min}, max: ${s.max}) ${s.passed ? '✓' : '✗'}`);
    }
    return `${lines.join('\n')}\n`;
}

;// CONCATENATED MODULE: ./src/providers/replay/report.ts
// `--report text|json|junit`: the replay verdict in the chosen format. JSON is cli-replay's verify
// JSON (compact, one line, as its FormatJSON writes it).




/** Renders the replay report in `format`. */
function renderReplayReport(format, input) {
    if (format === 'json')
        return `${JSON.stringify(verifyResult(input))}\n`;
    return format === 'junit' ? formatJunitReport(input) : formatTextReport(input);
}

// EXTERNAL MODULE: ./src/cli/output-file.ts
var output_file = __webpack_require__(7264);
;// CONCATENATED MODULE: ./src/cli/replay-support.ts


/** Writes the replay report to --report-file, or to stdout; false (after saying why) when it cannot. */
async function writeReplayReport(opts, input, io) {
    if (opts.report === undefined)
        return true;
    const text = renderReplayReport(opts.report, {
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
    return (0,output_file/* writeOutputFile */.B)(io, opts.reportFile, text, `replay report (${opts.report})`);
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

/***/ 5049:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ xmlEscape)
/* harmony export */ });
// XML 1.0 text and attribute escaping for the JUnit report. Characters XML 1.0 cannot carry at
// all (most C0 controls, lone surrogates, U+FFFE/U+FFFF) become U+FFFD instead of breaking it.
const ENTITIES = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '"': '&quot;',
    "'": '&apos;',
    '\n': '&#10;',
    '\r': '&#13;',
    '\t': '&#9;'
};
/** Escapes text for element content (`attribute` false) or a double-quoted attribute value. */
function xmlEscape(text, attribute = false) {
    const special = attribute ? /[&<>"'\n\r\t]/g : /[&<>]/g;
    return validXml(text).replace(special, (c) => ENTITIES[c] ?? c);
}
function validXml(text) {
    let out = '';
    for (const ch of text) {
        const c = ch.codePointAt(0) ?? 0;
        const ok = c === 0x9 ||
            c === 0xa ||
            c === 0xd ||
            (c >= 0x20 && c <= 0xd7ff) ||
            (c >= 0xe000 && c <= 0xfffd) ||
            c >= 0x10000;
        out += ok ? ch : '\uFFFD';
    }
    return out;
}


/***/ })

};
