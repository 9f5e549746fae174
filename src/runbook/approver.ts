// Who an approver is, for counting distinct approvers: one person never counts twice because of
// spacing or case (' Alice' and 'alice' are one approver).

/** The identity of an approver name: trimmed, NFKC-normalised, lower case. */
export function approverKey(name: string): string {
  return name.trim().normalize('NFKC').toLowerCase()
}
