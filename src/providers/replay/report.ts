// `--report text|json|junit`: the replay verdict in the chosen format. JSON is cli-replay's verify
// JSON (compact, one line, as its FormatJSON writes it).
import { formatJunitReport } from './report-junit.js'
import { formatTextReport } from './report-text.js'
import type { ReplayReportInput } from './verify-result.js'
import { verifyResult } from './verify-result.js'

import type { ReplayReportFormat } from './report-formats.js'

export { REPLAY_REPORT_FORMATS } from './report-formats.js'
export type { ReplayReportFormat } from './report-formats.js'

/** Renders the replay report in `format`. */
export function renderReplayReport(format: ReplayReportFormat, input: ReplayReportInput): string {
  if (format === 'json') return `${JSON.stringify(verifyResult(input))}\n`
  return format === 'junit' ? formatJunitReport(input) : formatTextReport(input)
}
