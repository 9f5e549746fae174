import { compileTsg } from '../../src/compiler/index.js'
import { clip, stripShortcodes } from '../../src/compiler/extract/text.js'
import {
  fillInField,
  isImperative,
  isInlineCommand,
  startsImperative
} from '../../src/compiler/interpret/prose.js'

const steps = (md: string) => compileTsg(md, { file: 't.md' }).runbook.steps
const evidence = (md: string) =>
  steps(md).map((s) =>
    (s.required_evidence ?? []).map((e) => (e.kind === 'checklist' ? e.items : e.name))
  )

describe('prose: fields and checklists', () => {
  it('reads short `Label:` entries as fields even when they start with a verb', () => {
    expect(fillInField('Run ID:')).toEqual({ label: 'Run ID' })
    expect(fillInField('Change in critical systems:')).toEqual({
      label: 'Change in critical systems'
    })
    expect(fillInField('Once resolved, reset the failure status:')).toBeUndefined()
    expect(
      evidence('# T\n\n## Run\n\n- Run ID:\n- Trigger source (`manual` / `timer`):\n- Operator:\n')
    ).toEqual([['run_id', 'trigger_source_manual_timer', 'operator']])
  })

  it('does not read an entry with content of its own as a field', () => {
    expect(fillInField('Listener:', true)).toBeUndefined()
    const md =
      '# T\n\n## Config\n\nCheck the gateway:\n\n- Listener:\n![l](l.png)\n- Lanes:\n  - `a`\n  - `b`\n'
    expect(evidence(md)).toEqual([[]])
  })

  it('lists the conditions a paragraph introduces as checklist items', () => {
    const md =
      '# T\n\n## Setup\n\nThe steps below assume:\n\n- You have a cluster\n- AGIC is installed\n'
    expect(evidence(md)).toEqual([[['You have a cluster', 'AGIC is installed']]])
  })
})

describe('prose: what is not an instruction', () => {
  it('does not read "you can" as an instruction', () => {
    expect(isImperative('For further reading, you can go through this readme.')).toBe(false)
    expect(isImperative('You should check the logs.')).toBe(true)
    expect(steps('# T\n\n## Notes\n\nYou can do this in Bash by running a script.\n')).toHaveLength(
      1
    )
    expect(
      steps('# T\n\n## Notes\n\nYou can do this in Bash by running a script.\n')[0]?.instructions
    ).toContain('found no command and no instruction')
  })

  it('reads nouns that are also verbs as nouns unless an object follows', () => {
    expect(startsImperative('File System Usage')).toBe(false)
    expect(startsImperative('Plan and registry:')).toBe(false)
    expect(startsImperative('Plan runs write run-scoped bundles')).toBe(false)
    expect(startsImperative('Plan for node capacity')).toBe(true)
    expect(startsImperative('Check the following:')).toBe(true)
    expect(startsImperative('Store completed runs as files.')).toBe(true)
  })

  it('does not read an entry that starts with code as an instruction', () => {
    const md =
      '# T\n\n## CLI\n\nSupported commands:\n\n- `run --plan x`\n- `status`\n- `list-plans`\n'
    expect(steps(md)[0]?.instructions).toContain('found no command and no instruction')
  })
})

describe('prose: markup that is not content', () => {
  it('leaves a thematic break (---) out of the instructions', () => {
    const s = steps('# T\n\n## Run\n\nRestart the service.\n\n---\n\n## Next\n')
    expect(s[0]?.instructions).toBe('Restart the service.')
  })
})

describe('prose: Hugo shortcodes', () => {
  it('turns an alert shortcode into a bold label and drops the others', () => {
    expect(
      stripShortcodes(
        '{{% alert title="Note" color="warning" %}}\nDo not defrag a live member\n{{% /alert %}}.\n\n{{< version-check >}} ok'
      )
    ).toBe('**Note:** Do not defrag a live member\n\n ok')
    const s = steps(
      '# T\n\n## Defrag\n\n{{% alert title="Note" %}}\nSpecify all members in `--endpoints`.\n{{% /alert %}}\n'
    )
    expect(s[0]?.instructions).toBe('**Note:** Specify all members in `--endpoints`.')
  })
})

describe('prose: lead-ins and summaries', () => {
  it('clips a summary at a sentence end, else at a word, never inside a word', () => {
    expect(clip('Short.', 20)).toBe('Short.')
    expect(clip('Remove the taint and wait. Once the plugin restarts, it completes.', 40)).toBe(
      'Remove the taint and wait.'
    )
    expect(clip('Navigate to the targets page of the console', 20)).toBe('Navigate to the…')
  })

  it('gives the lead-in to the first step of a block only', () => {
    const s = steps(
      '# T\n\n## Quota\n\nThe quota can be checked:\n\n```sh\n# status\netcdctl endpoint status\n# alarms\netcdctl alarm list\n```\n'
    )
    expect(s.map((x) => [x.title, x.description ?? null])).toEqual([
      ['Status', 'The quota can be checked:'],
      ['Alarms', null]
    ])
  })
})

describe('prose: inline code that names a flag', () => {
  it('does not take `tool --flag` in a sentence for a command', () => {
    expect(isInlineCommand('etcd --snapshot-count', new Set(['etcd']))).toBe(false)
    expect(isInlineCommand('kubectl get pods --all-namespaces', new Set())).toBe(true)
    expect(isInlineCommand('df -h', new Set())).toBe(true)
  })
})

describe('prose: an imperative heading over text that does not instruct', () => {
  it('puts the heading first in the instructions', () => {
    const s = steps('# T\n\n## 4) Remove the node from the inventory\n\nThat is it.\n')
    expect(s[0]?.instructions).toBe('**4) Remove the node from the inventory**\n\nThat is it.')
  })
})

describe('mapping: prose kept out', () => {
  it('lists descriptive prose of a section that has steps', () => {
    const r = compileTsg(
      '# T\n\n## Check\n\nThe controller watches pods and services.\n\n```sh\nkubectl get pods\n```\n\nA result of 200 OK means it works.\n',
      { file: 't.md' }
    )
    expect(r.mapping).toContain(
      '## Prose kept out of the runbook\n\nDescriptive text (no command, no instruction) in sections that have steps:\n\n- 11: A result of 200 OK means it works.\n'
    )
  })
})

describe('prose: instructions after an opening phrase', () => {
  it('finds the verb after one or two opening phrases, not inside a plain instruction', () => {
    expect(startsImperative('In such a case, open a support case.')).toBe(true)
    expect(startsImperative('If a node fails to drain, first check the pod.')).toBe(true)
    expect(startsImperative('Fix admin auth key, and enable auth.')).toBe(true)
    expect(startsImperative('However, the pods remain Terminating.')).toBe(false)
  })

  it('takes a paragraph that announces the command below as part of its lead-in', () => {
    const s = steps(
      '# T\n\n## Diagnosis\n\nIf it fails, check the controller by using the following command.\n\nReplace $POD with your pod.\n\n```sh\noc logs $POD\n```\n'
    )
    expect(s.map((x) => [x.type, x.description])).toEqual([
      [
        'cli',
        'If it fails, check the controller by using the following command. Replace $POD with your pod.'
      ]
    ])
  })
})

describe('prose: checks in the lead-in of a manual command', () => {
  it('become the checklist of that step', () => {
    const s = steps(
      [
        '# T',
        '',
        '## Finalizer',
        '',
        '4. **Before completing this step, validate these things.**',
        '',
        '    1. Confirm that `cluster.yaml` contains the CR.',
        '    2. Confirm the owner references are removed.',
        '',
        '    Remove the finalizer.',
        '',
        '    ```sh',
        '    kubectl patch cephcluster/x --type json --patch=\'[{"op":"remove","path":"/metadata/finalizers"}]\'',
        '    ```',
        ''
      ].join('\n')
    )
    expect(s.map((x) => [x.type, x.required_evidence?.[0]?.items ?? null])).toEqual([
      [
        'manual',
        ['Confirm that cluster.yaml contains the CR.', 'Confirm the owner references are removed.']
      ]
    ])
  })
})

describe('prose: verbs of incident work', () => {
  it('reads closing, silencing and reverting as instructions', () => {
    for (const s of [
      'Close the incident once the alert has resolved.',
      'Silence the alert for 1h.',
      'Revert the last change.'
    ])
      expect(startsImperative(s)).toBe(true)
  })
})

describe('prose: asides', () => {
  it('does not make a note in a quote a step, but reads a warning as prose', () => {
    const note =
      '# T\n\n## About\n\n> **NOTE:** Please consider the new gateway for your next deployment.\n'
    expect(steps(note)[0]?.instructions).toContain('found no command and no instruction')
    const warning =
      '# T\n\n## About\n\n> **Warning:** Do not restart the primary during business hours.\n'
    expect(steps(warning)[0]?.instructions).toBe(
      '> **Warning:** Do not restart the primary during business hours.'
    )
  })
})

describe('a verb followed by a colon is a label', () => {
  it('reads "Note: In the following commands ..." as a note, not an instruction to note', () => {
    expect(isImperative('Note: In the following commands, the cluster is called rook-ceph.')).toBe(
      false
    )
    expect(isImperative('Note: check the pods first.')).toBe(true)
    expect(isImperative('Note the failing position.')).toBe(true)
  })
})
