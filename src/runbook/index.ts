// Public surface of the runbook layer: the contract, its loader and its validator.
export type { Diagnostic, DocPath, Severity } from './diagnostic.js'
export {
  countBySeverity,
  describeCounts,
  formatDiagnostic,
  formatPath,
  preview,
  sortDiagnostics
} from './diagnostic.js'
export type {
  Assertion,
  Evidence,
  Governance,
  RedactRule,
  RunbookV0,
  Step,
  With,
  Approvals
} from './runbook.generated.js'
export { RUNBOOK_SCHEMA, RUNBOOK_SCHEMA_ID } from './schema.js'
export type { ChoiceOption, Outcome } from './runbook.generated.js'
export {
  bareNames,
  conditionSites,
  optionValues,
  readCondition,
  stepChoices
} from './conditions.js'
export type { BareNames, ConditionSite, ReadCondition } from './conditions.js'
export { evaluateCondition, splitName } from './cel/condition.js'
export type { ConditionValue, ConditionValues, CompiledCondition } from './cel/condition.js'
export { refName } from './cel/refs.js'
export type { ConditionRef } from './cel/refs.js'
export { validateRunbookSource, validateRunbookText } from './validate.js'
export { sourceHash, sourceMatches, withSource } from './source-hash.js'
export { checkSourceFile, sourceDiagnostics } from './source-check.js'
export type { SourceText } from './source-check.js'
export type { ValidationResult } from './validate.js'
export { loadRunbookFile, fileDiagnostic } from './load.js'
export type { LoadedRunbook } from './load.js'
export { RULES } from './rules/index.js'
export { parseTemplate, templateRefs, renderParts, isLiteral } from './template.js'
export { cannotBeRead, fsErrorReason } from './fs-reason.js'
export type { TemplatePart } from './template.js'
export { templateFields } from './template-fields.js'
export { parseDuration, formatDuration } from './duration.js'
export { compileRegex, quoteRegex, regexMatches } from './regex.js'
export { approverKey } from './approver.js'
export type { Pattern, PatternMatch, RegexCompile, RegexTest } from './regex.js'
export { commandName, matchCommandList, commandRunnerReason } from './commands.js'
export { envHookReason, envHooks } from './env-hooks.js'
export { parseEvidenceFile, EVIDENCE_SCHEMA } from './evidence-file.js'
export type {
  EvidenceFile,
  EvidenceFileOptions,
  EvidenceInput,
  EvidenceProblem,
  ApprovalInput,
  StepInputs
} from './evidence-file.js'
export { createSchemaChecker } from './schema-check.js'
export type { SchemaChecker, ErrorExplainer } from './schema-check.js'
export { parseYamlSource } from './yaml-source.js'
export type { YamlSource, Position } from './yaml-source.js'
export { flatRunbookYaml } from './gert/convert.js'
