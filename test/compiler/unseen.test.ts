import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { compileTsg } from '../../src/compiler/index.js'
import type { CompileResult } from '../../src/compiler/index.js'
import { commandRunnerReason } from '../../src/runbook/index.js'
import { FIXTURES } from '../helpers/fixtures.js'

// TSGs the compiler was not tuned on (test/fixtures/compiler/unseen): every fidelity check passes,
// the runbook validates cleanly, and the steps a careful operator would look at first are right.
const DIR = join(FIXTURES, 'compiler', 'unseen')
const compiled = new Map<string, CompileResult>(
  readdirSync(DIR)
    .sort()
    .map((f) => [f, compileTsg(readFileSync(join(DIR, f), 'utf8'), { file: f })])
)
const doc = (name: string): CompileResult => compiled.get(name) as CompileResult
const step = (r: CompileResult, line: number) =>
  r.interpretation.steps.find((s) => s.line === line)?.step

describe.each([...compiled.keys()])('unseen TSG %s', (name) => {
  it('passes every fidelity check and validates with no diagnostic', () => {
    const r = doc(name)
    expect(r.checks.filter((c) => !c.ok)).toEqual([])
    expect(r.diagnostics).toEqual([])
    expect(r.ok).toBe(true)
  })

  it('automates no command runner and is deterministic', () => {
    const r = doc(name)
    const allowed = r.runbook.meta.governance?.allowed_commands ?? []
    expect(allowed.filter((c) => commandRunnerReason(c) !== undefined)).toEqual([])
    const again = compileTsg(readFileSync(join(DIR, name), 'utf8'), { file: name })
    expect(again.yaml).toBe(r.yaml)
    expect(again.mapping).toBe(r.mapping)
  })
})

describe('unseen: systemd service restart', () => {
  const r = doc('systemd-service-restart.md')

  it('keeps sudo commands, the followed log and the kill manual, and captures the PID', () => {
    expect(step(r, 19)?.type).toBe('manual')
    expect(step(r, 32)?.instructions).toContain('journalctl follows output until stopped')
    // "SSH to the host" (line 16): what follows runs there, never on the runner.
    expect(step(r, 32)?.instructions).toContain('Run on: {{ .target_host }}')
    expect(step(r, 69)?.capture).toEqual({ PID: 'stdout' })
    expect(step(r, 70)?.instructions).toContain('Run by hand only if it is safe to do so')
    expect(step(r, 70)?.instructions).toContain('`$PID` = {{ .PID }}')
    expect(r.runbook.meta.governance?.allowed_commands).toEqual(['cat'])
  })

  it('turns the preconditions, the closing list and the record into evidence', () => {
    const evidence = r.runbook.steps.flatMap((s) => s.required_evidence ?? [])
    expect(evidence.filter((e) => e.kind === 'checklist').map((e) => e.items)).toEqual([
      [
        'You have SSH access to the affected host with sudo rights',
        'The host has been drained from the load balancer pool',
        'An incident channel is open'
      ],
      [
        'Re-enable the host in the load balancer pool.',
        'Watch the error rate on the dashboard for 10 minutes.',
        'Close the incident once the alert has resolved.'
      ]
    ])
    expect(evidence.filter((e) => e.kind === 'text').map((e) => e.name)).toEqual([
      'host',
      'root_cause',
      'restarted_at_utc'
    ])
  })
})

describe('unseen: PostgreSQL replication lag', () => {
  const r = doc('postgres-replication-lag.md')

  it('never automates ending sessions or dropping a slot; cancelling asks for confirmation', () => {
    expect([step(r, 51)?.type, step(r, 51)?.confirm]).toEqual(['cli', true])
    expect(step(r, 52)?.type).toBe('manual')
    expect(step(r, 52)?.instructions).toContain('pg_terminate_backend() ends sessions')
    expect([step(r, 58)?.type, step(r, 58)?.confirm]).toEqual(['cli', true])
    expect(step(r, 65)?.type).toBe('manual')
  })

  it('reads the lag into a capture and uses it', () => {
    expect(step(r, 29)?.capture).toEqual({ LAG: 'stdout' })
    expect(step(r, 30)?.with?.argv).toEqual(['echo', 'replica lag: {{ .LAG }} s'])
    expect(r.runbook.meta.vars).toEqual({ PRIMARY_HOST: '', REPLICA_HOST: '', pid: '' })
  })
})

describe('unseen: EC2 instance unreachable', () => {
  const r = doc('aws-ec2-unreachable.md')

  it('captures the instance ID and uses it unquoted (the query prints one value)', () => {
    expect(step(r, 10)?.capture).toEqual({ INSTANCE_ID: 'stdout' })
    expect(step(r, 16)?.with?.argv?.[4]).toBe('{{ .INSTANCE_ID }}')
  })

  it('confirms stop, start and reboot, and does not offer to terminate', () => {
    expect([43, 44, 45, 51].map((l) => step(r, l)?.confirm ?? false)).toEqual([
      true,
      false,
      true,
      true
    ])
    const terminate = r.interpretation.accounts.find(
      (a) => a.text === 'aws ec2 terminate-instances'
    )
    expect(terminate?.note).toBe(
      'named in a warning not to run it: the prose around it is the step'
    )
    expect(r.runbook.steps.some((s) => s.with?.argv?.includes('terminate-instances'))).toBe(false)
  })
})

describe('unseen: checkout API with numbered steps and GET /health', () => {
  const r = doc('api-health-numbered.md')

  it('makes the HTTP calls and the numbered instructions a checklist', () => {
    expect(r.runbook.steps[1]?.required_evidence?.[0]?.items).toEqual([
      'Open the Checkout dashboard in Grafana and note the error rate and the p99 latency.',
      'Call the health endpoint of each instance: GET /health and GET /health/dependencies.',
      "If /health/dependencies reports the payment provider as down, check the provider's status page."
    ])
    expect(r.interpretation.accounts.filter((a) => a.origin === 'http').map((a) => a.text)).toEqual(
      ['GET /health', 'GET /health/dependencies']
    )
  })

  it('confirms the rollback and the cache flush, and treats the admin token as a secret', () => {
    expect(step(r, 20)?.confirm).toBe(true)
    expect(step(r, 27)?.confirm).toBe(true)
    expect(r.interpretation.todos.map((t) => t.text)).toContain(
      "set `ADMIN_TOKEN` ($ADMIN_TOKEN, line 27): it looks like a secret; pass it in the environment variable ADMIN_TOKEN, not with --var or in meta.vars, and check that a redaction rule hides it where the runbook prints it (the defaults hide 'Bearer ...' and 'password=...', not a bare value)"
    )
    expect(r.runbook.steps.at(-1)?.required_evidence?.map((e) => e.name)).toEqual([
      'incident_id',
      'decision'
    ])
  })
})

describe('unseen: VM disk full on Azure and GCP', () => {
  const r = doc('vm-disk-full.md')

  it('never automates a script run on the VM through the cloud CLI', () => {
    for (const line of [27, 35, 41, 64, 70]) expect(step(r, line)?.type).toBe('manual')
    expect(step(r, 27)?.instructions).toContain(
      "az vm run-command invoke runs the script 'df -h; du -xh / --max-depth=2 | sort -rh | head -20' elsewhere"
    )
    expect(step(r, 35)?.instructions).toContain('Run by hand only if it is safe to do so')
    expect(step(r, 70)?.instructions).toContain('Not automated (destructive): gcloud compute ssh')
  })

  it('opens the session at gcloud compute ssh and runs growpart and resize2fs inside it', () => {
    expect(
      r.interpretation.accounts.filter((a) => a.line >= 81 && a.line <= 84).map((a) => a.note)
    ).toEqual([
      'opens a session (line 81)',
      'inside a session',
      'inside a session',
      'exit: ends the session opened at line 81'
    ])
  })

  it('makes ZONE in --zone ZONE a var, as INSTANCE_NAME is', () => {
    expect(step(r, 77)?.with?.argv?.slice(-2)).toEqual(['--zone', '{{ .zone }}'])
    expect(step(r, 93)?.instructions).toContain('`ZONE` = {{ .zone }}')
  })

  it('does not run the command group the prose describes', () => {
    expect(r.interpretation.accounts.find((a) => a.line === 24)?.note).toBe(
      'the subject of a sentence that describes it, not asked to run'
    )
  })
})

describe('unseen: TLS certificate about to expire', () => {
  const r = doc('tls-certificate-expiry.md')

  it('does not offer to revoke a certificate the note says not to revoke', () => {
    expect(r.interpretation.accounts.find((a) => a.line === 44)?.note).toBe(
      'the subject of a sentence that describes it, not asked to run'
    )
    expect(r.runbook.steps.some((s) => s.instructions?.includes('--cert-path'))).toBe(false)
    expect(step(r, 50)?.type).toBe('manual')
    expect(step(r, 50)?.instructions).toContain('certbot revoke revokes the certificate')
    expect(step(r, 51)?.instructions).toContain('certbot delete deletes the certificate')
    expect([30, 34].map((l) => step(r, l)?.with?.argv)).toEqual([
      ['certbot', 'certificates'],
      ['certbot', 'renew', '--dry-run']
    ])
  })

  it('reads the certificate file with a var for DOMAIN_NAME, and keeps the secret delete manual', () => {
    expect(step(r, 24)?.with?.argv).toEqual([
      'openssl',
      'x509',
      '-in',
      '/etc/letsencrypt/live/{{ .domain_name }}/fullchain.pem',
      '-noout',
      '-enddate'
    ])
    expect(step(r, 73)?.instructions).toContain('Run by hand only if it is safe to do so')
  })
})

describe('unseen: MySQL replication broken', () => {
  const r = doc('mysql-replication-broken.md')

  it('keeps mysql -p manual (a password prompt), and skipping, resetting and purging as destructive', () => {
    // Logged in to the replica host (line 20): each block is one step of that session.
    for (const line of [23, 43, 50])
      expect(step(r, line)?.instructions).toContain(
        'mysql -p asks for the password on the terminal'
      )
    for (const line of [65, 93, 94, 112])
      expect(step(r, line)?.instructions).toContain('Run by hand only if it is safe to do so')
    expect(step(r, 65)?.instructions).toContain('the skip counter drops replicated transactions')
    expect(step(r, 112)?.instructions).toContain('PURGE BINARY LOGS deletes binary logs for good')
    expect(step(r, 79)?.instructions).toContain(
      "SET GTID_NEXT='AUTOMATIC';\nSTART SLAVE;\n```\n\nNot automated (SQL to run in a database session): mutating"
    )
    expect(step(r, 34)?.instructions).toContain('SHOW REPLICA STATUS\\G')
    expect(r.mapping).not.toContain('- With GTIDs: inject an empty transaction')
    expect(step(r, 43)?.instructions).toContain('nc -zv $PRIMARY_HOST 3306')
    expect(step(r, 65)?.title).toBe(
      'Skipping a transaction makes the replica diverge from the primary'
    )
  })
})

describe('unseen: Redis memory pressure', () => {
  const r = doc('redis-memory-pressure.md')

  it('reads with redis-cli, confirms CONFIG SET, keeps FLUSHALL and the pod delete manual', () => {
    for (const line of [18, 31, 32, 41])
      expect([step(r, line)?.type, step(r, line)?.confirm]).toEqual(['cli', undefined])
    for (const line of [63, 69]) expect(step(r, line)?.confirm).toBe(true)
    expect(step(r, 81)?.type).toBe('manual')
    expect(step(r, 81)?.instructions).toContain(
      "Not automated (destructive): kubectl exec runs 'redis-cli FLUSHALL ASYNC' in a container: FLUSHALL deletes every key of every database"
    )
    expect(step(r, 88)?.instructions).toContain('Run by hand only if it is safe to do so')
    expect([step(r, 95)?.type, step(r, 95)?.confirm]).toEqual(['cli', true])
    expect(r.runbook.meta.governance?.allowed_commands).toEqual(['helm', 'kubectl', 'redis-cli'])
  })
})

describe('unseen: Docker host out of disk space', () => {
  const r = doc('docker-host-disk-full.md')

  it('keeps every prune, the volume rm, truncate and the journal vacuum manual and destructive', () => {
    for (const line of [43, 44, 53, 65, 75, 85, 107])
      expect(step(r, line)?.instructions).toContain('Run by hand only if it is safe to do so')
    expect([63, 64, 106].map((l) => step(r, l)?.type)).toEqual(['cli', 'cli', 'cli'])
  })

  it('does not read sudo truncate -s 0 as sudo -s opening a session', () => {
    expect(r.interpretation.accounts.filter((a) => a.note.includes('session'))).toEqual([])
    expect(step(r, 97)?.instructions).toContain('sudo runs any command, as another user')
  })
})

describe('unseen: GitHub Actions self-hosted runner offline', () => {
  const r = doc('github-runner-offline.md')

  it('accounts for the Windows PowerShell commands as manual steps', () => {
    expect(
      r.interpretation.accounts.filter((a) => a.note === 'PowerShell').map((a) => a.line)
    ).toEqual([57, 58, 59])
    expect(step(r, 59)?.instructions).toContain('Restart-Service changes state')
  })

  it('keeps the runner scripts manual and the registration tokens secret vars', () => {
    for (const line of [25, 45, 46, 81, 82]) expect(step(r, line)?.type).toBe('manual')
    expect([step(r, 29)?.type, step(r, 70)?.confirm]).toEqual(['cli', true])
    expect(Object.keys(r.runbook.meta.vars ?? {})).toEqual([
      'GH_TOKEN',
      'registration_token',
      'removal_token',
      'runner_id'
    ])
  })
})

describe('unseen: Elasticsearch cluster RED', () => {
  const r = doc('elasticsearch-cluster-red.md')

  it('keeps the stale-primary reroute, the index delete and delete-by-query manual and destructive', () => {
    for (const line of [111, 117, 124])
      expect(step(r, line)?.instructions).toContain('Run by hand only if it is safe to do so')
    expect(step(r, 111)?.instructions).toContain('the request accepts data loss')
    expect(step(r, 124)?.instructions).toContain(
      '_delete_by_query?conflicts=proceed names a deletion'
    )
  })

  it('confirms the settings changes and the retry, and reads the health, cat APIs and explain', () => {
    for (const line of [82, 90, 98, 118]) expect(step(r, line)?.confirm).toBe(true)
    for (const line of [24, 35, 36, 37, 49, 132, 136])
      expect([step(r, line)?.type, step(r, line)?.confirm]).toEqual(['cli', undefined])
    expect(r.runbook.meta.governance?.allowed_commands).toEqual(['curl'])
  })

  it('reads the password with read -s into ES_PASSWORD, not into a placeholder var', () => {
    expect(Object.keys(r.runbook.meta.vars ?? {})).not.toContain('es_password')
    expect(step(r, 18)?.instructions).not.toContain('Values:')
  })
})

describe('unseen: Terraform state locked or drifted', () => {
  const r = doc('terraform-state-lock.md')

  it('confirms force-unlock, keeps state rm destructive and apply interactive, runs no -auto-approve', () => {
    expect([step(r, 49)?.confirm, step(r, 49)?.with?.argv?.at(-1)]).toEqual([
      true,
      '{{ .lock_id }}'
    ])
    expect(step(r, 83)?.instructions).toContain('Run by hand only if it is safe to do so')
    expect(step(r, 66)?.instructions).toContain(
      'terraform apply asks for confirmation on the terminal'
    )
    expect(r.interpretation.accounts.find((a) => a.line === 95)?.note).toBe(
      'named in a warning not to run it: the prose around it is the step'
    )
    expect(step(r, 92)?.with?.env).toEqual({
      TF_LOG: 'DEBUG',
      TF_LOG_PATH: '/tmp/tf-debug.log',
      AWS_PROFILE: '{{ .AWS_PROFILE }}'
    })
  })

  it('runs every terraform and aws command after `export AWS_PROFILE=acme-prod` with it', () => {
    expect(r.runbook.meta.vars?.AWS_PROFILE).toBe('acme-prod')
    const cli = r.interpretation.steps.filter((s) => s.step.type === 'cli')
    expect(cli.map((s) => [s.line, s.step.with?.env?.AWS_PROFILE ?? null])).toEqual([
      ...[18, 19, 40, 49, 59, 72, 84, 92].map((line) => [line, '{{ .AWS_PROFILE }}'])
    ])
    expect(r.mapping).toMatch(
      /\| `AWS_PROFILE` \| 17 \| `\{\{ \.AWS_PROFILE \}\}` \| `before_you_start`, /
    )
    expect(r.checks.filter((c) => !c.ok)).toEqual([])
  })
})

// Second pass (issue 15): eight more guides from domains the corpus did not cover.
const note = (r: CompileResult, text: string) =>
  r.interpretation.accounts.find((a) => a.text === text)?.note
const why = (r: CompileResult, line: number) =>
  r.interpretation.steps.find((s) => s.line === line)?.manual?.why

describe('unseen: cert-manager certificate not ready', () => {
  const r = doc('cert-manager-certificate-not-ready.md')

  it('skips the HTML comment, and keeps Meaning, conditions and warnings out of the steps', () => {
    expect(r.ir.hidden.map((h) => [h.kind, h.line])).toEqual([['HTML comment', 7]])
    expect(r.runbook.steps.some((s) => s.with?.argv?.includes('secret'))).toBe(false)
    expect(note(r, 'cmctl renew')).toBe(
      'in the background section "Meaning": mentioned, not a step'
    )
    expect(note(r, 'kubectl describe challenge')).toBe('named in a condition, not asked to run')
    expect(note(r, 'cmctl renew --all')).toBe(
      'named in a warning not to run it: the prose around it is the step'
    )
    expect(why(r, 54)).toBe('ambiguous')
  })

  it('plans no step for "Add your namespace", and keeps all three checklist items', () => {
    expect(r.runbook.steps.map((s) => s.id)).toEqual([
      'diagnosis',
      'diagnosis_2',
      'diagnosis_3',
      'mitigation',
      'mitigation_2',
      'mitigation_3'
    ])
    expect(r.runbook.steps.at(-1)?.required_evidence?.[0]?.items).toHaveLength(3)
  })
})

describe('unseen: Istio 503 between services', () => {
  const r = doc('istio-503-upstream.md')

  it('hides the background <details>, and keeps the sidecar session manual', () => {
    expect(r.ir.hidden.map((h) => h.kind)).toEqual(['background details'])
    expect(r.runbook.steps.some((s) => s.with?.argv?.includes('peerauthentication'))).toBe(false)
    expect(note(r, 'istioctl proxy-config')).toMatch(/background section "Background"/)
    expect(why(r, 39)).toBe('in-session')
    expect(r.runbook.meta.governance?.allowed_commands).toEqual(['kubectl'])
  })
})

describe('unseen: RabbitMQ queue backlog', () => {
  const r = doc('rabbitmq-queue-backlog.md')

  it('runs the broker commands on the node prose logs in to, and plans the repeated section once', () => {
    expect(why(r, 19)).toBe('in-session')
    expect(r.runbook.steps[1]?.instructions).toContain('Run on: {{ .target_host }}')
    expect(r.interpretation.repeats).toEqual([{ line: 47, of: 14, title: 'Diagnosis' }])
    expect(r.mapping).toContain('| Diagnosis | 19–21, 52–54 |')
  })

  it('never automates purging the queue, and reads the placeholder in the URL', () => {
    expect(why(r, 41)).toBe('destructive')
    expect(r.interpretation.steps.find((s) => s.line === 28)?.step.with?.argv).toEqual([
      'curl',
      '-s',
      'https://{{ .rabbitmq_host }}:15672/api/nodes'
    ])
  })
})

describe('unseen: OpenSearch cluster yellow', () => {
  const r = doc('opensearch-cluster-yellow.md')

  it('makes the host in quoted URLs a var and joins the multi-line JSON body', () => {
    expect(step(r, 9)?.with?.argv?.[4]).toBe(
      'https://{{ .opensearch_host }}:9200/_cluster/health?pretty'
    )
    expect(step(r, 29)?.with?.argv).toEqual([
      'curl',
      '-s',
      'https://{{ .dashboards_endpoint }}/api/status'
    ])
    expect(step(r, 16)?.with?.argv?.at(-1)).toContain('"primary": false\n}')
    expect(note(r, 'curl -X DELETE https://OPENSEARCH_HOST:9200/<index>')).toBe(
      'mentioned in a descriptive sentence, not asked to run'
    )
  })
})

describe('unseen: GitLab repository corruption', () => {
  const r = doc('gitlab-repository-corruption.md')

  it('reads `# cmd` root prompts, and runs them on the server prose logs in to', () => {
    expect(r.interpretation.accounts.filter((a) => a.line === 16 || a.line === 17).length).toBe(2)
    expect(why(r, 16)).toBe('in-session')
    expect(why(r, 24)).toBe('in-session')
  })

  it('never runs git gc: Meaning, the warning and the later mention are not steps', () => {
    expect(r.runbook.steps.some((s) => (s.instructions ?? '').includes('```sh\ngit gc'))).toBe(
      false
    )
    expect(
      r.interpretation.accounts.filter((a) => a.text === 'git gc').map((a) => a.steps)
    ).toEqual([[], [], []])
    expect(r.runbook.meta.governance?.allowed_commands).toEqual([])
  })
})

describe('unseen: GitLab Runner offline', () => {
  const r = doc('gitlab-runner-offline.md')

  it('keeps the four checklist items, and runs the diagnosis on the runner host', () => {
    expect(r.runbook.steps[0]?.required_evidence?.[0]?.items).toHaveLength(4)
    expect(why(r, 19)).toBe('in-session')
    expect(why(r, 25)).toBe('in-session')
  })

  it('never automates pruning volumes or deleting runners', () => {
    expect(why(r, 41)).toBe('destructive')
    expect(step(r, 47)?.type).toBe('manual')
  })
})

describe('unseen: CoreDNS resolution failures', () => {
  const r = doc('coredns-resolution-failures.md')

  it('skips the Liquid comment and raw tags, and keeps the node debug session manual', () => {
    expect(r.ir.hidden.map((h) => h.kind)).toEqual([
      'template comment',
      'template raw tag',
      'template raw tag'
    ])
    expect(r.runbook.steps.some((s) => s.with?.argv?.includes('delete') && s.type === 'cli')).toBe(
      false
    )
    expect(why(r, 34)).toBe('interactive')
    expect(why(r, 35)).toBe('in-session')
  })

  it('ends the session with its section: the restart runs from the runner again', () => {
    expect([step(r, 46)?.type, step(r, 46)?.confirm]).toEqual(['cli', true])
    expect(why(r, 52)).toBe('destructive')
  })
})

describe('unseen: Keycloak login failures', () => {
  const r = doc('keycloak-login-failures.md')

  it('skips the hidden shortcode and the background details; When to use plans no step', () => {
    expect(r.ir.hidden.map((h) => h.kind)).toEqual(['hidden shortcode', 'background details'])
    expect(r.runbook.steps[0]?.id).toBe('log_in_to_the_admin_cli')
    expect(note(r, 'kcadm.sh update')).toMatch(/background section "When to use"/)
  })

  it('runs the multi-line SQL as one command and makes no var of awk or Grafana variables', () => {
    expect(step(r, 34)?.with?.argv?.[8]).toContain('FROM event_entity\n')
    expect(Object.keys(r.runbook.meta.vars ?? {})).toEqual([
      'KC_URL',
      'db_host',
      'prometheus_host',
      'user_id'
    ])
    expect(why(r, 47)).toBe('needs-shell')
    expect(step(r, 48)?.instructions).toContain('$__rate_interval belongs to')
  })
})
