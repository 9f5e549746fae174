export const id = 941;
export const ids = [941];
export const modules = {

/***/ 7941:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  verifyCommand: () => (/* binding */ verifyCommand)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/trace/durable-file.ts
var durable_file = __webpack_require__(9881);
// EXTERNAL MODULE: ./src/trace/durable-head.ts
var durable_head = __webpack_require__(4553);
// EXTERNAL MODULE: ./src/trace/manifest.ts
var trace_manifest = __webpack_require__(7948);
// EXTERNAL MODULE: ./src/trace/run-paths.ts
var run_paths = __webpack_require__(8645);
// EXTERNAL MODULE: ./src/trace/trace-fold.ts
var trace_fold = __webpack_require__(8434);
// EXTERNAL MODULE: ./src/trace/trace-reader.ts
var trace_reader = __webpack_require__(7070);
// EXTERNAL MODULE: ./src/runbook/approver.ts
var approver = __webpack_require__(4903);
// EXTERNAL MODULE: ./src/runbook/conditions.ts + 1 modules
var conditions = __webpack_require__(9982);
// EXTERNAL MODULE: ./src/engine/manual.ts
var manual = __webpack_require__(4090);
;// CONCATENATED MODULE: ./src/trace/verify-report.ts
// The verify report: plain JSON (the CLI can print it with --json), one entry per check, each with
// the problems it found in order, so the first one names the first broken event or missing piece.
/** A check's outcome from the problems it found. */
function checkResult(id, problems, summary) {
    return {
        id,
        status: problems.length === 0 ? 'ok' : 'failed',
        summary,
        problems: problems.map((p) => ({ check: id, ...p }))
    };
}
/** A check that could not run, and why. */
function skippedCheck(id, reason) {
    return { id, status: 'skipped', summary: reason, problems: [] };
}
/** `35 bytes with sha256 5b37d4b5715d…`, for messages about a file's content. */
function describeDigest(d) {
    return `${d.bytes ?? '?'} bytes with sha256 ${(d.sha256 ?? '').slice(0, 12)}…`;
}
const MARK = { ok: 'ok  ', failed: 'FAIL', skipped: 'skip' };
/** The report as text: a verdict line, then one line per check and one per problem. */
function formatVerifyReport(report) {
    const about = [
        report.runbook_name === undefined ? undefined : `runbook '${report.runbook_name}'`,
        report.status === undefined ? undefined : `status ${report.status}`,
        report.outcome === undefined
            ? undefined
            : `outcome ${report.outcome.state} at step '${report.outcome.step_id}'`,
        `${report.records} records`
    ].filter((s) => s !== undefined);
    const lines = [
        `run ${report.run_id} (${about.join(', ')}): ${report.ok ? 'verified' : 'NOT verified'}`
    ];
    for (const c of report.checks) {
        const first = c.status === 'failed' ? (c.problems[0]?.message ?? c.summary) : c.summary;
        lines.push(`  ${MARK[c.status]}  ${c.id.padEnd(10)} ${first}`);
        for (const p of c.problems.slice(1))
            lines.push(`${' '.repeat(19)}${p.message}`);
    }
    for (const d of report.deviations ?? []) {
        const verdict = d.allowed ? 'allowed by --allow-skips' : 'not allowed';
        lines.push(`  deviation: step '${d.step_id}' skipped by ${d.by} (record ${d.seq}): ${d.reason} [${verdict}]`);
    }
    return `${lines.join('\n')}\n`;
}

;// CONCATENATED MODULE: ./src/trace/verify-rules.ts
// verify's governance rules (seed §8), checked against the runbook copy and the folded trace: the
// run finished and passed, every step passed, every manual step has its evidence and approvals, and
// every assertion of every cli step passed.





/** The run, steps, evidence, approvals and assertions checks, and the deviations (skips). */
async function checkRules(runbook, state, records, digestOf, allowSkips = false) {
    const latest = new Map();
    for (const r of records) {
        if (r.type === 'step_result')
            latest.set(r.result.step_id, { result: r.result, seq: r.seq });
    }
    const deviations = [];
    for (const { result, seq } of latest.values()) {
        if (result.status !== 'skipped')
            continue;
        const { by, reason } = result.skip ?? { by: 'unknown', reason: 'no reason recorded' };
        deviations.push({ step_id: result.step_id, seq, by, reason, allowed: allowSkips });
    }
    // A skipped step is judged once, as a deviation in the steps check, not again for what it lacks.
    // Steps whose guard was false, and steps after the outcome that ended the run, did not run:
    // nothing of theirs is required.
    // A person who ended the paused run (deny, cancel) ended it before its current step ran.
    const outcomeAt = state.outcome?.step_index ?? Infinity;
    const endedAt = state.ended_by === undefined ? Infinity : state.current_step_index;
    const steps = runbook.steps
        .map((step, index) => ({ step, index, got: latest.get(step.id) }))
        .filter((s) => s.got?.result.status !== 'skipped')
        .filter((s) => s.got === undefined
        ? s.index <= outcomeAt && s.index < endedAt
        : s.got.result.status !== 'not_taken');
    const evidence = [];
    for (const s of steps)
        evidence.push(...(await evidenceProblems(s.step, s.got, runbook, digestOf)));
    const n = runbook.steps.length;
    const skipped = deviations.length === 0 ? '' : ` (${deviations.length} skipped, allowed)`;
    const checks = [
        checkRun(state, records),
        checkResult('steps', stepProblems(runbook, state, latest, allowSkips), `all ${n - deviations.length} steps passed${skipped}`),
        checkResult('evidence', evidence, 'every manual step has its required evidence'),
        checkResult('approvals', steps.flatMap((s) => approvalProblems(s.step, s.got)), 'every approval requirement is met'),
        checkResult('assertions', steps.flatMap((s) => assertionProblems(s.step, s.got)), 'every assertion passed')
    ];
    return { checks, deviations };
}
function checkRun(state, records) {
    const last = records.at(-1);
    const finished = records.findLast((r) => r.type === 'run_finished');
    const problems = [];
    if (state.status === 'running') {
        problems.push({
            seq: last?.seq,
            message: `the run is not finished: the trace ends at record ${last?.seq ?? 0} (${last?.type ?? 'none'}) without run_finished`
        });
    }
    else if (state.status === 'paused') {
        const p = state.pending;
        const waiting = p === undefined ? 'input' : describePending(p);
        problems.push({
            seq: last?.seq,
            step_id: p?.step_id,
            message: `the run is not finished: it is paused, waiting for ${waiting}`
        });
    }
    else if (state.status !== 'passed') {
        const error = finished?.type === 'run_finished' && finished.error !== null ? `: ${finished.error}` : '';
        const via = state.ended_by?.via === undefined ? '' : ` (${state.ended_by.via})`;
        problems.push({
            seq: finished?.seq,
            message: `the run finished with status ${state.status}${error}${via}`
        });
    }
    return checkResult('run', problems, `the run finished with status passed (record ${finished?.seq ?? 0})`);
}
function describePending(p) {
    const parts = [
        p.evidence.length > 0 ? `evidence ${p.evidence.join(', ')}` : '',
        p.approvals_needed > 0 ? `${p.approvals_needed} approval(s)` : '',
        p.kind === 'confirmation' ? 'a confirmation' : ''
    ].filter((s) => s !== '');
    return `${parts.join(' and ') || 'input'} at step '${p.step_id}'`;
}
function stepProblems(runbook, state, latest, allowSkips) {
    const problems = [];
    const n = runbook.steps.length;
    if (state.steps_total !== n) {
        problems.push({
            message: `the run counted ${state.steps_total} steps, but the runbook has ${n}`
        });
    }
    for (const [index, step] of runbook.steps.entries()) {
        const got = latest.get(step.id);
        const step_id = step.id;
        const at = `step '${step.id}' (${index + 1} of ${n})`;
        // After the outcome that ended the run, steps are not reached: that is how it should be.
        if (got === undefined && state.outcome !== undefined && index > state.outcome.step_index)
            continue;
        // A person ended the run at this step (deny, cancel): it and the steps after it never ran.
        if (got === undefined && state.ended_by !== undefined && index >= state.current_step_index)
            continue;
        if (got === undefined) {
            problems.push({ step_id, message: `${at} has no result` });
            continue;
        }
        const { result: r, seq } = got;
        if (r.step_index !== index || r.type !== step.type) {
            problems.push({
                step_id,
                seq,
                message: `${at}: the result at record ${seq} is for a ${r.type} step at index ${r.step_index}`
            });
        }
        else if (r.status === 'skipped') {
            if (!allowSkips)
                problems.push({
                    step_id,
                    seq,
                    message: `${at} was skipped by ${r.skip?.by ?? 'unknown'} (record ${seq}): ${r.skip?.reason ?? ''}; a deviation (verify --allow-skips accepts it)`
                });
        }
        else if (r.status !== 'passed' && !(r.status === 'not_taken' && step.when !== undefined)) {
            problems.push({
                step_id,
                seq,
                message: `${at} ${r.status} (record ${seq})${r.error === null ? '' : `: ${r.error}`}`
            });
        }
    }
    const known = new Set(runbook.steps.map((s) => s.id));
    for (const [step_id, { seq }] of latest) {
        if (!known.has(step_id))
            problems.push({
                step_id,
                seq,
                message: `record ${seq} holds a result for step '${step_id}', which the runbook does not have`
            });
    }
    return problems;
}
async function evidenceProblems(step, got, runbook, digestOf) {
    if (step.type !== 'manual')
        return [];
    // gert's `choices` is choice evidence too (the engine asks for it the same way).
    const required = (0,manual/* manualRequirements */.d7)(step, undefined).evidence;
    const attest = required.length === 0 && runbook.meta.governance?.evidence?.require_for_manual === true;
    if (required.length === 0 && !attest)
        return [];
    const step_id = step.id;
    if (got === undefined) {
        return [
            { step_id, message: `step '${step.id}' has no result, so none of its evidence is recorded` }
        ];
    }
    const recorded = got.result.evidence;
    if (attest && Object.keys(recorded).length === 0) {
        return [
            {
                step_id,
                seq: got.seq,
                message: `step '${step.id}' records no evidence, but governance.evidence.require_for_manual asks for some`
            }
        ];
    }
    const problems = [];
    for (const ev of required) {
        const why = await evidenceGap(ev, recorded[ev.name], digestOf);
        if (why !== undefined)
            problems.push({
                step_id,
                seq: got.seq,
                message: `step '${step.id}' evidence '${ev.name}' (${ev.kind}): ${why}`
            });
    }
    return problems;
}
async function evidenceGap(ev, rec, digestOf) {
    if (rec === undefined)
        return 'not recorded';
    if (rec.kind !== ev.kind)
        return `recorded as ${rec.kind}`;
    if (ev.kind === 'text')
        return (rec.value ?? '').trim() === '' ? 'empty' : undefined;
    if (ev.kind === 'choice') {
        const options = (0,conditions/* optionValues */.ib)(ev.options);
        return options.includes(rec.value ?? '')
            ? undefined
            : `${JSON.stringify(rec.value ?? '')} is not one of its options (${options.join(', ')})`;
    }
    if (ev.kind === 'checklist') {
        const missing = (ev.items ?? []).filter((item) => !(rec.items ?? []).includes(item));
        return missing.length === 0
            ? undefined
            : `not ticked: ${missing.map((m) => `'${m}'`).join(', ')}`;
    }
    const file = rec.file ?? '';
    if (!(0,run_paths/* isSafeRelativePath */.VH)(file) || !file.startsWith(`${run_paths/* ATTACHMENTS_DIR */.nX}/`)) {
        return `its file ${JSON.stringify(file)} is not inside ${run_paths/* ATTACHMENTS_DIR */.nX}/`;
    }
    const got = await digestOf(file).catch(() => undefined);
    if (got === undefined)
        return `${file} is missing`;
    if (got.sha256 !== rec.sha256 || got.bytes !== rec.bytes) {
        return `${file} is ${describeDigest(got)}, but ${describeDigest(rec)} were recorded`;
    }
    return undefined;
}
function approvalProblems(step, got) {
    const need = step.approvals;
    if (need === undefined)
        return [];
    const roles = need.roles ?? [];
    const from = roles.length === 0
        ? ''
        : ` holding ${roles.length === 1 ? 'role' : 'one of the roles'} ${roles.join(', ')}`;
    const approvals = got?.result.approvals ?? [];
    const counted = new Set(approvals
        .filter((a) => roles.length === 0 || (a.role !== undefined && roles.includes(a.role)))
        .map((a) => (0,approver/* approverKey */.N)(a.approver)));
    if (counted.size >= need.min)
        return [];
    const others = approvals
        .filter((a) => !counted.has((0,approver/* approverKey */.N)(a.approver)))
        .map((a) => `${a.approver} (${a.role ?? 'no role'})`);
    const also = others.length === 0 ? '' : `; not counted: ${others.join(', ')}`;
    return [
        {
            step_id: step.id,
            seq: got?.seq,
            message: `step '${step.id}' needs ${need.min} distinct approver(s)${from}, has ${counted.size}${also}`
        }
    ];
}
function assertionProblems(step, got) {
    const declared = step.type === 'cli' ? (step.assertions ?? []) : [];
    if (declared.length === 0)
        return [];
    if (got === undefined) {
        return [
            {
                step_id: step.id,
                message: `step '${step.id}' has no result, so none of its assertions ran`
            }
        ];
    }
    const results = got.result.assertions ?? [];
    const problems = [];
    const at = { step_id: step.id, seq: got.seq };
    for (const index of declared.keys()) {
        const a = results.find((r) => r.index === index);
        const name = `step '${step.id}' assertions[${index}]`;
        if (a === undefined) {
            problems.push({ ...at, message: `${name} has no result` });
        }
        else if (!a.passed) {
            const found = a.actual === undefined ? '' : `, found ${a.actual}`;
            const note = a.message === undefined ? '' : ` (${a.message})`;
            problems.push({
                ...at,
                message: `${name} (${a.kind}) failed: expected ${a.expected}${found}${note}`
            });
        }
    }
    return problems;
}

// EXTERNAL MODULE: ./src/engine/decisions.ts
var decisions = __webpack_require__(3617);
// EXTERNAL MODULE: ./src/engine/step-history.ts
var step_history = __webpack_require__(1095);
// EXTERNAL MODULE: ./src/runbook/cel/refs.ts
var refs = __webpack_require__(2713);
// EXTERNAL MODULE: ./src/runbook/cel/condition.ts
var condition = __webpack_require__(4254);
;// CONCATENATED MODULE: ./src/trace/verify-decisions.ts




/** The decisions check; `before(seq)` is the folded state just before record `seq`. */
function checkDecisions(runbook, records, before) {
    const problems = [];
    const unverifiable = [];
    let count = 0;
    // The steps' last results before the record being checked, as the engine held them then.
    const last = new step_history/* StepHistory */.r();
    for (const r of records) {
        if (r.type !== 'decision_recorded') {
            last.add(r);
            continue;
        }
        count++;
        const d = r;
        const state = before(d.seq);
        const found = recheck(runbook, d, state, last);
        if (found === undefined)
            continue;
        if (found.redacted)
            unverifiable.push(found.problem);
        else
            problems.push(found.problem);
    }
    problems.push(...flowProblems(runbook, records));
    if (problems.length === 0 && unverifiable.length > 0) {
        return {
            id: 'decisions',
            status: 'skipped',
            summary: `${unverifiable.length} of ${count} decision(s) cannot be re-checked: ${unverifiable[0]?.message ?? ''}`,
            problems: unverifiable.map((p) => ({ check: 'decisions', ...p }))
        };
    }
    return checkResult('decisions', [...problems, ...unverifiable], `${count} decision(s) re-evaluated from the trace give the recorded results`);
}
function recheck(runbook, d, state, last) {
    const at = { step_id: d.step_id, seq: d.seq };
    const what = `${d.kind} decision at record ${d.seq} (step '${d.step_id}')`;
    const step = runbook.steps[d.step_index];
    const text = d.kind === 'guard' ? step?.when : step?.outcomes?.[d.outcome_index ?? -1]?.when;
    if (step === undefined || step.id !== d.step_id || text === undefined)
        return { problem: { ...at, message: `${what}: the runbook has no such condition` } };
    const read = (0,decisions/* conditionOf */.rI)(runbook, text);
    if (!read.ok || read.condition.expression !== d.expression) {
        return {
            problem: {
                ...at,
                message: `${what}: evaluated '${d.expression}', but the runbook says '${text}'`
            }
        };
    }
    if (state === undefined)
        return { problem: { ...at, message: `${what}: no state before it` } };
    for (const name of new Set(read.condition.refs.map(refs/* refName */.P))) {
        const held = (0,decisions/* stateValue */.$O)(state, (id) => last.last(id), name);
        const recorded = d.values[name];
        if (JSON.stringify(held) !== JSON.stringify(recorded)) {
            return {
                problem: {
                    ...at,
                    message: `${what}: recorded ${name} = ${JSON.stringify(recorded) ?? 'unset'}, but the trace holds ${JSON.stringify(held) ?? 'unset'}`
                }
            };
        }
    }
    if ((d.redacted ?? []).length > 0) {
        return {
            redacted: true,
            problem: {
                ...at,
                message: `${what} read ${(d.redacted ?? []).join(', ')}, stored redacted: not re-checkable`
            }
        };
    }
    const again = (0,condition/* evaluateCondition */.F9)(read.condition, d.values);
    const result = again.ok ? again.value : null;
    if (result !== d.result) {
        return {
            problem: {
                ...at,
                message: `${what}: the recorded values give ${String(result)}, but ${String(d.result)} was recorded`
            }
        };
    }
    return undefined;
}
/** Each guarded step's result agrees with its guard decision, and the outcome with its decisions. */
function flowProblems(runbook, records) {
    const problems = [];
    const guard = new Map();
    const outcomes = new Map();
    for (const r of records) {
        if (r.type === 'decision_recorded') {
            if (r.kind === 'guard')
                guard.set(r.step_index, r.result);
            else {
                const m = outcomes.get(r.step_index) ?? new Map();
                m.set(r.outcome_index ?? -1, r.result);
                outcomes.set(r.step_index, m);
            }
        }
        else if (r.type === 'step_result') {
            const step = runbook.steps[r.result.step_index];
            if (step?.when === undefined) {
                if (r.result.status === 'not_taken')
                    problems.push({
                        seq: r.seq,
                        step_id: r.result.step_id,
                        message: `step '${r.result.step_id}' is recorded not_taken, but it has no condition`
                    });
                continue;
            }
            const decided = guard.get(r.result.step_index);
            const ran = r.result.status !== 'not_taken';
            if (decided === undefined || (decided !== null && decided !== ran)) {
                problems.push({
                    seq: r.seq,
                    step_id: r.result.step_id,
                    message: `step '${r.result.step_id}' is ${r.result.status}, but its guard decision was ${decided === undefined ? 'never recorded' : String(decided)}`
                });
            }
        }
        else if (r.type === 'run_finished' && r.outcome !== undefined) {
            const o = r.outcome;
            const step = runbook.steps[o.step_index];
            const decided = outcomes.get(o.step_index) ?? new Map();
            const first = (step?.outcomes ?? []).findIndex((x, j) => x.when === undefined || decided.get(j) === true);
            const chosen = step?.outcomes?.[first];
            if (step?.id !== o.step_id || chosen === undefined || chosen.state !== o.state) {
                problems.push({
                    seq: r.seq,
                    step_id: o.step_id,
                    message: `the run ended with outcome ${o.state} at step '${o.step_id}', which its outcome decisions do not give`
                });
            }
        }
    }
    return problems;
}

// EXTERNAL MODULE: ./src/trace/json-diff.ts
var json_diff = __webpack_require__(2171);
;// CONCATENATED MODULE: ./src/trace/verify-manifest.ts



/** Fields with checks of their own: the trace head (here) and the file digests (checkFiles). */
const OWN_CHECKS = new Set(['trace', 'files']);
/** run.json: present, naming the trace's last record, and agreeing with the trace field by field. */
function checkManifest(manifest, records, traceIntact, final) {
    if (typeof manifest === 'string')
        return checkResult('manifest', [{ file: 'run.json', message: manifest }], '');
    const problems = headProblems(manifest, records, traceIntact);
    const last = records.at(-1);
    if (final !== undefined && last !== undefined && problems.length === 0)
        problems.push(...fieldProblems(manifest, final, records, last.ts));
    return checkResult('manifest', problems, `run.json names the trace head (record ${manifest.trace.seq})`);
}
function headProblems(manifest, records, traceIntact) {
    const head = manifest.trace;
    const at = records[head.seq - 1];
    const last = records.at(-1);
    if (at === undefined) {
        const what = traceIntact ? 'records were truncated' : 'the trace is broken before it';
        const message = `run.json records trace head ${head.seq}, but trace.jsonl holds ${records.length} intact records: ${what}`;
        return [{ seq: head.seq, message }];
    }
    if (at.hash !== head.hash) {
        const message = `run.json's trace head does not match record ${head.seq} (hash differs)`;
        return [{ seq: head.seq, message }];
    }
    if (traceIntact && last !== undefined && last.seq !== head.seq) {
        const message = `trace.jsonl goes on after the head run.json records (record ${head.seq}): ${last.seq - head.seq} records were added after the run was committed`;
        return [{ seq: head.seq + 1, message }];
    }
    return [];
}
/** One problem per top-level field of run.json that differs from the fold, naming the first leaf. */
function fieldProblems(manifest, final, records, lastTs) {
    const expected = (0,trace_manifest/* manifestBody */.cv)(final, (0,trace_manifest/* stepSummary */.xw)(records), lastTs);
    const stored = manifest;
    const keys = [...new Set([...Object.keys(stored), ...Object.keys(expected)])];
    const problems = [];
    for (const key of keys.filter((k) => !OWN_CHECKS.has(k)).sort()) {
        const d = (0,json_diff/* firstDifference */.a)({ [key]: stored[key] }, { [key]: expected[key] });
        if (d === undefined)
            continue;
        problems.push({
            file: 'run.json',
            message: `run.json says ${d.path} ${d.left}, but the trace says ${d.right}`
        });
    }
    return problems;
}

// EXTERNAL MODULE: ./src/runbook/validate.ts + 11 modules
var validate = __webpack_require__(2138);
// EXTERNAL MODULE: ./src/runbook/diagnostic.ts
var diagnostic = __webpack_require__(6241);
// EXTERNAL MODULE: ./src/trace/errors.ts
var errors = __webpack_require__(5558);
// EXTERNAL MODULE: ./src/trace/hash-chain.ts
var hash_chain = __webpack_require__(2381);
// EXTERNAL MODULE: ./src/trace/snapshot.ts + 1 modules
var snapshot = __webpack_require__(8345);
;// CONCATENATED MODULE: ./src/trace/verify-storage.ts
// verify's checks of the stored record itself: the hash chain, run.json and the file digests, the
// snapshots, and the runbook copy. Each returns a VerifyCheck; none throws for damage it finds.








/** The hash chain, a torn tail, and whether the events describe a possible run. */
function checkTrace(trace, folded, 
/** What the durable head anchor proves is missing (durable-head.ts). */
short = []) {
    const problems = [];
    const n = trace.records.length;
    if (trace.broken !== undefined) {
        const { line, seq, message } = trace.broken;
        problems.push({ seq, line, message: `line ${line} (record ${seq}): ${message}` });
    }
    else if (trace.missing === true) {
        problems.push({
            message: 'there is no trace.jsonl: this is not a run directory, or its trace was deleted'
        });
    }
    else {
        // A torn line is a crash's unfinished append only when nothing durable saw it: `short` says
        // when the durable head anchor proves records (or the torn line itself) were on disk.
        for (const message of short)
            problems.push({ seq: n + 1, message });
        if (trace.torn !== undefined) {
            const { line, bytes } = trace.torn;
            problems.push({
                line,
                seq: n + 1,
                message: `the trace ends with a torn write of ${bytes} bytes at line ${line} (a crash mid-append): resume the run to set it aside`
            });
        }
        else if (n === 0) {
            // Nothing durable claims a record: the process ended before run_started was committed.
            const why = short.length === 0 ? `: ${errors/* NEVER_STARTED */.dD}` : '';
            problems.push({ message: `trace.jsonl holds no records${why}` });
        }
    }
    if (folded.error !== undefined) {
        const seq = folded.error.seq;
        problems.push({
            seq,
            line: seq,
            message: `events do not describe a possible run: ${folded.error.message}`
        });
    }
    return checkResult('trace', problems, `${n} records, hash chain intact`);
}
/**
 * Every file of the directory against run.json's digests (changed, missing or extra files), and
 * each stored full output against the digest its step_result recorded in the chain: run.json is
 * not chained, so its digests alone would let an output be swapped along with its entry.
 */
async function checkFiles(dir, manifest, records, digestOf) {
    const problems = [];
    const walk = await (0,trace_manifest/* walkRunDir */.qA)(dir);
    const present = new Set(walk.files);
    for (const [file, want] of Object.entries(manifest.files)) {
        if (!(0,run_paths/* isSafeRelativePath */.VH)(file)) {
            problems.push({
                file,
                message: `run.json lists ${JSON.stringify(file)}, which is not a path inside the run`
            });
        }
        else if (!present.has(file)) {
            problems.push({ file, message: `${file} is listed in run.json but missing` });
        }
        else {
            const got = await digestOf(file);
            if (got.sha256 !== want.sha256 || got.bytes !== want.bytes) {
                problems.push({
                    file,
                    message: `${file} changed: ${describeDigest(got)}, run.json records ${describeDigest(want)}`
                });
            }
        }
    }
    for (const file of walk.files) {
        if (!Object.hasOwn(manifest.files, file))
            problems.push({ file, message: `${file} is not listed in run.json` });
    }
    for (const file of walk.others)
        problems.push({ file, message: `${file} is not a regular file` });
    problems.push(...(await outputProblems(records, digestOf)));
    const count = Object.keys(manifest.files).length;
    return checkResult('files', problems, `${count} files match run.json`);
}
/** Each full output a step_result names (store_full_stdout) against that result's digest. */
async function outputProblems(records, digestOf) {
    const problems = [];
    for (const r of records) {
        if (r.type !== 'step_result')
            continue;
        for (const summary of [r.result.stdout, r.result.stderr]) {
            const file = summary?.file;
            if (summary === undefined || file === undefined)
                continue;
            const recorded = `the step_result at record ${r.seq} records ${describeDigest(summary)}`;
            if (!(0,run_paths/* isSafeRelativePath */.VH)(file)) {
                const message = `the step_result at record ${r.seq} names ${JSON.stringify(file)}, which is not a path inside the run`;
                problems.push({ file, seq: r.seq, message });
                continue;
            }
            const got = await digestOf(file).catch(() => undefined);
            if (got === undefined) {
                problems.push({ file, seq: r.seq, message: `${file} is missing; ${recorded}` });
            }
            else if (got.sha256 !== summary.sha256 || got.bytes !== summary.bytes) {
                problems.push({
                    file,
                    seq: r.seq,
                    message: `${file} is ${describeDigest(got)}, but ${recorded}`
                });
            }
        }
    }
    return problems;
}
/** Each snapshot against the trace: recorded digest, trace head, and state equal to the fold. */
async function checkSnapshots(dir, records, folded) {
    const problems = [];
    const recorded = new Map();
    for (const r of records)
        if (r.type === 'snapshot_written')
            recorded.set(r.file, r);
    const names = await (0,promises_.readdir)((0,run_paths/* inRun */.zs)(dir, run_paths/* SNAPSHOTS_DIR */.ST)).catch(() => []);
    const files = names
        .filter((n) => (0,run_paths/* snapshotIndex */.Zz)(n) !== undefined)
        .map((n) => `${run_paths/* SNAPSHOTS_DIR */.ST}/${n}`);
    for (const file of files.sort()) {
        const bytes = await (0,promises_.readFile)((0,run_paths/* inRun */.zs)(dir, file));
        const event = recorded.get(file);
        if (event === undefined) {
            problems.push({ file, message: `${file}: no snapshot_written event records it` });
        }
        else if (event.sha256 !== (0,hash_chain/* sha256Hex */.fg)(bytes)) {
            problems.push({
                file,
                seq: event.seq,
                message: `${file} differs from the digest recorded at record ${event.seq}`
            });
            continue;
        }
        const check = (0,snapshot/* checkSnapshot */.Po)(file, bytes, records, folded);
        if (!check.ok)
            problems.push({ file, message: `${file}: ${check.problem}` });
    }
    for (const [file, event] of recorded) {
        if (!files.includes(file)) {
            problems.push({
                file,
                seq: event.seq,
                message: `${file}, recorded at record ${event.seq}, is missing`
            });
        }
    }
    return checkResult('snapshots', problems, `${files.length} snapshots agree with the trace`);
}
/** runbook.yaml is the runbook the run started with, and it validates; returns it parsed. */
async function checkRunbookCopy(dir, digest) {
    if (digest === undefined) {
        return { check: skippedCheck('runbook', 'the trace has no run_started record') };
    }
    const fail = (message) => ({
        check: checkResult('runbook', [{ file: run_paths/* RUNBOOK_FILE */.a7, message }], '')
    });
    const bytes = await (0,promises_.readFile)((0,run_paths/* inRun */.zs)(dir, run_paths/* RUNBOOK_FILE */.a7)).catch(() => undefined);
    if (bytes === undefined)
        return fail(`${run_paths/* RUNBOOK_FILE */.a7} is missing`);
    const got = `sha256:${(0,hash_chain/* sha256Hex */.fg)(bytes)}`;
    if (got !== digest)
        return fail(`${run_paths/* RUNBOOK_FILE */.a7} is ${got}, but the run started with ${digest}`);
    const parsed = (0,validate/* validateRunbookText */.A)(bytes.toString('utf8'), run_paths/* RUNBOOK_FILE */.a7);
    const error = parsed.diagnostics.find((d) => d.severity === 'error');
    if (parsed.runbook === undefined) {
        return fail(`${run_paths/* RUNBOOK_FILE */.a7} does not validate: ${error === undefined ? '' : (0,diagnostic/* formatDiagnostic */.xy)(error)}`);
    }
    const summary = `${run_paths/* RUNBOOK_FILE */.a7} is the runbook the run started with (${digest.slice(0, 19)}…)`;
    return { check: checkResult('runbook', [], summary), runbook: parsed.runbook };
}

;// CONCATENATED MODULE: ./src/trace/verify.ts
// verifyRun: what an auditor runs on a run directory. It checks the stored record (hash chain,
// run.json and every file digest, snapshots, the runbook copy) and then the governance rules of
// seed §8 against the runbook the run started with. It reads only; it never repairs.














const RULE_CHECKS = [
    'run',
    'steps',
    'evidence',
    'approvals',
    'assertions',
    'decisions'
];
/** Verifies the run directory `dir`. Damage is reported, never thrown. */
async function verifyRun(dir, opts = {}) {
    const abs = (0,external_node_path_.resolve)(dir);
    const run_id = (0,external_node_path_.basename)(abs);
    if (!(await (0,promises_.stat)(abs).then((s) => s.isDirectory(), () => false))) {
        const check = checkResult('trace', [{ message: `${dir} is not a run directory` }], '');
        return { ok: false, run_id, records: 0, checks: [check] };
    }
    const digestOf = (0,durable_file/* digestsOnce */.Xs)(abs);
    const trace = await (0,trace_reader/* readTrace */.c)((0,run_paths/* inRun */.zs)(abs, run_paths/* TRACE_FILE */.BQ));
    const records = trace.records;
    const folded = (0,trace_fold/* foldStates */.E)(records);
    const final = folded.states.at(-1);
    // run.json's and the snapshots' claims have their own checks below; the anchor's is the trace's.
    const anchor = (await (0,durable_head/* durableClaims */.J)(abs)).filter((c) => c.source === run_paths/* HEAD_FILE */._d);
    const traceCheck = checkTrace(trace, folded, (0,durable_head/* shortfall */.S)(records, anchor));
    const intact = traceCheck.status === 'ok';
    const checks = [traceCheck];
    const manifestBytes = await (0,promises_.readFile)((0,run_paths/* inRun */.zs)(abs, run_paths/* MANIFEST_FILE */.h1)).catch(() => undefined);
    const manifest = manifestBytes === undefined
        ? 'the run is not committed: run.json missing'
        : (0,trace_manifest/* parseManifest */.Ng)(manifestBytes);
    checks.push(checkManifest(manifest, records, intact, final));
    checks.push(typeof manifest === 'string'
        ? skippedCheck('files', 'without run.json there are no digests to check files against')
        : await checkFiles(abs, manifest, intact ? records : [], digestOf));
    const untrusted = 'the trace is not intact, so its events cannot be trusted';
    checks.push(intact ? await checkSnapshots(abs, records, folded) : skippedCheck('snapshots', untrusted));
    const started = records[0]?.type === 'run_started' ? records[0] : undefined;
    const copy = await checkRunbookCopy(abs, started?.runbook_digest);
    const deviations = [];
    checks.push(copy.check);
    if (!intact || final === undefined) {
        checks.push(...RULE_CHECKS.map((id) => skippedCheck(id, untrusted)));
    }
    else if (copy.runbook === undefined) {
        const why = 'the runbook the run started with is not available to check against';
        checks.push(...RULE_CHECKS.map((id) => skippedCheck(id, why)));
    }
    else {
        const rules = await checkRules(copy.runbook, final, records, digestOf, opts.allowSkips);
        checks.push(...rules.checks);
        deviations.push(...rules.deviations);
        checks.push(checkDecisions(copy.runbook, records, (seq) => folded.states[seq - 2]));
    }
    return {
        ok: checks.every((c) => c.status === 'ok'),
        run_id,
        ...(final === undefined ? {} : { runbook_name: final.runbook_name, status: final.status }),
        ...(final?.outcome === undefined
            ? {}
            : {
                outcome: {
                    state: final.outcome.state,
                    step_id: final.outcome.step_id,
                    ...(final.outcome.recommendation === undefined
                        ? {}
                        : { recommendation: final.outcome.recommendation })
                }
            }),
        records: records.length,
        checks,
        ...(deviations.length === 0 ? {} : { deviations })
    };
}

// EXTERNAL MODULE: ./src/cli/exit-codes.ts
var exit_codes = __webpack_require__(8551);
// EXTERNAL MODULE: ./src/cli/outcome.ts
var outcome = __webpack_require__(6358);
;// CONCATENATED MODULE: ./src/cli/commands/verify.ts
// `runbook verify RUN`: checks a run directory (hash chain, manifest, snapshots, seed §8 rules).





/** Verifies a run given as a directory or as a run id under the runs directory; exit 0 or 1. */
async function verifyCommand(run, opts, io) {
    const direct = (0,external_node_path_.resolve)(io.cwd, run);
    const dir = (await isDir(direct))
        ? direct
        : (0,external_node_path_.resolve)(io.cwd, opts.runsDir ?? outcome/* DEFAULT_RUNS_DIR */.bL, run);
    if (!(await isDir(dir))) {
        const looked = dir === direct ? direct : `${direct} and ${dir}`;
        io.stderr.write(`runbook: no run directory '${run}' (looked for ${looked})\n`);
        return exit_codes/* ExitCode */.y.InvalidInput;
    }
    const report = await verifyRun(dir, { allowSkips: opts.allowSkips === true });
    io.stdout.write(opts.format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : formatVerifyReport(report));
    return report.ok ? exit_codes/* ExitCode */.y.Ok : exit_codes/* ExitCode */.y.StepFailed;
}
async function isDir(path) {
    try {
        return (await (0,promises_.stat)(path)).isDirectory();
    }
    catch {
        return false;
    }
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
