export const id = 150;
export const ids = [150];
export const modules = {

/***/ 6241:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ds: () => (/* binding */ sortDiagnostics),
/* harmony export */   Ot: () => (/* binding */ countBySeverity),
/* harmony export */   VH: () => (/* binding */ preview),
/* harmony export */   jV: () => (/* binding */ formatPath),
/* harmony export */   tl: () => (/* binding */ columnNote),
/* harmony export */   wv: () => (/* binding */ describeCounts),
/* harmony export */   xy: () => (/* binding */ formatDiagnostic)
/* harmony export */ });
// Diagnostics: every problem the validator, loaders and compiler report, with a rule id and a location.
/** Formats ['steps', 2, 'with', 'argv'] as `steps[2].with.argv`. */
/** How a condition's diagnostic names the column inside the expression. */
function columnNote(offset) {
    return `(column ${offset + 1} of the condition)`;
}
function formatPath(path) {
    let out = '';
    for (const seg of path) {
        if (typeof seg === 'number')
            out += `[${seg}]`;
        else if (/^[A-Za-z_][A-Za-z0-9_-]*$/.test(seg))
            out += out === '' ? seg : `.${seg}`;
        else
            out += `[${JSON.stringify(seg)}]`;
    }
    return out;
}
/** Shortens a value for a message: `'CrashLoop…'` (strings quoted, at most `max` characters). */
function preview(value, max = 60) {
    const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
    const short = text.length > max ? `${text.slice(0, max - 1)}…` : text;
    return typeof value === 'string' ? `'${short}'` : short;
}
/** `FILE:LINE:COL: error RULE: message (at path)` */
function formatDiagnostic(d) {
    const at = d.path === '' ? '' : ` (at ${d.path})`;
    return `${d.file}:${d.line}:${d.col}: ${d.severity} ${d.rule}: ${d.message}${at}`;
}
function countBySeverity(diagnostics) {
    let errors = 0;
    for (const d of diagnostics)
        if (d.severity === 'error')
            errors++;
    return { errors, warnings: diagnostics.length - errors };
}
/** Orders diagnostics by position, then rule id, so output is stable. */
function sortDiagnostics(diagnostics) {
    return diagnostics.sort((a, b) => a.file.localeCompare(b.file) ||
        a.line - b.line ||
        a.col - b.col ||
        a.rule.localeCompare(b.rule));
}
/** `2 errors, 1 warning` */
function describeCounts(errors, warnings) {
    return `${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`;
}


/***/ }),

/***/ 4484:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ createSchemaChecker)
/* harmony export */ });
/* harmony import */ var _diagnostic_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6241);

/** A checker reporting every violation `validate` finds as a located diagnostic. */
function createSchemaChecker(validate, explain = () => undefined) {
    return (source) => check(validate, source, explain);
}
function check(validate, source, explain) {
    if (validate(source.value))
        return [];
    const all = validate.errors ?? [];
    const tooShort = new Set(all.filter((e) => e.keyword === 'minLength').map((e) => e.instancePath));
    // ajv reports propertyNames twice (once with the offending name), `if` beside its `then`, and a
    // blank string fails both minLength and a non-blank pattern: one message each is enough.
    const errors = all.filter((e) => e.keyword !== 'propertyNames' &&
        e.keyword !== 'if' &&
        !(e.keyword === 'pattern' && tooShort.has(e.instancePath)));
    const seen = new Set();
    const out = [];
    for (const err of errors) {
        const path = pointerToPath(err.instancePath, source.value);
        const d = explain(err, path, source) ?? toDiagnostic(err, path, source);
        const key = `${d.line}:${d.col}:${d.rule}:${d.message}`;
        if (!seen.has(key)) {
            seen.add(key);
            out.push(d);
        }
    }
    return out;
}
function pointerToPath(pointer, value) {
    if (pointer === '')
        return [];
    let cursor = value;
    return pointer
        .slice(1)
        .split('/')
        .map((raw) => {
        const seg = raw.replace(/~1/g, '/').replace(/~0/g, '~');
        const out = Array.isArray(cursor) && /^\d+$/.test(seg) ? Number(seg) : seg;
        cursor =
            cursor !== null && typeof cursor === 'object'
                ? cursor[seg]
                : undefined;
        return out;
    });
}
function typeName(value) {
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'a list';
    if (typeof value === 'object')
        return 'a mapping';
    if (typeof value === 'number')
        return Number.isInteger(value) ? 'an integer' : 'a number';
    return `a ${typeof value}`;
}
const TYPE_NAMES = {
    object: 'a mapping',
    array: 'a list',
    integer: 'an integer'
};
function expectedType(raw) {
    const list = (Array.isArray(raw) ? raw : String(raw).split(',')).filter((t) => t !== 'null');
    return list.map((t) => TYPE_NAMES[String(t)] ?? `a ${String(t)}`).join(' or ');
}
function allowedKeys(schema) {
    if (schema !== null && typeof schema === 'object' && 'properties' in schema) {
        return Object.keys(schema.properties);
    }
    return [];
}
function toDiagnostic(err, path, source) {
    const p = err.params;
    const at = (rule, message, where = path, key = false) => source.diag(rule, 'error', message, where, { key });
    switch (err.keyword) {
        case 'additionalProperties': {
            const name = String(p.additionalProperty);
            const keys = allowedKeys(err.parentSchema);
            return at('schema-unknown-field', `unknown field '${name}'; expected one of: ${keys.join(', ')}`, [...path, name], true);
        }
        case 'false schema':
            return at('schema-unknown-field', `field '${String(path[path.length - 1])}' does not apply here`, path, true);
        case 'required':
            return at('schema-required', `missing required field '${String(p.missingProperty)}'`);
        case 'type': {
            // YAML reads unquoted 12, true or 1e400 as a number or a boolean; say how to keep it text.
            const data = err.data;
            const scalar = typeof data === 'number' || typeof data === 'boolean';
            const shown = typeof data === 'number' && !Number.isFinite(data) ? 'out of range' : (0,_diagnostic_js__WEBPACK_IMPORTED_MODULE_0__/* .preview */ .VH)(data);
            const wantsText = p.type === 'string' || (Array.isArray(p.type) && p.type.includes('string'));
            const hint = scalar && wantsText ? `; quote it if it is meant as text ("...")` : '';
            return at('schema-type', `expected ${expectedType(p.type)}, got ${typeName(data)} ${shown}${hint}`);
        }
        case 'enum': {
            const allowed = p.allowedValues
                .filter((v) => v !== null && v !== '')
                .map((v) => String(v));
            return at('schema-enum', `expected one of: ${allowed.join(', ')}; got ${(0,_diagnostic_js__WEBPACK_IMPORTED_MODULE_0__/* .preview */ .VH)(err.data)}`);
        }
        case 'const':
            return at('schema-const', `expected '${String(p.allowedValue)}', got ${(0,_diagnostic_js__WEBPACK_IMPORTED_MODULE_0__/* .preview */ .VH)(err.data)}`);
        case 'pattern':
            if (err.propertyName !== undefined) {
                const name = err.propertyName;
                return at('schema-name', `invalid name '${name}': expected it to match ${String(p.pattern)}`, [...path, name], true);
            }
            return at('schema-pattern', `${(0,_diagnostic_js__WEBPACK_IMPORTED_MODULE_0__/* .preview */ .VH)(err.data)} does not match ${String(p.pattern)}`);
        case 'minItems':
            return at('schema-min-items', `expected at least ${String(p.limit)} item(s), got ${err.data.length}`);
        case 'minLength':
            return at('schema-min-length', 'must not be empty');
        case 'minimum':
        case 'maximum':
        case 'exclusiveMinimum':
        case 'exclusiveMaximum':
            return at('schema-range', `expected a value ${String(p.comparison)} ${String(p.limit)}, got ${(0,_diagnostic_js__WEBPACK_IMPORTED_MODULE_0__/* .preview */ .VH)(err.data)}`);
        default:
            return at(`schema-${err.keyword}`, err.message ?? 'does not match the schema');
    }
}


/***/ }),

/***/ 612:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ ucs2length)
/* harmony export */ });
/* harmony import */ var ajv_dist_runtime_ucs2length_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6214);
// The one ajv runtime helper the generated validators (*-validator.generated.ts) use. A CommonJS
// module's default import is module.exports under Node and its `default` under some bundlers:
// take whichever is the function, so the generated code runs the same from source and bundled.

const loaded = ajv_dist_runtime_ucs2length_js__WEBPACK_IMPORTED_MODULE_0__/* ["default"] */ .A;
/** Length of a string in code points, as JSON Schema's minLength/maxLength count it. */
const ucs2length = typeof loaded === 'function' ? loaded : loaded.default;


/***/ }),

/***/ 150:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  LY: () => (/* binding */ RUNBOOK_SCHEMA),
  z$: () => (/* binding */ RUNBOOK_SCHEMA_ID),
  _U: () => (/* binding */ checkSchema)
});

;// CONCATENATED MODULE: ./schema/runbook.v0.schema.json
const runbook_v0_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://raw.githubusercontent.com/governed-runbook/governed-runbook/main/schema/runbook.v0.schema.json","title":"runbook/v0","description":"A governed, executable runbook: metadata with governance policy, then an ordered list of automated (cli) and manual steps (`steps`), or gert\'s decision tree (`tree`); exactly one of the two. Optional fields may be omitted, or written as null, \\"\\", [] or {}: all mean \\"absent\\".","type":"object","additionalProperties":false,"required":["apiVersion","meta"],"properties":{"apiVersion":{"const":"runbook/v0","description":"Format version. Always \\"runbook/v0\\".","examples":["runbook/v0"]},"meta":{"$ref":"#/$defs/meta"},"steps":{"type":"array","minItems":1,"description":"The steps, run in order. A step whose `when` is false is not taken; the run halts at the first failed step, or ends at the first outcome reached. Exactly one of steps and tree.","examples":[[{"id":"disk_usage","type":"cli","with":{"argv":["df","-h","/"]}}]],"items":{"$ref":"#/$defs/step"}},"tree":{"type":"array","minItems":1,"description":"gert\'s decision-tree form: each node is a step followed by branches whose steps run when the branch condition holds. Read as the flat list of steps it stands for (`runbook convert` prints it). Exactly one of steps and tree.","examples":[[{"step":{"id":"check","type":"cli","with":{"argv":["df","-h"]}},"branches":[{"condition":"captures.usage == \\"high\\"","label":"Disk full","steps":[]}]}]],"items":{"$ref":"#/$defs/treeNode"}}},"$defs":{"meta":{"type":"object","additionalProperties":false,"required":["name"],"description":"Runbook metadata: name, variables, defaults and governance policy.","examples":[{"name":"disk-pressure","vars":{"mount":"/"}}],"properties":{"name":{"type":"string","minLength":1,"pattern":"\\\\S","description":"Short name of the runbook, shown in traces and reports.","examples":["node-disk-pressure"]},"description":{"type":["string","null"],"description":"What the runbook is for and when to run it.","examples":["Diagnose a node reporting DiskPressure."]},"source":{"type":["object","null"],"additionalProperties":false,"required":["file"],"description":"Where the runbook was compiled from (the Go peer gert\'s field). `runbook compile` writes file and source_hash and no timestamp, so its output stays byte-identical; `runbook validate` warns when the source file no longer has this digest (the runbook is stale). compiled_at, compiled_by and model are read as gert writes them and otherwise unused.","examples":[{"file":"disk-pressure.md","source_hash":"sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"}],"properties":{"file":{"type":"string","minLength":1,"description":"The source TSG, relative to the runbook\'s directory.","examples":["disk-pressure.md"]},"source_hash":{"type":["string","null"],"pattern":"^(sha256:)?[0-9a-f]{64}$","description":"sha256 of the source\'s text as UTF-8 (a byte-order mark excluded), written `sha256:<hex>` (plain hex, as gert may write it, is read too).","examples":["sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"]},"compiled_at":{"type":["string","null"],"description":"gert: when it was compiled. Never written by runbook compile (output stays byte-identical).","examples":["2026-02-14T10:00:00Z"]},"compiled_by":{"type":["string","null"],"description":"gert: what compiled it.","examples":["gert compile"]},"model":{"type":["string","null"],"description":"gert: the LLM model that helped, if any.","examples":["gpt-4o"]}}},"vars":{"type":["object","null"],"description":"Template variables with their defaults, referenced as {{ .name }}. An environment variable of the same name, then --var name=value, override the default.","examples":[{"namespace":"prod","pod_name":""}],"propertyNames":{"pattern":"^[A-Za-z_][A-Za-z0-9_]*$"},"additionalProperties":{"type":"string","description":"Default value of the variable (a string; may be empty).","examples":["prod"]}},"defaults":{"type":["object","null"],"additionalProperties":false,"description":"Defaults applied to every step unless the step overrides them.","examples":[{"timeout":"5m"}],"properties":{"timeout":{"$ref":"#/$defs/duration"}}},"governance":{"$ref":"#/$defs/governance"},"kind":{"enum":["mitigation","reference","composable","rca","",null],"description":"gert\'s kind of runbook (informational).","examples":["mitigation"]},"prose":{"type":["object","null"],"additionalProperties":false,"description":"gert\'s human-readable sections of the source TSG (informational; kept with the runbook).","examples":[{"background":"This alert fires when..."}],"properties":{"background":{"type":["string","null"],"description":"Background.","examples":["This alert fires when..."]},"safety":{"type":["string","null"],"description":"Safety notes.","examples":["Use the certified CAS TSG."]},"prerequisites":{"type":["string","null"],"description":"Prerequisites.","examples":["- Server name"]},"post_mitigation":{"type":["string","null"],"description":"What to check after mitigating.","examples":["Verify the rate recovered."]},"notes":{"type":["string","null"],"description":"Other notes.","examples":["..."]},"references":{"type":["array","null"],"description":"Links.","examples":[[{"title":"Dashboard","url":"https://example.com"}]],"items":{"type":"object","additionalProperties":false,"required":["title","url"],"description":"A link.","examples":[{"title":"Dashboard","url":"https://example.com"}],"properties":{"title":{"type":"string","description":"Title.","examples":["Dashboard"]},"url":{"type":"string","description":"URL.","examples":["https://example.com"]}}}},"ownership":{"type":["object","null"],"additionalProperties":false,"required":["team"],"description":"Owning team.","examples":[{"team":"SRE"}],"properties":{"team":{"type":"string","description":"Team.","examples":["SRE"]},"email":{"type":["string","null"],"description":"Contact.","examples":["sre@example.com"]}}}}},"inputs":{"type":["object","null"],"description":"gert\'s inputs: vars with a description and a default. `from: prompt` asks at a terminal (a required --var without one); any other source must be given as --var unless there is a default.","examples":[{"server_name":{"from":"prompt","description":"Logical server name"}}],"propertyNames":{"pattern":"^[A-Za-z_][A-Za-z0-9_]*$"},"additionalProperties":{"type":"object","additionalProperties":false,"required":["from"],"description":"One input.","examples":[{"from":"prompt","description":"Logical server name","default":""}],"properties":{"from":{"type":"string","minLength":1,"description":"Where the value comes from: prompt, or an external source name (given with --var here).","examples":["prompt","icm.customFields.ServerName"]},"description":{"type":["string","null"],"description":"What the input is.","examples":["Logical server name"]},"default":{"type":["string","null"],"description":"Value when none is given.","examples":["prod"]},"example":{"type":["string","null"],"description":"An example value, shown when asking.","examples":["srv-01"]},"pattern":{"type":["string","null"],"description":"gert\'s input pattern (informational).","examples":["^[a-z0-9-]+$"]}}}}}},"governance":{"type":["object","null"],"additionalProperties":false,"description":"Policy enforced by the engine before anything runs: which commands may run, which environment variables templates may read, what is redacted, and what evidence manual steps need.","examples":[{"allowed_commands":["kubectl"],"deny_env_vars":["AWS_*"]}],"properties":{"allowed_commands":{"type":["array","null"],"description":"Allowlist of commands (argv[0], matched by basename and by resolved path). When non-empty, every other command is refused.","examples":[["kubectl","df","uname"]],"items":{"type":"string","minLength":1,"description":"A command name or absolute path.","examples":["kubectl"]}},"denied_commands":{"type":["array","null"],"description":"Denylist of commands (argv[0]). Denial wins over the allowlist.","examples":[["rm","dd","mkfs"]],"items":{"type":"string","minLength":1,"description":"A command name or absolute path.","examples":["rm"]}},"deny_env_vars":{"type":["array","null"],"description":"Glob patterns (* and ?) of environment variable names that templates may never read. Their values are also redacted from all output.","examples":[["SECRET_*","TOKEN","AWS_*"]],"items":{"type":"string","minLength":1,"description":"A glob over variable names.","examples":["AWS_*"]}},"redact":{"type":["array","null"],"description":"Redaction rules applied line by line to every output before it is stored, captured, printed or reported.","examples":[[{"pattern":"(?i)password\\\\s*[:=]\\\\s*\\\\S+","replace":"password: <redacted>"}]],"items":{"$ref":"#/$defs/redactRule"}},"evidence":{"type":["object","null"],"additionalProperties":false,"description":"Evidence policy.","examples":[{"require_for_manual":true,"store_full_stdout":false}],"properties":{"require_for_manual":{"type":["boolean","null"],"description":"When true, every manual step must record evidence; a manual step that declares none asks for a text attestation.","examples":[true]},"store_full_stdout":{"type":["boolean","null"],"description":"When true, the full redacted stdout and stderr of each cli step are kept in the run directory; otherwise only sha256, size and a head/tail preview.","examples":[false]}}}}},"redactRule":{"type":"object","additionalProperties":false,"required":["pattern"],"description":"One redaction rule.","examples":[{"pattern":"Bearer [A-Za-z0-9._-]+","replace":"Bearer <redacted>"}],"properties":{"pattern":{"type":"string","minLength":1,"description":"Regular expression (RE2-style; a leading (?i), (?s) or (?m) flag group is accepted). Matched within a single line.","examples":["(?i)password\\\\s*[:=]\\\\s*\\\\S+"]},"replace":{"type":["string","null"],"description":"Replacement text; defaults to \\"<redacted>\\". Groups of the pattern can be referenced as $1 or ${name}, as in Go regexp.ReplaceAllString; $$ is a literal $.","examples":["password=<redacted>","$1=<redacted>"]}}},"duration":{"type":["string","null"],"pattern":"^(|0|([0-9]+(\\\\.[0-9]+)?(ns|us|µs|ms|s|m|h))+)$","description":"A Go-style duration: a sequence of numbers with units ns, us, ms, s, m, h. Empty means absent.","examples":["30s","5m","1h30m"]},"stepId":{"type":"string","pattern":"^[a-z0-9][a-z0-9_-]*$","description":"Unique step id: lowercase letters, digits, _ and -, starting with a letter or digit.","examples":["check_pods"]},"step":{"type":"object","additionalProperties":false,"required":["id","type"],"description":"One step. A cli step runs a command; a manual step asks a person for evidence and approvals. Any step may carry a `when` condition and `outcomes`.","examples":[{"id":"check_pods","type":"cli","with":{"argv":["kubectl","get","pods"]}}],"properties":{"id":{"$ref":"#/$defs/stepId"},"type":{"enum":["cli","manual"],"description":"Step type: \\"cli\\" runs with.argv; \\"manual\\" shows instructions and collects evidence.","examples":["cli"]},"title":{"type":["string","null"],"description":"Short human title of the step.","examples":["Check pod status"]},"description":{"type":["string","null"],"description":"Longer explanation of why the step exists.","examples":["Pods in CrashLoopBackOff point at a bad rollout."]},"with":{"$ref":"#/$defs/with"},"capture":{"type":["object","null"],"description":"Values to keep from this step for later templates: name -> stdout | stderr | exit_code. Later steps reference them as {{ .name }}.","examples":[{"pods":"stdout"}],"propertyNames":{"pattern":"^[A-Za-z_][A-Za-z0-9_]*$"},"additionalProperties":{"enum":["stdout","stderr","exit_code"],"description":"Which output to capture.","examples":["stdout"]}},"assertions":{"type":["array","null"],"description":"Checks on the step output. Every assertion must pass for the step to pass.","examples":[[{"not_contains":"CrashLoopBackOff"},{"exit_code":0}]],"items":{"$ref":"#/$defs/assertion"}},"timeout":{"$ref":"#/$defs/duration"},"confirm":{"type":["boolean","null"],"description":"Require a two-step confirmation before this cli step runs (type the step id back, or an approval when there is no terminal). Destructive commands always require it.","examples":[true]},"instructions":{"type":["string","null"],"description":"What the person must do (manual steps). Markdown is allowed.","examples":["Open the dashboard and confirm error_rate < 1%."]},"required_evidence":{"type":["array","null"],"description":"Evidence a manual step must collect before it can pass.","examples":[[{"kind":"text","name":"ticket"}]],"items":{"$ref":"#/$defs/evidence"}},"approvals":{"$ref":"#/$defs/approvals"},"replay_mode":{"enum":["reuse_evidence","prompt","",null],"description":"How a manual step behaves in replay mode: \\"reuse_evidence\\" takes its evidence from the scenario evidence file; \\"prompt\\" (the default) asks for it as in a real run.","examples":["reuse_evidence"]},"when":{"type":["string","null"],"description":"A condition (CEL): the step runs only when it holds; otherwise it is recorded as not_taken. Names: vars.NAME, captures.NAME, evidence.STEP.NAME, steps.ID.status and steps.ID.exit_code of earlier steps.","examples":["captures.usage_pct > \\"90\\"","evidence.triage.response == \\"rollback\\""]},"outcomes":{"type":["array","null"],"description":"How the run may end at this step: when the step passes, the first outcome whose `when` holds (or that has none) ends the run with its state and recommendation; later steps are not reached.","examples":[[{"when":"captures.usage == \\"ok\\"","state":"no_action","recommendation":"Nothing to do."}]],"items":{"$ref":"#/$defs/outcome"}},"choices":{"type":["object","null"],"additionalProperties":false,"required":["variable","options"],"description":"gert\'s choice on a manual step: the person picks one option; its value is recorded as choice evidence named `variable`, usable in conditions.","examples":[{"variable":"response","prompt":"Which response?","options":[{"value":"lockdown"},{"value":"rollback"}]}],"properties":{"variable":{"type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_]*$","description":"Name the chosen value is recorded under.","examples":["response"]},"prompt":{"type":["string","null"],"description":"The question.","examples":["Which response?"]},"options":{"type":"array","minItems":2,"description":"The options (at least two).","examples":[[{"value":"a"},{"value":"b"}]],"items":{"$ref":"#/$defs/choiceOption"}}}}}},"with":{"type":["object","null"],"additionalProperties":false,"description":"How a cli step runs its command.","examples":[{"argv":["kubectl","get","pods","-n","{{ .namespace }}"]}],"properties":{"argv":{"type":["array","null"],"description":"The command and its arguments, run directly (never through a shell). argv[0] must be a literal; other elements may hold {{ .name }} templates, each expanding to exactly one argument.","examples":[["kubectl","get","pods","-n","{{ .namespace }}"]],"items":{"type":"string","description":"One argument.","examples":["get"]}},"env":{"type":["object","null"],"description":"Extra environment variables for the command. Values may hold templates.","examples":[{"KUBECONFIG":"/etc/kube/config"}],"propertyNames":{"pattern":"^[A-Za-z_][A-Za-z0-9_]*$"},"additionalProperties":{"type":"string","description":"Variable value.","examples":["/etc/kube/config"]}},"allow_env_hooks":{"type":["array","null"],"description":"Names in env that may set a loader or interpreter hook (PATH, LD_*, DYLD_*, NODE_OPTIONS, BASH_ENV, GIT_*, PYTHONPATH, ...; see rule env-hook). Without this opt-in such a name is refused by validate and by the engine. argv[0] is still found on the run\'s own PATH.","examples":[["LD_LIBRARY_PATH"]],"items":{"type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_]*$","description":"An environment variable name set in env.","examples":["LD_LIBRARY_PATH"]}},"cwd":{"type":["string","null"],"description":"Working directory for the command, relative to the directory the run starts in.","examples":["deploy/"]},"stdin":{"type":["string","null"],"description":"Text written to the command standard input. May hold templates.","examples":["{\\"dryRun\\": true}"]}}},"assertion":{"type":"object","minProperties":1,"maxProperties":1,"description":"Exactly one check. Text checks apply to stdout.","examples":[{"contains":"Running"}],"additionalProperties":false,"properties":{"contains":{"type":"string","description":"stdout contains this text.","examples":["Running"]},"not_contains":{"type":"string","description":"stdout does not contain this text.","examples":["CrashLoopBackOff"]},"matches":{"type":"string","description":"stdout, without its trailing newline, matches this regular expression (RE2-style; a leading (?i), (?s) or (?m) is accepted). A {{ .name }} in it stands for that value, matched literally.","examples":["(?m)^Filesystem","^{{ .app }}-[a-z0-9]+-[a-z0-9]{5}$"]},"exit_code":{"type":"integer","minimum":0,"maximum":255,"description":"The command exits with this code. A non-zero expected code makes that exit a pass.","examples":[0]},"equals":{"type":"string","description":"stdout, without its trailing newline, equals this text.","examples":["Linux"]},"not_equals":{"type":"string","description":"stdout, without its trailing newline, differs from this text.","examples":[""]},"json_path":{"type":"object","additionalProperties":false,"required":["path","equals"],"description":"stdout parses as JSON and the value at path equals the given value.","examples":[{"path":"$.status.phase","equals":"Running"}],"properties":{"path":{"type":"string","pattern":"^\\\\$(\\\\.[A-Za-z_][A-Za-z0-9_-]*|\\\\[[0-9]+\\\\]|\\\\[\'[^\']*\'\\\\])*$","description":"A simple JSONPath: $ followed by .field, [index] or [\'key\'] segments.","examples":["$.items[0].status.phase"]},"equals":{"description":"Expected JSON value (compared structurally).","examples":["Running",3,true],"type":["string","number","boolean","null","array","object"]}}}}},"evidence":{"type":"object","additionalProperties":false,"required":["kind","name"],"description":"One piece of evidence a manual step needs.","examples":[{"kind":"checklist","name":"criteria","items":["error_rate < 1%"]}],"properties":{"kind":{"enum":["text","checklist","attachment","choice"],"description":"text: a line of text; checklist: every item ticked; attachment: a file copied into the run; choice: exactly one of options.","examples":["text"]},"name":{"type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_-]*$","description":"Evidence name, unique within the step.","examples":["dashboard_link"]},"description":{"type":["string","null"],"description":"What to provide.","examples":["Link to the Grafana panel you checked."]},"items":{"type":["array","null"],"description":"Checklist items (checklist only). Every item must be ticked.","examples":[["Checked error_rate < 1%"]],"items":{"type":"string","minLength":1,"description":"One item.","examples":["Checked error_rate < 1%"]}},"options":{"type":["array","null"],"description":"The options of a choice (choice only; at least two).","examples":[["lockdown","release","rollback"]],"items":{"$ref":"#/$defs/choiceOption"}}}},"approvals":{"type":["object","null"],"additionalProperties":false,"required":["min"],"description":"Sign-off a step needs: distinct approvers (the same person twice counts once), optionally holding one of the roles.","examples":[{"min":1,"roles":["DRI"]}],"properties":{"min":{"type":"integer","description":"Number of distinct approvers needed (at least 1).","examples":[1]},"roles":{"type":["array","null"],"description":"When set, an approver must hold one of these roles.","examples":[["DRI","incident-commander"]],"items":{"type":"string","minLength":1,"description":"A role name.","examples":["DRI"]}},"allow_self":{"type":["boolean","null"],"description":"When true, whoever started the run may also approve it. Off by default: in GitHub an approval by the run\'s starter is refused.","examples":[true]}}},"treeNode":{"type":"object","additionalProperties":false,"required":["step"],"description":"One node of a tree: a step and the branches that follow it.","examples":[{"step":{"id":"check","type":"cli","with":{"argv":["df","-h"]}}}],"properties":{"step":{"$ref":"#/$defs/step"},"branches":{"type":["array","null"],"description":"Conditional continuations after the step.","examples":[[{"condition":"captures.usage == \\"high\\"","steps":[]}]],"items":{"$ref":"#/$defs/branch"}}}},"branch":{"type":"object","additionalProperties":false,"required":["condition"],"description":"A branch: its steps run when the condition holds (after the step it follows).","examples":[{"condition":"cause == \\"HasDumps\\"","label":"Dumps found","steps":[]}],"properties":{"condition":{"type":"string","minLength":1,"description":"A condition (CEL, or the expr-lang subset gert writes).","examples":["cause == \\"HasDumps\\""]},"label":{"type":["string","null"],"description":"Short name of the branch.","examples":["Dumps found"]},"steps":{"type":["array","null"],"description":"The nodes of the branch.","examples":[[]],"items":{"$ref":"#/$defs/treeNode"}}}},"outcome":{"type":"object","additionalProperties":false,"required":["state"],"description":"A way the run ends (gert\'s shape).","examples":[{"when":"captures.usage == \\"ok\\"","state":"resolved","recommendation":"Close the incident."}],"properties":{"when":{"type":["string","null"],"description":"A condition (CEL); absent means always.","examples":["steps.fix.exit_code == 0"]},"state":{"enum":["resolved","mitigated","escalated","no_action","needs_rca"],"description":"The end state of the run.","examples":["resolved"]},"recommendation":{"type":["string","null"],"description":"What to do next, shown when the run ends here.","examples":["Escalate to the storage team."]}}},"choiceOption":{"anyOf":[{"type":"string","minLength":1,"description":"The option value.","examples":["rollback"]},{"type":"object","additionalProperties":false,"required":["value"],"description":"An option with a label.","examples":[{"value":"rollback","label":"Roll back"}],"properties":{"value":{"type":"string","minLength":1,"description":"The value recorded.","examples":["rollback"]},"label":{"type":["string","null"],"description":"What the person sees.","examples":["Roll back the release"]},"description":{"type":["string","null"],"description":"More about it.","examples":["Reverts to the last good build."]}}}],"description":"One option: a value, or {value, label, description}.","examples":["rollback",{"value":"rollback","label":"Roll back"}]}}}');
// EXTERNAL MODULE: ./src/runbook/diagnostic.ts
var diagnostic = __webpack_require__(6241);
// EXTERNAL MODULE: ./src/runbook/schema-runtime.ts
var schema_runtime = __webpack_require__(612);
;// CONCATENATED MODULE: ./src/runbook/runbook-validator.generated.ts
/* Generated from schema/runbook.v0.schema.json by scripts/gen-validators.mjs. Do not edit: run `npm run gen`. */
// @ts-nocheck

const validate = validate52;
/* harmony default export */ const runbook_validator_generated = ((/* unused pure expression or super */ null && (validate52)));
const schema19 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://raw.githubusercontent.com/governed-runbook/governed-runbook/main/schema/runbook.v0.schema.json", "title": "runbook/v0", "description": "A governed, executable runbook: metadata with governance policy, then an ordered list of automated (cli) and manual steps (`steps`), or gert's decision tree (`tree`); exactly one of the two. Optional fields may be omitted, or written as null, \"\", [] or {}: all mean \"absent\".", "type": "object", "additionalProperties": false, "required": ["apiVersion", "meta"], "properties": { "apiVersion": { "const": "runbook/v0", "description": "Format version. Always \"runbook/v0\".", "examples": ["runbook/v0"] }, "meta": { "$ref": "#/$defs/meta" }, "steps": { "type": "array", "minItems": 1, "description": "The steps, run in order. A step whose `when` is false is not taken; the run halts at the first failed step, or ends at the first outcome reached. Exactly one of steps and tree.", "examples": [[{ "id": "disk_usage", "type": "cli", "with": { "argv": ["df", "-h", "/"] } }]], "items": { "$ref": "#/$defs/step" } }, "tree": { "type": "array", "minItems": 1, "description": "gert's decision-tree form: each node is a step followed by branches whose steps run when the branch condition holds. Read as the flat list of steps it stands for (`runbook convert` prints it). Exactly one of steps and tree.", "examples": [[{ "step": { "id": "check", "type": "cli", "with": { "argv": ["df", "-h"] } }, "branches": [{ "condition": "captures.usage == \"high\"", "label": "Disk full", "steps": [] }] }]], "items": { "$ref": "#/$defs/treeNode" } } }, "$defs": { "meta": { "type": "object", "additionalProperties": false, "required": ["name"], "description": "Runbook metadata: name, variables, defaults and governance policy.", "examples": [{ "name": "disk-pressure", "vars": { "mount": "/" } }], "properties": { "name": { "type": "string", "minLength": 1, "pattern": "\\S", "description": "Short name of the runbook, shown in traces and reports.", "examples": ["node-disk-pressure"] }, "description": { "type": ["string", "null"], "description": "What the runbook is for and when to run it.", "examples": ["Diagnose a node reporting DiskPressure."] }, "source": { "type": ["object", "null"], "additionalProperties": false, "required": ["file"], "description": "Where the runbook was compiled from (the Go peer gert's field). `runbook compile` writes file and source_hash and no timestamp, so its output stays byte-identical; `runbook validate` warns when the source file no longer has this digest (the runbook is stale). compiled_at, compiled_by and model are read as gert writes them and otherwise unused.", "examples": [{ "file": "disk-pressure.md", "source_hash": "sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08" }], "properties": { "file": { "type": "string", "minLength": 1, "description": "The source TSG, relative to the runbook's directory.", "examples": ["disk-pressure.md"] }, "source_hash": { "type": ["string", "null"], "pattern": "^(sha256:)?[0-9a-f]{64}$", "description": "sha256 of the source's text as UTF-8 (a byte-order mark excluded), written `sha256:<hex>` (plain hex, as gert may write it, is read too).", "examples": ["sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"] }, "compiled_at": { "type": ["string", "null"], "description": "gert: when it was compiled. Never written by runbook compile (output stays byte-identical).", "examples": ["2026-02-14T10:00:00Z"] }, "compiled_by": { "type": ["string", "null"], "description": "gert: what compiled it.", "examples": ["gert compile"] }, "model": { "type": ["string", "null"], "description": "gert: the LLM model that helped, if any.", "examples": ["gpt-4o"] } } }, "vars": { "type": ["object", "null"], "description": "Template variables with their defaults, referenced as {{ .name }}. An environment variable of the same name, then --var name=value, override the default.", "examples": [{ "namespace": "prod", "pod_name": "" }], "propertyNames": { "pattern": "^[A-Za-z_][A-Za-z0-9_]*$" }, "additionalProperties": { "type": "string", "description": "Default value of the variable (a string; may be empty).", "examples": ["prod"] } }, "defaults": { "type": ["object", "null"], "additionalProperties": false, "description": "Defaults applied to every step unless the step overrides them.", "examples": [{ "timeout": "5m" }], "properties": { "timeout": { "$ref": "#/$defs/duration" } } }, "governance": { "$ref": "#/$defs/governance" }, "kind": { "enum": ["mitigation", "reference", "composable", "rca", "", null], "description": "gert's kind of runbook (informational).", "examples": ["mitigation"] }, "prose": { "type": ["object", "null"], "additionalProperties": false, "description": "gert's human-readable sections of the source TSG (informational; kept with the runbook).", "examples": [{ "background": "This alert fires when..." }], "properties": { "background": { "type": ["string", "null"], "description": "Background.", "examples": ["This alert fires when..."] }, "safety": { "type": ["string", "null"], "description": "Safety notes.", "examples": ["Use the certified CAS TSG."] }, "prerequisites": { "type": ["string", "null"], "description": "Prerequisites.", "examples": ["- Server name"] }, "post_mitigation": { "type": ["string", "null"], "description": "What to check after mitigating.", "examples": ["Verify the rate recovered."] }, "notes": { "type": ["string", "null"], "description": "Other notes.", "examples": ["..."] }, "references": { "type": ["array", "null"], "description": "Links.", "examples": [[{ "title": "Dashboard", "url": "https://example.com" }]], "items": { "type": "object", "additionalProperties": false, "required": ["title", "url"], "description": "A link.", "examples": [{ "title": "Dashboard", "url": "https://example.com" }], "properties": { "title": { "type": "string", "description": "Title.", "examples": ["Dashboard"] }, "url": { "type": "string", "description": "URL.", "examples": ["https://example.com"] } } } }, "ownership": { "type": ["object", "null"], "additionalProperties": false, "required": ["team"], "description": "Owning team.", "examples": [{ "team": "SRE" }], "properties": { "team": { "type": "string", "description": "Team.", "examples": ["SRE"] }, "email": { "type": ["string", "null"], "description": "Contact.", "examples": ["sre@example.com"] } } } } }, "inputs": { "type": ["object", "null"], "description": "gert's inputs: vars with a description and a default. `from: prompt` asks at a terminal (a required --var without one); any other source must be given as --var unless there is a default.", "examples": [{ "server_name": { "from": "prompt", "description": "Logical server name" } }], "propertyNames": { "pattern": "^[A-Za-z_][A-Za-z0-9_]*$" }, "additionalProperties": { "type": "object", "additionalProperties": false, "required": ["from"], "description": "One input.", "examples": [{ "from": "prompt", "description": "Logical server name", "default": "" }], "properties": { "from": { "type": "string", "minLength": 1, "description": "Where the value comes from: prompt, or an external source name (given with --var here).", "examples": ["prompt", "icm.customFields.ServerName"] }, "description": { "type": ["string", "null"], "description": "What the input is.", "examples": ["Logical server name"] }, "default": { "type": ["string", "null"], "description": "Value when none is given.", "examples": ["prod"] }, "example": { "type": ["string", "null"], "description": "An example value, shown when asking.", "examples": ["srv-01"] }, "pattern": { "type": ["string", "null"], "description": "gert's input pattern (informational).", "examples": ["^[a-z0-9-]+$"] } } } } } }, "governance": { "type": ["object", "null"], "additionalProperties": false, "description": "Policy enforced by the engine before anything runs: which commands may run, which environment variables templates may read, what is redacted, and what evidence manual steps need.", "examples": [{ "allowed_commands": ["kubectl"], "deny_env_vars": ["AWS_*"] }], "properties": { "allowed_commands": { "type": ["array", "null"], "description": "Allowlist of commands (argv[0], matched by basename and by resolved path). When non-empty, every other command is refused.", "examples": [["kubectl", "df", "uname"]], "items": { "type": "string", "minLength": 1, "description": "A command name or absolute path.", "examples": ["kubectl"] } }, "denied_commands": { "type": ["array", "null"], "description": "Denylist of commands (argv[0]). Denial wins over the allowlist.", "examples": [["rm", "dd", "mkfs"]], "items": { "type": "string", "minLength": 1, "description": "A command name or absolute path.", "examples": ["rm"] } }, "deny_env_vars": { "type": ["array", "null"], "description": "Glob patterns (* and ?) of environment variable names that templates may never read. Their values are also redacted from all output.", "examples": [["SECRET_*", "TOKEN", "AWS_*"]], "items": { "type": "string", "minLength": 1, "description": "A glob over variable names.", "examples": ["AWS_*"] } }, "redact": { "type": ["array", "null"], "description": "Redaction rules applied line by line to every output before it is stored, captured, printed or reported.", "examples": [[{ "pattern": "(?i)password\\s*[:=]\\s*\\S+", "replace": "password: <redacted>" }]], "items": { "$ref": "#/$defs/redactRule" } }, "evidence": { "type": ["object", "null"], "additionalProperties": false, "description": "Evidence policy.", "examples": [{ "require_for_manual": true, "store_full_stdout": false }], "properties": { "require_for_manual": { "type": ["boolean", "null"], "description": "When true, every manual step must record evidence; a manual step that declares none asks for a text attestation.", "examples": [true] }, "store_full_stdout": { "type": ["boolean", "null"], "description": "When true, the full redacted stdout and stderr of each cli step are kept in the run directory; otherwise only sha256, size and a head/tail preview.", "examples": [false] } } } } }, "redactRule": { "type": "object", "additionalProperties": false, "required": ["pattern"], "description": "One redaction rule.", "examples": [{ "pattern": "Bearer [A-Za-z0-9._-]+", "replace": "Bearer <redacted>" }], "properties": { "pattern": { "type": "string", "minLength": 1, "description": "Regular expression (RE2-style; a leading (?i), (?s) or (?m) flag group is accepted). Matched within a single line.", "examples": ["(?i)password\\s*[:=]\\s*\\S+"] }, "replace": { "type": ["string", "null"], "description": "Replacement text; defaults to \"<redacted>\". Groups of the pattern can be referenced as $1 or ${name}, as in Go regexp.ReplaceAllString; $$ is a literal $.", "examples": ["password=<redacted>", "$1=<redacted>"] } } }, "duration": { "type": ["string", "null"], "pattern": "^(|0|([0-9]+(\\.[0-9]+)?(ns|us|µs|ms|s|m|h))+)$", "description": "A Go-style duration: a sequence of numbers with units ns, us, ms, s, m, h. Empty means absent.", "examples": ["30s", "5m", "1h30m"] }, "stepId": { "type": "string", "pattern": "^[a-z0-9][a-z0-9_-]*$", "description": "Unique step id: lowercase letters, digits, _ and -, starting with a letter or digit.", "examples": ["check_pods"] }, "step": { "type": "object", "additionalProperties": false, "required": ["id", "type"], "description": "One step. A cli step runs a command; a manual step asks a person for evidence and approvals. Any step may carry a `when` condition and `outcomes`.", "examples": [{ "id": "check_pods", "type": "cli", "with": { "argv": ["kubectl", "get", "pods"] } }], "properties": { "id": { "$ref": "#/$defs/stepId" }, "type": { "enum": ["cli", "manual"], "description": "Step type: \"cli\" runs with.argv; \"manual\" shows instructions and collects evidence.", "examples": ["cli"] }, "title": { "type": ["string", "null"], "description": "Short human title of the step.", "examples": ["Check pod status"] }, "description": { "type": ["string", "null"], "description": "Longer explanation of why the step exists.", "examples": ["Pods in CrashLoopBackOff point at a bad rollout."] }, "with": { "$ref": "#/$defs/with" }, "capture": { "type": ["object", "null"], "description": "Values to keep from this step for later templates: name -> stdout | stderr | exit_code. Later steps reference them as {{ .name }}.", "examples": [{ "pods": "stdout" }], "propertyNames": { "pattern": "^[A-Za-z_][A-Za-z0-9_]*$" }, "additionalProperties": { "enum": ["stdout", "stderr", "exit_code"], "description": "Which output to capture.", "examples": ["stdout"] } }, "assertions": { "type": ["array", "null"], "description": "Checks on the step output. Every assertion must pass for the step to pass.", "examples": [[{ "not_contains": "CrashLoopBackOff" }, { "exit_code": 0 }]], "items": { "$ref": "#/$defs/assertion" } }, "timeout": { "$ref": "#/$defs/duration" }, "confirm": { "type": ["boolean", "null"], "description": "Require a two-step confirmation before this cli step runs (type the step id back, or an approval when there is no terminal). Destructive commands always require it.", "examples": [true] }, "instructions": { "type": ["string", "null"], "description": "What the person must do (manual steps). Markdown is allowed.", "examples": ["Open the dashboard and confirm error_rate < 1%."] }, "required_evidence": { "type": ["array", "null"], "description": "Evidence a manual step must collect before it can pass.", "examples": [[{ "kind": "text", "name": "ticket" }]], "items": { "$ref": "#/$defs/evidence" } }, "approvals": { "$ref": "#/$defs/approvals" }, "replay_mode": { "enum": ["reuse_evidence", "prompt", "", null], "description": "How a manual step behaves in replay mode: \"reuse_evidence\" takes its evidence from the scenario evidence file; \"prompt\" (the default) asks for it as in a real run.", "examples": ["reuse_evidence"] }, "when": { "type": ["string", "null"], "description": "A condition (CEL): the step runs only when it holds; otherwise it is recorded as not_taken. Names: vars.NAME, captures.NAME, evidence.STEP.NAME, steps.ID.status and steps.ID.exit_code of earlier steps.", "examples": ["captures.usage_pct > \"90\"", "evidence.triage.response == \"rollback\""] }, "outcomes": { "type": ["array", "null"], "description": "How the run may end at this step: when the step passes, the first outcome whose `when` holds (or that has none) ends the run with its state and recommendation; later steps are not reached.", "examples": [[{ "when": "captures.usage == \"ok\"", "state": "no_action", "recommendation": "Nothing to do." }]], "items": { "$ref": "#/$defs/outcome" } }, "choices": { "type": ["object", "null"], "additionalProperties": false, "required": ["variable", "options"], "description": "gert's choice on a manual step: the person picks one option; its value is recorded as choice evidence named `variable`, usable in conditions.", "examples": [{ "variable": "response", "prompt": "Which response?", "options": [{ "value": "lockdown" }, { "value": "rollback" }] }], "properties": { "variable": { "type": "string", "pattern": "^[A-Za-z_][A-Za-z0-9_]*$", "description": "Name the chosen value is recorded under.", "examples": ["response"] }, "prompt": { "type": ["string", "null"], "description": "The question.", "examples": ["Which response?"] }, "options": { "type": "array", "minItems": 2, "description": "The options (at least two).", "examples": [[{ "value": "a" }, { "value": "b" }]], "items": { "$ref": "#/$defs/choiceOption" } } } } } }, "with": { "type": ["object", "null"], "additionalProperties": false, "description": "How a cli step runs its command.", "examples": [{ "argv": ["kubectl", "get", "pods", "-n", "{{ .namespace }}"] }], "properties": { "argv": { "type": ["array", "null"], "description": "The command and its arguments, run directly (never through a shell). argv[0] must be a literal; other elements may hold {{ .name }} templates, each expanding to exactly one argument.", "examples": [["kubectl", "get", "pods", "-n", "{{ .namespace }}"]], "items": { "type": "string", "description": "One argument.", "examples": ["get"] } }, "env": { "type": ["object", "null"], "description": "Extra environment variables for the command. Values may hold templates.", "examples": [{ "KUBECONFIG": "/etc/kube/config" }], "propertyNames": { "pattern": "^[A-Za-z_][A-Za-z0-9_]*$" }, "additionalProperties": { "type": "string", "description": "Variable value.", "examples": ["/etc/kube/config"] } }, "allow_env_hooks": { "type": ["array", "null"], "description": "Names in env that may set a loader or interpreter hook (PATH, LD_*, DYLD_*, NODE_OPTIONS, BASH_ENV, GIT_*, PYTHONPATH, ...; see rule env-hook). Without this opt-in such a name is refused by validate and by the engine. argv[0] is still found on the run's own PATH.", "examples": [["LD_LIBRARY_PATH"]], "items": { "type": "string", "pattern": "^[A-Za-z_][A-Za-z0-9_]*$", "description": "An environment variable name set in env.", "examples": ["LD_LIBRARY_PATH"] } }, "cwd": { "type": ["string", "null"], "description": "Working directory for the command, relative to the directory the run starts in.", "examples": ["deploy/"] }, "stdin": { "type": ["string", "null"], "description": "Text written to the command standard input. May hold templates.", "examples": ["{\"dryRun\": true}"] } } }, "assertion": { "type": "object", "minProperties": 1, "maxProperties": 1, "description": "Exactly one check. Text checks apply to stdout.", "examples": [{ "contains": "Running" }], "additionalProperties": false, "properties": { "contains": { "type": "string", "description": "stdout contains this text.", "examples": ["Running"] }, "not_contains": { "type": "string", "description": "stdout does not contain this text.", "examples": ["CrashLoopBackOff"] }, "matches": { "type": "string", "description": "stdout, without its trailing newline, matches this regular expression (RE2-style; a leading (?i), (?s) or (?m) is accepted). A {{ .name }} in it stands for that value, matched literally.", "examples": ["(?m)^Filesystem", "^{{ .app }}-[a-z0-9]+-[a-z0-9]{5}$"] }, "exit_code": { "type": "integer", "minimum": 0, "maximum": 255, "description": "The command exits with this code. A non-zero expected code makes that exit a pass.", "examples": [0] }, "equals": { "type": "string", "description": "stdout, without its trailing newline, equals this text.", "examples": ["Linux"] }, "not_equals": { "type": "string", "description": "stdout, without its trailing newline, differs from this text.", "examples": [""] }, "json_path": { "type": "object", "additionalProperties": false, "required": ["path", "equals"], "description": "stdout parses as JSON and the value at path equals the given value.", "examples": [{ "path": "$.status.phase", "equals": "Running" }], "properties": { "path": { "type": "string", "pattern": "^\\$(\\.[A-Za-z_][A-Za-z0-9_-]*|\\[[0-9]+\\]|\\['[^']*'\\])*$", "description": "A simple JSONPath: $ followed by .field, [index] or ['key'] segments.", "examples": ["$.items[0].status.phase"] }, "equals": { "description": "Expected JSON value (compared structurally).", "examples": ["Running", 3, true], "type": ["string", "number", "boolean", "null", "array", "object"] } } } } }, "evidence": { "type": "object", "additionalProperties": false, "required": ["kind", "name"], "description": "One piece of evidence a manual step needs.", "examples": [{ "kind": "checklist", "name": "criteria", "items": ["error_rate < 1%"] }], "properties": { "kind": { "enum": ["text", "checklist", "attachment", "choice"], "description": "text: a line of text; checklist: every item ticked; attachment: a file copied into the run; choice: exactly one of options.", "examples": ["text"] }, "name": { "type": "string", "pattern": "^[A-Za-z_][A-Za-z0-9_-]*$", "description": "Evidence name, unique within the step.", "examples": ["dashboard_link"] }, "description": { "type": ["string", "null"], "description": "What to provide.", "examples": ["Link to the Grafana panel you checked."] }, "items": { "type": ["array", "null"], "description": "Checklist items (checklist only). Every item must be ticked.", "examples": [["Checked error_rate < 1%"]], "items": { "type": "string", "minLength": 1, "description": "One item.", "examples": ["Checked error_rate < 1%"] } }, "options": { "type": ["array", "null"], "description": "The options of a choice (choice only; at least two).", "examples": [["lockdown", "release", "rollback"]], "items": { "$ref": "#/$defs/choiceOption" } } } }, "approvals": { "type": ["object", "null"], "additionalProperties": false, "required": ["min"], "description": "Sign-off a step needs: distinct approvers (the same person twice counts once), optionally holding one of the roles.", "examples": [{ "min": 1, "roles": ["DRI"] }], "properties": { "min": { "type": "integer", "description": "Number of distinct approvers needed (at least 1).", "examples": [1] }, "roles": { "type": ["array", "null"], "description": "When set, an approver must hold one of these roles.", "examples": [["DRI", "incident-commander"]], "items": { "type": "string", "minLength": 1, "description": "A role name.", "examples": ["DRI"] } }, "allow_self": { "type": ["boolean", "null"], "description": "When true, whoever started the run may also approve it. Off by default: in GitHub an approval by the run's starter is refused.", "examples": [true] } } }, "treeNode": { "type": "object", "additionalProperties": false, "required": ["step"], "description": "One node of a tree: a step and the branches that follow it.", "examples": [{ "step": { "id": "check", "type": "cli", "with": { "argv": ["df", "-h"] } } }], "properties": { "step": { "$ref": "#/$defs/step" }, "branches": { "type": ["array", "null"], "description": "Conditional continuations after the step.", "examples": [[{ "condition": "captures.usage == \"high\"", "steps": [] }]], "items": { "$ref": "#/$defs/branch" } } } }, "branch": { "type": "object", "additionalProperties": false, "required": ["condition"], "description": "A branch: its steps run when the condition holds (after the step it follows).", "examples": [{ "condition": "cause == \"HasDumps\"", "label": "Dumps found", "steps": [] }], "properties": { "condition": { "type": "string", "minLength": 1, "description": "A condition (CEL, or the expr-lang subset gert writes).", "examples": ["cause == \"HasDumps\""] }, "label": { "type": ["string", "null"], "description": "Short name of the branch.", "examples": ["Dumps found"] }, "steps": { "type": ["array", "null"], "description": "The nodes of the branch.", "examples": [[]], "items": { "$ref": "#/$defs/treeNode" } } } }, "outcome": { "type": "object", "additionalProperties": false, "required": ["state"], "description": "A way the run ends (gert's shape).", "examples": [{ "when": "captures.usage == \"ok\"", "state": "resolved", "recommendation": "Close the incident." }], "properties": { "when": { "type": ["string", "null"], "description": "A condition (CEL); absent means always.", "examples": ["steps.fix.exit_code == 0"] }, "state": { "enum": ["resolved", "mitigated", "escalated", "no_action", "needs_rca"], "description": "The end state of the run.", "examples": ["resolved"] }, "recommendation": { "type": ["string", "null"], "description": "What to do next, shown when the run ends here.", "examples": ["Escalate to the storage team."] } } }, "choiceOption": { "anyOf": [{ "type": "string", "minLength": 1, "description": "The option value.", "examples": ["rollback"] }, { "type": "object", "additionalProperties": false, "required": ["value"], "description": "An option with a label.", "examples": [{ "value": "rollback", "label": "Roll back" }], "properties": { "value": { "type": "string", "minLength": 1, "description": "The value recorded.", "examples": ["rollback"] }, "label": { "type": ["string", "null"], "description": "What the person sees.", "examples": ["Roll back the release"] }, "description": { "type": ["string", "null"], "description": "More about it.", "examples": ["Reverts to the last good build."] } } }], "description": "One option: a value, or {value, label, description}.", "examples": ["rollback", { "value": "rollback", "label": "Roll back" }] } } };
const schema20 = { "type": "object", "additionalProperties": false, "required": ["name"], "description": "Runbook metadata: name, variables, defaults and governance policy.", "examples": [{ "name": "disk-pressure", "vars": { "mount": "/" } }], "properties": { "name": { "type": "string", "minLength": 1, "pattern": "\\S", "description": "Short name of the runbook, shown in traces and reports.", "examples": ["node-disk-pressure"] }, "description": { "type": ["string", "null"], "description": "What the runbook is for and when to run it.", "examples": ["Diagnose a node reporting DiskPressure."] }, "source": { "type": ["object", "null"], "additionalProperties": false, "required": ["file"], "description": "Where the runbook was compiled from (the Go peer gert's field). `runbook compile` writes file and source_hash and no timestamp, so its output stays byte-identical; `runbook validate` warns when the source file no longer has this digest (the runbook is stale). compiled_at, compiled_by and model are read as gert writes them and otherwise unused.", "examples": [{ "file": "disk-pressure.md", "source_hash": "sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08" }], "properties": { "file": { "type": "string", "minLength": 1, "description": "The source TSG, relative to the runbook's directory.", "examples": ["disk-pressure.md"] }, "source_hash": { "type": ["string", "null"], "pattern": "^(sha256:)?[0-9a-f]{64}$", "description": "sha256 of the source's text as UTF-8 (a byte-order mark excluded), written `sha256:<hex>` (plain hex, as gert may write it, is read too).", "examples": ["sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"] }, "compiled_at": { "type": ["string", "null"], "description": "gert: when it was compiled. Never written by runbook compile (output stays byte-identical).", "examples": ["2026-02-14T10:00:00Z"] }, "compiled_by": { "type": ["string", "null"], "description": "gert: what compiled it.", "examples": ["gert compile"] }, "model": { "type": ["string", "null"], "description": "gert: the LLM model that helped, if any.", "examples": ["gpt-4o"] } } }, "vars": { "type": ["object", "null"], "description": "Template variables with their defaults, referenced as {{ .name }}. An environment variable of the same name, then --var name=value, override the default.", "examples": [{ "namespace": "prod", "pod_name": "" }], "propertyNames": { "pattern": "^[A-Za-z_][A-Za-z0-9_]*$" }, "additionalProperties": { "type": "string", "description": "Default value of the variable (a string; may be empty).", "examples": ["prod"] } }, "defaults": { "type": ["object", "null"], "additionalProperties": false, "description": "Defaults applied to every step unless the step overrides them.", "examples": [{ "timeout": "5m" }], "properties": { "timeout": { "$ref": "#/$defs/duration" } } }, "governance": { "$ref": "#/$defs/governance" }, "kind": { "enum": ["mitigation", "reference", "composable", "rca", "", null], "description": "gert's kind of runbook (informational).", "examples": ["mitigation"] }, "prose": { "type": ["object", "null"], "additionalProperties": false, "description": "gert's human-readable sections of the source TSG (informational; kept with the runbook).", "examples": [{ "background": "This alert fires when..." }], "properties": { "background": { "type": ["string", "null"], "description": "Background.", "examples": ["This alert fires when..."] }, "safety": { "type": ["string", "null"], "description": "Safety notes.", "examples": ["Use the certified CAS TSG."] }, "prerequisites": { "type": ["string", "null"], "description": "Prerequisites.", "examples": ["- Server name"] }, "post_mitigation": { "type": ["string", "null"], "description": "What to check after mitigating.", "examples": ["Verify the rate recovered."] }, "notes": { "type": ["string", "null"], "description": "Other notes.", "examples": ["..."] }, "references": { "type": ["array", "null"], "description": "Links.", "examples": [[{ "title": "Dashboard", "url": "https://example.com" }]], "items": { "type": "object", "additionalProperties": false, "required": ["title", "url"], "description": "A link.", "examples": [{ "title": "Dashboard", "url": "https://example.com" }], "properties": { "title": { "type": "string", "description": "Title.", "examples": ["Dashboard"] }, "url": { "type": "string", "description": "URL.", "examples": ["https://example.com"] } } } }, "ownership": { "type": ["object", "null"], "additionalProperties": false, "required": ["team"], "description": "Owning team.", "examples": [{ "team": "SRE" }], "properties": { "team": { "type": "string", "description": "Team.", "examples": ["SRE"] }, "email": { "type": ["string", "null"], "description": "Contact.", "examples": ["sre@example.com"] } } } } }, "inputs": { "type": ["object", "null"], "description": "gert's inputs: vars with a description and a default. `from: prompt` asks at a terminal (a required --var without one); any other source must be given as --var unless there is a default.", "examples": [{ "server_name": { "from": "prompt", "description": "Logical server name" } }], "propertyNames": { "pattern": "^[A-Za-z_][A-Za-z0-9_]*$" }, "additionalProperties": { "type": "object", "additionalProperties": false, "required": ["from"], "description": "One input.", "examples": [{ "from": "prompt", "description": "Logical server name", "default": "" }], "properties": { "from": { "type": "string", "minLength": 1, "description": "Where the value comes from: prompt, or an external source name (given with --var here).", "examples": ["prompt", "icm.customFields.ServerName"] }, "description": { "type": ["string", "null"], "description": "What the input is.", "examples": ["Logical server name"] }, "default": { "type": ["string", "null"], "description": "Value when none is given.", "examples": ["prod"] }, "example": { "type": ["string", "null"], "description": "An example value, shown when asking.", "examples": ["srv-01"] }, "pattern": { "type": ["string", "null"], "description": "gert's input pattern (informational).", "examples": ["^[a-z0-9-]+$"] } } } } } };
const func1 = Object.prototype.hasOwnProperty;
const func2 = schema_runtime/* ucs2length */.K;
const pattern3 = new RegExp("\\S", "u");
const pattern4 = new RegExp("^(sha256:)?[0-9a-f]{64}$", "u");
const pattern5 = new RegExp("^[A-Za-z_][A-Za-z0-9_]*$", "u");
const schema21 = { "type": ["string", "null"], "pattern": "^(|0|([0-9]+(\\.[0-9]+)?(ns|us|µs|ms|s|m|h))+)$", "description": "A Go-style duration: a sequence of numbers with units ns, us, ms, s, m, h. Empty means absent.", "examples": ["30s", "5m", "1h30m"] };
const pattern6 = new RegExp("^(|0|([0-9]+(\\.[0-9]+)?(ns|us|µs|ms|s|m|h))+)$", "u");
function validate54(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
    let vErrors = null;
    let errors = 0;
    const evaluated0 = validate54.evaluated;
    if (evaluated0.dynamicProps) {
        evaluated0.props = undefined;
    }
    if (evaluated0.dynamicItems) {
        evaluated0.items = undefined;
    }
    if ((typeof data !== "string") && (data !== null)) {
        const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema21.type }, message: "must be string,null", schema: schema21.type, parentSchema: schema21, data };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    if (typeof data === "string") {
        if (!pattern6.test(data)) {
            const err1 = { instancePath, schemaPath: "#/pattern", keyword: "pattern", params: { pattern: "^(|0|([0-9]+(\\.[0-9]+)?(ns|us|µs|ms|s|m|h))+)$" }, message: "must match pattern \"" + "^(|0|([0-9]+(\\.[0-9]+)?(ns|us|µs|ms|s|m|h))+)$" + "\"", schema: "^(|0|([0-9]+(\\.[0-9]+)?(ns|us|µs|ms|s|m|h))+)$", parentSchema: schema21, data };
            if (vErrors === null) {
                vErrors = [err1];
            }
            else {
                vErrors.push(err1);
            }
            errors++;
        }
    }
    validate54.errors = vErrors;
    return errors === 0;
}
validate54.evaluated = { "dynamicProps": false, "dynamicItems": false };
const schema22 = { "type": ["object", "null"], "additionalProperties": false, "description": "Policy enforced by the engine before anything runs: which commands may run, which environment variables templates may read, what is redacted, and what evidence manual steps need.", "examples": [{ "allowed_commands": ["kubectl"], "deny_env_vars": ["AWS_*"] }], "properties": { "allowed_commands": { "type": ["array", "null"], "description": "Allowlist of commands (argv[0], matched by basename and by resolved path). When non-empty, every other command is refused.", "examples": [["kubectl", "df", "uname"]], "items": { "type": "string", "minLength": 1, "description": "A command name or absolute path.", "examples": ["kubectl"] } }, "denied_commands": { "type": ["array", "null"], "description": "Denylist of commands (argv[0]). Denial wins over the allowlist.", "examples": [["rm", "dd", "mkfs"]], "items": { "type": "string", "minLength": 1, "description": "A command name or absolute path.", "examples": ["rm"] } }, "deny_env_vars": { "type": ["array", "null"], "description": "Glob patterns (* and ?) of environment variable names that templates may never read. Their values are also redacted from all output.", "examples": [["SECRET_*", "TOKEN", "AWS_*"]], "items": { "type": "string", "minLength": 1, "description": "A glob over variable names.", "examples": ["AWS_*"] } }, "redact": { "type": ["array", "null"], "description": "Redaction rules applied line by line to every output before it is stored, captured, printed or reported.", "examples": [[{ "pattern": "(?i)password\\s*[:=]\\s*\\S+", "replace": "password: <redacted>" }]], "items": { "$ref": "#/$defs/redactRule" } }, "evidence": { "type": ["object", "null"], "additionalProperties": false, "description": "Evidence policy.", "examples": [{ "require_for_manual": true, "store_full_stdout": false }], "properties": { "require_for_manual": { "type": ["boolean", "null"], "description": "When true, every manual step must record evidence; a manual step that declares none asks for a text attestation.", "examples": [true] }, "store_full_stdout": { "type": ["boolean", "null"], "description": "When true, the full redacted stdout and stderr of each cli step are kept in the run directory; otherwise only sha256, size and a head/tail preview.", "examples": [false] } } } } };
const schema23 = { "type": "object", "additionalProperties": false, "required": ["pattern"], "description": "One redaction rule.", "examples": [{ "pattern": "Bearer [A-Za-z0-9._-]+", "replace": "Bearer <redacted>" }], "properties": { "pattern": { "type": "string", "minLength": 1, "description": "Regular expression (RE2-style; a leading (?i), (?s) or (?m) flag group is accepted). Matched within a single line.", "examples": ["(?i)password\\s*[:=]\\s*\\S+"] }, "replace": { "type": ["string", "null"], "description": "Replacement text; defaults to \"<redacted>\". Groups of the pattern can be referenced as $1 or ${name}, as in Go regexp.ReplaceAllString; $$ is a literal $.", "examples": ["password=<redacted>", "$1=<redacted>"] } } };
function validate57(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
    let vErrors = null;
    let errors = 0;
    const evaluated0 = validate57.evaluated;
    if (evaluated0.dynamicProps) {
        evaluated0.props = undefined;
    }
    if (evaluated0.dynamicItems) {
        evaluated0.items = undefined;
    }
    if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.pattern === undefined) {
            const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "pattern" }, message: "must have required property '" + "pattern" + "'", schema: schema23.required, parentSchema: schema23, data };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
        for (const key0 in data) {
            if (!((key0 === "pattern") || (key0 === "replace"))) {
                const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema23, data };
                if (vErrors === null) {
                    vErrors = [err1];
                }
                else {
                    vErrors.push(err1);
                }
                errors++;
            }
        }
        if (data.pattern !== undefined) {
            let data0 = data.pattern;
            if (typeof data0 === "string") {
                if (func2(data0) < 1) {
                    const err2 = { instancePath: instancePath + "/pattern", schemaPath: "#/properties/pattern/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema23.properties.pattern, data: data0 };
                    if (vErrors === null) {
                        vErrors = [err2];
                    }
                    else {
                        vErrors.push(err2);
                    }
                    errors++;
                }
            }
            else {
                const err3 = { instancePath: instancePath + "/pattern", schemaPath: "#/properties/pattern/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema23.properties.pattern.type, parentSchema: schema23.properties.pattern, data: data0 };
                if (vErrors === null) {
                    vErrors = [err3];
                }
                else {
                    vErrors.push(err3);
                }
                errors++;
            }
        }
        if (data.replace !== undefined) {
            let data1 = data.replace;
            if ((typeof data1 !== "string") && (data1 !== null)) {
                const err4 = { instancePath: instancePath + "/replace", schemaPath: "#/properties/replace/type", keyword: "type", params: { type: schema23.properties.replace.type }, message: "must be string,null", schema: schema23.properties.replace.type, parentSchema: schema23.properties.replace, data: data1 };
                if (vErrors === null) {
                    vErrors = [err4];
                }
                else {
                    vErrors.push(err4);
                }
                errors++;
            }
        }
    }
    else {
        const err5 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema23.type, parentSchema: schema23, data };
        if (vErrors === null) {
            vErrors = [err5];
        }
        else {
            vErrors.push(err5);
        }
        errors++;
    }
    validate57.errors = vErrors;
    return errors === 0;
}
validate57.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate56(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
    let vErrors = null;
    let errors = 0;
    const evaluated0 = validate56.evaluated;
    if (evaluated0.dynamicProps) {
        evaluated0.props = undefined;
    }
    if (evaluated0.dynamicItems) {
        evaluated0.items = undefined;
    }
    if ((!(data && typeof data == "object" && !Array.isArray(data))) && (data !== null)) {
        const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema22.type }, message: "must be object,null", schema: schema22.type, parentSchema: schema22, data };
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
            if (!(((((key0 === "allowed_commands") || (key0 === "denied_commands")) || (key0 === "deny_env_vars")) || (key0 === "redact")) || (key0 === "evidence"))) {
                const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema22, data };
                if (vErrors === null) {
                    vErrors = [err1];
                }
                else {
                    vErrors.push(err1);
                }
                errors++;
            }
        }
        if (data.allowed_commands !== undefined) {
            let data0 = data.allowed_commands;
            if ((!(Array.isArray(data0))) && (data0 !== null)) {
                const err2 = { instancePath: instancePath + "/allowed_commands", schemaPath: "#/properties/allowed_commands/type", keyword: "type", params: { type: schema22.properties.allowed_commands.type }, message: "must be array,null", schema: schema22.properties.allowed_commands.type, parentSchema: schema22.properties.allowed_commands, data: data0 };
                if (vErrors === null) {
                    vErrors = [err2];
                }
                else {
                    vErrors.push(err2);
                }
                errors++;
            }
            if (Array.isArray(data0)) {
                const len0 = data0.length;
                for (let i0 = 0; i0 < len0; i0++) {
                    let data1 = data0[i0];
                    if (typeof data1 === "string") {
                        if (func2(data1) < 1) {
                            const err3 = { instancePath: instancePath + "/allowed_commands/" + i0, schemaPath: "#/properties/allowed_commands/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema22.properties.allowed_commands.items, data: data1 };
                            if (vErrors === null) {
                                vErrors = [err3];
                            }
                            else {
                                vErrors.push(err3);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err4 = { instancePath: instancePath + "/allowed_commands/" + i0, schemaPath: "#/properties/allowed_commands/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema22.properties.allowed_commands.items.type, parentSchema: schema22.properties.allowed_commands.items, data: data1 };
                        if (vErrors === null) {
                            vErrors = [err4];
                        }
                        else {
                            vErrors.push(err4);
                        }
                        errors++;
                    }
                }
            }
        }
        if (data.denied_commands !== undefined) {
            let data2 = data.denied_commands;
            if ((!(Array.isArray(data2))) && (data2 !== null)) {
                const err5 = { instancePath: instancePath + "/denied_commands", schemaPath: "#/properties/denied_commands/type", keyword: "type", params: { type: schema22.properties.denied_commands.type }, message: "must be array,null", schema: schema22.properties.denied_commands.type, parentSchema: schema22.properties.denied_commands, data: data2 };
                if (vErrors === null) {
                    vErrors = [err5];
                }
                else {
                    vErrors.push(err5);
                }
                errors++;
            }
            if (Array.isArray(data2)) {
                const len1 = data2.length;
                for (let i1 = 0; i1 < len1; i1++) {
                    let data3 = data2[i1];
                    if (typeof data3 === "string") {
                        if (func2(data3) < 1) {
                            const err6 = { instancePath: instancePath + "/denied_commands/" + i1, schemaPath: "#/properties/denied_commands/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema22.properties.denied_commands.items, data: data3 };
                            if (vErrors === null) {
                                vErrors = [err6];
                            }
                            else {
                                vErrors.push(err6);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err7 = { instancePath: instancePath + "/denied_commands/" + i1, schemaPath: "#/properties/denied_commands/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema22.properties.denied_commands.items.type, parentSchema: schema22.properties.denied_commands.items, data: data3 };
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
        }
        if (data.deny_env_vars !== undefined) {
            let data4 = data.deny_env_vars;
            if ((!(Array.isArray(data4))) && (data4 !== null)) {
                const err8 = { instancePath: instancePath + "/deny_env_vars", schemaPath: "#/properties/deny_env_vars/type", keyword: "type", params: { type: schema22.properties.deny_env_vars.type }, message: "must be array,null", schema: schema22.properties.deny_env_vars.type, parentSchema: schema22.properties.deny_env_vars, data: data4 };
                if (vErrors === null) {
                    vErrors = [err8];
                }
                else {
                    vErrors.push(err8);
                }
                errors++;
            }
            if (Array.isArray(data4)) {
                const len2 = data4.length;
                for (let i2 = 0; i2 < len2; i2++) {
                    let data5 = data4[i2];
                    if (typeof data5 === "string") {
                        if (func2(data5) < 1) {
                            const err9 = { instancePath: instancePath + "/deny_env_vars/" + i2, schemaPath: "#/properties/deny_env_vars/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema22.properties.deny_env_vars.items, data: data5 };
                            if (vErrors === null) {
                                vErrors = [err9];
                            }
                            else {
                                vErrors.push(err9);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err10 = { instancePath: instancePath + "/deny_env_vars/" + i2, schemaPath: "#/properties/deny_env_vars/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema22.properties.deny_env_vars.items.type, parentSchema: schema22.properties.deny_env_vars.items, data: data5 };
                        if (vErrors === null) {
                            vErrors = [err10];
                        }
                        else {
                            vErrors.push(err10);
                        }
                        errors++;
                    }
                }
            }
        }
        if (data.redact !== undefined) {
            let data6 = data.redact;
            if ((!(Array.isArray(data6))) && (data6 !== null)) {
                const err11 = { instancePath: instancePath + "/redact", schemaPath: "#/properties/redact/type", keyword: "type", params: { type: schema22.properties.redact.type }, message: "must be array,null", schema: schema22.properties.redact.type, parentSchema: schema22.properties.redact, data: data6 };
                if (vErrors === null) {
                    vErrors = [err11];
                }
                else {
                    vErrors.push(err11);
                }
                errors++;
            }
            if (Array.isArray(data6)) {
                const len3 = data6.length;
                for (let i3 = 0; i3 < len3; i3++) {
                    if (!(validate57(data6[i3], { instancePath: instancePath + "/redact/" + i3, parentData: data6, parentDataProperty: i3, rootData, dynamicAnchors }))) {
                        vErrors = vErrors === null ? validate57.errors : vErrors.concat(validate57.errors);
                        errors = vErrors.length;
                    }
                }
            }
        }
        if (data.evidence !== undefined) {
            let data8 = data.evidence;
            if ((!(data8 && typeof data8 == "object" && !Array.isArray(data8))) && (data8 !== null)) {
                const err12 = { instancePath: instancePath + "/evidence", schemaPath: "#/properties/evidence/type", keyword: "type", params: { type: schema22.properties.evidence.type }, message: "must be object,null", schema: schema22.properties.evidence.type, parentSchema: schema22.properties.evidence, data: data8 };
                if (vErrors === null) {
                    vErrors = [err12];
                }
                else {
                    vErrors.push(err12);
                }
                errors++;
            }
            if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
                for (const key1 in data8) {
                    if (!((key1 === "require_for_manual") || (key1 === "store_full_stdout"))) {
                        const err13 = { instancePath: instancePath + "/evidence", schemaPath: "#/properties/evidence/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema22.properties.evidence, data: data8 };
                        if (vErrors === null) {
                            vErrors = [err13];
                        }
                        else {
                            vErrors.push(err13);
                        }
                        errors++;
                    }
                }
                if (data8.require_for_manual !== undefined) {
                    let data9 = data8.require_for_manual;
                    if ((typeof data9 !== "boolean") && (data9 !== null)) {
                        const err14 = { instancePath: instancePath + "/evidence/require_for_manual", schemaPath: "#/properties/evidence/properties/require_for_manual/type", keyword: "type", params: { type: schema22.properties.evidence.properties.require_for_manual.type }, message: "must be boolean,null", schema: schema22.properties.evidence.properties.require_for_manual.type, parentSchema: schema22.properties.evidence.properties.require_for_manual, data: data9 };
                        if (vErrors === null) {
                            vErrors = [err14];
                        }
                        else {
                            vErrors.push(err14);
                        }
                        errors++;
                    }
                }
                if (data8.store_full_stdout !== undefined) {
                    let data10 = data8.store_full_stdout;
                    if ((typeof data10 !== "boolean") && (data10 !== null)) {
                        const err15 = { instancePath: instancePath + "/evidence/store_full_stdout", schemaPath: "#/properties/evidence/properties/store_full_stdout/type", keyword: "type", params: { type: schema22.properties.evidence.properties.store_full_stdout.type }, message: "must be boolean,null", schema: schema22.properties.evidence.properties.store_full_stdout.type, parentSchema: schema22.properties.evidence.properties.store_full_stdout, data: data10 };
                        if (vErrors === null) {
                            vErrors = [err15];
                        }
                        else {
                            vErrors.push(err15);
                        }
                        errors++;
                    }
                }
            }
        }
    }
    validate56.errors = vErrors;
    return errors === 0;
}
validate56.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate53(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
    let vErrors = null;
    let errors = 0;
    const evaluated0 = validate53.evaluated;
    if (evaluated0.dynamicProps) {
        evaluated0.props = undefined;
    }
    if (evaluated0.dynamicItems) {
        evaluated0.items = undefined;
    }
    if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.name === undefined) {
            const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property '" + "name" + "'", schema: schema20.required, parentSchema: schema20, data };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
        for (const key0 in data) {
            if (!(func1.call(schema20.properties, key0))) {
                const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema20, data };
                if (vErrors === null) {
                    vErrors = [err1];
                }
                else {
                    vErrors.push(err1);
                }
                errors++;
            }
        }
        if (data.name !== undefined) {
            let data0 = data.name;
            if (typeof data0 === "string") {
                if (func2(data0) < 1) {
                    const err2 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema20.properties.name, data: data0 };
                    if (vErrors === null) {
                        vErrors = [err2];
                    }
                    else {
                        vErrors.push(err2);
                    }
                    errors++;
                }
                if (!pattern3.test(data0)) {
                    const err3 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: "must match pattern \"" + "\\S" + "\"", schema: "\\S", parentSchema: schema20.properties.name, data: data0 };
                    if (vErrors === null) {
                        vErrors = [err3];
                    }
                    else {
                        vErrors.push(err3);
                    }
                    errors++;
                }
            }
            else {
                const err4 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema20.properties.name.type, parentSchema: schema20.properties.name, data: data0 };
                if (vErrors === null) {
                    vErrors = [err4];
                }
                else {
                    vErrors.push(err4);
                }
                errors++;
            }
        }
        if (data.description !== undefined) {
            let data1 = data.description;
            if ((typeof data1 !== "string") && (data1 !== null)) {
                const err5 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: schema20.properties.description.type }, message: "must be string,null", schema: schema20.properties.description.type, parentSchema: schema20.properties.description, data: data1 };
                if (vErrors === null) {
                    vErrors = [err5];
                }
                else {
                    vErrors.push(err5);
                }
                errors++;
            }
        }
        if (data.source !== undefined) {
            let data2 = data.source;
            if ((!(data2 && typeof data2 == "object" && !Array.isArray(data2))) && (data2 !== null)) {
                const err6 = { instancePath: instancePath + "/source", schemaPath: "#/properties/source/type", keyword: "type", params: { type: schema20.properties.source.type }, message: "must be object,null", schema: schema20.properties.source.type, parentSchema: schema20.properties.source, data: data2 };
                if (vErrors === null) {
                    vErrors = [err6];
                }
                else {
                    vErrors.push(err6);
                }
                errors++;
            }
            if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
                if (data2.file === undefined) {
                    const err7 = { instancePath: instancePath + "/source", schemaPath: "#/properties/source/required", keyword: "required", params: { missingProperty: "file" }, message: "must have required property '" + "file" + "'", schema: schema20.properties.source.required, parentSchema: schema20.properties.source, data: data2 };
                    if (vErrors === null) {
                        vErrors = [err7];
                    }
                    else {
                        vErrors.push(err7);
                    }
                    errors++;
                }
                for (const key1 in data2) {
                    if (!(((((key1 === "file") || (key1 === "source_hash")) || (key1 === "compiled_at")) || (key1 === "compiled_by")) || (key1 === "model"))) {
                        const err8 = { instancePath: instancePath + "/source", schemaPath: "#/properties/source/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema20.properties.source, data: data2 };
                        if (vErrors === null) {
                            vErrors = [err8];
                        }
                        else {
                            vErrors.push(err8);
                        }
                        errors++;
                    }
                }
                if (data2.file !== undefined) {
                    let data3 = data2.file;
                    if (typeof data3 === "string") {
                        if (func2(data3) < 1) {
                            const err9 = { instancePath: instancePath + "/source/file", schemaPath: "#/properties/source/properties/file/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema20.properties.source.properties.file, data: data3 };
                            if (vErrors === null) {
                                vErrors = [err9];
                            }
                            else {
                                vErrors.push(err9);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err10 = { instancePath: instancePath + "/source/file", schemaPath: "#/properties/source/properties/file/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema20.properties.source.properties.file.type, parentSchema: schema20.properties.source.properties.file, data: data3 };
                        if (vErrors === null) {
                            vErrors = [err10];
                        }
                        else {
                            vErrors.push(err10);
                        }
                        errors++;
                    }
                }
                if (data2.source_hash !== undefined) {
                    let data4 = data2.source_hash;
                    if ((typeof data4 !== "string") && (data4 !== null)) {
                        const err11 = { instancePath: instancePath + "/source/source_hash", schemaPath: "#/properties/source/properties/source_hash/type", keyword: "type", params: { type: schema20.properties.source.properties.source_hash.type }, message: "must be string,null", schema: schema20.properties.source.properties.source_hash.type, parentSchema: schema20.properties.source.properties.source_hash, data: data4 };
                        if (vErrors === null) {
                            vErrors = [err11];
                        }
                        else {
                            vErrors.push(err11);
                        }
                        errors++;
                    }
                    if (typeof data4 === "string") {
                        if (!pattern4.test(data4)) {
                            const err12 = { instancePath: instancePath + "/source/source_hash", schemaPath: "#/properties/source/properties/source_hash/pattern", keyword: "pattern", params: { pattern: "^(sha256:)?[0-9a-f]{64}$" }, message: "must match pattern \"" + "^(sha256:)?[0-9a-f]{64}$" + "\"", schema: "^(sha256:)?[0-9a-f]{64}$", parentSchema: schema20.properties.source.properties.source_hash, data: data4 };
                            if (vErrors === null) {
                                vErrors = [err12];
                            }
                            else {
                                vErrors.push(err12);
                            }
                            errors++;
                        }
                    }
                }
                if (data2.compiled_at !== undefined) {
                    let data5 = data2.compiled_at;
                    if ((typeof data5 !== "string") && (data5 !== null)) {
                        const err13 = { instancePath: instancePath + "/source/compiled_at", schemaPath: "#/properties/source/properties/compiled_at/type", keyword: "type", params: { type: schema20.properties.source.properties.compiled_at.type }, message: "must be string,null", schema: schema20.properties.source.properties.compiled_at.type, parentSchema: schema20.properties.source.properties.compiled_at, data: data5 };
                        if (vErrors === null) {
                            vErrors = [err13];
                        }
                        else {
                            vErrors.push(err13);
                        }
                        errors++;
                    }
                }
                if (data2.compiled_by !== undefined) {
                    let data6 = data2.compiled_by;
                    if ((typeof data6 !== "string") && (data6 !== null)) {
                        const err14 = { instancePath: instancePath + "/source/compiled_by", schemaPath: "#/properties/source/properties/compiled_by/type", keyword: "type", params: { type: schema20.properties.source.properties.compiled_by.type }, message: "must be string,null", schema: schema20.properties.source.properties.compiled_by.type, parentSchema: schema20.properties.source.properties.compiled_by, data: data6 };
                        if (vErrors === null) {
                            vErrors = [err14];
                        }
                        else {
                            vErrors.push(err14);
                        }
                        errors++;
                    }
                }
                if (data2.model !== undefined) {
                    let data7 = data2.model;
                    if ((typeof data7 !== "string") && (data7 !== null)) {
                        const err15 = { instancePath: instancePath + "/source/model", schemaPath: "#/properties/source/properties/model/type", keyword: "type", params: { type: schema20.properties.source.properties.model.type }, message: "must be string,null", schema: schema20.properties.source.properties.model.type, parentSchema: schema20.properties.source.properties.model, data: data7 };
                        if (vErrors === null) {
                            vErrors = [err15];
                        }
                        else {
                            vErrors.push(err15);
                        }
                        errors++;
                    }
                }
            }
        }
        if (data.vars !== undefined) {
            let data8 = data.vars;
            if ((!(data8 && typeof data8 == "object" && !Array.isArray(data8))) && (data8 !== null)) {
                const err16 = { instancePath: instancePath + "/vars", schemaPath: "#/properties/vars/type", keyword: "type", params: { type: schema20.properties.vars.type }, message: "must be object,null", schema: schema20.properties.vars.type, parentSchema: schema20.properties.vars, data: data8 };
                if (vErrors === null) {
                    vErrors = [err16];
                }
                else {
                    vErrors.push(err16);
                }
                errors++;
            }
            if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
                for (const key2 in data8) {
                    const _errs21 = errors;
                    if (typeof key2 === "string") {
                        if (!pattern5.test(key2)) {
                            const err17 = { instancePath: instancePath + "/vars", schemaPath: "#/properties/vars/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_][A-Za-z0-9_]*$" }, message: "must match pattern \"" + "^[A-Za-z_][A-Za-z0-9_]*$" + "\"", schema: "^[A-Za-z_][A-Za-z0-9_]*$", parentSchema: schema20.properties.vars.propertyNames, data: key2, propertyName: key2 };
                            if (vErrors === null) {
                                vErrors = [err17];
                            }
                            else {
                                vErrors.push(err17);
                            }
                            errors++;
                        }
                    }
                    var valid2 = _errs21 === errors;
                    if (!valid2) {
                        const err18 = { instancePath: instancePath + "/vars", schemaPath: "#/properties/vars/propertyNames", keyword: "propertyNames", params: { propertyName: key2 }, message: "property name must be valid", schema: schema20.properties.vars.propertyNames, parentSchema: schema20.properties.vars, data: data8 };
                        if (vErrors === null) {
                            vErrors = [err18];
                        }
                        else {
                            vErrors.push(err18);
                        }
                        errors++;
                    }
                }
                for (const key3 in data8) {
                    let data9 = data8[key3];
                    if (typeof data9 !== "string") {
                        const err19 = { instancePath: instancePath + "/vars/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/vars/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema20.properties.vars.additionalProperties.type, parentSchema: schema20.properties.vars.additionalProperties, data: data9 };
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
        if (data.defaults !== undefined) {
            let data10 = data.defaults;
            if ((!(data10 && typeof data10 == "object" && !Array.isArray(data10))) && (data10 !== null)) {
                const err20 = { instancePath: instancePath + "/defaults", schemaPath: "#/properties/defaults/type", keyword: "type", params: { type: schema20.properties.defaults.type }, message: "must be object,null", schema: schema20.properties.defaults.type, parentSchema: schema20.properties.defaults, data: data10 };
                if (vErrors === null) {
                    vErrors = [err20];
                }
                else {
                    vErrors.push(err20);
                }
                errors++;
            }
            if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
                for (const key4 in data10) {
                    if (!(key4 === "timeout")) {
                        const err21 = { instancePath: instancePath + "/defaults", schemaPath: "#/properties/defaults/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema20.properties.defaults, data: data10 };
                        if (vErrors === null) {
                            vErrors = [err21];
                        }
                        else {
                            vErrors.push(err21);
                        }
                        errors++;
                    }
                }
                if (data10.timeout !== undefined) {
                    if (!(validate54(data10.timeout, { instancePath: instancePath + "/defaults/timeout", parentData: data10, parentDataProperty: "timeout", rootData, dynamicAnchors }))) {
                        vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
                        errors = vErrors.length;
                    }
                }
            }
        }
        if (data.governance !== undefined) {
            if (!(validate56(data.governance, { instancePath: instancePath + "/governance", parentData: data, parentDataProperty: "governance", rootData, dynamicAnchors }))) {
                vErrors = vErrors === null ? validate56.errors : vErrors.concat(validate56.errors);
                errors = vErrors.length;
            }
        }
        if (data.kind !== undefined) {
            let data13 = data.kind;
            if (!((((((data13 === "mitigation") || (data13 === "reference")) || (data13 === "composable")) || (data13 === "rca")) || (data13 === "")) || (data13 === null))) {
                const err22 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/enum", keyword: "enum", params: { allowedValues: schema20.properties.kind.enum }, message: "must be equal to one of the allowed values", schema: schema20.properties.kind.enum, parentSchema: schema20.properties.kind, data: data13 };
                if (vErrors === null) {
                    vErrors = [err22];
                }
                else {
                    vErrors.push(err22);
                }
                errors++;
            }
        }
        if (data.prose !== undefined) {
            let data14 = data.prose;
            if ((!(data14 && typeof data14 == "object" && !Array.isArray(data14))) && (data14 !== null)) {
                const err23 = { instancePath: instancePath + "/prose", schemaPath: "#/properties/prose/type", keyword: "type", params: { type: schema20.properties.prose.type }, message: "must be object,null", schema: schema20.properties.prose.type, parentSchema: schema20.properties.prose, data: data14 };
                if (vErrors === null) {
                    vErrors = [err23];
                }
                else {
                    vErrors.push(err23);
                }
                errors++;
            }
            if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
                for (const key5 in data14) {
                    if (!(((((((key5 === "background") || (key5 === "safety")) || (key5 === "prerequisites")) || (key5 === "post_mitigation")) || (key5 === "notes")) || (key5 === "references")) || (key5 === "ownership"))) {
                        const err24 = { instancePath: instancePath + "/prose", schemaPath: "#/properties/prose/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: false, parentSchema: schema20.properties.prose, data: data14 };
                        if (vErrors === null) {
                            vErrors = [err24];
                        }
                        else {
                            vErrors.push(err24);
                        }
                        errors++;
                    }
                }
                if (data14.background !== undefined) {
                    let data15 = data14.background;
                    if ((typeof data15 !== "string") && (data15 !== null)) {
                        const err25 = { instancePath: instancePath + "/prose/background", schemaPath: "#/properties/prose/properties/background/type", keyword: "type", params: { type: schema20.properties.prose.properties.background.type }, message: "must be string,null", schema: schema20.properties.prose.properties.background.type, parentSchema: schema20.properties.prose.properties.background, data: data15 };
                        if (vErrors === null) {
                            vErrors = [err25];
                        }
                        else {
                            vErrors.push(err25);
                        }
                        errors++;
                    }
                }
                if (data14.safety !== undefined) {
                    let data16 = data14.safety;
                    if ((typeof data16 !== "string") && (data16 !== null)) {
                        const err26 = { instancePath: instancePath + "/prose/safety", schemaPath: "#/properties/prose/properties/safety/type", keyword: "type", params: { type: schema20.properties.prose.properties.safety.type }, message: "must be string,null", schema: schema20.properties.prose.properties.safety.type, parentSchema: schema20.properties.prose.properties.safety, data: data16 };
                        if (vErrors === null) {
                            vErrors = [err26];
                        }
                        else {
                            vErrors.push(err26);
                        }
                        errors++;
                    }
                }
                if (data14.prerequisites !== undefined) {
                    let data17 = data14.prerequisites;
                    if ((typeof data17 !== "string") && (data17 !== null)) {
                        const err27 = { instancePath: instancePath + "/prose/prerequisites", schemaPath: "#/properties/prose/properties/prerequisites/type", keyword: "type", params: { type: schema20.properties.prose.properties.prerequisites.type }, message: "must be string,null", schema: schema20.properties.prose.properties.prerequisites.type, parentSchema: schema20.properties.prose.properties.prerequisites, data: data17 };
                        if (vErrors === null) {
                            vErrors = [err27];
                        }
                        else {
                            vErrors.push(err27);
                        }
                        errors++;
                    }
                }
                if (data14.post_mitigation !== undefined) {
                    let data18 = data14.post_mitigation;
                    if ((typeof data18 !== "string") && (data18 !== null)) {
                        const err28 = { instancePath: instancePath + "/prose/post_mitigation", schemaPath: "#/properties/prose/properties/post_mitigation/type", keyword: "type", params: { type: schema20.properties.prose.properties.post_mitigation.type }, message: "must be string,null", schema: schema20.properties.prose.properties.post_mitigation.type, parentSchema: schema20.properties.prose.properties.post_mitigation, data: data18 };
                        if (vErrors === null) {
                            vErrors = [err28];
                        }
                        else {
                            vErrors.push(err28);
                        }
                        errors++;
                    }
                }
                if (data14.notes !== undefined) {
                    let data19 = data14.notes;
                    if ((typeof data19 !== "string") && (data19 !== null)) {
                        const err29 = { instancePath: instancePath + "/prose/notes", schemaPath: "#/properties/prose/properties/notes/type", keyword: "type", params: { type: schema20.properties.prose.properties.notes.type }, message: "must be string,null", schema: schema20.properties.prose.properties.notes.type, parentSchema: schema20.properties.prose.properties.notes, data: data19 };
                        if (vErrors === null) {
                            vErrors = [err29];
                        }
                        else {
                            vErrors.push(err29);
                        }
                        errors++;
                    }
                }
                if (data14.references !== undefined) {
                    let data20 = data14.references;
                    if ((!(Array.isArray(data20))) && (data20 !== null)) {
                        const err30 = { instancePath: instancePath + "/prose/references", schemaPath: "#/properties/prose/properties/references/type", keyword: "type", params: { type: schema20.properties.prose.properties.references.type }, message: "must be array,null", schema: schema20.properties.prose.properties.references.type, parentSchema: schema20.properties.prose.properties.references, data: data20 };
                        if (vErrors === null) {
                            vErrors = [err30];
                        }
                        else {
                            vErrors.push(err30);
                        }
                        errors++;
                    }
                    if (Array.isArray(data20)) {
                        const len0 = data20.length;
                        for (let i0 = 0; i0 < len0; i0++) {
                            let data21 = data20[i0];
                            if (data21 && typeof data21 == "object" && !Array.isArray(data21)) {
                                if (data21.title === undefined) {
                                    const err31 = { instancePath: instancePath + "/prose/references/" + i0, schemaPath: "#/properties/prose/properties/references/items/required", keyword: "required", params: { missingProperty: "title" }, message: "must have required property '" + "title" + "'", schema: schema20.properties.prose.properties.references.items.required, parentSchema: schema20.properties.prose.properties.references.items, data: data21 };
                                    if (vErrors === null) {
                                        vErrors = [err31];
                                    }
                                    else {
                                        vErrors.push(err31);
                                    }
                                    errors++;
                                }
                                if (data21.url === undefined) {
                                    const err32 = { instancePath: instancePath + "/prose/references/" + i0, schemaPath: "#/properties/prose/properties/references/items/required", keyword: "required", params: { missingProperty: "url" }, message: "must have required property '" + "url" + "'", schema: schema20.properties.prose.properties.references.items.required, parentSchema: schema20.properties.prose.properties.references.items, data: data21 };
                                    if (vErrors === null) {
                                        vErrors = [err32];
                                    }
                                    else {
                                        vErrors.push(err32);
                                    }
                                    errors++;
                                }
                                for (const key6 in data21) {
                                    if (!((key6 === "title") || (key6 === "url"))) {
                                        const err33 = { instancePath: instancePath + "/prose/references/" + i0, schemaPath: "#/properties/prose/properties/references/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties", schema: false, parentSchema: schema20.properties.prose.properties.references.items, data: data21 };
                                        if (vErrors === null) {
                                            vErrors = [err33];
                                        }
                                        else {
                                            vErrors.push(err33);
                                        }
                                        errors++;
                                    }
                                }
                                if (data21.title !== undefined) {
                                    let data22 = data21.title;
                                    if (typeof data22 !== "string") {
                                        const err34 = { instancePath: instancePath + "/prose/references/" + i0 + "/title", schemaPath: "#/properties/prose/properties/references/items/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema20.properties.prose.properties.references.items.properties.title.type, parentSchema: schema20.properties.prose.properties.references.items.properties.title, data: data22 };
                                        if (vErrors === null) {
                                            vErrors = [err34];
                                        }
                                        else {
                                            vErrors.push(err34);
                                        }
                                        errors++;
                                    }
                                }
                                if (data21.url !== undefined) {
                                    let data23 = data21.url;
                                    if (typeof data23 !== "string") {
                                        const err35 = { instancePath: instancePath + "/prose/references/" + i0 + "/url", schemaPath: "#/properties/prose/properties/references/items/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema20.properties.prose.properties.references.items.properties.url.type, parentSchema: schema20.properties.prose.properties.references.items.properties.url, data: data23 };
                                        if (vErrors === null) {
                                            vErrors = [err35];
                                        }
                                        else {
                                            vErrors.push(err35);
                                        }
                                        errors++;
                                    }
                                }
                            }
                            else {
                                const err36 = { instancePath: instancePath + "/prose/references/" + i0, schemaPath: "#/properties/prose/properties/references/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema20.properties.prose.properties.references.items.type, parentSchema: schema20.properties.prose.properties.references.items, data: data21 };
                                if (vErrors === null) {
                                    vErrors = [err36];
                                }
                                else {
                                    vErrors.push(err36);
                                }
                                errors++;
                            }
                        }
                    }
                }
                if (data14.ownership !== undefined) {
                    let data24 = data14.ownership;
                    if ((!(data24 && typeof data24 == "object" && !Array.isArray(data24))) && (data24 !== null)) {
                        const err37 = { instancePath: instancePath + "/prose/ownership", schemaPath: "#/properties/prose/properties/ownership/type", keyword: "type", params: { type: schema20.properties.prose.properties.ownership.type }, message: "must be object,null", schema: schema20.properties.prose.properties.ownership.type, parentSchema: schema20.properties.prose.properties.ownership, data: data24 };
                        if (vErrors === null) {
                            vErrors = [err37];
                        }
                        else {
                            vErrors.push(err37);
                        }
                        errors++;
                    }
                    if (data24 && typeof data24 == "object" && !Array.isArray(data24)) {
                        if (data24.team === undefined) {
                            const err38 = { instancePath: instancePath + "/prose/ownership", schemaPath: "#/properties/prose/properties/ownership/required", keyword: "required", params: { missingProperty: "team" }, message: "must have required property '" + "team" + "'", schema: schema20.properties.prose.properties.ownership.required, parentSchema: schema20.properties.prose.properties.ownership, data: data24 };
                            if (vErrors === null) {
                                vErrors = [err38];
                            }
                            else {
                                vErrors.push(err38);
                            }
                            errors++;
                        }
                        for (const key7 in data24) {
                            if (!((key7 === "team") || (key7 === "email"))) {
                                const err39 = { instancePath: instancePath + "/prose/ownership", schemaPath: "#/properties/prose/properties/ownership/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties", schema: false, parentSchema: schema20.properties.prose.properties.ownership, data: data24 };
                                if (vErrors === null) {
                                    vErrors = [err39];
                                }
                                else {
                                    vErrors.push(err39);
                                }
                                errors++;
                            }
                        }
                        if (data24.team !== undefined) {
                            let data25 = data24.team;
                            if (typeof data25 !== "string") {
                                const err40 = { instancePath: instancePath + "/prose/ownership/team", schemaPath: "#/properties/prose/properties/ownership/properties/team/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema20.properties.prose.properties.ownership.properties.team.type, parentSchema: schema20.properties.prose.properties.ownership.properties.team, data: data25 };
                                if (vErrors === null) {
                                    vErrors = [err40];
                                }
                                else {
                                    vErrors.push(err40);
                                }
                                errors++;
                            }
                        }
                        if (data24.email !== undefined) {
                            let data26 = data24.email;
                            if ((typeof data26 !== "string") && (data26 !== null)) {
                                const err41 = { instancePath: instancePath + "/prose/ownership/email", schemaPath: "#/properties/prose/properties/ownership/properties/email/type", keyword: "type", params: { type: schema20.properties.prose.properties.ownership.properties.email.type }, message: "must be string,null", schema: schema20.properties.prose.properties.ownership.properties.email.type, parentSchema: schema20.properties.prose.properties.ownership.properties.email, data: data26 };
                                if (vErrors === null) {
                                    vErrors = [err41];
                                }
                                else {
                                    vErrors.push(err41);
                                }
                                errors++;
                            }
                        }
                    }
                }
            }
        }
        if (data.inputs !== undefined) {
            let data27 = data.inputs;
            if ((!(data27 && typeof data27 == "object" && !Array.isArray(data27))) && (data27 !== null)) {
                const err42 = { instancePath: instancePath + "/inputs", schemaPath: "#/properties/inputs/type", keyword: "type", params: { type: schema20.properties.inputs.type }, message: "must be object,null", schema: schema20.properties.inputs.type, parentSchema: schema20.properties.inputs, data: data27 };
                if (vErrors === null) {
                    vErrors = [err42];
                }
                else {
                    vErrors.push(err42);
                }
                errors++;
            }
            if (data27 && typeof data27 == "object" && !Array.isArray(data27)) {
                for (const key8 in data27) {
                    const _errs62 = errors;
                    if (typeof key8 === "string") {
                        if (!pattern5.test(key8)) {
                            const err43 = { instancePath: instancePath + "/inputs", schemaPath: "#/properties/inputs/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_][A-Za-z0-9_]*$" }, message: "must match pattern \"" + "^[A-Za-z_][A-Za-z0-9_]*$" + "\"", schema: "^[A-Za-z_][A-Za-z0-9_]*$", parentSchema: schema20.properties.inputs.propertyNames, data: key8, propertyName: key8 };
                            if (vErrors === null) {
                                vErrors = [err43];
                            }
                            else {
                                vErrors.push(err43);
                            }
                            errors++;
                        }
                    }
                    var valid10 = _errs62 === errors;
                    if (!valid10) {
                        const err44 = { instancePath: instancePath + "/inputs", schemaPath: "#/properties/inputs/propertyNames", keyword: "propertyNames", params: { propertyName: key8 }, message: "property name must be valid", schema: schema20.properties.inputs.propertyNames, parentSchema: schema20.properties.inputs, data: data27 };
                        if (vErrors === null) {
                            vErrors = [err44];
                        }
                        else {
                            vErrors.push(err44);
                        }
                        errors++;
                    }
                }
                for (const key9 in data27) {
                    let data28 = data27[key9];
                    if (data28 && typeof data28 == "object" && !Array.isArray(data28)) {
                        if (data28.from === undefined) {
                            const err45 = { instancePath: instancePath + "/inputs/" + key9.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/inputs/additionalProperties/required", keyword: "required", params: { missingProperty: "from" }, message: "must have required property '" + "from" + "'", schema: schema20.properties.inputs.additionalProperties.required, parentSchema: schema20.properties.inputs.additionalProperties, data: data28 };
                            if (vErrors === null) {
                                vErrors = [err45];
                            }
                            else {
                                vErrors.push(err45);
                            }
                            errors++;
                        }
                        for (const key10 in data28) {
                            if (!(((((key10 === "from") || (key10 === "description")) || (key10 === "default")) || (key10 === "example")) || (key10 === "pattern"))) {
                                const err46 = { instancePath: instancePath + "/inputs/" + key9.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/inputs/additionalProperties/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key10 }, message: "must NOT have additional properties", schema: false, parentSchema: schema20.properties.inputs.additionalProperties, data: data28 };
                                if (vErrors === null) {
                                    vErrors = [err46];
                                }
                                else {
                                    vErrors.push(err46);
                                }
                                errors++;
                            }
                        }
                        if (data28.from !== undefined) {
                            let data29 = data28.from;
                            if (typeof data29 === "string") {
                                if (func2(data29) < 1) {
                                    const err47 = { instancePath: instancePath + "/inputs/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/from", schemaPath: "#/properties/inputs/additionalProperties/properties/from/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema20.properties.inputs.additionalProperties.properties.from, data: data29 };
                                    if (vErrors === null) {
                                        vErrors = [err47];
                                    }
                                    else {
                                        vErrors.push(err47);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err48 = { instancePath: instancePath + "/inputs/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/from", schemaPath: "#/properties/inputs/additionalProperties/properties/from/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema20.properties.inputs.additionalProperties.properties.from.type, parentSchema: schema20.properties.inputs.additionalProperties.properties.from, data: data29 };
                                if (vErrors === null) {
                                    vErrors = [err48];
                                }
                                else {
                                    vErrors.push(err48);
                                }
                                errors++;
                            }
                        }
                        if (data28.description !== undefined) {
                            let data30 = data28.description;
                            if ((typeof data30 !== "string") && (data30 !== null)) {
                                const err49 = { instancePath: instancePath + "/inputs/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/description", schemaPath: "#/properties/inputs/additionalProperties/properties/description/type", keyword: "type", params: { type: schema20.properties.inputs.additionalProperties.properties.description.type }, message: "must be string,null", schema: schema20.properties.inputs.additionalProperties.properties.description.type, parentSchema: schema20.properties.inputs.additionalProperties.properties.description, data: data30 };
                                if (vErrors === null) {
                                    vErrors = [err49];
                                }
                                else {
                                    vErrors.push(err49);
                                }
                                errors++;
                            }
                        }
                        if (data28.default !== undefined) {
                            let data31 = data28.default;
                            if ((typeof data31 !== "string") && (data31 !== null)) {
                                const err50 = { instancePath: instancePath + "/inputs/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/default", schemaPath: "#/properties/inputs/additionalProperties/properties/default/type", keyword: "type", params: { type: schema20.properties.inputs.additionalProperties.properties.default.type }, message: "must be string,null", schema: schema20.properties.inputs.additionalProperties.properties.default.type, parentSchema: schema20.properties.inputs.additionalProperties.properties.default, data: data31 };
                                if (vErrors === null) {
                                    vErrors = [err50];
                                }
                                else {
                                    vErrors.push(err50);
                                }
                                errors++;
                            }
                        }
                        if (data28.example !== undefined) {
                            let data32 = data28.example;
                            if ((typeof data32 !== "string") && (data32 !== null)) {
                                const err51 = { instancePath: instancePath + "/inputs/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/example", schemaPath: "#/properties/inputs/additionalProperties/properties/example/type", keyword: "type", params: { type: schema20.properties.inputs.additionalProperties.properties.example.type }, message: "must be string,null", schema: schema20.properties.inputs.additionalProperties.properties.example.type, parentSchema: schema20.properties.inputs.additionalProperties.properties.example, data: data32 };
                                if (vErrors === null) {
                                    vErrors = [err51];
                                }
                                else {
                                    vErrors.push(err51);
                                }
                                errors++;
                            }
                        }
                        if (data28.pattern !== undefined) {
                            let data33 = data28.pattern;
                            if ((typeof data33 !== "string") && (data33 !== null)) {
                                const err52 = { instancePath: instancePath + "/inputs/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/pattern", schemaPath: "#/properties/inputs/additionalProperties/properties/pattern/type", keyword: "type", params: { type: schema20.properties.inputs.additionalProperties.properties.pattern.type }, message: "must be string,null", schema: schema20.properties.inputs.additionalProperties.properties.pattern.type, parentSchema: schema20.properties.inputs.additionalProperties.properties.pattern, data: data33 };
                                if (vErrors === null) {
                                    vErrors = [err52];
                                }
                                else {
                                    vErrors.push(err52);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err53 = { instancePath: instancePath + "/inputs/" + key9.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/inputs/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema20.properties.inputs.additionalProperties.type, parentSchema: schema20.properties.inputs.additionalProperties, data: data28 };
                        if (vErrors === null) {
                            vErrors = [err53];
                        }
                        else {
                            vErrors.push(err53);
                        }
                        errors++;
                    }
                }
            }
        }
    }
    else {
        const err54 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema20.type, parentSchema: schema20, data };
        if (vErrors === null) {
            vErrors = [err54];
        }
        else {
            vErrors.push(err54);
        }
        errors++;
    }
    validate53.errors = vErrors;
    return errors === 0;
}
validate53.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
const schema24 = { "type": "object", "additionalProperties": false, "required": ["id", "type"], "description": "One step. A cli step runs a command; a manual step asks a person for evidence and approvals. Any step may carry a `when` condition and `outcomes`.", "examples": [{ "id": "check_pods", "type": "cli", "with": { "argv": ["kubectl", "get", "pods"] } }], "properties": { "id": { "$ref": "#/$defs/stepId" }, "type": { "enum": ["cli", "manual"], "description": "Step type: \"cli\" runs with.argv; \"manual\" shows instructions and collects evidence.", "examples": ["cli"] }, "title": { "type": ["string", "null"], "description": "Short human title of the step.", "examples": ["Check pod status"] }, "description": { "type": ["string", "null"], "description": "Longer explanation of why the step exists.", "examples": ["Pods in CrashLoopBackOff point at a bad rollout."] }, "with": { "$ref": "#/$defs/with" }, "capture": { "type": ["object", "null"], "description": "Values to keep from this step for later templates: name -> stdout | stderr | exit_code. Later steps reference them as {{ .name }}.", "examples": [{ "pods": "stdout" }], "propertyNames": { "pattern": "^[A-Za-z_][A-Za-z0-9_]*$" }, "additionalProperties": { "enum": ["stdout", "stderr", "exit_code"], "description": "Which output to capture.", "examples": ["stdout"] } }, "assertions": { "type": ["array", "null"], "description": "Checks on the step output. Every assertion must pass for the step to pass.", "examples": [[{ "not_contains": "CrashLoopBackOff" }, { "exit_code": 0 }]], "items": { "$ref": "#/$defs/assertion" } }, "timeout": { "$ref": "#/$defs/duration" }, "confirm": { "type": ["boolean", "null"], "description": "Require a two-step confirmation before this cli step runs (type the step id back, or an approval when there is no terminal). Destructive commands always require it.", "examples": [true] }, "instructions": { "type": ["string", "null"], "description": "What the person must do (manual steps). Markdown is allowed.", "examples": ["Open the dashboard and confirm error_rate < 1%."] }, "required_evidence": { "type": ["array", "null"], "description": "Evidence a manual step must collect before it can pass.", "examples": [[{ "kind": "text", "name": "ticket" }]], "items": { "$ref": "#/$defs/evidence" } }, "approvals": { "$ref": "#/$defs/approvals" }, "replay_mode": { "enum": ["reuse_evidence", "prompt", "", null], "description": "How a manual step behaves in replay mode: \"reuse_evidence\" takes its evidence from the scenario evidence file; \"prompt\" (the default) asks for it as in a real run.", "examples": ["reuse_evidence"] }, "when": { "type": ["string", "null"], "description": "A condition (CEL): the step runs only when it holds; otherwise it is recorded as not_taken. Names: vars.NAME, captures.NAME, evidence.STEP.NAME, steps.ID.status and steps.ID.exit_code of earlier steps.", "examples": ["captures.usage_pct > \"90\"", "evidence.triage.response == \"rollback\""] }, "outcomes": { "type": ["array", "null"], "description": "How the run may end at this step: when the step passes, the first outcome whose `when` holds (or that has none) ends the run with its state and recommendation; later steps are not reached.", "examples": [[{ "when": "captures.usage == \"ok\"", "state": "no_action", "recommendation": "Nothing to do." }]], "items": { "$ref": "#/$defs/outcome" } }, "choices": { "type": ["object", "null"], "additionalProperties": false, "required": ["variable", "options"], "description": "gert's choice on a manual step: the person picks one option; its value is recorded as choice evidence named `variable`, usable in conditions.", "examples": [{ "variable": "response", "prompt": "Which response?", "options": [{ "value": "lockdown" }, { "value": "rollback" }] }], "properties": { "variable": { "type": "string", "pattern": "^[A-Za-z_][A-Za-z0-9_]*$", "description": "Name the chosen value is recorded under.", "examples": ["response"] }, "prompt": { "type": ["string", "null"], "description": "The question.", "examples": ["Which response?"] }, "options": { "type": "array", "minItems": 2, "description": "The options (at least two).", "examples": [[{ "value": "a" }, { "value": "b" }]], "items": { "$ref": "#/$defs/choiceOption" } } } } } };
const schema25 = { "type": "string", "pattern": "^[a-z0-9][a-z0-9_-]*$", "description": "Unique step id: lowercase letters, digits, _ and -, starting with a letter or digit.", "examples": ["check_pods"] };
const pattern8 = new RegExp("^[a-z0-9][a-z0-9_-]*$", "u");
function validate62(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
    let vErrors = null;
    let errors = 0;
    const evaluated0 = validate62.evaluated;
    if (evaluated0.dynamicProps) {
        evaluated0.props = undefined;
    }
    if (evaluated0.dynamicItems) {
        evaluated0.items = undefined;
    }
    if (typeof data === "string") {
        if (!pattern8.test(data)) {
            const err0 = { instancePath, schemaPath: "#/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9_-]*$" }, message: "must match pattern \"" + "^[a-z0-9][a-z0-9_-]*$" + "\"", schema: "^[a-z0-9][a-z0-9_-]*$", parentSchema: schema25, data };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
    }
    else {
        const err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema25.type, parentSchema: schema25, data };
        if (vErrors === null) {
            vErrors = [err1];
        }
        else {
            vErrors.push(err1);
        }
        errors++;
    }
    validate62.errors = vErrors;
    return errors === 0;
}
validate62.evaluated = { "dynamicProps": false, "dynamicItems": false };
const schema26 = { "type": ["object", "null"], "additionalProperties": false, "description": "How a cli step runs its command.", "examples": [{ "argv": ["kubectl", "get", "pods", "-n", "{{ .namespace }}"] }], "properties": { "argv": { "type": ["array", "null"], "description": "The command and its arguments, run directly (never through a shell). argv[0] must be a literal; other elements may hold {{ .name }} templates, each expanding to exactly one argument.", "examples": [["kubectl", "get", "pods", "-n", "{{ .namespace }}"]], "items": { "type": "string", "description": "One argument.", "examples": ["get"] } }, "env": { "type": ["object", "null"], "description": "Extra environment variables for the command. Values may hold templates.", "examples": [{ "KUBECONFIG": "/etc/kube/config" }], "propertyNames": { "pattern": "^[A-Za-z_][A-Za-z0-9_]*$" }, "additionalProperties": { "type": "string", "description": "Variable value.", "examples": ["/etc/kube/config"] } }, "allow_env_hooks": { "type": ["array", "null"], "description": "Names in env that may set a loader or interpreter hook (PATH, LD_*, DYLD_*, NODE_OPTIONS, BASH_ENV, GIT_*, PYTHONPATH, ...; see rule env-hook). Without this opt-in such a name is refused by validate and by the engine. argv[0] is still found on the run's own PATH.", "examples": [["LD_LIBRARY_PATH"]], "items": { "type": "string", "pattern": "^[A-Za-z_][A-Za-z0-9_]*$", "description": "An environment variable name set in env.", "examples": ["LD_LIBRARY_PATH"] } }, "cwd": { "type": ["string", "null"], "description": "Working directory for the command, relative to the directory the run starts in.", "examples": ["deploy/"] }, "stdin": { "type": ["string", "null"], "description": "Text written to the command standard input. May hold templates.", "examples": ["{\"dryRun\": true}"] } } };
function validate64(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
    let vErrors = null;
    let errors = 0;
    const evaluated0 = validate64.evaluated;
    if (evaluated0.dynamicProps) {
        evaluated0.props = undefined;
    }
    if (evaluated0.dynamicItems) {
        evaluated0.items = undefined;
    }
    if ((!(data && typeof data == "object" && !Array.isArray(data))) && (data !== null)) {
        const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema26.type }, message: "must be object,null", schema: schema26.type, parentSchema: schema26, data };
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
            if (!(((((key0 === "argv") || (key0 === "env")) || (key0 === "allow_env_hooks")) || (key0 === "cwd")) || (key0 === "stdin"))) {
                const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema26, data };
                if (vErrors === null) {
                    vErrors = [err1];
                }
                else {
                    vErrors.push(err1);
                }
                errors++;
            }
        }
        if (data.argv !== undefined) {
            let data0 = data.argv;
            if ((!(Array.isArray(data0))) && (data0 !== null)) {
                const err2 = { instancePath: instancePath + "/argv", schemaPath: "#/properties/argv/type", keyword: "type", params: { type: schema26.properties.argv.type }, message: "must be array,null", schema: schema26.properties.argv.type, parentSchema: schema26.properties.argv, data: data0 };
                if (vErrors === null) {
                    vErrors = [err2];
                }
                else {
                    vErrors.push(err2);
                }
                errors++;
            }
            if (Array.isArray(data0)) {
                const len0 = data0.length;
                for (let i0 = 0; i0 < len0; i0++) {
                    let data1 = data0[i0];
                    if (typeof data1 !== "string") {
                        const err3 = { instancePath: instancePath + "/argv/" + i0, schemaPath: "#/properties/argv/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema26.properties.argv.items.type, parentSchema: schema26.properties.argv.items, data: data1 };
                        if (vErrors === null) {
                            vErrors = [err3];
                        }
                        else {
                            vErrors.push(err3);
                        }
                        errors++;
                    }
                }
            }
        }
        if (data.env !== undefined) {
            let data2 = data.env;
            if ((!(data2 && typeof data2 == "object" && !Array.isArray(data2))) && (data2 !== null)) {
                const err4 = { instancePath: instancePath + "/env", schemaPath: "#/properties/env/type", keyword: "type", params: { type: schema26.properties.env.type }, message: "must be object,null", schema: schema26.properties.env.type, parentSchema: schema26.properties.env, data: data2 };
                if (vErrors === null) {
                    vErrors = [err4];
                }
                else {
                    vErrors.push(err4);
                }
                errors++;
            }
            if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
                for (const key1 in data2) {
                    const _errs8 = errors;
                    if (typeof key1 === "string") {
                        if (!pattern5.test(key1)) {
                            const err5 = { instancePath: instancePath + "/env", schemaPath: "#/properties/env/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_][A-Za-z0-9_]*$" }, message: "must match pattern \"" + "^[A-Za-z_][A-Za-z0-9_]*$" + "\"", schema: "^[A-Za-z_][A-Za-z0-9_]*$", parentSchema: schema26.properties.env.propertyNames, data: key1, propertyName: key1 };
                            if (vErrors === null) {
                                vErrors = [err5];
                            }
                            else {
                                vErrors.push(err5);
                            }
                            errors++;
                        }
                    }
                    var valid3 = _errs8 === errors;
                    if (!valid3) {
                        const err6 = { instancePath: instancePath + "/env", schemaPath: "#/properties/env/propertyNames", keyword: "propertyNames", params: { propertyName: key1 }, message: "property name must be valid", schema: schema26.properties.env.propertyNames, parentSchema: schema26.properties.env, data: data2 };
                        if (vErrors === null) {
                            vErrors = [err6];
                        }
                        else {
                            vErrors.push(err6);
                        }
                        errors++;
                    }
                }
                for (const key2 in data2) {
                    let data3 = data2[key2];
                    if (typeof data3 !== "string") {
                        const err7 = { instancePath: instancePath + "/env/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/env/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema26.properties.env.additionalProperties.type, parentSchema: schema26.properties.env.additionalProperties, data: data3 };
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
        }
        if (data.allow_env_hooks !== undefined) {
            let data4 = data.allow_env_hooks;
            if ((!(Array.isArray(data4))) && (data4 !== null)) {
                const err8 = { instancePath: instancePath + "/allow_env_hooks", schemaPath: "#/properties/allow_env_hooks/type", keyword: "type", params: { type: schema26.properties.allow_env_hooks.type }, message: "must be array,null", schema: schema26.properties.allow_env_hooks.type, parentSchema: schema26.properties.allow_env_hooks, data: data4 };
                if (vErrors === null) {
                    vErrors = [err8];
                }
                else {
                    vErrors.push(err8);
                }
                errors++;
            }
            if (Array.isArray(data4)) {
                const len1 = data4.length;
                for (let i1 = 0; i1 < len1; i1++) {
                    let data5 = data4[i1];
                    if (typeof data5 === "string") {
                        if (!pattern5.test(data5)) {
                            const err9 = { instancePath: instancePath + "/allow_env_hooks/" + i1, schemaPath: "#/properties/allow_env_hooks/items/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_][A-Za-z0-9_]*$" }, message: "must match pattern \"" + "^[A-Za-z_][A-Za-z0-9_]*$" + "\"", schema: "^[A-Za-z_][A-Za-z0-9_]*$", parentSchema: schema26.properties.allow_env_hooks.items, data: data5 };
                            if (vErrors === null) {
                                vErrors = [err9];
                            }
                            else {
                                vErrors.push(err9);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err10 = { instancePath: instancePath + "/allow_env_hooks/" + i1, schemaPath: "#/properties/allow_env_hooks/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema26.properties.allow_env_hooks.items.type, parentSchema: schema26.properties.allow_env_hooks.items, data: data5 };
                        if (vErrors === null) {
                            vErrors = [err10];
                        }
                        else {
                            vErrors.push(err10);
                        }
                        errors++;
                    }
                }
            }
        }
        if (data.cwd !== undefined) {
            let data6 = data.cwd;
            if ((typeof data6 !== "string") && (data6 !== null)) {
                const err11 = { instancePath: instancePath + "/cwd", schemaPath: "#/properties/cwd/type", keyword: "type", params: { type: schema26.properties.cwd.type }, message: "must be string,null", schema: schema26.properties.cwd.type, parentSchema: schema26.properties.cwd, data: data6 };
                if (vErrors === null) {
                    vErrors = [err11];
                }
                else {
                    vErrors.push(err11);
                }
                errors++;
            }
        }
        if (data.stdin !== undefined) {
            let data7 = data.stdin;
            if ((typeof data7 !== "string") && (data7 !== null)) {
                const err12 = { instancePath: instancePath + "/stdin", schemaPath: "#/properties/stdin/type", keyword: "type", params: { type: schema26.properties.stdin.type }, message: "must be string,null", schema: schema26.properties.stdin.type, parentSchema: schema26.properties.stdin, data: data7 };
                if (vErrors === null) {
                    vErrors = [err12];
                }
                else {
                    vErrors.push(err12);
                }
                errors++;
            }
        }
    }
    validate64.errors = vErrors;
    return errors === 0;
}
validate64.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
const schema27 = { "type": "object", "minProperties": 1, "maxProperties": 1, "description": "Exactly one check. Text checks apply to stdout.", "examples": [{ "contains": "Running" }], "additionalProperties": false, "properties": { "contains": { "type": "string", "description": "stdout contains this text.", "examples": ["Running"] }, "not_contains": { "type": "string", "description": "stdout does not contain this text.", "examples": ["CrashLoopBackOff"] }, "matches": { "type": "string", "description": "stdout, without its trailing newline, matches this regular expression (RE2-style; a leading (?i), (?s) or (?m) is accepted). A {{ .name }} in it stands for that value, matched literally.", "examples": ["(?m)^Filesystem", "^{{ .app }}-[a-z0-9]+-[a-z0-9]{5}$"] }, "exit_code": { "type": "integer", "minimum": 0, "maximum": 255, "description": "The command exits with this code. A non-zero expected code makes that exit a pass.", "examples": [0] }, "equals": { "type": "string", "description": "stdout, without its trailing newline, equals this text.", "examples": ["Linux"] }, "not_equals": { "type": "string", "description": "stdout, without its trailing newline, differs from this text.", "examples": [""] }, "json_path": { "type": "object", "additionalProperties": false, "required": ["path", "equals"], "description": "stdout parses as JSON and the value at path equals the given value.", "examples": [{ "path": "$.status.phase", "equals": "Running" }], "properties": { "path": { "type": "string", "pattern": "^\\$(\\.[A-Za-z_][A-Za-z0-9_-]*|\\[[0-9]+\\]|\\['[^']*'\\])*$", "description": "A simple JSONPath: $ followed by .field, [index] or ['key'] segments.", "examples": ["$.items[0].status.phase"] }, "equals": { "description": "Expected JSON value (compared structurally).", "examples": ["Running", 3, true], "type": ["string", "number", "boolean", "null", "array", "object"] } } } } };
const pattern12 = new RegExp("^\\$(\\.[A-Za-z_][A-Za-z0-9_-]*|\\[[0-9]+\\]|\\['[^']*'\\])*$", "u");
function validate66(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
    let vErrors = null;
    let errors = 0;
    const evaluated0 = validate66.evaluated;
    if (evaluated0.dynamicProps) {
        evaluated0.props = undefined;
    }
    if (evaluated0.dynamicItems) {
        evaluated0.items = undefined;
    }
    if (data && typeof data == "object" && !Array.isArray(data)) {
        if (Object.keys(data).length > 1) {
            const err0 = { instancePath, schemaPath: "#/maxProperties", keyword: "maxProperties", params: { limit: 1 }, message: "must NOT have more than 1 properties", schema: 1, parentSchema: schema27, data };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
        if (Object.keys(data).length < 1) {
            const err1 = { instancePath, schemaPath: "#/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema27, data };
            if (vErrors === null) {
                vErrors = [err1];
            }
            else {
                vErrors.push(err1);
            }
            errors++;
        }
        for (const key0 in data) {
            if (!(((((((key0 === "contains") || (key0 === "not_contains")) || (key0 === "matches")) || (key0 === "exit_code")) || (key0 === "equals")) || (key0 === "not_equals")) || (key0 === "json_path"))) {
                const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema27, data };
                if (vErrors === null) {
                    vErrors = [err2];
                }
                else {
                    vErrors.push(err2);
                }
                errors++;
            }
        }
        if (data.contains !== undefined) {
            let data0 = data.contains;
            if (typeof data0 !== "string") {
                const err3 = { instancePath: instancePath + "/contains", schemaPath: "#/properties/contains/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema27.properties.contains.type, parentSchema: schema27.properties.contains, data: data0 };
                if (vErrors === null) {
                    vErrors = [err3];
                }
                else {
                    vErrors.push(err3);
                }
                errors++;
            }
        }
        if (data.not_contains !== undefined) {
            let data1 = data.not_contains;
            if (typeof data1 !== "string") {
                const err4 = { instancePath: instancePath + "/not_contains", schemaPath: "#/properties/not_contains/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema27.properties.not_contains.type, parentSchema: schema27.properties.not_contains, data: data1 };
                if (vErrors === null) {
                    vErrors = [err4];
                }
                else {
                    vErrors.push(err4);
                }
                errors++;
            }
        }
        if (data.matches !== undefined) {
            let data2 = data.matches;
            if (typeof data2 !== "string") {
                const err5 = { instancePath: instancePath + "/matches", schemaPath: "#/properties/matches/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema27.properties.matches.type, parentSchema: schema27.properties.matches, data: data2 };
                if (vErrors === null) {
                    vErrors = [err5];
                }
                else {
                    vErrors.push(err5);
                }
                errors++;
            }
        }
        if (data.exit_code !== undefined) {
            let data3 = data.exit_code;
            if (!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))) {
                const err6 = { instancePath: instancePath + "/exit_code", schemaPath: "#/properties/exit_code/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema27.properties.exit_code.type, parentSchema: schema27.properties.exit_code, data: data3 };
                if (vErrors === null) {
                    vErrors = [err6];
                }
                else {
                    vErrors.push(err6);
                }
                errors++;
            }
            if ((typeof data3 == "number") && (isFinite(data3))) {
                if (data3 > 255 || isNaN(data3)) {
                    const err7 = { instancePath: instancePath + "/exit_code", schemaPath: "#/properties/exit_code/maximum", keyword: "maximum", params: { comparison: "<=", limit: 255 }, message: "must be <= 255", schema: 255, parentSchema: schema27.properties.exit_code, data: data3 };
                    if (vErrors === null) {
                        vErrors = [err7];
                    }
                    else {
                        vErrors.push(err7);
                    }
                    errors++;
                }
                if (data3 < 0 || isNaN(data3)) {
                    const err8 = { instancePath: instancePath + "/exit_code", schemaPath: "#/properties/exit_code/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema27.properties.exit_code, data: data3 };
                    if (vErrors === null) {
                        vErrors = [err8];
                    }
                    else {
                        vErrors.push(err8);
                    }
                    errors++;
                }
            }
        }
        if (data.equals !== undefined) {
            let data4 = data.equals;
            if (typeof data4 !== "string") {
                const err9 = { instancePath: instancePath + "/equals", schemaPath: "#/properties/equals/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema27.properties.equals.type, parentSchema: schema27.properties.equals, data: data4 };
                if (vErrors === null) {
                    vErrors = [err9];
                }
                else {
                    vErrors.push(err9);
                }
                errors++;
            }
        }
        if (data.not_equals !== undefined) {
            let data5 = data.not_equals;
            if (typeof data5 !== "string") {
                const err10 = { instancePath: instancePath + "/not_equals", schemaPath: "#/properties/not_equals/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema27.properties.not_equals.type, parentSchema: schema27.properties.not_equals, data: data5 };
                if (vErrors === null) {
                    vErrors = [err10];
                }
                else {
                    vErrors.push(err10);
                }
                errors++;
            }
        }
        if (data.json_path !== undefined) {
            let data6 = data.json_path;
            if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
                if (data6.path === undefined) {
                    const err11 = { instancePath: instancePath + "/json_path", schemaPath: "#/properties/json_path/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property '" + "path" + "'", schema: schema27.properties.json_path.required, parentSchema: schema27.properties.json_path, data: data6 };
                    if (vErrors === null) {
                        vErrors = [err11];
                    }
                    else {
                        vErrors.push(err11);
                    }
                    errors++;
                }
                if (data6.equals === undefined) {
                    const err12 = { instancePath: instancePath + "/json_path", schemaPath: "#/properties/json_path/required", keyword: "required", params: { missingProperty: "equals" }, message: "must have required property '" + "equals" + "'", schema: schema27.properties.json_path.required, parentSchema: schema27.properties.json_path, data: data6 };
                    if (vErrors === null) {
                        vErrors = [err12];
                    }
                    else {
                        vErrors.push(err12);
                    }
                    errors++;
                }
                for (const key1 in data6) {
                    if (!((key1 === "path") || (key1 === "equals"))) {
                        const err13 = { instancePath: instancePath + "/json_path", schemaPath: "#/properties/json_path/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema27.properties.json_path, data: data6 };
                        if (vErrors === null) {
                            vErrors = [err13];
                        }
                        else {
                            vErrors.push(err13);
                        }
                        errors++;
                    }
                }
                if (data6.path !== undefined) {
                    let data7 = data6.path;
                    if (typeof data7 === "string") {
                        if (!pattern12.test(data7)) {
                            const err14 = { instancePath: instancePath + "/json_path/path", schemaPath: "#/properties/json_path/properties/path/pattern", keyword: "pattern", params: { pattern: "^\\$(\\.[A-Za-z_][A-Za-z0-9_-]*|\\[[0-9]+\\]|\\['[^']*'\\])*$" }, message: "must match pattern \"" + "^\\$(\\.[A-Za-z_][A-Za-z0-9_-]*|\\[[0-9]+\\]|\\['[^']*'\\])*$" + "\"", schema: "^\\$(\\.[A-Za-z_][A-Za-z0-9_-]*|\\[[0-9]+\\]|\\['[^']*'\\])*$", parentSchema: schema27.properties.json_path.properties.path, data: data7 };
                            if (vErrors === null) {
                                vErrors = [err14];
                            }
                            else {
                                vErrors.push(err14);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err15 = { instancePath: instancePath + "/json_path/path", schemaPath: "#/properties/json_path/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema27.properties.json_path.properties.path.type, parentSchema: schema27.properties.json_path.properties.path, data: data7 };
                        if (vErrors === null) {
                            vErrors = [err15];
                        }
                        else {
                            vErrors.push(err15);
                        }
                        errors++;
                    }
                }
                if (data6.equals !== undefined) {
                    let data8 = data6.equals;
                    if ((((typeof data8 != "object") && (typeof data8 !== "string")) && (!((typeof data8 == "number") && (isFinite(data8))))) && (typeof data8 !== "boolean")) {
                        const err16 = { instancePath: instancePath + "/json_path/equals", schemaPath: "#/properties/json_path/properties/equals/type", keyword: "type", params: { type: schema27.properties.json_path.properties.equals.type }, message: "must be string,number,boolean,null,array,object", schema: schema27.properties.json_path.properties.equals.type, parentSchema: schema27.properties.json_path.properties.equals, data: data8 };
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
            else {
                const err17 = { instancePath: instancePath + "/json_path", schemaPath: "#/properties/json_path/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema27.properties.json_path.type, parentSchema: schema27.properties.json_path, data: data6 };
                if (vErrors === null) {
                    vErrors = [err17];
                }
                else {
                    vErrors.push(err17);
                }
                errors++;
            }
        }
    }
    else {
        const err18 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema27.type, parentSchema: schema27, data };
        if (vErrors === null) {
            vErrors = [err18];
        }
        else {
            vErrors.push(err18);
        }
        errors++;
    }
    validate66.errors = vErrors;
    return errors === 0;
}
validate66.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
const schema28 = { "type": "object", "additionalProperties": false, "required": ["kind", "name"], "description": "One piece of evidence a manual step needs.", "examples": [{ "kind": "checklist", "name": "criteria", "items": ["error_rate < 1%"] }], "properties": { "kind": { "enum": ["text", "checklist", "attachment", "choice"], "description": "text: a line of text; checklist: every item ticked; attachment: a file copied into the run; choice: exactly one of options.", "examples": ["text"] }, "name": { "type": "string", "pattern": "^[A-Za-z_][A-Za-z0-9_-]*$", "description": "Evidence name, unique within the step.", "examples": ["dashboard_link"] }, "description": { "type": ["string", "null"], "description": "What to provide.", "examples": ["Link to the Grafana panel you checked."] }, "items": { "type": ["array", "null"], "description": "Checklist items (checklist only). Every item must be ticked.", "examples": [["Checked error_rate < 1%"]], "items": { "type": "string", "minLength": 1, "description": "One item.", "examples": ["Checked error_rate < 1%"] } }, "options": { "type": ["array", "null"], "description": "The options of a choice (choice only; at least two).", "examples": [["lockdown", "release", "rollback"]], "items": { "$ref": "#/$defs/choiceOption" } } } };
const pattern13 = new RegExp("^[A-Za-z_][A-Za-z0-9_-]*$", "u");
const schema29 = { "anyOf": [{ "type": "string", "minLength": 1, "description": "The option value.", "examples": ["rollback"] }, { "type": "object", "additionalProperties": false, "required": ["value"], "description": "An option with a label.", "examples": [{ "value": "rollback", "label": "Roll back" }], "properties": { "value": { "type": "string", "minLength": 1, "description": "The value recorded.", "examples": ["rollback"] }, "label": { "type": ["string", "null"], "description": "What the person sees.", "examples": ["Roll back the release"] }, "description": { "type": ["string", "null"], "description": "More about it.", "examples": ["Reverts to the last good build."] } } }], "description": "One option: a value, or {value, label, description}.", "examples": ["rollback", { "value": "rollback", "label": "Roll back" }] };
function validate70(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
    let vErrors = null;
    let errors = 0;
    const evaluated0 = validate70.evaluated;
    if (evaluated0.dynamicProps) {
        evaluated0.props = undefined;
    }
    if (evaluated0.dynamicItems) {
        evaluated0.items = undefined;
    }
    const _errs0 = errors;
    let valid0 = false;
    const _errs1 = errors;
    if (typeof data === "string") {
        if (func2(data) < 1) {
            const err0 = { instancePath, schemaPath: "#/anyOf/0/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema29.anyOf[0], data };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
    }
    else {
        const err1 = { instancePath, schemaPath: "#/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema29.anyOf[0].type, parentSchema: schema29.anyOf[0], data };
        if (vErrors === null) {
            vErrors = [err1];
        }
        else {
            vErrors.push(err1);
        }
        errors++;
    }
    var _valid0 = _errs1 === errors;
    valid0 = valid0 || _valid0;
    const _errs3 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.value === undefined) {
            const err2 = { instancePath, schemaPath: "#/anyOf/1/required", keyword: "required", params: { missingProperty: "value" }, message: "must have required property '" + "value" + "'", schema: schema29.anyOf[1].required, parentSchema: schema29.anyOf[1], data };
            if (vErrors === null) {
                vErrors = [err2];
            }
            else {
                vErrors.push(err2);
            }
            errors++;
        }
        for (const key0 in data) {
            if (!(((key0 === "value") || (key0 === "label")) || (key0 === "description"))) {
                const err3 = { instancePath, schemaPath: "#/anyOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema29.anyOf[1], data };
                if (vErrors === null) {
                    vErrors = [err3];
                }
                else {
                    vErrors.push(err3);
                }
                errors++;
            }
        }
        if (data.value !== undefined) {
            let data0 = data.value;
            if (typeof data0 === "string") {
                if (func2(data0) < 1) {
                    const err4 = { instancePath: instancePath + "/value", schemaPath: "#/anyOf/1/properties/value/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema29.anyOf[1].properties.value, data: data0 };
                    if (vErrors === null) {
                        vErrors = [err4];
                    }
                    else {
                        vErrors.push(err4);
                    }
                    errors++;
                }
            }
            else {
                const err5 = { instancePath: instancePath + "/value", schemaPath: "#/anyOf/1/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema29.anyOf[1].properties.value.type, parentSchema: schema29.anyOf[1].properties.value, data: data0 };
                if (vErrors === null) {
                    vErrors = [err5];
                }
                else {
                    vErrors.push(err5);
                }
                errors++;
            }
        }
        if (data.label !== undefined) {
            let data1 = data.label;
            if ((typeof data1 !== "string") && (data1 !== null)) {
                const err6 = { instancePath: instancePath + "/label", schemaPath: "#/anyOf/1/properties/label/type", keyword: "type", params: { type: schema29.anyOf[1].properties.label.type }, message: "must be string,null", schema: schema29.anyOf[1].properties.label.type, parentSchema: schema29.anyOf[1].properties.label, data: data1 };
                if (vErrors === null) {
                    vErrors = [err6];
                }
                else {
                    vErrors.push(err6);
                }
                errors++;
            }
        }
        if (data.description !== undefined) {
            let data2 = data.description;
            if ((typeof data2 !== "string") && (data2 !== null)) {
                const err7 = { instancePath: instancePath + "/description", schemaPath: "#/anyOf/1/properties/description/type", keyword: "type", params: { type: schema29.anyOf[1].properties.description.type }, message: "must be string,null", schema: schema29.anyOf[1].properties.description.type, parentSchema: schema29.anyOf[1].properties.description, data: data2 };
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
    else {
        const err8 = { instancePath, schemaPath: "#/anyOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema29.anyOf[1].type, parentSchema: schema29.anyOf[1], data };
        if (vErrors === null) {
            vErrors = [err8];
        }
        else {
            vErrors.push(err8);
        }
        errors++;
    }
    var _valid0 = _errs3 === errors;
    valid0 = valid0 || _valid0;
    if (_valid0) {
        var props0 = true;
    }
    if (!valid0) {
        const err9 = { instancePath, schemaPath: "#/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema29.anyOf, parentSchema: schema29, data };
        if (vErrors === null) {
            vErrors = [err9];
        }
        else {
            vErrors.push(err9);
        }
        errors++;
    }
    else {
        errors = _errs0;
        if (vErrors !== null) {
            if (_errs0) {
                vErrors.length = _errs0;
            }
            else {
                vErrors = null;
            }
        }
    }
    validate70.errors = vErrors;
    evaluated0.props = props0;
    return errors === 0;
}
validate70.evaluated = { "dynamicProps": true, "dynamicItems": false };
function validate69(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
    let vErrors = null;
    let errors = 0;
    const evaluated0 = validate69.evaluated;
    if (evaluated0.dynamicProps) {
        evaluated0.props = undefined;
    }
    if (evaluated0.dynamicItems) {
        evaluated0.items = undefined;
    }
    if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.kind === undefined) {
            const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property '" + "kind" + "'", schema: schema28.required, parentSchema: schema28, data };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
        if (data.name === undefined) {
            const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property '" + "name" + "'", schema: schema28.required, parentSchema: schema28, data };
            if (vErrors === null) {
                vErrors = [err1];
            }
            else {
                vErrors.push(err1);
            }
            errors++;
        }
        for (const key0 in data) {
            if (!(((((key0 === "kind") || (key0 === "name")) || (key0 === "description")) || (key0 === "items")) || (key0 === "options"))) {
                const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema28, data };
                if (vErrors === null) {
                    vErrors = [err2];
                }
                else {
                    vErrors.push(err2);
                }
                errors++;
            }
        }
        if (data.kind !== undefined) {
            let data0 = data.kind;
            if (!((((data0 === "text") || (data0 === "checklist")) || (data0 === "attachment")) || (data0 === "choice"))) {
                const err3 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/enum", keyword: "enum", params: { allowedValues: schema28.properties.kind.enum }, message: "must be equal to one of the allowed values", schema: schema28.properties.kind.enum, parentSchema: schema28.properties.kind, data: data0 };
                if (vErrors === null) {
                    vErrors = [err3];
                }
                else {
                    vErrors.push(err3);
                }
                errors++;
            }
        }
        if (data.name !== undefined) {
            let data1 = data.name;
            if (typeof data1 === "string") {
                if (!pattern13.test(data1)) {
                    const err4 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_][A-Za-z0-9_-]*$" }, message: "must match pattern \"" + "^[A-Za-z_][A-Za-z0-9_-]*$" + "\"", schema: "^[A-Za-z_][A-Za-z0-9_-]*$", parentSchema: schema28.properties.name, data: data1 };
                    if (vErrors === null) {
                        vErrors = [err4];
                    }
                    else {
                        vErrors.push(err4);
                    }
                    errors++;
                }
            }
            else {
                const err5 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema28.properties.name.type, parentSchema: schema28.properties.name, data: data1 };
                if (vErrors === null) {
                    vErrors = [err5];
                }
                else {
                    vErrors.push(err5);
                }
                errors++;
            }
        }
        if (data.description !== undefined) {
            let data2 = data.description;
            if ((typeof data2 !== "string") && (data2 !== null)) {
                const err6 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: schema28.properties.description.type }, message: "must be string,null", schema: schema28.properties.description.type, parentSchema: schema28.properties.description, data: data2 };
                if (vErrors === null) {
                    vErrors = [err6];
                }
                else {
                    vErrors.push(err6);
                }
                errors++;
            }
        }
        if (data.items !== undefined) {
            let data3 = data.items;
            if ((!(Array.isArray(data3))) && (data3 !== null)) {
                const err7 = { instancePath: instancePath + "/items", schemaPath: "#/properties/items/type", keyword: "type", params: { type: schema28.properties.items.type }, message: "must be array,null", schema: schema28.properties.items.type, parentSchema: schema28.properties.items, data: data3 };
                if (vErrors === null) {
                    vErrors = [err7];
                }
                else {
                    vErrors.push(err7);
                }
                errors++;
            }
            if (Array.isArray(data3)) {
                const len0 = data3.length;
                for (let i0 = 0; i0 < len0; i0++) {
                    let data4 = data3[i0];
                    if (typeof data4 === "string") {
                        if (func2(data4) < 1) {
                            const err8 = { instancePath: instancePath + "/items/" + i0, schemaPath: "#/properties/items/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema28.properties.items.items, data: data4 };
                            if (vErrors === null) {
                                vErrors = [err8];
                            }
                            else {
                                vErrors.push(err8);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err9 = { instancePath: instancePath + "/items/" + i0, schemaPath: "#/properties/items/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema28.properties.items.items.type, parentSchema: schema28.properties.items.items, data: data4 };
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
        if (data.options !== undefined) {
            let data5 = data.options;
            if ((!(Array.isArray(data5))) && (data5 !== null)) {
                const err10 = { instancePath: instancePath + "/options", schemaPath: "#/properties/options/type", keyword: "type", params: { type: schema28.properties.options.type }, message: "must be array,null", schema: schema28.properties.options.type, parentSchema: schema28.properties.options, data: data5 };
                if (vErrors === null) {
                    vErrors = [err10];
                }
                else {
                    vErrors.push(err10);
                }
                errors++;
            }
            if (Array.isArray(data5)) {
                const len1 = data5.length;
                for (let i1 = 0; i1 < len1; i1++) {
                    if (!(validate70(data5[i1], { instancePath: instancePath + "/options/" + i1, parentData: data5, parentDataProperty: i1, rootData, dynamicAnchors }))) {
                        vErrors = vErrors === null ? validate70.errors : vErrors.concat(validate70.errors);
                        errors = vErrors.length;
                    }
                }
            }
        }
    }
    else {
        const err11 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema28.type, parentSchema: schema28, data };
        if (vErrors === null) {
            vErrors = [err11];
        }
        else {
            vErrors.push(err11);
        }
        errors++;
    }
    validate69.errors = vErrors;
    return errors === 0;
}
validate69.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
const schema30 = { "type": ["object", "null"], "additionalProperties": false, "required": ["min"], "description": "Sign-off a step needs: distinct approvers (the same person twice counts once), optionally holding one of the roles.", "examples": [{ "min": 1, "roles": ["DRI"] }], "properties": { "min": { "type": "integer", "description": "Number of distinct approvers needed (at least 1).", "examples": [1] }, "roles": { "type": ["array", "null"], "description": "When set, an approver must hold one of these roles.", "examples": [["DRI", "incident-commander"]], "items": { "type": "string", "minLength": 1, "description": "A role name.", "examples": ["DRI"] } }, "allow_self": { "type": ["boolean", "null"], "description": "When true, whoever started the run may also approve it. Off by default: in GitHub an approval by the run's starter is refused.", "examples": [true] } } };
function validate73(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
    let vErrors = null;
    let errors = 0;
    const evaluated0 = validate73.evaluated;
    if (evaluated0.dynamicProps) {
        evaluated0.props = undefined;
    }
    if (evaluated0.dynamicItems) {
        evaluated0.items = undefined;
    }
    if ((!(data && typeof data == "object" && !Array.isArray(data))) && (data !== null)) {
        const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema30.type }, message: "must be object,null", schema: schema30.type, parentSchema: schema30, data };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.min === undefined) {
            const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "min" }, message: "must have required property '" + "min" + "'", schema: schema30.required, parentSchema: schema30, data };
            if (vErrors === null) {
                vErrors = [err1];
            }
            else {
                vErrors.push(err1);
            }
            errors++;
        }
        for (const key0 in data) {
            if (!(((key0 === "min") || (key0 === "roles")) || (key0 === "allow_self"))) {
                const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema30, data };
                if (vErrors === null) {
                    vErrors = [err2];
                }
                else {
                    vErrors.push(err2);
                }
                errors++;
            }
        }
        if (data.min !== undefined) {
            let data0 = data.min;
            if (!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))) {
                const err3 = { instancePath: instancePath + "/min", schemaPath: "#/properties/min/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema30.properties.min.type, parentSchema: schema30.properties.min, data: data0 };
                if (vErrors === null) {
                    vErrors = [err3];
                }
                else {
                    vErrors.push(err3);
                }
                errors++;
            }
        }
        if (data.roles !== undefined) {
            let data1 = data.roles;
            if ((!(Array.isArray(data1))) && (data1 !== null)) {
                const err4 = { instancePath: instancePath + "/roles", schemaPath: "#/properties/roles/type", keyword: "type", params: { type: schema30.properties.roles.type }, message: "must be array,null", schema: schema30.properties.roles.type, parentSchema: schema30.properties.roles, data: data1 };
                if (vErrors === null) {
                    vErrors = [err4];
                }
                else {
                    vErrors.push(err4);
                }
                errors++;
            }
            if (Array.isArray(data1)) {
                const len0 = data1.length;
                for (let i0 = 0; i0 < len0; i0++) {
                    let data2 = data1[i0];
                    if (typeof data2 === "string") {
                        if (func2(data2) < 1) {
                            const err5 = { instancePath: instancePath + "/roles/" + i0, schemaPath: "#/properties/roles/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema30.properties.roles.items, data: data2 };
                            if (vErrors === null) {
                                vErrors = [err5];
                            }
                            else {
                                vErrors.push(err5);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err6 = { instancePath: instancePath + "/roles/" + i0, schemaPath: "#/properties/roles/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema30.properties.roles.items.type, parentSchema: schema30.properties.roles.items, data: data2 };
                        if (vErrors === null) {
                            vErrors = [err6];
                        }
                        else {
                            vErrors.push(err6);
                        }
                        errors++;
                    }
                }
            }
        }
        if (data.allow_self !== undefined) {
            let data3 = data.allow_self;
            if ((typeof data3 !== "boolean") && (data3 !== null)) {
                const err7 = { instancePath: instancePath + "/allow_self", schemaPath: "#/properties/allow_self/type", keyword: "type", params: { type: schema30.properties.allow_self.type }, message: "must be boolean,null", schema: schema30.properties.allow_self.type, parentSchema: schema30.properties.allow_self, data: data3 };
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
    validate73.errors = vErrors;
    return errors === 0;
}
validate73.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
const schema31 = { "type": "object", "additionalProperties": false, "required": ["state"], "description": "A way the run ends (gert's shape).", "examples": [{ "when": "captures.usage == \"ok\"", "state": "resolved", "recommendation": "Close the incident." }], "properties": { "when": { "type": ["string", "null"], "description": "A condition (CEL); absent means always.", "examples": ["steps.fix.exit_code == 0"] }, "state": { "enum": ["resolved", "mitigated", "escalated", "no_action", "needs_rca"], "description": "The end state of the run.", "examples": ["resolved"] }, "recommendation": { "type": ["string", "null"], "description": "What to do next, shown when the run ends here.", "examples": ["Escalate to the storage team."] } } };
function validate75(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
    let vErrors = null;
    let errors = 0;
    const evaluated0 = validate75.evaluated;
    if (evaluated0.dynamicProps) {
        evaluated0.props = undefined;
    }
    if (evaluated0.dynamicItems) {
        evaluated0.items = undefined;
    }
    if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.state === undefined) {
            const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "state" }, message: "must have required property '" + "state" + "'", schema: schema31.required, parentSchema: schema31, data };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
        for (const key0 in data) {
            if (!(((key0 === "when") || (key0 === "state")) || (key0 === "recommendation"))) {
                const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31, data };
                if (vErrors === null) {
                    vErrors = [err1];
                }
                else {
                    vErrors.push(err1);
                }
                errors++;
            }
        }
        if (data.when !== undefined) {
            let data0 = data.when;
            if ((typeof data0 !== "string") && (data0 !== null)) {
                const err2 = { instancePath: instancePath + "/when", schemaPath: "#/properties/when/type", keyword: "type", params: { type: schema31.properties.when.type }, message: "must be string,null", schema: schema31.properties.when.type, parentSchema: schema31.properties.when, data: data0 };
                if (vErrors === null) {
                    vErrors = [err2];
                }
                else {
                    vErrors.push(err2);
                }
                errors++;
            }
        }
        if (data.state !== undefined) {
            let data1 = data.state;
            if (!(((((data1 === "resolved") || (data1 === "mitigated")) || (data1 === "escalated")) || (data1 === "no_action")) || (data1 === "needs_rca"))) {
                const err3 = { instancePath: instancePath + "/state", schemaPath: "#/properties/state/enum", keyword: "enum", params: { allowedValues: schema31.properties.state.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.state.enum, parentSchema: schema31.properties.state, data: data1 };
                if (vErrors === null) {
                    vErrors = [err3];
                }
                else {
                    vErrors.push(err3);
                }
                errors++;
            }
        }
        if (data.recommendation !== undefined) {
            let data2 = data.recommendation;
            if ((typeof data2 !== "string") && (data2 !== null)) {
                const err4 = { instancePath: instancePath + "/recommendation", schemaPath: "#/properties/recommendation/type", keyword: "type", params: { type: schema31.properties.recommendation.type }, message: "must be string,null", schema: schema31.properties.recommendation.type, parentSchema: schema31.properties.recommendation, data: data2 };
                if (vErrors === null) {
                    vErrors = [err4];
                }
                else {
                    vErrors.push(err4);
                }
                errors++;
            }
        }
    }
    else {
        const err5 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.type, parentSchema: schema31, data };
        if (vErrors === null) {
            vErrors = [err5];
        }
        else {
            vErrors.push(err5);
        }
        errors++;
    }
    validate75.errors = vErrors;
    return errors === 0;
}
validate75.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate61(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
    let vErrors = null;
    let errors = 0;
    const evaluated0 = validate61.evaluated;
    if (evaluated0.dynamicProps) {
        evaluated0.props = undefined;
    }
    if (evaluated0.dynamicItems) {
        evaluated0.items = undefined;
    }
    if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.id === undefined) {
            const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property '" + "id" + "'", schema: schema24.required, parentSchema: schema24, data };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
        if (data.type === undefined) {
            const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property '" + "type" + "'", schema: schema24.required, parentSchema: schema24, data };
            if (vErrors === null) {
                vErrors = [err1];
            }
            else {
                vErrors.push(err1);
            }
            errors++;
        }
        for (const key0 in data) {
            if (!(func1.call(schema24.properties, key0))) {
                const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema24, data };
                if (vErrors === null) {
                    vErrors = [err2];
                }
                else {
                    vErrors.push(err2);
                }
                errors++;
            }
        }
        if (data.id !== undefined) {
            if (!(validate62(data.id, { instancePath: instancePath + "/id", parentData: data, parentDataProperty: "id", rootData, dynamicAnchors }))) {
                vErrors = vErrors === null ? validate62.errors : vErrors.concat(validate62.errors);
                errors = vErrors.length;
            }
        }
        if (data.type !== undefined) {
            let data1 = data.type;
            if (!((data1 === "cli") || (data1 === "manual"))) {
                const err3 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/enum", keyword: "enum", params: { allowedValues: schema24.properties.type.enum }, message: "must be equal to one of the allowed values", schema: schema24.properties.type.enum, parentSchema: schema24.properties.type, data: data1 };
                if (vErrors === null) {
                    vErrors = [err3];
                }
                else {
                    vErrors.push(err3);
                }
                errors++;
            }
        }
        if (data.title !== undefined) {
            let data2 = data.title;
            if ((typeof data2 !== "string") && (data2 !== null)) {
                const err4 = { instancePath: instancePath + "/title", schemaPath: "#/properties/title/type", keyword: "type", params: { type: schema24.properties.title.type }, message: "must be string,null", schema: schema24.properties.title.type, parentSchema: schema24.properties.title, data: data2 };
                if (vErrors === null) {
                    vErrors = [err4];
                }
                else {
                    vErrors.push(err4);
                }
                errors++;
            }
        }
        if (data.description !== undefined) {
            let data3 = data.description;
            if ((typeof data3 !== "string") && (data3 !== null)) {
                const err5 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: schema24.properties.description.type }, message: "must be string,null", schema: schema24.properties.description.type, parentSchema: schema24.properties.description, data: data3 };
                if (vErrors === null) {
                    vErrors = [err5];
                }
                else {
                    vErrors.push(err5);
                }
                errors++;
            }
        }
        if (data.with !== undefined) {
            if (!(validate64(data.with, { instancePath: instancePath + "/with", parentData: data, parentDataProperty: "with", rootData, dynamicAnchors }))) {
                vErrors = vErrors === null ? validate64.errors : vErrors.concat(validate64.errors);
                errors = vErrors.length;
            }
        }
        if (data.capture !== undefined) {
            let data5 = data.capture;
            if ((!(data5 && typeof data5 == "object" && !Array.isArray(data5))) && (data5 !== null)) {
                const err6 = { instancePath: instancePath + "/capture", schemaPath: "#/properties/capture/type", keyword: "type", params: { type: schema24.properties.capture.type }, message: "must be object,null", schema: schema24.properties.capture.type, parentSchema: schema24.properties.capture, data: data5 };
                if (vErrors === null) {
                    vErrors = [err6];
                }
                else {
                    vErrors.push(err6);
                }
                errors++;
            }
            if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
                for (const key1 in data5) {
                    const _errs11 = errors;
                    if (typeof key1 === "string") {
                        if (!pattern5.test(key1)) {
                            const err7 = { instancePath: instancePath + "/capture", schemaPath: "#/properties/capture/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_][A-Za-z0-9_]*$" }, message: "must match pattern \"" + "^[A-Za-z_][A-Za-z0-9_]*$" + "\"", schema: "^[A-Za-z_][A-Za-z0-9_]*$", parentSchema: schema24.properties.capture.propertyNames, data: key1, propertyName: key1 };
                            if (vErrors === null) {
                                vErrors = [err7];
                            }
                            else {
                                vErrors.push(err7);
                            }
                            errors++;
                        }
                    }
                    var valid1 = _errs11 === errors;
                    if (!valid1) {
                        const err8 = { instancePath: instancePath + "/capture", schemaPath: "#/properties/capture/propertyNames", keyword: "propertyNames", params: { propertyName: key1 }, message: "property name must be valid", schema: schema24.properties.capture.propertyNames, parentSchema: schema24.properties.capture, data: data5 };
                        if (vErrors === null) {
                            vErrors = [err8];
                        }
                        else {
                            vErrors.push(err8);
                        }
                        errors++;
                    }
                }
                for (const key2 in data5) {
                    let data6 = data5[key2];
                    if (!(((data6 === "stdout") || (data6 === "stderr")) || (data6 === "exit_code"))) {
                        const err9 = { instancePath: instancePath + "/capture/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/capture/additionalProperties/enum", keyword: "enum", params: { allowedValues: schema24.properties.capture.additionalProperties.enum }, message: "must be equal to one of the allowed values", schema: schema24.properties.capture.additionalProperties.enum, parentSchema: schema24.properties.capture.additionalProperties, data: data6 };
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
        if (data.assertions !== undefined) {
            let data7 = data.assertions;
            if ((!(Array.isArray(data7))) && (data7 !== null)) {
                const err10 = { instancePath: instancePath + "/assertions", schemaPath: "#/properties/assertions/type", keyword: "type", params: { type: schema24.properties.assertions.type }, message: "must be array,null", schema: schema24.properties.assertions.type, parentSchema: schema24.properties.assertions, data: data7 };
                if (vErrors === null) {
                    vErrors = [err10];
                }
                else {
                    vErrors.push(err10);
                }
                errors++;
            }
            if (Array.isArray(data7)) {
                const len0 = data7.length;
                for (let i0 = 0; i0 < len0; i0++) {
                    if (!(validate66(data7[i0], { instancePath: instancePath + "/assertions/" + i0, parentData: data7, parentDataProperty: i0, rootData, dynamicAnchors }))) {
                        vErrors = vErrors === null ? validate66.errors : vErrors.concat(validate66.errors);
                        errors = vErrors.length;
                    }
                }
            }
        }
        if (data.timeout !== undefined) {
            if (!(validate54(data.timeout, { instancePath: instancePath + "/timeout", parentData: data, parentDataProperty: "timeout", rootData, dynamicAnchors }))) {
                vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
                errors = vErrors.length;
            }
        }
        if (data.confirm !== undefined) {
            let data10 = data.confirm;
            if ((typeof data10 !== "boolean") && (data10 !== null)) {
                const err11 = { instancePath: instancePath + "/confirm", schemaPath: "#/properties/confirm/type", keyword: "type", params: { type: schema24.properties.confirm.type }, message: "must be boolean,null", schema: schema24.properties.confirm.type, parentSchema: schema24.properties.confirm, data: data10 };
                if (vErrors === null) {
                    vErrors = [err11];
                }
                else {
                    vErrors.push(err11);
                }
                errors++;
            }
        }
        if (data.instructions !== undefined) {
            let data11 = data.instructions;
            if ((typeof data11 !== "string") && (data11 !== null)) {
                const err12 = { instancePath: instancePath + "/instructions", schemaPath: "#/properties/instructions/type", keyword: "type", params: { type: schema24.properties.instructions.type }, message: "must be string,null", schema: schema24.properties.instructions.type, parentSchema: schema24.properties.instructions, data: data11 };
                if (vErrors === null) {
                    vErrors = [err12];
                }
                else {
                    vErrors.push(err12);
                }
                errors++;
            }
        }
        if (data.required_evidence !== undefined) {
            let data12 = data.required_evidence;
            if ((!(Array.isArray(data12))) && (data12 !== null)) {
                const err13 = { instancePath: instancePath + "/required_evidence", schemaPath: "#/properties/required_evidence/type", keyword: "type", params: { type: schema24.properties.required_evidence.type }, message: "must be array,null", schema: schema24.properties.required_evidence.type, parentSchema: schema24.properties.required_evidence, data: data12 };
                if (vErrors === null) {
                    vErrors = [err13];
                }
                else {
                    vErrors.push(err13);
                }
                errors++;
            }
            if (Array.isArray(data12)) {
                const len1 = data12.length;
                for (let i1 = 0; i1 < len1; i1++) {
                    if (!(validate69(data12[i1], { instancePath: instancePath + "/required_evidence/" + i1, parentData: data12, parentDataProperty: i1, rootData, dynamicAnchors }))) {
                        vErrors = vErrors === null ? validate69.errors : vErrors.concat(validate69.errors);
                        errors = vErrors.length;
                    }
                }
            }
        }
        if (data.approvals !== undefined) {
            if (!(validate73(data.approvals, { instancePath: instancePath + "/approvals", parentData: data, parentDataProperty: "approvals", rootData, dynamicAnchors }))) {
                vErrors = vErrors === null ? validate73.errors : vErrors.concat(validate73.errors);
                errors = vErrors.length;
            }
        }
        if (data.replay_mode !== undefined) {
            let data15 = data.replay_mode;
            if (!((((data15 === "reuse_evidence") || (data15 === "prompt")) || (data15 === "")) || (data15 === null))) {
                const err14 = { instancePath: instancePath + "/replay_mode", schemaPath: "#/properties/replay_mode/enum", keyword: "enum", params: { allowedValues: schema24.properties.replay_mode.enum }, message: "must be equal to one of the allowed values", schema: schema24.properties.replay_mode.enum, parentSchema: schema24.properties.replay_mode, data: data15 };
                if (vErrors === null) {
                    vErrors = [err14];
                }
                else {
                    vErrors.push(err14);
                }
                errors++;
            }
        }
        if (data.when !== undefined) {
            let data16 = data.when;
            if ((typeof data16 !== "string") && (data16 !== null)) {
                const err15 = { instancePath: instancePath + "/when", schemaPath: "#/properties/when/type", keyword: "type", params: { type: schema24.properties.when.type }, message: "must be string,null", schema: schema24.properties.when.type, parentSchema: schema24.properties.when, data: data16 };
                if (vErrors === null) {
                    vErrors = [err15];
                }
                else {
                    vErrors.push(err15);
                }
                errors++;
            }
        }
        if (data.outcomes !== undefined) {
            let data17 = data.outcomes;
            if ((!(Array.isArray(data17))) && (data17 !== null)) {
                const err16 = { instancePath: instancePath + "/outcomes", schemaPath: "#/properties/outcomes/type", keyword: "type", params: { type: schema24.properties.outcomes.type }, message: "must be array,null", schema: schema24.properties.outcomes.type, parentSchema: schema24.properties.outcomes, data: data17 };
                if (vErrors === null) {
                    vErrors = [err16];
                }
                else {
                    vErrors.push(err16);
                }
                errors++;
            }
            if (Array.isArray(data17)) {
                const len2 = data17.length;
                for (let i2 = 0; i2 < len2; i2++) {
                    if (!(validate75(data17[i2], { instancePath: instancePath + "/outcomes/" + i2, parentData: data17, parentDataProperty: i2, rootData, dynamicAnchors }))) {
                        vErrors = vErrors === null ? validate75.errors : vErrors.concat(validate75.errors);
                        errors = vErrors.length;
                    }
                }
            }
        }
        if (data.choices !== undefined) {
            let data19 = data.choices;
            if ((!(data19 && typeof data19 == "object" && !Array.isArray(data19))) && (data19 !== null)) {
                const err17 = { instancePath: instancePath + "/choices", schemaPath: "#/properties/choices/type", keyword: "type", params: { type: schema24.properties.choices.type }, message: "must be object,null", schema: schema24.properties.choices.type, parentSchema: schema24.properties.choices, data: data19 };
                if (vErrors === null) {
                    vErrors = [err17];
                }
                else {
                    vErrors.push(err17);
                }
                errors++;
            }
            if (data19 && typeof data19 == "object" && !Array.isArray(data19)) {
                if (data19.variable === undefined) {
                    const err18 = { instancePath: instancePath + "/choices", schemaPath: "#/properties/choices/required", keyword: "required", params: { missingProperty: "variable" }, message: "must have required property '" + "variable" + "'", schema: schema24.properties.choices.required, parentSchema: schema24.properties.choices, data: data19 };
                    if (vErrors === null) {
                        vErrors = [err18];
                    }
                    else {
                        vErrors.push(err18);
                    }
                    errors++;
                }
                if (data19.options === undefined) {
                    const err19 = { instancePath: instancePath + "/choices", schemaPath: "#/properties/choices/required", keyword: "required", params: { missingProperty: "options" }, message: "must have required property '" + "options" + "'", schema: schema24.properties.choices.required, parentSchema: schema24.properties.choices, data: data19 };
                    if (vErrors === null) {
                        vErrors = [err19];
                    }
                    else {
                        vErrors.push(err19);
                    }
                    errors++;
                }
                for (const key3 in data19) {
                    if (!(((key3 === "variable") || (key3 === "prompt")) || (key3 === "options"))) {
                        const err20 = { instancePath: instancePath + "/choices", schemaPath: "#/properties/choices/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema24.properties.choices, data: data19 };
                        if (vErrors === null) {
                            vErrors = [err20];
                        }
                        else {
                            vErrors.push(err20);
                        }
                        errors++;
                    }
                }
                if (data19.variable !== undefined) {
                    let data20 = data19.variable;
                    if (typeof data20 === "string") {
                        if (!pattern5.test(data20)) {
                            const err21 = { instancePath: instancePath + "/choices/variable", schemaPath: "#/properties/choices/properties/variable/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_][A-Za-z0-9_]*$" }, message: "must match pattern \"" + "^[A-Za-z_][A-Za-z0-9_]*$" + "\"", schema: "^[A-Za-z_][A-Za-z0-9_]*$", parentSchema: schema24.properties.choices.properties.variable, data: data20 };
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
                        const err22 = { instancePath: instancePath + "/choices/variable", schemaPath: "#/properties/choices/properties/variable/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema24.properties.choices.properties.variable.type, parentSchema: schema24.properties.choices.properties.variable, data: data20 };
                        if (vErrors === null) {
                            vErrors = [err22];
                        }
                        else {
                            vErrors.push(err22);
                        }
                        errors++;
                    }
                }
                if (data19.prompt !== undefined) {
                    let data21 = data19.prompt;
                    if ((typeof data21 !== "string") && (data21 !== null)) {
                        const err23 = { instancePath: instancePath + "/choices/prompt", schemaPath: "#/properties/choices/properties/prompt/type", keyword: "type", params: { type: schema24.properties.choices.properties.prompt.type }, message: "must be string,null", schema: schema24.properties.choices.properties.prompt.type, parentSchema: schema24.properties.choices.properties.prompt, data: data21 };
                        if (vErrors === null) {
                            vErrors = [err23];
                        }
                        else {
                            vErrors.push(err23);
                        }
                        errors++;
                    }
                }
                if (data19.options !== undefined) {
                    let data22 = data19.options;
                    if (Array.isArray(data22)) {
                        if (data22.length < 2) {
                            const err24 = { instancePath: instancePath + "/choices/options", schemaPath: "#/properties/choices/properties/options/minItems", keyword: "minItems", params: { limit: 2 }, message: "must NOT have fewer than 2 items", schema: 2, parentSchema: schema24.properties.choices.properties.options, data: data22 };
                            if (vErrors === null) {
                                vErrors = [err24];
                            }
                            else {
                                vErrors.push(err24);
                            }
                            errors++;
                        }
                        const len3 = data22.length;
                        for (let i3 = 0; i3 < len3; i3++) {
                            if (!(validate70(data22[i3], { instancePath: instancePath + "/choices/options/" + i3, parentData: data22, parentDataProperty: i3, rootData, dynamicAnchors }))) {
                                vErrors = vErrors === null ? validate70.errors : vErrors.concat(validate70.errors);
                                errors = vErrors.length;
                            }
                        }
                    }
                    else {
                        const err25 = { instancePath: instancePath + "/choices/options", schemaPath: "#/properties/choices/properties/options/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema24.properties.choices.properties.options.type, parentSchema: schema24.properties.choices.properties.options, data: data22 };
                        if (vErrors === null) {
                            vErrors = [err25];
                        }
                        else {
                            vErrors.push(err25);
                        }
                        errors++;
                    }
                }
            }
        }
    }
    else {
        const err26 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema24.type, parentSchema: schema24, data };
        if (vErrors === null) {
            vErrors = [err26];
        }
        else {
            vErrors.push(err26);
        }
        errors++;
    }
    validate61.errors = vErrors;
    return errors === 0;
}
validate61.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
const schema32 = { "type": "object", "additionalProperties": false, "required": ["step"], "description": "One node of a tree: a step and the branches that follow it.", "examples": [{ "step": { "id": "check", "type": "cli", "with": { "argv": ["df", "-h"] } } }], "properties": { "step": { "$ref": "#/$defs/step" }, "branches": { "type": ["array", "null"], "description": "Conditional continuations after the step.", "examples": [[{ "condition": "captures.usage == \"high\"", "steps": [] }]], "items": { "$ref": "#/$defs/branch" } } } };
const schema33 = { "type": "object", "additionalProperties": false, "required": ["condition"], "description": "A branch: its steps run when the condition holds (after the step it follows).", "examples": [{ "condition": "cause == \"HasDumps\"", "label": "Dumps found", "steps": [] }], "properties": { "condition": { "type": "string", "minLength": 1, "description": "A condition (CEL, or the expr-lang subset gert writes).", "examples": ["cause == \"HasDumps\""] }, "label": { "type": ["string", "null"], "description": "Short name of the branch.", "examples": ["Dumps found"] }, "steps": { "type": ["array", "null"], "description": "The nodes of the branch.", "examples": [[]], "items": { "$ref": "#/$defs/treeNode" } } } };
const wrapper0 = { validate: validate79 };
function validate81(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
    let vErrors = null;
    let errors = 0;
    const evaluated0 = validate81.evaluated;
    if (evaluated0.dynamicProps) {
        evaluated0.props = undefined;
    }
    if (evaluated0.dynamicItems) {
        evaluated0.items = undefined;
    }
    if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.condition === undefined) {
            const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "condition" }, message: "must have required property '" + "condition" + "'", schema: schema33.required, parentSchema: schema33, data };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
        for (const key0 in data) {
            if (!(((key0 === "condition") || (key0 === "label")) || (key0 === "steps"))) {
                const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema33, data };
                if (vErrors === null) {
                    vErrors = [err1];
                }
                else {
                    vErrors.push(err1);
                }
                errors++;
            }
        }
        if (data.condition !== undefined) {
            let data0 = data.condition;
            if (typeof data0 === "string") {
                if (func2(data0) < 1) {
                    const err2 = { instancePath: instancePath + "/condition", schemaPath: "#/properties/condition/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema33.properties.condition, data: data0 };
                    if (vErrors === null) {
                        vErrors = [err2];
                    }
                    else {
                        vErrors.push(err2);
                    }
                    errors++;
                }
            }
            else {
                const err3 = { instancePath: instancePath + "/condition", schemaPath: "#/properties/condition/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.properties.condition.type, parentSchema: schema33.properties.condition, data: data0 };
                if (vErrors === null) {
                    vErrors = [err3];
                }
                else {
                    vErrors.push(err3);
                }
                errors++;
            }
        }
        if (data.label !== undefined) {
            let data1 = data.label;
            if ((typeof data1 !== "string") && (data1 !== null)) {
                const err4 = { instancePath: instancePath + "/label", schemaPath: "#/properties/label/type", keyword: "type", params: { type: schema33.properties.label.type }, message: "must be string,null", schema: schema33.properties.label.type, parentSchema: schema33.properties.label, data: data1 };
                if (vErrors === null) {
                    vErrors = [err4];
                }
                else {
                    vErrors.push(err4);
                }
                errors++;
            }
        }
        if (data.steps !== undefined) {
            let data2 = data.steps;
            if ((!(Array.isArray(data2))) && (data2 !== null)) {
                const err5 = { instancePath: instancePath + "/steps", schemaPath: "#/properties/steps/type", keyword: "type", params: { type: schema33.properties.steps.type }, message: "must be array,null", schema: schema33.properties.steps.type, parentSchema: schema33.properties.steps, data: data2 };
                if (vErrors === null) {
                    vErrors = [err5];
                }
                else {
                    vErrors.push(err5);
                }
                errors++;
            }
            if (Array.isArray(data2)) {
                const len0 = data2.length;
                for (let i0 = 0; i0 < len0; i0++) {
                    if (!(wrapper0.validate(data2[i0], { instancePath: instancePath + "/steps/" + i0, parentData: data2, parentDataProperty: i0, rootData, dynamicAnchors }))) {
                        vErrors = vErrors === null ? wrapper0.validate.errors : vErrors.concat(wrapper0.validate.errors);
                        errors = vErrors.length;
                    }
                }
            }
        }
    }
    else {
        const err6 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema33.type, parentSchema: schema33, data };
        if (vErrors === null) {
            vErrors = [err6];
        }
        else {
            vErrors.push(err6);
        }
        errors++;
    }
    validate81.errors = vErrors;
    return errors === 0;
}
validate81.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate79(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
    let vErrors = null;
    let errors = 0;
    const evaluated0 = validate79.evaluated;
    if (evaluated0.dynamicProps) {
        evaluated0.props = undefined;
    }
    if (evaluated0.dynamicItems) {
        evaluated0.items = undefined;
    }
    if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.step === undefined) {
            const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "step" }, message: "must have required property '" + "step" + "'", schema: schema32.required, parentSchema: schema32, data };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
        for (const key0 in data) {
            if (!((key0 === "step") || (key0 === "branches"))) {
                const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema32, data };
                if (vErrors === null) {
                    vErrors = [err1];
                }
                else {
                    vErrors.push(err1);
                }
                errors++;
            }
        }
        if (data.step !== undefined) {
            if (!(validate61(data.step, { instancePath: instancePath + "/step", parentData: data, parentDataProperty: "step", rootData, dynamicAnchors }))) {
                vErrors = vErrors === null ? validate61.errors : vErrors.concat(validate61.errors);
                errors = vErrors.length;
            }
        }
        if (data.branches !== undefined) {
            let data1 = data.branches;
            if ((!(Array.isArray(data1))) && (data1 !== null)) {
                const err2 = { instancePath: instancePath + "/branches", schemaPath: "#/properties/branches/type", keyword: "type", params: { type: schema32.properties.branches.type }, message: "must be array,null", schema: schema32.properties.branches.type, parentSchema: schema32.properties.branches, data: data1 };
                if (vErrors === null) {
                    vErrors = [err2];
                }
                else {
                    vErrors.push(err2);
                }
                errors++;
            }
            if (Array.isArray(data1)) {
                const len0 = data1.length;
                for (let i0 = 0; i0 < len0; i0++) {
                    if (!(validate81(data1[i0], { instancePath: instancePath + "/branches/" + i0, parentData: data1, parentDataProperty: i0, rootData, dynamicAnchors }))) {
                        vErrors = vErrors === null ? validate81.errors : vErrors.concat(validate81.errors);
                        errors = vErrors.length;
                    }
                }
            }
        }
    }
    else {
        const err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema32.type, parentSchema: schema32, data };
        if (vErrors === null) {
            vErrors = [err3];
        }
        else {
            vErrors.push(err3);
        }
        errors++;
    }
    validate79.errors = vErrors;
    return errors === 0;
}
validate79.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate52(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
    /*# sourceURL="https://raw.githubusercontent.com/governed-runbook/governed-runbook/main/schema/runbook.v0.schema.json" */ ;
    let vErrors = null;
    let errors = 0;
    const evaluated0 = validate52.evaluated;
    if (evaluated0.dynamicProps) {
        evaluated0.props = undefined;
    }
    if (evaluated0.dynamicItems) {
        evaluated0.items = undefined;
    }
    if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.apiVersion === undefined) {
            const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "apiVersion" }, message: "must have required property '" + "apiVersion" + "'", schema: schema19.required, parentSchema: schema19, data };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
        if (data.meta === undefined) {
            const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "meta" }, message: "must have required property '" + "meta" + "'", schema: schema19.required, parentSchema: schema19, data };
            if (vErrors === null) {
                vErrors = [err1];
            }
            else {
                vErrors.push(err1);
            }
            errors++;
        }
        for (const key0 in data) {
            if (!((((key0 === "apiVersion") || (key0 === "meta")) || (key0 === "steps")) || (key0 === "tree"))) {
                const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema19, data };
                if (vErrors === null) {
                    vErrors = [err2];
                }
                else {
                    vErrors.push(err2);
                }
                errors++;
            }
        }
        if (data.apiVersion !== undefined) {
            let data0 = data.apiVersion;
            if ("runbook/v0" !== data0) {
                const err3 = { instancePath: instancePath + "/apiVersion", schemaPath: "#/properties/apiVersion/const", keyword: "const", params: { allowedValue: "runbook/v0" }, message: "must be equal to constant", schema: "runbook/v0", parentSchema: schema19.properties.apiVersion, data: data0 };
                if (vErrors === null) {
                    vErrors = [err3];
                }
                else {
                    vErrors.push(err3);
                }
                errors++;
            }
        }
        if (data.meta !== undefined) {
            if (!(validate53(data.meta, { instancePath: instancePath + "/meta", parentData: data, parentDataProperty: "meta", rootData, dynamicAnchors }))) {
                vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
                errors = vErrors.length;
            }
        }
        if (data.steps !== undefined) {
            let data2 = data.steps;
            if (Array.isArray(data2)) {
                if (data2.length < 1) {
                    const err4 = { instancePath: instancePath + "/steps", schemaPath: "#/properties/steps/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema19.properties.steps, data: data2 };
                    if (vErrors === null) {
                        vErrors = [err4];
                    }
                    else {
                        vErrors.push(err4);
                    }
                    errors++;
                }
                const len0 = data2.length;
                for (let i0 = 0; i0 < len0; i0++) {
                    if (!(validate61(data2[i0], { instancePath: instancePath + "/steps/" + i0, parentData: data2, parentDataProperty: i0, rootData, dynamicAnchors }))) {
                        vErrors = vErrors === null ? validate61.errors : vErrors.concat(validate61.errors);
                        errors = vErrors.length;
                    }
                }
            }
            else {
                const err5 = { instancePath: instancePath + "/steps", schemaPath: "#/properties/steps/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema19.properties.steps.type, parentSchema: schema19.properties.steps, data: data2 };
                if (vErrors === null) {
                    vErrors = [err5];
                }
                else {
                    vErrors.push(err5);
                }
                errors++;
            }
        }
        if (data.tree !== undefined) {
            let data4 = data.tree;
            if (Array.isArray(data4)) {
                if (data4.length < 1) {
                    const err6 = { instancePath: instancePath + "/tree", schemaPath: "#/properties/tree/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema19.properties.tree, data: data4 };
                    if (vErrors === null) {
                        vErrors = [err6];
                    }
                    else {
                        vErrors.push(err6);
                    }
                    errors++;
                }
                const len1 = data4.length;
                for (let i1 = 0; i1 < len1; i1++) {
                    if (!(validate79(data4[i1], { instancePath: instancePath + "/tree/" + i1, parentData: data4, parentDataProperty: i1, rootData, dynamicAnchors }))) {
                        vErrors = vErrors === null ? validate79.errors : vErrors.concat(validate79.errors);
                        errors = vErrors.length;
                    }
                }
            }
            else {
                const err7 = { instancePath: instancePath + "/tree", schemaPath: "#/properties/tree/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema19.properties.tree.type, parentSchema: schema19.properties.tree, data: data4 };
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
    else {
        const err8 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema19.type, parentSchema: schema19, data };
        if (vErrors === null) {
            vErrors = [err8];
        }
        else {
            vErrors.push(err8);
        }
        errors++;
    }
    validate52.errors = vErrors;
    return errors === 0;
}
validate52.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };

// EXTERNAL MODULE: ./src/runbook/schema-check.ts
var schema_check = __webpack_require__(4484);
;// CONCATENATED MODULE: ./src/runbook/schema.ts
// Phase 2 of runbook validation: schema/runbook.v0.schema.json, with the runbook's own forms
// (durations, step ids, JSON paths, names, assertion shape) explained by name.




const RUNBOOK_SCHEMA = runbook_v0_schema_namespaceObject;
const RUNBOOK_SCHEMA_ID = runbook_v0_schema_namespaceObject.$id;
const defs = runbook_v0_schema_namespaceObject.$defs;
const IDENTIFIER = "expected letters, digits and '_', not starting with a digit";
// The generated validator compiles every $ref'd definition as a function of its own, whose errors
// carry a schemaPath from that definition's root ($defs/duration fails at #/pattern). A failure is
// recognised by its keyword, that schemaPath and the pattern it failed, never by object identity.
const EXPLAINED = [
    {
        schemaPath: '#/pattern',
        pattern: defs.duration.pattern,
        rule: 'duration-invalid',
        message: (v) => `invalid duration ${v}: expected a Go duration such as 30s, 5m or 1h30m`
    },
    {
        schemaPath: '#/pattern',
        pattern: defs.stepId.pattern,
        rule: 'step-id-format',
        message: (v) => `invalid step id ${v}: expected lowercase letters, digits, '_' and '-', starting with a letter or digit`
    },
    {
        schemaPath: '#/properties/json_path/properties/path/pattern',
        pattern: defs.assertion.properties.json_path.properties.path.pattern,
        rule: 'json-path-invalid',
        message: (v) => `invalid JSON path ${v}: expected $ followed by .field, [index] or ['key'] segments`
    },
    {
        schemaPath: '#/properties/name/pattern',
        pattern: defs.meta.properties.name.pattern,
        rule: 'schema-min-length',
        message: () => 'must not be blank'
    }
];
/** Checks a parsed document against the runbook schema; returns every violation as a diagnostic. */
const checkSchema = (0,schema_check/* createSchemaChecker */.F)(validate, (err, path, source) => {
    if (err.keyword === 'minProperties' || err.keyword === 'maxProperties') {
        const found = Object.keys(err.data).length;
        return source.diag('assertion-shape', 'error', `an assertion holds exactly one check (contains, not_contains, matches, exit_code, equals, not_equals or json_path), found ${found}`, path);
    }
    if (err.keyword !== 'pattern')
        return undefined;
    if (err.propertyName !== undefined) {
        return source.diag('schema-name', 'error', `invalid name '${err.propertyName}': ${IDENTIFIER}`, [...path, err.propertyName], { key: true });
    }
    const known = EXPLAINED.find((e) => e.schemaPath === err.schemaPath && e.pattern === err.schema);
    if (known === undefined)
        return undefined;
    return source.diag(known.rule, 'error', known.message((0,diagnostic/* preview */.VH)(err.data)), path);
});


/***/ })

};
