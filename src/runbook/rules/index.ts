// The registry of named domain rules, in the order they run.
import { conditionRules } from './conditions.js'
import { evidenceRules } from './evidence.js'
import { flowRules } from './flow.js'
import { governanceRules } from './governance.js'
import { nulByteRules } from './nul-bytes.js'
import type { Rule } from './rule.js'
import { safetyRules } from './safety.js'
import { stepRules } from './steps.js'
import { templateRules } from './templates.js'

export const RULES: readonly Rule[] = [
  ...stepRules,
  ...nulByteRules,
  ...templateRules,
  ...governanceRules,
  ...safetyRules,
  ...evidenceRules,
  ...conditionRules,
  ...flowRules
]
