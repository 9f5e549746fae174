// `runbook convert`: a runbook in gert's tree form as the flat runbook it stands for: the tree's
// steps in document order, each guarded (`when`) by every enclosing branch condition. Conditions
// are written in CEL (gert's bare names, and/or/not and infix contains translated), so the output
// reads the same in any CEL tool and validates as it is.
import { stringify } from 'yaml'
import { bareNames, readCondition } from '../conditions.js'
import { normalizeRunbook } from '../normalize.js'
import type { RunbookV0, Step } from '../runbook.generated.js'
import type { ValidationResult } from '../validate.js'
import { flatDocument, flattenTree } from './tree.js'

/** The flat YAML of a runbook that validated (with or without `tree:`). */
export function flatRunbookYaml(checked: ValidationResult & { runbook: RunbookV0 }): string {
  const doc = normalizeRunbook(checked.source?.value ?? checked.runbook)
  const flat = doc.tree === undefined ? doc : flatDocument(doc, flattenTree(doc.tree))
  const names = bareNames(checked.runbook)
  const cel = (text: string): string => {
    const read = readCondition(text, names)
    return read.ok ? read.condition.expression : text
  }
  // `when` right after id, type and title, where a reader looks for it.
  const steps = (flat.steps ?? []).map(({ id, type, title, when, ...s }): Step => ({
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
  }))
  return stringify({ ...flat, steps }, { lineWidth: 0 })
}
