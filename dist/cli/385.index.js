export const id = 385;
export const ids = [385];
export const modules = {

/***/ 3385:
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
// EXTERNAL MODULE: ./src/runbook/cel/refs.ts
var refs = __webpack_require__(2713);
// EXTERNAL MODULE: ./src/runbook/cel/condition.ts
var condition = __webpack_require__(4254);
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
    for (const name of new Set(read.condition.refs.map(refs/* refName */.P))) {
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
    const evaluated = (0,condition/* evaluateCondition */.F9)(read.condition, known);
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
// EXTERNAL MODULE: ./src/providers/cli/group-ledger.ts
var group_ledger = __webpack_require__(3140);
// EXTERNAL MODULE: ./src/providers/cli/node-process-runner.ts + 2 modules
var node_process_runner = __webpack_require__(9606);
// EXTERNAL MODULE: ./src/providers/cli/command-resolver.ts + 1 modules
var command_resolver = __webpack_require__(9366);
// EXTERNAL MODULE: ./src/providers/cli/real-cli-provider.ts
var real_cli_provider = __webpack_require__(388);
;// CONCATENATED MODULE: ./src/providers/replay/recorder.ts
class Recorder {
    redact;
    calls = [];
    /** Cli steps confirmed (two-step confirmation), and by whom. */
    confirmations = [];
    /** Executions that cannot be replayed (killed, timed out, not started), with the reason. */
    skipped = [];
    constructor(redact) {
        this.redact = redact;
    }
    /** Wraps the real cli provider: everything it runs is recorded. */
    cli(inner) {
        return new RecordingCliProvider(inner, this);
    }
    /** Wraps the real manual provider: confirmations it gives are recorded. */
    manual(inner) {
        return {
            collect: (req) => inner.collect(req),
            confirm: async (req) => {
                const given = await inner.confirm(req);
                if (given !== undefined && 'by' in given)
                    this.confirmations.push({ step_id: req.step.id, by: given.by });
                return given;
            },
            close: () => inner.close?.()
        };
    }
}
class RecordingCliProvider {
    inner;
    recorder;
    mode;
    constructor(inner, recorder) {
        this.inner = inner;
        this.recorder = recorder;
        this.mode = inner.mode;
    }
    validate(step) {
        return this.inner.validate(step);
    }
    resolve(argv0, cwd, pathEnv) {
        return this.inner.resolve(argv0, cwd, pathEnv);
    }
    finish() {
        return this.inner.finish?.() ?? Promise.resolve([]);
    }
    async execute(exec) {
        const stdout = new Tee(exec.stdout);
        const stderr = new Tee(exec.stderr);
        const outcome = await this.inner.execute({ ...exec, stdout, stderr });
        const { redact } = this.recorder;
        if (outcome.error !== undefined ||
            outcome.cancelled ||
            outcome.timedOut ||
            outcome.exitCode === null) {
            const why = outcome.error?.message ??
                (outcome.cancelled
                    ? 'interrupted'
                    : outcome.timedOut
                        ? 'timed out'
                        : `killed by signal ${outcome.signal ?? '?'}`);
            this.recorder.skipped.push({ step_id: exec.step.id, reason: redact(why) });
            return outcome;
        }
        const stdin = exec.rendered.stdin;
        this.recorder.calls.push({
            step_id: exec.step.id,
            step_index: exec.index,
            attempt: exec.attempt,
            argv: exec.rendered.argv.map((a) => (redact(a) === a ? a : '{{ .any }}')),
            ...(stdin === undefined || stdin === '' || redact(stdin) !== stdin ? {} : { stdin }),
            exit: outcome.exitCode,
            stdout: redact(stdout.text()),
            stderr: redact(stderr.text())
        });
        return outcome;
    }
}
/** Passes chunks on to the engine's collector and keeps a copy. */
class Tee {
    inner;
    chunks = [];
    constructor(inner) {
        this.inner = inner;
    }
    push(chunk) {
        this.chunks.push(Buffer.from(chunk));
        return this.inner.push(chunk);
    }
    end() {
        return this.inner.end();
    }
    text() {
        return Buffer.concat(this.chunks).toString('utf8');
    }
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/providers/replay/go-template.ts
var go_template = __webpack_require__(6428);
// EXTERNAL MODULE: ./src/providers/replay/scenario-load.ts + 9 modules
var scenario_load = __webpack_require__(9218);
;// CONCATENATED MODULE: ./src/providers/replay/record-plan.ts
// What `--record OUT.yaml` writes, as data: OUT.yaml, a cli-replay-valid scenario (each recorded
// call a step, exactly once, in order; large outputs in OUT.files/), and OUT.evidence.yaml with
// the manual steps' evidence and approvals (attachments copied into OUT.files/) plus the
// confirmations of destructive steps. Pure; record-write.ts puts it on disk.




/** cli-replay's published schema, for editors opening the recording. */
const CLI_REPLAY_SCHEMA_URL = 'https://raw.githubusercontent.com/ormasoftchile/cli-replay/main/schema/scenario.schema.json';
/** Outputs larger than this (bytes) go to a file beside the scenario. */
const INLINE_OUTPUT_LIMIT = 4096;
const NAME = /^[A-Za-z_][A-Za-z0-9_.@-]*$/;
/** Plans the recording, or says why there is nothing to write. */
function planRecording(input) {
    const { recorder, runbook, state } = input;
    if (recorder.calls.length === 0)
        return {
            error: 'nothing to record: no cli step ran to completion, and a cli-replay scenario needs at least one step'
        };
    const out = (0,external_node_path_.basename)(input.outPath);
    const dir = `${out.replace(/\.ya?ml$/i, '')}.files`;
    const files = [];
    const notes = recorder.skipped.map((s) => `step '${s.step_id}' is not in the recording: ${s.reason}`);
    const output = (call, n, stream) => {
        const text = (0,go_template/* escapeGoTemplate */.o6)(call[stream]);
        if (text === '')
            return {};
        if (Buffer.byteLength(text) <= (input.inlineLimit ?? INLINE_OUTPUT_LIMIT))
            return { [stream]: text };
        const path = `${dir}/${String(n + 1).padStart(3, '0')}-${call.step_id}.${stream}`;
        files.push({ path, text });
        return { [`${stream}_file`]: path };
    };
    const steps = recorder.calls.map((call, n) => ({
        match: { argv: call.argv, ...(call.stdin === undefined ? {} : { stdin: call.stdin }) },
        respond: { exit: call.exit, ...output(call, n, 'stdout'), ...output(call, n, 'stderr') }
    }));
    const meta = {
        name: runbook.meta.name,
        description: `Recorded by governed-runbook from run ${state.run_id} of runbook '${runbook.meta.name}' (${state.started_at}); outputs passed through the runbook's redaction.`
    };
    const header = [
        `# yaml-language-server: $schema=${CLI_REPLAY_SCHEMA_URL}`,
        `# Replay with: runbook exec RUNBOOK --mode replay --scenario ${out}`,
        ''
    ].join('\n');
    files.unshift({ path: out, text: header + yaml({ meta, steps }) });
    const copies = [];
    const evidence = evidenceOf(input, dir, copies, notes);
    if (Object.keys(evidence).length > 0) {
        const text = `# Replay evidence for ${out} (manual steps with replay_mode: reuse_evidence)\n${yaml(evidence)}`;
        files.push({ path: (0,external_node_path_.basename)((0,scenario_load/* evidencePathFor */.E_)(out)), text });
    }
    return { files, copies, notes };
}
function evidenceOf(input, dir, copies, notes) {
    const out = {};
    const entry = (step) => (out[step] ??= {});
    const approver = (step, name, item) => {
        const safe = NAME.test(name)
            ? name
            : name.replace(/^[^A-Za-z_]/, '_').replace(/[^A-Za-z0-9_.@-]/g, '_');
        if (safe !== name)
            notes.push(`approver '${name}' of step '${step}' is written as '${safe}'`);
        entry(step)[safe] ??= item;
    };
    for (const r of input.results) {
        if (r.type !== 'manual')
            continue;
        for (const e of Object.values(r.evidence)) {
            if (e.kind === 'text')
                entry(r.step_id)[e.name] = { kind: 'text', value: input.recorder.redact(e.value ?? '') };
            else if (e.kind === 'checklist' && (e.items ?? []).length > 0)
                entry(r.step_id)[e.name] = { kind: 'checklist', items: e.items };
            else if (e.kind === 'attachment' && e.file !== undefined) {
                const to = `${dir}/${r.step_id}/${e.name}/${(0,external_node_path_.basename)(e.original_name ?? e.file)}`;
                copies.push({ from: e.file, to });
                entry(r.step_id)[e.name] = { kind: 'attachment', path: to };
            }
        }
        for (const a of r.approvals ?? [])
            approver(r.step_id, a.approver, {
                kind: 'approval',
                ...(a.role === undefined ? {} : { role: a.role })
            });
    }
    for (const c of input.recorder.confirmations)
        approver(c.step_id, c.by, { kind: 'approval' });
    return out;
}
function yaml(value) {
    return (0,dist/* stringify */.As)(value, { lineWidth: 0, minContentWidth: 0 });
}

;// CONCATENATED MODULE: ./src/providers/replay/record-write.ts
// Puts a planned recording on disk: the scenario, its response files, the evidence file and the
// attachments, beside OUT.yaml. Text attachments go through the runbook's redaction too; binary
// ones are copied as they are.



/** Writes OUT.yaml and what goes beside it; `runDir` is where the run stored attachments. */
async function writeRecording(input, runDir) {
    const plan = planRecording(input);
    if ('error' in plan)
        return { ok: false, error: plan.error };
    const base = (0,external_node_path_.dirname)((0,external_node_path_.resolve)(input.outPath));
    const written = [];
    const put = async (rel, data) => {
        const path = (0,external_node_path_.join)(base, rel);
        await (0,promises_.mkdir)((0,external_node_path_.dirname)(path), { recursive: true });
        await (0,promises_.writeFile)(path, data);
        written.push(path);
    };
    try {
        for (const f of plan.files)
            await put(f.path, f.text);
        for (const c of plan.copies) {
            const bytes = await (0,promises_.readFile)((0,external_node_path_.join)(runDir, c.from));
            const text = asText(bytes);
            await put(c.to, text === undefined ? bytes : input.recorder.redact(text));
        }
    }
    catch (err) {
        return { ok: false, error: `cannot write the recording: ${err.message}` };
    }
    return { ok: true, written, notes: plan.notes };
}
function asText(bytes) {
    if (bytes.includes(0))
        return undefined;
    try {
        return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    }
    catch {
        return undefined;
    }
}

// EXTERNAL MODULE: ./src/providers/system-clock.ts
var system_clock = __webpack_require__(7338);
// EXTERNAL MODULE: ./src/runbook/fs-reason.ts
var fs_reason = __webpack_require__(3174);
// EXTERNAL MODULE: ./src/trace/durable-file.ts
var durable_file = __webpack_require__(9881);
// EXTERNAL MODULE: ./src/trace/file-run-store.ts
var file_run_store = __webpack_require__(1675);
// EXTERNAL MODULE: ./src/trace/lock.ts
var lock = __webpack_require__(5278);
// EXTERNAL MODULE: ./src/trace/run-id.ts
var run_id = __webpack_require__(4732);
// EXTERNAL MODULE: ./src/trace/run-paths.ts
var run_paths = __webpack_require__(8645);
// EXTERNAL MODULE: ./src/trace/trace-writer.ts
var trace_writer = __webpack_require__(4738);
;// CONCATENATED MODULE: ./src/trace/create-run.ts
// Starting a run directory: a fresh run id, the lock, the runbook bytes, an empty trace.







/** Creates `<runsDir>/<run_id>/`, takes its lock and returns the store the engine writes through. */
async function createRun(opts) {
    const runsDir = (0,external_node_path_.resolve)(opts.runsDir);
    const now = opts.clock.now();
    const { runId, dir } = await (0,run_id/* makeRunDir */.rc)(runsDir, now, opts.randomSuffix);
    const { holder } = await (0,lock/* acquireLock */.IZ)(dir, runId, now);
    try {
        await (0,durable_file/* writeFileExclusive */.Ob)((0,run_paths/* inRun */.zs)(dir, run_paths/* RUNBOOK_FILE */.a7), opts.runbook);
        const writer = await trace_writer/* TraceWriter */.v.open((0,run_paths/* inRun */.zs)(dir, run_paths/* TRACE_FILE */.BQ), opts.clock, [], (0,run_paths/* inRun */.zs)(dir, run_paths/* HEAD_FILE */._d));
        await (0,durable_file/* fsyncDir */.t_)(dir);
        await (0,durable_file/* fsyncDir */.t_)(runsDir);
        return new file_run_store/* FileRunStore */.L(runId, dir, writer, holder);
    }
    catch (err) {
        await (0,lock/* releaseLock */.x_)(dir, holder);
        throw err;
    }
}

// EXTERNAL MODULE: ./src/app/deps.ts + 9 modules
var deps = __webpack_require__(5644);
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

// EXTERNAL MODULE: ./src/app/replay.ts + 6 modules
var app_replay = __webpack_require__(271);
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
    const ledger = new group_ledger/* GroupLedger */.$();
    const real = new real_cli_provider/* RealCliProvider */.o(new node_process_runner/* NodeProcessRunner */.u({ ledger }), new command_resolver/* NodeCommandResolver */.i());
    if (req.mode === 'dry-run') {
        // The evidence file is checked as a real run would check it (then nothing is asked for).
        if (req.evidenceFile !== undefined)
            await (0,app_manual/* manualProviderFor */.T)({ evidenceFile: req.evidenceFile, runbook, actor: req.actor }, { ...io, interactive: false });
        return { kind: 'plan', plan: await dryRun(runbook, vars, real, redactor, io) };
    }
    const role = req.role === undefined ? {} : { role: req.role };
    const base = { loaded, runbook, vars, redactor, req, io, ledger };
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
    const recorder = new Recorder((t) => redactor.redactText(t));
    const run = await runOnce({
        ...base,
        cli: recorder.cli(real),
        manual: recorder.manual(manual),
        mode: 'real'
    });
    const recording = await writeRecording({
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
        store = await createRun({ runsDir, runbook: input.loaded.bytes, clock: system_clock/* systemClock */.m });
        input.ledger.attach((0,external_node_path_.join)(store.dir, run_paths/* GROUP_FILE */.t3));
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
        await store.close();
    }
}


/***/ })

};
