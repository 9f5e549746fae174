// The TSG-IR: what Stage A extracts from a Markdown TSG, with source lines everywhere. Pure data;
// it serialises to JSON (the LLM mode sends it as is).
import type { HiddenText } from './extract/hidden.js'

/** A whole document. */
export interface TsgIr {
  /** File name used in reports (a basename, so output does not depend on where the file is). */
  file: string
  /** Title: front matter `title`, else the first heading, else the file name. */
  title: string
  /** Number of lines of the source. */
  lines: number
  frontMatter?: { line: number; endLine: number; title?: string }
  sections: IrSection[]
  /** Text a reader never sees (comments, hidden shortcodes, background `<details>`): skipped. */
  hidden: HiddenText[]
}

/** The content under one heading, up to the next heading (any depth). Depth 0: before any heading. */
export interface IrSection {
  index: number
  title: string
  depth: number
  line: number
  endLine: number
  /** Titles from the outermost heading down to this one. */
  trail: string[]
  units: IrUnit[]
}

export type UnitKind =
  'paragraph' | 'list-item' | 'code' | 'table' | 'quote' | 'admonition' | 'html'

/** A top-level piece of a section: a paragraph, one item of a list (with all it nests), a code
 * block, a table, a quote or an admonition. */
export interface IrUnit {
  kind: UnitKind
  line: number
  endLine: number
  /** The Markdown source of the unit, verbatim. */
  source: string
  /** Its text without Markdown syntax and without nested code blocks. */
  text: string
  /** A list item's own text, without what it nests; for other units the same as `text`. */
  lead: string
  /** Task-list state of a list item: true/false for `- [x]`/`- [ ]`, null otherwise. */
  checked: boolean | null
  /** A list item that holds more than its text (a sub-list, a code block, an image). */
  nested: boolean
  /** For a sub-item split from its list: the text of the items above it ('' otherwise). */
  context: string
  ordered: boolean
  /** Nested list entries (for checklists and fill-in fields). */
  entries: IrEntry[]
  /** Inline code spans in the prose, in order. */
  inline: IrInline[]
  /** Code blocks in the unit (a code unit has exactly one), in order. */
  codes: IrCode[]
}

export interface IrEntry {
  text: string
  line: number
  checked: boolean | null
  depth: number
  inline: IrInline[]
  /** The item holds more than its text: a sub-list, a code block, an image. */
  nested: boolean
}

export interface IrInline {
  text: string
  line: number
}

export type CodeKind = 'shell' | 'manifest' | 'output' | 'code' | 'empty'

export interface IrCode {
  /** Language word of the info string (lower case), '' when untagged. */
  lang: string
  /** The whole info string after the fence. */
  info: string
  /** Runme-style attributes (`{"name":"x"}` after the language). */
  attrs: Record<string, string>
  fenced: boolean
  /** Line of the opening fence (or first line of an indented block). */
  line: number
  endLine: number
  kind: CodeKind
  /** Why the block is (not) commands, for the mapping. */
  reason: string
  lines: IrLine[]
  /** The text of a block of another language (`code`), e.g. SQL statements to classify. */
  body?: string
}

export type LineKind = 'command' | 'output' | 'comment' | 'blank'

/** One logical line of a code block: a command may span several source lines. */
export interface IrLine {
  kind: LineKind
  /** Commands: continuation lines joined, prompt removed. Others: the line as written. */
  text: string
  /** The source lines, prompt removed, joined with newlines: how the command is shown verbatim. */
  raw: string
  line: number
  endLine: number
  prompt?: string
}
