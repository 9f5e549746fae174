// Public surface of replay and record (issue 4): what the CLI and the Action wire to
// `runbook exec --mode replay --scenario ...` and `--record OUT.yaml`.
export type { Scenario, ScenarioStep, ScenarioGroup, ArgvPattern } from './scenario-model.js'
export { stepLabel } from './scenario-model.js'
export { parseScenarioText } from './scenario-parse.js'
export type { ScenarioIo, ScenarioParse } from './scenario-parse.js'
export type { FileRead } from './scenario-rules.js'
export { evidencePathFor, loadReplayScenario, readScenarioFile } from './scenario-load.js'
export type { LoadedScenario } from './scenario-load.js'
export { CLI_REPLAY_SCENARIO_SCHEMA, GERT_SCENARIO_SCHEMA } from './scenario-schema.js'
export { ReplayMatcher, normalizeStdin } from './matcher.js'
export type { MatchResult, NoMatch, ReplayCall } from './matcher.js'
export { describeNoMatch } from './mismatch.js'
export { MAX_REPLAY_DELAY_MS, ReplayCliProvider, scenarioVars } from './replay-cli.js'
export type { ReplayCallRecord, ReplayCliOptions, ReplaySnapshot } from './replay-cli.js'
export { ReplayManualProvider } from './replay-manual.js'
export type { ReplayManualOptions } from './replay-manual.js'
export {
  effectiveGovernance,
  intersectCommandLists,
  NOTHING_ALLOWED,
  withScenarioGovernance
} from './governance.js'
export type { EffectiveGovernance } from './governance.js'
export { REPLAY_REPORT_FORMATS, renderReplayReport } from './report.js'
export type { ReplayReportFormat } from './report.js'
export { replayError, verifyResult } from './verify-result.js'
export type { ReplayReportInput, VerifyResult, VerifyStep } from './verify-result.js'
export { runbookStepVerdicts } from './step-verdicts.js'
export type { RunbookStepVerdict } from './step-verdicts.js'
export { Recorder } from './recorder.js'
export type { RecordedCall } from './recorder.js'
export { CLI_REPLAY_SCHEMA_URL, INLINE_OUTPUT_LIMIT, planRecording } from './record-plan.js'
export type { RecordingInput, RecordingPlan } from './record-plan.js'
export { writeRecording } from './record-write.js'
export type { RecordingWrite } from './record-write.js'
