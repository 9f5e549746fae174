export const id = 113;
export const ids = [113];
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

/***/ 7113:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  AUTO_MIN_SCENARIOS: () => (/* reexport */ AUTO_MIN_SCENARIOS),
  RUNBOOK_TEST_SCHEMA: () => (/* reexport */ RUNBOOK_TEST_SCHEMA),
  byPath: () => (/* reexport */ byPath),
  closingLine: () => (/* reexport */ closingLine),
  coverageJson: () => (/* reexport */ coverageJson),
  coverageOf: () => (/* reexport */ coverageOf),
  coverageText: () => (/* reexport */ coverageText),
  findRunbooks: () => (/* reexport */ findRunbooks),
  jsonReport: () => (/* reexport */ jsonReport),
  junitReport: () => (/* reexport */ junitReport),
  lcov: () => (/* reexport */ lcov),
  parseExpectations: () => (/* reexport */ parseExpectations),
  parseInputs: () => (/* reexport */ parseInputs),
  runTests: () => (/* reexport */ runTests),
  runbookName: () => (/* reexport */ runbookName),
  scenarioText: () => (/* reexport */ scenarioText),
  scenariosOf: () => (/* reexport */ scenariosOf),
  serveWorker: () => (/* reexport */ serveWorker),
  shown: () => (/* reexport */ shown),
  tally: () => (/* reexport */ tally),
  textReport: () => (/* reexport */ textReport)
});

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
;// CONCATENATED MODULE: ./src/app/test/coverage.ts
/** Coverage of `runbook` by the results of its scenarios (errors contribute nothing). */
function coverageOf(file, runbook, source, results) {
    const line = (path) => source?.locate(path).line ?? 0;
    const count = (pred) => results.filter(pred).length;
    const steps = runbook.steps.map((s, i) => ({
        id: s.id,
        line: line(['steps', i]),
        hits: count((r) => r.reached.includes(s.id))
    }));
    const assertions = runbook.steps.flatMap((s, i) => (s.assertions ?? []).map((_, j) => {
        const seen = results.map((r) => r.assertions.filter((a) => a.step === s.id && a.index === j));
        return {
            step: s.id,
            index: j,
            line: line(['steps', i, 'assertions', j]),
            passed: seen.filter((list) => list.some((a) => a.passed)).length,
            failed: seen.filter((list) => list.some((a) => !a.passed)).length
        };
    }));
    const guards = runbook.steps.flatMap((s, i) => s.when === undefined
        ? []
        : [
            {
                step: s.id,
                line: line(['steps', i, 'when']),
                taken: count((r) => (r.guards ?? []).some((g) => g.step === s.id && g.taken)),
                notTaken: count((r) => (r.guards ?? []).some((g) => g.step === s.id && !g.taken))
            }
        ]);
    const outcomes = runbook.steps.flatMap((s, i) => (s.outcomes ?? []).map((o, j) => ({
        step: s.id,
        index: j,
        line: line(['steps', i, 'outcomes', j]),
        state: o.state,
        reached: count((r) => r.outcomeReached?.step === s.id && r.outcomeReached.index === j)
    })));
    const stepsCovered = steps.filter((s) => s.hits > 0).length;
    const passedSeen = assertions.filter((a) => a.passed > 0).length;
    const failedSeen = assertions.filter((a) => a.failed > 0).length;
    const takenSeen = guards.filter((g) => g.taken > 0).length;
    const notTakenSeen = guards.filter((g) => g.notTaken > 0).length;
    const outcomesReached = outcomes.filter((o) => o.reached > 0).length;
    const items = steps.length + 2 * assertions.length + 2 * guards.length + outcomes.length;
    const itemsCovered = stepsCovered + passedSeen + failedSeen + takenSeen + notTakenSeen + outcomesReached;
    return {
        runbook: file,
        steps,
        assertions,
        guards,
        outcomes,
        totals: {
            steps: steps.length,
            stepsCovered,
            assertions: assertions.length,
            assertionsPassedSeen: passedSeen,
            assertionsFailedSeen: failedSeen,
            assertionsBothWays: assertions.filter((a) => a.passed > 0 && a.failed > 0).length,
            guards: guards.length,
            guardsTakenSeen: takenSeen,
            guardsNotTakenSeen: notTakenSeen,
            guardsBothWays: guards.filter((g) => g.taken > 0 && g.notTaken > 0).length,
            outcomes: outcomes.length,
            outcomesReached,
            items,
            itemsCovered,
            percent: items === 0 ? 100 : Math.floor((1000 * itemsCovered) / items) / 10
        }
    };
}
/**
 * lcov tracefile: steps are functions and lines (FN/DA); branches (BRDA) are each assertion's pass
 * and fail, each guard's taken and not taken (on the `when` line), and each step's outcomes (one
 * block per step, one branch per outcome, on the outcome's line).
 */
function lcov(coverages) {
    const out = [];
    for (const c of coverages) {
        out.push('TN:', `SF:${c.runbook}`);
        for (const s of c.steps)
            out.push(`FN:${s.line},${s.id}`);
        for (const s of c.steps)
            out.push(`FNDA:${s.hits},${s.id}`);
        out.push(`FNF:${c.steps.length}`, `FNH:${c.totals.stepsCovered}`);
        let block = 0;
        for (const a of c.assertions) {
            out.push(`BRDA:${a.line},${block},0,${a.passed}`, `BRDA:${a.line},${block},1,${a.failed}`);
            block++;
        }
        for (const g of c.guards) {
            out.push(`BRDA:${g.line},${block},0,${g.taken}`, `BRDA:${g.line},${block},1,${g.notTaken}`);
            block++;
        }
        for (const step of new Set(c.outcomes.map((o) => o.step))) {
            for (const o of c.outcomes.filter((x) => x.step === step))
                out.push(`BRDA:${o.line},${block},${o.index},${o.reached}`);
            block++;
        }
        const t = c.totals;
        out.push(`BRF:${2 * t.assertions + 2 * t.guards + t.outcomes}`, `BRH:${t.assertionsPassedSeen + t.assertionsFailedSeen + t.guardsTakenSeen + t.guardsNotTakenSeen + t.outcomesReached}`);
        const lines = new Map();
        for (const s of c.steps)
            lines.set(s.line, Math.max(lines.get(s.line) ?? 0, s.hits));
        for (const [l, hits] of [...lines].sort((a, b) => a[0] - b[0]))
            out.push(`DA:${l},${hits}`);
        out.push(`LF:${lines.size}`, `LH:${[...lines.values()].filter((h) => h > 0).length}`);
        out.push('end_of_record');
    }
    return `${out.join('\n')}\n`;
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./src/app/test/discover.ts


const SKIP_DIRS = new Set(['node_modules', '.git']);
const SIDE_FILE = /\.(evidence|test|inputs)\.ya?ml$/i;
const YAML = /\.ya?ml$/i;
/** The runbook files under `paths` (files are taken as they are; directories are walked). */
async function findRunbooks(cwd, paths) {
    const found = new Set();
    const missing = [];
    for (const p of paths) {
        const abs = (0,external_node_path_.resolve)(cwd, p);
        let isDir;
        try {
            isDir = (await (0,promises_.stat)(abs)).isDirectory();
        }
        catch {
            missing.push(p);
            continue;
        }
        if (!isDir)
            found.add(abs);
        else
            for (const f of await walk(abs))
                if (await isRunbook(f))
                    found.add(f);
    }
    return { runbooks: [...found].sort(byPath), missing };
}
/** The scenarios of one runbook, sorted by name. */
async function scenariosOf(runbook) {
    const dir = (0,external_node_path_.dirname)(runbook);
    const name = runbookName(runbook);
    const out = [];
    for (const ext of ['yaml', 'yml']) {
        const single = (0,external_node_path_.join)(dir, `${name}.scenario.${ext}`);
        if (await isFile(single))
            out.push(await beside(single, `${name}.scenario`));
    }
    const many = (0,external_node_path_.join)(dir, `${name}.scenarios`);
    for (const entry of await list(many))
        if (entry.isFile() && YAML.test(entry.name) && !SIDE_FILE.test(entry.name))
            out.push(await beside((0,external_node_path_.join)(many, entry.name), entry.name.replace(YAML, '')));
    const gert = (0,external_node_path_.join)(dir, 'scenarios', name);
    for (const entry of await list(gert)) {
        if (!entry.isDirectory())
            continue;
        const caseDir = (0,external_node_path_.join)(gert, entry.name);
        const files = {
            scenario: await existing((0,external_node_path_.join)(caseDir, 'scenario.yaml')),
            test: await existing((0,external_node_path_.join)(caseDir, 'test.yaml')),
            inputs: await existing((0,external_node_path_.join)(caseDir, 'inputs.yaml'))
        };
        if (files.scenario === undefined && files.test === undefined && files.inputs === undefined)
            continue;
        out.push({
            name: entry.name,
            dir: caseDir,
            ...(files.scenario === undefined ? {} : { scenario: files.scenario }),
            ...(files.test === undefined ? {} : { test: files.test }),
            ...(files.inputs === undefined ? {} : { inputs: files.inputs })
        });
    }
    return out.sort((a, b) => byPath(a.scenario ?? a.dir, b.scenario ?? b.dir));
}
/** NAME of dir/NAME.yaml (or gert's dir/NAME.runbook.yaml). */
function runbookName(file) {
    return (0,external_node_path_.basename)(file)
        .replace(YAML, '')
        .replace(/\.runbook$/, '');
}
/** A path relative to `cwd` with `/` separators (reports never hold the machine's absolute paths). */
function shown(cwd, file) {
    const rel = (0,external_node_path_.relative)(cwd, file);
    return (rel === '' ? '.' : rel).split(external_node_path_.sep).join('/');
}
async function beside(scenario, name) {
    const stem = scenario.replace(YAML, '');
    const test = (await existing(`${stem}.test.yaml`)) ?? (await existing(`${stem}.test.yml`));
    const inputs = (await existing(`${stem}.inputs.yaml`)) ?? (await existing(`${stem}.inputs.yml`));
    return {
        name,
        scenario,
        dir: (0,external_node_path_.dirname)(scenario),
        ...(test === undefined ? {} : { test }),
        ...(inputs === undefined ? {} : { inputs })
    };
}
async function walk(dir) {
    const out = [];
    for (const entry of await list(dir)) {
        if (entry.name.startsWith('.') || SKIP_DIRS.has(entry.name))
            continue;
        const path = (0,external_node_path_.join)(dir, entry.name);
        if (entry.isDirectory())
            out.push(...(await walk(path)));
        else if (entry.isFile() && YAML.test(entry.name) && !SIDE_FILE.test(entry.name))
            out.push(path);
    }
    return out;
}
/** A runbook says so on its own: `apiVersion: runbook/...` at the top level. */
async function isRunbook(file) {
    try {
        const head = (await (0,promises_.readFile)(file, 'utf8')).slice(0, 64 * 1024);
        return /^apiVersion:\s*["']?runbook\//m.test(head);
    }
    catch {
        return false;
    }
}
async function list(dir) {
    try {
        return (await (0,promises_.readdir)(dir, { withFileTypes: true })).sort((a, b) => byPath(a.name, b.name));
    }
    catch {
        return [];
    }
}
async function isFile(path) {
    try {
        return (await (0,promises_.stat)(path)).isFile();
    }
    catch {
        return false;
    }
}
async function existing(path) {
    return (await isFile(path)) ? path : undefined;
}
/** Code-point order, the same on every machine and locale. */
function byPath(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}

// EXTERNAL MODULE: ./src/runbook/index.ts + 36 modules
var src_runbook = __webpack_require__(9059);
// EXTERNAL MODULE: ./src/app/errors.ts
var errors = __webpack_require__(5860);
// EXTERNAL MODULE: ./src/app/load.ts
var load = __webpack_require__(4523);
// EXTERNAL MODULE: ./src/app/start.ts + 3 modules
var start = __webpack_require__(4980);
;// CONCATENATED MODULE: ./src/app/test/decisions-seen.ts
/** The run's decision records and how it finished: all decisionsSeen() needs of its trace. */
function isDecisive(record) {
    return record.type === 'decision_recorded' || record.type === 'run_finished';
}
/** The decisions among `records`; a guard that could not be evaluated counts neither way. */
function decisionsSeen(records, runbook) {
    const guards = [];
    // Outcome conditions found false, per step index: the first outcome not among them is the one
    // that ended the run (outcomes without `when` hold, and record no decision).
    const falseOutcomes = new Map();
    let ended;
    for (const r of records) {
        if (r.type === 'decision_recorded' && r.result !== null) {
            if (r.kind === 'guard')
                guards.push({ step: r.step_id, taken: r.result });
            else if (!r.result && r.outcome_index !== undefined) {
                const set = falseOutcomes.get(r.step_index) ?? new Set();
                set.add(r.outcome_index);
                falseOutcomes.set(r.step_index, set);
            }
        }
        else if (r.type === 'run_finished' && r.outcome !== undefined)
            ended = r.outcome.step_index;
    }
    if (ended === undefined)
        return { guards };
    const step = runbook.steps[ended];
    const skipped = falseOutcomes.get(ended) ?? new Set();
    const index = (step?.outcomes ?? []).findIndex((_, j) => !skipped.has(j));
    return step === undefined || index === -1
        ? { guards }
        : { guards, outcome: { step: step.id, index } };
}

;// CONCATENATED MODULE: ./src/app/test/evaluate.ts
/** Statuses a later engine may give steps that never started (guards, outcomes). */
const NOT_STARTED = new Set(['not_taken', 'not_reached']);
/** Step ids the run started, in order (a step it paused at counts). */
function reachedSteps(state) {
    const out = [];
    for (const r of state.history)
        if (!NOT_STARTED.has(r.status) && !out.includes(r.step_id))
            out.push(r.step_id);
    const pending = state.pending?.step_id;
    if (pending !== undefined && !out.includes(pending))
        out.push(pending);
    return out;
}
/** Every assertion outcome the run recorded. */
function assertionsSeen(state) {
    return state.history.flatMap((r) => (r.assertions ?? []).map((a) => ({ step: r.step_id, index: a.index, passed: a.passed })));
}
/** The outcome as gert names it: the run's named outcome, else completed / error. */
function outcomeOf(state) {
    const named = state.outcome?.state;
    if (typeof named === 'string')
        return named;
    return state.status === 'passed'
        ? 'completed'
        : state.status === 'failed'
            ? 'error'
            : state.status;
}
/** Everything the run shows that the expectations do not allow. */
function evaluate(x, run) {
    const { state } = run;
    const at = (key) => run.testFile === undefined || x.lines[key] === undefined
        ? {}
        : { file: run.testFile, line: x.lines[key] };
    const failures = [...statusFailures(x, run, at)];
    if (x.outcome !== undefined && outcomeOf(state) !== x.outcome)
        failures.push({
            kind: 'outcome',
            message: `expected outcome '${x.outcome}', got '${outcomeOf(state)}'`,
            ...at('expected_outcome')
        });
    for (const [name, check] of Object.entries(x.captures)) {
        const problem = captureProblem(check, state.captures.get(name));
        if (problem !== undefined)
            failures.push({
                kind: 'capture',
                message: `capture '${name}': ${problem}`,
                ...at(`expected_captures.${name}`)
            });
    }
    const reached = reachedSteps(state);
    for (const id of x.mustReach)
        if (!reached.includes(id))
            failures.push({
                kind: 'must_reach',
                message: `step '${id}' was never reached (must_reach)`,
                step: id,
                ...at(`must_reach.${id}`)
            });
    for (const id of x.mustNotReach)
        if (reached.includes(id))
            failures.push({
                kind: 'must_not_reach',
                message: `step '${id}' was reached, but must not be (must_not_reach)`,
                step: id,
                ...at(`must_not_reach.${id}`)
            });
    for (const [id, want] of Object.entries(x.stepStatus)) {
        const got = lastResult(state.history, id)?.status ??
            (state.pending?.step_id === id ? 'paused' : undefined);
        if (got !== want)
            failures.push({
                kind: 'step_status',
                message: got === undefined
                    ? `step '${id}' never ran; expected status '${want}'`
                    : `step '${id}': expected status '${want}', got '${got}'`,
                step: id,
                ...at(`expected_step_status.${id}`)
            });
    }
    x.chain.forEach((want, i) => {
        const got = i === 0 ? run.runbookName : undefined;
        if (got === undefined || !(got === want || got.includes(want)))
            failures.push({
                kind: 'chain',
                message: got === undefined
                    ? `chain[${i}]: expected '${want}', but this runbook invokes no other runbook`
                    : `chain[${i}]: expected '${want}', got '${got}'`,
                ...at('expected_chain')
            });
    });
    return failures;
}
function statusFailures(x, run, at) {
    const { state } = run;
    const failed = state.history.findLast((r) => r.status === 'failed');
    const unconsumed = unconsumedFailures(run);
    if (state.status !== x.status) {
        const why = failed?.error ??
            run.runError ??
            (state.pending === undefined ? undefined : pendingText(state));
        const out = [
            {
                kind: 'status',
                message: `the run ${state.status === 'paused' ? 'paused' : state.status}, expected it to ${x.status === 'passed' ? 'pass' : x.status === 'failed' ? 'fail' : 'pause'}${failed === undefined ? '' : ` (step '${failed.step_id}' failed)`}`,
                ...(failed === undefined
                    ? state.pending === undefined
                        ? {}
                        : { step: state.pending.step_id }
                    : { step: failed.step_id }),
                ...(why === undefined || why === null ? {} : { detail: why }),
                ...at('expected_status')
            }
        ];
        // An expectation the scenario holds but the run never used is the reason, at the scenario's line.
        return failed === undefined ? [...out, ...unconsumed] : out;
    }
    if (x.failure === undefined)
        return [];
    const { step, message, messageText } = x.failure;
    if (failed === undefined)
        return [
            {
                kind: 'failure',
                message: `expected step '${step}' to fail, but no step failed${run.runError === null ? '' : ` (the run failed: ${firstLine(run.runError)})`}`,
                step,
                ...at('expected_failure')
            },
            ...unconsumed
        ];
    if (failed.step_id !== step)
        return [
            {
                kind: 'failure',
                message: `expected step '${step}' to fail, but step '${failed.step_id}' failed`,
                step: failed.step_id,
                ...(failed.error === null ? {} : { detail: failed.error }),
                ...at('expected_failure')
            }
        ];
    if (message !== undefined && !message.test(failed.error ?? ''))
        return [
            {
                kind: 'failure',
                message: `step '${step}' failed, but its error does not match /${messageText ?? ''}/`,
                step,
                ...(failed.error === null ? {} : { detail: failed.error }),
                ...at('expected_failure')
            }
        ];
    return [];
}
/** One failure per scenario step called fewer times than its min, at the scenario's line. */
function unconsumedFailures(run) {
    if (!run.replay.finished)
        return [];
    return run.replay.steps
        .filter((s) => s.calls < s.min)
        .map((s) => ({
        kind: 'unconsumed',
        message: `scenario step ${s.index + 1} '${s.label}' was called ${s.calls} time(s), expected at least ${s.min} (unconsumed expectation)`,
        file: run.scenarioFile,
        line: s.line
    }));
}
function pendingText(state) {
    const p = state.pending;
    if (p === undefined)
        return '';
    return `waiting at step '${p.step_id}' for ${p.kind === 'confirmation' ? 'a confirmation' : `evidence ${p.evidence.join(', ') || '(none)'} and ${p.approvals_needed} approval(s)`}`;
}
function lastResult(history, id) {
    return history.findLast((r) => r.step_id === id);
}
function firstLine(text) {
    return text.split('\n')[0] ?? '';
}
/** Why `actual` does not satisfy `check`; undefined when it does (gert's three forms). */
function captureProblem(check, actual) {
    if (actual === undefined)
        return `never captured; expected ${JSON.stringify(check.text)}`;
    if (check.kind === 'exact')
        return actual === check.text
            ? undefined
            : `expected ${JSON.stringify(check.text)}, got ${JSON.stringify(actual)}`;
    if (check.kind === 'regex')
        return check.regex.test(actual)
            ? undefined
            : `value ${JSON.stringify(actual)} does not match ${check.text}`;
    const n = Number(actual.trim());
    if (actual.trim() === '' || !Number.isFinite(n))
        return `expected a number ${check.text}, got ${JSON.stringify(actual)}`;
    const ok = check.op === '>'
        ? n > check.value
        : check.op === '<'
            ? n < check.value
            : check.op === '>='
                ? n >= check.value
                : check.op === '<='
                    ? n <= check.value
                    : check.op === '=='
                        ? n === check.value
                        : n !== check.value;
    return ok ? undefined : `expected ${check.text}, got ${JSON.stringify(actual)}`;
}

;// CONCATENATED MODULE: ./schema/runbook-test.schema.json
const runbook_test_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://raw.githubusercontent.com/governed-runbook/governed-runbook/main/schema/runbook-test.schema.json","title":"runbook test expectations (test.yaml)","description":"What a replayed scenario must show, beside the scenario (X.test.yaml, or test.yaml in gert\'s scenarios/NAME/CASE/ layout). gert\'s test.yaml fields mean what gert\'s `gert test` makes of them; expected_status and expected_failure are this tool\'s additions. Every field is optional; an absent field is not checked. Without expected_status the run must pass (or, with expected_failure, fail).","type":["object","null"],"additionalProperties":false,"properties":{"scenario":{"type":["string","null"],"description":"gert: the scenario\'s name (informational).","examples":["icm-748724360"]},"description":{"type":["string","null"],"description":"What the scenario shows (shown in reports).","examples":["DNS OK but HTTP 503: the HTTP check escalates"]},"tags":{"type":["array","null"],"items":{"type":"string"},"description":"gert: free labels (informational).","examples":[["happy-path"]]},"expected_outcome":{"type":["string","null"],"minLength":1,"description":"The outcome the run ends with (gert\'s states: resolved, escalated, no_action, needs_rca, ...). A run that ends without an outcome has the outcome \'completed\' when it passed and \'error\' when it failed, as in gert.","examples":["escalated"]},"expected_chain":{"type":["array","null"],"items":{"type":"string"},"description":"gert: the runbooks visited, in order (each entry equal to, or contained in, the runbook\'s name). Runbooks here do not invoke others, so the chain is the runbook alone.","examples":[["login-success-rate-below-target"]]},"expected_captures":{"type":["object","null"],"description":"Captured values (after redaction) at the end of the run: the exact text; `/RE2/` (a regular expression searched in the value); or a number comparison `>N`, `<N`, `>=N`, `<=N`, `==N`, `!=N` (gert\'s forms).","propertyNames":{"pattern":"^[A-Za-z_][A-Za-z0-9_]*$"},"additionalProperties":{"type":"string"},"examples":[{"pod_name":"web-0","restarts":">0","reason":"/CrashLoop/"}]},"must_reach":{"type":["array","null"],"items":{"type":"string","minLength":1},"description":"Step ids the run must start.","examples":[["check_pods"]]},"must_not_reach":{"type":["array","null"],"items":{"type":"string","minLength":1},"description":"Step ids the run must never start.","examples":[["restart_pod"]]},"expected_step_status":{"type":["object","null"],"description":"gert: the final status of steps (passed, failed, skipped, ...).","additionalProperties":{"type":"string","minLength":1},"examples":[{"check_pods":"passed"}]},"expected_status":{"enum":["passed","failed","paused",null],"description":"How the run ends. Default: passed, or failed when expected_failure is given.","examples":["failed"]},"expected_failure":{"type":["object","null"],"additionalProperties":false,"required":["step"],"description":"For a negative scenario: the step that fails, and a regular expression (RE2 syntax, searched) its error must match. Implies expected_status: failed.","examples":[{"step":"check_pods","message":"assertion .* failed"}],"properties":{"step":{"type":"string","minLength":1,"description":"The id of the step that fails.","examples":["check_pods"]},"message":{"type":["string","null"],"description":"A regular expression (RE2 syntax) searched in the step\'s error.","examples":["exit code 1"]}}}}}');
// EXTERNAL MODULE: ./src/providers/replay/go-yaml.ts
var go_yaml = __webpack_require__(4322);
// EXTERNAL MODULE: ./src/runbook/schema-runtime.ts
var schema_runtime = __webpack_require__(612);
;// CONCATENATED MODULE: ./src/app/test/runbook-test-validator.generated.ts
/* Generated from schema/runbook-test.schema.json by scripts/gen-validators.mjs. Do not edit: run `npm run gen`. */
// @ts-nocheck

const validate = validate52;
/* harmony default export */ const runbook_test_validator_generated = ((/* unused pure expression or super */ null && (validate52)));
const schema19 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://raw.githubusercontent.com/governed-runbook/governed-runbook/main/schema/runbook-test.schema.json", "title": "runbook test expectations (test.yaml)", "description": "What a replayed scenario must show, beside the scenario (X.test.yaml, or test.yaml in gert's scenarios/NAME/CASE/ layout). gert's test.yaml fields mean what gert's `gert test` makes of them; expected_status and expected_failure are this tool's additions. Every field is optional; an absent field is not checked. Without expected_status the run must pass (or, with expected_failure, fail).", "type": ["object", "null"], "additionalProperties": false, "properties": { "scenario": { "type": ["string", "null"], "description": "gert: the scenario's name (informational).", "examples": ["icm-748724360"] }, "description": { "type": ["string", "null"], "description": "What the scenario shows (shown in reports).", "examples": ["DNS OK but HTTP 503: the HTTP check escalates"] }, "tags": { "type": ["array", "null"], "items": { "type": "string" }, "description": "gert: free labels (informational).", "examples": [["happy-path"]] }, "expected_outcome": { "type": ["string", "null"], "minLength": 1, "description": "The outcome the run ends with (gert's states: resolved, escalated, no_action, needs_rca, ...). A run that ends without an outcome has the outcome 'completed' when it passed and 'error' when it failed, as in gert.", "examples": ["escalated"] }, "expected_chain": { "type": ["array", "null"], "items": { "type": "string" }, "description": "gert: the runbooks visited, in order (each entry equal to, or contained in, the runbook's name). Runbooks here do not invoke others, so the chain is the runbook alone.", "examples": [["login-success-rate-below-target"]] }, "expected_captures": { "type": ["object", "null"], "description": "Captured values (after redaction) at the end of the run: the exact text; `/RE2/` (a regular expression searched in the value); or a number comparison `>N`, `<N`, `>=N`, `<=N`, `==N`, `!=N` (gert's forms).", "propertyNames": { "pattern": "^[A-Za-z_][A-Za-z0-9_]*$" }, "additionalProperties": { "type": "string" }, "examples": [{ "pod_name": "web-0", "restarts": ">0", "reason": "/CrashLoop/" }] }, "must_reach": { "type": ["array", "null"], "items": { "type": "string", "minLength": 1 }, "description": "Step ids the run must start.", "examples": [["check_pods"]] }, "must_not_reach": { "type": ["array", "null"], "items": { "type": "string", "minLength": 1 }, "description": "Step ids the run must never start.", "examples": [["restart_pod"]] }, "expected_step_status": { "type": ["object", "null"], "description": "gert: the final status of steps (passed, failed, skipped, ...).", "additionalProperties": { "type": "string", "minLength": 1 }, "examples": [{ "check_pods": "passed" }] }, "expected_status": { "enum": ["passed", "failed", "paused", null], "description": "How the run ends. Default: passed, or failed when expected_failure is given.", "examples": ["failed"] }, "expected_failure": { "type": ["object", "null"], "additionalProperties": false, "required": ["step"], "description": "For a negative scenario: the step that fails, and a regular expression (RE2 syntax, searched) its error must match. Implies expected_status: failed.", "examples": [{ "step": "check_pods", "message": "assertion .* failed" }], "properties": { "step": { "type": "string", "minLength": 1, "description": "The id of the step that fails.", "examples": ["check_pods"] }, "message": { "type": ["string", "null"], "description": "A regular expression (RE2 syntax) searched in the step's error.", "examples": ["exit code 1"] } } } } };
const func1 = Object.prototype.hasOwnProperty;
const func2 = schema_runtime/* ucs2length */.K;
const pattern3 = new RegExp("^[A-Za-z_][A-Za-z0-9_]*$", "u");
function validate52(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
    /*# sourceURL="https://raw.githubusercontent.com/governed-runbook/governed-runbook/main/schema/runbook-test.schema.json" */ ;
    let vErrors = null;
    let errors = 0;
    const evaluated0 = validate52.evaluated;
    if (evaluated0.dynamicProps) {
        evaluated0.props = undefined;
    }
    if (evaluated0.dynamicItems) {
        evaluated0.items = undefined;
    }
    if ((!(data && typeof data == "object" && !Array.isArray(data))) && (data !== null)) {
        const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema19.type }, message: "must be object,null", schema: schema19.type, parentSchema: schema19, data };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    if (data && typeof data == "object" && !Array.isArray(data)) {
        for (const key0 in data) {
            if (!(func1.call(schema19.properties, key0))) {
                const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema19, data };
                if (vErrors === null) {
                    vErrors = [err1];
                }
                else {
                    vErrors.push(err1);
                }
                errors++;
            }
        }
        if (data.scenario !== undefined) {
            let data0 = data.scenario;
            if ((typeof data0 !== "string") && (data0 !== null)) {
                const err2 = { instancePath: instancePath + "/scenario", schemaPath: "#/properties/scenario/type", keyword: "type", params: { type: schema19.properties.scenario.type }, message: "must be string,null", schema: schema19.properties.scenario.type, parentSchema: schema19.properties.scenario, data: data0 };
                if (vErrors === null) {
                    vErrors = [err2];
                }
                else {
                    vErrors.push(err2);
                }
                errors++;
            }
        }
        if (data.description !== undefined) {
            let data1 = data.description;
            if ((typeof data1 !== "string") && (data1 !== null)) {
                const err3 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: schema19.properties.description.type }, message: "must be string,null", schema: schema19.properties.description.type, parentSchema: schema19.properties.description, data: data1 };
                if (vErrors === null) {
                    vErrors = [err3];
                }
                else {
                    vErrors.push(err3);
                }
                errors++;
            }
        }
        if (data.tags !== undefined) {
            let data2 = data.tags;
            if ((!(Array.isArray(data2))) && (data2 !== null)) {
                const err4 = { instancePath: instancePath + "/tags", schemaPath: "#/properties/tags/type", keyword: "type", params: { type: schema19.properties.tags.type }, message: "must be array,null", schema: schema19.properties.tags.type, parentSchema: schema19.properties.tags, data: data2 };
                if (vErrors === null) {
                    vErrors = [err4];
                }
                else {
                    vErrors.push(err4);
                }
                errors++;
            }
            if (Array.isArray(data2)) {
                const len0 = data2.length;
                for (let i0 = 0; i0 < len0; i0++) {
                    let data3 = data2[i0];
                    if (typeof data3 !== "string") {
                        const err5 = { instancePath: instancePath + "/tags/" + i0, schemaPath: "#/properties/tags/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.tags.items.type, parentSchema: schema19.properties.tags.items, data: data3 };
                        if (vErrors === null) {
                            vErrors = [err5];
                        }
                        else {
                            vErrors.push(err5);
                        }
                        errors++;
                    }
                }
            }
        }
        if (data.expected_outcome !== undefined) {
            let data4 = data.expected_outcome;
            if ((typeof data4 !== "string") && (data4 !== null)) {
                const err6 = { instancePath: instancePath + "/expected_outcome", schemaPath: "#/properties/expected_outcome/type", keyword: "type", params: { type: schema19.properties.expected_outcome.type }, message: "must be string,null", schema: schema19.properties.expected_outcome.type, parentSchema: schema19.properties.expected_outcome, data: data4 };
                if (vErrors === null) {
                    vErrors = [err6];
                }
                else {
                    vErrors.push(err6);
                }
                errors++;
            }
            if (typeof data4 === "string") {
                if (func2(data4) < 1) {
                    const err7 = { instancePath: instancePath + "/expected_outcome", schemaPath: "#/properties/expected_outcome/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema19.properties.expected_outcome, data: data4 };
                    if (vErrors === null) {
                        vErrors = [err7];
                    }
                    else {
                        vErrors.push(err7);
                    }
                    errors++;
                }
            }
        }
        if (data.expected_chain !== undefined) {
            let data5 = data.expected_chain;
            if ((!(Array.isArray(data5))) && (data5 !== null)) {
                const err8 = { instancePath: instancePath + "/expected_chain", schemaPath: "#/properties/expected_chain/type", keyword: "type", params: { type: schema19.properties.expected_chain.type }, message: "must be array,null", schema: schema19.properties.expected_chain.type, parentSchema: schema19.properties.expected_chain, data: data5 };
                if (vErrors === null) {
                    vErrors = [err8];
                }
                else {
                    vErrors.push(err8);
                }
                errors++;
            }
            if (Array.isArray(data5)) {
                const len1 = data5.length;
                for (let i1 = 0; i1 < len1; i1++) {
                    let data6 = data5[i1];
                    if (typeof data6 !== "string") {
                        const err9 = { instancePath: instancePath + "/expected_chain/" + i1, schemaPath: "#/properties/expected_chain/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.expected_chain.items.type, parentSchema: schema19.properties.expected_chain.items, data: data6 };
                        if (vErrors === null) {
                            vErrors = [err9];
                        }
                        else {
                            vErrors.push(err9);
                        }
                        errors++;
                    }
                }
            }
        }
        if (data.expected_captures !== undefined) {
            let data7 = data.expected_captures;
            if ((!(data7 && typeof data7 == "object" && !Array.isArray(data7))) && (data7 !== null)) {
                const err10 = { instancePath: instancePath + "/expected_captures", schemaPath: "#/properties/expected_captures/type", keyword: "type", params: { type: schema19.properties.expected_captures.type }, message: "must be object,null", schema: schema19.properties.expected_captures.type, parentSchema: schema19.properties.expected_captures, data: data7 };
                if (vErrors === null) {
                    vErrors = [err10];
                }
                else {
                    vErrors.push(err10);
                }
                errors++;
            }
            if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
                for (const key1 in data7) {
                    const _errs18 = errors;
                    if (typeof key1 === "string") {
                        if (!pattern3.test(key1)) {
                            const err11 = { instancePath: instancePath + "/expected_captures", schemaPath: "#/properties/expected_captures/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_][A-Za-z0-9_]*$" }, message: "must match pattern \"" + "^[A-Za-z_][A-Za-z0-9_]*$" + "\"", schema: "^[A-Za-z_][A-Za-z0-9_]*$", parentSchema: schema19.properties.expected_captures.propertyNames, data: key1, propertyName: key1 };
                            if (vErrors === null) {
                                vErrors = [err11];
                            }
                            else {
                                vErrors.push(err11);
                            }
                            errors++;
                        }
                    }
                    var valid5 = _errs18 === errors;
                    if (!valid5) {
                        const err12 = { instancePath: instancePath + "/expected_captures", schemaPath: "#/properties/expected_captures/propertyNames", keyword: "propertyNames", params: { propertyName: key1 }, message: "property name must be valid", schema: schema19.properties.expected_captures.propertyNames, parentSchema: schema19.properties.expected_captures, data: data7 };
                        if (vErrors === null) {
                            vErrors = [err12];
                        }
                        else {
                            vErrors.push(err12);
                        }
                        errors++;
                    }
                }
                for (const key2 in data7) {
                    let data8 = data7[key2];
                    if (typeof data8 !== "string") {
                        const err13 = { instancePath: instancePath + "/expected_captures/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/expected_captures/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.expected_captures.additionalProperties.type, parentSchema: schema19.properties.expected_captures.additionalProperties, data: data8 };
                        if (vErrors === null) {
                            vErrors = [err13];
                        }
                        else {
                            vErrors.push(err13);
                        }
                        errors++;
                    }
                }
            }
        }
        if (data.must_reach !== undefined) {
            let data9 = data.must_reach;
            if ((!(Array.isArray(data9))) && (data9 !== null)) {
                const err14 = { instancePath: instancePath + "/must_reach", schemaPath: "#/properties/must_reach/type", keyword: "type", params: { type: schema19.properties.must_reach.type }, message: "must be array,null", schema: schema19.properties.must_reach.type, parentSchema: schema19.properties.must_reach, data: data9 };
                if (vErrors === null) {
                    vErrors = [err14];
                }
                else {
                    vErrors.push(err14);
                }
                errors++;
            }
            if (Array.isArray(data9)) {
                const len2 = data9.length;
                for (let i2 = 0; i2 < len2; i2++) {
                    let data10 = data9[i2];
                    if (typeof data10 === "string") {
                        if (func2(data10) < 1) {
                            const err15 = { instancePath: instancePath + "/must_reach/" + i2, schemaPath: "#/properties/must_reach/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema19.properties.must_reach.items, data: data10 };
                            if (vErrors === null) {
                                vErrors = [err15];
                            }
                            else {
                                vErrors.push(err15);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err16 = { instancePath: instancePath + "/must_reach/" + i2, schemaPath: "#/properties/must_reach/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.must_reach.items.type, parentSchema: schema19.properties.must_reach.items, data: data10 };
                        if (vErrors === null) {
                            vErrors = [err16];
                        }
                        else {
                            vErrors.push(err16);
                        }
                        errors++;
                    }
                }
            }
        }
        if (data.must_not_reach !== undefined) {
            let data11 = data.must_not_reach;
            if ((!(Array.isArray(data11))) && (data11 !== null)) {
                const err17 = { instancePath: instancePath + "/must_not_reach", schemaPath: "#/properties/must_not_reach/type", keyword: "type", params: { type: schema19.properties.must_not_reach.type }, message: "must be array,null", schema: schema19.properties.must_not_reach.type, parentSchema: schema19.properties.must_not_reach, data: data11 };
                if (vErrors === null) {
                    vErrors = [err17];
                }
                else {
                    vErrors.push(err17);
                }
                errors++;
            }
            if (Array.isArray(data11)) {
                const len3 = data11.length;
                for (let i3 = 0; i3 < len3; i3++) {
                    let data12 = data11[i3];
                    if (typeof data12 === "string") {
                        if (func2(data12) < 1) {
                            const err18 = { instancePath: instancePath + "/must_not_reach/" + i3, schemaPath: "#/properties/must_not_reach/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema19.properties.must_not_reach.items, data: data12 };
                            if (vErrors === null) {
                                vErrors = [err18];
                            }
                            else {
                                vErrors.push(err18);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err19 = { instancePath: instancePath + "/must_not_reach/" + i3, schemaPath: "#/properties/must_not_reach/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.must_not_reach.items.type, parentSchema: schema19.properties.must_not_reach.items, data: data12 };
                        if (vErrors === null) {
                            vErrors = [err19];
                        }
                        else {
                            vErrors.push(err19);
                        }
                        errors++;
                    }
                }
            }
        }
        if (data.expected_step_status !== undefined) {
            let data13 = data.expected_step_status;
            if ((!(data13 && typeof data13 == "object" && !Array.isArray(data13))) && (data13 !== null)) {
                const err20 = { instancePath: instancePath + "/expected_step_status", schemaPath: "#/properties/expected_step_status/type", keyword: "type", params: { type: schema19.properties.expected_step_status.type }, message: "must be object,null", schema: schema19.properties.expected_step_status.type, parentSchema: schema19.properties.expected_step_status, data: data13 };
                if (vErrors === null) {
                    vErrors = [err20];
                }
                else {
                    vErrors.push(err20);
                }
                errors++;
            }
            if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
                for (const key3 in data13) {
                    let data14 = data13[key3];
                    if (typeof data14 === "string") {
                        if (func2(data14) < 1) {
                            const err21 = { instancePath: instancePath + "/expected_step_status/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/expected_step_status/additionalProperties/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema19.properties.expected_step_status.additionalProperties, data: data14 };
                            if (vErrors === null) {
                                vErrors = [err21];
                            }
                            else {
                                vErrors.push(err21);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err22 = { instancePath: instancePath + "/expected_step_status/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/expected_step_status/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.expected_step_status.additionalProperties.type, parentSchema: schema19.properties.expected_step_status.additionalProperties, data: data14 };
                        if (vErrors === null) {
                            vErrors = [err22];
                        }
                        else {
                            vErrors.push(err22);
                        }
                        errors++;
                    }
                }
            }
        }
        if (data.expected_status !== undefined) {
            let data15 = data.expected_status;
            if (!((((data15 === "passed") || (data15 === "failed")) || (data15 === "paused")) || (data15 === null))) {
                const err23 = { instancePath: instancePath + "/expected_status", schemaPath: "#/properties/expected_status/enum", keyword: "enum", params: { allowedValues: schema19.properties.expected_status.enum }, message: "must be equal to one of the allowed values", schema: schema19.properties.expected_status.enum, parentSchema: schema19.properties.expected_status, data: data15 };
                if (vErrors === null) {
                    vErrors = [err23];
                }
                else {
                    vErrors.push(err23);
                }
                errors++;
            }
        }
        if (data.expected_failure !== undefined) {
            let data16 = data.expected_failure;
            if ((!(data16 && typeof data16 == "object" && !Array.isArray(data16))) && (data16 !== null)) {
                const err24 = { instancePath: instancePath + "/expected_failure", schemaPath: "#/properties/expected_failure/type", keyword: "type", params: { type: schema19.properties.expected_failure.type }, message: "must be object,null", schema: schema19.properties.expected_failure.type, parentSchema: schema19.properties.expected_failure, data: data16 };
                if (vErrors === null) {
                    vErrors = [err24];
                }
                else {
                    vErrors.push(err24);
                }
                errors++;
            }
            if (data16 && typeof data16 == "object" && !Array.isArray(data16)) {
                if (data16.step === undefined) {
                    const err25 = { instancePath: instancePath + "/expected_failure", schemaPath: "#/properties/expected_failure/required", keyword: "required", params: { missingProperty: "step" }, message: "must have required property '" + "step" + "'", schema: schema19.properties.expected_failure.required, parentSchema: schema19.properties.expected_failure, data: data16 };
                    if (vErrors === null) {
                        vErrors = [err25];
                    }
                    else {
                        vErrors.push(err25);
                    }
                    errors++;
                }
                for (const key4 in data16) {
                    if (!((key4 === "step") || (key4 === "message"))) {
                        const err26 = { instancePath: instancePath + "/expected_failure", schemaPath: "#/properties/expected_failure/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema19.properties.expected_failure, data: data16 };
                        if (vErrors === null) {
                            vErrors = [err26];
                        }
                        else {
                            vErrors.push(err26);
                        }
                        errors++;
                    }
                }
                if (data16.step !== undefined) {
                    let data17 = data16.step;
                    if (typeof data17 === "string") {
                        if (func2(data17) < 1) {
                            const err27 = { instancePath: instancePath + "/expected_failure/step", schemaPath: "#/properties/expected_failure/properties/step/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema19.properties.expected_failure.properties.step, data: data17 };
                            if (vErrors === null) {
                                vErrors = [err27];
                            }
                            else {
                                vErrors.push(err27);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err28 = { instancePath: instancePath + "/expected_failure/step", schemaPath: "#/properties/expected_failure/properties/step/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.expected_failure.properties.step.type, parentSchema: schema19.properties.expected_failure.properties.step, data: data17 };
                        if (vErrors === null) {
                            vErrors = [err28];
                        }
                        else {
                            vErrors.push(err28);
                        }
                        errors++;
                    }
                }
                if (data16.message !== undefined) {
                    let data18 = data16.message;
                    if ((typeof data18 !== "string") && (data18 !== null)) {
                        const err29 = { instancePath: instancePath + "/expected_failure/message", schemaPath: "#/properties/expected_failure/properties/message/type", keyword: "type", params: { type: schema19.properties.expected_failure.properties.message.type }, message: "must be string,null", schema: schema19.properties.expected_failure.properties.message.type, parentSchema: schema19.properties.expected_failure.properties.message, data: data18 };
                        if (vErrors === null) {
                            vErrors = [err29];
                        }
                        else {
                            vErrors.push(err29);
                        }
                        errors++;
                    }
                }
            }
        }
    }
    validate52.errors = vErrors;
    return errors === 0;
}
validate52.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };

;// CONCATENATED MODULE: ./src/app/test/expectations.ts
// test.yaml (what a replayed scenario must show, in gert's shape plus expected_status and
// expected_failure) and inputs.yaml (the scenario's vars): parsed in stages like every other input:
// YAML with positions -> Go-style decoding (a scalar is its source text, as gert reads it) -> JSON
// Schema -> named rules against the runbook. Pure: the caller reads the files.




const RUNBOOK_TEST_SCHEMA = runbook_test_schema_namespaceObject;
/** What a scenario without test.yaml expects: the run passes. */
const DEFAULT_EXPECTATIONS = {
    chain: [],
    captures: {},
    mustReach: [],
    mustNotReach: [],
    stepStatus: {},
    status: 'passed',
    lines: {}
};
const TEST_SHAPE = {
    fields: {
        scenario: 'string',
        description: 'string',
        tags: { list: 'string' },
        expected_outcome: 'string',
        expected_chain: { list: 'string' },
        expected_captures: { dict: 'string' },
        must_reach: { list: 'string' },
        must_not_reach: { list: 'string' },
        expected_step_status: { dict: 'string' },
        expected_status: 'string',
        expected_failure: { fields: { step: 'string', message: 'string' } }
    }
};
const checkSchema = (0,src_runbook/* createSchemaChecker */.F6)(validate);
const obj = (v) => v !== null && typeof v === 'object' && !Array.isArray(v) ? v : undefined;
const strings = (v) => Array.isArray(v) ? v.filter((x) => typeof x === 'string') : [];
const expectations_text = (v) => (typeof v === 'string' && v !== '' ? v : undefined);
/** Parses test.yaml against the runbook it tests. */
function parseExpectations(raw, file, runbook) {
    const clean = raw.replace(/^\uFEFF/, '');
    const parsed = (0,src_runbook/* parseYamlSource */.WF)(clean, file);
    if (!parsed.ok)
        return { diagnostics: (0,src_runbook/* sortDiagnostics */.Ds)(parsed.diagnostics) };
    const doc = obj((0,go_yaml/* decodeLikeGo */.G)(clean, TEST_SHAPE)) ?? {};
    // An empty string (a null in YAML) means absent, as gert's omitempty fields do.
    for (const [k, v] of Object.entries(doc))
        if (v === '')
            delete doc[k];
    const source = { ...parsed.source, value: doc };
    const schema = parsed.source.value === null ? [] : checkSchema(source);
    if (schema.length > 0)
        return { diagnostics: (0,src_runbook/* sortDiagnostics */.Ds)(schema) };
    return build(doc, source, runbook);
}
function build(doc, source, runbook) {
    const diagnostics = [];
    const ids = new Set(runbook.steps.map((s) => s.id));
    const captureNames = new Set(runbook.steps.flatMap((s) => Object.keys(s.capture ?? {})));
    const lines = {};
    const stepRef = (id, path) => {
        if (!ids.has(id))
            diagnostics.push(source.diag('test-unknown-step', 'error', `no step '${id}' in the runbook; its steps are: ${[...ids].join(', ')}`, path));
    };
    const mustReach = strings(doc.must_reach);
    const mustNotReach = strings(doc.must_not_reach);
    mustReach.forEach((id, i) => stepRef(id, ['must_reach', i]));
    mustNotReach.forEach((id, i) => {
        stepRef(id, ['must_not_reach', i]);
        if (mustReach.includes(id))
            diagnostics.push(source.diag('test-contradiction', 'error', `step '${id}' is in both must_reach and must_not_reach`, ['must_not_reach', i]));
    });
    const stepStatus = {};
    for (const [id, status] of Object.entries(obj(doc.expected_step_status) ?? {})) {
        stepRef(id, ['expected_step_status', id]);
        stepStatus[id] = String(status);
        lines[`expected_step_status.${id}`] = source.locate(['expected_step_status', id]).line;
    }
    const captures = {};
    for (const [name, value] of Object.entries(obj(doc.expected_captures) ?? {})) {
        const path = ['expected_captures', name];
        lines[`expected_captures.${name}`] = source.locate(path).line;
        if (!captureNames.has(name))
            diagnostics.push(source.diag('test-unknown-capture', 'error', `no step captures '${name}'; the runbook captures: ${captureNames.size > 0 ? [...captureNames].join(', ') : '(nothing)'}`, path, { key: true }));
        const check = captureCheck(String(value));
        if (typeof check === 'string')
            diagnostics.push(source.diag('test-regex-invalid', 'error', check, path));
        else
            captures[name] = check;
    }
    const failure = obj(doc.expected_failure);
    let failureCheck;
    if (failure !== undefined) {
        const step = String(failure.step);
        stepRef(step, ['expected_failure', 'step']);
        const message = expectations_text(failure.message);
        let regex;
        if (message !== undefined) {
            const compiled = (0,src_runbook/* compileRegex */.DL)(message);
            if (compiled.ok)
                regex = compiled.regex;
            else
                diagnostics.push(source.diag('test-regex-invalid', 'error', `expected_failure.message ${(0,src_runbook/* preview */.VH)(message)} is not a regular expression: ${compiled.error}`, ['expected_failure', 'message']));
        }
        failureCheck = {
            step,
            ...(regex === undefined ? {} : { message: regex }),
            ...(message === undefined ? {} : { messageText: message })
        };
        lines.expected_failure = source.locate(['expected_failure']).line;
    }
    const status = expectations_text(doc.expected_status);
    if (failureCheck !== undefined && status !== undefined && status !== 'failed')
        diagnostics.push(source.diag('test-contradiction', 'error', `expected_failure says a step fails, so expected_status must be 'failed' (or absent), got '${status}'`, ['expected_status']));
    for (const key of ['expected_outcome', 'expected_status', 'expected_chain', 'must_reach'])
        if (doc[key] !== undefined)
            lines[key] = source.locate([key]).line;
    mustReach.forEach((id, i) => (lines[`must_reach.${id}`] = source.locate(['must_reach', i]).line));
    mustNotReach.forEach((id, i) => (lines[`must_not_reach.${id}`] = source.locate(['must_not_reach', i]).line));
    const sorted = (0,src_runbook/* sortDiagnostics */.Ds)(diagnostics);
    if (sorted.some((d) => d.severity === 'error'))
        return { diagnostics: sorted };
    const description = expectations_text(doc.description);
    const outcome = expectations_text(doc.expected_outcome);
    return {
        diagnostics: sorted,
        expectations: {
            file: source.file,
            ...(description === undefined ? {} : { description }),
            ...(outcome === undefined ? {} : { outcome }),
            chain: strings(doc.expected_chain),
            captures,
            mustReach,
            mustNotReach,
            stepStatus,
            status: status ?? (failureCheck === undefined ? 'passed' : 'failed'),
            ...(failureCheck === undefined ? {} : { failure: failureCheck }),
            lines
        }
    };
}
const NUMBER_OPS = ['>=', '<=', '!=', '==', '>', '<'];
/** gert's three forms: `/re/`, a number comparison, or exact text; a string says what is wrong. */
function captureCheck(expected) {
    if (expected.length >= 2 && expected.startsWith('/') && expected.endsWith('/')) {
        const compiled = (0,src_runbook/* compileRegex */.DL)(expected.slice(1, -1));
        return compiled.ok
            ? { kind: 'regex', text: expected, regex: compiled.regex }
            : `${(0,src_runbook/* preview */.VH)(expected)} is not a regular expression: ${compiled.error}`;
    }
    for (const op of NUMBER_OPS)
        if (expected.startsWith(op)) {
            const value = Number(expected.slice(op.length).trim());
            // gert compares numbers only when the threshold parses; otherwise the comparison fails.
            if (expected.slice(op.length).trim() !== '' && Number.isFinite(value))
                return { kind: 'number', text: expected, op, value };
        }
    return { kind: 'exact', text: expected };
}
/** inputs.yaml: a flat mapping of var names to values; each name must be a var of the runbook. */
function parseInputs(raw, file, runbook) {
    const clean = raw.replace(/^\uFEFF/, '');
    const parsed = (0,src_runbook/* parseYamlSource */.WF)(clean, file);
    if (!parsed.ok)
        return { diagnostics: (0,src_runbook/* sortDiagnostics */.Ds)(parsed.diagnostics) };
    const source = parsed.source;
    if (source.value === null)
        return { vars: {}, diagnostics: [] };
    const decoded = obj((0,go_yaml/* decodeLikeGo */.G)(clean, { dict: 'string' }));
    if (decoded === undefined)
        return {
            diagnostics: [
                source.diag('schema-type', 'error', 'expected a mapping of var names to values', [])
            ]
        };
    const known = Object.keys(runbook.meta.vars ?? {});
    const diagnostics = [];
    const vars = {};
    for (const [name, value] of Object.entries(decoded)) {
        if (value !== null && typeof value === 'object')
            diagnostics.push(source.diag('inputs-not-flat', 'error', `expected a text value for '${name}'`, [name]));
        else if (!known.includes(name))
            diagnostics.push(source.diag('inputs-unknown-var', 'error', `the runbook has no var '${name}'; its vars are: ${known.length > 0 ? known.join(', ') : '(none)'}`, [name], { key: true }));
        else
            vars[name] = typeof value === 'string' ? value : '';
    }
    return diagnostics.length > 0 ? { diagnostics } : { vars, diagnostics };
}

;// CONCATENATED MODULE: ./src/app/test/run-scenario.ts
// One scenario of `runbook test`: read its expectations and inputs, replay the runbook against it
// through the application layer's own replay run (startRunbook: the same providers, engine, run
// directory and trace as `runbook exec --mode replay`), and judge the run. Bad input becomes an
// `error` result with located diagnostics, never a throw.









/** Runs one scenario; never throws for bad input. */
async function runScenario(job, cache) {
    const started = performance.now();
    const base = {
        runbook: shown(job.cwd, job.runbook),
        name: job.scenario.name,
        ...(job.scenario.scenario === undefined
            ? {}
            : { scenario: shown(job.cwd, job.scenario.scenario) }),
        ...(job.scenario.test === undefined ? {} : { test: shown(job.cwd, job.scenario.test) })
    };
    const error = (diagnostics, message) => ({
        ...base,
        status: 'error',
        durationMs: Math.round(performance.now() - started),
        failures: message === undefined || message === '' ? [] : [{ kind: 'input', message }],
        diagnostics: diagnostics.map((d) => ({ ...d, file: shown(job.cwd, d.file) })),
        reached: [],
        assertions: []
    });
    const load = await loadRunbook(job.runbook, cache);
    if (!load.ok)
        return error(load.diagnostics);
    const runnable = load.loaded;
    const prepared = await prepare(job, runnable);
    if ('diagnostics' in prepared)
        return error(prepared.diagnostics, prepared.message);
    const { expectations, inputs } = prepared;
    const warnings = [];
    const decisive = [];
    let outcome;
    try {
        outcome = await (0,start/* startRunbook */.d)(runnable, {
            mode: 'replay',
            scenario: job.scenario.scenario,
            delay: false,
            // inputs.yaml, then --var; the environment is not read (a test means the same everywhere).
            vars: [...Object.entries(inputs).map(([k, v]) => `${k}=${v}`), ...job.vars],
            actor: job.actor,
            runsDir: job.runsDir,
            // A test's run directory is never resumed: it is written without fsync (docs/TESTING.md).
            durable: false
        }, quietIo(job.cwd, warnings, (r) => {
            if (isDecisive(r))
                decisive.push(r);
        }));
    }
    catch (err) {
        if (!(err instanceof errors/* AppError */.u))
            throw err;
        return error(err.diagnostics, err.message);
    }
    if (outcome.kind !== 'run' || outcome.replay === undefined)
        throw new Error('a replay start must return a replay run');
    const state = { ...outcome.state, history: outcome.results };
    const failures = evaluate(expectations, {
        state,
        runbookName: outcome.runbook.meta.name,
        runError: outcome.runError,
        replay: outcome.replay.snapshot(),
        scenarioFile: base.scenario ?? shown(job.cwd, job.scenario.dir),
        ...(base.test === undefined ? {} : { testFile: base.test })
    });
    const decided = decisionsSeen(decisive, outcome.runbook);
    return {
        ...base,
        ...(expectations.description === undefined ? {} : { description: expectations.description }),
        status: failures.length === 0 ? 'passed' : 'failed',
        durationMs: Math.round(performance.now() - started),
        runId: state.run_id,
        runDir: shown(job.cwd, outcome.dir),
        runStatus: state.status,
        outcome: outcomeOf(state),
        failures,
        diagnostics: [],
        reached: reachedSteps(state),
        assertions: assertionsSeen(state),
        guards: decided.guards,
        ...(decided.outcome === undefined ? {} : { outcomeReached: decided.outcome })
    };
}
/**
 * The application layer's ports for a test run: no terminal, no environment, nothing printed;
 * every record the run appends goes to `onRecord`.
 */
function quietIo(cwd, warnings, onRecord) {
    return {
        env: {},
        cwd,
        interactive: false,
        warn: (diagnostics) => warnings.push(...diagnostics),
        note: () => undefined,
        watch: () => ({
            signal: new AbortController().signal,
            onRecord,
            close: () => undefined
        })
    };
}
/** Reads and validates a runbook once per test run. */
function loadRunbook(file, cache) {
    let entry = cache.get(file);
    if (entry === undefined) {
        entry = readRunbook(file);
        cache.set(file, entry);
    }
    return entry;
}
async function readRunbook(file) {
    let bytes;
    try {
        bytes = await (0,promises_.readFile)(file);
    }
    catch (err) {
        return { ok: false, diagnostics: [(0,src_runbook/* fileDiagnostic */.Q5)(file, err)] };
    }
    try {
        return { ok: true, loaded: (0,load/* validateBytes */.q3)(bytes, file) };
    }
    catch (err) {
        if (!(err instanceof errors/* AppError */.u))
            throw err;
        return { ok: false, diagnostics: err.diagnostics };
    }
}
/** Expectations and inputs, and that there is a scenario; or every diagnostic they have. */
async function prepare(job, loaded) {
    const diagnostics = [];
    let expectations = DEFAULT_EXPECTATIONS;
    if (job.scenario.test !== undefined) {
        const text = await readText(job.scenario.test, diagnostics);
        if (text !== undefined) {
            const parsed = parseExpectations(text, job.scenario.test, loaded.runbook);
            diagnostics.push(...parsed.diagnostics.filter((d) => d.severity === 'error'));
            if (parsed.expectations !== undefined)
                expectations = parsed.expectations;
        }
    }
    let inputs = {};
    if (job.scenario.inputs !== undefined) {
        const text = await readText(job.scenario.inputs, diagnostics);
        if (text !== undefined) {
            const parsed = parseInputs(text, job.scenario.inputs, loaded.runbook);
            diagnostics.push(...parsed.diagnostics);
            inputs = parsed.vars ?? {};
        }
    }
    if (job.scenario.scenario === undefined)
        return {
            diagnostics,
            message: `no scenario.yaml in ${shown(job.cwd, job.scenario.dir)}: nothing would answer the runbook's commands`
        };
    return diagnostics.length > 0 ? { diagnostics } : { expectations, inputs };
}
async function readText(file, diagnostics) {
    try {
        return await (0,promises_.readFile)(file, 'utf8');
    }
    catch (err) {
        diagnostics.push((0,src_runbook/* fileDiagnostic */.Q5)(file, err));
        return undefined;
    }
}

// EXTERNAL MODULE: external "node:readline"
var external_node_readline_ = __webpack_require__(481);
;// CONCATENATED MODULE: ./src/app/test/pool.ts



/** Runs `jobs` on up to `size` workers; a worker that dies fails its job with the reason. */
async function runInWorkers(jobs, size, spawnWorker) {
    const results = jobs.map(() => undefined);
    let next = 0;
    const workers = Math.max(1, Math.min(size, jobs.length));
    await Promise.all(Array.from({ length: workers }, async () => {
        const child = spawnWorker();
        const lines = (0,external_node_readline_.createInterface)({ input: child.stdout });
        const answers = lines[Symbol.asyncIterator]();
        child.stdin?.on('error', () => undefined);
        let stderr = '';
        child.stderr?.on('data', (chunk) => {
            if (stderr.length < 4096)
                stderr += chunk.toString('utf8');
        });
        const exited = new Promise((done) => child.on('close', (code, signal) => done(`the worker process exited (${signal ?? `code ${String(code)}`})${stderr === '' ? '' : `: ${stderr.trim()}`}`)));
        try {
            while (next < jobs.length) {
                const i = next++;
                const job = jobs[i];
                child.stdin?.write(`${JSON.stringify(job)}\n`);
                const answer = await Promise.race([answers.next(), exited]);
                if (typeof answer === 'string' || answer.done === true) {
                    results[i] = crashed(job, typeof answer === 'string' ? answer : await exited);
                    // The jobs left go to the other workers (or, with none left, fail as never run).
                    break;
                }
                results[i] = JSON.parse(answer.value);
            }
        }
        finally {
            child.stdin?.end();
            lines.close();
        }
    }));
    return results.map((r, i) => r ?? crashed(jobs[i], 'no worker ran it'));
}
function crashed(job, why) {
    return {
        runbook: shown(job.cwd, job.runbook),
        name: job.scenario.name,
        status: 'error',
        durationMs: 0,
        failures: [{ kind: 'input', message: why }],
        diagnostics: [],
        reached: [],
        assertions: []
    };
}
/** The worker's side: one job per line in, one result per line out, until stdin ends. */
async function serveWorker(input, write) {
    const cache = new Map();
    for await (const line of (0,external_node_readline_.createInterface)({ input })) {
        if (line.trim() === '')
            continue;
        write(`${JSON.stringify(await runScenario(JSON.parse(line), cache))}\n`);
    }
}

;// CONCATENATED MODULE: ./src/app/test/run-tests.ts





/** Runs every scenario of every runbook under `settings.paths`. */
async function runTests(settings) {
    const { runbooks: files, missing } = await findRunbooks(settings.cwd, settings.paths);
    const tests = [];
    const jobs = [];
    const runnable = new Map();
    const cache = new Map();
    for (const file of files) {
        const load = await loadRunbook(file, cache);
        const test = {
            runbook: shown(settings.cwd, file),
            name: load.ok ? load.loaded.runbook.meta.name : runbookName(file),
            diagnostics: load.ok
                ? []
                : load.diagnostics.map((d) => ({ ...d, file: shown(settings.cwd, d.file) })),
            scenarios: []
        };
        tests.push(test);
        if (!load.ok)
            continue;
        runnable.set(test, load.loaded);
        for (const scenario of await scenariosOf(file))
            jobs.push({
                test,
                job: {
                    runbook: file,
                    scenario,
                    cwd: settings.cwd,
                    runsDir: settings.runsDir,
                    vars: settings.vars,
                    actor: settings.actor
                }
            });
    }
    const size = poolSize(settings.jobs, jobs.length);
    const results = size > 1 && settings.worker !== undefined
        ? await runInWorkers(jobs.map((j) => j.job), size, settings.worker)
        : await sequential(jobs.map((j) => j.job), cache);
    jobs.forEach(({ test }, i) => test.scenarios.push(results[i]));
    for (const [test, loaded] of runnable)
        test.coverage = coverageOf(test.runbook, loaded.runbook, loaded.source, test.scenarios);
    return { runbooks: tests, missing };
}
/**
 * Below this many scenarios a worker's start-up (loading the CLI again) costs more than it saves:
 * bench/test-200.mjs measures both ways.
 */
const AUTO_MIN_SCENARIOS = 24;
function poolSize(jobs, scenarios) {
    if (jobs !== 'auto')
        return Math.min(jobs, scenarios);
    return scenarios < AUTO_MIN_SCENARIOS ? 1 : Math.min((0,external_node_os_.availableParallelism)(), scenarios);
}
async function sequential(jobs, cache) {
    const out = [];
    for (const job of jobs)
        out.push(await runScenario(job, cache));
    return out;
}

// EXTERNAL MODULE: ./src/providers/replay/xml.ts
var xml = __webpack_require__(5049);
;// CONCATENATED MODULE: ./src/app/test/report.ts
// The reports of `runbook test`: the text the terminal shows (one line per scenario, the details of
// each failure, the closing count), JSON, and JUnit XML (one testsuite per runbook, one testcase per
// scenario). Pure; paths are already relative, and the order is the order of the run.


function tally(run) {
    const all = run.runbooks.flatMap((r) => r.scenarios);
    return {
        passed: all.filter((s) => s.status === 'passed').length,
        failed: all.filter((s) => s.status === 'failed').length,
        errors: all.filter((s) => s.status === 'error').length,
        invalid: run.runbooks.filter((r) => r.diagnostics.length > 0).length,
        untested: run.runbooks
            .filter((r) => r.diagnostics.length === 0 && r.scenarios.length === 0)
            .map((r) => r.runbook)
    };
}
const MARK = { passed: '✓', failed: '✗', error: '!' };
/** The line of one scenario and, when it did not pass, what went wrong, indented. */
function scenarioText(s) {
    const head = `${MARK[s.status]} ${s.runbook} › ${s.name}${s.status === 'error' ? ': invalid input' : ''} (${s.durationMs} ms)`;
    const lines = [head];
    for (const d of s.diagnostics)
        lines.push(`    ${(0,src_runbook/* formatDiagnostic */.xy)(d)}`);
    for (const f of s.failures) {
        const where = f.file === undefined ? '' : ` (${f.file}${f.line === undefined ? '' : `:${f.line}`})`;
        lines.push(`    ${f.message}${where}`);
        if (f.detail !== undefined)
            for (const l of f.detail.split('\n'))
                lines.push(`      ${l}`);
    }
    if (s.status === 'failed' && s.runDir !== undefined)
        lines.push(`    run directory: ${s.runDir}`);
    return `${lines.join('\n')}\n`;
}
/** The whole text report: invalid runbooks, every scenario, coverage (when asked), the count. */
function textReport(run, coverage) {
    let out = '';
    for (const p of run.missing)
        out += `! ${p}: no such file or directory\n`;
    for (const r of run.runbooks) {
        if (r.diagnostics.length > 0) {
            out += `! ${r.runbook}: invalid runbook, not tested\n`;
            for (const d of r.diagnostics)
                out += `    ${(0,src_runbook/* formatDiagnostic */.xy)(d)}\n`;
        }
        for (const s of r.scenarios)
            out += scenarioText(s);
    }
    const t = tally(run);
    for (const u of t.untested)
        out += `- ${u}: no scenario (untested)\n`;
    if (coverage)
        out += coverageText(run);
    return out + closingLine(t);
}
/** `N passed, N failed` (and what could not run, when something could not). */
function closingLine(t) {
    const extra = [
        t.errors > 0 ? `${t.errors} invalid scenario${t.errors === 1 ? '' : 's'}` : '',
        t.invalid > 0 ? `${t.invalid} invalid runbook${t.invalid === 1 ? '' : 's'}` : '',
        t.untested.length > 0
            ? `${t.untested.length} untested runbook${t.untested.length === 1 ? '' : 's'}`
            : ''
    ].filter((x) => x !== '');
    return `${t.passed} passed, ${t.failed} failed${extra.length > 0 ? ` (${extra.join(', ')})` : ''}\n`;
}
/** One line per runbook: the percentage, steps covered, assertions seen passing and failing, guards seen
 * taken and not taken, outcomes reached, and what was never reached. */
function coverageText(run) {
    const rows = run.runbooks.flatMap((r) => (r.coverage === undefined ? [] : [r.coverage]));
    if (rows.length === 0)
        return '';
    const width = Math.max(...rows.map((c) => c.runbook.length));
    const lines = rows.map((c) => {
        const t = c.totals;
        const assertions = t.assertions === 0
            ? 'no assertions'
            : `assertions passing ${t.assertionsPassedSeen}/${t.assertions}, failing ${t.assertionsFailedSeen}/${t.assertions}`;
        const guards = t.guards === 0
            ? ''
            : `, guards taken ${t.guardsTakenSeen}/${t.guards}, not taken ${t.guardsNotTakenSeen}/${t.guards}`;
        const outcomes = t.outcomes === 0 ? '' : `, outcomes ${t.outcomesReached}/${t.outcomes}`;
        const missed = c.steps.filter((s) => s.hits === 0).map((s) => s.id);
        const unreached = c.outcomes.filter((o) => o.reached === 0).map((o) => `${o.step}→${o.state}`);
        const gaps = [
            missed.length > 0 ? `never reached: ${missed.join(', ')}` : '',
            unreached.length > 0 ? `outcomes never reached: ${unreached.join(', ')}` : ''
        ].filter((x) => x !== '');
        return `  ${c.runbook.padEnd(width)}  ${t.percent.toFixed(1).padStart(5)}%  steps ${t.stepsCovered}/${t.steps}, ${assertions}${guards}${outcomes}${gaps.length > 0 ? `; ${gaps.join('; ')}` : ''}`;
    });
    return `coverage:\n${lines.join('\n')}\n`;
}
/** The JSON report: every runbook with its scenarios and coverage, and the counts. */
function jsonReport(run) {
    const t = tally(run);
    return `${JSON.stringify({
        passed: t.failed === 0 && t.errors === 0 && t.invalid === 0 && run.missing.length === 0,
        summary: {
            passed: t.passed,
            failed: t.failed,
            errors: t.errors,
            invalid_runbooks: t.invalid,
            untested: t.untested
        },
        missing: run.missing,
        runbooks: run.runbooks.map((r) => ({
            runbook: r.runbook,
            name: r.name,
            diagnostics: r.diagnostics,
            scenarios: r.scenarios,
            ...(r.coverage === undefined ? {} : { coverage: coverageJson(r.coverage) })
        }))
    }, null, 2)}\n`;
}
function coverageJson(c) {
    return {
        ...c.totals,
        steps_detail: c.steps,
        assertions_detail: c.assertions,
        guards_detail: c.guards,
        outcomes_detail: c.outcomes
    };
}
/** JUnit XML: one testsuite per runbook, one testcase per scenario; failures carry the details. */
function junitReport(run) {
    const suites = run.runbooks.map(suite);
    const t = tally(run);
    const tests = run.runbooks.reduce((n, r) => n + Math.max(1, r.scenarios.length), 0);
    const time = seconds(run.runbooks.flatMap((r) => r.scenarios).reduce((n, s) => n + s.durationMs, 0));
    return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="runbook test" tests="${tests}" failures="${t.failed}" errors="${t.errors + t.invalid}" time="${time}">\n${suites.join('')}</testsuites>\n`;
}
function suite(r) {
    const attr = (s) => (0,xml/* xmlEscape */.f)(s, true);
    const cases = [];
    if (r.diagnostics.length > 0)
        cases.push(`    <testcase name="(runbook)" classname="${attr(r.name)}" file="${attr(r.runbook)}" time="0">\n      <error type="InvalidRunbook" message="${attr(`invalid runbook: ${r.diagnostics.length} error(s)`)}">${(0,xml/* xmlEscape */.f)(r.diagnostics.map(src_runbook/* formatDiagnostic */.xy).join('\n'))}</error>\n    </testcase>\n`);
    else if (r.scenarios.length === 0)
        cases.push(`    <testcase name="(no scenario)" classname="${attr(r.name)}" file="${attr(r.runbook)}" time="0">\n      <skipped message="untested: no scenario for this runbook"/>\n    </testcase>\n`);
    for (const s of r.scenarios) {
        const head = `    <testcase name="${attr(s.name)}" classname="${attr(r.name)}" file="${attr(s.scenario ?? r.runbook)}" time="${seconds(s.durationMs)}"`;
        if (s.status === 'passed') {
            cases.push(`${head}/>\n`);
            continue;
        }
        const body = [
            ...s.diagnostics.map(src_runbook/* formatDiagnostic */.xy),
            ...s.failures.flatMap((f) => [f.message, ...(f.detail === undefined ? [] : [f.detail])])
        ].join('\n');
        const first = s.failures[0]?.message ??
            (s.diagnostics[0] === undefined ? 'invalid input' : (0,src_runbook/* formatDiagnostic */.xy)(s.diagnostics[0]));
        const tag = s.status === 'error' ? 'error' : 'failure';
        const type = s.status === 'error' ? 'InvalidInput' : (s.failures[0]?.kind ?? 'failure');
        cases.push(`${head}>\n      <${tag} type="${attr(type)}" message="${attr(first)}">${(0,xml/* xmlEscape */.f)(body)}</${tag}>\n    </testcase>\n`);
    }
    const failures = r.scenarios.filter((s) => s.status === 'failed').length;
    const errors = r.scenarios.filter((s) => s.status === 'error').length + (r.diagnostics.length > 0 ? 1 : 0);
    const skipped = r.diagnostics.length === 0 && r.scenarios.length === 0 ? 1 : 0;
    const time = seconds(r.scenarios.reduce((n, s) => n + s.durationMs, 0));
    return `  <testsuite name="${attr(r.runbook)}" tests="${Math.max(1, r.scenarios.length)}" failures="${failures}" errors="${errors}" skipped="${skipped}" time="${time}">\n${cases.join('')}  </testsuite>\n`;
}
function seconds(ms) {
    return (ms / 1000).toFixed(3);
}

;// CONCATENATED MODULE: ./src/app/test/index.ts
// `runbook test` for every face: discovery, replay of each scenario, expectations, coverage and
// reports. The CLI prints them; the Action annotates and summarises them.








/***/ })

};
