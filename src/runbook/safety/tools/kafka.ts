// Kafka's admin scripts (kafka-topics, kafka-consumer-groups, kafka-configs, with or without .sh):
// the action is a flag (`--list`, `--describe`, `--create`, `--alter`, `--delete`), not a word.
import { hasFlag } from '../argv.js'
import type { Classification, ToolClassifier } from '../types.js'
import { classified } from '../types.js'

/** Classifies kafka-topics, kafka-consumer-groups and kafka-configs (`.sh` or not). */
export const classifyKafka: ToolClassifier = (tool, args) => {
  const name = tool.replace(/\.sh$/, '')
  const c = (level: Classification['level'], rule: string, reason: string): Classification =>
    classified(level, tool, `${name}.${rule}`, `${name} ${reason}`)
  if (hasFlag(args, '--delete'))
    return c(
      'destructive',
      'delete',
      name === 'kafka-topics'
        ? '--delete deletes the topic and every message in it'
        : '--delete deletes the consumer group and its committed offsets'
    )
  if (hasFlag(args, '--delete-offsets'))
    return c('destructive', 'delete-offsets', '--delete-offsets deletes committed offsets')
  if (hasFlag(args, '--reset-offsets'))
    return hasFlag(args, '--execute')
      ? c('mutating', 'reset-offsets', '--reset-offsets --execute moves the committed offsets')
      : c(
          'read-only',
          'reset-offsets-dry-run',
          '--reset-offsets without --execute only prints the new offsets (a dry run)'
        )
  if (hasFlag(args, '--create', '--alter'))
    return hasFlag(args, '--create')
      ? c('mutating', 'create', '--create creates a topic')
      : c('mutating', 'alter', '--alter changes partitions or settings')
  if (hasFlag(args, '--list', '--describe', '--version', '--help'))
    return c('read-only', 'describe', '--list/--describe only reads')
  return c('unknown', 'unknown-action', 'without an action the classifier knows')
}
