export const id = 59;
export const ids = [59];
export const modules = {

/***/ 3648:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U7: () => (/* binding */ commandRunnerReason),
/* harmony export */   p6: () => (/* binding */ commandName),
/* harmony export */   x5: () => (/* binding */ matchCommandList)
/* harmony export */ });
/* unused harmony export COMMAND_RUNNERS */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
// Static facts about commands, shared by the validator and the engine: how argv[0] is named, how
// the allow and deny lists match it, and which commands can run any other command.

/** The command name of argv[0]: its basename (`/usr/bin/../bin/rm` and `./rm` are both `rm`). */
function commandName(argv0) {
    return node_path__WEBPACK_IMPORTED_MODULE_0__.posix.basename(argv0);
}
/**
 * Finds the list entry that matches argv[0]. An entry holding a slash is a path and matches the
 * normalised path of argv[0] (or any of `paths`, e.g. the resolved executable and its symlink
 * target); any other entry is a name and matches the basename of argv[0] or of any of `paths`.
 */
function matchCommandList(list, argv0, paths = []) {
    const candidates = [argv0, ...paths];
    const names = new Set(candidates.map(commandName));
    const normalized = new Set(candidates.map((c) => node_path__WEBPACK_IMPORTED_MODULE_0__.posix.normalize(c)));
    return list.find((entry) => entry.includes('/') ? normalized.has(node_path__WEBPACK_IMPORTED_MODULE_0__.posix.normalize(entry)) : names.has(entry));
}
/** Commands that run other commands: allowing one of them allows everything. name -> why. */
const COMMAND_RUNNERS = new Map([
    ['sh', 'a shell runs any command'],
    ['bash', 'a shell runs any command'],
    ['zsh', 'a shell runs any command'],
    ['dash', 'a shell runs any command'],
    ['ksh', 'a shell runs any command'],
    ['fish', 'a shell runs any command'],
    ['csh', 'a shell runs any command'],
    ['tcsh', 'a shell runs any command'],
    ['busybox', 'busybox contains a shell'],
    ['pwsh', 'PowerShell runs any command'],
    ['powershell', 'PowerShell runs any command'],
    ['cmd', 'cmd runs any command'],
    ['node', 'an interpreter runs arbitrary code'],
    ['nodejs', 'an interpreter runs arbitrary code'],
    ['deno', 'an interpreter runs arbitrary code'],
    ['bun', 'an interpreter runs arbitrary code'],
    ['perl', 'an interpreter runs arbitrary code'],
    ['ruby', 'an interpreter runs arbitrary code'],
    ['php', 'an interpreter runs arbitrary code'],
    ['lua', 'an interpreter runs arbitrary code'],
    ['tclsh', 'an interpreter runs arbitrary code'],
    ['expect', 'an interpreter runs arbitrary code'],
    ['awk', "awk's system() runs any command"],
    ['gawk', "awk's system() runs any command"],
    ['mawk', "awk's system() runs any command"],
    ['env', 'env runs the command given as its argument'],
    ['xargs', 'xargs runs the command given as its argument'],
    ['sudo', 'sudo runs any command, as another user'],
    ['doas', 'doas runs any command, as another user'],
    ['su', 'su runs any command, as another user'],
    ['nohup', 'nohup runs the command given as its argument'],
    ['timeout', 'timeout runs the command given as its argument'],
    ['nice', 'nice runs the command given as its argument'],
    ['ionice', 'ionice runs the command given as its argument'],
    ['setsid', 'setsid runs the command given as its argument'],
    ['stdbuf', 'stdbuf runs the command given as its argument'],
    ['chroot', 'chroot runs the command given as its argument'],
    ['watch', 'watch runs the command given as its argument'],
    ['strace', 'strace runs the command given as its argument'],
    ['time', 'time runs the command given as its argument'],
    ['script', 'script runs a shell'],
    ['parallel', 'parallel runs the commands given as its arguments'],
    ['find', 'find -exec runs any command'],
    ['ssh', 'ssh runs any command on another host']
]);
/** Why allowing this command lets every command through, or undefined. */
function commandRunnerReason(name) {
    const base = commandName(name);
    if (/^python[0-9.]*$/.test(base) || /^pypy[0-9.]*$/.test(base))
        return 'an interpreter runs arbitrary code';
    return COMMAND_RUNNERS.get(base);
}


/***/ }),

/***/ 9059:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  LY: () => (/* reexport */ RUNBOOK_SCHEMA),
  z$: () => (/* reexport */ RUNBOOK_SCHEMA_ID),
  Nf: () => (/* reexport */ approverKey),
  jY: () => (/* reexport */ bareNames),
  xF: () => (/* reexport */ fs_reason/* cannotBeRead */.x),
  KS: () => (/* reexport */ checkSourceFile),
  p6: () => (/* reexport */ commands/* commandName */.p6),
  U7: () => (/* reexport */ commands/* commandRunnerReason */.U7),
  DL: () => (/* reexport */ compileRegex),
  Ot: () => (/* reexport */ countBySeverity),
  F6: () => (/* reexport */ createSchemaChecker),
  wv: () => (/* reexport */ describeCounts),
  D8: () => (/* reexport */ envHookReason),
  gp: () => (/* reexport */ envHooks),
  F9: () => (/* reexport */ evaluateCondition),
  Q5: () => (/* reexport */ fileDiagnostic),
  FO: () => (/* reexport */ flatRunbookYaml),
  xy: () => (/* reexport */ formatDiagnostic),
  a3: () => (/* reexport */ duration/* formatDuration */.a3),
  jV: () => (/* reexport */ formatPath),
  Ws: () => (/* reexport */ fs_reason/* fsErrorReason */.W),
  J6: () => (/* reexport */ loadRunbookFile),
  x5: () => (/* reexport */ commands/* matchCommandList */.x5),
  ib: () => (/* reexport */ optionValues),
  E9: () => (/* reexport */ duration/* parseDuration */.E9),
  PY: () => (/* reexport */ parseEvidenceFile),
  QC: () => (/* reexport */ parseTemplate),
  WF: () => (/* reexport */ parseYamlSource),
  VH: () => (/* reexport */ preview),
  MI: () => (/* reexport */ quoteRegex),
  sK: () => (/* reexport */ readCondition),
  P7: () => (/* reexport */ refName),
  Rs: () => (/* reexport */ renderParts),
  Ds: () => (/* reexport */ sortDiagnostics),
  bH: () => (/* reexport */ validateRunbookSource),
  As: () => (/* reexport */ validateRunbookText),
  g5: () => (/* reexport */ withSource)
});

// UNUSED EXPORTS: EVIDENCE_SCHEMA, RULES, conditionSites, isLiteral, regexMatches, sourceDiagnostics, sourceHash, sourceMatches, splitName, stepChoices, templateFields, templateRefs

;// CONCATENATED MODULE: ./src/runbook/diagnostic.ts
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

;// CONCATENATED MODULE: ./schema/runbook.v0.schema.json
const runbook_v0_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://raw.githubusercontent.com/governed-runbook/governed-runbook/main/schema/runbook.v0.schema.json","title":"runbook/v0","description":"A governed, executable runbook: metadata with governance policy, then an ordered list of automated (cli) and manual steps (`steps`), or gert\'s decision tree (`tree`); exactly one of the two. Optional fields may be omitted, or written as null, \\"\\", [] or {}: all mean \\"absent\\".","type":"object","additionalProperties":false,"required":["apiVersion","meta"],"properties":{"apiVersion":{"const":"runbook/v0","description":"Format version. Always \\"runbook/v0\\".","examples":["runbook/v0"]},"meta":{"$ref":"#/$defs/meta"},"steps":{"type":"array","minItems":1,"description":"The steps, run in order. A step whose `when` is false is not taken; the run halts at the first failed step, or ends at the first outcome reached. Exactly one of steps and tree.","examples":[[{"id":"disk_usage","type":"cli","with":{"argv":["df","-h","/"]}}]],"items":{"$ref":"#/$defs/step"}},"tree":{"type":"array","minItems":1,"description":"gert\'s decision-tree form: each node is a step followed by branches whose steps run when the branch condition holds. Read as the flat list of steps it stands for (`runbook convert` prints it). Exactly one of steps and tree.","examples":[[{"step":{"id":"check","type":"cli","with":{"argv":["df","-h"]}},"branches":[{"condition":"captures.usage == \\"high\\"","label":"Disk full","steps":[]}]}]],"items":{"$ref":"#/$defs/treeNode"}}},"$defs":{"meta":{"type":"object","additionalProperties":false,"required":["name"],"description":"Runbook metadata: name, variables, defaults and governance policy.","examples":[{"name":"disk-pressure","vars":{"mount":"/"}}],"properties":{"name":{"type":"string","minLength":1,"pattern":"\\\\S","description":"Short name of the runbook, shown in traces and reports.","examples":["node-disk-pressure"]},"description":{"type":["string","null"],"description":"What the runbook is for and when to run it.","examples":["Diagnose a node reporting DiskPressure."]},"source":{"type":["object","null"],"additionalProperties":false,"required":["file"],"description":"Where the runbook was compiled from (the Go peer gert\'s field). `runbook compile` writes file and source_hash and no timestamp, so its output stays byte-identical; `runbook validate` warns when the source file no longer has this digest (the runbook is stale). compiled_at, compiled_by and model are read as gert writes them and otherwise unused.","examples":[{"file":"disk-pressure.md","source_hash":"sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"}],"properties":{"file":{"type":"string","minLength":1,"description":"The source TSG, relative to the runbook\'s directory.","examples":["disk-pressure.md"]},"source_hash":{"type":["string","null"],"pattern":"^(sha256:)?[0-9a-f]{64}$","description":"sha256 of the source\'s text as UTF-8 (a byte-order mark excluded), written `sha256:<hex>` (plain hex, as gert may write it, is read too).","examples":["sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"]},"compiled_at":{"type":["string","null"],"description":"gert: when it was compiled. Never written by runbook compile (output stays byte-identical).","examples":["2026-02-14T10:00:00Z"]},"compiled_by":{"type":["string","null"],"description":"gert: what compiled it.","examples":["gert compile"]},"model":{"type":["string","null"],"description":"gert: the LLM model that helped, if any.","examples":["gpt-4o"]}}},"vars":{"type":["object","null"],"description":"Template variables with their defaults, referenced as {{ .name }}. An environment variable of the same name, then --var name=value, override the default.","examples":[{"namespace":"prod","pod_name":""}],"propertyNames":{"pattern":"^[A-Za-z_][A-Za-z0-9_]*$"},"additionalProperties":{"type":"string","description":"Default value of the variable (a string; may be empty).","examples":["prod"]}},"defaults":{"type":["object","null"],"additionalProperties":false,"description":"Defaults applied to every step unless the step overrides them.","examples":[{"timeout":"5m"}],"properties":{"timeout":{"$ref":"#/$defs/duration"}}},"governance":{"$ref":"#/$defs/governance"},"kind":{"enum":["mitigation","reference","composable","rca","",null],"description":"gert\'s kind of runbook (informational).","examples":["mitigation"]},"prose":{"type":["object","null"],"additionalProperties":false,"description":"gert\'s human-readable sections of the source TSG (informational; kept with the runbook).","examples":[{"background":"This alert fires when..."}],"properties":{"background":{"type":["string","null"],"description":"Background.","examples":["This alert fires when..."]},"safety":{"type":["string","null"],"description":"Safety notes.","examples":["Use the certified CAS TSG."]},"prerequisites":{"type":["string","null"],"description":"Prerequisites.","examples":["- Server name"]},"post_mitigation":{"type":["string","null"],"description":"What to check after mitigating.","examples":["Verify the rate recovered."]},"notes":{"type":["string","null"],"description":"Other notes.","examples":["..."]},"references":{"type":["array","null"],"description":"Links.","examples":[[{"title":"Dashboard","url":"https://example.com"}]],"items":{"type":"object","additionalProperties":false,"required":["title","url"],"description":"A link.","examples":[{"title":"Dashboard","url":"https://example.com"}],"properties":{"title":{"type":"string","description":"Title.","examples":["Dashboard"]},"url":{"type":"string","description":"URL.","examples":["https://example.com"]}}}},"ownership":{"type":["object","null"],"additionalProperties":false,"required":["team"],"description":"Owning team.","examples":[{"team":"SRE"}],"properties":{"team":{"type":"string","description":"Team.","examples":["SRE"]},"email":{"type":["string","null"],"description":"Contact.","examples":["sre@example.com"]}}}}},"inputs":{"type":["object","null"],"description":"gert\'s inputs: vars with a description and a default. `from: prompt` asks at a terminal (a required --var without one); any other source must be given as --var unless there is a default.","examples":[{"server_name":{"from":"prompt","description":"Logical server name"}}],"propertyNames":{"pattern":"^[A-Za-z_][A-Za-z0-9_]*$"},"additionalProperties":{"type":"object","additionalProperties":false,"required":["from"],"description":"One input.","examples":[{"from":"prompt","description":"Logical server name","default":""}],"properties":{"from":{"type":"string","minLength":1,"description":"Where the value comes from: prompt, or an external source name (given with --var here).","examples":["prompt","icm.customFields.ServerName"]},"description":{"type":["string","null"],"description":"What the input is.","examples":["Logical server name"]},"default":{"type":["string","null"],"description":"Value when none is given.","examples":["prod"]},"example":{"type":["string","null"],"description":"An example value, shown when asking.","examples":["srv-01"]},"pattern":{"type":["string","null"],"description":"gert\'s input pattern (informational).","examples":["^[a-z0-9-]+$"]}}}}}},"governance":{"type":["object","null"],"additionalProperties":false,"description":"Policy enforced by the engine before anything runs: which commands may run, which environment variables templates may read, what is redacted, and what evidence manual steps need.","examples":[{"allowed_commands":["kubectl"],"deny_env_vars":["AWS_*"]}],"properties":{"allowed_commands":{"type":["array","null"],"description":"Allowlist of commands (argv[0], matched by basename and by resolved path). When non-empty, every other command is refused.","examples":[["kubectl","df","uname"]],"items":{"type":"string","minLength":1,"description":"A command name or absolute path.","examples":["kubectl"]}},"denied_commands":{"type":["array","null"],"description":"Denylist of commands (argv[0]). Denial wins over the allowlist.","examples":[["rm","dd","mkfs"]],"items":{"type":"string","minLength":1,"description":"A command name or absolute path.","examples":["rm"]}},"deny_env_vars":{"type":["array","null"],"description":"Glob patterns (* and ?) of environment variable names that templates may never read. Their values are also redacted from all output.","examples":[["SECRET_*","TOKEN","AWS_*"]],"items":{"type":"string","minLength":1,"description":"A glob over variable names.","examples":["AWS_*"]}},"redact":{"type":["array","null"],"description":"Redaction rules applied line by line to every output before it is stored, captured, printed or reported.","examples":[[{"pattern":"(?i)password\\\\s*[:=]\\\\s*\\\\S+","replace":"password: <redacted>"}]],"items":{"$ref":"#/$defs/redactRule"}},"evidence":{"type":["object","null"],"additionalProperties":false,"description":"Evidence policy.","examples":[{"require_for_manual":true,"store_full_stdout":false}],"properties":{"require_for_manual":{"type":["boolean","null"],"description":"When true, every manual step must record evidence; a manual step that declares none asks for a text attestation.","examples":[true]},"store_full_stdout":{"type":["boolean","null"],"description":"When true, the full redacted stdout and stderr of each cli step are kept in the run directory; otherwise only sha256, size and a head/tail preview.","examples":[false]}}}}},"redactRule":{"type":"object","additionalProperties":false,"required":["pattern"],"description":"One redaction rule.","examples":[{"pattern":"Bearer [A-Za-z0-9._-]+","replace":"Bearer <redacted>"}],"properties":{"pattern":{"type":"string","minLength":1,"description":"Regular expression (RE2-style; a leading (?i), (?s) or (?m) flag group is accepted). Matched within a single line.","examples":["(?i)password\\\\s*[:=]\\\\s*\\\\S+"]},"replace":{"type":["string","null"],"description":"Replacement text; defaults to \\"<redacted>\\". Groups of the pattern can be referenced as $1 or ${name}, as in Go regexp.ReplaceAllString; $$ is a literal $.","examples":["password=<redacted>","$1=<redacted>"]}}},"duration":{"type":["string","null"],"pattern":"^(|0|([0-9]+(\\\\.[0-9]+)?(ns|us|µs|ms|s|m|h))+)$","description":"A Go-style duration: a sequence of numbers with units ns, us, ms, s, m, h. Empty means absent.","examples":["30s","5m","1h30m"]},"stepId":{"type":"string","pattern":"^[a-z0-9][a-z0-9_-]*$","description":"Unique step id: lowercase letters, digits, _ and -, starting with a letter or digit.","examples":["check_pods"]},"step":{"type":"object","additionalProperties":false,"required":["id","type"],"description":"One step. A cli step runs a command; a manual step asks a person for evidence and approvals. Any step may carry a `when` condition and `outcomes`.","examples":[{"id":"check_pods","type":"cli","with":{"argv":["kubectl","get","pods"]}}],"properties":{"id":{"$ref":"#/$defs/stepId"},"type":{"enum":["cli","manual"],"description":"Step type: \\"cli\\" runs with.argv; \\"manual\\" shows instructions and collects evidence.","examples":["cli"]},"title":{"type":["string","null"],"description":"Short human title of the step.","examples":["Check pod status"]},"description":{"type":["string","null"],"description":"Longer explanation of why the step exists.","examples":["Pods in CrashLoopBackOff point at a bad rollout."]},"with":{"$ref":"#/$defs/with"},"capture":{"type":["object","null"],"description":"Values to keep from this step for later templates: name -> stdout | stderr | exit_code. Later steps reference them as {{ .name }}.","examples":[{"pods":"stdout"}],"propertyNames":{"pattern":"^[A-Za-z_][A-Za-z0-9_]*$"},"additionalProperties":{"enum":["stdout","stderr","exit_code"],"description":"Which output to capture.","examples":["stdout"]}},"assertions":{"type":["array","null"],"description":"Checks on the step output. Every assertion must pass for the step to pass.","examples":[[{"not_contains":"CrashLoopBackOff"},{"exit_code":0}]],"items":{"$ref":"#/$defs/assertion"}},"timeout":{"$ref":"#/$defs/duration"},"confirm":{"type":["boolean","null"],"description":"Require a two-step confirmation before this cli step runs (type the step id back, or an approval when there is no terminal). Destructive commands always require it.","examples":[true]},"instructions":{"type":["string","null"],"description":"What the person must do (manual steps). Markdown is allowed.","examples":["Open the dashboard and confirm error_rate < 1%."]},"required_evidence":{"type":["array","null"],"description":"Evidence a manual step must collect before it can pass.","examples":[[{"kind":"text","name":"ticket"}]],"items":{"$ref":"#/$defs/evidence"}},"approvals":{"$ref":"#/$defs/approvals"},"replay_mode":{"enum":["reuse_evidence","prompt","",null],"description":"How a manual step behaves in replay mode: \\"reuse_evidence\\" takes its evidence from the scenario evidence file; \\"prompt\\" (the default) asks for it as in a real run.","examples":["reuse_evidence"]},"when":{"type":["string","null"],"description":"A condition (CEL): the step runs only when it holds; otherwise it is recorded as not_taken. Names: vars.NAME, captures.NAME, evidence.STEP.NAME, steps.ID.status and steps.ID.exit_code of earlier steps.","examples":["captures.usage_pct > \\"90\\"","evidence.triage.response == \\"rollback\\""]},"outcomes":{"type":["array","null"],"description":"How the run may end at this step: when the step passes, the first outcome whose `when` holds (or that has none) ends the run with its state and recommendation; later steps are not reached.","examples":[[{"when":"captures.usage == \\"ok\\"","state":"no_action","recommendation":"Nothing to do."}]],"items":{"$ref":"#/$defs/outcome"}},"choices":{"type":["object","null"],"additionalProperties":false,"required":["variable","options"],"description":"gert\'s choice on a manual step: the person picks one option; its value is recorded as choice evidence named `variable`, usable in conditions.","examples":[{"variable":"response","prompt":"Which response?","options":[{"value":"lockdown"},{"value":"rollback"}]}],"properties":{"variable":{"type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_]*$","description":"Name the chosen value is recorded under.","examples":["response"]},"prompt":{"type":["string","null"],"description":"The question.","examples":["Which response?"]},"options":{"type":"array","minItems":2,"description":"The options (at least two).","examples":[[{"value":"a"},{"value":"b"}]],"items":{"$ref":"#/$defs/choiceOption"}}}}}},"with":{"type":["object","null"],"additionalProperties":false,"description":"How a cli step runs its command.","examples":[{"argv":["kubectl","get","pods","-n","{{ .namespace }}"]}],"properties":{"argv":{"type":["array","null"],"description":"The command and its arguments, run directly (never through a shell). argv[0] must be a literal; other elements may hold {{ .name }} templates, each expanding to exactly one argument.","examples":[["kubectl","get","pods","-n","{{ .namespace }}"]],"items":{"type":"string","description":"One argument.","examples":["get"]}},"env":{"type":["object","null"],"description":"Extra environment variables for the command. Values may hold templates.","examples":[{"KUBECONFIG":"/etc/kube/config"}],"propertyNames":{"pattern":"^[A-Za-z_][A-Za-z0-9_]*$"},"additionalProperties":{"type":"string","description":"Variable value.","examples":["/etc/kube/config"]}},"allow_env_hooks":{"type":["array","null"],"description":"Names in env that may set a loader or interpreter hook (PATH, LD_*, DYLD_*, NODE_OPTIONS, BASH_ENV, GIT_*, PYTHONPATH, ...; see rule env-hook). Without this opt-in such a name is refused by validate and by the engine. argv[0] is still found on the run\'s own PATH.","examples":[["LD_LIBRARY_PATH"]],"items":{"type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_]*$","description":"An environment variable name set in env.","examples":["LD_LIBRARY_PATH"]}},"cwd":{"type":["string","null"],"description":"Working directory for the command, relative to the directory the run starts in.","examples":["deploy/"]},"stdin":{"type":["string","null"],"description":"Text written to the command standard input. May hold templates.","examples":["{\\"dryRun\\": true}"]}}},"assertion":{"type":"object","minProperties":1,"maxProperties":1,"description":"Exactly one check. Text checks apply to stdout.","examples":[{"contains":"Running"}],"additionalProperties":false,"properties":{"contains":{"type":"string","description":"stdout contains this text.","examples":["Running"]},"not_contains":{"type":"string","description":"stdout does not contain this text.","examples":["CrashLoopBackOff"]},"matches":{"type":"string","description":"stdout, without its trailing newline, matches this regular expression (RE2-style; a leading (?i), (?s) or (?m) is accepted). A {{ .name }} in it stands for that value, matched literally.","examples":["(?m)^Filesystem","^{{ .app }}-[a-z0-9]+-[a-z0-9]{5}$"]},"exit_code":{"type":"integer","minimum":0,"maximum":255,"description":"The command exits with this code. A non-zero expected code makes that exit a pass.","examples":[0]},"equals":{"type":"string","description":"stdout, without its trailing newline, equals this text.","examples":["Linux"]},"not_equals":{"type":"string","description":"stdout, without its trailing newline, differs from this text.","examples":[""]},"json_path":{"type":"object","additionalProperties":false,"required":["path","equals"],"description":"stdout parses as JSON and the value at path equals the given value.","examples":[{"path":"$.status.phase","equals":"Running"}],"properties":{"path":{"type":"string","pattern":"^\\\\$(\\\\.[A-Za-z_][A-Za-z0-9_-]*|\\\\[[0-9]+\\\\]|\\\\[\'[^\']*\'\\\\])*$","description":"A simple JSONPath: $ followed by .field, [index] or [\'key\'] segments.","examples":["$.items[0].status.phase"]},"equals":{"description":"Expected JSON value (compared structurally).","examples":["Running",3,true],"type":["string","number","boolean","null","array","object"]}}}}},"evidence":{"type":"object","additionalProperties":false,"required":["kind","name"],"description":"One piece of evidence a manual step needs.","examples":[{"kind":"checklist","name":"criteria","items":["error_rate < 1%"]}],"properties":{"kind":{"enum":["text","checklist","attachment","choice"],"description":"text: a line of text; checklist: every item ticked; attachment: a file copied into the run; choice: exactly one of options.","examples":["text"]},"name":{"type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_-]*$","description":"Evidence name, unique within the step.","examples":["dashboard_link"]},"description":{"type":["string","null"],"description":"What to provide.","examples":["Link to the Grafana panel you checked."]},"items":{"type":["array","null"],"description":"Checklist items (checklist only). Every item must be ticked.","examples":[["Checked error_rate < 1%"]],"items":{"type":"string","minLength":1,"description":"One item.","examples":["Checked error_rate < 1%"]}},"options":{"type":["array","null"],"description":"The options of a choice (choice only; at least two).","examples":[["lockdown","release","rollback"]],"items":{"$ref":"#/$defs/choiceOption"}}}},"approvals":{"type":["object","null"],"additionalProperties":false,"required":["min"],"description":"Sign-off a step needs: distinct approvers (the same person twice counts once), optionally holding one of the roles.","examples":[{"min":1,"roles":["DRI"]}],"properties":{"min":{"type":"integer","description":"Number of distinct approvers needed (at least 1).","examples":[1]},"roles":{"type":["array","null"],"description":"When set, an approver must hold one of these roles.","examples":[["DRI","incident-commander"]],"items":{"type":"string","minLength":1,"description":"A role name.","examples":["DRI"]}},"allow_self":{"type":["boolean","null"],"description":"When true, whoever started the run may also approve it. Off by default: in GitHub an approval by the run\'s starter is refused.","examples":[true]}}},"treeNode":{"type":"object","additionalProperties":false,"required":["step"],"description":"One node of a tree: a step and the branches that follow it.","examples":[{"step":{"id":"check","type":"cli","with":{"argv":["df","-h"]}}}],"properties":{"step":{"$ref":"#/$defs/step"},"branches":{"type":["array","null"],"description":"Conditional continuations after the step.","examples":[[{"condition":"captures.usage == \\"high\\"","steps":[]}]],"items":{"$ref":"#/$defs/branch"}}}},"branch":{"type":"object","additionalProperties":false,"required":["condition"],"description":"A branch: its steps run when the condition holds (after the step it follows).","examples":[{"condition":"cause == \\"HasDumps\\"","label":"Dumps found","steps":[]}],"properties":{"condition":{"type":"string","minLength":1,"description":"A condition (CEL, or the expr-lang subset gert writes).","examples":["cause == \\"HasDumps\\""]},"label":{"type":["string","null"],"description":"Short name of the branch.","examples":["Dumps found"]},"steps":{"type":["array","null"],"description":"The nodes of the branch.","examples":[[]],"items":{"$ref":"#/$defs/treeNode"}}}},"outcome":{"type":"object","additionalProperties":false,"required":["state"],"description":"A way the run ends (gert\'s shape).","examples":[{"when":"captures.usage == \\"ok\\"","state":"resolved","recommendation":"Close the incident."}],"properties":{"when":{"type":["string","null"],"description":"A condition (CEL); absent means always.","examples":["steps.fix.exit_code == 0"]},"state":{"enum":["resolved","mitigated","escalated","no_action","needs_rca"],"description":"The end state of the run.","examples":["resolved"]},"recommendation":{"type":["string","null"],"description":"What to do next, shown when the run ends here.","examples":["Escalate to the storage team."]}}},"choiceOption":{"anyOf":[{"type":"string","minLength":1,"description":"The option value.","examples":["rollback"]},{"type":"object","additionalProperties":false,"required":["value"],"description":"An option with a label.","examples":[{"value":"rollback","label":"Roll back"}],"properties":{"value":{"type":"string","minLength":1,"description":"The value recorded.","examples":["rollback"]},"label":{"type":["string","null"],"description":"What the person sees.","examples":["Roll back the release"]},"description":{"type":["string","null"],"description":"More about it.","examples":["Reverts to the last good build."]}}}],"description":"One option: a value, or {value, label, description}.","examples":["rollback",{"value":"rollback","label":"Roll back"}]}}}');
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

;// CONCATENATED MODULE: ./src/runbook/schema-check.ts

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
            const shown = typeof data === 'number' && !Number.isFinite(data) ? 'out of range' : preview(data);
            const wantsText = p.type === 'string' || (Array.isArray(p.type) && p.type.includes('string'));
            const hint = scalar && wantsText ? `; quote it if it is meant as text ("...")` : '';
            return at('schema-type', `expected ${expectedType(p.type)}, got ${typeName(data)} ${shown}${hint}`);
        }
        case 'enum': {
            const allowed = p.allowedValues
                .filter((v) => v !== null && v !== '')
                .map((v) => String(v));
            return at('schema-enum', `expected one of: ${allowed.join(', ')}; got ${preview(err.data)}`);
        }
        case 'const':
            return at('schema-const', `expected '${String(p.allowedValue)}', got ${preview(err.data)}`);
        case 'pattern':
            if (err.propertyName !== undefined) {
                const name = err.propertyName;
                return at('schema-name', `invalid name '${name}': expected it to match ${String(p.pattern)}`, [...path, name], true);
            }
            return at('schema-pattern', `${preview(err.data)} does not match ${String(p.pattern)}`);
        case 'minItems':
            return at('schema-min-items', `expected at least ${String(p.limit)} item(s), got ${err.data.length}`);
        case 'minLength':
            return at('schema-min-length', 'must not be empty');
        case 'minimum':
        case 'maximum':
        case 'exclusiveMinimum':
        case 'exclusiveMaximum':
            return at('schema-range', `expected a value ${String(p.comparison)} ${String(p.limit)}, got ${preview(err.data)}`);
        default:
            return at(`schema-${err.keyword}`, err.message ?? 'does not match the schema');
    }
}

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
const checkSchema = createSchemaChecker(validate, (err, path, source) => {
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
    return source.diag(known.rule, 'error', known.message(preview(err.data)), path);
});

// EXTERNAL MODULE: ./node_modules/@marcbachmann/cel-js/lib/index.js + 13 modules
var lib = __webpack_require__(7337);
// EXTERNAL MODULE: ./node_modules/re2js/build/index.js
var build = __webpack_require__(2856);
;// CONCATENATED MODULE: ./src/runbook/regex.ts
// Regular expressions (redaction rules, `matches` assertions, replay's {{ .regex }}, CEL matches())
// are RE2 syntax and run on re2js, a pure-JavaScript port of RE2: matching takes time linear in the
// text whatever the pattern, so a pattern like `(a+)+$` cannot hang a run. JavaScript's RegExp is
// never given a user's pattern (it backtracks, and reads some spellings differently).

/** `text` as a pattern that matches exactly it (RE2's QuoteMeta). */
function quoteRegex(text) {
    return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
/** Compiles an RE2 pattern, or says why it is not one. */
function compileRegex(pattern, options = {}) {
    try {
        const re = build/* RE2JS */.L3.compile(pattern, options.multiline === true ? build/* RE2JS */.L3.MULTILINE : 0);
        return { ok: true, regex: new Re2Pattern(pattern, re) };
    }
    catch (err) {
        const reason = err instanceof Error ? err.message : String(err);
        return { ok: false, error: `invalid regular expression '${pattern}': ${reason}` };
    }
}
const cache = new Map();
const CACHE_SIZE = 256;
/**
 * Whether the RE2 pattern matches somewhere in `text` (unanchored), with the same engine and
 * syntax as redaction and `matches` assertions. For expression languages (CEL's `matches()`):
 * compiled patterns are cached, so calling it per evaluation is cheap. Never throws.
 */
function regexMatches(text, pattern) {
    const compiled = cachedCompile(pattern);
    return compiled.ok ? { ok: true, matched: compiled.regex.test(text) } : compiled;
}
/**
 * Why `pattern` is not an RE2 pattern, or undefined when it compiles: for validation, which
 * checks the same redaction patterns of every runbook again. Cached like regexMatches.
 */
function regexProblem(pattern) {
    const compiled = cachedCompile(pattern);
    return compiled.ok ? undefined : compiled.error;
}
function cachedCompile(pattern) {
    let compiled = cache.get(pattern);
    if (compiled === undefined) {
        compiled = compileRegex(pattern);
        if (cache.size >= CACHE_SIZE)
            cache.delete(cache.keys().next().value);
        cache.set(pattern, compiled);
    }
    return compiled;
}
class Re2Pattern {
    source;
    re;
    /** The matcher of the last text searched, reused while the same text is searched again. */
    last;
    constructor(source, re) {
        this.source = source;
        this.re = re;
    }
    test(text) {
        return this.re.test(text);
    }
    exec(text, from = 0) {
        if (from > text.length)
            return null;
        // A test runs on RE2's DFA, several times cheaper than a search with groups: skip the search
        // when nothing matches at or after `from`. The test sees one character before `from`, which is
        // all that ^, \b and \B read there, so it misses no match (it may find one starting earlier).
        if (!this.re.test(from === 0 ? text : text.slice(from - 1)))
            return null;
        if (this.last?.text !== text)
            this.last = { text, matcher: this.re.matcher(text) };
        const m = this.last.matcher;
        if (!m.find(from))
            return null;
        const index = m.start();
        const end = m.end();
        const groups = new Map();
        const count = m.groupCount();
        for (let i = 0; i <= count; i++)
            groups.set(i, m.group(i) ?? undefined);
        for (const name of Object.keys(this.re.namedGroups()))
            groups.set(name, m.group(name) ?? undefined);
        return { index, end, group: (ref) => groups.get(ref) };
    }
}

;// CONCATENATED MODULE: ./src/runbook/cel/refs.ts
const ROOTS = new Set(['vars', 'captures', 'evidence', 'steps']);
const DEPTH = { vars: 1, captures: 1, evidence: 2, steps: 2 };
/** The recorded name of a reference: `evidence.triage.response`. */
function refName(ref) {
    return [ref.root, ...ref.path].join('.');
}
/** Follows `a.b["c"]` down to its root identifier; undefined when it is not a plain chain. */
function chain(node) {
    if (node.op === 'id')
        return { root: node.args, path: [], offset: node.pos };
    if (node.op === '.' || node.op === '.?') {
        const inner = chain(node.args[0]);
        return inner && { ...inner, path: [...inner.path, node.args[1]] };
    }
    if (node.op === '[]' || node.op === '[?]') {
        const key = node.args[1];
        const inner = chain(node.args[0]);
        if (inner === undefined || key.op !== 'value' || typeof key.args !== 'string')
            return undefined;
        return { ...inner, path: [...inner.path, key.args] };
    }
    return undefined;
}
function literals(node) {
    if (node.op === 'value' && typeof node.args === 'string')
        return [{ value: node.args, offset: node.pos }];
    if (node.op === 'list')
        return node.args.flatMap(literals);
    return [];
}
/** Every reference to vars, captures, evidence and steps in a parsed condition. */
function conditionRefs(ast) {
    const refs = [];
    const byNode = new Map();
    const visit = (node) => {
        const c = chain(node);
        if (c !== undefined && ROOTS.has(c.root)) {
            const root = c.root;
            const depth = DEPTH[root];
            const ref = {
                root,
                path: c.path.slice(0, depth),
                partial: c.path.length < depth,
                offset: c.offset,
                compared: []
            };
            refs.push(ref);
            byNode.set(node, ref);
            // Indexing deeper (evidence.s.c[0]) reads the same value: nothing more to record.
            return;
        }
        if (c !== undefined && c.path.length === 0)
            return;
        visitArgs(node);
        if (node.op === '==' || node.op === '!=') {
            const [l, r] = node.args;
            byNode.get(l)?.compared.push(...literals(r));
            byNode.get(r)?.compared.push(...literals(l));
        }
        else if (node.op === 'in') {
            byNode.get(node.args[0])?.compared.push(...literals(node.args[1]));
        }
    };
    const visitArgs = (node) => {
        switch (node.op) {
            case 'value':
            case 'id':
                return;
            case 'call':
                node.args[1].forEach(visit);
                return;
            case 'rcall':
                visit(node.args[1]);
                node.args[2].forEach(visit);
                return;
            case '.':
            case '.?':
                visit(node.args[0]);
                return;
            case 'list':
                node.args.forEach(visit);
                return;
            case 'map':
                for (const [k, v] of node.args) {
                    visit(k);
                    visit(v);
                }
                return;
            case '!_':
            case '-_':
                visit(node.args);
                return;
            default:
                for (const a of node.args)
                    visit(a);
        }
    };
    visit(ast);
    return refs;
}

;// CONCATENATED MODULE: ./src/runbook/cel/condition.ts
// Conditions (a step's `when`, an outcome's `when`) are CEL: side-effect free, always terminating,
// type-checked. @marcbachmann/cel-js parses, checks and evaluates them; this module fixes the names
// a condition may read and runs `matches()` on the runbook's RE2 engine (compileRegex), never on
// JavaScript's backtracking RegExp.



const regexCache = new Map();
/** CEL's matches(): RE2 syntax on the same linear-time engine as redaction (single call site). */
function re2Matches(text, pattern) {
    let compiled = regexCache.get(pattern);
    if (compiled === undefined) {
        compiled = compileRegex(pattern);
        if (regexCache.size > 256)
            regexCache.clear();
        regexCache.set(pattern, compiled);
    }
    if (!compiled.ok)
        throw new Error(compiled.error);
    return compiled.regex.test(text);
}
const ENV = new lib/* Environment */.OH({ homogeneousAggregateLiterals: false })
    .registerVariable('vars', 'map<string, string>')
    .registerVariable('captures', 'map<string, string>')
    .registerVariable('evidence', 'map<string, map<string, dyn>>')
    .registerVariable('steps', 'map<string, map<string, dyn>>')
    .registerFunction('matches(string, string): bool', re2Matches);
function problemOf(kind, err) {
    const e = err;
    const message = e.summary ?? e.message.split('\n')[0] ?? String(err);
    return { kind, message, offset: e.range?.start ?? e.node?.pos ?? 0 };
}
/** Parses and type-checks a CEL condition; the result must be a bool. */
function compileCondition(expression) {
    let parsed;
    try {
        parsed = ENV.parse(expression);
    }
    catch (err) {
        return { ok: false, problem: problemOf('syntax', err) };
    }
    const method = findMethodMatches(parsed.ast);
    if (method !== undefined) {
        return {
            ok: false,
            problem: {
                kind: 'syntax',
                message: 'write matches(text, pattern) instead of text.matches(pattern): the function form runs on the RE2 engine',
                offset: method
            }
        };
    }
    const checked = parsed.check();
    if (!checked.valid)
        return { ok: false, problem: problemOf('type', checked.error) };
    if (checked.type !== 'bool' && checked.type !== 'dyn') {
        return {
            ok: false,
            problem: {
                kind: 'type',
                message: `a condition must be true or false, but this one gives a ${checked.type ?? 'value'}`,
                offset: 0
            }
        };
    }
    const refs = conditionRefs(parsed.ast);
    return { ok: true, condition: { expression, refs, program: parsed } };
}
function findMethodMatches(node) {
    let found;
    const visit = (n) => {
        if (found !== undefined || n === null || typeof n !== 'object')
            return;
        if (Array.isArray(n)) {
            for (const c of n)
                visit(c);
            return;
        }
        const ast = n;
        if (ast.op === 'rcall' && ast.args[0] === 'matches')
            found = ast.pos;
        if (ast.op !== 'value' && ast.op !== 'id')
            visit(ast.args);
    };
    visit(node);
    return found;
}
/** Evaluates a compiled condition over the values it reads (a name absent from `values` is unset). */
function evaluateCondition(condition, values) {
    try {
        const value = condition.program(bindValues(values));
        if (typeof value !== 'boolean')
            return { ok: false, error: `the condition gave ${typeof value}, not true or false` };
        return { ok: true, value };
    }
    catch (err) {
        return { ok: false, error: problemOf('syntax', err).message };
    }
}
function celValue(v) {
    if (typeof v === 'number' && Number.isInteger(v))
        return BigInt(v);
    return v;
}
/** Builds CEL's nested maps from flat recorded names (`evidence.s.n` -> evidence[s][n]). */
function bindValues(values) {
    const root = {
        vars: new Map(),
        captures: new Map(),
        evidence: new Map(),
        steps: new Map()
    };
    for (const [name, value] of Object.entries(values)) {
        const [head, a, b] = splitName(name);
        const top = root[head];
        if (top === undefined || a === undefined)
            continue;
        if (b === undefined) {
            top.set(a, celValue(value));
            continue;
        }
        let inner = top.get(a);
        if (inner === undefined) {
            inner = new Map();
            top.set(a, inner);
        }
        inner.set(b, celValue(value));
    }
    return root;
}
/** Splits a recorded name: `evidence.s.n` -> ['evidence', 's', 'n']; step ids may hold '-'. */
function splitName(name) {
    const parts = name.split('.');
    const head = parts[0] ?? '';
    if (head === 'evidence' || head === 'steps') {
        return [head, parts.slice(1, -1).join('.') || undefined, parts.at(-1)];
    }
    return [head, parts.slice(1).join('.') || undefined];
}

;// CONCATENATED MODULE: ./src/runbook/gert/expr.ts
const OPS = [
    '==',
    '!=',
    '<=',
    '>=',
    '&&',
    '||',
    '??',
    '?.',
    '..',
    '<',
    '>',
    '!',
    '(',
    ')',
    '[',
    ']'
].concat(['{', '}', ',', '.', '?', ':', '+', '-', '*', '/', '%', '|']);
const REFUSED = {
    '??': "expr-lang's nil-coalescing '??'",
    '?.': "expr-lang's optional chaining '?.'",
    '..': "expr-lang's range '..'",
    '|': "expr-lang's pipe '|'"
};
const KEYWORDS = new Set(['true', 'false', 'null', 'in']);
const INFIX = new Set(['contains', 'startsWith', 'endsWith', 'matches']);
const MACROS = new Set(['all', 'exists', 'exists_one', 'map', 'filter']);
const expr_ROOTS = new Set(['vars', 'captures', 'evidence', 'steps']);
function lex(text) {
    const toks = [];
    let i = 0;
    while (i < text.length) {
        const rest = text.slice(i);
        const ws = /^\s+/.exec(rest);
        const id = /^[A-Za-z_][A-Za-z0-9_]*/.exec(rest);
        const num = /^[0-9]+(\.[0-9]+)?([eE][+-]?[0-9]+)?[uU]?/.exec(rest);
        const str = /^("(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')/.exec(rest);
        const op = OPS.find((o) => rest.startsWith(o));
        const m = ws ?? str ?? id ?? num;
        if (rest.startsWith('`'))
            return {
                message: 'expr-lang\'s backquoted raw string is not supported; use "..."',
                offset: i
            };
        if (m !== null && m !== undefined) {
            const kind = m === ws ? 'ws' : m === str ? 'str' : m === id ? 'id' : 'num';
            toks.push({ kind, text: m[0], at: i });
            i += m[0].length;
        }
        else if (op !== undefined) {
            if (REFUSED[op] !== undefined)
                return { message: `${REFUSED[op]} has no CEL equivalent here`, offset: i };
            toks.push({ kind: 'op', text: op, at: i });
            i += op.length;
        }
        else {
            // Left for CEL to report (an unterminated string, a stray character).
            toks.push({ kind: 'op', text: text.slice(i), at: i });
            break;
        }
    }
    return toks;
}
/** Index of the first token of the primary ending at `end` (a chain, a literal or a (group)). */
function primaryStart(toks, end) {
    let i = end;
    for (;;) {
        const t = toks[i];
        if (t === undefined)
            return end;
        if (t.text === ')' || t.text === ']') {
            let depth = 0;
            for (; i >= 0; i--) {
                const x = toks[i]?.text;
                if (x === ')' || x === ']')
                    depth++;
                if (x === '(' || x === '[')
                    depth--;
                if (depth === 0)
                    break;
            }
        }
        if (toks[i - 1]?.text === '.' || (toks[i]?.text === '[' && toks[i - 1]?.kind === 'id')) {
            i -= toks[i - 1]?.text === '.' ? 2 : 1;
            continue;
        }
        if (toks[i]?.text === '(' && toks[i - 1]?.kind === 'id')
            i -= 1;
        return i;
    }
}
/** Index of the last token of the primary starting at `start`. */
function primaryEnd(toks, start) {
    let i = start;
    for (;;) {
        const t = toks[i];
        if (t === undefined)
            return start;
        if (t.text === '(' || t.text === '[') {
            let depth = 0;
            for (; i < toks.length; i++) {
                const x = toks[i]?.text;
                if (x === '(' || x === '[')
                    depth++;
                if (x === ')' || x === ']')
                    depth--;
                if (depth === 0)
                    break;
            }
        }
        else if (t.kind === 'id' && toks[i + 1]?.text === '(') {
            i += 1;
            continue;
        }
        const next = toks[i + 1]?.text;
        if (next === '.' && toks[i + 2]?.kind === 'id')
            i += 2;
        else if (next === '[')
            i += 1;
        else
            return i;
    }
}
/** Translates a gert (expr-lang) or CEL condition to CEL; offsets map back to `text`. */
function translateGertCondition(text, names) {
    const lexed = lex(text);
    if (!Array.isArray(lexed))
        return { ok: false, problem: lexed };
    const toks = lexed.filter((t) => t.kind !== 'ws');
    const locals = new Set();
    toks.forEach((t, i) => {
        if (MACROS.has(t.text) && toks[i - 1]?.text === '.' && toks[i + 1]?.text === '(') {
            const v = toks[i + 2];
            if (v?.kind === 'id' && toks[i + 3]?.text === ',')
                locals.add(v.text);
        }
    });
    // Pieces of output, each with the source offset it stands for.
    const out = toks.map((t) => ({ text: t.text, at: t.at }));
    const before = new Map();
    const after = new Map();
    const add = (m, i, s) => {
        m.set(i, (m.get(i) ?? '') + s);
    };
    for (let i = 0; i < toks.length; i++) {
        const t = toks[i];
        const prev = toks[i - 1];
        const next = toks[i + 1];
        if (t.kind !== 'id' || prev?.text === '.')
            continue;
        if (t.text === 'and')
            out[i] = { text: '&&', at: t.at };
        else if (t.text === 'or')
            out[i] = { text: '||', at: t.at };
        else if (t.text === 'not' && next?.text === 'in') {
            return {
                ok: false,
                problem: { message: "expr-lang's 'not in': write !(x in [...])", offset: t.at }
            };
        }
        else if (t.text === 'not')
            out[i] = { text: '!', at: t.at };
        else if (INFIX.has(t.text) && prev !== undefined && next?.text !== '(') {
            const a = primaryStart(toks, i - 1);
            const b = primaryEnd(toks, i + 1);
            if (t.text === 'matches') {
                add(before, a, 'matches(');
                out[i] = { text: ',', at: t.at };
            }
            else {
                out[i] = { text: `.${t.text}(`, at: t.at };
                add(before, a, '(');
                add(after, i - 1, ')');
            }
            add(after, b, ')');
        }
        else if (!KEYWORDS.has(t.text) && !expr_ROOTS.has(t.text) && !locals.has(t.text)) {
            if (next?.text === '(')
                continue;
            const step = names.choices.get(t.text);
            const qualified = step !== undefined
                ? `evidence[${JSON.stringify(step)}].${t.text}`
                : names.captures.has(t.text)
                    ? `captures.${t.text}`
                    : names.vars.has(t.text)
                        ? `vars.${t.text}`
                        : undefined;
            if (qualified === undefined) {
                return {
                    ok: false,
                    problem: {
                        kind: 'name',
                        message: `'${t.text}' is not a var, an input, a capture or a choice variable of this runbook`,
                        offset: t.at
                    }
                };
            }
            out[i] = { text: qualified, at: t.at };
        }
    }
    let changed = before.size > 0 || after.size > 0;
    out.forEach((piece, i) => {
        if (piece.text !== toks[i]?.text)
            changed = true;
    });
    if (!changed)
        return { ok: true, expression: text, offsetOf: (o) => o };
    let expression = '';
    let end = 0;
    const map = [];
    out.forEach((piece, i) => {
        const tok = toks[i];
        expression += text.slice(end, tok.at) + (before.get(i) ?? '');
        map.push({ from: expression.length, to: piece.at });
        expression += piece.text + (after.get(i) ?? '');
        end = tok.at + tok.text.length;
    });
    const offsetOf = (o) => {
        let best = map[0];
        for (const m of map)
            if (m.from <= o)
                best = m;
        return best === undefined ? 0 : best.to + Math.max(0, o - best.from);
    };
    return { ok: true, expression, offsetOf };
}

;// CONCATENATED MODULE: ./src/runbook/conditions.ts
// Where a runbook holds conditions, and the choices a person can make: shared by validation, the
// engine (which evaluates them), dry-run and verify, so all of them read a condition the same way.


/** Every condition of a (flat) runbook: each step's `when`, then its outcomes' `when`s. */
function conditionSites(runbook) {
    const sites = [];
    runbook.steps.forEach((step, i) => {
        if (step.when !== undefined)
            sites.push({ kind: 'guard', step_index: i, text: step.when, path: ['steps', i, 'when'] });
        step.outcomes?.forEach((o, j) => {
            if (o.when !== undefined) {
                sites.push({
                    kind: 'outcome',
                    step_index: i,
                    outcome_index: j,
                    text: o.when,
                    path: ['steps', i, 'outcomes', j, 'when']
                });
            }
        });
    });
    return sites;
}
/** Bare names visible to conditions of `runbook` (every var, capture and choice variable). */
function bareNames(runbook) {
    const vars = new Set([
        ...Object.keys(runbook.meta.vars ?? {}),
        ...Object.keys(runbook.meta.inputs ?? {})
    ]);
    const captures = new Set();
    const choices = new Map();
    for (const step of runbook.steps) {
        for (const name of Object.keys(step.capture ?? {}))
            captures.add(name);
        for (const e of step.required_evidence ?? [])
            if (e.kind === 'choice' && !choices.has(e.name))
                choices.set(e.name, step.id);
        if (step.choices !== undefined && !choices.has(step.choices.variable))
            choices.set(step.choices.variable, step.id);
    }
    return { vars, captures, choices };
}
/** Reads one condition: gert's spellings (bare names, and/or/not, infix contains) become CEL. */
function readCondition(text, names) {
    const translated = translateGertCondition(text, names);
    if (!translated.ok) {
        const { kind = 'syntax', message, offset } = translated.problem;
        return { ok: false, problem: { kind, message, offset } };
    }
    const compiled = compileCondition(translated.expression);
    if (!compiled.ok) {
        const p = compiled.problem;
        return { ok: false, problem: { ...p, offset: translated.offsetOf(p.offset) } };
    }
    return { ...compiled, offsetOf: translated.offsetOf };
}
/** The option values of a choice. */
function optionValues(options) {
    return (options ?? []).map((o) => (typeof o === 'string' ? o : o.value));
}
/** A step's choices (choice evidence and gert's `choices`), by evidence name. */
function stepChoices(step) {
    const out = new Map();
    for (const e of step.required_evidence ?? [])
        if (e.kind === 'choice')
            out.set(e.name, { options: e.options ?? [], ...labelOf(e) });
    if (step.choices !== undefined) {
        out.set(step.choices.variable, {
            options: step.choices.options,
            ...(step.choices.prompt === undefined ? {} : { label: step.choices.prompt })
        });
    }
    return out;
}
function labelOf(e) {
    return e.description === undefined ? {} : { label: e.description };
}

;// CONCATENATED MODULE: ./src/runbook/normalize.ts
// The Go peer gert writes optional fields explicitly empty (`approvals: null`, `instructions: ""`,
// `required_evidence: []`, `capture: {}`). The schema marks such fields nullable; this removes every
// nullable field whose value is null, "", [] or {}, so the rest of the code sees them as absent.

const root = RUNBOOK_SCHEMA;
const normalize_defs = (root.$defs ?? {});
function resolve(node) {
    if (node === undefined)
        return undefined;
    const ref = node.$ref;
    if (typeof ref === 'string' && ref.startsWith('#/$defs/'))
        return resolve(normalize_defs[ref.slice('#/$defs/'.length)]);
    return node;
}
function isNullable(node) {
    if (node === undefined)
        return false;
    const type = node.type;
    const en = node.enum;
    // Only "X or null" marks an optional field; a value that may legitimately be null (json_path.equals)
    // lists several types and is kept as written.
    return ((Array.isArray(type) && type.length === 2 && type.includes('null')) ||
        (Array.isArray(en) && en.includes(null)));
}
function isEmpty(value) {
    if (value === null || value === '')
        return true;
    if (Array.isArray(value))
        return value.length === 0;
    if (typeof value === 'object')
        return Object.keys(value).length === 0;
    return false;
}
function normalizeNode(value, schema) {
    const node = resolve(schema);
    if (node === undefined)
        return value;
    if (Array.isArray(value))
        return value.map((item) => normalizeNode(item, node.items));
    if (value === null || typeof value !== 'object')
        return value;
    const props = (node.properties ?? {});
    const out = {};
    for (const [key, child] of Object.entries(value)) {
        const childSchema = resolve(props[key]);
        const normalized = normalizeNode(child, childSchema ?? node.additionalProperties);
        // Checked after normalising the child: `defaults: {timeout: ""}` is as absent as `defaults: {}`.
        if (childSchema !== undefined && isNullable(childSchema) && isEmpty(normalized))
            continue;
        out[key] = normalized;
    }
    return out;
}
/** Returns the runbook with every explicitly empty optional field removed. Input must be schema-valid. */
function normalizeRunbook(value) {
    return normalizeNode(value, root);
}

;// CONCATENATED MODULE: ./src/runbook/rules/conditions.ts



const STEP_FIELDS = new Set(['status', 'exit_code']);
const STATUSES = ['passed', 'failed', 'not_taken'];
const conditions_cache = new WeakMap();
function checkAll(ctx) {
    const cached = conditions_cache.get(ctx);
    if (cached !== undefined)
        return cached;
    const names = bareNames(ctx.runbook);
    const out = conditionSites(ctx.runbook).flatMap((site) => {
        const read = readCondition(site.text, names);
        if (!read.ok) {
            const p = read.problem;
            const rule = p.kind === 'name'
                ? 'condition-unknown-name'
                : p.kind === 'type'
                    ? 'condition-type'
                    : 'condition-syntax';
            const what = p.kind === 'name' ? p.message : `CEL ${p.kind} error: ${p.message}`;
            return [
                ctx.source.diagInside(rule, 'error', `${what} ${columnNote(p.offset)}`, site.path, p.offset)
            ];
        }
        return read.condition.refs.flatMap((ref) => checkRef(ctx, site, ref).map(([rule, message, offset]) => ctx.source.diagInside(rule, 'error', message, site.path, read.offsetOf(offset))));
    });
    conditions_cache.set(ctx, out);
    return out;
}
/** Checks one name a condition reads against what exists before the condition is evaluated. */
function checkRef(ctx, site, ref) {
    const { runbook } = ctx;
    const name = refName(ref);
    const unknown = (why) => [
        ['condition-unknown-name', `'${name}' ${why}`, ref.offset]
    ];
    if (ref.partial) {
        const form = ref.root === 'vars' || ref.root === 'captures' ? 'NAME' : 'STEP.NAME';
        return unknown(`is not one value: write ${ref.root}.${form}`);
    }
    // A guard runs before its step; an outcome after it, so it may read its own step.
    const last = site.kind === 'guard' ? site.step_index - 1 : site.step_index;
    const [first, second] = ref.path;
    if (ref.root === 'vars') {
        const known = { ...runbook.meta.vars, ...runbook.meta.inputs };
        return first in known ? [] : unknown('is not in meta.vars or meta.inputs');
    }
    if (ref.root === 'captures') {
        const owner = runbook.steps.findIndex((s) => first in (s.capture ?? {}));
        if (owner === -1)
            return unknown('is not captured by any step');
        if (owner > last)
            return forward(ctx, name, owner, ref.offset);
        return [];
    }
    const index = runbook.steps.findIndex((s) => s.id === first);
    if (index === -1)
        return unknown(`names no step of this runbook`);
    if (index > last)
        return forward(ctx, name, index, ref.offset);
    const step = runbook.steps[index];
    if (step === undefined || second === undefined)
        return [];
    if (ref.root === 'steps') {
        if (!STEP_FIELDS.has(second))
            return unknown('is not a step field: use status or exit_code');
        if (second !== 'status')
            return [];
        return ref.compared
            .filter((c) => !STATUSES.includes(c.value))
            .map((c) => [
            'choice-unknown-option',
            `steps.${first}.status is never '${c.value}'; a status read by a condition is one of ${STATUSES.join(', ')}`,
            c.offset
        ]);
    }
    const evidence = new Set((step.required_evidence ?? []).map((e) => e.name));
    const choices = stepChoices(step);
    if (!evidence.has(second) && !choices.has(second))
        return unknown(`is not evidence of step '${first}'`);
    const choice = choices.get(second);
    if (choice === undefined)
        return [];
    const options = optionValues(choice.options);
    return ref.compared
        .filter((c) => !options.includes(c.value))
        .map((c) => [
        'choice-unknown-option',
        `'${c.value}' is not an option of the choice ${name}; its options are: ${options.join(', ')}`,
        c.offset
    ]);
}
function forward(ctx, name, index, offset) {
    const id = ctx.runbook.steps[index]?.id ?? '';
    return [
        [
            'condition-forward-ref',
            `'${name}' comes from step '${id}' (steps[${index}]), which has not run when this condition is evaluated; a condition reads earlier steps only`,
            offset
        ]
    ];
}
const ruleOf = (id, summary) => ({
    id,
    severity: 'error',
    summary,
    check: (ctx) => checkAll(ctx).filter((d) => d.rule === id)
});
const conditionRules = [
    ruleOf('condition-syntax', 'A condition is valid CEL (or the expr-lang subset gert writes).'),
    ruleOf('condition-type', 'A condition type-checks and gives true or false.'),
    ruleOf('condition-unknown-name', 'A condition reads only vars.NAME, captures.NAME, evidence.STEP.NAME, steps.ID.status and steps.ID.exit_code that exist.'),
    ruleOf('condition-forward-ref', "A condition reads only earlier steps (an outcome's condition may also read its own step)."),
    ruleOf('choice-unknown-option', 'A choice (or a step status) is compared only with values it can take.')
];

// EXTERNAL MODULE: ./src/runbook/duration.ts
var duration = __webpack_require__(6174);
;// CONCATENATED MODULE: ./src/runbook/template.ts
// The template subset of seed 003: `{{ .name }}` references with literal text around them. Anything
// else Go's text/template would accept (pipelines, functions, control flow) is refused by name.
const REF = /^\.([A-Za-z_][A-Za-z0-9_]*)$/;
const template_KEYWORDS = new Set([
    'if',
    'else',
    'end',
    'range',
    'with',
    'define',
    'template',
    'block',
    'break',
    'continue'
]);
/** Splits a string into literal text and `{{ .name }}` references. */
function parseTemplate(input) {
    const parts = [];
    let pos = 0;
    while (pos < input.length) {
        const open = input.indexOf('{{', pos);
        if (open === -1)
            break;
        if (open > pos)
            parts.push({ kind: 'text', text: input.slice(pos, open) });
        const close = input.indexOf('}}', open + 2);
        if (close === -1) {
            return { ok: false, offset: open, error: `unterminated action '{{' (missing '}}')` };
        }
        const body = input.slice(open + 2, close);
        const inner = body.trim();
        const ref = REF.exec(inner);
        if (ref === null)
            return { ok: false, offset: open, error: describeUnsupported(body) };
        parts.push({ kind: 'ref', name: ref[1], offset: open });
        pos = close + 2;
    }
    if (pos < input.length)
        parts.push({ kind: 'text', text: input.slice(pos) });
    return { ok: true, parts: mergeText(parts) };
}
/** Names referenced by a parsed template, in order of appearance. */
function templateRefs(parts) {
    return parts.flatMap((p) => (p.kind === 'ref' ? [p.name] : []));
}
/** True when the string contains no template action at all. */
function isLiteral(input) {
    return !input.includes('{{');
}
/** Renders parsed parts; `lookup` supplies each referenced value. */
function renderParts(parts, lookup) {
    let out = '';
    for (const p of parts)
        out += p.kind === 'text' ? p.text : lookup(p.name);
    return out;
}
function mergeText(parts) {
    const out = [];
    for (const p of parts) {
        const prev = out[out.length - 1];
        if (p.kind === 'text' && prev?.kind === 'text')
            prev.text += p.text;
        else
            out.push(p);
    }
    return out;
}
function describeUnsupported(body) {
    const shown = `'{{${body}}}'`;
    const expected = "only '{{ .name }}' references are supported";
    if (body.startsWith('-') || body.endsWith('-'))
        return `whitespace trim markers in ${shown} are not supported; ${expected}`;
    const inner = body.trim();
    if (inner === '')
        return `empty action '{{}}'; ${expected}`;
    if (inner.startsWith('/*'))
        return `template comment ${shown} is not supported; ${expected}`;
    if (inner.includes('|'))
        return `pipeline ${shown} is not supported; ${expected}`;
    const word = inner.split(/\s+/)[0] ?? '';
    if (template_KEYWORDS.has(word))
        return `control structure '{{ ${word} }}' is not supported; ${expected}`;
    if (word === '.')
        return `the dot ${shown} is not supported; ${expected}`;
    if (word.startsWith('$'))
        return `template variable ${shown} is not supported; ${expected}`;
    if (/^\.[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)+$/.test(word)) {
        return `nested field '${word}' in ${shown} is not supported; ${expected}`;
    }
    if (word.startsWith('.')) {
        if (inner.includes(' '))
            return `method call or arguments in ${shown} are not supported; ${expected}`;
        return `invalid name in ${shown}: names are letters, digits and '_', not starting with a digit`;
    }
    if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(word))
        return `function '${word}' in ${shown} is not supported; ${expected}`;
    return `unsupported action ${shown}; ${expected}`;
}

;// CONCATENATED MODULE: ./src/runbook/rules/rule.ts
/** Runs `fn` on every step with its index and collects what it reports. */
function eachStep(ctx, fn) {
    return ctx.runbook.steps.flatMap((step, index) => {
        const r = fn(step, index);
        return r === undefined ? [] : Array.isArray(r) ? r : [r];
    });
}

;// CONCATENATED MODULE: ./src/runbook/rules/evidence.ts




const evidenceRules = [
    {
        id: 'evidence-name-duplicate',
        severity: 'error',
        summary: 'Evidence names are unique within a step.',
        check: (ctx) => eachStep(ctx, (step, i) => {
            const seen = new Set();
            return (step.required_evidence ?? []).flatMap((ev, j) => {
                if (!seen.has(ev.name)) {
                    seen.add(ev.name);
                    return [];
                }
                return [
                    ctx.source.diag('evidence-name-duplicate', 'error', `evidence name '${ev.name}' is used twice in step '${step.id}'`, ['steps', i, 'required_evidence', j, 'name'])
                ];
            });
        })
    },
    {
        id: 'checklist-items-required',
        severity: 'error',
        summary: 'A checklist has items, and only a checklist has items.',
        check: (ctx) => eachStep(ctx, (step, i) => (step.required_evidence ?? []).flatMap((ev, j) => {
            const path = ['steps', i, 'required_evidence', j];
            if (ev.kind === 'checklist' && (ev.items?.length ?? 0) === 0) {
                return [
                    ctx.source.diag('checklist-items-required', 'error', `checklist '${ev.name}' needs a non-empty items list`, path)
                ];
            }
            if (ev.kind !== 'checklist' && ev.items !== undefined) {
                return [
                    ctx.source.diag('checklist-items-required', 'error', `items only apply to a checklist, but '${ev.name}' is ${ev.kind} evidence`, [...path, 'items'], { key: true })
                ];
            }
            return [];
        }))
    },
    {
        id: 'approvals-min',
        severity: 'error',
        summary: 'approvals.min is at least 1.',
        check: (ctx) => eachStep(ctx, (step, i) => step.approvals !== undefined && step.approvals.min < 1
            ? ctx.source.diag('approvals-min', 'error', `approvals.min must be at least 1, got ${step.approvals.min}; remove approvals to need none`, ['steps', i, 'approvals', 'min'])
            : undefined)
    },
    {
        id: 'assertion-regex-invalid',
        severity: 'error',
        summary: 'Every `matches` assertion compiles (its `{{ .name }}` values are matched literally).',
        check: (ctx) => eachStep(ctx, (step, i) => (step.assertions ?? []).flatMap((a, j) => {
            if (a.matches === undefined)
                return [];
            // A value is inserted quoted, so any literal stands for it; bad template syntax is
            // template-syntax's to report.
            const parsed = parseTemplate(a.matches);
            if (!parsed.ok)
                return [];
            const r = compileRegex(renderParts(parsed.parts, () => 'x'));
            return r.ok
                ? []
                : [
                    ctx.source.diag('assertion-regex-invalid', 'error', r.error, [
                        'steps',
                        i,
                        'assertions',
                        j,
                        'matches'
                    ])
                ];
        }))
    },
    {
        id: 'duration-invalid',
        severity: 'error',
        summary: 'Durations parse as Go durations (30s, 5m, 1h30m), at most 2^31-1 ms.',
        check: (ctx) => {
            const fields = [
                { value: ctx.runbook.meta.defaults?.timeout, path: ['meta', 'defaults', 'timeout'] },
                ...ctx.runbook.steps.map((s, i) => ({ value: s.timeout, path: ['steps', i, 'timeout'] }))
            ];
            return fields.flatMap(({ value, path }) => {
                if (value === undefined)
                    return [];
                const r = (0,duration/* parseDuration */.E9)(value);
                return r.ok ? [] : [ctx.source.diag('duration-invalid', 'error', r.error, path)];
            });
        }
    }
];

;// CONCATENATED MODULE: ./src/runbook/rules/flow.ts
// Rules on the decision flow: a choice's options, steps that can never run, and paths that end
// without an outcome in a runbook that declares outcomes.



/** True when the step ends every run that reaches it: no guard, and an outcome without `when`. */
function alwaysEnds(step) {
    return step.when === undefined && (step.outcomes ?? []).some((o) => o.when === undefined);
}
/** A guard that reads nothing and is false: the step can never run. */
function constantlyFalse(when) {
    if (when === undefined)
        return false;
    const c = compileCondition(when);
    if (!c.ok || c.condition.refs.length > 0)
        return false;
    try {
        return c.condition.program({}) === false;
    }
    catch {
        return false;
    }
}
const flowRules = [
    {
        id: 'choice-options',
        severity: 'error',
        summary: 'A choice has at least two distinct options; options belong to choice evidence only.',
        check: (ctx) => eachStep(ctx, (step, i) => (step.required_evidence ?? []).flatMap((e, j) => {
            const path = ['steps', i, 'required_evidence', j];
            const values = optionValues(e.options);
            if (e.kind !== 'choice') {
                return e.options === undefined
                    ? []
                    : [
                        ctx.source.diag('choice-options', 'error', `options apply to choice evidence only, not to ${e.kind} '${e.name}'`, [...path, 'options'], { key: true })
                    ];
            }
            const dup = values.find((v, k) => values.indexOf(v) !== k);
            if (values.length >= 2 && dup === undefined)
                return [];
            const why = dup === undefined
                ? `has ${values.length} option${values.length === 1 ? '' : 's'}; a choice needs at least two, e.g. options: [lockdown, rollback]`
                : `lists the option '${dup}' twice`;
            return [ctx.source.diag('choice-options', 'error', `choice '${e.name}' ${why}`, path)];
        }))
    },
    {
        id: 'step-unreachable',
        severity: 'warning',
        summary: 'Every step can run: none follows a step that always ends the run, and no guard is always false.',
        check: (ctx) => {
            const ender = ctx.runbook.steps.findIndex(alwaysEnds);
            return eachStep(ctx, (step, i) => {
                if (ender !== -1 && i > ender) {
                    const id = ctx.runbook.steps[ender]?.id ?? '';
                    return ctx.source.diag('step-unreachable', 'warning', `step '${step.id}' can never run: step '${id}' (steps[${ender}]) always ends the run with an outcome`, ['steps', i, 'id']);
                }
                return constantlyFalse(step.when)
                    ? ctx.source.diag('step-unreachable', 'warning', `step '${step.id}' can never run: its condition is always false`, ['steps', i, 'when'])
                    : undefined;
            });
        }
    },
    {
        id: 'outcome-missing',
        severity: 'warning',
        summary: 'A runbook with outcomes ends every path with one: some step always ends the run, a step ending it is followed by one guarded by its `not_taken`, or every option of a choice leads to an outcome (a step guarded by the option, or an outcome whose `when` is the option).',
        check: (ctx) => {
            const steps = ctx.runbook.steps;
            if (!steps.some((s) => (s.outcomes?.length ?? 0) > 0))
                return [];
            if (steps.some(alwaysEnds) || elseCovered(steps) || choicesCovered(steps, ctx))
                return [];
            return [
                ctx.source.diag('outcome-missing', 'warning', 'this runbook declares outcomes, but a run can reach its end without one; add an outcome without `when` to a last step (for example state: escalated)', ['steps', steps.length - 1])
            ];
        }
    }
];
const endsWhenTaken = (s) => (s.outcomes ?? []).some((o) => o.when === undefined);
/** True when a step that ends the run is followed by one that ends it when the first was not taken. */
function elseCovered(steps) {
    return steps.some((s, i) => endsWhenTaken(s) &&
        steps
            .slice(i + 1)
            .some((t) => endsWhenTaken(t) &&
            new RegExp(`^\\s*steps\\.${s.id}\\.status\\s*==\\s*["']not_taken["']\\s*$`).test(t.when ?? '')));
}
/**
 * True when some choice's every option leads to a step that ends the run: each such step's guard is
 * `<choice> == "<option>"` and it has an outcome without `when`, or the step is unguarded and an
 * outcome's `when` is `<choice> == "<option>"`.
 */
function choicesCovered(steps, ctx) {
    const names = bareNames(ctx.runbook);
    const covered = new Map();
    // A step guarded by one option that ends the run, or an unguarded step (a choice itself: "no"
    // ends the run) whose outcome holds on one option.
    const ends = steps.flatMap((s) => s.when !== undefined
        ? (s.outcomes ?? []).some((o) => o.when === undefined)
            ? [s.when]
            : []
        : (s.outcomes ?? []).flatMap((o) => (o.when === undefined ? [] : [o.when])));
    for (const when of ends) {
        const read = readCondition(when, names);
        if (!read.ok || read.condition.refs.length !== 1)
            continue;
        const ref = read.condition.refs[0];
        if (ref?.root !== 'evidence' || ref.compared.length !== 1)
            continue;
        if (!/^\s*\S+\s*==\s*("[^"]*"|'[^']*')\s*$/.test(read.condition.expression))
            continue;
        const key = ref.path.join('.');
        const set = covered.get(key) ?? new Set();
        set.add(ref.compared[0]?.value ?? '');
        covered.set(key, set);
    }
    for (const step of steps) {
        for (const e of step.required_evidence ?? []) {
            if (e.kind !== 'choice')
                continue;
            const got = covered.get(`${step.id}.${e.name}`);
            if (got !== undefined && optionValues(e.options).every((o) => got.has(o)))
                return true;
        }
        if (step.choices !== undefined) {
            const got = covered.get(`${step.id}.${step.choices.variable}`);
            if (got !== undefined && optionValues(step.choices.options).every((o) => got.has(o)))
                return true;
        }
    }
    return false;
}

// EXTERNAL MODULE: ./src/runbook/commands.ts
var commands = __webpack_require__(3648);
// EXTERNAL MODULE: ./src/runbook/safety/wrapped.ts + 1 modules
var wrapped = __webpack_require__(1412);
;// CONCATENATED MODULE: ./src/runbook/rules/governance.ts




const governanceRules = [
    {
        id: 'governance-overlap',
        severity: 'error',
        summary: 'allowed_commands and denied_commands share no entry.',
        check: (ctx) => {
            const g = ctx.runbook.meta.governance;
            const denied = g?.denied_commands ?? [];
            return (g?.allowed_commands ?? []).flatMap((entry, i) => (0,commands/* matchCommandList */.x5)(denied, entry) === undefined
                ? []
                : [
                    ctx.source.diag('governance-overlap', 'error', `'${entry}' is both allowed and denied; remove it from one of the lists`, ['meta', 'governance', 'allowed_commands', i])
                ]);
        }
    },
    {
        id: 'command-denied',
        severity: 'error',
        summary: 'No step runs a command on denied_commands.',
        check: (ctx) => {
            const denied = ctx.runbook.meta.governance?.denied_commands ?? [];
            return eachStep(ctx, (step, i) => {
                const argv0 = step.with?.argv?.[0];
                const hit = argv0 === undefined ? undefined : (0,commands/* matchCommandList */.x5)(denied, argv0);
                return hit === undefined
                    ? undefined
                    : ctx.source.diag('command-denied', 'error', `command '${argv0}' is denied by governance (denied_commands entry '${hit}')`, ['steps', i, 'with', 'argv', 0]);
            });
        }
    },
    {
        id: 'command-not-allowed',
        severity: 'error',
        summary: 'When allowed_commands is non-empty, every step command is on it.',
        check: (ctx) => {
            const allowed = ctx.runbook.meta.governance?.allowed_commands ?? [];
            if (allowed.length === 0)
                return [];
            return eachStep(ctx, (step, i) => {
                const argv0 = step.with?.argv?.[0];
                if (argv0 === undefined || (0,commands/* matchCommandList */.x5)(allowed, argv0) !== undefined)
                    return undefined;
                return ctx.source.diag('command-not-allowed', 'error', `command '${argv0}' is not in allowed_commands (${allowed.join(', ')}); add it there or change the step`, ['steps', i, 'with', 'argv', 0]);
            });
        }
    },
    {
        id: 'allowlist-command-runner',
        severity: 'warning',
        summary: 'The allowlist holds no shell, interpreter, command runner or wrapper (sh, bash, python*, node, env, xargs, sudo, timeout, flock, make, less, ...).',
        check: (ctx) => (ctx.runbook.meta.governance?.allowed_commands ?? []).flatMap((entry, i) => {
            const reason = (0,commands/* commandRunnerReason */.U7)(entry) ?? (0,wrapped/* wrapperReason */.oF)(entry);
            return reason === undefined
                ? []
                : [
                    ctx.source.diag('allowlist-command-runner', 'warning', `allowing '${entry}' lets every command through (${reason}); the allowlist then restricts nothing`, ['meta', 'governance', 'allowed_commands', i])
                ];
        })
    },
    {
        id: 'redact-pattern-invalid',
        severity: 'error',
        summary: 'Every redaction pattern compiles.',
        check: (ctx) => (ctx.runbook.meta.governance?.redact ?? []).flatMap((rule, i) => {
            const problem = regexProblem(rule.pattern);
            return problem === undefined
                ? []
                : [
                    ctx.source.diag('redact-pattern-invalid', 'error', problem, [
                        'meta',
                        'governance',
                        'redact',
                        i,
                        'pattern'
                    ])
                ];
        })
    }
];

;// CONCATENATED MODULE: ./src/runbook/rules/nul-bytes.ts
/** The strings that reach a process: argv, env names and values, cwd, and the vars they use. */
function processStrings(ctx) {
    const out = [];
    for (const [name, value] of Object.entries(ctx.runbook.meta.vars ?? {})) {
        out.push({ value: name, path: ['meta', 'vars', name], key: true });
        if (typeof value === 'string')
            out.push({ value, path: ['meta', 'vars', name] });
    }
    ctx.runbook.steps.forEach((step, i) => {
        const w = step.with;
        if (w === undefined)
            return;
        (w.argv ?? []).forEach((arg, j) => out.push({ value: arg, path: ['steps', i, 'with', 'argv', j] }));
        for (const [name, value] of Object.entries(w.env ?? {})) {
            out.push({ value: name, path: ['steps', i, 'with', 'env', name], key: true });
            out.push({ value: String(value), path: ['steps', i, 'with', 'env', name] });
        }
        if (w.cwd !== undefined)
            out.push({ value: w.cwd, path: ['steps', i, 'with', 'cwd'] });
    });
    return out;
}
const nulByteRules = [
    {
        id: 'nul-byte',
        severity: 'error',
        summary: 'No NUL byte (\\0) in argv, env, cwd or meta.vars: a process argument, variable or directory cannot hold one.',
        check: (ctx) => processStrings(ctx).flatMap(({ value, path, key }) => value.includes('\u0000')
            ? [
                ctx.source.diag('nul-byte', 'error', `a NUL byte (\\0) at character ${value.indexOf('\u0000') + 1}: a process argument, environment variable or directory name cannot hold one`, path, key === true ? { key: true } : {})
            ]
            : [])
    }
];

;// CONCATENATED MODULE: ./src/runbook/env-hooks.ts
// Environment variables that change which binary a command name runs, or make the binary load or
// run other code: the dynamic loader's, interpreters' and git's hooks. A step that sets one through
// with.env could turn an allowed command into any other, so validate refuses it (rule `env-hook`)
// and the engine refuses the step, unless the step lists the name in with.allow_env_hooks.
// Shared by the validator and the engine; pure.
const EXACT = new Map([
    ['PATH', 'it changes which file a command name runs'],
    ['NODE_OPTIONS', 'Node.js loads the modules it names (--require, --import)'],
    ['NODE_PATH', 'Node.js looks modules up in it'],
    ['BASH_ENV', 'bash runs the file it names before any script'],
    ['ENV', 'sh runs the file it names at startup'],
    ['SHELLOPTS', 'it turns on bash options (xtrace runs PS4) in every bash started'],
    ['BASHOPTS', 'it turns on bash options in every bash started'],
    ['PS4', 'bash expands it, command substitutions included, when tracing'],
    ['PROMPT_COMMAND', 'bash runs it'],
    ['ZDOTDIR', 'zsh runs the startup files in it'],
    ['PYTHONPATH', 'Python imports modules from it first'],
    ['PYTHONSTARTUP', 'Python runs the file it names'],
    ['PYTHONHOME', 'Python loads its standard library from it'],
    ['PYTHONBREAKPOINT', 'Python calls the function it names'],
    ['PYTHONINSPECT', 'Python enters an interactive session'],
    ['PERL5OPT', 'Perl adds its options (-M loads a module) to every run'],
    ['PERL5LIB', 'Perl loads modules from it first'],
    ['PERLLIB', 'Perl loads modules from it first'],
    ['PERL5DB', 'Perl runs it as the debugger'],
    ['RUBYOPT', 'Ruby adds its options (-r loads a library) to every run'],
    ['RUBYLIB', 'Ruby loads libraries from it first'],
    ['JAVA_TOOL_OPTIONS', 'the JVM adds its options (-javaagent loads code) to every run'],
    ['_JAVA_OPTIONS', 'the JVM adds its options to every run'],
    ['JDK_JAVA_OPTIONS', 'the java launcher adds its options to every run'],
    ['CLASSPATH', 'the JVM loads classes from it'],
    ['LUA_INIT', 'Lua runs it at startup'],
    ['LUA_PATH', 'Lua loads modules from it'],
    ['LUA_CPATH', 'Lua loads native modules from it'],
    ['PHPRC', 'PHP reads its configuration (auto_prepend_file) from it'],
    ['PHP_INI_SCAN_DIR', 'PHP reads configuration from it'],
    ['TCLLIBPATH', 'Tcl loads packages from it'],
    ['GCONV_PATH', 'glibc loads character-set modules from it'],
    ['DOTNET_STARTUP_HOOKS', '.NET loads the assemblies it names'],
    ['PAGER', 'programs run it as a command'],
    ['MANPAGER', 'man runs it as a command'],
    ['SYSTEMD_PAGER', 'systemd tools run it as a command'],
    ['EDITOR', 'programs run it as a command'],
    ['VISUAL', 'programs run it as a command'],
    ['LESSOPEN', 'less runs it as a command'],
    ['LESSCLOSE', 'less runs it as a command'],
    ['SSH_ASKPASS', 'ssh runs it as a command'],
    ['SUDO_ASKPASS', 'sudo runs it as a command']
]);
/** Prefixes of families of hooks, with the few harmless names of each family. */
const PREFIXES = [
    { prefix: 'LD_', reason: 'the dynamic loader reads it (preloads, library and audit paths)' },
    { prefix: 'DYLD_', reason: 'the macOS dynamic loader reads it (inserted libraries, paths)' },
    {
        prefix: 'GIT_',
        reason: 'git reads configuration, helpers or commands to run from it',
        harmless: new Set([
            'GIT_AUTHOR_NAME',
            'GIT_AUTHOR_EMAIL',
            'GIT_AUTHOR_DATE',
            'GIT_COMMITTER_NAME',
            'GIT_COMMITTER_EMAIL',
            'GIT_COMMITTER_DATE',
            'GIT_TERMINAL_PROMPT'
        ])
    },
    { prefix: 'BASH_FUNC_', reason: 'bash imports it as a function definition' }
];
/** Why setting `name` for a command can change what runs, or undefined when it cannot. */
function envHookReason(name) {
    const exact = EXACT.get(name);
    if (exact !== undefined)
        return exact;
    const family = PREFIXES.find((p) => name.startsWith(p.prefix));
    if (family === undefined || family.harmless?.has(name) === true)
        return undefined;
    return family.reason;
}
/** The names of `env` that are hooks and not opted in by `allowed`, each with its reason. */
function envHooks(env, allowed = []) {
    return Object.keys(env ?? {}).flatMap((name) => {
        const reason = envHookReason(name);
        return reason === undefined || allowed.includes(name) ? [] : [{ name, reason }];
    });
}

// EXTERNAL MODULE: ./src/runbook/safety/index.ts + 20 modules
var safety = __webpack_require__(1338);
;// CONCATENATED MODULE: ./src/runbook/rules/safety.ts
// Rules on what commands do: a destructive command is reported, because the engine will stop and
// ask for a two-step confirmation before it runs (unless the step already says confirm: true); an
// env var that changes which binary runs, or what it loads, is refused unless the step opts in.



const safetyRules = [
    {
        id: 'destructive-command',
        severity: 'warning',
        summary: 'A step that runs a destructive command (docs/SAFETY.md) says confirm: true; otherwise it is reported, and the engine asks for confirmation anyway.',
        check: (ctx) => eachStep(ctx, (step, i) => {
            const argv = step.with?.argv;
            if (step.type !== 'cli' || argv === undefined || step.confirm === true)
                return undefined;
            const c = (0,safety/* classifyCommand */.IB)(argv);
            if (c.level !== 'destructive')
                return undefined;
            return ctx.source.diag('destructive-command', 'warning', `step '${step.id}' runs a destructive command (${c.rule}: ${c.reason}); it will pause for a two-step confirmation before it runs. Add confirm: true to say so explicitly`, ['steps', i, 'with', 'argv']);
        })
    },
    {
        id: 'env-hook',
        severity: 'error',
        summary: 'with.env sets no loader or interpreter hook (PATH, LD_*, DYLD_*, NODE_OPTIONS, BASH_ENV, ENV, GIT_*, PYTHONPATH, PERL5OPT, RUBYOPT, ...) unless with.allow_env_hooks lists it.',
        check: (ctx) => eachStep(ctx, (step, i) => envHooks(step.with?.env, step.with?.allow_env_hooks).map(({ name, reason }) => ctx.source.diag('env-hook', 'error', `step '${step.id}' sets ${name} in with.env: ${reason}, so an allowed command could run other code; remove it, or list it in with.allow_env_hooks to accept that`, ['steps', i, 'with', 'env', name])))
    }
];

;// CONCATENATED MODULE: ./src/runbook/rules/steps.ts

const CLI_ONLY = ['with', 'capture', 'assertions', 'timeout', 'confirm'];
const MANUAL_ONLY = ['instructions', 'required_evidence', 'approvals', 'replay_mode'];
const stepRules = [
    {
        id: 'step-id-duplicate',
        severity: 'error',
        summary: 'Step ids are unique.',
        check: (ctx) => {
            const first = new Map();
            return eachStep(ctx, (step, i) => {
                const prev = first.get(step.id);
                if (prev === undefined) {
                    first.set(step.id, i);
                    return undefined;
                }
                return ctx.source.diag('step-id-duplicate', 'error', `duplicate step id '${step.id}'; it is first used by steps[${prev}]`, ['steps', i, 'id']);
            });
        }
    },
    {
        id: 'cli-argv-required',
        severity: 'error',
        summary: 'A cli step has a non-empty with.argv.',
        check: (ctx) => eachStep(ctx, (step, i) => {
            if (step.type !== 'cli' || (step.with?.argv?.length ?? 0) > 0)
                return undefined;
            // Located at with.argv when the source has it (even empty), else at the nearest ancestor.
            return ctx.source.diag('cli-argv-required', 'error', `cli step '${step.id}' needs a non-empty with.argv, e.g. argv: ["uname", "-a"]`, ['steps', i, 'with', 'argv']);
        })
    },
    {
        id: 'manual-instructions-required',
        severity: 'error',
        summary: 'A manual step has instructions.',
        check: (ctx) => eachStep(ctx, (step, i) => step.type === 'manual' && (step.instructions ?? '').trim() === ''
            ? ctx.source.diag('manual-instructions-required', 'error', `manual step '${step.id}' needs instructions telling the operator what to do`, ['steps', i])
            : undefined)
    },
    {
        id: 'step-field-mismatch',
        severity: 'error',
        summary: 'A step only has the fields of its type (cli: with, capture, assertions, timeout, confirm; manual: instructions, required_evidence, approvals, replay_mode).',
        check: (ctx) => eachStep(ctx, (step, i) => {
            const foreign = step.type === 'cli' ? MANUAL_ONLY : CLI_ONLY;
            const own = step.type === 'cli' ? CLI_ONLY : MANUAL_ONLY;
            return foreign
                .filter((field) => step[field] !== undefined)
                .map((field) => ctx.source.diag('step-field-mismatch', 'error', `field '${field}' does not apply to a ${step.type} step; a ${step.type} step takes ${own.join(', ')}`, ['steps', i, field], { key: true }));
        })
    }
];

;// CONCATENATED MODULE: ./src/runbook/template-fields.ts
// `matches` too: there each value is matched literally (see renderPattern in the engine).
const TEXT_ASSERTIONS = ['contains', 'not_contains', 'matches', 'equals', 'not_equals'];
/** Every templated string of a step, with its path relative to the step. */
function templateFields(step) {
    const out = [];
    step.with?.argv?.forEach((value, i) => out.push({ path: ['with', 'argv', i], value }));
    for (const [key, value] of Object.entries(step.with?.env ?? {})) {
        if (value !== undefined)
            out.push({ path: ['with', 'env', key], value });
    }
    if (step.with?.cwd !== undefined)
        out.push({ path: ['with', 'cwd'], value: step.with.cwd });
    if (step.with?.stdin !== undefined)
        out.push({ path: ['with', 'stdin'], value: step.with.stdin });
    step.assertions?.forEach((a, i) => {
        for (const kind of TEXT_ASSERTIONS) {
            const value = a[kind];
            if (value !== undefined)
                out.push({ path: ['assertions', i, kind], value });
        }
    });
    if (step.instructions !== undefined)
        out.push({ path: ['instructions'], value: step.instructions });
    return out;
}

;// CONCATENATED MODULE: ./src/runbook/rules/templates.ts



/** Index of the step that captures each name (first one wins). */
function captureOwners(ctx) {
    const owners = new Map();
    ctx.runbook.steps.forEach((step, i) => {
        for (const name of Object.keys(step.capture ?? {}))
            if (!owners.has(name))
                owners.set(name, i);
    });
    return owners;
}
function closest(name, candidates) {
    let best;
    let bestScore = Infinity;
    for (const c of candidates) {
        const d = editDistance(name.toLowerCase(), c.toLowerCase());
        if (d < bestScore) {
            best = c;
            bestScore = d;
        }
    }
    return best !== undefined && bestScore <= Math.max(2, Math.floor(name.length / 3))
        ? best
        : undefined;
}
function editDistance(a, b) {
    let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        const cur = [i];
        for (let j = 1; j <= b.length; j++) {
            cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
        }
        prev = cur;
    }
    return prev[b.length];
}
// The three template rules share one pass over the fields; the result is kept per validation.
const referenceCache = new WeakMap();
function checkReferences(ctx) {
    const cached = referenceCache.get(ctx);
    if (cached !== undefined)
        return cached;
    const result = scanReferences(ctx);
    referenceCache.set(ctx, result);
    return result;
}
function scanReferences(ctx) {
    const vars = new Set(Object.keys(ctx.runbook.meta.vars ?? {}));
    const owners = captureOwners(ctx);
    return eachStep(ctx, (step, i) => {
        const out = [];
        for (const field of templateFields(step)) {
            const path = ['steps', i, ...field.path];
            const parsed = parseTemplate(field.value);
            if (!parsed.ok) {
                out.push(ctx.source.diag('template-syntax', 'error', parsed.error, path));
                continue;
            }
            for (const name of templateRefs(parsed.parts)) {
                if (vars.has(name))
                    continue;
                const owner = owners.get(name);
                if (owner !== undefined && owner < i)
                    continue;
                if (owner !== undefined) {
                    const ownerId = ctx.runbook.steps[owner]?.id ?? '';
                    const when = owner === i ? 'this same step' : `a later step '${ownerId}' (steps[${owner}])`;
                    out.push(ctx.source.diag('template-forward-ref', 'error', `'{{ .${name} }}' refers to the capture of ${when}; a template may only use meta.vars and captures of earlier steps`, path));
                    continue;
                }
                const known = [...vars, ...[...owners].filter(([, o]) => o < i).map(([n]) => n)];
                const hint = closest(name, known);
                const expected = known.length === 0
                    ? 'no vars or earlier captures are defined'
                    : `known names: ${known.join(', ')}`;
                out.push(ctx.source.diag('template-unknown-var', 'error', `'{{ .${name} }}' is neither in meta.vars nor captured by an earlier step${hint === undefined ? '' : ` (did you mean '${hint}'?)`}; ${expected}`, path));
            }
        }
        return out;
    });
}
const templateRules = [
    {
        id: 'template-syntax',
        severity: 'error',
        summary: "Templates use only '{{ .name }}' references; other text/template syntax is refused by name.",
        check: (ctx) => checkReferences(ctx).filter((d) => d.rule === 'template-syntax')
    },
    {
        id: 'template-unknown-var',
        severity: 'error',
        summary: 'Every {{ .name }} resolves to meta.vars or to a capture of an earlier step.',
        check: (ctx) => checkReferences(ctx).filter((d) => d.rule === 'template-unknown-var')
    },
    {
        id: 'template-forward-ref',
        severity: 'error',
        summary: 'No template refers to a capture of its own step or of a later step.',
        check: (ctx) => checkReferences(ctx).filter((d) => d.rule === 'template-forward-ref')
    },
    {
        id: 'argv0-template',
        severity: 'error',
        summary: 'argv[0] is a literal command, never a template.',
        check: (ctx) => eachStep(ctx, (step, i) => {
            const argv0 = step.with?.argv?.[0];
            return argv0 !== undefined && argv0.includes('{{')
                ? ctx.source.diag('argv0-template', 'error', `argv[0] must be a literal command name, got '${argv0}'; a template there could run any program`, ['steps', i, 'with', 'argv', 0])
                : undefined;
        })
    },
    {
        id: 'capture-name-conflict',
        severity: 'error',
        summary: 'A capture name differs from every meta.vars name.',
        check: (ctx) => {
            const vars = new Set(Object.keys(ctx.runbook.meta.vars ?? {}));
            const seen = new Map();
            return eachStep(ctx, (step, i) => Object.keys(step.capture ?? {}).flatMap((name) => {
                const path = ['steps', i, 'capture', name];
                if (vars.has(name)) {
                    return [
                        ctx.source.diag('capture-name-conflict', 'error', `capture '${name}' has the name of a meta.vars entry; rename one of them`, path, { key: true })
                    ];
                }
                seen.set(name, seen.get(name) ?? step.id);
                return [];
            }));
        }
    },
    {
        id: 'capture-name-reused',
        severity: 'warning',
        summary: 'A capture name is captured by one step only; when several capture it (as gert writes), the later value replaces the earlier.',
        check: (ctx) => {
            const seen = new Map();
            return eachStep(ctx, (step, i) => Object.keys(step.capture ?? {}).flatMap((name) => {
                const prev = seen.get(name);
                seen.set(name, prev ?? step.id);
                return prev === undefined
                    ? []
                    : [
                        ctx.source.diag('capture-name-reused', 'warning', `capture '${name}' is also captured by step '${prev}': from here on this step's value replaces it`, ['steps', i, 'capture', name], { key: true })
                    ];
            }));
        }
    }
];

;// CONCATENATED MODULE: ./src/runbook/rules/index.ts
// The registry of named domain rules, in the order they run.








const RULES = [
    ...stepRules,
    ...nulByteRules,
    ...templateRules,
    ...governanceRules,
    ...safetyRules,
    ...evidenceRules,
    ...conditionRules,
    ...flowRules
];

;// CONCATENATED MODULE: ./src/runbook/gert/tree.ts

const own = (text, path) => text === undefined ? undefined : { text, parts: [{ path, start: 0, length: text.length }] };
function both(a, b) {
    if (a === undefined)
        return b;
    if (b === undefined)
        return a;
    const shift = (g, by) => g.parts.map((p) => ({ ...p, start: p.start + by }));
    // `(a) && (b)`: a starts after one parenthesis, b after `(a) && (`.
    return {
        text: `(${a.text}) && (${b.text})`,
        parts: [...shift(a, 1), ...shift(b, a.text.length + 7)]
    };
}
/** Flattens a tree; a branch's condition guards each step below it. */
function flattenTree(tree) {
    const out = { steps: [], origins: [], guards: [] };
    const walk = (nodes, guard, at) => {
        nodes.forEach((node, k) => {
            const when = both(guard, own(node.step.when, [...at, k, 'step', 'when']));
            out.steps.push({ ...node.step, ...(when === undefined ? {} : { when: when.text }) });
            out.origins.push([...at, k, 'step']);
            out.guards.push(when?.parts ?? []);
            (node.branches ?? []).forEach((b, j) => walk(b.steps ?? [], both(guard, own(b.condition, [...at, k, 'branches', j, 'condition'])), [
                ...at,
                k,
                'branches',
                j,
                'steps'
            ]));
        });
    };
    walk(tree, undefined, ['tree']);
    return out;
}
/**
 * A source whose `steps[i]...` paths point into the tree the steps came from; a place inside a flat
 * `when` points into the branch `condition` (or the step's own `when`) that holds it, at the column
 * inside that condition.
 */
function treeSource(source, flat) {
    const map = (path) => {
        if (path[0] !== 'steps' || typeof path[1] !== 'number')
            return path;
        const origin = flat.origins[path[1]];
        return origin === undefined ? path : [...origin, ...path.slice(2)];
    };
    const partsOf = (path) => path.length === 3 && path[0] === 'steps' && typeof path[1] === 'number' && path[2] === 'when'
        ? (flat.guards[path[1]] ?? [])
        : [];
    return {
        ...source,
        locate: (path, opts) => source.locate(map(path), opts),
        diag: (rule, severity, message, path, opts) => {
            const inner = partsOf(path).at(-1);
            return source.diag(rule, severity, message, inner?.path ?? map(path), opts);
        },
        diagInside: (rule, severity, message, path, offset) => {
            const parts = partsOf(path);
            const part = parts.find((p) => offset >= p.start && offset <= p.start + p.length) ?? parts.at(-1);
            if (part === undefined)
                return source.diagInside(rule, severity, message, map(path), offset);
            const local = Math.min(Math.max(offset - part.start, 0), part.length);
            const text = message.replace(columnNote(offset), columnNote(local));
            return source.diagInside(rule, severity, text, part.path, local);
        }
    };
}
/** The document with its tree replaced by the flat steps (for `runbook convert`). */
function flatDocument(doc, flat) {
    const rest = { ...doc };
    delete rest.tree;
    return { ...rest, steps: flat.steps };
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/runbook/yaml-shape.ts
// Shapes of YAML that parse but cannot become a plain value: an alias inside the node it names (a
// cycle, which would turn into a circular object) and nesting deeper than any runbook needs (which
// would exhaust the call stack of every later recursive pass). Walked without recursion.

/** No runbook, scenario or evidence file nests anywhere near this deep. */
const MAX_YAML_DEPTH = 64;
/** The first cycle or too-deep nesting in the document, or undefined when there is none. */
function yamlShapeProblem(doc) {
    const stack = [{ node: doc.contents, depth: 0 }];
    while (stack.length > 0) {
        const { node, depth } = stack.pop();
        if ((0,dist/* isAlias */.Vj)(node)) {
            const target = node.resolve(doc);
            const inside = target?.range;
            const at = node.range?.[0] ?? 0;
            if (inside !== undefined && inside !== null && at >= inside[0] && at < inside[2])
                return {
                    offset: at,
                    message: `the alias *${node.source} refers to a node that contains it: a value cannot hold itself`
                };
        }
        else if ((0,dist/* isPair */.tO)(node)) {
            stack.push({ node: node.key, depth }, { node: node.value, depth });
        }
        else if ((0,dist/* isCollection */.P3)(node)) {
            if (depth >= MAX_YAML_DEPTH)
                return {
                    offset: node.range?.[0] ?? 0,
                    message: `nested more than ${MAX_YAML_DEPTH} levels deep: flatten the structure`
                };
            for (const item of node.items)
                stack.push({ node: item, depth: depth + 1 });
        }
    }
    return undefined;
}
/** The parser's own message when the nesting exhausted its call stack, in the same words. */
function tooDeepMessage(raw) {
    return /call stack/i.test(raw)
        ? `nested more than ${MAX_YAML_DEPTH} levels deep: flatten the structure`
        : undefined;
}

;// CONCATENATED MODULE: ./src/runbook/yaml-source.ts
// Parses YAML while keeping positions, so every later diagnostic can point at a line and column.



const YAML_RULES = { DUPLICATE_KEY: 'yaml-duplicate-key' };
/** Parses one YAML document. Syntax errors, duplicate keys and extra documents are diagnostics. */
function parseYamlSource(text, file) {
    const nul = text.indexOf('\u0000');
    if (nul !== -1) {
        // Binary content: say so, instead of echoing its bytes back as "a string".
        const line = text.slice(0, nul).split('\n').length;
        return {
            ok: false,
            diagnostics: [
                {
                    rule: 'file-unreadable',
                    severity: 'error',
                    message: `binary content (a NUL byte on line ${line}), expected a YAML text file`,
                    file,
                    line: 1,
                    col: 1,
                    path: ''
                }
            ]
        };
    }
    const lineCounter = new dist/* LineCounter */.HN();
    const docs = (0,dist/* parseAllDocuments */.hR)(text, {
        lineCounter,
        prettyErrors: false,
        uniqueKeys: true,
        // Merge keys (<<: *defaults), as Go's yaml.v3 reads them in the peers' files.
        merge: true
    });
    const at = (offset) => lineCounter.linePos(offset);
    const diagnostics = [];
    const list = Array.isArray(docs) ? docs : [];
    for (const doc of list) {
        for (const err of [...doc.errors, ...doc.warnings]) {
            const offset = err.message.startsWith('Missing closing')
                ? (unterminatedQuote(text) ?? err.pos[0])
                : err.pos[0];
            const pos = at(offset);
            const tooDeep = tooDeepMessage(err.message);
            const rule = tooDeep ? 'yaml-structure' : (YAML_RULES[err.code] ?? 'yaml-syntax');
            const message = rule === 'yaml-duplicate-key'
                ? 'duplicate key: a key may appear only once in a mapping'
                : tooDeep !== undefined
                    ? `invalid YAML: ${tooDeep}`
                    : yamlMessage(err.message);
            const dup = diagnostics.some((d) => d.line === pos.line && d.col === pos.col && d.message === message);
            if (!dup)
                diagnostics.push({
                    rule,
                    severity: 'error',
                    message,
                    file,
                    line: pos.line,
                    col: pos.col,
                    path: ''
                });
        }
    }
    if (list.length > 1) {
        const second = list[1];
        const pos = at(second.range?.[0] ?? 0);
        diagnostics.push({
            rule: 'yaml-multiple-documents',
            severity: 'error',
            message: `expected exactly one YAML document, found ${list.length} (remove the '---' separators)`,
            file,
            line: pos.line,
            col: pos.col,
            path: ''
        });
    }
    const doc = list[0];
    if (doc === undefined || doc.contents === null) {
        if (diagnostics.length === 0) {
            diagnostics.push({
                rule: 'yaml-empty',
                severity: 'error',
                message: 'the file holds no YAML document',
                file,
                line: 1,
                col: 1,
                path: ''
            });
        }
    }
    if (diagnostics.length > 0 || doc === undefined)
        return { ok: false, diagnostics };
    const shape = yamlShapeProblem(doc);
    if (shape !== undefined) {
        const pos = at(shape.offset);
        const message = `invalid YAML: ${shape.message}`;
        return {
            ok: false,
            diagnostics: [{ rule: 'yaml-structure', severity: 'error', message, file, ...pos, path: '' }]
        };
    }
    const value = toValue(doc);
    if (!value.ok) {
        const pos = at(value.offset);
        const message = `invalid YAML: aliases expand to more than ${MAX_ALIAS_COUNT} nodes; write the values out or use fewer aliases`;
        return {
            ok: false,
            diagnostics: [{ rule: 'yaml-syntax', severity: 'error', message, file, ...pos, path: '' }]
        };
    }
    const locate = (path, opts = {}) => {
        const offset = findOffset(doc, path, opts.key === true);
        return at(offset);
    };
    const source = {
        file,
        value: value.value,
        document: doc,
        locate,
        diag: (rule, severity, message, path, opts) => {
            const pos = locate(path, opts);
            return { rule, severity, message, file, line: pos.line, col: pos.col, path: formatPath(path) };
        },
        diagInside: (rule, severity, message, path, inner) => {
            const start = findOffset(doc, path, false);
            const quote = text[start] === '"' || text[start] === "'" ? 1 : 0;
            const lineEnd = text.indexOf('\n', start);
            // Block scalars and multi-line values: the value's start is the best place to point at.
            const oneLine = text[start] !== '|' &&
                text[start] !== '>' &&
                (lineEnd === -1 || start + quote + inner < lineEnd);
            const pos = at(oneLine ? start + quote + inner : start);
            return { rule, severity, message, file, line: pos.line, col: pos.col, path: formatPath(path) };
        }
    };
    return { ok: true, source };
}
/** How many nodes aliases may expand to: a guard against "billion laughs" documents. */
const MAX_ALIAS_COUNT = 100;
/** The document as plain values, or the offset of its first alias when aliases expand too far. */
function toValue(doc) {
    try {
        return { ok: true, value: doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) };
    }
    catch (err) {
        // yaml throws a ReferenceError (possibly from another realm, so no instanceof) for too many.
        if (!/alias count/i.test(String(err?.message)))
            throw err;
        let offset = 0;
        (0,dist/* visit */.YR)(doc, {
            Alias: (_, node) => {
                offset = node.range?.[0] ?? 0;
                return dist/* visit */.YR.BREAK;
            }
        });
        return { ok: false, offset };
    }
}
/** Offset of the opening quote of an unterminated quoted scalar (the parser reports the file end). */
function unterminatedQuote(text) {
    let offset = 0;
    for (const token of new dist/* Lexer */.JG().lex(text)) {
        // The lexer interleaves one-character control tokens that are not part of the source.
        if (token.length === 1 && token < ' ' && token !== '\n' && token !== '\t' && token !== '\r')
            continue;
        if (token.startsWith('"') && !/^"(?:[^"\\]|\\[\s\S])*"\s*$/.test(token))
            return offset;
        if (token.startsWith("'") && !/^'(?:[^']|'')*'\s*$/.test(token))
            return offset;
        offset += token.length;
    }
    return undefined;
}
function yamlMessage(raw) {
    const first = raw.split('\n')[0] ?? raw;
    return `invalid YAML: ${first.replace(/ at line \d+, column \d+:?$/, '')}`;
}
/** Walks the node tree along `path`; returns the offset of the deepest node reached. */
function findOffset(doc, path, wantKey) {
    let node = doc.contents;
    let offset = rangeStart(node) ?? 0;
    for (let i = 0; i < path.length; i++) {
        const seg = path[i];
        const last = i === path.length - 1;
        if ((0,dist/* isMap */.jh)(node)) {
            const pair = node.items.find((p) => (0,dist/* isPair */.tO)(p) && (0,dist/* isScalar */.jn)(p.key) && String(p.key.value) === String(seg));
            if (pair === undefined)
                return offset;
            if (last && wantKey)
                return rangeStart(pair.key) ?? offset;
            node = pair.value;
            offset = rangeStart(node) ?? rangeStart(pair.key) ?? offset;
        }
        else if ((0,dist/* isSeq */.oP)(node) && typeof seg === 'number') {
            const item = node.items[seg];
            if (item === undefined)
                return offset;
            node = item;
            offset = rangeStart(node) ?? offset;
        }
        else {
            return offset;
        }
    }
    return offset;
}
function rangeStart(node) {
    if (node !== null && typeof node === 'object' && 'range' in node) {
        const range = node.range;
        if (Array.isArray(range))
            return range[0];
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/runbook/validate.ts






/** gert's inputs are vars with a description: each becomes a var (its default, else empty). */
function withInputs(runbook) {
    const inputs = runbook.meta.inputs;
    if (inputs === undefined)
        return runbook;
    const vars = { ...runbook.meta.vars };
    for (const [name, input] of Object.entries(inputs))
        vars[name] ??= input?.default ?? '';
    return { ...runbook, meta: { ...runbook.meta, vars } };
}
/** Exactly one of `steps` and gert's `tree`. */
function stepsOrTree(doc, source) {
    if ((doc.steps === undefined) !== (doc.tree === undefined))
        return undefined;
    return doc.steps === undefined
        ? source.diag('schema-required', 'error', "missing required field 'steps' (or gert's 'tree')", [])
        : source.diag('schema-unknown-field', 'error', "a runbook has either 'steps' or gert's 'tree', not both", ['tree'], { key: true });
}
/** Validates runbook text; `file` is the name used in diagnostics. */
function validateRunbookText(text, file) {
    const parsed = parseYamlSource(text.replace(/^\uFEFF/, ''), file);
    if (!parsed.ok)
        return { file, diagnostics: sortDiagnostics(parsed.diagnostics) };
    return validateRunbookSource(parsed.source);
}
/**
 * The schema and rule phases over a parsed source (its `value` must be what the YAML reads as):
 * for a writer that holds the value it just serialised and can locate lazily.
 */
function validateRunbookSource(source) {
    const file = source.file;
    const schemaErrors = checkSchema(source);
    if (schemaErrors.length > 0)
        return { file, source, diagnostics: sortDiagnostics(schemaErrors) };
    const doc = normalizeRunbook(source.value);
    const shape = stepsOrTree(doc, source);
    if (shape !== undefined)
        return { file, source, diagnostics: [shape] };
    let runbook = doc;
    let located = source;
    if (doc.tree !== undefined) {
        const flat = flattenTree(doc.tree);
        runbook = flatDocument(doc, flat);
        located = treeSource(source, flat);
    }
    runbook = withInputs(runbook);
    const ctx = { runbook, source: located };
    const diagnostics = sortDiagnostics(RULES.flatMap((rule) => rule.check(ctx)));
    const failed = diagnostics.some((d) => d.severity === 'error');
    return failed ? { file, source, diagnostics } : { file, source, runbook, diagnostics };
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/runbook/source-hash.ts
// meta.source: the digest that ties a compiled runbook to the TSG it came from. It is taken over the
// source's text (decoded as UTF-8, a byte-order mark excluded), so the compiler, which only sees the
// text, and `runbook validate`, which reads the file, compute the same value.

/** `sha256:<hex>` of a TSG's text. */
function sourceHash(text) {
    const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
    return `sha256:${(0,external_node_crypto_.createHash)('sha256').update(body, 'utf8').digest('hex')}`;
}
/** Whether `recorded` (`sha256:<hex>`, or plain hex as gert may write it) names `text`'s digest. */
function sourceMatches(recorded, text) {
    const want = recorded.startsWith('sha256:') ? recorded : `sha256:${recorded}`;
    return want.toLowerCase() === sourceHash(text);
}
/** The runbook with meta.source set, placed after meta.description (else after name: gert's order). */
function withSource(runbook, file, text) {
    const source = { file, source_hash: sourceHash(text) };
    const after = runbook.meta.description === undefined ? 'name' : 'description';
    const meta = {};
    for (const [key, value] of Object.entries(runbook.meta)) {
        if (key === 'source')
            continue;
        meta[key] = value;
        if (key === after)
            meta.source = source;
    }
    return { ...runbook, meta: meta };
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/runbook/fs-reason.ts
var fs_reason = __webpack_require__(3174);
;// CONCATENATED MODULE: ./src/runbook/source-check.ts
// Staleness: a compiled runbook names its TSG and the TSG's digest in meta.source; when the TSG has
// changed since, the runbook no longer says what the guide says. A warning, located at the digest.




/** Pure: the staleness finding for a validated runbook, given its source's text. */
function sourceDiagnostics(result, source) {
    const meta = result.runbook?.meta.source;
    if (meta?.source_hash === undefined || result.source === undefined)
        return [];
    const where = ['meta', 'source', 'source_hash'];
    if ('error' in source)
        return [
            result.source.diag('source-unreadable', 'warning', `cannot check whether the runbook is stale: its source '${meta.file}' (meta.source.file, relative to the runbook) ${source.error}`, ['meta', 'source', 'file'])
        ];
    if (sourceMatches(meta.source_hash, source.text))
        return [];
    return [
        result.source.diag('source-stale', 'warning', `the runbook is stale: its source '${meta.file}' changed since it was compiled (expected ${meta.source_hash}); compile it again with \`runbook compile ${meta.file} -o <this file>\` and review the difference`, where)
    ];
}
/** Reads the source named by meta.source.file (relative to the runbook) and checks it. */
async function checkSourceFile(result, 
/** What a relative `result.file` is relative to (a face's working directory). */
cwd) {
    const meta = result.runbook?.meta.source;
    if (meta?.source_hash === undefined)
        return [];
    const file = cwd === undefined ? result.file : (0,external_node_path_.resolve)(cwd, result.file);
    let source;
    try {
        source = { text: await (0,promises_.readFile)((0,external_node_path_.resolve)((0,external_node_path_.dirname)(file), meta.file), 'utf8') };
    }
    catch (err) {
        source = { error: (0,fs_reason/* fsErrorReason */.W)(err, { ENOENT: 'does not exist' }) };
    }
    return sourceDiagnostics(result, source);
}

;// CONCATENATED MODULE: ./src/runbook/load.ts
// Reading a runbook from disk: a thin wrapper around validateRunbookText that turns file-system
// failures into located diagnostics and records the digest the engine pins a run to.





/** Reads and validates a runbook file. Never throws for a missing or unreadable file. */
async function loadRunbookFile(path, cwd) {
    let bytes;
    try {
        // A relative path is the caller's (a face's working directory), reported as given.
        bytes = await (0,promises_.readFile)(cwd === undefined ? path : (0,external_node_path_.resolve)(cwd, path));
    }
    catch (err) {
        return { file: path, diagnostics: [fileDiagnostic(path, err)] };
    }
    const digest = `sha256:${(0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex')}`;
    return { ...validateRunbookText(bytes.toString('utf8'), path), digest };
}
/** A diagnostic for a file that could not be read. */
function fileDiagnostic(path, err) {
    const reason = (0,fs_reason/* fsErrorReason */.W)(err, { ENOENT: 'no such file', EISDIR: 'is a directory, expected a YAML file' }, fs_reason/* cannotBeRead */.x);
    return {
        rule: 'file-unreadable',
        severity: 'error',
        message: reason,
        file: path,
        line: 1,
        col: 1,
        path: ''
    };
}

;// CONCATENATED MODULE: ./src/runbook/approver.ts
// Who an approver is, for counting distinct approvers: one person never counts twice because of
// spacing or case (' Alice' and 'alice' are one approver).
/** The identity of an approver name: trimmed, NFKC-normalised, lower case. */
function approverKey(name) {
    return name.trim().normalize('NFKC').toLowerCase();
}

;// CONCATENATED MODULE: ./schema/evidence.v0.schema.json
const evidence_v0_schema_namespaceObject = {};
;// CONCATENATED MODULE: ./src/runbook/evidence-validator.generated.ts
/* Generated from schema/evidence.v0.schema.json by scripts/gen-validators.mjs. Do not edit: run `npm run gen`. */
// @ts-nocheck

const evidence_validator_generated_validate = evidence_validator_generated_validate52;
/* harmony default export */ const evidence_validator_generated = ((/* unused pure expression or super */ null && (evidence_validator_generated_validate52)));
const evidence_validator_generated_schema19 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://raw.githubusercontent.com/governed-runbook/governed-runbook/main/schema/evidence.v0.schema.json", "title": "runbook evidence file", "description": "Evidence and approvals for manual steps, given to `runbook resume --evidence-file` or used by replay (`SCENARIO.evidence.yaml`). Shape: step_id -> name -> item.", "type": "object", "examples": [{ "review": { "ticket": { "kind": "text", "value": "INC-1234" }, "alice": { "kind": "approval", "role": "DRI" } } }], "propertyNames": { "pattern": "^[a-z0-9][a-z0-9_-]*$" }, "additionalProperties": { "type": "object", "description": "The items for one manual step, by evidence name (or, for an approval, by approver name).", "examples": [{ "ticket": { "kind": "text", "value": "INC-1234" } }], "propertyNames": { "pattern": "^[A-Za-z_][A-Za-z0-9_.@-]*$" }, "additionalProperties": { "$ref": "#/$defs/item" } }, "$defs": { "item": { "type": "object", "description": "One piece of evidence or one approval.", "examples": [{ "kind": "checklist", "items": ["Checked error_rate < 1%"] }], "required": ["kind"], "additionalProperties": false, "properties": { "kind": { "enum": ["text", "checklist", "attachment", "choice", "approval"], "description": "text: value; checklist: items ticked; attachment: path of a file; choice: value, one of the options; approval: the entry's name is the approver.", "examples": ["text"] }, "value": { "type": "string", "description": "The text (kind text), or the option chosen (kind choice).", "examples": ["INC-1234"] }, "items": { "description": "The checklist items ticked (kind checklist): a list, or gert's map of item -> true/false (false: not ticked).", "examples": [["Checked error_rate < 1%"], { "Checked error_rate < 1%": true }], "anyOf": [{ "type": "array", "minItems": 1, "items": { "type": "string", "minLength": 1, "description": "An item ticked.", "examples": ["Checked error_rate < 1%"] }, "description": "The items ticked.", "examples": [["Checked error_rate < 1%"]] }, { "type": "object", "minProperties": 1, "additionalProperties": { "type": "boolean", "description": "Ticked or not.", "examples": [true] }, "description": "gert's form: item -> ticked.", "examples": [{ "Checked error_rate < 1%": true }] }] }, "path": { "type": "string", "minLength": 1, "description": "File to attach (kind attachment), relative to this file's directory.", "examples": ["screenshots/dashboard.png"] }, "role": { "type": "string", "minLength": 1, "description": "The approver's role (kind approval).", "examples": ["DRI"] } }, "allOf": [{ "if": { "properties": { "kind": { "const": "text" } } }, "then": { "required": ["value"], "properties": { "items": false, "path": false, "role": false, "value": true } } }, { "if": { "properties": { "kind": { "const": "checklist" } } }, "then": { "required": ["items"], "properties": { "value": false, "path": false, "role": false, "items": true } } }, { "if": { "properties": { "kind": { "const": "attachment" } } }, "then": { "required": ["path"], "properties": { "value": false, "items": false, "role": false, "path": true } } }, { "if": { "properties": { "kind": { "const": "approval" } } }, "then": { "properties": { "value": false, "items": false, "path": false } } }, { "if": { "properties": { "kind": { "const": "choice" } } }, "then": { "required": ["value"], "properties": { "items": false, "path": false, "role": false, "value": true } } }] } } };
const evidence_validator_generated_pattern3 = new RegExp("^[a-z0-9][a-z0-9_-]*$", "u");
const evidence_validator_generated_pattern4 = new RegExp("^[A-Za-z_][A-Za-z0-9_.@-]*$", "u");
const evidence_validator_generated_schema20 = { "type": "object", "description": "One piece of evidence or one approval.", "examples": [{ "kind": "checklist", "items": ["Checked error_rate < 1%"] }], "required": ["kind"], "additionalProperties": false, "properties": { "kind": { "enum": ["text", "checklist", "attachment", "choice", "approval"], "description": "text: value; checklist: items ticked; attachment: path of a file; choice: value, one of the options; approval: the entry's name is the approver.", "examples": ["text"] }, "value": { "type": "string", "description": "The text (kind text), or the option chosen (kind choice).", "examples": ["INC-1234"] }, "items": { "description": "The checklist items ticked (kind checklist): a list, or gert's map of item -> true/false (false: not ticked).", "examples": [["Checked error_rate < 1%"], { "Checked error_rate < 1%": true }], "anyOf": [{ "type": "array", "minItems": 1, "items": { "type": "string", "minLength": 1, "description": "An item ticked.", "examples": ["Checked error_rate < 1%"] }, "description": "The items ticked.", "examples": [["Checked error_rate < 1%"]] }, { "type": "object", "minProperties": 1, "additionalProperties": { "type": "boolean", "description": "Ticked or not.", "examples": [true] }, "description": "gert's form: item -> ticked.", "examples": [{ "Checked error_rate < 1%": true }] }] }, "path": { "type": "string", "minLength": 1, "description": "File to attach (kind attachment), relative to this file's directory.", "examples": ["screenshots/dashboard.png"] }, "role": { "type": "string", "minLength": 1, "description": "The approver's role (kind approval).", "examples": ["DRI"] } }, "allOf": [{ "if": { "properties": { "kind": { "const": "text" } } }, "then": { "required": ["value"], "properties": { "items": false, "path": false, "role": false, "value": true } } }, { "if": { "properties": { "kind": { "const": "checklist" } } }, "then": { "required": ["items"], "properties": { "value": false, "path": false, "role": false, "items": true } } }, { "if": { "properties": { "kind": { "const": "attachment" } } }, "then": { "required": ["path"], "properties": { "value": false, "items": false, "role": false, "path": true } } }, { "if": { "properties": { "kind": { "const": "approval" } } }, "then": { "properties": { "value": false, "items": false, "path": false } } }, { "if": { "properties": { "kind": { "const": "choice" } } }, "then": { "required": ["value"], "properties": { "items": false, "path": false, "role": false, "value": true } } }] };
const evidence_validator_generated_func1 = schema_runtime/* ucs2length */.K;
function evidence_validator_generated_validate53(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
    let vErrors = null;
    let errors = 0;
    const evaluated0 = evidence_validator_generated_validate53.evaluated;
    if (evaluated0.dynamicProps) {
        evaluated0.props = undefined;
    }
    if (evaluated0.dynamicItems) {
        evaluated0.items = undefined;
    }
    const _errs2 = errors;
    let valid1 = true;
    const _errs3 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.kind !== undefined) {
            if ("text" !== data.kind) {
                const err0 = {};
                if (vErrors === null) {
                    vErrors = [err0];
                }
                else {
                    vErrors.push(err0);
                }
                errors++;
            }
        }
    }
    var _valid0 = _errs3 === errors;
    errors = _errs2;
    if (vErrors !== null) {
        if (_errs2) {
            vErrors.length = _errs2;
        }
        else {
            vErrors = null;
        }
    }
    if (_valid0) {
        const _errs5 = errors;
        if (data && typeof data == "object" && !Array.isArray(data)) {
            if (data.value === undefined) {
                const err1 = { instancePath, schemaPath: "#/allOf/0/then/required", keyword: "required", params: { missingProperty: "value" }, message: "must have required property '" + "value" + "'", schema: evidence_validator_generated_schema20.allOf[0].then.required, parentSchema: evidence_validator_generated_schema20.allOf[0].then, data };
                if (vErrors === null) {
                    vErrors = [err1];
                }
                else {
                    vErrors.push(err1);
                }
                errors++;
            }
            if (data.items !== undefined) {
                const err2 = { instancePath: instancePath + "/items", schemaPath: "#/allOf/0/then/properties/items/false schema", keyword: "false schema", params: {}, message: "boolean schema is false", schema: false, parentSchema: evidence_validator_generated_schema20.allOf[0].then.properties.items, data: data.items };
                if (vErrors === null) {
                    vErrors = [err2];
                }
                else {
                    vErrors.push(err2);
                }
                errors++;
            }
            if (data.path !== undefined) {
                const err3 = { instancePath: instancePath + "/path", schemaPath: "#/allOf/0/then/properties/path/false schema", keyword: "false schema", params: {}, message: "boolean schema is false", schema: false, parentSchema: evidence_validator_generated_schema20.allOf[0].then.properties.path, data: data.path };
                if (vErrors === null) {
                    vErrors = [err3];
                }
                else {
                    vErrors.push(err3);
                }
                errors++;
            }
            if (data.role !== undefined) {
                const err4 = { instancePath: instancePath + "/role", schemaPath: "#/allOf/0/then/properties/role/false schema", keyword: "false schema", params: {}, message: "boolean schema is false", schema: false, parentSchema: evidence_validator_generated_schema20.allOf[0].then.properties.role, data: data.role };
                if (vErrors === null) {
                    vErrors = [err4];
                }
                else {
                    vErrors.push(err4);
                }
                errors++;
            }
        }
        var _valid0 = _errs5 === errors;
        valid1 = _valid0;
        if (valid1) {
            var props0 = {};
            props0.items = true;
            props0.path = true;
            props0.role = true;
            props0.value = true;
            props0.kind = true;
        }
    }
    if (!valid1) {
        const err5 = { instancePath, schemaPath: "#/allOf/0/if", keyword: "if", params: { failingKeyword: "then" }, message: "must match \"then\" schema", schema: evidence_validator_generated_schema20.allOf[0].if, parentSchema: evidence_validator_generated_schema20.allOf[0], data };
        if (vErrors === null) {
            vErrors = [err5];
        }
        else {
            vErrors.push(err5);
        }
        errors++;
    }
    const _errs7 = errors;
    let valid4 = true;
    const _errs8 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.kind !== undefined) {
            if ("checklist" !== data.kind) {
                const err6 = {};
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
    var _valid1 = _errs8 === errors;
    errors = _errs7;
    if (vErrors !== null) {
        if (_errs7) {
            vErrors.length = _errs7;
        }
        else {
            vErrors = null;
        }
    }
    if (_valid1) {
        const _errs10 = errors;
        if (data && typeof data == "object" && !Array.isArray(data)) {
            if (data.items === undefined) {
                const err7 = { instancePath, schemaPath: "#/allOf/1/then/required", keyword: "required", params: { missingProperty: "items" }, message: "must have required property '" + "items" + "'", schema: evidence_validator_generated_schema20.allOf[1].then.required, parentSchema: evidence_validator_generated_schema20.allOf[1].then, data };
                if (vErrors === null) {
                    vErrors = [err7];
                }
                else {
                    vErrors.push(err7);
                }
                errors++;
            }
            if (data.value !== undefined) {
                const err8 = { instancePath: instancePath + "/value", schemaPath: "#/allOf/1/then/properties/value/false schema", keyword: "false schema", params: {}, message: "boolean schema is false", schema: false, parentSchema: evidence_validator_generated_schema20.allOf[1].then.properties.value, data: data.value };
                if (vErrors === null) {
                    vErrors = [err8];
                }
                else {
                    vErrors.push(err8);
                }
                errors++;
            }
            if (data.path !== undefined) {
                const err9 = { instancePath: instancePath + "/path", schemaPath: "#/allOf/1/then/properties/path/false schema", keyword: "false schema", params: {}, message: "boolean schema is false", schema: false, parentSchema: evidence_validator_generated_schema20.allOf[1].then.properties.path, data: data.path };
                if (vErrors === null) {
                    vErrors = [err9];
                }
                else {
                    vErrors.push(err9);
                }
                errors++;
            }
            if (data.role !== undefined) {
                const err10 = { instancePath: instancePath + "/role", schemaPath: "#/allOf/1/then/properties/role/false schema", keyword: "false schema", params: {}, message: "boolean schema is false", schema: false, parentSchema: evidence_validator_generated_schema20.allOf[1].then.properties.role, data: data.role };
                if (vErrors === null) {
                    vErrors = [err10];
                }
                else {
                    vErrors.push(err10);
                }
                errors++;
            }
        }
        var _valid1 = _errs10 === errors;
        valid4 = _valid1;
        if (valid4) {
            var props1 = {};
            props1.value = true;
            props1.path = true;
            props1.role = true;
            props1.items = true;
            props1.kind = true;
        }
    }
    if (!valid4) {
        const err11 = { instancePath, schemaPath: "#/allOf/1/if", keyword: "if", params: { failingKeyword: "then" }, message: "must match \"then\" schema", schema: evidence_validator_generated_schema20.allOf[1].if, parentSchema: evidence_validator_generated_schema20.allOf[1], data };
        if (vErrors === null) {
            vErrors = [err11];
        }
        else {
            vErrors.push(err11);
        }
        errors++;
    }
    if (props0 !== true && props1 !== undefined) {
        if (props1 === true) {
            props0 = true;
        }
        else {
            props0 = props0 || {};
            Object.assign(props0, props1);
        }
    }
    const _errs12 = errors;
    let valid7 = true;
    const _errs13 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.kind !== undefined) {
            if ("attachment" !== data.kind) {
                const err12 = {};
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
    var _valid2 = _errs13 === errors;
    errors = _errs12;
    if (vErrors !== null) {
        if (_errs12) {
            vErrors.length = _errs12;
        }
        else {
            vErrors = null;
        }
    }
    if (_valid2) {
        const _errs15 = errors;
        if (data && typeof data == "object" && !Array.isArray(data)) {
            if (data.path === undefined) {
                const err13 = { instancePath, schemaPath: "#/allOf/2/then/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property '" + "path" + "'", schema: evidence_validator_generated_schema20.allOf[2].then.required, parentSchema: evidence_validator_generated_schema20.allOf[2].then, data };
                if (vErrors === null) {
                    vErrors = [err13];
                }
                else {
                    vErrors.push(err13);
                }
                errors++;
            }
            if (data.value !== undefined) {
                const err14 = { instancePath: instancePath + "/value", schemaPath: "#/allOf/2/then/properties/value/false schema", keyword: "false schema", params: {}, message: "boolean schema is false", schema: false, parentSchema: evidence_validator_generated_schema20.allOf[2].then.properties.value, data: data.value };
                if (vErrors === null) {
                    vErrors = [err14];
                }
                else {
                    vErrors.push(err14);
                }
                errors++;
            }
            if (data.items !== undefined) {
                const err15 = { instancePath: instancePath + "/items", schemaPath: "#/allOf/2/then/properties/items/false schema", keyword: "false schema", params: {}, message: "boolean schema is false", schema: false, parentSchema: evidence_validator_generated_schema20.allOf[2].then.properties.items, data: data.items };
                if (vErrors === null) {
                    vErrors = [err15];
                }
                else {
                    vErrors.push(err15);
                }
                errors++;
            }
            if (data.role !== undefined) {
                const err16 = { instancePath: instancePath + "/role", schemaPath: "#/allOf/2/then/properties/role/false schema", keyword: "false schema", params: {}, message: "boolean schema is false", schema: false, parentSchema: evidence_validator_generated_schema20.allOf[2].then.properties.role, data: data.role };
                if (vErrors === null) {
                    vErrors = [err16];
                }
                else {
                    vErrors.push(err16);
                }
                errors++;
            }
        }
        var _valid2 = _errs15 === errors;
        valid7 = _valid2;
        if (valid7) {
            var props2 = {};
            props2.value = true;
            props2.items = true;
            props2.role = true;
            props2.path = true;
            props2.kind = true;
        }
    }
    if (!valid7) {
        const err17 = { instancePath, schemaPath: "#/allOf/2/if", keyword: "if", params: { failingKeyword: "then" }, message: "must match \"then\" schema", schema: evidence_validator_generated_schema20.allOf[2].if, parentSchema: evidence_validator_generated_schema20.allOf[2], data };
        if (vErrors === null) {
            vErrors = [err17];
        }
        else {
            vErrors.push(err17);
        }
        errors++;
    }
    if (props0 !== true && props2 !== undefined) {
        if (props2 === true) {
            props0 = true;
        }
        else {
            props0 = props0 || {};
            Object.assign(props0, props2);
        }
    }
    const _errs17 = errors;
    let valid10 = true;
    const _errs18 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.kind !== undefined) {
            if ("approval" !== data.kind) {
                const err18 = {};
                if (vErrors === null) {
                    vErrors = [err18];
                }
                else {
                    vErrors.push(err18);
                }
                errors++;
            }
        }
    }
    var _valid3 = _errs18 === errors;
    errors = _errs17;
    if (vErrors !== null) {
        if (_errs17) {
            vErrors.length = _errs17;
        }
        else {
            vErrors = null;
        }
    }
    if (_valid3) {
        const _errs20 = errors;
        if (data && typeof data == "object" && !Array.isArray(data)) {
            if (data.value !== undefined) {
                const err19 = { instancePath: instancePath + "/value", schemaPath: "#/allOf/3/then/properties/value/false schema", keyword: "false schema", params: {}, message: "boolean schema is false", schema: false, parentSchema: evidence_validator_generated_schema20.allOf[3].then.properties.value, data: data.value };
                if (vErrors === null) {
                    vErrors = [err19];
                }
                else {
                    vErrors.push(err19);
                }
                errors++;
            }
            if (data.items !== undefined) {
                const err20 = { instancePath: instancePath + "/items", schemaPath: "#/allOf/3/then/properties/items/false schema", keyword: "false schema", params: {}, message: "boolean schema is false", schema: false, parentSchema: evidence_validator_generated_schema20.allOf[3].then.properties.items, data: data.items };
                if (vErrors === null) {
                    vErrors = [err20];
                }
                else {
                    vErrors.push(err20);
                }
                errors++;
            }
            if (data.path !== undefined) {
                const err21 = { instancePath: instancePath + "/path", schemaPath: "#/allOf/3/then/properties/path/false schema", keyword: "false schema", params: {}, message: "boolean schema is false", schema: false, parentSchema: evidence_validator_generated_schema20.allOf[3].then.properties.path, data: data.path };
                if (vErrors === null) {
                    vErrors = [err21];
                }
                else {
                    vErrors.push(err21);
                }
                errors++;
            }
        }
        var _valid3 = _errs20 === errors;
        valid10 = _valid3;
        if (valid10) {
            var props3 = {};
            props3.value = true;
            props3.items = true;
            props3.path = true;
            props3.kind = true;
        }
    }
    if (!valid10) {
        const err22 = { instancePath, schemaPath: "#/allOf/3/if", keyword: "if", params: { failingKeyword: "then" }, message: "must match \"then\" schema", schema: evidence_validator_generated_schema20.allOf[3].if, parentSchema: evidence_validator_generated_schema20.allOf[3], data };
        if (vErrors === null) {
            vErrors = [err22];
        }
        else {
            vErrors.push(err22);
        }
        errors++;
    }
    if (props0 !== true && props3 !== undefined) {
        if (props3 === true) {
            props0 = true;
        }
        else {
            props0 = props0 || {};
            Object.assign(props0, props3);
        }
    }
    const _errs22 = errors;
    let valid13 = true;
    const _errs23 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.kind !== undefined) {
            if ("choice" !== data.kind) {
                const err23 = {};
                if (vErrors === null) {
                    vErrors = [err23];
                }
                else {
                    vErrors.push(err23);
                }
                errors++;
            }
        }
    }
    var _valid4 = _errs23 === errors;
    errors = _errs22;
    if (vErrors !== null) {
        if (_errs22) {
            vErrors.length = _errs22;
        }
        else {
            vErrors = null;
        }
    }
    if (_valid4) {
        const _errs25 = errors;
        if (data && typeof data == "object" && !Array.isArray(data)) {
            if (data.value === undefined) {
                const err24 = { instancePath, schemaPath: "#/allOf/4/then/required", keyword: "required", params: { missingProperty: "value" }, message: "must have required property '" + "value" + "'", schema: evidence_validator_generated_schema20.allOf[4].then.required, parentSchema: evidence_validator_generated_schema20.allOf[4].then, data };
                if (vErrors === null) {
                    vErrors = [err24];
                }
                else {
                    vErrors.push(err24);
                }
                errors++;
            }
            if (data.items !== undefined) {
                const err25 = { instancePath: instancePath + "/items", schemaPath: "#/allOf/4/then/properties/items/false schema", keyword: "false schema", params: {}, message: "boolean schema is false", schema: false, parentSchema: evidence_validator_generated_schema20.allOf[4].then.properties.items, data: data.items };
                if (vErrors === null) {
                    vErrors = [err25];
                }
                else {
                    vErrors.push(err25);
                }
                errors++;
            }
            if (data.path !== undefined) {
                const err26 = { instancePath: instancePath + "/path", schemaPath: "#/allOf/4/then/properties/path/false schema", keyword: "false schema", params: {}, message: "boolean schema is false", schema: false, parentSchema: evidence_validator_generated_schema20.allOf[4].then.properties.path, data: data.path };
                if (vErrors === null) {
                    vErrors = [err26];
                }
                else {
                    vErrors.push(err26);
                }
                errors++;
            }
            if (data.role !== undefined) {
                const err27 = { instancePath: instancePath + "/role", schemaPath: "#/allOf/4/then/properties/role/false schema", keyword: "false schema", params: {}, message: "boolean schema is false", schema: false, parentSchema: evidence_validator_generated_schema20.allOf[4].then.properties.role, data: data.role };
                if (vErrors === null) {
                    vErrors = [err27];
                }
                else {
                    vErrors.push(err27);
                }
                errors++;
            }
        }
        var _valid4 = _errs25 === errors;
        valid13 = _valid4;
        if (valid13) {
            var props4 = {};
            props4.items = true;
            props4.path = true;
            props4.role = true;
            props4.value = true;
            props4.kind = true;
        }
    }
    if (!valid13) {
        const err28 = { instancePath, schemaPath: "#/allOf/4/if", keyword: "if", params: { failingKeyword: "then" }, message: "must match \"then\" schema", schema: evidence_validator_generated_schema20.allOf[4].if, parentSchema: evidence_validator_generated_schema20.allOf[4], data };
        if (vErrors === null) {
            vErrors = [err28];
        }
        else {
            vErrors.push(err28);
        }
        errors++;
    }
    if (props0 !== true && props4 !== undefined) {
        if (props4 === true) {
            props0 = true;
        }
        else {
            props0 = props0 || {};
            Object.assign(props0, props4);
        }
    }
    if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.kind === undefined) {
            const err29 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property '" + "kind" + "'", schema: evidence_validator_generated_schema20.required, parentSchema: evidence_validator_generated_schema20, data };
            if (vErrors === null) {
                vErrors = [err29];
            }
            else {
                vErrors.push(err29);
            }
            errors++;
        }
        for (const key0 in data) {
            if (!(((((key0 === "kind") || (key0 === "value")) || (key0 === "items")) || (key0 === "path")) || (key0 === "role"))) {
                const err30 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: evidence_validator_generated_schema20, data };
                if (vErrors === null) {
                    vErrors = [err30];
                }
                else {
                    vErrors.push(err30);
                }
                errors++;
            }
        }
        if (data.kind !== undefined) {
            let data20 = data.kind;
            if (!(((((data20 === "text") || (data20 === "checklist")) || (data20 === "attachment")) || (data20 === "choice")) || (data20 === "approval"))) {
                const err31 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/enum", keyword: "enum", params: { allowedValues: evidence_validator_generated_schema20.properties.kind.enum }, message: "must be equal to one of the allowed values", schema: evidence_validator_generated_schema20.properties.kind.enum, parentSchema: evidence_validator_generated_schema20.properties.kind, data: data20 };
                if (vErrors === null) {
                    vErrors = [err31];
                }
                else {
                    vErrors.push(err31);
                }
                errors++;
            }
        }
        if (data.value !== undefined) {
            let data21 = data.value;
            if (typeof data21 !== "string") {
                const err32 = { instancePath: instancePath + "/value", schemaPath: "#/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: evidence_validator_generated_schema20.properties.value.type, parentSchema: evidence_validator_generated_schema20.properties.value, data: data21 };
                if (vErrors === null) {
                    vErrors = [err32];
                }
                else {
                    vErrors.push(err32);
                }
                errors++;
            }
        }
        if (data.items !== undefined) {
            let data22 = data.items;
            const _errs31 = errors;
            let valid17 = false;
            const _errs32 = errors;
            if (Array.isArray(data22)) {
                if (data22.length < 1) {
                    const err33 = { instancePath: instancePath + "/items", schemaPath: "#/properties/items/anyOf/0/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: evidence_validator_generated_schema20.properties.items.anyOf[0], data: data22 };
                    if (vErrors === null) {
                        vErrors = [err33];
                    }
                    else {
                        vErrors.push(err33);
                    }
                    errors++;
                }
                const len0 = data22.length;
                for (let i0 = 0; i0 < len0; i0++) {
                    let data23 = data22[i0];
                    if (typeof data23 === "string") {
                        if (evidence_validator_generated_func1(data23) < 1) {
                            const err34 = { instancePath: instancePath + "/items/" + i0, schemaPath: "#/properties/items/anyOf/0/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: evidence_validator_generated_schema20.properties.items.anyOf[0].items, data: data23 };
                            if (vErrors === null) {
                                vErrors = [err34];
                            }
                            else {
                                vErrors.push(err34);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err35 = { instancePath: instancePath + "/items/" + i0, schemaPath: "#/properties/items/anyOf/0/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: evidence_validator_generated_schema20.properties.items.anyOf[0].items.type, parentSchema: evidence_validator_generated_schema20.properties.items.anyOf[0].items, data: data23 };
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
                const err36 = { instancePath: instancePath + "/items", schemaPath: "#/properties/items/anyOf/0/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: evidence_validator_generated_schema20.properties.items.anyOf[0].type, parentSchema: evidence_validator_generated_schema20.properties.items.anyOf[0], data: data22 };
                if (vErrors === null) {
                    vErrors = [err36];
                }
                else {
                    vErrors.push(err36);
                }
                errors++;
            }
            var _valid5 = _errs32 === errors;
            valid17 = valid17 || _valid5;
            const _errs36 = errors;
            if (data22 && typeof data22 == "object" && !Array.isArray(data22)) {
                if (Object.keys(data22).length < 1) {
                    const err37 = { instancePath: instancePath + "/items", schemaPath: "#/properties/items/anyOf/1/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: evidence_validator_generated_schema20.properties.items.anyOf[1], data: data22 };
                    if (vErrors === null) {
                        vErrors = [err37];
                    }
                    else {
                        vErrors.push(err37);
                    }
                    errors++;
                }
                for (const key1 in data22) {
                    let data24 = data22[key1];
                    if (typeof data24 !== "boolean") {
                        const err38 = { instancePath: instancePath + "/items/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/items/anyOf/1/additionalProperties/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: evidence_validator_generated_schema20.properties.items.anyOf[1].additionalProperties.type, parentSchema: evidence_validator_generated_schema20.properties.items.anyOf[1].additionalProperties, data: data24 };
                        if (vErrors === null) {
                            vErrors = [err38];
                        }
                        else {
                            vErrors.push(err38);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err39 = { instancePath: instancePath + "/items", schemaPath: "#/properties/items/anyOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: evidence_validator_generated_schema20.properties.items.anyOf[1].type, parentSchema: evidence_validator_generated_schema20.properties.items.anyOf[1], data: data22 };
                if (vErrors === null) {
                    vErrors = [err39];
                }
                else {
                    vErrors.push(err39);
                }
                errors++;
            }
            var _valid5 = _errs36 === errors;
            valid17 = valid17 || _valid5;
            if (!valid17) {
                const err40 = { instancePath: instancePath + "/items", schemaPath: "#/properties/items/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: evidence_validator_generated_schema20.properties.items.anyOf, parentSchema: evidence_validator_generated_schema20.properties.items, data: data22 };
                if (vErrors === null) {
                    vErrors = [err40];
                }
                else {
                    vErrors.push(err40);
                }
                errors++;
            }
            else {
                errors = _errs31;
                if (vErrors !== null) {
                    if (_errs31) {
                        vErrors.length = _errs31;
                    }
                    else {
                        vErrors = null;
                    }
                }
            }
        }
        if (data.path !== undefined) {
            let data25 = data.path;
            if (typeof data25 === "string") {
                if (evidence_validator_generated_func1(data25) < 1) {
                    const err41 = { instancePath: instancePath + "/path", schemaPath: "#/properties/path/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: evidence_validator_generated_schema20.properties.path, data: data25 };
                    if (vErrors === null) {
                        vErrors = [err41];
                    }
                    else {
                        vErrors.push(err41);
                    }
                    errors++;
                }
            }
            else {
                const err42 = { instancePath: instancePath + "/path", schemaPath: "#/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: evidence_validator_generated_schema20.properties.path.type, parentSchema: evidence_validator_generated_schema20.properties.path, data: data25 };
                if (vErrors === null) {
                    vErrors = [err42];
                }
                else {
                    vErrors.push(err42);
                }
                errors++;
            }
        }
        if (data.role !== undefined) {
            let data26 = data.role;
            if (typeof data26 === "string") {
                if (evidence_validator_generated_func1(data26) < 1) {
                    const err43 = { instancePath: instancePath + "/role", schemaPath: "#/properties/role/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: evidence_validator_generated_schema20.properties.role, data: data26 };
                    if (vErrors === null) {
                        vErrors = [err43];
                    }
                    else {
                        vErrors.push(err43);
                    }
                    errors++;
                }
            }
            else {
                const err44 = { instancePath: instancePath + "/role", schemaPath: "#/properties/role/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: evidence_validator_generated_schema20.properties.role.type, parentSchema: evidence_validator_generated_schema20.properties.role, data: data26 };
                if (vErrors === null) {
                    vErrors = [err44];
                }
                else {
                    vErrors.push(err44);
                }
                errors++;
            }
        }
    }
    else {
        const err45 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: evidence_validator_generated_schema20.type, parentSchema: evidence_validator_generated_schema20, data };
        if (vErrors === null) {
            vErrors = [err45];
        }
        else {
            vErrors.push(err45);
        }
        errors++;
    }
    evidence_validator_generated_validate53.errors = vErrors;
    return errors === 0;
}
evidence_validator_generated_validate53.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function evidence_validator_generated_validate52(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
    /*# sourceURL="https://raw.githubusercontent.com/governed-runbook/governed-runbook/main/schema/evidence.v0.schema.json" */ ;
    let vErrors = null;
    let errors = 0;
    const evaluated0 = evidence_validator_generated_validate52.evaluated;
    if (evaluated0.dynamicProps) {
        evaluated0.props = undefined;
    }
    if (evaluated0.dynamicItems) {
        evaluated0.items = undefined;
    }
    if (data && typeof data == "object" && !Array.isArray(data)) {
        for (const key0 in data) {
            const _errs1 = errors;
            if (typeof key0 === "string") {
                if (!evidence_validator_generated_pattern3.test(key0)) {
                    const err0 = { instancePath, schemaPath: "#/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9_-]*$" }, message: "must match pattern \"" + "^[a-z0-9][a-z0-9_-]*$" + "\"", schema: "^[a-z0-9][a-z0-9_-]*$", parentSchema: evidence_validator_generated_schema19.propertyNames, data: key0, propertyName: key0 };
                    if (vErrors === null) {
                        vErrors = [err0];
                    }
                    else {
                        vErrors.push(err0);
                    }
                    errors++;
                }
            }
            var valid0 = _errs1 === errors;
            if (!valid0) {
                const err1 = { instancePath, schemaPath: "#/propertyNames", keyword: "propertyNames", params: { propertyName: key0 }, message: "property name must be valid", schema: evidence_validator_generated_schema19.propertyNames, parentSchema: evidence_validator_generated_schema19, data };
                if (vErrors === null) {
                    vErrors = [err1];
                }
                else {
                    vErrors.push(err1);
                }
                errors++;
            }
        }
        for (const key1 in data) {
            let data0 = data[key1];
            if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
                for (const key2 in data0) {
                    const _errs5 = errors;
                    if (typeof key2 === "string") {
                        if (!evidence_validator_generated_pattern4.test(key2)) {
                            const err2 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/additionalProperties/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_][A-Za-z0-9_.@-]*$" }, message: "must match pattern \"" + "^[A-Za-z_][A-Za-z0-9_.@-]*$" + "\"", schema: "^[A-Za-z_][A-Za-z0-9_.@-]*$", parentSchema: evidence_validator_generated_schema19.additionalProperties.propertyNames, data: key2, propertyName: key2 };
                            if (vErrors === null) {
                                vErrors = [err2];
                            }
                            else {
                                vErrors.push(err2);
                            }
                            errors++;
                        }
                    }
                    var valid2 = _errs5 === errors;
                    if (!valid2) {
                        const err3 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/additionalProperties/propertyNames", keyword: "propertyNames", params: { propertyName: key2 }, message: "property name must be valid", schema: evidence_validator_generated_schema19.additionalProperties.propertyNames, parentSchema: evidence_validator_generated_schema19.additionalProperties, data: data0 };
                        if (vErrors === null) {
                            vErrors = [err3];
                        }
                        else {
                            vErrors.push(err3);
                        }
                        errors++;
                    }
                }
                for (const key3 in data0) {
                    if (!(evidence_validator_generated_validate53(data0[key3], { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data0, parentDataProperty: key3, rootData, dynamicAnchors }))) {
                        vErrors = vErrors === null ? evidence_validator_generated_validate53.errors : vErrors.concat(evidence_validator_generated_validate53.errors);
                        errors = vErrors.length;
                    }
                }
            }
            else {
                const err4 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: evidence_validator_generated_schema19.additionalProperties.type, parentSchema: evidence_validator_generated_schema19.additionalProperties, data: data0 };
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
        const err5 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: evidence_validator_generated_schema19.type, parentSchema: evidence_validator_generated_schema19, data };
        if (vErrors === null) {
            vErrors = [err5];
        }
        else {
            vErrors.push(err5);
        }
        errors++;
    }
    evidence_validator_generated_validate52.errors = vErrors;
    return errors === 0;
}
evidence_validator_generated_validate52.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };

;// CONCATENATED MODULE: ./src/runbook/evidence-file.ts
// Evidence files: manual-step evidence and approvals written down in advance, for
// `runbook resume --evidence-file` and for replay (`SCENARIO.evidence.yaml`).
// Shape: step_id -> name -> { kind, value | items | path | role }.





const EVIDENCE_SCHEMA = (/* unused pure expression or super */ null && (evidenceSchema));
const checkEvidenceSchema = createSchemaChecker(evidence_validator_generated_validate, (err, path, source) => {
    if (err.keyword !== 'false schema')
        return undefined;
    const field = String(path[path.length - 1]);
    const kind = source.value[String(path[0])]?.[String(path[1])]?.kind;
    const uses = {
        text: 'value',
        choice: 'value',
        checklist: 'items',
        attachment: 'path',
        approval: 'role'
    };
    const expected = typeof kind === 'string' && kind in uses ? `; ${kind} evidence takes '${uses[kind]}'` : '';
    return source.diag('schema-unknown-field', 'error', `field '${field}' does not apply to kind '${String(kind)}'${expected}`, path, { key: true });
});
/** The items ticked: a list as written, or the keys gert's map sets to true. */
function tickedItems(items) {
    if (items === undefined)
        return [];
    if (Array.isArray(items))
        return items;
    return Object.entries(items)
        .filter(([, ticked]) => ticked)
        .map(([item]) => item);
}
/**
 * Parses an evidence file. The caller, which owns the file system and the runbook, resolves and
 * checks attachment paths and may check the inputs further; every problem is located in the file.
 */
function parseEvidenceFile(text, file, opts = {}) {
    const resolvePath = opts.resolvePath ?? ((p) => p);
    const attachmentProblem = opts.attachmentProblem ?? (() => undefined);
    const parsed = parseYamlSource(text, file);
    if (!parsed.ok)
        return { ok: false, diagnostics: parsed.diagnostics };
    const errors = checkEvidenceSchema(parsed.source);
    if (errors.length > 0)
        return { ok: false, diagnostics: sortDiagnostics(errors) };
    const inputs = {};
    const unusable = [];
    const doc = parsed.source.value;
    for (const [stepId, items] of Object.entries(doc)) {
        const step = { evidence: [], approvals: [] };
        for (const [name, item] of Object.entries(items)) {
            if (item.kind === 'approval')
                step.approvals.push({
                    approver: name,
                    ...(item.role === undefined ? {} : { role: item.role })
                });
            else if (item.kind === 'text')
                step.evidence.push({ name, kind: 'text', value: item.value ?? '' });
            else if (item.kind === 'choice')
                step.evidence.push({ name, kind: 'choice', value: item.value ?? '' });
            else if (item.kind === 'checklist')
                step.evidence.push({ name, kind: 'checklist', items: tickedItems(item.items) });
            else {
                const path = resolvePath(item.path ?? '');
                const problem = attachmentProblem(path);
                if (problem !== undefined)
                    unusable.push(parsed.source.diag('evidence-attachment-unreadable', 'error', `attachment '${name}' of step '${stepId}': ${item.path ?? ''} (${path}) ${problem}; expected a readable file, relative to the evidence file`, [stepId, name, 'path']));
                step.evidence.push({ name, kind: 'attachment', path });
            }
        }
        inputs[stepId] = step;
    }
    for (const p of opts.check?.(inputs) ?? [])
        unusable.push(parsed.source.diag(p.rule, 'error', p.message, p.path, p.key === true ? { key: true } : {}));
    if (unusable.length > 0)
        return { ok: false, diagnostics: sortDiagnostics(unusable) };
    return { ok: true, inputs };
}

;// CONCATENATED MODULE: ./src/runbook/gert/convert.ts
// `runbook convert`: a runbook in gert's tree form as the flat runbook it stands for: the tree's
// steps in document order, each guarded (`when`) by every enclosing branch condition. Conditions
// are written in CEL (gert's bare names, and/or/not and infix contains translated), so the output
// reads the same in any CEL tool and validates as it is.




/** The flat YAML of a runbook that validated (with or without `tree:`). */
function flatRunbookYaml(checked) {
    const doc = normalizeRunbook(checked.source?.value ?? checked.runbook);
    const flat = doc.tree === undefined ? doc : flatDocument(doc, flattenTree(doc.tree));
    const names = bareNames(checked.runbook);
    const cel = (text) => {
        const read = readCondition(text, names);
        return read.ok ? read.condition.expression : text;
    };
    // `when` right after id, type and title, where a reader looks for it.
    const steps = (flat.steps ?? []).map(({ id, type, title, when, ...s }) => ({
        id,
        type,
        ...(title === undefined ? {} : { title }),
        ...(when === undefined ? {} : { when: cel(when) }),
        ...s,
        ...(s.outcomes === undefined
            ? {}
            : {
                outcomes: s.outcomes.map((o) => (o.when === undefined ? o : { ...o, when: cel(o.when) }))
            })
    }));
    return (0,dist/* stringify */.As)({ ...flat, steps }, { lineWidth: 0 });
}

;// CONCATENATED MODULE: ./src/runbook/index.ts
























/***/ }),

/***/ 1338:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  IB: () => (/* reexport */ classifyCommand),
  N_: () => (/* reexport */ classifySql),
  lM: () => (/* reexport */ wrapped/* innerCommands */.lM),
  fK: () => (/* reexport */ knownTools),
  QZ: () => (/* reexport */ worst)
});

// UNUSED EXPORTS: isAutomatable, unwrapOnce

;// CONCATENATED MODULE: ./src/runbook/safety/types.ts
// The vocabulary of the safety classifier: four levels, and one classification per command.
/** Builds a classification. */
function classified(level, tool, rule, reason) {
    return { level, tool, rule, reason };
}
const RANK = {
    'read-only': 0,
    mutating: 1,
    unknown: 2,
    destructive: 3
};
/** The most dangerous of several classifications (destructive > unknown > mutating > read-only). */
function worst(items) {
    let out;
    for (const c of items)
        if (out === undefined || RANK[c.level] > RANK[out.level])
            out = c;
    return out;
}
/** True for the levels a compiler may automate without a person looking first. */
function isAutomatable(level) {
    return level === 'read-only' || level === 'mutating';
}

// EXTERNAL MODULE: ./src/runbook/commands.ts
var commands = __webpack_require__(3648);
;// CONCATENATED MODULE: ./src/runbook/safety/argv.ts
// Small readers over an argument list: positional words, flags and flag values. They know nothing
// about a particular tool; each tool passes the flags that take a value.
/** The words after argv[0] that are not flags or flag values, up to `--`. */
function positionals(args, valueFlags) {
    const out = [];
    for (let i = 0; i < args.length; i++) {
        const a = args[i];
        if (a === '--')
            break;
        if (a.startsWith('-') && a.length > 1) {
            if (!a.includes('=') && valueFlags.has(a))
                i++;
            continue;
        }
        out.push(a);
    }
    return out;
}
/** True when any of `names` is present, as `--name`, `--name=value` or inside a short cluster. */
function hasFlag(args, ...names) {
    return args.some((a) => {
        if (a === '--')
            return false;
        return names.some((n) => {
            if (a === n || a.startsWith(`${n}=`))
                return true;
            // -it contains -i and -t; only single-letter short flags cluster.
            return /^-[A-Za-z]$/.test(n) && /^-[A-Za-z]{2,}$/.test(a) && a.includes(n.slice(1));
        });
    });
}
/** The value of the first of `names`: `--name=value`, `--name value` or `-Xvalue` (short). */
function flagValue(args, ...names) {
    const end = args.indexOf('--');
    const scan = end === -1 ? args : args.slice(0, end);
    for (let i = 0; i < scan.length; i++) {
        const a = scan[i];
        for (const n of names) {
            if (a === n)
                return scan[i + 1];
            if (a.startsWith(`${n}=`))
                return a.slice(n.length + 1);
            if (/^-[A-Za-z]$/.test(n) && a.startsWith(n) && a.length > 2 && !a.startsWith('--'))
                return a.slice(2);
        }
    }
    return undefined;
}
/** The words after the first `--`, or undefined when there is none. */
function afterDoubleDash(args) {
    const i = args.indexOf('--');
    return i === -1 ? undefined : args.slice(i + 1);
}
/** The commands of a script passed as one argument, as words (a rough split: quotes removed). */
function scriptCommands(script) {
    return script
        .replace(/^commands=/, '')
        .split(/&&|\|\||[;|\n]/)
        .map((c) => c
        .replace(/["'[\]]/g, ' ')
        .split(/\s+/)
        .filter((w) => w !== ''))
        .filter((c) => c.length > 0);
}

;// CONCATENATED MODULE: ./src/runbook/safety/verbs.ts

/** A list written as text: entries separated by commas or line breaks (an entry may hold spaces). */
function list(text) {
    return text
        .split(/[,\n]/)
        .map((s) => s.trim())
        .filter((s) => s !== '');
}
const PHRASE = {
    'read-only': 'only reads',
    mutating: 'changes state',
    destructive: 'deletes, stops or overwrites what cannot simply be put back',
    unknown: 'is not in the table'
};
/** Looks `verb` up in `spec`; `label` is how the command is named in the reason. */
function classifyVerb(tool, verb, spec, label = tool) {
    if (verb === undefined) {
        return classified('unknown', tool, `${tool}.no-subcommand`, `${label} without a subcommand`);
    }
    const level = levelOf(verb, spec);
    const rule = `${tool}.${verb.replace(/^-+/, '').replace(/[^A-Za-z0-9_-]/g, '_')}`;
    if (level === undefined) {
        return classified('unknown', tool, `${tool}.unknown-subcommand`, `${label} ${verb} is not a subcommand the classifier knows`);
    }
    const reason = spec.reasons?.[verb] ?? `${label} ${verb} ${PHRASE[level]}`;
    return classified(level, tool, rule, reason);
}
const parsed = new WeakMap();
function levelOf(verb, spec) {
    let table = parsed.get(spec);
    if (table === undefined) {
        table = new Map();
        for (const [text, level] of [
            [spec.readOnly, 'read-only'],
            [spec.mutating, 'mutating'],
            [spec.destructive, 'destructive']
        ])
            for (const v of list(text ?? ''))
                table.set(v, level);
        parsed.set(spec, table);
    }
    return table.get(verb);
}

;// CONCATENATED MODULE: ./src/runbook/safety/tools/cloud.ts
// helm and the cloud CLIs (az, aws, gcloud). The clouds name operations by a verb word that follows
// fixed conventions (list/show/describe/get-*, create/update/set-*, delete/remove/terminate-*).



const HELM = {
    readOnly: `list, ls, status, get, history, hist, show, inspect, template, search, version, env,
    lint, verify, test`,
    mutating: `install, upgrade, rollback, repo, dependency, dep, plugin, pull, fetch, package, push,
    registry, create`,
    destructive: `uninstall, delete, del, un`,
    reasons: { uninstall: 'helm uninstall deletes every resource of the release' }
};
const HELM_VALUE_FLAGS = new Set([
    '-n',
    '--namespace',
    '--kube-context',
    '--kubeconfig',
    '-f',
    '--values',
    '--set',
    '--version',
    '-o',
    '--output'
]);
/** Classifies helm; --dry-run makes any verb read-only. */
const classifyHelm = (tool, args) => {
    const words = positionals(args, HELM_VALUE_FLAGS);
    const verb = words[0];
    const c = classifyVerb(tool, verb, HELM);
    if ((c.level === 'mutating' || c.level === 'destructive') && hasFlag(args, '--dry-run'))
        return classified('read-only', tool, 'helm.dry-run', `helm ${verb ?? ''} --dry-run changes nothing`);
    if (verb === 'repo' && (words[1] === 'list' || words[1] === 'ls'))
        return classified('read-only', tool, 'helm.repo-list', 'helm repo list only reads');
    return c;
};
/** The level of a cloud operation verb (az, gcloud) or operation name (aws), by convention. */
function cloudVerbLevel(verb) {
    if (verb === 'get-credentials')
        return 'mutating';
    if (/^(list|show|describe|get|read|tail|wait|query|check|browse|version|search|head|lookup|validate|export|download|test|logs|ls|get-.*|show-.*|list-.*|describe-.*|check-.*|head-.*|wait-.*|lookup-.*|batch-get-.*|estimate-.*|simulate-.*|validate-.*|search-.*|generate-.*)$/.test(verb))
        return 'read-only';
    if (/^(delete|purge|remove|terminate|destroy|wipe|reimage|rb|rm|delete-.*|remove-.*|terminate-.*|purge-.*|deregister-.*|disassociate-.*|revoke-.*|release-.*|detach-.*|cancel-.*|reset-.*|drop-.*)$/.test(verb))
        return 'destructive';
    if (/^(create|update|set|add|start|stop|restart|scale|upgrade|enable|disable|assign|attach|import|login|logout|deallocate|redeploy|run|invoke|put|tag|untag|copy|cp|mv|sync|move|rotate|renew|resize|apply|deploy|register|modify|associate|authorize|reboot|promote|failover|swap|upload|configure|init|install|get-credentials|create-.*|update-.*|put-.*|start-.*|stop-.*|reboot-.*|modify-.*|run-.*|attach-.*|associate-.*|authorize-.*|register-.*|enable-.*|disable-.*|set-.*|add-.*|import-.*|copy-.*|restore-.*|tag-.*|untag-.*|send-.*|publish-.*|invoke-.*|upload-.*|change-.*|replace-.*|allocate-.*|assume-.*|request-.*|rotate-.*)$/.test(verb))
        return 'mutating';
    return undefined;
}
function cloud(tool, path, verb) {
    const label = [tool, ...path].join(' ');
    if (verb === undefined)
        return classified('unknown', tool, `${tool}.no-operation`, `${label} without an operation`);
    let level = cloudVerbLevel(verb);
    if (verb === 'sync' && tool === 'aws')
        level = 'mutating';
    if (level === undefined)
        return classified('unknown', tool, `${tool}.unknown-operation`, `${label} ${verb} is not an operation the classifier knows`);
    const what = level === 'read-only'
        ? 'only reads'
        : level === 'mutating'
            ? 'changes cloud resources or local settings'
            : 'deletes or detaches cloud resources';
    return classified(level, tool, `${tool}.${level}`, `${label} ${verb} ${what}`);
}
// Operations that run a script or command inside a VM, container or cluster (`az vm run-command
// invoke --scripts "rm -rf ..."`, `gcloud compute ssh vm --command ...`, `aws ssm send-command`).
// The cloud CLI only carries the script: automating it would let any command through
// allowed_commands, so the level is unknown, or destructive when the script visibly destroys.
const REMOTE_RUNNERS = [
    { words: /\brun-command(?: (?:invoke|create|update))?$/, script: ['--scripts'] },
    { words: /\baks command invoke\b/, script: ['--command'] },
    { words: /\bcontainer exec\b/, script: ['--exec-command'] },
    { words: /\bssh\b/, script: ['--command'] },
    { words: /^ssm (send-command|start-session)\b/, script: ['--parameters'] },
    { words: /^ecs execute-command\b/, script: ['--command'] }
];
function remoteRunner(tool, words, args, classify) {
    const path = words.join(' ');
    const runner = REMOTE_RUNNERS.find((r) => r.words.test(path));
    const match = runner?.words.exec(path);
    if (runner === undefined || match === null || match === undefined)
        return undefined;
    const label = `${tool} ${path.slice(0, match.index + match[0].length)}`;
    const script = flagValue(args, ...runner.script);
    if (script === undefined)
        return classified('unknown', tool, `${tool}.remote-command`, `${label} opens a session or runs a command elsewhere that the classifier cannot see`);
    const inner = worst(scriptCommands(script).map((c) => classify(c)));
    if (inner?.level === 'destructive')
        return classified('destructive', tool, `${tool}.remote-command`, `${label} runs '${script}' elsewhere: ${inner.reason}`);
    return classified('unknown', tool, `${tool}.remote-command`, `${label} runs the script '${script}' elsewhere; allowing ${tool} would let any script through the allowlist`);
}
/** az GROUP [SUBGROUP...] VERB [--flags]: the last word before the first flag is the verb. */
const classifyAz = (tool, args, classify) => remoteRunner(tool, leadingWords(args), args, classify) ?? groupThenVerb(tool, leadingWords(args));
/** gcloud [alpha|beta] GROUP... VERB: like az. */
const classifyGcloud = (tool, args, classify) => {
    const words = leadingWords(args).filter((w) => w !== 'alpha' && w !== 'beta');
    return remoteRunner(tool, words, args, classify) ?? groupThenVerb(tool, words);
};
/**
 * The last word after the command group that is a known verb (`compute instances delete vm1`); the
 * last, since a group may itself look like a verb (`az vm run-command list`).
 */
function groupThenVerb(tool, words) {
    const at = words.findLastIndex((w, i) => i > 0 && cloudVerbLevel(w) !== undefined);
    return at === -1
        ? cloud(tool, words.slice(0, -1), words[words.length - 1])
        : cloud(tool, words.slice(0, at), words[at]);
}
/** aws SERVICE OPERATION: s3 has its own verbs; `s3 sync --delete` deletes. */
const classifyAws = (tool, args, classify) => {
    const words = positionals(args, new Set(['--region', '--profile', '--output', '--endpoint-url', '--query']));
    const remote = remoteRunner(tool, words.slice(0, 2), args, classify);
    if (remote !== undefined)
        return remote;
    const [service, op] = words;
    if (service === 's3' && op === 'sync' && hasFlag(args, '--delete'))
        return classified('destructive', tool, 'aws.s3-sync-delete', 'aws s3 sync --delete deletes objects missing from the source');
    if (service === 'configure')
        return classified('mutating', tool, 'aws.mutating', 'aws configure changes local settings');
    return cloud(tool, service === undefined ? [] : [service], op);
};
function leadingWords(args) {
    const out = [];
    for (const a of args) {
        if (a.startsWith('-'))
            break;
        out.push(a);
    }
    return out;
}

;// CONCATENATED MODULE: ./src/runbook/safety/tools/containers.ts
// Container runtimes and VM tools: docker/podman/nerdctl, crictl, ctr, virsh, virtctl.



const DOCKER = {
    readOnly: `ps, images, inspect, logs, stats, top, version, info, history, port, diff, events,
    search, ls, df`,
    mutating: `run, start, restart, stop, pull, push, build, tag, create, cp, pause, unpause, login,
    logout, commit, load, import, save, export, rename, update, compose, exec, attach`,
    destructive: `rm, rmi, kill, prune`,
    reasons: {
        rmi: 'rmi deletes images',
        rm: 'rm deletes containers and their writable layer',
        kill: 'kill stops the container without a clean shutdown'
    }
};
const DOCKER_GROUPS = new Set([
    'container',
    'image',
    'volume',
    'network',
    'system',
    'builder',
    'buildx',
    'plugin',
    'context',
    'node',
    'service',
    'stack',
    'secret',
    'config'
]);
const DOCKER_VALUE_FLAGS = new Set(['-H', '--host', '--context', '--config', '-l', '--log-level']);
/** Classifies docker, podman and nerdctl (same verbs; `docker image rm` = `docker rmi`). */
const classifyDocker = (tool, args) => {
    const words = positionals(args, DOCKER_VALUE_FLAGS);
    let verb = words[0];
    let label = tool;
    if (verb !== undefined && DOCKER_GROUPS.has(verb)) {
        label = `${tool} ${verb}`;
        const sub = words[1];
        if (sub === 'ls' || sub === 'list' || sub === 'inspect' || sub === 'df')
            return classifyVerb(tool, sub, DOCKER, label);
        if (sub === 'rm' || sub === 'remove' || sub === 'prune')
            return classifyVerb(tool, sub === 'remove' ? 'rm' : sub, DOCKER, label);
        if (sub === 'create' || sub === 'connect' || sub === 'disconnect' || sub === 'use')
            return classified('mutating', tool, `${tool}.${verb}-${sub}`, `${label} ${sub} changes state`);
        verb = sub;
    }
    if (verb === 'exec' || verb === 'run') {
        if (hasFlag(args, '-i', '-t', '--interactive', '--tty'))
            return classified('unknown', tool, `${tool}.${verb}-interactive`, `${label} ${verb} -it opens an interactive session in which anything can run`);
    }
    return classifyVerb(tool, verb, DOCKER, label);
};
const CRICTL = {
    readOnly: `ps, images, img, inspect, inspecti, inspectp, logs, pods, info, stats, statsp, version,
    imagefsinfo, port-forward, checkpoint`,
    mutating: `pull, start, stop, stopp, runp, create, run, update, exec, attach`,
    destructive: `rm, rmi, rmp`,
    reasons: {
        rmi: 'crictl rmi deletes images from the node',
        rm: 'crictl rm deletes containers',
        rmp: 'crictl rmp deletes pod sandboxes'
    }
};
/** Classifies crictl. */
const classifyCrictl = (tool, args) => {
    const words = positionals(args, new Set(['-r', '--runtime-endpoint', '-i', '--image-endpoint', '--config', '-t', '--timeout']));
    if (words[0] === 'exec' && hasFlag(args, '-i', '-t', '--interactive', '--tty'))
        return classified('unknown', tool, 'crictl.exec-interactive', 'crictl exec -it opens an interactive session in which anything can run');
    return classifyVerb(tool, words[0], CRICTL);
};
const CTR = {
    readOnly: `ls, list, info, version`,
    mutating: `pull, push, run, start, create, tag, import, export, mount, unmount`,
    destructive: `rm, remove, delete, del, kill, prune`
};
/** Classifies containerd's ctr: `ctr [-n ns] GROUP VERB`. */
const classifyCtr = (tool, args) => {
    const words = positionals(args, new Set(['-n', '--namespace', '-a', '--address']));
    return classifyVerb(tool, words[1] ?? words[0], CTR, `${tool} ${words[0] ?? ''}`.trim());
};
const VIRSH = {
    readOnly: `list, dumpxml, dominfo, domstate, domblklist, domiflist, domstats, nodeinfo,
    capabilities, version, net-list, pool-list, vol-list, domjobinfo, domblkinfo, vcpuinfo,
    uri, hostname, sysinfo`,
    mutating: `start, shutdown, reboot, suspend, resume, define, create, attach-disk, detach-disk,
    attach-device, detach-device, setmem, setvcpus, migrate, autostart, edit`,
    destructive: `destroy, undefine, reset, vol-delete, pool-delete, pool-destroy, net-destroy,
    net-undefine`,
    reasons: { destroy: 'virsh destroy pulls the power on the domain' }
};
/** Classifies virsh. */
const classifyVirsh = (tool, args) => classifyVerb(tool, positionals(args, new Set(['-c', '--connect']))[0], VIRSH);
const VIRTCTL = {
    readOnly: `version, guestosinfo, fslist, userlist, port-forward`,
    mutating: `start, stop, restart, migrate, migrate-cancel, pause, unpause, expose, addvolume,
    removevolume, soft-reboot, image-upload, memory-dump`,
    destructive: '',
    reasons: { migrate: 'virtctl migrate live-migrates the VM to another node' }
};
/** Classifies virtctl; console/vnc/ssh are interactive sessions. */
const classifyVirtctl = (tool, args) => {
    const verb = positionals(args, new Set(['-n', '--namespace', '--kubeconfig']))[0];
    if (verb === 'console' || verb === 'vnc' || verb === 'ssh' || verb === 'scp')
        return classified('unknown', tool, `virtctl.${verb}`, `virtctl ${verb} opens an interactive session`);
    if ((verb === 'stop' || verb === 'restart') && hasFlag(args, '--force'))
        return classified('destructive', tool, 'virtctl.force-stop', `virtctl ${verb} --force kills the VM without a clean shutdown`);
    return classifyVerb(tool, verb, VIRTCTL);
};

// EXTERNAL MODULE: ./src/runbook/safety/wrapped.ts + 1 modules
var wrapped = __webpack_require__(1412);
;// CONCATENATED MODULE: ./src/runbook/safety/tools/devops.ts
// git, terraform, ansible-playbook and ansible.




const GIT = {
    readOnly: `status, log, diff, show, blame, grep, ls-files, ls-tree, ls-remote, rev-parse, rev-list,
    describe, shortlog, reflog, cat-file, version, help, whatchanged, for-each-ref, show-ref,
    name-rev, merge-base, verify-commit, verify-tag, fsck, count-objects, check-ignore`,
    mutating: `fetch, clone, pull, commit, add, checkout, switch, merge, rebase, stash, cherry-pick,
    revert, init, am, apply, mv, restore, submodule, config, remote, tag, branch, push,
    notes, worktree, bisect, sparse-checkout, lfs`,
    destructive: `clean, filter-branch, filter-repo, rm, prune, update-ref, gc`,
    reasons: {
        gc: 'git gc expires reflogs and deletes unreachable objects: the refs a recovery needs are lost',
        clean: 'git clean deletes untracked files',
        rm: 'git rm deletes files from the work tree'
    }
};
/** Classifies git; force pushes, hard resets and forced branch deletion are destructive. */
const classifyGit = (tool, args) => {
    const config = (0,wrapped/* unwrapOnce */.PS)(tool, args);
    if ('opaque' in config)
        return classified('unknown', tool, 'git.config-command', config.opaque);
    const words = positionals(args, new Set(['-C', '-c', '--git-dir', '--work-tree', '--namespace']));
    const verb = words[0];
    const d = (rule, reason) => classified('destructive', tool, rule, reason);
    if (verb === 'push' &&
        hasFlag(args, '-f', '--force', '--force-with-lease', '--delete', '-d', '--mirror', '--prune'))
        return d('git.push-force', 'git push --force/--delete overwrites or deletes remote history');
    if (verb === 'reset') {
        return hasFlag(args, '--hard', '--merge', '--keep')
            ? d('git.reset-hard', 'git reset --hard discards uncommitted work')
            : classified('mutating', tool, 'git.reset', 'git reset moves HEAD and the index');
    }
    if (verb === 'branch' && hasFlag(args, '-D', '--delete', '-d'))
        return d('git.branch-delete', 'git branch -d/-D deletes a branch');
    if (verb === 'checkout' && (args.includes('.') || hasFlag(args, '-f', '--force')))
        return d('git.checkout-discard', 'git checkout -f / checkout . discards local changes');
    if (verb === 'stash' && (words[1] === 'drop' || words[1] === 'clear'))
        return d('git.stash-drop', 'git stash drop/clear deletes stashed work');
    if ((verb === 'branch' || verb === 'tag' || verb === 'remote' || verb === 'stash') &&
        words.length === 1 &&
        !hasFlag(args, '-m', '-M', '-a', '-c'))
        return classified('read-only', tool, `git.${verb}-list`, `git ${verb} without arguments only lists`);
    if (verb === 'remote' && (words[1] === 'show' || words[1] === 'get-url' || hasFlag(args, '-v')))
        return classified('read-only', tool, 'git.remote-list', 'git remote -v only lists');
    if (verb === 'config' && hasFlag(args, '--get', '--list', '-l', '--get-all', '--get-regexp'))
        return classified('read-only', tool, 'git.config-get', 'git config --get only reads');
    return classifyVerb(tool, verb, GIT);
};
const TERRAFORM = {
    readOnly: `plan, show, output, validate, version, providers, graph, console, state list, state show,
    state pull, workspace list, workspace show, fmt -check, test, metadata`,
    mutating: `init, apply, import, taint, untaint, refresh, fmt, get, login, logout, workspace new,
    workspace select, state mv, state push, state replace-provider, force-unlock`,
    destructive: `destroy, state rm, workspace delete`,
    reasons: {
        destroy: 'terraform destroy deletes every managed resource',
        'state rm': 'state rm makes terraform forget resources'
    }
};
/** Classifies terraform (and tofu); apply -destroy or -auto-approve applies deletions unreviewed. */
const classifyTerraform = (tool, args) => {
    const words = positionals(args, new Set(['-chdir', '-var', '-var-file', '-target', '-out', '-state']));
    const verb = words[0];
    if (verb === 'apply' && hasFlag(args, '-destroy'))
        return classified('destructive', tool, 'terraform.apply-destroy', 'terraform apply -destroy deletes every managed resource');
    if (verb === 'apply' && hasFlag(args, '-auto-approve'))
        return classified('destructive', tool, 'terraform.auto-approve', 'terraform apply -auto-approve applies every change, deletions included, without review');
    if (verb === 'plan' && hasFlag(args, '-destroy'))
        return classified('read-only', tool, 'terraform.plan', 'terraform plan -destroy only shows what would be deleted');
    const two = classifyVerb(tool, words.slice(0, 2).join(' '), TERRAFORM);
    return two.level !== 'unknown' ? two : classifyVerb(tool, verb, TERRAFORM);
};
const DESTRUCTIVE_PLAYBOOK = /(^|\/)(remove|reset|destroy|delete|purge|teardown|uninstall|decommission|wipe)[-_\w]*\.ya?ml$/;
/** ansible-playbook: --check and listing are read-only; removal playbooks are destructive. */
const classifyAnsiblePlaybook = (tool, args) => {
    if (hasFlag(args, '--check', '-C', '--syntax-check', '--list-hosts', '--list-tasks', '--list-tags'))
        return classified('read-only', tool, 'ansible-playbook.check', 'ansible-playbook --check/--list-* changes nothing');
    const books = positionals(args, new Set([
        '-i',
        '--inventory',
        '-e',
        '--extra-vars',
        '-l',
        '--limit',
        '-u',
        '--user',
        '-t',
        '--tags',
        '--skip-tags',
        '-f',
        '--forks',
        '-b',
        '--become-user',
        '--private-key',
        '--vault-password-file'
    ]));
    const bad = books.find((b) => DESTRUCTIVE_PLAYBOOK.test(b));
    if (bad !== undefined)
        return classified('destructive', tool, 'ansible-playbook.remove', `the playbook ${bad} removes or resets hosts`);
    return classified('mutating', tool, 'ansible-playbook.run', 'ansible-playbook changes the hosts it targets');
};
/** ansible ad-hoc: the module decides (ping/setup read; shell/command/raw run anything). */
const classifyAnsible = (tool, args) => {
    const mod = flagValue(args, '-m', '--module-name') ?? 'command';
    if (hasFlag(args, '--check', '-C') ||
        /^(ping|setup|gather_facts|stat|slurp|debug|command_info)$/.test(mod))
        return classified('read-only', tool, 'ansible.read', `ansible -m ${mod} only reads`);
    if (/^(shell|command|raw|script)$/.test(mod))
        return classified('unknown', tool, 'ansible.command', `ansible -m ${mod} runs an arbitrary command on the hosts`);
    return classified('mutating', tool, 'ansible.module', `ansible -m ${mod} changes the hosts`);
};

;// CONCATENATED MODULE: ./src/runbook/safety/tools/etcd.ts
// etcdctl and etcdutl. Compaction, defragmentation, alarm disarm and member removal are
// destructive: they drop history, block the member, or change quorum.


const ETCDCTL = {
    readOnly: `get, endpoint status, endpoint health, endpoint hashkv, member list, alarm list, version,
    snapshot status, watch, lease list, lease timetolive, user list, user get, role list,
    role get, auth status, check datascale`,
    mutating: `put, txn, lock, elect, member add, member update, member promote, lease grant,
    lease keep-alive, user add, user grant-role, user passwd, role add,
    role grant-permission, auth enable, auth disable, move-leader, snapshot save, check perf,
    make-mirror`,
    destructive: `del, compact, compaction, defrag, alarm disarm, member remove, lease revoke,
    snapshot restore, user delete, user revoke-role, role delete, role revoke-permission,
    downgrade enable`,
    reasons: {
        compact: 'compact drops all key history before the revision',
        compaction: 'compaction drops all key history before the revision',
        defrag: 'defrag blocks reads and writes on the member while it rebuilds its store',
        'alarm disarm': 'alarm disarm clears the NOSPACE alarm that protects the cluster',
        'member remove': 'member remove takes a member out of the cluster and changes quorum',
        del: 'del deletes keys',
        'snapshot save': 'snapshot save writes a backup file (it only reads the cluster)'
    }
};
const ETCDUTL = {
    readOnly: `snapshot status, version, hashkv`,
    mutating: `backup, migrate`,
    destructive: `snapshot restore, defrag, downgrade`
};
const VALUE_FLAGS = new Set([
    '--endpoints',
    '--cacert',
    '--cert',
    '--key',
    '-w',
    '--write-out',
    '--user',
    '--password',
    '--command-timeout',
    '--dial-timeout',
    '--data-dir',
    '--rev'
]);
function twoWords(tool, args, spec) {
    const words = positionals(args, VALUE_FLAGS);
    const two = classifyVerb(tool, words.slice(0, 2).join(' '), spec);
    return two.level !== 'unknown' ? two : classifyVerb(tool, words[0], spec);
}
/** Classifies etcdctl. */
const classifyEtcdctl = (tool, args) => twoWords(tool, args, ETCDCTL);
/** Classifies etcdutl. */
const classifyEtcdutl = (tool, args) => twoWords(tool, args, ETCDUTL);

;// CONCATENATED MODULE: ./src/runbook/safety/tools/http.ts
// HTTP clients: the method decides. DELETE is destructive; POST, PUT and PATCH mutate; GET, HEAD
// and OPTIONS only read. curl sends POST when given data, PUT when uploading a file.


/** Classifies an HTTP method. */
function classifyMethod(tool, method, how) {
    const m = method.toUpperCase();
    if (m === 'DELETE')
        return classified('destructive', tool, 'http.delete', `${how} sends DELETE, which removes the resource`);
    if (m === 'POST' || m === 'PUT' || m === 'PATCH')
        return classified('mutating', tool, `http.${m.toLowerCase()}`, `${how} sends ${m}, which changes the resource`);
    if (m === 'GET' || m === 'HEAD' || m === 'OPTIONS')
        return classified('read-only', tool, `http.${m.toLowerCase()}`, `${how} sends ${m}, which only reads`);
    return classified('unknown', tool, 'http.unknown-method', `${how} sends ${m}, a method the classifier does not know`);
}
const DATA = [
    '-d',
    '--data',
    '--data-raw',
    '--data-binary',
    '--data-urlencode',
    '--data-ascii',
    '-F',
    '--form',
    '--form-string',
    '--json'
];
// A POST or PUT can delete too: a URL path that names a deletion (`/_delete_by_query`, `/purge`)
// or a request that accepts data loss (`accept_data_loss`, Elasticsearch's stale/empty primary).
const DELETING_PATH = /^[^?#]*\/_?(delete|purge|wipe|drop|truncate)([-_][\w-]*)?\/?([?#]|$)/i;
const DATA_LOSS = /accept_data_loss["']?\s*[:=]\s*["']?true/i;
/** Destructive when a changing request's URL or data says it deletes; otherwise `c`. */
function deletingRequest(tool, args, c) {
    if (c.level !== 'mutating')
        return c;
    const url = args.find((a) => !a.startsWith('-') && DELETING_PATH.test(a));
    if (url !== undefined)
        return classified('destructive', tool, 'http.deleting-path', `the URL ${url} names a deletion`);
    if (args.some((a) => DATA_LOSS.test(a)))
        return classified('destructive', tool, 'http.accept-data-loss', 'the request accepts data loss (accept_data_loss)');
    return c;
}
/** curl: -X/--request, else data implies POST (GET with -G), -T implies PUT, -I is HEAD. */
const classifyCurl = (tool, args) => deletingRequest(tool, args, curlMethod(tool, args));
function curlMethod(tool, args) {
    const explicit = flagValue(args, '-X', '--request');
    if (explicit !== undefined)
        return classifyMethod(tool, explicit, `curl -X ${explicit}`);
    if (hasFlag(args, '-I', '--head'))
        return classifyMethod(tool, 'HEAD', 'curl -I');
    if (hasFlag(args, '-T', '--upload-file'))
        return classifyMethod(tool, 'PUT', 'curl -T');
    if (hasFlag(args, ...DATA))
        return hasFlag(args, '-G', '--get')
            ? classifyMethod(tool, 'GET', 'curl -G')
            : classifyMethod(tool, 'POST', 'curl with data');
    return classifyMethod(tool, 'GET', 'curl');
}
/** wget: --method, --post-data/--post-file (POST); default GET. */
const classifyWget = (tool, args) => deletingRequest(tool, args, wgetMethod(tool, args));
function wgetMethod(tool, args) {
    const explicit = flagValue(args, '--method');
    if (explicit !== undefined)
        return classifyMethod(tool, explicit, `wget --method=${explicit}`);
    if (hasFlag(args, '--post-data', '--post-file'))
        return classifyMethod(tool, 'POST', 'wget --post-data');
    return classifyMethod(tool, 'GET', 'wget');
}
/** HTTPie (http, https, xh): an optional METHOD word before the URL; data items imply POST. */
const classifyHttpie = (tool, args) => deletingRequest(tool, args, httpieMethod(tool, args));
function httpieMethod(tool, args) {
    const words = positionals(args, new Set(['-a', '--auth', '--session', '-o', '--output']));
    const first = words[0];
    if (first !== undefined &&
        /^[A-Za-z]+$/.test(first) &&
        /^(GET|HEAD|OPTIONS|POST|PUT|PATCH|DELETE)$/i.test(first))
        return classifyMethod(tool, first, `${tool} ${first}`);
    const items = words.slice(1).some((w) => /^[^:=]+(:=|=|@)/.test(w));
    return classifyMethod(tool, items ? 'POST' : 'GET', items ? `${tool} with data items` : tool);
}

;// CONCATENATED MODULE: ./src/runbook/safety/tools/rook.ts
// Ceph and the Rook tooling around it: ceph, rbd, rados, radosgw-admin, ceph-volume, monmaptool,
// ceph-mon, ceph-objectstore-tool, and the `kubectl rook-ceph` plugin.



const CEPH_VALUE_FLAGS = new Set([
    '-c',
    '--conf',
    '-n',
    '--name',
    '--id',
    '-k',
    '--keyring',
    '-f',
    '--format',
    '-m',
    '--cluster',
    '-i',
    '--in-file',
    '-o',
    '--out-file'
]);
// ceph <group> <verb>: the pair decides; a lone word (`ceph status`) is its own verb.
const CEPH = {
    readOnly: `status, -s, health, df, versions, version, report, quorum_status, time-sync-status, fsid,
    -v, --version, osd tree, osd ls, osd df, osd dump, osd stat, osd find, osd metadata,
    osd perf, osd pool ls, osd pool get, osd pool stats, osd blocklist ls, osd crush tree,
    osd crush dump, osd crush rule ls, osd utilization, osd ok-to-stop, osd safe-to-destroy,
    mon stat, mon dump, mon metadata, mon versions, mon ok-to-stop, pg stat, pg dump,
    pg query, pg ls, pg dump_stuck, pg ls-by-pool, pg ls-by-osd, fs status, fs ls, fs dump,
    fs get, mds stat, mgr dump, mgr stat, mgr module ls, mgr services, auth get, auth list,
    auth ls, auth print-key, config get, config dump, config show, config ls, config-key get,
    config-key ls, crash ls, crash info, crash stat, orch ls, orch ps, orch status,
    orch host ls, orch device ls, balancer status, progress, log last, features`,
    mutating: `osd out, osd in, osd down, osd set, osd unset, osd reweight, osd crush reweight,
    osd pool set, osd pool create, osd create, osd pool application enable,
    osd blocklist add, osd primary-affinity, config set, config rm, config-key set,
    mgr module enable, mgr module disable, mgr fail, auth import, auth add, auth caps,
    auth get-or-create, crash archive, crash archive-all, balancer on, balancer off, mon add,
    mon enable-msgr2, fs set, orch apply, orch restart, orch daemon add, pg repair,
    pg deep-scrub, pg scrub, osd deep-scrub, osd scrub, tell`,
    destructive: `osd purge, osd destroy, osd rm, osd lost, osd pool delete, osd pool rm, osd crush remove,
    osd crush rm, fs rm, fs fail, mon remove, mon rm, auth del, auth rm, config-key rm,
    pg force_create_pg, osd force-create-pg, mds fail, crash rm, crash prune, orch rm,
    orch daemon rm, orch host rm, orch device zap, osd pool rmsnap`,
    reasons: {
        'osd purge': 'osd purge removes the OSD and its data from the cluster',
        'osd destroy': 'osd destroy marks the OSD destroyed; its data is gone',
        'osd pool delete': 'pool delete deletes every object in the pool'
    }
};
/** Classifies `ceph`. */
const classifyCeph = (tool, args) => {
    const words = positionals(args, CEPH_VALUE_FLAGS);
    if (args[0] === '-s' || args[0] === '--version' || args[0] === '-v')
        return classifyVerb(tool, args[0], CEPH);
    // Longest known prefix of up to four words.
    for (let n = Math.min(4, words.length); n >= 1; n--) {
        const verb = words.slice(0, n).join(' ');
        const c = classifyVerb(tool, verb, CEPH);
        if (c.level !== 'unknown')
            return c;
    }
    return classifyVerb(tool, words.slice(0, 2).join(' ') || undefined, CEPH);
};
const RBD = {
    readOnly: `ls, list, info, status, du, diff, showmapped, device, snap ls, trash ls, children, watch,
    mirror`,
    mutating: `create, resize, map, unmap, snap create, snap protect, snap unprotect, clone, flatten,
    cp, copy, import, export, feature, lock, trash mv, trash restore, rename, mv`,
    destructive: `rm, remove, snap rm, snap purge, snap rollback, trash rm, trash purge`
};
const RADOS = {
    readOnly: `ls, lspools, df, stat, get, listxattr, getxattr, listomapkeys, listomapvals,
    list-inconsistent-obj, bench`,
    mutating: `put, setxattr, setomapval, mkpool, cp, create, append, truncate`,
    destructive: `rm, purge, rmpool, cleanup, rmxattr, rmomapkey`
};
const RGW_ADMIN = {
    readOnly: `user info, user list, user stats, bucket stats, bucket list, bucket check, zone get,
    zonegroup get, period get, sync status, metadata list, metadata get, realm list,
    zone list, gc list, usage show`,
    mutating: `user create, user modify, user suspend, user enable, key create, caps add, quota set,
    quota enable, bucket link, bucket unlink, bucket reshard, zone modify, zonegroup modify,
    period update, gc process`,
    destructive: `user rm, bucket rm, key rm, object rm, zone delete, zonegroup delete, usage trim,
    caps rm`
};
const CEPH_VOLUME = {
    readOnly: `lvm list, inventory, raw list, simple scan`,
    mutating: `lvm create, lvm prepare, lvm activate, lvm deactivate, lvm batch, raw prepare,
    raw activate, simple activate`,
    destructive: `lvm zap, zap`
};
/** Classifies a tool whose verb may be one or two words. */
function twoWord(tool, args, spec) {
    const words = positionals(args, CEPH_VALUE_FLAGS);
    const two = classifyVerb(tool, words.slice(0, 2).join(' '), spec);
    return two.level !== 'unknown' ? two : classifyVerb(tool, words[0], spec);
}
const classifyRbd = (tool, args) => twoWord(tool, args, RBD);
const classifyRados = (tool, args) => twoWord(tool, args, RADOS);
const classifyRgwAdmin = (tool, args) => twoWord(tool, args, RGW_ADMIN);
const classifyCephVolume = (tool, args) => twoWord(tool, args, CEPH_VOLUME);
/** monmaptool: --print reads a monmap file; --rm/--add/--create rewrite it. */
const classifyMonmaptool = (tool, args) => hasFlag(args, '--rm', '--add', '--addv', '--create', '--clobber', '--set-min-mon-release', '--fsid')
    ? classified('mutating', tool, 'monmaptool.edit', 'monmaptool rewrites the monmap file')
    : classified('read-only', tool, 'monmaptool.print', 'monmaptool --print only reads the monmap file');
/** ceph-mon run by hand: --inject-monmap overwrites the monitor's store. */
const classifyCephMon = (tool, args) => {
    if (hasFlag(args, '--inject-monmap', '--mkfs')) {
        return classified('destructive', tool, 'ceph-mon.inject', 'ceph-mon --inject-monmap/--mkfs overwrites the monitor store');
    }
    if (hasFlag(args, '--extract-monmap')) {
        return classified('read-only', tool, 'ceph-mon.extract', 'ceph-mon --extract-monmap copies the monmap out of the store');
    }
    return classified('unknown', tool, 'ceph-mon.daemon', 'ceph-mon without --extract-monmap starts or changes a monitor');
};
/** ceph-objectstore-tool: the --op decides. */
const classifyObjectstoreTool = (tool, args) => {
    const op = args[args.indexOf('--op') + 1];
    if (op === undefined || !args.includes('--op'))
        return classified('unknown', tool, `${tool}.no-op`, `${tool} without --op`);
    if (/^(list|info|log|dump|list-pgs|list-lost|meta-list|get-osdmap|get-inc-osdmap|fuse|export)$/.test(op))
        return classified('read-only', tool, `${tool}.read`, `${tool} --op ${op} only reads the store`);
    if (/^(remove|export-remove|mark-complete|fix-lost|trim-pg-log|remove-pgs)$/.test(op))
        return classified('destructive', tool, `${tool}.remove`, `${tool} --op ${op} removes data from the OSD store`);
    return classified('mutating', tool, `${tool}.write`, `${tool} --op ${op} changes the OSD store`);
};
/** `kubectl rook-ceph ...`: the Rook plugin passes `ceph`/`rbd` through and has its own verbs. */
function classifyRookPlugin(tool, args, classify) {
    const words = positionals(args, CEPH_VALUE_FLAGS);
    const first = words[0];
    if (first === 'ceph' || first === 'rbd' || first === 'radosgw-admin') {
        const c = classify(args.slice(args.indexOf(first)));
        return classified(c.level, tool, `${tool}.rook-ceph-${first}`, `kubectl rook-ceph ${first}: ${c.reason}`);
    }
    const pair = words.slice(0, 2).join(' ');
    if (/^(health|operator status|mons status|debug status|rook status|rook version|ceph status)$/.test(pair) ||
        first === 'health')
        return classified('read-only', tool, `${tool}.rook-ceph-read`, `kubectl rook-ceph ${pair} only reads`);
    if (/^(mons restore-quorum|rook purge-osd|destroy-cluster|rook destroy-cluster|mons remove)$/.test(pair) ||
        first === 'destroy-cluster')
        return classified('destructive', tool, `${tool}.rook-ceph-${words[1] ?? first}`, `kubectl rook-ceph ${pair} removes mons, OSDs or the cluster`);
    if (/^(operator restart|operator set|debug start|debug stop|maintenance start|maintenance stop)$/.test(pair))
        return classified('mutating', tool, `${tool}.rook-ceph-write`, `kubectl rook-ceph ${pair} changes the cluster`);
    return classified('unknown', tool, `${tool}.rook-ceph-unknown`, `kubectl rook-ceph ${pair} is not a subcommand the classifier knows`);
}

;// CONCATENATED MODULE: ./src/runbook/safety/tools/kube.ts
// kubectl and oc (same verbs; oc adds `adm` and OpenShift verbs), with the rules that depend on
// more than the verb: dry runs, scale to zero, NoExecute taints, finalizer patches, exec.




/** Flags of kubectl/oc that take a value (so the value is not mistaken for the verb). */
const KUBE_VALUE_FLAGS = new Set(list(`-n, --namespace, --context, --cluster, --kubeconfig, --user, -s, --server, --token, --as,
  --as-group, --request-timeout, -l, --selector, -o, --output, -c, --container, -f,
  --filename, --field-selector, --sort-by, --template, --type, -p, --patch, --image,
  --replicas, --grace-period, --timeout, --tail, --since, --to`));
const KUBE_VERBS = {
    readOnly: `get, describe, logs, top, explain, api-resources, api-versions, version, cluster-info,
    diff, wait, events, kustomize, port-forward, proxy, whoami, status, projects, extract,
    observe, completion, plugin`,
    mutating: `apply, create, patch, edit, label, annotate, set, autoscale, expose, run, cordon,
    uncordon, cp, replace, certificate, login, logout, new-app, new-project, new-build,
    start-build, cancel-build, import-image, tag, process, rsync, image, registry`,
    destructive: `delete, drain`,
    reasons: {
        delete: 'delete removes resources; their pods and data may not come back',
        drain: 'drain evicts every pod from the node',
        'port-forward': 'port-forward only forwards a port (it runs until stopped)',
        edit: 'edit opens an editor and changes the resource'
    }
};
const ROLLOUT = {
    readOnly: `status, history`,
    mutating: `restart, undo, pause, resume, retry, latest, cancel`
};
const CONFIG = {
    readOnly: `view, get-contexts, current-context, get-clusters, get-users`,
    mutating: `use-context, use, set, set-context, set-cluster, set-credentials, unset, delete-context,
    delete-cluster, delete-user, rename-context`
};
const AUTH = { readOnly: `can-i, whoami`, mutating: 'reconcile' };
const ADM = {
    readOnly: `top, node-logs, inspect, release, verify-image-signature, completion`,
    mutating: `cordon, uncordon, policy, groups, certificate, must-gather, new-project, pod-network,
    create-bootstrap-project-template, ca, catalog, ocp-certificates`,
    destructive: `drain, prune`,
    reasons: { drain: 'adm drain evicts every pod from the node', prune: 'adm prune deletes objects' }
};
/** Classifies kubectl and oc. */
const classifyKube = (tool, args, classify) => {
    const words = positionals(args, KUBE_VALUE_FLAGS);
    const verb = words[0];
    const base = special(tool, verb, words, args, classify);
    if (base.level !== 'read-only' && base.level !== 'unknown' && isDryRun(args)) {
        return classified('read-only', tool, `${tool}.dry-run`, `${tool} ${verb ?? ''} --dry-run changes nothing`);
    }
    return base;
};
function isDryRun(args) {
    const v = flagValue(args, '--dry-run');
    return args.includes('--dry-run') || (v !== undefined && v !== 'none');
}
function special(tool, verb, words, args, classify) {
    switch (verb) {
        case 'rollout':
            return classifyVerb(tool, words[1], ROLLOUT, `${tool} rollout`);
        case 'config':
            return classifyVerb(tool, words[1], CONFIG, `${tool} config`);
        case 'auth':
            return classifyVerb(tool, words[1], AUTH, `${tool} auth`);
        case 'adm':
            return admin(tool, words, args);
        case 'scale':
            return scale(tool, args);
        case 'taint':
            return kube_taint(tool, words);
        case 'patch':
            return patch(tool, args);
        case 'exec':
        case 'rsh':
        case 'debug':
        case 'attach':
            return inContainer(tool, verb, words, args, classify);
        case 'project':
            return words.length > 1
                ? classified('mutating', tool, `${tool}.project`, `${tool} project NAME switches the current project`)
                : classified('read-only', tool, `${tool}.project`, `${tool} project shows the current project`);
        case 'rook-ceph':
            return classifyRookPlugin(tool, args.slice(args.indexOf('rook-ceph') + 1), classify);
        case 'apply':
            return hasFlag(args, '--prune')
                ? classified('destructive', tool, `${tool}.apply-prune`, 'apply --prune deletes resources missing from the manifests')
                : classifyVerb(tool, verb, KUBE_VERBS);
        case 'replace':
            return hasFlag(args, '--force')
                ? classified('destructive', tool, `${tool}.replace-force`, 'replace --force deletes and re-creates the resource')
                : classifyVerb(tool, verb, KUBE_VERBS);
        default:
            return classifyVerb(tool, verb, KUBE_VERBS);
    }
}
function admin(tool, words, args) {
    const sub = words[1];
    if (sub === 'taint')
        return kube_taint(tool, words.slice(1));
    if (sub === 'upgrade') {
        return hasFlag(args, '--to', '--to-latest', '--to-image', '--clear')
            ? classified('mutating', tool, `${tool}.adm-upgrade`, 'adm upgrade --to starts a cluster upgrade')
            : classified('read-only', tool, `${tool}.adm-upgrade`, 'adm upgrade without --to shows the upgrade status');
    }
    return classifyVerb(tool, sub, ADM, `${tool} adm`);
}
function scale(tool, args) {
    const replicas = flagValue(args, '--replicas');
    if (replicas === '0') {
        return classified('destructive', tool, `${tool}.scale-to-zero`, 'scale --replicas=0 stops every pod of the workload');
    }
    return classified('mutating', tool, `${tool}.scale`, 'scale changes the number of replicas');
}
function kube_taint(tool, words) {
    const specs = words
        .slice(1)
        .filter((w) => /:(NoExecute|NoSchedule|PreferNoSchedule)-?$/.test(w) || w.endsWith('-'));
    if (specs.some((w) => /:NoExecute$/.test(w))) {
        return classified('destructive', tool, `${tool}.taint-noexecute`, 'a NoExecute taint evicts every pod that does not tolerate it');
    }
    return classified('mutating', tool, `${tool}.taint`, 'taint changes where pods may be scheduled');
}
function patch(tool, args) {
    const body = flagValue(args, '-p', '--patch') ?? '';
    if (/finalizers/.test(body)) {
        return classified('destructive', tool, `${tool}.patch-finalizers`, 'removing finalizers lets the API delete the object at once, skipping its cleanup');
    }
    if (/"?replicas"?\s*:\s*0\b/.test(body)) {
        return classified('destructive', tool, `${tool}.scale-to-zero`, 'patching replicas to 0 stops every pod of the workload');
    }
    return classified('mutating', tool, `${tool}.patch`, 'patch changes the resource');
}
function inContainer(tool, verb, words, args, classify) {
    let inner = afterDoubleDash(args);
    // `oc rsh POD CMD...` takes the command without `--`.
    if (inner === undefined && verb === 'rsh' && words.length > 2) {
        const at = args.indexOf(words[1], args.indexOf('rsh') + 1);
        inner = args.slice(at + 1);
    }
    if (verb === 'attach' || inner === undefined || inner.length === 0) {
        return classified('unknown', tool, `${tool}.${verb}-shell`, `${tool} ${verb} opens an interactive session in which anything can run`);
    }
    const c = classify(inner);
    const floor = verb === 'debug' ? 'mutating' : 'read-only';
    const level = c.level === 'read-only' ? floor : c.level;
    return classified(level, tool, `${tool}.${verb}`, `${tool} ${verb} runs '${inner.join(' ')}' in a container: ${c.reason}`);
}

;// CONCATENATED MODULE: ./src/runbook/safety/tools/plain.ts
// Everyday tools whose effect hardly depends on arguments: readers, local file writers, and the
// few readers with a writing flag (find -delete, sed -i, tar x, hostname NAME, dmesg -c).




/** Tools that only read, whatever their arguments. */
const READ_ONLY_TOOLS = new Set(list(`ls, cat, head, tail, less, more, grep, egrep, fgrep, zgrep, rg, ag, df, du, ps, top, htop,
  atop, uname, uptime, free, whoami, id, groups, pwd, echo, printf, wc, sort, uniq, cut, tr,
  jq, stat, file, which, whereis, type, lsblk, blkid, lsof, netstat, ss, ping, ping6,
  traceroute, tracepath, mtr, dig, nslookup, host, base64, sha256sum, sha1sum, md5sum, cksum,
  diff, cmp, tree, vmstat, iostat, mpstat, pidstat, sar, nproc, lscpu, lsmod, lspci, lsusb,
  lshw, dmidecode, getent, last, lastlog, w, who, zcat, xxd, hexdump, od, strings, column,
  nl, fold, rev, tac, paste, join, comm, expand, seq, basename, dirname, realpath, readlink,
  test, [, true, false, sleep, nvidia-smi, iotop, iftop, nload, pgrep, pidof, pstree,
  printenv, locale, tty, arch, getconf, ldd, nm, objdump, readelf, findmnt, lsns, ipcs,
  showmount, ethtool, arp, route, resolvectl, yes, cal, factor, numfmt, jp, gron, promtool,
  amtool`));
/** Tools that write local files or settings but delete nothing. */
const LOCAL_WRITE_TOOLS = new Set(list(`touch, mkdir, cp, mv, ln, chmod, chown, chgrp, tee, rmdir, install, rsync, scp, zip, unzip,
  gzip, gunzip, xz, bzip2, patch, export, alias, cd, set, unset, ssh-keygen, htpasswd,
  setfacl, chattr, usermod, useradd, groupadd, passwd, crontab, update-ca-certificates, apt,
  apt-get, yum, dnf, zypper, apk, pip, pip3, brew, snap, modprobe, insmod, swapon, swapoff,
  losetup, exportfs, vi, vim, nano, emacs, ed`));
/** Classifies the tools of the two sets above. */
const classifyPlain = (tool) => READ_ONLY_TOOLS.has(tool)
    ? classified('read-only', tool, 'read-only-tool', `${tool} only reads`)
    : classified('mutating', tool, 'local-write-tool', `${tool} changes local files or settings`);
/** find: -delete is destructive; -exec/-ok take the level of the command they run. */
const classifyFind = (tool, args, classify) => {
    if (args.includes('-delete'))
        return classified('destructive', tool, 'find.delete', 'find -delete deletes every match');
    const u = (0,wrapped/* unwrapOnce */.PS)(tool, args);
    const commands = 'inner' in u ? u.inner : [];
    if (commands.some((c) => c[0]?.includes('{}') === true))
        return classified('unknown', tool, 'find.exec', 'find -exec runs a command named by the match');
    const inner = worst(commands.map((c) => classify(c)));
    if (inner !== undefined) {
        return classified(inner.level, inner.tool, inner.rule, `find -exec runs it on every match: ${inner.reason}`);
    }
    return classified('read-only', tool, 'find.read', 'find only lists files');
};
/** tar: t lists, x/c/r/u write. */
const classifyTar = (tool, args) => {
    const mode = (args[0] ?? '').replace(/^-/, '');
    return /^[a-z]*t/.test(mode) || hasFlag(args, '--list')
        ? classified('read-only', tool, 'tar.list', 'tar t only lists the archive')
        : classified('mutating', tool, 'tar.write', 'tar writes an archive or extracts files');
};
/** openssl: inspecting certificates is read-only; generating keys and requests writes files. */
const classifyOpenssl = (tool, args) => {
    const verb = args[0] ?? '';
    if (/^(x509|s_client|verify|version|crl|asn1parse|ciphers|dgst|sess_id|rsa|ec|pkey|pkcs12|pkcs7|req|storeutl|base64|enc|list)$/.test(verb) &&
        !hasFlag(args, '-new', '-newkey', '-signkey', '-out', '-x509toreq'))
        return classified('read-only', tool, 'openssl.read', `openssl ${verb} only reads or prints`);
    return classified('mutating', tool, 'openssl.write', `openssl ${verb} writes keys, requests or files`);
};
/** hostname and dmesg read unless told to set or clear. */
const classifyHostTool = (tool, args) => {
    if (tool === 'dmesg') {
        return hasFlag(args, '-c', '-C', '--clear', '--read-clear', '-n', '--console-level', '-D', '-E')
            ? classified('mutating', tool, 'dmesg.clear', 'dmesg -c/-C clears the kernel ring buffer')
            : classified('read-only', tool, 'dmesg.read', 'dmesg only reads the kernel log');
    }
    const words = positionals(args, new Set(['-F', '--file']));
    return words.length > 0 || hasFlag(args, '-F', '--file', '-b', '--boot')
        ? classified('mutating', tool, `${tool}.set`, `${tool} NAME changes a system setting`)
        : classified('read-only', tool, `${tool}.read`, `${tool} only prints`);
};
/** timedatectl, hostnamectl, localectl: status is read-only, set-* changes the system. */
const classifyCtl = (tool, args) => {
    const verb = positionals(args, new Set(['-H', '--host']))[0] ?? 'status';
    return /^(status|show|list-.*|timesync-status)$/.test(verb)
        ? classified('read-only', tool, `${tool}.status`, `${tool} ${verb} only reads`)
        : classified('mutating', tool, `${tool}.set`, `${tool} ${verb} changes a system setting`);
};

;// CONCATENATED MODULE: ./src/runbook/safety/tools/kafka.ts
// Kafka's admin scripts (kafka-topics, kafka-consumer-groups, kafka-configs, with or without .sh):
// the action is a flag (`--list`, `--describe`, `--create`, `--alter`, `--delete`), not a word.


/** Classifies kafka-topics, kafka-consumer-groups and kafka-configs (`.sh` or not). */
const classifyKafka = (tool, args) => {
    const name = tool.replace(/\.sh$/, '');
    const c = (level, rule, reason) => classified(level, tool, `${name}.${rule}`, `${name} ${reason}`);
    if (hasFlag(args, '--delete'))
        return c('destructive', 'delete', name === 'kafka-topics'
            ? '--delete deletes the topic and every message in it'
            : '--delete deletes the consumer group and its committed offsets');
    if (hasFlag(args, '--delete-offsets'))
        return c('destructive', 'delete-offsets', '--delete-offsets deletes committed offsets');
    if (hasFlag(args, '--reset-offsets'))
        return hasFlag(args, '--execute')
            ? c('mutating', 'reset-offsets', '--reset-offsets --execute moves the committed offsets')
            : c('read-only', 'reset-offsets-dry-run', '--reset-offsets without --execute only prints the new offsets (a dry run)');
    if (hasFlag(args, '--create', '--alter'))
        return hasFlag(args, '--create')
            ? c('mutating', 'create', '--create creates a topic')
            : c('mutating', 'alter', '--alter changes partitions or settings');
    if (hasFlag(args, '--list', '--describe', '--version', '--help'))
        return c('read-only', 'describe', '--list/--describe only reads');
    return c('unknown', 'unknown-action', 'without an action the classifier knows');
};

;// CONCATENATED MODULE: ./src/runbook/safety/tools/network.ts
// Certificates and connections: certbot (Let's Encrypt) and nc/ncat/netcat.



const CERTBOT_VALUE_FLAGS = new Set(`-d --domain --domains --cert-name -m --email -w --webroot-path --config-dir --work-dir
  --logs-dir -c --config --server --cert-path --key-path --reason --preferred-challenges -a
  --authenticator -i --installer --key-type --rsa-key-size --elliptic-curve --csr
  --fullchain-path --chain-path --eab-kid --eab-hmac-key --user-agent`.split(/\s+/));
const CERTBOT = {
    readOnly: 'certificates, plugins, show_account, config_changes, --version, -h, --help, help',
    mutating: 'renew, certonly, run, install, enhance, register, update_account, reconfigure, rollback',
    destructive: 'revoke, delete, unregister',
    reasons: {
        revoke: 'certbot revoke revokes the certificate: every server using it stops being trusted',
        delete: 'certbot delete deletes the certificate, its key and its renewal configuration',
        unregister: 'certbot unregister deactivates the ACME account for good'
    }
};
/** certbot: certificates reads; renew/certonly write; revoke/delete destroy; hooks run shell. */
const classifyCertbot = (tool, args) => {
    const hook = args.find((a) => /^--[a-z-]*-hook(=|$)/.test(a));
    if (hook !== undefined)
        return classified('unknown', tool, 'certbot.hook', `certbot runs the ${hook.replace(/=.*/, '')} command through a shell`);
    const verb = args[0] === '--version' || args[0] === '--help'
        ? args[0]
        : (positionals(args, CERTBOT_VALUE_FLAGS)[0] ?? 'run');
    const c = classifyVerb(tool, verb, CERTBOT);
    if (hasFlag(args, '--dry-run') && (verb === 'renew' || verb === 'certonly'))
        return classified('read-only', tool, 'certbot.dry-run', `certbot ${verb} --dry-run uses the staging server and saves nothing`);
    return c;
};
/** nc/ncat/netcat: `-z` only checks that a port is open; anything else sends or listens. */
const classifyNetcat = (tool, args) => {
    if (hasFlag(args, '-e', '-c', '--exec', '--sh-exec', '--lua-exec'))
        return classified('unknown', tool, `nc.exec`, `${tool} -e/-c runs a command for the connection`);
    if (hasFlag(args, '-l', '--listen'))
        return classified('unknown', tool, 'nc.listen', `${tool} -l listens until stopped`);
    if (hasFlag(args, '-z'))
        return classified('read-only', tool, 'nc.port-check', `${tool} -z only checks that a port is open`);
    return classified('unknown', tool, 'nc.connection', `${tool} without -z opens a connection and sends whatever its input holds`);
};

;// CONCATENATED MODULE: ./src/runbook/safety/tools/redis.ts


// Options that take a value (redis-cli --help, Redis 7).
const VALUE_OPTIONS = new Set(`-h -p -s -a -u -r -i -n -d -D -t --user --pass --pattern --quoted-pattern --count
  --memkeys-samples --cacert --cacertdir --cert --key --tls-ciphers --tls-ciphersuites --sni
  --pipe-timeout --rdb --functions-rdb --intrinsic-latency`.split(/\s+/));
// Modes that only read the server (a scan, sampling, latency probes, a dump copied to a local file).
const READ_MODES = new Set(`--scan --bigkeys --memkeys --hotkeys --keystats --latency --latency-history --latency-dist
  --stat --intrinsic-latency --rdb --functions-rdb --replica --slave`.split(/\s+/));
// Commands are case-insensitive; the table is lower-case. Two-word entries are container commands
// (`config get`); `replicaof no one` is three words.
const REDIS = {
    readOnly: `ping, echo, info, get, mget, exists, type, ttl, pttl, expiretime, pexpiretime, strlen,
    getrange, substr, scan, sscan, hscan, zscan, keys, randomkey, dbsize, time, lastsave, role,
    hget, hmget, hgetall, hkeys, hvals, hlen, hexists, hstrlen, hrandfield, lrange, llen, lindex,
    lpos, smembers, scard, sismember, smismember, srandmember, sinter, sunion, sdiff, zrange,
    zrangebyscore, zrangebylex, zrevrange, zrevrangebyscore, zrevrangebylex, zcard, zscore,
    zmscore, zrank, zrevrank, zcount, zlexcount, xlen, xrange, xrevrange, xpending, pfcount,
    bitcount, bitpos, getbit, dump, lolwut, monitor, subscribe, psubscribe, ssubscribe,
    config get, client list, client info, client getname, client id, memory usage, memory stats,
    memory doctor, memory malloc-stats, slowlog get, slowlog len, latency latest,
    latency history, latency doctor, latency graph, cluster info, cluster nodes, cluster slots,
    cluster shards, cluster myid, cluster keyslot, cluster countkeysinslot, cluster getkeysinslot,
    object encoding, object freq, object idletime, object refcount, xinfo stream, xinfo groups,
    xinfo consumers, command count, command docs, command info, command list, pubsub channels,
    pubsub numsub, pubsub numpat, acl list, acl users, acl whoami, acl getuser, acl cat, acl log,
    module list, function list, function dump, script exists, sentinel masters, sentinel master,
    sentinel replicas, sentinel slaves, sentinel sentinels, sentinel get-master-addr-by-name,
    sentinel ckquorum, sentinel info-cache`,
    mutating: `set, setex, psetex, setnx, mset, msetnx, append, setrange, setbit, incr, incrby,
    incrbyfloat, decr, decrby, getset, getex, expire, pexpire, expireat, pexpireat, persist,
    rename, renamenx, copy, move, restore, hset, hmset, hsetnx, hincrby, hincrbyfloat, lpush,
    rpush, lpushx, rpushx, linsert, lset, lmove, rpoplpush, sadd, smove, zadd, zincrby, xadd,
    xgroup create, xack, pfadd, publish, config set, config resetstat, config rewrite,
    client setname, client pause, client unpause, client no-evict, client reply, slowlog reset,
    latency reset, memory purge, bgsave, save, bgrewriteaof, replicaof no one, slaveof no one,
    failover, cluster failover, cluster meet, cluster addslots, cluster setslot, script load,
    acl setuser, acl save, acl load, module load, function load, sentinel set, sentinel monitor,
    sentinel failover`,
    destructive: `flushall, flushdb, del, unlink, getdel, hdel, lpop, rpop, blpop, brpop, lmpop, lrem,
    ltrim, srem, spop, zrem, zremrangebyscore, zremrangebyrank, zremrangebylex, zpopmin,
    zpopmax, bzpopmin, bzpopmax, xdel, xtrim, xgroup destroy, swapdb, migrate, shutdown, debug,
    client kill, replicaof, slaveof, cluster forget, cluster reset, cluster delslots,
    cluster flushslots, script flush, script kill, function flush, function delete,
    function kill, acl deluser, module unload, sentinel remove, sentinel reset`,
    reasons: {
        flushall: 'FLUSHALL deletes every key of every database',
        flushdb: 'FLUSHDB deletes every key of the database',
        del: 'DEL deletes keys',
        unlink: 'UNLINK deletes keys',
        shutdown: 'SHUTDOWN stops the server (and may lose writes since the last save)',
        debug: 'DEBUG can crash, block or reload the server',
        'client kill': 'CLIENT KILL ends client connections',
        replicaof: 'REPLICAOF makes the server a replica: it discards its own data and copies the primary',
        slaveof: 'SLAVEOF makes the server a replica: it discards its own data and copies the primary',
        keys: 'KEYS only reads (but blocks the server while it walks the whole keyspace)',
        'config rewrite': 'CONFIG REWRITE rewrites redis.conf with the running settings (a CONFIG SET undoes it)'
    }
};
const CLUSTER_MODE = {
    readOnly: 'check, info, help, backup',
    mutating: 'create, add-node, reshard, rebalance, set-timeout, import, fix',
    destructive: 'del-node'
};
/** Classifies redis-cli by its mode flag or its Redis command. */
const classifyRedisCli = (tool, args) => {
    const modes = [];
    let i = 0;
    for (; i < args.length; i++) {
        const a = args[i];
        if (!a.startsWith('-') || a === '-')
            break;
        const name = a.replace(/=.*/, '');
        if (name === '--pipe' || name === '--eval')
            return classified('unknown', tool, `${tool}.script`, `${tool} ${name} runs commands or a script the classifier cannot see`);
        if (name === '--cluster')
            return clusterMode(tool, args.slice(i + 1));
        if (READ_MODES.has(name))
            modes.push(name);
        if (VALUE_OPTIONS.has(a))
            i++;
    }
    const words = args.slice(i).map((w) => w.toLowerCase());
    if (words.length === 0) {
        if (modes.length > 0)
            return classified('read-only', tool, `${tool}.mode`, `${tool} ${modes.join(' ')} only reads`);
        return classified('unknown', tool, `${tool}.session`, `${tool} without a command opens an interactive session`);
    }
    return redisCommand(tool, words);
};
/** The longest known command of up to three words (`get`, `config get`, `replicaof no one`). */
function redisCommand(tool, words) {
    for (let n = Math.min(3, words.length); n >= 1; n--) {
        const c = classifyVerb(tool, words.slice(0, n).join(' '), REDIS, tool);
        if (c.level !== 'unknown')
            return c;
    }
    return classifyVerb(tool, words[0], REDIS, tool);
}
/** `redis-cli --cluster SUBCOMMAND`; `call host:port CMD...` runs CMD on every node. */
function clusterMode(tool, rest) {
    const sub = rest[0];
    if (sub === 'call') {
        const cmd = rest.slice(2).filter((w) => !w.startsWith('--'));
        if (cmd.length === 0)
            return classified('unknown', tool, `${tool}.cluster-call`, '--cluster call without a command');
        const c = redisCommand(tool, cmd.map((w) => w.toLowerCase()));
        return classified(c.level, tool, c.rule, `${c.reason}, on every node of the cluster`);
    }
    return classifyVerb(tool, sub, CLUSTER_MODE, `${tool} --cluster`);
}

;// CONCATENATED MODULE: ./src/runbook/safety/tools/sql.ts
// SQL clients (psql, mysql, mariadb, sqlite3, sqlcmd, clickhouse-client, cqlsh): the SQL text decides.
// DROP, TRUNCATE and DELETE/UPDATE without WHERE are destructive; reads are read-only; a session
// without SQL on the command line, or SQL read from a file, is unknown.


/** Finds the SQL a client will run from its argv, or undefined. */
function sqlText(tool, args) {
    switch (tool) {
        case 'psql':
            return flagValue(args, '-c', '--command');
        case 'mysql':
        case 'mariadb':
            return flagValue(args, '-e', '--execute');
        case 'sqlcmd':
            return flagValue(args, '-Q', '-q');
        case 'clickhouse-client':
            return flagValue(args, '-q', '--query');
        case 'cqlsh':
            return flagValue(args, '-e', '--execute');
        case 'sqlite3': {
            const words = positionals(args, new Set(['-cmd', '-separator', '-nullvalue']));
            return words[1];
        }
        default:
            return undefined;
    }
}
/** Classifies a SQL client by the statements it is given. */
const classifySqlClient = (tool, args) => {
    const sql = sqlText(tool, args);
    if (sql === undefined) {
        return classified('unknown', tool, 'sql.no-statement', `${tool} without SQL on the command line opens a session or reads a script`);
    }
    return classifySql(tool, sql);
};
/**
 * mysqldump (mariadb-dump) reads the server; the dump goes to standard output (a redirect that
 * writes a file is the shell's, judged by the compiler). It can also flush or purge logs.
 */
const classifyMysqldump = (tool, args) => {
    if (hasFlag(args, '--delete-master-logs', '--delete-source-logs'))
        return classified('destructive', tool, 'mysqldump.purge', `${tool} --delete-master-logs purges the binary logs after the dump`);
    if (hasFlag(args, '-F', '--flush-logs', '--flush-privileges'))
        return classified('mutating', tool, 'mysqldump.flush', `${tool} --flush-logs starts new log files on the server`);
    return classified('read-only', tool, 'mysqldump.read', `${tool} only reads the server`);
};
/** Classifies SQL text: the most dangerous of its statements. */
function classifySql(tool, sql) {
    const statements = splitStatements(sql).map((s) => classifyStatement(tool, s));
    return worst(statements) ?? classified('read-only', tool, 'sql.empty', 'no SQL statement');
}
// Functions that act although a SELECT calls them: they end sessions, drop replication slots,
// promote a replica, pause replay or change settings. A statement that calls one is not a read.
const DESTRUCTIVE_FUNCTIONS = /\b(pg_terminate_backend|pg_drop_replication_slot|pg_promote|pg_replication_origin_drop|pg_logical_slot_get_changes|pg_logical_slot_get_binary_changes|lo_unlink)\s*\(/i;
const MUTATING_FUNCTIONS = /\b(pg_cancel_backend|pg_reload_conf|pg_rotate_logfile|pg_switch_wal|pg_switch_xlog|pg_wal_replay_pause|pg_wal_replay_resume|pg_xlog_replay_pause|pg_xlog_replay_resume|pg_create_restore_point|pg_create_physical_replication_slot|pg_create_logical_replication_slot|pg_copy_physical_replication_slot|pg_copy_logical_replication_slot|pg_replication_slot_advance|pg_replication_origin_create|pg_replication_origin_advance|pg_stat_reset\w*|pg_backup_start|pg_backup_stop|pg_start_backup|pg_stop_backup|pg_advisory_(?:xact_)?lock\w*|pg_advisory_unlock\w*|pg_notify|set_config|nextval|setval|lo_import|lo_export|lo_create|dblink_exec|get_lock|release_lock|release_all_locks)\s*\(/i;
function classifyStatement(tool, stmt) {
    const text = stmt.replace(/--[^\n]*|\/\*[\s\S]*?\*\//g, ' ').trim();
    const upper = text.toUpperCase();
    const kw = /^[\\A-Z]+/.exec(upper)?.[0] ?? '';
    const hasWhere = /\bWHERE\b/.test(upper);
    const unsafe = DESTRUCTIVE_FUNCTIONS.exec(text) ?? MUTATING_FUNCTIONS.exec(text);
    if (unsafe !== null) {
        const destructive = DESTRUCTIVE_FUNCTIONS.test(text);
        return classified(destructive ? 'destructive' : 'mutating', tool, 'sql.function', `${unsafe[1]}() ${destructive ? 'ends sessions, drops data or changes roles for good' : 'changes the server state'} although it is called from ${kw || 'a statement'}`);
    }
    if (kw.startsWith('\\'))
        return classified('read-only', tool, 'sql.meta', `${kw} is a client meta-command that shows information`);
    if (kw === 'DROP' || kw === 'TRUNCATE')
        return classified('destructive', tool, `sql.${kw.toLowerCase()}`, `${kw} removes a table or its rows`);
    if ((kw === 'DELETE' || kw === 'UPDATE') && !hasWhere)
        return classified('destructive', tool, `sql.${kw.toLowerCase()}-all`, `${kw} without WHERE changes every row`);
    const admin = adminStatement(kw, upper);
    if (admin !== undefined)
        return classified(admin[0], tool, admin[1], admin[2]);
    if (kw === 'ALTER' && /\bDROP\b/.test(upper))
        return classified('destructive', tool, 'sql.alter-drop', 'ALTER ... DROP removes a column, constraint or partition');
    if (/^(SELECT|SHOW|EXPLAIN|DESCRIBE|DESC|VALUES|TABLE|PRAGMA|USE)$/.test(kw) &&
        !/\bINTO\b/.test(upper))
        return classified('read-only', tool, 'sql.read', `${kw} only reads`);
    if (kw === 'WITH' && !/\b(INSERT|UPDATE|DELETE|MERGE)\b/.test(upper))
        return classified('read-only', tool, 'sql.read', 'WITH ... SELECT only reads');
    if (/^(INSERT|UPDATE|DELETE|CREATE|ALTER|GRANT|REVOKE|SET|BEGIN|COMMIT|ROLLBACK|START|VACUUM|ANALYZE|REINDEX|COPY|MERGE|REPLACE|UPSERT|COMMENT|REFRESH|CLUSTER|LOCK|SELECT|WITH)$/.test(kw))
        return classified('mutating', tool, `sql.write`, `${kw} changes the database`);
    return classified('unknown', tool, 'sql.unknown', `the SQL statement '${kw || text.slice(0, 20)}' is not one the classifier knows`);
}
// Server administration (MySQL/MariaDB, PostgreSQL): deleting binary logs, resetting replication,
// ending a connection or skipping replicated transactions cannot be put back; stopping replication
// or flushing can.
function adminStatement(kw, upper) {
    if (/^PURGE\s+(BINARY|MASTER)\s+LOGS\b/.test(upper))
        return ['destructive', 'sql.purge', 'PURGE BINARY LOGS deletes binary logs for good'];
    if (/^RESET\s+(MASTER|SLAVE|REPLICA|BINARY)\b/.test(upper))
        return ['destructive', 'sql.reset', 'RESET deletes binary logs or replication state for good'];
    if (kw === 'KILL')
        return ['destructive', 'sql.kill', 'KILL ends a connection or its running statement'];
    if (kw === 'SET' && /\bSQL_(SLAVE|REPLICA)_SKIP_COUNTER\b/.test(upper))
        return [
            'destructive',
            'sql.skip',
            'the skip counter drops replicated transactions: the replica no longer matches its source'
        ];
    if (/^(STOP|START)\s+(SLAVE|REPLICA|GROUP_REPLICATION|ALL\s+SLAVES|ALL\s+REPLICAS)\b/.test(upper))
        return ['mutating', 'sql.replication', `${kw} stops or starts replication`];
    if (/^CHANGE\s+(MASTER|REPLICATION)\b/.test(upper) ||
        /^(FLUSH|CHECKPOINT|DISCARD|OPTIMIZE|REPAIR|INSTALL|UNINSTALL)$/.test(kw))
        return ['mutating', 'sql.admin', `${kw} changes the server state`];
    return undefined;
}
/** Splits SQL on `;` outside quotes. */
function splitStatements(sql) {
    const out = [];
    let cur = '';
    let quote;
    for (const ch of sql) {
        if (quote !== undefined) {
            if (ch === quote)
                quote = undefined;
        }
        else if (ch === "'" || ch === '"' || ch === '`')
            quote = ch;
        else if (ch === ';') {
            out.push(cur);
            cur = '';
            continue;
        }
        cur += ch;
    }
    out.push(cur);
    return out.filter((s) => s.trim() !== '');
}

;// CONCATENATED MODULE: ./src/runbook/safety/tools/system.ts
// Host administration: services, logs, files and disks, processes, power, firewall, mounts.



const SYSTEMCTL = {
    readOnly: `status, show, list-units, list-unit-files, list-sockets, list-timers, list-jobs,
    list-dependencies, list-machines, is-active, is-enabled, is-failed, is-system-running,
    cat, get-default, show-environment, help`,
    mutating: `start, restart, reload, try-restart, reload-or-restart, try-reload-or-restart, enable,
    disable, reenable, daemon-reload, daemon-reexec, reset-failed, mask, unmask,
    set-property, edit, set-default, preset, stop, link, revert, set-environment,
    unset-environment`,
    destructive: `kill, isolate, poweroff, reboot, halt, kexec, rescue, emergency, suspend, hibernate,
    soft-reboot, clean`,
    reasons: {
        stop: 'systemctl stop stops the service until it is started again',
        reboot: 'systemctl reboot restarts the host'
    }
};
/** Classifies systemctl. */
const classifySystemctl = (tool, args) => {
    const words = positionals(args, new Set([
        '-H',
        '--host',
        '-M',
        '--machine',
        '-p',
        '--property',
        '-t',
        '--type',
        '--state',
        '-s',
        '--signal',
        '-n',
        '--lines',
        '-o',
        '--output'
    ]));
    return classifyVerb(tool, words[0] ?? 'list-units', SYSTEMCTL);
};
/** journalctl reads logs; --vacuum-* deletes them. */
const classifyJournalctl = (tool, args) => {
    if (hasFlag(args, '--vacuum-size', '--vacuum-time', '--vacuum-files'))
        return classified('destructive', tool, 'journalctl.vacuum', 'journalctl --vacuum-* deletes archived logs');
    if (hasFlag(args, '--rotate', '--flush', '--sync', '--relinquish-var', '--setup-keys'))
        return classified('mutating', tool, 'journalctl.maintenance', 'journalctl --rotate/--flush changes the journal files');
    return classified('read-only', tool, 'journalctl.read', 'journalctl only reads logs');
};
/** rm: every rm deletes; recursive or forced deletion is called out. */
const classifyRm = (tool, args) => hasFlag(args, '-r', '-R', '--recursive')
    ? classified('destructive', tool, 'rm.recursive', 'rm -r deletes a whole directory tree')
    : classified('destructive', tool, 'rm.file', 'rm deletes files; they cannot be recovered');
/** dd writes its output file; without of= it only copies to stdout. */
const classifyDd = (tool, args) => args.some((a) => a.startsWith('of='))
    ? classified('destructive', tool, 'dd.of', 'dd of= overwrites the output file or device')
    : classified('read-only', tool, 'dd.stdout', 'dd without of= only copies to standard output');
/** Tools that wipe or cut data whatever their arguments. */
const classifyWipe = (tool) => {
    const what = {
        shred: 'shred overwrites files so they cannot be recovered',
        truncate: 'truncate cuts files to a size, dropping their content',
        wipefs: 'wipefs erases filesystem signatures from a device',
        blkdiscard: 'blkdiscard discards every block of a device'
    };
    const reason = tool.startsWith('mkfs') || tool.startsWith('mke2fs') || tool === 'mkswap'
        ? `${tool} creates a new filesystem, erasing the device`
        : (what[tool] ?? `${tool} erases data`);
    return classified('destructive', tool, `${tool.startsWith('mkfs') ? 'mkfs' : tool}.wipe`, reason);
};
/** Partition editors: listing is read-only, anything else rewrites the partition table. */
const classifyPartition = (tool, args) => hasFlag(args, '-l', '--list', '-p', '--print') || args.includes('print')
    ? classified('read-only', tool, `${tool}.list`, `${tool} -l only lists partitions`)
    : classified('destructive', tool, `${tool}.edit`, `${tool} rewrites the partition table`);
/** kill, pkill, killall: signals stop processes; `kill -0` and `-l` only check. */
const classifyKill = (tool, args) => {
    if (tool === 'kill' && (args[0] === '-0' || args[0] === '-l' || args[0] === '-L'))
        return classified('read-only', tool, 'kill.check', `kill ${args[0]} sends no signal`);
    return classified('destructive', tool, `${tool}.signal`, `${tool} stops running processes`);
};
/** shutdown, reboot, halt, poweroff. */
const classifyPower = (tool, args) => tool === 'shutdown' && hasFlag(args, '-c')
    ? classified('mutating', tool, 'shutdown.cancel', 'shutdown -c cancels a pending shutdown')
    : classified('destructive', tool, `${tool}.power`, `${tool} takes the host down`);
/** iptables/ip6tables (and -legacy/-nft variants): list vs change vs flush/delete. */
const classifyIptables = (tool, args) => {
    if (tool.includes('-save'))
        return classified('read-only', tool, 'iptables.save', `${tool} prints the rules`);
    if (tool.includes('-restore'))
        return classified('destructive', tool, 'iptables.restore', `${tool} replaces the whole rule set`);
    if (hasFlag(args, '-F', '--flush', '-X', '--delete-chain', '-D', '--delete', '-Z', '--zero'))
        return classified('destructive', tool, 'iptables.delete', `${tool} -F/-X/-D removes firewall rules`);
    if (hasFlag(args, '-A', '--append', '-I', '--insert', '-R', '--replace', '-N', '--new-chain', '-P', '--policy', '-E', '--rename-chain'))
        return classified('mutating', tool, 'iptables.change', `${tool} changes firewall rules`);
    if (hasFlag(args, '-L', '--list', '-S', '--list-rules', '-C', '--check'))
        return classified('read-only', tool, 'iptables.list', `${tool} -L/-S only lists rules`);
    return classified('unknown', tool, 'iptables.unknown', `${tool} without a recognised command flag`);
};
/** nft: list is read-only; flush/delete are destructive; add/insert/replace mutate. */
const classifyNft = (tool, args) => {
    const verb = positionals(args, new Set(['-f', '--file']))[0];
    if (verb === 'list' || verb === '-l')
        return classified('read-only', tool, 'nft.list', 'nft list only lists rules');
    if (verb === 'flush' || verb === 'delete' || verb === 'destroy' || hasFlag(args, '-f', '--file'))
        return classified('destructive', tool, 'nft.delete', 'nft flush/delete (or a rule file) removes firewall rules');
    if (verb === 'add' ||
        verb === 'insert' ||
        verb === 'replace' ||
        verb === 'create' ||
        verb === 'rename')
        return classified('mutating', tool, 'nft.change', 'nft changes firewall rules');
    return classified('unknown', tool, 'nft.unknown', `nft ${verb ?? ''} is not a command the classifier knows`);
};
/** mount lists without arguments; umount -f/-l forces. */
const classifyMount = (tool, args) => {
    if (tool === 'mount') {
        return args.length === 0 ||
            (args.length <= 2 &&
                hasFlag(args, '-l', '-t') &&
                positionals(args, new Set(['-t'])).length === 0)
            ? classified('read-only', tool, 'mount.list', 'mount without a device only lists mounts')
            : classified('mutating', tool, 'mount.mount', 'mount attaches a filesystem');
    }
    return hasFlag(args, '-f', '--force', '-l', '--lazy')
        ? classified('destructive', tool, 'umount.force', 'umount -f/-l detaches a filesystem that is in use')
        : classified('mutating', tool, 'umount.umount', 'umount detaches a filesystem');
};
/** sysctl: reading is read-only; -w or key=value writes a kernel setting. */
const classifySysctl = (tool, args) => hasFlag(args, '-w', '--write', '-p', '--load', '--system') ||
    args.some((a) => /^[a-z][\w.]*=/.test(a))
    ? classified('mutating', tool, 'sysctl.write', 'sysctl -w changes a kernel setting')
    : classified('read-only', tool, 'sysctl.read', 'sysctl only reads kernel settings');
/** ip (iproute2): show/list are read-only; flush/del are destructive; add/set mutate. */
const classifyIp = (tool, args) => {
    const words = positionals(args, new Set(['-n', '-netns', '-f', '-family']));
    const action = words[1];
    if (action === undefined || /^(show|list|ls|get|lst|sh|s|l|monitor)$/.test(action))
        return classified('read-only', tool, 'ip.show', 'ip ... show only reads network settings');
    if (/^(flush|del|delete)$/.test(action))
        return classified('destructive', tool, 'ip.delete', `ip ${words[0] ?? ''} ${action} removes network configuration`);
    return classified('mutating', tool, 'ip.change', `ip ${words[0] ?? ''} ${action} changes network configuration`);
};
/** `systemd-run`, `service NAME ACTION`: the action decides. */
const classifyService = (tool, args) => {
    const action = positionals(args, new Set())[1];
    if (action === 'status')
        return classified('read-only', tool, 'service.status', 'service NAME status only reads');
    if (action === undefined)
        return classified('unknown', tool, 'service.unknown', 'service without an action');
    return classified('mutating', tool, 'service.action', `service NAME ${action} changes the service`);
};
/** A value an option must have for a read-only use, e.g. `date` without `-s`. */
const classifyDate = (tool, args) => flagValue(args, '-s', '--set') !== undefined
    ? classified('mutating', tool, 'date.set', 'date -s sets the system clock')
    : classified('read-only', tool, 'date.read', 'date prints the time');

;// CONCATENATED MODULE: ./src/runbook/safety/tools/admin.ts
// Host administration the other tables leave out: copies onto devices and system files, recursive
// permission changes, in-place edits without a backup, rsync --delete, crontab -r, users, ZFS and
// LVM. Each tool names what it cannot take back.



/** Files a copy must not land on without a person looking: devices and the system's own files. */
const HARMLESS_DEVICES = /^\/dev\/(null|zero|stdout|stderr|stdin|tty|fd\/\d+)$/;
const SYSTEM_PATH = /^\/(etc|boot|usr|bin|sbin|lib|lib32|lib64|libx32|proc|sys|var\/lib)(\/|$)/;
function systemTarget(path) {
    if (path.startsWith('/dev/'))
        return HARMLESS_DEVICES.test(path) ? undefined : 'device';
    return SYSTEM_PATH.test(path) ? 'system file' : undefined;
}
const TARGET_VALUE_FLAGS = {
    cp: new Set(['-t', '--target-directory', '-S', '--suffix']),
    mv: new Set(['-t', '--target-directory', '-S', '--suffix']),
    install: new Set([
        '-t',
        '--target-directory',
        '-m',
        '--mode',
        '-o',
        '--owner',
        '-g',
        '--group',
        '-S',
        '--suffix'
    ]),
    ln: new Set(['-t', '--target-directory', '-S', '--suffix']),
    tee: new Set(['--output-error'])
};
/** cp, mv, install, ln, tee: writing onto a device or a system file is destructive. */
const classifyCopy = (tool, args, classify) => {
    const words = positionals(args, TARGET_VALUE_FLAGS[tool] ?? new Set());
    const explicit = flagValue(args, '-t', '--target-directory');
    const targets = tool === 'tee' ? words : explicit !== undefined ? [explicit] : words.slice(-1);
    for (const t of targets) {
        const kind = systemTarget(t);
        if (kind !== undefined)
            return classified('destructive', tool, `${tool}.${kind === 'device' ? 'device' : 'system-file'}`, `${tool} overwrites the ${kind} ${t}`);
    }
    return classifyPlain(tool, args, classify);
};
/** chmod, chown, chgrp, setfacl: -R changes a whole tree, which no command simply puts back. */
const classifyPermissions = (tool, args, classify) => hasFlag(args, '-R', '--recursive')
    ? classified('destructive', tool, `${tool}.recursive`, `${tool} -R changes every file below; the old modes and owners are lost`)
    : classifyPlain(tool, args, classify);
/** sed -i and yq -i rewrite the file; without a backup suffix the old content is gone. */
const classifyInPlace = (tool, args) => {
    const inPlace = args.find((a) => a === '-i' || a === '--in-place' || /^-i\S/.test(a) || a.startsWith('--in-place='));
    if (inPlace === undefined)
        return classified('read-only', tool, `${tool}.read`, `${tool} without -i only prints`);
    const backup = tool === 'sed' && inPlace !== '-i' && inPlace !== '--in-place';
    return backup
        ? classified('mutating', tool, `${tool}.in-place-backup`, `${tool} ${inPlace} edits the file in place and keeps a backup`)
        : classified('destructive', tool, `${tool}.in-place`, `${tool} -i rewrites the file in place, keeping no copy of what it was`);
};
/** rsync: --delete* and --remove-source-files delete files; -n is a dry run. */
const classifyRsync = (tool, args) => {
    if (hasFlag(args, '-n', '--dry-run'))
        return classified('read-only', tool, 'rsync.dry-run', 'rsync -n only lists what it would do');
    const del = args.find((a) => /^--(delete[\w-]*|del|remove-source-files)$/.test(a));
    return del === undefined
        ? classified('mutating', tool, 'rsync.copy', 'rsync copies and overwrites files')
        : classified('destructive', tool, 'rsync.delete', `rsync ${del} deletes files`);
};
/** crontab: -l lists, -r (and -ir) removes the whole table. */
const classifyCrontab = (tool, args, classify) => {
    if (args.some((a) => /^-[a-z]*r[a-z]*$/.test(a) && a !== '-u'))
        return classified('destructive', tool, 'crontab.remove', 'crontab -r deletes the whole crontab');
    if (hasFlag(args, '-l'))
        return classified('read-only', tool, 'crontab.list', 'crontab -l only lists');
    return classifyPlain(tool, args, classify);
};
/** userdel and groupdel remove accounts (userdel -r their files too). */
const classifyAccountDelete = (tool, args) => tool === 'userdel' && hasFlag(args, '-r', '--remove')
    ? classified('destructive', tool, 'userdel.remove', 'userdel -r deletes the account and its home directory')
    : classified('destructive', tool, `${tool}.delete`, `${tool} deletes the account; its id may be reused`);
const ZFS_READS = /^(list|get|status|iostat|history|events|holds|diff|version|help)$/;
/** zpool and zfs: destroy, labelclear and rollback lose data; list/get/status read. */
const classifyZfs = (tool, args) => {
    const verb = positionals(args, new Set())[0] ?? 'help';
    if (/^(destroy|labelclear|rollback)$/.test(verb))
        return classified('destructive', tool, `${tool}.${verb}`, `${tool} ${verb} loses data that cannot be brought back`);
    return ZFS_READS.test(verb)
        ? classified('read-only', tool, `${tool}.read`, `${tool} ${verb} only reads`)
        : classified('mutating', tool, `${tool}.change`, `${tool} ${verb} changes pools or datasets`);
};
/** LVM: *remove, lvreduce and pvcreate lose data; *s, *display and *scan read; the rest change. */
const classifyLvm = (tool) => {
    if (/^(lv|vg|pv)remove$|^lvreduce$|^pvcreate$/.test(tool))
        return classified('destructive', tool, `${tool}`, `${tool} deletes or shrinks volumes, or overwrites a disk label`);
    return /^(lv|vg|pv)(s|display|scan)$/.test(tool)
        ? classified('read-only', tool, 'lvm.read', `${tool} only reads`)
        : classified('mutating', tool, 'lvm.change', `${tool} changes volumes`);
};
const LVM_TOOLS = [
    'lvremove',
    'vgremove',
    'pvremove',
    'lvreduce',
    'pvcreate',
    'lvs',
    'vgs',
    'pvs',
    'lvdisplay',
    'vgdisplay',
    'pvdisplay',
    'lvscan',
    'vgscan',
    'pvscan',
    'lvcreate',
    'lvextend',
    'vgextend',
    'vgcreate',
    'lvresize',
    'lvchange',
    'vgchange'
];

;// CONCATENATED MODULE: ./src/runbook/safety/tools/wrappers.ts
// Commands that run another command (sudo, env, timeout, flock, xargs, find -exec, ssh, ...) take
// the wrapped command's level; shells given plain words take their level too. Where the command
// cannot be read (a shell script, make, an editor), the level is unknown, or destructive when a
// command line visibly destroys. How each wrapper finds its command: safety/wrapped.ts.




/** Classifies a wrapper by the command it wraps. */
const classifyWrapper = (tool, args, classify) => {
    const u = (0,wrapped/* unwrapOnce */.PS)(tool, args);
    if ('opaque' in u)
        return u.bare === true ? bare(tool) : unreadable(tool, u.opaque, u.line, classify);
    const inner = u.inner[0];
    if (inner === undefined) {
        if (u.process === true)
            return classified('mutating', tool, `${tool}.process`, `${tool} changes how a running process is scheduled or limited`);
        if (tool === 'env' || tool === 'time' || tool === 'prlimit')
            return classified('read-only', tool, `${tool}.print`, `${tool} without a command only prints`);
        return classified('unknown', tool, `${tool}.no-command`, `${tool} without a command to run`);
    }
    const c = worst(u.inner.map((argv) => classify(argv)));
    const where = tool === 'ssh' ? ` on ${args.find((a) => !a.startsWith('-')) ?? 'another host'}` : '';
    return classified(c.level, c.tool, c.rule, `${tool} runs '${inner.join(' ')}'${where}: ${c.reason}`);
};
function bare(tool) {
    if (tool === 'ssh')
        return classified('unknown', tool, 'ssh.session', 'ssh without a command opens a remote shell in which anything can run');
    return classified('unknown', tool, `${tool}.shell`, `${tool} without a command opens a shell`);
}
/** A command line handed to a shell: destructive when it visibly destroys, else unknown. */
function unreadable(tool, reason, line, classify) {
    const inner = line === undefined ? undefined : worst(scriptCommands(line).map((c) => classify(c)));
    if (inner?.level === 'destructive')
        return classified('destructive', inner.tool, inner.rule, `${tool} runs '${line ?? ''}': ${inner.reason}`);
    return classified('unknown', tool, 'command-runner', reason);
}
/** Shells and interpreters: the code they run is not on the command line in a readable form. */
const classifyRunner = (tool, args, classify) => {
    const u = (0,wrapped/* unwrapOnce */.PS)(tool, args);
    if (!('opaque' in u) && u.inner[0] !== undefined)
        return classifyWrapper(tool, args, classify);
    return unreadable(tool, `${tool} runs code the classifier cannot see (${(0,commands/* commandRunnerReason */.U7)(tool) ?? 'a command runner'})`, 'opaque' in u ? u.line : undefined, classify);
};

;// CONCATENATED MODULE: ./src/runbook/safety/irreversible.ts

const READS = /^(show|get|list|ls|describe|status|info|inspect|help|explain|view|cat)$/i;
const IRREVERSIBLE = /^(?:[a-z]*format|wipe|destroy|purge|prune|reset|erase)$/i;
/** `purge_queue`, `luksFormat`, `factory-reset` -> their words. */
function parts(word) {
    return word
        .replace(/([a-z])([A-Z])/g, '$1 $2')
        .split(/[\s_:.-]+/)
        .filter((p) => p !== '');
}
/** `unknown` turned destructive when one of the first subcommand words names an irreversible act. */
function irreversibleUnknown(tool, args, c) {
    if (c.level !== 'unknown')
        return c;
    const words = args.filter((a) => !a.startsWith('-')).slice(0, 3);
    // `x show format`: after a verb that only reads, the word is what it reads about.
    const reads = words.findIndex((w) => READS.test(w));
    const verb = words
        .slice(0, reads === -1 ? undefined : reads)
        .find((w) => /^[A-Za-z][\w:-]*$/.test(w) && parts(w).some((p) => IRREVERSIBLE.test(p)));
    if (verb === undefined)
        return c;
    return classified('destructive', c.tool === '' ? tool : c.tool, 'irreversible-subcommand', `${tool} ${verb} is not in the classifier's tables, and its name says it wipes, resets or deletes what cannot simply be put back`);
}

;// CONCATENATED MODULE: ./src/runbook/safety/classify.ts
// The classifier's entry point: argv[0]'s basename picks a tool classifier; everything unlisted
// is unknown. Pure and deterministic: it reads only the argv it is given.



















const TOOLS = new Map([
    ...names(classifyKube, 'kubectl', 'oc', 'k'),
    ...names(classifyHelm, 'helm'),
    ...names(classifyAz, 'az'),
    ...names(classifyAws, 'aws'),
    ...names(classifyGcloud, 'gcloud'),
    ...names(classifyEtcdctl, 'etcdctl'),
    ...names(classifyEtcdutl, 'etcdutl'),
    ...names(classifyCeph, 'ceph'),
    ...names(classifyRbd, 'rbd'),
    ...names(classifyRados, 'rados'),
    ...names(classifyRgwAdmin, 'radosgw-admin'),
    ...names(classifyCephVolume, 'ceph-volume'),
    ...names(classifyMonmaptool, 'monmaptool'),
    ...names(classifyCephMon, 'ceph-mon'),
    ...names(classifyObjectstoreTool, 'ceph-objectstore-tool', 'ceph-bluestore-tool'),
    ...names(classifyCrictl, 'crictl'),
    ...names(classifyCtr, 'ctr'),
    ...names(classifyDocker, 'docker', 'podman', 'nerdctl'),
    ...names(classifyVirsh, 'virsh'),
    ...names(classifyVirtctl, 'virtctl'),
    ...names(classifySystemctl, 'systemctl'),
    ...names(classifyJournalctl, 'journalctl'),
    ...names(classifyService, 'service'),
    ...names(classifyRm, 'rm', 'unlink'),
    ...names(classifyDd, 'dd'),
    ...names(classifyWipe, 'shred', 'truncate', 'wipefs', 'blkdiscard', 'mkswap'),
    ...names(classifyPartition, 'fdisk', 'sfdisk', 'gdisk', 'sgdisk', 'parted', 'cfdisk'),
    ...names(classifyKill, 'kill', 'pkill', 'killall', 'skill'),
    ...names(classifyPower, 'shutdown', 'reboot', 'halt', 'poweroff'),
    ...names(classifyIptables, 'iptables', 'ip6tables', 'iptables-legacy', 'iptables-nft', 'iptables-save', 'ip6tables-save', 'iptables-restore', 'ip6tables-restore'),
    ...names(classifyNft, 'nft'),
    ...names(classifyMount, 'mount', 'umount'),
    ...names(classifySysctl, 'sysctl'),
    ...names(classifyIp, 'ip'),
    ...names(classifyDate, 'date'),
    ...names(classifySqlClient, 'psql', 'mysql', 'mariadb', 'sqlite3', 'sqlcmd', 'clickhouse-client', 'cqlsh'),
    ...names(classifyMysqldump, 'mysqldump', 'mariadb-dump'),
    ...names(classifyRedisCli, 'redis-cli', 'valkey-cli'),
    ...names(classifyKafka, 'kafka-topics', 'kafka-topics.sh', 'kafka-consumer-groups', 'kafka-consumer-groups.sh', 'kafka-configs', 'kafka-configs.sh'),
    ...names(classifyCertbot, 'certbot'),
    ...names(classifyNetcat, 'nc', 'ncat', 'netcat'),
    ...names(classifyCurl, 'curl'),
    ...names(classifyWget, 'wget'),
    ...names(classifyHttpie, 'http', 'https', 'xh'),
    ...names(classifyGit, 'git'),
    ...names(classifyTerraform, 'terraform', 'tofu'),
    ...names(classifyAnsiblePlaybook, 'ansible-playbook'),
    ...names(classifyAnsible, 'ansible'),
    ...names(classifyFind, 'find'),
    ...names(classifyTar, 'tar'),
    ...names(classifyOpenssl, 'openssl'),
    ...names(classifyHostTool, 'hostname', 'dmesg'),
    ...names(classifyCtl, 'timedatectl', 'hostnamectl', 'localectl', 'loginctl', 'networkctl'),
    ...names(classifyWrapper, 'sudo', 'doas', 'env', 'nice', 'ionice', 'nohup', 'timeout', 'stdbuf', 'time', 'xargs', 'watch', 'chroot', 'setsid', 'ssh', 'flock', 'taskset', 'prlimit', 'chrt', 'setpriv', 'unshare', 'nsenter', 'runuser', 'systemd-run', 'strace', 'ltrace', 'valgrind', 'busybox'),
    ...names(classifyPlain, ...READ_ONLY_TOOLS, ...LOCAL_WRITE_TOOLS),
    // After the plain tools: these replace their entries.
    ...names(classifyInPlace, 'sed', 'yq'),
    ...names(classifyCopy, 'cp', 'mv', 'install', 'ln', 'tee'),
    ...names(classifyPermissions, 'chmod', 'chown', 'chgrp', 'setfacl'),
    ...names(classifyRsync, 'rsync'),
    ...names(classifyCrontab, 'crontab'),
    ...names(classifyAccountDelete, 'userdel', 'groupdel'),
    ...names(classifyZfs, 'zpool', 'zfs'),
    ...names(classifyLvm, ...LVM_TOOLS)
]);
function names(fn, ...tools) {
    return tools.map((t) => [t, fn]);
}
/** Classifies an argv (argv[0] by basename, then subcommands/flags). Pure and deterministic. */
function classifyCommand(argv) {
    const argv0 = argv[0];
    if (argv0 === undefined || argv0 === '') {
        return classified('unknown', '', 'empty-command', 'an empty command');
    }
    const tool = (0,commands/* commandName */.p6)(argv0);
    const args = argv.slice(1);
    const fn = TOOLS.get(tool) ??
        (/^mkfs(\..+)?$|^mke2fs$/.test(tool)
            ? classifyWipe
            : (0,wrapped/* isLoader */.s_)(tool)
                ? classifyWrapper
                : undefined);
    if (fn !== undefined)
        return irreversibleUnknown(tool, args, fn(tool, args, classifyCommand));
    if ((0,commands/* commandRunnerReason */.U7)(tool) !== undefined || (0,wrapped/* wrapperReason */.oF)(tool) !== undefined)
        return classifyRunner(tool, args, classifyCommand);
    return irreversibleUnknown(tool, args, classified('unknown', tool, 'unknown-command', `${tool} is not a command the classifier knows`));
}
/** The tool names the classifier knows (for documentation and tests). */
function knownTools() {
    return [...TOOLS.keys()].sort();
}

;// CONCATENATED MODULE: ./src/runbook/safety/index.ts






/***/ }),

/***/ 1412:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  lM: () => (/* binding */ innerCommands),
  s_: () => (/* binding */ isLoader),
  PS: () => (/* binding */ unwrapOnce),
  oF: () => (/* binding */ wrapperReason)
});

// EXTERNAL MODULE: ./src/runbook/commands.ts
var commands = __webpack_require__(3648);
;// CONCATENATED MODULE: ./src/runbook/safety/wrapper-table.ts
// The table of commands that run other commands: for each wrapper, how its arguments lead to the
// command it runs (read by safety/wrapped.ts). Flag lists are space-separated words.
const ROWS = {
    sudo: {
        values: '-u --user -g --group -C --close-from -D --chdir -h --host -p --prompt -r --role -t --type -U --other-user -T --command-timeout',
        assignments: true,
        shellWhenBare: true
    },
    doas: { values: '-u -C', shellWhenBare: true },
    env: { values: '-u --unset -C --chdir', split: '-S --split-string', assignments: true },
    nice: { values: '-n --adjustment' },
    ionice: { values: '-c --class -n --classdata', pid: '-p --pid -P --pgid -u --uid' },
    nohup: {},
    setsid: {},
    time: { values: '-f --format -o --output' },
    timeout: { values: '-s --signal -k --kill-after', operands: 1 },
    stdbuf: { values: '-i -o -e' },
    chroot: { values: '--userspec --groups', operands: 1, shellWhenBare: true, remote: true },
    flock: { values: '-w --timeout -E --conflict-exit-code', shell: '-c --command', operands: 1 },
    taskset: { pid: '-p --pid', operands: 1 },
    prlimit: { values: '-o --output', pid: '-p --pid' },
    chrt: {
        values: '-T --sched-runtime -P --sched-period -D --sched-deadline',
        pid: '-p --pid',
        operands: 1
    },
    setpriv: {
        values: '--reuid --regid --groups --inh-caps --ambient-caps --bounding-set --securebits --pdeathsig --selinux-label --apparmor-profile --landlock-access --landlock-rule'
    },
    unshare: {
        values: '--map-user --map-group --map-users --map-groups -S --setuid -G --setgid --propagation -R --root -w --wd',
        shellWhenBare: true
    },
    nsenter: { values: '-t --target -S --setuid -G --setgid --env', shellWhenBare: true },
    runuser: {
        values: '-u --user -g --group -G --supp-group -s --shell -w --whitelist-environment',
        shell: '-c --command --session-command',
        shellWhenBare: true
    },
    'systemd-run': {
        values: '-p --property -u --unit -E --setenv --uid --gid -M --machine -H --host --description --slice --nice --working-directory --on-active --on-boot --on-calendar --timer-property --path-property --socket-property --service-type',
        shellWhenBare: true
    },
    xargs: {
        values: '-I -L -n -P -d -E -s -a --arg-file --delimiter --max-args --max-procs --max-lines --replace --eof --max-chars --process-slot-var'
    },
    watch: { values: '-n --interval -q --equexit', joined: true },
    valgrind: {},
    strace: {
        values: '-o --output -e -s --string-limit -u --user -E --env -O -S -P -a -b -X -I',
        pid: '-p --attach'
    },
    ltrace: {
        values: '-o --output -e -s -u -n --indent -a --align -A -D --debug -F --config -l --library -x -L',
        pid: '-p'
    },
    busybox: {},
    ssh: {
        values: '-i -p -l -o -F -J -L -R -D -W -b -c -E -m -S -B -e -I -O -Q -w',
        operands: 1,
        shellWhenBare: true,
        joined: true,
        remote: true
    }
};
const words = (s) => s === undefined ? undefined : s.split(' ').filter((x) => x !== '');
function spec(row) {
    const out = {};
    const put = (k, v) => {
        if (v !== undefined)
            out[k] = v;
    };
    put('valueFlags', words(row.values));
    put('operands', row.operands);
    put('pidFlags', words(row.pid));
    put('shellFlags', words(row.shell));
    put('splitFlags', words(row.split));
    put('assignments', row.assignments);
    put('shellWhenBare', row.shellWhenBare);
    put('joined', row.joined);
    put('remote', row.remote);
    return out;
}
/** Wrappers by name. */
const WRAPPERS = new Map(Object.entries(ROWS).map(([name, row]) => [name, spec(row)]));
/** The dynamic loader run as a program: `ld-linux-x86-64.so.2 [--preload X] PROGRAM ARGS`. */
const LOADER = /^(ld-linux[\w.-]*\.so(\.\d+)*|ld(64)?\.so(\.\d+)*|ld-musl-[\w.-]+\.so(\.\d+)*)$/;
const LOADER_SPEC = spec({
    values: '--library-path --preload --audit --argv0 --inhibit-rpath'
});
const EDITORS = 'vi vim nvim view vimdiff ex ed emacs nano pico joe mcedit';
const PAGERS = 'less more most pg man';
/** Programs that run commands the classifier cannot read from argv, and why. */
const OPAQUE = new Map([
    ['make', 'make runs the recipes of a Makefile'],
    ['gmake', 'make runs the recipes of a Makefile'],
    ['gdb', 'gdb can run any command (shell, python, run)'],
    ['lldb', 'lldb can run any command (platform shell, script)'],
    ...EDITORS.split(' ').map((n) => [n, `the editor ${n} can run shell commands (:!cmd, -c)`]),
    ...PAGERS.split(' ').map((n) => [n, `the pager ${n} can run shell commands (!cmd, +cmd, -P)`]),
    ['su', 'su runs a shell, or the command line given to -c'],
    ['script', 'script runs a shell, or the command line given to -c'],
    ['parallel', 'parallel runs command lines built from its input']
]);

;// CONCATENATED MODULE: ./src/runbook/safety/wrapped.ts
// Commands that run other commands: sudo, env, timeout, flock, taskset, nsenter, find -exec, the
// dynamic loader, busybox, strace, ... The table says how each finds the command it runs in its
// arguments, so the classifier can classify that command and the engine can hold it to the allow
// and deny lists. Where the command cannot be read from argv (a shell string, make, an editor,
// gdb, a wrapper without a command that opens a shell), `opaque` says why. Pure.


/** True for the dynamic loader's names (`ld-linux-x86-64.so.2`, `ld.so`, `ld-musl-x86_64.so.1`). */
function isLoader(name) {
    return LOADER.test((0,commands/* commandName */.p6)(name));
}
/** Why allowing `name` lets other commands through (it is a wrapper, or runs unreadable code). */
function wrapperReason(name) {
    const tool = (0,commands/* commandName */.p6)(name);
    if (OPAQUE.has(tool))
        return OPAQUE.get(tool);
    if (WRAPPERS.has(tool) || isLoader(tool))
        return `${tool} runs the command given as its argument`;
    return undefined;
}
const SHELLS = new Set(['sh', 'bash', 'dash', 'zsh', 'ksh', 'mksh', 'ash', 'fish', 'csh', 'tcsh']);
/** Characters that make a command line more than plain words for a shell. */
const SHELL_SYNTAX = /[;&|<>`$(){}[\]*?~#!\\'"\n=]/;
/** Finds every command an argv runs through wrappers, shells given plain words, and find -exec. */
function innerCommands(argv) {
    const out = { commands: [], assignments: [] };
    let current = argv;
    let remote = false;
    for (let depth = 0; depth < 16 && current.length > 0; depth++) {
        const tool = (0,commands/* commandName */.p6)(current[0]);
        const step = unwrapOnce(tool, current.slice(1));
        if ('opaque' in step) {
            out.opaque = step.opaque;
            return out;
        }
        for (const a of step.assignments ?? [])
            out.assignments.push({ name: a, by: tool });
        remote ||= step.remote === true;
        const [first, ...rest] = step.inner;
        if (first === undefined)
            return out;
        for (const extra of rest)
            out.commands.push({ argv: extra, by: tool, remote });
        out.commands.push({ argv: first, by: tool, remote });
        current = first;
    }
    return out;
}
/** The commands `tool` runs given `args` (one level: sudo timeout 5 rm gives timeout 5 rm). */
function unwrapOnce(tool, args) {
    const opaque = OPAQUE.get(tool);
    if (opaque !== undefined)
        return { opaque };
    if (SHELLS.has(tool))
        return shell(tool, args);
    if (tool === 'find')
        return findExec(args);
    if (tool === 'git')
        return git(args);
    const spec = WRAPPERS.get(tool) ?? (LOADER.test(tool) ? LOADER_SPEC : undefined);
    if (spec !== undefined)
        return wrapper(tool, spec, args);
    const runner = (0,commands/* commandRunnerReason */.U7)(tool);
    return runner === undefined ? { inner: [] } : { opaque: `${tool}: ${runner}` };
}
function wrapper(tool, spec, args) {
    const assignments = [];
    let i = 0;
    for (; i < args.length; i++) {
        const a = args[i];
        if (a === '--') {
            i++;
            break;
        }
        if (spec.assignments === true && /^[A-Za-z_][A-Za-z0-9_]*=/.test(a)) {
            assignments.push(a.slice(0, a.indexOf('=')));
            continue;
        }
        if (!a.startsWith('-') || a === '-')
            break;
        const [flag, inline] = a.startsWith('--') && a.includes('=')
            ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)]
            : [a, undefined];
        if (spec.pidFlags?.includes(flag) === true)
            return { inner: [], process: true };
        const value = inline ?? (takesValue(spec, flag) ? args[++i] : undefined);
        if (spec.shellFlags?.includes(flag) === true)
            return value === undefined
                ? { opaque: `${tool} ${flag} without a command line` }
                : plainWords(tool, value);
        if (spec.splitFlags?.includes(flag) === true && value !== undefined) {
            const words = value.split(/\s+/).filter((x) => x !== '');
            return { inner: words.length === 0 ? [] : [[...words, ...args.slice(i + 1)]], assignments };
        }
    }
    // Assignments may also follow the options (sudo -u x A=1 cmd).
    while (spec.assignments === true &&
        i < args.length &&
        /^[A-Za-z_][A-Za-z0-9_]*=/.test(args[i])) {
        const a = args[i++];
        assignments.push(a.slice(0, a.indexOf('=')));
    }
    i += spec.operands ?? 0;
    const rest = args.slice(i);
    if (rest.length === 0)
        return spec.shellWhenBare === true
            ? { opaque: `${tool} without a command opens a shell`, bare: true }
            : { inner: [], assignments };
    if (spec.joined === true && !(tool === 'watch' && hasExecFlag(args))) {
        const joined = plainWords(tool, rest.join(' '));
        return 'opaque' in joined ? joined : { ...joined, assignments, remote: spec.remote === true };
    }
    return { inner: [[...rest]], assignments, remote: spec.remote === true };
}
function takesValue(spec, flag) {
    return [
        ...(spec.valueFlags ?? []),
        ...(spec.shellFlags ?? []),
        ...(spec.splitFlags ?? [])
    ].includes(flag);
}
function hasExecFlag(args) {
    return args.some((a) => a === '-x' || a === '--exec');
}
/** A shell command line: plain words are one command; anything a shell would interpret is opaque. */
function plainWords(tool, line) {
    if (SHELL_SYNTAX.test(line))
        return {
            opaque: `${tool} hands '${line}' to a shell, which can run anything its syntax allows`,
            line
        };
    const words = line.split(/\s+/).filter((x) => x !== '');
    return { inner: words.length === 0 ? [] : [words] };
}
/** sh -c 'plain words' is readable; a script file, stdin or shell syntax is not. */
function shell(tool, args) {
    const c = args.findIndex((a) => /^-[a-z]*c[a-z]*$/.test(a));
    const line = c === -1 ? undefined : args[c + 1];
    if (line === undefined)
        return {
            opaque: `${tool} runs a script or input the classifier cannot see`,
            bare: args.length === 0
        };
    return plainWords(tool, line);
}
/** find -exec/-execdir/-ok/-okdir CMD ... ; (or +) runs CMD for the matches. */
function findExec(args) {
    const inner = [];
    for (let i = 0; i < args.length; i++) {
        if (!/^-(exec|execdir|ok|okdir)$/.test(args[i]))
            continue;
        const end = args.findIndex((a, j) => j > i && (a === ';' || a === '+'));
        const cmd = args.slice(i + 1, end === -1 ? undefined : end);
        if (cmd.length > 0)
            inner.push(cmd);
        if (end === -1)
            break;
        i = end;
    }
    return { inner };
}
/** git's global -c / --config-env / --exec-path can make any subcommand run any program. */
function git(args) {
    for (let i = 0; i < args.length; i++) {
        const a = args[i];
        if (!a.startsWith('-'))
            break; // the subcommand: its own -c (log -c) is something else
        if (a === '-c' ||
            a === '--config-env' ||
            a.startsWith('--config-env=') ||
            a.startsWith('--exec-path'))
            return { opaque: `git ${a} can set an alias, a pager or a helper that runs any command` };
        if (a === '-C' || a === '--git-dir' || a === '--work-tree' || a === '--namespace')
            i++;
    }
    return { inner: [] };
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


/***/ })

};
