// The checks cli-replay makes beyond its schema, one small function each, plus the ones replay adds
// so that a scenario fails at load time instead of in the middle of a run. They read the decoded
// document tolerantly, so they run (and report) even when the schema found errors elsewhere.
import type { Diagnostic, DocPath, Severity, YamlSource } from '../../runbook/index.js'
import { commandName, compileRegex, matchCommandList } from '../../runbook/index.js'
import { parseGoDuration } from './go-duration.js'
import { parseGoTemplate } from './go-template.js'
import type { Raw, RawGroup, RawLeaf } from './scenario-walk.js'
import { callBounds, obj, str } from './scenario-walk.js'
import { argvElement } from './argv-pattern.js'

/** The text of a *_file, or why it could not be read. */
export type FileRead = { ok: true; text: string; path: string } | { ok: false; reason: string }

export interface RuleContext {
  doc: Raw
  source: YamlSource
  leaves: RawLeaf[]
  groups: RawGroup[]
  /** Contents of the stdout_file / stderr_file references, by the path as written. */
  files: ReadonlyMap<string, FileRead>
}

type Rule = (ctx: RuleContext) => Diagnostic[]

const STREAMS = ['stdout', 'stderr'] as const

const callsBounds: Rule = ({ leaves, source }) =>
  leaves.flatMap(({ step, path }) => {
    if (obj(step.calls) === undefined) return []
    const { min, max } = callBounds(step)
    const at = [...path, 'calls']
    if (max < 1)
      return [
        err(
          source,
          'scenario-calls-bounds',
          `calls.max must be at least 1 (min ${min}, max ${max}); a max of 0 only defaults to min when min > 0`,
          at
        )
      ]
    if (min > max)
      return [
        err(source, 'scenario-calls-bounds', `calls.min (${min}) must be <= calls.max (${max})`, [
          ...at,
          'min'
        ])
      ]
    return []
  })

const captureConflicts: Rule = ({ doc, leaves, source }) => {
  const vars = obj(obj(doc.meta)?.vars) ?? {}
  return leaves.flatMap(({ step, path }) =>
    Object.keys(obj(obj(step.respond)?.capture) ?? {})
      .filter((name) => name in vars)
      .map((name) =>
        err(
          source,
          'scenario-capture-conflict',
          `capture identifier "${name}" conflicts with meta.vars key "${name}"`,
          [...path, 'respond', 'capture', name],
          true
        )
      )
  )
}

const forwardRefs: Rule = ({ leaves, source }) => {
  const defined = new Map<string, RawLeaf>()
  for (const leaf of leaves)
    for (const name of Object.keys(obj(obj(leaf.step.respond)?.capture) ?? {}))
      if (!defined.has(name)) defined.set(name, leaf)
  return leaves.flatMap((leaf) =>
    STREAMS.flatMap((stream) => {
      const at = [...leaf.path, 'respond', stream]
      return captureRefs(str(obj(leaf.step.respond)?.[stream])).flatMap((name) => {
        const def = defined.get(name)
        if (def === undefined || def.flat <= leaf.flat) return []
        const line = source.locate([...def.path, 'respond', 'capture', name], { key: true }).line
        return [
          err(
            source,
            'scenario-capture-forward-ref',
            `step ${leaf.flat + 1} references capture "${name}" first defined at step ${def.flat + 1} (line ${line}): forward reference`,
            at
          )
        ]
      })
    })
  )
}

const templates: Rule = ({ doc, leaves, source, files }) => {
  const vars = obj(obj(doc.meta)?.vars) ?? {}
  const captures = new Set(
    leaves.flatMap((l) => Object.keys(obj(obj(l.step.respond)?.capture) ?? {}))
  )
  return leaves.flatMap(({ step, path }) =>
    STREAMS.flatMap((stream) => {
      const respond = obj(step.respond)
      const ref = str(respond?.[`${stream}_file`])
      const read = ref === undefined ? undefined : files.get(ref)
      const [text, field, where] =
        read?.ok === true
          ? [read.text, `${stream}_file`, ` (in ${ref})`]
          : [str(respond?.[stream]), stream, '']
      if (text === undefined) return []
      const at = [...path, 'respond', field]
      const parsed = parseGoTemplate(text)
      if (!parsed.ok)
        return [err(source, 'scenario-template-unsupported', `${parsed.error}${where}`, at)]
      return parsed.parts.flatMap((p) =>
        p.kind === 'var' && !(p.name in vars)
          ? [
              warn(
                source,
                'scenario-template-unknown-var',
                `{{ .${p.name} }} is not in meta.vars and renders as ''${where}`,
                at
              )
            ]
          : p.kind === 'capture' && !captures.has(p.name)
            ? [
                warn(
                  source,
                  'scenario-template-unknown-capture',
                  `no step captures '${p.name}': {{ .capture.${p.name} }} renders as ''${where}`,
                  at
                )
              ]
            : []
      )
    })
  )
}

const argvPatterns: Rule = ({ leaves, source }) =>
  leaves.flatMap(({ step, path }) => {
    const argv = obj(step.match)?.argv
    return (Array.isArray(argv) ? argv : []).flatMap((a, i) => {
      const text = str(a)
      const el = text === undefined ? undefined : argvElement(text)
      const at = [...path, 'match', 'argv', i]
      if (el?.kind === 'regex') {
        const re = compileRegex(el.source)
        return re.ok ? [] : [err(source, 'scenario-regex-invalid', re.error, at)]
      }
      if (el?.kind === 'literal' && /\{\{-?\s*\.(any|regex)\b/.test(el.text))
        return [
          warn(
            source,
            'scenario-matcher-partial',
            `{{ .any }} and {{ .regex }} only work as a whole argv element; '${el.text}' matches only itself`,
            at
          )
        ]
      return []
    })
  })

const filesExist: Rule = ({ leaves, source, files }) =>
  leaves.flatMap(({ step, path }) =>
    STREAMS.flatMap((stream) => {
      const ref = str(obj(step.respond)?.[`${stream}_file`])
      const read = ref === undefined || ref === '' ? undefined : files.get(ref)
      return read === undefined || read.ok
        ? []
        : [
            err(
              source,
              'scenario-file-missing',
              `${stream}_file '${ref}' ${read.reason} (paths are relative to the scenario file's directory)`,
              [...path, 'respond', `${stream}_file`]
            )
          ]
    })
  )

const durations: Rule = ({ doc, source }) => {
  const ttl = str(obj(obj(doc.meta)?.session)?.ttl)
  const parsed = ttl === undefined || ttl === '' ? undefined : parseGoDuration(ttl)
  return parsed?.ok === true && parsed.ms <= 0
    ? [
        err(source, 'scenario-duration-invalid', `session.ttl must be positive, got '${ttl}'`, [
          'meta',
          'session',
          'ttl'
        ])
      ]
    : []
}

const whenIgnored: Rule = ({ leaves, source }) =>
  leaves
    .filter(({ step }) => str(step.when) !== undefined && step.when !== '')
    .map(({ path }) =>
      warn(
        source,
        'scenario-when-ignored',
        "'when' is ignored: cli-replay reads it but never evaluates it, and replay does the same",
        [...path, 'when'],
        true
      )
    )

const allowedCommands: Rule = ({ doc, leaves, source }) => {
  const allowed = obj(obj(doc.meta)?.security)?.allowed_commands
  if (!Array.isArray(allowed) || allowed.length === 0) return []
  const list = allowed.filter((a): a is string => typeof a === 'string')
  return leaves.flatMap(({ step, path }) => {
    const argv0 = str((obj(step.match)?.argv as unknown[] | undefined)?.[0])
    if (argv0 === undefined || argvElement(argv0).kind !== 'literal') return []
    return matchCommandList(list, argv0) !== undefined
      ? []
      : [
          err(
            source,
            'scenario-command-not-allowed',
            `'${commandName(argv0)}' is not in meta.security.allowed_commands (${list.join(', ')})`,
            [...path, 'match', 'argv', 0]
          )
        ]
  })
}

/** Every rule, in reporting order. */
export const SCENARIO_RULES: readonly Rule[] = [
  callsBounds,
  captureConflicts,
  forwardRefs,
  templates,
  argvPatterns,
  filesExist,
  durations,
  whenIgnored,
  allowedCommands
]

function captureRefs(text: string | undefined): string[] {
  const parsed = text === undefined ? undefined : parseGoTemplate(text)
  return parsed?.ok === true
    ? parsed.parts.flatMap((p) => (p.kind === 'capture' ? [p.name] : []))
    : []
}

const located =
  (severity: Severity) =>
  (source: YamlSource, rule: string, message: string, path: DocPath, key = false): Diagnostic =>
    source.diag(rule, severity, message, path, { key })
const err = located('error')
const warn = located('warning')
