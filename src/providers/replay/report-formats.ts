// The replay report's formats, apart from the renderers so the CLI can list them without loading them.
export const REPLAY_REPORT_FORMATS = ['text', 'json', 'junit'] as const
export type ReplayReportFormat = (typeof REPLAY_REPORT_FORMATS)[number]
