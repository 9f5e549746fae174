// Names of the Action's inputs and outputs, as declared in action.yml.
export const Inputs = {
  Runbooks: 'runbooks',
  Command: 'command'
} as const

export const Outputs = {
  Valid: 'valid'
} as const
