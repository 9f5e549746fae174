import { compileTsg } from '../../src/compiler/index.js'

// The classes of issue 15, each on a small document of its own.
const compile = (md: string) => compileTsg(md, { file: 't.md' })
const account = (md: string, text: string) =>
  compile(md).interpretation.accounts.find((a) => a.text === text)

describe('a mention is not a step', () => {
  it.each([
    [
      'Helm runs `helm template mychart` instead of `helm install mychart` here.',
      'helm template mychart'
    ],
    ['Refs captured at the time of a `git gc --auto` may be gone.', 'git gc --auto'],
    [
      'If `kubectl describe pod web` shows `ImagePullBackOff`, check the registry.',
      'kubectl describe pod web'
    ],
    ['When `systemctl status kubelet` reports failed, restart it.', 'systemctl status kubelet']
  ])('%s', (sentence, command) => {
    const r = compile(`# T\n\n## Fix\n\n${sentence}\n`)
    const a = r.interpretation.accounts.find((x) => x.text === command)
    expect(a?.steps).toEqual([])
    expect(a?.note).toMatch(/not asked to run|not a step/)
    expect(r.mapping).toContain(`\`${command}\``)
  })

  it.each([
    'Run `kubectl get pods -n web` and look at the status.',
    'Check the events with `kubectl get events -n web`.',
    '1. Look at the pods: `kubectl get pods -n web`',
    '- the pods of the namespace: `kubectl get pods -n web`',
    '`kubectl get pods -n web` should list three pods.'
  ])('asked to run: %s', (sentence) => {
    const r = compile(`# T\n\n## Fix\n\n${sentence}\n`)
    expect(r.runbook.steps.some((s) => s.type === 'cli' && s.with?.argv?.[1] === 'get')).toBe(true)
  })

  it('lists commands of Meaning, Impact, Background and When to use sections as mentioned', () => {
    const md = [
      '# Alert',
      '',
      '## Meaning',
      '',
      'The operator runs `kubectl rollout restart deployment web` itself.',
      '',
      '```sh',
      'kubectl get deployment web',
      '```',
      '',
      '## When to use',
      '',
      'Use this guide when `kubectl get pods -n web` shows restarts.',
      '',
      '## Diagnosis',
      '',
      '```sh',
      'kubectl get deployment web',
      '```',
      ''
    ].join('\n')
    const r = compile(md)
    expect(r.runbook.steps.map((s) => s.id)).toEqual(['diagnosis'])
    expect(account(md, 'kubectl get deployment web')?.note).toBe(
      'in the background section "Meaning": an example, not a step'
    )
    expect(account(md, 'kubectl get pods -n web')?.note).toBe(
      'in the background section "When to use": mentioned, not a step'
    )
  })

  it('makes every command a warning names unrunnable in its section', () => {
    const md = [
      '# Repo',
      '',
      '## Recover',
      '',
      '```sh',
      'git fsck --full',
      'git gc --prune=now',
      '```',
      '',
      '> **Warning:** never run `git gc` in a corrupted repository.',
      '',
      'If errors remain, `git gc` would only hide them.',
      ''
    ].join('\n')
    const r = compile(md)
    const steps = r.interpretation.steps
    expect(steps.find((s) => s.line === 6)?.step.type).toBe('cli')
    const gc = steps.find((s) => s.line === 7)
    expect(gc?.manual?.why).toBe('warned')
    expect(gc?.step.instructions).toContain(
      'a warning of this section (line 10) says not to run it'
    )
    expect(gc?.step.instructions).toContain('Run by hand only if it is safe to do so')
    expect(r.interpretation.accounts.filter((a) => a.text === 'git gc').map((a) => a.note)).toEqual(
      [
        'named in a warning not to run it: the prose around it is the step',
        'named near a warning not to run it (line 10): mentioned, not a step'
      ]
    )
  })
})

describe('commands it used to lose', () => {
  it('reads `# cmd` as a root prompt in a block of prompts and output, `# prose` as a comment', () => {
    const r = compile(
      '# T\n\n```console\n# systemctl status kubelet\n● kubelet.service - kubelet\n   Active: active (running)\n# gitlab-rake gitlab:git:fsck\n# check the repository again\n```\n'
    )
    const lines = r.ir.sections[0]?.units[0]?.codes[0]?.lines ?? []
    expect(lines.map((l) => [l.kind, l.text])).toEqual([
      ['command', 'systemctl status kubelet'],
      ['output', '● kubelet.service - kubelet'],
      ['output', '   Active: active (running)'],
      ['command', 'gitlab-rake gitlab:git:fsck'],
      ['comment', '# check the repository again']
    ])
  })

  it('keeps `#` lines comments in a block of unprompted commands', () => {
    const r = compile('# T\n\n```sh\n# systemctl status kubelet\nsystemctl restart kubelet\n```\n')
    expect(r.runbook.steps.map((s) => s.with?.argv)).toEqual([['systemctl', 'restart', 'kubelet']])
  })

  it('joins a quoted argument across lines into one command', () => {
    const r = compile(
      '# T\n\n```bash\npsql -h db -c "SELECT state, count(*)\n  FROM pg_stat_activity\n  GROUP BY state;"\n```\n'
    )
    expect(r.runbook.steps).toHaveLength(1)
    expect(r.runbook.steps[0]?.with?.argv).toEqual([
      'psql',
      '-h',
      'db',
      '-c',
      'SELECT state, count(*)\n  FROM pg_stat_activity\n  GROUP BY state;'
    ])
  })

  it('makes all-capitals placeholders in URLs and quoted arguments vars', () => {
    const r = compile(
      '# T\n\n```bash\ncurl -s "https://DASHBOARDS_ENDPOINT/api/status"\ncurl -s https://HOST:9200/_cat/health\n```\n'
    )
    expect(r.runbook.steps.map((s) => s.with?.argv?.[2])).toEqual([
      'https://{{ .dashboards_endpoint }}/api/status',
      'https://{{ .host }}:9200/_cat/health'
    ])
    expect(r.runbook.meta.vars).toEqual({ dashboards_endpoint: '', host: '' })
  })

  it('keeps every item of a checklist', () => {
    const r = compile(
      '# T\n\n## Done\n\n- [ ] `kubectl get pods` shows all pods Ready\n- [ ] The alert resolved\n- [x] The incident channel is updated\n'
    )
    const items = r.runbook.steps.flatMap((s) => s.required_evidence ?? []).flatMap((e) => e.items)
    expect(items).toEqual([
      'kubectl get pods shows all pods Ready',
      'The alert resolved',
      'The incident channel is updated'
    ])
  })
})

describe('hidden text stays hidden', () => {
  const md = [
    '# T',
    '',
    '<!--',
    'kubectl delete ns prod',
    '-->',
    '',
    '{% comment %}',
    '`kubectl delete pod web` to start over',
    '{% endcomment %}',
    '',
    '{{< comment >}}',
    '```sh',
    'kubectl drain node-1',
    '```',
    '{{< /comment >}}',
    '',
    '{# jinja: kubectl cordon node-2 #}',
    '',
    '<details>',
    '<summary>Background: why this happens</summary>',
    '',
    '```sh',
    'kubectl get events -A',
    '```',
    '',
    '</details>',
    '',
    '<details><summary>Show the fix</summary>',
    '',
    '{% raw %}',
    '```sh',
    "kubectl get pods -o go-template='{{.metadata.name}}'",
    '```',
    '{% endraw %}',
    '',
    '</details>',
    ''
  ].join('\n')

  it('compiles none of it, keeps the lines right, and lists it in mapping.md', () => {
    const r = compile(md)
    expect(r.runbook.steps.map((s) => [s.type, s.with?.argv?.[1]])).toEqual([['cli', 'get']])
    expect(r.interpretation.steps[0]?.line).toBe(32)
    expect(r.ir.hidden.map((h) => [h.kind, h.line, h.endLine])).toEqual([
      ['HTML comment', 3, 5],
      ['template comment', 7, 9],
      ['hidden shortcode', 11, 15],
      ['template comment', 17, 17],
      ['background details', 19, 26],
      ['template raw tag', 30, 30],
      ['template raw tag', 34, 34]
    ])
    expect(r.mapping).toContain('## Hidden text (skipped)')
    expect(r.mapping).toContain('| 19–26 | background details | `Background: why this happens` |')
  })

  it('leaves an HTML comment inside a fenced block alone', () => {
    const r = compile('# T\n\n```sh\n<!-- x -->\nkubectl get pods\n```\n')
    expect(r.ir.hidden).toEqual([])
  })
})

describe('where a command runs', () => {
  it('makes commands after prose that logs in to a machine manual, with a target var, until it logs out', () => {
    const md = [
      '# T',
      '',
      '## Node',
      '',
      'SSH to the affected node.',
      '',
      '```sh',
      'systemctl status kubelet',
      'journalctl -u kubelet --since "10 min ago"',
      '```',
      '',
      'Log out of the node.',
      '',
      '```sh',
      'kubectl get nodes',
      '```',
      ''
    ].join('\n')
    const r = compile(md)
    const s = r.interpretation.steps.find((x) => x.line === 8)
    expect(s?.manual?.why).toBe('in-session')
    expect(s?.step.instructions).toContain('Run on: {{ .target_host }}')
    expect(r.runbook.meta.vars).toEqual({ target_host: '' })
    expect(r.interpretation.steps.find((x) => x.line === 15)?.step.type).toBe('cli')
    expect(r.runbook.meta.governance?.allowed_commands).toEqual(['kubectl'])
  })

  it.each([
    ['oc debug node/<node-name>', 'chroot /host'],
    ['kubectl debug node/<node-name> -it --image=busybox', 'chroot /host'],
    ['docker exec -it <container> sh', 'ls /builds'],
    ['gcloud compute ssh <vm> --zone <zone>', 'df -h /']
  ])('keeps what follows `%s` in that session', (opener, next) => {
    const r = compile(
      `# T\n\n## Debug\n\n\`\`\`sh\n${opener}\n${next}\nsystemctl status kubelet\n\`\`\`\n`
    )
    expect(r.runbook.steps.filter((s) => s.type === 'cli')).toEqual([])
  })

  it('carries a session into the subsections of the section that opened it', () => {
    const md =
      '# T\n\n## On the host\n\nLog in to the host as root.\n\n### Step 1\n\n```sh\ndf -h /\n```\n\n## Back\n\n```sh\ndf -h /\n```\n'
    const r = compile(md)
    expect(r.runbook.steps.map((s) => s.type)).toEqual(['manual', 'manual', 'cli'])
  })

  it('keeps commands after "cd into the repository directory" manual', () => {
    const r = compile(
      '# T\n\n## Check\n\nThen cd into the repository directory and run:\n\n```sh\ngit fsck --full\nls objects/pack\n```\n'
    )
    const why = r.interpretation.steps
      .filter((s) => s.command !== undefined)
      .map((s) => s.manual?.why)
    expect(why).toEqual(['in-directory', 'in-directory'])
    expect(r.runbook.steps[1]?.instructions).toContain('runs in the repository directory (line 5)')
  })
})

describe('less noise', () => {
  it('plans a section repeated word for word once, and lists every source', () => {
    const body = '## Verify\n\nCheck the pods.\n\n```sh\nkubectl get pods -n web\n```\n'
    const r = compile(
      `# T\n\n${body}\n## Fix\n\n\`\`\`sh\nkubectl rollout restart deployment/web -n web\n\`\`\`\n\n${body}`
    )
    expect(r.runbook.steps.map((s) => s.id)).toEqual(['verify', 'fix'])
    expect(r.mapping).toContain('| `verify` | cli | Verify | 8, 22 |')
    expect(r.mapping).toContain('- Verify (line 17): repeats line 3')
    expect(r.interpretation.accounts.find((a) => a.line === 22)?.steps).toEqual([0])
  })

  it.each([
    'Add your namespace to the commands above before running them.',
    'Replace `<pod>` with the name of your pod.',
    'Substitute your runner token and URL.'
  ])('plans no step for "%s"', (sentence) => {
    const r = compile(
      `# T\n\n## Check\n\n\`\`\`sh\nkubectl get pods -n <namespace>\n\`\`\`\n\n${sentence}\n`
    )
    expect(r.runbook.steps.map((s) => s.type)).toEqual(['cli'])
  })

  it('makes no var of awk, gdb or Grafana variables', () => {
    const r = compile(
      '# T\n\n```bash\nawk "/ERR/ {print $NF}" /var/log/app.log\ngdb -p 1234 -batch -ex "print $rip"\ncurl -s "http://prom:9090/api/v1/query?query=rate(x[$__rate_interval])"\n```\n'
    )
    expect(r.runbook.meta.vars).toBeUndefined()
    expect(r.runbook.steps.every((s) => s.type === 'manual')).toBe(true)
  })

  it.each([
    ['cryptsetup luksFormat /dev/sdb', 'destructive'],
    ['git gc --prune=now', 'destructive'],
    ['rabbitmqctl purge_queue orders', 'destructive'],
    ['vault secrets destroy kv/app', 'destructive']
  ])('never automates `%s`', (command, why) => {
    const r = compile(`# T\n\n\`\`\`sh\n${command}\n\`\`\`\n`)
    expect(r.interpretation.steps[0]?.manual?.why).toBe(why)
    expect(r.runbook.steps[0]?.instructions).toContain('Run by hand only if it is safe to do so')
  })
})
