import { compileTsg } from '../../src/compiler/index.js'

const compile = (md: string) => compileTsg(md, { file: 't.md' })
const todos = (md: string) => compile(md).interpretation.todos.map((t) => t.text)

describe('TODOs: one per uncertainty', () => {
  it('lists an unknown program once, with every line it is used on', () => {
    expect(todos('# T\n\n```sh\nmise run a\nmise run b\n```\n\n`mise run c` too\n')).toEqual([
      '`mise` (line 4, 5, 8): mise is not a command the classifier knows; check what it does before automating it'
    ])
  })

  it('does not add "no default" for a var set by a command, which has its own TODO', () => {
    const t = todos('# T\n\n```sh\nX=$(a | b)\necho "$X"\n```\n')
    expect(t.filter((s) => s.includes('`X`'))).toEqual([
      '`X` is set by a command that needs a shell (line 4); run it by hand and pass the value with --var X=...'
    ])
  })

  it('calls a shell function of the TSG a shell function, not an unknown program', () => {
    const r = compile(
      '# T\n\n```sh\nsql_app(){ scripts/db/psql-app.sh -c "$1"; }\nsql_app "select 1"\n```\n'
    )
    expect(r.interpretation.todos).toEqual([])
    expect(r.interpretation.steps.map((s) => s.manual?.detail)).toEqual([
      "defines the shell function 'sql_app' that later commands call; run it in the shell you run them in (safety: unknown, psql-app.sh is not a command the classifier knows)",
      "'sql_app' is a shell function the TSG defines at line 4; only a shell that ran that definition can call it"
    ])
  })
})

describe('commands run through a wrapper', () => {
  it('stay manual: allowing sudo or find would let every command through the allowlist', () => {
    const r = compile(
      '# T\n\n```sh\nsudo systemctl restart nginx\nfind /var/log -name "*.gz"\nsystemctl status nginx\n```\n'
    )
    expect(r.runbook.steps.map((s) => s.type)).toEqual(['manual', 'manual', 'cli'])
    expect(r.runbook.meta.governance?.allowed_commands).toEqual(['systemctl'])
    expect(r.diagnostics).toEqual([])
    expect(r.interpretation.todos.map((t) => t.text)).toEqual([
      "`sudo` (line 4): sudo runs any command, as another user: allowing 'sudo' would let every command through the allowlist; kept manual; to automate such commands, give the runbook the rights they need and drop 'sudo' from the TSG",
      "`find` (line 5): find -exec runs any command: allowing 'find' would let every command through the allowlist; kept manual; to automate such commands, give the runbook the rights they need and drop 'find' from the TSG"
    ])
  })
})

describe('a var that looks like a secret', () => {
  it('is to come from the environment, with a word on redaction', () => {
    expect(
      todos(
        '# T\n\n```sh\ncurl -sS -X POST -H "Authorization: Bearer $ADMIN_TOKEN" https://x/flush\n```\n'
      )
    ).toEqual([
      "set `ADMIN_TOKEN` ($ADMIN_TOKEN, line 4): it looks like a secret; pass it in the environment variable ADMIN_TOKEN, not with --var or in meta.vars, and check that a redaction rule hides it where the runbook prints it (the defaults hide 'Bearer ...' and 'password=...', not a bare value)"
    ])
  })
})
