// Variables inferred from the source: `<pod-name>` and `NODE_NAME` placeholders, `$VAR` shell
// variables and `name-xxxxxxx` example names become meta.vars, referenced as `{{ .name }}`. Literal
// `{{` in the source is written as `{{ .literal_braces }}` so it renders back exactly.
import type { Word, WordPart } from '../shell/lexer.js'
import type { VarOrigin } from './model.js'
import { foreignVars } from '../shell/foreign.js'

export const BRACES_VAR = 'literal_braces'
// Not `NAME=` (an assignment or a key) and not `$NAME` (a variable inside `$(...)` text).
const CAPS = /(?<!\$\{?)\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\b(?!=)/g
// `NODE_NAME`, `POD_IP`, `YOUR_CLUSTER` stand for a value; `APPROVE_PLAN`, `ETCDCTL_API` and
// `MISE_TASK_OUTPUT` are literal words (an enum value, a variable's own name) that only look alike.
const VALUE_WORDS = new Set(
  `NAME NAMES ID IDS IP IPS HOST HOSTS HOSTNAME ADDR ADDRESS PORT PATH DIR FILE FILENAME URL URI
  ENDPOINT KEY TOKEN SECRET PASSWORD PASS USER USERNAME NAMESPACE NS POD PODS NODE NODES CLUSTER
  CONTEXT REGION ZONE VERSION TAG IMAGE VALUE NUMBER NUM COUNT SIZE ACCOUNT SUBSCRIPTION TENANT
  GROUP RG BUCKET DB DATABASE TABLE SERVICE SVC DEPLOYMENT DOMAIN EMAIL UUID UID GUID CERT DEVICE
  DISK VOLUME PVC ARN PROJECT ORG REPO BRANCH COMMIT SHA HERE`.split(/\s+/)
)

/** True when an all-capitals word with underscores reads as a value to fill in. */
export function isCapsPlaceholder(word: string): boolean {
  const parts = word.split('_')
  return (
    VALUE_WORDS.has(parts[parts.length - 1] as string) || /^(YOUR|MY|SOME)$/.test(parts[0] ?? '')
  )
}
// One all-capitals word after a flag stands for a value when it is the flag's own name
// (`--zone ZONE`, `--resource-group RESOURCE_GROUP`) or one of these (`-n NAMESPACE`); an enum
// value (`-X GET`, `--level INFO`, `dig -t NS`) is neither.
const FLAG_VALUE_WORDS = new Set(
  `NAMESPACE POD NODE CLUSTER HOST HOSTNAME PORT IP ZONE REGION PROJECT SUBSCRIPTION TENANT ACCOUNT
  BUCKET DATABASE USER USERNAME PASSWORD TOKEN DOMAIN EMAIL NAME UUID CONTEXT DEPLOYMENT IMAGE
  VERSION DEVICE DISK VOLUME PVC ORG REPO BRANCH FILE FILENAME PATH DIR URL ENDPOINT`.split(/\s+/)
)

/** The placeholder in `--flag VALUE` (`prev` is `--flag`) or `--flag=VALUE`, or undefined. */
function flagPlaceholder(text: string, prev: Word | undefined): string | undefined {
  const joined = /^(--?[A-Za-z][\w-]*)=([A-Z][A-Z0-9_]*)$/.exec(text)
  const flag = joined?.[1] ?? (prev?.parts.length === 1 ? displayWord(prev) : '')
  const value = joined?.[2] ?? text
  if (!/^--?[A-Za-z][\w-]*$/.test(flag) || !/^[A-Z][A-Z0-9_]+$/.test(value)) return undefined
  const own = flag.replace(/^-+/, '').toUpperCase().replace(/-/g, '_') === value
  return own || FLAG_VALUE_WORDS.has(value) ? value : undefined
}

const EXAMPLE_NAME = /^([a-z0-9][a-z0-9.-]*?)-(x{4,}|X{4,})$/
// `mysql-56c8c6775b-rph8k`: a name Kubernetes generated in the author's cluster (a ReplicaSet hash
// and a random suffix); it will not exist in the reader's, so it stands for a value too.
const GENERATED_NAME =
  /^([a-z][a-z0-9-]*?)-(?=[0-9a-z]*[0-9])[0-9a-z]{8,10}-[bcdfghjklmnpqrstvwxz2-9]{5}$/

/** The var name for a placeholder: `<AGIC-POD-NAME>` -> `agic_pod_name`. */
export function placeholderName(raw: string): string {
  const inner = raw.replace(/^<|>$/g, '')
  const name = inner
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
  if (name === '') return 'value'
  return /^[0-9]/.test(name) ? `v_${name}` : name
}

/** The registry of variables, in a deterministic order (sorted by name when emitted). */
/** A shell variable set from command output by a cli step's capture (`POD=$(kubectl ...)`). */
export interface Capture {
  /** The capture's name in the runbook (the shell name, numbered when taken). */
  name: string
  /** The shell variable as the TSG names it. */
  shell: string
  line: number
  /** Lines of the source where `$shell` stands for this capture. */
  uses: number[]
  /** True when the command prints one value, so that an unquoted `$POD` is one word too. */
  single: boolean
}

/** The registry of variables, in a deterministic order (sorted by name when emitted). */
export class Vars {
  private readonly map = new Map<string, VarOrigin>()
  private readonly captured = new Map<string, Capture>()
  private readonly captureNames = new Set<string>()
  private readonly captures: Capture[] = []
  private readonly alias = new Map<string, string>()

  /** Records a use of `name`, written as `written` at `line`. */
  use(name: string, written: string, line: number, how: string): string {
    const key = this.key(name)
    const v = this.map.get(key) ?? { name: key, default: '', written: [], lines: [], how }
    if (!v.written.includes(written)) v.written.push(written)
    if (!v.lines.includes(line)) v.lines.push(line)
    this.map.set(key, v)
    return `{{ .${key} }}`
  }

  /** Sets a default from a literal assignment (`BASE=http://...`); the first one wins. */
  define(name: string, value: string, line: number, written = `$${name}`): { conflict?: string } {
    this.captured.delete(name)
    const key = this.key(name)
    const v = this.map.get(key)
    if (v === undefined) {
      this.map.set(key, {
        name: key,
        default: value,
        written: [written],
        lines: [line],
        how: `assigned at line ${line}`
      })
      return {}
    }
    if (!v.lines.includes(line)) v.lines.push(line)
    if (v.how.startsWith('assigned')) return v.default === value ? {} : { conflict: v.default }
    v.default = value
    v.how = `assigned at line ${line}`
    return {}
  }

  /** Binds shell variable `shell` to a new capture; later `$shell` renders as that capture. */
  capture(shell: string, line: number, single: boolean): Capture {
    let name = shell
    for (let n = 2; this.map.has(name) || this.captureNames.has(name); n++) name = `${shell}_${n}`
    const c: Capture = { name, shell, line, uses: [], single }
    this.captureNames.add(name)
    this.captured.set(shell, c)
    this.captures.push(c)
    return c
  }

  /** Every capture, in the order of the source. */
  allCaptures(): Capture[] {
    return [...this.captures]
  }

  /** The capture `$shell` currently stands for, if any. */
  captureOf(shell: string): Capture | undefined {
    return this.captured.get(shell)
  }

  /** `shell` is set again by something else than a capture: later uses are no longer it. */
  release(shell: string): void {
    this.captured.delete(shell)
  }

  has(name: string): boolean {
    return this.map.has(this.alias.get(name) ?? name)
  }

  get(name: string): VarOrigin | undefined {
    return this.map.get(this.alias.get(name) ?? name)
  }

  /** All variables, sorted by name. */
  all(): VarOrigin[] {
    return [...this.map.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  }

  // A var never takes the name of a capture (the engine refuses that): it gets a numbered one.
  private key(name: string): string {
    const known = this.alias.get(name)
    if (known !== undefined) return known
    if (!this.captureNames.has(name)) return name
    let key = `${name}_2`
    for (let n = 3; this.map.has(key) || this.captureNames.has(key); n++) key = `${name}_${n}`
    this.alias.set(name, key)
    return key
  }
}

/** Escapes literal text for a templated field: `{{` renders from a var. */
export function escapeBraces(text: string, vars: Vars, line: number): string {
  if (!text.includes('{{')) return text
  vars.define(BRACES_VAR, '{{', line, '{{')
  return text.split('{{').join(`{{ .${BRACES_VAR} }}`)
}

/** Variable references found while rendering: how the source wrote each, and its template. */
export type Refs = Map<string, string>

/**
 * Renders a shell word as one templated argv element, registering its variables in `refs`.
 * Variables in `local` are set by the same command (a loop variable): they stay as written.
 */
export function renderWord(
  word: Word,
  vars: Vars,
  line: number,
  refs: Refs = new Map(),
  local: ReadonlySet<string> = new Set(),
  prev?: Word
): string {
  return word.parts.map((p) => renderPart(p, word, vars, line, refs, local, prev)).join('')
}

function renderPart(
  p: WordPart,
  word: Word,
  vars: Vars,
  line: number,
  refs: Refs,
  local: ReadonlySet<string>,
  prev: Word | undefined
): string {
  if (p.kind === 'var' && local.has(p.name)) return escapeBraces(p.raw, vars, line)
  const use = (name: string, written: string, how: string): string => {
    const ref = vars.use(name, written, line, how)
    refs.set(written, ref)
    return ref
  }
  if (p.kind === 'var') {
    const c = vars.captureOf(p.name)
    if (c === undefined) return use(p.name, p.raw, 'shell variable')
    if (!c.uses.includes(line)) c.uses.push(line)
    refs.set(p.raw, `{{ .${c.name} }}`)
    return `{{ .${c.name} }}`
  }
  if (p.kind === 'placeholder') return use(placeholderName(p.raw), p.raw, 'placeholder')
  // `read -s DB_PASSWORD`, `for HOST in ...`: the name of a variable the command sets.
  if (p.quoted === 'none' && !local.has(p.text)) {
    const ex =
      word.parts.length === 1 ? (EXAMPLE_NAME.exec(p.text) ?? GENERATED_NAME.exec(p.text)) : null
    if (ex !== null) return use(`${placeholderName(ex[1] as string)}_name`, p.text, 'example name')
    const value = word.parts.length === 1 ? flagPlaceholder(p.text, prev) : undefined
    if (value !== undefined)
      return (
        escapeBraces(p.text.slice(0, p.text.length - value.length), vars, line) +
        use(placeholderName(value), value, 'placeholder')
      )
    return capsPlaceholders(p.text, vars, line, use)
  }
  // Quoted text holds placeholders too: `"https://OPENSEARCH_HOST:9200/_cat/shards"`.
  // A quoted program text (a jq filter, a JSON body) is left alone unless it is a URL or one word.
  if (p.kind === 'lit' && (p.text.includes('://') || (p.quoted === 'double' && !/\s/.test(p.text))))
    return capsPlaceholders(p.text, vars, line, use)
  return escapeBraces(p.text, vars, line)
}

// `https://HOST/api`, `http://ES_HOST:PORT/`, `?token=TOKEN`: in a URL one all-capitals word
// stands for a value when it is a value word, with or without an underscore.
const URL_CAPS = /(?<=:\/\/|[@/:?&=])[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*(?=[/:?&#=@]|$)/g

/** True when `text` holds an all-capitals placeholder (`https://KEYCLOAK_HOST/auth`). */
export function hasCapsPlaceholder(text: string): boolean {
  const probe = new Vars()
  return capsPlaceholders(text, probe, 0, () => '\u0000') !== escapeBraces(text, probe, 0)
}

/** `text` with its all-capitals placeholders rendered as vars (and literal `{{` escaped). */
function capsPlaceholders(
  text: string,
  vars: Vars,
  line: number,
  use: (name: string, written: string, how: string) => string
): string {
  const found: { index: number; word: string }[] = []
  for (const m of text.matchAll(CAPS))
    if (isCapsPlaceholder(m[0])) found.push({ index: m.index, word: m[0] })
  if (text.includes('://'))
    for (const m of text.matchAll(URL_CAPS))
      if (
        (VALUE_WORDS.has(m[0]) || isCapsPlaceholder(m[0])) &&
        !found.some((f) => f.index === m.index)
      )
        found.push({ index: m.index, word: m[0] })
  found.sort((a, b) => a.index - b.index)
  let out = ''
  let last = 0
  for (const f of found) {
    if (f.index < last) continue
    out += escapeBraces(text.slice(last, f.index), vars, line)
    out += use(placeholderName(f.word), f.word, 'placeholder')
    last = f.index + f.word.length
  }
  return out + escapeBraces(text.slice(last), vars, line)
}

/** How a word reads with its placeholders and variables as written (for classification). */
export function displayWord(word: Word): string {
  return word.parts.map((p) => (p.kind === 'lit' ? p.text : p.raw)).join('')
}

/**
 * A here-document body as a templated string: literal `{{` escaped, and when the shell would
 * expand it (`expands`), `$VAR` and `${VAR}` rendered as the var or capture they stand for.
 */
export function renderBody(body: string, expands: boolean, vars: Vars, line: number): string {
  if (!expands) return escapeBraces(body, vars, line)
  const foreign = foreignVars(body)
  let out = ''
  let last = 0
  for (const m of body.matchAll(/\$\{?([A-Za-z_][A-Za-z0-9_]*)\}?/g)) {
    const name = m[1] as string
    if (foreign.has(name)) continue
    const c = vars.captureOf(name)
    out += escapeBraces(body.slice(last, m.index), vars, line)
    out += c === undefined ? vars.use(name, m[0], line, 'shell variable') : `{{ .${c.name} }}`
    last = m.index + m[0].length
  }
  return out + escapeBraces(body.slice(last), vars, line)
}
