export const id = 601;
export const ids = [601];
export const modules = {

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
// EXTERNAL MODULE: ./src/app/load.ts
var load = __webpack_require__(4523);
// EXTERNAL MODULE: ./src/app/start.ts + 7 modules
var start = __webpack_require__(3385);
// EXTERNAL MODULE: ./src/app/deps.ts + 9 modules
var deps = __webpack_require__(5644);
// EXTERNAL MODULE: ./src/cli/exit-codes.ts
var exit_codes = __webpack_require__(8551);
// EXTERNAL MODULE: ./src/cli/outcome.ts
var cli_outcome = __webpack_require__(6358);
// EXTERNAL MODULE: ./src/runbook/duration.ts
var duration = __webpack_require__(6174);
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
                lines.push(`    timeout:  ${(0,duration/* formatDuration */.a3)(s.timeout_ms)}`);
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

// EXTERNAL MODULE: ./src/cli/replay-support.ts + 5 modules
var replay_support = __webpack_require__(4472);
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
